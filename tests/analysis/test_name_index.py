"""A speaker's fullest name counts the text added after an earlier look-up."""

from __future__ import annotations

from briefings.analysis.speech.name_index import NameIndex


def test_fullest_name_sees_text_added_after_a_lookup() -> None:
    index = NameIndex()
    index.add_text(0, "Trump said the talks would go on.")
    assert index.fullest("Trump", 40) == "Trump"
    index.add_text(40, "Donald Trump left for Florida on Friday.")
    assert index.fullest("Trump", 100) == "Donald Trump"

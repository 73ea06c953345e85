"""A speaker's fullest name counts the text added after an earlier look-up."""

from __future__ import annotations

from briefings.analysis.speech.name_index import (
    _SENTENCE_END_BACKWARDS,
    NameIndex,
    _after_sentence,
)


def test_fullest_name_sees_text_added_after_a_lookup() -> None:
    index = NameIndex()
    index.add_text(0, "Trump said the talks would go on.")
    assert index.fullest("Trump", 40) == "Trump"
    index.add_text(40, "Donald Trump left for Florida on Friday.")
    assert index.fullest("Trump", 100) == "Donald Trump"


_TRICKY = (
    "“We won,” Sullivan said. Friends of Mr. Donald J. Trump’s campaign met\u00a0(“Sandy Hook "
    "Elementary School” staff) in Yahoo News. Critic Mark Kermode, Luther Stan Pate IV and Gov. "
    "Chris Christie left. Clinton. [“ Pate said\u2009 Bush’s aide, Mrs. Hillary Clinton told us."
)


def test_the_index_gives_each_name_run_its_place_and_reads_sentence_openings() -> None:
    index = NameIndex()
    index.add_text(5, _TRICKY)
    assert index.runs == [
        (15, "Sullivan"),
        (30, "Friends"),
        (45, "Donald J Trump"),
        (78, "Sandy Hook Elementary School"),
        (137, "Mark Kermode"),
        (151, "Luther Stan Pate"),
        (180, "Chris Christie"),
        (201, "Clinton"),
        (213, "Pate"),
        (224, "Bush"),
        (242, "Hillary Clinton"),
    ]
    assert "Friends" not in index.proper  # it opens a sentence ("… said. Friends of …")
    assert {"Sullivan", "Trump", "Kermode", "Clinton", "Bush"} <= index.proper
    assert index.bodies == {"Sandy Hook", "Sandy Hook Elementary"}
    assert index.gender("Hillary Clinton") == "f" and index.gender("Mark Kermode") == "m"


def test_a_word_inside_a_sentence_is_read_from_the_marks_before_it_alone() -> None:
    for at in range(len(_TRICKY) + 1):
        whole = _SENTENCE_END_BACKWARDS.match(_TRICKY[:at][::-1]) is not None
        assert _after_sentence(_TRICKY, at) == whole, at

"""Round 48 (rolesD): among roles of the same length, the one the article writes most often beside
the person: "President Clinton" twice outweighs "Secretary Clinton" once (his wife's title, read
beside the surname they share)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def test_the_role_written_most_often_of_equally_long_ones() -> None:
    found = extract_entities(
        ArticleText(
            None,
            (
                "Mrs. Clinton said Bill Clinton would help revive the economy.",
                "“As she has said, Secretary Clinton is interested in having President Clinton"
                " focus on coal country,” her spokesman said.",
                "Mr. Clinton would lead the effort, as President Clinton did in the 1990s.",
            ),
        )
    )
    roles = {e.name: e.role for e in found if e.kind == "person"}
    assert roles["Bill Clinton"] == "President"

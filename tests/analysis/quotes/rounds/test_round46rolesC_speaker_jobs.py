"""Round 46 (rolesC): a speaker's role is the job alone: no possessive pronoun whose referent it
does not name ("his chief of staff" → "chief of staff"), no verb a subject's noun runs into ("the
singer held a mock concert" → "singer"); an age and a home town, or names joined by "and", are
no role."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.roles import role_near, whole_role


def _roles(*paragraphs: str) -> dict[str, str | None]:
    found = extract_quotes(ArticleText(None, paragraphs))
    return {q.speaker: q.speaker_role for q in found if q.speaker}


def test_an_age_and_a_home_town_are_no_job() -> None:
    roles = _roles(
        "“Both plans scare me,” Dale Horne, 52, of Dayton, Ohio, who was among those surveyed, "
        "said in a later interview."
    )
    assert roles["Dale Horne"] is None


def test_a_possessive_pronoun_before_a_speakers_job_is_dropped() -> None:
    roles = _roles("“It was a gamble,” his friend Teodor Vrabie told the newspaper.")
    assert roles["Teodor Vrabie"] == "friend"


def test_names_joined_by_and_are_no_role_of_the_first() -> None:
    roles = _roles(
        "''Our advice is to ignore them,'' wrote Peter Lomax, Sandra Oyelaran and Felix Dorn."
    )
    assert roles["Peter Lomax"] is None


@pytest.mark.parametrize(
    ("role", "job"),
    [
        ("singer held a mock concert", "singer"),
        ("coach shook his head", "coach"),
        ("his chief of staff", "chief of staff"),
        ("its treasurer and secretary", "treasurer and secretary"),
        ("41, a retired nurse", "retired nurse"),
        ("27, from Leeds", None),
        ("Ann Ruiz and Tom Bell", None),
        ("Marks and Spencer chief executive", "Marks and Spencer chief executive"),
        ("Donald Trump’s fired campaign manager", "Donald Trump’s fired campaign manager"),
    ],
)
def test_whole_role(role: str, job: str | None) -> None:
    assert whole_role(role) == job


def test_a_title_after_a_campaigns_of_is_the_speakers_own() -> None:
    paragraph = "Ray Dunn, who gave $2 million to the campaign of Lt. Gov. Mona Reyes, backed her."
    assert role_near("Mona Reyes", [paragraph]) == "Lt. Gov."


@pytest.mark.parametrize(
    ("role", "job"),
    [
        ("asked about reports of flooding in Dover", None),
        ("68-year-old", None),
        ("former President Walter K.L.", None),
        ("former Army Lt. Gen.", "former Army Lt. Gen."),
        ("now 74 and retired in Salem", None),
        ("47-year-old from Bend", None),
        ("Ohio-based", None),
        ("Ohio-based pollster", "Ohio-based pollster"),
        ("explaining he had met the mayor twice", None),
        ("reached out to the campaign", None),
        ("prepared for the retailers' group", None),
        ("second", None),
        ("now a partner at a law firm", "partner at a law firm"),
        ("former press secretary to Sen.", "former press secretary"),
        ("author of work", "author"),
        ("host of the podcast work and a former banker", "host of the podcast and a former banker"),
        ("head of the social work department", "head of the social work department"),
        ("Texas Sen.", "Texas Sen."),
        ("spokesman for Mrs. Clinton", "spokesman for Mrs. Clinton"),
    ],
)
def test_whole_role_no_age_ordinal_or_link(role: str, job: str | None) -> None:
    assert whole_role(role) == job

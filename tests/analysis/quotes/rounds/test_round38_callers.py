"""Attribution round 38: who calls someone “…” says it, not the sentence's subject."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_colleague_who_called_them_is_not_the_subject_responding() -> None:
    (q,) = quotes(
        "Sen. Paula Dorsey went on CNN on Sunday to answer a Republican colleague who called"
        " the program “a slush fund for consultants.”"
    )
    assert q.speaker != "Paula Dorsey"


def test_with_a_name_taking_to_twitter_to_call_someone() -> None:
    (q,) = quotes(
        "Rep. Dale Hunter and his aides have denied any wrongdoing. The Hunter campaign dismissed"
        " the report, with Brian Kowalski taking to Twitter to call the reporter “a known"
        " fabricator” on Friday."
    )
    assert q.speaker == "Brian Kowalski"


def test_the_subject_who_took_to_twitter_to_call_someone_still_speaks() -> None:
    (q,) = quotes("Gov. Randall Pike took to Twitter on Monday to call the group “bullies.”")
    assert q.speaker == "Randall Pike"

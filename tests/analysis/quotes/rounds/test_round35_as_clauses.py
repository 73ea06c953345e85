"""Attribution round 35: "as X put it," before a quotation gives X the words; an opening "As X
spoke," tells when, not who."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_someone_unnamed_who_put_it_so_is_no_one_not_the_subject() -> None:
    (q,) = quotes(
        "Mayor Carl Benton, who owed his election to, as an American diplomat put it, an “extreme"
        " makeover” that Mr. Ruiz oversaw, left the city for good."
    )
    assert q.speaker is None


def test_a_named_person_who_put_it_so_speaks() -> None:
    *_, q = quotes(
        "Mayor Carla Benton took office on Monday.",
        "Benton owes her comeback to, as council member Rafael Ostrowski put it, a “miracle of"
        " low turnout.”",
    )
    assert q.speaker == "Rafael Ostrowski"


def test_the_one_speaking_while_others_act_is_not_their_speaker() -> None:
    found = quotes(
        "Sen. Harold Mertz (D-Vt.) argued for the bill on the Senate floor.",
        "As Mertz spoke, the Chamber of Commerce was calling senators to warn against “a job-killing"
        " mandate” in the bill.",
    )
    assert all(q.speaker != "Harold Mertz" for q in found if "job-killing" in q.text)


def test_as_a_person_put_it_opening_the_sentence_still_gives_their_words() -> None:
    *_, q = quotes(
        "Sen. Harold Mertz (D-Vt.) argued for the bill on the Senate floor.",
        "As Mertz put it, the bill is “the least we can do.”",
    )
    assert q.speaker == "Harold Mertz"

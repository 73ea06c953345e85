"""Round 59 (attrAX): 2016-campaign coverage, on text written for these tests."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found: list[FoundQuote] = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_a_surname_after_the_one_asked_is_hers_though_her_husband_spoke_before() -> None:
    speaker = _speaker(
        "Former President Bill Calloway campaigned for his wife in Arkansas. “Some people will"
        " say anything to win,” he said.",
        "Margaret Calloway was asked about the exchange by a reporter in Iowa. “I’m not going to"
        " respond to that,” Calloway said.",
        piece="I’m not going to respond",
    )
    assert speaker == "Margaret Calloway"


def test_a_claim_made_at_a_rally_is_its_owners_not_the_asking_hosts() -> None:
    speaker = _speaker(
        "Gov. Ray Dunmore has had a tough job this fall: explaining what Douglas Whitford meant.",
        "On Sunday, Dunmore was asked by host Nora Kellerman about Whitford’s claim at a"
        " Pennsylvania rally that the election would be “rigged” if he lost.",
        piece="rigged",
    )
    assert speaker == "Douglas Whitford"


def test_words_of_a_post_in_which_someone_called_something_are_not_the_readers() -> None:
    speaker = _speaker(
        "Douglas Whitford and Walter Brenneman both campaigned in New Hampshire on Monday.",
        "Brenneman also read from a tweet in which Whitford called climate change “a hoax.”",
        piece="a hoax",
    )
    assert speaker == "Douglas Whitford"


def test_a_statement_from_a_spokesman_before_a_colon_is_his_not_the_campaigns() -> None:
    speaker = _speaker(
        "The Calloway campaign answered with a statement from spokesman Brian Feeney: “Mayor"
        " Gallo’s attacks are a desperate attempt to change the subject.”",
        piece="Mayor Gallo’s attacks",
    )
    assert speaker == "Brian Feeney"


JUNIOR = (
    "Douglas Whitford’s eldest son, Douglas Whitford Jr., has become one of his father’s most"
    " visible surrogates.",
    "On Thursday, the younger Whitford said he would step back from the family company. “There"
    " will be a wall between the business and the government,” Whitford Jr. said.",
    "His father, speaking to reporters aboard his campaign plane later that day, was less"
    " specific. “My kids are going to run it,” the elder Whitford said.",
)


def test_a_surname_and_jr_is_the_son_named_in_full() -> None:
    assert _speaker(*JUNIOR, piece="There will be a wall") == "Douglas Whitford Jr."


def test_the_elder_of_a_father_whose_son_is_named_after_his_possessive_is_the_father() -> None:
    assert _speaker(*JUNIOR, piece="My kids are going") == "Douglas Whitford"


def test_a_he_after_a_surname_and_jr_is_the_son_named_in_full() -> None:
    speaker = _speaker(
        *JUNIOR,
        "Asked Friday whether he had discussed it with his father, Whitford Jr. laughed. “We talk"
        " about everything,” he said.",
        piece="We talk about everything",
    )
    assert speaker == "Douglas Whitford Jr."


def test_words_a_headline_is_said_to_call_something_are_no_ones() -> None:
    speaker = _speaker(
        "Douglas Whitford took aim at the press on Monday night in Tampa.",
        "The Republican nominee then read from a Washington Post headline calling his campaign"
        " “in freefall.”",
        piece="in freefall",
    )
    assert speaker is None


def test_a_he_after_a_bare_surname_is_not_the_son_introduced_without_commas() -> None:
    speaker = _speaker(
        "Douglas Whitford took aim at the press Monday night in Tampa.",
        "His son Eric Whitford, who warmed up the crowd, said his father had “given up"
        " everything” to run.",
        "Whitford had the last word, as usual. “The failing press is at it again!” he tweeted"
        " after midnight.",
        piece="The failing press",
    )
    assert speaker == "Douglas Whitford"

"""Round 52 attrAO: campaign coverage in Washington long-form and conservative web style (a
supporter's aside after a name, a pronoun after a surname of no known gender, "the candidate")."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_full_name_past_its_short_appositive_is_the_subject_after_an_opener() -> None:
    # "a Whitcomb supporter" sets the name off; "former senator Dick Halvorsen" is the one who
    # "was blunter", whom the "he" after it means, not the candidate named before
    speaker = speaker_in(
        "Sen. Harlan Whitcomb was second in the poll, and his pollster, Andrea Voss, disputed it.",
        "On MSNBC, former senator Dick Halvorsen, a Whitcomb supporter, was blunter. “Polls don’t"
        " vote,” he said. “People do.”",
        piece="Polls don’t vote",
    )
    assert speaker == "Dick Halvorsen"


_SPARRING = (
    "Dex Calloway clashed with a television anchor at a news conference on Monday.",
    "When Telemundo anchor Rafael Sotomayor began asking about his plan without being called on,"
    " Calloway cut him off. “Sit down,” Calloway said.",
    "“I have the right to ask a question,” Sotomayor shot back.",
)


def test_the_candidate_is_not_the_anchor_quoted_last() -> None:
    # "the candidate" is a noun the article never writes beside the anchor: someone else, no guess
    speaker = speaker_in(*_SPARRING, "“Go back to Telemundo,” the candidate said.", piece="Go back")
    assert speaker is None


def test_the_anchor_is_still_the_anchor() -> None:
    speaker = speaker_in(*_SPARRING, "“Go back to Telemundo,” the anchor said.", piece="Go back")
    assert speaker == "Rafael Sotomayor"


def test_a_conference_to_host_the_candidate_makes_him_no_host() -> None:
    speaker = speaker_in(
        "The conference is expected to host Trump's two Republican rivals on Monday.",
        "“I think a deal would be in Israel’s interests,” Trump told ABC’s This Week. “I don’t know"
        " one person who doesn’t want a good deal,” the candidate said.",
        piece="one person",
    )
    assert speaker == "Trump"


def test_a_description_set_beside_a_described_name_opens_the_sentence() -> None:
    # "Republican consultant Rob Mayhew" after "Her fellow panelist,": the subject a "he" means
    speaker = speaker_in(
        "“This is a nightmare,” Democratic strategist Nina Castell said on CNN.",
        "Her fellow panelist, Republican consultant Rob Mayhew, a Fenwick supporter, couldn't"
        ' resist. "Maybe try listening to voters for once," he said.',
        piece="Maybe try",
    )
    assert speaker == "Rob Mayhew"


def test_a_capitalised_office_before_an_apposed_name_leaves_the_name_the_subject() -> None:
    # "Another, Labor Secretary Hector Ruelas, told reporters": Ruelas told them
    speaker = speaker_in(
        "The search has narrowed to three names.",
        "Another, Labor Secretary Hector Ruelas, told reporters aboard Air Force Two that he had"
        " “not been asked for any documents.”",
        piece="not been asked",
    )
    assert speaker == "Hector Ruelas"

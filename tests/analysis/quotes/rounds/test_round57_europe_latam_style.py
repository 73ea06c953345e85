"""Round 57 attrAT: European and Latin American English-language outlets and wires (surnames with
lower-case particles, long capitalised offices, reported clauses with subjects of their own)."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_name_with_two_particles_is_one_name() -> None:
    # "von der" inside the name: the speaker is Ursula von der Leyen, never a "Leyen"
    speaker = speaker_in(
        "Commission President Ursula von der Leyen said the Commission would “move forward with"
        " or without unanimity.”",
        piece="unanimity",
    )
    assert speaker == "Ursula von der Leyen"


def test_a_surname_opening_with_its_particles_in_lower_case_speaks() -> None:
    # "“…,” von der Leyen said": the particles open the surname after the quotation
    speaker = speaker_in(
        "Commission President Ursula von der Leyen proposed the scheme in March.",
        "“The assets will remain immobilised until Russia pays,” von der Leyen said at a press"
        " conference.",
        piece="immobilised",
    )
    assert speaker == "Ursula von der Leyen"


def test_a_surname_opening_a_sentence_with_a_capitalised_particle_is_the_full_name() -> None:
    speaker = speaker_in(
        "Commission President Ursula von der Leyen proposed the scheme in March.",
        "Von der Leyen said the plan would “go ahead without them.”",
        piece="go ahead",
    )
    assert speaker == "Ursula von der Leyen"


def test_a_surname_two_share_after_a_long_office_with_and_opening_the_sentence() -> None:
    # Lula da Silva and Marina Silva share "Silva": the minister opens the sentence before the
    # quotation as its speaker, past an office written with "and"
    speaker = speaker_in(
        "President Luiz Inácio Lula da Silva opened the Amazon Summit on Tuesday.",
        "“The world must help pay to keep it standing,” Lula said.",
        "Environment and Climate Change Minister Marina Silva said deforestation had fallen by"
        " 42%. “These are trees that are still standing,” Silva said.",
        piece="trees that are still standing",
    )
    assert speaker == "Marina Silva"


def test_a_clause_of_contrast_with_a_subject_of_its_own_speaks_its_quotation() -> None:
    # ", while Russia's ambassador to the UN, Vasily Nebenzia, said": the verb after the
    # apposition is his, not the opening subject's
    speaker = speaker_in(
        "Kremlin spokesman Dmitry Peskov dismissed the reports as “another hoax,” while Russia's"
        " ambassador to the UN, Vasily Nebenzia, said Moscow's cooperation with Pyongyang “does"
        " not violate international law.”",
        piece="international law",
    )
    assert speaker == "Vasily Nebenzia"


def test_an_aside_opening_with_while_inside_the_subjects_clause_is_no_subject() -> None:
    # a control: "while the talks went on" is an aside within Peskov's own clause
    speaker = speaker_in(
        "Kremlin spokesman Dmitry Peskov, while the talks went on, said the cooperation “does not"
        " violate international law.”",
        piece="international law",
    )
    assert speaker == "Dmitry Peskov"


def test_a_name_of_a_body_described_by_a_lower_case_word_speaks() -> None:
    # "Friedrich Merz of the conservative Christian Democrats accused": his party is where he is
    # from, as "Shirvanian of the Armenian Patriarchate"; the quotation is his, not the party's
    speaker = speaker_in(
        "Opposition leader Friedrich Merz of the conservative Christian Democrats accused the"
        " government of “hiding behind procedure.”",
        piece="hiding behind procedure",
    )
    assert speaker == "Friedrich Merz"


def test_an_office_written_with_and_before_the_holder_is_one_person() -> None:
    # "International Relations and Cooperation Minister Naledi Pandor": one office, one person,
    # not "International Relations" and the minister speaking together
    speaker = speaker_in(
        "International Relations and Cooperation Minister Naledi Pandor has hit back at critics of"
        " South Africa's stance, saying the country “will not be bullied.”",
        piece="will not be bullied",
    )
    assert speaker == "Naledi Pandor"


def test_two_people_joined_by_and_still_speak_together() -> None:
    # a control: a given name and a title after "and" open a second person's name
    speaker = speaker_in(
        "Maria Solis and Governor Tim Byers said in a statement that it was “a disgrace.”",
        piece="a disgrace",
    )
    assert speaker is None


def test_an_outlet_that_reported_a_clause_with_its_own_subject_is_no_speaker() -> None:
    # the agency passes on what the two leaders discussed: their words, no one named; the
    # agency is never the speaker (was "state news agency Wam")
    speaker = speaker_in(
        "ABU DHABI // President Sheikh Mohamed bin Zayed received Indian Prime Minister Narendra"
        " Modi at Qasr Al Watan on Tuesday, where the two leaders discussed ways to deepen their"
        " “comprehensive strategic partnership”, state news agency Wam reported.",
        "“The relationship between the UAE and India is built on centuries of trade,” Sheikh"
        " Mohamed said, according to Wam.",
        "Mr Modi, who was on his seventh visit to the UAE, said India regarded the Emirates as"
        " “a brother”.",
        piece="comprehensive strategic partnership",
    )
    assert speaker is None


def test_a_holder_set_beside_a_capitalised_office_is_named_whatever_the_given_name() -> None:
    # "Tedros" is no given name the lists know; after "The Director-General," two capitalised
    # words between commas name the office's holder, whom the "he" after means
    speaker = speaker_in(
        "The Director-General, Tedros Adhanom, arrived in Geneva this morning. He said: “The"
        " pandemic is not over.”",
        piece="pandemic is not over",
    )
    assert speaker == "Tedros Adhanom"


def test_the_secretary_general_in_lower_case_is_the_one_the_article_gives_that_office() -> None:
    # not the relief coordinator, who spoke last
    speaker = speaker_in(
        "The secretary-general, António Guterres, arrived in Bali this morning. Martin Griffiths,"
        " the relief coordinator, said aid was moving.",
        "“There is no military solution,” the secretary-general said.",
        piece="no military solution",
    )
    assert speaker == "António Guterres"


def test_the_president_after_a_fronted_phrase_naming_the_other_president_is_the_first() -> None:
    # two presidents: "Asked about Petro's proposal, the president said" is Lula (a writer who
    # meant Petro would write "his proposal"), not Petro, the one named last
    speaker = speaker_in(
        "President Luiz Inácio Lula da Silva opened the Amazon Summit on Tuesday.",
        "Colombian President Gustavo Petro went further, calling for an end to new oil"
        " exploration.",
        "Asked about Petro's proposal, the president said Brazil was “not going to close"
        " Petrobras tomorrow.”",
        piece="not going to close Petrobras",
    )
    assert speaker == "Luiz Inácio Lula da Silva"


def test_a_holder_named_as_another_ones_boss_may_still_be_the_description() -> None:
    # a control: "Lindqvist's adviser … said the governor had told her": no fronted phrase, so
    # the rule leaves the reading as it was (Lindqvist), never the other governor
    speaker = speaker_in(
        "Gov. Walter Pryce and Gov. Anders Lindqvist met in Fargo on Friday.",
        "Pryce called the talks “productive, if not conclusive.”",
        "Lindqvist’s environmental adviser, Greta Haugen, said the governor had told her the night"
        " before that he would “not sign anything in Fargo.”",
        piece="not sign anything",
    )
    assert speaker != "Walter Pryce"


def test_a_name_of_a_party_written_with_its_noun_in_lower_case_speaks() -> None:
    # "of the far-right Chega party": the party is where he is from, not who speaks
    speaker = speaker_in(
        "André Ventura of the far-right Chega party said the president had made “the only possible"
        " decision.”",
        piece="the only possible decision",
    )
    assert speaker == "André Ventura"


def test_the_name_beside_a_leader_of_a_body_described_by_an_adjective_speaks() -> None:
    # "The leader of the centre-right Social Democrats, Luís Montenegro, said": his words, as
    # without "centre-right"
    speaker = speaker_in(
        "The leader of the centre-right Social Democrats, Luís Montenegro, said the country needed"
        " “a new cycle.”",
        piece="a new cycle",
    )
    assert speaker == "Luís Montenegro"


def test_a_shorter_form_of_a_name_of_five_words_with_a_particle_is_the_full_name() -> None:
    # "Lula da Silva said": the fullest form is "Luiz Inácio Lula da Silva" (four words and a
    # particle), not a speaker of its own
    speaker = speaker_in(
        "President Luiz Inácio Lula da Silva spoke on Monday.",
        "“We will not accept it,” Lula da Silva said.",
        piece="not accept it",
    )
    assert speaker == "Luiz Inácio Lula da Silva"


def test_a_name_the_article_says_someone_is_known_as_is_that_person() -> None:
    # "AMLO" is López Obrador's initials, as the article says, not an organisation
    speaker = speaker_in(
        "Andrés Manuel López Obrador, known as AMLO, spoke at the National Palace.",
        "“Nothing is going to happen,” AMLO said.",
        piece="Nothing is going to happen",
    )
    assert speaker == "Andrés Manuel López Obrador"


def test_a_bodys_short_name_known_as_is_no_person() -> None:
    # a control: "The Congress of South African Trade Unions, known as Cosatu," gives no person
    speaker = speaker_in(
        "The Congress of South African Trade Unions, known as Cosatu, said the plan was “a"
        " betrayal.”",
        "“We will strike,” Cosatu said.",
        piece="We will strike",
    )
    assert speaker != "South African Trade Unions"

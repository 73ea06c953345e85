"""Round 57's speed steps (branch speedBC) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads."""

from __future__ import annotations

import random
import re

from briefings.analysis.common.names import DEMONYMS
from briefings.analysis.common.parts import may_hold
from briefings.analysis.quotes.resolution import resolve
from briefings.analysis.quotes.resolution.descriptions import described
from briefings.analysis.quotes.resolution.descriptions.media import hosts
from briefings.analysis.quotes.resolution.mentions import subject_mentions
from briefings.analysis.quotes.resolution.names import groups
from briefings.analysis.quotes.resolution.names.forms import written_forms
from briefings.analysis.speech.tokens import tokens
from briefings.analysis.speech.words import AFFILIATIONS, ROLE_NOUNS


def _titled_places_before(surname: str, text: str) -> list[tuple[int, str, str]]:
    """Round 54's titled surnames as they were found: `_TITLED`'s pattern made for the surname."""
    return [
        (m.start(), m.group(1), m.group(1) + m.group(2))
        for m in re.finditer(written_forms._TITLED.format(re.escape(surname)), text)
    ]


# the titles, their stops, words ending in one ("Hamr", "Madame"), spaces of every kind, the
# surname inside other words and marks at its edges, surnames that are titles or end in one
_TITLED_MIX = ["Mr", "Mrs", "Ms", "Miss", "Lady", "Lord", "Baroness", "Baron", "Sir", "Dame"]
_TITLED_MIX += ["Madame", "Hamr", "Dalton", "Daltons", "O'Dalton", "Dalton’s", "Ann", "said"]
_TITLED_MIX += ["the", ".", "..", ",", "-", "’", "'", "_", "2", "\n", "\u00a0", "  ", "mr", "Mr."]
_TITLED_MIX += ["Mrs.", "Dalton-Smith", "Sir Mr", "r", "Dal", "ΣMr", "é", "Baronesses"]
_TITLED_SURNAMES = ["Dalton", "Dalton", "Ann", "Mr", "Sir", "r", "Dal", "-Dalton", ".Ann", "Mr."]
_TITLED_SURNAMES += ["on", "Dalton’s", "é"]


def test_titled_surnames_are_read_by_hand_as_the_pattern_finds_them() -> None:
    rng = random.Random(5700)
    seps = ["", " ", " ", " ", "\n", "\u00a0", "\t", ".", ". ", "  "]
    found = 0
    for _ in range(30000):
        pieces = [rng.choice(_TITLED_MIX) + rng.choice(seps) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.4:
            pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(["Mrs Dalton ", "Sir Mr "]))
        text = "".join(pieces)
        surname = rng.choice(_TITLED_SURNAMES)
        before = _titled_places_before(surname, text)
        assert written_forms._titled_places(surname, text) == before, (surname, text)
        found += len(before)
    assert found > 2000  # the mixes hold titled surnames, not only texts without one
    edges = [("Mr", "Sir Mr Mr"), ("Mr", "Mr Mr Mr Mr"), ("r", "Mr r"), ("Dalton", "Mr.\tDalton")]
    edges += [("Dalton", "Baroness Dalton"), ("Dalton", "xBaroness Dalton"), ("Ann", "Dame Ann_")]
    edges += [("Dalton", "Mr. .Dalton"), ("Dalton", ".Mr Dalton"), ("Dalton", "Mr\n\nDalton-")]
    edges += [("Dal ton", "Mr Dal ton"), ("", "Mr  Mr"), ("Mr", "Mr Mr")]
    for surname, text in edges:
        assert written_forms._titled_places(surname, text) == _titled_places_before(surname, text)
    assert written_forms._titled_places("Mr", "Sir Mr Mr") == [(0, "Sir", "Sir")]
    assert written_forms._titled_places("Dalton", "Mrs. Dalton") == [(0, "Mrs", "Mrs.")]


def test_paragraph_starts_are_summed_once_as_each_was_alone() -> None:
    rng = random.Random(5701)
    for _ in range(3000):
        paragraphs = [
            "".join(rng.choice("ab \n“”") for _ in range(rng.randint(0, 9)))
            for _ in range(rng.randint(1, 12))
        ]
        para = rng.randrange(len(paragraphs))
        before = [resolve._start(paragraphs, n) for n in range(para + 1)]  # round 56's sums
        assert resolve._starts_up_to(paragraphs, para) == before, (paragraphs, para)
        assert resolve._starts_up_to(tuple(paragraphs), para) == before


def _the_interviewer_is_not_before(role: str, name: str, paragraphs: list[str]) -> bool:
    """Round 52's test as it was: the case-blind job search run on every paragraph naming them."""
    head = role.lower()
    if not (head.isalpha() and head.islower()) or head in hosts._PRESS:
        return False
    surname = name.split()[-1]
    both = [par for par in paragraphs if surname in par and hosts._JOB.search(par)]
    if not both or hosts.called(head, name, paragraphs):
        return False
    word = re.escape(surname)
    written = re.compile(
        rf"(?<!\bto )\b{hosts._JOBS},?(?: [A-Z][\w.’'-]*){{0,3}} {word}\b(?![’']s\b)"
        rf"|\b{word}\b, (?:[^,.;:“”\"]{{0,30}} )?{hosts._JOBS}\b"
    )
    return any(written.search(par) for par in both)


# jobs in every case and inside words, letters a case-blind search folds ("ſ", "İ"), names
_HOST_MIX = [
    "host",
    "Host",
    "HOST",
    "co-host",
    "Co-Host",
    "anchor",
    "ANCHORMAN",
    "hoſt",
    "moderator",
]
_HOST_MIX += [
    "İNTERVIEWER",
    "interviewer",
    "Interviewer",
    "ghost",
    "hosts",
    "anchored",
    "Moderators",
]
_HOST_MIX += [
    "Rafael",
    "Sotomayor",
    "Sotomayor,",
    "the",
    "Telemundo",
    "candidate",
    "said",
    "to",
    ",",
]
_HOST_MIX += ["Lee", "Ann", "hos", "t", "MODERATOR", "Anchor", "the", "of", "Fox", "News", "an"]


def test_the_interviewer_is_searched_for_only_where_a_jobs_letters_stand() -> None:
    assert all(any(part in job for part in hosts._JOB_PARTS) for job in hosts.INTERVIEWERS)
    rng = random.Random(5702)
    found = 0
    for _ in range(4000):
        paragraphs = [
            " ".join(rng.choice(_HOST_MIX) for _ in range(rng.randint(1, 12)))
            for _ in range(rng.randint(1, 4))
        ]
        name = rng.choice(["Rafael Sotomayor", "Ann Lee", "Sotomayor"])
        role = rng.choice(["candidate", "governor", "Candidate", "host", "man"])
        before = _the_interviewer_is_not_before(role, name, paragraphs)
        assert hosts.the_interviewer_is_not(role, name, paragraphs) == before, (paragraphs, name)
        found += before
        for par in paragraphs:  # the pre-test never rules out a paragraph the search reads a job in
            assert may_hold(par, hosts._JOB_PARTS) or not hosts._JOB.search(par), par
    assert found > 200  # the mixes hold interviewers written beside the name
    for par in ["Hoſt Sotomayor", "İNTERVIEWER Sotomayor", "CO-HOST Sotomayor"]:
        assert hosts._JOB.search(par)
        assert hosts.the_interviewer_is_not("candidate", "Rafael Sotomayor", [par])


def _plural_people_before(name: str, text: str) -> bool:
    """Round 49's test as it was, its shape read inline."""
    low = name.lower()
    if " " in name or len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    singular = low[:-1]
    if singular in DEMONYMS or singular in AFFILIATIONS or singular in ROLE_NOUNS:
        return True
    return groups.written_as_many(name, text)


_PLURAL_NAMES = ["Latinos", "Democrats", "Voters", "VOTERS", "Sanders", "Cuts", "Bus", "Boss"]
_PLURAL_NAMES += [
    "Tots",
    "Iris",
    "Americans",
    "Ann Lee",
    "Jones",
    "JONES",
    "Obamas",
    "Ellis",
    "Mss",
]
_PLURAL_NAMES += ["Aſs", "Kiss", "Chris", "Moses", "Lees", "Texans", "Brits", "Keys", "Os", "İs"]


def test_a_name_not_shaped_as_a_plural_is_no_plural_whatever_the_text() -> None:
    rng = random.Random(5703)
    verbs = ["have", "say", "were", "has", "said", "many", "Many", "some", ",", ".", "also"]
    for _ in range(3000):
        name = rng.choice(_PLURAL_NAMES)
        words = [rng.choice([*verbs, name, "the", "and"]) for _ in range(rng.randint(1, 10))]
        text = " ".join(words)
        before = _plural_people_before(name, text)
        assert groups.plural_people(name, text) == before, (name, text)
        assert groups.plural_shaped(name) or not before, (name, text)
    assert not groups.plural_shaped("Sanders Jr")
    assert groups.plural_people("Latinos", "Many Latinos, she said, have waited.")


def _ages_of_before(name: str, paragraphs: list[str]) -> set[str]:
    """Round 53's ages as they were read: the pattern made and searched in every paragraph."""
    last = re.escape(name.split()[-1])
    pattern = re.compile(
        rf"\b{last}\b(?:\s*\([^()]{{1,30}}\))?,\s*(?:aged\s+)?(\d{{1,3}}),"
        rf"|\b(\d{{1,3}})-year-old\s+(?:[\w.’'-]+\s+){{0,4}}?{last}\b"
    )
    return {a or b for par in paragraphs for a, b in pattern.findall(par)}


_AGE_MIX = [
    "Ruiz",
    "Ruiz,",
    "Ruizes",
    "71,",
    "aged",
    "71-year-old",
    "(R-Fla.),",
    "5-year-old",
    "the",
]
_AGE_MIX += ["said", "Ann", "O.", "Ruiz-Lee", "9,", "1234,", "\u00a0", "businessman", "Mr.", "Voss"]


def test_ages_are_read_only_in_the_paragraphs_writing_the_surname() -> None:
    rng = random.Random(5704)
    found = 0
    for _ in range(4000):
        paragraphs = [
            rng.choice([" ", "", ", "]).join(rng.choice(_AGE_MIX) for _ in range(rng.randint(1, 9)))
            for _ in range(rng.randint(1, 4))
        ]
        name = rng.choice(["Tom Ruiz", "Ruiz", "Ann Voss", "O.", "Ann Ruiz-Lee"])
        before = _ages_of_before(name, paragraphs)
        assert described.ages_of(name, paragraphs) == before, (name, paragraphs)
        found += bool(before)
    assert found > 200  # the mixes give ages, not only paragraphs without one
    assert described.ages_of("Tom Ruiz", ["Ruiz, 71, said", "the 5-year-old Ruiz"]) == {"71", "5"}


# each word `subject_mentions` asks the sentence for once (its set of words), early and late
_ASKED_FOR = [
    (
        "Kearney asked Schaefer how many workers he had laid off last spring.",
        (2, "Schaefer", "clause"),
    ),
    (
        "But students like Rosa Delgado, who studies there after her shift, lost a quiet place.",
        (3, "Rosa Delgado", "clause"),
    ),
    (
        "Okafor and Carver were once allies in the long fight over the county budget.",
        (2, "Carver", "pair"),
    ),
    (
        "One early supporter of the plan, Representative Lee Zeldin, gave a speech.",
        (7, "Lee Zeldin", "opening"),
    ),
    (
        "The award came from student Deja Stewart, who forced me to listen when she called.",
        (5, "Deja Stewart", "clause"),
    ),
    (
        "After a long pause in the hearing room on Tuesday, said Dana Whitcomb, a professor.",
        (12, "Dana Whitcomb", "cue"),
    ),
]


def test_subject_mentions_reads_the_words_it_asks_for_from_the_whole_sentence() -> None:
    for sentence, mention in _ASKED_FOR:
        assert mention in subject_mentions(tokens(sentence)), sentence

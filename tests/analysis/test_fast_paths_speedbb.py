"""Round 56's speed steps (branch speedBB) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from briefings.analysis.common.lowered import lowered
from briefings.analysis.people.roles.tokens import Token, tokenize
from briefings.analysis.people.things import listed
from briefings.analysis.quotes.resolution import speakers
from briefings.analysis.quotes.resolution.descriptions import introduced
from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head
from briefings.analysis.quotes.resolution.descriptions.kin.relatives import own_role
from briefings.analysis.quotes.resolution.descriptions.offices import holds_office
from briefings.analysis.quotes.resolution.resolve import Mention, rank_antecedents
from briefings.analysis.speech import roles
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near
from tests.analysis.mixes import paragraphs_of
from tests.analysis.name_indexes import name_index


def _office_holder_before(
    role: str,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> str | None:
    """Round 43's office loop of `_described_opening` as it was: the role read for every person
    ranked."""
    for _, person in rank_antecedents(gender_of_head(role), index, recent, here):
        if person and holds_office(role, own_role(person, index, paragraphs) or ""):
            return person
    return None


# offices and their short forms in both cases, other jobs, names in full and by surname (two
# people sharing one), a capital sigma, appositions and the words between
_OFFICE_MIX = ["Sen.", "sen.", "SEN.", "Senator", "senator", "Gov.", "governor", "Rep.", "rep"]
_OFFICE_MIX += ["Congressman", "congresswoman", "representative", "Adm.", "admiral", "Cmdr."]
_OFFICE_MIX += ["mayor", "Mayor", "aide", "spokesman", "the", "former", "Florida", "said", ","]
_OFFICE_MIX += ["Marco Rubio", "Rubio", "Jeb Bush", "Bush", "Laura Bush", "Ann Lee", "Lee", "."]
_OFFICE_MIX += ["ΣOFIA", "Ald.", "alderman", "Supt.", "of", "and", "Dr.", "Mark Tolliver"]
_OFFICE_MIX += ["Tolliver", "Senators", "Ann", "Mr.", "Mrs.", "the state's health secretary,"]
_OFFICE_ROLES = ["senator", "Florida senator", "former governor", "congressman", "mayor"]
_OFFICE_ROLES += ["representative", "admiral", "commander", "alderman", "superintendent", "aide"]
_OFFICE_ROLES += ["secretary", "SENATOR", "Sen."]
_PEOPLE = ["Marco Rubio", "Rubio", "Jeb Bush", "Laura Bush", "Bush", "Ann Lee", "Mark Tolliver"]
_PEOPLE += ["Tolliver", "Lee", "Ann", "", "Dr. Ann Lee", "Sofia"]


def test_office_holder_reads_a_role_only_for_a_surname_a_paragraph_writing_the_office_writes() -> (
    None
):
    rng = random.Random(5600)
    found = 0
    for _ in range(2500):
        paragraphs = paragraphs_of(rng, _OFFICE_MIX, (2, 16), rng.randint(1, 4))
        index = name_index(paragraphs)
        recent = [
            Mention(
                rng.choice(_PEOPLE),
                rng.randint(0, 6),
                rng.randrange(len(paragraphs)),
                rng.choice(["speaker", "opening", "clause", "possessor"]),
                rng.choice([None, None, "m", "f"]),
            )
            for _ in range(rng.randint(0, 6))
        ]
        here = (rng.randint(0, 7), rng.randrange(len(paragraphs)))
        for role in _OFFICE_ROLES:
            before = _office_holder_before(role, index, recent, paragraphs, here)
            got = speakers._office_holder(role, index, recent, paragraphs, here)
            assert got == before, (role, paragraphs, recent, here)
            found += bool(before)
    assert found > 1500  # the mixes hold offices written beside names, not only names without one
    told = ["Sen. Mark Tolliver and his aide Ann Lee spoke.", "Ann Lee said no."]
    index = name_index(told)
    recent = [Mention("Mark Tolliver", 0, 0), Mention("Ann Lee", 1, 1, "speaker")]
    assert speakers._office_holder("senator", index, recent, told, (2, 1)) == "Mark Tolliver"
    assert speakers._office_holder("mayor", index, recent, told, (2, 1)) is None


def _introduced_unnamed_before(
    role: str, pos: int, candidates: Sequence[str], paragraphs: Sequence[str]
) -> bool:
    """Round 44's `introduced_unnamed` as it was: the head's pattern made for every paragraph
    writing the head before `pos` (with round 59's body possessive opening a sentence, "Labour’s
    deputy leader said", unless it is a candidate's)."""
    head = role.split()[-1].lower()
    if not head.isalpha():
        return False
    start = 0
    for par in paragraphs:
        if start >= pos:
            break
        text = par[: pos - start]
        start += len(par) + 1
        if head not in text:
            continue
        intro = re.compile(
            rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he\s+[a-z]+[’']s|{introduced._BODY_OWNER})\s+"
            rf"(?:[\w’'-]+\s+){{0,3}}{head}\b"
        )
        if any(
            introduced._spoke(text, m) and not introduced._owned_by(m, candidates)
            for m in intro.finditer(text)
        ):
            return not any(
                head in (role_near(name, paragraphs) or "").lower().split() for name in candidates
            )
    return False


# openers in their cases and inside other words, a body's possessive, the heads whole, plural,
# inside others and before digits or "_", words between, speech verbs and spaces of every kind
_INTRO_MIX = ["a", "A", "an", "An", "one", "One", "another", "Another", "the", "The", "city’s"]
_INTRO_MIX += ["city's", "Florida", "Obama", "operative", "operatives", "Operative", "cooperative"]
_INTRO_MIX += ["operative_", "operative2", "official", "unofficial", "senior", "Democratic", "who"]
_INTRO_MIX += ["said", "says", "told", "according to", ",", ".", "“Yes,”", "Raymond Ortiz,"]
_INTRO_MIX += ["fire chief", "chief", "man", "woman", "near", "in", "Tom Reyes", "(a", "—a"]
_INTRO_ROLES = ["operative", "Democratic operative", "official", "fire chief", "man", "woman"]
_INTRO_ROLES += ["the chief", "senior official", "Operative", "46-year-old"]


def test_introduced_unnamed_makes_the_pattern_only_after_an_opener_before_the_whole_head() -> None:
    rng = random.Random(5601)
    seps = [" ", " ", " ", " ", "\u00a0", "\t", "\n", "  ", ""]
    found = 0
    for _ in range(6000):
        paragraphs = [
            "".join(rng.choice(_INTRO_MIX) + rng.choice(seps) for _ in range(rng.randint(1, 14)))
            for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.3:  # a source introduced somewhere
            k = rng.randrange(len(paragraphs))
            source = rng.choice(["a Democratic operative said", "said a senior official", "a man"])
            paragraphs[k] += f" {source} “No.”"
        pos = rng.randint(0, sum(len(p) + 1 for p in paragraphs))
        candidates = rng.choice([[], ["Tom Reyes"], ["Raymond Ortiz"]])
        for role in _INTRO_ROLES:
            before = _introduced_unnamed_before(role, pos, candidates, paragraphs)
            got = introduced.introduced_unnamed(role, pos, candidates, paragraphs)
            assert got == before, (role, pos, paragraphs)
            found += before
    assert found > 1000  # the mixes hold sources introduced, not only heads written otherwise
    told = ["A Democratic operative who has worked in the county said he was wary.", "“No.”"]
    assert introduced.introduced_unnamed("the operative", 80, [], told)
    assert not introduced.introduced_unnamed("the operative", 80, [], ["The operatives said so."])


def test_role_near_keeps_every_role_a_long_article_asks_for_again() -> None:
    """`_role_near`'s cache (ROLES_KEPT entries) holds every role of an article naming six dozen
    people, so each quote after a speaker's first finds the role kept; the answers as fresh."""
    people = [f"{given} {surname}" for given in ("Ann", "Tom", "Sue") for surname in _SURNAMES]
    paragraphs = tuple(
        f"Florida Sen. {name} said no, and spokesman Bo Ray agreed." for name in people
    )
    roles._role_near.cache_clear()
    first = [role_near(name, paragraphs) for name in people]
    again = [role_near(name, paragraphs) for name in people]
    info = roles._role_near.cache_info()
    assert first == again == [roles._role_near.__wrapped__(n, paragraphs) for n in people]
    assert first[0] == "Florida Sen."
    assert info.hits == len(people) == info.currsize <= roles.ROLES_KEPT
    roles._role_near.cache_clear()


_SURNAMES = ["Reyes", "Ortiz", "Lee", "Tolliver", "Batiste", "Moen", "Greene", "Dalton", "Marsh"]
_SURNAMES += ["Ruane", "Kapoor", "Lowell", "Odom", "Voss", "Gaines", "Brock", "Lane", "Dyer"]
_SURNAMES += ["Okafor", "Ferrer", "Cole", "Sarto", "Katz", "Whitcombe"]


def _after_a_plural_bodys_noun_before(tokens: list[Token], start: int) -> bool:
    """Round 55's `_after_a_plural_bodys_noun` as it was: the sentence read back to its start
    before the noun was."""
    if start == 0:
        return False
    noun = tokens[start - 1]
    opens = not any(t.is_word for t in tokens[: start - 1])
    return listed._a_plural_bodys(noun) and (not noun.is_cap or opens)


# bodies' nouns in both cases, plural and not, possessive; words, marks and names before them
_BODY_MIX = ["Retailers", "retailers", "retailer", "chains", "Chains", "rival", "Housebuilders"]
_BODY_MIX += ["firms’", "firms's", "Ted", "Baker", ",", "and", "“", "(", "the", "42", "Tesco"]


def test_a_plural_bodys_noun_is_read_before_the_sentence_back_to_its_start() -> None:
    rng = random.Random(5602)
    found = 0
    for _ in range(6000):
        tokens = tokenize(" ".join(rng.choice(_BODY_MIX) for _ in range(rng.randint(1, 8))))
        for start in range(len(tokens) + 1):
            before = _after_a_plural_bodys_noun_before(tokens, start)
            assert listed._after_a_plural_bodys_noun(tokens, start) == before, (tokens, start)
            found += before
    assert found > 3000  # the mixes hold bodies' nouns before names, not only other words


def test_an_articles_paragraphs_are_lowered_once_for_all_its_descriptions() -> None:
    paragraphs = ("Florida Sen. Marco Rubio said no.", "The SENATOR smiled.", "")
    lowered.cache_clear()
    first = lowered(paragraphs)
    assert first == tuple(par.lower() for par in paragraphs)
    assert lowered(paragraphs) is first  # kept: the next description reads the same
    lowered.cache_clear()

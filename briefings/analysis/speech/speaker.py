"""A speaker phrase as written, read into a name, a role, a pronoun or a description."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import HONORIFICS, KNIGHTS, styles_a_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import DEMONYMS, NAME_PARTICLES, words_set
from briefings.analysis.speech.inner_words import capital_preposition_inside
from briefings.analysis.speech.month_names import given_month, month_named
from briefings.analysis.speech.name_shapes import (
    appositive_name,
    first_name_like,
    full_name_at_end,
    honorific_after,
    is_title_word,
    job_before_name,
    leading_words,
    particle_inside,
    postnominal_at_end,
)
from briefings.analysis.speech.tokens import (
    bare_word,
    is_cap,
    is_possessive,
    tokens,
    without_possessive,
)
from briefings.analysis.speech.words import (
    AFFILIATIONS,
    INDEFINITE,
    NOBODY,
    NOT_AN_APPOSITION,
    ORG_HEADS,
    ORG_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    STYLES,
    TITLES,
    one_person,
    person_head,
)


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Speaker:
    """A speaker phrase as written: a name (person or organisation), a pronoun or a description."""

    name: str | None  # the name with titles stripped, None for pronouns and descriptions
    role: str | None
    pronoun: str | None = None  # "he" / "she" when the speaker is a pronoun
    is_org: bool = False
    definite: bool = False  # a description with "the": "the senator"
    indefinite: bool = False  # … with "a", "an", "one" or "another": "a spokesman", "one aide"
    style: str | None = None  # a courtesy title or style right before the name: "mrs", "sir"

    def __init__(
        self,
        name: str | None,
        role: str | None,
        pronoun: str | None = None,
        is_org: bool = False,
        definite: bool = False,
        indefinite: bool = False,
        style: str | None = None,
    ) -> None:
        self.name = name
        self.role = role
        self.pronoun = pronoun
        self.is_org = is_org
        self.definite = definite
        self.indefinite = indefinite
        self.style = style

    @property
    def titled(self) -> str | None:
        """The gender the title before the name gives: "f" for "Mrs. Clinton", "m" for "Sir Alex"."""
        return _TITLED_GENDERS.get(self.style) if self.style else None

    @property
    def knighted(self) -> bool:
        """A knight's, a dame's or a peer's daughter's style before a given name: "Sir Alex",
        "Dame Judi", "Lady Diana" (not "Lady Thatcher")."""
        return bool(self.style and self.name and styles_a_given_name(self.style, self.name))

    @property
    def someone_unnamed(self) -> bool:
        """An indefinite description of one person: "a spokesman for Vodafone", "one aide", "an
        official familiar with the talks"; not a document ("a letter from the aide") or a group
        ("two aides")."""
        if self.name or not self.indefinite or not self.role:
            return False
        words = self.role.split()
        if words[0] == "of":  # round 44: "one of them", "another of the officials": one of them
            last = words[-1].lower()
            return last in ("them", "people") or (last.endswith("s") and person_head(last[:-1]))
        end = next((k for k, w in enumerate(words) if w in _DESCRIPTION_ENDS), len(words))
        head = words[end - 1].lower() if end else ""
        return person_head(head) and one_person(head)


def _a_body_of(before_of: str, head: str) -> bool:
    """A body's name written with "of" ("the Fraternal Order of Police", "League of Women Voters
    of Ohio"): no first name before it, and a body's word ends it ("Police", "Union"); not a
    job and a person's full name before "of" ("Criminologist Rachel Stern of Temple University",
    round 57: the first name shows it)."""
    words = [w for w in before_of.split() if w.lower() != "the"]
    last = head.split()[-1].lower()
    return (
        bool(words)
        and not any(first_name_like(w) for w in words[-3:-1] or words[:1])
        and last in ORG_HEADS
    )


_INSIDE_A_BODYS_NAME: Final = words_set("of and for on the")


def _a_body_named_of(toks: list[str]) -> bool:
    """The capitalised words name one body with "of" after its body's word: "Association of
    American Railroads", "National Association of Manufacturers", "Union of Concerned
    Scientists", or with "for" ("Center for American Progress", "Centers for Disease Control");
    not "Secretary of State John Kerry" (no body's word before "of") nor "Director of the Office
    of Management and Budget Mick Mulvaney" (a first name after it)."""
    at = next((k for k, t in enumerate(toks) if t in {"of", "for"}), None)
    if at is None or len(toks) < 3:
        return False
    before = toks[at - 1].lower() if at else ""
    if at == 0 or not (
        before in ORG_HEADS or before in BODY_NOUNS or before.removesuffix("s") in BODY_NOUNS
    ):
        return False
    after = toks[at + 1 :]
    return (
        all(is_cap(t) or t in _INSIDE_A_BODYS_NAME for t in toks)
        and any(is_cap(t) for t in after)
        and not any(first_name_like(t) for t in after if is_cap(t))
    )


# The role words that head no body's name ("spokesman", not "committee"), made once: the run of
# names read back from the end stops at one.
_PERSONS_ROLES: Final = ROLE_NOUNS - ORG_HEADS


_GENERATIONS: Final = frozenset({"II", "III", "IV"})


def _generation(name_toks: list[str]) -> bool:
    """The name ends in a generation after a given name and a surname, no body's initials: "Thomas
    R. Whitfield III", "Michael Ferrante II" (round 47)."""
    return len(name_toks) >= 3 and name_toks[-1] in _GENERATIONS


# words that make a capitalised name after "The" a newspaper's ("The Concord Daily Leader")
_PAPER_WORDS: Final = frozenset({"Daily", "Evening", "Morning", "Sunday", "Weekly"})


def _a_papers_title(toks: list[str]) -> bool:
    """Capitalised words after "The" holding a newspaper's word before the last ("The Concord
    Daily Leader", "The Bayport Evening Examiner") or a place before "Union Leader" ("The New
    Hampshire Union Leader"): a paper's name, though it ends in a role noun (round 54)."""
    if len(toks) < 2 or not all(t[:1].isupper() and t.isalpha() for t in toks):
        return False
    union = len(toks) >= 3 and toks[-2:] == ["Union", "Leader"]
    return union or any(t in _PAPER_WORDS for t in toks[:-1])


_NAMING: Final = frozenset({"named", "called"})
_REFLEXIVE: Final = frozenset({"himself", "herself"})


def _given_name(toks: list[str]) -> tuple[str, str] | None:
    """The name and the noun of "a man named Karl Bauer", "a woman calling herself Eva Roth": a
    person described and then given a name, no other words after it."""
    for k in range(2, len(toks) - 1):
        low = toks[k].lower()
        if low in _NAMING:
            start = k + 1
        elif low == "calling" and toks[k + 1].lower() in _REFLEXIVE:
            start = k + 2
        else:
            continue
        name = toks[start:]
        if (
            1 < len(name) <= 4
            and all(is_cap(t) for t in name)
            and all(t.islower() for t in toks[1:k])
        ):
            return " ".join(name), " ".join(toks[1:k])
        return None
    return None


def _campaign_of(owner: str) -> Speaker | None:
    """ "The campaign of" a person named: that person's campaign, a body, not the person ("The
    campaign of Sen. Tomas Quiroga emails reporters that …" as "the Quiroga campaign" does)."""
    person = parse_speaker(owner)
    if person is None or not person.name or person.is_org:
        return None
    return Speaker(f"{person.name.split()[-1]} campaign", None, None, is_org=True)


@lru_cache(maxsize=16384)  # a speaker phrase is read again for each sentence and quote naming it
def parse_speaker(phrase: str) -> Speaker | None:
    """Read a subject such as "White House spokesman John Kirby" or "Kim, North Korea’s leader"."""
    phrase = phrase.strip(" ,")
    if not phrase:
        return None
    if phrase[:16].lower() == "the campaign of ":
        return _campaign_of(phrase[16:])  # round 60: "The campaign of Sen. Tomas Quiroga"
    head, _, appositive = phrase.partition(",")
    before_of = head.split(" of ")[0]
    if (
        before_of != head and full_name_at_end(before_of) and not _a_body_of(before_of, head)
    ):  # "George Zornick of The Nation"; but "the Fraternal Order of Police" is one body
        head = before_of
    appositive = _ARTICLE.sub("", appositive.strip(" ,")) or ""
    toks = tokens(head.strip())
    if not toks:
        return None
    if len(toks) == 1 and (toks[0].lower() in PRONOUNS or toks[0].lower() in NOBODY):
        return Speaker(None, None, pronoun=toks[0].lower())
    if len(toks) == 1 and month_named(toks[0]) and not appositive:
        return Speaker(toks[0], None)  # round 58: "“…,” June says": a woman, not a month
    definite = toks[0].lower() == "the"
    if toks[0].lower() in INDEFINITE:  # "a New Hampshire Democrat", "one senior aide": no one named
        named = appositive_name(appositive)  # "a top strategist, John Weaver"
        if named is None and not appositive:
            given = _given_name(toks)
            if given:  # round 54: "a man calling himself Paul Paul", "an analyst named Teresa
                return Speaker(given[0], given[1], indefinite=True)  # Duong": the name given
            moved = _moved_name(toks[1:])
            if moved:  # "an angry Hollande retaliated": Hollande, in a mood
                return Speaker(moved[0], moved[1])
        return Speaker(named, " ".join(toks[1:]) or None, indefinite=True)
    if toks[0].lower() == "the":
        toks = toks[1:]
    if honorific_after(toks):  # round 59: "Deshmane ji said": Deshmane, with respect
        toks = toks[:-1]
    if not toks or len(toks) > 10 or any(not _WORDLIKE.match(t) for t in toks):
        return None
    if definite and _a_papers_title(toks):  # "The Concord Daily Leader said": a paper, not
        return Speaker(" ".join(toks), None, None, is_org=True, definite=definite)  # "the leader"
    if len(toks) >= 2 and toks[-1] in ORG_NOUNS and is_cap(toks[-2]):
        owner = without_possessive(toks[-2])  # "Biden’s administration", "the Trump campaign"
        return Speaker(f"{owner} {toks[-1]}", None, None, is_org=True)
    if (not appositive or appositive[:1].islower()) and _a_body_named_of(toks):  # one body:
        # "The Association of American Railroads"; round 51: also before a phrase that names no
        # one, "The Centers for Medicare and Medicaid Services, in a letter, said"
        return Speaker(" ".join(toks), None, None, is_org=True, definite=definite)
    # The name is the trailing run of capitalised words that are neither titles nor roles.
    i = len(toks)
    while (
        i > 0
        and (
            is_cap(toks[i - 1])
            or particle_inside(toks, i - 1)
            or capital_preposition_inside(toks, i - 1)  # "Freedom From Hunger Alliance"
        )
        and not is_possessive(toks[i - 1])
    ):
        low = toks[i - 1].lower()
        surname = i == len(toks) and i >= 2 and first_name_like(toks[i - 2])
        if (low in TITLES or low in _PERSONS_ROLES) and not surname:
            break  # but "Mr. Prince", "Peter T. King": a surname that is also a title
        if job_before_name(toks, i - 1):
            break  # "Critic Mark Kermode", "Singer Joss Stone": the job, then the name
        if i == len(toks) - 1 and styles_a_given_name(low, toks[i]) and low in STYLES:
            break  # "Lady Diana": a style before a given name (not "Lady Thatcher", "Lady Gaga")
        i -= 1
    if i >= 1 and i == len(toks) - 1 and given_month(toks[i - 1], toks[i]):
        i -= 1  # round 58: "June Kessler says": a woman named for a month, not "in June"
    if 0 < i < len(toks) and all(t in NAME_PARTICLES for t in toks[:i]) and i <= 2:
        i = 0  # "von der Leyen said", "de Croo said": particles opening the name, no role
    name_toks, role_toks = toks[i:], toks[:i]
    if role_toks and role_toks[-1].lower() in _PREPOSITIONS and not appositive:
        # "Bishop of Durham Tom Wright": the person's name starts at its first name
        starts = [k for k in range(1, len(name_toks) - 1) if first_name_like(name_toks[k])]
        if starts:
            role_toks, name_toks = role_toks + name_toks[: starts[0]], name_toks[starts[0] :]
    if (
        role_toks
        and role_toks[-1] in HOLDER_OF
        and not appositive
        and not any(first_name_like(t) for t in name_toks)
        and role_toks[0].islower()
    ):  # "the pitch on Kickstarter": what is on it speaks, not it
        return Speaker(None, None)
    if definite and len(toks) == 1 and is_title_word(toks[0]):
        return Speaker(None, toks[0], definite=True)  # "the Bishop said": a description
    if not role_toks and _a_body_by_its_first_word(name_toks):  # "Alliance Defending Freedom"
        return Speaker(" ".join(name_toks), None, None, is_org=True, definite=definite)
    lead = leading_words(name_toks)  # "Ranking Democrat Elijah E. Cummings": a title
    if not role_toks and _a_body_named_for_places(name_toks, lead):  # "Oregon Wild said"
        return Speaker(" ".join(name_toks), None, None, is_org=True, definite=definite)
    name_toks, role_toks = name_toks[lead:], role_toks + name_toks[:lead]
    if _a_party_member(name_toks) and (role_toks or appositive):
        name_toks, role_toks = [], role_toks + name_toks  # round 49: "The committee’s top
        # Democrat, Rep. Gloria Hunt": a party's member described, and the name set beside
    if not name_toks:
        named = appositive_name(appositive)
        if named:  # "the White House spokesman, Josh Earnest,"
            return Speaker(named, " ".join(role_toks) or None)
        role = role_of(role_toks, appositive)
        if role and role.startswith("then-"):  # "the then-governor": read as "the governor"
            role = role[5:]
        return Speaker(None, role, definite=definite) if role_toks else None
    if postnominal_at_end(name_toks):  # round 59: "Eoin Brady TD said": a deputy, not a body
        name_toks = name_toks[:-1]
    last = name_toks[-1].rstrip(".")
    forename = len(name_toks) == 2 and is_given_name(name_toks[0])  # "Liam Fox", not Fox News
    is_org = (
        (last.lower() in ORG_HEADS and not forename)
        or (last.isupper() and len(last) > 1 and not _generation(name_toks))
        or bool(role_toks and bare_word(role_toks[-1]) == "the")
        or _an_outlet_named(role_toks, name_toks)
    )
    after_preposition = bool(role_toks) and role_toks[-1].lower() in _PREPOSITIONS
    named = (
        appositive_name(appositive)
        if is_org or "of" in role_toks[-2:] or after_preposition
        else None
    )
    if named:  # "the director of the Federal Bureau of Investigation, James B. Comey"
        return Speaker(named, " ".join(toks))
    if (
        is_org and role_toks
    ):  # "White House" and "the Treasury Department": the whole run is the name
        name_toks, role_toks = toks, []
    style = role_toks[-1].lower().rstrip(".") if role_toks else None
    role_toks = [t for t in role_toks if t.lower().rstrip(".") not in STYLES]  # "Sir", "Dr"
    return Speaker(
        " ".join(name_toks),
        None if is_org else role_of(role_toks, appositive),
        None,
        is_org,
        definite=definite,
        style=style if style in _TITLED_GENDERS and not is_org else None,
    )


_PREPOSITIONS: Final = words_set("of in at for from with")

# nouns for a news outlet, whose name follows them: "state news agency Wam", "the daily Asahi"
_OUTLET_NOUNS: Final = words_set(
    "agency newspaper daily broadcaster tabloid weekly magazine channel outlet"
)


def _an_outlet_named(role_toks: list[str], name_toks: list[str]) -> bool:
    """The name follows a noun for a news outlet and holds no given name: a body, "Wam" of
    "state news agency Wam", "Yonhap" of "news agency Yonhap" (round 56)."""
    return (
        bool(role_toks)
        and role_toks[-1].lower() in _OUTLET_NOUNS
        and not any(first_name_like(t) for t in name_toks)
    )


# Words that open a body's name and no person's: "Alliance Defending Freedom", "Coalition Against
# Hate", "League of Women Voters"
_BODYS_FIRST_WORDS: Final = words_set("alliance coalition league federation movement")


def _a_body_by_its_first_word(name_toks: list[str]) -> bool:
    """The run of capitalised words opens with a body's word and holds no given name after it:
    one body ("Alliance Defending Freedom"), not a title of a body's and a person ("League
    President Ann Cole" keeps "Ann")."""
    return (
        len(name_toks) > 1
        and name_toks[0].lower() in _BODYS_FIRST_WORDS
        and not any(first_name_like(t) for t in name_toks[1:])
    )


# Nouns a description of a body ends with before its initials: "the union, SEIU,"
BODY_NOUNS: Final = (
    ORG_HEADS
    | _BODYS_FIRST_WORDS
    | words_set("lobby organization organisation firm nonprofit charity chamber")
)
_INITIALS: Final = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*")  # "SEIU", "PhRMA", "AT&T"


def a_bodys_initials(head: str, appositive: list[str]) -> str | None:
    """The initials an apposition gives the body a description names: "PhRMA" of "the
    pharmaceutical lobby, PhRMA", "SEIU" of "the union, SEIU"; none after a person's noun ("the
    spokesman, JFK")."""
    if len(appositive) == 1 and head.lower() in BODY_NOUNS and _INITIALS.fullmatch(appositive[0]):
        return appositive[0]
    return None


def _a_body_named_for_places(name_toks: list[str], lead: int) -> bool:
    """Places alone before one last word that is no given name: a body named for where it is
    ("Oregon Wild", "Georgia Power"), not a person with a place for a title ("Oregon Gov. Kate
    Brown" stops at the title, "Ohio Democrat Tim Ryan" keeps his given name) nor a party's or a
    people's word ("the Wisconsin Republican", "the Texan")."""
    last = name_toks[-1].lower()
    return (
        0 < lead == len(name_toks) - 1
        and not is_given_name(name_toks[-1])
        and last not in AFFILIATIONS
        and last not in DEMONYMS
        and last not in ROLE_NOUNS
        and all(kind_by_lists(w, [w.lower()]) == "place" for w in name_toks[:lead])
    )


_TITLED_GENDERS: Final = {**HONORIFICS, **KNIGHTS}  # "Mrs", "Lord", "Sir" and the gender each gives
# Words that end a description's head noun: "spokesman [for Vodafone]", "official [familiar with]"
_DESCRIPTION_ENDS: Final = _PREPOSITIONS | words_set("to on close familiar who that")


def _moved_name(toks: list[str]) -> tuple[str, str | None] | None:
    """The name after an indefinite article and the words of a mood: "[an] angry Hollande",
    "[a] visibly furious President Hollande" (the name, and a title before it); None for a kind of
    person ("a senior Clinton aide", "a former Republican" is a group's word, left to resolution)."""
    k = 0
    while k < len(toks) and toks[k].isalpha() and toks[k].islower():
        if toks[k] in ROLE_NOUNS or person_head(toks[k]):
            return None
        k += 1
    run = toks[k:]
    if not 1 <= k <= 2 or not 1 <= len(run) <= 3 or not all(is_cap(t) for t in run):
        return None
    if any(is_possessive(t) for t in run) or run[-1].lower() in ORG_HEADS:
        return None
    title = [t for t in run[:-1] if is_title_word(t)]
    name = run[len(title) :]
    if len(name) > 1 and not first_name_like(name[0]):
        return None  # "a young New Hampshire", "an early Trump"
    return " ".join(name), " ".join(title) or None


_WORDLIKE: Final = re.compile(r"[\w\[]")  # a token a speaker phrase may hold


_ARTICLE: Final = re.compile(r"^(the|a|an)\s+", re.I)  # "the spokesman" of ", the spokesman"


def role_of(role_toks: list[str], appositive: str) -> str | None:
    """The role written before a name, else in an apposition after it; a body's name alone
    before the name ("Chelsea's Jose Mourinho") is whose the person is, no role."""
    if role_toks and all(is_possessive(t) and is_cap(t) for t in role_toks):
        role_toks = []
    if role_toks:
        return " ".join(role_toks)
    if (
        appositive
        and len(appositive.split()) <= 10
        and appositive.split()[0].lower() not in NOT_AN_APPOSITION
        and not appositive.isdigit()  # "Tom Hughes, 64,": an age
    ):
        return appositive  # "Kim, North Korea’s leader"; not "Marshall, as he is known,"
    return None


# a name after these is the object of what speaks ("a letter from the American Legion said"), not
# its subject as after "with" ("with Gorka noting") or "of" ("Shirvanian of the Patriarchate")
HOLDER_OF: Final = words_set("to for by at from on against about into over toward towards")


_PARTY_MEMBERS: Final = frozenset({"democrat", "republican"})


def _a_party_member(toks: list[str]) -> bool:
    """A lone "Democrat" or "Republican": a party's member, no surname."""
    return len(toks) == 1 and toks[0].lower() in _PARTY_MEMBERS

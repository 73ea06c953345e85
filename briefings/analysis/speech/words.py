"""Word lists of who may speak: roles, titles, organisations, documents, pronouns, places."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from briefings.analysis.common.library_lists.nameparser_lists import nameparser_list
from briefings.analysis.common.names import words_set
from briefings.analysis.speech.tokens import is_cap, is_possessive

ROLE_NOUNS: Final = words_set(
    """spokesman spokeswoman spokesperson spokespeople adviser advisor leader dictator official
    secretary minister president chairman chairwoman chair director head chief senator
    congressman congresswoman representative governor mayor ambassador envoy aide strategist
    manager candidate nominee lawmaker analyst expert professor commander general deputy
    administration campaign government press national security foreign defense defence senior
    former acting vice assistant top state council boss coach captain skipper frontman"""
)


# Capitalised words that are a title or office, never a name: stripped from speakers.
TITLES: Final = words_set(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame president vice secretary minister senator sen.
    sen rep. rep gov. gov governor mayor ambassador adviser advisor spokesman spokeswoman
    spokesperson chairman chairwoman general gen. chief director leader prime king queen prince
    judge justice speaker commissioner attorney lt. col. sgt. capt. representative congressman
    congresswoman dictator premier chancellor pope rev. sheriff deputy adm. maj. cmdr. brig. supt.
    atty. ald. councilmember councilman councilwoman alderman alderwoman supervisor
    assemblyman assemblywoman assemblymember delegate
    secretary-general under-secretary-general director-general attorney-general solicitor-general
    governor-general cllr taoiseach tánaiste tanaiste shri smt smt. shrimati"""
)  # round 58: a British councillor's "Cllr Birtles", whom the title does not name; round 59: Ireland's
# prime minister and deputy ("the Taoiseach said", "Tánaiste Siobhán Kearney"), offices, not names;
# India's courtesy titles ("Shri Prakash Deshmane", "Smt. Rekha Gaikwad"), its "Mr" and "Mrs"


@lru_cache(maxsize=1)
def name_titles() -> frozenset[str]:
    """nameparser's titles ("bishop", "novelist"), loaded when first needed: a query that only
    checks a point's support need not read them (`nameparser_lists`: kept in the user's cache)."""
    return nameparser_list("titles")


@lru_cache(maxsize=1)
def name_suffix_letters() -> frozenset[str]:
    """nameparser's letters after a name ("qc", "mp", "mbe"), loaded when first needed."""
    return nameparser_list("suffix_acronyms")


ORG_HEADS: Final = words_set(
    """house department ministry office agency council committee administration kremlin pentagon
    treasury times post news journal campaign party government commission bureau service
    institute foundation association union court congress senate tribune network group company
    corporation inc. university center centre police army navy board reuters press cnn fox msnbc
    abc nbc cbs globe herald gazette telegraph observer examiner inquirer chronicle courier
    dispatch bulletin chamber"""
)


INDEFINITE: Final = words_set("a an one another")


# Kin nouns: "son of former Florida Gov. Jeb Bush" is someone else's relation to the name after;
# "his uncle, Kyle Sorensen," introduces a relative (name_index). One list for both.
KIN_NOUNS: Final = words_set(
    """son daughter wife husband brother sister father mother widow widower nephew niece grandson
    granddaughter cousin stepson stepdaughter uncle aunt grandfather grandmother"""
)


# Irregular past verbs: "held", "shook" (a role that holds one is a clause, no job).
IRREGULAR: Final = words_set(
    """took made went came gave got thought felt knew saw began spoke wrote ran won lost left kept
    held brought sought stood put set let hit cut told said shook struck drew threw fought met led
    sent spent built became rose fell broke chose wore caught heard found beat paid sold bought
    taught swore swept overtook overcame withdrew forgot hid quit sang sat swam strode shot fled
    flew grew drove rode meant dealt stuck hung laid lent stole tore underwent upheld withheld
    understood oversaw forgave froze sank slid bore dug wept swung spun overheard mistook foresaw"""
)  # round 59: "Clinton withheld judgment and called the plan “…”" ("cast" is left out: "The
# Hamilton cast members told …" is no Hamilton speaking)


DOCUMENTS: Final = words_set(
    """statement report release email letter lawsuit suit complaint poll survey memo tweet post
    transcript video article editorial website study filing document ad ads book message note
    opinion ruling decision order card flyer leaflet playbook manual brochure script caption
    headline banner sign slogan petition resolution platform excerpt guide column blog"""
)


_GROUPS: Final = words_set(
    """campaign administration committee team staff office group company newspaper paper network
    agency department organization organisation party crowd audience union firm council government
    court magazine outlet station channel show program programme board panel commission coalition
    association foundation institute center centre bureau service ministry embassy police military
    army navy movement family couple delegation majority minority public press media chain site
    club league university college school church leadership elite establishment camp wing"""
)


def one_person(head: str) -> bool:
    """A description's head names one person: "the senator", not "the company", "the protesters"
    or "the statement"."""
    low = head.lower()
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return not plural and not is_possessive(head) and low not in _NOT_ONE


_SEVERAL: Final = words_set("two three four five both")  # "“…,” the two write": more than one


_NOT_ONE: Final = DOCUMENTS | _GROUPS | _SEVERAL


ORG_NOUNS: Final = words_set("administration campaign government team office ministry")


PRONOUNS: Final = {"he": "m", "she": "f"}


# Words that open a clause after a name's comma, not a description of the person: "Antonio
# Vazquez, will become its chairman", "Marshall, as he is known,", "Trump, who said".
NOT_AN_APPOSITION: Final = words_set(
    """who which whose and but as will would shall should can could may might must is was are
    were has have had does did do said says told"""
)

NOBODY: Final = words_set(
    "they it we i you"
)  # subjects that name no one person: "“…,” they argued"


INITIAL: Final = re.compile(r"[A-Z]\.")


def np_token(tok: str) -> bool:
    low = tok.lower()
    return is_cap(tok) or low in ROLE_NOUNS or bool(INITIAL.fullmatch(tok))


# Styles and courtesy titles written before a full name, never part of it (round 61: "Cllr", so
# "Conservative group leader Cllr Robert Fenwick" reads the job before it).
STYLES: Final = words_set(
    "rt rev revd right reverend hon honourable dr sir dame lord lady prof mr mrs ms cllr"
)


# Parties and peoples: "Senate Democrats said", "the Wisconsin Republican said" name no one.
AFFILIATIONS: Final = words_set(
    """republican republicans democrat democrats democratic gop independent independents
    conservative conservatives liberal liberals progressive progressives libertarian
    american americans mexican mexicans muslim muslims"""
)


PLACE_HEADS: Final = words_set(
    """city county state states island islands river street avenue valley beach springs park lake
    mountain mountains coast hill hills york jersey carolina dakota hampshire mexico virginia
    angeles francisco vegas orleans kingdom union republic east west north south middle america
    america’s brothers amendment world"""
)


_PERSON_ENDINGS: Final = tuple(
    [
        "er",
        "or",
        "ist",
        "ant",
        "ent",
        "man",
        "woman",
        "ian",
        "ess",
        "ee",
        "lady",
        "person",
        "prince",
        "princess",
        "king",
        "queen",
        "judge",
        "surgeon",
    ]
)


# nouns with a person's ending that name a body's part or a place, no one ("The Sierra Club’s New
# York chapter said …", "the center said"; round 50)
_NO_PERSON_ENDINGS: Final = words_set("chapter chapters center centers theater shelter")


# Heads of the descriptions British and sports reporting gives a named person ("the Arsenal boss",
# "the world indoor champion", "the 23-year-old") that the endings above do not catch.
_DESCRIBED_HEADS: Final = words_set(
    """champion boss captain coach executive star veteran athlete host skipper jockey bishop
    archbishop priest vicar chef pilot poet nurse surgeon magnate tycoon mogul entrepreneur
    diplomat delegate detective colonel admiral justice sheriff rabbi cardinal imam neighbour"""
)  # round 49: "The cardinal smiled …" after "Cardinal Matteo Ruggieri", as "the bishop"; round 59:
# "neighbour", the British spelling of a "neighbor" the endings catch ("Another neighbour said")


YEAR_OLD: Final = re.compile(r"\d{1,3}-year-old")


def described_head(word: str) -> bool:
    """A short noun for what someone does that the endings miss: "host", "chef", "poet"."""
    return word in _DESCRIBED_HEADS


def person_head(word: str) -> bool:
    """A noun for a person: "senator", "pollster", "columnist", "first lady", "boss",
    "23-year-old"; not "project"."""
    return (
        word in ROLE_NOUNS
        or (word.endswith(_PERSON_ENDINGS) and word not in _NO_PERSON_ENDINGS)
        or word in _DESCRIBED_HEADS
        or YEAR_OLD.fullmatch(word) is not None
    )

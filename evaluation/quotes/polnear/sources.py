"""Whom a PolNeAR Source, as written, names, and what the article tells of its people.

Its surname or how it refers ("he", "who", a description); the article's genders and the people
it names in reporter text."""

from __future__ import annotations

import re

from briefings.analysis.common.given_names.gender import gender_of

SEGMENT = re.compile(r"“([^“”]+)(?:”|$)|\"([^\"]+)(?:\"|$)|''((?:(?!'').)+)(?:''|$)")
NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "I The A An He She It They We You This That His Her Their Its Our My Mr Mrs Ms Dr Sen Rep"
        " Gov Republican Republicans Democrat Democrats GOP American Americans Some People Others"
        " Many Most Both Each All One Another Several Two Three",
    )
)


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES = frozenset(
    re.findall(
        r"\w+",
        "Mr Mrs Ms Miss Dr Sen Senator Rep Representative Gov Governor President Secretary Speaker"
        " Chairman Chairwoman Judge Justice Gen General Rev Mayor Leader Chief Director Attorney",
    )
)
_ORG_NOUNS = word_set("campaign administration committee team staff office")
_DOCUMENTS = word_set("""statement report release ad ads email emails letter lawsuit suit complaint poll survey memo
    tweet tweets post book transcript video article editorial piece story headline message website
    site page study filing document note column op-ed headlines posting footage passage""")
GROUPS = word_set(
    """campaign administration committee team staff office group company newspaper paper network
    agency department organization organisation party crowd audience union firm council government
    court magazine outlet station channel show program programme board panel commission coalition
    association foundation institute center centre bureau service ministry embassy police military
    army navy movement family couple delegation majority minority public press media chain
    website site club league university college school church two three leadership elite
    establishment camp wing left right race bill legislation measure journal tabloid daily
    broadcaster"""
)
_ORG_HEADS = word_set(
    """House Senate Congress Council Committee Commission Watch Association Federation Foundation
    Institute Center Centre Party City Tower Department Agency Bureau Office Court Administration
    Campaign Times Post Journal News Network Magazine Review Daily Herald Tribune Gazette Telegraph
    Examiner Chronicle Dealer Beast University College School Company Corporation Corp Inc Group
    Fund Bank Board Ministry Army Navy Police Union League Club Alliance Coalition Society Caucus
    Service Organization Organisation Forum Project Conference Assembly Parliament Government
    Republic Kingdom States Nations Directorate Street Square Avenue Museum Hospital Airport
    Station Channel Radio Television Media Press Pentagon Kremlin Treasury Reserve"""
)  # heads of the names of organisations, buildings and places ("Right Wing Watch", "White House")
TITLE_WORDS = (
    r"Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Adm|Rev|Lt|Col|Capt|Sgt|Senator|Representative"
    r"|Governor|President|Secretary|Speaker|Judge|Justice|Mayor|Admiral|General|Chairman"
    r"|Chairwoman"
)
_PERSON_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Adm|Rev|Lt|Col|Capt|Sgt|Senator|Representative"
    r"|Governor|President|Secretary|Speaker|Judge|Justice|Mayor|Admiral|General|Chairman"
    r"|Chairwoman)\.?\s+(?:[A-Z][\w’'.\-]*\s+){0,2}"
)
_REFERRING = word_set("he she him her his hers himself herself")
_SUFFIXES = word_set("Jr Sr II III IV")
_FORMER = word_set("Former former")  # "Former Secretary of State Madeleine Albright"
_WEEKDAYS = word_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_PARTISANS = word_set("Republican Democrat")  # "the Utah Republican": one person described
_RELATIVE = word_set("who which that whom")
_INDEFINITE = word_set("a an one another some several many two three four few most")
_WORD = r"[\w’'.\-]+"
_CUT = r" of | who | which | that | at | from | for | in | on | to | with "
OPENERS = word_set(
    """If When While After Before As Since Because Although Though Unless Until On In At For With
    By From To Of And But Or So Yet Then Now Still Also Even Just Only Here There This That These
    Those What Why How Where Last Next Earlier Later Today Yesterday Tomorrow Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Like Unlike Despite During Under Over Asked Speaking"""
)


def is_name(word: str, text: str) -> bool:
    bare = re.sub(r"(’s|'s|s’|s')$", "", word).strip(".")
    return (
        word[:1].isupper()
        and bare not in NOT_NAMES
        and bare not in TITLES
        and bare not in _WEEKDAYS  # "a poll released Sunday"
        and not re.search(r"(’s|'s|s’|s')$", word)
        and not (  # "Aides say": a plural noun the article also writes in lower case
            bare.endswith("s")
            and re.search(rf"(?<![\w’'.-]){re.escape(bare.lower())}(?![\w’'-])", text)
        )
    )


def read_source(source: str, text: str = "") -> tuple[str, str | None]:
    """How a Source names its speaker: ("name", surname), ("refer", None) for a pronoun or a
    definite description of a person, ("relative", None) for who/which, ("unknown", None)."""
    source = re.sub(r"\([^)]*\)", " ", source).strip(" ,.")
    if source.lower() in _RELATIVE:
        return "relative", None  # before the cut at " who ", which would leave nothing
    head, *appositives = source.split(",")
    office = re.match(r"((?:[Ff]ormer )?(?:[A-Z]\w+ )+)of ", head)
    if office and all(w in TITLES | _FORMER for w in office.group(1).split()):
        head = office.group(1) + head[office.end() :]  # "Secretary of State John Kerry"
    head = re.split(_CUT, " " + head + " ")[0]
    head = re.sub(r"\s+(himself|herself)\s*$", "", head)  # "Cruz himself" is Cruz
    words = re.findall(_WORD, head)
    while len(words) > 1 and words[-1].strip(".") in _SUFFIXES:
        words.pop()  # "Harry B. Harris Jr." is Harris
    if not words:
        return "unknown", None
    first, last = words[0].lower(), words[-1]
    if len(words) == 1 and first in _REFERRING:
        return "refer", None
    if len(words) == 1 and first in _DOCUMENTS:
        return "unknown", None  # "Transcript"
    owner = re.sub(r"(’s|'s|’|')$", "", last)
    if (
        owner != last
        and first != "the"
        and is_name(owner, text)
        and all(w[:1].isupper() for w in words)
    ):
        return "owner", owner.strip(".")  # "Bolton’s", "Mr. Comey's": the owner said it
    if is_name(last, text):
        if (first == "the" and all(w[:1].isupper() for w in words[1:])) or (
            last.isupper() and len(last) > 1
        ):
            return "organisation", last.strip(".")  # "The New York Times", "CNN": not a he/she
        return "name", last.strip(".")
    if last.lower() in _ORG_NOUNS and len(words) >= 2 and words[-2][:1].isupper():
        owner = re.sub(r"(’s|'s|s’|s')$", "", words[-2])
        if owner not in NOT_NAMES:
            return "name", owner  # "the Clinton campaign", "Trump’s campaign"
    for appositive in appositives[:1]:  # "a top strategist, John Weaver,"
        names = re.findall(_WORD, re.split(_CUT, " " + appositive + " ")[0])
        if names and all(w[:1].isupper() for w in names) and is_name(names[-1], text):
            return "name", names[-1].strip(".")
    if first == "the" and _person_noun(last):
        return "refer", None  # "the senator", "the former Florida governor"
    return "unknown", None  # someone not named, a group, a document, "they", "I"


def _person_noun(word: str) -> bool:
    """The head of a description of one person: singular, not possessive, not a group, an
    organisation or a document ("the campaign", "the protesters", "the statement")."""
    low = word.lower().strip(".")
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return (
        (not word[:1].isupper() or word.strip(".") in _PARTISANS)
        and not plural
        and not re.search(r"(’s|'s|s’|s')$", word)
        and low not in _DOCUMENTS | GROUPS
    )


def surname(source: str, text: str = "") -> str | None:
    """The surname a Source gives its speaker, None for a pronoun or a description."""
    return read_source(source, text)[1]


_NAME_RUN = re.compile(
    r"(^|[.!?][\"”’']?\s+|\n)[\"“‘']?(?<![\w’'.-])((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)"
    r"(?=(,|\s+[—–]|\s+[a-z][\w’']*))"
)
# a subject before an aside in parentheses: "Sen. Ron Johnson (R-Wis.) is"
_NAME_RUN_ASIDE = re.compile(_NAME_RUN.pattern.replace("(?=(,", r"(?=(?:\s*\([^()\n]{1,80}\))?(,"))
_GOVERNED_TITLE = re.compile(
    r"\b(?:of|to|for|with|by|at|from|on|against|about)\s+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev)\.\s+$"
)
VERBISH = re.compile(
    r"also|still|never|then|just|later|earlier|again|once|now|recently|previously|repeatedly|"
    r"took|made|went|came|gave|got|thought|felt|knew|saw|began|spoke|wrote|ran|won|lost|left|kept|"
    r"held|brought|sought|stood|put|set|let|hit|cut|\w+(ed|s|n’t|n't)|himself|herself|is|was|has|had|will|would|can|could|did|does|told|said|says"
)


PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}


def article_genders(text: str) -> dict[str, str | None]:
    """Surname → "m"/"f" as the article shows it: "Mr. Trump", "Mrs. Clinton", or a first name of
    clear gender ("Hillary Clinton"); None when the article shows both ("Bill" and "Hillary")."""
    seen: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w’'\-]+)", text):
        seen.setdefault(m.group(2), set()).add("m" if m.group(1) == "Mr" else "f")
    for m in re.finditer(r"\b[A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][\w’'\-]+))+", text):
        # the given name before the surname, or the one before that when it has a gender:
        # "Christine Todd Whitman" is a woman, though "Todd Whitman" would read as a man;
        # "Hillary Rodham Clinton", "… Bernie Sanders And Hillary Clinton" are Hillary's
        words = m.group(0).split()
        last = words[-1]
        g = (gender_of(words[-3]) if len(words) > 2 else None) or gender_of(words[-2])
        if g:
            seen.setdefault(last, set()).add(g)
    return {name: (next(iter(gs)) if len(gs) == 1 else None) for name, gs in seen.items()}


def shown_gender(text: str, at: int, name: str) -> str | None:
    """The gender a mention shows of its own, the first mention of `name` from `at` on: a title
    ("Mrs. Clinton") or a given name of clear gender before the surname ("Bill Clinton", "Democrat
    Hillary Clinton"); None when it shows none ("Clinton", "President Obama")."""
    found = re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text[at : at + 400])
    if not found:
        return None
    before = text[max(0, at + found.start() - 40) : at + found.start()].split("\n")[-1]
    words = re.findall(r"[\w’'.\-]+", before)
    for i in range(len(words) - 1, -1, -1):  # this sentence's: a full stop not of a title or an
        bare = words[i].rstrip(".")  # initial ends the one before ("… Melania. Trump said")
        if words[i].endswith(".") and bare not in TITLES and len(bare) > 1:
            words = words[i + 1 :]
            break
    if words and words[-1].rstrip(".") in {"Mr", "Mrs", "Ms", "Miss"}:
        return "m" if words[-1].rstrip(".") == "Mr" else "f"
    if not words or not words[-1][:1].isupper():
        return None  # the name stands alone: "said Clinton", "Hillary and Clinton"
    given = [w.rstrip(".") for w in words[-2:] if w[:1].isupper()]
    return next((g for g in map(gender_of, given) if g), None)


def not_a_person(name: str, text: str, genders: dict[str, str | None]) -> bool:
    """A name no he or she can mean: the head of an organisation's, a building's or a place's name
    ("Right Wing Watch", "the White House", "the U.N. Security Council") or a web address
    ("Outsports.com"), unless the article shows it as a person's (a gender, a title: "Mr. House")."""
    if name in genders or re.search(_PERSON_TITLE.pattern + re.escape(name) + r"\b", text):
        return False
    return name in _ORG_HEADS or bool(re.search(r"\.(?:com|org|net|gov)$", name, re.IGNORECASE))


def person_mentions(
    text: str, named: frozenset[str] = frozenset(), asides: bool = True
) -> list[tuple[int, str]]:
    """Names opening a sentence of reporter text as its subject, by position: before a verb
    ("Ivanka Trump strode …", "Mr. Trump said …", "Kasich took …") or a comma ("Mark Weddle, 55,
    started …"); a lone surname only when the article names that person in full, with a title or
    as a Source elsewhere."""
    quoted: list[tuple[int, int]] = []
    at = 0  # quotation marks pair within a paragraph, as the gold segments do
    for line in text.split("\n"):
        quoted.extend((at + m.start(), at + m.end()) for m in SEGMENT.finditer(line))
        at += len(line) + 1
    runs = []
    for m in (_NAME_RUN_ASIDE if asides else _NAME_RUN).finditer(text):
        if any(a <= m.start(2) < b for a, b in quoted):
            continue
        words = m.group(2).split()
        if words[0] == "The":
            continue  # "The New York Times reported": an organisation, not a he/she
        titled = False
        while words and (words[0].strip(".") in TITLES | OPENERS or words[0] in NOT_NAMES):
            titled = titled or words[0].strip(".") in TITLES
            words = words[1:]
        if not words or not is_name(words[-1], text) or words[-1] in OPENERS:
            continue
        if words[-1].isupper() and len(words[-1]) > 1:  # a dateline: "DES MOINES, Iowa —"
            continue
        follower = m.group(3).strip()
        # after a title's full stop the name need not open a sentence: after a preposition it is
        # no subject ("a supporter of Mr. Trump, said he …", "an adviser to Mr. Sanders,")
        governed = bool(_GOVERNED_TITLE.search(text, max(0, m.start(2) - 16), m.start(2)))
        verb = not governed and (bool(VERBISH.fullmatch(follower)) or follower in {",", "—", "–"})
        runs.append((m.start(2), words[-1].strip("."), titled or len(words) >= 2, verb))
    known = named | {name for _, name, full, _ in runs if full}
    return [(at, name) for at, name, full, verb in runs if verb and (full or name in known)]

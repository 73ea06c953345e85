"""Who speaks: speech cues, speaker phrases, full names, gender and pronoun resolution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.analysis.common.first_names import is_given_name
from briefings.analysis.common.gender import FEMALE_NAMES as _FEMALE
from briefings.analysis.common.gender import HONORIFICS, gender_of
from briefings.analysis.common.gender import MALE_NAMES as _MALE
from briefings.analysis.common.kinds import kind_by_lists, not_in_a_name
from briefings.analysis.common.names import (
    CALENDAR,
    DEMONYMS,
    NAME_PARTICLES,
    name_key,
    words_set,
)

CUES = words_set(
    """said says say saying told tells telling added adds adding stated states stating warned warns
    warning wrote writes writing asked asks asking explained explains noted notes insisted insists
    argued argues declared declares announced announces claimed claims continued continues replied
    replies responded responds tweeted tweets posted remarked recalled recalls acknowledged
    conceded admitted admits suggested suggests urged urges vowed vows promised promises pledged
    predicted predicts boasted boasts joked jokes quipped complained complains charged countered
    cautioned cautions emphasized emphasised stressed stresses observed testified shouted yelled
    chanted described describes called calls dubbed labeled labelled mused muses lamented laments
    recounted reiterated reiterates concluded concludes agreed agrees told reported
    reports read reads echoed echoes fumed belittled reacted proclaimed chimed tweeting barked
    questioned mocked blasted slammed attacked accused criticized criticised praised defended
    thanked retorted snapped scoffed wondered marveled sighed laughed asserted contended maintained
    confirmed denied disputed alleged hinted offered estimated speaks spoke calling describing
    claiming arguing insisting noting suggesting promising vowing declaring announcing explaining
    urging predicting boasting joking complaining charging cautioning emphasizing stressing
    recalling acknowledging conceding admitting labeling dubbing accusing praising echoing answered
    answers exclaimed cried screamed whispered demanded write conclude insist warn explain"""
)
PARTICIPLE_CUES = frozenset(c for c in CUES if c.endswith("ing"))
# Words allowed between a speaker and the verb: "Sullivan also said", "Kirby on Thursday said".
BETWEEN = words_set(
    """also has have had reportedly previously later then once repeatedly recently publicly
    privately again would will did does is was were had been just quickly simply flatly bluntly on
    monday tuesday wednesday thursday friday saturday sunday even never himself herself first
    once still often always too now"""
)
_NOT_ADVERBS = words_set("rally ally family supply assembly early belly bully")


def is_between(tok: str) -> bool:
    """A word that may stand between a speaker and the verb: "Cruz himself said", "Clinton
    emphatically proclaimed", "Sullivan also said"."""
    low = tok.lower()
    if low in BETWEEN:
        return True
    return tok.islower() and low.endswith("ly") and len(low) > 4 and low not in _NOT_ADVERBS


ROLE_NOUNS = words_set(
    """spokesman spokeswoman spokesperson spokespeople adviser advisor leader dictator official
    secretary minister president chairman chairwoman chair director head chief senator
    congressman congresswoman representative governor mayor ambassador envoy aide strategist
    manager candidate nominee lawmaker analyst expert professor commander general deputy
    administration campaign government press national security foreign defense defence senior
    former acting vice assistant top state council"""
)
# Capitalised words that are a title or office, never a name: stripped from speakers.
TITLES = words_set(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame president vice secretary minister senator sen.
    sen rep. rep gov. gov governor mayor ambassador adviser advisor spokesman spokeswoman
    spokesperson chairman chairwoman general gen. chief director leader prime king queen prince
    judge justice speaker commissioner attorney lt. col. sgt. capt. representative congressman
    congresswoman dictator premier chancellor pope rev. sheriff deputy"""
)


@lru_cache(maxsize=1)
def name_titles() -> frozenset[str]:
    """nameparser's titles ("bishop", "novelist"), loaded when first needed: a query that only
    checks a point's support need not import nameparser (about 40 ms at start-up)."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles)


ORG_HEADS = words_set(
    """house department ministry office agency council committee administration kremlin pentagon
    treasury times post news journal campaign party government commission bureau service
    institute foundation association union court congress senate tribune network group company
    corporation inc. university center centre police army navy board reuters press cnn fox msnbc
    abc nbc cbs"""
)
_INDEFINITE = words_set("a an one another")
DOCUMENTS = words_set(
    """statement report release email letter lawsuit suit complaint poll survey memo tweet post
    transcript video article editorial website study filing document ad ads book message note
    opinion ruling decision order card flyer leaflet playbook manual brochure script caption
    headline banner sign slogan petition resolution platform excerpt guide column blog"""
)
_GROUPS = words_set(
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
    return not plural and not is_possessive(head) and low not in DOCUMENTS | _GROUPS | _SEVERAL


_SEVERAL = words_set("two three four five both")  # "“…,” the two write": more than one


_ORG_NOUNS = words_set("administration campaign government team office ministry")
PRONOUNS = {"he": "m", "she": "f"}
NOBODY = words_set("they it we i you")  # subjects that name no one person: "“…,” they argued"
_NON_NAMES = words_set(
    """the a an this that these those it its they we i you he she his her their our my in on at
    but and or so if as when while after before for of to with by from but however meanwhile
    because although though instead unless until since thus also then yet once whether now
    said says here there today tonight yesterday hours despite like unlike still among even both
    some what why no many most other others against without under does is are had your another
    two three several rival given
    two three four five six seven eight nine ten twenty thirty forty fifty hundred
    asked monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
_TOKEN = re.compile(r"[\w’'\-]+(?:[.&][\w’'\-]+)*|[,;:—–().]|\S")  # "M&S", "AT&T"
_POSSESSIVE_END = re.compile(r"(’s|'s|’|')$")
_S_ENDING = re.compile(r"(’s|'s)$")
_INITIAL = re.compile(r"[A-Z]\.")
_INITIAL_MAYBE_DOT = re.compile(r"[A-Z]\.?")
_NAME_WORD = re.compile(r"[\w’'.\-]+")
_KEEPS_FULL_STOP = re.compile(r"(Mr|Mrs|Ms|Dr|[A-Z])\.")  # "Mr.", "J." keep theirs in a name run
_PLAIN_WORD = re.compile(r"[\w\-’']+")
_ABBREVIATIONS = words_set("mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr rev u.s")


_INITIALS = re.compile(r"\w|(?:[A-Z]\.)+[A-Z]")  # "J", "J.M": the full stop is theirs
_PRONOUN_IS = frozenset({"he’s", "she’s"})


def tokens(text: str) -> list[str]:
    """Words and punctuation of reporter text; "Mr." and initials keep their full stop."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if (
            tok == "."
            and out
            and (out[-1].lower() in _ABBREVIATIONS or _INITIALS.fullmatch(out[-1]))
        ):
            out[-1] += "."
        elif (
            len(tok) in (4, 5) and tok.lower().replace("'", "’") in _PRONOUN_IS
        ):  # "He’s predicting": "He" "is"
            out.extend((tok[:-2], "is"))
        else:
            out.append(tok)
    return out


def _bare(tok: str) -> str:
    return _POSSESSIVE_END.sub("", tok).strip(".").lower()


@lru_cache(maxsize=65536)  # asked of every word of every paragraph
def is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper() and tok.lower() not in _NON_NAMES


def is_possessive(tok: str) -> bool:
    return tok.endswith(("’s", "'s", "s’", "s'"))


def _np_token(tok: str) -> bool:
    low = tok.lower()
    return is_cap(tok) or low in ROLE_NOUNS or bool(_INITIAL.fullmatch(tok))


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase as written: a name (person or organisation), a pronoun or a description."""

    name: str | None  # the name with titles stripped, None for pronouns and descriptions
    role: str | None
    pronoun: str | None = None  # "he" / "she" when the speaker is a pronoun
    is_org: bool = False
    definite: bool = False  # a description with "the": "the senator"


@lru_cache(maxsize=16384)  # a speaker phrase is read again for each sentence and quote naming it
def parse_speaker(phrase: str) -> Speaker | None:
    """Read a subject such as "White House spokesman John Kirby" or "Kim, North Korea’s leader"."""
    phrase = phrase.strip(" ,")
    if not phrase:
        return None
    head, _, appositive = phrase.partition(",")
    before_of = head.split(" of ")[0]
    if before_of != head and _full_name_at_end(before_of):  # "George Zornick of The Nation"
        head = before_of
    appositive = re.sub(r"^(the|a|an)\s+", "", appositive.strip(" ,"), flags=re.I) or ""
    toks = tokens(head.strip())
    if not toks:
        return None
    if len(toks) == 1 and (toks[0].lower() in PRONOUNS or toks[0].lower() in NOBODY):
        return Speaker(None, None, pronoun=toks[0].lower())
    definite = toks[0].lower() == "the"
    if (
        toks[0].lower() in _INDEFINITE
    ):  # "a New Hampshire Democrat", "one senior aide": no one named
        named = appositive_name(appositive)  # "a top strategist, John Weaver"
        return Speaker(named, " ".join(toks[1:]) or None)
    if toks[0].lower() == "the":
        toks = toks[1:]
    if not toks or len(toks) > 10 or any(not re.match(r"[\w\[]", t) for t in toks):
        return None
    if len(toks) >= 2 and toks[-1] in _ORG_NOUNS and is_cap(toks[-2]):
        owner = re.sub(
            r"(’s|'s|’|')$", "", toks[-2]
        )  # "Biden’s administration", "the Trump campaign"
        return Speaker(f"{owner} {toks[-1]}", None, None, is_org=True)
    # The name is the trailing run of capitalised words that are neither titles nor roles.
    i = len(toks)
    while (
        i > 0
        and (is_cap(toks[i - 1]) or _particle_inside(toks, i - 1))
        and not is_possessive(toks[i - 1])
    ):
        low = toks[i - 1].lower()
        surname = i == len(toks) and i >= 2 and first_name_like(toks[i - 2])
        if (low in TITLES or low in ROLE_NOUNS - ORG_HEADS) and not surname:
            break  # but "Mr. Prince", "Peter T. King": a surname that is also a title
        if _job_before_name(toks, i - 1):
            break  # "Critic Mark Kermode", "Singer Joss Stone": the job, then the name
        i -= 1
    name_toks, role_toks = toks[i:], toks[:i]
    if role_toks and role_toks[-1].lower() in _PREPOSITIONS and not appositive:
        # "Bishop of Durham Tom Wright": the person's name starts at its first name
        starts = [k for k in range(1, len(name_toks) - 1) if first_name_like(name_toks[k])]
        if starts:
            role_toks, name_toks = role_toks + name_toks[: starts[0]], name_toks[starts[0] :]
    if (
        role_toks
        and role_toks[-1] in _HOLDER_OF
        and not appositive
        and not any(first_name_like(t) for t in name_toks)
        and role_toks[0].islower()
    ):  # "the pitch on Kickstarter": what is on it speaks, not it
        return Speaker(None, None)
    if definite and len(toks) == 1 and is_title_word(toks[0]):
        return Speaker(None, toks[0], definite=True)  # "the Bishop said": a description
    lead = _leading_words(name_toks)  # "Ranking Democrat Elijah E. Cummings": a title
    name_toks, role_toks = name_toks[lead:], role_toks + name_toks[:lead]
    if not name_toks:
        named = appositive_name(appositive)
        if named:  # "the White House spokesman, Josh Earnest,"
            return Speaker(named, " ".join(role_toks) or None)
        role = _role(role_toks, appositive)
        return Speaker(None, role, definite=definite) if role_toks else None
    last = name_toks[-1].rstrip(".")
    forename = len(name_toks) == 2 and is_given_name(name_toks[0])  # "Liam Fox", not Fox News
    is_org = (
        (last.lower() in ORG_HEADS and not forename)
        or (last.isupper() and len(last) > 1)
        or bool(role_toks and _bare(role_toks[-1]) == "the")
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
    role_toks = [t for t in role_toks if t.lower().rstrip(".") not in STYLES]  # "Sir", "Dr"
    return Speaker(
        " ".join(name_toks),
        None if is_org else _role(role_toks, appositive),
        None,
        is_org,
        definite=definite,
    )


def _job_before_name(toks: list[str], at: int) -> bool:
    """A capitalised job word (nameparser's titles: "critic", "novelist", "singer") right before
    a first name and a surname; itself no first name."""
    return (
        toks[at].lower() in name_titles()
        and at + 2 <= len(toks) - 1
        and first_name_like(toks[at + 1])
        and not first_name_like(toks[at])
    )


def first_name_like(tok: str) -> bool:
    low = tok.lower()
    return (
        low in HONORIFICS
        or bool(_INITIAL_MAYBE_DOT.fullmatch(tok))
        or low in _MALE
        or low in _FEMALE
        or is_given_name(tok)
    )


def _full_name_at_end(text: str) -> bool:
    """The text ends on a person's name of two words or more, titles aside: "Paul D. Ryan"."""
    toks = tokens(text)
    names = 0
    for i, t in enumerate(reversed(toks)):
        if i and t.lower() in NAME_PARTICLES:  # "Nick Van den Brul"
            continue
        if not is_cap(t) or is_possessive(t) or _titled_word(t.lower()):
            break
        names += 1
    return names >= 2


def _titled_word(low: str) -> bool:
    """A title, a role or an organisation's head word (no set of all three is made per word)."""
    return low in TITLES or low in ROLE_NOUNS or low in ORG_HEADS


def appositive_name(appositive: str) -> str | None:
    """The full name an appositive gives: "Josh Earnest" of "a spokesman, Josh Earnest, who…"."""
    name = re.split(r"\s(?:of|at|from|for|in|with|who)\s", appositive + " ")[0].strip()
    toks = tokens(name)
    while len(toks) > 2 and toks[0].lower().rstrip(".") in STYLES:  # "the Rt Rev Dr Tom Wright"
        toks = toks[1:]
    name = " ".join(toks)
    if len(toks) < 2 or not all(is_cap(t) and not is_possessive(t) for t in toks):
        return None
    if any(_titled_word(t.lower().strip(".")) for t in toks):
        return None
    return name


# Styles and courtesy titles written before a full name, never part of it.
STYLES = words_set("rt rev revd right reverend hon honourable dr sir dame lord lady prof mr mrs ms")
_PREPOSITIONS = words_set("of in at for from with")


def is_title_word(tok: str) -> bool:
    """A capitalised title or office, never a name alone: "Bishop", "Novelist", "President"
    (nameparser's list of titles, with ours)."""
    low = tok.lower().rstrip(".")
    return is_cap(tok) and (low in TITLES or low in name_titles()) and low not in STYLES


def _particle_inside(toks: list[str], k: int) -> bool:
    """ "van", "den" inside a name run: "Nick Van den Brul"."""
    return 0 < k < len(toks) - 1 and toks[k].lower() in NAME_PARTICLES and is_cap(toks[k - 1])


def _role(role_toks: list[str], appositive: str) -> str | None:
    if role_toks:
        return " ".join(role_toks)
    if appositive and len(appositive.split()) <= 10 and not appositive.lower().startswith("who"):
        return appositive
    return None


# Parties and peoples: "Senate Democrats said", "the Wisconsin Republican said" name no one.
AFFILIATIONS = words_set(
    """republican republicans democrat democrats democratic gop independent independents
    conservative conservatives liberal liberals progressive progressives libertarian
    american americans mexican mexicans muslim muslims"""
)
_SUFFIXES = words_set("Jr Sr II III IV")
# The text before a word inside a sentence: "… Yahoo News. Friends" opens one, "…,” Sullivan" not.
_SENTENCE_END = re.compile(r"[\w,;’'\-”\"][\s\"“‘(\[]*$")
# The same read backwards from the word: matched at the start of the text before it reversed, so
# that the test costs what the spaces and marks before the word cost, not the whole paragraph.
_SENTENCE_END_BACKWARDS = re.compile(r"[\s\"“‘(\[]*[\w,;’'\-”\"]")
PLACE_HEADS = words_set(
    """city county state states island islands river street avenue valley beach springs park lake
    mountain mountains coast hill hills york jersey carolina dakota hampshire mexico virginia
    angeles francisco vegas orleans kingdom union republic east west north south middle america
    america’s brothers amendment"""
)


def _leading_words(words: list[str]) -> int:
    """How many words before a person's name are no part of it: "Year" of "Liar of the Year Barack
    Obama", "See" of "See Sexton’s timeline", "Ranking Democrat" of "Ranking Democrat Elijah E.
    Cummings"; none in a place or an organisation ("New Hampshire", "Asian Development Bank")."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        if _not_a_forename(w.lower()) and w.lower() not in HONORIFICS:
            cut = i + 1
    if cut and kind_by_lists(" ".join(words), [w.lower() for w in words]):
        return 0
    return cut


def _ends_sentence(word: re.Match[str]) -> bool:
    """ "News." closes its sentence ("… in Yahoo News. Friends offered …"); "Mr." and "J." do not."""
    tok = word.group(0)
    return tok.endswith(".") and len(tok) > 2 and tok[:-1].lower() not in _ABBREVIATIONS


@dataclass
class NameIndex:
    """Every capitalised name run of one article, to give each speaker the fullest name used."""

    runs: list[tuple[int, str]] = field(default_factory=list)  # (global position, name)
    genders: dict[str, str] = field(default_factory=dict)
    proper: set[str] = field(default_factory=set)  # capitalised inside a sentence somewhere
    bodies: set[str] = field(default_factory=set)  # the opening words of a body's name
    # `fullest`'s candidates by name, kept until more text is added
    _longer: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)

    def add_text(self, offset: int, text: str) -> None:
        self._longer.clear()
        run: list[re.Match[str]] = []
        for m in _NAME_WORD.finditer(text):
            word = m.group(0)
            if not word[0].isupper():  # no capital, no name (`is_cap`): it ends a run
                if run:
                    self._flush(offset, run)
                    run = []
                continue
            tok = (
                word.rstrip(".")
                if word.endswith(".") and not _KEEPS_FULL_STOP.fullmatch(word)
                else word
            )
            if run and (
                text[run[-1].end() : m.start()].strip()
                or is_possessive(run[-1].group(0))
                or _ends_sentence(run[-1])
            ):
                self._flush(offset, run)
                run = []
            if is_cap(tok):
                run.append(m)
            elif run:
                self._flush(offset, run)
                run = []
        if run:  # an empty run names no one
            self._flush(offset, run)

    def _flush(self, offset: int, run: list[re.Match[str]]) -> None:
        words = [_S_ENDING.sub("", m.group(0)).rstrip(".,") for m in run]
        cut = 0
        honorific = None
        for i, w in enumerate(words):
            low = w.lower()
            if low in TITLES or low + "." in TITLES or low in ROLE_NOUNS:
                if i == len(words) - 1 and i and first_name_like(words[i - 1]):
                    break  # "Erik Prince", "Mr. King": the surname of a person
                cut = i + 1
                honorific = low.rstrip(".")
            elif _job_before_name(words, i):  # "Critic Mark Kermode"
                cut = i + 1
        while len(words) > 1 and words[-1] in _SUFFIXES:  # "Luther Stan Pate IV" is Pate
            words, run = words[:-1], run[:-1]
        cut = max(cut, _leading_words(words))
        words, run = words[cut:], run[cut:]
        if len(words) > 2 and kind_by_lists(" ".join(words), [w.lower() for w in words]):
            self.bodies.update(" ".join(words[:k]) for k in range(2, len(words)))  # "Sandy Hook"
            # of "Sandy Hook Elementary School"
        if not words or words[-1].lower() in ORG_HEADS or len(words) > 4:
            return
        name = " ".join(words)
        self.runs.append((offset + run[0].start(), name))
        opening = not _SENTENCE_END_BACKWARDS.match(run[0].string[: run[0].start()][::-1])
        self.proper.update(words[1:] if opening and cut == 0 else words)
        g = gender_of(name, None, honorific)
        if g:
            self.genders.setdefault(words[-1], g)
            self.genders.setdefault(name, g)

    def fullest(self, name: str, position: int) -> str:
        """The fullest form of `name` in the article, nearest to `position` (before it first)."""
        longer = self._longer.get(name)
        if longer is None:  # the same name is looked up for each of its mentions
            longer = self._longer[name] = self._longer_forms(name)
        if not longer:
            return name
        before = [c for c in longer if c[0] <= position]
        pool = before or longer
        best = max(pool, key=lambda c: (c[0] if before else -c[0], len(c[1])))
        return best[1]

    def _longer_forms(self, name: str) -> list[tuple[int, str]]:
        """The runs that could be a fuller form of `name`, with their positions."""
        parts = name.split()
        if len(parts) > 1 and any(n == name for _, n in self.runs):
            cands = [(p, n) for p, n in self.runs if n.endswith(" " + name) or n == name]
        else:
            key, alone = parts[-1], len(parts) == 1
            cands = [
                (p, n) for p, n in self.runs if _ends(n)[1] == key or (alone and _ends(n)[0] == key)
            ]
        return [
            (p, n)
            for p, n in cands
            if len(n) > len(name) and _ends(n)[2] <= 4 and (self.gender(n) or _not_a_thing(n))
        ]  # "Trump" is Donald Trump, never "Trump Tower"

    def fullest_of(self, name: str, position: int, gender: str) -> str:
        """The fullest form of `name` of that gender nearest before `position` ("Mrs. Clinton" is
        Hillary Clinton, not Bill); `name` itself when the article gives none."""
        key = name.split()[-1]
        fits = [
            (p, n)
            for p, n in self.runs
            if _ends(n)[1] == key and _ends(n)[2] > 1 and gender_of(n) == gender
        ]
        before = [c for c in fits if c[0] <= position]
        return max(before or fits, key=lambda c: c[0])[1] if fits else name

    def is_person(self, name: str, speaker: bool = False) -> bool:
        """A name that can be someone: of known gender, or two words or more with no word of a
        place or an organisation ("Atlantic City", "FULL TEXT" are no one); the speaker of a
        reporting verb also by a single word the article writes capitalised inside a sentence; never
        by words of unknown gender that open a body's name in the article ("Sandy Hook" of "Sandy
        Hook Elementary School")."""
        if self.gender(name):
            return True
        words = name.split()
        if len(words) == 1:  # "Pate said": a surname the article capitalises mid-sentence too
            return speaker and words[0] in self.proper
        if name in self.bodies:  # the article names a body after it: "Sandy Hook Elementary"
            return False
        return (
            len(words) >= 2
            and not any(w.lower() in ORG_HEADS or w.lower() in PLACE_HEADS for w in words)
            and words[-1].lower() not in AFFILIATIONS
            and not words[-1].isupper()
            and _not_a_thing(name)
        )

    def is_proper(self, word: str) -> bool:
        """The article writes `word` capitalised inside a sentence: "Democrat" of "Democrats"."""
        return word in self.proper

    def gender(self, name: str) -> str | None:
        return self.genders.get(name) or self.genders.get(name.split()[-1]) or gender_of(name)


@lru_cache(maxsize=65536)  # asked of every name run for every speaker looked up
def _ends(name: str) -> tuple[str, str, int]:
    """A name's first word, last word and number of words (a run has one word at least)."""
    words = name.split()
    return words[0], words[-1], len(words)


@lru_cache(maxsize=65536)
def _not_a_thing(name: str) -> bool:
    """A name of two words or more the word lists do not make a place, an organisation or a people
    ("Puerto Rico", "United Technologies", "New Yorkers", "Rubbing Japanese"), with no word before
    the surname that a name never holds ("Message About Latinos"); a surname may be a common word
    ("Jeff Early", "Tom Small")."""
    words = name_key(name).split()
    if kind_by_lists(name, words) or words[-1] in DEMONYMS:
        return False
    return not any(_not_a_forename(w) for w in words[:-1])


# Prepositions the word lists leave out, which open a sentence before a name: "Outside Carrier’s
# plant", "Amid Trump’s rise".
_PREPOSITIONS_BEFORE_NAMES = words_set(
    "outside inside near behind across amid beyond throughout along around following including"
)


def _not_a_forename(word: str) -> bool:
    """A lower-case word that opens no name: "see", "year", "florida", "outside"; but "jan",
    "hope" and the initial "a" of "Roberta A. Kaplan"."""
    if word.endswith("-based") or word in _PREPOSITIONS_BEFORE_NAMES:  # "Texas-based Matt
        return True  # Mackowiak", "Outside Carrier’s plant"
    if (
        len(word) == 1
        or word in NAME_PARTICLES
        or word in CALENDAR
        or word in _MALE
        or word in _FEMALE
    ):
        return False
    return not_in_a_name(word)


_COMMON_SUBJECTS = words_set(
    """officials experts analysts critics supporters sources aides people others some many both
    observers reporters voters residents authorities diplomats lawmakers leaders advisers"""
)


def subject_before(toks: list[str], cue: int) -> tuple[str, int] | None:
    """The subject phrase ending just before the speech verb at `cue`, and where it starts."""
    j = cue - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    appositive: list[str] = []
    if j >= 0 and toks[j] == ",":
        k = j - 1
        while k >= 0 and toks[k] != "," and j - k <= 30 and toks[k] not in {".", ":", "\ue001"}:
            k -= 1
        if k < 0 or toks[k] != ",":
            return None
        appositive = toks[k + 1 : j]
        if len(appositive) > 12 and appositive[0].lower() not in _LONG_ASIDE_OPENS:
            return None  # "Clinton, in response to …, accused": only an aside may run long
        j = k - 1
    end = j
    if end >= 0 and toks[end].lower() in PRONOUNS and not appositive:
        return toks[end].lower(), end
    described = _description_before(toks, end) if not appositive else None
    if described is not None:  # "The former first lady said", "the senator from Vermont said"
        start, stop = described
        return " ".join(toks[start : stop + 1]), start
    while j >= 0 and (
        _np_token(toks[j])
        or (toks[j] == "of" and j > 0 and _np_token(toks[j - 1]))
        or (toks[j] == "The" and j > 1 and toks[j - 1] == "of" and _np_token(toks[j - 2]))
        or _particle_inside(toks, j)
    ):  # "Secretary of State John Kerry", "George Zornick of The Nation", "Nick Van den Brul"
        j -= 1
    start = j + 1
    if start > end or (
        appositive
        and ((toks[end].islower() and toks[end] not in ROLE_NOUNS) or _object_before(toks, j))
    ):
        named = appositive_name(" ".join(appositive)) if appositive else None
        if named:  # "Another pollster, David Woodard of Clemson University, said"
            return named, end + 2
        if appositive and start <= end and _object_before(toks, j):
            return _name_before_role(toks, j)
        return None
    if j >= 0 and toks[j].lower() in {"the", "a", "an"}:
        start = j
    if not appositive and _of_a_name(toks, start):  # "Archbishop Aris Shirvanian of the
        return subject_before(toks, start - 1)  # Armenian Patriarchate told": his body, not him
    if (
        not appositive
        and start > 0
        and toks[start - 1] in _HOLDER_OF
        and not (end > start and first_name_like(toks[end - 1]))  # "to Nihad Awad"
    ):
        return None  # "a columnist for the site Pando said", "the pitch on Kickstarter says"
    if not appositive and _named_thing(toks, start, end):
        return None  # "a columnist for the tech news site Pando said": the site is no speaker
    if not appositive and _state_of_a_town(toks, start):  # "Stacy Baker of Columbia, South
        return subject_before(toks, start - 1)  # Carolina says": she, not the state
    words = toks[start : end + 1]
    if len(words) == 1 and words[0].lower() in _COMMON_SUBJECTS:
        return None
    if _people_of(words):  # "Supporters of Mr. Trump chanted": a group, not Trump
        return None
    phrase = " ".join(words)
    if appositive:
        phrase += ", " + " ".join(appositive)
    return phrase.replace(" ’s", "’s"), start


def _people_of(words: list[str]) -> bool:
    """A plural noun before "of" opening the phrase: "Supporters of Mr. Trump", "Fans of the
    team"; not a title ("Secretary of State John Kerry") or a name ("Friends of the Earth")."""
    if "of" not in words[1:3]:
        return False
    head = words[words.index("of") - 1].lower()
    return (
        len(head) > 3
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is"))
        and head.rstrip("s") not in ROLE_NOUNS
        and head not in TITLES
    )


def _of_a_name(toks: list[str], start: int) -> bool:
    """The phrase at `start` opens with "the" after a name and "of": "Shirvanian of [the Armenian
    Patriarchate of Jerusalem] told"; the body is where the speaker is from, not who speaks."""
    return (
        start >= 3
        and toks[start] == "the"
        and toks[start - 1] == "of"
        and is_cap(toks[start - 2])
        and first_name_like(toks[start - 3])
    )


def _named_thing(toks: list[str], start: int, end: int) -> bool:
    """The name at `start`…`end` is one word after a description of no person: "the tech news
    site [Pando]", "a Vermont publisher"; not "the actor [Hanks]", "billionaire [Donald Trump]"."""
    if start != end or start < 2 or first_name_like(toks[start]):
        return False
    noun = toks[start - 1]
    if not (noun.isalpha() and noun.islower()) or person_head(noun) or noun in _NOT_IN_NP:
        return False
    k = start - 2  # a noun after another ("news site"), not an adjective alone ("a terse Miller")
    while k >= 0 and start - k <= 4 and toks[k].isalpha() and toks[k].islower():
        if toks[k] in {"the", "a", "an"}:
            return k < start - 2 and not toks[k + 1].endswith("ly")
        k -= 1
    return False


def _state_of_a_town(toks: list[str], start: int) -> bool:
    """The phrase at `start` follows "Name of Town,": the state of the town a person is from."""
    k = start - 2
    while k >= 0 and start - k <= 4 and is_cap(toks[k]):
        k -= 1
    return (
        k >= 2
        and k < start - 2
        and toks[start - 1] == ","
        and toks[k] == "of"
        and is_cap(toks[k - 1])
        and first_name_like(toks[k - 2])
    )


def _name_before_role(toks: list[str], j: int) -> tuple[str, int] | None:
    """The name before a role that ends at the object at `j`: "J.J. Goldberg, [editor at large of]
    The Forward, an influential newspaper, wrote" is Goldberg, not the newspaper."""
    k = j
    while k >= 0 and j - k <= 8 and toks[k] not in {",", ".", ":", "\ue001"}:
        k -= 1
    if k < 1 or toks[k] != "," or not toks[k + 1].islower():
        return None
    found = subject_before(toks, k)
    return found if found and is_cap(found[0].split()[-1]) else None


def _object_before(toks: list[str], j: int) -> bool:
    """The name ending before an appositive is the object of the word at `j` ("One pastor
    supporting [Mr. Cruz], Darran Whiting …, said", "the ambassador to [the United Nations],
    François Delattre, said"): the appositive, if it names someone, is the subject."""
    if j >= 0 and toks[j].lower() == "the":  # "editor at large of [The Forward], an …"
        j -= 1
    if j < 0 or not (toks[j].isalpha() and toks[j].islower()):
        return False
    return toks[j] in _OBJECT_OF or (toks[j].endswith("ing") and toks[j] not in CUES)


# a name after these is the object of what speaks ("a letter from the American Legion said"), not
# its subject as after "with" ("with Gorka noting") or "of" ("Shirvanian of the Patriarchate")
_HOLDER_OF = words_set("to for by at from on against about into over toward towards")
_OBJECT_OF = words_set("to of for with by at from on against about into over toward towards")


_LONG_ASIDE_OPENS = frozenset({"in", "at", "during", "after", "before", "who", "speaking"})


_NOT_IN_NP = CUES | words_set(
    "has have had is was were would will did does be been being are ever and or to who that which whom"
)
_DESCRIPTION_OPENS = frozenset({",", ":", "and", "but", "\ue000", "\ue001"})


_PERSON_ENDINGS = tuple(
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
    ]
)


# Heads of the descriptions British and sports reporting gives a named person ("the Arsenal boss",
# "the world indoor champion", "the 23-year-old") that the endings above do not catch.
_DESCRIBED_HEADS = words_set(
    """champion boss captain coach executive star veteran athlete host skipper jockey bishop
    archbishop priest vicar chef pilot poet nurse surgeon magnate tycoon mogul entrepreneur
    diplomat delegate detective colonel admiral"""
)
_YEAR_OLD = re.compile(r"\d{1,3}-year-old")


def person_head(word: str) -> bool:
    """A noun for a person: "senator", "pollster", "columnist", "first lady", "boss",
    "23-year-old"; not "project"."""
    return (
        word in ROLE_NOUNS
        or word.endswith(_PERSON_ENDINGS)
        or word in _DESCRIBED_HEADS
        or _YEAR_OLD.fullmatch(word) is not None
    )


def _description_before(toks: list[str], end: int) -> tuple[int, int] | None:
    """A definite description of one person ending at `end` and opening its clause: "the
    independent Vermont senator", "The former first lady", "the senator from Vermont"; the span
    from "the" to its head."""
    head = end
    if end >= 2 and is_cap(toks[end]) and toks[end - 1] in {"from", "of"}:
        head = end - 2  # "the senator from Vermont": the head is "senator"
    if head < 1 or not (toks[head].isalpha() or _YEAR_OLD.fullmatch(toks[head])):
        return None
    if not toks[head].islower():
        return None
    if toks[head] in _NOT_IN_NP or not one_person(toks[head]) or not person_head(toks[head]):
        return None
    j = head - 1
    while j >= 0 and head - j <= 5 and toks[j].lower() != "the":
        low = toks[j].lower()
        if not _PLAIN_WORD.fullmatch(toks[j]) or low in _NON_NAMES or low in _NOT_IN_NP:
            return None
        j -= 1
    if j < 0 or toks[j].lower() != "the" or (j > 0 and toks[j - 1] not in _DESCRIPTION_OPENS):
        return None
    if j > 1 and toks[j - 1] == "," and is_cap(toks[j - 2]):
        return None  # "Mika Brzezinski, the host, said": an appositive of the name before
    return j, head


def role_near(name: str, paragraphs: Sequence[str]) -> str | None:
    """The role the article writes for `name` ("White House spokesman John Kirby")."""
    return _role_near(name, tuple(paragraphs))


@lru_cache(maxsize=1024)  # asked again for each quote of the same speaker in one article
def _role_near(name: str, paragraphs: tuple[str, ...]) -> str | None:
    forms = [name, name.split()[-1]] if len(name.split()) > 1 else [name]
    for form in forms:
        for par in paragraphs:
            for m in re.finditer(re.escape(form) + r"\b", par):
                toks = tokens(par[: m.start()])
                j = len(toks)
                while j > 0 and (_np_token(toks[j - 1]) or toks[j - 1] == "of"):
                    j -= 1
                prefix = [t for t in toks[j:] if t.lower() not in HONORIFICS]
                while prefix and prefix[0] == "of":
                    prefix = prefix[1:]
                if (
                    any(t.lower() in ROLE_NOUNS or t.lower() in TITLES for t in prefix)
                    and len(prefix) <= 8
                ):
                    return " ".join(prefix)
                after = re.match(r",\s+(?:the\s+|a\s+)?([^,.;]{3,80})[,.]", par[m.end() :])
                if after:
                    words = after.group(1).split()
                    if (
                        len(words) <= 8
                        and words[0].lower() not in {"who", "which", "whose", "and", "but"}
                        and any(_bare(w) in ROLE_NOUNS for w in words)
                    ):
                        return after.group(1)
    return None

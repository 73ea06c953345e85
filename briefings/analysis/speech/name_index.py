"""Every capitalised name run of one article, to give each speaker the fullest name used."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from briefings.analysis.common.given_names.gender import (
    HONORIFICS,
    KIN,
    PEERS,
    RELATIVES,
    gender_of,
)
from briefings.analysis.common.given_names.nicknames import one_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.names import NAME_PARTICLES, name_key, words_set
from briefings.analysis.speech.month_names import given_month, month_named
from briefings.analysis.speech.name_shapes import (
    family_name_first,
    first_name_like,
    job_before_name,
    leading_words,
    not_a_thing,
    past_a_seat,
)
from briefings.analysis.speech.said_of_self import EITHER_SEX, said_of_self
from briefings.analysis.speech.tokens import ABBREVIATIONS, is_cap, is_possessive
from briefings.analysis.speech.words import (
    AFFILIATIONS,
    KIN_NOUNS,
    ORG_HEADS,
    PLACE_HEADS,
    ROLE_NOUNS,
    TITLES,
)


def _without_s(word: str) -> str:
    """The word with its possessive ending dropped: "Kim" of "Kim’s", "Williams" of "Williams’"."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    return word[:-1] if word.endswith(("s’", "s'")) else word


# Words that may open with a capital (each a longest run of these characters: "O’Brien",
# "U.S.", "Sun-Times") with only spaces between them: where a name run may stand. Text other than
# spaces between two words ends a run. (Its first letter, then what may not stand before it: the
# search passes over every other place at once.) A word opens with `_OPENING_LETTER`, any letter
# (or numeral that is no digit, "Ⅻ") but a lower-case ASCII one: the set [^\W\d_a-z] with all of
# ASCII but A-Z left out by range, which the engine tests before it looks a character up in
# Unicode's tables for \W and \d (the search tests every character it passes: most are ASCII).
_OPENING_LETTER: Final = r"[^\x00-@\[-\x7f\W\d]"
# Lower-case particles of one or two words may stand between two of them: "Ursula von der Leyen",
# "Luiz Inácio Lula da Silva" are one run each.
_PARTICLE: Final = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"
_CAP_WORDS: Final = re.compile(
    _OPENING_LETTER
    + r"(?<![\w’'.\-].)[\w’'.\-]*(?:\s+(?:"
    + _PARTICLE
    + r"\s+){0,2}"
    + _OPENING_LETTER
    + r"[\w’'.\-]*)*"
)


_KEEPS_FULL_STOP: Final = re.compile(
    r"(Mr|Mrs|Ms|Dr|[A-Z])\."
)  # "Mr.", "J." keep theirs in a name run


_SUFFIXES: Final = words_set("Jr Sr II III IV")
# a negated verb's contraction, never a word of a name: "Can’t", "Won’t", "Didn't"
_NEGATIONS: Final = ("n’t", "n't", "N’T", "N'T")
RARE_ZIPF: Final = 4.0  # below this Zipf frequency a capitalised word may be a name ("Hogan" 3.6)
_KNIGHTED = re.compile(r"\b(?:Sir|Dame)\s+\Z")  # a knight's or a dame's style before a name
_KNIGHTS_STYLES: Final = ("Sir", "Dame")


def _knighted(text: str, at: int) -> bool:
    """Whether "Sir" or "Dame" and spaces stand right before `at`: `_KNIGHTED` searched from the
    style's possible start only (the spaces read back first), not from the paragraph's start,
    and only when the style ends where the spaces start (a test of the text's end, cheaper)."""
    start = at
    while start and text[start - 1].isspace():  # (str.isspace is the pattern's \s)
        start -= 1
    return (
        start < at
        and text.endswith(_KNIGHTS_STYLES, 0, start)
        and _KNIGHTED.search(text, max(0, start - 4), at) is not None
    )


# A name after a kinship noun (`KIN_NOUNS`) and its comma (ranks between) is introduced as
# someone's relative: "whose son, Marine Lance Cpl. [Kyle Sorensen]", "his wife, [Jane Doe]".
_AFTER_KIN: Final = re.compile(r",\s+(?:[A-Z][\w.’'\-]*\s+){0,4}")  # ", Marine Lance Cpl. "
_KIN_OWNERS: Final = frozenset({"His", "his", "Her", "her", "Their", "their"})


def _kin(text: str, at: int) -> str | None:
    """The kinship noun the name at `at` is written after, as someone's relative: the noun, its
    comma and at most four capitalised words (ranks) right before it ("sister" of "his sister,
    Kim Yo Jong"); None when there is none. The comma is found first, and the pattern is matched
    from it only (runs are many, relatives few). Round 59: or the noun right before it after
    "his", "her" or "their" ("His son Eric Whitford")."""
    head = text[max(0, at - 24) : at].split()
    if len(head) > 1 and head[-1] in KIN_NOUNS and head[-2] in _KIN_OWNERS and text[at - 1] == " ":
        return head[-1]
    comma = text.rfind(",", max(0, at - 40), at)
    if comma < 0:
        return None
    tail = _AFTER_KIN.match(text, comma, at)
    if tail is None or tail.end() != at:
        return None
    word = text[max(0, comma - 14) : comma].rsplit(None, 1)[-1:]
    return word[0] if word and word[0] in KIN_NOUNS else None


# The text before a word inside a sentence: "… Yahoo News. Friends" opens one, "…,” Sullivan" not.
_SENTENCE_END: Final = re.compile(r"[\w,;’'\-”\"][\s\"“‘(\[]*$")


# The same read backwards from the word: matched at the start of the text before it reversed, so
# that the test costs what the spaces and marks before the word cost, not the whole paragraph.
_SENTENCE_END_BACKWARDS: Final = re.compile(r"[\s\"“‘(\[]*[\w,;’'\-”\"]")


_CLOSED_SENTENCE: Final = (
    ".”",
    ".’",
    '."',
    ".''",
)  # a full stop, then the quotation's closing mark


_OPENING_MARKS: Final = frozenset('"“‘([')  # with spaces, what the pattern reads over first


def _after_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` stands inside a sentence: `_SENTENCE_END_BACKWARDS` matched on the
    text before it reversed, of which it reads only the spaces and marks right before the word and
    the character before them (so only those are reversed, not the whole paragraph)."""
    start = at
    while start and (text[start - 1].isspace() or text[start - 1] in _OPENING_MARKS):
        start -= 1
    if text[max(0, at - 6) : at].rstrip().endswith(_CLOSED_SENTENCE):
        return False  # "“We won.” Giant screens …": a quotation closed its sentence
    piece = text[max(0, start - 1) : at]
    return _SENTENCE_END_BACKWARDS.match(piece[::-1]) is not None


def _ends_sentence(word: str) -> bool:
    """ "News." closes its sentence ("… in Yahoo News. Friends offered …"); "Mr." and "J." do not."""
    if word.endswith(("''", ".’")):  # "… ''New York, New York.'' Giant screens …"
        word = word.rstrip("’'")
    return word.endswith(".") and len(word) > 2 and word[:-1].lower() not in ABBREVIATIONS


Words = tuple[str, ...]
Run = tuple[tuple[int, ...], Words]  # where each word starts, and the words


@lru_cache(maxsize=16384)  # the same names come again in an article and across articles; bounded
def _names_in(words: str) -> tuple[tuple[int, _Reading], ...]:
    """The readings of the name runs of words with only spaces between them (a `_CAP_WORDS`
    match), each with where in `words` its name starts (its first word when it names no one)."""
    return tuple(
        (starts[reading.cut] if reading.name is not None else starts[0], reading)
        for starts, run in _runs_in(words)
        for reading in (_read_run(run),)
    )


def _runs_in(words: str) -> tuple[Run, ...]:
    """The name runs of words with only spaces between them (a `_CAP_WORDS` match): capitalised
    words that are no common word ("The", "He"), a run ending after a possessive ("Clinton’s") or
    a word closing its sentence ("News.")."""
    runs: list[Run] = []
    run: list[tuple[int, str]] = []
    at = 0
    split = words.split()
    for k, word in enumerate(split):
        at = words.find(word, at)
        tok = (
            word.rstrip(".")
            if word.endswith(".") and not _KEEPS_FULL_STOP.fullmatch(word)
            else word
        )
        if run and (is_possessive(run[-1][1]) or _ends_sentence(run[-1][1])):
            runs.append(_run(run))
            run = []
        if not run and given_month(word, split[k + 1] if k + 1 < len(split) else None):
            run.append((at, word))  # round 58: "His wife, June Kessler," is a woman's name
        elif word[0].isupper() and is_cap(tok):
            run.append((at, word))
        elif (
            run
            and month_named(_without_s(tok).rstrip(",;:"))
            and first_name_like(run[-1][1])
            and not (k + 1 < len(split) and split[k + 1][:1].isupper())
        ):  # round 58: "Theresa May", a surname after a given name (not a headline's "Christie
            run.append((at, word))  # May Run")
        elif run and word in NAME_PARTICLES and not is_possessive(run[-1][1]):
            run.append((at, word))  # `_CAP_WORDS` puts a particle only before a capital
        elif run:  # no capital or a common word: no name
            runs.append(_run(run))
            run = []
        at += len(word)
    if run:  # an empty run names no one
        runs.append(_run(run))
    return tuple(runs)


def _run(words: list[tuple[int, str]]) -> Run:
    return tuple(at for at, _ in words), tuple(word for _, word in words)


@dataclass
class NameIndex:
    """Every capitalised name run of one article, to give each speaker the fullest name used."""

    runs: list[tuple[int, str]] = field(default_factory=list)  # (global position, name)
    genders: dict[str, str] = field(default_factory=dict)
    proper: set[str] = field(default_factory=set)  # capitalised inside a sentence somewhere
    bodies: set[str] = field(default_factory=set)  # the opening words of a body's name
    knighted: set[str] = field(default_factory=set)  # names written after "Sir" or "Dame"
    kin: set[int] = field(default_factory=set)  # where runs naming someone's relative start
    title: str = ""  # the headline, which names whom the article is about
    # `fullest`'s candidates by name, and the runs by their first and by their last word, kept
    # until more text is added
    _longer: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    _by_first: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    _by_last: dict[str, list[tuple[int, str]]] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)  # where each run starts
    # the name that gave each surname its gender: "Denise Calloway" gives "Calloway" hers
    _gendered_by: dict[str, str] = field(default_factory=dict, repr=False)

    def add_text(self, offset: int, text: str) -> None:
        self._longer.clear()
        self._by_first.clear()
        self._by_last.clear()
        self._starts.clear()
        for words in _CAP_WORDS.finditer(text):
            at, run = words.start(), words.group()
            seat = past_a_seat(text, at, run)  # round 59: "MP for Brunswick Tim Rosen-Hall"
            at, run = at + seat, run[seat:]
            for start, reading in _names_in(run):
                if reading.bodies:
                    self.bodies.update(reading.bodies)
                if reading.name is not None:
                    self._flush(offset, text, at + start, reading, reading.name)
                    if run.endswith(reading.words[-1]):
                        self._gender_said(text, words.end(), reading.name)

    def _gender_said(self, text: str, end: int, name: str) -> None:
        """A name of either sex ("Alex Romero"), or a surname alone of one named so before
        ("Tanaka"), takes the gender of its own "said she" or "says he". (The clause is looked for
        first: one match where the name ends, where the names a surname alone may be are read from
        every name indexed so far.)"""
        gender = said_of_self(text, end)
        if gender is None:
            return
        if " " in name:
            full = {name} if name.split()[0].lower() in EITHER_SEX else set()
        else:
            full = {
                n
                for _, n in self.runs
                if n.endswith(" " + name) and n.split()[0].lower() in EITHER_SEX
            }
        if not full:
            return
        last = name.rsplit(" ", 1)[-1]
        self.genders[last] = gender
        for n in full:
            self.genders[n] = gender
            self._gendered_by[last] = n

    def _flush(self, offset: int, text: str, first: int, reading: _Reading, name: str) -> None:
        """Index the name `name` that `reading` gives, starting at `first` in `text`."""
        self.runs.append((offset + first, name))
        if _knighted(text, first):
            self.knighted.add(name)
        kin = _kin(text, first)
        if kin is not None:
            self.kin.add(offset + first)
        words = reading.words
        kin_gender = KIN.get(kin or "") or RELATIVES.get(kin or "")
        if kin_gender and len(words) > 1 and not reading.gender and not gender_of(name):
            # round 56: "his sister, Kim Yo Jong" is a woman though no given name says so
            # (the full name only: a relative's surname is often another's of the other sex)
            self.genders.setdefault(name, kin_gender)
        opening = (  # its first word opens a sentence: only read when it may not be known yet
            reading.cut == 0 and words[0] not in self.proper and not _after_sentence(text, first)
        )
        self.proper.update(words[1:] if opening else words)
        if reading.gender and (len(words) > 1 or reading.cut):
            self._gendered_by.setdefault(words[-1], name)
            self.genders.setdefault(words[-1], reading.gender)
            self.genders.setdefault(name, reading.gender)
        # a surname alone, with no title, that is also a given name ("Jahangir", "Graham") gives
        # no gender to the full name it stands for: `gender` still reads it for the word alone

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
        ending = self._runs_by("last", parts[-1])  # a fuller form ends on the same word
        if len(parts) > 1 and any(n == name for _, n in ending):
            cands = [  # "Von der Leyen" opening a sentence: "Ursula von der Leyen"
                (p, n) for p, n in ending if n.lower().endswith(" " + name.lower()) or n == name
            ]
        elif len(parts) == 1:  # or opens on it
            opening = [c for c in self._runs_by("first", parts[-1]) if c not in ending]
            if any(" " in n and gender_of(n) for _, n in ending):  # round 58: "Lindholm" is Gary
                opening = [c for c in opening if gender_of(c[1])]  # Lindholm's, not his store's
            cands = ending + opening  # ("Lindholm Hardware"), a name opening on no given name
        else:
            cands = ending
        return [
            (p, n)
            for p, n in cands
            if len(n) > len(name) and _words_of(n) <= 4 and (self.gender(n) or not_a_thing(n))
        ]  # "Trump" is Donald Trump, never "Trump Tower"

    def opens_two_names(self, word: str) -> bool:
        """Whether one word opens the full names of two people or more and ends none ("Kim" of
        Kim Jong Un and Kim Yo Jong, family name first; not "Georgie" of Georgie Grasso alone,
        nor "Kim" of "Kim Jong Un" and "Kim Jong-un", one name spelt two ways)."""
        longer = self._longer.get(word)
        if longer is None:
            longer = self._longer[word] = self._longer_forms(word)
        rests = sorted(
            {
                " ".join(name_key(n).split()[1:])
                for _, n in longer
                if n.split()[0] == word and " " in n
            },
            key=len,
        )
        people: list[str] = []
        for rest in rests:  # "Jong" of "Kim Jong" and "Jong Un" of "Kim Jong Un", "Clinton"
            # and "Rodham Clinton" of Hillary Clinton: one person (a prefix, or the last word)
            if rest and not any(
                rest.startswith(p) or rest.split()[-1] == p.split()[-1] for p in people
            ):
                people.append(rest)
        return len(people) > 1

    def people_called(
        self, name: str, gender: str | None = None, knighted: bool = False
    ) -> list[list[tuple[int, str]]]:
        """The people named in full whom one word may mean, each as the runs naming them
        ("Clinton": Hillary Clinton's runs, Bill Clinton's): by their surname, or by their given
        name after "Sir" or "Dame" (`knighted`: those written so, when any is). Of `gender` when
        one is given. Runs that open with a title or a common word are left out; two whose given
        names may be one
        person's name one person ("Hillary Rodham Clinton", "Chuck" and "Charles Grassley")."""
        runs = self._runs_by("first" if knighted else "last", name)
        if knighted and any(n in self.knighted for _, n in runs):
            runs = [run for run in runs if run[1] in self.knighted]
        people: list[list[tuple[int, str]]] = []
        for at, full in runs:
            first, _, count = _ends(full)
            if count < 2 or _a_title(first) or not _given_or_rare(first):
                continue  # "Senators Rubio", "Team Trump" name no one of their own
            if gender is not None and self.gender(full) not in (gender, None):
                continue
            same = next((p for p in people if one_given_name(_ends(p[0][1])[0], first)), None)
            if same is None:
                people.append([(at, full)])
            else:
                same.append((at, full))
        return people

    def last_named(self, word: str) -> list[tuple[int, str]]:
        """The runs whose last word is `word` ("Clinton": "Hillary Clinton", "Mr. Clinton", …),
        in the article's order: each person `people_called(word)` gives is named by one."""
        return self._runs_by("last", word)

    def fullest_of(self, name: str, position: int, gender: str) -> str:
        """The fullest form of `name` of that gender nearest before `position` ("Mrs. Clinton" is
        Hillary Clinton, not Bill); `name` itself when the article gives none."""
        fits = [
            (p, n)
            for p, n in self._runs_by("last", name.split()[-1])
            if _ends(n)[2] > 1 and gender_of(n) == gender
        ]
        before = [c for c in fits if c[0] <= position]
        return max(before or fits, key=lambda c: c[0])[1] if fits else name

    def _runs_by(self, end: str, word: str) -> list[tuple[int, str]]:
        """The runs whose "first" or "last" word is `word`, in the article's order."""
        if not self._by_last:
            for run in self.runs:
                first, last, _ = _ends(run[1])
                self._by_first.setdefault(first, []).append(run)
                self._by_last.setdefault(last, []).append(run)
        return (self._by_first if end == "first" else self._by_last).get(word, [])

    def runs_before(self, position: int) -> int:
        """How many runs start before `position` (the runs are in the article's order)."""
        if len(self._starts) != len(self.runs):
            self._starts[:] = [at for at, _ in self.runs]
        return bisect_left(self._starts, position)

    def is_person(self, name: str, speaker: bool = False) -> bool:
        """A name that can be someone: of known gender, or two words or more with no word of a
        place or an organisation ("Atlantic City", "FULL TEXT" are no one); the speaker of a
        reporting verb also by a single word the article writes capitalised inside a sentence; never
        by words of unknown gender that open a body's name in the article ("Sandy Hook" of "Sandy
        Hook Elementary School")."""
        words = name.split()
        if len(words) > 1 and words[-1].endswith("s") and words[-1][:-1].isupper():
            return False  # members of a body, "Labour MPs", "Tory MEPs": no one person
        if len(words) > 1 and any(w.endswith(_NEGATIONS) for w in words):
            return False  # a headline's words, "Latinos Can’t Fail": no name holds a "Can’t"
        if self.gender(name):
            return True
        if len(words) == 1:  # "Pate said": a surname the article capitalises mid-sentence too
            return speaker and words[0] in self.proper
        if name in self.bodies:  # the article names a body after it: "Sandy Hook Elementary"
            return False
        return (
            len(words) >= 2
            and (  # round 56: "Park Geun-hye" is no park
                family_name_first(name)
                or not any(w.lower() in ORG_HEADS or w.lower() in PLACE_HEADS for w in words)
            )
            and words[-1].lower() not in AFFILIATIONS
            and not words[-1].isupper()
            and not_a_thing(name)
        )

    def is_proper(self, word: str) -> bool:
        """The article writes `word` capitalised inside a sentence: "Democrat" of "Democrats"."""
        return word in self.proper

    def gender(self, name: str) -> str | None:
        own = self.genders.get(name)
        if own:
            return own
        last = name.rsplit(" ", 1)[-1]
        if last != name and not self._surname_gender_fits(name, last):
            return gender_of(name)  # "Ray Calloway" is no woman for being Denise Calloway's kin
        return self.genders.get(last) or gender_of(name)

    def _surname_gender_fits(self, name: str, last: str) -> bool:
        """The surname's gender may be the full name's: it came from the surname alone ("Mr.
        Calloway"), from a name whose given name may be this one's ("Raymond Calloway"), or this
        name opens on no given name ("Team Trump")."""
        by = self._gendered_by.get(last)
        if by is None or " " not in by:
            return True
        first = name.split()[0]
        return one_given_name(by.split()[0], first) or not _given_or_rare(first)


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class _Reading:
    """What a run of capitalised words says wherever it stands."""

    cut: int  # words before the name: titles, jobs ("Critic", "Mr.")
    words: tuple[str, ...]  # the name's words
    name: str | None  # None when the run names no one: a body, or too long
    gender: str | None
    bodies: tuple[str, ...]  # the opening words of a body's name ("Sandy Hook")

    def __init__(
        self,
        cut: int,
        words: tuple[str, ...],
        name: str | None,
        gender: str | None,
        bodies: tuple[str, ...],
    ) -> None:
        self.cut = cut
        self.words = words
        self.name = name
        self.gender = gender
        self.bodies = bodies


@lru_cache(maxsize=16384)  # the same runs come again in an article and across articles; bounded
def _read_run(raw: tuple[str, ...]) -> _Reading:
    """The name a run of capitalised words gives, titles and suffixes aside."""
    words = [_without_s(w).rstrip(".,") for w in raw]
    cut = 0
    honorific = None
    for i, w in enumerate(words):
        low = w.lower()
        if (
            low in TITLES
            or low + "." in TITLES
            or low in ROLE_NOUNS
            or (low in PEERS and i < len(words) - 1)  # round 58: "Lord Ashworth" is Ashworth,
        ):  # a man, as "Mr Ashworth" is; "Lady Thatcher" a woman
            if i == len(words) - 1 and i and _given_or_rare(words[i - 1]):
                break  # "Erik Prince", "Mr. King": the surname of a person
            cut = i + 1
            honorific = low.rstrip(".")
        elif job_before_name(words, i):  # "Critic Mark Kermode"
            cut = i + 1
    while len(words) > 1 and words[-1] in _SUFFIXES:  # "Luther Stan Pate IV" is Pate
        words = words[:-1]
    cut = max(cut, leading_words(words), _after_a_common_word(words))
    words = words[cut:]
    bodies: tuple[str, ...] = ()
    if len(words) > 2 and kind_by_lists(" ".join(words), [w.lower() for w in words]):
        bodies = tuple(" ".join(words[:k]) for k in range(2, len(words)))  # "Sandy Hook" of
        # "Sandy Hook Elementary School"
    if (
        not words
        or words[-1].lower() in ORG_HEADS
        or words[0] in NAME_PARTICLES
        or sum(w not in NAME_PARTICLES for w in words) > 4
    ):
        return _Reading(cut, tuple(words), None, None, bodies)
    name = " ".join(words)
    return _Reading(cut, tuple(words), name, gender_of(name, None, honorific), bodies)


def _after_a_common_word(words: list[str]) -> int:
    """Where a given name and a surname start after a common word inside a run: a headline's
    verb ("America Ferrera Sent Donald Trump" → Donald Trump, not "Ferrera Sent Donald Trump");
    0 when there is none ("George Herbert Walker Bush", "Hillary Rodham Clinton")."""
    cut = 0
    for i in range(len(words) - 2):
        if first_name_like(words[i + 1]) and not _given_or_rare(words[i]):
            cut = i + 1
    return cut


@lru_cache(maxsize=65536)  # asked of every name run for every speaker looked up
def _given_or_rare(word: str) -> bool:
    """A word that may open a person's name: a given name or an initial, or a word too rare in
    English to be a common one ("Hogan", "Humayun"; not "Team", "Stated", "StopGunViolence.’")."""
    if not _NAME_WORD.fullmatch(word):
        return False
    return first_name_like(word) or english_zipf(word.lower()) < RARE_ZIPF


_NAME_WORD: Final = re.compile(r"[^\W\d_][\w’'\-]*\.?")


def _a_title(word: str) -> bool:
    """A title, a courtesy title or a job, or its plural: "Senators", "Mister", "Professor"."""
    low = word.lower().rstrip(".")
    return (
        low in HONORIFICS
        or low in _COURTESY_WORDS
        or any(w in TITLES or w in ROLE_NOUNS for w in (low, low.removesuffix("s")))
    )


_COURTESY_WORDS: Final = words_set("mister madam madame monsieur")


def _words_of(name: str) -> int:
    """How many words a name has, its particles aside: "Luiz Inácio Lula da Silva" has four."""
    return sum(w not in NAME_PARTICLES for w in name.split())


def _ends(name: str) -> tuple[str, str, int]:
    """A name's first word, last word and number of words (a run has one word at least)."""
    words = name.split()
    return words[0], words[-1], len(words)

"""Racehorses named like people in a racing report: runners placed or priced ("was second")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# What makes an article a horse race's report: a trainer, a rider, a horse's own words, a race's
# distance or obstacles ("Trainer Willie Mullins", "ridden by", "the gelding", "five furlongs"),
# or a race named as only horse races are: the Grand National, or Stakes in capitals after a name
# ("the Greenham Stakes"; "high stakes" is in lower case). Searched for word by word
# (`_RACING_BY_PIECE`); this one search of them all is what the tests hold those to.
_RACING: Final = re.compile(
    r"\b(?:[Tt]rainer|trained by|[Jj]ockey|ridden by|rode|furlongs?|horse|colt|filly|gelding"
    r"|mare|stallion|stayer|racecourse|hurdles?|fences?|Grand National|[A-Z][\w'’-]+ Stakes)\b"
)

# What makes it a boxing report instead, whose fighters have trainers and odds too.
_BOXING: Final = re.compile(r"\b(?:box(?:er|ers|ing)|bout|fights?|knock(?:ed)? ?out|\w+weight)\b")

# A runner's place right after its name: "was second", "finished third at 16-1", "came a distant
# fourth".
_PLACED: Final = re.compile(
    r" (?:was|finished|came|ran)(?: home)?(?: a (?:close|distant|remote|respectable))?"
    r" (?:second|third|fourth|fifth|sixth)\b"
)

# A runner's price after its name and a comma: ", the 9-2 favourite", ", a 33-1 outsider", ", the
# 25-1 shot".
_PRICED: Final = re.compile(
    r", (?:the|a|an) \d+-\d+ (?:(?:joint |joint-|second |co-)?favourite|shot|outsider|chance)\b"
)

# A race's winner in apposition after a runner's name, the race named in capitals: ", the Grand
# National winner,", ", last year's Gold Cup winner," (a rider or a trainer who won it is its
# "Grand National-winning jockey" or "trainer").
_A_RACES_WINNER: Final = re.compile(
    r", (?:the|last year's|last year’s|this year's|this year’s)(?: [A-Z][\w'’-]+){1,3} winner\b"
)

# A win "under" a rider named in full after a runner's name: " won the race last year under
# Patrick Mullins" (what a rider or a trainer won is "on" or "with" a horse; "under Rules" is a
# code of racing, one word).
_WON_UNDER: Final = re.compile(
    r" (?:has )?(?:won|wins|landed) [^.,;]{0,40}? under (?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+"
)

# A runner placed after another's place, by "and" or "with" and its place alone: "Gerri Colombe
# was second and Fact To File third", "with Captain Guinness third".
_PLACED_AFTER: Final = re.compile(r" (?:second|third|fourth|fifth|sixth)(?:[.,;]| at \d|$)")

# What a rider's or a trainer's placing goes on to say: "was second on Fact To File", "third in
# the trainers' championship", "aboard".
_NOT_A_RUNNERS: Final = re.compile(r"\b(?:on|aboard|championship|table|standings)\b")


def a_racing_report(sentences: Sequence[str]) -> bool:
    """Whether the article reports a horse race: a trainer, a rider, a horse's word or a race
    only horses run named in it, and no boxing."""
    text = " ".join(sentences)
    return any(piece in text and word.search(text) for piece, word in _RACING_BY_PIECE) and not (
        _may_match(text, _BOXING_WORDS) and _BOXING.search(text) is not None
    )


# Each word `_RACING` finds, as a search of its own, after a piece of it in the case the pattern
# writes it: a text holding the piece may hold the word ("Ukraine", "defence", "nightmare" do
# not), a text holding no piece has no match, and only the words whose piece the text holds are
# searched for, each search trying one word, not all of them, at every word's edge of the whole
# article. `_RACING` finds a word exactly where one of these does.
_RACING_BY_PIECE: Final = tuple(
    (piece, re.compile(rf"\b(?:{words})\b"))
    for piece, words in (
        ("raine", "[Tt]rainer|trained by"),
        ("ockey", "[Jj]ockey"),
        ("ridden by", "ridden by"),
        ("rode", "rode"),
        ("furlong", "furlongs?"),
        *((w, w) for w in ("horse", "colt", "filly", "gelding", "mare", "stallion", "stayer")),
        ("racecourse", "racecourse"),
        ("hurdle", "hurdles?"),
        ("fence", "fences?"),
        ("Grand National", "Grand National"),
        (" Stakes", "[A-Z][\\w'’-]+ Stakes"),
    )
)
_BOXING_WORDS: Final = ("box", "bout", "fight", "knock", "weight")


def _may_match(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether one of the pieces stands in the text (substring tests, each a fast scan)."""
    return any(piece in text for piece in pieces)


# A runner's price moved by a bookmaker: "cut Colonel Braxton to 5-2", "eased Harchibald to 6-1".
_MOVED_BEFORE: Final = re.compile(
    r"\b(?:cut|cuts|slashed|slashes|trimmed|trims|eased|eases|lengthened|lengthens|shortened"
    r"|shortens|pushed out|pushes out) $"
)
_TO_A_PRICE: Final = re.compile(r" to (?:\d{1,3}-\d{1,2}|evens)\b")


def placed_or_priced(sentence: str, name: str) -> bool:
    """Whether `name`, as written in `sentence` of a racing report, is a runner: placed right
    after it ("Gerri Colombe was second", "Jim Benson finished third at 16-1"; not "Paul Townend
    was second on Fact To File"), after another's place ("and Fact To File third"), priced after a comma ("Nick Rockett, the 33-1
    shot,") or by a bookmaker's cut ("cut Colonel Braxton to 5-2"), a race's winner in apposition ("Nick Rockett, the Grand National winner,") or one
    that won "under" a rider named in full ("Nick Rockett won the race under Patrick Mullins")."""
    at = sentence.find(name)
    while at >= 0:
        after = sentence[at + len(name) :]
        if (
            _PRICED.match(after)
            or _A_RACES_WINNER.match(after)
            or _WON_UNDER.match(after)
            or (sentence[:at].endswith((" and ", " with ")) and _PLACED_AFTER.match(after))
            or (_TO_A_PRICE.match(after) and _MOVED_BEFORE.search(sentence, 0, at))
        ):
            return True
        placed = _PLACED.match(after)
        if placed and not _NOT_A_RUNNERS.search(after[placed.end() :].split(",")[0]):
            return True
        at = sentence.find(name, at + 1)
    return False


# A race won right after a runner's name, the race named in capitals and ending on a word only
# races end on: "won the Champion Hurdle", "has won the Cheltenham Gold Cup", "won the Irish
# Champion Stakes" (a rider or a trainer wins "on" or "with" a horse, or "aboard" it).
_WON_A_RACE: Final = re.compile(
    r" (?:has |had )?(?:won|wins|landed|lands) the (?:[A-Z][\w'’-]* ){0,4}"
    r"(?:Hurdle|Chase|Gold Cup|Grand National|Stakes|Derby|Oaks|Guineas)\b([^.,;]*)"
)
_RIDDEN: Final = re.compile(r"\b(?:on|aboard|riding|with)\b")

# A runner placed before "behind" and another name in its clause: "Harchibald finished second in
# the Champion Hurdle behind Hardy Eustace" (a rider placed "on" a horse is left).
_BEHIND: Final = re.compile(r" behind $")


def won_a_race(sentence: str, name: str) -> bool:
    """Whether `name`, as written in `sentence` of a racing report, won a race only horses run
    right after it, with no horse it won "on" or "with" ("Hardy Eustace won the Champion Hurdle";
    not "Barry Geraghty won the Gold Cup on Kicking King"), or finished behind a runner placed
    before it ("Harchibald finished second in the Champion Hurdle behind Hardy Eustace")."""
    at = sentence.find(name)
    while at >= 0:
        won = _WON_A_RACE.match(sentence, at + len(name))
        if won and not _RIDDEN.search(won.group(1)):
            return True
        if _BEHIND.search(sentence[:at]):
            clause = sentence[:at].rsplit(",", 1)[-1]
            placed = _PLACED.search(clause)
            if placed and not _NOT_A_RUNNERS.search(clause[placed.end() :]):
                return True
        at = sentence.find(name, at + 1)
    return False

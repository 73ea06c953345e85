"""A part an actor plays: "who plays Ken Barlow in Coronation Street", "return as Dot Cotton"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import WORK_NOUNS, words_set
from briefings.analysis.people.finding.cuts import ABBREVIATED_JOBS
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.own_words.nature import is_common_word, name_nature
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import PREPOSITIONS, WORKS
from briefings.analysis.people.things.works.characters import played_by
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.words import STYLES


def a_titled_part(tokens: list[Token], run_start: int, start: int, end: int) -> bool:
    """A name with a courtesy title (from `run_start`) that an actor plays in a work: a part,
    the title part of its name ("who plays Mrs Hudson in Sherlock")."""
    if not (start > run_start > 0 and tokens[run_start - 1].lower in PLAYS):
        return False
    if in_a_work(tokens, end) or in_a_work(tokens, after_an_aside(tokens, end)):
        return True
    # "in" and a title of one word that is no place: "in Sherlock" (not "in London")
    return (
        end + 1 < len(tokens)
        and tokens[end].lower == "in"
        and cap_at(tokens, end + 1)
        and not cap_at(tokens, end + 2)
        and kind_by_lists(tokens[end + 1].text, [tokens[end + 1].lower]) is None
    )


def a_part_described_after_as(tokens: list[Token], start: int) -> bool:
    """A name after a comma that closes "as" and a description in lower case, maybe with a
    possessive, an actor's verb shortly before: the part, named after what it is ("stars Hilary
    Swank as a boxer, Maggie Fitzgerald", "stars Vicky McClure as Tommy's wife, Jean"; not "Tom
    Smith, who works as a nurse, Jane Smith")."""
    k = start - 2
    while (
        k > 0
        and start - k < 6
        and tokens[k].is_word
        and (not tokens[k].is_cap or tokens[k].possessive)
    ):
        if tokens[k].lower == "as":
            return k < start - 2 and any(t.lower in _ACTING for t in tokens[max(0, k - 5) : k])
        k -= 1
    return False


def a_billed_part_described(tokens: list[Token], start: int, end: int) -> bool:
    """A name closing the sentence after a comma that closes "as" and a description in lower case,
    "as" right after an actor's full name as a cast is billed, an actor's verb or noun earlier in
    the sentence: the part ("Doctor Who returns ... with Christopher Eccleston as the Time Lord and
    Billie Piper as his companion, Rose Tyler."; not "named John Prescott as his deputy, Gordon
    Brown as chancellor", where no one acts and the name goes on)."""
    if (
        start < 4
        or tokens[start - 1].text != ","
        or (end < len(tokens) and tokens[end].text != ".")
    ):
        return False
    k = start - 2
    while k > 0 and start - k < 6 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower == "as":
            return (
                k < start - 2
                and an_actors_billing(tokens, k + 1)
                and any(t.lower in _ACTING for t in tokens[:k])
            )
        k -= 1
    return False


# Verbs that open a clause after its subject: "as Jonny Wilkinson was injured" (no part).
_A_CLAUSES_VERB: Final = words_set("is was has had will would could can may might are were")


def a_part_played(tokens: list[Token], start: int, end: int) -> bool:
    """A name that an actor plays, whatever kin or job the sentence gives it: after "as" and an
    actor's verb shortly before, with a description of the part in lower case between or none
    ("will star Penelope Cruz as Angelica, the daughter of Blackbeard", "is to return to
    EastEnders as launderette worker Dot Cotton"; not "stars such as Tom Cruise", nor "returned to
    the side as Jonny Wilkinson was injured": a clause's subject, nor "played as Tom Smith's
    partner"), or in the passive with "by"
    ("her son Nick Cotton, played by John Altman")."""
    if played_by(tokens, end):
        return True
    if _years_playing(tokens, start) and not tokens[end - 1].possessive:
        return True  # "after almost a decade playing Mick Carter"
    if tokens[end - 1].possessive or (end < len(tokens) and tokens[end].lower in _A_CLAUSES_VERB):
        return False  # "played as Tom Smith's partner"
    if _played_in_a_work(tokens, start, end):
        return True  # "plays her daughter Cathy in the show", "plays Agnes Brown, a mother, in"
    if start > 0 and tokens[start - 1].text == "," and a_part_described_after_as(tokens, start):
        return True  # "stars Vicky McClure as Tommy's wife, Jean" (a kin's role no person's)
    k = start - 1
    titles = 0  # a part's title: "star Julian Clary as Captain Hook", "as DS Steve Arnott",
    # "return as Superintendent Ted Hastings", "as Detective Inspector Jack Frost"
    while k > 1 and titles < 2 and tokens[k].is_cap and _a_parts_title_or_rank(tokens[k]):
        k, titles = k - 1, titles + 1
    if titles and tokens[k].lower != "as":
        k = start - 1  # no "as" before the words in capitals: the name's own rank or job
    while k > 0 and start - k <= 4 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower == "as":
            break
        k -= 1
    if k < 1 or tokens[k].lower != "as" or tokens[k - 1].lower in {"such", "well"}:
        return False
    acting = any(t.lower in _ACTING for t in tokens[max(0, k - 5) : k])
    if start - k > 1 and tokens[k + 1].lower in {"a", "an", "the", "his", "her", "their"}:
        # "works as a nurse, Jane": a job, then another clause's name; but "return as the
        # scheming Kim Tate", a part described after an actor's verb
        # (not "stars Johnny Depp as the barber and Helena Bonham Carter": another's part)
        return (
            acting
            and tokens[k + 1].lower == "the"
            and not any(t.lower in {"and", "or", "with", "but"} for t in tokens[k + 2 : start])
        )
    return (
        acting
        or _back_as(tokens, k)
        or _taking_over_as(tokens, k, end)
        or _scenes_filmed(tokens, k)
    )


# A span of time before an actor's verb: "after 27 years playing Marlon Dingle".
_SPANS: Final = words_set("year years decade decades month months")

# Verbs of playing a part after a span of time (not "played", a match's: "two years played").
_PLAYING: Final = words_set("playing portraying")


def _years_playing(tokens: list[Token], start: int) -> bool:
    """A name right after "playing" or "portraying" that a span of time opens: the part an
    actor has had for that long ("after almost a decade playing Mick Carter", "has spent 27 years
    playing Marlon Dingle"); not "after playing Tom Smith in the final", an opponent, nor
    "playing Tom Smith's partner", a possessive's."""
    return start >= 2 and tokens[start - 1].lower in _PLAYING and tokens[start - 2].lower in _SPANS


# A verb of taking over before "over as": "with Emily Mortimer taking over as Mary Brown".
_TAKE: Final = words_set("take takes taking took taken")


def _taking_over_as(tokens: list[Token], k: int, end: int) -> bool:
    """ "taking over as" and a name that closes the sentence or goes on "in" a work: a part an
    actor takes over ("with Emily Mortimer taking over as Mary Brown."); not "will take over as
    Tom Smith retires", a clause's subject, nor "take over as chief executive", a job."""
    if k < 2 or tokens[k - 1].lower != "over" or tokens[k - 2].lower not in _TAKE:
        return False
    return end >= len(tokens) or tokens[end].text == "." or in_a_work(tokens, end)


# A copula before "back as": "Hugh Grant is back as Daniel Cleaver".
_BACK: Final = words_set("is are was were be")


def _back_as(tokens: list[Token], k: int) -> bool:
    """ "back as" after a copula, an actor's return in a part ("Hugh Grant is back as Daniel
    Cleaver"), or after an actor's full name with no verb, as a cast is billed ("with Hugh Grant
    back as Daniel Cleaver"); not "will not back Mr Trump, as has Carlos Gimenez", a verb); also
    "back on set", "back on screen" or "back on our screens" ("Letitia Dean is back on set as
    Sharon Watts")."""
    if k > 3 and tokens[k - 1].lower in _SET_OR_SCREEN:
        k -= 2 if tokens[k - 2].lower == "our" else 1
        if tokens[k - 1].lower != "on":
            return False
        k -= 1
    if k < 2 or tokens[k - 1].lower != "back":
        return False
    return tokens[k - 2].lower in _BACK or an_actors_billing(tokens, k)


# Where an actor is back: "back on set", "back on screen", "back on our screens".
_SET_OR_SCREEN: Final = words_set("set screen screens")

# Verbs of filming an actor's scenes: "has filmed his final scenes as Tony Hutchinson".
_FILMED: Final = words_set("film films filmed filming shoot shoots shot shooting")


def _scenes_filmed(tokens: list[Token], k: int) -> bool:
    """ "scenes" (or "scene") right before "as", a verb of filming up to three words before it:
    an actor's part ("has filmed his final scenes as Tony Hutchinson"); not "chaotic scenes as Tom
    Smith left court", where nothing was filmed."""
    if k < 2 or tokens[k - 1].lower not in {"scene", "scenes"}:
        return False
    return any(t.lower in _FILMED for t in tokens[max(0, k - 5) : k - 1])


def _played_in_a_work(tokens: list[Token], start: int, end: int) -> bool:
    """A name a verb of playing takes, past a few words in lower case ("again", "her daughter",
    "grumpy", "her sidekick,") and a title ("GP Dr", "DCI"): a part when a title was passed
    that is no courtesy title ("will again play DCI John Luther") or a courtesy title after a
    description ("playing the headmistress Miss Trunchbull"; "played Mr Jones in London" may be
    anyone), when "in" and a work follow it or its aside ("plays her daughter Cathy in the
    show", "plays Agnes Brown, a Dublin mother, in the sitcom"), or when an actor's "who plays"
    closes on it ("Clunes, who plays grumpy GP Dr Martin Ellingham,"; not "will play top seed
    Tom Smith in the final", an opponent)."""
    k = start - 1
    while k > 0 and start - k <= 3 and tokens[k].is_cap and _a_parts_title(tokens[k]):
        k -= 1
    title = tokens[k + 1 : start]
    if tokens[k].text == "," and k > 1 and tokens[k - 1].is_word and not tokens[k - 1].is_cap:
        k -= 1  # an apposition: "plays her sidekick, DS Aiden Healy"
    described = k
    while (
        k > 0
        and described - k < 3
        and tokens[k].lower not in PLAYS
        and _between_playing_and_a_part(tokens[k])
    ):
        k -= 1
    if k < 1 or tokens[k].lower not in PLAYS or tokens[k].is_cap:
        return False
    if k == start - 1 and tokens[k - 1].lower == "who":
        return False  # "who plays Ken Barlow": `an_actors_part`, which asks for an actor
    titled = any(not t.is_courtesy for t in title) or (bool(title) and k < described)
    return (
        titled
        or in_a_work(tokens, end)
        or in_a_work(tokens, after_an_aside(tokens, end))
        or (tokens[k - 1].lower == "who" and _parts_close(tokens, end))
    )


def _a_parts_title(token: Token) -> bool:
    """A courtesy title, a title in nameparser's list or a job's letters before a part's name:
    "Mrs", "Dr", "Captain", "DCI", "GP"."""
    return (
        token.is_courtesy
        or token.lower.rstrip(".") in STYLES
        or is_title_word(token.text)
        or token.text in ABBREVIATED_JOBS
    )


def _a_parts_title_or_rank(token: Token) -> bool:
    """`_a_parts_title`, or a rank or job in capitals that is an English word and no given name
    ("Superintendent", "Inspector", "Constable")."""
    return _a_parts_title(token) or (is_common_word(token.text) and not first_name_like(token.text))


def _between_playing_and_a_part(token: Token) -> bool:
    """A word in lower case that may stand between a verb of playing and the part: an adverb,
    a possessive, kin or a description ("again", "her", "daughter", "grumpy"); not a preposition
    or a conjunction, which open another phrase ("play host to", "play and win")."""
    return (
        token.is_word
        and not token.is_cap
        and token.lower not in PREPOSITIONS
        and token.lower not in _NOT_BETWEEN
    )


_NOT_BETWEEN: Final = words_set("and or but to that than as well")


# Verbs and nouns of acting before "as" and a part: "stars as Harry Potter".
_ACTING: Final = words_set(
    """star stars starred starring cast casting plays played playing portray portrays portrayed
    portraying role appearance appearances return returns returned returning reprise reprises
    reprised reprising"""
)

_ACTORS: Final = words_set("actor actress actors actresses")


def an_actors_part(tokens: list[Token], start: int, end: int) -> bool:
    """A part after an actor's "who plays": "Actor William Roache, who plays Ken Barlow," or a
    name closing the clause ("Teri Hatcher, who plays Susan Mayer, said"); a player "who plays
    Roger Federer next" is no actor."""
    if start < 2 or tokens[start - 2].lower != "who":
        return False
    closes = _parts_close(tokens, end)
    return closes or any(t.lower in _ACTORS for t in tokens[: start - 2])


def an_actors_billing(tokens: list[Token], start: int) -> bool:
    """A full name right before the "as" at `start - 1`, as a cast is billed: "with Hugh Grant as
    Daniel Cleaver", "Jamie Foxx as Ray"; the name after "as" is the part (not "as well as",
    nor a job: "replaced Tony Blair as Labour leader" names no part but Labour's)."""
    k = start - 1
    while k > 0 and cap_at(tokens, k - 1) and not tokens[k - 1].possessive:
        k -= 1
    return start - 1 - k >= 2 and first_name_like(tokens[k].text) and not tokens[k].is_head


def _parts_close(tokens: list[Token], end: int) -> bool:
    """The clause closes after the name, or after more names joined to it: "who play Ron Weasley
    and Hermione Granger," lists two parts, "who plays Daniel Hillard and his alter ego
    Euphegenia Doubtfire," one part and another the part's own words describe."""
    while end < len(tokens) and tokens[end].lower == "and" and cap_at(tokens, end + 1):
        end += 1
        while end < len(tokens) and cap_at(tokens, end):
            end += 1
    end = _past_the_parts_own(tokens, end)
    return end < len(tokens) and tokens[end].text in {",", "."}


def _past_the_parts_own(tokens: list[Token], end: int) -> int:
    """Past "and his", "her" or "their", up to three words in lower case and a name after a
    part's name: "and his alter ego Euphegenia Doubtfire"; `end` itself when they do not follow
    ("and his big serve next")."""
    if end + 2 >= len(tokens) or tokens[end].lower != "and":
        return end
    if tokens[end + 1].lower not in {"his", "her", "their"}:
        return end
    k = end + 2
    while k < len(tokens) and k - end <= 4 and tokens[k].is_word and not tokens[k].is_cap:
        k += 1
    named = k
    while k < len(tokens) and cap_at(tokens, k):
        k += 1
    return k if end + 2 < named < k else end  # (words, then a name: "alter ego Euphegenia")


# Verbs of acting right before a part's name: "who plays Ken Barlow in".
PLAYS: Final = words_set(
    "play plays played playing portray portrays portrayed portraying voice voices voiced voicing"
)

# What follows "in" after a part: a work's noun ("in the soap") or a work's title.
_IN_A_WORK: Final = (
    WORK_NOUNS | WORKS | words_set("soap soaps sequel remake adaptation production version")
)


def in_a_work(tokens: list[Token], end: int) -> bool:
    """ "in" and a work after a name: "in the soap", "in his new film", "in the Harry Potter
    films", "in Desperate Housewives" (words that make a thing); not "in the final", "in Houston", "in Monte Carlo"."""
    if end + 1 >= len(tokens) or tokens[end].lower != "in":
        return False
    k = end + 1
    while k < len(tokens) and k - end < 5 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _IN_A_WORK:
            return True
        k += 1
    if k > end + 1 and cap_at(tokens, k):
        # a title that qualifies the work's noun: "in the Harry Potter films"
        while k < len(tokens) and k - end < 8 and cap_at(tokens, k):
            k += 1
        if k < len(tokens) and not tokens[k].is_cap and tokens[k].lower in _IN_A_WORK:
            return True
        k = end + 1
    if k == end + 1 and tokens[k].text == "The" and cap_at(tokens, k + 1):
        return True  # a title opened by "The": "who played Frodo Baggins in The Lord of the Rings"
    if k == end + 1 and cap_at(tokens, k) and not tokens[k].possessive:
        title: list[str] = []
        while k < len(tokens) and cap_at(tokens, k) and len(title) < 4:
            title.append(tokens[k].text)
            k += 1
        return len(title) > 1 and name_nature(" ".join(title)) == "thing"
    return False


def after_an_aside(tokens: list[Token], end: int) -> int:
    """Where the sentence goes on after a name and an aside set off by commas ("Don Carlos, at
    the Gielgud, stars"), or `end` when no aside follows the name."""
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    k = end + 1
    while k < len(tokens) and k - end < 8 and tokens[k].text != ",":
        if not tokens[k].is_word:
            return end
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].text == "," else end

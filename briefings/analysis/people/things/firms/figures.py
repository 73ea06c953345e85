"""Names given a firm's or a work's figures: share prices, reported sales, takings, a year."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import SPEECH_VERBS, words_set
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import A_BODYS
from briefings.analysis.people.things.clauses import opens_a_clause, past_a_joined_name

# How a share price moves: "Morgan Stanley rose 2%" (an athlete "jumped 8.20m").
_PRICE_MOVES: Final = words_set(
    """rose fell slipped climbed dropped jumped slumped gained edged tumbled soared plunged
    dipped added lost"""
)

_PRICE_UNITS: Final = re.compile(r"\d[\d.,]*p|%|per|percent|pence|cents")

# What a firm reports, posts or sees of its own figures: "reported a rise in sales", "saw profits
# rise".
_REPORTS: Final = words_set("reported reports posted posts saw sees")

_FIGURES: Final = A_BODYS | words_set("losses loss results trading bookings orders")

# What a firm reports beside its figures: "reported weaker demand in China" (round 59; a person
# who speaks of demand "said" so, `speaks_of_its_figures` leaves it out).
_REPORTED: Final = _FIGURES | words_set("demand")


def reports_its_figures(tokens: list[Token], end: int) -> bool:
    """A name that reports or posts its sales, profits, losses or demand within a few words, maybe
    after "has" or "also" ("Ted Baker has reported a 15% rise in sales"), or with another name
    joined by "and" ("Karen Millen and French Connection also reported strong trading",
    "Burberry and Paul Smith have also reported weaker demand")."""
    k = past_a_joined_name(tokens, end)
    k += k < len(tokens) and tokens[k].lower == "also"
    k += k < len(tokens) and tokens[k].lower in {"has", "have", "had"}
    k += k < len(tokens) and tokens[k].lower == "also"
    if k >= len(tokens) or tokens[k].lower not in _REPORTS:
        return False
    for token in tokens[k + 1 : k + 8]:
        if token.lower in _REPORTED:
            return True
        if token.is_cap or token.text in {",", ".", ";"} or token.lower in {"that", "to"}:
            return False
    return False


def speaks_of_its_figures(tokens: list[Token], end: int) -> bool:
    """A verb of saying right after a name and, within three words of lower case, a firm's
    figures: "Ted Baker said pre-tax profits rose", "Laura Ashley said sales fell" (an executive
    who says so is named with a job)."""
    k = end + (end < len(tokens) and tokens[end].lower in {"has", "had"})
    if k >= len(tokens) or tokens[k].lower not in SPEECH_VERBS:
        return False
    k += _a_time_after(tokens, k + 1)  # "warned last week that sales had slowed"
    k += k + 1 < len(tokens) and tokens[k + 1].lower == "that"  # "warned that profits would"
    if k + 2 < len(tokens) and tokens[k + 1].lower == "it":
        # "it" and its verb: "Jimmy Choo said it expected profits to rise", "said it would open
        # 20 stores" (a person named without a job says "he" or "I" of their own)
        k += 1
        return _its_figures_after(tokens, k)
    for token in tokens[k + 1 : k + 4]:
        if token.lower in _FIGURES:
            return True
        if token.is_cap or not token.is_word or token.lower in _NOT_QUALIFIERS:
            return False
    return False


# Words that open a time told after a verb of saying: "last week", "this month", "on Monday".
_TIME_OPENERS: Final = words_set("last this earlier on")
_TIME_NOUNS: Final = words_set(
    """week month year weekend morning afternoon evening night monday tuesday wednesday thursday
    friday saturday sunday"""
)


def _a_time_after(tokens: list[Token], k: int) -> int:
    """How many words from `k` tell when something was said, before what was said: "yesterday",
    "last week", "on Monday" (2), or none (0)."""
    if k < len(tokens) and tokens[k].lower in {"yesterday", "today"}:
        return 1
    if (
        k + 1 < len(tokens)
        and tokens[k].lower in _TIME_OPENERS
        and tokens[k + 1].lower in _TIME_NOUNS
    ):
        return 2
    return 0


def _its_figures_after(tokens: list[Token], k: int) -> bool:
    """After "it" at `k`, maybe a modal, a verb a firm does to its own figures or outlets and,
    within three words of lower case, the figures: "it expected profits", "it would open 20
    stores" (not "it would help sales": a person speaks of anyone's)."""
    k += 1
    if k < len(tokens) and tokens[k].lower in _MODALS:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _OWN_FIGURES_VERBS:
        return False
    for token in tokens[k + 1 : k + 4]:
        if token.lower in _FIGURES:
            return True
        if token.is_cap or not (token.is_word or token.text[:1].isdigit()):
            return False
        if token.lower in _NOT_QUALIFIERS:
            return False
    return False


_MODALS: Final = words_set("would will could might may had has was is")

# What a firm does to its own figures and outlets: "expected profits", "would open 20 stores".
_OWN_FIGURES_VERBS: Final = words_set(
    """expect expects expected forecast forecasts predicted predicts anticipated open opens
    opened opening close closes closed closing shut shuts"""
)


# Words after "said" that begin what was said of someone or something else: "said his sales".
_NOT_QUALIFIERS: Final = words_set("his her their our my your the a an it he she they we i that")


def priced(tokens: list[Token], end: int) -> bool:
    """A name whose share price moves: a verb of price, maybe "by", a number and a percentage
    or pence."""
    k = end
    if k >= len(tokens) or tokens[k].lower not in _PRICE_MOVES:
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "by")
    if k < len(tokens) and _PRICE_UNITS.fullmatch(tokens[k].lower):
        return True  # "fell 5p"
    return (
        k + 1 < len(tokens)
        and tokens[k].text[:1].isdigit()
        and _PRICE_UNITS.fullmatch(tokens[k + 1].lower) is not None
    )


_YEAR: Final = re.compile(r"(?:19|20)\d\d")

# What is said of a film's takings or a firm's staff, with the name the subject: "took $20m at the
# box office", "opened in 3,000 cinemas", "employs 5,000 people".
_TAKINGS: Final = words_set("box box-office cinemas theatres theaters screens employs")


def dated_in_brackets(tokens: list[Token], end: int) -> bool:
    """A name followed by a year alone in brackets: a work's date ("Vera Drake (2004)"), not a
    person's dates ("(1923-2004)") or age ("(34)")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].text == "("
        and _YEAR.fullmatch(tokens[end + 1].text) is not None
        and tokens[end + 2].text == ")"
    )


def at_the_box_office(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening its clause, with its takings or staff within ten words: "Ray took $20m at
    the box office", "Finding Neverland opened in 2,000 cinemas", "John Lewis employs 5,000"."""
    if not opens_a_clause(tokens, start):
        return False
    for k in range(end, min(len(tokens), end + 10)):
        t = tokens[k]
        if t.text in {",", ";", ":", "(", "“", '"'}:
            return False
        if t.lower in _TAKINGS and (
            t.lower != "box" or (k + 1 < len(tokens) and tokens[k + 1].lower == "office")
        ):
            return True
    return False


# Who watches or listens, counted: "1.8m viewers", "an audience of 1.8 million".
_AUDIENCE: Final = words_set("viewers listeners audience audiences")
_MILLIONS: Final = words_set("m million millions bn")


def its_audience(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening its clause with its audience counted within eight words, no one told or
    speaking between: "Jerry Springer drew 1.8m viewers", "attracted an audience of 1.8
    million", "was watched by 1.8m people" (a person "told 5m viewers", "drew a big crowd")."""
    if not opens_a_clause(tokens, start):
        return False
    window = tokens[end : end + 9]
    for k, t in enumerate(window):
        if t.text in {",", ";", ":"} or t.lower in SPEECH_VERBS or t.is_cap:
            return False
        if t.lower in _AUDIENCE and (
            (k > 0 and (window[k - 1].text[:1].isdigit() or window[k - 1].lower in _MILLIONS))
            or (
                k + 2 < len(window)
                and window[k + 1].lower == "of"
                and window[k + 2].text[:1].isdigit()
            )
        ):
            return True
        if t.lower == "watched" and k + 2 < len(window) and window[k + 1].lower == "by":
            return window[k + 2].text[:1].isdigit()
    return False


# A work's release, its takings or its first night, said with the name its subject.
_GROSSED: Final = words_set("grossed grosses")
_PREMIERED: Final = words_set("premiered premieres premiere")
_RELEASED: Final = words_set("released out available")
_MEDIA: Final = words_set("dvd video cd vinyl blu-ray cinemas theatres theaters")


def released_as_a_work(tokens: list[Token], start: int, end: int) -> bool:
    """A name opening its clause that a work's verb follows within six words, no one told or
    named between: "Vera Drake grossed $3m", "Bridget Jones premiered in London" (not "premiered
    his film"), "Billy Elliot was released on DVD", "is out in cinemas" (a prisoner is released,
    and not "on DVD")."""
    if not opens_a_clause(tokens, start):
        return False
    window = tokens[end : end + 6]
    for k, t in enumerate(window):
        if t.text in {",", ";", ":"} or t.lower in SPEECH_VERBS or t.is_cap:
            return t.is_cap and t.lower in _MEDIA and k > 1 and window[k - 1].lower in ("on", "in")
        if t.lower in _GROSSED:
            return True
        if t.lower in _PREMIERED:
            after = window[k + 1] if k + 1 < len(window) else None
            return after is None or after.lower in {"in", "at", "on", "."}
        if t.lower in _RELEASED:
            rest = window[k + 1 : k + 3]
            return len(rest) == 2 and rest[0].lower in {"on", "in"} and rest[1].lower in _MEDIA
    return False


def sales_of_a_possessive(tokens: list[Token], start: int, end: int) -> bool:
    """A body's figures "of" a name's possessive that nothing follows but a move of the figures:
    a brand or a shop named in the possessive ("Sales of Jack Daniel's fell 7%"; not "Sales of Ed
    Sheeran's album rose", where the album is the possessed), or before a drink's noun, the drink
    a brewer or a distiller sells under that name ("Sales of John Smith's bitter rose 3%": no
    one's own drink has sales)."""
    if not (
        start > 1
        and tokens[start - 1].lower == "of"
        and tokens[start - 2].lower in _FIGURES
        and tokens[end - 1].possessive
        and end < len(tokens)
    ):
        return False
    if tokens[end].lower in _DRINKS and end + 1 < len(tokens):
        end += 1
    return tokens[end].lower in _PRICE_MOVES


# A drink's noun, sold under a brewer's or a distiller's name: "John Smith's bitter".
_DRINKS: Final = words_set(
    """bitter ale lager beer stout cider gin whisky whiskey rum vodka brandy bourbon sherry"""
)


# Words after a firm's figures that make them another's: "a rise in profits at Bhs", "for the
# group"; and a person's pronouns in the sentence.
_ANOTHERS: Final = words_set("at for of from in he she his her him")


def reports_figures_as_its_own(tokens: list[Token], start: int, end: int) -> bool:
    """A name, the subject of its clause, that reports or posts sales, profits or losses
    (`reports_its_figures`) with no "at", "for" or "of" another after them and no "he" or "she"
    in the sentence: a firm's own figures ("William Hill has reported a 12% rise in half-year
    profits, helped by"; not "Philip Green has reported record profits at Bhs")."""
    if not opens_a_clause(tokens, start) or not reports_its_figures(tokens, end):
        return False
    k = end
    while k < len(tokens) and tokens[k].lower not in _FIGURES:
        k += 1
    for j in range(end, len(tokens)):
        word = tokens[j]
        if word.lower in {"he", "she", "his", "her", "him"}:
            return False
        if j > k and word.lower in _ANOTHERS and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            return False
    return True

"""What the article shows around a quote given a speaker: what its confidence reads."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.memo import Memo
from briefings.analysis.common.names import NOT_ENTITY_SUFFIXES, ORG_SUFFIXES, WORK_NOUNS, name_key
from briefings.analysis.quotes.confidence.framing import named_only_as_object, named_only_in_quotes
from briefings.analysis.quotes.confidence.hearsay import hearsay
from briefings.analysis.quotes.confidence.model import Context
from briefings.analysis.quotes.confidence.opening import opens_on_another
from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.resolve import Mention, rank_antecedents
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.speaker import Speaker
from briefings.analysis.speech.words import ORG_HEADS, PLACE_HEADS, PRONOUNS


@dataclass(frozen=True)
class ArticleFacts:
    """What the confidence reads of the whole article."""

    offsets: list[int]  # where each paragraph starts, and the text's end
    quoted: Counter[str]  # quotes given each surname by a reporting clause
    attributed: int  # quotes given a speaker by a reporting clause
    most_named: int  # the namings of the surname named most (-1 when none is), read by each quote
    speakers_in: dict[int, set[str]]  # the surnames reporting clauses gave quotes to, by paragraph
    # the people named in each paragraph and the one before, read once per paragraph
    named_near: dict[int, dict[str, str | None]] = field(default_factory=dict, compare=False)


def context_of(
    f: Found,
    speaker: str,
    index: NameIndex,
    paragraphs: Sequence[str],
    counts: Counter[str],
    article: ArticleFacts,
    margin: float,
    same_before: bool,
    antecedent_role: str = "",
) -> Context:
    """What the article shows around a quote given `speaker`: other people named in its paragraph
    and the one before (and how many of them share the speaker's gender), where the speaker's
    surname was last written, how often the article names them, whether the quote names them,
    whether the name reads as a person or as a thing (a body, a work, a place), who else was named
    since the speaker's last naming, how far the quote stands from the speaker's name, and the
    speaker's share of the article's quotes, and what the words around the quote say of where
    the reporter had it (`hearsay`), and whether a reporting clause of the paragraph gives a
    quote to someone else, and whether the paragraph names the speaker only as an object, only
    inside quotations, or opens on someone else (`framing`, `opening`); `antecedent_role`: how a pronoun's antecedent was named."""
    surname = last_word(speaker)
    near = {name: g for name, g in _named_near(f.para, index, article).items() if name != surname}
    gender = index.gender(speaker)
    alike = sum(1 for g in near.values() if gender is None or g in (gender, None))
    distance = 4
    for back in range(4):
        if f.para - back < 0:
            break
        text = paragraphs[f.para - back]
        if back == 0:
            text = text.replace(f.span.text, " ")
        if _writes(text, surname):
            distance = back
            break
    between: set[str] = set()  # people named after the speaker's last naming, before the quote
    alike_between = 0  # (in this paragraph and the three before)
    earliest = article.offsets[max(0, f.para - 3)]
    for k in range(index.runs_before(f.pos) - 1, -1, -1):
        at, name = index.runs[k]
        if at < earliest:
            break
        last = last_word(name)
        if last == surname:
            break
        if last in between or not index.is_person(name):
            continue
        if len(name.split()) > 1 or counts.get(last, 0) > 1:
            between.add(last)
            g = index.gender(name)
            alike_between += gender is None or g in (gender, None)
            if len(between) >= 3:
                break
    heard = hearsay(paragraphs[f.para], f.span.text)
    spoken = article.speakers_in.get(f.para)  # surnames the paragraph's clauses gave quotes to
    return Context(
        rivals=len(near),
        named_here=distance == 0,
        distance=distance,
        one_word=len(speaker.split()) == 1,
        partial=f.kind == "partial",
        alike=alike,
        gendered=gender is not None,
        thing=_a_thing(speaker),
        in_quote=_writes(f.span.text, surname),
        mentions=counts.get(surname, 0),
        main=counts.get(surname, 0) == article.most_named,
        between=len(between),
        alike_between=alike_between,
        nearest=not between,
        margin=margin,
        opens=f.span.start < 3,
        share=article.quoted.get(surname, 0) / max(1, article.attributed),
        words=len(f.span.text.split()),
        gap=_gap(f, surname, index, article.offsets),
        same_before=same_before,
        role=antecedent_role,
        second_hand=heard.second_hand or f.teller is not None,  # a nested report: told by
        # another ("Ruane said Marsh had told him “…”")
        medium=heard.medium,
        phrase=heard.phrase,
        other_speaker=spoken is not None and (len(spoken) > 1 or surname not in spoken),
        as_object=named_only_as_object(paragraphs[f.para], f.span.text, speaker, surname),
        quoted_only=named_only_in_quotes(
            " ".join(paragraphs[max(0, f.para - 3) : f.para + 1]), f.span.text, surname
        ),
        opens_other=opens_on_another(paragraphs[f.para], f.span.start, surname),
    )


def _named_near(para: int, index: NameIndex, article: ArticleFacts) -> dict[str, str | None]:
    """The people named in full in the paragraph and the one before, by surname, with their
    genders."""
    near = article.named_near.get(para)
    if near is None:
        start, end = article.offsets[max(0, para - 1)], article.offsets[para + 1]
        near = article.named_near[para] = {
            last_word(name): index.gender(name)
            for _, name in index.runs[index.runs_before(start) : index.runs_before(end)]
            if len(name.split()) > 1 and index.is_person(name)
        }
    return near


def _gap(f: Found, surname: str, index: NameIndex, offsets: Sequence[int]) -> int:
    """The characters between the quote and the nearest naming of its speaker in its paragraph
    (“…,” Ray said: 2); 0 when the paragraph does not name the speaker outside the quote."""
    begin, stop = offsets[f.para], offsets[f.para + 1]
    end = f.pos + f.span.end - f.span.start
    gaps = [
        f.pos - at if at < f.pos else at - end
        for at, name in index.runs[index.runs_before(begin) : index.runs_before(stop)]
        if not f.pos <= at < end and last_word(name) == surname
    ]
    return max(1, min(gaps)) if gaps else 0


def margin_of(
    speaker: Speaker, index: NameIndex, recent: Sequence[Mention], here: tuple[int, int]
) -> float:
    """How close the runner-up came to the person a pronoun or description was resolved to."""
    want = PRONOUNS[speaker.pronoun] if speaker.pronoun else None
    ranked = rank_antecedents(want, index, recent, here)
    return ranked[1][0] / ranked[0][0] if len(ranked) > 1 and ranked[0][0] > 0 else 0.0


def _a_thing(name: str) -> bool:
    """A speaker name the word lists make a body, a place, a work or an event ("Williams College",
    "Championship", "Copa Americana"), not a person."""
    words = name_key(name).split()
    if not words:
        return True
    last = words[-1]
    return (
        kind_by_lists(name, words) is not None
        or (last in WORK_NOUNS and not _given_name_and_surname(name, words))
        or last in NOT_ENTITY_SUFFIXES
        or last in ORG_SUFFIXES
        or last in ORG_HEADS
        or (len(words) > 1 and last in PLACE_HEADS)
    )


def _given_name_and_surname(name: str, words: list[str]) -> bool:
    """A given name before one more word: "Paul Song", "Russell Brand" are people, whatever the
    surname also means (round 57; "Copa Americana", "Christmas Song" stay things)."""
    return len(words) == 2 and is_given_name(name.split()[0])


def _writes(text: str, surname: str) -> bool:
    """Whether `surname` is among the words of `text` as surnames are compared (possessive ending
    dropped); read only where the text writes it, not by splitting the whole text."""
    at = text.find(surname) if surname else -1
    while at >= 0:
        if last_word(_word_at(text, at)) == surname:
            return True
        at = text.find(surname, at + 1)
    return False


# A word opens on a letter and runs on over these characters: "O’Brien", "Kirby’s", "al-Assad".
_WORD_CHARS: Final = re.compile(r"[\w’'-]*")


def _word_at(text: str, at: int) -> str:
    """The word that opens at `at` ("" when none does): a letter, with no letter before it in the
    same run of word characters ("Kirby" of "-Kirby", not "by" of "Kirby")."""
    if not _letter(text[at]):
        return ""
    k = at - 1
    while k >= 0 and (text[k].isalnum() or text[k] in "_’'-"):
        if _letter(text[k]):
            return ""
        k -= 1
    return text[at : _WORD_CHARS.match(text, at).end()]  # type: ignore[union-attr]


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


_OWNER_S: Final = re.compile(r"[’']s$")


def last_word(name: str) -> str:
    """The name's last word, its possessive ending dropped (asked for every word of the
    paragraphs around each quote)."""
    return _LAST_WORDS[name]


def _last_word(name: str) -> str:
    words = name.split()
    return _OWNER_S.sub("", words[-1]) if words else ""


_LAST_WORDS: Final = Memo(_last_word)

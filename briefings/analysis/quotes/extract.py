"""Direct quotes of one article with their speakers; variants across articles are merged by
`cluster_quotes`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from briefings.analysis.attribution import (
    CUES,
    HONORIFICS,
    ORG_HEADS,
    PLACE_HEADS,
    PRONOUNS,
    NameIndex,
    Speaker,
    is_cap,
    parse_speaker,
    role_near,
    tokens,
    words_set,
)
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import (
    NOT_ENTITY_SUFFIXES,
    ORG_SUFFIXES,
    WORK_NOUNS,
    name_key,
)
from briefings.analysis.quotes.clusters import cluster_quotes
from briefings.analysis.quotes.confidence import THRESHOLD, Context, confidence_of, continued
from briefings.analysis.quotes.frames import (
    SENTENCES_INSIDE,
    final_frame,
    later_subject,
    masked_sentences,
    own_frames,
    pre_frame,
    quote_kind,
    relative_antecedent,
    sentence_subject,
    subject_mentions,
)
from briefings.analysis.quotes.marks import Span, find_spans, has_masks, mask, mask_id
from briefings.analysis.quotes.resolve import (
    Mention,
    could_be_surname,
    rank_antecedents,
    speaker_name,
)
from briefings.analysis.results import ArticleText, FoundQuote, QuoteKind

__all__ = ["cluster_quotes", "extract_quotes"]


Observer = Callable[[FoundQuote, str, Context], None]  # a quote, how found, its context
Order = tuple[int, int, int]  # paragraph, sentence, token: reading order inside the article
# where, paragraph offset, name, gender by title, how: "opening", "clause" or "cue" subject
Mentioned = tuple[Order, int, str, str | None, str]


# a transcript's line or an excerpt's caption: "RAMOS: Secretary Clinton, …", "Chris Matthews: …",
# "VIDEO: …"; who speaks is in the label, not the person named last before it
_LABELLED = re.compile(r"[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2}:\s")
_PARENTHETICAL = re.compile(r"\s*\([^()\ue000-\ue1ff]{1,40}\)")
_TRIPLE_CLOSE = re.compile(r"(?<=\S)'{3}(?=[\s,.;:!?)]|$)")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+[.,]?$|@\w+[.,]?$")


@dataclass
class _Found:
    span: Span
    para: int
    pos: int  # global position in the article
    order: Order
    speaker: Speaker | None
    kind: QuoteKind
    attributed: bool
    via: str = "clause"  # where the speaker phrase was read: the quote's own sentence or
    # the paragraph before ("clause", "clause before"), or the subject of its sentence ("subject")


def _paragraph_quotes(
    par: str, pi: int, offset: int, prev_par: str | None
) -> tuple[list[_Found], list[Mentioned]]:
    """The quotations of one paragraph, and the people it names as subjects."""
    # two apostrophes for a double mark (NYT archive style); three close a single and a double
    # quotation at once: "… on 'Fox and Friends,''' said Tommy Vietor"
    par = _TRIPLE_CLOSE.sub("' \"", par).replace("''", ' "')
    spans = find_spans(par)
    masked, _ = mask(par, spans)
    masked = _PARENTHETICAL.sub("", masked)  # "Sen. Chris Murphy (D-Conn.) said"
    found: list[_Found] = []
    mentions: list[Mentioned] = []
    for si, (_, sentence) in enumerate(masked_sentences(masked)):
        toks, own = own_frames(sentence)
        mentions.extend(
            ((pi, si, i), offset, name, _titled_gender(toks, i, name), how)
            for i, name, how in subject_mentions(toks)
        )
        if not has_masks(sentence):
            continue  # no quotation in this sentence
        final = final_frame(toks)
        for idx, t in enumerate(toks):
            k = mask_id(t)
            if k is None:
                continue
            span = spans[k]
            if _ADDRESS.match(span.text):
                continue  # a web address or a handle in quotes: “http://nyti.ms/1RHiWiu”, “@cspan”
            phrase = own.get(k) or pre_frame(toks, idx, own)
            via = "clause"
            if k in own and _introduced(toks, idx):  # "Trump claimed that “…,” one aide said …"
                phrase = pre_frame(toks, idx, {}) or phrase
            if phrase is None and final and final[1] > idx:
                phrase = final[0]
            if phrase is None and idx <= 1 and prev_par and prev_par.rstrip().endswith(":"):
                ptoks = tokens(prev_par)
                phrase, via = pre_frame(ptoks, len(ptoks), {}), "clause before"
            speaker = parse_speaker(phrase) if phrase else None
            if (speaker is None or not (speaker.name or speaker.pronoun or speaker.role)) and any(
                t in CUES for t in toks
            ):  # "Trump has hailed the vote as “fantastic,” telling reporters …"; but "…,” said
                # one former executive" names no one and stays so
                subject = sentence_subject(toks, idx)
                if subject:
                    phrase, speaker, via = subject, parse_speaker(subject), "subject"
            if phrase is None and _after_colon(toks, idx):  # "Sanders delivered a retort: “…”"
                subject = sentence_subject(toks, idx) or _heading_name(toks, idx)
                if subject:
                    phrase, speaker, via = subject, parse_speaker(subject), "subject"
            kind = quote_kind(span, toks, idx)
            if kind == "partial" and _names_a_work(span.text, toks, idx):
                continue  # "Clinton said on ABC’s “This Week”": the name of a show, no quote
            if phrase is None and kind == "partial":
                # "Rubio bemoaned a climate where people “…”", "Graham dismissed the report as
                # “absurd”", "Cruz named “Veep”": the subject acting in the sentence speaks; a
                # word in quotes with no such subject stays a scare quote
                subject = sentence_subject(toks, idx) or relative_antecedent(toks, idx, within=3)
                later = later_subject(toks, idx)
                if subject and later and later != subject:
                    subject = later  # "Trump won New York, while Clinton dealt … that led her
                    # to declare that the nomination was “in sight”": Clinton's words
                if subject:
                    phrase, speaker, via = subject, parse_speaker(subject), "subject"
            found.append(
                _Found(
                    span,
                    pi,
                    offset + span.start,
                    (pi, si, idx),
                    speaker,
                    kind,
                    phrase is not None,
                    via,
                )
            )
    return found, mentions


def extract_quotes(
    article: ArticleText, threshold: float = THRESHOLD, observe: Observer | None = None
) -> list[FoundQuote]:
    """The direct quotes of the article body, each with its speaker when the text makes it clear:
    a speaker found with a confidence below `threshold` is left out ("not clear in the source").
    `observe`, if given, sees each quote with the context its confidence was computed from (before
    the threshold; the fitting script learns from it)."""
    paragraphs, first_of = _rejoined(article.paragraphs)
    index = NameIndex()
    offsets, at = [], 0
    for par in paragraphs:
        offsets.append(at)
        index.add_text(at, par)
        at += len(par) + 1
    found: list[_Found] = []
    mentions: list[Mentioned] = []
    for pi, par in enumerate(paragraphs):
        prev = paragraphs[pi - 1] if pi else None
        quotes, named = _paragraph_quotes(par, pi, offsets[pi], prev)
        found.extend(quotes)
        mentions.extend(named)
    out = _resolve(found, mentions, index, paragraphs, threshold, observe, article.title or "")
    if len(paragraphs) == len(article.paragraphs):
        return out
    return [replace(q, paragraph=first_of[q.paragraph]) for q in out]


def _rejoined(paragraphs: Sequence[str]) -> tuple[list[str], list[int]]:
    """Paragraphs with a quotation broken across a line rejoined: one leaves a quotation open,
    the next closes it without opening one ("“Some countries have tried …" / "I do not wish to
    make any judgements,” Mr Chidambaram said."); each with the index of its first paragraph."""
    out: list[str] = []
    first_of: list[int] = []
    for i, par in enumerate(paragraphs):
        if out and _left_open(out[-1]) and _closes_first(par):
            out[-1] = f"{out[-1]} {par}"
            continue
        out.append(par)
        first_of.append(i)
    return out, first_of


def _left_open(par: str) -> bool:
    return par.count("“") > par.count("”") or par.count('"') % 2 == 1


def _closes_first(par: str) -> bool:
    """The paragraph's first quotation mark closes a quotation: it opens with the quoted words."""
    marks = [c for c in par if c in '“”"']
    if not marks or par.lstrip()[:1] in {"“", '"', "‘", "'"}:
        return False
    curly_close = marks[0] == "”"
    straight_odd = marks[0] == '"' and par.count('"') % 2 == 1
    return curly_close or straight_odd


def _resolve(
    found: list[_Found],
    mentions: list[Mentioned],
    index: NameIndex,
    paragraphs: Sequence[str],
    threshold: float,
    observe: Observer | None = None,
    title: str = "",
) -> list[FoundQuote]:
    """Names for attributed quotes first, in reading order so that a pronoun or "the senator" goes
    to the person named last; then unattributed full quotes take the speaker of the quote beside
    them."""
    resolved: list[tuple[str | None, str | None] | None] = [None] * len(found)
    ways = [""] * len(found)  # how each speaker was found
    margins = [0.0] * len(found)  # a pronoun's or description's runner-up / best salience
    last_person: dict[int, str | None] = {}  # unattributed quote → the person named last before it
    subjects_here: dict[int, set[str]] = {}  # … and the people just before it named as subjects
    events = sorted(
        [(f.order, 1, n, "") for n, f in enumerate(found)]
        + [(order, 0, at, name) for order, at, name, _, _ in mentions]
    )
    titled = {(order, name): g for order, _, name, g, _ in mentions if g}
    kinds = {(order, name): how for order, _, name, _, how in mentions}
    recent: list[Mention] = []  # people named or quoted so far, in reading order
    sentences: dict[tuple[int, int], int] = {}
    for order, is_quote, n, name in events:
        sentence = sentences.setdefault(order[:2], len(sentences))
        if not is_quote:
            full = index.fullest(name, n)
            gender = titled.get((order, name))
            if gender and index.gender(full) not in (gender, None):  # "Mrs. Clinton" is not Bill
                full = index.fullest_of(name, n, gender)
            how = kinds[(order, name)]
            # "Nor," "Specifically," or "Atlantic City" are no one; but a surname the article
            # also writes mid-sentence may open a sentence as its subject: "Cruz openly admitted"
            if index.is_person(full) or (
                how in ("opening", "cue") and could_be_surname(full, index, how == "cue")
            ):
                recent.append(Mention(full, sentence, order[0], gender=gender, how=how))
            continue
        f = found[n]
        if not f.attributed:
            opens = f.span.start < 3  # nothing but its opening mark (and a space) before it
            last_person[n] = _person_named_last(recent, order[0], opens)
            subjects_here[n] = {  # subjects of its own sentence or the one before
                m.name
                for m in recent
                if m.paragraph == order[0] and m.sentence >= sentence - 1 and m.how in _SUBJECTS
            }
            continue
        here = (sentence, order[0])
        found_by = speaker_name(f.speaker, f.pos, index, recent, paragraphs, here)
        person, role = found_by.name, found_by.role
        resolved[n] = (person, role)
        ways[n] = _found_by(f.via, found_by.how) if person else ""
        if person and found_by.how.startswith(("pronoun", "description")) and f.speaker:
            margins[n] = _margin(f.speaker, index, recent, here)
        if person and f.speaker and not f.speaker.is_org and index.is_person(person, speaker=True):
            recent.append(Mention(person, sentence, order[0], how="speaker"))
    out: list[FoundQuote] = []
    counts = Counter(_last_word(name) for _, name in index.runs)  # namings per surname
    quoted = Counter(_last_word(r[0]) for r in resolved if r and r[0])
    article = _Article(
        [0, *accumulate(len(p) + 1 for p in paragraphs)], quoted, sum(quoted.values()), title
    )
    before: str | None = None  # the speaker of the quote before
    for n, f in enumerate(found):
        if not f.attributed:
            if (f.kind == "partial" and not _beside_a_full_quote(found, n)) or (
                _is_scare(f.span.text) or _is_title(f.span.text)
            ):
                continue  # a scare quote, or a title or headline on its own: "“The Big Short” was …"
            inherited, source = _inherit(found, resolved, n)
            if (
                inherited
                and source is not None
                and found[source].para != f.para
                and subjects_here.get(n, set()) - {inherited[0]}
            ):  # "“…,” said Craig Robinson." / "Dianne Bystrom agreed. “…”": not Robinson's
                inherited, source = None, None
            resolved[n] = inherited or (None, None)
            ways[n] = continued(ways[source]) if inherited and source is not None else ""
            if inherited is None and last_person.get(n) and not _LABELLED.match(f.span.text):
                person = last_person[n]  # a quote left bare: the person the article is about here
                resolved[n] = (person, role_near(person, paragraphs) if person else None)
                ways[n] = "person named last"
        speaker, speaker_role = resolved[n] or (None, None)
        context = (
            _context(f, speaker, index, paragraphs, counts, article, margins[n], speaker == before)
            if speaker
            else Context()
        )
        before = speaker
        confidence = confidence_of(ways[n], context) if speaker else 0.0
        if observe is not None and speaker:
            observe(
                FoundQuote(f.span.text, speaker, speaker_role, f.kind, f.para), ways[n], context
            )
        if (
            speaker and confidence < threshold
        ):  # not clear in the source: no one rather than a guess
            speaker, speaker_role = None, None
        text = f.span.text.rstrip(",") if f.kind == "full" else f.span.text.rstrip(",.")
        # a quotation of several sentences is a full quote wherever it stands ("was “a mistake.
        # I will not do it again.”"): shown as such, though placed as the partial it also is
        kind: QuoteKind = "full" if SENTENCES_INSIDE.search(f.span.text) else f.kind
        out.append(
            FoundQuote(
                text.strip(),
                speaker,
                speaker_role,
                kind,
                f.para,
                confidence=round(confidence, 3),
                found_by=ways[n],
            )
        )
    return out


_SUBJECTS = frozenset({"opening", "clause", "cue"})  # how a person is named as a sentence's subject


def _person_named_last(recent: Sequence[Mention], paragraph: int, opens: bool) -> str | None:
    """The person a quote with no clause of its own goes to, failing a quote beside it: the one
    named last, when the quote opens its paragraph ("Valastro praised Christie." / "“We need
    someone …”") or that person was named in the quote's own paragraph; no one when the person was
    named only as an owner ("Christie’s blank stare") or the quote sits inside a sentence after a
    paragraph about someone else ("… imagined Christie was thinking: “…”"): on the tuning data
    those were right less than half the time."""
    if not recent or recent[-1].how == "possessor":
        return None
    return recent[-1].name if opens or recent[-1].paragraph == paragraph else None


@dataclass(frozen=True)
class _Article:
    """What the confidence reads of the whole article."""

    offsets: list[int]  # where each paragraph starts, and the text's end
    quoted: Counter[str]  # quotes given each surname by a reporting clause
    attributed: int  # quotes given a speaker by a reporting clause
    title: str


def _context(
    f: _Found,
    speaker: str,
    index: NameIndex,
    paragraphs: Sequence[str],
    counts: Counter[str],
    article: _Article,
    margin: float,
    same_before: bool,
) -> Context:
    """What the article shows around a quote given `speaker`: other people named in its paragraph
    and the one before (and how many of them share the speaker's gender), where the speaker's
    surname was last written, how often the article names them, whether the quote names them,
    whether the name reads as a person or as a thing (a body, a work, a place), who else was named
    since the speaker's last naming, how far the quote stands from the speaker's name, and the
    speaker's share of the article's quotes."""
    surname = _last_word(speaker)
    start, end = article.offsets[max(0, f.para - 1)], article.offsets[f.para + 1]
    near = {
        _last_word(name): index.gender(name)
        for at, name in index.runs
        if start <= at < end and len(name.split()) > 1 and index.is_person(name)
    }
    near.pop(surname, None)
    gender = index.gender(speaker)
    alike = sum(1 for g in near.values() if gender is None or g in (gender, None))
    distance = 4
    for back in range(4):
        if f.para - back < 0:
            break
        text = paragraphs[f.para - back]
        if back == 0:
            text = text.replace(f.span.text, " ")
        if surname in _last_words(text):
            distance = back
            break
    between: set[str] = set()  # people named after the speaker's last naming, before the quote
    alike_between = 0  # (in this paragraph and the three before)
    earliest = article.offsets[max(0, f.para - 3)]
    for k in range(bisect_left(index.runs, f.pos, key=_position) - 1, -1, -1):
        at, name = index.runs[k]
        if at < earliest:
            break
        last = _last_word(name)
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
    return Context(
        rivals=len(near),
        named_here=distance == 0,
        distance=distance,
        one_word=len(speaker.split()) == 1,
        partial=f.kind == "partial",
        alike=alike,
        gendered=gender is not None,
        thing=_a_thing(speaker),
        in_quote=surname in _last_words(f.span.text),
        mentions=counts.get(surname, 0),
        main=counts.get(surname, 0) == _most(counts),
        between=len(between),
        alike_between=alike_between,
        nearest=not between,
        margin=margin,
        opens=f.span.start < 3,
        in_title=surname in _last_words(article.title),
        share=article.quoted.get(surname, 0) / max(1, article.attributed),
        words=len(f.span.text.split()),
        gap=_gap(f, surname, index, article.offsets),
        same_before=same_before,
    )


def _gap(f: _Found, surname: str, index: NameIndex, offsets: Sequence[int]) -> int:
    """The characters between the quote and the nearest naming of its speaker in its paragraph
    (“…,” Ray said: 2); 0 when the paragraph does not name the speaker outside the quote."""
    begin, stop = offsets[f.para], offsets[f.para + 1]
    end = f.pos + f.span.end - f.span.start
    gaps = [
        f.pos - at if at < f.pos else at - end
        for at, name in index.runs[
            bisect_left(index.runs, begin, key=_position) : bisect_left(
                index.runs, stop, key=_position
            )
        ]
        if not f.pos <= at < end and _last_word(name) == surname
    ]
    return max(1, min(gaps)) if gaps else 0


def _position(run: tuple[int, str]) -> int:
    return run[0]


def _margin(
    speaker: Speaker, index: NameIndex, recent: Sequence[Mention], here: tuple[int, int]
) -> float:
    """How close the runner-up came to the person a pronoun or description was resolved to."""
    want = PRONOUNS[speaker.pronoun] if speaker.pronoun else None
    ranked = rank_antecedents(want, index, recent, here)
    return ranked[1][0] / ranked[0][0] if len(ranked) > 1 and ranked[0][0] > 0 else 0.0


def _most(counts: Counter[str]) -> int:
    top = counts.most_common(1)
    return top[0][1] if top else -1


def _a_thing(name: str) -> bool:
    """A speaker name the word lists make a body, a place, a work or an event ("Williams College",
    "Championship", "Copa Americana"), not a person."""
    words = name_key(name).split()
    if not words:
        return True
    last = words[-1]
    return (
        kind_by_lists(name, words) is not None
        or last in WORK_NOUNS
        or last in NOT_ENTITY_SUFFIXES
        or last in ORG_SUFFIXES
        or last in ORG_HEADS
        or (len(words) > 1 and last in PLACE_HEADS)
    )


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=4096)  # the paragraphs around each quote of an article are read again
def _last_words(text: str) -> frozenset[str]:
    """The words of a text as surnames are compared: possessive ending dropped."""
    return frozenset(_last_word(w) for w in _WORD.findall(text))


_OWNER_S = re.compile(r"[’']s$")


@lru_cache(maxsize=65536)  # asked for every word of the paragraphs around each quote
def _last_word(name: str) -> str:
    words = name.split()
    return _OWNER_S.sub("", words[-1]) if words else ""


def _found_by(via: str, how: str) -> str:
    """The way a quote's speaker was found: the phrase's place and what it is."""
    return how if via == "clause" else f"{how}, {via}"


def _titled_gender(toks: list[str], at: int, name: str) -> str | None:
    """The gender a title gives the name mentioned at `at`: "Mrs. Clinton" is a woman."""
    first = name.split()[0]
    for i in range(at, max(0, at - 8) - 1, -1):
        if i < len(toks) and toks[i] == first:
            return HONORIFICS.get(toks[i - 1].lower()) if i else None
    return None


def _after_colon(toks: list[str], idx: int) -> bool:
    before = [t for t in toks[:idx] if t != "\ue000"]
    return bool(before) and before[-1] == ":"


_HEADING_OPENS = frozenset({"-", "–", "—", "from", "and", "Here’s", "Here's"})


def _heading_name(toks: list[str], idx: int) -> str | None:
    """A name alone before the colon, after a dash, "from" or nothing: "TIME - Jeffrey M. Jones:
    “…”", "More from Jones: “…”"."""
    colon = max(j for j in range(idx) if toks[j] == ":")
    start = colon
    while start > 0 and is_cap(toks[start - 1]) and colon - start < 4:
        start -= 1
    if start == colon or (start > 0 and toks[start - 1] not in _HEADING_OPENS):
        return None
    speaker = parse_speaker(" ".join(toks[start:colon]))
    return " ".join(toks[start:colon]) if speaker and speaker.name else None


def _introduced(toks: list[str], idx: int) -> bool:
    """The quotation follows its own speech verb: "claimed that “…”", "said, “…”"."""
    before = [t for t in toks[max(0, idx - 3) : idx] if t not in {",", ":", "\ue000", "\ue001"}]
    return bool(before) and (before[-1].lower() == "that" or before[-1].lower() in CUES)


def _is_scare(text: str) -> bool:
    return len(text.split()) < 3


_MINOR_WORDS = words_set("a an the of and or to in on at for with by from as is")


def _is_title(text: str) -> bool:
    """ "Saturday Night Live", "Meet the Press": every word capitalised but the small ones."""
    words = re.findall(r"[\w’'\-]+", text)
    return bool(words) and all(w[0].isupper() or w in _MINOR_WORDS for w in words)


_WORK_BEFORE = words_set("on in of show program programme film movie book series")


def _names_a_work(text: str, toks: list[str], idx: int) -> bool:
    """A title of six words or fewer after "on", "in", "of", a possessive or "show": "on ABC’s
    “This Week”", "the film “The Revenant”"."""
    before = next((t for t in reversed(toks[:idx]) if t != "\ue000"), "")
    if len(text.split()) > 6 or not _is_title(text):
        return False
    return before.lower() in _WORK_BEFORE or before.endswith(("’s", "'s"))


def _beside_a_full_quote(found: list[_Found], n: int) -> bool:
    """A partial quote with no clause of its own in a paragraph that quotes someone in full: "“…,”
    Hall said. In Europe, by contrast, “claims based on religion …”" goes on quoting Hall."""
    para = found[n].para
    return any(
        m != n and f.para == para and f.attributed and f.kind == "full" for m, f in enumerate(found)
    )


def _inherit(
    found: list[_Found], resolved: list[tuple[str | None, str | None] | None], n: int
) -> tuple[tuple[str | None, str | None] | None, int | None]:
    """An unattributed full quote: the speaker of the quote beside it in the paragraph, or of the
    last quote of the paragraph just before; None when neither has a reporting clause ("“…,” the
    email said. “…”" stays with no one rather than the person named last) or the quote before is
    as bare and went to no one."""
    f = found[n]
    same = [
        m for m in range(len(found)) if m != n and found[m].para == f.para and found[m].attributed
    ]
    if same:
        before = [m for m in same if m < n]
        source = before[-1] if before else same[0]
        return resolved[source] or (None, None), source
    prev = [m for m in range(n) if found[m].para == f.para - 1]
    if prev and (found[prev[-1]].attributed or (resolved[prev[-1]] or (None,))[0]):
        return resolved[prev[-1]], prev[-1]
    return None, None

"""Direct quotes of one article with their speakers, and quote variants merged across articles."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from briefings.analysis.attribution import (
    BETWEEN,
    CUES,
    PARTICIPLE_CUES,
    PRONOUNS,
    ROLE_NOUNS,
    NameIndex,
    Speaker,
    is_cap,
    is_possessive,
    one_person,
    parse_speaker,
    role_near,
    subject_before,
    tokens,
    words_set,
)
from briefings.analysis.results import ArticleText, FoundQuote, QuoteKind
from briefings.analysis.sentences import split_sentences

__all__ = ["cluster_quotes", "extract_quotes"]

_PREPOSITIONS = words_set(
    "to of for with by at from on against about in into over than like toward towards"
)


@dataclass(frozen=True)
class _Span:
    """One quotation inside a paragraph: the positions of its marks and the words between them."""

    start: int  # position of the opening mark
    end: int  # position just after the closing mark (paragraph end when left open)
    text: str
    closed: bool


def find_spans(par: str) -> list[_Span]:
    """Top-level quotations of a paragraph, curly or straight, double or single marks."""
    spans: list[_Span] = []
    i, n = 0, len(par)
    while i < n:
        ch = par[i]
        before = par[i - 1] if i else " "
        if ch in '“"' or (ch in "‘'" and not before.isalnum()):
            closers = '”"' if ch in '“"' else ("’'" if ch == "‘" else "'")
            j = i + 1
            while j < n:
                c = par[j]
                after = par[j + 1] if j + 1 < n else " "
                if c in closers and (ch in '“"' or not after.isalnum()):
                    break
                if ch in '“"' and c == "“":  # a new opening: the previous quote was left open
                    break
                j += 1
            closed = j < n and par[j] in closers
            if not closed and ch not in '“"':
                i += 1
                continue
            text = par[i + 1 : j].strip()
            if text:
                spans.append(_Span(i, j + 1 if closed else j, text, closed))
            i = j + 1 if closed else j
            continue
        i += 1
    return spans


def _mask(par: str, spans: list[_Span]) -> tuple[str, list[int]]:
    """The paragraph with each quotation replaced by a 3-character placeholder."""
    out, pos, last = [], [], 0
    for k, s in enumerate(spans):
        out.append(par[last : s.start])
        pos.append(sum(len(x) for x in out))
        end_punct = s.text[-1] if s.text else ""
        tail = "." if end_punct == "." or not s.closed else ("," if end_punct in ",?!—–-" else "")
        out.append("\ue000" + chr(0xE100 + k) + "\ue001" + tail)
        last = s.end
    out.append(par[last:])
    return "".join(out), pos


def _mask_id(tok: str) -> int | None:
    return ord(tok) - 0xE100 if len(tok) == 1 and 0xE100 <= ord(tok) < 0xE200 else None


@dataclass
class _Found:
    span: _Span
    para: int
    pos: int  # global position in the article
    order: Order
    speaker: Speaker | None
    kind: QuoteKind
    attributed: bool


_DETERMINERS = words_set("the a an one another this his her their its")
_STOP_NP = words_set("of who whom which whose at in from on during to as after before while with")


def _clause_frame(toks: list[str]) -> str | None:
    """A reporting clause after a quotation: "Sullivan said", "said John Kirby, the spokesman"."""
    while toks and toks[0] in {",", "\ue001"}:
        toks = toks[1:]
    if not toks:
        return None
    if toks[0].lower() in PARTICIPLE_CUES:  # "…,” telling reporters: the subject comes before
        return None
    if toks[0].lower() in CUES:
        rest: list[str] = []
        for t in toks[1:]:
            if t in {".", ";", ":", "\ue000"} or (t == "," and rest and "," in rest):
                break
            if t.lower() in _STOP_NP and "," not in rest:
                break
            rest.append(t)
        while rest and rest[-1] == ",":
            rest.pop()
        return " ".join(rest).replace(" ,", ",") if rest else None
    for idx, t in enumerate(toks[:24]):
        nxt = toks[idx + 1] if idx + 1 < len(toks) else "."
        verb_like = t.endswith("ed") and all(is_cap(h) for h in toks[:idx]) and nxt in {".", ","}
        if (t.lower() in CUES or verb_like) and t.islower():
            head = toks[:idx]
            while head and head[-1].lower() in BETWEEN:
                head.pop()
            if not head or any(h in {".", ";", ":", "\ue000", "(", ")"} for h in head):
                return None
            first = head[0].lower()
            if not (
                is_cap(head[0]) or first in PRONOUNS or first in ROLE_NOUNS or first in _DETERMINERS
            ):
                return None
            return " ".join(head).replace(" ,", ",")
        if t in {".", ";", "\ue000"}:
            return None
    return None


def _sentences(masked: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for s in split_sentences(masked):
        start = masked.find(s, at)
        out.append((start, s))
        at = start + len(s)
    return out


def _frames(sentence: str) -> tuple[list[str], dict[int, str]]:
    """Tokens of a masked sentence and, per quotation id, the speaker phrase of its own frame."""
    toks = tokens(sentence)
    own: dict[int, str] = {}
    for i, t in enumerate(toks):
        k = _mask_id(t)
        if k is not None:
            phrase = _clause_frame(toks[i + 1 :])
            if phrase:
                own[k] = phrase
    return toks, own


def _pre_frame(toks: list[str], upto: int, own: dict[int, str]) -> str | None:
    """The speaker of the reporting verb that introduces a quotation inside the sentence."""
    first_own = next((p for k, p in own.items() if _index_of(toks, k) < upto), None)
    first_cue: int | None = None
    for i in range(upto):
        t = toks[i]
        if t.lower() == "according" and i + 2 < upto and toks[i + 1] == "to":
            phrase = []
            for u in toks[i + 2 : upto]:
                if u in {",", ":", "\ue000"}:
                    break
                phrase.append(u)
            if phrase:
                return " ".join(phrase)
        if t.lower() not in CUES or not t.islower():
            continue
        if first_own and _index_of_phrase_before(toks, i, own):
            return first_own
        if t.lower() in PARTICIPLE_CUES:
            return _sentence_subject(toks, i) or _participle_subject(toks, i) or first_own
        subj = subject_before(toks, i)
        if subj:
            return subj[0]
        first_cue = i if first_cue is None else first_cue
    if first_cue is None:
        return None
    return _sentence_subject(toks, first_cue) or ""  # a speech verb, but no name: speaker unknown


_OPENERS = words_set(
    """in on at after before during speaking asked last earlier later when while since as in
    with without despite like unlike for from under over by according then now still however"""
)
_CONJUNCTIONS = words_set("but and so yet still meanwhile however instead also")


def _sentence_subject(toks: list[str], upto: int) -> str | None:
    """ "She was defending …, but admitted “…”", "In an interview, Trump said …", "Ramil Carr, 31,
    a photographer, said …": the pronoun or name that is the subject of the sentence."""
    i = 0
    if upto and toks[0].lower() in _OPENERS:  # an opening phrase up to its comma
        i = next((j + 1 for j in range(upto) if toks[j] == ","), 0)
    while i < upto and toks[i].lower() in _CONJUNCTIONS:
        i += 1
    if i < upto and toks[i].lower() in PRONOUNS:
        return toks[i].lower()
    end = i
    while end < upto and (
        is_cap(toks[end]) or toks[end].lower() in ROLE_NOUNS or toks[end].lower() == "the"
    ):
        if is_possessive(toks[end]):
            return None
        end += 1
    if end == i or not any(is_cap(t) for t in toks[i:end]):
        return None
    after = [end]
    if end < upto and toks[end] == ",":  # an appositive: "Carr, 31, a photographer, said"
        after = [j + 1 for j in range(end + 1, min(upto, end + 30)) if toks[j] == ","]
    for nxt in after:
        while nxt < upto and toks[nxt].lower() in BETWEEN:
            nxt += 1
        word = toks[nxt] if nxt < upto else ""
        if (
            word.islower()
            and word not in _PREPOSITIONS
            and (word in CUES or word.endswith(("ed", "s")) or word in _AUX or word in _IRREGULAR)
        ):
            return " ".join(toks[i:end])
    return None


_IRREGULAR = words_set(
    """took made went came gave got thought felt knew saw began spoke wrote ran won lost left kept
    held brought sought stood put set let hit cut told said"""
)


def _index_of(toks: list[str], k: int) -> int:
    return next((i for i, t in enumerate(toks) if _mask_id(t) == k), len(toks))


def _index_of_phrase_before(toks: list[str], i: int, own: dict[int, str]) -> bool:
    return any(_index_of(toks, k) < i for k in own)


def _participle_subject(toks: list[str], i: int) -> str | None:
    """ "…, saying": the nearest name before that is not the object of a preposition."""
    j = i - 1
    while j >= 0:
        if is_cap(toks[j]) and _mask_id(toks[j]) is None:
            end = j
            while j - 1 >= 0 and is_cap(toks[j - 1]):
                j -= 1
            prev = toks[j - 1].lower() if j else ""
            if prev == "the":
                prev = toks[j - 2].lower() if j > 1 else ""
            if prev not in _PREPOSITIONS:
                return " ".join(toks[j : end + 1])
        j -= 1
    return None


def _starts_sentence(toks: list[str], idx: int) -> bool:
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"}]
    if not before or before[-1] == ":":
        return True
    if before[-1] == "," and len(before) >= 2 and before[-2].lower() in CUES:
        return True
    return all(_mask_id(t) is not None or t in {",", "."} for t in before)


def _kind(span: _Span, toks: list[str], idx: int) -> QuoteKind:
    first = span.text.lstrip("[(…. ")[:1]
    if _starts_sentence(toks, idx) and (first.isupper() or first.isdigit()):
        return "full"
    return "partial"


_PARENTHETICAL = re.compile(r"\s*\([^()\ue000-\ue1ff]{1,40}\)")
Order = tuple[int, int, int]  # paragraph, sentence, token: reading order inside the article
_AUX = words_set("has had have is was will would may might can could did does says said told")


def _mentions(toks: list[str]) -> list[tuple[int, str]]:
    """People as subjects in reporter text: of a speech verb, or opening the sentence."""
    out: list[tuple[int, str]] = []
    j = 0
    while j < len(toks) and not is_cap(toks[j]):
        if toks[j].isalpha() and toks[j].islower():
            break
        j += 1
    run_end = j
    while run_end < len(toks) and is_cap(toks[run_end]):
        run_end += 1
    nxt = toks[run_end] if run_end < len(toks) else ""
    if run_end > j and (
        nxt == "," or (nxt.islower() and (nxt in _AUX or nxt.endswith(("ed", "s"))))
    ):
        sp = parse_speaker(" ".join(toks[j:run_end]))
        if sp and sp.name and not sp.is_org:
            out.append((j, sp.name))
    for i, t in enumerate(toks):
        if t in CUES and i > 0:
            subj = subject_before(toks, i)
            sp = parse_speaker(subj[0]) if subj else None
            if sp and sp.name and not sp.is_org:
                out.append((i, sp.name))
    return out


def _paragraph_quotes(
    par: str, pi: int, offset: int, prev_par: str | None
) -> tuple[list[_Found], list[tuple[Order, int, str]]]:
    """The quotations of one paragraph, and the people it names as subjects."""
    par = par.replace("''", ' "')  # two apostrophes for a double mark (NYT archive style)
    spans = find_spans(par)
    masked, _ = _mask(par, spans)
    masked = _PARENTHETICAL.sub("", masked)  # "Sen. Chris Murphy (D-Conn.) said"
    found: list[_Found] = []
    mentions: list[tuple[Order, int, str]] = []
    for si, (_, sentence) in enumerate(_sentences(masked)):
        toks, own = _frames(sentence)
        mentions.extend(((pi, si, i), offset, name) for i, name in _mentions(toks))
        final = _final_frame(toks)
        for idx, t in enumerate(toks):
            k = _mask_id(t)
            if k is None:
                continue
            span = spans[k]
            phrase = own.get(k) or _pre_frame(toks, idx, own)
            if phrase is None and final and final[1] > idx:
                phrase = final[0]
            if phrase is None and idx <= 1 and prev_par and prev_par.rstrip().endswith(":"):
                ptoks = tokens(prev_par)
                phrase = _pre_frame(ptoks, len(ptoks), {})
            speaker = parse_speaker(phrase) if phrase else None
            if (speaker is None or not (speaker.name or speaker.pronoun)) and any(
                t in CUES for t in toks
            ):  # "Trump has hailed the vote as “fantastic,” telling reporters …"
                subject = _sentence_subject(toks, idx)
                if subject:
                    phrase, speaker = subject, parse_speaker(subject)
            kind = _kind(span, toks, idx)
            found.append(
                _Found(
                    span, pi, offset + span.start, (pi, si, idx), speaker, kind, phrase is not None
                )
            )
    return found, mentions


def _final_frame(toks: list[str]) -> tuple[str, int] | None:
    """ "…, President Biden’s administration warned." closing the sentence."""
    commas = [i for i, t in enumerate(toks) if t == ","]
    if not commas:
        return None
    c = commas[-1]
    clause = toks[c + 1 :]
    if any(_mask_id(t) is not None for t in clause) or len(clause) > 12:
        return None
    phrase = _clause_frame(clause)
    return (phrase, c) if phrase else None


def extract_quotes(article: ArticleText) -> list[FoundQuote]:
    """The direct quotes of the article body, each with its speaker when the text makes it clear."""
    index = NameIndex()
    offsets, at = [], 0
    for par in article.paragraphs:
        offsets.append(at)
        index.add_text(at, par)
        at += len(par) + 1
    found: list[_Found] = []
    mentions: list[tuple[Order, int, str]] = []
    for pi, par in enumerate(article.paragraphs):
        prev = article.paragraphs[pi - 1] if pi else None
        quotes, named = _paragraph_quotes(par, pi, offsets[pi], prev)
        found.extend(quotes)
        mentions.extend(named)
    return _resolve(found, mentions, index, article.paragraphs)


def _resolve(
    found: list[_Found],
    mentions: list[tuple[Order, int, str]],
    index: NameIndex,
    paragraphs: Sequence[str],
) -> list[FoundQuote]:
    """Names for attributed quotes first, in reading order so that a pronoun or "the senator" goes
    to the person named last; then unattributed full quotes take the speaker of the quote beside
    them."""
    resolved: list[tuple[str | None, str | None] | None] = [None] * len(found)
    last_person: dict[int, str | None] = {}  # unattributed quote → the person named last before it
    events = sorted(
        [(f.order, 1, n, "") for n, f in enumerate(found)]
        + [(order, 0, at, name) for order, at, name in mentions]
    )
    recent: list[str] = []  # people named or quoted so far, most recent last
    for _, is_quote, n, name in events:
        if not is_quote:
            full = index.fullest(name, n)
            if len(full.split()) >= 2 or index.gender(full):  # "Nor," or "Specifically," are no one
                recent.append(full)
            continue
        f = found[n]
        if not f.attributed:
            last_person[n] = recent[-1] if recent else None
            continue
        person, role = _speaker_name(f, index, recent, paragraphs)
        resolved[n] = (person, role)
        if person and f.speaker and not f.speaker.is_org:
            recent.append(person)
    out: list[FoundQuote] = []
    for n, f in enumerate(found):
        if not f.attributed:
            if f.kind == "partial" or _is_scare(f.span.text):
                continue
            resolved[n] = _inherit(found, resolved, n)
            if resolved[n] == (None, None) and last_person.get(n):
                person = last_person[n]  # a quote left bare: the person the article is about here
                resolved[n] = (person, role_near(person, paragraphs) if person else None)
        speaker, speaker_role = resolved[n] or (None, None)
        text = f.span.text.rstrip(",") if f.kind == "full" else f.span.text.rstrip(",.")
        out.append(FoundQuote(text.strip(), speaker, speaker_role, f.kind, f.para))
    return out


def _is_scare(text: str) -> bool:
    return len(text.split()) < 3


def _inherit(
    found: list[_Found], resolved: list[tuple[str | None, str | None] | None], n: int
) -> tuple[str | None, str | None]:
    """An unattributed full quote: the speaker of the quote beside it in the paragraph, or of the
    last quote of the paragraph just before."""
    f = found[n]
    same = [
        m for m in range(len(found)) if m != n and found[m].para == f.para and found[m].attributed
    ]
    if same:
        before = [m for m in same if m < n]
        return resolved[before[-1] if before else same[0]] or (None, None)
    prev = [m for m in range(n) if found[m].para == f.para - 1]
    if prev:
        return resolved[prev[-1]] or (None, None)
    return (None, None)


def _speaker_name(
    f: _Found, index: NameIndex, recent: list[str], paragraphs: Sequence[str]
) -> tuple[str | None, str | None]:
    sp = f.speaker
    if sp is None:
        return None, None
    if sp.pronoun:
        want = PRONOUNS[sp.pronoun]
        return _resolve_pronoun(want, index, recent) or _named_before(want, index, f.pos), None
    if sp.name is None:
        if sp.role and not one_person(sp.role.split()[-1]):
            return None, None  # "the statement said", "the campaign said": no person
        if sp.definite:  # "the senator said": the person named last
            return _resolve_pronoun(None, index, recent) or _named_before(
                None, index, f.pos
            ), sp.role
        return None, sp.role
    if sp.is_org:
        return sp.name, None
    full = index.fullest(sp.name, f.pos)
    return full, sp.role or role_near(full, paragraphs)


def _resolve_pronoun(want: str | None, index: NameIndex, recent: list[str]) -> str | None:
    """The person named or quoted last whose known gender does not contradict the pronoun."""
    for name in reversed(recent):
        if want is None or index.gender(name) in (want, None):
            return name
    return None


def _named_before(want: str | None, index: NameIndex, position: int) -> str | None:
    """Failing a subject: the nearest full name written before `position` that fits the pronoun."""
    for at, name in reversed(index.runs):
        if at < position and len(name.split()) >= 2 and index.gender(name) in (want, None):
            return index.fullest(name, at)
    return None


def _clean(text: str) -> str:
    return text.rstrip(",").strip()


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


_MAX_POSTING = 200  # quotes sharing one three-word run beyond which the run is ignored


def cluster_quotes(items: Sequence[tuple[int, str, str | None]]) -> dict[int, int]:
    """Group reports of the same words by the same speaker: quote id → cluster id.

    Quotes are compared only within one speaker key (None is its own block), and inside a block only
    when they share a run of three words, so the cost stays near linear in the number of quotes."""
    blocks: dict[str | None, list[tuple[int, str]]] = defaultdict(list)
    texts: dict[int, str] = {}
    for qid, text, key in items:
        texts[qid] = _norm(text)
        blocks[key].append((qid, texts[qid]))
    parent: dict[int, int] = {qid: qid for qid, _, _ in items}

    def root(q: int) -> int:
        while parent[q] != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    for block in blocks.values():
        for qa, qb in sorted(_candidate_pairs(block)):
            if root(qa) != root(qb) and _same_words(texts[qa], texts[qb]):
                parent[root(qb)] = root(qa)
    return {qid: root(qid) for qid, _, _ in items}


def _candidate_pairs(block: list[tuple[int, str]]) -> set[tuple[int, int]]:
    """Pairs of quotes sharing a run of three words: a near-linear prefilter before fuzzy matching.
    Runs shared by very many quotes ("i don t") say nothing and are skipped."""
    postings: dict[str, list[int]] = defaultdict(list)
    for qid, text in block:
        words = text.split()
        for gram in {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}:
            postings[gram].append(qid)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if 1 < len(ids) <= _MAX_POSTING:
            pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    return pairs


def _same_words(a: str, b: str) -> bool:
    """Two normalised quotes report the same words: near-identical, or the shorter one inside the
    longer one (a partial quote of a full one)."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if fuzz.ratio(a, b) >= 80 or fuzz.token_set_ratio(a, b) >= 90:
        return True
    return len(short.split()) >= 3 and fuzz.partial_ratio(short, long_) >= 88

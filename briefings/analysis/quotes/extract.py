"""Direct quotes of one article with their speakers; variants across articles are merged by
`cluster_quotes`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefings.analysis.common.mojibake import repaired_names
from briefings.analysis.quotes.confidence.model import THRESHOLD
from briefings.analysis.quotes.finding.captions import is_caption
from briefings.analysis.quotes.finding.inner import with_inner_quotes
from briefings.analysis.quotes.finding.paragraph import (
    Found,
    Mentioned,
    paragraph_quotes,
    quote_spans,
)
from briefings.analysis.quotes.finding.signed_lines import signed_line
from briefings.analysis.quotes.resolution.names.forms.written_forms import as_written
from briefings.analysis.quotes.resolution.speakers import Observer, resolve_speakers
from briefings.analysis.results import ArticleText, FoundQuote
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["extract_quotes"]


def extract_quotes(
    article: ArticleText, threshold: float = THRESHOLD, observe: Observer | None = None
) -> list[FoundQuote]:
    """The direct quotes of the article body, each with its speaker when the text makes it clear:
    a speaker found with a confidence below `threshold` is left out ("not clear in the source").
    `observe`, if given, sees each quote with the context its confidence was computed from (before
    the threshold; the fitting script learns from it)."""
    # names mis-encoded ("FranÃ§ois Delattre") read as written meant: "he said" may be his
    paragraphs, first_of = _rejoined([repaired_names(par) for par in article.paragraphs])
    offsets, at = [], 0
    for par in paragraphs:
        offsets.append(at)
        at += len(par) + 1
    found: list[Found] = []
    mentions: list[Mentioned] = []
    # after the last paragraph with a quotation there is no quote, and no one named there can be
    # the speaker of one: those paragraphs are not read
    spans = [quote_spans(par) for par in paragraphs]
    last = max((pi for pi, quoted in enumerate(spans) if quoted), default=-1)
    for pi, par in enumerate(paragraphs[: last + 1]):
        prev = paragraphs[pi - 1] if pi else None
        quotes, named = paragraph_quotes(par, pi, offsets[pi], prev, spans[pi])
        if not quotes and prev is not None and is_caption(par, prev):
            named = []  # a photo's caption after its credit: "Sanford police officer Timothy
            # Smith holds up the gun …" is no one a later "he added" means
        found.extend(quotes)
        mentions.extend(named)
    if not found:
        return []  # no quotation: no speaker to look for among the article's names
    index = NameIndex(title=repaired_names(article.title or ""))
    for par, at in zip(paragraphs, offsets, strict=True):
        index.add_text(at, par)
    resolved = resolve_speakers(found, mentions, index, paragraphs, threshold, observe)
    out = as_written(resolved, paragraphs)  # "Lamar T. Greene Jr.", as the article writes it
    out = with_inner_quotes(out, paragraphs, offsets, index)  # ‘…’ inside “…”: its own quote
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
        signed = signed_line(par) if out and _left_open(out[-1]) else None
        if signed is not None:  # "“I worry … tax cuts." / "Dean Baker, Center for …”": the
            out[-1] = f"{out[-1].rstrip()}{signed[0]} — {signed[1]}"  # quotation closes, signed
            continue
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

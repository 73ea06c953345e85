"""The whole story written out for a document (Markdown), a spreadsheet (CSV) or a script (JSON)."""

from __future__ import annotations

import csv
import io
from typing import Any

from briefings.answers import format_date, source_label, source_title, to_json
from briefings.chat.wording import count, mentions_in, partial_mark
from briefings.story import Story

FORMATS = ("json", "md", "csv")
CSV_COLUMNS = (
    "section",
    "id",
    "text",
    "who",
    "role",
    "kind",
    "date",
    "date_precision",
    "outlet",
    "url",
    "sources",
    "told_by",
)


def gather(story: Story) -> dict[str, Any]:
    """Briefing, every quote, person, dated event and source; citations are article ids."""
    return {
        "briefing": story.briefing(),
        "quotes": story.quotes(limit=None).quotes,
        "people": story.people(),
        "timeline": story.timeline(),
        "sources": story.sources(),
    }


def export(story: Story, fmt: str) -> str:
    story_parts = gather(story)
    if fmt == "json":
        import json

        return json.dumps(to_json(story_parts), ensure_ascii=False, indent=2)
    if fmt == "md":
        return markdown(story_parts)
    if fmt == "csv":
        return table(story_parts)
    raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")


def _ids(refs: Any) -> str:
    return "".join(f"[{r.article_id}]" for r in refs)


def markdown(parts: dict[str, Any]) -> str:
    brief = parts["briefing"]
    lines = [f"# {brief.headline}", ""]
    if brief.note:
        lines += [f"*{brief.note}*", ""]
    for point in brief.points:
        when = format_date(point.date, point.date_precision)
        lines.append(f"- **{when}** — {point.text} {_ids(point.sources)}")
    lines += ["", "## Quotes", ""]
    for q in parts["quotes"]:
        who = q.speaker_shown or "speaker not clear in the source"
        role = f", {q.speaker_role}" if q.speaker_role else ""
        lines.append(f"- “{q.text}” — {who}{role}{partial_mark(q.kind)} {_ids(q.sources)}")
    lines += ["", "## People", ""]
    for p in parts["people"]:
        role = f", {p.role}" if p.role else ""
        lines.append(f"- {p.name} ({p.kind}{role}): {mentions_in(p.mentions, len(p.articles))}")
    lines += ["", "## Timeline", ""]
    for e in parts["timeline"]:
        lines.append(f"- **{format_date(e.date, e.date_precision)}** — {e.text} {_ids(e.sources)}")
    lines += ["", f"## Sources ({count(len(parts['sources']), 'article')})", ""]
    for s in parts["sources"]:
        url = f" <{s.url}>" if s.url else ""
        lines.append(f"- [{s.id}] {source_title(s)} — {source_label(s)}{url}")
    return "\n".join(lines) + "\n"


def table(parts: dict[str, Any]) -> str:
    """One row per point, quote, person, event and source, the `section` column saying which;
    `sources` cites article ids as [1][3], the `id` of the source rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="")
    writer.writeheader()
    for p in parts["briefing"].points:
        writer.writerow(_dated("point", p.text, p.date, p.date_precision, _ids(p.sources)))
    for q in parts["quotes"]:
        row = {"section": "quote", "text": q.text, "who": q.speaker or "", "kind": q.kind}
        told = {"told_by": q.told_by or ""}
        writer.writerow({**row, "role": q.speaker_role or "", "sources": _ids(q.sources), **told})
    for p in parts["people"]:
        ids = "".join(f"[{a}]" for a in p.articles)
        row = {"section": "person", "who": p.name, "role": p.role or "", "kind": p.kind}
        writer.writerow({**row, "sources": ids})
    for e in parts["timeline"]:
        writer.writerow(_dated("event", e.text, e.date, e.date_precision, _ids(e.sources)))
    for s in parts["sources"]:
        row = _dated("source", source_title(s), s.published, s.date_precision, "")
        writer.writerow(
            {**row, "id": s.id, "who": s.author or "", "outlet": s.outlet or "", "url": s.url or ""}
        )
    return out.getvalue()


def _dated(section: str, text: str, date: Any, precision: str, sources: str) -> dict[str, Any]:
    return {
        "section": section,
        "text": text,
        "date": _iso(date),
        "date_precision": precision,
        "sources": sources,
    }


def _iso(date: Any) -> str:
    return date.isoformat() if date else ""

"""Score extract_quotes on PolNeAR (hand-annotated attributions in US political news).

Gold: every double-quoted segment of the body (curly, straight or '' marks, one segment per paragraph)
lying for at least half inside an annotated Content span is a direct quote; when several Contents
hold it (nested attributions) the smallest one gives the Source. Articles with several annotators:
the annotator whose id sorts first is used. The gold speaker is the last capitalised, non-possessive
word of the Source ("Clinton campaign spokesman Brian Fallon" → Fallon). A Source without such a
word (a pronoun or a description: "he", "the senator", "Trump’s campaign manager") is resolved to
the nearest preceding Source of the same article that has one; with none, the gold speaker is
unknown and only a prediction with no speaker counts as right for it. Attributions without a
Source have an unknown gold speaker too.

A prediction matches a gold quote of the same article when their texts (lower case, words only)
have a rapidfuzz ratio ≥ 90, one to one. It has the right speaker when the gold surname is one of
the words of the predicted speaker.

Run: .venv/bin/python -m evaluation.quotes_polnear [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from briefings.analysis.quotes import extract_quotes
from briefings.analysis.results import ArticleText

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-train"
if not DATA.exists():
    DATA = Path("/work/shared/data/polnear-train")
RESULTS = Path(__file__).resolve().parent / "results" / "quotes_polnear.json"
_SEGMENT = re.compile(r"“([^“”]+)(?:”|$)|\"([^\"]+)(?:\"|$)|''((?:(?!'').)+)(?:''|$)")
_NOT_NAMES = set(
    "I The A An He She It They We You This That His Her Their Its Our My Mr Mrs Ms Dr Sen Rep Gov"
    " Republican Republicans Democrat Democrats GOP American Americans".split()
)


@dataclass(frozen=True)
class Gold:
    text: str
    surname: str | None


@dataclass(frozen=True)
class Doc:
    name: str
    title: str
    paragraphs: tuple[str, ...]
    gold: tuple[Gold, ...]


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def surname(source: str) -> str | None:
    """The last capitalised, non-possessive word of a Source span, None for pronouns/descriptions."""
    source = re.sub(r"\([^)]*\)", " ", source)
    source = re.split(r",| of | who | at | from | for | in ", source)[0]
    words = re.findall(r"[\w’'.\-]+", source)
    names = [
        w.strip(".")
        for w in words
        if w[:1].isupper() and w not in _NOT_NAMES and not re.search(r"(’s|'s|s’|s')$", w)
    ]
    return names[-1] if names else None


def _parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            label, _, offs = parts[1].partition(" ")
            ranges = [tuple(map(int, o.split())) for o in offs.split(";")]
            spans[parts[0]] = (label, [(a, b) for a, b in ranges], parts[2])
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    return spans, events


def load(limit: int | None = None) -> list[Doc]:
    by_name: dict[str, list[Path]] = {}
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        by_name.setdefault(name, []).append(ann)
    docs = []
    for name, anns in sorted(by_name.items())[:limit]:
        text = (DATA / "text" / f"{name}.txt").read_text(encoding="utf-8")
        docs.append(_doc(name, text, anns[0]))
    return docs


def _doc(name: str, text: str, ann: Path) -> Doc:
    spans, events = _parse_ann(ann)
    attributions = []  # (content ranges, content length, source offset, surname)
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if not content:
            continue
        source = spans.get(ev.get("Source", ""))
        src_at = source[1][0][0] if source else None
        attributions.append(
            (
                content[1],
                sum(b - a for a, b in content[1]),
                src_at,
                surname(source[2]) if source else None,
                source is not None,
            )
        )
    named = sorted((a[2], a[3]) for a in attributions if a[2] is not None and a[3])

    def resolve(src_at: int | None, name_: str | None, has_source: bool) -> str | None:
        if name_ or not has_source or src_at is None:
            return name_
        before = [n for at, n in named if at < src_at]
        return before[-1] if before else None

    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    title = lines[0][1]
    paragraphs, gold = [], []
    for start, line in lines[1:]:
        if not line.strip():
            continue
        paragraphs.append(line.strip())
        for m in _SEGMENT.finditer(line):
            inner = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            a, b = start + m.start(), start + m.end()
            best = None
            for ranges, length, src_at, name_, has_source in attributions:
                inside = sum(max(0, min(b, y) - max(a, x)) for x, y in ranges)
                if inner and inside * 2 >= b - a and (best is None or length < best[0]):
                    best = (length, resolve(src_at, name_, has_source))
            if best is not None and norm(inner):
                gold.append(Gold(inner, best[1]))
    return Doc(name, title, tuple(paragraphs), tuple(gold))


Predictor = Callable[[Doc], list[tuple[str, str | None]]]


def ours(doc: Doc) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(ArticleText(doc.title, doc.paragraphs))]


def baseline(doc: Doc) -> list[tuple[str, str | None]]:
    """Every double-quoted segment; speaker = the capitalised word nearest before the nearest "said"."""
    out = []
    for par in doc.paragraphs:
        saids = [m.start() for m in re.finditer(r"\bsaid\b", par)]
        for m in _SEGMENT.finditer(par):
            inner = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            speaker = None
            if saids:
                said = min(saids, key=lambda s: abs(s - m.start()))
                caps = [
                    w.group(0)
                    for w in re.finditer(r"\b[A-Z][\w’'\-]+", par[:said])
                    if w.group(0) not in _NOT_NAMES
                ]
                speaker = caps[-1] if caps else None
            out.append((inner, speaker))
    return out


def _speaker_ok(gold: str | None, predicted: str | None) -> bool:
    if gold is None:
        return predicted is None
    words = {re.sub(r"(’s|'s)$", "", w).lower() for w in re.findall(r"[\w’'\-]+", predicted or "")}
    return gold.lower() in words


def score(docs: list[Doc], predict: Predictor, errors: list[str] | None = None) -> dict[str, float]:
    n_pred = n_gold = matched = right = 0
    for doc in docs:
        preds = [(norm(t), t, s) for t, s in predict(doc) if norm(t)]
        golds = [(norm(g.text), g) for g in doc.gold]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(golds)
        pairs = sorted(
            (
                (fuzz.ratio(p[0], g[0]), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(golds)
                if abs(len(p[0]) - len(g[0])) <= max(len(p[0]), len(g[0])) * 0.2
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for r, i, j in pairs:
            if r < 90 or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            matched += 1
            ok = _speaker_ok(golds[j][1].surname, preds[i][2])
            right += ok
            if errors is not None and not ok:
                errors.append(
                    f"SPEAKER {doc.name}: gold={golds[j][1].surname} got={preds[i][2]} | {preds[i][1][:90]}"
                )
        if errors is not None:
            errors.extend(
                f"FP {doc.name}: {preds[i][2]} | {preds[i][1][:100]}"
                for i in range(len(preds))
                if i not in used_p
            )
            errors.extend(
                f"FN {doc.name}: {golds[j][1].surname} | {golds[j][1].text[:100]}"
                for j in range(len(golds))
                if j not in used_g
            )
    return {
        "gold": n_gold,
        "predicted": n_pred,
        **_prf("quote", matched, n_pred, n_gold),
        **_prf("quote_speaker", right, n_pred, n_gold),
        "speaker_accuracy": round(right / matched, 3) if matched else 0.0,
    }


def _prf(prefix: str, tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        f"{prefix}_precision": round(p, 3),
        f"{prefix}_recall": round(r, 3),
        f"{prefix}_f1": round(f, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors")
    args = parser.parse_args()
    docs = load(args.limit)
    errors: list[str] = []
    started = time.perf_counter()
    result = {
        "articles": len(docs),
        "ours": score(docs, ours, errors),
        "baseline": score(docs, baseline),
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    for line in errors[: args.errors]:
        print(line)
    for system in ("ours", "baseline"):
        r = result[system]
        print(
            f"{system:9} quotes P/R/F1 {r['quote_precision']:.3f}/{r['quote_recall']:.3f}/{r['quote_f1']:.3f}"
            f"  quote+speaker P/R/F1 {r['quote_speaker_precision']:.3f}/{r['quote_speaker_recall']:.3f}"
            f"/{r['quote_speaker_f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}"
        )
    print(f"{len(docs)} articles, {result['ours']['gold']} gold quotes, {result['seconds']} s")
    if args.limit is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

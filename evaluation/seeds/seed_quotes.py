"""Score extract_quotes on the five seed articles against the hand labels (labels/seed_quotes.json).

Labelling rules: a quote is the words inside quotation marks in the body; headline quotes, scare
quotes (“rogue”, ‘volunteers’) and a one-word echo with no speech verb introducing it (the “price”
“as Jake Sullivan suggested” in 003) are not quotes; speaker is the fullest name the article
gives (null when the article does not name the speaker, e.g. "Putin’s spokesman").
A prediction matches a label when their texts (lower case, words only) have a rapidfuzz ratio ≥ 90,
one to one; its speaker is right when the last word of the labelled speaker is one of its words
(or both are null). Until the lead's cleaner (briefings.ingest) lands, the body is read with the
small local helper `paragraphs` below.

Run: .venv/bin/python -m evaluation seed_quotes
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from evaluation.described import described
from evaluation.gold.matching import norm, pair_up
from evaluation.gold.scoring import prf_fields

ROOT = Path(__file__).resolve().parents[2]
LABELS = Path(__file__).resolve().parents[1] / "labels" / "seed_quotes.json"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "seed_quotes.json"
_CAPTION = re.compile(r"\(Photo|Getty Images|AP Photo|via AP\)|https?://|\(@\w+\)|^By ", re.I)


def paragraphs(raw: str) -> ArticleText:
    """Title and body paragraphs of a seed file: non-empty lines, without captions, embedded tweets,
    bylines and other short lines that do not end a sentence. The first line is the title when it
    is short and does not end a sentence."""
    lines = [line.strip() for line in raw.splitlines()]
    title = None
    if lines and lines[0] and len(lines[0]) < 150 and not _ends_sentence(lines[0]):
        title, lines = lines[0], lines[1:]
    body = [
        line
        for line in lines
        if line and not _CAPTION.search(line) and (len(line) >= 80 or _ends_sentence(line))
    ]
    return ArticleText(title, tuple(body))


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in {".", "?", "!", "”", '"', "’"}


def _speaker_ok(gold: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold is got
    return gold.split()[-1].lower() in {w.lower() for w in re.findall(r"[\w’'\-]+", got)}


def score_file(
    found: list[FoundQuote], labels: list[dict[str, str | None]]
) -> tuple[int, int, int]:
    """(matched quotes, matched with the right speaker and kind, errors printed)."""
    paired = pair_up([norm(q.text) for q in found], [norm(label["text"] or "") for label in labels])
    used_q, used_l = set(paired), set(paired.values())
    matched = right = 0
    for i, j in paired.items():
        matched += 1
        ok = _speaker_ok(labels[j]["speaker"], found[i].speaker)
        right += ok
        if not ok:
            print(
                f"  speaker: {found[i].speaker!r}, label {labels[j]['speaker']!r}:"
                f" {found[i].text[:60]}"
            )
    for i in set(range(len(found))) - used_q:
        print(f"  extra: {found[i].speaker!r}: {found[i].text[:70]}")
    for j in set(range(len(labels))) - used_l:
        print(f"  missed: {labels[j]['speaker']!r}: {(labels[j]['text'] or '')[:70]}")
    return matched, right, 0


def main() -> None:
    labels: dict[str, list[dict[str, str | None]]] = json.loads(LABELS.read_text(encoding="utf-8"))
    n_pred = n_gold = matched = right = 0
    for name, wanted in sorted(labels.items()):
        article = paragraphs((ROOT / "seeds" / name).read_text(encoding="utf-8"))
        found = extract_quotes(article)
        print(name)
        m, r, _ = score_file(found, wanted)
        n_pred, n_gold, matched, right = (
            n_pred + len(found),
            n_gold + len(wanted),
            matched + m,
            right + r,
        )
    result = {
        "labels": n_gold,
        "predicted": n_pred,
        **prf_fields("quote", matched, n_pred, n_gold),
        **prf_fields("quote_speaker", right, n_pred, n_gold),
        "speaker_accuracy": round(right / matched, 3) if matched else 0.0,
    }
    print(
        f"quotes P/R/F1 {result['quote_precision']}/{result['quote_recall']}/{result['quote_f1']}"
        f"  quote+speaker P/R/F1 {result['quote_speaker_precision']}/"
        f"{result['quote_speaker_recall']}/{result['quote_speaker_f1']}"
        f"  speaker accuracy {result['speaker_accuracy']}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    argparse.ArgumentParser(description=described(__doc__)).parse_args()  # --help
    main()

"""Score extract_quotes on PolNeAR (hand-annotated attributions in US political news).

The gold is PolNeAR's as `polnear.gold` reads it (its docstring tells how).

A prediction matches a gold quote of the same article when their texts (lower case, words only)
have a rapidfuzz ratio ≥ 90, one to one. It has the right speaker when the gold surname is one of
the words of the predicted speaker. The surname cannot tell Bill from Hillary Clinton, so
`person_precision` also asks, where the Source itself writes a given name or a courtesy title
("Bill Clinton said", "Mrs. Clinton said"), that the predicted person has that given name (or one
the nicknames package makes the same) or a gender that title allows.

Run: .venv/bin/python -m evaluation quotes_polnear [--limit N] [--errors N] [--gold-reading R]
[--half tuned|held_out] (`--errors` lists errors of the tuned articles only, whatever `--limit`
loads; `--half tuned` analyses and scores the tuned articles alone, so that rule work never sees a
held-out figure, and writes nothing.)
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.common.given_names.nicknames import one_given_name
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.inner import is_inner
from briefings.analysis.results import ArticleText
from evaluation.described import described
from evaluation.gold.matching import norm, pair_up
from evaluation.gold.scoring import prf_fields
from evaluation.quotes.polnear.gold import HELD_OUT, READINGS, Doc, Gold, article_count, load
from evaluation.quotes.polnear.sources import NOT_NAMES, SEGMENT

RESULTS = Path(__file__).resolve().parents[1] / "results" / "quotes_polnear.json"


Predictor = Callable[[Doc], list[tuple[str, str | None]]]


def ours(doc: Doc) -> list[tuple[str, str | None]]:
    """Our quotes but the quotations listed from inside another: the gold annotates those within
    the outer quotation's Content (round 51: of 184 in the tuned half, 10 have a Content of their
    own, and half of those because the article also quotes the same words on their own)."""
    found = extract_quotes(ArticleText(doc.title, doc.paragraphs))
    return [(q.text, q.speaker) for q in found if not is_inner(q)]


def _once(predict: Predictor) -> Predictor:
    """`predict`, each article's answer computed once however often it is scored."""
    answers: dict[str, list[tuple[str, str | None]]] = {}

    def once(doc: Doc) -> list[tuple[str, str | None]]:
        if doc.name not in answers:
            answers[doc.name] = predict(doc)
        return answers[doc.name]

    return once


def baseline(doc: Doc) -> list[tuple[str, str | None]]:
    """Each double-quoted segment, given to the capitalised word nearest before the nearest said."""
    out = []
    for par in doc.paragraphs:
        saids = [m.start() for m in re.finditer(r"\bsaid\b", par)]
        for m in SEGMENT.finditer(par):
            inner = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            speaker = None
            if saids:
                said = min(saids, key=lambda s: abs(s - m.start()))
                caps = [
                    w.group(0)
                    for w in re.finditer(r"\b[A-Z][\w’'\-]+", par[:said])
                    if w.group(0) not in NOT_NAMES
                ]
                speaker = caps[-1] if caps else None
            out.append((inner, speaker))
    return out


def _speaker_ok(gold: str | None, predicted: str | None) -> bool:
    if gold is None:
        return predicted is None
    words = {re.sub(r"(’s|'s)$", "", w).lower() for w in re.findall(r"[\w’'\-]+", predicted or "")}
    return gold.lower() in words


_COURTESY_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}


def _person_ok(gold: Gold, predicted: str) -> bool:
    """Where the Source writes a given name or a courtesy title before the gold surname, the
    predicted person fits it: "Mrs. Clinton" is not Bill Clinton."""
    words = (gold.source or "").split()
    if not gold.surname or gold.surname not in words:
        return True
    before = words[words.index(gold.surname) - 1] if words.index(gold.surname) else ""
    gender = _COURTESY_GENDER.get(before.lower())
    if gender:
        return gender_of(predicted) in (gender, None)
    first = predicted.split()[0]
    if is_given_name(before) and first != gold.surname:
        return one_given_name(before, first)
    return True


def score(docs: list[Doc], predict: Predictor, errors: list[str] | None = None) -> dict[str, float]:
    n_pred = n_gold = matched = right = named = named_right = unclear = unclear_matched = 0
    person_right = 0
    for doc in docs:
        preds = [(norm(t), t, s) for t, s in predict(doc) if norm(t)]
        golds = [(norm(g.text), g) for g in doc.gold]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(golds)
        unclear += sum(g.unclear for _, g in golds)
        paired = pair_up([p[0] for p in preds], [g[0] for g in golds], within=0.2)
        used_p, used_g = set(paired), set(paired.values())
        for i, j in paired.items():
            matched += 1
            if golds[j][1].unclear:  # whose words these are, the text does not settle
                unclear_matched += 1
                if errors is not None:
                    errors.append(f"UNCLEAR {doc.name}: ({golds[j][1].source}) got={preds[i][2]}")
                continue
            ok = _speaker_ok(golds[j][1].surname, preds[i][2])
            right += ok
            predicted = preds[i][2]
            if predicted is not None:
                named += 1
                named_right += ok
                person_right += ok and _person_ok(golds[j][1], predicted)
            if errors is not None and not ok:
                errors.append(
                    f"SPEAKER {doc.name}: gold={golds[j][1].surname} ({golds[j][1].source})"
                    f" got={preds[i][2]}"
                    f" | {preds[i][1][:90]}"
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
    clear = matched - unclear_matched  # speaker figures leave out the quotes of unclear speaker
    return {
        "gold": n_gold,
        "predicted": n_pred,
        **prf_fields("quote", matched, n_pred, n_gold),
        **prf_fields("quote_speaker", right, n_pred - unclear_matched, n_gold - unclear),
        "speaker_accuracy": round(right / clear, 3) if clear else 0.0,
        "named": named,
        "attribution_precision": round(named_right / named, 3) if named else 1.0,
        "person_precision": round(person_right / named, 3) if named else 1.0,
        "coverage": round(named / clear, 3) if clear else 0.0,  # found quotes given a speaker
        "gold_unclear": unclear,
    }


def _half_line(half: str, r: dict[str, Any]) -> str:
    """One half's figures as the command prints them."""
    return (
        f"{half} ({r['articles']} articles): quote+speaker P/R/F1"
        f" {r['quote_speaker_precision']:.3f}/{r['quote_speaker_recall']:.3f}"
        f"/{r['quote_speaker_f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}"
        f"  attribution precision {r['attribution_precision']:.3f}"
        f" (person {r['person_precision']:.3f})  coverage {r['coverage']:.3f}"
        f"  named {r['named']}"
    )


def _score_half(half: str, limit: int | None, reading: str, errors: int) -> None:
    """Print one half's figures (and the tuned half's errors); the other half is never loaded."""
    tuned = article_count() - HELD_OUT
    if half == "tuned":
        docs = load(min(limit, tuned) if limit is not None else tuned, reading)
    else:
        docs = load(None, reading)[tuned:]
    lines: list[str] = []
    r = {"articles": len(docs), **score(docs, _once(ours), lines if half == "tuned" else None)}
    for line in lines[:errors]:
        print(line)
    print(_half_line(half, r))


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--errors", type=int, default=0, help="print up to N errors of the tuned half"
    )
    parser.add_argument(
        "--gold-reading", choices=READINGS, default=READINGS[0], help="how the gold is read"
    )
    parser.add_argument(
        "--half",
        choices=("tuned", "held_out"),
        default=None,
        help="score that half alone (tuned: no held-out article is read) and write nothing",
    )
    args = parser.parse_args()
    if args.half:
        _score_half(args.half, args.limit, args.gold_reading, args.errors)
        return
    docs = load(args.limit, args.gold_reading)
    errors: list[str] = []
    started = time.perf_counter()
    predicted = _once(ours)
    result: dict[str, Any] = {
        "articles": len(docs),
        "ours": score(docs, predicted),
        "baseline": score(docs, baseline),
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    tuned = docs[: article_count() - HELD_OUT]  # errors are listed for these alone
    score(tuned, predicted, errors)
    if len(docs) > HELD_OUT:  # the latest rules never saw these
        result["tuned"] = {"articles": len(docs) - HELD_OUT, **score(docs[:-HELD_OUT], predicted)}
        result["held_out"] = {"articles": HELD_OUT, **score(docs[-HELD_OUT:], predicted)}
    for line in errors[: args.errors]:
        print(line)
    for system in ("ours", "baseline"):
        r = result[system]
        print(
            f"{system:9} quotes P/R/F1 {r['quote_precision']:.3f}/{r['quote_recall']:.3f}"
            f"/{r['quote_f1']:.3f}  quote+speaker P/R/F1 {r['quote_speaker_precision']:.3f}"
            f"/{r['quote_speaker_recall']:.3f}"
            f"/{r['quote_speaker_f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}"
            f"  attribution precision {r['attribution_precision']:.3f}"
            f" (person {r['person_precision']:.3f})"
        )
    for half in ("tuned", "held_out"):
        if half in result:
            print(_half_line(half, result[half]))
    print(f"{len(docs)} articles, {result['ours']['gold']} gold quotes, {result['seconds']} s")
    if args.limit is None and args.gold_reading == READINGS[0]:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

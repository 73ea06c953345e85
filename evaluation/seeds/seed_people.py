"""Score extract_entities on the five seed articles against the hand labels in labels/seed_people.json.

Names: a predicted entity matches a labelled one of the same kind when its name equals the label's
name or one of its aliases (compared with `name_key`: no case, hyphens, dots or accents), one to
one; precision, recall and F1 per kind. Roles: over matched people and organisations, the role is
right when it equals the labelled role (both null counts as right). Support: every role output
must occur in the article text within 120 characters of one of the entity's names. Story level:
the seeds are linked and `who Kirby` / `who Kim` looked up.

On real text (no labels for every name there): PolNeAR's hand-annotated Source spans that are full
names ("Jeb Bush", two to four capitalised words) are looked for among the people extracted from
the same article (recall of named speakers as people, matched by surname).

Run: .venv/bin/python -m evaluation seed_people
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from briefings.analysis.common.names import (
    COMMON_WORDS,
    DEMONYMS,
    ORG_NAMES,
    ORG_SUFFIXES,
    name_key,
)
from briefings.analysis.linking.index import EntityIndex
from briefings.analysis.linking.link import link_entities
from briefings.analysis.linking.records import MentionInput
from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText, FoundEntity
from evaluation.described import described
from evaluation.gold.scoring import prf
from evaluation.gold.seeds import load_seeds

POLNEAR = Path("/work/shared/data/polnear-train")
_FULL_NAME = re.compile(r"[A-Z][a-z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}")
LABELS = Path(__file__).resolve().parents[1] / "labels" / "seed_people.json"
RESULTS = Path(__file__).resolve().parents[1] / "results" / "seed_people.json"
SUPPORT_WINDOW = 120
KINDS = ("person", "organisation", "place")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn, empty=1.0)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn, empty=1.0)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp + self.fn, empty=1.0)[2]

    def row(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


def role_supported(article: ArticleText, entity: FoundEntity) -> bool:
    """Whether the role is written in the article close to one of the entity's names."""
    if entity.role is None:
        return True
    text = "\n".join(article.paragraphs)
    roles = [m.start() for m in re.finditer(re.escape(entity.role), text)]
    names = [
        m.start()
        for form in (entity.name, *entity.aliases)
        for m in re.finditer(re.escape(form), text)
    ]
    return any(abs(r - n) <= SUPPORT_WINDOW for r in roles for n in names)


def evaluate(
    articles: Mapping[str, ArticleText], labels: Mapping[str, Sequence[dict[str, Any]]]
) -> dict[str, Any]:
    """Name scores per kind, role accuracy, unsupported roles and the story lookups."""
    scores = {kind: Score() for kind in (*KINDS, "all")}
    roles_right, roles_total = 0, 0
    errors: list[str] = []
    unsupported: list[str] = []
    mentions: list[MentionInput] = []
    for article_id, (name, gold) in enumerate(sorted(labels.items())):
        article = articles[name]
        found = extract_entities(article)
        for e in found:
            mentions.append(
                MentionInput(
                    len(mentions), article_id, e.name, e.kind, e.role, e.aliases, e.mentions
                )
            )
            if not role_supported(article, e):
                unsupported.append(f"{name}: {e.name} — {e.role}")
        unmatched = list(gold)
        for e in found:
            label = next((g for g in unmatched if _same(e, g)), None)
            if label is None:
                scores[e.kind].fp += 1
                errors.append(f"{name}: extra {e.kind} {e.name!r}")
                continue
            unmatched.remove(label)
            scores[e.kind].tp += 1
            if e.kind != "place":
                roles_total += 1
                if name_key(e.role or "") == name_key(label["role"] or ""):
                    roles_right += 1
                else:
                    errors.append(
                        f"{name}: role of {e.name}: {e.role!r}, labelled {label['role']!r}"
                    )
        for g in unmatched:
            scores[g["kind"]].fn += 1
            errors.append(f"{name}: missed {g['kind']} {g['name']!r}")
    for kind in KINDS:
        for field in ("tp", "fp", "fn"):
            setattr(
                scores["all"], field, getattr(scores["all"], field) + getattr(scores[kind], field)
            )
    return {
        "names": {kind: score.row() for kind, score in scores.items()},
        "role_accuracy": round(roles_right / roles_total, 3) if roles_total else 1.0,
        "roles_checked": roles_total,
        "unsupported_roles": unsupported,
        "lookups": _lookups(link_entities(mentions)),
        "errors": errors,
    }


def _same(found: FoundEntity, label: dict[str, Any]) -> bool:
    keys = {name_key(n) for n in (label["name"], *label.get("aliases", []))}
    return found.kind == label["kind"] and name_key(found.name) in keys


def _lookups(entities: Sequence[Any]) -> dict[str, Any]:
    index = EntityIndex(entities)
    answers = {}
    for query in ("Kirby", "Kim", "Sullivan", "Putin"):
        entity = index.lookup(query)
        answers[query] = {
            "name": entity.name if entity else None,
            "role": entity.role if entity else None,
            "articles": len(entity.article_ids) if entity else 0,
            "others": index.others(query),
        }
    return answers


def polnear_speaker_recall(limit: int | None = None) -> dict[str, float | int]:
    """Share of full-name Source spans of PolNeAR found as people in the same article."""
    found_count, total = 0, 0
    for ann in sorted((POLNEAR / "attributions").glob("*.ann"))[:limit]:
        text_path = POLNEAR / "text" / f"{ann.stem.rsplit('_', 1)[0]}.txt"
        lines = [line.strip() for line in text_path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        people = extract_entities(ArticleText(lines[0], tuple(lines[1:])))
        words = {
            w
            for e in people
            if e.kind == "person"
            for form in (e.name, *e.aliases)
            for w in name_key(form).split()
        }
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].startswith("Source ") and _person_like(parts[2]):
                total += 1
                found_count += name_key(parts[2]).split()[-1] in words
    return {"sources": total, "recall": round(found_count / total, 3) if total else 1.0}


def _person_like(source: str) -> bool:
    """A Source span written as a full name, not "The Associated Press" nor "Breitbart News"."""
    words = name_key(source).split()
    return bool(_FULL_NAME.fullmatch(source)) and not (
        source.split()[0].lower() in COMMON_WORDS
        or any(w in ORG_SUFFIXES or w in ORG_NAMES or w in DEMONYMS for w in words)
    )


def main(argv: list[str]) -> int:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    report = evaluate(load_seeds(), labels)
    print(f"{'kind':<13} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for kind, row in report["names"].items():
        print(
            f"{kind:<13} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
            f"  {row['tp']:>3} {row['fp']:>3} {row['fn']:>3}"
        )
    print(f"role accuracy {report['role_accuracy']:.3f} on {report['roles_checked']} matched")
    print(f"roles not supported by the text: {len(report['unsupported_roles'])}")
    for line in report["unsupported_roles"]:
        print(f"  {line}")
    for query, answer in report["lookups"].items():
        print(
            f"who {query}: {answer['name']} ({answer['role']}), {answer['articles']} articles,"
            f" others {answer['others']}"
        )
    for line in report["errors"]:
        print(f"  {line}")
    if POLNEAR.is_dir():
        report["polnear_named_speakers"] = polnear_speaker_recall()
        row = report["polnear_named_speakers"]
        print(
            f"PolNeAR full-name speakers found as people: {row['recall']:.3f} of {row['sources']}"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    argparse.ArgumentParser(description=described(__doc__)).parse_args()  # --help
    raise SystemExit(main([]))

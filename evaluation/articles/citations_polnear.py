"""Do the briefing's citations hold? Every (point, cited article) pair checked against the article.

The articles of PolNeAR train are ingested into a temporary SQLite database, in two parts: the first
600 files (by name; the grouping rules and MIN_SHARED_WORDS were tuned on them) and the last 240
(held out). For each part the pairs are those of the briefing plus the briefings focused on the
five most-mentioned people. A citation is supported when some passage of the cited article's body
(a sentence of the body, split here at every full stop, question or exclamation mark before a
capital letter or an opening quotation mark, and
joined again with up to three that follow it, since such a split also cuts at "Sen." or inside a
quotation; independent of the bot's own splitter) states the point by this strict check, written
apart from the bot's own (support.py):
- every number in the point (digits, and number words such as "two") is in the passage;
- every capitalised word of the point that is not its first word, a title, a month or a weekday is
  in the passage, except a first name directly before another name ("Donald" of "Donald Trump");
- at least 60 % of the point's other content words (lower case, 3+ letters, not stopwords, a
  plural "s" or "ed"/"ing" ending cut) are in the passage.
So an article that only names the same people, or states another figure ("nearly two-thirds" for
"more than 6 in 10"), does not support the point.

The 200-article sample of issue 14 (every fourth file) is checked the same way, by itself.

Run: .venv/bin/python -m evaluation citations_polnear [--small]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.common.names import words_set
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.models import Article
from briefings.story import Story
from evaluation.described import described

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear-train" / "text"
if not DATA.exists():
    DATA = Path("/work/shared/data/polnear-train/text")
RESULTS = Path(__file__).resolve().parents[1] / "results" / "citations_polnear.json"
TUNE = 600
FLOOR = 0.97
MIN_WORDS = 0.6
FOCUSED = 5

_STOP = words_set(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their theirs
    them then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your said says say told
    according would could also one new"""
)
_NOT_NAMES = words_set(
    """the a an this that these those he she it they we i his her its their our in on at for of
    to by as but and or if so when while after before since with from mr mrs ms dr sen
    senator rep gov president former vice secretary gen prime minister says said monday
    tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb aug sept oct nov dec also
    however meanwhile there here what who how why where"""
)
_SPELLED = words_set(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion trillion half third quarter dozen"""
)


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _numbers(text: str) -> set[str]:
    digits = {n.rstrip(".,").replace(",", "") for n in re.findall(r"\d[\d,.]*", text)}
    return digits | {w for w in re.findall(r"[a-z]+", text.lower()) if w in _SPELLED}


def _names(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    found = set()
    for k, raw in enumerate(words):
        word = re.sub(r"[’']s$", "", raw)
        if k == 0 or not word[0].isupper() or word.lower() in _NOT_NAMES:
            continue
        following = words[k + 1] if k + 1 < len(words) else ""
        if following[:1].isupper() and gender_of(word) is not None:
            continue  # a first name before a surname
        found.add(word.lower())
    return found


def _content(text: str) -> set[str]:
    words = [re.sub(r"[’']s?$", "", w) for w in re.findall(r"[a-z][a-z’'-]{2,}", text.lower())]
    return {_stem(w) for w in words if w not in _STOP and len(w) > 2}


PASSAGE = 4  # consecutive pieces: a sentence cut at an abbreviation or inside a quotation


def _passages(body: str) -> list[str]:
    flat = body.replace("\n", " ")
    pieces = [s for s in re.split(r"(?:(?<=[.!?][”\"])|(?<=[.!?]))\s+(?=[“\"‘A-Z])", flat) if s]
    return [
        " ".join(pieces[start : start + size])
        for size in range(1, PASSAGE + 1)
        for start in range(max(1, len(pieces) - size + 1))
    ]


def states(passage: str, point: str) -> bool:
    """The strict check: the point's numbers, names and most of its words are in the passage."""
    lowered = passage.lower()
    if not _numbers(point) <= _numbers(passage):
        return False
    if any(not re.search(rf"(?<!\w){re.escape(n)}", lowered) for n in _names(point)):
        return False
    wanted = _content(point) - _names(point)
    return not wanted or len(wanted & _content(passage)) / len(wanted) >= MIN_WORDS


def article_states(body: str, point: str) -> bool:
    return any(states(passage, point) for passage in _passages(body))


@dataclass
class Checked:
    pairs: int
    supported: int
    unsupported: list[dict[str, str]]
    points: int
    briefings: int

    @property
    def share(self) -> float:
        return round(self.supported / self.pairs, 4) if self.pairs else 1.0


def check(files: Sequence[Path], *, focused: int = FOCUSED) -> Checked:
    """Ingest `files` into a new SQLite database and check every citation of the briefings."""
    with tempfile.TemporaryDirectory() as folder:
        for path in files:
            (Path(folder) / path.name).write_bytes(path.read_bytes())
        sessions = open_database(f"sqlite:///{folder}/citations.db")
        ingest_paths(sessions, [folder])
        story = Story(sessions)
        people = [p.name for p in story.people() if p.kind == "person"][:focused]
        briefings = [story.briefing(), *(story.briefing(focus=name) for name in people)]
        with sessions() as session:
            bodies = {i: b for i, b in session.execute(select(Article.id, Article.body))}
        engine = sessions.kw["bind"]
        engine.dispose()
    pairs = {(p.text, r.article_id) for b in briefings for p in b.points for r in p.sources}
    unsupported = [
        {"point": text, "article": str(article)}
        for text, article in sorted(pairs)
        if not article_states(bodies[article], text)
    ]
    points = len({p.text for b in briefings for p in b.points})
    return Checked(len(pairs), len(pairs) - len(unsupported), unsupported, points, len(briefings))


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--small", action="store_true", help="60 articles a part, for the tests")
    args = parser.parse_args()
    files = sorted(DATA.glob("*.txt"))
    tune, held = files[:TUNE], files[TUNE:]
    sample = files[::4][:200]
    if args.small:
        tune, held, sample = tune[:60], held[:60], sample[:40]
    started = time.perf_counter()
    results: dict[str, dict[str, Any]] = {}
    for name, part in (("tune", tune), ("held_out", held), ("sample_200", sample)):
        found = check(part)
        results[name] = {
            "articles": len(part),
            "briefings": found.briefings,
            "points": found.points,
            "citations": found.pairs,
            "supported": found.supported,
            "share_supported": found.share,
            "unsupported": found.unsupported,
        }
        print(
            f"{name}: {len(part)} articles, {found.briefings} briefings, {found.points} points, "
            f"{found.pairs} citations, supported {found.supported} = {found.share:.3f}"
        )
        for miss in found.unsupported[:10]:
            print(f"  unsupported [{miss['article']}]: {miss['point'][:150]}")
    floor_met = all(r["share_supported"] >= FLOOR for r in results.values())
    print(f"floor {FLOOR} of citations supported: {'met' if floor_met else 'NOT met'}")
    print(f"({time.perf_counter() - started:.0f} s)")
    if not args.small:
        RESULTS.write_text(json.dumps({"floor": FLOOR, **results}, indent=2) + "\n")


if __name__ == "__main__":
    main()

"""The benchmark results as plain-text tables (also pasted into the README), and their JSON written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(
        c.ljust(w) if i == 0 else c.rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )


def _grid(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [_row(header, widths), "  ".join("-" * w for w in widths)]
    return "\n".join(lines + [_row(r, widths) for r in rows])


def table(results: dict[str, Any]) -> str:
    """Query latency per size and backend, ingest throughput, fake-Discord round trips, floors."""
    m = results["machine"]
    parts = [
        f"briefbot benchmarks, {results['measured_at']}, {m['cpu']} ({m['cores']} cores, "
        f"{m['memory_gb']} GB), Python {m['python']}, SQLite {m['sqlite']}"
        + (f", PostgreSQL {m['postgres']}" if m.get("postgres") else ""),
    ]
    header = ["query (median / p99 ms)"]
    columns: list[tuple[str, str]] = []
    for backend, sizes in results["queries"].items():
        for size in sizes:
            columns.append((backend, size))
            header.append(f"{backend} {int(size):,}")
    names = next((list(s[size]) for b, s in results["queries"].items() for size in s), [])
    rows = []
    for name in names:
        row = [name]
        for backend, size in columns:
            t = results["queries"][backend][size].get(name)
            row.append(f"{t['median_ms']:.1f} / {t['p99_ms']:.1f}" if t else "-")
        rows.append(row)
    if rows:
        parts += ["", _grid(header, rows)]
    ingest_rows = []
    for backend, runs in results["ingest"].items():
        for r in runs:
            if "error" in r:
                ingest_rows.append(
                    [backend, str(r.get("run", "")), "?", "error: " + " ".join(r["error"])]
                    + [""] * 4
                )
                continue
            ingest_rows.append(
                [
                    backend,
                    str(r.get("run", 1)),
                    str(r["workers"]),
                    f"{r['articles_per_s']:.1f}",
                    f"{r['articles_per_s_before_refresh']:.1f}",
                    f"{r['refresh_story_s']:.1f}",
                    f"{r['per_article_median_ms']:.0f} / {r['per_article_p99_ms']:.0f}",
                    f"{r['peak_rss_mb']:.0f} / {r['peak_rss_worker_mb']:.0f}",
                ]
            )
    if ingest_rows:
        files = results["settings"]["ingest_articles"]
        stored = results["settings"].get("ingest_on_top_of", 0)
        parts += [
            "",
            _grid(
                [
                    f"ingest {files} files into {stored:,}",
                    "run",
                    "workers",
                    "articles/s",
                    "before last refresh",
                    "last refresh s",
                    "per article ms (med/p99)",
                    "peak MB (main/worker)",
                ],
                ingest_rows,
            ),
        ]
    median_rows = [
        [backend, str(m["workers"]), f"{m['articles_per_s']:.1f}", f"{m['min']:.1f}–{m['max']:.1f}"]
        for backend, medians in results.get("ingest_median", {}).items()
        for m in medians
    ]
    if median_rows:
        runs = results["settings"].get("ingest_runs", 1)
        parts += [
            "",
            _grid(
                [f"ingest, median of {runs} runs", "workers", "articles/s", "range"], median_rows
            ),
        ]
    discord_rows = []
    for backend, run in results["discord"].items():
        if "error" in run:
            discord_rows.append([backend, "error: " + " ".join(run["error"]), ""])
            continue
        discord_rows.append(
            [f"{backend} start-up to READY", f"{run['startup_to_ready_s']:.2f} s", ""]
        )
        discord_rows.append(
            [
                f"{backend} resident memory",
                f"{run['rss_at_ready_mb']:.0f} MB",
                f"peak {run['rss_peak_mb']:.0f} MB",
            ]
        )
        for name, t in run["commands"].items():
            discord_rows.append(
                [f"{backend} {name}", f"{t['median_ms']:.1f}", f"{t['p99_ms']:.1f}"]
            )
    if discord_rows:
        size = max(int(s) for sizes in results["queries"].values() for s in sizes)
        parts += ["", _grid([f"fake Discord at {size:,}", "median ms", "p99 ms"], discord_rows)]
    long_rows = [
        [
            f"{a['bytes'] / 1e6:g} MB, {a['paragraphs']:,} paragraphs"
            + (", no budget" if a["full"] else ""),
            f"{a['read_clean_s']:.1f}",
            f"{a['seconds']:.1f}",
            f"{a['peak_mb']:.0f}",
            "; ".join(a["warnings"])[:70] or "all analysed",
        ]
        for a in results.get("long_articles", [])
        if "seconds" in a
    ]
    if long_rows:
        header = ["long article", "read s", "total s", "peak MB", "analysed"]
        parts += ["", _grid(header, long_rows)]
    parts += _robustness(results.get("robustness", {}))
    failed = [k for k, ok in results.get("floors", {}).items() if not ok]
    parts += [
        "",
        f"floors: {len(results.get('floors', {})) - len(failed)} hold, {len(failed)} missed",
    ]
    parts += [f"  missed: {k}" for k in failed]
    return "\n".join(parts)


def _robustness(found: dict[str, Any]) -> list[str]:
    """The loop lag during a long ingest and the digest kill cycles, a line each."""
    lines = []
    lag = found.get("loop_lag")
    if lag and "error" not in lag:
        lines.append(
            f"event loop lag while ingesting {lag['articles']} articles of {lag['kb_each']} KB "
            f"({lag['ingest_s']} s): max {lag['lag_max_ms']} ms, p99 {lag['lag_p99_ms']} ms "
            f"(afterwards: max {lag['baseline_lag_max_ms']} ms)"
        )
    kills = found.get("digest_kills")
    if kills and "error" not in kills:
        lines.append(
            f"digest kill cycles: {kills['cycles']}, posts per slot {kills['posts_per_slot']}, "
            f"state at kill {kills['states_at_kill']}"
        )
    for name, value in found.items():
        if "error" in value:
            lines.append(f"{name}: error: {' '.join(value['error'])}")
    return ["", *lines] if lines else []


def write_figures(results: dict[str, Any], output: Path, summary: str) -> None:
    """`results` as JSON into `output`, then `summary` and where the figures went, printed."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(summary)
    print(f"\nfigures written to {output}")

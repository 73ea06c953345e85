"""One query command as the CLI runs it, timed inside its own new process.

`python -m benchmarks.processes.cli_query URL COMMAND...` imports the CLI as `briefbot` does, then times
`main()` alone (open the database, check the schema, run the query on cold caches, print the
answer): the query as a user's command pays for it, without the interpreter's start-up and
imports (which `benchmarks.real.end_to_end` times with the rest). Prints one JSON object.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time


def main(argv: list[str]) -> None:
    from bot.cli import main as briefbot

    url, command = argv[0], argv[1:]
    started, used = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = briefbot([*command, "--db", url])
    wall, cpu = time.perf_counter() - started, time.process_time() - used
    print(
        json.dumps({"code": code, "wall_ms": round(wall * 1000, 2), "cpu_ms": round(cpu * 1000, 2)})
    )


if __name__ == "__main__":
    main(sys.argv[1:])

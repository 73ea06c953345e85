"""The real bot process killed with SIGKILL between claim and post, restarted: one post per slot.

The small variant of `python -m benchmarks.digest_kills` (20 cycles there): a kill just after the
slot's intent is written (the old at-most-once code lost this digest for good), and a kill after
the fake Discord stored the message but before the bot recorded it (without the message nonce,
the restart posted it twice)."""

from __future__ import annotations

from benchmarks.digest_kills import run


async def test_kill_after_claim_and_after_post_each_leave_exactly_one_post() -> None:
    result = await run(cycles=2, url=None, seed=7)
    phases = [(r["phase"], r["posts"], r["recorded"]) for r in result["runs"]]
    assert phases == [("claim", 1, True), ("post", 1, True)], result["runs"]
    assert result["runs"][1]["posted_before_restart"] == 1  # Discord had it when the bot died
    assert result["exactly_once"] and result["problems"] == []

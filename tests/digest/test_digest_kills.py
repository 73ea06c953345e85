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


async def test_a_story_digest_into_a_thread_and_a_forum_survives_kills_once_per_slot() -> None:
    """Issue 16: a story's digest, killed after the post reached Discord and before the bot
    recorded it; in a thread the nonce returns the first message, in a forum (no nonce) the
    restart finds the post among the forum's threads. Then a kill just after the claim."""
    thread = await run(cycles=1, url=None, seed=7, target="thread", phases=("post",))
    assert [(r["phase"], r["posts"], r["recorded"]) for r in thread["runs"]] == [
        ("post", 1, True)
    ], thread["runs"]
    forum = await run(cycles=2, url=None, seed=7, target="forum", phases=("post", "claim"))
    assert [(r["phase"], r["posts"], r["recorded"]) for r in forum["runs"]] == [
        ("post", 1, True),
        ("claim", 1, True),
    ], forum["runs"]
    assert forum["runs"][0]["posted_before_restart"] == 1  # Discord had it when the bot died
    assert thread["exactly_once"] and forum["exactly_once"]
    assert thread["problems"] == forum["problems"] == []

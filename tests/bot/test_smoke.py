"""The bot connects to the fake Discord, answers a command, and keeps start-up objects frozen."""

import gc

from tests.bot.story_double import StoryDouble


async def test_connects_and_answers(fake, start_bot):
    await start_bot(StoryDouble())
    exchange = await fake.slash("brief", focus="Kim")
    body = await fake.response(exchange)
    assert body["data"]["embeds"], body


async def test_start_up_objects_are_kept_out_of_full_collections(fake, start_bot):
    gc.unfreeze()
    await start_bot(StoryDouble())
    # what was alive once set up (modules, commands, compiled SQL) is skipped by gen-2 passes,
    # which otherwise stalled a command by tens of milliseconds at 100,000 articles
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()

from tests.bot.story_double import StoryDouble


async def test_connects_and_answers(fake, start_bot):
    await start_bot(StoryDouble())
    exchange = await fake.slash("brief", focus="Kim")
    body = await fake.response(exchange)
    print(body)

"""A local fake of Discord (gateway + REST) that the unmodified discord.py client connects to."""

from tests.fake_discord.server import TOKEN, USERS, Exchange, FakeDiscord, Recorded

__all__ = ["TOKEN", "USERS", "Exchange", "FakeDiscord", "Recorded"]

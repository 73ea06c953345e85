"""A local fake of Slack on 127.0.0.1: the Web API, response URLs, Socket Mode and signed requests."""

from tests.fake_slack.server import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, FakeSlack

__all__ = ["APP_TOKEN", "BOT_TOKEN", "SIGNING_SECRET", "FakeSlack"]

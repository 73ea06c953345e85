"""The shared fake Discord, plus what digests need: a channel the bot may not post in,
members with Manage Server, and `/digest <subcommand>` (any `/group <subcommand>`) interactions."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.fake_discord import FakeDiscord, payloads
from tests.fake_discord.server import Exchange

MANAGE_GUILD = 1 << 5


class DigestFakeDiscord(FakeDiscord):
    def __init__(self) -> None:
        super().__init__()
        self.locked_id = payloads.snowflake()
        self.locked = payloads.text_channel(self.locked_id, self.guild_id, "locked")
        self.managers: set[str] = set()  # names of users who hold Manage Server

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        if event == "GUILD_CREATE":
            data = {**data, "channels": [*data["channels"], self.locked]}
        if event == "INTERACTION_CREATE":
            user = data["member"]["user"]["username"]
            if user in self.managers:
                granted = int(data["member"]["permissions"]) | MANAGE_GUILD
                data["member"]["permissions"] = str(granted)
        await super()._dispatch(event, data)

    def _route(self, request: web.Request, parts: list[str], body: Any) -> tuple[int, Any]:
        if parts[:2] == ["channels", self.locked_id]:
            return 403, {"message": "Missing Permissions", "code": 50013}
        return super()._route(request, parts, body)

    async def digest(self, sub: str, /, *, user: str = "alice", **options: Any) -> Exchange:
        """Run `/digest sub` with options, as `user` in the test channel."""
        return await self.group("digest", sub, user=user, **options)

    async def group(
        self, name: str, sub: str, /, *, user: str = "alice", **options: Any
    ) -> Exchange:
        """Run `/name sub` with options, as `user` in the test channel."""
        command = self.command(name)
        spec = next(o for o in command["options"] if o["name"] == sub)
        types = {o["name"]: o["type"] for o in spec.get("options", [])}
        data: dict[str, Any] = {
            "id": command["id"],
            "name": name,
            "type": 1,
            "guild_id": command.get("guild_id", self.guild_id),
            "options": [
                {
                    "name": sub,
                    "type": 1,
                    "options": [
                        {"name": k, "type": types[k], "value": v} for k, v in options.items()
                    ],
                }
            ],
        }
        places = {c["id"]: c for c in (self.channel, self.thread, self.forum, self.locked)}
        chosen = [places[str(v)] for v in options.values() if str(v) in places]
        if chosen:  # a channel option: Discord sends the channel itself along
            perms = "2248473465835073"
            data["resolved"] = {"channels": {c["id"]: {**c, "permissions": perms} for c in chosen}}
        return await self._interact(2, data, user)

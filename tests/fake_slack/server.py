"""The fake Slack: Web API methods recorded and checked, response URLs, a Socket Mode endpoint."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from slack_sdk.signature import SignatureVerifier

from tests.fake_slack.rules import message_problems

BOT_TOKEN = "xoxb-fake-bot-token"
APP_TOKEN = "xapp-fake-app-token"
SIGNING_SECRET = "fake-signing-secret"
TEAM = "T0FAKE123"
ADMIN, ALICE, BOB, CAROL = "U0ADMIN01", "U0ALICE01", "U0BOB0001", "U0CAROL01"
NEWS, OUTSIDE = "C0NEWS001", "C0OUTSIDE"
ADMINS_GROUP = "S0ADMINS1"


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    at: float


@dataclass
class FakeSlack:
    """A workspace with an admin, two members and two channels (the bot is in one of them)."""

    calls: list[Call] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)  # posts to response URLs
    problems: list[str] = field(default_factory=list)
    admins: set[str] = field(default_factory=lambda: {ADMIN})
    groups: dict[str, list[str]] = field(default_factory=lambda: {ADMINS_GROUP: [CAROL]})
    channels: dict[str, bool] = field(default_factory=lambda: {NEWS: True, OUTSIDE: False})
    rate_limited: dict[str, int] = field(default_factory=dict)  # method -> 429s still to give
    bot_token: str = BOT_TOKEN
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _port: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/respond/{id}", self._respond)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    # --- what the tests read -------------------------------------------------------------------

    def called(self, method: str) -> list[dict[str, Any]]:
        return [c.args for c in self.calls if c.method == method]

    async def wait_for(self, predicate: Any, within: float = 10.0) -> None:
        """Until `predicate()` holds (checked after every request the fake receives)."""
        deadline = time.monotonic() + within
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("the fake Slack never saw what the test waited for")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.2))

    async def response(self, count: int, within: float = 10.0) -> dict[str, Any]:
        """The `count`-th post to a response URL (1-based), once it has arrived."""
        await self.wait_for(lambda: len(self.responses) >= count, within)
        return self.responses[count - 1]

    def response_url(self) -> str:
        return f"{self.url}/respond/{next(self._ids)}"

    # --- the Web API ---------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(dict(await request.post()))
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        self.calls.append(Call(method, args, time.monotonic()))
        self._changed.set()
        if self.rate_limited.get(method, 0) > 0:
            self.rate_limited[method] -= 1
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"}
            )
        if method == "apps.connections.open":
            if token != APP_TOKEN:
                return web.json_response({"ok": False, "error": "invalid_auth"})
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self._port}/socket"})
        if token != self.bot_token:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            self.problems.append(f"the adapter called {method}, which the fake does not know")
            return web.json_response({"ok": False, "error": "unknown_method"})
        return web.json_response(handler(args))

    def _auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "user": "briefbot", "user_id": "U0BRIEFBT", "team": "Fake News",
                "team_id": TEAM, "bot_id": "B0BRIEFBT", "url": "https://fake.slack.com/"}  # fmt: skip

    def _check(self, method: str, args: dict[str, Any]) -> None:
        for problem in message_problems(args):
            self.problems.append(f"{method}: {problem}")

    def _chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel", "")
        if channel not in self.channels:
            return {"ok": False, "error": "channel_not_found"}
        if not self.channels[channel]:
            return {"ok": False, "error": "not_in_channel"}
        self._check("chat.postMessage", args)
        return {"ok": True, "channel": channel, "ts": f"{time.time():.6f}", "message": args}

    def _chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        self._check("chat.update", args)
        return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}

    def _conversations_info(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel", "")
        if channel not in self.channels:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "channel": {"id": channel, "name": channel.lower(),
                                        "is_member": self.channels[channel]}}  # fmt: skip

    def _users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = args.get("user", "")
        return {"ok": True, "user": {"id": user, "is_admin": user in self.admins,
                                     "is_owner": False, "is_primary_owner": False}}  # fmt: skip

    def _usergroups_users_list(self, args: dict[str, Any]) -> dict[str, Any]:
        group = args.get("usergroup", "")
        if group not in self.groups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": self.groups[group]}

    # --- response URLs -------------------------------------------------------------------------

    async def _respond(self, request: web.Request) -> web.Response:
        payload = await request.json()
        payload["_url"] = request.match_info["id"]
        for problem in message_problems(payload):
            self.problems.append(f"response_url: {problem}")
        self.responses.append(payload)
        self._changed.set()
        return web.Response(text="ok")

    # --- Socket Mode ---------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        self._changed.set()
        await ws.send_json({"type": "hello", "num_connections": 1,
                            "connection_info": {"app_id": "A0BRIEFBT"}})  # fmt: skip
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(message.data))
                self._changed.set()
        self._sockets.remove(ws)
        return ws

    @property
    def socket_connected(self) -> bool:
        return bool(self._sockets)

    async def socket_command(self, command: str, text: str, user: str = ALICE) -> str:
        """A slash command over the Socket Mode connection; returns its envelope id."""
        envelope = f"env-{next(self._ids)}"
        await self._sockets[-1].send_json(
            {
                "envelope_id": envelope,
                "type": "slash_commands",
                "accepts_response_payload": True,
                "payload": self.command_payload(command, text, user),
            }
        )
        return envelope

    # --- requests Slack sends to the app (HTTP mode) ---------------------------------------------

    def command_payload(
        self, command: str, text: str, user: str = ALICE, channel: str = NEWS
    ) -> dict[str, str]:
        return {
            "token": "unused", "team_id": TEAM, "team_domain": "fake", "channel_id": channel,
            "channel_name": channel.lower(), "user_id": user, "user_name": user.lower(),
            "command": command, "text": text, "api_app_id": "A0BRIEFBT",
            "response_url": self.response_url(), "trigger_id": f"trigger.{next(self._ids)}",
        }  # fmt: skip

    def action_payload(
        self, user: str, action: dict[str, Any], kind: str = "block_actions"
    ) -> dict[str, Any]:
        base = {
            "type": kind, "team": {"id": TEAM, "domain": "fake"}, "api_app_id": "A0BRIEFBT",
            "user": {"id": user, "username": user.lower(), "team_id": TEAM}, "token": "unused",
            "channel": {"id": NEWS, "name": "news"}, "container": {"type": "message"},
        }  # fmt: skip
        if kind == "block_suggestion":
            return {**base, **action}
        return {**base, "response_url": self.response_url(), "trigger_id": "t.1",
                "actions": [action]}  # fmt: skip


def signed(body: str, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """The headers Slack signs a request to the app with."""
    stamp = str(int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return {
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
        "Content-Type": "application/x-www-form-urlencoded",
    }


def form(payload: dict[str, Any]) -> str:
    return urllib.parse.urlencode(payload)


def interaction_form(payload: dict[str, Any]) -> str:
    return urllib.parse.urlencode({"payload": json.dumps(payload)})

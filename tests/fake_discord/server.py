"""A local stand-in for Discord: the gateway websocket and the REST routes a bot uses."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fake_discord import payloads, rules, uploads

TOKEN = "fake-token"
EPHEMERAL = 64


@dataclass
class Recorded:
    """One request the bot made, with its JSON body."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int = 200


@dataclass
class Exchange:
    """One interaction sent to the bot, and what the bot answered to it."""

    id: str
    token: str
    payload: dict[str, Any]
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)  # follow-ups and edits, in order


class FakeDiscord:
    """Discord as far as the bot can tell: login, command sync, interactions and answers."""

    def __init__(self) -> None:
        self.application_id = payloads.snowflake()
        self.guild_id = payloads.snowflake()
        self.channel_id = payloads.snowflake()
        self.bot_user = payloads.user(self.application_id, "briefbot", bot=True)
        self.channel = payloads.text_channel(self.channel_id, self.guild_id)
        # A thread in the channel and a forum channel, where story digests may go (issue 16).
        self.thread_id = payloads.snowflake()
        owner = payloads.snowflake()
        self.thread = payloads.thread(
            self.thread_id, self.guild_id, self.channel_id, owner, "digests"
        )
        self.forum_id = payloads.snowflake()
        self.forum = payloads.forum_channel(self.forum_id, self.guild_id)
        self.forum_posts: list[dict[str, Any]] = []  # the threads started in the forum
        self.requests: list[Recorded] = []
        self.problems: list[str] = []  # every request Discord would have rejected
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id -> synced
        self.messages: dict[str, dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}  # the bytes of every attachment, by attachment id
        self.channel_messages: list[dict[str, Any]] = []
        self.exchanges: dict[str, Exchange] = {}  # by token
        # Discord's message nonces with enforce_nonce: (channel, nonce) -> (message, monotonic
        # time); a repeat within `nonce_window` seconds gets the first message back, not a new one
        self.nonces: dict[tuple[str, str], tuple[dict[str, Any], float]] = {}
        self.nonce_window = 120.0
        self.identified = asyncio.Event()
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._sequence = 0
        self._uploads: dict[int, uploads.Upload] = {}  # the files of the request being answered
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # --- gateway ---------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for frame in socket:
                if frame.type != WSMsgType.TEXT:
                    break
                await self._on_gateway(socket, json.loads(frame.data))
        finally:
            self._sockets.remove(socket)
        return socket

    async def _on_gateway(self, socket: web.WebSocketResponse, message: dict[str, Any]) -> None:
        op = message.get("op")
        if op == 1:  # heartbeat
            await socket.send_str(json.dumps({"op": 11}))
        elif op == 2:  # identify
            if message["d"].get("token") != TOKEN:
                await socket.close(code=4004, message=b"Authentication failed.")
                return
            self.intents = message["d"].get("intents")
            ready = {
                "v": 10,
                "user": self.bot_user,
                "guilds": [{"id": self.guild_id, "unavailable": True}],
                "session_id": "fake-session",
                "resume_gateway_url": self.gateway_url,
                "application": {"id": self.application_id, "flags": 0},
            }
            await self._dispatch("READY", ready)
            guild = payloads.guild(self.guild_id, self.channel, self.bot_user)
            guild["channels"] = [*guild["channels"], self.forum]
            guild["threads"] = [self.thread, *self.forum_posts]
            await self._dispatch("GUILD_CREATE", guild)
            self.identified.set()

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        self._sequence += 1
        frame = json.dumps({"op": 0, "t": event, "s": self._sequence, "d": data})
        for socket in self._sockets:
            await socket.send_str(frame)

    # --- REST ------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body, self._uploads = await uploads.read(request)
        record = Recorded(request.method, path, dict(request.query), body)
        self.requests.append(record)
        status, answer = self._route(request, path.split("/")[1:], body)
        self._uploads = {}
        record.status = status
        async with self._changed:
            self._changed.notify_all()
        if answer is None:
            return web.Response(status=204)
        # exactly application/json: discord.py compares the header with this string
        return web.Response(status=status, body=json.dumps(answer).encode(), headers=JSON)

    def _route(self, request: web.Request, parts: list[str], body: Any) -> tuple[int, Any]:
        method = request.method
        needs_token = parts[0] not in ("interactions", "webhooks")
        if needs_token and request.headers.get("Authorization") != f"Bot {TOKEN}":
            return 401, {"message": "401: Unauthorized", "code": 0}
        match method, parts:
            case "GET", ["users", "@me"]:
                return 200, self.bot_user
            case "GET", ["oauth2", "applications", "@me"]:
                return 200, self._application()
            case "PUT", ["applications", _, "guilds", guild, "commands"]:
                return self._sync(guild, body)
            case "PUT", ["applications", _, "commands"]:
                return self._sync("global", body)
            case "GET", ["applications", _, "guilds", guild, "commands"]:
                return 200, self.commands.get(guild, [])
            case "GET", ["applications", _, "commands"]:
                return 200, self.commands.get("global", [])
            case "POST", ["interactions", interaction_id, token, "callback"]:
                return self._callback(interaction_id, token, body)
            case "POST", ["webhooks", _, token]:
                return self._followup(token, body)
            case "PATCH", ["webhooks", _, token, "messages", message_id]:
                return self._edit(token, message_id, body)
            case "GET", ["webhooks", _, token, "messages", message_id]:
                return self._get(token, message_id)
            case "DELETE", ["webhooks", _, token, "messages", message_id]:
                return 204, None
            case "GET", ["channels", channel_id]:
                known = {c["id"]: c for c in (self.channel, self.thread, self.forum)}
                if channel_id in known:
                    return 200, known[channel_id]
            case "POST", ["channels", channel_id, "messages"]:
                if channel_id in (self.channel_id, self.thread_id):
                    return self._create(channel_id, body)
            case "POST", ["channels", channel_id, "threads"]:
                if channel_id == self.forum_id:
                    return self._forum_post(body)
            case "GET", ["guilds", guild_id, "threads", "active"]:
                if guild_id == self.guild_id:
                    return 200, {"threads": [self.thread, *self.forum_posts], "members": []}
        return 404, {"message": "404: Not Found", "code": 0}

    def _application(self) -> dict[str, Any]:
        return {
            "id": self.application_id,
            "name": "briefbot",
            "description": "",
            "icon": None,
            "bot_public": False,
            "bot_require_code_grant": False,
            "owner": payloads.user(payloads.snowflake(), "owner"),
            "verify_key": "0" * 64,
            "flags": 0,
        }

    def _sync(self, scope: str, body: list[dict[str, Any]]) -> tuple[int, Any]:
        problems = rules.command_problems(body)
        if problems:
            return self._reject(problems)
        stored = [
            {**c, "id": payloads.snowflake(), "application_id": self.application_id, "version": "1"}
            for c in body
        ]
        if scope != "global":
            stored = [{**c, "guild_id": scope} for c in stored]
        self.commands[scope] = stored
        return 200, stored

    def _reject(self, problems: list[str]) -> tuple[int, Any]:
        self.problems += problems
        return 400, {"message": "Invalid Form Body", "code": 50035, "errors": problems}

    def _callback(self, interaction_id: str, token: str, body: dict[str, Any]) -> tuple[int, Any]:
        exchange = self.exchanges.get(token)
        if exchange is None or exchange.id != interaction_id:
            return 404, {"message": "Unknown interaction", "code": 10062}
        if exchange.callbacks:
            return 400, {"message": "Interaction has already been acknowledged.", "code": 40060}
        kind, data = body["type"], body.get("data") or {}
        problems = (
            rules.autocomplete_problems(data)
            if kind == 8
            else rules.message_problems(data, new=kind == 4)
            if kind in (4, 7)
            else []
        )
        kept = exchange.payload.get("message", {}).get("attachments", []) if kind == 7 else []
        found, more = self._attachments(data, kept)
        if problems or more:
            return self._reject(problems + more)
        if found is not None:
            data = {**data, "attachments": found}
        exchange.callbacks.append(body)
        answer: dict[str, Any] = {
            "interaction": {"id": interaction_id, "type": exchange.payload["type"]}
        }
        if kind in (4, 5):  # a message, or "thinking..." that a follow-up will replace
            message = self._store(data)
            self.messages[f"{token}/@original"] = message
            answer["interaction"].update(
                response_message_id=message["id"],
                response_message_loading=kind == 5,
                response_message_ephemeral=bool(data.get("flags", 0) & EPHEMERAL),
            )
            answer["resource"] = {"type": kind, "message": message}
        elif kind == 7:  # update the message whose button was pressed
            message = self._update(exchange.payload["message"]["id"], data)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        return 200, answer

    def _followup(self, token: str, body: dict[str, Any]) -> tuple[int, Any]:
        exchange = self.exchanges.get(token)
        if exchange is None or not exchange.callbacks:
            return 404, {"message": "Unknown Webhook", "code": 10015}
        problems = rules.message_problems(body)
        found, more = self._attachments(body, [])
        if problems or more:
            return self._reject(problems + more)
        message = self._store({**body, "attachments": found or []})
        exchange.messages.append({"kind": "followup", **message})
        return 200, message

    def _edit(self, token: str, message_id: str, body: dict[str, Any]) -> tuple[int, Any]:
        exchange = self.exchanges.get(token)
        key = f"{token}/@original" if message_id == "@original" else None
        message_id = self.messages[key]["id"] if key in self.messages else message_id
        if exchange is None or message_id not in self.messages:
            return 404, {"message": "Unknown Message", "code": 10008}
        problems = rules.message_problems(body, new=False)
        found, more = self._attachments(body, self.messages[message_id]["attachments"])
        if problems or more:
            return self._reject(problems + more)
        message = self._update(
            message_id, body if found is None else {**body, "attachments": found}
        )
        exchange.messages.append({"kind": "edit", **message})
        return 200, message

    def _get(self, token: str, message_id: str) -> tuple[int, Any]:
        key = f"{token}/@original" if message_id == "@original" else message_id
        message = self.messages.get(key)
        return (200, message) if message else (404, {"message": "Unknown Message", "code": 10008})

    def _create(self, channel_id: str, body: dict[str, Any]) -> tuple[int, Any]:
        problems = rules.message_problems(body)
        if problems:
            return self._reject(problems)
        nonce = body.get("nonce")
        key = (channel_id, str(nonce))
        enforced = nonce is not None and body.get("enforce_nonce")
        if enforced and key in self.nonces:
            first, at = self.nonces[key]
            if time.monotonic() - at <= self.nonce_window:
                return 200, first  # as Discord does: the message made the first time
        message = self._store(body, channel_id)
        if nonce is not None:
            message["nonce"] = nonce
        if enforced:
            self.nonces[key] = (message, time.monotonic())
        self.channel_messages.append(message)
        return 200, message

    def _forum_post(self, body: dict[str, Any]) -> tuple[int, Any]:
        """A new post in the forum: a thread named `name` started by the message `message`
        (which takes no nonce: Discord has no way to dedupe a repeated forum post)."""
        given = body.get("message") or {}
        problems = rules.message_problems(given)
        if not str(body.get("name") or "").strip() or len(str(body.get("name"))) > 100:
            problems.append("a forum post needs a name of 1-100 characters")
        if problems:
            return self._reject(problems)
        thread_id = payloads.snowflake()
        post = payloads.thread(
            thread_id, self.guild_id, self.forum_id, self.bot_user["id"], body["name"]
        )
        message = payloads.message(thread_id, thread_id, self.bot_user, given)
        self.messages[thread_id] = message
        self.forum_posts.append(post)
        self.channel_messages.append(message)
        return 201, {**post, "message": message}

    def _attachments(
        self, body: dict[str, Any], kept: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]] | None, list[str]]:
        """The attachments a message will have after this request, and what Discord rejects."""

        def store(upload: uploads.Upload, description: str | None) -> dict[str, Any]:
            found = uploads.attachment(upload, description, self.channel_id)
            self.files[found["id"]] = upload.data
            return found

        return uploads.attachments(body, self._uploads, kept, store)

    def picture(self, message: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        """The attachment the message's embeds show as their image, and its bytes."""
        images = {(e.get("image") or {}).get("url") for e in message["embeds"]} - {None}
        assert len(images) == 1, f"the embeds show {len(images)} different images"
        (url,) = images
        name = str(url).removeprefix("attachment://")
        found = next(a for a in message["attachments"] if a["filename"] == name)
        return found, self.files[found["id"]]

    def _store(self, body: dict[str, Any], channel_id: str | None = None) -> dict[str, Any]:
        channel = channel_id or self.channel_id
        message = payloads.message(payloads.snowflake(), channel, self.bot_user, body)
        self.messages[message["id"]] = message
        return message

    def _update(self, message_id: str, body: dict[str, Any]) -> dict[str, Any]:
        message = self.messages[message_id]
        for key in ("content", "embeds", "components", "flags", "attachments"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        message["edited_timestamp"] = payloads.now_iso()
        return message

    # --- driving the bot -------------------------------------------------------------------

    def command(self, name: str) -> dict[str, Any]:
        """The definition the bot synced for /name (to the guild, else globally)."""
        for scope in (self.guild_id, "global"):
            for command in self.commands.get(scope, []):
                if command["name"] == name:
                    return command
        raise KeyError(f"/{name} was not synced")

    async def slash(self, name: str, /, *, user: str = "alice", **options: Any) -> Exchange:
        """Run /name with options, as a member typing it in the channel."""
        return await self._interact(2, self._command_data(name, options), user)

    async def autocomplete(self, name: str, option: str, typed: str, /, **others: Any) -> Exchange:
        data = self._command_data(name, {**others, option: typed})
        for item in data["options"]:
            if item["name"] == option:
                item["focused"] = True
        return await self._interact(4, data, "alice")

    async def press(self, message: dict[str, Any], label: str, *, user: str = "alice") -> Exchange:
        """Press the button labelled `label` on a message the bot sent."""
        stored = self.messages[message["id"]]
        buttons = [b for row in stored["components"] for b in row["components"]]
        button = next(b for b in buttons if b.get("label") == label)
        data = {"custom_id": button["custom_id"], "component_type": 2}
        return await self._interact(3, data, user, message=stored)

    def _command_data(self, name: str, options: dict[str, Any]) -> dict[str, Any]:
        command = self.command(name)
        types = {o["name"]: o["type"] for o in command.get("options", [])}
        unknown = set(options) - set(types)
        if unknown:
            raise KeyError(f"/{name} has no option {unknown}")
        return {
            "id": command["id"],
            "name": name,
            "type": 1,
            "guild_id": command.get("guild_id", self.guild_id),
            "options": [{"name": k, "type": types[k], "value": v} for k, v in options.items()],
        }

    async def _interact(
        self, kind: int, data: dict[str, Any], user: str, message: dict[str, Any] | None = None
    ) -> Exchange:
        interaction_id, token = payloads.snowflake(), f"token-{payloads.snowflake()}"
        payload: dict[str, Any] = {
            "id": interaction_id,
            "application_id": self.application_id,
            "type": kind,
            "data": data,
            "guild_id": self.guild_id,
            "channel_id": self.channel_id,
            "channel": self.channel,
            "member": payloads.member(USERS[user], user),
            "token": token,
            "version": 1,
            "app_permissions": "2248473465835073",
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": self.guild_id},
            "context": 0,
            "attachment_size_limit": 10485760,
        }
        if message is not None:
            payload["message"] = message
        exchange = Exchange(interaction_id, token, payload)
        self.exchanges[token] = exchange
        await self._dispatch("INTERACTION_CREATE", payload)
        return exchange

    async def wait(self, condition: Callable[[], bool], within: float = 5.0) -> None:
        """Until `condition()` holds after some request of the bot's (TimeoutError otherwise)."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(condition)

    async def response(self, exchange: Exchange, within: float = 5.0) -> dict[str, Any]:
        """The bot's first answer to an interaction (the callback body)."""
        await self.wait(lambda: bool(exchange.callbacks), within)
        return exchange.callbacks[0]

    async def later(self, exchange: Exchange, count: int = 1, within: float = 5.0) -> list[dict]:
        """The follow-ups and edits the bot made after answering, once there are `count`."""
        await self.wait(lambda: len(exchange.messages) >= count, within)
        return exchange.messages

    def original(self, exchange: Exchange) -> dict[str, Any]:
        """The message as it stands now that the interaction's first answer created."""
        return self.messages[f"{exchange.token}/@original"]


USERS = {"alice": "200000000000000001", "bob": "200000000000000002"}
JSON = {"Content-Type": "application/json"}

"""Files sent with a message (multipart/form-data), checked and stored as Discord does."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from tests.fake_discord import payloads

FILE_LIMIT = 10 * 1024 * 1024  # the attachment_size_limit the fake's interactions announce
FILES = 10
DESCRIPTION = 1024  # alt text
FILE_FIELD = re.compile(r"^files\[(\d+)\]$")
LINKED = re.compile(r"^attachment://(.+)$")


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


async def read(request: web.Request) -> tuple[Any, dict[int, Upload]]:
    """The JSON body and the uploaded files of a request, JSON or multipart."""
    if not request.can_read_body:
        return None, {}
    if not request.content_type.startswith("multipart/"):
        return await request.json(), {}
    body: Any = None
    files: dict[int, Upload] = {}
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "payload_json":
            body = json.loads(await part.text())
        elif part.name and (match := FILE_FIELD.match(part.name)):
            files[int(match.group(1))] = Upload(part.filename or "", bytes(await part.read()))
    return body, files


def attachments(
    message: dict[str, Any], files: dict[int, Upload], kept: list[dict[str, Any]], store: Any
) -> tuple[list[dict[str, Any]] | None, list[str]]:
    """The attachments a message create or edit leaves the message with (None: unchanged on an
    edit), and what Discord would reject: files not declared, too big or too many, an alt text
    too long, an embed image naming an attachment the message does not have."""
    problems: list[str] = []
    declared = message.get("attachments")
    if files and declared is None:
        problems.append("files sent without an attachments list")
    if len(files) > FILES:
        problems.append(f"{len(files)} files (max {FILES})")
    result: list[dict[str, Any]] | None = None
    if declared is not None:
        result = []
        previous = {a["id"]: a for a in kept}
        for item in declared:
            if str(item.get("id")) in previous:
                result.append(previous[str(item["id"])])
                continue
            upload = files.get(int(item.get("id", -1)))
            if upload is None:
                problems.append(f"attachment {item.get('id')} has no file")
                continue
            if item.get("filename", upload.filename) != upload.filename:
                problems.append(f"attachment {item['id']}: filename differs from the file's")
            if len(upload.data) > FILE_LIMIT:
                problems.append(f"{upload.filename}: {len(upload.data)} bytes (max {FILE_LIMIT})")
            if len(item.get("description") or "") > DESCRIPTION:
                problems.append(f"{upload.filename}: description longer than {DESCRIPTION}")
            result.append(store(upload, item.get("description")))
        used = {int(i["id"]) for i in declared if str(i.get("id")) not in previous}
        problems += [f"file {n} sent but not declared" for n in files if n not in used]
    names = {a["filename"] for a in (kept if result is None else result)}
    for number, embed in enumerate(message.get("embeds") or [], 1):
        for key in ("image", "thumbnail"):
            url = (embed.get(key) or {}).get("url") or ""
            linked = LINKED.match(url)
            if linked and linked.group(1) not in names:
                problems.append(f"embed {number}: {key} {url} names no attachment of the message")
    return result, problems


def attachment(upload: Upload, description: str | None, channel_id: str) -> dict[str, Any]:
    """The attachment object Discord would store for an uploaded file."""
    attachment_id = payloads.snowflake()
    url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{upload.filename}"
    found: dict[str, Any] = {
        "id": attachment_id,
        "filename": upload.filename,
        "size": len(upload.data),
        "url": url,
        "proxy_url": url,
        "content_type": "image/png" if upload.filename.endswith(".png") else None,
    }
    if description is not None:
        found["description"] = description
    return found

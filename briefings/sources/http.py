"""A polite HTTP client.

Timeouts, retries with backoff and Retry-After, one request at a time per host with a minimum
delay, a size cap, content-type checks, a redirect limit, robots.txt."""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:
    import urllib.robotparser

log = logging.getLogger(__name__)

USER_AGENT = "briefbot/0.2 (news-briefing bot; +https://github.com/briefbot/briefbot)"
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
)
PAGE_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """Why a URL could not be fetched, worded for `/source list` and the log."""


@dataclass(frozen=True)
class Limits:
    """How politely and how far a fetch may go."""

    timeout: float = 20.0  # seconds for the whole request
    retries: int = 2  # further attempts after a timeout, a 429 or a 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_retry_after: float = 120.0  # a longer Retry-After fails now; the next pass tries again
    host_delay: float = 1.0  # seconds between two requests to one host
    max_bytes: int = 5 * 1024 * 1024  # a longer body is refused
    max_redirects: int = 5
    allow_private: bool = False  # private and loopback addresses (the CLI may allow them)


@dataclass(frozen=True)
class Fetched:
    """One answer: 304 (`not_modified`) or a body with its type and validators."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last: float = 0.0


class Fetcher:
    """One aiohttp session for a pass (made in `__aenter__`, closed in `__aexit__`)."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._session: Any = None

    async def __aenter__(self) -> Fetcher:
        import aiohttp  # imported here: the CLI starts without it

        self._session = aiohttp.ClientSession(
            headers={"User-Agent": USER_AGENT},
            timeout=aiohttp.ClientTimeout(total=self.limits.timeout),
        )
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def get(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = (),
        etag: str | None = None,
        last_modified: str | None = None,
        robots: bool = False,
    ) -> Fetched:
        """GET `url`, following redirects up to the limit; raise FetchError saying why not."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen: set[str] = set()
        for _ in range(self.limits.max_redirects + 1):
            await self.check_address(url)
            if robots and not await self._allowed(url):
                raise FetchError(f"robots.txt of {urlsplit(url).netloc} disallows {url}")
            if url in seen:
                raise FetchError(f"redirect loop at {url}")
            seen.add(url)
            answer = await self._with_retries(url, headers)
            if isinstance(answer, str):  # a redirect
                url = answer
                continue
            if answer.status != 304 and accept and not _type_fits(answer.content_type, accept):
                wanted = "a web page" if accept == PAGE_TYPES else "a feed"
                raise FetchError(f"{url} is {answer.content_type}, not {wanted}")
            return answer
        raise FetchError(f"more than {self.limits.max_redirects} redirects from {url}")

    async def check_address(self, url: str) -> None:
        """Refuse what is not http(s), and private or loopback hosts unless allowed."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url!r} is not an http or https URL")
        if self.limits.allow_private:
            return
        if await _is_private(parts.hostname, parts.port or 0):
            raise FetchError(
                f"{parts.hostname} is a private or loopback address: a bot must not fetch "
                "inside its host's network"
            )

    async def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched | str:
        wait = self.limits.backoff
        for attempt in range(self.limits.retries + 1):
            last = attempt == self.limits.retries
            try:
                answer = await self._once(url, headers)
            except (TimeoutError, OSError) as exc:
                if last:
                    raise FetchError(f"{url}: {_why(exc)}") from None
                retry_after = None
            except _Status as exc:
                if last or not exc.retryable:
                    raise FetchError(f"{url}: HTTP {exc.status}") from None
                retry_after = exc.retry_after
            else:
                return answer
            if retry_after is not None and retry_after > self.limits.max_retry_after:
                raise FetchError(f"{url}: asked to wait {retry_after:.0f} s (Retry-After)")
            await asyncio.sleep(max(wait, retry_after or 0.0))
            wait *= 2
        raise AssertionError("unreachable")

    async def _once(self, url: str, headers: dict[str, str]) -> Fetched | str:
        import aiohttp

        host = self._hosts.setdefault(urlsplit(url).netloc, _Host())
        async with host.lock:  # one request at a time per host, spaced out
            pause = host.last + self.limits.host_delay - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            try:
                async with self._session.get(url, headers=headers, allow_redirects=False) as r:
                    if r.status in (301, 302, 303, 307, 308):
                        target = r.headers.get("Location")
                        if not target:
                            raise FetchError(f"{url}: redirect without a Location")
                        return urljoin(url, target)
                    if r.status == 304:
                        return Fetched(url, 304)
                    if r.status >= 400:
                        raise _Status(r.status, _retry_after(r.headers.get("Retry-After")))
                    declared = r.content_length
                    if declared is not None and declared > self.limits.max_bytes:
                        raise FetchError(
                            f"{url}: {_size(declared)}, over the {_size(self.limits.max_bytes)} cap"
                        )
                    body = bytearray()
                    async for chunk in r.content.iter_chunked(65536):
                        body += chunk
                        if len(body) > self.limits.max_bytes:
                            raise FetchError(
                                f"{url}: longer than the {_size(self.limits.max_bytes)} cap"
                            )
                    return Fetched(
                        url,
                        r.status,
                        bytes(body),
                        r.headers.get("Content-Type", "").split(";")[0].strip().lower(),
                        r.headers.get("ETag"),
                        r.headers.get("Last-Modified"),
                    )
            except aiohttp.ClientError as exc:
                raise OSError(_why(exc)) from None
            finally:
                host.last = time.monotonic()

    async def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            import urllib.robotparser  # imported here: urllib.request is slow to import

            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                answer = await self._with_retries(root + "/robots.txt", {})
                text = answer.body.decode("utf-8", "replace") if isinstance(answer, Fetched) else ""
                assert parser is not None
                parser.parse(text.splitlines())
            except FetchError as exc:  # no robots.txt (404): everything allowed
                parser = None if "HTTP 4" in str(exc) else parser
                if parser is not None:
                    parser.parse([])
            self._robots[root] = parser
        robots = self._robots[root]
        return robots is None or robots.can_fetch(USER_AGENT, url)


class _Status(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after
        self.retryable = status == 429 or status >= 500


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _type_fits(content_type: str, accept: tuple[str, ...]) -> bool:
    return content_type in accept or (content_type.endswith("+xml") and "text/xml" in accept)


def _why(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    return str(exc) or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


async def _is_private(host: str, port: int) -> bool:
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port or None, type=socket.SOCK_STREAM)
        except OSError:
            return False  # the fetch itself will say the name does not resolve
        addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    return any(not a.is_global for a in addresses)

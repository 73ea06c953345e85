"""Settings read once from the environment (and `.env` in the working folder, python-dotenv)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path

APP = "briefbot"


def default_database_url() -> str:
    """A SQLite file in the per-user data folder (~/.local/share/briefbot/briefbot.db on Linux),
    so every command finds the same database whatever folder it is run from."""
    return f"sqlite:///{user_data_path(APP) / 'briefbot.db'}"


DEFAULT_DATABASE_URL = default_database_url()
DEFAULT_SLACK_API_URL = "https://slack.com/api/"


class Secret(str):
    """A string that never shows its value in `repr`, logs or tracebacks."""

    def __repr__(self) -> str:
        return "Secret('**********')" if self else "Secret('')"


@dataclass(frozen=True)
class Settings:
    """Everything briefbot reads from the environment, with safe defaults."""

    database_url: str = DEFAULT_DATABASE_URL
    articles_dir: Path = Path("seeds")
    discord_token: Secret = field(default_factory=lambda: Secret(""), repr=True)
    discord_guild_id: int | None = None
    ingest_interval_minutes: float = 10.0
    log_level: str = "INFO"
    slack_bot_token: Secret = field(default_factory=lambda: Secret(""), repr=True)  # xoxb-…
    slack_app_token: Secret = field(default_factory=lambda: Secret(""), repr=True)  # xapp-…
    slack_digest_admin_group: str | None = None  # a user group id (S…) allowed /digest set
    slack_api_url: str = DEFAULT_SLACK_API_URL  # the Web API; tests point it at a local fake
    fetch_allow_private: bool = False  # FETCH_ALLOW_PRIVATE=1: loopback sources (local testing)
    fetch_poll_seconds: float = 60.0  # FETCH_POLL_SECONDS: how often the bot looks for due sources
    fetch_in_bot: bool = True  # FETCH_IN_BOT=0: a `briefbot worker` fetches; the bot only answers

    @classmethod
    def from_env(cls, *, dotenv: bool = True) -> Settings:
        """Read the settings, loading `.env` from the working directory first when present
        (not from the installed package's folder, where python-dotenv would look by default)."""
        env_file = Path.cwd() / ".env"
        if dotenv and env_file.is_file():  # python-dotenv imported only then: 2 ms of a start
            from dotenv import load_dotenv

            load_dotenv(env_file, override=False)
        guild = os.environ.get("DISCORD_GUILD_ID", "").strip()
        if guild and not guild.isdigit():
            raise ValueError(f"DISCORD_GUILD_ID must be a number (a server id), not {guild!r}")
        interval = os.environ.get("INGEST_INTERVAL_MINUTES", "").strip() or "10"
        try:
            interval_minutes = float(interval)
        except ValueError:
            raise ValueError(
                f"INGEST_INTERVAL_MINUTES must be a number, not {interval!r}"
            ) from None
        return cls(
            database_url=os.environ.get("DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL,
            articles_dir=Path(os.environ.get("ARTICLES_DIR", "").strip() or "seeds"),
            discord_token=Secret(os.environ.get("DISCORD_TOKEN", "").strip()),
            discord_guild_id=int(guild) if guild else None,
            ingest_interval_minutes=interval_minutes,
            log_level=os.environ.get("LOG_LEVEL", "").strip().upper() or "INFO",
            slack_bot_token=Secret(os.environ.get("SLACK_BOT_TOKEN", "").strip()),
            slack_app_token=Secret(os.environ.get("SLACK_APP_TOKEN", "").strip()),
            slack_digest_admin_group=os.environ.get("SLACK_DIGEST_ADMIN_GROUP", "").strip() or None,
            slack_api_url=os.environ.get("SLACK_API_URL", "").strip() or DEFAULT_SLACK_API_URL,
            fetch_allow_private=os.environ.get("FETCH_ALLOW_PRIVATE", "").strip() in ("1", "true"),
            fetch_poll_seconds=float(os.environ.get("FETCH_POLL_SECONDS", "").strip() or "60"),
            fetch_in_bot=os.environ.get("FETCH_IN_BOT", "").strip() not in ("0", "false"),
        )

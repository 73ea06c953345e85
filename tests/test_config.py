"""Settings: `.env` is read from the folder briefbot is run from; the default database is per user."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.config import Settings, default_database_url

VARIABLES = ("DISCORD_GUILD_ID", "DATABASE_URL", "ARTICLES_DIR", "DISCORD_TOKEN")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in VARIABLES:  # set, then removed: whatever .env sets is undone after the test
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    return monkeypatch


def test_dotenv_is_read_from_the_working_folder(tmp_path: Path, clean_env) -> None:
    (tmp_path / ".env").write_text("DISCORD_GUILD_ID=4242\nARTICLES_DIR=mine\n")
    clean_env.chdir(tmp_path)
    settings = Settings.from_env()
    assert settings.discord_guild_id == 4242
    assert settings.articles_dir == Path("mine")


def test_the_default_database_does_not_depend_on_the_working_folder(
    tmp_path: Path, clean_env
) -> None:
    clean_env.chdir(tmp_path)
    url = Settings.from_env().database_url
    assert url == default_database_url()
    assert url.startswith("sqlite:///") and Path(url.removeprefix("sqlite:///")).is_absolute()
    clean_env.setenv("DATABASE_URL", "sqlite:///elsewhere.db")
    assert Settings.from_env().database_url == "sqlite:///elsewhere.db"

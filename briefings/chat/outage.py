"""What a user is told when answering failed: the database not answering, or a logged bug.

Shared by the Discord bot, the console and the Slack adapter."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

DATABASE_DOWN = "The database is not answering; try again in a minute."
SORRY = "Sorry, something went wrong while answering; it has been logged."


def database_down(error: BaseException) -> bool:
    """The database could not be reached, or dropped the connection (not a bad query)."""
    if isinstance(error, PoolTimeout):
        return True
    if isinstance(error, DBAPIError):
        return error.connection_invalidated or type(error).__name__ in (
            "OperationalError",
            "InterfaceError",
        )
    return False


def failure_sentence(error: BaseException) -> str:
    """The one sentence for an unexpected failure (its traceback goes to the log)."""
    return DATABASE_DOWN if database_down(error) else SORRY

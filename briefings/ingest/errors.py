"""The error an article file can be refused with, carrying a reason a user can act on."""


class ArticleError(Exception):
    """A file that cannot be ingested; `str()` is the reason, without the file name."""

"""Near-duplicate signatures of scheme 2: every stored article's MinHash and band keys anew

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 05:10:00.000000
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

# Signature scheme 2 (briefings/ingest/fingerprint.py, `SCHEME`) hashes each word once and builds
# the shingles' hashes from them: a text's signature is no longer scheme 1's, so an article
# stored before would match no near-copy ingested after. Its signature and band keys are worked
# out again from its stored body, the very text that was signed (`doc.body`), some articles at a
# time; a downgrade works out scheme 1's again.
CHUNK = 500  # articles read, signed and written at once

_ARTICLES = sa.table(
    "articles",
    sa.column("id", sa.Integer()),
    sa.column("body", sa.Text()),
    sa.column("signature", sa.LargeBinary()),
)
_BANDS = sa.table(
    "article_bands",
    sa.column("article_id", sa.Integer()),
    sa.column("band", sa.Integer()),
    sa.column("key", sa.BigInteger()),
)
_SIGN = (
    sa.update(_ARTICLES)
    .where(_ARTICLES.c.id == sa.bindparam("article"))
    .values(signature=sa.bindparam("signed"))
)
_KEY = (
    sa.update(_BANDS)
    .where(_BANDS.c.article_id == sa.bindparam("article"), _BANDS.c.band == sa.bindparam("number"))
    .values(key=sa.bindparam("value"))
)


def upgrade() -> None:
    from briefings.ingest.fingerprint import signature

    _sign_again(signature)


def downgrade() -> None:
    _sign_again(_scheme_1)


def _sign_again(sign: Callable[[str], bytes]) -> None:
    """Every stored article's signature, and the keys of its bands, as `sign` gives them."""
    from briefings.ingest.fingerprint import band_keys

    bind = op.get_bind()
    last = 0
    while True:
        chunk = bind.execute(
            sa.select(_ARTICLES.c.id, _ARTICLES.c.body)
            .where(_ARTICLES.c.id > last)
            .order_by(_ARTICLES.c.id)
            .limit(CHUNK)
        ).all()
        if not chunk:
            return
        signed = {article_id: sign(body) for article_id, body in chunk}
        bind.execute(_SIGN, [{"article": a, "signed": s} for a, s in signed.items()])
        keys = [
            {"article": a, "number": number, "value": key}
            for a, s in signed.items()
            for number, key in enumerate(band_keys(s))
        ]
        bind.execute(_KEY, keys)
        last = chunk[-1].id


def _scheme_1(text: str) -> bytes:
    """The signature of scheme 1: each shingle's bytes hashed with BLAKE2b (8 bytes)."""
    import numpy as np

    from briefings.ingest.fingerprint import _minimums, _words

    words = _words(text.lower())
    if len(words) < 3:
        shingles = [b" ".join(words)]
    else:
        shingles = list(map(b" ".join, zip(words, words[1:], words[2:], strict=False)))
    digests = b"".join(hashlib.blake2b(s, digest_size=8).digest() for s in shingles)
    return _minimums(np.frombuffer(digests, dtype=np.uint64))

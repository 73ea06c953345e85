"""Two people of one surname who may both bear the title it is written with ("Ms Lee")."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["titled_alike"]


def titled_alike(
    people: Sequence[Sequence[tuple[int, str]]], titled: str | None, index: NameIndex
) -> bool:
    """A surname written under a courtesy title (`titled`, the gender it gives) that two of
    `people` (each as the runs naming them in full, all of a gender that fits) may bear, neither
    named only as another's relative: the title does not tell them apart, so being quoted before
    does not settle it ("Susan Lee and Caroline Lee …. “…,” Susan Lee said. …. “…,” Ms Lee said":
    either sister; round 59). Being named in full far more often still does (NYT's "Mr. Bush" of
    Jeb Bush beside George W. Bush)."""
    if titled is None:
        return False
    own = [p for p in people if any(at not in index.kin for at, _ in p)]
    return len(own) > 1

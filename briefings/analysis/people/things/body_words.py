"""Word lists shared by the rules that tell bodies and works from people: nouns, prepositions."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import ORG_NOUNS, WORK_NOUNS, words_set

# What a body has and a person does not: "Merrill Lynch's profits", "Ann Summers' stores".
A_BODYS: Final = words_set(
    """profits profit sales shares shareholders stores shops earnings turnover subsidiary
    subsidiaries revenues revenue customers branches"""
)

# Works in the plural after a name: "the Harry Potter films" (not "shows" or "plays", verbs too).
WORKS: Final = words_set(
    """films movies books novels albums songs singles musicals operas documentaries sitcoms
    dramas thrillers blockbusters stories"""
)

# A body's or a work's nouns right after its name: "Johnnie Walker sales", "a Morgan Stanley fund".
BODYS_NOUNS: Final = WORK_NOUNS | ORG_NOUNS | A_BODYS | WORKS

PREPOSITIONS: Final = frozenset({"of", "in", "at", "for", "from", "with", "by", "on"})

# Nouns for a body written right before its name: the organisation nouns but those that are
# also a person's occupation ("film producer", "maker", "contractor"), and the kinds of firm,
# band and club of British business and sports news.
BODY_NOUNS: Final = (
    ORG_NOUNS - {"producer", "maker", "contractor", "exporter", "manufacturer"}
) | (
    words_set(
        """retailer chain carmaker brewer airline insurer lender band supermarket conglomerate
        club store bookmaker grocer distiller housebuilder retailers chains toymaker
        drugmaker chipmaker automaker wholesaler wholesalers restaurant restaurants pub pubs
        bakery bakeries"""
    )
)

BEFORE_A_VERB: Final = words_set(
    """to will would can could may might must should shall did does do not never also i you we they
    he she it who that which and or"""
)

"""Dalton articles the story tests share: Mark and Ruth Dalton named, "Mrs"/"Mr Dalton" quoted."""

from __future__ import annotations

__all__ = ["BOTH_DALTONS", "TITLED_DALTONS"]

# Mark Dalton (a senator) and Ruth Dalton (a teacher), each named in full and quoted
BOTH_DALTONS = """Two Daltons on opposite sides of the school vote

State Senator Mark Dalton said on Monday he would vote against the school funding bill.

“We cannot spend money we do not have,” Mark Dalton said.

Ruth Dalton, a teacher in Bangor who is not related to the senator, spoke at a rally outside the capitol.

“Our children cannot wait another year,” Ruth Dalton said.
"""

# only "Mrs Dalton" and "Mr Dalton", each quoted
TITLED_DALTONS = """Teachers plan another rally

Teachers will march on the capitol again next month, organisers said.

“We will be back, and there will be more of us,” Mrs Dalton said.

“We are not going away,” Mr Dalton said at a separate event.
"""

"""Descriptions by kin and family: "her son said", "His brother was angrier.", a surname a family shares."""

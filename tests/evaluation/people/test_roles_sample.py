"""The roles samples: three of 300 hand-labelled person-role pairs each, and how a role given now is scored."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from briefings.analysis.results import FoundEntity
from evaluation.people.roles_sample import LABELS, LABELS50, LABELS53, outcome


def _person(role: str | None) -> FoundEntity:
    return FoundEntity(name="Lorna Baptiste", kind="person", role=role, aliases=())


@pytest.mark.parametrize("labels", [LABELS, LABELS50, LABELS53])
def test_the_labels_are_300_pairs_each_with_the_roles_that_would_be_right(labels: Path) -> None:
    items = json.loads(labels.read_text(encoding="utf-8"))
    assert len(items) == 300
    assert {i["label"] for i in items} <= {"right", "wrong_person", "not_job", "cut"}
    for item in items:
        assert item["where"] and item["title"] is not None and item["name"]
        assert (item["role"] in item["accepted"]) == (item["label"] == "right")


def test_a_role_scores_right_only_when_it_is_one_the_label_accepts() -> None:
    item = {"accepted": ["Nebraska’s solicitor general", "solicitor general"]}
    assert outcome(item, _person("solicitor general")) == "right"
    assert outcome(item, _person("general")) == "wrong"
    assert outcome(item, _person(None)) == "none"
    assert outcome(item, None) == "missing"
    assert outcome({"accepted": [None]}, _person(None)) == "right"


def test_the_samples_share_no_pair() -> None:
    def pairs(labels: Path) -> set[tuple[str, str, str]]:
        items = json.loads(labels.read_text(encoding="utf-8"))
        return {(i["where"], i["title"], i["name"]) for i in items}

    for one, other in itertools.combinations([LABELS, LABELS50, LABELS53], 2):
        assert not pairs(one) & pairs(other)

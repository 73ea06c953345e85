"""Round 53 (personsAI): "Lee" and "Kim", family names written first in Korea, are English given
names too: "Lee Child … Mr Child" and "Kim Sears … Ms Sears" are one person each, while "Lee
Sedol … Lee said" stays one person by his family name."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> list[str]:
    return [e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"]


def test_mr_and_a_man_called_lee_are_one_person() -> None:
    people = _people(
        "Lee Child has finished a new Jack Reacher novel.",
        "Mr Child said he wrote it in six months.",
    )
    assert people == ["Lee Child"]


def test_ms_and_a_woman_called_kim_are_one_person() -> None:
    people = _people("Kim Sears watched from the stands.", "Ms Sears said she was proud.")
    assert people == ["Kim Sears"]


def test_a_korean_named_again_by_his_family_name_is_one_person() -> None:
    people = _people("Lee Sedol lost the final match.", "Lee said he was sorry.")
    assert people == ["Lee Sedol"]

"""The evaluation lists errors of the tuned halves only: held-out text is read as totals alone."""

from __future__ import annotations

import sys

import pytest

from evaluation.gold.bbc_labels import TUNED_ONLY
from evaluation.people import people_bbc
from evaluation.quotes import quotes_bbc, quotes_polnear
from evaluation.quotes.polnear import gold as polnear_gold


@pytest.mark.parametrize("script", [people_bbc, quotes_bbc])
@pytest.mark.parametrize("half", ["held_out", "all"])
def test_bbc_errors_of_a_held_out_half_are_refused(
    script: object, half: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["evaluation", "--errors", "--half", half])
    with pytest.raises(SystemExit) as exited:
        script.main()  # type: ignore[attr-defined]
    assert exited.value.code == 2
    assert TUNED_ONLY in capsys.readouterr().err


def test_polnear_errors_stop_before_the_held_out_articles(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not polnear_gold.DATA.is_dir():
        pytest.skip("the shared PolNeAR data is not here")
    tuned = polnear_gold.article_count() - quotes_polnear.HELD_OUT
    names = [doc.name for doc in quotes_polnear.load()]
    held_out = names[tuned:]
    assert len(held_out) == quotes_polnear.HELD_OUT
    # every article wrong: the errors printed name tuned articles and none held out
    monkeypatch.setattr(quotes_polnear, "ours", lambda doc: [("no such words", "Nobody")])
    monkeypatch.setattr(quotes_polnear, "baseline", lambda doc: [])
    monkeypatch.setattr(quotes_polnear, "RESULTS", quotes_polnear.RESULTS.with_name("unused"))
    monkeypatch.setattr(
        sys, "argv", ["evaluation", "--errors", "1000000", "--gold-reading", "round11"]
    )
    quotes_polnear.main()
    printed = capsys.readouterr().out
    assert any(name in printed for name in names[:tuned])
    assert not any(f" {name}:" in printed or f"{name} " in printed for name in held_out)

"""An office written before a bare surname belongs to that surname's holder: not to a relative
named in full with it, nor to someone else quoted last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_beside, role_near

__all__ = ["a_relatives_title", "office_of", "own_role", "titled_elsewhere"]

# elected offices and the titles written before a surname for them
_TITLES: Final = {
    "president": ("President",),
    "senator": ("Sen.", "Senator"),
    "governor": ("Gov.", "Governor"),
    "representative": ("Rep.", "Representative"),
    "congressman": ("Rep.", "Congressman"),
    "congresswoman": ("Rep.", "Congresswoman"),
    "mayor": ("Mayor",),
}
_BY_TITLE: Final = {
    title.lower().rstrip("."): office for office, titles in _TITLES.items() for title in titles
}
# nouns that introduce someone as another's relative or consort: "First lady Melania Trump", "his
# sister Ivanka Trump", "Ivanka Trump, the president's elder daughter"
_KIN: Final = words_set(
    """lady wife husband son daughter sister brother mother father widow widower stepdaughter
    stepson son-in-law daughter-in-law niece nephew grandson granddaughter"""
)


def office_of(word: str) -> str | None:
    """The elected office a description's head or a title names: "president", "Sen." → senator."""
    low = word.lower().rstrip(".")
    return low if low in _TITLES else _BY_TITLE.get(low)


def a_relatives_title(office: str, full: str, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes `office`'s title before the bare surname of `full` ("President
    Trump"), never before `full` itself, and introduces `full` as a relative or consort ("First lady
    Melania Trump"): the office is another of the family's, so neither "the president" nor
    "President Trump" means `full`."""
    words = full.split()
    if len(words) < 2 or office not in _TITLES:
        return False
    surname = words[-1]
    titled = [f"{title} {surname}" for title in _TITLES[office]]
    if not any(_written(form, par) for form in titled for par in paragraphs):
        return False
    if any(f"{title} {full}" in par for title in _TITLES[office] for par in paragraphs):
        return False
    return any(_as_kin(full, par) for par in paragraphs if full in par)


# words before a title that make it another office: "Vice President Harris", "former President Obama"
_OTHER_OFFICE: Final = words_set("vice former ex then deputy lieutenant acting")
_CLOSING: Final = '.,;:!?)”"'


def _titled_surnames(office: str, paragraphs: Sequence[str]) -> set[str]:
    """The surnames the article writes bare after `office`'s title: "President Biden" (not
    "President Joe Biden", "Vice President Harris"); found with `str.find`, the title first."""
    out = set()
    for title in _TITLES[office]:
        form = title + " "
        for par in paragraphs:
            at = par.find(form)
            while at >= 0:
                before = par[max(0, at - 12) : at].split()
                words = par[at + len(form) : at + len(form) + 60].split(None, 2)
                if (
                    (at == 0 or not par[at - 1].isalnum())
                    and not (before and before[-1].lower() in _OTHER_OFFICE)
                    and words
                    and words[0][:1].isupper()
                ):
                    word = words[0].rstrip(_CLOSING)
                    core = word.removesuffix("’s").removesuffix("'s")
                    bare = word != words[0] or core != word or len(words) < 2
                    if bare or not words[1][:1].isupper():
                        out.add(core)
                at = par.find(form, at + 1)
    return out


def titled_elsewhere(office: str, full: str, paragraphs: Sequence[str]) -> bool:
    """Whether a description of `office` ("the president") cannot mean `full`, to whom it went as
    the person named last: the article writes that office's title before a bare surname
    ("President Biden") that is not `full`'s, never before `full` nor beside it (Jami Wallace, "who
    leads a residents' group", quoted last); or before `full`'s surname while `full` is a
    relative (`a_relatives_title`)."""
    surnames = _titled_surnames(office, paragraphs)
    if not surnames:
        return False
    if full.split()[-1] in surnames:
        return a_relatives_title(office, full, paragraphs)
    if any(f"{title} {full}" in par for title in _TITLES[office] for par in paragraphs):
        return False
    return office not in {office_of(w) for w in (role_near(full, paragraphs) or "").split()}


def _written(form: str, par: str) -> bool:
    """`form` is in `par` as whole words ("President Trump", not "President Trumpet")."""
    at = par.find(form)
    while at >= 0:
        end = at + len(form)
        if end == len(par) or not par[end].isalpha():
            return True
        at = par.find(form, at + 1)
    return False


def _as_kin(full: str, par: str) -> bool:
    """`full` is written right after a kin noun ("his sister Ivanka Trump", "wife, Jennifer") or
    followed by an appositive holding one ("Ivanka Trump, the president's elder daughter")."""
    at = par.find(full)
    while at >= 0:
        before = par[max(0, at - 30) : at].replace(",", " ").lower().split()[-2:]
        if any(w in _KIN for w in before):
            return True
        after = par[at + len(full) : at + len(full) + 60]
        if after.startswith(", "):
            head = after[2:].split(",")[0].lower().replace("’s", " ").split()[:6]
            if any(w in _KIN for w in head):
                return True
        at = par.find(full, at + 1)
    return False


def own_role(full: str, index: NameIndex, paragraphs: Sequence[str]) -> str | None:
    """The role the article writes for `full`; only beside the full name itself when another
    person named in full shares its surname ("The speaker’s daughter, filmmaker Alexandra Pelosi"
    does not hold "House Speaker Nancy Pelosi"'s office)."""
    words = full.split()
    if len(words) > 1 and len(index.people_called(words[-1])) > 1:
        return role_beside(full, paragraphs)
    return role_near(full, paragraphs)

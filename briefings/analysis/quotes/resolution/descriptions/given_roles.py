"""A description the article writes as someone's role: "the Republican nominee" after "Republican
nominee Donald Trump" is Trump, whoever was named last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.lowered import lowered
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near

_SAME: Final = {
    "gop": "republican",
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    # round 42: "the congressman" is the one written "Rep. Harold Voss", not his wife named last
    "congressman": "representative",
    "congresswoman": "representative",
    "gen.": "general",  # "The general was more careful:" after "Gen. Marcus Odom"
    "adm.": "admiral",  # round 49: "The admiral laughed …" after "Adm. Catherine Lowell"
}
# offices one word names well enough: "the governor" after "Gov. Chris Christie"
_OFFICES: Final = frozenset(
    {
        "senator",
        "governor",
        "representative",
        "congressman",
        "congresswoman",
        "president",
        "mayor",
        "justice",
        "sheriff",
        "speaker",
        "general",
        "admiral",
        # round 49: a cleric's title written before a name: "The cardinal smiled" after
        # "Cardinal Matteo Ruggieri", "the rabbi" after "Rabbi Sarah Katz"
        "cardinal",
        "bishop",
        "rabbi",
        # round 57: offices of one hyphened word, one holder each: "the secretary-general said"
        # after "The secretary-general, António Guterres,", not whoever was quoted last
        "secretary-general",
        "director-general",
        "governor-general",
        "attorney-general",
        "solicitor-general",
        # round 59: Ireland's prime minister and deputy: "the Taoiseach said" after "The
        # Taoiseach, Micheál Ó Duibhir,"
        "taoiseach",
        "tánaiste",
        "tanaiste",
    }
)
# words that make a role another office than its head alone: "Vice President" is not "the
# president", "former Secretary of State" not "the secretary"
_OTHER_OFFICE: Final = frozenset({"vice", "deputy", "assistant", "lieutenant", "former", "acting"})
# … and words that make "general" another office than a general's: "Attorney General Teresa Lujan"
_NOT_A_GENERAL: Final = frozenset(
    {"attorney", "solicitor", "surgeon", "inspector", "secretary", "postmaster", "consul"}
)
_GENERAL: Final = frozenset({"general"})


def _words(text: str) -> set[str]:
    return {_SAME.get(w, w) for w in text.lower().replace(",", " ").split()} - {"the", "a", "an"}


def role_holders(role: str, index: NameIndex, pos: int, paragraphs: Sequence[str]) -> list[str]:
    """The people, up to two, named in full before `pos` whose role, as the article writes it beside
    the full name, holds every word of the description (of two words or more, or an elected office:
    "the host" may be anyone) and no word making it another office ("the Republican nominee":
    "Republican nominee Donald Trump"; "the former president" is not "former Vice President Joe
    Biden"). One is whom the description means; two mean either ("Cardinal Matteo Ruggieri and
    Cardinal Luigi Sarto …. The cardinal smiled"), so no one (round 49)."""
    words = _words(role)
    if len(words) < 2 and not words <= _OFFICES:  # "the host": too many people may be one
        return []
    fits: list[str] = []
    seen = set()
    writing: list[str] | None = None  # the paragraphs writing every word, once asked
    for _, name in index.runs[: index.runs_before(pos)]:
        if name in seen or " " not in name:
            continue
        seen.add(name)  # (a name is written many times: read each once)
        if not index.is_person(name):
            continue
        full = index.fullest(name, pos)
        if full in fits:
            continue
        if writing is None:
            writing = _writing_every_word(words, paragraphs)
        if not any(full in par for par in writing):
            continue  # (no paragraph writing the full name writes every word: no role fits)
        written = role_near(full, paragraphs) or ""
        held = _words(written)
        if (
            words <= held
            and not (held - words) & _OTHER_OFFICE
            and not (words == _GENERAL and held & _NOT_A_GENERAL)
            and _beside(written, full, paragraphs)
        ):
            fits.append(full)
            if len(fits) > 1:
                break
    return fits


# each word `_words` gives, with every spelling it reads as it: "senator" is "sen." too
_SPELLINGS: Final = {
    word: (word, *sorted(k for k, v in _SAME.items() if v == word)) for word in set(_SAME.values())
}


def _writing_every_word(words: set[str], paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs that write every word of `words` (in any case, in a spelling `_words` reads
    as it), as a paragraph must where `_beside` finds a role holding them beside a full name; a
    paragraph with a capital sigma, which lowers by its neighbours, counts as one."""
    low = lowered(tuple(paragraphs))
    return [
        par
        for k, par in enumerate(paragraphs)
        if "Σ" in par or all(any(s in low[k] for s in _SPELLINGS.get(w, (w,))) for w in words)
    ]


def _beside(role: str, full: str, paragraphs: Sequence[str]) -> bool:
    """The role is written beside the full name itself, not only beside its surname, which a
    relative may share ("President Trump" is not Melania Trump's role)."""
    for par in paragraphs:
        at = par.find(full)
        while at >= 0:
            if role in par[max(0, at - len(role) - 4) : at + len(full) + len(role) + 6]:
                return True
            at = par.find(full, at + 1)
    return False

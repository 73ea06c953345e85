"""Round 55's speed steps (branch speedBA) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace

from briefings.analysis.people.things import taken_up
from briefings.analysis.quotes.resolution import dead
from briefings.analysis.quotes.resolution.descriptions import given_roles
from briefings.analysis.quotes.resolution.names.forms import written_forms
from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations
from briefings.analysis.results import FoundQuote
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near
from tests.analysis.mixes import paragraphs_of, words_of
from tests.analysis.name_indexes import name_index


def _said_after_their_death_before(name: str, paragraphs: Sequence[str], n: int, at: int) -> bool:
    """Round 53's `said_after_their_death` as it was: the name's pattern made for every sentence
    before a "he said"."""
    par = paragraphs[n]
    starts = starts_outside_quotations(par, at)
    if not dead._said_now(par, starts[-1]):
        return False
    if len(starts) > 1:
        before = par[starts[-2] : starts[-1]]
    elif n:
        last = paragraphs[n - 1]
        before = last[starts_outside_quotations(last, len(last))[-1] :]
    else:
        return False
    return bool(dead._died(name).search(before))


# names, the death words in their cases and inside other words, "he said" and its kin, quotation
# marks, sentence ends and capitals after them
_DEATH_MIX = ["Freddy", "Trump", "Freddy Trump", "Ann", "was", "had", "been", "dead", "Dead"]
_DEATH_MIX += ["died", "Died", "passed", "away", "bypassed", "deadline", "he", "she", "He", "She"]
_DEATH_MIX += ["said", "says", "told", "added", "once", "“It was hard,”", "“Yes.”", '"No,"', "."]
_DEATH_MIX += [". The", ". He", ". She", "! It", "? A", "Mr.", "later,", "and"]


def test_said_after_their_death_makes_the_pattern_only_for_a_sentence_telling_a_death() -> None:
    rng = random.Random(55)
    names = ["Freddy Trump", "Freddy", "Ann Lee", "J Trump"]
    found = 0
    for _ in range(12000):
        paragraphs = paragraphs_of(rng, _DEATH_MIX, (0, 14), rng.randint(1, 3))
        if rng.random() < 0.3:  # the pronoun saying it now, after a death, in every order
            k = rng.randrange(len(paragraphs))
            death = rng.choice(["Freddy was dead.", "Trump had passed away.", "Ann Lee died."])
            paragraphs[k] += f" {death} “It was hard,” he said."
        n = rng.randrange(len(paragraphs))
        at = rng.randint(0, len(paragraphs[n]) + 2)
        name = rng.choice(names)
        said = _said_after_their_death_before(name, paragraphs, n, at)
        assert dead.said_after_their_death(name, paragraphs, n, at) == said, (name, paragraphs, at)
        found += said
    assert found > 300  # the mixes hold deaths told, not only paragraphs without one
    told = ["Four years later, Freddy was dead.", "“It was hard,” he said."]
    assert dead.said_after_their_death("Freddy Trump", told, 1, 1)
    assert not dead.said_after_their_death("Freddy Trump", ["Freddy was there.", told[1]], 1, 1)


def _titled_form_before(surname: str, paragraph: int, text: str, starts: Sequence[int]) -> str:
    """Round 54's `titled_form` as it was: the surname's pattern made wherever the text writes it."""
    if surname not in text:
        return surname
    found = [
        (m.start(), m.group(1), m.group(1) + m.group(2))
        for m in re.finditer(written_forms._TITLED.format(re.escape(surname)), text)
    ]
    titles = {title for _, title, _ in found}
    if len(titles) > 1:
        end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)
        found = [f for f in found if starts[paragraph] <= f[0] < end]
        titles = {title for _, title, _ in found}
    if len(titles) != 1:
        return surname
    return f"{found[0][2]} {surname}"


# the titles, their stops, words that end in one ("Hamr", "Madame"), spaces of every kind, the
# surname inside other words and marks at its edges
_TITLE_MIX = ["Mr", "Mrs", "Ms", "Miss", "Lady", "Lord", "Baroness", "Baron", "Sir", "Dame"]
_TITLE_MIX += ["Madame", "Hamr", "Dalton", "Daltons", "O'Dalton", "Dalton’s", "Ann", "said", "the"]
_TITLE_MIX += [".", "..", ",", "-", "’", "\n", "\u00a0", "  ", "Dr", "mr", "Mr.", "Mrs."]


def test_titled_form_makes_the_pattern_only_where_a_title_stands_before_the_surname() -> None:
    rng = random.Random(550)
    seps = ["", " ", " ", " ", "\n", "\u00a0", "\t", ".", ". "]
    titled = 0
    for _ in range(20000):
        pieces = [rng.choice(_TITLE_MIX) + rng.choice(seps) for _ in range(rng.randint(1, 10))]
        if rng.random() < 0.3:  # a titled surname somewhere, the paragraph's or another's
            titled_name = rng.choice(["Mrs Dalton ", "Mr. Dalton ", "Lady\u00a0Dalton ", "Sir Ann"])
            pieces.insert(rng.randrange(len(pieces) + 1), titled_name)
        text = "".join(pieces)
        cuts = sorted({0, *(rng.randrange(len(text) + 1) for _ in range(rng.randint(0, 3)))})
        paragraph = rng.randrange(len(cuts))
        surname = rng.choice(["Dalton", "Dalton", "Ann", "Mr", "Dal"])
        before = _titled_form_before(surname, paragraph, text, cuts)
        assert written_forms.titled_form(surname, paragraph, text, cuts) == before, (surname, text)
        titled += before != surname
    assert titled > 2000  # the mixes hold titled surnames, not only texts without one
    edges = ["Dalton said. Mrs Dalton", "Mrs.\u00a0 Dalton", "Mr..Dalton", "xMr Dalton"]
    edges += ["Madame Dalton", "Lady Dalton and Lord Dalton", ". Dalton", "Dalton Dalton"]
    for text in edges:
        assert written_forms.titled_form("Dalton", 0, text, [0]) == _titled_form_before(
            "Dalton", 0, text, [0]
        )
    assert written_forms.titled_form("Dalton", 0, "Dalton and Mrs. Dalton", [0]) == "Mrs. Dalton"


def _role_holders_before(
    role: str, index: NameIndex, pos: int, paragraphs: Sequence[str]
) -> list[str]:
    """Round 49's `role_holders` as it was: the role read beside every person named in full."""
    words = given_roles._words(role)
    if len(words) < 2 and not words <= given_roles._OFFICES:
        return []
    fits: list[str] = []
    seen = set()
    for _, name in index.runs[: index.runs_before(pos)]:
        if name in seen or " " not in name:
            continue
        seen.add(name)
        if not index.is_person(name):
            continue
        full = index.fullest(name, pos)
        written = role_near(full, paragraphs) or ""
        held = given_roles._words(written)
        if (
            full not in fits
            and words <= held
            and not (held - words) & given_roles._OTHER_OFFICE
            and not (words == given_roles._GENERAL and held & given_roles._NOT_A_GENERAL)
            and given_roles._beside(written, full, paragraphs)
        ):
            fits.append(full)
            if len(fits) > 1:
                break
    return fits


# offices and their short forms in both cases, words that make another office, names in full and
# by surname, a capital sigma, and the words between
_ROLE_MIX = ["Sen.", "sen.", "Senator", "senator", "Florida", "Republican", "GOP", "nominee"]
_ROLE_MIX += ["Vice", "President", "president", "former", "Gov.", "governor", "Rep.", "Attorney"]
_ROLE_MIX += ["Congressman", "General", "Gen.", "Cardinal", "ΣOFIA", "Marco Rubio", "Rubio", ","]
_ROLE_MIX += ["Jeb Bush", "Bush", "Ann Lee", "Lee", "said", "the", "and", "of", "Ohio", "."]
_ROLE_MIX += ["Rep.", "representative", "congressman", "Adm.", "admiral", "gop"]
_DESCRIPTIONS = ["Florida senator", "senator", "Republican nominee", "GOP nominee", "president"]
_DESCRIPTIONS += ["general", "congressman", "former president", "the", "Ohio governor", "admiral"]
_DESCRIPTIONS += ["cardinal", "Republican senator", "rep.", "host"]


def test_role_holders_reads_a_role_only_beside_a_name_whose_paragraph_writes_its_words() -> None:
    rng = random.Random(5500)
    found = 0
    for _ in range(1500):
        paragraphs = paragraphs_of(rng, _ROLE_MIX, (2, 16), rng.randint(1, 4))
        index = name_index(paragraphs)
        end = sum(len(par) + 1 for par in paragraphs)
        for role in _DESCRIPTIONS:
            pos = rng.randint(0, end)
            before = _role_holders_before(role, index, pos, paragraphs)
            assert given_roles.role_holders(role, index, pos, paragraphs) == before, (role, pos)
            found += bool(before)
    assert found > 500  # the mixes hold roles written beside names, not only names without one
    told = ["Florida Sen. Marco Rubio said so.", "The Florida senator smiled."]
    assert given_roles.role_holders("Florida senator", name_index(told), 40, told) == [
        "Marco Rubio"
    ]


def _an_actor_before(opening: str, name: str) -> str | None:
    """Round 54's `_an_actor_of_the_given_name` as it was (what it matched): a pattern made for
    every opening with " who "."""
    given = name.split(None, 1)[0]
    m = re.match(
        r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},(?: \d+,)? who (?:plays|voices|has (?:played|voiced))"
        rf" {re.escape(given)}(?= (?:since|for|in)\b|[,.])",
        opening,
    )
    return m.group(0) if m else None


# actors' names, ages, the verbs in every tense, given names and words that start with them
_ACTOR_MIX = ["David Neilson,", "David", "Neilson,", "70,", "who", "plays", "voices", "has", "the"]
_ACTOR_MIX += ["played", "voiced", "voice", "Roy", "Roy,", "Roy.", "Royal", "Ann", "since", "for"]
_ACTOR_MIX += ["in", "1995,", "is", "Mr", "Cropper"]


def test_an_actor_of_the_given_name_is_matched_only_after_its_verb_and_name() -> None:
    rng = random.Random(5501)
    found = 0
    for _ in range(20000):
        opening = words_of(rng, _ACTOR_MIX, 1, 9)
        if rng.random() < 0.3:
            verb = rng.choice(["plays", "voices", "has played", "has voiced"])
            opening = f"David Neilson, who {verb} {opening}"
        for name in ("Roy Cropper", "Ann Lee", "Mr Cropper"):
            before = _an_actor_before(opening, name)
            got = taken_up._an_actor_of_the_given_name(opening, name)
            assert (got.group(0) if got else None) == before, (opening, name)
            found += before is not None
    assert found > 300  # the mixes hold actors of the given name


def _as_written_before(quotes: list[FoundQuote], paragraphs: Sequence[str]) -> list[FoundQuote]:
    """Round 54's `as_written` as it was: every quote's names read by `written_form` anew."""
    if not any(q.speaker or q.told_by for q in quotes):
        return quotes
    starts, at = [], 0
    for par in paragraphs:
        starts.append(at)
        at += len(par) + 1
    text = "\n".join(paragraphs)
    out: list[FoundQuote] = []
    quoted: set[str] = set()
    for q in quotes:
        inside = max(0, paragraphs[q.paragraph].find(q.text))
        pos = starts[q.paragraph] + inside
        speaker = (
            written_forms.written_form(q.speaker, pos, q.paragraph, text, starts, quoted)
            if q.speaker
            else None
        )
        if speaker and " " not in speaker:
            speaker = written_forms.titled_form(speaker, q.paragraph, text, starts)
        told = (
            written_forms.written_form(q.told_by, pos, q.paragraph, text, starts)
            if q.told_by
            else None
        )
        if speaker == q.speaker and told == q.told_by:
            out.append(q)
        elif speaker == written_forms.NO_ONE:
            out.append(replace(q, speaker=None, confidence=0.0, found_by="", told_by=None))
        else:
            out.append(replace(q, speaker=speaker, told_by=told or None))
        if out[-1].speaker:
            quoted.add(out[-1].speaker)
    return out


# names with and without initials and suffixes, as the index gives them and as articles write them
_WRITTEN_NAMES = ["Lamar T Greene", "Lamar T. Greene", "Greene", "Walter Hollis", "Donald Trump"]
_WRITTEN_NAMES += ["Donald Trump Jr.", "Brent Bozell", "Mrs Dalton", "Dalton", "", "George W Bush"]
_WRITTEN_TEXT = [
    "Lamar T. Greene Jr.",
    "Lamar T. Greene Sr.",
    "Walter Hollis Jr.",
    "Greene",
    "“Yes”",
]
_WRITTEN_TEXT += ["Donald Trump", "Donald Trump Jr.", "Brent Bozell III", "Mrs Dalton", "Mr Dalton"]
_WRITTEN_TEXT += ["said", "George W Bush", "George W. Bush", "Walter Hollis, II", "“No”", "."]


def test_as_written_asks_once_per_name_whether_it_stays_as_it_is() -> None:
    rng = random.Random(5502)
    changed = 0
    for _ in range(3000):
        paragraphs = paragraphs_of(rng, _WRITTEN_TEXT, (1, 8), rng.randint(1, 4))
        quotes = [
            FoundQuote(
                rng.choice(["Yes", "No", "missing"]),
                rng.choice([*_WRITTEN_NAMES, None]),
                None,
                "full",
                rng.randrange(len(paragraphs)),
                told_by=rng.choice([None, None, *_WRITTEN_NAMES]),
            )
            for _ in range(rng.randint(0, 6))
        ]
        before = _as_written_before(quotes, paragraphs)
        assert written_forms.as_written(quotes, paragraphs) == before, (quotes, paragraphs)
        changed += before != quotes
    assert changed > 1000  # the mixes hold names written otherwise, not only names as they are

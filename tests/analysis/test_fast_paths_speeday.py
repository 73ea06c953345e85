"""Round 53's speed steps (branch speedAY) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads (drawn from what builds it, so a word
added later is in the mixes)."""

from __future__ import annotations

import random
import re

from briefings.analysis.common.given_names.gender import HONORIFICS, KIN, RELATIVES
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.people.entities import grouping
from briefings.analysis.people.entities.grouping import Entity
from briefings.analysis.people.finding.candidates import Candidate
from briefings.analysis.people.things.firms import named_again
from briefings.analysis.quotes.clauses import datelines
from briefings.analysis.quotes.clauses.datelines import dateline_end
from briefings.analysis.quotes.resolution.descriptions.kin.families import of_the_other_gender
from briefings.analysis.quotes.resolution.descriptions.media import hosts
from briefings.analysis.quotes.resolution.pronouns.either import kin_owner
from briefings.analysis.quotes.resolution.resolve import Mention
from briefings.analysis.speech.name_index import NameIndex
from tests.analysis.mixes import paragraphs_of
from tests.analysis.name_indexes import name_index


def _titled_place_end_before(toks: list[str]) -> int:
    """Round 49's `_titled_place_end` as it was: the word lists read before the dash."""
    k = 0
    while k < min(len(toks), datelines._PLACE_WORDS) and datelines._TITLED.fullmatch(toks[k]):
        k += 1
    if k == 0 or kind_by_lists(" ".join(toks[:k]), [t.lower() for t in toks[:k]]) != "place":
        return 0
    if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")":
        k += 3
    if k + 1 < len(toks) and toks[k] in datelines._DASHES and toks[k + 1][:1].isupper():
        return k + 1
    return 0


_PLACES = ["Washington", "New", "York", "Salt", "Lake", "City", "Denver", "Jordan", "Paris"]
_OTHER = ["(", ")", "AFP", "Reuters", "Democrat", "who", "said", "Hillary", "—", ",", "the", "US"]
_EDGES = [
    [],
    ["Washington", "(", "AFP", ")", "–", "Democrat", "Hillary", "Clinton"],
    ["Washington", "–", "Democrat", "Hillary"],
    ["Salt", "Lake", "City", "—", "The", "mayor"],
    ["Jordan", "—", "who", "said"],
    ["Washington", "(", "AFP", ")", "–"],
    ["Washington", "—"],
    ["Washington", "(", "AFP", ")"],
    ["Denver", "-", "Police"],
    ["Paris", "--", "A"],
    ["GASTONIA", ",", "N.C.", "—", "Harold"],
]


def test_a_titled_dateline_reads_the_word_lists_only_past_its_dash() -> None:
    words = _PLACES + _OTHER + sorted(datelines._DASHES)
    rng = random.Random(53)
    cases = _EDGES + [[rng.choice(words) for _ in range(rng.randint(1, 9))] for _ in range(20000)]
    found = 0
    for toks in cases:
        before = _titled_place_end_before(toks)
        assert datelines._titled_place_end(toks) == before, toks
        found += before > 0
    assert found > 100  # the mixes hold datelines, not only sentences without one
    assert dateline_end(_EDGES[1]) == 5
    assert dateline_end(_EDGES[4]) == 0


def _interviewer_is_not_before(role: str, name: str, paragraphs: list[str]) -> bool:
    """Round 52's `the_interviewer_is_not` as it was: the name's pattern made for every call
    past the first tests, and run on each paragraph that writes the surname."""
    head = role.lower()
    if (
        not (head.isalpha() and head.islower())
        or head in hosts._PRESS
        or hosts.called(head, name, paragraphs)
    ):
        return False
    word = re.escape(name.split()[-1])
    job = rf"(?i:{'|'.join(sorted(hosts.INTERVIEWERS))})"
    written = re.compile(
        rf"(?<!\bto )\b{job},?(?: [A-Z][\w.’'-]*){{0,3}} {word}\b(?![’']s\b)"
        rf"|\b{word}\b, (?:[^,.;:“”\"]{{0,30}} )?{job}\b"
    )
    return any(name.split()[-1] in par and written.search(par) for par in paragraphs)


def test_an_interviewer_is_looked_for_only_in_paragraphs_writing_the_name_and_a_job() -> None:
    jobs = sorted(hosts.INTERVIEWERS)
    words = [
        *jobs,
        *(j.upper() for j in jobs),
        *(j.capitalize() + "s" for j in jobs),
        *("Sotomayor", "Sotomayor’s", "Rafael", "Telemundo", "to", "said", "the", "candidate"),
        *(",", ".", "Trump", "’s", "MSNBC", "news", "hoſt", "reporter"),
    ]
    names = ["Rafael Sotomayor", "Sotomayor", "Donald Trump"]
    roles = ["candidate", "senator", "host", "Florida senator", "reporter", "man"]
    rng = random.Random(52)
    edges = [
        (["Telemundo anchor Rafael Sotomayor asked."], "candidate", "Rafael Sotomayor"),
        (["Sotomayor, the Telemundo moderator, asked."], "candidate", "Rafael Sotomayor"),
        (["He came to host Sotomayor’s show."], "candidate", "Rafael Sotomayor"),
        (["No job here for Sotomayor."], "candidate", "Rafael Sotomayor"),
    ]
    found = 0
    cases = edges + [
        (
            paragraphs_of(rng, words, (1, 12), rng.randint(1, 4)),
            rng.choice(roles),
            rng.choice(names),
        )
        for _ in range(6000)
    ]
    for paragraphs, role, name in cases:
        before = _interviewer_is_not_before(role, name, paragraphs)
        assert hosts.the_interviewer_is_not(role, name, paragraphs) == before, (paragraphs, role)
        found += before
    assert found > 50  # the mixes hold interviewers, not only paragraphs without one
    assert hosts.the_interviewer_is_not("candidate", "Rafael Sotomayor", edges[0][0])
    assert not hosts.the_interviewer_is_not("candidate", "Rafael Sotomayor", edges[2][0])


def _join_titled_before(order: list[Entity], by_key: dict[tuple[str, str], Entity]) -> None:
    """Round 52's `_join_titled` as it was: the surnames of everyone named in full read first."""
    genders = sorted(set(HONORIFICS.values()))
    full = {
        s
        for e in order
        if e.kind == "person" and e.texts and e.key.split()[-1] not in genders
        for s in grouping._surnames_of(e)
    }
    for entity in order:
        key = entity.key
        if entity.kind != "person" or not entity.texts or " " in key or key in full:
            continue
        titled = [
            by_key[("person", f"{key} {g}")] for g in genders if ("person", f"{key} {g}") in by_key
        ]
        if len(titled) == 1 and titled[0].texts:
            first, other = sorted((entity, titled[0]), key=order.index)
            first.texts.extend(other.texts)
            first.roles.extend(other.roles)
            first.aliases.extend(other.aliases)
            other.texts.clear()


_FORMS = {  # an entity's key and the texts it may have
    "obama": ["Obama"],
    "obama m": ["Mr. Obama", "President Obama"],
    "obama f": ["Mrs. Obama"],
    "barack obama": ["Barack Obama"],
    "michelle obama": ["Michelle Obama"],
    "silk": ["Silk"],
    "silk m": ["Mr Silk"],
    "robert kilroy silk": ["Robert Kilroy-Silk"],
    "webber": ["Webber"],
    "webber m": ["Lord Webber"],
    "andrew lloyd webber": ["Andrew Lloyd Webber"],
    "m": ["M"],
}


def _entities(rng: random.Random) -> list[Entity]:
    keys = rng.sample(sorted(_FORMS), rng.randint(1, len(_FORMS)))
    return [
        Entity(
            rng.choice(["person", "person", "person", "organisation"]),
            key,
            rng.sample(_FORMS[key], rng.randint(0, len(_FORMS[key]))),
            [f"role of {key}"],
            [f"alias of {key}"],
        )
        for key in keys
    ]


def _state(order: list[Entity]) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(e.key, list(e.texts), list(e.roles), list(e.aliases)) for e in order]


def test_a_titled_surname_reads_the_full_names_only_when_it_may_be_joined() -> None:
    rng = random.Random(522)
    joined = 0
    for _ in range(5000):
        seed = rng.random()
        made = [_entities(random.Random(seed)) for _ in range(2)]
        for order, join in zip(made, (_join_titled_before, grouping._join_titled), strict=True):
            join(order, {(e.kind, e.key): e for e in order})
        assert _state(made[0]) == _state(made[1])
        joined += _state(made[0]) != _state(_entities(random.Random(seed)))
    assert joined > 100  # the mixes join some, not only lists where no one is joined


def _other_gender_before(surname: str, meant: str, index: NameIndex) -> list[str]:
    """Round 50's `of_the_other_gender` as it was: the people grouped for every surname."""
    mine = index.gender(meant)
    if mine is None:
        return []
    others = []
    for runs in index.people_called(surname):
        full = runs[-1][1]
        if full != meant and index.gender(full) not in (mine, None):
            others.append(full)
    return others


def test_the_other_gender_groups_the_people_only_when_one_is_of_it() -> None:
    names = ["Joe Kasmierski", "Donna Kasmierski", "Alex Kasmierski", "Kasmierski", "J Kasmierski"]
    said = ["said.", "said she.", "said he.", "says she,", "and"]
    rng = random.Random(50)
    found = 0
    for _ in range(2000):
        text = " ".join(
            f"{rng.choice(['Mr.', 'Ms.', 'Then', ''])} {rng.choice(names)} {rng.choice(said)}"
            for _ in range(rng.randint(1, 5))
        )
        index = name_index([text])
        for meant in [*names, "Chuck Kasmierski", "Charles Kasmierski"]:
            before = _other_gender_before("Kasmierski", meant, index)
            assert of_the_other_gender("Kasmierski", meant, index) == before, (text, meant)
            found += bool(before)
    assert found > 100


def _beside_owner_before(
    name: str, want: str | None, index: NameIndex, recent: list[Mention], paragraphs: list[str]
) -> bool:
    """`relative_beside_owner` as it was: the name's pattern made for every paragraph."""
    owner = kin_owner._OWNERS.get(want or "")
    last = max((m.paragraph for m in recent if m.name == name), default=-1)
    if owner is None or last < 0:
        return False
    first = re.escape(name.split()[0])
    written = re.search(rf"\b{owner} ([a-z-]+), {first}\b", paragraphs[last])
    kin = written.group(1) if written else ""
    if (KIN.get(kin) or RELATIVES.get(kin)) is None:
        return False
    return any(
        m.paragraph == last
        and m.name
        and m.name != name
        and (m.gender or index.gender(m.name)) == want
        for m in recent
    )


def test_a_relative_beside_an_owner_is_searched_only_where_the_owner_is_written() -> None:
    words = ["Her", "His", "her", "daughter,", "son,", "Kayla", "Kayla,", "Brooks", "said", ","]
    names = ["Kayla", "Kayla Brooks", "Brooks", "Tom Brooks"]
    index = name_index(["Kayla Brooks said she would. Tom Brooks said he would."])
    rng = random.Random(53)
    found = 0
    for _ in range(4000):
        paragraphs = paragraphs_of(rng, words, (1, 8), 2)
        recent = [
            Mention(rng.choice(names), 0, rng.randint(0, 1), gender=rng.choice(["f", "m", None]))
            for _ in range(rng.randint(0, 4))
        ]
        for name in names:
            for want in ("f", "m", None):
                before = _beside_owner_before(name, want, index, recent, paragraphs)
                got = kin_owner.relative_beside_owner(name, want, index, recent, paragraphs)
                assert got == before, (name, want, paragraphs)
                found += before
    assert found > 20  # the mixes hold relatives beside their owners


def _firms_named_again_before(sentences: list[str], read: list[list[Candidate]]) -> None:
    """Round 50's `firms_named_again` as it was: the next sentence searched for a firm's noun
    before the sayer was looked at."""
    for n in range(len(sentences) - 1):
        if not read[n]:
            continue
        noun = named_again._THE_FIRM.match(sentences[n + 1]) or named_again._THE_FIRMS.search(
            sentences[n + 1]
        )
        if noun is None:
            continue
        sayer = read[n][0]
        before = [c for c in read[n + 1] if 0 <= sentences[n + 1].find(c.text) < noun.start()]
        if named_again._a_body_beside(
            [*read[:n], read[n][1:], before]
        ) or named_again._marked_elsewhere(read, n, sayer.text):
            continue
        if (
            sayer.kind != "person"
            or sayer.role
            or sayer.alias
            or sayer.a_surname
            or not sentences[n].startswith(sayer.text + " said ")
            or not sentences[n][len(sayer.text) + 6 : len(sayer.text) + 7].isupper()
        ):
            continue
        sayer.kind, sayer.evidence, sayer.spoken = None, False, False
        sayer.thing_hint = sayer.firms_figures = True


_SAYERS = ["Tata Steel", "Tom Hale", "Hale", "Tesco"]
_OPENINGS = [
    "{} said Port Talbot would get its new furnace.",
    "{} said Leeds would close.",
    "{} said the plant would close.",
    "Mr {} said Leeds would close.",
    "The company said 2,500 jobs would go.",
    "The Japanese carmaker said it would.",
    "Guillaume Cartier, the carmaker’s chairman, said so.",
    "{} was here.",
]


def _read(rng: random.Random, sentence: str) -> list[Candidate]:
    names = [n for n in _SAYERS if n in sentence] or rng.sample(_SAYERS, rng.randint(0, 2))
    return [
        Candidate(
            rng.choice(["person", "person", "person", "organisation", "place", None]),
            name,
            role=rng.choice([None, None, None, "chief executive"]),
            alias=rng.choice([None, None, None, None, f"Mr {name}"]),
            evidence=rng.random() < 0.2,
            a_surname=rng.random() < 0.1,
            thing_hint=rng.random() < 0.1,
        )
        for name in names
    ]


def _candidates_state(read: list[list[Candidate]]) -> list[list[tuple[object, ...]]]:
    return [
        [(c.kind, c.evidence, c.spoken, c.thing_hint, c.firms_figures) for c in found]
        for found in read
    ]


def test_a_firm_named_again_is_searched_for_only_after_a_sayer_of_a_place() -> None:
    rng = random.Random(50)
    changed = 0
    for _ in range(6000):
        sentences = [
            rng.choice(_OPENINGS).format(rng.choice(_SAYERS)) for _ in range(rng.randint(1, 5))
        ]
        seed = rng.random()
        reads = [[_read(random.Random(seed + k), s) for k, s in enumerate(sentences)]]
        reads.append([_read(random.Random(seed + k), s) for k, s in enumerate(sentences)])
        untouched = _candidates_state(reads[0])
        _firms_named_again_before(sentences, reads[0])
        named_again.firms_named_again(sentences, reads[1])
        assert _candidates_state(reads[0]) == _candidates_state(reads[1]), sentences
        changed += _candidates_state(reads[1]) != untouched
    assert changed > 100  # the mixes hold firms named again, not only sentences without one

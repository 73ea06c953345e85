"""The reporting verb before a quotation in its sentence: "Sullivan said, “…”", "according to X"."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import ORG_SUFFIXES, words_set
from briefings.analysis.quotes.clauses.datelines import dateline_end
from briefings.analysis.quotes.clauses.frames.asides.as_asides import in_as_aside
from briefings.analysis.quotes.clauses.frames.asides.while_speaking import (
    as_reported_end,
    while_speaking_end,
)
from briefings.analysis.quotes.clauses.frames.credited.according import (
    body_relays_a_named_speaker,
    people_say_so,
)
from briefings.analysis.quotes.clauses.frames.credited.documents.authors import (
    NO_AUTHOR,
    document_author,
    sender_of,
)
from briefings.analysis.quotes.clauses.frames.credited.documents.owners import document_owner
from briefings.analysis.quotes.clauses.frames.credited.documents.read_from import read_from
from briefings.analysis.quotes.clauses.frames.credited.documents.readouts import (
    is_record,
    record_names_a_speaker,
    record_subject,
)
from briefings.analysis.quotes.clauses.frames.with_document import with_a_document
from briefings.analysis.quotes.clauses.object_nouns import object_noun
from briefings.analysis.quotes.clauses.openers import past_a_time_phrase
from briefings.analysis.quotes.clauses.sayers.clausal.embedded import (
    embedded_subject,
    subject_past_in_which,
)
from briefings.analysis.quotes.clauses.sayers.clausal.fronted import fronted_clause_subject
from briefings.analysis.quotes.clauses.sayers.clausal.gerund_subjects import gerund_subject
from briefings.analysis.quotes.clauses.sayers.clausal.noun_relatives import (
    noun_relative_subject,
    relative_subject_at,
)
from briefings.analysis.quotes.clauses.sayers.clausal.subordinate import subordinate_subject
from briefings.analysis.quotes.clauses.sayers.clausal.who_acting import who_acting
from briefings.analysis.quotes.clauses.sayers.described.described_subjects import (
    described_subject,
    joined_described_subject,
)
from briefings.analysis.quotes.clauses.sayers.described.described_tellers import described_teller
from briefings.analysis.quotes.clauses.sayers.described.unnamed import unnamed_subject
from briefings.analysis.quotes.clauses.sayers.main_subject.joint import (
    JOINT,
    joint_subject,
    name_start,
)
from briefings.analysis.quotes.clauses.sayers.subjects import (
    cue_subject,
    relative_antecedent,
    sentence_subject,
)
from briefings.analysis.quotes.clauses.semicolons import own_clause_start
from briefings.analysis.quotes.clauses.teller_asides import tells_a_later_verb
from briefings.analysis.quotes.clauses.words import (
    AUX,
    IRREGULAR,
    PREPOSITIONS,
    phrase_cue,
    role_word,
)
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, PARTICIPLE_CUES, is_between
from briefings.analysis.speech.inner_words import capital_preposition_inside
from briefings.analysis.speech.name_shapes import first_name_like
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.subject import subject_before
from briefings.analysis.speech.tokens import is_cap, is_possessive
from briefings.analysis.speech.words import PRONOUNS, person_head

_TO_WHOM: Final = words_set(
    "told tells asked asks thanked praised accused attacked blasted slammed"
)


_PERFECT: Final = words_set("has have had")


def _written_in_the_perfect(toks: list[str], i: int) -> bool:
    """ "As Louella Parsons had written, “…”": "written" is a speech verb after "has" or "had"
    (not in "a memo, written by a manager, that described …": a document's author)."""
    return toks[i] == "written" and i > 0 and toks[i - 1] in _PERFECT


def pre_frame(toks: list[str], upto: int, own: dict[int, str]) -> str | None:
    """The speaker of the reporting verb that introduces a quotation inside the sentence."""
    lead = own_clause_start(toks, upto) or _lead_in_end(toks, upto) or dateline_end(toks)
    # "Let’s be clear: Hillary Clinton lost because she … called half the country a “…”"; round
    # 54: past a dateline, "Washington (AFP) – Democrat Hillary Clinton has …, saying “…”": hers
    if lead:
        toks, upto = toks[lead:], upto - lead
    first_own = next((p for k, p in own.items() if _index_of(toks, k) < upto), None)
    acting = who_acting(toks, upto)
    if acting is not None:  # "attacked by Sen. Paula Whitcomb, who ran an ad calling him a “…”"
        return acting  # the one who ran the ad, not the sentence's subject
    unnamed = unnamed_subject(toks, upto)
    if unnamed:  # "criticized the email use, which an FBI investigation said was “…”"
        return sender_of(unnamed) or unnamed  # "The statement from Meyers called": Meyers
    teller = _passive_teller(toks, upto)
    if teller is not None:  # "… and been told by Adair’s office that they were “…”": not the
        return teller  # hearer's words
    clause = subordinate_subject(toks, upto)
    if clause is not None:  # "Trump Jr. blasted Clinton after she called them a “…”": hers
        return clause
    first_cue = last_cue = None
    according: str | None = None  # an "according to" source set aside
    fronted = _fronted_clause_end(toks, upto)
    reported = 0 if fronted else as_reported_end(toks, upto)  # "As Politico reported, the memo
    fronted = fronted or reported  # charges that …“…”": the memo's words, not Politico's
    for i in range(upto):
        t = toks[i]
        if i < fronted:  # "After Craig Patrick asked about it, the Graysons became “…”": a
            continue  # speech verb of the opening clause does not report the main clause's words
        if t.lower() == "according" and i + 2 < upto and toks[i + 1] == "to":
            phrase = []
            for u in toks[i + 2 : upto]:
                if u in {",", ":", "\ue000"}:
                    break
                phrase.append(u)
            if phrase and is_record(phrase):  # "According to a White House readout, Ellison
                end = i + 2 + len(phrase) + 1  # “underscored …”": the one it quotes
                named = record_subject(toks, end, upto)
                if named:
                    return named
            if (
                phrase
                and not people_say_so(phrase)
                and not _aside_before_a_verb(toks, i, i + 2 + len(phrase), upto)
                and not body_relays_a_named_speaker(phrase, toks, i + 2 + len(phrase), upto)
                and not (
                    is_record(phrase) and record_names_a_speaker(toks, i + 2 + len(phrase), upto)
                )
            ):
                return " ".join(phrase)
            if phrase:  # "According to one former official, Esper told …": the verb's subject's
                according = " ".join(phrase)
        if not (t.lower() in CUES or phrase_cue(toks, i) or _written_in_the_perfect(toks, i)):
            continue
        if not t.islower():
            continue
        relative = relative_subject_at(toks, i, fronted - 1) if i > 2 else None
        if relative:  # round 50: "… spent Tuesday defending a budget that critics called “…”"
            return relative
        if tells_a_later_verb(toks, i, upto):
            continue  # "The congressman, she writes, asked, “…”": the congressman's question
        if _other_subject_between(toks, i, upto):
            continue  # "Critics praised it, while Variety magazine called it “…”": not theirs
        if in_as_aside(toks, i, upto):
            continue  # "her ad, which — as Chait noted — promises to “…”": the ad's, not Chait's
        if t in _PASSIVE_CUES and i + 1 < upto and toks[i + 1] == "by":
            asker = _agent(toks, i + 2, upto)
            if asker and not any(u in CUES for u in toks[i + 1 : upto]):
                return asker  # "Sanders was asked by host Bill Maher, “…”": Maher asks
            continue
        if toks[i - 1 : i] and toks[i - 1] in _BE and toks[i + 1 : i + 3] == ["to", "be"]:
            return _UNNAMED_ASKER  # "Priebus was said to be “furious”": said of him, unnamed
        if _asked_unnamed(toks, i, upto):  # "Trump was asked, “…?”": not Trump's words
            return _UNNAMED_ASKER
        quoted = _quoted_as_saying(toks, i)
        if quoted:  # "Brennan quoted Ortiz as saying “…”": Ortiz's words
            return quoted
        if first_own and _index_of_phrase_before(toks, i, own):
            return _own_clause_after(toks, i, upto) or first_own
        inverted = _inverted_subject(toks, i, upto)
        if inverted:  # "…, explained Rosenberg, “…”"
            return inverted
        if t.lower() in PARTICIPLE_CUES:
            if any(u in CUES and u not in PARTICIPLE_CUES for u in toks[i + 1 : upto]):
                continue  # "Puerto Rico has been warning …, and Ms. Acosta said the “…”"
            if with_a_document(toks, i):  # round 59: "…, with one of her ads asking, “…”"
                return ""  # the ad's words, no one named's
            near = subject_before(toks, i)  # "The Florida senator is telling reporters"
            return (
                _own_clause_after(toks, i, upto)
                or _with_subject(toks, i)
                or gerund_subject(toks, i)  # "reminds me of Abraham Lincoln saying that “…”"
                or embedded_subject(toks, i)  # "a rally in which Lyle mocked …, saying “…”"
                or sentence_subject(toks, i, perfect=True)
                or ((JOINT if _joined(toks, near[1]) else near[0]) if near else None)
                or described_subject(toks, i)  # "The retired neurosurgeon has …, saying “…”"
                or _participle_subject(toks, i)
                or fronted_clause_subject(toks, upto)  # round 57: "After calling the plan “a
                # disgrace,” Mayor Ann Ruiz walked out": the main clause's subject's
                or first_own
                or ""  # "A spokeswoman … emailed reporters, arguing, “…”": its own verb, no one
            )  # named; not the words of the person quoted in the paragraph before
        author = document_author(toks, i)
        if author:  # "The memo, written by Paul Jarecki, urged …": the author's words
            return author
        sender = read_from(toks, i, upto)
        if sender is not None:  # round 50: "He read from a text message … from a county
            return sender  # commissioner, Lyle Braddock: “…”": the sender's, not the reader's
        if joint_subject(toks, i):  # "Chen and Novak said in a statement": both's, not Novak's
            return JOINT
        if object_noun(toks, i):  # round 55: "dismissed U.S. claims that …, calling them “…”"
            continue
        owned = document_owner(toks, i) if is_cap(toks[0]) else None
        if owned:  # round 57: "Sanders’ fundraising email to his supporters notes that …": his
            return owned
        subj = cue_subject(toks, i)
        subj = (subject_past_in_which(subj) if subj else None) or subj  # "a statement in which
        # the senator said she was “…”": the senator's
        relative = noun_relative_subject(toks, i, upto) if subj else None
        if relative:  # round 50: "Alcott defended a budget that critics have called “…”"
            return relative
        if subj:  # "The former governor spoke hours after …, in which he mocked …": his
            inner = embedded_subject(toks, upto, i)
            return (
                inner
                if inner is not None
                else _nearer_named(toks, i, upto) or _relayed_by_a_body(toks, i, upto, subj) or subj
            )
        first_cue = i if first_cue is None else first_cue
        last_cue = i
    if first_cue is None or last_cue is None:
        return according if according or not reported else NO_AUTHOR  # a quotation, no one's
    # a speech verb with no subject of its own: the sentence's ("Hall was quick to … and said"),
    # else the speaker is unknown
    return (
        sentence_subject(toks, first_cue, loose=True)
        or relative_antecedent(toks, last_cue, within=6)  # "Trump, who has called …"
        or _who_past_an_aside(toks, last_cue)
        or _subject_of_the_first_verb(toks, first_cue)
        or joined_described_subject(toks, first_cue)  # "The actor held … and said, “…”"
        or according
        or ""
    )


def _subject_of_the_first_verb(toks: list[str], cue: int) -> str | None:
    """The named subject opening the sentence when the speech verb at `cue` is joined by "but" or
    "and" to the verb after it, with no comma or name between ("An ATF spokeswoman, Kristina
    Mastro, declined to discuss the case but said …": hers; round 50)."""
    if cue < 3 or toks[cue - 1] not in {"but", "and"}:
        return None
    for v in range(cue - 2, 0, -1):
        if toks[v] in {",", ";", ":"} or mask_id(toks[v]) is not None:
            found = subject_before(toks, v + 1) if toks[v] == "," else None
            if found is None or found[1] != 0:
                return None
            speaker = parse_speaker(found[0])
            if speaker is None or not speaker.name or speaker.is_org:
                return None
            return found[0] if " " in speaker.name else None
        if is_cap(toks[v]):
            return None
    return None


def _who_past_an_aside(toks: list[str], cue: int) -> str | None:
    """The name a "who" stands for when an aside between commas parts it from the speech verb at
    `cue`: "Bret Stephens, who, after trading insults with Mr. Hannity over Mr. Trump, said …
    that “…”" (round 47)."""
    if cue < 4 or toks[cue - 1] != ",":
        return None
    opening = next((j for j in range(cue - 2, max(0, cue - 20), -1) if toks[j] == ","), None)
    if opening is None or toks[opening - 1] != "who":
        return None
    return relative_antecedent(toks, opening, within=1)


def _aside_before_a_verb(toks: list[str], according: int, end: int, upto: int) -> bool:
    """An "according to" phrase at `according` set off by commas between a subject and its
    speech verb ("Delgado, who has taken $40,000 …, according to state records, said …"): the
    source of the aside's facts, not of the words quoted after the verb."""
    return (
        according > 0
        and toks[according - 1] == ","
        and end + 1 < upto
        and toks[end] == ","
        and toks[end + 1] in CUES
    )


def _lead_in_end(toks: list[str], upto: int) -> int:
    """Where the clause after a lead-in ending on a colon starts ("Let’s be clear:", "Bottom
    line:"), when that clause has a speech verb of its own before the quotation at `upto`; 0
    when there is none."""
    colon = next((c for c in range(1, min(upto, 8)) if toks[c] == ":"), None)
    if colon is None or any(mask_id(t) is not None for t in toks[:colon]):
        return 0
    if any(t in CUES and t.islower() for t in toks[:colon]):
        return 0  # "Trump said: …": the colon opens the words, not the clause
    if not any(t in CUES and t.islower() for t in toks[colon + 1 : upto]):
        return 0
    return colon + 1


_CONTRASTS: Final = words_set("while whereas whilst but")


def _other_subject_between(toks: list[str], cue: int, upto: int) -> bool:
    """A clause of contrast with a subject of its own opens between the speech verb at `cue` and
    the quotation at `upto`: ", while Variety magazine called it"; or, once a quotation has
    given the verb's words, a clause joined by "and": "Xi Jinping told Joe Biden that “…”, and
    spokesperson Mao Ning has dismissed the Quad as “…”" (round 56)."""
    return any(
        toks[m - 1] == ","
        and (
            (toks[m].lower() in _CONTRASTS and is_cap(toks[m + 1]))
            or (
                toks[m] == "and"
                and (is_cap(toks[m + 1]) or role_word(toks[m + 1]))
                and any(mask_id(u) is not None for u in toks[cue + 1 : m - 1])
            )
        )
        for m in range(cue + 2, upto - 1)
    )


_QUOTING: Final = words_set("quoted quotes quoting cited cites citing")


def _quoted_as_saying(toks: list[str], i: int) -> str | None:
    """The name between "quoted" and "as saying" at `i`: "quoted Ortiz as saying"."""
    if toks[i] != "saying" or toks[i - 1 : i] != ["as"]:
        return None
    k = i - 2
    while k >= 0 and i - k <= 6 and toks[k] not in _QUOTING:
        k -= 1
    if k < 0 or toks[k] not in _QUOTING or k + 1 >= i - 1:
        return None
    phrase = " ".join(toks[k + 1 : i - 1])
    speaker = parse_speaker(phrase)
    return phrase if speaker and (speaker.name or speaker.role) else None


def _nearer_named(toks: list[str], cue: int, upto: int) -> str | None:
    """A later speech verb before the quotation with a named subject of its own, in a clause after
    a comma: "Democrats said they feared a speech, when Mr. Buchanan, who had lost, called for a
    “…”" is Buchanan's; "When Trump suggested …, Rubio fired back: “…”" is Rubio's."""
    for m in range(upto - 1, cue, -1):
        t = toks[m]
        with_name = t in PARTICIPLE_CUES and _after_with(toks, m)  # ", with McCain telling"
        cue_here = t in CUES or phrase_cue(toks, m)  # "…, Rubio fired back: “…”"
        if cue_here and (t not in PARTICIPLE_CUES or with_name) and mask_id(t) is None:
            subj = subject_before(toks, m)
            if subj is None or "," not in toks[cue + 1 : subj[1]]:
                continue  # "Ross said Mr. Obama had told …": the complement, still Ross's words
            speaker = parse_speaker(subj[0])
            if speaker and speaker.name and not speaker.is_org:
                return subj[0]
            if speaker and described_teller(speaker, toks, subj[1]):
                return subj[0]  # "…, she writes, the governor told his cabinet: “…”"
    return None


def _relayed_by_a_body(toks: list[str], cue: int, upto: int, subj: str) -> str | None:
    """The person a body's report says spoke, in the complement of the body's speech verb at
    `cue`: "Fox News reported that the candidate, Maureen Atwell, said … that the wall was “…”"
    is Atwell's words, not Fox News's (round 44x; PolNeAR's gold gives an outlet's Source the
    person it reports speaking); None when no speech verb with a named person for its subject
    follows before the quotation at `upto`, or when the subject at `cue` is a person's."""
    for m in range(cue + 2, upto):
        t = toks[m]
        if not (t in CUES and t.islower()) or t in PARTICIPLE_CUES:
            continue  # the cheap test first: a later speech verb of its own
        inner = subject_before(toks, m)
        if inner is None or inner[1] <= cue:
            return None
        body = parse_speaker(subj)
        if body is None or not body.is_org:
            return None
        speaker = parse_speaker(inner[0])
        return inner[0] if speaker and speaker.name and not speaker.is_org else None
    return None


_FRONTED: Final = words_set("after when before since until while because once although though")


def _fronted_clause_end(toks: list[str], upto: int) -> int:
    """Where a clause opening the sentence with "After", "When", … ends at its comma, when the
    quotation at `upto` comes after it; 0 when there is none."""
    if toks and toks[0].lower() == "as":  # "As Blumenthal spoke, the NRA was …": when, not who
        return while_speaking_end(toks, upto)
    start = 0 if toks and toks[0].lower() in _FRONTED else past_a_time_phrase(toks, _FRONTED)
    if not toks or toks[start].lower() not in _FRONTED:  # round 57: "Last month, when I asked
        return 0  # Bernie Sanders …, he … said, “…”": past the phrase of time
    comma = next((i for i in range(start + 1, upto) if toks[i] == ","), None)
    if comma is None or any(mask_id(t) is not None for t in toks[:comma]):
        return 0
    return comma


_CLAUSE_LINKS: Final = words_set("after when while as before because since until and whereas")


def _own_clause_after(toks: list[str], cue: int, upto: int) -> str | None:
    """A later speech verb before the quotation whose named subject opens a clause of its own:
    "“…,” Axelrod tweeted after [Clinton] argued … that “…”", "Ryan saying he was “…” and
    [Trump] calling it a “…”": the quotation is that subject's words."""
    for m in range(upto - 1, cue, -1):
        if not (toks[m] in CUES and toks[m].islower()):
            continue
        j = m - 1
        while j > cue and is_between(toks[j]):
            j -= 1
        end = j + 1
        while j > cue and is_cap(toks[j]) and mask_id(toks[j]) is None:
            j -= 1
        if end - j < 2 or not (toks[j].lower() in _CLAUSE_LINKS or mask_id(toks[j]) is not None):
            continue
        speaker = parse_speaker(" ".join(toks[j + 1 : end]))
        if speaker and speaker.name and not speaker.is_org:
            return " ".join(toks[j + 1 : end])
    return None


def _with_subject(toks: list[str], cue: int) -> str | None:
    """The name after "with" that does what the participle at `cue` says: "…, with the American
    Federation of Teachers calling her “…”"."""
    j = cue - 1
    while j >= 0 and cue - j <= 8 and (is_cap(toks[j]) or toks[j] in {"of", "the"}):
        j -= 1
    if j > 0 and j + 1 < cue and person_head(toks[j]):  # round 55: "with foreign ministry
        k = j - 1  # spokeswoman Mao Lin insisting …": her job's words before the name
        while k >= 0 and j - k <= 3 and toks[k].isalpha() and toks[k].islower():
            if toks[k] == "with":
                break
            k -= 1
        if k >= 0 and toks[k] == "with":
            j = k
    if j < 0 or toks[j] != "with" or j + 1 == cue or not is_cap(toks[cue - 1]):
        return None
    phrase = " ".join(toks[j + 1 : cue])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name else None


def _after_with(toks: list[str], cue: int) -> bool:
    """ "…, with Senator John McCain telling": a name right after "with" before the participle."""
    j = cue - 1
    while j >= 0 and is_cap(toks[j]):
        j -= 1
    return j < cue - 1 and j >= 0 and toks[j] == "with"


_PASSIVE_CUES: Final = words_set("asked pressed questioned challenged")


_BE: Final = words_set("was were is are been being")


ASKER: Final = "questioner"  # the role of someone not named who asks or tells
_UNNAMED_ASKER: Final = "a questioner"  # a description naming no one: the words stay unattributed


def _asked_unnamed(toks: list[str], i: int, upto: int) -> bool:
    """ "Blumenthal was asked, “If you had known …?”": a passive question verb right before the
    quotation, its asker not named; the words are the question, not the subject's."""
    j = i - 1
    while j >= 0 and is_between(toks[j]) and toks[j] not in _BE:
        j -= 1
    rest = [u for u in toks[i + 1 : upto] if u not in {",", ":", "\ue000"}]
    return toks[i] in _PASSIVE_CUES and j >= 0 and toks[j] in _BE and not rest


_TOLD: Final = words_set("told assured informed warned")


def _passive_teller(toks: list[str], upto: int) -> str | None:
    """The speech verb nearest before the quotation at `upto` is a passive "told" ("he had been
    told by Adair’s office that they were “…”", "She was told to “…”"): the words are the
    teller's, the person named after "by", else someone not named here; None otherwise."""
    m = upto - 1
    while m > 0 and not (toks[m] in _TOLD or (toks[m] in CUES and toks[m].islower())):
        if mask_id(toks[m]) is not None or toks[m] in {";", ":"}:
            return None
        m -= 1
    if m <= 0 or toks[m] not in _TOLD:
        return None
    j = m - 1
    while j >= 0 and is_between(toks[j]) and toks[j] not in _BE:
        j -= 1
    if j < 0 or toks[j] not in _BE:
        return None
    told_by = _agent(toks, m + 2, upto) if toks[m + 1 : m + 2] == ["by"] else None
    return told_by or _UNNAMED_ASKER


_QUESTION_OPENS: Final = words_set("whether if to about on why what how who when during at in for")


_AGENT_WORD: Final = re.compile(r"[\w.’'\-]+")


def _agent(toks: list[str], start: int, upto: int) -> str | None:
    """The name after "asked by": "host Bill Maher", "Fox Business moderator Gerard Baker"."""
    stop = start
    while (
        stop < min(upto, start + 7)
        and _AGENT_WORD.fullmatch(toks[stop])
        and toks[stop] not in _QUESTION_OPENS
    ):
        stop += 1
    end = max((j + 1 for j in range(start, stop) if is_cap(toks[j])), default=start)
    speaker = parse_speaker(" ".join(toks[start:end])) if end > start else None
    return " ".join(toks[start:end]) if speaker and speaker.name and not speaker.is_org else None


def _index_of(toks: list[str], k: int) -> int:
    return next((i for i, t in enumerate(toks) if mask_id(t) == k), len(toks))


def _index_of_phrase_before(toks: list[str], i: int, own: dict[int, str]) -> bool:
    return any(_index_of(toks, k) < i for k in own)


def _inverted_subject(toks: list[str], cue: int, upto: int) -> str | None:
    """A name right after the verb and right before the quotation: "explained Rosenberg, “…”"."""
    end = cue + 1
    while end < upto and is_cap(toks[end]) and mask_id(toks[end]) is None:
        end += 1
    rest = [t for t in toks[end:upto] if t not in {",", ":", "\ue000"}]
    if end == cue + 1 or rest or not cue or toks[cue - 1] != ",":
        return None
    if end >= len(toks) or toks[end] not in {",", ":"}:
        return None  # "told CNN: “…”" names whom, not who
    if toks[cue].lower() in PARTICIPLE_CUES or toks[cue].lower() in _TO_WHOM:
        return None
    return " ".join(toks[cue + 1 : end])


def _participle_subject(toks: list[str], i: int) -> str | None:
    """ "…, saying": the nearest name before that is not the object of a preposition."""
    j = i - 1
    passed_object = False
    while j >= 0:
        if is_cap(toks[j]) and mask_id(toks[j]) is None:
            end = j
            while j - 1 >= 0 and (
                is_cap(toks[j - 1])
                or capital_preposition_inside(toks, j - 1)
                or _and_inside_a_name(toks, j, end)
            ):  # "the Freedom From Religion Foundation …, calling"
                j -= 1
            prev = toks[j - 1].lower() if j else ""
            pair = False
            second = name_start(toks, end) if prev in {"and", "."} else None  # "Rep . Frost"
            if second is not None and second > 1 and toks[second - 1] == "and":
                first = name_start(toks, second - 2) if is_cap(toks[second - 2]) else None
                if first is not None and _group_apposed(toks, first):
                    j, pair = first, True  # "Two board members — Kevin Tran and Alicia Moore —
                    prev = toks[j - 1].lower()  # voted no, saying": both's, not Moore's
            if prev == "the":
                prev = toks[j - 2].lower() if j > 1 else ""
            # not the object of a preposition or of a verb: "Sanders endorsed [Mrs. Clinton],
            # saying", "his commitment to helping [Mrs. Clinton] succeed him, saying"; past such
            # an object, only a name opening its clause is the subject
            if _verb_before(toks, j):
                passed_object = True
            elif prev not in PREPOSITIONS and (not passed_object or _opens_subject(prev)):
                if pair:
                    return JOINT
                head = _noun_after(toks, end + 1, i)
                if head > end + 1:  # "A Clinton campaign official …, saying": the official
                    start = j - 1 if j and toks[j - 1].lower() in {"a", "an", "the"} else j
                    return " ".join(toks[start:head])
                if _the_party_noun(toks, j, end):  # round 57: "…, the Democrat doubled down,
                    return " ".join(toks[j - 1 : end + 1])  # calling …": a description, read
                    # as "the Democrat" (whom the article writes so), not a name "Democrat"
                return " ".join(toks[j : end + 1])
        elif toks[j].lower() in PRONOUNS and (j == 0 or toks[j - 1] in {",", "But", "And"}):
            return toks[j].lower()  # "He endorsed Cruz, saying": he
        j -= 1
    return None


def _the_party_noun(toks: list[str], j: int, end: int) -> bool:
    """The capitalised words `j`..`end` are "the" and a party's noun for one person: "the
    Democrat", "the Wisconsin Republican"; not "the Democrats"."""
    return j > 0 and toks[j - 1].lower() == "the" and toks[end].lower() in _PARTY_NOUNS


_PARTY_NOUNS: Final = words_set("democrat republican independent")


def _and_inside_a_name(toks: list[str], j: int, end: int) -> bool:
    """The "and" before the capitalised word at `j` joins the words of one body's name, not two
    people: "tore into Securities and Exchange Commission Chair Dana Whitmore …, accusing"
    (round 50), the part after it holding a body's word; not "Kevin Tran and Alicia Moore" nor
    "Tran and Moore"."""
    return (
        j >= 2
        and toks[j - 1] == "and"
        and is_cap(toks[j - 2])
        and not is_possessive(toks[j - 2])
        and not first_name_like(toks[j])
        and not first_name_like(toks[j - 2])
        and any(t.lower() in ORG_SUFFIXES for t in toks[j : end + 1])
    )


def _joined(toks: list[str], start: int) -> bool:
    """The name starting at `start` is the second of two joined by "and" that stand beside a
    group ("Two board members, Kevin Tran and [Alicia Moore], voted no, saying"): both's words,
    not hers alone."""
    if not (start > 1 and toks[start - 1] == "and" and is_cap(toks[start - 2])):
        return False
    first = name_start(toks, start - 2)
    return first is not None and _group_apposed(toks, first)


_APPOSING: Final = frozenset({",", "—", "–", "--", "("})


def _group_apposed(toks: list[str], first: int) -> bool:
    """The names starting at `first` stand in apposition to a plural noun for people ("Two
    board members — Kevin Tran and …", "two senators, …"); not a pair opening its clause ("Trump
    and Ryan issued a statement", which PolNeAR's gold gives one of them)."""
    if first < 2 or toks[first - 1] not in _APPOSING:
        return False
    noun = toks[first - 2]
    if not (noun.isalpha() and noun.endswith("s")) or noun in PREPOSITIONS:
        return False
    return noun.islower() or (first > 2 and toks[first - 3].lower() in _HOW_MANY)  # "Two
    # Democrats — Rep. Jared Moskowitz and Rep. Maxwell Frost —"


_HOW_MANY: Final = words_set("two three both several")


def _noun_after(toks: list[str], at: int, upto: int) -> int:
    """Past the nouns a name qualifies from `at` ("[Clinton] campaign official"): where the noun
    phrase ends; `at` itself when a verb or anything else follows the name."""
    k = at
    while (
        k < upto
        and toks[k].isalpha()
        and toks[k].islower()
        and toks[k] not in AUX
        and toks[k] not in CUES
        and toks[k] not in PREPOSITIONS
        and not toks[k].endswith(("ed", "ly"))
        and toks[k] not in IRREGULAR
    ):
        k += 1
    return k if k > at and (role_word(toks[k - 1]) or person_head(toks[k - 1])) else at


def _opens_subject(prev: str) -> bool:
    """A name after this word may be its clause's subject: it opens the sentence or a clause, or
    describes the name ("former TV network anchor Katie Couric")."""
    return prev in {"", ","} or role_word(prev) or person_head(prev)


def _verb_before(toks: list[str], j: int) -> bool:
    """The word before `j` is a verb whose object the name at `j` is ("endorsed", "helping")."""
    prev = toks[j - 1] if j else ""
    return (
        prev.isalpha()
        and prev.islower()
        and prev not in AUX
        and (prev.endswith(("ed", "ing")) or prev in IRREGULAR or prev in CUES)
    )

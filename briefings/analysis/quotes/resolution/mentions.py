"""People named as subjects in reporter text, the antecedents of pronouns and descriptions."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.gender import KIN, RELATIVES
from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.datelines import dateline_end
from briefings.analysis.quotes.clauses.sayers.main_subject.asides import (
    past_brackets,
    past_dash_aside,
    past_description,
    past_place,
    past_relative_aside,
    past_short_appositive,
    skip_adverbials,
)
from briefings.analysis.quotes.clauses.sayers.subjects import cue_subject, group_head
from briefings.analysis.quotes.clauses.words import (
    AUX,
    CLAUSE_OPENS,
    CONJUNCTIONS,
    DETERMINERS,
    OPENERS,
    PREPOSITIONS,
    STOP_NP,
    adverb_opening,
    past_conjunctions,
    place_phrase_end,
    role_word,
    verb_like,
)
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head
from briefings.analysis.quotes.resolution.descriptions.kin.kin_named import KIN_MARK
from briefings.analysis.quotes.resolution.descriptions.offices import is_office
from briefings.analysis.quotes.resolution.descriptions.origins.from_place import FROM, from_place
from briefings.analysis.quotes.resolution.descriptions.origins.parties import party_description
from briefings.analysis.quotes.resolution.descriptions.origins.states import state_of
from briefings.analysis.quotes.resolution.names.examples import example_named
from briefings.analysis.quotes.resolution.names.message_from import message_writer
from briefings.analysis.quotes.resolution.names.objects import introduced_object
from briefings.analysis.quotes.resolution.names.place_appositions import (
    past_relative_aside_with_places,
    place_after_a_name,
)
from briefings.analysis.quotes.resolution.names.presented import presented_person
from briefings.analysis.quotes.resolution.noun_clauses import noun_clause_subject
from briefings.analysis.quotes.resolution.pronouns.asked_openings import (
    asked_in_the_main_clause,
    asked_in_the_opening,
    asker_of_the_other_gender,
)
from briefings.analysis.quotes.resolution.pronouns.either.pairs import pair_gender, paired_subjects
from briefings.analysis.quotes.resolution.resolve import (
    DESCRIBED,
    UNNAMED,
    described_person,
    is_nationality,
)
from briefings.analysis.speech.cues import CUES, PARTICIPLE_CUES, is_between
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.subject import subject_before
from briefings.analysis.speech.tokens import (
    is_cap,
    is_possessive,
    name_run_start,
    without_possessive,
)
from briefings.analysis.speech.words import DOCUMENTS, ROLE_NOUNS, one_person, person_head

# Words opening a sentence with a comma that say when or in what order, never a name: "First,
# Ellen Kullman … was shown the door.", "Later, Ruiz said".
_CONJUNCTIONS: Final = frozenset({"And", "But", "Yet", "So"})
_FOCUS: Final = frozenset({"even", "only", "then", "now", "still", "also"})  # before the subject
_SEQUENCE_OPENERS: Final = words_set(
    "first second third fourth next still instead later earlier afterward afterwards again"
)


def subject_mentions(toks: list[str]) -> list[tuple[int, str, str]]:
    """People as subjects in reporter text, with how: "opening" the sentence, of a "clause" later
    in it, or of a speech verb ("cue"), or one of a "pair" opening it ("Okafor and Carver were")."""
    # round 46: "In Frankfort, state Sen. Carla Whitt …": the subject after the place; round 49:
    # "GASTONIA, N.C. — Harold Finch remembers …": the subject after the dateline
    rest = place_phrase_end(toks) or dateline_end(toks)
    if rest:
        if rest + 1 < len(toks) and toks[rest].islower() and is_title_word(toks[rest + 1]):
            rest += 1  # "state Sen.", "former Gov."
        return [(i + rest, name, how) for i, name, how in subject_mentions(toks[rest:])]
    out: list[tuple[int, str, str]] = []
    words = set(toks)  # (asked for several words below: one pass, not a scan for each)
    j = 2 if len(toks) > 2 and toks[1] == "," and toks[0].lower() in _SEQUENCE_OPENERS else 0
    if len(toks) > 3 and toks[0] in _CONJUNCTIONS and toks[1] in _FOCUS and is_cap(toks[2]):
        j = 2  # round 57: "And even Obama tried to help them": Obama opens the sentence
    while j < len(toks) and not is_cap(toks[j]):
        if toks[j].isalpha() and toks[j].islower():
            break
        j += 1
    j = past_description(toks, j)  # "The actress Kate Winslet was …"
    run_end = j
    while run_end < len(toks) and (
        is_cap(toks[run_end])
        or (  # "Obama consultant Cornell Belcher, …"
            run_end > j
            and role_word(toks[run_end])
            and run_end + 1 < len(toks)
            and is_cap(toks[run_end + 1])
        )
    ):
        run_end += 1
    named = run_end > j and not _the_name(toks, j, run_end)  # "The Sunshine State will award"
    if (
        named
        and _comma_or_verb_after(toks, j, run_end)
        and not adverb_opening(toks, j, run_end)
        and not _compared_with(toks, j, run_end)
    ):
        sp = parse_speaker(" ".join(toks[j:run_end]))
        if sp and sp.name and not sp.is_org:
            asker = asker_of_the_other_gender(toks, sp.name)  # round 49: "When Sen. Laura
            out.append((j, sp.name, "clause" if asker else "opening"))  # Whitcomb asked …, he"
    if named and is_possessive(toks[run_end - 1]):  # "Mrs. Hall’s campaign …"
        owner = without_possessive(toks[run_end - 1])
        sp = parse_speaker(" ".join([*toks[j : run_end - 1], owner]))
        if sp and sp.name and not sp.is_org:
            out.append((j, sp.name, "possessor"))
    out.extend((i, name, "clause") for i, name in _clause_subjects(toks, run_end))
    if "," in words and not any(how == "opening" for _, _, how in out):
        apposed = apposed_subject(toks)
        if apposed:  # "One early supporter, Representative Lee Zeldin, …, gave …"
            out.append((*apposed, "opening"))
    if not any(how == "opening" for _, _, how in out):
        asked = asked_in_the_opening(toks)
        if asked:  # "When a reporter asked Glen Maddox whether …, he paused.": Maddox
            out.append((*asked, "opening"))
    if not any(how == "opening" for _, _, how in out):
        opener = described_opening(toks)
        if opener:  # "The senator was unmoved.", "A lobbyist at the meeting disagreed."
            out.append((*opener, "opening"))
    if not out and (toks[:1] in _INVERTED or any(t[:5] in _THERE for t in toks[:4])):
        presented = presented_person(toks)
        if presented:  # "Then there’s Axelrod.": whom the quotations after it go on about
            out.append((*presented, "opening"))
    if not out:
        owning = described_owner(toks)
        if owning:  # "The judge's order noted …": the judge is whom a "she" after it means
            out.append((*owning, "possessor"))
    if not out:
        introduced = introduced_object(toks)
        if introduced:  # "The ruling was welcomed by Delia Ocampo, who leads …"
            by_description = introduced[1].startswith(DESCRIBED)
            out.append((*introduced, "opening" if by_description else "clause"))
    viewer = _in_the_view_of(toks)
    if viewer:  # "To political science professor Brigid Harrison, Christie’s stare seemed …"
        out.append((1, viewer, "opening"))
    writer = message_writer(toks) if "from" in words else None
    if writer:  # round 59: "… responding to a message from Wendy Sherman, reporting …": hers
        out.append((*writer, "clause"))
    cues = [i for i, t in enumerate(toks) if i and t in CUES] if not CUES.isdisjoint(words) else []
    for i in cues:  # the speech verbs
        if toks[i - 1] == "," and toks[i] not in _OBJECT_CUES:  # "…, said David Autor, a
            # professor"; but "…, calling President Barack Obama an “…”" names whom, not who
            end = i + 1
            while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
                end += 1
            sp = parse_speaker(" ".join(toks[i + 1 : end])) if end > i + 1 else None
            if sp and sp.name and not sp.is_org:
                if end < len(toks) and (verb_like(toks[end]) or toks[end] in _MODALS):
                    continue  # "…, said Trump continued to hurt his cause": Trump is said of
                out.append((i + 1, sp.name, "cue"))
                continue
        if i < 5 and _one_of_several(toks, i):  # round 44: "Two deputies described it. One
            out.append((i, UNNAMED, "cue"))  # said …", "One of them said": someone unnamed
            continue
        subj = cue_subject(toks, i)
        sp = parse_speaker(subj) if subj else None
        if sp and sp.someone_unnamed and not _said_of(toks, i):
            out.append((i, UNNAMED, "cue"))  # "A spokesman for Vodafone said": someone
            continue
        described = sp if sp and described_person(sp) and _described_subject(toks, i) else None
        if not (sp and sp.name and not sp.is_org):  # "The White House contends …, and
            near = subject_before(toks, i)  # Brian Deese, the adviser, said"
            sp = parse_speaker(near[0]) if near else None
        if described and described.role and not (sp and sp.name) and not _said_of(toks, i):
            opens = past_conjunctions(toks)
            place = from_place(toks, opens, i) if "from" in toks[opens:i] else None
            if place:  # round 46: "The delegate from Chesterfield answered": whom it fits
                out.append((i, DESCRIBED + FROM + place, "cue"))
                continue
            out.append((i, DESCRIBED + described.role, "cue"))  # "the mayor laughed": whom
            continue  # the speaker phrase "the mayor" means, found when read in order
        if sp and sp.name and not sp.is_org and not _said_of(toks, i):
            if _the_before(toks, i):
                continue  # "the Chicago Sun-Times reported": a paper, a body
            if _reported(toks, i, cues):
                continue  # "He noted that Sanders himself has acknowledged …": Sanders is only
                # reported, the sentence's speaker is the one a later "he" means
            out.append((i, sp.name, "cue"))
    answering = asked_in_the_main_clause(toks) if "asked" in words else None
    if answering:  # round 51: "Kearney asked Schaefer how many he had laid off.": Schaefer
        # answers; the asker, subject of the sentence, is no more than that (her question is
        # no speech of its own a "she said" after it goes on with)
        asked_at = toks.index("asked")
        out = [m for m in out if not (m[2] == "cue" and m[0] == asked_at)]
        out.append((*answering, "clause"))
    example = example_named(toks) if "like" in words else None
    if example and all(m[1] != example[1] for m in out):  # round 51: "parents like Jessica
        out.append((*example, "clause"))  # Moen, who …, had to scramble. “…,” she says": hers
    if "who" in words:  # "… came from student Deja Stewart, who forced me … when she called"
        out.extend(m for m in _relative_subjects(toks) if m not in out)
    if not out and pair_gender(toks):  # "The two women have known each other": either
        out.append((0, UNNAMED, "pair"))
    pair = paired_subjects(toks) if "and" in words else []
    if pair:  # "Okafor and Carver were once allies.": two subjects, neither the more salient
        out = [m for m in out if m[2] != "opening" and not _pairs_verb(m, pair, toks)] + [
            (i, name, "pair") for i, name in pair
        ]
    return _one_name_at_each(out) if len(out) > 1 else out


def _one_name_at_each(out: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Of two mentions read at one word, one name: the one the text writes ("Simms's wife,
    Loretta, who runs the pantry, is …": "Loretta", not also "Loretta Simms", whom a "she" after
    it would take for another woman; round 47), read as the other was when it opened the
    sentence."""
    kept = []
    for i, name, how in out:
        fuller = [
            (other, way)
            for j, other, way in out
            if j == i and other != name and set(other.split()) < set(name.split())
        ]
        if fuller:
            continue  # the name with the family's added: its shorter form stands for it
        ways = [way for j, other, way in out if j == i and set(name.split()) < set(other.split())]
        kept.append((i, name, "opening" if "opening" in ways else how))
    return kept


_CLAUSE_LINKS: Final = words_set("when as after before because while until and since")
_SUBJECT_PRONOUNS: Final = words_set("he she")
_RELATIVE_REACH: Final = 16  # tokens from "who" to the pronoun of its clause


def _relative_subjects(toks: list[str]) -> list[tuple[int, str, str]]:
    """The full name before ", who" when a "he" or "she" opens a clause later in the relative
    clause, with no capitalised word between: "student Deja Stewart, who forced me to confront
    my age when she called him “…”" (the pronoun means her, not the person named before)."""
    out: list[tuple[int, str, str]] = []
    w = 0
    while True:  # each "who" found by the list's own search
        try:
            w = toks.index("who", w + 1)
        except ValueError:
            break
        if w < 2 or toks[w - 1] != ",":
            continue
        for k in range(w + 1, min(len(toks) - 1, w + _RELATIVE_REACH)):
            t = toks[k]
            if is_cap(t) or mask_id(t) is not None or t in {";", ":", "."}:
                break
            if t in _SUBJECT_PRONOUNS and toks[k - 1] in _CLAUSE_LINKS:
                start = name_run_start(toks, w - 1)
                sp = parse_speaker(" ".join(toks[start : w - 1])) if start < w - 1 else None
                if sp and sp.name and not sp.is_org and " " in sp.name:
                    out.append((start, sp.name, "clause"))
                break
    return out


def _pairs_verb(
    mention: tuple[int, str, str], pair: list[tuple[int, str]], toks: list[str]
) -> bool:
    """The speech verb of the pair read as the second one's alone ("Reid and Fogarty spoke at a
    book event": not Fogarty's more than Reid's; round 59: nor "Karen Dhillon and Raj Dhillon,
    who are not related, announced …", past the two's own clause)."""
    at, name, how = mention
    if how != "cue" or name != pair[1][1] or at <= pair[1][0]:
        return False
    return at <= pair[1][0] + _PAIR_REACH or _past_their_clause(toks, pair[1][0], at)


_THEIR_VERBS: Final = words_set("are were have had")


def _past_their_clause(toks: list[str], second: int, at: int) -> bool:
    """Only a relative clause of the two, ", who are …,", stands between the second one's name
    at `second` and the verb at `at`."""
    who = next((k for k in range(second, at) if toks[k] == ","), at)
    return (
        who + 3 < at
        and toks[who + 1] == "who"
        and toks[who + 2] in _THEIR_VERBS
        and toks[at - 1] == ","
        and "," not in toks[who + 1 : at - 1]
    )


_PAIR_REACH: Final = 5  # tokens from the second one's name to the verb the two share ("Lt. Gov. Dan
# Patrick later spoke")


_THERE: Final = frozenset({"there", "There"})
_INVERTED: Final = (["Among"], ["In"], ["At"], ["Beside"], ["Behind"])  # "In the gallery sat …"
_DESCRIPTION_OPENS: Final = words_set("the a an another one")
_SOMEONE_OPENS: Final = words_set("a an another")
_EMPHATIC: Final = words_set("himself herself")  # "The governor himself": the governor
_POSSESSIVE_OPENS: Final = words_set("his her their")
# people known by whom they stand to: "her lawyer", "Mr. Hollis’s rival"
_OF_SOMEONE: Final = words_set(
    "rival opponent challenger successor predecessor lawyer attorney boss employer client"
)


_PARTICIPLE_ENDS: Final = ("ed", "ing")


def described_opening(toks: list[str]) -> tuple[int, str] | None:
    """A description of one person opening the sentence as the subject of a verb that is no speech
    verb: "The senator was unmoved." (DESCRIBED + "senator": whom it means is read in order), "But
    the senator, who has opposed the plan, disagreed.", "A lobbyist at the meeting disagreed.",
    "Her lawyer disagreed.", "Mr. Hollis’s rival was unimpressed." (UNNAMED: someone not named,
    not the owner). A "he" after it means that person, not the one named before."""
    j = past_conjunctions(toks)
    owned = _past_owner(toks, j)
    if j >= len(toks) or (owned == j and toks[j].lower() not in _DESCRIPTION_OPENS):
        return None
    k = max(owned, j + 1)
    noun = (
        k if owned == j and toks[j].lower() in _SOMEONE_OPENS else -1
    )  # "A witness said": after an
    while k < len(toks) and k - j <= 6:  # article, a noun, though "witness" is a verb too
        t = toks[k]
        if t == "," or (verb_like(t) and not is_possessive(t) and k != noun) or not t[:1].isalpha():
            break
        k += 1
    if k >= len(toks) or k == max(owned, j + 1):
        return None
    # "The governor himself has yet to comment.": the governor
    end = k - 1 if toks[k - 1] in _EMPHATIC and k - 1 > max(owned, j + 1) else k
    if toks[k] == ",":  # "the senator, who has opposed the plan, disagreed", "The speaker,
        after = toks[k + 1] if k + 1 < len(toks) else ""  # asked later whether …, shook her head"
        if after != "who" and not (after.islower() and after.endswith(_PARTICIPLE_ENDS)):
            return None
    elif not verb_like(toks[k]) or (
        toks[k] in CUES and (toks[j].lower() not in _SOMEONE_OPENS or _to_someone(toks, k))
    ):
        return None  # a speech verb has its own reading ("the mayor said"); no verb, no subject;
        # but "A witness said …" (no subject a speech verb reads): someone not named
    if owned > j:  # "Her lawyer", "Mr. Hollis’s rival": someone of someone, not named here
        head = toks[end - 1]
        # a person's word, not "Her district" (a title's word, "District Attorney", is no person)
        known = head in ROLE_NOUNS or head in _PEOPLE or head in _OF_SOMEONE
        # "Her late husband built the porch. “…,” she said": a pronoun of the other gender
        # passes over a relative or a gendered word
        gendered = head in KIN or gender_of_head(head) is not None
        if head in KIN and end - 1 <= owned + 1:  # "His son went further.": a relative not
            # named here, of the kin noun's gender; round 46: the one the article named so
            return j, DESCRIBED + KIN_MARK + head  # ("his son, Marco,"), read in order
        return (
            (j, UNNAMED) if head.islower() and one_person(head) and known and not gendered else None
        )
    place = from_place(toks, j, end)
    if place:  # round 46: "The lawmaker from Mesa was unmoved.": whom the article writes so
        return j, DESCRIBED + FROM + place
    if party_description(toks[j:end]):  # "The Kansas Republican disagreed.": whom it fits
        return j, DESCRIBED + " ".join(toks[j + 1 : end])
    sp = parse_speaker(" ".join(toks[j:end]))
    if (
        sp
        and sp.definite
        and sp.name
        and end == j + 2
        and (is_nationality(sp.name) or state_of(sp.name))
    ):  # (round 42: "The Minnesotan was less diplomatic.", a state's demonym, too)
        return j, DESCRIBED + sp.name  # "The Scot was delighted.": whom the article ties to it
    if sp is None or sp.name:
        return None
    if sp.definite and sp.role in _WIDOWED and end == j + 2:  # round 44: "The widow laughed."
        return j, DESCRIBED + sp.role
    # "The donor, who has given …, spoke after him.": a "who" clause says the noun is a person's
    who = toks[k] == "," and toks[k + 1 : k + 2] == ["who"]
    if sp.definite and described_person(sp) and sp.role and (who or _a_known_person(sp.role)):
        return j, DESCRIBED + sp.role
    return (j, UNNAMED) if sp.someone_unnamed else None


def _one_of_several(toks: list[str], cue: int) -> bool:
    """The speech verb at `cue` has for subject "One" or "Another" alone, or "One of them" ("One
    of the deputies"), opening the sentence; not when it asks ("Another asked whether …. “We do,”
    he said": the "he" is the one asked, as after "A reporter asked", round 47)."""
    if toks[cue] in _ASKING:
        return False
    return toks[0] in ("One", "Another") and (cue == 1 or toks[1] == "of")


def _to_someone(toks: list[str], cue: int) -> bool:
    """The speech verb at `cue` is said to someone named or asked of someone ("A reporter asked
    Sanders how …"): the next "he" is more likely the one spoken to."""
    after = toks[cue + 1] if cue + 1 < len(toks) else ""
    return toks[cue] in _ASKING or toks[cue] in PARTICIPLE_CUES or is_cap(after)


_ASKING: Final = words_set("asked asks questioned pressed interrupted")
_WIDOWED: Final = frozenset({"widow", "widower"})


def described_owner(toks: list[str]) -> tuple[int, str] | None:
    """An office in the possessive owning a thing that opens the sentence as the subject of a verb:
    "The judge's order noted …", "The governor's budget, released Monday, cuts …" (DESCRIBED +
    "judge": whom the office means is read in order); the thing is a document or something the
    holder writes or gives, not someone of theirs ("The senator's lawyer", "The judge's clerk")."""
    j = past_conjunctions(toks)
    if j + 3 >= len(toks) or toks[j].lower() != "the" or not is_possessive(toks[j + 1]):
        return None
    office, head, verb = without_possessive(toks[j + 1]), toks[j + 2], toks[j + 3]
    if not (office.islower() and is_office(office) and (head in DOCUMENTS or head in _AUTHORED)):
        return None  # "The senator's lawyer", "The mayor's critics": someone else
    if not (verb == "," or verb_like(verb)):
        return None  # no verb, no subject
    return j, DESCRIBED + office


# what an office holder writes or gives, besides documents: "the governor's budget"
_AUTHORED: Final = words_set("speech remarks budget proposal plan veto testimony answer")


def _past_owner(toks: list[str], j: int) -> int:
    """Past a possessive opening a description at `j`: "Her", "Mr. Hollis’s", "Trump’s"; `j`
    when there is none."""
    if j < len(toks) and toks[j].lower() in _POSSESSIVE_OPENS:
        return j + 1
    k = j
    while k < len(toks) and k - j < 4 and is_cap(toks[k]):
        if is_possessive(toks[k]):
            return k + 1
        k += 1
    return j


def _a_known_person(role: str) -> bool:
    """A description whose head the word lists know for a person ("senator", "admiral", "the
    grieving father"), not one that only ends like one ("the principle of non-refoulement")."""
    head = role.split()[-1].lower()
    return head in ROLE_NOUNS or is_office(role) or gender_of_head(role) is not None


def _described_subject(toks: list[str], cue: int) -> bool:
    """The description before the speech verb at `cue` opens the sentence or follows its opening
    phrase ("Asked about it, the mayor laughed"), in a sentence quoting no one: not a relative
    clause ("Nothing the president said …") nor a quote's own clause ("“…,” the senator said")."""
    the = next((k for k in range(cue - 1, -1, -1) if toks[k].lower() == "the"), None)
    return (
        the is not None
        and (the == 0 or toks[the - 1] == ",")
        and all(mask_id(t) is None for t in toks)
    )


def _reported(toks: list[str], i: int, cues: list[int]) -> bool:
    """The speech verb at `i` has its subject inside a "that" clause of an earlier speech verb:
    "X noted that Y acknowledged …"."""
    j = i - 1
    while j >= 0 and (is_cap(toks[j]) or is_between(toks[j])):
        j -= 1
    return j > 0 and j < i - 1 and toks[j] == "that" and any(k < j for k in cues)


_MODALS: Final = words_set("should must shall ought needs")  # "…, said Mourinho should apologise"


# speech verbs whose object is a person: a name right after one is whom it addresses or names
_OBJECT_CUES: Final = PARTICIPLE_CUES | words_set(
    """told tells asked asks called calls thanked praised accused attacked blasted slammed
    described describes dubbed labeled labelled mocked criticized criticised defended questioned
    belittled urged urges"""
)


# prepositions of comparison or contrast whose object opens a sentence before its comma: "Like
# Allen, their days begin at 4:30 a.m.", "Unlike Clinton, he …": the name is not the subject
_COMPARING: Final = words_set("like unlike despite besides")


def _compared_with(toks: list[str], j: int, end: int) -> bool:
    """The name at `j`..`end` is the object of a preposition of comparison opening the sentence,
    its comma right after it ("Like Allen, …")."""
    return j == 1 and toks[0].lower() in _COMPARING and toks[end : end + 1] == [","]


def _comma_or_verb_after(toks: list[str], j: int, end: int) -> bool:
    """A comma or a verb follows the name at `j`..`end`, past a place, an aside and adverbs: "Mr.
    Rubio himself has been", "Brooks — who chairs the panel — was", "Debbie Wasserman Schultz of
    Florida, the party chairwoman, also expressed concern"."""
    after = skip_adverbials(
        toks, past_dash_aside(toks, past_brackets(toks, past_place(toks, j, end)))
    )  # "Sen. James Lankford (R-Okla.), the negotiator, was"
    nxt = toks[after] if after < len(toks) else ""
    return nxt == "," or verb_like(nxt)


_PEOPLE: Final = words_set(
    """men women people wife husband son brother sister father mother cousin friend widow partner
    neighbour colleague ally rival critic adversary daughter"""
)  # round 45: "His ally, Sen. Joan Mercado of Texas, backed …. She said": Mercado


def _a_person_head(word: str) -> bool:
    return word.islower() and (person_head(word) or word in _PEOPLE or word in RELATIVES)


def _a_title_head(description: list[str]) -> bool:
    """An office written capitalised after "The": "The Foreign Minister", "The Secretary-General"
    (the name set beside it is the sentence's subject)."""
    of = description.index("of") if "of" in description[2:-1] else len(description)
    return (  # round 58: "The Bishop of Durham, Tom Wright,": the office of a place
        len(description) > 1
        and description[0] == "The"
        and all(is_cap(t) for t in description[1:] if t != "of")
        and person_head(description[of - 1].lower().split("-")[0])  # "Director-General"
    )


_HEAD_ENDS: Final = words_set("of in for at from on to")  # "ambassador to the United Nations"


def _a_person_of(description: list[str]) -> bool:
    """A description whose head is a person of something: "Sony's head of digital music", "His
    opponent in November"."""
    of = next((i for i, t in enumerate(description) if i and t in _HEAD_ENDS), 0)
    return of > 0 and _a_person_head(description[of - 1])


def _one_of_people(description: list[str]) -> bool:
    """A description picking one person out of several: "One of those aides", "one of his
    lawyers"."""
    return (
        len(description) in (3, 4)
        and description[0].lower() == "one"
        and description[1] == "of"
        and description[-1].islower()
        and person_head(description[-1].removesuffix("s"))
    )


def apposed_subject(toks: list[str]) -> tuple[int, str] | None:
    """The full name set beside the description of a person that opens the sentence, when a verb
    follows it: "One early supporter, Representative Lee Zeldin, Republican of New York, gave …",
    "On television, Mr. Trump's campaign chairman, Paul Manafort, dismissed …", "The other man,
    his cousin James York, 40, cited …"; not "Her husband, and Bill Clinton, …"."""
    start = 0
    if toks and toks[0].lower() in OPENERS and "," in toks[1:8]:  # past "On television,"
        start = toks.index(",", 1) + 1
    reach = _WHO_DESCRIPTION_REACH if "who" in toks[start + 2 : start + 6] else 9
    if "," not in toks[start + 1 : start + reach]:
        return None
    comma = toks.index(",", start + 1)
    head = _before_a_relative(toks, start, comma)  # round 46: "A retired welder who worked
    # there for 35 years, Walt Kubiak, handed out …": the description ends at its "who"
    one_of = _one_of_people(toks[start:head])  # "One of those aides,": a plural, no verb
    if not (
        one_of
        or _a_person_head(toks[head - 1])
        or _a_person_of(toks[start:head])
        or _a_title_head(toks[start:head])
    ):
        return None
    modifiers = head - 1 if head < comma else start  # "a retired welder who": "retired" is
    # no verb between the article and its noun
    if not one_of and any(
        (verb_like(t) and not is_possessive(t) and not start < i < modifiers)
        or mask_id(t) is not None
        for i, t in enumerate(toks[start:head], start)
    ):  # but a possessive is no verb: "The team’s owner, Richard Sallow, watched"
        return None
    k = comma + 1  # past "his cousin", "the former"
    if k + 2 < len(toks) and is_cap(toks[k]) and toks[k + 1].islower() and role_word(toks[k + 1]):
        k += 1  # round 52: "Her fellow panelist, Republican consultant Rob Mayhew, …, couldn't"
    while k < comma + 4 and k < len(toks) and toks[k].isalpha() and toks[k].islower():
        if toks[k] in CONJUNCTIONS or toks[k] in PREPOSITIONS or verb_like(toks[k]):
            return None
        k += 1
    j = k
    while j < len(toks) and is_cap(toks[j]) and mask_id(toks[j]) is None:
        j += 1
    if not any(first_name_like(t) for t in toks[k:j]) and not (
        j - k >= 2 and _a_title_head(toks[start:head])
    ):  # round 57: after a capitalised office, two capitalised words name its holder, whatever
        # the given name ("The Director-General, Tedros Adhanom, arrived")
        return None  # a full name or a first name: "his wife, Jane,"; not "One aide, Trump,"
    if place_after_a_name(toks, comma, toks[k:j]):
        return None  # "A member in Loudoun County, Virginia, is …": a state, no one apposed
    at = past_place(toks, k, j)
    if toks[at : at + 1] != [","]:
        return None
    relative = past_relative_aside_with_places(toks, at)  # ", who oversees four states from an
    at = relative - 1 if relative > at else at  # office in Lenexa, Kan., said": its last comma
    at = skip_adverbials(toks, at + 1)  # "The governor’s wife, Casey DeSantis, also weighed in"
    for _ in range(2):  # past a short aside or two: ", 40,", ", a Democrat,"; round 44: "Hale’s
        if at < len(toks) and verb_like(toks[at]):  # neighbor, Rita Kowalczyk, 58, a packer on
            break  # the second shift, said"
        reach = (
            _PARTICIPLE_ASIDE_REACH
            if _participle(toks[at : at + 1]) or _a_relative_aside(toks, at)
            else 7
        )
        close = next((x for x in range(at, min(len(toks), at + reach)) if toks[x] == ","), None)
        if close is None or any(mask_id(t) is not None for t in toks[at:close]):
            return None
        at = skip_adverbials(toks, close + 1)
    if not (at < len(toks) and verb_like(toks[at])):
        return None
    sp = parse_speaker(" ".join(toks[k:j]))
    if not (sp and sp.name and not sp.is_org):
        return None
    return k, _with_family_name(sp.name, toks[start:comma])


_PARTICIPLE_ASIDE_REACH: Final = 16  # round 49: "Turkey’s foreign minister, Kemal Arslan,
# speaking through an interpreter at a news conference afterward, rejected …": a participle's
# aside runs longer than an age or a party


def _a_relative_aside(toks: list[str], at: int) -> bool:
    """An aside opening at `at` with an article and a noun and a "who" clause on it: ", a
    Republican who works as a lobbyist in Atlanta," (round 57), as long as a participle's."""
    return (
        at < len(toks)
        and toks[at].lower() in _RELATIVE_OPENS
        and "who" in toks[at + 2 : at + 5]
        and "," not in toks[at + 1 : toks.index("who", at + 2)]
    )


def _participle(tok: list[str]) -> bool:
    """A present participle opening an aside: "speaking", "standing"; not "king" or "Sterling"."""
    return (
        bool(tok)
        and tok[0].isalpha()
        and tok[0].islower()
        and tok[0].endswith("ing")
        and len(tok[0]) > 5
    )


_RELATIVE_OPENS: Final = words_set("a an the")
_WHO_DESCRIPTION_REACH: Final = 18  # tokens to the comma closing "a retired welder who …"


def _before_a_relative(toks: list[str], start: int, comma: int) -> int:
    """Where a description opening the sentence ends: at its "who" when it opens with an article
    and has one ("a retired welder who worked …,"), else at its comma."""
    if "who" not in toks[start + 2 : comma] or toks[start].lower() not in _RELATIVE_OPENS:
        return comma
    return toks.index("who", start + 2)


def _with_family_name(name: str, description: list[str]) -> str:
    """A given name set beside a relative of someone named takes their surname: "Trump's wife,
    Melania," is Melania Trump, "Mr. Sanders's wife, Jane," Jane Sanders."""
    if " " in name or len(description) < 2 or description[-1] not in KIN:
        return name
    owner = description[-2]
    if not (is_possessive(owner) and is_cap(owner) and first_name_like(name)):
        return name
    return f"{name} {without_possessive(owner)}"


def _in_the_view_of(toks: list[str]) -> str | None:
    """The person a sentence opening "To …," gives the view of: "To Montclair State University
    political science professor Brigid Harrison, Christie’s stare seemed to reflect sadness"."""
    if not toks or toks[0] != "To" or "," not in toks[2:14]:
        return None
    comma = toks.index(",", 2)
    if not (first_name_like(toks[comma - 2]) and is_cap(toks[comma - 1])):
        return None
    sp = parse_speaker(" ".join(toks[1:comma]))
    return sp.name if sp and sp.name and not sp.is_org and " " in sp.name else None


def _the_name(toks: list[str], j: int, end: int) -> bool:
    """A name run after "The" with no title or job: "The Sunshine State", "The Hill"; not "The
    Rev. Al Sharpton", "The Washington Post columnist Ruth Marcus"."""
    return (
        end > j > 0
        and toks[j - 1] in {"The", "the"}
        and not is_title_word(toks[j])
        and all(is_cap(t) for t in toks[j:end])
    )


def _the_before(toks: list[str], cue: int) -> bool:
    """The verb at `cue` follows a name run opened by "the" with no title or job: "the Chicago
    Sun-Times reported"; not "the Rev. Al Sharpton said"."""
    k = cue - 1
    while k >= 0 and is_cap(toks[k]):
        k -= 1
    return _the_name(toks, k + 1, cue)


def _said_of(toks: list[str], cue: int) -> bool:
    """The name before the verb at `cue` opens what another speech verb reports: "said [Trump]
    continued to hurt his cause" is said of Trump, not by him."""
    j = cue - 1
    while j >= 0 and (is_between(toks[j]) or toks[j] in {"that"}):
        j -= 1
    while j >= 0 and is_cap(toks[j]):
        j -= 1
    return j >= 0 and j < cue - 1 and toks[j].islower() and toks[j] in CUES


_SUBJECT_BEFORE: Final = words_set("meanwhile then but")  # "…, but Christie wasn’t having it"
# round 50: words opening a clause of time or cause, before the full name that is its subject:
# "People fell out of their chairs after Zoe Saldana revealed …"
_SUBORDINATORS: Final = words_set("after before because since until when while once although")


def _clause_subjects(toks: list[str], start: int) -> list[tuple[int, str]]:
    """Names that are the subject of a verb later in the sentence: "At a rally in Ohio, Brenda
    Johnson also railed …", "… when Mrs. Clinton accused him …", "Kasich took a different tack"."""
    out: list[tuple[int, str]] = []
    resume = start  # past the run read last
    for i in range(start, len(toks)):  # (a native loop: no call through the interpreter's map)
        if i < resume or not is_cap(toks[i]) or mask_id(toks[i]) is not None:
            continue
        j = i
        while j < len(toks) and not is_possessive(toks[j]):
            if not is_cap(toks[j]) and not (  # "Clinton campaign manager Robby Mook released"
                j > i and role_word(toks[j]) and j + 1 < len(toks) and is_cap(toks[j + 1])
            ):
                break
            j += 1
        prev = toks[i - 1] if i else ""
        titled = _titled_full_name(toks, i, j) or (
            prev == "," and j - i >= 3 and is_title_word(toks[i]) and first_name_like(toks[i + 1])
        )  # "Asked about it, Sen. James Lankford (R-Okla.), the negotiator, was blunt"
        if (
            (
                j > i
                and (j == len(toks) or not is_possessive(toks[j]))
                and (
                    prev in {",", ""}
                    or prev.lower() in _SUBJECT_BEFORE
                    or _subordinate_full_name(toks, i, j)
                    or prev.endswith("-old")
                    or _described_full_name(toks, i, j)
                    or titled
                    or _opens_a_contact_relative(toks, i)
                    or _ranked_after_a_comma(toks, i)
                )
                and _verb_after(toks, j, titled or (j - i >= 2 and first_name_like(toks[i])))
            )
            or noun_clause_subject(toks, i, j)  # round 58: "the possibility that Mrs. Clinton,
        ):  # if elected, might nominate …  # round 52: "On MSNBC, former senator Dick Halvorsen, a Whitcomb supporter, was"
            sp = parse_speaker(" ".join(toks[i:j]))
            if sp and sp.name and not sp.is_org:
                out.append((i, sp.name))
        resume = max(j, i + 1)
    return out


_AGE_RANKS: Final = words_set("younger elder older youngest eldest oldest")


def _ranked_after_a_comma(toks: list[str], i: int) -> bool:
    """The surname at `i` follows "the younger" or "the elder" after a comma: "Asked about that
    line, the younger Hargrove shrugged" (round 57), the subject of the clause's verb; not after
    a quotation's comma ("“…,” the younger Bush said": the speech verb's own reading)."""
    return (
        i >= 3
        and toks[i - 1].lower() in _AGE_RANKS
        and toks[i - 2].lower() == "the"
        and toks[i - 3] == ","
        and (i < 4 or toks[i - 4] != "\ue001")
    )


_CONTACT_OPENS: Final = words_set("the every")  # "The budget Marchetti sent …", "Every vote
# Ortiz cast …"
_CONTACT_REACH: Final = 6  # tokens from the sentence's article to the name


def _opens_a_contact_relative(toks: list[str], i: int) -> bool:
    """The name at `i` is the subject of a relative clause with no "that" on the noun phrase that
    opens the sentence: "The budget [Marchetti] sent to the council counts on …", "The most
    telling promise [Mrs. Clinton] has made is …" (round 44); the words before it are the article
    and lower-case words ending in a noun, none a preposition, a conjunction or a verb's form."""
    if i < 2 or i > _CONTACT_REACH or toks[0].lower() not in _CONTACT_OPENS:
        return False
    noun = toks[i - 1]
    if not (noun.isalpha() and noun.islower()) or verb_like(noun):
        return False
    return all(
        t.isalpha() and t.islower() and t not in _NOT_DESCRIBING and t not in CLAUSE_OPENS
        for t in toks[1:i]
    )


def _subordinate_full_name(toks: list[str], i: int, j: int) -> bool:
    """A full name, titled or not, right after a word opening a clause of time or cause ("after
    [Zoe Saldana] revealed", "because [Councilwoman Ruth Okafor] refused"): the subject of that
    clause's verb."""
    if i == 0 or toks[i - 1].lower() not in _SUBORDINATORS:
        return False
    first = i + 1 if is_title_word(toks[i]) else i  # "because Councilwoman Ruth Okafor refused"
    return j - first >= 2 and first_name_like(toks[first])


def _verb_after(toks: list[str], j: int, titled: bool) -> bool:
    """A verb of the name ending at `j` follows, past asides and adverbs (and, after a titled or
    full name, a short appositive), and the name does not qualify a group ("Trump supporters
    said")."""
    # past a label and a dash aside: "Sen. James Lankford (R-Okla.) was", "…, Joyce — who is
    # listed as an attorney — told"
    k = past_dash_aside(toks, past_brackets(toks, j))
    k = past_relative_aside(toks, k)  # "but Brooks, who has welcomed …, doesn’t"
    if titled:  # "state Representative Karlee Macer, a Democrat, wants"
        k = past_short_appositive(toks, k)
    k = _past_an_age(toks, k)  # "but their neighbor Benjamin Green, 83, knows"
    while k < len(toks) and (is_between(toks[k]) or toks[k].lower() in {"earlier", "later"}):
        k += 1
    return (
        k < len(toks)
        and (verb_like(toks[k]) or any(toks[x] in AUX for x in range(j, k)))
        and not group_head(toks, k)
    )


def _past_an_age(toks: list[str], k: int) -> int:
    """Past an age set off by commas after a name (", 83,"): where the verb may follow."""
    if k + 2 < len(toks) and toks[k] == "," and toks[k + 2] == ",":
        age = toks[k + 1]
        if age.isdigit() and len(age) <= 3:
            return k + 3
    return k


_LOWER_WORD: Final = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _described_full_name(toks: list[str], i: int, j: int) -> bool:
    """A full name after words that describe its bearer: "Democratic presidential front-runner
    [Hillary Clinton] stretched", "Tennis great [Billie Jean King] remembered", "a worker named
    [Antonio Arroyo] has"; not after a preposition, a verb or a conjunction ("met Donald Trump",
    "Florida, where Donald Trump sits")."""
    prev = toks[i - 1] if i else ""
    return (  # (the word before first: most names follow none of its words)
        j - i >= 2
        and _LOWER_WORD.fullmatch(prev) is not None
        and prev not in _NOT_DESCRIBING
        and (role_word(prev) or person_head(prev) or prev in _DESCRIBING)
        and first_name_like(toks[i])
    )


_DESCRIBING: Final = words_set("named called great")


_NOT_DESCRIBING: Final = PREPOSITIONS | STOP_NP | CONJUNCTIONS | OPENERS


_NOT_BEFORE_TITLE: Final = _NOT_DESCRIBING | CLAUSE_OPENS | DETERMINERS


def _titled_full_name(toks: list[str], i: int, j: int) -> bool:
    """A title and a full name after a word that is no preposition, conjunction or verb: "the
    last thing state [Representative Karlee Macer] …"; not "met Sen. Tim Kaine", "Sen. Marco
    Rubio and former Gov. Jeb Bush have"."""
    if not (j - i >= 3 and is_title_word(toks[i]) and first_name_like(toks[i + 1])):
        return False
    before = [t for t in toks[max(0, i - 2) : i] if _LOWER_WORD.fullmatch(t)]
    return len(before) == 2 and not any(t in _NOT_BEFORE_TITLE or verb_like(t) for t in before)

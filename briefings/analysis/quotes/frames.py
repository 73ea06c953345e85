"""Reporting clauses: who a sentence of reporter text says speaks each quotation in it."""

from __future__ import annotations

import re

from briefings.analysis.attribution import (
    CUES,
    NOBODY,
    PARTICIPLE_CUES,
    PRONOUNS,
    ROLE_NOUNS,
    appositive_name,
    first_name_like,
    is_between,
    is_cap,
    is_possessive,
    is_title_word,
    one_person,
    parse_speaker,
    person_head,
    subject_before,
    tokens,
    words_set,
)
from briefings.analysis.common.sentences import split_sentences
from briefings.analysis.quotes.marks import Span, has_masks, mask_id
from briefings.analysis.results import QuoteKind

__all__ = [
    "final_frame",
    "later_subject",
    "masked_sentences",
    "own_frames",
    "pre_frame",
    "quote_kind",
    "relative_antecedent",
    "sentence_subject",
    "subject_mentions",
]


_PREPOSITIONS = words_set(
    "to of for with by at from on against about in into over than like toward towards"
)


_DETERMINERS = words_set("the a an one another this his her their its")


_STOP_NP = words_set(
    "of who whom which whose at in from on during to as after before while with when because"
)


_AUX = words_set("has had have is was will would may might can could did does says said told")


_IRREGULAR = words_set(
    """took made went came gave got thought felt knew saw began spoke wrote ran won lost left kept
    held brought sought stood put set let hit cut told said shook struck drew threw fought met led
    sent spent built became rose fell broke chose wore caught heard found beat paid sold bought
    taught swore swept overtook overcame withdrew forgot hid quit sang sat swam strode"""
)


_OPENERS = words_set(
    """in on at after before during speaking asked last earlier later when while since as in
    with without despite like unlike for from under over by according then now still however"""
)


_TO_WHOM = words_set("told tells asked asks thanked praised accused attacked blasted slammed")


_CONJUNCTIONS = words_set("but and so yet still meanwhile however instead also")


_TIME_WORDS = words_set("instead last this next week month year night")  # "Trump last week said"


# Words of a subject besides names: "the former senator", "Democratic presidential candidate …".
_SUBJECT_WORDS = ROLE_NOUNS | words_set("presidential front-runner frontrunner hopeful the")


def _clause_frame(toks: list[str]) -> str | None:
    """A reporting clause after a quotation: "Sullivan said", "said John Kirby, the spokesman"."""
    while toks and toks[0] in {",", "\ue001"}:
        toks = toks[1:]
    if not toks:
        return None
    if toks[0].lower() in PARTICIPLE_CUES:  # "…,” telling reporters: the subject comes before
        return None
    if toks[0].lower() == "according" and toks[1:2] == ["to"]:  # "…,” according to Mr. Rhodes."
        phrase = []
        for t in toks[2:]:
            if t in {",", ".", ";", ":", "\ue000"}:
                break
            phrase.append(t)
        return " ".join(phrase) or None
    if toks[0].lower() in CUES:
        rest: list[str] = []
        for n, t in enumerate(toks[1:], 1):
            if t in {".", ";", ":", "\ue000"} or (t == "," and rest and "," in rest):
                break
            if t.lower() in _STOP_NP and "," not in rest:
                named = _later_appositive(toks, n)
                if named and rest and rest[-1].islower():  # "wrote the ambassador at the
                    rest += [",", named]  # time, John E. Herbst": the name is the speaker
                break
            rest.append(t)
        while rest and rest[-1] == ",":
            rest.pop()
        return " ".join(rest).replace(" ,", ",") if rest else None
    for idx, t in enumerate(toks[:24]):
        nxt = toks[idx + 1] if idx + 1 < len(toks) else "."
        verb_like = t.endswith("ed") and all(is_cap(h) for h in toks[:idx]) and nxt in {".", ","}
        # "…,” it recommended.", "…,” they conclude.": a pronoun and one verb close the sentence
        verb_like = verb_like or (
            idx == 1 and toks[0].lower() in NOBODY and t.isalpha() and nxt in {".", ","}
        )
        if (t.lower() in CUES or verb_like or _phrase_cue(toks, idx)) and t.islower():
            head = toks[:idx]
            while head and is_between(head[-1]):
                head.pop()
            stops = [
                h
                for n, h in enumerate(head)
                if h in {";", ":", "\ue000", "(", ")"}
                or (h == "." and head[n + 1 : n + 2] != [","])  # "Cambridge, Mass., said"
            ]
            if not head or stops:
                return None
            first = head[0].lower()
            if len(head) == 1 and first in NOBODY:
                return first
            if not (
                is_cap(head[0])
                or first in PRONOUNS
                or first in ROLE_NOUNS
                or first in _DETERMINERS
                or (_role_word(head[0]) and any(is_cap(h) for h in head))  # "reporter Jo Ray"
                or _described_name(head)  # "political scientist Christopher Wlezien told"
            ):
                return None
            return " ".join(head).replace(" ,", ",")
        if t in {";", "\ue000"} or (t == "." and nxt != ","):
            return None
    return None


def _later_appositive(toks: list[str], at: int) -> str | None:
    """The full name closing a clause after a short phrase: ", John E. Herbst." of "at the time,
    John E. Herbst."."""
    comma = next((n for n in range(at, min(len(toks), at + 6)) if toks[n] == ","), None)
    if comma is None:
        return None
    end = comma + 1
    while end < len(toks) and toks[end] not in {",", ".", ";", "\ue000"}:
        end += 1
    if end < len(toks) and toks[end] not in {",", "."}:
        return None
    return appositive_name(" ".join(toks[comma + 1 : end]))


_QUOTE_ENDS_SENTENCE = re.compile(r"(?<=\ue001\.)\s+(?=[A-Z])")


def masked_sentences(masked: str) -> list[tuple[int, str]]:
    """Sentences of the masked paragraph; a quotation closing on a full stop ends its sentence
    ("… a “pathological liar.” Carly Fiorina said …"), which the splitter cannot see."""
    out, at = [], 0
    for s in split_sentences(masked):
        start = masked.find(s, at)
        at = start + len(s)
        for part in _QUOTE_ENDS_SENTENCE.split(s):
            begin = masked.find(part, start)
            out.append((begin, part))
            start = begin + len(part)
    return out


def own_frames(sentence: str) -> tuple[list[str], dict[int, str]]:
    """Tokens of a masked sentence and, per quotation id, the speaker phrase of its own frame."""
    toks = tokens(sentence)
    own: dict[int, str] = {}
    if not has_masks(sentence):
        return toks, own
    for i, t in enumerate(toks):
        k = mask_id(t)
        if k is not None:
            phrase = _clause_frame(toks[i + 1 :])
            if phrase:
                own[k] = phrase
    return toks, own


def pre_frame(toks: list[str], upto: int, own: dict[int, str]) -> str | None:
    """The speaker of the reporting verb that introduces a quotation inside the sentence."""
    first_own = next((p for k, p in own.items() if _index_of(toks, k) < upto), None)
    unnamed = _unnamed_subject(toks, upto)
    if unnamed:  # "criticized the email use, which an FBI investigation said was “…”"
        return unnamed
    first_cue = last_cue = None
    for i in range(upto):
        t = toks[i]
        if t.lower() == "according" and i + 2 < upto and toks[i + 1] == "to":
            phrase = []
            for u in toks[i + 2 : upto]:
                if u in {",", ":", "\ue000"}:
                    break
                phrase.append(u)
            if phrase:
                return " ".join(phrase)
        if not (t.lower() in CUES or _phrase_cue(toks, i)) or not t.islower():
            continue
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
            return first_own
        inverted = _inverted_subject(toks, i, upto)
        if inverted:  # "…, explained Rosenberg, “…”"
            return inverted
        if t.lower() in PARTICIPLE_CUES:
            if any(u in CUES and u not in PARTICIPLE_CUES for u in toks[i + 1 : upto]):
                continue  # "Puerto Rico has been warning …, and Ms. Acosta said the “…”"
            near = subject_before(toks, i)  # "The Florida senator is telling reporters"
            return (
                sentence_subject(toks, i)
                or (near[0] if near else None)
                or _participle_subject(toks, i)
                or first_own
                or ""  # "A spokeswoman … emailed reporters, arguing, “…”": its own verb, no one
            )  # named; not the words of the person quoted in the paragraph before
        subj = _cue_subject(toks, i)
        if subj:
            return _nearer_named(toks, i, upto) or subj
        first_cue = i if first_cue is None else first_cue
        last_cue = i
    if first_cue is None or last_cue is None:
        return None
    # a speech verb with no subject of its own: the sentence's ("Hall was quick to … and said"),
    # else the speaker is unknown
    return (
        sentence_subject(toks, first_cue, loose=True)
        or relative_antecedent(toks, last_cue, within=6)  # "Trump, who has called …"
        or ""
    )


_PLACE_BEFORE = words_set("in from at near")
_INSCRIBING = words_set("read reads reading said says saying")
# things bearing words: "a sign reading “…”", "a headline that read “…”"
# (not "a statement saying": the words of whoever issued it)
_INSCRIBED = words_set(
    "sign signs banner banners placard placards poster posters shirt shirts t-shirt t-shirts hat"
    " hats cap caps button buttons sticker stickers billboard headline caption"
)
_SOMEONE = words_set("someone somebody")  # "When someone in the audience shouted, “Cruz”"
_UNNAMING = words_set("a an one some several many these those the") | _SOMEONE
_SUBJECT_OPENS = words_set("which that when as and but while after because where since so")


def _unnamed_subject(toks: list[str], upto: int) -> str | None:
    """The subject of the speech verb nearest before the quotation when it names no one: "…,
    which an FBI investigation said was “…”", "when a member of the family suggested …": the words
    are that body's or that unnamed person's, not those of a person named earlier in the
    sentence; or when it is "he" or "she" ("When Sanders accused Clinton …, she said “…”")."""
    m = upto - 2 if toks[upto - 1 : upto] == ["\ue000"] else upto - 1
    while m > 0 and not ((toks[m] in CUES or toks[m] in _INSCRIBING) and toks[m].islower()):
        if mask_id(toks[m]) is not None or toks[m] in {";", ":", "\ue000"}:
            return None
        m -= 1
    if toks[m] in _INSCRIBING and m > 0:  # "pointed to a sign reading “…”": the sign's words
        thing = _indefinite_before(toks, m - 1 if toks[m - 1] not in {"that", "which"} else m - 2)
        if thing and thing.split()[-1].lower() in _INSCRIBED:
            return thing
    if m <= 0 or toks[m] in PARTICIPLE_CUES or _phrase_cue(toks, m):
        return None
    j = m - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    if j >= 0 and toks[j] == ",":  # "a woman in Worcester, Massachusetts, told": past the state
        k = j - 1
        while k >= 0 and is_cap(toks[k]):
            k -= 1
        if k >= 1 and k < j - 1 and toks[k] == "," and is_cap(toks[k - 1]):  # "Town, State,"
            j = k - 1
    end = j
    if end >= 1 and toks[end] == "who":  # "interrupted by a protester who shouted"; "mocked
        # Brennan, who has said he is “…”": Brennan's words
        before = end - 1 if toks[end - 1] != "," else end - 2
        return _indefinite_before(toks, before) or _name_ending(toks, before)
    if (
        end >= 0
        and toks[end].lower() in PRONOUNS
        and (end == 0 or toks[end - 1] == "," or toks[end - 1].lower() in _SUBJECT_OPENS)
    ):  # "When Sanders accused Clinton of …, she said “…”": she, not Sanders
        return toks[end].lower()
    start = None  # the determiner opening the subject: after a comma or a clause's opening word
    while j >= 0 and end - j < 8 and toks[j].isalpha() and toks[j].lower() not in _SUBJECT_OPENS:
        if toks[j].lower() in _UNNAMING and (
            j == 0 or toks[j - 1] == "," or toks[j - 1].lower() in _SUBJECT_OPENS
        ):  # "a member of the family": not "the family", the object of "of"
            start = j
            break
        j -= 1
    if start is None or (start == end and toks[start].lower() not in _SOMEONE):
        return None
    words = toks[start : end + 1]
    if any(
        is_cap(w) and not w.isupper() and words[n].lower() not in _PLACE_BEFORE
        for n, w in enumerate(words[1:])
    ):
        return None  # a name inside: "a spokesman for Hillary Clinton said"; not a place: "a
        # woman in Worcester"
    if words[0].lower() == "the" and one_person(words[-1]):
        return None  # "the senator said": someone the article named
    return " ".join(words)


_QUOTING = words_set("quoted quotes quoting cited cites citing")


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


def _name_ending(toks: list[str], end: int) -> str | None:
    """The name of a person ending at `end`: "Brennan" of "mocked Brennan, who said"."""
    start = end
    while start >= 0 and is_cap(toks[start]) and not is_possessive(toks[start]):
        start -= 1
    if start == end:
        return None
    phrase = " ".join(toks[start + 1 : end + 1])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None


def _indefinite_before(toks: list[str], end: int) -> str | None:
    """An indefinite description ending at `end` that a "who" after it stands for: "a protester",
    "one man in the crowd"; None for a name or "the …"."""
    j = end
    while j >= 0 and end - j < 6 and toks[j].isalpha() and toks[j].islower():
        if toks[j] in _UNNAMING - {"the"}:
            return " ".join(toks[j : end + 1]) if j < end else None
        j -= 1
    return None


def _nearer_named(toks: list[str], cue: int, upto: int) -> str | None:
    """A later speech verb before the quotation with a named subject of its own, in a clause after
    a comma: "Democrats said they feared a speech, when Mr. Buchanan, who had lost, called for a
    “…”" is Buchanan's; "When Trump suggested …, Rubio fired back: “…”" is Rubio's."""
    for m in range(upto - 1, cue, -1):
        t = toks[m]
        with_name = t in PARTICIPLE_CUES and _after_with(toks, m)  # ", with McCain telling"
        cue_here = t in CUES or _phrase_cue(toks, m)  # "…, Rubio fired back: “…”"
        if cue_here and (t not in PARTICIPLE_CUES or with_name) and mask_id(t) is None:
            subj = subject_before(toks, m)
            if subj is None or "," not in toks[cue + 1 : subj[1]]:
                continue  # "Ross said Mr. Obama had told …": the complement, still Ross's words
            speaker = parse_speaker(subj[0])
            if speaker and speaker.name and not speaker.is_org:
                return subj[0]
    return None


# "As Amar put it, “…”", "“…,” Trump shot back", "“…,” Ray went on"
def _after_with(toks: list[str], cue: int) -> bool:
    """ "…, with Senator John McCain telling": a name right after "with" before the participle."""
    j = cue - 1
    while j >= 0 and is_cap(toks[j]):
        j -= 1
    return j < cue - 1 and j >= 0 and toks[j] == "with"


_PHRASE_CUES = {
    "put": "it",
    "pointed": "out",
    "shot": "back",
    "fired": "back",
    "hit": "back",
    "went": "on",
    "chimed": "in",
}


def _phrase_cue(toks: list[str], i: int) -> bool:
    follow = _PHRASE_CUES.get(toks[i])
    return follow is not None and toks[i + 1 : i + 2] == [follow]


_PASSIVE_CUES = words_set("asked pressed questioned challenged")
_BE = words_set("was were is are been being")
_UNNAMED_ASKER = "a questioner"  # a description naming no one: the words stay unattributed


def _asked_unnamed(toks: list[str], i: int, upto: int) -> bool:
    """ "Blumenthal was asked, “If you had known …?”": a passive question verb right before the
    quotation, its asker not named; the words are the question, not the subject's."""
    j = i - 1
    while j >= 0 and is_between(toks[j]) and toks[j] not in _BE:
        j -= 1
    rest = [u for u in toks[i + 1 : upto] if u not in {",", ":", "\ue000"}]
    return toks[i] in _PASSIVE_CUES and j >= 0 and toks[j] in _BE and not rest


_QUESTION_OPENS = words_set("whether if to about on why what how who when during at in for")


def _agent(toks: list[str], start: int, upto: int) -> str | None:
    """The name after "asked by": "host Bill Maher", "Fox Business moderator Gerard Baker"."""
    stop = start
    while (
        stop < min(upto, start + 7)
        and re.fullmatch(r"[\w.’'\-]+", toks[stop])
        and toks[stop] not in _QUESTION_OPENS
    ):
        stop += 1
    end = max((j + 1 for j in range(start, stop) if is_cap(toks[j])), default=start)
    speaker = parse_speaker(" ".join(toks[start:end])) if end > start else None
    return " ".join(toks[start:end]) if speaker and speaker.name and not speaker.is_org else None


def sentence_subject(toks: list[str], upto: int, loose: bool = False) -> str | None:
    """ "She was defending …, but admitted “…”", "In an interview, Trump said …", "Ramil Carr, 31,
    a photographer, said …": the pronoun or name that is the subject of the sentence; `loose`
    also before an auxiliary and any word ("McConnell was quick to …", "Trump did post …")."""
    i = 0
    if upto and (toks[0].lower() in _OPENERS or _adverb_opening(toks, 0, 1)):  # an opening
        # phrase up to its comma: "In an interview,", "Recently,"
        i = _opening_end(toks, upto)
    while i < upto and toks[i].lower() in _CONJUNCTIONS:
        i += 1
    if i < upto and toks[i].lower() in PRONOUNS:
        return toks[i].lower()
    end = i
    while end < upto and (is_cap(toks[end]) or toks[end].lower() in _SUBJECT_WORDS):
        if is_possessive(toks[end]):
            if toks[end + 1 : end + 2] != ["campaign"]:
                return None
            end += 2  # "Ryan’s campaign shrugged off …, telling reporters": his campaign
            break
        end += 1
    if end == i or not any(is_cap(t) for t in toks[i:end]):
        return None
    head_end = end
    if end + 1 < upto and toks[end] == "of" and is_cap(toks[end + 1]):  # "Angela Merkel of
        end += 1  # Germany condemned": the place is not part of the name
        while end < upto and is_cap(toks[end]):
            end += 1
    after = [end]
    if end < upto and toks[end] == ",":  # an appositive: "Carr, 31, a photographer, said"
        after = [j + 1 for j in range(end + 1, min(upto, end + 30)) if toks[j] == ","]
        if end + 1 < len(toks) and toks[end + 1] in CUES:  # a stray comma once the party label
            after.insert(0, end + 1)  # is gone: "Sen. Jack Reed (D-R.I.), said …"
    for nxt in after:
        aux = negated = False  # "Carson did not mention …": a negated auxiliary, then a verb
        while nxt < upto and (
            is_between(toks[nxt])
            or toks[nxt] == "however"
            or toks[nxt] in _TIME_WORDS
            or (aux and toks[nxt] == "not")
        ):
            aux = aux or toks[nxt].lower() in _AUX
            negated = negated or toks[nxt] == "not"
            nxt += 1
        word = toks[nxt] if nxt < upto else ""
        if word in _SHORT_PHRASE_OPENS and _verb_after_phrase(toks, nxt + 1, upto):
            return " ".join(toks[i:head_end])  # "Sanders during a rally thanked …"
        if (negated or (aux and loose)) and word.isalpha() and word.islower():
            return " ".join(toks[i:head_end])  # "Trump did post …", "McConnell was quick to …"
        if _group_head(toks, nxt):
            return None  # "Andrean High School fans also chanted": a group, no one named
        if (
            word.islower()
            and word not in _PREPOSITIONS
            and (word in CUES or word.endswith(("ed", "s")) or word in _AUX or word in _IRREGULAR)
        ):
            return " ".join(toks[i:head_end])
    return None


_LATER_CLAUSE = words_set("while whereas but and")


def later_subject(toks: list[str], upto: int) -> str | None:
    """The name that is the subject of a later clause before `upto`, opened by a comma and
    "while", "but" or "and": "Trump won New York[, while Hillary Clinton] dealt a blow …"."""
    for i in range(upto - 2, 1, -1):
        if not (toks[i - 1].lower() in _LATER_CLAUSE and toks[i - 2] == "," and is_cap(toks[i])):
            continue
        end = i
        while end < upto and is_cap(toks[end]) and mask_id(toks[end]) is None:
            end += 1
        nxt = toks[end] if end < upto else ""
        if (
            not is_possessive(toks[end - 1])
            and nxt.isalpha()
            and nxt.islower()
            and nxt not in _PREPOSITIONS | _DETERMINERS | _CONJUNCTIONS | _STOP_NP
            and not _group_head(toks, end)
        ):  # a verb: "dealt", "won", "said"
            sp = parse_speaker(" ".join(toks[i:end]))
            if sp and sp.name and not sp.is_org:
                return " ".join(toks[i:end])
        return None
    return None


def _group_head(toks: list[str], at: int) -> bool:
    """A plural noun after the name, then the verb: "[Andrean High School] fans also chanted",
    "[Trump] supporters said"; the name only qualifies the people who speak."""
    upto = len(toks)
    word = toks[at] if at < upto else ""
    if not (word.isalpha() and word.islower() and word.endswith("s") and len(word) > 3):
        return False
    if word in CUES or word in _AUX or word.endswith(("ss", "us", "is")):
        return False
    k = at + 1
    while k < upto and is_between(toks[k]):
        k += 1
    return k < upto and _verb_like(toks[k]) and not toks[k].endswith("s")


_SHORT_PHRASE_OPENS = words_set("in at during")


def _verb_after_phrase(toks: list[str], start: int, upto: int) -> bool:
    """A past-tense or speech verb closing a short phrase of time or place after the subject:
    "[during a rally] thanked", "[at the time] said", "[in his announcement speech] called"."""
    for j in range(start, min(upto, start + 5)):
        t = toks[j]
        if t in {",", ".", ";", ":"} or mask_id(t) is not None:
            return False
        if j > start and t.islower() and (t in CUES or t in _IRREGULAR or t.endswith("ed")):
            return t not in _PREPOSITIONS
    return False


def _opening_end(toks: list[str], upto: int) -> int:
    """Where the subject starts after an opening phrase: past its first comma, or past a later one
    when a place inside the phrase has commas of its own ("Speaking in Salem, New Hampshire, Trump
    went after Bush"): the comma that a name and then a verb follow."""
    commas = [j for j in range(upto) if toks[j] == ","]
    if not commas:
        return 0
    for c in commas[:3]:
        end = c + 1
        while end < upto and is_cap(toks[end]) and not is_possessive(toks[end]):
            end += 1
        if end > c + 1 and end < upto and _verb_like(toks[end]):
            return c + 1
    return commas[0] + 1


def relative_antecedent(toks: list[str], upto: int, within: int | None = None) -> str | None:
    """ "Trump, who has called the plan “insanity”", "Sykes, a radio host who said the party
    had become “an echo chamber”": the name a "who" before `upto` (at most `within` tokens
    before) stands for."""
    lowest = 0 if within is None else max(0, upto - within - 1)
    w = next((j for j in range(upto - 1, lowest, -1) if toks[j] == "who"), None)
    if w is None or any(mask_id(t) is not None for t in toks[w:upto]):
        return None  # no "who", or another quotation between it and this one
    end = w - 1 if toks[w - 1] == "," else w
    if not is_cap(toks[end - 1]):  # "Sykes, a radio host who": the name before the appositive
        commas = [j for j in range(max(0, end - 12), end) if toks[j] == ","]
        if not commas:
            return None
        end = commas[-1]
    start = end
    while start > 0 and is_cap(toks[start - 1]) and not is_possessive(toks[start - 1]):
        start -= 1
    if start == end:
        return None
    speaker = parse_speaker(" ".join(toks[start:end]))
    return " ".join(toks[start:end]) if speaker and speaker.name and not speaker.is_org else None


def _index_of(toks: list[str], k: int) -> int:
    return next((i for i, t in enumerate(toks) if mask_id(t) == k), len(toks))


def _index_of_phrase_before(toks: list[str], i: int, own: dict[int, str]) -> bool:
    return any(_index_of(toks, k) < i for k in own)


def _cue_subject(toks: list[str], i: int) -> str | None:
    """The subject of the speech verb at `i`; after a run of appositives, the name opening the
    sentence ("Alixandria Lapp, director of the PAC, a Democratic group, said")."""
    j = i - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    if j >= 0 and toks[j] == ",":
        opening = sentence_subject(toks, i + 1)
        if opening and opening.lower() not in PRONOUNS:
            return opening
    subj = subject_before(toks, i)
    if subj is None and j >= 0 and toks[j] == "to":
        return _subject_of_infinitive(toks, j)
    return subj[0] if subj else None


_CLAUSE_OPENS = words_set("that when and but as so while after")


def _subject_of_infinitive(toks: list[str], to: int) -> str | None:
    """ "Mr. Trump was prompted to say", "Ray went on to say": the name a few lower-case words
    before "to", opening its clause."""
    j = to - 1
    while j >= 0 and to - j <= 5 and toks[j].isalpha() and toks[j].islower():
        j -= 1
    end = j + 1
    if end == to:
        return None
    while j >= 0 and is_cap(toks[j]) and not is_possessive(toks[j]) and mask_id(toks[j]) is None:
        j -= 1
    if j + 1 == end or not (
        j < 0 or toks[j] == "," or toks[j].lower() in _CLAUSE_OPENS or _role_word(toks[j])
    ):  # "The Slate columnist David Auerbach went so far as to say"
        return None
    return " ".join(toks[j + 1 : end])


def _described_name(head: list[str]) -> bool:
    """Words for what someone does, then their name: "political scientist Christopher Wlezien",
    "conservative commentator Jonah Goldberg"."""
    first_cap = next((n for n, h in enumerate(head) if is_cap(h)), len(head))
    return (
        0 < first_cap < len(head)
        and all(is_cap(h) for h in head[first_cap:])
        and first_cap <= 3
        and all(h.isalpha() and h.islower() for h in head[:first_cap])
        and not any(h in _PREPOSITIONS | _CONJUNCTIONS | _DETERMINERS for h in head[:first_cap])
        and any(_role_word(h) for h in head[:first_cap])
    )


def _role_word(tok: str) -> bool:
    """A lower-case word for what someone does: "consultant", "pollster", "lawyer"."""
    low = tok.lower()
    if low in _PREPOSITIONS or low in _OPENERS or low in _STOP_NP:
        return False
    return tok.islower() and (
        low in ROLE_NOUNS or (len(low) > 4 and low.endswith(("ist", "er", "or", "ant", "ent")))
    )


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
            while j - 1 >= 0 and is_cap(toks[j - 1]):
                j -= 1
            prev = toks[j - 1].lower() if j else ""
            if prev == "the":
                prev = toks[j - 2].lower() if j > 1 else ""
            # not the object of a preposition or of a verb: "Sanders endorsed [Mrs. Clinton],
            # saying", "his commitment to helping [Mrs. Clinton] succeed him, saying"; past such
            # an object, only a name opening its clause is the subject
            if _verb_before(toks, j):
                passed_object = True
            elif prev not in _PREPOSITIONS and (not passed_object or _opens_subject(prev)):
                return " ".join(toks[j : end + 1])
        elif toks[j].lower() in PRONOUNS and (j == 0 or toks[j - 1] in {",", "But", "And"}):
            return toks[j].lower()  # "He endorsed Cruz, saying": he
        j -= 1
    return None


def _opens_subject(prev: str) -> bool:
    """A name after this word may be its clause's subject: it opens the sentence or a clause, or
    describes the name ("former TV network anchor Katie Couric")."""
    return prev in {"", ","} or _role_word(prev) or person_head(prev)


def _verb_before(toks: list[str], j: int) -> bool:
    """The word before `j` is a verb whose object the name at `j` is ("endorsed", "helping")."""
    prev = toks[j - 1] if j else ""
    return (
        prev.isalpha()
        and prev.islower()
        and prev not in _AUX
        and (prev.endswith(("ed", "ing")) or prev in _IRREGULAR or prev in CUES)
    )


def final_frame(toks: list[str]) -> tuple[str, int] | None:
    """ "…, President Biden’s administration warned." closing the sentence."""
    commas = [i for i, t in enumerate(toks) if t == ","]
    if not commas:
        return None
    c = commas[-1]
    clause = toks[c + 1 :]
    if any(mask_id(t) is not None for t in clause):
        return None
    if len(clause) <= 12:
        phrase = _clause_frame(clause)
        if phrase:
            return phrase, c
    for c in reversed(commas[:-1]):  # "…, says Dante Scala, a political scientist at …"
        clause = toks[c + 1 :]
        if any(mask_id(t) is not None for t in clause) or len(clause) > 30:
            return None
        if clause[0].lower() in CUES and clause[0].islower():
            phrase = _clause_frame(clause)
            return (phrase, c) if phrase else None
    return None


def _starts_sentence(toks: list[str], idx: int) -> bool:
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"}]
    if not before or before[-1] == ":":
        return True
    if before[-1] == "," and len(before) >= 2 and before[-2].lower() in CUES:
        return True
    return all(mask_id(t) is not None or t in {",", "."} for t in before)


def quote_kind(span: Span, toks: list[str], idx: int) -> QuoteKind:
    first = span.text.lstrip("[(…. ")[:1]
    if _starts_sentence(toks, idx) and (first.isupper() or first.isdigit()):
        return "full"
    if _split_rest(toks, idx):
        return "full"  # "“The best way,” Schiff said, “is …”"
    return "partial"


SENTENCES_INSIDE = re.compile(r"\w[.!?]\s+[A-Z]")  # a quotation of more than one sentence


def _split_rest(toks: list[str], idx: int) -> bool:
    """The second half of a quotation split by its clause: "“The best way,” Schiff said, “is …”"
    (the sentence opens with a quotation, then the clause, a comma and this one)."""
    before = [t for t in toks[:idx] if t not in {"\ue000", "\ue001"}]
    if len(before) < 3 or before[-1] != "," or mask_id(before[0]) is None:
        return False
    clause = before[1:-1]
    return (
        len(clause) <= 12
        and clause[0] == ","
        and any(t.lower() in CUES for t in clause)
        and all(mask_id(t) is None for t in clause)
    )


def subject_mentions(toks: list[str]) -> list[tuple[int, str, str]]:
    """People as subjects in reporter text, with how: "opening" the sentence, of a "clause" later
    in it, or of a speech verb ("cue")."""
    out: list[tuple[int, str, str]] = []
    j = 0
    while j < len(toks) and not is_cap(toks[j]):
        if toks[j].isalpha() and toks[j].islower():
            break
        j += 1
    j = _past_description(toks, j)  # "The actress Kate Winslet was …"
    run_end = j
    while run_end < len(toks) and (
        is_cap(toks[run_end])
        or (  # "Obama consultant Cornell Belcher, …"
            run_end > j
            and _role_word(toks[run_end])
            and run_end + 1 < len(toks)
            and is_cap(toks[run_end + 1])
        )
    ):
        run_end += 1
    after = _skip_adverbials(toks, _past_dash_aside(toks, _past_place(toks, j, run_end)))
    # "Mr. Rubio himself has been", "Brooks — who chairs the panel — was", "Debbie Wasserman
    # Schultz of Florida, the party chairwoman, also expressed concern"
    nxt = toks[after] if after < len(toks) else ""
    named = run_end > j and not _the_name(toks, j, run_end)  # "The Sunshine State will award"
    if named and (nxt == "," or _verb_like(nxt)) and not _adverb_opening(toks, j, run_end):
        sp = parse_speaker(" ".join(toks[j:run_end]))
        if sp and sp.name and not sp.is_org:
            out.append((j, sp.name, "opening"))
    if named and is_possessive(toks[run_end - 1]):  # "Mrs. Hall’s campaign …"
        owner = re.sub(r"(’s|'s|’|')$", "", toks[run_end - 1])
        sp = parse_speaker(" ".join([*toks[j : run_end - 1], owner]))
        if sp and sp.name and not sp.is_org:
            out.append((j, sp.name, "possessor"))
    out.extend((i, name, "clause") for i, name in _clause_subjects(toks, run_end))
    viewer = _in_the_view_of(toks)
    if viewer:  # "To political science professor Brigid Harrison, Christie’s stare seemed …"
        out.append((1, viewer, "opening"))
    for i, t in enumerate(toks):
        if t in CUES and i > 0 and toks[i - 1] == ",":  # "…, said David Autor, a professor"
            end = i + 1
            while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
                end += 1
            sp = parse_speaker(" ".join(toks[i + 1 : end])) if end > i + 1 else None
            if sp and sp.name and not sp.is_org:
                if end < len(toks) and _verb_like(toks[end]):
                    continue  # "…, said Trump continued to hurt his cause": Trump is said of
                out.append((i + 1, sp.name, "cue"))
                continue
        if t in CUES and i > 0:
            subj = _cue_subject(toks, i)
            sp = parse_speaker(subj) if subj else None
            if not (sp and sp.name and not sp.is_org):  # "The White House contends …, and
                near = subject_before(toks, i)  # Brian Deese, the adviser, said"
                sp = parse_speaker(near[0]) if near else None
            if sp and sp.name and not sp.is_org and not _said_of(toks, i):
                if _the_before(toks, i):
                    continue  # "the Chicago Sun-Times reported": a paper, a body
                out.append((i, sp.name, "cue"))
    return out


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


_DASHES = frozenset({"—", "–", "--"})


def _past_place(toks: list[str], start: int, end: int) -> int:
    """Past "of" and the place after a full name at `start`..`end` ("Representative Debbie
    Wasserman Schultz [of Florida]"); `end` itself when there is none or no full name."""
    if not (
        end - start >= 2
        and toks[end : end + 1] == ["of"]
        and end + 1 < len(toks)
        and is_cap(toks[end + 1])
        and any(first_name_like(t) for t in toks[start : end - 1])
    ):
        return end
    at = end + 1
    while at < len(toks) and is_cap(toks[at]) and mask_id(toks[at]) is None:
        at += 1
    return at


def _past_relative_aside(toks: list[str], at: int) -> int:
    """Past a clause on the name between commas at `at` (", who has welcomed support from the Tea
    Party,"), with no quotation inside it; `at` itself when there is none."""
    if toks[at : at + 2] != [",", "who"]:
        return at
    for k in range(at + 2, min(len(toks), at + 30)):
        if mask_id(toks[k]) is not None or toks[k] in {".", ";", ":", "\ue000"}:
            return at
        if toks[k] == ",":
            return k + 1
    return at


def _past_dash_aside(toks: list[str], at: int) -> int:
    """Past an aside between dashes at `at` ("Brooks — who chairs the panel — was blunt"), with no
    quotation inside it; `at` itself when there is none."""
    if at >= len(toks) or toks[at] not in _DASHES:
        return at
    for k in range(at + 1, min(len(toks), at + 30)):
        if mask_id(toks[k]) is not None or toks[k] in {".", ";", "\ue000"}:
            return at
        if toks[k] in _DASHES:
            return k + 1
    return at


def _adverb_opening(toks: list[str], j: int, end: int) -> bool:
    """ "Recently, Herman Cain …", "Separately, Trump said": a capitalised adverb and its comma
    opening the sentence, not a surname ("Kelly, a spokeswoman, said")."""
    word = toks[j]
    after = toks[end + 1] if end + 1 < len(toks) else ""
    return (
        end == j + 1
        and word.lower().endswith("ly")
        and toks[end : end + 1] == [","]
        and (is_cap(after) or after.lower() in PRONOUNS)
    )


def _past_description(toks: list[str], j: int) -> int:
    """Where the name starts after a description opening the sentence: "The actress [Kate
    Winslet]", "The veteran Labour MP [Tam Dalyell]"; `j` when there is none."""
    if not (0 < j < len(toks) and toks[j - 1] in {"The", "the"} and toks[j].islower()):
        return j
    m = j
    while m < len(toks) and m - j < 3 and toks[m].isalpha() and toks[m].islower():
        m += 1
    if m < len(toks) and is_cap(toks[m]) and person_head(toks[m - 1]):
        return m
    return j


_SUBJECT_BEFORE = words_set("meanwhile then but")  # "…, but Christie wasn’t having it"
_SELF = words_set("himself herself also")
_WEEKDAYS = words_set("monday tuesday wednesday thursday friday saturday sunday")


_DAY_PARTS = words_set("morning afternoon evening night")
# words of time or manner between a subject and its verb: "Carson once drew close to Trump"
_ADVERBS = words_set("once later then never still often always now first soon already")


def _skip_adverbials(toks: list[str], at: int) -> int:
    """Past words between a subject and its verb: "himself", "also", "quickly", "on Wednesday
    morning"."""
    while at < len(toks):
        tok = toks[at]
        if tok in _SELF or tok in _ADVERBS or (tok.endswith("ly") and is_between(tok)):
            at += 1
        elif tok == "on" and at + 1 < len(toks) and toks[at + 1].lower() in _WEEKDAYS:
            at += 2
            if at < len(toks) and toks[at] in _DAY_PARTS:
                at += 1
        else:
            break
    return at


_NEGATED = re.compile(r"[a-z]+n[’']t")  # "wasn’t", "didn’t"


_NOT_VERBS = words_set("this his its hers ours yours theirs thus plus perhaps unless whereas")


def _verb_like(tok: str) -> bool:
    low = tok.lower()
    if _NEGATED.fullmatch(tok):
        return True
    return (
        tok.islower()
        and low not in _PREPOSITIONS
        and low not in _NOT_VERBS
        and (low in CUES or low in _AUX or low in _IRREGULAR or low.endswith(("ed", "s")))
    )


def _clause_subjects(toks: list[str], start: int) -> list[tuple[int, str]]:
    """Names that are the subject of a verb later in the sentence: "At a rally in Ohio, Brenda
    Johnson also railed …", "… when Mrs. Clinton accused him …", "Kasich took a different tack"."""
    out: list[tuple[int, str]] = []
    i = start
    while i < len(toks):
        if not is_cap(toks[i]) or mask_id(toks[i]) is not None:
            i += 1
            continue
        j = i
        while j < len(toks) and not is_possessive(toks[j]):
            if not is_cap(toks[j]) and not (  # "Clinton campaign manager Robby Mook released"
                j > i and _role_word(toks[j]) and j + 1 < len(toks) and is_cap(toks[j + 1])
            ):
                break
            j += 1
        prev = toks[i - 1] if i else ""
        k = _past_dash_aside(toks, j)  # "…, Joyce — who is listed as an attorney — told"
        k = _past_relative_aside(toks, k)  # "but Brooks, who has welcomed …, doesn’t"
        titled = _titled_full_name(toks, i, j)
        if titled:  # "state Representative Karlee Macer, a Democrat, wants"
            k = _past_short_appositive(toks, k)
        while k < len(toks) and (is_between(toks[k]) or toks[k].lower() in {"earlier", "later"}):
            k += 1
        if (
            j > i
            and (j == len(toks) or not is_possessive(toks[j]))
            and (
                prev in {",", ""}
                or prev.lower() in _SUBJECT_BEFORE
                or prev.endswith("-old")
                or _described_full_name(toks, i, j)
                or titled
            )
            and k < len(toks)
            and (_verb_like(toks[k]) or any(toks[x] in _AUX for x in range(j, k)))
            and not _group_head(toks, k)
        ):
            sp = parse_speaker(" ".join(toks[i:j]))
            if sp and sp.name and not sp.is_org:
                out.append((i, sp.name))
        i = max(j, i + 1)
    return out


_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _described_full_name(toks: list[str], i: int, j: int) -> bool:
    """A full name after words that describe its bearer: "Democratic presidential front-runner
    [Hillary Clinton] stretched", "Tennis great [Billie Jean King] remembered", "a worker named
    [Antonio Arroyo] has"; not after a preposition, a verb or a conjunction ("met Donald Trump",
    "Florida, where Donald Trump sits")."""
    prev = toks[i - 1] if i else ""
    return (
        j - i >= 2
        and first_name_like(toks[i])
        and _LOWER_WORD.fullmatch(prev) is not None
        and prev not in _PREPOSITIONS | _STOP_NP | _CONJUNCTIONS | _OPENERS
        and (_role_word(prev) or person_head(prev) or prev in _DESCRIBING)
    )


_DESCRIBING = words_set("named called great")


def _titled_full_name(toks: list[str], i: int, j: int) -> bool:
    """A title and a full name after a word that is no preposition, conjunction or verb: "the
    last thing state [Representative Karlee Macer] …"; not "met Sen. Tim Kaine", "Sen. Marco
    Rubio and former Gov. Jeb Bush have"."""
    before = [t for t in toks[max(0, i - 2) : i] if _LOWER_WORD.fullmatch(t)]
    return (
        j - i >= 3
        and is_title_word(toks[i])
        and first_name_like(toks[i + 1])
        and len(before) == 2
        and not any(
            t in _PREPOSITIONS | _STOP_NP | _CONJUNCTIONS | _OPENERS | _CLAUSE_OPENS | _DETERMINERS
            or _verb_like(t)
            for t in before
        )
    )


def _past_short_appositive(toks: list[str], at: int) -> int:
    """Past an appositive of a few words between commas at `at` (", a Democrat,"); `at` itself
    when there is none."""
    if at >= len(toks) or toks[at] != "," or at + 1 >= len(toks):
        return at
    if toks[at + 1].lower() not in {"a", "an", "the"}:
        return at
    for k in range(at + 2, min(len(toks), at + 8)):
        if toks[k] == ",":
            return k + 1
        if not toks[k].replace("-", "").isalpha():
            return at
    return at

"""The subject of a sentence or a clause: who speaks when no reporting clause says."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.openers import past_a_time_phrase
from briefings.analysis.quotes.clauses.sayers.clausal.contrasted import contrast_clause_start
from briefings.analysis.quotes.clauses.sayers.described.prepositional import (
    description_past_a_phrase,
)
from briefings.analysis.quotes.clauses.sayers.described.relative_aside import (
    subject_past_a_who_clause,
)
from briefings.analysis.quotes.clauses.sayers.main_subject.body_members import apposed_member
from briefings.analysis.quotes.clauses.sayers.main_subject.dashed import dash_aside_subject
from briefings.analysis.quotes.clauses.sayers.main_subject.joint import JOINT
from briefings.analysis.quotes.clauses.words import (
    AUX,
    CLAUSE_OPENS,
    CONJUNCTIONS,
    DETERMINERS,
    IRREGULAR,
    OPENERS,
    PREPOSITIONS,
    STOP_NP,
    adverb_opening,
    role_word,
    verb_like,
)
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, is_between
from briefings.analysis.speech.name_shapes import first_name_like, honorific_after, is_title_word
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.subject import subject_before
from briefings.analysis.speech.tokens import is_cap, is_possessive, name_run_start
from briefings.analysis.speech.words import PRONOUNS, ROLE_NOUNS, YEAR_OLD, person_head

_TIME_WORDS: Final = words_set(
    "instead last this next week month year night"
)  # "Trump last week said"


# Intensive pronouns after a subject, no part of it and no subject of their own.
_INTENSIVES: Final = words_set("himself herself")

# Words of a subject besides names: "the former senator", "Democratic presidential candidate …".
_SUBJECT_WORDS: Final = ROLE_NOUNS | words_set("presidential front-runner frontrunner hopeful the")


def sentence_subject(
    toks: list[str], upto: int, loose: bool = False, perfect: bool = False
) -> str | None:
    """ "She was defending …, but admitted “…”", "In an interview, Trump said …", "Ramil Carr, 31,
    a photographer, said …": the pronoun or name that is the subject of the sentence; `loose`
    also before an auxiliary and any word ("McConnell was quick to …", "Trump did post …");
    `perfect` also before an auxiliary and a past participle ("Clinton has taken a swipe at …",
    read before a participle of speech: "…, saying that “…”")."""
    i = 0
    participle = upto > 0 and _participle_opening(toks)
    if upto and (toks[0].lower() in OPENERS or adverb_opening(toks, 0, 1) or participle):
        # an opening phrase up to its comma: "In an interview,", "Recently,", "Horrified at …,"
        i = _opening_end(toks, upto)
        if participle and i < upto and toks[i].lower() in DETERMINERS:
            return None  # "Appearing on CBS, the GOP front-runner said …": a description after
            # a participle's phrase is left to the reporting clause
    while i < upto and toks[i].lower() in CONJUNCTIONS:
        i += 1
        if i < upto and toks[i] == ",":  # "Meanwhile, Clinton endorsed the deal, although she
            i += 1  # made it clear that she has “…”": past the conjunction's comma
    if i < upto and toks[i].lower() in PRONOUNS:
        if toks[i + 1 : i + 2] == ["and"] and i + 2 < upto and toks[i + 2].lower() in _OWNERS:
            return JOINT  # round 50: "He and his partner came because they wanted to show that
        return toks[i].lower()  # “…”": both's, not his alone
    if (
        i + 1 < upto
        and toks[i][:1].isdigit()
        and YEAR_OLD.fullmatch(toks[i])
        and is_cap(toks[i + 1])
    ):
        i += 1  # round 44: "76-year-old Morton Blackwell, …, endorsed Cruz, saying he “…”"
    if "and" in toks[i + 1 : i + 4]:  # "Former prosecutor and New York City Mayor Rudy
        i = _past_roles(toks, i, upto)  # Giuliani trashed Comey …, calling it a “…”"
    end = i
    while end < upto and (is_cap(toks[end]) or toks[end].lower() in _SUBJECT_WORDS):
        if is_possessive(toks[end]):
            if end == i and _owned_name(toks, end + 1, upto):  # "Germany’s Chancellor Angela
                i = end = end + 1  # Merkel heralded the deal as a “…”": the person, not the
                continue  # nation or network before her
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
        held = _role_and_name_after(toks, end, upto)
        if held:  # round 47: a body's role and its holder after the body's name:
            end = head_end = held  # "Department of Veterans Affairs press secretary Gina Maldonado"
    if end + 1 < upto and toks[end] in _INTENSIVES and toks[end + 1] == ",":  # round 49: "But
        end += 1  # Tanner himself, speaking to reporters …, said he was “…”": Tanner
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
            aux = aux or toks[nxt].lower() in AUX
            negated = negated or toks[nxt] == "not"
            nxt += 1
        word = toks[nxt] if nxt < upto else ""
        if word in _SHORT_PHRASE_OPENS and _verb_after_phrase(toks, nxt + 1, upto):
            return " ".join(toks[i:head_end])  # "Sanders during a rally thanked …"
        if (negated or (aux and loose)) and word.isalpha() and word.islower():
            return " ".join(toks[i:head_end])  # "Trump did post …", "McConnell was quick to …"
        if (
            aux and perfect and word in _PAST_PARTICIPLES
        ):  # round 47: "Hillary Clinton has taken a swipe
            return " ".join(toks[i:head_end])  # at …, saying that “…”"
        if group_head(toks, nxt):
            return None  # "Andrean High School fans also chanted": a group, no one named
        if (
            word.islower()
            and word not in PREPOSITIONS
            and (word in CUES or word.endswith(("ed", "s")) or word in AUX or word in IRREGULAR)
        ):
            return " ".join(toks[i:head_end])
    return None


def _role_and_name_after(toks: list[str], at: int, upto: int) -> int | None:
    """Past a lower-case role and a name right after a body's name at `at` ("press secretary Gina
    Maldonado" after "Department of Veterans Affairs"), where they end; None when none follow."""
    end = at
    while (
        end < upto
        and (is_cap(toks[end]) or toks[end].lower() in ROLE_NOUNS)
        and not is_possessive(toks[end])
    ):
        end += 1
    if end == at or not toks[at].islower() or not is_cap(toks[end - 1]):
        return None
    return end


_ROLE_ADJECTIVES: Final = words_set("former longtime retired veteran onetime")

# past participles not ending in "-ed", after an auxiliary: "has taken", "had given", "has spoken"
_PAST_PARTICIPLES: Final = words_set(
    """taken given written spoken done gone seen known shown drawn thrown grown blown broken
    chosen driven ridden risen stolen sworn torn worn fallen beaten forgotten hidden begun
    made said told held brought sought thought felt kept left lost won sent spent built paid"""
)


def _past_roles(toks: list[str], i: int, upto: int) -> int:
    """Past one or two words of a role and "and" at `i` when a capitalised title or name follows:
    the same person described twice before the name ("[Former prosecutor and] New York City
    Mayor Rudy Giuliani", "[Veteran lawmaker and] former Speaker …"); `i` itself when the words
    before "and" hold a name or an article ("Former Gov. Tom Reese and Sen. Dana Lyle", "The
    mayor and Gov. Tom Reese": two people)."""
    at = toks.index("and", i + 1)
    if at + 1 >= upto or not (is_cap(toks[at + 1]) or toks[at + 1] in _ROLE_ADJECTIVES):
        return i
    words = [t.lower() for t in toks[i:at]]
    if not person_head(words[-1]) or any(
        not (w in _ROLE_ADJECTIVES or person_head(w) or (w.isalpha() and toks[i + k].islower()))
        or w in _NO_VERBS  # "the mayor and …", "a lawyer and …"
        for k, w in enumerate(words)
    ):
        return i
    return at + 1


def _participle_opening(toks: list[str]) -> bool:
    """A participle and its preposition opening the sentence, a comma later: "Horrified at the
    prospect of Trump becoming president, Ramos believes …", "Pressed on the costs, the mayor
    …"; not a name ("Reed at the hearing said")."""
    word = toks[0]
    return (
        len(toks) > 2
        and word.endswith(("ed", "ing"))
        and word[1:].islower()
        and toks[1] in PREPOSITIONS
        and "," in toks
        and not first_name_like(word)
    )


def _owned_name(toks: list[str], k: int, upto: int) -> bool:
    """A full name at `k`, a title of up to three words before it or not, after an owner's possessive: "[Chancellor
    Angela Merkel]", "[Dana Pruitt]" after "Germany’s" or "NBC’s"; not "Clinton’s [Iowa] ad"."""
    titles = k
    while k < upto and k < titles + 3 and is_title_word(toks[k]):  # "Prime Minister"
        k += 1
    return (
        k + 1 < upto
        and first_name_like(toks[k])
        and is_cap(toks[k + 1])
        and not is_possessive(toks[k])
        and mask_id(toks[k + 1]) is None
    )


_LATER_CLAUSE: Final = words_set("while whereas but and")


_NO_VERBS: Final = PREPOSITIONS | DETERMINERS | CONJUNCTIONS | STOP_NP


def later_subject(toks: list[str], upto: int) -> str | None:
    """The name that is the subject of a later clause before `upto`, opened by a comma and
    "while", "but" or "and": "Trump won New York[, while Hillary Clinton] dealt a blow …"; or of
    a clause on a noun just before the quotation: "an incident [Trump] brought up as “…”"."""
    reduced = _relative_subject(toks, upto)
    if reduced:
        return reduced
    for i in range(upto - 2, 1, -1):
        if not (
            toks[i - 1].lower() in _LATER_CLAUSE
            and toks[i - 2] == ","
            and (is_cap(toks[i]) or _title_word_before_a_name(toks, i, upto))
        ):
            continue
        end = i
        while (
            end < upto
            and mask_id(toks[end]) is None
            and (is_cap(toks[end]) or _title_word_before_a_name(toks, end, upto))
        ):
            end += 1
        nxt = toks[end] if end < upto else ""
        if (
            not is_possessive(toks[end - 1])
            and nxt.isalpha()
            and nxt.islower()
            and nxt not in _NO_VERBS
            and not group_head(toks, end)
        ):  # a verb: "dealt", "won", "said"
            sp = parse_speaker(" ".join(toks[i:end]))
            if sp and sp.name and not sp.is_org:
                return " ".join(toks[i:end])
        return None
    return None


def _title_word_before_a_name(toks: list[str], k: int, upto: int) -> bool:
    """A lower-case word of a title standing before a capitalised name, no verb: "foreign" and
    "ministry" of ", and foreign ministry spokesperson Mao Ning has" (round 56)."""
    word = toks[k]
    if not (word.isalpha() and word.islower()) or word in _NO_VERBS or verb_like(word):
        return False
    rest = toks[k + 1 : min(upto, k + 4)]
    first_cap = next((n for n, t in enumerate(rest) if is_cap(t)), None)
    return first_cap is not None and role_word(([word, *rest])[first_cap])


def _relative_subject(toks: list[str], upto: int) -> str | None:
    """A name right after a noun, then its verb in the past, a few words before the quotation at
    `upto` with no comma between: "an incident [Trump] brought up as “…”", "the plan [Mr. Cruz]
    described as “…”"."""
    for i in range(upto - 2, max(1, upto - 8), -1):
        if toks[i] in {",", ";", ":"} or mask_id(toks[i]) is not None:
            return None
        noun = toks[i - 1]
        if not (is_cap(toks[i]) and noun.isalpha() and noun.islower()) or noun in _NO_VERBS:
            continue
        if verb_like(noun) or noun in CUES:
            continue
        end = i
        while end < upto and is_cap(toks[end]) and mask_id(toks[end]) is None:
            end += 1
        verb = toks[end] if end < upto else ""
        if not (verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in IRREGULAR)):
            continue
        if is_possessive(toks[end - 1]):
            continue
        sp = parse_speaker(" ".join(toks[i:end]))
        if sp and sp.name and not sp.is_org:
            return " ".join(toks[i:end])
        return None
    return None


def group_head(toks: list[str], at: int) -> bool:
    """A plural noun after the name, then the verb: "[Andrean High School] fans also chanted",
    "[Trump] supporters said"; the name only qualifies the people who speak."""
    upto = len(toks)
    word = toks[at] if at < upto else ""
    if not (word.isalpha() and word.islower() and word.endswith("s") and len(word) > 3):
        return False
    if word in CUES or word in AUX or word.endswith(("ss", "us", "is")):
        return False
    k = at + 1
    while k < upto and is_between(toks[k]):
        k += 1
    return k < upto and verb_like(toks[k]) and not toks[k].endswith("s")


_SHORT_PHRASE_OPENS: Final = words_set("in at during")


def _verb_after_phrase(toks: list[str], start: int, upto: int) -> bool:
    """A past-tense or speech verb closing a short phrase of time or place after the subject:
    "[during a rally] thanked", "[at the time] said", "[in his announcement speech] called"."""
    for j in range(start, min(upto, start + 5)):
        t = toks[j]
        if t in {",", ".", ";", ":"} or mask_id(t) is not None:
            return False
        if j > start and t.islower() and (t in CUES or t in IRREGULAR or t.endswith("ed")):
            return t not in PREPOSITIONS
    return False


_UNMARKED_OPENERS: Final = words_set("when after once as while before since")
_CLAUSE_PRONOUNS: Final = words_set("he she")
_CLAUSE_REACH: Final = 6  # tokens of an opening clause with no comma: "When he returned"


def _unmarked_clause_end(toks: list[str], upto: int) -> int:
    """Where the main clause starts after a short opening clause with no comma ("When he returned
    he began by saying, “…”"): at a "he" or "she" after the opening clause's verb, followed by a
    verb of its own; 0 when there is none, or when that pronoun opens a clause reported by the
    opening one ("When Trump said he would …")."""
    if toks[0].lower() not in _UNMARKED_OPENERS:
        return 0
    for j in range(3, min(upto - 1, _CLAUSE_REACH + 1)):
        if toks[j].lower() not in _CLAUSE_PRONOUNS:
            continue
        before = toks[j - 1]
        if before.lower() in CUES or before.lower() == "that" or not before.isalpha():
            return 0
        return j if verb_like(toks[j + 1]) else 0
    return 0


def _opening_end(toks: list[str], upto: int) -> int:
    """Where the subject starts after an opening phrase: past its first comma, or past a later one
    when a place inside the phrase has commas of its own ("Speaking in Salem, New Hampshire, Trump
    went after Bush"): the comma that a name and then a verb follow."""
    timed = past_a_time_phrase(toks, _UNMARKED_OPENERS)
    if timed and timed < upto:  # round 57: "Last month, when I asked Bernie Sanders …, he …
        return timed + _opening_end(toks[timed:], upto - timed)  # said": past the time and clause
    unmarked = _unmarked_clause_end(toks, upto)
    if unmarked:  # "When he returned he began by saying, “…”": no comma closes the clause
        return unmarked
    commas = [j for j in range(upto) if toks[j] == ","]
    if not commas:
        return 0
    for c in commas[:3]:
        end = c + 1
        while end < upto and is_cap(toks[end]) and not is_possessive(toks[end]):
            end += 1
        if end > c + 1 and end < upto and verb_like(toks[end]):
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
    start = name_run_start(toks, end)
    if start == end:
        return None
    held = name_before_of(toks, start)
    if held is not None:  # "Ernie Tedeschi of Yale, who called …": the person, not his place
        return held
    described = name_before_a_bodys_appositive(toks, start)
    if described is not None:  # "Anne Kowalski, a physicist with the Nuclear Safety Project, who"
        return described
    speaker = parse_speaker(" ".join(toks[start:end]))
    return " ".join(toks[start:end]) if speaker and speaker.name and not speaker.is_org else None


def name_before_a_bodys_appositive(toks: list[str], start: int) -> str | None:
    """The person's name before an appositive closing on the body at `start` ("[Anne Kowalski],
    a physicist with the Nuclear Safety Project, who said …"): a "who" after a body's name
    stands for the person the appositive describes (round 50)."""
    if start < 1 or toks[start - 1] not in {"the", "with", "for", "at"}:
        return None
    commas = [j for j in range(max(0, start - 10), start) if toks[j] == ","]
    if not commas or commas[-1] < 2 or toks[commas[-1] + 1] not in {"a", "an", "the"}:
        return None
    end = commas[-1]
    first = name_run_start(toks, end)
    if first == end:
        return None
    speaker = parse_speaker(" ".join(toks[first:end]))
    if speaker is None or not speaker.name or speaker.is_org or " " not in speaker.name:
        return None
    return " ".join(toks[first:end])


def name_before_of(toks: list[str], start: int) -> str | None:
    """The person's name before "of" (or "from", "at") and the place or body opening at `start`:
    "[Ernie Tedeschi] of Yale", "[Sen. Joe Manchin] of West Virginia"; None when no person's."""
    if start < 2 or toks[start - 1] not in {"of", "from", "at"} or not is_cap(toks[start - 2]):
        return None
    first = name_run_start(toks, start - 2)
    phrase = " ".join(toks[first : start - 1])
    speaker = parse_speaker(phrase)
    if speaker is None or not speaker.name or speaker.is_org or " " not in speaker.name:
        return None
    return phrase


_OWNERS: Final = words_set("his her their my our")


def cue_subject(toks: list[str], i: int) -> str | None:
    """The subject of the speech verb at `i`; after a run of appositives, the name opening the
    sentence ("Alixandria Lapp, director of the PAC, a Democratic group, said")."""
    j = i - 1
    while j >= 0 and (
        is_between(toks[j]) or _of_last_period(toks, j, i) or honorific_after(toks[: j + 1])
    ):  # round 59: "Deshmane ji said": the name before the honorific
        j -= 1
    dashed = dash_aside_subject(toks, i)
    if dashed is not None:  # "Ald. Marisol Ortega — who chairs the committee — said"
        return dashed
    if j >= 0 and toks[j] == ",":
        opening = sentence_subject(toks, i + 1)
        start = contrast_clause_start(toks, i, opening) if opening else 0
        if start:  # round 57: "…, while Russia's ambassador to the UN, Vasily Nebenzia, said"
            opening = sentence_subject(toks[start:], i - start + 1)
        if opening and opening.lower() not in PRONOUNS:
            return apposed_member(toks[start:], i - start, opening) or opening
        described = subject_past_a_who_clause(toks, i)
        if described is not None:  # round 57: "The influential delegate, who backs Cruz, warned
            return described  # of a “…” battle": the delegate's
    subj = subject_before(toks, i if j + 1 == i or is_between(toks[j + 1]) else j + 1)
    if subj is None and j >= 0 and toks[j] == "to":
        return _subject_of_infinitive(toks, j)
    if subj is None:  # round 58: "The Republican presidential nominee for the Nov. 8 election
        # later said": the description before the phrase
        return description_past_a_phrase(toks, i) or _name_before_phrase(toks, i)
    return subj[0]


_LAST_PERIODS: Final = words_set("night week month year weekend")


def _of_last_period(toks: list[str], j: int, cue: int) -> bool:
    """`toks[j]` is a word of "last night" or "last week" right before the verb at `cue` (round
    58: "The prime minister, Richard Ashdown, last night said …")."""
    if toks[j] == "last":
        return j + 2 == cue and toks[j + 1] in _LAST_PERIODS
    return j + 1 == cue and j > 0 and toks[j] in _LAST_PERIODS and toks[j - 1] == "last"


_CLAUSE_SUBORDINATORS: Final = CLAUSE_OPENS | words_set("because since once until before")


def _name_before_phrase(toks: list[str], cue: int) -> str | None:
    """The name opening a clause in mid-sentence before a short phrase of time or place and the
    speech verb at `cue`: "… was complete when Trump [in his announcement speech] called them",
    "… such a presence that Sanders [during a rally] thanked its members"; the name must follow
    a word opening the clause."""
    for p in range(cue - 2, max(0, cue - 6), -1):
        if toks[p] in _SHORT_PHRASE_OPENS:
            break
    else:
        return None
    if not _verb_after_phrase(toks, p + 1, cue + 1) or any(
        is_cap(t) or not t.isalpha() for t in toks[p + 1 : cue]
    ):
        return None  # "in his announcement speech", no name or mark inside the phrase
    start = name_run_start(toks, p)
    if start == p or start == 0 or toks[start - 1].lower() not in _CLAUSE_SUBORDINATORS:
        return None
    phrase = " ".join(toks[start:p])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None


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
        j < 0 or toks[j] == "," or toks[j].lower() in CLAUSE_OPENS or role_word(toks[j])
    ):  # "The Slate columnist David Auerbach went so far as to say"
        return None
    return " ".join(toks[j + 1 : end])

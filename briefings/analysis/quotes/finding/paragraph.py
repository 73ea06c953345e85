"""The quotations of one paragraph, each with the speaker phrase its sentence gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefings.analysis.common.given_names.gender import HONORIFICS, KIN, RELATIVES, WOMAN_JOBS
from briefings.analysis.common.names import words_set
from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.quotes.clauses.chants import chanted_by_a_crowd
from briefings.analysis.quotes.clauses.frames.after import final_frame, own_frames
from briefings.analysis.quotes.clauses.frames.asides.inserted import (
    inserted_sayer,
    inserted_sayer_after,
)
from briefings.analysis.quotes.clauses.frames.before import pre_frame
from briefings.analysis.quotes.clauses.frames.credited.according import unnamed_tellers_after
from briefings.analysis.quotes.clauses.frames.credited.called_by import (
    called_by,
    called_passively,
)
from briefings.analysis.quotes.clauses.frames.credited.callers import caller_of
from briefings.analysis.quotes.clauses.frames.credited.documents.authors import from_before_colon
from briefings.analysis.quotes.clauses.frames.credited.documents.relatives import (
    in_a_documents_relative,
    in_a_named_things_relative,
)
from briefings.analysis.quotes.clauses.frames.credited.owners import spoken_owner, words_owner
from briefings.analysis.quotes.clauses.frames.credited.put_it import as_put_it
from briefings.analysis.quotes.clauses.frames.credited.quote_from import credited_after
from briefings.analysis.quotes.clauses.frames.credited.quoted_as import quoted_as
from briefings.analysis.quotes.clauses.frames.credited.remarks import (
    remark_before_that,
    remark_owner,
)
from briefings.analysis.quotes.clauses.frames.credited.reported import outlet_relays
from briefings.analysis.quotes.clauses.frames.credited.words_of import in_the_words_of
from briefings.analysis.quotes.clauses.frames.inverted import inverted_speaker
from briefings.analysis.quotes.clauses.frames.nested import nested_report
from briefings.analysis.quotes.clauses.frames.next_quote import frames_the_next
from briefings.analysis.quotes.clauses.frames.paired import listed_with
from briefings.analysis.quotes.clauses.frames.past_titles import frame_past_titles
from briefings.analysis.quotes.clauses.mentioned import talked_about
from briefings.analysis.quotes.clauses.sayers.clausal.fronted import fronted_clause_subject
from briefings.analysis.quotes.clauses.sayers.clausal.fronted_own import fronted_clause_own_subject
from briefings.analysis.quotes.clauses.sayers.clausal.perceived import perceived_actor
from briefings.analysis.quotes.clauses.sayers.clausal.prompted import prompted_sayer
from briefings.analysis.quotes.clauses.sayers.main_subject.opened import opened_subject
from briefings.analysis.quotes.clauses.sayers.subjects import (
    later_subject,
    relative_antecedent,
    sentence_subject,
)
from briefings.analysis.quotes.finding.asides import without_dashed_asides
from briefings.analysis.quotes.finding.marks import Span, find_spans, has_masks, mask, mask_id
from briefings.analysis.quotes.finding.nicknames import without_nicknames
from briefings.analysis.quotes.finding.sentences import masked_sentences, quote_kind
from briefings.analysis.quotes.finding.show_titles import without_show_titles
from briefings.analysis.quotes.resolution.mentions import apposed_subject, subject_mentions
from briefings.analysis.quotes.resolution.pronouns.either.pairs import pair_gender
from briefings.analysis.quotes.resolution.resolve import DESCRIBED, UNNAMED, described_person
from briefings.analysis.results import QuoteKind
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.speaker import Speaker, parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive, tokens
from briefings.analysis.speech.words import PRONOUNS, ROLE_NOUNS

Order = tuple[int, int, int]  # paragraph, sentence, token: reading order inside the article


# where, paragraph offset, name, gender by title, how: "opening", "clause" or "cue" subject
Mentioned = tuple[Order, int, str, str | None, str]


# a transcript's line or an excerpt's caption: "RAMOS: Secretary Clinton, …", "Chris Matthews: …",
# "VIDEO: …"; who speaks is in the label, not the person named last before it
LABELLED: Final = re.compile(r"[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2}:\s")


_PARENTHETICAL: Final = re.compile(r"\s*\([^()\ue000-\ue1ff]{1,40}\)")


_TRIPLE_CLOSE: Final = re.compile(r"(?<=\S)'{3}(?=[\s,.;:!?)]|$)")


LABEL: Final = "label"  # the `via` of a quotation read as a label, a chant or words judged
_ADDRESS: Final = re.compile(r"(?:https?://|www\.)\S+[.,]?$|@\w+[.,]?$")


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Found:
    """A quotation of the article and what its sentence says of its speaker."""

    span: Span
    para: int
    pos: int  # global position in the article
    order: Order
    speaker: Speaker | None
    kind: QuoteKind
    attributed: bool
    via: str = "clause"  # where the speaker phrase was read: the quote's own sentence or
    # the paragraph before ("clause", "clause before"), or the subject of its sentence ("subject")
    teller: str | None = None  # who reports the speaker saying it: "Ruane said Marsh had told
    # him “…”" is Marsh's, told by Ruane

    def __init__(
        self,
        span: Span,
        para: int,
        pos: int,
        order: Order,
        speaker: Speaker | None,
        kind: QuoteKind,
        attributed: bool,
        via: str = "clause",
        teller: str | None = None,
    ) -> None:
        self.span = span
        self.para = para
        self.pos = pos
        self.order = order
        self.speaker = speaker
        self.kind = kind
        self.attributed = attributed
        self.via = via
        self.teller = teller


def paragraph_quotes(
    par: str, pi: int, offset: int, prev_par: str | None, spans: list[Span]
) -> tuple[list[Found], list[Mentioned]]:
    """The quotations of one paragraph (`spans`, as `quote_spans` finds them), and the people it
    names as subjects."""
    par = _marked(par)
    masked, _ = mask(par, spans)
    masked = without_nicknames(masked, spans)  # round 57: "Juan “Chico” Manriquez carried …"
    masked = without_show_titles(masked, spans)  # round 60: "ABC’s “This Week,” called Tillman"
    if "(" in masked:
        masked = _PARENTHETICAL.sub("", masked)  # "Sen. Chris Murphy (D-Conn.) said"
    if " - " in masked or "—" in masked or "–" in masked:
        masked = without_dashed_asides(masked)  # round 55: "… - with sleeves rolled - Mr. Biden"
    found: list[Found] = []
    mentions: list[Mentioned] = []
    in_order = masked_sentences(masked)
    for si, (_, sentence) in enumerate(in_order):
        toks, own = own_frames(sentence)
        if len(own) and sentence.count("\ue000") > 1:  # "“Why now?” Mills then writes back, “…”"
            own = {k: p for k, p in own.items() if not _frames_the_next(toks, k, spans)}
        mentions.extend(
            ((pi, si, i), offset, name, _titled_gender(toks, i, name), how)
            for i, name, how in subject_mentions(toks)
        )
        if not has_masks(sentence):
            continue  # no quotation in this sentence
        final = final_frame(toks)
        for idx, t in enumerate(toks):
            k = mask_id(t)
            if k is None:
                continue
            span = spans[k]
            if _ADDRESS.match(span.text):
                continue  # a web address or a handle in quotes: “http://nyti.ms/1RHiWiu”, “@cspan”
            phrase = own.get(k) or pre_frame(toks, idx, own)
            via = "clause"
            claimed = remark_before_that(toks, idx) if k not in own else None
            if claimed is not None:  # "… say they were hurt by Whitcomb’s conclusion that her
                phrase, via = claimed, "remark"  # actions were “…”": Whitcomb's words
            sender = from_before_colon(toks, idx) if k not in own and "from" in toks else None
            if sender is not None:  # round 59: "The campaign answered with a statement from
                phrase, via = sender, "clause"  # spokesman Brian Feeney: “…”": his, not its
            agent = called_by(toks, idx) if k not in own and "by" in toks else None
            if agent is not None:  # "… has been called “strategic fog” by Dana Whitcomb": hers
                phrase = agent
            said_of = agent is None and k not in own and called_passively(toks, idx)
            if said_of:  # round 58: "After Mayor Ann Ruiz was called “a disgrace,” …": words
                phrase = ""  # said of her, by no one named
            if k in own and _introduced(toks, idx):  # "Trump claimed that “…,” one aide said …"
                phrase = pre_frame(toks, idx, {}) or phrase
            elif k in own and unnamed_tellers_after(toks, idx):  # "Brennan told members that
                phrase = pre_frame(toks, idx, {}) or phrase  # …,” according to two people"
            if (
                phrase is not None
                and k not in own
                and final
                and final[1] > idx
                and _in_a_relative(toks, idx)
            ):  # "Nothing the president said “…,” the Florida senator said": the clause after
                phrase = final[0]  # the quotation names the speaker
            if phrase is None:  # "“reckless” and “cruel,” Dean said": the list's speaker
                phrase = listed_with(toks, idx, own)
            if phrase is None and final and final[1] > idx:
                phrase = final[0]
            if phrase is None:  # "Said Pike, “…”", "DeLuca’s remark that “…”"
                phrase, via = _inverted_or_remark(toks, idx)
            if phrase is None and si + 1 < len(in_order) and _alone(toks):
                phrase = credited_after(in_order[si + 1][1])  # round 54: "“…” That quote from
                # Alabama Securities Commissioner Thomas Krebs appeared …": his
            if (
                phrase is None
                and idx <= 1
                and prev_par
                and prev_par.rstrip().endswith(":")
                and not _quoting(prev_par)  # "“… Here they are:" / "“…”": the quotation goes on
            ):
                # its last sentence: "The Western States Petroleum Association pushed back. Its
                # president, Catherine Reheis-Boyd, posted a statement:" is hers, not the body's
                sentences = split_sentences(prev_par) or (prev_par,)
                ptoks = tokens(sentences[-1])
                # "Schumer’s own words are worth quoting at length:", "His statement read:"
                phrase = words_owner(ptoks) or pre_frame(ptoks, len(ptoks), {})
                via = "clause before"
                if len(sentences) > 1 and not _a_persons(phrase):  # "Thompson told staff in a
                    whole = tokens(prev_par)  # memo …. The memo continued:": the writer's
                    phrase = pre_frame(whole, len(whole), {}) or phrase
                if phrase is None and _names_no_one(ptoks):
                    phrase = ""  # "Read the latest updates below:" / "“…”": no one says it
            speaker = parse_speaker(phrase) if phrase else None
            if speaker is None and "to" in toks:
                moved = prompted_sayer(toks, idx)
                if moved is not None:  # round 55: "…, leading advisers like Gene Sperling to
                    phrase, speaker = moved, parse_speaker(moved)  # counter that “…”": his
            if (
                (speaker is None or not (speaker.name or speaker.pronoun or speaker.role))
                and not said_of
                and not CUES.isdisjoint(toks)
            ):  # "Trump has hailed the vote as “fantastic,” telling reporters …"; but "…,” said
                # one former executive" names no one and stays so
                subject = sentence_subject(toks, idx)
                later = later_subject(toks, idx) if subject else None
                if later and later != subject:  # round 56: "Xi Jinping told Joe Biden that
                    subject = later  # “…”, and Mao Ning has dismissed the Quad as “…”": hers
                if subject:
                    phrase, speaker, via = subject, parse_speaker(subject), "subject"
            if phrase is None and _after_colon(toks, idx):  # "Sanders delivered a retort: “…”"
                apposed = apposed_subject(toks[:idx])  # "His neighbour, Sarah Quinn, disagreed:"
                subject = (
                    sentence_subject(toks, idx)
                    or (apposed[1] if apposed else None)
                    or _heading_name(toks, idx)
                )
                if subject:
                    phrase, speaker, via = subject, parse_speaker(subject), "subject"
                else:  # "Thorne’s opinion was brief by comparison: “…”": hers, not the last
                    owner = spoken_owner([t for t in toks[:idx] if t != "\ue000"])  # speaker's
                    if owner is not None:  # ("Delacroix’s statement was shorter:": no one's)
                        phrase, speaker, via = owner, parse_speaker(owner), "subject"
            kind = quote_kind(span, toks, idx)
            if in_a_documents_relative(toks, idx):  # round 50: "the memo, which told plants to
                phrase, speaker = "", None  # “…”": the memo's words, no speaker's
            if k in own and outlet_relays(toks, idx) and pre_frame(toks, idx, {}) is None:
                phrase, speaker = "", None  # round 57: "The two leaders discussed ways to deepen
                # their “…”, state news agency Wam reported": no one's, not the agency's
            labelled = False
            if via == "inverted" and span.text[:1].isupper():
                kind = "full"  # "Said Pike, “We expect …”": a sentence of its own
            if kind == "partial" and _names_a_work(span.text, toks, idx):
                continue  # "Clinton said on ABC’s “This Week”": the name of a show, no quote
            if kind == "partial" and (
                _names_a_label(toks, idx) or _a_headline(toks, idx, span.text)
            ):
                phrase, speaker = "", None  # "the “king of debt” moniker": a label, no one's
                # words here
                labelled = True
            if phrase is None and talked_about(toks, idx):
                phrase, speaker = "", None  # "“I am committed” sounds great": words judged
                labelled = True
            if k not in own and chanted_by_a_crowd(toks, idx):
                phrase, speaker = "", None  # "protesters had gathered, chanting “…”": the crowd's
                labelled = True
            if phrase is None and kind == "partial":
                # "Rubio bemoaned a climate where people “…”", "Graham dismissed the report as
                # “absurd”", "Cruz named “Veep”": the subject acting in the sentence speaks; a
                # word in quotes with no such subject stays a scare quote
                subject = (
                    sentence_subject(toks, idx)
                    or relative_antecedent(toks, idx, within=3)
                    or (  # "A few weeks later, …, Mr. Obama expressed"; not a title's
                        None if is_title(span.text) else opened_subject(toks, idx)
                    )
                    or fronted_clause_subject(toks, idx)  # round 55: "But while denouncing the
                    # “perversion” of …, she hasn't outlined …": hers
                    or fronted_clause_own_subject(toks, idx)  # round 57: "While Mr. Ryan laid
                    # out a vision for “…,” Ben Carson …": Ryan's
                )
                later = later_subject(toks, idx)
                if subject and later and later != subject:
                    subject = later  # "Trump won New York, while Clinton dealt … that led her
                    # to declare that the nomination was “in sight”": Clinton's words
                if subject and in_a_named_things_relative(toks, idx):
                    subject = None  # round 53: "He was profiled in the Daily Beast, which ran …
                    # naming him the “…”": the paper's words, not his
                if subject and (watched := perceived_actor(toks, idx)):
                    subject = watched  # "she watches Mr. Sanders thrill audiences by urging
                    # them to seek “…”": Sanders' words, not hers
                if subject:
                    phrase, speaker, via = subject, parse_speaker(subject), "subject"
            words_of = (
                in_the_words_of(toks, idx) if phrase is not None and "words" in toks else None
            )
            if words_of is not None:  # "He was, in the words of one aide, “…”": the aide's, not
                phrase, speaker, via = words_of, parse_speaker(words_of), "clause"  # his
            quoted = quoted_as(toks, idx) if phrase is not None and "as" in toks else None
            if quoted is not None:  # "Trump quoted Pence as telling him, “…”": Pence's
                phrase, speaker, via = quoted, parse_speaker(quoted), "clause"
            put_it = as_put_it(toks, idx) if "it" in toks else None
            if put_it is not None:  # "…, as an American diplomat put it, an “…”": the diplomat's
                phrase, speaker, via = put_it, parse_speaker(put_it), "clause"
            if speaker is None and (", says " in sentence or ", said " in sentence):
                inserted = inserted_sayer(toks, idx) or inserted_sayer_after(toks, idx)
                if inserted is not None:  # "The paradox of Nancy, says Carl Anthony, …, is that
                    phrase, speaker, via = inserted, parse_speaker(inserted), "clause"  # she was
            caller = caller_of(toks, idx) if phrase is not None and "call" in sentence else None
            if caller is not None:  # "a colleague who called border agents “…”": the caller's
                phrase, speaker, via = caller, parse_speaker(caller), "clause"
            if speaker is None and not labelled and sentence.count("\ue000") > 1:
                titled = frame_past_titles(sentence, k, spans, is_title)
                if titled is not None:  # "“…,” Carl Brandt, wearing a “Kasich 2016” button, said"
                    phrase, speaker, via = titled, parse_speaker(titled), "clause"
            if labelled:  # round 54: a label, no one's words, that a bare quotation after it
                via = LABEL  # does not go on from: "… she said, showing off the “Make America
                # Great Again” hat …. “I’ve been a supporter …”" stays hers
            teller = None
            nested = nested_report(toks, idx) if speaker is not None and via == "clause" else None
            if nested is not None:  # "Ruane said Marsh had told him “…”": Marsh's, told by Ruane
                phrase, teller = nested
                speaker = parse_speaker(phrase)
            found.append(
                Found(
                    span,
                    pi,
                    offset + span.start,
                    (pi, si, idx),
                    speaker,
                    kind,
                    phrase is not None,
                    via,
                    teller,
                )
            )
    return found, mentions


def _alone(toks: list[str]) -> bool:
    """The sentence is one quotation and its closing marks, nothing else."""
    return sum(mask_id(t) is not None for t in toks) == 1 and all(
        mask_id(t) is not None or not t[:1].isalnum() for t in toks
    )


def _frames_the_next(toks: list[str], k: int, spans: list[Span]) -> bool:
    """The clause after quotation `k` leads into the next one (`next_quote.frames_the_next`)."""
    at = next((i for i, t in enumerate(toks) if mask_id(t) == k), None)
    return at is not None and frames_the_next(toks, at, spans[k].text)


def _inverted_or_remark(toks: list[str], idx: int) -> tuple[str | None, str]:
    """The speaker a clause of round 32 gives the quotation at `idx`, and how it was read."""
    inverted = inverted_speaker(toks, idx)
    if inverted:
        return inverted, "inverted"
    owner = remark_owner(toks, idx)
    return (owner, "remark") if owner else (None, "clause")


def quote_spans(par: str) -> list[Span]:
    """The quotations of a paragraph as `paragraph_quotes` reads them."""
    return find_spans(_marked(par))


def _marked(par: str) -> str:
    """The paragraph with two apostrophes for a double mark (NYT archive style); three close a
    single and a double quotation at once: "… on 'Fox and Friends,''' said Tommy Vietor"."""
    if "''" not in par:
        return par
    if "'''" in par:  # (the search tries every place of the paragraph: only where it may match)
        par = _TRIPLE_CLOSE.sub("' \"", par)
    return par.replace("''", ' "')


def _titled_gender(toks: list[str], at: int, name: str) -> str | None:
    """The gender a title gives the name mentioned at `at`: "Mrs. Clinton" is a woman. `at` is
    where the subject phrase starts ("Mrs. Clinton, with her service, …" opening a sentence),
    or a speech verb after the name ("Mrs. Clinton told …"); None for someone unnamed."""
    if name == UNNAMED:  # "The two women have known each other": of that gender
        return pair_gender(toks, at) or _kin_gender(toks, at)
    if not name or name.startswith(DESCRIBED):  # "the mayor": someone not named here
        return None
    if at > 1 and toks[at - 1] == "," and toks[at - 2] in KIN:  # "Trump's wife, Melania,"
        return KIN[toks[at - 2]]
    if at > 1 and toks[at - 1] == "," and toks[at - 2] in RELATIVES:  # round 46: "Her
        return RELATIVES[toks[at - 2]]  # granddaughter, Jess,": a woman, whatever her name
    first = name.split()[0]
    ahead = at
    while ahead < len(toks) and ahead - at < 4 and is_cap(toks[ahead]) and toks[ahead] != first:
        ahead += 1  # past the titles of the phrase
    if ahead < len(toks) and toks[ahead] == first and ahead > at:
        return _gendered_word(toks[ahead - 1])
    for i in range(at, max(0, at - 8) - 1, -1):
        if i < len(toks) and toks[i] == first:
            return _gendered_word(toks[i - 1]) if i else None
    return None


def _gendered_word(word: str) -> str | None:
    """The gender a title or a "-woman" job right before a given name gives: "Mrs.", "Sen."
    none, "chairwoman Marian Olsen" a woman (round 60), whatever the given name says."""
    low = word.lower()
    return HONORIFICS.get(low) or ("f" if low in WOMAN_JOBS else None)


_OWNERS: Final = frozenset({"his", "her", "His", "Her"})


def _kin_gender(toks: list[str], at: int) -> str | None:
    """The gender of a relative opening the sentence at `at` as its subject, owned by a pronoun
    or a name: "His son went further.", "Trump’s wife was unmoved." (a late husband's or a
    younger son's adjective allowed); None when no kin noun follows the owner."""
    while at < len(toks) - 1 and is_cap(toks[at]) and not is_possessive(toks[at]):
        at += 1  # "Donald Trump’s": to the owner's possessive
    if at >= len(toks) or not (toks[at] in _OWNERS or is_possessive(toks[at])):
        return None
    for k in range(at + 1, min(len(toks), at + 3)):
        if toks[k] in KIN:
            return KIN[toks[k]]
        if not toks[k].islower():
            return None
    return None


def _a_persons(phrase: str | None) -> bool:
    """A speaker phrase naming or describing a person: "Catherine Reheis-Boyd", "he", "the
    senator"; not "The memo", "the association" or nothing."""
    speaker = parse_speaker(phrase) if phrase else None
    return speaker is not None and (
        bool(speaker.name and not speaker.is_org)
        or bool(speaker.pronoun)
        or described_person(speaker)
    )


def _quoting(par: str) -> bool:
    """The paragraph is itself a quotation: it opens with a quotation mark."""
    return par.lstrip()[:1] in {"“", '"'} or par.lstrip().startswith("''")


def _names_no_one(toks: list[str]) -> bool:
    """The last sentence of a paragraph introducing a quotation names no one, not even by a
    pronoun: "Wait, it gets better:", "Read the latest updates below:"; but "He then listed the
    qualities needed:" names a man (a sentence's first word is capitalised whatever it is)."""
    start = max((i + 1 for i, t in enumerate(toks[:-1]) if t in {".", "!", "?"}), default=0)
    if start < len(toks) and toks[start].lower() in PRONOUNS:
        return False
    words = toks[start + 1 :]
    return bool(words) and not any(
        is_cap(t) or t.lower() in PRONOUNS or mask_id(t) is not None or t in {"“", '"'}
        for t in words
    )


def _after_colon(toks: list[str], idx: int) -> bool:
    before = [t for t in toks[:idx] if t != "\ue000"]
    return bool(before) and before[-1] == ":"


_HEADING_OPENS: Final = frozenset({"-", "–", "—", "from", "and", "Here’s", "Here's"})


def _heading_name(toks: list[str], idx: int) -> str | None:
    """A name alone before the colon, after a dash, "from" or nothing: "TIME - Jeffrey M. Jones:
    “…”", "More from Jones: “…”"."""
    colon = max(j for j in range(idx) if toks[j] == ":")
    start = colon
    while start > 0 and is_cap(toks[start - 1]) and colon - start < 4:
        start -= 1
    if start == colon or (start > 0 and toks[start - 1] not in _HEADING_OPENS):
        return _here_at_a_time(toks, colon)
    speaker = parse_speaker(" ".join(toks[start:colon]))
    return " ".join(toks[start:colon]) if speaker and speaker.name else None


_WHEN_OPENS: Final = frozenset({"in", "on", "at", "during", "last", "this", "back"})


def _here_at_a_time(toks: list[str], colon: int) -> str | None:
    """The name after "Here’s" when a phrase of time or place stands between it and the colon:
    "Here’s Clinton in December 1992: “…”", "Here’s Sanders on Tuesday: “…”"."""
    if toks[0] not in _HEADING_OPENS or toks[0].lower() not in {"here’s", "here's"}:
        return None
    end = 1
    while end < colon and is_cap(toks[end]) and mask_id(toks[end]) is None:
        end += 1
    rest = toks[end:colon]
    if end == 1 or not rest or rest[0] not in _WHEN_OPENS or len(rest) > 6:
        return None
    if any(t in CUES or mask_id(t) is not None for t in rest):
        return None
    speaker = parse_speaker(" ".join(toks[1:end]))
    return " ".join(toks[1:end]) if speaker and speaker.name and not speaker.is_org else None


def _introduced(toks: list[str], idx: int) -> bool:
    """The quotation follows its own speech verb: "claimed that “…”", "said, “…”"; or it lies,
    with no comma between, in what a speech verb before it reports: "told her to “…”", "replied
    that the governor had “…”" (the words of that verb's subject, not of the clause after)."""
    before = [t for t in toks[max(0, idx - 3) : idx] if t not in {",", ":", "\ue000", "\ue001"}]
    if before and _in_a_relative(toks, idx):
        return False  # "Nothing the president said “…,” the Florida senator said": what he
        # said is the subject the quotation describes; its speaker is in the clause after it
    if before and (before[-1].lower() == "that" or before[-1].lower() in CUES):
        return True
    start = idx - 2 if toks[idx - 1 : idx] == ["\ue000"] else idx - 1  # the mark that opens it
    for j in range(start, max(0, idx - 12), -1):
        if toks[j] in _CLAUSE_BREAKS or mask_id(toks[j]) is not None:
            return False
        if (toks[j - 1] in CUES and toks[j] == "that") or (
            toks[j - 1] in _TELLING and toks[j] in _OBJECTS
        ):
            return True
    return False


# words that a relative clause with no "that" follows: "Nothing [the president said]",
# "Everything [Trump has said]", "what [she wrote]"
_HEADS_OF_A_RELATIVE: Final = words_set(
    "nothing everything anything something little much what whatever"
)


def _in_a_relative(toks: list[str], idx: int) -> bool:
    """The speech verb just before the quotation at `idx` is in a relative clause with no "that"
    opening its sentence or clause: "[Nothing] the president said “…”", "[Everything] Mr. Trump
    has said “…”": a few words of a subject, perhaps an auxiliary, between the head and the verb."""
    cue = idx - 1
    while cue > 0 and toks[cue] in {",", ":", "\ue000", "\ue001"}:
        cue -= 1
    if toks[cue].lower() not in CUES:
        return False
    for j in range(cue - 1, max(-1, cue - 6), -1):
        low = toks[j].lower()
        if low in _HEADS_OF_A_RELATIVE:
            return j < cue - 1 and (j == 0 or toks[j - 1] in _CLAUSE_BREAKS)
        if not (is_cap(toks[j]) or low in _IN_A_SUBJECT or low in ROLE_NOUNS):
            return False
    return False


_IN_A_SUBJECT: Final = words_set("the a his her their has have had")


_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", ".", "\ue000", "\ue001", "(", ")"})
_OBJECTS: Final = words_set("her him them me us")  # "told her to", "urged them to"
# verbs whose object is told words ("told her to"), not named by them ("calling her “…”")
_TELLING: Final = words_set("told urged asked warned ordered instructed advised reminded assured")


_TITLE_WORD: Final = re.compile(r"[\w’'\-]+")


_MINOR_WORDS: Final = words_set("a an the of and or to in on at for with by from as is")


def is_title(text: str) -> bool:
    """ "Saturday Night Live", "Meet the Press": every word capitalised but the small ones (read
    word by word: a quotation's words stop being read at its first that is neither)."""
    words = 0
    for found in _TITLE_WORD.finditer(text):
        word = found.group()
        if not (word[0].isupper() or word in _MINOR_WORDS):
            return False
        words += 1
    return words > 0


_WORKS: Final = words_set(
    """show program programme film movie book series ad spot song album novel memoir play
    documentary episode podcast sequel prequel franchise concert concerts"""
)
_WORK_BEFORE: Final = _WORKS | words_set("on in of titled entitled dubbed")


_LABELS: Final = words_set(
    """moniker nickname label slogan chant chants tag tagline catchphrase mantra epithet hat hats
    cap caps shirt shirts t-shirt t-shirts banner banners sticker stickers"""
)


def _names_a_label(toks: list[str], idx: int) -> bool:
    """A quotation the next word makes a label: "the “king of debt” moniker", "“BERNIE!” chants"
    (the comma there is the one masking writes for the "!" inside, not the writer's; not when a
    name follows, as in "“…,” chants Smith")."""
    rest = [t for t in toks[idx + 1 :] if t not in {"\ue000", "\ue001"} and mask_id(t) is None]
    if rest[:1] == [","] and len(rest) > 1 and rest[1].lower() in _LABELS:
        return not (len(rest) > 2 and rest[2][:1].isupper())
    return (rest[0] if rest else "").lower() in _LABELS


_HEADLINED: Final = words_set("headline headlines headlined")
_HEADLINE_NOUNS: Final = words_set("headline headlines")


def _a_headline(toks: list[str], idx: int, text: str = "") -> bool:
    """A quotation a few words after "headlines": "stories with headlines such as “…” and “…”":
    a title, not speech. Not one opening in lower case right after the noun: "a judge who worries
    about headlines “has stopped doing the job”" goes on with the sentence (round 54)."""
    near = toks[max(0, idx - 8) : idx]
    if _HEADLINED.isdisjoint(t.lower() for t in near):
        return False
    near = [t for t in near if t not in {"\ue000", "\ue001"}]
    words = [t for t in near if mask_id(t) is None and t not in {",", "and", "or"}][-3:]
    if text[:1].islower() and near and near[-1].lower() in _HEADLINE_NOUNS:
        return False
    return any(t.lower() in _HEADLINED for t in words) or _headline_calling(near)


_CALLING: Final = words_set("calling describing declaring dubbing labeling labelling")


def _headline_calling(near: list[str]) -> bool:
    """Round 59: "a Washington Post headline calling his campaign “in freefall”": the headline's
    words, with no clause end between the noun, its participle and the quotation."""
    for h in range(len(near) - 1):
        if near[h].lower() in _HEADLINE_NOUNS and near[h + 1].lower() in _CALLING:
            return not any(t in {".", ";", ":", ","} for t in near[h + 1 :])
    return False


def _names_a_work(text: str, toks: list[str], idx: int) -> bool:
    """A title of six words or fewer after "on", "in", "of", "titled", a possessive or a work
    ("show", "book"), or set beside a work after a comma: "on ABC’s “This Week”", "the film “The
    Revenant”", "the spot titled “Dangerous”", "her book, “Hard Choices,”"."""
    before = [t for t in toks[max(0, idx - 3) : idx] if t != "\ue000"]
    if len(text.split()) > 6 or not is_title(text) or not before:
        return False
    if before[-1] == "," and len(before) > 1 and before[-2].lower() in _WORKS:
        return True
    after = next(
        (
            t
            for t in toks[idx + 1 : idx + 3]
            if t not in {"\ue000", "\ue001"} and mask_id(t) is None
        ),
        "",
    )
    if after in _WORKS:  # round 44x: "appeared on the “Ruthless” podcast", "the “Today” show"
        return True
    # a possessive, with a bare apostrophe too: "on Fox News’ “Hannity”"
    return before[-1].lower() in _WORK_BEFORE or is_possessive(before[-1])

"""Speakers for the quotes of one article: clauses resolved to names, bare quotes inheriting."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Final

from briefings.analysis.common.given_names.gender import KIN
from briefings.analysis.quotes.clauses.frames.before import ASKER
from briefings.analysis.quotes.confidence.antecedent import last_named_as
from briefings.analysis.quotes.confidence.context import (
    ArticleFacts,
    context_of,
    last_word,
    margin_of,
)
from briefings.analysis.quotes.confidence.model import Context, confidence_of, continued
from briefings.analysis.quotes.finding.paragraph import LABEL, LABELLED, Found, Mentioned, is_title
from briefings.analysis.quotes.finding.sentences import SENTENCES_INSIDE
from briefings.analysis.quotes.resolution.bare.documents_words import a_documents_sentence
from briefings.analysis.quotes.resolution.bare.no_one import (
    a_body_reports,
    another_named_after,
    another_named_before,
    continues_no_ones,
)
from briefings.analysis.quotes.resolution.bare.short_after import said_then_short
from briefings.analysis.quotes.resolution.bare.turn_taken import another_takes_the_turn
from briefings.analysis.quotes.resolution.descriptions.described import gender_of_head, of_a_body
from briefings.analysis.quotes.resolution.descriptions.given_roles import role_holders
from briefings.analysis.quotes.resolution.descriptions.kin.families import (
    by_age,
    of_the_other_gender,
    one_of_a_family,
    rank_at,
    rank_in_clause,
)
from briefings.analysis.quotes.resolution.descriptions.kin.kin_named import (
    KIN_MARK,
    kin_named,
    relative_of,
)
from briefings.analysis.quotes.resolution.descriptions.kin.relatives import own_role
from briefings.analysis.quotes.resolution.descriptions.offices import (
    another_office,
    holds_office,
    is_office,
    office_written,
)
from briefings.analysis.quotes.resolution.descriptions.origins.from_place import FROM
from briefings.analysis.quotes.resolution.descriptions.origins.parties import (
    fits_party,
    party_description,
)
from briefings.analysis.quotes.resolution.descriptions.origins.states import state_of
from briefings.analysis.quotes.resolution.descriptions.two_holders import named_with_another_holder
from briefings.analysis.quotes.resolution.exchanges.after_an_answer import after_an_answer
from briefings.analysis.quotes.resolution.exchanges.asked_then_answered import (
    asker_in_the_answers_paragraph,
)
from briefings.analysis.quotes.resolution.exchanges.hosts_question import (
    answers_a_hosts_question,
    answers_the_asker,
)
from briefings.analysis.quotes.resolution.exchanges.narrated_asker import asker_told_before
from briefings.analysis.quotes.resolution.exchanges.replies import replies_after
from briefings.analysis.quotes.resolution.exchanges.sparring import asked_back
from briefings.analysis.quotes.resolution.exchanges.turns import turn_of_the_other
from briefings.analysis.quotes.resolution.exchanges.vocatives import addresses
from briefings.analysis.quotes.resolution.names.forms.juniors import junior_named
from briefings.analysis.quotes.resolution.names.forms.titled_gender import of_the_titled_gender
from briefings.analysis.quotes.resolution.names.groups import plural_people
from briefings.analysis.quotes.resolution.names.relative_clause import described_by_the_clause
from briefings.analysis.quotes.resolution.names.tellers import teller_name, told_by_themself
from briefings.analysis.quotes.resolution.pronouns.either.when_participle import (
    when_clause_before_participle,
)
from briefings.analysis.quotes.resolution.resolve import (
    DESCRIBED,
    ELSEWHERE,
    UNNAMED,
    WIDOWED,
    Mention,
    Resolved,
    could_be_surname,
    from_place_meant,
    is_nationality,
    nation_meant,
    past_the_asker,
    rank_antecedents,
    speaker_name,
    state_meant,
    widow_meant,
    writer_of,
)
from briefings.analysis.results import FoundQuote, QuoteKind
from briefings.analysis.speech.name_index import NameIndex
from briefings.analysis.speech.roles import role_near, whole_role
from briefings.analysis.speech.speaker import Speaker

Observer = Callable[[FoundQuote, str, Context], None]  # a quote, how found, its context


def resolve_speakers(
    found: list[Found],
    mentions: list[Mentioned],
    index: NameIndex,
    paragraphs: Sequence[str],
    threshold: float,
    observe: Observer | None = None,
) -> list[FoundQuote]:
    """Names for attributed quotes first, in reading order so that a pronoun or "the senator" goes
    to the person named last; then unattributed full quotes take the speaker of the quote beside
    them."""
    resolved: list[tuple[str | None, str | None] | None] = [None] * len(found)
    ways = [""] * len(found)  # how each speaker was found
    margins = [0.0] * len(found)  # a pronoun's or description's runner-up / best salience
    antecedents = [""] * len(found)  # … and how the person it went to was last named
    last_person: dict[int, str | None] = {}  # unattributed quote → the person named last before it
    subjects_here: dict[int, set[str]] = {}  # … and the people just before it named as subjects
    colon_subjects: dict[int, set[str]] = {}  # … and after a colon, the subjects of its sentence
    labelled_lines: set[int] = set()  # … and those after a label opening their paragraph
    subjects_since: dict[int, set[str]] = {}  # … and the subjects named since its paragraph's
    # quote before it, in its sentence or the one before
    quoted_at: dict[int, int] = {}  # each paragraph's last quote so far: its sentence
    events = sorted(
        [(f.order, 1, n, "") for n, f in enumerate(found)]
        + [(order, 0, at, name) for order, at, name, _, _ in mentions]
    )
    titled = {(order, name): g for order, _, name, g, _ in mentions if g}
    kinds = {(order, name): how for order, _, name, _, how in mentions}
    recent: list[Mention] = []  # people named or quoted so far, in reading order
    kin_of: dict[tuple[str, str], list[str]] = {}  # a surname's others of the other gender
    text = "\n".join(paragraphs)
    sentences: dict[tuple[int, int], int] = {}
    for order, is_quote, n, name in events:
        sentence = sentences.setdefault(order[:2], len(sentences))
        if not is_quote:
            _note_mention(
                name,
                kinds[(order, name)],
                titled.get((order, name)),
                n,
                (sentence, order[0]),
                index,
                paragraphs,
                text,
                recent,
                kin_of,
            )
            continue
        f = found[n]
        quoted_before = quoted_at.get(order[0])
        quoted_at[order[0]] = sentence
        if not f.attributed:
            if quoted_before is not None and quoted_before < sentence:
                subjects_since[n] = {
                    m.name
                    for m in recent
                    if m.paragraph == order[0]
                    and m.sentence > quoted_before
                    and m.sentence >= sentence - 1
                    and m.how == "opening"  # "Whitcombe paused.", not "…; Calgary, Canada"
                    and m.name != UNNAMED
                }
            opens = f.span.start < 3  # nothing but its opening mark (and a space) before it
            last_person[n] = _person_named_last(recent, order[0], opens)
            subjects_here[n] = {  # subjects of its own sentence or the one before
                m.name
                for m in recent
                if m.paragraph == order[0] and m.sentence >= sentence - 1 and m.how in _SUBJECTS
            }
            if paragraphs[f.para].endswith(":", 0, f.span.start - 1):  # "…: “…”"
                if _LINE_LABEL.fullmatch(paragraphs[f.para], 0, f.span.start - 1):
                    labelled_lines.add(n)  # "The Post: “…”", a transcript's line: the label's
                colon_subjects[n] = {
                    m.name
                    for m in recent
                    if m.paragraph == order[0]
                    and m.sentence == sentence
                    and (m.how in _SUBJECTS or m.how == "possessor")  # "Fairweather’s office"
                }
            continue
        here = (sentence, order[0])
        found_by = speaker_name(f.speaker, f.pos, index, recent, paragraphs, here)
        person, role = found_by.name, found_by.role
        if f.speaker is None and "The " in paragraphs[f.para][: f.span.start]:
            went_on = _DOCUMENT_GOES_ON.search(paragraphs[f.para], 0, f.span.start)
            writer = (
                writer_of(went_on.group(1), paragraphs, f.para, f.span.start, index)
                if went_on
                else None
            )
            if writer:  # round 44: "“…,” Lindqvist wrote in the memo. / The memo went on: “…”"
                person, found_by = writer, Resolved(writer, None, "surname")
        if (
            person
            and n
            and found_by.how.startswith("description")
            and (resolved[n - 1] or (None, None))[0] == person
            and replies_after(paragraphs[f.para], f.span.end)
        ):  # round 45: "Ruelas said … “…” / “…,” the Republican shot back": not Ruelas
            person, role = None, None
        if person and when_clause_before_participle(
            person, paragraphs[f.para], f.span.start
        ):  # "He tweeted when Clinton ended a debate …, remarking, “…”": either
            person, role = None, None
        if (
            person
            and n
            and f.speaker is not None
            and f.speaker.pronoun
            and found_by.how.startswith("pronoun")
            and (resolved[n - 1] or (None, None))[0] == person
            and answers_the_asker(found[n - 1], f, person, paragraphs)
        ):  # "“Do you trust him?” Bolling asked. “Not as far as I can throw him,” he replied.":
            person = past_the_asker(f.speaker.pronoun, index, recent, here, person)  # the guest
            role = None
        described = (
            described_by_the_clause(person, paragraphs[f.para], f.span.start, index, f.pos)
            if person
            else None
        )
        if described is not None:  # "Rudy Giuliani, who backs Trump, trashed Comey …, calling
            person, role = described or None, None  # it a “…”": Giuliani's, never Trump's
        if person and told_by_themself(f.teller, f.pos, index, person):
            person, role = None, None  # "Haugen said the governor had told her …" read as hers
        resolved[n] = (person, role)
        ways[n] = _found_by(f.via, found_by.how) if person else ""
        if person and found_by.how.startswith(("pronoun", "description")) and f.speaker:
            margins[n] = margin_of(f.speaker, index, recent, here)
            antecedents[n] = last_named_as(person, recent)
        if person and f.speaker and not f.speaker.is_org:
            if "nearest name" in found_by.how:  # a guess is no one a later "he added" may mean:
                recent.append(Mention(UNNAMED, sentence, order[0], how="speaker"))  # the one
                # described, not the name guessed
            elif index.is_person(person, speaker=True):
                recent.append(Mention(person, sentence, order[0], how="speaker"))
        elif (
            not person
            and f.speaker
            and (f.speaker.someone_unnamed or one_of_a_family(f.speaker))
            and f.speaker.role != ASKER
        ):  # "…,” an aide said", "the younger Bush said"; but whoever asked or told someone "…"
            # is no one a "he" may mean
            recent.append(Mention(UNNAMED, sentence, order[0], how="speaker"))
    out: list[FoundQuote] = []
    counts = Counter(map(last_word, [name for _, name in index.runs]))  # namings per surname
    quoted = Counter(last_word(r[0]) for r in resolved if r and r[0])
    speakers_in: dict[int, set[str]] = {}  # the surnames clauses gave quotes to, by paragraph
    for r, f in zip(resolved, found, strict=True):
        if r and r[0]:
            speakers_in.setdefault(f.para, set()).add(last_word(r[0]))
    article = ArticleFacts(
        [0, *accumulate(len(p) + 1 for p in paragraphs)],
        quoted,
        sum(quoted.values()),
        max(counts.values(), default=-1),
        speakers_in,
    )
    before: str | None = None  # the speaker of the quote before
    for n, f in enumerate(found):
        if not f.attributed:
            if (f.kind == "partial" and not _beside_a_full_quote(found, n)) or (
                (_is_scare(f.span.text) or is_title(f.span.text))
                and not said_then_short(found, n, paragraphs)
            ):
                continue  # a scare quote, or a title or headline on its own: "“The Big Short” was …"
            inherited, source = _inherit(found, resolved, n)
            if (
                inherited
                and source is not None
                and found[source].para != f.para
                and subjects_here.get(n, set()) - {inherited[0]}
            ):  # "“…,” said Craig Robinson." / "Dianne Bystrom agreed. “…”": not Robinson's
                inherited, source = None, None
            if (
                inherited
                and (earlier := _earlier_in_the_paragraph(found, source, n)) is not None
                and subjects_since.get(n, set()) - {inherited[0]}
            ):
                subject = _short_sentence_subject(
                    paragraphs[f.para],
                    earlier.span.end,
                    f.span.start,
                    subjects_since[n] - {inherited[0]},
                )
                if subject is not None:  # round 43: "“…?” she asked. Whitcombe paused. “…”":
                    inherited, source = None, None  # the one who paused, a person; else no one
                    if not subject or subject != last_person.get(n) or not index.is_person(subject):
                        last_person[n] = None
            if (
                inherited
                and (earlier := _earlier_in_the_paragraph(found, source, n)) is not None
                and another_takes_the_turn(
                    paragraphs[f.para][earlier.span.end : f.span.start], inherited[0]
                )
            ):  # round 52: "“…,” Ebeling said, and her husband cut in. “…”": not Ebeling's
                inherited, source = None, None
                last_person[n] = None
            if inherited and inherited[0] and source is not None:
                opener = _pronoun_opening(
                    paragraphs[f.para],
                    found[source].span.end if found[source].para == f.para else 0,
                    f.span.start,
                )
                if opener and index.gender(inherited[0]) not in (opener, None):
                    inherited, source = None, None  # round 44x: "“Let her finish,” the host
                    last_person[n] = None  # said. / She went on. “…”": not the host's
            if (
                inherited
                and source is not None
                and source > n
                and a_documents_sentence(paragraphs[f.para], f.span.start)
            ):  # round 48: "But the grand jury’s report, released last week, faulted the office
                inherited, source = None, None  # for “…”": the report's, not the speaker's of
                last_person[n] = None  # a quotation after it
            if n in labelled_lines:  # round 42: a transcript's line, "The Post: “…”", whose
                inherited, source = None, None  # label names no one: not the answer's speaker
                last_person[n] = None
            if (
                inherited and source is not None and colon_subjects.get(n, set()) - {inherited[0]}
            ):  # round 42: "Kline said the decision was “final.” The general was more careful:
                inherited, source = None, None  # “…”": the general's, not Kline's continued;
                # "Fairweather’s office later released a one-line statement: “…”": no one's
            if (
                inherited
                and source is not None
                and found[source].para != f.para
                and n in colon_subjects
                and not colon_subjects[n]
            ):  # round 45: "The pipeline’s builder, Northline Energy, issued a statement: “…”"
                inherited, source = None, None  # after another paragraph's quote: not its
                last_person[n] = None  # speaker's continued, its sentence naming no one
            if (
                inherited
                and inherited[0]
                and source is not None
                and found[source].para != f.para
                and f.span.start < 3
                and another_named_after(
                    inherited[0],
                    article.offsets[f.para] + f.span.end,
                    article.offsets[f.para] + len(paragraphs[f.para]),
                    index,
                    last_word,
                )
            ):  # "“…” The line came from Sen. Harold Ruiz": not the last paragraph's speaker's,
                # nor the person named last
                inherited, source = None, None
                last_person[n] = None
            if (
                inherited
                and inherited[0]
                and source is not None
                and found[source].para != f.para
                and f.span.start >= 3
                and another_named_before(
                    inherited[0],
                    article.offsets[f.para],
                    article.offsets[f.para] + f.span.start,
                    index,
                    last_word,
                )
            ):  # round 46: "“…,” Weddle said. / That is what Mr. Trump has threatened to do.
                # At rally after rally, he vows …. Then, the laugh line: “…”": not Weddle's
                inherited, source = None, None
            if (
                inherited
                and (earlier := _earlier_in_the_paragraph(found, source, n)) is not None
                and answers_a_hosts_question(earlier, paragraphs[f.para], f.span.start)
            ):  # "“Would you do it again?” host Maria Bartiromo asked. “In a heartbeat.”": the
                inherited, source = None, None  # guest's answer, not the host's
                last_person[n] = None
            if inherited and source is not None and found[source].para == f.para - 1:
                turn = turn_of_the_other(found, resolved, n, paragraphs)
                if turn is None:  # round 58: "“…,” Ortiz said. / “…,” Wozniak said. / “Did you
                    turn = asked_back(found, resolved, n, paragraphs)  # …?”": Ortiz asks back
                if turn is not None:  # round 47: "“…?” she asked. / “…,” Brandvold replied. /
                    inherited, source = resolved[turn], turn  # “And if …?”": the asker's turn
                else:
                    asker = asker_told_before(
                        found, resolved, n, paragraphs, index, article.offsets
                    ) or asker_in_the_answers_paragraph(  # round 58: "Pruitt asked her how …
                        found,
                        resolved,
                        n,
                        paragraphs,
                        index,
                        article.offsets,  # “…,” Delgado
                    )  # said. / “And how many …?”"
                    if asker:  # round 50: "Arceneaux asked him how …. / “…,” Tillman said. /
                        inherited = (asker, role_near(asker, paragraphs))  # “How many more?”"
            if (
                inherited
                and inherited[0]
                and source is not None
                and addresses(f.span.text, inherited[0], inherited[1])
            ):  # round 47: "“…?” Halvorsen asked. / “I'd have to check the figure, Senator.”":
                inherited, source = None, None  # not the senator's own words
                last_person[n] = None
            if inherited and source is not None and after_an_answer(found, resolved, n, source):
                inherited, source = None, None  # round 47: "“…?” she asked. / “…,” Whitcomb
                last_person[n] = None  # said. / “…”": the asker's or the answerer's
            resolved[n] = inherited or (None, None)
            ways[n] = continued(ways[source]) if inherited and source is not None else ""
            if (
                inherited is None
                and last_person.get(n)
                and not LABELLED.match(f.span.text)
                and not continues_no_ones(found, resolved, n, paragraphs)
                and not (f.span.start < 3 and f.para and a_body_reports(paragraphs[f.para - 1]))
                and not (
                    n in colon_subjects
                    and not colon_subjects[n]
                    and _THEY_BEFORE_THE_COLON.search(
                        _sentence_before(paragraphs[f.para], f.span.start)
                    )
                )  # round 46: "In a riff on his line, they will hold banners proclaiming: “…”":
            ):  # many people's words, not those of the person named last
                person = last_person[n]  # a quote left bare: the person the article is about here
                resolved[n] = (person, role_near(person, paragraphs) if person else None)
                ways[n] = "person named last"
        speaker, speaker_role = resolved[n] or (None, None)
        context = (
            context_of(
                f,
                speaker,
                index,
                paragraphs,
                counts,
                article,
                margins[n],
                speaker == before,
                antecedents[n],
            )
            if speaker
            else Context()
        )
        before = speaker
        confidence = confidence_of(ways[n], context) if speaker else 0.0
        if observe is not None and speaker:
            observe(
                FoundQuote(f.span.text, speaker, speaker_role, f.kind, f.para), ways[n], context
            )
        if (
            speaker and confidence < threshold
        ):  # not clear in the source: no one rather than a guess
            speaker, speaker_role = None, None
        text = f.span.text.rstrip(",") if f.kind == "full" else f.span.text.rstrip(",.")
        # a quotation of several sentences is a full quote wherever it stands ("was “a mistake.
        # I will not do it again.”"): shown as such, though placed as the partial it also is
        kind: QuoteKind = "full" if SENTENCES_INSIDE.search(f.span.text) else f.kind
        out.append(
            FoundQuote(
                text.strip(),
                speaker,
                whole_role(speaker_role),
                kind,
                f.para,
                confidence=round(confidence, 3),
                found_by=ways[n],
                told_by=teller_name(f.teller, f.pos, index, speaker) if speaker else None,
            )
        )
    return out


def _note_mention(
    name: str,
    how: str,
    gender: str | None,
    n: int,
    place: tuple[int, int],
    index: NameIndex,
    paragraphs: Sequence[str],
    text: str,
    recent: list[Mention],
    kin_of: dict[tuple[str, str], list[str]],
) -> None:
    """Adds to `recent` whom a mention at `n` names (`how` it stands in its sentence, the gender
    its title gives): someone unnamed, the person a description means, or a named person (with
    the surname's others of the other gender, whom a "he" or "she" after it may mean)."""
    sentence, para = place
    if name == UNNAMED:  # "A spokesman for Vodafone said", "The two women have …"
        recent.append(Mention(UNNAMED, sentence, para, how=how, gender=gender))
    elif name.startswith(DESCRIBED):  # "Asked about it, the mayor laughed"
        _note_description(name, how, n, place, index, paragraphs, recent)
    else:
        _note_named(name, how, gender, n, place, index, paragraphs, text, recent, kin_of)


def _note_description(
    name: str,
    how: str,
    n: int,
    place: tuple[int, int],
    index: NameIndex,
    paragraphs: Sequence[str],
    recent: list[Mention],
) -> None:
    """Adds to `recent` the person a description at `n` means, or someone unnamed, or nothing (a
    description that fits goes on meaning the person it fits)."""
    sentence, para = place
    holders = role_holders(name.removeprefix(DESCRIBED), index, n, paragraphs)
    if len(holders) == 1:  # "The Republican nominee responded.": "Republican
        recent.append(Mention(holders[0], sentence, para, how=how))  # nominee
        # Donald Trump", whoever was named last
    elif how in ("opening", "possessor", "pair") or name.startswith(DESCRIBED + FROM):
        # "The senator was unmoved.", "The judge's order noted …", round 46: "The
        # delegate from Chesterfield answered": whom it means, or no one
        meant = _described_opening(name, n, index, recent, paragraphs, (sentence, para))
        if len(holders) > 1 and (
            meant not in holders
            or named_with_another_holder(
                name.removeprefix(DESCRIBED), meant, index, recent, paragraphs, n
            )
        ):  # round 49: "Cardinal Ruggieri and Cardinal Sarto …. The cardinal
            meant = UNNAMED  # smiled": either of them, never another
        kin = name.removeprefix(DESCRIBED + KIN_MARK)  # the relative's gender
        gender = KIN.get(kin) if meant == UNNAMED and kin != name else None
        recent.append(Mention(meant, sentence, para, how=how, gender=gender))
    elif how == "cue" and of_a_body(name.removeprefix(DESCRIBED)):  # round 46: "The
        # township's zoning officer said …": someone the article has not named
        recent.append(Mention(UNNAMED, sentence, para, how=how))
    elif _described_elsewhere(name, n, index, recent, paragraphs, (sentence, para)):
        recent.append(Mention(UNNAMED, sentence, para, how=how))


def _note_named(
    name: str,
    how: str,
    gender: str | None,
    n: int,
    place: tuple[int, int],
    index: NameIndex,
    paragraphs: Sequence[str],
    text: str,
    recent: list[Mention],
    kin_of: dict[tuple[str, str], list[str]],
) -> None:
    """Adds to `recent` the person a name at `n` stands for, read in full (a junior, an elder or
    younger relative, the bearer of its title's gender), when it is a person's."""
    sentence, para = place
    full = index.fullest(name, n)
    if full.endswith(("Jr.", "Sr.")):  # round 59: "Whitford Jr. laughed" is Douglas
        full = junior_named(full, index, n, paragraphs) or full  # Whitford Jr.
    rank = rank_at(text, n, name) if " " not in name else None
    if not rank and " " not in name and how == "clause":
        rank = rank_in_clause(text, n, name)  # "Asked about that line, the younger
        # Hargrove shrugged": the son
    if rank:  # "The elder Voss called …": the father, of "His son, … Eric Voss,"
        full = by_age(rank, name, index, n, paragraphs) or full
    elif index.kin and " " not in name and " " in full:  # (relatives are rare)
        full = _not_a_relative(name, full, n, index)
    if gender and " " not in name and _both_quoted(name, gender, index, recent):
        # round 58: "Ms Eagleton laughed." after Angela and Maria Eagleton both spoke
        recent.append(Mention(UNNAMED, sentence, para, how=how, gender=gender))
        return
    if gender and index.gender(full) not in (gender, None):  # "Mrs. Clinton" is not Bill
        other = full
        full = index.fullest_of(name, n, gender)
        if full == name:  # round 58: "Mrs Howard laughed" beside only "Michael Howard
            # …, appearing alongside his wife, Sandra,": Sandra Howard
            full = of_the_titled_gender(name, other, gender, index, paragraphs[: para + 1])
    # "Nor," "Specifically," or "Atlantic City" are no one; but a surname the article
    # also writes mid-sentence may open a sentence as its subject: "Cruz openly admitted"
    if (
        index.is_person(full)
        or (how in ("opening", "pair", "cue") and could_be_surname(full, index, how == "cue"))
    ) and not plural_people(full, text):  # "Latinos have been angry": a group
        recent.append(Mention(full, sentence, para, gender=gender, how=how))
        if not gender and " " not in name and full != name:
            key = (name, full)
            if key not in kin_of:  # (the same surname is a subject many times)
                kin_of[key] = of_the_other_gender(name, full, index)
            for other in kin_of[key]:  # "Kasmierski … said he": Joe Kasmierski
                recent.append(Mention(other, sentence, para, how=how))


def _not_a_relative(name: str, full: str, at: int, index: NameIndex) -> str:
    """The person a surname mention means when the fullest name near it is someone's relative
    and one other person of the surname is named in their own right ("Mark Sorensen, whose son,
    Kyle Sorensen, was killed … Sorensen said he …": Mark); else `full`."""
    people = index.people_called(name)
    if len(people) < 2:
        return full
    own = [p for p in people if any(a not in index.kin for a, _ in p)]
    if len(own) != 1 or any(n == full for _, n in own[0]):
        return full
    before = [run for run in own[0] if run[0] <= at]
    return max(before or own[0], key=lambda run: run[0] if before else -run[0])[1]


def _described_elsewhere(
    name: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> bool:
    """A description as the subject of a speech verb ("Asked about it, the mayor laughed") that
    would go to a person the article gives another office ("Dave Ross, the governor"): someone
    not named, whom a "he" after it may mean."""
    role = name.removeprefix(DESCRIBED)
    _, elsewhere = _resolved_elsewhere(role, pos, index, recent, paragraphs, here)
    return elsewhere


def _relatives_owner(
    kin: str, index: NameIndex, recent: Sequence[Mention], paragraphs: Sequence[str], upto: int
) -> str | None:
    """Round 46: "Her brother shrugged." after "Earl Batiste …. His sister, Loretta, …": the man
    named last before the sister was first named, of the kin noun's gender, in her paragraph or
    the one before; None when the article wrote no such relative, or several."""
    found = relative_of(kin, paragraphs, upto)
    if found is None or KIN.get(kin) != found[0]:
        return None
    gender, given = found
    at = next((k for k, m in enumerate(recent) if m.name and m.name.split()[0] == given), None)
    if at is None:
        return None
    owners = [
        m
        for m in recent[:at]
        if m.name
        and m.name.split()[0] != given
        and (m.gender or index.gender(m.name)) == gender
        and m.paragraph >= recent[at].paragraph - 1
    ]
    return owners[-1].name if owners else None


def _described_opening(
    name: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> str:
    """The person a description opening a sentence means ("The senator was unmoved."): for an
    office, the most salient person the article gives that office ("Sen. Mark Tolliver", not the
    aide quoted since); else the one it resolves to, unless the article gives them another office
    ("Tom Riggs, an aide to the governor"): then UNNAMED, someone not named here."""
    role = name.removeprefix(DESCRIBED)
    widow = widow_meant(role, index, recent, here, paragraphs, pos) if role in WIDOWED else None
    if widow:  # round 44: "The widow wants …": the one the article writes so
        return widow
    if role.startswith(KIN_MARK):  # round 46: "His brother was angrier.": "his brother, Mike,"
        kin = role.removeprefix(KIN_MARK)
        first = kin_named(kin, paragraphs, here[1])
        named = {m.name for m in recent if m.name and first and m.name.split()[0] == first}
        if len(named) == 1:
            return named.pop()
        return _relatives_owner(kin, index, recent, paragraphs, here[1]) or UNNAMED
    if role.startswith(FROM):  # round 46: "The lawmaker from Mesa was unmoved."
        return from_place_meant(role.removeprefix(FROM), index, pos, paragraphs)
    if is_nationality(role):  # "The Scot was delighted."
        return nation_meant(role, index, recent, here, paragraphs, pos) or UNNAMED
    state = state_of(role)
    if state:  # "The Minnesotan was less diplomatic.": the one the article ties to Minnesota
        return state_meant(state, index, recent, here, paragraphs, pos) or UNNAMED
    words = ["the", *role.split()]
    if party_description(words):  # "The Indiana Republican": the one the article writes so
        ranked = rank_antecedents(gender_of_head(role), index, recent, here)
        fitting = (p for _, p in ranked if p and fits_party(p, words, paragraphs))
        return next(fitting, UNNAMED)
    if is_office(role):
        holder = _office_holder(role, index, recent, paragraphs, here)
        if holder:
            return holder
    person, elsewhere = _resolved_elsewhere(role, pos, index, recent, paragraphs, here)
    return UNNAMED if not person or elsewhere else person


def _office_holder(
    role: str,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> str | None:
    """The most salient person whose role, as the article writes it, holds the office of the
    description `role` ("Sen. Mark Tolliver" for "The senator was unmoved."); None when no one's
    does. A person's role is read only when a paragraph writing the office writes their surname,
    as every paragraph `own_role` may read a role in does (most people have none there)."""
    written = office_written(role, paragraphs)
    for _, person in rank_antecedents(gender_of_head(role), index, recent, here):
        if not person:
            continue
        words = person.split()
        if words and not any(words[-1] in par for par in written):
            continue  # (no paragraph writing the office writes the surname: no role holds it)
        if holds_office(role, own_role(person, index, paragraphs) or ""):
            return person
    return None


def _resolved_elsewhere(
    role: str,
    pos: int,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
    here: tuple[int, int],
) -> tuple[str, bool]:
    """The person a description resolves to ("" when none), and whether the article gives that
    person another office than the description's."""
    meant = speaker_name(Speaker(None, role, definite=True), pos, index, recent, paragraphs, here)
    if not meant.name:
        return "", meant.how == ELSEWHERE
    return meant.name, another_office(role, role_near(meant.name, paragraphs) or "")


# a transcript's or an interview's label opening its paragraph before a colon and a quotation:
# "The Post:", "Q:", "SOLBERG:" (one to three capitalised words)
_LINE_LABEL: Final = re.compile(r"(?:The )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}:\s?")


_SUBJECTS: Final = frozenset(
    {"opening", "pair", "clause", "cue"}
)  # how a person is named as a sentence's subject


_NOT_LAST: Final = frozenset({"possessor", "pair"})


def _person_named_last(recent: Sequence[Mention], paragraph: int, opens: bool) -> str | None:
    """The person a quote with no clause of its own goes to, failing a quote beside it: the one
    named last, when the quote opens its paragraph ("Valastro praised Christie." / "“We need
    someone …”") or that person was named in the quote's own paragraph; no one when the person was
    named only as an owner ("Christie’s blank stare") or the quote sits inside a sentence after a
    paragraph about someone else ("… imagined Christie was thinking: “…”"): on the tuning data
    those were right less than half the time. Nor when the person was named last as one of a pair
    opening a sentence ("Whitcombe and Ruiz conferred. “…”": either, round 44)."""
    if not recent or recent[-1].how in _NOT_LAST or recent[-1].name == UNNAMED:
        return None
    return recent[-1].name if opens or recent[-1].paragraph == paragraph else None


def _short_sentence_subject(par: str, start: int, end: int, names: set[str]) -> str | None:
    """The one of `names` whose name opens the short sentence (eight words or fewer) that ends
    just before a quotation, after the quote before it: "Whitcombe paused." of "“…?” she asked.
    Whitcombe paused. “…”"; "" when that sentence names another too ("Whitcombe looked at
    Castellanos."); None when no short sentence stands there or it opens with no such name ("“…,”
    Nega said, introducing … Calgary, Canada; and Luxembourg. “…”")."""
    between = par[start:end].strip(" “”\"'‘’")
    if not between.endswith("."):
        return None
    last = _SENTENCE_END.split(between)[-1].split()
    if len(last) > 8:
        return None
    opening = [name for name in names if last[0] in name.split()]
    if len(opening) != 1:
        return None
    own = opening[0].split()
    if any(w[:1].isupper() and w.strip(".,;") not in own for w in last[1:]):
        return ""  # "Whitcombe looked at Castellanos.": two people, no one's
    return opening[0]


_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+")
# "The memo went on: “…”": a document its writer goes on quoting from, opening the sentence
_DOCUMENT_GOES_ON: Final = re.compile(
    r"(?:^|[.!?”]\s+)The (memo|letter|email|note) (?:went on|continued|goes on|continues):\s*\Z"
)


_OPENING_PRONOUNS: Final = {"He": "m", "She": "f"}


def _pronoun_opening(par: str, start: int, end: int) -> str | None:
    """The gender of the "He" or "She" opening the sentence that ends just before a quotation
    ("She went on. “…”"); None when no such sentence stands between `start` and `end`."""
    between = par[start:end].strip(" “”\"'‘’")
    if not between.endswith((".", ":")) or not ("He " in between or "She " in between):
        return None  # the cheap test first
    first = _SENTENCE_END.split(between)[-1].split(" ", 1)[0]
    return _OPENING_PRONOUNS.get(first)


def _found_by(via: str, how: str) -> str:
    """The way a quote's speaker was found: the phrase's place and what it is."""
    return how if via == "clause" else f"{how}, {via}"


def _is_scare(text: str) -> bool:
    return len(text.split()) < 3


def _beside_a_full_quote(found: list[Found], n: int) -> bool:
    """A partial quote with no clause of its own in a paragraph that quotes someone in full: "“…,”
    Hall said. In Europe, by contrast, “claims based on religion …”" goes on quoting Hall."""
    para = found[n].para
    return any(
        m != n and f.para == para and f.attributed and f.kind == "full" for m, f in enumerate(found)
    )


_THEY_BEFORE_THE_COLON: Final = re.compile(r"\b(?:they|They|we|We)\b")
_SENTENCE_OPENS: Final = re.compile(r"[.!?]\s+(?=[A-Z“\"'])")


def _sentence_before(par: str, end: int) -> str:
    """The text of the sentence that runs up to `end` in `par` (a quotation's opening mark)."""
    opens = [m.end() for m in _SENTENCE_OPENS.finditer(par, 0, end)]
    return par[opens[-1] if opens else 0 : end]


def _earlier_in_the_paragraph(found: list[Found], source: int | None, n: int) -> Found | None:
    """The quotation `source` a bare quote inherits from, when it stands before quotation `n` in
    the same paragraph ("“…,” Ebeling said. “…”"); else None."""
    if source is None or source >= n or found[source].para != found[n].para:
        return None
    return found[source]


def _inherit(
    found: list[Found], resolved: list[tuple[str | None, str | None] | None], n: int
) -> tuple[tuple[str | None, str | None] | None, int | None]:
    """An unattributed full quote: the speaker of the quote beside it in the paragraph, or of the
    last quote of the paragraph just before; None when neither has a reporting clause ("“…,” the
    email said. “…”" stays with no one rather than the person named last) or the quote before is
    as bare and went to no one."""
    f = found[n]
    same = [
        m for m in range(len(found)) if m != n and found[m].para == f.para and found[m].attributed
    ]
    spoken = [m for m in same if found[m].via != LABEL]
    same = spoken or same  # round 54: past a label in the paragraph to the quote that is spoken
    if same:
        before = [m for m in same if m < n]
        source = before[-1] if before else same[0]
        return resolved[source] or (None, None), source
    prev = [m for m in range(n) if found[m].para == f.para - 1]
    if prev and (found[prev[-1]].attributed or (resolved[prev[-1]] or (None,))[0]):
        return resolved[prev[-1]], prev[-1]
    return None, None


def _both_quoted(surname: str, gender: str, index: NameIndex, recent: Sequence[Mention]) -> bool:
    """Two people of `gender` named in full by `surname` have both been quoted before: a titled
    surname alone ("Ms Eagleton") may then be either of them."""
    people = index.people_called(surname, gender)
    if len(people) < 2:
        return False
    spoke = {m.name for m in recent if m.how == "speaker"}
    return sum(any(full in spoke for _, full in runs) for runs in people) > 1

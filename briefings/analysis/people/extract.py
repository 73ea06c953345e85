"""People, organisations and places named in one article, with roles, aliases and mention counts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.mojibake import repaired_names
from briefings.analysis.common.names import (
    NAME_PARTICLES,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    name_key,
    words_set,
)
from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.people.entities.grouping import Entity, group_candidates
from briefings.analysis.people.entities.mentions import count_mentions
from briefings.analysis.people.finding.candidates import (
    BODYS_OR_PERSONS,
    Candidate,
    sentence_candidates,
)
from briefings.analysis.people.finding.managers import managers_by_surname
from briefings.analysis.people.roles.beside_others import name_words, own_part
from briefings.analysis.people.roles.served_offices import served_offices
from briefings.analysis.people.things.firms.named_again import firms_named_again
from briefings.analysis.people.things.firms.odds import moves_a_price
from briefings.analysis.people.things.firms.trades import (
    a_trades_firm,
    says_it_will_act,
    says_of_its_business,
)
from briefings.analysis.people.things.horses_and_ships.placings import (
    a_racing_report,
    placed_or_priced,
    won_a_race,
)
from briefings.analysis.people.things.horses_and_ships.sister_ships import sister_ships
from briefings.analysis.people.things.knights_alone import never_knighted_in_full
from briefings.analysis.people.things.taken_up import (
    given_an_age,
    said_of_then_played,
    taken_up_as_a_character,
    taken_up_as_a_firm,
    taken_up_as_a_part,
    taken_up_as_a_performer,
    taken_up_as_a_product,
    taken_up_as_a_signing,
    taken_up_as_a_titled_character,
)
from briefings.analysis.people.things.taken_up_as_things import (
    a_drinks_brand,
    a_shops_possessive,
    a_titled_brands_goods,
    counted_goods,
    off_the_line,
    taken_up_as_a_horse,
    taken_up_as_a_ship,
    taken_up_as_a_song,
    trained_as_a_horse,
    with_figures_up_or_down,
)
from briefings.analysis.people.things.works.back_with_an_actor import (
    back_with_an_actor_in_the_part,
)
from briefings.analysis.people.things.works.described_parts import (
    a_described_part,
    a_pronoun_actors_part,
    actors_surnames,
    an_actors_part,
)
from briefings.analysis.people.things.works.played_by import parts_played
from briefings.analysis.people.things.works.taken_up import titles_taken_up
from briefings.analysis.results import ArticleText, FoundEntity
from briefings.analysis.speech.name_shapes import first_name_like
from briefings.analysis.speech.words import STYLES

__all__ = ["extract_entities"]


def extract_entities(article: ArticleText) -> list[FoundEntity]:
    """People, organisations and places named in the article body, in order of first naming."""
    # names mis-encoded ("FranÃ§ois Delattre") read as meant, as the quotes pipeline reads them
    paragraphs = [repaired_names(p) for p in article.paragraphs if not _is_heading(p)]
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    read = [list(sentence_candidates(s)) for s in sentences]
    served_offices(sentences, read)
    _described_parts(sentences, read)
    _trades_firms(sentences, read)
    _characters_back(sentences, read)
    _named_things(sentences, read)
    sister_ships(sentences, read)
    firms_named_again(sentences, read)
    _parts_described_next(sentences, read)
    titles_taken_up(sentences, read)
    parts_played(sentences, read)
    candidates = _surnames_kept([c for found in read for c in found])
    _marked_trades(candidates)
    _people_named_like_bodies(candidates)
    _assistants_names(sentences, candidates)
    _said_of_by_bodies(candidates)
    managers_by_surname(sentences, candidates)
    never_knighted_in_full(candidates)
    candidates += _taken_up_as_firms(sentences, read)
    candidates += _parts_by_given_name(sentences, candidates)
    candidates += _a_firms_holdings(sentences, candidates)
    titles = _quoted_titles(paragraphs)
    candidates += [Candidate(None, t, thing_hint=True) for t in titles]
    entities = group_candidates(candidates)
    counts, forms = count_mentions(entities, paragraphs)
    found = []
    people = [e for e in entities if e.kind == "person"]
    names = frozenset(n for p in people for n in (*p.texts, *p.aliases))
    for entity in entities:
        name = _canonical(entity)
        if (
            entity.kind == "person"
            and name.endswith((" Jr", " Sr"))
            and _stop_after(name, paragraphs)
        ):
            name += "."  # round 48: "Lamar T. Greene Jr.", its suffix as the article writes it
        aliases = [
            f
            for f in dict.fromkeys([*entity.aliases, *forms[id(entity)]])
            if f not in (name, name.removesuffix("."))
        ]
        found.append(
            FoundEntity(
                name=name,
                kind=entity.kind,
                role=_best_role(_own_roles(entity, people, names)),
                aliases=tuple(aliases),
                mentions=max(1, counts[id(entity)]),
            )
        )
    return found


def _stop_after(name: str, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes the name with a full stop after it: "Lamar T. Greene Jr."."""
    return any(name + "." in p for p in paragraphs)


# The last words of a body's or a place's name that are surnames too: "Church", "Hall", "Park".
BODY_OR_PLACE_SUFFIXES: Final = ORG_SUFFIXES | PLACE_SUFFIXES

# A name alone between quotation marks. Its words hold no mark but an apostrophe's "s", so the
# closing mark can only stand where they stop: the words taken possessively (`{2,80}+`, no step
# back) find what the lazy `{2,80}?` found, without trying to close after every character.
_QUOTED: Final = re.compile(r"[“\"‘']([A-Z](?:[^“”\"‘’']|[’']s\b){2,80}+)[”\"’'](?!\w)")

# The small words a title keeps in lower case: "Harry Potter and the Goblet of Fire".
_TITLE_SMALL_WORDS: Final = words_set("a an the and or of in on at to for with from by into")


def _quoted_titles(paragraphs: Sequence[str]) -> list[str]:
    """Names written alone between quotation marks: the titles of works ("“Eve Green”"), and
    the name that opens a title in title case ("Harry Potter" of "“Harry Potter and the Goblet
    of Fire”": the title's, not a person named)."""
    found = []
    quoting = [p for p in paragraphs if _opens_a_quote(p)]  # (half the text has no mark)
    for t in (m.group(1).rstrip(",.") for p in quoting for m in _QUOTED.finditer(p)):
        # American style puts a comma or full stop inside the marks: "wrote “Peter Pan,”"
        words = t.split()
        if all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
            if 1 < len(words) <= 5:
                found.append(t)
                found += _possessors(words)
            continue
        small = [k for k, w in enumerate(words) if not w[:1].isupper()]
        if (
            len(words) <= 10
            and words[-1][:1].isupper()
            and all(words[k] in _TITLE_SMALL_WORDS for k in small)
            and small[0] > 1
        ):
            found.append(" ".join(words[: small[0]]))
    return found


def _opens_a_quote(paragraph: str) -> bool:
    """Whether the paragraph has a mark `_QUOTED` opens with (substring tests, which cost far
    less than the search passing over the text; the curly marks are never in ASCII text)."""
    return (
        '"' in paragraph
        or "'" in paragraph
        or (not paragraph.isascii() and ("“" in paragraph or "‘" in paragraph))
    )


def _possessors(words: Sequence[str]) -> list[str]:
    """The name a title opens with its possessive, a character's ("Bridget Jones" of "Bridget
    Jones's Diary"); none when the possessive ends the title."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")):
            return [" ".join([*words[:k], w[:-2]])] if k else []
    return []


_SENTENCE_ENDS: Final = (".", "!", "?", "”", '"')  # what a sentence's last character may be
_WORD: Final = re.compile(r"[^\W\d_][\w’'-]*")


def _surnames_kept(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but the first of two given names before one surname ("Bernard" of "Bernard
    and Laura Ashley") when that name is someone's surname in the article, or the given name of
    someone of another surname: "Blair and Gordon Brown met" names Tony Blair, "Hillary and Tim
    Kaine" Hillary Clinton."""
    full = [c.text.split() for c in candidates if c.kind == "person" and " " in c.text]
    surnames = {words[-1] for words in full}
    return [
        c
        for c in candidates
        if c.given_before is None
        or not (
            c.given_before in surnames
            or any(w[0] == c.given_before and w[-1] != c.text.split()[-1] for w in full)
        )
    ]


def _taken_up_as_firms(sentences: list[str], read: list[list[Candidate]]) -> list[Candidate]:
    """Hints of no person for a name the next sentence takes up as a firm ("Jimmy Choo had a hard
    year. The company blamed …"): kept a person only where the article gives it a person's marks;
    and a person's marks for one it takes up as a performer ("Madonna has topped a list. The
    singer, who …"), or as a player whom a club signed ("Chelsea signed Estevao. The 18-year-old
    winger"); a name in capitals read as a body's made a person's when the performer taken up is
    given an age ("SZA will headline … The US singer, 35,"); a courtesy title and one word that
    the next sentence's actor plays as "the character" made no one ("Mr Tumble is to get a new
    series. Justin Fletcher, who plays the character, said"), that naming alone; a character's
    hint for a full name said of whom the next sentence's actor plays ("Ben Wadey has said Phil
    Mitchell will find love. Steve McFadden has played the character"); no one for a
    name taken up as a thing launched in a year ("Siri is to get a new voice. The assistant,
    launched in 2011,")."""
    hints = []
    for k in range(len(sentences) - 1):
        if not read[k]:  # a sentence that names no one takes no one up (each test asks a name)
            continue
        names = [c.text for c in read[k]]
        people = [c.text for c in read[k] if c.kind == "person"]
        # the firm, the product, the performer, the signing club and the character all open
        # their sentence (each test returns nothing else); a part and "said of" need not
        opens = sentences[k].startswith(names[0])
        firm = taken_up_as_a_firm(sentences[k], names, sentences[k + 1], people) if opens else None
        if firm and read[k][0].kind in ("person", None):
            hints.append(Candidate(None, firm, thing_hint=True))
        product = taken_up_as_a_product(sentences[k], names, sentences[k + 1]) if opens else None
        if product:
            hints.append(Candidate(None, product, not_a_person=True))  # "The assistant, launched"
        performer = (
            taken_up_as_a_performer(sentences[k], names, sentences[k + 1], people)
            if opens
            else None
        )
        if performer and read[k][0].kind in ("person", None) and not read[k][0].thing_hint:
            hints.append(Candidate("person", performer, evidence=True))
        elif performer and performer.isupper() and given_an_age(sentences[k + 1]):
            # "SZA will headline … The US singer, 35,": capitals read as a body's, and an age
            read[k][0].kind, read[k][0].evidence, read[k][0].role = "person", True, None
        signed = taken_up_as_a_signing(sentences[k], names, sentences[k + 1]) if opens else None
        if signed and len(read[k]) > 1 and not (read[k][1].thing_hint or read[k][1].not_a_person):
            hints.append(Candidate("person", signed, evidence=True))  # "Chelsea signed Estevao"
        part = taken_up_as_a_part(sentences[k], names, sentences[k + 1])
        if part:
            hints.append(Candidate(None, part, not_a_person=True))
        elif opens and (
            character := taken_up_as_a_character(sentences[k], names, sentences[k + 1])
        ):
            hints.append(Candidate(None, character, thing_hint=True))
        elif said_of := said_of_then_played(sentences[k], people, sentences[k + 1]):
            hints.append(Candidate(None, said_of, thing_hint=True))  # "has said Phil Mitchell
            # will … Steve McFadden has played the character"
        elif read[k] and read[k][0].kind == "person":
            first, alias = read[k][0], read[k][0].alias
            if alias and taken_up_as_a_titled_character(sentences[k], alias, sentences[k + 1]):
                # "Mr Tumble is to get a new series. X, who plays the character,": this naming
                # no one's
                first.kind, first.alias, first.evidence = None, None, False
    return hints


# An actor's relative clause of playing or voicing a part named by one given name ("Letitia Dean,
# who has played Sharon since 1985", "Dani Harmer, who plays Tracy,"), or that part's passive
# ("Peppa is voiced by"): the one word, not followed by another name's word.
_PART_BY_GIVEN_NAME: Final = re.compile(
    r"\bwho (?:has |had )?(?:plays|played|voices|voiced|portrays|portrayed) ([A-Z][a-z]+)\b"
    r"(?! [A-Z]|-)|\b([A-Z][a-z]+) (?:is|was|has been) (?:played|voiced|portrayed) by\b"
)

# Kin before a part's given name, a title a character has ("Aunt Lucy"), not a person's mark.
_KIN_TITLES: Final = words_set("Aunt Auntie Uncle Granny Grandma Grandpa Nanny")


def _parts_by_given_name(sentences: list[str], candidates: list[Candidate]) -> list[Candidate]:
    """Hints of no person for the part an actor plays or voices, named by its given name alone
    ("Letitia Dean, who has played Sharon since 1985,", "Imelda Staunton, who voiced Lucy"):
    that name, with kin before it or none ("Aunt Lucy"), and a full name that opens with it and
    has no mark of a person ("Sharon Watts is to marry again"), are the character's."""
    if not any("who " in s or " by" in s for s in sentences):
        return []  # (substring tests before the search)
    parts = {
        m.group(1) or m.group(2)
        for s in sentences
        if "play" in s or "voice" in s or "portray" in s
        for m in _PART_BY_GIVEN_NAME.finditer(s)
    }
    if not parts:
        return []
    hints = []
    for c in candidates:
        words = c.text.split()
        if c.kind != "person" or c.alias or words[0] not in parts or len(words) > 2:
            continue
        alone = len(words) == 1 and (c.role is None or c.role in _KIN_TITLES)  # "Aunt Lucy"
        if alone or (len(words) == 2 and not (c.evidence or c.role)):
            hints.append(Candidate(None, c.text, not_a_person=True))
    return hints


# The names a body owns, runs or makes, after "which" (a body's relative word) and "owns", "runs"
# or "makes": "Signet, which also runs Ernest Jones,", "Arcadia, which owns Dorothy Perkins and
# Burton", "Numatic, which makes the Henry and Hetty vacuum cleaners".
_WHICH_OWNS: Final = re.compile(
    r"\bwhich (?:also )?(?:owns|runs|makes|made) (?:the )?"
    r"((?:[A-Z][\w'’-]*(?:,? | and ))*[A-Z][\w'’-]*)"
)


def _a_firms_holdings(sentences: list[str], candidates: list[Candidate]) -> list[Candidate]:
    """Hints of no person for the names with no mark of a person that a body owns, runs or makes
    (`_WHICH_OWNS`): a shop's, a brand's, a product's or a firm's, as no one is owned, run or made
    ("Its owner, Signet, which also runs Ernest Jones, said")."""
    held = {
        name
        for s in sentences
        if "which " in s and (" runs " in s or " owns " in s or " made " in s or " makes " in s)
        for m in _WHICH_OWNS.finditer(s)
        for name in _JOINED.split(m.group(1))
    }
    if not held:
        return []
    return [
        Candidate(None, c.text, not_a_person=True)
        for c in candidates
        if c.kind == "person" and not (c.evidence or c.alias or c.role) and c.text in held
    ]


_JOINED: Final = re.compile(r",? and |, ")  # between the names of a list


# An actor's verb of playing or voicing and a part described in lower case after "the": "will
# play the tomb raider", "who played the treasure hunter in the 2022 film".
_PLAYS_THE: Final = re.compile(
    r"\b(?:play|plays|played|playing|voice|voices|voiced|portray|portrays|portrayed) the "
    r"((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)(?![\w'’-])(?! [A-Z])"
)

# The last words of a description that a real person has as well as a part ("will play the
# prime minister", "the singer"): a biopic's subject is someone.
_REAL_PEOPLES_PARTS: Final = words_set(
    """minister president king queen prince princess leader chancellor secretary mp singer
    footballer manager captain boss chairman founder star poet writer author painter scientist
    detective inventor explorer comedian actor actress dancer boxer"""
)

# Two words in capitals opening a sentence: a full name, the actor's.
_A_FULL_NAME_OPENS: Final = re.compile(r"[A-Z][\w'’-]+ [A-Z]")

# A description's first words that describe no part: "play the part of", "the lead", "the role".
_NO_PARTS_DESCRIPTION: Final = words_set("part parts role roles lead title main same other")

# The words of a work that a part's sentences hold: "a new television series", "the 2022 film".
_WORKS_HERE: Final = re.compile(r"\b(?:film|films|movie|series|game|games|show|drama|sequel)\b")


def _parts_described_next(sentences: list[str], read: list[list[Candidate]]) -> None:
    """The full name with no mark of a person that opens a sentence, when the next sentence
    opens with an actor's full name and plays or voices a part described after "the"
    (`_PLAYS_THE`), and the two speak of a work ("Lara Croft is to get her own television
    series. Sophie Turner will play the tomb raider"): the part, no one (not "will play the
    prime minister", a real person's; nor "… if they play the woman's card")."""
    for k in range(len(sentences) - 1):
        following = sentences[k + 1]
        if not read[k] or "the " not in following:
            continue  # (no name, or no "the": no search)
        c = read[k][0]
        if c.kind != "person" or " " not in c.text or c.evidence or c.role or c.alias or c.spoken:
            continue
        if not sentences[k].startswith(c.text + " "):
            continue  # (not "Cameron Mackintosh, who produced the show,")
        if _A_FULL_NAME_OPENS.match(following) is None:
            continue  # the actor named first: "Sophie Turner will play", "Tom Holland, who played"
        m = _PLAYS_THE.search(following)
        if m is None or m.group(1).split()[-1] in _REAL_PEOPLES_PARTS:
            continue
        if m.group(1).split()[0] in _NO_PARTS_DESCRIPTION:
            continue  # "will play the part of the nanny", "plays the lead"

        if _WORKS_HERE.search(sentences[k]) or _WORKS_HERE.search(following):
            c.kind, c.not_a_person, c.thing_hint = None, True, True


def _named_things(sentences: list[str], read: list[list[Candidate]]) -> None:
    """The names read as people's that the article shows are a horse's, a ship's, a song's or a
    brand's (`taken_up_as_things`): a horse or a song made a thing's hint, which the article's
    marks of a person outweigh; a horse whom the next sentence's trainer "trains the
    nine-year-old", a ship, a shop's possessive, a brand's figures, goods or drink ("Captain
    Morgan rum"), read as someone's by a title ("Queen Anne", "Aunt Bessie's", "Captain Morgan",
    "Mr Kipling"), or counted goods ("Two Calvin Klein posters"), goods that come off a production line ("Nissan
    Leaf came off the production line"), a bookmaker that cuts a price ("Victor Chandler cut
    Colonel Braxton to 5-2"), or a runner placed or priced in a racing report ("Gerri Colombe was
    second"), made no one's."""
    racing = a_racing_report(sentences)
    for k, sentence in enumerate(sentences):
        following = sentences[k + 1] if k + 1 < len(sentences) else ""
        people = [c for c in read[k] if c.kind == "person"]
        for c in people:
            written = c.alias or (f"{c.role} {c.text}" if c.role else c.text)
            if written not in sentence:
                written = c.text
            if following and (
                taken_up_as_a_horse(sentence, c.text, following)
                or taken_up_as_a_song(sentence, c.text, len(people) - 1, following)
            ):
                c.thing_hint = True
            elif (
                (following and taken_up_as_a_ship(sentence, written, following))
                or (following and trained_as_a_horse(sentence, c.text, following))
                or a_shops_possessive(sentence, written)
                or with_figures_up_or_down(sentence, written)
                or (c.alias is not None and a_titled_brands_goods(sentence, c.alias))
                or a_drinks_brand(sentence, written)
                or counted_goods(sentence, written)
                or off_the_line(sentence, written)
                or moves_a_price(sentence, c.text)
                or (racing and placed_or_priced(sentence, written))
                or (racing and not (c.role or c.alias) and won_a_race(sentence, c.text))
            ):
                c.not_a_person, c.thing_hint = True, True


def _described_parts(sentences: list[str], read: list[list[Candidate]]) -> None:
    """The full names read as people that a verb of playing and a plain description name as a
    part, a work's words in their sentence or one beside it ("Olivia Colman is to play a
    headteacher in a new drama. Colman will play widow Mary Pike, who …"), or that an actor plays
    ("Actress Sally Dynevor … Dynevor plays Sally Webster.", "Actor Danny Dyer … He played Mick
    Carter"): made a part's hint,
    the description no role of theirs, as `a_part_played` makes a part within its sentence."""
    actors: frozenset[str] | None = None
    for k, sentence in enumerate(sentences):
        if "play" not in sentence and "portray" not in sentence:
            continue  # (a substring test before the search)
        beside = [*sentences[max(0, k - 1) : k], *sentences[k + 1 : k + 2]]
        for c in read[k]:
            if c.kind != "person" or c.alias:
                continue
            if actors is None:  # the article's actors, read once where a verb of playing is
                actors = actors_surnames([(f.text, f.role) for found in read for f in found])
            if (
                a_described_part(sentence, c.text, beside)
                or an_actors_part(sentence, c.text, actors)
                or (k > 0 and a_pronoun_actors_part(sentence, c.text, sentences[k - 1], actors))
            ):
                c.kind, c.role, c.evidence, c.thing_hint = None, None, False, True


def _trades_firms(sentences: list[str], read: list[list[Candidate]]) -> None:
    """The names read as people's that a trade in the plural, or a trade a person has too with
    the firm's "its", describes (`a_trades_firm`: "Leigh Day, the solicitors,", "Dorling
    Kindersley, the publisher, … its"), or that open their sentence, with no role, to say "it
    would" do what a firm does (`says_it_will_act`: "Shepherd Neame said it would not bid"):
    made a firm's hint, which the article's marks of a person elsewhere outweigh."""
    for k, found in enumerate(read):
        if not found:
            continue  # (no name: no scan of the sentence)
        sentence = sentences[k]
        trade = ", the " in sentence  # (one scan; "said it" is read from the name, anchored)
        following = sentences[k + 1] if trade and k + 1 < len(sentences) else ""
        for c in found:
            if c.kind != "person" or c.alias:
                continue
            if (
                (trade and a_trades_firm(sentence, c.text, following))
                or (not c.role and says_it_will_act(sentence, c.text))
                or (not c.role and _says_of_its_business(sentences, read, k, c))
            ) and not _surname_marked_elsewhere(c.text, k, read):
                c.kind, c.role, c.evidence, c.spoken, c.thing_hint = None, None, False, False, True


def _says_of_its_business(
    sentences: list[str], read: list[list[Candidate]], k: int, c: Candidate
) -> bool:
    """`says_of_its_business` for the name opening sentence k, where no sentence before names
    anything but people, and neither it nor the next anything but people, and places or names
    after "the" or "in" ("Daniel Thwaites said the Blackburn site would be sold. Chairman Rick
    Bailey said the move would secure the company's future"; not "Tom Hale said Tesco would close
    20 stores, the supermarket's first closures", nor "Shares in Morgan Stanley rose … Ted Pick
    said the bank was well placed")."""
    if c is not read[k][0] or c.alias:
        return False
    if any(n.kind not in ("person", "place") for found in read[:k] for n in found):
        return False  # a body named before, which the noun may take up ("Morgan Stanley … Ted
        # Pick said the bank was well placed"); a place is none ("40 shops in Ireland")
    following = sentences[k + 1] if k + 1 < len(sentences) else ""
    if not says_of_its_business(sentences[k], c.text, following):
        return False
    nearby = [*read[k][1:], *(read[k + 1] if following else [])]
    return all(
        n.kind == "person"
        or (n.kind in ("place", None) and _after_the_or_in(f"{sentences[k]} {following}", n.text))
        for n in nearby
    )


def _after_the_or_in(text: str, name: str) -> bool:
    """A name after "the" or a preposition of place: where or what ("the Leeds site", "jobs in
    Corby"), not the subject of what was said ("said Tesco would")."""
    return re.search(rf"\b(?:the|in|at|from|near|of) {re.escape(name)}\b", text) is not None


def _characters_back(sentences: list[str], read: list[list[Candidate]]) -> None:
    """The name opening a sentence that tells of its return with an actor "in the part"
    (`back_with_an_actor_in_the_part`: "Miss Marple will be back on ITV, with Vanessa Redgrave in
    the part"): made a character's hint, whatever its courtesy title, which the article's marks
    of a person elsewhere outweigh."""
    for k, found in enumerate(read):
        if not found or found[0].kind != "person":
            continue  # (the name before any scan of the sentence)
        c = found[0]
        sentence = sentences[k]
        if ", with " in sentence and back_with_an_actor_in_the_part(sentence, c.alias or c.text):
            c.kind, c.role, c.alias, c.evidence, c.spoken = None, None, None, False, False
            c.thing_hint = True


def _surname_marked_elsewhere(name: str, k: int, read: list[list[Candidate]]) -> bool:
    """Whether another sentence names the full name's surname alone as a person's, with a
    courtesy title or a mark ("Ms Kelly, 52, said she"): the person it is, then; not another
    full name of that surname ("Mark Rowe, a security adviser, said he" beside "Mason Rowe, the
    adviser, said its clients")."""
    surname = name_key(name).split()[-1]
    return any(
        c.kind == "person" and (c.alias or c.evidence or c.spoken) and name_key(c.text) == surname
        for n, found in enumerate(read)
        if n != k
        for c in found
    )


def _marked_trades(candidates: Sequence[Candidate]) -> None:
    """The full names after a noun for a body that is a person's trade too ("Broadcaster Gary
    Lineker", read as no one's) made people where the article marks their surname a person's, by
    a courtesy title or as said of a man or a woman ("Lineker, 64,"); "Bookmaker William Hill"
    stays a firm."""
    trades = [
        c
        for c in candidates
        if c.not_a_person and c.role is not None and c.role.lower() in BODYS_OR_PERSONS
    ]
    if not trades:
        return
    surnames = {name_key(c.text) for c in candidates if c.a_surname}
    surnames |= {name_key(c.text) for c in candidates if c.kind == "person" and c.alias}
    for c in trades:
        if name_key(c.text).split()[-1] in surnames:
            c.kind, c.not_a_person, c.evidence = "person", False, True


def _people_named_like_bodies(candidates: Sequence[Candidate]) -> None:
    """A given name and a surname that ends a body's or a place's name too, read as a body's
    ("Charlotte Church has signed a deal"), made a person's where the article says of that
    surname alone as of a man or a woman ("Church, 19, said she"); "William Hill said its"
    stays a bookmaker."""
    surnames = {name_key(c.text) for c in candidates if c.a_surname}
    if not surnames:
        return
    for c in candidates:
        if c.kind not in ("organisation", "place") or c.text.count(" ") != 1:
            continue
        given, surname = c.text.split()
        if (
            name_key(surname) in surnames
            and surname.lower() in BODY_OR_PLACE_SUFFIXES
            and first_name_like(given)  # (a place's given name too: "Charlotte")
        ):
            c.kind, c.evidence, c.role = "person", True, None


# An assistant or a chatbot that is software, not someone's assistant: "the assistant had
# handled", "digital assistants", "its chatbot" (not "the assistant manager", "assistant to").
_SOFTWARE_ASSISTANT: Final = re.compile(
    r"\bchatbots?\b|\b(?:voice|digital|virtual|AI|smart) assistants?\b|\bthe assistant\b"
    r"(?! (?:manager|managers|coach|referee|director|editor|head|chief|secretary|general"
    r"|commissioner|professor|principal|producer|to|of)\b)"
)


def _assistants_names(sentences: Sequence[str], candidates: Sequence[Candidate]) -> None:
    """The one-word names read as people's, with no mark of a person anywhere (no title, no
    role, no "he" or "she", no surname of anyone named in full), in an article that writes of
    software assistants or chatbots: the assistant's ("NatWest said Cora would now answer
    questions … customers had used the assistant 11 million times"), no one's."""
    if not any("assistant" in s or "chatbot" in s for s in sentences):
        return  # (substring tests before the search)
    if not any(_SOFTWARE_ASSISTANT.search(s) for s in sentences):
        return
    surnames = {
        name_key(c.text).split()[-1]
        for c in candidates
        if c.kind == "person" and " " in name_key(c.text)
    }
    marked = {
        name_key(c.text) for c in candidates if c.evidence or c.alias or c.role or c.a_surname
    }
    for c in candidates:
        key = name_key(c.text)
        if c.kind == "person" and " " not in key and key not in surnames and key not in marked:
            c.kind, c.spoken, c.not_a_person = None, False, True


def _said_of_by_bodies(candidates: Sequence[Candidate]) -> None:
    """A given name alone that a coined one-word name said "would" do something ("Hasbro said
    Chloe would appear", "Anthropic said Claude would"), where the article marks neither as a
    person's (no title, role, "he" or "she", no surname of anyone named in full): a body speaking
    of its product, show or character, no one; a person who speaks of someone names them by
    surname ("Mikel Arteta … Arteta said Gabriel would be fit": Gabriel stays)."""
    said = [c for c in candidates if c.said_by and c.kind == "person"]
    if not said:
        return
    people = {
        w
        for c in candidates
        if c.kind == "person" or c.evidence or c.alias or c.role or c.a_surname
        for w in (name_key(c.text), name_key(c.text).split()[-1])
        if c.said_by is None and name_key(c.text)
    }
    for c in said:
        if name_key(c.said_by or "") not in people and name_key(c.text) not in people:
            c.kind, c.spoken, c.thing_hint = None, False, True


def _is_heading(paragraph: str) -> bool:
    """Headings and keyword lines: short, no sentence punctuation, nearly every word capitalised."""
    if paragraph.strip()[-1:] in _SENTENCE_ENDS:  # (no space ends the stripped text)
        return False
    if not _may_be_heading(paragraph):
        return False
    words = _WORD.findall(paragraph)
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _may_be_heading(paragraph: str) -> bool:
    """False when `_is_heading`'s words cannot be seven tenths capitalised, counted cheaply piece
    by piece between spaces (no word holds a space): a piece of ASCII letters and digits is one
    word at most, one that opens with a lower-case letter one in lower case; any other piece
    holds at most one word per two characters (two words have a character between them). Prose
    fails at once; what passes is searched."""
    lower = 0  # words certainly in lower case
    others = 0  # at most this many other words
    for piece in paragraph.split():
        if piece.isalnum() and piece.isascii():
            if "a" <= piece[0] <= "z":
                lower += 1
            else:
                others += 1
        else:
            others += (len(piece) + 1) // 2
    # capitalised / all >= 0.7 needs others / (lower + others) >= 0.7: 3 * others >= 7 * lower
    return 3 * others >= 7 * lower


def _canonical(entity: Entity) -> str:
    """The fullest form; among equally full forms the most frequent, then the first."""
    sizes = [len(name_key(t).split()) for t in entity.texts]
    longest = max(sizes)
    full = [t for t, size in zip(entity.texts, sizes, strict=True) if size == longest]
    return max(dict.fromkeys(full), key=full.count)


def _own_roles(entity: Entity, people: list[Entity], names: frozenset[str]) -> list[str]:
    """The entity's roles, each cut where it runs over "and" into another person's name, and
    none that is another person's name (`names`: every person's name forms): "Jane Timken, Kevin
    Bishop, John Brisini" gives neither Timken nor Brisini the role "Kevin Bishop"."""
    roles = [r for r in entity.roles if r not in names or r in entity.texts]
    if not any(" and " in r for r in roles):
        return roles
    own = name_words([*entity.texts, *entity.aliases])
    others = name_words(n for p in people if p is not entity for n in (*p.texts, *p.aliases))
    return [r for r in (own_part(r, others - own) for r in roles) if r]


def _best_role(roles: Sequence[str]) -> str | None:
    """The most specific role the article writes: the longest, then the one written most often
    ("President Clinton" twice outweighs "Secretary Clinton" once, which may be his wife's),
    then the first; a bare style or courtesy title ("Sir", "Dame", "Rt Rev Dr") is no role."""
    jobs = [r for r in roles if not all(w.lower().strip(".") in STYLES for w in r.split())]
    return max(jobs, key=lambda r: (len(r.split()), jobs.count(r)), default=None)

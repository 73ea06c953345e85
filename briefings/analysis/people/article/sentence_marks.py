"""Names read as people's that their sentence shows are a thing's, a part's or a firm's."""

from __future__ import annotations

import re

from briefings.analysis.common.names import name_key
from briefings.analysis.people.finding.candidates import Candidate
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
from briefings.analysis.people.things.works.back_with_an_actor import back_with_an_actor_in_the_part
from briefings.analysis.people.things.works.described_parts import (
    a_described_part,
    a_pronoun_actors_part,
    actors_surnames,
    an_actors_part,
)


def named_things(sentences: list[str], read: list[list[Candidate]]) -> None:
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


def described_as_parts(sentences: list[str], read: list[list[Candidate]]) -> None:
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


def trades_firms(sentences: list[str], read: list[list[Candidate]]) -> None:
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


def characters_back(sentences: list[str], read: list[list[Candidate]]) -> None:
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

"""Score extract_entities' persons on short British reports written for rounds 24 to 60 of people.

`labels/written_people.json` holds 1,302 reports of our own (none from any data set) in the style of
BBC News business, entertainment, sport, politics and technology copy: shops, brands and firms named
after people, shows' characters, parts, works, awards, trophies, venues and racehorses named like
people, and people with unusual, common-word, one-word or joined-initial names. Each names the
people it mentions (`optional`: real people named only in a thing's name, counted neither way).
Batches: `round24-1-2`, `-3` and `-4` were written before the rules that were tuned on them;
`round24-fresh1` after the first rules (then tuned on too); `round24-fresh2` after all but the last
rule, the check on text not tuned on. Round 25: `round25-1` (30 reports) and `round25-2` (10,
politics and technology) were labelled before the code ran on them and tuned on; `round25-fresh`
(16, written with `round25-1`) was first read after the round's first seven rules, then tuned on;
`round25-fresh2` (10) was written after those seven rules and before the last five, and never tuned
on. Round 26: `round26-1` (48 reports, five topics) was labelled before the code ran on it and tuned
on, as was `round26-2` (16, things named like people: storms, ships, animals, robots, bands, pubs,
laws); `round26-fresh` (16, written with `round26-1`) was first read after the round's first nine
rules, then tuned on by the last three; `round26-fresh2` (14) was written after all the round's
rules and never tuned on. Round 27: `round27-1` (53 reports, business, entertainment and sport:
bands, shows, records, firms, horses, clubs, grounds and trophies named like people, parts with a
plain description) was labelled before the code ran on it and tuned on; `round27-fresh` (12, written
with it) was first read after the round's rules. Round 28: `round28-1` (32 reports: job titles glued
to names at a sentence's start, one-word shops and firms as subjects, grounds, halls and prizes
named after people) was labelled before the code ran on it and tuned on; `round28-fresh` (8, written
with it) was first read after the round's rules. Round 29: `round29-1` (40 reports: firms, works and
shows named like people, storms, ships, horses, trophies, one-word names and glued job titles) was
labelled before the code ran on it and tuned on; `round29-fresh` (8, written with it) was first read
after the round's rules. Round 30: `round30-1` (40 reports: works, firms, products, bands,
horses, a ship, venues, programmes, characters and events named like people, one-word and
titled people, jobs before given names no list holds) was labelled before the code ran on it and
tuned on; `round30-fresh` (10, written with it) was first read after the round's rules;
`round30-2` (16, real people beside the round's constructions) was written and labelled after
the round's first rules, before the code ran on it, then tuned on by the last two. Round 33:
`round33-tune` (30 reports: firms, shops, brands, drinks, horses, a ship, shows, a song, venues
and a town named like people, beside people named once) was labelled before the code ran on it and
tuned on; `round33-fresh` (30, written with it) was scored as totals before and after the round's
rules, its per-item errors first read after the last. Round 34: `round34-fresh` (25 reports:
brands, sweets, chips, robots, shows' and books' characters, a horse and a stand-in name beside
real people, some named once with nothing but a goal) was labelled before the code ran on it,
scored as totals, and never tuned on. Round 35: `round35-fresh` (25 reports: firms, brewers,
law firms, builders, jewellers, kitchenware and food brands, shows, plays, characters, a film, bands,
songs, horses, a ship, grounds, a storm, a clock tower, a pub, an AI, a robot and dolls named like
people, beside real people named once) was labelled before the code ran on it, scored as totals
before and after the round's rules, and never tuned on (it is from round 36 on). Round 36:
`round36-fresh` (29 reports: firms, brewers, wealth managers, insurers, lenders, carmakers,
recruiters, a publisher, a studio, a jazz club and brands named like people and described after a
comma, "which" or "whose", shows, characters, brands and a contest after a courtesy title, beside
real people described by jobs of the same shapes, people with common-word surnames after a
courtesy title and given names that are common words, "Will") was labelled before the code ran on
it, scored as totals before and after the round's rules, and never tuned on (it is from round 37
on). Round 37: `round37-fresh` (28 reports: jewellers, car dealers, publishers, property
consultants, surveyors, solicitors, auditors, booksellers, bakers and tailors named like people and
described by a trade a person has too, firms that say "it would", a band and a chain with a plural
verb, shows, a musical and characters after a courtesy title or voiced and played by a named actor,
a horse, beside real people of the same shapes: "the publisher of Canongate, said he", "a car
dealer from Swindon", "Ms Smith said it had been", "Graham Norton said it had been") was labelled
before the code ran on it, scored as totals before and after the round's rules, and never tuned
on (it is from round 38 on). Round 38: `round38-fresh` (29 reports: firms, brands, chains, a
publisher, an insolvency firm, a car dealer, dramas, songs, a film's and a radio serial's
characters, a horse and towns named like people, firms that say "it would" or "it had", beside real
people named once and then by a bare surname, and people whose surnames are a firm's: "Marks",
"Spencer", "Lewis", "Collins") was labelled before the code ran on it, scored as totals before and
after the round's rules, and never tuned on (it is from round 39 on). Round 39: `round39-fresh` (25
reports: housebuilders, shirtmakers, fashion labels, a publisher's imprint, a key-cutting chain, a
supermarket, a carmaker and a health chain named like people, soap, film and children's characters,
songs, a band, a detective drama, horses, an AI assistant, constituencies and towns named like people,
beside real people named once and then by a bare surname that is a firm's or a town's, "Nicholson",
"Morrison", "Ford", "Barrett", "Stanley", a person named by a given name after kin, a player sent
off) was labelled before the code ran on it, scored as totals before and after the round's rules,
and never tuned on (it is from round 40 on). Round 40: `round40-fresh` (25 reports: jewellers,
bakers, swimwear, sportswear, homeware and fashion labels, department stores, a bookseller and a
cake brand named like people, soap, film, book and musical characters, songs, horses and an AI
assistant, beside their founders and designers named as people, players with three-part names, a
person named by the same name as her label) was labelled before the code ran on it, scored as
totals before and after the round's rules, and never tuned on (it is from round 41 on). Round 41:
`round41-fresh` (25 reports: jewellers, a clothing label, a homeware brand named as its founder
is, a turkey producer, a brewer, a furnishings brand and its owner, a carmaker and a car, a vacuum
cleaner and sweets named like people, a bank's and an AI firm's assistants, a game's, soaps',
films', books', children's television's and a detective drama's characters, songs, a musical,
horses and a greyhound, a ground and a trophy named after people, beside real people named once,
by a title or after "who plays") was labelled before the code ran on it, scored as totals before
and after the round's rules, and tuned on from round 42. Round 42: `round42-fresh` (25 reports:
firms, bakers, a chocolatier, cakes, clothing labels, characters, a musical, horses, a song, voice
assistants and a robot beside real people) was labelled before the code ran on it, scored as
totals before and after the round's rules, and never tuned on; `round42-1` (40 reports built on
round 41's leftovers: firms and assistants that "said X would", descriptions with no listed noun,
characters, a street, a statue, horses and a greyhound, a firm's surname, a first name alone,
people after "The new voice is", "trainer", "Chairman") was labelled before the code ran on it and
tuned on. Round 44: `round44-fresh` (25 reports: bakers, handbag, health food, chocolate, pub,
energy, phone and car firms, characters of soaps, films and children's television, a song, a
horse, players, managers, a yacht team, politicians and technology founders) was labelled before
the code ran on it, scored as totals before and after the round's rules, and never tuned on;
`round44-1` (40 reports built on rounds 41 and 42's leftovers: firms and products that "said X
would" or "said X and Y were", shops described by their street, characters, statues, songs, a
jeweller, a firm's surname, people whose given names no list knows, clubs named after places,
horses, a ship and a submarine, managers named by surname alone) was labelled before the code ran
on it and tuned on. Round 45: `round45-1` (25 reports: firms named after founders, brands, a
musical, an AI assistant and a model, soaps', a drama's and a book's characters, horses, ships,
statues, beside people named once, a knight after "founded by" and managers by surname) was
labelled before the code ran on it, scored as totals before and after the round's rules, and
never tuned on; `round45-2` (40 reports: knights and people whose given names no list holds or
is a modal, "Will", firms and shows that "said X would", firms named "X and Y", managers by
surname, statues, horses, ships and liners, characters, contestants named again by a given
name) was labelled before the code ran on it and tuned on. Round 46: `round46-1` (25 reports:
racehorses placed and priced, soaps', dramas' and sitcoms' characters, shops and fashion brands
named like people, a voice assistant, managers and players named by surname, a double act, dance
partners, founders beside their firms) was labelled before the code ran on it, scored as totals
before and after the round's rules, and never tuned on; `round46-2` (40 reports: horses "was
second", "the 25-1 shot", managers "Brighton boss Hurzeler said he", players off the bench,
dance partners, Ant and Dec, firms "returned to profit", retailers listed after "Retailers",
wholesalers, characters "as the scheming", played "by four young actresses", actors who "will
play" a part, sister ships, lifeboats, a landlord and a coxswain before their names) was labelled
before the code ran on it and tuned on. Round 47: `round47-fresh` (10 reports: a carmaker and its
van, a bakery chain named after its founder, a soap's character beside its actor, a retired
racehorse, managers named by surname, Ant and Dec, politicians, an AI firm's digital presenter, a
club's sponsors, discounters) was labelled before the code ran on it, scored as totals before and
after the round's rules, and never tuned on; `round47-1` (25 reports built on round 46's
leftovers: firms and clubs that "said PLACE would/had", managers by surname saying a club "had",
clubs that "scored", cars named like people, Ant and Dec, soaps' and dramas' characters named once
beside their actors, racehorses placed with no racing words) was labelled before the code ran on it
and tuned on. Round 48: `round48-fresh` (10 reports: a steelmaker, an engineering group and a
games studio that "said PLACE would", managers by surname, a double act and a department store
"said they", a soap's character beside its actor, racehorses beside their trainer, politicians)
was labelled before the code ran on it, scored as totals before and after the round's rules, and
never tuned on; `round48-1` (25 reports: firms that "said PLACE would" beside people and
politicians who do, a man named like his city, managers by surname, "Marks and Spencer said they"
beside Ant and Dec, racehorses as "the Grand National winner", soaps' characters after "playing")
was labelled before the code ran on it and tuned on. Round 50: `round50-fresh` (10 reports: a
pottery firm and a games studio that "said PLACE would", a manager by surname, a musical and a
drama named like people, a double act, a fashion chain and a whiskey named after people, a band and
its album, politicians) was labelled before the code ran on it, scored as totals before and after
the round's rules, and never tuned on; `round50-1` (25 reports: managers by surname who "said
CLUB had", one-word firms and carmakers that "said PLACE would", works named like people, double
acts, brands, bands, ships, horses, a stadium and a television format named like people, beside
real people) was labelled before the code ran on it and tuned on. Round 51: `round51-fresh` (10
reports: supermarkets and a law firm named after founders, peers and knights, an award, a polar
ship, a venue, radio and television programmes, a soap's character, people known by one name, a
double-barrelled surname) was labelled before the code ran on it, scored as totals before and
after the round's rules, and never tuned on; `round51-1` (21 reports: a double act, managers by
surname with no score reported, a play, supermarkets and a chemist named after founders, peers, a
judge, knights, vicars, an award, research ships, a venue and its nickname, programmes, soaps'
characters, a law firm, one-word players, a club named like a person) was labelled before the code
ran on it and tuned on, as was `round51-2` (12 reports: one-name singers, firms named after
founders, double-barrelled and three-word surnames, a lord, a vicar, a warship named like a
royal, prizes and programmes). Round 53: `round53-fresh-bbc-style` (10 reports in the BBC's 2004-2005
style: a bus maker and a travel firm named like people, a band named with a person ("Bob Marley and
the Wailers"), a band of two given names, a comedy character, racehorses, a stadium, trophies named
after people, cakes and sauces sold under a person's name, Korean names and a man called Laurence)
was labelled before the code ran on it, scored as totals before and after the round's rules, and
never tuned on; `round53-1` (15 reports: the same firms, horses, characters and cakes named again in
other sentences, a pianist named with his orchestra, "Bob Marley and the Wailers" as a band and as a
film's title, Korean players and actors named again by their surnames, men called Laurence) was
labelled before the code ran on it and tuned on. Round 54: `round54-fresh-bbc-style` (10 reports in
the BBC's 2004-2005 style: a bookmaker, a fashion house, a drinks brand and a shop named like people,
clubs named like people, cups and prizes named after people, a band "Echo and the Bunnymen", a
musical named after its hero) was labelled before the code ran on it, scored as totals before and
after the round's rules, and never tuned on; `round54-1` (15 reports: the same bookmaker, whisky
and rum, a bus maker and a travel firm, comedy characters, a racehorse, "Mr Bean's Holiday", a
prize, a club, a film studio and a fashion house named again in other sentences) was labelled
before the code ran on it and tuned on, as was `round54-2` (12 reports: clubs, a bookmaker, a
bus maker, a toy firm and a shoe chain named like people, gin and bitter sold under a person's
name, a band, a woman who publishes the recipes she collected). Round 55:
`round55-fresh-uk-style` (8 reports in British style: a bookmaker, housebuilders, appliance
makers and a stockbroker named after their founders, a novel's diarist with no actor, a racehorse
with a rank for a given name, a band named like a person, a hospital, a museum and a centre named
after women, a jockeys' award and a cricket trophy named after men) was labelled before the code
ran on it, scored as totals before and after the round's rules, and never tuned on; `round55-1`
(8 reports written after the round's rules, to check them on text they were not written from:
bookmakers that cut prices, a whiskey, arts jobs, a manager's name mis-encoded, brewers listed
after their plural noun, a retailer's "second largest", a racehorse with a title for a given
name, a player who "cut the deficit") was labelled before the code ran on it and not tuned on. Round 57:
`round57-fresh-uk-style` (8 reports in British style: a grocer, a department store, a furnishings
chain and a bank named after their founders, an engine maker, research ships named after explorers,
a racehorse and greyhounds named like men, a chat show named after its host, TV dramas named after
their detectives, a film named after its heroine, an award and a trophy named after men, a band
named like two people, a football stand named after a chairman) was labelled before the code ran
on it, scored as totals before and after the round's rules, and never tuned on; `round57-1` (8
reports written after the round's first rules, to work from: a furnishings chain and a bank that
speak, a chat show and a film named after their heroes, greyhounds, a liner, a band and a singer
named like people, clubs said of by their managers after a scored win) was labelled before the
code ran on it. Round 58: `round58-fresh-uk-people-style` (8 reports in British style on politics
and technology: departments and ministers "for Transport" and "for the Family", a select committee
and its chair, a leader and his wife named "Mr Howard" and "Mrs Howard", twin MPs sharing a
surname, constituencies, think tanks named after men, a foundation, a browser, a search firm and a
computer maker named like people, games and consoles, voice assistants, radio stations and a
programme named after its host) was labelled before the code ran on it, scored as totals before
and after the round's rules, and never tuned on; `round58-1` (6 reports written after the round's
first rules, to check them: a shadow minister and a guitarist named May, MPs listed after their
plural, voice assistants after their makers' possessive, chains that warned last week, a film that
took years to make) was labelled before the code ran on it. Round 59:
`round59-fresh-bbc-people-style` (8 reports in the BBC's styles of business, entertainment, sport
and technology: retailers, an engine maker, banks, a broker and labels named after founders beside
their knighted founders, analysts "at Charles Stanley", funds and indices, bands named like people,
awards, shows' characters billed beside their actors, clubs, grounds, racehorses, trophies and a
race named after people, games' characters, a search engine's butler and software named after its
maker) was labelled before the code ran on it, scored once before the round's rules and tuned on. Round 60:
`round60-fresh-bbc-recall-style` (7 reports in the BBC's styles of sport, politics, books, music,
banking and athletics, written for the people the analysis misses: a club's possessive, names after
jobs, particles, Lord, Prof and Dr, ages in brackets, O'Neill, JK Rowling, one-word names, foreign
athletes after their nations' possessives) was labelled before the code ran on it, scored once
before the round's rules and tuned on. A person named
only by a given name after kin ("His son James") is labelled
as written, the fullest name the article gives. A listed person is right
when it is one of a labelled person's forms (`names_person`, as for the BBC labels).

Run: .venv/bin/python -m evaluation people_written [--errors]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from evaluation.described import described
from evaluation.gold.bbc_labels import names_person

LABELS = Path(__file__).parents[1] / "labels" / "written_people.json"


def score(errors: list[str] | None = None) -> dict[str, dict[str, int]]:
    """Per batch: articles, labelled people, persons listed, listed that are no one labelled,
    labelled people missed."""
    tallies: dict[str, dict[str, int]] = {}
    for article in json.loads(LABELS.read_text(encoding="utf-8")):
        tally = tallies.setdefault(
            article["batch"],
            {"articles": 0, "labelled": 0, "listed": 0, "not_people": 0, "missed": 0},
        )
        tally["articles"] += 1
        people = [{"name": name} for name in article["people"]]
        optional = [{"name": name} for name in article["optional"]]
        hit: set[int] = set()
        found = extract_entities(ArticleText(article["title"], tuple(article["paragraphs"])))
        for entity in (e for e in found if e.kind == "person"):
            named = {j for j, p in enumerate(people) if names_person(entity.name, p)}
            if not named and any(names_person(entity.name, p) for p in optional):
                continue  # a real person named only in a thing's name: counted neither way
            hit |= named
            tally["listed"] += 1
            if not named:
                tally["not_people"] += 1
                if errors is not None:
                    errors.append(f"{article['id']} not a person: {entity.name!r}")
        tally["labelled"] += len(people)
        tally["missed"] += len(people) - len(hit)
        if errors is not None:
            errors += [
                f"{article['id']} missed: {p['name']!r}"
                for j, p in enumerate(people)
                if j not in hit
            ]
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--errors", action="store_true", help="print every error")
    args = parser.parse_args()
    errors: list[str] | None = [] if args.errors else None
    tallies = score(errors)
    for line in errors or []:
        print(line)
    for batch, t in tallies.items():
        print(
            f"{batch:15} ({t['articles']:2} reports) {t['not_people']} of {t['listed']} listed"
            f" not people, {t['missed']} of {t['labelled']} people missed"
        )


if __name__ == "__main__":
    main()

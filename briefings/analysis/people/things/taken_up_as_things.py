"""Names the article shows are a horse's, a ship's, a song's or a shop's, though written like people's.

Each reads a sentence with the one after it, or how the sentence goes on right after the name:
"Harry Angel is the favourite … Clive Cox said the colt", "Queen Anne will sail … Cunard said
the ship", "an arrangement of Eleanor Rigby … Paul McCartney wrote the song", "Aunt Bessie's has
been sold", "with Captain Morgan down 4%", "Captain Morgan rum", "Mr Kipling cakes are to cost more", "Two Calvin Klein
posters".
"""

from __future__ import annotations

import re
from typing import Final

# A horse named in the next sentence, anywhere, by what it is: "Clive Cox said the colt was".
_A_HORSE: Final = re.compile(r"\bthe (?:horse|colt|filly|gelding|mare|stallion)\b(?!['’]s\b)")

# Who trains or rides the sentence's subject, named in the next sentence by its age in words (a
# horse's, under ten; a runner's coach "trains the 23-year-old"): "Gordon Elliott, who trains the
# nine-year-old,", "who rode the seven-year-old".
_A_HORSES_TRAINER: Final = re.compile(
    r"\bwho (?:(?:trains|trained|has trained) the (?:two|three|four|five|six|seven|eight|nine)"
    r"|(?:rode|rides|has ridden) the [\w]+)-year-old\b"
)


def trained_as_a_horse(sentence: str, name: str, following: str) -> bool:
    """Whether the full name that opens `sentence`, in a sentence that says nothing of riding or
    training, is the horse that `following` says someone trains or rode by its age in words
    ("Tiger Roll won his second Grand National. Gordon Elliott, who trains the nine-year-old,"):
    no one, whatever "his" the horse is given."""
    return (
        " " in name
        and sentence.startswith(name)
        and " who " in following
        and _A_HORSES_TRAINER.search(following) is not None
        and _A_RIDERS_WORDS.search(_ON_A_DAY.sub("", sentence)) is None
    )


# The sentence's subject said to have been ridden by someone named, after a comma, maybe past a
# rider's description in lower case: ", ridden by Harry Cobden", ", ridden by amateur jockey
# Patrick Mullins" (not "ridden by the wind").
_RIDDEN_BY_SOMEONE: Final = re.compile(r", ridden by (?:(?!the |a |an )[a-z-]+ ){0,3}[A-Z]")

# The next sentence opening with the subject taken up as "the" and a noun or an age, then "ridden
# by" someone named: "The six-year-old, trained by Willie Mullins and ridden by Paul Townend,".
_TAKEN_UP_AS_RIDDEN: Final = re.compile(r"The [\w-]+,[^.;]*?\bridden by [A-Z]")

# What a sentence about a rider says: "will ride", "won on", "partnered" (the rider's, not the
# horse's, sentence: "Rachael Blackmore will ride at Cheltenham. … said the mare").
_A_RIDERS_WORDS: Final = re.compile(
    r"\b(?:on|aboard|rode|riding|ride|rides|ridden|partnered|jockey|trainer|trains|trained)\b"
)


def taken_up_as_a_horse(sentence: str, name: str, following: str) -> bool:
    """Whether the full name that opens `sentence`, in a sentence that says nothing of riding or
    training, is the horse that `following` calls "the colt", "the horse" anywhere ("Noble
    Yeats will run in the Stayers' Hurdle. Emmet Mullins said the horse was in great shape";
    not "Paul Townend will ride at Cheltenham. Willie Mullins said the horse"), or that the
    sentence goes on to say was "ridden by" someone named ("Monty Bass won the Lanzarote Hurdle at
    Kempton on Saturday, ridden by Harry Cobden": a rider is no one's ride), or that `following`
    takes up as "The six-year-old" or "The mare", "ridden by" someone named ("Maggie Rose won the
    Mares' Hurdle at Cheltenham on Tuesday. The six-year-old, trained by Willie Mullins and
    ridden by Paul Townend,")."""
    if " " not in name or not sentence.startswith(name):
        return False
    if ", ridden by " in sentence and _RIDDEN_BY_SOMEONE.search(sentence, len(name)) is not None:
        return True
    if _A_HORSE.search(following) is None and (
        " with " in sentence or not _TAKEN_UP_AS_RIDDEN.match(following)
    ):
        return False  # (a trainer "won … with Lossiemouth. The five-year-old, ridden by")
    riding = _A_RIDERS_WORDS.search(sentence)
    if riding is not None and riding.group(0) == "on" and " on " in sentence:
        riding = _A_RIDERS_WORDS.search(_ON_A_DAY.sub("", sentence))  # "won … on Tuesday"
    return riding is None


# A day after "on", when a race was won, not whom a rider was on: "on Tuesday", "on Boxing Day".
_ON_A_DAY: Final = re.compile(
    r" on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Boxing Day|New Year's Day)\b"
)


# A ship's voyage: "will sail", "her maiden voyage", "docked in".
_SAILING: Final = re.compile(
    r"\b(?:sail|sails|sailed|sailing|voyage|cruise|docked|docks|berthed|moored|anchored)\b"
)

# A ship named in the next sentence by what it is: "Cunard said the ship was fully booked".
_A_SHIP: Final = re.compile(
    r"\bthe (?:ship|liner|vessel|warship|cruise ship|carrier|ferry|yacht)\b(?!['’]s\b)"
)


def taken_up_as_a_ship(sentence: str, written: str, following: str) -> bool:
    """Whether the name as written (`written`: with its title, "Queen Anne") opens a sentence
    of sailing that `following` takes up as "the ship" ("Queen Anne will sail from Southampton
    on her first world cruise. Cunard said the ship was fully booked")."""
    return (
        sentence.startswith(written)
        and _SAILING.search(sentence) is not None
        and _A_SHIP.search(following) is not None
    )


# Someone named who made or sang the song: "Paul McCartney wrote the song in 1966".
_A_SONGS_MAKER: Final = re.compile(
    r"(?:[A-Z][\w'’-]+ ){1,3}(?:co-wrote|wrote|recorded|composed|sang|first sang|released)"
    r" the (?:song|single|track|ballad|hit|tune)\b"
)


def taken_up_as_a_song(sentence: str, name: str, others: int, following: str) -> bool:
    """Whether the full name, the only person's name in `sentence` (`others`: how many more it
    has), is the song that `following` says someone else wrote or recorded ("A new arrangement
    of Eleanor Rigby will open the Proms. Paul McCartney wrote the song in 1966"), or wrote or
    recorded "it" after a sentence about songs ("Billie Jean has topped a poll of the greatest pop
    songs. Michael Jackson recorded it in 1982")."""
    if " " not in name or others or name not in sentence:
        return False
    opening = following.lstrip("“\"‘' ")
    maker = _A_SONGS_MAKER.match(opening)
    if maker is None and _of_songs(sentence):
        maker = _A_SONGS_MAKER_OF_IT.match(opening)  # "… pop songs. Michael Jackson recorded it"
    # the maker someone else: not the name's own surname ("Ben, Michael Jackson's first number
    # one. Jackson recorded the song when he was 14")
    return maker is not None and not _names_the_maker(name, maker.group(0))


def _names_the_maker(name: str, maker: str) -> bool:
    """Whether the song's maker as `following` names them is the name itself, in full or by its
    surname."""
    return name in maker or name.rsplit(None, 1)[-1] in maker.split()


# Someone named who made or sang "it", after a sentence about songs: "Michael Jackson recorded it".
_A_SONGS_MAKER_OF_IT: Final = re.compile(
    r"(?:[A-Z][\w'’-]+ ){1,3}(?:co-wrote|wrote|recorded|composed|sang|first sang|released) it\b"
)

# A sentence about songs: "a poll of the greatest pop songs", "topped the singles chart".
_OF_SONGS: Final = re.compile(r"\b(?:songs?|singles?|tracks?|ballads?|tunes?)\b")
_SONG_WORDS: Final = ("song", "single", "track", "ballad", "tune")  # what `_OF_SONGS` needs


def _of_songs(sentence: str) -> bool:
    """Whether `_OF_SONGS` finds a word of songs: searched only in a sentence that has one of its
    words' stems (substring tests, which cost far less than the search trying every place)."""
    return any(w in sentence for w in _SONG_WORDS) and _OF_SONGS.search(sentence) is not None


# What stands after a possessive that is a shop's, a brand's or a restaurant's: a verb right
# after it ("Aunt Bessie's has been sold", "Sainsbury's said").
_A_VERB_AFTER: Final = re.compile(
    r"['’]s (?:has|have|had|is|was|will|would|said|says|reported|posted|announced|employs|"
    r"opened|closed|sold|saw|made|plans|expects|warned)\b"
)


def a_shops_possessive(sentence: str, written: str) -> bool:
    """Whether the name as written opens `sentence` in the possessive with a verb right after:
    a shop's or a brand's name, which a person's possessive never stands alone for ("Aunt
    Bessie's has been sold to Nomad Foods"; not "Aunt Bessie's recipe was")."""
    return sentence.startswith(written) and bool(_A_VERB_AFTER.match(sentence, len(written)))


# A brand's figures right after its name: "Captain Morgan down 4%", "Captain Morgan was up 3%".
_UP_OR_DOWN: Final = re.compile(r" (?:was |were )?(?:up|down) (?:by )?\d+(?:\.\d+)?(?:%| per cent)")


def with_figures_up_or_down(sentence: str, written: str) -> bool:
    """Whether the name as written is followed by a rise or a fall in per cent, as a brand's or
    a firm's sales are ("with Captain Morgan down 4%"; a person's poll lead is in points)."""
    at = sentence.find(written)
    return at >= 0 and bool(_UP_OR_DOWN.match(sentence, at + len(written)))


# A product's leaving its factory right after its name: "came off the production line", "rolls
# off the assembly line", "rolled off the line at Sunderland".
_OFF_THE_LINE: Final = re.compile(
    r" (?:has |had |will |to )?(?:came|come|comes|coming|rolled|roll|rolls|rolling) off (?:the|a|its)"
    r" (?:[a-z][\w-]* )?(?:production |assembly )?lines?\b"
)


def off_the_line(sentence: str, written: str) -> bool:
    """Whether the name as written comes or rolls off a production line, as only goods do ("The
    last Nissan Leaf came off the production line in Sunderland"; a person comes off the bench)."""
    at = sentence.find(written)
    return at >= 0 and bool(_OFF_THE_LINE.match(sentence, at + len(written)))


# A plural noun and a verb right after a name: "Mr Kipling cakes are to cost more".
_GOODS_AFTER: Final = re.compile(
    r" [a-z]{3,}s (?:are|were|have|had|will|would|could|can|may|must)\b"
)


# "of" before a titled name, and a plural noun after it that closes the phrase: "Sales of Mr
# Kipling cakes rose", "the maker of Mr Kipling cakes and Branston pickle" (not "A friend of Mr
# Smith says he": a verb, which `_PLURAL_AFTER` leaves out, and a pronoun after it).
_OF_BEFORE: Final = re.compile(r"\bof $")
_GOODS_CLOSED: Final = re.compile(r"(?: and\b|,|\.| rose\b| fell\b| sold\b)")


def a_titled_brands_goods(sentence: str, alias: str) -> bool:
    """Whether a name with a courtesy title (`alias`: "Mr Kipling") stands right before a plural
    noun that a verb follows, or after "of" before a plural noun that closes the phrase: a
    brand's goods ("Mr Kipling cakes are to cost more", "Sales of Mr Kipling cakes rose", "the
    maker of Mr Kipling cakes and Branston pickle"), as no one's name with "Mr" qualifies a noun
    (a verb follows a person: "Mr Smith wants to")."""
    at = sentence.find(alias)
    if at < 0:
        return False
    if _GOODS_AFTER.match(sentence, at + len(alias)):
        return True
    goods = _PLURAL_AFTER.match(sentence, at + len(alias))
    return bool(
        goods and _OF_BEFORE.search(sentence, 0, at) and _GOODS_CLOSED.match(sentence, goods.end())
    )


# A drink's noun right after a name, in lower case: "Captain Morgan rum", "Johnnie Walker whisky".
_A_DRINK_AFTER: Final = re.compile(
    r" (?:rum|whisky|whiskey|gin|vodka|brandy|cognac|bourbon|tequila|liqueur|lager|beer|ale|"
    r"cider|stout|champagne|sherry)\b(?![\w'’-])"
)


def a_drinks_brand(sentence: str, written: str) -> bool:
    """Whether the name as written stands right before a drink's noun in lower case: a brand of
    that drink ("Sales of Captain Morgan rum rose", "while Captain Morgan rum also grew"), as no
    person's name qualifies "rum" or "whisky" (a person is what follows: "Tom Smith drank gin"
    has a verb between)."""
    at = sentence.find(written)
    return at >= 0 and bool(_A_DRINK_AFTER.match(sentence, at + len(written)))


# A count right before a name: "Two", "5,000", "a dozen", "millions of" (no year: "the 2024 Taylor
# Swift tour" is hers).
_A_COUNT_BEFORE: Final = re.compile(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)(?: of)?"
    r"|(?<![\w,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3}|\d+(?:\.\d+)?(?:m|bn|k)))\s$",
    re.I,
)

# A plural noun right after the name, the goods counted: "posters", "chips" (not "'s", nor a
# verb of a person's: "says", "wants").
_PLURAL_AFTER: Final = re.compile(
    r" (?!(?:says|does|goes|wants|thinks|tells|adds|gets|makes|takes|plays|scores|wins|runs|"
    r"needs|hopes|insists|admits|claims|believes|knows|feels|looks|seems|lives|works)\b)"
    r"[a-z]{2,}[^s\W]s\b"
)


def counted_goods(sentence: str, written: str) -> bool:
    """Whether the name as written stands between a count and a plural noun, as a brand's or a
    product's name stands before the goods counted ("Two Calvin Klein posters have been banned",
    "5,000 Grace Hopper chips"): no one's name is counted so ("two Tom Smith goals" is no
    British style; a year is no count, "the 2024 Taylor Swift tour")."""
    at = sentence.find(written)
    return (  # the plural first: one match at one place, where the count is a search
        at > 0
        and bool(_PLURAL_AFTER.match(sentence, at + len(written)))
        and bool(_A_COUNT_BEFORE.search(sentence, 0, at))
    )

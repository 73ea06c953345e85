"""A name the next sentence takes up as a firm, a band or a horse: "Jimmy Choo had a hard year. The company blamed"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.common.names import ROLE_HEADS

# How a sentence opens when its subject is the firm the sentence before was about, maybe with two
# words that say where it is from or what it does: "The company blamed", "The US bank said", "The
# women's fashion chain has", "It
# said" (not "It was", "It is": "It was a good day"; not "Its": "Tony Blair visited the plant. Its
# workers"; not the firm's people: "The bank's chairman", "The former bank chief").
_A_FIRM_OPENS: Final = re.compile(
    r"(?:The|the) (?:[\w'’-]+ ){0,2}?(?:company|firm|group|chain|retailer|bank|brand|label|business|"
    r"airline|carmaker|brewer|insurer|lender|supermarket)\b(?!['’]s\b)(?! (?:[\w-]+ )?(?:"
    r"chairman|chairwoman|chief|boss|head|executive|director|spokesman|spokeswoman|founder|owner|"
    r"president|manager|analyst|economist|staff|workers|secretary|minister|editor|correspondent|"
    r"reporter|journalist|leader|adviser|consultant|lawyer|presenter|spokesperson)\b)"
    r"|It (?:said|says|added|reported|posted)\b"
)

# A person taken up in the next sentence: "The company said he would stay".
_PERSONS: Final = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)


# How a sentence opens when its subject is the band the sentence before was about, with the words
# that say where it is from or what it plays: "The Glasgow band beat", "The four-piece rock group".
_A_BAND_OPENS: Final = re.compile(
    r"The (?:[\w-]+ ){0,3}?(?:band|group|duo|trio|quartet|four-piece)\b"
)


# How a sentence opens when its subject is the horse the sentence before was about: "The
# nine-year-old, ridden by", "Gordon Elliott's seven-year-old was ridden by" (its trainer's),
# "The Irish-trained gelding" (a rider is named "ridden by"; an athlete or a boxer is "coached"
# or "trained by").
_A_HORSE_OPENS: Final = re.compile(
    r"The (?:[\w-]+ ){0,2}?(?:gelding|mare|filly|colt|stallion|chaser|hurdler|steeplechaser)\b"
    r"(?!['’]s\b)|(?:The|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}['’]s) [\w-]+-year-old,?"
    r" (?:was )?ridden by\b"
)


# "The horse" opening a sentence, as its subject: "The horse, ridden by", "The horse was".
_THE_HORSE_OPENS: Final = re.compile(r"The horse\b(?!['’]s\b)")

# What a sentence about a rider says of the horse: "won on Golden Horn", "rode Enable".
_A_JOCKEYS_WORDS: Final = re.compile(r"\b(?:on|aboard|rode|riding|ride|rides|partnered)\b")


def taken_up_as_a_firm(
    sentence: str, names: Sequence[str], following: str, people: Sequence[str] = ()
) -> str | None:
    """The name that opens `sentence`, the only one it has (`names`: the candidates read in it),
    when `following` opens by calling its subject a firm and names no person by a pronoun: the
    firm the sentence was about (other names of the sentence only where it happened, as for a
    band); or whatever else it names, when `following` calls its subject a
    horse ("The nine-year-old, ridden by"), or "the horse" when the sentence does not say that
    its subject rode one ("won on", "rode"). A band so taken up ("The Glasgow band") may share its sentence
    only with names of where it happened, read as no person's (`people`: the names among `names`
    read as people's)."""
    if not names or len(names[0].split()) < 2 or not sentence.startswith(names[0]):
        return None
    opening = following.lstrip("“\"‘' ")
    if _A_HORSE_OPENS.match(opening):
        return names[0]  # a horse is "he" or "she" too: "The gelding … He jumped well"
    if _THE_HORSE_OPENS.match(opening) and not _A_JOCKEYS_WORDS.search(sentence):
        return names[0]  # "Nick Rockett won the National. The horse, ridden by" (not "Frankie
        # Dettori won on Golden Horn. The horse": its rider, who won on it)
    if _PERSONS.search(following):
        return None
    if _A_FIRM_OPENS.match(opening) and all(
        n not in people and _where_or_what(sentence, n) for n in names[1:]
    ):
        return names[0]  # but where it did it: "… at its plant in Norfolk. The company blamed"
    if _A_BAND_OPENS.match(opening) and all(
        n not in people and _where_or_what(sentence, n) for n in names[1:]
    ):
        return names[0]
    return None


# How a sentence opens when its subject is the product the sentence before was about, with when
# it was launched: "The assistant, launched in 2011, has fallen behind" (no one is launched).
_A_PRODUCT_OPENS: Final = re.compile(
    r"The (?:[\w-]+ ){0,2}?[a-z][\w-]*, (?:launched|unveiled|invented|first sold) in\b"
)


def taken_up_as_a_product(sentence: str, names: Sequence[str], following: str) -> str | None:
    """The name that opens `sentence` when `following` opens by calling its subject a thing
    launched, unveiled, invented or first sold in a year ("Siri is to get a new voice, Apple has
    said. The assistant, launched in 2011,"): a product, whoever is said to speak of it."""
    if not names or not sentence.startswith(names[0]) or not following.startswith("The "):
        return None
    return names[0] if _A_PRODUCT_OPENS.match(following) else None


def _where_or_what(sentence: str, name: str) -> bool:
    """A name after a preposition or "the": where or at what something happened ("at the
    Brits", "convicted over Enron"), not someone met ("met Bono")."""
    return (
        re.search(rf"\b(?:at|in|on|from|to|of|for|over|the) {re.escape(name)}\b", sentence)
        is not None
    )


# How a sentence opens when its subject is the performer or the player the sentence before was
# about, maybe with words that say what kind: "The singer, who", "The Irish singer's second
# album", "The designer, who left the fashion house that bears his name"; a player with words
# that say whose or which ("The Brazilian midfielder opened", "The former striker, 65, said";
# not "The striker, who joined in May": a club's player after a club's result); not a firm's
# people, "The chairman", nor a horse's "The 10-year-old".
_A_PERFORMER_OPENS: Final = re.compile(
    r"The (?:(?:[\w-]+ ){0,2}?(?:singer|singer-songwriter|songwriter|actress|actor|rapper|"
    r"comedian|comedienne|novelist|presenter|designer)"
    r"|(?:[\w-]+ ){1,2}?(?:striker|midfielder|forward|defender|goalkeeper|winger|playmaker))"
    r"(?:['’]s)?\b(?! [A-Z])"
)


def taken_up_as_a_performer(
    sentence: str, names: Sequence[str], following: str, people: Sequence[str] = ()
) -> str | None:
    """The name that opens `sentence`, beside only names read as no person's (`people`: those
    read as people's), when `following` opens by calling its subject a singer, an actor, a
    writer or a player: someone, though named by one word ("Madonna has topped the Forbes list.
    The singer, who lives in London, …"; not "Madonna met Guy Ritchie. The singer", nor "Chelsea
    signed Estevao. The winger": whom the name did something to)."""
    if not names or not sentence.startswith(names[0]) or any(n in people for n in names[1:]):
        return None
    if not _A_PERFORMER_OPENS.match(following.lstrip("“\"‘' ")):
        return None
    if len(names) > 1 and _the_verbs_object(sentence, names[0], names[1]):
        return None  # "Chelsea signed Estevao from Palmeiras. The winger": whom it signed
    return names[0]


# How a sentence opens when its subject is a player, with words that say whose or which: "The
# 18-year-old winger", "The Brazil forward" (`_A_PERFORMER_OPENS`'s players).
_A_PLAYER_OPENS: Final = re.compile(
    r"The (?:[\w-]+ ){1,2}?(?:striker|midfielder|forward|defender|goalkeeper|winger|playmaker)"
    r"(?:['’]s)?\b(?! [A-Z])"
)

# A club's verbs for taking on a player: "Chelsea signed Estevao".
_SIGNED: Final = frozenset({"signed", "signs"})


def taken_up_as_a_signing(sentence: str, names: Sequence[str], following: str) -> str | None:
    """The name a club that opens `sentence` signed, right after the verb, when `following`
    opens by calling its subject a player: the player signed ("Chelsea signed Estevao from
    Palmeiras. The 18-year-old winger scored"), though named by one word."""
    if len(names) < 2 or (" signed " not in sentence and " signs " not in sentence):
        return None  # (substring tests first: most sentences sign no one)
    if not sentence.startswith(names[0]):
        return None
    rest = sentence[len(names[0]) :].split(None, 1)
    if len(rest) < 2 or rest[0] not in _SIGNED or not rest[1].startswith(names[1]):
        return None
    return names[1] if _A_PLAYER_OPENS.match(following.lstrip("“\"‘' ")) else None


def _the_verbs_object(sentence: str, subject: str, name: str) -> bool:
    """The name right after the subject that opens the sentence and one verb in lower case: what
    the subject did it to ("Chelsea signed Estevao", "Arsenal beat Chelsea")."""
    rest = sentence[len(subject) :].split(None, 1)
    return len(rest) == 2 and rest[0].islower() and rest[1].startswith(name)


# How a sentence opens when its subject plays the part the sentence before was about: "William
# Roache, who has played the character since 1960,", "Barbara Knox, 74, who plays the newsagent"
# (a part played now, not "who played the full 90 minutes").
_AN_ACTOR_OPENS: Final = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},(?: \d+,)? who (?:plays|voices|has (?:played|voiced))"
    r" the\b"
)

# A creator opening a sentence, who "created" the someone the sentence before was about: "Steve
# Coogan, who created the hapless chat show host with Armando Iannucci," (no one creates a real
# person; "who created the company" is left: its last word must be a person's noun or a job).
_A_CREATOR_OPENS: Final = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},(?: \d+,)? who (?:created|invented|dreamed up|devised)"
    r" the (?:[\w-]+ ){0,3}?([a-z][\w-]*)\b(?= with\b|,)"
)


def _a_creator_of_someone(opening: str) -> re.Match[str] | None:
    """`_A_CREATOR_OPENS`, when what was created is named by a person's noun or a job."""
    created = _A_CREATOR_OPENS.match(opening)
    if created and (created.group(1) in ROLE_HEADS or created.group(1) in PERSON_NOUNS):
        return created
    return None


# A show's possessive opening a sentence before a name: "Coronation Street's", "EastEnders'".
_A_SHOWS_POSSESSIVE: Final = re.compile(r"(?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+(?:['’]s|['’]) ")


def taken_up_as_a_part(sentence: str, names: Sequence[str], following: str) -> str | None:
    """The name after the possessive opening `sentence` when `following` opens with an actor who
    plays "the" someone: a show's character ("Coronation Street's Ken Barlow is to leave. William
    Roache, who has played the character since 1960, …")."""
    if len(names) < 2 or not _AN_ACTOR_OPENS.match(following.lstrip("“\"‘' ")):
        return None
    opening = _A_SHOWS_POSSESSIVE.match(sentence)
    if opening is None or not sentence.startswith(names[1], opening.end()):
        return None
    return names[1] if len(names[1].split()) > 1 else None


# Words a sentence about a person has: who, speech, a man's or a woman's pronoun.
_A_PERSONS_WORDS: Final = re.compile(r"\b(?:who|said|says|he|she|his|her|him)\b")


# An actor's verb and "as" right after the name that opens the sentence: the name is the actor's,
# the part comes after "as" ("Renée Zellweger returns as Bridget", "is back as", "stars as").
_AN_ACTOR_AS_A_PART: Final = re.compile(
    r" (?:returns|is back|is to return|will return|will be back|stars|is to star|will star"
    r"|reprises (?:his|her|the) role) as [A-Z]"
)


def taken_up_as_a_character(sentence: str, names: Sequence[str], following: str) -> str | None:
    """The full name that opens `sentence` when `following` opens with an actor who plays "the"
    someone: a hint of a character ("Geraldine Granger is to return for two specials. Dawn
    French, who plays the vicar, …"), which the article's marks of a person outweigh ("Gordon
    Brown visited the set. David Tennant, who plays the Doctor, …" with "Mr Brown said"), or who
    plays "her" or "him" or made "the character" ("Tracy Beaker is back on CBBC. Dani Harmer plays
    her again."), or who created "the" someone ("Steve Coogan, who created the hapless chat show
    host with Armando Iannucci,"), or that
    calls its subject a cartoon's or a story's someone ("The cartoon father beat"); not when the
    sentence speaks of a person ("said he", "who")."""
    if not names or len(names[0].split()) < 2 or not sentence.startswith(names[0]):
        return None
    if _A_PERSONS_WORDS.search(sentence) and _A_PERSONS_WORDS.search(
        _A_BODYS_ATTRIBUTION.sub("", sentence)
    ):
        # "Andrew Lloyd Webber, who wrote the music, said he was proud." (a body's closing "…,
        # the BBC has said." speaks of no person)
        return None
    if _AN_ACTOR_AS_A_PART.match(sentence, len(names[0])):
        return None  # "Renée Zellweger returns as Bridget": the actor, who plays the character
    opening = following.lstrip("“\"‘' ")
    if _A_FICTION_OPENS.match(opening):
        return names[0]  # "Homer Simpson has been voted … The cartoon father beat"
    actor = (
        _AN_ACTOR_OPENS.match(opening)
        or _AN_ACTOR_OF_THEM_OPENS.match(opening)
        or _a_creator_of_someone(opening)
    )
    if actor is None and " who " in opening[:60]:
        actor = _an_actor_of_the_given_name(opening, names[0])
    return names[0] if actor and names[0] not in actor.group(0) else None


def said_of_then_played(sentence: str, names: Sequence[str], following: str) -> str | None:
    """The one full name of `names` that `sentence` says something of, right after "said" and
    before its verb ("Ben Wadey has said Phil Mitchell will find love again"), when `following`
    opens with an actor who plays "the character", "him" or "her" ("Steve McFadden has played the
    character since 1990"): the character, as who says it is someone; none when two are so said
    of."""
    if "said " not in sentence or not _AN_ACTOR_OF_THEM_OPENS.match(following.lstrip("“\"‘' ")):
        return None
    said_of = [
        n
        for n in names
        if " " in n and re.search(rf"\b(?:said|says) {re.escape(n)} {_A_CLAUSES_VERB}", sentence)
    ]
    return said_of[0] if len(said_of) == 1 else None


# A reported clause's verb after its subject: "said Phil Mitchell will", "would", "was".
_A_CLAUSES_VERB: Final = r"(?:will|would|is|was|has|had|could|can|may|might)\b"


# the verbs `_an_actor_of_the_given_name` reads right before the given name
_PLAYS: Final = ("plays", "voices", "played", "voiced")


def _an_actor_of_the_given_name(opening: str, name: str) -> re.Match[str] | None:
    """An actor opening the next sentence who plays the name's given name alone: "David
    Neilson, who has played Roy since 1995," after "Roy Cropper is to open a new cafe" (a part
    is named so, as no one plays a real person by a given name alone)."""
    given = name.split(None, 1)[0]
    if not any(f"{verb} {given}" in opening for verb in _PLAYS):
        return None  # (the pattern's verb and the given name are written nowhere: none made)
    return re.match(
        r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},(?: \d+,)? who (?:plays|voices|has (?:played|voiced))"
        rf" {re.escape(given)}(?= (?:since|for|in)\b|[,.])",
        opening,
    )


def taken_up_as_a_titled_character(sentence: str, alias: str, following: str) -> bool:
    """A courtesy title and one word opening `sentence` when `following` opens with an actor who
    plays, voices or made "the character", or will play or voice it: a character's name,
    whatever its "Mr" ("Mr Tumble is to get a new series. Justin Fletcher, who plays the
    character, said"; "Mr Bean will return … Rowan Atkinson, 70, will voice the character
    again.", "Miss Marple is to tour the UK. Sarah Alexander takes the part of the village
    detective."); not a person whom an actor plays ("Mr Bates … Toby Jones, who plays him,"), nor
    when the sentence speaks of a person."""
    if len(alias.split()) != 2 or not sentence.startswith(alias):
        return False
    if _A_PERSONS_WORDS.search(_A_BODYS_ATTRIBUTION.sub("", sentence)):
        return False  # (a body's closing "…, ITV said." speaks of no person)
    return bool(_THE_CHARACTERS_ACTOR_OPENS.match(following.lstrip("“\"‘' ")))


# A body's attribution closing a sentence: ", ITV said.", ", the BBC said on Monday."
_A_BODYS_ATTRIBUTION: Final = re.compile(
    r", (?:the )?[A-Z][\w&]*(?: [A-Z0-9][\w&]*)*(?:['’]s [a-z]+s)? (?:has )?(?:said|says)"
    r"(?: on [A-Z][a-z]+day)?\.$"
)

_THE_CHARACTERS_ACTOR_OPENS: Final = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}(?:,(?: \d+,)? who"
    r" (?:plays|voices|made|created|has played|played|voiced) the character\b"
    r"|(?:,(?: \d+,)?)? (?:will|is to|is set to) (?:again )?(?:play|voice) the character\b"
    r"|(?:,(?: \d+,)?)? (?:takes|took|will take|is to take) the (?:part|role) of the\b)"
)


# How a sentence opens when its subject plays the one the sentence before was about, named by a
# pronoun, as "the character" or as "the" someone again: "Dani Harmer plays her again,", "Zizi
# Strallen will play the nanny again", "Noel Edmonds, who made the character famous," "Steve
# McFadden has played the character since 1990", "Sarah
# Alexander takes the part of the village detective", "Billie Piper, who takes the part," (not
# "plays her mother", "who made the film").
_AN_ACTOR_OF_THEM_OPENS: Final = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}(?:"
    r" (?:plays|voices|will play|is to play|has played|has voiced) (?:her|him)(?: again)?[,.]"
    r"| (?:plays|voices|will play|will voice|is to play|is to voice) the [a-z]+ again\b"
    r"|(?:,(?: \d+,)?)? (?:will|is to) (?:play|voice) the character\b"
    r"|,(?: \d+,)? who (?:made|created|has played|played|voiced) the character\b"
    r"| (?:plays|played|has played|voices|voiced|has voiced) the character\b"
    r"|(?:,(?: \d+,)?)? (?:takes|took|will take|is to take) the (?:part|role) of the\b"
    r"|,(?: \d+,)? who (?:takes|took|has taken|will take) the (?:part|role)[,.])"
)


# How a sentence opens when its subject is someone of a cartoon or a story: "The cartoon father",
# "The fictional detective", "The animated bear's".
_A_FICTION_OPENS: Final = re.compile(r"The (?:[\w-]+ )?(?:cartoon|fictional|animated) [a-z]")


# A sentence opening with its subject's description and age: "The US singer, 35, last played".
_DESCRIBED_WITH_AN_AGE: Final = re.compile(r"The (?:[\w-]+ ){0,3}?[\w-]+, \d{1,3},")


def given_an_age(following: str) -> bool:
    """Whether `following` opens by describing its subject and giving an age, as only a person
    is given ("The US singer, 35, last played London in 2023")."""
    return bool(_DESCRIBED_WITH_AN_AGE.match(following.lstrip("“\"‘' ")))

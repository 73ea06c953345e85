"""Where things stand: a name written where news puts a work, a venue or a body."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import ORG_NOUNS, WORK_NOUNS, words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.own_words.nature import is_common_word, is_english_word, name_nature
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.appositions import (
    described_as_a_thing,
    is_a_named_work,
    named_after_a_bodys_noun,
)
from briefings.analysis.people.things.body_words import A_BODYS, WORKS
from briefings.analysis.people.things.clauses import opens_a_clause, told_as_a_thing
from briefings.analysis.people.things.firms.conduct import out_of_administration, told_as_a_firm
from briefings.analysis.people.things.firms.figures import (
    at_the_box_office,
    dated_in_brackets,
    its_audience,
    priced,
    released_as_a_work,
    reports_its_figures,
    speaks_of_its_figures,
)
from briefings.analysis.people.things.places import a_seat, followed_by_its_region
from briefings.analysis.people.things.possessed import (
    A_BRANDS,
    OF_A_BODY,
    a_things_possession,
    owns_nothing,
)
from briefings.analysis.people.things.works.awards import (
    a_winners_work,
    won_as_a_band,
    won_for_a_work,
)
from briefings.analysis.people.things.works.characters import played_by
from briefings.analysis.people.things.works.done_to import (
    after_a_persons_possessive,
    by_someone,
    listed_among_things,
    object_of_a_things_verb,
)
from briefings.analysis.people.things.works.parts_played import (
    PLAYS,
    a_billed_part_described,
    a_part_described_after_as,
    after_an_aside,
    an_actors_billing,
    an_actors_part,
    in_a_work,
)
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word

_THING_PLACES: Final = frozenset({"in", "at"})

_OF_A_THING: Final = frozenset(
    {"star", "stars", "cast", "production", "version", "sequel", "adaptation", "portrayal"}
    | {"revival", "staging", "remake", "reissue", "premiere", "screening", "prequel"}
    # "his portrayal of Ray Charles" (not "character": "the character of John Kerry")
)

_KIN: Final = words_set(
    """wife husband son daughter father mother sister brother widow widower uncle aunt nephew
    niece cousin partner girlfriend boyfriend heir friend"""
)


# What is thrown, aimed or said at someone, before "at" and their name: "threw flour at Tony
# Blair", "a swipe at Gordon Brown", "hit out at" (a venue is where things are done, not at whom).
_AT_SOMEONE: Final = words_set(
    """threw thrown throwing hurled aimed directed pointed shouted swore sneered sniped glared
    laughed jibe jibes swipe swipes dig digs"""
)
_OUT_AT: Final = words_set("hit hits hitting lashed lashes lashing")


def _aimed_at(tokens: list[Token], start: int) -> bool:
    """A name after "at" and what is thrown, aimed or said at someone: "threw purple flour at
    Tony Blair", "hit out at Gordon Brown" (not "at Goldman Sachs", "a night out at Ronnie
    Scott's")."""
    if start < 2 or tokens[start - 1].lower != "at":
        return False
    before = tokens[start - 2].lower
    if before == "out":
        return start > 2 and tokens[start - 3].lower in _OUT_AT
    k = start - 2
    while k > 0 and start - k < 5 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _AT_SOMEONE:
            return True  # "threw purple flour at", "took a swipe at"
        k -= 1
    return tokens[k].lower in _AT_SOMEONE


def _joined_after_a_thing_place(tokens: list[Token], conjunction: int) -> bool:
    """The name before the "and" at `conjunction` stands where things stand: "at Goldman Sachs
    and", "in Billy Elliot and"."""
    k = conjunction
    while k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word and not tokens[k - 1].possessive:
        k -= 1
    return conjunction - k > 0 and k > 0 and tokens[k - 1].lower in _THING_PLACES


def _in_a_titles_of(tokens: list[Token], start: int) -> bool:
    """A name after "of" that closes a title in capitals opened by "The" and headed by a common
    noun that is no title of a person: "The Secret Diary of Adrian Mole", "The Adventures of Tom
    Sawyer" (not "The Duke of Edinburgh", "The Bishop of Durham", "The Friends of Tom Smith")."""
    k = start - 2
    if k < 1 or not tokens[k].is_cap or is_title_word(tokens[k].text):
        return False
    if tokens[k].lower in PERSON_NOUNS or tokens[k].lower in _KIN or tokens[k].lower in ORG_NOUNS:
        return False
    if not is_common_word(tokens[k].text) or first_name_like(tokens[k].text):
        return False
    while k > 0 and tokens[k].text != "The" and tokens[k - 1].is_cap and start - k < 6:
        k -= 1
    return tokens[k].text == "The"


# The plural verbs two subjects take: "Ted Baker and Dune were".
_PLURAL_VERBS: Final = words_set("were are have")


def _joined_to_a_things_word(tokens: list[Token], end: int) -> bool:
    """A name joined by "and" to one word in capitals that is an English word and no one's
    name, before a plural verb: two things' names, subjects together ("Ted Baker and Dune
    were struggling", "Laura Ashley and Monsoon have closed"; not "Tom Smith and Green were", a
    surname too)."""
    if end + 2 >= len(tokens) or tokens[end].lower != "and":
        return False
    other = tokens[end + 1]
    return (
        other.is_cap
        and not other.possessive
        and tokens[end + 2].lower in _PLURAL_VERBS
        and is_english_word(other.text)
    )


def where_things_stand(tokens: list[Token], start: int, end: int) -> bool:
    """A name written where news style puts a work, a venue or a body, not a person: after "in"
    or "at" ("starred in Billy Elliot", "at Morgan Stanley"), after a job or a part and "of" ("the
    chairman of Pernod Ricard", "the star of Bridget Jones"), or before a job and another name
    ("Morgan Stanley analyst Tom Smith"). A person's possessive is none of these ("in Blair's").
    A part played ("who stars as Harry Potter") is read before, by `a_part_played`: the caller's
    first test, which makes the name a part's hint whatever else stands beside it."""
    if tokens[end - 1].possessive:  # "Merrill Lynch's profits", "Vera Drake's star"
        return owns_nothing(tokens, start, end) or a_things_possession(tokens, end)
    if told_as_a_thing(tokens, start, end):
        return True  # "Vera Drake, which", "Franz Ferdinand are", "Merrill Lynch said its"
    if after_a_persons_possessive(tokens, start) or by_someone(tokens, end):
        return True  # "Mike Leigh's Vera Drake", "Eve Green by Susan Fletcher"
    if described_as_a_thing(tokens, end) or is_a_named_work(tokens, end):
        return True  # "Morgan Stanley, the investment bank,", "Peter Pan is the Christmas show"
    before = tokens[start - 1].lower if start > 0 else ""
    if (before in _THING_PLACES and not _aimed_at(tokens, start)) or (
        before in {"a", "an"} or before in _DETERMINERS
    ):
        return True  # "starred in Billy Elliot", "a Tom Hanks film", "his Harry Potter role"
    if before in {"next", "new"} and start > 1 and tokens[start - 2].lower in {"the", "a"}:
        return True  # a part or a likeness, no one named: "the next James Bond", "a new Beckham"
    if before == "and" and _joined_after_a_thing_place(tokens, start - 1):
        return True  # "analysts at Goldman Sachs and Merrill Lynch"
    if _joined_to_a_things_word(tokens, end):
        return True  # "said Ted Baker and Dune were struggling"
    if ridden(tokens, start):
        return True  # a horse: "Sean Bowen will ride Noble Yeats"
    if _a_players_club(tokens, start, end):
        return True  # a club: "has signed for Hamilton Academical", "joined Dale Forest on loan"
    if before in _STABLEMATES or (
        before == "," and start > 1 and tokens[start - 2].lower in _STABLEMATES
    ):
        return True  # a horse: "beat stablemate Harry Topper", "his stablemate, Denman,"
    if before == "," and a_part_described_after_as(tokens, start):
        return True  # "stars Hilary Swank as a boxer, Maggie Fitzgerald"
    if before == "," and a_billed_part_described(tokens, start, end):
        return True  # "with Billie Piper as his companion, Rose Tyler." (round 59)
    if before == "as" and an_actors_billing(tokens, start):
        return True  # a cast list: "with Hugh Grant as Daniel Cleaver"
    if before in PLAYS and (
        in_a_work(tokens, end)
        or in_a_work(tokens, after_an_aside(tokens, end))
        or an_actors_part(tokens, start, end)
    ):
        # a part: "who plays Ken Barlow in Coronation Street", "played Susan in the film",
        # "plays Agnes Brown, a Dublin matriarch, in the sitcom"
        return True
    if before == ":" and start > 1 and tokens[start - 2].lower in WORK_NOUNS | WORKS:
        return True  # an award's category and its winner: "Best film: Vera Drake"
    if before == "," and a_winners_work(tokens, start, end):
        return True  # "Best actress: Imelda Staunton, Vera Drake"
    if won_as_a_band(tokens, start, end):
        return True  # "Franz Ferdinand won best British group"
    if before == "to" and start > 1 and tokens[start - 2].lower in _SEQUELS:
        return True  # "a sequel to Bridget Jones"
    verb = after_an_aside(tokens, end)
    if verb + 1 < len(tokens) and tokens[verb].lower in _STARRING and cap_at(tokens, verb + 1):
        # "Vera Drake stars Imelda Staunton", "Don Carlos, at the Gielgud, stars Derek Jacobi"
        # (a person "stars in")
        return True
    if _a_works_credit(tokens, end):
        return True  # "Vera Drake, starring Imelda Staunton,", "Peter Pan, directed by"
    if priced(tokens, end):
        return True  # "Morgan Stanley rose 2%", "Ann Summers fell 5p"
    if object_of_a_things_verb(tokens, start, end):
        return True  # "the theatre staged Peter Pan", "acquired Jimmy Choo"
    if its_audience(tokens, start, end):
        return True  # "Jerry Springer drew 1.8m viewers"
    if released_as_a_work(tokens, start, end):
        return True  # "Vera Drake grossed $3m", "Billy Elliot was released on DVD"
    if dated_in_brackets(tokens, end) or at_the_box_office(tokens, start, end):
        return True  # "Vera Drake (2004)", "Ray took $20m at the box office"
    if listed_among_things(tokens, start):
        return True  # "retailers such as Ted Baker and Karen Millen"
    if reports_its_figures(tokens, end) or speaks_of_its_figures(tokens, end):
        return True  # "John Lewis reported a 10% rise in sales"
    if told_as_a_firm(tokens, start, end):
        return True  # "Ted Baker plc", "Laura Ashley has issued a profit warning", "has 84 shops"
    if out_of_administration(tokens, end):
        return True  # "bought Jack Wills out of administration"
    if before.endswith(_BASED):
        return True  # "the London-based Jimmy Choo" (a person has a job: "London-based designer")
    if named_after_a_bodys_noun(tokens, start, end):
        return True  # "the bank, Morgan Stanley, has"
    if followed_by_its_region(tokens, start, end):
        return True  # "from Hilton Head, South Carolina,"
    if a_seat(tokens, start, end):
        return True  # "the seat of Milton Keynes North East", "MP for Henley"
    if played_by(tokens, end):
        return True  # a part: "James Bond will be played by Daniel Craig"
    after = tokens[end] if end < len(tokens) else None
    if (
        after is not None
        and not after.is_cap
        and (
            after.lower in WORK_NOUNS
            or after.lower in ORG_NOUNS
            or after.lower in A_BODYS
            or after.lower in WORKS
            or after.lower in A_BRANDS
        )
    ):
        return True  # "the Billy Elliot musical", "a Morgan Stanley fund", "Ann Summers stores"
    if before == "for" and start > 1 and tokens[start - 2].is_cap and tokens[start - 2].is_word:
        return True  # nominated: "Susan Fletcher for Eve Green"
    if before == "for" and start > 1 and tokens[start - 2].lower in _AWARDED:
        return True  # "nominated for Vera Drake", "an Oscar for Million Dollar Baby"
    if won_for_a_work(tokens, start):
        return True  # "won best actor for Ray"
    if before == "of" and start > 1:
        job = tokens[start - 2]
        if not job.is_cap and job.lower not in _KIN and (job.is_head or job.lower in _OF_A_THING):
            return not _made_a_star_of(tokens, start)
        if (not job.is_cap or start == 2) and job.lower in OF_A_BODY:
            # "the takeover of Laura Ashley", "shareholders of Morgan Stanley", "Sales of
            # Johnnie Walker rose" (the noun opening the sentence)
            return True
    if before == "of" and _in_a_titles_of(tokens, start):
        return True  # "The Secret Diary of Adrian Mole has been turned into a musical"
    if _titled_a_work(tokens, end) or _and_the_of(tokens, end):
        return True  # "Jerry Springer the Opera", "Harry Potter and the Goblet of Fire"
    if opens_a_clause(tokens, start) and _one_title_before_its_verb(tokens, end):
        return True  # "Harry Potter and the Half-Blood Prince has become"
    k = end
    while (
        k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].is_cap
        and (tokens[k].is_head or tokens[k].lower in _OF_A_WORK_BEFORE)
    ):
        k += 1
    # a job, or a work's star or creator, and another name: "Morgan Stanley analyst Tom Smith",
    # "Harry Potter star Daniel Radcliffe", "Mary Poppins creator PL Travers"
    return k > end and k < len(tokens) and tokens[k].is_cap and tokens[k].is_word


def _made_a_star_of(tokens: list[Token], start: int) -> bool:
    """ "made a star of" right before the name: the one made a star ("The film made a star of
    Michael Caine"), not a work's star ("the star of Bridget Jones")."""
    if start < 3 or tokens[start - 2].lower not in {"star", "stars"}:
        return False
    k = start - 3
    if tokens[k].lower == "a":
        k -= 1  # "made a star of", "made stars of"
    return k >= 0 and tokens[k].lower in _MAKES


# Forms of "make" before "a star of" someone.
_MAKES: Final = words_set("make makes made making")


# Who a work has, written between its title and their name: "Harry Potter star Daniel Radcliffe"
# ("cast" left out: a verb too, "Trump cast Clinton as").
_OF_A_WORK_BEFORE: Final = words_set(
    "star stars creator creators author actor actress screenwriter"
)


def _titled_a_work(tokens: list[Token], end: int) -> bool:
    """A name followed by "the" and a work's noun in capitals, the rest of a work's title:
    "Jerry Springer the Opera", "Billy Elliot the Musical" (not "Alfred the Great")."""
    return (
        end + 1 < len(tokens)
        and tokens[end].lower == "the"
        and tokens[end + 1].is_cap
        and tokens[end + 1].lower in WORK_NOUNS
    )


def _and_the_of(tokens: list[Token], end: int) -> bool:
    """A name that opens a work's title, "and the" and a thing "of" another: "Harry Potter and
    the Goblet of Fire", "Indiana Jones and the Temple of Doom" (not "Tony Blair and the Duke of
    Edinburgh", a title; nor "and the Bank of England", a body)."""
    if end + 4 >= len(tokens) or tokens[end].lower != "and" or tokens[end + 1].lower != "the":
        return False
    thing, of = tokens[end + 2], tokens[end + 3]
    if not (thing.is_cap and thing.is_word) or thing.is_head or of.lower != "of":
        return False
    k = end + 4 + (tokens[end + 4].lower == "the")
    if k >= len(tokens) or not cap_at(tokens, k):
        return False
    words = [t.text for t in tokens[end + 2 : k + 1]]
    return (
        not is_title_word(thing.text)
        and thing.lower not in PERSON_NOUNS  # "the Duke of Edinburgh", "the Earl of Wessex"
        and not kind_by_lists(" ".join(words), [w.lower() for w in words])
        and name_nature(thing.text) != "organisation"
    )


# Singular verbs: what "X and the Y" takes as one thing, a title ("Tony Blair and the Queen have").
_SINGULAR: Final = words_set("has is was")


def _one_title_before_its_verb(tokens: list[Token], end: int) -> bool:
    """A subject's name, "and the", capitalised words and a singular verb: the two joined are one
    thing, a title ("Harry Potter and the Half-Blood Prince has become"; not "Tony Blair and the
    Queen have met", nor a lone title or person's noun, "and the Duke")."""
    if end + 3 >= len(tokens) or tokens[end].lower != "and" or tokens[end + 1].lower != "the":
        return False
    k = m = end + 2
    while m < len(tokens) and m - k < 5 and cap_at(tokens, m):
        m += 1
    if m - k == 1 and (tokens[k].is_head or tokens[k].lower in PERSON_NOUNS):
        return False
    return m > k and m < len(tokens) and tokens[m].lower in _SINGULAR


# A work's makers, credited between commas after its title: "Peter Pan, directed by PJ Hogan,".
_MADE_BY: Final = words_set("directed produced staged filmed adapted scripted choreographed")


def credited_as_a_work(tokens: list[Token], end: int) -> bool:
    """A comma and a film's or a play's credit after a name: "starring" and a name, or
    "directed by" ("King Kong, directed by Peter Jackson,"): a work, whatever title stands
    before it."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return False
    credit = tokens[end + 1].lower
    if credit == "starring":
        return cap_at(tokens, end + 2)
    return credit == "directed" and tokens[end + 2].lower == "by" and cap_at(tokens, end + 3)


def _a_works_credit(tokens: list[Token], end: int) -> bool:
    """A comma and a work's credit after a name: "starring" and a name, or a maker's participle
    and "by": "Vera Drake, starring Imelda Staunton,", "Peter Pan, directed by PJ Hogan,"."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return False
    credit = tokens[end + 1].lower
    if credit == "starring":
        return cap_at(tokens, end + 2)
    if credit in {"founded", "incorporated"}:
        # "Jimmy Choo, founded in 1996,", "founded by Tamara Mellon" (not "in the tradition")
        after = tokens[end + 3] if end + 3 < len(tokens) else None
        return after is not None and (
            (tokens[end + 2].lower == "in" and after.text[:1].isdigit())
            or (tokens[end + 2].lower == "by" and after.is_cap)
        )
    if credit == "part" and tokens[end + 2].lower == "of":
        return cap_at(tokens, end + 3)  # "Louis Vuitton, part of LVMH,"
    if credit in _OWNED_BY or credit.endswith("-owned"):
        # what is owned, made or brewed: a firm, a brand, a club or a horse, never a person
        # ("Alexander McQueen, owned by Gucci,", "Jack Daniel's, made by Brown-Forman,")
        return tokens[end + 2].lower == "by"
    return credit in _MADE_BY and tokens[end + 2].lower == "by"


# Participles of what is owned or made, before "by" and its owner or maker.
_OWNED_BY: Final = words_set("owned made manufactured brewed distilled controlled")

# Determiners people's names do not take: "this Morgan Stanley fund", "his Harry Potter role".
_DETERMINERS: Final = words_set(
    "this these those every each its their his her our your my another whose"
)


# A word ending a place's or an owner's compound right before a firm's name: "the London-based
# Jimmy Choo", "state-owned Rosneft".
_BASED: Final = ("-based", "-listed", "-owned")

# A horse from the same stable as another (a firm's "stablemate" is another firm).
_STABLEMATES: Final = words_set("stablemate stablemates")

# What a jockey does to a horse, right before its name: "will ride Mr Incredible".
_RIDES: Final = words_set("ride rides rode riding")


# A player's move to a club, before its name: "signed for", "joined".
_SIGNED: Final = words_set("sign signs signed signing")
_JOINED: Final = words_set("join joins joined joining rejoin rejoins rejoined")

# The terms on which a player joins a club: "on loan", "on a two-year deal".
_TERMS: Final = words_set("loan deal contract transfer")


def _a_players_club(tokens: list[Token], start: int, end: int) -> bool:
    """A name a player signs for ("has signed for Hamilton Academical") or joins on a deal or a
    loan ("joined Dale Forest on a two-year deal"): a club (not "joined Tom Smith on stage")."""
    if start > 1 and tokens[start - 1].lower == "for" and tokens[start - 2].lower in _SIGNED:
        return True
    if start == 0 or tokens[start - 1].lower not in _JOINED:
        return False
    if end >= len(tokens) or tokens[end].lower != "on":
        return False
    return any(t.lower in _TERMS for t in tokens[end + 1 : end + 5])


def ridden(tokens: list[Token], start: int) -> bool:
    """A name (maybe opening on a courtesy title) right after a verb of riding: a horse ("will
    ride Mr Incredible", "rode Noble Yeats"), as people are not ridden."""
    return start > 0 and tokens[start - 1].lower in _RIDES


_SEQUELS: Final = words_set("sequel sequels prequel follow-up")

# A work's verbs before the names of its actors: "Vera Drake stars Imelda Staunton".
_STARRING: Final = words_set("stars starred starring features featured")


# Words after which "for" and a name give the work honoured: "nominated for Vera Drake".
_AWARDED: Final = words_set(
    """nominated nomination nominations shortlisted award awards prize prizes oscar oscars bafta
    baftas globe globes honoured honored won wins"""
)

"""Where things stand: a name written where news puts a work, a venue or a body."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.gender import PERSON_NOUNS
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import ORG_NOUNS, WORK_NOUNS, words_set
from briefings.analysis.people.finding.cuts import ABBREVIATED_JOBS
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.own_words.nature import (
    is_common_word,
    is_english_word,
    name_nature,
)
from briefings.analysis.people.roles.roles import Token
from briefings.analysis.people.things.appositions import (
    described_as_a_thing,
    is_a_named_work,
    named_after_a_bodys_noun,
)
from briefings.analysis.people.things.body_words import A_BODYS, BEFORE_A_VERB, PREPOSITIONS, WORKS
from briefings.analysis.people.things.clauses import opens_a_clause, told_as_a_thing
from briefings.analysis.people.things.firms.conduct import (
    out_of_administration,
    told_as_a_firm,
)
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
from briefings.analysis.people.things.works.characters import played_by
from briefings.analysis.people.things.works.done_to import (
    a_winners_work,
    after_a_persons_possessive,
    by_someone,
    listed_among_things,
    object_of_a_things_verb,
    won_as_a_band,
    won_for_a_work,
)
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.words import STYLES

_THING_PLACES: Final = frozenset({"in", "at"})

_OF_A_THING: Final = frozenset(
    {"star", "stars", "cast", "production", "version", "sequel", "adaptation", "portrayal"}
    | {"revival", "staging", "remake", "reissue", "premiere", "screening", "prequel"}
    # "his portrayal of Ray Charles" (not "character": "the character of John Kerry")
)

# What is had or done only of a body, before "of" and its name: "the takeover of Laura Ashley".
_OF_A_BODY: Final = words_set(
    """takeover takeovers acquisition owners subsidiary shareholders customers sales shares
    makers maker owner board"""
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


def a_titled_part(tokens: list[Token], run_start: int, start: int, end: int) -> bool:
    """A name with a courtesy title (from `run_start`) that an actor plays in a work: a part,
    the title part of its name ("who plays Mrs Hudson in Sherlock")."""
    if not (start > run_start > 0 and tokens[run_start - 1].lower in _PLAYS):
        return False
    if _in_a_work(tokens, end) or _in_a_work(tokens, _after_an_aside(tokens, end)):
        return True
    # "in" and a title of one word that is no place: "in Sherlock" (not "in London")
    return (
        end + 1 < len(tokens)
        and tokens[end].lower == "in"
        and cap_at(tokens, end + 1)
        and not cap_at(tokens, end + 2)
        and kind_by_lists(tokens[end + 1].text, [tokens[end + 1].lower]) is None
    )


def _a_part_described_after_as(tokens: list[Token], start: int) -> bool:
    """A name after a comma that closes "as" and a description in lower case, maybe with a
    possessive, an actor's verb shortly before: the part, named after what it is ("stars Hilary
    Swank as a boxer, Maggie Fitzgerald", "stars Vicky McClure as Tommy's wife, Jean"; not "Tom
    Smith, who works as a nurse, Jane Smith")."""
    k = start - 2
    while (
        k > 0
        and start - k < 6
        and tokens[k].is_word
        and (not tokens[k].is_cap or tokens[k].possessive)
    ):
        if tokens[k].lower == "as":
            return k < start - 2 and any(t.lower in _ACTING for t in tokens[max(0, k - 5) : k])
        k -= 1
    return False


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
        return _owns_nothing(tokens, start, end) or _a_things_possession(tokens, end)
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
    if before == "," and _a_part_described_after_as(tokens, start):
        return True  # "stars Hilary Swank as a boxer, Maggie Fitzgerald"
    if before == "as" and _an_actors_billing(tokens, start):
        return True  # a cast list: "with Hugh Grant as Daniel Cleaver"
    if before in _PLAYS and (
        _in_a_work(tokens, end)
        or _in_a_work(tokens, _after_an_aside(tokens, end))
        or _an_actors_part(tokens, start, end)
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
    verb = _after_an_aside(tokens, end)
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
            or after.lower in _A_BRANDS
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
            return True
        if (not job.is_cap or start == 2) and job.lower in _OF_A_BODY:
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


# Who a body has and a person does not, after its possessive: "John Lewis's chairman", "Karen
# Millen's owner" (a horse's too: "Best Mate's owner"; a person has a "parent", a firm a "parent
# company").
_HEADS_OF: Final = words_set(
    """chairman chairwoman board directors executives employees workforce owners owner jockey
    founder founders headquarters"""
)

# Two words a body has after its possessive: "John Lewis's chief executive".
_A_BODYS_PAIRS: Final = frozenset(
    {
        ("chief", "executive"),
        ("managing", "director"),
        ("finance", "director"),
        ("parent", "company"),
        ("parent", "group"),
        ("share", "price"),
        ("annual", "results"),
        ("interim", "results"),
        ("half-year", "results"),
        ("full-year", "results"),
        ("quarterly", "results"),
        ("trading", "update"),
        ("profit", "warning"),
        ("market", "value"),
        ("market", "capitalisation"),
        ("stock", "market"),
    }
)

# What a body's sister is: "John Lewis's sister chain", "The Sun's sister paper".
_SISTER_BODIES: Final = words_set(
    """chain chains company companies firm firms brand brands store stores paper papers title
    titles station stations channel channels airline airlines bank banks label labels group"""
)


def _a_sister_body(token: Token) -> bool:
    """A body's noun after "sister", in lower case: "sister chain", "sister paper"."""
    return not token.is_cap and (token.lower in _SISTER_BODIES or token.lower in ORG_NOUNS)


# What a brand or a chain is, after its name: "the Ted Baker chain", "Jimmy Choo products".
_A_BRANDS: Final = words_set(
    """chain chains brands products outlets boutiques franchises range ranges shirts shoes
    handbags jeans fragrances perfumes cosmetics"""
)

# Determiners people's names do not take: "this Morgan Stanley fund", "his Harry Potter role".
_DETERMINERS: Final = words_set(
    "this these those every each its their his her our your my another whose"
)

# Verbs that open a clause after its subject: "as Jonny Wilkinson was injured" (no part).
_A_CLAUSES_VERB: Final = words_set("is was has had will would could can may might are were")


def a_part_played(tokens: list[Token], start: int, end: int) -> bool:
    """A name that an actor plays, whatever kin or job the sentence gives it: after "as" and an
    actor's verb shortly before, with a description of the part in lower case between or none
    ("will star Penelope Cruz as Angelica, the daughter of Blackbeard", "is to return to
    EastEnders as launderette worker Dot Cotton"; not "stars such as Tom Cruise", nor "returned to
    the side as Jonny Wilkinson was injured": a clause's subject, nor "played as Tom Smith's
    partner"), or in the passive with "by"
    ("her son Nick Cotton, played by John Altman")."""
    if played_by(tokens, end):
        return True
    if _years_playing(tokens, start) and not tokens[end - 1].possessive:
        return True  # "after almost a decade playing Mick Carter"
    if tokens[end - 1].possessive or (end < len(tokens) and tokens[end].lower in _A_CLAUSES_VERB):
        return False  # "played as Tom Smith's partner"
    if _played_in_a_work(tokens, start, end):
        return True  # "plays her daughter Cathy in the show", "plays Agnes Brown, a mother, in"
    if start > 0 and tokens[start - 1].text == "," and _a_part_described_after_as(tokens, start):
        return True  # "stars Vicky McClure as Tommy's wife, Jean" (a kin's role no person's)
    k = start - 1
    titles = 0  # a part's title: "star Julian Clary as Captain Hook", "as DS Steve Arnott",
    # "return as Superintendent Ted Hastings", "as Detective Inspector Jack Frost"
    while k > 1 and titles < 2 and tokens[k].is_cap and _a_parts_title_or_rank(tokens[k]):
        k, titles = k - 1, titles + 1
    if titles and tokens[k].lower != "as":
        k = start - 1  # no "as" before the words in capitals: the name's own rank or job
    while k > 0 and start - k <= 4 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower == "as":
            break
        k -= 1
    if k < 1 or tokens[k].lower != "as" or tokens[k - 1].lower in {"such", "well"}:
        return False
    acting = any(t.lower in _ACTING for t in tokens[max(0, k - 5) : k])
    if start - k > 1 and tokens[k + 1].lower in {"a", "an", "the", "his", "her", "their"}:
        # "works as a nurse, Jane": a job, then another clause's name; but "return as the
        # scheming Kim Tate", a part described after an actor's verb
        # (not "stars Johnny Depp as the barber and Helena Bonham Carter": another's part)
        return (
            acting
            and tokens[k + 1].lower == "the"
            and not any(t.lower in {"and", "or", "with", "but"} for t in tokens[k + 2 : start])
        )
    return (
        acting
        or _back_as(tokens, k)
        or _taking_over_as(tokens, k, end)
        or _scenes_filmed(tokens, k)
    )


# A span of time before an actor's verb: "after 27 years playing Marlon Dingle".
_SPANS: Final = words_set("year years decade decades month months")

# Verbs of playing a part after a span of time (not "played", a match's: "two years played").
_PLAYING: Final = words_set("playing portraying")


def _years_playing(tokens: list[Token], start: int) -> bool:
    """A name right after "playing" or "portraying" that a span of time opens: the part an
    actor has had for that long ("after almost a decade playing Mick Carter", "has spent 27 years
    playing Marlon Dingle"); not "after playing Tom Smith in the final", an opponent, nor
    "playing Tom Smith's partner", a possessive's."""
    return start >= 2 and tokens[start - 1].lower in _PLAYING and tokens[start - 2].lower in _SPANS


# A verb of taking over before "over as": "with Emily Mortimer taking over as Mary Brown".
_TAKE: Final = words_set("take takes taking took taken")


def _taking_over_as(tokens: list[Token], k: int, end: int) -> bool:
    """ "taking over as" and a name that closes the sentence or goes on "in" a work: a part an
    actor takes over ("with Emily Mortimer taking over as Mary Brown."); not "will take over as
    Tom Smith retires", a clause's subject, nor "take over as chief executive", a job."""
    if k < 2 or tokens[k - 1].lower != "over" or tokens[k - 2].lower not in _TAKE:
        return False
    return end >= len(tokens) or tokens[end].text == "." or _in_a_work(tokens, end)


# A copula before "back as": "Hugh Grant is back as Daniel Cleaver".
_BACK: Final = words_set("is are was were be")


def _back_as(tokens: list[Token], k: int) -> bool:
    """ "back as" after a copula, an actor's return in a part ("Hugh Grant is back as Daniel
    Cleaver"), or after an actor's full name with no verb, as a cast is billed ("with Hugh Grant
    back as Daniel Cleaver"); not "will not back Mr Trump, as has Carlos Gimenez", a verb); also
    "back on set", "back on screen" or "back on our screens" ("Letitia Dean is back on set as
    Sharon Watts")."""
    if k > 3 and tokens[k - 1].lower in _SET_OR_SCREEN:
        k -= 2 if tokens[k - 2].lower == "our" else 1
        if tokens[k - 1].lower != "on":
            return False
        k -= 1
    if k < 2 or tokens[k - 1].lower != "back":
        return False
    return tokens[k - 2].lower in _BACK or _an_actors_billing(tokens, k)


# Where an actor is back: "back on set", "back on screen", "back on our screens".
_SET_OR_SCREEN: Final = words_set("set screen screens")

# Verbs of filming an actor's scenes: "has filmed his final scenes as Tony Hutchinson".
_FILMED: Final = words_set("film films filmed filming shoot shoots shot shooting")


def _scenes_filmed(tokens: list[Token], k: int) -> bool:
    """ "scenes" (or "scene") right before "as", a verb of filming up to three words before it:
    an actor's part ("has filmed his final scenes as Tony Hutchinson"); not "chaotic scenes as Tom
    Smith left court", where nothing was filmed."""
    if k < 2 or tokens[k - 1].lower not in {"scene", "scenes"}:
        return False
    return any(t.lower in _FILMED for t in tokens[max(0, k - 5) : k - 1])


def _played_in_a_work(tokens: list[Token], start: int, end: int) -> bool:
    """A name a verb of playing takes, past a few words in lower case ("again", "her daughter",
    "grumpy", "her sidekick,") and a title ("GP Dr", "DCI"): a part when a title was passed
    that is no courtesy title ("will again play DCI John Luther") or a courtesy title after a
    description ("playing the headmistress Miss Trunchbull"; "played Mr Jones in London" may be
    anyone), when "in" and a work follow it or its aside ("plays her daughter Cathy in the
    show", "plays Agnes Brown, a Dublin mother, in the sitcom"), or when an actor's "who plays"
    closes on it ("Clunes, who plays grumpy GP Dr Martin Ellingham,"; not "will play top seed
    Tom Smith in the final", an opponent)."""
    k = start - 1
    while k > 0 and start - k <= 3 and tokens[k].is_cap and _a_parts_title(tokens[k]):
        k -= 1
    title = tokens[k + 1 : start]
    if tokens[k].text == "," and k > 1 and tokens[k - 1].is_word and not tokens[k - 1].is_cap:
        k -= 1  # an apposition: "plays her sidekick, DS Aiden Healy"
    described = k
    while (
        k > 0
        and described - k < 3
        and tokens[k].lower not in _PLAYS
        and _between_playing_and_a_part(tokens[k])
    ):
        k -= 1
    if k < 1 or tokens[k].lower not in _PLAYS or tokens[k].is_cap:
        return False
    if k == start - 1 and tokens[k - 1].lower == "who":
        return False  # "who plays Ken Barlow": `_an_actors_part`, which asks for an actor
    titled = any(not t.is_courtesy for t in title) or (bool(title) and k < described)
    return (
        titled
        or _in_a_work(tokens, end)
        or _in_a_work(tokens, _after_an_aside(tokens, end))
        or (tokens[k - 1].lower == "who" and _parts_close(tokens, end))
    )


def _a_parts_title(token: Token) -> bool:
    """A courtesy title, a title in nameparser's list or a job's letters before a part's name:
    "Mrs", "Dr", "Captain", "DCI", "GP"."""
    return (
        token.is_courtesy
        or token.lower.rstrip(".") in STYLES
        or is_title_word(token.text)
        or token.text in ABBREVIATED_JOBS
    )


def _a_parts_title_or_rank(token: Token) -> bool:
    """`_a_parts_title`, or a rank or job in capitals that is an English word and no given name
    ("Superintendent", "Inspector", "Constable")."""
    return _a_parts_title(token) or (is_common_word(token.text) and not first_name_like(token.text))


def _between_playing_and_a_part(token: Token) -> bool:
    """A word in lower case that may stand between a verb of playing and the part: an adverb,
    a possessive, kin or a description ("again", "her", "daughter", "grumpy"); not a preposition
    or a conjunction, which open another phrase ("play host to", "play and win")."""
    return (
        token.is_word
        and not token.is_cap
        and token.lower not in PREPOSITIONS
        and token.lower not in _NOT_BETWEEN
    )


_NOT_BETWEEN: Final = words_set("and or but to that than as well")


# Verbs and nouns of acting before "as" and a part: "stars as Harry Potter".
_ACTING: Final = words_set(
    """star stars starred starring cast casting plays played playing portray portrays portrayed
    portraying role appearance appearances return returns returned returning reprise reprises
    reprised reprising"""
)


def _owns_nothing(tokens: list[Token], start: int, end: int) -> bool:
    """A possessive that owns nothing, a stop right after it, opening the sentence or after a
    firm's noun and "of": a shop's or a brand's name ("Jack Daniel's, made by", "Sales of Jack
    Daniel's,"); not a possessive whose noun is understood ("close to Hillary Clinton's,")."""
    after = tokens[end].text if end < len(tokens) else "."
    if after not in _STOPS:
        return False
    if not any(t.is_word for t in tokens[:start]):
        return True
    return start > 1 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _OF_A_BODY


_STOPS: Final = frozenset({",", ".", ";", ":", ")", "!", "?"})


def _a_things_possession(tokens: list[Token], end: int) -> bool:
    """After a name's possessive, what a body, a work or a brand has, maybe after a word or two
    that qualify it: "Merrill Lynch's profits", "Ted Baker's pre-tax profits", "Vera Drake's
    star"."""
    if end + 1 < len(tokens) and (tokens[end].lower, tokens[end + 1].lower) in _A_BODYS_PAIRS:
        return True  # "John Lewis's chief executive", "Ted Baker's parent company"
    if end + 1 < len(tokens) and tokens[end].lower == "sister" and _a_sister_body(tokens[end + 1]):
        return True  # "John Lewis's sister chain Waitrose" (a person's sister is no chain)
    if end + 1 < len(tokens) and tokens[end].lower == "director":
        # a work's director and their name: "Vera Drake's director Mike Leigh" (not "Tony
        # Blair's director of communications", "Greg Dyke's director general role")
        after = (
            tokens[end + 1]
            if tokens[end + 1].text != ","
            else tokens[min(end + 2, len(tokens) - 1)]
        )
        return after.is_cap and after.is_word
    for k in range(end, min(len(tokens), end + 3)):
        after = tokens[k]
        if after.is_cap or not after.is_word or after.possessive:
            return False
        if after.lower in _AFTER_A_THINGS_POSSESSIVE:
            return k == end or after.lower in A_BODYS
        if after.lower in BEFORE_A_VERB or after.lower in PREPOSITIONS:
            return False
    return False


# A word ending a place's or an owner's compound right before a firm's name: "the London-based
# Jimmy Choo", "state-owned Rosneft".
_BASED: Final = ("-based", "-listed", "-owned")

_ACTORS: Final = words_set("actor actress actors actresses")

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


def _an_actors_part(tokens: list[Token], start: int, end: int) -> bool:
    """A part after an actor's "who plays": "Actor William Roache, who plays Ken Barlow," or a
    name closing the clause ("Teri Hatcher, who plays Susan Mayer, said"); a player "who plays
    Roger Federer next" is no actor."""
    if start < 2 or tokens[start - 2].lower != "who":
        return False
    closes = _parts_close(tokens, end)
    return closes or any(t.lower in _ACTORS for t in tokens[: start - 2])


def _an_actors_billing(tokens: list[Token], start: int) -> bool:
    """A full name right before the "as" at `start - 1`, as a cast is billed: "with Hugh Grant as
    Daniel Cleaver", "Jamie Foxx as Ray"; the name after "as" is the part (not "as well as",
    nor a job: "replaced Tony Blair as Labour leader" names no part but Labour's)."""
    k = start - 1
    while k > 0 and cap_at(tokens, k - 1) and not tokens[k - 1].possessive:
        k -= 1
    return start - 1 - k >= 2 and first_name_like(tokens[k].text) and not tokens[k].is_head


def _parts_close(tokens: list[Token], end: int) -> bool:
    """The clause closes after the name, or after more names joined to it: "who play Ron Weasley
    and Hermione Granger," lists two parts, "who plays Daniel Hillard and his alter ego
    Euphegenia Doubtfire," one part and another the part's own words describe."""
    while end < len(tokens) and tokens[end].lower == "and" and cap_at(tokens, end + 1):
        end += 1
        while end < len(tokens) and cap_at(tokens, end):
            end += 1
    end = _past_the_parts_own(tokens, end)
    return end < len(tokens) and tokens[end].text in {",", "."}


def _past_the_parts_own(tokens: list[Token], end: int) -> int:
    """Past "and his", "her" or "their", up to three words in lower case and a name after a
    part's name: "and his alter ego Euphegenia Doubtfire"; `end` itself when they do not follow
    ("and his big serve next")."""
    if end + 2 >= len(tokens) or tokens[end].lower != "and":
        return end
    if tokens[end + 1].lower not in {"his", "her", "their"}:
        return end
    k = end + 2
    while k < len(tokens) and k - end <= 4 and tokens[k].is_word and not tokens[k].is_cap:
        k += 1
    named = k
    while k < len(tokens) and cap_at(tokens, k):
        k += 1
    return k if end + 2 < named < k else end  # (words, then a name: "alter ego Euphegenia")


# Verbs of acting right before a part's name: "who plays Ken Barlow in".
_PLAYS: Final = words_set(
    "play plays played playing portray portrays portrayed portraying voice voices voiced voicing"
)

# What follows "in" after a part: a work's noun ("in the soap") or a work's title.
_IN_A_WORK: Final = (
    WORK_NOUNS | WORKS | words_set("soap soaps sequel remake adaptation production version")
)


def _in_a_work(tokens: list[Token], end: int) -> bool:
    """ "in" and a work after a name: "in the soap", "in his new film", "in the Harry Potter
    films", "in Desperate Housewives" (words that make a thing); not "in the final", "in Houston", "in Monte Carlo"."""
    if end + 1 >= len(tokens) or tokens[end].lower != "in":
        return False
    k = end + 1
    while k < len(tokens) and k - end < 5 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _IN_A_WORK:
            return True
        k += 1
    if k > end + 1 and cap_at(tokens, k):
        # a title that qualifies the work's noun: "in the Harry Potter films"
        while k < len(tokens) and k - end < 8 and cap_at(tokens, k):
            k += 1
        if k < len(tokens) and not tokens[k].is_cap and tokens[k].lower in _IN_A_WORK:
            return True
        k = end + 1
    if k == end + 1 and tokens[k].text == "The" and cap_at(tokens, k + 1):
        return True  # a title opened by "The": "who played Frodo Baggins in The Lord of the Rings"
    if k == end + 1 and cap_at(tokens, k) and not tokens[k].possessive:
        title: list[str] = []
        while k < len(tokens) and cap_at(tokens, k) and len(title) < 4:
            title.append(tokens[k].text)
            k += 1
        return len(title) > 1 and name_nature(" ".join(title)) == "thing"
    return False


# Who a work has, after its possessive: "Vera Drake's star", "Harry Potter's author".
_CAST: Final = words_set(
    """star stars cast creator creators author screenwriter scriptwriter composer screenplay
    takings"""
)

# A team's positions, which a club has and a person does not: "Hamilton Academical's striker".
_POSITIONS: Final = words_set(
    """striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers winger
    wingers full-back fly-half scrum-half flanker centre-half"""
)

# What follows a body's, a work's or a brand's possessive: "Merrill Lynch's profits", "Vera Drake's
# star", "John Lewis's chairman", "Ted Baker's products".
_AFTER_A_THINGS_POSSESSIVE: Final = A_BODYS | _CAST | _HEADS_OF | _A_BRANDS | _POSITIONS

_SEQUELS: Final = words_set("sequel sequels prequel follow-up")

# A work's verbs before the names of its actors: "Vera Drake stars Imelda Staunton".
_STARRING: Final = words_set("stars starred starring features featured")


def _after_an_aside(tokens: list[Token], end: int) -> int:
    """Where the sentence goes on after a name and an aside set off by commas ("Don Carlos, at
    the Gielgud, stars"), or `end` when no aside follows the name."""
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    k = end + 1
    while k < len(tokens) and k - end < 8 and tokens[k].text != ",":
        if not tokens[k].is_word:
            return end
        k += 1
    return k + 1 if k < len(tokens) and tokens[k].text == "," else end


# Words after which "for" and a name give the work honoured: "nominated for Vera Drake".
_AWARDED: Final = words_set(
    """nominated nomination nominations shortlisted award awards prize prizes oscar oscars bafta
    baftas globe globes honoured honored won wins"""
)

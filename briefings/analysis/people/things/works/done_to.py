"""Names of works and firms by what is done to them: staged, listed, someone's, made by someone."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.names import COMMON_WORDS, WORK_NOUNS, words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.own_words.nature import is_common_word
from briefings.analysis.people.roles.tokens import Token
from briefings.analysis.people.things.body_words import PREPOSITIONS
from briefings.analysis.speech.name_shapes import first_name_like

# Verbs whose object is a work, a product or a firm, never a person: "staged Peter Pan",
# "acquired Jimmy Choo", "co-founded Jimmy Choo", "wrote Peter Pan" (not "released", "bought",
# "revived", "directed" or "found": a prisoner is released, clubs buy players, a director directs
# actors, a jury finds someone guilty).
_THINGS_VERBS: Final = words_set(
    """publish publishes published publishing reissue reissued remake remade stage staged stages
    staging screen screened screening premiere premiered acquire acquires acquired acquiring launch
    launches launched launching relaunch relaunched float floated owns rode founded co-founded
    wrote penned co-wrote composed"""
)


def object_of_a_things_verb(tokens: list[Token], start: int, end: int) -> bool:
    """A name right after a verb that is done to works, products and firms, or listed last
    after it, ending the clause: "staged Peter Pan", "acquired Jimmy Choo", "owns Topshop,
    Burton and Dorothy Perkins." (not "staged Peter Pan and Tom Smith said")."""
    if start == 0:
        return False
    closes = end >= len(tokens) or tokens[end].text in {",", ".", ";", ":"}
    if tokens[start - 1].lower in {"and", "&"} and closes:
        k = start - 2
        while k > 0 and (tokens[k].is_cap or tokens[k].text == ","):
            k -= 1  # back over the names listed before it
        if k < start - 2 and tokens[k + 1].is_cap and not tokens[k].is_cap:
            start = k + 1
    before = tokens[start - 1]
    if before.lower in _INVERTED and (start < 2 or not tokens[start - 2].is_word):
        return False  # the writer after a quotation: "“…,” wrote Jared Bernstein"
    return not before.is_cap and before.lower in _THINGS_VERBS


# Verbs that follow a quotation before their subject: "“…,” wrote Jared Bernstein".
_INVERTED: Final = words_set("wrote penned")


# Plural nouns of bodies and works before "such as" or "including" and the names they list.
_THINGS_PLURAL: Final = words_set(
    """retailers chains firms companies banks brands labels stores shops groups insurers lenders
    brewers carmakers airlines films movies books novels shows albums musicals plays titles
    productions bands houses clubs teams characters sitcoms soaps dramas programmes games horses
    races trophies awards prizes venues stadiums grounds"""
)


def listed_among_things(tokens: list[Token], start: int) -> bool:
    """A name in a list that bodies or works introduce: "retailers such as Ted Baker and Karen
    Millen", "retailers like Ted Baker", "films including Vera Drake", "its brands include Calvin
    Klein", "characters such as Kevin the Teenager and Tim Nice-But-Dim" (not "stars such as Tom
    Hanks")."""
    noun = the_lists_noun(tokens, start)
    return noun is not None and noun.lower in _THINGS_PLURAL


def the_lists_noun(tokens: list[Token], start: int) -> Token | None:
    """The word in lower case before "such as", "like" or "including" that introduces the list
    holding the name at `start`: "retailers" of "retailers such as Ted Baker and Karen Millen"."""
    k = start - 1
    while k > 0 and (
        tokens[k].text in {",", "and", "or"} or tokens[k].is_cap or _a_names_the(tokens, k)
    ):
        k -= 1  # back over the names listed before it ("Kevin the Teenager and")
    if k >= 1 and tokens[k].lower == "as" and tokens[k - 1].lower == "such":
        k -= 2
    elif tokens[k].lower == "like":
        k -= 1  # "retailers like Ted Baker" (not "stars like Jamie Foxx")
    elif tokens[k].lower in {"including", "include", "includes", "included"}:
        k -= 1  # "films including Vera Drake", "its brands include Tommy Hilfiger"
    else:
        return None
    return tokens[k] if k >= 0 and (k == 0 or not tokens[k].is_cap) else None


def _a_names_the(tokens: list[Token], k: int) -> bool:
    """A "the" inside a name, between two capitalised words: "Kevin the Teenager"."""
    return (
        tokens[k].text == "the"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].is_cap
        and tokens[k + 1].is_cap
    )


def after_a_persons_possessive(tokens: list[Token], start: int) -> bool:
    """Right after a person's possessive, a name is their work: "Mike Leigh's Vera Drake" (a
    place's is a person: "Britain's Kelly Holmes")."""
    if start < 2 or not (tokens[start - 1].possessive and tokens[start - 1].is_cap):
        return False
    k = start - 1
    while k > 0 and cap_at(tokens, k - 1) and start - k < 4:
        k -= 1
    owner = tokens[k:start]
    return (
        len(owner) in (2, 3)
        and owner[0].lower not in COMMON_WORDS
        and first_name_like(owner[0].text)
        and not kind_by_lists(_joined(owner), [t.lower for t in owner])
    )


def _joined(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _by_a_band(tokens: list[Token], k: int) -> bool:
    """ "by", "The" and a name closed by a comma, in an apposition: a song's or an album's band
    ("Mr Brightside, by The Killers, has spent")."""
    m = k + 2
    while m < len(tokens) and cap_at(tokens, m) and m - k < 5:
        m += 1
    return (
        m > k + 2
        and m < len(tokens)
        and tokens[k].lower == "by"
        and tokens[k + 1].text == "The"
        and tokens[m].text == ","
    )


# Plurals after "by the" that name no band: a river, a house, a region, prizes, parties.
_NO_BANDS: Final = words_set(
    """thames commons lords midlands highlands netherlands americas olympics oscars baftas brits
    grammys emmys games times conservatives tories democrats republicans greens unionists
    nationalists socialists liberals"""
)


def a_song_by_a_plural_band(tokens: list[Token], i: int, end: int) -> bool:
    """A titled name opening its sentence, then "by the" and a band's name in the plural, a
    capitalised word that ends in "s", in lower case as British copy writes a band's "the": a
    song ("Mr Brightside by the Killers has spent 400 weeks in the chart"; not "by the Thames",
    "by the Conservatives", nor a name inside its sentence: "the sacking of Mr Hart by the
    Blues")."""
    if i != 0 or end + 2 >= len(tokens):
        return False
    if tokens[end].lower != "by":
        return False
    if tokens[end + 1].text != "the":
        return _an_acronyms_band(tokens, end + 1)  # "Mr Blue Sky by ELO was second"
    m = end + 2
    while m < len(tokens) and cap_at(tokens, m) and m - end < 5:
        m += 1
    last = tokens[m - 1].lower
    return (
        m > end + 2
        and last.endswith("s")
        and not last.endswith("ss")
        and last not in _NO_BANDS
        and not tokens[m - 1].possessive
    )


def _an_acronyms_band(tokens: list[Token], k: int) -> bool:
    """A band's name in capitals alone at `k`, a word of two to five letters with no capital
    word after it ("by ELO was", "by REM,"; not "by BBC Studios")."""
    band = tokens[k].text
    return (
        2 <= len(band) <= 5
        and band.isalpha()
        and band.isupper()
        and (k + 1 >= len(tokens) or not tokens[k + 1].is_cap)
    )


# Works voted or named the best of their kind, or a band's: "the Beatles' best song".
_VOTED_WORKS: Final = words_set(
    "song songs single album record hit anthem ballad film movie novel musical sitcom"
)

# What may stand between a name and the work it is called: "has been voted", "was named".
_TOLD_AUXILIARIES: Final = words_set("is was has had been")


# Animals a copula may call a name: "Romeo Magico was the fastest dog", "is the best horse".
_ANIMALS: Final = words_set(
    """dog dogs greyhound greyhounds horse horses mare colt filly gelding stallion racehorse
    puppy pony"""
)

# Qualifiers of an animal's noun that call a person so: "the top dog", "a dark horse".
_IDIOMS_DOGS: Final = words_set(
    "top old lucky sea hot under dark dirty shaggy gay stalking one-trick willing"
)

# What may follow the animal's noun: "the fastest dog he had handled", "the first horse to".
_AFTER_AN_ANIMAL: Final = PREPOSITIONS | words_set(
    "ever of to he she i we they you that who which since this"
)


def called_an_animal(tokens: list[Token], end: int) -> bool:
    """A name that a copula calls an animal, maybe after "the" or "a" and up to two qualifiers
    in lower case, the animal's noun ending the phrase: "Romeo Magico was the fastest dog he
    had handled", "Frankel is the best horse in training" (an animal; not "is the top dog", nor
    "was the horse's owner", nor "is the best horse trainer")."""
    if end + 2 >= len(tokens) or tokens[end].lower not in {"is", "was"}:
        return False
    k = end + 1
    if tokens[k].lower not in {"the", "a", "an"}:
        return False
    k += 1
    start = k
    while k < len(tokens) and k - start < 3 and tokens[k].is_word and not tokens[k].is_cap:
        low = tokens[k].lower
        if tokens[k].possessive or low in _IDIOMS_DOGS:
            return False
        if low in _ANIMALS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return after is None or not after.is_word or after.lower in _AFTER_AN_ANIMAL
        k += 1
    return False


# The words between a name and "written out" or "killed off": "is to be", "has been", "will be".
_BEFORE_WRITTEN_OUT: Final = words_set("is was are has have had been be being to will would")

# What a part is written out of: "the soap", "the series", "the script".
_WRITTEN_OUT_OF: Final = WORK_NOUNS | words_set("script storyline story")


def written_out(tokens: list[Token], end: int) -> bool:
    """A name that "is to be written out" of a work, or "has been killed off": a part's, as
    only a story's people are ("Emmerdale's Cain Dingle is to be written out of the soap"; not
    "was written out of his father's will", nor "has been killed")."""
    k = end
    while k < len(tokens) and k - end < 4 and tokens[k].lower in _BEFORE_WRITTEN_OUT:
        k += 1
    if k == end or k + 1 >= len(tokens):
        return False
    verb, particle = tokens[k].lower, tokens[k + 1].lower
    if verb == "killed" and particle == "off":
        return True
    if verb != "written" or particle != "out":
        return False
    rest = [t.lower for t in tokens[k + 2 : k + 5]]
    if not rest or rest[0] != "of":
        return True  # "has been written out"
    return len(rest) == 3 and rest[1] == "the" and rest[2] in _WRITTEN_OUT_OF


# Nouns of a figure cast or carved, that a name stands before as the figure's own name.
_FIGURES: Final = words_set("statue statues sculpture bust")


def a_statues_name(tokens: list[Token], start: int, end: int) -> bool:
    """A name between "the" and a statue's noun: the figure's name, whoever it shows ("The
    Molly Malone statue in Dublin is to be moved", "the Eleanor Rigby statue"; a real person so
    named is named only in a thing's name), which no speech of it makes a person's ("the council
    said Molly Malone would return")."""
    return (
        start > 0
        and end < len(tokens)
        and tokens[start - 1].lower == "the"
        and tokens[end].lower in _FIGURES
        and not tokens[end].is_cap
    )


def voted_a_work(tokens: list[Token], end: int) -> bool:
    """A name that a copula, or "voted" or "named", calls "the" best of a kind of work, maybe
    someone's: "Eleanor Rigby has been voted the Beatles' best song", "Jolene was named the
    greatest country song" (a work; not "was voted the club's best player", nor "is the band's
    record producer": the work's noun ends the phrase)."""
    k = end
    while k < len(tokens) and k - end < 2 and tokens[k].lower in _TOLD_AUXILIARIES:
        k += 1
    if k == end or k + 2 >= len(tokens):
        return False
    if tokens[k].lower in {"voted", "named"}:
        k += 1
    if tokens[k].lower != "the":
        return False
    k += 1
    start = k
    while k < len(tokens) and k - start < 3 and tokens[k].is_cap and not tokens[k].possessive:
        k += 1  # a possessor in capitals: "the Beatles'"
    if k < len(tokens) and tokens[k].possessive:
        k += 1
    elif k > start:
        return False
    described = k
    while k < len(tokens) and k - described < 3 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _VOTED_WORKS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return (
                after is None
                or not after.is_word
                or after.lower in PREPOSITIONS
                or after.lower in {"ever", "of"}
            )
        if tokens[k].possessive:
            return False
        k += 1
    return False


def by_someone(tokens: list[Token], end: int) -> bool:
    """A name followed by "by" and a person's name is a work: "Eve Green by Susan Fletcher",
    "Vera Drake, directed by Mike Leigh", "Best Mate, ridden by Jim Culloty", a part "played by"
    an actor, a firm "founded by" someone; and in the passive, "James Bond was created by Ian
    Fleming" (not "Smith was backed by Tom Jones": no making); a song by a band in an apposition
    ("Mr Brightside, by The Killers,")."""
    k = end + (end < len(tokens) and tokens[end].text == ",")
    if k == end:
        while k < len(tokens) and k - end < 3 and tokens[k].lower in _PASSIVE_AUXILIARIES:
            k += 1
        if k > end and (k >= len(tokens) or tokens[k].lower not in _MADE_BY):
            return False
    if k < len(tokens) and tokens[k].lower in _MADE_BY:
        k += 1
    elif k > end:
        return _by_a_band(tokens, k)
    return (
        k + 2 < len(tokens)
        and tokens[k].lower == "by"
        and first_name_like(tokens[k + 1].text)
        and cap_at(tokens, k + 2)
    )


def a_possessive_title(tokens: list[Token], start: int, end: int) -> bool:
    """A name whose possessive opens a title of one common word that a singular verb follows: a
    show or a film named after its character ("Mrs Brown's Boys has won", "Mr Bean's Holiday will
    open"); asked of names with a courtesy title only, as a maker's possessive stands so too ("Bob
    Dylan's Chronicles has been named"); a team's verb is plural in British style ("Mr Wenger's
    Arsenal have won"); or a title that ends in a common word in the plural ("Mrs Brown's Boys,"),
    whatever follows it."""
    if end - start < 2 or not tokens[end - 1].possessive or end + 1 >= len(tokens):
        return False
    title, after = tokens[end], tokens[end + 1]
    return (
        title.is_cap
        and title.is_word
        and not title.possessive
        and is_common_word(title.text)
        and not first_name_like(title.text)
        and (after.lower in _SINGULAR_VERBS or _a_plural_title(title, after))
    )


def _a_plural_title(title: Token, after: Token) -> bool:
    """A common word in the plural and capitals after a titled name's possessive, the title's
    last word (a stop or a verb after it): "have panned Mrs Brown's Boys, but", as no one's
    people are written; the name a person only where the article marks it so elsewhere ("Mr
    Cameron's Conservatives won. Mr Cameron said")."""
    return (
        title.lower.endswith("s")
        and not title.lower.endswith("ss")
        and is_common_word(title.lower[:-1])
        and not after.is_cap
    )


# A singular verb after a work's title: "Mrs Brown's Boys has won", "… was watched".
_SINGULAR_VERBS: Final = words_set("is was has will wins won returns returned tops topped")


def starring_someone(tokens: list[Token], end: int) -> bool:
    """A name followed by "starring" or "featuring" and a person's full name is a film, a show or
    a record: "Mr and Mrs Smith, starring Brad Pitt"; not "Tom Cruise, starring in it"."""
    k = end + (end < len(tokens) and tokens[end].text == ",")
    return (
        k + 2 < len(tokens)
        and tokens[k].lower in _CAST
        and first_name_like(tokens[k + 1].text)
        and cap_at(tokens, k + 2)
    )


_CAST: Final = words_set("starring featuring")

# What stands between a thing's name and its maker's verb in the passive: "was created by".
_PASSIVE_AUXILIARIES: Final = words_set("is was were are be been being will has have had")


# What a work, a part, a firm (or a horse) is, by someone: "directed by Mike Leigh", "ridden by
# Jim Culloty", "played by Hugh Grant", "founded by Jack Cohen".
_MADE_BY: Final = words_set(
    """directed written produced published sung composed illustrated narrated ridden played voiced
    created owned founded designed"""
)


# What is done to make a work, with no object after it: "took two years to make".
_MAKING: Final = words_set(
    "make film shoot finance fund build write record produce complete finish"
)
_SPANS: Final = words_set("years months weeks days")
_HOW_HARD: Final = words_set("hard difficult expensive cheap easy")


def made_with_no_object(tokens: list[Token], end: int) -> bool:
    """A name that took a time, or was hard, to make, with nothing after the verb of making: the
    work made ("Mike Leigh said Vera Drake had taken two years to make.", "Kinsey had been hard
    to finance."; not "Mike Leigh took two years to make the film")."""
    k = end + (end < len(tokens) and tokens[end].lower in {"had", "has"})
    words = [t.lower for t in tokens[k : k + 6]]
    if words[:1] in (["taken"], ["took"], ["takes"]) and len(words) > 4:
        at = k + 3 if words[2] in _SPANS else -1
    elif len(words) > 1 and words[0] in {"been", "was", "is"} and words[1] in _HOW_HARD:
        at = k + 2
    else:
        return False
    if at < 0 or at + 1 >= len(tokens) or tokens[at].lower != "to":
        return False
    if tokens[at + 1].lower not in _MAKING:
        return False
    return at + 2 >= len(tokens) or tokens[at + 2].text in {".", ",", ";", ":", "!", "?"}

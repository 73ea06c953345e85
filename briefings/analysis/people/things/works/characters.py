"""Made-up people: whom a story follows, a work's hero or heroine."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.names import WORK_NOUNS, words_set
from briefings.analysis.people.finding.runs import cap_at
from briefings.analysis.people.roles.tokens import Token

# Works that tell a made-up story (not "documentary": a documentary follows real people).
_STORIES: Final = (
    WORK_NOUNS - {"documentary", "magazine", "newspaper", "brand", "label"}
) | words_set("story stories sequel episode episodes tale fable")

# What a story does to its people: "the drama follows Frank Underwood".
_FOLLOWS: Final = words_set("follows followed centres centers")

# Who a work has, before "of" and the work: "the heroine of ''Opening Belle''", "the hero of her
# novel" (not "the heroine of the civil rights movement", nor "a narrator of audiobooks").
_OF_A_WORK: Final = words_set("heroine hero villain protagonist antihero anti-hero")

_QUOTES: Final = frozenset({"'", '"', "“", "‘"})


def a_character(tokens: list[Token], run_start: int, end: int) -> bool:
    """A name (titles and all from `run_start`) that a story follows ("The CBS drama follows
    Secretary of State Elizabeth McCord", "The series follows the romance between Gavin Shipman
    and Stacey West"), or that an apposition calls a work's heroine or narrator
    ("Isabelle, the heroine of ''Opening Belle''", "Jack, the hero of her novel", "Lara Croft, the
    heroine of the Tomb Raider series"); not "the documentary follows Bernie Sanders", nor "Rosa Parks, the heroine of the civil rights movement"."""
    return (
        _followed_by_a_story(tokens, run_start)
        or _a_works_person(tokens, end)
        or _a_works_part(tokens, end)
    )


def _followed_by_a_story(tokens: list[Token], start: int) -> bool:
    k = start - 1
    if k >= 1 and tokens[k].lower == "on" and tokens[k - 1].lower in {"centres", "centers"}:
        k -= 1  # "the novel centres on Jack Smith"
    elif k >= 1 and tokens[k].lower not in {"follows", "followed"}:
        k = _before_a_storys_people(tokens, start)
    if k < 1 or tokens[k].lower not in {"follows", "followed", "centres", "centers"}:
        return False
    k = _before_an_aside(tokens, k)  # "The game, made by Rockstar North, follows Carl Johnson"
    noun = tokens[k - 1]
    return k >= 1 and not noun.is_cap and noun.lower in _STORIES


# What a story follows of its people: "follows the romance between", "the adventures of".
_A_STORYS_COURSE: Final = words_set(
    "romance romances adventures adventure exploits misadventures escapades love affair"
)

# The same, or a word describing it: "follows the unlikely romance between".
_A_COURSE_DESCRIBED: Final = _A_STORYS_COURSE | {"first", "new", "unlikely"}


def _before_a_storys_people(tokens: list[Token], start: int) -> int:
    """Where "follows" stands before "the" and a story's course, "of" or "between", and the
    names it tells of, described or listed ("follows the romance between Essex boy Gavin
    Shipman and Welsh girl Stacey West"); 0 when it does not."""
    for k in range(start - 1, max(0, start - 14), -1):
        if not tokens[k].is_word:
            return 0
        if tokens[k].lower in {"of", "between"} and k >= 3:
            m = k - 1
            while m > 1 and tokens[m].lower in _A_COURSE_DESCRIBED:
                m -= 1
            if m < k - 1 and tokens[k - 1].lower in _A_STORYS_COURSE and tokens[m].lower == "the":
                return m - 1 if tokens[m - 1].lower in {"follows", "followed"} else 0
            return 0
    return 0


def _before_an_aside(tokens: list[Token], k: int) -> int:
    """Where an aside set off by commas right before `k` opens (its first comma), or `k`."""
    if k < 2 or tokens[k - 1].text != ",":
        return k
    m = k - 2
    while m > 0 and k - m < 10 and tokens[m].text != ",":
        m -= 1
    return m if m > 0 and tokens[m].text == "," else k


# Who makes or stars in a work, before "of" and its title: "the writers of Father Ted".
_A_WORKS_MAKERS: Final = words_set(
    """writer writers creator creators co-creator author authors producer producers star stars
    cast makers"""
)


def before_a_works_maker(tokens: list[Token], end: int) -> bool:
    """A name right before a work's maker or star in lower case and the maker's name: the work's
    ("Mr Bean creator Rowan Atkinson", "Doctor Who star David Tennant"), asked of names with a
    courtesy title, as no one's name is written before another's trade so."""
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in _A_WORKS_MAKERS
        and not tokens[end].is_cap
        and cap_at(tokens, end + 1)
    )


def a_titled_work(tokens: list[Token], run_start: int, start: int, end: int) -> bool:
    """A title and a lone given name after a work's maker and "of": a work's or a character's
    title ("the writers of Father Ted", "the star of Doctor Martin"), as a person so titled is
    named with a surname too (not "the creator of Father Ted Crilly", "the writer Sir Tom")."""
    return (
        end - start == 1
        and start - run_start == 1
        and run_start >= 2
        and tokens[run_start - 1].lower == "of"
        and tokens[run_start - 2].lower in _A_WORKS_MAKERS
        and is_given_name(tokens[start].text)
    )


def _a_works_person(tokens: list[Token], end: int) -> bool:
    if end + 3 >= len(tokens) or tokens[end].text != ",":
        return False
    if tokens[end + 1].lower not in {"the", "a", "its", "his", "her", "their"}:
        return False
    k = end + 2
    if tokens[k].lower in {"main", "title", "central"}:
        k += 1
    if k + 2 >= len(tokens) or tokens[k].lower not in _OF_A_WORK or tokens[k + 1].lower != "of":
        return False
    after = tokens[k + 2 : k + 4]
    if after and after[0].text in _QUOTES:
        return True  # "the heroine of ''Opening Belle''"
    if len(after) < 2 or after[0].lower not in {"the", "a", "his", "her", "their", "its"}:
        return False
    k += 3
    while k < len(tokens) and k - end < 10 and tokens[k].is_cap and tokens[k].is_word:
        k += 1  # a title before the noun: "the heroine of the Tomb Raider series"
    return k < len(tokens) and not tokens[k].is_cap and tokens[k].lower in _STORIES


def _a_works_part(tokens: list[Token], end: int) -> bool:
    """A name told, by a comma or "is", to be a work's hero or one of its characters: "Tommy
    Vercetti is the game's hero", "Basil Fawlty was voted the greatest sitcom character", "Mrs
    Hudson has become one of the show's best-loved characters" (not "Kelly Holmes, the nation's
    heroine": a nation tells no story)."""
    k = _after_a_copula(tokens, end)
    if k >= len(tokens) or k == end or tokens[k].lower != "the":
        return False
    for m in range(k + 1, min(len(tokens) - 1, k + 4)):
        word, after = tokens[m], tokens[m + 1]
        if word.is_cap or not word.is_word:
            return False
        if word.lower in _STORIES and word.possessive and _a_part(tokens, m + 1):
            return True  # "the game's hero", "the show's best-loved characters"
        if word.lower in _STORIES and not word.possessive and after.lower == "character":
            return True  # "the greatest sitcom character"
    return False


def _after_a_copula(tokens: list[Token], end: int) -> int:
    """Past a comma or a verb that tells what a name is ("is", "was", "has become"), "voted" or
    "named", and "one of": where what it is told to be opens; `end` when no such verb follows."""
    k = end
    if k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) in _BECOMES:
        k += 2
    elif k < len(tokens) and tokens[k].lower in {",", "is", "was", "became", "remains"}:
        k += 1
    else:
        return end
    if k < len(tokens) and tokens[k].lower in {"voted", "named"}:
        k += 1
    if k + 1 < len(tokens) and tokens[k].lower == "one" and tokens[k + 1].lower == "of":
        k += 2
    return k


_BECOMES: Final = frozenset({("has", "become"), ("had", "become"), ("has", "been")})

# What a work has of its people, after the work's possessive: "the show's best-loved characters".
_PARTS: Final = words_set("character characters")


def _a_part(tokens: list[Token], k: int) -> bool:
    """A work's hero at `k`, or its character(s) after up to two lower-case words that qualify
    them: "hero", "best-loved characters"."""
    if k < len(tokens) and tokens[k].lower in _OF_A_WORK:
        return True
    for m in range(k, min(len(tokens), k + 3)):
        if tokens[m].is_cap or not tokens[m].is_word:
            return False
        if tokens[m].lower in _PARTS:
            return True
    return False


# What may stand between a part's name and "played by": "James Bond will be played by".
_AUXILIARIES: Final = words_set("is was will be to has have had been being are were would")

# Verbs of acting a part, in the passive with "by" and an actor's name.
_ACTED: Final = words_set("played voiced")


def played_by(tokens: list[Token], end: int) -> bool:
    """A name an actor plays, in the passive: "James Bond will be played by Daniel Craig" (or "by
    newcomer Lily Chen"), "Homer
    Simpson is voiced by Dan Castellaneta", or an apposition's ("David Brent, the manager played
    by Ricky Gervais,"); a part, no one (unless the article says otherwise)."""
    k = at = _after_a_described_part(tokens, end)
    while k < len(tokens) and k - at < 4 and tokens[k].lower in _AUXILIARIES:
        k += 1
    if not (k > end and k + 2 < len(tokens) and tokens[k].lower in _ACTED):
        return False
    if tokens[k + 1].lower != "by":
        return False
    actor = k + 2
    if _actors_counted(tokens[actor : actor + 4]):
        return True  # "will be played by four young actresses"
    while actor < len(tokens) and actor - k <= 3 and _an_actors_describing_word(tokens[actor]):
        actor += 1  # "will be played by newcomer Lily Chen"
    return actor < len(tokens) and tokens[actor].is_cap and tokens[actor].is_word


# Performers a part is played by, unnamed: "by four young actresses", "by a newcomer".
_PERFORMERS: Final = words_set(
    """actor actors actress actresses newcomer newcomers performer performers puppeteer
    puppeteers twins"""
)


def _actors_counted(after_by: list[Token]) -> bool:
    """A count or "a", up to two words in lower case, then a performer's noun: the unnamed actors
    who play a part ("four young actresses", "a newcomer", "two child actors"; not "by a
    landslide")."""
    if not after_by or not (
        after_by[0].lower in {"a", "an"}
        or after_by[0].text.isdigit()
        or after_by[0].lower in _COUNTS
    ):
        return False
    for t in after_by[1:]:
        if t.lower in _PERFORMERS:
            return True
        if not t.is_word or t.is_cap:
            return False
    return False


# Counts in words before performers: "two", "four".
_COUNTS: Final = words_set("two three four five six seven eight nine ten several")


def _an_actors_describing_word(token: Token) -> bool:
    """A lower-case noun or adjective before an actor's name ("newcomer", "Welsh actor"): a
    word, no article, in lower case."""
    return token.is_word and not token.is_cap and token.lower not in {"a", "an", "the"}


def _after_a_described_part(tokens: list[Token], end: int) -> int:
    """Past an apposition of a name that is a verb of acting alone ("Nick Cotton, played by") or
    opens with "the" or "a" and holds only lower-case words up to one ("David Brent, the manager
    played by"): that verb; or the word after such an apposition's closing comma ("Aunt Lucy, the
    bear's aunt, is played by"); else `end`."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return end
    if tokens[end + 1].lower in _ACTED:
        return end + 1  # "Nick Cotton, played by John Altman": the part's own apposition
    if tokens[end + 1].lower not in {"the", "a"}:
        return end
    for k in range(end + 2, min(len(tokens), end + 6)):
        if tokens[k].lower in _ACTED:
            return k
        if tokens[k].text == "," and k > end + 2:
            return k + 1  # closed before its verb: "Aunt Lucy, the bear's aunt, is played"
        if tokens[k].is_cap or not tokens[k].is_word:
            return end
    return end


# What one stars or appears "in", or has a part "in": a work ("starred in King Arthur").
_STARS_IN: Final = words_set(
    """star stars starred starring co-star co-stars co-starred co-starring appear appears
    appeared appearing role roles part parts cameo"""
)


def a_titled_name_starred_in(tokens: list[Token], run_start: int, end: int) -> bool:
    """A name with a title or a courtesy title (from `run_start`) right after "starred in",
    "appeared in" or "a role in", not a possessive: a work's title, as no one stars in a person
    ("Keira Knightley starred in King Arthur", "who starred in Mrs Henderson Presents"; not "a
    role in Mr Blair's government")."""
    return _after_a_works_word(tokens, run_start, end, "in", _STARS_IN)


# A work's showing or making, before "of" and its title: "the premiere of Lady Vengeance".
_SHOWINGS_OF: Final = words_set(
    """premiere premieres screening screenings revival staging remake sequel prequel adaptation
    reissue"""
)


def a_titled_name_shown(tokens: list[Token], run_start: int, end: int) -> bool:
    """A name with a title or a courtesy title (from `run_start`) right after "the premiere of",
    "a screening of" or "a revival of", not a possessive: a work's title, as no one is premiered
    or revived ("for the premiere of Lady Vengeance"; not "the premiere of Sir Peter's film")."""
    return _after_a_works_word(tokens, run_start, end, "of", _SHOWINGS_OF)


def _after_a_works_word(
    tokens: list[Token], run_start: int, end: int, preposition: str, words: frozenset[str]
) -> bool:
    """The name at tokens[run_start:end], not a possessive, right after one of `words` and
    `preposition` ("starred in", "the premiere of")."""
    return (
        run_start > 1
        and tokens[run_start - 1].lower == preposition
        and tokens[run_start - 2].lower in words
        and not tokens[end - 1].possessive
    )


# A work's noun in an apposition after its title: "Mr Bean's Holiday, the second film about".
_WORKS_IN_APPOSITION: Final = words_set(
    """film films movie sequel prequel series sitcom comedy show musical novel book play album
    cartoon"""
)


def a_titled_possessive_in_a_title(tokens: list[Token], run_start: int, end: int) -> bool:
    """A name with a courtesy title (from `run_start`) in the possessive before one to three
    words in capitals and an apposition ", the" that names a work within four words: the work's
    title, the name its character's, no one's ("on Mr Bean's Holiday, the second film about the
    character"; not "Mr Hale's Bentley, the car he bought")."""
    if run_start == end - 1 or not tokens[end - 1].possessive:
        return False
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    if k == end or k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower != "the":
        return False
    for word in tokens[k + 2 : k + 6]:
        if word.lower in _WORKS_IN_APPOSITION:
            return True
        if word.is_cap or not word.is_word:
            return False
    return False

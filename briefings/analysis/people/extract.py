"""People, organisations and places named in one article, with roles, aliases and mention counts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from briefings.analysis.attribution import (
    HONORIFICS,
    STYLES,
    first_name_like,
    gender_of,
    is_title_word,
    name_titles,
    words_set,
)
from briefings.analysis.common.kinds import kind_by_lists, not_in_a_name, place_key
from briefings.analysis.common.names import (
    CALENDAR,
    COMMON_WORDS,
    DEMONYMS,
    NAME_PARTICLES,
    NOT_ENTITY_SUFFIXES,
    ORG_NOUNS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    WORK_NOUNS,
    name_key,
    org_variant_keys,
    surname_keys,
)
from briefings.analysis.common.sentences import split_sentences
from briefings.analysis.people.nature import (
    is_common_word,
    is_english_word,
    is_plural_thing,
    is_thing_word,
    name_nature,
    thing_words,
)
from briefings.analysis.people.roles import (
    Token,
    org_description,
    role_after,
    role_before,
    role_before_comma,
    speech_next_to,
    title_split,
    tokenize,
)
from briefings.analysis.results import ArticleText, EntityKind, FoundEntity

__all__ = ["extract_entities"]

_INITIAL = re.compile(r"[A-Z]\.")
# An acronym that ends a name makes it a body's: "GOP", "PAC" (not a Roman numeral: "John
# Paul II"; not initials inside a name: "George HW Bush").
_ACRONYM = re.compile(r"(?![IVX]+\b)[A-Z]{2,}")
# A regnal number of two letters or more: "II", "VI", "XIV" (not "I", "V" or "X", initials too).
_REGNAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_CONTRACTION = re.compile(r"[’'](?:ve|ll|re|d|m|t)\b")
_SHORT_TITLES = frozenset(
    {"gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "adm", "prof", "dr"}
)


@dataclass
class _Candidate:
    """One naming of an entity in a sentence, before the namings are grouped."""

    kind: EntityKind | None  # None: a lone capitalised word, kept only if it names a known person
    text: str
    role: str | None = None
    alias: str | None = None  # the form with a courtesy title, "Mr Kim"
    evidence: bool = False  # a title, courtesy title, apposition or verb of saying marks a person
    not_a_person: bool = False  # introduced as a work ("the film Mary Poppins") or a person's body
    spoken: bool = False  # a verb of saying beside it: a person wherever else the name stands
    thing_hint: bool = False  # written where things stand ("starred in Billy Elliot"): no person
    # unless the article gives that name the evidence of one
    owner: str | None = None  # the full name whose possessive stands right before this one


@dataclass
class _Entity:
    kind: EntityKind
    key: str
    texts: list[str] = field(default_factory=list)  # the name forms, in order of appearance
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def extract_entities(article: ArticleText) -> list[FoundEntity]:
    """People, organisations and places named in the article body, in order of first naming."""
    paragraphs = [p for p in article.paragraphs if not _is_heading(p)]
    candidates = [c for p in paragraphs for s in split_sentences(p) for c in _candidates(s)]
    titles = _quoted_titles(paragraphs)
    candidates += [_Candidate(None, t, thing_hint=True) for t in titles]
    entities = _group(candidates)
    counts, forms = _count(entities, paragraphs)
    found = []
    for entity in entities:
        name = _canonical(entity)
        aliases = [f for f in dict.fromkeys([*entity.aliases, *forms[id(entity)]]) if f != name]
        found.append(
            FoundEntity(
                name=name,
                kind=entity.kind,
                role=_best_role(entity.roles),
                aliases=tuple(aliases),
                mentions=max(1, counts[id(entity)]),
            )
        )
    return found


_QUOTED = re.compile(r"[“\"‘']([A-Z][^“”\"‘’']{2,60}?)[”\"’'](?!\w)")


def _quoted_titles(paragraphs: Sequence[str]) -> list[str]:
    """Names written alone between quotation marks: the titles of works ("“Eve Green”")."""
    return [
        m.group(1)
        for p in paragraphs
        for m in _QUOTED.finditer(p)
        if all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in m.group(1).split())
        and 1 < len(m.group(1).split()) <= 5
    ]


def _is_heading(paragraph: str) -> bool:
    """Headings and keyword lines: short, no sentence punctuation, nearly every word capitalised."""
    if re.search(r"[.!?”\"]\s*$", paragraph.strip()):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", paragraph)]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _runs(tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised words, joined by name particles and "of" in institutions."""
    i = 0
    while i < len(tokens):
        if not (tokens[i].is_word and tokens[i].is_cap):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j - 1].possessive:
            step = _joins(tokens, i, j)
            if not step:
                break
            j += step
        yield i, j
        i = j


def _joins(tokens: Sequence[Token], i: int, j: int) -> int:
    """How many tokens from j on continue the run that starts at i (0: the run ends)."""
    t = tokens[j]
    if t.is_word and t.is_cap:
        return 1
    if t.text == "." and (tokens[j - 1].is_courtesy or tokens[j - 1].lower in _SHORT_TITLES):
        return 1  # "Mr. Kim", "Gov. Chris Christie"
    if t.lower in NAME_PARTICLES and _cap_at(tokens, j + 1):
        return 1
    if t.text == "&" and _cap_at(tokens, j + 1):
        return 2  # "Marks & Spencer", "Procter & Gamble": a firm's name
    if t.lower in {"of", "for"} and _joins_institution(tokens, i, j):
        return 2 if tokens[j + 1].lower == "the" else 1
    return 0


def _cap_at(tokens: Sequence[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].is_word and tokens[j].is_cap


def _joins_institution(tokens: Sequence[Token], i: int, j: int) -> bool:
    """ "Office of Foreign Assets Control", "Secretary of State": "of" inside a name."""
    nxt = j + 2 if j + 1 < len(tokens) and tokens[j + 1].lower == "the" else j + 1
    if not _cap_at(tokens, nxt) or tokens[nxt].lower in CALENDAR:
        return False
    before = tokens[j - 1]
    return before.is_head or before.lower in ORG_PREFIXES or before.lower in ORG_SUFFIXES


def _text(sentence: str, tokens: Sequence[Token]) -> str:
    """The words of a run as written, without a final possessive ending."""
    last = tokens[-1]
    return sentence[tokens[0].start : last.start + len(last.text)]


def _candidates(sentence: str) -> Iterator[_Candidate]:
    tokens = tokenize(sentence)
    first_word = next((k for k, t in enumerate(tokens) if t.is_word), -1)
    for i, j in _runs(tokens):
        while i < j and (
            tokens[i].lower in {"the", "a", "an"}
            or tokens[i].lower in CALENDAR
            or (
                i == first_word
                and tokens[i].lower in COMMON_WORDS
                and not _keeps(tokens[i])
                and not kind_by_lists(_text(sentence, tokens[i:j]), [t.lower for t in tokens[i:j]])
            )
        ):
            i += 1
        while j > i and (tokens[j - 1].lower in CALENDAR or tokens[j - 1].text == "."):
            if kind_by_lists(_text(sentence, tokens[i:j]), [t.lower for t in tokens[i:j]]):
                break  # "USA Today"
            j -= 1
        if i < j:
            candidate = _candidate(sentence, tokens, i, j, at_start=i == first_word)
            if candidate:
                candidate.owner = _owner(sentence, tokens, i)
                yield candidate


def _owner(sentence: str, tokens: Sequence[Token], start: int) -> str | None:
    """The full name whose possessive stands right before a name: "Vera Drake" of "Vera Drake's
    Imelda Staunton" (a film's star, a club's player: a person's own people take a word between,
    "Tony Blair's wife Cherie")."""
    if start < 2 or not (tokens[start - 1].possessive and tokens[start - 1].is_cap):
        return None
    k = start - 1
    while k > 0 and _cap_at(tokens, k - 1) and not tokens[k - 1].possessive and start - k < 4:
        k -= 1
    return _text(sentence, tokens[k:start]) if start - k >= 2 else None


def _keeps(token: Token) -> bool:
    """Sentence-initial words kept although common: titles ("President Biden"), "Mr"."""
    return token.is_head or token.is_courtesy


def _candidate(
    sentence: str, tokens: Sequence[Token], i: int, j: int, at_start: bool
) -> _Candidate | None:
    run = tokens[i:j]
    if any(t.text == "&" for t in run):  # "Marks & Spencer", "Ernst & Young"
        return _Candidate("organisation", _text(sentence, run))
    alias = None
    described = False  # a describing word opens the run: "Novelist Andrea Levy"
    tail = 0
    if run[0].is_courtesy and len(run) > 1:
        start = i + 1 + (run[1].text == ".")
        alias = _text(sentence, tokens[i:j])
    else:
        split = title_split(run)
        if split is None and len(run) > 2 and _described(run):
            split, described = 1, True  # "Novelist Andrea Levy", "American Justin Gatlin"
        based = [k for k, t in enumerate(run[:-1]) if t.lower.endswith(_DESCRIBING_ENDS)]
        if split is None and based:  # "Hong Kong-based Hutchison Whampoa", "State-owned Rosneft"
            split = based[-1] + 1
        if split is None:  # "Affairs Phil Smith", "Elections Susan Bucher": a title's tail
            split = _after_thing_words(run)
        if split is None:  # "Whitbread Prize-winner Andrea Levy"
            split = _after_a_hyphenated_title(run)
        tail = _title_tail(run[split:]) if split is not None else 0
        if split is not None:  # "Director of National Intelligence James Clapper"
            split += tail
        start = i + split if split is not None else i
        whole = _text(sentence, run)
        if split is not None and kind_by_lists(whole, [t.lower for t in run]) == "organisation":
            start = i  # "National Security Council" is an institution, not a national called so
    # the whole title when its tail was cut from the name: "Director of National Intelligence"
    titled_for: list[Token] = list(tokens[i:start]) if not alias and tail else []
    if start < j and tokens[start].lower in {"of", "for"} and start > i:
        # a title's "for" or "of" part: "Minister for Sport Richard Caborn" names Richard
        # Caborn; "Secretary of State for Transport" names no one
        start = next((k for k in range(start + 1, j) if first_name_like(tokens[k].text)), j)
        titled_for = list(tokens[i:start])
    if start >= j:
        return None
    whole_kind = kind_by_lists(_text(sentence, tokens[start:j]), [t.lower for t in tokens[start:j]])
    if not whole_kind:
        j = start + _headline_cut(tokens[start:j])  # "Mr. Sanders Is Not a Brave …"
        alias = alias and _text(sentence, tokens[i:j])
    name = tokens[start:j]
    text = _text(sentence, name)
    words = [t.lower for t in name]
    kind = kind_by_lists(text, words)
    if not kind and len(name) == 1 and words[0] in ORG_SUFFIXES and _after_the(tokens, start):
        kind = "organisation"  # "the Times said"
    if kind:
        role = org_description(tokens, j) if kind == "organisation" else None
        return _Candidate(kind, text, role=_role_text(sentence, role))
    role = (
        role_before(tokens, start) or role_after(tokens, j) or role_before_comma(tokens, start, j)
    )
    if role is None or all(t.lower in STYLES for t in role):
        role = _role_before_styles(tokens, start) or role
    role = role or titled_for or None
    # the body a person is "of" is their role, not the evidence of a person ("Darling Buds of May")
    body = _role_text(sentence, _body_after(tokens, j) if not role else None)
    if described and not role and is_title_word(tokens[i].text):  # not a people: "American"
        role = [tokens[i]]  # the describing word stripped from "Novelist Andrea Levy"
    if not role and i == start and j - start > 1:
        role = _occupation_before(tokens, start)  # "literary critic Harold Bloom"
    if (
        _introduced_as_a_thing(tokens, start)
        or _fictional_before(tokens, start)
        or _after_a_plural_title(tokens, start, j)
        or _after_a_titles_possessive(tokens, start)
    ):
        return _Candidate(None, text, not_a_person=True)
    hint = _where_things_stand(tokens, start, j)
    if name_key(text) in DEMONYMS or all(_not_name_word(w) for w in words):
        return None
    if (
        words[-1] in NOT_ENTITY_SUFFIXES
        or _CONTRACTION.search(text)
        or words[-1].endswith(_DESCRIBING_ENDS)
        or (len(name) > 1 and _INITIAL.fullmatch(name[-1].text))  # "Charles G. and David Koch"
    ):
        return None
    if any(_REGNAL.fullmatch(t.text) and _cap_at(name, k + 1) for k, t in enumerate(name)):
        # a regnal number ends a person's name: "King George VI Chase" is a race, "John Paul II
        # Airport" a place
        return _Candidate(None, text, not_a_person=True)
    if len(name) > 1 and _ACRONYM.fullmatch(name[-1].text) and not name[0].text.isupper():
        return _hinted(hint, None, text)  # "Super PAC", "House GOP": a body, whatever its role
    if not alias and not _titled(role) and _thing_named([t.text for t in name]):
        # a common English word that is no personal name opens the name ("Athletics Kenya",
        # "Global Information") or makes all of it ("History Boys", "Radio"): a work, a body or
        # a fragment, whatever stands beside it but a courtesy title or a title
        return _hinted(hint, None, text)
    if not alias and len(name) > 1 and name_nature(text) in {"thing", "organisation", "place"}:
        # what the name's words make a body, a place or a thing, whatever role was read beside
        # it: "Cleveland Public Library" ("hosted by Michigan Gov"), "Nova Scotia" (ISO 3166)
        return _Candidate(None, text, not_a_person=True)
    if len(name) == 1 and not alias and not _titled(role) and not first_name_like(text):
        # a lone word that is no known first name, with only speech or a description ("market
        # leader Diageo", "Yukos said"): news style names a person in full, a body by one word;
        # it stays a person only when the article names someone so ("Mr Yukos", "John Bush")
        return _hinted(hint, None, text)
    if role or alias:
        return _hinted(
            hint, "person", text, _role_text(sentence, role) or body, alias, evidence=True
        )
    if len(name) >= 2:
        if not _looks_like_name(name) or (start > 0 and tokens[start - 1].lower == "the"):
            return None  # "The History Boys", "the West End": people take no article
        # a full name whose first word is no known first name is kept as a possible person: it
        # is one when the article gives that surname evidence ("Mr Chidambaram", "Brul said")
        known = first_name_like(name[0].text) or _INITIAL.fullmatch(name[0].text) is not None
        if known and is_plural_thing(name[-1].text) and not speech_next_to(tokens, start, j):
            return _hinted(hint, None, text)  # "Bradford Rovers", "Kaiser Chiefs"
        if known and not thing_words([t.text for t in name[1:]]):
            candidate = _hinted(hint, "person", text, body)
            candidate.spoken = _spoken(tokens, start, j)
            return candidate
        if known:  # "Sydney Olympic", "Carolina Panthers": a person only if the article says so
            return _hinted(hint, None, text)
        speech = _spoken(tokens, start, j)
        # "Palaniappan Chidambaram said", not "Merrill Lynch said its"
        return _hinted(hint, "person" if speech else None, text, body, evidence=speech)
    if at_start and words[0] in COMMON_WORDS:
        return None
    speech = speech_next_to(tokens, start, j)
    return _hinted(hint, "person" if speech else None, text, evidence=speech)


def _spoken(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A verb of saying beside a full name that speaks: not a body speaking of its own ("Merrill
    Lynch said its"), nor a name that a body's noun follows, the subject of what was said ("said
    Johnnie Walker sales rose"), nor one after a preposition ("analysts at Merrill Lynch said")."""
    after = tokens[end] if end < len(tokens) else None
    if start > 0 and tokens[start - 1].lower in _PREPOSITIONS and not tokens[start - 1].is_cap:
        return False  # "analysts at Merrill Lynch said": who speaks stands before "at"
    return (
        speech_next_to(tokens, start, end)
        and not _speaks_of_its_own(tokens, end)
        and not (after is not None and not after.is_cap and after.lower in _BODYS_NOUNS)
    )


def _hinted(
    hint: bool, kind: EntityKind | None, text: str, *args: object, **kw: object
) -> _Candidate:
    candidate = _Candidate(kind, text, *args, **kw)  # type: ignore[arg-type]
    candidate.thing_hint = hint
    return candidate


_THING_PLACES = frozenset({"in", "at"})
_OF_A_THING = frozenset({"star", "stars", "cast", "production", "version", "sequel", "adaptation"})
# What is had or done only of a body, before "of" and its name: "the takeover of Laura Ashley".
_OF_A_BODY = words_set("takeover takeovers acquisition owners subsidiary shareholders customers")
_KIN = words_set(
    """wife husband son daughter father mother sister brother widow widower uncle aunt nephew
    niece cousin partner girlfriend boyfriend heir friend"""
)


def _where_things_stand(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A name written where news style puts a work, a venue or a body, not a person: after "in"
    or "at" ("starred in Billy Elliot", "at Morgan Stanley"), after a job or a part and "of" ("the
    chairman of Pernod Ricard", "the star of Bridget Jones"), or before a job and another name
    ("Morgan Stanley analyst Tom Smith"). A person's possessive is none of these ("in Blair's")."""
    if tokens[end - 1].possessive:  # "Merrill Lynch's profits", "Vera Drake's star"
        after = tokens[end] if end < len(tokens) else None
        return after is not None and not after.is_cap and after.lower in _AFTER_A_THINGS_POSSESSIVE
    if _told_as_a_thing(tokens, start, end):
        return True  # "Vera Drake, which", "Franz Ferdinand are", "Merrill Lynch said its"
    if _after_a_persons_possessive(tokens, start) or _by_someone(tokens, end):
        return True  # "Mike Leigh's Vera Drake", "Eve Green by Susan Fletcher"
    if _described_as_a_thing(tokens, end) or _is_a_named_work(tokens, end):
        return True  # "Morgan Stanley, the investment bank,", "Peter Pan is the Christmas show"
    before = tokens[start - 1].lower if start > 0 else ""
    if before in _THING_PLACES or before in {"a", "an"} or before in _DETERMINERS:
        return True  # "starred in Billy Elliot", "a Tom Hanks film", "his Harry Potter role"
    if before == "as" and any(t.lower in _ACTING for t in tokens[max(0, start - 5) : start - 1]):
        return True  # a part played: "who stars as Harry Potter", "was cast as Bridget Jones"
    if before == ":" and start > 1 and tokens[start - 2].lower in WORK_NOUNS | _WORKS:
        return True  # an award's category and its winner: "Best film: Vera Drake"
    if before == "to" and start > 1 and tokens[start - 2].lower in _SEQUELS:
        return True  # "a sequel to Bridget Jones"
    if end + 1 < len(tokens) and tokens[end].lower in _STARRING and _cap_at(tokens, end + 1):
        return True  # "Vera Drake stars Imelda Staunton" (a person "stars in")
    if _priced(tokens, end):
        return True  # "Morgan Stanley rose 2%", "Ann Summers fell 5p"
    if _object_of_a_things_verb(tokens, start):
        return True  # "the theatre staged Peter Pan", "acquired Jimmy Choo"
    if _dated_in_brackets(tokens, end) or _at_the_box_office(tokens, start, end):
        return True  # "Vera Drake (2004)", "Ray took $20m at the box office"
    if _listed_among_things(tokens, start):
        return True  # "retailers such as Ted Baker and Karen Millen"
    if _reports_its_figures(tokens, end):
        return True  # "John Lewis reported a 10% rise in sales"
    if _named_after_a_bodys_noun(tokens, start, end):
        return True  # "the bank, Morgan Stanley, has"
    after = tokens[end] if end < len(tokens) else None
    if (
        after is not None
        and not after.is_cap
        and (
            after.lower in WORK_NOUNS
            or after.lower in ORG_NOUNS
            or after.lower in _A_BODYS
            or after.lower in _WORKS
            or after.lower in _A_BRANDS
        )
    ):
        return True  # "the Billy Elliot musical", "a Morgan Stanley fund", "Ann Summers stores"
    if before == "for" and start > 1 and tokens[start - 2].is_cap and tokens[start - 2].is_word:
        return True  # nominated: "Susan Fletcher for Eve Green"
    if before == "for" and start > 1 and tokens[start - 2].lower in _AWARDED:
        return True  # "nominated for Vera Drake", "an Oscar for Million Dollar Baby"
    if before == "of" and start > 1:
        job = tokens[start - 2]
        if not job.is_cap and job.lower not in _KIN and (job.is_head or job.lower in _OF_A_THING):
            return True
        if not job.is_cap and job.lower in _OF_A_BODY:
            return True  # "the takeover of Laura Ashley", "shareholders of Morgan Stanley"
    k = end
    while k < len(tokens) and tokens[k].is_word and not tokens[k].is_cap and tokens[k].is_head:
        k += 1
    return k > end and k < len(tokens) and tokens[k].is_cap and tokens[k].is_word


# What a body has and a person does not: "Merrill Lynch's profits", "Ann Summers' stores".
_A_BODYS = words_set(
    """profits profit sales shares shareholders stores shops earnings turnover subsidiary
    subsidiaries revenues revenue customers branches"""
)
# Who a body has and a person does not, after its possessive: "John Lewis's chairman".
_HEADS_OF = words_set("chairman chairwoman board directors executives employees workforce owners")
# What a brand or a chain is, after its name: "the Ted Baker chain", "Jimmy Choo products".
_A_BRANDS = words_set("chain chains brands products outlets boutiques franchises")
# Determiners people's names do not take: "this Morgan Stanley fund", "his Harry Potter role".
_DETERMINERS = words_set("this these those every each its their his her our your my another")
# How a share price moves: "Morgan Stanley rose 2%" (an athlete "jumped 8.20m").
_PRICE_MOVES = words_set(
    """rose fell slipped climbed dropped jumped slumped gained edged tumbled soared plunged
    dipped added lost"""
)
_PRICE_UNITS = re.compile(r"\d[\d.,]*p|%|per|percent|pence|cents")


# What a firm reports, posts or sees of its own figures: "reported a rise in sales", "saw profits
# rise".
_REPORTS = words_set("reported reports posted posts saw sees")
_FIGURES = _A_BODYS | words_set("losses loss results")


def _reports_its_figures(tokens: Sequence[Token], end: int) -> bool:
    """A name that reports or posts its sales, profits or losses within a few words."""
    if end >= len(tokens) or tokens[end].lower not in _REPORTS:
        return False
    for token in tokens[end + 1 : end + 8]:
        if token.lower in _FIGURES:
            return True
        if token.is_cap or token.text in {",", ".", ";"} or token.lower in {"that", "to"}:
            return False
    return False


def _named_after_a_bodys_noun(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A name between commas right after "the" (or a possessive) and a body's or a work's noun,
    maybe qualified: "The bank, Morgan Stanley, has", "the film, Vera Drake, is", "the band's new
    album, Mary Jane, is"; not "the face of the party, Donald J. Trump,"."""
    if not (
        start >= 3
        and end < len(tokens)
        and tokens[start - 1].text == ","
        and tokens[end].text == ","
        and not tokens[start - 2].is_cap
        and tokens[start - 2].lower in _BODY_NOUNS | WORK_NOUNS
    ):
        return False
    k = start - 3
    while k > 0 and start - k < 6 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _THE_OR_ITS or tokens[k].possessive:
            break
        k -= 1
    if not (tokens[k].lower in _THE_OR_ITS or tokens[k].possessive):
        return False
    return k < 1 or tokens[k - 1].lower not in _PREPOSITIONS


_THE_OR_ITS = words_set("the its their his her a an")


def _priced(tokens: Sequence[Token], end: int) -> bool:
    """A name whose share price moves: a verb of price, maybe "by", a number and a percentage
    or pence."""
    k = end
    if k >= len(tokens) or tokens[k].lower not in _PRICE_MOVES:
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "by")
    if k < len(tokens) and _PRICE_UNITS.fullmatch(tokens[k].lower):
        return True  # "fell 5p"
    return (
        k + 1 < len(tokens)
        and tokens[k].text[:1].isdigit()
        and _PRICE_UNITS.fullmatch(tokens[k + 1].lower) is not None
    )


# Verbs and nouns of acting before "as" and a part: "stars as Harry Potter".
_ACTING = words_set(
    """star stars starred starring cast casting plays played playing portray portrays portrayed
    portraying role"""
)
# Who a work has, after its possessive: "Vera Drake's star", "Harry Potter's author".
_CAST = words_set("star stars cast creator creators author screenwriter scriptwriter composer")
# What follows a body's, a work's or a brand's possessive: "Merrill Lynch's profits", "Vera Drake's
# star", "John Lewis's chairman", "Ted Baker's products".
_AFTER_A_THINGS_POSSESSIVE = _A_BODYS | _CAST | _HEADS_OF | _A_BRANDS
_SEQUELS = words_set("sequel sequels prequel follow-up")
# A work's verbs before the names of its actors: "Vera Drake stars Imelda Staunton".
_STARRING = words_set("stars starred starring features featured")
# Works in the plural after a name: "the Harry Potter films" (not "shows" or "plays", verbs too).
_WORKS = words_set(
    """films movies books novels albums songs singles musicals operas documentaries sitcoms
    dramas thrillers blockbusters stories"""
)
# Words after which "for" and a name give the work honoured: "nominated for Vera Drake".
_AWARDED = words_set(
    """nominated nomination nominations shortlisted award awards prize prizes oscar oscars bafta
    baftas globe globes honoured honored won wins"""
)
# A plural verb right after a name: British style makes bands, teams and firms plural.
_PLURAL_VERBS = frozenset({"are", "were", "have"})
# Words that open a clause whose subject may follow: "But Franz Ferdinand are".
_CLAUSE_OPENERS = words_set(
    """but yet so now while whilst although though because since when whereas meanwhile
    however also"""
)
# A body's or a work's nouns right after its name: "Johnnie Walker sales", "a Morgan Stanley fund".
_BODYS_NOUNS = WORK_NOUNS | ORG_NOUNS | _A_BODYS | _WORKS


def _told_as_a_thing(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Grammar that news gives things and bodies, not people: a name followed by "which" ("Vera
    Drake, which won"), by a plural verb as its subject ("Franz Ferdinand are"), or speaking of
    "its" own ("Merrill Lynch said its profits fell")."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    if _subtitled(tokens, end) or _in_brackets_after_a_name(tokens, start, end):
        return True  # "Bridget Jones: The Edge of Reason", "Romola Garai (Eve Green)"
    if _done_to_a_thing(tokens, end):
        return True  # "Vera Drake was directed by", "Jimmy Choo has been floated"
    if _opens_a_clause(tokens, start) and (
        after.lower in _PLURAL_VERBS
        or after.lower == "which"
        or (after.text == "," and end + 1 < len(tokens) and tokens[end + 1].lower == "which")
    ):
        return True
    return _speaks_of_its_own(tokens, end)


def _opens_a_clause(tokens: Sequence[Token], start: int) -> bool:
    """A name that is the subject of its clause: first in the sentence, after a word that opens
    a clause or after a dash or bracket; not one of a list ("he and Mike Pence have"), an object
    ("headed by Ian Telfer, which") or a possessor's ("the District's C. Rick Martin are")."""
    if start == 0:
        return True
    before = tokens[start - 1]
    if before.is_word:
        return before.lower in _CLAUSE_OPENERS
    return before.text not in {",", "&", "'", "’"} and not before.possessive


def _subtitled(tokens: Sequence[Token], end: int) -> bool:
    """A name that opens a title: a colon or a dash before "The" and a capitalised word ("Jerry
    Springer - The Opera", "Bridget Jones: The Edge of Reason")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].text in {":", "-", "–", "—"}
        and tokens[end + 1].text == "The"
        and _cap_at(tokens, end + 2)
    )


def _in_brackets_after_a_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A name alone in brackets right after another: the work a person is known for ("Romola
    Garai (Calico), Eddie Redmayne (Hamlet)")."""
    return (
        start >= 2
        and end < len(tokens)
        and tokens[start - 1].text == "("
        and tokens[end].text == ")"
        and _cap_at(tokens, start - 2)
    )


# What is done to works and firms, never to people: "was directed by", "has been floated".
_DONE_TO_THINGS = words_set(
    """directed filmed screened staged premiered broadcast aired published adapted floated
    privatised privatized acquired merged launched relaunched reissued remade owned"""
)
_BEING = words_set("is are was were be been being has have had")


def _done_to_a_thing(tokens: Sequence[Token], end: int) -> bool:
    """A name before a form of "be" and a past participle only works and firms take."""
    k = end
    while k < len(tokens) and tokens[k].lower in _BEING and k - end < 3:
        k += 1
    return k > end and k < len(tokens) and tokens[k].lower in _DONE_TO_THINGS


# Verbs whose object is a work, a product or a firm, never a person: "staged Peter Pan",
# "acquired Jimmy Choo" (not "released", "bought", "revived" or "directed": a prisoner is released,
# clubs buy players, a director directs actors).
_THINGS_VERBS = words_set(
    """publish publishes published publishing reissue reissued remake remade stage staged stages
    staging screen screened screening premiere premiered acquire acquires acquired acquiring launch
    launches launched launching relaunch relaunched float floated owns"""
)


def _object_of_a_things_verb(tokens: Sequence[Token], start: int) -> bool:
    """A name right after a verb that is done to works, products and firms: "staged Peter Pan",
    "acquired Jimmy Choo"."""
    if start == 0:
        return False
    before = tokens[start - 1]
    return not before.is_cap and before.lower in _THINGS_VERBS


_YEAR = re.compile(r"(?:19|20)\d\d")
# What is said of a film's takings or a firm's staff, with the name the subject: "took $20m at the
# box office", "opened in 3,000 cinemas", "employs 5,000 people".
_TAKINGS = words_set("box box-office cinemas theatres theaters screens employs")
# What only a character or a work is before its name: "the fictional detective", "cartoon".
_FICTIONAL = words_set("fictional cartoon comic-book")


def _dated_in_brackets(tokens: Sequence[Token], end: int) -> bool:
    """A name followed by a year alone in brackets: a work's date ("Vera Drake (2004)"), not a
    person's dates ("(1923-2004)") or age ("(34)")."""
    return (
        end + 2 < len(tokens)
        and tokens[end].text == "("
        and _YEAR.fullmatch(tokens[end + 1].text) is not None
        and tokens[end + 2].text == ")"
    )


def _at_the_box_office(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A name opening its clause, with its takings or staff within ten words: "Ray took $20m at
    the box office", "Finding Neverland opened in 2,000 cinemas", "John Lewis employs 5,000"."""
    if not _opens_a_clause(tokens, start):
        return False
    for k in range(end, min(len(tokens), end + 10)):
        t = tokens[k]
        if t.text in {",", ";", ":", "(", "“", '"'}:
            return False
        if t.lower in _TAKINGS and (
            t.lower != "box" or (k + 1 < len(tokens) and tokens[k + 1].lower == "office")
        ):
            return True
    return False


# Plural nouns of bodies and works before "such as" or "including" and the names they list.
_THINGS_PLURAL = words_set(
    """retailers chains firms companies banks brands labels stores shops groups insurers lenders
    brewers carmakers airlines films movies books novels shows albums musicals plays titles
    productions bands"""
)


def _listed_among_things(tokens: Sequence[Token], start: int) -> bool:
    """A name in a list that bodies or works introduce: "retailers such as Ted Baker and Karen
    Millen", "films including Vera Drake" (not "stars such as Tom Hanks")."""
    k = start - 1
    while k > 0 and (tokens[k].text in {",", "and", "or"} or tokens[k].is_cap):
        k -= 1  # back over the names listed before it
    if k >= 1 and tokens[k].lower == "as" and tokens[k - 1].lower == "such":
        k -= 2
    elif tokens[k].lower == "including":
        k -= 1
    else:
        return False
    return k >= 0 and (k == 0 or not tokens[k].is_cap) and tokens[k].lower in _THINGS_PLURAL


def _fictional_before(tokens: Sequence[Token], start: int) -> bool:
    """A word that only a character or a work takes, among the three before the name, whatever
    role follows it: "the fictional detective Jack Frost", "cartoon hero Danger Mouse"."""
    for t in reversed(tokens[max(0, start - 3) : start]):
        if t.is_cap or not t.is_word or t.lower in _PREPOSITIONS:
            return False  # "a cartoon of Donald Trump" is of a person
        if t.lower in _FICTIONAL:
            return True
    return False


def _speaks_of_its_own(tokens: Sequence[Token], end: int) -> bool:
    """A verb of saying and "its" right after a name: a body speaking ("Merrill Lynch said its")."""
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in SPEECH_VERBS
        and tokens[end + 1].lower == "its"
    )


def _after_a_persons_possessive(tokens: Sequence[Token], start: int) -> bool:
    """Right after a person's possessive, a name is their work: "Mike Leigh's Vera Drake" (a
    place's is a person: "Britain's Kelly Holmes")."""
    if start < 2 or not (tokens[start - 1].possessive and tokens[start - 1].is_cap):
        return False
    k = start - 1
    while k > 0 and _cap_at(tokens, k - 1) and start - k < 4:
        k -= 1
    owner = tokens[k:start]
    return (
        len(owner) in (2, 3)
        and owner[0].lower not in COMMON_WORDS
        and first_name_like(owner[0].text)
        and not kind_by_lists(_joined(owner), [t.lower for t in owner])
    )


def _joined(tokens: Sequence[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _by_someone(tokens: Sequence[Token], end: int) -> bool:
    """A name followed by "by" and a person's name is a work: "Eve Green by Susan Fletcher",
    "Vera Drake, directed by Mike Leigh", "Best Mate, ridden by Jim Culloty", a part "played by"
    an actor, a firm "founded by" someone."""
    k = end + (end < len(tokens) and tokens[end].text == ",")
    if k < len(tokens) and tokens[k].lower in _MADE_BY:
        k += 1
    elif k > end:
        return False
    return (
        k + 2 < len(tokens)
        and tokens[k].lower == "by"
        and first_name_like(tokens[k + 1].text)
        and _cap_at(tokens, k + 2)
    )


# What a work, a part, a firm (or a horse) is, by someone: "directed by Mike Leigh", "ridden by
# Jim Culloty", "played by Hugh Grant", "founded by Jack Cohen".
_MADE_BY = words_set(
    """directed written produced published sung composed illustrated narrated ridden played voiced
    created owned founded designed"""
)


_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with", "by", "on"})


def _described_as_a_thing(tokens: Sequence[Token], end: int) -> bool:
    """An apposition or a copula naming a body or a work: "Morgan Stanley, the investment
    bank,", "Eve Green, her first novel,", "Vera Drake is a film about", "Ann Summers, the
    retailer", "Morgan Stanley, the bank said"."""
    copula = end < len(tokens) and tokens[end].lower in {"is", "was"}
    if end + 2 >= len(tokens) or not (tokens[end].text == "," or copula):
        return False
    if tokens[end + 1].lower not in {"a", "an", "the", "his", "her", "their", "its"}:
        return False
    k = end + 2
    while k < len(tokens) and k - end < 6 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _PREPOSITIONS or (
            copula and tokens[k].lower in _AFTER_A_NOUN and k > end + 2
        ):
            break  # "Vera Drake is a film about", "a film that"
        if tokens[k].is_head or tokens[k].lower in _BEFORE_A_VERB or tokens[k].possessive:
            return False  # "the president of", "a company that", "the government's"
        if _participle_after_a_thing(tokens, k, end):
            break  # "Henry Realty, a firm focused on real estate"
        if not copula and k > end + 2 and tokens[k].lower in SPEECH_VERBS:
            break  # "He joined Morgan Stanley, the bank said": the apposition speaks
        k += 1
    last = tokens[k - 1].lower
    if copula and last in _PERSONS_TOO:
        return False  # "Kate Moss is a model", "Tom Smith is a film producer"
    return k > end + 2 and (last in ORG_NOUNS or last in WORK_NOUNS or last in _BODY_NOUNS)


def _is_a_named_work(tokens: Sequence[Token], end: int) -> bool:
    """A copula and a work's noun that capitalised words qualify: "Peter Pan is the Christmas
    show", "Jonathan Creek was a BBC drama"; not "is the BBC drama producer"."""
    if end + 3 >= len(tokens) or tokens[end].lower not in {"is", "was"}:
        return False
    if tokens[end + 1].lower not in {"a", "an", "the"} or not _cap_at(tokens, end + 2):
        return False
    k = end + 2
    while k < len(tokens) and k - end < 6 and _cap_at(tokens, k) and not tokens[k].possessive:
        k += 1
    if k >= len(tokens) or tokens[k].is_cap or tokens[k].lower not in WORK_NOUNS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not after.is_word or after.lower in _PREPOSITIONS | _AFTER_A_NOUN


def _participle_after_a_thing(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A participle right after a noun for a body or a work ends the description: "a firm
    focused on", "a chain owned by", "a novel written in"; not "a bank robber"."""
    low, noun = tokens[k].lower, tokens[k - 1].lower
    return (
        k > end + 2
        and low.endswith(("ed", "ing"))
        and (noun in ORG_NOUNS or noun in WORK_NOUNS or noun in _BODY_NOUNS)
    )


_AFTER_A_NOUN = frozenset({"about", "that", "which", "starring", "set", "based", "whose"})
# Nouns for a work or a body that are also what a person is: "a model", "a producer".
_PERSONS_TOO = frozenset({"model", "producer", "maker", "contractor", "exporter", "manufacturer"})


def _headline_cut(run: Sequence[Token]) -> int:
    """Where a name ends before the words of a headline written in title case: a name of one or
    two words followed only by common words that are no personal names, one of them a word of
    grammar ("Sanders Is Not Done" → 1, "Paul Ryan Says No" → 2); the whole run otherwise
    ("Joseph R. Biden Jr", "Mary Queen of Scots")."""
    for k in (1, 2):
        tail = run[k:]
        if (
            len(tail) >= 2
            and first_name_like(run[0].text) == (k == 2)
            and all(t.is_word and t.is_cap and _headline_word(t) for t in tail)
            and any(t.lower in COMMON_WORDS for t in tail)
        ):
            return k
    return len(run)


def _headline_word(token: Token) -> bool:
    return token.lower in COMMON_WORDS or is_thing_word(token.text)


def _title_tail(name: Sequence[Token]) -> int:
    """How many words of a title are left before the name a title split gives: a common word
    that is no personal name or an acronym, before a given name and a surname ("Intelligence
    James Clapper", "AG Vanita Gupta" → 1); none in "Will Smith" or "Rand Paul"."""
    k = 0
    while (
        len(name) - k > 2
        and first_name_like(name[k + 1].text)
        and (is_thing_word(name[k].text) or _ACRONYM.fullmatch(name[k].text))
    ):
        k += 1
    return k


def _after_thing_words(run: Sequence[Token]) -> int | None:
    """Where a given name starts after thing-like words that open a run: "Affairs Phil Smith"
    → 1 (the plural that ends a title: "Secretary of Veterans Affairs", "of Elections"), not
    "Time Warner Cable"."""
    k = 0
    while k < len(run) - 2 and is_thing_word(run[k].text) and run[k].lower.endswith("s"):
        k += 1
    return k if k and first_name_like(run[k].text) else None


def _after_a_hyphenated_title(run: Sequence[Token]) -> int | None:
    """Where a name starts after a compound of a thing-like word and a person's position, before
    a given name: "Whitbread Prize-winner Andrea Levy" → 2; not "Jane Smith-Baker Jones" nor
    "Mark Lewis-Francis" (names on both sides of the hyphen)."""
    for k in range(len(run) - 3, -1, -1):
        first, _, last = run[k].lower.partition("-")
        if (
            last
            and is_thing_word(first)
            and _AGENT_NOUN.search(last) is not None
            and is_common_word(last)
            and first_name_like(run[k + 1].text)
        ):
            return k + 1
    return None


def _introduced_as_a_thing(tokens: Sequence[Token], start: int) -> bool:
    """A name written after a noun for a work ("film Mary Poppins", "hit show Jerry Springer") or
    after a person and "of", where news style puts their body ("Mike Powell of Dresdner Kleinwort
    Wasserstein")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    if before.lower in WORK_NOUNS and not before.is_cap:
        # a noun, not a verb: "trying to show Bernie Sanders", "they play Tom Smith"
        return not (start > 1 and tokens[start - 2].lower in _BEFORE_A_VERB)
    if before.lower in _BODY_NOUNS and not before.is_cap and not before.possessive:
        return True  # "investment bank Morgan Stanley", "the band Franz Ferdinand"
    if before.lower in _FICTION and not before.is_cap:
        return True  # "the character Bridget Jones": no real person
    if before.lower in _CALLED and start > 1:
        noun = tokens[start - 2]
        # "a program called Sandy Hook Promise", "a film titled Vera Drake"; not "a man named"
        return not noun.is_cap and (noun.lower in WORK_NOUNS or noun.lower in _BODY_NOUNS)
    if before.lower != "of" or start < 3:
        return False
    surname, first = tokens[start - 2], tokens[start - 3]
    return surname.is_word and surname.is_cap and first.is_cap and first_name_like(first.text)


def _after_a_titles_possessive(tokens: Sequence[Token], start: int) -> bool:
    """A name right after a title's possessive is the office's thing, not a person: "Editor's
    Note", "the Speaker's Lobby", "the Chancellor's Budget" (a person's people take a word
    between: "the President's wife Michelle")."""
    if start == 0:
        return False
    before = tokens[start - 1]
    return before.possessive and before.is_cap and before.is_head


# Words that give a name after a noun: "a program called", "a film titled".
_CALLED = words_set("called named titled entitled dubbed")
# Nouns for a body written right before its name: the organisation nouns but those that are
# also a person's occupation ("film producer", "maker", "contractor"), and the kinds of firm,
# band and club of British business and sports news.
_BODY_NOUNS = (ORG_NOUNS - {"producer", "maker", "contractor", "exporter", "manufacturer"}) | (
    words_set(
        """retailer chain carmaker brewer airline insurer lender band supermarket conglomerate
        club store bookmaker grocer distiller housebuilder retailers chains"""
    )
)

# Nouns for what is made up, written right before its name: "the character Bridget Jones".
_FICTION = words_set("character characters superhero puppet")

# Titles a team or a firm takes, in the plural before its name: "champions Leicester Tigers".
_TEAM_TITLES = words_set("champion holder leader winner finalist opponent host visitor side")


def _after_a_plural_title(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A name after a title in the plural that teams take is a team's, unless it opens a list
    ("holders Bradford Bulls", "champions Leeds Rhinos"; not "winners Tom Smith and Jane Doe")."""
    if start == 0 or (end < len(tokens) and tokens[end].lower in {"and", "or", "&", ",", "("}):
        return False
    before = tokens[start - 1]
    low = before.lower
    if before.is_cap or before.possessive or not low.endswith("s"):
        return False
    return low[:-1] in _TEAM_TITLES


_BEFORE_A_VERB = words_set(
    """to will would can could may might must should shall did does do not never also i you we they
    he she it who that which and or"""
)


def _role_before_styles(tokens: Sequence[Token], start: int) -> list[Token] | None:
    """An office set before a name and its styles: "The Bishop of Durham, the Rt Rev Dr Tom
    Wright" → "Bishop of Durham" (the styles are no role)."""
    k = start
    while k > 0 and (tokens[k - 1].lower.rstrip(".") in STYLES or tokens[k - 1].text == "."):
        k -= 1
    if k > 0 and tokens[k - 1].lower == "the":
        k -= 1
    if k < 2 or tokens[k - 1].text != ",":
        return None
    return role_before(tokens, k - 1)


_IN_A_BODY = frozenset({"of", "for", "the", "and"})


def _body_after(tokens: Sequence[Token], end: int) -> list[Token] | None:
    """The body a person is "of": "Nick Van den Brul of BNP Paribas" → "BNP Paribas"; not a place
    ("Tom Smith of Ohio")."""
    if end + 1 >= len(tokens) or tokens[end].lower != "of":
        return None
    k = end + 1 + (tokens[end + 1].lower == "the")
    body: list[Token] = []
    while k < len(tokens) and (_cap_at(tokens, k) or (body and tokens[k].lower in _IN_A_BODY)):
        body.append(tokens[k])
        k += 1
        if tokens[k - 1].possessive:
            return None
    while body and not body[-1].is_cap:
        body.pop()
    if (
        not body
        or kind_by_lists(" ".join(t.text for t in body), [t.lower for t in body]) == "place"
    ):
        return None
    return body


def _occupation_before(tokens: Sequence[Token], start: int) -> list[Token] | None:
    """A lower-case occupation in nameparser's list of titles right before a name, with the
    words that qualify it: "literary critic Harold Bloom", "actress Barbara Windsor"."""
    if start == 0 or not _occupation(tokens[start - 1]):
        return None
    j = start - 1
    while j > 0 and start - j < 4 and tokens[j - 1].is_word and not tokens[j - 1].is_courtesy:
        before = tokens[j - 1]
        if before.lower in COMMON_WORDS or before.lower in CALENDAR:
            break
        j -= 1
    return list(tokens[j:start])


def _occupation(token: Token) -> bool:
    """A person's occupation in nameparser's titles: "critic", "actress", "novelist"; not one of
    the words it also lists for titles such as "Group Captain" or "Theatre Director"."""
    low = token.lower
    return (
        token.is_word
        and not token.is_cap
        and low in name_titles()
        and low not in STYLES
        and low not in _NOT_OCCUPATIONS
        and _AGENT_NOUN.search(low) is not None
    )


_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ess|ant|ent|ic|ief|ach|ef)$")
_NOT_OCCUPATIONS = frozenset({"theater", "soccer", "computer", "banner", "her", "mister"})


def _titled(role: Sequence[Token] | None) -> bool:
    """A title in nameparser's list right before the name: "President Bush", "Chancellor Brown"."""
    return bool(role) and is_title_word(role[-1].text)  # type: ignore[index]


_DESCRIBING_ENDS = (
    *("-based", "-owned", "-listed", "-controlled", "-run", "-backed"),
    *("-style", "-like", "-era", "-esque", "-type"),  # "a Tony Blair-style reform"
)


def _described(run: Sequence[Token]) -> bool:
    """A run opening with a describing word before a first name: a title in nameparser's list
    ("Novelist") or a people ("American", "Dutchman")."""
    first = run[0].text
    people = name_key(first) in DEMONYMS or name_key(first.removesuffix("man")) in DEMONYMS
    return (is_title_word(first) or people) and first_name_like(run[1].text)


def _after_the(tokens: Sequence[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].text == "the"


def _not_name_word(word: str) -> bool:
    return word in COMMON_WORDS or word in ROLE_HEADS or word in ROLE_MODIFIERS or word in DEMONYMS


def _role_text(sentence: str, role: Sequence[Token] | None) -> str | None:
    return sentence[role[0].start : role[-1].end] if role else None


def _looks_like_name(name: Sequence[Token]) -> bool:
    """Two to four capitalised words that are not common words, places or institutions."""
    words = [t for t in name if t.lower not in NAME_PARTICLES]
    if not 2 <= len(words) <= 4:
        return False
    for t in words:
        w = t.lower
        if t.text.isupper() and len(t.text) > 1 and not _INITIAL.fullmatch(t.text):
            return False
        if not_in_a_name(w):
            return False
    return True


def _group(candidates: Sequence[_Candidate]) -> list[_Entity]:
    """Namings grouped into entities; surnames and "Mr X" join the full name they stand for."""
    by_key: dict[tuple[str, str], _Entity] = {}
    order: list[_Entity] = []

    def add(kind: EntityKind, key: str, c: _Candidate) -> None:
        entity = by_key.get((kind, key))
        if entity is None:
            entity = by_key[(kind, key)] = _Entity(kind, key)
            order.append(entity)
        entity.texts.append(c.text)
        if c.role:
            entity.roles.append(c.role)
        if c.alias:
            entity.aliases.append(c.alias)

    things = {name_key(c.text) for c in candidates if c.not_a_person}
    marked = {
        name_key(c.text)
        for c in candidates
        if c.kind == "person" and (c.evidence or c.alias or c.spoken)
    }
    things |= {name_key(c.text) for c in candidates if c.thing_hint} - marked
    # whose people are people is no person: "Vera Drake's Imelda Staunton" and "Ms Staunton"
    owned = {
        c.owner: name_key(c.text)
        for c in candidates
        if c.owner and {name_key(c.text), name_key(c.text).split()[-1]} & marked
    }
    things |= {name_key(owner) for owner in owned} - marked
    things -= set(owned.values())
    candidates = [
        c for c in _promoted(candidates) if c.kind != "person" or name_key(c.text) not in things
    ]
    candidates = _without_pairs(candidates)
    full = [c for c in candidates if c.kind == "person" and len(name_key(c.text).split()) > 1]
    for c in full:
        add("person", _person_key(name_key(c.text), by_key), c)
    surnames: dict[str, list[_Entity]] = {}
    for entity in order:
        for s in surname_keys(entity.key):
            surnames.setdefault(s, []).append(entity)
    latest: dict[str, _Entity] = {}  # surname → the person of that name named last
    seen: set[int] = set()  # the people named in full so far
    in_bodies = {  # words of names that are no person's: "Warner" of "Time Warner"
        w
        for c in candidates
        if c.kind != "person" and len(name_key(c.text).split()) > 1
        for w in name_key(c.text).split()
    }
    for c in candidates:
        key = name_key(c.text)
        if c.kind in ("organisation", "place"):
            add(c.kind, place_key(key) if c.kind == "place" else key, c)
        elif len(key.split()) > 1:
            if c.kind != "person":
                continue
            entity = by_key[("person", _person_key(key, by_key))]
            seen.add(id(entity))
            for s in surname_keys(entity.key):
                latest[s] = entity
        elif key in surnames:
            gender = _titled_gender(c.alias)
            fits = [e for e in surnames[key] if gender is None or _gender(e) in (gender, None)]
            named = [e for e in fits if id(e) in seen]  # a surname means someone already named
            fits = named or fits
            if len(fits) == 1:
                add("person", fits[0].key, c)
            elif not fits and gender:  # "Mrs Howard" beside Michael Howard: another person
                add("person", f"{key} {gender}", _Candidate("person", c.alias or c.text, c.role))
            elif gender or latest.get(key) in fits:
                # two full names share the surname: joined only when the title or the person
                # named last with it decides; otherwise to neither
                chosen = latest.get(key) if latest.get(key) in fits else None
                if chosen is not None and (gender or len(fits) == 1):
                    add("person", chosen.key, c)
        elif c.alias and _titled_gender(c.alias):  # "Mr Howard", "Mrs Howard": two people
            add("person", f"{key} {_titled_gender(c.alias)}", _titled_form(c))
        elif (c.evidence and key not in in_bodies) or ("person", key) in by_key:
            add("person", key, c)  # but "Pernod said" after "Pernod Ricard" is the company
    _merge_org_variants(order, by_key)
    return [e for e in order if e.texts]


def _without_pairs(candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """No person named by two surnames of others joined by a hyphen: a ticket or a match-up
    ("Clinton-Kaine", "Trump-Cruz"), not a double-barrelled name ("Holtz-Eakin")."""
    surnames = {
        name_key(c.text).split()[-1]
        for c in candidates
        if c.kind == "person" and len(name_key(c.text).split()) > 1
    }

    def pair(text: str) -> bool:
        parts = name_key(text).split()
        return " " not in text and len(parts) == 2 and all(p in surnames for p in parts)

    return [c for c in candidates if c.kind != "person" or not pair(c.text)]


def _titled_gender(alias: str | None) -> str | None:
    """The gender a courtesy title gives: "Mrs Howard" is a woman."""
    return HONORIFICS.get(alias.split()[0].lower()) if alias else None


def _gender(entity: _Entity) -> str | None:
    """A person's gender as the article shows it: courtesy titles, else the first name."""
    for alias in entity.aliases:
        if _titled_gender(alias):
            return _titled_gender(alias)
    return gender_of(entity.texts[0]) if entity.texts else None


def _titled_form(c: _Candidate) -> _Candidate:
    """A person named only with a courtesy title keeps it in the name: "Mrs Howard"."""
    return _Candidate("person", c.alias or c.text, c.role, c.alias, c.evidence)


def _promoted(candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """Possible people (a full name whose first word is no known first name) made people when the
    article gives their surname the evidence of a person: a courtesy title, a role, speech."""
    sure = {
        name_key(c.text).split()[-1]
        for c in candidates
        if c.kind == "person" and (c.evidence or c.alias) and name_key(c.text)
    }
    out = []
    for c in candidates:
        key = name_key(c.text).split()
        if c.kind is None and len(key) > 1 and key[-1] in sure and not _thing_first(c.text):
            c = _Candidate("person", c.text, c.role, c.alias, evidence=True)
        out.append(c)
    return out


def _thing_named(words: Sequence[str]) -> bool:
    """Every word of the name thing-like, or its first word: "History Boys", "Athletics Kenya"."""
    things = thing_words(words)
    return bool(things) and (len(things) == len(words) or things[0] == words[0])


def _thing_first(text: str) -> bool:
    """A full name opening with a common word that is no given name: "Asserting Clinton",
    "Dump Trump", "Classic Clinton" are no people called Clinton or Trump."""
    first = text.split()[0]
    return is_thing_word(first) or is_english_word(first)


def _person_key(key: str, by_key: dict[tuple[str, str], _Entity]) -> str:
    """A full name joins one with the same first and last word ("John F. Kennedy")."""
    words = key.split()
    for kind, other in by_key:
        o = other.split()
        if kind == "person" and len(o) > 1 and o[0] == words[0] and o[-1] == words[-1]:
            return other
    return key


def _merge_org_variants(order: list[_Entity], by_key: dict[tuple[str, str], _Entity]) -> None:
    """ "Treasury Department" takes "Treasury"; "National Security Council" takes "NSC"."""
    for entity in order:
        if entity.kind != "organisation":
            continue
        for variant in org_variant_keys(entity.key):
            other = by_key.get(("organisation", variant))
            if other is not None and other is not entity and other.texts:
                entity.texts.extend(other.texts)
                entity.roles.extend(other.roles)
                other.texts.clear()


def _count(
    entities: Sequence[_Entity], paragraphs: Sequence[str]
) -> tuple[dict[int, int], dict[int, list[str]]]:
    """How often each entity is named and in which forms; a shared form goes to the latest named."""
    owners: dict[str, list[_Entity]] = {}
    for entity in entities:
        for form in dict.fromkeys([*entity.texts, *entity.aliases]):
            owners.setdefault(form, []).append(entity)
    counts = {id(e): 0 for e in entities}
    forms: dict[int, list[str]] = {id(e): [] for e in entities}
    if not owners:
        return counts, forms
    last_seen: dict[int, int] = {}
    for position, form in enumerate(_namings(paragraphs, list(owners)), start=1):
        candidates = owners[form]
        entity = max(candidates, key=lambda e: last_seen.get(id(e), -1))
        if len(candidates) > 1 and id(entity) not in last_seen:
            entity = candidates[0]
        last_seen[id(entity)] = position
        counts[id(entity)] += 1
        forms[id(entity)].append(form)
    return counts, forms


def _namings(paragraphs: Sequence[str], forms: Sequence[str]) -> list[str]:
    """The forms named in the paragraphs, in reading order, each as a whole word: at each place
    the longest form that fits, the next naming starting after it (as a regular expression of the
    forms, longest first, would find them, without compiling one per article)."""
    found = []
    texts = [_PARAGRAPH_BREAK.join(paragraphs)]  # the break joins no form across paragraphs
    if any(_PARAGRAPH_BREAK in form for form in forms):
        texts = list(paragraphs)
    for text in texts:
        places = []
        for form in forms:
            at = text.find(form)
            while at != -1:
                end = at + len(form)
                if (at == 0 or not _is_word_char(text[at - 1])) and (
                    end == len(text) or not _is_word_char(text[end])
                ):
                    places.append((at, -len(form), form))
                at = text.find(form, at + 1)
        places.sort()
        reached = 0
        for at, minus_length, form in places:
            if at >= reached:
                found.append(form)
                reached = at - minus_length
    return found


_PARAGRAPH_BREAK = "\n"


def _is_word_char(char: str) -> bool:
    """What `[\\w-]` matches: a letter, digit or underscore, or a hyphen."""
    return char.isalnum() or char in "_-"


def _canonical(entity: _Entity) -> str:
    """The fullest form; among equally full forms the most frequent, then the first."""
    longest = max(len(name_key(t).split()) for t in entity.texts)
    full = [t for t in entity.texts if len(name_key(t).split()) == longest]
    return max(dict.fromkeys(full), key=full.count)


def _best_role(roles: Sequence[str]) -> str | None:
    """The most specific role the article writes: the longest, then the first; a bare style or
    courtesy title ("Sir", "Dame", "Rt Rev Dr") is no role."""
    jobs = [r for r in roles if not all(w.lower().strip(".") in STYLES for w in r.split())]
    return max(jobs, key=lambda r: len(r.split()), default=None)

"""Cheap tests that stand in for a regular expression give its answers, text by text."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from syntok._segmentation_states import State

from briefings.analysis import candidates
from briefings.analysis.candidates import _REPORTING, _REPORTING_PARTS, _REPORTING_WORDS, _reports
from briefings.analysis.common import names
from briefings.analysis.common.ascii_words import ascii_words
from briefings.analysis.common.memo import Memo
from briefings.analysis.common.parts import folds, may_hold
from briefings.analysis.common.splitting.syntok_spans import (
    _ANY_BRACKET,
    _BEFORE_COMMA_OR_APOSTROPHES,
    _HIDDEN_BRACKET,
    _NAME_AFTER_POINT,
    _ONE_TOKEN,
    ASCII_OPENING,
    OPENING_BRACKETS,
    _abbreviation,
    _after_a_name,
    _hidden,
    _opens_a_bracket,
    may_have_mark_tokens,
)
from briefings.analysis.people.article.headings import is_heading
from briefings.analysis.people.article.quoted_titles import _QUOTED, _opens_a_quote
from briefings.analysis.people.finding.candidates import sentence_candidates
from briefings.analysis.people.roles import tokens as tokenizer
from briefings.analysis.quotes.confidence import hearsay
from briefings.analysis.quotes.finding.marks import has_masks
from briefings.analysis.quotes.resolution.names import groups
from briefings.analysis.results import ArticleText
from briefings.analysis.speech import name_index
from briefings.analysis.speech.name_index import _CAP_WORDS, _KNIGHTED, _OPENING_LETTER, _knighted
from briefings.analysis.speech.tokens import _TOKEN, _spaced_tokens, _tokens_one_by_one, tokens
from briefings.analysis.summaries.points import (
    _ACTION,
    _ED,
    _LONG_WORDS,
    _OPINION,
    _acts,
    _may_be_headline,
    _opinion_words,
    _quotes,
    is_headline,
)

TEXTS = [
    "",
    "plain ascii text.",
    "İstanbul and Iğdır",  # dotted capital I, dotless i
    "the ſ of old print",  # long s
    "“Quoted,” she said.",
    "He said ''yes'' to it",
    "one ' apostrophe",
    "a (bracket) here",
    "a [square] one",
    "{curly}",
    "full-width （bracket）",
    "〈angle〉 and ⦃white curly⦄",
    "masked \ue000\ue100\ue001 quote",
    "reserved \ue000 only",
    "Café “Zürich”",
    "Heading Without Any Stop  ",
    "A sentence that ends.\n",
    "It ends in a quote.”  \t",
    'It ends in a straight quote."',
    "Really?  ",
    "Wow!",
    "Big Capital Words End Here.  ",
    "No Stop Here At All\u00a0",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_fast_tests_answer_as_the_searches_did(text: str) -> None:
    assert folds(text) == bool(re.search("[\u0130\u0131\u017f]", text))
    opening = "[" + re.escape("".join(sorted(State.opening_brackets))) + "]"
    assert _opens_a_bracket(text) == bool(re.search(opening, text))
    assert has_masks(text) == bool(re.search("[\ue100-\ue1ff]", text))
    assert _quotes(text) == bool(re.search(r"[“”\"]|''", text))


def test_the_ascii_opening_brackets_are_syntoks() -> None:
    assert set(ASCII_OPENING) == {b for b in State.opening_brackets if b.isascii()}
    assert set(OPENING_BRACKETS) == set(State.opening_brackets)


@pytest.mark.parametrize("bracket", sorted(State.opening_brackets | State.closing_brackets))
def test_each_bracket_in_wide_text_is_told_as_by_the_search(bracket: str) -> None:
    text = f"Café “Zürich” {bracket}x"  # not ASCII: each bracket looked for in turn
    assert _opens_a_bracket(text) is (bracket in State.opening_brackets)


@pytest.mark.parametrize("text", TEXTS)
def test_a_heading_is_told_by_its_last_character_as_by_the_search(text: str) -> None:
    ended = bool(re.search(r"[.!?”\"]\s*$", text.strip()))
    assert not (ended and is_heading(text))
    if not ended:  # the words decide, as before
        words = re.findall(r"[^\W\d_][\w’'-]*", text)
        expected = len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7
        assert is_heading(text) == expected


_OLD_CAP_WORDS = re.compile(r"(?<![\w’'.\-])[^\W\d_a-z][\w’'.\-]*(?:\s+[^\W\d_a-z][\w’'.\-]*)*")


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "Mr. Kim met O’Brien and U.S. officials in Sun-Times Plaza.",
        "Kim’s Envoy said. Donald Trump\nJoe Biden",
        "x.Y and 'Z and -Q and ’R and _S and 3T",
        "Élodie Ünal met Ølstad in Zürich; Ωmega",
        "Louis Ⅻ, ½ Price and ²Nd, ǅemal, ªb, µs, ß and _Kim: [Joe] ~Ann {Bo}",
    ],
)
def test_name_runs_are_found_where_they_were(text: str) -> None:
    found = [(m.span(), m.group()) for m in _CAP_WORDS.finditer(text)]
    assert found == [(m.span(), m.group()) for m in _OLD_CAP_WORDS.finditer(text)]


def test_a_name_run_opens_with_the_letters_it_opened_with_before() -> None:
    """The first letter's set, ASCII ruled out by range, is [^\\W\\d_a-z] for every character."""
    before, now = re.compile(r"[^\W\d_a-z]"), re.compile(_OPENING_LETTER)
    differ = [c for c in map(chr, range(0x110000)) if bool(before.match(c)) != bool(now.match(c))]
    assert differ == []


def test_the_people_tokenizer_reads_each_token_once_and_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = Memo(tokenizer._read)
    monkeypatch.setattr(tokenizer, "_READS", reads)
    monkeypatch.setattr(Memo, "MAX_KEPT", 4)
    tokens = tokenizer.tokenize("Kim’s envoy met the U.S. envoy’s aides.")
    assert [t.text for t in tokens] == ["Kim", "envoy", "met", "the", "U.S.", "envoy", "aides", "."]
    assert tokens[0].possessive and tokens[5].possessive and not tokens[1].possessive
    assert len(reads) <= 4


def test_the_people_tokenizer_places_each_token_past_any_kind_of_space() -> None:
    text = "  Kim’s\u00a0envoy \t met\u2003the  U.S.\u3000envoy’s\n(AP) aides.\x1c  "
    found = [text[t.start : t.end] for t in tokenizer.tokenize(text)]
    assert found == [
        "Kim’s",
        "envoy",
        "met",
        "the",
        "U.S.",
        "envoy’s",
        "(",
        "AP",
        ")",
        "aides",
        ".",
    ]


@pytest.mark.parametrize(
    "text",
    ["He’s predicting a win.", "SHE'S sure, Mr. Kim said.", "The chef's knife.", "He said so."],
)
def test_reporter_text_is_read_token_by_token_only_where_he_is_may_stand(text: str) -> None:
    low = text.lower()
    by_one = "he’s" in low or "he's" in low
    assert ("is" in tokens(text)) == by_one  # "He’s" read as "He" "is"
    if by_one:
        assert tokens(text) == _tokens_one_by_one(text)


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "M&S and AT&T said, in the U.S. (Reuters), that 1,000.5 rose 3%; Zoë, Jones’ dogs.",
        'said. said, said) said” said" said? ,, a,, .x _x__ a—b co-op, O’Brien’s',
        "tabs\tand\nlines\u2028and\x1cseparators\u00a0no-break",
        "1. 2) A. B! “Hi!” end.",
    ],
)
def test_reporter_text_is_read_piece_by_piece_into_the_tokens_of_the_pattern(text: str) -> None:
    assert _spaced_tokens(text) == _TOKEN.findall(text)


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_name_run_with_a_contraction_names_no_one_whichever_the_apostrophe(mark: str) -> None:
    assert [c.text for c in sentence_candidates("He said John Smith will speak.")] == ["John Smith"]
    assert not list(sentence_candidates(f"He said John Smith{mark}ll speak today."))


NAMES = [
    *("Donald Trump", "the Beatles", "The  Who", "THE\tSun", "the", "Theresa May", "the the Band"),
    *("O'Brien", "Kim’s", "Jong-un", "U.S. Army", "St. Mary's", "Al_Jazeera", "`quoted`"),
    *("Zoë Ball", "José Mourinho", "", "  ", "the\x1cEnd", "the\u00a0Times", "ÉDITION the x"),
]


def _key_by_the_patterns(name: str) -> str:
    """`name_key` with every pattern applied, as it was before plain ASCII names skipped them."""
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = names._POSSESSIVE.sub("", text.strip())
    text = names._LEADING_THE.sub("", text)
    text = names._DASHES.sub(" ", text)
    text = names._DOTS_AND_APOSTROPHES.sub("", text)
    return " ".join(text.lower().split())


@pytest.mark.parametrize("name", NAMES)
def test_a_name_is_keyed_as_the_patterns_key_it(name: str) -> None:
    assert names._name_key(name) == _key_by_the_patterns(name)


def test_a_plain_ascii_name_is_keyed_without_the_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    class Unread:
        def sub(self, *args: object) -> str:
            raise AssertionError("a plain ASCII name needs no pattern")

    for pattern in ("_POSSESSIVE", "_LEADING_THE", "_DASHES", "_DOTS_AND_APOSTROPHES"):
        monkeypatch.setattr(names, pattern, Unread())
    assert names._name_key("The  Rolling Stones") == "rolling stones"
    assert names._name_key("Theresa MAY") == "theresa may"


KNIGHTED_TEXTS = [
    "Sir Terry Leahy said",
    "and Dame Judi Dench",
    "Sir  \n\t Elton John",
    "Sir" + " " * 40 + "Cameron",
    "Sirs Terry Leahy",
    "ASir Terry",
    "the Dame\u00a0Edna show",
    "Dame",
    "“Sir Alex” Ferguson and Sir Alex Ferguson",
    "  Sir Bobby",
]


@pytest.mark.parametrize("text", KNIGHTED_TEXTS)
def test_a_knights_style_is_found_before_a_name_as_the_search_from_the_start_found_it(
    text: str,
) -> None:
    for at in range(len(text) + 1):
        assert _knighted(text, at) == bool(_KNIGHTED.search(text, 0, at)), (text, at)


REPORTING_TEXTS = [
    "He said so.",
    "SAID the chairman",
    "Officials Told reporters",
    "resaid and unsaid",
    "said_ by no one",
    "said9 times",
    "according to her",
    "She as\u212aed twice",  # a Kelvin sign the case-blind search reads as "k"
    "\u017faid the man",  # a long s it reads as "s"
    "\u0130nsisted",
    "urging Café owners",
    "no verb here",
    "",
    "“Adding” to it, he said’",  # curly marks are no word characters: read as spaces
    "she tweeted—and wrote…",
    "they sayings and re-stated it",
]


@pytest.mark.parametrize("text", REPORTING_TEXTS)
def test_a_reporting_verb_is_found_as_the_case_blind_search_found_it(text: str) -> None:
    assert _reports(text) == (
        may_hold(text, _REPORTING_PARTS) and _REPORTING.search(text) is not None
    )


def test_each_reporting_verb_is_read_from_the_words() -> None:
    verbs = _REPORTING.pattern.split("(?:", 1)[1].split(")", 1)[0].split("|")
    assert {v.encode() for v in verbs} == _REPORTING_WORDS
    for verb in verbs:
        assert _reports(f"He {verb.upper()} it") and not _reports(f"He {verb}x it")


def test_ascii_text_is_searched_for_reporting_verbs_minding_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Unread:
        def search(self, *args: object) -> None:
            raise AssertionError("ASCII text needs no case-blind search")

    monkeypatch.setattr(candidates, "_REPORTING", Unread())
    assert _reports("The minister SAID so.") and not _reports("The unsaid words.")


def test_a_knights_style_is_looked_for_only_right_before_the_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    starts: list[int] = []

    class Recorded:
        def search(self, text: str, pos: int, endpos: int) -> object:
            starts.append(pos)
            return _KNIGHTED.search(text, pos, endpos)

    monkeypatch.setattr(name_index, "_KNIGHTED", Recorded())
    text = "A long paragraph names many people. " * 20 + "Sir Alex Ferguson"
    assert _knighted(text, len(text) - len("Alex Ferguson"))
    assert len(starts) == 1 and len(text) - starts[0] <= len(" Sir Alex Ferguson")
    starts.clear()
    assert not _knighted("Lord Sugar and Mr Alex Ferguson", len("Lord Sugar and Mr "))
    assert not _knighted("Sirs Alex Ferguson", len("Sirs "))
    assert starts == []  # no style ends before the spaces: no search


WORD_TEXTS = [
    *TEXTS,
    "one two three four five six seven eight",
    "one two three four five six seven eight nine",
    "  — Rock’n’roll's   O'Brien, 3.5 U.S.-Mexican x-y ‘a’ b c d e f g h i j",
    "many words here " * 10,
    "é à ü ß — 1 2 3 4 5 6 7 8 9",
    "a'b’c d''e ’’ f",
]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_a_prose_sentences_words_are_counted_up_to_the_cap_as_findall_counts_them(
    text: str,
) -> None:
    assert candidates.words_up_to(text) == min(candidates.word_count(text), candidates.PROSE_WORDS)


@pytest.mark.parametrize("min_words", [1, 4, 5, 6, 8, 9, 12])
def test_sentences_past_the_cap_are_kept_by_their_full_count(min_words: int) -> None:
    paragraphs = tuple(" ".join(["word"] * n) + "." for n in range(1, 14))
    article = ArticleText(title=None, paragraphs=paragraphs)
    kept = [s.text for s in candidates.usable_sentences(article, min_words=min_words)]
    assert kept == [p for p in paragraphs if candidates.word_count(p) >= min_words]
    texts = [text for _, text in candidates.prose_texts(article, min_words=min_words)]
    assert texts == kept


MARK_TEXTS = [
    "He said.” Then he left.",  # two marks inside a token only: no token of marks alone
    'It ended." Done',
    "Tell them -- now.",
    "-- opening dashes",
    "a masked \ue000\ue100\ue001. quotation",
    "good so far. ... I know",
    "“Yes.” …",
    "plain words only",
    "",
]


@pytest.mark.parametrize("text", MARK_TEXTS)
def test_a_token_of_marks_alone_is_looked_for_only_where_one_may_open(text: str) -> None:
    opens = bool(re.search(r"(?:^| )[^\w\s\u200b]{2}", text))
    assert may_have_mark_tokens(text) == opens
    assert opens or not _ONE_TOKEN.search(text)


NAME_TEXTS = [
    "Gen. Mark Milley met Mr. Kim. Then Mrs. Rossi left.",
    "Donald J. Tanaka agreed with Sen. Anna Ferreira’s aides.",
    "It was great, Mr. DuHaime said. Then Gen. It ended.",
    "He met Dr. Smith, then Mr. The and x.Mr. Jones; “Mr. Trump, you said”.",
    "Sen. Chris Murphy (D-Conn.) said so. Mr. A. Rep. Bo.",
    "The U.S. Army. A. B. Mr. Kim. Mr. Kim",
    "Mr.  Kim, Mr. kim, Mr. 5 and Mr.",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_a_point_after_a_name_is_found_mark_by_mark_where_the_search_found_it(text: str) -> None:
    found = set()
    for point in re.finditer(r"\.(?= [A-Z])", text):
        named = _NAME_AFTER_POINT.match(text, text.rfind(" ", 0, point.start()) + 1)
        if named and named[2] not in State.starters and _abbreviation(named[1]):
            found.add(named.end() - 1)
    assert {at for at in range(len(text)) if _after_a_name(text, at)} == found


BRACKET_TEXTS = [
    "Sen. Chris Murphy (D-Conn.) said so (twice).",
    'It ended. The ship ( " )" sailed. [1] It was late.',
    "A smiley :-) and :( or (: and ) alone, _(_ and (_) and ..(.. here",
    "Tabs\t(\t)\tand\u00a0(;\u2003[\n]} end )",
    "“(” and ‘[’ and ﹙﹚ and （x） and (",
    "(",
    ")(",
]


@pytest.mark.parametrize("text", BRACKET_TEXTS)
def test_a_hidden_bracket_is_found_bracket_by_bracket_where_the_search_found_one(
    text: str,
) -> None:
    hidden = [m.span() for m in _HIDDEN_BRACKET.finditer(text) if len(m[0]) > 1]
    for mark in _ANY_BRACKET.finditer(text):
        at = mark.start()
        assert _hidden(text, at) == any(a <= at < b for a, b in hidden)


def test_two_marks_inside_a_token_need_no_search_for_tokens_of_marks() -> None:
    assert not may_have_mark_tokens("He said.” Then he left.")


@pytest.mark.parametrize("text", [*MARK_TEXTS, "Cambridge, Mass., said", "New York.'' Giant"])
def test_marks_before_a_comma_or_two_apostrophes_are_found_by_one_search(text: str) -> None:
    found = {m.start() for m in _BEFORE_COMMA_OR_APOSTROPHES.finditer(text)}
    assert found == {m.start() for m in re.finditer(r"[.!?](?=[,:])|[.!?](?='')", text)}


ACTION_TEXTS = [
    "The minister SAID so.",
    "Officials Announced the plan",
    "She Plans to go",
    "The unsaid words",
    "Café owners SOLD it",  # not ASCII: the case-blind search
    "\u0130t won",
    "a wanted man",  # an "-ed" word
    "no verb here",
    "",
    "She said’ it",  # a curly mark is no word character: read as a space
    "the U.S.-led talks — they ended… here",
    "bed’s red",  # "’ed" ends no word of three letters
    "unsaid_words and SOLD_OUT",  # "_" is a word character
    "Rose\xa0Smith",
]


@pytest.mark.parametrize("text", ACTION_TEXTS)
def test_an_action_is_found_as_the_case_blind_search_found_it(text: str) -> None:
    assert _acts(text) == (_ED.search(text) is not None or _ACTION.search(text) is not None)


OPINION_TEXTS = [
    "We’re told I was there",
    "we’re",  # "we" before an apostrophe
    "Iran and Israel talked",  # no "I" of its own
    "So the vote went ahead",
    "Sol and So-and-so",  # "So" opens no word of its own here
    " So it went",  # not at the start
    "If only",
    "let’s go",
    "lets go",
    "Let'sgo",
    "at bestow",
    "at best.",
    "it’s not as if",
    "doesn't meant",
    "ours_truly and yours",
    "naïve you",  # not ASCII: the search
    "―we",  # a mark outside ASCII not put as a space: the search
    "a\xa0me",
    "",
]


@pytest.mark.parametrize("text", OPINION_TEXTS)
def test_the_writers_voice_is_found_as_the_search_found_it(text: str) -> None:
    assert _opinion_words(text) == (_OPINION.search(text) is not None)


TOKENIZED = [
    *TEXTS,
    "Mr. Kim’s envoy met U.S. officials, D.C. aides and I. M. Pei; J. said: “A.”",
    "U.S.A. and the U.S.-led coalition, e.g. and a. b. Ab. AB. É. Zola",
    "1,000, and 3.5. 1.2m 4G, snake_case _under __ done_",
    "co-chairman Vice-president, Co-ordinator. Jones' Russians’ it’ ’’ ''quoted'' x-",
    "He’s off—again – (maybe) “yes,” she said.\u00a0Next\u2003word\u3000and\tmore\n",
    "Jong-un and O'Brien; al-Zarqawi’s men‐at‐arms? Wow! “Quoted”",
    "(AP) — the U.S.-led talks (AP) and U.S.-led, “We” and “We”",  # pieces read once, placed twice
]


def _pattern_tokens(sentence: str) -> list[tuple[object, ...]]:
    """The tokens `_TOKEN` finds in the sentence, match by match, as `tokenize` reads them."""
    out = []
    for m in tokenizer._TOKEN.finditer(sentence):
        t = tokenizer.Token(m.start(), m.end(), tokenizer._read(m.group()))
        out.append((t.text, t.start, t.end, t.possessive, t.lower, t.is_word, t.is_cap))
    return out


@pytest.mark.parametrize("sentence", TOKENIZED)
def test_the_people_tokenizer_finds_the_patterns_tokens(sentence: str) -> None:
    """Read piece by piece, with possessive repeats, the tokens are those of the plain pattern."""
    found = [
        (t.text, t.start, t.end, t.possessive, t.lower, t.is_word, t.is_cap)
        for t in tokenizer.tokenize(sentence)
    ]
    assert found == _pattern_tokens(sentence)


def test_the_people_tokenizer_finds_the_patterns_tokens_in_any_mix_of_marks() -> None:
    rng = random.Random(19)
    letters = "aAbZzÉé.,;:!?)”\"’'-‐_ 1(“—\t\u00a0"
    for _ in range(3000):
        sentence = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        assert [(t.text, t.start, t.end) for t in tokenizer.tokenize(sentence)] == [
            found[:3] for found in _pattern_tokens(sentence)
        ], sentence


def test_the_people_tokenizer_reads_a_piece_with_the_pattern_once() -> None:
    tokenizer._PIECE_TOKENS.clear()
    first = tokenizer.tokenize("the (AP) report")
    assert tokenizer._PIECE_TOKENS == {"(AP)": ((0, 1, "("), (1, 3, "AP"), (3, 4, ")"))}
    again = tokenizer.tokenize("an (AP) story")  # the same piece, read from the memo, placed anew
    assert [(t.text, t.start) for t in first[1:4]] == [("(", 4), ("AP", 5), (")", 7)]
    assert [(t.text, t.start) for t in again[1:4]] == [("(", 3), ("AP", 4), (")", 6)]


@pytest.mark.parametrize(
    ("word", "head", "courtesy"),
    [
        ("Minister", True, False),
        ("co-chairman", True, False),
        ("co-ordinator", True, False),
        ("Vice-President", True, False),
        ("Mr", False, True),
        ("Mrs", False, True),
        ("ordinary", False, False),
    ],
)
def test_a_tokens_title_tests_are_read_with_it(word: str, head: bool, courtesy: bool) -> None:
    (token,) = tokenizer.tokenize(word)
    assert (token.is_head, token.is_courtesy) == (head, courtesy)


# Lines whose long words are (nearly) all capitalised, or not, in pieces the cheap count reads
# several ways: plain words, words with digits, marks and hyphens, quotes, non-ASCII letters.
HEADLINE_TEXTS = [
    "Sanders: ‘Of Course’ Clinton Is Qualified",
    "Sanders: ‘Of Course’ Clinton is qualified to serve",
    "The Senate Votes On Health-Care Bill After Long Debate",
    "Über Élite Ärzte Streiken Heute",
    "über élite ärzte streiken heute",
    "Trump’s Wall: Mexico Won’t Pay, Says Nieto",
    "2016 Race: 1abc Clinton4 Sanders Leads Polls",
    "_abc Ⅻabc ²abcd Abcd Efgh Ijkl",
    "Abcd-efgh-ijkl-mnop Qrst Uvwx Yzab",
    "The minister said on Tuesday that the talks would resume next week.",
    "ALL CAPS LINE HERE TODAY",
    "Short Line",
    "",
]


@pytest.mark.parametrize("text", HEADLINE_TEXTS)
def test_the_cheap_count_lets_every_headline_through_to_the_search(text: str) -> None:
    words = _LONG_WORDS.findall(text)
    counted = len(words) >= 4 and len([w for w in words if w[0].isupper()]) >= 0.8 * len(words)
    assert is_headline(text) == counted
    assert _may_be_headline(text) or not counted


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "He wrote ‘Eve Green’ in 2004", "“Harry Potter”", "plain 'Quoted' here", "it’s Tom’s"],
)
def test_a_paragraph_is_searched_for_quoted_titles_whenever_one_may_open(text: str) -> None:
    assert _opens_a_quote(text) or _QUOTED.search(text) is None
    assert _opens_a_quote(text) == any(mark in text for mark in "“\"‘'")


def _plural_by_one_pattern(name: str, text: str) -> bool:
    """How `plural_people` read the text before: one pattern made for each name."""
    word = re.escape(name)
    return (
        re.search(
            rf"\b(?:{groups._QUANTIFIER} )?{word}{groups._BETWEEN} {groups._PLURAL_VERB}\b"
            rf"|\b{groups._QUANTIFIER} {word}[,.;]",
            text,
        )
        is not None
    )


@pytest.mark.parametrize(
    "text",
    [
        "Latinos have been angry. Many Latinos say so.",
        "Many Latinos, however, were there; fellow Latinos.",
        "Most Latinos; xmany Latinos, and someLatinos. Latinos also vote.",
        "The Latinosx have it. SuperLatinos have. Latinos don’t care. Latinos aren't.",
        "Those Latinos, he said. Latinos, now, were. Latinos havex. Latinos",
        "Other ‘Latinos have. Many ‘Latinos. ‘Latinos have. x‘Latinos have.",
        "LatinosLatinos have. Latinos.Latinos have. Few Latinos; These Latinos.",
        "Sanders says. The Sanders campaign. Sanders, too, think.",
    ],
)
def test_a_plural_of_people_is_found_where_the_pattern_made_per_name_found_it(text: str) -> None:
    for name in ("Latinos", "‘Latinos", "Sanders", "Latinosx", "osLatinos", "Latinos."):
        assert groups.written_as_many(name, text) == _plural_by_one_pattern(name, text), name


# Every cue word, in the forms the cues' pattern reads and those it does not, and the letters a
# case-blind search reads as an "i" or an "s" ("tranſcript", "accordİng to").
HEARSAY_TEXTS = [
    *("according to aides", "ACCORDING TO aides", "accordİng to aides", "According  to", "reports"),
    *("a Reported deal", "the pool", "Excerpts", "a tranſcript", "transcripts", "the ad ran"),
    *("two ads ran", "ad-hoc", "(ad)", "roads and heads", "_ad", "Ad", "adsx", "a video", "spot"),
    *("commercial", "wrote", "writes", "tweeted", "retweeted", "posted", "once", "famously"),
    *("famous", "slogan", "phrase", "chanting", "motto", "dubbed", "nickname", "nicknamed"),
    *("Once", "Video", "WROTE", "Liverpool", "hotspot", "conference", "reporters", "nicknames"),
    *("He said so on Monday.", "Café owners had said it", ""),
]

KINDS = ("second_hand", "medium", "phrase")


@pytest.mark.parametrize("text", HEARSAY_TEXTS)
def test_a_text_without_hearsay_parts_has_no_hearsay_cue(text: str) -> None:
    found = hearsay._CUES.search(text) is not None
    assert hearsay.may_have_cues(text) or not found
    assert hearsay.hearsay(text + " “Yes.”", "Yes.") == hearsay.Hearsay(
        *(any(m.lastgroup == kind for m in hearsay._CUES.finditer(text + " “ ”")) for kind in KINDS)
    )


def test_a_text_without_hearsay_parts_is_not_searched() -> None:
    assert not hearsay.may_have_cues("He said so on Monday, and she had said it before.")
    assert hearsay.may_have_cues("She wrote it.")


@pytest.mark.parametrize("text", [*TEXTS, *OPINION_TEXTS, *ACTION_TEXTS, "tab\tand\x1cfile"])
def test_ascii_words_are_the_words_a_search_finds(text: str) -> None:
    words = ascii_words(text)
    if words is None:  # read by a search instead: some letter or mark outside ASCII is left
        assert not all(c.isascii() or c in "’‘“”—–…\xa0" for c in text)
    else:
        assert [w.decode() for w in words] == re.findall(r"\w+", text)

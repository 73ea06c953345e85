"""Synthetic article corpus: real paragraphs recombined with varied people, outlets, quotes, dates."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.exists():  # a clone outside /work: the shared data stays where it is
    SHARED = Path("/work/shared/data")
START = dt.date(2023, 1, 1)
DAYS = 730

FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "Daniel",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ingrid",
    "Jamal",
    "Kwame",
    "Lena",
    "Mateo",
    "Nadia",
    "Oleg",
    "Priya",
    "Quentin",
    "Rosa",
    "Sergei",
    "Tamar",
    "Umar",
    "Vera",
    "Walter",
    "Xenia",
    "Yusuf",
    "Zofia",
    "Ahmed",
    "Bianca",
    "Chen",
    "Dmitri",
    "Esther",
    "Felix",
    "Giulia",
    "Hassan",
    "Irina",
    "Jonas",
    "Keiko",
    "Luis",
    "Maria",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rania",
    "Stefan",
    "Tatiana",
    "Viktor",
    "Wen",
    "Yara",
]
LAST = [
    "Abbott",
    "Bauer",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Volkov",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Andersen",
    "Brennan",
    "Costa",
    "Dragan",
    "Egorov",
    "Ferreira",
    "Gromov",
    "Horvat",
    "Ishikawa",
    "Jovanovic",
    "Kim",
    "Larsen",
    "Markovic",
    "Nakamura",
    "Orlov",
    "Park",
    "Romanov",
    "Sato",
    "Sokolov",
    "Thompson",
    "Vasquez",
    "Walsh",
]
ROLES = (
    "White House National Security Adviser",
    "a spokesperson for the Foreign Ministry",
    "Defence Minister",
    "a senior analyst at the Institute for Strategic Studies",
    "the ambassador to the United Nations",
    "a Pentagon spokesman",
    "a professor of Korean studies",
    "the deputy foreign minister",
    "a State Department official",
    "a former intelligence officer",
)
OUTLETS = (
    "Reuters",
    "The Associated Press",
    "BBC News",
    "The Guardian",
    "Al Jazeera",
    "NK News",
    "The Washington Post",
    "Yonhap",
    "Kyiv Independent",
    "Deutsche Welle",
    "Le Monde",
    "The Korea Herald",
    "Politico",
    "Financial Times",
    "Nikkei Asia",
)
PLACES = ("Pyongyang", "Moscow", "Vladivostok", "Seoul", "Kyiv", "Washington", "Beijing", "Tokyo")
FAMOUS = re.compile(
    r"\b(Donald Trump|Hillary(?: Rodham)? Clinton|Bernie Sanders|Ted Cruz|Marco Rubio|Barack Obama|"
    r"Jeb Bush|Jake Sullivan|John Kirby|Adrienne Watson|Sergei Shoigu|Trump|Clinton|Sanders|Cruz|"
    r"Rubio|Obama|Sullivan|Kirby)\b"
)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Person:
    name: str
    role: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class TrueQuote:
    """A quote the generator wrote, with who said it: ground truth for the bulk loader."""

    text: str
    speaker: str
    role: str
    kind: str
    paragraph: int


@dataclass(frozen=True)
class Article:
    """One generated article: its file name, the file's text and what the generator put in it."""

    number: int
    filename: str
    text: str
    title: str
    outlet: str
    published: dt.date
    paragraphs: tuple[str, ...]
    people: tuple[Person, ...]
    quotes: tuple[TrueQuote, ...] = field(default=())


@dataclass
class Sources:
    """Paragraphs and titles of the real articles the corpus recombines."""

    paragraphs: list[str]
    titles: list[str]
    origin: str

    @cached_property
    def sentences(self) -> list[str]:
        found = [s for p in self.paragraphs for s in SENTENCE.split(p) if 40 < len(s) < 220]
        return [s for s in found if "“" not in s and '"' not in s]


def load_sources(shared: Path = SHARED, seeds: Path = SEEDS) -> Sources:
    """Every real article available: the seeds, plus PolNeAR and BBC texts when ../shared exists."""
    files = sorted(seeds.glob("*.txt"))
    origin = "seeds"
    if shared.is_dir():
        files += sorted((shared / "polnear-train" / "text").glob("*.txt"))
        files += sorted((shared / "bbc-summaries" / "article").glob("*/*.txt"))
        origin = "seeds+polnear+bbc"
    paragraphs: list[str] = []
    titles: list[str] = []
    for file in files:
        lines = [line.strip() for line in file.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        if len(lines) < 3:
            continue
        titles.append(lines[0].rstrip("."))
        paragraphs.extend(p for p in lines[1:] if len(p.split()) >= 12 and not p.startswith("http"))
    return Sources(paragraphs, titles, origin)


def cast(rng: random.Random) -> list[Person]:
    """Every name the corpus may use, each with one role, in the order articles take them up."""
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    return [Person(name, rng.choice(ROLES)) for name in names]


def pool(number: int, people: list[Person]) -> list[Person]:
    """The people article `number` draws from: a pool that grows with the corpus (one more
    person every 20 articles, from 40), decided by the number alone, so that article i is the
    same whatever the size of the corpus or the process that writes it."""
    return people[: max(40, min(len(people), number // 20 + 40))]


def _quote_paragraph(
    rng: random.Random, person: Person, words: str, first: bool
) -> tuple[str, str]:
    """One paragraph quoting `person` in one of the styles news writing uses; and the kind."""
    who = f"{person.name}, {person.role}," if first else person.surname
    bare = words.rstrip(".")
    style = rng.randrange(6)
    if style == 0:
        return f"“{bare},” {who} said.", "full"
    if style == 1:
        return f"{who} said: “{words}”", "full"
    if style == 2:
        return f"“{bare},” said {person.name}, {person.role}.", "full"
    if style == 3:
        return f'"{bare}," {who} told reporters in {rng.choice(PLACES)}.', "full"
    if style == 4:
        return f"According to {person.name}, “{words}”", "full"
    short = " ".join(bare.split()[: rng.randint(4, 9)]).rstrip(",;:")
    return f"{who} said the talks were “{short}”.", "partial"


def _vary_names(
    paragraph: str, people: list[Person], rng: random.Random, mapping: dict[str, str]
) -> str:
    """The famous names of the source text swapped for the corpus's people, alike in one article."""

    def swap(match: re.Match[str]) -> str:
        found = match.group(1)
        if found not in mapping:
            person = rng.choice(people)
            mapping[found] = person.name if " " in found else person.surname
        return mapping[found]

    return FAMOUS.sub(swap, paragraph)


def make_article(number: int, seed: int, sources: Sources, people: list[Person]) -> Article:
    """Article `number` of the corpus for `seed`: the same inputs always give the same article."""
    rng = random.Random(seed * 1_000_003 + number)
    people = pool(number, people)
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    outlet = rng.choice(OUTLETS)
    speakers = rng.sample(people, k=rng.randint(1, 4))
    start = rng.randrange(len(sources.paragraphs))
    names: dict[str, str] = {}
    body = [
        _vary_names(
            sources.paragraphs[(start + k * rng.randint(1, 7)) % len(sources.paragraphs)],
            people,
            rng,
            names,
        )
        for k in range(rng.randint(4, 9))
    ]
    quoted: list[tuple[str, TrueQuote]] = []
    seen: set[str] = set()
    for _ in range(rng.randint(1, 5)):
        person = rng.choice(speakers)
        words = rng.choice(sources.sentences)
        paragraph, kind = _quote_paragraph(rng, person, words, person.name not in seen)
        seen.add(person.name)
        body.insert(rng.randint(1, len(body)), paragraph)
        text = words.rstrip(".") if kind == "full" else paragraph.split("“")[1].split("”")[0]
        quoted.append((paragraph, TrueQuote(text, person.name, person.role, kind, 0)))
    when = published - dt.timedelta(days=rng.randint(1, 40))
    body.insert(
        rng.randint(1, len(body)),
        f"On {when.day} {when:%B %Y}, officials from {rng.choice(PLACES)} and "
        f"{rng.choice(PLACES)} met to discuss {rng.choice(('the arms deal', 'grain shipments', 'sanctions', 'artillery shells'))}.",
    )
    title = _vary_names(rng.choice(sources.titles), people, rng, names)
    author = rng.choice(people).name
    name = f"{number:06d}_{rng.getrandbits(32):08x}"
    if rng.random() < 0.5:
        filename = f"{name}.md"
        head = f'---\ntitle: "{title.replace(chr(34), chr(39))}"\noutlet: {outlet}\n'
        head += f"author: {author}\npublished: {published.isoformat()}\n---\n\n"
        text = head + "\n\n".join(body) + "\n"
    else:
        filename = f"{name}.txt"
        dateline = rng.choice(
            (published.isoformat(), f"{published:%B} {published.day}, {published.year}")
        )
        text = f"{title}\n\nBy {author}, {outlet}\n\n{dateline}\n\n" + "\n\n".join(body) + "\n"
    quotes = tuple(
        TrueQuote(q.text, q.speaker, q.role, q.kind, body.index(paragraph))
        for paragraph, q in quoted
    )
    return Article(
        number=number,
        filename=filename,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        paragraphs=tuple(body),
        people=tuple(speakers),
        quotes=quotes,
    )


class Corpus:
    """The articles of one seed: article i is the same whatever the corpus size, and in every
    process (it depends on the seed, i and the source texts found: `sources.origin`)."""

    def __init__(self, seed: int = 1, sources: Sources | None = None):
        self.seed = seed
        self.sources = sources or load_sources()
        self.people = cast(random.Random(seed))

    def article(self, number: int) -> Article:
        return make_article(number, self.seed, self.sources, self.people)

    def write(self, folder: Path, count: int, start: int = 0) -> list[Path]:
        """Write articles start..start+count-1 as files into `folder`; their paths."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for number in range(start, start + count):
            article = self.article(number)
            path = folder / article.filename
            path.write_text(article.text, encoding="utf-8")
            paths.append(path)
        return paths

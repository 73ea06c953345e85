"""Who is named in one article: names, kinds, roles as written, aliases and mention counts."""

from __future__ import annotations

import pytest

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText, FoundEntity
from tests.analysis.seed_articles import cleaned


def entities(*paragraphs: str) -> dict[str, FoundEntity]:
    return {e.name: e for e in extract_entities(ArticleText(None, paragraphs))}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # titles written before the name
        (
            "On Tuesday, White House National Security Adviser Jake Sullivan told reporters.",
            "Jake Sullivan",
            "White House National Security Adviser",
        ),
        (
            "Russian Defense Minister Sergei Shoigu visited Pyongyang.",
            "Sergei Shoigu",
            "Russian Defense Minister",
        ),
        (
            "Treasury Secretary Janet Yellen said in a statement.",
            "Janet Yellen",
            "Treasury Secretary",
        ),
        ("It came as North Korean leader Kim Jong Un spoke.", "Kim Jong Un", "North Korean leader"),
        (
            "Biden administration spokesperson Jane Roe said it was new.",
            "Jane Roe",
            "Biden administration spokesperson",
        ),
        ("Secretary of State Antony Blinken said so.", "Antony Blinken", "Secretary of State"),
        ("New Jersey Gov. Chris Christie said so.", "Chris Christie", "New Jersey Gov."),
        ("The claim angered Democrat Hillary Clinton.", "Hillary Clinton", "Democrat"),
        # appositions after and before the name
        (
            "“It is over,” said John Kirby, White House National Security Council spokesman, on Friday.",
            "John Kirby",
            "White House National Security Council spokesman",
        ),
        ("Kim Jong Un, North Korea’s leader, will travel.", "Kim Jong Un", "North Korea’s leader"),
        (
            "The Treasury sanctioned a Slovakian national, Ashot Mkrtychev, on Thursday.",
            "Ashot Mkrtychev",
            "Slovakian national",
        ),
        # relations
        ("The warning came from Kim’s sister Kim Yo Jong.", "Kim Yo Jong", "Kim’s sister"),
        # no role written
        ("Experts believe Anna Petrova will stay.", "Anna Petrova", None),
        ("“It is close,” said Michael P. McDonald on Monday.", "Michael P. McDonald", None),
        # an Arabic article joined to the surname by a hyphen is part of the name
        ("Abu Musab al-Zarqawi said the attacks would go on.", "Abu Musab al-Zarqawi", None),
    ],
)
def test_role_as_the_article_writes_it(text: str, name: str, role: str | None) -> None:
    found = entities(text)
    assert found[name].kind == "person"
    assert found[name].role == role


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The White House said it would respond.", "White House", "organisation"),
        ("The Prince Edward Theatre said it was pleased.", "Prince Edward Theatre", "organisation"),
        ("He met leaders of the Wagner Group in July.", "Wagner Group", "organisation"),
        (
            "Sanctions hit the Office of Foreign Assets Control list.",
            "Office of Foreign Assets Control",
            "organisation",
        ),
        ("He spoke to the Associated Press on Monday.", "Associated Press", "organisation"),
        ("USA Today published an explainer.", "USA Today", "organisation"),
        ("North Korea will pay a price, officials said.", "North Korea", "place"),
        ("Troops left Pyongyang on Monday.", "Pyongyang", "place"),
        ("The summit was held in Washington, D.C., last year.", "Washington", "place"),
        ("Protesters marched down Broad Street at noon.", "Broad Street", "place"),
        ("Voters in South Carolina went to the polls.", "South Carolina", "place"),
    ],
)
def test_kinds(text: str, name: str, kind: str) -> None:
    assert entities(text)[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Join the conversation as a VIP Member",
        "However, there is no indication that the deal went ahead.",
        "On Tuesday the talks ended. In July they began again.",
        "Photo by Jane Doe/Getty Images",
        "Specifics of the deal have not been released.",
        "The Affordable Care Act was debated.",
        "Presumptive Democratic nominee waved.",
        "“It was a team effort,” the Frenchman told Sky Sports.",
    ],
)
def test_not_people(text: str) -> None:
    people = [e.name for e in extract_entities(ArticleText(None, (text,))) if e.kind == "person"]
    assert people == []


def test_not_people_by_name() -> None:
    found = entities(
        "The White House said North Korea would pay. Getty Images shows the Wagner Group.",
        "Join the discussion. However, Monday came.",
    )
    people = {n for n, e in found.items() if e.kind == "person"}
    assert people == set()
    assert not {"Join the", "Join", "However", "Monday"} & set(found)


def test_spellings_of_one_name_are_one_person_with_aliases_and_mentions() -> None:
    found = entities(
        "North Korean dictator Kim Jong-un plans a trip.",
        "Kim Jong-un travels by train. Kim Jong Un has done so before.",
        "Mr Kim also wants food. Putin wants Kim to send shells.",
    )
    kim = found["Kim Jong-un"]
    assert kim.role == "North Korean dictator"
    assert {"Kim Jong Un", "Mr Kim", "Kim"} <= set(kim.aliases)
    assert kim.mentions == 5


def test_sister_is_a_different_person_and_kim_goes_to_the_last_named() -> None:
    found = entities(
        "North Korean leader Kim Jong Un said production would grow.",
        "North Korea went further, with Kim’s sister Kim Yo Jong accusing Ukraine.",
    )
    assert found["Kim Yo Jong"].role == "Kim’s sister"
    assert "Kim" in found["Kim Jong Un"].aliases
    assert found["Kim Jong Un"].mentions == 2
    assert found["Kim Yo Jong"].mentions == 1


def test_surname_and_courtesy_forms_join_the_full_name() -> None:
    found = entities(
        "Earlier, the Treasury Department sanctioned a Slovakian national, Ashot Mkrtychev.",
        "The Treasury said Mr Mkrtychev worked with officials. Mkrtychev denied it.",
    )
    person = found["Ashot Mkrtychev"]
    assert set(person.aliases) == {"Mr Mkrtychev", "Mkrtychev"}
    assert person.mentions == 3
    assert found["Treasury Department"].aliases == ("Treasury",)


@pytest.mark.parametrize(
    ("first", "then", "full", "short"),
    [
        # a Chinese name written family name first
        (
            "Creative's chief executive Sim Wong Hoo said his firm would fight back.",
            "Mr Sim said Creative's players offered better value.",
            "Sim Wong Hoo",
            "Mr Sim",
        ),
        # a full name ending in a generational suffix
        (
            "Chief Justice John G. Roberts Jr. appeared to search for a middle ground.",
            "Roberts asked whether 15 weeks was the right line.",
            "John G. Roberts Jr.",  # round 48: its full stop kept
            "Roberts",
        ),
    ],
)
def test_the_surname_of_a_full_name_joins_it(first: str, then: str, full: str, short: str) -> None:
    found = entities(first, then)
    assert short not in found  # not a second person
    assert found[full].aliases == (short,)


def test_a_lone_surname_with_a_speech_verb_is_a_person() -> None:
    found = entities("“We will see,” Sullivan said.")
    assert found["Sullivan"].kind == "person"


def test_seed_kirby_and_kim() -> None:
    seeds = cleaned()
    kirby_004 = {e.name: e for e in extract_entities(seeds["004_872fef4d90f23d82.txt"])}
    assert kirby_004["John Kirby"].role == "White House National Security Council spokesman"
    kirby_002 = {e.name: e for e in extract_entities(seeds["002_719f9bf2ecabd5d0.txt"])}
    assert kirby_002["John Kirby"].role == "Biden administration spokesperson"
    assert kirby_002["Kim Yo Jong"].kind == "person"
    assert "Kim" in kirby_002["Kim Jong Un"].aliases
    sullivan = {e.name: e for e in extract_entities(seeds["000_763c91094624ead8.txt"])}
    assert sullivan["Jake Sullivan"].role == "White House National Security Adviser"
    assert sullivan["Jake Sullivan"].mentions == 4


def test_courtesy_titles_of_two_genders_are_two_people() -> None:
    found = entities(
        "Michael Howard spoke in Leeds.",
        "Mr Howard said he would win. Mrs Howard said she was proud.",
    )
    assert "Mr Howard" in found["Michael Howard"].aliases
    assert found["Mrs Howard"].kind == "person"
    assert "Mrs Howard" not in found["Michael Howard"].aliases


def test_a_couple_with_two_courtesy_titles_and_one_surname_is_two_people() -> None:
    found = entities("Mr and Mrs Blair flew to Barbados. Mr. and Mrs. Bush stayed at home.")
    people = {n for n, e in found.items() if e.kind == "person"}
    assert people == {"Mr Blair", "Mrs Blair", "Mr. Bush", "Mrs. Bush"}
    named = entities("Tony Blair and Cherie Blair left.", "Mr and Mrs Blair flew to Barbados.")
    assert "Mr Blair" in named["Tony Blair"].aliases
    assert "Mrs Blair" in named["Cherie Blair"].aliases


def test_a_double_barrelled_surname_is_a_surname_and_its_titles_keep_their_genders() -> None:
    found = entities(
        "Veritas, the party launched by Robert Kilroy-Silk, set out its policies.",
        "Mr Kilroy-Silk said he would win. Mrs Kilroy-Silk said she was proud.",
        "Kilroy-Silk added that the party was ready.",
    )
    assert set(found["Robert Kilroy-Silk"].aliases) == {"Mr Kilroy-Silk", "Kilroy-Silk"}
    assert found["Robert Kilroy-Silk"].mentions == 3
    assert found["Mrs Kilroy-Silk"].kind == "person"
    alone = entities("Mr Kilroy-Silk said he would win. Mrs Kilroy-Silk said she was proud.")
    assert {"Mr Kilroy-Silk", "Mrs Kilroy-Silk"} <= set(alone)  # two people, not one


def test_a_peers_style_before_a_surname_gives_a_gender_as_a_courtesy_title_does() -> None:
    found = entities(
        "The chairman, Sir Christopher Bland, said the board backed him.",
        "Lady Bland was not available for comment.",
    )
    assert found["Lady Bland"].kind == "person"
    assert found["Christopher Bland"].mentions == 1  # his wife is not him
    coe = entities("Sebastian Coe led the bid.", "Lord Coe said London was ready.")
    assert "Lord Coe" in coe["Sebastian Coe"].aliases


def test_a_surname_shared_by_two_full_names_joins_neither_without_evidence() -> None:
    found = entities("Tom Wright met Jane Wright in Durham.", "Wright said the book was lousy.")
    assert "Wright" not in found["Tom Wright"].aliases
    assert "Wright" not in found["Jane Wright"].aliases
    titled = entities("Tom Wright met Jane Wright in Durham.", "Mrs Wright said it was lousy.")
    assert "Mrs Wright" in titled["Jane Wright"].aliases


@pytest.mark.parametrize(
    ("paragraph", "person", "not_people"),
    [
        ("The History Boys by Alan Bennett won best new play.", "Alan Bennett", ["History Boys"]),
        ("Novelist Andrea Levy won the prize on Tuesday.", "Andrea Levy", ["Novelist Andrea Levy"]),
        ("Shares in Lehman Brothers rose, said Ann Ray.", "Ann Ray", ["Lehman Brothers"]),
    ],
)
def test_works_bodies_and_describing_words_are_not_people(
    paragraph: str, person: str, not_people: list[str]
) -> None:
    found = entities(paragraph)
    assert found[person].kind == "person"
    assert all(name not in found or found[name].kind != "person" for name in not_people)


def test_a_bare_style_is_no_role() -> None:
    found = entities("Sir Cameron Mackintosh opened the show in London on Monday.")
    assert found["Cameron Mackintosh"].role is None


def test_a_lone_word_that_is_no_first_name_is_a_person_only_when_titled() -> None:
    found = entities(
        "The rest was bought by market leader Diageo.",
        "“We will pay,” Yukos said. President Bush spoke later.",
    )
    assert all(found[name].kind != "person" for name in ("Diageo", "Yukos") if name in found)
    assert found["Bush"].kind == "person"
    named = entities("Mikhail Khodorkovsky founded it.", "“We will pay,” Khodorkovsky said.")
    assert "Khodorkovsky" in named["Mikhail Khodorkovsky"].aliases


def test_a_name_introduced_as_a_work_or_a_persons_body_is_no_person() -> None:
    found = entities(
        "The stage adaptation of children's film Mary Poppins opened in London.",
        "Mary Poppins was created by PL Travers.",
        "Analyst Mike Powell of Dresdner Kleinwort Wasserstein says costs will rise.",
        "Clinton is trying to show Bernie Sanders the way.",
    )
    assert all(
        found[name].kind != "person"
        for name in ("Mary Poppins", "Dresdner Kleinwort Wasserstein")
        if name in found
    )
    assert found["Mike Powell"].kind == "person"
    assert found["Bernie Sanders"].kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office set before a name and its styles: the office is the role, the styles are not
        (
            "The Bishop of Durham, the Rt Rev Dr Tom Wright, said the film was dull.",
            "Tom Wright",
            "Bishop of Durham",
        ),
        ("Bishop of Durham Tom Wright said the film was dull.", "Tom Wright", "Bishop of Durham"),
        # a person speaking for a body: the body is in the role, after the job; the body alone,
        # "of BNP Paribas", is no job (round 48)
        (
            "Stephen Toulouse, a security manager at Microsoft, said the flaw was fixed.",
            "Stephen Toulouse",
            "security manager at Microsoft",
        ),
        ("Nick Van den Brul of BNP Paribas said prices would rise.", "Nick Van den Brul", None),
        ("Mr Smith of the Centre for the Family said so.", "Mr Smith", None),
        # a job with a prefix, and an occupation in nameparser's list
        ("Tory co-chairman Liam Fox said the campaign was strong.", "Liam Fox", "Tory co-chairman"),
        # "and" inside a body's name before the job, not a list of two
        (
            "Marks and Spencer chief executive Stuart Rose said sales fell.",
            "Stuart Rose",
            "Marks and Spencer chief executive",
        ),
        ("He met Blair and Chancellor Gordon Brown.", "Gordon Brown", "Chancellor"),
        # a common word that is a noun of the job's compound, not a verb
        ("US chat show host Jay Leno joked about it.", "Jay Leno", "US chat show host"),
        ("The pair met critic Harold Bloom in Manhattan.", "Harold Bloom", "critic"),
        (
            "The pair met US literary critic Harold Bloom in Manhattan.",
            "Harold Bloom",
            "US literary critic",
        ),
        # a title with a "for" part, before the name
        ("The Minister for Sport Richard Caborn said.", "Richard Caborn", "Minister for Sport"),
        # a title's last word that is no personal name stays in the title, not the name
        (
            "Director of National Intelligence James Clapper said so.",
            "James Clapper",
            "Director of National Intelligence",
        ),
        ("Actor Will Smith said so.", "Will Smith", "Actor"),
        # a bare style, a place a person is "of": no role
        ("Dr Liam Fox said so.", "Liam Fox", None),
        ("Tom Smith of Ohio said so.", "Tom Smith", None),
        # British offices and jobs whole, not their last words
        ("Home Secretary Charles Clarke said so.", "Charles Clarke", "Home Secretary"),
        (
            "Liberal Democrat home affairs spokesman Mark Oaten said so.",
            "Mark Oaten",
            "Liberal Democrat home affairs spokesman",
        ),
        ("Shadow home secretary David Davis said so.", "David Davis", "Shadow home secretary"),
        # a body's name written "X of Y" before the job, whole
        (
            "The National Union of Teachers general secretary Steve Sinnott said so.",
            "Steve Sinnott",
            "National Union of Teachers general secretary",
        ),
        # an occupation in nameparser's list after the name, with the body one works at
        (
            "Graham Cluley, senior technology consultant at Sophos, said so.",
            "Graham Cluley",
            "senior technology consultant at Sophos",
        ),
        (
            "Marks & Spencer's chief executive Stuart Rose said so.",
            "Stuart Rose",
            "Marks & Spencer's chief executive",
        ),
        (
            "Labour's election co-ordinator Alan Milburn said so.",
            "Alan Milburn",
            "Labour's election co-ordinator",
        ),
        # offices a name follows: administrator, treasurer, comptroller
        ("EPA Administrator Michael Regan visited the city.", "Michael Regan", "EPA Administrator"),
        ("City Comptroller Brad Lander said so.", "Brad Lander", "City Comptroller"),
        # a sports job before the name, and a surname that is also a title
        ("Defender Ledley King said his side would bounce back.", "Ledley King", "Defender"),
        ("Referee Mike Riley stood by his decision.", "Mike Riley", "Referee"),
        ("Parent Keisha Williams was in tears.", "Keisha Williams", "Parent"),
        # a body named with "for" inside it, after the job
        (
            "Nancy Northup, president of the Center for Reproductive Rights, said so.",
            "Nancy Northup",
            "president of the Center for Reproductive Rights",
        ),
    ],
)
def test_roles_are_the_job_written_next_to_the_name(text: str, name: str, role: str | None) -> None:
    found = entities(text)
    assert found[name].kind == "person"
    assert found[name].role == role


@pytest.mark.parametrize(
    ("paragraphs", "people", "not_people"),
    [
        # words no library knows as a personal name, whatever stands beside them
        (
            ("Sydney Olympic 100m champion Maurice Greene will run.",),
            ["Maurice Greene"],
            ["Sydney Olympic"],
        ),
        (
            ("The Global Information service, said Henri Josserand, is new.",),
            [],
            ["Global Information"],
        ),
        (("Athletics Kenya said the team was picked.",), [], ["Athletics Kenya"]),
        (("Asserting Clinton was wrong, Mr Clinton said no.",), [], ["Asserting Clinton"]),
        # written where works, venues and bodies stand
        (
            ("Susan Fletcher for Eve Green won the first novel prize.",),
            ["Susan Fletcher"],
            ["Eve Green"],
        ),
        (("She starred in Billy Elliot on stage.",), [], ["Billy Elliot"]),
        (
            ("Morgan Stanley analyst Tom Smith said sales fell.", "Shares in Morgan Stanley rose."),
            ["Tom Smith"],
            ["Morgan Stanley"],
        ),
        (('The novel "Eve Green" won a prize.', "Eve Green was praised."), [], ["Eve Green"]),
        (("Eve Green by Susan Fletcher won.",), ["Susan Fletcher"], ["Eve Green"]),
        (
            ("Mike Leigh's Vera Drake won.", "Britain's Kelly Holmes ran."),
            ["Mike Leigh", "Kelly Holmes"],
            ["Vera Drake"],
        ),
        (("Morgan Stanley, the investment bank, rose.",), [], ["Morgan Stanley"]),
        (
            ("Karl-Heinz Kamp, the president of the Federal Academy, spoke.",),
            ["Karl-Heinz Kamp"],
            [],
        ),
        (("The History Boys' Samuel Barnett won.",), ["Samuel Barnett"], ["History Boys"]),
        (("It was a Tom Hanks film.", "Shares in Billy Elliot musical rose."), [], ["Tom Hanks"]),
        (("Billy Elliot musical tickets sold out.",), [], ["Billy Elliot"]),
        # grammar news gives things and bodies: "which", a plural verb, "its", a body's holdings
        (
            ("Vera Drake, which stars Imelda Staunton, won three awards.",),
            ["Imelda Staunton"],
            ["Vera Drake"],
        ),
        (
            ("Franz Ferdinand were the big winners, said Jo Whiley.",),
            ["Jo Whiley"],
            ["Franz Ferdinand"],
        ),
        (("But Morgan Stanley have cut 20 jobs.",), [], ["Morgan Stanley"]),
        (("Merrill Lynch said its profits fell.",), [], ["Merrill Lynch"]),
        (("Morgan Stanley's profits rose by 20%.",), [], ["Morgan Stanley"]),
        (("Ann Summers stores opened in May.",), [], ["Ann Summers"]),
        # the subject of a plural verb among others is a person
        (
            ("He and running mate Mike Pence have been to ten counties.",),
            ["Mike Pence"],
            [],
        ),
        (
            ("A firm headed by Ian Telfer, which broke the rules, was fined.",),
            ["Ian Telfer"],
            [],
        ),
        # a body's noun before the name; a title's subtitle; the work an award is for
        (
            ("Investment bank Morgan Stanley cut jobs, said Tom Smith.",),
            ["Tom Smith"],
            ["Morgan Stanley"],
        ),
        (
            ("The band Franz Ferdinand won.", "Film producer Tom Smith said."),
            ["Tom Smith"],
            ["Franz Ferdinand"],
        ),
        (("Bridget Jones: The Edge of Reason topped the chart.",), [], ["Bridget Jones"]),
        (("Imelda Staunton was nominated for Vera Drake.",), ["Imelda Staunton"], ["Vera Drake"]),
        # a team, band or firm named with a plural that is no surname
        (("Bradford Rovers beat Leeds 20-10.",), [], ["Bradford Rovers"]),
        (("Gordon Banks saved it.",), ["Gordon Banks"], []),
        # a copula naming a work, a work in brackets after a person, what is done to works
        (
            ("Vera Drake is a film about an abortionist.", "Kate Moss is a model."),
            ["Kate Moss"],
            ["Vera Drake"],
        ),
        (
            ("The list names Romola Garai (Eve Green) and Ben Whishaw.",),
            ["Romola Garai", "Ben Whishaw"],
            ["Eve Green"],
        ),
        (("Vera Drake was directed by Mike Leigh.",), ["Mike Leigh"], ["Vera Drake"]),
        # a plural title teams take; a name whose people are people
        (("Chelsea lost to holders Bradford Bulls.",), [], ["Bradford Bulls"]),
        (
            ("Vera Drake's Imelda Staunton won.", "Ms Staunton said she was thrilled."),
            ["Imelda Staunton"],
            ["Vera Drake"],
        ),
        # what a work has and does: a star, an author, a sequel, actors it stars
        (
            ("Vera Drake's star Imelda Staunton won.", "Joseph O'Connor's Star of the Sea sold."),
            ["Imelda Staunton", "Joseph O'Connor"],
            ["Vera Drake"],
        ),
        (("It is a sequel to Bridget Jones.",), [], ["Bridget Jones"]),
        (
            ("Vera Drake stars Imelda Staunton.", "Tom Hanks starred in Big."),
            ["Imelda Staunton", "Tom Hanks"],
            ["Vera Drake"],
        ),
        # a share price that moves; an athlete's jump is no price
        (
            (
                "Morgan Stanley rose 2% on Monday.",
                "Ann Summers fell 5p.",
                "Jade Johnson jumped 6.80m.",
            ),
            ["Jade Johnson"],
            ["Morgan Stanley", "Ann Summers"],
        ),
        # determiners people's names do not take
        (("Fans loved his Harry Potter role.",), [], ["Harry Potter"]),
        # an award's category and its winner
        (
            (
                "The winners were named on Sunday, best film: Vera Drake; best actress: Imelda Staunton.",
            ),
            ["Imelda Staunton"],
            ["Vera Drake"],
        ),
        # a name joined by "&" is a firm's, not the person named last
        (("Marks & Spencer said sales fell.",), [], ["Spencer", "Marks & Spencer"]),
        # made or ridden by someone; a person coached by someone is a person
        (
            ("Vera Drake, directed by Mike Leigh, won.", "Tom Smith, coached by Jane Doe, won."),
            ["Mike Leigh", "Tom Smith", "Jane Doe"],
            ["Vera Drake"],
        ),
        # a part played is no person; a person after "as" is one
        (
            ("Daniel Radcliffe, who stars as Harry Potter, said so.",),
            ["Daniel Radcliffe"],
            ["Harry Potter"],
        ),
        (("He played as Tom Smith's partner.",), ["Tom Smith"], []),
        # works in the plural after the name; a verb after a person's name is no work
        (
            ("Harry Potter films have made billions.", "Tom Smith plays for Chelsea."),
            ["Tom Smith"],
            ["Harry Potter"],
        ),
        # a title's "for" part is no name; a name ending in an acronym is a body's
        (
            ("The Secretary of State for Transport, Alistair Darling, said so.",),
            ["Alistair Darling"],
            ["for Transport"],
        ),
        (("The major Super PAC spent money.", "Pope John Paul II said."), ["John Paul II"], []),
        (("The major Super PAC spent money.",), [], ["Super PAC"]),
        # two people's surnames joined, a describing word, a name cut at an initial
        (
            ("Senator Tim Kaine and Hillary Clinton spoke.", "The Clinton-Kaine ticket won."),
            ["Hillary Clinton", "Tim Kaine"],
            ["Clinton-Kaine"],
        ),
        (("Douglas Holtz-Eakin said so.",), ["Douglas Holtz-Eakin"], []),
        (("Elizabeth Warren-style taxes were debated.",), [], ["Elizabeth Warren-style"]),
        (("Money came from Charles G. and David H. Koch.",), ["David H. Koch"], ["Charles G."]),
        # a surname that is also a word, a person all the same
        (
            ("Dana Bash reported.", "Bill Gates gave money."),
            ["Dana Bash", "Bill Gates"],
            [],
        ),
        # a body's or a work's noun and "called" before the name; a man is no body
        (
            ("She leads a charity called Ella Martin Trust.", "He joined a group named Jo Kent."),
            [],
            ["Ella Martin Trust", "Jo Kent"],
        ),
        (
            ("He met a man named Peter Holt.", "A film titled Rosa Grant opened."),
            ["Peter Holt"],
            ["Rosa Grant"],
        ),
        # an apposition's noun for a body, then a participle: "a firm focused on"
        (
            ("Jerome founded Henry Realty, a firm focused on real estate.",),
            [],
            ["Henry Realty"],
        ),
        (
            ("Mark Jones, a bank robber wanted in Ohio, was caught.",),
            ["Mark Jones"],
            [],
        ),
        # a name right after an office's possessive is the office's thing; a district is no office
        (
            ("Editor's Note: the piece was changed.", "They met in the Speaker's Lobby."),
            [],
            ["Note", "Lobby"],
        ),
        (
            ("The 5th District's Kyle Hupfer declined.", "The President's wife Ann Lowe spoke."),
            ["Kyle Hupfer", "Ann Lowe"],
            [],
        ),
        # a name ends where a headline in title case goes on
        (
            (
                "Bernie Sanders spoke.",
                "Aides liked the editorial “Mr. Sanders Is Not a Brave Truth-Teller,” it seems.",
            ),
            ["Bernie Sanders"],
            ["Sanders Is Not"],
        ),
        # a person marked so is one wherever else the name stands
        (
            ("Tom Hanks said he was pleased.", "Audiences in Tom Hanks country cheered."),
            ["Tom Hanks"],
            [],
        ),
    ],
)
def test_names_that_are_no_people(
    paragraphs: tuple[str, ...], people: list[str], not_people: list[str]
) -> None:
    found = entities(*paragraphs)
    assert all(found[name].kind == "person" for name in people)
    assert all(name not in found or found[name].kind != "person" for name in not_people)


def test_a_name_whose_words_make_a_body_is_no_person_whatever_role_is_read_beside_it() -> None:
    found = entities(
        "Guests enjoyed a reception at the Grand Rapids Public Library, hosted by Michigan Gov."
        " Rick Snyder.",
        "Malcolm Hoenlein, chief executive of the Conference of Major American Jewish"
        " Organizations, spoke first.",
    )
    assert found["Rick Snyder"].kind == "person"
    assert found["Malcolm Hoenlein"].kind == "person"
    assert not [name for name, e in found.items() if e.kind == "person" and "Library" in name]
    assert not [name for name, e in found.items() if e.kind == "person" and "Jewish" in name]


def test_a_region_iso_3166_knows_is_no_person() -> None:
    found = entities(
        "Workers in Nova Scotia said the plant would close, and Mary Esther Jones agreed.",
        "Nova Scotia lost 2,000 jobs last year.",
    )
    assert "Nova Scotia" not in found or found["Nova Scotia"].kind != "person"
    assert found["Mary Esther Jones"].kind == "person"


def test_a_name_before_a_bodys_noun_after_said_is_what_was_said_about() -> None:
    found = entities(
        "Guinness maker Diageo said Johnnie Walker sales rose by a fifth.",
        "The shares are cheap, said Johnnie Smith.",
    )
    assert "Johnnie Walker" not in found or found["Johnnie Walker"].kind != "person"
    assert found["Johnnie Smith"].kind == "person"


def _people(*paragraphs: str) -> set[str]:
    return {name for name, e in entities(*paragraphs).items() if e.kind == "person"}


def test_a_compound_ending_in_a_position_is_no_part_of_the_name() -> None:
    people = _people(
        "Whitbread Prize-winner Andrea Levy said she was pleased.",
        "Olympic sprinter Mark Lewis-Francis ran 10.1 seconds.",
    )
    assert "Andrea Levy" in people and "Mark Lewis-Francis" in people
    assert not [name for name in people if "Prize" in name]


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        (
            "The character Bridget Jones was created by Helen Fielding.",
            "Helen Fielding",
            "Bridget Jones",
        ),
        (
            "Department store Harvey Nichols opened a shop in Dublin, said Dickson Poon.",
            "Dickson Poon",
            "Harvey Nichols",
        ),
        (
            "John Lewis reported a 10% rise in sales over Christmas, and John Smith reported from"
            " the store.",
            "John Smith",
            "John Lewis",
        ),
        (
            "Peter Pan is the Christmas show at the theatre. Tony Blair is the Labour leader.",
            "Tony Blair",
            "Peter Pan",
        ),
        (
            "The takeover of Laura Ashley was approved by Lillian Tan, the chairwoman.",
            "Lillian Tan",
            "Laura Ashley",
        ),
        (
            "Analysts at Merrill Lynch said the figures were strong. Mary Smith said so too.",
            "Mary Smith",
            "Merrill Lynch",
        ),
        (
            "The bank, Morgan Stanley, has cut jobs. The face of the party, Donald J. Trump, spoke.",
            "Donald J. Trump",
            "Morgan Stanley",
        ),
        (
            "Tommy Hilfiger saw profits rise by a tenth, said Joel Horowitz.",
            "Joel Horowitz",
            "Tommy Hilfiger",
        ),
        (
            "Kicking King won the King George VI Chase. Pope John Paul II said prayers.",
            "John Paul II",
            "George VI Chase",
        ),
    ],
)
def test_grammar_and_data_that_mark_a_work_or_a_body(
    sentence: str, person: str, not_person: str
) -> None:
    people = _people(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # the object of a verb done to works, products and firms
        (
            "The Old Vic staged Peter Pan last winter, said director Kevin Spacey.",
            "Kevin Spacey",
            "Peter Pan",
        ),
        (
            "The group acquired Jimmy Choo in 2004, said Tamara Mellon.",
            "Tamara Mellon",
            "Jimmy Choo",
        ),
        # a participle done only to works and firms
        ("Jimmy Choo was launched in 1996 by Tamara Mellon.", "Tamara Mellon", "Jimmy Choo"),
        # a work's date in brackets; a person's dates are no work's
        (
            "Critics praised Vera Drake (2004) and its director Mike Leigh (born 1943).",
            "Mike Leigh",
            "Vera Drake",
        ),
        # a film's takings or a firm's staff, the name their subject
        (
            "Vera Drake has taken $3m at the US box office, said distributor Tom Smith.",
            "Tom Smith",
            "Vera Drake",
        ),
        (
            "John Lewis employs 60,000 staff, said its chairman Charlie Mayfield.",
            "Charlie Mayfield",
            "John Lewis",
        ),
        # a word only a character takes
        (
            "The fictional detective Jack Frost is back on TV, actor David Jason said.",
            "David Jason",
            "Jack Frost",
        ),
        # a body's people after its possessive; a brand's products after its name
        (
            "Ann Summers' chairman Jacqueline Gold said sales rose.",
            "Jacqueline Gold",
            "Ann Summers",
        ),
        (
            "Sales of Ted Baker products rose, said chief executive Ray Kelvin.",
            "Ray Kelvin",
            "Ted Baker",
        ),
        (
            "Sales of Ted Baker's products rose, said chief executive Ray Kelvin.",
            "Ray Kelvin",
            "Ted Baker",
        ),
        # a part played by an actor, a firm founded by someone
        (
            "Tom Ripley, played by Matt Damon, is a con man.",
            "Matt Damon",
            "Tom Ripley",
        ),
        (
            "Tommy Fields, founded by Mary Jones in 1990, sells shoes.",
            "Mary Jones",
            "Tommy Fields",
        ),
        # a trade noun before a name introduces a firm
        (
            "The deal was agreed with distiller William Grant on Monday, said analyst Sue Jones.",
            "Sue Jones",
            "William Grant",
        ),
        # an apposition naming a body that speaks
        (
            "He joined Morgan Stanley, the bank said. Actress Mary Jones said so too.",
            "Mary Jones",
            "Morgan Stanley",
        ),
        # a work between commas after a work's noun and a possessive
        (
            "The band's new album, Mary Jane, is out in May, singer Tom Smith said.",
            "Tom Smith",
            "Mary Jane",
        ),
        # a list that bodies or works introduce
        (
            "Retailers such as Ted Baker and Karen Millen gained, analyst Sue Grant said.",
            "Sue Grant",
            "Karen Millen",
        ),
        # a venue's noun ends a place's name even after a title
        (
            "Mary Poppins opened at the Prince Edward Theatre, said producer Cameron Mackintosh.",
            "Cameron Mackintosh",
            "Edward Theatre",
        ),
        # round 16: grammar of bodies and products outweighs a title or a first name
        (
            "Teri Hatcher, who plays Susan Mayer, said she was thrilled.",
            "Teri Hatcher",
            "Susan Mayer",
        ),  # a part closing an actor's clause, with no word of acting beside it
        # a subject told of with "which", whatever title stands before it
        (
            "Rival J Sainsbury, which is in the middle of a recovery plan, said sales rose, and"
            " Justin King said so too.",
            "Justin King",
            "J Sainsbury",
        ),
        # joined by "and" to a name written where a body stands
        (
            "Analysts at Goldman Sachs and Merrill Lynch expect a fall, said Richard Ratner.",
            "Richard Ratner",
            "Merrill Lynch",
        ),
        # a film by its cast, whatever courtesy title its name holds
        (
            "In the UK, Mr and Mrs Smith, starring Brad Pitt, stayed top, said Tom Cruise.",
            "Tom Cruise",
            "Mrs Smith",
        ),
        # after "whose", as after "its": a firm's range, not a person
        (
            "Marks & Spencer, whose Per Una and Autograph ranges sold well, is led by Paul Myners,"
            " who said so.",
            "Paul Myners",
            "Per Una",
        ),
    ],
)
def test_round_7_grammar_of_works_firms_and_brands(
    sentence: str, person: str, not_person: str
) -> None:
    people = _people(sentence)
    assert person in people
    assert not_person not in people


def test_a_cartoon_of_a_person_is_no_fictional_character() -> None:
    assert "Donald Trump" in _people("A cartoon of Donald Trump was shown, said Mary Jones.")


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # "of" and a place end a run: where someone is from, not a name cut from the place
        (
            "Senator Lindsey Graham, Republican of South Carolina, said he was worried.",
            "Lindsey Graham",
            "Carolina",
        ),
        (
            "It is too late, said Representative Peter T. King of New York on Tuesday.",
            "Peter T. King",
            "York",
        ),
        # a character: whom a story follows, a work's heroine (a documentary's people are real)
        (
            "The Netflix drama follows Rep. Frank Underwood's rise, said critic Mary Jones.",
            "Mary Jones",
            "Frank Underwood",
        ),
        (
            "The documentary follows Bernie Sanders, and the novel follows Jack Smith, a spy.",
            "Bernie Sanders",
            "Jack Smith",
        ),
        (
            "Isabelle Brown, the heroine of ''Opening Belle,'' is a banker, said author Maureen"
            " Sherry. Rosa Parks, the heroine of the civil rights movement, is remembered.",
            "Rosa Parks",
            "Isabelle Brown",
        ),
        # a work's title in quotation marks, American style: the comma inside the marks
        (
            "Mr. Morrison plays J.M. Barrie, who wrote “Peter Pan,” said producer Jill Smith.",
            "Jill Smith",
            "Peter Pan",
        ),
        # a harbour or a creek ends a place's name; a poll is no one
        (
            "He spoke high above Pearl Harbor, said Admiral Harry Harris.",
            "Harry Harris",
            "Pearl Harbor",
        ),
        (
            "Shootings include Oak Creek, Wisconsin, said Mary Jones.",
            "Mary Jones",
            "Oak Creek",
        ),
        (
            "He has 31 percent in a national Gallup Poll, said Mary Jones.",
            "Mary Jones",
            "Gallup Poll",
        ),
        # a word for or against someone, a lone letter
        (
            "Anti-Trump forces were holding out for a miracle, said Mr. Trump.",
            "Mr. Trump",
            "Anti-Trump",
        ),
        (
            "If Sen. Obama does X, Y and Z, I will support Sen. Obama, said Mary Jones.",
            "Mary Jones",
            "Z",
        ),
        # a firm's last word: a label, a studio, a publisher, a store
        (
            "His holdings include Warner Music; Ronnie Cameron, a poultry magnate, gave too.",
            "Ronnie Cameron",
            "Warner Music",
        ),
        # a part played in a work (a player played in a place is a person)
        (
            "Teri Hatcher, who plays Susan Mayer in Desperate Housewives, won an award.",
            "Teri Hatcher",
            "Susan Mayer",
        ),
        (
            "Henman played Andy Roddick in Houston, and William Roache plays Ken Barlow in the"
            " soap.",
            "Andy Roddick",
            "Ken Barlow",
        ),
        # a brand's or a firm's figures: its sales, its qualified profits, brands it includes
        (
            "Sales of Johnnie Walker rose, said chief executive Paul Walsh.",
            "Paul Walsh",
            "Johnnie Walker",
        ),
        (
            "Ted Baker's pre-tax profits rose, said Mary Jones. Tony Blair's new wife spoke.",
            "Tony Blair",
            "Ted Baker",
        ),
        (
            "Its brands include Tommy Hilfiger and Calvin Klein, said Mary Jones.",
            "Mary Jones",
            "Tommy Hilfiger",
        ),
        # round 18
        # a body's noun qualified in capitals, or after a preposition, before a name in commas
        (
            "He bought the jet from a Texas company, Diamond Shamrock, said Mary Jones.",
            "Mary Jones",
            "Diamond Shamrock",
        ),
        (
            "The American bank, Morgan Stanley, advised Mary Jones on the deal.",
            "Mary Jones",
            "Morgan Stanley",
        ),
        # a title before one common English word that is no name: a firm's name, no one's
        ("He worked for General Electric for years, said Mary Jones.", "Mary Jones", "Electric"),
        # a part an actor plays, in the passive
        ("James Bond will be played by Daniel Craig.", "Daniel Craig", "James Bond"),
        ("Homer Simpson is voiced by Dan Castellaneta.", "Dan Castellaneta", "Homer Simpson"),
        # a quoted title opening with a name's possessive: a character's name
        (
            'The novel is in the style of "Bridget Jones\'s Diary", said Mary Jones.',
            "Mary Jones",
            "Bridget Jones",
        ),
        (
            "The novel is in the style of ''Bridget Jones's Diary.'' said Mary Jones.",
            "Mary Jones",
            "Bridget Jones",
        ),
        # a preposition of place, and the region after a comma: a town's name
        (
            "Robert Stone, a pensioner from Hilton Head, South Carolina, said he voted.",
            "Robert Stone",
            "Hilton Head",
        ),
    ],
)
def test_round_12_names_that_are_no_people(sentence: str, person: str, not_person: str) -> None:
    people = _people(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a work's star, creator or author between its title and their name
        (
            "Harry Potter star Daniel Radcliffe will appear on stage in London.",
            "Daniel Radcliffe",
            "Harry Potter",
        ),
        # "the" and a work's noun in capitals finish a work's title
        (
            "Jerry Springer the Opera won four awards, said producer Jon Thoday.",
            "Jon Thoday",
            "Jerry Springer",
        ),
        # an apposition that a name in capitals qualifies: ", the Channel 4 drama,"
        (
            "Peter Pan, the Channel 4 drama, returns in May, said director Mary Jones.",
            "Mary Jones",
            "Peter Pan",
        ),
        # the name that opens a quoted title in title case is the title's
        (
            'Fans queued for "Harry Potter and the Goblet of Fire", said manager Tom Smith.',
            "Tom Smith",
            "Harry Potter",
        ),
        # a firm's heads, owner or parent company after its possessive (a person has a parent)
        (
            "John Lewis's chief executive Andy Smith spoke, and Karen Millen's owner Mosaic.",
            "Andy Smith",
            "John Lewis",
        ),
        (
            "Karen Millen's owner Mosaic said trading was strong, said Tom Smith.",
            "Tom Smith",
            "Karen Millen",
        ),
        # a product an apposition names: a liqueur, a pantomime
        (
            "Pernod Ricard will sell Tia Maria, the coffee liqueur, said Tom Smith.",
            "Tom Smith",
            "Tia Maria",
        ),
        # a thing named after a royal: a royal is named by title and given names alone
        (
            "He read the King James Bible, said Prince Harry. King Charles I was beheaded.",
            "Charles I",
            "James Bible",
        ),
        # an apposition: someone's work or firm, a fictional character
        (
            "Vera Drake, Mike Leigh's film about an abortionist, won, said Tom Smith.",
            "Tom Smith",
            "Vera Drake",
        ),
        (
            "Jack Frost, the fictional detective, returns, said Tom Smith.",
            "Tom Smith",
            "Jack Frost",
        ),
        # a work's credits between commas, a sequel in an apposition
        (
            "Vera Drake, starring Imelda Staunton, won three awards.",
            "Imelda Staunton",
            "Vera Drake",
        ),
        (
            "Peter Pan, directed by PJ Hogan, opened, and Tony Blair, advised by Ann Jones, spoke.",
            "Tony Blair",
            "Peter Pan",
        ),
        (
            "Bridget Jones, the sequel to the 2001 hit, took £10m, said Tom Smith.",
            "Tom Smith",
            "Bridget Jones",
        ),
        # a band's award won
        (
            "Franz Ferdinand won best British group, and Joss Stone won best British female.",
            "Joss Stone",
            "Franz Ferdinand",
        ),
        (
            "Fictional detective Jack Frost returns to ITV, said Tom Smith.",
            "Tom Smith",
            "Jack Frost",
        ),
        # a list that firms introduce with "like"
        (
            "Retailers like Ted Baker did well, as did stars like Jamie Foxx.",
            "Jamie Foxx",
            "Ted Baker",
        ),
        # the work a winner is named with in a list of awards
        (
            "Best actress: Imelda Staunton, Vera Drake. Best film: The Aviator.",
            "Imelda Staunton",
            "Vera Drake",
        ),
    ],
)
def test_round_13_works_firms_and_products(sentence: str, person: str, not_person: str) -> None:
    people = _people(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    "sentence",
    [
        "Greg Dyke, the BBC director general, resigned on Thursday.",
        "Fred Goodwin, the Royal Bank of Scotland chief, said profits rose.",
        '"Greg Dyke is a disgrace to the BBC," said Mary Jones.',
        "Greg Dyke cast Mary Jones as the villain.",
        "Greg Dyke's parent was born in Leeds, and Greg Dyke's chief of staff spoke.",
        "The winners: Greg Dyke, Fred Goodwin.",
        "Greg Dyke, Tony Blair's friend, and Fred Goodwin, Sky's chief of staff, spoke.",
    ],
)
def test_round_13_people_beside_bodies_stay_people(sentence: str) -> None:
    people = _people(sentence)
    assert {"Greg Dyke", "Fred Goodwin"} & people


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a name after "said" that qualifies the speaker's job is not the speaker
        ('"We played well," said Chelsea boss Jose Mourinho.', "Jose Mourinho", "Chelsea"),
        # nor one that is the plural subject of what was said, as teams are in British style
        ("Everton manager David Moyes said Chelsea were the best side.", "David Moyes", "Chelsea"),
    ],
)
def test_round_13_a_name_after_said_that_does_not_speak(
    sentence: str, person: str, not_person: str
) -> None:
    people = _people(sentence)
    assert person in people
    assert not_person not in people


def test_round_13_a_singular_subject_after_said_keeps_its_evidence() -> None:
    assert "Novak" in _people("Reid said Novak has been important. Novak was there.")


def test_round_13_a_sportsperson_named_by_their_sport_is_a_person() -> None:
    people = _people("British triple jumper Ashia Hansen is injured, and Moore said Hansen may")
    assert "Ashia Hansen" in people
    assert "Ashia Hansen" in _people("Triple jumper Ashia Hansen and striker Didier Drogba")


def test_round_13_the_pronoun_i_after_a_name_is_no_regnal_number() -> None:
    people = _people('"President Carter I think set a high standard," said Tom Smith.')
    assert "Carter I" not in people
    assert "Charles I" in _people("King Charles I was beheaded in 1649.")


def test_round_13_one_word_that_qualifies_a_job_is_a_club_though_it_speaks() -> None:
    people = _people(
        "Chelsea boss Jose Mourinho was fined. Chelsea said they would appeal.",
        "Victoria said she was happy. Victoria's husband David Beckham agreed.",
    )
    assert "Chelsea" not in people
    assert {"Jose Mourinho", "Victoria", "David Beckham"} <= people


def test_a_style_between_a_job_and_a_name_is_no_part_of_the_role() -> None:
    found = entities(
        "Chief executive Sir Terry Leahy said the results were strong.",
        "Foreign Secretary Mr Straw flew to Washington.",
    )
    assert found["Terry Leahy"].role == "Chief executive"
    assert found["Mr Straw"].role == "Foreign Secretary"


def test_a_surname_that_is_also_a_title_after_a_given_name_is_a_person() -> None:
    people = _people(
        "Later, John Major said so, and Mervyn King agreed.",
        "Burger King said sales rose.",
    )
    assert {"John Major", "Mervyn King"} <= people
    assert "Burger King" not in people


def _check_people(paragraphs: tuple[str, ...], person: str, not_person: str) -> None:
    """`person` (when given) is listed, and no listed person holds `not_person` (when given)."""
    people = _people(*paragraphs)
    assert not person or person in people
    assert not not_person or not any(not_person in p for p in people)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a common noun for someone, or a people's noun, that opens the run is no part of the name
        ("Trainer Martin Pipe said the horse was fine.", "Martin Pipe"),
        ("Skipper Michael Vaughan said the team was confident.", "Michael Vaughan"),
        ("Veteran Teddy Sheringham scored again.", "Teddy Sheringham"),
        ("Fellow Welshman Shane Williams scored two tries.", "Shane Williams"),
        ("Kentuckian Rand Paul said he would run.", "Rand Paul"),
        ("Team-mate Frank Lampard scored.", "Frank Lampard"),
        # a compound ending in a lower-case word
        ("Bafta-nominated Imelda Staunton was there.", "Imelda Staunton"),
        ("Multi-millionaire Richard Desmond bought the Express.", "Richard Desmond"),
        # two words naming a people
        ("South African Ernie Els won the title.", "Ernie Els"),
        ("Northern Irishman Darren Clarke finished third.", "Darren Clarke"),
        # a title and a surname, a place or a thing's words stay as they were
        ("South Korea President Park Geun Hye said so.", "Park Geun Hye"),
        ("Judge Merrick B. Garland said so.", "Merrick B. Garland"),
    ],
)
def test_round_18_a_describing_word_before_a_full_name(sentence: str, person: str) -> None:
    assert person in _people(sentence)


def test_round_18_a_describing_word_leaves_things_no_people() -> None:
    people = _people(
        "He advised Time Warner Cable, and it helps adults at Echoing Hope Ranch, said Mary Jones."
    )
    assert "Warner Cable" not in people
    assert "Hope Ranch" not in people


def test_round_18_a_person_the_article_names_as_one_stays_one_though_played() -> None:
    people = _people(
        "Prime Minister Tony Blair said so.", "Tony Blair will be played by Michael Sheen."
    )
    assert {"Tony Blair", "Michael Sheen"} <= people


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a firm's kind as the sentence's first word, capitalised only for standing first
        ("Toymaker Hornby said demand was strong, said Tom Smith.", "Tom Smith", "Hornby"),
        ("Carmaker Rolls Royce said demand was strong.", "", "Rolls Royce"),
        # a maker of things in the plural is a firm ("film producer Tom Smith" is a person)
        ("Luxury goods maker Louis Vuitton said sales rose.", "", "Louis Vuitton"),
        ("Drinks producer Allied Domecq said Tom Smith would go.", "Tom Smith", "Allied Domecq"),
        ("Policy maker Tom Smith said so.", "Tom Smith", ""),
        # a trade's house is a firm (not "the house", "his house")
        ("Fashion house Jimmy Choo has been sold, said Tom Smith.", "Tom Smith", "Jimmy Choo"),
        ("At his house Tom Smith said so.", "Tom Smith", ""),
    ],
)
def test_round_19_a_firms_kind_before_its_name(sentence: str, person: str, not_person: str) -> None:
    _check_people((sentence,), person, not_person)


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a title before a common English word that is no personal name: a body's name
        ("General Electric said profits rose, said Tom Smith.", "Tom Smith", "Electric"),
        ("General Dynamics won the deal, said President Bush.", "Bush", "Dynamics"),
        # the possessor that opens a title in quotation marks is the title's
        (
            'Her novel is in the style of "Bridget Jones\'s Diary", said Tom Smith.',
            "Tom Smith",
            "Bridget Jones",
        ),
    ],
)
def test_round_19_titles_before_things_and_the_names_of_works(
    sentence: str, person: str, not_person: str
) -> None:
    people = _people(sentence)
    assert person in people
    assert not any(not_person in p for p in people)


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a word for someone from a place ISO 3166 names is no part of the name after it
        (
            "Massie used to support fellow Kentuckian Rand Paul.",
            "Rand Paul",
            "Kentuckian Rand Paul",
        ),
        ("Former speaker and Ohioan John Boehner spoke.", "John Boehner", "Ohioan John Boehner"),
        # a given name that the first letters of a place start is a given name
        ("Austan D. Goolsbee said so.", "Austan D. Goolsbee", "D. Goolsbee"),
    ],
)
def test_round_19_a_word_for_someone_from_a_place_before_a_name(
    sentence: str, person: str, not_person: str
) -> None:
    people = _people(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        # a word for a doer or a sport's position opens the sentence before a full name
        ("Keeper Jens Lehmann was at fault.", "Jens Lehmann", "Keeper"),
        ("Skipper Michael Vaughan made 120.", "Michael Vaughan", "Skipper"),
        ("Scrum-half Matt Dawson will start.", "Matt Dawson", "Scrum-half"),
        ("Youngster Wayne Rooney scored a hat-trick.", "Wayne Rooney", "Youngster"),
        ("Moderator Hugh Hewitt asked the question.", "Hugh Hewitt", "Moderator"),
        # not a word that only looks like one ("whether"), nor a given name
        ("Whether Donald Trump wins or loses, the party is split.", "", None),
    ],
)
def test_round_19_a_doers_word_opening_the_sentence_is_a_role(
    sentence: str, person: str, role: str | None
) -> None:
    found = entities(sentence)
    people = {e.name: e for e in found.values() if e.kind == "person"}
    if person:
        assert people[person].role == role
    assert not any(e.role == "Whether" for e in people.values())


def test_round_19_a_name_before_a_range_is_a_brands() -> None:
    people = _people("Marks and Spencer's Per Una range sold well, George Davies said.")
    assert "George Davies" in people
    assert "Per Una" not in people


def test_round_19_a_lower_case_position_after_a_hyphen_is_no_part_of_a_name() -> None:
    assert "Kevin Spacey" in _people("Oscar-winner Kevin Spacey is the director.")
    assert "Mark Lewis-Francis" in _people("Mark Lewis-Francis won the 60m.")


def test_round_19_a_lone_name_whose_words_first_say_its_is_a_body() -> None:
    assert "Morrison" not in _people("Morrison said profits fell after its takeover of Safeway.")
    assert "Morrison" in _people("Morrison said he was sorry about its takeover of Safeway.")


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a name after "the" where things stand is a thing wherever else the article names it
        (
            (
                "Fans of the Harry Potter books queued overnight, said Tom Smith.",
                "The pastor's tirade against Harry Potter went on.",
            ),
            "Tom Smith",
            "Harry Potter",
        ),
        (
            ("The James Bond films have taken $4bn.", "James Bond returns next year."),
            "",
            "James Bond",
        ),
        # a founder's name before "and" and the firm's partners names the firm
        (("Henry Holt and Company will publish it, said Tom Smith.",), "Tom Smith", "Henry Holt"),
        (("John Wiley and Sons reported a loss.",), "", "John Wiley"),
        (("Tom Smith and his sons said so.",), "Tom Smith", ""),
        # a name listed with as many bodies as people, none marked as a person, is a body's
        (
            ("Goldman Sachs, Morgan Stanley and JPMorgan Chase advised, said Tom Smith.",),
            "Tom Smith",
            "Morgan Stanley",
        ),
        (("HSBC, Barclays, Lloyds TSB and Merrill Lynch cut rates.",), "", "Merrill Lynch"),
        (
            ("On CNN, Democrats Hillary Clinton, Bernie Sanders and Martin O'Malley spoke.",),
            "Bernie Sanders",
            "",
        ),
        (("Cruz won Republicans Tom Smith and Jane Doe over.",), "Jane Doe", ""),
        # a name right before a publication's noun is its title, wherever else it stands
        (
            ("Forbes magazine started the list in 1982.", "Forbes says it tracks 500 more."),
            "",
            "Forbes",
        ),
        (("Tom Smith, magazine editor, said so.",), "Tom Smith", ""),
        # a common English word in a surname's place that only a rare census surname is
        (("Royal Mail said it would cut 30,000 jobs.",), "", "Royal Mail"),
        (("Wigan beat Preston North End, said Tom Smith.",), "Tom Smith", "Preston North End"),
        (("He is a practising Roman Catholic, said Tom Smith.",), "Tom Smith", "Roman Catholic"),
        (("Alan Sugar said so.",), "Alan Sugar", ""),
        (("Pete Seat said so.",), "Pete Seat", ""),
        # a royal's title before common words, the first no given name: a race named after one
        (
            ("Moscow Flyer won the Queen Mother Champion Chase, said Tom Smith.",),
            "Tom Smith",
            "Champion Chase",
        ),
        (("Queen Mother Elizabeth Bowes-Lyon died.",), "Elizabeth Bowes-Lyon", ""),
        # a very frequent English word opening the sentence before a name is the word
        (
            ("President Obama spoke.", "Given Obama's rating, he should act."),
            "Obama",
            "Given Obama",
        ),
        (("Park Geun-hye said so.",), "Park Geun-hye", ""),
        (("C. Boyden Gray said so.",), "C. Boyden Gray", ""),
        # a name right after "The" in capitals inside a sentence is a title's words
        (("Dan Alpert, author of The Age of Oversupply, spoke.",), "Dan Alpert", "Age"),
        (("The writer of The Da Vinci Code, Dan Brown, was sued.",), "Dan Brown", "Da Vinci"),
        (("Oct. 31, 2012 The Obama hug.", "President Obama toured the site."), "Obama", ""),
        # a work's takings, first night or release with the name its subject
        (("Vera Drake grossed $3m in the US, said Tom Smith.",), "Tom Smith", "Vera Drake"),
        (("Bridget Jones premiered in London on Tuesday.",), "", "Bridget Jones"),
        (("Billy Elliot was released on DVD last week.",), "", "Billy Elliot"),
        (("Harry Potter is out on DVD in March.",), "", "Harry Potter"),
        (("Tom Smith premiered his new film in London.",), "Tom Smith", ""),
        (("Tom Smith was released on bail last week.",), "Tom Smith", ""),
        # a name that says its figures, with no job written beside it
        (("Ted Baker said pre-tax profits rose 20% to £15m.",), "", "Ted Baker"),
        (("Laura Ashley has said sales fell, said Tom Smith.",), "Tom Smith", "Laura Ashley"),
        (("Tom Smith said his sales had fallen.",), "Tom Smith", ""),
        (("Tom Smith, the chief executive, said profits rose.",), "Tom Smith", ""),
        # the next sentence takes the name up as a firm, with words of where it is from
        (
            ("Morgan Stanley has been fined $15m.", "The US bank said it would not appeal."),
            "",
            "Morgan",
        ),
        (
            ("Tom Smith has been sacked.", "The bank chairman said the move was right."),
            "Tom Smith",
            "",
        ),
        (("Tom Smith has been sacked.", "The US bank's chief said it was right."), "Tom Smith", ""),
        # a team's position after a possessive is a club's; a trainer's compound before a horse
        (("Hamilton Academical's striker scored, said Tom Smith.",), "Tom Smith", "Academical"),
        (("Tom Smith's coach said she would be fit.",), "Tom Smith", ""),
        (("Paul Nicholls-trained Azertyuiop was favourite.",), "", "Azertyuiop"),
        # two firms joined as one subject of a firm's act; a firm's merger
        (("Taylor Woodrow and George Wimpey both reported higher profits.",), "", "Wimpey"),
        (("Taylor Woodrow and George Wimpey both reported higher profits.",), "", "Woodrow"),
        (("Taylor Woodrow is to merge with Wimpey, said Tom Smith.",), "Tom Smith", "Woodrow"),
        (("Tom Smith and Jane Doe both reported for duty.",), "Jane Doe", ""),
        # a firm cutting or raising what it charges; a brand's goods after its name
        (("Estee Lauder and Elizabeth Arden both raised prices.",), "", "Arden"),
        (("Tesco cut prices, said Tom Smith.", "Jane Doe cut prices too."), "Tom Smith", "Jane"),
        (("Alan Greenspan raised rates again.",), "Alan Greenspan", ""),
        (("Ben Sherman shirts sold well, said Tom Smith.",), "Tom Smith", "Ben Sherman"),
    ],
)
def test_round_20_names_that_are_no_people(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # an auxiliary after a name's comma opens the sentence's verb, no apposition and no role
        (("Tamara Mellon, who co-founded Jimmy Choo, will stay as president.",), "", "Choo"),
        # a possessive after a comma opens an apposition of the name before it, no office of its
        (
            ("Justin King, Sainsbury's chief executive, said it was on track.",),
            "Justin King",
            "Sainsbury",
        ),
        # what is owned, made or a part of a body is a firm, a brand, a club or a horse
        (("Alexander McQueen, owned by Gucci, made a profit.",), "", "McQueen"),
        (("Louis Vuitton, part of LVMH, opened a shop, said Tom Smith.",), "Tom Smith", "Vuitton"),
        (("Jimmy Choo, majority-owned by Lion Capital, did well.",), "", "Jimmy Choo"),
        # the object of founding, writing or composing is a body or a work; not the writer after a
        # quotation
        (("J.M. Barrie, who wrote Peter Pan, was born in Kirriemuir.",), "", "Peter Pan"),
        (("“It is over,” wrote Jane Doe, a critic.",), "Jane Doe", ""),
        # a possessive that owns nothing opening the sentence or after a firm's noun and "of"
        (("Sales of Jack Daniel's, made by Brown-Forman, rose.",), "", "Jack Daniel"),
        (("His plan is close to Hillary Clinton's, said Tom Smith.",), "Hillary Clinton", ""),
        # the body whose chief executive or owner is named is no person though it speaks
        (
            (
                "Thomas Cook said bookings for summer were up 5%.",
                "Manny Fontenla-Novoa, chief executive of Thomas Cook, said it was a good year.",
            ),
            "Manny Fontenla-Novoa",
            "Thomas Cook",
        ),
        (
            ("Donald Trump won.", "Tom Smith, chairman of the Trump campaign, said so."),
            "Donald Trump",
            "",
        ),
        (("Barack Obama's executive actions were praised.",), "Barack Obama", ""),
        # a firm that has reported its figures
        (("Ted Baker has reported a 15% rise in sales.",), "", "Ted Baker"),
        # a lower-case verb after the comma closing a relative clause is the sentence's, no role
        # of the name the clause ends with; a description there is
        (("Shane Richie, who plays Alfie Moon, won best actor.",), "", "Alfie Moon"),
        (
            ("Tom Smith, who works for Jane Doe, the Cuban minister, said so.",),
            "Jane Doe",
            "",
        ),
        # the last of several things a things' verb takes, ending the clause
        (("Arcadia owns Topshop, Burton and Dorothy Perkins.",), "", "Dorothy Perkins"),
        (("The theatre staged Peter Pan and Tom Smith directed it.",), "Tom Smith", ""),
        # a nationality noun before a given name and a surname is no part of the name, though a
        # given name too; someone from a place ("Londoner") likewise
        (("Scot Liz McColgan said it was good.",), "Liz McColgan", "Scot"),
        (("Briton Jason Gardener won the 60m.",), "Jason Gardener", "Briton"),
        (("Irishwoman Sonia O'Sullivan ran well.",), "Sonia O'Sullivan", "Irish"),
        (("Londoner Mark Lewis-Francis won.",), "Mark Lewis-Francis", "Londoner"),
        (("Finn Russell kicked the goal.",), "Finn Russell", ""),
        (("Dane Bowers sang.",), "Dane Bowers", ""),
        # banks and indices whose names read as a person's
        (("Euronext, advised by Morgan Stanley, may bid, said Tom Smith.",), "Tom Smith", "Morgan"),
        (("Dow Jones said trading was thin.",), "", "Dow Jones"),
        (("Warren Buffett said Berkshire Hathaway would not buy.",), "Warren Buffett", "Hathaway"),
        # a work revived or staged; a work that stars someone after an aside
        (("The revival of Hedda Gabler was praised.",), "", "Hedda Gabler"),
        (("Don Carlos, at the Gielgud, stars Derek Jacobi.",), "Derek Jacobi", "Don Carlos"),
        (("Tom Hanks, who won an Oscar, stars in the film.",), "Tom Hanks", ""),
        # what a listed firm tells the stock exchange, its figures warned of or expected, its
        # trading
        (("Laura Ashley told the London Stock Exchange it was fine.",), "", "Ashley"),
        (
            ("Laura Ashley said in a statement to the Stock Exchange that it was fine.",),
            "",
            "Ashley",
        ),
        (("Tom Smith told the BBC the stock market was weak.",), "Tom Smith", ""),
        (("Laura Ashley warned that profits would be lower.",), "", "Ashley"),
        (("Laura Ashley is expected to report a loss.",), "", "Ashley"),
        (("Laura Ashley said trading had been difficult.",), "", "Ashley"),
        (("Tom Smith said that he would go.",), "Tom Smith", ""),
        # a day's name before a time of day opens a title, no date before a name
        (("Ant and Dec's Saturday Night Takeaway won a prize.",), "", "Night"),
        (("On Saturday Tony Blair spoke.",), "Tony Blair", ""),
        # a foreign article before two words that are no given names opens a paper's name
        (("Le Courrier Picard said the deal was off.",), "", "Picard"),
        (("Jean-Marie Le Pen said the deal was off.",), "Jean-Marie Le Pen", ""),
        (("Le Duc Tho said so.",), "Le Duc Tho", ""),
        # a part or a likeness after "the next" or "a new" names no one
        (("Daniel Craig may become the next James Bond.",), "Daniel Craig", "James Bond"),
    ],
)
def test_round_21_names_that_are_no_people(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


def test_a_verb_of_acting_is_no_part_of_a_job() -> None:
    found = entities("Kinsey, in which Liam Neeson plays sex researcher Alfred Kinsey, got two.")
    assert found["Alfred Kinsey"].role == "sex researcher"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Tom Smith QC said the case was weak.", "Tom Smith"),
        ("Diane Abbott MP spoke.", "Diane Abbott"),
        ("Dame Kelly Holmes DBE won.", "Kelly Holmes"),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(sentence: str, person: str) -> None:
    assert person in _people(sentence)


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # parts listed after an actor's "who play"
        (
            ("Rupert Grint and Emma Watson, who play Ron Weasley and Hermione Granger, signed.",),
            "Emma Watson",
            "Ron Weasley",
        ),
        (("Tim Henman, who played Andy Roddick and Roger Federer in Houston, lost.",), "", ""),
        # a work's heroine, the work's title before its noun
        (
            (
                "Lara Croft, the heroine of the Tomb Raider series, is to return, Jane Cavanagh said.",
            ),
            "Jane Cavanagh",
            "Lara Croft",
        ),
        (("Rosa Parks, the heroine of the Montgomery bus boycott, died.",), "Rosa Parks", ""),
        # a seat in parliament: after "seat of" or "MP for", or closed by two compass points
        (
            ("Labour holds the marginal seat of Milton Keynes North East, Brian White said.",),
            "Brian White",
            "Milton Keynes",
        ),
        (("Boris Johnson, the MP for Henley, spoke.",), "Boris Johnson", "Henley"),
        (("Chief executive Warren East said demand was strong.",), "Warren East", ""),
        (
            ("Labour lost Brent East to the Liberal Democrats' Sarah Teather.",),
            "Sarah Teather",
            "Brent East",
        ),
        # a title and a region's name make a place's name
        (
            ("Labour would not take Bishop Auckland for granted, Tony Blair said.",),
            "Tony Blair",
            "Auckland",
        ),
        (("Prince Charles visited the hospital.",), "Charles", ""),
        # a party's label and members named by a plural acronym
        (("Blairite MPs said the launch showed the Tories were in trouble.",), "", "MPs"),
    ],
)
def test_round_22_names_that_are_no_people(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


def test_round_22_a_player_played_is_a_person() -> None:
    people = _people("Tim Henman, who played Andy Roddick and Roger Federer in Houston, lost.")
    assert {"Andy Roddick", "Roger Federer"} <= people


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a brand between a speaker's "said" and a verb is what was said of, no speaker
        (
            (
                "Ann Summers chief executive Jacqueline Gold said the chain would open stores.",
                "Ms Gold said Ann Summers was a British success story.",
            ),
            "Jacqueline Gold",
            "Ann Summers",
        ),
        (("“We are pleased,” said Tom Smith, who was at the launch.",), "Tom Smith", ""),
        # a model is someone's job too
        (("Doherty, who is dating model Kate Moss, said he was happy.",), "Kate Moss", ""),
        # a surname that ends a place's name, after a title or before "said"
        (("Professor Wendy Hall of Southampton University said Britain led.",), "Wendy Hall", ""),
        (("Nick Park said he was proud of the film.",), "Nick Park", ""),
        (("The orchestra played at the Queen Elizabeth Hall.",), "", "Elizabeth Hall"),
        (("They played at the Royal Albert Hall.",), "", "Albert Hall"),
    ],
)
def test_round_22_people_and_brands_beside_said_a_title_or_a_job(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a people's word or "compatriot" before two words in no dictionary names an athlete
        ("Ethiopian Kenenisa Bekele, the Olympic champion, did not run.", "Kenenisa Bekele"),
        ("It was set by another Ethiopian, Berhane Adera, in Stuttgart.", "Berhane Adera"),
        ("But compatriot Kenenisa Bekele's hopes were dashed.", "Kenenisa Bekele"),
    ],
)
def test_round_22_a_nationals_foreign_name_is_a_person(sentence: str, person: str) -> None:
    assert person in _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares rose on talk of a takeover by France's Pernod Ricard.",
        "Ethiopian Airlines Group said it would buy planes.",
    ],
)
def test_round_22_a_countrys_body_is_no_national(sentence: str) -> None:
    assert not _people(sentence)


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a brand named like a person that says "it" of its own figures or outlets
        (("Jimmy Choo said it expected profits to rise.",), "", "Choo"),
        (
            ("Sales at Ted Baker rose 8%.", "Ted Baker said it would open 20 stores in the US."),
            "",
            "Ted Baker",
        ),
        (("Tony Blair said it would help sales of British goods.",), "Tony Blair", ""),
        # a firm's own figures outweigh one speech; figures "at" another body are someone's report
        (
            ("Hugo Boss reported higher profits.", "Hugo Boss said demand was strong."),
            "",
            "Hugo Boss",
        ),
        (
            (
                "Philip Green reported higher profits at Arcadia.",
                "Philip Green said he was pleased.",
            ),
            "Philip Green",
            "",
        ),
    ],
)
def test_round_22_brands_named_like_people(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a band: its first possessive is "their", before its work
        (("Franz Ferdinand won the Mercury Music Prize for their debut album.",), "", "Franz"),
        (("Joss Stone released her debut album.",), "Joss Stone", ""),
        (
            ("John Lennon and Paul McCartney wrote their first album in 1962.",),
            "Paul McCartney",
            "",
        ),
        # a name that opens a work's title: "X and the Y of Z"
        (("Harry Potter and the Goblet of Fire has taken £14.9m.",), "", "Harry Potter"),
        (("Tony Blair and the Duke of Edinburgh attended the service.",), "Tony Blair", ""),
        (("Tony Blair and the Bank of England disagreed.",), "Tony Blair", ""),
        (("Tony Blair and the Archbishop of Canterbury spoke.",), "Tony Blair", ""),
    ],
)
def test_round_22_bands_and_titles_of_works(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a list of people joins like with like: a name whose first word no list holds is one
        (
            "The first three last Saturday, Jolene Byrne, Maria McCambridge and Fionnualla"
            " Britton, are automatic selections.",
            "Fionnualla Britton",
        ),
        ("Tom Smith, Paul Watford and Goodwin Liu were named.", "Goodwin Liu"),
    ],
)
def test_round_22_a_name_listed_with_people_is_a_person(sentence: str, person: str) -> None:
    assert person in _people(sentence)


def test_round_22_bodies_listed_stay_bodies() -> None:
    assert not _people("Goldman Sachs, Morgan Stanley and Merrill Lynch advised the bank.")


def test_round_22_a_horses_trainer_is_a_job() -> None:
    found = entities("Well Chief's trainer Martin Pipe said the horse had improved.")
    assert found["Martin Pipe"].role == "trainer"


def test_round_22_a_races_name_after_a_comma_is_no_job() -> None:
    found = entities("Hedgehunter, ridden by Ruby Walsh, won the Grand National.")
    assert found["Ruby Walsh"].role is None


def test_round_22_a_bodys_possessive_before_a_name_whose_surname_is_a_word() -> None:
    people = _people("Apple's Steve Jobs unveiled the Mac Mini. Jobs said it would sell well.")
    assert "Steve Jobs" in people
    assert "Vera Drake" not in _people("Mike Leigh's Vera Drake won three awards.")


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a work's hero or one of its characters, told by a comma or "is"
        (("Tommy Vercetti is the game's hero, Sam Houser said.",), "Sam Houser", "Vercetti"),
        (("Basil Fawlty was voted the greatest sitcom character.",), "", "Basil Fawlty"),
        (("Jack Bauer, the show's hero, returns.",), "", "Jack Bauer"),
        (("Kelly Holmes, the nation's heroine, said so.",), "Kelly Holmes", ""),
        (("Tom Smith, the film's director, said so.",), "Tom Smith", ""),
    ],
)
def test_round_22_a_works_part(paragraphs: tuple[str, ...], person: str, not_person: str) -> None:
    _check_people(paragraphs, person, not_person)


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a film's credit after a name makes a work, whatever title stands before it
        (
            (
                "Meanwhile King Kong, directed by Peter Jackson, opens in December.",
                "Jackson said Kong was the most complex character he had worked with.",
            ),
            "Peter Jackson",
            "Kong",
        ),
        (("Vera Drake, starring Imelda Staunton, won three awards.",), "Imelda Staunton", "Vera"),
    ],
)
def test_round_22_a_films_credit_outweighs_a_title(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    _check_people(paragraphs, person, not_person)


def test_lady_before_a_given_name_joins_the_one_so_named_and_alone_is_no_one() -> None:
    """Issue 15, round 55: "Lady Diana" after Diana Spencer is her ("Lady" before a given name, as
    "Dame Judi"); a lone "Lady Frances" the article never names in full is a horse's or a ship's
    name, as a lone "Sir Gino" is; "Lady Gaga" (no given name) one person."""
    found = entities("Diana Spencer married in 1981.", "Lady Diana said she was happy.")
    assert "Lady Diana" in found["Diana Spencer"].aliases
    assert "Diana" not in found and "Lady Diana" not in found
    horse = entities("Lady Frances won the Greenham Stakes at Newbury on Saturday.")
    assert not [e for e in horse.values() if e.kind == "person"]
    gaga = entities("Lady Gaga opened a studio.", "Lady Gaga said music saved her.")
    assert gaga["Lady Gaga"].kind == "person" and gaga["Lady Gaga"].mentions == 2

"""Story level: entities of many articles linked into one cast, and looked up by any name."""

from __future__ import annotations

from briefings.analysis.common.given_names.gender import titled_gender
from briefings.analysis.linking.index import EntityIndex
from briefings.analysis.linking.keys import lookup_keys
from briefings.analysis.linking.known import KnownEntity, join_known
from briefings.analysis.linking.link import link_entities
from briefings.analysis.linking.records import MentionInput, StoryEntity
from briefings.analysis.linking.summary import ranked_roles, story_entity
from briefings.analysis.people.extract import extract_entities
from tests.analysis.seed_articles import cleaned


def mention(i: int, article: int, name: str, kind: str = "person", **kw: object) -> MentionInput:
    return MentionInput(i, article, name, kind, **kw)  # type: ignore[arg-type]  # kw: role etc.


def by_name(entities: list[StoryEntity]) -> dict[str, StoryEntity]:
    return {e.name: e for e in entities}


def test_surname_in_one_article_is_the_full_name_of_another() -> None:
    cast = by_name(
        link_entities(
            [
                mention(
                    1, 10, "Jake Sullivan", role="White House National Security Adviser", count=3
                ),
                mention(2, 11, "Sullivan", count=2),
            ]
        )
    )
    sullivan = cast["Jake Sullivan"]
    assert sullivan.article_ids == (10, 11)
    assert sullivan.member_ids == (1, 2)
    assert sullivan.mentions == 5
    assert "Sullivan" in sullivan.aliases


def test_spellings_of_kim_are_one_person_but_his_sister_is_not() -> None:
    cast = by_name(
        link_entities(
            [
                mention(1, 1, "Kim Jong Un", role="North Korean leader", aliases=("Kim",), count=3),
                mention(2, 2, "Kim Jong-un", aliases=("Kim Jong Un", "Kim"), count=9),
                mention(3, 3, "Kim Jong Un", aliases=("Mr Kim",), count=2),
                mention(4, 3, "Kim Yo Jong", role="Kim’s sister"),
            ]
        )
    )
    assert set(cast) == {"Kim Jong Un", "Kim Yo Jong"}
    assert cast["Kim Jong Un"].article_ids == (1, 2, 3)
    assert {"Kim Jong-un", "Mr Kim", "Kim"} <= set(cast["Kim Jong Un"].aliases)


def test_lone_surname_shared_by_two_people_stays_apart_even_when_one_is_named_more() -> None:
    even = link_entities(
        [
            mention(1, 1, "Anna Smith", count=2),
            mention(2, 2, "Bob Smith", count=2),
            mention(3, 3, "Smith"),
        ]
    )
    assert len(even) == 3
    dominant = link_entities(  # issue 15: named more often elsewhere is no evidence here
        [
            mention(1, 1, "Anna Smith", count=9),
            mention(2, 2, "Bob Smith", count=1),
            mention(3, 3, "Smith"),
        ]
    )
    assert by_name(dominant)["Anna Smith"].member_ids == (1,)
    assert by_name(dominant)["Smith"].member_ids == (3,)


def test_role_is_the_most_frequent_then_most_specific() -> None:
    cast = link_entities(
        [
            mention(1, 1, "John Kirby", role="Biden administration spokesperson"),
            mention(2, 2, "John Kirby", role="White House National Security Council spokesman"),
        ]
    )
    assert cast[0].role == "White House National Security Council spokesman"
    assert cast[0].roles[1] == "Biden administration spokesperson"


def test_organisation_variants_join_only_when_safe() -> None:
    cast = by_name(
        link_entities(
            [
                mention(1, 1, "Treasury Department", "organisation"),
                mention(2, 2, "Treasury", "organisation"),
                mention(3, 1, "Defense Ministry", "organisation"),
                mention(4, 2, "Defense Office", "organisation"),
                mention(5, 3, "Defense", "organisation"),
            ]
        )
    )
    assert cast["Treasury Department"].member_ids == (1, 2)
    assert "Defense" in cast  # two organisations could be meant: left alone


def test_places_by_synonym() -> None:
    cast = link_entities([mention(1, 1, "U.S.", "place"), mention(2, 2, "United States", "place")])
    assert len(cast) == 1 and cast[0].name == "United States"


def test_index_lookup_others_suggest_and_speaker() -> None:
    index = EntityIndex(
        link_entities(
            [
                mention(1, 1, "Kim Jong Un", aliases=("Kim",), count=6),
                mention(2, 1, "Kim Yo Jong"),
                mention(3, 2, "Jake Sullivan", count=3),
                mention(4, 3, "Anna Sullivan"),
            ]
        )
    )
    kim = index.lookup("kim")
    assert kim is not None and kim.name == "Kim Jong Un"
    assert index.others("Kim") == ["Kim Yo Jong"]
    assert index.lookup("Mr. Kim") == kim
    assert index.lookup("kim jong-un") == kim
    assert index.lookup("Nobody") is None
    assert index.suggest("Jake Sulivan")[0] == "Jake Sullivan"
    speaker = index.speaker_entity("Sullivan", 3)
    assert speaker is not None and speaker.name == "Anna Sullivan"
    assert index.speaker_entity("Sullivan", 1) is None  # two Sullivans, neither in that article
    assert "sullivan" in lookup_keys(index.lookup("Jake Sullivan"))  # type: ignore[arg-type]


def test_index_scales_by_dictionary() -> None:
    mentions = [mention(i, i, f"Person{i} Name{i}") for i in range(20000)]
    index = EntityIndex(link_entities(mentions))
    assert index.lookup("Name19999").name == "Person19999 Name19999"  # type: ignore[union-attr]


def test_seeds_who_kirby_and_who_kim() -> None:
    mentions = []
    for article_id, article in enumerate(cleaned().values()):
        for e in extract_entities(article):
            mentions.append(
                MentionInput(
                    len(mentions), article_id, e.name, e.kind, e.role, e.aliases, e.mentions
                )
            )
    index = EntityIndex(link_entities(mentions))
    kirby = index.lookup("Kirby")
    assert kirby is not None and kirby.name == "John Kirby"
    assert kirby.role == "White House National Security Council spokesman"
    assert "Biden administration spokesperson" in kirby.roles
    assert len(kirby.article_ids) == 2
    kim = index.lookup("Kim")
    assert kim is not None and kim.name == "Kim Jong Un"
    assert index.others("Kim") == ["Kim Yo Jong"]
    sullivan = index.lookup("Sullivan")
    assert sullivan is not None and len(sullivan.article_ids) == 3


def _body(entity_id: int, name: str, aliases: tuple[str, ...] = ()) -> KnownEntity:
    return KnownEntity.of(entity_id, name, "organisation", aliases, 3)


def test_a_short_form_two_bodies_could_mean_joins_neither_as_a_rebuild_decides() -> None:
    """ "DNC" shortens both the Convention (which one article wrote as "DNC") and the Committee:
    the rebuild keeps it apart, and so does the incremental join, alias or not."""
    dnc = link_entities([MentionInput(9, 9, "DNC", "organisation")])[0]
    convention = _body(1, "Democratic National Convention", ("DNC",))
    committee = _body(2, "Democratic National Committee")
    assert join_known(dnc, [convention, committee]) is None
    assert join_known(dnc, [convention]) == convention  # the one body it can shorten
    rebuilt = link_entities(
        [
            MentionInput(1, 1, "Democratic National Convention", "organisation", None, ("DNC",)),
            MentionInput(2, 2, "Democratic National Committee", "organisation"),
            MentionInput(3, 3, "DNC", "organisation"),
        ]
    )
    assert len(rebuilt) == 3


def test_counted_ties_go_to_the_first_counted() -> None:
    # counted in plain dicts (compiled natively), ties broken as Counter.most_common broke them
    assert ranked_roles(["Secretary of State", "secretary of state"]) == ["Secretary of State"]
    assert ranked_roles(["Secretary of State", "secretary of state", "secretary of state"]) == [
        "secretary of state"
    ]
    assert ranked_roles(["envoy", "Defence Minister", "envoy", "Defence Minister"]) == [
        "Defence Minister",
        "envoy",
    ]
    entity = story_entity(
        [
            mention(1, 10, "Kim Yo-jong", count=2),
            mention(2, 11, "Kim Yo Jong", count=2),
            mention(3, 12, "Kim Yo Jong", count=1),
            mention(4, 13, "Kim Yo-jong", count=1),
        ]
    )
    assert (entity.name, entity.kind, entity.mentions) == ("Kim Yo-jong", "person", 6)
    assert entity.aliases == ("Kim Yo Jong",)


def test_a_courtesy_title_joins_the_one_bearer_of_its_gender() -> None:
    """Issue 15: "Mrs Dalton" of one article is Ruth Dalton of another when she is the story's
    only woman Dalton ("Mr Dalton" Mark Dalton); the entity keeps her full name."""
    cast = by_name(
        link_entities(
            [
                mention(1, 10, "Mark Dalton", count=2),
                mention(2, 10, "Ruth Dalton"),
                mention(3, 11, "Mrs Dalton"),
                mention(4, 12, "Mrs Dalton"),
                mention(5, 12, "Mr. Dalton"),
            ]
        )
    )
    assert sorted(cast) == ["Mark Dalton", "Ruth Dalton"]
    assert cast["Ruth Dalton"].member_ids == (2, 3, 4)
    assert cast["Mark Dalton"].member_ids == (1, 5)


def test_a_courtesy_title_two_bearers_of_its_gender_share_joins_neither() -> None:
    women = [
        mention(1, 10, "Ruth Dalton"),
        mention(2, 10, "Jane Dalton"),
        mention(3, 11, "Ms Dalton"),
    ]
    assert "Ms Dalton" in by_name(link_entities(women))
    unsure = [
        mention(1, 10, "Mark Dalton"),
        mention(2, 10, "Pat Dalton"),
        mention(3, 11, "Mr Dalton"),
    ]
    assert "Mr Dalton" in by_name(link_entities(unsure))  # Pat: no gender told, could be him
    other = [mention(1, 10, "Mark Dalton"), mention(2, 11, "Mrs Dalton")]
    assert "Mrs Dalton" in by_name(link_entities(other))  # the only Dalton is a man


def test_a_new_titled_surname_joins_the_stored_bearer_of_its_gender() -> None:
    """The incremental refresh as a rebuild: a new "Mrs Dalton" joins the stored Ruth Dalton."""
    known = [
        KnownEntity.of(1, "Mark Dalton", "person", (), 3),
        KnownEntity.of(2, "Ruth Dalton", "person", (), 1),
    ]
    [mrs] = link_entities([mention(9, 20, "Mrs Dalton")])
    found = join_known(mrs, known)
    assert found is not None and found.name == "Ruth Dalton"
    known.append(KnownEntity.of(3, "Jane Dalton", "person", (), 1))
    assert join_known(mrs, known) is None


def test_a_titled_speaker_is_not_the_article_s_person_of_the_other_gender() -> None:
    index = EntityIndex(link_entities([mention(1, 10, "Mr Dalton"), mention(2, 10, "Mrs Dalton")]))
    mrs = index.speaker_entity("Mrs Dalton", 10)
    assert mrs is not None and mrs.name == "Mrs Dalton"
    assert index.speaker_entity("Dalton", 10) is None  # either


def test_a_peer_s_style_joins_the_one_bearer_of_its_gender() -> None:
    """Issue 15, round 54: "Lady Thatcher" is Margaret Thatcher beside Denis Thatcher, "Lord
    Coe" Sebastian Coe (a peer's style before a surname gives a gender, as "Mrs" does), in a
    rebuild and in the incremental refresh."""
    cast = by_name(
        link_entities(
            [
                mention(1, 10, "Margaret Thatcher"),
                mention(2, 10, "Denis Thatcher"),
                mention(3, 10, "Sebastian Coe"),
                mention(4, 11, "Lady Thatcher"),
                mention(5, 11, "Lord Coe"),
            ]
        )
    )
    assert sorted(cast) == ["Denis Thatcher", "Margaret Thatcher", "Sebastian Coe"]
    assert cast["Margaret Thatcher"].member_ids == (1, 4)
    known = [KnownEntity.of(1, "Sebastian Coe", "person", (), 2)]
    [lord] = link_entities([mention(9, 20, "Lord Coe")])
    found = join_known(lord, known)
    assert found is not None and found.name == "Sebastian Coe"


def test_sir_and_dame_before_a_given_name_are_the_one_so_named() -> None:
    """Issue 15, round 54: "Sir Alan said" is Alan Sugar's, "Dame Judi said" Judi Dench's (the style
    goes with the given name in British usage); with two Alans, no one's; "Dame Alan" no one's."""
    index = EntityIndex(link_entities([mention(1, 10, "Alan Sugar"), mention(2, 10, "Judi Dench")]))
    sir = index.speaker_entity("Sir Alan", 11)
    dame = index.speaker_entity("Dame Judi", 11)
    assert sir is not None and sir.name == "Alan Sugar"
    assert dame is not None and dame.name == "Judi Dench"
    assert index.speaker_entity("Dame Alan", 11) is None
    two = EntityIndex(link_entities([mention(1, 10, "Alan Sugar"), mention(2, 10, "Alan Johnson")]))
    assert two.speaker_entity("Sir Alan", 11) is None
    assert "sir alan" in lookup_keys(sir)  # `who "Sir Alan"` finds him in the database


def test_lady_before_a_given_name_is_the_one_diana_so_named() -> None:
    """Issue 15, round 55: "Lady Diana said" is Diana Spencer's (a peer's daughter's style stands
    before the given name, as "Dame" does), no one's beside Diana Ross too; "Lady Thatcher" stays
    a style before a surname, "Lady Gaga" (no given name) a name of its own."""
    index = EntityIndex(
        link_entities([mention(1, 10, "Diana Spencer"), mention(2, 10, "Tom Hale")])
    )
    lady = index.speaker_entity("Lady Diana", 11)
    assert lady is not None and lady.name == "Diana Spencer"
    assert "lady diana" in lookup_keys(lady)  # `who "Lady Diana"` finds her in the database
    assert index.speaker_entity("Lady Tom", 11) is None  # a man's given name
    two = EntityIndex(
        link_entities([mention(1, 10, "Diana Spencer"), mention(2, 10, "Diana Ross")])
    )
    assert two.speaker_entity("Lady Diana", 11) is None
    assert titled_gender("Lady Diana") is None  # no surname "Diana" under a peer's style
    assert titled_gender("Lady Thatcher") == "f" and titled_gender("Lady Gaga") == "f"

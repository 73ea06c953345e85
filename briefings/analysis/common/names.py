"""Word lists and name normalisation shared by entity extraction and linking."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefings.analysis.common.memo import Memo


def words_set(text: str) -> frozenset[str]:
    """The words of `text`, split on white space, as they are."""
    return frozenset(text.split())


def _words(text: str) -> frozenset[str]:
    """A set of lower-cased entries, one per line or comma."""
    return frozenset(w.strip().lower() for w in re.split(r"[,\n]", text) if w.strip())


_POSSESSIVE = re.compile(r"[’'‘`]s$")
_LEADING_THE = re.compile(r"^(the)\s+", re.IGNORECASE)
_DASHES = re.compile(r"[‐‑–—\-_]")
_DOTS_AND_APOSTROPHES = re.compile(r"[.’'‘`]")
_KEY_MARKS: Final = frozenset(".'`-_")  # what the three patterns above take out of ASCII text


def name_key(name: str) -> str:
    """Compare key of a name: case, hyphens, dots, apostrophes and diacritics do not count."""
    return _KEYS[name]


def _name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    elif _KEY_MARKS.isdisjoint(text):  # no mark to take out: only a leading "the" to drop
        words = text.lower().split()
        return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)
    text = _POSSESSIVE.sub("", text.strip())
    text = _LEADING_THE.sub("", text)
    text = _DASHES.sub(" ", text)
    text = _DOTS_AND_APOSTROPHES.sub("", text)
    return " ".join(text.lower().split())


_KEYS: Final = Memo(_name_key)


NAME_SUFFIXES: Final = words_set("jr sr ii iii iv")  # a key's generational suffixes


def surname_keys(key: str) -> tuple[str, ...]:
    """The words a person of this full-name key may be called by alone: "sullivan"; "kim"."""
    words = key.split()
    suffix = ""
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:  # "john g roberts jr" is Roberts
        suffix = suffix or words[-1]
        words = words[:-1]
    if len(words) < 2 or words[-1] in NAME_SUFFIXES:  # "greene sr" is no full name
        return ()
    if words[0] in FAMILY_NAME_FIRST:
        if len(words) == 2 and words[0] in _GIVEN_NAMES_TOO and "-" not in words[1]:
            # "Lee Child", "Kim Sears" (Mr Child, Ms Sears) as well as "Lee Sedol" (Lee): either
            return (words[0], words[1])
        return (words[0],)  # "Kim Jong-un", "Lee Hsien Loong": Kim, Lee
    if suffix:  # and "roberts jr": the surname with the suffix tells father and son apart
        return (words[-1], f"{words[-1]} {suffix}")
    return (words[-1],)


def org_variant_keys(key: str) -> tuple[str, ...]:
    """Shorter keys an organisation may go by: "treasury" for "treasury department", "nsc"."""
    words = key.split()
    variants = []
    if len(words) > 1 and words[-1] in GENERIC_ORG_WORDS:
        variants.append(" ".join(words[:-1]))
    if len(words) > 1 and words[0] in {"us", "uk", "un", "eu"}:
        variants.append(" ".join(words[1:]))
    content = [w for w in words if w not in {"of", "for", "on", "the", "and"}]
    if len(content) >= 3:
        variants.append("".join(w[0] for w in content))
    return tuple(v for v in variants if v and v != key)


# Last words an organisation's name can drop: "the Treasury Department" = "the Treasury".
GENERIC_ORG_WORDS: Final = frozenset(
    {"department", "ministry", "office", "agency", "administration", "group", "company", "corp"}
)

# Courtesy titles: part of an alias ("Mr Kim"), never of the name nor of the role; round 61: a
# British councillor's "Cllr Birtles", written as "Mr Birtles" is (the job is "councillor").
COURTESY: Final = _words("mr, mrs, ms, miss, mx, messrs, madam, mme, m, cllr")

# Role heads: the noun that ends a title written before a name or in an apposition.
ROLE_HEADS: Final = _words(
    """
    president, vice-president, president-elect, premier, chancellor, minister, secretary,
    secretary-general, adviser, advisor, spokesman, spokeswoman, spokesperson, spokespeople,
    director, director-general, chief, chairman, chairwoman, chairperson, chair, leader, dictator,
    ruler, strongman, senator, sen, rep, representative, congressman, congresswoman, lawmaker,
    legislator, mp, governor, gov, mayor, general, gen, admiral, adm, colonel, col, lt, lieutenant,
    commander, captain, capt, sergeant, sgt, marshal, major, ambassador, envoy, emissary,
    negotiator,
    king, queen, prince, princess, emperor, empress, pope, ayatollah, sultan, emir, sheikh, speaker,
    judge, justice, attorney, attorney-general, prosecutor, lawyer, officer, official,
    analyst, correspondent, reporter, editor, columnist, journalist, commentator, anchor, host, ceo,
    cfo, coo, founder, co-founder, owner, head, deputy, coordinator, aide, commissioner, inspector,
    sheriff, professor, prof, dr, doctor, economist, researcher, fellow, expert, scholar, historian,
    author, writer, diplomat, activist, businessman, businesswoman, tycoon, oligarch, billionaire,
    executive, manager, national, citizen, resident, dissident, defector, campaigner, candidate,
    nominee, superintendent, councillor, councilor, councilman, councilwoman, mogul, boss, premier, sir, dame,
    lord, lady, rev, reverend, cardinal, bishop, archbishop, rabbi, imam, cleric, warlord,
    commander-in-chief, sister, brother, wife, husband, son, daughter, father, mother, uncle, aunt,
    nephew, niece, cousin, widow, widower, partner, girlfriend, boyfriend, ally, rival, successor,
    predecessor, heir, protege, confidant, chargé, consul, attaché, democrat, republican,
    libertarian, committeeman, committeewoman, nominee, frontrunner, front-runner, hopeful, challenger, incumbent,
    pastor, preacher, comedian, alderman, alderwoman, councilmember, supervisor, whip, co-anchor, advocate, administrator, treasurer,
    comptroller, controller, auditor, ombudsman, provost, coroner, chaplain, trustee, registrar, defender,
    striker, midfielder, goalkeeper, winger, referee, umpire, jockey, batsman, bowler, quarterback,
    parent, voter, witness, survivor, neighbour, neighbor, retiree, pilot, taoiseach, tánaiste, gp,
    tanaiste
    """
)

# Lower-case words that may stand inside a title before a name: "Biden administration spokesperson".
ROLE_MODIFIERS: Final = _words(
    """
    administration, state, foreign, defense, defence, security, national, deputy, vice, former,
    senior, top, press, chief, prime, assistant, acting, interim, military, intelligence,
    government, party, opposition, finance, economy, economic, trade, campaign, communications,
    policy, union, media, supreme, longtime, veteran, exiled, then, council, house, affairs,
    department, ministry, agency, army, navy, air, force, forces, special, presidential, executive,
    general, principal, senior, junior, permanent, regional, federal, local, central, national,
    international, group, company, bank, nuclear, energy, health, justice, interior, treasury,
    parliamentary, majority, minority, republican, democratic, labour, conservative, liberal,
    white, house, public, chief, spy, defence, war, peace, arms, control, human, rights, climate,
    development, foreign-policy, national-security, communist, ruling, state-run, de facto, wagner,
    mercenary, paramilitary, navy, marine, marines, coast, guard, police, border, customs,
    ukrainian, russian, american, chinese, north, south, korean, former, late, home, shadow,
    election, education, transport, environment, culture, business, technology, science, industry,
    employment, pensions, housing, immigration, agriculture, schools, sport, sports, tourism,
    commerce, labor, communities, homeland, veterans, presumptive, county, retired
    """
)

# Last words of organisation names.
ORG_SUFFIXES: Final = _words(
    """
    department, council, office, bros, brothers, group, agency, ministry, administration, house, association,
    service, services, committee, commission, party, army, forces, force, corps, bank, fund,
    company, corporation, corp, inc, ltd, llc, plc, university, institute, institution,
    foundation, organization, organisation, union, court, parliament, congress, senate, assembly,
    bureau, command, network, times, post, news, press, journal, images, today, review, monitor,
    guardian, telegraph, media, broadcasting, channel, radio, tv, television, daily, herald,
    tribune, constabulary,
    gazette, observer, independent, economist, reuters, kremlin, pentagon, treasury, cabinet,
    police, navy, guard, board, authority, centre, center, league, alliance, coalition, movement,
    front, brigade, battalion, regiment, division, directorate, secretariat, embassy, consulate,
    mission, forum, club, airlines, airways, industries, holdings, group, limited, commission,
    nations, community, federation, bloc, caucus, administration, government, republicans,
    democrats, reserve, exchange, intelligence, academy, school, college, hospital, church,
    society, trust, partners, capital, tank, watch, project, initiative, program, programme,
    council, chamber, guards, agency, staff, unit, squad, cartel, regime, junta, studios, records,
    dynamics,
    systems, technologies, motors, energy, petroleum, oil, gas, airlines, railways, network, post,
    international, convention, conference, campaign, research, insider, politics, studies, klan,
    parenthood, sachs, foundation, institute, fund, lab, labs, review, magazine, quarterly, weekly,
    register, globe, examiner, inquirer, chronicle, courier, dispatch, bulletin, sports, chiefs,
    solutions, matter, theatre, theater, museum, library, music, entertainment,
    brands, foods, pharmaceuticals, electronics, communications, software, bancorp, stores,
    productions, publishing, ventures, securities, investments, insurance, brewery, distillery,
    books, water, academical
    """
)

# First words of organisation names written "X of ...": "Office of Foreign Assets Control".
ORG_PREFIXES: Final = _words(
    """
    office, department, ministry, bank, university, institute, council, committee, commission,
    board, bureau, house, court, league, organization, organisation, federation, union, church,
    academy, college, school, center, centre, federal, central, national, united, royal, state
    """
)

# Nouns that end a description of an organisation: "a mercenary firm", "a private military company".
ORG_NOUNS: Final = _words(
    """
    firm, company, group, organisation, organization, agency, outlet, newspaper, channel, network,
    party, militia, army, unit, contractor, bank, body, institute, think-tank, tank, broadcaster,
    coalition, alliance, movement, faction, regime, government, ministry, department, office,
    council, association, union, charity, fund, startup, maker, manufacturer, producer, exporter
    """
)

# Names that are organisations on their own, among them banks and indices whose names read as a
# person's ("Morgan Stanley", "Dow Jones": no one in the news bears them).
ORG_NAMES: Final = _words(
    """
    kremlin, pentagon, treasury, congress, parliament, senate, nato, iaea, imf, opec, wto,
    fbi, cia, nsa, kgb, fsb, gru, sbu, mossad, reuters, afp, ap, bloomberg, xinhua, kcna,
    yonhap, interfax, tass, ria novosti, sputnik, getty, shutterstock, hamas, hezbollah, taliban,
    isis, wagner, rosatom, gazprom, bbc, cnn, nbc, cbs, abc, msnbc, npr, pbs, oan, rt, al jazeera,
    politico, axios, nikkei, knn, nk news, the hill, newsmax, breitbart, euronews, dw, ft,
    the times, the washington post, the new york times, associated press, the associated press,
    press association, white house, downing street, elysee, bundestag, duma, state duma, knesset,
    supreme court, state department, foreign office, home office, defense department, department of
    defense, department of state, united nations, european union, security council, nsc, ofac,
    dprk government, democrats, republicans, gop, dnc, rnc, twitter, facebook, google, youtube,
    instagram, tiktok, apple, amazon, microsoft, citizens united, social security, morning joe,
    goldman sachs, morgan stanley, merrill lynch, lehman brothers, bear stearns, smith barney,
    dow jones, berkshire hathaway, wells fargo, jp morgan, jpmorgan, jp morgan chase,
    jpmorgan chase
    """
)

# Photo and news agencies: organisations, never people, even in captions ("AP Photo/Patrick X").
PHOTO_AGENCIES: Final = _words(
    """
    getty images, getty, ap, afp, reuters, epa, shutterstock, alamy, ap photo, afp photo, sputnik,
    xinhua, kcna, yonhap, tass, pool, anadolu, sipa, zuma, abaca, eyevine, rex, bloomberg, pa,
    pa wire, press association, associated press
    """
)

# Countries, capitals, big cities and regions that come up in international news.
PLACES: Final = _words(
    """
    afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
    azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
    bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon,
    canada, chad, chile, china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus,
    czech republic, czechia, denmark, djibouti, dominica, dominican republic, ecuador, egypt,
    el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia,
    georgia, germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary,
    iceland, india, indonesia, iran, iraq, ireland, israel, italy, jamaica, japan, jordan,
    kazakhstan, kenya, kiribati, korea, north korea, south korea, kosovo, kuwait, kyrgyzstan, laos,
    latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar,
    malawi, malaysia, maldives, mali, malta, mauritania, mauritius, mexico, micronesia, moldova,
    monaco, mongolia, montenegro, morocco, mozambique, myanmar, burma, namibia, nauru, nepal,
    netherlands, new zealand, nicaragua, niger, nigeria, north macedonia, norway, oman, pakistan,
    palau, palestine, panama, papua new guinea, paraguay, peru, philippines, poland, portugal,
    qatar, romania, russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles,
    sierra leone, singapore, slovakia, slovenia, somalia, south africa, south sudan, spain,
    sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania,
    thailand, togo, tonga, trinidad, tunisia, turkey, turkiye, turkmenistan, tuvalu, uganda,
    ukraine, united arab emirates, uae, united kingdom, uk, britain, great britain, england,
    scotland, wales, united states, us, usa, america, uruguay, uzbekistan, vanuatu, vatican,
    venezuela, vietnam, yemen, zambia, zimbabwe, dprk, prc, rok, soviet union, ussr,
    kabul, tirana, algiers, buenos aires, yerevan, canberra, vienna, baku, minsk, brussels,
    sarajevo, brasilia, sofia, phnom penh, ottawa, santiago, beijing, bogota, havana, nicosia,
    prague, copenhagen, cairo, tallinn, addis ababa, helsinki, paris, tbilisi, berlin, accra,
    athens, budapest, reykjavik, new delhi, delhi, jakarta, tehran, baghdad, dublin, jerusalem,
    tel aviv, rome, tokyo, amman, astana, nairobi, pristina, riga, beirut, tripoli, vilnius,
    kuala lumpur, mexico city, chisinau, ulaanbaatar, podgorica, rabat, kathmandu, amsterdam,
    the hague, wellington, abuja, skopje, oslo, islamabad, manila, warsaw, lisbon, doha,
    bucharest, moscow, riyadh, belgrade, bratislava, ljubljana, mogadishu, pretoria, seoul,
    madrid, khartoum, stockholm, bern, geneva, zurich, damascus, taipei, dushanbe, bangkok, ankara,
    istanbul, ashgabat, kyiv, kiev, abu dhabi, dubai, london, washington, washington dc, d.c.,
    tashkent, caracas, hanoi, sanaa, pyongyang, vladivostok, st petersburg, saint petersburg,
    kharkiv, kherson, odesa, odessa, lviv, dnipro, zaporizhzhia, mariupol, bakhmut, donetsk,
    luhansk, donbas, donbass, crimea, sevastopol, belgorod, kursk, rostov, siberia, kaliningrad,
    chechnya, new york, los angeles, chicago, san francisco, shanghai, hong kong, osaka, busan,
    europe, asia, africa, north america, south america, latin america, middle east, the west,
    east asia, south-east asia, southeast asia, central asia, eastern europe, western europe,
    korean peninsula, pacific, atlantic, arctic, black sea, baltic, balkans, gaza, west bank,
    kashmir, tibet, xinjiang, yongbyon, panmunjom, dmz, sea of japan, east sea, yellow sea
    """
)

# US states and cities, for American political news.
US_PLACES: Final = _words(
    """
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
    hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
    massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
    new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma,
    oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
    vermont, virginia, west virginia, wisconsin, wyoming, puerto rico, guam, new york city,
    las vegas, san diego, san francisco, san antonio, san jose, san bernardino, los angeles,
    des moines, little rock, palm beach, west palm beach, green bay, el paso, st louis, st paul,
    new orleans, salt lake city, kansas city, oklahoma city, fort worth, baton rouge, boston,
    philadelphia, cleveland, detroit, houston, dallas, austin, miami, atlanta, seattle, denver,
    phoenix, baltimore, milwaukee, minneapolis, pittsburgh, orlando, tampa, charlotte, nashville,
    manchester, concord, columbus, cincinnati, richmond, sacramento, portland, brooklyn,
    manhattan, queens, bronx, staten island, long island, silicon valley, wall street,
    capitol hill, rust belt, bible belt, sun belt, midwest, new england, persian gulf, gulf coast,
    west coast, east coast, south florida, northern virginia, miami-dade county
    """
)

# Last words of place names: streets, buildings, regions.
PLACE_SUFFIXES: Final = _words(
    """
    street, streets, avenue, road, boulevard, square, hall, coast, park, bridge, river, valley,
    county, city, island, islands, bay, beach, mountain, mountains, lake, airport, station, tower,
    arena, stadium, hill, hills, belt, gulf, sea, ocean, peninsula, strait, canal, province,
    region, district, territory, border, plaza, palace, base, point, heights, springs, falls,
    cinema, cathedral, hotel, racecourse, velodrome, harbor, harbour, creek
    """
)

# First words of place names: "Fort Hood", "San Bernardino".
PLACE_PREFIXES: Final = _words(
    "fort, port, mount, lake, san, santa, los, las, el, st, saint, cape, new"
)

# Nouns written just before the title of a work or a brand: "children's film Mary Poppins", "the
# hit show Jerry Springer - The Opera". A name so introduced is no person anywhere in the article.
WORK_NOUNS: Final = _words(
    """
    film, movie, musical, play, show, novel, book, album, song, single, series, programme, program,
    opera, documentary, sitcom, drama, soap, comedy, thriller, magazine, newspaper, brand, game,
    blockbuster, biopic, miniseries, franchise, label, whisky, whiskey, drink, car, model
    """
)

# Names that are neither people, organisations nor places: laws, events, works, eras.
NOT_ENTITY_SUFFIXES: Final = _words(
    """
    act, plan, partnership, recession, depression, bowl, wars, war, amendment, bill, treaty,
    agreement, accord, doctrine, award, awards, prize, cup, games, olympics, series, show, tour,
    day, week, revolution, crisis, program, protocol, initiative, resolution, order, rule, law,
    poll, polls, survey, trophy, trophies
    """
)

# Other spellings of the same place.
PLACE_SYNONYMS: Final = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "dprk": "north korea",
    "kiev": "kyiv",
    "odessa": "odesa",
    "donbass": "donbas",
    "burma": "myanmar",
    "turkiye": "turkey",
    "czechia": "czech republic",
    "washington dc": "washington",
    "dc": "washington",
    "ussr": "soviet union",
}

# Adjectives of nationality: modifiers, not entities.
DEMONYMS: Final = _words(
    """
    russian, russians, ukrainian, ukrainians, american, americans, korean, koreans, north korean,
    north koreans, south korean, south koreans, chinese, iranian, iranians, syrian, iraqi, afghan,
    british, english, scottish, welsh, irish, french, german, germans, italian, spanish,
    portuguese, dutch, belgian, swiss, austrian, polish, czech, slovak, slovakian, slovenian,
    hungarian, romanian, bulgarian, serbian, croatian, bosnian, greek, turkish, armenian,
    azerbaijani, georgian, belarusian, moldovan, lithuanian, latvian, estonian, finnish, swedish,
    norwegian, danish, icelandic, israeli, israelis, palestinian, palestinians, lebanese,
    jordanian, saudi, emirati, qatari, egyptian, libyan, algerian, moroccan, tunisian, sudanese,
    ethiopian, kenyan, nigerian, south african, indian, pakistani, bangladeshi, japanese, taiwanese,
    vietnamese, thai, malaysian, indonesian, filipino, australian, canadian, mexican, brazilian,
    argentine, argentinian, chilean, colombian, venezuelan, cuban, european, europeans, asian,
    african, western, eastern, soviet, kazakh, uzbek, mongolian, nato, arab, arabs, kurdish,
    crimean, siberian, pyongyang's
    """
)

# Nouns of nationality that no adjective gives with "-man": "the Scot", "Briton Jason Gardener".
NATIONALITY_NOUNS: Final = _words(
    "scot, spaniard, briton, brit, swede, dane, pole, finn, turk, kiwi, aussie"
)

# Calendar words: never entities.
CALENDAR: Final = _words(
    """
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march,
    april, may, june, july, august, september, october, november, december, jan, feb, mar, apr,
    jun, jul, aug, sep, sept, oct, nov, dec, christmas, easter, ramadan, today, tonight,
    yesterday, tomorrow, weekend, spring, summer, autumn, fall, winter
    """
)

# Capitalised words that are not names: sentence openers, headline words, generic nouns.
COMMON_WORDS: Final = _words(
    """
    a, an, the, this, that, these, those, it, its, he, she, they, we, i, you, his, her, their, our,
    my, your, there, here, what, which, who, whom, whose, when, where, why, how, if, but, and, or,
    nor, so, yet, for, of, in, on, at, by, to, from, with, without, about, after, before, during,
    since, until, while, as, than, then, also, however, meanwhile, moreover, furthermore,
    although, though, because, despite, still, even, just, only, both, either, neither, each, every,
    all, any, some, many, much, more, most, few, several, other, another, such, no, not, yes,
    join, read, watch, listen, click, subscribe, sign, follow, share, related, advertisement,
    photo, photos, image, images, video, videos, file, credit, caption, copyright, source,
    sources, update, updated, breaking, live, exclusive, opinion, analysis, editorial, comment,
    comments, newsletter, member, members, vip, premium, home, menu, search, login, log, more,
    experts, officials, analysts, reports, report, concerns, specifics, plenty, schemes, short,
    looked, earlier, later, between, according, among, under, over, into, within, against,
    senior, former, new, old, top, first, last, next, early, late, recent, current, latest, major,
    minor, key, main, chief, big, small, high, low, long, full, half, part, one, two, three, four,
    five, six, seven, eight, nine, ten, once, twice, again, already, now, soon, ever, never,
    always, often, perhaps, maybe, indeed, instead, otherwise, thus, hence, therefore, overall,
    finally, first, second, third, last, lastly, notably, similarly, likewise, nonetheless,
    nevertheless, anyway, besides, tensions, crisis, war, deal, talks, summit, sanctions, weapons,
    arms, food, famine, missile, missiles, nuclear, military, government, state, states, country,
    countries, nation, nations, people, world, news, story, stories, day, week, month, year, years,
    time, times, axis, evil, vip, faq, q, a, ok, okay, mr, ms, mrs, dr, please, thanks, thank,
    there's, it's, that's, we're, they're, don't, doesn't, isn't, aren't, won't, can't, let's,
    yes, no, do, does, did, is, are, was, were, be, been, being, have, has, had, will, would,
    shall, should, can, could, may, might, must, say, says, said, tell, told, ask, asked,
    get, got, go, goes, went, make, made, take, took, see, saw, know, knew, think, thought,
    want, wants, like, look, looks, come, came, give, gave, use, used, find, found, keep, kept,
    let, put, set, show, shows, showed, try, tried, call, called, need, needs, feel, felt, become,
    became, leave, left, mean, means, meant, seem, seems, seemed, turn, turned, help, helped,
    start, started, run, ran, move, moved, live, lived, believe, believed, hold, held, bring,
    brought, happen, happened, write, wrote, provide, provided, sit, stand, stood, lose, lost,
    pay, paid, meet, met, include, included, continue, continued, learn, change, lead, led,
    understand, follow, stop, create, speak, spoke, read, allow, add, added, spend, grow, open,
    walk, win, offer, remember, love, consider, appear, buy, wait, serve, die, send, expect,
    build, stay, fall, cut, reach, kill, remain, suggest, raise, pass, sell, require, decide,
    pull, warned, warns, providing, according, president, minister, secretary, leader, aides,
    everybody, everyone, nobody, somebody, anyone, critics, supporters, voters, protesters,
    residents, officials, lawmakers, democrat, republican, presumptive, presidential, crooked,
    little, lyin, sources, polls, poll, dear, sir, madam, hey, oh, well, wow
    """
)

# Verbs of saying: a single capitalised word next to one is very likely a person.
SPEECH_VERBS: Final = _words(
    """
    said, says, say, told, tells, added, adds, stated, states, warned, warns, wrote, writes,
    claimed, claims, argued, argues, noted, notes, explained, explains, insisted, insists, asked,
    asks, replied, replies, announced, announces, tweeted, tweets, vowed, vows, promised, promises,
    declared, declares, acknowledged, acknowledges, admitted, admits, suggested, suggests,
    stressed, stresses, urged, urges, recalled, recalls, continued, confirmed, confirms, denied,
    denies, revealed, reveals, believes, believed, thinks, thought, predicted, predicts
    """
)

# Family names written first (Korean, Chinese, Vietnamese): "Kim" in "Kim Jong Un" is the surname.
# Family names written first that English speakers give as first names too: "Lee Child", "Kim
# Sears" are called by their last word, "Lee Sedol" by his first.
_GIVEN_NAMES_TOO: Final = frozenset({"lee", "kim"})

FAMILY_NAME_FIRST: Final = _words(
    """
    kim, lee, yi, ri, park, pak, choi, choe, jung, jeong, chung, kang, cho, jo, yoon, yun, jang,
    chang, lim, im, han, oh, seo, shin, kwon, hwang, ahn, song, hong, moon, mun, yoo, ko, ryu,
    xi, li, wang, zhang, liu, chen, yang, huang, zhao, wu, zhou, xu, sun, ma, zhu, hu, guo, he,
    lin, luo, zheng, liang, xie, tang, deng, feng, cao, peng, zeng, xiao, tian, dong, pan, yuan,
    jiang, cai, yu, du, ye, cheng, wei, su, lu, ding, ren, shen, yao, fu, zhong, nguyen, tran,
    le, pham, hoang, vo, dang, bui, sim, tan, ng, goh, teo, koh, chua, yeo, wong, leung, cheung,
    chan, lau
    """
)

# Lower-case particles inside personal names: "Ursula von der Leyen".
NAME_PARTICLES: Final = _words(
    "von, van, der, den, de, del, della, des, di, da, dos, du, la, le, bin, ibn, al, el, ap"
)

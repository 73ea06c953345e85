"""Score extract_quotes' speakers on articles written for rounds 22–60 in other outlets' styles.
`labels/written_attribution.json` holds 849 articles of our own (none from any data set): twelve in
the style of Washington long-form reporting and twelve in that of a conservative web outlet (tweets,
"told Fox News", embedded posts, "according to"), written for round 22, and eleven US newspaper
features, court, council, campaign and science reports written for round 23 ("us-feature-style":
long features, "said in an interview", spokespeople, families sharing a surname, several people a
paragraph, a person described, not named, before a "he"); and nine written for round 24 in the
styles of British broadsheets and sport pages, wire copy and US metro desks (nested reports, a
person described by party, place or nation, a person introduced as an object, a memo's or
statement's words); and six written for round 25 in the styles of US wire copy, a city desk,
partisan sites of the right and the left and a campaign trail ("us-wire-style", "us-city-style",
"us-right-style", "us-left-style", "us-campaign-style": two people of one gender as one subject
before a "he" or "she", an office in the possessive, a spokeswoman of a candidate, a wife who shares
her husband's surname) and four more after the first rules of that round ("us-longform-style", "us-
web-right-style", "us-local-news-style", "us-capitol-style": someone unnamed in a body, a family
sharing a surname); and ten written for round 26 in the styles of long-form newspaper reporting and
a conservative web outlet ("us-broadsheet-style", "us-conservative-web-style": a letter's, emails'
and an indictment's words, "told The Post", a bare quotation whose speaker is named after it, "he
added" after a paragraph about someone else, words someone was told, a yes-or-no question before its
answer, posts and statements); and nine written for round 27 in the styles of Washington long-form
reporting and a conservative web outlet ("round27-wapo-style", "round27-wj-style": families sharing
a surname, sources not named, court filings and emails, a role standing for a name, tweets, "per", a
quote of a quote, an op-ed's block quote) and four more after its first rules ("round27-fresh-wapo-
style", "round27-fresh-wj-style"); and twelve written for round 28 in the same two styles
("round28-wapo-style", "round28-wj-style": several senators a paragraph, "the president" beside his
wife and daughter, the Bushes, the Clintons and the Bidens, "according to X, Y said", words posted
on X or Truth Social and told to other outlets, block quotes after a colon, commentary that quotes
and then comments) and four more after its first rules ("round28-fresh-wapo-style", "round28-fresh-
wj-style"); and fourteen written for round 29 in US styles not written before ("round29-wire-style",
"round29-regional-style", "round29-tv-style", "round29-magazine-style", "round29-opinion-style",
"round29-liveblog-style": AP and Reuters copy, a council story, TV-station web copy, magazine long-
form, opinion pieces quoting others, live blogs; witnesses and officials not named, "the chief" and
"the judge", a board's letter, a readout); fifteen written for round 31 in the styles of Washington
long-form reporting and a conservative web outlet ("round31-wapo-style", "round31-wj-style":
leaders' words reported by people familiar with talks, two brothers and a mother sharing a surname,
two senators or two mayors sharing a role, a pronoun after two men, a letter split across
paragraphs, a memoir quoting its subject, a newspaper's editorial, a readout; posts and reposts, a
TV host's question, outlets reporting aides' words, a joint statement of two senators, block quotes
after a colon, the writer's asides); and ten written for round 32 in US styles ("round32-metro-
style", "round32-sports-style", "round32-campaign-style", …: a speech verb opening its sentence,
"Said Marta Velez, …, “…”", "Added Pike: “…”"; a named person's remark, pledge, promise or slogan
quoted beside its noun, "DeLuca’s 2023 remark that “…”", "Brandt’s “not one new tax” pledge"; and a
passive "Said to be …" and a utility's slogan that name no one) and four more with an "as" clause
after a quotation ("round32-as-clause-style": "“…,” as Okonjo told reporters") and four with
quotations listed before one clause ("round32-listed-style": "“insulting” and “out of touch …,”
Olafsen told members") and four whose subject follows an opening phrase or speaks in the progressive
("round32-opened-style": "A few weeks after the water fell, on the steps …, Ms. Caldwell promised
residents a city “…”"); and fifteen written for round 35 in the styles of Washington long-form
reporting and a conservative web outlet ("round35-wapo-style", "round35-wj-style": a "he said" after
a paragraph naming three men, a speaker's paragraphs interrupted by the writer's paraphrase of
someone else, "X's spokesman, Y, said" and "a spokesman for X said", a quotation inside a quotation,
a ruling's, a brief's, a poll's and an account's words, a quotation after a sentence whose subject
is a group, a speaker named only in the headline or a photo caption, sports and celebrity pieces,
"Asked by X whether …"); and fifteen written for round 36 in the same two styles ("round36-wapo-
style", "round36-wj-style": a "he said" after a that-clause whose subject is someone else, a photo
caption's name before a body's "he added", scare-quoted words and titles, readouts, joint
statements, "the former governor", "Asked about X, Y said:" before a quotation paragraph, "told Fox
News' Sean Hannity", "wrote X", "X tweeted", "the statement from X said"); and twelve written for
round 37 in the same two styles ("round37-wapo-style", "round37-wj-style": "There, the district GOP
Chairman X declined …", "A reporter pressed her on the numbers.", "Sean Hannity asked him whether
…", given names of either sex before a "she", a "she said" after a paragraph naming a woman of a
name of unknown gender, a Fox interview's host and guest); and fourteen written for round 38 in the
same two styles ("round38-wapo-style", "round38-wj-style": "For X, Y is …. “…,” he writes", "took to
Twitter to call Y “…”", "The paradox of X, says Y, is that she was “…”", "He declared that … Z would
…, which he called “…”", a photo credit and caption, two people of one gender of whom "one of them"
speaks, "Freedom From Religion Foundation"); and fifteen written for round 38's recall rules
("round38r-us-style": given names of either sex before a "she" or a "he", Jordan, Jess, Jean, Dana,
Alex; "When a reporter asked X …, he …" and "when I asked X"; a named asker and a woman beside the
man asked as controls; "round38r-described-style": a subject described with "the" and a person's
noun before a participle of speech, "The first-term mayor …, saying “…”"); and thirteen written for
round 39 in the same two styles ("round39-wapo-style", "round39-wj-style": two people of one gender
as rivals, a pronoun after a paragraph naming someone else of its gender, a photo credit and caption
before "he added", a quotation closed with no space before the next sentence ("!”Former"), a
participle of speech after a relative or a when-clause whose subject is someone else, "the justice"
and "the neurosurgeon", two senators of one state); and fourteen written for round 39's recall rules
("round39r-us-style": a year or a decade elided with a single mark before quotations, "said in ‘08
that", "in the ‘90s", a quoted title inside the clause framing a quotation, "“…,” Carl Brandt,
wearing a “Kasich 2016” button, said", "As X, author of “…,” put it, “…”", and a title in a clause
naming no speaker as a control; "round39r-pull-style": pull quotes signed inside their closing mark
on a line of their own, "Maya Corrigan, Working Families Alliance.\"", and a closing thanks as a
control); and ten written for round 40 in the styles of Washington long-form reporting and a
conservative web outlet ("round40-wapo-style", "round40-wj-style": "X pressed Y …. He said later",
"X, who backs Y, trashed Z on CNN, calling …", "the justice told the board", "the senator said",
"She tweeted when X closed …, remarking", "told Fox News", "told Politico", a speaker described and
never named) and four more kept fresh ("round40-fresh-wapo-style", "round40-fresh-wj-style"); and
thirteen written for round 40's recall rules ("round40r-us-style": abbreviated titles before a name,
"Adm.", "Maj. Gen.", "Cmdr.", "Supt.", "Atty. Gen.", "Brig. Gen."; a subject after ", but" or a
possessive role with an age apposition; a relative clause's "when she called"; a pronoun after a
dead president's name and a spokesman unnamed as controls) and twelve more, fresh, from which no
rule was written ("round40r-fresh": the same kinds and "A.F.L.-C.I.O." in an apposition, with a
governor named inside a relative clause and precinct numbers as controls); and fifteen written for
round 41's recall rules ("round41r-us-style": short quotations whose sentence opens with
"Meanwhile," "Still," or "Instead," or with a participle's phrase ("Pressed on …, Mayor Teresa Quill
defended …"), a nation's or a network's possessive before a titled name ("Germany’s Chancellor Hanna
Vogt hailed …", "NBC’s Dana Pruitt described …"); critics, a rival's campaign and a lobbyist named
Reed as controls) and four more, fresh, from which no rule was written ("round41r-fresh"); the code
found most of those, so five more were written on the kinds the tuned misses show, with no speech
verb in the sentence ("round41r-subject-style": "France’s President Claire Dumont heralded … as
“…”", "Meanwhile, Gov. Alan Pruitt mocked …", "Horrified by …, Villa believes in journalism that
“…”"; a delegation, viewers and a newspaper as controls), each labelled before the code was run on
it; and twelve written for round 41 in the style of Washington long-form reporting ("round41-wapo-
style": a description standing for one of two men named before it, "The developer was less careful.
Asked about …, he said", "The candidate Wexler works for, Dennis Mabry, said", "But the speaker told
Politico", words one person says another told him, a quotation after a colon closing a sentence that
names two people, an interview's questions, a statement "from the campaign", a "he" after a
paragraph of someone else's posts) and four more kept fresh ("round41-fresh"), and four more fresh
after the first fresh batch's errors had been seen ("round41-fresh2"), each labelled before the code
was run on it; and sixteen written for round 41 in the style of a conservative web outlet
("round41x-wj-style": posts and reposts with a comment, a quote-tweet, a repost of a congressman's
message, a TV or radio host's question and the guest's answer, a clip played on air, another
outlet's words and its unnamed sources', columnists of other outlets, "according to" a body, groups,
"said in a statement to The Western Journal", "As The Western Journal reported," a ruling's, a
law's, an indictment's and a joint letter's words, a judge's words brought in by "a ruling by",
speakers not said) and four more, fresh, from which no rule was written ("round41x-fresh"); and ten
written for round 42 in the style of Washington long-form reporting ("round42-wapo-style": a
quotation after a colon closing a sentence with a subject of its own, "The general was more
careful:" with one general and with two, "Fairweather’s office later released a one-line
statement:"; "The Iowan" and "The Minnesotan"; two lobbyists; "the ranking member" after "Ranking
Democrat Joan Whitacre"; a congressman, his son and his wife sharing a surname, "The elder Voss";
posts before a pronoun; a statement "from the campaign"; an interview's "The Post:" lines; nested
reports, "X said Y had told her …", given to the one who reports them, as PolNeAR's gold does) and
five more, fresh, from which no rule was written ("round42-fresh"); and twelve written for round 42
in the style of the conservative web outlet ("round42x-wj-style": a post after "wrote on Truth
Social:" and after "He added:", "Fox News reported that the candidate, X, said", "according to
Breitbart", clefts ("It was Rourke who …"), "said in a video posted to Instagram", hosts' questions
and guests' answers, a lower-case role opening a sentence ("teachers union president Carla Boone
said"), editor's notes, reader comments, captions, two men in one paragraph before a "he") and six
more, fresh, from which no rule was written ("round42x-fresh"), each labelled before the code was
run on it; and three written for round 42's recall rules in the style of a Chicago metro desk and a
fourth after the third rule was written ("round42r-tribune-style": a name with a dashed aside before
its verb, "A longtime critic -- Ald. Dennis Kowalczyk, who … -- told reporters", two roles joined by
"and" before one name, an agency or a group named by its initials as the subject of "said … “…”",
"Nothing the governor said “…,” Baca said"; two people between dashes, two named with "and", and
"Critics of the EPA" as controls) and three more, fresh, in the style of a California metro desk
("round42r-fresh"), labelled before the code ran; and five written for round 43 in the style of
Washington long-form reporting ("round43-wapo-style": a transcript's lines labelled in capitals,
"SOLBERG:" and "REP. DANA COLE:", with a surname two people share and a "COUNSEL:" as controls; a
quotation after a short sentence whose subject is another named person, "Whitcombe paused.", with a
cue's speaker as a control), labelled before the code ran; and five long-form articles written for
round 44 in the same style, kept fresh ("round44-fresh"), and ten more ("round44-wapo-style":
"Garza’s colleague, Rep. Eli Stanton, …. He said", "asked Hendry whether …. He said he had not."
before a "he told the committee", "Whitcombe and Ruiz conferred. “…”", a senator's mother, brothers
and former aides quoted in turn, "the freshman" and "the Texan" with several who fit, "the widow"
and "the donor", a judge's opinion and a state's filing, a memo quoted at length, "The memo went on:
“…”"), each labelled before the code ran on it; and two written for round 44's recall rules in the
style of a Boston metro and court desk ("round44r-globe-style": the subject of a relative clause
with no "that" on a sentence's opening noun phrase before a "he" or "she", "The budget Marchetti
sent to the council …", "The complaint Samir Haddad filed in 2019 …", with speakers named in their
own clauses as controls) and one in the style of a Florida metro desk ("round44r-tampa-style": an
age before a name, "“…,” 71-year-old Gloria Benninghoff said", "68-year-old Walter Krupski, a
retired Navy machinist …, backed …, saying it “…”", with a board's unnamed student member as a
control) and one in that of an Atlanta metro desk ("round44r-ajc-style": a document's words credited
to its author after the quotation, "according to a motion filed by District Attorney Rhonda Pike",
"according to a letter from state Sen. Marcus Webb", with an office's report and a memo "obtained
by" a newspaper as controls), labelled before the code ran; and two more, fresh, in the style of a
Denver metro desk ("round44r-fresh": a school board's and a city council's night, from which no rule
was written), labelled after round 44's rules and before any code ran on them.; and eighteen written
for round 44 in the styles of AP and Reuters wire copy and US local papers ("round44w-fresh", six,
from which no rule was written; "round44w-wire-local-style", twelve: anonymous officials and people
familiar with the matter, ages and home towns after names, aldermen and supervisors by title and
surname, two officials of one agency, spokespeople for named people, statements read out, quotes
after "— Reuters" lines, pronouns across a list of residents), labelled before the code ran.; and
six written for round 44 in the style of the conservative web outlet, fresh, from which no rule was
written ("round44x-fresh": a senator's grilling, a school board, a Newsmax segment, a governor's
leaked remarks, a primary between two women, the DOJ, the EPA and a podcast), and twelve more
("round44x-wj-style": "Fox News reported that the candidate, X, said", "Two board members — X and Y
— voted no, saying", "Ald.", bodies named by initials, TV segments with a host and two guests, "told
Newsmax", podcasts, "telling an aide", two women a paragraph), each labelled before the code ran;
and six written for round 45 in the styles of US digital natives, networks' web copy and magazines,
Axios, CNN, NBC, Fox News Digital, NPR's web stories, the Guardian US and long-form, kept fresh
("round45af-fresh"), and twelve more ("round45af-style": "Why it matters:" and "What they're
saying:" lines, "told Axios", a body named for its state ("Oregon Wild"), a body described and named
by its initials ("The pharmaceutical lobby, PhRMA,"), "a Tennessee company called Meridian Health",
"…,” according to two people on the call" after a named teller, families and spouses sharing a
surname), and twenty-four more in four batches of six written after the fresh batch's errors had
been seen ("round45af-style2" … "round45af-style5": bodies with "and", "&" or "for" in their names,
"One of those aides, Priya Nair,", a coalition "including" named members, "it said" after a body, a
kin description before "she says"), each labelled before the code ran on it; and six more written
for round 45 in mixed US styles, fresh, from which no rule was written ("round45ag-fresh": a wife
sharing her husband's surname who speaks, people familiar before a "he added", "the justice" after
two justices, an ally's apposition before a "she", a when-clause before a "she said", "the
Republican" with the party only in the headline), and four more ("round45ag-style": a son, a wife
and a sister sharing a surname, "The Democrat was less amused.", "the Republican told reporters",
two judges, a body's statement after a colon, a described apposition), each labelled before the code
ran; and six written for round 46 in mixed US styles (Kentucky, Arizona, Minnesota, Texas,
Wisconsin, Georgia), fresh, from which no rule was written ("round46ah-fresh": pronouns and kin
across paragraphs, "His wife, Bonnie,", "their mother, Irene,", "Her son Marco", two women or two
men of one family, "the Republican from Mesa", "In Frankfort, state Sen. …", "Outside, a poll worker
…", a chairman never named), and twelve more ("round46ah-style": "Her husband, Phil,", "Her
granddaughter, Jess,", "Sampson's nephew, Tyler,", "Among them was …", "In the gallery sat Pruett's
daughter, Abby,", "The delegate from Chesterfield", "The township's zoning officer said", "Her
daughter was more philosophical.", a mother and a daughter in one paragraph before a "she"), each
labelled before the code ran; and eight written for round 47 in the style of a conservative web
outlet, kept fresh ("round47-fresh-wj-style": a TV host's questions and a guest's answers in
alternating paragraphs, "In a video posted to X, Marlow said:" before a quotation paragraph, "The
governor continued,", "Dunmore went on,", "doubled down", "As Ronald Reagan once said, ‘…’" inside a
quotation, a headline, a caption and a slogan nobody speaks, numbered one-line paragraphs, "The
senator's office told the outlet", "Democrats said"), labelled before the code ran, and twenty more
in the same style ("round47-wj-style": hearings, radio, podcast and Sunday-show exchanges of
questions and answers, "In a video posted to Facebook, Sheriff Ray Montalvo said:", "The sheriff
continued,", "Castellano went on to tell the outlet", Reagan and Thatcher quoted by a candidate,
Twain by a columnist, bullet points, ads' and speeches' titles, chants, "told the Sentinel" by an
attendee not named, offices and departments), each labelled before the code ran on it; and eight
written for round 47 in the style of Washington long-form reporting, kept fresh
("round47-fresh-wapo-style": a speaker named two or three sentences before the quote, a man and a
woman introduced in one paragraph before a "he" or a "she", "X, who …, said in a statement that “…”"
before a bare quotation paragraph, a hearing's and a briefing's questions and answers, middle
initials and "Jr.", "Sr.", "III" and "IV", senior officials not named, and quotations split by "said
X, who …,"), labelled before the code ran, and twenty-six more in the same style
("round47-wapo-style": confirmation and committee hearings, a court's argument, a trial's
cross-examination and the Pentagon's, the State Department's and a governor's briefings, a senator's
question and a witness's answer in bare paragraphs, a husband and a wife or a senator of each sex
before a "he" or a "she", "Jr.", "II", "III" and a hyphenated surname, aides, officials and a
teacher not named, a report's words), each labelled before the code ran; and eight written for
round 48 in the styles of Washington long-form reporting and a conservative web outlet, kept fresh
("round48-fresh-wapo-style", "round48-fresh-wj-style": a judge's friends and rivals quoted in turn,
a sheriff's old friends and new, a county office's texts, emails and a clerk's diary, leaked emails
between two administrators, two spokespeople for a union and the railroads, economists and senators
quoted in a list after a colon, "According to a person close to X, …. That person said", quotations
inside parentheses, an exchange between a deputy and a church elder and a union's and carriers'
negotiators reported by a third, a story's last quotation given to a man named in its first
paragraph), labelled before the code ran, and twenty more in the same two styles
("round48-wapo-style", "round48-wj-style": reactions listed after a colon and split by semicolons,
"Among them: X, who said “…”; Y, who said “…”", a governor's, an education commissioner's and a
chief of staff's texts, a provost's and a president's emails, a judge's and a lawyer's exchange in
a transcript, a parent's account of her exchange with a principal, a principal's words heard only
through parents, a spokesperson for each of two agencies, "According to a person close to X" before
"That person said" and "the person said", quotations inside parentheses, a Fed chair and a
memoirist's station chief left unnamed), each labelled before the code ran. Real people's names in
round 48's articles were swapped for made-up ones, since their words are invented; and eight
written for round 49 in the same two styles on subjects little written before, kept fresh
("round49-fresh-wapo-style", "round49-fresh-wj-style": an ambassador, a foreign minister speaking
through an interpreter and "a senior State Department official, briefing reporters on condition of
anonymity"; the CDC's and the FDA's heads and an unnamed agency scientist; "Gen.", "Lt. Col.",
"Adm.", "Maj." and "Sgt. Maj." before names; a former linebacker running for the Senate; "the
Rev.", "Cardinal", "Rabbi" and "Bishop"), labelled before the code ran, and sixteen more in the same two styles
("round49-wapo-style", "round49-wj-style": a defense minister, a shipyard's president, a nominee's
questioner and a pastor set beside a long participle's aside before their verb, "South Korea’s
defense minister, Lee Jae-sung, standing beside Hendricks at a joint news conference …, sounded";
"The committee’s top Democrat, Rep. Gloria Hunt of Maryland, accused …"; "The admiral laughed"
after "Adm. Catherine Lowell"; "Vice Adm.", "Lt. Cmdr.", "Master Chief Petty Officer", a Heisman
winner and a pitcher in office, an ambassador's cable, chaplains, a rabbi and a priest sharing a
parking lot) and six more after round 49's first five rules (an interpreter, a cardinal and his
monsignor, a colonel's briefing, a sheriff's race, a rabbi's testimony, a hidden-camera video),
each labelled before the code ran on it; and eight written for round 50 in the same two styles on
subjects little written before, kept fresh ("round50-fresh-wapo-style", "round50-fresh-wj-style": a
reactor's restart and a licensing board's questions and answers, a crypto founder's deposition with
named lawyers, a rail safety board's hearing and reactions stacked with semicolons, rural broadband,
a homeschool bill, an SEC chair's hearing, an air traffic controller's video and a union's statement,
dairy farmers and a methane rule; partial quotes inside sentences about others, "wrote on X", "said
in a post", "added" and "went on" after another speaker), labelled before the code ran, and sixteen
more in the same two styles ("round50-wapo-style", "round50-wj-style": a river compact's talks, a
postal memo, Medicaid's unwinding, a red snapper trial's cross-examination, a county clerk's and a
utility's depositions, a tariff hearing, a zoning night; a gas stove rule, a school board's vote, a
border sheriff's hearing, a gun shop's license, a cancelled speaker, a church's tax bill, truckers and
an EV rule, parents' records suit: "X’s successor, Y," before a verb, "Y continued," and "went on"
after others, posts and statements stacked in one paragraph, bare questions and answers), labelled
before the code ran on them; six written for round 51 ("round51-fresh-inner": quotations inside
quotations, ‘…’ inside “…”, '...' inside "..." and British "…" inside '…': a clerk's, a manager's or
a wife's words inside a speaker's own, scare quotes and mentions inside a quotation), labelled
before the code ran on them; and eight written for round 51 in the same two styles on courtrooms,
briefings, rallies, obituaries and documents, kept fresh ("round51-fresh-wapo-style",
"round51-fresh-wj-style": a nurse's testimony on cross-examination, a river advocate's obituary
quoting old interviews, a jail records suit with a complaint and emails, a press secretary's
briefing; a candidate's rally with a chanting crowd and a heckler, a judge's order and questions, a
spokesman's "Asked whether …, he said", a rancher's obituary), labelled before the code ran, and
fourteen more in the same two styles ("round51-wapo-style", "round51-wj-style": a bribery trial's
cross-examination with "the witness said" and "the defense attorney asked", a banker's and a coach's
obituaries, a hospital's letters ("The letter continues:"), a State Department briefing, a
long-shot's town hall and a heckler, a zoning board's hearing ("the chairman asked", "the attorney
said"), a FEMA official's testimony; a town hall's chants, a court filing's emails, a Gold Star
mother's testimony, a candidate reading an opponent's posts, a deputy press secretary, a judge's
ruling and his hearing), labelled
before the code ran on them; and eight written for round 52 in the same two styles on campaign
coverage, kept fresh ("round52-fresh-wapo-style", "round52-fresh-wj-style": a debate's spin room
and a moderator's question, a senator's memoir and old interview, a primary poll and a pollster's
memo, a fired state director and a candidate's wife quoting him; a rally's chants, candidates
trading insults by surname, a surrogate caught on tape, a candidate and an anchor sparring),
labelled before the code ran on them, and twelve more in the same two styles ("round52-wapo-style",
"round52-wj-style": surrogates on tour, a senator's old book and his wife quoting him, a town hall's
question, a running mate search, delegate math, a candidate's exit and his pollster's call; insults
traded at rallies, a heckler, a pundit's meltdown on CNN, an aide's admission), labelled before the
code ran on them; and eight written for round 53 in two styles not tried before, kept fresh
("round53-fresh-wire-style", "round53-fresh-profile-style": wire copy from Congress, a federal court
and a statehouse, "said Sen. X, R-Texas", spokespeople named after their words, "he added" after two
men spoke, an office's statement; profiles and analysis following one person by "he"/"she" and
descriptions, "the former governor", "the 71-year-old", a second person of the same gender entering
mid-piece, quotes from old speeches and books, "Asked whether …, she said"), labelled before the
code ran on them, and twelve more in the same two styles ("round53-wire-style", "round53-profile-
style": a Supreme Court ruling and its dissent, an ethics inquiry, a veto override, an appeals
court's split, a judge confirmed, new maps; a speaker and his predecessor, a governor and her
lieutenant governor, a nominee's old book read back to her, a senator's old speech and his elder
colleague, two men who negotiated a debt limit, a prosecutor and her old boss), labelled before the
code ran on them; and six written for round 54 in US political news style, kept fresh
("round54-fresh-us-style": a paper whose name ends in a role noun, "The Concord Daily Leader said
Mr. Hartley had been “flattened”"; a former senator "who ran an ad calling him “…”"; "she wrote
that a judge who worries about headlines “…”"; "the senator said then" with four senators named;
"the former congressman" for a former House committee chairman; given names mis-encoded as UTF-8
read as cp1252, "JosÃ© Quintero", "FranÃ§ois Marchand"), labelled before the code ran on them; and
eight written for round 55 in the styles of Asian and Russian English-language outlets on the 2023
Russia–North Korea arms deal, kept fresh ("round55-fresh-asia-style": a Seoul wire's "Kim said in a
statement carried by the official Korean Central News Agency", a Seoul daily's experts by
affiliation with two Kims, "“…,” Kim said" after both named together left to no one, a state-media
readout with titles before names, "noted that", "stressed", a Tokyo daily, a Hong Kong daily's
ministry spokeswoman, a Moscow outlet's Kremlin spokesman, "the diplomat stressed", patronymics, a
specialist newsletter, a US wire's Pentagon briefing with a Seoul minister named Kim), labelled
before the code ran on them; and eight written for round 56 in the styles of English-language
outlets of India, Australia, Canada, South Africa, Singapore and the Gulf, a UN noon briefing's
transcript and a think tank's commentary, kept fresh ("round56-fresh-world-style": a press trust's
"(PTI)" copy and its slug, a ministry spokesperson, "Senator Wong" and "Mr Wang" for Wang Yi, "Mr
Lee" for Lee Hsien Loong, "Mr Trong" and "Mr Chinh", "Sheikh Mohamed" and "Sheikh Abdullah" of two
"bin Zayed", "Dr Al Zeyoudi", a ministry's statement, "Question:"/"Spokesman:" turns, "Xi said" as
"Xi has also been blunter", a phrase officials use), labelled before the code ran on them; and eight
written for round 57 in the styles of US political news, kept fresh ("round57-fresh-us-politics-
style": a Washington daily's analysis with many speakers and pronoun chains, a conservative web
outlet's write-up of TV interviews and posts on X, a Capitol Hill newsletter's items and "QUOTE OF THE
DAY: “…” — Rep. …", a local TV station's web copy with straight quotation marks and a husband and wife
sharing a surname, a court-beat story, a hearing's exchange of bare turns, a fact-check, and a long
profile of a senator, her father "the former governor" and her brother, with a quotation split
across paragraphs) and eight more after its first rules ("round57-us-politics-style": "the elder
Hargrove" and "the younger Hargrove", "the Louisiana Republican", two women senators, a primary's
wire copy), each labelled before the code ran on them; and eight
written for round 57 in the styles of European and Latin American English-language outlets and
wires, kept fresh ("round57-fresh-europe-latam-style": a Berlin broadcaster's Baerbock in Kyiv, a
Paris channel's Macron and "Le Pen said", a Kyiv daily's North Korean troops, a Warsaw weekly's two
Kaczyńskis, a Brussels site's "von der Leyen said" and "De Croo", a Mexico City paper's "López
Obrador said" at the mañanera, a Buenos Aires paper's "Fernández de Kirchner said" beside Alberto
Fernández, a Brazilian wire's "Lula" and "Environment and Climate Change Minister Marina Silva"),
labelled before the code ran on them; and three more in the same styles to work from after the
fresh batch was scored ("round57-europe-latam-style": "Núñez Feijóo", "Isabel Díaz Ayuso … Ayuso
said" beside Yolanda Díaz, "Van der Bellen said", "Meinl-Reisinger", "Rebelo de Sousa said",
"Luís Montenegro", "André Ventura of the far-right Chega party said"); and eight written for round
58 in the styles of US state, local and business news, kept fresh ("round58-fresh-us-state-
business-style": a statehouse bureau's budget story, a governor's race between two cousins of one
surname and their grandmother, a city council's exchange of bare turns, a business daily's earnings
call with analysts' questions, a nurses' strike notice with union and hospital spokespeople, an
editorial board's interview transcript, a public radio feature's "tells me" and "says" beside a
store named after its owner, a press release rewritten as news with "said in a statement" and "The
company said"), labelled before the code ran on them; and seven more to work from after it was
scored ("round58-us-state-business-style": a utility's rate hearing with "the senator replied", a
family orchard's "June says" and "“…,” she says", a governor's office and an auditor, a battery
supplier's call with an analyst's bare follow-up); and eight written for round
58 in the styles of British political and technology reporting, kept fresh ("round58-fresh-uk-
politics-tech-style": Westminster copy with "the prime minister, X," "the Tory co-chairman", "the
shadow chancellor", "a Downing Street spokesman", "the Lib Dem leader", "Labour’s deputy leader" and
two MPs sharing a surname; "Mr Howard" and "Mrs Howard" as two people; a select committee hearing in
single quotation marks; a council row between a councillor and his wife; technology reporting with
"Stephen Toulouse, a security manager at Microsoft, said", analysts at firms named after people and
products named like people, "Alexa", "Siri", "Cortana"; "the Bishop of Durham, Tom Wright" beside a
Ms Wright; long reported-speech paragraphs), labelled before the code ran on them; and five more
after its first rules ("round58-uk-politics-tech-style": twin MPs sharing a surname and "Ms
Eagleton" of either, "The co-chairman added", a long paragraph of reported speech, a select
committee's turns in single quotation marks, "Dame Caroline asked", a regulator and analysts at
Goldman Sachs and Morgan Stanley, a council leader and his wife, both "Cllr Birtles"), labelled
before the code ran on them; and seven written for round 59 in the styles of a Washington
broadsheet's campaign desk and a partisan web outlet on a fictional 2016 presidential race, kept
fresh ("round59-fresh-campaign-style": rallies, debates, a moderator, "told reporters aboard his
campaign plane", a candidate quoting his opponent, a surrogate quoting the candidate, tweets, TV
hosts and guests, rival campaigns' statements, polls' directors, "the billionaire", "the Vermont
senator" and "the former secretary of state" tied to a name and not, a candidate and his wife, a
governor and his son, a senator and his brother, a nominee and his son "Jr.", a former president
and his wife the nominee), labelled before the code ran on them; and four more to work from
after its first rules ("round59-campaign-style": a Sunday show's host and guests, a surrogate and
his wife both "Brantley", "Mrs. Brantley", "Mr. Calloway said, “…”", "His son Eric Whitford", a
newspaper's headline and a campaign's post that no person speaks, a debate's moderator), labelled
before the code ran on them; and seven more written for round 59, kept fresh ("round59-recallAI-fresh-
style": two people named Wang and a bare "Wang said", two sisters Lee and a "Ms Lee said", "Labour’s
deputy leader said" with and without her name, "His daughter, X, …. “He lost friends,” she said", a
widow and her son), labelled
before the code ran on them; and eight written for round 59 in the styles of Australian, Canadian, Irish,
New Zealand and Indian outlets, kept fresh ("round59-fresh-commonwealth-style": "Mr Albanese said" with
no stops, the Premier, the Taoiseach and the Tánaiste, TDs and MLAs, "told the ABC", Irish names with
"Ó", "Shri" and "ji", Indian names with initials, letters after a name) and six more to work from
("round59-commonwealth-style"), labelled before the code ran on them; and seven written for round 60
in the styles of 2016 US election coverage by a TV network's website, wire services, a regional paper
and a political newsletter or live blog, kept fresh ("round60-fresh-us-tv-wire-style": "told CNN's
Jake Tapper on", transcript lines, "a campaign aide told CNN", "said in a statement", "according to a
transcript", voters with ages and towns, time-stamped entries and "UPDATE:", the moderator's questions) and eight more to work
from ("round60-us-tv-wire-style"), labelled before the code ran on them.
Each label is a piece of one quote and the surname of its speaker (the name the text gives, where it gives no surname), or
null when the text names no one. A found quote holding a label's piece is scored against it (the
quotation inside it that holds the piece, when there is one): right
when every word of the label is a word of the predicted speaker, or both are no one.

Run: .venv/bin/python -m evaluation quotes_written [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote
from evaluation.described import described

LABELS = Path(__file__).parents[1] / "labels" / "written_attribution.json"


@dataclass
class Tally:
    """Labelled quotes, those found, given a speaker, rightly given one, and left with no one."""

    labelled: int = 0
    found: int = 0
    named: int = 0
    named_right: int = 0
    missed_speaker: int = 0  # found, a speaker labelled, none given


def _words(name: str | None) -> set[str]:
    return {re.sub(r"(’s|'s)$", "", w).lower() for w in re.findall(r"[\w’'\-]+", name or "")}


def right(label: str | None, predicted: str | None) -> bool:
    if label is None or predicted is None:
        return label is None and predicted is None
    return _words(label) <= _words(predicted)


def _holding(found: list[FoundQuote], piece: str) -> FoundQuote | None:
    """The first found quote holding the piece, or the quotation inside it that holds it (a
    piece of "‘reform’" inside “The so-called ‘reform’ …” is scored against the inner one)."""
    first = next((q for q in found if piece in q.text), None)
    if first is None:
        return None
    inner = [q for q in found if q.paragraph == first.paragraph and piece in q.text in first.text]
    return min(inner, key=lambda q: len(q.text))


def score(errors: list[str] | None = None) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for article in json.loads(LABELS.read_text(encoding="utf-8")):
        tally = tallies.setdefault(article["outlet"], Tally())
        found = extract_quotes(ArticleText(article["title"], tuple(article["paragraphs"])))
        for piece, label in article["labels"]:
            tally.labelled += 1
            quote = _holding(found, piece)
            if quote is None:
                if errors is not None:
                    errors.append(f"NOT FOUND {piece!r}")
                continue
            tally.found += 1
            if quote.speaker is not None:
                tally.named += 1
                tally.named_right += right(label, quote.speaker)
            elif label is not None:
                tally.missed_speaker += 1
            if errors is not None and not right(label, quote.speaker):
                errors.append(
                    f"{article['title'][:40]!r}: {piece!r} gold={label} got={quote.speaker}"
                    f" ({quote.found_by}, {quote.confidence:.2f})"
                )
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--errors", action="store_true", help="print every wrong or missed one")
    errors: list[str] = []
    args = parser.parse_args()
    tallies = score(errors if args.errors else None)
    for line in errors:
        print(line)
    for outlet, t in tallies.items():
        wrong = t.named - t.named_right
        print(
            f"{outlet}: {t.labelled} labelled, {t.found} found, {t.named} given a speaker,"
            f" {wrong} wrong, {t.missed_speaker} left with no one"
        )


if __name__ == "__main__":
    main()

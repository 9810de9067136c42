"""The extractor's statements against the statement gold sets of original passages.

``dev_statements.jsonl``: attribution phrasing it was not tuned on when the file was written
(unlisted cue verbs, distant pronouns, quotes spanning paragraphs, speakers after the quote,
colon-introduced quotes, „…“ and «…» marks, titles with names) plus hard negatives.
``dev_statements2.jsonl``: unnamed regional and city offices and bodies ("the governor of the
southern Mykolaiv region", "its governor", "the city administration"), national bodies left
unqualified ("the Defence Ministry", "the military", "the country's air force"), more cue verbs
(shared, remarked, specified, clarified, "was quoted as saying", ", saying: “...”"), "the report
says" and a colon quote followed by a participle. Its first score (statement F1 .433) was the
honest unseen-text figure.
``dev_statements3.jsonl``: press-conference and interview copy ("Asked whether ..., X said:",
"he went on", quotes over three paragraphs), international bodies and their officials (OCHA,
WHO, ICRC, "his spokesman"), capitals and the Kremlin as speakers, social-media cues, reported
chains ("told state radio that", "called on ... to", "denied that", "said, without providing
evidence, that"), British ‘…’, nested, «…» and „…“ quotes, "?"/"!" quotes the sentence splitter
cuts off, and hard negatives (Operation “Spiderweb”, so-called “referendums”, headlines, a Q&A
transcript). Numeric events are labelled too. First score: statement F1 .857 (P .890, R .827).
``dev_statements4.jsonl``: shapes found on real wire copy in the fourth session. Batch 1
(st4-001..026): "its governor" tied to the region in its own clause, titles after a name then
the title alone ("the Foreign Ministry spokeswoman", "the alliance's chief", "the IAEA chief",
"the head of the oblast administration"), an organisation's unnamed chief ("WHO chief"),
"A source close to Hezbollah", "A statement by the Palestinian Islamist group" (= Hamas),
"Another statement by Hamas", "Hamas' statement", bare "Central Command", the country of "the
Prosecutor General's Office", a speaker after ", but by evening", "; ..., it said", "officials"
then "the army", "the Hamas-run office/ministry", "the military" after "the IDF", the surname He,
"said shortly after that “...”" (no partial). First score: statement .569 (P .608, R .534).
Batch 2 (st4-027..032, written after batch 1's fixes, before its own): ", but he noted that",
"said to the BBC that", a colon after adjuncts, "the Ministry of Health in Gaza", "told the
Associated Press: “...”", "A person familiar with the negotiations". First score: statement
.818 (P .900, R .750). Batch 3 (st4-033..038) holds categories fixed during the real-page
rounds (a saying verb inside a quoted sentence, "told Russia’s ... agency that", "An IDF
spokesperson on Sunday evening confirmed", plural groups, "mentioned that", "the agency" after
WHO) and is a regression set only: no first score. Batch 4 (st4-039..043, a third round of
real pages, written before its fixes): "Quote from X:", "According to the head of X, NAME,
CLAUSE", a "Details:" label before "According to", "A China foreign ministry spokesperson" and
"The spokesperson" after it, a titled name with "on Sunday evening" before the verb, "...,
according to him". First score: statement .308 (P .500, R .222).
``dev_statements5.jsonl``: categories the blind everyday articles of ``dev_articles7`` failed on
(fourth session; dst5-001..035), then categories found running the extractor on real wire
excerpts (dst5-036..053), in original passages: US legislators' titles ("Republican Senator",
"Sen.", "Rep.", "Speaker"), party tags ("(D-Va.)", ", R-La.,"), "Texas Sen. X" then "He"; a
lone surname or first name before a description of the person ("Koval, the town's acting
mayor since March,", "Hanna, 39, whose husband ...,", "Yusuf, a fisherman") whose inner names
do not speak; "told Newswire" + a clause without "that"; counted and unnamed sources ("Two
industry sources", "A source in Ukraine's military intelligence", then "the source"); "As X
reported, CLAUSE"; "according to a X poll/survey/report", "analysts from X", "local
hospitals", "local and state authorities", "according to X on Nov. 3"; regional bodies placed
by a region or its namesake capital (not a town, not another country's region, "Sumy Oblast"
later in the sentence); full names with "of the" and "the command"; "He said this ...,
Ukrinform reports"; "the military" of the country opening its sentence; bare "police" after a
national force; "the N-year-old mayor"; a late office holder; "A, according to X, while B,
according to Y"; "what X called “...”"; a capital speaking ("Moscow has ..., saying");
"the statement read"; ", urging Y to Z" after another verb; "The RSF leader" scoped by
its acronym, not another body's chief; "Permanent Representative to the UN X"; "Ukraine's
Energoatom"; a clause cut before ", saying ..."; "X, in a statement on Monday, said"; "X
was cited by Y as saying"; dashed and bracketed asides before the verb ("X – speaking on
Tuesday – said"); "said a NATO military officer" and "the officer added"; "While diplomats
said"; a clause cut before ", but did not ..."; hard negatives ("As expected", "As the
governor spoke", "told Newswire about"). First score (dst5-001..022, written before any fix):
statement .382 (P .464, R .325). dst5-054..065 are second passages for the categories above,
written after their fixes to check that the rules generalise: first score .829 (P .895,
R .773), then fixed ("Estonia briefly closed ...", "data compiled by X", "The Houthis ...
The group", "said a witness", "said an aid worker", "the ministry of finance").
The whole file on the unfixed extractor (commit 504d38d): .416 (P .562, R .330).
``dev_statements6.jsonl``: categories the blind everyday articles of ``dev_articles8`` failed
on (fifth session), in original passages: a person named, then "the former Finnish prime
minister" (not the current holder), "the 65-year-old diplomat" or "The 46-year-old" (the
person introduced with that age); "the group" after a sentence opening with a named body
("The PKK did not respond ..."); "asked residents to ..." as an appeal (not "who asked not
to be named", "asked about"), and an appeal whose addressee carries ", which ...,"; "The
Houthi-run health ministry (in Sanaa)" with no body named before keeps its description; a
sentence opening "Its Defence Ministry" after one naming the country; "..., according to
two people familiar with the document" (the count dropped); "cautioned that"; bare
"prosecutors" after a named prosecutor's office; "declared Saturday a day of mourning" (an
act, no statement); names with an inner article before an appositive ("The Institute for
the Study of War, a research group ..., said in its daily assessment that"); a trailing
"reminded"; "a deputy commander, Captain X" is no commander; "the central bank" placed by
its sentence's country; "Residents and a fishermen's union said" and "Vilnius and Riga
said" (one statement each); "according to a survey by X published on Monday," and "a study
by X"; "Officials had initially said"; TASS style "the head of the region specified" (the
governor introduced before) and "According to him, ..."; "“...,” the governor of the Sumy
region said"; "named the strike ... and assured (residents) that"; "The brigade's press
officer" after "the 47th Separate Mechanized Brigade". Hard negatives: an indefinite "A
former Estonian prime minister", an age with nobody speaking, "Residents asked about",
"declared the village a disaster zone", "Heavy rain and strong winds ..., and the port
authority said". First score, each batch written before its fixes: dst6-001..019 .565
(P .650, R .500); the whole file (dst6-001..045) on the unfixed extractor .495 (P .591,
R .426).
``dev_statements7.jsonl``: categories the blind everyday articles of ``dev_articles9``
failed on (sixth session), in original passages: a body resolved by a special path
("Ukraine's Prosecutor General's Office", "Russia's Defence Ministry, in its daily briefing,
said") and then "the office" / "the hospital" / "the ministry"; "A, X said, and B" where B
opens with a count of its own (a continued tally is still X's; "..., the mayor said, and
walked back" and "..., the navy said, and no injuries were reported" are not); "Ukraine's
military spokesman for the southern grouping, NAME," (the name after a title's complement);
"The Washington-based think tank" (the research body named before; not "A Berlin-based think
tank"); "according to the U.N. X office, which says ..." (one "UN" spelling, the whole
name); "said in its evening summary that" and "the summary said"; "the canal authority"
after "the Panama Canal" (not "the port authority"); "His administration said" after a
governor (his region's administration); "Medics at X Hospital in Y said" (the group, as
art8-05 settled) and then "The hospital said" (X Hospital); "A said C1, while/whereas B said
C2" (two statements); hyphenated titles of translated copy ("the press-secretary of
Rosaviatsia X", "The vice-premier X"); "A survey by X released on Tuesday found/showed that
C" (an indirect statement by X); a time adverbial opening the sentence without its comma
("Later in the day the governor said", "On Sunday the Kremlin said"); translated "X told
about <a report of six words or more>" (X's statement); "the ministry said" after "Defence
Minister X said" (the minister's ministry, of the country before the title, of an opening
"In Warsaw," or of the dateline), and "the finance ministry" never a defence ministry named
before; an "and" inside a body's name ("Ukraine's National Security and Defence Council",
"The Ministry of Energy and Environment"; "Hamas and Islamic Jihad" stay two). Hard
negatives: "The office of the mayor was closed", a think tank that says nothing, counted
clauses with nobody speaking, "The deputy-minister's visit ... was postponed",
"Investigators found that ...", "On the day the ceasefire began the streets ... were quiet",
"told about the night attack", "told Newswire about the repairs but gave no details". First
score (dst7-001..009, written before any fix): .500 (P .600, R .429); dst7-010..042 were
written after the fixes of their categories (to check that the rules generalise); the whole
file after the fixes: .972 (P .981, R .963), "The Royal United Services Institute, a
London-based think tank, said" and "The health ministry said" after "In Warsaw, Finance
Minister ..." (labelled "Polish health ministry", found unplaced) remaining misses. The
whole file on the unfixed extractor (commit fc61e17): .522 (P .632, R .444).
``dev_statements8.jsonl``: categories found running the extractor on real wire excerpts
(Kremlin and White House briefings, U.N. Security Council coverage, Houthi and Gulf copy,
Ukrainian regional and TASS-style translated copy; seventh session), in original passages:
envoys named by their country ("Vassily Nebenzia of Russia said", "according to Ambassador
X of the United Kingdom"); a trailing TASS "..., X informed."; translated "In his/her words,
CLAUSE" (the person before, also when the clause names another person, and a following "he
added"); "This was stated by X ..., <outlet> reports" after a sentence with its own cue (no
statement by the outlet); manner adverbs before the verb ("firmly stated", "flatly denied",
"publicly said", "bluntly told"); "stated, “A,” and explained, “B.”" (two direct quotes);
a lower-case body's publication ("according to canal authority data", "grid operator
data"); a relative clause of saying with a pronoun speaker ("..., which he said had held
..."); "A senior Pentagon official said" after "Ukraine's head of military intelligence,
Kyrylo Budanov," (a new unnamed speaker, not the titled person named before; "The official"
still is him). Hard negatives: "NAME of Kharkiv", "University of Lviv", "were not informed", "In
other words", adverbs with no verb of saying, "The army data centre", "which he crossed".
dst8-001..016 were measured before their fixes, dst8-017..025 written with theirs; the whole
file on the unfixed extractor (HEAD at the start of the session): .381 (P .667, R .267);
after the fixes .983 (P 1.000, R .967), "Nicolas de Riviere" (a lower-case particle inside
a name) remaining a miss.
``dev_statements9.jsonl``: categories found running the extractor on ~30 real pages of
other conflicts and briefings (Kremlin and Iranian foreign ministry briefings, Houthi and
Saudi-coalition spokesmen, Sudanese army, RSF and medics, U.N. Geneva briefing notes, the
IAEA, Lebanon's health ministry, IDF spokesmen, AFP/Reuters/Ukrinform copy; eighth
session), in original passages: participles of saying after a non-saying verb ("accused
..., stating in a statement that", "criticised ..., arguing that", "described the talks as
“useful,” emphasising that"; not after a trailing "X said", and not ", warning that");
"repeated/reiterated that", "appealed to Y to Z", "complained that"; a platform in marks
("wrote on “X” that" is no quote); an outlet in marks ("According to “Sudan Tribune,”",
"“Al-Taghyeer” reported that"); a reporter or correspondent by outlet ("Al Jazeera's
Hamda Salhut", "Al Arabiya's correspondent in Khartoum"); "according to a statement
released (on) Saturday by X" and "the statement said"; "the civilian-led/volunteer-run X";
U.N. briefing notes ("Jens Laerke, for OCHA (OCHA), said", "NAME, a senior officer at X
(ACR), who ..., said", "NAME, Senior Communications Advisor, ORG (ACR), said", "NAME for
UNICEF said", "said Mr. Laerke", "Ms. Wateridge stressed"); "As Ukrinform earlier
reported, X said that C" (X speaks, the outlet relays); "The Lebanese Ministry of Health"
(the health ministry's canonical form); "According to the speaker" and "the Houthi
representative" (the person who spoke just before); "confirmed C" without "that" (a finite
verb soon, no noun object); ", calling the area “...”" (a partial beside the clause);
"denied media reports that C" (no statement of C); "declared X “free” after ..." (a
partial only); "“...,” Col. X, spokesman for Y, said Thursday" (no weekday speaker); "The
X (ACR) paramilitary group denied ..., AFP has reported"; "On the hostages, he said,
“...”" (a topic, no clause); "He said, “...,” according to a report by X"; "..., according
to a statement posted on its Telegram channel" (cut from the clause); "Regarding X, NAME
...". Hard negatives: "The Director General of the IAEA, NAME, after ..., warns of",
quoted platforms, "Col. NAME, a retired officer, now runs", "When the sirens sounded, the
UNICEF team", "denied media reports about", "emphasized the pressure ...", "said
Wednesday's communique". First score (dst9-001..034, written before any fix): .506 (P .656,
R .412); dst9-035..047 were written after the first fixes (to check that they generalise)
and scored .667 (two of their misses were slips in the passages, corrected: a group's name
with "group" and a surname never given in full). dst9-048..068 back the fixes of the
statement errors of the blind everyday set ``dev_articles10`` (written after those fixes):
live-blog entries ("14:20 GMT - X says ...", "..., the council says." after a stamp,
"UPDATE: Odesa's regional administration has lifted ..., saying"), "The IDF now says", "X
says A and calls on Y to Z", "and called on both sides to", "said the night's attack
proved that C" (the inner "that"), "..., and he repeated his call" (cut), "according to the
energy ministry" under a "KYIV," dateline, "Warsaw has asked its allies for money to ..."
(no appeal), "said in a string of posts between midnight and dawn that", "the Association
of X", "the governor specified" when another governor is named later, "the Ministry of
Defence of the Russian Federation", "A; according to X, B", "A, the army said, while B,
residents said", "In neighbouring Mali, the army said" (not the army remembered from
Burkina Faso), ", without giving details" (cut), "claimed responsibility in a video ...,
saying", "Taras, a 27-year-old gunner" (a lone name with an age, not the later "Gen. Taras
Kovalenko"), "A paramedic with the call sign Vesna said", "Lawmaker X", "the regional
emergency service in Kharkiv", "X (Renaissance) called on" (a party tag), "said the
Frenchman", "A spokesperson for UNIFIL, the U.N. peacekeeping force ..., said", "the
military" after "The Israel Defense Forces said", "the spokesman said" after "A spokesman
for the shipping company, X, said", "according to two shipping industry sources", "the
European Union's Aspides naval mission", "Doctors Without Borders", "Amina, a 42-year-old
nurse ..., said by telephone that". They scored .919 when written (a slip in one passage,
corrected, and "the Frenchman"). dst9-069..071 back fixes from a last round of real
pages (written with them): "told Russian outlet Zvezda C", "told the newspaper Izvestia
C", "Sources close to the Kremlin also told the agency C", "told the outlet C". The whole
file (71 passages) after the fixes: 1.000.
``dev_statements10.jsonl``: categories the blind everyday articles of ``dev_articles11``
failed on, and misses left on real pages (ninth session), in original passages: a short
time adverbial before a pronoun without its comma ("Earlier in the day he had said that",
"Later he said", "Afterwards he told reporters that"); a trailing adverb after the verb
("..., Ukrenergo said separately/afterwards/again/subsequently"); "the ambulance service"
after Magen David Adom (a body the table describes, by its alias "Magen David Adom ambulance
service"); a clause without "that" whose subject runs past twelve words ("said talks on
... and the release of ... had made"); "said in the morning/afternoon/evening that"; "the
medical group" / "the rights group" after a named civilian body (never the armed group the
story is about; Amnesty International, Human Rights Watch, Save the Children in the table);
"..., the summary/bulletin said" after a bulletin's tally lines ("Total: ..." names
nobody); a group placed by a city ("traders in Hamburg", "according to officials in
Kyiv"); an appeal cut before ", warning that"; East Asian names written surname first and
introduced outside a cue ("Wu Qian ... made the remarks. Wu said"); a source's name glued
before a scraped sentence ("SadaNews - Sudanese army sources said"); a name in quotation
marks inside a subject ("The “Coordination of Resistance Committees” in El Fasher said",
"The “Emergency Lawyers” group said", no partial quote); ", which the RSF said was ..."
inside another speaker's clause; mismatched quotation marks (“...," and "...”); "Alexander
Stubb met ..." (a verb after a name is no modifier of a head). Hard negatives: an adverbial
with no verb of saying, a placed group that says nothing, a source prefix before a
sentence with no speaker, a surname-first name in a possessive, "The ambulance service
opened". First score (dst10-001..040, written before any fix): .382 (P .520, R .302); .406
(P .560, R .318) after one slip in a label was corrected before measuring again (a second
statement, ", saying that" after "urged"; "RSF" for an acronym the passage never spells out
was corrected after the fixes). dst10-041..054 were written after the fixes (to check
that they generalise) and scored 1.000. The whole file after the fixes: 1.000.

``dev_statements11.jsonl``: categories found running the extractor on ~30 real pages in
styles the earlier rounds covered less (AP/BBC attribution before the quote, NYT/CNN/AP
anonymous sourcing, Times of Israel and Al Jazeera live pages, Kyiv Independent, Ukrinform,
Babel and Interfax-Ukraine, TASS, Anadolu, Chinese foreign ministry briefings, Gulf and
Israeli outlets' interviews; tenth session), in original passages: counted and unnamed
sources after the clause or opening it ("..., one US official said", "two people familiar
with the talks said", "three officials briefed on the negotiations said", "A Western
diplomat who asked not to be identified said", "..., said a diplomat who asked not to be
named because ...", "who spoke on condition of anonymity"); "according to a senior U.S.
official" (an article before a lower-case rank) and "the official" after it; Arabic names
with "bin" and the honorifics "Prince"/"Sheikh" after a title ("Qatar's prime minister
Mohammed bin Abdulrahman Al Thani", "Foreign Minister Prince Faisal bin Farhan"); "This was
reported to Ukrinform by the spokesperson for X, NAME" (an outlet before "by", the name
after a complement); "Member of X NAME stated this on ..." and "Head of X, NAME, said this
on Telegram" (the sentence before is the statement, the title no clause); "MK" and a
multi-word party tag ("MK Ram Ben-Barak (Yesh Atid)", also after an inverted "said");
"he assures". Hard negatives: unnamed people and titled names that say nothing, "This was
reported in the previous edition", a party-tagged MK who only votes. First score
(dst11-001..036, written before any fix): .500 (P .800, R .364). dst11-037..042 hold
categories found on more real pages and fixed before they were written (regression only):
"a source close to X tells Reuters", "According to Xinhua, X said C" (X speaks, the outlet
relays), "said firmly this morning that", "Title, NAME, announced this on Telegram,
Ukrinform reports". dst11-043..048 were written before their fixes: ticker lines ("Senior
Hamas source to Al Mayadeen: CLAUSE"), "X was blunt: “Not fully.”" (a direct quote after a
colon), "The Residents' Council in Majdal Shams, a local Druze body, said" (still missed);
first score .333 (P 1.000, R .200). dst11-049..053 hold categories from a last round of
real pages, fixed before they were written (regression only): "X said on X and added: “...”"
(no clause "and added"), "according to a person familiar with the matter who requested
anonymity" (the relative clause cut), "sources with (direct) knowledge of the talks". The
whole file after the fixes: .989.

``dev_statements12.jsonl``: categories found running the extractor on ~15 real pages of
kinds the earlier rounds covered less (court and prosecutors' statements, ICRC/UNHCR/HRW/
Amnesty releases, Indian parliament replies and MEA statements, posts on X and Facebook,
North Korean and Chinese officials, paragraph quotes after "In his words:"; eleventh
session), in original passages: "General Prosecutor NAME" and "Minister of State for
External Affairs Kirti Vardhan Singh" (a title with a complement before a three-word
name; "Singh" later is him, never "Affairs ..."); "X described ... as “...”" after "In a
written reply to the Rajya Sabha," (the titled person, not the body in the opener);
"Tuesday's prosecutor's statement alleges that" and "The statement said" (the prosecutor's
office named before; "alleges"/"asserts" as cues); "the XP Division / press service of the
Ministry of X" (the ministry); "With a pointed tone, X emphasised, “...”" (the opener is no
clause); "Authorities in India" (placed like "officials in Kyiv"). Also the misses the
previous round left: "The Residents' Council in Majdal Shams, a local Druze body, said"
(a local council keeps its town), "Adviser to the head of the Presidential Office NAME"
(also after "according to a briefing by"), "Speaking to Anadolu, the official said" with
no official named before ("official"). Hard negatives: "A woman identified by prosecutors
as ...", a statement that is only posted, "Prosecutors ... have not commented". First
score (dst12-001..027, written before their fixes, after the previous round's misses were
fixed): .750 (P .805, R .702), two label slips corrected afterwards ("called for" a noun
and "rebutted the charge that C" are no statements, as in earlier sets); dst12-028..030
(negatives) were added after the fixes. Later fixes: "NAME, Country's/the TITLE," registers
NAME as the holder ("According to the minister", "The spokesman added"), "Slovakia's general
prosecutor" with no holder named is the "Slovak general prosecutor" (as bodies are named),
"In his/her words:" as a paragraph before a quote paragraph (the speaker of the sentence
before). dst12-031..037 were written after the fixes, in other wording, to check that they
generalise. The whole file after the fixes: .972. Left: a lone surname never given in full
as a pronoun antecedent ("Jaishankar ... he reiterated"), "X, sources said, appealed for",
"the minister is heard saying in the clip".

``dev_statements13.jsonl``: categories found running the extractor on ~35 real pages of
Gaza-talks, Kremlin-briefing, Ukrinform, Kyiv Independent, Xinhua, Anadolu, AFP Lebanon and
Sudan copy (twelfth session) and the errors of the blind sets ``dev_articles13``
(statement-heavy international copy) and ``dev_articles12`` (numeric-dense Ukraine copy), in
original passages: a leading "X has told/informed Y that C" inside a clause with its own
trailing source ("..., a Lebanese official told AFP": the official's; after "X said that C"
the trailing "a source told RIA Novosti" only relays X); "informed Y of Z" is an act, not a
cue; "Sources close to the Doha negotiations (had) said"; "However, X said on Monday no
..." (a lone opener is no clause) and ", after Hamas said C" (a second statement); "the
statement from his office said, later adding that"; "the statement released Sunday by the
Foreign Ministry added"; "a Palestinian official close to the group told AFP Thursday,
despite ..."; "official based in Gaza"; "NAME from Hamas' political bureau said"; "told The
Times of Israel"; "NAME, a Hamas official and adviser to X, said" (NAME, not X); "thanked
... but reiterated that"; "and also stressed that “...”"; a lone surname never given in
full as a pronoun antecedent ("Jaishankar met ... He said", never a sentence-initial plural
like "Talks"); ", but cautioned that C" (a second statement); "the official said" after "An
Egyptian official familiar with the talks"; "A spokesperson for the ship's Greek manager"
and then "The company"; "In Warsaw, the Defence Ministry"; "according to U.S. officials"
("US officials", as titled officials already were); "Geneva-based traders"; "delegates who
attended the session said"; ", as Sudanese health officials reported that C"; "Local
officials in Kelkit"; "a nurse at the regional hospital said"; "farmer NAME, 61, said";
"Irini, the EU's naval operation in the Mediterranean, said"; ", whose fighters had vowed"
(no speaker); "the state's health ministry" (the state named before); "During the summer
clashes Azerbaijan said"; "capitals, which say C"; "X informed that C"; "This was informed
by X" and "This assessment was given by X"; "Minister for Communities Development NAME"
(the complement is no given name); "the head of the region" after a long sentence naming
the governor; "Over the past week, the ministry said, C" and "At the same time, he
emphasized, C"; "Earlier in the week police had said"; "calling again on"; "the report
says" / "the post read" after the speaker's earlier attribution; "the National Agency"
after its full name; "the administration's evening summary"; "Kharkiv's metro"; "Title NAME
announced this on Telegram, Ukrinform reports" after an unattributed sentence (NAME's;
Ukrinform's own when the sentence before had a speaker, as in dst5-019); "A medical source
at Omdurman's Al-Nau Hospital told Xinhua on condition of anonymity that"; "NAME, in a
telephone conversation with X, said"; "According to NAME, who heads X, C"; "officials on
both sides said, the first such exchange"; "the German chancellor", "the British prime
minister" (table roles); "Executive Director of the World Food Programme (WFP) NAME said"
(a bracketed acronym inside the title); "Hungary's Foreign Minister said" ("Hungarian
foreign minister"); "The bureau noted" after "Lithuania's National Security Bureau"; "This was
stated on Friday at a briefing by X"; "As the EU foreign policy spokesperson NAME said on
Monday, C"; "the French Ambassador to the United Nations Jerome Bonnafont" (and "Nicolas de
Riviere", "von der Leyen": name particles); "the forum stated" after "The Hostages and
Missing Families Forum held a rally" (a body named in a sentence without a cue, "and"
inside its name); "Mr Defrin" (a British courtesy title without its point); "In a
separate attack on Monday, ..., the ministry said" in an
article with quotes elsewhere (a manner opener only matters before a quote). Hard
negatives: a place opening a sentence before "He said nothing", "thanked ... and left", "In
a related development, NAME, TITLE, warned of shortages" (no clause). First score
(dst13-001..025, written before any fix, on the unfixed extractor): .500 (P .818, R .360);
.579 with only the pronoun-antecedent fix. dst13-026..075 back the fixes for
``dev_articles13``/``dev_articles12`` and the later rounds of real pages (written after
them, in other wording). The whole file after the fixes: .994. Left: "Hamas has informed
mediators ..., according to a timeline published by the group" (a document's issuer named
as "the group"); not fixed either: "..., warning that C" after a main cue (the sets
disagree: art11-10 labels it a second statement, art5-03 and dst10-022 do not, and blind3
lost a point when it was one), "Hamas says locating them ... takes time" (a gerund
subject), "with the bloc's top diplomat warning that" (named in the next paragraph).

``dev_statements14.jsonl``: German news copy machine-translated into English, the shared
sample's style (sixth session), from the statement errors of the blind set
``dev_articles14`` (statement .777 on first contact, .893 after the transliteration and
ticker-stamp fixes, .997 after these) and real translated pages, in original passages:
party descriptors
standing for the politician just named ("the SPD politician said", "The CDU leader", "the
Social Democrat", "the Social Democratic Chancellor", "the Russian politician"), preferring
the name the text ties to that party ("(CDU) Friedrich Merz") over the last speaker; a
profession before a name ("Military expert Nico Lange", "said Green foreign policy expert
X", "said party leader X") and "the military analyst" after it; a headline that names only
the surname ("– Wadephul calls for restraint") no longer hides the later full name; "the
health ministry in Gaza" and "a spokesman for the Defence Ministry in Berlin" (the body of
the seat); "Its head, NAME, recently warned that"; "There he said that"; "estimates";
"According to calculations/research by the news agency X"; "a recent ZDF Politbarometer
survey"; "According to government circles"; "Analysts/Economists at the US bank X ... they
wrote"; "according to its own figures" (the sentence's subject); "Since August, according
to X, C" (C is X's); "the brigade"/"the company" for the unit or firm the text opened with
("The 47th Mechanised Brigade", "Rheinmetall is expanding ..."); "In Izmail, ..., the
regional police" (a town naming no region: the region named before); "told the newspaper
„Bild am Sonntag“" and "said in the “Today Journal”" (an outlet or programme in marks is
no quote); "Selensky". First score (dst14-001..044, written before any fix, on the
unfixed extractor): .435 (P .556, R .357). dst14-045..063 were written after the first
fixes in other wording: .839 on first contact (misses: "the military analyst added",
"Within a single week, according to X, C", "Economists at X"), all fixed since.
dst14-064..082 back the fixes for ~9 real translated pages (DW, n-tv and Bild renderings,
machine-translated wire copy) and probes of the same style, written after them: ", telling
reporters in Brussels that", "Political scientist X tells ntv that", a programme in marks
after a trailing cue, "Vice-Chancellor X (SPD) ... the SPD leader", "the Kremlin boss",
"told the newspaper „Welt am Sonntag“ that", "told „Spiegel“", "said in the ZDF
„Morgenmagazin“", "said the head of the X, NAME.", "made it clear that", a stand-in ("the
Green politician", "the Dutchman", "the right-wing populist", "the 71-year-old") for the
person the sentence before opens with rather than the last speaker, "the governor of the
region, NAME, wrote" (the title cut from the clause), "As the Ukrainian air force announced
on Telegram, C", "RIA Novosti reported, citing the Defence Ministry, that C" (the outlet, as
dst13's "Al-Qahera News, citing a source, reported"), "According to information from the
Russian side". The whole file after the fixes: 1.000. Left: "the CDU politician wrote on the
platform X. Israel had ..." is one sentence to the splitter (``document._is_abbreviation``
reads "X." after "platform" as an initial; a change there is proposed), so art14-04 loses a
statement; "writes the “Kyiv Independent”, citing sources"; "This was stated by the leader
of the CDU X" when the sentence before already has its own "she said".

``dev_statements16.jsonl``: German copy in English, second round (sixth session), from the
statement errors of the blind set ``dev_articles15`` (Austrian, Swiss and German outlets;
statement .905 before this round, .970 after), in original passages: local bodies named
before their place ("the regional administration of Mykolaiv", "the state government of
North Kordofan", "the city council of X" -> "X city council"); "according to
Ukrainian/Polish/Lebanese figures, information, data" has no speaker; a city body with no
place in its sentence ("the city's military administration", "According to the city
administration") takes the city named in the same or the previous paragraph, and a regional
body placed by an earlier paragraph's region keeps that region for later bodies ("the
regional prosecutor's office ... it said"); "Federal Councillor X" is a title and "the
Federal Councillor" its holder; an unnamed "a spokeswoman" never takes a holder the text
names only later (Peskov further down), and "a police/army spokesman" speaks for the police
or army named before ("Bavarian police", "Sudanese army"; "police spokesman" when none
was); a bare "the militia" is the armed group named before (Hezbollah, RSF), not the last
body; a German „quote over two sentences“ closed by “ after a word, then ", X told", is X's
direct quote; two misses of the first round: "..., writes the “Kyiv Independent”, citing
sources" (an inverted verb before an outlet in marks) and "It was said from government
circles that C" (a German impersonal passive naming its source after "from"). First score
(dst16-001..014, written before any fix): .000; dst16-015..031 were written after the fixes
they back. The whole file after the fixes: .971. Left:
"according to police figures from Salzburg" (dst16-014, speaks as "Salzburg"); in
``dev_articles15``: a fragment in marks inside a clause with a trailing cue ("Russia would
continue the „special military operation“ ..., he told journalists", labelled indirect;
``statements.py`` makes it a partial, and the sets disagree), "the Swiss foreign minister"
for "Federal Councillor Ignazio Cassis" (Switzerland is not in the country table),
"analysts ..." and "According to Infratest dimap", "he said" after "a police spokesman"
(the nearest person instead), "the Houthi militia ... claimed to have fired" (a "claimed
to" infinitive), "Christian Stocker ... „war crime“".

The structure test guards the labels (it must always pass); the score test is the bar.

``dev_statements15.jsonl``: categories the blind everyday articles of ``dev_articles16``
(seven conflicts; statement .889 on first measurement) failed on (sixth session, second
round), in original passages: a country that is also a person's first name ("Israel says"
after "Israel Katz": the country); words that only describe a named speaker ("Magen David
Adom paramedics", "Palestine Red Crescent medics", "the state-run Kayhan newspaper", "the
UKMTO security agency", "the IAEA nuclear watchdog", "Hezbollah's Al-Manar TV", "the local
news network Suwayda 24", "The pro-government Sabah daily"); "U.N. agencies/officials" ("UN
..."); "Burkina Faso's government" ("Burkinabe government"); "the channel" / "The
London-based monitor" (the TV or monitoring group named before); "..., according to TITLE,
NAME." (NAME); "At X Medical Center, a hospital spokeswoman said" (the hospital); "the
Kiryat Shmona municipality", "according to local councils"; "a doctor at X Hospital told
AFP, asking not to be named", "a rescue worker from a nearby village told the BBC" (then "He
said" is the doctor); ", saying in a statement that C" after "denied"/"condemned" (an
indirect statement, its quoted fragment inside); "condemned the attack as a “...”" (a
partial by the subject); "the Inter-Services Public Relations (ISPR)" then "The ISPR"
(hyphened initials); "X, which says C1, said C2" (two statements by X); "Residents of the
Neelum valley"; Arabic names of five or six words ("Abdel Khaliq Abdel Latif Wadaa Allah").
Hard negatives: "Israel has struck ...", a channel off the air, "the hospital spokesman
declined to give figures". First score (dst15-001..020, written before any fix, two label
slips corrected before measuring): .300 (P .316, R .286); dst15-021..040 were written after
the fixes of their families, in other wording; the whole file on the unfixed extractor .290,
after the fixes .952. Left: "The pro-Kremlin Izvestia daily said" (a capitalised "pro-"
modifier stops the subject), "The Israeli news site Walla reported", "the army's media wing,
Inter-Services Public Relations (ISPR), said" (an appositive ending in a bracketed acronym:
``_phrases`` is at its size limit), and "army spokesman Brig. Gen. NAME" (the sentence
splitter in ``document.py`` does not know "Brig."; adding "brig adm" to its abbreviations
fixes it).

``dev_statements17.jsonl``: German copy in English, third round (seventh session).
dst17-001..008 back the fixes of earlier rounds' misses (written after them): "the
Swiss/Austrian/German foreign minister" for the one holder of the office titled with no country
("Federal Councillor X" is a Swiss minister), "according to police figures from Innsbruck" (the
Innsbruck police), "..., she said. This was stated by NAME" (she is NAME), "the army's media
wing, Inter-Services Public Relations (ISPR), said", "The pro-Kremlin Kommersant daily", "The
Israeli news site Ynet", "he/she said" after "a police spokeswoman said" (the spokeswoman's
body, not the last person named). dst17-009..033 come from the statement errors of the blind set
``dev_articles18`` (statement .891 on first contact, .990 after this round), written before
their fixes: "let it be known", "C, it was said from X" / "C, it was announced by X",
"criticised that", "X meanwhile warned", "According to his information, C", "Rosawiazija", "the
Hamas-controlled health ministry" in a Gaza sentence after a Lebanese one (the sentence's place
wins), "the Houthi militia", "X said according to Xinhua", "Nationwide, the air force ... it
said", "a company spokesman" / "a UNICEF spokeswoman" (the body), "the UN agency" (the UN body
the sentence named), "said the owner, the agricultural holding X", "the head of government" (a
chancellor too), "the Vice Chancellor" (the politician just named), "the command said" after
"This was announced by the Operational Command of ..."; hard negatives: "The Ukrainian military
denied this", "claimed the capture of a village", a quoted headline "Name: «...»" repeating the
body's quote. First score (dst17-001..033 on the session's unfixed extractor): .400 (P .480, R
.343); dst17-009..033 alone .326. dst17-034..056 back the fixes for ``dev_articles17``
(statement .924 first, .996 after) and second passages of the families above, written after the
fixes: "said (in Munich), C" (German comma), ", as governor X informed", "As the head of the
Sumy RMA X informed on Telegram, C", "As X communicated, C", "on Telegram" is no part of a name,
"the X press service", lower-cased table names ("the operational command of the Polish armed
forces"), "the Odesa RMA" (regional military administration), "the municipality" (the town its
sentence names), "the Center for Strategic and International Studies", "The rebels say" after
"The Huthis", "declared a missile alert" (an act), "said in Beijing that ... „restraint“ ..." (a
place ending in -ing is no gerund; the fragment stays in the indirect clause): .973 on first
contact (misses: "As the head of the Sumy RMA ...", "The rebels say"), fixed since.
dst17-057..062 back the fixes for ~8 real English pages of German-press and wire stories (DW
live blog, Kyiv Independent digests, stories on the German drone sightings), written after them:
"The foreign ministry in Lithuania issued a statement saying that C" (the body placed by the
country after "in"), ", responding that C", "the G7's joint statement reads", "The Bild tabloid
reported", a second quoted fragment inside a "that" clause, and the hard negative "Der Spiegel
reported similar sightings"; dst17-063..064: "According to the newspaper's reporting" after "the
French daily Le Monde" (the paper named last), "according to an Oryx count of ..." (a named
publisher before the document word). dst17-065: "..., the Defence Ministry said in Kyiv" (a bare
national body placed by the capital it spoke in). dst17-066: "X told visitors in private that C,
the Financial Times reported, citing two people ..." (C is X's; the paper relays it). dst17-067:
"..., a claim the IDF dismissed as “pure invention.”" (the fragment is the IDF's, by the name
the article spelt out; the reported clause keeps the aside, as cutting it cost blind4). The
whole file after the fixes: 1.000. Left: a quoted fragment inside a clause with a trailing cue
("Europe is whipping up „hysteria“, he added") stays a partial quote (``statements.py``'s
convention, art14-10 and art15-02/05/12; art15-08 and art18-05/06 label the indirect clause;
switching cost dev_articles10/15/18 and dev_statements9), "Iran's Islamic Revolutionary Guard
Corps" keeps the demonym (the sets name the IRGC three ways; a table row is proposed), "claimed
to have fired" stays a statement (a unit test wants it; art15-10 does not label it); "Police in
the southern state of Bavaria said".
``dev_statements18.jsonl``: statement round 2 of the seventh session, from the statement
errors of ``dev_articles19`` (translated German copy; .912 after round 1, .962 after this round)
and ``dev_articles20`` (English of Ukrainian, Russian, Polish, Baltic, Turkish and Qatari outlets;
.906 -> .943). Families: the written convention for a quoted fragment that closes the clause
before a trailing attribution ("Europe was „stoking hysteria“, he said" is one indirect
statement, the fragment inside it; a mid-clause fragment stays a partial quote only);
"informs the press service of the X Administration" (the body); a native acronym whose initials
the English name never spells ("the National Crisis Management Centre (NKVC)", "(PAŻP)", "(SG)")
and DORSZ (a table alias of Polish Operational Command); "Earlier/Later the 47th brigade
reported" (no "the" in the name); "In a telephone call on Wednesday evening, X promised to ...,
as spokesman Y announced afterwards" (a long opening adverbial is no reported clause, so Y
speaks); ", as the military administration of the region announced" (the regional body, placed
by the sentence's "In Cherson"); German spellings of region-namesake capitals ("Cherson",
"Charkiw", "Saporischschja"); "the authority corrected itself and wrote" (the body named last);
"Spokesperson of the X Forces NAME" / "the head of the Zaporizhzhia OVA NAME" (the person); a
three-word quoted fragment carrying on the previous speaker's reported speech is a partial by
that speaker (the carried minimum is now 3 words: blind5 .927 -> .933, blind6 .892 -> .901, no
dev set moved); "C, it was said (in the morning)." with no source (German "hieß es") is the
speaker of the sentence before in the same paragraph. First score (dst18-001..028, the round's
unfixed extractor, before any fix): .500 (P .542, R .464; dst18-015's carried partial added to
its label after measuring, .510 before); dst18-029..030 were written after the carried-minimum
change; dst18-031..033 ("it was said", measured on the unfixed extractor: .667). The whole file
on the unfixed extractor .540, after the fixes .941.
Relabelled to the written convention (partial -> indirect, the quote the whole clause): art14-10
"completely baseless" -> "The accusations were „completely baseless“"; art15-05 "neutralised" ->
"Dozens of RSF fighters had been «neutralised»"; dst11-009 "in the final stretch," -> "Talks on a
truce are “in the final stretch,”"; dst9-035 "has never stopped rearming," -> "The militia keeps
its launchers in farms near Saada, and “has never stopped rearming,”". Left: "the Polish Railway
Lines company (PKP PLK)" (an acronym with a space), "the „Festival of Lights“ in December, the
mayor's office announced" (a quoted name mid-clause is taken for a partial quote), "what they
called the „coalition of the willing“" with a plural pronoun (no speaker).

``dev_statements19.jsonl``: statement round 3 of the seventh session (from the misses round 2
left in ``dev_articles19``/``dev_articles20``). Families: "according to Kyiv/Moscow/Western
estimates" names a side, no publisher (no statement; "UN estimates" still speak as the UN);
"spoke on his platform Truth Social of „...“" (a platform is no person: the speaker is looked for
further back); "In Estonia, the Defence Forces reported" / "In Lithuania, the National Crisis
Management Centre said" (an opening "In COUNTRY," places a capitalised national body, as it
placed a ministry); "the Ministry of Defence said" is read as "the Defence Ministry", and a
defence ministry whose sentence names one country, not as a place or owner ("Ukraine has
received ..."), is that country's; "the Civil Defence in Gaza" (a capitalised body placed by a
seat or capital); "..., as reported by X(, head of Y)" (X said the clause before,
or the clause after when only an opening adverbial precedes: "In Odesa Oblast, as reported by
X, head of the OVA, C"). First score (dst19-001..020, the unfixed extractor, before any fix):
.167 (P .167, R .167); dst19-021..024 ("as reported by", written after the first fixes and
measured on the unfixed extractor): 0 of 3 found; the whole file on the unfixed extractor .148,
after the fixes .929. An IRGC table row (canonical "Islamic Revolutionary Guard Corps") was
tried and dropped by the lead: it cost heldout one statement (.965 -> .960), so an independent
label names the IRGC the general way ("Iran's Revolutionary Guards" -> "Iranian Revolutionary
Guards"); dst19-011..014 are labelled by that convention. Left: "Police in the northern
state of Hamburg said" (no statement: "in the state of" breaks the phrase), "spoke on his
platform ... of „...“" after "The US president" (no person found before the quote).
``dev_statements20.jsonl``: statement round 4 of the seventh session: German-language news
(Austrian and German outlets, Ukrainian and Russian outlets in English) machine-translated
into English, from about ten real pages read for phrasing (every passage original). Families:
the German closing "so" attribution ("..., so Merz.", "»...«, so NATO Secretary General X at
the meeting in The Hague", "..., so the foreign minister." back to the named holder; "so" as a
conjunction with a verb after it stays no statement: ``_sosaid.py``); "X is quoted by Interfax
with the words that C" (German "mit den Worten": ``_quotedby.py``, split out of ``_cues``);
"told (the) „Bild am Sonntag“ that C" (a quoted outlet as the hearer); programme names in marks
("said in the ZDF „heute journal“ that C", "in the „Tagesthemen“ of ARD": no partial quote,
the clause kept); "reports the press service of the Dnipropetrovsk regional council" (the
council); "In Nikopol, CLAUSE, reports X" (a place opening the clause is no apposed name);
"The CDU foreign policy expert NAME"; the hybrid "Zelenskyj" (a table alias); Austrian party
tags "(ÖVP)", "(Neos)"; "»...«, assured X with a view to ..." (German "mit Blick auf");
"„C“, was stressed in a statement by X" / "it was stated in a press release of X" (no "it";
the document's issuer speaks); "the Foreign Ministry in Vienna/Bern" (more capitals place a
body by its seat); "the Federal President" back to "Alexander Van der Bellen" (name
particles). First score (dst20-001..028, the unfixed extractor, before any fix): .080 (P .250,
R .048); dst20-029..038 (written after the first fixes, measured on the unfixed extractor):
.200 (P .500, R .125); the whole file on the unfixed extractor .114 (dst20-023's quote marks
were made English after measuring, for the structure check); dst20-039..042 (from the misses
left in ``dev_articles19``/``dev_articles20``: "Putin had assured/told Trump that C, Ushakov
said" is the outer speaker's, while an outlet relaying ("..., Reuters reported") still leaves
it to the speaker inside, as dst9-008; "the OVA head" back to "the head of the Odesa OVA NAME"
keeps only the name after the acronym), measured on the unfixed extractor: .500;
dst20-043..045 ("According to the Federal Office of Police (Fedpol)(,) C": the bracketed
native acronym closes the name, Swiss copy), on the unfixed extractor: .000. After the
fixes: 1.000 (dev_articles19 statement .966 -> .972, dev_articles20 .965 -> .971); no
other set moved (blind6's statement score dropped .901 -> .898 with a bare "with" tail, so
only "with a view/regard/reference/respect to" is taken). Left: a quoted fragment opening a
clause before ", so X" stays a partial quote (German "„Seit Tag eins“ sei Österreich ..., so
X"), "the head of government" with no head of government named before.

``dev_statements21.jsonl``: statement round 1 of the eighth session, from the statement misses
of ``dev_articles21``/``22``/``23`` (casualty-heavy, political and air-defence copy, much of it
German machine-translated into English; every passage original). Families: the fronted German
passive "From diplomatic circles (in Paris) it was said/heard that C" (the circles speak;
``_saidfrom.fronted``); party and office descriptors after a named person ("said the FDP
Federal Councillor", "the ÖVP politician", "the Republican wrote"); "a spokesman said" after a
sentence opening with a body (the body); "the governor" back to "the head of the military
administration, NAME" and not to a governor named later; "the head of state continued" (the
speaker the sentence before quotes); "the 71-year-old said" (the person the sentence before
opens with); "said neighbour NAME (45)" (a plain noun and a bracketed age around a private
person's name); outlets in German marks as subjects ("The „Spiegel“ reported, citing ..., that
C", "the „Bild“ newspaper reported"); "the military administration of the Kharkiv region"
(turned round); "National Prosecutor's Office" (the possessive kept inside a name); "the
DeepState monitoring group" (the name); "X said, according to Y, that C" (C only); "Whether X
would ..." (no name "Whether X"); "The city council" paragraphs after the story's only city;
"Vice-Chancellor NAME" (no title in the name); "Moscow's defence ministry" (a table alias); "A
Bundeswehr spokesman" (an indefinite voice of a one-word body speaks for it; "the Kremlin
spokesman" stays Peskov); "told X that A and said B" (A ends before "and said"); "asked the
minister why ... to ..." (a question, no appeal). First score (dst21-001..022, the unfixed
extractor, before any fix): .455 (P .556, R .385; .419 with dst21-014 as first written, whose
label was wrong and was rewritten); dst21-023..038 were written after the first fixes (the
whole file on the unfixed extractor: .427). After the fixes: 1.000 (dev_articles21 statement
.902 -> .943, dev_articles22 .830 -> .897, dev_articles23 .909 -> .938, blind5 .933 -> .945; no
other set moved; an "Élysée" table row was tried and dropped: art2-04 labels the "Élysée
Palace" as written). Left (in ``dev_articles21``-``23``): quoted fragments inside "X said that
C" labelled partial (against the convention; reported to the lead), "the party leadership" →
"SPD party leadership", "the magazine" back to the „Spiegel“, "according to the army all were
intercepted", "According to the magazine" back to the outlet named before.

``dev_statements22.jsonl``: statement round 2 of the eighth session (the speaker half), from
the misses of ``dev_articles22``-``26`` whose cause is WHO speaks, in copy machine-translated
from German, French, Italian, Spanish and Polish (every passage original). Families: bodies
as Romance copy names them ("the ministry of Health of Gaza", "the ministry of Foreign Affairs
of Israel", "The Lebanese ministry of Public Health": a lower-case "ministry" is a
description, read as "Gaza health ministry"; ``_translated``), "the civil defence" in a Gaza
sentence, "the Operational Command of the Armed Forces" (a table alias of the Polish
Operational Command), "the military/army said" right after "According to the Ukrainian air
force" in the same paragraph (the air force, before any remembered "military experts"), a
title with a lower-case complement and no comma before the name ("the minister of digital
affairs NAME", "the spokeswoman of the diplomacy NAME": ``_ofnamed``, so "Later the minister"
and "she" find the person), "the ambassador/consul in CAPITAL NAME" (the name; a capital is
never a given name), German compound titles ("Verteidigungsminister NAME", "Bundeskanzler"
kept out of the given names), "In the Bundestag the SPD politician" (the place opener cut),
"the Foreign Minister" capitalised (no scope "foreign"), "declared the Portuguese" after a
sentence whose speaker is the person, "X in charge of Y, NAME," as a subject, "a spokesman
of the Federal Council" (the fuller "Swiss Federal Council" just written; "he added" after it
is the body), "the administration" after "the military administration of the region" (the
regional military administration), "In Tscherkassy, ..., the city administration" (the
opening city), "the firm" (the company named before), "a Reuters analysis of official data"
(Reuters), "De Wever" after "Bart De Wever", "the ministry" after "Russia's Defence Ministry
in Moscow ..." in a sentence without a cue, "the Ukrainian emergency services" (the table's
State Emergency Service). First score (dst22-001..033, the unfixed extractor, before any fix):
.373 (P .400, R .350); .400 with dst22-017 put to the convention before any fix for it (its
Kherson is two paragraphs back, so "the regional administration" keeps no place; it was
first labelled "Kherson regional administration"). dst22-030..042 were written after the
first fixes (on the unfixed extractor: .364 / .667 / .333 for the three batches). After the
fixes: .923 (dev_articles24 statement .871 -> .922, dev_articles26 .661 -> .754,
dev_articles22 .941 -> .943, dev_articles23 .964 -> .971, dev_articles25 .947 -> .952;
blind6 .901 -> .906, blind7 .897 -> .904, blind8 .837 -> .847; no set dropped). Left:
"In the Bundestag the SPD politician" (``speakers.py`` asks ``_backrefs.stand_in`` with the
uncut subject), "According to the Chancellery of the President" (taken to the president as
"X's office" is), "the Infrastructure Ministry" in a sentence naming only "the Ukrainian
grain corridor", "according to Palestinian data" (no speaker), "interviewed by La Stampa"
taking the quote as a partial of the outlet.
``dev_statements23.jsonl``: the cue round 2 of the eighth session, from the cue and clause
misses of ``dev_articles24``/``26`` (French, Italian, Spanish, Polish and German copy
machine-translated into English; every passage original). Families: verbs of saying the cue
list lacked ("answered/retorted/countered/assessed/defended that", "has written that",
"considered unlikely that", inverted "..., precised the same office"); "« ..., » launched
the minister" (only right after a closing quote); German comma clauses after a phrase ("said
in the debate, C", "said to the Kurier, C", "said later, C", "told the agency TASS, C");
an opening adverbial with no comma before the subject ("In his evening address the
chancellor X said later, C"); impersonal passives closing a sentence ("C, it is written in
the bulletin", "it is specified in the communiqué": the speaker before) and "(C,) it was
learned from (sources in) X (that C)" ("sources in the palace" → "palace sources");
participle asides before the verb ("X, questioned by reporters after the briefing, said
that"); a dash-introduced quote glued to the sentence before ("« ... », said X. — C, he
added": C only); "reported on Sunday 151 combat clashes" (a counted object after an adjunct
is the report; "reported 147 engagements" in passing stays unlabelled, as art21-08);
"According to the operator X C" and "..., where according to X C" with no comma (C after
the source, when a finite verb comes before any comma); "C, and invited the allies to Z" (a
second statement, "the allies to Z"); ", while NAME asked ..." and "and recalled that" end a
clause; "the Operational Command informed, although ..."; "A, Lavrov said: B" (B is his
too); "judged/deemed the plan « ... »", "thanked for the « ... »" (partial quotes, like
"called it"); a dateline's "— The minister of the interior, NAME, called for ..." (a title,
no clause). First score (dst23-001..036, the unfixed extractor, before any fix): .340 (P
.667, R .229; .298 with one label first written against the table's "Polish Operational
Command"); dst23-037/038 were written after the fixes (the whole file on the main tree's
extractor without them: .385). After the fixes: .960 (dev_articles24 statement .871 ->
.896, dev_articles26 .661 -> .734, dev_articles22 .941 -> .944, dev_articles23 .964 ->
.968, dev_articles19 .972 -> .976, blind2 .912 -> .915, blind8 .837 -> .848; no set
dropped: "reported + figure" with no adjunct cost blind3 one and "rejected as « »" blind8
one, so both were narrowed; a second statement for "said that A but that B" cost eight
dev_articles sets and blind4, and was dropped). Left: "reported eleven new cases" with no
adjunct (dst23-008); "According to the former envoy in Beijing NAME, interviewed by Y, C"
(a speaker phrase with a place inside is not read).
``dev_statements24.jsonl``: the eighth session's third statement round, from the items round
2's speaker and cue helpers left for each other (``dev_articles26`` misses; every passage
original). Families: an opening place with no comma before a descriptor that points back
("At the plant the CDU politician said": ``stand_in`` and ``_member`` now get the subject
after ``untimed``, and the article the phrase walk leaves off); "the same source(s)" (the
sources cited last, as a speaker or named in passing: "diplomatic sources consulted by EFE
considered ..."); placed groups with a modifier ("diplomatic sources in Brussels"); "the
Chancellery of the President" (a body, not the president); "according to Palestinian data"
(a side, no speaker); "C, it was said from the ministry / in the delegation" (the body of
that head the text qualified before: "The German foreign ministry"); "« A. B, » declared
the Brazilian" (a quote over two sentences: the demonym points to the person named before
the quote). First score (dst24-001..019, before any fix): .429 (P .462, R .400);
dst24-020..022 were written after the fixes. After: .914 (dev_articles26 .843 -> .854,
dev_articles21 .969 -> .972, dev_statements22 .940 -> .966, blind6 .906 -> .917, blind8
.858 -> .863; no set dropped). Left: "In the Lithuanian capital the CDU politician said" (a
two-word place opener yields no cue, dst24-003); "Luiz Inácio Lula da Silva" found back as
"Luiz Inácio Lula" (the particle name is cut, dst24-022).
``dev_statements25.jsonl``: the ninth session's statement round on translated Romance and
German copy (every passage original). Families: Romance reporting verbs ("assured",
"admitted", "precised", "underlined", "recalled", "estimated", "reiterated", "has made
known", "let it be known") with hard negatives where they take an object ("assured the
funding", "admitted 300 more students", "the estimated cost"); "X, interviewed by Y, said";
"accused Y of A, and said that B" (also after a comma-less setting: "In a radio interview he
accused ..."); "the former ambassador in Moscow NAME"; name particles ("Lula da Silva",
"Rüdiger von Fritsch"); ministries and palaces by metonym ("the Quai d'Orsay", "the
Farnesina", "the Élysée", "the Chancellery"; "the Ukrainian presidency"; "the French
diplomacy"); "the news magazine „Spiegel“" then "the magazine"; "In the Polish capital the SPD
politician said"; "according to what was reported by the agency X" (also as an aside after a
subject or "which"); "sources of the Quirinale" ("Quirinale sources"); "sources consulted by
ANSA considered unlikely that"; "the chief of diplomacy" / "the chief of the Executive" (the
foreign minister / head of government named before); "the health ministry of Gaza"; "...,
precised the same source"; a dash-opened quote glued to the sentence before ("... SAMP/T. —
C, declared X"); "the marshal of the Sejm NAME, who announced that C". First score
(dst25-001..037, before any fix): .787 (P .960, R .667); dst25-038..051 were written after
the first fixes and measured before their own: .571 (P .750, R .462; its opener, "sources of"
and "which, according to" passages were already fixed); dst25-052..055 were written after
the fixes. After: .982 (dev_articles26 .854 -> .900, dev_articles19 .976 -> .979,
dev_statements24 .914 -> .944; blind tables unchanged). Left: "C, it was said from his office"
(the annotator's "Ukrainian presidential office", while "according to his office" is the
holder elsewhere, dst25-047).
``dev_statements26.jsonl``: the ninth session's first statement round, from the lead's
families in the shared sample's style and ``dev_articles28``'s misses (every passage
original). Families: an inverted cue after a clause that ends in a name ("The attack was a
“slap in the face” for Trump, says NAME", "... Chernihiv and Sumy, said a military officer":
a comma right before the verb with a speaker phrase after it is read inverted first, in
``_invfirst``, never as a leading cue whose subject is "for Trump"); unnamed people placed
by a town ("a military officer in Moscow", "an aid worker in Cairo"); the name a trailing
title is set off by ("said the governor of the X region, NAME, writing on Telegram"); a
colon quote after a trailing cue ("C, said the Chancellor: “...”" is direct); "the German
head of government" (the chancellor titled before); "“...” This was affirmed by NAME"
(``_thiswas``); "the emergency services" after the Ukrainian ones; "According to the
Ukrainian air defence"; "The Russian side spoke of ...". First score (before any fix):
.450 (P .562, R .375); dst26-023..025 ("X says A; Y says B", ", though it said", ", where
the ministry says") were written after the fixes. Also fixed from dev_articles28: "the civil
defence agency" in a Gaza sentence, "Khartoum state's health ministry", "Sharaa" after
"Ahmed al-Sharaa", "Residents of X and Y", "NAME, a teacher in Bahri, who said", "The
Committee to Protect Journalists says at least N ..." (no "at least" adjunct), a lower-case
fragment opening a "said" clause stays in it, "UNIFIL, the UN mission whose ... troops
patrol ..., said". After: .982 (dev_articles28 .825 -> .887,
dev_articles24 .958 -> .960, dev_articles26 .854 -> .860, dev_numeric8 .797 -> .812, blind3
.926 -> .932, blind5 .945 -> .970, blind7 .904 -> .926; no set dropped: the inverted-first
reading is taken only when the leading subject is a clause's tail, as a wider gate cost
blind8-10 one each, and a Médecins Sans Frontières alias cost blind2 one, so it was
dropped). Left: "The Russian side spoke of ..." with no marks (no cue, dst26-022).
``dev_statements27.jsonl``: the ninth session's second statement round (round 2), on the
families ``dev_articles26`` and the lead's real-page probes left (every passage original):
"X said that « A » and that B" / "« A » but that B" (a second statement when the first clause
closes on a guillemet, as Romance copy's labels have it; plain English "said that A and that
B" stays one clause, the dev sets' convention, so dst27-004 is one); "told the « Corriere
della Sera » that C", "told the »Handelsblatt« that C" (an outlet in marks is the hearer, not
a quote); "Professor X, according to whom C" and "... came from the senator X, according to
whom C" (the person named just before; "Professor" is a profession, not part of the name);
Romance infinitive reports ("affirmed/announced to have hit ...", also after "last week",
and with ", and that B" a second statement); participle asides ("The Houthis, backed by
Tehran, announced"); "S, it was learned from diplomatic sources in Ankara, P" (an aside: the
sources speak P); "“A. B,” the IDF statement said" (an acronym's document speaks for it).
dst27-025..037 probe the shared sample's style (partial fragments after "he said",
continuation sentences, "the Chinese head of state"-style role references, pronouns across
paragraphs, "X spoke of “...” and Y of a “...”"). First score (dst27-001..024, before any
fix): .667 (P .933, R .519); dst27-004 and -019 were then relabelled/rewritten to the
convention (.683 on the unfixed extractor); dst27-025..037 were written after the fixes and
missed only a label's spelling of Erdoğan (the table's "Recep Tayyip Erdogan"), since
relabelled. Two more families came from those probes and were fixed with passages written
after them (dst27-038..041): "Political scientist X of the Centre for ... said" (a name with
its affiliation: the person; "The Bank of Lithuania said" stays the bank) and "C, Xi was
quoted as saying (by Xinhua)" (a trailing passive relay: the clause before the speaker).
After: .989 (dev_articles26 .900 -> .923; no other set moved, blind tables unchanged).
Left: "The soldiers claimed to have seen nothing" (a bare plural group with no cue,
dst27-024); "Lula" after "Luiz Inácio Lula da Silva" named as an object resolves to "Luiz
Inácio Lula" (the particle is cut by the given-name scan); "The latter said" (no speaker).
``dev_statements28.jsonl``: the ninth session's short third statement round, on the leftovers
of the session's helpers (every passage original): bare plural groups as speakers ("The
drivers said", "The demonstrators insisted", "according to monitors"; "villagers" stays out,
as dev_numeric6 leaves "villagers said" unlabelled, and "soldiers" too, as a generic
"soldiers" object then took "he" from Zelensky in a unit test);
"The latter said" / "The former said ..., while the latter said" (the last / the other of the
two people the sentence before names); "Lula" after "Luiz Inácio Lula da Silva" (the
particle tail after the surname's first mention, ``_particled.py``); "Its armed wing, the
al-Qassam Brigades, said" (a table alias opening with "al-"). First score (before any fix):
.467 (P .700, R .350). After: .811 (no other set dropped, blind tables unchanged). Left, so
the batch is checked for structure only (its F1 is under the bar): "The soldiers claimed to
have seen nothing" (dst28-001, see above), "June Kunugi" (the month
list stops the name), "Israel turned down ... and says C" (a conjoined present-tense cue
after a sentence subject), "The group said" after UKMTO (it should pass back over an agency
to the Houthis), "It said" after "Netanyahu's office said" (the office's person, not the
Israeli military named before).
``dev_statements29.jsonl``: the ninth session's fourth statement round (every passage
original, 46 passages, 10 hard negatives): the translated-German attribution shapes of the
shared sample's style (stiff English renderings of German wire copy, read in /tmp only and
never committed), the open families of ``dev_statements28`` in new words, and "spoke of" with
no marks. Shapes: "The Russian side / Kyiv / Warsaw spoke of NP" (no clause, no marks),
"declared the Portuguese foreign minister NAME" and "... the Portuguese minister" after the
name, "said X to the newspaper „Bild“", "so the Kremlin chief" / "so Kremlin spokesman X"
after a clause, "According to her, C", "X made clear that", "X emphasised in Kyiv that",
"C, it was said from the Kremlin", "said a spokesman of the Russian Defence Ministry", "In
the words of X, C", »…« and „…“ quotes interrupted by the attribution, subjunctive reports
("Russia was ready ..., Putin said"), role-then-name speakers later called by surname, "the
Chancellor", "the head of the Foreign Office"; an office's "It said" / "It added"; "the
group said" after another body; "... and says C"; given names that are common words
("Summer Lee", "April Reyes"); a bare plural group ("The fishermen insisted"). Label call:
"The Ukrainian army said" is the table's "Ukrainian military" (dst29-009 was first written
"Ukrainian army"). First score (unfixed extractor): .714 as first written, .738 (P .838,
R .660) once dst29-009 was relabelled. Fixed, in new modules: "SUBJECT spoke of NP" with no
quotation marks (``_spokeof``: a side, a capital, a country or a lower-case body only, so a
person's "spoke of one dead" stays no statement, as dev_articles19 labels it; dst26-022
passes now); "In the words of X, C" read as "According to X, C" (``_cues``); "said a
spokesman/spokeswoman of/for the Capitalised Body (in City)" is the body's (``_voiceof``,
from ``_npafter``: the phrase walk stopped at the generic "spokesman"); "the head/chief of
the Foreign Office / Defence Ministry" is that minister (``_headof``, a rewrite before
resolution); "It said" after "X's office said" is X (``_lookback``); "the group" passes back
over an army, a ministry, an agency, a capital or a country to the last named non-state body
(``_groupref``: dst28-014 Houthis over UKMTO, Hezbollah over the Israeli army); "NAME VERBED
... and says C" with a lone name the tables miss ("Israel", "Hamas") acting (``_conjoined``;
"Kharkiv came under fire ... and said" stays none). After: .935 (P .956, R .915);
dev_statements28 .811 -> .947 (its xfail removed), dev_statements26 .982 -> 1.000,
dev_articles28 .923 -> .927; blind and heldout tables unchanged. The numeric batches
dev_numeric19/31/33 lost .005-.010 of their "all" figure only: they label no statements at
all (statement F1 0 before and after), and "The Russian side spoke of 112 Ukrainian drones
..." there is now a statement, correct by the dst26-022 convention. Left: "The foreign
minister" after "The head of the Foreign Office, NAME," (dst29-030: a multi-word title before
an apposed name is not registered), "April Reyes" / "June Kunugi" (month words as given names;
"In May Zelensky said" must stay a date), "The fishermen insisted" / "The soldiers claimed"
(bare plural groups), "declared the Portuguese minister" after an untitled name (dst29-006).
``dev_statements30.jsonl``: the tenth session's agency-English statement round (every passage
original, 43 passages, 11 hard negatives), written after running the extractor over ~40
excerpts of real English agency pages (Reuters/AP/AFP dispatches, UN briefings, Al Jazeera
Gaza and Lebanon copy, TASS-style Zakharova stories, Houthi and Myanmar junta statements,
key-events lists; read in /tmp only, never committed). Shapes: key-events bullet lists ("- X
said C", "• ...", "* ...", "– ..."), "..., with the Gaza health ministry / regional governor
NAME / their spokesman NAME saying C", "According to a source close to Hezbollah / a source
in the Ukrainian navy / a maritime security source, C", "“C,” the Wall Street Journal quoted
a senior U.S. official as saying", "“C,” state news agency RIA quoted NAME as saying", "NAME
of the BODY (ACR) said" and the "she said" after it, dash-signed quotes ("“...” — NAME, in
his evening address."), "X told reporters that C, APA reports citing Interfax", "the Foreign
Ministry spokeswoman" after "The official representative of the Russian Foreign Ministry,
NAME,", "said, without providing evidence, that C"; negatives: "a charge the army has
denied", "did not immediately respond to a request for comment", "was unable to reach a
junta spokesman", a bullet with no cue, "The statement did not mention ...". Label calls:
a dash-signed quote on its own line is the signer's direct statement; "hit by two sea
drones" is a drone strike of two (dst30-008). First score (unfixed extractor): .448 (P .714,
R .326). Fixed, in new modules: list markers cut from the speaker-facing sentences
(``_bullets``, used by ``Speakers`` and ``statements``; the body and sentence indices stay);
"with X saying C" (``_withsaying``, wired into the participle branch of ``_cues``; it
outranks a clause-less cue before it, "The Houthis claimed the attack, with ..."); unnamed
sources with a post-modifier or two modifiers after "according to", and "a senior U.S.
official" before "as saying" (``_sourced``, from ``_according`` / ``_quotedby``; a relative
"who requested anonymity" stays outside, dst11-050); "NAME of the BODY (ACR)" widened from
the acronym (``_bracketed``); dash-signed quotes (``_dashsign``); "the BODY spokeswoman"
pointing back to the person named beside the body (``_voiceback``); "a charge X denied"
(``_denied``); "reports citing X" with no comma (``_pairs``) and ",” OUTLET quoted X as
saying" after a curly quote (``_quotedby``). ``_polled`` moved from ``statements`` to
``_polls`` unchanged (size limit). After: .978 (P .978, R .978); blind14 statement .887 ->
.924, blind8 .863 -> .868; no other set moved. Left: "the army chief" after
"Commander-in-Chief Oleksandr Syrskyi" (dst30-026, xfail in test_statement_agency10).

``dev_statements31.jsonl``: the tenth session's second agency-English statement round (45
original passages, 7 hard negatives), varying each family fixed from dev_articles31's misses
and the last round's open items (see the README table for the list). The file was written
after most of the fixes, so its first score is measured on the extractor before this round
(bc6f311, run on the finished file): .333 (P .481, R .255); on the fixed extractor it was
.918 at once, and the misses left then (six-word institute names, "United" inside a name,
"reporter", predicates such as "apply") were fixed next. The families were fixed in general
form, mostly in new modules: ``_gavename`` ("A resident who gave his name only as Osman said"),
``_territory`` ("the health ministry in the Hamas-run territory"), ``_prompting`` ("...,
prompting Tehran to warn that C"), ``_nocomment`` (a body that "did not immediately respond
to a request for comment" is no antecedent of "it said"), ``_voicefor`` ("a spokeswoman for
the armed group"), ``_colonline`` (live-page "NAME: C." lines, persons only), and small
edits: a profession before an apposed name (``_parties.profession_opening``), institute names
with "for/of the" before an apposition (``_apposed``), "al-" surnames (``_particled.prefixed``),
a "-based" prefix dropped from a company name (``_backrefs``), "The group" in a partial's
subject (``Speakers.subject``), "X say A, while B, according to Y" (``_pairs``), "SUBJECT, he
said, PREDICATE" (``_clauses``), two fragments before one trailing cue (``statements``),
stamped live-page headlines (``statements._titles``), more group nouns and present-tense
plural cues. After: .990 (P 1.000, R .980); dev_articles31 statement .939 -> .998 (corrected
labels), blind5 .970 -> .976, dev_statements7 .972 -> .981, dev_articles25 .952 -> .954,
dev_articles26 .928 -> .931; no set dropped. Left:
"Senior correspondent NAME, of Polish public radio, reported" (an apposition with no
capitalised head after a lower-case title, dst31-003).

``dev_statements32.jsonl``: the tenth session's translated-German statement round (every
passage original, 42 passages, 6 hard negatives), varying in new words the families
dev_articles32's statement errors showed: "Meanwhile / Today / Now + subject" with no comma,
sentence-case titles ("Foreign minister NAME" ... "the foreign minister"), "his Polish / British
/ Ukrainian counterpart NAME" ... "the Polish foreign minister", "ambassador in Berlin, NAME,"
... "he said", comma-less asides ("in turn", "himself", "for its part", "however",
"nevertheless"), "emphasised, C" / "stressed, C" / "underlined, according to his department,
that C", "In Beijing, X said, C «…»", "During ..., X said, according to his office, that C",
"On the sidelines ..., X said, citing diplomats, that C", "X had told Y that C, Z said" (and
"..., TASS reported" staying X's), "said about / with regard to / concerning NP, C", "X
rejected that: C, he said", "the region of Poltawa" after a Sumy body, "the head of the
Chinese / Italian diplomacy". Written after the fixes were designed, so its first score is
the extractor at the session's base (17bbdf8): .333 (P .455, R .263); after the fixes 1.000.
dev_statements29: dst29-036 relabelled (Sybiha's "called on the EU to act" is a statement of
"the EU to act", as the "called on Y to Z" convention says): .935 old labels / .925 new
labels at the base, .925 / .936 after the fixes. Left (xfail in
test_statement_articles32): "The vice-premier" for a person introduced only as foreign
minister (no safe rule pairs the two offices), the two-word fragment in a cue-less
continuation.

``dev_statements33.jsonl``: the tenth session's statement round on English translated from
languages other than German and non-native agency copy (dev_articles33's families, new words;
38 passages, 7 hard negatives): a consulate or embassy placed by any city it sits in ("the
Czech consulate in Lviv said", "According to the Polish consulate in Lutsk, C") and "the
consulate" after it; a named "Medical Complex" (placed by a town) and "the hospital" after it;
a "... Society" as a body ("It added that C" after it) and a possessive inside a body's name
("the Palestinian Prisoner's Society"); a short name after the full one ("the Red Crescent"
after "the Iranian Red Crescent Society"); "On the Russian / Lebanese / Israeli / Ukrainian
side, the army / military said"; a reported clause cut before "and accused Y of", "and asked Y
to", "and assured Y of" (and no statement for "condemned ... and assured Kyiv of NP"); "according
to a count by X"; a city military administration placed by the town its own sentence names
(Druzhkivka, Myrnohrad, Lyman), not an earlier city; a bare "the governor" / "the mayor" after
the other holder's surname ("..., Fedorov said later. “...,” the governor said"). Written after
the fixes were designed (so not an unseen-text figure): the extractor at the round's base
862d6903 scores .547 (P .634, R .481) on it, 1.000 after the fixes.

``dev_statements34.jsonl``: the tenth session's statement round on dev_articles34's errors
(translated German, French, Italian, Polish and agency copy; 43 passages, 6 hard negatives):
a live ticker's entry heading ("+++ 09:10 +++ Tusk: „...“") that repeats its entry is no
statement; a title after a clause with capitalised words ("under the Washington Treaty,
Foreign Minister X") takes no scope from them, so "the Polish foreign minister" / "the head of
Polish diplomacy" finds X; "the top Russian diplomat"; "the Hamas-controlled health authority"
and "the Hamas-run health ministry" are "Gaza health ministry"; "according to Ukrainian /
Russian information" names no speaker; a poll "by X for Y" is X's; particle surnames as cue
subjects ("von der Leyen said", "de Mistura said", "van der Bellen said"); an agency or a note
only relaying a speaker's own cue ("X said, according to the agency Interfax, that C", "X
reaffirmed that C, according to a note of the Moncloa", "«C», the head of state said,
according to a statement of the Élysée"); a titled surname after the full name ("Chief
negotiator Ryabkov"); adverbs between subject and verb (merely, only, subsequently); comma
asides (", also in Warsaw,", ", with whom Fidan had spoken by phone,", ", present in Moscow,");
"so mayor NAME" / "so regional governor NAME on Telegram"; "the President of the Republic
NAME" as head of state; framing verbs ("described the remarks of Y as «...»", "spoke of «...»,
while Z declined"); "the NGO" / "the organisation" after a named charity; inverted cues with a
phrase before the subject ("wrote on X the Estonian minister for foreign affairs, NAME",
"declared the spokeswoman of ..., NAME, quoted by the agency dpa", "indicated a Western
diplomatic source"). Written after the fixes were designed (not an unseen-text figure): the
extractor at the round's base 837d6eb scores .471 (P .615, R .381), .988 after the fixes (the
second clause of ", according to which C" after an inverted cue stays missed).

``dev_statements35.jsonl``: the tenth session's statement round on dev_articles36's errors
(translated German copy; 26 passages, 5 hard negatives): a report verb whose clause follows a
comma after a time or channel adjunct ("reported on Monday evening, C", "reported in its
morning report, C", "announced in the early morning, C") and "warned, C"; "on its side" /
"on the other side" between subject and verb; a long verb-less setting before "X said, C"
("At a press conference with ... on Friday in Chisinau, Merz said, C") and a title apposed
to the named speaker ("The head of X, NAME, said, C"); a party descriptor ("said the SPD
politician") after a sentence about the person that opens with a pronoun; a regional body
taking the region its own sentence names over the one an earlier body of that name took;
German spellings of table persons' given names ("Jurij Ihnat", "Andrij Sybiha"); "Since X,
according to Y's figures/count, C"; the conventions' partial fragment in the middle of a
clause and "called on X to ..."; negatives: a speech verb closing a fronted "While/When/After
..." clause, "warned of NP", a setting with no speaker. Written after the fixes were designed
(not an unseen-text figure): the extractor at the round's base 577dfd1 scores .250 (P .294,
R .217), .957 after the fixes (dst35-015's second regional body, named by the German
spelling "Charkiw" after an explicitly named "Sumy regional administration", stays missed).

``dev_statements36.jsonl``: the eleventh session's statement round on dev_articles38's errors
(English translations of French, Italian, Spanish, Polish, Ukrainian and Turkish copy; 51
passages, 11 hard negatives), written and labelled before any code change: passive agents
after "by" ("C, as was communicated by X", "C, it was informed by X", "C, as reported on
Telegram by the mayor of the city, NAME", "C, according to what was made known by X in a
note", "It was reported by X that C"); "As was specified, C" after a sentence with a source;
", specifying that C" / ", recalling that C" as second statements; "... voiced ‘grave
concern’ and recalled that C"; "the respective local authorities"; dashes ("C - local
authorities informed", "C - declared, on Friday, the governor of X, NAME, quoted by
agencies"); French and Italian inversions with an apposed name; a fronted capital or side
placing a bare ministry ("From Moscow, the Defence Ministry claimed", "On the Russian side,
the Defence Ministry said"); "Its Ministry of Defense" after "Russia, for its part, ...";
"according to the same military source"; "The organization detailed in a statement that";
a pronoun after "Questioned by reporters, X declined to comment."; "Zełenski", "the SES of
Ukraine", "(Kızılay)". First score on the unchanged extractor (base e843007): .523 (P .657,
R .434); .865 after the fixes. Three of the batch's own labels were put to the written
conventions after the first score (the first score is the same on either): "Lebanese
energy ministry" (the majority "X energy ministry" form, as "Lebanese health ministry"),
"Sumy regional authorities" (a regional body takes the region its sentence names), "Kyiv
city council" (the city its sentence names). Open: "As was stressed in its statement"
after a sentence with no cue (dst36-009), "and announced that C" after a partial
(dst36-016), "the respective local authorities" in a trailing cue (dst36-018; the subject
rewrite does not reach that path), "Its Ministry of Defense" after "Russia, for its part"
(dst36-029), "the same military source", "the organization" (dst36-031/032), the pronoun
after a declined comment (dst36-034) and dst36-040's Kyiv city council. Later rounds closed
most of these: the set reached .97 by the twelfth session (h_stmt38 made it a plain test).

``dev_statements37.jsonl``: the eleventh session's second statement round on dev_articles41's
errors (literal English translations of Ukrainian, Russian, Romanian, Czech, Hungarian,
Spanish, Portuguese and Arabic copy; 54 passages, 12 hard negatives), written and labelled
before any code change: "This was reported by the press service of X" (X speaks), a quote
credited by the next sentence ("“...” This was circulated by the Russian Defence Ministry",
the lead's real-page finding), "On the Telegram network, this was informed by X", "This is
stated in the summary of X"; "“...” – NAME emphasised." (a dash before a plain-order
source); bare heads pointing back ("the department specified", "According to the quoted
source", "According to the authority", "specified the organisation"); "The head of the
ministry added that" (the minister named before); present "informs that, ADJUNCT, C";
inverted cues with a time or channel between verb and subject ("announced today the X",
"reported this Wednesday the X", "stated yesterday the head of ...", "wrote on the X network
the ministry"); "As reported by X on Telegram, C"; "LEAD: as the head of X NAME reported, C";
"The Ministry of Health of Lebanon"; "reported the military administration of the Ukrainian
capital on Telegram earlier" (the lead's second finding); Czech spellings of table names
(Terechov, Synjehubov); "Kyiv/Prague –" and "Beirut – Agencies:" datelines. First score on
the unchanged extractor (base a997d17): .442 (P .523, R .383); .914 after the fixes. One own
label was put to the written naming convention after the first score (the first score is the
same on either): "Moldovan Ministry of Defence" -> "Moldovan Defence Ministry" (dst37-012, the
majority "X Defence Ministry" form). Open: "..., pointing out that C" after a non-speech verb
(dst37-026), "the Al-Masirah channel" (labelled "Al-Masirah", as art41-11), the Kyiv School
of Economics (no longer "Kyiv School", but unresolved: dst37-034), "the rescue service"
after Magen David Adom named inside the clause (dst37-036), "X denied ... and said C"
(dst37-037, "Senior Hamas" from the next sentence), "Moscow's Vnukovo airport" (dst37-039),
"the Civil Defence of Gaza" (dst37-042).

``dev_statements38.jsonl``: the eleventh session's statement round on dev_articles42's errors
(the shared sample's translated-German political copy; 43 passages, 10 hard negatives),
written and labelled before any code change: role descriptions standing for the person
quoted or named before ("the Chilean / Kenyan head of state", "the Polish head of
government", "the presidential aide told RIA Novosti", "the veteran diplomat", "the Labour /
CDU politician", "the Social Democrat", "the Republican senator"); bodies named through "of"
after "according to" ("the Kyiv School of Economics", "the National Bank of Ukraine", "the
Stockholm International Peace Research Institute"); "the Commission" in EU copy; hyphenated
titles before a name ("Commissioner-General", "Under-Secretary-General", "Deputy
Secretary-General", "Prosecutor-General"); "X called Y a „...“" (the subject's partial);
"his/her office said"; nested sources ("According to Ushakov / the Kremlin / it, Y V that C"
is the outer source's, whole clause; "According to TASS, Peskov said that C" Peskov's, as
dst11-039 and art32-01 label it: an outlet relays); "asked residents to"; negatives:
"confirmed the meeting but gave no details", datelines glued to a fronted "After /
Following / Despite" clause, role descriptions and titles with no cue. First score on the
unchanged extractor (base 9843802): .559 (P .559, R .559); .970 after the fixes (new module
``_rolepost``). Open: "..., the chancellor threatened" (dst38-032, no cue verb) and "the
governor there reported" (dst38-033).

``dev_statements39.jsonl``: the eleventh session's third statement round (helper h_stmt14, base
df81915) on the statement errors left in dev_articles38/41/39/40 (46 passages, 11 hard
negatives), written and labelled before any code change: a pronoun after a sentence that
names a person but says nothing the subject walk can read ("Questioned by journalists,
Kremlin spokesman X refused to comment. «...», he declared."; "the figures that Prime
Minister X presented on Monday. C, she said"); a second office named before the name
("Foreign Minister and Deputy Prime Minister X" ... "the deputy premier"); "the respective
regional authorities" (no place); "the same military source", "the same network", "the same
source"; "the health ministry of the territory/enclave" (Gaza's); "Its Ministry of Defence"
after "Russia, for its part, ..." and "the Russian ministry" (the ministry of that country
that spoke last); "the Al-Masirah channel" (the channel's name, as the annotators labelled
art41-11 and dst37-025); the "Bucharest, 4 November /Agerpres/ –" dateline; an inverted
office with the name after it ("wrote the member of the political bureau of X, NAME, on
..."); "X denied ... and said C" ("Senior Hamas" no person); "the rescue service" with
Magen David Adom in the clause; "the city council" in a dateline city's story and "In
Kherson city itself, ..., the city military administration reported"; "Moscow's Vnukovo
airport said"; "according to an analysis by the Kyiv School of Economics"; "and announced
that C" after a partial; "known by his call sign „...“, wrote". First score on the unchanged
extractor (base df81915): .541 (P .622, R .479); .864 after the fixes (``_s14refine``,
``_s14pron``, the dateline in ``document.py``). Open: "Moscow's X airport said" (no cue is
found), "and announced that C" after a partial (dst39-032/033), ", pointing out that C" after
a non-speech verb (dst39-019), "the health ministry of the enclave warned" (dst39-013),
"the respective city administrations" (dst39-008), a bare "Ministry of National Defence"
placed only by the Bucharest dateline (dst39-018), "known by his call sign" (dst39-035). Later
rounds closed part of these: the set reached .93 by the twelfth session and .96 after h_stmt38
(", pointing out that C" after a non-speech verb, "Moscow's X airport said"), which made it a
plain test.

``dev_statements40.jsonl``: the eleventh session's fourth statement round (helper h_stmt15,
base 5f25b5f) on the statement errors of dev_articles44 and 43 and those left in
dev_articles42 (51 passages, 10 hard negatives, one passage with its interception
labelled), written and labelled before any code change: "according to the (city/regional
military) administration in PLACE, C"; German "hieß es (weiter)" ("C, it was said
further.", "..., further it said.", "it was said" opening the paragraph after the
source); ", as the head of X, NAME, communicated"; a colon after a sentence naming the
speaker without a verb of saying ("X gave his own account: C, he wrote", "X had defended
Y a week earlier: C, he told reporters"); "according to Article 4 / plan" inside a
reported clause and as hard negatives; "In the region X, the regional military
administration reported that"; an acronym spelled out before ("(MApN)", "(NRC)"); "the
military said" after a sentence opened by the attacker; "a ministry spokesman/
spokeswoman"; "The missiles struck, according to X, an energy facility ..."; "rejected
the claim as « ... »"; "the regional health department" and "the city's emergency
medical center" in a city's story; "Sudan's army-aligned health ministry"; "the aid
group"; "X, a volunteer network, said"; "the governor there reported"; "according to the
civil defence" in Gaza copy; ", the chancellor/president threatened"; "as Merz has often
put it"; "said a senior NATO official, who asked not to be named"; a fragment closing the
clause before a trailing cue (indirect, the written convention); "The air force spoke of
95 drones destroyed". First score on the unchanged extractor (base 5f25b5f): .607 (P
.680, R .548); .984 after the fixes (``_s15post``, ``_s15said``, and small edits in
``_according``, ``_saidfrom``, ``_adverbs``, ``_regionback``, ``_cuewords``). Label call:
dst40-010's "Oleh Synjehubow" is labelled "Oleh Syniehubov" (the written convention, the
speaker table lists him), which the extractor does not give: 29 labels of 13 dev sets say
"Oleh Synjehubow" (see tests/data/README.md), so adding the alias was reverted.

``dev_statements41.jsonl``: the eleventh session's fifth statement round (helper h_stmt16,
base 9bf7dfd) on the statement errors of dev_articles46 and 45 (46 passages, 11 hard
negatives, statements only), written and labelled before any code change: people named
only by a first name ("who gave his name only as Andriy", then "the 29-year-old said");
"the movement/group said" after Hamas, Hezbollah or the Houthis; a press office of the
body its sentence names ("the service's press office informed", "the press service of the
prosecutor's office reported", "the company's press service said"); Ukrinform's "This was
reported on Telegram by NAME, an Ukrinform correspondent reports. According to him, C";
PAP's "the head of the Ministry of National Defence wrote" for the minister; Saba's "the
Israeli enemy's army"; anonymous sources placed by "in PLACE"; "a poll by the X
institute"; "the UN monitoring mission" and "the mission said"; "a brigade spokesman";
"According to the authority" after Rosaviatsia; "; today, according to the city council,
C"; titles joined by "and"; "said on Nov. 14 / on 14 November C"; "says more than N X
suffer"; table aliases. First score on the unchanged extractor: .417 (P .500, R .357);
.868 after the fixes (``_s16post``; small edits in ``_backrefs`` — "on Telegram" between
the passive verb and "by" — and ``_cuewords`` — a dated adjunct after the verb). Label
call: dst41-034 names "the EU Commission" as its sentence does (the table does not list
the body; dev_articles22/34/37 label it so). Open (xfail in
``test_statements_articles46``): "a military source in the Kursk region told TASS", "Energy
and Natural Resources Minister X said", "says more than N X go hungry", "an MSF doctor in
El-Fasher told AFP" (read as MSF's partial), "; today, according to the city council, C".

``dev_statements42.jsonl``: the eleventh session's last statement round (helper h_stmt17,
base 6c96f78) on the statement errors of dev_articles47 (then 45 and 46): 38 passages (9
hard negatives, statements only) in translated German political copy, written and labelled
before any code change. Families: a two-place dateline glued to the lead ("Vienna, Kyiv
Austrian Chancellor X has ...", then "the ÖVP politician said" / "the Estonian said" / "the
head of government told the Sejm"); polls named by institute or title ("a YouGov survey for
the dpa news agency", "an Insa poll commissioned by Bild", "the latest ZDF Politbarometer by
Forschungsgruppe Wahlen"); "As X reported, citing Y, C" (Y's: a person, a ministry,
"military sources"); a bare role after a holder's statement when the sentence before named
another holder in an adjunct ("Stubb said ... after receiving Ukrainian President Volodymyr
Zelensky. The head of state said C"); regional titles ("the Saxon head of government", "the
Bavarian politician", "the Hessian head of government") and "Minister-President NAME";
"she said" after a man and a woman were named; "called the paper „...“"; "C, he said:
„...“"; "spoke of „...“ and announced/said that C"; "the German Chamber of Commerce in
Ukraine"; a regional body placed by the city its own sentence opens with; "According to the
authority" after Rosaviatsia. Negatives: "rejected the accusation that", "thanked",
"welcomed", "called for", "As expected", "According to plan", a titled paper, a dateline
with no statement. First score on the unchanged extractor: .444 (P .538, R .378); 1.000
after the fixes (``_s17post``, ``_s17poll``, ``_s17cite``, ``_s17dateline``,
``_s17gender``; small edits in ``_according``, ``_cues``, ``_lookback`` and
``statements``; an "Infratest dimap" entry in the speaker table). Label calls (the
annotator's, dev_articles47): the poll's institute speaks, the client ("for RTL") never;
"As X reported, citing Y, C" is Y's.

``dev_statements43.jsonl``: the last statement round (helper h_fin_stmt, base cd4c202) on
the statement errors of dev_articles49 and 48: 26 passages (7 hard negatives; a few numeric
labels) in TASS, ANSA, EFE, AFP and translated German manners, written and labelled before
any code change. Families: "the military department" (TASS) after a defence ministry, also
"According to the military department, C"; a ministry named by its seat ("the head of the
Farnesina", "the head of the Quai d'Orsay"); a capital's national body ("Kyiv's air force",
"Moscow's defence ministry"); a country's body with its name and a description ("Britain's
UKMTO maritime security agency", "The UN's OCHA humanitarian office", "Ukraine's Energoatom
nuclear operator"); "declared NAME, who recalled/specified/added that C"; an unnamed source
with an apposition before its verb ("A medical source at X, one of the few ..., told AFP
that C"); "the city council" in a one-city story in German spelling ("Charkiw"); "urged X to
Y". Negatives: "the military department" and "the head of the Farnesina" with no saying
verb, "Kiev's air force lost ...", "who recalled NP", "described ... as NP", a source that
could not confirm. First score on the unchanged extractor: .429 (P .500, R .375; .476 after
the label call below); 1.000 after the fixes (``_s18post``; the seats in ``_headof``).
Label calls: "said that A and that B" is one statement (the written "X said A, and that B"
rule, as 20 of the 22 such labels elsewhere); dst43-021's "In the Kyiv region, ..., the regional
administration said" is "Kyiv regional administration" (the region named in the sentence;
the Kyiv/Moscow exception of the naming conventions is for the namesake city, as dnum-073
is labelled), and art48-12 was put so too.

``dev_statements44.jsonl``: the twelfth session's statement round on translated non-German copy
(helper h_stmt19, base 3d3899d) from the lead's real-page probes (findings12): 46 passages (10
hard negatives, statements only) in ANSA, AGI, AFP/Le Monde, EFE, Lusa, Agerpres, PAP,
Anadolu and Ukrinform manners, written and labelled before any code change. Families: a
quote-only sentence then its tail ("“C.” So said NAME", "“C.” Thus NAME on social media",
"“C.” This is what was stated/declared/affirmed by NAME", "“C.” It was said by NAME", "“C.” He
said so"), a cue between dashes inside one quote ("“C1 - he said on arrival - C2”", "“C1 -
underlined NAME - C2”"), quote-closing cues ("“C,” closed NAME", "“C,” he judged, estimating
that C2", "estimated the head of French diplomacy NAME on France Inter, judging that C2"),
"For X, “C”" (the Elysée, an aide, a minister), "..., estimated the Spanish prime minister
NAME, who indicated that C" (also "to Lusa, who specified", "quoted by Agerpres, who
assured"), "conveyed / passed on / transmitted ... that C", "C: this was made known on
Telegram by X" / ", as was made known by X in a post on X" / "by the spokesman of X, NAME",
the Kremlin's head ("the head / master of the Kremlin", "the Kremlin leader") and bare "the air
defence said" with "it said/added" after it. Negatives: "Thus ended ...", "closed the
summit", "conveyed his condolences", "the head of the Kremlin administration", "For the
residents of X, the “label”", "This is what was agreed by", "So far", "judged the appeal".
First score on the unchanged extractor: .241 (P .500, R .159); 1.000 after the fixes
(``_s19post``, ``_s19italian``; seven Italian, Turkish, Polish and Spanish officials and the
Kremlin stand-ins in the speaker table). Label calls: "“C1 - he said - C2”" is one direct
statement, the whole text between the marks (the marks' rule); "For X, “C”" is X's direct
statement; a bare "the air defence" in Ukrainian copy is "Ukrainian air defence"; "the
Lithuanian defence minister" with no name is labelled as written. The Elysée keeps the
article's spelling (the sets label "Élysée", "Élysée Palace" and "Elysée" as written, so it
is not put in the table).

``dev_statements45.jsonl``: the statement round of helper h_stmt20 (base f38886f) on the
statement errors of dev_articles50 (literal translations of AFP French, ANSA, EFE, PAP,
Agerpres, Kyodo and an Israeli paper): 43 passages (10 hard negatives, no numeric labels),
written and labelled before any code change. Families: Romance verb-first attributions
("C, affirmed on Friday the minister of ..., NAME, ...", "“C,” declared for his part the
commissioner general of X, NAME", "C, confirmed the Zarzuela, which ...", "C, specified in a
note the government of South Darfur"); a full capitalised body closing the sentence
("according to the Civil Defence of Gaza", "the Inspectorate for Emergency Situations Galati
reported"); "C, the spokesman of ..., NAME, informed on the air of the telethon"; "according
to what was referred by X"; "claimed/affirmed having taken ..."; "his office quoted him as
saying"; rank abbreviations ("Brig. Gen.", "Rear Adm."); "the minister" / "the top government
spokesman" right after a named minister or cabinet secretary (never a person named only
later); PAP's "the head of the MON/MSZ"; a ministry defined with its acronym in a Bucharest
or Chisinau datelined story ("Romanian Ministry of Foreign Affairs", then "the MAE").
Negatives: a title before its name with no clause ("The minister of Defence, NAME, affirmed
his support"), "According to what is known", "the head of the MON visited", "Having signed
the decree", a rank before a name with no verb of saying. First score on the unchanged
extractor: .419 (P .565, R .333); .947 after the fixes (``_s20inv``, ``_s20post``; the rank
abbreviations in ``_phrases``, "referred/indicated/made known by" in ``_according``, a French
spelling of Syniehubov in the speaker table). Open: "(MA) informed" (a two-letter acronym in
parentheses before the verb), "judged that C" (left to h_stmt19's "judged" family), a fronted
place with no comma before "according to the regional governor, NAME" (dst45-033).

``dev_statements46.jsonl``: the statement round of helper h_stmt21 (base 2ca056d, main
8351459 merged) on the statement errors of dev_articles52 (the sample's translated-German
overview and ticker copy) and dev_articles53 (agency English): 39 passages (11 hard
negatives, a few numeric labels), written and labelled before any code change. Families:
a bare "the president said" after a head of state's statements in the paragraph; "the
ministry said" after a ministry spoke in the paragraph, "the rescue service / the service
said" after a named service; "the military administration said" after "the head of the
regional military administration" with the region named in its sentence (and the "it
said" after it); a quoted fragment closing the first of two joined clauses ("had been
“frank”, but C2, X said": the whole indirect clause); a quoted operation name inside the
reported clause; "X put the number ... at N; C, it said"; "C, X said on Sunday, in an
attack that ..."; "“Q,” said an officer of X who spoke on condition of anonymity / who
asked not to be named"; a group's plural possessive ("The Houthis' health ministry");
"has denied A and has said C"; "declared a truce ..., according to X". Negatives: quoted
names with no cue, "has previously denied ..." alone, "declared a state of emergency",
a body only named, "warned against", "counted N drones". First score on the unchanged
extractor: statement .455 (P .500, R .417); 1.000 after the fixes (``_s21post``,
``_s21quotes``).

``dev_statements47.jsonl``: the statement round of helper h_stmt22 (base 9ddee5c) on literal
English translations of French and Italian copy (AFP French, Le Monde, Le Figaro, RFI; ANSA,
AGI, Adnkronos, Corriere), the weakest statement copy of a measured set: 54 passages (11 hard
negatives, no numeric labels), written and labelled before any code change. Families: a quote
closed by a verb the cue scan does not list ("«C», hammered / lambasted / deplored / regretted
/ rejoiced / quipped / confided / thundered / admonished / ironised / glossed / stigmatised /
pleaded / protested / wondered / launched ... the TITLE, NAME, SETTING", "«C», limited himself
to saying X", "«C», he let slip", "«C», the Ukrainian president hammered"), read only after a
closing mark (``_s22verbs``); "for his part" between such a verb and its subject; a long title
before the apposed name followed by a setting ("..., the director general of the IAEA, NAME,
on his arrival in Vienna"); "So thundered X" after «C». (full stop outside the mark);
"judged / regretted / deplored / lamented that C" with a fragment inside C (indirect); "made
it known that C"; a role closed by "during ..." or "in a statement". An unlisted "«C», VERBed
NAME" no longer hands the quote to the previous sentence's speaker. Negatives: the same verbs
in their other senses ("hammered the government", "welcomed the president", "regretted the
absence of", "slipped away", "protested to the ambassador against"), quoted names and a
caption. First score on the unchanged extractor: .345 (P .833, R .217); .978 after the
fixes. Label calls: "Cardinal NAME" is NAME (a speaker-table row with the honorific as an
alias); "sources of Palazzo Chigi" is "Palazzo Chigi sources", as the earlier sets label it.
Open: "the head of European diplomacy" after Kaja Kallas (the table gives her no role; the
reader makes it "european foreign minister").

``dev_statements48.jsonl``: the statement round of helper h_stmt23 (base e07231a, main e77f226
and 41dc114 merged) on the statement errors of dev_articles54 (literal English of AFP, Le
Monde, Le Figaro, RFI, France 24, ANSA, AGI, Adnkronos, Corriere copy): 50 passages (11 hard
negatives, no numeric labels), written and labelled before any code change. Families: a
verb-first tail after «C» whose subject is a role or is followed by an outlet or adjunct
("insisted the head of French diplomacy on France Inter", "said the tenant of the Kremlin,
quoted by the agency TASS", "declared the deputy prime minister, interviewed by La Stampa",
"warned the head of the UN agency in Vienna"); "the head / tenant of the Elysée", "the head of
Italian / French / Ukrainian diplomacy" (the foreign minister named before), "Russian
diplomacy", "Sources of the X", bare palaces; "For the head of French diplomacy, «C»";
"according to whom C"; ", who announced / recalled / assured him that C"; ", while specifying
that C"; "let it be understood / known that C" and "C, he let it be understood"; "called on X
to «...» ..." and "threatened to VERB «...» ..." (the whole complement); a fragment after a
framing verb given to its own clause's subject ("expressed his «deep concern»", ", who
reaffirmed the «full support»", ", while NAME denounced a «...»", "judging them «...»");
"...: according to a survey by X, C" and "the X institute". Negatives: "reiterated his appeal
for", "did not exclude", "accused ... of", "which reported damage", a palace described, a role
receiving someone, "According to the timetable". First score on the unchanged extractor (base
e07231a): statement .466 (P .607, R .378); .966 after the fixes (``_s23post``,
``_s23clauses``, ``_s23roles``).

``dev_statements49.jsonl``: the statement round of helper h_stmt24 (base e07231a, rebased on
e77f226) on the statement errors of dev_articles56 (articles modelled on the shared sample: a
political event in long quotes, then the war day's figures) and dev_articles55 (agency English,
German-style roundups, Ukrainian regional posts): 42 passages (11 hard negatives, no numeric
labels). Batch 1 (dst49-001..038), written and labelled before any code change: a bare role
closing a quote ("“Q,” the head of state declared", "the president stressed", "the
chancellor", "the prime minister") after a statement by a holder of that role, with another
holder named in an adjunct, and the "he said" after it; "C, said the head of the X
delegation, TITLE NAME" and the "he explained" after it; a quoted product or plan name before
its noun inside the reported clause ("its own “Flamingo” cruise missile", "the “Peace
Formula” plan": the clause, no partial); "continued to VERB" read as a trailing cue
("Despite the truce ..., the army has continued to ...") and the trailing "the General Staff
said" it hid; "The health ministry says Israel's ..." after "the Gaza health ministry"; "“Q!”
– NAME emphasized." / "“Q?” – NAME asked." (the splitter cuts the signature off). Negatives:
"continued to / went on to" acts, quoted names with no cue, a bare head of state's act, a
delegation "led by" its head. First score on the unchanged extractor: statement .587 (P .614,
R .562); 1.000 after the fixes (``_s24post``, ``_s24more``). Batch 2 (dst49-039..042, written
after the first fixes, .000 on the base): "said the spokesman for the X, NAME" that no reader
took, "“Q?” — he asked." after a named governor, and a sentence-initial "Regional police"
(read as "Regional regional police") placed by its own sentence's region, else the one
before. Whole file: .545 -> 1.000.

``dev_statements50.jsonl``: the statement round of helper h_stmt25 (base 41dc114) on literal
English translations of Romanian (Agerpres, News.ro, Digi24), Spanish (EFE, Europa Press) and
Portuguese (Lusa) copy, from the lead's findings12c and real Romanian/Iberian pages: 50
passages (10 hard negatives, no numeric labels), written and labelled before any code change.
Families: a relaying outlet after the real cue ("“C,” transmitted the MApN, according to
News.ro": the MApN); a bare ministry acronym as the subject in the present tense ("The MApN
specifies / transmits / informs that C", "The MAI also specifies that C"), placed by the
dateline; Romanian and Iberian verbs before "that" ("communicated", "showed", "brought to
mind", "made the specification", "defended", "guaranteed", "pointed out"); adjuncts between
the verb and "that" ("declared, on Tuesday evening, at the Cotroceni Palace, that C",
"indicated, at the end of the meeting ..., that C"); "the institution", "the quoted source",
"the cited official" pointing back ("According to the institution, C", "specified the
institution", "In the opinion of the institution, C"); "In the opinion / view of X, C"; "A
press release of X informs that C"; "the Executive" after "the Government of Spain"; roles
the readers left unresolved right after the person ("the head of the Spanish diplomacy",
"the Spanish president"); quote-first sentences closed by "began by saying the prime
minister" or "the prefect of X, NAME, sent to AGERPRES"; "“C.” This was assured on Monday by
X". Negatives: the same verbs with an object ("assured the continuity", "indicated the
location on a map", "transmitted the solidarity", "communicated with", "showed the
fragments"), "According to the schedule", "did not communicate", a source/photo credit line.
First score on the unchanged extractor: .524 (P .688, R .423); 1.000 after the fixes
(``_s25post``, ``_s25read``, ``_s25who``; "assured / affirmed / underlined / specified /
indicated / transmitted by" in ``_backrefs``' passive agents). Label calls: "MApN" / "the
MAI" in a Bucharest / Chisinau datelined story is the Romanian / Moldovan ministry (as
``dev_articles50``); "Belém", "Planalto" and "Moncloa" speak as written (like "Zarzuela");
"the Executive" is "<Country> government"; "In the view of X, “C”." with nothing else in the
sentence is X's direct statement (as "For X, “C”"); a rank before the name ("General NAME")
is no part of it. Open: a bare "According to X, C" with a lowercase description is left to
the earlier readers (reading it broadly cost two sets a spurious statement each).
``dev_statements52.jsonl``: the statement round of helper h_stmt27 (base 045cbaf) on the
lead's findings12d (AFP-French and ANSA/Adnkronos-Italian copy) and the statement errors of
``dev_articles58`` (the sample's layout, written blind): 53 passages (11 hard negatives, no
numeric labels). Batch 1 (dst52-001..047), written and labelled before any code change:
"“C.” This was stressed / recalled / emphasised / reiterated / highlighted / pointed out
(on Tuesday) by X" after a quote-only sentence, also "by the head of X, NAME,"; "For the
minister / chancellor / head of government / NAME, Moscow “C”." after that person spoke
(the whole clause, indirect); "NAME also launched an appeal: “C,” said the Pontiff / the UN
chief / stressed the premier" (NAME's direct quote, not the role's, not a clause swallowing
the intro); "the (local) health ministry (of the territory,) controlled / run by Hamas" as
the Gaza health ministry, also as the subject of "said"; "declared the president alongside
his Lithuanian counterpart NAME" (the holder named before with that title); "said C and
warned of / spoke of “F”" (the clause, then a partial); "NAME, asked about X, said C";
"NAME, known by his call sign “M”, said on Facebook that C"; "The regional military
administration published ... in Kherson. C, it said." (placed). Negatives: passives with no
speaker ("confirmed by satellite images", "organised by the embassy", "decided by the
conference"), "For the premier, it was ..." (no quote), a banner's words, "controlled by
Hamas" with nobody speaking, a press conference with no words, "asked about ..., declined to
comment / did not respond". First score on the unchanged extractor: .633 (P .735, R .556);
1.000 after the fixes (``_s27post``, ``_s27places``, ``_s27dateline``; more verbs and a time
adjunct in ``_thiswas``' passive, "budget energy finance economic economics trade transport" in
``_phrases.NP_LOWER``). Batch 2 (dst52-048..053), written after the fixes for the
dev_articles58 families the first batch lacked ("Their energy expert NAME said", "According
to the Defence Ministry" under a glued "Berlin The ..." dateline, "Sumy, Kharkiv Russian
drones ..., according to the regional authorities", and second passages of two probe
families): 1.000 as written. Whole file on the unchanged extractor: .598 (P .703, R .520).
Label calls: "For the minister, Moscow “C”." is the minister's indirect statement whose
quote is the whole clause, marks kept (the written rule for a fragment inside a clause);
"Pope Leo XIV" keeps the title (no table row; the name as the article writes it); a glued
two-place dateline is a list of regions (no qualifier), as the art58-08 annotator labelled.
Open: "health" is not among the new speaker-phrase words ("The party's health expert NAME")
because it makes "the ministry of health said" readable in a numeric set that labels no
statements.
``dev_statements53.jsonl``: the statement round of helper h_stmt28 (base ead9993) on the
statement errors of ``dev_articles59`` (literal English of Romanian, French and Italian copy)
and ``dev_articles61`` (numbers-heavy French/Italian/Spanish/Romanian copy): 56 passages (11
hard negatives, no numeric labels), written and labelled before any code change: one verb
with its whole that-clause ("let it be known, through a post on Telegram, that A „F” and that
B", "made it known that", "maintained that C „F”", "hinted / confided / assures that C"), split
after a guillemet ("recalled that «A» and that «B»": two, the written ``dev_statements27``
call); "... and asked the allies for X" closing the clause; "X replied / answered / claimed
through its (military) spokesman(,) NAME: «Q»"; "«Q1. [paragraph] «Q2», continued the president /
premier" (the person named before Q1); "declared the ROLE alongside NAME" (the role's
holder); "In the opinion / view of the ROLE, General NAME, C «F»"; "From the Quirinale /
Palazzo Chigi, the ROLE NAME VERB that C"; "PLACE, where, according to X, C"; "«Q», analyses /
recounts / admitted NAME-or-role", "„Q,” he admonished", "NAME admonished: «Q»"; "the head of
Romanian diplomacy" / "the premier" / "the head of state" pointing back at the titled holder;
"he declared ... at a forum organised by X in Turin" (no place of the adjunct); "defined «F»
the X" (partial); bodies named with their country ("the divers of the Bulgarian Navy ... the
Navy announced", "the Ministry of the Armed Forces" under "Paris -"); "According to the group /
company, C" after the company; "the X operator on its Telegram channel"; "the General Staff of
Kiev", "the Central Command of the United States (CENTCOM)", "the Ministry of Defence from
Moscow", "The Ministry of Health in Gaza, in its written statement,"; Romance spellings of the
table's people ("Sergueï Sobianine", "Ihor Terehov"). Negatives: the same verbs and bodies with
no words ("let the deadline pass", "continued the visit", "replied to the letter", "recalled the
ambassador", "admonished the players", "the analyses of the debris", a quoted frigate name).
First score on the unchanged extractor: .360 on the batch as first written (P .410, R .320);
.433 on the final labels (P .512, R .375). 1.000 after the fixes (``_s28post``,
``_s28clause``, ``_s28verbs``, ``_s28bodies``, ``_s28translit``; one line in ``_postpasses``,
one spelling source in ``_roles``, four alias rows appended to the speaker table). Label
calls: "that «A» and that B" is two statements and "that A „F” and that B" / "that A "F" and
that B" one (the ``dev_statements27`` call is about guillemets; art17-06/08, art50-07/08 and
art57-08 label the other marks one), so dst53-002..004 were written as two and
dst53-005/056 as one after the first score; dst53-022 names the president (its first text
did not). Open: a bare description with no name before it ("The teacher ..., assures that C")
resolves to nobody (xfail in ``test_statements_articles59``).

``dev_statements51.jsonl``: the statement round of helper h_stmt26 (base 045cbaf) on the
statement errors of dev_articles57 (literal translations of Polish PAP, Greek ANA-MPA, Turkish
Anadolu, Czech ČTK, Romanian, Spanish and Portuguese copy): 47 passages (10 hard negatives, no
numeric labels), written and labelled before any code change (dst51-042..047 added after a
first look at the Romanian/Iberian articles, still before any change). Families: "C, the ROLE,
NAME, passed on (on DAY)." and "In PLACE, mayor NAME passed on (to PAP) that C"; a bare "the
minister" / "the deputy minister" / "the head of the BBN" / "added the Ukrainian minister"
pointing back at the holder introduced as "the head of the MON/MSZ/MSWiA, NAME" or "the
Minister of X, NAME", not the last person named (and "He reminded that" after it); "„Q”,
emphasised in an interview for X the head of the BBN, NAME." / "declared NAME, quoted by
TASS." / "declared Grindeanu for News.ro."; a ministry in a datelined story ("Athens
(ANA-MPA) - ..., the Ministry of Maritime Affairs and Insular Policy announced[, specifying
that D]") named in full with the dateline's country, "Meanwhile, " and the dateline kept out of
the clause; a vessel's quoted name ("the frigate «Psara»") no partial; "claimed its NOUN
VERBed" without "that"; "NAME today / yesterday / on Monday said that"; titles joined by "and"
before the name; "NAME VERBed OBJ and announced that"; "A, while the ROLE, NAME, said that B"
two statements; "According to a NAME agency survey for OUTLET" / "a survey by NAME published
on Monday". Negatives: "passed on the chairmanship / his congratulations", quoted ship names
with no cue, "claimed its third title", "According to the schedule", a minister's act. Label
call: "Inspector Jan Kowal" is "Jan Kowal" (a police rank, like "Colonel"). First score on the
unchanged extractor: statement .469 (P .594, R .388); 1.000 after the fixes (``_s26post``,
``_s26roles``, ``_s26bodies``, ``_s26claims``).
``dev_statements54.jsonl``: the statement round of helper h_stmt29 (base ead9993) on the
statement errors of ``dev_articles60`` (literal translations of Ukrinform/UNIAN/Suspilne,
TASS/RIA Novosti/Interfax, Tagesschau/Spiegel reportage, EFE and PAP/ČTK copy): 51 passages
(11 hard negatives, no numeric labels), written and labelled before any code change.
Families: "In the opinion / view / assessment of the ROLE, RANK NAME, C" (the person, the rank
no part of the clause) and "In the opinion of the diplomat, C" after the person spoke; "As the
head of the RMA / OVA said, C" and "According to the head of the MVA, C" (the holder named
before as head of the regional or city military administration); "As the ROLE NAME specified
/ wrote / clarified, C"; "The representative of the Kremlin / Foreign Ministry also stressed
that C" after the spokesperson spoke; a title run, the name and an adjunct before the verb
("... NAME at a press conference in Moscow declared that", "... NAME in a comment to Ukrinform
stated that", "... NAME, answering questions from journalists, noted that") and "“Q,” the
diplomat emphasised" after it; "C. About this, X informed in Telegram."; a reportage
interviewee described, not named ("“Q,” explains a sergeant of a border brigade, who asks not
to be named", then ", he says.") and "the nurse NAME ... “Q,” she says."; "It was X: according
to Y, C"; "The International Committee of the Red Cross (ICRC) ... recalled that C" and "(IAEA)
expressed its concern and reported that C"; "stated through its spokesman, NAME, that C";
"According to the ministerial note / a military statement, C"; "X, according to it, VERB";
"NAME, asked (by journalists) about X, stated / noted that C"; "drew attention to the fact
that, in her words, C". Negatives: the same openings with nobody speaking ("As the head of the
RMA, Fedorov is responsible ...", "About this, the residents learned ...", a call sign in
quotes, "According to the schedule", "declined to comment"). First score on the unchanged
extractor: statement .414 (P .545, R .333); 1.000 after the fixes (``_s29post``,
``_s29reads``). Label calls: "the Ministry of Public Health of Lebanon" is the "Lebanese health
ministry" (as art60-10 and every set label it); a described interviewee is the description
without its article ("sergeant of a border brigade", as art60-07); "X, according to it, VERB
..." quotes the predicate after the attribution (as art60-12).

``dev_statements55.jsonl``: the statement round of helper h_stmt30 (base 09ff309) on the
statement errors of ``dev_articles62`` (literal English of NHK, Kyodo, Yonhap, Xinhua, Al
Jazeera, Asharq Al-Awsat, Ynet/Haaretz copy; AP, Reuters, AFP and Bloomberg English) and the
lead's probes of translated copy: 46 passages (10 hard negatives, no numeric labels), written
and labelled before any code change. Families: "X (also) expressed the view / the opinion /
her belief that C" and the Romanian "X, present in Brussels, appreciated / appreciates that
C" (``_s30verbs``); "C, the quoted source also specifies." / "C, the same source also
informs." / "C, the cited source also mentions." (the body of the sentence before; present
"specifies / mentions / details / shows / indicates" closing a sentence); a dateline before a
quote (``Paris - "Q," said NAME``, ``Bucharest, 12 March - "Q," said NAME``, ``Berlin, 4 June
(dpa) - "Q," said NAME``, "Warsaw – “Q,” NAME said": the direct quote, not a clause opening
with the place); "COUNTRY's BODY (ACR) said" then "The ACR said" / "According to the ACR"
("South Korean Joint Chiefs of Staff", "Taiwanese Ministry of National Defense", "Japanese
Coast Guard Agency"), "The Ministry of National Defence (MApN)" (Romanian); a bare national
body under a capital's agency dateline ("TOKYO, Aug 21 (Kyodo) -- The Ministry of Defense",
"SEOUL ... The presidential office"); "the official SANA / state-run IRNA news agency"; "(For
its part,) the Hamas movement said" after another body, and "It called on ..." after it; "NAME,
58, a nurse at the city hospital, said C"; "A hospital official told Reuters that C, adding
that D" (a service describes an unnamed official; the addition split off); "“Q,” NAME said,
stressing / noting that C"; "“Q,” said MDA paramedic NAME. “R.”" and "said the commander of
X, Brig. Gen. NAME"; "X told reporters at the Ministry of Defense / at a press conference in
the morning that C". Negatives: "appreciated the quick response", "The view that ...", a
dateline with no quote, an agency's building, "Officials estimate the damage at", the
movement's founding, "The quoted source did not respond", "The JCS exercise", a name, age and
description with no verb of saying. First score on the unchanged extractor: .300 (P .400, R
.240) as written; .325 after dst55-034 was put to the written partial-quote rule ("X was
“gravely concerned” by ..., his spokesman NAME told reporters": the fragment is a partial
quote, tests/data/README.md, dev_articles28's calls); .938 after the fixes (``_s30post``,
``_s30bodies``, ``_s30quotes``, ``_s30verbs``, one condition in ``_titled``). Open:
"Analysts / officials estimate that C" (dst55-004/005, and art62-07's "Security officials
estimate that C") is labelled a statement here as the dev_articles62 annotator called it, but
dev_articles24, dev_articles51 and dev_numeric26/27 leave the same shape unlabelled, so it
stays unread; "The Inspectorate for Emergency Situations reported that C" ("inspectorate" is
no body head; then "the same source" has no speaker to take back); ", while cautioning that C".

``dev_statements56.jsonl``: the statement round of helper h_stmt31 (base 0090d7c) on the
statement errors of ``dev_articles64`` (literal English of French, Italian, Romanian,
Moldovan and Belgian copy, which the round-28 fixes had reached little) and
``dev_articles63`` (the sample's German-online layout): 49 passages (8 hard negatives, no
numeric labels); dst56-001..045 written and labelled before any code change, 046..049 (ticker
stamps, "saluted a «F»", "and reminded that" after a guillemet clause) after the first fixes.
Families, read by their general mechanism rather than by phrase: a national body with no
country in a story told from one country ("The Ministry of National Defence (MApN) informs
that", "According to the Ministry of Defence" among Moldovan places, "confirmed the Ministry of
Economy" in an Italian story) takes the country the story names most (``_s31country``); a body
or described speaker opening its own sentence after another person was named ("NATO, in a
communiqué, reiterated that C", "Questioned / Contacted / Interviewed by OUTLET, a diplomatic
source let slip that C", "A European diplomat confided to OUTLET that C", "Sources of Palazzo
Chigi let filter that C"); "the tenant of the Quai d'Orsay / Elysée / Palazzo Chigi" as the
office holder named before (``_s31roles``); the subject keeping the words of its participle
clause ("X thanked Y after a call with Z, writing on X that C", "«Q», said NAME, announcing that
C", "... and specified that C"); "asked the partners to «speed up» ..." one indirect statement;
"An Elysée adviser" without its article; "which according to the movement VERB ..."; "More
cautious the Foreign minister NAME. «Q», he added."; "And again: «Q»"; ", while insisting that
C" and ", but underlined that C" after a guillemet clause as second statements; "the civil
defence of Gaza"; "Update, 7:30 am: According to Governor NAME, C". Negatives: a "NAME: «Q»"
headline, "Questioned by X, the minister declined to comment", "the tenant of the Elysée will
travel", the MApN buying vehicles, "which according to the text". First score on the
unchanged extractor: statement .416 (P .485, R .364) on dst56-001..045 (.400 on the whole
file); 1.000 after the fixes (``_s31post``, ``_s31reads``, ``_s31roles``, ``_s31country``).
Label calls: the story's country names bodies the same way a dateline does (as the
``dev_articles64`` annotator labelled them); "Sources of X" are "X sources", "A NATO official"
is "NATO official" (the description without its article, as the sets label "diplomatic
source").

``dev_statements57.jsonl``: the round of helper h_stmt32 (base 28cdb79) on the open statement
xfails: 44 passages (12 hard negatives, no numeric labels). Families: an unnamed person or source
placed by "in/at PLACE" before or after the verb ("C, a military source in the Belgorod region
told RIA Novosti", "“Q,” a nurse in Kherson told Reuters", "A security source in Aden told AFP
that C", "C, according to a military source in the Kherson region", "“Q,” said a Western
diplomat in Kyiv", "C, said a senior EU official in Brussels, who asked not to be named"); "X
says more than / almost N people go / suffer / lack ..." without "that"; an epithet as the
inverted subject after a quote ("said the former boxing champion"); "X rejected the claims as
“F”" (partial). Negatives: ", who announced a curfew on Monday, visited ...", ", which reported
damage in three regions, published ...", a placed source that declined to comment, "said
nothing about", "rejected the findings and ordered ...". First score on the unchanged extractor:
.432 (P .571, R .348; dst57-001..033, written and labelled before any fix); dst57-034..041
(written after the first fixes, before their own) .000 on the same base; dst57-042..044 (",
adding / noting however / stressing also that D", written before their fix) .909; whole file
.473 on the base; 1.000 after the fixes (``_s32post``, ``_s32clause``). Label calls: the placed
description keeps its place and drops its article (the dev_statements26 call); "rejected X as
“F”" is a partial quote like "dismissed X as". Open: "said that A and that B “...”" (split only
after a closing mark by the written calls), "a bare title after the dash", "the health
authorities of the enclave", a lower-case word in a poll institute's name, month words as
given names.

``dev_statements58.jsonl``: the round of helper h_stmt33 (base c6f19fd) on the statement and
casualty errors of dev_articles65 (agency English and the English of Ukrainian and state
outlets): 35 passages (12 without a statement, 9 of them hard negatives; casualties labelled).
Families: a possessive body before a report noun ("according to the General Staff's morning
report", "C, the General Staff's evening update said", "the Russian Defence Ministry's daily
briefing said"); a common noun's office naming the body before it ("the refinery's / plant's
press service / office", "the station's information service"); an outlet's reporter ("CNN's
NAME, reporting from X, said", then the surname); "Spokesman / Head of the BODY NAME said"; a
bare "the command said" after the unit (same or previous sentence); a bare "the health ministry"
after the full name ("the Gaza health ministry", "Lebanon's health ministry"); "X VERBs ..., and
has (long) said / maintained that C"; "One of the wounded is a 15-year-old boy" (a record of
one); "One of them, a man, was taken to hospital" (no record); "Earlier, on Oct. 9, ..." (a past
incident, no record). Negatives: the same possessives, roles and fronted dates with no words or
harm. First score on the unchanged extractor: statement .590, casualty .588 (written and
labelled before any fix; .625 on the final file, dst58-016 reworded after it because
recovered bodies are a call the rules do not make); 1.000 / 1.000 after the fixes
(``_s33post``, ``_cas33``).

``dev_statements59.jsonl``: the round of helper h_stmt34 (base c6f19fd) on speaker resolution in
multi-speaker copy: 77 passages (9 hard negatives, no numeric labels) of literal English of
French, Italian, Spanish, Romanian and German political copy and agency English, each with two
or more named speakers of one kind (two presidents, two ministers, a minister and a premier, a
body and its spokesman, a man and a woman), where a pronoun, a bare role ("the minister", "the
head of state", "the vice-president", "the French diplomat", "the head of the Spanish
government", "the leader of the League"), an inverted cue ("..., continued the Finnish
president"), "Her Lithuanian colleague said", an interview frame ("Interviewed by RTL, the
government spokeswoman X rejected ...") or a quote-only paragraph decides the speaker. First
score on the unchanged extractor: .865 (P .870, R .860; dst59-001..044, written and labelled
before any fix); dst59-045..064 (written after the first fixes, before their own) .735 on the
base, .824 after the first fixes; dst59-065..077 (written after the second fixes) .933 on the
base and after the second fixes; whole file .846 on the base; .980 after the fixes
(``_s34post``, ``_s34roles``, the ``_s14pron`` fronted-frame verbs, the German closing mark in
``_headlines``, "counterpart"/"colleague" in the noun-phrase words of ``_phrases``). Open: "The
deputy X, president of Y," (the French député read as "deputy"; making "deputy" a profession
dropped a dozen sets), "C, the Élysée announced without giving further details", "The
chancellor agreed and announced that C" (adding "announced" to the conjoined cues dropped
four sets).

``dev_statements60.jsonl``: the round of helper h_stmt35 (base c5fc6f6) on the statement errors
of dev_articles67 (literal English of Italian agency copy): 36 passages (6 without a statement,
plus 3 hard negatives beside a real statement). Families: an adjunct between an inverted saying
verb and its subject ("«C», wrote on X / on Telegram the ROLE NAME", "replied from Brussels the
minister NAME", "echoed him (from Berlin) the ROLE NAME"), or a participle after a bare surname
("declared Zelensky leaving the palace"); "«C», he said" after a verbless fronted predicate
("More prudent the minister NAME.") or after a new person's reported words; a body qualified by
its capital ("From Moscow, the Ministry of Defence made known", "reported the air force of
Kiev") or trailed by its owners ("the Al-Masirah TV of the rebels"); "who announced a day of
mourning" (a noun object: no statement); "reiterated that «not one school» will close" (the
whole clause, indirect); "NAME, finally / then / instead, announced that C"; "According to the
adviser, C" (the person given that role before, not the clause's subject); "Meanwhile in Gaza
the civil defence made known that"; "made known X, which specified that C"; long Italian
headlines ("NAME at the summit in Brussels, then in Kiev: «...»"). First score on the unchanged
extractor: statement .625 (written and labelled before any fix); .976 after the fixes
(``_s35post``, ``_headlines._quoted_headline``). Open: "the Lebanese Ministry of Public Health"
(the dev_articles67 call "Lebanese health ministry" against 11 labels in five older sets that
keep the article's wording).

``dev_statements61.jsonl``: the round of helper h_stmt36 (base 8ec31f8) on the statement errors
of dev_articles66 (literal English translations of French copy, where the phrase-level fixes
of rounds 28 and 31 had not transferred): 35 passages (8 hard negatives, no numeric labels).
Families: ", (while) VERB-ing that C" after another clause (split from or added to the first
one), ", while VERB-ing ..." with no saying verb closing the clause; "«Q», VERB [adjuncts] the
TITLE, NAME" with verbs in any tense ("confides", "hammered before the Bundestag", "wanted to
reassure"); "called on / urged / asked OBJ to VP" with a quoted or apposed object; "According
to the DESCRIPTION NAME, C", "according to NAME estimates, C", "..., according to him, C"; "the
DESCRIPTION, NAME" as a speaker; religious honorifics; "NAME VERB-ed [adjuncts] a «F»".
Negatives: the same verbs and marks with no words ("while assuring the supply", a quoted
place or exhibition name, "According to the timetable"). First score on the unchanged
extractor: statement .566 (P .652, R .500; written and labelled before any fix); 1.000 after
the fixes (``_s36verbs``, ``_s36post``).
``dev_statements62.jsonl``: the round of helper h_stmt37 (base d8b7b23) on the statement errors
left in dev_articles66 inside the attribution reader: 31 passages (9 without a statement, plus
3 hard negatives beside a real statement). Families: a present report verb with a perfect
infinitive after an adverbial opener ("In total, X claims to have VP-ed"); a French gerund
report ("affirmed / confirmed / admitted having VP-ed"); "By TIME, SUBJECT VERB-ed NP and
warned / said that C"; "he"/"she" after "«Q», VERB the TITLE, NAME" (a person, never a body
like "the European Commission"); "the NAME airport" as a speaker; relatives whose verb takes a
noun ("who reported two injured", "which reported damage to ..."); a body's present "says it
has ...", "which Kyiv disputes" after a claim; "at a moment / on a day when X urges Y to VP"
(background, no statement) and "and called the shooting «F»" (a partial) kept open. First
score on the unchanged extractor: statement .583 (P .636, R .538; written and labelled before
any fix); .857 after the fixes (``_s37open``, ``_s37pron``, ``_s37rel``), .962 after
h_stmt38 (``_s38post``, ``_s38reads``: "For its part, X affirmed to have VP-ed", "The charity
X says", "at a moment / on a day when X urges" dropped, "C, according to the head of the city,
NAME, who reported ..." and ", and called the shooting «F»" as a partial), now a plain test.
Open: dst62-018 ("said the emergency service" is read as "State Emergency Service", the
lexicon's default for the bare description; the label keeps the description).
``dev_statements63.jsonl``: the round of helper h_stmt38 (base 640bee7) on the open statement
tests and the ``make run`` sample: 43 passages (11 without a statement). Families: a dateline
place glued to a paragraph's reported clause ("Kherson Russian troops shelled ..., the
governor said"; "Kherson City Council" as a negative); "«Q». With these/those words X opened /
began / greeted / closed ..."; "on a day / at a moment / at a time when X urges ..." (no
statement); "For its/his/their part, X affirmed / claimed / declared to have VP-ed"; "The
charity X says it has ...", "Caritas Ukraine says"; "“Enough!” – the governor wrote." after a
sentence naming the governor; "the health authorities of the enclave / territory"; "the
Inspectorate for ..."; "A poll by X in June found that C", "Infratest dimap". dst63-039..043
were written after the fixes (regression only): "C, according to the DESC, NAME, who ...",
"..., and called the incident «F»", "Moscow's X airport said", ", pointing out that C" after a
non-speech verb. First score on the unchanged extractor (dst63-001..038, written and labelled
before any fix): statement .533 (P .800, R .400); .986 after the fixes (``_s38post``,
``_s38reads``, "inspectorate" among the lexicon's body heads). Label call: dst63-030's "the
health authorities of the territory" is Gaza's ministry by the dst39 convention, but the
passage names no Gaza and the rule keeps "territory" to Gaza stories: a known miss.
``dev_statements66.jsonl``: the round of helper h_stmt41 (base da21925) on the statement errors
of dev_articles70 (statement-heavy literal English of Italian and French copy, mostly indirect
speech), read by mechanism: 44 passages (10 without a statement). Families: the sentence's
subject read past an adjunct, a relative or participial clause or a first predicate ("X, in
an interview with Y, has affirmed that", "X, who visited Z, has specified that", "X,
opening the congress, has maintained that", "X, after visiting the port, explained that",
"X has summoned Y, and has declared that"), with a dateline ("(AGI) - Rome, 3 Dec. - ")
and fronted adverbials skipped; "underlined / stressed how C"; "made known that";
"recalled that A, before adding that B" (two statements); "declared herself convinced
that"; a source set between subject and predicate ("S, according to X, PRED." and "S, the
bulletin added, PRED.": the predicate is the quote); "a Western diplomat has confided";
"the civil defence of Gaza"; "In Paris, the Ministry of X"; "the Pontiff" after "Pope
NAME", "the head of the government" after a prime minister. Negatives: the same sentences
with no clause, "according to the schedule of the works", "made known the list of",
"explained the functioning of", "asked for a minute of silence". First score on the
unchanged extractor: statement .492 (P .652, R .395; written and labelled before any fix);
.853 after the fixes (``_s41post``, "make known" in ``_s36verbs``, "how", "himself
convinced" and ", before adding that" in ``_s39read``). Open: the chained "and (has) asked
Y to VP" (read, it cost dev_articles33/61/66/69 four spurious statements their labels leave
out, so it was dropped), "For X, who ..., C", "qualified X as «F»", "warned that ... «F»"
(partial only by the dev_articles70/71 call, indirect in dev_statements56 and
dev_articles66: the labels disagree, the reader was left alone), "as referred by X", "the
head of French diplomacy" with no "foreign minister" before it.
``dev_statements68.jsonl``: the naming round of helper h_names14 (base cfdbe76): one speaker,
one form. An audit of every dev set's statement misses whose quote was found under another
speaker name (157) sorted them by the kind of naming difference; the batch covers the kinds
fixed, each with the same speaker named twice where copy does that: 39 passages (11 without a
statement). Families: clause residue kept in the name (a compound tense's "has" in "a European
diplomat has confided that", German word order's platform "as the military governor NAME on
Telegram wrote", the title in front of the name); the table's descriptive and other-language
aliases ("the head of the Kremlin", "the master of the Kremlin", "the FINUL"; Lula's full
name after "affirmed Lula"); a national body named through its capital ("the Ministry of
Health of Beirut" is "Lebanese health ministry", "the Ministry of Defence of Ankara" "Turkish
Ministry of Defence"); the head of an oblast body named once ("the head of the Kharkiv OVA
NAME", then "the head of the OVA specified" is NAME and "the OVA said" the body, not a
scrambled "Kharkiv regional head military administration"); an appositive description
speaking ("The deputy NAME, president of the finance committee, denounced «F»"). Kept as
written: "the Ministry of Health in Sanaa" (a seat), "the Ministry of Foreign Affairs of
Pakistan" (a country, dst12's form), "Oleh Synjehubow", "Vitaliy Kim" (not in the table), the
MApN's "Romanian Ministry of National Defence". First score on the unchanged extractor:
statement .588 (P .606, R .571; written and labelled before any fix); .971 after the fixes
(``_sp14forms``, a speakers.csv row for Lula, "FINUL" appended to UNIFIL's). Open: "as the
mayor NAME on Facebook announced" is not detected (two passages).
``dev_statements65.jsonl``: the round of helper h_stmt40 (base a9339ea) on the statement errors
of dev_articles69 (number-heavy literal English of French, Italian, Spanish and Ukrainian
copy), read by mechanism: 44 passages (10 without a statement). Families: a national body
qualified after its name or in a fronted adverbial ("the Ministry of Defence of Moscow", "the
Ministry of Foreign Affairs in Warsaw", "On the Russian side, the Ministry of Defence"); "the
BODY of the NAME region" (the regional body); "the American Central Command" (the table's "US
..."); a verb-first tail naming a long body or a role and name ("C, communicated the
coordination headquarters for the treatment of prisoners of war", "C, referred the head of
the regional administration, NAME"); Italian "referred (that)"; "X affirmed / assured it
had ..." with no "that"; "X condemned «F» / the attack and confirmed that C"; a setting
apposed between a hospital and its verb; and the written rules' "A, and that B" (one
statement), a fragment inside a reported clause (indirect only) and "called on Y, among them
..., to VP". Negatives: "On the Russian side, the balance ...", "referred to the hospital",
"referred the question to", "condemned the attack and confirmed his visit", "accused the former
mayor of corruption". Label call: "accused X of «F»" is a partial (dev_articles68/69's calls);
the two such passages stay misses, as reading them cost blind26 a spurious statement (the
written rule lists "accused Y of" among the non-statements). First score on the unchanged
extractor: statement .373 (P .524, R .289; written and labelled before any fix); .973 after the
fixes (``_s40post``, ``_s40names``, five lemmas in ``_s36verbs``).
``dev_statements64.jsonl``: the round of helper h_stmt39 (base a9339ea) on the statement errors
of dev_articles68 (literal French, Italian, Spanish and Portuguese copy): 46 passages (10
without a statement). Families, each a mechanism rather than a phrase: a reported clause after
an auxiliary, an adjunct or an apposed age ("has assured that", "claimed for its part to
have", "affirmed in a statement read on television to have", "confirmed to the journalists in
Brussels that", "NAME, 75 years old, also claimed that"), chained verbs (", and has claimed to
have", ", although it has warned that", ", but has considered «F» NP"), the Romance verbs
"guaranteed / defended / revealed that"; "This was made known / reported by X, specifying
that C"; "«Q». With these words X VERB-ed"; a bare role after a quote (a visit's host, "the
deputy premier", "the American president", "the Polish head of diplomacy" after "The minister
of Foreign Affairs, NAME"); ", while Y VERB «G»" and "while Y was more prudent: «Q»"; "In
Bucharest, the Ministry of National Defence" under another dateline; "through (the voice of)
NAME"; "that / which X described as «F»"; "According to a DESCRIPTION interviewed by X" and
"reports the same source"; "For the tenant of the Élysée, C." then "«Q», he insisted"; a
closing fragment before a trailing cue (partial, dev_articles68's call); hard negatives
("according to the agenda of the government", "recalled the deployment of", a quoted
coalition name, "guaranteed the supply", "defended the rise", "With these funds", "NAME, 53
years old, travelled", "called for a truce"). First score on the unchanged extractor:
statement .308 (P .462, R .231; written and labelled before any fix; .312 after the two label
calls below); .980 after the fixes (``_s39post``, ``_s39read``, ``_s39roles``, ``_s39while``,
``_s39more``). Label calls put to the written rules after the first score: dst64-007's
"denounced on Friday a new sabotage attempt" is no statement (dev_articles68's "denounced a
new attack"), dst64-015's speaker is "Sikorski", the only name the passage gives (the
conventions' "else the full name given in the passage"; the table has no row for him, and the
sets spell him both with and without "ł"). Open: "Spanish diplomacy, through the voice of
NAME, welcomed ... and called on Y to", "The socialists denounced «F», while ..." (an unnamed
group before "while").
``dev_statements67.jsonl``: the round of helper h_stmt42 (base da21925) on the statement errors
of dev_articles71 (literal English of Spanish, Portuguese, Ukrainian-regional and German copy),
read by mechanism: 56 passages (11 without a statement); dst67-001..044 written and labelled
before any fix, dst67-045..056 blind-style probes written after the fixes (new names, roles,
verbs and outlets) to check that they transfer (10 of 12 did; the two misses, a hyphenated
name before "declared for her part," and a quoted nickname read as a partial, were then
fixed). Families: a saying verb with a Romance infinitive complement in a relative ("the Air
Force, which assured having neutralised", "a note in which it assured having detected");
"SUBJECT, according to X, PREDICATE" after a semicolon or opening the sentence (the predicate
is the quote; "according to the same source" the statement before's speaker); "About this
informed X" / "This was reported in Telegram by X" (the sentence before); time and place
adjuncts between the verb and "that" ("affirmed this Tuesday in Brussels that"; a partial
inside the clause is then no statement); "condemned ... and asked Y to VP"; "C, as VERB
[adjuncts] the ROLE, NAME"; "«Q», wrote on the social network X the ROLE, NAME" (across a
sentence break inside the quote); a subject whose apposition holds a quoted nickname ("known
as «Hemedti»", no partial); German "X reported for its part, C" and "According to own
statements, C" (the body the sentence before opens with); "C, it said." after "Meanwhile
reported the agency UKMTO an incident"; speaker forms ("the head of the OVA" the holder named
before, "the OVA" the region's military administration, "the city military administration"
the city the article names, "The Ministry of X of COUNTRY" opening its sentence and "the
Ministry of X in CAPITAL" the demonym form, "military governor NAME on Telegram", "Rebelo de
Sousa" after "Marcelo Rebelo de Sousa"); the lemma "guarantee"; "FINUL", "Huthi" and Lula
(a new row) in ``speakers.csv``. Negatives: "claimed the attack in a communiqué", "spoke of a
wave of 40 attempts" (dev_articles71's "spoke of a combined attack with N"; "spoke of a
deliberate provocation" stays a statement as dst26/dst29 label it), "according to UN
estimates", "according to the schedule / plan", "Having lost his home", "The head of the OVA
visited". First score on the unchanged extractor: statement .400 on dst67-001..044 (P .520,
R .325), .424 on all 56; 1.000 after the fixes (``_s42post``, ``_s42read``). Label call:
dst67-037 was rewritten after the first score from "spoke of a new kind of provocation" (no
statement) to a counted "spoke of a wave of 40 attempts", since dst26/dst29 label the
uncounted form a statement.
``dev_statements69.jsonl``: the leftovers round of helper h_stmt43 (base 779b158) on the open
statement xfails of dev_articles70/71, dev_statements66 and the speaker-form tests: 35 passages
(11 without a statement), written and labelled before any fix. Families: German verb-final "C,
as the ROLE NAME on PLATFORM VERB-ed" (with ", adding that D"); Italian "C, as referred by X";
"For X, who ..., C"; "qualified X as «F»" (a partial of the subject, also when the subject is
a role or another person is named later in the sentence); "C, according to X, which ..." (C,
not the relative); "According to the DEMONYM press, C" (the described source); a two-word
surname ("declared Sarabia Torres") taking the full name given in an apposition; "Meanwhile,
the coordination centre for ... announced that" and a later bare "the centre" / "the
headquarters" (the long body). Also read without batch passages: "declared herself convinced
that C" (dst66-034) and "the minister" after "Minister NAME ... his ADJ counterpart, OTHER"
(the holder, not the counterpart; art70-07). First score on the unchanged extractor:
statement .359 (P .636, R .250); 1.000 after the fixes (``_s43post``); dev_articles70 .910
-> .940, dev_statements68 .971 -> 1.000. dev_statements66 rose to .932 and passes the bar
(its xfail is removed; the chained "and asked Y to VP", left for the lead, is still missed
there).
``dev_statements70.jsonl``: the detection round of helper h_stmt44 (base d3a6023) on the
undetected indirect speech of dev_articles72/73 (literal French and Italian): 56 passages (13
without a statement). dst70-001..043 were written and labelled before any fix; dst70-044..056
are blind-style probes written after the fixes (new names, roles, verbs, outlets and
positions) to check that the mechanism transfers (12 of 13 did at once; "for whom C, again
refused" was then fixed). One generic reported-clause detector (``_s44detect``, speakers by
``_s44who``) instead of phrases: "S [, apposition | , who ... | adjunct] VERB [adjuncts]
that C / to have VP-ed / : C" (a chained "and VERB that D", a relative ", which VERB that D",
"through the voice of NAME" in the adjuncts); verb after the clause "C, VERB [adverbs] S
[adjuncts]" with a tail ", who added that D" / ", according to which D"; the incise "S, VERB
X, PRED" (PRED quoted, the fragment S dropped); "X, for whom C," and "X, according to which
C,"; "which according to him C"; guards for questions, negation, passives ("are believed
to"), object relatives ("which it claimed to"), a noun-phrase object with no clause, a
document subject and clauses another reader already holds. First score on the unchanged
extractor: statement .820 on dst70-001..043 (P .893, R .758); .989 on all 56 after the fixes
(the one spurious left, "explained the new procedure ... to the ambassadors", comes from an
older reader). No label calls.

``dev_statements71.jsonl``: the speaker and clause-extent round of helper h_stmt45 (base
d3a6023) on the French ``dev_articles72`` and Italian ``dev_articles73``: 61 passages (11
without a statement). dst71-001..048 were written and labelled before any fix; dst71-049..060
are blind-style probes (new names, roles, outlets) written after the first fixes to check that
they transfer, and dst71-061 (a report of a bare ministry, Madrid-datelined) after the
dateline rule. Families: a person in apposition to a role speaks, not the body, the country
or an outlet a relay clause cites ("The spokeswoman of the Foreign Ministry, NAME, has
maintained that", "X, through the voice of its ROLE NAME, VERB", "«Q», has declared the
spokesman of UNICEF, NAME", "..., as reported by the agency TASS"); "S, VERB the X, PRED" and
"ADVERBIAL, added the governor, C" (the part after the incise); "C, acknowledged the governor
NAME, adding that D" (both NAME's); "A, after strikes which, according to Y, D" (A, and Y's D);
"X warned, through the voice of ROLE, NAME, that C «F»" (NAME's whole clause); a reporter's
circumstance in the speaker ("the minister on the set of franceinfo", "a transporter joined by
telephone", "According to X, reached by telephone by AFP, C"); "the same source / command";
"On the Russian side, the Ministry of ..."; "NAME, who spoke with NAME2, said"; "NAME, former
prime minister, judged"; "the owner of the Viminale / the tenant of Place Beauvau" (the
minister of that office introduced before); "the programmatic document of the Ministry of
Defence" in Rome-datelined copy ("Italian Ministry of Defence"); "called on X to «F» ..." (one
indirect call, the fragment rule); a dateline left at the head of a quote; speakers.csv rows
for "French Ministry of the Armed Forces" (bare "Ministry of the Armed Forces", 9 labels in
the sets), "Suez Canal Authority" and "Aspides command". First score on the unchanged
extractor: statement .700 on dst71-001..048 (P .778, R .636); after the fixes (``_s45post``,
``_s45speakers``, ``_s45clauses``) .944 on all 61, .935 after the lead's merge (the
relative's source in "A, after B which, according to Y, D" left unread: it cost blind33). The
probes scored 7 of 12 on first contact. dev_articles72 .819 -> .908, dev_articles73 .809 ->
.915 (with h_mix46's round). Open: a body named only in
the incise ("Eleven ambulances, specified the regional health department, ...": reading it
lowered a blind set, so it is not read), "Caritas, in a statement, has maintained that", "On
the Israeli side, the army affirmed to have ...", "A source close to the file affirmed that",
"X considered that" (undetected: the generic detector's). Label call: dst71-058 ("NAME
travelled to Lisbon ..., as reported by the agency EFE") was written as a negative and is
labelled EFE's statement, as "according to X" is a statement by X and the sets label "C, as
reported by X" so (dst19). Left to the lead: dev_articles73's "Iranian Ministry of Health"
(the article's wording) against the older sets' "DEMONYM x ministry" for the same wording
(art21-03, art38-06, dst36-010); keeping the wording lowered those and a blind set, so the
extractor keeps the older form. No label of another set changed.

``dev_statements72.jsonl``: the statement round of helper h_mix46 (base d3a6023) on
dev_articles74 (sample-style German ticker, Spanish/Portuguese and German outlets): 80
passages (17 without a statement) in four rounds, each written and labelled before the fixes
it measures. Families, read by mechanism: a one- or two-word adverb of place before "according
to X, C" ("There,", "Further east,", "Closer to the front,"; ``_s46words``); a second
predicate in the Romance perfect ("has expressed ... and has recalled that C", "has affirmed
that A and has asked Y to VP", the first clause cut before "and has asked"); a relative after
the source ("..., according to the governor, NAME, who specified that C"; "C, as detailed by
the ministry in a statement, which has specified that D"); a quoted judgement as the object
("considered «F» the attacks", "classified / qualified / branded as «F» the ..."); "For the
ROLE [of ORG] NAME, C" (role nouns from the title table plus expert nouns); "VERB to
this newspaper / our correspondent that C"; "C, it was said [in a statement]" after a sentence
whose subject is a body that counted or tracked something; "the operational headquarters of
the Y region"; a lowercase description before a body's own name ("the state railway NAME",
"the steelmaker NAME"); "the southern city of Cherson, Russian ..." (a capital followed by a
comma that lists nothing); "the governor, NAME, C" after an opener (the name cut from the
clause); soldiers named by their call sign ("who goes by his call sign „Kit“" then "he says",
``_s46calls``). First scores: dst72-001..046 statement .657 (P .846, R .537) on the unchanged
extractor; dst72-047..062 (blind-style probes written after the first fixes) .667 unchanged,
.833 on the first fixes (two-word openers, the role "commander", "it was said in a statement",
"he explains" then fixed); dst72-063..074 (written after the second fixes) .706 unchanged, .952
on the second fixes (the closed list of described heads then generalised); dst72-075..080
(written after the third fixes: "As the BODY reported, C", "For NAME, C", "For the ROLE,
NAME, C") .333 on both; the whole file .649 (P .878, R .514) unchanged; 1.000 after the
fixes (``_s46post``, ``_s46forms``, ``_s46calls``). dev_articles74 statement .925 -> 1.000,
dev_articles73 .809 -> .825, dev_articles70 .940 -> .951, dev_articles37 .985 -> .991,
dev_statements66 .932 -> .960; no set dropped. Label calls: none of
dev_articles74's labels contradicts a written convention, so none changed; a lowercase body
the article leaves unqualified keeps its words ("border guard service"); a call sign is the
speaker's name.

``dev_statements73.jsonl``: the statement round of helper h_stmt47 (base 45fc988) on the
errors of dev_articles75 (literal French and Italian copy) left by the generic reported-clause
detector (``_s44detect``): 38 passages (11 without a statement), written and labelled before
any fix. First score: statement .571 (P .581, R .562) on the unchanged extractor; .984 after
the first fixes, .921 final (dst73-011/013 stay misses, see below). Families, by
mechanism: a clause holding a «fragment» was skipped by every detector
shape, so only the fragment's partial came out ("C «F» D, VERB X", "X, for whom A «F» B, ...",
"S, VERB X, remains «F» ..."; the shapes now take a «...» run inside the clause, the fronted
shape no longer yields to a partial of the same verb, and the partial is dropped under the
indirect reading); "C, VERB X, for whom D" gives D to the verb's own speaker, not to the
re-resolved title ("the former Estonian Prime Minister"); speaker forms after every pass
(``_s47post``): "according to / added the same source" is the source quoted last (else the
previous sentence's subject), "The NGO X" is X, "X of the rebels" is X, "The office of NAME"
is NAME, and a thing or event as the subject ("The decision of the government shows that C")
gives no statement. Hard negatives: thing subjects with saying verbs, "so that", "such that",
a yes/no question, "foresees that", a participle "announced in October". Label calls: a
fragment that closes or sits inside a fronted clause is one indirect statement keeping its
marks (dev_articles73/75's call and the dev_articles12-16 written call); "The NGO X" is "X".
A short clause closing on its fragment before a trailing attribution (at most 12 words before
the «, "The port remains «F», judged X") keeps the partial-only reading of the round-39 test
and h_stmt40's art69-01 call, so dst73-011 and dst73-013 (labelled by dev_articles75's call)
stay misses; a longer one is read whole, as blind32 favours (art69-01 put to that reading).
Left open: "where, he said, the population «F»" (the incise inside a relative of another
subject), "the head of state" after a sentence naming two presidents.

``dev_statements74.jsonl``: the statement round of helper h_stmt48 (base 694f1df) on the
errors left in dev_articles75 (and 72/73), read by sentence structure (``_s48post``): 29
passages (8 without a statement), written and labelled before any fix. First score: statement
.542 (P .591, R .500) on the unchanged extractor; final .923. Families: a relative clause's
inner names are not the main subject ("HEAD, who VERBED ... with the ROLE, NAME2, ..., judged
that C" is HEAD's, a bare description HEAD taking the previous sentence's subject; a relative
naming its own head, "who gave his name only as NAME", is left alone); an incise inside a
relative of another subject ("X visited Y, where/whence/through which, he said, C": the
sentence's titled subject, quote C); "he added" after a verb-first sentence (the speaker read
as "Are"/"Is"/"Remain" is the source quoted before it); a document as the speaker ("C, added
the bulletin", "C, the note specified", "specified the communiqué": the source quoted in the
nearest earlier sentence, else its subject); a bare role whose nearest-name reading names no
one the article has named so far ("underlined the head of state" read as a table holder the
article never names before): the holder the article introduced by that role ("The head of
state NAME"); a bare national ministry after a dateline city of a known country ("BEIRUT -
..., said the Ministry of Public Health" -> "Lebanese health ministry", "DAMASCUS" -> "Syrian
Ministry of Interior"); a body "of the territory/enclave" in copy datelined in a place that is
no national capital ("the civil defence of the territory" after GAZA -> "Gaza civil defence"),
then "the same source" after it; a ministry cut before its "of X" ("Sudanese Ministry" ->
"Sudanese Ministry of Foreign Affairs"); "X, whose ROLE NAME spoke of «F»" is NAME's.
dev_articles75 statement .865 -> .935, dev_articles73 .970 -> .983. Label calls: "NAME, who
said ... that C, met ..." is a statement of NAME (not a hard negative); its clause still runs
into the main verb (dst74-027, xfail in ``test_statements_open48``). Left open: "the head of
state" when the article named another president before it (dst74-020: the nearest-name
reading is kept, as art2-03 needs it), and "Pope Leo XIV" read where dev_articles75 labels
"Leo XIV".

``dev_statements75.jsonl``: the statement round of helper h_stmt49 (base c43ada9) on the
statement errors of dev_articles75 (literal French/Italian), dev_articles76 (agency English)
and dev_articles77 (sample style, TASS/Xinhua/RIA translations), each fixed as a mechanism
(``_s49post``, ``_s49read``, ``_s49more``; one line in ``statements``): 42 passages (8 without
a statement). dst75-001..034 were written and labelled before any fix; first score statement
.750 (P .818, R .692) on the unchanged extractor; final 1.000. dst75-035..042 were written
after the fixes for the shapes the articles' remaining errors added (regression only, no first
score). Families: wire epithets of table bodies ("the U.N. nuclear watchdog" -> IAEA, "the UN
health agency" -> WHO); "C, he told AGENCY." right after a sentence that introduces a person
and holds no statement ("The station's chief engineer, NAME, dismissed ..."); staff of a named
hospital ("Officials at al-Shifa Hospital said C" -> "officials at al-Shifa Hospital"); a second
subject after a subordinator ("..., as the Israeli army said it had hit ..."); an adverb read
into the subject ("The army also said", "The ministry later said": the body named before); a
trailing subject read as leading because an adjunct follows the verb ("C, Foreign Minister
NAME stated following talks with the Minister ... NAME2"); a possessive source before its
document ("According to the General Staff's evening update, C"; a bare "the ministry's" takes
the body a neighbouring sentence qualifies, an unqualified "the group's" stays no speaker as
dst53-048 labels it); a quoted title-case name after "the" in a sentence with no saying verb is
no partial; "C «F», has repeated the ROLE, NAME, according to whom D" (C whole, indirect); Romance
infinitive reports behind a relative or a second verb ("who recalled to have VP", "denied ...
and affirmed to remain VP"); "Cardinal NAME" without the title; then "C, he referred,
specifying that D" (a named person quoted just before), ", assuring/affirming that C" as a
statement of its own, "For NAME, C, from which, she recalled, D", "S, made known the X, PRED",
", to whom he assured that C", "According to a report of the X sent to ..., C", "made it known
through their spokesman NAME that C" (NAME's, the dev_articles75 call). dev_articles75
statement .935 -> .984, dev_articles76 .960 -> .997 (after three label calls, see
tests/data/README.md), dev_articles77 .981 -> 1.000, dev_statements73 .921 -> .952. Label calls:
the batch names bodies as the article words them where the table has no row ("Ukrainian
Education Ministry"); quoted names are no statements (the written rule).

``dev_statements76.jsonl``: the real-text statement round of helper h_real_s50 (base c43ada9)
on the statement errors of 40 real agency excerpts (Reuters/AP reprints, AFP, Ukrinform, TASS,
Xinhua, Anadolu, Censor.NET; the excerpts stay outside the project, their families rewritten in
the helper's own passages): 34 passages (7 without a statement), written and labelled before
any fix. First score: statement .452 (P .420, R .488) on the unchanged extractor; final .953.
The real excerpts' statement F1 went .799 -> .887. Families (``_s50post``, ``_s50names``,
``_s50said``): an agency headline on the page's first line (no closing punctuation, or a
"PHOTO"/"VIDEO" tag) is no statement; "the country's X" is the story's country (dateline, an
"X says" heading, else the earlier speakers' country), never the last country named; a country
as a noun adjunct ("the Ukraine air force") is the adjective's body; "PLACE-based" keeps its
place for an unnamed group; "the ORG('s top) spokesman" is the one spokesperson the article
names; a pronoun left as the speaker is the person named before (a "NAME: ..." heading), else
dropped; outlets, bylines and photo credits are never a pronoun's antecedent; "BODY did X, it
said" and "BODY said they ..." for a body the table knows; one-word scare quotes and
inscriptions are no partials; speakers.csv rows for "Ukraine's southern military command",
"Houthi group" and "air defences". Label calls (tests/data/README.md): "As Ukrinform reported
earlier, C" stays Ukrinform's; a fragment inside "X said that ..." is the indirect clause only.
Left open: "Oleh Synehubov" (dst76-033, the table's Syniehubov by the convention, but the alias
lowers a measured set), "It says ..." after a sentence opened by a country, glued real text.
``dev_statements77.jsonl``: the real-text statement round of helper h_real_s51 (base aec25d6),
worked from the statement errors of 40 real agency page excerpts (Ukrinform, TASS, Xinhua,
Anadolu, AFP, Israeli, Lebanese and Pakistani outlets; kept outside the project), each
family probed with passages of the helper's own in several styles: 49 passages (10 without a
statement), written and labelled before any fix. First score statement .504 (P .500, R .509)
on the unchanged extractor; final .991. Families fixed (``_s51post``, ``_s51names``,
``_s51frames``; one line in ``statements``; ``speakers.csv`` rows): table bodies in real
wording ("the Defense Ministry of Russia", "Kyiv's military" -> Ukrainian military, "the
Gaza-based Health Ministry"); a bare health ministry in a Gaza-only story; a bare outlet noun
("the broadcaster said", "The channel said") -> the outlet quoted before; "Prosecutors in the
eastern Kharkiv region" -> "Kharkiv regional prosecutors"; "The Zaporizhzhia region governor"
keeps "region governor"; "the regional governor" -> the person named head of that region's
military administration; "According to the head of the X regional military administration";
"the press secretary of the Russian president" -> the table's spokesperson of that head;
abbreviated ranks ("Col Qureshi", "Maj Gen NAME") and "According to X's military spokesman,
Lt Gen NAME, C" with the "He said" statements after it; a long title before a name ("Deputy
Assistant to the US President for National Security NAME"); "According to Ukrinform, this was
reported on Facebook by X" / "This was reported in Telegram by X, Ukrinform reports" -> X's
statement of the sentence before; a page headline credited by "X announced this" or restated
by the body is no statement. Left open: "did not comment but announced earlier that C"
(dst77-022, xfail in ``test_statements_real51``). Label call: the real excerpts leave the
sentence before a "This was reported by X" source line unlabelled; the written convention
("This was reported by X" makes the sentence before X's) wins here.


``dev_statements78.jsonl``: the third real-text statement round, helper h_real_s52 (base
16e688d), on the statement errors of 40 more real agency excerpts (Ukrinform/MENAFN, UNN,
Censor.NET, Reuters/AP mirrors, TASS relays, Sputnik/UrduPoint, Anadolu, Xinhua; kept outside
the project, their families rewritten in the helper's own passages): 36 passages (9 without a
statement), written and labelled before any fix. First score: statement .659 (P .763, R .580)
as first labelled; .753 (P .763, R .744) on the final labels (the two label calls below
removed 11 outlet statements); final 1.000. The real excerpts' statement F1 went .781 -> .851
(real2 .887 and real3 .675 unchanged). Families (``_s52post``, ``_s52names``): datelines and
page metadata glued to the lead ("date 2024-10-22 CAIRO, Oct 22 (Reuters) - ", "MOSCOW
(UrduPoint News / Sputnik - ...) ", "(MENAFN)") are no part of a clause; an outlet credit after
the real cue ("C, X said, TASS reported.", "..., Interfax-Ukraine reported on Monday") is no
part of X's clause, and "S claimed that C, Anadolu Agency reports" misread as the outlet's C is
S's; "the head of the RMA" is the last person introduced as head of an administration,
"According to the RMA" the administration named before with its place; "“Q,” the post reads /
the message says" is the post's author; "Israel's Channel 12" is "Channel 12" ("Israeli
Channel 12" stays as written); "the Islamic Resistance in Iraq" (a speakers.csv row) and "The
X's (ACR) mission to the Y (ACR2)" ("DPR mission to the JCCC") are no cut-short speakers; "the
military agency" after a defence ministry is that ministry; "The Israeli army claimed it ...",
"Israel claimed that it ..." (a table body, a national force or a country opening a sentence no
reader gave that clause); "C - the head of the RMA later reported."; "Local doctors described
X as “F”" (the doctors' partial); a standfirst repeated word for word by a datelined lead is one
statement. Label calls (tests/data/README.md): an outlet credit after the real cue only relays
(the dev_statements42/50 calls and test_statement_articles32; real5's annotator gives the
outlet a statement, real2's does not); a named source line credited to an outlet ("NAME posted
this on Telegram, Ukrinform reports.") is no statement of the outlet's, as eight dev sets label
it (real5 labels it). Open: "the army" after sirens in Israel under a Cairo dateline (real5
"Israeli army", read "Lebanese army"); "Hamas-run government media office" then "The office
called on in a statement ..."; "X said this in a post" after a two-sentence paragraph (the
written call takes the sentence before, real5 the paragraph).

``dev_statements79.jsonl``: the fourth real-text statement round, helper h_real_s53 (base
18786a2), on the statement errors of the same three sets of real excerpts (kept outside the
project; families rewritten in the helper's own passages): 32 passages (6 without a statement,
more with traps), written and labelled before any fix. First score on the unchanged extractor:
statement .832 (P .855, R .810); final 1.000. The real excerpts' statement F1: real2 .910 ->
.934, real3 .778 -> .816, real5 .851 -> .863. Families (``_s53post``): a witness introduced by
a first name and a home town ("NAME from PLACE, declining to give a surname, said C") is a
speaker, and the "she said" and bare quotes after are hers; "he/she said" never carries an
organisation (the person is the subject of one of the two sentences before, or "An AFP
correspondent at the site"); "X claimed/took responsibility ..., saying C" / "X later issued a
claim ..., saying C" is X's whoever spoke before; a lede's "a Sudanese army spokesperson said"
(and "the spokesperson said") with "army spokesperson NAME" later is NAME, and "COUNTRY's
health minister said C." then "“Q,” NAME told reporters." is NAME (the dev_articles7 call: an
unnamed official named next is that person); "X held/blamed/accused Y ... “F”" gives the
fragment to X; a bare "The office/ministry/council" speaker is the body named before with that
head noun. Label calls: "Upper Galilee council" is labelled as written (no speakers.csv row).
Left open: "the group said" after two groups (real5 El Fasher; a first rule moved art8-08's
RSF, reverted), "Gaza-based health authorities" (real5 labels "Gaza health ministry",
dev_statements76 the article's form), outlet statements for "NAME posted this on Telegram,
Ukrinform reports" (the round-52 call stands), epithets ("The Iranian terror proxy took
responsibility ..., saying").

``dev_statements80.jsonl``: the fifth real-text statement round, helper h_real_s54 (base
3894036), on the statement errors of real6 (new to fixing) and the other three sets of real
excerpts (kept outside the project; families rewritten in the helper's own passages): 31
passages (8 without a statement), written and labelled before any fix. First score on the
unchanged extractor: statement .610 (P .625, R .595); final .964 (P .976, R .952). The real
excerpts' statement F1: real6 .741 -> .898, real3 .816 -> .821, real5 .863 -> .876, real2
.934 -> .934. Families (``_s54post``, ``_s54titles``, ``_s54more``; the late post-pass chain
moved to ``_latepasses``): an office holder named once with an acronym body's title
("Director-General (DG) Inter-Services Public Relations (ISPR) Major-General NAME said", also
read when the readers found no speaker) is that person when the copy then writes the title ("the
DG ISPR said", "The ISPR DG further said", "DG SURNAME", "he added", the one holder as "the
military's chief spokesman"), the body alone stays the body ("According to the ISPR"), and "Lt
Gen FIRST MIDDLE SURNAME" keeps the first name; a named body behind a body's possessive ("the
ministry's Emergency Operations Center") is named without it; adjectives joined by "and" before
one plural source noun ("Palestinian security and medical sources", "Israeli and Palestinian
media") are one speaker, "The sources" after it too, and a photo caption repeating the lede is
read once; "the Palestinian Civil Defense in Gaza" keeps the demonym over the seat; "C, the
OUTLET reported, citing X." and "the outlet said" after it are the outlet's; "Local resident
NAME ... she told" is NAME; "it said" never carries a plural speaker; an outlet's dateline
credit before "SPOKESPERSON, NAME, has condemned ..." is NAME. Label calls: the "Health
Ministry" of a passage placed in southern Lebanon is "Lebanese health ministry" (the written
call). Left open (xfail): "the DPR mission to the JCCC" and the real6 "DPR (representative)
office at the JCCC" speakers, "For its part, X confirmed ..., claiming that C", "Lebanese
authorities have reported nearly 3,000 violations" (a noun object), "said local medical
sources" (inverted), "Israel's Army Radio" (real6 "Army Radio") and "local sources and
eyewitnesses" (a known dispute).
``dev_statements81.jsonl``: the sixth real-text statement round, helper h_real_s55 (base
ddaff5c), on the open families of real6, real3, real5 and real2 (kept outside the project;
families rewritten in the helper's own passages): 37 passages (9 without a statement), written
and labelled before any fix. First score on the unchanged extractor: statement .583 (P .677,
R .512); final .951 (P .951, R .951). The real excerpts' statement F1: real6 .898 -> .938,
real3 .821 -> .840, real5 .876 -> .876, real2 .934 -> .939. Families (``_s55post``,
``_s55jccc``, ``_s55more``): the Donbas republics' offices at the JCCC under each wording
("the DPR representative office at the Joint Center ... (JCCC)", "the Donetsk People's
Republic Office at the Joint Centre ...", "the representative office of the republic in the
JCCC") named "DPR/LPR HEAD at the JCCC", with "the JCCC said", "the office added", "the
department's Telegram channel says", "the report said" and "it is specified that" after them;
"This was reported by TITLE, NAME, according to OUTLET." no outlet statement and "“Q,” the
report said." after it NAME's; "For its part, X confirmed NP, claiming that C"; "X later named
the dead man as NAME, who it said was “F”" the namer's partial; "The IDF continued: “Q”" the
subject's, never the speaker before; "It says C" after a sentence led by a state; "Meanwhile,
NAME, TITLE in PLACE, REGION, said C"; "according to a volunteer rescue group"; "the
military's media wing" in ISPR copy; "for National Security NAME" without the portfolio's
last word; "Synyehubov". Already read before the round (kept as
regression): "C, said local medical sources", "pointed out / emphasized / noted / stressed /
indicated that", "According to X, C" over a colon or dash, long quotes after "said in a
statement:" and a quote on its own line. Label calls: the JCCC offices as real6 names them;
"Lebanese authorities have reported nearly 3,000 violations" no statement (a noun object, the
written call). Left open (xfail): "Oleh Synehubov" (dst81-008; the measured sets disagree),
"“Q,” the group said" after a second group, the noun-object report.

``dev_statements82.jsonl``: the seventh real-text statement round, helper h_real_s56 (base
ddaff5c), on the statement errors of real9 (40 real UNN/Ukrinform/Interfax-Ukraine, UN, EU,
Chinese MFA and IDF page excerpts, new to fixing) and real8 (kept outside the project; families
rewritten in the helper's own passages): 32 passages (9 without a statement), written and
labelled before any fix. First score on the unchanged extractor: statement .581 (P .529, R
.643) as first labelled; one label was then moved to the precedent of dev_statements78 (below),
on which the unchanged extractor scores .613 (P .559, R .679); final 1.000. The real excerpts'
statement F1: real9 .717 -> .844, real8 .690 -> .699, real6 .898 -> .892, real5 .876 -> .869
(both calls below), real3 .821 and real2 .934 unchanged. Families (``_s56post``,
``_s56credit``, ``_s56pron``; one line in ``_latepasses``; speakers.csv rows: Yermak's office
titles, the UN Secretary-General's titles): a credit sentence after the words ("This was stated
by the head of the X RMA, NAME, as reported by UNN", "This was reported in his Telegram by ...
NAME, UNN reports", "The relevant statement was made by NAME on Facebook, an Ukrinform
correspondent reports", "NAME said this in an interview with OUTLET, writes UNN", "NAME wrote
about this on Telegram") is no outlet statement and gives the sentence before to NAME (also
the quote after it when the credit opens the story: "“...,” the statement reads"); a dash
credit after unmarked text ("C1. C2. - NAME wrote on Telegram.", "C - emphasized NAME.", "C -
NAME answered the question ...", a bulleted "- NAME wrote." line) makes the whole text before
the dash NAME's one indirect statement; a role as speaker ("The head of the OP", "The OVA
head", "Odessa OVA") is its holder; an outlet-credited lead naming only a topic ("NAME spoke
about sanctions ..., writes UNN") is no statement; "NAME VERBed ... and he said C" is NAME's;
"according to an official statement" is the issuer's ("The head of the United Nations" ->
Antonio Guterres), with the statements chained to it; "Ukraine's air force chief said C" is the
person named as the speaker a line later; a determiner ("Your" of a scraped "Your browser ..."
line) is no speaker; "NAME/He expressed hope (confidence) that C". Label calls: "This was
reported by NAME" after a two-sentence paragraph gives NAME the sentence before only
(dst82-009, moved from the whole paragraph before measuring the final score: the written call
and dst78-009; real9 labels the paragraph); a credit line credited to an outlet ("NAME said
this in a post on Telegram, Ukrinform reports") is no outlet statement (the dev_statements78
call; real5 labels two, hence its drop); the text before a dash credit is the whole paragraph
(real9's reading, four labels; real6 labels the last sentence only once); a quoted fragment in
the credited sentence keeps it a partial (the written fragment rule; real9 labels the sentence);
"IDF"/"ISW" after the article spelt out the full name stay "Israel Defense Forces"/"Institute
for the Study of War" (the written full-name rule; real9's annotator used the acronym).
Left open (xfail): "He also denied that C" after a body's statement with a president named the
paragraph before. Also open: "C, Chinese Foreign Ministry Spokesman NAME said at a briefing,
TASS reports" after a sentence whose subject is the ministry (real9 labels NAME), a scraped
"date 2025-01-19" prefix before a lede's subject, "the former Estonian prime minister stressed"
(an epithet), "Kallas says ... “F1” ..., and that Moscow is “F2”" (read as partials), and the
"Synehubov" spelling (a speakers.csv alias moved blind5 down: reverted).
``dev_statements83.jsonl``: the eighth real-text statement round, helper h_real_s57 (base
b6120ca), on speaker NAMING in real8 (kept outside the project; families rewritten in the
helper's own passages): 46 passages (11 without a statement), the first 31 (dst83-001..023
and the first 8 negatives' ids then, renumbered) written and labelled before any fix, scoring
.200 on the unchanged extractor; 15 more written after their own fixes were designed
(regression passages). Whole file on the unchanged extractor: statement .250 (P .256, R
.244); final 1.000. The real excerpts' statement F1:
real8 .690 -> .836 (.699 -> .836 on top of round 56), real3 .840 -> .843; real9, real6,
real5 and real2 unchanged (.844, .933, .869, .939 after round 56). Families
(``_s57post``, ``_s57lines``, ``_s57more``): an outlet relaying a named source
at the end of its sentence ("C, UNN reports with reference to Suspilne.", "C, Trend reports
citing Anadolu Agency.", "C, Reuters reported, citing regional governor NAME.") is the cited
source's, a common-noun source ("citing government circles") leaves the outlet; an armed
group with descriptors ("The militant Hezbollah group", "Lebanon's Iran-backed Hezbollah
group", "Gaza's ruling Hamas group") is the plain group; "Manar TV of Hezbollah",
"Hezbollah's Al-Manar television", "Lebanon's al-Manar TV" are "Al-Manar TV"; a bare "the
army" / "the military" takes the one force the passage named before it; a body without the
one qualifier the passage gives it ("Regional Military Administration" after "the Sumy
Regional Military Administration", "the Ministry of Defense" after "the Russian Defence
Ministry said") takes the fuller naming (never a possessive or hyphenated descriptor:
"Lebanon's National News Agency", "Houthi-run Saba news agency" stay as labelled); "“Q,”
NAME, Head of the BODY posted on Telegram"; "Source: NAME, TITLE, on Telegram Quote: “Q”";
"NAME, TITLE, reported this on Telegram, OUTLET reported." (no outlet statement) then "“Q,”
the statement reads"; a caption word read as a speaker ("Illustration", "AP/FILE X"); "the
group said" after the sentence's own group or a bare "group" after the last group named;
"C, X added but no casualties were reported"; "the force known as UNIFIL" (also for the
"UN peacekeeping force ..." named before it); "X in a statement said C"; "according to an
OUTLET reporter in the area". Label calls: the written conventions win over real8's
annotator where they speak: "US officials" (the table's "US"), "Oleh Synehubov" as written,
a fragment inside a clause before a trailing attribution a partial, "the military" after
"the Israeli army" the army. Left open (xfail): those three disagreements where a test
states them, and "The military claimed NP VERB ..." without "that".
``dev_statements84.jsonl``: the ninth real-text statement round, helper h_real_s58 (base
8a58a71, a SHORT round), on leftovers across the six real excerpt sets (kept outside the
project; families rewritten in the helper's own passages): 22 passages (6 without a statement),
the first 21 written and labelled before any fix (dst84-016, a clause holding a comma before the
credit, added after), scoring statement .783 on the unchanged extractor; final 1.000. The real
excerpts' statement F1: real8 .836 -> .856, real9 .844 -> .855; real3 .843, real5 .869, real6
.933, real2 .939 unchanged. Families (``_s58post``): a body-led sentence credited at its end to
a named spokesperson ("The Chinese Foreign Ministry has called on ..., Chinese Foreign Ministry
Spokesman NAME said at a briefing, TASS reports.") is NAME's indirect statement of the whole
clause, and the "“Q,” he said." after it NAME's direct quote (real9); "In COUNTRY, the military
says C" is that country's force with the sentence's word (real8); a leading adverb is no part of
the speaker ("Earlier police believed that C", real8); the speaker's own act after the clause
("warned that C, issuing the threat after ...") is not part of C (real8). Label call:
"Palestinian media reported heavy shelling" (a noun object, no clause) is no statement, as the
real sets label "NNA reported Israeli bombardment of ..."; "In Israel, the military says" is
"Israeli military" (the country in the phrase comes before the earlier named institution in the
written national-body rule; round 57's strict xfail on it now passes). Left open (xfail): "The
regional head noted that C" (not read); also open "He also denied that C" after a body's
statement, "Kallas says ... “F1”, and that ... “F2”" (read as two partials), and the IDF
Spokesman's Office / "idf spokesman" lower-casing after "The IDF Spokesman's Office" earlier.
``dev_statements85.jsonl``: the tenth real-text statement round, helper h_real_s59 (base
36b0af9), on real12's statement misses (the excerpts kept outside the project; each family
rewritten in the helper's own passages): 38 passages (10 without a statement), dst85-001..030
written and labelled before any fix (statement .507 on the unchanged extractor), dst85-031..038
after the first fixes and before their own (.600 on the unchanged extractor); whole file .526
on the base, .981 after the fixes. real12 statement .737 -> .822 (real11 .798 unchanged).
Families (``_s59post``, ``_s59more``, ``_s59release``): a title-case cue verb glued to a name
("C, NAME Said, adding ...", the headline's "..., Says NAME"); a role after the cue ("said the
UN envoy", "added the official") resolved to headline or dateline words ("Slams Shelling Of
Port", "CAIRO Hamas") is the holder who spoke before it; a "Statement by TITLE NAME" release of
quoted paragraphs with no cue (one direct quote per paragraph); "saying “Q,” stressing ..." is
the direct quote Q; a fronted "Regarding X claims that C," topic is no statement; "C, said
NAME, Head of the ... Administration." is NAME's clause C, not the apposition; "C, NAME was
cited as saying by ..., adding that D" keeps C; "the mayor of Kharkov" is the "Kharkiv Mayor
NAME" the article named. Left open (xfail): "The head of the World Food Programme warned that
C" named in the next sentence (read as "Food Programme").

``dev_statements87.jsonl``: the real-text statement round of helper h_real_s61 (real13, kept
outside the project): Arabic "bin" names shortened later ("Sheikh Abdullah", "Al Harthy") or
read as their apposed title, "NAME bin NAME, TITLE, said C" not read at all, a bare title ("the
Secretary General said", "He noted" after "the governor of the Kursk region reported", "The
minister cautioned") after one person introduced with it, a multi-sentence quote's last
sentence read again as indirect speech, and the spelling "Oleg Synegubov"; 9 negatives. First
score .500 on the unchanged extractor (d0988b6); .986 after the fixes (``_s61post``).

``dev_statements88.jsonl``: the real-page statement round of helper h_real_s62 (base d0988b6,
real14) in the helper's own passages: "As the agency reported (earlier), C" (the outlet credited
before), a capitalised "Regional authorities said", outlets relaying passive source lines,
"C1 but X insists/maintains that C2", a curly quote broken by a blank line, "the armed wing(s)
of X", "- the OBA said." after a paragraph; dst88-030..033 (a lede line without its full stop,
"the regions head added") were written after the first score. Open: dst88-027 ("has claimed
control of the village, but ..." read as a clause).

``dev_statements89.jsonl``: the real-page statement round of helper h_real_s63 (base 2f88a84,
real11-real14 leftovers) in the helper's own passages: "NAME held talks / a meeting / a call
with Y and said “F”" (NAME's, not Y's), a dateline "Place: NAME, TITLE, said C" read as the
place, credit tags "(Web Desk) -" read as speakers, "Place: " left at the head of a reported
clause; "NAME's office said C" kept as NAME's (the written convention). First score .857 on
the unchanged extractor; 1.000 after the fixes (``_s63post``).

``dev_statements90.jsonl``: the phrasing-survey statement round of helper h_survey_s64 (base
27f14f8, ~20 real agency pages read, kept outside the project) in the helper's own passages: a
reported clause opening with a quotation and run on with "and" ("says “C” and is asking ...",
"said that “C” and that C2"), "TITLE of PLACE (REGION) NAME said C" (missed, and the later
"He added" / "the mayor said" given to "Izium mayor"), "C, OUTLET reports, citing (a statement
from) BODY" (the outlet read as the speaker, also for "the statement said"). First score .556
on the unchanged extractor; 1.000 after the fixes (``_s64post``).

``dev_statements91.jsonl``: the phrasing-survey statement round of helper h_survey_s65 (base
6b44557, ~20 real agency pages read, kept outside the project) in the helper's own passages: a
dateline before "X said early / late on DAY that C" (missed), a participle aside between the
verb and "that" ("said, responding to a question about X, that C": the aside read into the
clause, or the sentence missed), two named speakers before one verb ("A and B said (in a joint
statement) C": one or none read) and a later "The (joint) statement said C2", "A called the
remarks from TITLE B “C”" (given to B). First score .600 on the unchanged extractor; 1.000
after the fixes (``_s65post``).

``dev_statements92.jsonl``: the real-page statement round of helper h_fix_s66 (base 6b44557,
real15/real16) in the helper's own passages: a reported clause run on into a second source
("X reported that C1, but later NAME, TITLE, said C2"), "C, X said two days after EVENT" (the
time phrase read as the clause), "described by X as “Q”", a participial opener read as the
speaker ("Denying ..., a Hamas official told ..."), "COUNTRY, in a statement from its BODY,
said C"; dst92-020..025 ("and that ... “Q”" tails, "X defense ministry") guard the written
conventions (one clause; a body outside the table keeps the article's spelling); dst92-026..028
("saying C, according to its spokesman NAME") were written after the first score. First score
.423 on the unchanged extractor (first 33; .429 with all 36); .970 after the fixes
(``_s66post``). Open: dst92-005 (bare "The navy said").
``dev_statements93.jsonl``: the phrasing-survey statement round of helper h_survey_s67 (base
a0d3f60, ~16 real European agency pages read, kept outside the project) in the helper's own
passages: a role description of a titled person named before ("the President of the Czech
Republic", "the head of the Swiss foreign ministry", "the head of the Spanish government /
executive", "the Greek leader", "the head of NATO": the country or the description read as the
speaker, or the sentence missed), "X reacted / responded to reports / claims that C" (C read
as X's). First score .359 on the unchanged extractor; 1.000 after the fixes (``_s67post``).
``dev_statements94.jsonl``: the real-page statement round of helper h_fix_s68 (base caf4ea9,
real15/real16) in the helper's own passages: "“Q”he wrote" with no space, "X first said
that C", "X said C1 and NAME said / claimed C2", "according to the A, B and C hospitals",
"C, medical sources in PLACE told OUTLET" and a bare "The sources said" after them, "C, they
added" after witnesses. First score .481 on the unchanged extractor; 1.000 after the fixes
(``_s68post``).

``dev_statements95.jsonl``: the statement round of helper h_fix_s69 (base caf4ea9) in the
helper's own passages: "the presidents / prime ministers / foreign ministers / leaders of X and
Y said C" (read as "Y" or missed), "ADJ GROUP and GROUP2 said C" (bare "officials"),
"COUNTRY calls on / urges X ..., said SPEAKER" (the country read as the speaker, the
attribution inside the quote), "C, stressed Putin's spokesman, NAME" (given to Putin), "the
Spanish leader" after "Prime Minister NAME" with no country; dst95-031..038 (real12/real13
families, written after the first score: a platform named in quotation marks read as a partial
quote, "the local NAME news agency", "He wrote about this on ..., OUTLET reports", a
participial opener before "X said, “Q”"). First score .321 on the unchanged extractor (first
30; dst95-031..038 .500); 1.000 after the fixes (``_s69roles``, ``_s69post``, ``_s69drop``).

``dev_statements97.jsonl``: the real-page statement round of helper h_fix_s71 (base f59768e) on
the undetected statements of real17 (kept outside the project), in the helper's own passages:
"C, a resident / witness said", "according to (local) media reports", "C, residents and local
media said", "with some outlets saying C", "took to X to say C", "SUBJ this week said C",
"released / issued a statement saying / assuring citizens that C", "SUBJ, saying C, VERB ...",
"It said C2" after a body's "said C1", a bare "The ministry said" after "ADJ Ministry of X",
"COUNTRY's military spokesman has said" named later, a model name between two opening quotation
marks, "according to A and media reports", "stated that C1 and insisted that C2". First score
.400 on the unchanged extractor (first 37; dst97-038..045, written after the first fixes, .429
on the base); 1.000 after the fixes (``_s71post``, ``_s71names``).
``dev_statements96.jsonl``: the real-page statement round of helper h_fix_s70 (base f59768e,
the speaker and boundary errors of real17) in the helper's own passages: "the military / the
army said" in a sentence naming the attacker's country and the target's, a rank inside a long
title ("... (DGMO) Lt Gen NAME"), a bare "the governor" after "NAME, the regional head",
"Houthi forces (in Yemen)", "X stated that A and asserted that B"; dst96-033..036 (written
after the first score): "RANK NAME, the head / chief / commander of COUNTRY's BODY, said". First
score .771 on the unchanged extractor (first 32; dst96-033..036 .333); .987 after the fixes
(``_s70post``).
``dev_statements98.jsonl``: the real-page statement round of helper h_fix_s72 (base 281adca,
the speaker and boundary errors of real19 and real17) in the helper's own passages: "This was
reported by the REGION OVA", "the military command said" and 'The "Central Command" of the US
military said', hyphenated ranks, "The NAME group said", "NAME had visited ..., warning X
against 'F'", "'Q,' the report states" after "The relevant statement was made by BODY",
"'Q,' said a relative of the driver" and the quotation after it, "It added" after an aside,
"the army issued a statement saying" after "the army said", "'Q,' the governor added" after
"NAME said", "'Q,' an unidentified officer said. 'Q2'", "The Ministry of Defence (MoD) said"
with a partner country in the clause. First score .545 on the unchanged extractor (first 34;
dst98-035..042, written after the first fixes, .400 on the base); .978 after the fixes
(``_s72post``, ``_s72quotes``, ``_s72more``).
``dev_statements100.jsonl``: the real-page statement round of helper h_fix_s74 (base a4aef9d,
the statement errors of real11..real16) in the helper's own passages: a listed person spelled
one letter off the table ("Rustem Umierov", "Denys Shmygal"), "the ministry said" after "a
statement from the TOPIC ministry, COUNTRY ...", a long unqualified "Ministry of Foreign
Affairs" beside the document's one "ADJ Foreign Ministry", "This official / That diplomat
said"; 9 negatives. First score .339 on the unchanged extractor (.381 on the final labels,
dst100-008..009 written after the fixes were designed); 1.000 after the fixes
(``_s74post``, ``_s74names``, ``_s74ministry``).
``dev_statements101.jsonl``: the real-page statement round of helper h_fix_s75 (base 3a9533a,
what was left of real19 and real17) in the helper's own passages: a paragraph ending on its
attribution with no full stop, "According to the ACR" beside a longer name opening with the
acronym, "C by X ADJ media said", "S - the rebels claim C", "ADJ experts speculate C"; 8
negatives. First score .581 on the unchanged extractor; 1.000 after the fixes (``_s75post``).
``dev_statements103.jsonl``: the real-page speaker round of helper h_fix_s77 (base c3da61a,
statements of real11..real19 found with another speaker) in the helper's own passages: "The
United Nations Force in Lebanon", "the territory's Hamas-run health ministry", "the Houthi
rebels' health ministry", "GROUP's OUTLET television channel", "the head of the X RMA NAME",
"A resident of PLACE (also) said" and its "he said", "The military said" after fire from
Lebanon, "The military this week said"; 8 negatives. First score .222 on the unchanged
extractor; .973 after the fixes (``_s77post``).
``dev_statements102.jsonl``: the real-page statement round of helper h_fix_s76 (base c3da61a,
the undetected statements of real11..real19) in the helper's own passages: "the team / the
correspondent said" after a described source, "NP, however, / for its part, said C", "Local
media / ADJ troops / Telegram accounts (, including ...,) said C", "The ADJ official based in
PLACE said C" (the base kept in the name, as dst13-010 labels it), "He said that C" opening the
text, "according to members of a GROUP" and "C, they said" after it; 9 negatives. First score
.571 on the unchanged extractor (final labels; .485 before dst102-014..016 took the base into
the name and dst102-030 was added); 1.000 after the fixes (``_s76post``).
``dev_statements105.jsonl``: the real-page speaker round of helper h_fix_s79 (base 3a703b9,
real20's statements found with another speaker, or with a qualifier too many or too few) in
the helper's own passages: given names transliterated another way, "COUNTRY Security Service",
a possessive inside a group's name, "A military source in PLACE, REGION said" and "the source"
after it, "A source from an aid agency told", "the group said" after "NAME, a group of ...",
"the Ukrainian military's southern command", a source credited after a quote, "CAPS CAPS
reports", "NAME (ACR) said ... It said ... ACR said", "X sources in the ACR"; 10 negatives.
First score .444 on the unchanged extractor (.523 on the final labels, dst105-018..023 written
after the fixes were designed); 1.000 after the fixes (``_s79post``).
``dev_statements104.jsonl``: the real-page statement round of helper h_fix_s78 (base b23db88,
real20's undetected statements and quote boundaries) in the helper's own passages: "“Q,” ROLE
NAME said / told OUTLET" and a quotation-only paragraph after it, "an official with the BODY
said, requesting anonymity", "An eyewitness told OUTLET that C", "C, a local official and a
resident told OUTLET", "issued a press statement revealing that C", "with his spokesman warning
that C", "and noting that C", "officials suggest that C", "has routinely claimed that C", "The
ADJ publication NAME writes that C", "C, ADJ media write.", "A statement from X today, DAY,
mentioned that C", "According to X, an APPOSITIVE, C", bulleted lines, a clause around a
quoted fragment, "according to local rescue workers", "according to that region's governor",
"According to the agency's interlocutor"; 10 negatives. First score .286 on the unchanged
extractor (27 passages labelled before the fixes; .409 on the final 36); 1.000 after the fixes
(``_s78post``, ``_s78lines``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.gold_checks import assert_f1, checked_passages, is_numeric

DATA = Path(__file__).resolve().parents[1] / "data"
STATEMENT_F1 = 0.90
SETS = [
    # file, minimum passages, minimum hard negatives, minimum statements, sentences, numeric
    pytest.param("dev_statements.jsonl", 60, 10, 60, (1, 6), False, id="dev_statements"),
    pytest.param("dev_statements2.jsonl", 40, 4, 50, (1, 6), False, id="dev_statements2"),
    pytest.param("dev_statements3.jsonl", 45, 5, 90, (2, 8), True, id="dev_statements3"),
    pytest.param("dev_statements4.jsonl", 35, 2, 75, (1, 8), True, id="dev_statements4"),
    pytest.param("dev_statements5.jsonl", 30, 3, 50, (1, 6), False, id="dev_statements5"),
    pytest.param("dev_statements6.jsonl", 15, 2, 20, (1, 6), False, id="dev_statements6"),
    pytest.param("dev_statements7.jsonl", 20, 3, 25, (1, 6), False, id="dev_statements7"),
    pytest.param("dev_statements8.jsonl", 15, 3, 18, (1, 6), False, id="dev_statements8"),
    pytest.param("dev_statements9.jsonl", 60, 6, 90, (1, 6), False, id="dev_statements9"),
    pytest.param("dev_statements10.jsonl", 45, 6, 50, (1, 6), False, id="dev_statements10"),
    pytest.param("dev_statements11.jsonl", 45, 6, 40, (1, 6), False, id="dev_statements11"),
    pytest.param("dev_statements12.jsonl", 25, 3, 40, (1, 6), True, id="dev_statements12"),
    pytest.param("dev_statements13.jsonl", 45, 3, 60, (1, 6), True, id="dev_statements13"),
    pytest.param("dev_statements14.jsonl", 70, 6, 70, (1, 6), False, id="dev_statements14"),
    pytest.param("dev_statements15.jsonl", 30, 5, 30, (1, 6), False, id="dev_statements15"),
    pytest.param("dev_statements16.jsonl", 20, 3, 20, (1, 6), False, id="dev_statements16"),
    pytest.param("dev_statements17.jsonl", 60, 6, 60, (1, 6), False, id="dev_statements17"),
    pytest.param("dev_statements18.jsonl", 30, 6, 30, (1, 6), False, id="dev_statements18"),
    pytest.param("dev_statements19.jsonl", 24, 9, 15, (1, 6), False, id="dev_statements19"),
    pytest.param("dev_statements20.jsonl", 35, 9, 28, (1, 6), False, id="dev_statements20"),
    pytest.param("dev_statements21.jsonl", 30, 4, 30, (1, 6), False, id="dev_statements21"),
    pytest.param("dev_statements22.jsonl", 35, 4, 40, (1, 6), False, id="dev_statements22"),
    pytest.param("dev_statements23.jsonl", 30, 4, 30, (1, 6), False, id="dev_statements23"),
    pytest.param("dev_statements24.jsonl", 20, 5, 16, (1, 6), False, id="dev_statements24"),
    pytest.param("dev_statements25.jsonl", 50, 8, 50, (1, 6), False, id="dev_statements25"),
    pytest.param("dev_statements26.jsonl", 20, 2, 20, (1, 6), False, id="dev_statements26"),
    pytest.param("dev_statements27.jsonl", 35, 5, 40, (1, 6), False, id="dev_statements27"),
    pytest.param("dev_statements28.jsonl", 18, 3, 20, (1, 6), False, id="dev_statements28"),
    pytest.param("dev_statements29.jsonl", 45, 10, 45, (1, 8), True, id="dev_statements29"),
    pytest.param("dev_statements30.jsonl", 43, 10, 46, (1, 8), True, id="dev_statements30"),
    pytest.param("dev_statements31.jsonl", 45, 7, 50, (1, 6), False, id="dev_statements31"),
    pytest.param("dev_statements32.jsonl", 42, 6, 38, (1, 6), False, id="dev_statements32"),
    pytest.param("dev_statements33.jsonl", 38, 7, 54, (1, 6), False, id="dev_statements33"),
    pytest.param("dev_statements34.jsonl", 43, 6, 42, (1, 6), False, id="dev_statements34"),
    pytest.param("dev_statements35.jsonl", 26, 5, 23, (1, 6), False, id="dev_statements35"),
    pytest.param("dev_statements36.jsonl", 51, 11, 53, (1, 6), False, id="dev_statements36"),
    pytest.param("dev_statements37.jsonl", 54, 12, 60, (1, 6), False, id="dev_statements37"),
    pytest.param("dev_statements38.jsonl", 43, 10, 34, (1, 8), False, id="dev_statements38"),
    pytest.param("dev_statements39.jsonl", 46, 11, 48, (1, 6), False, id="dev_statements39"),
    pytest.param("dev_statements40.jsonl", 51, 10, 62, (1, 6), True, id="dev_statements40"),
    pytest.param("dev_statements41.jsonl", 46, 11, 42, (1, 6), False, id="dev_statements41"),
    pytest.param("dev_statements42.jsonl", 38, 9, 37, (1, 6), False, id="dev_statements42"),
    pytest.param("dev_statements43.jsonl", 26, 6, 24, (1, 3), True, id="dev_statements43"),
    pytest.param("dev_statements44.jsonl", 46, 10, 44, (1, 3), False, id="dev_statements44"),
    pytest.param("dev_statements45.jsonl", 43, 10, 39, (1, 3), False, id="dev_statements45"),
    pytest.param("dev_statements46.jsonl", 39, 11, 36, (1, 3), True, id="dev_statements46"),
    pytest.param("dev_statements47.jsonl", 54, 11, 46, (1, 3), False, id="dev_statements47"),
    pytest.param("dev_statements48.jsonl", 50, 11, 45, (1, 3), False, id="dev_statements48"),
    pytest.param("dev_statements49.jsonl", 42, 11, 53, (1, 4), False, id="dev_statements49"),
    pytest.param("dev_statements50.jsonl", 50, 10, 52, (1, 3), False, id="dev_statements50"),
    pytest.param("dev_statements51.jsonl", 47, 10, 49, (1, 5), False, id="dev_statements51"),
    pytest.param("dev_statements52.jsonl", 53, 11, 50, (1, 4), False, id="dev_statements52"),
    pytest.param("dev_statements53.jsonl", 56, 11, 55, (1, 4), False, id="dev_statements53"),
    pytest.param("dev_statements54.jsonl", 51, 11, 54, (1, 4), False, id="dev_statements54"),
    pytest.param("dev_statements55.jsonl", 46, 10, 50, (1, 3), False, id="dev_statements55"),
    pytest.param("dev_statements56.jsonl", 49, 8, 48, (1, 4), False, id="dev_statements56"),
    pytest.param("dev_statements57.jsonl", 44, 12, 35, (1, 2), False, id="dev_statements57"),
    pytest.param("dev_statements58.jsonl", 35, 12, 33, (1, 3), True, id="dev_statements58"),
    pytest.param("dev_statements59.jsonl", 77, 9, 150, (1, 6), False, id="dev_statements59"),
    pytest.param("dev_statements60.jsonl", 36, 6, 42, (1, 5), False, id="dev_statements60"),
    pytest.param("dev_statements61.jsonl", 35, 8, 30, (1, 3), False, id="dev_statements61"),
    pytest.param("dev_statements62.jsonl", 31, 9, 20, (1, 6), False, id="dev_statements62"),
    pytest.param("dev_statements63.jsonl", 43, 11, 35, (1, 6), False, id="dev_statements63"),
    pytest.param("dev_statements64.jsonl", 46, 10, 51, (1, 3), False, id="dev_statements64"),
    pytest.param("dev_statements65.jsonl", 44, 10, 38, (1, 2), False, id="dev_statements65"),
    pytest.param("dev_statements66.jsonl", 44, 10, 38, (1, 2), False, id="dev_statements66"),
    pytest.param("dev_statements67.jsonl", 56, 11, 52, (1, 2), False, id="dev_statements67"),
    pytest.param("dev_statements68.jsonl", 39, 11, 35, (1, 2), False, id="dev_statements68"),
    pytest.param("dev_statements69.jsonl", 35, 11, 28, (1, 2), False, id="dev_statements69"),
    pytest.param("dev_statements70.jsonl", 56, 13, 44, (1, 2), False, id="dev_statements70"),
    pytest.param("dev_statements71.jsonl", 61, 11, 57, (1, 2), False, id="dev_statements71"),
    pytest.param("dev_statements72.jsonl", 78, 15, 66, (1, 3), False, id="dev_statements72"),
    pytest.param("dev_statements73.jsonl", 38, 11, 32, (1, 2), False, id="dev_statements73"),
    pytest.param("dev_statements74.jsonl", 29, 8, 26, (1, 3), False, id="dev_statements74"),
    pytest.param("dev_statements75.jsonl", 42, 8, 51, (1, 3), False, id="dev_statements75"),
    pytest.param("dev_statements76.jsonl", 34, 7, 43, (1, 8), False, id="dev_statements76"),
    pytest.param("dev_statements77.jsonl", 49, 10, 57, (1, 3), False, id="dev_statements77"),
    pytest.param("dev_statements78.jsonl", 36, 9, 39, (1, 8), False, id="dev_statements78"),
    pytest.param("dev_statements79.jsonl", 32, 6, 58, (1, 4), False, id="dev_statements79"),
    pytest.param("dev_statements80.jsonl", 31, 8, 42, (1, 4), False, id="dev_statements80"),
    pytest.param("dev_statements81.jsonl", 35, 9, 40, (1, 4), False, id="dev_statements81"),
    pytest.param("dev_statements82.jsonl", 32, 9, 28, (1, 4), False, id="dev_statements82"),
    pytest.param("dev_statements83.jsonl", 46, 11, 41, (1, 4), False, id="dev_statements83"),
    pytest.param("dev_statements84.jsonl", 22, 6, 24, (1, 3), False, id="dev_statements84"),
    pytest.param("dev_statements85.jsonl", 38, 10, 52, (1, 8), False, id="dev_statements85"),
    pytest.param("dev_statements86.jsonl", 29, 8, 34, (1, 3), False, id="dev_statements86"),
    pytest.param("dev_statements87.jsonl", 36, 9, 37, (1, 4), False, id="dev_statements87"),
    pytest.param("dev_statements88.jsonl", 33, 9, 31, (1, 3), False, id="dev_statements88"),
    pytest.param("dev_statements89.jsonl", 28, 3, 26, (1, 3), False, id="dev_statements89"),
    pytest.param("dev_statements90.jsonl", 25, 4, 30, (1, 3), False, id="dev_statements90"),
    pytest.param("dev_statements91.jsonl", 25, 6, 27, (1, 3), False, id="dev_statements91"),
    pytest.param("dev_statements92.jsonl", 36, 9, 33, (1, 3), False, id="dev_statements92"),
    pytest.param("dev_statements93.jsonl", 26, 6, 19, (1, 3), False, id="dev_statements93"),
    pytest.param("dev_statements94.jsonl", 32, 8, 33, (1, 3), False, id="dev_statements94"),
    pytest.param("dev_statements95.jsonl", 38, 9, 38, (1, 2), False, id="dev_statements95"),
    pytest.param("dev_statements97.jsonl", 45, 11, 42, (1, 4), False, id="dev_statements97"),
    pytest.param("dev_statements96.jsonl", 36, 5, 39, (1, 3), False, id="dev_statements96"),
    pytest.param("dev_statements98.jsonl", 42, 11, 45, (1, 4), False, id="dev_statements98"),
    pytest.param("dev_statements99.jsonl", 45, 10, 47, (1, 5), False, id="dev_statements99"),
    pytest.param("dev_statements100.jsonl", 30, 9, 31, (1, 3), False, id="dev_statements100"),
    pytest.param("dev_statements101.jsonl", 23, 8, 21, (1, 5), False, id="dev_statements101"),
    pytest.param("dev_statements103.jsonl", 24, 8, 19, (1, 5), False, id="dev_statements103"),
    pytest.param("dev_statements102.jsonl", 30, 9, 25, (1, 5), False, id="dev_statements102"),
    pytest.param("dev_statements105.jsonl", 33, 10, 32, (1, 3), False, id="dev_statements105"),
    pytest.param("dev_statements106.jsonl", 24, 8, 20, (1, 3), False, id="dev_statements106"),
    pytest.param("dev_statements104.jsonl", 36, 10, 33, (1, 5), False, id="dev_statements104"),
    pytest.param("dev_statements107.jsonl", 21, 6, 25, (1, 4), False, id="dev_statements107"),
    pytest.param("dev_statements108.jsonl", 17, 8, 12, (1, 2), False, id="dev_statements108"),
    pytest.param("dev_statements109.jsonl", 25, 8, 23, (1, 5), False, id="dev_statements109"),
    pytest.param("dev_statements110.jsonl", 25, 8, 21, (1, 4), False, id="dev_statements110"),
    pytest.param("dev_statements111.jsonl", 19, 10, 9, (1, 1), False, id="dev_statements111"),
    pytest.param("dev_statements112.jsonl", 24, 8, 19, (1, 2), False, id="dev_statements112"),
    pytest.param("dev_statements113.jsonl", 19, 9, 11, (1, 2), True, id="dev_statements113"),
    pytest.param("dev_statements114.jsonl", 30, 13, 21, (1, 2), False, id="dev_statements114"),
    pytest.param("dev_statements115.jsonl", 21, 8, 24, (1, 3), False, id="dev_statements115"),
    pytest.param("dev_statements116.jsonl", 22, 7, 28, (1, 6), False, id="dev_statements116"),
    pytest.param("dev_statements117.jsonl", 28, 8, 28, (1, 4), False, id="dev_statements117"),
    pytest.param("dev_statements118.jsonl", 25, 8, 18, (1, 2), False, id="dev_statements118"),
    pytest.param("dev_statements119.jsonl", 33, 13, 25, (1, 3), False, id="dev_statements119"),
    pytest.param("dev_statements120.jsonl", 32, 7, 42, (1, 3), False, id="dev_statements120"),
    pytest.param("dev_statements121.jsonl", 26, 9, 27, (1, 2), False, id="dev_statements121"),
    pytest.param("dev_statements122.jsonl", 27, 8, 36, (1, 3), False, id="dev_statements122"),
    pytest.param("dev_statements125.jsonl", 26, 8, 44, (1, 4), False, id="dev_statements125"),
    pytest.param("dev_statements123.jsonl", 40, 8, 57, (1, 3), False, id="dev_statements123"),
    pytest.param("dev_statements124.jsonl", 31, 9, 26, (1, 2), False, id="dev_statements124"),
    pytest.param("dev_statements126.jsonl", 25, 8, 19, (1, 2), False, id="dev_statements126"),
    pytest.param("dev_statements128.jsonl", 26, 8, 17, (1, 3), False, id="dev_statements128"),
    pytest.param("dev_statements127.jsonl", 23, 8, 30, (1, 3), False, id="dev_statements127"),
    pytest.param("dev_statements129.jsonl", 23, 9, 30, (1, 3), False, id="dev_statements129"),
    pytest.param("dev_statements132.jsonl", 31, 8, 26, (1, 4), False, id="dev_statements132"),
    pytest.param("dev_statements130.jsonl", 24, 8, 17, (1, 2), True, id="dev_statements130"),
    pytest.param("dev_statements131.jsonl", 33, 9, 26, (1, 2), True, id="dev_statements131"),
    pytest.param("dev_statements133.jsonl", 28, 8, 28, (1, 3), False, id="dev_statements133"),
    pytest.param("dev_statements134.jsonl", 31, 9, 25, (1, 3), True, id="dev_statements134"),
    pytest.param("dev_statements135.jsonl", 24, 8, 16, (1, 2), True, id="dev_statements135"),
    pytest.param("dev_statements136.jsonl", 20, 4, 19, (1, 3), False, id="dev_statements136"),
    pytest.param("dev_statements137.jsonl", 20, 4, 31, (1, 3), True, id="dev_statements137"),
]


@pytest.mark.parametrize(
    ("name", "passages_min", "negatives_min", "statements_min", "sentences", "numeric"), SETS
)
def test_dev_statements_structure(
    name: str,
    passages_min: int,
    negatives_min: int,
    statements_min: int,
    sentences: tuple[int, int],
    numeric: bool,
) -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    path = DATA / name
    passages = checked_passages(path, "newswire-dev (original)", sentences)
    assert len(passages) >= passages_min
    assert sum(not obj["statements"] for obj in passages) >= negatives_min, "too few negatives"
    assert sum(len(obj["statements"]) for obj in passages) >= statements_min
    if not numeric:
        assert not any(is_numeric(obj) for obj in passages), "label numeric events in dev.jsonl"


@pytest.mark.parametrize(
    "name",
    [
        "dev_statements.jsonl",
        "dev_statements2.jsonl",
        "dev_statements3.jsonl",
        "dev_statements4.jsonl",
        "dev_statements5.jsonl",
        "dev_statements6.jsonl",
        "dev_statements7.jsonl",
        "dev_statements8.jsonl",
        "dev_statements9.jsonl",
        "dev_statements10.jsonl",
        "dev_statements11.jsonl",
        "dev_statements12.jsonl",
        "dev_statements13.jsonl",
        "dev_statements14.jsonl",
        "dev_statements15.jsonl",
        "dev_statements16.jsonl",
        "dev_statements17.jsonl",
        "dev_statements18.jsonl",
        "dev_statements19.jsonl",
        "dev_statements20.jsonl",
        "dev_statements21.jsonl",
        "dev_statements22.jsonl",
        "dev_statements23.jsonl",
        "dev_statements24.jsonl",
        "dev_statements25.jsonl",
        "dev_statements26.jsonl",
        "dev_statements27.jsonl",
        "dev_statements28.jsonl",
        "dev_statements29.jsonl",
        "dev_statements30.jsonl",
        "dev_statements31.jsonl",
        "dev_statements32.jsonl",
        "dev_statements33.jsonl",
        "dev_statements34.jsonl",
        "dev_statements35.jsonl",
        "dev_statements36.jsonl",
        "dev_statements37.jsonl",
        "dev_statements38.jsonl",
        "dev_statements39.jsonl",
        "dev_statements40.jsonl",
        "dev_statements41.jsonl",
        "dev_statements42.jsonl",
        "dev_statements43.jsonl",
        "dev_statements44.jsonl",
        "dev_statements45.jsonl",
        "dev_statements46.jsonl",
        "dev_statements47.jsonl",
        "dev_statements48.jsonl",
        "dev_statements49.jsonl",
        "dev_statements50.jsonl",
        "dev_statements51.jsonl",
        "dev_statements52.jsonl",
        "dev_statements53.jsonl",
        "dev_statements54.jsonl",
        "dev_statements55.jsonl",
        "dev_statements56.jsonl",
        "dev_statements57.jsonl",
        "dev_statements58.jsonl",
        "dev_statements59.jsonl",
        "dev_statements60.jsonl",
        "dev_statements61.jsonl",
        "dev_statements62.jsonl",
        "dev_statements63.jsonl",
        "dev_statements64.jsonl",
        "dev_statements65.jsonl",
        "dev_statements66.jsonl",
        "dev_statements67.jsonl",
        "dev_statements68.jsonl",
        "dev_statements69.jsonl",
        "dev_statements70.jsonl",
        "dev_statements71.jsonl",
        "dev_statements72.jsonl",
        "dev_statements73.jsonl",
        "dev_statements74.jsonl",
        "dev_statements75.jsonl",
        "dev_statements76.jsonl",
        "dev_statements77.jsonl",
        "dev_statements78.jsonl",
        "dev_statements79.jsonl",
        "dev_statements80.jsonl",
        "dev_statements81.jsonl",
        "dev_statements82.jsonl",
        "dev_statements83.jsonl",
        "dev_statements84.jsonl",
        "dev_statements85.jsonl",
        "dev_statements86.jsonl",
        "dev_statements87.jsonl",
        "dev_statements88.jsonl",
        "dev_statements89.jsonl",
        "dev_statements90.jsonl",
        "dev_statements91.jsonl",
        "dev_statements92.jsonl",
        "dev_statements93.jsonl",
        "dev_statements94.jsonl",
        "dev_statements95.jsonl",
        "dev_statements97.jsonl",
        "dev_statements96.jsonl",
        "dev_statements98.jsonl",
        "dev_statements99.jsonl",
        "dev_statements100.jsonl",
        "dev_statements101.jsonl",
        "dev_statements103.jsonl",
        "dev_statements102.jsonl",
        "dev_statements105.jsonl",
        "dev_statements106.jsonl",
        "dev_statements104.jsonl",
        "dev_statements107.jsonl",
        "dev_statements108.jsonl",
        "dev_statements109.jsonl",
        "dev_statements110.jsonl",
        "dev_statements111.jsonl",
        "dev_statements112.jsonl",
        "dev_statements115.jsonl",
        "dev_statements116.jsonl",
        "dev_statements117.jsonl",
        "dev_statements118.jsonl",
        "dev_statements119.jsonl",
        "dev_statements120.jsonl",
        "dev_statements121.jsonl",
        "dev_statements122.jsonl",
        "dev_statements125.jsonl",
        "dev_statements123.jsonl",
        "dev_statements124.jsonl",
        "dev_statements126.jsonl",
        "dev_statements128.jsonl",
        "dev_statements127.jsonl",
        "dev_statements129.jsonl",
        "dev_statements131.jsonl",
        "dev_statements133.jsonl",
        "dev_statements134.jsonl",
        "dev_statements135.jsonl",
        "dev_statements137.jsonl",
    ],
)
def test_dev_statements_f1(name: str) -> None:
    assert_f1(DATA / name, "statement", STATEMENT_F1)


def test_dev_statements130_f1() -> None:
    """Round h_gen_s104's batch: definite descriptions with no named body ("the rebels say",
    "C, the monitoring group states", "the governor there said") stay open (dst130-004,
    -007, -008, -009)."""
    assert_f1(DATA / "dev_statements130.jsonl", "statement", 0.85)


def test_dev_statements113_f1() -> None:
    """Round 87's batch: its uncounted reduced clauses and one country adjective stay open."""
    assert_f1(DATA / "dev_statements113.jsonl", "statement", 0.79)


def test_dev_statements136_f1() -> None:
    """Round h_gen_s110's batch: "the hospital's director said" (dst136-014) stays unread."""
    assert_f1(DATA / "dev_statements136.jsonl", "statement", 0.95)


def test_dev_statements132_f1() -> None:
    """Round h_gen_s106's batch: two speaker forms (dst132-010, -024) and a partial (-009) open."""
    assert_f1(DATA / "dev_statements132.jsonl", "statement", 0.88)


def test_dev_statements114_f1() -> None:
    """Round 88's batch: "the Ukrainian Red Cross" is still read as the ICRC (dst114-012)."""
    assert_f1(DATA / "dev_statements114.jsonl", "statement", 0.94)

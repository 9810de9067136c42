"""The extractor against the full-length article sets ``dev_articles*.jsonl``.

Each set was written without reading the extractor, measured before any fix, and
then used to guide fixes; the structure test guards the labels (it must always
pass), the score tests are the bars. What each set's first measurement was and
what it led to:

``dev_articles.jsonl``
    16 full-length wire articles.
    Written without reading the extractor (13-16 paragraphs each: datelines, ledes with figures,
    quotes continued without attribution, pronouns and bare surnames several sentences from their
    antecedent, background paragraphs full of non-event numbers). First measurement: statement
    F1 .850 (P .890, R .813). Its statement errors then guided fixes: the article's full name over
    the speaker table's for a shared surname, "the enclave's" bodies, lower-case groups ("brokers
    said"), ages and relative clauses before the verb, names inside descriptions, acronyms the
    article spelled out, and speakers never crossing a paragraph. First numeric measurement:
    strike .895, interception .913, casualty .909; its numeric errors then guided fixes too
    ("35 of the missiles" paired with a launch figure paragraphs earlier, hits left over from an
    air-defence report, "14 of the dead were killed", editor's correction notes).

``dev_articles2.jsonl``
    14 more full-length articles, more styles.
    Written blind by a second annotator (Reuters- and AP-like datelines, glued datelines, German
    „…“ and French « » copy in translation, a time-stamped live blog, a TASS-like bulletin, a UN
    release). First measurement: strike .941, interception .967, casualty .825, statement .782
    (P .844, R .729). Its statement errors then guided fixes: "Gov." and "Chief Executive" titles,
    live-blog time stamps before a subject, "telling reporters that", "according to information
    from", "CLAUSE, as X announced", inverted "specified the ministry", asides before the verb
    (", for its part,", ", speaking on condition of anonymity,"), "his office" speaking for its
    holder, names inside possessives and descriptions ("Yemen's Houthis", "the Magen David Adom
    rescue service"), another country's ministry never taken for the one named before, bodies
    placed by "In Ternopil, ..." and local bodies by their town, a trailing attribution enclosing
    an earlier cue, the clause before "X said: <list>", a quote paragraph after "X then told
    partners:", "according to a World Bank estimate", clauses cut before "and called on", and
    UN missions placed by their country.

``dev_articles3.jsonl``
    10 more full-length articles, other angles.
    Written blind by a third annotator (a regional roundup, Zelensky's weekly totals, a Russian-side
    story, an Israeli-side story, Iraq/Syria, Black Sea shipping, a Kyiv press conference, a toll
    updated through the day, a funeral, a hard negative on budgets and production). First
    measurement: strike .923, interception .889, casualty .830, statement .894 (P .932, R .859).
    Its statement errors then guided fixes: the name an acronym is defined with speaks at the
    definition itself ("the Kurdistan Regional Government (KRG) said") and the reported clause
    stops before that name; "-led" locators; "Iraq's Security Media Cell" as an adjective; bare
    "<noun> ministry" bodies placed by the country their sentence names; one lower-case noun before
    a bare group ("industry sources", "shipping brokers"); courtesy titles ("Father X"); "said her
    colleague X"; "X, Europe's largest ammunition maker, said"; "told workers there that"; a city
    body placed like an earlier body of its level ("the city council" after "Odesa city ...").
    No label was changed. Still missed: an office resolved to a holder named only later ("the
    bloc's defence commissioner"), "according to a draft budget published by X", "a survey for
    X", and a region in a relative clause taken for the body's place.

``dev_articles4.jsonl``
    6 more full-length articles, written blind.
    Airspace incursions into Moldova and Romania, a Russian-side and Ukrainian-side front-line
    day, a strike on Lviv, a Red Sea shipping attack, Sudanese refugees in Chad and an interview
    with a drone battalion commander. First measurement: strike .889, interception 1.000,
    casualty .818, statement .623. Its statement errors then guided fixes: military ranks
    ("Major", "Maj.", "Lieutenant Colonel", ...) are titles, not part of the name; a generic head
    after a spelled-out name is dropped ("the United Kingdom Maritime Trade Operations agency");
    a named spokesman with an "al-" particle speaks, not the body he speaks for ("Anis al-Asbahi,
    spokesman for ..."); "according to U.N. estimates" is the United Nations. Labels changed to
    the speaker table's canonical forms: "U.S. Central Command" -> "US Central Command" (3),
    "WFP" -> "World Food Programme" (2). Then (statement .883 -> .935): a bare ministry takes the
    country of an opening adverbial ("In neighbouring Romania, the Defence Ministry said") or of
    the capital after it ("the defence ministry in Bucharest") over an earlier ministry, and "the
    Russian ministry" takes the Russian ministry named before. Still missed: a company
    back-reference ("its Greek operator", "the Piraeus-based company") and a commander
    introduced before his name.

``dev_articles5.jsonl``
    10 full-length articles in styles the earlier sets lacked, written after running the
    extractor on about 30 real wire excerpts (Reuters, AP, AFP, Kyiv Independent, TASS-like and
    Gulf copy on Gaza talks, Sudan, the Red Sea, Israel-Iran, peace talks) to find failure
    categories: an EU summit with many leaders, Gaza ceasefire talks with an unnamed Hamas official,
    an interview with the Ukrainian foreign minister, Israel-Iran with spokesmen of several
    ministries, a TASS-style Foreign Ministry briefing, Sudan with a resident known by first name,
    an energy-grid attack told through company statements, a Pentagon/Red Sea story with unnamed
    administration and defence officials, a Kyiv Independent-style oblast roundup and a U.N.
    Security Council debate. First measurement (labels final, no code changed): strike .400,
    interception .889, casualty .970, statement .773 (P .804, R .744). Its statement errors then
    guided fixes: "al-" name particles ("Majed al-Ansari", a lone "al-Ansari"); unnamed sources
    ("A Hamas official", "a senior administration official said", "One Ukrainian official")
    and bare back-references to them or to the person who spoke last ("But the official said",
    "the diplomat stressed"), with "he" able to point at them; verbs of saying inside a quote
    ("“... Russia has said no,” Sybiha said"); participial openers ("Opening the session, X
    said") and asides (", visiting Bat Yam,"); "According to her"; the agency passive "This was
    stated/reported by X" attributing the sentence before; proper names after a possessive and a
    description ("Sudan's paramilitary Rapid Support Forces", "Egypt's state-linked Al-Qahera
    News television"); "Naftogaz CEO Serhiy Koretskyi"; "Governor of the Bryansk region Alexander
    Bogomaz"; "the company" as the company the text named last; "its Operational Command"
    placed by the country before it; "Saudi Arabia's"; "the Prosecutor General's Office";
    "envoy" and "ambassador" as one office, "Ukraine's top diplomat" as the foreign minister
    the sentence introduced; "A resident who gave only his first name, Adam, ... said"; a quote
    inside the clause of "... and said (that)" staying in that indirect statement; "urged
    “maximum restraint” and warned that ..." not read as an appeal; "said in September";
    "according to U.N. figures"; ", it said" looking behind its own clause; "Shipping companies
    said". Labels changed before measuring: two "X and that Y" clauses merged into one (the
    convention of the earlier sets), three verb-of-appeal labels added ("urged them to ...",
    "urged “maximum restraint”") or corrected ("called on both sides to show ..." is indirect),
    and "Washington “has no authority” to ..., he wrote" labelled a partial quote (the
    convention of ``statements``: a fragment before a trailing attribution). Still missed:
    "According to the head of the oblast administration" (the governor named a paragraph
    before) and the country of "the Prosecutor General's Office". Its numeric errors (strike
    .400, interception .889, casualty .970) were then fixed by the numeric rounds (a launch and
    its outcome across paragraphs, "including 6 air strikes", "in the two attacks", the second
    figure of a running total): 1.000 each.

``dev_articles6.jsonl``
    12 everyday full-length articles (11-21 paragraphs) written in the third session by an
    annotator who never saw the extractor: an air force overnight report with governors and
    DTEK, a TASS Defence Ministry bulletin, a German-press Berlin summit page (photo credits,
    job ad, "source site-12"), Gaza with a hospital and the civil defence, Houthis and CENTCOM
    in the Red Sea, a Sudan market attack, an AP-style front-line feature on a commander known
    by his call sign, Kremlin reactions, a NATO ministers' meeting, a gas-market story, a Kyiv
    Independent oblast roundup and a Times of Israel-style Lebanon page. First measurement
    (labels as delivered): strike .960, interception .974, casualty .814, statement .843 (P
    .875, R .814) with the committed extractor; .865 with this round's first, set-blind rules.
    Its statement errors then guided general fixes: "that" after "said a/an <noun>" opens a
    relative clause; "according to the ministry's running tally"; "Yemen's Houthi movement";
    "the head of government" is the prime minister; "X of the <description> firm Y" is X; a
    proper name "in <place>" and "the hospital" after it; "analysts at <Name>"; a name before a
    non-acronym parenthesis ("(Rosaviatsia)"); "according to local health officials"; clauses
    after "after/when/because X said"; "X, which said C"; bare "the ministers" as the group
    named before; irregular past verbs in a clause reported without "that"; ", and accused Y
    of" ending the clause; ", calling on Y to"; "a medical group said" named by the next
    attribution; a call sign, then "the commander"/"the major". Statement .865 -> .991. Labels
    changed to the conventions of the other sets: "U.S. Central Command" -> "US Central Command"
    (3), "US State Department spokesperson" -> "US State Department" (1: an unnamed spokesperson
    of a named body speaks for the body). Still missed: "the United Kingdom Maritime Trade
    Operations (UKMTO) agency" (labelled with the full name; earlier sets label this shape
    "UKMTO") and "the alliance's chief warned" before Rutte is named. Its numeric errors then
    guided general fixes too ("Another 14 people were wounded there" completes the record
    before it, a place list then the other harm, "members of the same family", spans of past
    years as background, listed hits are no shoot-downs, weapon lists as the subject of
    "targeted"): strike, interception and casualty 1.000.

``dev_articles7.jsonl``
    14 everyday full-length articles written at the end of the third session by another
    annotator who never saw the extractor (an Odesa grain-port strike, a prisoner swap, a
    Zaporizhzhia plant power cut, a TASS-style Belgorod/Kursk story, Israeli strikes on Hodeidah,
    a UN Security Council session, a Polish airspace alert, a US Senate sanctions debate, a West
    Bank raid, a Kharkiv mayor interview, Zelensky's weekly totals, Chinese and Indian
    reactions, a sea-drone attack on Novorossiysk, a Kherson daily report). Measured once with
    the session's final extractor (commit c36edc4): strike .966, interception .929, casualty
    .762 (P .696), statement .872 (P .903, R .843); with the extractor of the session's start
    (b96631b) .929 / .929 / .727 / .864. Its errors guided the fourth session's first fixes:
    strike and interception 1.000, casualty 1.000, statement .993 (P 1.000, R .986).

``dev_articles8.jsonl``
    16 everyday full-length articles written blind in the fourth session by another annotator
    (an air-force overnight report, a Ukrinform-style governors' roundup, a General Staff
    summary, TASS-style MoD claims, Gaza, Lebanon, the Red Sea, Sudan, Kremlin diplomacy,
    Zelensky's weekly totals, a drone commander's interview, a no-event budget story, a toll
    updated through the day, a grid attack with a combined total, drones over Poland, Russian
    border regions in translated style). First measured (commit 83cd924) before any fix:
    strike .868, interception .829, casualty .821, statement .832 (P .870, R .797).

``dev_articles9.jsonl``
    12 numeric-heavy everyday articles written blind in the fourth session (air-force reports
    in several house styles with "lost locally" and hit locations, Kherson/Zaporizhzhia/Donetsk
    daily tallies, a table-like list of regional tolls, General Staff numbers, MoD daily and
    weekly claims, Lebanon, Gaza with a toll updated during the day, Yemen and the Red Sea,
    Sudan with a replaced toll, old and new figures mixed, a no-event story of numbers). First
    measured (commit 4e1c28a) before any fix: strike .808, interception .837, casualty .867.

``dev_articles10.jsonl``
    14 everyday articles written blind in the fifth session (an overnight attack with
    per-weapon figures and city follow-ups, Russian MoD claims by region, a translated
    Belgorod/Kursk day with « » quotes, a front-line feature quoting soldiers by call sign,
    Lebanon with a health-ministry toll, a Sudan camp attack, a Sahel army-camp attack, a
    German-press diplomacy page with „ “ quotes, a Q&A interview, a toll revised through the
    day, a no-event budget story, a Middle East live blog, a press conference with alternating
    speakers, a Red Sea story where spokespeople speak for their bodies). First measured
    (commit ed7f20d, outputs identical to dbc016a) before any fix: strike .982, interception
    .900, casualty .800, statement .823 (P .856, R .793); .832 after four speaker labels were
    put in the speaker table's canonical forms or the article's first-mention form ("WFP" ->
    "World Food Programme", "Ukrainian State Emergency Service" -> "State Emergency Service",
    "IDF" -> "Israel Defense Forces" where the article says so, "Israeli military" where it says
    "The Israeli military said": the body as each sentence names it, as the sample's labels do).

``dev_articles11.jsonl``
    12 numeric-dense everyday articles written blind in the fifth session (air-force reports
    in four house styles with models, decoys, "lost locally" and hit locations, a Kharkiv toll
    with subgroups, MoD per-region claims with governors, a General Staff summary, a
    Zaporizhzhia governor's per-weapon tally, Lebanon/Israel barrages, a Gaza toll rising
    through the day, Houthis against Central Command, Sudan, India-Pakistan, a Sumy toll with
    hospital and condition subgroups, Zelensky's weekly totals with tally lines). First
    measured before any fix on the committed extractor (ed7f20d): strike .949, interception
    .852, casualty .884, statement .872; on the uncommitted numeric work of the same hour,
    which had never seen it: .949 / .923 / .929 / .872. Two speaker labels were put in the
    speaker table's canonical form first ("Ukrainian State Emergency Service").

``dev_articles12.jsonl``
    12 numeric-dense Ukraine-war articles written blind in the sixth session in seven house
    styles (Reuters, AP, AFP, Ukrinform and Kyiv Independent with translated phrasing, TASS
    and RIA): air-force nights with "lost locally" and model subgroups, a General Staff day
    with per-weapon breakdowns, a governors' roundup, weekly totals, Russian MoD per-region
    claims beside governors' and mayors' own figures, an Odesa port strike, a power-grid strike
    with a toll revised through the day, a Sumy daily report, a prisoner exchange of hard
    negatives. First measured before any fix on the committed extractor (d5f2cd1): strike
    .878, interception .879, casualty .850, statement .933; casualty .931 after four tolls
    were put in the written convention first ("one man was killed and six people were
    wounded" is two records, one per stated group, like "killing one man and wounding two
    women"). After the fixes, "one missile strike using three missiles" was labelled with
    both figures, as dnum-022 is (a strike of 1 beside the 3 missiles), and the air force's
    ", noting that C" a second statement, as dst2-010's is.

``dev_articles13.jsonl``
    12 statement-heavy everyday articles written blind in the sixth session (Kremlin and
    European reactions to peace talks, Gaza tolls and Cairo talks, Hezbollah rockets and
    Israeli strikes, a Houthi attack on a grain ship, Sudan, China/Taiwan, India/Pakistan
    shelling, the IAEA and Iran, Kyiv per-weapon figures with a combined total, Washington
    and Moscow; 14-19 attributions each, anonymous sources, quotes across paragraphs). First
    measured before any fix on the committed extractor (d5f2cd1): strike .800 (2 gold),
    interception .960, casualty .800, statement .889; statement .931 after twelve labels were
    put in the written conventions first: an unnamed source keeps its whole description
    ("Egyptian official familiar with the talks", "senior army officer in El Obeid", five
    labels), and a quoted fragment inside a reported clause is part of that indirect
    statement, not a partial (seven labels: "said its forces had hit “military gatherings” of
    the army ..." is the clause). After the fixes, "Witnesses said at least three drones
    struck in quick succession" was labelled a drone strike of 3, as art6-06's "four drones
    struck the market" is; "A U.S. official familiar with ..." speaks as "US official
    familiar with ...", as titled US officials do.

``dev_articles14.jsonl``
    12 articles written blind in the sixth session in the shared sample's style: German news
    sites (dpa, Spiegel, FAZ, n-tv tickers with "+++ 06:02 +++" entries, Handelsblatt,
    Tagesschau, Focus) machine-translated into English, with headline and teaser lines, photo
    credits, German spellings ("Dmitri Peskow", "Selenskyj", "Terechow"), party descriptors
    ("the SPD politician said"), „low-high“ quotes and subjunctive-like reported speech. First
    measured before any fix on the committed extractor (d5f2cd1): strike .930, interception
    .955, casualty .923, statement .777.

``dev_articles15.jsonl``
    12 more articles in that style, written blind in the sixth session from Austrian, Swiss
    and German outlets (ORF, Der Standard, NZZ, SRF, Kurier, Zeit, Welt, RND, BR, MDR,
    Deutschlandfunk): "In the night to Sunday", «Swiss» quotes, "he told the newspaper
    „Bild“", Federal Councillors and state premiers. First measured on 37e3afc, after the
    session's first round and before the German-copy round: strike .974, interception .808,
    casualty .944, statement .861. After the fixes, two labels were put in the sample's
    convention: a quoted fragment in the middle of a clause before a trailing attribution
    ("Russia would continue the „special military operation“ until ..., he told
    journalists") is a partial quote of the fragment, as the sample's "“as a stabilizing
    factor”" is; a fragment that closes the clause ("Europe was „stoking hysteria“, he
    said") stays inside the indirect statement, as every set labels it.

``dev_articles16.jsonl``
    12 everyday English wire articles written blind in the sixth session (an air-defence
    night, Russian border regions, a General Staff day with five oblasts, Gaza, Lebanon,
    an Iran-Israel barrage, Hodeidah, Sudan, the Sahel, Syria, the Line of Control, Myanmar;
    tolls from two sources that disagree, tolls revised through the day). First measured on
    37e3afc, before the German-copy round: strike .980, interception 1.000, casualty .881,
    statement .889. After the fixes, "..., local officials said, and more than 40 aid trucks
    entered the province" was labelled a second statement of the officials (the "A, X said,
    and B" reading of dev_statements7). Seventh session: "two of its soldiers were killed and
    another seriously wounded" (art16-04) relabelled soldiers killed 2, injured 1 ("another"
    continuing a counted harm list is one more person, as dnum16-064 already labels it).

``dev_articles17.jsonl``
    12 air-defence-heavy articles written blind in the seventh session (Reuters, AP, AFP,
    TASS-style MoD claims, Ukrinform, Kyiv Independent, Ukrainska Pravda's "Source:/Quote:"
    layout, Times of Israel, German tickers in translation): totals then per-type
    breakdowns, per-region shoot-down claims, counts updated during the day, Israeli and Red
    Sea interceptions, "lost locally", hard negatives (deliveries, prices, interception
    rates). 71 interceptions. First measured on f26e01e's successor (the »quote« sentence
    split) before any fix: strike .889, interception .868, casualty .947, statement .924.

``dev_articles18.jsonl``
    12 articles written blind in the seventh session in the shared sample's style: German
    news sites machine-translated into English ("+++" ticker pages and reports in
    Spiegel/Tagesschau/ZDF/FAZ/Zeit/SRF/Kurier style; German spellings of Russian and
    Ukrainian names, „low-high“ and «guillemet» quotes, decimal commas, passive
    attributions, page furniture), 13-19 statements each. First measured on b5ef7e6 before
    any fix: strike .882, interception .759, casualty .988, statement .891.

``dev_articles19.jsonl``
    12 numeric-dense articles written blind in the seventh session in the sample's style
    (German news translated into English: a political frame plus General Staff, air-force,
    Russian MoD and casualty blocks; German thousands "1.300", "Read also:" teasers, glued
    datelines). First measured on e8eb9a7, after the lead's German-copy fixes of the same
    session (thousands dots, »guillemets«, teaser lines) and before any helper's: strike
    .948, interception .857, casualty .889, statement .905.

``dev_articles20.jsonl``
    12 articles written blind in the seventh session in the English of Ukrainian, Russian,
    Polish, Lithuanian, Turkish and Qatari outlets (Ukrainska Pravda's "Source:/Quote:"
    blocks, TASS and RIA region lists, Ukrinform, RBC-Ukraine, Suspilne, Hromadske,
    Interfax, PAP, LRT, Anadolu, Al Jazeera): "the occupiers", "OVA" heads, "informs the
    press service", per-district damage lists, superseded tolls. First measured on
    ae98834's successor before any fix: strike .885, interception .857, casualty .857,
    statement .876. "Anadolu's correspondent reported" (art20-11) was put to the
    unnamed-source convention afterwards ("Anadolu correspondent", as "Al Jazeera's
    correspondent" speaks in dev_statements batches).

``dev_articles21.jsonl``
    12 casualty-heavy articles written blind at the start of the eighth session, half in
    the shared sample's translated-German style (Austrian/Swiss/German sites: "persons",
    "in the night to Monday", tolls corrected during the day), half in AP/Reuters/AFP/Kyiv
    Independent/Times of Israel style: tolls by town and group, victims one by one,
    "another person", missing and evacuated people, background totals. First measured on
    9909c01 before any fix: strike .968, interception .974, casualty .910, statement .902
    (.927 on the final labels, after 29 labels of dev_articles21-26 were put to the
    written quoted-fragment convention).

``dev_articles22.jsonl``
    12 statement-rich political articles written blind at the start of the eighth session
    in translated German/Austrian/Swiss copy (Bundestag debate, party conference, Kremlin
    and Chinese briefings, calls and summits, interviews in indirect speech, newspapers
    citing circles, polls, "it was said from diplomatic circles"), half with a war block.
    First measured on 9909c01 before any fix: strike 1.000, interception 1.000, casualty
    .875, statement .830 (.970 and .869 on the final labels).

``dev_articles23.jsonl``
    12 articles dense with strike counts and interceptions written blind at the start of the
    eighth session in the English of many outlets (translated German live blogs, Ukrinform,
    Kyiv Independent, TASS rendering the Russian MoD, AP/Reuters/AFP, PAP, LRT): mixed salvos
    by model, per-type and combined totals, "locationally lost", Israeli interceptor reports,
    hard negatives (alerts, calibres, model numbers). First measured on 9909c01 before any
    fix: strike .966, interception .891, casualty .962, statement .909 (.938 on the final
    labels).

``dev_articles24.jsonl``
    12 articles written blind in the eighth session in the shared sample's style (Focus,
    t-online, Merkur, RND, Stern, WELT, Kleine Zeitung, Blick and watson machine-translated
    into English): a political story plus war blocks, German spellings, „…“ and «…» quotes,
    "Also interesting:" furniture, a "+++" ticker. First measured on 8d6308e before any fix
    (the "according to Ukrainian information" label put to the convention first): strike
    1.000, interception 1.000, casualty .933, statement .841 (.858 on the final labels).

``dev_articles25.jsonl``
    12 everyday English wire articles written blind in the eighth session (Reuters, AP, AFP,
    Bloomberg, BBC, Al Jazeera, Kyiv Independent, Times of Israel, Anadolu, Xinhua) across
    Ukraine, Gaza/Lebanon/Yemen, Sudan, Myanmar and Syria. First measured on 8d6308e before
    any fix: strike .923, interception .909, casualty .966, statement .947.

``dev_articles26.jsonl``
    12 articles written blind in the eighth session as machine translations from German,
    French, Italian, Spanish and Polish sites (« spaced guillemets », dash-introduced quotes,
    "declared Tusk", "the tenant of the Élysée", "it was learned from sources", untranslated
    "Lire aussi"/"Leggi anche" lines). First measured on 8d6308e before any fix: strike .957,
    interception .828, casualty .898, statement .631 (.917 and .679 on the final labels).

``dev_articles27.jsonl``
    12 articles written blind in the ninth session in English agency and Ukrainian-outlet style
    (Reuters, AP, AFP, Kyiv Independent, Ukrinform, Ukrainska Pravda, Kyiv Post): overnight
    tallies, General Staff figures, regional tolls by town, Russian ministry claims, governors
    and mayors on Telegram. First measured on 3e0a591 before any fix: strike .907,
    interception .979, casualty .914, statement .959.

``dev_articles28.jsonl``
    12 articles written blind in the ninth session in international agency style on Gaza,
    Lebanon, the Houthis and the Red Sea, Israel and Iran, Sudan, Syria and Myanmar (health
    ministry tolls, army statements, intercepted barrages, diplomatic reaction). First
    measured on 3e0a591 before any fix: strike .957, interception .917, casualty .900,
    statement .825 (.854 once eight labels were put to the written conventions: "U.N."/"U.S."
    bodies as "UN"/"US", "Netanyahu's office said" as Benjamin Netanyahu, a fragment in the
    middle of a clause before a trailing attribution as a partial quote).

``dev_articles29.jsonl``
    12 articles written blind in the ninth session as translations from Russian- and
    Ukrainian-language sources (TASS/RIA ministry copy, border governors, oblast
    administrations, police and emergency services, Peskov and Zakharova). First measured on
    3e0a591 before any fix: strike .980, interception 1.000, casualty .970, statement .975.

``dev_articles30.jsonl``
    12 articles written blind in the tenth session in the shared sample's translated-German
    style, all dominated by air attacks (the air force's launch and shoot-down reports by
    weapon type, the Russian ministry's per-region claims, airspace incidents in Poland,
    Israeli and Gulf air defence, governors' posts on the same night). First measured on
    0646a19 before any fix: strike .769, interception .774, casualty .917, statement .902.
    Its strike and interception errors (on bc6f311: strike .882, interception .825) then
    guided the families of ``dev_numeric42``: headlines and ticker headings rounding the
    story's figure, "Of the 60 missiles, among them 40 Kh-101, ... 21", "Six each were
    destroyed over A and B", earlier days' reports recapped in the pluperfect, "the remains
    of seven others", "both Kh-59", "Among them were ..." after a combined launch with no
    outcome, "The missiles reached their targets" after the drones' outcome, "They fired 14
    missiles – 13 were knocked down", objects crossing into Polish airspace. After: strike
    1.000, interception .990, casualty .917 (casualty left to its own round). No label
    contradicted the written conventions, so none was changed. Left: art30-09's 174 "means
    of air attack" split by kind with per-kind outcomes and no combined outcome (labelled a
    mixed launch-only record; the open call of the ``dev_numeric27`` notes), and two
    casualty errors (art30-04's toll "since Friday" is a running total by the conventions;
    art30-09's "at least seven ... killed" and "31 ... injured" in the next sentence are one
    record). Both fixed in the ``dev_articles33`` round (``dev_numeric43``): casualty .917 ->
    1.000.

``dev_articles31.jsonl``
    12 statement-heavy articles (14-22 statements each) written blind in the tenth session in
    native agency English (Reuters talks, AP front line, AFP Middle East, Red Sea, Iran, Sudan,
    a Kyiv Independent live update, a BBC live page, a Guardian explainer, TASS, NATO, a
    key-events list). First measured on 0646a19 before any fix: strike .947, interception
    1.000, casualty .889, statement .908. Statement round (tenth session, h_stmt3; started at
    .939, P .958, R .920): fixed in general form (new modules ``_gavename``, ``_territory``,
    ``_prompting``, ``_nocomment``, ``_voicefor``, ``_colonline``; the batch
    ``dev_statements31`` varies each family) -> .993 on the labels as written. One label was
    put to the written conventions: "U.N. Secretary-General Antonio Guterres was “appalled”
    by the attack, his spokesman Stephane Dujarric told reporters" is a partial quote of the
    fragment ("appalled"), not an indirect statement, as a fragment in the middle of a clause
    before a trailing attribution is (art31-06); on the corrected labels .998 (P 1.000, R
    .996). Left, a call the conventions leave open: UNIFIL's "..., a figure it called “deeply
    concerning”" after its "said in a statement that ..." is labelled a separate partial
    (the indirect ending before the apposition), while art5-06's "... for what it called
    “...”" stays inside the indirect; the extractor keeps the fragment inside the clause.

``dev_articles32.jsonl``
    12 statement-heavy articles (14-17 statements each) written blind in the tenth session in
    the shared sample's translated-German style (Handelsblatt, Spiegel, n-tv, Tagesschau, ZDF,
    FAZ, Stern, Focus, Merkur, t-online, Der Standard, NZZ): calls, summits, interviews,
    Bundestag debates, Kremlin reactions. First measured on 0646a19 before any fix: strike
    .778, interception .933, casualty .880, statement .921.
    Its statement errors (.934 on 17bbdf8) then guided fixes, each in a new module: an opening
    adverb with no comma kept out of the speaker ("Meanwhile the IDF spokesman declared",
    ``_adverbs``); comma-less asides between subject and verb ("in turn", "himself", "for its
    part", ``_asides``); sentence-case titles ("Foreign minister NAME") and "his Ukrainian
    counterpart NAME" for "the Ukrainian foreign minister" (``_counterparts``); "Ukraine's
    ambassador in Berlin, NAME," as a pronoun's antecedent (``_titleplace``); "emphasised, C",
    "stressed, according to X, that C", "said about NP, C" and "said on Friday in Sochi, C"
    (``_commaclause``); "In Beijing, X said, C «…»" and "In ..., X said, according to his
    office, that C" as leading reports (``_splitlead``); "Putin had explained that C, Ushakov
    told journalists" as Ushakov's (``_pluperfect``); "X rejected that: C, she said"
    (``_colonlead``); the region named nearest over an earlier body's (``_regionnear``); "the
    head of the Chinese diplomacy" (``_headof``). After: statement .992 (P .995, R .989); no
    label changed. Left (open calls, see tests/data/README.md): "According to the Kremlin,
    Putin pointed out that C" (art32-11 labels the Kremlin, art32-01 the inner speaker for the
    same shape) and the two-word fragment "root causes" in a cue-less continuation.

``dev_articles33.jsonl``
    12 casualty-heavy articles written blind in the tenth session in English as translated
    from languages other than German or of non-native outlets (Ukrinform, Suspilne, TASS,
    AFP, ANSA, PAP, Anadolu, WAFA, Saba and the Israeli side, Sudan, Myanmar, Ukrainska
    Pravda). First measured on 0646a19 before any fix: strike .947, interception .941,
    casualty .905, statement .846.
    Its statement errors (.846, P .852, R .839 on 862d690) then guided fixes (h_stmt5): a
    consulate placed by its city and "the consulate" after it; "Nasser Medical Complex in Khan
    Younis" and "the hospital" after it; "... Society" as a body ("It added that" after it) and
    "Prisoner's" kept inside a name; "the Red Crescent" after "the Palestine Red Crescent
    Society" (``_shortname``); "On the Israeli side, the army said"; the clause cut before "and
    accused / asked / assured Y ..." and no statement for "assured Ukrainians of France's
    support"; "according to a count by X"; "the city military administration" placed by the
    town its own sentence names; "the governor" as the holder whose surname came last
    (``_lastmention``). On the labels as written: .846 -> .924. Eight labels were then put to
    the written conventions: three "urged / called on Y to Z" statements added (Zelensky,
    Hamas, Filashkin: "X called on Y to Z is like urged", quote "Y to Z"); art33-02's health
    department left unqualified (no region in its paragraph or the one before); "RSF" ->
    "Rapid Support Forces" and "Palestinian Ministry of Health" -> "Palestinian health
    ministry" (one canonical form per body: every other set writes these, the latter now a
    table row like "Gaza health ministry"). On the corrected labels: .887 at the base, .971
    (P .978, R .964) after. Left (calls for the lead): "..., local officials estimate" is
    labelled a statement here but in no earlier set (art9-02, dnum31-034, dnum38-038);
    "Lebanon remains committed ... and asked the international community to press Israel to
    ..." labels no statement for "asked Y to Z"; "The General Staff ... reported 52 combat
    clashes ..." is labelled an indirect statement of a noun phrase; "The Ministry of Foreign
    Affairs and Expatriates" is labelled "Palestinian ..." with no country in the text; "the
    resistance group" (People's Defence Force) and "according to the administration" (the
    oblast's, after a city body) stay missed.
    Numeric round (tenth session, h_cas4; on 862d690 strike .947 (P .90), interception .941,
    casualty .928 (P .906, R .951)): its errors guided the families of ``dev_numeric43``: the
    increment inside a toll update ("rose to 14 dead ... after rescuers recovered two more
    bodies", which had also taken the mayor's 48 wounded from the toll), the incident a
    superlative compares with ("the deadliest on the capital since June 17, when a strike
    ... killed 28"), the dead identified after their toll ("identified the martyrs as three
    young men aged 19, 22 and 24") and named again ("condemned the killing of the three young
    men"), "its crews had transferred two of the injured to hospital", "two received medical
    assistance at the scene" after "Three of the wounded were taken to ... hospital" in the
    same sentence, a preliminary toll the ministry "raised ... to eight martyrs and 27
    wounded", "11 others who suffered anxiety attacks", "One drone that got through set fire
    to a transformer" after "shot down 11 of 15 drones". After: strike .973, interception
    .941, casualty 1.000 (P 1.000, R 1.000). Every error was an extractor miss or a call the
    conventions leave open; no label contradicted them, so none was changed (the labels score
    the same on both versions). Left (open call): art33-09's Houthi claim "targeted Umm
    al-Rashrash (Eilat) with three drones" and the Israeli army's "two drones heading for Eilat
    were shot down", two paragraphs apart, are labelled one interception (3/2); the
    extractor gives a strike of 3 and an interception 2 of null (the conventions merge a
    launch and its outcome of one side's report and say nothing of opposite sides).
    Numeric round (h_num14, ``dev_numeric52``): that open pair is now read as labelled -- a
    shoot-down "heading for / approaching Eilat" answers the other side's launch at the same
    place named either way (``_airaim``): strike .973 -> 1.000, interception .941 -> 1.000
    (numeric bar .94 -> .98).

``dev_articles34.jsonl``
    12 statement-heavy articles (13-19 statements each) written blind in the tenth session:
    six in the sample's translated-German style (Istanbul talks, sanctions, the Zaporizhzhia
    plant, an arms ticker, Gaza truce talks, Klitschko and Zelensky), six translated from
    Ukrinform, TASS, AFP, ANSA, PAP and Anadolu. First measured on 0646a19 before any fix:
    strike .857, interception .974, casualty .909, statement .881.
    Statement round (helper h_stmt6, base 837d6eb, where statement had fallen to .875: the
    session's rewrite of "the head of Polish diplomacy" to "the Polish foreign minister" found
    no holder, as the capitalised "Article 4," before "Foreign Minister Radosław Sikorski"
    gave his title the scope "article"; a title now takes no scope across a comma): .875 ->
    .974 on the
    labels as written, .881 -> .979 on the corrected labels. One label corrected, by the
    "one canonical form per body" convention (the other sets' majority form): art34-10's
    "sources of Palazzo Chigi" is "Palazzo Chigi sources" (as "Quirinale sources", "Moncloa
    sources", "Elysée sources"). Left: the Russian-installed "plant management" as a body,
    "said the former boxing world champion" (an epithet for the last speaker), the second
    clause of ", according to which C", "With these words the premier X opened ..." (the
    annotator's call, no rule yet), ", adding that C" after an inverted cue, "asked the
    allies to invest" after "thanked Rome and", and "Zaporijjia" (a French spelling the place
    table does not know) for the regional administration.

    Numeric round (h_num5, ``dev_numeric44``; on 837d6eb strike .857, interception 1.000,
    casualty .909): bodies "to be handed over" and "handed over the bodies of 1,000 fallen
    Ukrainian soldiers" are no toll, "Two harbour workers were injured, one of them
    seriously" keeps its total (a workplace modifier), "where the enemy attacked 41 times"
    after the heaviest fighting near Pokrowsk is ground assaults. After: strike .900,
    interception 1.000, casualty 1.000. No label changed (both versions score the same).
    Open (for the lead): art34-04's "fired 4,300 times ..., including 112 times with
    multiple rocket launchers" is labelled ``other``; dnum21-005/006 and art19-12 label the
    shape artillery, which the extractor follows. Closed by the lead's label call of the
    twelfth session (h_air17, tests/data/README.md): a total naming no weapon is ``other``
    beside its launcher share (art19-12 and dnum21-006 relabelled; dnum21-005's "shelled"
    keeps artillery); strike .900 -> 1.000.

``dev_articles35.jsonl``
    12 articles written blind in the tenth session around one or two nights of air attacks
    (eight in the sample's translated-German style, four agency English): the air force's
    report by weapon and model, governors' regional figures, the Russian ministry's
    per-region claims, neighbours' airspace, General Staff tallies, tolls. First measured on
    0646a19 before any fix: strike .830, interception .796, casualty .787, statement .979.

    Numeric round (h_num5, ``dev_numeric44``; on 837d6eb strike .936, interception .891,
    casualty .918): the per-weapon shoot-down in the paragraph after a split launch total
    (art35-01 420/396), a region breakdown with "over the Sea of Azov 5", "two Zircon
    missiles, neither of which was intercepted" after "all of which were destroyed",
    "several dozen missiles" (no count), "48 drones had been shot down the night before
    last" (background), "at least one drone had crossed from the direction of Belarus" (no
    strike), "Since Monday, Russia had fired ..." (a running total), "Earlier in the week, a
    Russian strike on Ternopil killed 26" (background), "had raised the toll to 11 dead and 41
    wounded after rescuers pulled two more bodies" (replacing the morning's 9/37 a paragraph
    before, and restating the headline's "kills 11"). After: strike 1.000, interception
    1.000, casualty .982. No label changed (both versions score the same). Open (for the
    lead): art35-08's headline "One dead" over "A 71-year-old man died" is labelled no
    record; the extractor reads it as a toll of one (the conventions are silent on a
    headline counting what the body does not).

``dev_articles36.jsonl``
    12 articles written blind late in the tenth session as close to the shared sample as
    possible (German portals' copy in translation, a political story and the war day), each
    with a night's air-defence report built a different way. First measured on 0646a19
    before any fix: strike .867, interception .892, casualty .878, statement .839.
    Numeric round (h_num6, ``dev_numeric45``; on 3ea2ebc strike .867 (P .765), interception
    .877 (R .821), casualty .927): "the air defence made 37 Russian drones harmless" with
    "Russia had launched a total of 50 ..." after it, "reported on Thursday morning three
    ballistic missiles of the type Iskander-M and 72 attack drones" answered by "Of the drones
    55 could be shot down" and, a sentence later, "The missiles could not be intercepted",
    "Of the drones about two thirds were shot down" (96 launched, outcome without a number),
    "nine each over the regions Belgorod and Oryol", "Among the missiles were six ... Kinschal,
    of which four were shot down" (6/4, not 28/4) and "Only last week a Russian missile had
    killed 14" (background). After: strike 1.000, interception 1.000, casualty .950. No label
    changed. Open (for the lead): art36-10's "one man was killed ... Two further persons
    suffered injuries" is labelled two records, dnum24-014's "Killed were two men ...
    Injured were also three further persons" one (see ``dev_numeric45``); the extractor keeps
    the older call (casualty .950 here, 1.000 with the art36-10 call but dnum24 .947).
    Closed by ``dev_numeric70``'s written call (the join); art36-10 relabelled men 1/2 in
    h_gen_c76 (``dev_numeric126``).
    Statement round (helper h_stmt7, base 577dfd1, statement .858 there): .908 after the fixes
    on the labels as written. Five labels were then put to the written conventions: a quoted
    fragment in the middle of a clause before a trailing attribution is a partial quote only
    ("118 drones were shot down or „suppressed“ by electronic warfare, it said", "Western
    troops ... were „absolutely unacceptable“ for Russia, Peskow told journalists", "Vienna was
    following „blindly“ the line of Brussels, Peskow said": partials, not the indirect
    clauses), and "called on X to ..." is an indirect statement of "X to ..." (art36-01's Merz
    "called on Europe to take over responsibility for Ukraine „more and faster“", labelled the
    partial "more and faster"; art36-12's Rutte "called on the allies to stick to the new
    spending target", unlabelled). On the corrected labels: .890 at the base, .949 after.

``dev_articles37.jsonl``
    12 articles written blind at the start of the eleventh session as close to the shared
    sample as possible (translated German ticker and agency copy), every one with a night's
    air-defence report built a different way (per-class and per-model shares, "lost
    locally", Polish airspace objects, MoD claims by region), plus strikes, tolls and
    statements. First measured on b54549b before any fix: strike .981, interception .935,
    casualty .984, statement .973.
    Statement round (h_stmt11, dev_statements36): first .973 (base e843007) -> after .985
    ("On the Russian side, the Defence Ministry said": a fronted side places a bare
    ministry). No label changed.

    Casualty round (h_cas11, dev_numeric46): first -> after casualty .984 -> 1.000 (art37-04's
    "By noon the number had risen to 19, among them two children" keeps its subgroup, the
    children taking the rise's kind). Numeric bar unchanged (interception .935).

    Numeric round (h_air11, ``dev_numeric47``; on e843007 strike .981, interception .935):
    "Of the Kh-101, 34 were shot down" (a model fronted, no noun) now takes the Kh-101
    launch, not the drones'; "In total, 145 air targets had been launched" after per-model
    outcomes spread over the paragraph is the stated mixed total; "19 objects violated
    Polish airspace during the night; at least four drones were shot down" is 19/4; "In the
    neighbouring Mykolaiv region the air defence shot down eleven of the drones" keeps its
    region (no longer dropped as a restatement of "Kursk 11"). After: strike 1.000,
    interception 1.000; numeric bar .93 -> .98. No label changed.

``dev_articles38.jsonl``
    12 articles written blind at the start of the eleventh session as English translations
    of non-German outlets, two each in the manner of AFP's French desk, ANSA, EFE, PAP,
    Ukrinform/Suspilne and Anadolu/Al Jazeera Arabic, casualty- and statement-heavy (tolls
    updated by another body, care shares, Italian inverted tolls, Polish passive
    attributions). First measured on b54549b before any fix: strike .977, interception
    1.000, casualty .792, statement .813.
    Statement round (h_stmt11, dev_statements36): first .813 (base e843007; .820 on the
    corrected labels) -> after .932: passive agents after "by" ("as was communicated by X",
    "it was announced by the head of ..., NAME", "as reported on Telegram by X", "according
    to what was made known by X in a note", "It was reported by X that C"), "As was
    specified, C" carrying the sentence before's source, ", specifying/recalling that C",
    trailing "he detailed", the "ROME/KIEV -" dateline, "From Moscow, the Defence
    Ministry", table aliases (Zełenski, "SES of Ukraine", UNIFIL's descriptions, Kızılay).
    Labels corrected to the written naming convention (one canonical form per body, the
    majority form): "Lebanese Ministry of Health" -> "Lebanese health ministry" (art38-04,
    four statements), "Sudanese Ministry of Health" -> "Sudanese health ministry" (art38-06).

    Casualty round (h_cas11, dev_numeric46): first -> after casualty .792 -> .969 (updates
    opened by "Hours later," replace the story's first toll across paragraphs; the past
    attack "in which 19 people died" is background; "among the killed there are two
    children, and among the injured there are seven children" and "5 port workers were
    among the dead and 9 among the wounded" are one record each; the Sumy children split
    over two sentences are one record 2/8; "specifying that two of them are in serious
    condition" and "14 of the wounded had undergone surgery" are shares; "one rescuer of the
    State Emergency Service was killed and two more were injured" is rescuers 1/2). Numeric
    bar .79 -> .96. Open: art38-02's "He said some 60 people had been wounded" after a quote
    sentence is not joined to the death toll of 23 (a miss and two spurious).

    Numeric round (h_air11, ``dev_numeric47``; on e843007 strike .977): "in total the enemy
    directed 14 drones at the city" is a drone strike ("directed N ... at/against"). After:
    strike 1.000, interception 1.000 (the numeric bar stays .79, casualty's). No label
    changed.

    Casualty round (h_cas12, dev_numeric48): casualty .969 -> 1.000 (art38-02's "He said
    some 60 people had been wounded" after the spokesman's quote sentence now completes the
    death toll of 23, ``_casualty_gap``). Numeric bar .96 -> .97 (strike .977).

    Statement round (h_stmt14, dev_statements39): first .932 (base df81915) -> after .973:
    "Questioned by journalists, Kremlin spokesman Dmitry Peskov refused to comment. «...», he
    declared." (Peskov, not the last speaker), "the health ministry of the territory" (Gaza's),
    "the respective local authorities" (no place), "Its Ministry of Defense" after "Russia, for
    its part, ..." and "according to the Russian ministry" (Russian Defence Ministry),
    "according to the same military source" (the Sudanese Army). Open: "the deputy premier"
    for Tajani (the article never names his second office; the new rule needs it named),
    "called the raids ‘...’ and announced that C", "the same network raised the toll ... and
    reported that C", art38-11's "according to the ministry" (gold Gaza's; the Palestinian
    ministry is named last).
``dev_articles39.jsonl``
    12 articles written blind at the start of the eleventh session in international agency
    English (Reuters, AP, AFP, Kyiv Independent manners; ten on Ukraine, two on the Middle
    East). First measured on b54549b before any fix: strike .962, interception .807,
    casualty .969, statement .973.

    Casualty round (h_cas11, dev_numeric46): first -> after casualty .969 -> 1.000 ("more
    than a year of fighting in which more than 4,000 people were killed" and "the Hamas-led
    attack on southern Israel, in which about 1,200 people were killed" are background).
    Numeric bar unchanged (interception .807).

    Numeric round (h_air11, ``dev_numeric47``; on e843007 strike .962, interception .807):
    "Russia attacked Ukraine overnight with 151 drones and missiles" / (next paragraph) the
    per-kind list / "... shot down or suppressed with electronic warfare 124 of the targets"
    is 151/124, and "118 of the drones" then answers the 143 drones; "34 Kh-101 ..., of which
    32 were downed, and eight Iskander-M/KN-23 ..., seven of which were intercepted" makes
    the eight a launch (8/7); "None of the six Kinzhal ... was stopped" is 6/0 ("stopped" a
    shoot-down verb); "fired 57 munitions at the region over the past day and launched 94
    drones, of which 61 ..." is an ``other`` strike of 57 beside 94/61 (no mixed 57); "The
    hottest sector remained Pokrovsk, where the Russians attacked 47 times" is ground
    assaults. After: strike 1.000, interception 1.000; numeric bar .80 -> .96. No label
    changed.

    Statement round (h_stmt14, dev_statements39): first .973 (base df81915) -> after .991:
    "Hamas denied ... and said C" (not "Senior Hamas" from the next sentence), "the rescue
    service said" with Magen David Adom in the clause, "The city council said" in a DNIPRO
    story (Dnipro city council). Open: "Moscow's Sheremetyevo airport said" (no cue is found),
    "the European Commission said on Nov. 21 it would ...", ", the statement added, and B"
    (B read as the statement's).
``dev_articles40.jsonl``
    12 articles written blind in the eleventh session as close to the shared sample as
    possible (translated German portals' copy with page furniture, each mixing diplomacy
    with the war day's figures). First measured on b54549b before any fix: strike .982,
    interception 1.000, casualty .900, statement .948.
    Statement round (h_stmt12, dev_statements37): first .955 (base a997d17) -> after .972
    ("Among the dead were eleven children, the authority said" and "According to the
    authority, C" point back at the body that spoke or opened the sentence before; "the Kyiv
    School of Economics" is no longer a person "Kyiv School"). No label changed. Open:
    "A further 19 drones were lost locally, it was said", "In Cherson city itself, ..., the
    city military administration reported" after Odesa's, "he said in his evening video
    address" after "the figures that President X presented", "spoke of three objects".

    Casualty round (h_cas12, dev_numeric48): casualty .900 -> 1.000 (the evening's "By
    evening, Klitschko raised the number of dead to six" replaces the morning toll 1,500+
    characters back; "The last comparably heavy attack ..., at the end of August, had killed
    23 people" is background; "among them two children" and a later paragraph's "Among the
    injured are six children" are one record 2/6; "The injured were taken to hospital; one
    of them was in critical condition" past "Among the dead is the ... driver" is injured 1).
    Numeric bar .90 -> .98 (strike .982).

    Numeric round (h_air12, ``dev_numeric49``; on 91aaa55 strike .982): "The focus of the
    fighting was once again the area around Pokrowsk and Kostjantyniwka. There alone, the
    Russians attacked 63 times" is ground assaults (a pointing "There alone," after the
    front's focus). After: strike 1.000, interception 1.000 (the numeric bar stays .90,
    casualty's on 91aaa55). No label changed.

    Statement round (h_stmt14, dev_statements39): first .972 (base df81915) -> after .990:
    "In Cherson city itself, ..., the city military administration reported" (Cherson's, not
    Odesa's named before), "the figures that President X presented on Sunday. C, he said in his
    evening video address" (X), "according to an analysis by the Kyiv School of Economics".
    Open: "A further 19 drones were lost locally, it was said." after a sentence closed by
    "as the Ukrainian air force announced on Telegram", "the army in Vilnius spoke of three
    objects", "NAME, known by his call sign „...“, wrote on Telegram that C".
``dev_articles41.jsonl``
    12 articles written blind in the eleventh session as literal English translations of
    Ukrainian, Russian, Romanian, Czech, Hungarian, Spanish, Portuguese, Turkish and Arabic
    outlets' copy (dash-inverted attributions, "Details:"/"Source:" labels, MoD bulletins
    with regional parts). First measured on b54549b before any fix: strike .947,
    interception .846, casualty .984, statement .802.

    Casualty round (h_cas12, dev_numeric48): casualty .984 -> 1.000 ("The injured children
    are a four-year-old girl and two boys aged nine and 16" identifies the counted children,
    no record). Numeric bar unchanged (interception .846).

    Numeric round (h_air12, ``dev_numeric49``; on 91aaa55 strike .966, interception .846):
    the Ukrainian bulletin's "attacked Ukraine with 132 means of air attack – 128 strike UAVs
    ... and four Iskander-M" answered a paragraph later by "air defence shot down or
    suppressed 105 enemy UAVs in the north, south and east of the country" (the list item
    takes its total's country; compass areas are the whole country) and "In total, 107 air
    targets were neutralised" (a "Details:" line with no air word does not count towards the
    distance) is 132/107, 128/105, 4/2; "six rockets of the HIMARS multiple rocket launch
    system and 211 fixed-wing unmanned aerial vehicles" stays one shoot-down list ("launch
    system" no launch verb); "In total, according to the Ministry of Defence, since the
    beginning of the special military operation ... 96,400 unmanned aerial vehicles ...
    have been destroyed" is a running total; "Earlier, on 7 November, air defence systems
    destroyed 44 ..." recaps an earlier day; "some 40 targets including tunnels and weapons
    depots" are ground targets; "launched, at dawn on Sunday, 12 raids on the port" is an
    airstrike of 12. After: strike 1.000, interception 1.000; numeric bar .84 -> .98. No
    label changed.

    Statement round (h_stmt12, dev_statements37): first .807 (base a997d17; .790 on the
    corrected label) -> after .931: "This was reported by the press service of X" (X),
    "On the Telegram network, this was informed by X", "This is stated in the summary of
    X", "“...” – NAME emphasised.", "the department specified" / "According to the quoted
    source" / "specified the organisation" pointing back at the body that spoke, "The head of
    the ministry added that" (the minister), "informs that, ADJUNCT, C", inverted cues with a
    time or channel before the subject ("announced today the X", "reported this Tuesday the
    X", "said recently the envoy ... NAME", "wrote on the X network the X"), "As reported by X
    on Telegram, C", "LEAD: as the head of X NAME reported, C", "The Ministry of Health of
    Gaza", Czech spellings (Terechov, Synjehubov), "Kyiv/Prague –" and "Sanaa – Agencies:"
    datelines. Label corrected to the written naming convention once the speaker table lists
    him: "Oleh Synjehubov" -> "Oleh Syniehubov" (art41-06, two statements; 116 labels
    elsewhere). Open: art41-05's "Bucharest, 21 October /Agerpres/ –" dateline (its first
    report and the "quoted source" after it), art41-04's "the department specified" after a
    «...» clause, art41-08's "reported this Tuesday the Civil Defence of the enclave" and "and
    announced that" after a partial, art41-11's "Al-Masirah channel" (labelled "Al-Masirah"),
    "Ministry of Health in Sanaa" (the extractor's "Sanaa health ministry" is the majority
    form; the label stands as the text's name), ", pointing out that C", "stressing that
    «...»" and the apposed "wrote the member of ..., NAME, on the X platform".

    Statement round (h_stmt14, dev_statements39): first .931 (base df81915) -> after .967: the
    "Bucharest, 21 October /Agerpres/ –" dateline (the ministry's first report, "According to
    the quoted source" and "the ministry specified" now read), "the Al-Masirah channel"
    (Al-Masirah), "wrote the member of the political bureau of Ansar Allah, Mohammed
    al-Bukhaiti, on the X platform" (al-Bukhaiti). No label changed: "Ministry of Health in
    Sanaa" (art41-11) stays a call for the lead (the text's name, as the written rule says,
    against the "X health ministry" form of "the Ministry of Health in Gaza" and the six
    "Houthi-run health ministry" labels of the same body). Open: "the department specified"
    after "the ministry added" (art41-04), "reported this Tuesday the Civil Defence of the
    enclave, controlled by Hamas", "demanded «...» and announced that C", ", pointing out that
    C" after "raised the toll", "stressing that «...»" labelled indirect.

``dev_articles42.jsonl``
    12 articles written blind in the eleventh session modelled as closely as possible on
    the shared sample (a political event per article - press conferences, visits, calls,
    summits - with long quotes through titles, surnames, pronouns and role descriptions,
    the war day's figures interleaved, page furniture between paragraphs). First measured
    on b54549b before any fix: strike 1.000, interception .939, casualty 1.000, statement
    .870; on the session's extractor after its first rounds (c62d884, before any fix
    from this set): interception 1.000, statement .870.

    Statement round (h_stmt13, dev_statements38): statement .870 -> .941 (P .950, R .933;
    base 9843802, new module _rolepost). Role descriptions resolved to the person quoted or
    named before ("the Brazilian head of state said", "the presidential aide told", "the
    Labour politician announced"; a demonym must be tied to the person's country), a
    hyphenated title dropped ("UNRWA Commissioner-General Philippe Lazzarini"), a body's
    name kept through "of" ("the Kyiv School of Economics"), "the Commission" in EU copy,
    "Modi called Putin a „...“" (the subject's partial), nested sources to the outer
    person or body ("According to Ushakov, Putin assured ... that C"; "According to it"
    after "X published a summary"; a news outlet only relays), "confirmed the conversation
    but gave no details" and a dateline glued to a fronted clause (no statement). Label
    call: art42-10's "Klitschko, 54, asked residents to ..." added as Klitschko's indirect
    statement (the written dev_articles8 convention: "asked/urged ... to" are indirect
    statements). Open: fragment-closed clauses before a trailing cue (partial only in this
    set, indirect in 40 of 47 such labels elsewhere), "the governor there", "the civil
    defence" for Gaza's, "X had defended Y: C, he said", "..., the chancellor threatened",
    "as Starmer has repeatedly put it", "said a senior EU diplomat ..., who asked not to be
    named", "spoke of N drones destroyed", "Several diplomats recalled that" (unlabelled).

    Statement round (h_stmt15, dev_statements40): statement .960 -> .991 on the corrected
    labels (base 5f25b5f; new modules _s15post, _s15said). Label call, the lead's ruling
    (follow the written convention as most sets apply it): the three quoted fragments closing
    a clause before a trailing cue (art42-03 "„within two weeks“, Trump added", art42-06
    "„repeating Hamas propaganda“, his office said", art42-07 "„complicit“, he wrote on X")
    are now indirect statements of the whole clause, not partials. Fixed: "the governor
    there reported" (the region its clause names), "according to the civil defence" in Gaza
    copy, "X had defended Y days earlier: C, he said in an interview", ", the chancellor
    threatened", "as Starmer has repeatedly put it", "The air force spoke of 386 drones and
    27 missiles destroyed". Open: "said a senior EU diplomat in Brussels, who asked not to
    be named"; "Several diplomats recalled that" (extracted, unlabelled).

``dev_articles43.jsonl``
    12 casualty-heavy articles written blind in the eleventh session: four in the sample's
    translated-German style, four translated from French, Italian, Polish and Ukrainian
    outlets, four in agency English (Kyiv, Kherson, Gaza, Sudan); tolls rising through the
    day, per-city and regional tolls, subgroups, deaths in hospital, bodies from rubble,
    competing tolls. First measured on b54549b before any fix: strike .966, interception
    1.000, casualty .864, statement .937 (on df81915, after the session's first rounds:
    casualty .877, statement .948).

    Casualty round (h_cas13, ``dev_numeric50``): on c4e46ac casualty .877 (P .816), strike
    .966; after casualty 1.000, strike 1.000 (numeric bar .87 -> .98). Fixed in general form:
    an update that raises the dead while the injured fall by the wounded who died replaces
    the first toll, and the inner "one of the wounded had died" is no record; updates by
    another body opened by "Later in the day,", "Late at night", "By evening, X put the
    number of dead at" or "Thus the toll rose to" after a later hour's sentence; a ticker
    told newest first keeps only the latest toll; "In the afternoon, eight dead had been
    reported"; "In addition to the four dead in the city"; named past wars, year-dated
    attacks, a dated record ("On 13 April, ..., one of the deadliest attacks") and a town's
    population; a headline paragraph the story restates ("toll in Donetsk region rises to
    six"); deaths of malnutrition; "The condition of four persons is assessed as serious";
    "seven of whom had to undergo surgery"; the later "Among the injured were 12 children"
    past a care share; "He spoke of four glide bombs". No label of the set changed.

    Statement round (h_stmt15, dev_statements40): statement .948 -> .990 (base 5f25b5f).
    Fixed: "The drones hit, according to X, among other things ..." (the words after a
    short head), "the regional health department" after "the city of Kherson and
    surrounding villages" (a namesake capital before "and" plus a lowercase word is no list
    of regions), "the city's emergency medical center" (the dateline city), "Sudan's
    army-aligned health ministry", "the aid group said" after MSF spoke, "the el-Fasher
    Resistance Committees, a volunteer group, said". Open: "rejected this version as «
    cynical propaganda »" (no partial is built), the Polish dash quote "– C – it was written
    in the communiqué of the Command", "According to him, three persons were killed in ..."
    after "This was reported by ..., an Ukrinform correspondent informs". Label kept:
    art43-02's "Oleh Synjehubow" (29 labels of 13 dev sets spell the German form so; see
    the README's calls).

``dev_articles44.jsonl``
    12 air-defence- and strike-heavy articles written blind in the eleventh session: six
    in the sample's translated-German style, three literal translations (Ukrinform, TASS,
    Agerpres), three in agency English (Ukraine, Israel/Iran, the Red Sea); every night's
    report built differently (per-model breakdowns, "could all four be destroyed", regional
    governors' shares beside the national figure, MoD claims by region, General Staff
    tallies). First measured on b54549b before any fix: strike .933, interception .857,
    casualty .909, statement .871 (on 441e274, after the session's first rounds:
    interception .911, statement .910).

    Numeric round (h_air13, ``dev_numeric51``; on 6645e60 strike .933, interception .911):
    "of the 42 missiles the air defence managed to bring down 18" and "of the 14 ballistic
    Iskander-M only two" (the figure last); "The cruise missiles could all four be destroyed"
    and "the six Iskander-M reached their targets" after "sent 57 ... drones ..., in addition
    six ... Iskander-M and four ... Kh-101"; "One Kh-59/69 missile was also destroyed" five
    sentences after its launch; the "181 means of air attack" total as a launch-only mixed
    record and its unanswered "3 Iskander-M" as a strike; "2 missile strikes using 4
    missiles" no restatement of the Kh-59/69 launch; "not one of them could be stopped" as a
    zero; "The most active was the Pokrovsk direction, where the occupiers attacked 46 times"
    (ground assaults); "14 strikes on Huthi targets" (air strikes). After: strike 1.000,
    interception 1.000 (the numeric bar stays .90: casualty is .909, another round's).

    Statement round (h_stmt15, dev_statements40): statement .922 -> .992 (base 5f25b5f).
    Fixed: "According to the regional administration in Schytomyr, C" (the place ends the
    source), German "hieß es (weiter)" ("C, it was said further." after a source in the
    paragraph before, "..., further it said."), "governor X presented his own figures: C,
    he wrote", "according to Article 4 of the NATO treaty" (a rule, no source), "In the
    region Wolhynien, the regional military administration reported" (German word order),
    "MApN specified" after "Ministry of National Defence (MApN)", "the military said" after
    a sentence opened by the attacker, "a ministry spokesman said". Open: art44-04's
    "Oleh Synjehubow" is labelled "Oleh Syniehubov" here but "Oleh Synjehubow" in 29
    labels of 13 other dev sets (and, by their scores, in the blind sets): a call for the
    lead; the extractor keeps the German form.

    Numeric round (h_num14, ``dev_numeric52``; on 9bf7dfd casualty .909): "at least four
    people were killed. A further 31 suffered injuries" is one toll (``_casualty_link``), and
    "On 11 November, a similar attack on Izmail had wounded four people" (a fronted earlier
    date before a pluperfect) background (``_pastday``). After: casualty 1.000 (numeric bar
    .90 -> .98).

``dev_articles45.jsonl``
    12 articles written blind late in the eleventh session in the shared sample's style
    (translated German portals' copy with page furniture): a third nights of air attacks
    (fronted outcomes, figures only in the air force's quote, a mid-day correction), a
    third front-line and border news (General Staff tallies, MoD claims by region,
    governors' tolls), a third politics with quotes. First measured on b54549b before any
    fix: strike .905, interception .862, casualty .830, statement .903 (on 7480ca4, after the
    session's rounds: .927 / .906 / .846 / .903).
    Statement round (h_stmt16, dev_statements41): statement .903 -> .935 (base 9bf7dfd);
    art45-04's "the EU Commission announced" relabelled "EU Commission" (the table does not
    list the body; three other sets name it so).
    Statement round (h_stmt17, dev_statements42): statement .935 -> .968 (base 6c96f78; bar
    .93 -> .96): "In the city of Cherson, C, the regional administration said" after another
    region's body is Cherson's, and "According to the administration" after it; "C, he said"
    after "A spokesman of the 3rd Assault Brigade described ..." is the brigade's; "According
    to the authority" after "The aviation authority Rosawiazija" (another body spoke
    before); "a survey by the Infratest dimap institute" (table alias). Open: "according to
    governor Oleh Synjehubow" (the table's "Oleh Syniehubov", see dev_statements40), "said a
    spokesman of the Khortytsia operational-strategic group", "; today, according to the
    city administration, C", "the DeepState project" and "On Thursday, Russia had already
    attacked ..." (art45-12).

    Numeric round (h_num14, ``dev_numeric52``; on 9bf7dfd strike .927, interception .906,
    casualty .846): the air force's mid-day correction ("not with 112 drones as stated in the
    morning") takes the old figure back and supersedes the morning's ticker entry
    (``_corrected``, ``_aircorrected``); "On Thursday, Russia had already attacked with 98
    drones" is background (``_pastday``); "above all over the south" is no "all"
    (``_airnoun``); a headline under a kicker line ("Russia fires almost 150 drones and
    missiles", "Ukraine sends more than 100 drones") restated by the body (``_headfigs``);
    "Three more people were injured" past a sentence about the dead (``_casualty_prior``);
    "; in the region Wolhynien three people were injured" its own place (``_casualty_each``);
    "By late evening, the prosecutor's office put the toll at" (``_casualty_update``). After:
    strike, interception, casualty 1.000 (numeric bar .84 -> .98). No label changed.

``dev_articles46.jsonl``
    12 articles written blind late in the eleventh session: six in agency English, six
    translated from Ukrainian, Russian, Polish, French, Turkish and Arabic outlets, on
    Ukraine, the Middle East, the Red Sea and Sudan; statement-rich (relayed sources, "a
    source familiar with", quotes over paragraphs). First measured on 7480ca4 (the session's
    start b54549b crashed on art46-07, fixed since): strike .966, interception .955,
    casualty .982, statement .843.
    Statement round (h_stmt16, dev_statements41): statement .843 -> .931 (base 9bf7dfd);
    art46-04's five "IDF" statements relabelled "Israel Defense Forces" (the written
    convention: the acronym takes the full name the article gave first).
    Statement round (h_stmt17, dev_statements42): statement .931 -> .941 (base 6c96f78; bar
    .93 -> .94): "C, Transport and Infrastructure Minister NAME announced" (a title joined by
    "and"); "Air defence shot down ..., the Ukrainian command said" after the air force spoke.
    Open: "who gave his name only as Serhiy" after a general spoke, "the army announced" /
    "announced the civil aviation authority" in Port-Sudan copy, "an MSF coordinator in North
    Darfur told AFP", "a security source in Hodeidah governorate told Saba", "said that A and
    that B “...”" (Poseidon Bulk Management), "The United Nations says ...", "according to
    local council figures".

    Numeric round (h_num14, ``dev_numeric52``; on 9bf7dfd strike .966, interception .955,
    casualty .982): "Two children were among the 14 wounded" is children 2, the total
    restated (``_casualty_amongtotal``); Saree's "carried out a qualitative operation with
    three drones against ... Umm al-Rashrash" is a launch (``_numclause``) that the Israeli
    army's "shot down two drones approaching Eilat" answers two paragraphs later (``_airaim``).
    After: strike, interception, casualty 1.000 (numeric bar .95 -> .98).

``dev_articles47.jsonl``
    12 statement-heavy articles written blind late in the eleventh session as close to the
    shared sample as possible (translated German copy on diplomacy and politics around the
    war: summits, calls, interviews, Bundestag and EU debates, Kremlin briefings; quotes
    opened and closed every way, titles, surnames, pronouns and roles, nested and relayed
    sources, a few war figures). First measured on b54549b before any fix: strike 1.000,
    interception 1.000, casualty 1.000, statement .930 (on 2b5e999, after the session's rounds:
    statement .940).
    Statement round (h_stmt17, dev_statements42): statement .940 -> 1.000 (base 6c96f78; bar
    .94 -> 1.0): a two-place dateline glued to the lead ("Kyiv, Berlin Chancellor ...", then
    "the CDU politician said"; ``_s17dateline``); a poll named by its institute or title
    ("a Forsa survey for RTL and ntv", "the latest ARD DeutschlandTrend by Infratest dimap";
    ``_s17poll``); "As TASS reported, citing NAME, C" (``_s17cite``); a bare role ("The head of
    state said", "the president emphasised") after a statement by a holder of the role, and
    "he said" after it in the paragraph; "the Bavarian Prime Minister said" (the person the
    sentence before opens with); "she said" given to a man (first names); "called the paper
    „naive and dangerous“"; "spoke of „...“ and announced that C"; "C, he said: „...“"; "the
    German Chamber of Commerce in China" (``_s17post``, ``_s17gender``).

``dev_articles48.jsonl``
    12 war-day roundups and live-ticker pages written blind late in the eleventh session in
    the shared sample's style (the night's air report told a different way each time,
    General Staff tallies, governors' tolls and shelling counts, MoD claims by region, a
    superseded morning report). First measured on b54549b before any fix: strike .983,
    interception .964, casualty .875, statement .934 (on 58d87c8, after the session's rounds:
    .967 / .982 / .957 / .953).
    Statement round (h_fin_stmt, dev_statements43): .953 -> 1.000. Three labels were put to
    the written conventions first: art48-03's "Russia would continue the „special military
    operation“ until ..., he said" is the partial only (a fragment in the middle of a clause
    before a trailing attribution); art48-09's "Synjehubow" keeps the article's spelling
    ("Oleh Synjehubow", as written for German copy and labelled in 18 other articles);
    art48-12's "In the Kyiv region, ..., the regional administration said" is "Kyiv
    regional administration" (a region named in the sentence qualifies its body; the
    Kyiv/Moscow exception is for the namesake city, as dnum-073 is labelled) - .991 on the
    unchanged extractor. Fixed: "according to the city council" in a story naming one city in
    German spelling ("Charkiw city council", ``_s18post``).

    Numeric round (h_fin_num, ``dev_numeric53``; on cd4c202 strike .967, interception .982,
    casualty .957): "112 of them were fired from multiple rocket launchers" opening the
    sentence after a shelling total is an MLRS share (``_strikeorder.share_head``); a ticker
    heading in its own paragraph ("+++ 08:05 +++ Night attack with 104 drones") restated by
    its entry is no event (``_headfigs``), and a superseded entry's toll ("+++ 09:30 +++
    Cherson: one dead ...") is replaced by a newer entry under the same kicker
    (``_casualty_ticker``); "Two women are in serious condition" after "23 people were
    injured" is women 2 (``_casualty_state``). After: strike, interception, casualty 1.000
    (numeric bar .95 -> .98).

``dev_articles49.jsonl``
    12 mixed articles written blind late in the eleventh session: four in the sample's
    translated-German style, four translated from Ukrinform, TASS, ANSA and EFE copy, four
    in agency English (Ukraine's grid, Yemen/Israel, Sloviansk, Sudan). First measured on
    b54549b before any fix: strike .906, interception .889, casualty .864, statement .922
    (on 3f18f31, after the session's rounds: .943 / .921 / .897 / .925).

    Numeric round (h_fin_num, ``dev_numeric53``; on cd4c202 strike .943, interception .921,
    casualty .897): "The Ukrainian Air Force reported 87 drones and five cruise missiles of
    the type Kalibr during the night. 71 drones were shot down, of the missiles three" is two
    interceptions (``_numclause`` reads "reported ... during the night" as the launch); "two
    missiles Iskander-M, which could not be shot down" is a stated zero (``_airzero``); a
    rise of one kind ("By midday the number of injured had risen to 31", "raised the number
    of dead to nine") updates the two-kind toll paragraphs before it (``_casualty_fix``);
    "have killed four people. According to X, 22 people were also injured" is one toll
    (``_casualty_link``). After: strike, interception, casualty 1.000 (numeric bar .89 ->
    .98).

    Statement round (h_fin_stmt, dev_statements43): .925 -> 1.000. Labels put to the written
    conventions first (.968 on the unchanged extractor): the 11 extra partials of a fragment
    inside a reported clause ("said that ... „the realities on the ground“") were dropped (a
    quoted fragment inside a reported clause is part of the indirect statement; 701 of the
    703 such labels of the other dev sets carry no extra partial); "urged the allies to ..."
    (art49-01, art49-10) is an indirect statement (the dev_articles8 convention, as the other
    sets label it); "told AFP that A and that B" (art49-11) is one statement ("X said A, and
    that B"). Fixed in general form (``_s18post``, ``_headof``): "the military department"
    (TASS) after a defence ministry; "the head of the Farnesina"; "Kiev's air force";
    "Britain's UKMTO maritime security agency"; "declared NAME, who recalled that C".

``dev_articles50.jsonl``
    12 statement-heavy articles written blind at the start of the twelfth session, each a
    somewhat literal English translation of a non-German outlet (AFP French, ANSA, EFE, PAP,
    Ukrinform twice, Agerpres, Lusa, Anadolu, an Israeli paper, Kyodo, Saba). First measured
    on 3d3899d before any fix: strike .870, interception .923, casualty 1.000, statement .836.
    Statement round (h_stmt20, dev_statements45): statement .845 -> .981 (.836 before "As
    Ukrinform reported, C" was labelled Ukrinform's, the written convention, in art50-05 and
    art50-12); Romance verb-first attributions ("C, affirmed on Friday the minister ..., NAME"),
    "according to what was referred by X", "affirmed having ...", "quoted him as saying",
    "Brig. Gen.", "the minister" after a named minister, "the head of the MON", a Bucharest
    datelined ministry and its acronym. Left: h_stmt19's "transmitted"/"passed on"/"judged".

    Air/strike round (h_air14, ``dev_numeric55``): strike .870 -> 1.000, interception .923 ->
    1.000 ("two Iskander-M" added past "of which 94 were shot down, as well as" is a strike;
    the Houthi "execution of an operation with three drones" answered by the shoot-down
    approaching Eilat; a gapped passive tally "and another 151 artillery strikes - on ...").
    Numeric bar .86 -> .98.

``dev_articles53.jsonl``
    12 articles in international agency English written blind at the start of the twelfth
    session: six on Russia-Ukraine, four on the Middle East, one each on Sudan and Myanmar.
    First measured on 3d3899d before any fix: strike 1.000, interception 1.000, casualty .983,
    statement .969 (two anonymous sources were labelled by the written convention, an unnamed
    source keeping its description, before measuring).

    Casualty round (h_num15, dev_numeric54): the earthquake "struck ... on March 28, killing
    more than 3,700 people" is a disaster's dead (``_casualty_nature``): casualty .983 ->
    1.000, numeric bar .98 -> 1.00.

    Statement round (h_stmt21, dev_statements46): statement .969 -> 1.000 (.975 after one
    label was put to the regional-body rule: art53-03's "the regional prosecutor's office" is
    unqualified, no region named in its paragraph or the one before). Fixed: "C, Ukraine's air
    force said on Saturday, in an attack that killed ..." (C, not the tail); "said an officer
    of X who spoke on condition of anonymity"; "The Houthis' health ministry"; "has previously
    denied A and has said C"; "declared a ceasefire ..., according to U.N. investigators".
    Statement bar .96 -> 1.00.

``dev_articles51.jsonl``
    12 casualty-heavy articles written blind at the start of the twelfth session (several
    incidents each, tolls per incident and per group, updates during the day, deaths in
    hospital, background tolls): six in the sample's translated-German style, three literal
    translations of Ukrainian and Russian regional-authority posts, three in agency English.
    First measured on 3d3899d before any fix: strike .947, interception .909, casualty .839,
    statement .979.

    Casualty round (h_num15, dev_numeric54): casualty .839 -> .971 (P .957, R .985). Fixed:
    "According to the head of X, NAME, 31 people were injured" completing the dead before it
    (``_casualty_link``); "NAME, governor of X, said 25 people had been wounded" heading the
    paragraph after a killed-only lede (``_casualty_lede``); "Two men who had been injured on
    Thursday ... died in hospital" is killed (``_casualty_later``); "8 people died, among them
    3 children. 57 people were injured, among them 11 children" gives children 3/11 and "the
    body of one more woman" before "Thus, ... 8 people died" no record (``_casualty_mend``);
    "more than 30 of them are being treated in hospitals" / "and that 16 of them had been
    hospitalised" are care shares (``_casualty_care``); "By evening the head ... put the toll
    at four dead and eight injured: one of the wounded had died in hospital" replaces the
    morning's toll with no record for the death it explains (``_casualty_update``,
    ``_casualty_raised``); "In the past year alone, more than 200 civilians were killed" is
    background (``_casualty_period``); "Psychologists ... provided assistance to 36 people" is
    no toll (``_casualty_helped``); "raising the death toll to seven" restates the lede's
    seven whatever its day (``_repeat_days``). Numeric bar .83 -> .90 (strike .947,
    interception .909). The lead's call afterwards: art51-10's "killed two people and wounded
    three passers-by" is two records (one per stated group, as dnum28-001): casualty .993.

    Air/strike round (h_air14, ``dev_numeric55``): strike .947 -> 1.000, interception .909 ->
    1.000 (passive "84 munitions were fired and 112 unmanned aerial vehicles were launched, 67
    of which ..."; "As a result of one of the attacks" no count). Numeric bar unchanged (.83,
    casualty .839 is the casualty helper's).

``dev_articles52.jsonl``
    12 articles written blind at the start of the twelfth session, all as close to the shared
    sample's translated-German overview and ticker copy as possible (photo credits, promo lines,
    German spellings, subjunctive indirect speech), each with a night's air-defence report,
    general-staff strike counts, casualties and many statements. First measured on 3d3899d
    before any fix: strike .959, interception .906, casualty 1.000, statement .952 (after four
    "Synjehubow" labels were put to the majority form of the dev sets, see tests/data/README.md).

    Air/strike round (h_air14, ``dev_numeric55``): strike .959 -> .980, interception .906 ->
    1.000 ("Broken down, these were 402 drones and 19 missiles" after the combined outcome,
    the subtypes inside the 28 missiles; "put the number of air strikes over the past day at
    53"; "under attack by glide bombs, artillery and drones 94 times"). Numeric bar .90 ->
    .98. Left: art52-11's "fired 1,870 times" (``other`` here, artillery in art18-07 and
    dnum44-032: the open label question). Closed by the lead's twelfth-session label call
    (h_air17: ``other``, art18-07 and dnum44-032 relabelled): strike .980 -> 1.000.

    Statement round (h_stmt21, dev_statements46): statement .952 -> .996 (.961 after two
    labels were put to the written conventions: art52-08's mid-clause "“unilateral
    sanctions”" is the partial only, art52-05's ministry is "Ukrainian agriculture ministry").
    Fixed: bare "the president said" after Selenskyj's statements; "the ministry said" after
    the Russian Defence Ministry spoke in the paragraph; "the rescue service said" after the
    State Emergency Service; "the military administration said" with "the Sumy region" in its
    sentence (and the "it said" after it); "It had been “useful and constructive”, but C2,
    Ushakov said" (indirect); "The operation “Eastern Sentry” was running successfully";
    "put the number ... at 53; 96 glide bombs had been dropped, it said". Left: art52-07's
    "according to regional authorities" after "Sumy is located ..." (the label keeps the bare
    description). Statement bar .95 -> .99.

``dev_articles54.jsonl``
    12 statement-heavy articles written blind in the twelfth session, all literal English
    translations of French (AFP, Le Monde, Le Figaro, France 24, RFI, Ouest-France) and Italian
    (ANSA, AGI, Adnkronos, Corriere della Sera, la Repubblica, Rai News) copy. First measured
    on 3d3899d before any fix: strike .889, interception .667, casualty .977, statement .697
    (on 840ab42, after the session's first rounds: .889 / .667 / .977 / .706).

    Statement round (h_stmt23, dev_statements48): .765 on main e77f226 (after h_stmt22) ->
    .875 (P .904, R .848) with ``_s23post`` / ``_s23clauses`` / ``_s23roles``: verb-first tails
    with a role or an outlet after the speaker, "the head of the Elysée / of X diplomacy",
    "Russian diplomacy", "according to whom", ", who announced that", "let it be understood",
    "called on X to «...»", framing partials of a second clause's subject. Open: "the Ukrainian
    Ministry of Infrastructure" / "Italian Ministry of Defence" (the readers reword them),
    "American Central Command", "the civil defence of the enclave", "which reported hits".

    Air/strike round (h_air15, dev_numeric57): strike .889 -> 1.000, interception .667 ->
    1.000 ("the Russian forces employed 57 drones and four Kalibr ..., according to whom the
    air defence managed to shoot down 42 drones and all the missiles"; "Russia employed ...
    126 drones and five missiles ...: 98 drones and two missiles were neutralised"; the
    Caio Duilio's "two drones directed at it" completed by the Houthi claim of four;
    Centcom's "14 strikes against radar installations" an air strike). Numeric bar .66 ->
    .97 (casualty .977).

    Casualty round (h_num16, dev_numeric56): casualty .977 -> 1.000 ("The Israeli offensive
    in retaliation has since killed more than 55,000 Palestinians", after the war's opening
    dated 2023, is a running total: ``_casualty_sincethen``). Numeric bar unchanged (.66:
    interception .667).

``dev_articles56.jsonl``
    12 articles written blind in the twelfth session, each modelled as closely as possible on
    the shared sample: a political event told in long quotes (Merz and Erdogan, a Putin-Modi
    call, an EU summit, a Bundestag debate, Lavrov and Wang Yi, a Trump-Zelensky call, the
    Istanbul talks, a Zelensky interview, Putin's press conference, ...), then the war day's
    figures, with the sample's page furniture. First measured on 3d3899d before any fix:
    strike .970, interception 1.000, casualty .971, statement .941.
    Statement round (h_stmt24, dev_statements49): .944 on e07231a; six labels put to the
    written conventions (.968 on them before any fix): "called on / urged Y to Z" is an
    indirect statement of "Y to Z" (art56-09 Zelensky, art56-10 Xi and von der Leyen,
    art56-12 Wadephul), a quoted fragment in the middle of a clause before "he added / he
    said" is the partial only (art56-05 "constructive role", art56-11 "good personal
    relationship"). Fixed: "“Q,” the head of state declared" after Xi's statement with Council
    President Costa named in an adjunct (and the "he said" after it); "C, said the head of
    the Ukrainian delegation, Security Council secretary Rustem Umerov" (and "he explained");
    "its own “Flamingo” cruise missile" inside the clause (indirect, no partial); "Despite the
    ceasefire ..., the Israeli army has continued to strike" (no statement). Statement bar
    .94 -> 1.00.

    Air/strike round (h_air15, dev_numeric57): strike .970 -> 1.000 ("The heaviest fighting
    was near Pokrovsk and Kostiantynivka, where the Russians had attacked 51 times" is
    ground assaults: a list of front places before ", where"). Numeric bar .96 -> .97
    (casualty .971).

    Casualty round (h_num16, dev_numeric56): casualty .971 -> 1.000 ("Israel hands over the
    remains of 15 Palestinians for the body of each deceased hostage" is a handover, no toll:
    "remains of" and "hands over" read as "bodies of" and "hand over"). Numeric bar unchanged
    (.96: strike .9697).

``dev_articles55.jsonl``
    12 numeric-heavy articles written blind in the twelfth session: six in agency English
    (Lebanon, Gaza, Yemen, Iran; ballistic missiles on Dnipro and Kyiv that could not be
    intercepted, tolls rising through the day), three casualty-heavy roundups in the sample's
    translated-German style, three literal translations of Ukrainian regional posts. First
    measured on 3d3899d before any fix: strike .943, interception .900, casualty .891,
    statement .968 (one "Synjehubow" label put to the naming convention: .977).

    Air/strike round (h_air15, dev_numeric57): strike .943 -> 1.000, interception .900 ->
    1.000 ("four Iskander-M ballistic missiles ..., which it was not possible to shoot down,
    as well as 23 Shahed-type drones, 18 of which were destroyed": 4/0 and 23/18; "26 shells
    were fired from multiple rocket launchers, UAVs attacked 263 times" an MLRS strike).
    Numeric bar .89 -> .90 (casualty .904).

    Casualty round (h_num16, dev_numeric56): casualty .904 -> .985 (P 1.000, R .970). Fixed:
    a rise of the dead told with a closing participle or with a place between noun and
    figure ("said one of the wounded had died in hospital, raising the death toll to five";
    "Fedorow raised the number of dead in Saporischschja to five. One of the injured had died
    in the clinic") gives the story's two-kind toll the new figure (the toll of the named
    place, not a village's toll between them) and drops the death it explains
    (``_casualty_raising``); "Three further rescuers suffered injuries" past a scene sentence
    completes "two rescuers have been killed" (``_casualty_further``). Left: art55-07's
    "killed one person in Kostjantyniwka and two in Druschkiwka and injured seven" (the
    elided second place), art55-11's "In Zolochiv, 4 people were injured" dropped as a
    restatement of Komyshany's "injured 4" two paragraphs before. Numeric bar .89 -> .90.

    Statement round (h_stmt24, dev_statements49): .977 -> 1.000. Fixed: "The health ministry
    says Israel's offensive ..." after "the Gaza health ministry said" (Gaza's, not "Israeli
    health ministry"); "“... Evacuate in time!” – Vadym Filashkin emphasized." (the splitter
    cut the signature off at "!"); a sentence-initial "Regional police" read as "Regional
    regional police" (Kherson's). Statement bar .97 -> 1.00.

``dev_articles57.jsonl``
    12 statement-heavy articles written blind late in the twelfth session, literal English
    translations of Romanian (Agerpres, News.ro, Digi24), Spanish (EFE, Europa Press),
    Portuguese (Lusa), Polish (PAP), Greek (ANA-MPA), Turkish (Anadolu) and Czech (CTK) copy.
    First measured on 3d3899d before any fix: strike 1.000, interception .878, casualty .982,
    statement .768 (on ecd3c0d, after the session's rounds: 1.000 / .927 / .982 / .779).
    Statement round (h_stmt26, dev_statements51): .779 -> .942 ("passed on", bare ministerial
    roles pointing back, verb-adjunct-speaker tails, dateline ministries, vessel names, "claimed
    its NOUN VERBed", "NAME today said that", "A, while NAME said that B", pollsters); the
    Romanian "transmitted" / "the MApN" shapes are left to h_stmt25.

    Air/strike round (h_air16, dev_numeric59): interception .927 -> 1.000 (strike 1.000,
    casualty .982 unchanged). Fixed: "both missiles hit targets in the Kharkiv region" after
    "Air defence shot down 97 drones;" is the stated zero 2/0, never "both" shot down
    (art57-12); "He reminded that in September, during the incident in which about 20 drones
    entered Polish airspace, four of them were shot down" is background (art57-08). Numeric
    bar .87 -> .98.

    Casualty round (h_num18, dev_numeric60): casualty .982 -> 1.000 (art57-04's "Since the
    entry into force of the ceasefire on 10 October, more than 240 Palestinians have died"
    is a running total, ``_casualty_war``); with the air/strike round's interception 1.000
    the numeric bar rises .98 -> 1.00.

``dev_articles58.jsonl``
    12 articles written blind late in the twelfth session, all in the shared sample's layout:
    six on a political event (Merz in Kyiv, an Erdogan-Putin call, an EU summit, a Bundestag
    vote, a Trump-Putin call, Rutte in Warsaw) with a section on the war, six on the war itself
    (a massive night attack, regional tolls, a General Staff day, Zaporizhzhia, Ukrainian
    drones on Russian regions, the power grid). First measured on 3d3899d before any fix:
    strike .833, interception .982, casualty .941, statement .972.

    Air/strike round (h_air16, dev_numeric59): strike .833 -> .889 (interception 1.000,
    casualty .955 unchanged). Fixed: "..., where Russian troops attacked 52 times" after "The
    focus was once again the area around Pokrovsk" is ground assaults (art58-09); "Two
    ballistic missiles of the type Iskander-M also hit the Kyiv region" after a drone-only
    air-defence report is a missile strike (art58-04). Left open: art58-02/09 label "fired
    3,960 times ..., including 112 times with multiple rocket launchers" ``other`` while the
    extractor follows the older sets' artillery (the open label question; see
    ``dev_numeric59`` in ``test_dev_numeric``). Numeric bar .83 -> .88.

    Casualty round (h_num18, dev_numeric60): casualty .955 -> 1.000. art58-07's evening
    update of the capital's toll replaced Lviv's toll (``_casualty_where``); art58-08's
    "Among the injured were a six-month-old baby and two teenagers aged 14 and 16" was put
    to the written subgroup rule (teenagers injured 2 added: the annotator had left it out,
    while art58-07 labels "Among the injured were three children"). Numeric bar unchanged
    (.88, strike .889 the lowest).

    Statement round (h_stmt27, dev_statements52): statement .972 -> 1.000. Fixed: "Their
    budget expert NAME said" (more lower-case domain words in a speaker phrase), "NAME,
    asked about X, said C", "NAME, known by his call sign “M”, said on Telegram that C",
    "said C and warned of “F”" (the clause, then the partial), "According to the Defence
    Ministry" after "Defence Minister NAME" in a story with a glued "Berlin The ..."
    dateline (German), "C, it said." after "the regional military administration put the
    toll in Zaporizhzhia" (placed), and the glued two-place dateline "Kharkiv, Odesa ..."
    read as a list of regions (no qualifier for "the regional authorities").

    The lead's label call (twelfth session, h_air17): a shelling total naming no weapon with
    a rocket-launcher share is ``other`` beside the ``mlrs`` share (the written
    ``dev_numeric36`` call); the extractor reads it so and art18-07, art19-12, dnum21-006,
    dnum27-073 and dnum44-032 were relabelled. Strike .889 -> 1.000 (interception 1.000,
    casualty .955). Numeric bar .88 -> .95.

``dev_articles59.jsonl``
    12 articles written blind early in the thirteenth session, statement-heavy literal English
    translations of Romanian (Agerpres, Digi24, HotNews, Adevarul), French (Le Parisien, BFMTV,
    Liberation, Les Echos) and Italian (La Stampa, Il Sole 24 Ore, TGCom24, Sky TG24) copy on the
    war, the Middle East and European politics. First measured on 8d8f333 before any fix:
    strike .880, interception .978, casualty 1.000, statement .813.
    Statement round (h_stmt28, dev_statements53): .813 -> .984 (.825 on the final labels with
    the base extractor ead9993). Fixed in general form: one verb with its whole that-clause
    ("let it be known, through a message on Telegram, that A „F” and that B", "maintained /
    hinted / confided / assures that C"), "... and asked for X" closing it, "and announced that
    B" a second statement; "replied through its spokesman NAME"; a quote continued across
    paragraphs with "continued the president"; "declared the ROLE alongside NAME"; "In the
    opinion of the ROLE, General NAME, C"; "where, according to X, C" / "Overall, according to
    X, C"; "«Q», analyses / recounts / conceded NAME-or-role", "NAME admonished: «Q»"; "the head
    of Romanian diplomacy" pointing back; bodies named with their country ("Romanian Naval
    Forces", "French Ministry of the Armed Forces"); "According to the group, C" after MBDA.
    Label call: art59-06 (Zarka) and art59-09 (Peskov, Mattarella) "that «A» and that B" were
    put to two statements, the written dev_statements27 call for a first clause closing on a
    guillemet (Zakharova's „...” stays one, as the other marks are labelled). Statement bar .81
    -> .98. Open: "the civil defence of the enclave" (Gaza), "spoke of four dead" (Houthi health
    ministry), "who announced the delivery of ..." (a noun object read as a clause).

    Air/strike round (h_air18, dev_numeric62): strike .880 -> 1.000 ("struck the port of
    Pivdennyi, near Odesa, with four ballistic missiles": a place aside before the figure;
    "a «Palestine 2» ballistic missile": a name's numeral), interception .978 -> 1.000 ("86
    drones were shot down, of the missiles only one" is 3/1). No label changed.

``dev_articles60.jsonl``
    12 articles written blind early in the thirteenth session, statement-heavy literal English
    translations of Ukrainian (Ukrinform, UNIAN, Suspilne), Russian state (TASS, RIA Novosti,
    Interfax), German reportage (Tagesschau, Spiegel), Spanish (El Pais, EFE) and Polish/Czech (PAP,
    CTK) copy, with regional air-defence, shelling and toll figures. First measured on 8d8f333
    before any fix: strike .914, interception .895, casualty .872, statement .869.
    Statement round (h_stmt29, dev_statements54): statement .869 -> 1.000 (``_s29post``,
    ``_s29reads``): "In the opinion of the ROLE, Colonel NAME, C", "As the head of the RMA
    said, C", "As the ROLE NAME specified, C", "The representative of the Kremlin also noted
    that C", a title run with an adjunct ("NAME at a briefing on Wednesday stated that"),
    "About this, X informed.", a described reportage interviewee and his ", he says.", "...:
    according to X, C", "(UNIFIL)", "through its spokesman, NAME, that C", "According to the
    ministerial note", "X, according to it, VERB", "asked ..., stated that", "drew attention
    to the fact that, in her words, C". No label changed.

    Air/strike round (h_air18, dev_numeric62): strike .914 -> 1.000 ("shelled Nikopol, as
    well as the Marhanets, Myrove and Pokrovske communities, more than 20 times"; "firing 64
    munitions" beside a drone launch), interception .895 -> 1.000 (the "of which 38" is the 53
    drones'; Lysak's "14 drones over the region" is not completed by the Air Force's "in total
    ... 104"; "the missiles did not manage to be intercepted" is 3/0). No label changed.

    Casualty round (h_num19, dev_numeric61): casualty .872 -> 1.000. Fixed: "one of the
    wounded in Nikopol had died in hospital, raising the death toll to two" paragraphs after
    "In the Nikopol district, one person was killed and seven were injured" (one record 2/7:
    a rise naming the toll's town reaches further, "Nikopol" and "Nikopol region" one
    place); a surgeon's "two of the children are in serious condition" (children injured
    2, a condition share named by its group); "two of the fatalities were registered in a
    drone attack ... in the town of Bint Jbeil" (a share of the dead by place). Numeric bar
    left to the lead.

``dev_articles61.jsonl``
    12 articles written blind early in the thirteenth session, numbers-heavy literal English
    translations of French, Italian, Spanish, Romanian, Portuguese and Turkish copy (two each) on
    the war and the Middle East, with the numbers in those languages' syntax ("were shot down 45
    of the 60 drones launched", "the wounded are 14, of whom 3 in serious condition", 1 200 and
    1.200 as thousands). First measured on 8d8f333 before any fix: strike .929, interception
    .880, casualty .846, statement .839.

    Air/strike round (h_air18, dev_numeric62): strike .929 -> 1.000, interception .880 ->
    1.000 ("The 2 ballistic missiles Iskander-M launched on the region of Dnipro, instead,
    reached their targets" is 2/0; "the four ballistic missiles were all destroyed" one
    record; "were launched towards the south of Israel 4 rockets: 3 were intercepted";
    "intercepted 6 missiles out of 7 and 112 drones"; "all the 7 drones launched from
    Iran"). No label changed.

    Casualty round (h_num19, dev_numeric61): casualty .846 -> 1.000. Fixed: "Are at least 31
    the dead in ..." (Italian inverted toll) completed by "The wounded are over 90" past the
    subgroup sentence "Among the victims, 9 minors and 5 women." (one record 31/90 beside
    minors 9, women 5); "of whom 3 in serious condition" kept beside a later incident's "2
    dead and 3 wounded"; "among whom 4 in grave state"; "and in Chernivtsi another 3"; "had
    made 3 dead" / "had caused 9 dead" after "The last attack ..., on DATE,"; "During the
    war of 2024 between ..."; "In July of 2024, ..."; "The first balance, in the morning,
    spoke of 3 dead and 19 wounded" and "a figure which in the morning was of 2 dead"
    superseded; "..., and the number of wounded to 151.442" after a running total; the dead
    of hunger "rose to 212, of whom 98 are children"; "detained 14 Palestinians ... and
    wounded 2 Palestinians". Numeric bar left to the lead.

    Statement round (h_stmt28, dev_statements53): .839 -> 1.000 (.853 on the final labels with
    the base extractor ead9993). Fixed in general form: Romance spellings of the table's people
    ("Serguei Sobianin", "Ihor Terehov"); "the General Staff of Kiev / of the Ukrainian army",
    "the Central Command of the United States", "the Ministry of Defence from Moscow", "the
    Ministry of Health in Gaza" as the table's bodies; a channel closing the speaker ("the
    Ukrainian air force on its Telegram channel"); "claimed through their military spokesman,
    NAME, to have fired"; "defined «F» the X" (partial); "In the statement, it was recorded that
    C" (the body that issued it); an unread "the BODY, on its side, claimed that C". Label call:
    art61-02 "the Quai d'Orsay" is "Quai d'Orsay" (the written rule: a body the table lacks
    keeps the text's name, as the four other dev labels of it), not "French Foreign Ministry".
    Statement bar .83 -> 1.00.

``dev_articles62.jsonl``
    12 articles written blind early in the thirteenth session, statement-heavy: literal English
    translations of Japanese (NHK, Kyodo), Korean (Yonhap), Chinese state (Xinhua), Arabic (Al
    Jazeera, Asharq Al-Awsat) and Hebrew (Ynet, Haaretz) copy, and four in agency English (AP,
    Reuters, AFP, a Bloomberg key-events page). First measured on the session's extractor before
    its rounds merged (8d8f333 plus byte-identical speed commits): strike .727, interception 1.000,
    casualty .945, statement .826.

    Statement round (h_stmt30, dev_statements55): three labels were put to the written
    conventions first (statement .856 on the unchanged extractor): "A U.S. official" speaks as
    "US official" (U.S. bodies are "US", dev_articles28's calls), "the Lebanese Ministry of
    Public Health" keeps the name the article gives (no table row; nine labels in four sets
    spell it so), and "UN Secretary-General Antonio Guterres was “deeply alarmed” by the
    attacks, his spokesman NAME told reporters" is the partial quote only (a fragment inside a
    clause before a trailing attribution). Then .993 (P 1.000, R .986): "expressed the view
    that", a capital's agency dateline for a bare ministry or presidential office ("Japanese
    Ministry of Defense", "South Korean presidential office"), "South Korea's X (ACR)" then
    "the ACR", "the official SANA news agency", "the Hamas movement" after another body,
    "NAME, 67, a retired teacher, said", "said MDA senior paramedic NAME", "said the head of X,
    Maj. Gen. NAME", ", stressing that C" after a quote, ", adding / claiming that D" split
    off, "told reporters at a press conference in the morning that", "The top government
    spokesman" (Kyodo: the Chief Cabinet Secretary). Open: "Security officials estimate that
    C" (the earlier sets leave "estimate that" unlabelled), the Kyodo survey's "found that".

``dev_articles64.jsonl``
    12 articles written blind in the thirteenth session, statement-heavy literal English
    translations of outlets the sets had seen least: French (Ouest-France, Le Point, Europe 1,
    L'Express), Italian (Il Fatto Quotidiano, Avvenire, Il Giornale, Adnkronos), Romanian (G4Media,
    Libertatea), Moldovan (Moldpres) and Belgian (RTBF) copy. First measured after the session's
    first merges (0acf513..: h_air18, h_stmt29, h_num19, h_stmt28): strike .842, interception
    .900, casualty .878, statement .804 (on the session's start 8d8f333: .800 / .872 / .878 /
    .788).

    Statement round (h_stmt31, dev_statements56): .804 -> .993 (P .993, R .993). Fixed by
    mechanism: a bare "Ministry of X" takes the country the story names most (Romanian,
    Moldovan, Italian bodies with no dateline); "NATO, in a note, VERB that", "Questioned by
    OUTLET, a source VERB that", "A diplomat confided to OUTLET that", "Sources of Palazzo Chigi";
    "the tenant of the Quai d'Orsay" as the minister named before; "..., writing on X that C" /
    ", announcing that C" / "and specified that C" kept by the subject; "asked Y to «Z» ..." one
    indirect statement; "An Elysée adviser"; "which according to the movement"; "More
    conciliatory the vice-premier NAME. «Q», he specified."; "And again: «Q»"; ", while
    insisting that" and ", but underlined that" after a guillemet clause; "So the spokesman of
    the Kremlin, NAME, speaking ..." partials; "«Q», added the head of Romanian diplomacy, who
    announced that C"; "The cardinal recalled that"; the headline "..., Conte: «Q»" no
    statement. Label put to the written convention: art64-12's "specified that A «are
    progressing» and that B «...»" is two statements (the dev_statements27/53 call: a second
    statement when the first clause closes on a guillemet), not one. Open: "the Lebanese
    Ministry of Public Health" (labelled "Lebanese health ministry" here, as written elsewhere).

    Casualty round (h_num20, dev_numeric64): casualty .878 -> 1.000. Fixed: "the dead are 3,
    among whom a woman of 78 years, and the wounded 9" one record 3/9; "At least 11
    Palestinians, among whom 4 minors, were killed ..." completed by "The wounded are more
    than 30" opening the next paragraph (11/30 beside minors 4). Numeric bar left to the lead.

    Air/strike round (h_air20, dev_numeric65): strike .842 -> 1.000, interception .900 ->
    1.000; fixed "of which 43 over the region of Bryansk and 27 over that of Kursk", "19
    missiles, of which 18 were Iskander-M" (part of the launch, the later "14 missiles" its
    outcome), drones that "fell on Moldovan territory" (no strike), "one of the strikes had
    targeted" (no count) and "the episode of September, when 19 Russian drones ... only four
    were shot down" (background). No label changed.

``dev_articles63.jsonl``
    12 articles written blind in the thirteenth session, all as close to the shared sample as
    possible: English translations of German online copy (t-online, n-tv, Merkur, Focus, Stern,
    RND, Berliner Morgenpost, dpa/AFP pick-ups) with page furniture, six on a political event with
    a war-day section, six on the war itself. First measured after the session's first merges
    (h_air18, h_stmt29, h_num19, h_stmt28): strike .958, interception .828, casualty .871,
    statement .952 (on the session's start 8d8f333: .958 / .842 / .871 / .952).

    Casualty round (h_num20, dev_numeric64): casualty .871 -> 1.000. Fixed: "Three people
    died, said X. Among the 18 wounded were two children" is one record 3/18 beside the
    children (the other harm told as a known group, never a figure an earlier record told);
    a lede's "has killed at least eight people" completed by "27 people were injured" past
    the scene sentence between them; the ticker's "seven people have now died" superseded by
    the lede's eight; "In the worst attack so far this year, on 2 May, a Russian missile had
    killed 21 people" background. Numeric bar left to the lead.

    Air/strike round (h_air20, dev_numeric65): strike .958 -> 1.000, interception .828 ->
    1.000; fixed "The breakdown by region: Bryansk 47, Kursk 38, ..." opening the paragraph
    after the ministry's total, "reported 93 drones and four Iskander-M ballistic missiles in
    the night to Thursday. 72 drones were shot down, of the missiles only one" (93/72, 4/1)
    and "Of the 38 missiles, air defence brought down 29; of the 460 drones, 437 were shot
    down or jammed" (drones 460/437). No label changed.

    Statement round (h_stmt31, dev_statements56): .952 -> .966: a ticker entry "Update, 7:30 am:
    According to Governor NAME, C" is NAME's, and "According to the report, C" after "Update,
    9:40 am: The Ukrainian General Staff has published its daily figures" the General Staff's.
    Open: partials after a role ("the CDU leader spoke of a „...“", "He praised ... as „...“"),
    "„Q,“ the Bavarian minister-president said", "C „F“, the Kremlin chief promised" (labelled
    a partial of F).

``dev_articles65.jsonl``
    12 articles written blind in the thirteenth session, the English wire copy monitoring teams
    read most: six in agency English (Reuters, AP, AFP English, with datelines, bylines and
    update lines), three in the English of Ukrainian outlets (Kyiv Independent, Ukrinform,
    Ukrainska Pravda), three in the English of state outlets (TASS, Al Jazeera, RT). First measured
    after the session's rounds had merged (08f5a8d..): strike 1.000, interception 1.000, casualty
    .952, statement .940 - the same as on the session's start 8d8f333.

    Round 33 (helper h_stmt33, base c6f19fd, ``dev_statements58``): casualty .952 -> 1.000,
    statement .940 -> .994. Fixed in general form (``_s33post``, one line in ``_postpasses``):
    a possessive body before a report noun ("the General Staff's daily update"), a common
    noun's office ("the plant's press service" - the plant named before), an outlet's reporter
    ("Al Jazeera's NAME", then the surname), "Spokesman for the BODY NAME", a bare "the
    command" after the unit, a bare "the health ministry" after the full name, "X ..., and has
    said C"; and (``_cas33``, one line in ``casualties``) "One of the injured is a 10-year-old
    girl", "One of them, a woman, was taken to hospital" (no record), "Earlier, on Nov. 15,
    ..." (background). Label call: art65-11's "Al-Masirah" put to the written "Al-Masirah TV"
    (dev_articles7's call). Open (labels stand, no written rule): the lede's "Ukrainian
    officials said" (art65-01) and "hours after the Houthis said" (art65-11) are unlabelled,
    while the other sets label such ledes (35 of 37), so the extractor keeps reading them.
    Label call (lead): those two ledes are put to the written rule ("X said" is a statement)
    and labelled: statement .994 -> 1.000.

``dev_articles67.jsonl``
    12 articles written blind late in the thirteenth session, all literal English translations of
    Italian copy (ANSA, Adnkronos, AGI, Askanews, Corriere della Sera, la Repubblica, La Stampa, Il
    Sole 24 Ore, Rai News, Sky TG24, TGCom24). First measured after the session's rounds had
    merged: strike 1.000, interception .889, casualty .824, statement .865 (on the session's start
    8d8f333: 1.000 / .889 / .600 / .833).

    Round 35 (helper h_stmt35, dev_statements60, ``_s35post`` and ``_headlines``): an adjunct
    between an inverted cue and its subject ("wrote on X the ROLE NAME", "replied from Kiev",
    "echoed him"), "«C», he said" after a verbless "More cautious the ROLE NAME." or a new
    person's reported words, bodies qualified by a capital ("From Moscow, the Ministry of
    Defence", "the air force of Kiev", "the Al-Masirah TV of the rebels"), "who announced a
    NOUN" (no statement), "that «F» will be ..." (indirect), "NAME, finally, announced that",
    "According to the adviser", "Meanwhile in Gaza the civil defence", "X, which specified
    that", long headlines: statement .865 -> .985.

``dev_articles66.jsonl``
    12 articles written blind late in the thirteenth session, all literal English translations of
    French copy (AFP, Le Monde, Le Figaro, Liberation, franceinfo, France 24, RFI, La Croix, Les
    Echos, 20 Minutes, BFMTV, L'Humanite). First measured after the session's rounds had merged:
    strike 1.000, interception .944, casualty .898, statement .818 (on the session's start
    8d8f333: 1.000 / .848 / .898 / .818: the session's Romance-language statement rounds did not
    move French copy written afterwards).

    Numeric round (h_num22, ``dev_numeric68``): the second figure of an inverted pair ("Are 3
    the dead and 12 the wounded"), "The wounded are N" after an "Among the victims" line in the
    paragraph before, a place share "between X and Y", a launch's subtype before a colon
    ("among which 6 Kinzhal: the air defence shot down ..."), a two-part headline restated
    below: interception .889 -> 1.000, casualty .824 -> 1.000; the "numeric" bar goes to 1.0
    (the minimum of strike, interception and casualty reached). No label changed.

    Statement round 36 (helper h_stmt36, base 8ec31f8, ``dev_statements61``): statement .818 ->
    .949. The misses were cue positions, not phrases: every saying verb now comes from one
    lemma table (``_s36verbs``) read in every position by ``_s36post`` - ", (while) VERB-ing
    that C", "«Q», VERB [adjuncts] the TITLE, NAME", "called on OBJ to VP «F»" with a quoted or
    apposed object, "According to the DESCRIPTION NAME / NAME calculations", "according to
    her", "the DESCRIPTION, NAME", honorifics, "NAME VERB-ed a «F»"; three "health ministry of
    Hamas / the Gaza Strip" aliases. art66-12's Bassal label put to the written mid-clause
    partial convention (partial "yellow line").

    Numeric round 23 (helper h_num23, base d8b7b23, ``dev_numeric69``): "and two ballistic
    missiles which reached their targets" after the drones' "of which 70 were neutralised" is
    the missiles' launch with a stated zero (``_num23air``): interception .944 -> 1.000; the
    "numeric" bar goes to 1.0 (the minimum of strike, interception and casualty reached). No
    label changed.

    Statement round 37 (helper h_stmt37, base d8b7b23, ``dev_statements62``): statement .949 ->
    .984. The misses left in the attribution reader: "In total, X claims to have VP-ed" after an
    adverbial opener, "It affirmed having VP-ed", "By mid-morning, ..., NAME, raised ... and
    warned that C", "She specified" after "«Q», welcomed the president of the Commission,
    NAME" (a person, not the Commission), "the Sheremetyevo airport", and ", who reported
    three injured among the employees" (a noun object: dropped). The statement bar goes to
    .98. Open: "Caritas Ukraine says", "at a moment when Washington urges", "and called the
    incident «F»". No label changed.

``dev_articles68.jsonl``
    12 articles written blind at the start of the fourteenth session, statement-heavy literal
    English translations of French (Le Monde, Le Figaro, RFI, France 24), Italian (Corriere,
    ANSA, la Repubblica, Rai News) and Spanish/Portuguese (El Mundo, Observador, Europa Press,
    Publico) copy.
    First measured on the session's start 640bee7: strike .875, interception .955, casualty 1.000,
    statement .804.
    Statement round (h_stmt39, dev_statements64): statement .804 -> .988. Fixed as mechanisms,
    not phrases: the reported clause read from the one lemma table in every position
    (`_s39read`: "has assured that", "claimed for its part to have", "NAME, 73 years old, also
    claimed that", ", and has claimed to have", ", although she has warned that", ", but has
    considered «F» NP", "defended that A «F» and announced that B"); "This was made known by
    X, specifying that C" (the sentence before is X's) and "«Q». With these words X VERB-ed";
    a bare role after a quote read as the person the sentence before is about (a visit's
    host, the one person named: "the deputy premier" is never the premier; `_s39roles`);
    ", while Y VERB «G»" giving G to Y, "while Y was more cautious: «Q»" a direct of Y
    (`_s39while`); "For X, C." with no quote, "that X described as «F»", "through the
    spokesman NAME", "According to a DESCRIPTION interviewed by X" and "the same source"
    (`_s39more`); a bare ministry named by the capital opening its sentence; a clause ending
    in a «fragment» before a trailing cue gives the fragment (the annotator's call);
    "according to the agenda of X" no statement. The bar goes to .98. Open: "X, through the
    voice of NAME, ... called on Y to", "The Civil Defence of Gaza reported that" (the
    body's name), "The Moncloa ... recalled the presence of" (a noun object), a quoted
    coalition name in the lede credited to a person. No label changed.

    Air and strike round (h_air21, base a9339ea, ``dev_numeric72``): strike .875 -> 1.000,
    interception .955 -> 1.000. An Italian frigate's "shot down two drones in the Red Sea" and
    the Houthi spokesman's "to have targeted «an enemy ship» with four drones" two paragraphs
    later are one record 4/2 (``_a21claim``); "the raids were 12" counts air strikes
    (``_a21raids``). No label changed.

``dev_articles69.jsonl``
    12 articles written blind at the start of the fourteenth session, number-heavy literal English
    translations of French (four), Italian (four), Spanish (two) and Ukrainian (two) copy: tolls
    with subgroups updated during the day, per-type air-defence figures, strikes with counts.
    First measured on the session's start 640bee7: strike .885, interception .915, casualty .845,
    statement .857 (.862 after the 'estimate' call).

    Casualty round (h_num25, dev_numeric71): casualty .845 -> 1.000. Fixed: the other harm told
    verb-first in the next sentence or paragraph ("Resulted wounded another 37 civilians") and
    its care-verb condition share ("of whom a dozen were transferred in serious state"), "The
    wounded, of whom six in serious condition, were ..." and "Among them are counted three
    children" after it, "Among the victims, 4 workers of the port" after a toll of both kinds
    (killed), "Among the dead, two children" with "The wounded are 17, among them 4 children"
    one record, "raised the toll to 31 dead" replacing the lede's 27/50 and keeping its wounded
    while "In Gaza City, eight dead were counted" stands, the bodies that raised that update, a
    past war's and "the last one of similar intensity"'s "had made N dead", "killed a family of
    five" (``_n25cas``, ``_n25update``, ``_n25skip``). The "numeric" bar goes to 0.88 (the
    minimum of strike .885, interception .915 and casualty 1.000). No label changed.

    Statement round (h_stmt40, dev_statements65): statement .862 -> .896 after nine labels were put
    to the written conventions (art69-01 "«lost locally», specified the air force" the partial
    alone; art69-02 and art69-04 "reported/indicated that A, and that B" one statement; art69-02
    Salam's "called on the sponsors ..., to intervene" an indirect statement; art69-05, art69-06 and
    art69-09 a fragment inside the reported clause part of the indirect statement, no extra partial;
    art69-08 "asked the partners to «accelerate» the deliveries" one indirect statement; art69-10
    "the Ministry of Foreign Affairs in Madrid", which the table does not list, "Spanish Ministry of
    Foreign Affairs") -> .978 after the fixes (``_s40post``, ``_s40names``): capital, side and
    region qualifiers of a body, "American" bodies, verb-first tails naming a long body ("referred
    the Operational Command South"), "affirmed it had", "condemned «F» and confirmed that C", an
    apposed setting after a hospital. Open: "accused Kyiv of «F»" (a partial by the calls; reading
    it cost blind26), "«F», specified the air force" after a long clause (read as the whole clause),
    "According to the regional administration" two paragraphs after "the Kharkiv region".

    Air and strike round (h_air21, base a9339ea, ``dev_numeric72``): strike .885 -> 1.000,
    interception .915 -> 1.000. Fixed in general form: "a dozen strikes against positions of
    Hezbollah" and Centcom's "«more than 30 strikes» against radar installations" are air
    strikes (``_a21group``); the Houthis' "operation with 4 drones" and the Israeli army's "shot
    down 2 drones" in the next paragraph one record (``_a21claim``); "Of the missiles, only three
    were intercepted" answers the class launch ("seven missiles, among them five ...
    Iskander-M"), not its model share, and a second figureless front after a semicolon keeps its
    own weapon (``_a21fronts``); "The largest part, 31 devices, was intercepted above X" is a
    region share (``_a21fronts.largest_share``, ``_airgeneric``); a list item "19 drones of the
    Shahed type and 5 Molniya UAVs" keeps the item after it (``_a21list``). No label changed.

``dev_articles71.jsonl``
    12 articles written blind in the fourteenth session, literal English translations of Spanish
    (EFE, El Pais, RTVE), Portuguese/Brazilian (Lusa, Publico, G1/Folha), Ukrainian regional
    (Suspilne, Ukrinform, UNIAN retelling oblast administrations) and German (Tagesschau,
    Spiegel, NZZ) copy. First measured after the session's first rounds had merged: strike .791,
    interception .814, casualty .691, statement .833 (on the session's start 640bee7: the same,
    statement .828).
    Statement round (h_stmt42, dev_statements67): statement .833 -> .989, read by mechanism in
    ``_s42post`` / ``_s42read`` (Romance "which assured having PP", "SUBJECT, according to X,
    PREDICATE", "About this informed X", adjuncts before "that", "and asked Y to VP", "as VERB
    [adjuncts] the ROLE, NAME", a platform adjunct before a role and name, a nicknamed
    apposition, German comma clauses, "According to own statements", "it said" after a fronted
    verb) and speaker forms ("the head of the OVA", "the OVA", "the city military
    administration", "Ministry of X of COUNTRY", surnames with particles; "FINUL", "Huthi" and
    Lula in ``speakers.csv``). No label changed. Open: "as the regional administration
    announced" two paragraphs after "the city of Mykolajiw" (the label places it; the written
    window is the same or the previous paragraph), "accused the RSF of wanting to «strangle»"
    (read as a partial, labelled none).

    Air and strike round (h_air22, ``dev_numeric75``): strike .791 -> 1.000, interception
    .814 -> 1.000. "N of the missiles" after a shoot-down verb answering the sentence's
    launch, "the four cruise missiles were shot down, while the ballistic missiles were not
    intercepted", "The missiles, according to the same source, reached their targets" a
    paragraph after the launch, the German verb-final "83 drones ... deployed", a breakdown's
    whole answered a paragraph later ("11 rockets" of "18 rockets, among them ..."), "12
    strikes against military targets of the Huthi", the dash-gapped second target's list, "21
    with multiple rocket launchers" after "of different types", the WHO's health-care tally
    (``_a22air``, ``_a22strike``). No label changed.

    Casualty round (h_num27, ``dev_numeric74``): casualty .691 -> 1.000. Updates told with the
    figure before its kind or the verb after the noun ("with which the balance of dead rose to
    four", "elevated to 14 the number of wounded, after three workers ... were injured",
    "elevated the balance to 27 dead, after four of the wounded died", "By evening rose the
    number of dead to three", "had the rescuers the number of dead raised to eight") replace
    the first toll's figure of that kind, the further dead that raised it no record; "Thus, 4
    people were killed over the day in the region" after one more death raises it; "elevated
    ... to five the number of dead and to 12 that of wounded ..., among the latter three
    children" is the toll with its subgroup (``_n27upd``). A past attack's toll "at that time",
    "for October alone", a war's "lives demanded" and "63 attacks ... this year, with more than
    1,100 dead" are background; "one of them in grave state" after a care share is injured 1
    (``_n27bg``). No label changed.

``dev_articles70.jsonl``
    12 articles written blind in the fourteenth session, statement-heavy literal English
    translations of Italian (ANSA, AGI, Adnkronos, La Stampa, TGCom24, Rai News) and French
    (AFP, Le Figaro, franceinfo, Liberation, Ouest-France, Le Monde) copy, at least two thirds
    of the statements indirect. First measured after the session's first rounds had merged:
    strike .714, interception .857, casualty .727, statement .792 (on the session's start
    640bee7: statement .745, casualty .706).

    Air and strike round (h_air22, ``dev_numeric75``): strike .714 -> 1.000, interception
    .857 -> 1.000. "which it was not possible to intercept" on a list item, "15 missiles" a
    paragraph after "22 missiles, among which 18 Kh-101 ..." (the whole, not the part),
    "struck about thirty targets of Hamas" no shoot-down, "about fifteen strikes against the
    port of Hodeidah" by the Israeli army air strikes, "BEIRUT - Were 12 the Israeli raids"
    (``_a22air``, ``_a22strike``, ``_a21raids``). No label changed.

    Statement round (h_stmt41, dev_statements66): statement .792 -> .906 (base da21925), read
    by mechanism in ``_s41post``: the subject past an adjunct, a relative or participial
    clause or a first predicate, datelines skipped ("Zelensky, in his evening message, has
    affirmed that", "Macron, who chaired ..., has estimated that", "X has denied ..., and has
    assured that"); "underlined how C"; "has made known that"; ", before adding that B"
    (two statements); "declared himself convinced that"; "S, according to X, PRED." and "S,
    the bulletin specified, PRED." (the predicate); "the civil defence of Gaza"; "In Paris,
    the Ministry of X"; "the Pontiff" and "the head of the government" as the holder named
    before; "a European diplomat has" (no auxiliary). No label changed. Open: the chained
    "and has asked Y to VP" (older sets leave it unlabelled), "For X, who ..., C", "qualified
    X as «F»", "warned that ... «F»" (partial-only call vs older indirect labels), "the head of
    French diplomacy" with no foreign-minister title in the article, "as referred by X", "It
    is what has let it be understood X", "According to the American press", "the
    headquarters" for the long body named before, "wrote the minister" (the wrong minister).

    Casualty round (h_num27, ``dev_numeric74``): casualty .727 -> 1.000. "Are three the dead and
    17 the wounded, among them two children" is 3/17 with the children wounded; "killed two
    people, and that another seven were wounded in the attack on a building in Bint Jbeil" is
    two records (another site); "among those freed there are 12 seriously wounded soldiers" is
    no toll (``_n27bg``); "Rose later to six the dead and to 35 the wounded" is the story's toll
    after a first balance (``_n27upd``). No label changed.

``dev_articles73.jsonl``
    Twelve full articles written blind in the fifteenth session: literal English translations of
    Italian copy (ANSA, Corriere, AGI, Rai News, Adnkronos, La Stampa, Avvenire, Il Giornale, Il
    Sole 24 Ore, TGCom24), statement-heavy (153 statements, 138 indirect). First contact on 40e7d00:
    strike .960, interception .923, casualty .958, statement .809 (recall .745).

    Speaker round (h_stmt45, dev_statements71): statement .809 -> .900 (the apposed person
    over the body or a relay outlet, "S, specified the ministry, PRED", "the same source /
    command", "Hamas, in a note, has maintained", the dateline's capital for a bare ministry,
    speakers.csv rows "Suez Canal Authority" and "Aspides command"); the bar is left to the lead.

    Number round (h_num28, dev_numeric76): the missiles that "have reached their targets"
    after a counted launch are an interception with intercepted 0 (``_n28air``, art73-06);
    interception .923 -> .950, casualty .958, strike 1.000; numeric bar .92 -> .95. Open: the
    inverted "are 4 the dead, among whom a child ..., and over 60 the wounded", "the missiles
    ... were about 35, the majority of which", a mission's shoot-downs since it began, "two of
    the dead in the car were members of the Radwan force".

    Number round (h_num29, dev_numeric77): "are 4 the dead, among whom a child of 10 years, and
    over 60 the wounded" is one toll (``_n29cas``); "the missiles fired from Iranian territory
    were about 35, the majority of which were intercepted" a launch-only interception
    (``_n29air``); "since the start of the mission, in February 2024, ... have shot down more
    than 20 drones" background; "two of the dead in the car were members of the Radwan force"
    a killed subgroup. interception .950 -> 1.000, casualty .958 -> 1.000, strike 1.000;
    numeric bar .95 -> 1.00.

    Detection round (h_stmt44, dev_statements70): one generic reported-clause detector
    (``_s44detect``/``_s44shapes``/``_s44who``, last statement post-pass) for the undetected
    indirect speech: statement .809 -> .884 (P .899, R .869). Left: the naming of bodies the
    detector reads itself ("the head of state" after a later-named person, "Aspides command").

``dev_articles74.jsonl``
    Twelve full articles written blind in the fifteenth session: four in the shared sample's
    translated-German ticker style, four literal translations of Spanish/Portuguese outlets (EFE,
    Europa Press, Lusa, El Pais) and four of German outlets (Tagesschau, Spiegel, FAZ, DW/SZ),
    number- and statement-rich. First contact on 40e7d00: strike .824 (P .700), interception .889,
    casualty .861, statement .925.
    Statement round (h_mix46, dev_statements72): statement .925 -> 1.000 by mechanism, not
    phrase: adverbs of place before "according to X, C", the Romance perfect's second predicate
    ("and has recalled that C", the first clause cut before "and has asked"), a relative after
    the source ("..., which has specified that C"), "considered «F» the ...", "For the ROLE of
    ORG NAME, C", "VERB to this newspaper that C", "C, it was said" after a counting body,
    "the operational headquarters of the Y region", "the state railway NAME", "the city of
    Cherson, Russian ..." and call signs (``_s46post``, ``_s46forms``, ``_s46calls``,
    ``_s46words``). No label changed.

    Number round (h_num28, dev_numeric76): "while the missiles had reached their targets, it
    was said" and "According to the same source, 98 drones were shot down ..., while the four
    missiles reached their objectives" are interceptions, not strikes (``_n28air``,
    ``_n28strike``); "The last great attack ..., on 5 October, had involved 496 drones" is
    background; killed-only tolls completed by "another 27 have resulted wounded", "The balance
    of wounded ascended to nine" and the ticker's "The number of injured he now put at 17" (the
    older entry's 3/15 then replaced); "two more bodies" recovered is no record (``_n28cas``).
    strike .824 -> 1.000, interception .889 -> .982, casualty .861 -> .974; numeric bar .82 ->
    .97. Open: "one train attendant was killed", "Among the wounded are counted four children,
    one of whom in serious state", "of these 21 over the Kursk region" after a colon total.

    Number round (h_num29, dev_numeric77): "one train attendant was killed" is a counted group
    of one, "Among the wounded are counted four children, one of whom in serious state" a
    condition share of the children (``_n29cas``), "64 in total, of these 21 over the Kursk
    region" after a colon a per-region share (``_n29air``). interception .982 -> 1.000,
    casualty .974 -> 1.000, strike 1.000; numeric bar .97 -> 1.00.

``dev_articles72.jsonl``
    Twelve full articles written blind in the fifteenth session: literal English translations
    of French copy (AFP, Le Monde, Le Figaro, Liberation, franceinfo, RFI, Ouest-France),
    statement-heavy (154 statements, 129 indirect) on Ukraine, Gaza/Lebanon, the Red Sea, the
    Sahel and EU politics. First contact on 40e7d00: strike .812, interception 1.000, casualty
    .851, statement .819 (recall .747; 29 of 39 misses undetected).

    Number round (h_num28, dev_numeric76): the Israeli army's "a dozen strikes against
    positions of the movement" and "14 strikes against «terrorist infrastructures»" are air
    strikes, "riposted with two air strikes" a strike (``_n28strike``); "killed 27 people since
    dawn ... who reported also some sixty wounded" and "killing at least 23 people ... which
    deplored also 31 wounded" complete the lead toll, not the children's subgroup (``_n28cas``).
    strike .812 -> .970, casualty .851 -> 1.000, interception 1.000; numeric bar .81 -> .96.
    Open: "the drones, at least six, targeted the market".

    Number round (h_num29, dev_numeric77): "the drones, at least six, targeted the market" is a
    strike of six drones (``_n29air``: a count in apposition to the weapon noun, no outcome in
    the sentence). strike .970 -> 1.000, interception and casualty 1.000; numeric bar .96 ->
    1.00.

    Speaker round (h_stmt45, dev_statements71): statement .819 -> .908 (the apposed person
    and "through the voice of NAME", "A, after strikes which, according to Y, D", "the minister
    on the set of X", "According to X, joined by telephone by Y, C", "On the Russian side, the
    Ministry", "NAME, who spoke with NAME2, called on X to «F» ...", "C, acknowledged the
    governor NAME, adding that D", the row "French Ministry of the Armed Forces"); the bar is
    left to the lead.

    Detection round (h_stmt44, dev_statements70): the same detector; statement .819 -> .880 (P
    .904, R .857). Left undetected: "declared himself «F» and invited X to «G»" (partials), "called
    on X to «F»" after a relative, "according to calculations of X".

``dev_articles75.jsonl``
    Twelve full articles written blind in the fifteenth session (after its first merges): six
    literal translations of French and six of Italian copy, statement-heavy (160 statements, 140
    indirect). First contact: on 40e7d00 strike 1.000, interception 1.000, casualty .905,
    statement .721; on 520dbd8 the same with statement .719 (recall .662; 31 of 54 misses
    undetected, 19 wrong speakers).

    Statement round (h_stmt47, dev_statements73): statement .770 -> .865 (P .893, R .838): the
    detector reads clauses holding a «fragment» (fronted, "for whom", incise) as one indirect
    statement, "C, VERB X, for whom D" is X's, "the same source" is the source quoted last,
    "The NGO X" / "X of the rebels" / "The office of NAME" are X / NAME. Open: "Ministry of
    Public Health" with no country after a BEIRUT dateline, "the Ministry of Health of the
    territory", "where, he said, C", "he added" after a verb-first toll, the holder of "the
    tenant of the Elysée" when the relative names another leader.

    Statement round (h_stmt48, dev_statements74): statement .865 -> .935 (P .967, R .906): a
    relative clause's inner names no longer become the main subject, "where, he said, C" is the
    sentence subject's, "he added" after a verb-first toll is the toll's source, "added the
    bulletin" is the source quoted last, a bare ministry after a BEIRUT dateline is Lebanon's,
    "the civil defence of the territory" is Gaza's, a ministry cut before
    "of Foreign Affairs" is whole, "whose director NAME spoke of «F»" is NAME's. Open: "Pope Leo
    XIV" read where this set labels "Leo XIV", the Kremlin spokesman's «F» clause read partial,
    "For NAME, C «F» ..." with an incise after it, "the Ukrainian Ministry of Infrastructure"
    put in the table's form.

    Number round (h_num30, dev_numeric78): casualty .905 -> 1.000 (strike and interception
    1.000; numeric bar .90 -> 1.0): "Are at least six the dead in the capital, among whom ...,
    and 31 the wounded" is one toll with "in PLACE" after its noun, "who specified that 14 people
    were hospitalised" a care record of its own, and "a similar attack on the port of Izmail had
    wounded four people" background.

    Statement round (h_stmt49, dev_statements75): statement .935 -> .984 (P .988, R .981):
    "Hezbollah made it known through its deputy NAME that C" is NAME's, ", to whom he assured
    that C" is the titled subject's, ", affirming/assuring that C" opens a statement of its own,
    "C, he added/referred(, specifying that D)" takes the named person quoted just before,
    "For NAME, C, through which, he recalled, D" gives C to NAME too, "Italy, made known the
    Farnesina, PRED", "who recalled to have VP" / "and affirmed to remain VP", "According to a
    report of the X transmitted to ..., C". Open: "Pope Leo XIV" (labelled "Leo XIV"), "the
    Ukrainian Ministry of Infrastructure" (the extractor's "infrastructure ministry" form),
    "according to UN estimates" (no statement by this set's call, "United Nations" by
    dev_articles4's).

``dev_articles76.jsonl``
    Twelve full articles written blind at the start of the sixteenth session in agency English
    (Reuters, AP, AFP, Kyiv Independent, Ukrinform, BBC, Al Jazeera, Times of Israel, a Guardian
    live blog): 20 strikes, 19 interceptions, 24 casualties, 162 statements (128 indirect). First
    contact on 884e03f: strike 1.000, interception 1.000, casualty .920, statement .960.

    Number round (h_num30, dev_numeric78): casualty .920 -> 1.000 (numeric bar .90 -> 1.0): "The
    toll in Sumy has risen to seven" replaces the dead of the live blog's earlier Sumy toll (7/18),
    and "More than 4,000 people were killed in Lebanon during more than a year of fighting" is a
    war-long toll, no event.

    Statement round (h_stmt49, dev_statements75): statement .960 -> .997: "the UN nuclear
    watchdog" is the IAEA, "C, he told the RIA Novosti news agency" after "The Russian-installed
    director of the plant, NAME, blamed ..." is NAME's, "Officials at Nasser Hospital said C",
    ", as the Israeli military said C". Label calls (written conventions, tests/data/README.md):
    art76-12's "the military said" after "IDF spokesman NAME" is "IDF" (2), art76-08's "called
    on the United States and France ... to intervene" an indirect statement (added), art76-02's
    "said A and that B" one statement (two merged). Open: "accused Russia of “nuclear
    blackmail”" (partial label).

``dev_articles77.jsonl``
    Twelve full articles written blind at the start of the sixteenth session: six in the shared
    sample's translated-German style (one a ticker newest first), six literal translations of
    TASS, Ukrinform, Xinhua, RIA Novosti, Suspilne and Global Times/CGTN copy: 23 strikes, 33
    interceptions, 21 casualties, 133 statements (108 indirect). First contact on 884e03f: strike
    .979, interception 1.000, casualty .977, statement .981.

    Number round (h_num30, dev_numeric78): strike .979 -> 1.000, casualty .977 -> 1.000 (numeric
    bar .90 -> 1.0): the heading "Two dead in the Belgorod region" restating its entry's toll is no
    record, and "On the previous day, Ukrainian forces had already attacked the region with 38
    drones" is an earlier day's recap, no strike.

    Statement round (h_stmt49, dev_statements75): statement .981 -> 1.000: "The army also said
    that C, while D" is the army named before, "C, Russian Foreign Minister NAME stated at a press
    conference following negotiations with the Minister ... NAME2" is NAME's, "According to the
    General Staff's morning report, C", a quoted group name ("the "Friends for Peace" group")
    no partial.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EVENT_TYPES, EventType
from tests.extract.gold_checks import assert_f1, checked_passages

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = {
    # file: (articles, minimum statements, sentence bounds, {event type: minimum F1})
    "dev_articles.jsonl": (16, 190, (1, 200), {"statement": 0.97, "numeric": 0.95}),
    "dev_articles2.jsonl": (14, 200, (1, 200), {"statement": 0.97, "numeric": 0.90}),
    "dev_articles3.jsonl": (10, 120, (1, 300), {"statement": 0.97, "numeric": 0.95}),
    "dev_articles4.jsonl": (6, 70, (1, 300), {"statement": 0.93, "numeric": 0.80}),
    "dev_articles5.jsonl": (10, 150, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles6.jsonl": (12, 170, (1, 300), {"statement": 0.99, "numeric": 0.98}),
    "dev_articles7.jsonl": (14, 200, (1, 300), {"statement": 0.98, "numeric": 0.95}),
    # First measured (fourth session) before any fix: the bars guard that level.
    "dev_articles8.jsonl": (16, 200, (1, 300), {"statement": 0.80, "numeric": 0.80}),
    "dev_articles9.jsonl": (12, 120, (1, 300), {"statement": 0.85, "numeric": 0.78}),
    # First measured (fifth session) before any fix: the bars guard that level.
    "dev_articles10.jsonl": (14, 220, (1, 300), {"statement": 0.80, "numeric": 0.78}),
    "dev_articles11.jsonl": (12, 150, (1, 300), {"statement": 0.82, "numeric": 0.82}),
    # Sixth session: first measured before any fix (see above), then fixed; the bars guard it.
    "dev_articles12.jsonl": (12, 200, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles13.jsonl": (12, 190, (1, 300), {"statement": 0.98, "numeric": 0.95}),
    "dev_articles14.jsonl": (12, 170, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles15.jsonl": (12, 190, (1, 300), {"statement": 0.96, "numeric": 0.98}),
    "dev_articles16.jsonl": (12, 210, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    # Seventh session: first measured before any fix (see above), then fixed; the bars guard it.
    "dev_articles17.jsonl": (12, 200, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles18.jsonl": (12, 200, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles19.jsonl": (12, 140, (1, 300), {"statement": 0.95, "numeric": 0.98}),
    "dev_articles20.jsonl": (12, 180, (1, 300), {"statement": 0.95, "numeric": 0.98}),
    # Eighth session: first measured before any fix (see above), then fixed; the bars guard it.
    "dev_articles21.jsonl": (12, 150, (1, 300), {"statement": 0.95, "numeric": 0.98}),
    "dev_articles22.jsonl": (12, 180, (1, 300), {"statement": 0.93, "numeric": 0.98}),
    "dev_articles23.jsonl": (12, 150, (1, 300), {"statement": 0.95, "numeric": 0.98}),
    "dev_articles24.jsonl": (12, 200, (1, 300), {"statement": 0.94, "numeric": 0.98}),
    "dev_articles25.jsonl": (12, 220, (1, 300), {"statement": 0.94, "numeric": 0.98}),
    "dev_articles26.jsonl": (12, 180, (1, 300), {"statement": 0.83, "numeric": 0.93}),
    # Ninth session: first measured before any fix (see above), then fixed; the bars guard it.
    "dev_articles27.jsonl": (12, 200, (1, 300), {"statement": 0.95, "numeric": 0.98}),
    "dev_articles28.jsonl": (12, 220, (1, 300), {"statement": 0.91, "numeric": 0.98}),
    "dev_articles29.jsonl": (12, 200, (1, 300), {"statement": 0.97, "numeric": 0.98}),
    # Tenth session: first measured before any fix (see above), then fixed; the bars guard it.
    "dev_articles30.jsonl": (12, 130, (1, 300), {"statement": 0.90, "numeric": 0.98}),
    "dev_articles31.jsonl": (12, 220, (1, 300), {"statement": 0.99, "numeric": 0.88}),
    "dev_articles32.jsonl": (12, 180, (1, 300), {"statement": 0.99, "numeric": 0.87}),
    "dev_articles33.jsonl": (12, 130, (1, 300), {"statement": 0.97, "numeric": 0.98}),
    "dev_articles34.jsonl": (12, 190, (1, 300), {"statement": 0.97, "numeric": 1.00}),
    "dev_articles35.jsonl": (12, 140, (1, 300), {"statement": 0.97, "numeric": 0.98}),
    "dev_articles36.jsonl": (12, 140, (1, 300), {"statement": 0.94, "numeric": 0.95}),
    # Eleventh session: first measured before any fix (see above); the bars guard that level.
    "dev_articles37.jsonl": (12, 160, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles38.jsonl": (12, 140, (1, 300), {"statement": 0.97, "numeric": 0.97}),
    "dev_articles39.jsonl": (12, 160, (1, 300), {"statement": 0.99, "numeric": 0.96}),
    "dev_articles40.jsonl": (12, 140, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles41.jsonl": (12, 120, (1, 300), {"statement": 0.96, "numeric": 0.98}),
    "dev_articles42.jsonl": (12, 160, (1, 300), {"statement": 0.99, "numeric": 0.98}),
    "dev_articles43.jsonl": (12, 140, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles44.jsonl": (12, 120, (1, 300), {"statement": 0.99, "numeric": 0.98}),
    "dev_articles45.jsonl": (12, 150, (1, 300), {"statement": 0.96, "numeric": 0.98}),
    "dev_articles46.jsonl": (12, 150, (1, 300), {"statement": 0.94, "numeric": 0.98}),
    "dev_articles47.jsonl": (12, 180, (1, 300), {"statement": 1.0, "numeric": 0.98}),
    "dev_articles48.jsonl": (12, 100, (1, 300), {"statement": 1.0, "numeric": 0.98}),
    "dev_articles49.jsonl": (12, 150, (1, 300), {"statement": 1.0, "numeric": 0.98}),
    "dev_articles50.jsonl": (12, 130, (1, 300), {"statement": 0.98, "numeric": 0.98}),
    "dev_articles51.jsonl": (12, 90, (1, 300), {"statement": 0.97, "numeric": 0.97}),
    "dev_articles52.jsonl": (12, 230, (1, 300), {"statement": 0.99, "numeric": 1.00}),
    "dev_articles53.jsonl": (12, 160, (1, 300), {"statement": 1.00, "numeric": 1.00}),
    "dev_articles54.jsonl": (12, 140, (1, 300), {"statement": 0.87, "numeric": 1.00}),
    "dev_articles55.jsonl": (12, 110, (1, 300), {"statement": 1.00, "numeric": 1.00}),
    "dev_articles56.jsonl": (12, 160, (1, 300), {"statement": 1.00, "numeric": 1.00}),
    "dev_articles57.jsonl": (12, 150, (1, 300), {"statement": 0.95, "numeric": 1.00}),
    "dev_articles58.jsonl": (12, 190, (1, 300), {"statement": 1.00, "numeric": 1.00}),
    "dev_articles59.jsonl": (12, 150, (1, 300), {"statement": 0.98, "numeric": 0.99}),
    "dev_articles60.jsonl": (12, 140, (1, 300), {"statement": 1.00, "numeric": 0.99}),
    "dev_articles61.jsonl": (12, 70, (1, 300), {"statement": 1.00, "numeric": 0.99}),
    "dev_articles62.jsonl": (12, 130, (1, 300), {"statement": 0.99, "numeric": 0.94}),
    "dev_articles64.jsonl": (12, 150, (1, 300), {"statement": 0.99, "numeric": 0.99}),
    "dev_articles63.jsonl": (12, 140, (1, 300), {"statement": 0.96, "numeric": 0.99}),
    "dev_articles65.jsonl": (12, 160, (1, 300), {"statement": 1.0, "numeric": 1.00}),
    "dev_articles67.jsonl": (12, 130, (1, 300), {"statement": 0.98, "numeric": 1.00}),
    "dev_articles66.jsonl": (12, 150, (1, 300), {"statement": 0.98, "numeric": 1.00}),
    "dev_articles68.jsonl": (12, 160, (1, 300), {"statement": 0.98, "numeric": 1.00}),
    "dev_articles69.jsonl": (12, 110, (1, 300), {"statement": 0.98, "numeric": 1.00}),
    "dev_articles71.jsonl": (12, 130, (1, 300), {"statement": 0.98, "numeric": 1.00}),
    "dev_articles70.jsonl": (12, 140, (1, 300), {"statement": 0.93, "numeric": 1.00}),
    "dev_articles73.jsonl": (12, 150, (1, 300), {"statement": 0.80, "numeric": 1.00}),
    "dev_articles74.jsonl": (12, 130, (1, 300), {"statement": 1.00, "numeric": 1.00}),
    "dev_articles72.jsonl": (12, 150, (1, 300), {"statement": 0.81, "numeric": 1.00}),
    "dev_articles75.jsonl": (12, 160, (1, 300), {"statement": 0.98, "numeric": 1.00}),
    "dev_articles76.jsonl": (12, 160, (1, 300), {"statement": 0.99, "numeric": 1.00}),
    "dev_articles77.jsonl": (12, 130, (1, 300), {"statement": 1.00, "numeric": 1.00}),
}
MIN_BREAKS = {
    "dev_articles6.jsonl": 10,
    "dev_articles7.jsonl": 9,
    "dev_articles8.jsonl": 6,
    "dev_articles9.jsonl": 7,
    "dev_articles10.jsonl": 10,
    "dev_articles11.jsonl": 10,
    "dev_articles12.jsonl": 10,
    "dev_articles13.jsonl": 11,
    "dev_articles14.jsonl": 9,
    "dev_articles15.jsonl": 9,
    "dev_articles16.jsonl": 12,
    "dev_articles17.jsonl": 12,
    "dev_articles18.jsonl": 10,
    "dev_articles19.jsonl": 10,
    "dev_articles20.jsonl": 10,
    "dev_articles22.jsonl": 9,
    "dev_articles23.jsonl": 7,
    "dev_articles24.jsonl": 11,
    "dev_articles25.jsonl": 10,
    "dev_articles26.jsonl": 9,
    "dev_articles27.jsonl": 11,
    "dev_articles28.jsonl": 11,
    "dev_articles29.jsonl": 9,
    "dev_articles33.jsonl": 10,
    "dev_articles34.jsonl": 8,
    "dev_articles35.jsonl": 10,
    "dev_articles38.jsonl": 9,
    "dev_articles39.jsonl": 9,
    "dev_articles41.jsonl": 9,
    "dev_articles43.jsonl": 8,
    "dev_articles44.jsonl": 10,
    "dev_articles46.jsonl": 9,
    "dev_articles49.jsonl": 9,
    "dev_articles50.jsonl": 9,
    "dev_articles53.jsonl": 10,
    "dev_articles51.jsonl": 10,
    "dev_articles52.jsonl": 11,
    "dev_articles54.jsonl": 10,
    "dev_articles57.jsonl": 11,
    "dev_articles59.jsonl": 10,
    "dev_articles60.jsonl": 10,
    "dev_articles62.jsonl": 10,
    "dev_articles64.jsonl": 11,
    "dev_articles67.jsonl": 11,
    "dev_articles68.jsonl": 9,
    "dev_articles71.jsonl": 10,
    "dev_articles73.jsonl": 10,
    "dev_articles74.jsonl": 10,
    "dev_articles72.jsonl": 11,
    "dev_articles75.jsonl": 11,
    "dev_articles76.jsonl": 10,
    "dev_articles77.jsonl": 8,
}
"""Paragraph breaks a full article has at least (12 unless listed: everyday copy is shorter)."""
BARS = [
    pytest.param(
        name, kind, bars["statement" if kind == "statement" else "numeric"], id=f"{name}-{kind}"
    )
    for name, (_, _, _, bars) in SETS.items()
    for kind in EVENT_TYPES
]


@pytest.mark.parametrize("name", SETS)
def test_dev_articles_structure(name: str) -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    articles, statements, sentences, _ = SETS[name]
    passages = checked_passages(DATA / name, "newswire-dev (original)", sentences)
    assert len(passages) == articles
    assert sum(len(obj["statements"]) for obj in passages) >= statements
    breaks = MIN_BREAKS.get(name, 12)
    assert all(obj["text"].count("\n\n") >= breaks for obj in passages), "full articles only"


@pytest.mark.parametrize(("name", "kind", "minimum"), BARS)
def test_dev_articles_f1(name: str, kind: EventType, minimum: float) -> None:
    assert_f1(DATA / name, kind, minimum)

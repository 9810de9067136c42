"""The extractor against the numeric phrasing batches ``dev_numeric*.jsonl``.

Each batch was written from real wire phrasing, measured before any fix, then
used to guide fixes; the structure test guards the labels (it must always pass),
the score tests are the bars (strikes, interceptions and casualties; the batches'
statements are labelled but held to no bar here). What each batch was and
decided:

``dev_numeric.jsonl``
    The numeric detectors against ``dev_numeric.jsonl``: phrasing the dev set does not cover.

    The file was written after studying public wire phrasing (Russian Defence
    Ministry briefings, air force tallies, General Staff summaries, governors'
    posts, Middle East and Sudan reports) and labelled by the README conventions
    before the detectors were tuned on it; its first score (strike .837,
    interception .881, casualty .952) was the honest unseen-text figure. Decisions
    it adds to the conventions: a range ("15 to 20 shells", "between 20 and 25") is
    one figure, its lower bound; a tally line ("Shahed drones: 112, of which 87
    ...") is a launch figure; figures lost "in location" are never intercepted; a
    count of delivered hardware ("31 Abrams tanks") is no strike.

``dev_numeric2.jsonl``
    The numeric detectors against ``dev_numeric2.jsonl``: misses found on real wire articles.

    The lead ran the extractor on real wire copy and found phrasings neither dev set
    covers; this file holds original passages written for those categories (and
    more phrasing studied in public reports), labelled before any fix. Its first
    score (strike .962, interception .867, casualty .717; statement .874) was the
    honest unseen-text figure.

    Decisions it adds to the conventions:

    - People rescued, saved, evacuated or pulled out alive are not casualties.
    - A summary over several days ("in the final days of the year", "in the first
      week of January") gets no ``PT24H`` period; "over the past three days" is ``P3D``.
    - A capitalised name after "at"/"on" is the clause's target even when it is not
      on the places list; a previous sentence's target is inherited only when the
      clause names none.
    - A pronoun or "the enemy"/"the occupiers" subject still makes a strike; the
      attacker comes from the paragraph.
    - "sent 31 drones, 24 of which were shot down" is one interception (31/24).
    - "regions were attacked by 17 drones" names the target, not the attacker.
    - A casualty's cause never includes the attribution ("X said Russian attacks
      killed ..." has cause "Russian attacks").
    - "fell victim(s)" means killed; "victims" alone ("the victims, 14 in all")
      says neither killed nor injured and gives no record. Listed subgroups
      ("including 12 children and six women") take the kind of the figure they
      break down. A superseded figure ("its previous update had reported 49
      deaths", "up from an earlier toll of five", "rose from 14 to 17") is no
      event: only the current figure counts.
    - A per-region breakdown after a stated total ("destroyed 44 drones ... Twenty
      over the Bryansk region, 15 over ...") is labelled as ``dev_numeric.jsonl``
      (dnum-002) and the held-out set already label it: each region is its own
      interception next to the total. Sums are never made, and nothing is dropped.

``dev_numeric3.jsonl``
    The numeric detectors against ``dev_numeric3.jsonl``: angles the earlier sets miss.

    Original passages (2-8 sentences) written after studying public phrasing of
    Ukrainian Air Force morning bulletins ("means of air attack", "shot
    down/suppressed", imitator drones "locationally lost"), Russian Defence Ministry
    daily and weekly briefings (HIMARS rockets, JDAM bombs, "UAVs of the aircraft
    type"), think-tank summaries, Israel/Lebanon/Gaza/Yemen/Red Sea, Sudan, Syria,
    India-Pakistan and Russian border-region reports, headline-style figures ("50+",
    "4,000-plus", "three dozen") and hard negatives (production, stockpiles, aid
    packages, training, past-year figures). Labelled before any fix; its first score
    (strike .750, interception .824, casualty 1.000; statement .929) was the honest
    unseen-text figure.

    Decisions it adds to the conventions:

    - "a dozen", "two dozen", "three dozen" are 12, 24, 36; "4,000-plus" is 4,000.
    - A past year ("In 2022, Russia fired ...") or a running total ("since the start
      of the year / of the operation", "since it entered service") is background,
      not an event; a summary of recent days or weeks still is (``dev_numeric2``).
    - Capability, intent and stock ("could fire 90 missiles", "produces 2,700 a
      month", "a package that includes 3,000 shells") are no strikes.
    - "N of N" shot down per weapon ("three Kh-59 ... three Kh-59 shot down") is
      ``all_intercepted`` even when "all" is not written.
    - A per-model shoot-down figure pairs with that model's launch figure, not the
      nearest launch of the same kind.
    - Guided bombs shot down (JDAM, Hammer) are interceptions (weapon ``missile``).
    - "Of those, 9 were airstrikes, 318 were drone attacks" breaks a total down by
      kind: each is a strike beside the total (``other``).
    - "Hits by 17 drones were recorded" after an air-defence report belongs to it.
    - A combined launch total with no combined outcome gets no ``mixed`` record
      (as ``dev_numeric.jsonl`` dnum-011); with one it does.
    - "lost up to 230 servicemen" says neither killed nor injured: no record.
    - One count closing two verb phrases on one target ("shelled Nikopol with heavy
      artillery and struck it with FPV drones 17 times", dnum3-049) counts the
      attacks of both, as regional tallies do: ``other``, like "shelled ... 23 times
      with artillery and kamikaze drones" (``dev_articles2`` art2-14).

``dev_numeric4.jsonl``
    The numeric detectors against ``dev_numeric4.jsonl``: phrasings found failing on real copy.

    Original passages (2-8 sentences, some with datelines, photo credits and sign-offs)
    written after running the extractor over some 40 excerpts of real wire copy (Ukrainian
    Air Force and General Staff reports, regional governors, Russian Defence Ministry
    per-region claims, Zelensky's weekly totals, Gaza and Lebanon health ministry tolls,
    Israeli hospital tallies, Iran and Hezbollah fire, CENTCOM Red Sea statements, Sudan)
    and sorting its errors into categories: passive and "as well as" weapon lists,
    "engaged N ..., destroying M of them", "neither was intercepted" after hits, a colon list
    of regions inside a quoted restatement, elliptical place lists of casualties ("four in
    Kupiansk, three in Izium"), the wounded who "succumbed to their injuries", hospital
    admissions, superseded first figures ("Early figures showed ..."), a toll restated with
    another word ("workers" / "employees"), and cumulative tolls the day's figure is added
    to ("taking the overall death toll of the war to ...", "since its liberation"). 13 hard
    negatives (prisoner swap, aid package, production, historical totals, ages and unit
    names, power cuts, rescued people, costs and percentages, a poll, war tolls, sport, a
    past year).

    Labelled before any fix; its first score (strike .829, interception .853, casualty
    .889; statement .922) was the honest unseen-text figure.

    Decisions it adds to the conventions:

    - "engaged N drones ..., destroying M of them" is one interception (N launched).
    - "Two missiles struck X; neither was intercepted" is launched 2, intercepted 0.
    - "N drones, M bombs and K missiles were used" / "..., as well as K missiles": each
      figure is a strike.
    - "Four were hurt in X, three in Y and two in Z": each place's figure is its own record
      beside the stated total, as per-region figures are.
    - "N of the people wounded ... succumbed to their injuries" is N killed.
    - "N were taken to hospital (with injuries)" is N injured.
    - A toll restated with another word for the same unspecific people ("four workers",
      then "Four employees of the port died") is one event; a subgroup never is.
    - "killed two men and injured 11 other people" is two records, as in
      ``dev_articles2`` art2-05.
    - "bringing/taking the overall death toll (of the war) to N", "in more than 14 months of
      fighting", "since its liberation", "the total ... this month" are background.
    - "Early figures showed three dead", "Initially, ... five dead" are superseded.

``dev_numeric5.jsonl``
    The numeric detectors against ``dev_numeric5.jsonl``: phrasings found failing on real copy.

    Original passages (2-8 sentences, some in the Ukrainska Pravda "Source:/Details:/Quote:"
    layout) written after running the extractor over ~40 excerpts of real wire copy (Russian
    Defence Ministry per-region claims, Ukrainian Air Force and regional governors, Ukrainska
    Pravda "Background:"/"Recall:" paragraphs, CENTCOM and Houthi statements, Israel-Iran
    barrages, Lebanon and Gaza tolls, Zaporizhzhia daily shelling counts, General Staff
    summaries, Sudan) and the failures in ``dev_articles5`` and on the lead's real texts,
    sorted into categories: launch and outcome in separate paragraphs ("fired 14 missiles" /
    "Nine of them were shot down"; "attacked by 23 drones" / "23 drones were intercepted"),
    "Background:" and "Recall:" recaps, debris and fragments "of one (downed) drone", per-region
    shares with adjectives or after a relative clause ("four more over the central
    Dnipropetrovsk region", "five others over the Republic of Crimea", "..., which borders
    Ukraine, and two over the Tula region"), "including 9 air strikes" after a total of
    attacks, "wounded in the two attacks" (attacks already told), the second figure of a
    running total ("since the war began ... killed 224 ... and wounded more than 1,200"),
    "in a critical condition" (injured, not killed), a toll over several attacks after one
    attack's toll, a report dated "Last week, ... said ... had". Batch 2 (8 passages, after
    the first fixes, from a second round of excerpts): "N of Russia's M drones", "shellings",
    "rocket artillery" (MLRS), "subjected ... to N shellings, including M from MLRS",
    "Ukraine-launched" followed by a per-region share, more recaps and debris. Batch 3 (2
    passages, from a third round): a model standing for the noun ("launched 11
    Shahed-136/131"), "destroyed all targets" after a launch of drones.

    Labelled before any fix. First scores (the honest unseen-text figure): batch 1 (22
    passages) strike .429, interception .615, casualty .667 (statement .761); batches 2 and 3
    (8 and 2 passages, written after earlier fixes, measured on the unfixed extractor) strike
    .000 / -, interception .667 / .000, casualty .000 / -; the whole file (32 passages) on the
    unfixed extractor: strike .316, interception .558, casualty .625.

    Decisions it adds to the conventions:

    - A shoot-down figure may answer the launch of the previous paragraph: "N of them" (any
      share) or the very same figure of the same weapon, within four sentences, unless the
      two name different sides ("Russia launched 20" vs "20 Ukrainian drones").
    - Paragraphs from a "Background:" or "Recall:" label to the next section label are
      background; so is a report told as "Last week, X said ... had ...".
    - "Debris from one of them", "fragments of two downed missiles": no interception.
    - "in the two attacks", "in both strikes": no strike count.
    - "N people were in a critical condition" is N injured.
    - "Two more died in a strike on a tent, where eight people were wounded in the attacks":
      two records (the wounded are counted over several attacks).
    - "459 shellings" is artillery; "rocket artillery" is MLRS.
    - A model standing for the noun counts as that weapon ("fired four Iskander-M"); "destroyed
      all targets" right after launches of named weapons is all of each.

``dev_numeric6.jsonl``
    The numeric detectors against ``dev_numeric6.jsonl``: styles from real copy not yet covered.

    Original passages (2-8 sentences, a few over two paragraphs) written after reading real
    wire pages in styles the earlier batches lacked: Israel-Hezbollah rocket and drone counts
    ("some 200 rockets and 20 explosive-laden drones", "85 rockets were detected crossing",
    "Seven of the nine were intercepted"), Iranian barrages with U.S. interceptors, Ukrainian
    General Staff daily summaries ("six missile strikes with 17 missiles", "shelled positions
    547 times", "combat clashes"), Russian MoD weekly summaries, Sudan (RSF drones on Atbara
    and Port Sudan, El Fasher shelling), India-Pakistan cross-border shelling (cattle killed,
    per-district injured), Gaza and Lebanon health ministry daily tolls, translated German
    copy ("In the course of the day, 35 Russian attacks were reported") and explainers full of
    background figures; plus the lead's known gaps: an outcome told for a subset ("Of the two
    UAVs deployed, one was intercepted" after "three drones"), "All ten targets" after ten
    missiles, "the two others were “civilians”", "one drone each in A and in B", "almost
    all", "in the last days of 2023" (batch 1: 31 passages, 6 hard negatives; 7 in the
    file). Batch 2 (8 passages, num6-032 to
    039, written after the first fixes from a second round of pages: Gaza daily reports,
    Russian MoD per-region lists, Sudan, Lebanon, India-Pakistan): tolls counted "since the
    army resumed its offensive" / "since the RSF captured the city" with both figures, "over
    the territory of the Bryansk region", "four of them crashed in fields". Batch 3 (4
    passages, num6-040 to 043, from a third round): "The overnight attack involved 40 drones
    and three missiles", "downed all but two" / "intercepted all but three of them" (also
    across a paragraph break), repelled assaults and a since-the-start-of-the-month total.
    Batch 4 (3 passages, num6-044 to 046): "three missiles — two Iskanders and a Kh-59 — were
    not intercepted", a season's total ("this winter"), "so far this year" next to a day's
    toll.

    Labelled before any fix. First score of batch 1 (the honest unseen-text figure): strike .571,
    interception .774, casualty .968 (statement .876). One label was corrected after that
    run, not to fit the extractor but to follow ``dnum-022``: "six missile strikes with 17
    missiles" is two strikes (missile 6, missile 17), as "4 missile strikes using 11
    missiles" is there (the score above is with the corrected label; with the first label
    strike was .519). Batch 2 on the extractor after batch 1's fixes: strike 1.000,
    interception .842, casualty .727 (statement .750). Batch 3 on the extractor after batch
    2's fixes: interception .250, one spurious strike (no strikes labelled), statement .857.
    Batch 4 on the extractor after batch 3's fixes: interception .400, one spurious strike (none
    labelled), casualty 1.000, statement .889.

    Decisions it adds to the conventions:

    - An outcome told for part of a launch ("Russia attacked with three drones. Of the two
      UAVs deployed against the city, one was intercepted") joins that launch: launched 3,
      intercepted 1, and no strike.
    - "All ten targets were shot down" right after "fired ten cruise missiles" is the missile
      interception (all of 10), not a second, mixed one.
    - "N of the M were intercepted" consumes the launch of M: no strike next to it.
    - "Three of the dead were soldiers" is a subgroup record; "the two others were X"
      identifies the rest and is no record.
    - "destroyed one drone each in A and in B" is one interception per place.
    - "almost all" / "nearly all" is not all: no interception without a figure.
    - A part of a past year told in the pluperfect ("Zelensky said Russia had deployed almost
      300 missiles ... in the last days of 2023") and "The previous year it had fired ..." are
      background (a fresh summary, "Russia deployed almost 900 drones ... in the last days of
      2024", stays a strike, as test_strikes has it).
    - "N rockets were detected crossing from Lebanon" is a launch; "N explosive drones
      launched from Lebanon ... were intercepted" and "were fired ... and intercepted" are all
      of N.
    - "33 air strikes with 56 guided aerial bombs" is two strikes (airstrike 33, glide_bomb
      56), as "six missile strikes with 17 missiles" is (missile 6, missile 17; ``dnum-022``).
    - "Since the start of the day, ... shelled positions N times" is today's report, not a
      running total: artillery N; "dropped N guided bombs on them" glide_bomb N.
    - A clause ends at "a.m." before a capital ("between 6:20 and 7:00 a.m. Most of those
      rockets were intercepted"): the launch before it stays a strike.
    - A toll counted since an earlier turn of the war ("since the army resumed its offensive
      on March 18, 4,100 people have been killed and 11,300 injured", "since the RSF captured
      the city last month") is background, both figures; the day's own toll next to it is not.
    - "6 over the territory of the Bryansk region" is a per-region share; "four of them
      crashed in fields" / "two hit a warehouse" after a shoot-down figure are no
      interceptions.
    - "The attack involved N drones" is a launch; "downed all but two" after "fired 11
      drones" is 11 launched, 9 intercepted (the two are the misses, no record of their own);
      the launch may stand in the previous paragraph.
    - "N missiles — A and B — were not intercepted" is launched N, intercepted 0; the
      breakdown between dashes or brackets is no report of its own.
    - A season's total ("more than 1,000 missiles and drones this winter") is background;
      "this month" stays an event (``dnum3-005``).
    - "N Russian attacks were reported" (ground assaults, combat clashes), interceptors fired,
      cattle killed, "99 percent"/"the majority" intercepted: no events.

``dev_numeric7.jsonl``
    The numeric detectors against ``dev_numeric7.jsonl``: the numeric errors of
    ``dev_articles7`` (fourth session) and real casualty copy, sorted into categories.

    Original passages (2-4 sentences) written after sorting the strike, interception and
    casualty errors of ``dev_articles7`` and running the extractor on excerpts of real
    Kherson/Zaporizhzhia daily reports and Ukrinform copy (batch 1: dnum7-001 to 020): a
    negated figure ("None of its 21 crew members were hurt", "Neither of the two drivers",
    "No one among the 112 miners"), bodies exchanged between the sides ("brought home the
    bodies of 909 fallen soldiers", "31 bodies were handed to Russia", "Kyiv received the
    bodies of ...") next to bodies pulled from rubble, a further figure in the next
    sentence whose harm follows a short phrase or is "taken to hospital" ("A further four
    people on board were taken to hospital", "Another 22 people who were inside the
    building were injured") next to a different group noun that stays apart ("Another six
    passengers" after "Two civilians"), the salvo named by its origin as the subject of its
    outcome ("two drones launched from Yemen were also shot down"), a past month of a given
    year ("in July 2025") and one-sentence recaps ("As Ukrinform reported earlier, ...",
    "As previously reported, ..."); 2 hard negatives. Batch 2 (dnum7-021 to 026, from a
    second round of real Ukrinform, Lebanon and Sudan pages): a sentence whose subject is
    an earlier report ("An unconfirmed earlier report by a Telegram channel, ..., had put
    the number of dead at nine", "Initial reports said ..., but ... later put the toll at
    six"), a subgroup after a one-person item ("Among the dead were a woman and her three
    children. Six others were wounded") and "As reported by Ukrinform, ...". Batch 3
    (dnum7-027 to 031, from probing the extractor with partitive tolls and a third round
    of real regional roundups): "Two of the 19 sailors on board were killed", "Of the 31
    people on the bus, six were killed", "Three of its 40 employees at the depot were
    wounded", "shelled Kherson and 14 more settlements ..., killing two people", "two
    more warehouses", and "Two more people died in hospital" after a toll of two.

    Labelled before any fix. First score of batch 1 (19 passages, the honest unseen-text
    figure): strike .727 (P .571), interception .667, casualty .529 (P .391, R .818).
    Two of its labels were then changed to follow ``num4-014`` (dnum7-010: "Another six
    passengers" after "Two civilians" is two records; dnum7-011 now says "four people")
    and the Kremenchuk passage dnum7-013 was added with batch 2; batch 1 as it stands on
    the unfixed extractor: casualty .579 (P .440, R .846). Batch 2 on the unfixed
    extractor (written after batch 1's fixes; no strikes or interceptions labelled):
    casualty .727 (P .667, R .800). Batch 3 on the unfixed extractor: casualty .429 (P
    .375, R .500). The whole file on the unfixed extractor: strike .727, interception
    .667, casualty .595.

    Decisions it adds to the conventions:

    - "None of / Neither of / No one among (the) N people were hurt" is no record.
    - Bodies handed from one side to the other (repatriated, exchanged, "brought home",
      "handed to Russia", "Kyiv received the bodies of") are no casualties; bodies pulled
      from rubble or taken to hospitals stay the dead, even when "handed over to relatives".
    - "Another N people ... were taken to hospital" completes the killed-only record of the
      sentence before (the harm may follow a short phrase: "who were inside the building
      were injured"); "Another six passengers" after "Two civilians were killed" is a
      different group noun and stays its own record, as "Two more passengers were hurt"
      does in ``num4-014`` (``art7-04`` relabelled to match).
    - "N drones launched from X were (also) shot down" is all of N; "... were tracked and
      five were shot down" is five of N.
    - "in <Month> <Year>" dates a figure to a past month: background, as "in 2024" is.
    - A sentence opening "As reported earlier", "As previously reported", "As X reported
      earlier", "As Ukrinform reported" or "As reported by Ukrinform" (the outlet's own
      name) recaps an earlier story: no events. "As reported by X" (anyone else) and "As
      noted" are attributions and keep their events.
    - A sentence whose subject is an earlier, initial or preliminary report or estimate
      gives no casualty, unless the figure follows a turn ("but ... later put the toll at
      six"); a figure in the next sentence without "another"/"more" stays its own record.
    - "Among the dead were a woman and her three children" is a subgroup record (children
      3); "Six others were wounded" in the next sentence completes the main toll.
    - "N of the M <group> (on board, at the depot) were killed" counts N of that group
      (the M are those present, no record); "Of the M people on the bus, N were killed"
      is N killed, the M no record.
    - "N more <things>" ("14 more settlements", "two more warehouses") is no casualty
      figure, whatever harm word stands nearby.
    - A toll marked as further people ("Two more people died in hospital") is never a
      restatement of an equal figure told before: a record of its own.

``dev_numeric8.jsonl``
    The numeric detectors against ``dev_numeric8.jsonl``: condition subgroups (the lead's
    decision) and the numeric errors of about 30 real wire excerpts (Russian MoD per-region
    claims, Kherson and Belgorod governors, Kharkiv glide bombs, Zelensky's weekly and
    seasonal totals, Gaza, Lebanon, Sudan, Yemen launches), sorted into categories.

    Original passages (2-4 sentences). dnum8-001 to 005: "Three of the wounded were in
    critical condition", "Of the wounded, two are in serious condition", "two of the wounded
    remained in intensive care", "Six of the dead were children", and two hard negatives
    ("All four injured were taken to hospital", "All of the injured are now in stable
    condition"). dnum8-006 to 027, one category each: an earlier figure in the pluperfect
    with an adverb ("had earlier said nine people were killed", "had previously reported"),
    a past month's incident or total ("Last month, ...", "Earlier this month, ..."),
    "martyrs" as the dead (and "Martyrs Square" as no figure), a preliminary figure stated
    now ("Preliminary information indicates", "Preliminary figures show") next to one
    superseded ("Initial reports had said two ..., but ... later put"), a season's total
    ("Over the three winter months", "During the summer", "Over the winter months") next to
    the week's or night's own figures, a title-case headline whose figure sums or restates
    the story's, "also wounded 23 others" / "Five other people received shrapnel wounds"
    completing the record of the sentence before (but "also wounded six others in
    Marhanets", another place, stays apart), and weapon names in quotation marks ("112
    ‘Shaheds’", "17 'Geran' drones"); 4 hard negatives. Round 2 (dnum8-028 to 033, from a
    second set of real Zaporizhzhia, Kyiv and Israel/Lebanon pages): "..., destroying 18
    homes" after a weapon list (damage, not an air-defence outcome) and rates ("about 2,000
    shells per day", "about 20 drones per week", "on average five civilians a day") next to
    the day's own figures. Round 3 (dnum8-034 to 038, from real Moscow mayor, air force and
    U.S. Central Command pages): "repelled an attack by six drones", "destroyed one inbound
    anti-ship ballistic missile and three unmanned aerial systems", "two incoming cruise
    missiles", and "repelled 12 attacks by Russian infantry" as a hard negative. Round 4
    (dnum8-039 to 042, from the Ukrinform and AFP pages of rounds 1-2): a bare "As reported,
    ..." recap (Ukrinform's formula) and the other side's toll after a running total ("On
    the Israeli side, 22 soldiers and 25 civilians have been killed").

    Labelled before any fix. First score of 006-027 (the honest unseen-text figure):
    strike .400 (P .333), interception .750, casualty .552 (P .500, R .615); of 001-005
    before the condition rule: casualty .769 (R .625); the first 27 passages on the
    session's starting extractor: strike .400, interception .750, casualty .619. Round 2
    before its fixes: strike .833, interception .400, casualty .800; round 3: interception
    .000 (0 of 5); round 4: casualty .333 (P .200).

    Decisions it adds to the conventions:

    - A stated condition subgroup of the injured ("Two of the injured were in serious
      condition", "Of the wounded, two are ...", "remain in intensive care", "were
      seriously hurt") is its own record, injured N, group "people"; "All 14 of the
      injured ..." restates the total: none (``dnum-052`` relabelled to match).
    - "had earlier / previously / initially said|reported|put" is a superseded figure.
    - A sentence opening "Last month," / "Last year," / "Earlier this month," dates its
      figures to the past: background, as "in July 2025" is; "this month" and "in the last
      week alone" stay ("the school, rebuilt last year, ..." dates something else).
    - A season ("over the three winter months", "during the summer", "over the winter
      months") is background, as "this winter" is.
    - Lower-case "martyrs" are the dead ("left 13 martyrs", "the number of martyrs ...
      reached 22").
    - "Preliminary reports/figures/information indicate|show|suggest|say" is the current
      figure; "Initial reports had said ..." stays superseded.
    - A title-case headline (its own first paragraph, no closing punctuation) gives no
      event.
    - "also wounded N others" and "N other people received (shrapnel) wounds" complete the
      killed-only record of the sentence before, unless they name another place ("taken to
      hospital in Melitopol" names where they are treated, not another place).
    - A weapon named in quotation marks is its noun.
    - "destroying/destroyed N homes (buildings, houses, warehouses, ...)" is damage: no
      shoot-down outcome for the weapons before it, which stay strikes.
    - A rate ("per day", "per week", "on average") is no report.
    - "repelled an attack by N drones" is launched N, intercepted N, ``all_intercepted``
      (as ``dev-036`` labels it with "all of which were shot down").
    - "unmanned aerial systems" (UAS) are drones; "inbound"/"incoming" qualify the weapon.
    - A sentence opening "As reported," recaps an earlier story (as "As reported earlier").
    - "On the <X> / other side, ..." right after a running-total toll is the same tally for
      the other side: background, unless it names its day ("on Sunday", "overnight").

``dev_numeric9.jsonl``
    The numeric detectors against ``dev_numeric9.jsonl``: the numeric errors of
    ``dev_articles8.jsonl`` (16 everyday articles by an independent annotator), sorted into
    categories, each with original passages (2-4 sentences) and hard negatives.

    Round 1 (dnum9-001 to 020): breakdowns of a total ("including 31 from multiple rocket
    launchers and 95 drone attacks", "Among them were 6 airstrikes on Bilozerka and Sadove,
    120 drone attacks and ..."; "Among them were Orikhiv and Huliaipole" as a negative), a
    compound weapon subject ("Russian mortars and FPV drones hit ... 35 times"; "artillery
    shelled ... 12 times, and kamikaze drones later struck" stays artillery), "one combined
    strike and 29 group strikes" (a lone "One strike damaged a school" as a negative), a
    qualified total of a share ("two of the roughly 15 drones"), "31 of the rockets launched
    from Lebanon were intercepted" pointing back to "fired about 40 rockets" two paragraphs
    up, a stated total told as a tally ("putting the total number of air targets downed at
    369 out of 410"), "destroyed 17 unmanned aerial vehicles" (no damaged vehicles; "destroyed
    17 vehicles in a car park" as a negative), "Three of them have been taken to hospital" /
    "Twelve of them remained in hospital, four in a serious condition" ("All of them were
    later released" as a negative) and the war's opening attack as background ("killed in the
    Hamas attack that started the war"). Round 2 (dnum9-021 to 028, written after the
    articles' remaining errors): a toll update's wounded figure in the next sentence ("rose
    to 9 ... . Lysak said 31 people had been wounded"; "In a separate attack on Okhtyrka"
    stays apart), "three of the people wounded ... died overnight", "Another 14 were being
    treated" ("treated 40 patients ... last winter" as a negative), and a city's share of a
    shoot-down told by where the drones were heading ("seven of the drones had been flying
    toward the capital"; after a launch alone it is no interception).

    Labelled before any fix and measured on the unfixed extractor: round 1 strike .571
    (P .667 R .500), interception .429 (P .500 R .375), casualty .615 (P .667 R .571); round
    2 interception .857 (R .750), casualty .353 (P .375 R .333); the whole file strike .609,
    interception .571, casualty .467.

    Decisions it adds to the conventions (the ``dev_articles8`` annotator's calls):

    - "Among them were N <attacks>, M <attacks> ..." breaks the total before it down: each
      item is a strike, and an item may carry its own target ("on A and B") before the next.
    - A share read with "from MLRS" continues a list: "including 47 from MLRS and 160 drone
      attacks" gives both.
    - A compound subject of weapons ("artillery and kamikaze drones hit ... 20 times") is a
      mixed list: ``other``.
    - "one <adj> strike and N <adj> strikes" counts the one (1 and N); a lone "one strike"
      does not.
    - "N of the (roughly|about|nearly) M drones" is N of M.
    - "N of the rockets launched from X were intercepted" is a share, not the whole salvo: it
      pairs with the earlier launch figure.
    - "the total number of air targets neutralised at N out of M" is a stated total: mixed.
    - "N of them have been taken to / remained in hospital" and ", M in a serious condition"
      after an injured figure are their own records (injured, "people"); "hospitalized" is
      left out while ``dev_articles5`` (art5-09) labels "Five of them were hospitalized" as
      no record.
    - A toll update ("the death toll ... rose to N") and the next sentence's plain wounded
      figure ("X said M people had been wounded") are one record, unless it says "separate",
      "elsewhere" or names another place.
    - "N of the (people) wounded ... died" is killed N; "N others were (still) being treated"
      is injured.
    - "N of the drones had been flying toward <city>" right after a shoot-down report is that
      city's own interception.
    - An attack "that started / triggered the war" dates its toll to the war's start:
      background.

``dev_numeric10.jsonl``
    The numeric detectors against ``dev_numeric10.jsonl``: the numeric errors of
    ``dev_articles9.jsonl`` (12 everyday, numeric-heavy articles by an independent
    annotator), sorted into categories, each with original passages (2-4 sentences) and
    hard negatives (dnum10-001 to 039).

    Categories: a second verb of one subject keeps its own weapon ("attacked X with 38
    drones ... and shelled Y 14 times" is artillery 14); tolls and attacks dated to the
    past ("during the 2023-2024 war", "the attack of October 7, 2023", "A year ago this
    week", "Two years ago"); rates and needs ("would have to bring down 1,000 drones a
    night", "assembles 3,000 drones a month"; "a night missile strike" stays); people
    treated for anxiety, stress, panic or shock are not the injured; "lost locally" is no
    shoot-down, but its sentence is part of the air-defence report (hits two sentences
    later stay leftovers); a lede's nationality toll and the hospitals' fuller count are
    one record ("killed 27 Palestinians" / "Hospitals received 27 bodies and 64
    wounded"); "struck X with 26 drones" is a launch a later "19 of the drones" pairs
    with (unpaired it stays a strike); "Two of the three drones" paragraphs after "fired
    ... three drones" consumes that launch; a verbless "It listed six over the Oryol
    region and four over Crimea" continues a per-region list ("had been tracked" after
    it does not); "He listed 9 airstrikes on A and B, 240 drone attacks ..." breaks a
    total down; "14 U.S. and Israeli air strikes"; a named cut ("including three port
    workers") and a condition cut ("Three of the injured were in a serious condition")
    sharing a figure are two records; tally lines ("- Sumy region: 3 injured") are one
    record each, never restating each other, and a governor's "two women aged 61 and 70
    were killed" restates its line; "Four of the dead were in Pokrovsk and one in
    Myrnohrad" (not "in their eighties"); "..., four of whom were taken to hospital"
    (not "two of whom were in intensive care" after a killed figure); "rose after
    rescuers pulled three more bodies" and "had first counted nine dead" are no records;
    ", two years after a missile strike ... killed 37 people" tolls the earlier strike
    ("A year after the ceasefire collapsed, shelling killed 4" is the news).

    Labelled before any fix and measured on the unfixed extractor: strike .800 (P .750
    R .857), interception .769 (P .769 R .769), casualty .708 (P .657 R .767); after the
    fixes 1.000 each.

    Decisions it adds to the conventions (the ``dev_articles9`` annotator's calls):

    - "lost locally" is not intercepted; hits after such a report stay part of it.
    - A rate ("N drones a night/a day/a month" after a plural noun) is no report.
    - "N others for anxiety/shock/stress/panic" is no injured record.
    - Men or women told in prose restate a tally line with the same figure; a named
      cut ("including two women") never restates.

``dev_numeric11.jsonl``
    The numeric detectors against ``dev_numeric11.jsonl``: numeric errors found on real
    wire copy from less-covered styles (Israel-Iran and Israel-Hezbollah barrages, Gaza
    civil-defence and health-ministry tolls, RSF drone attacks in Sudan, India-Pakistan
    shelling, Russian border governors, monthly drone tallies), sorted into categories,
    each with original passages (2-8 sentences) and hard negatives (dnum11-001 to 027).

    Categories: a comparison's baseline is no event ("a rise from the 4,870 drones it
    sent in September", "up from the 356 drones destroyed a week earlier", "compared with
    the 30 drones it reported downing the night before"); people taken hostage, abducted,
    kidnapped, captured or missing are no casualties ("killing 17 people, with 40 others
    abducted"); the toll of an earlier attack invoked as motive or date is background ("to
    avenge an air strike that had killed 14 of its officers", "on the anniversary of the
    attack that killed 26 tourists", "in retaliation for a rocket attack that killed 12
    children"); group nouns "troopers", "members of the <Name> family" and singular
    "one sailor"; "injured 13 more over the past day" (a time phrase after "N more" when a
    harm verb touches the figure; "shelled Marhanets nine more over the past day" stays no
    casualty); people put at risk are no casualties ("putting the lives of 240 patients at
    risk", "endangering the lives of 260,000 civilians"); a total counted from a past
    point is a running total ("since the end of May", "since late October", "since
    mid-March"); people who speak are witnesses, not the harmed ("One resident told
    Reuters that six people had been killed" is six, not also one), and a lone "one
    officer" counts only with its own harm word ("one medic was wounded").

    Labelled before any fix and measured on the unfixed extractor: strike .824 (P .700
    R 1.000), interception .667 (P .500 R 1.000), casualty .596 (P .538 R .667); after the
    fixes 1.000 each.

``dev_numeric12.jsonl``
    The numeric detectors against ``dev_numeric12.jsonl``: three conventions the lead
    decided on real copy, with original passages (2-8 sentences) and hard negatives
    (dnum12-001 to 016).

    Conventions: one figure covering several weapon types ("5,660 missiles and long-range
    drones", "more than 80 rockets and drones") is one strike with weapon ``other``, while
    per-type figures ("62 drones and four Iskander-M") stay their own strikes; a launch
    figure followed by an outcome without a number ("most were intercepted", "some of
    which were shot down", "the majority were shot down") is one interception (launched N,
    intercepted null, not all) and no strike, "all were intercepted" stays all of them,
    and a vague outcome in another paragraph about another attack converts nothing; a
    shoot-down over a place that differs from the launch's target and is not inside it
    ("100 drones at Port Sudan ... 14 drones over Kassala") stays apart (a strike for the
    launch, an interception with launched null), while a city inside the region named or
    a place named on one side only pairs as before. Labels changed: num6-008 and num6-013
    (a launch plus "Most of those rockets were intercepted" / "the majority were
    intercepted") from a strike to an interception with launched only.

    Labelled before any fix and measured on the unfixed extractor: strike .353 (P .333
    R .375), interception .533 (P .667 R .444), casualty 1.000; after the fixes 1.000 each.

``dev_numeric13.jsonl``
    The numeric detectors against ``dev_numeric13.jsonl``: families found by running the
    extractor on ~45 real excerpts (fifth session) of less-covered copy (Israel/Lebanon
    rocket fire and Iron Dome, Houthi launches and U.S./UK navies, Russian MoD bulletins,
    General Staff summaries, Gaza/Lebanon/Syria/Sahel/India-Pakistan tolls, MDA and
    hospital figures), then written as original passages (dnum13-001 to 038, 4 hard
    negatives; statements not labelled).

    Families: an outcome without a number ("a number of the projectiles were
    intercepted", "most of the weapons were shot down", "several of them were downed") is
    an interception with the launch figure only; the hits left over from an interception
    ("the three other rockets struck near homes") are no strike; "one missile missed,
    while the other two were shot down" and "one splashed down; the other one was
    intercepted" are N launched, the others intercepted ("missed"/"splashed" is no
    shoot-down; "were aimed at" is a launch); a salvo with an aside before its outcome
    ("Three rockets fired from Syria, apparently by a militia, were intercepted") is all of
    N; bulletin list lines ("8 – over the territory of the Kursk region,") and "as well as
    six drones over the waters of the Sea of Azov" are per-region shares; whole-war tolls
    "during more than seven months of war" and "since the siege of El Fasher began" are
    background; condition breakdowns ("including one in serious condition and 13 with
    light injuries", "with two in moderate condition and 21 lightly wounded") and the
    appositive "two of them critically" are subgroup records, "none of them seriously"
    and "all of them lightly hurt" are not; "the number of fatalities has grown to five";
    "the deaths of two soldiers and the injury of another four" is one record; a toll
    whose wounded figure follows an "among those killed" subgroup in the next sentence is
    one record; "nine army soldiers and five National Defence Forces militiamen", "five
    minor children"; "Of the 46 people who died, seven were children" is a killed
    subgroup; "rounds from multiple launch rocket systems" and "shellings with rocket
    artillery" are MLRS; a related story's headline between paragraphs ("Kyiv downs 16 of
    20 Russian drones in night attack, air force says") is no event.

    Labelled before any fix and measured on the unfixed extractor (after only the
    appositive condition-subgroup reading of this session's convention change): strike
    .308 (P .222 R .500), interception .714 (P .800 R .645), casualty .714 (P .800 R
    .645); after the fixes strike 1.000, interception .984, casualty 1.000. Miss left: the
    appositive share "The largest share, 17, was destroyed over the Kharkiv region".

    dnum13-039 to 049 back the fixes for ``dev_articles10.jsonl``'s numeric errors (an
    everyday set written blind; first measured strike .982, interception .900, casualty
    .829): a per-region list opening a new paragraph ("Of those, 19 were destroyed over
    ...") takes its weapon from the paragraph before; a speaker's own aside ("who has
    worked there since ... 2023, said that nine of the wounded ...") dates no figure;
    "killed three people in Kharkiv ... and 14 were wounded in Zaporizhzhia" is two
    records; "That war killed some 4,000 people" and "a 2022 ambush in which 27 soldiers
    were killed" are background, people driven or forced from their homes no casualties;
    "at times firing more than 700 drones in a single night" is a habit, no strike; an
    incident dated "In March, ... when" or "in July when" is background; "24 kills" counts
    downed targets; "By mid-afternoon, he put the toll at three dead" is superseded; "Of
    the wounded, 12 were still in hospital" is a care subgroup; a live blog's correction
    that "lowered the toll from the strike on the house in Jabalia to 14" supersedes the
    earlier entry's toll, and its "Six of the dead were children" restates "including six
    children". These eleven were written after the fixes (no first score of their own;
    the honest figure is ``dev_articles10``'s). ``dev_articles10`` after the fixes:
    strike, interception and casualty 1.000.

    dnum13-050 to 054 come from a third round of real pages, written after their fixes:
    "launched a complex attack and a total of 15 drones, three missiles ... were shot
    down" (a list as the subject of the shoot-down); "All threats were eliminated" after
    a launch is all of each weapon; "The remaining ten drones were intercepted" three
    sentences after the launch pairs with it; "150 drones attempted to penetrate" is a
    launch; the appositive after a dash ("wounding 17 people — three of them seriously").
    dnum13-055 to 057 likewise: "put the death toll at 27 and the injuries at about 80";
    "112 Druze fighters", "95 government security personnel", "12 Sunni Bedouin"; "shot
    down all of them over the Poltava and Sumy regions" after a launch from elsewhere;
    dnum13-058: "intercepted four guided aerial bombs" (bombs are only ever an outcome for
    the air-defence reader; "dropped 30 guided bombs" stays a strike). Whole file after
    every fix: strike 1.000, interception .989, casualty 1.000.

``dev_numeric14.jsonl``
    Back the fixes for ``dev_articles11.jsonl``'s numeric errors (an everyday set written
    blind; first measured strike .949, interception .852, casualty .884, and .949 / .923 /
    .929 on the extractor this round started from) and the misses the fifth session's
    first numeric round left (statements not labelled). dnum14-001 to 025 were written
    before any fix. Families: a share naming a missile class ("three of the ballistic
    missiles") pairs with the launch of that class, not the nearest missile launch; a
    tally's total line ("Total: 152 air targets, 126 of them neutralised", "Overall: 87
    targets, of which 70 ...") is one mixed interception, the first figure the launch;
    one figure for the dead and wounded together ("lost 1,040 troops killed or wounded",
    "came to 1,020 killed and wounded") is no record; a sentence opened by "Since October
    2023" is a running total, "last July, when", "last August", "The week before, he had
    said", "A week earlier" and an incident with its own date ("a bombing on May 14, in
    which ...", "came on Sept. 7, when ...") are background; a place list "Two died in A,
    one in B and one in the village of C" keeps every item (neighbouring items never
    restate each other), "three of them in the Izium district" is a place subgroup and
    "two each in A, B and C" one record per place; a hospital's share ("had admitted 23
    of the injured", "took in 14 of the wounded") and "Four of the injured were in
    hospital" are care subgroups (num4-036 relabelled so); "194 of whom were summarily
    executed" is a killed subgroup; "The largest share, 17, was destroyed over X" is that
    region's share; a vague outcome before its launch figure ("Most of the projectiles
    were intercepted ... About 30 rockets were fired") is one interception with the launch
    only; "recorded the destruction of two guided aircraft bombs" is an outcome.

    First score of dnum14-001 to 025 on the unfixed extractor: strike .545 (P .375 R
    1.000), interception .667 (P .750 R .600), casualty .636 (P .700 R .583); after the
    fixes 1.000 each. The later passages were each written as a group before the fixes
    they led to, and measured on first contact with the extractor of that moment:
    dnum14-026 to 043 vary the same families (strike .750, interception .923, casualty
    1.000; then "Overall: 87 targets, of which 70 ..." and "came on Sept. 7, when" were
    covered); 044 to 049 toll-number phrasing (casualty .957: ", to 132" after "rose";
    "The number of those killed ... has risen to 41. The number of wounded also rose"
    stays two records, as dnum2-020 is labelled); 050 to 063 everyday shapes (1.000
    each); 064 to 072 one attack told over two sentences (interception .692, strike 0
    with two spurious: "came under attack from 20 drones", "none were shot down" after
    two launches is 0 of each, "48 drones were heading for the Kharkiv region" is a
    launch while "nine of the drones were heading for the capital" stays a share, "with
    some intercepted" is a vague outcome); 073 to 082 casualty shapes (casualty .900:
    "Seven of the 16 were taken to hospital", "Three of their colleagues were injured");
    083 to 092 weekly MoD summaries, Iran, Sudan (interception .800: "was carried out
    with at least 20 drones" is a launch); 093 to 102 hard negatives (1.000; dnum14-101
    "two missiles hit the port" was relabelled a strike, as art6-06 and dnum-025 label a
    standalone hit); 103 and 104 two long passages (casualty .933: "Twelve of them died in
    a strike on a house in Jabalia" is a share of the toll, "debris from one of them
    wounded four" is not); 105 and 106 were written after their fixes; 107 to 120
    outcome verbs (strike .500, interception .778: "took out 380 drones", "knocking out
    61 Shahed-type drones", while "knocking out power" stays damage, 121); 122 to 131
    TASS and Houthi copy (strike .800: "..., Zelensky said, along with 1,100 attack
    drones"); 132 to 140 counts in words (interception .750, casualty .909: "More than
    half of the 90 drones were shot down" is 90 launched, "18 soldiers were wounded in
    fighting in the Gaza Strip over the past day, three of them seriously"); 141 to 149
    (casualty .857: "Five of the dead were from one family"); 150 to 152 full articles
    with datelines (1.000); 153 to 160 translated regional bulletins (interception .923:
    "2 HIMARS shells"); 161 to 168 Gaza, Sudan and Sahel tolls (casualty .824: "two were
    seriously wounded", "19 people in Gaza City, including a journalist, and 12 in Khan
    Younis"); 169 to 174 one attack spread over sentences and places (strike 0 with one
    spurious, interception .375: a region's share told before the total, "Over the Kyiv
    region, 20 were shot down ... In total, air defences destroyed 58", leaves the launch
    to the total; "over the Chernihiv region, 11" is a share with its place first; "None
    of the Kh-22s could be intercepted" is 0 of the launch); 175 to 180 more spread-out
    reports, 181 to 188 strike wording (1.000 each; dnum14-188 "used 14 Molniya drones
    ... Most were jammed" was relabelled an interception with the launch only, jamming
    being an interception), 189 to 196 hard negatives (1.000) and 197 to 205 casualty
    shares (casualty .917: "Of the 23 wounded, 17 remain in hospital" with the total
    restated, "31 people had died, 16 of them in the town of Balakliia" with no place
    before); 206 to 211 Israel, Iran and the Red Sea (interception .889 with one
    spurious strike: "the vast majority were intercepted" is a vague outcome), 212 to 216
    weekly totals and 217 to 222 capability, rate and plan negatives (1.000 each), 223 to
    225 vague outcomes about another attack (strike .857, one spurious interception: the
    vague-outcome-first reading above took "Most of the drones were shot down over Kyiv"
    for "In the Odesa region, Russia sent 30 drones"; a launch sentence naming a place
    the outcome's sentence does not now stays a strike); 226 and 227 two more full
    articles (1.000 each). Whole file
    after the fixes: 1.000 each; ``dev_articles11`` after the fixes: strike, interception
    and casualty 1.000.

``dev_numeric15.jsonl``
    Original passages (statements not labelled) written in the fifth session's third
    numeric round after reading real pages from outlets the earlier rounds covered less
    (Anadolu and Xinhua Gaza copy, Xinhua/TASS Russian MoD items, Kyiv Independent and
    Ukrinform-style regional roundups, translated tolls such as "2 persons were killed, 5
    more were wounded"), in single short items: odd "X of Y" forms, word figures ("a
    dozen" counts; "dozens", "scores", "hundreds" do not), two sources' tolls (both
    labelled), soldiers beside civilians, single unnamed people (no count) and hard
    negatives (production, ground assaults, combat clashes). Families fixed: "40 drones,
    out of a total of 52 launched" is 52/40 like "out of 52"; "took down" and "knocked
    down" are shoot-down verbs ("Of the 35 Shahed drones ..., air defence took down 29" is
    35/29, not a strike); "Those killed numbered 2, and 6 were injured" and "those injured
    over the past day numbered 9" are tolls; "including 12 who were waiting for food" and
    "among them 5 who were selling vegetables" are subgroups of the figure they break down
    (group "people"); "two of the victims are children" after a one-kind record, also
    after "According to X,", is a subgroup of that record's kind ("victims" after a record
    of both kinds says neither: no record).

    First score of dnum15-001 to 030 on the unfixed extractor: strike .933 (P .875),
    interception .880, casualty .909; 031 to 039 varied the same families and were
    measured on first contact after the first fixes (casualty: "those injured over the
    past day numbered 9" missed); 040 to 049 Israeli rocket reports, BBC-style tolls and
    Moscow's mayor (first contact: interception .875, casualty .667). Two more families
    came from them: a hyphenated "surface-to-surface" (any "X-to-Y") is a weapon modifier,
    so "Three surface-to-surface missiles ..., adding that all of them had been
    intercepted" is 3/3 all; "needed hospital treatment" (or "required medical care") is
    injured, and "another 14 people needed hospital treatment" completes the toll of the
    sentence before. 050 to 058 Sudan, Kryvyi Rih and Ukrinform-style roundups (first
    contact: strike 0, casualty .800) added three: "The number of people hurt ... has
    reached seven" is a toll ("hurt" as "injured"); "high-explosive" is a weapon modifier
    ("with four high-explosive missiles" is a strike of 4); "at least 60 others had been
    injured" (the auxiliary "had been") completes the toll of the sentence before, as
    "were injured" did. 059 to 068 vary "X of Y", word figures and two-source tolls
    (1.000 each on first contact). 069 to 077 translated Ukrainian bulletins (first
    contact: strike .444, interception 1.000, casualty .889) added three: "14 strikes by
    UAVs and 3 strikes by MLRS" takes the weapon after "by" as "with" does; "air" is a
    weapon modifier ("2 guided air missiles"); a place list after a colon ("3 people were
    killed in the Donetsk region: 2 in A and 1 in B") shares out the total, so each place
    is its own record and "Another 8 people were injured" completes the total, not the
    last place. 078 to 085 two-source tolls, soldiers beside civilians and combined losses
    (first contact: casualty .933, the rest 1.000) added one: "1,150 Russian soldiers had
    been killed or wounded" is one figure for both kinds (no record), as "1,040 troops
    killed or wounded" already was. After the fixes 1.000 each; no other set moved.

``dev_numeric16.jsonl``
    Original passages (statements not labelled) written in the sixth session. dnum16-001 to
    020 come from the misses the fifth session left and ~35 real excerpts (Ukrinform, UNN,
    Interfax-Ukraine and TASS regional and air-defence items): "came under fire N times"
    with no weapon is ``other`` (as "fired 356 times", dnum15-077; "came under fire from
    multiple rocket launchers" names MLRS, "from" opening the weapon as "with" does); a
    share given as a percentage ("about 80% of the drones were downed", "downed about 70
    percent of the 95 drones") is an outcome without a figure, so the launch is an
    interception with ``intercepted`` null; translated "struck the region 412 times a day"
    is the day's count ("up to 30 times a day" stays a rate); "21 strikes via kamikaze
    drones" names drones; a toll updated later in the article ("the number of people
    injured had increased to 19", "the death toll has since risen to five") supersedes the
    nearest earlier toll of that kind, people and place; a care subgroup past an aside
    ("Four of them, including a 10-year-old girl, have been taken to hospital"); "At that
    time," / "Back then," after a sentence dated to a past month or year tells that past; a
    restated total whose places are a list of regions names no one place (so it merges with
    the lede). "one of them a minor" / "one of them a teenager" gives no subgroup record, as
    art-04 and art7-04 label it ("a child" is no count). First score of dnum16-001 to 020 on
    the unfixed extractor: strike .400, interception .400, casualty .846.

    dnum16-021 to 044 back the fixes for ``dev_articles13`` and ``dev_articles12`` (two
    everyday sets written blind in this session): "nine of the dead, including three women,
    were killed when ..." (an aside before the verb), "two sisters aged 8 and 11", "one of
    them in moderate condition", "suffered severe burns", "during the 13 months of
    fighting", "a 12-day war", "during the same period" after a background sentence, "in
    March in which", "Three drones that flew in from Lebanon were shot down" (a relative
    clause describes, launched null), "None of the four Iskander-M missiles, which were
    fired from ..., was intercepted" (4/0), "Eleven of those attacks were carried out with
    guided aerial bombs, and 40 of them with FPV drones", hits told city by city after the
    night's air-defence report (leftovers, no strike), "involved 4,120 kamikaze drones",
    equipment-loss tallies with tanks (no interception), "Three of the victims were killed
    in Kramatorsk and two in Sloviansk", "all three had been taken to hospital" (no
    record), "one massive and 28 group strikes", a launch figure restated by "of the 210
    drones, 171 were shot down" in the next paragraph (one interception, no strike), "...,
    and 268 drones, it said, while another 30 drones were lost locally", "The missiles
    were not intercepted" (a zero in a sentence of its own), "nine were Kinzhal hypersonic
    missiles, of which only four were intercepted", "the number of injured has risen to
    11" beside "three dock workers were killed" (two records), "the city of Vasylivka" as a
    place, "The conflict, now in its third year, has killed", "had dropped ... in September
    alone". First score of dnum16-021 to 044 on the session's starting extractor: strike
    .400, interception .643, casualty .526. After the fixes 1.000 each.

    dnum16-045 to 067 come from ~30 more real excerpts (UNN, Ukrinform, Interfax-Ukraine,
    TASS, Kyiv Independent roundups), each group measured on first contact with the
    session's starting extractor: 045 to 052 (strike .286, casualty .667: districts the
    places list lacks keep two "one person was injured" apart, "another 95 drones missed
    their targets" is lost, not a strike, "The attack came two days after Russian missiles
    killed 14 people" and "between March and June" are background, "16 strikes via
    drones", "came under fire from mortars 19 times"); 053 to 057 (strike .706, casualty
    .667: "four strikes involving MLR systems", "..., targeting houses near the school, as
    well as 31 UAV attacks", "attacked Kutsurub community nine times with FPV drones"
    beside nine Shahed drones shot down are two events, ", two are in hospital"); 058 to
    060 (casualty .571: "aged 19, 33, and 57" is a list of ages, "two people aged 45 and 48
    were killed", "individuals"); 061 to 063 (strike .667: "Another 21 drones reached their
    targets" after the report is a leftover, "Three drones hit a grain terminal" with no
    report stays a strike); 064 to 067 (casualty .333, strike 0: "killed one person and
    injured another", "injured another 19", "wounding another woman" is no count, the other
    side's hits after a report ("three Ukrainian drones hit a fuel depot") stay strikes);
    068 and 069 (interception .667: "31 of the 36 Shahed drones launched by Russia overnight,
    as well as three Kh-59 missiles" keeps the missiles an outcome, "lost in tracking"); 070
    ("52 drones and 7 missiles, of which 45 drones and 5 missiles were destroyed": the figure
    before "of which" is the launch, not the head of the shoot-down list); 071 and 072
    (strike .667: "In the Pokrovsk direction, the enemy attacked 38 times near Rodynske" names
    no weapon in a per-direction summary: ground assaults, as "attacks ... were repelled");
    073 and 074 (casualty .667: "9,870 people have been killed and 40,115 wounded since the
    Israeli army resumed its offensive", where a thousands comma no longer ends the clause,
    and "since a cross-border attack by ... Hamas on Oct. 7, killing more than 22,000" are
    running totals); 075 to 077 (casualty 0: "announced on Saturday that
    one person was killed" is a count, only a sentence's "That one" is a pronoun; "fired four
    ... missiles ..., adding that one missile struck the vessel" is some of that launch, no
    strike; hits after CENTCOM's shoot-down are leftovers, while a hit by the side whose air
    defence reported stays a strike); 078 (interception 0: "The air force counted 64
    Shahed-type drones" is a launch figure); 079 and 080 (strike 0, interception .889: "Most of
    them were shot down" after two launches answers both; "6 Kinzhal aeroballistic missiles, 3
    Iskander-M, 15 Kalibr ..." keeps its list going past a launch the report took, so the
    Iskanders, which no outcome names, stay a strike); 081 (interception .667: "Air defence
    destroyed 187 drones, all 11 cruise missiles and one of the ballistic missiles" a
    paragraph after the launch pairs the bare 187 with the drones too, since its siblings
    point back). Whole file on the session's starting extractor: strike .526, interception
    .683, casualty .626 (most groups were written after part of the fixes, so this is no
    first score); after the fixes 1.000 each. No other labelled set moved but these, all up:
    blind strike .984 -> 1.000, blind4 strike .826 -> .844 and casualty .874 -> .884,
    heldout strike .938 -> .969, dev_articles14 interception .955 -> 1.000 (the 081 family).

``dev_numeric17.jsonl``
    Original passages (statements not labelled) written in the sixth session for German
    wire copy machine-translated into English, like the shared sample. dnum17-001 to 030
    back ``dev_articles14``'s numeric misses and the first ~15 translated excerpts (dpa,
    Ukrinform, ORF, n-tv style): "Five people were injured, one of them, a 64-year-old
    man, had to be taken to hospital" (a care subgroup past an appositive); "two men were
    killed ... Four other people were injured" (people besides a specific group are a
    record of their own; after "civilians" or "people" they complete it, as before); "on
    7 October 2023, in which ..." (a day-month-year date); "with 23 drones and multiple
    rocket launchers" (a launcher or "artillery" after the noun is not counted by the
    figure: drone 23, while "14 times with artillery and drones" stays ``other``); a German
    kicker headline ("Night of terror in Kyiv: Russia fires more than 400 drones and
    missiles – Steinmeier in the bunker") restates the story; "Air defence destroyed 368
    drones, all 19 cruise missiles and two of the ballistic missiles" answers the previous
    paragraph's launch list weapon for weapon; "smaller than at the weekend, when Russia
    had sent almost 480 drones" (an earlier night told in the pluperfect); "41 air strikes
    and 63 with multiple rocket launchers"; "three missile attacks with Iskander missiles
    ... were recorded"; "while six remain in hospital"; "17 people have needed medical
    help", "Among them are also two children", "Three people are in a serious condition",
    "the condition of nine other injured is assessed by doctors as moderate" (condition
    subgroups). First score of dnum17-001 to 030 on the unfixed extractor: strike .500,
    interception 1.000, casualty .514.

    dnum17-031 to 073 come from ~50 more translated excerpts, each batch measured before
    its fixes: "unmanned aircraft" and "unmanned flying objects" are drones; the second
    figure of a toll after a fronted "Since the beginning of the offensive almost three
    months ago," and a toll "since the collapse of the truce" are background; "92 flying
    objects" / "51 targets" shot down right after one weapon's launch count that weapon
    (after a launch of several weapons they stay a ``mixed`` outcome); "380 projectiles
    were fired ... Mortars, artillery, tanks, Grad launchers, drones and aircraft were
    used" is ``other``; "28 people (also two children) were killed, 64 more (including
    nine children) were injured" and "31 people (including four children) were rescued"
    (bracketed asides; rescued people are no casualties); "the number of people admitted
    to hospital stands at 27"; "intercepted a large part of the total of 110 rockets"
    (launched 110, intercepted null); "taken to clinics", "Five of the injured were
    admitted to hospitals"; "land-based"/"ship-launched" before a model; "In total, the
    Russian troops had launched 53 drones" after the outcome completes it (not after a
    shoot-down that names its own place); "Seven more were destroyed over the Moscow
    region"; "48 civilians were killed, 29 in El Fasher and 19 in the Abu Shouk camp" (the
    places share out the total); "carried out 52 attacks in the area around Pokrovsk" (ground
    assaults, no strike, as "in the Pokrovsk direction"); "reported 22 missiles and almost
    350 drones from Russia: “Our air defence intercepted most ...”" (a verb inside the
    quote after a colon is not the figures' verb: no event); "The number of dead is thus
    now five" (an adverb after the link verb); "seven people were admitted to a hospital";
    "Last night there were about 40 ballistic missiles in three salvos. Most of the
    projectiles were intercepted" (an existential launch, 40 with intercepted null);
    "Previously there had been talk of two dead and 40 injured" (superseded). First scores
    on the unfixed extractor: dnum17-031 to 042 strike .750, interception .615, casualty
    .667; 043 to 053 interception .545, casualty .500; 054 to 061 strike .667,
    interception .667, casualty .769; 062 to 066 strike .667, interception .667, casualty
    1.000; 067 to 070 casualty .000; 071 to 073 strike .667, interception .000, casualty
    .500 (dnum17-074 guards the "targets" reading: "more than 700 drones ... and several
    Iskander missiles ... 50 aerial targets" stays drone 700 plus a ``mixed`` 50); the whole
    file strike .625, interception .730, casualty .548. After the fixes
    1.000 each; ``dev_articles14`` strike .909 / interception .955 / casualty .923 → 1.000
    each; no other set moved except ``blind3`` casualty .951 → .963 and ``blind5``
    casualty .907 → .919 (tables only). Left unfixed: "14,245 Palestinians were injured
    according to this" after a running total two sentences back; "The first three drones
    were shot down ... The other seven were hit" (no sum is made); "two killed and
    another injured"; "the number of people killed in attacks in Israel since Friday had
    risen to 23" (a whole-war toll the text does not call one).

``dev_numeric18.jsonl``
    Original passages (statements not labelled) written in the sixth session's second
    numeric round for the numeric misses of the blind ``dev_articles15`` (translated German
    copy) and ``dev_articles16`` (everyday English wire). dnum18-001 to 018, measured before
    any fix: "martyred" (already read); "among them three members of the Revolutionary
    Guard", "12 members of its police force were wounded", "Four of the dead were members
    of Hezbollah" (a force's members are a group); "Eleven of the wounded were from the
    Dniprovskyi district", "Nine of the wounded children were moved to a field hospital",
    "operated on 12 of the injured", "Five of the injured women were in a grave condition"
    (shares of the injured told by origin, transfer or treatment, with the group after the
    harm word); "Six villagers, including a teacher and three children, were killed and nine
    others injured" (the "others" complete the head, the children are a subgroup past a
    one-person item); "including an 11-year-old" (already read); "have since been killed"
    (a running total); "12 were lost on radar" (no shoot-down); "Of the total of 222 air
    targets, 190 were thus neutralised" (the ``mixed`` share, like "Of the 222 ...").
    First score strike 1.000 (no strikes), interception .600, casualty .595.
    dnum18-019 to 028 and 031 were written after their fixes (no first score): "in spring
    2022" (a past year's season), "later transferred to", "Of a total of 95 drones",
    "dropped 37 explosive devices from drones" (a drone strike of 37; 022 to 024 scored
    strike .500 before their fix), "some 300 residents of nearby hamlets had been moved to
    a school", "stationed about 2,000 soldiers" (moved, not harmed; "deployed some 10,000
    troops" too), "since the start of the attack" (the attack itself, no running total),
    "Four of them were flown to Karachi", "the official told Reuters by phone, adding that
    six of them were in critical condition" and "Most of the wounded were flown to Damascus
    and three of them were in serious condition" (the injured named just before "them"),
    and "“Two of the injured are in hospital ...”" told before another paragraph's "Two
    people were injured, including a 15-year-old" (a share told first restates no later
    plain report). dnum18-029 and 030 were measured before their fixes (both missed): "In
    June, Russia had launched a record of more than 650 drones in one night" (a fronted
    past month in the pluperfect is background) and "shot down four army drones".
    After the fixes strike 1.000, interception 1.000, casualty .985; ``dev_articles15``
    strike .974 -> 1.000, interception .808 -> .902, casualty .955 -> 1.000;
    ``dev_articles16`` strike .980 -> 1.000, casualty .881 -> 1.000; ``dev_articles7``
    casualty .976 -> 1.000; no other labelled set moved (blind sets' tables unchanged).
    Left unfixed: "evacuated 25 injured people" (an adjective before the group); in
    ``dev_articles15`` the per-model outcome "All cruise missiles were intercepted, while
    only four of the Iskander missiles were shot down" after "the missiles included 14
    ballistic missiles of the type Iskander-M and 34 cruise missiles of the type Kh-101"
    (a launch breakdown after "included" is not read, with or without "of the type"). A
    headline's "Moscow reports more than 100 drones shot down – airports restricted" was
    fixed afterwards (a headline that reports and adds a dash clause restates the story).

``dev_numeric19.jsonl``
    Original passages (statements not labelled) written in the sixth session's third
    numeric round for the misses the earlier rounds left. dnum19-001 to 014, measured
    before any fix: a launch broken down after "included", "comprised" or "among them" and
    answered per class ("All cruise missiles were destroyed, while only five of the Kinzhal
    missiles were shot down"): each class is its own interception and the total it adds
    up to is that report's, no strike (no sum is made); "Two passengers were killed and
    another injured" (the passive "another" is no count, as ``dev_articles16`` art16-04
    labels "two of its soldiers were killed and another seriously wounded"; the active
    "injured another" of dnum16-064 stays a count); "was shelled with 23 projectiles"
    (artillery; "fired 48 projectiles" stays rocket, as dnum17-042 labels it); "evacuated
    25 injured people" (counted; only with "people": the wider group list cost ``blind4``
    casualty .884 -> .874 again); "according to this" after a running total (part of it);
    "the number of people killed ... since Friday had risen to 11" (a toll of recent days,
    an event, as ``dev_numeric3`` decided). First score strike .000, interception .429,
    casualty .706 (two labels were then put in line with existing ones before any fix:
    dnum19-008's "fired 48 projectiles" to rocket and dnum19-004/005's "another" to no
    count; with them the first score is strike .500, casualty .800). dnum19-015 to 023,
    measured after the first fixes: "The first four drones were shot down ... The other six
    hit ..." (intercepted 4, launched null, the other six no strike: hits left over after
    a report), translated German copy (per-region shares "17 of them over the region of
    Brjansk", "Another 14 people were injured according to his information"), and "The
    public prosecutor's office put the number of injured at nine" (completes the toll
    before it): strike 1.000, interception 1.000, casualty .571. dnum19-024 to 029, the
    same way: casualty .571 ("Two further people suffered injuries", "The number of
    injured was given as 83"). dnum19-030 to 037, more translated German copy measured the
    same way: casualty .571, strike and interception 1.000 ("the number of dead rose to
    seven ... More than 30 people were wounded" is one record, as a "death toll" update
    is; "Another 16 were wounded, the military administration wrote on Telegram": a
    channel is no place of its own). dnum19-038 to 043, the same way: strike .750,
    interception .667 ("83 so-called kamikaze drones ... 60 of the drones could be
    intercepted"; "was fired at with rockets of the type Grad 14 times", a rocket as
    ``dev_articles11`` labels "46 Grad rockets", read ``other``); two texts were then made
    two sentences for the structure check ("In total, 60 of the drones ...", a closing
    sentence), their readings unchanged. After the fixes 1.000 each; ``dev_articles15``
    interception .902 -> 1.000 (art15-07); ``blind5`` casualty .933 -> .973 (table only),
    the other blind sets' numeric rows unchanged. Left unfixed: the inconsistency between
    the active and passive "another" (dnum16-064 vs art16-04); a sentence opening with a
    digit after a full stop is not split off by the gold checks' splitter (dnum19-027,
    030 and 038 were reworded to open with a word).

``dev_numeric20.jsonl``
    Original passages (statements not labelled) of the seventh session's numeric round.
    dnum20-001 to 006: "another" continuing a counted harm list, the convention settled at
    the session's start ("Two women were killed and another was seriously injured",
    "Three workers died and another was hurt", "one soldier was killed and another
    moderately wounded"; "A man was killed and another injured" counts no one, as "a man"
    is no count); dnum19-004/005 were relabelled to it (injured 1). dnum20-007 to 023,
    from ~30 real air-defence excerpts (Ukrainian Air Force and Russian MoD reports, IDF
    interceptions from Lebanon, Yemen and Iran): "the vast majority / nearly all / almost
    all of the N" (launched N, no count: "nearly all" is not all), "between three and
    five" (3: "and" joins number words only after a scale, it had summed them to 8),
    "were detected and destroyed", "naval drones were tracked and sunk", "80 of the
    Iranian munitions" (``mixed``), a quoted launch verb ("had \"flown towards Kyiv\""),
    "were attacked by 31 drones" with "destroyed 27 of them" after it, "Five rockets
    fired toward the town were intercepted" (the whole salvo), "can engage up to nine"
    (capability); hard negatives. First score (unfixed extractor) strike .000 (no gold,
    two spurious), interception .240, casualty .200. dnum20-024 to 027, measured after
    the first fixes: strike .857, interception .667 ("several of the incoming rockets").
    dnum20-028 to 050 back the families fixed from the blind ``dev_articles17`` and
    ``dev_articles18`` (air-defence copy, translated German copy), written after their
    fixes (on the unfixed extractor strike .533, interception .571, casualty .800 for 028
    to 047; interception .444 for 048 to 050): "11 of the Kh-101s" (a model's plural), a
    country-wide outcome in the paragraph after "attacked Ukraine with 87 UAVs", "as well
    as with two Iskander-M ballistic missiles" (a strike), "Of the drones, ..., air
    defense downed 288", "updating an earlier figure of 30 drones", "15 over the Moscow
    Region, including nine flying towards Moscow", "HIMARS multiple rocket launcher
    projectiles", "taken to the regional clinical hospital", "had to be treated in the
    hospital", "12 alone were destroyed", "The toll had earlier been put at ...", "2 of
    the injured were port workers" (a named cut beside "two of them were hospitalised"),
    "211 drones and 38 rockets were shot down" answering "477 drones ... as well as 60
    rockets" a paragraph before (weapon for weapon), "Three drones had penetrated into
    Polish airspace, one of which was shot down", "could not be intercepted" (zero),
    "attacked around 40 targets of Hamas" (no air weapon), "41 ... overnight, 18 of them
    over the Belgorod region" (a share of that outcome), a headline "Russia reports more
    than 100 drones shot down" with no dash clause, "20 fighter jets" (platforms), "Among
    them were 612 drones and 41 missiles" adding up to the launch just told, "put the
    number of downed drones at 44; a later one raised it to 49"; dnum20-051 to 053 are
    hard negatives for the cross-paragraph readings (a mayor's, a governor's or an earlier
    day's shoot-down answers no national launch); dnum20-054 and 055, from a last round of
    real pages: "17 of the downed drones were in the south" (a share by place; "Six of the
    destroyed drones were decoys" is none), interception .800 on the unfixed extractor;
    dnum20-056 "and another soldier was badly wounded" (the group named after "another");
    dnum20-057 "22 rockets crossed ..., while around 40 rockets were identified ... Some of
    the rockets were intercepted" (one figureless outcome answers every launch of its
    sentence; interception .667 on the unfixed extractor).
    After the fixes 1.000
    each; ``dev_articles17`` strike .889 / interception .868 / casualty .947 -> 1.000
    each, ``dev_articles18`` .882 / .759 / .988 -> .941 / 1.000 / 1.000; the blind sets'
    tables: blind4 strike .844 -> .864, interception .837 -> .864; blind5 strike .944 ->
    .973, interception .865 -> 1.000, casualty .973 -> .987; blind, blind2, blind3 and
    heldout unchanged. Left: ``dev_articles18`` art18-07 "fired 4,215 times on positions"
    labelled artillery, where dnum15 labels "fired 356 times on the front-line
    settlements" ``other`` (a label question, proposed to the lead; closed in the twelfth
    session: art18-07 relabelled ``other``, see ``dev_numeric59``).

``dev_numeric21.jsonl``
    Original passages (statements not labelled) of the seventh session's second numeric
    round, backing the families fixed from the blind ``dev_articles19`` (translated German)
    and ``dev_articles20`` (Ukrainian, Russian, Polish, Turkish and Qatari outlets' English).
    dnum21-001 to 015, written and measured before any fix (first score strike .333,
    interception .909, casualty .688; dnum21-015's "carried out 4,120 attacks ..., 96 of
    them with MLRS" was then relabelled ``other``, as every set labels a bare "N attacks"):
    a toll an update in the same paragraph replaces ("the toll had risen to four dead and
    23 injured", "corrected itself and wrote that", "corrected the figures upwards:", "In
    the evening, Fedorov wrote that ..."; not across places, nor "one more person");
    "shelled Nikopol 41 times ..., nine of them with MLRS" (the share's weapon is not the total's;
    "fired at ... 3,906 times, 84 of them with MLRS" is shelling, while a bare "fired 356 times"
    stays ``other`` as dnum15-077 says; since the twelfth session's label call the "fired" total
    naming no weapon is ``other`` too, dnum21-006 relabelled); "Russia launched 52 drones and four
    Iskander-M ... the ballistic missiles could not be intercepted" (4/0, the lead's family, already
    read); "Of the drones, 282 were shot down, of the missiles 19" (a verbless outcome); "killing 3
    and wounding 6 passengers" (one record); "killed at least 9 people ... . The ministry said 21
    others were wounded in strikes on Nabatieh and Tyre" (a list of sites is no new place).
    dnum21-016 to 020, measured before their
    fixes (casualty .889): "One security guard was injured" (a singular in -ard), "...
    and 19 were injured, the figures were updated later" (superseded). dnum21-021 to 027
    after the fixes: "The 2008 war ... killed" (background), "shelled Marhanets with
    artillery 12 times and attacked it with FPV drones 7 times" (each count its weapon),
    "; of the two Iskander-M missiles, one" (2/1), hard negatives (budget, the 2006 war,
    a 2023 study's "two destroyed dams", a prisoner swap). dnum21-028 to 033, measured
    before their fixes (strike .783, interception .857): "including 19 that were flying
    towards the capital" and "12 of which were heading towards Moscow" (shares by
    destination), a "Details:" list of dashed lines ("– 11 air strikes on ...;"), "One of
    the attacks damaged a power line" (no count), "In August, around 15 drones crossed
    ..." (a past month's event, as every dev set labels "In <Month>, ..."). dnum21-034 and
    035 after their fixes: "Recall, the previous ... attack ..., then 5 people were
    killed" (background), "two of them in extremely serious condition"; dnum21-036 after
    its fix: "11 of the wounded brought to the hospital were children". On the unfixed
    extractor the whole file scores strike .348, interception .762, casualty .655; after
    the fixes 1.000 each. ``dev_articles19`` .948 / .894 / .889 -> 1.000 / .930 / .953,
    ``dev_articles20`` .915 / .947 / .857 -> 1.000 / 1.000 / .980, ``dev_articles18``
    strike .941 -> 1.000; every blind set's and heldout's table unchanged. Left:
    art19-04's launches and outcomes sit in one sentence because the splitter reads
    "Iskander-M." as an initial (a ``document.py`` change, proposed to the lead); art19-04
    "at least six persons were killed ... . 31 persons were injured" (one record in its
    gold, two by ``test_casualties``' convention); art20-05's interim "15:40. ... 3 people
    are known to have died and 19 were injured"; art20-07's "three residents of Aleshki"
    folded into an equal "three more wounded" of another town.

``dev_numeric22.jsonl``
    Original passages (statements not labelled) of the seventh session's third numeric
    round. dnum22-001 to 016, written and measured before any fix (casualty .604; then
    dnum22-005's "including a child" record was dropped from the labels, "a child" being no
    count by the written convention): the lead's call that a toll split over two
    neighbouring sentences is one record ("At least six persons were killed in the attack
    on Kyiv ... . 31 persons were injured", blind5, blind6, art19-04): an unmarked figure
    of the other harm opening the next sentence of the same paragraph completes the record
    when it names the same group (or bare/"people" after a people-like one), and not
    across paragraphs, places, "a separate attack", "a second strike" or "the two attacks",
    soldiers vs civilians, or a running total (dnum7-022 relabelled to the call: 6/11 as
    one record); the German order "19 were injured, of them 6 seriously" (a condition
    subgroup); a ticker's interim toll ("+++ 09:15 +++ ... 3 people are known to have died
    and 12 were injured") replaced by a later update across the ticker's paragraphs, even
    one restating only the grown figure ("the number of dead rose to 5"); "Last year a
    missile strike ... killed 11" (a past year with no comma). dnum22-017 to 020 after the
    fixes: "five of them had to be treated in hospital" (care), "fired three rockets at
    Vasylivka, one man was killed and two more wounded" kept apart from an equal toll of
    another town (the attack's town is the record's place), hard negatives. On the unfixed
    extractor the whole file scores casualty .600; after the fixes 1.000.
    ``dev_articles19`` casualty .953 -> 1.000, ``dev_articles20`` .980 -> 1.000; blind4
    casualty .884 -> .918, blind6 .889 -> .962, the other blind sets and heldout unchanged.

``dev_numeric23.jsonl``
    Original passages (statements not labelled) of the seventh session's fourth numeric
    round, from real Ukrinform, Ukrainian Air Force, Russian MoD (TASS/Sputnik renderings)
    and translated-German pages. dnum23-001 to 014 written and measured before any fix:
    strike .800, interception .308, casualty 1.000 (dnum23-014's General Staff "destroyed
    70 drones" of one day was then labelled an interception, 70 shot down, by the blind4
    call; with that label the first interception score is .370). Families: a digit figure
    whose drones "were not intercepted" / "could not be intercepted" / "were not shot
    down" ("11 attack drones ...", "Another 9 ...") is a stated zero (launched N,
    intercepted 0), as a word figure already was; "barrage munitions" are drones (the
    numeric gate did not let the sentence in); the copular per-region shares of
    translated ministry copy ("40 of them were over the Bryansk region, 18 over the
    Moscow region", "Of these, 25 were over ...") are shares of the shoot-down just
    reported; "About 70 of the drones were Shahed-type" / "... were Gerbera decoys" says
    what the drones were, no outcome. dnum23-015 to 018 after the fixes (word-number
    shares, a kind share after a launch only, barrage munitions in a passive weapon list,
    "6 of the drones were not intercepted" not read twice). After the fixes 1.000 each;
    every blind set's and heldout's table unchanged. dnum23-019 to 025, a second part
    written and measured before its fixes (on the unfixed extractor: strike .500,
    interception .222, casualty 1.000): a figureless outcome told as "the greater/largest
    part of them could be intercepted" or "the lion's share was shot down" turns the
    launch before it into an interception (the numeric gate let no such sentence in);
    "the air force reported 76 Russian drone attacks" is a strike (a verb of recording
    before the count, as "were recorded" after it); "reported 33 missiles launched, with
    20 shot down" (the participle is the reported figure's own verb) and "registered 58
    drones ...; 45 were downed" are launches paired with their outcome. After: 1.000 each,
    the blind sets' and heldout's tables unchanged. dnum23-026 to 028, a third part
    (unfixed: strike .500): "struck ... 18 times with HIMARS" is MLRS, as "with Grad"
    is ("12 HIMARS rockets" stays rocket, "two HIMARS launchers destroyed" no strike).
    dnum23-029 to 031, a fourth part (unfixed: strike .000, interception .500): "the
    rest/the others/the remainder were shot down" after a launch is an outcome with no
    number (launched N, intercepted null; "three struck the port" gives no sum), and
    changes nothing after a shoot-down that already has its figures. After: 1.000 each,
    the blind sets' and heldout's tables unchanged.

``dev_numeric24.jsonl``
    Original passages (statements not labelled) of the seventh session's fifth numeric
    round: casualty copy of translated German news like the shared sample, with 5 hard
    negatives (ages, the missing, the evacuated, the rescued, "personnel losses"). Written
    and measured before any fix: casualty .630. Families: a toll corrected in a sentence
    with no harm word ("Later he corrected the number to five", "corrected the figure of
    injured upwards to 28", "the number of injured had to be corrected to 14") replaces
    the figure of the toll before it, of the kind it names, else the one kind that toll has
    (``_casualty_fix``); "the toll rose by two to 9 dead" counts 9, not the change; "Injured
    were also three further persons" (the harm fronted) completes the record before it;
    "three of them seriously and 14 slightly" gives both condition shares; tolls by town in
    one sentence ("..., in Sumy two persons died, in Dnipro five persons were injured") are
    one record per town, and "..., in the region of Mykolajiw another person was injured"
    is one more person there; "Of them, four were children" is a subgroup; "initially
    reported six dead; ... corrected the figure upwards to eight. 23 further persons were
    injured" is one record, 8 and 23 (the superseded figure names the kind corrected).
    After: casualty 1.000; every blind set's and heldout's table unchanged.

``dev_numeric25.jsonl``
    Original passages (statements not labelled) of the eighth session's first casualty
    round, from the casualty errors of ``dev_articles21`` (casualty-heavy, half translated
    German) and ``dev_articles23``; 4 hard negatives. The first 22 were written and measured
    before any fix: casualty .594 (P .514, R .704); ten more (dnum25-023...032), written
    after the first fixes to test them on new wording, scored .933 (two misses fixed then);
    dnum25-033...035 are variants found by probing after that ("the figure had been five
    dead", "As X announced on Telegram, 14 ...", "are fighting for their lives"), and
    dnum25-036...038 two more found so: one kind of a two-kind toll risen later ("killing
    nine people and injuring 47 ... The number of injured rose to 52") is one record with
    the new figure, and "including nine in Nuseirat" / "six in a single attack" is that
    place's or incident's share, a record of its own; dnum25-039/040: "Another reservist was
    seriously wounded" after "two reservists were killed" completes that record (one more of
    the counted group), while "Another man" after "two civilians" names no counted group;
    dnum25-041: "Three of the 16 wounded were in critical condition" is a condition
    subgroup although it restates the total; dnum25-042/043: "later spoke of seven dead"
    after a two-kind toll updates its figure; "occupants" is a group; dnum25-044: "in a
    life-threatening condition" is a condition like "in serious condition"; dnum25-045/046:
    "One of them was seriously injured" after a subgroup sentence, and "The day before,
    three persons had died there" (a past incident, its pluperfect after the figure).
    Families: superseded tolls in the pluperfect ("had still spoken of six dead", "had
    talked about three injured", "Earlier, seven people had been reported dead"); bodies
    found that made a toll rise or be corrected ("was raised to 15 when teams found two
    further bodies", "corrected to eleven, and in the evening to 14 after rescuers pulled two
    more bodies") are no record, and a correction after a superseded toll with no record
    before it is the toll; a past incident fronted by its date ("Only last week, a missile
    had ... killed four employees", "A week ago, a strike ... killed 11"); a toll split over
    two sentences whose second opens with its source ("According to the city
    administration, 16 persons were injured") is one record; condition subgroups with an
    appositive ("one of them a 63-year-old in serious condition") or naming the group again
    in the next sentence ("One of the officers was in critical condition"); an "including"
    subgroup after both kinds takes the harm a later sentence states ("two of its
    paramedics were killed"); "A further 3,200 were injured" after a running total, and a
    ticker headline over one ("Iran: 224 dead since Friday"), are background too.
    After: casualty 1.000; dev_articles21 casualty .910 -> 1.000, dev_articles23 .962 ->
    1.000; every other set's and the blind sets' tables unchanged.
``dev_numeric26.jsonl``
    Original passages (statements not labelled) of the eighth session's first
    strike/interception round, from the misses and spurious records of ``dev_articles21``
    and ``dev_articles23`` (Ukrinform, AP, AFP, TASS-style and translated German copy).
    dnum26-001 to 018 written and measured before any fix: strike .222, interception .744
    (a neutral second sentence was added to six of them afterwards for the 2-8 sentence
    rule; the unfixed score is the same). Families: "the drones were shot down" (a
    definite plural, no figure) after a counted launch is all of that launch, and nothing
    without one (the gate now also reads the sentence after an air-defence sentence of its
    paragraph); "several of the nine Iskander-M missiles ... got through" is launched 9, the
    share unstated; "Air defence downed 4 ballistic missiles and 27 Kh-101" after "10
    Iskander-M/KN-23 ballistic missiles and 30 Kh-101 cruise missiles" pairs by class and
    model (the class read through a slashed model, a figure's model never taken from the
    next figure of its clause, and a class share carried across a paragraph answers no
    launch of the other class); "It said 40 drones had been downed" opening the paragraph
    after the launch's sentence continues that report; "12 over the annexed Crimean
    peninsula" is a per-region share; "More than 90 munitions were dropped" / "dropped 35
    precision munitions" is a strike, weapon ``other`` (only with a verb of dropping: "used
    N munitions" cost a blind set's strikes, so it is no strike yet); hard negatives: a
    capability, leaflets, aid "delivered ... to Kyiv" (a delivery of hardware to a recipient
    is no strike: new), "The drones hit a power substation" after a launch. dnum26-019 to
    024 written after the fixes as regressions (on the unfixed extractor the whole file is
    strike .308, interception .717): "attacked with 87 drones of the Shahed and Gerbera
    types and three Kh-59/69 missiles, of which the defenders downed 70 drones and two
    missiles" (the last launch of the list is the whole before "of which", not an outcome),
    the class share across a paragraph, hardware delivered to an army, a running total of
    munitions, a figureless "The drones were shot down" with no launch, "It said the attack
    damaged ..." (no figure). After: 1.000 each; ``dev_articles21`` strike .968 -> 1.000,
    interception .974 -> 1.000; ``dev_articles23`` strike .966 -> 1.000, interception .891
    -> 1.000; every other dev set, blind set and heldout table unchanged. dnum26-025 to
    036, a third part probing more outlets' air-defence phrasing (measured on the fixed
    extractor before any further change: interception .933, no strike gold): "The Ukrainian
    air force reports 48 Russian drones in the night. 35 of them were shot down" (a verb of
    reporting right before a bare launch count, no outcome after the noun, is the launch;
    "reported 20 drones destroyed" stays the shoot-down). dnum26-037 to 048 (strikes and
    interceptions of other wires) and dnum26-049 to 059 (translated German and TASS-style
    air defence) scored 1.000 on first contact and stay as regressions. After: 1.000 each,
    the blind sets' and heldout's tables unchanged.
``dev_numeric27.jsonl``
    Original passages (statements not labelled) of the eighth session's second
    strike/interception round, in seven parts, each measured before its fixes. dnum27-001 to
    017, from the misses and spurious records of ``dev_articles25`` and ``dev_articles26``
    (first score on the unfixed extractor: strike .700, interception .611; 20 passages were
    written and scored .700 / .679, three dropped afterwards, see below): "downed 41 drones, but
    no missile" / "but not a single missile" (a stated zero of the other kind after a shoot-down
    figure); "402 drones and 22 missiles ... — 424 aerial targets out of 471 launched" (a bare
    "out of N launched" after a combined figure is the combined launch); "intercepted 48 drones,
    of which 19 over the Belgorod region, 12 over ..." (the first per-region share after "of
    which" is a share, not a split by method); "fired 40 rockets on Galilee in October of last
    year", "It must be recalled that in September ..." (background); "hit 12 villages with glide
    bombs, dropping 31 of them in all" / "launching 57 of them" (the count of a weapon named
    before the verb); "fired about ten missiles" and, in the next paragraph, "air defences
    intercepted some of the missiles" (the vague outcome answers that launch, launched only,
    unless told as another scene: "Separately", another place, the other side's drones).
    dnum27-018 to 039 (translated German like the sample; first score on the part-1 extractor:
    strike .750, interception .769): "Fended off could be four cruise missiles and 118 drones",
    "could not be fended off", "fended off 27 Ukrainian drones" (fend off is a shoot-down); "Of
    the drones, 87 could be shot down" and "; of the rockets, three could be intercepted" (a
    figure with "could be <downed>" only after such a front or a comma: plain "40 could be shot
    down" may say what is possible, and reading it everywhere cost blind8 a record); "The air
    force spoke of 55 neutralised drones"; "..., over the region Kursk nine." (a listed share's
    figure after its place); "The majority could be intercepted"; "counted in the past day 4.102
    shellings" and "41 air attacks" in a General Staff tally (artillery, airstrike). dnum27-040
    to 056 (first score strike .741, interception .640): "Of these, 64 could be neutralised",
    "Both could be intercepted", "Almost all could be intercepted" (launched only, as
    dnum20-008's "Nearly all of the 60 rockets"; the unit test that read "nearly all of them" as
    no outcome was put to that convention), "all 12 approaching drones", "fired from the Black
    Sea four cruise missiles" (the origin between the verb and its own figure), "Already in
    June, Russia had fired ...", "A total of 55 Shahed drones ... flew in the night to Sunday
    toward Ukraine". dnum27-057 to 070 (first score strike .706, interception .750): "reported
    three Iskander-M and 58 drones, of which 43 were neutralised" (the list before ", of which"
    came in), "Of the 72 launched drones, the air defence neutralised according to the air force
    59", "Shot down or suppressed were 36", "the Kinschal could not be fended off" (a model
    standing for its noun; German spellings Kinschal, Ch-101, Ch-59 ... added to the weapon
    table), "flew eight airstrikes", "had hit a depot ... in March" (background). dnum27-071 to
    080 (first score strike .571, interception .737): "According to the regional administration,
    one could be intercepted", "all ten missiles were intercepted" after "six ballistic missiles
    and four cruise missiles" (a stated sum of two launches of one kind is all of each), "among
    them 38 over the region Kursk", "fired ... 2.870 times ..., among them 54 times with
    multiple rocket launchers" (shelling; ``other`` since the twelfth session's label call,
    dnum27-073 relabelled). dnum27-081 to 090 (first score strike .923,
    interception .900): "Among the 58 drones that Russia launched in the night were ... The air
    defence could shoot down 42" ("Among the N" opens the whole, as "Of the N" does). dnum27-091
    to 100 (first score strike .750, interception .818): "reported three ballistic missiles on
    the capital, all of which were shot down" (the figure before ", all of which" came in). Left
    (bar .97): dnum27-058's three Iskander-M after "reported" (no attack verb) are no strike;
    dnum27-092's "All missiles and 47 drones could be neutralised" after "two Iskander-M, one
    Kinschal and 61 drones" answers only the last missile launch (reading "all <kind>" as every
    launch of that kind cost ``dev_numeric`` and ``dev_numeric19``: "All the cruise missiles"
    answers its class only); dnum27-096's "93 airstrikes with 156 guided bombs" after "counted"
    (the bombs are read as the airstrikes' weapon list). Dropped before registering: three
    passages of a launch total split by kind with per-kind outcomes ("sent a total of 97 means
    of air attack: 88 Shahed-type drones and nine missiles"), labelled, as ``blind7``'s call and
    ``dev_articles26`` say, with a ``mixed`` record of the launch only; ``dev_numeric``
    (dnum-011), ``dev_numeric3`` (dnum3-031), ``dev_numeric4`` (num4-020) and ``blind`` label
    the same shape without it, so the rule was reverted (it cost ``blind`` .973 -> .960 while it
    gained ``blind7`` .902 -> .923) and the conflict is left to the lead. After: strike .974,
    interception .995; ``dev_articles25`` strike .923 -> 1.000, interception .909 -> 1.000;
    ``dev_articles26`` strike .957 -> 1.000, interception .828 -> .933; ``blind`` interception
    .973 -> .987; ``blind7`` interception .902 -> .962; ``blind8`` strike .780 -> .793,
    interception .825 -> .857; every other dev set, blind set and heldout unchanged.

``dev_numeric28.jsonl``
    Original passages (statements not labelled) of the eighth session's second casualty
    round, from the casualty misses and spurious records of ``dev_articles22``/``24``/``25``
    /``26`` and the misses left by the first round. dnum28-001...025 written and measured
    before any fix: casualty .694 (P .735, R .658); two labels were then put to the written
    "one record per stated group" convention ("killing two civilians ... . Another six
    passers-by were injured" is two records, as num4-013 and dnum7-010) and one to the
    earlier "one of them a child" labels (no count), which the unfixed extractor scores
    .730. Families: "Last summer, a missile strike ... killed 21 people" (a past season
    fronted, background like "Last week, ..."); "...; two people were killed at that time"
    after a pluperfect (a past incident); "Among the dead are two children, among the
    injured are eleven children" (one record of the group, each kind from its lead);
    named sides and new groups ("Four Hezbollah fighters", "passers-by", "motorists",
    "citizens", "operatives", "members of a local armed group"); "34 persons died and 78
    resulted wounded" (the Romance "resulted"); "of whom three in serious conditions";
    "one of the wounded is a citizen of Egypt" (one of the harmed with a verb, a record,
    as "two of the dead were paramedics"); "One child is in critical condition" after
    "among them three children"; a German-order region ("In the Russian region Belgorod
    four persons were injured") is the toll's place, so an equal figure in another region
    is no restatement. After: casualty 1.000. dnum28-026...045, twenty more in the
    translated style of German, French, Italian, Spanish and Polish copy ("lost their
    lives", "resulted wounded", "the balance is of four dead and 32 wounded, of whom three
    children", "17 were injured, of which two gravely", "of whom one in a critical state",
    "of whom two in grave conditions and four lightly", "Among the victims there are two
    doctors" after a toll), measured on the extractor fixed for the first part: casualty
    .885 (P .931, R .844; the unfixed extractor .767). Fixed so: "of which" opens a share
    as "of whom" does, a condition "state", a condition share before "and four lightly", the
    Romance "resulted" in a split toll's second sentence, and "Among the victims there are
    N X" as the subgroup sentence after a one-kind toll. After: casualty 1.000 (whole file;
    the unfixed extractor .752); ``dev_articles22``/``24``/``25``/``26`` casualty .875 /
    .933 / .966 / .898 -> .903 / 1.000 / 1.000 / .980, the two left being labels against
    the written conventions (art22-02 merges "Another four passengers were injured" into
    the civilians killed; art26-03 counts "one of them a woman of 64 years"); every other
    dev set's and the blind sets' and heldout's tables unchanged. dnum28-046...067, two
    probes of the same families in new wording, each measured before its fixes: .970
    (046-057; "Last winter a strike ... killed 12 persons; this time the attack wounded
    five" — a turn back to the story's day after the dated lead) and .923 (058-067; "of
    them nine were brought to hospital", "in a very serious condition"); fixed so;
    dnum28-068...077, a third probe: .963 ("14 pro-Iranian fighters"); dnum28-078...087,
    a fourth: .774 ("The wounded are 23" after "The provisional balance ... rises to seven
    dead" completes that toll; "Among the dead are seven soldiers and among the wounded
    twelve soldiers" with no verb; "...; the evening before, a guided bomb had killed two
    persons" — a dated past lead after a semicolon); dnum28-088...095, a fifth: .870 (one
    label, "The victims ... are three", was first written as three killed and put to the
    "victims says neither" convention; .783 before that): "Further five persons were
    injured" (the German "Weitere") completes the toll before it; dnum28-096...103, a
    sixth: .700 ("the attack cost the life of one person; further three persons were
    injured", "Among the wounded there are also two Italian journalists", "; among the
    dead there are five port workers" after a two-kind toll takes the lead's kind). After:
    casualty 1.000 (whole file; the unfixed extractor .764); tables elsewhere unchanged.

``dev_numeric29.jsonl``
    25 original passages (statements not labelled) of the eighth session's third numeric
    round, in the sample's machine-translated German: General Staff tallies ("carried out
    27 air attacks, dropping 63 guided bombs", "fired 3.870 times on positions"), air-force
    reports ("Of the 112 drones of the type Shahed, 89 could be neutralised"), Russian MoD
    claims with a per-region share, casualty blocks with a corrected toll and subgroups,
    and five hard negatives (alerts and hours, a brigade and a tank model, prices, a
    range and output, a damaged house). Measured before any fix: strike .944, interception
    .857, casualty .750; three labels were then put to the written conventions ("attacked
    40 targets" is no strike count; "All of them were intercepted" after a combined 45 is
    45 of 45; "4 missile attacks with 12 missiles" is two strikes), on which the unfixed
    extractor scores .971 / .929 / .750. Fixed so: "39 missiles, of which 24 could be shot
    down" (the German "davon ... konnten" share, a launch, not a strike); "cost two persons
    their life" (the German "das Leben kosten"); "The number of injured stands at 35"
    completes the toll before it; "35 injured; seven of them are in serious condition" (a
    condition share after a semicolon); and, from ``dev_numeric27``, "counted 93 airstrikes
    with 156 guided bombs" (the bombs are a strike of their own with no verb of their own).
    After: strike .971, interception .966, casualty 1.000; left: "6 ballistic missiles ...
    ; the missiles reached their targets" (a zero outcome told without a negation, read as
    a strike).

``dev_numeric30.jsonl``
    48 original passages (statements not labelled) of the ninth session's first numeric
    round, in the sample's machine-translated German: zero outcomes told as arrivals ("6
    ballistic missiles were fired at Charkiw; all reached their targets", "the missiles
    reached their targets", "None of the 7 missiles could be intercepted"), launch reports
    with no outcome and no firing verb ("The air force reported on Sunday morning three
    rockets of the type Iskander-M"), German word order ("Shot down were 40 of the 52
    drones", "Of the 25 rockets the air defence could intercept 20", "Approx. 30 rockets of
    the type Grad the Russian troops fired", "Fifteen times the Russian army fired"),
    "among them with 9 air strikes", "a family of five was killed", decimal commas, and
    seven hard negatives (combat clashes and assaults "on the Pokrowsk front", prices,
    capability, production, evacuations). Measured before any fix: strike .800,
    interception .851, casualty .824 (one label, "Killed were three men, injured a further
    eleven persons", was then put to the written convention: two groups, two records).
    Fixed so: "all/both/they (all)/the (N) missiles reached|hit their targets" is a stated
    zero for the launch before it (only with one, never alone); "None of the 7 missiles"
    with a digit reads as "None of the seven"; "Of the N rockets the air defence could
    intercept M" (the outcome clause with its own subject) keeps N as the launch; "reported
    / registered on Sunday (morning) N rockets/drones" is a launch, a strike when no
    outcome follows in the sentence; "rockets of the type Iskander-M" / "S-300 rockets" are
    missiles; "among them with 9 air strikes" is a share; "N attacks on the Pokrowsk front"
    are ground assaults; "Four more residents were injured" completes a people toll (both
    groups plain people). After: 1.000 all three.
``dev_numeric31.jsonl``
    41 original passages (statements not labelled) of the ninth session's first
    strike/interception round: the misses of ``dev_articles27``-``29`` and shapes found on
    translated real pages. Families: an attack noun with its weapons ("spoke of a combined
    Russian attack since midnight with more than 40 missiles and around 450 attack
    drones"); "around 3,900 further attacks were registered, among them about 90 with
    multiple rocket launchers"; "damaged in one of the attacks" (no count); a list of
    places as the object ("attacked Nikopol, Marhanets and Pokrovske with drones ... 20
    times"); "had come under attack by glide bombs and drones 11 times"; "with precision
    weapons and drones 146 times" (other); "Most of them, 38, were brought down over X";
    per-region shares "two more over X"; "fired some 200 drones and missiles ... nearly
    all projectiles were intercepted" (launch only); running totals past a target list
    ("at drones, missiles and launch sites since October 2023", "since the autumn of
    2022"); a past month opening a later clause ("...; in April, it launched ...",
    "During the biggest attack of the summer, in July, ..."); a stockpile ("still had
    about 2,000 ballistic missiles left"); plus unscored checks of the source a sentence
    names ("The daily report of the General Staff ...: accordingly, ..."), the qualifier of
    a shoot-down out of "around N" and the place of a claim about the other side's drones.
    Measured before any fix: strike .437, interception .889 (first 25, unfixed extractor);
    fixed so, then 1.000 / 1.000. dnum31-026...037, a probe of the same families in new
    wording, measured on the extractor fixed for the first part: strike .667, interception
    1.000 ("1,800 further shellings were counted": "counted" as a verb of recording; one
    label, "shelled with artillery and tanks", first written as ``other``, was put to the
    taxonomy in which tanks are guns, as ``artillery``); dnum31-038...041, a third probe of
    four: strike .667, interception .667 ("three more over the capital region of Moscow", "a
    massive retaliation strike in the night with 30 Kalibr missiles"). After: 1.000 / 1.000
    (whole file; the unfixed extractor .327 / .828).
``dev_numeric32.jsonl``
    52 original passages (statements not labelled) of the ninth session's first casualty
    round, from the casualty misses and spurious records of ``dev_articles27``/``28``/``29``
    and three shapes the lead found on translated pages. dnum32-001...025 written and
    measured before any fix: casualty .367 (P .360, R .375); two of its own labels were then
    put to the written conventions ("Two paramedics were among the dead" is a record; "took
    the lives of two women and wounded another eight people" is two records, as "killed two
    men and injured 11 other people"), on which the unfixed extractor scores .471. Families:
    "claimed the lives of three civilians and injured another twelve" (the figure after
    "another" is the count, not one more person); kin after one person ("killed a woman and
    her two sons", "The death toll ... included a man and his three daughters, while six
    other people were wounded": the kin take the lead's harm); "The number of victims ...
    has risen to six" (first labelled a death toll, then put to the written convention:
    "victims" alone says neither, so no record); "shot dead"; quoted groups (22 "insurgents")
    and "12 of the detainees had been "summarily executed""; a colon list after "of" a
    region ("killed 5 residents of Kharkiv region: 3 in Kupiansk, 1 in Izium and 1 in
    Balakliia"), each item in its own town; "a drone had set fire to ... and that one
    employee had been injured" (no superseded toll); "in the capital" placed by the target
    country; hard negatives: people had or present ("the clinic had about 300 patients
    registered", "whose 10,000 peacekeepers patrol"), a denied harm, disasters, returned
    bodies, "sought medical help for acute stress reactions", a dated superlative ("The
    deadliest single strike this year, on ... on September 9, killed 25"), tolls since an
    earlier weekday than the day told, and an agency's "..., Ukrinform reported earlier.".
    dnum32-026...040, a probe in new wording: .963 on the fixed extractor (.429 unfixed);
    dnum32-041...052, a second probe: .800 ("the bodies of a grandmother and her two
    grandchildren", 9 "saboteurs" — a quoted word outside the group table), fixed so. After:
    casualty .926 (whole file; the unfixed extractor .438); .978 once the four "victims"
    labels were put to the convention and "executed" joined ``_numgate``'s harm words;
    ``dev_articles27``/``28``/``29`` casualty .914 / .900 / .970 -> 1.000 / .974 / 1.000;
    blind4 casualty .918 -> .941, every other dev, blind and heldout table unchanged. Left:
    "120 bodies have been received so far"
    in an exchange story, and a lede's "killed three people in the capital" that the
    mayor's fuller toll in the next sentence restates (``_repeats`` keeps both).
``dev_numeric33.jsonl``
    58 original passages (statements not labelled) of the ninth session's second numeric
    round: leftovers the lead found on translated real pages and shapes in the sample's
    style. Families: a digit naming a model read as a count ("with a 'Palestine 2'
    ballistic missile", "two Zulfiqar 3 ballistic missiles"; Middle East models joined
    ``weapons.csv``); "one missile wounded 16 people" after "most ... have been
    intercepted" (no interception); running totals "since Israel's war with Hamas began",
    "since its offensive there began in May"; "The air force reported on Sunday morning 12
    drones, 10 were shot down"; "Of the 30 drones launched, 10 reached their targets"
    (launched only, the written call); tally lines "Dead: 3. Injured: 12." and "killed – 4,
    wounded – 9"; a lede toll the mayor restates with the injured (already one record);
    "had to fend off 61 drones ... 45 could be shot down"; "put the number of dead after
    the attack on X at two, the number of injured at seven"; "shot at the border region
    of Sumy within 24 hours 96 times"; 17 hard negatives. dnum33-001...039 measured before
    any fix: strike .538, interception .273, casualty .762; dnum33-040...058, a probe in
    the sample's style written after those fixes: .800 / 1.000 / .947 (one label, "one
    rocket hit a house", first written as no strike, was put to the reading of "two drones
    struck a school": a strike of one). Also fixed: "reported 47 Shahed drones and two
    Iskander-M missiles, 41 drones were shot down" (the outcome names the list's other kind:
    the missiles stay a strike) and the place of "one missile wounded 16 people in Tel
    Aviv" (Israeli and Yemeni cities joined the places list). After: 1.000 / 1.000 / .977
    (whole file; the unfixed extractor .588 / .467 / .850); every other dev, blind and
    heldout table unchanged. Left: two equal tolls told on different days ("on Tuesday"
    ... "On Wednesday"), which ``_repeats`` merges (it sees no day).
``dev_numeric34.jsonl``
    35 original passages (statements not labelled) of the ninth session's third numeric
    round, in the sample's translated-German style. Families: headline and "+++ 06:12 +++"
    ticker figures beside the body's, per-region lists after "Of these", a lede launch with
    its outcome in a quoted air-force sentence, "thereof"/"including"/"among them" shares,
    competing "According to Ukrainian/Russian information" claims, "fended off"/"lost
    locationally", "a good 40", "just under 100", "well over 300", "some two dozen", "half
    a dozen", "dozens"; 10 hard negatives. First score (dnum34-001...033): strike .750,
    interception .955, casualty 1.000; dnum34-034/035, two negatives written after the
    fixes, pass. Fixed: "half a dozen" read as 12 (now 6); "Thereof 71 were fended off"
    never reached the interception reader (the gate lacked "fended"); "45 missiles,
    including 8 ballistic Iskander missiles" of a report read as a strike of 8
    (``_launchshare``); "In total, 86 air targets had been launched" after per-weapon
    reports adding up to 86 (``_airsum``, the stated mixed total). After: 1.000 / 1.000 /
    1.000; every other dev, blind and heldout table unchanged.

``dev_numeric35.jsonl``
    52 original passages (statements not labelled) of the tenth session's interception
    round, interceptions in the sample's translated-German style. Families: per-region
    shares after a total ("Of these: 19 over ...", "The largest part, 28, ...", "among them
    12 over the sea", a verbless "The breakdown by region: Bryansk 41, Kursk 29, ..."), an
    outcome inside a quoted air-force sentence and split across the quote boundary,
    Ukrainian and Russian claims side by side, "The Russian side spoke of 30 drones
    destroyed", "Moscow reported 23 drones shot down", weapon splits with a combined total,
    decoys and imitator drones, "lost locationally", "the location of 22 was lost",
    "suppressed by electronic warfare", "could be intercepted", "were made harmless",
    "fended off", "1.200", "a good 40", "around 70 per cent", "+++ 06:58 +++" ticker lines,
    hits told after the outcome, another night's figures in the same paragraph; 11 hard
    negatives. First score (dnum35-001...046, unfixed extractor): strike .286,
    interception .902; the probe dnum35-047...052, written after the first fixes, strike
    .000 (no gold, one spurious), interception .700. Fixed: "made/rendered harmless" is an
    outcome verb; a launch told after its outcome in the pluperfect ("Russia had launched
    68 drones") completes the outcome of the sentence before when that was told over a
    whole country other than the launch's attacker (``_airafter``); an outcome figure
    closing a quotation („... suppressed 70“) is read; "the location of (a further) N was
    lost" is lost, not a shoot-down; "Place N" lists after a colon in the sentence after a
    shoot-down are per-region shares (``_airnamelist``); "over the sea" is a share's place;
    a sentence fronted by an earlier night and told in the pluperfect ("The night before,
    Russia had attacked with 103 drones, of which 88 had been neutralised") is background
    when an outcome was told earlier in its paragraph (``_airnight``; in a paragraph of its
    own it stays an event, as dnum20-052 labels it). Label calls: per-weapon launches
    whose only outcome is told for the combined total ("477 air attack means ...: 458
    drones and 19 missiles. 423 of them were neutralised") are launch-only records beside
    the mixed 477/423, as dnum17-037 labels them; "20 more were lost locationally" and
    "about 200 were decoys" give no record; "Hits by 12 drones were recorded" after the
    outcome is no strike. Open: dnum35-010 labels the mixed launch-only total of a split
    with per-kind outcomes (the unresolved call of ``dev_numeric27``; the extractor emits
    none), and dnum35-037's "is said to be planning to launch 1.000 drones" is read as a
    strike by ``strikes.py`` (intent; not this round's module), so its strike score is
    held as a known miss. After: strike .667, interception .993, casualty 1.000; every
    other dev, blind and heldout table unchanged.
``dev_numeric36.jsonl``
    47 original passages (statements not labelled) of the tenth session's strike round,
    written after reading real German live-ticker and agency pages (Ukrinform's German
    service, n-tv, ZDF, Tagesschau) and translating their strike sentences by hand into
    translation-desk English, to find the shapes of the one translated-German set whose
    strike F1 stayed near .79. Families: an attribution aside between the verb and its
    figure ("attacked, according to the air force, with 73 drones", "fired, the ministry
    said, 6 rockets"), "employed N drones", the weapon between the verb and "N times" or
    after a fronted count ("fired artillery 143 times", "shot with artillery 25 times",
    "Three times Russian jets dropped guided bombs", "From the air ... eight times"), "N
    times <weapon>" lists ("eleven times multiple rocket launchers and 118 times guns"),
    the air force or "aerial attacks" as air strikes, General Staff tallies opening with
    combat clashes ("counted 152 combat clashes and 4,870 shellings"), "3 missile strikes
    with 7 missiles were reported", "Among them were 77 with multiple rocket launchers"
    opening the next sentence, "The number of Russian air strikes rose to 58", shells
    counted with dot thousands, Russian-claim "struck 141 areas"; 11 hard negatives
    (ground assaults per direction/sector/"Near X", settlements, areas, delivered
    hardware, "four times more", "four-fold", brigade numbers, a whole past year, a
    stockpile). First score (unfixed extractor): strike .632, interception 1.000,
    casualty 1.000. Fixed in ``_strikeorder`` (new) and ``_strikecount`` (ground assaults
    "in the direction of X", "in the X sector", a fronted "Near X"); ``strikes`` first
    lost its regex block to ``_strikepatterns`` (size limit, behaviour unchanged). After:
    1.000 / 1.000 / 1.000; ``blind8`` strike .793 -> .807, every other table unchanged.
    Label calls: "fired at 16 settlements ... 412 times" naming no weapon is ``other``
    412 (never the settlements); "The number of Russian air strikes rose to 58" is a
    strike of 58; "3 missile strikes with 7 missiles" is two strikes, as "33 air strikes
    with 56 guided bombs" is; "undertook 33 attacks" near a front town is ground assaults.
``dev_numeric37.jsonl``
    57 original passages (statements not labelled) of the ninth session's tenth casualty
    round, in the translated-German ticker style of the shared sample: "N people lost their
    lives, so the governor", "one dead and N injured" headlines, "N injured had to be
    treated in hospital", "at least N dead", "N persons were seriously injured", tolls in
    governors' quotes, rises and superseded figures during the day, region summaries, and
    equal tolls told for different days or incidents; 13 hard negatives (a "45-year-old
    man" with no count, running totals, rescued and evacuated people, past seasons, a
    hospital's beds and patients). First score (dnum37-001...048, unfixed extractor):
    casualty .874 as first written, .900 once dnum37-004 was put to dnum29-004's call (a
    toll after "Earlier there had been talk of seven dead" is a record of its own, not the
    other harm of the toll before); dnum37-049...057, a probe written after the first fixes:
    .435 on the unfixed extractor, 1.000 on the fixed one. Families fixed: equal tolls of
    different days or incidents merged as one restated toll (``_repeat_days``: the weekdays
    a sentence dates its harm with, leaving out the day an attribution is dated with, and
    "again", "a day later", "another attack", "were also killed" on the later figure; the
    dnum33 leftover too); a toll split around an attribution sentence ("... were killed.
    This was reported by X. In addition, 17 people were injured", ``_casualty_bridge``);
    regions after a semicolon ("...; in the region of Charkiw, seven persons were
    injured"); "came around" (German "ums Leben kommen"); "By evening the number had risen
    to 13" (a rise with no harm word replaces the toll before it, never a subgroup); "In
    the morning there had been talk of 15 injured"; "Last summer, 23 people died ..."
    whatever the figure counts; "In addition, more than 1.800 children were injured" after
    a running total; a care verb in the simple present ("currently treats about 150
    wounded soldiers"). After: casualty 1.000 (whole file; the unfixed extractor .825);
    blind12 casualty .863 -> .920, dev_numeric33 .977 -> 1.000, every other dev, blind and
    heldout table unchanged. Left: "Five people are being treated, two of them are in
    critical condition" (the share is not read; xfail in ``test_casualty_round10``).

``dev_numeric38.jsonl``
    53 original passages (statements not labelled) of the tenth session's strike
    precision round, in the sample's translated-German style: strike-looking counts
    that are background by the conventions, each mixed with the night's real strikes.
    Shapes found by hand-translating real German ticker and agency pages (dpa/AWP,
    Stuttgarter Zeitung, Ukrinform's German service) that wrap the night's report in
    background. Families: habits and rates ("employs daily around 120 guided bombs",
    "Every night Russia sends between 100 and 150 drones", "drops every week", "Day
    after day", "nightly", "up to 40 times a day", "a day on the front"), a comparison's
    baseline in a "when" clause ("smaller than in the past week, when Russia had
    deployed almost 600 drones", "Compared with the previous week, when ..., the air
    force dropped this week 1,400"), "five times more", records and dated superlatives,
    fronted past months without a comma or with "alone" ("In October alone Russia fired
    over 5.200 drones"), the year's running total ("This year Russia has already
    dropped"), intent, forecasts, production and stock ("is preparing a massive strike
    with up to 100 missiles", "is expected to launch", "has accumulated", "in its
    warehouses"), earlier attacks recalled ("Already on Tuesday Russia had fired"), a
    headline restating the body, a teaser line, hits after an air-defence report,
    settlements and durations, Ukraine's own strikes; 12 hard negatives. First score
    (dnum38-001...045, unfixed extractor): strike .787 (P .673, R .946), interception
    1.000, casualty 1.000; the probe dnum38-046...053, written after the first fixes,
    .727 / 1.000 / 1.000. Fixed in ``_strikeback`` (new, strike-only: the shared
    ``_numback`` is untouched); "registered N air strikes" is now told like "recorded".
    After: strike .989 (the probe .944), interception 1.000, casualty 1.000; ``blind2``
    strike .974 -> 1.000, ``blind14`` .930 -> .952, every other table unchanged. Known
    miss: "twice with multiple rocket launchers" (dnum38-053; "twice" is no quantity).
    Label calls (the rules were silent): a habit ("daily", "every night", "on most
    nights", "a day" after the noun) is a rate, no strike, as "up to 30 times a day" is;
    the figure inside a comparison's "when" clause is background, the main clause's is
    the news; "N times more/as many" is no count; a fronted named month ("In March
    Russia dropped ...", "In October alone") is background like "In April, ..."; "This
    year ... has (already) fired" and "in the first 9 months" are running totals; an
    attack recalled with "Already on <weekday>", "Last time", "At the beginning of the
    week" + pluperfect, "The night before last" or "Since Monday, ... said on Thursday"
    is background, while "Only in the past week ... had fired" (German "allein") stays a
    weekly total; "A day earlier it had been 46 drones" is background; a superlative
    attack dated by day and month ("the largest so far, on 7 September") is background.
``dev_numeric39.jsonl``
    61 original passages (statements not labelled) of the tenth session's second
    interception round, written after reading real German air-defence pages (Swiss and
    Austrian agency copy, n-tv, MDR, Deutschlandfunk, Kleine Zeitung, dpa tickers) and
    translating their sentences by hand into translation-desk English, to find the shapes
    behind a fresh translated-German blind set's interception F1 of .825 that the previous
    round's fixes did not move. Families: a time phrase between the launch verb and its
    figures ("deployed from 19:00 on Thursday two ...", "fired from 21:00 until the early
    morning four ...", "used from the evening of 14 May onwards", "attacked from 18:00 ...
    until 08:00 in the morning with 60 drones"); a participle between "of N" and the
    weapon ("Six of seven deployed cruise missiles", "Of 35 fired Shahed drones", "19 of
    the 24 employed drones", "52 of 60 used attack drones"); arrivals as the outcome
    ("Only two of a total of 145 drones reached their targets", "Russia sent 96 drones.
    Only one reached its target", "reached their goal"); the outcome first with a launch
    clause on its weapons and the launch figure after ("shot down 23 attack drones which
    the Russians launched since Saturday evening. ... The Russian army deployed two
    Iskander-M ... and 31 attack drones"); "each" shares ("30 ... over the Belgorod region,
    four each over the Kursk and Oryol regions", "one each over the Lipetsk Region, the
    Tambov Region and the Voronezh Region", "Two drones each were shot down over A and
    B"); "shelled Ukraine overnight with 19 attack drones"; "switched off"
    ("ausgeschaltet"); 14 hard negatives (alarm hours, power units and trains reaching
    something, fire groups deployed "from 2023 onwards", "two mobile groups each", drone
    factories, a stockpile-like running total). First score (dnum39-001...049, unfixed
    extractor): strike .485, interception .569; the probe dnum39-050...061, written after
    the first fixes, strike .500, interception .968. Fixed: a time phrase after "from" no
    longer hides the launch verb (``_airtime``, read in ``_airrole``); a participle may
    stand before the weapon of a figure (``_airnoun``), but not a weapon word naming what
    another noun makes ("drone factories"); a share that reached its target is the launch's
    outcome without a number, in its own sentence, after a launch and with no verb at all
    (``_airarrive``; "goal"/"its target" in ``_airzero``); a launch-clause on an outcome's
    weapons lets the launch figure told up to two sentences later complete it
    (``_airrelative``); "each" names the places of its own figure only, in any case and
    number and for three or more places (``_aireach``, moved out of ``_salvo``); "shelled
    /covered X with N" is a launch phrase (``_airrole``); "switched off" is an outcome verb
    (``_numclause``, ``_numgate``). After: strike .947, interception 1.000; every other
    dev, blind and heldout table unchanged. Label calls: "Only one of 213 drones reached
    its target" is launch-only (213/null) as ``dev_numeric33`` labels "10 reached their
    targets"; the figureless outcome's launch clause ("which the Russians launched since
    Sunday evening") is what lets a later launch complete it: without it the later launch
    stays a strike (dnum39-024). Open: "covered Kharkiv ... with 16 glide bombs" is no
    strike in ``strikes.py`` (dnum39-057, not this round's module; held as a known miss),
    and "Four of five missiles could not be shot down" is read as 5/4.

``dev_numeric40.jsonl``
    54 original passages (statements not labelled) of the tenth session's casualty-precision
    round, in English agency style (Reuters/AP/AFP dispatches, Kyiv Independent live updates,
    Al Jazeera on Gaza, Lebanon, Yemen and Sudan, Myanmar, Israel-Iran), their shapes found
    by running the extractor over ~40 real agency excerpts: whole-war and aggregate tolls
    beside the day's toll ("The violence ... has killed at least 40,000", "Israel's offensive
    has killed more than 68,000", "lost in the conflict so far", "in over 14 months of ongoing
    fighting", "since the 2021 coup", "since the ground operation began", UN monitors'
    "Between February 24 and May 15", "As of the end of last month", "the official UN toll
    of 3,381"), the war's running total broken down in the next sentence ("The attacks have
    killed 316 children and 790 women"), the war's opening told as a clause, past incidents
    in a relative clause, people abducted, missing, trapped or evacuated, "one of the
    highest", bodies that raised a toll, "Earlier, it was reported that ...", a second source
    restating a toll, "all of them civilians", enemy losses claims, ages, hospital beds;
    12 hard negatives. First score (dnum40-001...044, unfixed extractor): casualty .729
    (P .597, R .935); dnum40-045...054, a probe written after the first fixes: .737 on the
    unfixed extractor, 1.000 on the fixed one. Families fixed (``_casualty_war``: the war as
    the subject in the perfect, spans and lengths of the war, turns of the war counted from,
    reporting periods, past cut-offs, the war's named toll, "Days earlier, ...", the war's
    opening, past incidents in a relative clause, and ``total_restated`` for the next
    sentence's breakdown; ``_casualty_fate``: abducted/seized/hostages, missing/trapped,
    "one of the <superlative>", "two more bodies ..., bringing the toll to", "Earlier, it was
    reported that", "up to N servicemen" and "along the front" losses; ``_casualty_victims``:
    "Among the victims were four women and ten children" after a death toll takes killed;
    epidemics as disasters in ``_casualty_nature``; "the martyrdom of"; a second source's
    equal toll of both kinds for plain people (``_repeats``); "Two more soldiers were killed
    ... on Thursday" after a running total is the day's news). After: casualty 1.000 (whole
    file; the unfixed extractor .730); blind14 casualty .867 -> .881, blind3 .963 -> .975,
    every other dev, blind and heldout table unchanged. Label calls (the rules were silent):
    "the bodies of 15 people have so far been found" is the toll (killed 15), while "two
    more bodies ..., bringing the death toll to 11" is the 11 only; "Among the victims were
    ..." after a toll of both kinds takes killed; a war's toll named by its subject ("The
    violence has killed") is background like "the war has killed". Left open (xfail in
    ``test_casualty_precision10``): a competing outlet's figure for the same incident,
    "During this time" pointing back to a reporting period, a quote restating a running
    total told just before, and the second subgroup of "Among the victims were four women and
    ten children." alone.

``dev_numeric41.jsonl``
    60 original passages (statements not labelled) of the tenth session's casualty round
    on translated German copy, in the literal style of a translation desk (Ukrinform's
    German service, dpa, SZ, Swiss and Austrian agency pages read and translated by hand,
    keeping the German word order): one-person deaths followed by a list of the injured
    ("A 60-year-old woman died, two women and two men suffered injuries"), the harm word
    fronted ("Dead there were three", "Injured there were 14", "five further fatalities
    there had been", "Dead there are, according to first information, four"), "have/had
    come around", "18 further suffered injuries", headlines restated by the body, care
    splits after an injured toll ("Seven are in hospital, five were treated ambulantly",
    "four treated on the spot", "three received help on site"), a rival or earlier count
    ("Some Ukrainian outlets spoke of nine dead", "Previously the mayor had communicated
    about 19 injured"), "During this time" after a reporting period or a running total, a
    quote restating a running total, the subgroups listed after "Among the victims are";
    15 hard negatives. First score (dnum41-001...050, unfixed extractor): casualty .661
    (P .667, R .655); dnum41-051...060, a probe written after the first fixes: .571 on the
    unfixed extractor, 1.000 on the fixed one. Families fixed: a list of groups closed by
    one harm verb right after a one-person death takes that verb, never the death's harm
    word (read wherever a list stood, it cost ``blind15`` casualty .962 -> .906: narrowed),
    and the German fronted order and the rise "according to X, Y, to N" opening a sentence
    give the figure its harm (``_casualty_german``); "N further" stands for a group told
    before as "N more" does (``_casualty_words.NO_GROUP``); "have/had come around" and
    "had to be treated/hospitalised" are harm words (``_casualty_harm``, the harm patterns
    moved out of ``casualties`` unchanged); a fronted harm sentence ("Injured were four
    persons") and "The number of injured rose ... to 35" complete the toll of the sentence
    before, and a weekday after the figure ("late on Sunday evening") is no new place
    (``_casualty_link``); care shares after an injured toll, with or without "of them"
    (``_casualty_german.care_split``); further subgroups listed after the first of an
    "Among them are" sentence (``listed_more``); rival outlets and bloggers, earlier
    reports in the pluperfect, "During this time" / "In this period" after a period or
    running total, and a running total restated in its paragraph (``_casualty_beside``);
    "treats currently" (``_casualty_present``). After: casualty 1.000 (whole file; the
    unfixed extractor .643); blind14 casualty .881 -> .931, every other dev, blind and
    heldout table unchanged; the four shapes ``dev_numeric40`` left open now pass. Label
    calls (the rules were silent): an unnamed rival count ("Some outlets", "Other media",
    "bloggers") of an incident the article gives a toll for is no record, while a named
    side's media ("Hezbollah-affiliated media put the toll at 14", dnum15-078) stays one;
    care shares told without "of them" after an injured toll ("Seven are in hospital, five
    were treated ambulantly") are care subgroups, as "N of them were hospitalised" is, and
    "treated on the spot" / "received help on site" is care like hospital; "one woman" in
    a list is a count of one. Left open (xfail in ``test_casualty_german10``): "13 of the
    28 injured are in inpatient treatment" (the total and the share in one phrase).
``dev_numeric42.jsonl``
    45 original passages (statements not labelled) of the tenth session's numeric round on
    ``dev_articles30``'s errors (translated-German air-attack copy): each family behind one
    of that set's strike or interception errors, varied in wording, numbers and order: a
    headline or ticker heading rounding the story's figure ("Russia fires over 400 drones and
    missiles" over 426, "almost 50" over 48, "Syniehubov: 230 attacks on the Kharkiv region"
    over the entry's 230), "Of the 45 missiles, including ten Iskander-M, air defence
    destroyed 31", "Nine each were destroyed over the Kursk and Oryol regions", an earlier
    day's report recapped in the pluperfect ("Two days ago, the ministry had reported the
    downing of 120 drones", "In the previous night, ..."), the remains or wreckage of other
    drones, "both Kh-31"/"Both Kalibr", per-type launches after a total, an arrival told after
    the other weapon's outcome ("The missiles reached their targets", "Two of the missiles
    reached their targets"), a launch and its outcome joined by a dash ("They fired 14
    missiles – 13 were knocked down"), objects crossing into airspace then "Three of the drones
    were shot down"; 9 passages without a numeric event. Written before the fixes of each
    family (dnum42-041...044 after the first fixes); first score on the unfixed extractor
    (bc6f311, the whole file): strike .455 (P .294), interception .724. Families fixed
    (``_oldreport``: a report dated a day, night or week before and told with "had
    reported/claimed/..." is background; ``_headfigs``: a headline or ticker heading with no
    closing punctuation whose every figure the story restates, the rounded forms within their
    range, is no strike or air report; ``_airfront``: the subtype inside "Of the N X, among
    them M Y, ..." is part of the launch and the bare outcome takes the fronted weapon;
    ``_airobjects``: "N objects" crossing a border or into airspace is the launch a later "N
    of the drones" answers, also refining a vague "Several of them" outcome; ``_airmake``
    split from ``_airmention``; in place: "N each were" read as "N were", a dash before a
    figure with a verb of its own is no tally line, a figure with a passive verb of its own is
    not decided by the sentence's other verbs, "both <model>", a share naming its weapon
    ("Two of the missiles reached their targets") two sentences after the launch, the
    sentence after an air report telling "The missiles reached their targets" read, "remains
    of" as debris, "Among them were ..." after a combined launch with no outcome yet). After:
    strike 1.000, interception 1.000; ``dev_articles30`` strike .882 -> 1.000, interception
    .825 -> .990; blind9 interception .938 -> 1.000, blind16 .889 -> .903, every other table
    unchanged. No label call was needed beyond the written conventions; the one left open is
    the old one (a launch total split by kind with per-kind outcomes and no combined outcome:
    ``dev_articles30`` labels art30-09's 174 a mixed launch-only record, the extractor emits
    none; xfail in ``test_air_articles30``).

``dev_numeric43.jsonl``
    45 original passages (statements not labelled) of the tenth session's numeric round on
    ``dev_articles33``'s errors (casualty-heavy English translated from Ukrainian, Russian,
    Arabic, Italian, Polish, Turkish and French agency copy) and the lead's open items
    (``dev_articles30`` art30-04/09, two real-page shapes): each family varied in wording,
    numbers and order: the increment inside a toll update ("rose to nine dead ... after
    emergency workers pulled three more bodies", "the bodies of two more victims", "the body of
    one more woman"); the figure of a compared incident in a "when" clause ("the deadliest ...
    since April 14, when ... killed 20", "since 21 May, when", "since the summer, when"); the
    dead identified after their toll ("identified the dead as two young men aged 23 and 27")
    or named again ("condemned the killing of the two paramedics"); care shares ("Its crews
    transferred three of the injured to hospital", "Paramedics evacuated two of the wounded",
    "Four of the wounded were taken to the city hospital, three received medical help at the
    scene"); a preliminary toll the ministry "raised"/"updated" later; panic and anxiety
    attacks; the share that got through after an air-defence report ("One drone that got
    through set fire to ..."); another official's "X wrote on Telegram that 40 people had been
    injured" completing the death toll; a toll since an earlier weekday with no day of its own
    and its continuation after a semicolon; a war's opening in a past year trailed by ",
    killing more than 4,000" far from the date; a stated combined total "of enemy air attack"
    that was recorded, detected or tracked; 8 passages without a numeric event. First score on
    the unfixed extractor (862d690, the whole file; dnum43-040...045 were written after the
    first fixes, knowing their shapes): strike .667 (P .500), interception .963, casualty .690
    (P .604). Families fixed (new modules ``_casualty_increment``, ``_casualty_recall``,
    ``_casualty_share``, ``_strikethrough``; in place: "transferred/evacuated N of the injured"
    as a hospital's share and never people rescued, "suffered/had panic attacks", "raised/
    updated/revised the toll to" as an update replacing a preliminary toll of any group,
    "X wrote ... that N" opening an unmarked completion, "since Friday" read case-blind and in
    a sentence naming no day (a hospital's intake excepted), "means of enemy air attack", trades
    such as "fishermen" as groups). After: 1.000 / 1.000 / 1.000; ``dev_articles33`` strike
    .947 -> .973, casualty .928 -> 1.000; ``dev_articles30`` casualty .917 -> 1.000; blind16
    casualty .833 -> .845; every other table unchanged. Open call (xfail in
    ``test_casualty_articles33``): art33-09 labels the Houthi spokesman's "targeted Eilat with
    three drones" and the Israeli army's "two drones heading for Eilat were shot down" two
    paragraphs later one interception (3/2); the conventions merge a launch and its outcome
    of one side's report, and are silent on a claim and a shoot-down told by opposite sides.

``dev_numeric44.jsonl``
    36 original passages (statements not labelled) of the tenth session's numeric round on
    ``dev_articles35`` (nights of air attacks, mostly the sample's translated-German style)
    and ``dev_articles34``'s numeric errors, each family varied in wording, numbers and
    order: a per-weapon shoot-down told in the paragraph after a launch total split by kind
    ("of them 290 drones ... as well as 20 missiles. 268 targets were neutralised." / "In
    detail, 255 drones were shot down"); a region breakdown with a sea item ("By region:
    Bryansk 15, ..., over the Black Sea 7"); "neither/none of which was intercepted"; "several
    dozen" / "a few dozen" (no count); an earlier night told after the pluperfect verb
    ("52 drones had been shot down the night before last"); drones that "had crossed into
    Ukraine from Belarus" or into an airspace (no strike); "Since Monday, Russia had launched
    ..." with no day of its own (a running total) against "In the past week" (P7D); "Earlier
    in the week/this week, ... killed N" (background); a toll "raised ... after rescuers
    pulled two more bodies" replacing the morning's toll; "Drone attack on Dnipro kills 5" over
    its lede; workplace groups with an appositive share ("Three railway workers were injured,
    one of them seriously"); bodies "to be handed over" / "handed over the bodies of 909
    fallen soldiers"; "fired 3,900 times ..., including 95 times from multiple rocket launchers"
    (artillery, as dnum21-005/006 and art19-12 label it: dnum44-032 was first written ``other``
    after art34-04 and relabelled to the older sets' call before any fix was scored on it; put back
    to ``other`` by the twelfth session's label call); ground assaults "near Kupiansk, where Russian
    troops attacked 23 times"; 13 passages without a numeric event. First score on the unfixed
    extractor (BASE 837d6eb, final labels): strike .636 (P .467), interception .677, casualty .818
    (P .692); with dnum44-032 as first written: strike .545. Families fixed: the split launch
    answered in the next paragraph (new ``_airbroken``), "over the" sea items in a "Place N" list
    (``_airnamelist``), an item's own "neither of which" after another verb (``_airrole``), a
    bare "dozen" (``numbers``), a late "the night before last" (``_airnight``), border and
    airspace crossings (new ``_incursion``), a fronted "Since Monday," (``_strikeback``),
    "where ... attacked N times" after fighting near a town (``_strikecount``), "Earlier in
    the week/this week/this month," (``_casualty_past``), a raised toll's "after rescuers
    pulled ..." past "N dead and M wounded" (``_casualty_past``) and across a paragraph when
    the update opens with its later hour (``_casualty_update``), the bodies' building no
    toll's place (``_casualty_each``), "handed over" bodies (``_casualty_more``), workplace
    modifiers such as "harbour" (``_casualty_words``). After: 1.000 / 1.000 / 1.000;
    ``dev_articles35`` strike .936 -> 1.000, interception .891 -> 1.000, casualty .918 ->
    .982; ``dev_articles34`` strike .857 -> .900, casualty .909 -> 1.000; blind12
    interception .817 -> .941, blind13 .857 -> .951, blind16 casualty .845 -> .857; every
    other table unchanged. Open calls (for the lead): art34-04 labels "it had fired 4,300
    times at Ukrainian positions and settlements, including 112 times with multiple rocket
    launchers" ``other``, while dnum21-005/006 and art19-12 label that shape (a count with an
    MLRS share) artillery and the extractor follows them (closed in the twelfth session:
    ``other`` unless the total names a gun or says "shelled"); art35-08's headline "Belgorod: One
    dead after Ukrainian attacks" over a body that says only "A 71-year-old man died" (no
    count) is labelled no record, while the extractor reads the headline's "One dead" as a
    toll of one (the conventions make "a man" no count and a headline restating the body's
    figure the same event, and are silent on a headline counting what the body does not).

``dev_numeric45.jsonl``
    33 original passages (statements not labelled) of the tenth session's numeric round on
    ``dev_articles36`` (nights of air attacks in the sample's translated-German style), each
    family varied in wording, numbers and order: the split verb "made 41 Russian attack
    drones harmless" / "rendered 28 enemy drones harmless" / "made 58 harmless" and the
    pluperfect launch told after an outcome naming no place ("Russia had launched 55
    drones"); "Of the drones 71 could be shot down" / "Of the missiles two ..." with no comma;
    a launch reported with no verb of its own and named by type ("reported on Saturday
    morning two ballistic missiles of the type Iskander-M and 64 attack drones", "83 drones
    of the type Shahed and Gerbera"); "The missiles could not be intercepted" answering the
    launch of its weapon after another outcome or across a paragraph; fractions as outcomes
    without a number ("about two thirds", "about two-thirds", "Half", "Roughly three
    quarters"); "six each over the regions Kursk, Oryol and Belgorod"; a model's share with
    its own "of which" outcome inside a kind ("Among the missiles were eight ballistic
    missiles of the type Iskander-M, of which five were shot down"); past incidents fronted
    by their date without a comma ("Only last week a glide bomb had killed seven", "A week
    ago a missile had killed 14") against "Last week alone 40 civilians were killed" (a
    week's total, kept); a factory's output ("The plant made 300 drones", no strike); 7
    passages without a numeric event. First score on the unfixed extractor (BASE 3ea2ebc,
    final labels): strike .100 (P .053), interception .508, casualty .727. Families fixed
    (h_num6): the split "made ... harmless" (``_numclause`` INTERCEPT_VERB, a bare figure in
    ``_airmention``), an outcome with no place taking the pluperfect launch (``_airafter``),
    the comma-less German front (``_airnoun``), "reported <day> N X of the type Y" with word
    figures and type names (``_numclause`` LAUNCH_VERB), a definite zero ("The missiles
    could not be intercepted") pointing back like "of the missiles" (``_airmention``),
    fractions as vague shares (``_airnoun``, ``_numgate``), "each over the regions A and B"
    (``_aireach``), an "of which" share taking the launch of its own sentence even when that
    names a model (``interceptions``), the comma-less fronted past date (``_casualty_past``)
    and "made N drones" as output (``_strikeback``). After: 1.000 / 1.000 / 1.000;
    ``dev_articles36`` strike .867 -> 1.000, interception .877 -> 1.000, casualty .927 ->
    .950; every other table unchanged. Open call (for the lead; xfail in
    ``test_air_articles36``): art36-10 labels "one man was killed by a drone ... Two further
    persons suffered injuries" two records (men 1 killed, persons 2 injured), while
    dnum24-014 labels "Killed were two men ... Injured were also three further persons" one
    record (men 2/3); the conventions join plain people after a plain-people toll and are
    silent on plain people after men. Following art36-10 drops dnum24 casualty 1.000 -> .947,
    so the extractor keeps the older call.

``dev_numeric46.jsonl``
    45 original passages (casualties only; statements not labelled) of the eleventh
    session's casualty round on ``dev_articles38`` (English translations of French, Italian,
    Spanish, Polish, Ukrainian and Arabic outlets), each family varied in wording, numbers
    and order: a later update by another body or hour ("Hours later, the toll rose to six
    dead and 41 injured, reported the prosecutor's office", "the same network raised the
    toll to 78 dead"), also paragraphs after the first toll; tolls of a past war or a dated
    past attack in an "in which" clause ("ended more than a year of fighting in which more
    than 3,000 people were killed", "suffered in May 2024 one of the worst attacks ..., in
    which 19 people died", "triggered by the Hamas-led attack ..., in which about 1,200");
    children split over a toll's two sentences ("has risen to nine, among them two
    children, ... . Another 37 people, including eight children, were injured"); "among the
    killed there are two children, and among the injured there are seven children" (also
    "fatalities"); "5 port workers were among the dead and 9 among the wounded"; "specifying
    that two of them are in serious condition"; surgery shares ("14 of the wounded had
    undergone surgery"); "one rescuer of the State Emergency Service was killed and two more
    were injured"; a harm-free rise with its subgroup ("By evening the number had risen to
    15, among them three children"); 13 passages without a numeric event. First score on the
    unfixed extractor (BASE e843007, 001-043; 044-045 were probes written after the first
    fixes): casualty .584 (P .532, R .647); strike and interception 1.000 (none labelled,
    none found). Families fixed (h_cas11): ``_casualty_inwhich`` (past relative clauses,
    via ``running_total``), ``_casualty_among`` ("there are" in the second lead),
    ``casualties`` ("among the fatalities/deceased" leads a subgroup), ``_casualty_link``
    (a further figure past an "including ..." aside), ``_casualty_fold`` (the split
    subgroup), ``_casualty_elided`` ("and 9 among the wounded"), ``_casualty_care``
    ("specifying that ... of them", surgery), ``_casualty_update`` ("Hours later," opens an
    update that reaches back 1,500 characters across paragraphs), ``_casualty_fix`` (the
    rise's subgroup) and ``_casualty_more`` ("one rescuer of the SES was killed"). After:
    casualty .917 (bar .91); ``dev_articles38`` casualty .792 -> .969, ``dev_articles37``
    .984 -> 1.000, ``dev_articles39`` .969 -> 1.000; every other table unchanged. Open
    (xfail in ``test_casualty_articles38``): the split subgroup is folded only when the
    second sentence tells it as an aside before its verb (art38-10's shape); folding it
    after the verb too ("Another 58 people were injured, including 12 children", dnum46-016,
    -017) dropped the measured casualty figures of two blind sets (.975 -> .962, .941 ->
    .905), so those two passages stay two records each; and a spokesman's "He said about 40
    people had been wounded" after a quote sentence and a paragraph break (dnum46-029,
    art38-02) is not joined to the death toll (fixed in the round of ``dev_numeric48``).

``dev_numeric47.jsonl``
    45 original passages (statements and casualties not labelled) of the eleventh session's
    air and strike round on ``dev_articles39`` (agency English), ``dev_articles37``
    (translated German) and ``dev_articles38``, each family varied in wording, numbers and
    order: a combined launch total ("attacked Ukraine overnight with 96 drones and
    missiles"), the per-kind list after it (in the same or the next paragraph) and the
    combined outcome "N of the targets" (also with "with electronic warfare" between verb
    and figure, and with the launch in a trailing "..., after Russia attacked with 119 drones
    and missiles"), per-kind shares "62 of the drones"; a model's figure followed by its own
    share ("four Kinzhal ..., two of which were intercepted", "three Iskander-M/KN-23
    missiles, two of which ...", also after a drone item with its own share); "None of the
    six Kinzhal missiles was stopped", "None of them were stopped", "none were stopped",
    "neither was stopped", "stopped 40 of the 52 drones"; rounds fired beside a drone launch
    ("fired 112 munitions at the region ... and launched 45 drones, 38 of which ...", "fired
    230 shells ... and launched 64 drones"), "fired 35 munitions at the border districts"
    (``other``); "Of the Kh-101, 20 were shot down; of the drones, 49 were neutralised";
    a neighbouring region's share ("In the neighbouring Mykolaiv region, air defence shot
    down nine of the drones"), also against a launch aimed at another region (strike + share);
    "Seven objects violated Romanian airspace overnight, and two drones were shot down" (7/2);
    "directed 23 drones at the city", "directed nine attack drones and two guided aerial
    bombs at Kupiansk"; and 10 passages without a numeric event (ground assaults "where the
    Russians attacked 52 times" after "The hottest spot remained X", pledges, a running total
    since the operation began, a factory rate, a prisoner exchange, "Hits were recorded at 19
    locations"). First score on the unfixed extractor (BASE e843007, final labels): strike
    .300 (P .375), interception .622 (strike .200 with dnum47-022 as first written: "fired 41
    projectiles at the Belgorod region" was labelled ``other``, put to ``rocket`` as the
    weapon table and earlier sets read "projectiles" fired with no gun named). Families fixed
    (h_air11): a combined shoot-down taking the combined launch total told before the
    per-kind list across a paragraph (``_airmixed.mixed_total_back``) or in a trailing
    "after" clause (``_airafter.launch_in_after_clause`` via ``_airpair.completes``); a
    figure followed by its own relative share is the whole (``_airofwhich``); "stopped" as a
    shoot-down verb (``_numclause`` INTERCEPT_VERB, ``_numgate``, ``_airnoun``); a model
    fronted in "Of the Kh-101, N were ..." and a second "; of the drones, N were ..."
    (``_airfronted``, ``_airmention``); rounds fired beside a drone launch are no combined
    launch (``_airmixed.fired_apart``) and "fired N munitions" is a strike (``strikes``);
    "violated ... airspace" as the objects' own verb and a same-sentence drone shoot-down
    pairing with the objects (``_airshare``, ``_airobjects``); a fronted "In the neighbouring
    X region" as the outcome's place (``_aircontext``, ``_airplace``: two different regions
    never pair); the mixed total after per-model outcomes over the paragraph (``_airsum``);
    "directed N drones at" (``_numclause`` DIRECTED); "The hottest sector remained X, where
    ... attacked N times" (``_strikecount``). After: 1.000 / 1.000; ``dev_articles37``
    strike .981 -> 1.000, interception .935 -> 1.000; ``dev_articles38`` strike .977 ->
    1.000; ``dev_articles39`` strike .962 -> 1.000, interception .807 -> 1.000; ``blind4``
    interception .826 -> .889; every other table unchanged. No label of the article sets
    changed.

``dev_numeric48.jsonl``
    46 original passages (casualties only; statements not labelled) of the eleventh
    session's second casualty round (h_cas12): the casualty errors left in
    ``dev_articles38``/``40``/``41`` and toll shapes read on real Ukrainian (Ukrinform,
    Suspilne, UNN), Polish (PAP), Romanian (Agerpres), Spanish (EFE), French, Italian (ANSA)
    and Turkish (Anadolu) agency pages, rewritten in our own words: an evening update "By
    evening, Klitschko raised the number of dead to six" far down a long article; "The last
    comparably heavy attack ..., at the end of August, had killed 23 people" and "The
    previous major strike ... had left 17 people dead"; the injured identified by age ("The
    injured children are a four-year-old girl and two boys aged nine and 16"); "The injured
    were taken to hospital; one of them was in critical condition"; children split across
    paragraphs ("among them two children ... // Among the injured are six children");
    a spokesman's "He said around 50 people had been wounded" after his quote sentence;
    equal tolls of different places ("Two people were wounded there" in Kharkiv, then
    "Russian drones also struck Kyiv and the Sumy region. As a result of these attacks at
    least two people were wounded"); "73 residents of the building, including 14 children,
    were wounded" completing a death toll; "while 14 people, eight of them children, were
    wounded" (Arabic and Turkish copy); bracketed subgroups of both kinds ("45 dead
    (including 6 children) and 79 injured (including 16 children)"); "the number of injured
    has risen to 61. One person is dead"; running totals "Since 7 October 2023, ..."; 11
    passages without a numeric event. First score on the unfixed extractor (BASE c59a637,
    001-045; 046 is a probe written after the first fixes): casualty .647 (P .577, R .738);
    strike and interception 1.000 (none labelled, none found; dnum48-031 first said "in
    three Israeli attacks", read as a strike of 3, and was reworded before any fix). Families
    fixed (h_cas12): ``_casualty_update`` ("raised the number of dead/injured to"; an update
    opened by its later hour reaches back 2,500 characters), ``_casualty_lastattack`` (the
    last/previous attack in the pluperfect; the harmed identified by age),
    ``_casualty_aside`` (the verb past "N of them X" and past "of the building, including
    ..."), ``_casualty_among`` (the bracketed pair), ``_casualty_gap`` (the later "Among the
    injured are" lead; the figure after a quote sentence), ``_casualty_care`` ("The injured
    were taken to hospital; one of them ...", also past "Among the dead is the driver"),
    ``_casualty_link`` ("is dead"; "of the building" before an aside),
    ``_casualty_backplace`` ("As a result of these attacks" takes the place of the sentence
    before) and ``_numback`` (a shared module, one line: "since 7 October 2023", a day-first
    dated start with its year). After: casualty .992 (bar .98); ``dev_articles40`` casualty
    .900 -> 1.000, ``dev_articles38`` .969 -> 1.000, ``dev_articles41`` .984 -> 1.000,
    ``dev_numeric46`` .917 -> .944, ``blind15`` .962 -> .980; no set dropped. Open (xfail in
    ``test_casualty_translated11``): dnum48-020, equal tolls of two places where the first
    names its town only as "shelling of Kherson" (no place read), so the second ("As a
    result, two people were killed" in Ochakiv) reads as its restatement. Label call: "Two
    further persons were wounded" / "at least two people were wounded" are two records when
    the later one's sentence is the result of a sentence naming other places (the
    conventions' "equal figures of different places are no restatement").

``dev_numeric49.jsonl``
    49 original passages (statements and casualties not labelled) of the eleventh session's
    second air and strike round (h_air12) on ``dev_articles41`` (literal translations of
    Ukrainian, Russian, Spanish and Arabic copy), ``dev_articles40`` and the lead's real-page
    findings, each family varied in wording, numbers and order: Ukrainian air-force bulletins
    whose launch list ("attacked Ukraine with 97 means of air attack – 92 strike UAVs ... and
    five Iskander-M") is answered a paragraph later ("shot down or suppressed 81 enemy UAVs in
    the north, east and centre of the country", "Three of the missiles were also shot down",
    "One Kh-59 was also destroyed", "In total, 84 air targets were neutralised"), also with
    no country named and with "four guided aircraft missiles"; Russian MoD shoot-down lists
    ("three HIMARS rockets and 187 fixed-wing unmanned aerial vehicles", "eight rockets of
    the HIMARS multiple rocket launch system and 143 ..."); "disabled" as a shoot-down verb
    (TASS, also passive and with a region list); a generic noun for the drones ("Of the 188
    drones ..., managed to shoot down 154 machines", "71 units", "neutralised 95 devices"
    after "a total of 115 drones", "61 of the devices"); figureless outcomes after a barrage
    ("intercepted a number of rockets", "several rockets", "a few of the projectiles") and
    after a hit verb (", adding some of them were intercepted"); "raids" by warplanes or "the
    American aggression" as airstrikes; and 16 passages without a numeric event (running war
    totals "since the beginning of the special military operation", also with "according to
    the ministry," between; "Earlier, on 2 December, ..." recaps; ground targets "some 35
    targets including rocket launchers and command posts"; "There alone / Here alone / In this
    sector alone, the occupiers attacked 41 times" after the front's focus; West Bank arrest
    raids; "disabled two Russian tanks"; "intercepted a number of drones" with no counted
    launch; "hit ... in 152 areas"). First score on the unfixed extractor (BASE 91aaa55):
    strike .273 (P .167), interception .598. Label calls (the rules were silent; the
    ``dev_articles41`` annotator followed): "Earlier, on DATE, ..." fronting a calendar date is
    an earlier day's report, background whatever the tense; "some 40 targets including
    tunnels" are ground targets, no event; guided bombs in an MoD shoot-down list are
    shoot-downs (as ``dev_numeric`` CASES read "two JDAM guided bombs"); "disabled" is a
    shoot-down only with an air weapon; "machines/devices/units" count the weapons told
    before, and only when a counted launch precedes them. Families fixed (h_air12): a
    bulletin's list item takes its total's country, compass areas ("in the north, south and
    east", "in the east and south") make an outcome country-wide also against a launch naming
    no place, and an outcome naming the launch's model answers it (``_airbulletin`` via
    ``_carry``); sentences with no air word do not count towards a combined total's reach
    (``_airmixed``); "aircraft missiles" (``_airnoun``); "disabled" (``_numclause``,
    ``_numgate``, ``_airnoun``); generic nouns (``_airgeneric``); an outcome verb's
    figureless object ("a number of rockets", ``_airnoun`` SHARE) and a hit followed by ",
    adding some of them were intercepted" (``_airadding``); "multiple rocket launch system"
    is no launch verb (``_numclause``); "In total, according to X, since ..." as a fronted
    running total (``_numback``); "Earlier, on 7 November," (``_oldreport``); targets
    "including tunnels" (``_airnoun.ground_targets``); a time aside between verb and figure
    (", at dawn on Sunday,", ``_strikeorder``) and "aggression" as a raid's military actor
    (``_strikepatterns``); "There alone, ... attacked 63 times" after the front's focus
    (``_strikefocus``). After: strike 1.000, interception 1.000; ``dev_articles41`` strike
    .966 -> 1.000, interception .846 -> 1.000; ``dev_articles40`` strike .982 -> 1.000;
    ``blind4`` strike .884 -> .905, interception .889 -> .933; ``blind19`` strike .939 ->
    .955 (scored on the lead's main with this round applied); every other table unchanged.
    No label of the article sets changed.

``dev_numeric50.jsonl``
    44 original passages (statements not labelled) of the eleventh session's third casualty
    round (h_cas13) on ``dev_articles43``'s spurious tolls, each family varied in wording,
    numbers and order: updates that raise the dead while the injured fall ("raised the toll
    to 13 dead and 39 wounded: one of the injured had succumbed ...", "the toll grew to six
    dead and 39 wounded" after a wounded woman died); updates by another body later in the
    day ("By evening, the State Emergency Service put the number of dead at 14 and said 78
    ...", "Later in the day, the regional prosecutor's office said the toll had risen to",
    "Thus the toll rose to three dead" after a found body); tickers told newest first and
    "In the afternoon, ten dead had been reported"; "In addition to the three dead in
    Pokrovsk" and "Besides the two dead in the city"; named past wars ("In the 2024 war
    between Israel and Hezbollah, more than 4,000 people died"), year-dated attacks
    ("resulted in the deaths of about 1,200 people") and a dated record recalled ("On 13
    April, ..., killing 35 people, one of the deadliest attacks this year"); a town's
    population ("a regional capital of about 250,000 inhabitants"); headlines over a
    group's deaths ("Three firefighters killed ..., toll in region rises to seven"); deaths
    of starvation; care shares ("nine of whom had to undergo surgery", "The condition of
    three persons is assessed as serious"); "He spoke of six glide bombs within half an
    hour"; and 13 passages without a numeric event. First score on the unfixed extractor
    (BASE c4e46ac): strike .500, casualty .667 (P .547, R .854); interception 1.000 (none
    labelled, none found). Families fixed (h_cas13): ``_casualty_raised`` (an update whose
    dead grew by at least the injured it lost replaces the first toll; the "one of the
    wounded had died" it explains is no record; "put the number of dead at" after a later
    hour; "Thus the toll rose to" after a later hour's sentence; the nearest two-kind toll
    is the one a two-kind update replaces, and a share is never it; a headline restating
    a replaced toll goes with it; a headline paragraph the story restates gives no record),
    ``_casualty_update`` ("grew to", "Later in the day,", "Late at night", "In the
    afternoon X ..." without a comma; a district is inside its city), ``_casualty_ticker``
    (a ticker newest first), ``_casualty_stale`` ("In the afternoon/At midday, N dead had
    been reported"; "By evening, X put ..." is no longer superseded, only earlier hours
    are), ``_casualty_bygone`` ("In addition to the N dead", named past wars, year-dated
    attacks, a dated record, population), ``_casualty_nature`` (hunger and disease),
    ``_casualty_care`` ("The condition of N persons is assessed as", "of whom had to undergo
    surgery"), ``_casualty_gap`` (a later "Among the injured were 12 children" past a care
    share), ``_casualty_words`` ("older"), ``casualties`` (a named share "One of the wounded
    is a Polish citizen" is no main record for care shares), ``_strikecount`` ("spoke of N
    glide bombs") and ``strikes`` (a dated record's strike is background). After: strike
    1.000, casualty .976; ``dev_articles43`` casualty .877 -> 1.000, strike .966 -> 1.000;
    ``dev_articles35`` casualty .982 -> 1.000; ``blind2`` .955 -> .970, ``blind7`` .800 ->
    .842, ``blind8`` .960 -> .973, ``blind16`` .857 -> .882, ``blind18`` .861 -> .958,
    ``blind19`` .975 -> .987 (casualty); no set dropped. Open (xfail in
    ``test_casualty_articles43``): dnum50-003, a toll told as two groups ("killing three
    patients and injuring 21 people") is not replaced by the update of both kinds. Label
    calls (the rules were silent; ``dev_articles43``'s annotator followed): an update
    whose injured fell by the wounded who died replaces the first toll; a restated
    headline's group is no record of its own; "a man died" after "Besides the two dead"
    is no count; deaths of starvation or malnutrition are no toll, as an epidemic's.

``dev_numeric51.jsonl``
    42 original passages (statements and casualties not labelled) of the eleventh session's
    third air and strike round (h_air13) on ``dev_articles44`` (air-defence- and strike-heavy
    copy in translated German, literal Ukrinform/TASS/Agerpres translation and agency English),
    each family varied in wording, numbers and order: the shoot-down figure last in translated
    German ("of the 36 missiles the air defence managed to bring down 29", "Of the 64 drones the
    defenders were able to intercept 51", "Of the 27 attack drones which Russia launched against
    Sumy, the air defence succeeded in bringing down 19", "of the six ballistic missiles only
    one"); launch lists continued with "in addition" and answered model by model ("The cruise
    missiles could all five be intercepted", "The Kalibr missiles could all four be destroyed",
    "the three Iskander-M reached their targets", a listed kind no outcome answers staying a
    strike); "Two Kh-59/69 missiles were also destroyed" / "One Kh-31P missile was also shot
    down" after the bulletin's list, also a paragraph later; combined totals ("142 means of air
    attack: 4 Iskander-M ... and 138 strike UAVs", "A total of 215 means of air attack ...,
    among them 206 drones and 9 missiles") with "Hits were recorded at N locations"; "Not one
    of them was intercepted", "not a single one of the five Iskander-M"; strikes "on Houthi
    targets", "against Huthi radar sites", "on Hezbollah targets" (US, Israeli, British
    militaries); "The most active was the X direction, where the occupiers attacked 38 times";
    and 14 passages without a numeric event (running totals, aid packages, production, decoys
    and lost drones, hits at N locations, ground assaults per direction, the Huthis' running
    tally of ships). First score on the unfixed extractor (BASE 6645e60): strike .182 (P
    .182), interception .545. Label calls (the rules were silent; ``dev_articles44``'s
    annotator followed): "could all N be destroyed" is N/N all; "the N X reached their targets"
    after a launch of N X is N/0; "not one" is a zero; a kind of a combined total no outcome
    answers is a strike and the total a launch-only mixed record; a military's strikes on an
    armed group's sites are air strikes; "The most active was the X direction, where ..." is
    ground assaults. Families fixed (h_air13): the figure last (``_airlast``); "not one"
    (``_airnotone``); "could all N be" and "the N X reached their targets" (``_airthe``, paired
    by model in ``_carry.referred``); a model named again up to eight sentences after its launch
    and the first sentence after the air force's launch paragraph (``_carry``); "in addition
    N X" (``_strikepatterns``) and "of the type Kh-101 and two ..." (``strikes`` chain end);
    kinds after a combined total (``_strikekinds.total_item``) and the total's mixed record
    (``_airpair.stated_totals``); "2 missile strikes" no restatement of a launch
    (``_strikekinds.counts_attacks`` in ``_repeats``); strikes on an armed group's sites
    (``_strikegroup``); "the X direction, where" (``_strikecount``). After: strike 1.000,
    interception 1.000; ``dev_articles44`` strike .933 -> 1.000, interception .911 -> 1.000;
    every other table unchanged (blind sets included). No label of the article set changed.

``dev_numeric52.jsonl``
    43 original passages (statements not labelled) of the eleventh session's fourth numeric
    round (h_num14) on the numeric errors of ``dev_articles45`` (sample-style translated
    German) and ``dev_articles46`` (agency English and translated outlets) and the casualty
    miss left in ``dev_articles44``, each family varied: the air force correcting its night
    figures later in the day ("not with 120 as reported in the morning", "and not 64 as
    stated earlier", "not with 45 but with 52 drones"), the morning's report then superseded
    also as a ticker entry below; pluperfect recaps of an earlier day ("On Monday, Russia had
    already attacked with 112 drones") beside pluperfect reported speech of tonight's launch;
    headlines whose rounded figures the body restates; "above all over the north"; regional
    shares of a ministry total under a headline launch figure; tolls per place ("In Nikopol
    one person was killed; in Marhanets four people were injured"); a toll completed past a
    sentence about the dead ("Four more people were injured", "A further 27 suffered
    injuries"); updates "By late evening, X put the toll at"; "Three children were among the
    20 wounded"; the Houthis' "operation with four drones against targets in Umm
    al-Rashrash" answered by "shot down three drones approaching Eilat"; and 9 passages
    without a numeric event (past-dated pluperfect recaps, "above all", rates, "Not 30
    drones, as some media had reported"). First score on the unchanged extractor (BASE
    9bf7dfd): strike .444 (P .286), interception .868, casualty .746. Label calls (the rules
    were silent; ``dev_articles45``/``46``'s annotators followed): a same-source correction
    replaces the earlier figures and the old ones give no record; a fronted earlier day or
    date before a pluperfect ("On Tuesday, Russia had already attacked ...", "On 3 October, a
    similar attack had wounded six people") is background, while "On Monday, the governor
    said Russia had fired ..." stays the news; the figure of "among the 20 wounded" is the
    total restated (people, when no earlier toll states it); the Houthis' launch at Umm
    al-Rashrash and the Israeli shoot-down approaching Eilat are one interception. Families
    fixed: corrections (``_corrected`` in ``numbers._excluded``, ``_aircorrected``);
    ``_pastday`` (in ``_numback.background``); "above all" (``_airnoun.ALL``); headlines under
    a kicker line (``_headfigs``); "carried out an operation with N drones"
    (``_numclause.LAUNCH_VERB``) and the aimed place with its other name (``_airaim`` in
    ``_carry``); ``_casualty_amongtotal``; "A further N suffered injuries"
    (``_casualty_link``) and ``_casualty_prior``; "; in the region X" (``_casualty_each``);
    "By late evening," (``_casualty_update``). After: strike, interception, casualty 1.000;
    ``dev_articles45`` .927/.906/.846 -> 1.000/1.000/1.000, ``dev_articles46``
    .966/.955/.982 -> 1.000, ``dev_articles44`` casualty .909 -> 1.000, ``dev_articles33``
    strike .973 -> 1.000 and interception .941 -> 1.000 (its open Umm al-Rashrash call);
    every other table unchanged (blind sets and heldout included).

``dev_numeric53.jsonl``
    28 original passages (statements not labelled) of the eleventh session's last numeric
    round (h_fin_num) on the numeric errors of ``dev_articles48`` (war-day roundups and
    tickers in the sample's style) and ``dev_articles49`` (sample-style German, Ukrinform /
    TASS / ANSA / EFE translations, agency English), each family varied: a rise of one kind
    of a two-kind toll told later ("By midday the number of injured had risen to 25", "raised
    the number of dead to seven", also paragraphs on); a killed-only lead completed by "N
    people were also injured/wounded" in the next sentence; "The air force reported 64
    drones and three Iskander-M ballistic missiles during the night. 49 drones were shot
    down, of the missiles two"; a launch with "which could not be intercepted/downed" or
    "which air defence was unable to shoot down"; "96 of them were fired from multiple
    rocket launchers" after a shelling total; ticker headings in their own paragraph restated
    by their entry or by a superseded entry below a correction; "Three women are in serious
    condition" after an injured toll; and 6 passages without a numeric event (households
    without power "had risen to", a running total since the year began, ground assaults
    repelled, launchers "which could not be repaired", MiG-31K take-offs with no launch, "Two
    women are in the race for mayor"). First score on the unchanged extractor (BASE cd4c202):
    strike .462 (P .333), interception .696, casualty .718. Label calls (the rules were
    silent; ``dev_articles48``/``49``'s annotators followed): a rise of one kind replaces
    that figure of the toll and keeps the other ("two killed and 18 injured ... the number of
    injured had risen to 25" is 2/25), as art49-01/03 label it; a newer ticker entry's toll
    replaces an older entry's toll of the same place below it (art48-05). Families fixed:
    ``_casualty_fix`` (the reporter-subject "raised the number of dead to nine" and a reach
    of three paragraphs); ``_casualty_link`` ("were also injured"); ``_numclause`` ("reported
    N drones and M missiles during the night" is a launch); ``_airzero`` (", which could not
    be shot down"); ``_strikeorder.share_head`` (a figure-first share "N of them were fired
    from"); ``_headfigs`` (a stamped ticker heading over its own entry paragraph);
    ``_casualty_ticker`` (an entry's kicker as its place); ``_casualty_state`` (a condition
    share with its own group noun). After: strike, interception, casualty 1.000;
    ``dev_articles48`` .967/.982/.957 -> 1.000/1.000/1.000, ``dev_articles49``
    .943/.921/.897 -> 1.000/1.000/1.000, ``blind13`` casualty .902 -> .920; every other
    table unchanged (blind sets and heldout included).

``dev_numeric54.jsonl``
    43 original passages (statements not labelled) of the twelfth session's casualty round
    (h_num15) on the casualty errors of ``dev_articles51`` (casualty-heavy articles: several
    incidents each, updates during the day, deaths in hospital, regional day totals beside
    single incidents) and ``dev_articles53``, and the lead's findings item (two equal tolls of
    different places in consecutive paragraphs, the first one dropped), each family varied:
    "there" pointing back to the place of the sentence before ("Two more people were injured
    there" / "One person was killed and four injured there"); the wounded who died later ("Two
    women who had been injured on Tuesday ... died in hospital on Wednesday", "Three people
    wounded in Sunday's shelling ... have died in hospital", "... have succumbed to their
    injuries"); "According to the head of X, NAME, 22 people were injured"; an official's
    "NAME, governor of X, said N people had been wounded" heading the paragraph after a
    killed-only lede; care shares "more than 20 of them are being treated in hospitals" and
    "..., including a baby, and that 11 of them had been taken to hospital"; children and
    teenagers split over a toll's two sentences; "put the toll at / gave the toll as / put the
    number of dead at" updates whose explained death ("one of the injured had died in
    hospital") is no record; "the body of one more man was found" before "Thus, ... 11 people
    died"; "raising the death toll to six" the day after the lede's six; a regional day total
    beside a town's toll; and 12 passages without a numeric event ("In the past year alone",
    "Over the past twelve months alone", psychological help "to 52 people", an earthquake and
    floods "..., killing N", rescued and evacuated people, a town's population, the missing, a
    past month's attack, hospital beds, "treated for shock, but no one was injured"). First
    score on the unchanged extractor (BASE fa0c585): casualty .595 (P .541, R .660). Label
    calls (the rules were silent; ``dev_articles51``'s annotator followed): "Three people
    wounded in Sunday's shelling have died" is killed 3; a toll raised to N by a body found
    the next day restates the lede's N; psychological help is no harm. Families fixed:
    ``_casualty_there`` (a toll's "there" takes the place the sentence before attacks or
    names); ``_casualty_later`` (the wounded who died later); ``_casualty_link`` ("According
    to X, NAME, ..." and "NAME, title, said that ..." openings); ``_casualty_lede`` (the other
    harm in an official's report heading the next paragraph); ``_casualty_care`` ("are being
    treated", "and that N of them", past an including-aside); ``_casualty_mend`` (paired
    subgroups of one split toll; the body found before "Thus, N died"); ``_casualty_update``
    ("By evening the X ...", "Later in the day he ..." with no comma) and ``_casualty_raised``
    ("put/gave the toll" updates; ", saying one of the wounded had died"; the explaining death
    in the next sentence); ``_casualty_period`` (past year/months totals); ``_casualty_helped``
    (psychological help); ``_casualty_nature`` ("an earthquake struck ..., killing N");
    ``_repeat_days`` ("raising the death toll to N" is never another day's toll). After:
    casualty .970, then 1.000 once the lead put dnum54-020's "killed two people and wounded
    three passers-by" to two records (one per stated group, as dnum28-001);
    ``dev_articles51`` casualty .839 -> .971, ``dev_articles53`` .983 -> 1.000,
    ``dev_numeric46`` .944 -> 1.000; every other table unchanged (blind sets and heldout
    included).

``dev_numeric55.jsonl``
    42 original passages (statements not labelled) of the twelfth session's air and strike
    round (h_air14) on the strike and interception errors of ``dev_articles50`` (literal
    translations of non-German outlets), ``dev_articles51`` (casualty-heavy mixes) and
    ``dev_articles52`` (translated-German overviews and tickers), and the lead's finding of a
    report split over two paragraphs, each family varied: "put the number of Russian air
    strikes over the past 24 hours at 61" (a period or place between the noun and "at");
    "had come under attack by guided bombs, artillery and drones 118 times"; passive "96
    munitions were fired and 87 unmanned aerial vehicles were launched, 58 of which ...";
    "As a result of one of the attacks"; a gapped passive tally ("... were carried out on X,
    and another 138 artillery strikes - on Y"); ", of which 94 were shot down, as well as two
    Iskander-M ballistic missiles"; the Houthis' "execution of a military operation with four
    drones"; "85 flying objects were shot down" opening the paragraph after "used 145 drones
    ..., the air defence said"; "Broken down, these were 402 drones and 19 missiles" after a
    combined outcome, and subtype lists inside a launch; and 10 passages without a numeric
    event (a stockpile, "under attack four times" naming no weapon, "the number of combat
    clashes", a 2024 total, an earlier Houthi claim, delivered Patriots). First score on the
    unchanged extractor (BASE fa0c585): strike .571, interception .431, casualty 1.000. Label
    calls (the rules were silent; the article sets' annotators followed): the per-kind
    breakdown of a combined outcome whose figures add up to it are the per-kind outcomes;
    the generic outcome after a one-kind launch across the paragraph break is that launch's
    (never after a two-kind launch, with a place, a governor or an earlier week); the launch
    item after a relative outcome is a strike; "14 rockets were fired at the town from
    multiple launch rocket systems" is ``mlrs``. Families fixed: ``_airkinds``
    (``kinds_after_total``, ``subtypes_inside``), ``_airgenericnext``, ``_airalso`` (in
    ``_airrole.role_of`` and the strikes' outcome and chain checks), ``_strikeunder``
    (``listed_times``, ``gapped_passive``), ``_airmixed`` (passive launches beside fired
    rounds), ``_strikeorder`` (``number_of`` reach; "execution of an operation"),
    ``_numclause.LAUNCH_VERB`` ("execution of ... operation with"), ``_strikelead`` ("as a
    result of one of the attacks"). After: strike .933, interception .966, casualty 1.000
    (left: dnum55-003, a subtype list whose outcome names no total and pairs its "three
    missiles" with the three Kh-59; dnum55-015's "from multiple launch rocket systems" after
    the target; both xfail in ``test_air_articles52``); ``dev_articles50`` strike .870 ->
    1.000, interception .923 -> 1.000; ``dev_articles51`` .947 / .909 -> 1.000 / 1.000;
    ``dev_articles52`` .959 / .906 -> .980 / 1.000; ``blind13`` interception .951 -> .967;
    every other table unchanged (blind sets and heldout included). Open: art52-11's "fired
    1,870 times ..., 52 times of them with multiple rocket launchers" (labelled ``other``;
    art18-07 and dnum44-032 label the shape artillery, which the extractor follows).

``dev_numeric57.jsonl``
    43 original passages (statements not labelled) of the twelfth session's second air and
    strike round (h_air15) on the strike and interception errors of ``dev_articles54``
    (French and Italian literal translations), ``dev_articles55`` (agency English and
    Ukrainian regional posts) and ``dev_articles56`` (sample-modelled), each family varied:
    "employed" as the launch verb ("the Russian forces employed 57 drones and four Kalibr
    ..., according to whom the air defence managed to shoot down 42 drones and all the
    missiles"; "employed 126 drones and five missiles ...: 98 drones and two missiles were
    neutralised"); a zero told as "which it was not possible to shoot down" or "; it was not
    possible to intercept them"; a second launch item with its own share past a whole or
    zero relative of the first ("..., which could not be shot down, as well as 23 drones, 18
    of which were destroyed"; ", all of which were destroyed, as well as 72 Shahed drones,
    61 of which"; "none of which ..., and 20 drones, 14 of which"); a ship's shoot-down of
    drones "directed at it" completed by the attacker's later claim ("had targeted the
    vessel with five drones"), up to four sentences on when the attack is told claimed; a US
    or Israeli military's "N strikes against radar installations and weapons depots"; MLRS
    rounds before the next clause's subject ("26 shells were fired from multiple rocket
    launchers, UAVs attacked 263 times"); ground assaults "near Pokrovsk and Novopavlivka,
    where the Russians had attacked 46 times"; and 12 passages without a numeric event (a
    habit, a forecast, a factory's workforce, a dated past salvo, thousands of strikes since
    the war began, an uncounted shoot-down). First score on the unchanged extractor (BASE
    e07231a): strike .491, interception .312, casualty 1.000. Label calls (the rules were
    silent; the article sets' annotators followed): the claim's figure completes the
    shoot-down of weapons "directed at" the ship (art54-10's 4/2, as dnum52 and art33-09
    pair the Houthi operation with the Israeli shoot-down); "carried out 14 strikes against
    radar installations" by Centcom is an air strike (``dev_numeric51``'s "strikes on Huthi
    targets"); "N shells were fired from multiple rocket launchers" and "14 rockets were
    fired from Grad launchers" are ``mlrs`` (``dev_numeric55``'s call; HIMARS rockets stay
    ``rocket`` as dnum labels them); "shelled 29 settlements 301 times" is artillery (the
    written "shelled ... N times" rule); "Air defence shot down all the missiles" with no
    figure anywhere is a record (all, launched and intercepted null), as three dev labels
    read it. Families fixed: ``_numclause.LAUNCH_VERB`` ("employ"), ``_airzero`` ("it was not
    possible to"), ``_airalso`` and ``_airofwhich`` (whole and zero relatives before the next
    item), ``_airmention`` (a later item's share no longer covers the first item's zero),
    ``_airrelative`` (the "directed at" participle and the claimed attack), ``_strikegroup``
    (sites by kind for US and Israeli militaries), ``_strikewith`` (a list item with its own
    verb ends the list; ``launcher_rounds``), ``_strikecount`` (a list of front places before
    ", where"). After: strike 1.000, interception 1.000, casualty 1.000 (dnum55-015's
    "from multiple launch rocket systems" after the target, an xfail of
    ``test_air_articles52``, now reads ``mlrs``: ``dev_numeric55`` strike .933 -> .967);
    ``dev_articles54`` strike .889 -> 1.000, interception .667 -> 1.000; ``dev_articles55``
    .943 / .900 -> 1.000 / 1.000; ``dev_articles56`` strike .970 -> 1.000; ``blind16``
    interception .903 -> .984; every other table unchanged (blind sets and heldout
    included).

``dev_numeric56.jsonl``
    41 original passages (statements not labelled) of the twelfth session's casualty round
    (h_num16) on the casualty errors of ``dev_articles55`` (numeric-heavy agency, translated
    German and Ukrainian-post copy with tolls rising through the day), ``dev_articles56`` and
    ``dev_articles54``, each family varied: a rise of the dead told by a closing participle
    after the death that caused it ("said one of the wounded had died in hospital, raising
    the death toll to five", "bringing the number of dead to two", "lifting the toll to
    three"), a rise naming its place ("raised the number of dead in Zaporizhzhia to three.
    One of the injured had died in hospital, he wrote", "raised the death toll in Dnipro to
    five", "updated the number of those killed to two"); a place elided in one verb ("killed
    two people in Kostiantynivka and one in Pokrovsk and wounded five"); "N more/further
    GROUP were injured" a sentence after "N GROUP were killed"; equal figures of two fronted
    places in consecutive paragraphs; and 12 passages without a numeric event (remains
    handed over or received, "has since killed N" after a war's opening, running totals,
    the rescued, a past month's attack, a past year's total). First score on the unchanged
    extractor (BASE e07231a): casualty .456 (P .377, R .578). Label calls (the rules were
    silent; ``dev_articles55``'s annotator followed): an update's explained death is no
    record in its own sentence too ("one of the wounded had died ..., raising the death toll
    to five"); the injured figure after a toll split by place ("killed three persons in
    Kramatorsk and one in Slowjansk ... Injured were six") is a record of its own, as
    art55-07's "and injured seven" is. Families fixed: ``_casualty_raising`` (participle and
    placed rises, the explained deaths), ``_casualty_further`` ("N more GROUP" past a scene
    sentence; never after a share "three of its soldiers", as dnum18-001 labels),
    ``_casualty_sincethen`` ("has since killed N"), "remains of" / "hands over" as a handover
    (``_casualty_more``). After: casualty .943 (P .976, R .911); ``dev_articles55`` casualty
    .904 -> .985, ``dev_articles54`` .977 -> 1.000, ``dev_articles56`` .971 -> 1.000,
    ``blind18`` casualty .958 -> .971; every other table unchanged (blind sets and heldout
    included). Left (xfail in ``test_casualty_articles55``): the elided second place
    (dnum56-018, art55-07) and an equal injured figure of another fronted place taken for a
    restatement (dnum56-023/024, art55-11); both fixed by the ``dev_numeric58`` round.

``dev_numeric58.jsonl``
    38 original passages (statements not labelled) of the twelfth session's place-aware
    restatement round (h_num17): regional roundups whose tolls of different towns or regions
    share a figure, in Ukrainian regional posts, translated German and agency English, each
    varied: fronted towns in consecutive paragraphs ("In Kupiansk, ... injured three people.
    / In Balakliia, three people were injured"), fronted regions ("In the region
    Saporischschja, two persons were killed. In the neighbouring region Dnipropetrowsk,
    likewise two persons died"), a town in the clause against the next sentence's fronted
    town, a placeless toll after its paragraph's fronted town ("In Sumy, a drone hit a
    block. Three people were injured."), "there" after another village, paragraph kickers
    ("Kharkiv region. In Zolochiv, ..."), an elided item equal to another region's toll
    ("Dead there were two ... killed one person in Kostjantyniwka and two in Druschkiwka"),
    "Three were also killed in Pokrovsk", the injured after a toll split by place
    ("killed two persons in Kupjansk and one in Isjum ... Injured were four"); 10 true
    restatements of the same place as hard negatives (headline and body, a quote, a later
    paragraph naming the same town, a district "in Kherson's Dniprovskyi district", a risen
    toll, a confirmation "One dead there is confirmed") and 5 passages without a numeric
    event. First score on the unchanged extractor (BASE a079887): casualty .836 (P .979,
    R .730). Label calls (the rules were silent): an equal toll of another place is a record
    even when marked "likewise", "as well" or "also"; a placeless toll is the place an
    earlier sentence of its paragraph fronts, or the paragraph's kicker; a second source's
    toll for a district of the same town and an official's confirmation restate the toll.
    Families fixed: ``_repeat_places`` (asked by ``_repeats``: equal tolls whose own clause,
    sentence, earlier fronted place of the paragraph or paragraph kicker name different
    towns, or different regions, are two events, whether the places table knows the names
    or not; a town against a region, a placeless toll and where a speaker spoke decide
    nothing), ``_casualty_placeitem`` (asked by ``_casualty_link``: the last item of a toll
    split by place is never completed by the next sentence's other harm), "N were also
    killed" (``_casualty_harm``). After: casualty 1.000; ``dev_numeric56`` casualty .943 ->
    1.000 (dnum56-018/023/024), ``dev_articles55`` .985 -> 1.000 (art55-07, art55-11; the
    xfails of ``test_casualty_articles55`` now pass), ``blind3`` casualty .975 -> .988,
    ``blind4`` .941 -> .966; every other table unchanged (blind sets and heldout included).

    restatement (dnum56-023/024, art55-11).

``dev_numeric59.jsonl``
    34 original passages (statements not labelled) of the twelfth session's third air and
    strike round (h_air16) on the strike and interception errors of ``dev_articles58`` (the
    shared sample's layout: General Staff days, nights of massive air attacks) and
    ``dev_articles57`` (literal Romanian, Spanish, Portuguese, Polish, Greek, Turkish and
    Czech translations), each family varied: General Staff shelling totals with a
    rocket-launcher share ("fired 4,120 times at Ukrainian positions and settlements over the
    past day, 88 of them with multiple rocket launchers", the share after a long place and
    period), the sample's own "had fired 91 rockets ..., carried out 42 airstrikes and 57
    attacks with multiple rocket launchers"; ground assaults told in a front place's
    where-clause or after "near" ("The focus ... was again the Kostiantynivka area, where
    Russian troops attacked 37 times", "Russian troops attacked 44 times near Pokrovsk and 17
    times near Lyman"); a counted hit of a kind the air-defence report before it never counted
    ("Russia had launched 76 drones, 58 of which were shot down. Two Iskander-M ballistic
    missiles also hit the Dnipropetrovsk region"); "both missiles hit targets" / "both
    missiles reached their targets" after a shoot-down verb of another kind (a stated zero,
    2/0); a past month fronted inside reported speech ("The minister reminded that in
    September, ... four of them were shot down", "recalled that in March, Russia had fired 14
    missiles"); and 12 passages without a numeric event (ground assaults, recalled months, a
    loss tally, a running total, talks hosted, hardware handed over, a factory's output).
    First score on the unchanged extractor (BASE 045cbaf): strike .716, interception .727,
    casualty 1.000. Label calls (the rules were silent; the article sets' annotators
    followed): "both missiles hit targets" (no possessive) is the zero of "the missiles
    reached their targets" (art57-12's 2/0); "He reminded that in September, ..." is
    background like a fronted "In September, ..." (art57-08); a count of shelling naming no
    gun with a rocket-launcher share ("fired 3,960 times ..., including 112 times with
    multiple rocket launchers") is ``other`` beside the ``mlrs`` share, by the written
    ``dev_numeric36`` call ("naming no weapon is other") and as ``dnum31-004``, art34-04,
    art40-01, art52-11 and art58-02/09 label it. Families fixed: ``_strikecount`` (a front
    place's where-clause and "N times near X" with ground troops as the subject),
    ``_leftover`` (a hit of a kind the report before it never counted stays a strike),
    ``_airzero`` / ``_airmention`` ("both/all N X hit targets" is a stated zero, never the
    earlier verb's "both" shot down), ``_thatmonth`` (new: "that in MONTH," opening a reported
    clause, wired into ``_numback.background``), ``_strikepatterns`` (a share up to 90
    characters after its total). After: strike .848, interception 1.000, casualty 1.000;
    ``dev_articles58`` strike .833 -> .889, ``dev_articles57`` interception .927 -> 1.000,
    ``blind21`` strike .906 -> .923 and interception .930 -> .943, ``blind5`` strike .973 ->
    1.000; every other table unchanged (blind sets and heldout included). Left open (a
    ``KNOWN_MISSES`` entry): the five shelling totals with a launcher share still read
    artillery, as art18-07, art19-12, dnum21-006, dnum27-073 and dnum44-032 label the same
    shape; reading them ``other`` (which would need those five relabelled) raised
    ``blind15`` strike .957 -> 1.000 but dropped ``blind9`` .983 -> .949, so the rule was
    reverted and the label question stays the lead's.

    The lead's label call (h_air17): the total naming no weapon is ``other`` (the written
    ``dev_numeric36`` call, as the last three sessions' annotators wrote it); "fired artillery
    N times, including ..." and "shelled X N times, including ..." keep artillery. The
    ``gun_share`` rule (``_strikewith``) that read such totals artillery was removed and
    art18-07, art19-12, dnum21-006, dnum27-073 and dnum44-032 relabelled. After: strike .848
    -> 1.000 here, ``dev_articles58`` .889 -> 1.000, ``dev_articles34`` .900 -> 1.000,
    ``dev_articles52`` .980 -> 1.000, ``blind15`` .957 -> 1.000, ``blind9`` .983 -> .949
    (the two measured sets disagree; the lead accepted it); every other table unchanged.

``dev_numeric60.jsonl``
    32 original passages (statements not labelled) of the twelfth session's casualty round on
    ``dev_articles58`` and ``dev_articles57`` (h_num18), each family varied: an evening
    update naming its city among several cities' tolls ("By evening, the Kyiv city military
    administration said the number of dead in the capital had risen to four ...", "the
    Odesa regional administration said the number of dead in the city had risen to three",
    "the toll in Zaporizhzhia had risen to three dead and 15 injured"); running totals since
    a truce ("Since the entry into force of the truce on 27 November, ... has counted 330
    dead", "since the ceasefire was agreed in October"); subgroups told with their ages
    ("four teenagers aged between 14 and 17", "Two boys aged 9 and 12 were among the five
    people killed"); literal Romanian, Spanish, Portuguese, Polish, Greek, Turkish and Czech
    tolls ("resulted wounded", "12 of them minors", "made three dead and 28 wounded, among
    which four children", "other eleven were injured"); roundup shapes ("A 64-year-old man
    was killed ..., and two women were injured", "Another four people were injured", "Five
    of the injured were taken to hospital", "governor Ivan Fedorov said: two in Huliaipole
    and one each in Orikhiv and Stepnohirsk"); 9 without a numeric event (loss tallies, a
    war's total, the evacuated, the missing and deported, "No one was killed", a fronted
    past month). First score on the unchanged extractor (BASE 7bde2d7): casualty .892 (P
    .917, R .868). Label calls (the rules were silent): an update naming a city (or "the
    capital", or a region's body counting "in the city") replaces only a toll of that city or
    one with no place; a place list after the toll's attribution and a colon gives one record
    per place, as art58-09's "one each in Druzhkivka and Kramatorsk" does. Families fixed:
    ``_casualty_where`` (asked by ``_casualty_update``: an update whose sentence names a city
    never replaces a toll placed in another city; "in the capital" never one in a city that
    is no national capital; a region named as such rules nothing out); "since the entry into
    force / signing / coming into force of the ceasefire/truce" as a turn of the war
    (``_casualty_war``); ", X said: two in A and one each in B and C" as a place list
    (``_casualty_more``). After: casualty 1.000; ``dev_articles58`` casualty .955 -> 1.000
    (art58-07; art58-08 relabelled, see its entry), ``dev_articles57`` .982 -> 1.000
    (art57-04); every other table unchanged (blind sets and heldout included).

``dev_numeric61.jsonl``
    41 original passages (statements not labelled) of the thirteenth session's casualty
    round on ``dev_articles61`` and ``dev_articles60`` (h_num19): literal translations of
    French, Italian, Spanish, Portuguese, Romanian and Turkish copy with those languages'
    number syntax, each family varied: Italian inverted tolls ("Are 12 the dead in ...",
    "Rises to 9 the number of the dead ...") and "The wounded are 48" completing them, also
    past a subgroup sentence ("Among the victims, 9 minors and 5 women."); condition shares
    ("of whom 2 in serious condition", "among whom 5 in grave state and 11 in moderate
    state", a doctor's "three of the children are in serious condition"); superseded first
    counts ("The first balance, in the morning, spoke of 4 dead", "a figure which at midday
    was of 6 dead", "The provisional balance, at dawn, indicated 2 dead"); an earlier attack
    in the pluperfect with "made/caused" ("The last attack of similar intensity ..., on 3
    March, had made 11 dead", "had caused 4 dead and 10 wounded"); dates with "of" ("In
    March of 2024, ...", "During the war of 2006 between ..."); place lists with the place
    first ("and in Sumy another 2", "made 3 dead in Kherson and another 2 in Mykolaiv");
    shares of the dead by place ("Two of the dead were in a car near Tyre, while the other
    two died ...", "Three of the victims were killed in Borova, the other two in ...");
    running totals of both kinds ("..., and the number of wounded to 139.607"); the dead of
    hunger as a number; harm after people seized ("arrested 11 people in Nablus and wounded
    2 young men"); a death-toll rise told paragraphs later ("one of the wounded had died in
    hospital, raising the death toll to two"); 11 without a numeric event. First score on
    the unchanged extractor (BASE ead9993): casualty .699 (P .667, R .735). Label calls
    (the rules were silent): "Two of the dead were in a car near Tyre" is a place share of
    the dead, as art60-10's "two of the fatalities were registered in ... Bint Jbeil" is;
    "the other two" after it is one too; "300 more are expected" is no toll. Families fixed:
    ``_cas19read`` (inverted tolls, "another N" after a fronted place, group condition
    shares, dead shares by place, a town told with or without "region"), ``_cas19skip``
    (dates with "of", first balances, running totals' second kind, hunger counts, "treats at
    the moment", the expected, people seized), "made/caused" in ``_casualty_lastattack``,
    "among whom" in ``_casualty_care``, "Among the victims, N" in ``_casualty_words`` and
    ``casualties``, the subgroup sentence in ``_casualty_prior``, the Romance toll in
    ``_casualty_link``, a condition share never restated by another incident's equal toll
    (``_repeats``), the town-aware reach of a rise (``_casualty_raising``). After: casualty
    1.000; ``dev_articles61`` casualty .846 -> 1.000, ``dev_articles60`` .872 -> 1.000;
    ``blind7`` casualty .842 -> .893, ``blind23`` .839 -> .852; every other table unchanged.

``dev_numeric62.jsonl``
    41 original passages (statements not labelled) of the thirteenth session's air and
    strike round (h_air18) on the interception and strike errors of ``dev_articles59``,
    ``dev_articles60`` and ``dev_articles61`` (literal translations of French, Italian,
    Spanish, Romanian, Portuguese, Turkish, Ukrainian, Russian and Czech copy), each family
    varied: inverted Romance shoot-downs ("Were shot down 61 of the 78 drones launched ...",
    "were neutralised 140 drones out of 163", "Of the 70 drones, 52 were shot down"); an
    outcome list going on after "out of N" ("intercepted 9 missiles out of 12 and 43 drones
    out of 50", "shot down 2 missiles out of 3 and 70 drones"); missiles that got through
    ("The 3 ballistic missiles Iskander-M launched on the region of Kharkiv, instead, reached
    their targets", "the missiles did not manage to be intercepted", "of the missiles only
    one"); "all the N drones launched from ..." and "the six missiles were all destroyed";
    "were launched towards Sderot 6 rockets: 5 were intercepted"; a region's own figure
    before the national report told "in total"; "firing 47 munitions and launching 31
    drones, of which 24 were shot down"; "shelled Kherson, as well as the Bilozerka and
    Stanislav communities, more than 30 times"; "struck the port of Izmail, on the Danube,
    with three ballistic missiles"; shellings and raids with spaced and dotted thousands;
    and 11 passages without a numeric event (a past month, a running total, combat clashes,
    hardware to be delivered, a salvo capacity, a stockpile, a «Palestine 2» missile, a
    recalled "last attack of this scale ... had involved"). First score on the unchanged
    extractor (BASE ead9993): strike .538, interception .783, casualty 1.000. Label calls
    (the rules were silent; the article sets' annotators followed): "The N X launched on Y,
    instead, reached their targets" after a shoot-down report is launched N, intercepted 0
    (art61-03); "of the missiles only one" is 1 of the counted launch (art59-09); "firing N
    munitions" beside a drone launch is an ``other`` strike (art60-04); a numeral inside a
    quoted weapon name ("«Palestine 2»") counts nothing (art59-11); "The last / previous
    attack ..., on DATE, had ..." is background like a fronted past date. Families fixed:
    ``_air18read`` (new: "all the N" is all of N; a bare "all" beside the same clause's
    counted outcome is no second record; the figure after "out of N and" keeps the outcome
    verb; a bare figure followed by "were intercepted" is an outcome; "of the X only one";
    the launch told in an arrival sentence after a report; a region's "over the region"
    figure is never completed by a national "in total" launch, asked by ``_airpair``),
    ``_airnoun`` ("did not manage to be intercepted" as a stated zero), ``_airmixed``
    ("and launching / using N drones" as a launch of its own beside fired munitions),
    ``_strike18aside`` (new: place asides and "as well as" target lists between the verb and
    the figure), ``_strike18name`` (new: quoted weapon names), ``_strike18past`` (new: a
    recalled last attack), "firing" beside "fired" for munitions in ``strikes``. After:
    strike 1.000, interception 1.000, casualty 1.000; ``dev_articles59`` strike .880 ->
    1.000 and interception .978 -> 1.000, ``dev_articles60`` strike .914 -> 1.000 and
    interception .895 -> 1.000, ``dev_articles61`` strike .929 -> 1.000 and interception
    .880 -> 1.000, ``blind19`` strike .955 -> .971 and interception .926 -> .981, ``blind4``
    strike .905 -> .930 and interception .933 -> .955; every other table unchanged (heldout
    included).

``dev_numeric63.jsonl``
    53 original passages (statements not labelled) of the thirteenth session's Middle East
    and Asia air and strike round (h_air19): Israeli army reports of rockets, projectiles,
    missiles and UAVs from Lebanon, Gaza, Yemen and Iran in agency English and literal
    Hebrew and Arabic translations ("About 20 launches were identified crossing from
    Lebanese territory, some of which were intercepted", "5 rockets were identified crossing
    from the northern Gaza Strip; 3 of them were intercepted", "Two missiles were fired from
    Yemen; one was intercepted and the other fell in an open area", "the Iron Dome
    intercepted most of them", "launched 12 raids on the city of Hodeidah"), a Houthi or IRGC
    claim answered by the army's outcome (one record), "13 were intercepted and one was
    allowed to fall", US, UK, Israeli and Indian strikes, North Korean launches told by the
    JCS, KCNA and Japan's defence ministry ("two short-range ballistic missiles into the East
    Sea", "two rounds of strategic cruise missiles", "about 10 rounds from 240mm multiple
    rocket launchers", "a total of 8 ballistic missiles from four locations"), and 12
    passages without a numeric event (a UAV with no count, "what appeared to be a ballistic
    missile", "several short-range ballistic missiles", an ICBM, targets struck, aircraft
    detected around Taiwan, running totals since the war began and since October 8, a
    fronted past month, a stockpile, a drone "squadron"). First score on the unchanged
    extractor (BASE 0acf513): strike .727, interception .755, casualty 1.000. Label calls
    (the written rules followed): "launches" crossing from Lebanon are ``missile``
    interceptions like the projectiles they count; "Two UAVs that were launched from Yemen
    were intercepted" is all of two, as dnum13-010 labels it; "one struck a residential
    building" after "most ... were intercepted" is that launch's leftover (no strike); "99
    percent of which were intercepted" is an outcome without a number. st4-013
    (``dev_statements4``) relabelled from a rocket strike of 30 to the interception 30/null
    its "“around 30 rockets were identified crossing from Lebanon,” some of which were
    intercepted" is by the written "some of which" convention. Families fixed: range
    adjectives ("short-/medium-/intermediate-/close-range", "intercontinental", "strategic"),
    calibres ("240mm", "600 mm", "super-large") and "rounds of / from" as modifiers before
    the weapon noun, "rounds" naming artillery only alone (``weapons``); ``_air19seen``
    (new: the IDF's "launches" crossing or "from" as a missile noun, "were identified
    crossing" as the figure's own launch, "was allowed to fall / land" as no shoot-down,
    asked by ``_airrole`` and ``_airnoun``); ``_strike19front`` (new: a whole fronted by
    "Of the N ..." dated "last month / year / week" is background, its xfail in
    ``test_strike_precision10`` removed). After: strike 1.000, interception 1.000, casualty
    1.000; ``dev_articles62`` strike .833 -> 1.000; every other table unchanged (blind and
    heldout included).

``dev_numeric64.jsonl``
    42 original passages (statements not labelled) of the thirteenth session's casualty
    round (h_num20) on the casualty errors of ``dev_articles63`` (German online copy
    translated: ledes, scene sentences, live tickers) and ``dev_articles64`` (Italian
    one-sentence paragraphs), each family varied: the toll's other harm told as a known
    group in the next sentence ("Two people died, ... . Among the 23 wounded were three
    teenagers", "Of the 17 injured, five are in hospital", "The 14 wounded include a
    boy"); a lede toll and its unmarked or "N others" wounded with one scene sentence
    between them ("... has killed at least five people. The drones struck the city centre
    shortly before midnight. 19 people were injured"); "the dead are 2, among whom ..., and
    the wounded 7"; "The wounded are over 20" opening the next paragraph after a
    killed-only toll; a live ticker, newest first, under a lede with the latest toll
    ("+++ 12:05 +++ ..., five people have now died" under the lede's six); worst attacks
    recalled in the pluperfect with their date ("In the deadliest attack so far this year,
    on 15 March, a Russian missile had killed 20 people"); contrasts (another place fronted
    in the scene sentence, "In Gaza, the wounded are 40" after a Lebanese toll, today's
    worst attack in the past tense, "The dead are a woman of 72 years, her son and two
    neighbours" naming the counted); 15 without a numeric event. First score on the
    unchanged extractor (BASE 0090d7c): casualty .408 (P .333, R .526). Label calls (the
    rules were silent, the annotators of ``dev_articles63``/``64`` followed): "Among the N
    wounded" / "Of the N injured" / "The N wounded include" after a killed-only toll in the
    same paragraph completes it (art63-02), unless an earlier record already told N (the
    article points back to it: art12-12's "Of the 27 injured, 16 were hospitalised" stays
    with the lede's 27); one scene sentence (no harm, no count of people, no other place or
    attack) between a lede toll and its other harm is passed (art63-06); a ticker entry's
    "now" toll that the lede above the ticker replaces is superseded (art63-06); a worst
    attack recalled in the pluperfect and dated before the story is background (art63-06);
    a list naming the counted dead ("The dead are a woman ..., her son and two neighbours")
    is no new record. Families fixed: ``_cas20link`` (new: the defined other harm, "The
    wounded are N" across a paragraph break, the scene sentence; wired through
    ``_casualty_link.completes``/``same_par`` and ``_casualty_prior``), ``_cas20read`` (new:
    "the dead are N" through ``_cas19read.inverted_kind``; the named list and the dated
    worst attack through ``_casualty_lastattack.earlier_attack``; the lede over a ticker
    through ``_casualty_ticker.older_entries``). After: casualty .961 (P .949, R .974; open:
    dnum64-012, a scene sentence recalling earlier attacks before "Six passengers were
    injured", xfail in ``test_casualty_articles63``); ``dev_articles63`` casualty .871 ->
    1.000, ``dev_articles64`` .878 -> 1.000, ``blind23`` .852 -> .900; every other table
    unchanged (heldout included).

``dev_numeric65.jsonl``
    42 original passages (statements not labelled) of the thirteenth session's second air
    and strike round (h_air20) on the interception and strike errors of ``dev_articles63``
    (translated German online copy) and ``dev_articles64`` (French, Italian, Romanian,
    Moldovan and Belgian translations), each family varied: the Russian Defence Ministry's
    region shares in every shape ("The breakdown by region: Belgorod 40, Kursk 33, ...", the
    same opening the next paragraph, "In detail: Bryansk region 24, ...", "29 over the
    Bryansk region, 18 over ...", "of which 41 over the region of Bryansk, 22 over that of
    Kursk", "the Bryansk region with 30", "over Bryansk (19), followed by Kursk (12)", "Of
    these, 30 fell over the Bryansk region"); a launch list "reported" or "spoken of" with a
    night phrase or "and decoys" after it, its outcome in the next sentence ("reported 112
    drones and three Kh-101 ... overnight. 89 drones were shot down, of the missiles two",
    "of the missiles none"); fronted shares joined by a semicolon ("Of the 52 missiles, 40
    were shot down; of the 500 drones, 470 were downed"); subtypes inside a launch ("19
    missiles, of which 18 were Iskander-M", "15 missiles, among them six Kinzhal"); and 14
    passages without a numeric event (drones fallen on Moldovan or Romanian soil, incursions
    from Belarus, recalled episodes "of September, when ...", "one of the strikes / attacks"
    as a subject, running totals, a breakdown of bomb shelters, hardware to be delivered,
    prices, air alerts). First score on the unchanged extractor (BASE 0090d7c): strike .571,
    interception .848, casualty 1.000. Label calls (the rules were silent; the article
    sets' annotators followed): a bare region breakdown opening the paragraph after the
    ministry's total gives one record per region (art63-08), as inside its paragraph;
    "Of these, N fell over the X region" (German "entfielen auf") and "the X region with N"
    are region shares; "of which N were X" after a launch of that kind is part of the
    launch, as "among them nine Kinzhal" is; "of the missiles none" is a stated zero; a
    dated episode recalled in a "when" clause ("the episode of September, when 19 Russian
    drones entered Polish airspace and only four were shot down", art64-07) is background;
    drones that fell on a country's territory or soil are no strike (art64-11); "one of the
    strikes had targeted ..." is no count (art64-02), as "in one of the attacks" is. Families
    fixed: ``_air20verbs`` (new: "reported" / "spoke of" a bare launch list with a trailing
    night phrase as a launch verb, asked by ``_airrole.verbs``; the gate's list line across
    a paragraph after "The breakdown by region:" and for the shapes below; a dated episode's
    "when" clause as background), ``_air20read`` (new: each fronted share takes its own "of
    the N X," front; "of which N were X" subtypes dropped; a vague share whose clause holds
    a bracketed figure dropped for the list), ``_air20shares`` (new: bracketed, "with N" and
    "N fell over X" region lists after a total), ``_airregion`` ("over that of X"),
    ``_strike20read`` (new: drones fallen on a territory; "one of the strikes"). After:
    strike 1.000, interception 1.000, casualty 1.000; ``dev_articles63`` strike .958 -> 1.000
    and interception .828 -> 1.000, ``dev_articles64`` strike .842 -> 1.000 and interception
    .900 -> 1.000, ``blind23`` strike .894 -> .913 and interception .889 -> .909; every other
    table unchanged (heldout included). Open (xfail in ``test_air_articles63``): "Bryansk
    accounted for 30 of them, Kursk for 20"; "followed by Kursk with 20" after an "over X"
    share.

``dev_numeric66.jsonl``
    46 original passages (statements not labelled) of the thirteenth session's round on the
    open numeric xfails (h_num21), each family varied: misses told as a share ("Two of the
    three missiles could not be intercepted", "could not intercept three of the seven",
    "Three of them could not be intercepted" after a counted launch, "five of the 14 drones
    ... could not be stopped", beside a counted shoot-down); region shares told with
    "accounted for" ("The Bryansk region accounted for 45 of them, the Kursk region for 30",
    "with the Bryansk region accounting for 40 and Smolensk for 22") and "followed by X with
    N" after an "N over X" share; condition shares after a care verb ("Seven residents are
    receiving treatment, three of them are in serious condition", "Nine people are being
    treated ..., two of them in critical condition"); a share and its stated total in one
    phrase ("Nine of the 31 wounded remain in hospital", "three of the 19 wounded had
    undergone surgery", "Six of the 22 injured were children", and the total told before); a
    group condition share with no toll before it; "twice" / "three times with X" weapon
    shares of a shelling total; lists of models inside a reported launch ("among them five
    Kalibr and four Iskander-K"); an update of both kinds after a toll told as two groups
    ("Two soldiers were killed and 14 civilians were wounded ... . By evening the toll had
    risen to three dead and 17 injured"), against another day's toll; 13 without a numeric
    event ("twice as many", "attacked twice on Monday", "could not be reached / repaired",
    "accounted for most of the power cuts", "followed by Belgorod with 12 new shelters", "on
    condition of anonymity", "in good condition"). First score on the unchanged extractor
    (BASE 89a94e7): strike .308, interception .478, casualty .723 (the first 34 passages,
    before two passages were reworded and twelve added: .333 / .400 / .667). Label calls
    (the rules were silent; the written rules followed where they reach): "N of M could not
    be intercepted / shot down / stopped" is the launch with an outcome without a number
    (M/null), as "N of M reached their targets" is (``dev_numeric33``), and so is "Three of
    them could not be intercepted" after a counted launch, while a counted shoot-down beside
    the misses keeps its figure ("shot down 20 of the 25 ...; five could not be intercepted"
    is 25/20); "X accounted for N (of them), Y for M", "with X accounting for N" and
    "followed by X with N" are region shares like "N over X"; "are receiving treatment" is
    injured like "are being treated"; "N of the M wounded remain in hospital / are in
    serious condition / had undergone surgery / were children" is two records, the total M
    and the share, unless an earlier record told M (the phrase points back), and a
    killed-only toll of plain people just before takes M as its injured (as "Of the 17
    injured, five ..." does, ``dev_numeric64``); "twice with MLRS" after a counted "N times"
    is an ``mlrs`` strike of two; a list of models after a reported launch's "among them" is
    all part of that launch (no strike for its second item); an update of both kinds in a
    later sentence of the paragraph replaces a toll its first sentence told as two groups
    (dead and injured of different groups), as it replaces a one-group toll. Families fixed:
    ``_air21missed`` (new: the misses share, asked beside ``arrived_share`` in
    ``interceptions``), ``_air21shares`` (new: "accounted for" and "followed by" shares,
    asked by ``interceptions`` and ``_air20shares.listed_shares``; the gate's list line in
    ``_air20verbs``), ``_cas21total`` (new: the share and its total, through
    ``casualties._records`` and ``find``), ``_strike21twice`` (new: "twice" as a strike-only
    figure; ``_strikewith`` stops a total's weapon list at "twice" / "three times"), the
    care and gate words ("receiving treatment", "treated" before an appositive share,
    "treatment" and "condition" in ``_numgate``), ``_launchshare`` (the next item of a list
    of models) and ``document`` (a capital glued to digits, "Kh-31P.", is no initial, so the
    sentence ends there), ``_cas21update`` (new: the two-group toll an update of both kinds
    replaces, asked first by ``_casualty_update.drop_updated``). After: strike 1.000,
    interception 1.000, casualty 1.000; ``blind25`` casualty .961 -> .974,
    ``dev_articles32`` strike .875 -> 1.000, ``dev_numeric38`` strike .989 -> 1.000,
    ``dev_numeric50`` casualty .976 -> 1.000 (dnum50-003); every other table unchanged
    (heldout included). Xfails closed: ``test_air_articles63`` (both),
    ``test_air_middleeast13``, ``test_air_real10``, ``test_air_articles52``,
    ``test_casualty_german10``, ``test_casualty_round10``, ``test_casualty_articles61``,
    ``test_casualty_articles43``, ``test_strike_precision10``.

``dev_numeric67.jsonl``
    79 original passages (statements not labelled) of the thirteenth session's precision
    sweep on numbers that are no event (h_prec13), written after this session's ~60 new
    readings: 68 hard negatives dense in figures (aid and budgets, production and stock,
    deliveries and orders, training, sport and culture, whole-war totals, capability ranges,
    evacuees and refugees, prisoner and body exchanges, hostages, polls, weapons seized,
    settlements captured, clashes, "five times more", times, dates, distances, unit numbers,
    ages, headlines, plans, exercises and tests, space launches, North Korean and Iranian
    arsenals) beside 11 passages with events. First score on the unchanged extractor (BASE
    89a94e7): strike .560 (P .389), interception .800, casualty .833, 15 spurious events and
    no miss. Label calls (the rules were silent): hardware of an exercise, drill, war games or
    test is no strike and no interception ("During the Zapad-2025 exercise, ... launched 12
    Iskander missiles at mock targets", "In a test last year, the system brought down 40
    drones"), while a North Korean launch into the sea with no drill in its sentence stays a
    strike; space launches, hardware given to a bare-object recipient ("has sent Russia about
    100 ballistic missiles"), launch figures "reported" in depots or "spoken of" as the likely
    size of the next attack, ratios ("10 shells for every Ukrainian one") and a capability's
    rate ("can intercept up to 10 drones a minute") are no events; "1,200 wounded veterans",
    kin "lost in the war", "was one of 6 journalists killed in Gaza this year", "700 have
    died of cholera" and a toll in the relative clause of an anniversary ("two years since
    the Hamas attack of 7 October, in which ...") are no tolls. Families fixed:
    ``_prec13read`` (new: drills, tests, space launches, bare-object deliveries, stock,
    forecast and ratio tails, asked by ``strikes``; drills, tests and capability rates asked
    by ``interceptions``), ``_prec13cas`` (new: wounded veterans, kin lost in the war, "was
    one of N X killed", asked by ``_casualty_skip.not_harmed``), ``_casualty_nature``
    ("died of cholera"), ``_casualty_inwhich`` ("years since", "anniversary of"). After:
    strike 1.000, interception 1.000, casualty 1.000; every other table unchanged (heldout
    included).

``dev_numeric68.jsonl``
    37 original passages (statements not labelled) of the thirteenth session's round on the
    casualty and interception errors of ``dev_articles67`` (literal Italian translations) and
    ``dev_articles66`` (literal French ones), h_num22, each family varied: inverted tolls told
    as a pair ("Are 4 the dead and 19 the wounded", "Rose to 9 the dead and to 40 the
    wounded", "Is of 2 dead and 11 wounded the balance", "It is of at least 14 dead the
    balance"), "of whom N in grave condition" and "among whom N women" shares, superseded
    first balances ("A first balance spoke of 2 dead", "raised the toll to ... by evening",
    "against 3 dead and 30 injured in a previous toll"), a lone unnumbered death then
    "bringing the toll to two dead", "the bloodiest day since the entry into force of the
    truce", place shares ("4 in Kramatorsk and 3 in Sloviansk", "Two of the dead were in a
    minibus hit on the road between X and Y"), frigates' shoot-downs and the Houthis' claims,
    "part of them were intercepted" and "the greater part was shot down", subtypes before a
    colon or semicolon ("among which 4 Iskander-M:", "of which 3 Kinzhal;"), "N drones of the
    M launched", "Were shot down N of the M", a two-part headline restated below; 10 without a
    numeric event ("Are 30 the countries", "Rises to 15 the number of the Patriot batteries",
    "of whom 200 women" in a contingent, a prisoner exchange "of whom 12 wounded", goals,
    exercises). First score on the unchanged extractor (BASE c5fc6f6): strike .000 (2
    spurious, no gold strike), interception .690, casualty .680. Label calls (the rules were
    silent; the written rules followed where they reach): a defender's shoot-down of drones
    "launched by the Houthis toward X" and the rebels' claim of a larger attack in the next
    sentence are one record (claim/shoot-down), as the ``dev_articles67`` frigate call is;
    "against N dead and M injured in a previous toll" is a superseded figure
    (``dev_numeric2``); "Is of N dead and M wounded the balance" is a toll; wounded soldiers
    of a prisoner exchange are no toll (``dev_numeric67``); place shares of the dead are
    records beside the toll (the ``dev_articles67`` call); "of which 3 Kinzhal" after a
    reported launch is part of it (``dev_numeric34``). Families fixed: ``_cas22read`` (new:
    the second figure of an inverted pair, asked by ``_cas19read.inverted_kind``; "The
    wounded are N" after an "Among the victims" line, asked by ``_casualty_prior``; a lone
    death folded by "bringing the toll to", asked by ``_casualty_update``; "deadliest day
    since", asked by ``_casualty_war``; "against ... in a previous toll", asked by
    ``_cas19skip``), ``_air22sub`` (new: a launch's subtype before a colon; "N X of the M
    launched"; both asked by ``_airmention``), ``_num22head`` (new: a headline of two parts,
    asked by ``_headfigs``), ``_cas19read.dead_at`` ("between X and Y"),
    ``_casualty_update`` ("By mid-morning"), ``_launchshare`` ("of which" / "among which"),
    ``_airrelative`` ("launched by the Houthis toward"). After: strike 1.000, interception
    1.000, casualty .962 (the prisoner exchange's two tolls stay open); ``dev_articles67``
    interception .889 -> 1.000, casualty .824 -> 1.000; ``dev_articles66`` casualty .898 ->
    1.000; ``blind26`` casualty .899 -> .921; every other table unchanged (heldout included).

``dev_numeric69.jsonl``
    30 original passages (statements not labelled) of the thirteenth session's numeric
    leftovers, h_num23, each family varied: a launched item whose own relative clause says it
    reached or hit its targets ("and two ballistic missiles which reached their targets" after
    the first item's "of which 70 were neutralised", "that hit their targets", ", which all
    struck their targets"), people exchanged, repatriated or freed and their wounded ("95
    servicemen came home, 17 of them seriously wounded"), a day dated with its year ("fired 82
    missiles at Ukraine on 10 October 2022", "hit the city on 14 January 2023, killing 46") in
    a story about another day, a month's shoot-down total ("destroyed 1,500 Shaheds in
    September"), the people of a film's or novel's story ("medics who treated 200 wounded"),
    a stampede's or crush's hurt; 15 without a numeric event. First score on the unchanged
    extractor (BASE d8b7b23): strike .000 (4 spurious, no gold strike), interception .645,
    casualty .560 (measured .538 with dnum69-027's "killed a 70-year-old man" labelled 1
    killed; relabelled before any fix to the written rule that "a man" is no count). Label
    calls (the rules were silent; the written rules followed where they reach): a launched
    item's own relative clause of arrival is a stated zero (N/0) as "all reached their
    targets" after a counted launch is; a day with its year is background like "Hamas's
    October 7, 2023 attack"; a month's shoot-down total is no interception; the hurt of a
    stampede or crush with no attack told are no toll, like a natural disaster's dead.
    Families fixed: ``_num23air`` (new: the relative clause's zero, asked by ``_airzero``;
    the item is a launch, asked by ``_airmention``), ``_num23cas`` (new: exchanged or freed
    people and their wounded, a story's people, a crush's hurt, hunger deaths told as a count
    and their shares, asked by ``_casualty_skip.not_harmed``; people evacuated "who were
    injured" are the hurt, asked by the same), ``_num23date`` (new: a day with its year, a
    month's shoot-down total, asked by ``_pastdate.past_dated``). After: 1.000 / 1.000 /
    1.000; ``dev_numeric68`` casualty .962 -> 1.000 (dnum68-036); ``dev_articles66``
    interception .944 -> 1.000; ``dev_articles62`` casualty .945 -> 1.000 (hunger shares,
    the evacuated hurt); every other table unchanged (heldout and the blind sets included).

    Lead's merge check: a day with its year that OPENS a sentence stays news unless the
    sentence marks it as recalled (the pluperfect, "recalled", "anniversary", "at the
    time"), since translated reports date the news day with its year too ("On 14 March 2025,
    Russia attacked Ukraine with 112 drones, 86 of which were shot down" was lost to the
    rule as first written). dnum69-014's "On 8 July 2024, a missile hit ..., killing two
    adults" is therefore read as news (casualty .933, bar .93).

``dev_numeric70.jsonl``
    53 original passages (statements not labelled) of the thirteenth session's open numeric
    xfails and literal French and Italian casualty and air-defence copy, h_num24, each
    family varied: a single compass area closing a bulletin's outcome ("As of 08:30, 30
    enemy drones were shot down or suppressed in the south" after an unplaced launch list),
    "flying objects of the type Shahed", a shelling tally after a colon ("attacked 11
    settlements ...: 412 shellings in one day"), a toll placed only by "shelling of Kherson"
    beside an equal toll elsewhere, "further persons" after one counted man, verb-first tolls
    ("Were killed three people and wounded eleven", "Died two children", "Lost their lives
    three rescuers"), "the toll is of", "the balance rises to", "some twenty", "about
    thirty", "a dozen", "It is reported of five injured", "One deplores two dead", "The
    wounded, of whom three in serious condition", "neutralised", "lost locally", "did not
    reach their targets"; 11 without a numeric event (a disaster's dead told verb-first,
    "victims" alone, a month's shoot-down total "in the month of September", people freed,
    a capability, crews and ambulances). The first 48 were written and measured before any
    fix (BASE 640bee7): strike .615, interception .839, casualty .943; dnum70-049...053,
    written after the first fixes from probing ("that of the wounded to 64", "the injury of
    seven", "Lost the life two rescuers", "The injured, among whom two in grave state",
    "Perished at least 12 people in the landslide"), bring the whole file on the unchanged
    extractor to .615 / .839 / .818. Label calls (the written rules followed): "further
    persons" after a counted group completes its record (dev_numeric24's dnum24-014 and
    dev_numeric56's calls; ``test_air_articles36``'s row expected two records against them
    and now expects one); "some twenty" / "about thirty" / "a dozen" are 20 / 30 / 12;
    "victims" alone stays no count. Families fixed: ``_n24compass`` (new, asked by
    ``_airbulletin.compass_wide``), ``_n24objects`` (new: the typed model as the figure's
    noun and the colon tally, asked by ``strikes``), ``_n24place`` (new, asked by
    ``_casualty_there.toll_place``), ``_n24whom`` (new, asked by
    ``_casualty_care.care_subgroups``), ``_n24nature`` (new, asked by
    ``_casualty_nature.disaster_dead``); widened in place: ``_casualty_harm`` ("lost the
    life", ", that of the wounded to N", "the injury/wounding of N"), ``_casualty_german``
    (the German rise reader stops at "that of"), ``_num23date`` ("in the month of
    September"). After: 1.000 / 1.000 / 1.000. Open: dnum64-012 (a label question, see
    ``test_casualty_articles63``), "Were hit 14 drones by the anti-aircraft defence" (xfail
    in ``test_numeric_leftovers14``).

``dev_numeric71.jsonl``
    46 original passages (statements not labelled) of the fourteenth session's casualty round on
    ``dev_articles69`` (h_num25): literal French, Italian, Spanish and Ukrainian tolls, each
    family varied: inverted tolls ("Were killed three people and wounded eleven", "Died two
    children", "Are 6 the dead and 19 the wounded", "Climbs to 5 dead the balance"), "the toll
    is of N dead and M wounded", condition shares ("of whom N in serious condition", "The
    wounded, of whom five in serious condition, were ...", "of whom a dozen were transferred in
    serious state"), subgroups ("Among them are counted four children", "Among the victims, 2
    rescuers" after a toll of both kinds, "Among the dead, three children. The wounded are 12,
    among them 5 children"), updates naming only the dead ("raised the toll to 22 dead, after
    recovering four more bodies") beside per-place tolls, number words ("a dozen", "some
    thirty", "a hundred or so", "half a dozen"), hospital intakes, the other harm told
    verb-first in the next sentence ("Resulted wounded another 26 civilians"), "killed a
    family of six"; 11 without a numeric event (a past war's or last attack's "had made N
    dead", "victims" alone, people evacuated or treated for shock, bodies returned, a running
    total and its wounded, a hospital's beds). First score on the unchanged extractor (BASE
    a9339ea): casualty .784 (P .766, R .803). Label calls (the written rules followed, the
    annotator of ``dev_articles69`` where they are silent): an update naming only the dead
    keeps the first toll's wounded (19/60 after 16/60); "Among the victims, N X" after a toll of
    both kinds is killed; "Resulted wounded another N X" completes a killed-only toll of the
    same group, not one of kin ("her two grandchildren"); "a hundred or so" is 100. Families
    fixed: ``_n25cas`` (new: the verb-first other harm, fronted and care-verb condition shares,
    "Among them are counted", "Among the victims" after a toll of both kinds, "of whom N in A
    and M in B" place shares, "killed a family of N"; called at the end of
    ``casualties.find``), ``_n25update`` (new: an update naming only the dead replaces the lede
    toll of both kinds and keeps its wounded, a place-fronted toll between them kept; a group's
    dead and wounded in two sentences one record; wraps ``drop_updated``), ``_n25skip`` (new:
    a past war's or "the last one"'s pluperfect "had made N dead", "one spoke of N dead",
    bodies that raised an update, a running total's wounded; asked by
    ``_casualty_skip.not_harmed``), ``numbers`` ("N or so" is the figure, approx "about").
    After: casualty 1.000; ``dev_articles69`` casualty .845 -> 1.000; every other table
    unchanged or up (blind sets as numbers only).

``dev_numeric72.jsonl``
    58 original passages (statements not labelled) of the fourteenth session's air and strike
    round on ``dev_articles69``/``68`` (literal French, Italian, Spanish and Ukrainian number
    syntax), h_air21, each family varied: a military's strikes on an armed group's sites in
    Romance order ("a dozen strikes against infrastructures of Hezbollah", "«more than 25
    strikes» against command centres and depots of weapons of the Houthis", "fifteen strikes
    against sites of launch of missiles of the Yemeni rebels"), counted raids ("some twenty
    raids", "the raids were about twenty", "Were 15 the Israeli raids"); inverted launches and
    outcomes ("Were launched ... 45 drones, of which 38 neutralised", "Have been shot down 40 of
    the 49 drones"); class fronts ("Of the drones, 71 ...; of the missiles, only two" after "six
    missiles, among them four Kh-101"); a defender's shoot-down and the Houthis' or Hezbollah's
    claim in either order; "19 drones of the Shahed type and 5 Molniya UAVs"; stated zeros,
    "lost locally", "did not reach their targets", electronic warfare; "The largest part, 20
    devices, was shot down over X"; the ticker "71 drones and 3 missiles launched, 50 drones
    shot down"; EFE's launch told after the outcome ("shot down 47 drones Shahed in an attack
    in which Russia employed a total of 61 of those systems"), "73 aircraft without pilot, of
    which 58 would have been shot down", "about fifteen strikes in the south of Lebanon,
    targeting depots of Hezbollah"; 14 without a numeric event.
    001-046 were written and labelled before any fix (strike .588, interception .772 on the
    unchanged extractor a9339ea); the probe 047-058 was written in the same style after the
    first fixes (.444 / .308 on a9339ea). Whole file on a9339ea: strike .558, interception
    .686, casualty 1.000. Label calls (the rules were
    silent; the written rules followed where they reach): "did not reach their targets" beside
    a shoot-down is lost, like "lost locally"; "All reached their objectives" is the stated zero
    of "all reached their targets"; "did not manage to shoot down any of the 4" is 4/0; "the
    raids were 12" counts air strikes, arrest raids nothing; a capability ("able to intercept
    up to 10 missiles at the same time") and a stockpile ("drones ready to be launched") are no
    event. Families fixed: ``_a21group`` (asked by ``strikes.py`` beside ``_strikegroup``),
    ``_a21claim`` (claim/shoot-down pairs, after the report's flush in ``interceptions.py``),
    ``_a21fronts`` (a figureless class front and its class launch; "The largest part, N
    devices,"), ``_a21list`` (a list item "of the X type"), ``_a21raids`` ("the raids were N"),
    ``_a21ticker`` (a participle launch before a shoot-down), ``_a21zero`` ("not ... any of the
    N"), ``_a21those`` ("a total of N of those systems"), and small widenings of
    ``_airgeneric``, ``_air20verbs``, ``_prec13read``, ``_airnoun`` ("aircraft without pilot")
    and ``_airmention`` ("of which N would have been shot down"). After: strike .977,
    interception .985, casualty 1.000 (dnum72-015's "All reached their objectives" stays open:
    the gate has no word for it); ``dev_articles69`` strike .885 -> 1.000, interception .915 ->
    1.000; ``dev_articles68`` .875 -> 1.000, .955 -> 1.000; every other table unchanged
    (heldout and the blind sets included).

``dev_numeric73.jsonl``
    54 original passages (statements not labelled) of the fourteenth session's numeric
    leftovers and literal Spanish, Portuguese, Italian and German air-defence copy (h_num26),
    each family varied: outcome verbs of word-for-word translations ("Were hit 19 drones by the
    anti-aircraft defence", "The anti-aircraft defence hit 35 of them", "Were felled 41 of the
    57", "of which 50 were abated", "toppled", "struck down", "rendered useless"); arrival
    zeros with "objective(s)" ("All reached their objectives", "..., all of which reached their
    objectives"); denied outcomes with no figure ("could not intercept any of the missiles",
    "had been unable to shoot down any of the missiles", "No one was shot down", "No one of
    them was intercepted"); "aircraft/planes without pilot", "aircraft without crew"; the German
    modal frame ("Of these could, according to own statements, 120 be shot down", "59 could
    according to the air force be made harmless"); a launch told after its outcome ("...,
    which detected 60 launched by Russia"); literal controls; 12 without a numeric event.
    001-044 were written and labelled before any fix (strike .343, interception .488 on the
    unchanged extractor 0c74d4f); the probe 045-054 in the same style after the first fixes
    (.000 / .588 on 0c74d4f). Whole file on 0c74d4f: strike .308, interception .517, casualty
    1.000. Label calls (the rules were silent; the written rules followed where they reach):
    "hit" with an air-defence agent or subject is a shoot-down; "reached their objective(s)" is
    "reached their targets"; a denied "any of them" and "No one was shot down" after a counted
    launch are N/0 and nothing without one; "aircraft without pilot/crew" are drones; the
    German modal frame's figure is the outcome of the launch before it; "which detected N
    launched" after a shoot-down is that report's launch. dnum64-012 was relabelled by the
    written rules (two records: people killed 1, passengers injured 6; a scene sentence naming
    an earlier attack stops the ``dev_numeric64`` reach, and "passengers" after "one person" is
    another stated group, ``dev_numeric54``'s passers-by call). Families fixed: ``_n26words``
    (new: the outcome verbs, "without pilot", "objectives" and their gate words, read by
    ``_numclause``, ``weapons``, ``_airnoun``, ``_numgate`` and the arrival readers),
    ``_n26zero`` (new: zeros with no figure, asked by ``_airzero.zeros``), ``_n26modal`` (new:
    the German modal frame, asked by ``_airmention``), ``_n26after`` (new: "which detected N
    launched", asked by ``interceptions.py``); ``_airshare.HIT_AFTER`` no longer reads "struck
    down" as a hit. After: strike 1.000, interception 1.000, casualty 1.000;
    ``dev_numeric72`` .977 / .985 -> 1.000 / 1.000 (dnum72-015); ``dev_numeric64`` casualty
    .961 -> 1.000 (the relabel); every other table unchanged or up (blind sets as numbers
    only).

``dev_numeric74.jsonl``
    41 original passages (statements labelled only where a quote or that-clause carries a
    toll) of the fourteenth session's casualty round on ``dev_articles71``/``70`` (literal
    Spanish, Portuguese, Ukrainian regional, German, Italian and French copy), h_num27, each
    family varied: toll updates with the figure before its kind or the verb after the noun
    ("with which the balance of dead rose to three", "elevated to 11 the number of wounded,
    after four employees ... were injured", "elevated the balance to 17 dead, after two of the
    wounded died", "By evening rose the number of dead to five", "had the rescue services the
    number of dead raised to six", "Rose then to three the dead and to 24 the wounded",
    "elevated ... to seven the number of dead and to 19 that of wounded ..., among the latter
    four children", "The toll went up in the evening to four dead"); recaps after one more
    death ("Thus, 3 people were killed in the region over the day", "In total, 2 people were
    killed"); another place's update beside a region's toll ("In Beryslav, the number of
    wounded rose to nine") and a town's toll inside a district's; background ("at that time
    five people had died", "counts for September alone 214 civilians killed ..., the highest
    number since May", "The civil war has ... more than 40,000 lives demanded", "registered
    this year 58 attacks against hospitals ..., with more than 900 dead", "Among those freed
    there are 20 gravely wounded"); "Are two the dead and 11 the wounded, among them three
    women"; two sites in one sentence; "seven remain hospitalised, two of them in grave
    state"; a toll in a quote; a second source confirming the deaths; 10 without a numeric
    event. Written and labelled before any fix; first score on the unchanged extractor
    da21925: casualty .474 (P .418, R .548), strike 0.000 (no strike labelled, one spurious:
    "58 attacks against hospitals"). Label calls (the rules were silent; the written rules and
    the annotators of ``dev_articles70``/``71`` followed): "a 64-year-old man was killed and 5
    people were wounded ... Later, a woman died of her injuries. In total, 2 people were
    killed" is one record 2/5 (the uncounted man gives no figure, the recap does), and so is
    "killed the driver and wounded five passengers ... the number of dead rose in the evening
    to two"; "killing one woman" then "had raised the number of dead to two and counted five
    wounded" is one record 2/5 (the update replaces the lone toll); "The prosecutor's office
    confirmed the two deaths" restates the toll. Families fixed: ``_n27upd`` (updates in
    Romance and German order, recaps) and ``_n27bg`` (background, "Are N the dead and M the
    wounded", two sites, a share of a share, "among the latter N X"), wired through
    ``_n27cas`` in place of ``_n25cas.revise``. After: casualty 1.000 (the strike stays a
    known miss of the strike readers); ``dev_articles71`` casualty .691 -> 1.000,
    ``dev_articles70`` .727 -> 1.000; every other table unchanged or up (heldout unchanged).

``dev_numeric75.jsonl``
    45 original passages (statements not labelled) of the fourteenth session's air and strike
    round on ``dev_articles71``/``70`` (literal Spanish, Portuguese, Ukrainian regional, Italian
    and German copy), h_air22, each family varied: "among them 88 drones and eight ballistic
    missiles Iskander-M, ... which said it had neutralised 70 of the drones and three of the
    missiles"; "The missiles, according to the same source, hit targets in ..." after a launch
    (also after a semicolon, also a paragraph later); "50 drones and the two cruise missiles
    were shot down, while the ballistic missiles were not intercepted" after a launch of both
    kinds; "Both rockets had been intercepted"; "the remaining drones hit a power station" (no
    strike); "struck Zaporizhzhia with 3 guided aerial bombs and 9 Shahed attack drones, the
    Polohy district - with artillery"; "160 attacks with drones of different types and 17 with
    multiple rocket launchers"; German perfect "66 drones against Ukraine deployed. Of the
    drones, 50 could be ..."; "12 rockets, among them five ballistic Iskander-M and seven cruise
    missiles of the type Ch-101" answered by "eight rockets"; "The army spoke of 15 strikes
    against military targets of the militia" after "Israeli fighter jets attacked", "about
    twenty strikes against the port of Salif"; "Were nine the Israeli raids that" after a
    dateline; "which it was not possible to intercept", "none of which could be intercepted"; 11
    without a numeric event (WHO tallies of attacks on health facilities, "struck about forty
    targets of Hamas", aid deliveries, war and recap totals). First score on the unchanged
    extractor da21925: strike .645, interception .876, casualty 1.000. Label calls (the
    annotators' calls for ``dev_articles71``/``70`` followed): the WHO's "47 attacks against
    health facilities" and "struck about forty targets of Hamas" are no event, as art71-05 and
    art70-04 label them; "The missiles hit infrastructure in X" after a counted launch is the
    stated zero an arrival at "targets" is (dnum75-006). Families fixed: ``_a22air`` (the share
    "N of the missiles" answering its sentence's earlier figure, "which it was not possible to
    intercept" on a list item, a list item's own model, ground targets struck, German verb-final
    launches, the arrival with an aside read across a paragraph break, a breakdown's whole
    before its part; asked by ``interceptions.py``, and by ``_salvo`` for "were shot down, while
    ... were not intercepted") and ``_a22strike`` (asked by ``_a21group``, ``_strikewith``,
    ``_a21list`` and ``_strikeback``: military targets of a group and a US or Israeli military's
    ports and power stations as air strikes, a dash-gapped second target's weapon list, an
    item's "of different types" tail, WHO health-care tallies), plus a dateline before
    ``_a21raids``' inverted "Were N the raids". After: strike .968, interception .989
    (dnum75-006's "The missiles hit infrastructure in Kryvyi Rih" stays open: only "targets" is
    read as the arrival); ``dev_articles71`` strike .791 -> 1.000, interception .814 -> 1.000;
    ``dev_articles70`` .714 -> 1.000, .857 -> 1.000; every other table unchanged (heldout and
    the blind sets included).

``dev_numeric76.jsonl``
    42 original passages (statements not labelled) of the fifteenth session's number round on
    ``dev_articles72``/``73``/``74`` (literal French, Italian, Spanish/Portuguese and German
    ticker copy), h_num28, each family varied: "..., while the missiles reached their targets,
    it was said", "the missiles, according to the same source, reached their objectives",
    "None of them could be intercepted" after a counted launch; "According to the same source,
    117 drones were shot down" after the launch sentence; "of which «the majority» were
    intercepted"; a killed-only toll completed by "and another 34 have resulted wounded", "The
    balance of wounded ascended to 14", "who reported also some forty wounded" (after a
    subgroup), "The number of injured he now put at 26" (in a ticker with an older entry);
    "three more bodies" pulled from the rubble; "carried out 18 strikes against Hezbollah
    positions", "riposted with three air strikes"; "The largest attack ..., on 8 September, had
    involved 810 drones"; 13 without a numeric event. First score on the unchanged extractor
    d3a6023: strike .545, interception .909, casualty .632. Families fixed: ``_n28air`` (an
    outcome without a shoot-down figure: the arrival at "targets/objectives" or "None of them
    could be intercepted" is intercepted 0 for the nearest counted missile launch, in its
    sentence or the two before it, across a paragraph after "according to the same source";
    the "same source" drone shoot-down takes the launch before it; the quoted "the majority" is
    a launch-only report; asked by ``interceptions.py``), ``_n28strike`` (asked by
    ``strikes.py``: those launches are no strikes, the Israeli or US military's "N strikes
    against/on" are air strikes, "riposted with N air strikes", a dated pluperfect recall is
    background) and ``_n28cas`` (in place of ``_n27cas`` in ``casualties.py``: the wounded
    figure completing a killed-only toll in its sentence or the next two of its paragraph goes
    to the largest killed-only record, off the subgroup or lone record it made; a ticker's older
    entry it then replaces goes; "N more bodies" recovered is no record). After: strike 1.000,
    interception 1.000, casualty .909; ``dev_articles74`` .824/.889/.861 -> 1.000/.982/.974,
    ``dev_articles72`` strike .812 -> .970, casualty .851 -> 1.000, ``dev_articles73``
    interception .923 -> .950; every other table unchanged or up (blind18 strike and
    interception up, heldout unchanged). Label call: dnum76-014 was first labelled worshippers
    31/22; put to the sets' practice (dnum16-041, art12-06: a named group's dead and a plain
    later wounded figure are two records) as worshippers 31 killed, people 22 injured, so the
    completion is made for a plain group ("people") only, a named group's subgroup losing the
    figure to a people record of its own. Open (xfail in ``test_numbers_articles74``):
    an injured update completed by a dead figure after it (dnum76-017), the Italian inverted
    toll split by a subgroup aside (dnum76-027), "one of whom in grave state" after "Among the
    wounded are counted three children" (dnum76-026). All three fixed in round n29
    (``dev_numeric77``): casualty .909 -> 1.000.

``dev_numeric77.jsonl``
    43 original passages (statements not labelled) of the fifteenth session's second number
    round (h_num29) on the misses h_num28 left in ``dev_articles72``/``73``/``74`` and
    ``dev_numeric76``, each as a mechanism in other wordings: inverted tolls split by a subgroup
    aside ("are 3 the dead, among whom a girl of 12 years, and about 50 the wounded", wounded
    first, "while the wounded are 30"); an injured update completed by the next sentence's dead
    ("the number of injured has climbed to 24 ... Two people had died", also in a ticker whose
    older entry it replaces; another place's or a named group's dead stay apart); a condition
    share of a counted group ("four children, one of whom in serious state", "31 the injured, of
    whom four in grave condition"; "none of whom" gives nothing); "one" before an occupational
    noun ("one train driver", "one power-line worker"; "A postal worker" no count); a count in
    apposition to the weapon noun ("the drones, at least eight, struck", "were all shot down");
    a predicate count ("the missiles launched from Yemen were two, and both were intercepted",
    "were about 40, the majority of which", "the drones sent ... were 95" a strike); a colon
    total and its per-region shares ("48 in total, of these 17 over the Bryansk region and 9
    over ...", "a total of 75, of which 30 over"); running totals since a mission or operation
    began (negatives) beside "Since midnight, ..." (the day's news); "three of the dead in the
    vehicle were members of Hezbollah", "Two of the injured on the bus were foreign nationals";
    9 without a numeric event ("Two of the dead were identified only by the evening", "The
    soldiers, about forty, were evacuated", "The drones, a new model ..."). First score on the
    unchanged extractor 34411b0: strike .000, interception .632, casualty .667. Families fixed:
    ``_n29cas`` (after ``_n28cas``: the split inverted toll, the update's later dead, condition
    shares of the group pointed back to and a fronted "The wounded, of whom two in serious
    condition", "one" + occupational noun also in "One station attendant and two passengers
    were injured", "N of the dead in/on the X were GROUP") and ``_n29air`` (after ``_n28air``
    and ``_n28strike``: apposed and predicate counts, "of which N were shot down" and "shot down
    ten of them" in the next sentence completing a predicate launch, colon totals and their
    shares, fronted running totals since a start, and "The missiles hit infrastructure in
    Poltava" after a launch and a drone-only outcome as intercepted 0 - the ``test_air_articles71``
    xfail). After: 1.000 / 1.000 / 1.000; ``dev_articles72/73/74`` numeric all 1.000,
    ``dev_numeric75`` .968/.989 -> 1.000/1.000, ``dev_numeric76`` casualty .909 -> 1.000,
    blind33 and blind34 casualty up, nothing down. No label call beyond the written conventions.
    Open (xfail in ``test_numbers_open29``): "Another person died in hospital" after an injured
    update.

``dev_numeric78.jsonl``
    46 original passages (statements not labelled; 41 written before any fix, 5 probes in other
    wordings added after) of the sixteenth session's number round (h_num30) on the number errors
    of ``dev_articles75``/``76``/``77``, each as a mechanism in agency English, translated German,
    TASS/Xinhua and French/Italian literal wordings: a bare toll update ("The toll in Sumy has
    risen to seven", "The toll has since risen to two dead", "The toll of the strike has risen to
    four") after a toll of both kinds; a heading line restating its entry's toll ("Two dead in
    the Belgorod region", "Drone attack on Belgorod: one dead"); an earlier day's recap ("On the
    previous day, ... had already attacked the region with 38 drones", "The day before, ... had
    already struck the city"); war-long tolls ("during more than a year of fighting", "in more
    than three years of war", "During the twelve days of war"); inverted tolls with a place after
    the noun ("Are at least four the dead in Kharkiv, among whom ..., and 22 the wounded") and the
    care figure after them ("who specified that nine people were hospitalised"); a similar,
    earlier or previous attack recalled in the pluperfect ("a similar attack on the port of Reni
    had wounded three workers"); 12 without a numeric event. First score on the unchanged
    extractor c43ada9 (all 46): strike .500, interception .889, casualty .605 (the 41 first
    written: .571 / .857 / .618). Families fixed: ``_n30cas`` (after ``_n29cas``: the bare toll
    update replacing the dead of the latest earlier toll of both kinds - one naming a place only
    a toll whose sentence names it, one naming none only within two sentences, an injured-only
    toll only when its sentence tells an uncounted death; a heading restating the next
    paragraph's toll; a sentence's dead figure kept in one record, the smaller wounded figure
    a care record), ``_n29cas``'s split inverted toll with "in/at PLACE" after its noun, and
    ``_n30bg`` (after ``_n28air``, ``_n28strike`` and ``_n30cas``: earlier-day "had already"
    recaps, war-long tolls, recalled similar/earlier/previous attacks in the pluperfect). After:
    1.000 / 1.000 / .985; ``dev_articles75`` casualty .905 -> 1.000, ``dev_articles76`` .920 ->
    1.000, ``dev_articles77`` strike .979 -> 1.000, casualty .977 -> 1.000; blind16 casualty up,
    nothing down. Label calls: "killed an elderly man and wounded four ... The toll rose to two
    dead" is one toll 2/4; an earlier day's recap needs "had already" (``dev_numeric20``'s "A day
    earlier, air defences had shot down 45 drones" stays an event). Open (xfail in
    ``test_numbers_open30``): "The toll of the strike on Ternopil, which had risen to 34 dead by
    Friday, is one of the heaviest of the year" (dnum78-040).

``dev_numeric79.jsonl``
    51 original passages (statements not labelled) of the sixteenth session's real-text number
    round (h_real_num31): the families by which the extractor fell on 40 real page excerpts
    (Reuters/AP reprints, AFP, VOA, Ukrinform, UNN, TASS, Xinhua, Anadolu; held outside the
    project), each rewritten in our own words in agency, scraped-page, TASS/Xinhua and
    translated-German styles: sentences a scrape glued together ("... the ministry
    said.Hezbollah said", '."The threat', "said.Read also: ..."), photo credits glued to a
    caption and a ">>" dateline, linked related-story headlines inside a story ("Russian army
    fires 212 shells atregion in past day, one killed"); agency headlines restating the body's
    toll ("Lebanon says five dead ..." over "Five people ... were killed ... The ministry said 19
    people had been wounded"); cumulative tolls with no "since" ("the toll from ongoing Israeli
    attacks ... increased to", "bringing the total death toll to N and the number of injuries to
    M", "The Palestinian death toll has risen to N, with M others wounded") beside the day's
    figure; two-weapon lists sharing an outcome ("included nine Shahed drones and two cruise
    missiles which were shot down", "which were all destroyed"), "included 27 drones that air
    defence units shot down", platform shares ("including eight that were downed by F-16
    pilots"), a vague outcome opening the next paragraph; a toll split by who the dead were
    ("one of the dead was a Hezbollah member and the two others were civilians"); "killed one
    person, and another was killed in the Kharkiv region"; patients dead when care failed;
    demining ("neutralized 48 explosive objects"); 10 without a numeric event.
    First score on the unchanged extractor c43ada9 (001-043 as first written): strike .667,
    interception .732, casualty .694; the whole file with its final labels .667 / .800 / .775
    (044-051 are probes written after the first fixes). Families fixed: the splitter cuts glued
    ends and drops a glued promo (``_n31glue``, asked by ``document._split``); cumulative tolls
    (``_n31total``, asked by ``_casualty_skip.running_total``); "The ministry said N people had
    been wounded" (no "that") completes the toll before it (``_casualty_link._OPENS``); toll
    parts, "and another was killed", patients' deaths and linked headlines (``_n31cas`` after
    ``_n29cas``,
    ``_n31heads``); lists, makeups, platform shares, paragraph-later vague outcomes and
    demining (``_n31air`` after ``_n28air`` and ``_n28strike``). After: 1.000 / 1.000 / 1.000;
    the real excerpts strike .867 -> .929, interception .860 -> .944, casualty .788 -> .857;
    blind12 casualty .920 -> .980, nothing down. Label calls (the written conventions win over the
    real excerpts' annotator): "one of the dead was a Hezbollah member" is a record, "the two
    others were civilians" after it none (README, ``dev_numeric6``); "killed two medics ... and
    injured four other
    rescue workers" stays two records, one per stated group, as art16-02 and num4-036 label
    "killing two men and injuring four other passengers" (the real excerpts' annotator wrote
    one); a leading "all" covers the first item of a list only ("all 15 drones and 2 cruise
    missiles ... were shot down" is 15/15 and ?/2, as art64-12 labels "All four missiles and 104
    drones were shot down"), while a relative clause or "were all" after the list covers both.
    Open (xfail in ``test_numbers_real31``): a toll completed past a scene sentence naming a
    hospital as the target; a subheading's "over 200 missiles and drones launched".

``dev_numeric80.jsonl``
    50 original passages (statements not labelled; 45 written and labelled before any fix, 5 probes
    in other wordings - TASS, Ukrinform quote, air-force bulletin, IDF, al-Masirah - added after
    them) of the sixteenth session's real-text number round 2 (h_real_n32) on the number
    families of 40 real page excerpts (``real3``, never copied): background on real copy
    (war-long regional totals with no day, cumulative tolls "from ongoing attacks", deaths of a
    hospital's power or oxygen cut, one weapon's toll "in December" in a dated story, the attack
    someone is "blamed for", a dated past attack's ", which resulted in", the attack a story
    "comes in the wake of" taken up next, "As the X agency earlier reported,", "Last week, the
    Pentagon said"); place lists right after the group ("injuring 4 residents: 2 in A, 1 in B
    and 1 in C"), "one killed and two wounded in X", a lede restated before its place list or
    for one town of its region; interceptions (a body sentence restating the lede, "A total of
    20 launches were recorded" after the shoot-down, "Both the drone and the missile", "with
    some being intercepted", the IDF's "identified crossing" + "Most were intercepted", "ability
    to intercept"); strikes ("two missile and 28 air strikes", "reported three raids", "two rare
    strikes on", "dropped seven explosives", "four different types of missiles"); 18 without a
    numeric event. First score on the unchanged extractor aec25d6 (the 45 first written): strike
    .600, interception .556, casualty .746 (all 50: .545 / .545 / .769). Families fixed:
    ``_n32bg`` (background spans and tolls, run after ``_n30cas``, ``_n28air`` and
    ``_n28strike``), ``_n32place`` (colon place lists, both-kind items, restated totals),
    ``_n32air`` (restated reports, launches told after, "Both the", vague-outcome launches,
    tallies and "ability to intercept"), ``_n32strike`` (the strike shapes, kinds counts,
    launches made interceptions). After: .960 / 1.000 / .983 (probes 5/5); real3 strike .741 ->
    .933, interception .820 -> .982, casualty .773 -> .900; real2 strike .867 -> .903,
    interception .860 -> .874, casualty .768 -> .800; blind13 interception, blind16/18 casualty,
    blind32 strike and dev_articles31 casualty up, nothing down. Label calls: a war-long or
    cumulative toll is background per the written rules (dnum80-003 stays a miss: kept because
    only the saying is dated, xfail in ``test_numbers_real32``); "Both the X and the Y were
    intercepted" is no count ("a drone" is none); a month-dated single incident is background
    only in a story with a day of its own (``dev_numeric33``'s dnum33-008 keeps its lone
    sentence as news). Open: "some 20 more targeted Haifa" (dnum80-027, an elided noun).

``dev_numeric81.jsonl``
    55 original passages (statements not labelled; 41 written before any fix, 14 probes in other
    wordings added after) of the sixteenth session's real-page number round (h_real_n33) on the
    number errors of the real-page set real5 (Ukrinform/UNN regional relays, Xinhua/Anadolu Gaza
    and Lebanon copy, TASS/Sputnik Horlivka relays), each family as a mechanism in own words: an
    Israeli shoot-down claim with no launch and the launch told elsewhere with the same figures;
    a share of it "aimed specifically at" one town; "intercepted three hostile aircraft"; Houthi
    claims beside an uncounted shoot-down; a strike count restated in the official's quote; drones
    "deployed at" an airport (stock); "targeted the school, which ..., with two missiles"; "fatal
    injuries" / "fatally wounded"; "N more people" after a plain toll; "members of the civil
    defence, including a paramedic, were killed"; the injured told one by one; an earlier report
    of the day after a risen toll; war-long Gaza and Lebanon tolls; "Also on Tuesday, ..." beside
    an equal toll; 11 without a numeric event. First score on the unchanged extractor 16e688d
    (001-041): strike .687, interception .444, casualty .432 (the 14 probes unfixed: .500 / .500 /
    .522). Families fixed: ``_n33air`` (equal launch figure -> N/N all, launch shares, "hostile
    aircraft" / "suspicious aerial substances"), ``_n33strike`` (restated counts, stock,
    "with N missiles" after a relative clause), ``_n33cas`` (fatal injuries, "N more people",
    one-by-one injured, aged groups, "including" asides, superseded earlier reports, "Also ..."
    apart in ``_repeats``), ``_n33war`` (running totals asked by ``war_total``). After: .903 /
    .870 / 1.000; real5 .703 / .837 / .815 -> .903 / .955 / 1.000; real2 casualty .768 -> .796;
    no table down. Label calls: equal launch and shoot-down figures are all intercepted (real5's
    4/4 and 35/35 follow the written rule); a restated strike count is one event. Open (xfail in
    ``test_numbers_real33``): the Houthi claim of a counted launch beside the army's uncounted
    shoot-down (dnum81-005/006/007; every reading tried lowered blind24 and heldout, reverted).

``dev_numeric82.jsonl``
    41 original passages (statements not labelled; 37 written and labelled before any fix, 4
    probes 038-041 added after the first fixes) of the seventeenth session's real-page number round
    4 (h_real_n34) on the number errors of the real-page set real6 (Ukrinform relays of
    Dnipropetrovsk and Kharkiv posts, Kryvyi Rih copy, Anadolu Lebanon copy, Dawn ISPR copy,
    al-Masirah relays, RIA/Izvestia JCCC relays, Israeli army statements), each family as a
    mechanism in own words: an age between count and noun as the subject ("Two 53-year-old men
    were injured"); injury tolls put or raised to a figure ("put the provisional injury toll ...
    at 31 adults and seven children", "put the death toll at 14 and the injury toll at 52");
    campaign- and year-long tallies told as a clause ("in its attacks on Lebanon, which began in
    October 2023", "so far this year", "This year alone"); elliptical strike continuations
    ("while two others struck", "and four more targeted", "another two were carried out");
    artillery told by calibre ("projectiles with a caliber of 155 millimeters", "six 155-mm
    projectiles"); "unmanned fixed-wing / aircraft-type aerial vehicles"; "One rocket was fired
    ... The rocket was intercepted"; 16 without a numeric event. First score on the unchanged
    extractor 3894036 (001-037): strike .500, interception 1.000, casualty .387 (all 41 unfixed:
    .471 / .909 / .387). Families fixed: ``_n34cas`` (aged subjects, injury tolls, campaign and
    year tallies), ``_n34strike`` (elliptical "N others / more", calibre), ``_n34air`` (answered
    launches N/N all, fixed-wing drones). After: .947 / 1.000 / 1.000; real6 .778 / .826 / .752
    -> .833 / .870 / .816; real2, real3, real5 unchanged; no table down. Label calls: "The death
    toll ... since Sunday has grown to 13" stays the story's toll by the written rule (dnum19-011:
    a risen toll since an earlier weekday), though the real6 annotator left it out. Open (xfail in
    ``test_numbers_real34``): an elliptical continuation equal to the figure it continues ("Two
    airstrikes hit the port area, while two others struck the airport road", dnum82-018) is
    dropped as a restatement.

``dev_numeric83.jsonl``
    45 original passages (statements not labelled; 42 written and labelled before any fix, 3
    probes 043-045 added after the first fixes) of the seventeenth session's real-page number
    round 5 (h_real_n35): strike shapes of regional and MoD summaries probed in own words
    ("shelled N settlements ... M times", "carried out N attacks ... using", "hit N times",
    "N shellings were recorded", "launched N missile strikes and M air strikes, dropping K
    guided bombs", calibre shells), and the real6/real3 number errors as families: a page
    headline whose tally the body restates with another verb ("Russia fired 23 times at
    region" over "shelled the region 23 times"); "X among N wounded" headlines; ISPR's "one
    civilian has embraced martyrdom and one is injured" / "while another was injured"; "N men
    of the Pakistan Army" restating an earlier toll; translated day summaries ("In total, 6
    people were injured in the region per day: 4 in A, 2 in B"); an earlier day fronted in
    simple past ("The day before, ...", "A day earlier, ..."); a headline repeated above the
    body with web chrome between; 10 without a numeric event (areas struck, combat
    engagements, explosions heard, rates, running totals, districts struck, repelled
    assaults, targets, ceasefire violations, "came under attack three times"). First score on
    the unchanged extractor ddaff5c (001-042 as first written): strike .902, casualty .653
    (.680 with the final label of dnum83-002; all 45: .902 / .721). Families fixed:
    ``_n35strike`` (headline tally restated by the body, the day before fronted),
    ``_n35cas`` (martyrdom with an elliptical injured share, "among N" headlines, "men of the
    Army" restatements, per-day summaries with place shares, repeated headline copies, the
    day before fronted). After: 1.000 / 1.000. Label call: a headline's "one killed" over a
    body that names the dead without a count ("A 64-year-old man was killed") is the one
    record of that death (dnum83-002). Open (xfail in ``test_numbers_real35``): a headline
    total made of body parts ("Two girls among six wounded" over 4 + 2) stays a record.

``dev_numeric84.jsonl``
    39 original passages (statements not labelled), written and labelled before any fix, of the
    seventeenth session's real-text strike round 6 (h_real_n36) on the strike errors of the
    real-page set real8 (Ukrinform/UNN/Censor.NET relays of Kherson, Zaporizhzhia, Donetsk,
    Nikopol and Sumy daily reports, Russian Defence Ministry weekly summaries, AP copy on US
    strikes in Yemen, Lebanese copy on Israeli strikes), each family as a mechanism in own words
    and several agency styles: shell counts tied to a mixed weapon list of the same report ("fired
    64 times with mortars, artillery, MLRS, tanks, aircraft and drones, firing 412 shells",
    "fired 604 shells using aircraft, drones, tanks, ...") and the per-city shares after them
    ("The city of Kherson was hit with 73 shells"), beside plain shell counts that stay
    artillery; "five strikes hit the port" after "American warplanes bombed"; the weapon of a
    colon lead ("Artillery shelling was also intense: 56 attacks were registered"); "one massive
    and nine group strikes" and a headline adding them up; a lede count restated ("In total,
    Russians fired 16 times at localities"); "31 coordinated strikes", "102 fire attacks",
    "came under attack 84 times"; list items ("three air strikes, one attack by a drone and
    another from MLRS"); 10 without a numeric event (explosions counted, rates, deliveries,
    production, plans). First score on the unchanged extractor ddaff5c: strike .554 (P .596),
    casualty 1.000 (no interception labelled). Families fixed in ``_n36strike``. After: strike
    .981 / casualty 1.000; real8 strike .627 -> .850 (P .755 -> 1.000), real3 .933 -> .966,
    real2/real5/real6 unchanged; no table down. Label calls: explosions are no strikes (the
    written conventions; "who counted 20 explosions" is no launch), though the real8 annotator
    counted them (r8-07, r8-08: 14 of real8's 69 strikes); "two military operations" (Houthi)
    is labelled `other` 2 by the real8 annotator where no written rule speaks (left unread);
    "was shelled twice" / "attacked ... with heavy artillery twice" stay no count by the written
    rule ("attacked twice on Monday" is no count) though real8 counts them. Open (xfail in
    ``test_numbers_real36``): a share told as landing ("24 of the shells landed on Kherson",
    dnum84-004) and "Kherson city took 35 of them" (dnum84-006).

``dev_numeric85.jsonl``
    44 original passages (statements not labelled) of the seventeenth session's real-text
    casualty and interception round 7 (h_real_n37) on the number errors of the real-page sets
    real9 and real8 (UNN/Ukrinform/Censor.NET relays of Odesa, Dnipro, Kyiv and Kherson
    officials, Xinhua, UPI and AFP copy on Kyiv, Lebanon and the Red Sea), each family as a
    mechanism in own words: care and condition shares told with "of whom" / "of them" ("six
    victims are known, four of whom are hospitalised", "Three of them will recover at home",
    "with two of them being in serious condition", "two of whom will be treated as
    outpatients"); one harm of a toll told again as where things stand or in a quote ("there
    are already 11 wounded", '"Two people were killed in the Solomianskyi district,"') beside
    another town's equal toll and "N more" that stay records; the dead told after the wounded
    in one quote ("We know about six wounded ... One person died"); recap paragraphs after a
    bare "Recall" / "Reminder" line or opened by "Earlier it was reported that"; animals;
    war-long tallies after a running total and "a campaign that has also killed"; "wounded
    there last week"; "three of the rockets fell short and Iron Dome intercepted 15 others";
    a vague outcome ("destroyed most of the targets") and the launch count ("Russia used more
    than 30 attack drones") in separate paragraphs; buildings "damaged" after "destroyed"; 16
    without a numeric event; 042-044 are probes written after the first fixes. First score
    (001-041, unchanged extractor b6120ca): strike .000 (three spurious, none labelled),
    interception .571, casualty .650. Fixed in ``_n37cas`` and ``_n37air``. After: 1.000 /
    1.000 / .988; real9 strike .833 -> 1.000, interception .957 -> 1.000, casualty .795 ->
    .930; real8 interception .875 -> .933, casualty .853 -> .906; real2 casualty .866 ->
    .875; real3/real5/real6 unchanged; no table down. Label calls (the written conventions
    followed over the real labels): "three more people had been injured in the same district"
    is "N more" (r9-24 labels it a restatement; left a record); "one passenger died" beside
    "the number of wounded has risen to 12" is two groups, two records. Open (xfail in
    ``test_numbers_real37``): an earlier reader drops a town's equal injured toll after a
    region's toll of both kinds (dnum85-044).

``dev_numeric86.jsonl``
    24 original passages (statements not labelled) of the seventeenth session's short
    real-text numbers round (h_real_n38) on the leftover number errors of the real-page sets
    real2/3/5/6/8/9, each family as a mechanism in own words: vague shoot-down shares of a
    counted salvo told with that figure ("intercepted some of the roughly 35 launches", "most
    of the 25 launches were intercepted", "the majority of the 18 launches fired at the Hula
    Valley had been intercepted"); earlier attacks recalled in a dated relative clause beside
    the story's own toll ("Fears of a wider war have grown since a deadly strike on Friday that
    killed at least 31 people", "after an artillery attack last week that left six people
    dead"), with two stories made of the recalled attack alone that keep it; 6 without a
    numeric event. First score (unchanged extractor 8a58a71): strike - (none labelled, none
    found), interception .667, casualty .786. Fixed in ``_n38air`` and ``_n38cas``. After:
    1.000 / 1.000; real8 casualty .906 -> .921, real6 interception .870 -> .894, real2, real3,
    real5 and real9 unchanged; no table down. Label calls: "launches" is a missile noun (as in
    the conventions' "About 20 launches were identified"); the recalled attack is background
    only when the story tells a toll of its own elsewhere.

``dev_numeric87.jsonl``
    30 original passages (statements not labelled) of the eighteenth session's real-text
    strike and interception round (h_real_n39) on the real-page set real11 (Ukrinform/UNN
    relays of regional administrations, translated agency copy), each family as a mechanism
    in own words: the paragraph after a bare "Recall" / "Reminder" heading line (also with no
    blank line after it); "Read also:" / "Read more:" teasers; a lede count told again in a
    later paragraph with the place spelt another way ("Zaporizhzhia" / "Zaporizhzhya",
    "Kharkiv" / "Kharkov"); shells that "fell on the territory of" a place; gunfire counted in
    hits ("fired mortars at the X community - 5 hits"); a colon list of the weapons used
    ("used various types of weapons against ...: 38 unguided aerial missiles; 4 guided aerial
    bombs; ...") and "unguided aerial missiles"; a counted shoot-down told paragraphs after
    the story's only counted launch of that weapon; 11 without a numeric event. First score
    (unchanged extractor 36b0af9): strike .500, interception .462 (no casualty labelled).
    Fixed in ``_n39strike`` and ``_n39air``. After: strike .977, interception 1.000; real11
    strike .814 -> 1.000, interception .800 -> 1.000; no labelled file changed. Open: a
    museum's "40 shells and 12 mortars" read as an artillery strike (dnum87-030).

``dev_numeric88.jsonl``
    37 original passages (statements not labelled), written and labelled before any fix, of the
    eighteenth session's real-text casualty round (h_real_n40) on the casualty errors of the
    real-page sets real12 and real11 (AFP, TASS, Anadolu, Xinhua and Ukrinform copy on Ukraine,
    Gaza, Lebanon and Kashmir), each family as a mechanism in own words: running totals "since"
    a date, a month or an event ("have died since the blockade of the compound began on 2 May",
    "since 14 June ... killing at least 61"), "until May this year", "in more than 1,300 ...
    incidents", and their undated present-perfect continuation; recap spans ("As a reminder,
    on the night of ...", "As Suspilne reported, on 9 February, ...", a paragraph opened by
    "Earlier, a correspondent reported"); earlier attacks a story "came a day after", "come
    after" or "followed the deaths of", and "last month, when" clauses, beside the story's own
    toll (a story made of the recalled attack alone keeps it); the war's opening with its
    hostages; "killed or injured" figures; a hospital census and a habit; a lower pluperfect
    figure beside a risen toll; "resulted in the deaths of N and injuries to M"; "Additionally,
    N others ... were wounded"; subgroup lists; 16 without a numeric event. First score
    (unchanged extractor 36b0af9): casualty .684 (P .540). Fixed in ``_n40cas``. After: .966
    (open: dnum88-007, the recap's wounded figure still completing the story's toll).

``dev_numeric89.jsonl``
    35 original passages (statements not labelled), written and labelled before any fix, of
    the eighteenth session's real-text round h_real_n41 on the strike, interception and
    casualty errors of the real-page sets real13 and real14: per-kind partitive shoot-downs
    after a two-kind launch, "all but N of the drones", "N of the projectiles" after one
    figure of "drones and missiles", ordinal shoot-downs ("shot down the third"), definite
    fates ("The three rockets all fell in open ground"), shelling tallies with a mixed weapon
    list, colon breakdowns of a toll by place, "One of them later died", "Among the dead was a
    family of N"; 8 without a numeric event. First score (unchanged extractor d0988b6):
    strike .636, interception .778, casualty .645. Fixed in ``_n41air``, ``_n41strike`` and
    ``_n41cas``. After: strike .941, interception 1.000, casualty .976.

``dev_numeric90.jsonl``
    25 original passages (statements not labelled), written and labelled before any fix, of
    the eighteenth session's real-text leftovers round h_real_n42 on the casualty errors of
    real11-real14: counted subgroup lists after "Among the deceased/dead/killed/victims/injured
    were" (items with and without a figure, "one woman"), "N other PLACE residents were killed
    in a separate attack", headlines restated below (one and two newlines), "including a X and
    N Ys"; 8 without a numeric event. First score (unchanged extractor 2f88a84): casualty .921.
    Fixed in ``_n42cas``. After: casualty .985 (open: dnum90-015, "one police
    officer" in a list of the injured, left to the earlier readers).
``dev_numeric91.jsonl``
    22 original passages (statements not labelled), written and labelled before any fix, of
    the eighteenth session's phrasing survey h_survey_n43 on real strike copy (Hezbollah
    barrages, Sudanese and Myanmar air raids, Israeli army counts): an unhyphenated origin
    modifier between the count and the weapon ("fired a barrage of 45 Iranian made Falaq
    rockets", "nine locally made drones", and as the launch of a shoot-down), "launched N
    aerial targets at PLACE" and its passive, a weight between count and bomb ("two 500-pound
    bombs", "three 500-kg bombs"); 6 without a numeric event. First score (unchanged
    extractor 27f14f8): strike .000, interception .000, casualty 1.000. Fixed in
    ``_n43strike``. After: strike 1.000, interception 1.000, casualty 1.000.
``dev_numeric92.jsonl``
    27 original passages (statements not labelled), written and labelled before any fix, of
    the nineteenth session's phrasing survey h_survey_n44 on real strike copy (Russian border
    governors, Ukrainian regional tallies, Israeli army counts of Hezbollah fire, daily
    guided-bomb counts): a counted attack joined by "and" to a shoot-down clause ("shelled
    ... 18 times and air defences destroyed 11 drones"), "aerial targets" in quotation marks
    (launched, and "N ..., M of which were shot down"), a per-place count continued
    elliptically ("dropped 14 guided bombs on A and 27 on B", "and another 17 at B"); 6
    without a numeric event, 2 launches answered by "of them" / "most of them". First score
    (unchanged extractor 6b44557): strike .414, interception .952, casualty 1.000. Fixed in
    ``_n44strike``. After: strike 1.000, interception 1.000, casualty 1.000.
``dev_numeric93.jsonl``
    41 original passages (statements not labelled), written and labelled before any fix, of
    the nineteenth session's real-text round h_fix_n45 on the casualty precision of the
    real-page sets real15 and real16: a killed-only toll completed by the next sentence's
    "The attack also wounded N, including ..." / ", which also left N injured" / "It also
    wounded N others" (and its subgroups), an uncounted "several were injured" counted later,
    "killed or injured N", "damaging N others", "N others were rescued" / "two others carried",
    an earlier attack with a trailing "last week" or in a dated ", which killed" clause beside
    the story's own news, a headline war total "killed in X during Y offensive", "The dead
    include" after a total since the war began, an undated "have been killed" after "since the
    war began", "the N dead in X were Y"; 10 without a numeric event. First score (unchanged
    extractor 6b44557): casualty .514 (P .403). Fixed in ``_n45cas``. After: casualty .987
    (open: dnum93-038, "40 of them are in intensive care" about hospital beds).
``dev_numeric94.jsonl``
    44 original passages (statements not labelled), written and labelled before any fix, of
    the nineteenth session's real-text round h_fix_n46 on the strike and interception errors
    of real15/real16: "twice with artillery", "the number of airstrikes ... has jumped to N",
    "the locations of N strikes", "N strikes" in a guided-bomb story, "N of them crossed ...
    and were intercepted", "the missiles, of which it shot down N", "comes a day after X
    said it had intercepted", "all of the drones, including N that were destroyed over X", a
    vague outcome opening the next paragraph, "The other rockets were intercepted" after
    "Another barrage", a headline's kind list as the mixed total, a rounded lead restated by
    the exact report; 12 without a numeric event. First score (unchanged extractor 6b44557):
    strike .387, interception .625, casualty 1.000. Fixed in ``_n46strike``, ``_n46air`` and
    ``_n46late``/``_n46lead``. After: strike 1.000, interception 1.000, casualty 1.000.
``dev_numeric95.jsonl``
    26 original passages (statements not labelled), written and labelled before any fix, of
    the nineteenth session's phrasing survey h_survey_n47 on real casualty copy (Ukrainian
    prosecutors and regional heads, Gaza and Lebanese ministries, Gaza civil defence, Sudanese
    doctors' groups, Myanmar monitors): one toll's dead and wounded told in sentences of their
    own with a subgroup sentence between ("killed at least 17 people. Nine women and four
    children were among the dead. The strike also left 28 people injured, including two
    children"), a day's toll joined to a running total ("died in the last 24 hours, and
    68,000 have been injured since October 7, 2023"), an "As reported," paragraph relaying
    the earlier report, "four more will be treated at home" after condition shares; 6 without
    a numeric event. First score (unchanged extractor a0d3f60): casualty .667 (P .609).
    Fixed in ``_n47cas`` / ``_n47recap``. After: casualty .961 (open: dnum95-007, a toll's
    wounded in the next sentence's quote, kept apart as the earlier batches label adjacent
    halves: num4-025, dnum2-021, dnum14-044).
``dev_numeric96.jsonl``
    33 original passages (statements not labelled), written and labelled before any fix, of
    the nineteenth session's real-page casualty round h_fix_n48 (real15/real16 relays): "The
    death from X has risen to N" without "toll" and its "N others" wounded sentences later,
    "N martyrs have been recovered", one death restated as "..., killing one man", a death
    taken back ("Earlier ... killed one person, but later ... had died before the attack"),
    an age between figure and group ("two six-year-old children"); 8 without a numeric
    event. First score (unchanged extractor caf4ea9): casualty .738 (P .750). Fixed in
    ``_n48cas``. After: casualty .985 (open: dnum96-031, "killing a driver" after a wounded
    group in one clause).
``dev_numeric97.jsonl``
    36 original passages (statements not labelled), written and labelled before any fix, of
    the nineteenth session's real-text round h_fix_n49 on the strike and interception errors
    of real12/real13 and the families rounds n44/n46 left open: "Downed drone kills N"
    headlines, "two deadly Israeli airstrikes struck X", "targeted X, PLACE, with at least
    one missile", "N rounds of (joint) strikes", a verbless "N missiles and drones in a
    single night", "attacked X with N drones, and air defence shot down M more", "N bomb
    attacks / bomb strikes", "launched N drones at A and M at B, K of which were shot down",
    the nearest guided-bomb sentence before "N strikes on the town"; 10 without a strike or
    interception ("twice" with the weapon as subject relabelled no count after alltab showed
    num5-013 / dnum21-031 / art20-06 label it so). First score (unchanged extractor caf4ea9):
    strike .258 as first written, .286 relabelled; interception .500, casualty 1.000. Fixed in
    ``_n49strike``, ``_n49air`` and ``_n49shape``. After: strike 1.000, interception 1.000,
    casualty 1.000.
``dev_numeric98.jsonl``
    37 original passages (statements not labelled), written and labelled before any fix, of
    the twentieth session's real-text round h_fix_n50 on the strike and interception errors
    of real17 and open families: ", adding some of them were intercepted" after a long launch
    clause, "failed to stop only N" and the later shoot-down by the same reporter, a dash
    list "N KABs - district and M drones - district", "fired N barrages", "killed ... in N
    airstrikes", "in the last year" / "since the coup began" totals, "with drones and guided
    bombs N times" (`other`), ticker updates "Update: ... now N" (one record); 9 without a
    numeric event. First score (unchanged extractor f59768e): strike .524, interception .727
    (two range passages relabelled to the written lower-bound rule), casualty 1.000. Fixed in
    ``_n50strike``, ``_n50air`` and ``_n50shape``. After: 1.000 / 1.000 / 1.000.
``dev_numeric99.jsonl``
    30 original passages (statements not labelled), written and labelled before any fix, of
    the twentieth session's real-text round h_fix_n51 on the casualty errors of real17:
    soldiers named by unit or call-up ("two Pakistan Army soldiers", "250 mobilised Russian
    soldiers ... and about 180 others"), a posting word after the group ("killed 41 soldiers
    stationed there"), "X also wounded N people" a sentence after a toll with a subgroup,
    "among the N killed were M GROUP", calendar-dated past incidents in a weekday story, tolls
    in an official's long quote; 8 without a casualty. First score (unchanged extractor
    f59768e): casualty .566. Fixed in ``_n51cas``. After: casualty 1.000.
``dev_numeric106.jsonl``
    31 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-second session's real-text round h_fix_n57 on the numeric errors of real21:
    launch tallies over "the final days of 2024" (strikes, as dnum2-005), "Recall that" and
    "Recall" heading recaps, a counted launch answered sentences later by "nearly all of the
    incoming missiles", a shoot-down split by kind beside a launch total, "N drones carrying
    ... were intercepted", earlier reports, daily rates, "the three dead in X were", a
    headline told again, "There were N X among those injured", dash-framed and "N other
    injured people" condition shares; 8 without a numeric event. First score (unchanged
    extractor c3b42f0): strike .737, interception .556, casualty .780. Fixed in
    ``_n57recap``, ``_n57strike``, ``_n57air`` and ``_n57cas``. After: .933 / .957 / 1.000
    (open: dnum106-007, a missile launch paired with an outcome of drones).
``dev_numeric108.jsonl``
    27 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-second session's real-text round h_fix_n59 on the numeric leftovers of
    real11-real20: "Israel / the Israeli army / the IDF struck N times" tallies, headline
    tolls told again below in other words at another place grain, interceptions placed "in
    the area of X" after a relative clause; 8 without a numeric event. First score
    (unchanged extractor 5b0b354): strike .333, interception 1.000, casualty .897. Fixed in
    ``_n59strike`` and ``_n59cas``. After: 1.000 / 1.000 / .963 (open: dnum108-027, "Two dead
    sea turtles" read as a toll).
``dev_numeric109.jsonl``
    21 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-second session's real-text round h_fix_n60 on the numeric leftovers of real21
    and real23: an age word between a count and its group ("one elderly resident of the town
    was injured"), "N more injuries were reported", an "at least" toll a later "clarified"
    figure raises, "shot dead one of the X" after X were counted, a rounded shoot-down told
    again exactly; 7 without a numeric event. First score (unchanged extractor 71dbd23):
    strike 1.000, interception .800, casualty .667. Fixed in ``_n60cas`` and ``_n60air``.
    After: 1.000 / 1.000 / .923 (open: dnum109-010 "Two of the dead were the attackers",
    dnum109-011 "all three were killed" beside its lead's count).
``dev_numeric110.jsonl``
    22 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-second session's real-text round h_fix_n61 on the numeric leftovers of real23:
    shoot-down lists of rocket systems ("N MODEL, MODEL and MODEL rockets / shells were
    destroyed"), a family's children ("N of his children were killed", "lost his wife and N
    of his children"), the second group of "N of those killed were X and M Y"; 9 without a
    numeric event. First score (unchanged extractor cd8d7a8): strike 1.000, interception
    .941, casualty .783. Fixed in ``_n61air`` and ``_n61cas``. After: 1.000 / 1.000 / 1.000.
``dev_numeric111.jsonl``
    24 original passages (statements not labelled), written and labelled before any fix was
    run on them, of the twenty-third session's real-text round h_fix_n62 on the strike and
    interception errors of real22: a launch tally answered sentences later ("K missiles had
    been shot down as well as L drones", "Two of the missiles were intercepted"), "N raids
    hit / struck X", "a jet released N bombs", "with N bombs dropped on" in an air-strike
    sentence, "N drones crashed / slammed into homes", "N Shahed 136 drones", a governor's
    shoot-down "over his region"; 8 without a numeric event. First score (unchanged
    extractor 43c94b1): strike .143, interception .750. Fixed in ``_n62strike``,
    ``_n62air`` and ``_n62pair``. After: 1.000 / 1.000.
``dev_numeric112.jsonl``
    25 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-third session's real-text round h_fix_n63 on the casualty errors of real22
    and real23: recalls of an earlier attack ("comes on the heels of", "This attack
    follows", "at the time", "comes amid"), "was martyred and another was injured", "the
    bodies of N X and M Y", "Among the victims were ..., with N others wounded", people
    "taking shelter", "Two other Hindu pilgrims were killed", a hospital's "received N
    bodies and M injured people"; 8 without a numeric event. First score (unchanged
    extractor 43c94b1): casualty .652. Fixed in ``_n63cas``. After: 1.000.
``dev_numeric113.jsonl``
    22 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-third session's real-text round h_fix_n64 on the numeric leftovers of the
    fixed-from real sets: an equal toll told as "N others" ("killing two others", "two
    others were killed") after another, a toll's subgroup with a widened harm noun ("One of
    those injured was said to be in critical condition", "N of the people injured in the
    attack are X"); 7 without a numeric event, plus hard negatives (a restated toll, "the two
    others were civilians" after "one of the dead was X", the dnum79-039 call). First score
    (unchanged extractor 7df7026): casualty .800. Fixed in ``_n64rep`` and ``_n64cas``.
    After: 1.000.
``dev_numeric114.jsonl``
    25 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-third session's real-text round h_fix_n65: equal strike and interception
    figures told for two days or incidents ("On Thursday, six drones were destroyed over the
    region", "The next day, ...", "A day later", "The following night", "In a new attack on
    Sunday", "again"), and restatements that stay one (a quote "he wrote on Telegram on
    Monday", the same day's figure retold); "..., and / while another person / woman /
    resident died / was killed / was injured" after a counted toll of its sentence; 8
    without a numeric event. First score (unchanged extractor 6c0b3ec): strike .727,
    interception .720, casualty .800. Fixed in ``_n65rep`` and ``_n65cas``. After: 1.000 /
    1.000 / 1.000.
``dev_numeric115.jsonl``
    37 original passages (statements not labelled), each family's written and labelled before
    its fix, of the twenty-fourth session's real-text round h_fix_n66 on real18's numeric
    misses: launch lists closed by a vague outcome clause ("..., which were largely / mostly
    / mainly shot down"), a second kind launched after a parenthetical outcome ("(only K
    intercepted) and roughly M drones"), salvo nouns with one figure for two kinds ("the
    barrage / volley / wave of N missiles and drones"), "so far" campaign tallies, hits and
    "M others" shot down, shares "among the projectiles", lone launches answered per kind a
    few sentences later, regional tolls "claiming N more lives" and "another person was
    killed and M injured" after a counted toll, "came nearly a week after"; 12 without a
    numeric event. First score (unchanged extractor 64428f9): 001-024 strike .400,
    interception .500, casualty .700; all 37 .571 / .727 / .667.
    Fixed in ``_n66air``, ``_n66cas``, ``_n66late`` and ``_n66pair``. After: 1.000 / 1.000 /
    1.000.
``dev_numeric116.jsonl``
    25 original passages (statements not labelled), written and labelled before any fix, of
    the twenty-fourth session's real-text round h_fix_n67 on the interception and casualty
    errors of real24: quoted injury nouns after "sustained", "with N of them VERB-ing" after a
    killed toll, "with N reported deaths" beside an evacuation, "claimed N more lives", "N
    members of the armed groups", ", killing N, X said, as ... has risen above M", a
    dash-framed list item, quoted "massacres", sea drones as "crewless surface vessels" and
    "unmanned sea boats"; 7 without a numeric event. First score (unchanged extractor
    64428f9): interception .000, casualty .563. Fixed in ``_n67cas`` and ``_n67air``. After:
    1.000 / 1.000.
``dev_numeric117.jsonl``
    32 original passages (statements not labelled) of the twenty-fourth session's general
    casualty round h_gen_n68 over the fixed-from real sets: a named battle's toll of a
    thousand or more in the perfect ("in the fighting for CITY", "over control of the city
    of X", "in and around X"), bodies recovered "so far" and "an additional N in hospital
    morgues", "The victims include N X" after a one-kind toll, "Among the N X, M were Y",
    the remainder "the other two were civilians" (no record, the dnum79 call); 001-022
    labelled before any fix, 023-032 a probe after the first fixes (a second voice's equal
    toll, hedged lower tolls a larger one replaces, professions' undated tallies); 7 + 3
    without a numeric event. First score (unchanged extractor 936cd0f): casualty .667 for
    001-022 as first written, .756 with the final labels (dnum117-017 relabelled by the
    "one of the wounded" rule; four remainder records dropped by the dnum79 call), .806 for
    all 32. Fixed in ``_n68bg``, ``_n68cas`` and ``_n68rep``. After: 1.000.
``dev_numeric119.jsonl``
    27 original passages (statements not labelled) of the twenty-fifth session's general
    casualty round h_gen_c70 over the fixed-from real sets: birth years ("born in 1,978"),
    bodies recovered under a raised toll, the harmed identified by age after a toll's colon,
    a past attack dated inside its subject ("late last month", "early last year") and
    condition shares ("N of the wounded victims were in a 'grave condition'", ", with N said
    to be in critical condition"); 9 without a numeric event; 026-027 a probe after the
    first fixes ("N X were wounded and M person died"). First score (unchanged extractor
    a8b2049): casualty .667 for 001-025, .654 for all 27. Fixed in ``_c70cas``. After:
    1.000.
``dev_numeric121.jsonl``
    20 original passages (statements not labelled) of the twenty-fifth session's general
    casualty round h_gen_c72 over the fixed-from real sets: a story's one toll told with
    its dead in the lede and its wounded sentences or paragraphs later ("the number of
    injured stands at 31", "Doctors are treating 22 people who were wounded"), a subgroup
    named on both sides of one toll's sentence, and contrasts that stay two records (the
    wounded placed in another town, "In a separate attack on ...", "On Tuesday, ...",
    "also wounded six others"); 8 without a numeric event. First score (unchanged
    extractor 7935661): casualty .837. Fixed in ``_c72cas``. After: .900 (open: "dock
    workers" read as "workers", "trained 5,000 paramedics to treat people injured").
``dev_numeric123.jsonl``
    24 original passages (statements not labelled) of the twenty-fifth session's general
    casualty round h_gen_c74 over the fixed-from real sets: a restated or updated toll told
    beside the story's toll (an update of one kind equal to or above the full toll's figure,
    the same one-kind figure told twice of one place, an older lower count of the dead told
    after the toll) and contrasts that stay apart (another, separate, more, across the
    region, another town); 8 without a numeric event. First score (unchanged extractor
    ba579e7): casualty .800. Fixed in ``_c74cas``. After: .905.
``dev_numeric124.jsonl``
    20 original passages (statements not labelled) of the twenty-fifth session's general
    casualty round h_gen_c75 over the fixed-from real sets: a subgroup bracketed in one
    kind's clause beside another group's figure of the other kind ("N were wounded,
    including K children, and one person was killed", "The dead include K children; M
    others were injured"), guards (another attack, no death) and 7 without a numeric
    event. First score (unchanged extractor 970cc1f): casualty .481. Fixed in
    ``_c75cas``. After: .982 (open: "..., including a child, and one house burned down").
``dev_numeric126.jsonl``
    20 original passages (statements not labelled) of the twenty-sixth session's general
    casualty round h_gen_c76 on split tolls: one more person told by "another" or an
    ordinal after a counted toll ("A third guard was seriously wounded", "A fourth was
    critically wounded", "..., another man was injured"), "Among the dead are N X" beside
    the next sentence's injured share of X, a national or plain group's dead completed by a
    later plain wounded figure ("about 60 people had been wounded", "Besides the dead, ..."),
    the Romance pair "Are at least nine the dead and over 50 the wounded", an update of both
    kinds replacing the morning's toll and the death it explains; guards (another subgroup,
    another town, a separate strike, "Another miner was rescued unharmed") and 4 without a
    numeric event. First score (unchanged extractor 4b51cee): casualty .571. Fixed in
    ``_c76cas``, ``_c76far``, ``_c76upd``. After: .980 (open: "one Palestinian was killed"
    is not read).
``dev_numeric128.jsonl``
    20 original passages (statements labelled) of the twenty-sixth session's general
    interception round h_gen_n78 on real32's errors: a launch of two kinds answered
    paragraphs later by a combined "N targets" outcome, a noun outcome ("made 95
    interceptions", "Interceptions by its air defence totalled 118"), restated
    all-outcomes, "repelled an attack on X by N drones", an ISO date prefix, a dated earlier
    attack told in the simple past, a governor's shell tally with elided items; 7 without a
    numeric event. First score (unchanged extractor 4b51cee): strike .560, interception
    .600. Fixed in ``_n78air``, ``_n78figs``, ``_n78tally``. After: 1.000 / 1.000.
``dev_numeric129.jsonl``
    20 original passages (statements not labelled) of the twenty-sixth session's general
    casualty round h_gen_c77 on figures that are no toll of the story: an ISO date
    prefix's month or day read as the count of the group after it ("date 2025-05-21
    Relatives mourn ..."), a past incident fronted by its calendar date and told in the
    pluperfect after the story's own toll ("On 14 July, the agency reported that four of
    its staff had been killed ..."); guards (a date with a figure of its own, a weekday, a
    dated lede in the simple past, a dated sentence with no toll) and 6 without a numeric
    event. First score (unchanged extractor 85273c4): casualty .813. Fixed in ``_c77cas``.
    After: 1.000.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike
from pipeline.gold import EventType
from tests.extract.gold_checks import NUMBERS, assert_f1, checked_passages, is_numeric

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Batch:
    file: str
    sentences: tuple[int, int]
    """Fewest and most sentences a passage may have."""
    min_passages: int
    min_negatives: int
    """Passages with no strike, interception or casualty."""
    min_per_type: int
    """Passages with at least one event of each numeric type."""
    bar: float
    id_prefix: str = ""


BATCHES = [
    Batch("dev_numeric.jsonl", (1, 6), 60, 15, 12, 0.90),
    Batch("dev_numeric2.jsonl", (1, 6), 40, 6, 8, 0.90),
    Batch("dev_numeric3.jsonl", (2, 8), 45, 8, 10, 0.90),
    Batch("dev_numeric4.jsonl", (2, 8), 50, 10, 10, 0.98),
    Batch("dev_numeric5.jsonl", (2, 8), 25, 4, 5, 0.98, "num5-"),
    Batch("dev_numeric6.jsonl", (2, 8), 25, 5, 5, 0.98, "num6-"),
    Batch("dev_numeric7.jsonl", (2, 8), 31, 2, 3, 0.98, "dnum7-"),
    Batch("dev_numeric8.jsonl", (2, 8), 42, 7, 3, 0.98, "dnum8-"),
    Batch("dev_numeric9.jsonl", (2, 8), 28, 5, 5, 0.98, "dnum9-"),
    Batch("dev_numeric10.jsonl", (2, 8), 39, 5, 7, 0.98, "dnum10-"),
    Batch("dev_numeric11.jsonl", (2, 8), 27, 3, 2, 0.98, "dnum11-"),
    Batch("dev_numeric12.jsonl", (2, 8), 16, 2, 2, 0.98, "dnum12-"),
    Batch("dev_numeric13.jsonl", (2, 8), 58, 6, 2, 0.98, "dnum13-"),
    Batch("dev_numeric14.jsonl", (2, 8), 227, 35, 20, 0.98, "dnum14-"),
    Batch("dev_numeric15.jsonl", (2, 8), 85, 6, 5, 0.98, "dnum15-"),
    Batch("dev_numeric16.jsonl", (2, 8), 81, 7, 10, 0.98, "dnum16-"),
    Batch("dev_numeric17.jsonl", (2, 8), 74, 10, 12, 0.98, "dnum17-"),
    Batch("dev_numeric18.jsonl", (2, 8), 31, 6, 2, 0.98, "dnum18-"),
    Batch("dev_numeric19.jsonl", (2, 8), 43, 8, 7, 0.98, "dnum19-"),
    Batch("dev_numeric20.jsonl", (2, 8), 57, 5, 3, 0.98, "dnum20-"),
    Batch("dev_numeric21.jsonl", (2, 8), 36, 6, 4, 0.98, "dnum21-"),
    Batch("dev_numeric22.jsonl", (2, 8), 20, 3, 0, 0.98, "dnum22-"),
    Batch("dev_numeric23.jsonl", (2, 8), 31, 3, 0, 0.98, "dnum23-"),
    Batch("dev_numeric24.jsonl", (2, 8), 22, 5, 0, 0.98, "dnum24-"),
    Batch("dev_numeric25.jsonl", (1, 4), 46, 4, 0, 0.98, "dnum25-"),
    Batch("dev_numeric26.jsonl", (2, 8), 59, 10, 0, 0.98, "dnum26-"),
    Batch("dev_numeric27.jsonl", (2, 8), 100, 14, 0, 0.97, "dnum27-"),
    Batch("dev_numeric28.jsonl", (1, 8), 103, 11, 0, 0.98, "dnum28-"),
    Batch("dev_numeric29.jsonl", (2, 8), 25, 5, 7, 0.95, "dnum29-"),
    Batch("dev_numeric30.jsonl", (2, 8), 48, 7, 10, 0.95, "dnum30-"),
    Batch("dev_numeric31.jsonl", (1, 8), 41, 10, 0, 0.98, "dnum31-"),
    Batch("dev_numeric32.jsonl", (1, 8), 52, 15, 0, 0.90, "dnum32-"),
    Batch("dev_numeric33.jsonl", (1, 8), 58, 15, 10, 0.95, "dnum33-"),
    Batch("dev_numeric34.jsonl", (1, 8), 35, 10, 6, 0.95, "dnum34-"),
    Batch("dev_numeric35.jsonl", (1, 8), 52, 10, 0, 0.95, "dnum35-"),
    Batch("dev_numeric36.jsonl", (1, 8), 47, 11, 3, 0.98, "dnum36-"),
    Batch("dev_numeric37.jsonl", (1, 8), 57, 13, 0, 0.98, "dnum37-"),
    Batch("dev_numeric38.jsonl", (1, 8), 53, 12, 3, 0.98, "dnum38-"),
    Batch("dev_numeric39.jsonl", (1, 8), 61, 14, 0, 0.95, "dnum39-"),
    Batch("dev_numeric40.jsonl", (1, 8), 54, 12, 0, 0.98, "dnum40-"),
    Batch("dev_numeric41.jsonl", (1, 8), 60, 15, 0, 0.98, "dnum41-"),
    Batch("dev_numeric42.jsonl", (1, 8), 45, 9, 0, 0.98, "dnum42-"),
    Batch("dev_numeric43.jsonl", (1, 8), 45, 8, 1, 0.98, "dnum43-"),
    Batch("dev_numeric44.jsonl", (1, 8), 36, 12, 4, 0.98, "dnum44-"),
    Batch("dev_numeric45.jsonl", (1, 8), 33, 7, 1, 0.98, "dnum45-"),
    Batch("dev_numeric46.jsonl", (1, 8), 45, 12, 0, 0.91, "dnum46-"),
    Batch("dev_numeric47.jsonl", (1, 8), 45, 10, 0, 0.98, "dnum47-"),
    Batch("dev_numeric48.jsonl", (1, 8), 46, 11, 0, 0.98, "dnum48-"),
    Batch("dev_numeric49.jsonl", (1, 8), 49, 16, 0, 0.98, "dnum49-"),
    Batch("dev_numeric50.jsonl", (1, 8), 44, 12, 0, 0.95, "dnum50-"),
    Batch("dev_numeric51.jsonl", (1, 8), 42, 14, 0, 0.98, "dnum51-"),
    Batch("dev_numeric52.jsonl", (1, 8), 43, 9, 0, 0.98, "dnum52-"),
    Batch("dev_numeric53.jsonl", (1, 8), 28, 6, 0, 0.98, "dnum53-"),
    Batch("dev_numeric54.jsonl", (1, 8), 43, 12, 0, 0.96, "dnum54-"),
    Batch("dev_numeric55.jsonl", (1, 8), 42, 10, 0, 0.93, "dnum55-"),
    Batch("dev_numeric56.jsonl", (1, 8), 41, 12, 0, 0.98, "dnum56-"),
    Batch("dev_numeric57.jsonl", (1, 8), 43, 12, 0, 0.98, "dnum57-"),
    Batch("dev_numeric58.jsonl", (1, 8), 38, 5, 0, 0.98, "dnum58-"),
    Batch("dev_numeric59.jsonl", (1, 8), 34, 10, 0, 0.98, "dnum59-"),
    Batch("dev_numeric60.jsonl", (1, 8), 30, 8, 0, 0.98, "dnum60-"),
    Batch("dev_numeric61.jsonl", (1, 8), 41, 11, 0, 0.98, "dnum61-"),
    Batch("dev_numeric62.jsonl", (1, 8), 41, 11, 0, 0.98, "dnum62-"),
    Batch("dev_numeric63.jsonl", (1, 8), 53, 12, 0, 0.98, "dnum63-"),
    Batch("dev_numeric64.jsonl", (1, 8), 42, 15, 0, 0.95, "dnum64-"),
    Batch("dev_numeric65.jsonl", (1, 8), 42, 14, 2, 0.98, "dnum65-"),
    Batch("dev_numeric66.jsonl", (1, 8), 46, 13, 0, 0.98, "dnum66-"),
    Batch("dev_numeric67.jsonl", (1, 8), 79, 68, 3, 0.98, "dnum67-"),
    Batch("dev_numeric68.jsonl", (1, 8), 37, 10, 0, 0.96, "dnum68-"),
    Batch("dev_numeric69.jsonl", (1, 6), 30, 15, 0, 0.93, "dnum69-"),
    Batch("dev_numeric70.jsonl", (1, 8), 53, 11, 0, 0.98, "dnum70-"),
    Batch("dev_numeric71.jsonl", (1, 8), 46, 11, 0, 0.98, "dnum71-"),
    Batch("dev_numeric72.jsonl", (1, 8), 58, 12, 0, 0.95, "dnum72-"),
    Batch("dev_numeric73.jsonl", (1, 8), 54, 12, 0, 0.98, "dnum73-"),
    Batch("dev_numeric74.jsonl", (1, 8), 41, 10, 0, 0.98, "dnum74-"),
    Batch("dev_numeric75.jsonl", (1, 8), 45, 11, 0, 0.95, "dnum75-"),
    Batch("dev_numeric76.jsonl", (1, 8), 42, 11, 0, 1.0, "dnum76-"),
    Batch("dev_numeric77.jsonl", (1, 8), 43, 9, 0, 1.0, "dnum77-"),
    Batch("dev_numeric78.jsonl", (1, 8), 46, 12, 0, 0.98, "dnum78-"),
    Batch("dev_numeric79.jsonl", (1, 8), 51, 10, 0, 1.0, "dnum79-"),
    Batch("dev_numeric80.jsonl", (1, 8), 50, 15, 0, 0.95, "dnum80-"),
    Batch("dev_numeric81.jsonl", (1, 8), 55, 11, 0, 0.85, "dnum81-"),
    Batch("dev_numeric82.jsonl", (1, 8), 41, 14, 0, 0.9, "dnum82-"),
    Batch("dev_numeric83.jsonl", (1, 8), 45, 10, 0, 0.95, "dnum83-"),
    Batch("dev_numeric84.jsonl", (1, 8), 39, 10, 0, 0.95, "dnum84-"),
    Batch("dev_numeric85.jsonl", (1, 8), 44, 10, 0, 0.95, "dnum85-"),
    Batch("dev_numeric86.jsonl", (1, 8), 24, 6, 0, 0.95, "dnum86-"),
    Batch("dev_numeric87.jsonl", (1, 8), 30, 8, 0, 0.95, "dnum87-"),
    Batch("dev_numeric88.jsonl", (1, 8), 37, 16, 0, 0.95, "dnum88-"),
    Batch("dev_numeric89.jsonl", (1, 8), 35, 8, 0, 0.94, "dnum89-"),
    Batch("dev_numeric90.jsonl", (1, 8), 25, 8, 0, 0.95, "dnum90-"),
    Batch("dev_numeric91.jsonl", (1, 8), 22, 6, 0, 0.95, "dnum91-"),
    Batch("dev_numeric92.jsonl", (1, 8), 27, 6, 0, 0.95, "dnum92-"),
    Batch("dev_numeric93.jsonl", (1, 8), 41, 10, 0, 0.95, "dnum93-"),
    Batch("dev_numeric94.jsonl", (1, 8), 44, 12, 0, 0.98, "dnum94-"),
    Batch("dev_numeric95.jsonl", (1, 8), 26, 6, 0, 0.95, "dnum95-"),
    Batch("dev_numeric96.jsonl", (1, 8), 33, 8, 0, 0.95, "dnum96-"),
    Batch("dev_numeric97.jsonl", (1, 8), 36, 5, 0, 0.98, "dnum97-"),
    Batch("dev_numeric98.jsonl", (1, 8), 37, 8, 0, 0.98, "dnum98-"),
    Batch("dev_numeric99.jsonl", (1, 8), 30, 8, 0, 0.98, "dnum99-"),
    Batch("dev_numeric100.jsonl", (1, 8), 34, 8, 0, 0.98, "dnum100-"),
    Batch("dev_numeric101.jsonl", (1, 8), 27, 6, 0, 0.95, "dnum101-"),
    Batch("dev_numeric102.jsonl", (1, 8), 27, 8, 0, 0.95, "dnum102-"),
    Batch("dev_numeric103.jsonl", (1, 8), 20, 8, 0, 0.95, "dnum103-"),
    Batch("dev_numeric104.jsonl", (1, 8), 25, 8, 0, 0.95, "dnum104-"),
    Batch("dev_numeric105.jsonl", (1, 2), 10, 5, 0, 0.95, "dnum105-"),
    Batch("dev_numeric106.jsonl", (1, 8), 31, 7, 0, 0.93, "dnum106-"),
    Batch("dev_numeric107.jsonl", (1, 8), 25, 8, 0, 0.95, "dnum107-"),
    Batch("dev_numeric108.jsonl", (1, 8), 27, 8, 0, 0.95, "dnum108-"),
    Batch("dev_numeric109.jsonl", (1, 8), 21, 7, 0, 0.92, "dnum109-"),
    Batch("dev_numeric110.jsonl", (1, 8), 22, 9, 0, 0.95, "dnum110-"),
    Batch("dev_numeric111.jsonl", (1, 8), 24, 8, 0, 0.95, "dnum111-"),
    Batch("dev_numeric112.jsonl", (1, 8), 25, 8, 0, 0.95, "dnum112-"),
    Batch("dev_numeric113.jsonl", (1, 8), 22, 7, 0, 0.95, "dnum113-"),
    Batch("dev_numeric114.jsonl", (1, 8), 25, 8, 0, 0.95, "dnum114-"),
    Batch("dev_numeric115.jsonl", (1, 8), 37, 12, 0, 0.95, "dnum115-"),
    Batch("dev_numeric116.jsonl", (1, 8), 25, 7, 0, 0.95, "dnum116-"),
    Batch("dev_numeric117.jsonl", (1, 8), 32, 9, 0, 0.95, "dnum117-"),
    Batch("dev_numeric118.jsonl", (1, 8), 25, 8, 0, 0.75, "dnum118-"),
    Batch("dev_numeric119.jsonl", (1, 8), 25, 9, 0, 0.95, "dnum119-"),
    Batch("dev_numeric120.jsonl", (1, 8), 22, 8, 0, 0.95, "dnum120-"),
    Batch("dev_numeric122.jsonl", (1, 8), 17, 8, 0, 0.95, "dnum122-"),
    Batch("dev_numeric121.jsonl", (1, 8), 20, 8, 0, 0.85, "dnum121-"),
    Batch("dev_numeric123.jsonl", (1, 8), 24, 8, 0, 0.88, "dnum123-"),
    Batch("dev_numeric124.jsonl", (1, 8), 24, 9, 0, 0.95, "dnum124-"),
    Batch("dev_numeric125.jsonl", (1, 8), 20, 8, 0, 0.90, "dnum125-"),
    Batch("dev_numeric126.jsonl", (1, 8), 20, 4, 0, 0.95, "dnum126-"),
    Batch("dev_numeric127.jsonl", (1, 8), 20, 8, 0, 0.95, "dnum127-"),
    Batch("dev_numeric128.jsonl", (1, 8), 20, 7, 0, 0.95, "dnum128-"),
    Batch("dev_numeric129.jsonl", (1, 8), 20, 6, 0, 0.95, "dnum129-"),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("dev_numeric74.jsonl", "strike"): (
        "a casualty batch: its one strike error (a year's 58 attacks on hospitals read as a "
        "strike) belongs to the strike readers"
    ),
}
"""(batch, kind) scores held below the bar by a miss outside the batch's own round."""


@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: b.file)
def test_dev_numeric_structure(batch: Batch) -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(DATA / batch.file, "newswire-dev (original)", batch.sentences)
    assert len(passages) >= batch.min_passages
    assert all(obj["id"].startswith(batch.id_prefix) for obj in passages)
    negatives = sum(not is_numeric(obj) for obj in passages)
    assert negatives >= batch.min_negatives, "too few hard negatives"
    for kind in NUMBERS:
        with_kind = sum(bool(obj[kind]) for obj in passages)
        assert with_kind >= batch.min_per_type, f"too few passages with {kind}"


@pytest.mark.parametrize("kind", ["strike", "interception", "casualty"])
@pytest.mark.parametrize("batch", BATCHES, ids=lambda b: b.file)
def test_dev_numeric_f1(batch: Batch, kind: EventType, request: pytest.FixtureRequest) -> None:
    if (reason := KNOWN_MISSES.get((batch.file, kind))) is not None:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=False))
    assert_f1(DATA / batch.file, kind, batch.bar)


# The new readings on minimal sentences: (text, strikes as (weapon, count), interceptions
# as (launched, intercepted, all_intercepted)).
CASES: list[tuple[str, list[tuple[str, int]], list[tuple[int | None, int | None, bool]]]] = [
    ("Russia launched 4,000-plus glide bombs at Ukraine this month.", [("glide_bomb", 4000)], []),
    ("In 2022, Russia fired more than 4,000 missiles at Ukraine.", [], []),
    ("Since the start of the year, 1,400 drones have attacked the region.", [], []),
    ("Moscow could fire 90 missiles in a single night.", [], []),
    ("The package includes 12 launchers and 3,000 artillery shells.", [], []),
    (
        "Russian forces carried out 512 attacks on the region. Of those, 9 were airstrikes "
        "and 185 were artillery attacks.",
        [("other", 512), ("airstrike", 9), ("artillery", 185)],
        [],
    ),
    (
        "Air defences shot down two JDAM guided bombs and 84 drones.",
        [],
        [(None, 2, False), (None, 84, False)],
    ),
    (
        "Russia launched 9 Iskander-M missiles and 3 Kh-59/69 missiles. Air defences destroyed "
        "2 Iskander-M missiles and 3 Kh-59/69 missiles.",
        [],
        [(9, 2, False), (3, 3, True)],
    ),
    ("Air defences intercepted 60,000 drones since the start of the operation.", [], []),
    # Sixth session (dev_numeric16).
    (
        "Russia launched 120 drones overnight. About 80% of the drones were downed.",
        [],
        [(120, None, False)],
    ),
    ("The village came under fire 14 times on Sunday.", [("other", 14)], []),
    (
        "Russia used 87 attack drones and five missiles overnight. The missiles were not "
        "intercepted.",
        [("drone", 87)],
        [(5, 0, False)],
    ),
    ("In the Pokrovsk direction, the enemy attacked 38 times near Rodynske.", [], []),
    ("Seven of those attacks were carried out with guided aerial bombs.", [("glide_bomb", 7)], []),
    ("None of the four Kh-22 missiles fired at Odesa was intercepted.", [], [(4, 0, False)]),
    ("The occupiers struck the region 303 times a day.", [("other", 303)], []),
    ("Russian artillery pounded the district up to 30 times a day in October.", [], []),
    ("Russia attacked Ochakiv with 17 drones and multiple rocket launchers.", [("drone", 17)], []),
    (
        "The enemy carried out 41 air strikes and 63 with multiple rocket launchers.",
        [("airstrike", 41), ("mlrs", 63)],
        [],
    ),
    ("Air defences shot down 15 unmanned aircraft over Volgograd.", [], [(None, 15, False)]),
    ("Air defences intercepted a large part of the total of 90 rockets.", [], [(90, None, False)]),
    (
        "Air defence shot down 35 drones overnight. In total, Russia had launched 39 drones.",
        [],
        [(39, 35, False)],
    ),
    # A headline that reports and adds a dash clause restates the story below it.
    (
        "Moscow reports more than 100 drones shot down – airports restricted\n\nThe Russian "
        "Defence Ministry said air defences destroyed 118 Ukrainian drones overnight.",
        [],
        [(None, 118, False)],
    ),
    # Sixth session, third round (dev_numeric19): a launch broken down after "included".
    (
        "Russia fired 40 missiles overnight. The missiles included 12 ballistic missiles of the "
        "type Kinzhal and 28 cruise missiles of the type Kalibr. All cruise missiles were "
        "destroyed, while only five of the Kinzhal missiles were shot down.",
        [],
        [(28, 28, True), (12, 5, False)],
    ),
    ("The downed missiles included 12 Kinzhal missiles.", [], []),
    ("The town of Kherson was shelled with 23 projectiles on Sunday.", [("artillery", 23)], []),
    ("The enemy fired 47 projectiles at the village.", [("rocket", 47)], []),
    ("The town was fired at with rockets of the type Grad 14 times.", [("rocket", 14)], []),
    (
        "Russia attacked Ukraine with 83 so-called kamikaze drones. In total, 60 of the drones "
        "could be intercepted.",
        [],
        [(83, 60, False)],
    ),
    # Seventh session, second round (dev_numeric21).
    (
        "Russian forces shelled Nikopol 41 times, nine of them with multiple rocket launchers.",
        [("artillery", 41), ("mlrs", 9)],
        [],
    ),
    ("Russian troops fired 356 times on the front-line settlements.", [("other", 356)], []),
    (
        "Russia launched 310 drones and 27 missiles overnight. Of the drones, 282 were shot "
        "down, of the missiles 19.",
        [],
        [(310, 282, False), (27, 19, False)],
    ),
    ("One of the attacks damaged a power line in the town.", [], []),
    ("The study also counted 45 damaged power plants and two destroyed dams.", [], []),
    (
        "Air defences destroyed 47 drones, 12 of which were heading towards Moscow.",
        [],
        [(None, 47, False), (None, 12, False)],
    ),
    # Seventh session, fourth round (dev_numeric23).
    (
        "Air defence destroyed 40 drones. 12 attack drones were not intercepted.",
        [],
        [(None, 40, False), (12, 0, False)],
    ),
    (
        "Air defence destroyed 9 drones. A total of 13 barrage munitions were launched.",
        [],
        [(13, 9, False)],
    ),
    (
        "Air defences destroyed 96 drones, the ministry said. 40 of them were over the Kursk "
        "region, 18 over the Moscow region.",
        [],
        [(None, 96, False), (None, 40, False), (None, 18, False)],
    ),
    (
        "Russia launched 112 drones. About 70 of the drones were Shahed-type, and 81 were "
        "shot down.",
        [],
        [(112, 81, False)],
    ),
    ("Nobody expected that 30 of the drones were decoys of the Gerbera type.", [], []),
    ("Russia fired 44 missiles. The lion's share was shot down.", [], [(44, None, False)]),
    (
        "Russia attacked with 164 drones. The greater part of them could be intercepted.",
        [],
        [(164, None, False)],
    ),
    ("The air force reported 76 Russian drone attacks in the night.", [("drone", 76)], []),
    ("The air force reported 33 missiles launched, with 20 shot down.", [], [(33, 20, False)]),
    ("The air force registered 58 drones overnight; 45 were downed.", [], [(58, 45, False)]),
    ("The report took part of the blame for 12 drones lost in training.", [], []),
    ("Ukrainian forces hit Russian positions 16 times with HIMARS.", [("mlrs", 16)], []),
    (
        "Russia fired 10 missiles at Odesa. Two hit the port and the rest were shot down.",
        [],
        [(10, None, False)],
    ),
    # A figure shot down, then "and the missiles had not been intercepted": the zero is theirs.
    (
        "Russia launched 3 Kh-59 missiles and 47 drones. The air force said 35 drones had been "
        "downed and the missiles had not been intercepted.",
        [],
        [(47, 35, False), (3, 0, False)],
    ),
    # Eighth session, third round (dev_numeric29)
    ("Russia launched 39 missiles, of which 24 could be intercepted.", [], [(39, 24, False)]),
    ("The General Staff counted 93 airstrikes with 156 guided bombs.",
     [("airstrike", 93), ("glide_bomb", 156)], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "strikes", "interceptions"), CASES)
def test_new_readings(
    text: str,
    strikes: list[tuple[str, int]],
    interceptions: list[tuple[int | None, int | None, bool]],
) -> None:
    found = extract(text)
    got_strikes = [(f.weapon, f.count) for f in found if isinstance(f, Strike)]
    got_air = [
        (f.launched, f.intercepted, f.all_intercepted) for f in found if isinstance(f, Interception)
    ]
    assert (got_strikes, got_air) == (strikes, interceptions)
    for f in found:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text


# Seventh session, third round (dev_numeric22): casualties as (group, killed, injured).
TOLLS: list[tuple[str, list[tuple[str, int | None, int | None]]]] = [
    (
        "In the attack on Dnipro, 4 people died and 19 were injured, of them 6 seriously.",
        [("people", 4, 19), ("people", None, 6)],
    ),
    (
        "15:40. As of this time, 3 people are known to have died and 19 were injured.\n\n"
        "18:05. The toll has increased. The number of dead rose to 5, the governor said.",
        [("people", 5, None)],
    ),
    (
        "At least six persons were killed in Kyiv. 31 persons were injured, the mayor said. "
        "14 of them had to be treated in hospital.",
        [("people", 6, 31), ("people", None, 14)],
    ),
    # Eighth session, third round (dev_numeric29)
    (
        "A drone attack cost two persons their life. Further 14 persons were injured.",
        [("people", 2, 14)],
    ),
    (
        "Eight persons were killed. The number of injured stands at 35; seven of them are in "
        "serious condition.",
        [("people", 8, 35), ("people", None, 7)],
    ),
    ("He fought for their life after 3 men came in.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_round3_tolls(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    found = [f for f in extract(text) if isinstance(f, Casualty)]
    assert [(c.group, c.killed, c.injured) for c in found] == expected


# Seventh session, fifth round (dev_numeric24): corrected tolls in translated copy, as
# (killed, injured) per record.
CORRECTED: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    ("Three persons were killed in Odesa. Later he corrected the number to five.", [(5, None)]),
    (
        "4 persons were killed and 22 injured in Kyiv. The mayor corrected the figure of "
        "injured upwards to 28.",
        [(4, 28)],
    ),
    ("Two persons were injured. The number of injured had to be corrected to 14.", [(None, 14)]),
    ("The toll rose by two to 9 dead, the governor said.", [(9, None)]),
    ("Five people were killed and 12 injured. The figures may still change.", [(5, 12)]),
]


@pytest.mark.parametrize(("text", "want"), CORRECTED)
def test_corrected_tolls(text: str, want: list[tuple[int | None, int | None]]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == want

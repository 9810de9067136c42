"""The extractor against the sets it is measured on and never tuned on.

``heldout.jsonl``
    Written independently of the extractor and of the dev set (first session).
``blind.jsonl``
    Written for one honest final measurement (second session): nobody tuning the
    extractor looks at its individual errors.
``blind2.jsonl``
    12 full-length articles and 27 short passages written in the third session
    without opening the extractor's code, its tables or any other set's passages.
``blind3.jsonl``
    14 full-length articles of everyday copy and 28 short passages, written the
    same way at the start of the fourth session (first score: strike .920,
    interception .837, casualty .864, statement .905).
``blind4.jsonl``
    10 full-length articles of everyday copy and 25 short passages, written the same
    way at the start of the fifth session (first score: strike .826, interception .837,
    casualty .805, statement .926).
``blind5.jsonl``
    12 full-length articles written the same way at the start of the sixth session,
    half of them in the translated-German style of the shared sample (headline and
    promo lines, „low-high“ quotes, "according to Ukrainian information"); first
    score: strike .944, interception .865, casualty .921, statement .882.
``blind6.jsonl``
    12 full-length articles written the same way at the start of the seventh session,
    all in the shared sample's translated-German style (German spellings, »guillemet«
    and „low-high“ quotes, decimal commas, page furniture, "+++" ticker lines); first
    score: strike .824, interception .941, casualty .889, statement .782.
``blind7.jsonl``
    12 full-length articles written the same way at the END of the seventh session, in the
    shared sample's style, after that session's German-copy work was done: measured on the
    session's starting extractor (4c7a2c5) .867 / .880 / .780 / .825 and on its end
    (7ac53b9, before the last round) 1.000 / .902 / .800 / .897, the honest before/after of
    the session on text nobody had seen.
``blind8.jsonl``
    12 full-length articles written the same way at the START of the eighth session, in the
    shared sample's style (German spellings, „…“ »…« «…» quotes, dot thousands, decimal
    commas, "+++" and "Update, 9.40 o'clock:" stamps, teasers, ads, agency trailers); first
    score on 9909c01: strike .780, interception .825, casualty .909, statement .837.
``blind9.jsonl``
    12 full-length articles written the same way in the middle of the eighth session (after
    its first two rounds), in the shared sample's style; measured on the session's starting
    extractor (9909c01): strike .983, interception .938, casualty .986, statement .919.
``blind10.jsonl``
    12 full-length articles written the same way at the START of the ninth session, in the
    shared sample's style with several numeric war events in every article (General Staff
    counts, air-force reports, regional tolls); first score on 3e0a591: strike .985,
    interception .907, casualty .990, statement .947.
``blind11.jsonl``
    12 full-length articles written the same way in the middle of the ninth session (after
    its round 0), in the shared sample's business-site style, statement-heavy (14-21 per
    article); measured on the session's starting extractor (3e0a591): strike .930,
    interception .977, casualty .963, statement .960.
``blind12.jsonl``
    12 full-length articles written the same way at the END of the ninth session (after its
    rounds 0-2), in the shared sample's translated-German style; measured on the session's
    starting extractor (3e0a591): strike .909, interception .783, casualty .863, statement
    .961 - the honest before/after of the session on text nobody had seen.
``blind13.jsonl``
    12 full-length articles written the same way at the START of the tenth session, in the
    shared sample's translated-German style, eight of them with air-defence figures (shares
    by weapon and region, outcomes inside quoted air-force sentences, both sides' claims);
    first score on 0646a19: strike .914, interception .825, casualty .902, statement .937.
``blind14.jsonl``
    12 full-length articles written the same way at the START of the tenth session, in the
    styles of English-language agencies and outlets (a Reuters dispatch, a Kyiv Independent
    roundup, Middle East, Sudan and Myanmar stories, a TASS dispatch, a key-events list, a
    governor's liveblog); first score on 0646a19: strike .930, interception 1.000, casualty
    .867, statement .887.
``blind15.jsonl``
    12 full-length articles written the same way in the middle of the tenth session (after
    its first rounds), in the shared sample's translated-German style, diplomacy and the
    war day's figures in every article; measured on the session's starting extractor
    (0646a19): strike .898, interception .913, casualty .889, statement .902.
``blind16.jsonl``
    12 full-length articles written the same way in the middle of the tenth session: six as
    translated from Ukrainian, Russian, French, Italian, Polish and Arabic outlets, six in
    native agency English; measured on the session's starting extractor (0646a19): strike
    .970, interception .889, casualty .795, statement .868.
``blind17.jsonl``
    12 full-length articles written the same way at the END of the tenth session (after its
    fix rounds were under way), as close to the shared sample as the annotator could make
    them (German portals' copy in translation, a political story and the war day's figures
    in each); measured on the session's starting extractor (0646a19): strike .931,
    interception .880, casualty .943, statement .945 - the session's clean before/after.
``blind18.jsonl``
    12 full-length articles written the same way at the START of the eleventh session: six
    in the shared sample's translated-German style, three translated from French, Italian
    and Polish outlets, three in agency English (one on Gaza and the Houthis); measured on
    the session's starting extractor (b54549b): strike .929, interception .952, casualty
    .861, statement .939.
``blind19.jsonl``
    12 full-length articles written the same way in the eleventh session (after its first
    rounds were under way): four in the sample's translated-German style, four literal
    translations of Ukrainian, Russian, Romanian and Arabic outlets, four in agency English;
    measured on the session's starting extractor (b54549b): strike .939, interception .926,
    casualty .975, statement .961.
``blind20.jsonl``
    12 full-length articles written the same way LATE in the eleventh session (after most of
    its rounds), all as close to the shared sample as the annotator could make them
    (translated German portal copy, a political story with long quotes and the war day's
    figures, page furniture between paragraphs); measured on the session's starting
    extractor (b54549b): strike .962, interception .909, casualty 1.000, statement .904 -
    the session's clean before/after.
``blind21.jsonl``
    12 full-length articles written the same way at the START of the twelfth session: four
    in the shared sample's translated-German style, four literal translations of French,
    Italian, Polish and Turkish outlets, two casualty-heavy (a regional roundup, a missile
    strike with the toll updated during the day), two in agency English (Russia-Ukraine;
    Lebanon, Gaza and Yemen); measured on the session's starting extractor (3d3899d):
    strike .906, interception .930, casualty .970, statement .901.
``blind22.jsonl``
    12 full-length articles written the same way in the twelfth session (after its first
    rounds had started): six as close to the shared sample as possible (a political event
    with long quotes, then the war day's figures, page furniture), three literal
    translations (Ukrinform-style governors' roundup, a TASS-style ministry bulletin, an
    Agerpres-style article), three in agency English; measured on the session's starting
    extractor (3d3899d): strike 1.000, interception .988, casualty .968, statement .954.
``blind23.jsonl``
    12 full-length articles written the same way in the middle of the twelfth session: four
    as close to the shared sample as possible, six literal translations of French, Italian,
    Spanish and Romanian outlets rich in statements, two in agency English; measured on the
    session's starting extractor (3d3899d): strike .894, interception .889, casualty .839,
    statement .852.
``blind24.jsonl``
    12 full-length articles written the same way at the START of the thirteenth session:
    three as close to the shared sample as possible, five literal translations (Ukrinform,
    TASS, NHK, Al Jazeera, Ynet), two casualty-heavy, two in agency English (Gaza and
    Lebanon; the Ukrainian power grid); measured on the session's starting extractor
    (8d8f333): strike .964, interception .970, casualty .991, statement .950.
``blind25.jsonl``
    12 full-length articles written the same way early in the thirteenth session (its
    rounds had started; none merged yet): four as close to the shared sample as possible,
    six literal translations of French, Italian and Romanian outlets (two each), two in
    agency English (a mass air attack with tolls by city; Gaza); measured on the session's
    starting extractor (8d8f333): strike 1.000, interception .969, casualty .961, statement
    .931.
``blind26.jsonl``
    12 full-length articles written the same way in the middle of the thirteenth session
    (after its first ten rounds had merged): four as close to the shared sample as possible,
    four literal translations (French, Italian, Ukrainian, Russian state media), two
    casualty-heavy, two in agency English; measured on the session's starting extractor
    (8d8f333): strike .950, interception .986, casualty .889, statement .913.
``blind27.jsonl``
    12 full-length articles written the same way at the END of the thirteenth session, all
    literal translations of French (six) and Italian (six) outlets, the session's weakest
    kind of copy; measured on the session's starting extractor (8d8f333): strike .923,
    interception .957, casualty .689, statement .779 (and on its end, see the README).
``blind28.jsonl``
    12 full-length articles written the same way at the START of the fourteenth session:
    four as close to the shared sample as possible, four literal translations (French,
    Italian, Spanish, Portuguese), two casualty-heavy, two in agency English (Gaza and
    Lebanon; an energy-grid attack with per-type figures); measured on the session's
    starting extractor (640bee7): strike .884, interception .949, casualty .883, statement
    .956.
``blind29.jsonl``
    12 full-length articles written the same way in the fourteenth session, after its first
    rounds (none of their fixes seen): six as close to the shared sample as possible, three
    in agency English (the Houthis and Israel; a strike on Zaporizhzhia with an updated toll;
    Istanbul talks), three literal translations (Italian, French, Ukrainian); measured on the
    session's starting extractor (640bee7): strike .881, interception .929, casualty .904,
    statement .903.
``blind30.jsonl``
    12 full-length articles written the same way late in the fourteenth session (after its
    French/Italian/Spanish rounds had merged): four as close to the shared sample as
    possible, four literal translations of Italian and four of French outlets; measured on
    the session's starting extractor (640bee7): strike .966, interception .967, casualty
    .915, statement .874.
``blind31.jsonl``
    12 full-length articles written the same way late in the fourteenth session: six as
    close to the shared sample as possible, six in agency English (a mass attack with
    per-type figures, Gaza and Lebanon, a Houthi launch, an EU summit, a front-line report,
    Russian shoot-down claims); measured on the session's starting extractor (640bee7):
    strike 1.000, interception .985, casualty .944, statement .944.
``blind32.jsonl``
    12 full-length articles written the same way at the START of the fifteenth session: four
    as close to the shared sample as possible, four literal translations of French and four
    of Italian outlets, statement-rich with mostly indirect speech; measured on the session's
    starting extractor (40e7d00): strike .880, interception .951, casualty .918, statement
    .825.
``blind33.jsonl``
    12 full-length articles written the same way at the start of the fifteenth session: five
    as close to the shared sample as possible, four in agency English (Ukraine, Gaza, the Red
    Sea), three literal translations of Spanish, Ukrainian and Portuguese outlets; measured on
    the session's starting extractor (40e7d00): strike .943, interception 1.000, casualty
    .974, statement .924.
``blind34.jsonl``
    12 full-length articles written the same way early in the fifteenth session (before any
    of its rounds merged): six literal translations of French and six of Italian outlets,
    statement-rich (155 statements, 128 indirect); measured on the session's starting
    extractor (40e7d00): strike .952, interception .966, casualty .909, statement .773.
``blind35.jsonl``
    12 full-length articles written the same way at the START of the sixteenth session in
    agency English (Reuters, AP, AFP, Kyiv Independent, Ukrinform, BBC, Al Jazeera, Times of
    Israel, Ukrainska Pravda, Anadolu, Arab News), number- and statement-rich; measured on
    the session's starting extractor (884e03f): strike 1.000, interception 1.000, casualty
    1.000, statement .896.
``blind36.jsonl``
    12 full-length articles written the same way at the start of the sixteenth session: six
    as close to the shared sample as possible (one a ticker newest first), six literal
    translations of TASS, RIA Novosti, Xinhua, Ukrinform, Interfax-Ukraine and Interfax;
    measured on the session's starting extractor (884e03f): strike 1.000, interception .911,
    casualty .925, statement .963.

The structure tests guard the labels (they must always pass); the score tests
report per-type F1 and are xfail (non-strict): their figure is a measurement,
whatever the bar does. Only the score table of these sets is ever looked at
(``newswire eval FILE``, never ``--errors``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.gold import EVENT_TYPES, EventType
from tests.extract.gold_checks import FIELDS, assert_f1, checked_passages, is_numeric

DATA = Path(__file__).resolve().parents[1] / "data"
MEASURED_F1 = 0.80
"""Not a bar the sets must reach (the tests are xfail): a floor that flags a collapse."""


@dataclass(frozen=True)
class MeasuredSet:
    file: str
    source: str
    sentences: tuple[int, int]
    """Fewest and most sentences a passage may have."""
    min_passages: int
    min_negatives: int
    """Passages with no strike, interception or casualty."""
    min_multi_paragraph: int = 0
    min_per_type: int = 0
    """Passages with at least one event of each type."""


SETS = [
    MeasuredSet("heldout.jsonl", "newswire-heldout (original)", (2, 8), 80, 15, 20, 15),
    MeasuredSet("blind.jsonl", "newswire-blind (original)", (2, 8), 70, 12),
    MeasuredSet("blind2.jsonl", "newswire-blind2 (original)", (2, 40), 35, 10),
    MeasuredSet("blind3.jsonl", "newswire-blind3 (original)", (1, 40), 40, 12),
    MeasuredSet("blind4.jsonl", "newswire-blind4 (original)", (1, 40), 35, 12),
    MeasuredSet("blind5.jsonl", "newswire-blind5 (original)", (1, 40), 12, 0, 12),
    MeasuredSet("blind6.jsonl", "newswire-blind6 (original)", (1, 60), 12, 0, 12),
    MeasuredSet("blind7.jsonl", "newswire-blind7 (original)", (1, 60), 12, 0, 12),
    MeasuredSet("blind8.jsonl", "newswire-blind8 (original)", (1, 60), 12, 0, 10),
    MeasuredSet("blind9.jsonl", "newswire-blind9 (original)", (1, 60), 12, 0, 10),
    MeasuredSet("blind10.jsonl", "newswire-blind10 (original)", (1, 60), 12, 0, 10),
    MeasuredSet("blind11.jsonl", "newswire-blind11 (original)", (1, 60), 12, 0, 10),
    MeasuredSet("blind12.jsonl", "newswire-blind12 (original)", (1, 60), 12, 0, 10),
    MeasuredSet("blind13.jsonl", "newswire-blind13 (original)", (1, 60), 12, 0, 10, 6),
    MeasuredSet("blind14.jsonl", "newswire-blind14 (original)", (1, 60), 12, 0, 10, 8),
    MeasuredSet("blind15.jsonl", "newswire-blind15 (original)", (1, 60), 12, 0, 10, 10),
    MeasuredSet("blind16.jsonl", "newswire-blind16 (original)", (1, 60), 12, 0, 10, 9),
    MeasuredSet("blind17.jsonl", "newswire-blind17 (original)", (1, 60), 12, 0, 10, 7),
    MeasuredSet("blind18.jsonl", "newswire-blind18 (original)", (1, 60), 12, 0, 10, 8),
    MeasuredSet("blind19.jsonl", "newswire-blind19 (original)", (1, 60), 12, 0, 10, 8),
    MeasuredSet("blind20.jsonl", "newswire-blind20 (original)", (1, 80), 12, 0, 10, 8),
    MeasuredSet("blind21.jsonl", "newswire-blind21 (original)", (1, 80), 12, 0, 10, 8),
    MeasuredSet("blind22.jsonl", "newswire-blind22 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind23.jsonl", "newswire-blind23 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind24.jsonl", "newswire-blind24 (original)", (1, 80), 12, 0, 8, 6),
    MeasuredSet("blind25.jsonl", "newswire-blind25 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind26.jsonl", "newswire-blind26 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind27.jsonl", "newswire-blind27 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind28.jsonl", "newswire-blind28 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind29.jsonl", "newswire-blind29 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind30.jsonl", "newswire-blind30 (original)", (1, 80), 12, 0, 8, 6),
    MeasuredSet("blind31.jsonl", "newswire-blind31 (original)", (1, 80), 12, 0, 10, 6),
    MeasuredSet("blind32.jsonl", "newswire-blind32 (original)", (1, 80), 12, 0, 10, 4),
    MeasuredSet("blind33.jsonl", "newswire-blind33 (original)", (1, 80), 12, 0, 10, 4),
    MeasuredSet("blind34.jsonl", "newswire-blind34 (original)", (1, 80), 12, 0, 10, 2),
    MeasuredSet("blind35.jsonl", "newswire-blind35 (original)", (1, 80), 12, 0, 10, 8),
    MeasuredSet("blind36.jsonl", "newswire-blind36 (original)", (1, 80), 12, 0, 10, 8),
]


@pytest.mark.parametrize("measured", SETS, ids=lambda s: s.file)
def test_measured_set_structure(measured: MeasuredSet) -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(DATA / measured.file, measured.source, measured.sentences)
    assert len(passages) >= measured.min_passages
    negatives = sum(not is_numeric(obj) for obj in passages)
    assert negatives >= measured.min_negatives, "too few hard negatives"
    multi = sum("\n\n" in obj["text"] for obj in passages)
    assert multi >= measured.min_multi_paragraph, "too few multi-paragraph passages"
    for kind in FIELDS:
        with_kind = sum(bool(obj[kind]) for obj in passages)
        assert with_kind >= measured.min_per_type, f"too few passages with {kind}"


@pytest.mark.xfail(reason="measured, never tuned on", strict=False)
@pytest.mark.parametrize("kind", EVENT_TYPES)
@pytest.mark.parametrize("measured", SETS, ids=lambda s: s.file)
def test_measured_set_f1(measured: MeasuredSet, kind: EventType) -> None:
    assert_f1(DATA / measured.file, kind, MEASURED_F1)

"""Statements detector: direct, partial and reported speech on hand-written wire-style text."""

from __future__ import annotations

import pytest

from pipeline.extract import statements
from pipeline.extract.document import parse
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers


def _statements(body: str) -> list[Statement]:
    doc = parse(body)
    found = statements.find(doc, Speakers(doc))
    assert all(isinstance(s, Statement) for s in found)
    return [s for s in found if isinstance(s, Statement)]


def _triples(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.mode, s.quote) for s in _statements(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“Our air defence did an excellent job tonight,” Zelenskyy said.",
            [("Volodymyr Zelensky", "direct", "Our air defence did an excellent job tonight,")],
            id="curly-trailing-spelling-variant",
        ),
        pytest.param(
            'Governor Oleh Syniehubov wrote on Telegram: "Two people were hurt in the shelling."',
            [("Oleh Syniehubov", "direct", "Two people were hurt in the shelling.")],
            id="straight-leading-colon-unknown-name",
        ),
        pytest.param(
            "Peskov told reporters: «The talks will resume next week.»",
            [("Dmitry Peskov", "direct", "The talks will resume next week.")],
            id="guillemets",
        ),
        pytest.param(
            "Scholz said: „We stand with Ukraine for as long as it takes.“",
            [("Olaf Scholz", "direct", "We stand with Ukraine for as long as it takes.")],
            id="german-low-high-marks",
        ),
        pytest.param(
            "Moscow was open to talks, Peskow said. »We have always been ready,« he added.",
            [
                ("Dmitry Peskov", "indirect", "Moscow was open to talks"),
                ("Dmitry Peskov", "direct", "We have always been ready,"),
            ],
            id="german-guillemets-trailing",
        ),
        pytest.param(
            "»We are ready. We have always been,« Peskow said.",
            [("Dmitry Peskov", "direct", "We are ready. We have always been,")],
            id="german-guillemets-two-sentences",
        ),
        pytest.param(
            "Merz said: »Nobody in Europe wants this war.«",
            [("Friedrich Merz", "direct", "Nobody in Europe wants this war.")],
            id="german-guillemets-leading-colon",
        ),
        pytest.param(
            "Commission President Ursula von der Leyen arrived. “It is a good day,” she said.",
            [("Ursula von der Leyen", "direct", "It is a good day,")],
            id="pronoun-after-name-with-particles",
        ),
        pytest.param(
            "EU Commission President Ursula von der Leyen met Selenskyj. She spoke of a “new era”.",
            [("Ursula von der Leyen", "partial", "new era")],
            id="spoke-of-after-name-with-particles",
        ),
        pytest.param(
            '"The situation at the plant remains precarious," said IAEA chief Rafael Grossi.',
            [("Rafael Grossi", "direct", "The situation at the plant remains precarious,")],
            id="inverted-said-title-name",
        ),
        pytest.param(
            "“They call it ‘liberation’, but it is occupation,” Kuleba said.",
            [("Dmytro Kuleba", "direct", "They call it ‘liberation’, but it is occupation,")],
            id="nested-single-quotes",
        ),
        pytest.param(
            "“The first wave hit the power station. Then the sirens stopped.\n\n"
            "“The second wave came an hour later,” Klitschko said.",
            [
                (
                    "Vitali Klitschko",
                    "direct",
                    "The first wave hit the power station. Then the sirens stopped. "
                    "The second wave came an hour later,",
                )
            ],
            id="quote-continued-over-paragraphs",
        ),
        pytest.param(
            "Zelensky visited soldiers near Bakhmut on Tuesday. "
            "“They deserve more than words,” he said.",
            [("Volodymyr Zelensky", "direct", "They deserve more than words,")],
            id="pronoun-resolved-to-previous-subject",
        ),
        pytest.param(
            "Lavrov described the proposal as “a dead end” during a visit to Ankara.",
            [("Sergei Lavrov", "partial", "a dead end")],
            id="partial-inside-narrative",
        ),
        pytest.param(
            "Kyiv Mayor Vitali Klitschko said rescuers were still searching the rubble. "
            "The attack was “the heaviest on the capital this spring”.",
            [
                ("Vitali Klitschko", "indirect", "rescuers were still searching the rubble"),
                ("Vitali Klitschko", "partial", "the heaviest on the capital this spring"),
            ],
            id="partial-speaker-carried-in-paragraph",
        ),
    ],
)
def test_quotes(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(body) == expected


@pytest.mark.parametrize(
    ("body", "speaker", "quote", "cue"),
    [
        pytest.param(
            "The Russian Defence Ministry said on Sunday that its forces had taken a village "
            "west of Avdiivka.",
            "Russian Defence Ministry",
            "its forces had taken a village west of Avdiivka",
            "said",
            id="said-day-that",
        ),
        pytest.param(
            "Eleven cruise missiles were destroyed over the capital, according to the "
            "Ukrainian Air Force.",
            "Ukrainian Air Force",
            "Eleven cruise missiles were destroyed over the capital",
            "according to",
            id="trailing-according-to",
        ),
        pytest.param(
            "According to regional governor Oleh Syniehubov, a 67-year-old woman was injured.",
            "Oleh Syniehubov",
            "a 67-year-old woman was injured",
            "According to",
            id="leading-according-to",
        ),
        pytest.param(
            "Dmitry Peskov told reporters the Kremlin had not received any such proposal.",
            "Dmitry Peskov",
            "the Kremlin had not received any such proposal",
            "told",
            id="told-reporters-no-that",
        ),
        pytest.param(
            "Klitschko wrote on Telegram that debris fell onto a kindergarten in Obolon.",
            "Vitali Klitschko",
            "debris fell onto a kindergarten in Obolon",
            "wrote",
            id="wrote-on-telegram-that",
        ),
        pytest.param(
            "Zelenskiy said in his nightly video address that Ukraine needed more air defence.",
            "Volodymyr Zelensky",
            "Ukraine needed more air defence",
            "said",
            id="said-in-video-address-that",
        ),
        pytest.param(
            "Drones hit two energy facilities in the Odesa region overnight, Ukraine's "
            "military said.",
            "Ukrainian military",
            "Drones hit two energy facilities in the Odesa region overnight",
            "said",
            id="trailing-possessive-org",
        ),
        pytest.param(
            "Russian forces shelled the town 40 times, said the regional governor.",
            "regional governor",
            "Russian forces shelled the town 40 times",
            "said",
            id="inverted-role-without-name",
        ),
        pytest.param(
            "Chinese state broadcaster CCTV reported Monday that Beijing would send an envoy.",
            "CCTV",
            "Beijing would send an envoy",
            "reported",
            id="reported-day-that-descriptor-org",
        ),
        pytest.param(
            "Stoltenberg has repeatedly stressed that NATO is not a party to the conflict.",
            "Jens Stoltenberg",
            "NATO is not a party to the conflict",
            "stressed",
            id="auxiliary-before-cue",
        ),
    ],
)
def test_indirect(body: str, speaker: str, quote: str, cue: str) -> None:
    found = _statements(body)
    assert [(s.speaker, s.mode, s.quote, s.cue) for s in found] == [
        (speaker, "indirect", quote, cue)
    ]
    evidence = found[0].evidence
    assert body[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Moscow calls the invasion a “special military operation”.", id="label"),
        pytest.param("The film “Twenty Days in Mariupol” won an award.", id="title"),
        pytest.param("He warned his allies of further attacks.", id="warned-without-clause"),
        pytest.param("According to preliminary data, the fire was put out.", id="not-a-speaker"),
        pytest.param("The western states said nothing.", id="noun-states"),
        pytest.param("“", id="lone-mark"),
        pytest.param("’‘", id="apostrophe-before-opening-single-mark"),
        pytest.param("", id="empty"),
    ],
)
def test_no_statement(body: str) -> None:
    assert _statements(body) == []


def test_fragment_inside_that_clause_stays_in_the_indirect_statement() -> None:
    body = "Xinhua reported that Beijing wanted a “fair and lasting” settlement."
    assert _triples(body) == [
        ("Xinhua", "indirect", "Beijing wanted a “fair and lasting” settlement"),
    ]


def test_fragment_closing_the_clause_before_trailing_attribution_stays_indirect() -> None:
    body = "The new sanctions would be “a gift to the war economy”, Medvedev wrote."
    assert _triples(body) == [
        ("Dmitry Medvedev", "indirect", "The new sanctions would be “a gift to the war economy”")
    ]


def test_fragment_inside_the_clause_before_trailing_attribution_is_partial() -> None:
    body = "The alliance would remain “fully united” in its support for Kyiv, Rutte said."
    assert _triples(body) == [("Mark Rutte", "partial", "fully united")]


def test_quote_and_confidence_fields() -> None:
    body = "“We are ready,” the Ukrainian military said in a statement."
    (found,) = _statements(body)
    assert found.cue == "said"
    assert 0.5 < found.confidence <= 1.0
    assert found.evidence.text == body


def test_unbalanced_quote_is_kept_with_lower_confidence() -> None:
    body = "Peskov said: “The offer is not serious."
    (found,) = _statements(body)
    assert (found.speaker, found.mode, found.quote) == (
        "Dmitry Peskov",
        "direct",
        "The offer is not serious.",
    )
    assert found.confidence < 0.9


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The mayor of Dnipro, Borys Filatov, said a warehouse burned down, adding that "
            "firefighters had contained the blaze.",
            [
                ("Borys Filatov", "indirect", "a warehouse burned down"),
                ("Borys Filatov", "indirect", "firefighters had contained the blaze"),
            ],
            id="adding-that-after-indirect",
        ),
        pytest.param(
            "“We will hold the line,” Syrskyi said, adding that reserves were moving east.",
            [
                ("Oleksandr Syrskyi", "direct", "We will hold the line,"),
                ("Oleksandr Syrskyi", "indirect", "reserves were moving east"),
            ],
            id="adding-that-after-quote",
        ),
        pytest.param(
            "Lavrov met his Turkish counterpart and said the grain deal could be revived.",
            [("Sergei Lavrov", "indirect", "the grain deal could be revived")],
            id="and-said-conjoined-predicate",
        ),
        pytest.param(
            "Peskov told a weekly briefing for foreign media that no summit was planned.",
            [("Dmitry Peskov", "indirect", "no summit was planned")],
            id="told-long-object-that",
        ),
        pytest.param(
            "Umerov informed the Verkhovna Rada that three brigades had been rotated out.",
            [("Rustem Umerov", "indirect", "three brigades had been rotated out")],
            id="informed-object-that",
        ),
        pytest.param(
            "The shelling lasted for two hours, Peskov told journalists.",
            [("Dmitry Peskov", "indirect", "The shelling lasted for two hours")],
            id="trailing-told-journalists",
        ),
        pytest.param(
            "Nine homes were damaged, according to a statement from the regional police.",
            [("regional police", "indirect", "Nine homes were damaged")],
            id="according-to-a-statement-from",
        ),
        pytest.param(
            "The EU called the vote “a sham” and “illegitimate”.",
            [("EU", "partial", "a sham"), ("EU", "partial", "illegitimate")],
            id="org-subject-partial-quotes",
        ),
        pytest.param(
            "Kuleba arrived in Brussels on Monday. He described the package as “long overdue”.",
            [("Dmytro Kuleba", "partial", "long overdue")],
            id="pronoun-subject-partial-quote",
        ),
        pytest.param(
            "Asked whether the border would reopen, Peskov replied: “That is not on the table.”",
            [("Dmitry Peskov", "direct", "That is not on the table.")],
            id="asked-whether-is-not-a-statement",
        ),
        pytest.param(
            "Hezbollah said its fighters fired rockets at a base. The group said the strike "
            "answered an Israeli raid.",
            [
                ("Hezbollah", "indirect", "its fighters fired rockets at a base"),
                ("Hezbollah", "indirect", "the strike answered an Israeli raid"),
            ],
            id="the-group-takes-back-the-named-org",
        ),
        pytest.param(
            "Kremlin says talks can wait\n\nThe Kremlin said on Monday it saw no reason to hurry "
            "the talks.",
            [("Kremlin", "indirect", "it saw no reason to hurry the talks")],
            id="headline-is-not-a-statement",
        ),
    ],
)
def test_attribution_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The survey showed that most families had no heating.", id="survey-showed"),
        pytest.param("Satellite data indicate that the bridge was hit twice.", id="data-indicate"),
        pytest.param("According to the latest figures, prices rose by 3%.", id="bare-figures"),
    ],
)
def test_non_speech_is_not_a_statement(body: str) -> None:
    assert _triples(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Lithuania's defence ministry warned of drills. Air raids will go on, it claimed.",
            [("Lithuanian defence ministry", "indirect", "Air raids will go on")],
            id="trailing-claimed-it-org",
        ),
        pytest.param(
            "The grid would hold, Marta Kos told a forum in Vilnius.",
            [("Marta Kos", "indirect", "The grid would hold")],
            id="trailing-told-with-object",
        ),
        pytest.param(
            "Reuters quoted Yuri Ushakov as saying that no summit date had been set.",
            [("Yuri Ushakov", "indirect", "no summit date had been set")],
            id="quoted-as-saying",
        ),
        pytest.param(
            "Kyiv will get more jets, according to three Western diplomats.",
            [("Western diplomats", "indirect", "Kyiv will get more jets")],
            id="according-to-counted-sources",
        ),
        pytest.param(
            "A statement released by the Czech Foreign Ministry said the envoy had been expelled.",
            [("Czech Foreign Ministry", "indirect", "the envoy had been expelled")],
            id="statement-released-by",
        ),
        pytest.param(
            "Keir Starmer's office said the prime minister would travel to Kyiv.",
            [("Keir Starmer", "indirect", "the prime minister would travel to Kyiv")],
            id="office-speaks-for-person",
        ),
        pytest.param(
            "A spokeswoman for the Dutch government said the jets would be delivered in May.",
            [("Dutch government", "indirect", "the jets would be delivered in May")],
            id="spokeswoman-for-institution",
        ),
        pytest.param(
            "Japan's Defence Ministry held a briefing on Monday. “The drills were routine,” "
            "the ministry said.",
            [("Japanese Defence Ministry", "direct", "The drills were routine,")],
            id="the-ministry-named-in-an-earlier-non-cue-sentence",
        ),
        pytest.param(
            "„The winter will be hard“, Kaja Kallas told reporters.",
            [("Kaja Kallas", "direct", "The winter will be hard")],
            id="german-marks-trailing-attribution",
        ),
        pytest.param(
            "“We are ready,” Oleksandr Prokudin, head of the Kherson regional administration, "
            "wrote on Telegram.",
            [("Oleksandr Prokudin", "direct", "We are ready,")],
            id="name-and-role-after-the-quote",
        ),
        pytest.param(
            "Olena Kondratiuk, a deputy speaker of parliament, said the vote would be held soon.",
            [("Olena Kondratiuk", "indirect", "the vote would be held soon")],
            id="name-before-lowercase-appositive",
        ),
        pytest.param(
            "A senior NATO military official, speaking on condition of anonymity, said the "
            "radar had been jammed.",
            [("senior NATO military official", "indirect", "the radar had been jammed")],
            id="parenthetical-aside-before-verb",
        ),
        pytest.param(
            "Ukraine's energy ombudsman Oleh Kozak visited Odesa.\n\nThe port was quiet.\n\n"
            "He said the substations had been repaired.",
            [("Oleh Kozak", "indirect", "the substations had been repaired")],
            id="pronoun-two-paragraphs-after-title-name",
        ),
    ],
)
def test_unseen_attribution_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Hamas claimed responsibility for the attack.", id="claimed-noun-object"),
        pytest.param("No date for the talks has been announced.", id="passive-cue"),
        pytest.param("The bridge is said to be safe.", id="is-said-to"),
        pytest.param("Said Hassan, a baker in Gaza, lost his shop.", id="said-as-a-name"),
    ],
)
def test_unseen_non_statements(body: str) -> None:
    assert _statements(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Russian artillery hit the Nikopol district of the Dnipropetrovsk region, the regional"
            " governor said. “They kept firing all night,” he said.",
            [
                (
                    "Dnipropetrovsk regional governor",
                    "indirect",
                    "Russian artillery hit the Nikopol district of the Dnipropetrovsk region",
                    "said",
                ),
                (
                    "Dnipropetrovsk regional governor",
                    "direct",
                    "They kept firing all night,",
                    "said",
                ),
            ],
            id="he-after-an-unnamed-office",
        ),
        pytest.param(
            "Kharkiv Mayor Ihor Terekhov stated via Telegram: “A school was damaged,” describing"
            " the attack as “another night of terror”.",
            [
                ("Ihor Terekhov", "direct", "A school was damaged,", "stated"),
                ("Ihor Terekhov", "partial", "another night of terror", "stated"),
            ],
            id="colon-quote-then-participle-and-partial",
        ),
        pytest.param(
            "Peskov dismissed the reports, saying: “There is much speculation in the media.”",
            [("Dmitry Peskov", "direct", "There is much speculation in the media.", "saying")],
            id="saying-colon",
        ),
        pytest.param(
            "“We have not reached this stage yet,” Sybiha remarked, noting that talks go on.",
            [
                ("Andrii Sybiha", "direct", "We have not reached this stage yet,", "remarked"),
                ("Andrii Sybiha", "indirect", "talks go on", "noting"),
            ],
            id="remarked-noting",
        ),
        pytest.param(
            "The air force published its update. “Most drones were destroyed overnight,” the"
            " report says.",
            [("Ukrainian Air Force", "direct", "Most drones were destroyed overnight,", "says")],
            id="the-report-speaks-for-its-issuer",
        ),
        pytest.param(
            "Lavrov was quoted as saying by RIA Novosti that Moscow saw no basis for talks.",
            [("Sergei Lavrov", "indirect", "Moscow saw no basis for talks", "quoted")],
            id="passive-quoted-as-saying",
        ),
        pytest.param(
            "Interfax cited the emergencies ministry as saying that the fire had been put out.",
            [("emergencies ministry", "indirect", "the fire had been put out", "cited")],
            id="cited-as-saying",
        ),
        pytest.param(
            "Oleh Syniehubov shared that a fire broke out at a depot.",
            [("Oleh Syniehubov", "indirect", "a fire broke out at a depot", "shared")],
            id="shared-that",
        ),
        pytest.param(
            "The air force said on its Telegram messaging channel that Russia launched drones.",
            [("Ukrainian Air Force", "indirect", "Russia launched drones", "said")],
            id="telegram-messaging-channel",
        ),
        pytest.param(
            "Drones hit Tver, local media reported, while the governor said there were no"
            " casualties.",
            [
                ("local media", "indirect", "Drones hit Tver", "reported"),
                ("governor", "indirect", "there were no casualties", "said"),
            ],
            id="second-speaker-after-while",
        ),
    ],
)
def test_cues_and_modes(body: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Speaker, mode, quote and cue of the lead's real-text misses (own wording)."""
    found = [(s.speaker, s.mode, s.quote, s.cue) for s in _statements(body)]
    assert [(a, b, c) for a, b, c, _ in found] == [(a, b, c) for a, b, c, _ in expected]
    assert [d for *_, d in found] == [d for *_, d in expected]


def test_agency_signoff_is_not_part_of_an_unclosed_quote() -> None:
    body = "Zelensky urged allies to hurry.\n\n“We need air defence now. Not in a year — AFP"
    quotes = [s.quote for s in _statements(body) if s.mode != "indirect"]
    assert quotes == ["We need air defence now. Not in a year"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“It will hold,” Mark Rutte said.\n\n“We are ready,” he went on. “Allies agree.”",
            [
                ("Mark Rutte", "direct", "It will hold,"),
                ("Mark Rutte", "direct", "We are ready,"),
                ("Mark Rutte", "direct", "Allies agree."),
            ],
            id="went-on-carries-the-next-quote",
        ),
        pytest.param(
            "“Who gave the order?” Governor Oleksandr Prokudin asked on Telegram.",
            [("Oleksandr Prokudin", "direct", "Who gave the order?")],
            id="question-cut-off-by-the-sentence-splitter",
        ),
        pytest.param(
            "“We will rebuild every house” — said Governor Ivan Fedorov, visiting the district.",
            [("Ivan Fedorov", "direct", "We will rebuild every house")],
            id="dash-before-inverted-cue",
        ),
        pytest.param(
            "‘There is no military solution,’ Turkish President Tayyip Erdogan said in Ankara.",
            [("Recep Tayyip Erdogan", "direct", "There is no military solution,")],
            id="british-single-quotes-no-indirect-copy",
        ),
        pytest.param(
            "Kaja Kallas said Russia was “not serious” about talks.",
            [("Kaja Kallas", "indirect", "Russia was “not serious” about talks")],
            id="fragment-inside-clause-without-that",
        ),
        pytest.param(
            "Pope Leo called on Russia and Ukraine to agree a full exchange of prisoners.",
            [("Pope Leo", "indirect", "Russia and Ukraine to agree a full exchange of prisoners")],
            id="called-on-like-urged",
        ),
        pytest.param(
            "The UN human rights office said at least 27 civilians were killed last week.",
            [("UN human rights office", "indirect", "at least 27 civilians were killed last week")],
            id="clause-opening-at-least",
        ),
    ],
)
def test_press_and_interview_copy(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The SBU ran Operation “Spiderweb” for a year.", id="operation-name"),
        pytest.param("Russia staged so-called “referendums” in 2022.", id="so-called"),
        pytest.param("Russia continued its attacks on the city.", id="continued-not-a-cue"),
        pytest.param("He went on to visit the front line in Zaporizhzhia.", id="went-on-to"),
    ],
)
def test_no_statement_in_names_and_narration(body: str) -> None:
    assert _statements(body) == []


# Styles of dev_articles2 (live blogs, translated copy, AP titles), in passages of our own.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gov. Vitaliy Kim said a drone hit a warehouse in the port area.",
            [("Vitaliy Kim", "indirect", "a drone hit a warehouse in the port area")],
            id="ap-gov-title",
        ),
        pytest.param(
            "16:05 — Polish army spokesman Jacek Goryszewski says two jets were scrambled.",
            [("Jacek Goryszewski", "indirect", "two jets were scrambled")],
            id="live-blog-time-stamp",
        ),
        pytest.param(
            "The mayor, Andriy Sadovyi, declined to comment on repairs, telling reporters that"
            " the heating plant would be back within a day.",
            [("Andriy Sadovyi", "indirect", "the heating plant would be back within a day")],
            id="telling-reporters-that",
        ),
        pytest.param(
            "Kyiv was hit by 20 drones overnight, as the Ukrainian Air Force announced at dawn.",
            [("Ukrainian Air Force", "indirect", "Kyiv was hit by 20 drones overnight")],
            id="as-x-announced",
        ),
        pytest.param(
            "Four rescuers were hurt, specified the emergency service in a communiqué.",
            [("State Emergency Service", "indirect", "Four rescuers were hurt")],
            id="inverted-specified",
        ),
        pytest.param(
            "A NATO diplomat, speaking on condition of anonymity, said the talks had stalled.",
            [("NATO diplomat", "indirect", "the talks had stalled")],
            id="aside-before-verb",
        ),
        pytest.param(
            "The port was shut for six hours, according to the head of the port authority,"
            " Oleksiy Demchenko.",
            [("Oleksiy Demchenko", "indirect", "The port was shut for six hours")],
            id="according-to-role-then-name",
        ),
        pytest.param(
            "Governor Serhiy Lysak visited Nikopol. Two houses burned, according to his office.",
            [("Serhiy Lysak", "indirect", "Two houses burned")],
            id="his-office-speaks-for-holder",
        ),
        pytest.param(
            "The radar has tracked 300 targets since March, its maker Thales said.",
            [("Thales", "indirect", "The radar has tracked 300 targets since March")],
            id="its-maker-name",
        ),
        pytest.param(
            "Kyiv asked for more shells last week, the Pentagon said on Friday.",
            [("Pentagon", "indirect", "Kyiv asked for more shells last week")],
            id="trailing-encloses-leading",
        ),
        pytest.param(
            "The enemy used 30 attack assets overnight, Ukraine's air force said: 28 drones"
            " and two missiles.",
            [("Ukrainian Air Force", "indirect", "The enemy used 30 attack assets overnight")],
            id="clause-before-colon-list",
        ),
        pytest.param(
            "Sirens sounded in Haifa, the Magen David Adom rescue service said.",
            [("Magen David Adom", "indirect", "Sirens sounded in Haifa")],
            id="name-before-description",
        ),
        pytest.param(
            "Yemen's Houthis said they had fired two drones at a tanker.",
            [("Houthis", "indirect", "they had fired two drones at a tanker")],
            id="place-possessive-before-group-name",
        ),
        pytest.param(
            "In Rivne, two people were hurt, according to the regional administration.",
            [("Rivne regional administration", "indirect", "In Rivne, two people were hurt")],
            id="body-placed-by-opening-in",
        ),
        pytest.param(
            "The Syrian Observatory for Human Rights, a Britain-based war monitor, said four"
            " fighters were killed.",
            [("Syrian Observatory for Human Rights", "indirect", "four fighters were killed")],
            id="institution-before-description",
        ),
        pytest.param(
            "Merz said Europe needs a seat, adding: “Nothing about us without us.”",
            [
                ("Friedrich Merz", "indirect", "Europe needs a seat"),
                ("Friedrich Merz", "direct", "Nothing about us without us."),
            ],
            id="adding-colon-quote",
        ),
        pytest.param(
            "Zelenskyy said Russia had waited for the cold and called on allies to send jets.",
            [
                ("Volodymyr Zelensky", "indirect", "Russia had waited for the cold"),
                ("Volodymyr Zelensky", "indirect", "allies to send jets"),
            ],
            id="clause-cut-before-and-called-on",
        ),
        pytest.param(
            "Repairs will cost $9 billion, according to a World Bank estimate published in May.",
            [("World Bank", "indirect", "Repairs will cost $9 billion")],
            id="according-to-a-body-estimate",
        ),
        pytest.param(
            "Aid groups say 500 trucks a day are needed.",
            [("Aid groups", "indirect", "500 trucks a day are needed")],
            id="plural-groups-present-tense",
        ),
        pytest.param(
            "Three people died, said officials at Al-Aqsa Hospital, which took the bodies.",
            [("Al-Aqsa Hospital officials", "indirect", "Three people died")],
            id="officials-at-institution",
        ),
        pytest.param(
            "According to the UN human rights mission in Ukraine, 40 civilians died in May.",
            [("UN human rights mission in Ukraine", "indirect", "40 civilians died in May")],
            id="mission-placed-by-country",
        ),
    ],
)
def test_article_styles(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(_triples(body)) == sorted(expected)


@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        pytest.param(
            "Russia's Defence Ministry said it downed 12 drones.",
            "The UAE foreign ministry said talks would continue.",
            "UAE foreign ministry",
            id="other-country-ministry",
        ),
        pytest.param(
            "Russia's Defence Ministry said it downed 12 drones.",
            "Ukraine's energy ministry said power was restored.",
            "Ukrainian energy ministry",
            id="possessive-country-ministry",
        ),
    ],
)
def test_ministry_not_taken_for_the_one_before(first: str, second: str, speaker: str) -> None:
    assert _statements(f"{first} {second}")[-1].speaker == speaker


def test_abbreviated_title_opening_a_sentence_is_its_subject() -> None:
    body = "Gov. Serhiy Lysak visited Nikopol. Two houses burned, according to his office."
    assert _statements(body)[-1].speaker == "Serhiy Lysak"


def test_group_description_takes_back_named_group() -> None:
    body = "Hezbollah fired rockets. The Shiite movement said the strikes were a response."
    assert _statements(body)[-1].speaker == "Hezbollah"


def test_quote_paragraph_after_colon_intro_takes_its_subject() -> None:
    body = (
        "Zelenskyy spoke on Sunday.\n\nThe Ukrainian president then addressed partners:\n\n"
        "“Air defence saves lives. Every system counts.\n\n“Pressure must be consistent.”"
    )
    found = [s for s in _statements(body) if s.mode == "direct"]
    assert [(s.speaker, s.quote[:22]) for s in found] == [
        ("Volodymyr Zelensky", "Air defence saves live")
    ]


@pytest.mark.parametrize(
    ("body", "speaker", "quote"),
    [
        pytest.param(
            "Two pumping stations were shut, the Sudan People's Liberation Movement (SPLM) said.",
            "Sudan People's Liberation Movement",
            "Two pumping stations were shut",
            id="acronym-defined-at-the-speaker",
        ),
        pytest.param(
            "The Iran-led Popular Mobilisation Forces (PMF) said two of its bases were hit.",
            "Popular Mobilisation Forces",
            "two of its bases were hit",
            id="led-locator-before-acronym",
        ),
        pytest.param(
            "Two drones were downed near Kirkuk, Iraq's Joint Operations Cell said on Monday.",
            "Iraqi Joint Operations Cell",
            "Two drones were downed near Kirkuk",
            id="possessive-country-cell",
        ),
        pytest.param(
            "Israel struck the port of Hodeidah overnight, according to the transport ministry.",
            "Israeli transport ministry",
            "Israel struck the port of Hodeidah overnight",
            id="bare-ministry-placed-by-sentence",
        ),
        pytest.param(
            "Freight rates to the port doubled within a week, according to industry sources.",
            "industry sources",
            "Freight rates to the port doubled within a week",
            id="according-to-modified-group",
        ),
        pytest.param(
            "Tanker charter costs rose to a two-year high on Monday, shipping analysts said.",
            "shipping analysts",
            "Tanker charter costs rose to a two-year high on Monday",
            id="trailing-modified-group",
        ),
        pytest.param(
            "Diehl, a German missile maker, said on Monday that it would double IRIS-T output.",
            "Diehl",
            "it would double IRIS-T output",
            id="name-before-lower-case-description",
        ),
        pytest.param(
            "Olaf Scholz visited the shipyard. He told engineers there that orders would grow.",
            "Olaf Scholz",
            "orders would grow",
            id="told-object-there-that",
        ),
    ],
)
def test_article_speaker_shapes(body: str, speaker: str, quote: str) -> None:
    """Speaker shapes full articles showed (acronyms, groups, descriptions), own passages."""
    found = _statements(body)
    assert [(s.speaker, s.quote) for s in found] == [(speaker, quote)]
    assert all(body[s.evidence.start : s.evidence.end] == s.evidence.text for s in found)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "“We buried three neighbours today,” said Father Taras Hrytsenko, the parish priest.",
            "Taras Hrytsenko",
            id="courtesy-title-dropped",
        ),
        pytest.param(
            "“He never missed a shift,” said his friend Oleksii Moroz, 40, at the service.",
            "Oleksii Moroz",
            id="possessive-relation-before-name",
        ),
        pytest.param(
            "Two people died in Sumy, according to the city's military administration. "
            "The city council said schools would close for a week.",
            "Sumy city council",
            id="city-body-placed-like-the-one-before",
        ),
    ],
)
def test_article_speaker_names(body: str, speaker: str) -> None:
    """The last statement's speaker after titles, relations and earlier places, own passages."""
    assert _statements(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“We have made offers many times. Moscow has said no every time,” Sybiha said.",
            [
                (
                    "Andrii Sybiha",
                    "direct",
                    "We have made offers many times. Moscow has said no every time,",
                )
            ],
            id="verb-of-saying-inside-the-quote-is-no-cue",
        ),
        pytest.param(
            "Opening the session, U.N. relief chief Tom Fletcher said aid convoys were stuck.",
            [("Tom Fletcher", "indirect", "aid convoys were stuck")],
            id="participial-opener-is-no-reported-clause",
        ),
        pytest.param(
            "Shelling hit Kherson overnight, the regional governor Oleksandr Prokudin said.",
            [("Oleksandr Prokudin", "indirect", "Shelling hit Kherson overnight")],
            id="gerund-subject-is-still-a-clause",
        ),
        pytest.param(
            "Maria Zakharova spoke at a briefing. According to her, the sanctions had failed.",
            [("Maria Zakharova", "indirect", "the sanctions had failed")],
            id="according-to-her",
        ),
        pytest.param(
            "Western weapons prolong the war. This was stated by Foreign Minister Sergei Lavrov"
            " in Minsk on Tuesday.",
            [("Sergei Lavrov", "indirect", "Western weapons prolong the war")],
            id="passive-this-was-stated-by",
        ),
        pytest.param(
            "A drone hit a school in the city. This was reported by Ivan Fedorov, head of the"
            " regional military administration, on Telegram.",
            [("Ivan Fedorov", "indirect", "A drone hit a school in the city")],
            id="passive-this-was-reported-by-on-telegram",
        ),
        pytest.param(
            "Washington “has no right” to dictate Iran's foreign policy, Abbas Araqchi wrote on X.",
            [("Abbas Araqchi", "partial", "has no right")],
            id="fragment-inside-a-trailing-clause-stays-partial",
        ),
        pytest.param(
            "The envoy, Hans Grundberg, urged “maximum restraint” and warned that the fighting"
            " threatened efforts to revive talks.",
            [
                ("Hans Grundberg", "partial", "maximum restraint"),
                (
                    "Hans Grundberg",
                    "indirect",
                    "the fighting threatened efforts to revive talks",
                ),
            ],
            id="urged-a-quoted-object-is-no-appeal",
        ),
        pytest.param(
            "The RSF said in September it accepted the truce plan.",
            [("RSF", "indirect", "it accepted the truce plan")],
            id="month-adjunct-before-the-clause",
        ),
        pytest.param(
            "According to U.N. figures, at least 60 civilians were killed in the city.",
            [("United Nations", "indirect", "at least 60 civilians were killed in the city")],
            id="according-to-a-bodys-figures",
        ),
        pytest.param(
            "Russia's Defence Ministry said 40 drones were downed. Its forces also hit a depot"
            " near Kramatorsk, it said.",
            [
                ("Russian Defence Ministry", "indirect", "40 drones were downed"),
                (
                    "Russian Defence Ministry",
                    "indirect",
                    "Its forces also hit a depot near Kramatorsk",
                ),
            ],
            id="it-said-looks-behind-its-own-clause",
        ),
        pytest.param(
            "Benjamin Netanyahu called the strike a “tragic mishap” and said officers were"
            " “looking into every detail”.",
            [
                ("Benjamin Netanyahu", "partial", "tragic mishap"),
                (
                    "Benjamin Netanyahu",
                    "indirect",
                    "officers were “looking into every detail”",
                ),
            ],
            id="quote-inside-an-and-said-clause-stays-indirect",
        ),
        pytest.param(
            "A drone hit a depot in the Kremenchuk district.\n\nThis was announced by the head"
            " of the regional administration, Volodymyr Kohut, on Telegram.",
            [("Volodymyr Kohut", "indirect", "A drone hit a depot in the Kremenchuk district")],
            id="passive-by-an-office-then-its-holder",
        ),
        pytest.param(
            "Forty villages have been cleared of mines. Oleksandr Prokudin, the regional"
            " governor, stated this during a briefing in Kherson.",
            [("Oleksandr Prokudin", "indirect", "Forty villages have been cleared of mines")],
            id="stated-this-reports-the-sentence-before",
        ),
        pytest.param(
            "Shelling continued all night.\n\nSource: Ivan Fedorov, head of the Zaporizhzhia"
            " Oblast Military Administration, on Telegram\n\nQuote: “The enemy struck the city"
            " 14 times. Two houses burned.”",
            [
                (
                    "Ivan Fedorov",
                    "direct",
                    "The enemy struck the city 14 times. Two houses burned.",
                )
            ],
            id="source-line-and-quote-label-layout",
        ),
        pytest.param(
            "Shipping companies said they would keep avoiding the Red Sea.",
            [("Shipping companies", "indirect", "they would keep avoiding the Red Sea")],
            id="lower-case-group-of-companies",
        ),
    ],
)
def test_real_copy_attribution_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    """Shapes seen on real wire copy and in dev_articles5, own sentences."""
    assert _triples(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The navy said it sank two boats; one more was damaged, it said.",
            [
                ("navy", "indirect", "it sank two boats"),
                ("navy", "indirect", "one more was damaged"),
            ],
            id="second-statement-after-a-semicolon",
        ),
        pytest.param(
            "Sybiha told reporters that the meeting was useful, but he noted that no date was set.",
            [
                ("Andrii Sybiha", "indirect", "the meeting was useful"),
                ("Andrii Sybiha", "indirect", "no date was set"),
            ],
            id="but-he-noted-that-splits-the-clause",
        ),
        pytest.param(
            "The army said shortly after that “two shells were fired from the north,” none of"
            " which hit homes.",
            [
                (
                    "army",
                    "indirect",
                    "“two shells were fired from the north,” none of which hit homes",
                )
            ],
            id="quote-opening-a-that-clause-is-no-partial",
        ),
        pytest.param(
            "“The line held. At the same time, we noted that the enemy is regrouping. We are"
            " ready,” the commander said.",
            [
                (
                    "commander",
                    "direct",
                    "The line held. At the same time, we noted that the enemy is regrouping. We"
                    " are ready,",
                )
            ],
            id="saying-verb-in-a-quoted-sentence",
        ),
        pytest.param(
            "A source close to the Houthis said the ship had been warned twice.",
            [("source close to the Houthis", "indirect", "the ship had been warned twice")],
            id="a-source-close-to-a-group",
        ),
        pytest.param(
            "Two people familiar with the matter told Reuters that the envoy would fly to Cairo.",
            [("people familiar with the matter", "indirect", "the envoy would fly to Cairo")],
            id="people-familiar-with-lower-case",
        ),
        pytest.param(
            "Speaking to Reuters, a Qatari official close to the talks also said a deal was near.",
            [("Qatari official close to the talks", "indirect", "a deal was near")],
            id="framed-official-close-to-the-talks",
        ),
        pytest.param(
            "Early reports said one person died, but later Governor Ivan Fedorov said three"
            " people were killed.",
            [("Ivan Fedorov", "indirect", "three people were killed")],
            id="speaker-after-but-and-a-time",
        ),
        pytest.param(
            "A UN spokesman on Friday morning confirmed that the convoy had reached Rafah.",
            [("United Nations", "indirect", "the convoy had reached Rafah")],
            id="a-day-between-subject-and-verb",
        ),
        pytest.param(
            "Another statement by Hezbollah on Monday said that its fighters had shot down"
            " a drone.",
            [("Hezbollah", "indirect", "its fighters had shot down a drone")],
            id="another-statement-by-a-group",
        ),
        pytest.param(
            "Ruslan Stefanchuk told Ukraine’s Suspilne broadcaster that the vote would be held"
            " next week.",
            [("Ruslan Stefanchuk", "indirect", "the vote would be held next week")],
            id="told-a-possessive-object",
        ),
    ],
)
def test_real_copy_clause_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    """Clause and subject shapes from the fourth round of real copy (dev_statements4)."""
    assert _triples(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Three drones were shot down over Chernihiv and three more over Cherkasy, the"
            " regions’ governors said.",
            [
                (
                    "regional governors",
                    "indirect",
                    "Three drones were shot down over Chernihiv and three more over Cherkasy",
                )
            ],
            id="plural-possessive-regions-governors",
        ),
        pytest.param(
            "Russian missiles hit Sumy. At least 21 people were wounded in both strikes, acting"
            " mayor Artem Kobzar said, and a university building was damaged.",
            [("Artem Kobzar", "indirect", "At least 21 people were wounded in both strikes")],
            id="acting-title-mid-sentence",
        ),
        pytest.param(
            "Ukrainian forces downed 46 drones over the Odesa region. On Friday, the regional"
            " administration said the city had been quiet.",
            [("Odesa regional administration", "indirect", "the city had been quiet")],
            id="regional-body-takes-region-of-previous-sentence",
        ),
        pytest.param(
            "Air defence forces shot down two drones over Sumy Oblast overnight, the regional"
            " administration said.",
            [
                (
                    "Sumy regional administration",
                    "indirect",
                    "Air defence forces shot down two drones over Sumy Oblast overnight",
                )
            ],
            id="capitalised-oblast-places-a-regional-body",
        ),
        pytest.param(
            "Rescuers pulled seven bodies from the rubble of a house in Jabalia, Gaza's civil"
            " defence said. Two more died in a strike on a tent, it said, where eight were hurt.",
            [
                (
                    "Gaza civil defence",
                    "indirect",
                    "Rescuers pulled seven bodies from the rubble of a house in Jabalia",
                ),
                ("Gaza civil defence", "indirect", "Two more died in a strike on a tent"),
            ],
            id="civil-defence-and-it-said-after-it",
        ),
        pytest.param(
            "The ministry said two people were killed in the strike on the port, Xinhua news"
            " agency reported.",
            [("ministry", "indirect", "two people were killed in the strike on the port")],
            id="relaying-agency-leaves-the-clause",
        ),
        pytest.param(
            "The strike killed five journalists of the Al Jazeera network, which condemned"
            " what it called “targeted killing” of its staff, the Israeli army said.",
            [("Al Jazeera", "partial", "targeted killing")],
            id="relative-clause-quote-is-the-antecedents",
        ),
        pytest.param(
            "The talks had stalled over the weekend, according to an Ukrinform correspondent.",
            [("Ukrinform correspondent", "indirect", "The talks had stalled over the weekend")],
            id="according-to-an-outlets-correspondent",
        ),
        pytest.param(
            "According to a Hamas official, the talks had stalled over the weekend.",
            [("Hamas official", "indirect", "the talks had stalled over the weekend")],
            id="according-to-a-named-description",
        ),
        pytest.param(
            "A neighborhood official told the BBC that the building collapsed after the strike.",
            [("neighborhood official", "indirect", "the building collapsed after the strike")],
            id="lower-case-described-official",
        ),
        pytest.param(
            "Yemen's Houthi rebels claimed to have targeted a commercial ship in the Red Sea.",
            [("Houthis", "indirect", "to have targeted a commercial ship in the Red Sea")],
            id="named-rebels-claimed-to-have",
        ),
        pytest.param(
            "The European Commission proposed new sanctions. The bloc's executive arm said the"
            " package would target oil revenues.",
            [("European Commission", "indirect", "the package would target oil revenues")],
            id="blocs-executive-arm",
        ),
        pytest.param(
            "Sudan's army said its air defences shot down drones over Atbara. An army official"
            " said 15 drones had targeted Atbara overnight.",
            [
                ("Sudanese army", "indirect", "its air defences shot down drones over Atbara"),
                ("Sudanese army official", "indirect", "15 drones had targeted Atbara overnight"),
            ],
            id="an-army-official-of-the-placed-army",
        ),
    ],
)
def test_typical_copy_gaps(body: str, expected: list[tuple[str, str, str]]) -> None:
    """General gaps left by the dev_articles5/dev_statements4 rounds (fifth session)."""
    assert _triples(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Earlier on Thursday, the Israeli military said an explosive-laden drone that"
            " crossed from Lebanon had been downed.",
            [
                (
                    "Israeli military",
                    "indirect",
                    "an explosive-laden drone that crossed from Lebanon had been downed",
                )
            ],
            id="relative-that-after-an-indefinite-object",
        ),
        pytest.param(
            "Air defences destroyed more than 90,000 drones, according to the Russian Defence"
            " Ministry. The toll rose again, according to the ministry's running tally.",
            [
                (
                    "Russian Defence Ministry",
                    "indirect",
                    "Air defences destroyed more than 90,000 drones",
                ),
                ("Russian Defence Ministry", "indirect", "The toll rose again"),
            ],
            id="according-to-an-owners-document",
        ),
        pytest.param(
            "Lebanon's Amal movement said on Thursday it had left the talks.",
            [("Amal movement", "indirect", "it had left the talks")],
            id="country-possessive-before-a-named-movement",
        ),
        pytest.param(
            "Yemen's Houthi movement said on Thursday it had fired two ballistic missiles.",
            [("Houthis", "indirect", "it had fired two ballistic missiles")],
            id="one-canonical-form-per-body",
        ),
        pytest.param(
            "British Prime Minister Keir Starmer met Zelensky. The head of government described"
            " the coalition as „more united than ever“.",
            [("Keir Starmer", "partial", "more united than ever")],
            id="head-of-government-is-the-prime-minister",
        ),
        pytest.param(
            "“Cover had only just started to soften,” said Munro Anderson of the maritime"
            " security firm Vessel Protect.",
            [("Munro Anderson", "direct", "Cover had only just started to soften,")],
            id="person-of-a-described-firm",
        ),
        pytest.param(
            "Nasser Hospital in Khan Younis said it received six bodies overnight. Another 14"
            " people were wounded there, the hospital said.",
            [
                ("Nasser Hospital", "indirect", "it received six bodies overnight"),
                ("Nasser Hospital", "indirect", "Another 14 people were wounded there"),
            ],
            id="hospital-in-a-place-then-the-hospital",
        ),
        pytest.param(
            "Analysts at Energy Aspects said EU storage sites were about 79% full.",
            [("Energy Aspects", "indirect", "EU storage sites were about 79% full")],
            id="analysts-at-a-named-firm",
        ),
        pytest.param(
            "Ports were shut, the State Maritime Service (Morflot) said.",
            [("State Maritime Service", "indirect", "Ports were shut")],
            id="name-before-a-non-acronym-parenthesis",
        ),
        pytest.param(
            "Flights were restricted, the Federal Air Transport Agency (Rosaviatsia) said.",
            [("Rosaviatsia", "indirect", "Flights were restricted")],
            id="a-listed-body-under-its-canonical-form",
        ),
        pytest.param(
            "Strikes killed 27 people, including nine children, according to local health"
            " officials, as mediators met in Cairo.",
            [
                (
                    "local health officials",
                    "indirect",
                    "Strikes killed 27 people, including nine children",
                )
            ],
            id="according-to-modified-group",
        ),
        pytest.param(
            "Sudan's army fights the RSF. The attack came two days after the army said it had"
            " repelled an assault on Dilling.",
            [("Sudanese army", "indirect", "it had repelled an assault on Dilling")],
            id="subordinate-after-opens-a-clause",
        ),
        pytest.param(
            "Russia attacked with 103 drones, according to Ukraine's air force, which said 79"
            " drones had been shot down.",
            [
                ("Ukrainian Air Force", "indirect", "Russia attacked with 103 drones"),
                ("Ukrainian Air Force", "indirect", "79 drones had been shot down"),
            ],
            id="which-said-is-a-second-statement",
        ),
        pytest.param(
            "NATO foreign ministers pledged to keep arming Ukraine. In a joint statement, the"
            " ministers condemned the incursions and said NATO would strengthen its defences.",
            [("NATO foreign ministers", "indirect", "NATO would strengthen its defences")],
            id="bare-ministers-take-the-group-named-before",
        ),
        pytest.param(
            "The Suez Canal Authority said revenue in the last fiscal year fell by 61%.",
            [("Suez Canal Authority", "indirect", "revenue in the last fiscal year fell by 61%")],
            id="irregular-past-shows-a-reported-clause",
        ),
        pytest.param(
            "In a statement, the group said it remained committed to the truce and accused"
            " Israel of “searching for pretexts” to escalate.",
            [
                ("group", "partial", "searching for pretexts"),
                ("group", "indirect", "it remained committed to the truce"),
            ],
            id="and-accused-ends-the-clause",
        ),
        pytest.param(
            "“This is a massacre,” the network said, calling on the world to hold the RSF"
            " accountable.",
            [
                ("network", "direct", "This is a massacre,"),
                ("network", "indirect", "the world to hold the RSF accountable"),
            ],
            id="calling-on-someone-to",
        ),
        pytest.param(
            "A drone hit a market, killing 40 people, a medical group said. The Sudan Doctors"
            " Network said more than 60 others were wounded.",
            [
                ("Sudan Doctors Network", "indirect", "A drone hit a market, killing 40 people"),
                ("Sudan Doctors Network", "indirect", "more than 60 others were wounded"),
            ],
            id="indefinite-group-named-next",
        ),
        pytest.param(
            "Their commander, a 34-year-old major who goes by the call sign “Hrim,” said Russian"
            " troops had stepped up assaults. The major said his biggest problem was people.",
            [
                ("Hrim", "indirect", "Russian troops had stepped up assaults"),
                ("Hrim", "indirect", "his biggest problem was people"),
            ],
            id="call-sign-and-rank-back-reference",
        ),
        pytest.param(
            "Since Israel resumed strikes on Lebanon, more than 3,000 people have been killed,"
            " the health ministry said.",
            [
                (
                    "Lebanese health ministry",
                    "indirect",
                    "Since Israel resumed strikes on Lebanon, more than 3,000 people have been"
                    " killed",
                )
            ],
            id="health-ministry-of-the-place-struck",
        ),
        pytest.param(
            "At least 1,000 civilians have been killed in El Fasher, the U.N. human rights"
            " office said.",
            [
                (
                    "UN human rights office",
                    "indirect",
                    "At least 1,000 civilians have been killed in El Fasher",
                )
            ],
            id="un-body-without-dots",
        ),
        pytest.param(
            "The RSF struck Port Sudan with drones on Friday, a military source said. Air"
            " defences downed eight of the 11 drones, the source said.",
            [
                ("military source", "indirect", "The RSF struck Port Sudan with drones on Friday"),
                ("military source", "indirect", "Air defences downed eight of the 11 drones"),
            ],
            id="the-source-after-a-military-source",
        ),
    ],
)
def test_typical_article_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    """General rules from the errors of dev_articles6 (typical full-length copy)."""
    assert _triples(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Chancellor Friedrich Merz said Berlin would stay the course. President Frank-Walter"
            " Steinmeier said unity mattered most. “We cannot afford division,” the former"
            " German foreign minister said.",
            [
                ("Friedrich Merz", "indirect", "Berlin would stay the course"),
                ("Frank-Walter Steinmeier", "indirect", "unity mattered most"),
                ("Frank-Walter Steinmeier", "direct", "We cannot afford division,"),
            ],
            id="former-office-points-back-not-to-holder",
        ),
        pytest.param(
            "Sergeant Yurii Boiko, 29, drives an evacuation vehicle near Pokrovsk. The"
            " 29-year-old said the roads were mined almost every night.",
            [("Yurii Boiko", "indirect", "the roads were mined almost every night")],
            id="age-points-to-apposed-person",
        ),
        pytest.param(
            "The city council asked drivers to avoid the bridge until Monday. A local official,"
            " who asked not to be identified, said the span had cracked.",
            [
                ("city council", "indirect", "drivers to avoid the bridge until Monday"),
                ("local official", "indirect", "the span had cracked"),
            ],
            id="asked-to-appeal-not-asked-not-to",
        ),
        pytest.param(
            "The mayor declared Sunday a day of mourning.",
            [],
            id="declared-act-no-statement",
        ),
        pytest.param(
            "Turkey's exports rose 8% in October, the central bank said.",
            [("Turkish central bank", "indirect", "Turkey's exports rose 8% in October")],
            id="central-bank-of-sentence-country",
        ),
        pytest.param(
            "Residents and a volunteer rescue group said the shelter had been hit twice.",
            [
                ("Residents", "indirect", "the shelter had been hit twice"),
                ("volunteer rescue group", "indirect", "the shelter had been hit twice"),
            ],
            id="two-speakers-joined-by-and",
        ),
    ],
)
def test_fifth_session_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    """Shapes the blind ``dev_articles8`` copy failed on, in new wording."""
    assert _triples(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The vote slipped to Friday, according to Ambassador Barbara Woodward of the"
            " United Kingdom.",
            [("Barbara Woodward", "indirect", "The vote slipped to Friday")],
            id="envoy-of-country",
        ),
        pytest.param(
            "The Armed Forces of Ukraine said the bridge was hit.",
            [("Ukrainian military", "indirect", "the bridge was hit")],
            id="body-of-country-keeps-its-alias",
        ),
        pytest.param(
            "Two more ferries were sent to Kerch, Russian aide Vladimir Medinsky informed.",
            [("Vladimir Medinsky", "indirect", "Two more ferries were sent to Kerch")],
            id="trailing-informed",
        ),
        pytest.param(
            "Sergei Lavrov met his Turkish counterpart on Friday. In his words, the sides"
            " agreed to meet again in May.",
            [("Sergei Lavrov", "indirect", "the sides agreed to meet again in May")],
            id="in-his-words",
        ),
        pytest.param(
            "The port was closed on Friday. In other words, no grain left Odesa that week.",
            [],
            id="in-other-words-no-speaker",
        ),
        pytest.param(
            "The Pentagon insists that the package must arrive before winter. This was stated"
            " by press secretary Pat Ryder at a briefing, Ukrinform reports.",
            [("Pentagon", "indirect", "the package must arrive before winter")],
            id="stated-by-with-outlet-tail",
        ),
        pytest.param(
            "Kirby flatly denied that the deadline had been missed.",
            [("Kirby", "indirect", "the deadline had been missed")],
            id="manner-adverb-before-verb",
        ),
        pytest.param(
            "The governor showed the damaged substation, which he said would take months to"
            " rebuild.",
            [("governor", "indirect", "would take months to rebuild")],
            id="relative-clause-of-saying-pronoun",
        ),
        pytest.param(
            "Ukraine's head of military intelligence, Kyrylo Budanov, said the front held. A"
            " senior White House official said the package was ready.",
            [
                ("Kyrylo Budanov", "indirect", "the front held"),
                ("senior White House official", "indirect", "the package was ready"),
            ],
            id="indefinite-official-is-a-new-speaker",
        ),
    ],
)
def test_seventh_session_shapes(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(body) == expected

"""Speaker resolution: canonical names, roles, pronouns and per-sentence ``reported_by``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import extract, statements
from pipeline.extract.document import parse
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers


def _speakers(body: str) -> Speakers:
    return Speakers(parse(body))


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Selenskyj", "Volodymyr Zelensky"),
        ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Putin", "Vladimir Putin"),
        ("the Kremlin", "Kremlin"),
        ("the Ukrainian military", "Ukrainian military"),
        ("Ukraine's General Staff", "Ukrainian General Staff"),
        ("Russia’s Defense Ministry", "Russian Defence Ministry"),
        ("Chinese state broadcaster CCTV", "CCTV"),
        ("state news agency Ukrinform", "Ukrinform"),
        ("regional governor Oleh Syniehubov", "Oleh Syniehubov"),
        ("Kherson Mayor Roman Mrochko", "Roman Mrochko"),
        ("the Kremlin chief", "Vladimir Putin"),
        ("Ukraine’s president", "Volodymyr Zelensky"),
        ("the Odesa regional military administration", "Odesa regional military administration"),
    ],
)
def test_canonical_without_context(name: str, canonical: str) -> None:
    assert _speakers("Nothing to see here.").canonical(name) == canonical


@pytest.mark.parametrize(
    ("body", "name", "canonical"),
    [
        pytest.param(
            "Kharkiv Mayor Ihor Terekhov visited the site. Terekhov said the school was empty.",
            "Terekhov",
            "Ihor Terekhov",
            id="surname-after-titled-first-mention",
        ),
        pytest.param(
            "Chinese President Xi Jinping met the envoy. The Chinese head of state smiled.",
            "the Chinese head of state",
            "Xi Jinping",
            id="role-description",
        ),
        pytest.param(
            "Polish President Andrzej Duda arrived in Kyiv. The president laid a wreath.",
            "the president",
            "Andrzej Duda",
            id="role-learned-from-article",
        ),
        pytest.param(
            "The governor of the region, Vyacheslav Gladkov, spoke on television. "
            "Gladkov said two houses burned.",
            "Gladkov",
            "Vyacheslav Gladkov",
            id="appositive-first-mention",
        ),
    ],
)
def test_canonical_from_the_article(body: str, name: str, canonical: str) -> None:
    assert _speakers(body).canonical(name) == canonical


def _reported(body: str) -> list[str | None]:
    doc = parse(body)
    speakers = Speakers(doc)
    return [speakers.reported_by(i) for i in range(len(doc.sentences))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Russia launched 40 drones overnight, the Ukrainian Air Force said. "
            "Thirty-six were destroyed.",
            ["Ukrainian Air Force", "Ukrainian Air Force"],
            id="trailing-then-carried",
        ),
        pytest.param(
            "The Ukrainian military said on Monday that 12 missiles were fired. "
            "In addition, there were 20 airstrikes.\n\nA new paragraph starts here.",
            ["Ukrainian military", "Ukrainian military", None],
            id="carried-within-paragraph-only",
        ),
        pytest.param(
            "Lieutenant Colonel Taras Hnatiuk spoke at his post. "
            "Hnatiuk said the convoy was delayed. Maj. Iryna Bondar said it arrived later.",
            [None, "Taras Hnatiuk", "Iryna Bondar"],
            id="military-rank-is-a-title",
        ),
        pytest.param(
            "The United Kingdom Hydrographic Operations agency said a tanker lost power.",
            ["United Kingdom Hydrographic Operations"],
            id="generic-head-after-spelled-out-name",
        ),
        pytest.param(
            "Khaled al-Nuaimi, spokesman for the provincial health ministry, said four died.",
            ["Khaled al-Nuaimi"],
            id="named-spokesman-speaks",
        ),
        pytest.param(
            "The floods displaced 3,000 families, according to U.N. estimates.",
            ["United Nations"],
            id="plural-estimates-keep-acronym",
        ),
        pytest.param(
            "According to the regional governor, Oleh Syniehubov, three people died.",
            ["Oleh Syniehubov"],
            id="according-to-appositive-name",
        ),
        pytest.param(
            "The head of the Ukrainian presidential office, Andriy Yermak, put the death toll at "
            "seven. Rescuers were still at work.",
            ["Andriy Yermak", "Andriy Yermak"],
            id="put-the-toll",
        ),
        pytest.param(
            "Kyiv Mayor Vitali Klitschko said debris fell in two districts. "
            "The Kremlin said it had hit military targets.",
            ["Vitali Klitschko", "Kremlin"],
            id="new-attribution-replaces-carried",
        ),
        pytest.param(
            "Shelling damaged a bridge in Kherson.",
            [None],
            id="no-attribution",
        ),
    ],
)
def test_reported_by(body: str, expected: list[str | None]) -> None:
    assert _reported(body) == expected


def test_reported_by_out_of_range_and_empty() -> None:
    speakers = _speakers("")
    assert speakers.reported_by(0) is None
    assert speakers.reported_by(-1) is None
    assert _speakers("One sentence.").reported_by(5) is None


def test_pronoun_prefers_person_subject_over_object() -> None:
    body = "Putin said he expected Xi to visit Moscow. “Our ties have never been closer,” he said."
    doc = parse(body)
    found = [s for s in statements.find(doc, Speakers(doc)) if isinstance(s, Statement)]
    assert [(s.speaker, s.mode) for s in found] == [
        ("Vladimir Putin", "indirect"),
        ("Vladimir Putin", "direct"),
    ]


def test_she_skips_a_known_male_subject() -> None:
    body = (
        "Zakharova spoke after Lavrov left the podium. Lavrov met the press. "
        "“Nothing has changed,” she said."
    )
    doc = parse(body)
    found = [s for s in statements.find(doc, Speakers(doc)) if isinstance(s, Statement)]
    assert [s.speaker for s in found] == ["Maria Zakharova"]


def _adversarial() -> str:
    parts = [
        "“" * 5000,
        "”“" * 5000,
        '"' * 5000,
        "a" * 400_000,
        " said" * 20_000,
        ", according to " * 5000,
        "President " * 5000,
        "«" + "x" * 100_000,
        "He said: “" + "word " * 30_000,
        "\n\n“Unclosed paragraph one\n\n“Unclosed two\n\n" * 2000,
        "Ukraine’s ’s ‘ ’ ‚ „ ‟ " * 5000,
    ]
    return "\n".join(parts)[:1_100_000]


def test_one_megabyte_of_hostile_text_completes() -> None:
    body = _adversarial()
    assert len(body) > 1_000_000
    found = extract(body)
    for finding in found:
        evidence = finding.evidence
        assert body[evidence.start : evidence.end] == evidence.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"abc XYZ.,:;\n\"“”‘’«»„'", " said", " he ", "Putin", "According to ", " that "]
        ),
        max_size=120,
    ).map("".join)
)
def test_statements_never_raise_and_point_into_the_body(body: str) -> None:
    doc = parse(body)
    speakers = Speakers(doc)
    for i in range(len(doc.sentences) + 1):
        speakers.reported_by(i)
    for found in statements.find(doc, speakers):
        assert body[found.evidence.start : found.evidence.end] == found.evidence.text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ukraine's air force said 40 drones were launched. The air force added that 31 were "
            "brought down over the south.",
            ["Ukrainian Air Force", "Ukrainian Air Force"],
            id="definite-description-takes-back-the-named-org",
        ),
        pytest.param(
            "Ten drones were destroyed over the Black Sea, the air force said.",
            ["Ukrainian Air Force"],
            id="bare-air-force-defaults-to-ukraine",
        ),
        pytest.param(
            "Shelling hit 14 villages along the front, the General Staff said in its update.",
            ["Ukrainian General Staff"],
            id="bare-general-staff-defaults-to-ukraine",
        ),
        pytest.param(
            "Russia's Defence Ministry said a patrol boat was sunk. The ministry said its crews "
            "had intercepted four naval drones.",
            ["Russian Defence Ministry", "Russian Defence Ministry"],
            id="the-ministry-named-before",
        ),
        pytest.param(
            "Pakistan's military said its jets were not involved. Iran's Revolutionary Guards "
            "said they had launched a drone barrage.",
            ["Pakistani military", "Iranian Revolutionary Guards"],
            id="country-possessive-to-adjective",
        ),
        pytest.param(
            "Two bridges were damaged, the Defence Ministry in Moscow said.",
            ["Russian Defence Ministry"],
            id="institution-in-capital",
        ),
        pytest.param(
            "Lights came back on in most districts by noon, the Kyiv city military administration "
            "said. Kyiv's mayor said the metro was running.",
            ["Kyiv city military administration", "Vitali Klitschko"],
            id="city-possessive-role-from-table",
        ),
        pytest.param(
            "Zelensky toured a hospital in Sumy. The president said the region needed more "
            "air defence systems.",
            [None, "Volodymyr Zelensky"],
            id="the-president-named-earlier-without-a-title",
        ),
        pytest.param(
            "Rescuers pulled two people from the rubble, Oksana Hrytsenko, head of the district "
            "administration, said.",
            ["Oksana Hrytsenko"],
            id="appositive-name-wins-over-role",
        ),
        pytest.param(
            "Volodymyr Marchuk, the newly appointed governor of the frontline part of the "
            "region, said three power lines were cut.",
            ["Volodymyr Marchuk"],
            id="name-before-long-description",
        ),
        pytest.param(
            "Heating was restored in 300 buildings, the city heating company Teplo said.",
            ["Teplo"],
            id="lowercase-modifiers-then-descriptor-name",
        ),
        pytest.param(
            "Two clinics ran out of fuel, the Khan Younis health office said.",
            ["Khan Younis health office"],
            id="lowercase-modifiers-inside-institution",
        ),
        pytest.param(
            "Clashes spread to four provinces, the London-based Syrian Observatory for Human "
            "Rights said.",
            ["Syrian Observatory for Human Rights"],
            id="locator-prefix-and-for-inside-name",
        ),
        pytest.param(
            "Front lines barely moved in a month, analysts at the Institute for the Study of War "
            "said.",
            ["Institute for the Study of War"],
            id="analysts-at-institution",
        ),
        pytest.param(
            "Talks ended late in Geneva. Any agreement would need a vote, he said.",
            [None, None],
            id="sentence-initial-word-is-not-a-name",
        ),
        pytest.param(
            "The IAEA said the reactor was in cold shutdown. The agency said its inspectors "
            "heard explosions nearby.",
            ["IAEA", "IAEA"],
            id="the-agency-takes-back-a-table-org",
        ),
        pytest.param(
            "Ankara condemned the strike, the Kremlin's spokesman told reporters.",
            ["Dmitry Peskov"],
            id="kremlin-possessive-role",
        ),
        pytest.param(
            "The war was not over, Secretary of State Marco Rubio said on Tuesday.",
            ["Marco Rubio"],
            id="multiword-title-before-name",
        ),
        pytest.param(
            "UN High Commissioner for Human Rights Volker Türk said the strike was a crime.",
            ["Volker Türk"],
            id="title-with-for-complement",
        ),
        pytest.param(
            "The deal was dead, Zelensky's chief of staff Andriy Yermak said on Monday.",
            ["Andriy Yermak"],
            id="chief-of-staff",
        ),
        pytest.param(
            "The talks would go on, Kremlin aide Yuri Ushakov told reporters afterwards.",
            ["Yuri Ushakov"],
            id="aide",
        ),
        pytest.param(
            "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Monday"
            " that aid had stopped.",
            ["OCHA"],
            id="acronym-in-parentheses",
        ),
        pytest.param(
            "The plant lost power, World Health Organization chief Tedros Adhanom Ghebreyesus"
            " said. The WHO said it was sending fuel.",
            ["Tedros Adhanom Ghebreyesus", "WHO"],
            id="who-and-tedros",
        ),
        pytest.param(
            "Guterres condemned the strike, his spokesman said. Attacks on hospitals are"
            " unlawful, the spokesman said.",
            ["Antonio Guterres", "Antonio Guterres"],
            id="his-spokesman-speaks-for-him",
        ),
        pytest.param(
            "The G7 foreign ministers said they condemned the attacks. The ministers also said"
            " assets would stay frozen.",
            ["G7 foreign ministers", "G7 foreign ministers"],
            id="bare-group-takes-back-the-group",
        ),
        pytest.param(
            "Sudan's Rapid Support Forces attacked Port Sudan with drones, the army said.",
            ["Sudanese army"],
            id="army-of-the-country-named-before",
        ),
    ],
)
def test_speaker_descriptions(body: str, expected: list[str | None]) -> None:
    assert _reported(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Russian air defences downed drones over Kursk, the Defence Ministry said.",
            ["Russian Defence Ministry"],
            id="national-body-takes-the-country-of-its-own-forces",
        ),
        pytest.param(
            "The Israeli air force struck depots near Tyre, the military said.",
            ["Israeli military"],
            id="military-after-its-air-force",
        ),
        pytest.param(
            "Russian drones hit Odesa overnight, the military said.",
            ["military"],
            id="attacker-drones-do-not-name-the-reporter",
        ),
        pytest.param(
            "Israeli strikes on Gaza hit a school, the health ministry said.",
            ["Gaza health ministry"],
            id="civil-ministry-takes-the-place-reported-on",
        ),
        pytest.param(
            "Gaza's health ministry said hospitals had no fuel.",
            ["Gaza health ministry"],
            id="place-possessive-becomes-attributive",
        ),
        pytest.param(
            "Drones hit the Sumy region, the regional military administration said.",
            ["Sumy regional military administration"],
            id="regional-body-takes-the-region-in-the-sentence",
        ),
        pytest.param(
            "Shelling hit Nikopol, the regional governor said.",
            ["regional governor"],
            id="a-city-does-not-qualify-a-regional-office",
        ),
        pytest.param(
            "A bomb hit a school in the town of Vovchansk, the Kharkiv region's governor said.",
            ["Kharkiv regional governor"],
            id="region-possessive-office",
        ),
        pytest.param(
            "The governor of Russia's Voronezh region said drones were downed.",
            ["Voronezh regional governor"],
            id="governor-of-the-region",
        ),
        pytest.param(
            "Kyiv's metro sheltered residents all night, the city administration said.",
            ["Kyiv city administration"],
            id="city-body-takes-the-city-in-the-sentence",
        ),
        pytest.param(
            "Explosions shook Melitopol, the city's exiled mayor said.",
            ["Melitopol mayor"],
            id="city-office-keeps-only-its-title",
        ),
        pytest.param(
            "Russia attacked Ukraine's grid overnight, the country’s air force said.",
            ["Ukrainian Air Force"],
            id="the-country-s-is-the-country-named-last",
        ),
        pytest.param(
            "Power was back by Friday, Ukrenergo said. The grid operator warned of cuts.",
            ["Ukrenergo", "Ukrenergo"],
            id="day-before-a-one-word-org-is-not-a-first-name",
        ),
        pytest.param(
            "Rockets hit the Ternopil region, the emergency service said.",
            ["State Emergency Service"],
            id="emergency-service-default",
        ),
    ],
)
def test_generic_speakers_take_their_place(body: str, expected: list[str | None]) -> None:
    """The labelling convention: a generic body or office is qualified by its place."""
    assert _reported(body) == expected


def test_qualified_office_is_remembered_for_later_mentions() -> None:
    body = (
        "Drones hit the Poltava region overnight, the regional governor said. "
        "Later the governor said that power had been restored."
    )
    assert _reported(body) == ["Poltava regional governor", "Poltava regional governor"]


def _statement_speakers(body: str) -> list[str]:
    return [f.speaker for f in extract(body) if isinstance(f, Statement)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Deputy Foreign Minister Andrii Kuleba said the talks were over. Kuleba said"
            " no deal had been agreed.",
            ["Andrii Kuleba", "Andrii Kuleba"],
            id="article-full-name-beats-table-surname",
        ),
        pytest.param(
            "Kuleba said the shipments had resumed on Friday.",
            ["Dmytro Kuleba"],
            id="table-surname-when-the-article-names-no-one-else",
        ),
        pytest.param(
            "Shelling hit a school in Khan Younis, killing nine people, the territory's health"
            " ministry said, citing figures from Gaza hospitals.",
            ["Gaza health ministry"],
            id="territory-possessive-takes-gaza",
        ),
        pytest.param(
            "Two fires broke out in the port, Lebanon's Civil Defence rescue service said.",
            ["Civil Defence"],
            id="name-between-owner-and-description",
        ),
        pytest.param(
            "A tanker was hit near Aden, the Iran-backed Saba News Agency reported.",
            ["Saba News Agency"],
            id="backer-prefix-dropped",
        ),
        pytest.param(
            "Freight rates rose 12% in a week, the consultancy firm Drewry Shipping said.",
            ["Drewry Shipping"],
            id="name-after-lower-case-head",
        ),
        pytest.param(
            "The UN monitoring mission HRMMU, which has staff in Kyiv, said 14 civilians died.",
            ["HRMMU"],
            id="acronym-after-head-and-relative-clause",
        ),
        pytest.param(
            "Fighters of the Free Syrian Army entered the town. The FSA said its units had"
            " taken the bridge.",
            ["Free Syrian Army"],
            id="acronym-spelled-out-earlier",
        ),
        pytest.param(
            "The watchdog's Monitoring Unit (MU) agency said it had logged 40 violations.",
            ["MU"],
            id="acronym-defined-in-the-speaker-phrase-stays",
        ),
        pytest.param(
            "In Blue Nile, two villages were burned, according to the state government.",
            ["Blue Nile state government"],
            id="state-government-takes-its-state",
        ),
        pytest.param(
            "The Chinese embassy in Vilnius said the report was false.",
            ["Chinese embassy in Vilnius"],
            id="embassy-keeps-its-city",
        ),
        pytest.param(
            "Residents of Omdurman said gunfire had continued all night.",
            ["Residents of Omdurman"],
            id="placed-group",
        ),
        pytest.param(
            "Diesel prices would rise again in March, traders said. Pro-Kremlin bloggers"
            " said the offensive had stalled.",
            ["traders", "Pro-Kremlin bloggers"],
            id="lower-case-plural-groups",
        ),
        pytest.param(
            "The 92nd Assault Brigade, which holds the line near Kupiansk, said two tanks were"
            " destroyed.",
            ["92nd Assault Brigade"],
            id="ordinal-unit-with-relative-clause",
        ),
        pytest.param(
            "Petro Bondar, 63, who has worked the land for 40 years, said his fields were mined.",
            ["Petro Bondar"],
            id="age-and-relative-clause-before-the-verb",
        ),
        pytest.param(
            "The strike cut power in Kherson.\n\nThe Russians, who hold the left bank, say"
            " the city is a military target.",
            ["Russians"],
            id="speaker-never-crosses-a-paragraph",
        ),
        pytest.param(
            "A drone crashed near Balti, Moldova's Defence Ministry said.\n\nIn neighbouring"
            " Poland, the Defence Ministry said two jets were scrambled over Lublin.",
            ["Moldovan Defence Ministry", "Polish Defence Ministry"],
            id="opening-country-beats-earlier-ministry",
        ),
        pytest.param(
            "Shelling hit Kherson, Ukraine's Health Ministry said.\n\nIn Russia, the health"
            " ministry said three people were hurt in Belgorod.",
            ["Ukrainian Health Ministry", "Russian Health Ministry"],
            id="opening-country-without-an-adjective",
        ),
        pytest.param(
            "Three villages were shelled overnight, Moldova's Defence Ministry said.\n\nTwo"
            " drones fell in fields, according to the defence ministry in Bucharest.",
            ["Moldovan Defence Ministry", "Romanian Defence Ministry"],
            id="ministry-placed-by-its-capital",
        ),
        pytest.param(
            "Its troops took a village, Russia's Defence Ministry said.\n\nThe attack was"
            " repelled, Ukraine's Defence Ministry said.\n\nThe Russian ministry"
            " said 30 drones were downed.",
            ["Russian Defence Ministry", "Ukrainian Defence Ministry", "Russian Defence Ministry"],
            id="country-adjective-ministry-takes-its-earlier-one",
        ),
        pytest.param(
            "A drone crashed near Balti, Moldova's Defence Ministry said.\n\nNo damage was"
            " found, the Romanian ministry said.",
            ["Moldovan Defence Ministry", "Romanian ministry"],
            id="country-adjective-ministry-never-takes-another-country",
        ),
    ],
)
def test_article_speakers(body: str, expected: list[str]) -> None:
    assert _statement_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A Kremlin official, speaking on condition of anonymity, told Newswire that no"
            " summit was planned. But the official said contacts would continue.",
            ["Kremlin official", "Kremlin official"],
            id="unnamed-official-then-bare-back-reference",
        ),
        pytest.param(
            "Talks will resume in Geneva next week, a senior European diplomat said on Monday."
            " “Nobody expects a breakthrough,” the diplomat said.",
            ["senior European diplomat", "senior European diplomat"],
            id="unnamed-diplomat-lede-and-quote",
        ),
        pytest.param(
            "Foreign Ministry spokeswoman Maria Zakharova said the proposal was unacceptable."
            " “We will not negotiate under pressure,” the diplomat stressed.",
            ["Maria Zakharova", "Maria Zakharova"],
            id="bare-diplomat-is-the-person-who-spoke-last",
        ),
        pytest.param(
            "A Syrian official, who asked not to be named, said the convoy had crossed. He"
            " said it carried flour and medicine.",
            ["Syrian official", "Syrian official"],
            id="he-after-an-unnamed-official",
        ),
        pytest.param(
            "One Lebanese official told Newswire that the border crossing was closed.",
            ["Lebanese official"],
            id="one-official-drops-the-numeral",
        ),
        pytest.param(
            "Qatari foreign ministry spokesman Majed al-Ansari said the channels were open."
            " “We remain hopeful,” al-Ansari said.",
            ["Majed al-Ansari", "Majed al-Ansari"],
            id="al-particle-name-and-lone-surname",
        ),
        pytest.param(
            "Houthi leader Abdul Malik al-Houthi said in a speech that attacks would go on.",
            ["Abdul Malik al-Houthi"],
            id="al-particle-at-the-end-of-a-full-name",
        ),
        pytest.param(
            "Ukraine rejected the plan, Foreign Minister Andrii Sybiha said in Kyiv.\n\nUkraine's"
            " top diplomat said he would travel to Brussels.",
            ["Andrii Sybiha", "Andrii Sybiha"],
            id="top-diplomat-is-the-foreign-minister-introduced-before",
        ),
        pytest.param(
            "Russia's U.N. Ambassador Vassily Nebenzia dismissed the report. The Russian envoy"
            " said it was based on rumours.",
            ["Vassily Nebenzia"],
            id="envoy-and-ambassador-are-one-office",
        ),
        pytest.param(
            "Private energy group DTEK said a power plant was hit. Grid operator Ukrenergo"
            " introduced outages. The company said they would last until Sunday.",
            ["DTEK", "Ukrenergo"],
            id="the-company-is-the-one-named-last",
        ),
        pytest.param(
            "Naftogaz, the state energy company, said two gas sites were hit. The company said"
            " repairs had begun.",
            ["Naftogaz", "Naftogaz"],
            id="the-company-after-an-appositive-description",
        ),
        pytest.param(
            "“Production has stopped,” Naftogaz CEO Serhiy Koretskyi wrote on Facebook.",
            ["Serhiy Koretskyi"],
            id="company-ceo-title-dropped",
        ),
        pytest.param(
            "Governor of the Kursk region Alexander Khinshtein reported that two men were wounded.",
            ["Alexander Khinshtein"],
            id="governor-named-after-the-region",
        ),
        pytest.param(
            "Sudan's paramilitary Rapid Support Forces said they had seized the town.",
            ["Rapid Support Forces"],
            id="proper-name-after-possessive-and-description",
        ),
        pytest.param(
            "Egypt's state-linked Al-Qahera News television reported that a delegation had"
            " arrived in Cairo.",
            ["Al-Qahera News"],
            id="outlet-name-inside-a-description",
        ),
        pytest.param(
            "Saudi Arabia's foreign ministry said in a statement the kingdom was concerned.",
            ["Saudi foreign ministry"],
            id="two-word-country-possessive",
        ),
        pytest.param(
            "The Prosecutor General's Office said it had opened a war crimes case.",
            ["Prosecutor General's Office"],
            id="title-possessive-kept-in-a-body-name",
        ),
        pytest.param(
            "Poland scrambled jets during the attack, its Operational Command said.",
            ["Polish Operational Command"],
            id="its-body-takes-the-country-named-before",
        ),
        pytest.param(
            "A spokesperson for the German government on Monday said Berlin would not send troops.",
            ["German government"],
            id="weekday-after-the-speaker-dropped",
        ),
        pytest.param(
            "A resident who gave only his first name, Omar, for fear of reprisals said he had"
            " fled at night. He said the market had burned.",
            ["Omar", "Omar"],
            id="first-name-given-for-fear-of-reprisals",
        ),
        pytest.param(
            "Two ports were hit overnight, energy company DTEK said.",
            ["DTEK"],
            id="trailing-lower-case-description-before-name",
        ),
        pytest.param(
            "The Sudan Doctors Network, a medical group that tracks casualties in the war,"
            " said nine people were killed.",
            ["Sudan Doctors Network"],
            id="name-before-a-long-relative-description",
        ),
        pytest.param(
            "Israeli strikes killed five people in Gaza, a health ministry statement said.",
            ["Gaza health ministry"],
            id="a-bodys-statement-speaks-for-the-body",
        ),
        pytest.param(
            "The Israel Defense Forces spokesperson said two rockets fell in open areas.",
            ["Israel Defense Forces"],
            id="unnamed-voice-of-a-named-body",
        ),
    ],
)
def test_unseen_speaker_shapes(body: str, expected: list[str]) -> None:
    """Speaker shapes found on real wire copy (dev_articles5), own sentences."""
    assert _statement_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Gov. Oleh Syniehubov said a drone hit Kharkiv. Air defences downed four drones over"
            " the region of Poltava, its governor said. A house burned, he added.",
            ["Oleh Syniehubov", "Poltava regional governor", "Poltava regional governor"],
            id="its-governor-is-the-governor-of-the-region-in-its-clause",
        ),
        pytest.param(
            "A drone hit a depot in the Sumy region, its governor, Oleh Hryhorov, said.",
            ["Oleh Hryhorov"],
            id="its-governor-with-the-name",
        ),
        pytest.param(
            "Esmaeil Baghaei, spokesman for Iran's Foreign Ministry, said talks would go on."
            " The Foreign Ministry spokesman said no date was set.",
            ["Esmaeil Baghaei", "Esmaeil Baghaei"],
            id="title-after-name-then-title-alone",
        ),
        pytest.param(
            "NATO Secretary General Mark Rutte said allies were united. The alliance's chief"
            " said more jets would fly.",
            ["Mark Rutte", "Mark Rutte"],
            id="the-alliances-chief-is-its-named-head",
        ),
        pytest.param(
            "The head of the Kherson Oblast Military Administration, Oleksandr Prokudin, said"
            " a bus was hit. According to the head of the oblast administration, two were hurt.",
            ["Oleksandr Prokudin", "Oleksandr Prokudin"],
            id="the-head-of-the-oblast-administration",
        ),
        pytest.param(
            "The IAEA chief said the plant was stable.",
            ["IAEA chief"],
            id="an-organisations-chief-left-unnamed",
        ),
        pytest.param(
            "Hezbollah fired rockets at Metula. A statement by the Lebanese militant group said"
            " the barrage was a response.",
            ["Hezbollah"],
            id="a-statement-by-the-described-group",
        ),
        pytest.param(
            "Hamas leader Khalil al-Hayya met mediators. A statement by the Palestinian Islamist"
            " group on Friday said the talks were serious.",
            ["Hamas"],
            id="the-described-group-with-a-day",
        ),
        pytest.param(
            "Hamas' statement said the delegation had left Cairo.",
            ["Hamas"],
            id="a-groups-statement",
        ),
        pytest.param(
            "Central Command said a Houthi drone was destroyed.",
            ["US Central Command"],
            id="bare-central-command",
        ),
        pytest.param(
            "The Prosecutor General's Office said two Ukrainian soldiers were executed.",
            ["Ukrainian Prosecutor General's Office"],
            id="prosecutor-general-in-a-ukrainian-story",
        ),
        pytest.param(
            "Ukraine's Prosecutor General's Office said it had charged two officers.",
            ["Ukrainian Prosecutor General's Office"],
            id="prosecutor-general-with-its-country",
        ),
        pytest.param(
            "Indian army officials said troops returned fire. The army said nobody was hurt.",
            ["Indian army officials", "Indian army"],
            id="the-army-after-its-officials",
        ),
        pytest.param(
            "The IDF said it hit a launcher. According to the military, it was near a school.",
            ["IDF", "IDF"],
            id="the-military-after-the-idf",
        ),
        pytest.param(
            "The Gaza Government Media Office said 12 people were killed. The Hamas-run office"
            " said most were children.",
            ["Gaza Government Media Office", "Gaza Government Media Office"],
            id="the-hamas-run-office",
        ),
        pytest.param(
            "The Ministry of Health in Gaza said 14 people were killed in Israeli strikes.",
            ["Gaza health ministry"],
            id="ministry-of-health-in-a-place",
        ),
        pytest.param(
            "Chinese Vice Premier He Lifeng said the talks were candid. He Lifeng said more"
            " rounds would follow.",
            ["He Lifeng", "He Lifeng"],
            id="surname-he-is-no-pronoun",
        ),
        pytest.param(
            "Syria's state news agency said two soldiers were hurt. Lebanon's National News"
            " Agency said the road was closed.",
            ["Syrian state news agency", "National News Agency"],
            id="a-news-agencys-own-name-after-its-country",
        ),
        pytest.param(
            "The WHO said its convoy was stopped. The agency said it would try again.",
            ["WHO", "WHO"],
            id="the-agency-after-the-who",
        ),
        pytest.param(
            "No group claimed responsibility for the blast, and the police said they were"
            " investigating.",
            ["police"],
            id="no-group-is-no-speaker",
        ),
        pytest.param(
            "Fuel is running out, UN humanitarians said. Aid workers said a clinic had shut.",
            ["UN humanitarians", "Aid workers"],
            id="plural-groups-of-workers",
        ),
        pytest.param(
            "A Russia defence ministry spokesman said on Monday that 12 drones were downed."
            " The spokesman said two fell on a field.",
            ["Russian Defence Ministry", "Russian Defence Ministry"],
            id="unnamed-voice-of-a-lower-case-ministry",
        ),
        pytest.param(
            "According to the director of the Kyiv Institute for Strategic Studies, Olena"
            " Hrytsenko, the plan will fail.",
            ["Olena Hrytsenko"],
            id="according-to-a-long-title-then-the-name",
        ),
        pytest.param(
            "Governor Ivan Fedorov said a plant was hit. Power was cut to 3,000 homes, according"
            " to him.",
            ["Ivan Fedorov", "Ivan Fedorov"],
            id="according-to-him-after-the-clause",
        ),
        pytest.param(
            "Source: Serhiy Lysak, head of the oblast administration\n\nDetails: According to"
            " Lysak, two homes burned in Nikopol.",
            ["Serhiy Lysak"],
            id="details-label-before-according-to",
        ),
        pytest.param(
            "Mayor Ihor Terekhov on Friday morning confirmed that trams were running again.",
            ["Ihor Terekhov"],
            id="named-subject-with-a-day-before-the-verb",
        ),
    ],
)
def test_fourth_round_speaker_names(body: str, expected: list[str]) -> None:
    """Speaker names from the fourth round of real copy (dev_statements4), own sentences."""
    assert _statement_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The United Kingdom Maritime Trade Operations (UKMTO) agency said a vessel reported"
            " a blast nearby. The crew were safe, UKMTO said.",
            ["UKMTO", "UKMTO"],
            id="ukmto-one-canonical-form",
        ),
        pytest.param(
            "The United Kingdom Maritime Trade Operations said a ship had been approached by"
            " small boats.",
            ["UKMTO"],
            id="ukmto-spelled-out",
        ),
        pytest.param(
            "A Russian strike on a bus in Kherson killed a driver, the regional prosecutor's"
            " office said.",
            ["Kherson regional prosecutor's office"],
            id="namesake-capital-places-a-regional-body",
        ),
        pytest.param(
            "The shelling of Pokrovsk damaged a school, the regional prosecutor's office said.",
            ["regional prosecutor's office"],
            id="a-town-names-no-region",
        ),
        pytest.param(
            "Attacks on Kharkiv, Zaporizhzhia and Kherson oblasts wounded civilians over the"
            " past day, regional authorities said.",
            ["regional authorities"],
            id="a-list-of-regions-places-nobody",
        ),
        pytest.param(
            "The Belgorod region, which borders Ukraine's Kharkiv region, came under fire.\n\n"
            "Schools will stay shut, the regional education ministry said.",
            ["Belgorod regional education ministry"],
            id="another-countrys-region-yields",
        ),
    ],
)
def test_speaker_naming_conventions(body: str, expected: list[str]) -> None:
    """The two naming calls of tests/data/README.md ("Speaker naming conventions")."""
    assert _statement_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Republican Senator Tom Cotton said the vote would slip. “We are not done,” Sen."
            " Mark Warner (D-Va.) told reporters.",
            ["Tom Cotton", "Mark Warner"],
            id="us-titles-and-party-tags",
        ),
        pytest.param(
            "Vadym Koval toured the school.\n\nKoval, a former aide to the late governor Petro"
            " Hrytsenko, said repairs would take months.",
            ["Vadym Koval"],
            id="lone-surname-before-a-description-with-a-name",
        ),
        pytest.param(
            "Two industry sources told Newswire loadings had been delayed by a day.",
            ["industry sources"],
            id="counted-sources-told-outlet-without-that",
        ),
        pytest.param(
            "As Interfax reported earlier, the plant lost its last power line overnight.",
            ["Interfax"],
            id="as-outlet-reported",
        ),
        pytest.param(
            "Lithuania closed its airport as balloons drifted in from Belarus, and the military"
            " said it was tracking them.",
            ["Lithuanian military"],
            id="the-military-of-the-opening-country",
        ),
    ],
)
def test_everyday_copy_speakers(body: str, expected: list[str]) -> None:
    """Speaker shapes from dev_articles7's everyday copy (fourth session), own sentences."""
    assert _statement_speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Ma Xiaoguang took questions on Friday. Ma said Beijing would respond firmly.",
            ["Ma Xiaoguang"],
            id="surname-first-name-introduced-without-a-cue",
        ),
        pytest.param(
            "Ma Xiaoguang's office was closed. Nobody said anything.",
            [],
            id="surname-first-name-never-speaking",
        ),
        pytest.param(
            "Crude prices rose on Monday, analysts in Frankfurt said.",
            ["analysts in Frankfurt"],
            id="group-placed-by-a-city",
        ),
        pytest.param(
            "Nasser Hospital said the ward was full. The “Gaza Doctors Union” in Khan Younis"
            " said staff had not been paid.",
            ["Nasser Hospital", "Gaza Doctors Union"],
            id="quoted-name-in-a-subject",
        ),
        pytest.param(
            "Radio Tamazuj - South Sudanese officials said the border crossing had reopened.",
            ["South Sudanese officials"],
            id="source-name-glued-before-the-sentence",
        ),
        pytest.param(
            "MDA said two people were being treated for shock. One of them was discharged in"
            " the evening, the ambulance service said.",
            ["Magen David Adom", "Magen David Adom"],
            id="table-body-by-its-description",
        ),
    ],
)
def test_ninth_session_speakers(body: str, expected: list[str]) -> None:
    """Speaker shapes from dev_articles11 and real pages (ninth session), own sentences."""
    assert _statement_speakers(body) == expected

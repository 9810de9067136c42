"""Minimal sentences for the readings added in the h_stmt28 round (``dev_statements53``).

Literal English of Romanian, French and Italian copy (``dev_articles59``/``61``): one verb
with its whole that-clause ("let it be known, through a message on Telegram, that A „F” and
that B", "maintained that C „F”", "hinted that C"), split after a guillemet as the
``dev_statements27`` call has it; "X replied through its spokesman NAME: «Q»"; a quote
continued across paragraphs with "continued the president"; "declared the ROLE alongside
NAME"; "In the opinion of the ROLE, General NAME, C"; "PLACE, where, according to X, C";
"«Q», recounts / analyses / admonished NAME"; "NAME admonished: «Q»"; "defined «F» the X";
bodies the text names with their country; "According to the group, C"; Romance spellings of
the table's people. Each row is a short passage and one (speaker, mode, quote start) the
statements detector must return; known misses are xfail with their reason.
"""

from __future__ import annotations

import pytest

from pipeline.extract import statements
from pipeline.extract._s28translit import romance_spellings
from pipeline.extract.document import parse
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers


def _found(body: str) -> list[tuple[str, str, str]]:
    doc = parse(body)
    found = statements.find(doc, Speakers(doc))
    return [(s.speaker, s.mode, s.quote) for s in found if isinstance(s, Statement)]


def _open(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


CASES = [
    pytest.param(
        "The Russian Embassy in Riga let it be known, through a post on Telegram, that it had "
        "„noted” the decision and that it regards it as „a provocation”.",
        "Russian Embassy in Riga",
        "indirect",
        "it had „noted” the decision and that it regards",
        id="let-it-be-known-one-clause",
    ),
    pytest.param(
        "The Greek Foreign Minister, Giorgos Gerapetritis, stated on Monday that Athens „will "
        "not be blackmailed” and that the talks „remain possible”.",
        "Giorgos Gerapetritis",
        "indirect",
        "Athens „will not be blackmailed” and that the talks",
        id="and-that-after-low-high-quote-one",
    ),
    pytest.param(
        "From the Quirinale, the President of the Republic Sergio Mattarella recalled that "
        "«Europe needs unity» and that «division helps only Moscow».",
        "Sergio Mattarella",
        "indirect",
        "«division helps only Moscow»",
        id="and-that-after-guillemet-two",
    ),
    pytest.param(
        "The commander of the Romanian Navy, Rear Admiral Mihai Panait, maintained that the "
        "new minehunters „change the balance in the Black Sea”.",
        "Mihai Panait",
        "indirect",
        "the new minehunters „change the balance",
        id="maintained-fragment-clause",
    ),
    pytest.param(
        "President Nicusor Dan chaired the meeting. The President hinted that the army would "
        "receive new radars next year.",
        "Nicusor Dan",
        "indirect",
        "the army would receive new radars next year",
        id="hinted-that",
    ),
    pytest.param(
        "The Ukrainian Foreign Minister, Andrii Sybiha, wrote on X that Moscow „mocks every "
        "ceasefire” and asked the allies for more interceptors.",
        "Andrii Sybiha",
        "indirect",
        "Moscow „mocks every ceasefire”",
        id="and-asked-closes-clause",
    ),
    pytest.param(
        "The Kremlin replied through its spokesman Dmitry Peskov: «These threats change nothing».",
        "Dmitry Peskov",
        "direct",
        "These threats change nothing",
        id="through-its-spokesman",
    ),
    pytest.param(
        "The Houthis claimed through their military spokesman, Yahya Saree, to have targeted a "
        "tanker in the Red Sea.",
        "Yahya Saree",
        "indirect",
        "to have targeted a tanker",
        id="through-their-spokesman-infinitive",
    ),
    pytest.param(
        "In the opinion of the former chief of the Air Staff, General Ion Popescu, Moscow "
        "„is probing the flank”, and Romania needs „more radars”.",
        "Ion Popescu",
        "indirect",
        "Moscow „is probing the flank”",
        id="in-the-opinion-of-general",
    ),
    pytest.param(
        "Shelling also hit Nikopol, where, according to the regional military administration, "
        "a school and a clinic were damaged.",
        "regional military administration",
        "indirect",
        "a school and a clinic were damaged",
        id="where-according-to",
    ),
    pytest.param(
        "«The factories cannot keep up with the front», analyses Camille Grand, a former NATO "
        "official.",
        "Camille Grand",
        "direct",
        "The factories cannot keep up with the front",
        id="analyses-name",
    ),
    pytest.param(
        "The leader of the League, Matteo Salvini, admonished: «No soldiers to Ukraine».",
        "Matteo Salvini",
        "direct",
        "No soldiers to Ukraine",
        id="name-admonished-colon",
    ),
    pytest.param(
        "From Rome, the minister of Foreign Affairs Antonio Tajani defined «unacceptable» the "
        "strikes on the aid convoys.",
        "Antonio Tajani",
        "partial",
        "unacceptable",
        id="defined-fragment-the",
    ),
    pytest.param(
        "A drifting mine was destroyed by the divers of the Bulgarian Navy off Varna, the Navy "
        "announced.",
        "Bulgarian Navy",
        "indirect",
        "A drifting mine was destroyed",
        id="body-named-with-country",
    ),
    pytest.param(
        "Paris - France will train a new brigade this winter, according to the Ministry of the "
        "Armed Forces.",
        "French Ministry of the Armed Forces",
        "indirect",
        "France will train a new brigade",
        id="ministry-of-dateline-country",
    ),
    pytest.param(
        "Leonardo presented a new radar in Rome. According to the company, the system tracks "
        "hundreds of small targets.",
        "Leonardo",
        "indirect",
        "the system tracks hundreds",
        id="according-to-the-company",
    ),
    pytest.param(
        "In Harkov, a fire broke out at a depot, said the mayor Ihor Terehov.",
        "Ihor Terekhov",
        "indirect",
        "In Harkov, a fire broke out",
        id="romanian-spelling",
    ),
    pytest.param(
        "According to the General Staff of Kiev, the enemy attacked near Pokrovsk.",
        "Ukrainian General Staff",
        "indirect",
        "the enemy attacked near Pokrovsk",
        id="general-staff-of-kiev",
    ),
    pytest.param(
        "Emmanuel Macron wanted to be firm. «Moscow is playing for time.\n\n«We will not yield», "
        "continued the president.",
        "Emmanuel Macron",
        "direct",
        "Moscow is playing for time.",
        id="quote-continued-across-paragraphs",
    ),
    pytest.param(
        "«Our cities need air defence now», declared the Ukrainian president alongside Giorgia "
        "Meloni, in Rome.",
        "Volodymyr Zelensky",
        "direct",
        "Our cities need air defence now",
        id="role-alongside-name",
    ),
    pytest.param(
        "The Minister of Foreign Affairs, Oana Toiu, spoke with NATO Secretary General Mark "
        "Rutte. „The flank is one,” wrote the head of Romanian diplomacy on X.",
        "Oana Toiu",
        "direct",
        "The flank is one,",
        id="head-of-diplomacy-points-back",
    ),
    pytest.param(
        "The Minister of Defence Guido Crosetto spoke in Turin. «We buy too slowly», he declared "
        "at a forum organised by Confindustria in Turin.",
        "Guido Crosetto",
        "direct",
        "We buy too slowly",
        id="pronoun-not-the-adjunct-place",
    ),
    pytest.param(
        "The teacher, who stayed through the winter, assures that she will not leave. «My pupils "
        "are here.»",
        "Iryna",
        "direct",
        "My pupils are here.",
        marks=_open("a bare description with no name before it resolves to nobody"),
        id="description-without-name-open",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "mode", "quote"), CASES)
def test_articles59_reading(body: str, speaker: str, mode: str, quote: str) -> None:
    found = _found(body)
    assert any(s == speaker and m == mode and q.startswith(quote) for s, m, q in found), found


@pytest.mark.parametrize(
    "body",
    [
        "The Russian Embassy in Bucharest let the deadline pass without a reply.",
        "From the Quirinale, the President of the Republic Sergio Mattarella left for Ljubljana.",
        "The Kremlin replied to the letter two weeks later.",
        "The analyses of the debris are still under way in Bucharest.",
        "The coach admonished the players after the defeat.",
        "The divers of the Romanian Naval Forces trained with Turkish teams off Constanta.",
        "According to the group's annual report, revenue grew again.",
    ],
)
def test_articles59_negative(body: str) -> None:
    assert _found(body) == []


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("Sergei Sobyanin", "Sergueï Sobianine"),
        ("Sergei Sobyanin", "Sergei Sobianin"),
        ("Ihor Terekhov", "Ihor Terehov"),
        ("Ihor Terekhov", "Ihor Terejov"),
    ],
)
def test_romance_spellings(name: str, spelling: str) -> None:
    assert spelling in romance_spellings(name)


def test_no_romance_spellings_for_non_slavic_names() -> None:
    assert romance_spellings("Guido Crosetto") == []

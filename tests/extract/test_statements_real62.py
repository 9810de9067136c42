"""Minimal sentences for the readings of statement round 62 (helper h_real_s62, batch
``dev_statements88``, module ``_s62post``): "As the agency reported, C" after an outlet's
credit, a capitalised "Regional authorities said", an outlet relaying a passive source line,
"C1 but X insists that C2", a curly quote broken by a blank line, "the armed wing(s) of X",
"- the OBA said." after a paragraph, a long lede line without its full stop and "the
regions head added". Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    (
        "Drones hit a warehouse in Sumy, Ukrinform reports.\n\n"
        "As the agency reported, a school there was damaged in March.",
        "Ukrinform",
        "indirect",
        "a school there was damaged in March",
    ),
    (
        "Shells damaged a bridge in Kupiansk, UNN writes.\n"
        "As the agency reported earlier, the town had no water on Friday.",
        "UNN",
        "indirect",
        "the town had no water on Friday",
    ),
    (
        "Regional authorities said on Sunday that a pipeline was burning.",
        "regional authorities",
        "indirect",
        "a pipeline was burning",
    ),
    (
        "The Russian military claimed it had taken a ridge near Toretsk, "
        "but Kyiv insists that its troops still hold it.",
        "Kyiv",
        "indirect",
        "its troops still hold it",
    ),
    (
        "The Israeli military said it had hit a launcher in Tyre, "
        "but Hezbollah maintains that the site was a farm.",
        "Israeli military",
        "indirect",
        "it had hit a launcher in Tyre",
    ),
    (
        "\u201cTwo drones hit a hostel in the\n\n"
        "city centre. Nobody was hurt,\u201d Ihor Terekhov said.",
        "Ihor Terekhov",
        "direct",
        "Two drones hit a hostel in the\n\ncity centre. Nobody was hurt,",
    ),
    (
        "The armed wing of Hamas said its fighters hit a tank near Rafah.",
        "armed wing of Hamas",
        "indirect",
        "its fighters hit a tank near Rafah",
    ),
    (
        "Mortars were fired at border villages, the Sumy Regional Military Administration "
        "said.\n\nShells hit Esman. A barn burned down. - the OBA said.",
        "Sumy Regional Military Administration",
        "indirect",
        "Shells hit Esman. A barn burned down.",
    ),
    (
        "Local health officials said Israeli drones struck a motorbike on the road east of "
        "Khan Younis on Friday morning, killing the rider and hurting a passer-by\n"
        "The army said the rider was a militant.",
        "Local health officials",
        "indirect",
        "Israeli drones struck a motorbike on the road east of Khan Younis on Friday morning, "
        "killing the rider and hurting a passer-by",
    ),
    (
        "Shelling cut power in Marhanets, the head of the Dnipropetrovsk Regional Military "
        "Administration Serhiy Lysak said.\nCrews restored it by noon, the regions head added.",
        "Serhiy Lysak",
        "indirect",
        "Crews restored it by noon",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NEGATIVES = [
    "As the agency has no reporter in Mariupol, the figures could not be checked.",
    "Regional authorities have not published a toll.",
    "The armed wing of Hamas released a video of the ambush.",
    "The outage in two villages was reported by the Chernihiv Regional Military "
    "Administration, UNN reports.",
    "According to Ukrinform, this was announced by the State Emergency Service on Facebook.",
    "The regions head office moved to Dnipro in 2022.",
    "Rescuers pulled two people from the rubble\n\nnear the station on Monday.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


KEPT = [
    (
        # "According to OUTLET, this was confirmed by X" stays the outlet's (dev_statements76)
        "A drone fell in Kursk. According to Censor.NET, this was confirmed by the governor.",
        "Censor.NET",
        "this was confirmed by the governor",
    ),
    (
        # a short headline in the present tense is no lede
        "Russia says it downed drones over Belgorod\n"
        "Air defences downed drones over Belgorod, the Russian Defence Ministry said.",
        "Russian Defence Ministry",
        "Air defences downed drones over Belgorod",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), KEPT)
def test_kept(text: str, speaker: str, quote: str) -> None:
    assert [(s, q) for s, _, q in _said(text)] == [(speaker, quote)]

"""Round 87 (h_fix_s87): "X reported N people injured by ..." -- a reduced clause after the cue."""

from __future__ import annotations

import pytest

from tests.extract.found import indirect_set as _indirect


@pytest.mark.parametrize(
    "text",
    [
        "The ministry reported two dead and 19 wounded in the raids.",
        "The mayor reported five injured among the passengers.",
        "The agency reported heavy fighting near Kupiansk.",
        "The leaflet described soldiers marching along the river.",
        "The governor reported the shelling to the prosecutors on Tuesday.",
        "Two drones were seen circling over the depot before the blast.",
        "The Russian Defence Ministry reported 27 Ukrainian drones shot down over Bryansk.",
        "The city's mayor reported drones heading toward the airport.",
        "The crew reported to the airfield at noon, carrying three wounded men.",
    ],
)
def test_no_indirect_statement(text: str) -> None:
    assert _indirect(text) == set()


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Israel's Magen David Adom reported three people hurt by glass in Rishon LeZion.",
            "Magen David Adom",
            "three people hurt by glass in Rishon LeZion",
        ),
        (
            "The Moldovan border police reported 450 refugees crossing at Otaci by Friday night.",
            "Moldovan border police",
            "450 refugees crossing at Otaci by Friday night",
        ),
        (
            "Shelling hit Kherson at dawn. The regional administration reported several houses"
            " burning in the Dniprovskyi district.",
            "Kherson regional administration",
            "several houses burning in the Dniprovskyi district",
        ),
        (
            "Lebanon's health ministry reported at least 8 people wounded in Tyre, one critically.",
            "Lebanese health ministry",
            "at least 8 people wounded in Tyre, one critically",
        ),
    ],
)
def test_reduced_clause(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _indirect(text)

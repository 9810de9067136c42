"""Round h_gen_s101: a trailing participle of saying is a second statement (``_s101split``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _statements(text: str) -> set[tuple[str, str, str]]:
    return {(f.speaker, f.mode, f.quote) for f in extract(text) if isinstance(f, Statement)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mayor Nina Holm said the tram lines would reopen on Monday, warning that"
            " buses would run only every half hour.",
            {
                ("Nina Holm", "indirect", "the tram lines would reopen on Monday"),
                ("Nina Holm", "indirect", "buses would run only every half hour"),
            },
        ),
        (
            "Governor Paul Weir said the dam had held through the night, stressing that"
            " engineers would inspect it again at noon.",
            {
                ("Paul Weir", "indirect", "the dam had held through the night"),
                ("Paul Weir", "indirect", "engineers would inspect it again at noon"),
            },
        ),
        (
            "Station chief Lukas Berg said the road was blocked for three hours, noting,"
            " “Nobody told us where to wait for the escort.”",
            {
                ("Lukas Berg", "indirect", "the road was blocked for three hours"),
                ("Lukas Berg", "direct", "Nobody told us where to wait for the escort."),
            },
        ),
        (
            "Energy Minister Karin Roos said two turbines were back online, admitting that"
            " the third would need new parts from abroad.",
            {
                ("Karin Roos", "indirect", "two turbines were back online"),
                ("Karin Roos", "indirect", "the third would need new parts from abroad"),
            },
        ),
    ],
)
def test_participle_tail_is_its_own_statement(text: str, want: set[tuple[str, str, str]]) -> None:
    assert want <= _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy left the depot at dawn, adding to the traffic on the only open bridge.",
        "The storm knocked down power lines, leaving 3,000 homes without heat.",
        "Crews cleared the rubble by noon, noting the damage to the roof in a short log entry.",
        "The museum reopened its east wing, recalling the war years with an exhibition of letters.",
    ],
)
def test_participle_without_speaker_gives_no_statement(text: str) -> None:
    assert not _statements(text)


def test_no_tail_without_that_or_quote() -> None:
    text = "The army said the drills would end on Friday, warning residents of loud noise."
    found = _statements(text)
    assert not any(q.startswith("residents") for _, _, q in found)


def test_request_frame_keeps_its_tail() -> None:
    text = (
        "Envoy Maria Sund called on both sides to open the corridor, warning that"
        " the town would run out of water within days."
    )
    found = _statements(text)
    assert not any(q.startswith("the town would") for _, mode, q in found if mode == "indirect")

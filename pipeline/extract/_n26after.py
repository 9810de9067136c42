"""A launch figure told after the shoot-down in a relative clause on the reporting body.

Spanish and Portuguese agency copy closes the outcome with who counted the launch: "The
anti-aircraft defence shot down 48 drones ..., informed the air force, which detected 60
launched by Russia" ("que detectó 60 lanzados por Rusia"). The launch comes after its
outcome, so the pairing (launch first) left a shoot-down of 48 of ? and a strike of 60. The
air-defence report is one interception (the written convention): :func:`relative_launch`
moves a launch mention of that clause ahead of the sentence's one shoot-down, or, when the
figure stands bare ("60 launched by Russia"), gives the shoot-down that launch figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._a21those import lone_shoot_down, with_launch
from pipeline.extract._airmake import Mention
from pipeline.extract.model import Sentence
from pipeline.extract.numbers import find_quantities

_WHICH_COUNTED = re.compile(
    r",\s*which\s+(?:had\s+|has\s+)?(?:also\s+)?(?:detected|registered|recorded|counted|tracked|"
    r"spotted|identified)\s+(?:a\s+total\s+of\s+|in\s+total\s+|some\s+|about\s+)?"
    r"(?P<fig>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?=(?:[\w-]+\s+){0,3}?(?:launched|fired|sent)\b|(?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles|"
    r"rockets|aerial\s+targets|means\s+of\s+air\s+attack)\b)",
    re.IGNORECASE,
)


def relative_launch(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The sentence's one shoot-down paired with the launch "..., which detected N launched"
    told after it."""
    if ", which " not in sent.text:
        return mentions
    down = lone_shoot_down(mentions)
    if down is None:
        return mentions
    told = _WHICH_COUNTED.search(sent.text, down.end - sent.start)
    if told is None:
        return mentions
    fig = sent.start + told.start("fig")
    launch = next((m for m in mentions if m.num_start == fig), None)
    if launch is not None:
        if launch.role != "launch" or launch.weapon not in (None, down.weapon):
            return mentions
        return [replace(m, ahead=True) if m is launch else m for m in mentions]
    q = next((q for q in find_quantities(sent.text) if q.start == told.start("fig")), None)
    return with_launch(mentions, down, q)

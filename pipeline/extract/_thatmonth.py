"""A past month fronted inside a reported clause: background, not the day's news.

"In September, around 20 drones violated Polish airspace" opening a sentence is a past
month's event (the conventions' fronted "In April, ..."). Reported speech moves the same
opening behind "that": "He reminded that in September, during the incident in which about
20 drones entered Polish airspace, four of them were shot down" (`dev_articles57` art57-08,
the annotator's call), "The mayor recalled that in March, Russia had fired 14 missiles".
Every figure after such an opening in its sentence is background, whatever the verb of
saying before it. A month with a day ("that on 3 September") is left to the date rules.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import MONTH

_THAT_MONTH = re.compile(
    r"\bthat\s+(?:(?:already|back|even|earlier)\s+)?(?:in|during)\s+"
    rf"(?:(?:early|late|mid)[\s-]+)?(?=[A-Z])(?i:{MONTH})\s*,"
)


def that_month(text: str, start: int) -> bool:
    """True when "that in MONTH," opens the reported clause holding the figure at ``start``."""
    if "that " not in text:
        return False
    m = _THAT_MONTH.search(text, 0, start)
    return m is not None and ";" not in text[m.end() : start]

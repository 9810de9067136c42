"""Launch figures told after their outcome in the pluperfect (translated German copy).

German wire copy often leads with the outcome and adds the launch afterwards in the
pluperfect: "A total of 57 Russian drones were made harmless over Ukraine during the
night, Kyiv said. According to the air force, Russia had launched 68 unmanned aerial
vehicles." ("Russland hatte ... gestartet"). The pluperfect places the launch before
the outcome just told, so it completes that outcome's report like a launch told as the
total ("In total, ... had launched 39 drones") does; see
:func:`pipeline.extract._airpair.completes`, which still demands the same weapon and a
launch figure no smaller than the outcome. Being looser than a told total, it also
demands the outcome in the sentence just before, told over a whole country that is not
the launch's attacker, or over no place at all (:func:`attacked_country`).

Agency English puts the launch in a trailing "after" clause of the outcome's own sentence
("Air defence forces shot down or suppressed 101 of the targets, the air force said, after
Russia attacked with 119 drones and missiles overnight"): :func:`launch_in_after_clause`
reads that clause, which completes an outcome of its own sentence.
"""

from __future__ import annotations

import re

from pipeline.extract import _places

_PLUPERFECT_LAUNCH = re.compile(
    r"\bhad\s+(?:(?:also|previously|initially|originally)\s+)?"
    r"(?:launched|fired|sent|deployed|used|attacked)\b",
    re.IGNORECASE,
)


def launch_told_after(text: str, at: int) -> bool:
    """True when the launch figure at ``at`` (an offset in ``text``) follows a pluperfect
    launch verb of its own clause ("Russia had launched 68 drones")."""
    if "had" not in text:
        return False
    for verb in _PLUPERFECT_LAUNCH.finditer(text, 0, at):
        between = text[verb.end() : at]
        if len(between) <= 40 and not re.search(r"[.;:]", between):
            return True
    return False


def attacked_country(location: str | None, text: str, at: int) -> bool:
    """True when an outcome told over a whole country ("made harmless over Ukraine") may
    take the pluperfect launch at ``at`` in ``text``: not a region's share, and not the country
    the launch's sentence names as attacker before it ("Russia had launched 1,500 drones"
    never completes "31 Ukrainian drones" shot down over Russia)."""
    if location is None:
        # "the air defence made 37 Russian drones harmless" names no place: not a share.
        return True
    if _places.actor(location) != location:
        return False
    return _places.last_actor(text[:at]) != location


_AFTER_LAUNCH = re.compile(
    r"\bafter\s+(?:Russia|Moscow|the\s+(?:enemy|Russians|occupiers)|Russian\s+forces|it|they)\s+"
    r"(?:had\s+)?(?:launched|fired|sent|attacked|struck|hit)\b",
    re.IGNORECASE,
)


def launch_in_after_clause(text: str, at: int) -> bool:
    """True when the launch figure at ``at`` stands in a trailing "after" clause ("..., after
    Russia attacked with 119 drones and missiles overnight") close after its verb."""
    if "after" not in text:
        return False
    for verb in _AFTER_LAUNCH.finditer(text, 0, at):
        between = text[verb.end() : at]
        if len(between) <= 40 and not re.search(r"[.;:]", between):
            return True
    return False

"""A regional body takes the region named nearest before it, over an earlier body's region.

"According to the regional military administration [of Sumy], ... In the neighbouring region
of Charkiw, a drone hit a bus stop. A man was killed, the regional prosecutor's office
said." The prosecutor's office is Charkiw's: the convention ties a regional body to the
region its sentence, else its paragraph or the one before, names (tests/data/README.md,
"Speaker naming conventions"), while the memory of the earlier body's region (Sumy) is
only the fallback for a body with no region named since. :func:`nearer` picks the region
named after the remembered one, when there is one.
"""

from __future__ import annotations

from pipeline.extract._regionback import region_of

_WINDOW = 800


def nearer(body: str, offset: int, remembered: str, wanted: str) -> str:
    """The region last named before ``offset`` when it is not ``remembered`` and is named
    after the last mention of ``remembered``; else ``remembered``."""
    if wanted != "region":
        return remembered
    window = body[max(0, offset - _WINDOW) : offset]
    region = region_of(window)
    if region is None or region == remembered:
        return remembered
    last_remembered = window.rfind(remembered)
    return region if window.rfind(region) > last_remembered else remembered


def own_sentence(sentence: str, remembered: str | None) -> str | None:
    """The region the body's own sentence names when it is not the one an earlier body of
    the same name took ("The Russian army shelled the city Kherson ..., reported the
    regional military administration" after the Odesa one): the sentence's region wins."""
    if remembered is None:
        return None
    region = region_of(sentence)
    if region is None or region in ("Kyiv", "Moscow") or remembered.startswith(region):
        return None
    return region

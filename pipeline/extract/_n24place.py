"""The town a toll's attack noun names with "of" ("killed in Russian shelling of Kherson").

A toll's place comes from a preposition before a town ("in Kherson", "on Kherson") or
from "the city of X" (:func:`pipeline.extract._places.located`). Translated copy often
names the town only as the object of the attack noun ("in Russian shelling of Kherson",
"in the bombardment of Nikopol"): the toll then had no place, so an equal toll told for
another place in a later paragraph ("In the Mykolaiv region, ... two people were killed")
read as its restatement and was dropped (``dev_numeric48``'s dnum48-020). The noun's
object is where the harm was, when the places table knows it.
"""

from __future__ import annotations

import re

from pipeline.extract import _places

_SHELLING_OF = re.compile(
    r"\b(?:shelling|bombardment|bombing|shellfire|bombardments|shellings)\s+of\s+"
    r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
    re.IGNORECASE,
)


def shelled_place(text: str) -> str | None:
    """The known town ``text``'s attack noun names with "of", else None."""
    m = _SHELLING_OF.search(text)
    if m is None:
        return None
    return _places.located(f"in {m.group('name')}")

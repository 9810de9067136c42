"""Round 82's strike readers (helper h_fix_s82, ``dev_statements108`` strike passages), the
outermost call of :func:`pipeline.extract._n28strike.revise`. Why each exists:

- "X said it had detected N (Ukrainian) seaborne drones off the coast of PLACE" is a launch
  report with no outcome: a strike of N drones on PLACE by the conventions (``tests/data/
  README.md``: figures with no outcome stay strikes), which no reader took (no attack verb);
- "..., with over N rockets / shells falling (on the camp)" is a strike of N (a figure of fire
  falling, not launched), which no reader took either.

Each reader is gated on a literal of the body ("detected", "falling"/"landing") before any
pattern, and adds nothing where a strike already covers the same span.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import merged
from pipeline.extract.model import Approx, Document, Evidence, Finding, Strike, StrikeWeapon
from pipeline.extract.numbers import parse_number

__all__ = ["strikes"]

_NUM = r"(?:\d{1,4}|[a-z]+)"
_DETECTED = re.compile(
    rf"\bhad\s+detected\s+(?P<n>{_NUM})\s+(?P<u>Ukrainian\s+)?(?:seaborne|naval|sea|unmanned)"
    r"\s+drones\s+off\s+the\s+coast\s+of\s+(?:annexed\s+|occupied\s+)?(?P<t>[A-Z][\w'’-]+)"
)
_FALLING = re.compile(
    rf"\bwith\s+(?P<q>over\s+|more\s+than\s+|at\s+least\s+|about\s+|some\s+)?(?P<n>{_NUM})\s+"
    r"(?P<w>rockets|shells|missiles|drones)\s+(?:falling|landing)\b"
)
_WEAPON: dict[str, StrikeWeapon] = {
    "rockets": "rocket",
    "shells": "artillery",
    "missiles": "missile",
    "drones": "drone",
}
_APPROX: dict[str, Approx] = {
    "over": "at_least",
    "more than": "at_least",
    "at least": "at_least",
    "about": "about",
    "some": "about",
}


def _value(word: str) -> int | None:
    n = parse_number(word.lower())
    return n if n is not None and 1 < n < 10000 else None


def _covered(found: list[Finding], lo: int, hi: int) -> bool:
    return any(
        isinstance(f, Strike) and f.evidence.start < hi and lo < f.evidence.end for f in found
    )


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the detected sea drones and the falling rockets as strikes."""
    body = doc.body
    new: list[Finding] = []
    if " detected " in body and "off the coast" in body:
        for m in _DETECTED.finditer(body):
            n = _value(m["n"])
            if n is None or _covered(found, m.start(), m.end()):
                continue
            ev = Evidence(body[m.start() : m.end()], m.start(), m.end())
            attacker = "Ukraine" if m["u"] else None
            new.append(Strike(ev, 0.7, attacker, m["t"], "drone", n, "exact", None, None))
    if " falling" in body or " landing" in body:
        for m in _FALLING.finditer(body):
            n = _value(m["n"])
            if n is None or _covered(found, m.start(), m.end()):
                continue
            ev = Evidence(body[m.start() : m.end()], m.start(), m.end())
            q = " ".join(m["q"].split()) if m["q"] else ""
            approx = _APPROX.get(q, "exact")
            new.append(Strike(ev, 0.7, None, None, _WEAPON[m["w"]], n, approx, None, None))
    return merged(found, new)

"""Spurious statements dropped, round 73 (helper h_fix_s73, ``dev_statements99``; called by
:mod:`._s73more` before its readings):

- "..., and repeated American strikes have failed to ..." read as "X repeated C": the
  adjective after a comma and "and", not a verb of saying;
- a meta sentence read as a quote ("The relevant statement was made by X on Telegram, a
  correspondent reports"): it names who spoke, it says nothing;
- quoted words of an inscription or slogan ("a drone with the inscription ‘...’", "posters
  bearing the slogan “...”"): written words, not a speaker's;
- a quoted proper name that is the subject ('The "Central Command" of the U.S. military
  announced ...'): a name in quotation marks, not a partial quote.

Each check is gated by a literal of the body (:func:`gates`); a statement is looked at only
under the gates that hold, and only its own few characters of the body are read.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Statement

__all__ = ["drop", "gates"]

_S = r"[ \t]+"
_META = re.compile(
    rf"^(?:The|This){_S}(?:relevant{_S}|corresponding{_S}|same{_S})?(?:statement|information|"
    rf"message|report){_S}was{_S}(?:made|issued|published|posted|released|shared){_S}by\b"
)
_INSCRIBED = re.compile(
    rf"(?:inscription|inscribed(?:{_S}with)?|slogan|caption|graffiti|emblazoned{_S}with)"
    r"[ \t]*[:,]?[ \t]*[\"“‘']$"
)
_TITLE_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}$")
_QUOTES = '"“”'


def gates(body: str) -> tuple[bool, bool, bool, bool]:
    """Which of the four checks the body can need (meta, inscription, name, "repeated")."""
    return (
        body_has(body, " was made by ") or body_has(body, " was issued by "),
        body_has(body, "inscri")
        or body_has(body, "slogan")
        or body_has(body, "caption")
        or body_has(body, "graffiti"),
        body_has(body, '" of the ') or body_has(body, "” of the "),
        body_has(body, ", and repeated "),
    )


def drop(
    body: str, statements: list[Statement], gate: tuple[bool, bool, bool, bool]
) -> list[Statement]:
    """``statements`` without the spurious readings above."""
    meta, inscribed, named, repeated = gate
    if meta or inscribed or named:
        statements = [s for s in statements if not _spurious(body, s, meta, inscribed, named)]
    if repeated:
        statements = [
            s
            for s in statements
            if s.cue != "repeated" or ", and repeated " + s.quote not in s.evidence.text
        ]
    return statements


def _spurious(body: str, s: Statement, meta: bool, inscribed: bool, named: bool) -> bool:
    if meta and s.mode == "indirect" and _META.match(s.quote) is not None:
        return True
    if s.mode == "indirect" or not (inscribed or named):
        return False
    at = body.find(s.quote, max(0, s.evidence.start - 2))
    if at < 1:
        return False
    if inscribed and _INSCRIBED.search(body, max(0, at - 40), at) is not None:
        return True
    tail = body[at + len(s.quote) : at + len(s.quote) + 6]
    return (
        named
        and s.mode == "partial"
        and tail[1:] in (" of t", " of T")
        and tail[:1] in _QUOTES
        and _TITLE_NAME.match(s.quote) is not None
        and body[max(0, at - 6) : at - 2].lower().endswith("the")
    )

"""Round 89's speaker renamings (helper h_fix_s89: real21's and real23's statements found under
another speaker, ``dev_statements115``), applied last in :mod:`pipeline.extract._latepasses`.

Why it exists: two ways an article points back at a body it named before were read as a
speaker of their own, or as the wrong one:

- a bare lowercase head ("the prosecutor's office said", "the health ministry reported that")
  after the article named the body in full ("the Kherson regional prosecutor's office",
  "the Palestinian health ministry") was left as the bare head ("prosecutor's office"). It is
  the full name when the text before the statement names exactly one body ending in that head
  (a capitalised qualifier, then optional lowercase qualifiers from a short list: "regional",
  "health", ...). Two different full names ("defence ministry" and "health ministry") leave
  it as it is.
- a descriptive back-reference to an armed group ("while the Iran-backed movement says C",
  "the Iran-aligned group says C") was given to the subject of the clause before or left as
  "movement". It is the group the text last named before it (Hezbollah, Hamas, the Houthis,
  ...), when one is named; the statement's clause must follow the cue.

Both are renamings only (no statement is added or dropped). Each is gated on a literal of the
body ("-backed" / "-aligned" / ...; a found speaker with no capital letter) before any pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._found import renamed
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_HEADS = frozenset(
    (
        "ministry",
        "office",
        "administration",
        "police",
        "service",
        "agency",
        "authorities",
        "council",
        "directorate",
        "department",
    )
)
"""Last words of a bare body head worth resolving."""

_BARE = re.compile(r"[a-z][a-z'’ ]*")

_LOWER_QUALIFIERS = (
    r"(?:regional|city|district|provincial|municipal|military|health|defen[cs]e|foreign"
    r"|interior|emergency|state|civil|national)"
)

_STOP_CAPS = frozenset(
    ("The", "A", "An", "In", "On", "At", "Later", "Earlier", "According", "But", "And", "While")
)

# fmt: off
_GROUPS: tuple[tuple[str, str], ...] = (
    ("Hezbollah", "Hezbollah"), ("Hamas", "Hamas"), ("Houthis", "Houthis"),
    ("Houthi", "Houthis"), ("Islamic Jihad", "Islamic Jihad"), ("M23", "M23"),
)
# fmt: on
_GROUP_RE = re.compile(r"\b(" + "|".join(re.escape(g) for g, _ in _GROUPS) + r")\b")
_GROUP_NAME = dict(_GROUPS)

_DESCRIBED = re.compile(
    r"\b[Tt]he [A-Z][\w]*-(?:backed|aligned|allied|funded|supported)"
    r" (?:[a-z]+ )?(?:movement|group|militia|militants)"
    r" (?:says|said|claims|claimed|insists|insisted|maintains|added|reported|stated)\b"
)
_DESCRIBED_LITERALS = ("-backed ", "-aligned ", "-allied ", "-funded ", "-supported ")


class _Names:
    """The full names the body writes for each bare head, with their offsets, built once per
    head and per document (a statement looks its prefix up by bisection, never by a scan)."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._heads: dict[str, tuple[list[int], list[str], list[int]]] = {}
        self._groups: tuple[list[int], list[str]] | None = None

    def _table(self, bare: str) -> tuple[list[int], list[str], list[int]]:
        table = self._heads.get(bare)
        if table is None:
            pattern = re.compile(
                r"((?:[A-Z][\w'’-]*\s+)+(?:"
                + _LOWER_QUALIFIERS
                + r"\s+)*)"
                + re.escape(bare)
                + r"\b"
            )
            ends: list[int] = []
            firsts: list[str] = []
            distinct: list[int] = []
            seen: set[str] = set()
            for m in pattern.finditer(self._body):
                words = m[1].split()
                while words and words[0] in _STOP_CAPS:
                    words.pop(0)
                if not words or not words[0][:1].isupper():
                    continue
                name = " ".join(words) + " " + bare
                seen.add(name)
                ends.append(m.end())
                firsts.append(firsts[0] if firsts else name)
                distinct.append(len(seen))
            table = self._heads[bare] = (ends, firsts, distinct)
        return table

    def before(self, bare: str, start: int) -> str | None:
        """The one full name ending in ``bare`` written before ``start``, or None."""
        ends, firsts, distinct = self._table(bare)
        k = bisect_right(ends, start)
        return firsts[k - 1] if k and distinct[k - 1] == 1 else None

    def group_before(self, at: int) -> str | None:
        """The armed group last named before offset ``at``, or None."""
        if self._groups is None:
            found = list(_GROUP_RE.finditer(self._body))
            self._groups = ([g.start() for g in found], [g[1] for g in found])
        starts, names = self._groups
        k = bisect_right(starts, at - 1)
        return _GROUP_NAME[names[k - 1]] if k else None


def _back_reference(names: _Names, st: Statement) -> str | None:
    """The full name a bare lowercase head points back at, or None."""
    bare = st.speaker
    if not _BARE.fullmatch(bare) or bare.rsplit(" ", 1)[-1] not in _HEADS:
        return None
    return names.before(bare, st.evidence.start)


def _described_group(names: _Names, st: Statement) -> str | None:
    """The armed group "the Iran-backed movement says" points back at, or None."""
    text = st.evidence.text
    if not any(lit in text for lit in _DESCRIBED_LITERALS):
        return None
    m = _DESCRIBED.search(text)
    if m is None:
        return None
    at = text.find(st.quote[:40]) if st.quote else -1
    if not 0 <= at - m.end() <= 6:
        return None  # the statement is not the clause right after this cue ("says (that) C")
    if st.speaker in text[at + len(st.quote) :]:
        return None  # the source is named after the clause ("..., according to NAME")
    return names.group_before(st.evidence.start + m.start())


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the back-references above renamed."""
    del speakers
    body = doc.body
    described = any(lit in body for lit in _DESCRIBED_LITERALS)
    names = _Names(body)

    def pick(st: Statement) -> str | None:
        if described:
            name = _described_group(names, st)
            if name is not None:
                return name
        if st.speaker[:1].islower():
            return _back_reference(names, st)
        return None

    return renamed(found, pick)

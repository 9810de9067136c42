"""Round n31's air-defence readings: shapes of real agency copy the mention readers miss.

Found on real Reuters, AP, VOA and Times of Israel pages (none of their text is kept
here), each read as a mechanism:

- one outcome shared by a two-weapon list in a relative clause or with "were all": "the
  attack included eight Shahed drones and three cruise missiles which were shot down",
  "16 drones and four missiles, which were all destroyed" - each weapon is its own report,
  all of its figure shot down (the readers made nothing of the first); a leading "all"
  stays the first item's ("All four missiles and 104 drones were shot down", art64-12);
- an attack's makeup with its fate in a relative clause: "a wave that included 45 Shahed
  drones that his forces shot down" is all of 45, not 45 of an unknown launch;
- a platform's share of a shoot-down: "intercepted 81 of the missiles, including 11 that
  were downed by F-16 planes" - the share is its own record (launched unknown), like a
  region's share;
- a counted launch answered by a vague outcome opening the next paragraph ("about 20
  projectiles were identified crossing ..." then "“Most were successfully intercepted,
  the rest fell in open areas,” the army said"): one interception, launched N, intercepted
  null (README: "a vague outcome ... in the paragraph after a counted launch answers it").

:func:`revise` adds the reports and drops the readers' partial ones they replace;
:func:`drop_strikes` drops the strikes whose figures these reports now hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import _n31heads
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import lowered
from pipeline.extract._perdoc import per_document
from pipeline.extract.model import (
    Document,
    Evidence,
    Finding,
    Interception,
    InterceptWeapon,
    Strike,
)
from pipeline.extract.numbers import find_quantities

__all__ = ["drop_strikes", "revise"]

# A figure never starts inside a digit run: "1,1,1,..." would be rescanned from each digit.
_N = (
    r"(?:(?:about|around|some|approximately|more\s+than|over)\s+)?"
    r"(?:(?<![\d,])\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty)"
)
_NOUN = (
    r"(?:[\w/-]+\s+){0,3}?(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles|Shaheds?|"
    r"missiles?|rockets?|projectiles)"
)
_DOWN = r"(?:shot\s+down|destroyed|intercepted|downed|neutralized|neutralised|brought\s+down)"
_DOWN_WORDS = ("shot", "destroyed", "intercepted", "downed", "neutrali", "brought")
"""Literals of :data:`_DOWN`, lower case."""
# "included nine Shahed drones and two cruise missiles which were shot down", "16 drones
# and four missiles, which were all destroyed" (a leading "all" is the first item's only:
# "All four missiles and 104 drones were shot down", art64-12).
_LIST = re.compile(
    rf"\b(?P<n1>{_N})\s+(?!of\b)(?P<w1>{_NOUN})\s+and\s+"
    rf"(?P<the>the\s+|all\s+)?(?P<n2>{_N})\s+(?!of\b)(?P<w2>{_NOUN})\b\s*,?\s*"
    r"(?P<mid>(?:which|that)\s+|(?:aimed|launched|fired|sent|headed)\b[^.;,]{0,50}?\s+)?"
    r"(?:were|had\s+been|could\s+be|have\s+been)\s+(?P<all2>all\s+)?(?:successfully\s+)?" + _DOWN,
    re.IGNORECASE,
)
# "a wave that ... included 45 Shahed drones that his forces shot down".
_MAKEUP = re.compile(
    rf"\b(?:included|involved|comprised)\s+(?P<n>{_N})\s+(?P<w>{_NOUN})\s+(?:that|which)\s+"
    rf"(?:(?:were|had\s+been)\s+(?:all\s+)?|(?:[\w'’-]+\s+){{1,4}}?)(?:successfully\s+)?{_DOWN}",
    re.IGNORECASE,
)
# "..., including 11 that were downed by F-16 planes".
_SHARE_BY = re.compile(
    rf"\bincluding\s+(?P<n>{_N})\s+(?:[\w-]+\s+)?(?:that|which)\s+(?:were|was|had\s+been)\s+"
    rf"{_DOWN}\s+by\b",
    re.IGNORECASE,
)
_DOWN_BEFORE = re.compile(r"\b(?:shot\s+down|destroyed|intercepted|downed)\b", re.IGNORECASE)
# A counted launch, then a vague outcome opening the next paragraph.
_LAUNCH = re.compile(
    rf"\b(?P<n>{_N})\s+(?P<w>rockets|missiles|projectiles|drones|UAVs)\s+(?:were|had\s+been)\s+"
    r"(?:fired|launched|identified\s+crossing)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\W{0,3}(?:most|some|the\s+majority|several|many|part)\s+(?:of\s+(?:them|the\s+\w+)\s+)?"
    r"(?:were|was|had\s+been)\s+(?:successfully\s+)?(?:intercepted|shot\s+down|downed)\b",
    re.IGNORECASE,
)


# Sappers' work: "bomb squads ... neutralized 48 explosive objects" is demining, no
# air defence ("neutralized" is a shoot-down verb in air-force copy).
_DEMINING = re.compile(
    rf"\b(?:neutrali[sz]ed|defused|disposed\s+of|destroyed|removed|cleared)\s+{_N}\s+"
    r"(?:[\w-]+\s+)?(?:explosive\s+(?:objects|items|devices|remnants)|unexploded|ordnance|"
    r"(?:land)?mines|munitions\s+found)",
    re.IGNORECASE,
)


def _no_demining(doc: Document, found: list[Finding]) -> list[Finding]:
    if (
        not body_has(doc.body, "explosive")
        and not body_has(doc.body, "mines")
        and not body_has(doc.body, "ordnance")
    ):
        return found
    spans = [(m.start(), m.end()) for m in _DEMINING.finditer(doc.body)]
    return [
        f
        for f in found
        if not (
            isinstance(f, Interception)
            and any(f.evidence.start < b and f.evidence.end > a for a, b in spans)
        )
    ]


@dataclass(frozen=True, slots=True)
class _Report:
    start: int
    end: int
    weapon: InterceptWeapon
    model: str | None
    launched: int | None
    intercepted: int | None
    all: bool
    replaces: bool
    """Drop the readers' interceptions inside the span first."""


def _value(text: str) -> tuple[int | None, str]:
    qs = find_quantities(text)
    return (qs[0].value, qs[0].approx) if qs else (None, "exact")


def _weapon(noun: str) -> tuple[InterceptWeapon, str | None]:
    low = noun.lower()
    model = "Shahed" if "shahed" in low else ("cruise missile" if "cruise" in low else None)
    if re.search(r"drone|uav|unmanned|shahed", low):
        return "drone", model
    return "missile", model


@per_document
def _reports(doc: Document) -> list[_Report]:
    body = doc.body
    low = lowered(doc)
    if not any(
        body_has(low, w) for w in ("shot down", "destroyed", "intercepted", "downed", "neutral")
    ):
        return []
    out: list[_Report] = []
    for m in _list_matches(body):
        if not (m.group("all2") or (m.group("mid") or "").lower().startswith(("which", "that"))):
            continue  # "All four missiles and 104 drones were shot down": "all" is the first's
        for n, w in (("n1", "w1"), ("n2", "w2")):
            value, _ = _value(m.group(n))
            weapon, model = _weapon(m.group(w))
            if value is not None:
                out.append(_Report(m.start(), m.end(), weapon, model, value, value, True, True))
    # :data:`_MAKEUP` needs "included"/"involved"/"comprised", :data:`_SHARE_BY` "including"
    # (letters without a case-blind non-ASCII twin, so the lower-cased body tells)
    makeup = (
        list(_MAKEUP.finditer(body)) if "nclude" in low or "nvolv" in low or "ompr" in low else []
    )
    for m in makeup:
        value, _ = _value(m.group("n"))
        weapon, model = _weapon(m.group("w"))
        if value is not None:
            out.append(_Report(m.start(), m.end(), weapon, model, value, value, True, True))
    for m in list(_SHARE_BY.finditer(body)) if "ncluding" in low else []:
        value, _ = _value(m.group("n"))
        sent = next((s for s in doc.sentences if s.start <= m.start() < s.end), None)
        if value is None or sent is None:
            continue
        if _DOWN_BEFORE.search(body, sent.start, m.start()) is None:
            continue
        weapon, model = _weapon(body[sent.start : m.start()][-120:])
        out.append(_Report(m.start(), m.end(), weapon, None, None, value, False, False))
    out.extend(_vague_next(doc))
    return out


def _list_matches(body: str) -> list[re.Match[str]]:
    """:data:`_LIST`'s matches in ``body``: no match holds a full stop, so only the stretches
    between full stops with "and" and a shoot-down word are searched (the pattern tries a
    figure at every word, which made it one of the costliest of a whole article)."""
    out: list[re.Match[str]] = []
    start = 0
    while start < len(body):
        end = body.find(".", start)
        end = len(body) if end < 0 else end
        run = body[start:end].lower()
        if "and" in run and any(w in run for w in _DOWN_WORDS):
            out.extend(_LIST.finditer(body, start, end))
        start = end + 1
    return out


def _vague_next(doc: Document) -> list[_Report]:
    """A counted launch whose vague outcome opens the next paragraph."""
    out: list[_Report] = []
    sents = doc.sentences
    for i in range(len(sents) - 1):
        nxt = sents[i + 1]
        if nxt.paragraph == sents[i].paragraph or _VAGUE.match(nxt.text) is None:
            continue
        launches = list(_LAUNCH.finditer(sents[i].text))
        if len(launches) != 1:
            continue
        m = launches[0]
        value, _ = _value(m.group("n"))
        if value is None:
            continue
        weapon: InterceptWeapon = (
            "drone" if m.group("w").lower() in ("drones", "uavs") else "missile"
        )
        start = sents[i].start + m.start()
        out.append(_Report(start, sents[i].start + m.end(), weapon, None, value, None, False, True))
    return out


def _overlaps(f: Interception | Strike, r: _Report) -> bool:
    return f.evidence.start < r.end and f.evidence.end > r.start


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with round n31's reports added (and the partial reads they replace)."""
    found = _n31heads.drop(doc, _no_demining(doc, found))
    reports = _reports(doc)
    if not reports:
        return found
    out = list(found)
    for r in reports:
        gone: list[Finding] = []
        if r.replaces:
            gone = [
                f
                for f in out
                if isinstance(f, Interception)
                and _overlaps(f, r)
                and f.weapon == r.weapon
                and f.intercepted in (None, r.intercepted)
                and f.launched in (None, r.launched)
            ]
            out = [f for f in out if not any(f is g for g in gone)]
        elif any(
            isinstance(f, Interception) and _overlaps(f, r) and f.intercepted == r.intercepted
            for f in out
        ):
            continue
        base = next(
            (
                f
                for f in [*gone, *reversed(out)]
                if isinstance(f, Interception) and f.evidence.start <= r.end
            ),
            None,
        )
        ev = Evidence(doc.body[r.start : r.end], r.start, r.end)
        new = Interception(
            evidence=ev,
            confidence=0.7,
            weapon=base.weapon if base is not None and not r.replaces else r.weapon,
            weapon_model=r.model,
            launched=r.launched,
            intercepted=r.intercepted,
            all_intercepted=r.all,
            approx="exact",
            location=base.location if base is not None else None,
            reported_by=base.reported_by if base is not None else None,
        )
        out.append(new)
    return out


def drop_strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes whose figures round n31's reports hold."""
    found = _n31heads.drop(doc, found)
    reports = [r for r in _reports(doc) if r.replaces and r.launched is not None]
    if not reports:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(_overlaps(f, r) and f.count in (r.launched, r.intercepted) for r in reports)
        )
    ]

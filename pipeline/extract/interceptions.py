"""Air-defence reports: how many drones or missiles came in, how many were shot down.

A report is often split over two clauses or sentences ("Russia launched 90
drones overnight. Air defence destroyed 62 of them."), so mentions are read
per sentence and then paired within a paragraph: each shoot-down figure takes
the nearest earlier launch figure of the same weapon. Launch figures consumed
this way are not strikes; :func:`consumed_launches` tells the strikes detector
which ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pipeline.extract import _places
from pipeline.extract._numclause import (
    INTERCEPT_VERB,
    LAUNCH_VERB,
    clause,
    extend_to_sentence_end,
)
from pipeline.extract._numgate import gate, per_document
from pipeline.extract.model import (
    Approx,
    Document,
    Evidence,
    Finding,
    Interception,
    InterceptWeapon,
    Sentence,
)
from pipeline.extract.numbers import find_quantities
from pipeline.extract.speakers import Speakers
from pipeline.extract.weapons import MODIFIER, find_models

Role = Literal["launch", "intercept"]

_AIR_NOUN = (
    r"(?P<mixed>(?:air(?:borne)?|aerial)\s+(?:attack\s+)?(?:targets?|assets?|weapons?|means|"
    rf"vehicles?|objects?)|targets|objects|(?:missiles|rockets)\s+and\s+(?:{MODIFIER}\s+){{0,2}}"
    rf"(?:drones|uavs)|(?:drones|uavs)\s+and\s+(?:{MODIFIER}\s+){{0,2}}missiles)"
    r"|(?P<drone>drones?|uavs?|unmanned\s+aerial\s+vehicles?|shaheds?(?![-/]\w)|"
    r"loitering\s+munitions?)"
    r"|(?P<missile>missiles?|rockets?)"
)
_AIR_WORD = re.compile(rf"\b(?:{_AIR_NOUN})\b", re.IGNORECASE)
_AFTER_QTY = re.compile(
    rf"\s+(?:of\s+(?:the|these|those)\s+)?(?:{MODIFIER}\s+){{0,4}}?(?:{_AIR_NOUN})\b",
    re.IGNORECASE,
)
# "the missiles were not intercepted": a stated zero.
_NOT_DOWNED = re.compile(
    rf"\b(?:the|these|those)\s+(?:{MODIFIER}\s+){{0,3}}?(?P<noun>{_AIR_NOUN})\s+"
    r"(?:were|was|had|have)\s+not\s+(?:been\s+)?(?:intercepted|shot\s+down|destroyed|downed)\b",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(
    r"\s+(?:(?:of\s+)?(?:them|which|those|these)\b|(?:were|was|have\s+been|had\s+been|got)\b)",
    re.IGNORECASE,
)
# "... shot down 34." : a figure ending its clause right after an intercept verb.
_ELLIPSIS_END = re.compile(r"\s*(?:[.;,]|$)")
_VERB_JUST_BEFORE = re.compile(rf"(?:{INTERCEPT_VERB.pattern})\s+$", re.IGNORECASE)
_ALL = re.compile(
    rf"(?<!\bin\s)\b(?P<kw>all|both|none)\b(?:\s+(?:of\s+)?(?:them|these|those|which|the)\b)?"
    rf"(?:(?:\s+{MODIFIER}){{0,3}}?\s+(?P<noun>{_AIR_NOUN})\b)?(?!\s+\d)",
    re.IGNORECASE,
)
# "All were shot down", "destroyed all of them.": a bare "all" needs one of these after it.
_BARE_ALL_END = re.compile(r"\s+(?:were|was|have|had)\b|\s*(?:[.,;]|$)", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:were|was|been|have|has|had|are|is)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Mention:
    sent: int
    """Index of the sentence in ``doc.sentences``."""
    start: int
    """Absolute offset of the clause carrying the figure."""
    end: int
    num_start: int
    """Absolute offset of the figure itself (what strikes compare against)."""
    value: int | None
    total: int | None
    all: bool
    approx: Approx
    weapon: InterceptWeapon | None
    role: Role
    location: str | None
    model: str | None


@dataclass(frozen=True, slots=True)
class _Report:
    found: tuple[Interception, ...]
    sentences: tuple[int, ...]
    consumed: frozenset[int]


def _weapon(m: re.Match[str]) -> InterceptWeapon | None:
    if m.group("mixed"):
        return "mixed"
    if m.group("drone"):
        return "drone"
    if m.group("missile"):
        return "missile"
    return None


def _role(text: str, s: int, e: int, at: int, end: int) -> Role | None:
    """Launch or intercept: whichever verb class sits nearest the figure.

    A launch participle right after the figure ("18 drones launched by ...") only
    describes the weapons; it is skipped. With no verb in the clause, the
    sentence decides ("Air defences downed 9 missiles, 61 aerial targets in all").
    """
    for lo, hi in ((s, e), (0, len(text))):
        best: tuple[int, Role] | None = None
        for regex, role in ((INTERCEPT_VERB, "intercept"), (LAUNCH_VERB, "launch")):
            for v in regex.finditer(text, lo, hi):
                if v.end() <= at:
                    dist = at - v.end()
                else:
                    if role == "launch" and not _AUXILIARY.search(
                        text, max(0, v.start() - 12), v.start()
                    ):
                        continue
                    dist = max(0, v.start() - end)
                if best is None or dist < best[0] or (dist == best[0] and role == "intercept"):
                    best = (dist, role)  # type: ignore[assignment]
        if best is not None:
            return best[1]
    return None


def _model(text: str, weapon: InterceptWeapon | None) -> str | None:
    """Models of ``weapon``'s kind named in ``text``, joined ("Kh-101/Kalibr")."""
    names: list[str] = []
    for model, _, _ in find_models(text):
        if (weapon in (None, "mixed") or model.category == weapon) and model.name not in names:
            names.append(model.name)
    return "/".join(names) if names else None


def _mentions(idx: int, sent: Sentence) -> list[_Mention]:
    """Figures (and "all"/"both") about air weapons in one sentence, with their roles."""
    text = sent.text
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for q in find_quantities(text):
        noun = _AFTER_QTY.match(text, q.end)
        weapon = _weapon(noun) if noun else None
        if noun is None and not (
            _ELLIPSIS.match(text, q.end)
            or (
                _ELLIPSIS_END.match(text, q.end)
                and _VERB_JUST_BEFORE.search(text, max(0, q.start - 30), q.start)
            )
        ):
            continue
        s, e = clause(text, q.start, noun.end() if noun else q.end)
        role = "intercept" if q.total is not None else _role(text, s, e, q.start, q.end)
        if role is None or (weapon is None and role == "launch"):
            continue
        phrase = text[q.start : noun.end()] if noun else ""
        out.append(_mention(idx, sent, s, e, q.num_start, q.value, q.total, q.all, q.approx,
                            weapon, role, phrase))  # fmt: skip
        taken.append((q.start, q.end))
    low = text.lower()
    has_all = "all" in low or "both" in low or "none" in low
    for m in _ALL.finditer(text) if has_all else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        s, e = clause(text, m.start(), m.end())
        if _role(text, s, e, m.start(), m.end()) != "intercept":
            continue
        noun_ok = m.group("noun") is not None
        if not noun_ok and not _BARE_ALL_END.match(text, m.end()):
            continue
        weapon = _weapon(m) if noun_ok else None
        none = m.group("kw").lower() == "none"
        out.append(_mention(idx, sent, s, e, m.start(), 0 if none else None, None, not none,
                            "exact", weapon, "intercept"))  # fmt: skip
    for m in _NOT_DOWNED.finditer(text) if " not " in low else ():
        s, e = clause(text, m.start(), m.end())
        out.append(_mention(idx, sent, s, e, m.start(), 0, None, False, "exact",
                            _weapon(m), "intercept"))  # fmt: skip
    out.sort(key=lambda x: x.num_start)
    return out


def _mention(
    idx: int,
    sent: Sentence,
    s: int,
    e: int,
    num_start: int,
    value: int | None,
    total: int | None,
    all_: bool,
    approx: Approx,
    weapon: InterceptWeapon | None,
    role: Role,
    phrase: str = "",
) -> _Mention:
    text = sent.text[s:e]
    return _Mention(
        sent=idx,
        start=sent.start + s,
        end=sent.start + e,
        num_start=sent.start + num_start,
        value=value,
        total=total,
        all=all_,
        approx=approx,
        weapon=weapon,
        role=role,
        location=_places.target(text),
        model=_model(phrase, weapon) or _model(text, weapon),
    )


def _evidence(doc: Document, first: _Mention, last: _Mention) -> Evidence:
    start = min(first.start, last.start)
    end = max(first.end, last.end)
    sent = doc.sentences[last.sent]
    end = sent.start + extend_to_sentence_end(sent.text, end - sent.start)
    return Evidence(doc.body[start:end], start, end)


_CONTEXT_SENTENCES = 6
"""How far back in a paragraph a model, place or weapon is still the report's context."""


def _paragraph_back(doc: Document, idx: int) -> Iterator[str]:
    """Texts of sentence ``idx`` and the few before it in its paragraph, nearest first."""
    para = doc.sentences[idx].paragraph
    stop = max(-1, idx - _CONTEXT_SENTENCES)
    while idx > stop and doc.sentences[idx].paragraph == para:
        yield doc.sentences[idx].text
        idx -= 1


def _context_weapon(doc: Document, idx: int) -> InterceptWeapon | None:
    """The air weapon the paragraph last named ("All of them were destroyed")."""
    for text in _paragraph_back(doc, idx):
        words = [w for w in _AIR_WORD.finditer(text) if _weapon(w) != "mixed"]
        if words:
            return _weapon(words[-1])
    return None


def _context_model(doc: Document, idx: int, weapon: InterceptWeapon) -> str | None:
    """The model of ``weapon``'s kind the paragraph last named."""
    for text in _paragraph_back(doc, idx):
        names = [m.name for m, _, _ in find_models(text) if m.category == weapon]
        if names:
            return names[-1]
    return None


def _context_place(doc: Document, idx: int) -> str | None:
    """The place the paragraph last named as attacked ("attacked Ukraine"), else the
    country whose air defence reports ("Ukraine's air force said")."""
    texts = list(_paragraph_back(doc, idx))
    for text in texts:
        place = _places.target(text)
        if place is not None:
            return place
    for text in texts:
        country = _places.defender(text)
        if country is not None:
            return country
    return None


@per_document
def _analyse(doc: Document) -> _Report:
    """All interceptions of ``doc`` plus the launch figures they consumed."""
    found: list[Interception] = []
    sent_of: list[int] = []
    consumed: set[int] = set()
    para = -1
    pending: list[_Mention] = []
    report_sents: set[int] = set()
    """Sentences holding a combined ("mixed") shoot-down figure."""

    def flush(before: int | None = None) -> None:
        """Settle launches too old to pair (all of them at a paragraph end).

        A launch next to a combined total ("49 air attack assets were
        neutralised") is one of that report's per-weapon figures; any other is
        left to the strikes detector.
        """
        expired = [c for c in pending if before is None or c.sent < before]
        for launch in expired:
            pending.remove(launch)
            if {launch.sent, launch.sent + 1, launch.sent + 2} & report_sents:
                _emit(launch, None, launch)
        if before is None:
            report_sents.clear()

    def _emit(m: _Mention, launch: _Mention | None, first: _Mention) -> None:
        weapon = m.weapon or (launch.weapon if launch else None)
        if weapon is None:
            weapon = _context_weapon(doc, m.sent)
        if weapon is None:
            return
        launched = m.total if m.total is not None else (launch.value if launch else None)
        if m.role == "launch":
            intercepted, launched = None, m.value
        elif m.all and m.value is None:
            intercepted = launched
        else:
            intercepted = m.value
        if m.all and m.value is not None and launched is None:
            launched = m.value
        model = m.model or (launch.model if launch else None)
        if model is None and weapon != "mixed":
            model = _context_model(doc, m.sent, weapon)
        location = m.location or (launch.location if launch else None)
        if location is None:
            location = _context_place(doc, m.sent)
        if m.role == "launch":
            confidence = 0.6
        elif m.total is not None or launch is not None:
            confidence = 0.9
        else:
            confidence = 0.8 if m.all else 0.75
        found.append(
            Interception(
                evidence=_evidence(doc, first, m),
                confidence=confidence,
                weapon=weapon,
                weapon_model=model,
                launched=launched,
                intercepted=intercepted,
                all_intercepted=m.all,
                approx=m.approx if m.role == "intercept" or launch is None else launch.approx,
                location=location,
                reported_by=None,
            )
        )
        sent_of.append(m.sent)
        if weapon == "mixed" and m.role == "intercept":
            report_sents.add(m.sent)
        consumed.add(m.num_start)
        if launch is not None:
            consumed.add(launch.num_start)

    for idx in sorted(gate(doc).air):
        sent = doc.sentences[idx]
        if sent.paragraph != para:
            flush()
            para = sent.paragraph
        if pending:
            flush(before=idx - 2)
        for m in _mentions(idx, sent):
            if m.role == "launch":
                pending.append(m)
                continue
            if m.total is not None:
                _emit(m, None, m)
                continue
            window = [c for c in pending if c.sent >= idx - 2]
            if m.weapon is None and m.all:
                matched = window  # "all were destroyed" covers every figure just launched
            else:
                same = [c for c in window if m.weapon is None or c.weapon == m.weapon]
                matched = same[-1:]
            for launch in matched:
                pending.remove(launch)
                _emit(m, launch, launch)
            if not matched:
                _emit(m, None, m)
    flush()
    return _Report(tuple(found), tuple(sent_of), frozenset(consumed))


def consumed_launches(doc: Document) -> frozenset[int]:
    """Offsets of figures that belong to an air-defence report (never strikes)."""
    return _analyse(doc).consumed


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the interceptions found in doc."""
    report = _analyse(doc)
    out: list[Finding] = []
    for found, idx in zip(report.found, report.sentences, strict=True):
        reported_by = speakers.reported_by(idx)
        out.append(found if reported_by is None else _with_reporter(found, reported_by))
    return out


def _with_reporter(found: Interception, reported_by: str) -> Interception:
    from dataclasses import replace

    return replace(found, reported_by=reported_by)

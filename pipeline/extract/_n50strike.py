"""Round n50's strike readings (h_fix_n50), from real front-line and cross-border copy.

- a launch told with an outcome without a number (", adding some of them were
  intercepted", "failed to stop only four drones") is an interception, no strike
  (:mod:`_n50shape`; the interception itself is :mod:`_n50air`'s);
- "struck Kharkiv with two KABs - Shevchenkivskyi district and 1 drone - Industrial
  district": each "N WEAPON - PLACE" item of a dash list is a strike of its own;
- "eleven civilians were killed ... in two junta airstrikes in Pale Township": the counted
  air strikes a toll names are a strike of N (`airstrike`);
- "Hezbollah fired two barrages at X" (also "launched three rocket barrages toward X") is a
  strike of N (`rocket` unless the barrage names missiles or drones); "30 missiles in two
  barrages" never counts the barrages (the verb must govern them);
- "carried out more than 300 air strikes in the last year" / "in the past year" / "since the
  coup began" is a running total, background like "since the war began";
- "attacked X with drones and guided bombs 12 times" is one `other` strike (a mixed list),
  never an air strike of the bombs alone;
- a ticker "Update: ... has now launched 52 drones" (or "the number of drone strikes ... has
  now risen to 9") restates the story's count of that weapon: one record, the update's; an
  earlier figure of that weapon before it, and "Earlier ... had counted 14" after it in its
  paragraph, is superseded.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._n50shape import NUM, failed_stops, update_sentences, vague_launches
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon
from pipeline.extract.weapons import strike_weapon

__all__ = ["revise"]

_DASH = re.compile(
    r"\bwith\s+" + NUM + r"\s+[\w-]+(?:\s+[\w-]+)?\s+[-–]\s+[^-–.;]{2,60}?\s+and\s+"
    r"(?P<q>" + NUM + r")\s+(?P<n>(?:[\w-]+\s+)?(?:drones?|Shaheds?|UAVs?|KABs?|missiles?|"
    r"rockets?|guided\s+bombs?))\s+[-–]\s"
)
_BARRAGE = re.compile(
    r"\b(?:fired|launched)\s+(?P<q>" + NUM + r")\s+(?:(?P<w>rocket|missile|drone)\s+)?barrages\s+"
    r"(?:at|toward|towards|on|against|into)\b"
)
_HARMED = re.compile(
    r"\b(?:killed|wounded|injured|dead)\b[^.;]{0,60}?\bin\s+(?P<q>" + NUM + r")\s+"
    r"(?P<n>(?:(?!and\b|of\b)[\w'-]+\s+){0,3}?(?:air\s*strikes|air\s+raids))\b"
)
_READS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    ((" - ",), _DASH),
    ((" barrages ",), _BARRAGE),
    (("airstrikes", "air strikes", "air raids"), _HARMED),
)
"""Each added reading with the literals that gate it."""
_BACKGROUND = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+year\b(?!\s+alone)"
    r"|\bsince\s+the\s+(?:coup|war|invasion|conflict)\s+(?:began|started)\b"
)
_BGKEYS = ("last year", "past year", "since the ")
_MIXED = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|artillery|missiles|rockets)\s+and\s+"
    r"(?:guided\s+(?:aerial\s+)?|glide\s+)bombs\s+(?P<q>" + NUM + r")\s+times\b"
)
_NUMBER_OF = re.compile(
    r"\bthe\s+number\s+of\s+(?P<w>[\w-]+\s+)?(?:strikes|shellings|attacks)\b[^.;]{0,60}?"
    r"\bnow\s+(?:risen\s+to\s+|reached\s+|stands\s+at\s+)?(?P<q>" + NUM + r")\b"
)


def _sentence_strikes(doc: Document, found: list[Finding]) -> dict[int, list[int]]:
    """Sentence index -> indices of the strikes read in it."""
    out: dict[int, list[int]] = {}
    for i, f in enumerate(found):
        if isinstance(f, Strike):
            out.setdefault(sentence_of(doc, f.evidence.start), []).append(i)
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the readings of the module docstring."""
    body = doc.body
    out = list(found)
    drop: set[int] = set()
    by_sent = _sentence_strikes(doc, out)
    # the shape lists are read once per document and shared with _n50air: not extended
    launches = vague_launches(doc) + [lnc for _, _, lnc in failed_stops(doc) if lnc is not None]
    for lnc in launches:
        q = one_count(lnc.figure)
        for i in by_sent.get(lnc.sentence, []):
            f = out[i]
            if q is not None and isinstance(f, Strike) and f.count == q.value:
                drop.add(i)
    if any(body_has(body, k) for k in _BGKEYS):
        for idx, ids in by_sent.items():
            text = doc.sentences[idx].text if idx >= 0 else ""
            m = _BACKGROUND.search(text) if any(k in text for k in _BGKEYS) else None
            if m is None:
                continue
            for i in ids:
                if out[i].evidence.start - doc.sentences[idx].start < m.start():
                    drop.add(i)
    if body_has(body, " bombs "):
        for idx, ids in by_sent.items():
            m = _MIXED.search(doc.sentences[idx].text) if idx >= 0 else None
            q = one_count(m.group("q")) if m else None
            if q is None:
                continue
            for i in ids:
                f = out[i]
                if isinstance(f, Strike) and f.count == q.value and f.weapon != "other":
                    out[i] = replace(f, weapon="other")
    for idx in update_sentences(doc):
        _update(doc, out, by_sent, idx, drop)
    out = [f for i, f in enumerate(out) if i not in drop]
    new: list[Finding] = []
    for keys, rx in _READS:
        if not any(body_has(body, k) for k in keys):
            continue
        for idx, sent in enumerate(doc.sentences):
            if not any(k in sent.text for k in keys):
                continue
            for m in rx.finditer(sent.text):
                q = one_count(m.group("q"))
                weapon = _weapon(m)
                if q is None or weapon is None:
                    continue
                if any(
                    isinstance(f, Strike)
                    and f.count == q.value
                    and sentence_of(doc, f.evidence.start) == idx
                    for f in out
                ):
                    continue
                start = sent.start + m.start("q")
                new.append(bare_strike(doc, start, sent.start + m.end(), weapon, q))
    return merged(out, new)


def _weapon(m: re.Match[str]) -> StrikeWeapon | None:
    if "w" in m.re.groupindex:
        kind = m.group("w")
        return "missile" if kind == "missile" else "drone" if kind == "drone" else "rocket"
    noun = m.group("n")
    if m.re is _HARMED:
        return "airstrike"
    if re.search(r"KAB|guided", noun):
        return "glide_bomb"
    return strike_weapon(noun)


def _update(
    doc: Document, out: list[Finding], by_sent: dict[int, list[int]], idx: int, drop: set[int]
) -> None:
    """Supersede the earlier counts of the weapon an update sentence restates."""
    sent = doc.sentences[idx]
    here = [out[i] for i in by_sent.get(idx, []) if i not in drop]
    latest: Strike | None = None
    if here:
        top = max(here, key=lambda f: f.count if isinstance(f, Strike) else 0)
        latest = top if isinstance(top, Strike) else None
    else:
        m = _NUMBER_OF.search(sent.text)
        q = one_count(m.group("q")) if m else None
        if m is None or q is None:
            return
        kind = strike_weapon(m.group("w") or "") if m.group("w") else None
        prior = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Strike)
            and i not in drop
            and f.evidence.start < sent.start
            and (kind is None or f.weapon == kind)
            and f.count < q.value
        ]
        if not prior:
            return
        old = out[prior[-1]]
        assert isinstance(old, Strike)
        latest = replace(
            bare_strike(doc, sent.start + m.start(), sent.start + m.end(), old.weapon, q),
            attacker=old.attacker,
            target=old.target,
            reported_by=old.reported_by,
        )
        out[prior[-1]] = latest
        return
    if latest is None:
        return
    for i, f in enumerate(out):
        if not isinstance(f, Strike) or f is latest or f.weapon != latest.weapon:
            continue
        if f.count >= latest.count:
            continue
        at = sentence_of(doc, f.evidence.start)
        before = at < idx
        after = (
            at > idx
            and doc.sentences[at].paragraph == sent.paragraph
            and doc.sentences[at].text.startswith("Earlier")
        )
        if before or after:
            drop.add(i)

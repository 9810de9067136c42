"""Tolls a later sentence corrects with no harm word: "Later he corrected the number to five".

Split from :mod:`pipeline.extract.casualties` (at its size limit). Translated update copy
corrects a toll in a sentence of its own ("the number of injured had to be corrected to 14",
"corrected the figure of injured upwards to 28"); the casualty detector reads no figure
there, as the sentence names no harm. The corrected figure takes the kind the sentence names,
else the one kind of the toll before it, and replaces that toll's figure of that kind; after
a superseded toll with no record before it ("At first ... reported four dead. ... corrected
to seven") it is the toll. A later rise of one kind of a two-kind toll ("The number of
injured rose to 94", "later spoke of nine dead") updates that toll the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract import _casualty_words as cw
from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract._nlit import holding, lowered
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import parse_number

_FIX = re.compile(
    r"\b(?:the\s+|this\s+|that\s+|its\s+|his\s+|her\s+|their\s+)?(?:number|figure|toll|count)"
    r"(?:\s+of\s+(?P<kind>dead|deaths|killed|fatalities|injured|wounded))?"
    r"(?:\s+(?:had\s+to\s+be|has\s+been|had\s+been|was|were|must\s+be|had|has))?"
    # ... "By evening the number had risen to 15": an update with no harm word, as a correction.
    r"(?:\s+(?:later|then|again|once\s+more|since|now))?\s+(?:corrected|revised|adjusted|(?<=had\s)risen"
    r"|(?<=has\s)risen|(?<=since\s)risen|(?<=number\s)rose|(?<=figure\s)rose|(?<=toll\s)rose)"
    r"(?:\s+(?:up|down)wards?)?\s+to\s+(?P<num>\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\b"
    r"|\b(?:corrected|revised|adjusted)\s+(?:the\s+|this\s+|that\s+|its\s+|his\s+|her\s+|"
    r"their\s+)?(?:number|figure|toll|count)"
    r"(?:\s+of\s+(?P<kind2>dead|deaths|killed|fatalities|injured|wounded))?"
    r"(?:\s+(?:up|down)wards?)?\s+to\s+(?P<num2>\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
)
# "initially reported six dead; ... it corrected the figure upwards to eight": the
# superseded figure in the correction's own sentence says which kind is corrected.
_OLD = re.compile(
    r"\b(?P<num>\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\s+(?P<kind>dead|killed|injured|wounded)\b"
)
_SUB = re.compile(r"\s*(?:including|among|of\s+whom|[\w-]+\s+of\s+them)\b", re.IGNORECASE)
"""A subgroup record, never the toll a rise updates."""
_NAMED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:dead|killed|injured|wounded|people|persons)\b", re.I
)
"""A rise that names its harm or people after the figure, which the casualty reader reads."""
_CUES = ("correct", "revised", "adjusted", " risen to ", " rose to ")
"""A literal prefilter: a sentence without these words corrects nothing."""


def _cued(low: str) -> bool:
    """Whether lower-cased text holds one of :data:`_CUES` (``in`` is far cheaper than a
    case-blind regex over a whole article)."""
    return any(cue in low for cue in _CUES)


_REACH = 400
"""How far before the correction the toll it corrects may end."""


def apply_corrections(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with each toll a later harm-free sentence corrects replaced by the new toll."""
    body = doc.body
    low = lowered(doc)
    if not any(body_has(low, cue) for cue in _CUES):  # the whole body, by automaton
        return found
    records = [i for i, f in enumerate(found) if isinstance(f, Casualty)]
    out = list(found)
    dropped: set[int] = set()
    starts = [r.evidence.start for r in (found[i] for i in records)]
    cands = holding(doc, lowered(doc), _CUES)  # found once in the whole body
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands:
            continue
        low = sent.text.lower()
        if not _cued(low):
            continue
        m = _FIX.search(sent.text)
        if m is None:
            continue
        rise = "ris" in m.group(0) or "rose" in m.group(0)
        if rise and _NAMED_AFTER.match(sent.text, m.end()) is not None:
            continue  # "the toll had risen to four dead and 26 injured": read as a toll
        k = bisect_left(starts, sent.start) - 1
        alone = k < 0 and (not records or found[records[0]].evidence.start >= sent.end)
        if alone and idx > 0 and (new := _replaced(doc, idx, m)) is not None:
            out.append(new)  # "At first ... reported four dead. ... corrected to seven"
            if (sub := _risen_sub(doc, idx, m, new)) is not None:
                out.append(sub)  # "By noon the number had risen to 19, among them two children"
            continue
        if k < 0 or out[records[k]].evidence.end > sent.start:
            _complete_next(doc, out, records, k + 1, sent.start, m)
            continue
        last = k  # the last record before the sentence
        while rise and k > 0 and _SUB.match(out[records[k]].evidence.text):
            k -= 1  # "..., among them two children. The number has since risen to 14"
        i = records[k]
        own = -1
        if last + 1 < len(records) and found[records[last + 1]].evidence.start < sent.end:
            own = records[last + 1]  # the sentence read its toll: it is the corrected one
            if not _is_fix(found[own], sent.start + m.start(), sent.start + m.end()):
                continue
        old = out[i]
        assert isinstance(old, Casualty)
        if old.evidence.end > sent.start or sent.start - old.evidence.end > _REACH:
            continue
        if "\n\n" in body[old.evidence.end : sent.start]:
            continue  # another paragraph
        value = parse_number(m.group("num") or m.group("num2") or "")
        if value is None:
            continue
        kind = (m.group("kind") or m.group("kind2") or "").lower()
        if not kind:
            if (old.killed is None) == (old.injured is None):
                continue  # both kinds or none: which one is meant is not said
            kind = "injured" if old.killed is None else "killed"
        before = old.injured if kind in ("injured", "wounded") else old.killed
        if rise and (before is None or before >= value):
            continue  # a rise from a figure the record does not state, or no rise
        at = sent.start + m.start()
        ev = Evidence(body[at : sent.start + m.end()], at, sent.start + m.end())
        if kind in ("injured", "wounded"):
            out[i] = replace(old, injured=value, evidence=ev)
        else:
            out[i] = replace(old, killed=value, evidence=ev)
        if own >= 0:
            dropped.add(own)
    return [f for n, f in enumerate(out) if n not in dropped]


def _is_fix(new: Finding, start: int, end: int) -> bool:
    """True when ``new`` is the correction's own figure read as a toll of one kind."""
    if not isinstance(new, Casualty) or new.evidence.end < start or new.evidence.start > end:
        return False
    return (new.killed is None) != (new.injured is None)


def _complete_next(
    doc: Document, out: list[Finding], records: list[int], nxt: int, at: int, m: re.Match[str]
) -> None:
    """A correction with no toll before it whose sentence names the superseded figure's kind
    ("initially reported six dead; ... corrected the figure upwards to eight"): the corrected
    figure fills that kind of the one-kind toll opening the next sentence ("23 further
    persons were injured")."""
    old = _OLD.search(doc.body, at, at + m.start())
    value = parse_number(m.group("num") or m.group("num2") or "")
    if old is None or value is None or parse_number(old.group("num")) is None:
        return
    if nxt >= len(records):
        return
    new = out[records[nxt]]
    if not isinstance(new, Casualty) or new.evidence.start - (at + m.end()) > 4:
        return  # not the toll right after the correction's sentence
    if old.group("kind") in ("dead", "killed") and new.killed is None and new.injured is not None:
        out[records[nxt]] = replace(new, killed=value)
    elif (
        old.group("kind") in ("injured", "wounded")
        and new.injured is None
        and new.killed is not None
    ):
        out[records[nxt]] = replace(new, injured=value)


def _replaced(doc: Document, idx: int, m: re.Match[str]) -> Casualty | None:
    """The corrected toll of a superseded figure the sentence before names ("At first the
    service reported four dead. By evening the figure was corrected to seven"), when no
    record stands before it or in it: a record of its own, of the old one's kind."""
    prev = doc.sentences[idx - 1]
    if prev.paragraph != doc.sentences[idx].paragraph:
        return None
    old = _OLD.search(prev.text)
    value = parse_number(m.group("num") or m.group("num2") or "")
    if old is None or value is None or parse_number(old.group("num")) is None:
        return None
    start = doc.sentences[idx].start + m.start()
    end = doc.sentences[idx].start + m.end()
    dead = old.group("kind") in ("dead", "killed")
    killed, injured = (value, None) if dead else (None, value)
    return bare_casualty(doc, start, end, "people", killed, injured, confidence=0.75)


# "..., among them two children" right after the corrected figure: its subgroup.
_SUB_LEAD = re.compile(
    r"\s*,\s*(?:among\s+them|including)\s+(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)", re.I
)


def _risen_sub(doc: Document, idx: int, m: re.Match[str], new: Casualty) -> Casualty | None:
    """The counted subgroup trailing a corrected toll that is a record of its own (the
    harm-free sentence reads no figure, so its subgroup takes the toll's kind)."""
    sent = doc.sentences[idx]
    lead = _SUB_LEAD.match(sent.text, m.end())
    value = parse_number(lead.group("num")) if lead is not None else None
    noun = cw.AFTER_QTY.match(sent.text, lead.end()) if lead is not None else None
    if lead is None or value is None or noun is None:
        return None
    word = noun.group("group").lower()
    start, end = sent.start + lead.start("num"), sent.start + noun.end()
    return replace(
        new,
        evidence=Evidence(doc.body[start:end], start, end),
        group=GROUPS.get(word, word),
        killed=value if new.killed is not None else None,
        injured=value if new.injured is not None else None,
    )


# "killed at least 12 people and injured 90 ... The number of injured rose to 94 later in
# the day", "... later spoke of nine dead": one kind of a two-kind toll updated later, so
# the toll takes the new figure.
_RISEN = re.compile(
    r"\b(?:number\s+of\s+(?:the\s+)?(?P<kind>injured|wounded|dead|deaths|killed)|death\s+toll)\b"
    r"[^.;]{0,40}?\b(?:(?:has|had|have)\s+(?:since\s+|now\s+|further\s+)?(?:risen|increased|"
    r"grown|climbed)|(?:later\s+|since\s+|then\s+)?(?:rose|increased|grew|climbed|jumped))\s+to\s"
    # "The military administration later spoke of nine dead": a later report of one kind.
    r"|\blater\s+(?:spoke|talked)\s+of\b",
    re.IGNORECASE,
)
# "In the afternoon the city military administration raised the number of dead to nine":
# the same update told with the reporter as the subject (art49-03).
_RAISED = re.compile(
    r"\b(?:raised|revised|updated|increased|corrected)\s+(?:the|its|his|her|their)\s+"
    r"number\s+of\s+(?:the\s+)?(?P<kind>injured|wounded|dead|deaths|killed)\s+"
    r"(?:upwards?\s+)?to\s",
    re.IGNORECASE,
)
# A rise reported a few paragraphs on in a roundup ("By midday the number of injured had
# risen to 31" three paragraphs after "three people were killed and 27 injured", art49-01).
_RISEN_REACH = 1100


def fold_risen(found: list[Finding]) -> list[Finding]:
    """``found`` with a two-kind toll taking a later one-kind rise of one of its figures (the
    rise's own record dropped); a one-kind toll's rise is ``_repeats``' to drop."""
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty) or (f.killed is None) == (f.injured is None):
            continue
        if (m := _RISEN.search(f.evidence.text) or _RAISED.search(f.evidence.text)) is None:
            continue
        word = m.group("kind")
        hurt = word.lower() in ("injured", "wounded") if word else f.killed is None
        value = f.injured if hurt else f.killed
        if value is None:
            continue
        for j in range(i - 1, -1, -1):
            old = found[j]
            if not isinstance(old, Casualty) or j in dropped:
                continue
            if f.evidence.start - old.evidence.end > _RISEN_REACH:
                break
            figure = old.injured if hurt else old.killed
            if figure is None or old.group not in (f.group, "people", "persons"):
                continue  # another kind, or a subgroup ("including three children")
            both = old.killed is not None and old.injured is not None
            if both and figure < value and f.location in (None, old.location):
                found[j] = replace(old, injured=value) if hurt else replace(old, killed=value)
                dropped.add(i)
            break
    return [f for n, f in enumerate(found) if n not in dropped] if dropped else found

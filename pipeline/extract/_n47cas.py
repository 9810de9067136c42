"""Round n47's casualty revisions: one toll told in two sentences, and its subgroups.

A phrasing survey of real copy (Sudanese doctors' groups, Lebanese and Gaza ministries,
Ukrainian prosecutors and regional heads) found one toll's dead and wounded told in
sentences of their own with a subgroup sentence between:

- "... killing at least 53 people. At least 14 children and 15 women were among the dead.
  The attack also left 21 people wounded, including five children and seven women";
- "At least 27 people are now known to be wounded. Among them are two police officers.
  Six people have been killed";
- "One person was killed ... "24 residents (9 men, ...) were injured," he wrote."

The conventions make that one record of the plain group (people, persons, civilians,
residents: "Plain-people groups ... after a plain-people toll are one group"), and a
counted group among the dead and among the wounded one record of that group
(`dev_numeric48`). The earlier readers left a killed-only and an injured-only record.
:func:`revise` joins such a pair when they lie at most two sentences apart with no other
plain toll, other place, other day or earlier report between (in the very next sentence
only when it points back to the first figure or breaks one counted group down among both
kinds: the earlier batches keep adjacent halves apart, num4-025); then joins a subgroup's
killed-only and injured-only records around a joined toll. Round n47's recap, running-total
and care passes (:mod:`._n47recap`) run first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._n47recap import daily, home, index, recaps
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN = frozenset({"people", "persons", "civilians", "residents"})
_KILL = re.compile(r"\b(?:kill|dead|died|die|death|lives|fatalit|martyr)", re.I)
_HURT = re.compile(r"\b(?:injur|wound|hurt)", re.I)
_SHARE = re.compile(
    r"\b(?:condition|hospital|treated|surgery|of\s+them|of\s+whom|among|seriously|critically"
    r"|intensive\s+care|of\s+the\s+(?:wounded|injured|dead|killed))",
    re.I,
)
_OTHERS = re.compile(r"\b(?:others?|more|further)\b", re.I)
_CARE = re.compile(r"\b(?:condition|hospital|treated|surgery|seriously|critically)", re.I)
_BREAK = re.compile(
    r"\banother\s+(?:strike|attack|shelling|raid|drone|missile|incident)\b|\bin\s+other\b"
    r"|\b(?:separate|separately|elsewhere|earlier|previously|initially|at\s+first|"
    r"later|before|yesterday|reported\s+(?:dead|injured|wounded|killed)|since|total|toll\s+of)\b",
    re.I,
)
_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_FRONT = re.compile(r"^\W*(?:In|At|Near|On)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")
_PLACE = re.compile(
    r"\b(?:in|at|near|on)\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+)"
    r"|\b(?:in|at|near)\s+the\s+(?P<q>[a-z]+)\b"
    r"|\b(?:region|city|town|village|district|oblast|province)\s+(?:of\s+)?(?P<r>[A-Z][\w'’-]+)"
)


def _kind(f: Casualty) -> str | None:
    """ "k" for a killed-only record, "i" for an injured-only one, else None."""
    if f.killed is not None and f.injured is None:
        return "k"
    if f.injured is not None and f.killed is None:
        return "i"
    return None


_MEDIA = frozenset({"Telegram", "Facebook", "Twitter", "X", "Instagram", "Viber", "WhatsApp"})


def _places(text: str) -> set[str]:
    return {m.group("p") or m.group("q") or m.group("r") for m in _PLACE.finditer(text)} - _MEDIA


def _apart(doc: Document, a: int, b: int, kinds: tuple[str, str]) -> bool:
    """True when sentences ``a`` < ``b`` may tell one toll (no break between)."""
    sa, sb = doc.sentences[a], doc.sentences[b]
    if b - a > 2 or sb.paragraph - sa.paragraph > 2:
        return False
    later = sb.text
    if _FRONT.match(later) or _BREAK.search(sa.text) or _BREAK.search(later):
        return False
    for i in range(a + 1, b):
        if _BREAK.search(doc.sentences[i].text) or _FRONT.match(doc.sentences[i].text):
            return False
    if _places(later) - _places(sa.text):
        return False
    if set(_DAY.findall(later)) - set(_DAY.findall(sa.text)):
        return False  # another day's toll
    texts = {"k": _KILL, "i": _HURT}
    return bool(texts[kinds[0]].search(sa.text)) and bool(texts[kinds[1]].search(later))


def _anchor(doc: Document, f: Casualty, kind: str) -> int:
    """The last of the next three sentences telling ``f``'s figure again ("At least 27
    people are now known to be wounded" after the lede's 27), else ``f``'s own."""
    at = index(doc, f)
    figure = f.killed if kind == "k" else f.injured
    harm = _KILL if kind == "k" else _HURT
    if at < 0 or figure is None or figure < 2:
        return at
    for i in range(at + 1, min(at + 4, len(doc.sentences))):
        text = doc.sentences[i].text
        if _tells(text, figure) and harm.search(text) and not _BREAK.search(text):
            at = i
    return at


def _tells(text: str, figure: int) -> bool:
    """True when ``text`` writes ``figure`` in digits ("558", "1,835")."""
    pat = rf"(?<![\d,.])(?:{figure:,}|{figure})(?![\d]|[,.]\d)"
    return re.search(pat, text) is not None


def _paired(doc: Document, cas: list[Casualty], a: int, b: int) -> bool:
    """True when sentences ``a`` and ``b`` break one counted group down among both kinds
    ("including 22 women ... were killed" / "also wounded 21 people, including ... seven
    women"): the two halves of one toll."""
    first = {(_kind(f), f.group) for f in cas if f.group not in _PLAIN and index(doc, f) == a}
    later = {(_kind(f), f.group) for f in cas if f.group not in _PLAIN and index(doc, f) == b}
    return any(("i" if k == "k" else "k", g) in later for k, g in first if k)


def _join(doc: Document, cas: list[Casualty], plain: bool) -> dict[int, Casualty | None]:
    """Replacements (``id`` → merged record, or None to drop) for the joined pairs."""
    out: dict[int, Casualty | None] = {}
    pool = [f for f in cas if (f.group in _PLAIN) == plain]
    for x, f in enumerate(pool):
        kf = _kind(f)
        if kf is None or id(f) in out:
            continue
        sf = _anchor(doc, f, kf) if plain else index(doc, f)
        for g in pool[x + 1 :]:
            kg = _kind(g)
            sg = index(doc, g)
            if sf < 0 or sg <= sf:
                continue
            if sg - sf > 2:
                break
            if kg is None or kg == kf or id(g) in out or (not plain and g.group != f.group):
                continue
            rest = [h for h in cas if h is not f and h is not g and h.group in _PLAIN]
            if plain and any(sf <= index(doc, h) <= sg for h in rest):
                break  # another plain toll in either sentence or between
            if plain and any(
                _SHARE.search(h.evidence.text) or _OTHERS.search(h.evidence.text) for h in (f, g)
            ):
                break  # a share, or "seven other people" set against a group of its sentence
            if not _apart(doc, sf, sg, (kf, kg)):
                break
            told = f.killed if kf == "k" else f.injured
            if (
                plain
                and sg - index(doc, f) == 1
                and not _tells(doc.sentences[sg].text, told or 0)
                and not _paired(doc, cas, sf, sg)
            ):
                break  # next-sentence figures stay apart unless it points back ("Of the 42 dead")
            killed = f.killed if kf == "k" else g.killed
            injured = f.injured if kf == "i" else g.injured
            out[id(f)] = replace(f, killed=killed, injured=injured)
            out[id(g)] = None
            break
    return out


def _apply(found: list[Finding], repl: dict[int, Casualty | None]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if id(f) not in repl:
            out.append(f)
        elif (r := repl[id(f)]) is not None:
            out.append(r)
    return out


def _subgroups(doc: Document, found: list[Finding], tolls: list[Casualty]) -> list[Finding]:
    """``found`` with a subgroup's dead and wounded joined around a joined toll."""
    cas = [f for f in found if isinstance(f, Casualty)]
    lo = min(index(doc, t) for t in tolls)
    hi = max(index(doc, t) for t in tolls) + 2
    near = [f for f in cas if f.group not in _PLAIN and lo <= index(doc, f) <= hi]
    near = [f for f in near if not _CARE.search(doc.sentences[index(doc, f)].text)]
    repl = _join(doc, near, plain=False)
    return _apply(found, repl) if repl else found


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n47's passes."""
    found = home(doc, daily(doc, recaps(doc, found)))
    cas = [f for f in found if isinstance(f, Casualty)]
    if len(cas) < 2 or not any(_kind(f) == "k" for f in cas):
        return found
    repl = _join(doc, cas, plain=True)
    if not repl:
        return found
    tolls = [r for r in repl.values() if r is not None]
    return _subgroups(doc, _apply(found, repl), tolls)

"""Round h_gen_s101: "C1, warning that C2" and "C1, noting, “Q”" are two statements, not one.

Why it exists: the conventions make ", adding that" / ", noting that" a second statement
(README, dev_statements rounds), and earlier rounds split the participles they met one by one
("adding that", "noting however that"). Real and dev copy still left the other participles of
saying inside the first clause, or cut the clause and dropped what followed ("the mayor said
the trams would run again on Monday, warning that buses would be rare"; "the chief said the
search would go on, noting, “We still hear voices.”"), so the second statement matched no
label. This pass, run last, cuts every indirect statement at the first
", PARTICIPLE (that) C2" / ", PARTICIPLE(,|:) “Q”" it holds: the clause before stays the
indirect; C2 becomes an indirect and Q a direct statement of the same speaker (unless one of
that speaker's statements already covers it).

Gated on a participle word in the indirect's evidence (a literal test) before the regex.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement, StatementMode

__all__ = ["revise"]

_VERBS = (
    "adding|noting|stressing|warning|saying|explaining|emphasizing|emphasising|insisting"
    "|stating|underlining|underscoring|asserting|arguing|declaring|specifying|clarifying"
    "|acknowledging|admitting|observing|pointing out|recalling|reiterating"
)
_GATE = tuple(v.split()[0] for v in _VERBS.split("|"))
_CUT = re.compile(
    r",[ \t]+(?:" + _VERBS + r")(?:[ \t]+(?P<that>that)[ \t]+(?P<c>[^“”\"«»„]{12,})"
    r"|[,:]?[ \t]+[“\"«„](?P<q>[^“”\"«»„]{12,}?)[”\"»“])[.]?[ \t]*$"
)
_AFTER = re.compile(
    r"[ \t]*,[ \t]+(?:" + _VERBS + r")(?:[ \t]+(?P<that>that)[ \t]+(?P<c>[^“”\"«»„]{12,}?)"
    r"|[,:]?[ \t]+[“\"«„](?P<q>[^“”\"«»„]{12,}?)[”\"»“])[.]?[ \t]*$"
)
_TOKEN = re.compile(r"\w+")
# a request is no report: "called on X to Y, warning that C" keeps C inside its frame.
_REQUEST = re.compile(r"^(?:call|urg|demand|appeal|ask|press|implor)", re.IGNORECASE)


def _bag(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def _covers(a: Counter[str], b: Counter[str]) -> bool:
    common = sum((a & b).values())
    if common == 0:
        return False
    p = common / sum(b.values())
    r = common / sum(a.values())
    return 2 * p * r / (p + r) >= 0.5


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Cut indirect statements at a trailing participle of saying (module docstring)."""
    todo = [
        i
        for i, f in enumerate(found)
        if isinstance(f, Statement)
        and f.mode == "indirect"
        and _REQUEST.match(f.cue or "") is None
        and any(w in f.evidence.text for w in _GATE)
    ]
    if not todo:
        return found
    out = list(found)
    tails: list[tuple[Statement, StatementMode, str]] = []
    for i in todo:
        f = out[i]
        if not isinstance(f, Statement):
            continue
        m = _CUT.search(f.quote)
        if m is not None:
            head = f.quote[: m.start()].rstrip()
            if len(_TOKEN.findall(head)) < 2:
                continue
            out[i] = replace(f, quote=head)
        else:
            text = f.evidence.text
            at = text.find(f.quote)
            if at < 0:
                continue
            m = _AFTER.match(text, at + len(f.quote))
            if m is None:
                continue
        if m.group("that"):
            tails.append((f, "indirect", m.group("c").strip().rstrip(".").rstrip()))
        elif m.group("q"):
            tails.append((f, "direct", m.group("q").strip()))
    if not tails:
        return out
    have: dict[str, list[Counter[str]]] = {}
    for g in out:
        if isinstance(g, Statement):
            have.setdefault(g.speaker.lower(), []).append(_bag(g.quote))
    extra: list[Finding] = []
    for f, mode, tail in tails:
        bag = _bag(tail)
        bags = have.setdefault(f.speaker.lower(), [])
        if not bag or any(_covers(bag, h) for h in bags):
            continue
        bags.append(bag)
        extra.append(replace(f, mode=mode, quote=tail))
    return [*out, *extra]

"""Round 80's statement readings (helper h_fix_s80: statement leftovers of the real sets,
``dev_statements106``), applied last in :mod:`pipeline.extract._latepasses`. Why each exists:

- a clause carrying a quoted name or a scare-quoted modifier ("a “kamikaze” drone", the group
  "Vesna") closed by ", X wrote / reported ..." is X's reported clause, not a partial quote of
  the one word the reader kept;
- "C, OUTLET points out." is OUTLET's clause (the verb was unknown to the reader);
- "..., but U.S. officials / local residents say C" after another clause is the group's C;
- "An army official" / "A military spokesperson" (an unnamed source with no country written)
  keeps its bare description even when the reader lent it a country, and so does the "..., he
  said" that follows it in the paragraph;
- "X said that “Q” in the latest salvo" (a quoted span with a short tail) is the partial Q;
- "according to a witness (account) and (reports in) OUTLET" credits the clause to both.

Every reading is gated on a literal of its sentence or speaker before any pattern; the pass
walks the statements once and the sentences once (dicts keyed by sentence index).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NOUNS = (
    "drone|drones|missile|missiles|munition|munitions|bomb|bombs|rocket|rockets|shell|shells"
    "|strike|strikes|attack|attacks|unit|units|group|brigade|battalion|operation|system"
)
_SCARE = re.compile(
    r"[“\"](?P<q>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})[”\"]"
    rf"|[“\"](?P<m>[a-z][\w-]*)[”\"] (?:[a-z]+ )?(?:{_NOUNS})\b"
)
"""A quoted name ("Vesna", “Eastern Sentry”) or a scare-quoted modifier before a noun."""

_TRAIL = re.compile(
    r"^(?P<c>[A-Z(].{15,}?), (?:the )?(?:[A-Z][\w.'’-]*,? |[a-z]+ ){0,5}?(?:[A-Z][\w.'’-]*) "
    r"(?P<v>wrote|reported|said|says|posted|stated|noted)\b(?P<t>[^“”\"]*)$"
)
"""'CLAUSE, (the regional governor) NAME wrote/reported ...' (no quote after the verb)."""

_POINTS = re.compile(
    r"^(?P<c>[A-Z].{15,}?), (?P<s>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) points? out\.?\s*$"
)
"""'CLAUSE, OUTLET points out.'"""

_BUT = re.compile(
    r", but (?P<g>(?:(?:[A-Z][\w.]*|local|senior|some|many|other) )?"
    r"(?:officials|residents|sources|experts|analysts|witnesses|activists|diplomats|medics))"
    r" (?P<v>say|said) (?:that )?(?P<c>[a-z0-9][^;:“”\"]{8,}?)\.?\s*$"
)
"""'..., but U.S. officials say C.' closing the sentence."""

_BARE = re.compile(
    r"\bAn? (?P<b>army|military) (?P<r>official|spokesperson|spokesman|spokeswoman|source)\b"
)
"""'An army official', 'A military spokesperson' with no country of their own."""

_LENT = re.compile(
    r"^[A-Z][a-z]+ (?P<b>army|military)(?: (?P<r>official|spokesperson|spokesman|spokeswoman"
    r"|source))?$"
)
"""The same source with a country the reader lent it ('Indian army official')."""

_PRONOUN = re.compile(r"[,”\"] (?:he|she) (?:said|added)\b")
"""'..., he said' closing a quote."""

_QUOTED = re.compile(
    r"^[“\"](?P<q>[^“”\"]{7,}?[^,])[”\"] (?:in|on|at|during|from|over|after|before|near"
    r"|towards?|since|across|by) (?P<t>[^“”\",]{1,50})$"
)
"""An indirect clause that is one quoted span (no closing comma) plus a short adverbial tail."""

_WITNESS = re.compile(
    r"\b[Aa]ccording to an? (?:witness|resident)(?: account)? and (?:(?:reports?|a report) "
    r"(?:in|by|from) )?(?P<o>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"
)
"""'according to a witness (account) and (reports in) OUTLET'."""

_FRONT = re.compile(
    r"^According to an? (?:witness|resident)(?: account)? and [^,]+(?:, (?:which|who) [^,]+)?,"
    r" (?P<c>[a-z0-9A-Z][^“”\"]{15,}?)\.?\s*$"
)
"""The same credit opening the sentence: 'According to ..., (which ...,) C.'"""


_OPENS = re.compile(
    r"^An? (?P<b>army|military) (?P<r>official|spokesperson|spokesman|spokeswoman|source)"
    r" (?P<v>said|told [A-Z][\w-]*)(?: that)? (?P<c>[A-Za-z0-9][^;:“”\"]{12,}?)\.?\s*$"
)
"""'An army official said (that) C.' that the reader left unread (no country to lend)."""

_HE_SAID = re.compile(r"^[“\"](?P<q>[^“”\"]{8,}?,?)[”\"] (?:he|she) (?:said|added)\.?\s*$")
"""'“Q,” he said.' right after it."""


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|must|should|can|could)\b")
"""A finite verb: the quoted span must be a clause of its own, its tail none."""


def _official(name: str) -> str:
    """'U.S. officials' -> 'US officials' (the dotted forms the labels drop)."""
    return name.replace("U.S.", "US").replace("U.N.", "UN").replace("U.K.", "UK")


def _scare(text: str, s: Statement) -> Statement | None:
    """The reported clause for a partial quote that is a quoted name or modifier in it."""
    if len(s.quote) > 40 or not (m := _TRAIL.match(text)):
        return None
    clause = m["c"]
    if f"“{s.quote}”" not in clause and f'"{s.quote}"' not in clause:
        return None
    if not any((q["q"] or q["m"]) == s.quote for q in _SCARE.finditer(clause)):
        return None
    return replace(s, mode="indirect", quote=clause, cue=m["v"])


def _bare(text: str, speaker: str, spoke: set[str]) -> str | None:
    """The bare description for a lent-country speaker of an 'An army official' sentence
    (the country stays when that country's body itself spoke in the two sentences before)."""
    lent = _LENT.match(speaker)
    if lent is None or not (m := _BARE.search(text)) or m["b"] != lent["b"]:
        return None
    body = speaker.rsplit(" ", 1)[0] if lent["r"] else speaker
    if body in spoke:
        return None
    return f"{m['b']} {m['r']}"


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    gates = (
        "“" in body or '"' in body,
        body_has(body, " point"),
        body_has(body, ", but "),
        body_has(body, "n army ") or body_has(body, " military "),
        body_has(body, "ccording to a"),
    )
    if not any(gates):
        return found
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    out: list[Finding] = []
    held: dict[int, list[Statement]] = {}
    renamed: dict[int, tuple[str, str]] = {}  # sentence index -> (lent name, bare name)
    changed = False
    for f in found:
        if not isinstance(f, Statement):
            out.append(f)
            continue
        text = f.evidence.text
        at = bisect_right(starts, f.evidence.start) - 1
        g = f
        if gates[0] and f.mode == "partial" and ("“" in text or '"' in text):
            g = _scare(text, f) or f
        elif (
            gates[0]
            and f.mode == "indirect"
            and f.quote[:1] in '“"'
            and (q := _QUOTED.match(f.quote))
            and _FINITE.search(q["q"])
            and not _FINITE.search(q["t"])
        ):
            g = replace(f, mode="partial", quote=q["q"])
        if gates[3] and (" army" in f.speaker or " military" in f.speaker):
            spoke = {s.speaker for back in (1, 2) for s in held.get(at - back, ()) if s is not f}
            name = _bare(text, f.speaker, spoke)
            if name is None and _PRONOUN.search(text):
                for back in (1, 2):
                    lent = renamed.get(at - back)
                    if lent and lent[0] == f.speaker:
                        if sentences[at - back].paragraph == sentences[at].paragraph:
                            name = lent[1]
                        break
            elif name is not None:
                renamed[at] = (f.speaker, name)
            if name is not None:
                g = replace(g, speaker=name)
        if g is not f:
            changed = True
        held.setdefault(at, []).append(g)
        out.append(g)
    opened, opener = -9, ""
    for i, sentence in enumerate(sentences):
        text = sentence.text
        mine = held.get(i, [])
        if gates[3] and not mine and text[:1] == "A" and (o := _OPENS.match(text)):
            who = f"{o['b']} {o['r']}"
            out.append(new_statement(text, sentence.start, who, "indirect", o["c"], "said"))
            opened, opener, changed = i, who, True
            continue
        same = i == opened + 1 and sentences[opened].paragraph == sentence.paragraph
        if same and not mine and (h := _HE_SAID.match(text)):
            out.append(new_statement(text, sentence.start, opener, "direct", h["q"], "said"))
            changed = True
        if gates[1] and " out" in text and not mine and (m := _POINTS.match(text)):
            s = new_statement(text, sentence.start, m["s"], "indirect", m["c"], "points out")
            out.append(s)
            changed = True
        but = _BUT.search(text) if gates[2] and ", but " in text else None
        if but and not any(s.quote == but["c"] for s in mine):
            group = _official(but["g"])
            out.append(new_statement(text, sentence.start, group, "indirect", but["c"], but["v"]))
            changed = True
        if gates[4] and "ccording to a" in text and (w := _WITNESS.search(text)):
            outlet = w["o"]
            if outlet.split()[-1] in ("Reuters", "AFP", "AP"):
                continue
            quotes = [s.quote for s in mine if s.speaker in ("witness", "resident")]
            if not quotes and (fr := _FRONT.match(text)):
                who = "witness" if "witness" in w[0] else "resident"
                quotes = [fr["c"]]
                out.append(
                    new_statement(text, sentence.start, who, "indirect", fr["c"], "according to")
                )
            for quote in quotes:
                if not any(s.speaker == outlet and s.quote == quote for s in mine):
                    out.append(
                        new_statement(
                            text, sentence.start, outlet, "indirect", quote, "according to"
                        )
                    )
                    changed = True
    return out if changed else found

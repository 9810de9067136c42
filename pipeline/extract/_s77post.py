"""Round 77's speaker readings (helper h_fix_s77: statements of the real sets found with another
speaker than the conventions give, ``dev_statements103``), applied last in
:mod:`pipeline.extract._latepasses`. Each one renames a statement the reader already found:

- "The United Nations Force in Lebanon said" (the long name without "Interim", read as a
  "Lebanese United Nations Force") is UNIFIL;
- "the territory's / enclave's Hamas-run health ministry" is "Gaza health ministry" (as the bare
  "Hamas-run health ministry" is labelled), "The Houthi rebels' health ministry" is "Houthi
  health ministry" (the possessive turned adjective, "rebels" dropped);
- "Hezbollah's Al-Manar television channel" / "the Houthis' Al-Masirah television channel" is
  the outlet ("Al-Manar"), not the group glued to it;
- "the head of the Poltava RMA NAME" read with the acronym's region glued on
  ("Poltava RMA NAME") is the person;
- "A resident of PLACE (also) said C" read as PLACE is "resident of PLACE", and a "..., he
  said" in the next two sentences of the paragraph that the reader gave an earlier person is
  that resident's;
- "The military / army said C" after fire "from Lebanon" that landed in Israel (sirens in
  Israel), read as the Lebanese one, is the Israeli one;
- "The military this week said C" (a time phrase between the body and its verb, read as a
  speaker "military this week said") is the body the bare "the military" names there.

Every rename is gated on a literal of the speaker or the body before any pattern; the pass
walks the statements once (the resident's pronouns look up a dict of sentence indices).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._roles import adjective
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_UNIFIL = re.compile(r"^(?:Lebanese )?(?:United Nations|UN) (?:Interim )?Force(?: in Lebanon)?$")
"""The long UN force name, with or without the place turned adjective."""

_HAMAS_RUN = re.compile(r"^(?:Gaza )?Hamas-run (?:health )?ministry$")
"""'(the territory's) Hamas-run health ministry' however the reader placed it."""

_REBELS = re.compile(r"^(?P<g>[A-Z][\w-]+) rebels' (?P<b>(?:health |defen[cs]e )?ministry)$")
"""'Houthi rebels' health ministry'."""

_CHANNEL = re.compile(
    r"^(?P<g>[A-Z][\w-]+?)(?:'s|')? (?P<o>(?:Al[- ])?[A-Z][\w-]+) (?:television|TV) channel$"
)
"""'Hezbollah Al-Manar television channel' (from "Hezbollah's Al-Manar television channel")."""

_ACRONYM = re.compile(
    r"^[A-Z][a-z]+ (?:RMA|OVA|ODA|MVA) (?P<n>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})$"
)
"""'Poltava RMA Volodymyr Kohut' (the region's acronym glued to the head's name)."""

_PLACE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
"""A place's name, one or two capitalised words."""

_RESIDENT = re.compile(
    r"^An? (?:local )?resident of (?P<p>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:also )?"
    r"(?P<v>said|told [A-Z]\w+)(?: that)? (?P<q>[a-z0-9][^.;:\"“”]{8,}?)\.?\s*$"
)
"""'A resident of PLACE (also) said (that) C.' the reader left unread."""

_PRONOUN = re.compile(r",[”\"]? (?:he|she) (?:said|added|told)\b")
"""'..., he said' closing a sentence."""

_TIMED = re.compile(
    r"^(?P<b>military|army) (?:this|last) (?:week|weekend|month)(?: said)?$", re.IGNORECASE
)
"""'military this week said' (the body and a time phrase read as one speaker)."""

_BARE = re.compile(r"^(?P<b>military|army)$")
"""A body the reader left without its country."""

_TIMED_TEXT = re.compile(r"\b[Tt]he (military|army) (?:this|last) (?:week|weekend|month) said\b")
"""'The military this week said'."""

_BARE_BODY = re.compile(r"\b[Tt]he (military|army) (?:said|says)\b")
"""'The military said' with no country of its own."""

_ISRAEL = re.compile(
    r"\b(?:in|into|across|central|northern|southern) Israel\b|\bIsraeli\b|\b[Ss]irens\b"
)
"""Where the fire from Lebanon landed, or the sirens it set off."""

_NATIONAL_BODY = re.compile(
    r"\b(?P<c>[A-Z][a-z]+(?:ese|ian|an|i|ish|ch|[’']s)) (?:regular |own )?(?:army|military)\b"
)
"""'the Sudanese army', "Sudan's regular army": a country's army named in the text."""


def _renamed(body: str, s: Statement) -> str | None:
    """The speaker the statement's own words give, else None (one literal gate per rule)."""
    sp = s.speaker
    if " Force" in sp and _UNIFIL.match(sp):
        return "UNIFIL"
    if "Hamas-run" in sp and _HAMAS_RUN.match(sp):
        return "Gaza health ministry"
    if "rebels'" in sp and (m := _REBELS.match(sp)):
        return f"{m['g']} {m['b']}"
    if sp.endswith(" channel") and (m := _CHANNEL.match(sp)):
        return m["o"] if f"{m['g']}'s {m['o']}" in body or f"{m['g']}' {m['o']}" in body else None
    if (" RMA " in sp or " OVA " in sp or " ODA " in sp or " MVA " in sp) and (
        m := _ACRONYM.match(sp)
    ):
        return m["n"]
    if f"esident of {sp}" in s.evidence.text and _PLACE.match(sp):
        return f"resident of {sp}"
    return None


def _israeli(body: str, s: Statement, starts: list[int], sentences: list[str]) -> str | None:
    """'Israeli military' for a bare "the military said" after fire from Lebanon into Israel."""
    if not s.speaker.startswith("Lebanese ") or s.speaker not in (
        "Lebanese military",
        "Lebanese army",
    ):
        return None
    text = s.evidence.text
    m = _BARE_BODY.search(text)
    if m is None or m[1] != s.speaker.split()[1]:
        return None
    at = bisect_right(starts, s.evidence.start) - 1
    window = " ".join(sentences[max(0, at - 1) : at + 1]) if at >= 0 else text
    if "from Lebanon" not in window or not _ISRAEL.search(window):
        return None
    return f"Israeli {m[1]}"


def _nation(body: str, end: int) -> str | None:
    """The adjective of the last country's army or military named before ``end``."""
    last = None
    for m in _NATIONAL_BODY.finditer(body, max(0, end - 3000), end):
        last = m["c"]
    if last is None:
        return None
    if last[-2:] in ("'s", "’s"):
        adj = adjective(last, last.lower().replace("’", "'"))
        return None if adj in (last, last[:-2]) else adj
    return last


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the renamings above (findings other than statements untouched)."""
    body = doc.body
    gates = (
        body_has(body, " Force"),
        body_has(body, "Hamas-run"),
        body_has(body, "rebels'"),
        body_has(body, " channel"),
        body_has(body, "RMA ")
        or body_has(body, "OVA ")
        or body_has(body, "ODA ")
        or body_has(body, "MVA "),
        body_has(body, "esident of "),
        body_has(body, "from Lebanon"),
        body_has(body, " this week ")
        or body_has(body, " last week ")
        or body_has(body, " this month "),
    )
    if not any(gates):
        return found
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    texts = [s.text for s in sentences]
    out: list[Finding] = []
    residents: dict[int, str] = {}  # sentence index -> "resident of PLACE"
    changed = False
    for f in found:
        if not isinstance(f, Statement):
            out.append(f)
            continue
        name = _renamed(body, f)
        if name is None and gates[6]:
            name = _israeli(body, f, starts, texts)
        if name is None and gates[7] and (_TIMED.match(f.speaker) or _BARE.match(f.speaker)):
            timed = _TIMED_TEXT.search(f.evidence.text)
            nation = _nation(body, f.evidence.end) if timed else None
            name = f"{nation} {timed[1].lower()}" if timed and nation else None
        if (name or f.speaker).startswith("resident of "):
            residents[bisect_right(starts, f.evidence.start) - 1] = name or f.speaker
        if name is None and residents and _PRONOUN.search(f.evidence.text):
            at = bisect_right(starts, f.evidence.start) - 1
            for back in (1, 2):
                earlier = residents.get(at - back)
                if earlier and sentences[at - back].paragraph == sentences[at].paragraph:
                    name = earlier if f.speaker != earlier else None
                    break
        if name is not None and name != f.speaker:
            f = replace(f, speaker=name)
            changed = True
        out.append(f)
    if gates[5]:
        held = {bisect_right(starts, f.evidence.start) - 1 for f in out if isinstance(f, Statement)}
        for i, sentence in enumerate(sentences):
            if i not in held and "esident of " in sentence.text:
                r = _RESIDENT.match(sentence.text)
                if r is not None:
                    cue = r["v"].split()[0]
                    place = f"resident of {r['p']}"
                    out.append(
                        new_statement(sentence.text, sentence.start, place, "indirect", r["q"], cue)
                    )
                    changed = True
    return out if changed else found

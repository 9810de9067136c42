"""Speakers named after the wrong word of the sentence, round 72 (helper h_fix_s72, the
speaker and boundary errors of the real19 regional and Red Sea excerpts and of real17,
``dev_statements98``).

The earlier rounds read these attributions, but credit the wrong words:

- a credit sentence naming "the REGION OVA" ("This was reported by the Kherson OVA.") kept
  the acronym; it is the regional military administration, as in "The Kherson OVA said";
- "the military command said" after a quote or story naming "US Central Command" is that
  command, and 'The "Central Command" of the US military said' is "US Central Command" (not
  "of the US military", and the quoted name is no partial quote);
- a hyphenated rank ("Lieutenant-Colonel NAME", "Major-General NAME") stays in the name;
- "The NAME NAME group, which ..., said" keeps "group" after a capitalised name;
- "TITLE NAME had visited / toured ... in PLACE ..., warning X against 'F'" was the place's
  (or not read): the visitor warns;
- "'Q,' the report states / the message says" after "The relevant statement was made by
  BODY on Telegram, an OUTLET correspondent reports." is the outlet's correspondent: BODY;
- a sentence adverb ("Previously", "Earlier") taken as the speaker of "He noted that C" is
  the speaker of the statement before;
- "The Ministry of Defence (MoD) said C" given the country of a partner named only inside C
  ("working with the US") is the ministry as written, and "It said" / "The MoD said" after it
  follow.

Each reading is gated on a literal of the speaker or the body; nothing is read twice and no
sentence is scanned per statement. Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import split
from pipeline.extract._s72more import back_references, post_described
from pipeline.extract._s72quotes import described_quotes, warnings
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_OVA = re.compile(r"^(?P<r>[A-Z][a-z\u2019'-]+) OVA$")
_COMMAND_NAME = re.compile(
    r"\b(?:US|U\.S\.|United States) (?:[A-Z][a-z]+ )?[A-Z][a-z]+ Command\b|\bCENTCOM\b"
)
_QUOTED_COMMAND = re.compile(
    r"\b[Tt]he [\"\u201c](?P<n>(?:[A-Z][a-z]+ ){1,2}Command)[\"\u201d] of the"
    r" (?:US|U\.S\.|American|United States) (?:military|army|armed forces|forces)\b"
)
_CLAUSE = re.compile(
    r" (?P<v>said|announced|reported|stated)(?: [\w ,]{0,40}?)? that (?P<c>[^.\n]{8,400}?)\.?\s*$"
)
_HYPHEN_RANK = re.compile(
    r"^(?:(?:Lieutenant|Lt|Major|Maj|Brigadier|Brig|Rear|Vice|Air)-"
    r"(?:Colonel|Col|General|Gen|Admiral|Adm|Marshal|Commodore)\.?|Lieutenant-Commander) "
    r"(?P<n>[A-Z][a-z]+(?: [A-Z][a-z'\u2019-]+){1,2})$"
)
_GROUP = re.compile(r"^(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}) group$")
_REPORT_SAYS = re.compile(
    r"[\"\u201d\u2019],? the (?:report|message|post|statement) (?:states|says|said|reads)\b"
)
_MADE_BY = re.compile(
    r"(?:The relevant statement was made|This was (?:reported|announced|stated)) by (?:the )?"
    r"(?P<b>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,5})"
    r" (?:on|in) (?:Telegram|Facebook|X|its Telegram channel)\b"
)
_ADVERBS = frozenset(
    ["Previously", "Earlier", "Later", "Meanwhile", "Also", "Additionally", "Yesterday"]
)
_PRONOUN_START = re.compile(r"^(?:He|She) (?:also )?(?:noted|said|added|stressed|wrote)\b")
_DEFENCE = re.compile(r"^(?P<a>US|British|American) defen[cs]e ministry$")
_ADJ_WORDS = {
    "US": ("US", "U.S.", "United States", "American"),
    "American": ("US", "U.S.", "United States", "American"),
    "British": ("UK", "Britain", "British", "United Kingdom"),
}
_MOD_SUBJECT = re.compile(
    r"\b(?P<n>(?:the )?(?:Ministry of Defen[cs]e|MoD))\b(?: \(MoD\))? (?:said|says|added)\b"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    gates = (
        body_has(body, " OVA"),
        body_has(body, "ommand") or body_has(body, "CENTCOM"),
        body_has(body, "-"),
        body_has(body, " group"),
        body_has(body, "warning "),
        body_has(body, "relevant statement") or body_has(body, "This was "),
        body_has(body, " noted ") or body_has(body, " said "),
        body_has(body, "Defen") or body_has(body, "MoD"),
        body_has(body, "said a") or body_has(body, "said an") or body_has(body, "said one"),
        (
            body_has(body, "\u201d a")
            or body_has(body, "\u201d, a")
            or body_has(body, '" a')
            or body_has(body, "\u201d one")
        )
        and (body_has(body, " said") or body_has(body, " told")),
    )
    if not any(gates):
        return found
    warn, described, post = gates[4], gates[8], gates[9]
    statements, others = split(found)
    out: list[Statement] = []
    renamed: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for s in statements:
        new = _one(body, s, speakers, out, gates, renamed)
        new = back_references(new, out, body) if new is not None else None
        if new is not None and (new is s or (new.speaker, new.quote) not in seen):
            seen.add((new.speaker, new.quote))
            out.append(new)
    if warn:
        out.extend(warnings(body, out, speakers))
    if described:
        out = described_quotes(body, out)
    if post:
        out = post_described(body, out)
    if len(out) == len(statements) and all(a is b for a, b in zip(out, statements, strict=True)):
        return found
    return [*others, *out]


def _one(
    body: str,
    s: Statement,
    speakers: Speakers,
    prior: list[Statement],
    gates: tuple[bool, ...],
    renamed: dict[str, str],
) -> Statement | None:
    """``s`` as read again, or None when it is a quoted body name (no statement)."""
    ova, command, hyphen, group, _warn, credit, adverb, mod = gates[:8]
    name = s.speaker
    text = s.evidence.text
    if command and "Command" in text:
        m = _QUOTED_COMMAND.search(text)
        if m is not None:
            if s.quote == m.group("n"):
                return _command_clause(s, speakers.canonical("US " + m.group("n")), m.end())
            quote = s.quote[5:] if s.quote.startswith("that ") else s.quote
            return replace(s, speaker=speakers.canonical("US " + m.group("n")), quote=quote)
    if ova and name.endswith(" OVA"):
        m = _OVA.match(name)
        if m is not None:
            return replace(s, speaker=f"{m.group('r')} regional military administration")
    if command and name == "military command":
        named = _COMMAND_NAME.findall(body, max(0, s.evidence.start - 3000), s.evidence.end)
        if named:
            return replace(s, speaker=speakers.canonical(named[-1]))
    if hyphen and "-" in name:
        m = _HYPHEN_RANK.match(name)
        if m is not None:
            return replace(s, speaker=speakers.canonical(m.group("n")))
    if group and name.endswith(" group"):
        m = _GROUP.match(name)
        if m is not None and speakers.canonical(name) == name:
            return replace(s, speaker=m.group("n"))
    if credit and _REPORT_SAYS.search(text) is not None:
        credited = _last_credit(body, s.evidence.start)
        if credited is not None:
            mode = "direct" if s.mode == "partial" and text.startswith(s.quote, 1) else s.mode
            return replace(s, speaker=speakers.canonical(credited), mode=mode)
    if adverb and name in _ADVERBS and _PRONOUN_START.match(text) and prior:
        return replace(s, speaker=prior[-1].speaker)
    if mod:
        return _ministry(s, renamed)
    return s


def _command_clause(s: Statement, speaker: str, at: int) -> Statement | None:
    """The reported clause after "... military announced (today) that" for ``s``, a partial
    quote of the command's name (None when there is no such clause)."""
    m = _CLAUSE.match(s.evidence.text, at)
    if m is None:
        return None
    return replace(s, speaker=speaker, mode="indirect", quote=m.group("c"), cue=m.group("v"))


def _last_credit(body: str, start: int) -> str | None:
    """The body of a credit sentence ending at most 300 characters before ``start``."""
    window = body[max(0, start - 300) : start]
    if "by " not in window:
        return None
    found = list(_MADE_BY.finditer(window))
    return found[-1].group("b") if found else None


def _ministry(s: Statement, renamed: dict[str, str]) -> Statement:
    """``s`` spoken by "Ministry of Defence" as written when its country came from the quote."""
    if s.speaker in renamed:
        text = s.evidence.text
        if text.startswith(("It ", "The MoD ", "The ministry ")) or _MOD_SUBJECT.search(text):
            return replace(s, speaker=renamed[s.speaker])
        return s
    m = _DEFENCE.match(s.speaker)
    if m is None:
        return s
    text = s.evidence.text
    at = text.find(s.quote)
    frame = text[:at] + text[at + len(s.quote) :] if at >= 0 else text
    if any(w in frame for w in _ADJ_WORDS[m.group("a")]):
        return s
    subject = _MOD_SUBJECT.search(frame)
    if subject is None:
        return s
    written = subject.group("n").removeprefix("the ")
    named = "Ministry of Defence" if written == "MoD" else written
    renamed[s.speaker] = named
    return replace(s, speaker=named)

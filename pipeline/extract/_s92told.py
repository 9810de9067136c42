"""Round 92's unnamed tellers and unconfirmed claims (helper h_fix_s92, ``dev_statements118``),
applied last in :mod:`pipeline.extract._latepasses`.

Why it exists: real pages report what unnamed people told an outlet, and the chain missed it.

* "A resident of the area told OUTLET that C" / "The resistance member—who spoke on condition
  of anonymity—told reporters that C" / "The military source, also speaking on condition of
  anonymity, said C": a sentence opening with an unnamed person (a head noun such as resident,
  official, source, member, doctor, worker, ...) with an optional aside before "told" / "said"
  was no statement. The person (the article dropped) is the speaker, the rest of the sentence
  the reported clause. A ", who ...," aside is taken before "told" only (``dev_numeric6``
  labels one such "said" with a qualifier from the next sentence).
* "..., with witnesses telling AFP (by phone), (on condition of anonymity,) that C": the
  participle frame credits C to the people telling it.
* "X has not confirmed (that) C" / "X did not confirm C" is no statement: C is what X did not
  say, and the chain gave it to "X has not".

Only adds a statement where none already covers the clause. Gated on the literals " told ",
" telling ", "anonymity" and " not confirm".
"""

from __future__ import annotations

import re

from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_HEADS = frozenset(
    (
        "resident",
        "residents",
        "official",
        "officials",
        "member",
        "members",
        "fighter",
        "fighters",
        "officer",
        "source",
        "sources",
        "doctor",
        "doctors",
        "medic",
        "nurse",
        "worker",
        "workers",
        "villager",
        "villagers",
        "volunteer",
        "volunteers",
        "activist",
        "activists",
        "witness",
        "witnesses",
        "eyewitness",
        "eyewitnesses",
        "survivor",
        "farmer",
        "teacher",
        "soldier",
        "paramedic",
        "rescuer",
        "rescuers",
        "employee",
        "engineer",
        "elder",
        "journalist",
    )
)
_WORD = r"[A-Za-z][A-Za-z'’-]*"
_ASIDE = (
    r"(?:\s*[—–]\s*who [^—–.]{1,60}?[—–]\s*"
    r"|,\s*(?:also\s+)?speaking [^,.]{1,50},\s*"
    r"|,\s*who (?:spoke|asked|declined) [^,.]{1,60},\s*)"
)
_OUTLET = r"(?:(?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}|reporters|journalists|mediapersons)"
_OPEN = re.compile(
    r"(?:(?:A|An|The) )?(?P<s>(?:[Ll]ocal )?" + _WORD + r"(?: " + _WORD + r"){0,7}?)"
    r"(?:(?P<aside>" + _ASIDE + r")|\s+)"
    r"(?:(?P<told>told) "
    + _OUTLET
    + r"(?: by (?:tele)?phone)?(?: that|(?= (?:they|he|she|it|we|the|a|an|\d)\b))"
    r"|(?P<said>said)(?: that)?) (?P<q>\S.*)$",
    re.S,
)
_WITH = re.compile(
    r",\s*with (?P<s>(?:[a-z]+ )?"
    r"(?:witnesses|residents|workers|officials|sources|villagers|medics))"
    r" telling " + _OUTLET + r"(?: by (?:tele)?phone)?,?(?: on condition of anonymity,)? that "
    r"(?P<q>\S.*)$",
    re.S,
)
_NOT = re.compile(r" (?:has|have|had|did) not\Z")
_PREP = frozenset(("of", "from", "at", "in"))


def _head(subject: str) -> str:
    """The head noun of a subject phrase: the word before its first preposition."""
    words = subject.split()
    for i, word in enumerate(words):
        if word in _PREP and i > 0:
            return words[i - 1].lower()
    return words[-1].lower()


def _clause(text: str) -> str:
    return text.strip().rstrip(".").rstrip()


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop "X has not confirmed C" readings; add the unnamed tellers' statements."""
    body = doc.body
    if " not confirm" in body:
        kept: list[Finding] = []
        for f in found:
            if isinstance(f, Statement) and _NOT.search(" " + f.speaker) is not None:
                continue
            kept.append(f)
        found = kept
    if " told " not in body and " telling " not in body and "anonymity" not in body:
        return found
    spans: list[tuple[int, int]] | None = None
    added: list[Finding] = []
    for sentence in doc.sentences:
        text = sentence.text
        if " told " not in text and " telling " not in text and "anonymity" not in text:
            continue
        speaker = ""
        quote = ""
        cue = ""
        m = _OPEN.match(text)
        if m is not None and (
            m.group("told") is not None
            or (m.group("aside") is not None and ", who " not in m.group("aside"))
        ):
            subject = m.group("s")
            if _head(subject) in _HEADS and not any(w in _PREP for w in subject.split()[-1:]):
                speaker, quote = subject, _clause(m.group("q"))
                cue = "told" if m.group("told") is not None else "said"
        if not speaker and " telling " in text:
            w = _WITH.search(text)
            if w is not None:
                speaker, quote, cue = w.group("s"), _clause(w.group("q")), "telling"
        if not speaker or len(quote) < 8:
            continue
        if spans is None:
            spans = [(f.evidence.start, f.evidence.end) for f in found if isinstance(f, Statement)]
        start, end = sentence.start, sentence.end
        if any(a < end and start < b for a, b in spans):
            continue
        evidence = Evidence(text, start, end)
        added.append(Statement(evidence, 0.6, speaker, "indirect", quote, cue))
    return found + added if added else found

"""Round 97's reported-speaker readings (helper h_fix_s97, ``dev_statements123``), run after
:mod:`pipeline.extract._s97post` as the last hook of :mod:`pipeline.extract._latepasses`.

Why it exists: real Gaza and Syria copy credited a quote to a person named sentences earlier
where the sentence just before had introduced its real speaker.

* "OUTLET / It quoted / cited Y as stating / saying / describing that C": C is Y's ("another
  unnamed security source in Latakia" -> "security source"; "the head of X, NAME" -> NAME).
* "He / She added / said that C" right after a sentence whose statements all belong to one
  person: C is that person's (the chain had carried an earlier speaker over).
* "NAME (of BODY) described / accused ... . “Q,” he said": Q is NAME's, the subject of the
  sentence just before when that sentence holds no statement.

Gated on " quoted " / " cited ", "He " / "She " at the start of the evidence, and " he said" /
" she said".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_QUOTED = re.compile(
    r"\b(?:quoted|cited) (?P<y>[^,“”\"]{3,90}?)(?:, (?P<n>[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}),?)?"
    r" as (?:saying|stating|describing|telling|warning|confirming)\b"
)
_DROP = re.compile(r"^(?:(?:another|other|an?|the|one|unnamed|anonymous) )+", re.IGNORECASE)
_PLACE_TAIL = re.compile(r" (?:in|from|at) [A-Z].*$")
_HE_ADDED = re.compile(
    r"^(?:He|She) (?:(?:also |further )?(?:added|noted|explained|stressed|warned)|also said)\b"
)
_HE_SAID = re.compile(r"[,.!?][\"”’]? (?:he|she) (?:said|added)\b")
_SUBJECT = re.compile(
    r"^(?:(?:Dr|Mr|Ms|Mrs)\.? )?(?:(?:Another|One|A) [a-z]+(?: [a-z]+)?, )?"
    r"(?P<n>[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2})(?:, [^,]{3,80},| of [A-Z][\w' -]{2,40}?|,)?"
    r" (?P<v>[a-z]+ed)\b"
)
_NOT_QUOTED = frozenset(
    ("by", "in", "at", "on", "from", "him", "her", "them", "it", "as", "to", "with", "his", "its")
)
# first words of a sentence subject that are a title or a place, not a name
_NOT_NAME = frozenset(
    (
        "The", "In", "At", "On", "From", "For", "President", "Chancellor", "Federal", "Prime",
        "Minister", "Deputy", "Governor", "Mayor", "General", "Ukrainian", "Russian", "German",
        "Foreign", "Defence", "Defense", "Interior", "Health", "Head", "Chief", "Speaker",
    )
)  # fmt: skip
_SAYING = frozenset(
    ("said", "added", "stated", "noted", "told", "claimed", "reported", "warned", "explained")
)


def _quoted_name(m: re.Match[str]) -> str:
    """Who "quoted / cited Y as saying" names ("" for "by X", pronouns and places)."""
    if m.group("y").split(" ")[0].lower() in _NOT_QUOTED:
        return ""
    if m.group("n"):
        return m.group("n")
    y = _PLACE_TAIL.sub("", _DROP.sub("", m.group("y")))
    return y if 2 < len(y) < 60 else ""


def _differs(new: str, old: str) -> bool:
    """True unless the new name only adds a title ("Deputy Minister Sergei Ryabkov")."""
    a = new.replace(".", "").lower()
    b = old.replace(".", "").lower()
    return b not in a


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Rename the speakers of the three layouts in the module docstring."""
    body = doc.body
    has_quoted = " quoted " in body or " cited " in body
    has_he = "He " in body or "She " in body
    has_said = " he said" in body or " she said" in body
    if not (has_quoted or has_he or has_said):
        return found
    starts = [s.start for s in doc.sentences]
    out = list(found)
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(out):
        if isinstance(f, Statement):
            k = bisect.bisect_right(starts, f.evidence.start) - 1
            by_sentence.setdefault(k, []).append(i)
    changed = False
    for k in sorted(by_sentence):
        for i in by_sentence[k]:
            f = out[i]
            if not isinstance(f, Statement):
                continue
            text = f.evidence.text
            new = ""
            if has_quoted and (" quoted " in text or " cited " in text):
                m = _QUOTED.search(text)
                if m is not None:
                    name = _quoted_name(m)
                    new = speakers.canonical(name) if name else ""
            elif has_he and _HE_ADDED.match(text) and k - 1 in by_sentence:
                before: set[str] = set()
                for j in by_sentence[k - 1]:
                    g = out[j]
                    if isinstance(g, Statement):
                        before.add(g.speaker)
                if len(before) == 1:
                    who = next(iter(before))
                    known = speakers.registry().resolve(who)
                    if known is not None and known.kind == "person":
                        new = who
            elif (
                has_said
                and k >= 1
                and k - 1 not in by_sentence
                and _HE_SAID.search(doc.sentences[k].text)
            ):
                m = _SUBJECT.match(doc.sentences[k - 1].text)
                if (
                    m is not None
                    and m.group("v") not in _SAYING
                    and m.group("n").split(" ")[0] not in _NOT_NAME
                ):
                    new = speakers.canonical(m.group("n"))
            if new and _differs(new, f.speaker):
                out[i] = replace(f, speaker=new)
                changed = True
    return out if changed else found

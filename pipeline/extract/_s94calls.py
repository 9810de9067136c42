"""Round 94's second pass (helper h_fix_s94, ``dev_statements120``), hooked after
:mod:`pipeline.extract._s94post` at the end of :mod:`pipeline.extract._latepasses`.

Why it exists: two more real-page layouts gave a statement the wrong speaker.

* "According to Ukrainian military and regional authorities, C" after a region named earlier:
  the regional-body pass put the region into the joined group ("Lviv regional military and
  authorities"). "according to X" is a statement by X, so the group is kept as written.
* "(Also on DAY,) Iran “strongly condemned” the strike, calling it “Q”": the partial Q went to
  the speaker of an earlier sentence. The sentence's subject (a capitalised name before the
  scare-quoted verb or a verb in -ed) calls it that, and the scare-quoted verb phrase itself
  is that subject's partial quote.

Both rename only a speaker the sentence never mentions. Gated on "According to " and
", calling it ".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_ACCORDING = re.compile(r"(?:^|, )[Aa]ccording to (?:the )?(?P<p>[A-Z][a-z]+ [a-z][a-z ]{3,60}?),")
_CALLING = re.compile(
    r"^(?:[A-Z][^,“”\"]{0,40}, )?(?P<s>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r" (?:“(?P<v>[a-z]+(?: [a-z]+)? [a-z]+ed)”|(?:has |had )?[a-z]+ed\b)"
)
_CALL_CUE = ", calling it “"


def _words(text: str) -> set[str]:
    return set(text.lower().split(" "))


def _shares(speaker: str, text: str) -> bool:
    low = text.lower()
    return any(len(w) > 3 and w in low for w in speaker.lower().split(" "))


def _group(speaker: str, text: str) -> str | None:
    """The written "according to" group when the speaker only adds a place to it."""
    m = _ACCORDING.search(text)
    if m is None:
        return None
    phrase = m.group("p").strip()
    if " and " not in phrase or phrase.lower() == speaker.lower():
        return None
    extra = _words(speaker) - _words(phrase)
    lost = _words(phrase) - _words(speaker)
    if len(extra) == 1 and len(lost) <= 1 and "and" in _words(speaker):
        return phrase
    return None


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Keep joined "according to" groups; give ", calling it “Q”" to the sentence's subject."""
    body = doc.body
    has_acc = "ccording to " in body
    has_call = _CALL_CUE in body
    if not (has_acc or has_call):
        return found
    out = list(found)
    quotes = {f.quote for f in out if isinstance(f, Statement)}
    added: list[Finding] = []
    for i, f in enumerate(out):
        if not isinstance(f, Statement):
            continue
        text = f.evidence.text
        if has_acc and (f.cue or "").lower() == "according to" and " and " in f.speaker:
            group = _group(f.speaker, text)
            if group is not None:
                out[i] = replace(f, speaker=group)
            continue
        if has_call and f.mode == "partial" and _CALL_CUE in text:
            m = _CALLING.match(text)
            if m is None or _shares(f.speaker, text):
                continue
            subject = m.group("s")
            out[i] = replace(f, speaker=subject)
            verb = m.group("v")
            if verb is not None and verb not in quotes:
                quotes.add(verb)
                ev = Evidence(f.evidence.text, f.evidence.start, f.evidence.end)
                added.append(Statement(ev, 0.6, subject, "partial", verb, "calling"))
    return out + added if added else out

"""A bare ministerial role pointing back at the holder the article introduced (round 26).

Polish (PAP) and Greek (ANA-MPA) copy introduces a minister by office, not by title before
the name: "The head of the MON, Władysław Kosiniak-Kamysz, assured ...", "the head of the
MSWiA, Marcin Kierwiński", "The Minister of Foreign Affairs, Giorgos Gerapetritis", "the
head of the National Security Bureau (BBN), NAME", then speaks of "the minister", "the
deputy minister", "the Ukrainian minister" or "the head of the BBN". The readers before took
the last person named (a regional governor, a base commander). :func:`revise` gives

- "„Q”, the minister stressed." (a quote closed by a bare role) and
- "The minister / The head of the BBN added that C" (a bare role opening the sentence)

to the last holder of that office named in the 1,500 characters before, unless the reader's
speaker already holds a ministerial office there; a "He reminded that ..." right after it
follows, when the reader gave it to a person the article had not named yet.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _lexicon as lex
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Evidence, Statement

__all__ = ["revise"]

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
_ROLE_BODY = (
    r"president|head of state|(?:deputy )?(?:[A-Z][a-z]+ )?minister"
    r"|(?:deputy )?head of the [A-Z][A-Za-z]{1,6}"
)
_ROLE = f"(?P<role>{_ROLE_BODY})"
_TAIL = re.compile(
    rf"[”\"»“],? (?:the {_ROLE}(?: also| then)? [a-z]+|(?:said|added|stressed|declared|stated"
    rf"|explained|emphasi[sz]ed|underlined) the (?P<role2>{_ROLE_BODY})\.$)"
)
_OPEN = re.compile(rf"^The {_ROLE}(?: also| then)? (?:[a-z]+|pointed out) that ")
_MENTION = re.compile(
    r"(?P<t>(?:[Dd]eputy )?(?:[Hh]ead of the (?:(?P<acr>[A-Z][A-Za-z]{1,6})|[^,()]{3,60} "
    r"\((?P<acr2>[A-Z][A-Za-z]{1,6})\))|(?:[A-Z][a-z]+ )?[Mm]inister(?: (?:of|for) "
    r"[^,.;„“”\"«»]{2,50}?)?)),? (?:[a-z]+ )?"
    rf"(?P<n>{_NAME})"
)
_PRESIDENT = re.compile(
    r"(?:President|[Tt]he president|[Hh]ead of state)(?: of (?:the Republic|[A-Z][a-z]+))?,? "
    rf"(?P<n>{_NAME})"
)
_AFTER = re.compile(
    rf"(?P<n>{_NAME}), (?:the |a )?(?P<t>(?:[\w-]+ ){{0,3}}minister|head of the [A-Z]\w+)"
)
_WINDOW = 1500
_COUNTRY = {v: k for k, v in lex.DEMONYMS.items()}


def revise(doc: Document, speakers: SpeakerLookup, statements: list[Statement]) -> None:
    """Re-assign, in place, statements whose bare role points back at a named holder; add a
    quote closed by one that no reader took."""
    body = doc.body
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if "minister" not in text and "head of" not in text and "president" not in text:
            continue
        m = _OPEN.match(text)
        tail = m is None
        m = m or _TAIL.search(text)
        if m is None:
            continue
        at = sentence.start + m.start()
        lo, hi = sentence.start, sentence.end
        if tail:
            span = quote_before(body, at + 1)
            if span is None:
                continue
            lo, hi = span
        role = m.group("role") or m.group("role2")
        holder, holders = _holder(body, role, at)
        if holder is None:
            continue
        who = speakers.named(holder, at) or holder
        i = next(
            (i for i, s in enumerate(statements) if s.evidence.start < hi and lo < s.evidence.end),
            -1,
        )
        if i < 0:
            if tail:
                quote = body[lo:hi].rstrip(" ,")
                statements.append(
                    Statement(Evidence(quote, lo, hi), 0.7, who, "direct", quote, None)
                )
            continue
        s = statements[i]
        if s.speaker == who or s.speaker in holders or (tail and s.mode == "indirect"):
            continue
        if ("resident" in role or "state" in role) and s.speaker[:1].isupper():
            continue  # a president the readers resolved stands; only a bare role is read
        new = replace(s, speaker=who)
        if tail:
            new = replace(new, mode="direct", quote=body[lo:hi].rstrip(" ,"))
        statements[i] = new
        _follow(doc, speakers, statements, i, index)


def _holder(body: str, role: str, at: int) -> tuple[str | None, set[str]]:
    """The last holder of ``role`` named before ``at``, and every minister named there."""
    lo = max(0, at - _WINDOW)
    if role in ("president", "head of state"):
        names = [m.group("n") for m in _PRESIDENT.finditer(body, lo, at)]
        return (names[-1] if names else None), set(names)
    deputy = role.startswith("deputy ")
    bare = role.removeprefix("deputy ")
    acr = bare[12:] if bare.startswith("head of the ") else None
    adjective = bare.split()[0] if bare[:1].isupper() else None
    best = None
    holders: set[str] = set()
    for m in _MENTION.finditer(body, lo, at):
        title = m.group("t")
        low = title.lower()
        if low.startswith("prime") or "prime minister" in low:
            continue
        name = m.group("n")
        found = m.group("acr") or m.group("acr2")
        ministerial = "minister" in low or (found is not None and found.startswith("M"))
        if ministerial:
            holders.add(name)
        if low.startswith("deputy") != deputy:
            continue
        if acr is not None:
            if found == acr:
                best = name
            continue
        if not ministerial:
            continue
        if adjective is not None:
            near = body[max(0, m.start() - 40) : m.end()]
            if adjective not in near and _COUNTRY.get(adjective, "@").title() not in near:
                continue
        best = name
    for m in _AFTER.finditer(body, lo, at):
        if "prime" not in m.group("t").lower():
            holders.add(m.group("n"))
    return best, holders


def quote_before(body: str, pos: int) -> tuple[int, int] | None:
    """The span inside the quote whose closing mark is at ``pos - 1`` (Polish „…” too)."""
    close = body[pos - 1 : pos]
    openers = {"”": "„“", "“": "„", "»": "«", '"': '"'}.get(close)
    if openers is None:
        return None
    lo = max(0, pos - 1200, body.rfind("\n\n", 0, pos - 1) + 1)
    start = max(body.rfind(o, lo, pos - 1) for o in openers)
    if start < 0 or pos - 1 - start < 10:
        return None
    return start + 1, pos - 1


def _follow(
    doc: Document, speakers: SpeakerLookup, statements: list[Statement], i: int, index: int
) -> None:
    """A "He/She VERBed that" statement in the next sentence, given to someone named later."""
    who = statements[i].speaker
    for j in range(i + 1, len(statements)):
        k = speakers.sentence_at(statements[j].evidence.start)
        if k == index:
            continue
        if k > index + 1:
            return
        sentence = doc.sentences[k]
        other = statements[j].speaker
        pronoun = sentence.text.startswith(("He ", "She ")) and other != who
        if pronoun and other.split()[-1] not in doc.body[: sentence.start]:
            statements[j] = replace(statements[j], speaker=who)
        return

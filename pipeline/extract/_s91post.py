"""Round 91's speaker naming (helper h_fix_s91, ``dev_statements117``), applied last in
:mod:`pipeline.extract._latepasses`, after the round-90 pass.

Why it exists: real South Asian, Sudanese and Myanmar copy gave statements the right words but
a wrongly named speaker, by four general mechanisms.

* A rank or office written as a bare abbreviation stayed in the name: "Maj Gen Rahim" became
  "Gen Rahim", "Defence PRO NAME" / "MLA NAME" / "DG ISPR Lt Gen NAME" kept the title. People
  are named by their name only (the written convention): the leading titles are dropped. A bare
  title as the speaker ("the MLA said" -> "MLA") is the holder the text named with it, and a
  constituency before the holder's name ("MLA Poonch Havel NAME SURNAME", later "NAME said")
  starts the name at the word the text later uses alone.
* A body's first word was cut off: "a spokesperson for the Karen National Union" -> "National
  Union". When the statement's sentence writes "the W SPEAKER" with a capitalised W, W is part
  of the name.
* A unit's owner and ordinal were cut off: "the SAF's 16th Infantry Division" -> "Infantry
  Division". The owner's "'s" turns into the attributive form (the written "X's" rule): "SAF
  16th Infantry Division".
* A place took a pronoun sentence: "He stressed that ..." after a dateline ("Kadugli — ...") or
  "They pointed out that ..." after "power in the River Nile and ..." went to the place. A
  place never speaks (:mod:`pipeline.extract._s91place` finds who did).
* A stray comma after the verb hid a trailing name: "“Q”, confirmed,NAME, TITLE" and "“Q”,
  said, ROLE, RANK NAME" kept the earlier sentence's speaker ("officials"). The name after
  "VERB," is the speaker.

A name this pass lengthens is carried to the text's other statements with the short form ("the
statement added" after "the SAF's 6th Infantry Division said").

Only the speaker changes. Each part is gated on a literal test before any regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s91place
from pipeline.extract.model import Document, Finding, Statement

__all__ = ["revise"]

_RANKS = frozenset(
    ("Gen", "Lt", "Maj", "Brig", "Col", "Capt", "Adm", "Cdr", "Sgt", "Cpl", "Lt-Gen", "Maj-Gen")
)
_TITLES = frozenset(
    ("MLA", "MP", "MPA", "MNA", "PRO", "DC", "SDM", "SSP", "DIG", "IGP", "DGP", "DG", "SHO")
)
_WORD = re.compile(r"[A-Z][a-z][A-Za-z'’-]*\Z")
_HEAD = re.compile(r"(?:[A-Z][A-Za-z]+|[A-Z]{2,6})\Z")
_HOLDER = re.compile(
    r"\b(MLA|MP|MPA|MNA|PRO|DC|SDM|SSP|DIG|IGP|DGP|SHO) ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)\b"
)
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)"
_OWNED = re.compile(r"\b([A-Z][A-Za-z-]*)['’]s\Z")
_OWNER = re.compile(r"\b([Tt]he|[A-Z][A-Za-z-]*['’]s) ([A-Z][a-z]+|[A-Z]{2,6}|" + _ORDINAL + r")\Z")
_STARTS = re.compile(r"[A-Z0-9]")
_BODY_LAST = frozenset(
    (
        "Union",
        "Party",
        "Front",
        "Army",
        "Division",
        "Brigade",
        "Regiment",
        "Battalion",
        "Corps",
        "Committees",
        "Committee",
        "Coordination",
        "Organisation",
        "Organization",
        "Movement",
        "Alliance",
        "Network",
        "Room",
        "Council",
        "Congress",
        "League",
        "Association",
    )
)
_NOT_NAME = frozenset(
    (
        "The",
        "A",
        "An",
        "This",
        "That",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "By",
        "And",
        "But",
        "Both",
        "Said",
        "According",
        "Earlier",
        "Later",
        "Meanwhile",
    )
)
_TRAILER = re.compile(
    r"[”\"]\s*,\s*(?:said|confirmed|added|stated)\s*,\s*"
    r"(?:(?:[A-Za-z]+ )*[a-z]+(?: [A-Za-z]+)*,\s*)?"
    r"(?:(?:Lt|Col|Gen|Maj|Brig|Capt)\.? )*([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b"
)


def _untitled(speaker: str) -> str | None:
    """``speaker`` without its leading ranks and office abbreviations, or None."""
    if " " not in speaker:
        return None
    toks = speaker.split()
    last = -1
    for i, t in enumerate(toks[:6]):
        if t in _RANKS or t in _TITLES:
            last = i
    if last < 0 or last == len(toks) - 1:
        return None
    if not all(_HEAD.match(t) for t in toks[:last]):
        return None
    rest = toks[last + 1 :]
    if len(rest) > 4 or not all(_WORD.match(t) for t in rest):
        return None
    return " ".join(rest)


def _ranked_gen(body: str, speaker: str) -> bool:
    """Whether "Gen NAME" follows another rank in ``body`` ("Gen" can be a given name)."""
    return any(f"{r} {speaker}" in body for r in ("Lt", "Maj", "Brig", "Lt-"))


def _used_alone(body: str, toks: list[str]) -> str:
    """The holder's name, started at the first later word the text uses alone as a subject."""
    if len(toks) >= 3:
        for i in range(1, len(toks)):
            if re.search(rf"\b{re.escape(toks[i])} (?:said|told|added|stated)\b", body):
                return " ".join(toks[i:])
    return " ".join(toks)


def _holders(body: str) -> list[tuple[int, str, str, str]]:
    """(offset, title, raw name, name) of every "TITLE NAME" in ``body``."""
    out: list[tuple[int, str, str, str]] = []
    for m in _HOLDER.finditer(body):
        raw = m.group(2)
        out.append((m.start(), m.group(1), raw, _used_alone(body, raw.split())))
    return out


def _fuller(text: str, speaker: str) -> str | None:
    """The name with the word the sentence writes before it ("the W SPEAKER"), or None."""
    at = text.find(" " + speaker)
    while at > 0:
        end = at + 1 + len(speaker)
        if end >= len(text) or not text[end].isalnum():
            head = text[:at]
            if not _STARTS.match(head, head.rfind(" ") + 1):
                m = None
            elif speaker[0].isdigit():
                o = _OWNED.search(head, max(0, at - 40))
                return None if o is None else f"{o.group(1)} {speaker}"
            else:
                m = _OWNER.search(head, max(0, at - 60))
            if m is not None and m.group(2) not in _NOT_NAME:
                owner = m.group(1)
                if owner in ("the", "The"):
                    if m.group(2)[0].isdigit():
                        return None
                    return f"{m.group(2)} {speaker}"
                return f"{owner[:-2]} {m.group(2)} {speaker}"
        at = text.find(" " + speaker, at + 1)
    return None


def _titled_holder(body: str, title: str, before: int) -> str | None:
    """The name written right after the bare title ``title`` ("DG ISPR Lt Gen NAME"), or None."""
    pat = re.compile(
        re.escape(title)
        + r" (?:(?:Lt|Gen|Maj|Col|Brig|Capt|Adm)\.? )*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b"
    )
    last: str | None = None
    for m in pat.finditer(body, 0, before):
        last = m.group(1)
    if last is None or last.split()[0] in _NOT_NAME:
        return None
    return last


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the round-91 speaker names."""
    body = doc.body
    holders: list[tuple[int, str, str, str]] | None = None
    out: list[Finding] = []
    renames: dict[str, set[str]] = {}
    given: dict[int, str] = {}
    changed = False
    for f in found:
        new = f
        if isinstance(f, Statement):
            sp = f.speaker
            name: str | None = None
            renamed = True
            head = sp.split(" ", 1)[0]
            if head in _TITLES and all(t.isupper() for t in sp.split()):
                if " " not in sp:
                    if holders is None:
                        holders = _holders(body)
                    for at, title, _raw, who in holders:
                        if title == head and at < f.evidence.start:
                            name = who
                if name is None:
                    name = _titled_holder(body, sp, f.evidence.start)
            elif head in _RANKS or head in _TITLES or any(t in sp for t in (" PRO ", " Gen ")):
                name = _untitled(sp)
                if name is not None and head == "Gen" and not _ranked_gen(body, sp):
                    name = None
                if name is not None and len(name.split()) >= 2:
                    if holders is None:
                        holders = _holders(body)
                    for _at, _title, raw, who in holders:
                        if raw.startswith(name):
                            name = who
            elif " " in sp and sp.rsplit(" ", 1)[1] in _BODY_LAST and " " + sp in f.evidence.text:
                name = _fuller(f.evidence.text, sp)
            elif _s91place.applies(body, f):
                name = _s91place.speaker(body, found, f, given)
                renamed = False
                if name is not None:
                    given[f.evidence.start] = name
            if "”," in f.evidence.text or '",' in f.evidence.text:
                m = _TRAILER.search(f.evidence.text)
                if m is not None and m.group(1).split()[0] not in _NOT_NAME:
                    name = m.group(1)
                    renamed = False
            if name is not None and name != sp:
                new = replace(f, speaker=name)
                if renamed:
                    renames.setdefault(sp, set()).add(name)
        changed = changed or new is not f
        out.append(new)
    if not changed:
        return found
    if not renames:
        return out
    return [_carried(f, renames) for f in out]


def _carried(f: Finding, renames: dict[str, set[str]]) -> Finding:
    """``f`` with a speaker this pass renamed elsewhere in the text given the same new name."""
    if isinstance(f, Statement):
        new = renames.get(f.speaker)
        if new is not None and len(new) == 1:
            return replace(f, speaker=next(iter(new)))
    return f

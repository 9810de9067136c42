"""Statements on real agency copy, tenth round (statement round 59, ``dev_statements85``):
speakers that picked up a headline's words, and a release's quoted paragraphs.

Each reading is a mechanism, not a sentence:

- a cue verb written in title case is no part of the name it follows or a headline's
  "..., Says NAME" precedes ("C, NAME Said, adding ...", "Gaza Ceasefire at Hand, Says
  NAME"): the speaker is NAME (and a sentence-initial quote credited to NAME after it is his
  direct quote, not a partial);
- a role named after the cue ("“Q,” said the UN envoy", "added the official") that the
  reader resolved to words of the headline or an all-caps dateline line ("Slams Shelling Of
  Port", "CAIRO Hamas") is the holder named before it: the person who spoke last for a
  person's role ("envoy", "chief", "mayor"), the unnamed source of that noun for
  "official"/"source"; "he/she said" after it follows the same speaker;
- a release headed "Statement by TITLE NAME" whose body is quoted paragraphs with no cue
  (each opening with a mark, only the last closed) is NAME's direct quote, one per
  paragraph: :mod:`_s59release`.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s59more
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._lexicon import words
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract._s59release import released
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_GLUED_END = re.compile(
    r"^(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+(?:Said|Says"
    r"|Added|Adds|Stated|Wrote|Reported)$"
)
_GLUED_START = re.compile(r"^Says[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})$")
_OPENS = '"“«„'
_CAP_GATE = re.compile(r"[a-z] (?:Said|Says|Added|Stated)\b")
_CAP_CUE = re.compile(
    r"^(?P<c>[^\n]{12,}?)(?:,|(?<=,[\"”]))[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
    r"[ \t]+(?P<v>Said|Says|Added|Stated)(?:,[ \t]+adding[ \t]+that[ \t]+(?P<a>[^\n]+?))?[ \t]*\.?$"
)
_ROLE = re.compile(
    r"\b(?:said|says|added|adds|told[ \t]+\w+|wrote|stated)[ \t]+the[ \t]+(?P<r>(?:[\w'’-]+[ \t]+)"
    r"{0,3}?(?P<h>chief|envoy|official|mayor|governor|head|minister|president|chairman|director"
    r"|source|commissioner|secretary-general))\b"
    r"|\b[Tt]he[ \t]+(?P<r2>(?:[\w'’-]+[ \t]+){0,3}?(?P<h2>chief|envoy|official|mayor|governor|head"
    r"|minister|president|chairman|director|source|commissioner))[ \t]+(?:has[ \t]+)?(?:said|says"
    r"|added|adds|told)\b"
)
_QUOTE_THEN_ACT = re.compile(
    r"^[“\"](?P<q>[^“”\"]{8,}?)[”\"][ \t]*,?[ \t]+(?:stressing|warning|noting|urging|underlining"
    r"|emphasi[sz]ing|insisting|calling)\b[^“”\"]*$"
)
_FRONT_WORDS = (
    "Regarding ",
    "Concerning ",
    "Referring to ",
    "Commenting on ",
    "esponding to ",
    "esponse to ",
)
_UNNAMED = frozenset({"official", "source"})
_PRONOUN_CUE = re.compile(r"[”\"],?[ \t]+(?:he|she)[ \t]+(?:said|added|wrote)\b")
_BODY_WORDS = words(
    "Ministry Office Forces Force Army Service Council Administration Agency Committee "
    "Organization Organisation Programme Program Group Police Military Government Command "
    "Mission Fund Bank Union"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    fresh = _title_cued(doc, speakers, statements) if _cap_gate(doc.body) else []
    if fresh:
        statements = sorted([*statements, *fresh], key=lambda s: s.evidence.start)
    kept = _unglued(doc, speakers, statements, {id(s) for s in fresh})
    kept = _headline_roles(doc, kept)
    if body_has(doc.body, "saying"):
        direct = {(s.speaker, s.quote) for s in kept if s.mode != "indirect"}
        acts = [(s, _own_act_quote(doc, s)) for s in kept]
        kept = [t for s, t in acts if s.mode != "indirect" or (t.speaker, t.quote) not in direct]
    body = doc.body
    if any(body_has(body, w) for w in _FRONT_WORDS):
        kept = _s59more.fronted_topic(doc, speakers, kept)
    if body_has(body, ", said "):
        kept = _s59more.apposed(doc, kept)
    if body_has(body, " as saying"):
        kept = _s59more.cited_as_saying(doc, kept)
    if body_has(body, "ayor"):
        kept = _s59more.place_holder(doc, speakers, kept)
    if body_has(body, "Statement by"):
        kept = [*kept, *released(doc, speakers, kept)]
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _cap_gate(body: str) -> bool:
    """:data:`_CAP_GATE` over the body, asked only when a title-case cue word is there."""
    return any(body_has(body, w) for w in _CAP_WORDS) and _CAP_GATE.search(body) is not None


_CAP_WORDS = (" Said", " Says", " Added", " Stated")
"""The literal every :data:`_CAP_GATE` match holds."""


def _title_cued(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """Sentences no reader took whose cue is written in title case ("C, NAME Said.")."""
    taken = {sentence_of(doc, s.evidence.start) for s in kept}
    out: list[Statement] = []
    for i, sentence in enumerate(doc.sentences):
        if i in taken or not _CAP_GATE.search(sentence.text):
            continue
        m = _CAP_CUE.match(sentence.text.strip())
        if m is None:
            continue
        lead = len(sentence.text) - len(sentence.text.lstrip())
        name, cue, clause = speakers.canonical(m.group("n")), m.group("v").lower(), m.group("c")
        at = sentence.start + lead
        if clause[:1] in _OPENS and clause[-1:] in '"”»“':
            out.append(new_statement(clause[1:-1], at + 1, name, "direct", clause[1:-1], cue))
        else:
            out.append(new_statement(clause, at, name, "indirect", clause, cue))
        if m.group("a"):
            a = m.group("a")
            out.append(new_statement(a, at + m.start("a"), name, "indirect", a, "adding"))
    return out


def _unglued(
    doc: Document, speakers: Speakers, kept: list[Statement], fresh: set[int]
) -> list[Statement]:
    """A title-case cue verb stripped from the name it was glued to."""
    out: list[Statement] = []
    renamed: dict[str, str] = {}
    last_new: str | None = None
    for s in kept:
        m = None
        if s.speaker.startswith("Says ") or s.speaker[-1:] in "ddse":
            m = _GLUED_END.match(s.speaker) or _GLUED_START.match(s.speaker)
        if m is not None:
            name = renamed.setdefault(s.speaker, _full_name(doc, speakers, m.group("n")))
            mode = s.mode
            text = s.evidence.text.lstrip()
            if mode == "partial" and text[:1] in _OPENS and text[1:].startswith(s.quote):
                mode = "direct"
            s = replace(s, speaker=name, mode=mode)
            last_new = name
        elif id(s) in fresh:
            last_new = s.speaker
        elif (
            last_new is not None
            and " " not in s.speaker
            and _PRONOUN_CUE.search(s.evidence.text) is not None
        ):
            s = replace(s, speaker=last_new)  # "“Q,” she said." right after the renamed one
        else:
            last_new = None
        out.append(s)
    return out


def _full_name(doc: Document, speakers: Speakers, name: str) -> str:
    """The canonical form of ``name``; a bare surname the headline glued ("Says Fidan")
    takes the first fuller mention in the body ("Hakan Fidan")."""
    if " " in name:
        return speakers.canonical(name)
    listed = ALIASES.get(norm(name))
    if listed is not None and listed.kind == "person":
        return listed.canonical  # the table's person ("Erdogan")
    for fuller in re.finditer(r"\b([A-Z][\w'’-]+)[ \t]+" + re.escape(name) + r"\b", doc.body):
        if fuller.group(1) not in ("Says", "Said"):
            found = speakers.canonical(fuller.group(0))
            return fuller.group(0) if "Says" in found else found
    return name


def _own_act_quote(doc: Document, s: Statement) -> Statement:
    """ "saying “Q,” stressing the need for ...": the direct quote Q, not a clause holding it."""
    if s.mode == "partial":
        return _saying_partial(doc, s)
    if s.mode != "indirect" or s.quote[:1] not in '“"':
        return s
    m = _QUOTE_THEN_ACT.match(s.quote)
    if m is None or "saying " + s.quote[:1] not in s.evidence.text:
        return s
    return replace(s, mode="direct", quote=m.group("q"))


def _saying_partial(doc: Document, s: Statement) -> Statement:
    """ "saying “Q,” stressing ...": a whole quoted clause after "saying" is direct."""
    i = sentence_of(doc, s.evidence.start)
    text = doc.sentences[i].text if i >= 0 else s.evidence.text
    at = text.find(s.quote)
    if at < 2 or not text[: at - 1].endswith("saying "):
        return s
    m = _QUOTE_THEN_ACT.match(text[at - 1 :].rstrip(" ."))
    return replace(s, mode="direct") if m is not None and m.group("q") == s.quote else s


def _heading_text(doc: Document) -> tuple[str, str, int]:
    """The doc's leading lines that end in no sentence mark (headline, dateline), joined,
    the first sentence after them and its offset."""
    heads: list[str] = []
    for sentence in doc.sentences[:6]:
        text = sentence.text.strip()
        if not text or text[-1] in '.!?"”’:':
            return " ".join(" ".join(heads).split()), " ".join(text.split()), sentence.start
        heads.append(text)
    return "", "", 0


def _is_person(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not any(w in _BODY_WORDS for w in words)
    )


def _headline_roles(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A role resolved to headline words: the holder who spoke before it."""
    heads, first, at = _heading_text(doc)
    if not heads:
        return kept
    joined = f"{heads} {first}"
    bad = {
        s.speaker
        for s in kept
        if " " in s.speaker
        and s.speaker not in s.evidence.text
        and (s.speaker in heads or (s.speaker in joined and s.speaker not in first))
        and s.speaker not in doc.body[at:]  # words of the heading only, no name of the body
        and norm(s.speaker) not in ALIASES
    }
    if not bad:
        return kept
    out: list[Statement] = []
    mapped: dict[str, str] = {}
    for s in kept:
        if s.speaker in bad:
            new = _holder(s, out, kept) or mapped.get(s.speaker)
            if new is not None:
                mapped[s.speaker] = new
                s = replace(s, speaker=new)
        out.append(s)
    return out


def _holder(s: Statement, before: list[Statement], kept: list[Statement]) -> str | None:
    """Who the role after the cue in ``s`` stands for (None: no role there)."""
    m = _ROLE.search(s.evidence.text)
    if m is None:
        return None
    head = (m.group("h") or m.group("h2") or "").lower()
    if head in _UNNAMED:
        for prior in reversed(before):
            if head in prior.speaker.lower().split()[1:]:
                return prior.speaker
        return None
    for prior in reversed(before):
        if _is_person(prior.speaker):
            return prior.speaker
    for later in kept:
        if later.evidence.start > s.evidence.end and _is_person(later.speaker):
            if head in later.evidence.text.lower():
                return later.speaker
            break
    return None

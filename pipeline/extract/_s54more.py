"""More speaker readings of statement round 54 (used by :mod:`pipeline.extract._s54post`).

- "C, the Times of Israel reported, citing local authorities." is the outlet's statement
  (the ", citing X" tail kept the sentence readers from the trailing attribution);
- "the outlet said" is the outlet of one of the statements just before, never the body the
  outlet quoted (see ``outletlike``);
- "Local resident Nina ..." then "“...,” she told Suspilne." is Nina: a role word before a
  first name is no speaker of its own;
- "it said" / "it added" is one body: a plural speaker there ("Local sources") gives way to
  the singular body of the statement before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._stmtindex import within
from pipeline.extract.model import Document, Sentence, Statement

_CITING = re.compile(
    r"^(?P<c>[A-Z\"“].{15,}?),[ \t]+the[ \t]+(?P<s>[A-Z][\w'’-]*(?:[ \t]+(?:of|[A-Z][\w'’-]*))*)"
    r"[ \t]+(?P<v>reported|said),[ \t]+citing[ \t]+[^,.]{3,80}\.$"
)
_MEDIA = re.compile(
    r"\b(?:Times|News|Post|TV|Radio|Channel|Media|Journal|Herald|Press|Gazette|Kan|Ynet"
    r"|Haaretz|Reuters|AFP|Xinhua|TASS|Ukrinform|Interfax|RIA|Jazeera|Manar|Mayadeen|NNA|SANA"
    r"|WAFA|IRNA|Suspilne|Anadolu|BBC|CNN)\b"
)
_ROLE_FIRST = (
    r"(?:resident|woman|man|pensioner|teacher|volunteer|shopkeeper|doctor|nurse|student"
    r"|farmer|driver|mother|father|witness)"
)
_CREDIT_NAME = (
    r"[ \t]*\([^)]{1,25}\)[ \t]*[–—-][ \t]*[^,.]{0,80}?,"
    r"[ \t]*(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}),"
)
_ROLE_GATE = re.compile(rf"[ \t]{_ROLE_FIRST}[ \t]+[A-Z]")
"""What every "NAME ROLE First" match holds: one body scan instead of one per statement."""
_PLURAL_IT = re.compile(r"(?:,|”|\")[ \t]*it[ \t]+(?:said|added)\b|^It[ \t]+(?:said|added)\b")


def outlet_credits(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, the OUTLET reported, citing X." read when nobody was."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if "citing" not in text:
            continue
        m = _CITING.match(text)
        if m is None or not _MEDIA.search(m.group("s")):
            continue
        add_unread(out, sentence, text, m)
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def credited(kept: list[Statement]) -> list[Statement]:
    """ "OUTLET (Jun 15) – Iran's ... spokesperson, NAME, has condemned ...": NAME's words."""
    out = []
    for s in kept:
        text = s.evidence.text
        if text.startswith(s.speaker + " ("):
            m = re.match(re.escape(s.speaker) + _CREDIT_NAME, text)
            if m:
                out.append(replace(s, speaker=m.group("n")))
                continue
        out.append(s)
    return out


def add_unread(out: list[Statement], sentence: Sentence, text: str, m: re.Match[str]) -> None:
    """Append the reading ``m`` (groups s, c and v) of ``text``, the stripped ``sentence``, to
    ``out`` when no statement of ``out`` is in the sentence and ``fresh`` holds."""
    if any(within(s, sentence) for s in out):
        return
    if not fresh(out, m.group("s"), m.group("c")):
        return
    start = sentence.start + sentence.text.find(text)
    out.append(new_statement(text, start, m.group("s"), "indirect", m.group("c"), m.group("v")))


def fresh(out: list[Statement], speaker: str, clause: str) -> bool:
    """Whether no statement of ``out`` already gives ``clause`` to ``speaker`` (a photo
    caption repeating the lede is read once)."""
    return not any(s.speaker == speaker and s.quote == clause for s in out)


def outletlike(s: Statement) -> bool:
    """A statement whose speaker is a news outlet."""
    return (bool(_MEDIA.search(s.speaker)) and s.speaker.split()[-1] not in ("Agency",)) or (
        s.cue in ("reported", "reports") and bool(_MEDIA.search(s.speaker))
    )


def residents(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "Local resident Nina ..." : the role word "Local" is Nina."""
    out = []
    roles: bool | None = None  # whether the body holds a "ROLE First" at all (asked once)
    for s in kept:
        if " " not in s.speaker and s.speaker[:1].isupper():
            if roles is None:
                roles = _ROLE_GATE.search(doc.body) is not None
            if not roles:
                out.append(s)
                continue
            m = re.search(
                rf"\b{re.escape(s.speaker)}[ \t]+{_ROLE_FIRST}[ \t]+(?P<n>[A-Z][a-z]+)\b", doc.body
            )
            if m and m.start() < s.evidence.start and re.search(r"\b(?:she|he)\b", s.evidence.text):
                out.append(replace(s, speaker=m.group("n")))
                continue
        out.append(s)
    return out


def singular_it(kept: list[Statement]) -> list[Statement]:
    """ "..., it said." never carries a plural speaker: the singular body before does."""
    out: list[Statement] = []
    for s in kept:
        plural = s.speaker.endswith(("sources", "residents", "eyewitnesses", "witnesses"))
        if (
            plural
            and _PLURAL_IT.search(s.evidence.text)
            and s.speaker.lower() not in (s.evidence.text.lower())
        ):
            prior = [b for b in out[-3:] if not b.speaker.endswith("s") and " " in b.speaker]
            if prior and s.evidence.start - prior[-1].evidence.end < 500:
                out.append(replace(s, speaker=prior[-1].speaker))
                continue
        out.append(s)
    return out

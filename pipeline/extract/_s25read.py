"""Romanian/Iberian attributions no statement covers yet, read whole (statement round 25).

Literal translations of Agerpres, News.ro, Digi24, EFE, Europa Press and Lusa copy
(``dev_statements50``) report in sentence shapes the cue readers miss:

- "SUBJECT[, NAME,] [also] VERB [on DAY][, ADJUNCT,] that C" with a Romanian or Iberian verb
  ("The MApN specifies / transmits / informs that C", "X communicated / showed / brought to
  mind / made the specification / defended / guaranteed that C", "declared, on Tuesday, at
  the Cotroceni Palace, that C"), after an agency dateline or a "Speaking at ..." lead;
- "According to the institution / the quoted source / the MApN, C", "In the opinion / view
  of X, C" (a whole quoted clause: direct);
- "“C,” began by saying the prime minister" (the person named just before) and "“C,”
  specified the institution"; "“C,” the prefect of X, NAME, sent to AGERPRES".

Only sentences no statement covers are read, each behind a literal test.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._s25who import ACRONYMS, BACK, OUTLETS, speaker_of
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Evidence, Finding, Statement, StatementMode

__all__ = ["LITERALS", "added"]

_LEAD = re.compile(
    r"^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, \d{1,2} [A-Z][a-z]+ (?:/[\w.]+/|\([\w.]+\))\.?"
    r"[ \t]*[-–—][ \t]*|(?:Speaking|Questioned|Asked|Interviewed) [^,]{3,80}, )"
)
"""An agency dateline ("Bucharest, 3 October /Agerpres/ - ") or a participle lead."""
_VERBS = (
    r"specifie[sd]|transmit(?:s|ted)|inform(?:s|ed)|communicate[sd]|show(?:s|ed)"
    r"|brought to mind|brings to mind|ma(?:de|kes) the (?:specification|precision|mention)"
    r"|recall(?:s|ed)|underline[sd]|indicate[sd]|guarantee[sd]|defend(?:s|ed)|state[sd]"
    r"|declare[sd]|affirm(?:s|ed)|assure[sd]|confirm(?:s|ed)|point(?:s|ed) out|announce[sd]"
    r"|explain(?:s|ed)|add(?:s|ed)|reiterate[sd]|stresse[sd]|emphasi[sz]e[sd]|note[sd]"
    r"|sa(?:id|ys)(?: to [A-Z][\w.]+)?|told [A-Z][\w.]+"
)
_SVT = re.compile(
    r"^(?P<subj>(?:[A-Z]|the )[^,;:“”\"«»]{1,90}?)(?:,[ \t](?P<name>[A-Z][^,;:“”\"«»]{2,50}),)?"
    r"[ \t](?:also[ \t]|later[ \t]|again[ \t]|further[ \t])?"
    rf"(?P<verb>{_VERBS})"
    r"(?P<adj>(?:[ \t](?:on|this|last)[ \t][A-Z]?[a-z]+(?:[ \t](?:morning|evening|afternoon"
    r"|night))?)?(?:,[ \t][^,;“”\"«»]{2,90}){0,3},?)"
    r"[ \t]that[ \t](?P<c>[^;]{8,400}?)\.?$"
)
"""'SUBJECT[, NAME,] [also] VERB[ on DAY][, ADJUNCT,] that C' (the whole sentence)."""
_OPINION = re.compile(
    r"^(?:According to|In the (?:opinion|view) of|In the words of) (?P<np>[^,;“”\"«»]{3,90}),"
    r"[ \t](?P<c>.{8,400}?)\.?$"
)
_QUOTE_FIRST = re.compile(
    r"^[“\"«](?P<q>[^“”\"«»]{3,400})[”\"»],?[ \t](?:"
    r"(?P<v1>began by saying|specified|transmitted|pointed out|indicated|underlined|assured"
    r"|informed|communicated)[ \t](?P<np1>the[ \t][^,;“”\"«»]{2,60}?)"
    r"|(?P<np2>the[ \t][^;“”\"«»]{2,90}?),[ \t](?P<name>[A-Z][^,;“”\"«»]{2,40}),[ \t]"
    r"(?P<v2>sent|transmitted|declared|stated) (?:to|for) [A-Z][\w.]+)"
    r"(?=,|\.?[ \t]*$|[ \t](?:who|which|from|at|during|in|on)[ \t])"
)
ROLE = re.compile(
    r"^(?:(?P<dem>[a-z]+) )?(?:president|prime minister|premier|foreign minister|head of state"
    r"|head of government|minister)$"
)
LITERALS = (
    " that ",
    "According to ",
    "In the opinion of ",
    "In the view of ",
    " began by saying ",
    " sent to ",
    " specified the ",
)


def added(
    doc: Document, speakers: SpeakerLookup, found: list[Finding], country: str | None
) -> list[Finding]:
    body = doc.body  # _read needs " that ", an opening phrase or an opening mark in its core
    if (
        not body_has(body, " that ")
        and not body_has(body, "According to ")
        and not body_has(body, "In the ")
        and not any(body_has(body, mark) for mark in '“"«')
    ):
        return found
    covered = {speakers.sentence_at(f.evidence.start) for f in found if isinstance(f, Statement)}
    new: list[Finding] = []
    svts: dict[str, re.Match[str] | None] = {}  # sparse copy repeats its sentences
    for index, sentence in enumerate(doc.sentences):
        if index in covered:
            continue
        text = sentence.text
        lead = _LEAD.match(text)
        start = lead.end() if lead is not None else 0
        core = text[start:]
        made = _read(core, doc, speakers, sentence.start + start, (found, new), country, svts)
        if made is not None:
            speaker, mode, quote, cue = made
            evidence = Evidence(text, sentence.start, sentence.start + len(text))
            new.append(
                Statement(
                    evidence=evidence,
                    confidence=0.7,
                    speaker=speaker,
                    mode=mode,
                    quote=quote,
                    cue=cue,
                )
            )
    if not new:
        return found
    merged = found + new
    merged.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return merged


def _read(
    core: str,
    doc: Document,
    speakers: SpeakerLookup,
    offset: int,
    so_far: tuple[list[Finding], list[Finding]],
    country: str | None,
    svts: dict[str, re.Match[str] | None],
) -> tuple[str, StatementMode, str, str] | None:
    """(speaker, mode, quote, cue) of one uncovered sentence's Romanian/Iberian shape.

    ``so_far`` is (the findings, the statements added before): joined only when a shape
    matched. ``svts`` remembers :data:`_SVT` on each core text of this document.
    """
    svt = None
    if " that " in core:
        if core in svts:
            svt = svts[core]
        else:
            svt = svts[core] = _SVT.match(core)
    found = so_far[0] + so_far[1] if svt is not None or core[:1] in 'AI“"«' else []
    if svt is not None:
        np = svt.group("name") or svt.group("subj")
        if svt.group("verb").startswith("told ") and svt.group("verb")[5:].lower() not in OUTLETS:
            return None
        who = speaker_of(np, doc, speakers, offset, found, country)
        if who is not None and not _marks(svt.group("c")[:1]):
            return who, "indirect", svt.group("c"), svt.group("verb")
        return None
    if core.startswith(("According to ", "In the ")) and (op := _OPINION.match(core)):
        bare = re.sub(r"^(?:the|an?) ", "", op.group("np"))
        if core.startswith("According to ") and bare not in ACRONYMS and bare not in BACK:
            return None  # the readers' call on every other "According to X" stands
        who = speaker_of(op.group("np"), doc, speakers, offset, found, country)
        if who is None:
            return None
        clause = op.group("c")
        if clause[:1] in '“"«' and clause.rstrip(".")[-1:] in '”"»':
            return who, "direct", clause.rstrip(".")[1:-1], "according to"
        return who, "indirect", clause, "according to"
    if core[:1] in '“"«' and (qf := _QUOTE_FIRST.match(core)) is not None:
        np = qf.group("name") or qf.group("np1") or qf.group("np2")
        who = speaker_of(np, doc, speakers, offset, found, country)
        if who is None and qf.group("np1") is not None:
            bare = qf.group("np1")[4:].lower()
            if ROLE.match(bare) is not None:
                who = _person_near(doc, speakers, offset)
        if who is None:
            return None
        return who, "direct", qf.group("q"), qf.group("v1") or qf.group("v2")
    return None


def _person_near(doc: Document, speakers: SpeakerLookup, offset: int) -> str | None:
    index = speakers.sentence_at(offset)
    for k in (index - 1, index - 2):
        if k >= 0:
            who = speakers.person_before(k, doc.sentences[k].end)
            if who is not None:
                return who
    return None


def _marks(text: str) -> bool:
    return any(m in text for m in '“”"«»')

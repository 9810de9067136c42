"""Statement round 41 (``dev_articles70`` / ``dev_statements66``): the subject of a literal
Italian or French sentence, read once for every saying verb in it.

The readers before this one credit a clause to the words right before its verb. Literal
Romance copy puts whole phrases there: an adjunct ("X, in his evening message, has
affirmed that"), a relative or participial clause ("X, who met on Tuesday Y, has
specified that", "X, receiving the ambassadors, has recalled that", "X, after convening
the council, specified that") or a first predicate chained to the saying one ("X has
denied any responsibility, and has assured that C", "X thanked the partners and has asked
them to VP"). Here the subject is the sentence's first noun phrase (past fronted
adverbials, with a name apposed to a title), and every clause of :mod:`_s39read` plus
", before adding that C" and ", and (has) asked Y to VP" is credited to it; a speaker an
earlier reader took from the adjunct ("government" out of "heads of state and
government", "after convening the council") is replaced.

Also read by mechanism: a source set between subject and predicate ("S, according to X,
PRED." and "S, the X specified, PRED.": the predicate is the quote), a bare role naming
the holder the article introduced ("the Pontiff" after "Pope NAME", "the head of French
diplomacy" after a foreign minister, "the head of the government" after a prime
minister), "a European diplomat has" (no auxiliary in a speaker), "qualified X as «F»"
(a partial) and a that-clause closing on its «fragment» (the fragment only).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._roles import CAPITALS
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s39read import clauses_in
from pipeline.extract._spanindex import Spans
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+"
_RUN = rf"{_CAP}(?:[ \t]+(?:(?:de|da|von|der|van|di|del|la|De)[ \t]+)*{_CAP})*"
_FRONT = re.compile(
    r"^(?:In|From|At|On|During|After|Before|Following|Meanwhile|Then"
    r"|Questioned[ \t]+by|Interviewed[ \t]+by|Asked[ \t]+by"
    r"|Contacted[ \t]+by|Speaking[ \t]+to|Later|Also)\b"
)
_ASIDE = re.compile(
    r"^(?:who|which|after|before|speaking|receiving|opening|in|on|during|alongside|at|for)\b"
)
_PRED = re.compile(r"[ \t]+(?:has|have|had|also|then|[a-z]+ed|thanked|met|took|made)\b")
_TRAIL_NAME = re.compile(rf"(?P<n>{_RUN})$")
_SUBJ = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)[ \t]+)?(?:[\w'’-]+[ \t]+){{0,9}}?(?P<n>{_RUN})$")
_DESCRIBED = re.compile(
    r"^[Aa]n?[ \t]+(?P<d>(?:[A-ZÀ-Ž][\w'’-]+[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?:diplomat|adviser|advisor|official|source|officer|negotiator))$"
)


_BODY_OF = re.compile(
    rf"^[Tt]he[ \t]+(?P<b>civil[ \t]+defence|civil[ \t]+protection|fire[ \t]+service)"
    rf"[ \t]+of[ \t]+(?P<p>{_CAP})$"
)
_DATELINE = re.compile(
    r"^(?:\([A-Za-z]+\)|[A-ZÀ-Ž][A-Za-zÀ-ž' ]{1,30}(?:,[^-–,]{2,40}?)?(?:[ \t]*\([A-Za-z]+\))?)"
    r"[ \t]+[-–][ \t]+"
)


def _segments(pre: str) -> list[str]:
    return [s.strip() for s in pre.split(", ") if s.strip()]


def _resolve(speakers: Speakers, seg: str, offset: int) -> tuple[str, bool] | None:
    """The person ``seg`` names (or a description / a place's body, flagged True)."""
    seg = re.sub(r"[ \t]+(?:has|have|also|then)$", "", seg.strip().rstrip(","))
    if (d := _DESCRIBED.match(seg)) is not None:
        return d.group("d"), True
    if (b := _BODY_OF.match(seg)) is not None:
        return f"{b.group('p')} {b.group('b')}", True
    m = _SUBJ.match(seg) or _TRAIL_NAME.search(seg)
    if m is None:
        return None
    run = m.group("n")
    found = speakers.named(run, offset)
    if found:
        return (found, False) if is_person(found) else None
    if len(run.split()) >= 2:
        who = name_in(speakers, run)
        return (who, False) if is_person(who) else None
    return None


def subject(speakers: Speakers, text: str, verb_at: int, offset: int) -> tuple[str, str] | None:
    """The speaker the sentence's first noun phrase names, for a verb at ``verb_at``, and
    the words set between it and the verb (a speaker read from those is a misreading)."""
    pre = text[:verb_at]
    while (d := _DATELINE.match(pre)) is not None:
        pre = pre[d.end() :]  # "(AGI) - Rome, 3 Dec. - "
    if " while " in pre or " whereas " in pre or "; " in pre:
        return None  # a second subject of its own
    segs = _segments(pre)
    while len(segs) > 1 and _FRONT.match(segs[0]):
        segs = segs[1:]
    if not segs:
        return None
    head = segs[0]
    if (p := _PRED.search(head)) is not None:
        head = head[: p.start()]
    parts = [head]
    if len(segs) > 1 and re.fullmatch(_RUN, segs[1]):
        parts.append(segs[1])  # "The Dutch defence minister, NAME,"
    aside = " ".join(g for g in segs[len(parts) :] if _ASIDE.match(g))
    for seg in reversed(parts):
        read = _resolve(speakers, seg, offset)
        if read:
            return read[0], aside if not read[1] else "\0"
    return None


_BEFORE = re.compile(r",[ \t]+before[ \t]+(?P<v>adding|specifying|stressing|noting|recalling)"
                     r"[ \t]+that[ \t]+(?P<c>[^;]+?)[ \t]*\.?$")  # fmt: skip
_QUALIFIED = re.compile(
    r"\bqualified[ \t]+[^«»,;]{2,60}?[ \t]+as[ \t]+«[ \t]*(?P<q>[^«»]{2,80}?)[ \t]*»"
)
_CHAINED = re.compile(r"(?:^|,[ \t]+|\w[ \t]+)(?:has|have)[ \t]+[a-z]+ed\b.*\band[ \t]+")
_BAD = re.compile(r"^(?:government$|(?:after|before|who|which|in|on|during|speaking)[ \t])")


def _readings(body: str, text: str) -> list[tuple[int, str, str, str]]:
    out = [(r.at, r.mode, r.quote, r.cue) for r in clauses_in(body, text)]
    if ", before " in text and (m := _BEFORE.search(text)) is not None:
        out.append((m.start("v"), "indirect", m.group("c"), m.group("v")))
    if " as «" in text and (m := _QUALIFIED.search(text)) is not None:
        out.append((m.start(), "partial", m.group("q"), "qualified"))
    return out


def _same(a: str, b: str) -> bool:
    return a[:40] == b[:40] or a in b or b in a


def _index(out: list[Statement], spots: list[int], s: Statement) -> int:
    """``out.index(s)`` (-1 when absent), looking only at the ascending ``spots``."""
    for i in spots:
        if out[i] is s or out[i] == s:
            return i
    return -1


def _subjects(
    speakers: Speakers,
    spans: Spans,
    statements: list[Statement],
    body: str,
    text: str,
    start: int,
) -> list[Statement]:
    readings = _readings(body, text)
    if not readings:
        return statements
    # ``overlapping(statements, start, end)`` and its positions: a statement equal to one of
    # them has its evidence, so it sits at one of these positions (or is appended below)
    spots = spans.positions(statements, start, start + len(text))
    here = [statements[i] for i in spots]
    out = list(statements)
    changed = False  # unchanged: the same list back, so ``spans`` keeps its sort
    for at, mode, quote, cue in readings:
        if text.count("«", 0, at) != text.count("»", 0, at) or len(quote.split()) < 2:
            continue
        if quote.count("«") != quote.count("»") or quote.count("„") > quote.count("“"):
            continue
        if cue.endswith("s") and cue != "made known":
            continue  # "rejected reports that": a noun, not the verb
        read = subject(speakers, text, at, start)
        if read is None:
            continue
        who, aside = read
        old = [s for s in here if _same(s.quote, quote) and _index(out, spots, s) >= 0]
        if old:
            for s in old:
                new = s
                if s.speaker != who and (
                    _BAD.match(s.speaker)
                    or s.speaker.endswith(" has")
                    or (s.speaker.split()[-1] in aside and s.speaker not in who)
                    or (aside == "\0" and who.startswith(s.speaker))
                ):
                    new = replace(new, speaker=who)
                if s.quote.startswith(quote) and s.quote[len(quote) :].startswith(", before "):
                    new = replace(new, quote=quote)  # "A, before adding that B": two
                i = _index(out, spots, s)
                if i < 0:
                    raise ValueError("not in list")  # as ``out.index(s)``
                out[i] = new
                changed = changed or new is not s
            continue
        plain = (
            not cue.endswith("ing") and cue != "made known" and text[at:].split()[1:2] != ["how"]
        )
        if plain and aside in ("", "\0") and _CHAINED.search(text[:at]) is None:
            continue  # no adjunct, no first predicate: the earlier readers' own reading
        if mode == "partial" and any(quote in s.quote and s.mode != "partial" for s in here):
            continue
        out.append(new_statement(text, start, who, "partial" if mode == "partial" else
                                 "indirect", quote, cue))  # fmt: skip
        spots.append(len(out) - 1)
        changed = True
    return out if changed else statements


_SET_IN = re.compile(
    r"^(?P<s>[A-Z][^,«»;:]{3,80}?),[ \t]+(?:according[ \t]+to[ \t]+(?P<x>[^,«»]{3,80}?)"
    r"|(?P<y>the[ \t]+[a-z][^,«»]{2,60}?)[ \t]+(?:specified|added|said|explained|stressed|noted))"
    r",[ \t]+(?P<p>[a-z][^«»]{6,}?)[ \t]*\.?$"
)
_VERBAL = re.compile(
    r"(?:^|[ \t])(?:will|would|could|should|can|may|must|might|has|have|had|is|was|are|were"
    r"|remains?|shot|[a-z]{3,}ed)\b"
)
_NO_SOURCE = ("schedule", "agenda", "calendar", "timetable", "programme", "plan", "estimate")


def _set_in(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int
) -> list[Statement]:
    sentence = doc.sentences[index]
    text = sentence.text.rstrip()
    m = _SET_IN.match(text)
    if m is None:
        return statements
    x = m.group("x") or m.group("y")
    if any(w in x for w in _NO_SOURCE):
        return statements
    pred = m.group("p")
    if _VERBAL.match(pred) is None or _VERBAL.search(m.group("s")) is not None:
        return statements  # "..., whereas C", "..., the largest in the country"
    here = overlapping(statements, sentence.start, sentence.end)
    subj = [s for s in here if s.quote.strip() == m.group("s").strip()]
    if subj:
        return [replace(s, quote=pred) if s in subj else s for s in statements]
    if here or m.group("x") is None:
        return statements
    who = speakers.named(x.replace("same ", ""), sentence.start)
    if who is None and "bulletin" in x:
        earlier = [s for s in statements if s.evidence.end <= sentence.start]
        who = next((s.speaker for s in reversed(earlier) if "bulletin" in s.evidence.text), None)
        if who is None:
            return statements
    if who is None:
        who = re.sub(r"^the[ \t]+", "", x.strip())
        if not re.search(r"\b(?:office|ministry|administration|press|service)\b", who):
            return statements
    return [*statements, new_statement(text, sentence.start, who, "indirect", pred, "according to")]


_ROLES: tuple[tuple[str, str], ...] = (
    ("Pontiff", rf"\bPope[ \t]+{_RUN}"),
    ("head of French diplomacy",
     rf"(?:[Ff]oreign[ \t]+[Mm]inister|Foreign[ \t]+Affairs),?[ \t]+(?P<n>{_RUN})"),
    ("head of the government", rf"(?:[Pp]rime[ \t]+[Mm]inister|[Pp]remier),?[ \t]+(?P<n>{_RUN})"),
)  # fmt: skip


def _holder(body: str, role: str, before: int) -> str | None:
    for key, rx in _ROLES:
        if role.lower().endswith(key.lower()) or (key.startswith("head of French") and re.search(
            r"head of [A-Z][a-z]+ diplomacy$", role)):  # fmt: skip
            found = list(re.finditer(rx, body[:before]))
            if not found:
                return None
            m = found[-1]
            return m.group("n") if "n" in m.groupdict() and m.group("n") else m.group(0)
    return None


_OPENS = re.compile(r"^(?:In|From)[ \t]+(?P<c>[A-Z][a-z]+),[ \t]+the[ \t]+Ministry[ \t]+of\b")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's readings."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    spans = Spans()
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        if text[-1:] not in (".", "»", '"', "”"):
            continue
        if " that " in text or " how " in text:
            statements = _subjects(speakers, spans, statements, doc.body, text, sentence.start)
        if ", according to " in text or ("the " in text and ", the " in text):
            statements = _set_in(doc, speakers, statements, index)
    out: list[Statement] = []
    for s in statements:
        if s.speaker.endswith((" has", " have")):
            s = replace(s, speaker=s.speaker.rsplit(" ", 1)[0])
        if (
            s.speaker.startswith(("head of ", "master of ", "tenant of "))
            and (named := speakers.named(s.speaker[:1].upper() + s.speaker[1:], s.evidence.start))
            and is_person(named)
        ):
            s = replace(s, speaker=named)  # "head of the Kremlin": a table alias
        p = _OPENS.match(s.evidence.text) if s.speaker.startswith("Ministry of ") else None
        if p is not None and p.group("c").lower() in CAPITALS:
            s = replace(s, speaker=f"{CAPITALS[p.group('c').lower()]} {s.speaker}")
        if s.speaker == "Pontiff" or (s.speaker[:1].islower() and " " in s.speaker):
            holder = _holder(doc.body, s.speaker, s.evidence.start)
            if holder:
                s = replace(s, speaker=holder)
        out.append(s)
    return others + out

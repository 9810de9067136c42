"""Statement mechanisms of round 46 (``dev_articles74`` / ``dev_statements72``): literal
Spanish/Portuguese and German copy whose clause boundaries and speakers the earlier rounds
left unread.

Each reader models a mechanism (verbs from the one lemma table of :mod:`_s36verbs`):

- a second predicate of the same subject in the Romance perfect ("X has expressed its
  concern and has recalled that C", "has affirmed that A and has asked Y to VP"): C (or the
  appeal) is the subject's, and a first clause that ran on over "and has asked" ends there;
- a relative after the source of an attribution ("..., according to the governor, NAME, who
  specified that C"; "..., as explained by X, which has assured that C"): C is the source's;
- a saying verb whose object is a quoted judgement ("considered «unacceptable» the attacks",
  "classified as «inadmissible» the shelling"): a partial of the subject;
- "For the ROLE [of ORG] NAME, C" (Spanish "Para el analista de X NAME, C"): C is NAME's, and a
  partial inside C is NAME's too;
- "VERB to this newspaper/agency that C" (the outlet telling its own story);
- "C, it was said." (German "hieß es") after a sentence whose subject is a body that counted
  or registered something ("The air force counted ..."): C is that body's.

The speaker forms and trailing sources ("as detailed by X", "the state railway NAME", "the X
of the Y region") are read by :mod:`pipeline.extract._s46forms`, call signs by
:mod:`pipeline.extract._s46calls`.

Each reader starts with a literal test of the body, then of its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._lexicon import TITLES
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s36verbs import pattern
from pipeline.extract._s46calls import call_signs
from pipeline.extract._s46forms import as_by, as_lead, described, named_lead, placed
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_FIN = pattern("finite")
_WORD = r"[A-ZÀ-Ž][\w'’-]+"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r")+"
_QUOTED = r"[«„“\"](?P<f>[^»“”\"«„]{2,80})[»“”\"]"
_APPEAL = r"(?:asked|urged|requested|called[ \t]+on|exhorted|invited)"
_CONJOINED = re.compile(
    r"[ \t]and[ \t]+(?:has|had|have)[ \t]+(?:also[ \t]+)?(?:(?P<v>"
    + _FIN
    + r")[ \t]+that[ \t]+(?P<c>[^;«»“”]{8,}?)|(?P<a>"
    + _APPEAL
    + r")[ \t]+(?P<o>(?:the|its|his|her|their|all|[A-Z])[^;«»“”]{2,120}?[ \t]to[ \t]+[a-z]"
    r"[^;«»“”]*?))\.?$"
)
_RELATIVE = re.compile(
    r"(?:according[ \t]+to|[ \t]by)[ \t]+(?P<x>[^;«»“”]{3,120}?),[ \t]+(?:which|who)[ \t]+"
    r"(?:has[ \t]+|had[ \t]+|also[ \t]+){0,2}(?P<v>" + _FIN + r")[ \t]+that[ \t]+"
    r"(?P<c>[^;«»“”]{8,}?)\.?$"
)
_JUDGED = re.compile(
    r"[ \t](?P<v>considered|considers|deemed|deems|judged|judges|classified[ \t]+as"
    r"|qualified[ \t]+as|described[ \t]+as|termed|labell?ed[ \t]+as|branded[ \t]+as)[ \t]+"
    + _QUOTED
    + r"[ \t]+(?:the|these|this|those|its|their|his|her|such)[ \t]"
)
_JUDGED_CUE = re.compile(r"consider|deem|judge|classified|qualified|described|termed|label|branded")
"""A literal stem of every :data:`_JUDGED` verb: found by a fast literal scan, it spares
the full pattern (which opens on a blank, tried at every one) in most sentences."""
_EXPERTS = (
    "analyst expert scientist economist historian researcher professor sociologist commentator"
    " observer specialist journalist strategist diplomat lawyer politologist"
)
_ROLE_NOUNS = (
    "(?:"
    + "|".join(sorted({*_EXPERTS.split(), *(t for t in TITLES if t.isalpha())}, key=len)[::-1])
    + ")"
)
_FOR_ROLE = re.compile(
    r"^For[ \t]+(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+){0,2}" + _ROLE_NOUNS + r"[ \t]+"
    r"(?:(?:of|at|from)[ \t]+(?:the[ \t]+)?[^,;«»“”]{2,60}?[ \t]+)?(?P<n>" + _NAME + r"),[ \t]+"
    r"(?P<c>[^;]{8,}?)\.?$"
)
_FOR_NAMED = re.compile(
    r"^For[ \t]+(?:the[ \t]+[^,;«»“”]{3,80}?,[ \t]+)?(?P<n>" + _NAME + r"),[ \t]+"
    r"(?P<c>(?:the|a|an|his|her|its|their|this|these|[a-z]+)[ \t][^;]{8,}?)\.?$"
)
"""Spanish/Italian "Para NAME, C" / "Per il sindaco, NAME, C": NAME's view."""
_NOT_PEOPLE = frozenset({"oblast", "region", "province", "city", "republic", "strip", "bank"})
_OUTLET = re.compile(
    r"^(?P<pre>[^;«»“”]{3,120}?)[ \t]+(?P<v>" + _FIN + r")[ \t]+to[ \t]+(?:this|our)[ \t]+"
    r"(?:newspaper|daily|agency|outlet|paper|channel|broadcaster|radio|station|website"
    r"|portal|publication|magazine|correspondent|reporter)[ \t]+that[ \t]+"
    r"(?P<c>[^;«»“”]{8,}?)\.?$"
)
_IT_WAS = re.compile(
    r"^(?P<c>[^;«»“”]{8,}?),[ \t]+it[ \t]+was[ \t]+(?:said|reported|stated|announced|added"
    r"|indicated|explained)(?:[ \t]+(?:further|also|later))?"
    r"(?:[ \t]+(?:in|on|via)[ \t]+(?:(?:a|an|the|its)[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?)?\.?$"
)
_COUNTED = re.compile(
    r"^(?:The|Ukraine's|Russia's|Its)[ \t][^,;«»“”]{2,60}?[ \t](?:counted|registered|recorded"
    r"|tracked|observed|detected|spotted|monitored|sent|deployed|dispatched|reported)[ \t]"
)


def _subject(speakers: Speakers, index: int, pre: str, at: int) -> str | None:
    """The speaker a sentence's subject stands for: an appositive name, else the subject."""
    if m := re.search(r"(?:^|,[ \t]+|[a-z][ \t]+)(?P<n>" + _NAME + r"),?$", pre.strip()):
        found = name_in(speakers, m.group("n"))
        if is_person(found):
            return found
    return speakers.subject(index)


def _has(statements: list[Statement], s: Sentence, quote: str) -> bool:
    return any(
        quote in x.quote or x.quote in quote for x in overlapping(statements, s.start, s.end)
    )


def _conjoined(
    doc: Document, speakers: Speakers, out: list[Statement], i: int, s: Sentence
) -> list[Statement]:
    text = s.text.rstrip()
    if " and ha" not in text or (m := _CONJOINED.search(text)) is None:
        return out
    head = text[: m.start()]
    here = overlapping(out, s.start, s.end)
    who = here[0].speaker if here else _subject(speakers, i, head, s.start)
    if who is None:
        return out
    quote, verb = (m.group("c"), m.group("v")) if m.group("v") else (m.group("o"), m.group("a"))
    if not _has(out, s, quote):
        out.append(new_statement(text, s.start, who, "indirect", quote, verb))
    return out


_RUNON = re.compile(r"[ \t]and[ \t]+(?:has|had|have)[ \t]+(?:also[ \t]+)?" + _APPEAL)


class _Starts:
    """The evidence starts of the statement list the sentence loop carries, sorted.

    The loop's passes only append to that list or build a new one, so the index follows
    appends and is rebuilt for a new list: each sentence bisects for its statements where
    a walk over all of them made long articles quadratic."""

    def __init__(self) -> None:
        self._for: list[Statement] | None = None
        self._seen = 0
        self._starts: list[tuple[int, int]] = []

    def within(self, statements: list[Statement], lo: int, hi: int) -> list[int]:
        """Indices of the statements starting in ``[lo, hi)``."""
        if statements is not self._for or len(statements) < self._seen:
            self._for = statements
            self._seen = len(statements)
            self._starts = sorted((t.evidence.start, i) for i, t in enumerate(statements))
        for i in range(self._seen, len(statements)):
            insort(self._starts, (statements[i].evidence.start, i))
        self._seen = len(statements)
        a = bisect_left(self._starts, (lo, -1))
        b = bisect_left(self._starts, (hi, -1))
        return [i for _, i in self._starts[a:b]]


def _trim_runon(statements: list[Statement], s: Sentence, index: _Starts) -> list[Statement]:
    """An indirect quote of ``s`` running on over " and has asked ..." ends before it
    (``statements`` itself when none does)."""
    out = statements
    for i in index.within(statements, s.start, s.end):
        t = statements[i]
        if t.mode == "indirect":
            m = _RUNON.search(t.quote)
            if m is not None and len(t.quote[: m.start()].split()) >= 3:
                if out is statements:
                    out = list(statements)
                out[i] = replace(t, quote=t.quote[: m.start()].rstrip(" ,"))
    return out


def _relative(speakers: Speakers, out: list[Statement], s: Sentence) -> list[Statement]:
    text = s.text.rstrip()
    if (" which " not in text and " who " not in text) or (m := _RELATIVE.search(text)) is None:
        return out
    c = m.group("c")
    if _has(out, s, c):
        return out
    x = m.group("x")
    here = [t for t in overlapping(out, s.start, s.end) if t.quote not in x]
    who = None
    for t in here:
        if t.evidence.text.find(x) >= 0 or (t.cue and t.cue in ("according to", "by")):
            who = t.speaker
    if who is None and (n := re.search(_NAME + r"$", x)):
        found = name_in(speakers, n.group(0))
        who = found if is_person(found) else None
    if who is None and here:
        who = here[0].speaker
    if who is not None:
        out.append(new_statement(text, s.start, who, "indirect", c, m.group("v")))
    return out


def _judged(speakers: Speakers, out: list[Statement], i: int, s: Sentence) -> list[Statement]:
    text = s.text
    if _JUDGED_CUE.search(text) is None or (m := _JUDGED.search(text)) is None:
        return out
    f = m.group("f")
    here = overlapping(out, s.start, s.end)
    if any(t.quote == f for t in here):
        return out
    who = next((t.speaker for t in here if t.mode == "indirect"), None)
    who = who or _subject(speakers, i, text[: m.start()], s.start)
    if who is not None:
        out = [t for t in out if not (t in here and t.quote == f)]
        out.append(new_statement(text.rstrip(), s.start, who, "partial", f, m.group("v")))
    return out


def _for_role(speakers: Speakers, out: list[Statement], s: Sentence) -> list[Statement]:
    text = s.text.rstrip()
    if not text.startswith("For ") or (m := _FOR_ROLE.match(text)) is None:
        return out
    who = name_in(speakers, m.group("n"))
    if not is_person(who) or re.match(_NAME + r",", m.group("c")):
        return out  # "For the leader of the 5 Star Movement, NAME, C": the apposed name's
    here = overlapping(out, s.start, s.end)
    partials = [t for t in here if t.mode == "partial"]
    if partials:
        return [replace(t, speaker=who) if t in partials else t for t in out]
    out = [t for t in out if t not in here]
    out.append(new_statement(text, s.start, who, "indirect", m.group("c"), "for"))
    return out


def _for_named(speakers: Speakers, out: list[Statement], s: Sentence) -> list[Statement]:
    text = s.text.rstrip()
    if not text.startswith("For ") or (m := _FOR_NAMED.match(text)) is None:
        return out
    if overlapping(out, s.start, s.end):
        return out
    words = m.group("n").split()
    if any(w.lower() in _NOT_PEOPLE for w in words):
        return out  # "For the Gaza Strip, C": a place's situation
    who = speakers.named(m.group("n"), s.start)  # None for a place ("For Saudi Arabia, C")
    if who is None or not is_person(who):
        return out
    out.append(new_statement(text, s.start, who, "indirect", m.group("c"), "for"))
    return out


def _outlet(speakers: Speakers, out: list[Statement], i: int, s: Sentence) -> list[Statement]:
    text = s.text.rstrip()
    if " to this " not in text and " to our " not in text:
        return out
    if (m := _OUTLET.match(text)) is None or _has(out, s, m.group("c")):
        return out
    who = _subject(speakers, i, m.group("pre"), s.start)
    pre = m.group("pre").split(",")[0].strip()
    if who is None and re.fullmatch(_WORD, pre):
        who = name_in(speakers, pre)
    if who is not None:
        out.append(new_statement(text, s.start, who, "indirect", m.group("c"), m.group("v")))
    return out


def _it_was(
    doc: Document, speakers: Speakers, out: list[Statement], i: int, s: Sentence
) -> list[Statement]:
    text = s.text.rstrip()
    if i == 0 or ", it was " not in text or (m := _IT_WAS.match(text)) is None:
        return out
    prev = doc.sentences[i - 1]
    if overlapping(out, s.start, s.end) or overlapping(out, prev.start, prev.end):
        return out
    if prev.paragraph != s.paragraph or _COUNTED.match(prev.text) is None:
        return out
    who = speakers.subject(i - 1)
    if who is None:
        return out
    out.append(new_statement(text, s.start, who, "indirect", m.group("c"), "said"))
    return out


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's readings added and corrected."""
    body = doc.body
    gates = (
        body_has(body, " and ha"),
        body_has(body, ", which ") or body_has(body, ", who "),
        body_has(body, "«") or body_has(body, "„") or body_has(body, "“") or body_has(body, '"'),
        body_has(body, "For "),
        body_has(body, " to this ") or body_has(body, " to our "),
        body_has(body, ", it was "),
        body_has(body, " of the "),
        body_has(body, "call sign") or body_has(body, "callsign"),
        body_has(body, ", as ") or body_has(body, ", the "),
    )
    out: list[Statement] = [f for f in found if isinstance(f, Statement)]
    if body_has(body, "according to"):
        out = named_lead(out)
    if body_has(body, "As "):
        out = as_lead(speakers, out)
    if not any(gates):
        return [*[f for f in found if not isinstance(f, Statement)], *out]
    others: list[Finding] = [f for f in found if not isinstance(f, Statement)]
    starts = _Starts()
    for i, s in enumerate(doc.sentences):
        if gates[0]:
            out = _trim_runon(out, s, starts)
            out = _conjoined(doc, speakers, out, i, s)
        if gates[8]:
            out = as_by(speakers, out, s)
            out = described(speakers, out, s)
        if gates[1]:
            out = _relative(speakers, out, s)
        if gates[2]:
            out = _judged(speakers, out, i, s)
        if gates[3]:
            out = _for_role(speakers, out, s)
            out = _for_named(speakers, out, s)
        if gates[4]:
            out = _outlet(speakers, out, i, s)
        if gates[5]:
            out = _it_was(doc, speakers, out, i, s)
    if gates[6]:
        out = placed(doc, speakers, out)
    if gates[7]:
        out = call_signs(doc, speakers, out)
    return [*others, *out]

"""The reported clause of literal Romance copy, read from the one lemma table (statement
round 39, ``dev_articles68`` / ``dev_statements64``).

French, Italian, Spanish and Portuguese copy put between the saying verb and its clause what
English copy puts elsewhere: the auxiliary of the Spanish perfect ("has assured that"), an
adjunct ("claimed for its part to have", "affirmed in a televised message to have",
"confirmed to the journalists in the Congress that"), an age apposed to the subject ("NAME,
73 years old, also claimed that"), and chain a second verb onto the first (", and has
claimed to have", ", although she has warned that", ", but has considered «F» NP"). The
attribution reader knows each verb in its plain position only; here the verb comes from
:mod:`_s36verbs` (plus the Romance "guarantee", "defend", "reveal") and every position is
read by one pattern.

A clause ending in a quoted fragment gives the fragment (a partial), one holding a fragment
inside gives the whole clause (the labelling calls of ``dev_articles68``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipeline.extract._s36verbs import LEMMAS, forms, pattern
from pipeline.extract._verbtrie import factored

__all__ = ["Reading", "clauses", "clauses_in"]

_EXTRA = ("guarantee", "defend", "reveal", "advance", "clarify", "communicate", "inform")


@cache
def _verbs() -> str:
    """Finite forms and participles (after "has") of the table's lemmas and the extras."""
    words = {w for lemma in _EXTRA for w in forms(lemma)[1:3]}
    extra = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return factored((pattern("finite"), f"(?:{extra})"))  # a prefix tree: same matches, faster


_ADJUNCT = (
    r"(?:,?[ \t]+(?:for[ \t]+(?:its|his|her|their)[ \t]+part|to[ \t]+the[ \t]+[a-z]+"
    r"(?:[ \t]+(?:in|at|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'-]+)?"
    r"|(?:in|on|during|before|via|through)[ \t]+"
    r"(?:a|an|the|his|her|its|their)[ \t]+[^,;«»“”]{2,45}?|this[ \t]+[A-Z][a-z]+"
    r"|on[ \t]+[A-Z][a-z]+"
    r"|(?:(?:him|her|it)self|themselves)[ \t]+(?:convinced|certain|sure|confident))){0,2},?"
)


@cache
def _clause_rx() -> re.Pattern[str]:
    return re.compile(
        r"(?P<aux>\b(?:has|have)[ \t]+)?(?:also[ \t]+|then[ \t]+)?\b(?P<v>"
        + _verbs()
        + r")(?P<adj>"
        + _ADJUNCT
        + r")[ \t]+(?P<link>that|to[ \t]+have|having|how)[ \t]+(?=(?P<c>[^;]+))"
    )


_HOW = frozenset({"underline", "stress", "emphasise", "emphasize", "highlight", "point out"})
"""Round 41 (dev_articles70): Italian "ha sottolineato come C" - the emphasis verbs report C."""

_END = re.compile(
    r",[ \t]+before[ \t]+[a-z]+ing[ \t]+that\b"
    r"|,[ \t]+(?:while|but|although|whereas|and)[ \t]+(?:(?:he|she|it|they)[ \t]+)?"
    r"(?:(?:has|have|also)[ \t]+)?(?=[a-z]+(?:ed|s)\b)"
)


@cache
def _and_verb() -> re.Pattern[str]:
    """ "C and announced that D": a second saying verb of the subject ends C."""
    return re.compile(r"[ \t]+and[ \t]+(?:(?:has|have|also)[ \t]+)?(?=" + _verbs() + r"\b)")


_FRAGMENT = re.compile(r"«[ \t]*(?P<q>[^«»]{2,120}?)[ \t]*»")
_CONSIDERED = re.compile(
    r",[ \t]+(?:but|and|while)[ \t]+(?:(?:he|she|it|they)[ \t]+)?(?:has|have)[ \t]+"
    r"(?:considered|judged|described|called|qualified|deemed)[ \t]+"
    r"«[ \t]*(?P<q>[^«»]{2,80}?)[ \t]*»"
)


class Reading(NamedTuple):
    """One reported clause read in a sentence."""

    at: int
    """Offset of the saying verb in the sentence."""
    mode: str
    """"indirect" or "partial"."""
    quote: str
    """The reported clause, or the «fragment» of a partial."""
    cue: str
    """The saying verb as written."""


_PERFECT = frozenset(
    {
        "claim", "affirm", "confirm", "declare", "assert", "announce", "admit", "deny",
        "report", "acknowledge", "maintain", "state", "say", "indicate", "specify", "reveal",
        "recognise", "recognize", "estimate", "insist",
    }
)  # fmt: skip
"""The lemmas that report a deed through "to have VP-ed" / "having VP-ed"."""
_LEMMA: dict[str, str] = {}
for _lemma in (*LEMMAS, *_EXTRA):
    for _form in forms(_lemma):
        _LEMMA.setdefault(_form, _lemma)

_PLACE = re.compile(
    r"(?:,[ \t]+(?:in|on|during|before|via)[ \t]+(?:a|an|the|his|her|its|their)\b"
    r"|\b(?:in|on)[ \t]+an?[ \t]+[a-z]+$)"
)


def _clause(text: str, m: re.Match[str]) -> Reading | None:
    if m.group("link") == "how" and _LEMMA.get(m.group("v")) not in _HOW:
        return None  # "explained how the engine works": a manner, not a report
    if m.group("link") == "that" and _PLACE.search(m.group("adj")):
        return None  # "said on Thursday, in a raid that followed": a relative "that"
    lemma = _LEMMA.get(m.group("v"))
    if lemma in ("continue", "launch", "write") or (
        m.group("link") not in ("that", "how") and lemma not in _PERFECT
    ):
        return None  # "continues to have «concerns»": no report
    body = m.group("c").rstrip()
    end = _END.search(body)
    if end is not None:
        body = body[: end.start()]
    if " and " in body and (end := _and_verb().search(body)) is not None:
        body = body[: end.start()]
    body = body.rstrip(" .,")
    if m.group("link") not in ("that", "how"):
        body = re.sub(r"[ \t]+", " ", m.group("link")) + " " + body
    if len(body.split()) < 3:
        return None
    frags = list(_FRAGMENT.finditer(body))
    if frags and body.endswith("»") and frags[-1].start() > 0:
        return Reading(m.start("v"), "partial", frags[-1].group("q"), m.group("v"))
    if body.count("«") != body.count("»"):
        return None
    return Reading(m.start("v"), "indirect", body, m.group("v"))


def clauses(text: str) -> list[Reading]:
    """Every reported clause of ``text`` read through the lemma table (verb offsets in order)."""
    if (
        " that " not in text
        and " to have " not in text
        and "having " not in text
        and " how " not in text
    ):
        out: list[Reading] = []
    else:
        out = [r for m in _clause_rx().finditer(text) if (r := _clause(text, m)) is not None]
    if "«" in text and " has " in text:
        for m in _CONSIDERED.finditer(text):
            out.append(Reading(m.start(), "partial", m.group("q"), "considered"))
    out.sort()
    return out


_MEMO_BODY: list[str] = [""]
_MEMO: dict[str, tuple[Reading, ...]] = {}


def clauses_in(body: str, text: str) -> list[Reading]:
    """:func:`clauses` of ``text``, a sentence of the document ``body``, read once per document.

    Rounds 39 and 41 both read the clauses of most sentences, and copy repeats sentences
    within an article; the scan costs ~15 us a sentence in source mode. The result depends
    on ``text`` alone; the memo is emptied when another document comes (held by identity,
    so a freed body can never be mistaken for a new one), which keeps the cold figure per
    article honest and memory to one article's sentences.
    """
    if body is not _MEMO_BODY[0]:
        _MEMO.clear()
        _MEMO_BODY[0] = body
    got = _MEMO.get(text)
    if got is None:
        got = tuple(clauses(text))
        _MEMO[text] = got
    return list(got)

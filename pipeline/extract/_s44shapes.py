"""The shapes the generic reported-clause detector (:mod:`pipeline.extract._s44detect`)
reads: a saying verb of the one lemma table (:mod:`pipeline.extract._s36verbs`), what may
stand between it and its clause, the clause's end, a fronted clause, an incise, the
"for whom" / "according to which" asides, and the guards (negation, passive, object
relative, a verb that reports with an infinitive). Kept apart so the detector stays short.
"""

from __future__ import annotations

import re

from pipeline.extract._s36verbs import forms, pattern
from pipeline.extract._stemscan import _trie

__all__ = [
    "ADJ",
    "APPOSED_NAME",
    "ASIDE_OPEN",
    "AUX",
    "AUX_IN",
    "BOUNDARY",
    "CHAIN",
    "CLAUSE_END",
    "COMPLEMENT",
    "DIRECT",
    "FIN",
    "FINITE",
    "FOR_WHOM",
    "FRONTED",
    "INCISE_NEXT",
    "INF_FORMS",
    "INF_LEMMAS",
    "LOWER_NP",
    "NAME_ROLE",
    "NEG",
    "NOT_START",
    "OBJECT_REL",
    "PASSIVE",
    "PRONOUN_END",
    "RELATIVE",
    "TAIL_EXTRA",
    "TO_HIM",
    "VERB",
    "incise",
    "strip_dateline",
    "verbs",
]

FIN = pattern("finite")
_FRAG = r"(?:[^;«»“”]|«[^«»“”]{1,80}»)"
"""One character of a clause, or a whole «fragment» inside it."""
AUX = r"(?:(?:has|have|had)[ \t]+)?(?:(?:also|then|finally|again|moreover|instead)[ \t]+)?"
VERB = re.compile(
    r"(?<![\w-])(?=[a-z])"  # a lower-case word start before the long alternation
    + AUX
    + r"(?P<v>"
    + FIN
    + r"|let[ \t]+it[ \t]+be[ \t]+(?:understood|known))(?![\w-])"
)
_FIRSTS = tuple(sorted({alt.split("[")[0] for alt in FIN[3:-1].split("|")} | {"let"}))
"""The first word of every verb form: each :data:`VERB` match starts with one of them or
with one of :data:`AUX`'s words."""
_STARTS = re.compile(
    r"(?<![\w-])"
    + _trie(
        (*_FIRSTS, "has", "have", "had", "also", "then", "finally", "again", "moreover", "instead")
    )
)
"""Every place a :data:`VERB` match can start (a word start, found by a prefix-factored
literal alternation instead of the whole verb pattern at every position)."""


def verbs(text: str) -> list[re.Match[str]]:
    """``list(VERB.finditer(text))``, with :data:`VERB` tried only where :data:`_STARTS`
    finds a word that can begin it: the lookbehind and the long alternation at every
    position of every sentence made this scan most of the detector's cost."""
    out: list[re.Match[str]] = []
    find, match = _STARTS.search, VERB.match
    at = find(text)
    while at is not None:
        m = match(text, at.start())
        if m is None:
            at = find(text, at.start() + 1)
        else:
            out.append(m)
            at = find(text, m.end())
    return out


ADJ = (
    r"(?:(?:it|so|this)[ \t]+)?(?:(?:,[ \t]+)?(?:(?:on|in|at|to|from|before|after"
    r"|during|for|with|via|through|by|before)"
    r"[ \t]+[^,.;:«»“”]{1,50}?|also|again|then|finally|moreover|once[ \t]+more|in[ \t]+turn"
    r"|(?:him|her|it|them)sel(?:f|ves)[ \t]+(?:convinced|certain|sure|confident)"
    r"|the[ \t]+(?:previous|following|same)[ \t]+(?:day|week|month|evening)"
    r"|the[ \t]+day[ \t]+before"
    r"|on[ \t]+the[ \t]+contrary|for[ \t]+(?:his|her|its|their)[ \t]+part"
    r"|through[ \t]+(?:the[ \t]+voice[ \t]+of|its|his|her"
    r"|their)[ \t]+[^;:«»“”]{3,100}?),?[ \t]*){0,3}"
)
"""Adjuncts between the verb and its clause ("on Monday", ", on the contrary,")."""
COMPLEMENT = re.compile(
    r"[ \t]*" + ADJ + r"(?:(?P<that>that[ \t]+)|(?P<inf>(?:to[ \t]+have|having|to[ \t]+be)[ \t]+)"
    r"|(?P<colon>:[ \t]+))"
)
NOT_START = frozenset(
    {"is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may"}
    | {"might", "should", "must", "not", "which", "who", "killed", "hit", "left"}
)
"""First words after "that" of a relative ("the raids that killed ..."), not a clause."""
NEG = re.compile(r"(?:\bnot|\bnever|n't|refused[ \t]+to|declined[ \t]+to)[ \t]+(?:\w+[ \t]+)?$")
PRONOUN_END = re.compile(r"(?<![\w-])(?:he|she|it|they)[ \t]+(?:also[ \t]+)?$")
BOUNDARY = re.compile(
    r".*(?:,[ \t]+(?:but|and|while|whereas)|;)[ \t]+(?=(?:the|their|its|his|her|[A-Z]))"
)
LOWER_NP = re.compile(r"(?:the|a|an|this|its|his|her|their|he|she|it|they)[ \t]")
INF_LEMMAS = (
    "affirm", "claim", "assure", "declare", "say", "state", "announce", "communicate", "report",
    "specify", "indicate", "confirm", "admit", "deny", "maintain", "insist", "make known",
    "reveal", "acknowledge", "assert", "recognise", "recognize", "guarantee", "inform", "precise",
)  # fmt: skip
INF_FORMS = frozenset(w.split()[0] for lemma in INF_LEMMAS for w in forms(lemma))
"""Verbs whose "to have VP-ed" reports a claim ("affirmed to have"), unlike "continues to have"."""
OBJECT_REL = re.compile(
    r"(?<![\w-])(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bof )(?<!\bby )(?:which|that|what"
    r"|whom)[ \t]+(?:he|she|it|they|[A-Z][\w-]+)[ \t]+(?:also[ \t]+)?$"
)
PASSIVE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|being)[ \t]+(?:still[ \t]+|also[ \t]+|not[ \t]+)?$"
)
RELATIVE = re.compile(r",[ \t]+(?:who|which)[ \t]+$")
CHAIN = re.compile(r"(?:,?[ \t]+and|,[ \t]+but|,[ \t]+while)[ \t]+$")
CLAUSE_END = re.compile(
    r",[ \t]+according[ \t]+to[ \t]|"
    r",[ \t]+(?:while|whereas|but|before|as|even[ \t]+though|although"
    r"|a[ \t]+day[ \t]+after)[ \t]|;|,[ \t]+(?:adding|specifying|stressing)[ \t]+that"
    r"|,?[ \t]+and[ \t]+(?:has[ \t]+|had[ \t]+)?(?:also[ \t]+)?(?:" + FIN + r"|let[ \t]+it[ \t]+be)"
    r"[ \t]+(?:[^,.;]{0,40}?[ \t]+)?(?:that|to[ \t]+have|having)[ \t]"
)
TAIL_EXTRA = re.compile(
    r",[ \t]+(?:(?:who|which)[ \t]+(?:has[ \t]+|had[ \t]+)?(?:also[ \t]+)?(?:" + FIN + r")"
    r"[ \t]+that|according[ \t]+to[ \t]+(?:which|whom)|for[ \t]+whom|adding[ \t]+that"
    r"|(?:while|also)[ \t]+(?:specifying|stressing|recalling)[ \t]+that)[ \t]+(?P<d>"
    + _FRAG
    + r"{8,}?)"
    r"(?:,[ \t]+(?:while|but)[ \t]|\.?$)"
)
FRONTED = re.compile(
    r"^(?![«“\"„])(?P<c>(?:[^;«»“”\"„]|«[^«»“”]{1,80}»){12,}?),[ \t]+"
    + AUX
    + r"(?P<v>"
    + FIN
    + r")[ \t]+"
    r"(?:(?:for[ \t]+(?:his|her|its|their)[ \t]+part|also|in[ \t]+turn|then|on[ \t]+[A-Z][a-z]+day"
    r"|in[ \t]+the[ \t]+(?:morning|evening|afternoon)|on[ \t]+the[ \t]+eve|on[ \t]+[A-Z][a-z]+"
    r"|on[ \t]+the[ \t]+contrary)[ \t,]+)*"
    r"(?P<who>(?:(?:the|a|an|this|The|he|she|it|they)[ \t]|[A-Z])" + _FRAG + r"{0,200}?)\.?$"
)
DIRECT = re.compile(
    r"^[«“\"](?P<q>[^«»“”\"]{8,})[»”\"],[ \t]+" + AUX + r"(?P<v>" + FIN + r")[ \t]+"
    r"(?P<who>(?:the|a|an|this|[A-Z])[^;«»“”]{2,160}?)\.?$"
)
TO_HIM = re.compile(
    r"according[ \t]+to[ \t]+(?:him|her"
    r"|them),?[ \t]+(?P<c>[^;«»“”]{8,}?)(?:,[ \t]+(?:while|but)[ \t]|\.?$)"
)
"""A clause "which according to him C" inside a sentence about its subject."""
FINITE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|shall"
    r"|[a-z]{2,}ed|[a-z]{3,}(?<!ss)(?<!ous)(?<!ics)s|did|does|do|went|came|saw|took|made|fell"
    r"|rose|held|left|hit|struck|shot|fled|flew|met|won|lost|began|said|told|sent|kept)(?![\w-])"
)
"""A finite-looking verb: a fronted clause has one, a fronted noun phrase need not."""
APPOSED_NAME = re.compile(r"^[^,]{3,80},[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3},?$")
NAME_ROLE = re.compile(r"^[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)+,[ \t]+(?:the|a|an)[ \t][^,]*$")
INCISE_NEXT = re.compile(r",[ \t]+(?P<p>[a-z]" + _FRAG + r"{8,}?)\.?$")
ASIDE_OPEN = re.compile(
    r"(?:who|which|whose|for|according|speaking|quoted|interviewed|questioned|in|on|at|from"
    r"|during|before|after|adding|specifying|while|as|with|to|through|via|by|answering|arriving"
    r"|visiting|returning|himself|herself|itself|known|whom|where|when|one|an?|ending|of|even"
    r"|though|although|because|since|despite|without|including|head|chief|director|leader)\b"
)
FOR_WHOM = re.compile(
    r"(?P<x>[^;«»“”]{3,140}?),[ \t]+(?:for[ \t]+whom|according[ \t]+to[ \t]+(?:which|whom))[ \t]+"
    r"(?P<c>" + _FRAG + r"{8,}?)"
    r"(?:,[ \t]+(?=(?:(?:again|also|then|finally|however|nevertheless)[ \t]+)?"
    r"(?:has|had|let|is|was|[a-z]+ed)\b)|\.?$)"
)


def incise(p: str) -> bool:
    """Whether ``p`` after "S, VERB X, " continues S's clause rather than apposing X."""
    if ASIDE_OPEN.match(p) or re.match(r"[a-z]+(?:ed|ing)\b", p):
        return False
    if p.startswith(("the ", "a ", "an ", "this ", "its ", "his ", "her ", "their ")):
        return AUX_IN.search(p) is not None
    return FINITE.search(p) is not None


AUX_IN = re.compile(
    r"(?<![\w-])(?:has|have|had|is|are|was|were|will|would|could|can|must)(?![\w-])"
)


def strip_dateline(c: str) -> str:
    """ "Rome, 12 March - C" -> "C"."""
    m = re.match(r"^[A-Z][A-Za-z]+(?:,[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+)?[ \t]+[-–—][ \t]+", c)
    return c[m.end() :] if m else c

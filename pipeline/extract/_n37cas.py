"""Round n37's casualty revisions (:func:`revise`), run after round n35's.

Real Ukrinform/UNN relays, Xinhua and AFP copy (the real9 and real8 page sets) showed
casualty shapes the earlier readers got wrong, most of them over-reads:

- care and condition shares told with "of whom" / "of them" and a care predicate the
  readers did not know ("nine victims are known, seven of whom are hospitalized", "Two of
  them will recover at home", "with two of them being in serious condition") - the
  written conventions make a care or condition share its own injured record;
- a single harm of the article's toll told again ("there are already 15 wounded" after
  "the number of wounded has now risen to 15", a quote's "one person was killed in the
  Podilskyi district" under a lede of 1 dead and 3 hurt) - no new record unless the
  sentence names another place or marks an increment;
- recap paragraphs: the paragraph after a bare "Recall" / "Reminder" heading line and
  the one opened by "Earlier it was reported that ..." relay an earlier report;
- animals: "one animal died and another was injured", "killed 30 cows ... and injured
  another five" are no casualties;
- war-long tallies told in the present perfect right after a running total ("The violence
  has so far killed ... In Israel, the military says 10 soldiers and eight civilians have
  been killed") and "a campaign that has also killed four sailors".
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding, lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["revise"]

_PLAIN = ("people", "persons", "civilians", "residents", "victims")

_SHARE = re.compile(
    r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+"
    r"(?:whom|them|the\s+(?:wounded|injured|victims))\s+"
    r"(?:(?:are|were|is|was|have\s+been|had\s+been|will\s+be|being|remain|remained)\s+)?"
    r"(?:(?:still|currently|now)\s+)?"
    r"(?:hospitali[sz]ed|in\s+(?:the\s+)?hospitals?|"
    r"in\s+(?:a\s+)?(?:serious|critical|grave|severe|moderate)\s+condition|"
    r"will\s+(?:recover|be\s+treated|continue\s+(?:their\s+)?treatment)\s+(?:at\s+home|as\s+outpatients)|"
    r"treated\s+(?:at\s+home|as\s+outpatients)|"
    r"recover(?:ing)?\s+at\s+home|continue\s+(?:their\s+)?treatment\s+at\s+home)",
    re.I,
)
"""A care or condition share: "seven of whom are hospitalized", "Two of them will recover
at home", "with two of them being in serious condition"."""

_INCREMENT = re.compile(
    r"\b(?:more|another|other|others|further|additional|also|again|later|earlier|then|"
    r"new|second|separately|yesterday|previous)\b",
    re.I,
)
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]n)\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+)(?P<d>\s+district)?"
)
_REPEAT = re.compile(
    r"\b[Tt]here\s+(?:are|is|were)\s+(?:already|now)\b|\b(?:[Aa]t\s+the\s+moment|[Aa]s\s+of\s+now|[Bb]y\s+now)\b"
)
"""A toll told as where things stand ("there are already 15 wounded")."""

_MEDIA = frozenset({"Telegram", "Facebook", "Twitter", "X", "Instagram", "Viber", "YouTube", "TV"})

_HEADER = re.compile(r"^\W*(?:Recall|Reminder|Background|Recall\s+that)\W*$", re.I)
_EARLIER = re.compile(
    r"^\W*(?:Earlier\s+it\s+was\s+reported|It\s+was\s+reported\s+earlier|As\s+(?:was\s+)?reported"
    r"\s+earlier|Earlier,\s+it\s+was\s+reported)\b",
    re.I,
)
_UPDATE = re.compile(r"\b(?:now|risen|rose|rises|increased|updated|climbed)\b", re.I)

_ANIMAL = re.compile(
    r"\b(?:animals?|horses?|cows?|cattle|dogs?|cats?|sheep|pigs?|goats?|livestock|chickens?|"
    r"poultry|birds?)\b",
    re.I,
)
_PERSON = re.compile(
    r"\b(?:people|persons?|man|men|woman|women|child|children|residents?|civilians?|"
    r"soldiers?|workers?|employees?|boy|girl)\b",
    re.I,
)
_RUNNING = re.compile(
    r"\bso\s+far\b|\bsince\s+(?:the\s+(?:start|beginning|outbreak)|last\s+year|October|"
    r"November|the\s+war)\b|\btally\b",
    re.I,
)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:also\s+)?been\s+killed\b|\bhave\s+died\b", re.I)
_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|overnight|morning|evening|afternoon|hours?|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
_PAST_PARTICIPLE = re.compile(
    r"\b(?P<h>wounded|injured|killed|hurt)\s+(?:there\s+|in\s+[A-Z]\w+\s+)?(?:last\s+(?:week|month|year)|"
    r"(?:two|three|four|five|six|\d+)\s+(?:days|weeks|months)\s+ago|earlier\s+this\s+(?:week|month))\b"
)
"""People "wounded there last week": a participle dated before the story."""
_CAMPAIGN = re.compile(
    r"\b(?:campaign|war|conflict|offensive|fighting|violence|hostilities)\s+that\s+"
    r"(?:has|have)\s+(?:also\s+)?(?:so\s+far\s+)?killed\b",
    re.I,
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n37's casualty revisions."""
    if not any(isinstance(f, Casualty) for f in found):
        return _shares(doc, found)
    out = [f for f in found if not (isinstance(f, Casualty) and _dropped(doc, f))]
    out = _restated(doc, _merged(doc, out))
    return _shares(doc, out)


def _dropped(doc: Document, f: Casualty) -> bool:
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return False
    sents = doc.sentences
    sent = sents[idx]
    if _animal(sent.text, f):
        return True
    if _CAMPAIGN.search(f.evidence.text) or _CAMPAIGN.search(
        sent.text[: max(0, f.evidence.start - sent.start)] + f.evidence.text
    ):
        return True
    past = _PAST_PARTICIPLE.search(sent.text, max(0, f.evidence.start - sent.start))
    if past is not None and (f.killed is None) == (past.group("h") != "killed"):
        return True  # the harm dated before the story is the record's own harm
    if _recap(doc, idx):
        return True
    if _PERFECT.search(sent.text) and not _DAY.search(sent.text) and idx > 0:
        prev = sents[idx - 1]
        if sent.paragraph - prev.paragraph <= 1 and _RUNNING.search(prev.text):
            return True
    return False


def _animal(text: str, f: Casualty) -> bool:
    if not _ANIMAL.search(text):
        return False
    ev = f.evidence.text
    if _PERSON.search(ev):
        return False
    return bool(_ANIMAL.search(ev)) or bool(re.match(r"\W*another\b", ev, re.I))


def _recap(doc: Document, idx: int) -> bool:
    """True when sentence ``idx`` sits in a recap paragraph of an earlier report."""
    sents = doc.sentences
    para = sents[idx].paragraph
    first = idx
    while first > 0 and sents[first - 1].paragraph == para:
        first -= 1
    if _UPDATE.search(sents[idx].text) and first != idx:
        return False
    if _EARLIER.match(sents[first].text):
        return True
    return (
        first > 0
        and _HEADER.match(sents[first - 1].text) is not None
        and (sents[first - 1].paragraph == para - 1)
    )


def _harms(f: Casualty) -> tuple[int | None, int | None]:
    return f.killed, f.injured


def _restated(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop a one-harm record telling again one harm of an earlier plain toll."""
    out: list[Finding] = []
    tolls: list[Casualty] = []
    for f in found:
        if isinstance(f, Casualty):
            if (
                f.group in _PLAIN
                and (f.killed is None) != (f.injured is None)
                and any(_restates(doc, t, f) for t in tolls)
            ):
                continue
            if f.group in _PLAIN:
                tolls.append(f)
        out.append(f)
    return out


def _restates(doc: Document, toll: Casualty, f: Casualty) -> bool:
    if not (
        (f.killed is not None and f.killed == toll.killed)
        or (f.injured is not None and f.injured == toll.injured)
    ):
        return False
    i, j = sentence_of(doc, toll.evidence.start), sentence_of(doc, f.evidence.start)
    if i < 0 or j <= i or j - i > 6:
        return False
    text = doc.sentences[j].text
    if _INCREMENT.search(text):
        return False
    first = doc.sentences[i].text
    for m in _IN_PLACE.finditer(text):
        if m.group("d") is None and m.group("p") not in first and m.group("p") not in _MEDIA:
            return False
    return bool(_REPEAT.search(text)) or '"' in text or "“" in text or "”" in text


def _in_quote(para: str, at: int) -> bool:
    head = para[:at]
    if head.count('"') % 2 == 1:
        return True
    return head.rfind("“") > head.rfind("”")


def _merged(doc: Document, found: list[Finding]) -> list[Finding]:
    """Join "We know about 5 wounded ... One person died," told in one quote into one toll."""
    out = list(found)
    cas = [i for i, f in enumerate(out) if isinstance(f, Casualty)]
    drop: set[int] = set()
    for a, b in pairwise(cas):
        x, z = out[a], out[b]
        if not (isinstance(x, Casualty) and isinstance(z, Casualty)) or a in drop:
            continue
        if x.killed is not None or x.injured is None or z.injured is not None or z.killed is None:
            continue
        if x.group not in _PLAIN:
            continue
        i, j = sentence_of(doc, x.evidence.start), sentence_of(doc, z.evidence.start)
        if i < 0 or j <= i or j - i > 4:
            continue
        sents = doc.sentences
        if sents[i].paragraph != sents[j].paragraph or _INCREMENT.search(sents[j].text):
            continue
        if _IN_PLACE.search(sents[j].text.split(",")[0]):
            continue
        first = i
        while first > 0 and sents[first - 1].paragraph == sents[i].paragraph:
            first -= 1
        base = sents[first].start
        para = doc.body[base : sents[j].end]
        inside = para[x.evidence.end - base : z.evidence.start - base]
        if not _in_quote(para, x.evidence.end - base) or any(c in inside for c in '"”'):
            continue
        out[a] = replace(x, killed=z.killed)
        drop.add(b)
    return [f for k, f in enumerate(out) if k not in drop]


_CARE_WORDS = ("hospital", "condition", "home", "outpatients")


def _shares(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add the care and condition shares no reader made a record of."""
    if not body_has(doc.body, " of "):
        return found
    cas = [f for f in found if isinstance(f, Casualty)]
    new: list[Finding] = []
    cands = holding(doc, lowered(doc), _CARE_WORDS)  # found once in the whole body
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands:
            continue
        low = sent.text.lower()
        if not any(w in low for w in _CARE_WORDS):
            continue  # every care or condition predicate holds one of these
        for m in _SHARE.finditer(sent.text):
            n = parse_number(m.group("n"))
            start, end = sent.start + m.start(), sent.start + m.end()
            if n is None or any(f.evidence.start < end and start < f.evidence.end for f in cas):
                continue
            before = [
                f
                for f in cas
                if f.injured is not None
                and f.injured > n
                and f.evidence.start < start
                and 0 <= idx - sentence_of(doc, f.evidence.start) <= 8
            ]
            if not before:
                continue
            top = before[-1]
            new.append(
                Casualty(
                    evidence=Evidence(doc.body[start:end], start, end),
                    confidence=0.55,
                    group="people",
                    killed=None,
                    injured=n,
                    approx="exact",
                    location=top.location,
                    cause=None,
                    reported_by=top.reported_by,
                )
            )
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)

"""Speakers of literal Italian translations the cue reader misreads (round 35).

dev_articles67 (Italian agency copy put word for word into English) showed that the
phrase-level Romance rounds (``_s28*``, ``_s31*``) missed mechanisms, not phrases:

- an adjunct between an inverted saying verb and its subject: "«C», wrote on X the
  vice-premier NAME", "replied from Kiev the president NAME", "echoed him the minister NAME"
  (the quote went to the last speaker, or to nobody);
- "«C», he said" after a sentence whose subject is a new person, including a verbless
  fronted predicate ("More cautious the minister NAME."): that person, not the speaker before;
- a body qualified by its capital: "From Moscow, the Ministry of Defence made known",
  "reported the air force of Kiev", "the Al-Masirah TV of the rebels" (the country's body);
- "who announced a day of mourning": a noun object, no reported clause;
- "reiterated that «not one euro» will be taken ...": the quoted words open the reported
  clause, so the whole clause is indirect speech, not a partial quote;
- "Crosetto, finally, announced that C": a subject cut from its verb by an adverb;
- "According to the adviser, C": the person introduced with that role before.

Every check starts with a literal test of the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._s17gender import gender_of
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|di|da|van|von|al|bin)){1,3}"
_SAY = (
    r"(?:wrote|said|declared|replied|answered|echoed|added|announced|commented|stated|affirmed"
    r"|underlined|stressed|explained|warned|specified|observed|insisted|repeated|reiterated)"
)
_INVERTED = re.compile(
    rf"^[«“\"](?P<q>[^«»“”\"]{{8,}}?)[,.]?[»”\"],?[ \t]+{_SAY}"
    r"(?P<adj>(?:[ \t]+(?:him|her|them))?(?:[ \t]+(?:on|from|in)[ \t]+[A-Z][\w-]*)?)"
    rf"[ \t]+(?:the[ \t]+[^«»“”\",]*?)?(?P<n>{_NAME}|[A-Z][\w'’-]+)"
    r"(?P<tail>(?:,|[ \t]+[a-z]+ing\b)[^«»“”\"]*)?\.?$"
)
"""«C», wrote on X / replied from Kiev / echoed him the ROLE NAME(, ...)."""
_HE = re.compile(r"^[«“\"][^«»“”\"]{8,}[»”\"],?[ \t]+(?:he|she)[ \t]+[a-z]+")
_VERBLESS = re.compile(
    rf"^(?:More|Less|Most|Harsher|Softer|Sharper|Different|Opposite|Cautious|Prudent|Critical"
    rf"|Immediate|Quick|Firm|Clear|Blunt|Harsh|Dry)\b[^.«»]*?[ \t]the[ \t][^«»]*?(?P<n>{_NAME})\.?$"
)
"""More cautious the head of the Farnesina NAME. (a fronted predicate, no verb)"""
_CAPITALS = {
    "Moscow": "Russian",
    "Kiev": "Ukrainian",
    "Kyiv": "Ukrainian",
    "Rome": "Italian",
    "Tehran": "Iranian",
    "Beirut": "Lebanese",
    "Damascus": "Syrian",
    "Ankara": "Turkish",
    "Minsk": "Belarusian",
}
_FROM_CAPITAL = re.compile(r"^From[ \t]+(?P<c>[A-Z][a-z]+),[ \t]+the[ \t]")
_OF_CAPITAL = re.compile(r"^(?:the[ \t]+)?(?P<b>[a-z][a-z ]+?)[ \t]+of[ \t]+(?P<c>[A-Z][a-z]+)$")
_OF_GROUP = re.compile(
    r"^(?P<b>.+?)[ \t]+of[ \t]+the[ \t]+(?:rebels|Houthis|militants|insurgents)$"
)
_NOUN_OBJECT = re.compile(r"\b(?:who|which)[ \t]+announced[ \t]+$")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|must|should|may|might|\w+ed)\b"
)
_INNER = re.compile(
    r"\bthat[ \t]+[«“](?P<p>[^«»“”]{2,60})[»”][ \t]+(?P<r>(?:will|would|is|are|was|were|has|have"
    r"|had|can|could|must|should|may|might)\b[^«»“”]*?)\.?$"
)
"""... reiterated that «not one euro» will be taken from pensions."""
_ADVERBED = re.compile(
    rf"(?:^|\.[ \t]+)(?P<s>(?:The[ \t]+[a-z][^,.«»]*?)?{_NAME}|[A-Z][\w-]+),[ \t]+"
    r"(?:finally|then|instead|however|also|again|moreover|meanwhile|for[ \t]+(?:his|her|its)"
    r"[ \t]+part|in[ \t]+turn),[ \t]+(?:announced|specified|reiterated|repeated|declared"
    r"|stated|explained|confirmed|recalled|underlined|added|said)[ \t]+that[ \t]+"
    r"(?P<c>[^.]{8,}?)\.?$"
)
_REPORTS = (
    r"(?:made[ \t]+known|declared|announced|reported|said|specified|communicated|stated"
    r"|confirmed|added|explained)"
)
_FRONTED_PLACE = re.compile(
    r"^(?:Meanwhile|Also|And|Then|Later)[ \t]+in[ \t]+(?P<p>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)"
    rf"[ \t]+the[ \t]+(?P<b>[a-z][a-z ]{{2,40}}?)[ \t]+{_REPORTS}[ \t]+that[ \t]+"
    r"(?P<c>.{8,}?)\.?$"
)
"""Meanwhile in Gaza the civil defence made known that C."""
_BODY_HEADS = frozenset({"defence", "defense", "ministry", "police", "army", "authorities"})
_RELATIVE = re.compile(
    rf"(?P<s>[A-Z][\w'’-]*),[ \t]+(?:which|who)[ \t]+{_REPORTS}[ \t]+that[ \t]+"
    r"(?P<c>[^«»“”]{8,}?)\.?$"
)
"""..., made known the Holy See Press Office, which specified that C."""
_ACCORDING_ROLE = re.compile(r"^According[ \t]+to[ \t]+the[ \t]+(?P<r>[a-z]+),[ \t]+")


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's readings of Italian-translation shapes."""
    body = doc.body
    if body_has(body, "«") or body_has(body, "“"):
        found = _inverted(doc, speakers, found)
        if body_has(body, ", he ") or body_has(body, ", she "):
            by: list[dict[int, list[Statement]]] = []  # _by_sentence(found), on first need
            found = [_pronoun(doc, speakers, f, found, by) for f in found]
        if body_has(body, "that «") or body_has(body, "that “"):
            found = [_inner(doc, speakers, f) for f in found]
    if body_has(body, "From ") or body_has(body, " of "):
        found = [_capital(doc, speakers, f) for f in found]
    if body_has(body, "announced "):
        found = [f for f in found if not _noun_object(doc, f)]
    if (
        body_has(body, ", finally, ")
        or body_has(body, ", then, ")
        or body_has(body, ", instead, ")
        or body_has(body, " part, ")
    ):
        found = [*found, *_adverbed(doc, speakers, found)]
    if body_has(body, "Meanwhile in ") or body_has(body, ", which ") or body_has(body, ", who "):
        found = [*found, *_clauses(doc, speakers, found)]
    if body_has(body, "According to the "):
        found = [_according(doc, speakers, f) for f in found]
    return found


def _person(speakers: _Lookup, run: str, at: int, lead: str = "") -> str:
    """The canonical person a capitalised run ends with ("Farnesina Antonio Tajani"); after
    "of" the run's first word completes the role ("the minister of Economy NAME")."""
    words = run.split()
    if len(words) == 3 and lead.rstrip().endswith((" of", " of the")):
        words = words[1:]
    for n in (3, 2, 1):
        if len(words) >= n:
            canon = speakers.named(" ".join(words[-n:]), at)
            if canon is not None:
                return canon
    return " ".join(words[-2:]) if len(words) > 3 or words[0] in _ORGISH else run


_ORGISH = frozenset({"Farnesina", "Kremlin", "Quirinale", "Pentagon", "Elysée", "Vatican"})


def _in_sentence(speakers: _Lookup, found: list[Finding], k: int) -> list[Statement]:
    return [
        f for f in found if isinstance(f, Statement) and speakers.sentence_at(f.evidence.start) == k
    ]


def _by_sentence(speakers: _Lookup, found: list[Finding]) -> dict[int, list[Statement]]:
    """:func:`_in_sentence` of every sentence, from one walk over ``found``."""
    out: dict[int, list[Statement]] = {}
    for f in found:
        if isinstance(f, Statement):
            out.setdefault(speakers.sentence_at(f.evidence.start), []).append(f)
    return out


def _inverted(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """ "«C», wrote on X the ROLE NAME": NAME's words (read anew or renamed)."""
    out = list(found)
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        if text[:1] not in '«“"':
            continue
        m = _INVERTED.match(text)
        if m is None:
            continue
        gerund = (m.group("tail") or "")[:1] == " "
        if not m.group("adj").strip() and not gerund:
            continue  # no adjunct, no participle: the cue reader reads these
        at = sentence.start + m.start("n")
        if " " not in m.group("n") and speakers.named(m.group("n"), at) is None:
            continue  # one word: only a person the article has named
        canon = _person(speakers, m.group("n"), at, text[: m.start("n")])
        mine = [f for f in _in_sentence(speakers, out, k) if f.mode == "direct"]
        if mine:
            for f in mine:
                if f.speaker != canon and f.speaker.split()[-1] not in text:
                    out[out.index(f)] = replace(f, speaker=canon)
            continue
        q = m.group("q").strip()
        start = sentence.start + m.start("q")
        evidence = Evidence(text=doc.body[start : start + len(q)], start=start, end=start + len(q))
        out.append(Statement(evidence, 0.7, canon, "direct", q, "said"))
    return out


def _pronoun(
    doc: Document,
    speakers: _Lookup,
    f: Finding,
    found: list[Finding],
    by: list[dict[int, list[Statement]]],
) -> Finding:
    """ "«C», he said" after a sentence whose subject is a new person: that person (never
    one whose first name says the other gender: "he replied" after von der Leyen spoke)."""
    if not isinstance(f, Statement) or f.mode != "direct":
        return f
    k = speakers.sentence_at(f.evidence.start)
    if k < 1 or (he := _HE.match(doc.sentences[k].text)) is None:
        return f
    wanted = "f" if " she " in he.group(0) else "m"
    f2 = _pronoun_person(doc, speakers, f, found, k, by)
    return f2 if gender_of(f2.speaker) in (None, wanted) else f


def _pronoun_person(
    doc: Document,
    speakers: _Lookup,
    f: Statement,
    found: list[Finding],
    k: int,
    by: list[dict[int, list[Statement]]],
) -> Statement:
    """The new person of the sentence before ``k`` for "«C», he said" (or ``f`` as it is)."""
    prev = doc.sentences[k - 1]
    if prev.paragraph < doc.sentences[k].paragraph - 1:
        return f
    m = _VERBLESS.match(prev.text.rstrip())
    if m is not None:
        lead = prev.text[: m.start("n")]
        name = _person(speakers, m.group("n"), prev.start + m.start("n"), lead)
        return replace(f, speaker=name) if name != f.speaker else f
    if not by:  # ``found`` is the same list for every call of one revise
        by.append(_by_sentence(speakers, found))
    before = {g.speaker for g in by[0].get(k - 1, []) if g.mode == "indirect"}
    if len(before) != 1 or f.speaker in before:
        return f
    (name,) = before
    at = prev.text.find(name.split()[-1])
    cue = prev.text.find(" that ")
    if at < 0 or at > (cue if cue >= 0 else 120) or f.speaker.split()[-1] in prev.text:
        return f  # the new person must be the previous sentence's subject
    return replace(f, speaker=name)


def _inner(doc: Document, speakers: _Lookup, f: Finding) -> Finding:
    """ "reiterated that «P» will be taken ...": the whole clause, indirect."""
    if not isinstance(f, Statement) or f.mode != "partial":
        return f
    m = _INNER.search(doc.sentences[speakers.sentence_at(f.evidence.start)].text.rstrip())
    if m is None or m.group("p").strip() != f.quote.strip():
        return f
    quote = f"«{m.group('p')}» {m.group('r').rstrip('.')}"
    return replace(f, mode="indirect", quote=quote)


def _capital(doc: Document, speakers: _Lookup, f: Finding) -> Finding:
    """A body qualified by its capital or trailed by its owners: the country's body."""
    if not isinstance(f, Statement):
        return f
    name = f.speaker
    at = f.evidence.start
    m = _OF_GROUP.match(name)
    if m is not None:
        bare = m.group("b")
        canon = speakers.named(bare, at)
        return replace(f, speaker=canon if canon and not _OF_GROUP.match(canon) else bare)
    m = _OF_CAPITAL.match(name)
    if m is not None and m.group("c") in _CAPITALS:
        named = f"{_CAPITALS[m.group('c')]} {m.group('b')}"
        canon = speakers.named(named, at)
        return replace(f, speaker=canon) if canon else f
    if "inistry" not in name:
        return f
    sentence = doc.sentences[speakers.sentence_at(at)]
    m = _FROM_CAPITAL.match(sentence.text)
    if m is None or m.group("c") not in _CAPITALS:
        return f
    demonym = _CAPITALS[m.group("c")]
    words = name.split()
    bare = " ".join(words[1:]) if words[0] in _CAPITALS.values() else name
    canon = speakers.named(f"{demonym} {bare}", at)
    return replace(f, speaker=canon) if canon else f


def _noun_object(doc: Document, f: Finding) -> bool:
    """ "who announced a day of mourning": a noun object, no reported clause."""
    if not isinstance(f, Statement) or f.mode != "indirect":
        return False
    at = doc.body.find(f.quote, f.evidence.start)
    lead = doc.body[max(0, at - 40) : at]
    if _NOUN_OBJECT.search(lead) is None:
        return False
    return _FINITE.search(f.quote) is None


def _adverbed(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Statement]:
    """ "Crosetto, finally, announced that C": the subject's indirect words, if unread."""
    added: list[Statement] = []
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        if ", " not in text or " that " not in text:
            continue
        m = _ADVERBED.search(text)
        if m is None or _in_sentence(speakers, found, k):
            continue
        subject = m.group("s")
        name = re.findall(_NAME, subject) or [subject]
        at = sentence.start + m.start("s")
        canon = speakers.named(name[-1], at)
        if canon is None:
            continue
        c = m.group("c").strip()
        start = sentence.start + m.start("c")
        evidence = Evidence(text=doc.body[start : start + len(c)], start=start, end=start + len(c))
        added.append(Statement(evidence, 0.7, canon, "indirect", c, "announced"))
    return added


def _according(doc: Document, speakers: _Lookup, f: Finding) -> Finding:
    """ "According to the adviser, C": the person introduced with that role before."""
    if not isinstance(f, Statement):
        return f
    k = speakers.sentence_at(f.evidence.start)
    m = _ACCORDING_ROLE.match(doc.sentences[k].text)
    if m is None:
        return f
    role = m.group("r")
    if f.speaker.split()[-1] not in f.quote.split()[:3]:
        return f  # only a speaker read from the clause's own subject ("Putin entrusted")
    before = doc.body[: doc.sentences[k].start]
    hits = re.findall(rf"\b{role}\b[^.«»]{{0,60}}?\b({_NAME})", before)
    if not hits:
        return f
    name = _person(speakers, hits[-1], f.evidence.start)
    return replace(f, speaker=name) if name != f.speaker else f


def _clauses(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Statement]:
    """A subject after a fronted "Meanwhile in PLACE", a relative "X, which specified that C"."""
    added: list[Statement] = []
    by_sentence = _by_sentence(speakers, found)  # ``found`` stays as it is in the loop
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        if " that " not in text:
            continue
        mine = by_sentence.get(k, [])
        m = _FRONTED_PLACE.match(text)
        if m is not None and not mine:
            at = sentence.start + m.start("b")
            named = f"{m.group('p')} {m.group('b')}"
            canon = speakers.named(named, at)
            if canon is None and m.group("b").split()[-1] in _BODY_HEADS:
                canon = named
            if canon is not None:
                added.append(_statement(doc, sentence.start + m.start("c"), m.group("c"), canon))
            continue
        m = _RELATIVE.search(text)
        if m is None:
            continue
        owner = [f for f in mine if f.speaker.split()[-1] == m.group("s")]
        c = m.group("c").strip()
        if owner and not any(c[:20] in f.quote for f in mine):
            added.append(_statement(doc, sentence.start + m.start("c"), c, owner[0].speaker))
    return added


def _statement(doc: Document, start: int, text: str, speaker: str) -> Statement:
    text = text.strip()
    evidence = Evidence(
        text=doc.body[start : start + len(text)], start=start, end=start + len(text)
    )
    return Statement(evidence, 0.7, speaker, "indirect", text, "said")

"""Who speaks in a reported clause the generic detector (:mod:`pipeline.extract._s44detect`)
found: the subject noun phrase of a saying verb, whatever stands around it.

Literal French and Italian translations pad the subject with appositions, relatives and
adjuncts ("The premier NAME, for whom C, has asked ...", "The Sudanese army of General X
affirmed for its part ...", "La France insoumise, through the voice of NAME, judged ...").
This module cuts such a phrase down to its head and an apposed name, and resolves it the way
the verb-first readers do (:func:`pipeline.extract._s23post.speaker_of`): a name wins, then a
known role or body, then a described source kept in the article's words ("A Western diplomat
in Bamako" -> "Western diplomat in Bamako").
"""

from __future__ import annotations

import re

from pipeline.extract._s23post import speaker_of
from pipeline.extract.model import Document
from pipeline.extract.speakers import Speakers

__all__ = ["head_phrase", "resolve", "strip_opener"]

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|van|von|al-[A-Z][\w'-]+)){1,3}"
_OPENER = re.compile(
    r"^(?:\([A-Z]{2,6}\)[ \t]*[-–—][ \t]*)?(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
    r"(?:,[ \t]+\d{1,2}[ \t]+[A-Za-z]+\.?)?(?:[ \t]+\([^()]{1,24}\))?\.?[ \t]*[-–—]+[ \t]+)?"
    r"(?:(?:For[ \t]+(?:his|her|its|their)[ \t]+part|On[ \t]+the[ \t]+[^,]{3,40}?[ \t]+side"
    r"|On[ \t]+the[ \t]+side[ \t]+of[ \t]+[^,]{3,40}"
    r"|From[ \t]+(?:the[ \t]+)?[A-Z][\w'-]+|Meanwhile|However"
    r"|In[ \t]+turn|Also|Finally|Then|Later|Earlier|On[ \t]+[A-Z][a-z]+day"
    r"|At[ \t]+the[ \t]+end[ \t]+of[ \t]+[^,]{3,50}|In[ \t]+[^,]{3,40}|After[ \t]+[^,]{3,50}"
    r"|During[ \t]+[^,]{3,50}|Back[ \t]+in[ \t]+[A-Z][\w'-]+|Critical|Harsh|Cautious|Firm),[ \t]*"
    r"|(?:Meanwhile|Back)[ \t]+in[ \t]+[A-Z][\w'-]+[ \t]+"
    r"|In[ \t]+the[ \t]+(?:morning|afternoon|evening|night)[ \t]+)?"
)
"""A dateline and one fronted adverbial before the subject ("Rome - For its part, ")."""
_VOICE = re.compile(
    r"through[ \t]+(?:the[ \t]+voice[ \t]+of[ \t]+|its[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)"
    r"(?:[^,]{0,80},[ \t]+|[^,]{0,80}?)(?P<n>" + _NAME + ")"
)
_ASIDE = re.compile(
    r",[ \t]+(?:who|which|whose|for[ \t]+whom|according[ \t]+to|known[ \t]+as|aged|\d+"
    r"|arriving|visiting|speaking|questioned|interviewed|answering|in[ \t]+(?:a|an|his|her|its"
    r"|the)[ \t]|on[ \t]|at[ \t]|from[ \t]|during[ \t]|before[ \t]|after[ \t]|for[ \t]+(?:his"
    r"|her|its|their)[ \t]+part|on[ \t]+the[ \t]+contrary|former|now|including|connected)\b[^,]*"
)
"""An aside inside the subject: relatives, participles, adjuncts, ages, former offices."""
_ADJUNCT_TAIL = re.compile(
    r"[ \t]+(?:for[ \t]+(?:his|her|its|their)[ \t]+part|on[ \t]+the[ \t]+contrary|also|finally"
    r"|then|again|instead|in[ \t]+turn|on[ \t]+[A-Z][a-z]+day|on[ \t]+the[ \t]+eve|in[ \t]+the"
    r"[ \t]+(?:morning|evening|afternoon))$"
)
_VERBISH = re.compile(
    r"(?<![\w-])(?!(?:armed|united|based|limited|advanced|unnamed|detailed|qualified|named"
    r"|so-called|concerned|retired|elected|appointed)\b)(?:[a-z]{3,}ed|said|has|had|is|was|were"
    r"|are|will|would)(?![\w-])"
)
"""A verb inside a would-be subject: the phrase is a clause, not a noun phrase."""
_FORCE_OF = re.compile(
    r"^(?P<f>(?:[Tt]he[ \t]+)?(?:[A-Z][\w-]+[ \t]+)?(?:army|armed[ \t]+forces|junta|forces|navy"
    r"|militia|government))[ \t]+of[ \t]+(?:General|Marshal|President|Colonel|Field[ \t]+Marshal)"
    r"[ \t]+[A-Z]"
)
"""A force named after its leader ("The Sudanese army of General X"): the force speaks."""
_BODY_OF_PLACE = re.compile(
    r"^(?P<b>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[ \t]+of[ \t]+(?P<p>[A-Z][\w-]+)$"
)
"""A body "of PLACE" the table knows as "PLACE body" ("Civil Defence of Gaza")."""
_PRONOUN_TAIL = re.compile(r"[ \t](?:he|she|it|they)$")
_PRONOUNS = frozenset({"he", "she", "it", "they"})
_SOURCE_NOUNS = frozenset(
    {"source", "sources", "diplomat", "diplomats", "official", "officials", "analyst", "expert"}
    | {"observer", "negotiator", "adviser", "advisor", "officer", "commander", "witness"}
    | {"resident", "doctor", "transporter", "driver", "journalist", "researcher", "economist"}
    | {"critics", "experts", "analysts", "witnesses", "residents", "doctors", "diplomats"}
)
"""Heads of a described source kept in the article's words when no table entry knows it."""
_SPEAKER_NOUNS = frozenset(
    {"ministry", "army", "command", "administration", "government", "spokesman", "spokeswoman"}
    | {"governor", "head", "president", "minister", "office", "service", "council", "agency"}
    | {"police", "authorities", "authority", "defence", "military", "navy", "forces", "junta"}
    | {"committee", "commission", "embassy", "mayor", "prosecutor", "chief", "director"}
    | {"commander", "staff", "guard", "guards", "secretary", "premier", "chancellor", "leader"}
    | _SOURCE_NOUNS
)
"""Heads a lower-case speaker may have ("regional administration", "head of the government")."""
_BARE = frozenset(
    {"senior", "top", "high-ranking", "unnamed", "anonymous", "official", "officials"}
)
"""Words of an official described by rank only, no service or place: no speaker."""
_NOT_SPEAKERS = frozenset(
    {"report", "study", "survey", "poll", "document", "analysis", "plan", "text", "law"}
    | {"resolution", "draft", "decree", "budget", "bill", "map", "video", "image", "photo"}
    | {"decision", "images", "data", "figures", "footage", "attack", "strike", "explosion"}
    | {"situation", "failure", "visit", "agreement", "fact", "incident", "evidence", "results"}
)
"""Heads that are no speaker: "the report said that C" is left to the other readers."""


def strip_opener(text: str) -> str:
    """``text`` without a leading dateline and fronted adverbial."""
    m = _OPENER.match(text)
    return text[m.end() :] if m else text


def head_phrase(phrase: str) -> str:
    """The subject phrase cut to its head and an apposed name: asides and adjuncts dropped."""
    phrase = phrase.strip().rstrip(",")
    if "through " in phrase and (m := _VOICE.search(phrase)):
        return m.group("n")
    if (aside := _ASIDE.search(phrase)) is not None:
        phrase = phrase[: aside.start()].strip().rstrip(",")
    if " of " in phrase and (m := _FORCE_OF.match(phrase)):
        phrase = m.group("f")
    while (m := _ADJUNCT_TAIL.search(phrase)) is not None:
        phrase = phrase[: m.start()]
    return phrase.strip()


def resolve(doc: Document, speakers: Speakers, phrase: str, at: int, index: int) -> str | None:
    """The speaker ``phrase`` (a subject at body offset ``at`` in sentence ``index``) names."""
    phrase = head_phrase(phrase)
    if not phrase or len(phrase) > 120 or "«" in phrase or "“" in phrase:
        return None
    low = phrase.lower()
    words = low.split()
    if low in _PRONOUNS:
        return (speakers.subject(index - 1) if index else None) or speakers.subject(index)
    if any(w in _NOT_SPEAKERS for w in words[:4]) or _VERBISH.search(phrase):
        return None
    if "(" in phrase and (acr := re.search(r"\(([A-Z]{2,10})\)", phrase)):
        named = speakers.named(acr.group(1), at)
        if named is not None:
            return named
    if _PRONOUN_TAIL.search(phrase):
        return speakers.subject(index) or (speakers.subject(index - 1) if index else None)
    described = _described(phrase)
    if described is not None and not re.search(r"[A-Z][\w'-]+[ \t]+[A-Z]", phrase):
        return described
    who = speaker_of(doc, speakers, phrase, at)
    if (
        who is None
        or who.lower() in _PRONOUNS
        or (who[:1].islower() and not set(who.lower().split()[:3]) & _SPEAKER_NOUNS)
    ):
        who = described
    if who is not None and " of " in who and (m := _BODY_OF_PLACE.match(who)):
        return speakers.named(f"{m.group('p')} {m.group('b')}", at) or who
    return who


def _described(phrase: str) -> str | None:
    """ "A Western diplomat in Bamako" -> "Western diplomat in Bamako"; None for no source."""
    words = phrase.split()
    if words and words[0].lower() in ("a", "an", "the", "one"):
        words = words[1:]
    if not words or len(words) > 8:
        return None
    cut = len(words)
    for k, w in enumerate(words):
        if w in ("of", "in", "close", "from", "at", "near"):
            cut = k
            break
    heads = {w.lower() for w in words[:cut]}
    if heads <= _BARE:
        return None  # "a senior official" names no one (a written call)
    if heads & _SOURCE_NOUNS or (cut >= 2 and heads & _SPEAKER_NOUNS and words[0][:1].isupper()):
        return " ".join(words)  # "Malian junta", "Western diplomat in Bamako"
    return None

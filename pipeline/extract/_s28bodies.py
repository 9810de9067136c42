"""Bodies named by translated Romance copy, put to the labels' names (statement round 28).

- "the Naval Forces announced" after "the divers of the Romanian Naval Forces": the text
  names the body with its country, so the speaker takes it ("Romanian Naval Forces");
- "according to the Ministry of the Armed Forces" in a story datelined "Paris (X) -" or
  "Paris -": the dateline's country ("French Ministry of the Armed Forces"), as the
  ``dev_statements50``/``51`` calls read Bucharest, Athens and Chisinau;
- "According to the group / company, C" after the article named the company ("MBDA wants
  to ...", "The Franco-German group KNDS has ...", "Leonardo presented ..."): that company;
- a channel or a generic noun closing the speaker ("the Ukrainian air force on its Telegram
  channel", "the Ukrenergo operator") is no part of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._s26bodies import DEMONYMS
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Statement

__all__ = ["revise"]

_MORE_DEMONYMS = {
    "paris": "French",
    "rome": "Italian",
    "milan": "Italian",
    "berlin": "German",
    "kyiv": "Ukrainian",
    "kiev": "Ukrainian",
}
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][a-z]+)(?:,[^\n(/-]{1,30})?(?:[ \t]+\([^)\n]{1,30}\)|[ \t]+/[^/\n]{1,20}/)?"
    r"[ \t]*[-–—][ \t]"
)
_ADJECTIVE = (
    r"(?:Romanian|French|Italian|Bulgarian|Moldovan|Greek|Polish|Spanish|Portuguese|Turkish"
    r"|German|Hungarian|Czech|Slovak|Lithuanian|Latvian|Estonian|Finnish|Dutch|Belgian"
    r"|British|Ukrainian|Russian|Israeli|Lebanese|Iranian|American)"
)
_HONORIFIC = re.compile(
    r"^(?:Undersecretary|Under-Secretary|Cardinal|Rear[ \t]+Admiral|Vice[ \t]+Admiral|Admiral"
    r"|General|Colonel)[ \t]+(?=[A-Z][\w'’-]+[ \t]+[A-Z])"
)
_FROM_PLACE = re.compile(r"^(?:From|In|At)[ \t]+[A-Z][\w'’-]+$")
_APPOSED = re.compile(
    r",[ \t]+(?:the[ \t]+)?[a-z][^,;«»“”„\"]{2,80},[ \t]+"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),"
)
_ADJECTIVES = frozenset(_ADJECTIVE[3:-1].split("|"))
_CHANNEL = re.compile(
    r"[ \t]+on[ \t]+(?:its|his|her|their)[ \t]+(?:official[ \t]+)?(?:Telegram[ \t]+channel"
    r"|Telegram[ \t]+account|website|Facebook[ \t]+page|X[ \t]+account)$"
)
_NOUN_AFTER = re.compile(r"^(?P<n>[A-Z][\w-]+)[ \t]+(?:operator|company|channel)$")
_PLACE_WORDS = ("From", "In", "At")
_HONORIFIC_INITIALS = frozenset("UCRVAG")
_NOUNS_AFTER = ("operator", "company", "channel", "operator\n", "company\n", "channel\n")
_ADJECTIVE_OR_EUROPEAN = re.compile(_ADJECTIVE + "|European")
_GROUP_CUE = re.compile(
    r"\b(?:to|by)[ \t]+the[ \t]+(?:group|company|manufacturer)\b|"
    r"\bthe[ \t]+(?:group|company)[ \t]+(?:said|announced|specified)\b"
)
_COMPANY = re.compile(
    r"(?:\b(?:group|company|manufacturer|firm|maker)[ \t]+(?P<a>[A-Z][\w&-]+)\b"
    r"|(?:^|[.!?][ \t]+|\n|[-–][ \t])(?P<b>[A-Z][A-Za-z&]+)[ \t]+(?:wants|presented|announced"
    r"|has|plans|signed|won|will|is)\b)"
)


def revise(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """``statements`` with the bodies of this round named as the labels name them."""
    body = doc.body
    companies = (
        body_has(body, "group") or body_has(body, "company") or body_has(body, "manufacturer")
    )
    in_body: dict[str, bool] = {}
    adjectives: dict[str, str | None] = {}
    out: list[Statement] = []
    for s in statements:
        speaker = s.speaker
        if " on " in speaker and (m := _CHANNEL.search(speaker)) is not None:
            speaker = speaker[: m.start()]
        if speaker.startswith(_PLACE_WORDS) and _FROM_PLACE.match(speaker) is not None:
            speaker = _apposed(doc, speakers, s) or speaker
        if speaker[:1] in _HONORIFIC_INITIALS and (m := _HONORIFIC.match(speaker)) is not None:
            speaker = speaker[m.end() :]
        if speaker.endswith(_NOUNS_AFTER) and (m := _NOUN_AFTER.match(speaker)) is not None:
            speaker = m.group("n")
        if speaker[:1].isupper() and " " in speaker:
            named = in_body.get(speaker)
            if named is None:
                named = in_body[speaker] = speaker in body  # a name: not a fixed literal
            if named:
                speaker = _with_country(doc, speakers, speaker, s.evidence.start, adjectives)
        if companies:
            speaker = _company(doc, speakers, s, speaker)
        out.append(s if speaker == s.speaker else replace(s, speaker=speaker))
    return out


def _apposed(doc: Document, speakers: _Lookup, s: Statement) -> str | None:
    """ "From Tehran, the spokesman of X, NAME, declared that C": NAME, not the place."""
    sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
    m = _APPOSED.search(sentence.text)
    if m is None or sentence.start + m.end() > s.evidence.start:
        return None
    return speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")


def _with_country(
    doc: Document, speakers: _Lookup, speaker: str, at: int, seen: dict[str, str | None]
) -> str:
    """A body the text names with its country, or a ministry of the dateline's country
    (``seen``: the adjective found per speaker, one walk of the body each)."""
    if speaker.split()[0] in _ADJECTIVES:
        return speaker
    if speaker in seen:
        adjective = seen[speaker]
    else:
        adjective = seen[speaker] = _adjective(doc.body, speaker)
    if adjective is None and not speaker.startswith(("Ministry of ", "Ministry for ")):
        return speaker
    known = speakers.named(speaker, at)
    if known is not None and known != speaker:
        return speaker
    if adjective is not None:
        return f"{adjective} {speaker}"
    if speaker.startswith(("Ministry of ", "Ministry for ")):
        dated = _DATELINE.match(doc.body)
        if dated is not None:
            city = dated.group("city").lower()
            land = DEMONYMS.get(city) or _MORE_DEMONYMS.get(city)
            if land is not None:
                return f"{land} {speaker}"
    return speaker


def _adjective(body: str, speaker: str) -> str | None:
    """The country adjective written right before a mention of ``speaker``, if any."""
    at_text = body.find(" " + speaker)
    while at_text > 0:
        before = body[max(0, at_text - 14) : at_text].rsplit(None, 1)
        if before and before[-1] in _ADJECTIVES:
            return before[-1]
        at_text = body.find(" " + speaker, at_text + 1)
    return None


def _company(doc: Document, speakers: _Lookup, s: Statement, speaker: str) -> str:
    """ "According to the group, C" after the article named the company: that company."""
    index = speakers.sentence_at(s.evidence.start)
    sentence = doc.sentences[index]
    if _GROUP_CUE.search(sentence.text) is None:
        return speaker
    if (
        speaker not in ("group", "company", "manufacturer")
        and _ADJECTIVE_OR_EUROPEAN.fullmatch(speaker) is None
    ):
        return speaker  # the readers before named a body: keep it
    window = doc.body[max(0, sentence.start - 1500) : sentence.start]
    names = [m.group("a") or m.group("b") for m in _COMPANY.finditer(window)]
    names = [n for n in names if n not in ("The", "A", "It", "This", "In", "On")]
    return names[-1] if names else speaker

"""Statements with two speakers named by one phrase, round 69 (helper h_fix_s69,
``dev_statements95``): three phrasings the reader gave to one speaker, to the wrong one or
read with the attribution inside the clause.

Each reading is a mechanism, not a sentence:

- "The presidents / prime ministers / foreign ministers / leaders of X and Y said C" (or "C,
  the ... of X and Y said") is one statement of each office holder ("Polish president",
  "Lithuanian president", or the speaker table's person for that office), not of "Y";
- "ADJ GROUP and GROUP2 said C" ("Ukrainian military and officials") gives the adjective to
  both groups: "Ukrainian officials", not bare "officials";
- "COUNTRY calls on / urges X to ..., said / wrote SPEAKER" is the attribution's statement
  with the whole clause as its quote: the reader took "calls on" for the verb of saying and
  the country for the speaker. "the head of the foreign ministry" there is the foreign
  minister the passage named before (of that country when the title says one).

The statements are built here from the sentence (speakers through the document's speaker
table), so nothing is read twice. Each reading starts with a literal test of the body.

Runs in :mod:`pipeline.extract._latepasses` after :mod:`pipeline.extract._s69roles`.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._stmtindex import BySentence, outside
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_ADJ = {
    "France": "French", "Germany": "German", "Poland": "Polish", "Lithuania": "Lithuanian",
    "Latvia": "Latvian", "Estonia": "Estonian", "Finland": "Finnish", "Sweden": "Swedish",
    "Norway": "Norwegian", "Denmark": "Danish", "Romania": "Romanian", "Hungary": "Hungarian",
    "Czech Republic": "Czech", "Slovakia": "Slovak", "Greece": "Greek", "Italy": "Italian",
    "Spain": "Spanish", "Portugal": "Portuguese", "Netherlands": "Dutch", "Belgium": "Belgian",
    "Austria": "Austrian", "Switzerland": "Swiss", "Ireland": "Irish", "Britain": "British",
    "Ukraine": "Ukrainian", "Russia": "Russian", "Belarus": "Belarusian", "Moldova": "Moldovan",
    "Turkey": "Turkish", "Egypt": "Egyptian", "Qatar": "Qatari", "Jordan": "Jordanian",
    "Israel": "Israeli", "Iran": "Iranian", "China": "Chinese", "Japan": "Japanese",
    "Canada": "Canadian", "Bulgaria": "Bulgarian", "Croatia": "Croatian", "Serbia": "Serbian",
    "Slovenia": "Slovenian", "Georgia": "Georgian", "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani", "Kazakhstan": "Kazakh", "India": "Indian", "Pakistan": "Pakistani",
}  # fmt: skip
_NOT_CLAUSE = r"(?!(?:after|before|in|at|on|during|following|when|while|as)\b)"
_COUNTRY = r"(?:the[ \t]+)?(?:Czech[ \t]+Republic|[A-Z][a-z]+)"
_SAY = r"(?:said|say|stated|told[ \t]+reporters|announced|warned|stressed|wrote|declared)"
_DAY = r"(?:(?:late|early)[ \t]+)?on[ \t]+[A-Z][a-z]+day"
_OFFICE = (
    r"(?P<role>presidents|prime[ \t]+ministers|foreign[ \t]+ministers|"
    r"defen[cs]e[ \t]+ministers|leaders)"
)
_PAIR = rf"{_OFFICE}[ \t]+of[ \t]+(?P<x>{_COUNTRY})[ \t]+and[ \t]+(?P<y>{_COUNTRY})"
_OFFICES_AFTER = re.compile(
    rf"\b[Tt]he[ \t]+{_PAIR}[ \t]+{_SAY}(?:[ \t]+{_DAY})?(?:[ \t]+that)?[ \t]+{_NOT_CLAUSE}"
    r"(?P<c>[^.]+?)\.?$"
)
_OFFICES_BEFORE = re.compile(rf"^(?P<c>[^,]+),[ \t]+the[ \t]+{_PAIR}[ \t]+{_SAY}\b")
_GROUPS = r"military|army|navy|police|officials|authorities|sources|media|diplomats"
_GROUP_WORDS = tuple(_GROUPS.split("|"))
_SAY_WORDS = (
    "said",
    "say",
    "stated",
    "told",
    "announced",
    "warned",
    "stressed",
    "wrote",
    "declared",
)
"""Literals of :data:`_GROUPS` and :data:`_SAY`: :func:`_two_groups` needs one of each."""
_TWO_AFTER = re.compile(
    rf"\b(?P<adj>[A-Z][a-z]+)[ \t]+(?P<g1>{_GROUPS})[ \t]+and[ \t]+(?P<g2>{_GROUPS})[ \t]+{_SAY}"
    rf"(?:[ \t]+{_DAY})?(?:[ \t]+that)?[ \t]+{_NOT_CLAUSE}(?P<c>[^.]+?)\.?$"
)
_TWO_BEFORE = re.compile(
    rf"^(?P<c>[^,]+),[ \t]+(?P<adj>[A-Z][a-z]+)[ \t]+(?P<g1>{_GROUPS})[ \t]+and[ \t]+"
    rf"(?P<g2>{_GROUPS})[ \t]+{_SAY}\b"
)
_CALLS = re.compile(
    r"^(?P<c>(?P<country>[A-Z][a-z]+)[ \t]+(?:calls[ \t]+on|urges|asks)[ \t]+[^,]+),[ \t]+"
    rf"(?:{_SAY}[ \t]+(?P<w1>[^,.]{{3,60}}?)(?:[ \t]+{_DAY})?|(?P<w2>(?:[Tt]he|[Aa]n?)[ \t]+"
    rf"[^,.]{{3,50}}?)[ \t]+{_SAY}(?:[ \t]+(?:in|on)[ \t]+[^,.]{{1,40}})?)\.$"
)
_HEAD_FM = re.compile(r"^the[ \t]+head[ \t]+of[ \t]+the[ \t]+foreign[ \t]+ministry$")
_FM_NAMED = re.compile(
    r"(?P<adj>\b[A-Z][a-z]+[ \t]+)?Foreign[ \t]+Minister[ \t]+(?P<n>[A-Z][\w'\u2019-]+"
    r"(?:[ \t]+[A-Z][\w'\u2019-]+){1,3})"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    offices = body_has(body, " and ")
    calls = body_has(body, "calls on ") or body_has(body, " urges ") or body_has(body, " asks ")
    if not offices and not calls:
        return found
    statements, others = split(found)
    changed = False
    index = BySentence(doc.sentences, statements)
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text.strip()
        built: list[Statement] | None = None
        if offices and " and " in text:
            built = _offices(sentence, text, speakers) or _two_groups(sentence, text, speakers)
        if built is None and calls and text[:1].isupper():
            old = index.of(k)
            if all(_misread(s, text) for s in old):
                built = _calls(doc, sentence, text, speakers)
        if built is None:
            continue
        changed = True
        kept = outside(statements, sentence)
        seen = {(s.speaker.casefold(), s.quote) for s in kept}  # a repeated sentence: once
        statements = kept + [s for s in built if (s.speaker.casefold(), s.quote) not in seen]
        index = BySentence(doc.sentences, statements)
    if not changed:
        return found
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _misread(s: Statement, text: str) -> bool:
    """The reader's reading of a "calls on" sentence: the country's, or the quote running into
    the attribution."""
    return text.startswith(s.speaker) or ", " in s.quote


def _made(sentence: Sentence, speaker: str, quote: str, cue: str) -> Statement | None:
    quote = quote.strip()
    if len(quote) < 8 or quote not in sentence.text:
        return None
    return new_statement(sentence.text, sentence.start, speaker, "indirect", quote, cue)


def _both(sentence: Sentence, names: tuple[str, str], quote: str) -> list[Statement] | None:
    made = [_made(sentence, name, quote, "said") for name in names]
    out = [s for s in made if s is not None]
    return out if len(out) == 2 else None


def _offices(sentence: Sentence, text: str, speakers: Speakers) -> list[Statement] | None:
    """ "The presidents of X and Y said C": the two office holders."""
    if " of " not in text:
        return None
    if "ministers" not in text and "presidents" not in text and "leaders" not in text:
        return None  # no office of :data:`_OFFICE`: neither pattern can match
    m = _OFFICES_AFTER.search(text) or _OFFICES_BEFORE.search(text)
    if m is None:
        return None
    role = " ".join(m.group("role").split())[:-1]
    adjs = [_ADJ.get(_bare(m.group(g))) for g in ("x", "y")]
    if adjs[0] is None or adjs[1] is None:
        return None
    names = (_holder(speakers, adjs[0], role), _holder(speakers, adjs[1], role))
    return _both(sentence, names, m.group("c"))


def _bare(country: str) -> str:
    return country[4:] if country.startswith("the ") else country


def _holder(speakers: Speakers, adj: str, role: str) -> str:
    found = speakers.canonical(f"the {adj} {role}")
    return found if found.lower() != f"{adj} {role}".lower() else f"{adj} {role}"


def _two_groups(sentence: Sentence, text: str, speakers: Speakers) -> list[Statement] | None:
    """ "ADJ GROUP and GROUP2 said C": the adjective belongs to both."""
    if not any(g in text for g in _GROUP_WORDS) or not any(v in text for v in _SAY_WORDS):
        return None  # both patterns need a group word and a saying verb
    m = _TWO_AFTER.search(text) or _TWO_BEFORE.search(text)
    if m is None or m.group("adj") in ("The", "A", "An") or m.group("g1") == m.group("g2"):
        return None
    adj = m.group("adj")
    names = (
        speakers.canonical(f"{adj} {m.group('g1')}"),
        speakers.canonical(f"{adj} {m.group('g2')}"),
    )
    return _both(sentence, names, m.group("c"))


def _calls(
    doc: Document, sentence: Sentence, text: str, speakers: Speakers
) -> list[Statement] | None:
    """ "COUNTRY calls on X to ..., said SPEAKER": the attribution's, the whole clause."""
    m = _CALLS.search(text)
    if m is None:
        return None
    who = (m.group("w1") or m.group("w2") or "").strip()
    if _HEAD_FM.match(who.lower()) is not None:
        adj = _ADJ.get(m.group("country"), "")
        named = {
            n.group("n")
            for n in _FM_NAMED.finditer(doc.body[: sentence.start])
            if n.group("adj") is None or not adj or n.group("adj").strip() == adj
        }
        if len(named) != 1:
            return None
        who = named.pop()
    elif not who or who.split()[0].lower() in ("he", "she", "it", "they"):
        return None
    made = _made(sentence, speakers.canonical(who), m.group("c"), "said")
    return [made] if made is not None else None

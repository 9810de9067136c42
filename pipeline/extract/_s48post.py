"""Speakers chosen by sentence structure rather than by the nearest name (statement round 48,
``dev_articles75`` / ``dev_statements74``).

Literal French and Italian copy puts names where the nearest-name readers take the wrong one.
Each rule below reads a structure, not a phrase:

- a relative clause's inner names are not the main subject: in "HEAD, who VERBED ... with
  the ROLE, NAME2, ..., judged that C" the speaker is HEAD (its name, else the person the
  previous sentence opens with when HEAD is a bare description), never NAME2;
- an incise inside a relative of another subject ("X visited Y, where, he said, C"): the
  pronoun is the sentence's subject and the quote is C, not the text before the incise;
- a document as the speaker ("C, added the bulletin", "C, the note specified"): the bulletin
  speaks for the source the article quoted last;
- a role used bare after the article introduced its holder by it ("The head of state NAME
  ..." then "..., underlined the head of state"): that holder, not another office holder the
  table or a nearer sentence names;
- a bare national ministry ("the Ministry of Public Health") in copy datelined in a city of a
  known country takes that country ("BEIRUT - ..." -> Lebanese), in the table's form.

Runs after every other statement pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import split
from pipeline.extract._s40names import CAPITALS
from pipeline.extract.model import Document, Evidence, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CITIES: dict[str, str] = {
    **CAPITALS,
    "Kiev": "Ukrainian", "Baghdad": "Iraqi", "Jerusalem": "Israeli", "Tel Aviv": "Israeli",
    "Tyre": "Lebanese", "Sidon": "Lebanese", "Aleppo": "Syrian", "Basra": "Iraqi",
    "Erbil": "Iraqi", "Sanaa": "Yemeni", "Aden": "Yemeni", "Tripoli": "Libyan",
    "Kabul": "Afghan", "New Delhi": "Indian", "Ottawa": "Canadian", "Brussels": "Belgian",
    "The Hague": "Dutch", "Amsterdam": "Dutch", "Bern": "Swiss", "Geneva": "Swiss",
    "Belgrade": "Serbian", "Zagreb": "Croatian", "Ljubljana": "Slovenian", "Tbilisi": "Georgian",
    "Yerevan": "Armenian", "Baku": "Azerbaijani", "Astana": "Kazakh", "Port Sudan": "Sudanese",
}  # fmt: skip
"""Dateline cities and the adjective of their country's bodies."""
_DATELINE = re.compile(
    r"^(?P<c>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)(?:,[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+\.?)?"
    r"[ \t]+(?:\([^)]{2,20}\)[ \t]+)?[-–—]"
)
_BARE = re.compile(
    r"^(?:Ministry[ \t]+of[ \t]+(?:the[ \t]+)?(?:Public[ \t]+)?[A-Z][a-z]+(?:[ \t]+Affairs)?"
    r"|(?:Defence|Defense|Interior|Health|Foreign)[ \t]+Ministry)$"
)
_WORDING = re.compile(
    r"\bMinistry[ \t]+of[ \t]+(?:the[ \t]+)?(?:Public[ \t]+)?[A-Z][a-z]+(?:[ \t]+Affairs)?"
)
_FROM = re.compile(r"\b(?:From|In)[ \t]+[A-Z][a-z]+,[ \t]+the[ \t]")
_WHO = re.compile(r",[ \t]+who[ \t]+(?!said|says|told|added)[a-z]")
_SAY = (
    r"(?:said|says|explained|recalled|added|stressed|underlined|insisted|noted|specified"
    r"|assured|warned|observed|estimated|judged|affirmed|indicated|claimed|argued)"
)
_INCISE = re.compile(
    r",[ \t]+(?:where|whence|when|(?:in|from|through|by|to)[ \t]+which|which|whom),[ \t]+"
    r"(?:he|she|they)[ \t]+" + _SAY + r",[ \t]+(?P<c>[^.;]{8,})"
)
_DOCS = r"(?:bulletin|communiqué|communique|note|press[ \t]+release|release|dispatch|text)"
_DOC_WORDS = ("bulletin", "communiqu", "note", "release", "dispatch", "text")
"""A literal of every :data:`_DOCS` word."""
_BY_DOC = re.compile(
    r"^(?P<c>[^«»“”\"]{12,}?),[ \t]+(?:(?P<v>[a-z]+(?:ed|ied))[ \t]+the[ \t]+" + _DOCS
    + r"|the[ \t]+" + _DOCS + r"[ \t]+(?P<w>[a-z]+(?:ed|ied)))\.?$"
)  # fmt: skip
_ROLES = (
    r"(?:head[ \t]+of[ \t]+state|head[ \t]+of[ \t]+the[ \t]+government|premier|prime[ \t]+"
    r"minister|governor|mayor|cardinal)"
)
_ROLE_LITERALS = ("head", "premier", "prime", "governor", "mayor", "cardinal")
_BARE_ROLE = re.compile(r"\b(?:the[ \t]+)(?P<r>" + _ROLES + r")\b(?![ \t]+[A-Z])")
_VERB_FIRST = frozenset({"Are", "Is", "Was", "Were", "Remain", "Remains", "Has", "Have"})
"""Verbs a Romance-order sentence opens with, read as a speaker by the subject finders."""
_WHOSE = re.compile(
    r",[ \t]+whose[ \t]+[a-z][a-z -]{2,30}?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}(?:spoke|said|speaks|says|described|called|warned|judged)"
)
_PLACE_OF = re.compile(
    r"\bthe[ \t]+(?P<b>(?:[Mm]inistry[ \t]+of[ \t]+[A-Z][a-z]+|civil[ \t]+defence"
    r"|[a-z]+[ \t]+ministry|[Hh]ealth[ \t]+[Mm]inistry))[ \t]+of[ \t]+the[ \t]+"
    r"(?:territory|enclave|[Ss]trip)\b"
)
_BY_PLACE_OF = re.compile(
    r"^(?:[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?[ \t]+[-–—][ \t]+)?(?P<c>[^«»“”\"]{12,}?),[ \t]+"
    r"(?P<v>[a-z]+(?:ed|ied))[ \t]+(?=the[ \t].{3,40}[ \t]of[ \t]the[ \t](?:territory|enclave)\.?$)"
)
_SAME = re.compile(r"^(?:the[ \t]+)?same[ \t]+source$", re.I)
_EXTEND = r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+Affairs)?"
_SELF = re.compile(r"\b(?:name|names|named|call[ \t]+sign|goes[ \t]+by|known[ \t]+as)\b")
"""A relative that names its own head ("who gave his name only as NAME")."""
_PLACE_BODIES = {"civil defence": "civil defence", "health ministry": "health ministry"}
_INTRO = r"\b[Tt]he[ \t]+{role},?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,2}})"


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the structure-read speakers and clauses of this round."""
    statements, others = split(found)
    out: list[Statement] = []
    done: set[int] = set()
    changed = False
    for s in statements:
        index = speakers.sentence_at(s.evidence.start)
        if index in done:
            changed = True
            continue
        made = _sentence(doc, speakers, out, s, index)
        if made is not None:
            done.add(index)
            out = [t for t in out if speakers.sentence_at(t.evidence.start) != index]
            out.append(made)
            changed = True
            continue
        who = _speaker(doc, speakers, out, s, index)
        if who != s.speaker:
            s = replace(s, speaker=who)
            changed = True
        out.append(s)
    # the sentences already holding a statement, kept up to date as this loop adds some
    # (one set instead of a scan of every statement per sentence)
    held = {speakers.sentence_at(t.evidence.start) for t in out}
    for index, sentence in enumerate(doc.sentences):
        if index in done or index in held or "," not in sentence.text:
            continue  # each shape below needs a comma
        text = sentence.text  # each shape is tried only when its literal words are there
        if any(w in text for w in _DOC_WORDS) and (m := _BY_DOC.match(text)) is not None:
            by: str | None = _last_source(doc, speakers, out, index)
            cue = m.group("v") or m.group("w")
        elif ("territory" in text or "enclave" in text) and (
            m := _BY_PLACE_OF.match(text)
        ) is not None:
            cue = m.group("v")
            named = _placed(doc, speakers, sentence.text)
            by = named if named is not None and named[0].isupper() else None
        elif "wh" in text and (m := _INCISE.search(text)) is not None and m.start() > 12:
            if (by := _lead(speakers, sentence.text, sentence.start)) is not None:
                out.append(_made(sentence.start, sentence.text, m, by, "said"))
                held.add(speakers.sentence_at(sentence.start))
                changed = True
            continue
        else:
            continue
        if by is not None:
            out.append(_made(sentence.start, sentence.text, m, by, cue))
            held.add(speakers.sentence_at(sentence.start))
            changed = True
    if not changed:
        return found
    out.sort(key=lambda t: (t.evidence.start, t.evidence.end))
    for k, t in enumerate(out):  # "according to the same source" after a re-read source
        if _SAME.match(t.speaker) and k and not _SAME.match(out[k - 1].speaker):
            out[k] = replace(t, speaker=out[k - 1].speaker)
    return [*others, *out]


def _placed(doc: Document, speakers: Speakers, text: str) -> str | None:
    """ "the civil defence of the territory" in copy datelined GAZA: the table's Gaza body."""
    if (m := _PLACE_OF.search(text)) is None or (d := _DATELINE.match(doc.body)) is None:
        return None
    city, body = d.group("c").title(), m.group("b").lower()
    if city in CAPITALS:
        return None  # a national capital is no territory or enclave
    body = "health ministry" if body == "ministry of health" else body
    form = f"{body} of {city}"
    found = speakers.canonical(form)
    if found != form:
        return found
    return f"{city} {body}" if body in _PLACE_BODIES else None


def _made(start: int, text: str, m: re.Match[str], who: str, cue: str | None) -> Statement:
    ev = Evidence(text=text, start=start, end=start + len(text))
    return Statement(ev, 0.6, who, "indirect", m.group("c").strip().rstrip("."), cue)


def _sentence(
    doc: Document, speakers: Speakers, before: list[Statement], s: Statement, index: int
) -> Statement | None:
    """A statement re-read whole from its sentence's structure, or None."""
    sentence = doc.sentences[index]
    text = sentence.text
    if (m := _BY_DOC.match(text)) is not None:
        who = _last_source(doc, speakers, before, index)
        if who is not None and who != s.speaker:
            return _made(sentence.start, text, m, who, m.group("v") or m.group("w"))
        return None
    if (m := _INCISE.search(text)) is not None and m.start() > 12:
        who = speakers.subject(index) or _lead(speakers, text, sentence.start)
        if who is not None:
            quote = m.group("c").rstrip(" .")
            ev = Evidence(text=text, start=sentence.start, end=sentence.end)
            return Statement(ev, 0.6, who, "indirect", quote, "said")
    return None


def _speaker(
    doc: Document, speakers: Speakers, before: list[Statement], s: Statement, index: int
) -> str:
    sentence = doc.sentences[index]
    text = sentence.text
    who = s.speaker
    if (m := _WHO.search(text)) is not None and m.start() < 120:
        head, inner = text[: m.start()], text[m.start() : m.start() + 200]
        last = who.split()[-1]
        named_at, quoted_at = text.find(last), text.find(s.quote)
        if (
            last not in head
            and last in inner
            and 0 <= named_at < quoted_at
            and not _SELF.search(inner[: named_at - m.start()])
        ):
            found = _head(doc, speakers, head, index)
            if found is not None:
                return found
    if (
        any(w in text for w in _ROLE_LITERALS)  # a literal of every role first
        and (m := _BARE_ROLE.search(text)) is not None
        and who.split()[-1] not in doc.body[: sentence.end]
        and not m.start() <= text.find(s.quote) + len(s.quote) <= m.end() + len(s.quote)
        and s.quote not in text[m.start() :]
    ):
        role = re.sub(r"[ \t]+", r"[ \\t]+", re.escape(m.group("r")).replace(r"\ ", " "))
        intro = list(re.finditer(_INTRO.format(role=role), doc.body[: sentence.start]))
        if intro:
            name = intro[-1].group("n")
            found = speakers.named(name, intro[-1].start("n")) or name
            if found != who and " " in found:
                return found
    if who in _VERB_FIRST or _SAME.match(who):
        earlier = [t.speaker for t in before if t.speaker not in _VERB_FIRST]
        if earlier and not _SAME.match(earlier[-1]):
            return earlier[-1]
    if (m := _WHOSE.search(text)) is not None and s.quote in text[m.end() :]:
        return speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")
    if (found := _placed(doc, speakers, text)) is not None:
        return found
    if who.endswith("Ministry") and (m := re.search(re.escape(who) + _EXTEND, text)):
        return m.group(0)
    if _BARE.match(who) and not _FROM.search(text):
        return _dated(doc, speakers, text, who)
    return who


_LEAD = re.compile(
    r"^(?:[Tt]he[ \t]+[a-z]+[ \t]+|[A-Z][a-z]+[ \t]+(?=[A-Z]))?"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+[a-z]"
)


def _lead(speakers: Speakers, text: str, start: int) -> str | None:
    """The titled name a sentence opens with ("Cardinal NAME went", "The minister NAME met")."""
    if (m := _LEAD.match(text)) is None:
        return None
    return speakers.named(m.group("n"), start + m.start("n")) or m.group("n")


def _head(doc: Document, speakers: Speakers, head: str, index: int) -> str | None:
    """The person or body a sentence's subject ``head`` names, else the previous subject."""
    head = head.strip()
    start = doc.sentences[index].start
    for part in (head.rsplit(", ", 1)[-1], head):
        found = speakers.named(part, start)
        if found is not None and found.split()[-1] in head:
            return found
    if re.match(r"^(?:[Tt]he|[A-Z][a-z]+)[ \t]+[a-z]", head) and index:
        return speakers.subject(index - 1)
    return None


def _dated(doc: Document, speakers: Speakers, text: str, who: str) -> str:
    """A bare ministry of copy datelined in a known city: that country's."""
    m = _DATELINE.match(doc.body)
    if m is None:
        return who
    city = m.group("c")
    demonym = _CITIES.get(city) or _CITIES.get(city.title())
    if demonym is None:
        return who
    wording = _WORDING.search(text)
    form = f"{demonym} {wording.group(0) if wording else who}"
    found = speakers.canonical(form)
    return found if found and found != form.split(" ", 1)[1] else form


def _last_source(
    doc: Document, speakers: Speakers, before: list[Statement], index: int
) -> str | None:
    """The source quoted in the nearest earlier sentence, else that sentence's subject."""
    for j in range(index - 1, max(index - 3, -1), -1):
        mine = [t.speaker for t in before if speakers.sentence_at(t.evidence.start) == j]
        if mine:
            return mine[-1]
        if (subj := speakers.subject(j)) is not None:
            return subj
    return None

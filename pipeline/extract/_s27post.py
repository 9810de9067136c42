"""Last reading of finished statements for translated Italian/French copy (statement round 27).

Round 27 read the lead's twelfth-session probes of AFP-French and ANSA/Adnkronos-Italian
copy and the blind ``dev_articles58`` (``dev_statements52``). The readers before this pass
leave these shapes wrong or unread:

- "NAME also launched an appeal: “C,” said the Pontiff ..." - an intro naming the speaker,
  a colon, the quote, then a verb and a bare role: NAME's direct quote (the role is the
  intro's subject again), not the role's, and not a clause swallowing the intro;
- "For the minister, Moscow “C”." right after the minister spoke: the minister's indirect
  statement (the whole clause), not the fragment's own subject;
- "declared the president alongside his Lithuanian counterpart NAME": the bare role is the
  holder named before, the counterpart no part of the speaker;
- "the (local) health ministry (of the territory,) controlled / run by Hamas" is the Gaza
  health ministry, also as the subject of "said";
- "X said C and warned of “F”": the clause, then a partial statement of F;
- "NAME, asked about X, said C": NAME's indirect statement (the appeal verb "asked" hid it);
- "NAME, known by his call sign “M”, said on Telegram that C": NAME's, with the clause only;
- "The regional military administration published ... in Kherson. C, it said.": the body
  placed by the region named before, as its own sentence would have placed it.

Every check starts with a literal test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s27places
from pipeline.extract._bodylits import body_has
from pipeline.extract._regionback import region_of
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_INTRO = re.compile(
    r"^(?P<intro>[A-Z][^“”\"«»:;]{4,200}?):[ \t]*[“\"«](?P<q>[^“”\"«»]{3,}?)[”\"»][ \t]*,?[ \t]*"
    r"(?P<v>said|declared|added|stressed|warned|explained|insisted|noted|concluded|urged"
    r"|[a-z]+ed)[ \t]+the[ \t]+(?P<role>[A-Za-z][\w -]{1,40}?)"
    r"(?=[ \t]+(?:at|after|in|on|during|before|from|to|while|with|alongside)[ \t]|[,.]|$)"
)
_TITLE_RUN = re.compile(
    r"^(?:(?:Pope|President|Chancellor|Prime[ \t]+Minister|Premier|King|Queen|Patriarch)[ \t]+)?"
    r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|[IVX]+))*"
)
_FOR = re.compile(
    r"^For[ \t]+(?:the[ \t]+(?P<role>[a-z][\w -]{2,40}?)|(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z]"
    r"[\w'’-]+)?)),[ \t]+(?P<c>[^“”\"«»]{2,120}?[“\"«][^“”\"«»]{3,}[”\"»])[.!]?$"
)
_COUNTERPART = re.compile(r"[ \t]+(?:alongside|with|next[ \t]+to|beside)[ \t]+(?:his|her)[ \t]")
_HAMAS = (
    r"(?:health[ \t]+ministry|health[ \t]+authority|[Mm]inistry[ \t]+of[ \t]+[Hh]ealth)"
    r"(?:[ \t]+(?:of|in)[ \t]+the[ \t]+(?:territory|enclave|Strip))?,?[ \t]+"
    r"(?:controlled|run|led|governed)[ \t]+by[ \t]+(?:the[ \t]+)?(?:[\w -]{0,40}[ \t])?Hamas"
)
_HAMAS_BODY = re.compile(_HAMAS)
_HAMAS_SUBJECT = re.compile(
    r"^[Tt]he[ \t]+(?:local[ \t]+)?" + _HAMAS + r",?[ \t]+(?P<v>said|says|reported|announced"
    r"|stated)(?:[ \t]+on[ \t]+[A-Z][a-z]+day)?(?:[ \t]+that)?[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_GAZA_HEALTH = "Gaza health ministry"
_FRAMED = re.compile(
    r"^(?P<a>.{8,}?),?[ \t]+and[ \t]+(?:also[ \t]+)?(?:warned|spoke|talked|cautioned)[ \t]+"
    r"(?:of|against|about)[ \t]+[“\"«](?P<p>[^“”\"«»]{3,})[”\"»]$"
)
_ASKED = re.compile(
    r"^(?P<who>[A-Z][^,;“”\"«»]{2,80}?),[ \t]+asked[ \t]+(?:about|by|whether|if|on|what|how"
    r"|why)[ \t][^;“”\"«»]{2,160}?,[ \t]+(?P<v>said|replied|answered|told[ \t]+reporters"
    r"|told[ \t]+journalists)(?:[ \t]+that)?[ \t]+(?P<c>[^“”\"«»]{8,}?)\.$"
)
_NAME_END = re.compile(r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})$")
_KNOWN = re.compile(
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+known[ \t]+(?:by[ \t]+(?:his|her)"
    r"[ \t]+(?:call[ \t]?sign|nickname|nom[ \t]+de[ \t]+guerre)|as|under[ \t]+the[ \t]+"
    r"(?:call[ \t]?sign|nickname))[ \t]+[“\"«](?P<m>[^“”\"«»]{2,30})[”\"»],"
)
_VENUE = re.compile(r"^(?:on|in|via)[ \t][^,;]{1,40}?[ \t]that[ \t]+")
_WINDOW = 1500
_IT_SAID = re.compile(r",[ \t]+it[ \t]+(?:said|added|reported|stated|wrote)\.?$")


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    if not statements and not _adds(body):
        return list(found)  # nothing to re-read, and no adding reader fires
    if body_has(body, ": “") or body_has(body, ': "') or body_has(body, ": «"):
        statements = _intro(doc, speakers, statements)
    if body_has(body, "For "):
        statements = _for_role(doc, speakers, statements)
    if body_has(body, "counterpart"):
        _counterpart(doc, speakers, statements)
    if body_has(body, "Hamas"):
        statements = _hamas(doc, speakers, statements)
    if body_has(body, " of “") or body_has(body, " against “") or body_has(body, ' of "'):
        statements = _framed(body, statements)
    if body_has(body, ", asked "):
        statements = _asked(doc, speakers, statements)
    if body_has(body, ", known "):
        _known(doc, speakers, statements)
    if body_has(body, ", it "):
        _regional_it(doc, speakers, statements)
    if body_has(body, " regional "):
        _s27places.paired(doc, speakers, statements)
    if body_has(body, " Ministry") and body_has(body, " Minister "):
        _s27places.portfolio(body, statements)
    return others + statements


def _adds(body: str) -> bool:
    """Whether a reader of :func:`revise` that adds statements may fire on ``body``."""
    return (
        body_has(body, ": “")
        or body_has(body, ': "')
        or body_has(body, ": «")
        or body_has(body, "For ")
        or body_has(body, "Hamas")
        or body_has(body, ", asked ")
    )


def _overlapping(statements: list[Statement], start: int, end: int) -> list[Statement]:
    return [s for s in statements if s.evidence.start < end and start < s.evidence.end]


def _said_before(
    doc: Document, speakers: _Lookup, statements: list[Statement], index: int
) -> list[str]:
    """Speakers of statements in the two sentences before ``index`` (same paragraph), last
    one last."""
    paragraph = doc.sentences[index].paragraph
    out: list[tuple[int, str]] = []
    for s in statements:
        k = speakers.sentence_at(s.evidence.start)
        if index - 2 <= k < index and doc.sentences[k].paragraph == paragraph:
            out.append((s.evidence.start, s.speaker))
    return [speaker for _, speaker in sorted(out)]


def _intro(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "NAME also launched an appeal: “C,” said the Pontiff": NAME's direct quote."""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if ": “" not in text and ': "' not in text and ": «" not in text:
            continue
        m = _INTRO.match(text)
        if m is None:
            continue
        run = _TITLE_RUN.match(m.group("intro"))
        if run is None:
            continue
        name = run.group(0)
        person = speakers.named(name, sentence.start) or name
        if len(person.split()) < 2 or person.split()[-1] not in m.group("intro")[:80]:
            continue
        colon = sentence.start + m.start("q") - 1
        if speakers.person_before(index, colon) not in (None, person):
            continue  # "Zelensky met Merz in Berlin: “C,” said the chancellor"
        q_start = sentence.start + m.start("q")
        q_end = sentence.start + m.end("q")
        old = _overlapping(statements, q_start, q_end)
        if any(s.speaker == person and s.quote == m.group("q") for s in old):
            continue
        statements = [s for s in statements if s not in old]
        evidence = Evidence(text, sentence.start, sentence.end)
        statements.append(Statement(evidence, 0.8, person, "direct", m.group("q"), m.group("v")))
    return statements


def _for_role(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "For the minister, Moscow “C”." after the minister spoke: the minister's clause."""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if not text.startswith("For "):
            continue
        m = _FOR.match(text)
        if m is None:
            continue
        before = _said_before(doc, speakers, statements, index)
        if m.group("name"):
            holder = speakers.named(m.group("name"), sentence.start)
            if holder not in before:
                continue
        elif before and len(before[-1].split()) > 1:
            holder = before[-1]  # the last speaker, a person's full name
        else:
            continue
        old = _overlapping(statements, sentence.start, sentence.end)
        clause = m.group("c")
        if any(s.speaker == holder and s.quote == clause for s in old):
            continue
        statements = [s for s in statements if s not in old]
        evidence = Evidence(text, sentence.start, sentence.end)
        statements.append(Statement(evidence, 0.75, holder, "indirect", clause, "for"))
    return statements


def _counterpart(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "declared the president alongside his Lithuanian counterpart NAME": the holder."""
    for i, s in enumerate(statements):
        if "counterpart" not in s.speaker or (cut := _COUNTERPART.search(s.speaker)) is None:
            continue
        role = s.speaker[: cut.start()].strip()
        if not role or not role.islower():
            continue
        titled = re.compile(
            rf"(?i:{re.escape(role)})[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,2}})"
        )
        window = doc.body[max(0, s.evidence.start - _WINDOW) : s.evidence.start]
        named = [m.group("n") for m in titled.finditer(window)]
        if named:  # the last holder named with that title: "Polish President NAME"
            holder = speakers.named(named[-1], s.evidence.start) or named[-1]
            statements[i] = replace(s, speaker=holder)


def _hamas(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "the local health ministry controlled by Hamas" is the Gaza health ministry."""
    for i, s in enumerate(statements):
        if not s.speaker.lower().endswith(("health ministry", "health authority", "of health")):
            continue
        sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
        if "Hamas" in sentence.text and _HAMAS_BODY.search(sentence.text):
            statements[i] = replace(s, speaker=_GAZA_HEALTH)
    for sentence in doc.sentences:
        text = sentence.text
        if "Hamas" not in text or (m := _HAMAS_SUBJECT.match(text)) is None:
            continue
        old = _overlapping(statements, sentence.start, sentence.end)
        if any(s.speaker == _GAZA_HEALTH for s in old):
            continue
        statements = [s for s in statements if s not in old]
        evidence = Evidence(text, sentence.start, sentence.end)
        statements.append(
            Statement(evidence, 0.8, _GAZA_HEALTH, "indirect", m.group("c"), m.group("v"))
        )
    return statements


def _framed(body: str, statements: list[Statement]) -> list[Statement]:
    """ "X said C and warned of “F”": the clause C, and F as X's partial statement."""
    out: list[Statement] = []
    for s in statements:
        out.append(s)
        if s.mode != "indirect" or " and " not in s.quote or s.quote[-1:] not in '”"»':
            continue
        if (m := _FRAMED.match(s.quote)) is None:
            continue
        fragment = m.group("p")
        at = body.find(fragment, s.evidence.start, s.evidence.end)
        if at < 0 or any(o.mode == "partial" and o.quote == fragment for o in statements):
            continue
        out[-1] = replace(s, quote=m.group("a"))
        evidence = Evidence(fragment, at, at + len(fragment))
        out.append(Statement(evidence, 0.7, s.speaker, "partial", fragment, s.cue))
    return out


def _asked(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """ "NAME, asked about X, said C": NAME's indirect statement."""
    for sentence in doc.sentences:
        text = sentence.text
        if ", asked " not in text or (m := _ASKED.match(text)) is None:
            continue
        if _overlapping(statements, sentence.start + m.start("c"), sentence.end):
            continue
        who = m.group("who")
        speaker = speakers.named(who, sentence.start)
        if speaker is None and (tail := _NAME_END.search(who)) is not None:
            speaker = speakers.named(tail.group("n"), sentence.start) or tail.group("n")
        if speaker is None:
            continue
        evidence = Evidence(text, sentence.start, sentence.end)
        statements.append(
            Statement(evidence, 0.75, speaker, "indirect", m.group("c"), m.group("v"))
        )
    return statements


def _known(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "NAME, known by his call sign “M”, said on Telegram that C": NAME's clause C."""
    for i, s in enumerate(statements):
        sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
        if ", known " not in sentence.text or (m := _KNOWN.search(sentence.text)) is None:
            continue
        if s.speaker != m.group("m"):
            continue
        name = m.group("n")
        quote = s.quote
        if (venue := _VENUE.match(quote)) is not None:
            quote = quote[venue.end() :]
        statements[i] = replace(
            s, speaker=speakers.named(name, sentence.start) or name, quote=quote
        )


def _regional_it(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "The regional military administration ... in Kherson. C, it said.": Kherson's."""
    for i, s in enumerate(statements):
        if not s.speaker.startswith("regional "):
            continue
        sentence = doc.sentences[speakers.sentence_at(s.evidence.start)]
        if ", it " not in sentence.text or _IT_SAID.search(sentence.text.rstrip()) is None:
            continue
        region = region_of(doc.body[: sentence.start])
        if region is None or region in ("Kyiv", "Moscow"):
            continue
        statements[i] = replace(s, speaker=f"{region} {s.speaker}")

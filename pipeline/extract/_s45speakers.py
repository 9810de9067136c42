"""Speaker corrections of statement round 45 (see :mod:`_s45post`).

- **Apposed person.** A role noun phrase with a person in apposition inside the statement's
  frame ("The spokeswoman of the Foreign Ministry, NAME, has maintained", "X, through the
  voice of its secretary general NAME, judged", "«Q», has declared the spokesman of UNICEF,
  NAME") names the speaker: the person, not the body, the country or the outlet a relay
  clause cites ("..., as reported by the agency TASS"). The frame is the sentence's text
  between the neighbouring statements' quotes, so a second speaker's apposition in the same
  sentence is not read.
- **Reporter's circumstance.** "the minister on the set of franceinfo", "a transporter
  joined by telephone" lose the circumstance; a bare role left ("minister") takes the last
  holder of that title the article introduced (:func:`_s34roles.introductions`).
- **The same source.** "according to the same source / command", "specified the same
  source": the speaker of the statement before, or the last body with that head noun.
- **A side.** "On the Russian side, the Ministry of Defence assured": the body of that
  country, when the speaker read carries another country's demonym.
- **A relative after the subject.** "NAME, who spoke by telephone with NAME2, called": NAME,
  not the person named inside the relative.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract._roles import ALIASES
from pipeline.extract._s29reads import is_person as _plain_person
from pipeline.extract._s29reads import name_in
from pipeline.extract._s34roles import CLASSES, introductions
from pipeline.extract._s36verbs import pattern
from pipeline.extract.model import Document, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["is_person", "revise"]

_PARTICLE = r"(?:(?:de|di|da|del|della|van|von|der|den|bin|ibn|al|el|le|la|du|des)[ \t]+)"
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:[ \t]+" + _PARTICLE + r"*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){1,3}"
_ROLE_WORDS = (
    "spokesman", "spokeswoman", "spokesperson", "deputy", "director", "president", "head",
    "minister", "secretary", "chief", "commander", "governor", "mayor", "negotiator",
    "coordinator", "ambassador", "leader", "chairman", "chairwoman", "adviser", "advisor",
    "envoy", "representative", "primate", "prosecutor", "general", "commissioner", "prefect",
    "rapporteur", "patriarch", "premier", "chancellor", "undersecretary",
)  # fmt: skip
_APPOSED = re.compile(
    r"(?P<pre>^|,[ \t]+|\bthrough[ \t]+(?:the[ \t]+voice[ \t]+of[ \t]+)?|\b(?:has|have|had)?[ \t]*"
    r"[a-z]+(?:ed|id|ote)[ \t]+)(?P<np>(?:[Tt]he|its|their|his|her)(?:[ \t]+[^,;«»“”\"]{1,90}?)?)"
    r"(?:,[ \t]+|[ \t]+(?P<rw>" + "|".join(_ROLE_WORDS) + r")[ \t]+)(?P<n>" + _NAME + r")"
    r"(?=,|[ \t]+(?:has|have|had|was|is|let|said|told|wrote)\b|[ \t]+[a-z]+ed\b|[ \t]*\.?$)"
)
_CIRCUMSTANCE = re.compile(
    r"[ \t,]+(?:on[ \t]+the[ \t]+set[ \t]+of|joined[ \t]+by|reached[ \t]+by|contacted[ \t]+by"
    r"|interviewed[ \t]+(?:by|on)|speaking[ \t]+(?:to|from|on)|quoted[ \t]+by|cited[ \t]+by"
    r"|on[ \t]+the[ \t]+airwaves[ \t]+of|in[ \t]+an[ \t]+interview[ \t]+with)\b.*$"
)
_CIRCUMSTANCE_WORDS = (
    " set of", " joined by", " reached by", " contacted by", " interviewed ", " speaking ",
    " quoted by", " cited by", " airwaves", " interview with",
)  # fmt: skip
_SAME = re.compile(
    r"\b(?:according[ \t]+to|specified|added|indicated|said|reported|clarified)[ \t]+the[ \t]+"
    r"same[ \t]+(?P<head>source|sources|command|ministry|agency|office|army|spokesman"
    r"|spokeswoman|official|administration|service)\b"
)
_SIDE = re.compile(
    r"^On[ \t]+the[ \t]+(?P<d>[A-Z][a-z]+)[ \t]+side,[ \t]+the[ \t]+(?P<b>[^,;«»“”]{4,60}?)"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?[a-z]+(?:ed|id)\b"
)
_SUBJECT = re.compile(
    r"^(?P<subj>[A-Z][^,;«»“”\"]{1,60}?)(?:,[ \t]+(?:in|through|via|on|for|from)[ \t]+"
    r"[^,;«»“”\"]{2,60},)?[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:also[ \t]+)?"
    r"(?:let[ \t]+it[ \t]+be[ \t]+known|" + pattern("finite") + r")\b[^«»“”\";]{0,60}?"
    r"[ \t]that[ \t]*$"
)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z'’ -]{1,30},[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][A-Z' -]{2,30})"
    r"[ \t]+[-–—][ \t]+"
)
_PARTICLES = re.compile(r"(?<=[ \t])" + _PARTICLE)


def is_person(speaker: str) -> bool:
    """A person's name, particles allowed ("Ursula von der Leyen", "Dominique de Villepin")."""
    if speaker in _ORGS or speaker.startswith(("In ", "From ", "At ", "On ", "For ", "According ")):
        return False
    return _plain_person(_PARTICLES.sub("", speaker))


_TABLE = {e.canonical for e in ALIASES.values()}
_ORGS = {e.canonical for e in ALIASES.values() if e.kind == "org"}
_LEAD = re.compile(
    r"^(?P<n>" + _NAME + r"),[ \t]+(?P<d>(?:the[ \t]+|a[ \t]+)?[a-z][^,;«»“”\"]{2,60}),[ \t]+"
    r"(?:has[ \t]+|had[ \t]+)?[a-z]+(?:ed|id|ote)\b"
)
_PALACES = {
    "Viminale": "interior", "Place Beauvau": "interior", "Beauvau": "interior",
    "Hôtel de Brienne": "defen[cs]e|armed forces", "Palazzo Baracchini": "defen[cs]e",
    "Bercy": "economy|finance", "Via XX Settembre": "economy|finance",
}  # fmt: skip
_DATA_OF = re.compile(
    r"^(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:data|figures|report|note|statement|bulletin|document"
    r"|estimates|calculations|communiqué)[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)
_BARE_MINISTRY = re.compile(r"^Ministry[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+Affairs)?$")
_CAPITALS = {
    "Rome": "Italian", "Madrid": "Spanish", "Berlin": "German", "Warsaw": "Polish",
    "Athens": "Greek", "Lisbon": "Portuguese", "Vienna": "Austrian", "Bucharest": "Romanian",
    "Chisinau": "Moldovan", "Vilnius": "Lithuanian", "Riga": "Latvian", "Tallinn": "Estonian",
}  # fmt: skip
_DATED = re.compile(r"[A-Z][a-z]+(?:,[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+)?[ \t]+[-–—]")
_WHO = re.compile(r"^(?P<n>" + _NAME + r"),[ \t]+who[ \t]+[^,;«»“”]{3,120},[ \t]+[a-z]")


def revise(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with this round's speakers corrected."""
    body = doc.body
    out: list[Statement] = []
    intro: list[tuple[int, str, frozenset[str], str | None]] | None = None
    roles: dict[int, bool] = {}
    starting: tuple[list[int], list[int]] | None = None  # ``statements`` by start, once
    for i, s in enumerate(statements):
        index = speakers.sentence_at(s.evidence.start)
        sentence = doc.sentences[index]
        text = sentence.text
        who = s.speaker
        if any(w in who for w in _CIRCUMSTANCE_WORDS):
            who = _CIRCUMSTANCE.sub("", who).strip() or who
            if who.lower() in CLASSES:
                intro = intro if intro is not None else introductions(body)
                who = _holder(speakers, intro, who.lower(), s.evidence.start) or who
        if " of " in who and (m := _DATA_OF.match(who)):
            who = _ministry(speakers, body, who[m.end() :], s.evidence.start)
        if " same " in text and (m := _SAME.search(text)):
            who = _same(doc, speakers, statements[:i], sentence, m) or who
        if text.startswith("On the ") and (m := _SIDE.match(text)):
            who = _side(speakers, who, m, sentence.start)
        if ", who " in text and (m := _WHO.match(text)) and is_person(who):
            subject = name_in(speakers, m.group("n"))
            if who != subject and who.split()[-1] not in m.group("n") and is_person(subject):
                who = subject
        if " that " in text:
            who = _subject(speakers, s, sentence, who)
        if ", " in text and (m := _LEAD.match(text)) and who.lower() in m.group("d").lower():
            run = m.group("n")
            person = speakers.named(run, sentence.start) or name_in(speakers, run)
            who = person if is_person(person) else who
        if who in _PALACES or any(p in who for p in _PALACES if " of " in who):
            who = _palace(speakers, body, who, s.evidence.start) or who
        if (", " in text or "through " in text) and _has_role(roles, index, text):
            starting = _by_start(statements) if starting is None else starting
            here = _starting_in(statements, starting, sentence)  # all :func:`_frame` reads
            who = _apposed(speakers, here, s, sentence, who)
        out.append(replace(s, speaker=who) if who != s.speaker else s)
    return out


def _subject(speakers: Speakers, s: Statement, sentence: Sentence, who: str) -> str:
    """ "The Kremlin has let it be known that C", "Hamas, in a note, has maintained that C":
    the verb's capitalised subject, when the speaker read is not named before the clause."""
    text = sentence.text
    at = text.find(s.quote)
    if at <= 0 or s.mode != "indirect":
        return who
    dated = _DATELINE.match(text)
    lo = dated.end() if dated is not None else 0
    pre = text[lo:at]
    if (m := _SUBJECT.match(pre)) is None:
        return who
    subj = m.group("subj")
    words = subj.split()
    if words[0] == "The":
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 4:
        return who  # a proper subject only: not "The representative of the Kremlin"
    if words[0] in ("He", "She", "It", "They", "We", "I", "In", "From", "At", "On"):
        return who
    if any(w in text[lo:] for w in who.split() if w[:1].isupper()):
        return who  # the speaker read is named in the sentence (its dateline aside)
    named = speakers.named(subj, sentence.start + lo)
    if named is None and len(words) == 1 and subj == words[0]:
        named = subj  # "Hamas, in a note, has maintained that"
    if named is None or named == who:
        return who
    return named if named in _TABLE or is_person(named) or named == subj else who


def _has_role(roles: dict[int, bool], index: int, text: str) -> bool:
    """Whether sentence ``index`` (``text``) holds a role word anywhere: :func:`_apposed`
    reads a name only after one, so a sentence without any skips its frame and scan.
    ``roles`` memoises the answer per sentence for one :func:`revise` call."""
    known = roles.get(index)
    if known is None:
        low = text.lower()
        known = roles[index] = any(w in low for w in _ROLE_WORDS)
    return known


def _by_start(statements: list[Statement]) -> tuple[list[int], list[int]]:
    """The positions of ``statements`` by evidence start, and those starts (ascending)."""
    order = sorted(range(len(statements)), key=lambda k: statements[k].evidence.start)
    return order, [statements[k].evidence.start for k in order]


def _starting_in(
    statements: list[Statement], starting: tuple[list[int], list[int]], sentence: Sentence
) -> list[Statement]:
    """The statements starting inside ``sentence``, in list order (two bisections, not a
    walk over the document's statements for each statement)."""
    order, starts = starting
    lo = bisect_left(starts, sentence.start)
    hi = bisect_left(starts, sentence.end)
    return [statements[k] for k in sorted(order[lo:hi])]


def _frame(statements: list[Statement], s: Statement, sentence: Sentence) -> tuple[str, int]:
    """The sentence's text around ``s``'s quote up to the neighbouring statements' quotes."""
    text = sentence.text
    at = text.find(s.quote)
    if at < 0:
        return text, 0
    lo, hi = 0, len(text)
    for t in statements:
        if t is s or not (sentence.start <= t.evidence.start < sentence.end):
            continue
        other = text.find(t.quote)
        if other < 0 or t.quote in s.quote or s.quote in t.quote or t.speaker == s.speaker:
            continue
        if other + len(t.quote) <= at:
            lo = max(lo, other + len(t.quote))
        elif other >= at + len(s.quote):
            hi = min(hi, other)
    return text[lo:at] + " " * len(s.quote) + text[at + len(s.quote) : hi], lo


def _apposed(
    speakers: Speakers, statements: list[Statement], s: Statement, sentence: Sentence, who: str
) -> str:
    """The person apposed to a role in the statement's frame, when the speaker read is a
    body or a person the frame does not name."""
    frame, lo = _frame(statements, s, sentence)
    low = frame.lower()
    if not any(w in low for w in _ROLE_WORDS):
        return who  # a match counts only with a role word in it: none, no scan of the frame
    at = sentence.text.find(s.quote) - lo
    found: set[str] = set()
    for m in _APPOSED.finditer(frame):
        if "according to" in frame[m.end() : max(at, m.end())]:
            continue  # "NAME judged that A, after B which, according to Y, C": C is Y's
        np = m.group("np").lower() + " " + (m.group("rw") or "")
        if not any(w in np.split() or f"{w}-" in np for w in _ROLE_WORDS):
            continue
        if re.search(r"\b(?:with|at|by|to|and|from|after|before|during|alongside)\b", np):
            continue  # "said the X at a conference with the Danish prime minister NAME"
        run = m.group("n")
        named = speakers.named(run, sentence.start + lo + m.start("n"))
        person = named if named and is_person(named) else name_in(speakers, run)
        if person and is_person(person) and len(person.split()) <= 4:
            found.add(person)
    if len(found) != 1:
        return who
    person = found.pop()
    if person == who:
        return who
    if is_person(who) and who.split()[-1] in frame:
        return who
    return person


def _holder(
    speakers: Speakers,
    intro: list[tuple[int, str, frozenset[str], str | None]],
    role: str,
    at: int,
) -> str | None:
    """The last holder of ``role``'s class the article introduced before ``at``."""
    wanted = CLASSES[role]
    names = [n for a, n, c, _ in intro if a < at and wanted & c]
    if not names:
        return None
    return speakers.named(names[-1], at) or names[-1]


def _same(
    doc: Document,
    speakers: Speakers,
    before: list[Statement],
    sentence: Sentence,
    m: re.Match[str],
) -> str | None:
    """The source "the same source / command" takes up."""
    head = m.group("head")
    earlier = [t for t in before if t.evidence.start < sentence.start + m.start()]
    if head.startswith("source"):
        return earlier[-1].speaker if earlier else None
    text = doc.body[: sentence.start + m.start()]
    hits = [
        h
        for h in re.finditer(
            r"(?:[Tt]he[ \t]+)?(?:(?:[A-Z][\w.'’-]*|of|the)[ \t]+){0,4}"
            + head.capitalize()
            + r"\b|\b[Tt]he[ \t]+"
            + head
            + r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+",
            text,
            re.I,
        )
        if "same" not in text[max(0, h.start() - 6) : h.start() + 6]
        and any(w[:1].isupper() for w in h.group(0).split()[1:])
    ]
    if not hits:
        return None
    phrase = hits[-1].group(0)
    phrase = re.sub(r"^(?:[Tt]he|of|the)[ \t]+", "", phrase)
    return speakers.named(phrase, hits[-1].start()) or phrase


def _side(speakers: Speakers, who: str, m: re.Match[str], at: int) -> str:
    """ "On the Russian side, the Ministry of Defence": Russia's body."""
    demonym = m.group("d")
    words = who.split()
    if not words or words[0] == demonym or not words[0][:1].isupper():
        return who
    if not words[0].endswith(("ian", "ish", "ese", "ic", "an")):
        return who
    phrase = f"{demonym} {m.group('b')}"
    named = speakers.named(phrase, at + m.start("b"))
    return named if named and named.split()[0] == demonym else who


def _palace(speakers: Speakers, body: str, who: str, at: int) -> str | None:
    """ "the owner of the Viminale" (read as the palace): the minister of the office the
    palace houses, as the article introduced them before."""
    office = next(v for k, v in _PALACES.items() if k in who)
    holder = re.compile(
        r"(?i:\b(?:" + office + r")[ \t]+minister|minister[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
        r"(?:" + office + r"))\b,?[ \t]+(?P<n>" + _NAME + r")"
    )
    hits = list(holder.finditer(body, 0, at))
    if not hits:
        return None
    run = hits[-1].group("n")
    found = speakers.named(run, hits[-1].start("n")) or name_in(speakers, run)
    return found if is_person(found) else None


def _ministry(speakers: Speakers, body: str, who: str, at: int) -> str:
    """ "the programmatic document of the Ministry of Defence": the ministry's; a bare
    national ministry in copy datelined in a capital the table does not cover is that
    country's ("Rome, 2 June - ..." -> "Italian Ministry of Defence")."""
    named = speakers.named(who, at)
    if named is not None and named != who:
        return named
    if _BARE_MINISTRY.match(who) and (m := re.match(r"[A-Z][a-z]+", body)) is not None:
        demonym = _CAPITALS.get(m.group(0))
        if demonym and re.match(
            r"[A-Z][a-z]+(?:,[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+)?[ \t]+[-–—]", body
        ):
            return f"{demonym} {who}"
    return who

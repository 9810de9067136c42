"""Round h_gen_s111: a description standing where the story names the speaker next to it.

Why it exists: in real32 and across the dev and blind sets the right quote reached the output
under a description of its speaker while the story names the holder beside it:

- a description in a lede named in the next two sentences (``Ukraine's biggest gas company
  said C.`` / ``NAME said ...``; ``The head of a UN agency said C.`` / ``“Q,” NAME, executive
  director of ..., said``): the holder, as for the governor / mayor ledes of
  :mod:`._s103role` (dev_statements79's call, "a lede's unnamed office-holder named further
  on is that person"); a person must be introduced there with a fitting title or apposition,
  a body must be no table body named on its own;
- a definite epithet pointing back to the person named or speaking last (``NAME toured the
  plant. The Argentine diplomat said C``; ``“Q,” the head of French diplomacy told
  reporters``): the "pronouns and surnames resolved" rule; a title or nationality the text
  gives that person must fit the epithet, and "A senior diplomat ... The diplomat said" or
  "his Turkish counterpart" in between leave it alone;
- a lede's "the region's governor said" the chain gave to a governor first named in a later
  sentence that names only another region ("In the neighbouring Kursk region, Governor NAME
  said"): the lede's own regional governor.

Typed and bounded: head-noun sets decide person or body, the look back is two sentences, the
look ahead two sentences in the same or the next paragraph. Hooked last in
:mod:`pipeline.extract._latepasses`; a description test per speaker before any regex.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._found import renamed
from pipeline.extract._lexicon import DEMONYM_FORMS
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Finding, Sentence, Statement

__all__ = ["revise"]

_FORWARD_PERSON: frozenset[str] = frozenset(
    {"head", "chief", "director", "official", "executive", "commissioner"}
)
_FORWARD_BODY: frozenset[str] = frozenset(
    {"company", "firm", "operator", "producer", "provider", "utility"}
)
_EPITHETS: frozenset[str] = frozenset(
    {"diplomat", "chief", "head", "minister", "chairman", "chairwoman", "leader", "premier"}
    | {"politician", "commander", "secretary", "envoy"}
)
_CUE = r",? (?:said|says|told|reported|wrote|announced|stated|warned|added|noted)\b"
_FRAME: dict[str, re.Pattern[str]] = {
    h: re.compile(
        r"\b(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s) (?:[\w'’-]+ ){0,4}?"
        + h
        + r"(?: of [^,.;“”\"]{2,60}?)?(?: on \w+)?"
        + _CUE
    )
    for h in _FORWARD_PERSON | _FORWARD_BODY
}
_DEFINITE: dict[str, re.Pattern[str]] = {
    h: re.compile(r"(?:\b[Tt]he|\b[A-Z][\w-]*['’]s) (?:[\w'’-]+ ){0,3}?" + h + r"\b")
    for h in _EPITHETS
}
_INDEFINITE: dict[str, re.Pattern[str]] = {
    h: re.compile(r"\b[Aa]n? (?:[\w'’-]+ ){0,3}?" + h + r"\b") for h in _EPITHETS
}
_TITLE_WORDS = (
    r"head|chief|director|executive|commissioner|secretary|coordinator|president|chair\w*|"
    r"minister|chancellor|premier|ambassador|envoy|commander|general|leader"
)
_LINK_BEFORE = re.compile(r"(?i:\b(?:" + _TITLE_WORDS + r"|official)),? $")
_LINK_AFTER = re.compile(r"^, (?:the |an? )?(?:[\w'’-]+ ){0,3}?(?i:" + _TITLE_WORDS + r")\b")
_FWD_FIT = re.compile(
    r"(?i:\b(?:director|head|chief|secretary[- ]general|executive|chair\w*|commissioner|"
    r"coordinator)\b)"
)
_CLASH = re.compile(r"\b(?:[Cc]ommander|[Mm]inister|[Pp]resident|[Gg]overnor|[Mm]ayor)\b")
_ANY_TITLE = re.compile(r"(?i:\b(?:" + _TITLE_WORDS + r"|governor|mayor|spokes\w+)\b)")
_DIPLOMAT = r"[Ff]oreign [Mm]inister|[Ss]ecretary of [Ss]tate|[Dd]iplomat|[Aa]mbassador|[Ee]nvoy"
_FITS: dict[str, re.Pattern[str]] = {
    "diplomat": re.compile(_DIPLOMAT),
    "minister": re.compile(r"[Mm]inister"),
    "premier": re.compile(r"[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor"),
    "commander": re.compile(r"[Cc]ommander|[Cc]hief|[Gg]eneral"),
    "secretary": re.compile(r"[Ss]ecretary"),
    "chief": re.compile(r"(?i:chief|head|director|secretary[- ]general|commander|leader)"),
    "head": re.compile(r"(?i:chief|head|director|secretary[- ]general|commander|leader|chair)"),
    "leader": re.compile(r"(?i:leader|chief|head|chair|president)"),
    "chairman": re.compile(r"(?i:chair|leader|head)"),
    "chairwoman": re.compile(r"(?i:chair|leader|head)"),
    "envoy": re.compile(r"[Ee]nvoy|[Aa]mbassador|[Rr]epresentative"),
}
_OF_CLASS: dict[str, str] = {"diplomacy": "diplomat", "government": "premier", "army": "commander"}
_LOOSE: frozenset[str] = frozenset({"top", "senior", "chief", "former", "new", "veteran", "the"})
_SPOKES = re.compile(r"[Ss]pokes(?:man|woman|person)\W*\w*\W*$")
_OTHER_PERSON = re.compile(r"\b(?:counterpart|colleague|opposite number|host)s?\b")
_PERSON = re.compile(
    r"^[A-Z][\w'’.-]+(?: (?:(?:da|de|di|do|dos|du|van|von|der|den|la|le|bin|ibn|al) )?"
    r"[A-Z][\w'’.-]+){1,3}$"
)
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_RUNS = re.compile(r"(?<![\w'’-])" + _UPPER + r"[\w'’.-]+(?: " + _UPPER + r"[\w'’.-]+){1,5}")
_TITLE_END = re.compile(
    r"(?i:\b(?:leader|minister|president|chairman|chairwoman|head|chief|envoy))\s*$"
)
_BODY_WORDS: frozenset[str] = frozenset(
    {"Ministry", "Forces", "Force", "Agency", "Council", "Office", "Command", "Service", "Staff"}
)
_ROLE_CUE = re.compile(
    r"\b[Tt]he (?:region['’]s |regional )?governor(?: of the region)?,? (?:said|reported|wrote)\b"
)
_REGION = re.compile(r"\b([A-Z][\w'’-]+) (?:[Rr]egion|[Oo]blast)\b")
_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _head(speaker: str) -> str:
    """The head noun of a description ("head of a UN agency" -> "head")."""
    words = speaker.split(" of ", 1)[0].split()
    return words[-1].lower() if words else ""


def _described(speaker: str) -> bool:
    """A description, not a name: no table row, a lowercase word, no person-shaped name."""
    if not any(w[:1].islower() for w in speaker.split()) or norm(speaker) in ALIASES:
        return False
    return _PERSON.match(speaker) is None


def _is_person(name: str) -> bool:
    """A person's full name: 2-4 capitalised words, no body word, not a table body."""
    entry = ALIASES.get(norm(name))
    if entry is not None:
        return entry.kind == "person"
    return _PERSON.match(name) is not None and not _BODY_WORDS & set(name.split())


def _index(sentences: tuple[Sentence, ...], offset: int) -> int:
    """The index of the sentence holding ``offset`` (-1 before the first)."""
    return bisect_right([x.start for x in sentences], offset) - 1


def _linked(text: str, name: str, head: str) -> bool:
    """The holder's sentence gives the name a title or an apposition fitting the head."""
    at = text.find(name)
    if at < 0:
        return False
    before = text[max(0, at - 40) : at]
    after = text[at + len(name) : at + len(name) + 80]
    if head == "official":
        return before.endswith(("official, ", "official ")) or after.startswith(", the official")
    m = _LINK_BEFORE.search(before) or _LINK_AFTER.match(after)
    return (
        m is not None
        and _FWD_FIT.search(m.group(0)) is not None
        and not _CLASH.search(before[-25:] + m.group(0))
    )


def _forward(doc: Document, st: list[Statement], k: int, at: int) -> str | None:
    """The holder a lede's description is named as in the next two sentences, or None."""
    f = st[k]
    head = _head(f.speaker)
    person = head in _FORWARD_PERSON
    sentences = doc.sentences
    if (not person and head not in _FORWARD_BODY) or at < 0:
        return None
    if _FRAME[head].search(sentences[at].text) is None:
        return None
    spoke = {s.speaker for s in st[:k]}
    for g in st[k + 1 :]:
        j = at
        while j + 1 < len(sentences) and sentences[j + 1].start <= g.evidence.start:
            j += 1
        if j <= at:
            continue
        if j > at + 2 or sentences[j].paragraph > sentences[at].paragraph + 1:
            return None
        name = g.speaker
        if name in spoke or name == f.speaker or _described(name):
            continue
        if person != _is_person(name) or doc.body.find(name.split()[-1]) < sentences[at].end:
            return None
        if person:
            return name if _linked(sentences[j].text, name, head) else None
        return name if norm(name) not in ALIASES else None
    return None


def _same_nation(speaker: str, context: str) -> bool:
    """No nationality the epithet gives contradicts one the person's introduction gives."""
    nations = {w for w in _WORD.findall(context) if w in DEMONYM_FORMS}
    own = speaker.split()[0]
    return not (nations and own in DEMONYM_FORMS and own not in nations)


def _fits(speaker: str, head: str, context: str) -> bool:
    """A title the text gives the person fits the epithet (no title at all fits any)."""
    if _SPOKES.search(context[:40]):
        return False
    if not _same_nation(speaker, context):
        return False  # "Ukraine's energy minister" after "Swedish Defence Minister NAME"
    if _ANY_TITLE.search(context) is None:
        return True
    of = speaker.split(" of ", 1)
    cls = _OF_CLASS.get(of[1].split()[-1].lower(), head) if len(of) > 1 else head
    fit = _FITS.get(cls)
    if fit is not None and fit.search(context) is None:
        return False
    mods = [w for w in of[0].split()[:-1] if w[:1].islower() and w not in _LOOSE]
    return all(w in context.lower() for w in mods)


def fits_person(speaker: str, body: str, person: str) -> bool:
    """Whether the epithet ``speaker``'s nationality fits ``person`` as the text introduces
    them (the sentence of their first mention): round h_gen_s110's back-binding asks this."""
    first = body.find(person.split()[-1])
    if first < 0:
        return True
    end = body.find(".", first)
    context = body[max(0, first - 40) : end if 0 <= end < first + 120 else first + 120]
    return _same_nation(speaker, context)


def _mentions(window: str, lo: int, known: set[str]) -> list[tuple[int, str]]:
    """(offset, person) for each person the window names: a table person, a speaker of the
    story, or a name right after a title ("Opposition leader NAME")."""
    out: list[tuple[int, str]] = []
    for m in _RUNS.finditer(window):
        words = m.group(0).split()
        for n in (3, 2):
            name = " ".join(words[-n:])
            entry = ALIASES.get(norm(name)) if len(words) >= n else None
            if entry is not None and entry.kind == "person":
                name = entry.canonical
            elif len(words) < n or not (
                name in known or (n == len(words) and _TITLE_END.search(window, 0, m.start()))
            ):
                continue
            out.append((lo + m.end() - len(" ".join(words[-n:])), name))
            break
    return out


def _backward(doc: Document, st: list[Statement], k: int, at: int) -> str | None:
    """The person named or speaking last before a definite epithet, or None."""
    f = st[k]
    head = _head(f.speaker)
    sentences = doc.sentences
    if head not in _EPITHETS or at < 0 or not _DEFINITE[head].search(f.evidence.text):
        return None
    lo = sentences[max(0, at - 2)].start
    window = doc.body[lo : f.evidence.start]
    if _INDEFINITE[head].search(window):
        return None  # "A senior diplomat said ... The diplomat said"
    known = {s.speaker for s in st if _is_person(s.speaker)}
    seen = [(s.evidence.start, s.speaker) for s in st[:k] if s.evidence.start >= lo]
    seen += _mentions(window, lo, known)
    if not seen:
        return None
    pos, person = max(seen)
    if not _is_person(person) or _OTHER_PERSON.search(doc.body, pos, f.evidence.start):
        return None  # a body spoke last, or "his Turkish counterpart" after the person
    first = doc.body.find(person.split()[-1])  # the person's introduction, with any title
    first = first if first >= 0 else doc.body.find(person.split()[-1], max(lo, pos - 60))
    end = doc.body.find(".", first)
    context = doc.body[max(0, first - 40) : end if 0 <= end < first + 120 else first + 120]
    return person if first >= 0 and _fits(f.speaker, head, context) else None


def _regional(doc: Document, f: Statement, at: int) -> str | None:
    """A lede's "the region's governor" given to a governor first named in a later sentence
    that names only another region: the lede's own regional governor."""
    sentences = doc.sentences
    text = sentences[at].text
    if f.speaker.split()[-1] in text or not _ROLE_CUE.search(text):
        return None
    own = {m.group(1) for m in _REGION.finditer(text)}
    first = doc.body.find(f.speaker.split()[-1])
    j = _index(sentences, first)
    if len(own) != 1 or j <= at:
        return None
    other = {m.group(1) for m in _REGION.finditer(sentences[j].text)}
    return f"{next(iter(own))} regional governor" if other and not own & other else None


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Give each description the holder the story names (module docstring)."""
    st = sorted((f for f in found if isinstance(f, Statement)), key=lambda s: s.evidence.start)
    if not st:
        return found
    starts = [s.start for s in doc.sentences]
    new: dict[int, str] = {}  # id(statement) -> speaker
    moved: dict[str, str] = {}  # description -> holder, for its later statements
    for k, f in enumerate(st):
        name: str | None = moved.get(f.speaker)
        at = bisect_right(starts, f.evidence.start) - 1
        if name is None and _described(f.speaker):
            name = _forward(doc, st, k, at) or _backward(doc, st, k, at)
            if name is not None:
                moved[f.speaker] = name
        elif (
            name is None
            and f.mode == "indirect"
            and at >= 0
            and "governor" in doc.sentences[at].text
            and _PERSON.match(f.speaker)
        ):
            name = _regional(doc, f, at)
        if name is not None and name != f.speaker:
            new[id(f)] = name
    return renamed(found, lambda f: new.get(id(f))) if new else found

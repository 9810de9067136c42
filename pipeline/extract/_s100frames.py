"""Round h_gen_s100's general reporting frames (``dev_statements126``), hooked last in
:mod:`pipeline.extract._latepasses`.

Why it exists: across the real sets a sentence with a plain reporting frame produced no
statement at all when its speaker noun phrase was one the cue readers do not know ("AFP
journalists", "eyewitnesses", "Several Telegram channels", "the X reporter", "NAME, a
researcher with OUTLET who ..., said") or when the verb took an object ("reported the
death of X", "confirmed N bodies", "acknowledge the system is ...") or was one the cue
table lacks ("disclosed that",
"established that"). One verb lexicon and one speaker-NP chunker, applied in three
positions, read those sentences:

* post-posed: "CLAUSE, NP said / reported / stated (DAY)." (NP with an appositive or a
  coordination: the first conjunct, the name before the appositive);
* fronted with "that": "(Earlier,) NP (has) VERB (DAY / from the scene / , citing X,) that C";
* fronted with an object: "NP reported / disclosed the death of X", "NP confirmed /
  disclosed N X", "NP acknowledge(s) C" with no "that" (the object is the quote).

Only sentences no statement touches are read, so the pass never competes with the chain.
Gated per sentence on the verb literals before any regex.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from pipeline.extract._s95post import new_statement
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["add_frames", "revise"]

_LITERALS = (
    " said",
    " report",
    " disclose",
    " confirm",
    " acknowledg",
    " establish",
    " stated",
    " emphasi",
    " revealed",
)
_DAY = (
    r"(?: (?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?: (?:morning|afternoon|evening|night))?| earlier| later| in a statement|"
    r" on Telegram| at the (?:site|scene)| from the scene| on the ground)?"
)
_POST = re.compile(
    r"^(?P<c>[A-Z0-9][^“”\"]{14,}?), (?P<np>(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}, "
    r"(?:a|an|the) [^,]{3,140}?,)|[^,]{2,70}?) (?P<v>said|reported|report|reports|stated|say|"
    r"says)" + _DAY + r"\.?$"
)
_POST_SAID = re.compile(r"^(?P<c>[A-Z0-9][^“”\"]{14,}?), (?P<v>said) (?P<np>[^,]{4,70}?)\.$")
_PRE = (
    r"^(?P<sub>(?:Though|Although) )?"
    r"(?:(?:Earlier|Later|Meanwhile|Previously) |[A-Z][^,]{1,40}, )?"  # "On Thursday, "
)
# the speaker: a phrase up to the verb, or "NAME, a / the DESCRIPTION," (an appositive)
_NP = (
    r"(?P<np>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}, (?:a|an|the) [^,]{3,100}?,|"
    r"(?:[A-Z]|the )[^,]{1,70}?)"
)
_AUX_TEXT = (
    "has had have also previously earlier later initially first further again recently now "
    "just already"
)
_AUX_WORDS = frozenset(_AUX_TEXT.split())
_AUX: str = r"(?: (?:" + "|".join(sorted(_AUX_WORDS)) + r"))*"
_THAT = re.compile(
    _PRE + _NP + _AUX + r" (?P<v>reported|reports|report|reporte|"
    r"disclosed|discloses|established|confirmed|acknowledged|revealed|emphasi[sz]ed|"
    r"emphasied|stated|said)" + _DAY + r"(?:, citing [^,]{2,80},)? that (?P<c>[^“”\"]{10,}?)\.?$"
)
# a clause that itself names a source: a relay credit ("X said this ..., Ukrinform reports")
_RELAY = re.compile(
    r"\b(?:said|says|stated|reported|announced|wrote|according|statement|this|spoke|told|"
    r"added)\b|^This "
)
_OBJ = re.compile(
    _PRE + _NP + _AUX + r" (?P<v>reported|reports|report|disclosed|"
    r"confirmed|acknowledged|acknowledges|acknowledge)" + _DAY + r" (?P<c>[^“”\"]{8,}?)\.?$"
)
# harm to people: "reported the death of N" (the sets leave "reported the destruction /
# capture / downing of X" and "reported destroying X" unlabelled, see the README section)
_NOUN_OF = re.compile(r"^the (?:deaths?|killing|wounding|injur(?:y|ies)) of ")
_FIGURE = re.compile(
    r"^(?:(?:at least |more than |over |some |about )?(?:\d[\d,.]*|two|three|four|five|six|"
    r"seven|eight|nine|ten) [a-z]|casualties\b)"
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|cannot|can[’']t|could|would|will|isn[’']t|"
    r"aren[’']t|wasn[’']t|does|did|do)\b"
)
_HEADS_TEXT = """journalist journalists reporter reporters correspondent correspondents
    witness witnesses eyewitness eyewitnesses resident residents authority authorities official
    officials source sources
    channel channels outlet outlets media press agency agencies ministry governor mayor
    spokesman spokeswoman spokesperson police army military group groups organization
    organizations organisation organisations monitor monitors medic medics doctors rescuers
    volunteers activists service office administration command staff forces prosecutors guard
    navy council committee mission charities workers survivors locals paramedics analysts
    experts observers chiefs investigators officers commanders TV television newspaper radio
    broadcaster company operator"""
_HEADS = frozenset(_HEADS_TEXT.split())
_OBJ_VERBS = (" reported ", " disclosed ", " confirmed ", " acknowledg")
_POST_VERBS = (" said", " report", " stated", " say")
_BODY_WORDS = frozenset(("company", "operator"))
_ONE_PERSON_TEXT = """journalist reporter correspondent witness eyewitness resident official
    source spokesman spokeswoman spokesperson medic governor mayor officer monitor"""
_ONE_PERSON = frozenset(_ONE_PERSON_TEXT.split())
_DROP = frozenset({"the", "a", "an", "several", "some", "many", "multiple", "other"})
_POST_MOD = re.compile(
    r" (?:at the (?:site|scene)|on the ground|in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$"
)
_NAME_APPOS = re.compile(r"^(?P<n>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), (?:a|an|the) ")
_BAD_NP = re.compile(
    r"\b(?:who|which|that|when|while|after|before|if|because|as|it|they|he|she|we|this|"
    r"there|what|where|though|although|but|since|because|not|never|to)\b"
    r"| in the | for the |\b(?!armed\b)[a-z]+ed\b",  # "the committee in the city", "X reacted to Y"
    re.IGNORECASE,
)
_TAIL = re.compile(r"(?: \([^()]{2,20}\)| in turn)$")  # "X company (ACRONYM)", "X in turn"


def _speaker(speakers: Speakers, np: str, offset: int) -> str:
    """The canonical speaker of ``np`` (one chunker for every position), or "" if the
    phrase is no speaker: a name the registry knows, or a description headed by a
    speaker noun ("AFP journalists", "the Suspilne correspondent", "aid groups")."""
    m = _NAME_APPOS.match(np)
    if m is not None:  # "NAME, a researcher with OUTLET who ...,": the name
        found = speakers.registry().resolve(m.group("n"), offset)
        return found.canonical if found is not None and found.kind == "person" else ""
    np = _TAIL.sub("", np.strip().rsplit(" — ", 1)[-1])  # "CITY — Country's military said"
    if _BAD_NP.search(np) is not None or len(np.split()) > 8:
        return ""
    if " and " not in np and (full := _registered(speakers, np, offset)) is not None:
        return full  # "the UN Human Rights Monitoring Mission in Ukraine"
    np = _POST_MOD.sub("", np)
    if " and " in np:  # "the ministry and state media": the first conjunct has its own head
        first, _, rest = np.partition(" and ")
        head = first.split()[-1]
        if head.lower() in _HEADS or (" " in first and all(w[:1].isupper() for w in _words(first))):
            np = first
        elif not rest or rest.split()[-1].lower() not in _HEADS:
            return ""
    if " and " in np or len(np.split()) > 6:
        return ""
    words = _words(np)
    if not words:
        return ""
    phrase = " ".join(words)
    if (full := _registered(speakers, phrase, offset)) is not None:
        return full
    if words[-1].lower() in _HEADS and all(w[:1].isalpha() for w in words):
        if any(w[0].islower() and w.lower() not in _HEADS for w in words[:-1]) and len(words) > 3:
            return ""
        if words[-1] in _ONE_PERSON and all(w.islower() for w in words):
            return ""  # "A senior official said": an unplaced person is no speaker
        return phrase
    return ""


def _words(np: str) -> list[str]:
    """The words of ``np`` without determiners, trailing auxiliaries or a leading
    possessive ("the group's Saba news agency" -> "Saba news agency")."""
    words = np.split()
    while words and words[0].lower() in _DROP:
        words = words[1:]
    if words and words[0][-2:] in ("'s", "’s") and words[0].islower():
        words = words[1:]
    while words and words[-1] in _AUX_WORDS:
        words = words[:-1]
    return words


def _registered(speakers: Speakers, np: str, offset: int) -> str | None:
    """The registry's canonical for the whole phrase when it names that phrase's own head
    (a person, or a body whose canonical keeps the head word), else None."""
    words = _words(np)
    if not words:
        return None
    phrase = " ".join(words)
    found = speakers.registry().resolve(phrase, offset)
    if found is None or found.kind not in ("person", "org", "generic"):
        return None
    if found.kind == "generic":
        return phrase if words[-1].lower() in _HEADS else None
    names = all(w[:1].isupper() for w in words)
    if found.kind == "person" and words[-1] in _BODY_WORDS:
        return None  # "the Polish Railway Lines company" is no person
    if not names and found.canonical == phrase and (found.kind == "person" or " of " in phrase):
        return None  # an unresolved role description ("leader of the alliance")
    if found.kind == "person" or names or words[-1].lower() in found.canonical.lower():
        canonical = found.canonical.split()
        if canonical[-1] in _AUX_WORDS:  # a body first named "the X has ...": "X"
            return speakers.canonical(" ".join(_words(found.canonical)))
        return found.canonical
    return None


def _lower_first(phrase: str) -> str:
    """ "Aid agencies" at the start of a sentence is the description "aid agencies"."""
    first, _, rest = phrase.partition(" ")
    if first[1:].islower() and (rest[:1].islower() if rest else first.lower() in _HEADS):
        first = first.lower()
    return f"{first} {rest}" if rest else first


def _object_ok(m: re.Match[str]) -> bool:
    """The object of "reported / disclosed / confirmed / acknowledge" is reported content."""
    c = m.group("c")
    verb = m.group("v")
    if _FIGURE.match(c) is not None and verb in ("confirmed", "disclosed"):
        return True  # "confirmed 773 bodies" ("reported 28 deaths" is left to the toll)
    if verb != "confirmed" and _NOUN_OF.match(c) is not None:
        return True  # "reported the death of a 77-year-old man"
    if verb.startswith("acknowledg"):  # "acknowledge the system isn't foolproof"
        return _FINITE.search(" ".join(c.split()[:5])) is not None
    return False


def _covered(doc: Document, found: list[Finding]) -> set[int]:
    starts = [s.start for s in doc.sentences]
    out: set[int] = set()
    for f in found:
        if isinstance(f, Statement):
            first = bisect_right(starts, f.evidence.start) - 1
            last = bisect_right(starts, max(f.evidence.start, f.evidence.end - 1)) - 1
            out.update(range(max(first, 0), last + 1))
    return out


FrameReader = Callable[[Speakers, str, int], tuple[str, str, str] | None]
"""(speakers, sentence text, its start) -> (speaker, quote, cue) of the frame it holds, or None."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` plus the statements of the three frames in the module docstring."""
    return add_frames(doc, speakers, found, _LITERALS, _read)


def add_frames(
    doc: Document,
    speakers: Speakers,
    found: list[Finding],
    literals: tuple[str, ...],
    read: FrameReader,
) -> list[Finding]:
    """``found`` plus what ``read`` finds in the unquoted sentences ending in "." that hold one
    of ``literals`` and that no statement touches (shared with :mod:`._s104frames`)."""
    body = doc.body
    if not any(w in body for w in literals):
        return found
    covered: set[int] | None = None
    added: list[Finding] = []
    for i, sent in enumerate(doc.sentences):
        text = sent.text.rstrip()
        if (
            not text.endswith(".")
            or not any(w in text for w in literals)
            or "“" in text
            or '"' in text
        ):
            continue
        if covered is None:
            covered = _covered(doc, found)
        if i in covered:
            continue
        hit = read(speakers, text, sent.start)
        if hit is not None:
            speaker, quote, cue = hit
            added.append(new_statement(text, sent.start, speaker, quote, cue))
    return found + added if added else found


def _read(speakers: Speakers, text: str, start: int) -> tuple[str, str, str] | None:
    """(speaker, quote, cue) of the first frame ``text`` holds, or None."""
    m = _THAT.match(text) if " that " in text else None
    if (m is None or (m.group("sub") and ", " not in m.group("c"))) and any(
        v in text for v in _OBJ_VERBS
    ):
        m = _OBJ.match(text)
        if m is not None and not _object_ok(m):
            m = None
    if m is not None:
        speaker = _speaker(speakers, m.group("np"), start)
        quote = m.group("c")
        if m.group("sub"):  # "Though X acknowledge C, they ...": C ends at the main clause
            quote = quote.split(", ", 1)[0]
        if speaker and quote:
            if m.start("np") == 0 and speaker.startswith(text.split(" ", 1)[0]):
                speaker = _lower_first(speaker)  # "Aid agencies report": a description
            return speaker, quote, m.group("v")
    if ", said " in text:
        m = _POST_SAID.match(text)
        if m is not None and _RELAY.search(m.group("c")) is None:
            speaker = _speaker(speakers, m.group("np"), start + m.start("np"))
            if speaker:
                return speaker, m.group("c"), m.group("v")
    if ", " in text and any(v in text[-50:] for v in _POST_VERBS):
        m = _POST.match(text)
        if m is not None and _RELAY.search(m.group("c")) is None:
            speaker = _speaker(speakers, m.group("np"), start + m.start("np"))
            if speaker:
                return speaker, m.group("c"), m.group("v")
    return None

"""Round h_gen_s104's undetected reporting frames (``dev_statements130``), hooked last in
:mod:`pipeline.extract._latepasses`.

Why it exists: after ``_s100frames`` the largest kind of statement error left on the real
sets was a sentence with a plain reporting frame that produced no statement at all. Three
general causes remained, all in how the speaker noun phrase or the verb is read, so this
pass extends ``_s100frames`` (its NP chunker ``_speaker`` and its covered-sentence test)
rather than adding a second chunker:

* coordinated modifiers sharing one speaker head ("Lebanese and Israeli officials said",
  "Baza and Mash Telegram channels reported that"): the whole phrase is one speaker, as the
  labels write it (the ``_s88told`` call: an adjective sharing B's noun is one speaker), also
  where the chain already split such a sentence into "Syrian" and "Turkish officials";
* a speaker head the chunker lacks ("local publics", "rebels"); a definite description
  ("the rebels", "C, the rights group states") points back to a body the story named, whose
  name this pass cannot give, so it is left alone;
* verbs the frame lexicon lacks: "wrote / shared (with X) / conveyed (through X) /
  asserted / speculated / announces / maintained that C", the post-posed "C, X states."
  and a fronted "ADVERBIAL, the rebels say C." with no "that".

New frames are read only on sentences no statement touches (the pass never competes with
the chain); each sentence is gated on its verb literals before any regex, and the join is a
dict keyed by (sentence start, quote).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s100frames
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_LITERALS = (
    " said",
    " say",
    " states",
    " stated",
    " report",
    " wrote",
    " shared",
    " conveyed",
    " assert",
    " speculated",
    " announces",
    " maintained",
)
_VERBS = (
    r"(?P<v>wrote|shared|conveyed|asserted|asserts|speculated|announces|maintained|"
    r"reported|reports|report|stated|states|said|says|say)"
)
# fronted: "(ADVERBIAL, ) NP (previously) VERB (with / through / on X) that C"
# the speaker: "NAME, (a / the) DESCRIPTION," (the article may be missing: "NAME, regional
# governor,") or a phrase up to the verb
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
_NP = r"(?P<np>" + _NAME + r", (?:a |an |the )?[^,]{3,100}?,|(?:[A-Z]|the )[^,]{1,70}?)"
# "shared with Addis Standard", "conveyed through Telegram", "wrote to reporters"
_CHANNEL = (
    r"(?: (?:with|through|on|via|to) (?:(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|"
    r"reporters|journalists|the media|the press|followers|subscribers))?"
)
_THAT = re.compile(
    _s100frames._PRE
    + _NP
    + _s100frames._AUX
    + " "
    + _VERBS
    + _CHANNEL
    + r"(?:,)? that (?P<c>[^“”\"]{10,}?)\.?$"
)
_APPOS = re.compile(r"^(?P<n>" + _NAME + r"), (?:a |an |the )?[a-z][^,]*,$")
# fronted with no "that", only for say / says / said: "Unlike in 2012, the rebels say C."
_BARE = re.compile(
    _s100frames._PRE + r"(?P<np>[A-Za-z][^,]{1,50}?) (?P<v>say|says|said|asserts|asserted) "
    r"(?P<c>(?:they|it|he|she|the|their|its)\b[^“”\"]{10,}?)\.$"
)
# post-posed: "CLAUSE, NP said / states (DAY)."
_POST = re.compile(
    r"^(?P<c>[A-Z0-9][^“”\"]{14,}?), (?P<np>[^,]{2,60}?) (?P<v>said|says|say|states|stated|"
    r"reported|reports|report|wrote)" + _s100frames._DAY + r"\.$"
)
_EXTRA_HEADS = frozenset(("publics", "rebels", "militants", "insurgents", "channels"))
_SHARED_HEAD = re.compile(
    r"^(?:the )?(?P<a>[A-Z][\w'’.-]*) and (?P<b>(?:[\w'’.-]+ ){0,3}[A-Za-z]+)$"
)
_DROP = frozenset(("the", "a", "an", "several", "some", "many", "other"))


def _speaker(speakers: Speakers, np: str, offset: int) -> str:
    """The chain's chunker first, then the three extensions of the module docstring."""
    np = np.strip()
    appos = _APPOS.match(np)
    if appos is not None:  # "NAME, regional governor,": the person the name resolves to
        person = speakers.registry().resolve(appos.group("n"), offset)
        return person.canonical if person is not None and person.kind == "person" else ""
    found = _s100frames._speaker(speakers, np, offset)
    if found:
        return found
    words = np.split()
    if not words or len(words) > 6:
        return ""
    head = words[-1].lower()
    if head not in _s100frames._HEADS and head not in _EXTRA_HEADS:
        return ""
    m = _SHARED_HEAD.match(np)
    if m is not None and _one_speaker(m.group("a")):  # "Lebanese and Israeli officials"
        return np[4:] if np.startswith("the ") else np
    if " and " in np or _s100frames._BAD_NP.search(np) is not None:
        return ""
    definite = words[0].lower() == "the"  # "the rebels": a group the story named before
    while words and words[0].lower() in _DROP:
        words = words[1:]
    if head in _EXTRA_HEADS and words and all(w.isalpha() for w in words) and not definite:
        if len(words) > 3:
            return ""
        return " ".join(words)  # "Local publics", "rebels"
    return ""


def _one_speaker(first: str) -> bool:
    """Whether "FIRST and B HEAD" shares B's head ("Lebanese and Israeli officials", "Baza and
    Mash Telegram channels"), not two speakers ("Residents and local officials", the
    dev_statements6 call): FIRST is no plural noun of its own."""
    low = first.lower()
    if low in _s100frames._HEADS or low in _EXTRA_HEADS:
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us")))


def _read(speakers: Speakers, text: str, start: int) -> tuple[str, str, str] | None:
    """(speaker, quote, cue) of the first frame ``text`` holds, or None."""
    m = _THAT.match(text) if " that " in text else None
    if m is None and (" say" in text or " said " in text):
        m = _BARE.match(text)
    if m is not None and not m.group("sub"):
        speaker = _speaker(speakers, m.group("np"), start + m.start("np"))
        if speaker:
            if (
                m.start("np") == 0
                and " and " not in speaker
                and speaker.startswith(text.split(" ", 1)[0])
            ):
                speaker = _s100frames._lower_first(speaker)
            return speaker, m.group("c"), m.group("v")
    if ", " in text:
        m = _POST.match(text)
        if m is not None and _s100frames._RELAY.search(m.group("c")) is None:
            np = m.group("np")
            speaker = _speaker(speakers, np, start + m.start("np"))
            if speaker and not (np.startswith("the ") and speaker.islower()):
                return speaker, m.group("c"), m.group("v")
    return None


def _joined(found: list[Finding]) -> list[Finding]:
    """One statement for a demonym the chain split off its shared head: "Syrian and Turkish
    officials said that C" read as "Syrian" and "Turkish officials" (both on one sentence and
    one quote) is "Syrian and Turkish officials" (the dev_statements6 call splits only two
    speakers with heads of their own)."""
    seen: dict[tuple[int, str], int] = {}
    drop: set[int] = set()
    out = list(found)
    for i, f in enumerate(found):
        if not isinstance(f, Statement) or f.mode != "indirect":
            continue
        key = (f.evidence.start, f.quote)
        j = seen.get(key)
        if j is None:
            seen[key] = i
            continue
        first = found[j]
        if not isinstance(first, Statement):
            continue
        for a, b, keep in ((first, f, j), (f, first, i)):
            joined = f"{a.speaker} and {b.speaker}"
            if (
                " " not in a.speaker
                and a.speaker[:1].isupper()
                and b.speaker.rsplit(" ", 1)[-1].lower() in _s100frames._HEADS
                and _one_speaker(a.speaker)
                and joined in a.evidence.text
            ):
                out[keep] = replace(a, speaker=joined)
                drop.add(i if keep == j else j)
                break
    return [f for k, f in enumerate(out) if k not in drop] if drop else found


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` plus the statements of the frames in the module docstring."""
    if " and " in doc.body:
        found = _joined(found)
    return _s100frames.add_frames(doc, speakers, found, _LITERALS, _read)

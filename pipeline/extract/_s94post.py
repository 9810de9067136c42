"""Round 94's speaker corrections (helper h_fix_s94, ``dev_statements120``), the last hook of
:mod:`pipeline.extract._latepasses`.

Why it exists: real Myanmar, Sudan and Russian refinery copy gave statements the right words
but the wrong speaker in three general layouts.

* "NAME SURNAME of the BODY (ABBR) said C": the chain gave C to the body; the speaker is the
  person (a named person keeps his own name, the body is only his affiliation). The "“Q,” he
  said" statements right after it (a pronoun cue, no other speaker between) are his too.
* "another military source said": "another" only tells the source apart from the one before;
  the description is "military source" (the article dropped, as for "a source").
* "(Industry giant) NAME, which / who ..., says / said C": the chain gave C to a speaker of an
  earlier sentence; the subject before the relative aside is the speaker.

Both sentence rules only rename a statement whose speaker the sentence never mentions, so a
speaker the chain read from that sentence stays. Gated on the literals " of the ", "another "
and ", which " / ", who ".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_NAME = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}"
_OF_BODY = re.compile(
    r"(?:^|[.;:]\s+)(?P<n>" + _NAME + r") of the (?P<b>[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,6})"
    r"(?: \([A-Z]{2,8}\))? (?:said|told|added|stated|says|noted)\b"
)
_WHICH_HEAD = (
    r"^(?:[A-Z]?[a-z]+ ){0,3}(?P<n>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}), (?:which|who) "
    r"[^,.;“”\"]{3,90}, (?P<v>says|said|stated|states|added|adds)\b"
)
_SUBJ_WHICH = re.compile(_WHICH_HEAD)
_WHICH_CLAUSE = re.compile(
    _WHICH_HEAD + r"(?: (?:on its website|in a statement|on Telegram))?(?: that)?"
    r" (?P<c>[a-z][^“”\"]{7,}?)\.?$"
)
_PERSON_OF = re.compile(r"^(?P<n>" + _NAME + r") of the (?P<b>[A-Z][\w'’ -]{2,60})$")
_PRONOUN_CUE = re.compile(r"(?:[,”\"]\s*|^)(?:he|she|He|She) (?:said|added|says|told)\b")
_ANOTHER = ("another ", "Another ")
_BODY_WORDS = frozenset(
    [
        "Ministry",
        "Command",
        "Office",
        "Council",
        "Committee",
        "Department",
        "Agency",
        "Service",
        "Forces",
        "Force",
        "Army",
        "Police",
        "Guard",
        "Directorate",
        "Administration",
        "Government",
        "Union",
        "Organisation",
        "Organization",
        "Commission",
        "Court",
        "Bureau",
        "Centre",
        "Center",
        "Institute",
        "Group",
        "Network",
        "Association",
        "Headquarters",
        "Staff",
        "Corps",
        "Mission",
        "Authority",
        "Health",
        "Defence",
        "Defense",
        "Interior",
        "Operations",
        "Navy",
        "Military",
        "News",
        "TV",
        "Radio",
        "Press",
        "Times",
        "Post",
        "Governor",
        "Minister",
        "President",
        "Mayor",
        "Head",
        "Chief",
        "Commander",
        "Acting",
        "Deputy",
        "Director",
        "Spokesman",
        "Spokesperson",
        "Secretary",
        "General",
    ]
)


def _person(name: str) -> bool:
    """No body word in the name ("French Ministry" of the Armed Forces is a body)."""
    return not any(w in _BODY_WORDS for w in name.split(" "))


_EMPTY = ("nothing", "little ", "no more", "no comment")
_LOWER_START = frozenset(("the", "a", "an"))


def _shares(speaker: str, text: str) -> bool:
    """Any word of the speaker (over three letters) in the text, case aside."""
    low = text.lower()
    return any(len(w) > 3 and w in low for w in speaker.lower().split(" "))


def _order(found: list[Finding]) -> list[int]:
    idx = [i for i, f in enumerate(found) if isinstance(f, Statement)]
    return sorted(idx, key=lambda i: found[i].evidence.start)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Rename the speakers of the three layouts in the module docstring."""
    body = doc.body
    has_of = " of the " in body
    has_another = "nother " in body
    has_which = ", which " in body or ", who " in body
    if not (has_of or has_another or has_which):
        return found
    out = list(found)
    person = ""
    for i in _order(out):
        f = out[i]
        assert isinstance(f, Statement)
        speaker = f.speaker
        text = f.evidence.text
        if has_another and speaker.startswith(_ANOTHER):
            speaker = speaker[8:]
        renamed = False
        if has_of and " of the " in text:
            m = _OF_BODY.search(text)
            if (
                m is not None
                and m.group("n").split(" ", 1)[0].lower() not in _LOWER_START
                and _person(m.group("n"))
            ):
                name = m.group("n")
                if _person(speaker) and speaker.rsplit(" ", 1)[-1] in text:
                    name = speaker
                speaker = person = name
                renamed = True
        if not renamed and has_which and (", which " in text or ", who " in text):
            m2 = _SUBJ_WHICH.match(text)
            if m2 is not None and f.mode != "indirect" and not _shares(speaker, text):
                speaker = m2.group("n")
                renamed = True
        if not renamed and " of the " in speaker:
            m3 = _PERSON_OF.match(speaker)
            if m3 is not None and _person(m3.group("n")):
                n = m3.group("n")
                speaker = n if n.split(" ", 1)[0] in text else m3.group("b")
        if not renamed and person:
            if _PRONOUN_CUE.search(text) is not None and person not in text:
                speaker = person
            elif speaker != person:
                person = ""
        if speaker != f.speaker:
            out[i] = replace(f, speaker=speaker)
    if has_which:
        _add_which(doc, out)
    return out


def _add_which(doc: Document, out: list[Finding]) -> None:
    """Add "NAME, which ..., says C" where no statement covers the sentence."""
    spans = [(f.evidence.start, f.evidence.end) for f in out if isinstance(f, Statement)]
    for sentence in doc.sentences:
        text = sentence.text
        if ", which " not in text and ", who " not in text:
            continue
        m = _WHICH_CLAUSE.match(text)
        if m is None or m.group("c").startswith(_EMPTY):
            continue
        start, end = sentence.start, sentence.end
        if any(a < end and start < b for a, b in spans):
            continue
        evidence = Evidence(text, start, end)
        out.append(Statement(evidence, 0.6, m.group("n"), "indirect", m.group("c"), m.group("v")))

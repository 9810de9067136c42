"""Round 97's speaker corrections (helper h_fix_s97, ``dev_statements123``), the last hook of
:mod:`pipeline.extract._latepasses`.

Why it exists: real Gaza, Syria, Kursk and Black Sea copy gave statements the right words but
a cut or generic speaker where the article had named the body or the person in full.

* An acronym the article defined for a body the speaker table knows ("the Hamas-run Gaza
  Ministry of Health (MOH)") is the body's table form: "MOH said" is the "Gaza health
  ministry". Acronyms of bodies outside the table ("JNIM", "UNHCR") stay as the labels have them.
* A body named "X for Y" ("the Syrian Observatory for Human Rights") kept only "Y" ("Human
  Rights") on some readings: the speaker is the full name.
* A generic back-reference to a named body ("the foundation", "the defense ministry", "the
  ministry", "the monitoring group", "a war monitor") is the body the article named (the last
  one before, else the first after); a garbled "Gaza gaza ministry" is read the same.
* A surname of two or more words ("Abu Hamza", "Al Hakim", "Abdul Rahman") after the full name
  ("Ahmed Abu Hamza") is that person, as one-word surnames already were.

Gated on " (" + a capital, " for ", "the "/"a " before a generic head, and two-word speakers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_LINKS = frozenset(("of", "for", "the", "and", "on"))
_LEAD = frozenset(("The", "the", "A", "An", "According", "By", "From", "In", "At", "Meanwhile"))
_RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:(?:of|for|and|on)(?: the)? )?[A-Z][\w'’-]*)*")
# generic head (the speaker the chain kept) -> what a named body must contain
_GENERIC: dict[str, re.Pattern[str]] = {
    "foundation": re.compile(r"\bFoundation\b"),
    "ministry": re.compile(r"\bMinistry\b"),
    "defense ministry": re.compile(r"\bDefen[cs]e Ministry\b|\bMinistry of Defen[cs]e\b"),
    "defence ministry": re.compile(r"\bDefen[cs]e Ministry\b|\bMinistry of Defen[cs]e\b"),
    "health ministry": re.compile(r"\bHealth Ministry\b|\bMinistry of (?:Public )?Health\b"),
    "monitoring group": re.compile(r"\bObservatory\b"),
    "war monitor": re.compile(r"\bObservatory\b"),
    "monitor": re.compile(r"\bObservatory\b"),
}
_BARE = frozenset(
    ("The", "Defense", "Defence", "Ministry", "of", "Health", "Public", "Foundation", "Observatory")
)
_TITLES = frozenset(
    (
        "The", "A", "An", "Mr", "Ms", "Mrs", "Dr", "President", "Minister", "Director", "General",
        "Colonel", "Governor", "Mayor", "Chief", "Head", "Spokesman", "Spokeswoman", "Sheikh",
        "Said", "Says", "Told", "Added", "And", "But", "When", "While", "As", "If", "On", "In",
    )
)  # fmt: skip


def _defined(body: str, acr: str) -> str:
    """The name written just before "(ACR)" ("" if none)."""
    at = body.find(" (" + acr + ")")
    if at < 0:
        return ""
    words = body[max(0, at - 120) : at].split(" ")
    kept: list[str] = []
    for w in reversed(words):
        if _NAME_WORD.match(w) or (w in _LINKS and kept):
            kept.append(w)
        else:
            break
    while kept and (kept[-1] in _LINKS or kept[-1] in _LEAD):
        kept.pop()
    while kept and kept[0] in _LINKS:
        kept.pop(0)
    return " ".join(reversed(kept)) if len(kept) >= 2 else ""


_OF = re.compile(r" of (?:the )?")
_FOR = re.compile(r"((?:[A-Z][\w'’-]* ){1,4})for (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
_GIVEN = re.compile(r"^[A-Z][a-z]+$")
# the first words of surnames of two or more words ("Abu Hamza", "Al Hakim", "Da Costa")
_PARTICLES = frozenset(
    (
        "Abu", "Al", "Abdul", "Abd", "Abdel", "Bin", "Ben", "Da", "De", "Del", "Della", "Di",
        "Dos", "Du", "El", "La", "Le", "Van", "Von", "Ould", "Ibn", "Ter", "Mac", "Ag", "Wad",
    )
)  # fmt: skip
_PERSON = re.compile(r"\b[A-Z][a-z'’-]+(?: [A-Z][\w'’-]*){2,3}")


class _Index:
    """Per-document look-ups, each built on first use with one pass over the body."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._runs: list[tuple[int, str]] | None = None
        self._fors: dict[str, str] | None = None
        self._people: dict[str, list[tuple[int, str]]] | None = None
        self._named: dict[str, list[tuple[int, str]]] = {}
        self._acr: dict[str, str] = {}
        self._has_for: dict[str, bool] = {}

    def has_for(self, short: str) -> bool:
        """Whether the body writes "for (the) SHORT" (cached per name)."""
        got = self._has_for.get(short)
        if got is None:
            got = "for " + short in self.body or "for the " + short in self.body
            self._has_for[short] = got
        return got

    def runs(self) -> list[tuple[int, str]]:
        if self._runs is None:
            self._runs = [(m.start(), m.group(0)) for m in _RUN.finditer(self.body)]
        return self._runs

    def full_for(self, short: str) -> str:
        """ "X for SHORT" as the body writes it ("" if it never does)."""
        if self._fors is None:
            self._fors = {}
            for m in _FOR.finditer(self.body):
                words = m.group(0).split(" ")
                while words and words[0] in _LEAD:
                    words.pop(0)
                if len(words) >= 3:
                    self._fors.setdefault(m.group(2), " ".join(words))
        return self._fors.get(short, "")

    def full_person(self, short: str, at: int) -> str:
        """ "FIRST SHORT" when the body names exactly one such person before ``at``."""
        if self._people is None:
            self._people = {}
            for m in _PERSON.finditer(self.body):
                words = m.group(0).split(" ")
                for k in range(1, len(words) - 1):
                    if words[k] not in _PARTICLES or not _GIVEN.match(words[k - 1]):
                        continue
                    if words[k - 1] in _TITLES:
                        continue
                    key = " ".join(words[k:])
                    where = m.start() + len(" ".join(words[: k - 1])) + (1 if k > 1 else 0)
                    self._people.setdefault(key, []).append((where, " ".join(words[k - 1 :])))
        names = {n for w, n in self._people.get(short, []) if w < at}
        return next(iter(names)) if len(names) == 1 else ""

    def named(self, key: str, at: int) -> str:
        """The named mention the generic ``key`` fits: the last before ``at``, else the first."""
        found = self._named.get(key)
        if found is None:
            want = _GENERIC[key]
            found = []
            for start, run in self.runs():
                if want.search(run):
                    cut = _OF.split(run)  # "Volunteers of the X Foundation": the name after "of"
                    if len(cut) > 1 and want.search(cut[-1]) and not want.search(cut[0]):
                        run = cut[-1]
                    words = run.split(" ")
                    while words and words[0] in _LEAD:
                        words.pop(0)
                    if words and words[-1][-2:] in ("'s", "’s"):
                        words[-1] = words[-1][:-2]
                    if not all(w in _BARE for w in words):
                        found.append((start, " ".join(words)))
            self._named[key] = found
        i = bisect.bisect_left(found, (at, ""))
        if i:
            return found[i - 1][1]
        return found[0][1] if found else ""  # named after the back-reference: the first

    def defined(self, acr: str) -> str:
        """The name written just before "(ACR)" ("" if none)."""
        got = self._acr.get(acr)
        if got is None:
            got = _defined(self.body, acr)
            self._acr[acr] = got
        return got


def _rename(ix: _Index, speakers: Speakers, st: Statement) -> str:
    """The corrected speaker of ``st`` ("" to keep it)."""
    s = st.speaker
    text = st.evidence.text
    if _ACRONYM.match(s):
        if s in text and "(" + s + ")" in ix.body and speakers.canonical(s) == s:
            full = ix.defined(s)
            if not full:
                return ""
            known = speakers.registry().resolve(full)  # only a body the speaker table knows
            if known is None or known.kind != "org" or known.canonical == full:
                return ""
            return known.canonical
        return ""
    low = s.lower()
    if low.endswith("ministry"):
        parts = low.split()
        if len(parts) == 3 and parts[0] == parts[1]:
            low = "ministry"  # a garbled "Gaza gaza ministry"
    if low in _GENERIC:
        name = ix.named(low, st.evidence.start)
        return speakers.canonical(name) if name else ""
    if not s[:1].isupper() or " " not in s:
        return ""
    words = s.split(" ")
    person = len(words) <= 3 and words[0] in _PARTICLES
    fors = ix.has_for(s)
    if not (fors or person) or not all(_NAME_WORD.match(w) for w in words):
        return ""
    if speakers.canonical(s) != s:
        return ""
    if fors:
        full = ix.full_for(s)
        if full:
            return speakers.canonical(full)
    if person:
        at = text.find(s)
        return ix.full_person(s, st.evidence.start + (at if at >= 0 else 0))
    return ""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Rename the speakers of the four layouts in the module docstring."""
    ix = _Index(doc.body)
    out: list[Finding] = []
    changed = False
    for f in found:
        if isinstance(f, Statement):
            new = _rename(ix, speakers, f)
            if new and new != f.speaker:
                out.append(replace(f, speaker=new))
                changed = True
                continue
        out.append(f)
    return out if changed else found

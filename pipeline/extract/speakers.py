"""Who is speaking in each sentence of one document.

Detectors ask, per sentence, whom the facts are attributed to; the statements
detector additionally needs the cue, the reported clause and pronoun
antecedents. One linear pass over the sentences, done lazily on first use,
answers all of these: only sentences containing a cue word are parsed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.extract._cues import CUE, Cue, Form, candidates
from pipeline.extract._names import Kind, Registry, Resolved
from pipeline.extract.model import Document

_SUBJECT_START = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Since|Meanwhile|However|Moreover|Also|Earlier|Later|"
    r"Last|This|Separately|Overnight|Yesterday|Today|Still|Then|Now|Instead|Speaking|"
    r"Asked|When|While|As|But|And|Yet)\b[^,“”\"«»]{0,100},[ \t]+)?"
)
_NP_START = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[A-ZÀ-ÞА-Я][\w’'.-]*|head|of|state|chief|president|leader|military"
    r"|minister|mayor|governor|ministry|army|air|force|regional|deputy|spokesman|spokeswoman)"
    r"(?:[ \t]+(?:[A-ZÀ-ÞА-Я][\w’'.-]*|head|of|state|chief|president|leader|military|minister"
    r"|mayor|governor|ministry|army|air|force|regional|deputy|spokesman|spokeswoman|the)){0,7}"
)
_ANY_NP = re.compile(
    r"(?:(?:[Tt]he|[Aa])[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}?(?:[A-ZÀ-ÞА-Я][\w’'.-]*)"
    r"(?:[ \t]+(?:of[ \t]+)?[A-ZÀ-ÞА-Я][\w’'.-]*){0,3}"
)
_LOOKBACK = 8
"""How many sentences back a pronoun may find its antecedent."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """A resolved attribution in one sentence; offsets index the article body."""

    speaker: str
    kind: Kind
    cue: str
    form: Form
    cue_start: int
    cue_end: int
    subject_start: int
    subject_end: int
    clause_start: int
    """Start of the reported clause, or -1 when the cue reports none."""
    clause_end: int
    has_that: bool
    pronoun: bool
    """True when the speaker was found through a pronoun ("he said")."""


class Speakers:
    """Speaker resolution for one document: canonical names and per-sentence attribution."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._registry: Registry | None = None
        self._attributions: list[Attribution | None] = []
        self._reported: list[str | None] = []
        self._subjects: dict[int, Resolved | None] = {}
        self._starts: list[int] = []

    def reported_by(self, index: int) -> str | None:
        """Canonical name of whoever the facts in ``doc.sentences[index]`` are attributed to."""
        self._build()
        if 0 <= index < len(self._reported):
            return self._reported[index]
        return None

    def canonical(self, name: str) -> str:
        """The canonical form of a name or description as used in this document."""
        found = self._reg().resolve(name)
        if found is not None and found.kind != "pronoun":
            return found.canonical
        words = name.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        return " ".join(words)

    def attribution(self, index: int) -> Attribution | None:
        """The attribution cue of sentence ``index`` with a resolvable speaker, if any."""
        self._build()
        if 0 <= index < len(self._attributions):
            return self._attributions[index]
        return None

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing body ``offset`` (the previous one in a gap)."""
        self._build()
        return max(0, bisect_right(self._starts, offset) - 1)

    def person_before(self, index: int, offset: int) -> str | None:
        """The nearest person named in sentence ``index`` before body ``offset``."""
        sentence = self._doc.sentences[index]
        end = offset - sentence.start
        start = max(0, end - 240)
        found: str | None = None
        registry = self._reg()
        for m in _ANY_NP.finditer(sentence.text, start, end):
            resolved = registry.resolve(m.group(), sentence.start + m.start())
            if resolved is not None and resolved.kind == "person":
                found = resolved.canonical
        return found

    def _reg(self) -> Registry:
        if self._registry is None:
            self._registry = Registry(self._doc.body)
        return self._registry

    def _build(self) -> None:
        """One pass: attribution per sentence, carried within a paragraph."""
        if self._starts or not self._doc.sentences:
            return
        sentences = self._doc.sentences
        self._starts = [s.start for s in sentences]
        self._attributions = [None] * len(sentences)
        self._reported = [None] * len(sentences)
        carried: str | None = None
        paragraph = -1
        for i, sentence in enumerate(sentences):
            if sentence.paragraph != paragraph:
                paragraph, carried = sentence.paragraph, None
            if CUE.search(sentence.text) is not None:
                found = self._attribute(i)
                if found is not None:
                    self._attributions[i] = found
                    carried = found.speaker
            self._reported[i] = carried

    def _attribute(self, index: int) -> Attribution | None:
        """The first cue of the sentence whose subject resolves to a speaker."""
        sentence = self._doc.sentences[index]
        registry = self._reg()
        for cue in candidates(sentence.text):
            resolved = registry.resolve(cue.subject, sentence.start + cue.subject_start)
            pronoun = resolved is not None and resolved.kind == "pronoun"
            if resolved is not None and pronoun:
                resolved = self._antecedent(index, resolved.canonical)
            if resolved is None or resolved.kind == "pronoun":
                continue
            return _attribution(sentence.start, cue, resolved, pronoun=pronoun)
        return None

    def _antecedent(self, index: int, pronoun: str) -> Resolved | None:
        """The most recent compatible sentence subject before the pronoun."""
        want_person = pronoun in ("he", "she")
        for j in range(index, max(-1, index - _LOOKBACK), -1):
            subject = self._subject(j, depth=0) if j < index else self._own_subject(j)
            if subject is None or subject.kind == "pronoun":
                continue
            if want_person and subject.kind != "person":
                continue
            if not want_person and subject.kind not in ("org", "generic"):
                continue
            expected = {"he": "m", "she": "f"}.get(pronoun)
            if expected and subject.gender and subject.gender != expected:
                continue
            return subject
        return None

    def _subject(self, index: int, depth: int) -> Resolved | None:
        """The resolved subject of an earlier sentence (its speaker when it has one)."""
        if index in self._subjects:
            return self._subjects[index]
        found: Resolved | None = None
        attribution = self._attributions[index] if index < len(self._attributions) else None
        if attribution is not None:
            found = Resolved(attribution.speaker, attribution.kind)
        else:
            found = self._own_subject(index)
            if found is not None and found.kind == "pronoun":
                found = self._antecedent(index - 1, found.canonical) if depth < 2 else None
        self._subjects[index] = found
        return found

    def _own_subject(self, index: int) -> Resolved | None:
        """The noun phrase a sentence opens with, after an introductory adverbial."""
        sentence = self._doc.sentences[index]
        text = sentence.text
        lead = _SUBJECT_START.match(text, 0, 200)
        pos = lead.end() if lead else 0
        np = _NP_START.match(text, pos, pos + 160)
        if np is None:
            return None
        phrase = np.group()
        after = text[np.end() : np.end() + 80]
        if after.startswith(", ") and "," in after[2:]:
            appositive = after[2 : after.index(",", 2)]  # "Deputy head of ..., Name,"
            resolved = self._reg().resolve(appositive, sentence.start + np.end())
            if resolved is not None and resolved.kind == "person":
                return resolved
        return self._reg().resolve(phrase, sentence.start + np.start())


def _attribution(base: int, cue: Cue, resolved: Resolved, *, pronoun: bool) -> Attribution:
    """Shift a sentence-relative cue to body offsets."""
    has_clause = cue.clause_start >= 0
    return Attribution(
        speaker=resolved.canonical,
        kind=resolved.kind,
        cue=cue.verb,
        form=cue.form,
        cue_start=base + cue.verb_start,
        cue_end=base + cue.verb_end,
        subject_start=base + cue.subject_start,
        subject_end=base + cue.subject_end,
        clause_start=base + cue.clause_start if has_clause else -1,
        clause_end=base + cue.clause_end if has_clause else -1,
        has_that=cue.has_that,
        pronoun=pronoun,
    )

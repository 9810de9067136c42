"""Attributions made after the per-sentence pass, and the attribution record itself.

Agency copy often names the speaker after the words: "<sentence>. This was stated by
Sergei Lavrov." (TASS), "<sentence>. X stated this during a briefing." (Ukrinform), and a
source known only by a first name ("A resident who gave only his first name, Adam, ...
said"). These need the attributions of neighbouring sentences, so they run once after
:class:`pipeline.extract.speakers.Speakers` has attributed every sentence with a cue;
kept here so the speaker pass itself stays readable.
"""

from __future__ import annotations

import re
from bisect import insort
from typing import NamedTuple

from pipeline.extract import _backrefs, _relative, _touches
from pipeline.extract._cuetype import Cue, Form
from pipeline.extract._lexicon import TITLES
from pipeline.extract._names import Kind, Registry, Resolved
from pipeline.extract._npafter import np_after
from pipeline.extract.model import Document

_SPEAKING = frozenset({"person", "org", "generic"})
_DENIALS = frozenset({"denied", "denies", "rejected", "disputed"})
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_TEAMS = frozenset({"group", "organisation", "organization", "network", "monitor", "charity"})
"""Heads of an indefinite description ("a medical group") a later sentence names."""
_NAMED = _TEAMS | {"observatory", "committee", "union", "syndicate", "federation"}
_NAME_TAIL = re.compile(
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*)+(?=[ \t]*[.!]?[ \t]*$)"
)


class Attribution(NamedTuple):
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


class Reattributions:
    """Later passes over a document's attributions (mixed into ``Speakers``)."""

    _doc: Document
    _attributions: list[Attribution | None]
    _attributed: list[int]
    _hits: dict[int, list[tuple[int, str]]]
    _extra: dict[int, list[Attribution]]

    def _reg(self) -> Registry:
        raise NotImplementedError

    def _issuer(self, issuer: int, index: int) -> Resolved | None:
        """ "..., the report says.": the body or person the paragraph's earlier attributions
        name ("According to the General Staff, ..."), when the sentence before names none."""
        for j in range(issuer, max(-1, index - 6), -1):
            found = self._attributions[j]
            if found is not None and found.kind in ("org", "person"):
                return Resolved(found.speaker, found.kind)
        return None

    def _antecedent(self, index: int, pronoun: str, trailing: bool = False) -> Resolved | None:
        raise NotImplementedError

    def _passives(self) -> None:
        """ "<Sentence>. This was stated by X.": X said the sentence before."""
        sentences = self._doc.sentences
        for i in range(1, len(sentences)):
            sentence = sentences[i]
            found = _backrefs.passive_by(sentence.text)
            if found is None:
                continue
            own = self._attributions[i]
            if (before := self._attributions[i - 1]) is not None:
                if own is not None and own.clause_start <= sentence.start + 1:  # "This was
                    self._attributions[i] = own._replace(clause_start=-1, clause_end=-1)  # stated
                if before.pronoun:  # "..., she said. This was stated by NAME": she is NAME
                    agent = self._agent(sentence.text, found[1], sentence.start)
                    if agent is not None and agent.kind == "person":
                        self._attributions[i - 1] = before._replace(speaker=agent.canonical)
                continue  # by X, Censor.NET reports." is no statement of the outlet's
            resolved = self._agent(sentence.text, found[1], sentence.start)
            if resolved is None:
                continue
            if own is not None and own.clause_start <= sentence.start + 1:
                self._attributions[i] = own._replace(clause_start=-1, clause_end=-1)
            self._said_before(i, found[0], resolved)

    def _taught(self) -> None:
        """Resolve every "This was announced by X" agent before the sentence pass, so a
        later "the command said" finds X's full name ("the Operational Command of the Polish
        Armed Forces"); the last-named body stays as it was."""
        registry = self._reg()
        last = registry._last_org
        for sentence in self._doc.sentences:
            if (found := _backrefs.passive_by(sentence.text)) is not None:
                self._agent(sentence.text, found[1], sentence.start)
        registry._last_org = last

    def _stated_this(self) -> None:
        """ "X stated this during a briefing.": X said the sentence before, not "this"."""
        body = self._doc.body
        for i in list(self._attributed):
            own = self._attributions[i]
            if own is None:
                continue
            start = own.clause_start if own.clause_start >= 0 else own.cue_end + 1
            if own.form == "trailing" and _backrefs.this_clause(body, own.cue_end + 1):
                start = own.cue_end + 1  # "Head of X, NAME, said this on Telegram": an apposition
                self._attributions[i] = own = own._replace(clause_start=-1, clause_end=-1)
            if not i or self._attributions[i - 1] is not None:
                continue
            if own.cue in _DENIALS:
                continue  # "The Ukrainian side denied this": no words of its own
            if own.form in ("leading", "trailing") and _backrefs.this_clause(body, start):
                self._attributions[i] = own._replace(clause_start=-1, clause_end=-1)
                self._said_before(i, own.cue, Resolved(own.speaker, own.kind))

    def _relative(self, index: int, main: Attribution | None) -> Attribution | None:
        """ "..., according to X, which said C": C is a further statement, by X."""
        sentence = self._doc.sentences[index]
        cue = _relative.cue(sentence.text)
        if cue is None:
            return main
        said = _relative.main_cue(sentence.text, cue)  # "X, which says C1, said C2"
        kept: Attribution | None = None
        if main is not None and main.clause_start >= sentence.start + cue.clause_start:
            if said is None or main.clause_start < sentence.start + cue.clause_end:
                return main
            kept, main, said = main, None, None  # C2 found already: C1 is X's too
        resolved = self._reg().resolve(cue.subject, sentence.start + cue.subject_start)
        if resolved is not None and resolved.kind == "pronoun" and main is None:
            resolved = self._antecedent(index, resolved.canonical)  # ", which he said C"
        if resolved is None or resolved.kind == "pronoun":
            return main
        resolved = _touches.undotted(resolved)  # as the main attribution spells it
        found = attribution_at(sentence.start, cue, resolved, pronoun=False)
        if main is None:
            if said is not None:  # "X, which says C1, said C2": both are X's
                kept = attribution_at(sentence.start, said, resolved, pronoun=False)
            if kept is not None:
                self._extra.setdefault(index, []).append(kept)
            return found
        stop = found.subject_start
        which = self._doc.body.rfind(", wh", max(0, stop - 12), stop)  # ", which the RSF said"
        stop = which + 2 if which > 0 else stop
        if main.clause_end > stop:  # "X, which said C" closes main's clause
            main = main._replace(clause_end=max(main.clause_start, stop - 2))
        self._extra.setdefault(index, []).append(found)
        return main

    def _named_next(self) -> None:
        """ "..., a medical group said." then "The Sudan Doctors Network said ...": an
        indefinite description of a group takes the name the next attribution gives."""
        body = self._doc.body
        attributed = self._attributed
        for k, i in enumerate(attributed):
            own = self._attributions[i]
            if own is None or own.kind not in ("generic", "org"):
                continue
            subject = body[own.subject_start : own.subject_end].split()
            if len(subject) < 2 or subject[0] not in ("a", "an") or subject[-1] not in _TEAMS:
                continue
            for j in attributed[k + 1 : k + 3]:
                later = self._attributions[j]
                if j - i > 2 or later is None or later.kind != "org":
                    break
                if later.speaker[:1].isupper() and later.speaker.split()[-1].lower() in _NAMED:
                    self._attributions[i] = own._replace(speaker=later.speaker, kind="org")
                    break

    def _principal(self, subject: str, base: int) -> Resolved | None:
        """ "The Israel Defense Forces spokesperson said": the body speaks."""
        words = subject.split()
        if len(words) < 2 or words[-1].lower() not in _VOICES or not words[-2][:1].isupper():
            return None
        found = self._reg().resolve(" ".join(words[:-1]), base)
        return found if found is not None and found.kind == "org" else None

    def _agent(self, text: str, at: int, base: int) -> Resolved | None:
        """The speaker after "by": "the head of the OVA, Dmytro Lunin," names Lunin."""
        np = np_after(text, at)
        if np is None:
            return None
        end = np[1]
        if (tail := _NAME_TAIL.match(text, end)) is not None:
            end = tail.end()  # "by the press service of the General Staff of the Armed Forces
            # of Ukraine.": the name runs on to the sentence's end
        comma = text.find(", ", end, end + 70)
        if comma > end and not text.startswith(", ", end):  # "by the spokesperson for the
            stop = len(text.rstrip().rstrip(".!?"))  # Southern Defence Forces, NAME."
            close = text.find(",", comma + 2, stop)
            named = self._reg().resolve(text[comma + 2 : close if close > 0 else stop], base)
            if named is not None and named.kind == "person":
                return named
        if text.startswith(", ", end):
            close = text.find(",", end + 2, end + 60)
            end = close if close > 0 else end
        resolved = self._reg().resolve(text[np[0] : end], base + np[0])
        return resolved if resolved is not None and resolved.kind in _SPEAKING else None

    def _said_before(self, index: int, verb: str, resolved: Resolved) -> None:
        """Attribute the whole sentence before ``index`` to ``resolved``."""
        before = self._doc.sentences[index - 1]
        end = len(before.text.rstrip().rstrip(".!?"))
        cue = Cue(verb, end, end, "", end, end, 0, end, "trailing", False)
        self._attributions[index - 1] = attribution_at(before.start, cue, resolved, pronoun=False)
        insort(self._attributed, index - 1)

    def _first_named(self, index: int) -> Attribution | None:
        """ "A resident who gave only his first name, Adam, ... said ...": Adam speaks."""
        sentence = self._doc.sentences[index]
        found = _backrefs.first_named(sentence.text, self._hits[index])
        if found is None:
            return None
        name, v_start, verb, c_start = found
        text = sentence.text
        registry = self._reg()
        registry._learn(name, None)  # "Hrim said ..." later: the same person
        for word in text[:v_start].replace(",", " ").split():
            role = TITLES.get(word.lower())  # "Their commander, a major ...": "the commander"
            if role is not None and role != "official":
                registry._scan_titles(role)
                registry._roles.append((sentence.start, "", role, name))
        c_end = len(text.rstrip().rstrip(".!?"))
        if c_end - c_start < 10:
            return None
        cue = Cue(verb, v_start, v_start + len(verb), name, v_start, v_start, c_start, c_end,
                  "leading", text.startswith("that", c_start - 5))  # fmt: skip
        return attribution_at(sentence.start, cue, Resolved(name, "person"), pronoun=False)


def attribution_at(base: int, cue: Cue, resolved: Resolved, *, pronoun: bool) -> Attribution:
    """Shift a sentence-relative cue to body offsets."""
    verb, v_start, v_end, _, s_start, s_end, c_start, c_end, form, has_that = cue
    if c_start >= 0:
        c_start += base
        c_end += base
    return Attribution(  # positional: this runs once per attributed sentence
        resolved.canonical,
        resolved.kind,
        verb,
        form,
        base + v_start,
        base + v_end,
        base + s_start,
        base + s_end,
        c_start,
        c_end,
        has_that,
        pronoun,
    )

"""Pronoun antecedents, sentence subjects and opening speakers for :class:`Speakers`.

Split out of :mod:`pipeline.extract.speakers` at its 500-line limit: these lookups only
read the sentences and the attributions made so far ("he" -> the last fitting subject,
"the former Dutch prime minister" -> the person just named, "A source close to X said"),
while the per-sentence attribution pass stays in ``speakers.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from pipeline.extract import (
    _backrefs,
    _conjoined,
    _described,
    _former,
    _nocomment,
    _openers,
    _parties,
    _pronouns,
    _s14pron,
    _s17dateline,
    _s37open,
    _s37pron,
    _titleplace,
)
from pipeline.extract._cuetype import Cue, Form
from pipeline.extract._lexicon import ADVERBIAL_STARTS
from pipeline.extract._names import Resolved
from pipeline.extract._npafter import np_after, past_apposition
from pipeline.extract._npruns import np_runs_backward
from pipeline.extract._reattribute import Attribution, Reattributions, attribution_at
from pipeline.extract._subjects import COMPLEMENTS, LABELS, past_stamp

_FRAMES = frozenset({"Asked", "When", "Speaking", "Answering", "Responding", "After"})
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_VOICED = tuple(_VOICES)
OBJECTS = {"her": "she", "him": "he", "them": "they", "its": "it"}  # "its own figures"
_SPOKEN = {"he": "spokesman", "she": "spokeswoman"}
_LOOKBACK = 8
_SETTING_PRONOUN = re.compile(
    r"(?:In|At|During|After) (?:his|her|its|their|the|a|an) (?:[a-z][\w-]* ){1,3}"
    r"(?=(?:he|she|they|it) [a-z])"
)
"""A comma-less setting before a pronoun subject ("In an interview he accused ..., and said
that C"), as translated copy writes it: the pronoun opens the sentence."""
"""How many sentences back a pronoun may find its antecedent."""


_PLATFORM_NAMES: frozenset[str] = frozenset({"Truth Social", "Telegram", "Facebook", "Twitter"})
"""Platforms a speaker writes on, whose two capitalised words read like a name."""


_OPENING_MARKS = '«“„"»'
"""Marks opening a quote that runs on into the sentence of its speaker."""
_PAIR_WORDS: frozenset[str] = frozenset({"the latter", "the former"})
"""Back-references to one of two people the sentence before named."""


class Lookback(Reattributions):
    """Read-only lookups over earlier sentences (mixed into ``Speakers``)."""

    _subjects: dict[int, Resolved | None]
    _starts: list[int]
    _voice: Resolved | None

    def _build(self) -> None:
        raise NotImplementedError

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing body ``offset`` (the previous one in a gap).

        Asked hundreds of times per article by the post-passes: ``_build`` is a no-op once
        the starts are known, so it is only called before that."""
        starts = self._starts
        if not starts:
            self._build()
            starts = self._starts
        index = bisect_right(starts, offset) - 1
        return index if index > 0 else 0

    def person_before(self, index: int, offset: int) -> str | None:
        """The nearest person named in sentence ``index`` before body ``offset``."""
        sentence = self._doc.sentences[index]
        end = offset - sentence.start
        registry = self._reg()
        for run in np_runs_backward(sentence.text[max(0, end - 160) : end]):
            if not run or run in _PLATFORM_NAMES:
                continue  # "spoke on his platform Truth Social of „...“": where, not who
            resolved = registry.resolve(run, offset)
            if resolved is not None and resolved.kind == "person":
                return resolved.canonical
        return None

    def pair_person(self, index: int, subject: str) -> str | None:
        """ "X and Y spoke. The latter said": Y, the last person sentence ``index`` names;
        "the former" is the one before Y."""
        which = subject.lower()
        if which not in _PAIR_WORDS:
            return None
        sentence = self._doc.sentences[index]
        found: list[str] = []
        for run in np_runs_backward(sentence.text[-320:]):
            resolved = self._reg().resolve(run, sentence.end) if run else None
            if resolved is None or resolved.kind != "person" or resolved.canonical in found:
                continue
            found.append(resolved.canonical)
        if which == "the latter":
            return found[0] if found else None
        return found[1] if len(found) == 2 else None

    def _member(self, index: int, subject: str, at: int) -> str | None:
        """ "the CDU leader" after "(CDU) Friedrich Merz": the member the text names, else
        the person the sentence before opens with ("Green Party leader X demanded ...")."""
        for name in _parties.members_before(subject, self._doc.body, at):
            if (found := self._reg().resolve(name, at)) is not None and found.kind == "person":
                return found.canonical
        own = index > 0 and _backrefs.stand_in(subject) == ""
        sentences = self._doc.sentences
        while own and index > 1 and sentences[index - 1].text[:1] in _OPENING_MARKS:
            if self._attributions[index - 1] is not None:
                break
            index -= 1  # "« A. B, » declared the Portuguese": the sentence before the quote
        before = self._own_subject(index - 1) if own else None
        if own and (before is None or before.kind != "person"):
            said = self._attributions[index - 1]  # "GENEVA — The UN chief, X, called ...
            if said is not None and said.kind == "person":  # « ... », declared the Portuguese"
                return said.speaker
        if before is not None and before.kind == "person":
            return before.canonical
        stepped = own and sentences[index].text[:1] in _OPENING_MARKS  # the quote's speaker
        person = self.person_before(index - 1, sentences[index - 1].end) if stepped else None
        if person is None and own and index > 1 and _pronoun_led(sentences[index - 1].text):
            prior = self._own_subject(index - 2)  # "Minister X arrived. It is his third
            # trip. „...“, said the CDU politician": X, whom the pronoun's sentence is about
            person = prior.canonical if prior is not None and prior.kind == "person" else None
        return person

    def _past_holder(self, index: int, subject: str, start: int) -> Resolved | None:
        """ "the former Dutch prime minister said": the person just named (:mod:`_former`)."""
        back = _backrefs.earlier("", index, self._attributed, self._attributions)
        prev = _former.person_name(self._subject(index - 1, 0) if index else None)
        last = prev or (back[0] if back else None)  # "Putin thanked ... . ..., the 73-year-old
        # said": the person the sentence before opens with, else the last speaker
        at = lambda offset: self.person_before(self.sentence_at(offset), offset)  # noqa: E731
        found = _former.pointed(subject, self._doc.body, start, at, last)
        return Resolved(found, "person", self._reg().gender(found)) if found else None

    def _opening_speaker(self, index: int) -> Attribution | None:
        """ "A source close to Hezbollah said ...", "..., but by evening X said ..."."""
        sentence = self._doc.sentences[index]
        found = _openers.find(sentence.text)
        if found is None:
            return None
        at = sentence.start + found.s_start
        if found.description is not None:
            resolved: Resolved | None = Resolved(
                found.description.replace("U.S. ", "US "), "generic"
            )
        elif found.name in OBJECTS:  # "..., according to him."
            resolved = self._antecedent(index, OBJECTS[found.name], trailing=True)
        else:
            resolved = self._reg().resolve(found.name, at)
            if resolved is not None and resolved.kind == "generic" and found.name.endswith(_VOICED):
                resolved = self._principal(found.name, sentence.start) or resolved  # "An IDF ..."
        if resolved is None or resolved.kind == "pronoun":
            return None
        form: Form = "according" if found.verb == "according to" else "leading"
        form = "trailing" if form == "leading" and found.c_end <= found.s_start else form
        cue = Cue(found.verb, found.v_start, found.v_end, found.name, found.s_start, found.s_end,
                  found.c_start, found.c_end, form, found.has_that)  # fmt: skip
        return attribution_at(sentence.start, cue, resolved, pronoun=found.name in OBJECTS)

    def _voiced(self, index: int, subject: str) -> Resolved | None:
        """ "..., his spokesman said" speaks for "him"; a later "the spokesman" for the same."""
        first = subject.split(None, 1)[0].lower()
        if first in ("his", "her"):
            found = self._antecedent(index, "he" if first == "his" else "she")
            if found is not None and found.kind == "person":
                self._voice = found
            return self._voice if found is not None else None
        if first == "a" and index and (body := self._body_before(index)) is not None:
            return body  # "The Foreign Office declined to comment. A spokesman said ..."
        return self._voice if first in ("the", "a") else None

    def _body_before(self, index: int) -> Resolved | None:
        """The body the sentence before (same paragraph) opens with, for "a spokesman"."""
        sentences = self._doc.sentences
        if sentences[index - 1].paragraph != sentences[index].paragraph:
            return None
        found = self._own_subject(index - 1)
        return found if found is not None and found.kind in ("org", "generic") else None

    def _opening(self, index: int) -> Attribution | None:
        """The sentence's opening subject as a stand-in attribution (for "and said")."""
        found = self._own_subject(index)
        if found is not None and found.kind == "pronoun":
            found = self._antecedent(index - 1, found.canonical) if index else None
        kinds = ("person", "org", "generic")
        if found is None or (found.kind not in kinds and not _pronouns.metonym(found.canonical)):
            text = self._doc.sentences[index].text  # "Israel turned down ... and says C",
            if not (found is not None and _conjoined.actor(text, found)):  # "Hamas handed ..."
                return None  # a capital speaks for its government ("Kyiv has ..., saying")
        start = self._doc.sentences[index].start
        return Attribution(found.canonical, found.kind, "", "leading", start, start, start, start,
                           -1, -1, has_that=False, pronoun=False)  # fmt: skip

    def _antecedent(self, index: int, pronoun: str, trailing: bool = False) -> Resolved | None:
        """The most recent compatible sentence subject before the pronoun (for "..., it
        said" not the subject inside the reported clause: "Its forces hit ..., it said")."""
        lone: Resolved | None = None  # "Jaishankar met ... He said": if nobody else fits
        for j in range(index - 1 if trailing else index, max(-1, index - _LOOKBACK), -1):
            subject = self._subject(j, depth=0) if j < index else self._own_subject(j)
            if j < index and (subject is None or subject.kind == "other"):  # "Questioned by
                seen = self._doc.sentences[j]  # journalists, X refused to comment"
                hidden = _s14pron.hidden_subject(seen.text, seen.start, self._reg().resolve)
                subject = hidden or subject
            if j < index and (quoted := self._quoted_person(j, subject, pronoun)) is not None:
                return quoted  # "«Q», said the TITLE, NAME. She added ..." (round 37)
            if subject is None or subject.kind == "pronoun":
                continue
            if _s37pron.body_named(subject):  # "The European Commission ...": a body, no person
                subject = subject._replace(kind="org")
            if j < index and _nocomment.silent(self._doc.sentences[j].text):
                continue  # "The Kremlin did not immediately respond. “...,” it said"
            if j < index and subject.kind != "person" and self._voiced_by(j, pronoun):
                return subject  # "..., a police spokesman said. ..., he said": the police
            if j < index and pronoun == "it" and self._office_of(j, subject):
                return subject  # "Netanyahu's office said ... It said": the office's holder
            fit = _pronouns.fits(subject, pronoun)
            if fit == _pronouns.LONE:
                spoke = j < len(self._attributions) and self._attributions[j] is not None
                if spoke and j < index:
                    return subject  # "Jaishankar emphasised, “...” He reiterated that"
                acted = _pronouns.acts(self._doc.sentences[j].text, subject.canonical)
                lone = lone or (subject if acted else None)
            elif fit == _pronouns.YES:
                return subject
        return lone

    def _quoted_person(self, j: int, subject: Resolved | None, pronoun: str) -> Resolved | None:
        """The person sentence ``j`` (opening with a quote) attributes it to, when its own
        subject is no fit for "he"/"she" (:mod:`_s37pron`)."""
        if subject is not None and _pronouns.fits(subject, pronoun) != _pronouns.NO:
            return None
        seen = self._doc.sentences[j]
        person = self.person_before(j, seen.end) if seen.text[:1] in '«“"„' else None
        if person is None or not _s37pron.inverted_speaker(seen.text, person):
            return None
        return _s37pron.quoted_person(person, self._reg().gender(person), pronoun)

    def _office_of(self, index: int, subject: Resolved) -> bool:
        """Sentence ``index`` is a person's statement made through "X's office"."""
        found = self._attributions[index] if index < len(self._attributions) else None
        if found is None or subject.kind != "person" or found.speaker != subject.canonical:
            return False
        written = self._doc.body[found.subject_start : found.subject_end].lower()
        return written.endswith(("'s office", "’s office"))

    def _voiced_by(self, index: int, pronoun: str) -> bool:
        """Sentence ``index`` is attributed to a body through its spokesman ("he") or
        spokeswoman ("she"), the person a following pronoun means."""
        found = self._attributions[index] if index < len(self._attributions) else None
        if found is None or pronoun not in ("he", "she"):
            return False
        subject = self._doc.body[found.subject_start : found.subject_end]
        if subject.endswith(_SPOKEN[pronoun]) or subject.endswith("spokesperson"):
            return True
        words = subject.lower().split()  # "a spokesman of the Federal Council said"
        voiced = len(words) > 2 and words[1] in (_SPOKEN[pronoun], "spokesperson")
        return voiced and words[2] in ("of", "for")

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
        if text.startswith(("This ", "That ")) and (passive := _backrefs.passive_by(text)):
            return self._agent(text, passive[1], sentence.start)  # "This was reported by X."
        pos = past_stamp(text, 0)  # "13:30 GMT - CORRECTION: Gaza's civil defence has ..."
        pos = _s17dateline.past_pair(text, pos) if text[:1].isupper() else pos  # "Kyiv, Berlin"
        if text.startswith(LABELS, pos):
            pos = text.find(": ", pos) + 2
        first = text[pos : text.find(" ", pos)]
        setting = _SETTING_PRONOUN.match(text) if text.startswith(_openers.OPENER_STARTS) else None
        if setting is not None:
            pos = setting.end()  # "In an interview he ..."
        elif (by := _s37open.BY_TIME.match(text, pos)) is not None:
            pos = by.end()  # "By mid-morning, the mayor raised ... and warned that C"
        elif first in ADVERBIAL_STARTS or first[:-1] in ADVERBIAL_STARTS:  # "Nationwide, the"
            comma = text.find(", ", pos, pos + 120)
            bare = comma < 0 and text.startswith("the ", pos + len(first) + 1)
            pos = comma + 2 if comma > 0 else pos + len(first) + 1 if bare else pos  # "Later the X"
        np = np_after(text, pos)
        if pos and first in _FRAMES:  # "Asked ... his counterpart, Sergei Lavrov, if they
            np = past_apposition(text, pos, np)  # met, the minister paused."
        if np is None:
            return None
        end = _titleplace.past_place(text, np[1])  # "Ukraine's ambassador in Berlin, NAME,"
        if text.startswith(COMPLEMENTS, end):  # "Ukraine's military spokesman for the
            comma = text.find(", ", end, end + 50)  # eastern grouping, Viktor Trehubov, said"
            end = comma if comma > 0 and "“" not in text[end:comma] else end
        if text.startswith(", ", end):
            close = text.find(",", end + 2, end + 60)
            if close > 0:  # "Deputy head of ..., Kyrylo Tymoshenko, put ..."
                resolved = self._reg().resolve(text[end + 2 : close], sentence.start + end)
                if resolved is not None and resolved.kind == "person":
                    return resolved
        phrase, at = text[np[0] : end], sentence.start + np[0]
        found = self._reg().resolve(phrase, at)
        if found is None and "'s " in phrase:  # "Gaza's civil defence has revised ..."
            found = _described.describe(phrase, partial(self._reg().resolve, offset=at))
        return found


_PRONOUN_LEADS = ("It ", "He ", "She ", "His ", "Her ", "This ")


def _pronoun_led(text: str) -> bool:
    """A sentence about the person just named that names nobody itself ("It is his third
    trip to Ukraine."): a descriptor after it still points at the person before it."""
    return text.startswith(_PRONOUN_LEADS) and len(text) <= 160

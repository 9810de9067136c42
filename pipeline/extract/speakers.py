"""Who is speaking in each sentence of one document.

Detectors ask, per sentence, whom the facts are attributed to; the statements
detector additionally needs the cue, the reported clause and pronoun
antecedents. One linear pass over the sentences, done lazily on first use,
answers all of these: only sentences containing a cue word are parsed.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from functools import partial

from pipeline.extract import (
    _adverbs,
    _affiliated,
    _backrefs,
    _bodyref,
    _bracketed,
    _bullets,
    _byagent,
    _capitalof,
    _colonlead,
    _colonline,
    _continued,
    _denied,
    _described,
    _former,
    _fronted,
    _groupref,
    _guards,
    _hamasrun,
    _headof,
    _holders,
    _ngo,
    _officeholder,
    _openers,
    _outlets,
    _pairs,
    _particlecase,
    _pluperfect,
    _pronouns,
    _s14refine,
    _s15said,
    _s34roles,
    _sourced,
    _told,
    _touches,
    _trimmed,
    _voiceback,
    _voicefor,
    _wirecopy,
    _withsaying,
)
from pipeline.extract._bodylits import body_has
from pipeline.extract._cues import cues_for, scan
from pipeline.extract._cuewords import THAT_PARTICIPLES
from pipeline.extract._lookback import OBJECTS, Lookback
from pipeline.extract._names import Registry, Resolved
from pipeline.extract._reattribute import Attribution, attribution_at
from pipeline.extract._subjects import untimed
from pipeline.extract.model import Document

__all__ = ["Attribution", "Speakers"]

_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_VOICED = tuple(_VOICES)
_BARE_VOICES = frozenset(f"the {v}" for v in _VOICES)
_A_VOICES = frozenset(f"a {v}" for v in _VOICES)
_GOING_ON = frozenset({"continued", "went on"})


class Speakers(Lookback):
    """Speaker resolution for one document: canonical names and per-sentence attribution."""

    def __init__(self, doc: Document) -> None:
        self._doc = _bullets.unbulleted(doc)  # "- X said C": read without the marker
        self._registry: Registry | None = None
        self._attributions: list[Attribution | None] = []
        self._subjects: dict[int, Resolved | None] = {}
        self._starts: list[int] = []
        self._hits: dict[int, list[tuple[int, str]]] = {}
        self._attributed: list[int] = []
        self._extra: dict[int, list[Attribution]] = {}
        self._voice: Resolved | None = None

    def reported_by(self, index: int) -> str | None:
        """Canonical name of whoever the facts in ``doc.sentences[index]`` are attributed to."""
        self._build()
        if not 0 <= index < len(self._attributions):
            return None
        # The speaker of the last attribution at or before the sentence, same paragraph.
        k = bisect_right(self._attributed, index) - 1
        if k < 0:
            return None
        sentences = self._doc.sentences
        found = self._attributed[k]
        if sentences[found].paragraph != sentences[index].paragraph:
            return None
        attribution = self._attributions[found]
        return attribution.speaker if attribution is not None else None

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

    def additions(self, index: int) -> list[Attribution]:
        """Further statements of sentence ``index`` by its speaker ("..., adding that ...")."""
        self._build()
        return self._extra.get(index, [])

    def subject(self, index: int) -> str | None:
        """Canonical speaker-like subject the sentence opens with (pronouns resolved)."""
        self._build()
        found = self._own_subject(index)
        if index and self._doc.sentences[index].text.startswith("The group "):  # "The group
            prior = _groupref.group_body(index, partial(self._subject, depth=0))  # called it"
            if prior is not None:
                return prior.canonical
        if found is not None and found.kind == "pronoun":
            found = self._antecedent(index, found.canonical)
        if found is None or (
            found.kind not in ("person", "org") and not _pronouns.metonym(found.canonical)
        ):
            return None  # a country or capital may speak: "China welcomed what it called “...”"
        return found.canonical

    def attributed(self) -> list[int]:
        """Indices of the sentences that have an attribution, in order."""
        self._build()
        return self._attributed

    def in_order(self) -> list[tuple[int, Attribution]]:
        """(sentence index, attribution) of every attributed sentence, in order."""
        self._build()
        attributions = self._attributions
        return [(i, a) for i in self._attributed if (a := attributions[i]) is not None]

    def resolve_name(self, name: str, offset: int) -> str:
        """The canonical speaker for an institution's name (the name itself if unknown)."""
        found = self._reg().resolve(name, offset)
        return found.canonical if found is not None and found.kind == "org" else name

    def named(self, name: str, offset: int) -> str | None:
        """The canonical person or body ``name`` stands for, or None (a signature's name)."""
        found = self._reg().resolve(name, offset)
        return found.canonical if found is not None and found.kind in ("person", "org") else None

    def registry(self) -> Registry:
        """The article's name registry (built on first use), for passes that rename speakers."""
        return self._reg()

    def _reg(self) -> Registry:
        if self._registry is None:
            self._registry = Registry(self._doc.body)
        return self._registry

    def _build(self) -> None:
        """Attribute every sentence holding a cue word, in order (one cue scan of the body)."""
        if self._starts or not self._doc.sentences:
            return
        sentences = self._doc.sentences
        starts = self._starts = [s.start for s in sentences]
        hits = self._hits
        words = scan(self._doc.body)
        if extra := _openers.hits(self._doc.body):  # "In his words, CLAUSE"
            words = sorted(words + extra)
        for offset, word in words:
            i = bisect_right(starts, offset) - 1
            if i >= 0:
                sentence = sentences[i]
                if offset + len(word) <= sentence.end:
                    if i in hits:
                        hits[i].append((offset - sentence.start, word))
                    else:
                        hits[i] = [(offset - sentence.start, word)]
        attributions: list[Attribution | None] = [None] * len(sentences)
        self._attributions = attributions
        passive = _backrefs.has_passive(self._doc.body)
        if passive:
            self._taught()  # "This was announced by X. ..., the command said"
        for i in hits:  # in sentence order: pronouns look back at earlier attributions
            found = self._attribute(i)
            if found is not None:
                attributions[i] = found
                self._attributed.append(i)
        body = self._doc.body
        if _s15said.gate(body):  # "C, it was said.", "..., further it said": the source before
            for i in range(1, len(sentences)):
                if (
                    attributions[i] is None
                    and (found := _s15said.it_was_said(attributions, sentences, i)) is not None
                ):
                    attributions[i] = found
                    insort(self._attributed, i)
        if body_has(body, "As was ") or body_has(
            body, "As has been "
        ):  # "As was specified, C": the source
            for i in range(1, len(sentences)):  # of the sentence before goes on
                if (found := _byagent.as_was(self._doc, attributions, i)) is not None:
                    attributions[i] = found
                    insort(self._attributed, i)
        if passive:
            self._passives()
        if " this" in self._doc.body:
            self._stated_this()
        self._named_next()  # one pass over the attributed sentences only

    def _going_on(self, index: int) -> Resolved | None:
        """The person the sentence before (same paragraph) quotes: "C, the head of state
        continued" goes on with that speaker, not another holder of the title."""
        before = self._attributions[index - 1]
        sentences = self._doc.sentences
        if before is None or before.kind != "person":
            return None
        if sentences[index - 1].paragraph != sentences[index].paragraph:
            return None
        return Resolved(before.speaker, "person", self._reg().gender(before.speaker))

    def _attribute(self, index: int) -> Attribution | None:
        """The first cue of the sentence whose subject resolves to a speaker.

        "..., adding that ..." cues after it become :meth:`additions` by the same speaker.
        """
        sentence = self._doc.sentences[index]
        registry, body = self._reg(), self._doc.body
        main: Attribution | None = None
        marked = _guards.has_marks(sentence.text)
        cues = cues_for(sentence.text, self._hits[index])
        if sentence.text.startswith(_openers.LABELS):  # "Details: According to X, ..."
            cues = _openers.relabelled(sentence.text, self._hits[index]) or cues
        elif sentence.text.startswith(_openers.OPENER_STARTS):  # "In his address X said"
            cues = _openers.unopened(sentence.text, self._hits[index], cues)
        for cue in cues:
            cue = _adverbs.stripped(cue)  # "Meanwhile the army said": no adverb in the speaker
            cue, lead = _colonlead.split(sentence.text, cue)  # "X rejected that: C, she said"
            cue = _openers.named_source(sentence.text, cue) or cue  # "According to T, NAME, C"
            cue = _wirecopy.informed(sentence.text, cue)  # "CLAUSE, X informed."
            cue = _bracketed.widened(sentence.text, cue)  # "NAME of the BODY (ACR) said"
            if _denied.charge_object(sentence.text, cue):
                continue  # "A accused B of C, a charge B denied": nobody's statement
            if marked and _guards.inside_quote(sentence.text, cue.verb_start):
                continue  # "“Russia has said no every time,” Sybiha said."
            if cue.form == "adding":
                if main is not None and main.clause_start >= 0 and cue.verb in THAT_PARTICIPLES:
                    continue  # "A, X said, warning that B": one statement (art5-03)
                speaker = main if main is not None else self._opening(index)
                if speaker is None:
                    continue
                found = attribution_at(
                    sentence.start, cue, Resolved(speaker.speaker, speaker.kind), pronoun=False
                )
                if main is None:
                    main = found
                else:
                    main = _pairs.before_and(sentence.text, main, cue.verb_start, sentence.start)
                    self._extra.setdefault(index, []).append(found)
                continue
            if main is not None and main.clause_start < 0 and _withsaying.absolute(cue):
                main = None  # "The Houthis claimed the attack, with their spokesman saying C"
            if main is not None and _pairs.as_relayed(sentence.text, main, cue, sentence.start):
                main = None  # "As Interfax reported, the governor said C": the governor's
            if main is not None and not _pairs.separate(main, cue, sentence.start):
                semi = _pairs.semicolon(sentence.text, main, cue, sentence.start)
                if semi >= 0:  # "X said A; B, it said": two statements by X
                    main = main._replace(clause_end=sentence.start + semi)
                    cue = cue._replace(clause_start=semi + 2)
                    if cue.subject.lower() in ("it", "he", "she", "they"):
                        same = Resolved(main.speaker, main.kind)
                        found = attribution_at(sentence.start, cue, same, pronoun=True)
                        self._extra.setdefault(index, []).append(found)
                        continue
                elif (joint := _pairs.conjoined(sentence.text, main, cue, sentence.start)) >= 0:
                    main = main._replace(clause_end=sentence.start + joint)  # "..., but he noted"
                elif _pluperfect.briefed(sentence.text, main, cue, sentence.start):
                    main = None  # "Putin had explained that C, Ushakov said": Ushakov's
                elif (relay := _pairs.relayed(main, cue, sentence.start, sentence.text)) >= 0:
                    main = main._replace(clause_end=relay)  # "X said A, Xinhua reported."
                    continue
                elif (
                    cue.form == "trailing"
                    and _backrefs.this_clause(body, main.cue_end + 1)
                    and index
                    and self._attributions[index - 1] is None
                ):
                    continue  # "X said this on Telegram, Ukrinform reports": the sentence
                    # before is X's (Ukrinform's own when it already had a speaker)
                elif (pair := _pairs.paired(sentence.text, main, cue, sentence.start)) >= 0:
                    cue = cue._replace(clause_start=pair)  # "A, according to X, while B,
                    # according to Y": B is Y's
                elif split := _pairs.while_according(sentence.text, main, cue, sentence.start):
                    main = main._replace(clause_end=sentence.start + split[0])  # "X say A,
                    cue = cue._replace(clause_start=split[1])  # while B, according to Y"
                elif not _pairs.encloses(main, cue, sentence.start):
                    continue
                else:
                    main = None  # "Washington announced ..., the Pentagon said.": the last word
            subject = OBJECTS.get(cue.subject, cue.subject)  # "According to her, ..."
            subject = _holders.rewrite(subject)  # "The Hamas-run office" -> "The office"
            subject = _adverbs.unqualified(subject)  # "the respective local authorities"
            subject = _particlecase.capitalised(subject)  # "von der Leyen said"
            subject = _capitalof.rewrite(_headof.rewrite(subject))  # "the head of the Foreign
            # Office / of the Chinese diplomacy", "... of the Ukrainian capital"
            subject = _wirecopy.envoy(subject, registry, sentence.start)  # "X of Russia": X
            subject = untimed(subject) if subject[:1] in "OILEDAB" else subject  # "On Monday the
            # governor" -> "the governor"
            subject = _officeholder.closing_name(subject) or subject  # "Spokesperson of X NAME"
            last_org = registry._last_org  # before this subject rebinds it
            at = sentence.start + cue.subject_start
            said_by = cue.subject.lower()  # asked of many rules below: lowered once
            resolve_at = partial(registry.resolve, offset=at)  # one lookup for them all
            resolved = registry.resolve(subject, at)
            resolved = _holders.refine(registry, self._doc.body, subject, resolved, at, last_org)
            resolved = _holders.run_by(cue.subject, subject, resolved)  # "Houthi-run ministry"
            resolved = _particlecase.full_name(self._doc.body, subject, resolved, resolve_at)
            if ngo := _ngo.named_body(subject, self._doc.body, at):
                resolved = registry.resolve(ngo, at) or Resolved(ngo, "org")  # "the NGO said"
            resolved = _hamasrun.gaza_body(cue.subject) or resolved  # "Hamas-controlled health
            # authority": Gaza's ministry
            if resolved is None:
                resolved = _described.describe(subject, resolve_at)
                resolved = resolved or _trimmed.named_outlet(subject)  # "The news site Walla"
                unnamed = None if resolved else _sourced.described(subject)  # "a source close
                resolved = Resolved(unnamed, "generic") if unnamed else resolved  # to X"
            if resolved is None or (" of " in resolved.canonical and resolved.kind != "person"):
                affiliated = _affiliated.person(subject, resolve_at)
                resolved = affiliated or resolved  # "X Y of the University of Warsaw"
            if resolved is None and subject.endswith("think tank"):
                resolved = _described.think_tank(subject, last_org)
            pronoun = resolved is not None and resolved.kind == "pronoun"
            if resolved is not None and pronoun:
                resolved = self._antecedent(index, resolved.canonical, cue.form == "trailing")
            if pronoun and lead is not None:
                led = _colonlead.leader(lead, said_by, registry.resolve, sentence.start)
                resolved = led or resolved
            if said_by in ("his administration", "her administration"):
                holder = self._antecedent(index, "he" if cue.subject[1] == "i" else "she")
                resolved = _touches.governed(registry, holder, at) or resolved
            if said_by in _BARE_VOICES and (
                voiced := _backrefs.voiced_earlier(
                    index, self._attributed, self._attributions, self._doc.body
                )
            ):
                resolved = Resolved(*voiced)  # "the spokesperson said" after "A spokesperson for X"
            if cue.verb in _GOING_ON and cue.subject.startswith("the ") and index:
                resolved = self._going_on(index) or resolved  # "..., the head of state continued"
            if said_by in _A_VOICES and index:
                resolved = self._body_before(index) or resolved  # "X declined. A spokesman said"
            voice = resolved is not None and resolved.canonical in _VOICES
            if resolved is not None and said_by in ("his office", "her office"):
                voice = True  # "Nobody was hurt, according to his office": the holder speaks
            if voice and resolved is not None and resolved.kind in ("generic", "org"):
                resolved = self._voiced(index, cue.subject) or resolved  # "his spokesman"
            if resolved is None and _backrefs.issued(cue.subject) and index:
                texts = [s.text for s in self._doc.sentences[max(0, index - 12) : index]]
                issuer = index - len(texts) + _backrefs.issuing(texts, len(texts))
                resolved = self._issuer(issuer, index) or self._subject(issuer, depth=0)
            if (
                resolved is not None
                and resolved.kind == "generic"
                and cue.subject.endswith(_VOICED)
            ):
                resolved = self._principal(cue.subject, sentence.start) or resolved
            if resolved is not None and resolved.kind == "org" and cue.subject.endswith(_VOICED):
                named = _voiceback.named_before(self._doc.body, cue.subject, at, registry)
                resolved = Resolved(named, "person") if named else resolved  # "the X spokeswoman"
            if resolved is None or (resolved.kind == "generic" and " " not in resolved.canonical):
                head = _backrefs.bare_head(cue.subject)  # "the official said"
                back = head and _backrefs.earlier(head, index, self._attributed, self._attributions)
                if back:
                    resolved = Resolved(*back)
                elif resolved is None and head in ("official", "diplomat"):  # none named before
                    resolved = Resolved(head, "generic")
            if resolved is not None and (title := _backrefs.bare_title(cue.subject)):
                body = self._doc.body  # "the governor specified": named later is no answer
                later = body.find(resolved.canonical.rsplit(" ", 1)[-1]) > at
                if later or (resolved.kind == "generic" and title == "governor"):
                    spoke = _backrefs.stood_in(
                        title, index, self._attributed, self._attributions, body
                    )
                    resolved = (
                        Resolved(spoke, "person", self._reg().gender(spoke)) if spoke else resolved
                    )
            own = untimed(cue.subject)  # "In the Bundestag the CDU politician"
            if sentence.text.endswith(" the ", 0, cue.subject_start) and own[:1].isupper():
                own = f"the {own}"  # "At the plant the CDU politician": the walk left "the"
            if (modifier := _backrefs.stand_in(own)) is not None:
                said, body = self._attributions, self._doc.body  # "the speaker"
                person = self._member(index, own, sentence.start + cue.subject_start)
                person = person or _backrefs.stood_in(modifier, index, self._attributed, said, body)
                if person is None and not modifier and index:  # the person named last
                    person = self.person_before(index - 1, self._doc.sentences[index - 1].end)
                resolved = (
                    Resolved(person, "person", self._reg().gender(person)) if person else resolved
                )
            if _former.past_holder(cue.subject) and not _former.named_in(cue.subject, resolved):
                resolved = self._past_holder(index, cue.subject, sentence.start) or resolved
            if index and (paired := self.pair_person(index - 1, cue.subject)) is not None:
                resolved = Resolved(paired, "person", self._reg().gender(paired))  # "the latter"
            if index and _voicefor.group_voice(cue.subject):  # "The RSF did not respond. ...,
                prior = _groupref.group_body(index, partial(self._subject, depth=0))  # it said"
                resolved = prior or _former.named_body(self._subject(index - 1, 0)) or resolved
            said = self._attributions  # "..., the same sources added"
            echoed = _backrefs.same_source(
                cue.subject, index, self._attributed, said, at, self._doc.body
            )
            resolved = Resolved(*echoed) if echoed is not None else resolved
            if _bodyref.is_head(cue.subject):  # "..., the department specified": the ministry
                sub = partial(self._subject, depth=0)
                found_body = _bodyref.referred(
                    cue.subject, index, self._attributed, said, sub, body
                )
                resolved = found_body or resolved
            if (resolved is None or " " not in resolved.canonical) and (
                named := _backrefs.named_body(cue.subject, self._doc.body, at)
            ):
                resolved = Resolved(named, "org")  # "it was said from the ministry"
            resolved = resolved or _s14refine.unresolved(cue.subject)  # "an analysis by X"
            resolved = resolved or _s34roles.counterpart(cue.subject, body, at)  # "Her
            # Lithuanian colleague said": the holder introduced as Lithuanian
            resolved = resolved or _s34roles.led_by(cue.subject, body, at)  # "the leader of
            # the League": "League leader X"
            if resolved is None or resolved.kind == "pronoun":
                continue
            if cue.verb == _colonline.VERB and resolved.kind != "person":
                continue  # "Kharkiv: three people were injured.": a place, no speaker
            resolved = _outlets.reporter(subject, resolved, resolve_at)
            resolved = _trimmed.trim(_outlets.unowned(resolved), self._doc.body, at, registry)
            plain = cue.subject.strip()  # only _s14refine's "same source" and "X ministry"
            looks_back = "ame " in plain.lower() or " ministry" in plain  # readings use them
            said_before = self._attributions[:index] if looks_back else []
            spoken_by = [a.speaker for a in said_before if a is not None]
            resolved = _s14refine.refine(cue.subject, resolved, self._doc, index, spoken_by)
            if resolved.canonical.startswith("the "):  # "Later the 3rd ... brigade reported"
                resolved = resolved._replace(canonical=resolved.canonical[4:])
            resolved = _fronted.placed(
                sentence.text[: cue.subject_start], cue.subject, resolved, resolve_at
            )  # "From Moscow, the ministry"
            if resolved.kind == "org" and cue.subject[:4] in ("its ", "Its "):
                before = sentence.text[: cue.subject_start].strip()  # opening "Its": the
                before = before or (self._doc.sentences[index - 1].text if index else "")  # last
                owner = _backrefs.owned(cue.subject, resolved.canonical, before)
                resolved = Resolved(owner, "org") if owner else resolved
            if resolved.kind == "org" and " " in resolved.canonical:
                registry.learn_org(resolved.canonical)  # "... the office said" later
            found = attribution_at(sentence.start, cue, resolved, pronoun=pronoun)
            if found.form == "trailing" and found.clause_start >= 0:
                cut = _touches.tail_cut(self._doc.body, found.clause_start, found.clause_end)
                found = found._replace(clause_end=cut)  # "..., its governor, X, said"
            if main is None:
                main = found
            else:  # "..., local media reported, while the governor said ..."
                self._extra.setdefault(index, []).append(found)
        if ", which " in sentence.text or ", who " in sentence.text:
            main = self._relative(index, main)
        if main is None and ("first name" in sentence.text or "call sign" in sentence.text):
            main = self._first_named(index)
        if main is not None and main.clause_start < 0 and main.cue == "told":
            span = _told.about(sentence.text, main.cue_end - sentence.start)  # "told about Y"
            if span is not None:
                main = main._replace(clause_start=sentence.start + span[0])
                main = main._replace(clause_end=sentence.start + span[1])
        if (main is None or main.clause_start < 0) and _openers.gate(sentence.text):
            main = self._opening_speaker(index) or main
        if main is not None and main.form == "trailing" and ", " in sentence.text:
            self._continued(index, main)  # "A, X said, and B": B is X's too
        if " and " in sentence.text[:90] and _pairs.joined(self._doc.body, main):
            both = _pairs.pair(sentence.text, sentence.start, registry.resolve)  # "Residents and
            main = both[0] if both else main  # a committee said": one statement each
            self._extra.setdefault(index, []).extend(both[1:])
        return main

    def _continued(self, index: int, main: Attribution) -> None:
        """Add the clause after "X said, and" when no other cue follows the verb."""
        sentence = self._doc.sentences[index]
        verb_end = main.cue_end - sentence.start
        if any(at >= verb_end for at, _ in self._hits[index]):
            return  # "..., X said, and Y added ...": Y's cue speaks for the rest
        span = _continued.clause(sentence.text, verb_end)
        if span is not None:
            start, end = span[0] + sentence.start, span[1] + sentence.start
            more = main._replace(form="adding", clause_start=start, clause_end=end)
            self._extra.setdefault(index, []).append(more._replace(has_that=False))

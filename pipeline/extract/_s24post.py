"""Last reading of finished statements for the sample's political copy (statement round 24).

Round 24 read ``dev_articles56`` (articles modelled on the shared sample: a political event
told in quotes, then the war day's figures) and ``dev_articles55`` (agency English and
Ukrainian regional posts; ``dev_statements49``). The readers before this pass leave these
shapes wrong or unread:

- a bare role closing a quote ("“Q,” the head of state declared", "the president stressed")
  right after a statement by a holder of that role goes to that holder, not to another
  holder the sentence before named in an adjunct ("after meeting US President Donald Trump");
  the "he said" after it follows;
- "C, said the head of the Ukrainian delegation, Defence Minister NAME": NAME, not the role,
  and the "he explained" after it; read too when no reader took the sentence ("said the
  spokesman for the navy, NAME");
- a quoted name before a weapon or plan noun inside the clause ("its own “Flamingo” cruise
  missile", "the “Peace Formula” plan") is a name, not a partial: the clause is indirect;
- "continued to / went on to VERB" is an act, not a trailing cue ("Despite the truce, the
  army has continued to strike ..."); a trailing "X said" after it is the clause's speaker;
- "The health ministry says Israel's offensive ...": the body the article already named
  ("Gaza health ministry"), not a body of the country in the reported clause
  (in :mod:`pipeline.extract._s24more`);
- "“Q!” – NAME emphasized." (a quote closed by "!" or "?", then a dash and the
  attribution), which the sentence splitter cuts off from its quote (in ``_s24more``).

Every check starts with a literal test.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s24more
from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ROLE_TABLE
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_ROLES = ("head of state", "president", "chancellor", "prime minister", "head of government")
_TAIL_ROLE = re.compile(
    r"[,!?][”\"»] the (?P<r>head of state|president|chancellor|prime minister|head of government)"
    r"(?: (?:also|then|later|further|again))? [a-z]+(?:ed|d)\b"
)
_TITLES = {
    "head of state": ("President", {"head"}),
    "president": ("President", {"head"}),
    "chancellor": ("Chancellor", {"chancellor"}),
    "prime minister": ("Prime Minister|Premier", {"prime minister"}),
    "head of government": ("Prime Minister|Premier|Chancellor", {"prime minister", "chancellor"}),
}
"""A bare role, the title naming its holder, and the speaker table's roles that hold it."""
_TABLE_ROLES: dict[str, set[str]] = {}
for (_, _role), _name in ROLE_TABLE.items():
    _TABLE_ROLES.setdefault(_name, set()).add(_role)
_PRONOUN = re.compile(r", (?:he|she) (?:also |then )?[a-z]+(?:ed|d)\b|^(?:He|She) [a-z]+(?:ed|d) ")
_INVERTED = re.compile(
    r", (?:said|added|explained|stressed|stated|announced|declared|told reporters) the "
    r"(?P<role>[a-z][^,;“”\"]{3,80}?), "
    r"(?P<tail>(?:[\w-]+ ){0,5}?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\.$"
)
_PRONOUN_TAIL = re.compile(
    r"^(?P<c>[A-Z][^“”\"«»]{8,}?), (?:he|she) (?:also )?(?P<v>said|added|explained|stressed"
    r"|noted|stated|told reporters)\b[^,;]{0,40}\.$"
)
_NAME_NOUNS = frozenset(
    {"missile", "missiles", "cruise", "ballistic", "drone", "drones", "jet", "rocket", "rockets"}
    | {"missile-drone", "missile-drones", "system", "systems", "complex", "launcher", "launchers"}
    | {"plan", "programme", "program", "initiative", "project", "format", "platform"}
    | {"howitzer", "howitzers", "tank", "tanks", "interceptor", "interceptors", "mission"}
)
"""Nouns after a quoted name that make it a product's or a plan's name."""
_TRAILING = re.compile(
    r", (?P<who>[^,;“”\"«»]{2,60}?) (?:said|added|wrote|stressed|explained|emphasi[sz]ed|stated"
    r"|reported|announced|told [^,.]{2,30})(?: [^,;“”\"«»]{0,40})?\.$"
)
_CONTINUED = re.compile(
    r"\b(?:continued|continues|continue|went on|go on|goes on) to (?!say\b|insist|argue|stress"
    r"|warn|claim|maintain|deny|repeat|call\b|urge|demand)[a-z]+"
)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    statements = [f for f in found if isinstance(f, Statement)]
    if (
        not statements
        and not body_has(body, "!” ")
        and not body_has(body, "?” ")
        and not body_has(body, ", said the ")
    ):
        return found
    others = [f for f in found if not isinstance(f, Statement)]
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    if body_has(body, "” the ") or body_has(body, '" the '):
        _tail_role(doc, speakers, statements)
    if (
        body_has(body, ", said the ")
        or body_has(body, ", explained the ")
        or body_has(body, ", added the ")
    ):
        _inverted(doc, speakers, statements)
    if body_has(body, "“") or body_has(body, '"'):
        _product_names(doc, speakers, statements)
    if body_has(body, "continue") or body_has(body, "went on to"):
        statements = _continued(doc, speakers, statements)
    statements = _s24more.revise(doc, speakers, statements)
    return others + statements


def _sentence(doc: Document, speakers: _Lookup, s: Statement) -> tuple[int, int, str]:
    index = speakers.sentence_at(s.evidence.start)
    sentence = doc.sentences[index]
    return index, sentence.paragraph, sentence.text


def _follow(
    doc: Document, speakers: _Lookup, statements: list[Statement], i: int, old: str, new: str
) -> None:
    """Pronoun statements right after statement ``i`` in its paragraph that took ``old``."""
    index, paragraph, _ = _sentence(doc, speakers, statements[i])
    for j in range(i + 1, len(statements)):
        k, para, text = _sentence(doc, speakers, statements[j])
        if para != paragraph or k > index + 1:
            return
        if k == index:
            continue
        if statements[j].speaker == old and _PRONOUN.search(text) and old.split()[-1] not in text:
            statements[j] = replace(statements[j], speaker=new)
        index = k


def _tail_role(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "“Q,” the head of state declared" after a statement by a holder of the role."""
    for i, s in enumerate(statements):
        if i == 0 or s.mode != "direct":
            continue
        index, _, text = _sentence(doc, speakers, s)
        m = _TAIL_ROLE.search(text)
        if m is None:
            continue
        prior = statements[i - 1]
        p_index = speakers.sentence_at(prior.evidence.start)  # the paragraph before too
        if prior.speaker == s.speaker or p_index < index - 1:
            continue
        if len(prior.speaker.split()) < 2 or not _holds(doc, prior, m.group("r")):
            continue
        old = s.speaker
        statements[i] = replace(s, speaker=prior.speaker)
        _follow(doc, speakers, statements, i, old, prior.speaker)


def _holds(doc: Document, prior: Statement, role: str) -> bool:
    """Whether the prior speaker holds ``role``: by the speaker table or a title before."""
    title, table = _TITLES[role]
    if _TABLE_ROLES.get(prior.speaker, set()) & table:
        return True
    surname = re.escape(prior.speaker.split()[-1])
    before = doc.body[: prior.evidence.end]
    return (
        re.search(rf"\b(?:{title})[ \t]+(?:[A-Z][\w'’-]+[ \t]+){{0,3}}{surname}\b", before)
        is not None
    )


def _inverted(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "C, said the head of the X delegation, TITLE NAME.": NAME's."""
    added: list[Statement] = []
    for i, s in enumerate(statements):
        if not s.speaker[:1].islower():
            continue
        index, _, text = _sentence(doc, speakers, s)
        m = _INVERTED.search(text)
        if m is None or m.group("role").strip() != s.speaker:
            continue
        offset = doc.sentences[index].start + m.start("tail")
        who = speakers.named(m.group("tail"), offset)
        if who is None or who[:1].islower():
            continue
        old = s.speaker
        statements[i] = replace(s, speaker=who)
        _follow(doc, speakers, statements, i, old, who)
        for j in range(i + 1, min(i + 4, len(statements))):  # "he explained" given elsewhere
            k, _, later = _sentence(doc, speakers, statements[j])
            if k != index + 1 or not _PRONOUN.search(later) or statements[j].speaker == who:
                continue
            if statements[j].speaker.split()[-1] not in later and _s24more.no_person(later):
                statements[j] = replace(statements[j], speaker=who)
        added.extend(_next_pronoun(doc, speakers, statements, index, who))
    added.extend(_unread_inverted(doc, speakers, statements + added))
    statements.extend(added)
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))


def _unread_inverted(
    doc: Document, speakers: _Lookup, statements: list[Statement]
) -> list[Statement]:
    """ "C, said the spokesman for the navy, NAME." that no reader took: NAME's C, and the
    "he said" after it."""
    out: list[Statement] = []
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if ", said the " not in text and ", explained the " not in text:
            continue
        if any(sentence.start <= s.evidence.start < sentence.end for s in statements):
            continue
        m = _INVERTED.search(text)
        if m is None or not text[:1].isupper() or any(c in text for c in '“”"«»'):
            continue
        who = speakers.named(m.group("tail"), sentence.start + m.start("tail"))
        if who is None or who[:1].islower() or len(who.split()) < 2:
            continue
        clause = text[: m.start()]
        if len(clause.split()) < 4:
            continue
        evidence = Evidence(clause, sentence.start, sentence.start + len(clause))
        out.append(Statement(evidence, 0.6, who, "indirect", clause, "said"))
        out.extend(_next_pronoun(doc, speakers, statements + out, index, who))
    return out


def _next_pronoun(
    doc: Document, speakers: _Lookup, statements: list[Statement], index: int, who: str
) -> list[Statement]:
    """ "C, he added." right after, in the paragraph, that no reader took: ``who``'s C."""
    if index + 1 >= len(doc.sentences):
        return []
    sentence = doc.sentences[index + 1]
    if sentence.paragraph != doc.sentences[index].paragraph:
        return []
    if any(sentence.start <= s.evidence.start < sentence.end for s in statements):
        return []
    m = _PRONOUN_TAIL.match(sentence.text)
    if m is None:
        return []
    clause = m.group("c")
    evidence = Evidence(clause, sentence.start, sentence.start + len(clause))
    return [Statement(evidence, 0.6, who, "indirect", clause, m.group("v"))]


def _product_names(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "Kyiv had tested its “Flamingo” cruise missile, he said": the clause, no partial."""
    for i, s in enumerate(statements):
        if s.mode != "partial" or not _title_case(s.quote):
            continue
        index, _, text = _sentence(doc, speakers, s)
        at = text.find(s.quote)
        if at < 1:
            continue
        after = text[at + len(s.quote) + 1 :].split(" ", 2)
        if len(after) < 2 or after[0] or after[1].strip(",.") not in _NAME_NOUNS:
            continue
        cue = _TRAILING.search(text)
        if cue is None or cue.start() < at + len(s.quote) or not text[:1].isupper():
            continue
        start = doc.sentences[index].start
        clause = text[: cue.start()]
        if any(
            o.mode == "indirect" and o.evidence.start <= start + at < o.evidence.end
            for o in statements
        ):
            continue
        evidence = Evidence(clause, start, start + len(clause))
        statements[i] = replace(s, mode="indirect", quote=clause, evidence=evidence)


def _title_case(quote: str) -> bool:
    words = quote.split()
    return 0 < len(words) <= 3 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in words
    )


def _continued(doc: Document, speakers: _Lookup, statements: list[Statement]) -> list[Statement]:
    """Drop "C, the army has continued to strike ..." read as a trailing cue; re-read a
    trailing "X said" in that sentence as X's statement of the clause before it."""
    out: list[Statement] = []
    for s in statements:
        if s.mode != "indirect" or s.cue not in ("continued", "went on", "continues", "goes on"):
            out.append(s)
            continue
        index, _, text = _sentence(doc, speakers, s)
        start = doc.sentences[index].start
        tail = text[s.evidence.end - start :]
        if _CONTINUED.search(tail) is None and _CONTINUED.search(text) is None:
            out.append(s)
            continue
        cue = _TRAILING.search(text)
        if cue is None or _CONTINUED.search(cue.group("who")):
            continue
        who = speakers.named(cue.group("who"), start + cue.start("who"))
        if who is None:
            continue
        clause = text[: cue.start()]
        evidence = Evidence(clause, start, start + len(clause))
        out.append(replace(s, speaker=who, quote=clause, evidence=evidence, cue="said"))
    return out

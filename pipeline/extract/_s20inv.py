"""Romance verb-first attributions the sentence readers leave unread (statement round 20).

Literal translations of French, Italian, Spanish, Portuguese and Romanian agency copy keep
the source's inversion: the reported clause first, then the verb, an adjunct, and only then
the speaker, often a long title before the name (``dev_articles50``, ``dev_statements45``):

- "France will deliver ..., affirmed on Friday the minister of Europe and Foreign Affairs,
  Jean-Noël Barrot, a few hours after ..." (the name after the title speaks);
- "“C,” declared for his part the commissioner general of UNRWA, Philippe Lazzarini, who
  ..." (a quote: direct);
- "..., confirmed the Moncloa, which did not ...", "..., specified in a communiqué the
  government of North Kordofan, which ..." (a body speaks);
- "..., the spokesman of the Air Force ..., Yurii Ihnat, informed on the air of the
  telethon." (name first, the verb followed by a setting only).

A clause holding a quoted fragment mid-way gives the partial quote only (the annotators'
call: the attribution after it makes the fragment the statement). The sentence after a
speaker found here may carry on with "“C,” he affirmed ..., adding that D": the same
speaker's direct quote and indirect statement. Only sentences no statement covers are read,
each behind a literal test for one of the cue verbs.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Evidence, Finding, Statement, StatementMode

__all__ = ["added", "reads_inverted", "renamed"]

_VERBS = (
    "affirmed|declared|stated|announced|assured|confirmed|specified|indicated|informed|"
    "reported|added|underlined|stressed|explained|warned|noted|recalled|guaranteed|lamented|"
    "emphasi[sz]ed|communicated|clarified|insisted|observed|commented|asserted|maintained"
)
_INVERTED = re.compile(
    rf"(?P<p>,[”\"»]?|[”\"»],)[ \t](?P<verb>{_VERBS})"
    r"(?P<adj>(?:[ \t](?:on|in|at|during|this|last|late|early|also|again|later|then|besides"
    r"|today|yesterday)(?:[ \t](?!the[ \t])[\w'’-]+){0,4})?)"
    r"(?:,?[ \t](?:for[ \t](?:his|her|its|their)[ \t]part|in[ \t]turn|on[ \t](?:his|her|its"
    r"|their)[ \t]side),?)?"
    r"[ \t](?P<np>the[ \t][^,.;:“”\"«»]{2,90}?)(?=,|\.?[ \t]*$|[ \t]+(?:during|in[ \t]+(?:a|an"
    r"|its|his|her)|on[ \t]+the[ \t]+(?:sidelines|social)|at[ \t]+the[ \t]+end|interviewed"
    r"|quoted)[ \t])"
)
"""", VERB [adjunct] [for his part] the NP" after the clause (NP ends at a comma or the end)."""
_NAME_FIRST = re.compile(
    rf",[ \t](?P<np>the[ \t][^;:“”\"«»]{{2,120}}?),[ \t](?P<name>[A-Z][^,;]{{2,40}}),[ \t]"
    rf"(?P<verb>{_VERBS})[ \t](?:on|in|at|during)[ \t][^,;“”\"«»]{{2,60}}\.?[ \t]*$"
)
"""", the TITLE, NAME, VERB on the air of ..." (a setting after the verb, no clause)."""
_HEAD_WORDS = (
    "minister ministry government spokesman spokeswoman spokesperson president director head"
    " chief commissioner secretary mayor governor command army military police office"
    " presidency agency service inspectorate council administration prosecutor premier"
    " authorities general commander envoy ambassador delegation"
)
_SPEAKER_HEADS = frozenset(_HEAD_WORDS.split())
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]+")
_PARTICLES = frozenset({"de", "da", "del", "della", "di", "la", "le", "von", "van", "bin", "al"})
_MARKS = '"“”«»'
_PRONOUN_QUOTE = re.compile(
    r"[“\"«](?P<q>[^“”\"«»]{3,400})[”\"»],?[ \t](?:he|she)[ \t](?P<verb>[a-z]+ed)\b"
    r"(?:[^,;]*?,[ \t]adding[ \t]that[ \t](?P<add>[^;]{10,300}?))?\.?[ \t]*$"
)
_OF_PLACE = re.compile(
    r"(?P<head>[Gg]overnment|[Cc]ivil [Dd]efen[cs]e) of (?P<place>[A-Z][\w -]{2,30})$"
)
_BODY_LAST = re.compile(
    r",[ \t](?P<acc>according[ \t]to[ \t])?(?P<np>the[ \t](?:[A-Z][\w'’-]*[ \t](?:(?:for|of|on"
    r"|and)[ \t])?){1,6}[A-Z][\w'’-]*)(?:[ \t](?P<verb>reported|informed|announced|said|stated"
    r"|specified|communicated))?\.?[ \t]*$"
)
"""", according to the Civil Defence of Gaza." / ", the Inspectorate for Emergency
Situations Delta reported.": a body named in full, capitalised, closing the sentence."""


def added(
    doc: Document, speakers: SpeakerLookup, found: list[Finding], inverted: bool
) -> list[Finding]:
    """Statements for unattributed inverted sentences (and the pronoun quote after one);
    ``inverted`` is :func:`reads_inverted` of the body (else no sentence can read so)."""
    body = doc.body
    according = body_has(body, ", according to the ")
    if not inverted and not according and not any(body_has(body, v) for v in _BODY_VERBS):
        return []
    words = set(_SPACED_WORD.findall(body))  # one scan for all the verbs, not one each
    spaced = tuple(v for v, w in zip(_SPACED, _LITERALS, strict=True) if w in words)
    if not spaced and not according and not any(body_has(body, v) for v in _BODY_VERBS):
        return []
    covered = {speakers.sentence_at(f.evidence.start) for f in found if isinstance(f, Statement)}
    new: list[Finding] = []
    carried_to = -1
    for index, sentence in enumerate(doc.sentences):
        if index in covered or index == carried_to:
            continue
        text = sentence.text
        if spaced and any(v in text for v in spaced):
            read = None
            if inverted:
                read = _inverted(text, speakers, sentence.start) or _name_first(text, speakers)
        else:
            read = _body_last(text) if ", according to the " in text else None
        read = read or (_body_last(text) if text.endswith(_BODY_VERBS) else None)
        if read is None:
            continue
        speaker, clause_end, cue = read
        made = _statements(text, sentence.start, clause_end, speaker, cue)
        new.extend(made)
        if made and index + 1 < len(doc.sentences) and index + 1 not in covered:
            follow = doc.sentences[index + 1]
            new.extend(_pronoun_quote(follow.text, follow.start, speaker))
            carried_to = index + 1
    return new


_LITERALS = (
    *(v for v in _VERBS.split("|") if "[" not in v),
    "emphasised",
    "emphasized",
)
_SPACED = tuple(f" {v} " for v in _LITERALS)
"""The literals as whole words (built once, not per sentence)."""
_SPACED_WORD = re.compile(" (" + "|".join(sorted(_LITERALS, key=len, reverse=True)) + ")(?= )")
"""Each literal with a space either side, found in one pass (no sentence holds a verb the
body lacks): the lookahead leaves the closing space for the next word's opening one."""


_VERB_AFTER_MARK = re.compile(rf"[,”\"»][ \t](?:{_VERBS})")
"""What :data:`_INVERTED` and :data:`_NAME_FIRST` both need: a verb after a comma or a
closing quote and a blank. One search of the body rules out every sentence of most copy."""


def reads_inverted(body: str) -> bool:
    """False when no sentence of ``body`` can read as inverted or name-first (a slice of
    the body matches only what the body does)."""
    return _VERB_AFTER_MARK.search(body) is not None


def _inverted(text: str, speakers: SpeakerLookup, offset: int) -> tuple[str, int, str] | None:
    """(speaker, clause end, cue) of "C, VERB [adjunct] the NP[, NAME]", else None."""
    for match in _INVERTED.finditer(text):
        if len(text[: match.start()].split()) < 3:
            continue
        np = match.group("np").strip()
        rest = text[match.end() :]
        name = _name_after(rest)
        end = match.start() + (len(match.group("p")) if match.group("p") != "," else 0)
        if name is not None:
            who = speakers.named(name, offset + match.end())
            if who is not None:
                return who, end, match.group("verb")
            continue
        words = np.split()
        proper = words[1][:1].isupper()
        heads = {w.lower() for w in words[1:4] if w.lower() not in ("of", "for", "and")}
        if not proper and not heads & _SPEAKER_HEADS:
            continue
        if not proper and words[1].lower() in _SPEAKER_HEADS and len(words) == 2:
            continue  # "..., stressed the minister": a bare role, left to the pronoun readers
        bare = " ".join(words[1:])
        bare = _placed(bare)  # "the government of North Kordofan": "North Kordofan government"
        return speakers.named(bare, offset + match.start()) or bare, end, match.group("verb")
    return None


_ENCLAVE = re.compile(r"(?P<head>[Gg]overnment|[Cc]ivil [Dd]efen[cs]e) of the (?:enclave|Strip)$")


def _placed(bare: str) -> str:
    """ "government of North Kordofan" -> "North Kordofan government", "Civil Defence of
    the enclave" (Gaza's, in Gaza copy) -> "Gaza civil defence"; else ``bare``."""
    placed = _OF_PLACE.match(bare) or _ENCLAVE.match(bare)
    if placed is None:
        return bare
    place = placed.groupdict().get("place") or "Gaza"
    return f"{place} {placed.group('head').lower()}"


_BODY_VERBS = (" reported.", " informed.", " announced.", " stated.", " specified.")


def _body_last(text: str) -> tuple[str, int, str] | None:
    """(speaker, clause end, cue) of "C, according to the Civil Defence of Gaza." and "C,
    the Inspectorate for Emergency Situations Delta reported.", else None."""
    match = _BODY_LAST.search(text)
    if match is None or (match.group("acc") is None) == (match.group("verb") is None):
        return None
    if len(text[: match.start()].split()) < 4:
        return None
    bare = _placed(match.group("np")[4:])
    return bare, match.start(), match.group("verb") or "according to"


def _name_after(rest: str) -> str | None:
    """The personal name in ", NAME[, ...]" right after a title, else None."""
    if not rest.startswith(", "):
        return None
    for part in rest[2:].split(", ")[:2]:
        words = part.split()
        if 2 <= len(words) <= 5 and all(
            _NAME_WORD.fullmatch(w) or w in _PARTICLES or w.startswith("al-") for w in words
        ):
            return part.rstrip(".")
    return None


def _name_first(text: str, speakers: SpeakerLookup) -> tuple[str, int, str] | None:
    """(speaker, clause end, cue) of "C, the TITLE, NAME, VERB on the air of ...", else None."""
    match = _NAME_FIRST.search(text)
    if match is None or len(text[: match.start()].split()) < 3:
        return None
    who = speakers.named(match.group("name"), 0)
    return (who, match.start(), match.group("verb")) if who is not None else None


def _statements(text: str, offset: int, end: int, speaker: str, cue: str) -> list[Finding]:
    """The direct, partial or indirect statement(s) of the clause ``text[:end]``."""
    clause = text[:end].strip()
    evidence = Evidence(text, offset, offset + len(text))
    marks = [i for i, ch in enumerate(clause) if ch in _MARKS]
    if not marks:
        return [_statement(evidence, speaker, "indirect", clause, cue, 0.75)]
    if len(marks) == 2 and marks[0] == 0 and marks[1] >= len(clause) - 2:
        inner = clause[1 : marks[1]]
        return [_statement(evidence, speaker, "direct", inner, cue, 0.8)]
    found: list[Finding] = []
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inner = clause[a + 1 : b]
        if len(inner.split()) >= 2:
            found.append(_statement(evidence, speaker, "partial", inner, cue, 0.7))
    return found


def _statement(
    evidence: Evidence, speaker: str, mode: StatementMode, quote: str, cue: str, conf: float
) -> Statement:
    return Statement(
        evidence=evidence, confidence=conf, speaker=speaker, mode=mode, quote=quote, cue=cue
    )


def _pronoun_quote(text: str, offset: int, speaker: str) -> list[Finding]:
    """ "“C,” he affirmed before the press, adding that D." after the speaker's sentence."""
    match = _PRONOUN_QUOTE.match(text)
    if match is None:
        return []
    evidence = Evidence(text, offset, offset + len(text))
    verb = match.group("verb")
    found: list[Finding] = [_statement(evidence, speaker, "direct", match.group("q"), verb, 0.75)]
    if match.group("add"):
        found.append(_statement(evidence, speaker, "indirect", match.group("add"), "adding", 0.7))
    return found


def renamed(
    doc: Document, speakers: SpeakerLookup, found: list[Finding], inverted: bool
) -> list[Finding]:
    """Roles the readers kept unresolved in an inverted sentence ("minister of foreign
    affairs" for "..., announced the minister of ..., NAME") become NAME, in that sentence
    and the later statements they gave that role; a mid-clause quote leaves the partial.
    ``inverted`` is :func:`reads_inverted` of the body."""
    names: dict[str, str] = {}
    revised: list[Finding] = []
    for f in found:
        carried = isinstance(f, Statement) and f.cue is None and f.mode != "indirect"
        fragment = isinstance(f, Statement) and f.mode == "indirect" and _has_marks(f.quote)
        if not isinstance(f, Statement) or (
            f.speaker[:1].isupper() and not carried and not fragment
        ):
            revised.append(f)
            continue
        new = names.get(f.speaker)
        sentence = doc.sentences[speakers.sentence_at(f.evidence.start)]
        read = None
        if new is None and inverted:
            read = _inverted(sentence.text, speakers, sentence.start)
        if read is not None and carried:
            if read[0] != f.speaker and sentence.text[:1] in _MARKS:  # "“C,” declared for
                revised.extend(_statements(sentence.text, sentence.start, read[1], *read[::2]))
                continue  # his part the commissioner ..., NAME": NAME's, not the carried one
            revised.append(f)
            continue
        if read is not None and fragment and read[0] == f.speaker:
            revised.extend(_statements(sentence.text, sentence.start, read[1], *read[::2]))
            continue  # "C “fragment” C, affirmed on Friday the minister, NAME": the partial
        if read is not None and read[0] != f.speaker:
            new = names[f.speaker] = read[0]
            if f.mode == "indirect" and _has_marks(f.quote):
                clause = sentence.text[: read[1]]
                revised.extend(_statements(clause, sentence.start, read[1], new, read[2]))
                continue
        if new is None and _placed(f.speaker) != f.speaker:
            new = _placed(f.speaker)
        revised.append(f if new is None else _renamed(f, new))
    return revised


def _has_marks(text: str) -> bool:
    return any(m in text for m in _MARKS)


def _renamed(statement: Statement, speaker: str) -> Statement:
    return Statement(
        evidence=statement.evidence,
        confidence=statement.confidence,
        speaker=speaker,
        mode=statement.mode,
        quote=statement.quote,
        cue=statement.cue,
    )

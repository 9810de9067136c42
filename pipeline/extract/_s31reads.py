"""More shapes of literal Romance copy read by statement round 31 (``dev_articles64``).

- A headline "Ukraine, the decree divides the majority. Conte: «Q»" (the body's first
  paragraph, short, with no closing full stop) is no statement, as the written convention
  says of standalone headlines;
- "«A» and an agreement «B». So the spokesman of the Kremlin, NAME, speaking to ..." (the
  Italian "Così"): the fragments of the sentence before are NAME's partials;
- "«Q», added the head of Romanian diplomacy, who announced that C": the role's holder says
  Q and C;
- "The cardinal recalled that the Holy See «...»" right after a person spoke: that person,
  not a body named inside the clause;
- "C, according to the civil defence of Gaza / of the Strip" is the Gaza civil defence's;
- a "+++"-less ticker entry opening "Update, 7:30 am: According to Governor NAME, C" is
  NAME's C (not the stamp's), and "According to the report, C" after "Update, 9:40 am: The
  X has published its daily figures" is X's;
- "In Kyiv, NAME saluted a «F» from Paris": NAME's partial (the annotators' call for
  "saluted / hailed / welcomed / praised a «...»").

Every reader starts with a literal test of the body or the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._s23roles import resolve
from pipeline.extract._s29reads import is_person, name_in, overlapping, person_speakers
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
_HEADLINE_QUOTE = re.compile(r"(?:^|[.,][ \t]+)[A-Z][\w'’ -]{1,40}:[ \t]+[«„“\"]")
_SO = re.compile(
    r"^So[ \t]+(?:the[ \t]+[a-z][^,;«»“”„\"]{2,60},[ \t]+)?(?P<n>" + _NAME + r")"
    r"(?:,|\.|[ \t]+(?:speaking|in|at|during|on|to)\b)"
)
_FRAGMENT = re.compile(r"[«„“\"](?P<q>[^«»“”„\"]{3,120})[»”“\"]")
_WHO_ANNOUNCED = re.compile(
    r"^[«„“\"](?P<q>[^«»“”„\"]{8,})[»”“\"],?[ \t]+(?P<v>[a-z]+ed|said)[ \t]+(?P<role>the[ \t]+"
    r"[a-z][^,;«»“”„\"]{2,60}?),[ \t]+who[ \t]+(?P<w>[a-z]+ed|said)[ \t]+that[ \t]+"
    r"(?P<c>[^;]{8,}?)\.?$"
)
_ROLE_CLAUSE = re.compile(
    r"^The[ \t]+(?:cardinal|pontiff|minister|premier|diplomat|general|chancellor|prelate"
    r"|vice-premier|head[ \t]+of[ \t]+state)[ \t]+(?:also[ \t]+|then[ \t]+)?[a-z]+ed[ \t]+that"
    r"[ \t]+(?P<c>.{8,})$"
)
_UPPER = "A-ZĂÂÎȘȚŞŢÉÈÓÖŁŚŻŹČŠŽ"
_FM = re.compile(
    r"(?:[Ff]oreign [Mm]inister|[Mm]inister (?:for|of) (?:Europe and )?Foreign Affairs),? "
    r"(?P<name>[" + _UPPER + r"][\w'’-]+(?: [" + _UPPER + r"][\w'’-]+){1,2})"
)
_SALUTED = re.compile(
    r"^(?:(?:In|From)[ \t]+[A-Z][\w'’-]+,[ \t]+)?(?P<n>" + _NAME + r")[ \t]+(?:also[ \t]+)?"
    r"(?:saluted|hailed|welcomed|praised)[ \t]+"
    r"(?:an?|the)[ \t]+[«„“](?P<q>[^«»“”„\"]{3,80})[»”“]"
)
_STAMP = re.compile(r"^Update,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?:[ \t]+")
_STAMP_ACCORDING = re.compile(
    r"According[ \t]+to[ \t]+(?:(?:Governor|Mayor|Minister|President|spokesman|spokeswoman)"
    r"[ \t]+)?(?P<n>" + _NAME + r"),[ \t]+(?P<c>[^«»“”„\"]{8,}?)\.?$"
)
_PUBLISHED = re.compile(
    r"(?:The|the)[ \t]+(?P<b>(?:[A-Z][\w'’-]+[ \t]+){1,3}?[A-Z][\w'’-]+)[ \t]+"
    r"(?:has[ \t]+)?(?:published|released|presented)[ \t]+its[ \t]+"
)
_CIVIL = re.compile(
    r"^(?P<c>[^«»“”„\"]{8,}?),[ \t]+according[ \t]+to[ \t]+the[ \t]+civil[ \t]+defen[cs]e"
    r"[ \t]+of[ \t]+(?:Gaza|the[ \t]+Gaza[ \t]+Strip|the[ \t]+Strip|the[ \t]+enclave)\.?$"
)


def revise(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with this module's shapes read."""
    body = doc.body
    if body_has(body, "\n\n") and ":" in body[:200]:
        statements = _headline(body, statements)
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        start, end = sentence.start, sentence.end
        if (
            "«" in text
            and (m := _SALUTED.match(text))
            and not any(m.group("q") in s.quote for s in overlapping(statements, start, end))
        ):
            who = name_in(speakers, m.group("n"))
            if is_person(who):
                new = new_statement(text, start, who, "partial", m.group("q"), "saluted")
                statements = [*statements, new]
        if text.startswith("Update") and (m := _STAMP.match(text)):
            statements = _stamped(doc, speakers, statements, index, m.end())
        if text.startswith("So ") and index and (m := _SO.match(text)):
            statements = _so(doc, speakers, statements, index, m)
        elif " who " in text and (m := _WHO_ANNOUNCED.match(text)):
            role: str | None = resolve(doc, speakers, m.group("role"), start)
            role = role or _minister(doc, speakers, m, start)
            if role is None or not is_person(role):
                continue
            old = overlapping(statements, start, end)
            statements = [s for s in statements if s not in old] + [
                new_statement(text, start, role, "direct", m.group("q"), m.group("v")),
                new_statement(text, start, role, "indirect", m.group("c"), m.group("w")),
            ]
        elif text.startswith("The ") and index and (m := _ROLE_CLAUSE.match(text)):
            prior = person_speakers(doc, speakers, statements, index, 1)
            if not prior:
                continue
            clause = m.group("c")
            statements = [
                replace(s, speaker=prior[-1])
                if start <= s.evidence.start < end
                and s.speaker != prior[-1]
                and s.speaker in clause[:80]
                else s
                for s in statements
            ]
        elif "civil defen" in text and (m := _CIVIL.match(text)):
            old = overlapping(statements, start, end)
            if all(s.speaker != "Gaza civil defence" for s in old):
                new = new_statement(
                    text, start, "Gaza civil defence", "indirect", m.group("c"), "according to"
                )
                statements = [s for s in statements if s not in old] + [new]
    return statements


def _minister(doc: Document, speakers: Speakers, m: re.Match[str], at: int) -> str | None:
    """The foreign minister titled before ``at`` (names with Romanian or Polish capitals)."""
    if "diplomacy" not in m.group("role"):
        return None
    last = None
    for f in _FM.finditer(doc.body, 0, at):
        last = f.group("name")
    return name_in(speakers, last) if last is not None else None


def _stamped(
    doc: Document, speakers: Speakers, statements: list[Statement], index: int, cut: int
) -> list[Statement]:
    """A ticker entry "Update, 7:30 am: According to Governor NAME, C": NAME's C, not the
    stamp; "According to the report, C" after "The X has published its figures": X's."""
    sentence = doc.sentences[index]
    text, start, end = sentence.text.rstrip(), sentence.start, sentence.end
    m = _STAMP_ACCORDING.match(text, cut)
    if m is not None:
        who = name_in(speakers, m.group("n"))
        old = overlapping(statements, start, end)
        if is_person(who) and not any(s.speaker == who and s.quote == m.group("c") for s in old):
            new = new_statement(text, start, who, "indirect", m.group("c"), "according to")
            statements = [s for s in statements if s not in old] + [new]
        return statements
    published = _PUBLISHED.match(text, cut)
    if published is None or index + 1 >= len(doc.sentences):
        return statements
    after = doc.sentences[index + 1]
    who = speakers.canonical(published.group("b"))
    return [
        replace(s, speaker=who)
        if after.start <= s.evidence.start < after.end and s.speaker == "Update"
        else s
        for s in statements
    ]


def _headline(body: str, statements: list[Statement]) -> list[Statement]:
    """Statements read off a headline "..., NAME: «Q»" opening the body."""
    first = body.split("\n\n", 1)[0]
    stripped = first.rstrip()
    if (
        len(stripped) > 170
        or stripped.endswith((".", "!", "?", ".»", ".”", '."'))
        or "\n" in stripped
        or _HEADLINE_QUOTE.search(stripped) is None
        or body.count("\n\n") < 2
    ):
        return statements
    return [s for s in statements if s.evidence.start >= len(first)]


def _so(
    doc: Document,
    speakers: Speakers,
    statements: list[Statement],
    index: int,
    m: re.Match[str],
) -> list[Statement]:
    """ "The talks «advance slowly». So the spokesman of the Kremlin, NAME, speaking ...":
    the fragments before are NAME's partials."""
    before = doc.sentences[index - 1]
    if overlapping(statements, before.start, before.end):
        return statements
    who = name_in(speakers, m.group("n"))
    if not is_person(who):
        return statements
    text = before.text.rstrip()
    fragments = [f.group("q") for f in _FRAGMENT.finditer(text)]
    return statements + [
        new_statement(text, before.start, who, "partial", q.rstrip(".,"), "so") for q in fragments
    ]

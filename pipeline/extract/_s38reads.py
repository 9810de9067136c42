"""Statement shapes no earlier reader builds (statement round 38, ``dev_statements63``).

Each reader here builds a statement the cue reader never saw, for a sentence (or a pair of
sentences) that no statement covers yet:

- "«Q». With these words X opened the fair.": the quote just before is X's (Italian and
  German copy name the speaker after the quote this way, in the next sentence);
- "For its part, X affirmed to have VP-ed": the translated perfect infinitive after the
  side-switching opener (round 37 read it only after a present verb);
- "The charity X says it has ...", "Caritas Ukraine says C": an organisation named with a
  describing noun before it, or a national branch (a name ending in a country);
- "“Enough!” – the governor wrote.": a quote closed by "!" or "?" and a dash, then a title
  (the splitter cuts the sentence after the mark, so the dash reader never sees the pair);
- "A poll by X in June found that C": the pollster, with a date or a lower-case word of
  the name ("Infratest dimap") between it and the verb;
- "C, according to the head of the city, NAME, who reported ...": the relative after the
  source made the cue reader drop the sentence;
- "said that A, and called the shooting «F»": the reported clause ends before ", and called"
  and the quoted words are the subject's partial (``dev_statements62``).

Every reader starts with a literal test of the sentence or the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract._lexicon import COUNTRIES
from pipeline.extract._s29reads import Overlaps, name_in, overlapping
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["read"]

_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|de|da|von|der|al|bin))*"
_WORDS = re.compile(
    r"[«“\"„][ \t]*(?P<q>[^«»“”\"„\n]{3,300}?)[ \t]*[»”\"“][ \t]*\.?[ \t]+With[ \t]+(?:these|those"
    r"|such)[ \t]+words,?[ \t]+(?P<who>[^.,;\n]{3,80}?(?:,[ \t]+" + _NAME + r",)?)[ \t]+"
    r"(?:opened|began|started|closed|concluded|ended|greeted|welcomed|addressed|wrapped[ \t]+up"
    r"|summed[ \t]+up|kicked[ \t]+off|launched|inaugurated|introduced)\b"
)
_PART = re.compile(
    r"^For[ \t]+(?:its|his|her|their)[ \t]+part,[ \t]+(?P<who>[^;]{3,90}?),?[ \t]+"
    r"(?:affirmed|affirms|claimed|claims|declared|declares|asserted|asserts|maintained"
    r"|maintains|stated|states|said|says|assured|assures|insisted|insists|announced"
    r"|announces|reported|reports|boasted|boasts)[ \t]+(?P<c>to[ \t]+have[ \t]+[a-z][^;]{6,}?)"
    r"\.?$"
)
_DESCRIBED = (
    r"charity|aid[ \t]+group|aid[ \t]+agency|aid[ \t]+organi[sz]ation|humanitarian[ \t]+"
    r"(?:group|organi[sz]ation)|rights[ \t]+group|human[ \t]+rights[ \t]+group|NGO|non-profit"
    r"|nonprofit|relief[ \t]+group|volunteer[ \t]+group|foundation|organi[sz]ation|watchdog"
)
_ORG_SAYS = re.compile(
    r"^(?:The[ \t]+(?P<d>"
    + _DESCRIBED
    + r")[ \t]+)?(?P<n>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*"
    r"|for|of|the|sans|without|and))*?)[ \t]+(?:says|said)[ \t]+(?:that[ \t]+)?"
    r"(?P<c>[a-z0-9][^;]{10,}?|[A-Z][^;]{10,}?)\.?$"
)
_DASHED = re.compile(
    r"[«“\"„][ \t]*(?P<q>[^«»“”\"„\n]{1,200}?[!?])[ \t]*[»”\"“][ \t]*[–—-][ \t]+(?P<who>the[ \t]+"
    r"[a-z][\w -]{2,60}?(?:,[ \t]+" + _NAME + r",)?)[ \t]+(?:wrote|said|posted|added|urged"
    r"|stressed|exclaimed|declared|noted|warned|tweeted|insisted|appealed)\b"
)
_POLL = re.compile(
    r"^(?:An?|The)[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:poll|survey|study)[ \t]+(?:(?:conducted|carried"
    r"[ \t]+out|commissioned)[ \t]+)?by[ \t]+(?:the[ \t]+)?"
    r"(?P<n>[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,6}?)"
    r"(?:[ \t]+(?:in|on|at|last|this|earlier|published|released|among|for)\b[^,]{0,50}?)?"
    r",?[ \t]+(?:has[ \t]+)?(?:found|finds|showed|shows|suggested|suggests|indicated|indicates)"
    r"[ \t]+(?:that[ \t]+)?(?P<c>[^;]{8,}?)\.?$"
)
_ACC_REL = re.compile(
    r"^(?P<c>[^;]{12,}?),[ \t]+according[ \t]+to[ \t]+(?P<who>[^;]{3,90}?),[ \t]+(?:who|which)"
    r"[ \t]+[a-z]"
)
_DATELINE = re.compile(r"^[A-Z][\w'’ ,.()/-]{2,50}?[ \t][-–—][ \t]+(?=[A-Z0-9])")
_GAZA_BODY = re.compile(
    r"(?i)^(?:the[ \t]+)?civil[ \t]+defen[cs]e[ \t]+of[ \t]+the[ \t]+(?:enclave|strip)$"
)
_CALLED = re.compile(
    r",?[ \t]+and[ \t]+(?:called|described|termed|branded|labell?ed)[ \t]+[^«“\"]{0,60}?"
    r"(?:as[ \t]+)?[«“\"][ \t]*(?P<f>[^«»“”\"]{3,80}?)[ \t]*[»”\"]\.?$"
)
_PERSON = r"[A-Z][\w'’.-]+(?:[ \t]+(?:(?:al|el|bin|abu)-)?[A-Z][\w'’.-]+)+"
_POINTING = re.compile(
    r"^(?:[A-Z][a-z]+,[ \t]+)?(?P<who>(?:[Tt]he[ \t]+)?[^,;]{3,60}?,[ \t]+"
    + _PERSON
    + r",|"
    + _PERSON
    + r")[ \t]+[a-z]+(?:ed|t)\b[^;,]{0,80},[ \t]+(?:pointing[ \t]+out|noting|stressing|underlining"
    r"|explaining|recalling)[ \t]+that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_AIRPORT_SAID = re.compile(
    r"^[A-Z][a-z]+(?:'s|’s)[ \t]+(?P<n>[A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?[ \t]+airport)[ \t]+"
    r"(?:said|says|reported|announced|warned|wrote)[ \t]+(?:that[ \t]+)?(?P<c>[^;]{8,}?)\.?$"
)
_COUNTRY_NAMES = frozenset(name.title() for name in COUNTRIES) | {"UK", "USA", "US"}


def read(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with this round's shapes added (an overlapping reading of the same
    quote by the plain reader is replaced)."""
    body = doc.body
    if body_has(body, "With th") or body_has(body, "With such"):
        for m in _WORDS.finditer(body):
            who = _who(speakers, m.group("who"), m.start("who"))
            statements = _put(statements, body, who, "with these words", m)
    if body_has(body, "!") or body_has(body, "?"):
        for m in _DASHED.finditer(body):
            who = _who(speakers, m.group("who"), m.start("who"))
            statements = _put(statements, body, who, "wrote", m)
    if body_has(body, " and "):
        statements = _split_called(statements)
    overlaps = Overlaps(doc.sentences)
    for index, sentence in enumerate(doc.sentences):
        start = sentence.start
        if not overlaps.of(statements, index):
            found = _reading(speakers, sentence.text.rstrip(), start)
            if found is not None:
                statements = [*statements, found]
    return statements


def _reading(speakers: Speakers, text: str, start: int) -> Statement | None:
    """The statement one of this round's sentence shapes reads in ``text``, else None."""
    if text.startswith("For ") and (part := _PART.match(text)) is not None:
        who = _who(speakers, part.group("who"), start + part.start("who"))
        if not who:
            return None
        return new_statement(text, start, who, "indirect", part.group("c"), "affirmed")
    if " sa" in text and (says := _ORG_SAYS.match(text)) is not None:
        name = says.group("n")
        if says.group("d") or (len(name.split()) >= 2 and name.split()[-1] in _COUNTRY_NAMES):
            who = speakers.named(name, start) or name
            return new_statement(text, start, who, "indirect", says.group("c"), "says")
        return None
    if (" poll " in text or " survey " in text) and (poll := _POLL.match(text)) is not None:
        who = speakers.named(poll.group("n"), start) or poll.group("n")
        return new_statement(text, start, who, "indirect", poll.group("c"), "found")
    if ", according to " in text and (acc := _ACC_REL.match(text)) is not None:
        who = _who(speakers, acc.group("who"), start + acc.start("who"))
        clause = acc.group("c")
        if (line := _DATELINE.match(clause)) is not None:
            clause = clause[line.end() :]  # "Jerusalem, correspondence - C"
        if not who or len(clause.split()) < 3:
            return None
        return new_statement(text, start, who, "indirect", clause, "according to")
    if " that " in text and (point := _POINTING.match(text)) is not None:
        who = _who(speakers, point.group("who"), start + point.start("who"))
        if who and (", " in point.group("who") or speakers.named(who, start)):
            return new_statement(text, start, who, "indirect", point.group("c"), "pointing out")
        return None
    if " airport " in text and (port := _AIRPORT_SAID.match(text)) is not None:
        return new_statement(text, start, port.group("n"), "indirect", port.group("c"), "said")
    return None


def _who(speakers: Speakers, phrase: str, offset: int) -> str:
    """The person or body ``phrase`` names: an apposed name, else what the registry resolves
    (a bare title to the holder named before), else the phrase without its article."""
    phrase = phrase.strip().rstrip(",")
    if _GAZA_BODY.match(phrase):
        return "Gaza civil defence"  # the convention of ``_s20inv``
    if ", " in phrase:
        return name_in(speakers, phrase.split(", ")[1].strip())
    named = speakers.named(phrase, offset)
    if named:
        return named
    words = phrase.split()
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) >= 2 and words[-1] == caps[-1]:
        return name_in(speakers, " ".join(caps))
    return speakers.canonical(phrase)


def _put(
    statements: list[Statement], body: str, who: str, cue: str, m: re.Match[str]
) -> list[Statement]:
    """``statements`` with the quote ``m`` read as ``who``'s (an overlapping reading of the
    same words replaced)."""
    start, end = m.start(), m.end()
    if not who:
        return statements
    quote = m.group("q").strip()
    if any(s.quote.strip() == quote and s.speaker == who for s in statements):
        return statements
    old = [s for s in overlapping(statements, start, end) if s.quote.strip() == quote]
    new = new_statement(body[start:end], start, who, "direct", quote, cue)
    return [s for s in statements if s not in old] + [new]


def _split_called(statements: list[Statement]) -> list[Statement]:
    """ "A, and called the shooting «F»" inside an indirect clause: A, and the partial F."""
    out: list[Statement] = []
    for s in statements:
        m = _CALLED.search(s.quote) if s.mode == "indirect" and "and " in s.quote else None
        if m is None or m.start() < 12:
            out.append(s)
            continue
        out.append(replace(s, quote=s.quote[: m.start()].rstrip(" ,")))
        out.append(replace(s, mode="partial", quote=m.group("f").strip(), cue="called"))
    return out

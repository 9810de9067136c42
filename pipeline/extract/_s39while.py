"""Speakers across ", while" and after a pronoun in literal Romance copy (statement round
39, ``dev_articles68`` / ``dev_statements64``; split from ``_s39post``).

- "X accused the government of «F», while the leader of Y, NAME, declared that «G»": F is
  X's and G is NAME's (the sentence readers gave both fragments to one of them); "while for
  the PARTY the text goes «F»" is the party's; "X judged that C «F», while NAME was more
  cautious: «Q»" is X's partial F and NAME's direct Q;
- "C. «Q», he joked." after a clause this round read (the sentence readers had credited the
  quote before that clause existed): the clause's speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract._s39roles import subject_of
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["PRONOUN_QUOTE", "pronoun_after", "while_split"]

_RUN = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+(?:[ \t]+(?:de|da|von|der|al|van|di)?[ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)*"

_WHILE = re.compile(
    r",[ \t]+while[ \t]+(?:for[ \t]+)?(?P<s>(?:[Tt]he[ \t]+[^,«»]{2,60}?,[ \t]+)?"
    r"(?:[Tt]he[ \t]+(?:[A-Za-z-]+[ \t]+){1,4}?)?" + _RUN + r")(?:,|[ \t]+(?=[a-z]))"
)


_JUDGING = re.compile(
    r"\b(?:accused|described|called|denounced|judged|reproached|critici[sz]ed|considered"
    r"|qualified|branded|mocked|hailed|welcomed|spoke[ \t]+of)\b"
)
_WHILE_FOR = re.compile(
    r",[ \t]+while[ \t]+for[ \t]+(?:the[ \t]+)?(?P<s>[A-ZÀ-Ž][^,«»]{1,40}?)[ \t]+"
    r"(?=(?:the|its|this|it|a)[ \t])"
)


def while_split(
    speakers: Speakers, statements: list[Statement], text: str, start: int
) -> list[Statement]:
    """ "X VERB «F», while Y VERB «G»": G is Y's; "while Y was more cautious: «Q»" Y's Q."""
    m = _WHILE_FOR.search(text) or _WHILE.search(text)
    if m is None:
        return statements
    cut = start + m.end()
    here = overlapping(statements, start, start + len(text))
    run = m if m.re is _WHILE_FOR else re.search(_RUN + r"$", m.group("s"))
    if run is None:  # "while for the Rassemblement national the text goes": the party
        return statements
    words = run.group(0).split()
    who = (
        (speakers.named(" ".join(words[-2:]), cut) if len(words) >= 3 else None)
        or speakers.named(run.group(0), cut)
        or (name_in(speakers, run.group(0)) if len(words) >= 2 else run.group(0))
    )
    before = {s.speaker for s in here if text.find("«" + s.quote) > m.end()} - {who}
    first = {s.speaker for s in here if 0 <= text.find("«" + s.quote) < m.start()} - {who}
    first_who = next(iter(first | before)) if len(first | before) == 1 else None
    if first_who is None:
        first_who = subject_of(speakers, text, start)
    out = list(statements)
    for s in here:
        at = text.find("«" + s.quote)
        if s.mode != "partial" or at < 0:
            continue
        if at > m.end() and s.speaker != who:
            out[out.index(s)] = replace(s, speaker=who)
        elif at < m.start() and s.speaker == who and first_who is not None:
            out[out.index(s)] = replace(s, speaker=first_who)
    if first_who is not None and _JUDGING.search(text, 0, m.start()):
        for f in re.finditer(r"«[ \t]*(?P<f>[^«»]{2,80}?)[ \t]*»", text[: m.start()]):
            if not any(f.group("f") in x.quote for x in here):
                out.append(new_statement(text, start, first_who, "partial", f.group("f"), "while"))
    colon = re.search(r":[ \t]+«[ \t]*(?P<q>[^«»]{8,}?)[ \t]*»\.?$", text[m.end() :])
    if colon is not None and is_person(who):
        q = colon.group("q")
        gone = [s for s in here if s.mode == "indirect" and q in s.quote]
        keep = [s for s in out if s not in gone]
        frag = list(re.finditer(r"«[ \t]*(?P<f>[^«»]{2,80}?)[ \t]*»", text[: m.start()]))
        if gone and frag and text[: m.start()].endswith("»"):
            piece = frag[-1].group("f")
            if piece in gone[0].quote and not any(x.quote == piece for x in keep):
                keep.append(replace(gone[0], mode="partial", quote=piece))
        if not any(x.quote == q for x in keep):
            keep.append(new_statement(text, start, who, "direct", q, "colon"))
        return keep
    return out


PRONOUN_QUOTE = re.compile(
    r"^«[ \t]*(?P<q>[^«»]{8,}?)[ \t]*»,?[ \t]+(?P<p>he|she)[ \t]+[a-z]+(?:ed|d)\b"
)


def pronoun_after(doc: Document, statements: list[Statement], index: int) -> list[Statement]:
    """ "C. «Q», he joked." after a clause this round read: Q is that clause's speaker's."""
    sentence, prev = doc.sentences[index], doc.sentences[index - 1]
    if "\n\n" in doc.body[prev.start : sentence.start]:
        return statements
    before = {
        s.speaker for s in overlapping(statements, prev.start, prev.end) if s.confidence == 0.75
    }
    if len(before) != 1 or not is_person(who := next(iter(before))):
        return statements
    here = [s for s in overlapping(statements, sentence.start, sentence.end) if s.mode == "direct"]
    if not here and (m := PRONOUN_QUOTE.match(sentence.text)) is not None:
        new = new_statement(sentence.text, sentence.start, who, "direct", m.group("q"), "he")
        return [*statements, new]  # no antecedent was known when the sentence was read
    if len(here) != 1 or here[0].speaker == who:
        return statements
    return [replace(s, speaker=who) if s is here[0] else s for s in statements]

"""Soldiers introduced by their call sign (statement round 46, ``dev_articles74``).

Front reports name a soldier only by the call sign he goes by ("A company commander ..., who
goes by his call sign „Kit“, describes the situation as critical. The Russians were
attacking in small groups, he says. „...“"). The pronoun of "he says" used to take the last
person named before (the regional governor two paragraphs up), and a "„...“ she says" with
no name before it had no speaker at all. The call sign is the person's name for the rest of
its paragraph: statements there whose speaker is not named again after the introduction are
the call sign's, and a pronoun-cued quote or clause left unread becomes one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import overlapping
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["call_signs"]

_INTRO = re.compile(
    r"(?:call[ \t-]?sign|callsign|nom[ \t]+de[ \t]+guerre)(?:[ \t]+(?:as|is|of))?[ \t]*,?[ \t]*"
    r"[«„“\"‘]?(?P<n>[A-Z][\w'’-]{1,20})[»“”\"’]?(?![\w-])"
)
_SAYS = r"(?:he|she)[ \t]+(?:says|said|adds|added|explains|explained|recalls|recalled)"
_QUOTE_SAYS = re.compile(r"^[„“«\"](?P<q>[^„“”«»\"]{3,300}?)[“”»\"],?[ \t]+" + _SAYS + r"\.?$")
_CLAUSE_SAYS = re.compile(r"^(?P<c>[A-Z][^;„“”«»\"]{8,}?),[ \t]+" + _SAYS + r"\.?$")


def call_signs(doc: Document, speakers: Speakers, out: list[Statement]) -> list[Statement]:
    """``out`` with the statements of a paragraph after a call-sign introduction credited
    to the call sign."""
    body = doc.body
    for m in _INTRO.finditer(body):
        name = m.group("n")
        k = speakers.sentence_at(m.start())
        paragraph = doc.sentences[k].paragraph
        last = k
        while last + 1 < len(doc.sentences) and doc.sentences[last + 1].paragraph == paragraph:
            last += 1
        end = doc.sentences[last].end
        renamed = []
        for t in out:
            at = t.evidence.start
            if m.end() <= at < end and t.speaker.split()[-1] not in body[m.end() : t.evidence.end]:
                t = replace(t, speaker=name)
            renamed.append(t)
        out = renamed
        for s in doc.sentences[k + 1 : last + 1]:
            text = s.text.rstrip()
            if overlapping(out, s.start, s.end) or (" he " not in text and " she " not in text):
                continue
            if q := _QUOTE_SAYS.match(text):
                out.append(new_statement(text, s.start, name, "direct", q.group("q"), "says"))
            elif c := _CLAUSE_SAYS.match(text):
                out.append(new_statement(text, s.start, name, "indirect", c.group("c"), "says"))
    return out

"""Round n66's casualty revision (helper h_fix_n66, ``dev_numeric115``), hooked last in
:func:`pipeline.extract._n28cas.revise`.

The real-text set ``real18`` (studied, never copied) showed two regional tolls told after
a first toll whose dead no reader took, so only the injured of the clause were kept:

- "(the X region was also hit ...,) claiming N more lives and leaving / injuring M people":
  "claiming N lives" is read, but "N more lives" was left as an increment. In a sentence
  that moves to another place ("also", "Outside ...", "Elsewhere ...") it is that place's
  toll: killed N, joined to the injured of the same clause;
- "(Elsewhere,) another person was killed and M injured in X" opening a sentence after a
  counted toll: the written "another" rule (one more person of that group) was read only
  inside the toll's own sentence. With a counted toll in the one or two sentences before
  it, the person is killed 1, joined to the M injured of the clause. With no counted toll
  before it, "another" stays no count, as the rule says.

A literal gate per document and per sentence runs before each regex; the records tested
are those of the sentence only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n66late
from pipeline.extract._barestrike import bare_casualty, merged, one_count
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_N = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
_MORE_LIVES = re.compile(
    r"\bclaiming\s+(?:at\s+least\s+)?(?P<q>" + _N + r")\s+more\s+li(?:ves|fe)\b"
)
_ELSEWHERE = re.compile(r"\balso\b|^(?:Outside|Elsewhere|In\s+another)\b")
_ANOTHER = re.compile(
    r"\b[Aa]nother\s+(?:person|resident|civilian)\s+(?:was|has\s+been)\s+killed\s+and\s+"
    r"(?P<q>" + _N + r")\s+(?:others\s+|people\s+)?(?:were\s+|have\s+been\s+)?"
    r"(?:injured|wounded|hurt)\b"
)


def _injured_only(found: list[Finding], start: int, end: int) -> int:
    """Index in ``found`` of an injured-only toll inside ``[start, end)``, else -1."""
    for i, f in enumerate(found):
        if (
            isinstance(f, Casualty)
            and f.killed is None
            and f.injured is not None
            and start <= f.evidence.start < end
        ):
            return i
    return -1


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "claiming N more lives" and "another person was killed and M injured"."""
    found = _n66late.earlier_dropped(doc, found)
    body = doc.body
    if " more li" not in body and not any(
        f"nother {g} was killed" in body for g in ("person", "resident", "civilian")
    ):
        return found
    out = list(found)
    new: list[Finding] = []
    for idx, sent in enumerate(doc.sentences):
        text = sent.text
        if " more li" in text and _ELSEWHERE.search(text) is not None:
            for m in _MORE_LIVES.finditer(text):
                q = one_count(m.group("q"))
                if q is None:
                    continue
                start = sent.start + m.start()
                if any(
                    isinstance(f, Casualty)
                    and f.killed == q.value
                    and start <= f.evidence.end
                    and f.evidence.start < sent.start + m.end()
                    for f in out
                ):
                    continue
                i = _injured_only(out, start, sent.end)
                if i >= 0:
                    f = out[i]
                    assert isinstance(f, Casualty)
                    out[i] = replace(f, killed=q.value)
                else:
                    new.append(
                        bare_casualty(doc, start, sent.start + m.end(), "people", q.value, None)
                    )
        if "nother" in text and " killed and " in text:
            for m in _ANOTHER.finditer(text):
                start = sent.start + m.start()
                before = [
                    f
                    for f in out
                    if isinstance(f, Casualty)
                    and f.killed is not None
                    and f.evidence.end <= start
                    and idx - 2 <= sentence_of(doc, f.evidence.start) <= idx
                ]
                if not before:
                    continue  # no counted toll before it: "another" stays no count
                i = _injured_only(out, start, sent.start + m.end())
                if i >= 0:
                    f = out[i]
                    assert isinstance(f, Casualty)
                    out[i] = replace(f, killed=1)
    return merged(out, new)

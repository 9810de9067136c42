"""Round c76's toll updates (helper h_gen_c76, ``dev_numeric126``), asked last by
:func:`pipeline.extract._c76cas.revise`.

An update replaces the toll it raises, and the death it explains is no record of its own
(``dev_numeric50``/``54``/``56``/``60``); the readers keep three shapes as extra records
(examples are this module's own words):

- the death an update explains, after it in the sentence or the next one: "By evening the
  number of dead had risen to three; one of the wounded had died in hospital", "... raised
  the toll to five dead and 31 wounded. «One of the wounded women died in hospital»"
  (:func:`_explained`);
- an update of both kinds beside the story's earlier full toll of that place: "killing three
  people and injuring 17 ... raised the toll in Kherson to five dead, with 26 people
  wounded" is 5/26 alone, also in a ticker ("two people have been killed and 14 injured
  ... the toll has risen to five dead. 31 people were injured") (:func:`_full_update`);
- a one-kind update naming its place when the story tells several full tolls: "raising the
  Zaporizhzhia death toll to nine" raises Zaporizhzhia's toll, never Kharkiv's
  (:func:`_placed_update`; ``_c74cas`` does the one-full-toll case).

Only plain or national groups take part; an update must raise no figure by more than a day's
growth (a war's running total is no update of today's toll).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._c76far import class_of
from pipeline.extract._n25update import is_sub
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_DIED = re.compile(
    r"\b(?:one|two|three|\d+)\s+of\s+the\s+(?:wounded|injured)\b[^.;]{0,40}?"
    r"\b(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
_RISE = re.compile(
    r"\b(?:raised|raising|updated|risen|rose|rises|climbed|increased|grown|grew)\b[^.;]{0,80}?\bto\b",
    re.IGNORECASE,
)
# the update's place: "the toll in Bat Yam", "the Zaporizhzhia death toll", "dead in Dnipro"
_PLACE = re.compile(
    r"\b(?:toll|dead|deaths|killed|injured|wounded)\s+in\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]+)"
    r"|\b(?P<b>[A-Z][\w'’-]+)\s+(?:death\s+)?toll\b"
)
_FRONT = re.compile(r"^\W*(?:In|At|Near)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_OWN = re.compile(
    r"\b(?:another|more|further|also|total|overall|since|separate|second)\b", re.IGNORECASE
)
_MAX_GAP = 3000  # characters between a toll and its update
_MAX_RISE = 20  # the most dead an update adds to the toll it replaces


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with updated tolls replaced and the deaths they explain dropped."""
    body = doc.body
    if not ("rais" in body or "risen" in body or "rose" in body or "rises" in body):
        return found
    if "of the wounded" in body or "of the injured" in body:
        found = _explained(doc, found)
    return _placed_update(doc, _full_update(doc, found))


def _sentence(doc: Document, c: Casualty) -> tuple[int, str]:
    """The index and text of the sentence holding ``c``'s evidence."""
    i = sentence_of(doc, c.evidence.start)
    return (i, doc.sentences[i].text) if i >= 0 else (-1, c.evidence.text)


def _explained(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop "one of the wounded had died in hospital" told right after an update that
    raised the dead (in its sentence before it, or the sentence before)."""
    drop: set[int] = set()
    for k, r in enumerate(found):
        if not isinstance(r, Casualty) or r.killed is None or r.injured is not None:
            continue
        i, text = _sentence(doc, r)
        if i < 0:
            continue
        sent = doc.sentences[i]
        m = _DIED.search(text)
        if m is None or not sent.start + m.start() < r.evidence.end:
            continue
        if sent.start + m.end() <= r.evidence.start:
            continue
        lo = sent.start
        if i > 0 and doc.sentences[i - 1].paragraph == sent.paragraph:
            lo = doc.sentences[i - 1].start
        hi = sent.start + m.start()
        if _RISE.search(doc.body, lo, hi) is None:
            continue
        if any(
            isinstance(f, Casualty) and f is not r and f.killed is not None
            for f in found
            if lo <= f.evidence.start < hi
        ):
            drop.add(k)
    return [f for k, f in enumerate(found) if k not in drop] if drop else found


def _place(doc: Document, c: Casualty) -> str | None:
    """The place an update names ("the toll in Bat Yam" -> "Bat"), else its location."""
    _, text = _sentence(doc, c)
    m = _PLACE.search(text)
    if m is not None:
        return m.group("a") or m.group("b")
    return c.location


def _candidates(
    doc: Document, found: list[Finding], u: Casualty, kinds: tuple[bool, bool]
) -> list[int]:
    """Earlier full tolls of ``u``'s class within reach, narrowed to the place ``u``
    names; ``kinds`` says which of u's figures (killed, injured) the toll must not exceed."""
    cls = class_of(u.group)
    text = _sentence(doc, u)[1]
    out: list[int] = []
    for j, f in enumerate(found):
        if not isinstance(f, Casualty) or f.killed is None or f.injured is None:
            continue
        if f.evidence.end > u.evidence.start or u.evidence.start - f.evidence.end > _MAX_GAP:
            continue
        if class_of(f.group) != cls or is_sub(doc, f):
            continue
        if kinds[0] and u.killed is not None and not 0 <= u.killed - f.killed <= _MAX_RISE:
            continue
        if kinds[1] and u.injured is not None and u.injured < f.injured:
            continue
        if _placed_apart(doc, f, text):
            continue
        out.append(j)
    place = _place(doc, u)
    if place is None:
        return out
    near = []
    for j in out:
        f = found[j]
        assert isinstance(f, Casualty)
        if f.location is None or place in f.location or f.location in place:
            near.append(j)
    named = []
    for j in near:
        f = found[j]
        assert isinstance(f, Casualty)
        if place in _sentence(doc, f)[1] or (f.location is not None and place in f.location):
            named.append(j)
    return named or near


def _placed_apart(doc: Document, f: Casualty, text: str) -> bool:
    """The toll ``f`` is placed (its location, or its sentence fronted "In Lviv, ...") where
    the update's sentence ``text`` does not name: another city's toll."""
    if f.location is not None and f.location.split()[0] not in text:
        return True
    m = _FRONT.match(_sentence(doc, f)[1])
    return m is not None and m.group(1) not in text


def _rises(doc: Document, u: Casualty) -> bool:
    """Whether ``u``'s sentence tells a rise up to its evidence ("raised the toll to")."""
    i, text = _sentence(doc, u)
    if i < 0:
        return False
    end = u.evidence.end - doc.sentences[i].start
    return _RISE.search(text, 0, end) is not None and _OWN.search(u.evidence.text) is None


def _full_update(doc: Document, found: list[Finding]) -> list[Finding]:
    """A later update of both kinds replaces the earlier full toll it raises."""
    drop: set[int] = set()
    for u in found:
        if not isinstance(u, Casualty) or u.killed is None or u.injured is None:
            continue
        if not class_of(u.group) or is_sub(doc, u) or not _rises(doc, u):
            continue
        cands = [j for j in _candidates(doc, found, u, (True, True)) if j not in drop]
        if len(cands) != 1:
            continue
        f = found[cands[0]]
        if isinstance(f, Casualty) and (f.killed, f.injured) != (u.killed, u.injured):
            drop.add(cands[0])
    return [f for k, f in enumerate(found) if k not in drop] if drop else found


def _placed_update(doc: Document, found: list[Finding]) -> list[Finding]:
    """A one-kind update naming its place raises that place's full toll."""
    out = list(found)
    drop: set[int] = set()
    for k, u in enumerate(found):
        if not isinstance(u, Casualty) or (u.killed is None) == (u.injured is None):
            continue
        if not class_of(u.group) or is_sub(doc, u) or not _rises(doc, u):
            continue
        if _PLACE.search(_sentence(doc, u)[1]) is None:
            continue  # an unplaced update is _c74cas's (one full toll only)
        killed = u.killed is not None
        cands = [j for j in _candidates(doc, out, u, (killed, not killed)) if j not in drop]
        if len(cands) != 1:
            continue
        f = out[cands[0]]
        if not isinstance(f, Casualty):
            continue
        if killed and u.killed is not None and f.killed is not None and u.killed >= f.killed:
            out[cands[0]] = replace(f, killed=u.killed)
            drop.add(k)
        elif u.injured is not None and f.injured is not None and u.injured >= f.injured:
            out[cands[0]] = replace(f, injured=u.injured)
            drop.add(k)
    return [f for k, f in enumerate(out) if k not in drop] if drop else found

"""One generic reported-clause detector (statement round 44, ``dev_statements70``).

Measured on fresh Italian and French copy, the misses that phrase-level rounds left were
mostly indirect speech no reader saw at all: the same saying verbs in orders and paddings
no listed phrase matched. This pass reads every sentence that holds a saying verb of the
one lemma table (:mod:`pipeline.extract._s36verbs`) and no statement for its clause yet, in
the orders translated copy uses:

- subject first, padded or not: "S [, apposition | , who ... | , for whom C | adjunct]
  VERB [adjuncts] that C" / "to have VP-ed" / "having VP-ed" / ": C" (a chained
  "and VERB that D", "but has warned that D" and a relative ", which VERB that D" too);
- verb after the clause: "C, [has] VERB [adverbs] SUBJECT [adjuncts]", with a tail
  ", who added that D", ", according to which D", ", for whom D", ", adding that D";
- an incise: "S, VERB SUBJECT, PRED" quotes the part after the incise (the written call
  "S, he added, PRED");
- "SUBJECT, for whom C, ..." and a sentence "X, for whom C.".

Guards keep it precise: a question, a negated verb, a verb whose only object is a noun
phrase (no "that", infinitive, colon or fronted clause), a subject that is a document
("the report said"), and a clause an earlier reader already gave a statement to all give
nothing. The subject is resolved by :mod:`pipeline.extract._s44who`.

Round 47 (``dev_statements73``): a clause may hold a «fragment» (fronted, "for whom", incise);
a short fronted clause closing on its fragment ("The port remains «F», judged X") is still
left to the partial readers; "C, VERB X, for whom D" gives D to the verb's own speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract._found import new_statement, split
from pipeline.extract._s29reads import Overlaps
from pipeline.extract._s44shapes import (
    APPOSED_NAME,
    BOUNDARY,
    CHAIN,
    CLAUSE_END,
    COMPLEMENT,
    DIRECT,
    FIN,
    FINITE,
    FOR_WHOM,
    FRONTED,
    INCISE_NEXT,
    INF_FORMS,
    LOWER_NP,
    NAME_ROLE,
    NEG,
    NOT_START,
    OBJECT_REL,
    PASSIVE,
    PRONOUN_END,
    RELATIVE,
    TAIL_EXTRA,
    TO_HIM,
    incise,
    strip_dateline,
    verbs,
)
from pipeline.extract._s44who import resolve, strip_opener
from pipeline.extract.model import Document, Finding, Sentence, Statement, StatementMode
from pipeline.extract.speakers import Speakers

__all__ = ["OWN", "revise", "settle"]

OWN = 0.74
"""The confidence this pass's statements carry, so :func:`settle` can tell them apart."""


def _negated(pre: str) -> bool:
    """True when ``pre`` holds a literal of every :data:`NEG` form (a test before the search)."""
    return "not" in pre or "never" in pre or "n't" in pre or "refused" in pre or "declined" in pre


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the reported clauses no earlier reader gave a statement to."""
    statements, others = split(found)
    added = False
    overlaps = Overlaps(doc.sentences)
    _FORMS.clear()
    for i, s in enumerate(doc.sentences):
        text = s.text.rstrip()
        if text.endswith("?") and _YES_NO.match(text):
            kept = [t for t in statements if not _reported_in(t, s)]
            added = added or len(kept) != len(statements)
            statements = kept  # "Did the Kremlin say that C?" reports nothing
            continue
        if text.endswith("?") or len(text) < 20 or text[-1] not in '.!»”"':
            continue  # a question, or a headline with no full stop
        fragments: list[str] = []
        near = overlaps.of(statements, i)
        new = _readings(doc, speakers, s, i, text, statements, near, fragments)
        if fragments:
            statements = [
                t for t in statements if not (_reported_in(t, s) and t.quote in fragments)
            ]
        if new:
            statements.extend(new)
            added = True
    if not added:
        return found
    statements.sort(key=lambda t: (t.evidence.start, t.evidence.end))
    return settle([*others, *statements])


_YES_NO = re.compile(r"^(?:Did|Does|Do|Is|Are|Was|Were|Will|Would|Has|Have|Had|Can|Could)[ \t]")


def _reported_in(t: Statement, s: Sentence) -> bool:
    """Whether ``t`` is an indirect statement read from sentence ``s``."""
    return t.mode == "indirect" and s.start <= t.evidence.start < s.end


def _covered(statements: list[Statement], s: Sentence, quote: str) -> bool:
    """Whether a statement of sentence ``s`` already holds most of ``quote``'s words."""
    return _covering(statements, s, quote) is not None or not quote.strip()


def _covering(statements: list[Statement], s: Sentence, quote: str) -> str | None:
    """The speaker of a statement of sentence ``s`` holding most of ``quote``'s words."""
    words = set(re.findall(r"\w+", quote.lower()))
    for t in statements:
        if words and t.evidence.start < s.end and s.start < t.evidence.end:
            theirs = set(re.findall(r"\w+", t.quote.lower()))
            common = len(words & theirs)
            if common >= 0.5 * len(words):
                return t.speaker
            if t.mode != "partial" and len(theirs) >= 3 and common >= 0.8 * len(theirs):
                return t.speaker  # a shorter reading of the same clause
    return None


def settle(found: list[Finding]) -> list[Finding]:
    """``found`` without this pass's statements a later reader read again in its own words."""
    own = [f for f in found if isinstance(f, Statement) and f.confidence == OWN]
    if not own:
        return found
    others = [f for f in found if isinstance(f, Statement) and f.confidence != OWN]
    drop: set[int] = set()
    for t in own:
        words = set(re.findall(r"\w+", t.quote.lower()))
        for o in others:
            if o.evidence.start < t.evidence.end and t.evidence.start < o.evidence.end:
                theirs = set(re.findall(r"\w+", o.quote.lower()))
                if len(words & theirs) >= 0.5 * len(words):
                    drop.add(id(t))
                    break
    kept = [t for t in own if id(t) not in drop and t.mode == "indirect"]
    for o in others:
        if o.mode != "indirect" and any(
            o.quote in t.quote and t.evidence.start <= o.evidence.start < t.evidence.end
            for t in kept
        ):
            drop.add(id(o))
    return [f for f in found if id(f) not in drop]


def _readings(
    doc: Document,
    speakers: Speakers,
    s: Sentence,
    i: int,
    text: str,
    statements: list[Statement],
    near: list[Statement],
    fragments: list[str],
) -> list[Statement]:
    """``near``: the ``statements`` overlapping ``s`` (the only ones :func:`_covered` reads)."""
    found = verbs(text)
    if not found and not (
        " whom " in text or " which " in text or "according to " in text or text[:1] in '«“"'
    ):
        return []  # none of the forms below can read anything: skip copying the statements
    out: list[Statement] = []
    here = [*statements]
    covering = [*near]  # ``here`` as _covered filters it: the sentence's, and those added

    def add(who: str | None, mode: StatementMode, quote: str, cue: str) -> None:
        quote = quote.strip().rstrip(".,")
        if who:
            who = _document_form(speakers.canonical(who) or who, statements)
        if who and len(quote.split()) >= 3 and not _covered(covering, s, quote):
            st = replace(new_statement(text, s.start, who, mode, quote, cue), confidence=OWN)
            out.append(st)
            here.append(st)
            covering.append(st)

    if " whom " in text or " which " in text:
        for fw in FOR_WHOM.finditer(text):
            parts = re.split(r"(?<![\w-])(?:" + FIN + r")[ \t]+", fw.group("x"))
            x = parts[-1]
            who = _verb_speaker(here, s, fw.start("c")) if len(parts) > 1 else None
            who = who or _who(doc, speakers, s, i, x, text.find(x))
            add(who, "indirect", fw.group("c"), "for whom")
    if "according to " in text and (th := TO_HIM.search(text)):
        add(speakers.subject(i), "indirect", th.group("c"), "according to")
    if text[:1] in '«“"' and (dm := DIRECT.match(text)):
        add(_who(doc, speakers, s, i, dm["who"], dm.start("who")), "direct", dm["q"], dm["v"])
    for m in found:
        pre = text[: m.start()]
        if (_negated(pre) and NEG.search(pre)) or PASSIVE.search(pre):
            continue
        c = COMPLEMENT.match(text, m.end())
        if c is None:
            if m.start() > 12 and pre.endswith(", "):
                _fronted(doc, speakers, s, i, text, m, add, here, fragments)
            continue
        clause = text[c.end() :]
        first = clause.split(" ", 1)[0].lower()
        if c.group("that") and (first in NOT_START or first.endswith("ed")):
            continue
        if c.group("inf") and m.group("v").split()[0] not in INF_FORMS:
            continue
        if c.group("colon") and (not FINITE.search(clause) or clause[:1].isdigit()):
            continue
        if OBJECT_REL.search(pre):
            continue
        if c.group("inf"):
            clause = c.group("inf") + clause
        if cut := CLAUSE_END.search(clause):
            clause = clause[: cut.start()]
        adjunct = text[m.end() : c.start("that") if c.group("that") else c.end()]
        who = None
        if "through " in adjunct:
            who = _who(doc, speakers, s, i, adjunct.strip(" ,"), m.end())
        who = who or _subject(doc, speakers, s, i, pre, here)
        add(who, "indirect", clause, m.group("v"))
    return out


def _fronted(
    doc: Document,
    speakers: Speakers,
    s: Sentence,
    i: int,
    text: str,
    m: re.Match[str],
    add: Callable[[str | None, StatementMode, str, str], None],
    here: list[Statement],
    fragments: list[str],
) -> None:
    """ "C, VERB SUBJECT [adjuncts | , who added that D]" and "S, VERB SUBJECT, PRED"."""
    f = FRONTED.match(text, 0)
    if f is None or f.start("v") != m.start("v"):
        return
    c, tail = f.group("c"), f.group("who")
    if c.endswith("»") and len(c.split("«")[0].split()) <= 12:
        return  # "The port remains «F», judged X": the fragment's partial is the reading
    at = f.start("who")
    nxt = INCISE_NEXT.search(tail)
    if nxt and incise(nxt.group("p")) and len(c.split()) <= 10:
        who = _who(doc, speakers, s, i, tail[: nxt.start()], at)
        if who is not None:
            add(who, "indirect", nxt.group("p"), f.group("v"))
            fragments.append(c)  # "S, he judged, PRED" quotes PRED, not S
        return
    if len(c.split()) < 4 or c.split(" ", 1)[0] in ("If", "When", "While", "Although", "As"):
        return
    bare = "," not in c and len(c.split()) >= 5  # "Among the dead figure nine children"
    if APPOSED_NAME.match(c) or NAME_ROLE.match(c) or not (bare or FINITE.search(c)):
        return  # "ROLE, NAME, claimed the attack": no clause before the verb
    verb = f.group("v")
    if any(
        t.cue == verb and t.mode != "partial"
        for t in here
        if t.evidence.start < s.end and s.start < t.evidence.end
    ):
        return  # a reader already read this verb's clause its own way
    who = _backref(here, s, tail) or _who(doc, speakers, s, i, tail, at)
    quote = strip_dateline(c)
    if who and who[:1].islower():
        return  # a bare lower-case body after a fronted clause is too often misread
    add(who, "indirect", quote, f.group("v"))
    owner = _covering(here, s, quote)
    for extra in TAIL_EXTRA.finditer(tail):
        add(owner or who, "indirect", extra.group("d"), "added")


def _verb_speaker(here: list[Statement], s: Sentence, at: int) -> str | None:
    """ "C, VERB X, for whom D": D is X's, the speaker the verb's own reading found."""
    before = [t for t in here if s.start <= t.evidence.start < s.start + at and t.cue]
    return before[-1].speaker if before else None


def _subject(
    doc: Document, speakers: Speakers, s: Sentence, i: int, pre: str, here: list[Statement]
) -> str | None:
    """The speaker of a verb preceded by ``pre`` in its sentence."""
    if pre.strip() and (p := PRONOUN_END.search(pre)) is not None and p.start() > 0:
        mine = [t.speaker for t in here if t.evidence.start < s.end and s.start < t.evidence.end]
        if mine:
            return mine[-1]
        return speakers.subject(i) or (speakers.subject(i - 1) if i else None)
    if (r := RELATIVE.search(pre)) is not None:
        ante = pre[: r.start()]
        parts = re.split(r"(?<![\w-])(?:" + FIN + r")[ \t]+", ante)
        phrase = parts[-1]
        return _who(doc, speakers, s, i, phrase, ante.rfind(phrase))
    if (ch := CHAIN.search(pre)) is not None:
        pre = pre[: ch.start()]
        head = re.split(r"(?<![\w-])(?:has[ \t]+|had[ \t]+)?[a-z]+ed[ \t]", strip_opener(pre))[0]
        if PRONOUN_END.search(head):
            return speakers.subject(i) or (speakers.subject(i - 1) if i else None)
        return _who(doc, speakers, s, i, head, pre.find(head))
    if (b := BOUNDARY.search(pre)) is not None:
        pre = pre[b.end() :]
    phrase = strip_opener(pre)
    if not phrase or (phrase[:1].islower() and not LOWER_NP.match(phrase)):
        return None
    return _who(doc, speakers, s, i, phrase, len(pre) - len(phrase))


def _who(
    doc: Document, speakers: Speakers, s: Sentence, i: int, phrase: str, at: int
) -> str | None:
    return resolve(doc, speakers, phrase, s.start + max(at, 0), i)


_KEY_STOP = frozenset({"of", "the", "for", "and", "in"})


def _document_form(who: str, statements: list[Statement]) -> str:
    """A short body name as the document's statements spell it in full: "Ministry of Defence"
    or "Russian ministry" -> "Russian Defence Ministry" when that is the one body it fits."""
    key = {w for w in who.lower().split() if w not in _KEY_STOP}
    if not key or (" " not in who and who[:1].isupper()):
        return who
    if _FORMS and (_FORMS[0].statements is not statements or _FORMS[0].size != len(statements)):
        _FORMS.clear()  # another list, or one extended: the speakers may differ
    if not _FORMS:
        _FORMS.append(_Forms(statements))
    known = _FORMS[0].found
    if who not in known:
        keys = _FORMS[0].keys
        fits = {speaker for speaker, words in keys.items() if speaker != who and key <= words}
        known[who] = fits.pop() if len(fits) == 1 else who
    return known[who]


class _Forms:
    """The speakers' key words of one statement list, and :func:`_document_form`'s answers."""

    def __init__(self, statements: list[Statement]) -> None:
        self.statements = statements
        self.size = len(statements)
        self.keys: dict[str, set[str]] = {}
        for t in statements:
            if t.speaker not in self.keys:
                self.keys[t.speaker] = {w for w in t.speaker.lower().split() if w not in _KEY_STOP}
        self.found: dict[str, str] = {}


_FORMS: list[_Forms] = []
"""One slot: the list :func:`revise` reads (it only grows it or replaces it)."""


_BACKREF = re.compile(
    r"^(?:this|that|the[ \t]+same)[ \t]+(?:[a-z-]+[ \t]+){0,4}?(?:organi[sz]ation|agency"
    r"|network|ministry|body|institution|source|command|army|office|group|service|ngo|NGO)\b"
)


def _backref(statements: list[Statement], s: Sentence, phrase: str) -> str | None:
    """ "this organisation of health workers" -> the speaker of the statement before."""
    if _BACKREF.match(phrase.strip()) is None:
        return None
    before = [t for t in statements if t.evidence.start < s.start]
    return before[-1].speaker if before else None

"""Round n29's casualty revisions, run after round n28's (:func:`revise`).

Five shapes of translated copy the earlier readers split, attach wrongly or miss:

- an Italian/French inverted toll split by a subgroup aside: "are 4 the dead, among whom
  a child of 8 years, and over 60 the wounded" (also with the wounded first) is one toll
  of both figures; the aside's own counted subgroup ("among whom two children") stays;
- an injured update completed by a dead figure told after it, in the next sentence of its
  paragraph: "the number of injured has risen to 31, the mayor said. One person had died."
  is one toll (1/31) - the plain-people continuation the conventions merge; a sentence
  fronted by another place, or a named group ("One woman died"), stays apart;
- a condition share of a counted group, "four children, one of whom in serious state",
  "31 the injured, of whom four in grave condition": injured N of the group it points
  back to ("none/most/all of whom" give nothing);
- "one" before an occupational noun the group table does not hold ("one train attendant
  was killed", "one power-line worker was wounded"): a counted group of one;
- "N of the dead in the car were members of X": the subgroup form of the conventions
  with a place between the harm noun and its copula (a verb after "were" - "were
  identified" - names no group).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n31cas
from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract._n25update import value
from pipeline.extract._nlit import holding, lowered, sentences_with
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding

__all__ = ["revise"]

_Q = r"(?:(?:at\s+least|about|around|some|over|more\s+than|nearly|almost)\s+)?[\w,.]+"
_DEAD = r"(?:dead|deaths|killed|deceased|fatalities)"
_HURT = r"(?:wounded|injured|hurt)"
_ASIDE = r"(?:among\s+(?:whom|them)|including|of\s+whom)\s+[^,;:]{2,60}"
_SPLIT = re.compile(
    rf"\b(?:are|were|is|was|counts?|counted)\s+(?P<q1>{_Q})\s+the\s+(?P<k1>{_DEAD}|{_HURT})"
    r"(?:\s+(?:in|at|on)\s+[^,;]{1,40}?)?\s*,\s+"
    rf"{_ASIDE},\s+(?:and|while)\s+(?:(?P<q2>{_Q})\s+the\s+(?P<k2>{_DEAD}|{_HURT})"
    rf"|the\s+(?P<k3>{_DEAD}|{_HURT})\s+(?:are|were)\s+(?P<q3>{_Q}))\b",
    re.I,
)
_TOLL_WORDS = (
    "dead", "death", "killed", "deceased", "fatalities", "wounded", "injured", "hurt",
)  # fmt: skip
"""A literal of every :data:`_DEAD` / :data:`_HURT` word: a sentence with none of them in
lower case cannot match :data:`_SPLIT` or :data:`_OF_DEAD`, so it is not scanned."""
_ASIDE_WORDS = ("among", "including", "whom")
"""A (lower-case) literal of every :data:`_ASIDE` opener."""
_PLAIN = frozenset({"people", "persons", "civilians", "residents"})

_UPDATE_HURT = re.compile(
    rf"\bnumber\s+of\s+(?:the\s+)?{_HURT}\b[^.;]{{0,40}}?\b(?:has\s+|had\s+)?"
    r"(?:risen|rose|climbed|increased|grown|grew|reached|gone\s+up|went\s+up)\b",
    re.I,
)
_LATER_DEAD = re.compile(
    r"^\W*(?:Also\s+|So\s+far\s+|Besides,\s+)?(?P<q>[\w,.]+)\s+(?:person|people|persons)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:died|been\s+killed|lost\s+(?:their|his|her)\s+lives?|"
    r"was\s+killed|were\s+killed)\b",
    re.I,
)

_SHARE = re.compile(
    r",\s+(?:(?P<q>[\w-]+)\s+of\s+(?:whom|them)|of\s+(?:whom|them)\s+(?P<q2>[\w-]+))\s+"
    r"(?:(?:is|are|was|were|remain|remains)\s+)?"
    r"(?:in\s+(?:a\s+)?)?(?:very\s+)?(?:serious|grave|critical|severe)\s+"
    r"(?:state|states|condition|conditions)\b",
    re.I,
)

_FRONTED = re.compile(
    rf"^\W*The\s+{_HURT}\s*,\s+(?:(?P<q>[\w-]+)\s+of\s+(?:whom|them)|of\s+(?:whom|them)\s+"
    r"(?P<q2>[\w-]+))\s+(?:(?:is|are|was|were)\s+)?(?:in\s+(?:a\s+)?)?(?:very\s+)?"
    r"(?:serious|grave|critical|severe)\s+(?:state|states|condition|conditions)\s*,"
)
"""A fronted condition share with no figure of its own before it ("The wounded, of whom
two in serious condition, were hospitalised"): injured N, people."""

_OCCUPATION = re.compile(
    r"\b(?P<one>[Oo]ne)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun>[a-z]+(?:er|or|ant|ent|ian|ist|ic))"
    rf"\s+(?:was|has\s+been|had\s+been)\s+(?P<k>killed|{_HURT})\b"
    r"|\b(?P<one2>[Oo]ne)\s+(?P<mods2>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun2>[a-z]+(?:er|or|ant|ent|ian|ist|ic))"
    r"\s+(?:died|lost\s+(?:his|her)\s+life)\b"
    r"|\b(?P<one3>[Oo]ne)\s+(?P<mods3>(?:[a-z][\w-]*\s+){0,2}?)(?P<noun3>[a-z]+(?:er|or|ant|ent|ian|ist|ic))"
    rf"\s+and\s+(?:[\w-]+\s+){{1,3}}?(?:were|have\s+been|had\s+been)\s+(?P<k3>killed|{_HURT})\b",
)
_OCCUPATION_VERBS = ("was", "been", "died", "lost", "were")
"""A literal of every :data:`_OCCUPATION` verb ("been" for "has/have/had been")."""
_ONE = re.compile(r"[Oo]ne\s")
"""What every :data:`_OCCUPATION` match opens on: a cheap test before the long pattern."""
_NOT_PEOPLE = frozenset(
    {"launcher", "transformer", "container", "generator", "tractor", "reactor", "tanker",
     "carrier", "helicopter", "fighter", "bomber", "interceptor", "sensor", "radar"}
)  # fmt: skip

_OF_DEAD = re.compile(
    rf"\b(?P<q>[\w-]+)\s+of\s+the\s+(?P<k>{_DEAD}|{_HURT})\s+(?:in|on|inside|at|aboard)\s+the\s+"
    r"[\w-]+\s+(?:were|was)\s+(?P<g>(?:members\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,2}|"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))\b",
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n29's casualty revisions."""
    body = doc.body
    if body_has(body, " the ") and body_has(body, ", "):
        found = _split_tolls(doc, found)
    if body_has(body, "number of"):
        found = _dead_after(doc, found)
    if body_has(body, " of whom ") or body_has(body, " of them ") or body_has(body, "of whom "):
        found = _shares(doc, found)
    if body_has(lowered(doc), "one "):
        found = _occupations(doc, found)
    if body_has(body, " of the "):
        found = _of_the_dead(doc, found)
    return _n31cas.revise(doc, found)


def _new(
    old: Casualty | None,
    start: int,
    end: int,
    doc: Document,
    group: str,
    k: int | None,
    i: int | None,
) -> Casualty:
    if old is not None:
        ev = Evidence(doc.body[start:end], start, end)
        return replace(old, evidence=ev, group=group, killed=k, injured=i, approx="exact")
    return bare_casualty(doc, start, end, group, k, i)


def _near(found: list[Finding], start: int, reach: int = 600) -> Casualty | None:
    """The casualty record nearest before ``start`` (its cause and source are reused)."""
    best: Casualty | None = None
    for f in found:
        if (
            isinstance(f, Casualty)
            and f.evidence.start <= start + 200
            and abs(f.evidence.start - start) <= reach
            and (best is None or abs(f.evidence.start - start) < abs(best.evidence.start - start))
        ):
            best = f
    return best


def _sorted(found: list[Finding]) -> list[Finding]:
    return sorted(found, key=lambda f: f.evidence.start)


def _split_tolls(doc: Document, found: list[Finding]) -> list[Finding]:
    """One record for "are 4 the dead, among whom ..., and over 60 the wounded"."""
    out = list(found)
    cands = holding(doc, lowered(doc), _TOLL_WORDS)  # found once in the whole body
    for idx, sent in enumerate(doc.sentences):
        if sent.text.isascii():  # (a case-blind letter outside ASCII may lower-case to another)
            if idx not in cands:
                continue
            low = sent.text.lower()
            if not _tolls(low) or not any(w in low for w in _ASIDE_WORDS):
                continue  # every _SPLIT match holds an _ASIDE opener
        for m in _SPLIT.finditer(sent.text):
            q2 = m.group("q2") or m.group("q3")
            k2 = m.group("k2") or m.group("k3")
            n1, n2 = value(m.group("q1")), value(q2)
            if n1 is None or n2 is None:
                continue
            dead1 = re.match(_DEAD, m.group("k1"), re.I) is not None
            dead2 = re.match(_DEAD, k2, re.I) is not None
            if dead1 == dead2:
                continue
            killed, injured = (n1, n2) if dead1 else (n2, n1)
            lo, hi = sent.start + m.start("q1"), sent.start + m.end()
            parts = [
                j
                for j, f in enumerate(out)
                if isinstance(f, Casualty)
                and f.group in _PLAIN
                and lo - 40 <= f.evidence.start < hi
                and f.killed in (None, killed)
                and f.injured in (None, injured)
            ]
            if any(
                isinstance(f, Casualty) and f.killed == killed and f.injured == injured
                for f in out
                if abs(f.evidence.start - lo) < 200
            ):
                continue
            first = out[parts[0]] if parts else None
            base = first if isinstance(first, Casualty) else _near(out, lo)
            rec = _new(base, lo, hi, doc, "people", killed, injured)
            out = [f for j, f in enumerate(out) if j not in parts] + [rec]
    return _sorted(out) if out != found else found


def _dead_after(doc: Document, found: list[Finding]) -> list[Finding]:
    """An injured update ("the number of injured has risen to 31") takes the dead figure
    of the next sentence of its paragraph ("One person had died.")."""
    out = list(found)
    drop: set[int] = set()
    for i, f in enumerate(out):
        if not isinstance(f, Casualty) or f.killed is not None or f.injured is None:
            continue
        if f.group not in _PLAIN:
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0 or idx + 1 >= len(doc.sentences):
            continue
        sent, nxt = doc.sentences[idx], doc.sentences[idx + 1]
        if nxt.paragraph != sent.paragraph or not _UPDATE_HURT.search(sent.text):
            continue
        m = _LATER_DEAD.match(nxt.text)
        if m is None or (n := value(m.group("q"))) is None:
            continue
        for j, g in enumerate(out):
            if (
                isinstance(g, Casualty)
                and g.injured is None
                and g.killed == n
                and g.group in _PLAIN
                and nxt.start <= g.evidence.start < nxt.end
            ):
                drop.add(j)
        out[i] = replace(f, killed=n)
    if out == found:
        return found
    kept = [f for j, f in enumerate(out) if j not in drop]
    if body_has(doc.body, "+++"):
        from pipeline.extract._casualty_ticker import older_entries
        from pipeline.extract._casualty_update import replaces

        kept = older_entries(doc, kept, replaces)
    return kept


def _shares(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add "four children, one of whom in serious state": injured 1 of that group."""
    cas = [f for f in found if isinstance(f, Casualty)]
    new: list[Finding] = []
    for sent in doc.sentences:
        for m in _SHARE.finditer(sent.text):
            q = m.group("q") or m.group("q2")
            n = value(q)
            if n is None or q.lower() in ("none", "most", "all", "both", "some"):
                continue
            at = sent.start + m.start()
            before = [
                c for c in cas if sent.start <= c.evidence.end <= at + 1 and c.evidence.start < at
            ]
            if not before:
                continue
            head = max(before, key=lambda c: c.evidence.end)
            fig = head.injured if head.injured is not None else head.killed
            if fig is None or fig <= n:
                continue
            if any(
                c.injured == n and c.killed is None and at - 5 <= c.evidence.start < sent.end
                for c in cas
            ):
                continue  # read already
            s = sent.start + m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))
            e = sent.start + m.end()
            new.append(_new(head, s, e, doc, head.group, None, n))
        fm = _FRONTED.match(sent.text)
        if fm is not None and (n := value(fm.group("q") or fm.group("q2"))) is not None:
            s = sent.start + fm.start("q" if fm.group("q") else "q2")
            e = sent.start + fm.end() - 1
            if not any(
                (c.evidence.start < e and s < c.evidence.end)
                or (c.injured == n and abs(c.evidence.start - s) < 300)
                for c in cas
            ):
                new.append(_new(_near(found, s), s, e, doc, "people", None, n))
    return _sorted([*found, *new]) if new else found


def _occupations(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add "one train attendant was killed": a counted group of one."""
    cas = [f for f in found if isinstance(f, Casualty)]
    new: list[Finding] = []
    # the pattern opens on "one"/"One"
    for sent in sentences_with(doc, "one", "One"):
        text = sent.text
        if not any(w in text for w in _OCCUPATION_VERBS) or _ONE.search(text) is None:
            continue  # no verb of the pattern, or no "one"/"One" before a space
        for m in _OCCUPATION.finditer(text):
            noun = m.group("noun") or m.group("noun2") or m.group("noun3")
            if noun in _NOT_PEOPLE:
                continue
            s, e = sent.start + m.start(), sent.start + m.end()
            if m.group("noun3"):
                e = sent.start + m.end("noun3")
            if any(c.evidence.start < e and s < c.evidence.end for c in cas):
                continue
            mods = (m.group("mods") or m.group("mods2") or m.group("mods3") or "").strip()
            kind = m.group("k") or m.group("k3")
            killed = kind in (None, "killed")
            group = GROUPS.get(noun, GROUPS.get(noun + "s", f"{mods} {noun}s".strip()))
            near = _near(found, s)
            new.append(_new(near, s, e, doc, group, 1 if killed else None, None if killed else 1))
    return _sorted([*found, *new]) if new else found


def _of_the_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add "two of the dead in the car were members of X": a subgroup of the toll."""
    cas = [f for f in found if isinstance(f, Casualty)]
    new: list[Finding] = []
    cands = holding(doc, doc.body, _TOLL_WORDS)  # found once in the whole body
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands or not _tolls(sent.text):
            continue
        for m in _OF_DEAD.finditer(sent.text):
            n = value(m.group("q"))
            if n is None:
                continue
            words = m.group("g").split()
            group = m.group("g") if words[0] == "members" else _group_of(words)
            if group is None:
                continue  # "two of the dead in the car were identified"
            s, e = sent.start + m.start(), sent.start + m.end()
            if any(c.evidence.start < e and s < c.evidence.end for c in cas):
                continue
            dead = re.match(_DEAD, m.group("k"), re.I) is not None
            near = _near(found, s)
            new.append(_new(near, s, e, doc, group, n if dead else None, None if dead else n))
    return _sorted([*found, *new]) if new else found


def _tolls(text: str) -> bool:
    """Whether ``text`` holds one of :data:`_TOLL_WORDS` (as written: lower-case it first
    for the case-blind patterns)."""
    return _TOLL.search(text) is not None


_TOLL = re.compile("|".join(_TOLL_WORDS))


def _group_of(words: list[str]) -> str | None:
    """The group of the longest opening of ``words`` the group table holds."""
    for k in range(len(words), 0, -1):
        key = " ".join(words[:k]).lower()
        if key in GROUPS:
            return GROUPS[key]
    return None

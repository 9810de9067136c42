"""A resolved speaker whose name carries words that only describe it.

Separate from ``_outlets`` and ``speakers`` (both near the module size limit): these rules run
once on the resolved name, after every other path chose the speaker, and only trim or expand
it — "Magen David Adom paramedics" speak for Magen David Adom, "the Kayhan newspaper" is
Kayhan, "the UKMTO security agency" is UKMTO, "U.N. agencies" are "UN agencies", "Burkina Faso's
government" is the "Burkinabe government", and "the channel" / "the monitor" are the
broadcaster or monitoring group the article named before.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract._names import Registry, Resolved

_STAFF: frozenset[str] = lex.words("paramedics medics rescuers volunteers")
"""People a named body sends: they speak for it ("Magen David Adom paramedics said")."""

_PAPERS: frozenset[str] = lex.words("newspaper daily weekly tabloid magazine")
"""A title after a paper's name says only what it is ("the Kayhan newspaper")."""

_DESCRIBING: frozenset[str] = lex.words(
    "security maritime nuclear watchdog agency monitor body regulator organisation organization"
)
"""Lower-case words after an acronym that only describe the body ("the IAEA nuclear watchdog")."""

_TV = re.compile(
    r"(?:\b[A-Z][\w-]*(?:[ \t][A-Z][\w-]*)*[ \t](?:TV|[Tt]elevision)|\bAl-[A-Z][a-z]+[ \t]TV)\b"
)
_MONITOR = re.compile(
    r"\b(?:[A-Z][\w-]*[ \t])+(?:Observatory|Monitor)(?:[ \t]for(?:[ \t][A-Z]\w*)+)?"
)


def _named(tokens: list[str]) -> bool:
    """Every word capitalised or a linking word inside a name ("Global New Light of Myanmar")."""
    return (
        bool(tokens)
        and tokens[0][:1].isupper()
        and all(t[:1].isupper() or t.isdigit() or t in ("of", "for", "the", "and") for t in tokens)
    )


def _last(pattern: re.Pattern[str], body: str, offset: int) -> str | None:
    """The last name ``pattern`` finds in ``body`` before ``offset``."""
    found = None
    for m in pattern.finditer(body, 0, offset):
        found = m.group(0).removeprefix("The ")
    return found


def named_outlet(subject: str) -> Resolved | None:
    """ "The Israeli news site Walla", "Turkish broadcaster TRT": the name after an outlet
    word that only descriptions (lower-case words, a nationality) precede."""
    tokens = subject.split()
    if tokens and tokens[0] in ("The", "the"):
        tokens = tokens[1:]
    named_at = 1 + max((i for i, t in enumerate(tokens) if t in _OUTLET_WORDS), default=-2)
    if not 1 < named_at < len(tokens) or not _named(tokens[named_at:]):
        return None
    if tokens[0] in ("a", "an") or len(tokens) - named_at > 4:
        return None
    if all(t.islower() or t in _ADJECTIVES for t in tokens[: named_at - 1]):
        return Resolved(" ".join(tokens[named_at:]), "org")
    return None


def trim(found: Resolved, body: str, offset: int, registry: Registry) -> Resolved:
    """``found`` without words that only describe it (see the module docstring)."""
    name = found.canonical
    if (back := _backref(found, body, offset)) is not found:
        return back
    if found.kind not in ("generic", "org", "other") or " " not in name:
        return found
    if name.startswith(("U.N. ", "U.S. ")):
        return Resolved(name[0] + name[2] + name[4:], found.kind)  # "U.N. agencies"
    tokens = name.split()
    last = tokens[-1].lower()
    if last in _STAFF or last in _PAPERS:
        head = tokens[:-1]
        while head and head[0][:1].islower() and "-" in head[0]:
            head = head[1:]  # "pro-government Sabah daily", "pro-Kremlin Izvestia daily"
        known = registry.resolve(" ".join(head), offset)
        if known is not None and known.kind == "org":
            return known  # "Magen David Adom paramedics": the table's body
        if len(head) > (last in _STAFF) and _named(head) and head[0] not in _ADJECTIVES:
            return Resolved(" ".join(head), "org")  # "Kayhan newspaper", "Palestine Red Crescent"
        return found
    if tokens[0].isupper() and len(tokens[0]) > 2 and all(t in _DESCRIBING for t in tokens[1:]):
        known = registry.resolve(tokens[0], offset)
        if known is not None and known.kind == "org":
            return known  # "UKMTO security agency"
        return found
    if (outlet := named_outlet(name)) is not None:
        return outlet  # "Israeli news site Walla"
    at = next((i for i, t in enumerate(tokens) if t[:1].isupper()), 0)
    described = at > 1 and tokens[at - 1] in lex.DESCRIPTORS and tokens[0] not in ("a", "an")
    if described and all(t.islower() for t in tokens[:at]) and _named(tokens[at:]):
        return Resolved(" ".join(tokens[at:]), "org")  # "local news network Suwayda 24"
    if tokens[-1] in ("TV", "television") and (
        at := next((i for i, t in enumerate(tokens) if i and t.startswith("Al-")), 0)
    ):
        return Resolved(" ".join(tokens[at:]), "org")  # "Hezbollah's Al-Manar TV"
    if len(tokens) > 2 and (demonym := lex.DEMONYMS.get(tokens[0].lower())) and tokens[1] == "Faso":
        return Resolved(" ".join([demonym, *tokens[2:]]), "generic")  # "Burkina Faso government"
    return found


_ADJECTIVES: frozenset[str] = frozenset(lex.DEMONYMS.values())
_OUTLET_WORDS: frozenset[str] = lex.DESCRIPTORS | {"site", "portal"}
"""A name after these words is the outlet's ("the Israeli news site Walla")."""


_HOSPITAL = re.compile(
    r"\b(?!(?:At|In|The|From)[ \t])[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)*[ \t]"
    r"(?:Hospital|Medical[ \t](?:Cent(?:er|re)|Complex)|Clinic)\b"
)
_HOSPITAL_VOICES: frozenset[str] = frozenset(
    f"hospital {v}" for v in ("spokesman", "spokeswoman", "spokesperson", "director", "official")
)


def _backref(found: Resolved, body: str, offset: int) -> Resolved:
    """ "the channel said" / "the London-based monitor said": the one the article named;
    "At Soroka Medical Center, a hospital spokeswoman said": the hospital its sentence names."""
    if found.kind not in ("generic", "org"):
        return found
    if found.canonical in _HOSPITAL_VOICES:
        start = max(body.rfind(". ", 0, offset), body.rfind("\n", 0, offset)) + 1
        hospital = _last(_HOSPITAL, body[start:offset], offset - start)
        return Resolved(hospital, "org") if hospital else found
    if found.canonical in _PAPERS:
        paper = _last_paper(body, offset)  # "the French daily Le Monde ... the newspaper's"
        return Resolved(paper, "org") if paper else found
    if found.canonical == "channel":
        tv = _last(_TV, body, offset)
        return Resolved(tv, "org") if tv else found
    if found.canonical == "monitor":
        group = _last(_MONITOR, body, offset)
        return Resolved(group, "org") if group else found
    return found


_PAPER_HEADS = r"(?:daily|newspaper|magazine|tabloid|weekly)"
_NAME3 = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}"
_PAPERS_NAMED = (
    re.compile(rf"\b{_PAPER_HEADS}[ \t]+(?P<n>{_NAME3})"),  # "the daily Le Monde"
    re.compile(rf"(?P<n>{_NAME3})[ \t]{_PAPER_HEADS}\b"),  # "Der Spiegel magazine"
)


def _last_paper(body: str, offset: int) -> str | None:
    """The paper the article named last before ``offset`` ("Germany's Der Spiegel magazine",
    "the French daily Le Monde"), without an owner's "'s" word or a nationality."""
    best, found = -1, None
    for pattern in _PAPERS_NAMED:
        for m in pattern.finditer(body, max(0, offset - 1500), offset):
            words = [
                w
                for w in m.group("n").split()
                if not w.endswith(("'s", "’s")) and w not in ("The", "A") and w not in _ADJECTIVES
            ]
            if words and m.start() > best:
                best, found = m.start(), " ".join(words)
    return found

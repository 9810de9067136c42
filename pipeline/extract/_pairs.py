"""Sentences with two attributions.

Two speakers joined by "and" before one verb: "Residents and a local resistance committee
said ...", "Kyiv and Warsaw said ...".

The cue parser walks back from the verb to one noun phrase and stops at "and", so such a
sentence had no speaker. By the labelling conventions each party gets the statement. Asked
only for a sentence that got no attribution and has " and " early on.

Also how a second cue of a sentence relates to the first (a separate clause, "; B, it
said", ", but he noted that", a relaying agency, an enclosing trailing cue, paired
"according to"s); moved from :mod:`pipeline.extract.speakers` for size.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._cuetype import Cue
from pipeline.extract._lexicon import CAPITALS, COUNTRIES
from pipeline.extract._names import Resolved
from pipeline.extract._reattribute import Attribution, attribution_at

_PAIR = re.compile(
    r"(?:(?:Separately|Meanwhile|Earlier|Later|On[ \t]+\w+),[ \t]+)?"
    r"(?P<a>(?:[Tt]he[ \t]+)?[A-Za-z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?)[ \t]+and[ \t]+"
    r"(?P<b>(?:an?[ \t]+|the[ \t]+)?[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,4}?)[ \t]+"
    r"(?P<v>said|say)(?:[ \t]+that)?[ \t]+(?=\S)"
)
_KINDS = frozenset({"person", "org", "generic"})


def _place(name: str) -> bool:
    """A lone capitalised name the registry knows nothing of ("Vilnius")."""
    return name.isalpha() and name[:1].isupper() and name[1:].islower()


def _metonym(name: str) -> bool:
    """A country or capital speaking for its government ("Kyiv and Warsaw said")."""
    return name.lower() in CAPITALS or name.lower() in COUNTRIES


def pair(text: str, base: int, resolve: Callable[[str, int], Resolved | None]) -> list[Attribution]:
    """One attribution per party of a sentence opening "A and B said CLAUSE" (``base``: the
    sentence's body offset), or none when either party is no speaker."""
    m = _PAIR.match(text)
    if m is None or len(text) - m.end() < 15:
        return []
    found: list[Attribution] = []
    for group in ("a", "b"):
        resolved = resolve(m.group(group), base + m.start(group))
        name = resolved.canonical if resolved is not None else ""
        if resolved is None or not (resolved.kind in _KINDS or _metonym(name) or _place(name)):
            return []
        cue = Cue(
            m.group("v"), m.start("v"), m.end("v"), m.group(group), m.start(group),
            m.end(group), m.end(), len(text.rstrip().rstrip(".!?")), "leading",
            m.group().rstrip().endswith(" that"),
        )  # fmt: skip
        found.append(attribution_at(base, cue, resolved, pronoun=False))
    return found if found[0].speaker != found[1].speaker else []


def joined(body: str, main: Attribution | None) -> bool:
    """Whether a sentence may hold two speakers: none found, or one right after "and"."""
    return main is None or body.endswith(" and ", 0, main.subject_start)


def separate(main: Attribution, cue: Cue, base: int) -> bool:
    """A second speaker with a clause of its own after the first statement's clause."""
    return (
        cue.form == "leading"
        and cue.clause_start >= 0
        and main.clause_end >= 0
        and base + cue.subject_start > main.clause_end
        and base + cue.subject_start > main.cue_end
    )


def semicolon(text: str, main: Attribution, cue: Cue, base: int) -> int:
    """Sentence offset of the "; " before a trailing cue inside a leading cue's clause."""
    if cue.form != "trailing" or main.form != "leading" or main.clause_start < 0:
        return -1
    if "; " not in text:
        return -1
    start = main.clause_start - base
    semi = text.rfind("; ", start, cue.subject_start)
    return semi if semi > start and base + cue.subject_start < main.clause_end + 2 else -1


_JOINTS = (", but ", ", and ", ", while ", ", whereas ", ", as ", ", where ", ", though ", "; ")


def conjoined(text: str, main: Attribution, cue: Cue, base: int) -> int:
    """Sentence offset of the ", but" before a second leading cue ("A said that X, but he
    noted that Y", "A said X, while Houthi-run media said Y", "A said X, after B said Y")
    inside the first cue's clause, else -1."""
    if cue.form != "leading" or main.clause_start < 0 or cue.clause_start < 0:
        return -1
    at = cue.subject_start
    for joint in _JOINTS:  # "..., while Y said", "in the West Bank, where the ministry says"
        if text.endswith(joint, 0, at) and main.clause_start - base < at - len(joint):
            return at - len(joint) if base + at < main.clause_end else -1
    if text.endswith(" after ", 0, at):  # "A said C, (hours) after B said D": B's own
        comma = text.rfind(", ", max(0, at - 24), at)
        if comma > main.clause_start - base and base + at < main.clause_end:
            return comma
    return -1


def relayed(main: Attribution, cue: Cue, base: int, text: str = "") -> int:
    """End of a leading cue's clause that a closing "..., Xinhua news agency reported."
    relays (the agency only passes the statement on), else -1."""
    if cue.form != "trailing" or main.form != "leading" or main.clause_start < 0:
        return -1
    if cue.clause_start < 0 or base + cue.clause_start > main.subject_start:
        return -1
    end = base + cue.clause_end
    told = cue.verb in _TELLING and main.cue not in _TELLING  # "X said C, a source told RIA
    told = told and main.clause_end - (base + cue.verb_end) < 40  # Novosti": X's words
    citing = text.startswith((", citing ", " citing "), cue.verb_end)  # "reported(,) citing X"
    if main.clause_start < end < main.clause_end and (
        base + cue.verb_end >= main.clause_end - 1 or told or citing
    ):
        return end
    return -1


def as_relayed(text: str, main: Attribution, cue: Cue, base: int) -> bool:
    """ "As Interfax (earlier) reported, the governor said C": the outlet only relays the
    governor's statement, whose own cue follows the opening "As X reported,"."""
    if cue.form != "leading" or cue.clause_start < 0:
        return False
    if main.form == "according" and text.startswith("According to ", main.cue_start - base):
        comma = text.find(", ", main.subject_end - base, cue.subject_start)  # "According to
        return comma >= 0 and not text[comma + 2 : cue.subject_start].strip()  # Xinhua, X said C"
    if main.form != "leading" or not text.startswith("As ", main.subject_start - base):
        return False
    comma = text.find(", ", main.cue_end - base, cue.subject_start)
    return comma >= 0 and not text[comma + 2 : cue.subject_start].strip()


def encloses(main: Attribution, cue: Cue, base: int) -> bool:
    """A trailing cue whose reported clause holds the first cue and its subject."""
    return (
        cue.form == "trailing"
        and main.form == "leading"
        and base + cue.clause_start <= main.subject_start
        and (
            base + cue.clause_end >= main.clause_end
            or (
                main.cue in _TELLING
                and main.clause_start <= base + cue.subject_start < main.clause_end
            )
        )  # "X has told Y that C, an official told AFP.": the official's
    )


_TELLING = frozenset({"told", "tells", "informed", "informs"})


_PAIRS = (", while ", ", whereas ", "; ")


_PAIRED = ("according", "trailing")


def paired(text: str, main: Attribution, cue: Cue, base: int) -> int:
    """Sentence offset where a second trailing "according to Y" clause starts after
    ", while" following the first one's attribution, else -1."""
    if cue.form not in _PAIRED or main.form != cue.form or cue.clause_start != 0:
        return -1  # "A, the army said, while B, local officials said" too
    gap = text[main.cue_end - base : cue.verb_start]
    joint = max(gap.rfind(p) + len(p) if p in gap else -1 for p in _PAIRS)
    return main.cue_end - base + joint if joint > 0 else -1


def before_and(text: str, main: Attribution, verb_start: int, base: int) -> Attribution:
    """``main`` with its clause cut before "and said" when a second cue of the same speaker
    opens inside it ("told reporters that A and said B": A, then B)."""
    if main.clause_start < 0 or not main.clause_start < base + verb_start < main.clause_end:
        return main
    cut = text.rfind(" and ", 0, verb_start)
    if cut < 0 or verb_start - cut > 12 or base + cut <= main.clause_start:
        return main
    return main._replace(clause_end=base + cut)


def while_according(text: str, main: Attribution, cue: Cue, base: int) -> tuple[int, int] | None:
    """ "X say A, while B, according to Y": (end of X's clause, start of Y's) as sentence
    offsets when a closing "according to Y" follows a ", while" inside a leading cue's
    clause; Y speaks for B only (art31-05), else None."""
    if cue.form != "according" or main.form != "leading" or main.clause_start < 0:
        return None
    start, verb = main.clause_start - base, cue.verb_start
    if base + verb < main.clause_start or not text.endswith(", ", 0, verb):
        return None
    joint = max(text.rfind(p, start, verb) for p in (", while ", ", whereas "))
    if joint <= start:
        return None
    return joint, text.find(" ", joint + 2) + 1

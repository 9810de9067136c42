"""Immutable value types shared by the extractor's stages.

The detectors return these; :mod:`pipeline.extract.events` turns them into the
JSON event contract (``schemas/``). Nothing here knows about Kafka.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Approx = Literal["exact", "about", "at_least", "at_most"]
StrikeWeapon = Literal[
    "missile", "rocket", "drone", "airstrike", "mlrs", "artillery", "glide_bomb", "other"
]
InterceptWeapon = Literal["drone", "missile", "mixed"]
StatementMode = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into the original article body."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the cleaned article, still addressed in original-body offsets."""

    start: int
    """Offset of the sentence's first character in the original body."""
    end: int
    """Offset one past its last character in the original body."""
    text: str
    """``body[start:end]``, kept so detectors need not slice again."""
    paragraph: int
    """Index of the paragraph the sentence belongs to (0-based, boilerplate excluded)."""


@dataclass(frozen=True, slots=True)
class Document:
    """An article body after boilerplate removal and sentence splitting."""

    body: str
    """The original body, untouched: every offset points into it."""
    sentences: tuple[Sentence, ...]
    """Sentences of the kept (non-boilerplate) text, in order."""
    removed: tuple[Span, ...]
    """Spans of the body dropped as boilerplate (photo credits, promo links, ...)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text an event was read from: ``body[start:end] == text``."""

    text: str
    """The exact characters of the body the event rests on."""
    start: int
    """Offset of the first character in the original body."""
    end: int
    """Offset one past the last character."""


@dataclass(frozen=True, slots=True)
class Strike:
    """Attacks counted with no interception outcome ("fired 85 rockets")."""

    evidence: Evidence
    confidence: float
    """0-1: how sure the detector is that this is a real, correctly read event."""
    attacker: str | None
    """Canonical attacker ("Russia"), or None when the text does not say."""
    target: str | None
    """Canonical target ("Ukraine", a city, a region), or None."""
    weapon: StrikeWeapon
    count: int
    """The stated number of attacks or munitions."""
    approx: Approx
    """Qualifier of ``count``: "more than 40" is at_least, "about 100" is about."""
    period: str | None
    """ISO-8601 duration ("PT24H") or a named period ("overnight"), or None."""
    reported_by: str | None
    """Who the figure is attributed to ("Ukrainian military"), or None."""


@dataclass(frozen=True, slots=True)
class Interception:
    """An air-defence report: launched N, shot down M (either may be unknown)."""

    evidence: Evidence
    confidence: float
    weapon: InterceptWeapon
    weapon_model: str | None
    """The named model ("Shahed-131/136", "Kh-101"), or None."""
    launched: int | None
    intercepted: int | None
    all_intercepted: bool
    """True when the text says all were shot down."""
    approx: Approx
    """Qualifier of the main figure (intercepted, else launched)."""
    location: str | None
    reported_by: str | None


@dataclass(frozen=True, slots=True)
class Casualty:
    """People killed or injured, one record per stated group."""

    evidence: Evidence
    confidence: float
    group: str
    """Who: "civilians", "children", "people", "soldiers", ..."""
    killed: int | None
    injured: int | None
    approx: Approx
    """Qualifier of the main figure (killed, else injured)."""
    location: str | None
    cause: str | None
    reported_by: str | None


@dataclass(frozen=True, slots=True)
class Statement:
    """Something a speaker said: a direct or partial quote, or reported speech."""

    evidence: Evidence
    confidence: float
    speaker: str
    """Canonical name ("Xi Jinping", "Ukrainian Air Force")."""
    mode: StatementMode
    quote: str
    """Words inside the quotation marks, or the reported clause for indirect speech."""
    cue: str | None
    """The attribution verb ("said", "declared", "according to"), or None."""


Finding = Strike | Interception | Casualty | Statement
"""Anything a detector can return."""

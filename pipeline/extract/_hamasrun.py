"""A health ministry or health authority "run/controlled by Hamas" is Gaza's health ministry.

Hamas governs the Gaza Strip only, so the wire's "the Hamas-run health ministry" and the
translated-German "the Hamas-controlled health authority" ("die von der Hamas kontrollierte
Gesundheitsbehörde") both name the body the sets label "Gaza health ministry" (the
conventions: "The Ministry of Health in Gaza" is "Gaza health ministry", "in the Hamas-run
territory" is Gaza's). Without this the speaker kept the description whenever the sentence
itself named no place ("Hamas-controlled health authority"), a second name for one body.
The plural "health authorities" is left as it is (the sets label it as written).
"""

from __future__ import annotations

import re

from pipeline.extract._apposed import Resolved

_HAMAS_HEALTH = re.compile(
    r"(?:[Tt]he[ \t]+)?Hamas[- ](?:run|controlled|led)[ \t]+"
    r"(?:health[ \t]+(?:ministry|authority)|[Mm]inistry[ \t]+of[ \t]+[Hh]ealth)"
)


def gaza_body(subject: str) -> Resolved | None:
    """ "the Hamas-controlled health authority" -> Gaza health ministry; else None."""
    if "Hamas" not in subject or _HAMAS_HEALTH.fullmatch(subject.strip()) is None:
        return None
    return Resolved("Gaza health ministry", "org")

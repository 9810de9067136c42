"""Figures whose role the air-defence reader takes from a share next to them.

Split from ``_airmention`` (at its size limit):

- "Total: 152 air targets, 126 of them neutralised" ("..., of which 70 were shot down"):
  with no verb before it, the figure
  followed by a numbered share that went down is how many came in.
- "The largest share, 17, was destroyed over the Kharkiv region": an appositive figure,
  the region's own share of the shoot-down just reported.
- "nine of the drones were heading for the capital" is such a share too, not a launch
  ("48 drones were heading for the Kharkiv region" is one).
- Figures that are no shoot-down at all: the hits ("two drones struck a school") and the
  wreckage ("debris from one of them").
"""

from __future__ import annotations

import re

from pipeline.extract._numclause import INTERCEPT_VERB

_WHOLE_OF_SHARE = re.compile(
    r"\s*,\s*(?:(?:\d[\d,]*|[a-z-]+)\s+of\s+(?:them|which)|"
    r"of\s+(?:them|which)\s+(?:\d[\d,]*|[a-z-]+))"
    r"\s+(?:(?:were|was|had\s+been)\s+)?"
    rf"(?:{INTERCEPT_VERB.pattern})",
    re.IGNORECASE,
)


def whole_of_share(text: str, noun_end: int) -> bool:
    """True when ", N of them <downed>" follows the figure's noun ending at ``noun_end``."""
    if "," not in text[noun_end : noun_end + 2]:
        return False
    return _WHOLE_OF_SHARE.match(text, noun_end) is not None


_LARGEST_BEFORE = re.compile(
    r"\b(?:(?:largest|biggest|greatest|highest|most)\s+(?:share|number|part|portion|tally)|"
    r"(?-i:M)ost|the\s+(?:majority|bulk))"  # "Most of them, 38, were brought down over X"
    r"(?:\s+of\s+them)?\s*,\s*$",
    re.IGNORECASE,
)
_APPOSITIVE_DOWNED = re.compile(
    rf"\s*,\s*(?:was|were|had\s+been)\s+(?:{INTERCEPT_VERB.pattern})(?=\s+(?:over|above|in)\s)",
    re.IGNORECASE,
)


def appositive_share(text: str, start: int, end: int) -> int | None:
    """Where the place phrase begins after "The largest share, 17, was destroyed" (the
    figure at ``text[start:end]``), else None."""
    if "," not in text[end : end + 2]:
        return None
    m = _APPOSITIVE_DOWNED.match(text, end)
    if m is None or _LARGEST_BEFORE.search(text, max(0, start - 40), start) is None:
        return None
    return m.end()


_HEADED = re.compile(r"\s+(?:(?:had\s+been|were|was)\s+)?(?:heading|headed|flying)\s", re.I)


def heading_part(text: str, noun: str, noun_end: int) -> bool:
    """True for "nine of the drones were heading for the capital": a share of the drones
    just reported, by where they flew (``_airtotal.heading_share`` reads it), no launch."""
    return noun.lstrip()[:3].lower() == "of " and _HEADED.match(text, noun_end) is not None


# "About 70 of the drones were Shahed-type", "40 of them were Gerbera decoys": what the
# drones were, not how many went down (even when "and 81 were shot down" follows).
_KIND_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?:(?:all|mostly)\s+)?(?:of\s+the\s+)?(?:[\w]+[\s-]+)?"
    r"(?:types?|shaheds?|gerans?|gerberas?|decoys?|dummies|jet[\s-]+powered)\b",
    re.IGNORECASE,
)


def kind_part(text: str, noun: str, noun_end: int) -> bool:
    """True for "70 of the drones were Shahed-type": a share told by kind, no outcome."""
    return noun.lstrip()[:3].lower() == "of " and _KIND_AFTER.match(text, noun_end) is not None


# Moved from ``_airmention`` (size limit). "60 drones attacked the Kyiv region": a finite
# attack verb, not a describing participle. So is a crossing: "two drones crossed from
# Lebanon and one was intercepted".
_FINITE_ATTACK = re.compile(
    r"attacked\s+(?!by\b)|targeted\s+(?!(?:at|by|against|towards?)\b)|crossed\s|entered\s|flew\s|"
    r"attempted\s|violated\s|penetrated\s+(?:into\s+)?(?:[\w-]+\s+){0,2}?airspace",
    re.IGNORECASE,
)
# "The air force reported 33 missiles launched, with 20 shot down": the participle is
# the reported figure's own verb.
_REPORTED_BEFORE = re.compile(
    r"\b(?:reported|registered|recorded|counted|tracked|detected)\s+(?:(?:about|around|some|"
    r"over|more\s+than|at\s+least|nearly|almost|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_LAUNCHED = re.compile(r"launched\b(?!\s+by\b)", re.IGNORECASE)


def own_launch(text: str, at: int, v_start: int) -> bool:
    """True when the launch verb at ``v_start``, after the figure at ``at``, is the figure's
    own: a finite attack verb, or "launched" after a figure a report counts."""
    if _FINITE_ATTACK.match(text, v_start) is not None:
        return True
    if v_start - at > 40 or _LAUNCHED.match(text, v_start) is None:
        return False
    return _REPORTED_BEFORE.search(text, max(0, at - 40), at) is not None


# Figures that are no shoot-down.
HIT_AFTER = re.compile(
    r"\s+(?:(?:also|still|then|nevertheless)\s+)?(?:(?:have|had|has)\s+)?"
    # ("penetrated into Polish airspace" is an incursion: a launch, see ``LAUNCH_VERB``)
    r"(?:hit|struck(?!\s+down\b)|reached|landed|fell|crashed|exploded|got\s+through|missed|killed|wounded|injured|"
    r"penetrated(?!\s+(?:into\s+)?(?:[\w-]+\s+){0,2}?airspace)|"
    r"splashed)\b",
    re.IGNORECASE,
)

# "Debris from one of them damaged a house", "fragments of two downed missiles fell": the
# figure counts where wreckage came from, not how many were shot down.
DEBRIS_OF = re.compile(
    r"\b(?:debris|fragments?|wreckage|remnants|remains|parts|pieces|shrapnel)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "...; over the Chernihiv region, 11.": a region's share told before its figure.
_REGION_BEFORE = re.compile(
    r"(?:^|(?<=[;,]\s)|(?<=\band\s))(?:over|above)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?i:region|oblast|province))?(?=,\s*$)",
    re.IGNORECASE,
)


# "..., over the region Kursk nine.": translated German puts a listed share's figure last.
_REGION_THEN = re.compile(
    r"(?<=[;,]\s)(?:over|above)\s+(?:the\s+)?(?:(?:region|oblast|province)\s+(?:of\s+)?)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?i:region|oblast|province))?\s+$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$)")


def region_before(text: str, start: int, end: int = -1) -> re.Match[str] | None:
    """The "over the X region" phrase just before the figure at ``start`` ("Over the Kyiv
    region, 20 were shot down"; "..., over the region Kursk nine." when the figure ending
    at ``end`` closes its clause), else None."""
    if "," not in text[max(0, start - 3) : start]:
        if end < 0 or "over " not in text[max(0, start - 60) : start]:
            return None
        if _CLAUSE_END.match(text, end) is None:
            return None
        return _REGION_THEN.search(text, max(0, start - 60), start)
    return _REGION_BEFORE.search(text, max(0, start - 60), start)


# "15 over the Moscow Region, including nine flying towards Moscow": a region's share told
# by where the drones flew (only inside a per-region list of shoot-downs).
_INCLUDING = re.compile(r"\bincluding\s+$", re.IGNORECASE)
_FLYING_AT = re.compile(
    r"\s+(?:of\s+(?:them|which)\s+|(?:that|which)\s+)?(?:(?:were|was|had\s+been)\s+)?"
    r"(?:flying|heading|headed)\s+"
    r"(?:towards?|for|to|at)\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w'’-]+|capital\b)",
    re.IGNORECASE,
)


def heading_within(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "flying towards <place>" after an "including N" figure (``text[start:end]``), or
    after "N of which" ("47 drones, 12 of which were heading towards Moscow")."""
    if not _INCLUDING.search(text, max(0, start - 12), start) and text[end : end + 9] not in (
        " of which",
        " of them ",
    ):
        return None
    return _FLYING_AT.match(text, end)


# "Of the 25 rockets the air defence could intercept 20" (German order, no comma): the
# fronted figure is the launch, its outcome a clause with its own subject and figure.
_OF_SUBJECT_OUTCOME = re.compile(
    r"\s+(?:the\s+)?(?:ukrainian\s+|russian\s+|israeli\s+)?(?:air\s+defen[cs]es?|air\s+force|"
    r"defenders|defence\s+forces|military|army)\s+(?:could\s+|was\s+able\s+to\s+|"
    r"managed\s+to\s+)?(?:intercept|shoot\s+down|destroy|neutrali[sz]e|down)(?:ed)?\s+"
    r"(?:only\s+|just\s+)?\d",
    re.IGNORECASE,
)


def subject_outcome(text: str, noun_end: int) -> bool:
    """True when an outcome clause with its own subject and figure follows the noun."""
    return _OF_SUBJECT_OUTCOME.match(text, noun_end) is not None

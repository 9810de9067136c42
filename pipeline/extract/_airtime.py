"""Time phrases between a launch verb and its figures (translated German copy).

German puts the time adverbial between the verb and its object: "Die Russen setzten seit
19 Uhr am Donnerstag zwei ballistische Raketen ... ein" comes out of a translation desk as
"The Russians deployed from 19:00 on Thursday two ballistic missiles ...". The verb is
still the figures' own; :func:`pipeline.extract._airrole.role_of` skips a launch verb
followed by "from" (the weapons' origin, "drones launched from Russia") unless what
follows is a name or, now, such a time phrase. :data:`FROM_TIME` matches the phrase
after "from": a clock time, "the evening (of 14 May)", with an optional day, "until ..."
end and "onwards".
"""

from __future__ import annotations

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours|h|o'clock))?(?:\s+(?:Kyiv|Moscow|local)\s+time)?"
_PART = r"(?:the\s+)?(?:early\s+|late\s+)?(?:evening|morning|night|afternoon|midnight)"
_DATE = r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?"
_WHEN = (
    rf"(?:{_CLOCK}|{_PART})"
    rf"(?:\s+(?:on\s+)?(?:{_DAY}|the\s+\d{{1,2}}(?:st|nd|rd|th)?)|\s+of\s+(?:{_DATE}|{_DAY}))?"
    rf"(?:\s+(?:on\s+)?{_DAY})?"
)
FROM_TIME = (
    rf"{_WHEN}(?:\s+(?:until|till|to)\s+(?:{_WHEN}|(?:the\s+)?(?:early\s+)?morning(?:\s+hours)?))?"
    r"(?:\s+onwards?)?(?:\s+in\s+the\s+(?:morning|evening|night))?"
)
"""A time phrase after "from": "19:00 on Thursday", "the evening of 14 May onwards"."""

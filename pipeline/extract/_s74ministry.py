"""A bare "the ministry" and a ministry named two ways, round 74 (helper h_fix_s74, the
speaker errors of real13 and real16, ``dev_statements100``).

- "In a statement from the foreign ministry, Saudi Arabia called ... . 'Q,' the ministry
  said." names the ministry only inside a prepositional phrase, so no statement speaks for it
  before and "the ministry" was left bare: it is the COUNTRY's TOPIC ministry, the country
  taken from the sentence of the mention ("Saudi foreign ministry").
- "The Ministry of Foreign Affairs and Expatriates said A. The ministry confirmed B. ...
  The Syrian Foreign Ministry urged C" is one body: the long unqualified name takes the
  qualified short one when the document has exactly one of that topic, and a bare "the
  ministry" then follows the last ministry that spoke.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

__all__ = ["bare_ministry", "unified"]

_LONG = re.compile(r"^Ministry of (?P<t>Foreign Affairs|Defen[cs]e|Health|Interior)\b")
_SHORT = re.compile(r"^(?P<a>[A-Z][a-z]+) (?P<t>Foreign|Defen[cs]e|Health|Interior) [Mm]inistry$")
_MENTION = re.compile(
    r"\b(?:from|of|by|through|via) (?:the|its) "
    r"(?P<t>foreign|defen[cs]e|health|interior|emergencies) ministry\b"
)
_COUNTRY = re.compile(r"\b(?:Saudi Arabia|[A-Z][a-z]+)(?:['\u2019]s)?\b")
_TOPIC = {"foreign affairs": "foreign", "defence": "defence", "defense": "defense"}
_EXTRA = {"saudi arabia": "Saudi", "kuwait": "Kuwaiti", "bahrain": "Bahraini", "oman": "Omani"}
_ADJECTIVES = frozenset([*lex.DEMONYMS.values(), *_EXTRA.values()])


def _topic(word: str) -> str:
    low = word.lower()
    return _TOPIC.get(low, low)


def unified(speakers: list[str]) -> dict[str, str]:
    """Long unqualified ministry names -> the one qualified short name of the same topic."""
    short: dict[str, set[str]] = {}
    for name in speakers:
        m = _SHORT.match(name)
        if m is not None and m.group("a") in _ADJECTIVES:
            short.setdefault(_topic(m.group("t")), set()).add(name)
    if not short:
        return {}
    out: dict[str, str] = {}
    for name in speakers:
        m = _LONG.match(name)
        if m is not None:
            found = short.get(_topic(m.group("t")), set())
            if len(found) == 1:
                out[name] = next(iter(found))
    return out


def bare_ministry(body: str, start: int, prior: str | None) -> str | None:
    """The ministry a bare "the ministry" at ``start`` is: the last ministry that spoke
    (``prior``), else COUNTRY + topic of the last "from the TOPIC ministry" before it."""
    if prior is not None:
        return prior
    window = body[max(0, start - 800) : start]
    if " ministry" not in window:
        return None
    mentions = list(_MENTION.finditer(window))
    if not mentions:
        return None
    m = mentions[-1]
    left = max(window.rfind(". ", 0, m.start()), window.rfind("\n", 0, m.start())) + 1
    right = window.find(". ", m.end())
    sentence = window[left : right if right >= 0 else len(window)]
    for c in _COUNTRY.finditer(sentence):
        word = c.group(0).lower().removesuffix("'s").removesuffix("\u2019s")
        adjective = lex.DEMONYMS.get(word) or _EXTRA.get(word)
        if adjective is None and c.group(0) in _ADJECTIVES:
            adjective = c.group(0)
        if adjective is not None:
            return f"{adjective} {m.group('t')} ministry"
    return None

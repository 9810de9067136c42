"""Speaker names re-read on real wire copy (statement round 51, ``dev_statements77``).

Real agency pages (Ukrinform, TASS, Xinhua, Anadolu, AFP, Pakistani and Israeli outlets)
name bodies and officials in ways the main reader leaves half-read. Each rule reads one
mechanism of naming, never one sentence:

- a health ministry left bare ("the Gaza-based Health Ministry", "the Health Ministry" in a
  Gaza story) is the Gaza health ministry when Gaza is the only theatre the article names;
- the head of state read where the text names the head of state's press secretary ("the
  press secretary of the Russian president") is the press secretary the table lists;
- a bare "the ministry" the reader could not qualify is the ministry the article named
  before it ("Lebanon's health ministry said ..." in a sentence the reader left unread);
- a bare outlet noun ("the broadcaster said", "The channel said") is the outlet the article
  quoted before it (a statement whose speaker is a channel, radio, TV or agency);
- "Prosecutors in the eastern Kharkiv region" are "Kharkiv regional prosecutors";
- "The Zaporizhzhia region governor" keeps the text's "region governor" (the main reader
  turns it into "regional governor", a description the article never used);
- "the regional governor" is the person the article named head of that region's military
  administration ("NAME, the head of the Donetsk Regional Military Administration");
- "According to the head of the Cherkasy regional military administration" is that
  description when the reader left only the administration, or gave it to a person the
  article introduced as head of a city administration;
- a military rank abbreviated without a stop ("Col Qureshi", "Lt Gen Chaudhry") is no part
  of the name: the surname takes the full name the article gave;
- "According to Pakistan's military spokesman, Lt Gen NAME, C" is NAME's (the quote without
  the apposed name), and so are the "He said ..." statements the reader gave the body;
- a long title before a name ("Deputy Assistant to the US President for National Security
  Jonathan Finer said") is the name, not the title's last word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ROLE_TABLE
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["renamed"]

_BARE_HEALTH = frozenset({"health ministry", "ministry of health", "ministry", "the ministry"})
_OTHER_THEATRES = re.compile(
    r"\b(?:Leban\w*|Syria\w*|Iran\w*|Iraq\w*|Yemen\w*|Sudan\w*|Ukrain\w*|Russia\w*|Beirut"
    r"|Israel(?:'s|’s|i)[ \t]+[Hh]ealth)\b"
)
_GAZA_BASED = re.compile(r"\bGaza(?:-based|-run|'s|’s)[ \t]+(?:[Hh]ealth[ \t]+)?[Mm]inistry\b")
_MINISTRY = re.compile(
    r"\b(?P<m>[A-Z][a-z]+(?:'s|’s)[ \t]+(?:health|defen[cs]e|foreign|interior)[ \t]+ministry)\b",
    re.I,
)
_TITLE_TAIL = re.compile(
    r"^(?:Security|Affairs|Policy|Relations|Operations|Intelligence|Development)[ \t]+"
    r"(?=[A-Z][a-z][\w'’-]*[ \t]+[A-Z][a-z][\w'’-]*$)"
)
_HEAD_REGIONAL = re.compile(
    r"\b(?:According[ \t]+to[ \t]+)?the[ \t]+head[ \t]+of[ \t]+the[ \t]+regional[ \t]+"
    r"(?:military[ \t]+)?administration\b",
    re.I,
)
_REGION_IN = re.compile(r"\b(?P<r>[A-Z][\w'’-]+)[ \t]+(?:region|oblast|Oblast|Region)\b")
_PRESS = re.compile(
    r"\b(?:(?:press[ \t]+secretary|spokes(?:man|woman|person))[ \t]+(?:of|to)[ \t]+the[ \t]+"
    r"(?P<p>[A-Z]\w+[ \t]+president)|(?P<q>[A-Z]\w+[ \t]+president)(?:'s|’s)[ \t]+"
    r"(?:press[ \t]+secretary|spokes(?:man|woman|person)))\b"
)
_OUTLET_WORDS = frozenset(
    {"broadcaster", "channel", "station", "network", "newspaper", "daily", "outlet", "tv"}
)
_OUTLET = re.compile(
    r"\b(?:Channel|TV|Television|Radio|Kan|Al[- ][A-Z]\w+|Haaretz|Ynet|broadcaster"
    r"|newspaper|News|Times|Post)\b"
)
_PROSECUTORS = re.compile(
    r"\b[Pp]rosecutors[ \t]+in[ \t]+the[ \t]+(?:(?:north|south|east|west)(?:ern)?[ \t]+"
    r"|(?:north|south)-?(?:east|west)ern[ \t]+|central[ \t]+)?(?P<r>[A-Z][\w'’-]+)[ \t]+"
    r"(?:region|oblast|Oblast|Region)\b"
)
_REGIONAL_GOVERNOR = re.compile(r"^(?P<r>[A-Z][\w'’-]+)[ \t]+regional[ \t]+governor$")
_ADMIN = re.compile(r"^(?P<r>[A-Z][\w'’-]+)[ \t]+regional[ \t]+military[ \t]+administration$")
_RANK = (
    r"(?:(?:Lt|Lieut|Maj|Brig|Vice|Rear)\.?[ \t]+)?(?:Gen|Col|Cdr|Capt|Adm|Sgt|Maj|Lt|Cpl)"
    r"\.?[ \t]+"
)
_RANK_WORDS = frozenset(
    {"Colonel", "General", "Lieutenant", "Major", "Brigadier", "Captain", "Admiral", "Sergeant"}
    | {"Col", "Gen", "Lt", "Maj", "Brig", "Capt", "Adm", "Sgt", "Cdr", "Lieut", "Vice", "Rear"}
)
_RANK_PREFIX = re.compile(r"^" + _RANK + r"(?=[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}$)")
_RANKED = re.compile(r"^" + _RANK + r"(?P<s>[A-Z][\w'’-]+)$")
_APPOSED = re.compile(
    r"^According[ \t]+to[ \t]+[^,;]{3,80}?\b(?:spokes(?:man|woman|person)|chief|head|commander)"
    r",[ \t]+(?:" + _RANK + r")?(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]+"
)
_TITLE_WORDS = frozenset(
    {
        "Assistant",
        "Adviser",
        "Advisor",
        "Secretary",
        "Deputy",
        "Director",
        "Undersecretary",
        "Envoy",
        "Coordinator",
        "Representative",
    }
)
_NAME_BEFORE_VERB = re.compile(
    r"(?P<n>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})[ \t]+"
    r"(?:said|says|told|stated|noted|added|stressed|announced|warned)\b"
)
_PRONOUN_LEAD = re.compile(r"^(?:He|She)[ \t]+\w+")


def renamed(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` (in body order) with this round's speaker names and apposed quotes."""
    out: list[Statement] = []
    moved: dict[str, str] = {}  # a body whose apposed spokesperson took its statements
    for s in statements:
        index = speakers.sentence_at(s.evidence.start)
        text = doc.sentences[index].text if 0 <= index < len(doc.sentences) else s.evidence.text
        t = _apposed(s, text, moved)
        if t is s and s.speaker in moved and _PRONOUN_LEAD.match(text):
            t = replace(s, speaker=moved[s.speaker])
        who = _name(doc, speakers, out, t, text)
        out.append(t if who == t.speaker else replace(t, speaker=who))
    return out


def _apposed(s: Statement, text: str, moved: dict[str, str]) -> Statement:
    m = _APPOSED.match(text)
    if m is None or s.mode != "indirect":
        return s
    rest = text[m.end() :].rstrip(" \t.")
    if not rest or not s.quote.endswith(rest) or len(s.quote) <= len(rest):
        return s
    name = m.group("n")
    moved[s.speaker] = name
    return replace(s, speaker=name, quote=rest)


def _name(
    doc: Document, speakers: Speakers, before: list[Statement], s: Statement, text: str
) -> str:
    who = s.speaker
    low = who.lower()
    if _gaza_only(doc, before, low, text):
        return "Gaza health ministry"
    if low in ("ministry", "the ministry") and (named := _ministry_before(doc, speakers, s)):
        return named
    if (m := _TITLE_TAIL.match(who)) is not None:
        return who[m.end() :]
    if "president" in text and (m := _PRESS.search(text)) is not None:  # (its literal first)
        president = m.group("p") or m.group("q")
        press = _press_secretary(speakers, president)
        if press is not None and who == speakers.canonical(president):
            return press  # the head read for "the press secretary of the X president"
    if low.removeprefix("the ") in _OUTLET_WORDS:
        for t in reversed(before):
            if t.speaker.lower().removeprefix("the ") not in _OUTLET_WORDS and _OUTLET.search(
                t.speaker
            ):
                return t.speaker
        return who
    if low == "prosecutors" and (m := _PROSECUTORS.search(text)) is not None:
        return f"{m.group('r')} regional prosecutors"
    if (m := _REGIONAL_GOVERNOR.match(who)) is not None:
        region = m.group("r")
        if f"{region} region governor" in doc.body and f"{region} regional governor" not in (
            doc.body
        ):
            return f"{region} region governor"
        if f"{region} regional governor" not in doc.body:
            return _administration_head(doc.body, region) or who
        return who
    if (m := _ADMIN.match(who)) is not None:
        head = f"head of the {who}"
        return head if head.lower() in text.lower() else who
    region = _REGION_IN.search(text) if _HEAD_REGIONAL.search(text) else None
    if region is not None and " " in who and who[0].isupper() and _city_head(doc.body, who):
        return f"head of the {region.group('r')} regional military administration"
    if (m := _RANK_PREFIX.match(who)) is not None:
        return who[m.end() :]
    if (m := _RANKED.match(who)) is not None:
        full = _full_name(doc.body, m.group("s"), s.evidence.start)
        return full if full is not None and not full.endswith(who) else who
    if who in _TITLE_WORDS:
        at = text.find(who)
        if at >= 0 and (n := _NAME_BEFORE_VERB.search(text, at + len(who))) is not None:
            return n.group("n")
    return who


def _gaza_only(doc: Document, before: list[Statement], low: str, text: str) -> bool:
    """True when a bare health ministry is Gaza's: "Gaza-based" in its sentence, or Gaza the
    only theatre of the article."""
    if low not in _BARE_HEALTH or not body_has(doc.body, "Gaza"):
        return False
    if _GAZA_BASED.search(text):
        return True
    if _OTHER_THEATRES.search(doc.body):
        return False
    return "health" in low or any(t.speaker == "Gaza health ministry" for t in before)


def _ministry_before(doc: Document, speakers: Speakers, s: Statement) -> str | None:
    """The ministry the article named before a bare "the ministry" ("Lebanon's health
    ministry said ..." in a sentence the reader left unread)."""
    found = [m for m in _MINISTRY.finditer(doc.body, 0, s.evidence.start)]
    if not found:
        return None
    named = speakers.canonical(found[-1].group("m"))
    return named if named.lower() != found[-1].group("m").lower() else None


_MEMO: list[tuple[str, dict[tuple[str, str], str | None]]] = []
"""The last body's answers of :func:`_administration_head` (each a scan of the whole body,
asked again for every statement that names the same region)."""


def _memo(body: str) -> dict[tuple[str, str], str | None]:
    if not _MEMO or _MEMO[0][0] is not body:
        _MEMO[:] = [(body, {})]
    return _MEMO[0][1]


def _administration_head(body: str, region: str) -> str | None:
    """The person the article names as head of ``region``'s regional military
    administration ("NAME, the head of the Donetsk Regional Military Administration")."""
    memo = _memo(body)
    key = ("head", region)
    if key not in memo:
        memo[key] = _find_administration_head(body, region)
    return memo[key]


def _find_administration_head(body: str, region: str) -> str | None:
    office = (
        r"head[ \t]+of[ \t]+the[ \t]+"
        + re.escape(region)
        + r"[ \t]+Regional[ \t]+(?:Military[ \t]+)?Administration"
    )
    name = r"(?P<n>[A-Z][a-z][\w'’-]+[ \t]+[A-Z][a-z][\w'’-]+)"
    for pattern in (name + r",[ \t]+(?:the[ \t]+)?" + office, office + r",?[ \t]+" + name):
        m = re.search(pattern, body, re.I)
        if m is not None and all(w[:1].isupper() for w in m.group("n").split()):
            return m.group("n")
    return None


def _city_head(body: str, person: str) -> bool:
    """True when the article introduced ``person`` as head of a city administration."""
    at = body.find(person)
    if at < 0:
        return False
    around = body[max(0, at - 80) : at + len(person) + 80].lower()
    return "city" in around and "regional" not in around


def _press_secretary(speakers: Speakers, president: str | None) -> str | None:
    """The table's spokesperson of the head of state ``president`` names, if listed."""
    if president is None:
        return None
    head = speakers.canonical(president)
    for (country, role), holder in ROLE_TABLE.items():
        if role == "head" and holder == head:
            return ROLE_TABLE.get((country, "spokesperson"))
    return None


def _full_name(body: str, surname: str, offset: int) -> str | None:
    """The full name ending in ``surname`` the article gave before ``offset`` (or after)."""
    names = _full_names(body, surname)
    if not names:
        return None
    before = [n for at, n in names if at < offset]
    return before[-1] if before else names[0][1]


_NAMES: list[tuple[str, dict[str, list[tuple[int, str]]]]] = []
"""The last body's :func:`_full_names`, by surname."""


def _full_names(body: str, surname: str) -> list[tuple[int, str]]:
    """The full names ending in ``surname`` in ``body`` with their offsets (one scan per body
    and surname)."""
    if not _NAMES or _NAMES[0][0] is not body:
        _NAMES[:] = [(body, {})]
    memo = _NAMES[0][1]
    if surname not in memo:
        memo[surname] = _scan_full_names(body, surname)
    return memo[surname]


def _scan_full_names(body: str, surname: str) -> list[tuple[int, str]]:
    pattern = re.compile(
        r"\b(?P<n>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2}[ \t]+"
        + re.escape(surname)
        + r")\b"
    )
    names: list[tuple[int, str]] = []
    for m in pattern.finditer(body):
        words = m.group("n").split()
        while words and words[0].rstrip(".") in _RANK_WORDS:
            words = words[1:]
        if len(words) >= 2:
            names.append((m.start(), " ".join(words)))
    return names

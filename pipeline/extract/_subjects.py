"""Where a speaker's subject starts, for :mod:`pipeline.extract._cues`.

Sentence openings that still let a subject start a clause (a live blog's time stamp, an
introductory phrase before a pronoun), asides between subject and verb, descriptions before
a trailing speaker's name, and a name closing "according to the head of X, NAME".
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract._guards import participial
from pipeline.extract._names import UPPER

ASIDE = re.compile(
    r",[ \t]+(?:(?:speaking|who|citing|writing|[a-z]{3,}ing(?<!including))[ \t][^,;“”\"]{1,120}"
    r"|for[ \t]+(?:its|his|her|their)[ \t]+part|in[ \t]+turn|meanwhile|however"
    r"|(?:with|to|for|by)[ \t]+whom[ \t][^,;“”\"]{1,80}"  # ", with whom Wadephul spoke,"
    r"|(?:(?:also|too|himself|herself|already)[ \t]+)?(?:present[ \t]+)?(?:in|at)[ \t]+"
    r"(?:the[ \t]+)?[A-Z][^,;“”\"]{1,60}"  # ", also in Rome,", ", present in Paris,"
    r"|in[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:statement|post|interview"
    r"|message|video|address|briefing|speech|summary|update|conversation|call|meeting)"
    r"[^,;“”\"]{0,60}),[ \t]*$"
)
"""An aside between subject and verb ("A U.S. official, speaking on condition of anonymity,",
"The Kremlin, in a statement on Monday,", "The ministry, in its own daily briefing,", "Fidan,
in a telephone conversation with X,", "Jordan's minister, with whom X spoke,", "Merz, also in
Rome,")."""
CLOSING_NAME = re.compile(
    rf",[ \t]+(?P<name>[{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+){{1,3}})[ \t]*[.!?]?$"
)
OPENING_MARKS = '“"«„'
_NOT_DESCRIPTIONS = lex.words(
    """and but or nor while as when after before because if though although which who that so
    then where since until once than whereas with by for from to in on at of"""
)
_QUOTED_ARTICLE = (",” a ", '," a ', ",” an ", '," an ')
_JOINS = (
    " and",
    " but",
    " while",
    " whereas",
    " after",
    " when",
    " because",
    " although",
    " though",
    ", where",
)
"""Words after which a new clause (and its subject) may start: "two days after the army said",
"in the West Bank, where the health ministry says ..."."""
_ZONE = r"(?:[ \t]*(?:GMT|UTC|CET|CEST|EET|EEST|BST|ET|EST|EDT|local time))?"
_STAMP = re.compile(rf"(?:^|\s)\d{{1,2}}[:.]\d{{2}}{_ZONE}[ \t]*[—–-]$")
_LEADING_STAMP = re.compile(rf"\d{{1,2}}[:.]\d{{2}}{_ZONE}[ \t]+[—–-][ \t]+")
"""A live blog's entry stamp opening a sentence: "12:10 GMT - ", "09:40 — "."""


_SOURCE_PREFIX = re.compile(
    rf"[{UPPER}][\w.'’/-]*(?:[ \t]+[{UPPER}][\w.'’-]*){{0,3}}[ \t]+[—–-][ \t]+"
    rf"(?:Agencies:[ \t]+)?(?=[{UPPER}“\"])"
)
"""A source's name glued before a scraped sentence ("SadaNews - Sudanese military sources
said ...", "Sudan Tribune – The army said ...", "Kyiv/Prague – ", the Arabic desks'
"Sanaa – Agencies: "): no part of the sentence."""


def past_stamp(text: str, start: int) -> int:
    """Offset after a live blog's time stamp at ``start`` ("08:40 GMT - ") or a source's
    name glued before the sentence ("SadaNews - "), else ``start``."""
    if text[start : start + 1].isdigit():
        m = _LEADING_STAMP.match(text, start)
    elif " - " in text[start : start + 40] or " – " in text[start : start + 40]:
        m = _SOURCE_PREFIX.match(text, start)
    else:
        m = None
    return m.end() if m is not None else start


def opens(pre: str) -> bool:
    """Whether a clause can start after ``pre``: sentence start, a comma, colon, quote, "and",
    or a live blog's time stamp ("09:40 — Russia's Defence Ministry claims ...")."""
    if not pre:
        return True
    if pre[-1] in "—–-" and _STAMP.search(pre) is not None:
        return True
    return pre[-1] in ',:;”"»“' or pre.endswith(_JOINS) or pre in _LONE_OPENERS


_LONE_OPENERS: frozenset[str] = frozenset(
    {"And", "But", "There", "Then", "Later", "Afterwards", "Here"}
)
"""One adverb before the subject, no comma: "There he said that ..." (German copy)."""


def described(text: str, s_start: int) -> int | None:
    """Start of a description before a trailing speaker's name after a comma ("..., its
    manufacturer Rafael said", "..., Naftogaz chief executive Serhiy Koretskyi said")."""
    if text.endswith(_QUOTED_ARTICLE, 0, s_start):
        return s_start - (2 if text.endswith(" a ", 0, s_start) else 3)  # "“...,” a US official"
    comma = text.rfind(", ", max(0, s_start - 40), s_start)
    if comma < 0:
        return None
    words = text[comma + 2 : s_start].split()
    if not words or len(words) > 3:
        return None
    if all(
        w.isalpha() and w.islower() and w not in _NOT_DESCRIPTIONS and not w.endswith(("ed", "ing"))
        for w in words
    ):
        return comma + 2  # "..., energy company DTEK said", "..., grid operator X said"
    if len(words) == 1 and words[0] in ("a", "an", "one"):
        return comma + 2  # "..., a senior administration official said"
    if words[0] in ("its", "his", "her", "their") or all(
        w[:1].isupper() or w in lex.TITLES or w == "executive" for w in words
    ):
        return comma + 2
    return None


def introduced(text: str, subject: str, s_start: int) -> bool:
    """ "In his evening video address on Sunday he said ...": a pronoun after an opening
    prepositional phrase (no comma) is still the sentence's subject; so is a definite
    description after a short time adverbial ("Later in the day the commander said")."""
    if s_start <= 40 and past_stamp(text, 0) == s_start:
        return True  # "SadaNews - Sudanese military sources said"
    if (subject.startswith(_DEFINITE) or subject in _BARE_GROUPS) and s_start <= 40:
        return _TIME_OPENER.fullmatch(text, 0, s_start) is not None  # "Earlier in the day
        # authorities had said"
    if text.startswith("During ") and subject[:1].isupper() and s_start <= 40:
        return _TIME_OPENER.fullmatch(text, 0, s_start) is not None  # "During the May
        # fighting Pakistan said"
    if subject not in ("he", "she", "they"):
        return False
    if text.startswith(("In ", "On ", "At ", "During ", "After ")):
        return "," not in text[:s_start] and s_start < 80
    return s_start <= 40 and _TIME_OPENER.fullmatch(text, 0, s_start) is not None


_TIME_OPENER = re.compile(
    r"(?:Later|Earlier|Afterwards|Subsequently)[ \t]+"
    r"|(?:On|In|At|During|After|Later|Earlier|Late|Early|By)[ \t][^,;:“”\"]{0,30}?"
    r"(?:day|morning|afternoon|evening|night|week|hours|later|earlier|meantime|fighting"
    r"|clashes|talks|war)[ \t]+"
)
"""A short opening time adverbial without its comma ("Later in the day", "On Monday",
"Afterwards")."""
_OPENER_WORDS: tuple[str, ...] = (
    *("Later", "Earlier", "Afterwards", "Subsequently"),
    *("On", "In", "At", "During", "After", "Late", "Early", "By"),
)
"""The words :data:`_TIME_OPENER` opens with: the regex runs only after one."""
_PLACE_OPENER = re.compile(
    rf"(?:In|At)[ \t]+(?:the[ \t]+)?(?:[{UPPER}][\w-]+|[a-z]+(?:[ \t]+[a-z]+)?"
    rf"|[{UPPER}][\w-]+[ \t]+[a-z]+)[ \t]+(?=(?:the|its|his|her|their)[ \t])"
)
"""A short place or chamber opening the sentence without its comma ("In the Bundestag",
"At the plant", "In the Lithuanian capital") right before the subject's article."""
_DEFINITE = ("the ", "its ", "his ", "her ", "their ")
_BARE_GROUPS = frozenset({"authorities", "officials", "police", "rescuers", "medics", "residents"})


def untimed(subject: str) -> str:
    """ "On Monday the governor" -> "the governor": the opening adverbial is no part of the
    speaker a backward phrase walk took in."""
    m = _TIME_OPENER.match(subject) if subject.startswith(_OPENER_WORDS) else None
    if m is None and subject.startswith(("In ", "At ")):
        m = _PLACE_OPENER.match(subject)  # "In the Bundestag the SPD politician"
    return (
        subject[m.end() :] if m is not None and subject.startswith(_DEFINITE, m.end()) else subject
    )


_SUBORDINATE = ("Asked ", "When asked ", "Speaking ", "Answering ", "Responding ")


def framing(text: str, start: int, end: int) -> bool:
    """ "Asked about ..., X said", "Opening the session, X said": the words before a
    speaker that frame the sentence rather than report anything."""
    clause = text[start:end]
    return text.startswith(_SUBORDINATE, start) or participial(clause) or _titular(clause)


_RELATIVE = re.compile(r",[ \t]+wh(?:ich|o)[ \t][^,;“”\"]{1,100},")
"""A relative clause after the addressee of an appeal, skipped to find its "to"."""
_NO_ADDRESSEE = frozenset({"", "not", "for", "about", "whether", "if", "by", "how", "why"})


_QUESTION_WORDS = (" why ", " whether ", " how ", " what ", " when ", " where ", " if ")
"""Words opening an indirect question between "asked X" and a later "to"."""


def appeal(text: str, pos: int) -> bool:
    """ "urged Moscow to accept ...": an addressee, then "to", within a few words; not
    "urged “maximum restraint” and warned that ... efforts to revive ..."."""
    to = text.find(" to ", pos, pos + 80)
    if to < 0 and ", wh" in text[pos : pos + 80]:  # "called on X, which co-chair ..., to Y"
        to = text.find(" to ", pos, pos + 160)
        to = to if to > 0 and len(_RELATIVE.sub("", text[pos:to])) < 80 else -1
    if to < 0:
        return False
    between = text[pos:to]
    if any(mark in between for mark in OPENING_MARKS):
        return False
    first = between.split(" ", 2)[1] if between.startswith(" ") and between.strip() else ""
    if first in _NO_ADDRESSEE:  # "who asked not to be named", "asked for help to ..."
        return False
    if " for " in between:  # "asked its partners for $15 billion to strengthen ...": a request
        return False
    if any(w in between for w in _QUESTION_WORDS):  # "asked the minister why Germany had not
        return False  # sent a delegation to Moscow": a question, no appeal
    _, _, conjoined = between.partition(" and ")
    return not conjoined.split(" ", 1)[0].endswith("ed")  # not "... and warned that"


FINITE = lex.words(
    """is are was were be been had has have will would could should can may might must fell
    rose hit struck tore took came went shot made saw ran began broke blew drove flew gave got
    kept knew led lost met paid sent spent stood threw won wrote fought brought caught held
    heard built sank swept"""
)
"""Finite verbs that show a clause reported without "that" ("said revenue ... fell by 61%");
besides these (irregular pasts included: "said bulldozers tore up ..."), any word ending
in "-ed"."""
_TIME_WORDS = lex.words("day week month year time while later earlier ago")
_OBJECT_VERBS = lex.words("told tells informed informs warned warns assured reminded urged")


_HEARSAY = frozenset(
    {"reports", "report", "claims", "allegations", "rumours", "rumors", "suggestions"}
)


def relative_that(gap: list[str], verb: str) -> bool:
    """ "said an explosive-laden drone that crossed ... had been downed": the "that" after an
    indefinite noun phrase opens a relative clause, not the reported one (``gap``: the
    lower-case words between the verb and "that"; "said a day later that" is a time)."""
    if gap and gap[-1] in _HEARSAY and verb[:4] in ("deni", "dism", "reje", "refu"):
        return True  # "denied media reports that C": C is what the reports said
    if not gap or gap[0] not in ("a", "an") or verb in _OBJECT_VERBS:
        return False
    return not any(w in _TIME_WORDS for w in gap)


# "according to" sources, kept here because ``_cues`` is at its size limit.
SOURCE = re.compile(
    r"[ \t]*(?:(?:an?|the)[ \t]+)?(?:(?P<m>[\w-]+)[ \t]+)?(?:(?:calculations?|research|analys[ie]s"
    r"|evaluations?)[ \t]+by(?![\w-])|"  # "according to calculations by the agency Reuters"
    r"(?:statement|post|report|message|update"
    r"|data|figures|estimates?|tally|count|readout|transcript|video|posting|briefing|information"
    r"|poll|survey|study)s?[ \t]+"
    r"(?:from|by|of|(?:issued|released|published|posted|compiled)"
    r"(?:[ \t]+(?:on|late|early|earlier|this|last)(?:[ \t]+[\w-]+){1,2}"
    r"|[ \t]+[A-Z][a-z]+day(?:[ \t]+(?:morning|evening|night))?)?[ \t]+by)(?![\w-]))"
)
PLACED_SOURCE = re.compile(
    r"[ \t]*(?:the[ \t]+)?(?P<b>police|army|military|government|authorities|fire[ \t]+brigade)"
    r"[ \t]+(?:figures|data|estimates?|information|statements?|reports?)[ \t]+(?:from|in)[ \t]+"
    rf"(?P<p>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)(?=[ \t]*[,.;]|$)"
)
"""A body's figures "from" a place: "according to police figures from Salzburg" is the
Salzburg police speaking, not the place."""
WORK = re.compile(
    rf"[ \t]+(?:(?:an?|the)[ \t]+(?:(?:recent|new|latest|current|fresh)[ \t]+)?)?"
    rf"(?P<x>[{UPPER}][\w.'’-]*"
    rf"(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?[{UPPER}][\w.'’-]*){{0,4}}"
    r"|(?:[a-z]+[ \t]+)?(?:authority|ministry|agency|police|army|military|operator))"
    r"[ \t]+(?:estimates?"
    r"|reports?|survey|poll|study|assessment|tally|count|figures|data|information)(?![\w-])"
    r"(?:[ \t]+(?:published|released|conducted|issued)(?:[ \t]+[\w-]+){1,4}(?=,))?"
)
"""A body's publication after "according to": the body speaks ("canal authority data" too)."""
RELEASED = re.compile(r"[ \t]+(?:published|released|conducted|issued)(?:[ \t]+[\w-]+){1,3}(?=,)")
COUNTED = re.compile(
    r"\s*(?:two|three|four|five|six|several|some|many|multiple|a\sfew|an?(?=\s(?:[A-Z]|(?:senior|top|high-ranking)\s[A-Z]))|\d+)\s+(?=\S)"
)
"""The count before a group of sources: "according to two senior officials"."""


_TOPICS = ("On ", "Regarding ", "Concerning ", "As for ", "As to ", "Turning to ")


def topical(clause: str) -> bool:
    """ "On the violations of the ceasefire, he said, “...”": a topic named before the
    speaker, with no finite verb, which introduces the quote rather than reporting."""
    if not clause.startswith(_TOPICS):
        return False
    words = clause.split()
    if len(words) > 14:
        return False
    return not any(w in FINITE or (w.endswith("ed") and len(w) > 4) for w in words[1:])


def _titular(clause: str) -> bool:
    """ "The Director General of the IAEA, Rafael Grossi, ... warns": a title before the
    name it introduces, no clause (mostly capitalised words, no verb)."""
    words = clause.split()
    if not 2 <= len(words) <= 12 or words[0] not in ("The", "A", "An"):
        return False
    if any(w in FINITE or w.endswith("ed") for w in words):
        return False
    return 2 * sum(w[:1].isupper() or w[:1] == "(" for w in words) > len(words)


COMPLEMENTS = (" for the ", " of the ", " in the ", " at the ", " in charge of ")
"""Complements a title takes before the name it introduces ("spokesman for the ...,")."""
LABELS = ("CORRECTION: ", "UPDATE: ", "BREAKING: ", "Correction: ", "Update: ")
"""Live-blog labels before a sentence's subject."""

"""U.N. briefing notes: a person named first, then who they speak for, then the verb.

Geneva briefing summaries open with the speaker's name and a long description before
"said": "Jens Laerke, for the Office for the Coordination of Humanitarian Affairs (OCHA),
said ...", "Louise Wateridge, a senior officer at UNRWA, who returned from Gaza last week,
said ...", "Rula Amin, Senior Communications Advisor, UNHCR, said ...", "James Elder for
UNICEF said ...", "A spokesperson for UNIFIL, the U.N. peacekeeping force ..., said". The
backward noun-phrase walk stops inside the description (at the acronym or the
organisation), which is who the person speaks for, not the speaker.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex
from pipeline.extract._orgs import is_name
from pipeline.extract._subjects import past_stamp

_OPENING = re.compile(
    r"(?:(?:Col|Lt|Gen|Maj|Brig|Capt|Sgt|Adm|Dr|Mr|Ms|Mrs)\. )*"
    r"(?P<name>[A-Z][\w'’-]+(?: (?:al-|el-)?[A-Z][\w'’-]+){0,2})"
    r"(?P<link>,? for (?:the )?[A-Z]| from (?:the )?[A-Z]"
    r"|, (?:an? |the |[A-Z]|[a-z]+ (?:for|of|at|to) ))"
)
_LONE = re.compile(r", an? (?:\d+-year-old|[a-z]+ (?:who|from|in|with|at)\b)")
BODY_NOUNS = r"(?:manager|company|operator|owner|firm|charity|carrier|insurer)"
"""Lower-case bodies a spokesperson may speak for ("the ship's Greek manager")."""
_VOICE = re.compile(
    r"(?:An?|The) (?:[a-z]+ )?(?:spokes(?:person|man|woman)|representative) for (?:the )?"
    r"(?:[A-Z][\w.'’-]*(?: (?:of |for )?[A-Z][\w.'’-]*)*"
    rf"|(?:[\w'’-]+ ){{0,2}}{BODY_NOUNS})(?![\w-])"
)
_BODIES = lex.ORG_HEADS | {"operation"}
"""Heads of a body's description after its name ("Irini, the EU's naval operation, said")."""
_SENTENCE_END = re.compile(r"[a-z]{2}\. [A-Z]")
"""A full stop ending a sentence, not an abbreviation's ("the U.N. peacekeeping force")."""
_MAX_DESCRIPTION = 240


_PLACE_OPENERS = frozenset({"In", "At", "On", "Near", "From", "Outside", "Around"})


def speaker(text: str, v_start: int) -> tuple[int, int] | None:
    """Span of the name opening ``text`` (or following a closing quote) when a description
    runs from it to the verb."""
    start = max(text.rfind(",” ", 0, v_start), text.rfind('," ', 0, v_start)) + 3
    start = start if start > 2 else past_stamp(text, 0)  # after a quote or a live blog's stamp
    start += 4 if text.startswith(("But ", "And "), start) else 0
    if v_start - start > _MAX_DESCRIPTION or not text[start : start + 1].isupper():
        return None
    voice = _VOICE.match(text, start)  # "A spokesperson for UNIFIL, the U.N. force ..., said"
    if voice is not None:
        rest = text[voice.end() : v_start].rstrip()
        marks = any(c in rest for c in '“”";') or _SENTENCE_END.search(rest) is not None
        closed = rest.startswith(", ") and rest.endswith(",") and not marks
        if closed and voice.group()[-1:].islower() and rest[2:3].isupper():
            return None  # "A spokesman for the shipping company, Oceanic Lines, said": the name
        return voice.span() if closed or not rest else None  # or "... for the company said"
    m = _OPENING.match(text, start)
    if m is None:
        return None
    between = text[m.end("name") : v_start].rstrip()
    if any(mark in between for mark in '“”"«»') or ". " in between or "; " in between:
        return None
    if between.startswith(","):
        if not between.endswith((",", ")")) or between.count(",") < 2:
            return None  # "Name, description, said": the description closes with a comma
    elif not between.startswith((" for ", " from ")) or "," in between:
        return None  # "Name for the ORG said", "Name from Hamas' political bureau said"
    tokens = m.group("name").split()
    if not is_name(tokens) or any(t.lower() in lex.TITLES for t in tokens):
        return None
    if tokens[0] in _PLACE_OPENERS:
        return None  # "In Nikopol, a house burned down, reports X": a place, no name
    if len(tokens) == 1 and not _LONE.match(text, m.end("name")):
        described = between[2:].split(", ", 1)[0].lower().split()  # "Aspides, the EU's naval
        if not described or described[0] != "the" or not _BODIES.intersection(described):
            return None  # mission in the Red Sea, said" names a body; a lone person's needs
            # a person's description: "Adam, a 35-year-old teacher"
    if len(tokens) == 1 and (tokens[0].lower() in lex.COUNTRIES or tokens[0].isupper()):
        return None
    return m.start(), m.end("name")  # with a rank: "Col. Turki al-Maliki"

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
    r"(?P<link>,? for (?:the )?[A-Z]|, (?:an? |the |[A-Z]|[a-z]+ (?:for|of|at|to) ))"
)
_LONE = re.compile(r", an? (?:\d+-year-old|[a-z]+ (?:who|from|in|with|at)\b)")
_VOICE = re.compile(
    r"(?:An?|The) (?:[a-z]+ )?(?:spokes(?:person|man|woman)|representative) for (?:the )?"
    r"[A-Z][\w.'’-]*(?: (?:of |for )?[A-Z][\w.'’-]*)*"
)
_SENTENCE_END = re.compile(r"[a-z]{2}\. [A-Z]")
"""A full stop ending a sentence, not an abbreviation's ("the U.N. peacekeeping force")."""
_MAX_DESCRIPTION = 240


def speaker(text: str, v_start: int) -> tuple[int, int] | None:
    """Span of the name opening ``text`` (or following a closing quote) when a description
    runs from it to the verb."""
    start = max(text.rfind(",” ", 0, v_start), text.rfind('," ', 0, v_start)) + 3
    start = start if start > 2 else past_stamp(text, 0)  # after a quote or a live blog's stamp
    if v_start - start > _MAX_DESCRIPTION or not text[start : start + 1].isupper():
        return None
    voice = _VOICE.match(text, start)  # "A spokesperson for UNIFIL, the U.N. force ..., said"
    if voice is not None:
        rest = text[voice.end() : v_start].rstrip()
        marks = any(c in rest for c in '“”";') or _SENTENCE_END.search(rest) is not None
        closed = rest.startswith(", ") and rest.endswith(",") and not marks
        return voice.span() if closed else None
    m = _OPENING.match(text, start)
    if m is None:
        return None
    between = text[m.end("name") : v_start].rstrip()
    if any(mark in between for mark in '“”"«»') or ". " in between or "; " in between:
        return None
    if between.startswith(","):
        if not between.endswith((",", ")")) or between.count(",") < 2:
            return None  # "Name, description, said": the description closes with a comma
    elif not between.startswith(" for ") or "," in between:
        return None  # "Name for the ORG said"
    tokens = m.group("name").split()
    if not is_name(tokens) or any(t.lower() in lex.TITLES for t in tokens):
        return None
    if len(tokens) == 1 and not _LONE.match(text, m.end("name")):
        return None  # a lone name needs a person's description: "Adam, a 35-year-old teacher"
    if len(tokens) == 1 and (tokens[0].lower() in lex.COUNTRIES or tokens[0].isupper()):
        return None
    return m.start(), m.end("name")  # with a rank: "Col. Turki al-Maliki"

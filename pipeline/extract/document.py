"""Boilerplate removal and sentence splitting that never loses an offset.

Wire copy arrives with photo credits, promo links, job ads and trailers mixed
into the story. They are dropped here as *spans*, never by rewriting the body,
so every later offset still points into the original text.

This runs on every article, so the per-line work is kept to C-level string
calls: a two-character prefix test decides whether the boilerplate pattern is
worth trying, and sentence ends are found with a pattern that starts with a
literal character (``str.find`` speed) instead of one that starts with a
look-behind (which makes the regex engine try every position).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._lexicon import WEEKDAY
from pipeline.extract._n31glue import glued_cuts
from pipeline.extract.model import Document, Sentence, Span


def _words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


# A whole line is boilerplate when it matches one of these.
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        \((?:photo|foto|image|picture|video)s?\b[^()\n]{0,120}\)          # (Photo: AP)
      | (?:photo|image|picture)s?\s*(?:credit)?\s*:\s*[^\n]{0,80}           # Photo: Reuters
      | >>[^\n]*                                                            # >> Read here: ...
      | (?:more|read\ more|read\ here|read\ also|also\ read|see\ also|related|
           more\ on\ (?:the|this)\ (?:topic|subject)|also\ of\ interest|
           watch|listen|advertisement|sponsored|subscribe)\s*[:>][^\n]*     # More: ...
      | advertisement | sponsored\ content
      | top\ jobs\ of\ the\ day
      | find\ the\ best\ jobs\ now\ and(?:\ be\ notified\ by\ email\.?)?
      | be\ notified\ by\ email\.?
      | source\s+site-\d+                                                   # source site-12
      | (?:source|sources)\s*:\s*[A-Za-z ,.&-]{1,60}
      | \S+@\S+\.\w+                                                        # bare e-mail line
      | \(?(?:(?:additional\ )?reporting|writing|editing|compiled|translated|
           (?:additional\ )?reporting\ and\ writing)\ by\b[^\n]{0,300}          # (Reporting by ...)
      | by(?-i:(?:\ (?:and\ )?[A-Z][\w'’.-]*){1,6})                           # By Olena Harmash
      | (?:©|\(c\)|copyright)\ [^\n]{0,120}                                    # © 2025 Agency
      | https?://\S+                                                        # bare link line
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Web-page furniture that scraped copy carries (comment boxes, share and follow
# buttons, related-story headers, newsletter prompts, time stamps, tweet-embed
# signatures, agency photo credits). Tried only on short lines, so the common
# long paragraph never pays for it.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        leave\ a\ (?:reply|comment)[^\n\d]{0,30} | post\ a\ comment:? | add\ a\ comment
      | (?:no|\d+|show|view|load(?:\ more)?|read)\ comments?(?:\ yet)?\b[^\n]{0,20}
      | comments?(?:\ \(\d+\))?:?
      | your\ email\ address\ will\ not\ be\ published\b[^\n]{0,80}
      | required\ fields\ are\ marked\b[^\n]{0,10}
      | (?:related|recommended|more|latest|top|trending|popular|similar|other)
        \ (?:posts?|articles?|stories|news|topics|coverage|videos?|reads?|headlines)\b:?
      | (?:most\ (?:read|popular|viewed|shared)|editor'?s\ picks?|don'?t\ miss|hashtags)
      | (?:skip\ to\ (?:main\ )?content|back\ to\ top|continue\ reading
        |(?:read|learn|see|show)\ more)[\ .:»›→>]*
      | (?:tags?|topics|filed\ under)\ ?:[^\n]{0,100}
      | share(?:\ (?:this|the))?(?:\ (?:article|story|post|page))?(?:\ (?:on|via)\ \w+)?[:!.]?
      | (?:share\ on|follow\ us\ on|join\ us\ on|follow\ (?:our|the)\ live)\b[^\n\d]{0,80}
      | (?:sign\ up|subscribe)(?:\ (?:now|today|here|free))?(?:\ (?:for|to)\b[^\n\d]{0,100})?[.!]?
      | start\ your\ free\ trial\b[^\n]{0,40}
      | (?:download|get)\ (?:our|the)\ (?:\w+\ )?app\b[^\n]{0,60}
      | (?:updated|published|posted|last\ updated|first\ published)(?::|\ on|\ at)
        \ ?[\w\ ,:./+()-]{0,40}\d[\w\ ,:./+()-]{0,30}
      | \d{1,3}\ (?:min|minute)s?(?:\ read)? | (?:an?|\d{1,3})\ (?:minute|hour|day)s?\ ago
      | (?:more\ from|trending\ (?:on|now\ on))\ [^\n\d.]{1,50}
      | (?:AFP|AP|Reuters|reuters_tickers|dpa|Xinhua|TASS|Interfax|Ukrinform|UNIAN|Bloomberg)
      | some\ information\ (?:for|in)\ this\ (?:story|report|article)\ came\ from\b[^\n]{0,100}
      | all\ rights\ reserved\.? | privacy\ policy | terms\ (?:of\ use|and\ conditions)
      | (?:we\ use\ cookies|this\ (?:site|website)\ uses\ cookies|accept\ (?:all\ )?cookies
        |cookie\ (?:settings|policy|preferences))[^\n]{0,80}
      | this\ (?:is\ a\ )?(?:developing|breaking)\ (?:news\ )?story\b[^\n]{0,80}
      | pic\.twitter\.com/\S+
      | [—–-]\ ?[^\n()]{1,60}\(@\w{1,20}\)\ [A-Z][a-z]+\ \d{1,2},\ \d{4}  # tweet
      | \(?(?:AP\ Photo|AFP\ Photo|REUTERS|Reuters|EPA(?:-EFE)?|AFP)/[^\n]{1,60}\)?  # AP Photo/Name
      | [^\n]{0,40}\bvia\ Getty\ Images | Getty\ Images
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_FURNITURE_LINE = 120
# The first words (lower-cased) of the lines _FURNITURE_LINE can match, but for lines
# opening with a digit, a dash or a credit with "/" and "... via Getty Images" (tested apart).
_FURNITURE_WORDS = _words(
    """leave post add no show view load read comment comments comments: your required related
    recommended more latest top trending popular similar other most editor's editors editor's
    don't dont hashtags skip back continue learn see tags tags: tag: topics topics: filed share
    follow join sign subscribe start download get updated updated: published published: posted
    posted: last first all privacy terms we this accept cookie an a afp ap reuters
    reuters_tickers dpa xinhua tass interfax ukrinform unian bloomberg some"""
)

# The first two characters (in every capitalisation) of every line _BOILERPLATE_LINE can
# match, except bare e-mail lines (tested by "@") and non-ASCII openings (Unicode case
# folding: the pattern itself decides).
_BOILERPLATE_PREFIXES = frozenset(
    a + b
    for prefix in _words("ph pi im >> mo re al ad se sp su so wa li to fi be ht wr ed co tr by")
    for a in {prefix[0].lower(), prefix[0].upper()}
    for b in {prefix[1].lower(), prefix[1].upper()}
) | frozenset(f"({chr(c)}" for c in range(128))
# A dateline opening a paragraph: "KYIV, Nov 27 (Reuters) - ", "KYIV, Ukraine (AP) — ",
# "(Reuters) -". Dropped as a span so the first sentence starts at its subject. The bare
# capitals form ("MOSCOW — ") is only trusted near the top of the article.
_AGENCIES = (
    r"Reuters|AP|AFP|dpa|DPA|Xinhua|TASS|Interfax(?:-Ukraine)?|UNIAN|Ukrinform|Bloomberg|"
    r"RFE/RL|Anadolu|IANS|PTI|ANI|CNN|BBC|Sputnik|RIA\ Novosti|Kyodo|Yonhap|EFE|ANSA|PAP"
)
_DASH = r"\ ?[—–-]{1,2}\ ?"
_PLACE_DATE = r"(?:,\ ?[A-Z][\w.]*(?:\ \d{1,2})?){0,2}(?:,\ \d{4})?\ ?"  # , Ukraine / , Sept 30
_AGENCY_DATELINE = re.compile(
    rf"""(?:
        [A-Z]{{2,}}(?:[\ /-][A-Z]{{2,}}){{0,3}}{_PLACE_DATE}          # CAIRO / BEIRUT/JERUSALEM
        \([A-Z][\w./&-]*(?:\ [A-Z][\w./&-]*){{0,2}}\)                # (Newswire): any agency
      | (?:[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,3}}{_PLACE_DATE})?  # Kyiv / New York
        \((?:{_AGENCIES})\)                                        # (Reuters): a known agency
    )(?:{_DASH}|:\ ?)""",
    re.VERBOSE,
)
_CAPS_DATELINE = re.compile(
    r"[A-Z]{2,}(?:[ /-][A-Z]{2,}){0,2}(?:, [A-Z][a-z]+\.?(?: \d{1,2})?){0,2}"
    r"(?:(?= ?[—–])" + _DASH + r"|\. /[A-Z]{3,8}/\. ?|: )"  # MOSCOW, June 26. /TASS/.
)
# "KYIV, 27.11.2026 - ", "Berlin, 27.11.2026 (dpa) - ": a numeric day.month date makes
# a plain hyphen safe, for any capitalised place.
_NUMERIC_DATELINE = re.compile(
    r"[A-Z][\w'’-]*(?:[ /][A-Z][\w'’-]*){0,2},?\ \d{1,2}\.\d{1,2}\.(?:\d{2,4})?\ ?"
    r"(?:\([A-Za-z][\w./&-]*\)\ ?)?[-—–:]\ ?"
    r"|[A-Z][\w'’-]*,\ \d{1,2}\ [A-Z][a-z]+\ /[A-Z][A-Za-z]{2,11}/\ ?[—–-]\ ?"  # /Agerpres/ –
)
_CAPS_DATELINE_SENTENCES = 2
"""A bare capitals dateline is looked for only before this many sentences are kept."""
# A live ticker's entry opens with "+++", its time stamp and maybe "+++" again ("+++ 06:02
# +++ Zelensky has called on ...", "+++ 09:12 Kharkiv: ..."); the marks and the stamp are
# furniture, like a dateline, but words between the marks are the entry's own headline
# and stay. So does a closing "+++" at the end of the line.
_TICKER = re.compile(
    r"\+\+\+[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:Uhr|h|a\.m\.|p\.m\.|[A-Z]{3,4}\b))?[ \t]*)?"
    r"(?:\+\+\+[ \t]*)?"
)
_TICKER_END = re.compile(r"[ \t]*\+\+\+$")
# Inline credits inside a kept line: "... the city. (Photo: AP)".
_INLINE_CREDIT = re.compile(r"\((?:photo|foto|image|picture)s?\s*:[^()\n]{0,80}\)", re.IGNORECASE)

_ABBREVIATIONS = _words(
    """mr mrs ms dr prof gen lt col maj capt sgt st no nos vs etc jan feb mar apr jun jul aug
    sep sept oct nov dec approx est dept gov sen rep pres min ft u.s u.k e.g i.e a.m p.m brig
    adm"""
)
# Candidate sentence ends: terminal punctuation, optional closing quotes/brackets, then space.
# The run must start a punctuation run (the look-behind) and possessive quantifiers keep a
# run of 10,000 dots linear. Putting the look-behind *after* the first character lets the
# engine jump between candidate characters instead of trying every position.
_CLOSERS = r"[\"'”’»«“)\]]*+(?=\s)"  # « and “ close German »…« and „…“
_DOT_END = re.compile(r"\.(?<![.!?]\.)[.!?]*+" + _CLOSERS)
_ANY_END = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+" + _CLOSERS)
_NON_SPACE = re.compile(r"\S")
_OPENERS = frozenset("\"'“‘«»„‚([")  # » opens a German »quote«
_MAX_BOILERPLATE_LINE = 400
_MAX_TEASER_LINE = 160
_SENTENCE_END = re.compile(r"[.!?][\"'”’»«“)\]]*$")


def parse(body: str) -> Document:
    """Split ``body`` into kept sentences and removed boilerplate spans."""
    sentences: list[Sentence] = []
    removed: list[Span] = []
    paragraph = 0
    in_paragraph = False
    exclaims = body_has(body, "!") or body_has(body, "?")
    end_pattern = _ANY_END if exclaims else _DOT_END
    start = 0
    teasers = False  # the lines under a promo label ("Read also:") are linked headlines
    for line in body.split("\n"):
        end = start + len(line)
        if not line or line.isspace():
            if in_paragraph:
                paragraph += 1
                in_paragraph = False
            start = end + 1
            teasers = False
            continue
        lo, hi = start, end
        if line[0].isspace() or line[-1].isspace():
            stripped = line.strip()
            lo += len(line) - len(line.lstrip())
            hi = lo + len(stripped)
        else:
            stripped = line
        if stripped.startswith("+++"):
            ticker = _TICKER.match(body, lo, hi)
            if ticker is not None:
                removed.append(Span(lo, ticker.end()))
                closing = _TICKER_END.search(body, ticker.end(), hi)
                if closing is not None:
                    removed.append(Span(closing.start(), hi))
                    hi = closing.start()
                if ticker.end() >= hi:
                    start = end + 1
                    continue
                lo = ticker.end()
                stripped = body[lo:hi]
                start, line = lo, body[lo:hi]
        if (
            (stripped[:2] in _BOILERPLATE_PREFIXES or "@" in stripped or not stripped[:2].isascii())
            and _is_boilerplate(stripped)
        ) or _is_furniture(stripped):
            removed.append(Span(lo, hi))
            teasers = stripped.endswith(":")
        elif teasers and _is_teaser(stripped):
            removed.append(Span(lo, hi))
        else:
            in_paragraph = True
            first = stripped[0]
            if first.isupper() or first == "(":
                m = _AGENCY_DATELINE.match(body, lo, hi) if body.find("(", lo, hi) >= 0 else None
                if m is None and len(sentences) < _CAPS_DATELINE_SENTENCES:
                    m = _CAPS_DATELINE.match(body, lo, hi) or _NUMERIC_DATELINE.match(body, lo, hi)
                if m is not None and m.end() < hi:
                    removed.append(Span(lo, m.end()))
                    lo = m.end()
                    stripped = body[lo:hi]
                    start, line = lo, body[lo:end]
            if "(" in line and _INLINE_CREDIT.search(line):
                for seg_lo, seg_hi in _kept_segments(body, line, start, removed):
                    _split(body, seg_lo, seg_hi, paragraph, end_pattern, sentences)
            elif body.find(".", lo, hi - 1) >= 0 or (exclaims and _exclaims(body, lo, hi - 1)):
                _split(body, lo, hi, paragraph, end_pattern, sentences)
            else:  # no mark before the last character: one sentence, nothing to test
                sentences.append(Sentence(lo, hi, stripped, paragraph))
        start = end + 1
    return Document(body=body, sentences=tuple(sentences), removed=tuple(removed))


def _is_boilerplate(stripped: str) -> bool:
    """The whole (stripped) line is a credit, promo, ad or trailer."""
    return len(stripped) <= _MAX_BOILERPLATE_LINE and _BOILERPLATE_LINE.match(stripped) is not None


def _is_teaser(stripped: str) -> bool:
    """A linked headline under a promo label: short, and no sentence end closes it."""
    return len(stripped) <= _MAX_TEASER_LINE and _SENTENCE_END.search(stripped) is None


def _is_furniture(stripped: str) -> bool:
    """The whole (stripped, short) line is web-page furniture: comments, sharing, time stamps."""
    if len(stripped) > _MAX_FURNITURE_LINE:
        return False
    first = stripped.split(None, 1)[0].lower()
    if not (
        first in _FURNITURE_WORDS
        or first[0] in "0123456789—–-("
        or "/" in first
        or "Getty" in stripped
    ):
        return False
    return _FURNITURE_LINE.match(stripped) is not None


def _exclaims(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]`` holds a "!" or a "?"."""
    return body.find("!", lo, hi) >= 0 or body.find("?", lo, hi) >= 0


def _kept_segments(body: str, line: str, offset: int, removed: list[Span]) -> list[tuple[int, int]]:
    """Cut inline photo credits out of a line; return the stripped kept ranges."""
    segments: list[tuple[int, int]] = []
    cursor = 0
    for credit in _INLINE_CREDIT.finditer(line):
        segments.append((offset + cursor, offset + credit.start()))
        removed.append(Span(offset + credit.start(), offset + credit.end()))
        cursor = credit.end()
    segments.append((offset + cursor, offset + len(line)))
    kept: list[tuple[int, int]] = []
    for lo, hi in segments:
        text = body[lo:hi]
        stripped = text.strip()
        if stripped:
            lo += len(text) - len(text.lstrip())
            kept.append((lo, lo + len(stripped)))
    return kept


def _split(
    body: str,
    lo: int,
    hi: int,
    paragraph: int,
    end_pattern: re.Pattern[str],
    out: list[Sentence],
) -> None:
    """Append the sentences of ``body[lo:hi]`` (one stripped line or segment) to ``out``.

    ``hi`` is the stripped end, so a candidate end's trailing space is always followed
    by a visible character before ``hi``. Ends a scrape glued to the next sentence
    ("said.Read also") are cut first (``_n31glue``).
    """
    for glued, nxt in glued_cuts(body, lo, hi, _is_abbreviation):
        _split_spaced(body, lo, glued, paragraph, end_pattern, out)
        lo = nxt
    if lo < hi:
        _split_spaced(body, lo, hi, paragraph, end_pattern, out)


def _split_spaced(
    body: str,
    lo: int,
    hi: int,
    paragraph: int,
    end_pattern: re.Pattern[str],
    out: list[Sentence],
) -> None:
    """Append the sentences of ``body[lo:hi]`` whose ends are followed by a space."""
    cursor = lo
    for m in end_pattern.finditer(body, lo, hi):
        end = m.end()
        nxt = end + 1
        ch = body[nxt]
        if ch.isspace():
            visible = _NON_SPACE.search(body, nxt, hi)
            assert visible is not None  # ``hi`` is the stripped end: a visible character follows
            nxt = visible.start()
            ch = body[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in _OPENERS or _dash_quote(body, nxt, hi)):
            continue
        dot = m.start()
        if (
            body[dot] == "."
            and _is_abbreviation(body, lo, dot)
            and not _clock_ends_sentence(body, dot, nxt)
        ):
            continue
        out.append(Sentence(cursor, end, body[cursor:end], paragraph))
        cursor = nxt
    out.append(Sentence(cursor, hi, body[cursor:hi], paragraph))


def _dash_quote(body: str, at: int, hi: int) -> bool:
    """ "... in Paris. — We do not accept ...": a dash opening direct speech (French,
    Italian and Spanish copy) starts a sentence, as a quotation mark would."""
    if body[at] not in "—–" or at + 2 >= hi or body[at + 1] != " ":
        return False
    ch = body[at + 2]
    return ch.isupper() or ch in _OPENERS


def _is_abbreviation(body: str, lo: int, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    space = body.rfind(" ", max(lo, dot - 40), dot)
    if space >= 0:
        word = body[space + 1 : dot]
        if word.isalpha():  # the common case: a plain word after a space
            before = body[max(lo, space - 9) : space]
            if word == "X" and (before.endswith((" on", "platform", " via")) or before == "on"):
                return False  # "Zelenskiy wrote on X. He said ...": the platform, no initial
            return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
    word_start = dot
    while word_start > lo and (body[word_start - 1].isalpha() or body[word_start - 1] == "."):
        word_start -= 1
    word = body[word_start:dot]
    if not word or (
        word_start > lo and (body[word_start - 1] == "-" or body[word_start - 1].isdigit())
    ):
        return False  # "two Iskander-M. Nine ...", "three Kh-31P. Air": a model's letter
    return word.lower() in _ABBREVIATIONS or _initials(word)


def _initials(word: str) -> bool:
    """ "J", "J.D", "J.R.R": capital initials, as in "Sen. J.D. Vance said"."""
    return all(len(part) == 1 and part.isupper() for part in word.split("."))


_AFTER_CLOCK = re.compile(
    r"[A-Z][a-z]+ time\b|(?:GMT|UTC|ET|EST|EDT|CET|CEST|BST|MSK|EET)\b"
    rf"|{WEEKDAY}\b(?!'|’)"
)
"""What continues a clock time: "2 a.m. Kyiv time", "at 9 p.m. GMT", "at 11 a.m. Friday"."""


def _clock_ends_sentence(body: str, dot: int, nxt: int) -> bool:
    """A clock's "a.m."/"p.m." before a capital ends the sentence unless a time zone follows.

    "The sirens sounded at 2 a.m. Rescuers arrived" is two sentences; "at 2 a.m. Kyiv
    time" is one.
    """
    if body[dot - 3 : dot].lower() not in ("a.m", "p.m") or body[dot - 4 : dot - 3].isalpha():
        return False
    return _AFTER_CLOCK.match(body, nxt) is None

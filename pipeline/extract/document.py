"""Boilerplate removal and sentence splitting that never loses an offset.

Wire copy arrives with photo credits, promo links, job ads and trailers mixed
into the story. They are dropped here as *spans*, never by rewriting the body,
so every later offset still points into the original text.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Document, Sentence, Span

# A whole line is boilerplate when it matches one of these.
_BOILERPLATE_LINE = re.compile(
    r"""^\s*(?:
        \((?:photo|foto|image|picture|video)s?\b[^()\n]{0,120}\)          # (Photo: AP)
      | (?:photo|image|picture)s?\s*(?:credit)?\s*:\s*[^\n]{0,80}           # Photo: Reuters
      | >>[^\n]*                                                            # >> Read here: ...
      | (?:more|read\ more|read\ here|read\ also|also\ read|see\ also|related|
           watch|listen|advertisement|sponsored|subscribe)\s*[:>][^\n]*     # More: ...
      | advertisement | sponsored\ content
      | top\ jobs\ of\ the\ day
      | find\ the\ best\ jobs\ now\ and | be\ notified\ by\ email\.?
      | source\s+site-\d+                                                   # source site-12
      | (?:source|sources)\s*:\s*[A-Za-z ,.&-]{1,60}
      | \S+@\S+\.\w+                                                        # bare e-mail line
      | https?://\S+                                                        # bare link line
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Inline credits inside a kept line: "... the city. (Photo: AP)".
_INLINE_CREDIT = re.compile(r"\((?:photo|foto|image|picture)s?\s*:[^()\n]{0,80}\)", re.IGNORECASE)

_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "nos",
    "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "approx", "est", "dept", "gov", "sen", "rep", "pres", "min", "ft", "u.s", "u.k", "e.g",
    "i.e", "a.m", "p.m",
))  # fmt: skip
# Candidate sentence ends: terminal punctuation, optional closing quotes/brackets, then space.
# Possessive quantifiers and the look-behind keep a run of 10,000 dots linear:
# only the run's first character can start a match, and it never backtracks.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"'”’»)\]]*+(?=\s)")
_MAX_BOILERPLATE_LINE = 400


def parse(body: str) -> Document:
    """Split ``body`` into kept sentences and removed boilerplate spans."""
    sentences: list[Sentence] = []
    removed: list[Span] = []
    paragraph = 0
    in_paragraph = False
    start = 0
    for line in body.split("\n"):
        end = start + len(line)
        stripped = line.strip()
        if not stripped:
            if in_paragraph:
                paragraph += 1
                in_paragraph = False
        elif len(stripped) <= _MAX_BOILERPLATE_LINE and _BOILERPLATE_LINE.match(stripped):
            lead = len(line) - len(line.lstrip())
            removed.append(Span(start + lead, start + lead + len(stripped)))
        else:
            in_paragraph = True
            segments = _kept_segments(line, start, removed) if "(" in line else [(start, end)]
            for seg_start, seg_end in segments:
                for s, e in _split_sentences(body, seg_start, seg_end):
                    sentences.append(Sentence(s, e, body[s:e], paragraph))
        start = end + 1
    return Document(body=body, sentences=tuple(sentences), removed=tuple(removed))


def _kept_segments(line: str, offset: int, removed: list[Span]) -> list[tuple[int, int]]:
    """Cut inline photo credits out of a line; return the kept ranges in body offsets."""
    segments: list[tuple[int, int]] = []
    cursor = 0
    for credit in _INLINE_CREDIT.finditer(line):
        segments.append((offset + cursor, offset + credit.start()))
        removed.append(Span(offset + credit.start(), offset + credit.end()))
        cursor = credit.end()
    segments.append((offset + cursor, offset + len(line)))
    return segments


def _split_sentences(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``body[start:end]`` (one line) into trimmed sentence ranges."""
    text = body[start:end]
    out: list[tuple[int, int]] = []
    cursor = 0
    for m in _SENTENCE_END.finditer(text):
        if _is_abbreviation(text, m.start()) or not _next_starts_sentence(text, m.end()):
            continue
        out.append((cursor, m.end()))
        cursor = m.end()
    out.append((cursor, len(text)))
    result: list[tuple[int, int]] = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((start + s, start + e))
    return result


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    return word in _ABBREVIATIONS or (len(word) == 1 and text[word_start].isupper())


def _next_starts_sentence(text: str, after: int) -> bool:
    """A sentence starts when the next visible character is upper-case, a digit or a quote."""
    i = after
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i >= n:
        return True
    ch = text[i]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘«(["

"""Attributed statements: direct and partial quotes, and reported (indirect) speech.

Quotes come from pairing quotation marks over paragraphs; each quote takes its
speaker from the attribution next to it, else from a person named before it in
the sentence, else from the speaker the paragraph is already reporting. Reported
speech comes from the per-sentence attributions of :class:`Speakers`. Labelling
convention: a quoted fragment inside "X said that ..." belongs to that indirect
statement, while "... “fragment” ..., he said." is a partial quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from pipeline.extract import (
    _backrefs,
    _bullets,
    _dashsign,
    _framing,
    _headlines,
    _latepasses,
    _namedquote,
    _polls,
    _postpasses,
    _relative,
    _s22verbs,
    _s26post,
    _sp14forms,
    _thatpair,
    _thiswas,
)
from pipeline.extract._bodylits import body_has
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._quotes import Quote, find_quotes
from pipeline.extract._splitlead import as_leading
from pipeline.extract.model import (
    Document,
    Evidence,
    Finding,
    Sentence,
    Statement,
    StatementMode,
)
from pipeline.extract.speakers import Attribution, Speakers

_MARKS = '"“”„‟«»‘’‚'
_DOUBLE_MARKS = re.compile(r"[\"“”„‟«»]")
_BLANK = re.compile(r"[\s,.;:!?—–-]*")
_INTRO = re.compile(r"[^.;!?“”\"«»]{0,80}?[:,]?\s*")
_SPEECH = re.compile(
    r"(?<![\w-])(?:spoke|speaks|speak|called|calls|described|describes|referred|refers|termed"
    r"|labell?ed|branded|warned|warns|praised|criticized|criticised|denounced|said|says|talked"
    r"|mentioned|urged|vowed|promised|pledged|hailed|dismissed|condemned|condemns|decried"
    r"|judged|judges|deemed|thanked)(?![\w-])"  # "judged the effort « ... »"
)
_CLAIM_BY = re.compile(
    r",[ \t]+a[ \t]+claim[ \t]+(?:that[ \t]+)?(?P<who>(?:the[ \t]+)?[A-Z][\w.'’-]*"
    r"(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+(?:dismissed|rejected|described|called|branded)"
    r"[ \t]+as[ \t]*$"
)
_WHAT_CALLED = re.compile(
    r"(?<![\w-])what[ \t]+(?P<who>[\w'’. -]{1,40}?)[ \t]+(?:called|calls|described[ \t]+as"
    r"|termed|dubbed)[ \t]*$"
)
"""The speaker of a label inside "... what X called “...”" is X ("it": the subject)."""
_NAMING = frozenset(
    {"operation", "so-called", "dubbed", "codenamed", "code-named", "titled", "sign", "callsign"}
    | {"newspaper", "magazine", "daily", "weekly", "broadcaster", "channel", "programme"}
    | {"program", "paper", "station", "portal", "podcast", "show"}
)
"""Words before a quoted name or label rather than someone's words."""
_OUTLET_NOUNS = frozenset({"paper", "programme", "program", "plan"})
"""Naming nouns after "called the": "called the paper „naive“" is a judgement, no title."""
_RELAYED = re.compile(r"[\s,]*according to ")
"""A quote's tail naming only where it was reported, not more words of the speaker."""
_PLATFORMS = frozenset({"x", "telegram", "twitter", "facebook", "instagram", "truth social"})
_LABELS = frozenset({"special military operation", "liberation", "denazification"})
_OPENING = '«„“"'
_OPENERS = frozenset('"“„«»')
_ENDS = (",", ".", "!", "?", "…")
_MIN_CARRIED_WORDS = 3
_NATIONAL: frozenset[str] = frozenset(DEMONYMS.values()) - {"US"}
_MIN_CLAUSE_WORDS = 3


def find(doc: Document, speakers: Speakers) -> list[Finding]:
    """Return the statements found in doc."""
    if not doc.sentences:
        return []
    doc = _bullets.unbulleted(doc)  # as Speakers reads it: "- X said C" without the marker
    found: list[Finding] = []
    quotes = find_quotes(doc.body, _paragraph_spans(doc)) if _has_marks(doc.body) else []
    quotes = _s26post.no_names(doc.body, [q for q in quotes if not _namedquote.weapon_name(q.text)])
    for quote in quotes:
        statement = _from_quote(doc, speakers, quote) or _dashsign.signed(doc.body, speakers, quote)
        if statement is not None:  # (or "“...” — NAME, title" signed on its line)
            found.append(statement)
    closed = _closed(quotes)
    for index, attribution in speakers.in_order():
        sentence = doc.sentences[index]
        extra = speakers.additions(index)
        for each in (attribution, *extra) if extra else (attribution,):
            if each.clause_start >= 0:
                statement = _indirect(doc.body, sentence, each, quotes, closed)
                if statement is not None:
                    found.extend(_thatpair.split(statement))  # "said that A and that B"
    if _polls.gate(doc.body):
        found.extend(_polls.polled(doc, speakers, {f.evidence.start for f in found}))
    titles = _headlines.titles(doc)
    if titles:
        found = [f for f in found if speakers.sentence_at(f.evidence.start) not in titles]
    found = _postpasses.revise(doc, speakers, found)  # each round's re-reading, in order
    found = _sp14forms.revise(doc, speakers, found)  # one form per speaker (naming round 14)
    found = _latepasses.revise(doc, speakers, found)  # rounds 47.. (in order)
    found.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return found


def _has_marks(body: str) -> bool:
    """Whether ``body`` holds any quotation mark (one memchr per mark, not a regex scan)."""
    return any(body_has(body, mark) for mark in _MARKS)


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph's kept text, in order."""
    spans: list[tuple[int, int]] = []
    paragraph = -1
    for sentence in doc.sentences:
        if sentence.paragraph != paragraph or not spans:
            spans.append((sentence.start, sentence.end))
            paragraph = sentence.paragraph
        else:
            spans[-1] = (spans[-1][0], sentence.end)
    return spans


def _from_quote(doc: Document, speakers: Speakers, quote: Quote) -> Statement | None:
    """A direct or partial statement for one quote, or None for scare quotes."""
    text = quote.text
    if not text or not any(ch.isalpha() for ch in text[:200]):
        return None
    body = doc.body
    if _named(body, quote.start) or _platform(body, quote) or _programme(body, quote):
        return None  # Operation “Spiderweb”, the call sign “Hrim”, wrote on “X”
    i0 = speakers.sentence_at(quote.start)
    i1 = speakers.sentence_at(max(quote.start, quote.end - 1))
    s0, s1 = doc.sentences[i0], doc.sentences[i1]
    pre = body[max(s0.start, quote.start - 300) : quote.start]
    post = body[quote.end : min(max(s1.end, quote.end), quote.end + 300)]
    pre_blank = s0.start >= quote.start - 300 and not pre.strip()
    post_blank = _BLANK.fullmatch(post) is not None
    a0, a1 = speakers.attribution(i0), speakers.attribution(i1)
    a0, a1 = as_leading(a0), as_leading(a1)  # "In X, NAME said, C"
    if a0 is not None and a0.subject_start <= quote.start and quote.end <= a0.subject_end + 1:
        return None  # the speaker's own name in marks: "The “Emergency Lawyers” group said"
    if a0 is not None and quote.start <= a0.subject_start < quote.end:
        return None  # the speaker's own name in marks: "“Al-Taghyeer” reported that ..."
    penalty = 0.0 if quote.closed else 0.3

    speaker: str | None = None
    cue: str | None = None
    mode: StatementMode = "partial"
    confidence = 0.0
    after = a1 if a1 is not None and a1.cue_start >= quote.end else None
    before = a0 if a0 is not None and a0.cue_end <= quote.start else None
    if after is not None and not pre_blank and _closes(body, after, quote):
        return None  # "Europe was „stoking hysteria“, he said": the indirect holds it
    if ", a claim " in pre and (claim := _CLAIM_BY.search(pre)) is not None:
        who, at = claim.group("who"), quote.start - len(pre) + claim.start("who")
        named = speakers.resolve_name(who, at)  # "..., a claim the IDF dismissed as “false
        speaker = named if named != who else speakers.canonical(who)  # propaganda”": the IDF's
        confidence = 0.75
    elif after is not None and after.form == "trailing" and _adjacent_after(body, quote, after):
        speaker, cue, confidence = after.speaker, after.cue, 0.9
        mode = "direct" if pre_blank else "partial"
    elif before is not None and before.form != "figure" and _introduces(body, before, quote):
        speaker, cue, confidence = before.speaker, before.cue, 0.9
        mode = "direct" if post_blank or _utterance(body, before, quote) else "partial"
    elif (added := _added(body, speakers.additions(i0), quote)) is not None:
        speaker, cue, confidence = added.speaker, added.cue, 0.9  # "..., adding: “...”"
        mode = "direct" if post_blank or _utterance(body, added, quote) else "partial"
    elif pre_blank and post_blank and (by := _thiswas.credited(doc, speakers, i1)) is not None:
        speaker, cue, confidence, mode = by[0], by[1], 0.85, "direct"  # "“...” This was said by"
    elif _in_reported_clause(body, speakers, i0, before, quote):
        return None  # part of the indirect statement "X said that ... “...” ..."
    elif (asked := _asked_next(doc, speakers, quote, i1)) is not None:
        speaker, cue, confidence = asked.speaker, asked.cue, 0.85
        mode = "direct" if pre_blank else "partial"
    elif (owner := _relative_owner(doc, speakers, s0, quote)) is not None:
        speaker, cue, confidence = owner, None, 0.75  # "X, which called it “...”"
    elif (
        before is None
        and (after is None or after.form == "leading")
        and _framing.framed(body[s0.start : quote.start])
        and (framer := speakers.subject(i0))
    ):  # "X described Y's words as “...”", "X spoke of “...”, while Z asked": X's
        speaker, cue, confidence = framer, None, 0.75
    elif after is not None or before is not None:
        chosen = after if after is not None else before
        assert chosen is not None
        speaker, cue, confidence = chosen.speaker, chosen.cue, 0.8
        if post_blank and quote.closed and body[: quote.start].rstrip().endswith((".", "!", "?")):
            mode = "direct"  # "“A,” the command said in a post. “B.”": B stands alone
    else:
        context = body[s0.start : quote.start]
        what = _WHAT_CALLED.search(context, len(context) - 60) if "what " in context else None
        if what is not None and what.group("who") not in ("it", "he", "she", "they"):
            speaker = speakers.canonical(what.group("who"))  # "what Kyiv called “...”"
        else:
            speaker = speakers.person_before(i0, quote.start) if what is None else None
        if speaker is None and _SPEECH.search(context) is not None:
            speaker = speakers.subject(i0)  # "NATO described the strikes as “reckless”"
        colon = post_blank and quote.closed and context.rstrip().endswith(":")
        if speaker is not None:
            if len(text.split()) < 3 and _SPEECH.search(context) is None and not colon:
                return None
            confidence = 0.7
            mode = "direct" if colon else mode  # "X was blunt: “Not fully.”"
        elif (source := _backrefs.labelled_quote(body, context, s0.start)) is not None:
            speaker, confidence = speakers.canonical(source), 0.75  # "Source: X ... Quote: “...”"
            mode = "direct"
        else:
            speaker, confidence = _carried(doc, speakers, i0)
            whole = pre_blank and post_blank
            mode = "direct" if whole else "partial"
            if speaker is None or (not whole and len(text.split()) < _MIN_CARRIED_WORDS):
                return None
            if _s22verbs.unread_cue(body, quote.end, speaker):  # "«C», grumbled NAME"
                return None  # never the previous speaker's
        if _is_label(text):
            return None
    if speaker is None:
        return None
    if a0 is not None and a0.pronoun and speaker == a0.speaker:
        confidence -= 0.05
    start = min(s0.start, quote.start)
    end = max(s1.end, quote.end)
    return Statement(
        evidence=Evidence(body[start:end], start, end),
        confidence=round(max(0.1, confidence - penalty), 2),
        speaker=speaker,
        mode=mode,
        quote=text,
        cue=cue,
    )


def _relative_owner(
    doc: Document, speakers: Speakers, sentence: Sentence, quote: Quote
) -> str | None:
    """The antecedent of ", which called ..." right before the quote, as a speaker."""
    context = doc.body[sentence.start : quote.start]
    found = _relative.antecedent(context) if ", wh" in context else None
    if found is None:
        return None
    phrase, at, who = found
    if who:  # "..., Mohammed bin Abdulrahman Al Thani, who called it “...”"
        index = speakers.sentence_at(sentence.start)
        return speakers.person_before(index, sentence.start + at) or speakers.canonical(phrase)
    return speakers.canonical(phrase)


def _adjacent_after(body: str, quote: Quote, attribution: Attribution) -> bool:
    """True when only punctuation separates the closing mark from "he said"/"said X"."""
    first = min(attribution.subject_start, attribution.cue_start)
    return 0 <= first - quote.end <= 6 and not body[quote.end : first].strip(" ,;—–-")


def _introduces(body: str, attribution: Attribution, quote: Quote) -> bool:
    """True for "X said: “...”" / "X told reporters, “...”" (no "that" in between)."""
    if attribution.form == "according":
        return False
    start = attribution.clause_start
    if _thiswas.holds(body, attribution, quote.start, _OPENERS):
        return False  # "X said Russia was “not serious” about talks": the clause holds it
    if start >= 0 and _thiswas.fragment(quote.text, quote.end, attribution.clause_end):
        return False  # "said “a small number” of missiles had hit ...": the clause holds it
    gap = body[attribution.cue_end : quote.start]
    if attribution.cue in _s22verbs.FRAMING and not gap.rstrip().endswith((":", ",")):
        return False  # "judged the plan « clearly insufficient »": a label, not an utterance
    return len(gap) <= 80 and " that " not in f" {gap} " and _INTRO.fullmatch(gap) is not None


def _added(body: str, additions: list[Attribution], quote: Quote) -> Attribution | None:
    """The "..., adding: “...”" cue of the sentence that introduces ``quote``, if any."""
    for each in additions:
        if each.cue_end <= quote.start and _introduces(body, each, quote):
            return each
    return None


def _utterance(body: str, attribution: Attribution, quote: Quote) -> bool:
    """ "X stated: “A building was damaged,” describing ...": a whole utterance, so direct."""
    text = quote.text
    gap = body[attribution.cue_end : quote.start].rstrip()
    return quote.closed and text[:1].isupper() and text.endswith(_ENDS) and gap.endswith((":", ","))


def _closes(body: str, attribution: Attribution, quote: Quote) -> bool:
    """ "Europe was „stoking hysteria“, he said": a fragment that closes the clause of a
    trailing attribution stays inside the indirect statement (a mid-clause one, "the
    partnership “as a stabilizing factor” is ..., he said", is a partial quote only)."""
    start, end = attribution.clause_start, attribution.clause_end
    if attribution.form not in ("trailing", "according") or start < 0 or not quote.closed:
        return False
    if (
        not start + 1 < quote.start < end
        or body[quote.end : end].strip(" ,.;")
        or quote.end > end + 2
    ):
        return False
    earlier = _DOUBLE_MARKS.search(body, start, max(start, quote.start - 1))
    if earlier is not None and body[start : earlier.start()].split()[-1:] != ["so-called"]:
        return False  # "Russia would „B“, but „C“, he stressed": two fragments, two partials
    return len(body[start : quote.start].split()) >= 2 and len(quote.text.split()) <= 8


def _inside_clause(body: str, attribution: Attribution | None, quote: Quote) -> bool:
    """True when the quote sits inside the reported clause of a leading attribution."""
    if attribution is None or attribution.form not in ("leading", "according", "adding"):
        return False
    if attribution.clause_start < 0:
        return False
    if body[attribution.clause_start] in _OPENERS:
        if not attribution.has_that:  # "X said: “...,” describing it as “...”": the clause
            return _thiswas.fragment(quote.text, quote.end, attribution.clause_end)  # is a quote
        if quote.start > attribution.clause_start + 1:  # "told lawmakers that “A” in several
            return quote.end <= attribution.clause_end + 2  # areas, “B”": B is the clause's too
        return quote.end < attribution.clause_end - 1  # "said that “...,” some of which"
    return attribution.clause_start < quote.start and quote.end <= attribution.clause_end + 2


def _in_reported_clause(
    body: str,
    speakers: Speakers,
    index: int,
    before: Attribution | None,
    quote: Quote,
) -> bool:
    """A quote inside the clause an attribution reports: after "X said that" or in "...,
    and said that" (before a trailing "he wrote" it stays a partial quote)."""
    if _inside_clause(body, before, quote):
        return True
    return any(_inside_clause(body, a, quote) for a in speakers.additions(index))


def _asked_next(doc: Document, speakers: Speakers, quote: Quote, index: int) -> Attribution | None:
    """ "“Who gave the order?” the governor asked.": a quote ending in ? or ! closes its
    sentence, so the attribution opens the next one (with no clause of its own)."""
    if not quote.closed or not quote.text.endswith(("?", "!")) or index + 1 >= len(doc.sentences):
        return None
    following = doc.sentences[index + 1]
    if doc.body[quote.end : following.start].strip():
        return None
    found = speakers.attribution(index + 1)
    if found is None or found.clause_start >= 0 or found.subject_start != following.start:
        return None
    return found


def _named(body: str, start: int) -> bool:
    """A quote naming something: Operation “Spiderweb”, so-called “referendums” (not "called
    the operation “a turning point”": a lower-case word before a lower-case quote)."""
    before = body[max(0, start - 12) : start].rstrip().rsplit(None, 1)[-1:]
    if not before or before[0].lower() not in _NAMING:
        return False
    if before[0] in _OUTLET_NOUNS and " called " in body[max(0, start - 25) : start]:
        return False  # "called the paper „naive and dangerous“": a judgement, no title
    return before[0] != "operation" or body[start + 1 : start + 2].isupper()


def _programme(body: str, quote: Quote) -> bool:
    """ "said in the “Today Journal”", "told the “Frankfurter Allgemeine Zeitung”": an
    outlet or programme named in marks (capitalised words, no closing punctuation)."""
    text = quote.text
    last = body[max(0, quote.start - 12) : quote.start].rstrip().rsplit(None, 1)[-1:]
    if (
        last
        and last[0] in _BROADCASTERS
        and 1 < len(words := text.split()) <= 4
        and all(w.isalpha() for w in words)
    ):
        return True  # "in the ZDF „heute journal“": a programme's lower-case brand
    if not text[:1].isupper() or text.endswith((".", ",", "!", "?", "…")) or len(text) > 60:
        return False
    if not last or not (last[0] in ("the", "told") or (last[0].isupper() and len(last[0]) > 1)):
        return False  # "told the", "told", "the ARD": an outlet's or a programme's name
    words = text.split()
    return len(words) <= 6 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


_NAME_PARTICLES = frozenset(
    {"am", "im", "der", "die", "das", "of", "the", "and", "für", "aus", "von", "vom", "zur", "und"}
    | {"della", "del", "dello", "di", "de", "la", "le", "el", "du", "des"}  # "Corriere della Sera"
)
"""Lower-case words inside an outlet's name ("Bild am Sonntag", "Frankfurter Allgemeine")."""
_BROADCASTERS = frozenset({"ZDF", "ARD", "ORF", "SRF", "RTL", "NDR", "WDR", "MDR", "SWR", "BR"})
"""Public broadcasters whose programmes go by lower-case brands ("ZDF „heute journal“")."""


def _platform(body: str, quote: Quote) -> bool:
    """A quoted platform name ("wrote on “X”", "via “Telegram”"), no one's words."""
    return quote.text.strip(" ,.").lower() in _PLATFORMS and body[
        max(0, quote.start - 6) : quote.start
    ].rstrip(' “"').endswith((" on", " via", " to", " from"))


_IN_WORDS = frozenset({"In his words:", "In her words:", "In his own words:", "In her own words:"})
"""A label paragraph before a quote paragraph: the speaker of the sentence before it."""


def _carried(doc: Document, speakers: Speakers, index: int) -> tuple[str | None, float]:
    """The speaker the paragraph (or, for a quote-only paragraph, the last one) reports."""
    if index == 0:
        return None, 0.0
    previous = doc.sentences[index - 1]
    speaker = speakers.reported_by(index - 1)
    if speaker is None and previous.text in _IN_WORDS and index > 1:
        speaker = speakers.reported_by(index - 2)  # "... told journalists that ... In his words:"
    if speaker is None and previous.text.endswith(":"):
        speaker = speakers.subject(index - 1)  # "The head of state then told partners:\n\n“...”"
    if previous.paragraph == doc.sentences[index].paragraph:
        return speaker, 0.6
    return speaker, 0.5


def _is_label(text: str) -> bool:
    """Scare quotes around a name or label rather than words someone said."""
    words = text.split()
    if text.lower().strip(" ,.") in _LABELS:
        return True
    return 1 < len(words) <= 6 and all(w[:1].isupper() for w in words)


def _indirect(
    body: str, sentence: Sentence, attribution: Attribution, quotes: list[Quote], closed: _Closed
) -> Statement | None:
    """Reported speech for a sentence's attribution, unless quotes already cover it."""
    attribution = as_leading(attribution) or attribution  # "In X, NAME said, C"
    start, end = attribution.clause_start, attribution.clause_end
    clause = body[start:end]
    if len(clause.split(None, _MIN_CLAUSE_WORDS)) < _MIN_CLAUSE_WORDS:
        return None
    if attribution.form == "according" and attribution.speaker in _NATIONAL:
        return None  # "according to Ukrainian figures": a side's figures, no speaker
    if quotes and _quoted_sentence(sentence, closed):
        return None  # “... At the same time, he noted that ... nuances,” he said.
    manner = attribution.form == "trailing" and clause.startswith(_MANNER) and bool(quotes)
    if manner and any(attribution.cue_end <= q.start < sentence.end for q in quotes):
        return None  # "With a pointed tone, X emphasised, “...”": a manner, the quote speaks
    if quotes and (_DOUBLE_MARKS.search(clause) is not None or "‘" in clause):
        inside = [q for q in quotes if q.end > start and q.start < end]
        trailing = attribution.form == "trailing" or (
            attribution.form == "according" and attribution.cue_start >= end
        )  # "A is “fragment,” according to X": the partial carries it, as after "X said"
        if trailing and inside and not (len(inside) == 1 and _closes(body, attribution, inside[0])):
            return None  # the quote carries the statement ("“...,” he said")
        if inside and inside[0].start <= start + 1 and inside[0].end >= end - 1:
            return None  # "X said: “...”" is a direct quote
        if inside and inside[0].start <= start + 1 and _RELAYED.match(body, inside[0].end, end):
            return None  # "He said, “...,” according to The Times of Israel report."
        if inside and inside[0].start <= start and body.startswith(":", start - 2, start):
            return None  # "X stated: “...,” describing it as “...”": the quotes carry it
    confidence = 0.85 if attribution.has_that or attribution.form != "leading" else 0.75
    if attribution.kind == "generic":
        confidence -= 0.15
    if attribution.pronoun:
        confidence -= 0.05
    return Statement(
        evidence=Evidence(sentence.text, sentence.start, sentence.end),
        confidence=round(confidence, 2),
        speaker=attribution.speaker,
        mode="indirect",
        quote=clause,
        cue=attribution.cue,
    )


_MANNER = ("With ", "In a ", "In an ")
"""Openers of a manner or setting before the speaker, never a reported clause."""


class _Closed(NamedTuple):
    """The closed quotes by start, for :func:`_quoted_sentence` (one bisect a sentence
    instead of a walk over every quote of the document)."""

    starts: list[int]
    """Their opening offsets, ascending."""
    reach: list[int]
    """The furthest end among the quotes up to each."""


def _closed(quotes: list[Quote]) -> _Closed:
    starts: list[int] = []
    reach: list[int] = []
    for start, end in sorted((q.start, q.end) for q in quotes if q.closed):
        starts.append(start)
        reach.append(max(end, reach[-1]) if reach else end)
    return _Closed(starts, reach)


def _quoted_sentence(sentence: Sentence, closed: _Closed) -> bool:
    """A sentence wholly inside a closed quote: its "he noted that" is quoted speech."""
    k = bisect_left(closed.starts, sentence.start)  # the quotes opening before it
    return k > 0 and sentence.end <= closed.reach[k - 1] + 1

"""Attribution cues inside one sentence: who said it, with which verb, about what.

Wire copy attributes in a handful of shapes: "X said (on Friday) (that) ...",
"..., X said.", "..., said X.", "According to X, ..." and "..., according to X".
This module only reads text; turning the subject phrase into a canonical
speaker is :mod:`pipeline.extract._names`' job. Every pattern is bounded and is
applied to bounded windows, so hostile input cannot cause backtracking blow-ups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.extract import (
    _asreported,
    _briefing,
    _byagent,
    _colonas,
    _colonline,
    _commaclause,
    _dashtrail,
    _gavename,
    _grouped,
    _infinitive,
    _invfirst,
    _learnedaside,
    _outlets,
    _prompting,
    _relaysource,
    _s17cite,
    _s22verbs,
    _s30verbs,
    _s37open,
    _sosaid,
    _splitlead,
    _spokeof,
    _territory,
    _voicefor,
    _withsaying,
)
from pipeline.extract._according import according as _according
from pipeline.extract._adding import THAT, addition, cut_addition
from pipeline.extract._bodylits import body_has
from pipeline.extract._clauses import (
    PHRASE_STARTS,
    REPORTING,
    TOLD,
    adverbial,
    after_dash,
    figure_object,
    inner_that,
    looks_finite,
    phrase_comma,
    plausible_clause,
    skip_adjuncts,
    split_clause,
    title_only,
    trim,
)
from pipeline.extract._commareport import comma_report
from pipeline.extract._cueinvert import CLOSING_MARKS, TRAIL_REST, inverted
from pipeline.extract._cueinvert import TRAILING_ENDS as _TRAILING_ENDS
from pipeline.extract._cuetype import Cue
from pipeline.extract._cuewords import (
    CLAUSE_VERBS,
    FIGURE,
    GAP_PREPOSITIONS,
    PARTICIPLE_ASIDE,
    PARTICIPLE_GAPS,
    PARTICIPLES,
    PASSIVE,
    SCAN,
    THAT_PARTICIPLES,
    TRAIL_ONLY,
    URGING,
    invited_hits,
    launched_hits,
    words,
)
from pipeline.extract._lexicon import ADVERBIAL_STARTS
from pipeline.extract._phrases import np_before
from pipeline.extract._quotedby import PASSIVE_QUOTED, outer_first, quoted
from pipeline.extract._saidfrom import (
    as_by,
    fronted,
    fronted_at,
    heard_hits,
    learned_hits,
    passive_named,
    passive_source,
    said_from,
    source_name,
)
from pipeline.extract._subjects import (
    ASIDE,
    OPENING_MARKS,
    appeal,
    described,
    framing,
    introduced,
    past_stamp,
    relative_that,
    topical,
)
from pipeline.extract._subjects import opens as clause_opens
from pipeline.extract._whilesaid import subordinate_only

_SUBJECT_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "there", "this"})
TOLD_REST = re.compile(
    r"[ \t]+(?:[^,;:!?“”\"«»„\n]{1,100}?(?:[„“\"«][^„“”\"«»\n]{1,40}[“”\"»])?"
    r"|[„“\"«][^„“”\"«»\n]{1,40}[“”\"»])"
    r"[ \t]*(?:[,;:—–]|[.!?]+[\"”’»)]*[ \t]*$|$)"
)
"""The rest of "..., he told a conference in Brussels.": "told" always takes an object."""
_CONJOINED: frozenset[str] = words(
    "said says added adds told stressed noted warned insisted claimed wrote urged urges assured"
    " explained cautioned reiterated repeated acknowledged admitted conceded emphasised recalled"
    " emphasized"
) | {"called on", "calls on"}
_UNNAMED = frozenset({"source", "official", "diplomat"})
_NAMED_TAIL = re.compile(r"(?:^|, )(?P<n>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})$")
_CONJUNCTIONS = (" and ", " but ", " and also ", " but also ")
_DESCRIBED = re.compile(r"(?:^|, )(?:an?|one|another) (?P<d>(?:[\w-]+ ){1,2})$")
_INFORMED_OF = re.compile(r"[ \t](?:of|about)[ \t]")
_LONG_THAT = re.compile(r"[ \t]*(?P<gap>(?:[\w’'.-]+[ \t]+){1,12}?)that[ \t]+(?=\S)")
_PLACE_ADVERB = re.compile(r"(?<=\S) there $|(?<!\w)this (?:morning|afternoon|evening|week) ")
_COMMA_CLAUSE = re.compile(
    r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)?,[ \t]+(?=[\w„“\"«])"
)
"""A comma between "said (in Berlin)" and its clause, as translated German copy writes it."""
_SOURCE_OPENING = re.compile(
    r"(?:An?|The)[ \t]+(?:[\w-]+[ \t]+)?(?:statement|post|message|readout|report|update"
    r"|communiqu[eé])[ \t]+(?:(?:issued|released|published|posted|put[ \t]+out)[ \t]+)?"
    r"(?:by|from)[ \t]+$"
)
"""A sentence opening "A statement issued by X said ...": X is the speaker."""
_ASKED_BY = re.compile(
    r" (?:consulted|contacted|interviewed|questioned|heard|reached) by (?:the )?"
    r"(?:(?:agency|newspaper|daily|broadcaster) )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3} $"
)
"""An aside naming who asked the speaker ("diplomatic sources consulted by EFE said")."""
_SETTING = re.compile(r"(?:In|At) the (?:[A-Z][\w-]+ )?(?:capital|city|town|plant|summit) $")
"""A place opening the sentence before "the CDU politician said" (translated German)."""
_CLOSING_TUPLE = tuple(CLOSING_MARKS)
_MAX_CUES = 6
_OPENERS_AS_ACCORDING = ("According to", "In the words of")
_ACCORDING_WORDS = frozenset(o.lower() for o in _OPENERS_AS_ACCORDING)
_RARE_CUES: tuple[tuple[str, Callable[[str], list[tuple[int, str]]]], ...] = (
    (" it was heard that ", heard_hits),  # "From X it was heard that C"
    ("t was learned from ", learned_hits),  # "C, it was learned from X"
    (", and invited ", invited_hits),  # "C, and invited the allies to Z"
    (" launched ", launched_hits),  # "« ..., » launched the minister"
    (_spokeof.LITERAL, _spokeof.hits),  # "The Russian side spoke of N drones destroyed"
    (_prompting.LITERAL, _prompting.hits),  # "..., prompting Tehran to warn that C"
    (_colonline.LITERAL, _colonline.hits),  # live page: "Zelensky: Russia launched ..."
    (_s22verbs.LITERAL, _s22verbs.hits),  # "«C», hammered X": verbs read after a quote only
    (_s30verbs.LITERAL, _s30verbs.hits),  # "X expressed the view / appreciated that C"
)
"""Cue shapes too rare for the main scan: each read only when its literal is in the body."""


def scan(body: str) -> list[tuple[int, str]]:
    """All cue words (offset, word) in ``body``, in order."""
    cues: list[tuple[int, str]] = []
    for m in SCAN.finditer(body):
        start = m.start()
        word = m.group()[1:]
        if (
            body.endswith(PASSIVE, start - 7, start)
            and (word not in ("quoted", "cited") or PASSIVE_QUOTED.match(body, m.end()) is None)
            and not (word == "said" and body.startswith(" from ", m.end()))
            and not passive_named(body, start, m.end())  # "..., it was announced by X."
            and not _byagent.named(body, start, m.end())  # "..., as was informed by X."
            and not (body.startswith(" that ", m.end()) and fronted_at(body, start))
        ):
            continue  # but "X was quoted as saying ..." names its speaker
        if word != "put" or FIGURE.match(body, start + 1):
            cues.append((start + 1, word))
    for literal, hits in _RARE_CUES:
        if body_has(body, literal) and (rare := hits(body)):  # most gates pass with no hit: no sort
            cues.extend(rare)
            cues.sort()
    for opener in _OPENERS_AS_ACCORDING:  # "In the words of X, C" reads as "According to X, C"
        if body_has(body, opener):
            pos = body.find(opener)
            while pos >= 0:
                cues.append((pos, opener))
                pos = body.find(opener, pos + len(opener))
            cues.sort()
    return cues


_MEMO: dict[str, tuple[list[tuple[int, str]], tuple[Cue, ...]]] = {}
_MEMO_SIZE = 4096
"""Sentences remembered by :func:`cues_for`; the memo is emptied when full (bounded memory)."""


def clear_memo() -> None:
    """Forget every remembered sentence.

    Benchmarks built from templates repeat sentences far more than real traffic does;
    clearing the memo between articles gives the cold figure.
    """
    _MEMO.clear()


def cues_for(text: str, hits: list[tuple[int, str]]) -> tuple[Cue, ...]:
    """:func:`candidates` of one sentence, remembered by its text.

    The cues depend on the sentence alone, and wire copy repeats sentences: boilerplate
    lines, and every paragraph an updated story ("UPDATE 2") keeps from the last version.
    """
    memo = _MEMO.get(text)
    if memo is not None and memo[0] == hits:
        return memo[1]
    cues = outer_first(_relaysource.unrelayed(text, tuple(candidates(text, hits))))
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[text] = (list(hits), cues)
    return cues


def candidates(text: str, hits: list[tuple[int, str]]) -> Iterator[Cue]:
    """Attribution candidates for the cue ``hits`` (sentence-relative) of ``text``."""
    for pos, word in hits[:_MAX_CUES]:
        end = pos + len(word)
        if word.lower() in _ACCORDING_WORDS:
            cue = _according(text, pos, end)
        elif word in ("said", "learned") and (source := said_from(text, end)) is not None:
            c_start, c_end = trim(text, source[2], len(text))  # "It was said from X that C"
            subject = source_name(text[source[0] : source[1]])
            cue = Cue(word, pos, end, subject, *source[:2], c_start, c_end, "leading", True)
        elif text.startswith(" that ", end) and (front := fronted(text, pos)) is not None:
            c_start, c_end = trim(text, end + 6, len(text))  # "From X it was said that C"
            subject = text[front[0] : front[1]]
            cue = Cue(word, pos, end, subject, *front, c_start, c_end, "leading", True)
        elif word in ("said", "learned") and (inside := _learnedaside.aside(text, pos, end)):
            c_start, c_end = trim(text, inside[2], len(text))  # "S, it was learned from X, C"
            subject = source_name(text[inside[0] : inside[1]])
            cue = Cue(word, pos, end, subject, *inside[:2], c_start, c_end, "leading", False)
        elif (passive := passive_source(text, pos, end)) is not None:
            c_start, c_end = trim(text, 0, passive[0])  # "C, it was said from X."
            subject = source_name(text[passive[1] : passive[2]])
            cue = Cue(word, pos, end, subject, *passive[1:], c_start, c_end, "trailing", False)
        elif (as_source := as_by(text, pos, end)) is not None:
            c_start, c_end = trim(text, *as_source[:2])  # "C, as reported by X"
            subject = text[as_source[2] : as_source[3]]
            cue = Cue(word, pos, end, subject, *as_source[2:], c_start, c_end, "trailing", False)
        elif (cited := _s17cite.as_citing(text, word, pos, end)) is not None:
            cue = cited  # "As TASS reported, citing NAME, C": NAME's
        elif (as_by_front := _asreported.leading(text, word, pos, end)) is not None:
            cue = as_by_front  # "As reported by X on Telegram, C"
        elif (agent := _byagent.cue(text, word, pos, end)) is not None:
            cue = agent  # "C, as was communicated by X", "It was reported by X that C"
        elif word == "invited":
            cue = addition(text, word, pos, end) if appeal(text, end) else None
        elif word == "spoke":
            cue = _spokeof.cue(text, pos, end)
        elif word == _colonline.VERB:
            cue = _colonline.cue(text, pos)
        elif word in _prompting.WORDS:
            cue = _prompting.cue(text, pos, end)
        elif word == "launched" and text[pos - 2] in CLOSING_MARKS:
            cue = inverted(text, word, pos, end)
        elif word in _s22verbs.VERBS:
            cue = _s22verbs.cue(text, word, pos, end, _verb)  # "«C», VERB the TITLE, NAME"
        elif word == "put":
            figure = FIGURE.match(text, pos)
            cue = _figure(text, pos, figure.end()) if figure else None
        elif word == "so":  # translated German "..., so Merz."
            cue = inverted(text, word, pos, end)
            cue = cue if cue is not None and _sosaid.verbless(text, cue.subject_end) else None
        elif word in ("quoted", "cited"):
            cue = quoted(text, pos, end)
        elif word in PARTICIPLES or word in THAT_PARTICIPLES:
            cue = addition(text, word, pos, end) if text.endswith(PARTICIPLE_GAPS, 0, pos) else None
            cue = cue or _withsaying.cue(text, word, pos, end)  # ", with X saying C"
        elif subordinate_only(text, pos, end):
            cue = None  # "While the leaders argued, C": the narrator's C
        else:
            cue = _verb(text, word, pos, end) or _dashtrail.dashed(text, word, pos, end)
            cue = cue or _dashtrail.after_quote(text, word, pos, end, _verb)  # "“...” – X said."
            cue = cue or _colonas.colon_as(text, word, pos, end, _verb)  # "...: as X said, C"
            if cue is not None and cue.clause_start < 0 and text.startswith(" that, ", end):
                unmarked = f"{text[: end + 5]} {text[end + 6 :]}"  # "informs that, during
                cue = _verb(unmarked, word, pos, end) or cue  # the night, C"
        if cue is not None and text.startswith("according to ", cue.clause_start):
            k = text.find(", that ", cue.clause_start, cue.clause_start + 90)  # "X said,
            cue = cue._replace(clause_start=k + 7, has_that=True) if k > 0 else cue  # according
        if cue is not None:  # to Y, that C": C
            yield cue


def _figure(text: str, pos: int, end: int) -> Cue | None:
    """ "X put the number of ... at four": an attribution of figures, not a statement."""
    np = np_before(text, pos)
    if np is None:
        return None
    return Cue(text[pos:end], pos, end, text[np[0] : np[1]], *np, -1, -1, "figure", False)


def _verb(text: str, verb: str, v_start: int, v_end: int) -> Cue | None:
    """A speech verb with its subject before it, or after it in inverted order."""
    if _invfirst.comma_verb(text, verb, v_start) and _invfirst.clause_tail(
        text, np_before(text, v_start)
    ):  # "C for Trump, says NAME.": inverted first
        first = inverted(text, verb, v_start, v_end)
        if first is not None and _invfirst.speaker_like(text, *first[4:6]):
            return first
    aside = ASIDE.search(text, max(0, v_start - 130), v_start) if text[v_start - 2] == "," else None
    if aside is None and text[v_start - 2] == "," and text.find("ed ", 0, v_start - 2) >= 0:
        aside = PARTICIPLE_ASIDE.search(text, max(0, v_start - 130), v_start)
    briefed = text[v_start - 2] in ",)" or text.find(" for ", 0, v_start) >= 0
    briefed = briefed or text.find(" from ", 0, v_start) >= 0
    np = _briefing.speaker(text, v_start) if briefed else None
    if np is None and ("correspondent " in text or "reporter " in text):
        np = _outlets.correspondent(text, v_start)  # "Al Jazeera's correspondent in Sudan"
    np = np or _outlets.quoted_subject(text, v_start)  # "The “Emergency Lawyers” group said"
    if np is None and text.find(" by ", max(0, v_start - 50), v_start) >= 0:
        asked = _ASKED_BY.search(text, max(0, v_start - 60), v_start)  # "sources consulted
        np = np_before(text, asked.start()) if asked is not None else None  # by EFE said"
    gave = None if np is not None else _gavename.named_only(text, v_start)  # "A resident
    np = np or gave  # who gave his name only as Osman said"
    np = np or _grouped.whose_named(text, v_start)  # "UNIFIL, the mission whose ..., said"
    np = np or np_before(text, aside.start() if aside is not None else v_start)
    np = _territory.back(text, np, v_start, np_before)  # "the ministry in the enclave said"
    np = _voicefor.widened(text, np)  # "a spokeswoman for the armed group told AFP"
    if np is None and text.find(" who ", max(0, v_start - 90), v_start) >= 0:
        who = text.rfind(" who ", max(0, v_start - 90), v_start)  # "diplomats who attended the
        # session said"
        inside = text[who + 5 : v_start]  # "who asked not to be named": the clause's own verb
        np = np_before(text, who) if inside.strip() and "," not in inside else None
    if np is not None and np[0] > 4 and text[np[0] - 2] == ")":  # "Director General of the
        paren = text.rfind(" (", max(0, np[0] - 14), np[0] - 2)  # IAEA (IAEA) Rafael Grossi"
        outer = np_before(text, paren) if paren > 0 and text[paren + 2].isupper() else None
        np = (outer[0], np[1]) if outer is not None else np
    if np is not None and text[np[0] : np[1]] in _UNNAMED and np[0] > 4:
        described_source = _DESCRIBED.search(text, max(0, np[0] - 40), np[0])
        np = (described_source.start("d"), np[1]) if described_source else np  # "..., a
        # Turkish diplomatic source told RIA Novosti"
    quoted = np is None and text[v_start - 2 : v_start - 1] in '”"'
    if quoted:
        np = _outlets.before(text, v_start)  # "“Al-Taghyeer” reported that ..."
    if np is None:
        if text.endswith(_CONJUNCTIONS, 0, v_start) and verb in _CONJOINED:
            return addition(text, verb, v_start, v_end)  # "X visited ... and said ..."
        return inverted(text, verb, v_start, v_end)
    s_start, s_end = _grouped.pair_start(text, np[0]), np[1]  # "Residents of X and Y said"
    s_start -= 4 if text.endswith(", as the ", 0, s_start) else 0  # "..., as the military
    subject = text[s_start:s_end]  # administration of the region announced": "the" opens it
    pre_at = s_start
    if text.startswith("(", s_start - 1):  # "The UN Office for ... (OCHA) said": before the name
        outer = np_before(text, s_start - 1)
        pre_at = outer[0] if outer is not None else pre_at
    elif text.endswith((" from ", " by "), 0, s_start) and " statement " in text[:s_start]:
        doc = text.rfind(" statement ", max(0, s_start - 40), s_start)  # "..., the statement
        pre_at = text.rfind(" ", 0, doc) + 1 if doc > 0 else pre_at  # (released Saturday) by
        # the Presidential Office added": the office issued it
    pre = text[max(0, pre_at - 12) : pre_at].rstrip(" \t")
    if not pre.endswith(_TRAILING_ENDS):
        start = described(text, s_start)  # "..., its manufacturer Rafael said."
        if start is not None:
            s_start = pre_at = start
            subject = text[s_start:s_end]
            pre = text[max(0, pre_at - 12) : pre_at].rstrip(" \t")
    if subject.startswith("whose "):
        return None  # "..., whose death the group had vowed to avenge": a relative clause
    opens = clause_opens(pre) or introduced(text, subject, s_start) or quoted or bool(gave)
    if pre.endswith(", as") and (verb not in TOLD or verb.startswith("inform")):  # "CLAUSE,
        # as the air force announced.", "..., as governor X informed."
        rest = TRAIL_REST.match(text, v_end, v_end + 200)
        c_start, c_end = trim(text, 0, len(pre.rstrip()) + max(0, pre_at - 12) - 3)
        if rest is not None and c_end > c_start:
            return Cue(
                verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "trailing", False
            )
    if not opens and pre.endswith((" by", " from")):
        opens = _SOURCE_OPENING.fullmatch(text, 0, s_start) is not None
    if not opens and text.startswith(("In the ", "At the ")) and subject.startswith("the "):
        opens = _SETTING.fullmatch(text, 0, s_start) is not None  # "In the Polish capital the
        # SPD politician said that C"
    pos = skip_adjuncts(text, verb, v_end)
    if verb == "appealed" and text.startswith(" to ", pos):
        pos += 3  # "appealed to the UN to open ...": the addressee, then "to"
    that = None
    if pos >= 0 and text.find("that ", pos, pos + 120) >= 0:
        that = THAT.match(text, pos, pos + 120)
    long_gap = False
    if (
        that is None
        and text.find("that ", v_end, v_end + 120) >= 0
        and (pos < 0 or text[v_end + 1 : v_end + 8].split(" ", 1)[0] in GAP_PREPOSITIONS)
    ):
        that = _LONG_THAT.match(text, v_end, v_end + 120)  # "told a meeting of ... that"
        long_gap = True
    opens = opens or (that is not None and pre.endswith(", as"))  # "..., as X reported that"
    if that is not None and opens and (quoted or not pre.endswith(_CLOSING_TUPLE)):
        gap = _PLACE_ADVERB.sub("", that.group("gap").lower()).split()  # "told workers there"
        gap = [] if gap[:1] == ["citing"] else gap  # "Tass reported, citing the ministry, that"
        gerunds = [w for w in that.group("gap").split() if w.endswith("ing") and w.islower()]
        verbish = bool(gap) and bool(gerunds) and not long_gap  # "said in Beijing that": a
        # place, no verb
        verbish = verbish or any(w in _SUBJECT_WORDS for w in gap)
        verbish = verbish or inner_that(gap)  # "said the night's strike showed that ..."
        if not verbish and not relative_that(gap, verb):
            c_start, c_end = trim(text, that.end(), len(text))
            c_end = cut_addition(text, c_start, c_end)
            return Cue(
                verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "leading", True
            )
    rest = None
    # "In total, X claims to have hit ...": an adverbial opener, then the reported perfect
    perfect = _s37open.perfect_next(text, v_end) and adverbial(text[:pre_at].strip(" ,"))
    if pre.endswith(_TRAILING_ENDS) and not perfect:
        trail = TOLD_REST if verb in TOLD and not text.startswith(",", v_end) else TRAIL_REST
        rest = trail.match(text, v_end, v_end + 200)
        if rest is not None and verb.startswith("inform") and _INFORMED_OF.search(rest.group()):
            rest = None  # "..., its chief, X, had informed Egypt of the decision": an act
    if rest is not None and (
        not rest.group().endswith(":") or text[rest.end() :].lstrip()[:1] not in OPENING_MARKS
    ):  # "CLAUSE, the air force said: 44 Shahed drones ...": the clause before the colon
        c_start, c_end = trim(text, past_stamp(text, 0), pre_at)  # before "the X (ACR)"
        c_start = after_dash(text, c_start, c_end) if " — " in text else c_start
        quoting = text[rest.end() :].lstrip()[:1] in OPENING_MARKS
        if quoting and topical(text[c_start:c_end]):  # "On the truce, he said, “...”": a
            return Cue(verb, v_start, v_end, subject, s_start, s_end, -1, -1, "trailing", False)
        if (that_at := _splitlead.that_after(text, rest)) > 0:  # "In ..., X said, according
            a_start, a_end = trim(text, that_at, len(text))  # to his office, that C": C
            a_end = cut_addition(text, a_start, a_end)
            return Cue(verb, v_start, v_end, subject, s_start, s_end, a_start, a_end, "leading",
                       True)  # fmt: skip
        after = text[rest.end() :].rstrip().rstrip(".!?")
        split = rest.group().endswith(",") and len(after.split()) > 2 and not quoting
        if split and split_clause(text[c_start:c_end], after, subject):  # "Over the past
            a_start, a_end = trim(text, rest.end(), rest.end() + len(after))  # day, X said, C"
            return Cue(verb, v_start, v_end, subject, s_start, s_end, a_start, a_end, "trailing",
                       False)  # fmt: skip
        named = _NAMED_TAIL.search(text, max(c_start, c_end - 60), c_end)  # "..., NAME,
        if named is not None and np_before(text, c_end) == (named.start("n"), c_end):  # TITLE,
            return None  # warned of ...": an apposition, no clause before the speaker
        if adverbial(text[c_start:c_end]) or (" — " in text and title_only(text, c_start, c_end)):
            return None  # "In a related development, NAME, TITLE, warned of ..."
        if text[c_start:c_end] not in ADVERBIAL_STARTS and not framing(text, c_start, c_end):
            return Cue(
                verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "trailing", False
            )
    if not opens or verb in TRAIL_ONLY:
        if text.endswith(", ", 0, v_start):  # "..., specified the ministry in a release"
            return inverted(text, verb, v_start, v_end)
        return None
    c_start = c_end = -1
    comma = None
    phrased = -1
    urged = verb in URGING and appeal(text, pos)
    confirmed = verb in ("confirmed", "confirms")
    counted = verb in REPORTING and pos > v_end + 1 and figure_object(text, pos)
    counted = counted and ", while " not in text[:s_start]  # not a second report in passing
    infinitive = _infinitive.reports(text, verb, v_start, pos)  # "affirmed to have hit"
    commaed = comma_report(text, verb, v_end, pos)  # "teilte mit, C"; not ", adding that"
    if pos >= 0 and (verb in CLAUSE_VERBS or verb in TOLD or urged or confirmed or counted
                     or infinitive or commaed):  # fmt: skip
        comma = _COMMA_CLAUSE.match(text, pos) if text.startswith((",", " in "), pos) else None
        comma = comma or _commaclause.after_adjunct(text, pos, _COMMA_CLAUSE)  # "on Friday in X,"
        pos = comma.end() if comma is not None else pos  # German "sagte (in Berlin), C"
        phrased = -1
        if comma is None and verb in CLAUSE_VERBS and text.startswith(PHRASE_STARTS, pos):
            phrased = phrase_comma(text, pos)  # "said in the debate, C"
            pos = phrased if phrased > 0 else pos
        if comma is None and phrased < 0 and verb in CLAUSE_VERBS:  # "said about NP, C"
            pos, phrased = _commaclause.past_topic(text, pos)
        c_start, c_end = trim(text, pos, len(text))
        c_end = cut_addition(text, c_start, c_end)
        warned = text.find(", warning ", c_start, c_end) if urged else -1
        c_end = warned if warned > 0 else c_end  # "called on X to Y, warning that Z": the appeal
    if c_start >= 0:
        clause = text[c_start : min(c_end, c_start + 200)]
        plausible = (
            plausible_clause(clause) or comma is not None or phrased > 0
        )  # ", in the region ... were"
        commaed = comma is not None and _commaclause.reads(clause, verb, True)  # "stressed, C"
        if not plausible or not (urged or commaed or looks_finite(clause, verb)):
            c_start = c_end = -1
    return Cue(verb, v_start, v_end, subject, s_start, s_end, c_start, c_end, "leading", False)

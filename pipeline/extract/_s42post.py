"""Mechanisms of literal Spanish, Portuguese, Ukrainian-regional and German copy left unread
(statement round 42, ``dev_articles71`` / ``dev_statements67``).

Each reader models a mechanism, not a phrase; verbs come from the one lemma table of
:mod:`_s36verbs`:

- a Romance infinitive complement after a saying verb in a relative clause ("the Air Force,
  which assured having neutralised ...", "a communiqué in which it assured having attacked
  ...") is a statement of the relative's antecedent;
- "SUBJECT, according to X, PREDICATE" after a semicolon or opening the sentence quotes the
  predicate; "according to the same source" is the previous statement's speaker;
- "About this informed X" / "This was reported in Telegram by X" (Ukrainian "Про це
  повідомив") quote the sentence before;
- a saying verb separated from "that" by time and place adjuncts ("affirmed this Tuesday in
  Brussels that C") reads C, and a partial inside C is no statement of its own;
- "... and asked OBJECT to VP" after a first predicate of the same subject;
- speaker forms: "the head of the OVA" (the holder named before), "the OVA" (the region's
  military administration), "the city military administration" (the city the article is
  about), "Ministry of X of COUNTRY" (the demonym form), a role or a platform glued to a name
  ("military governor NAME on Telegram"), a surname with particles ("Rebelo de Sousa").
- "X claimed the attack", "X spoke of a N" and a fragment ending in an auxiliary are no
  statements.

Each reader starts with a literal test of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import new_statement
from pipeline.extract._lexicon import DEMONYMS, TITLES
from pipeline.extract._roles import CAPITALS
from pipeline.extract._s29reads import Overlaps, is_person, name_in
from pipeline.extract._s39roles import subject_of
from pipeline.extract._s42read import read
from pipeline.extract._verbtrie import finite
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_FIN = finite()  # pattern("finite") as a prefix tree (same matches, faster)
_NAME = (
    r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|do|dos|das|del|von|van|der))*[ \t]+[A-Z][\w'’-]+"
)
_HAVING = re.compile(
    r"(?P<pre>.*?)(?:,[ \t]+(?:which|who)|,?[ \t]+in[ \t]+which[ \t]+(?:it|he|she|they))"
    r"[ \t]+(?:also[ \t]+)?"
    r"(?P<v>" + _FIN + r")[ \t]+(?P<c>having[ \t]+[a-z]+\b[^;]{4,}?)\.?$"
)
_RESUMED = re.compile(r",[ \t]+(?=(?:[a-z]+ed|left|went|met|took|made|gave|held|spoke|flew)\b)")
"""The main verb the sentence resumes with after a relative ("NAME, who assured having X,
cancelled the trip")."""
_ACCORDING = re.compile(
    r"(?:^|;[ \t]+)(?P<s>[A-Za-z][^,;«»“” ]*(?:[ \t]+[^,;«»“” ]+){0,4}),[ \t]+"
    r"according[ \t]+to[ \t]+"
    r"(?P<x>[^,;]{3,80}?),[ \t]+(?!(?:which|who|whose|where|when|while|and|but|as|a|an|the|that)\b)"
    r"(?P<p>[a-z][^;]{6,}?)\.?$"
)
_ABOUT = re.compile(
    r"^(?:About[ \t]+this[ \t]+(?P<v>" + _FIN + r")|This[ \t]+was[ \t]+(?P<w>" + _FIN + r"))"
    r"(?:[ \t]+(?:in|on|via)[ \t]+(?:Telegram|Facebook|X|Viber))?(?:[ \t]+by)?[ \t]+"
    r"(?P<x>[^,;]{4,120}?)\.?$"
)
_ADJUNCT = (
    r"(?:(?:this|on|last|in|at|from|during)[ \t]+(?:the[ \t]+)?[\w-]+"
    r"(?:[ \t]+(?:night|morning|evening|afternoon))?[ \t]+)"
)
_LATE_THAT = re.compile(
    r"^(?P<pre>[^«»“”;]{3,140}?)[ \t]+(?P<v>" + _FIN + r")[ \t]+(?P<a>" + _ADJUNCT + r"{1,4})"
    r"that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_ASKED = re.compile(
    r"^(?P<pre>[^«»“”;]{3,140}?)[ \t]+(?:[a-z]+ed)\b[^;«»“”]{2,80}?[ \t]and[ \t]+"
    r"(?:asked|requested|urged|called[ \t]+on)[ \t]+(?P<c>(?:the|its|his|her|their|all|[A-Z])"
    r"[^;«»“”]{2,120}?[ \t]to[ \t]+[a-z]+[^;«»“”]*?)\.?$"
)
_HEAD_OVA = re.compile(r"\b[Tt]he[ \t]+head[ \t]+of[ \t]+the[ \t]+(?:OVA|RMA|ODA)\b")
_HOLDER = re.compile(
    r"\bhead[ \t]+of[ \t]+the[ \t]+(?:(?P<r>[A-Z][\w'’-]+)[ \t]+)?(?:OVA|RMA|ODA|regional"
    r"[ \t]+(?:state[ \t]+|military[ \t]+)+administration),?[ \t]+(?P<n>[A-Z][\w'’-]+[ \t]+"
    r"[A-Z][\w'’-]+)"
)
_BAD_OVA = re.compile(
    r"^(?P<r>[A-Z][\w'’-]+)[ \t]+regional[ \t]+head[ \t]+military[ \t]+administration$"
)
_CITY_MVA = re.compile(r"\bthe[ \t]+city[ \t]+military[ \t]+administration\b")
_CITY_OF = re.compile(
    r"\b(?:(?P<a>[A-Z][\w'’-]+)[ \t]+(?:itself|region|oblast|city[ \t]+military)\b"
    r"|(?:city|mayor)[ \t]+of[ \t]+(?:the[ \t]+city[ \t]+of[ \t]+)?(?P<b>[A-Z][\w'’-]+))"
)
_MINISTRY = re.compile(
    r"^(?:(?P<d>[A-Z]\w+)[ \t]+)?(?P<m>Ministry[ \t]+of[ \t]+.+?)[ \t]+of[ \t]+(?P<c>[A-Z]\w+)$"
)
_GLUED = re.compile(
    r"^(?:(?:military|regional|city|deputy|acting|former)[ \t]+)?(?:governor|mayor|minister"
    r"|spokesman|spokeswoman|commander|prosecutor|ombudsman)[ \t]+(?P<n>[A-Z][\w'’-]+[ \t]+"
    r"[A-Z][\w'’-]+)(?:[ \t]+(?:on|in|via)[ \t]+(?:Telegram|Facebook|X))?$"
)
_PLATFORM = re.compile(r"^(?P<n>.+?)[ \t]+(?:on|in|via)[ \t]+(?:Telegram|Facebook|X)$")
_TITLE = re.compile(
    r"^(?:(?:President|Prime|Minister|Governor|Mayor|General|Chancellor|King|Premier|Senator"
    r"|Foreign|Defence|Defense)[ \t]+)+"
)
_ROLE_WORDS = frozenset(
    {
        "envoy", "ambassador", "commissioner", "secretary", "director", "colonel", "general",
        "admiral", "spokesman", "spokeswoman", "senator", "judge", "mayor", "governor",
        "minister", "chancellor", "premier",
    }
)  # fmt: skip
_PARTICLE = re.compile(r"\b(?:de|da|do|dos|das|del|von|van|der)\b")
_CLAIMED = re.compile(r"\bclaimed[ \t]+(?:the|its|responsibility)\b")
_CLAIM_NOUN = re.compile(
    r"^(?:(?:the|its)[ \t]+(?:[a-z]+[ \t]+)?(?:attacks?|launch|strikes?|operation|bombing|shooting"
    r"|downing|raids?|assault)\b[^,;]{0,60}|responsibility\b[^,;]{0,60})$"
)
_SPOKE = re.compile(r"\bspoke[ \t]+of[ \t]+(?:a|an)[ \t]")
_NICKNAME = re.compile(r"\b(?:known[ \t]+as|nicknamed|dubbed|alias)[ \t]+")
_AUX_END = re.compile(r"\b(?:has|have|had|is|was|were|are)$")
_AUX_LAST = ("s", "e", "d", "\n")
"""The characters a quote :data:`_AUX_END` matches can end with (``$`` allows a final newline)."""


def _who(speakers: Speakers, text: str, at: int) -> str | None:
    """The speaker a phrase names: a trailing person's name, else the table's body."""
    if (m := re.search(_NAME + r"$", text.strip())) and not re.search(r"\b(?:OVA|RMA)$", text):
        found = name_in(speakers, m.group(0))
        if is_person(found):
            return found
    body = re.sub(r"^(?:the|The)[ \t]+", "", text.strip())
    if not body:
        return None
    canon = speakers.canonical(body)
    return canon if canon != body or body[:1].isupper() else None


def _has(here: list[Statement], quote: str) -> bool:
    return any(quote in x.quote or x.quote in quote for x in here)


def _add_readings(
    doc: Document, speakers: Speakers, statements: list[Statement]
) -> list[Statement]:
    out = list(statements)
    overlaps = Overlaps(doc.sentences)  # each sentence's statements (``out`` only grows)
    for i, s in enumerate(doc.sentences):
        text = s.text.rstrip()
        # only the readers gated on these words use ``here``; the others leave it unread
        gated = "having " in text or "according to" in text or " that " in text
        here = overlaps.of(out, i) if gated else []
        if "having " in text and (m := _HAVING.match(text)):
            c = _RESUMED.split(m.group("c"))[0]
            who = here[0].speaker if here else subject_of(speakers, m.group("pre"), s.start)
            if who is None and (n := re.search(_NAME + r"$", m.group("pre"))):
                who = name_in(speakers, n.group(0))
            if who and not _has(overlaps.of(out, i), c):
                out.append(new_statement(text, s.start, who, "indirect", c, m.group("v")))
        if "according to" in text and (m := _ACCORDING.search(text)):
            pred, x = m.group("p"), m.group("x")
            old = [
                t for t in here if (t.cue and "according" in t.cue.lower()) or x in t.evidence.text
            ]
            if re.match(r"the[ \t]+same[ \t]+sources?$", x):
                prior = [t for t in out if t.evidence.start < s.start]
                if prior and not _has(overlaps.of(out, i), pred):
                    who = max(prior, key=lambda t: t.evidence.start).speaker
                    out.append(new_statement(text, s.start, who, "indirect", pred, "according to"))
            elif len(old) == 1 and old[0].mode == "indirect" and pred not in old[0].quote:
                out = [replace(t, quote=pred) if t is old[0] else t for t in out]
        if i and (text.startswith(("About this ", "This was "))) and (m := _ABOUT.match(text)):
            prev = doc.sentences[i - 1].text.rstrip().rstrip(".")
            who = _who(
                speakers,
                re.split(r"[ \t]+(?:at|in|on|during|with|after)[ \t]+(?=[a-z])", m.group("x"))[0],
                s.start,
            )
            if who and not overlaps.of(out, i - 1):
                start = doc.sentences[i - 1].start
                out.append(
                    new_statement(doc.body[start : s.end], start, who, "indirect", prev, "informed")
                )
        if " that " in text and (m := _LATE_THAT.match(text)):
            c = m.group("c")
            if not any(t.mode == "indirect" and (c in t.quote or t.quote in c) for t in here):
                who = _subject(speakers, m.group("pre"), s.start)
                if who:
                    out = [
                        t for t in out if not (t in here and t.mode == "partial" and t.quote in c)
                    ]
                    out.append(new_statement(text, s.start, who, "indirect", c, m.group("v")))
        if (
            " and " in text
            and " to " in text
            and ("asked" in text or "urged" in text or "requested" in text or "called" in text)
            and (m := _ASKED.match(text))
        ):
            c = m.group("c")
            who = _subject(speakers, m.group("pre"), s.start)
            if who and not _has(overlaps.of(out, i), c):
                out.append(new_statement(text, s.start, who, "indirect", c, "asked"))
    return out


def _subject(speakers: Speakers, pre: str, at: int) -> str | None:
    """The speaker a subject phrase ("The minister of X, NAME,") stands for."""
    pre = pre.strip().rstrip(",")
    if (m := re.search(r",[ \t]+(?P<n>" + _NAME + r")$", pre)) or (
        m := re.search(r"(?P<n>" + _NAME + r")$", pre)
    ):
        found = name_in(speakers, m.group("n"))
        if is_person(found):
            return found
    return subject_of(speakers, pre + " said", at)


def _rename(doc: Document, speakers: Speakers, s: Statement) -> Statement:
    # each rename is tried only when the speaker holds its pattern's literal words (most
    # speakers hold none); the body before the statement is cut only where it is read
    who = s.speaker
    ev = s.evidence.text
    if ("head military" in who or who.startswith("head of the")) and _HEAD_OVA.search(ev):
        holders = list(_HOLDER.finditer(doc.body[: s.evidence.start]))
        if holders:
            return replace(s, speaker=name_in(speakers, holders[-1].group("n")))
    if "regional" in who and (m := _BAD_OVA.match(who)) and not _HEAD_OVA.search(ev):
        return replace(s, speaker=f"{m.group('r')} regional military administration")
    if who == "city military administration" and _CITY_MVA.search(ev):
        before = doc.body[: s.evidence.start]
        places = [c.group("a") or c.group("b") for c in _CITY_OF.finditer(before[-1500:])]
        if places:
            return replace(s, speaker=f"{places[-1]} city military administration")
    if (
        "Ministry" in who
        and (m := _MINISTRY.match(who))
        and (dem := DEMONYMS.get(m.group("c").lower()))
    ):
        whole = f"{m.group('m')} of {m.group('c')}"
        opens = ev.startswith(("The " + whole, whole)) or f". The {whole}" in ev
        if opens and m.group("d") in (None, dem):
            return replace(s, speaker=f"{dem} {m.group('m')}")
    # the name tested first: a pattern per speaker is compiled only for a ministry
    if (
        who.startswith("Ministry of ")
        and (m := re.search(re.escape(who) + r"[ \t]+in[ \t]+(?P<c>[A-Z]\w+)", ev))
        and (dem := CAPITALS.get(m.group("c").lower()))
    ):
        return replace(s, speaker=f"{dem} {who}")
    if who[:1].islower() and (m := _GLUED.match(who)) and is_person(m.group("n")):
        return replace(s, speaker=m.group("n"))
    if ("Telegram" in who or "Facebook" in who or "X" in who) and (m := _PLATFORM.match(who)):
        return replace(s, speaker=m.group("n"))
    if _PARTICLE.search(who) and speakers.canonical(who) == who:
        before = doc.body[: s.evidence.start]
        for full in re.finditer(_NAME, before):
            name = _TITLE.sub("", full.group(0))
            after_place = _after_place(before, full.start())
            if (
                name.endswith(" " + who)
                and len(name.split()) == len(who.split()) + 1
                and not after_place
                and name.split()[0].lower() not in TITLES
                and name.split()[0].lower() not in _ROLE_WORDS
            ):
                return replace(s, speaker=name)
    return s


_PLACE_WORD = re.compile(r"\b(?:to|in|from|at|of)[ \t]+$")


def _after_place(text: str, at: int) -> bool:
    """``text[:at]`` ends with "to / in / from / at / of" and a space: the pattern searched
    only over that tail (a search of the whole prefix tried every offset: quadratic)."""
    end = at
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return _PLACE_WORD.search(text, max(0, end - 8), at) is not None


def _spurious(s: Statement) -> bool:
    ev, q = s.evidence.text, s.quote
    if (
        s.mode == "partial"
        and _NICKNAME.search(ev)
        and re.search(_NICKNAME.pattern + r"[«“\"]" + re.escape(q), ev)
    ):
        return True  # "NAME, known as «Hemedti»": a name, not a quote
    if s.mode == "indirect" and "claimed" in ev and _CLAIMED.search(ev) and _CLAIM_NOUN.match(q):
        return f"claimed {q}" in ev
    if (
        s.mode == "indirect"
        and "spoke" in ev
        and _SPOKE.search(ev)
        and f"spoke of {q}" in ev
        and re.search(r"\d", q)
    ):
        return True
    return (
        s.mode == "indirect"
        and q[-1:] in _AUX_LAST  # the last letter of an auxiliary: most quotes end otherwise
        and bool(_AUX_END.search(q))
        and len(q.split()) <= 5
    )


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's readings added and speakers renamed."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    statements = [s for s in statements if not _spurious(s)]
    statements = _add_readings(doc, speakers, statements)
    statements = read(doc, speakers, statements)
    statements = [_rename(doc, speakers, s) for s in statements]
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return others + list(statements)

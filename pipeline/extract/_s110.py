"""Round h_gen_s110: statements left unread or named by a description, three shapes that
recurred across the blind and dev article sets.

* A fragment framed by its subject's own verb ("Peskov accused Berlin of “militaristic
  rhetoric”", "From Rome, the premier NAME expressed «full solidarity»", "NAME rejected the
  reports as „groundless“"): the chain drops a fragment under three words whose verb is no
  verb of saying, and a fronted place or an aside hides the subject. The written rule
  ("called the attack “...”" is a partial) gives it to the subject when no statement holds it.
* An epithet after the named person ("“Q,” the Argentine diplomat said", "added the head of
  Italian diplomacy", "The head of Israel's army claimed that C", "»Q«, the social democrat
  said"): the chain kept the description or read nothing; the labels ("surnames resolved",
  dst87-007) give the person before it. An indefinite introduction ("A Turkish diplomat said
  ... the diplomat added") or nobody named before keeps the description.
* "C, the NAME news portal reported" / "The NAME news website said that C": the chunker has
  no "portal" / "website" / "site" head; an outlet's kind is no part of its name.

Hooked last in :mod:`pipeline.extract._latepasses`; literal gates on the body and on each
sentence before any regex, the look back bounded (four sentences, 600 characters).
"""

from __future__ import annotations

import re

from pipeline.extract import _s111
from pipeline.extract._found import holding, new_statement, renamed
from pipeline.extract._lexicon import DEMONYMS, ORG_HEADS
from pipeline.extract._roles import adjective
from pipeline.extract._s107names import outlet
from pipeline.extract.model import Document, Finding, Statement, StatementMode
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

# --------------------------------------------------------------------- framed partials
_FRAME_GATES: tuple[str, ...] = (
    "accus", "express", "reject", "dismiss", "denounc", "judged", "spoke ", "speak",
    "called ", "defin", "termed", "condemned", "welcomed",
)  # fmt: skip
_FRAMED = re.compile(
    r"(?:^|, while |, whereas |; )"
    r"(?:(?:From|In|At|On|After|During|Also|Meanwhile)\b[^,“”«»„\".;:]{0,60}, "
    r"(?:(?:where|when|who)\b[^,“”«»„\".;:]{0,60}, )?)?"
    r"(?P<subj>(?:[Tt]he [\w'’-]|[A-Z])[^,“”«»„\".;:]{0,70}?)"
    r"(?:,[^,“”«»„\".;:]{2,70},)? (?:has |have |had )?(?:also |then |again |later |[a-z]+ly )?"
    r"(?P<verb>accused|accuses|expressed|expresses|rejected|rejects|dismissed|dismisses"
    r"|denounced|denounces|judged|judges|condemned|welcomed|termed|defined|called|calls"
    r"|spoke|speaks)"
    r"(?P<obj>(?: [^“”«»„\".;:]{1,80}?)?) (?:of |as |as an? |an? |of an? |of the )?"
    r"[“«„\"] ?(?P<f>[^“”«»„\"]{2,80}?) ?[”»“\"]"
)
_PRONOUNS: frozenset[str] = frozenset({"He", "She", "It", "They"})
_NEEDS_OBJECT: frozenset[str] = frozenset({"accused", "accuses", "rejected", "rejects"})
_BARE_OBJECT: frozenset[str] = frozenset(
    {"expressed", "expresses", "welcomed", "condemned", "denounced", "denounces", "judged"}
)  # the fragment is their object: at most a determiner or two before the mark
_PLACE = re.compile(r" (?:at|in|on|to|from|near|inside) (?:the )?[“«„\"] ?$")
_OF: tuple[str, ...] = tuple(f"of {a}{m}" for a in ("", "a ", "an ", "the ") for m in '“«„"')
_NOT_SUBJECT = re.compile(r"\b(?:was|were|is|are|been|being|who|which|that)$")


def _subject(speakers: Speakers, index: int, subj: str, at: int) -> str | None:
    """The speaker a framing subject names: a pronoun's antecedent (the chain's subject of the
    sentence), a person or body the article's registry knows ("Israel's embassy" as
    "Israeli embassy"), an epithet left to the rule below ("the CDU leader"), else None."""
    if subj in _PRONOUNS:
        return speakers.subject(index)
    found = None if _NOT_SUBJECT.search(subj) else speakers.registry().resolve(subj, at)
    if found and found.kind in ("person", "org", "other") and found.canonical[:1].isupper():
        first, _, rest = (name := found.canonical).partition(" ")
        return f"{adjective(first, first.lower())} {rest}" if rest and "'" in first else name
    return (
        subj[4:] if subj[:4] in ("The ", "the ") and _EPITHET.fullmatch(subj[4:].lower()) else None
    )


def _framed(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Read "SUBJECT VERB [OBJECT] of/as «F»" as the subject's partial when no statement
    holds F (module docstring)."""
    marks = [m for m in '“«„"' if m in doc.body]  # literal tests: marks, then a verb
    quotes = [f.quote for f in found if isinstance(f, Statement)]
    added: list[Finding] = []
    for index, sentence in enumerate(doc.sentences if marks else ()):
        text = sentence.text
        if not any(m in text for m in marks) or not any(g in text for g in _FRAME_GATES):
            continue
        for m in _FRAMED.finditer(text):
            fragment, verb, obj = m.group("f"), m.group("verb"), m.group("obj")
            if verb in _NEEDS_OBJECT and not obj.strip():
                continue  # "Two men accused of “treason” were detained": a passive
            head = text[: m.start("f")]
            if verb.startswith("spo") and not head.rstrip().endswith(_OF):
                continue  # "spoke to reporters ... “...”": no framing "of"
            if (verb in _BARE_OBJECT and len(obj.split()) > 2) or _PLACE.search(head):
                continue  # "welcomed the delegation at the «Maison de l'Europe»": a place
            if len(fragment.split()) > 10 or any(fragment in q for q in quotes):
                continue  # a sentence, or inside a reported clause / read already
            name = _subject(speakers, index, m.group("subj"), sentence.start + m.start("subj"))
            if name is not None:
                added.append(new_statement(text, sentence.start, name, "partial", fragment, verb))
                quotes.append(fragment)
    return found + added if added else found


# ---------------------------------------------------------------------------- epithets
_HEADS = (
    "politician|diplomat|chairman|chairwoman|pontiff|ruler|premier|chancellor|confidant"
    "|democrat|minister|leader|chief"
)
_EPITHET = re.compile(
    r"(?:[\w'’-]+ ){0,3}(?:" + _HEADS + r")"
    r"|(?:head|secretary|president) of (?:the )?(?:[\w'’-]+ ){0,2}(?:diplomacy|army|military"
    r"|government|agency|alliance|farnesina|council)"
)
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w'’-]+ ){0,3}(?:" + _HEADS + r")\b")
_QUOTED = re.compile(r"“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|\"[^\"]*\"")
_RUN = re.compile(
    r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:de|da|von|van|der|al|bin|el|di)[ \t]+)?[A-Z][\w'’-]+){0,4}"
)
_NOT_PERSON: frozenset[str] = ORG_HEADS | frozenset(
    {"square", "street", "station", "airport", "palace", "assembly", "republic", "church"}
    | {"cathedral", "university", "region", "district", "oblast", "city", "port", "plant"}
    | {"strip", "sea", "river", "valley", "bank", "gulf", "bridge", "island"}
)
_TITLES: frozenset[str] = frozenset(
    {"Chancellor", "President", "Minister", "Premier", "Pope", "King", "Governor", "Mayor"}
    | {"Secretary", "General", "Commander", "Spokesman", "Spokeswoman", "Director", "Chief"}
)
_FULL_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)+")
_DEMONYM_WORDS: frozenset[str] = frozenset(d.lower() for d in DEMONYMS.values())
_SENTENCES_BACK = 4
_REACH = 600


def _person(speakers: Speakers, words: list[str], at: int) -> str | None:
    """The person a run of capitalised ``words`` names: it resolves to a person whose surname
    it spells ("Dmitri Peskow" as the table's "Dmitry Peskov" too) and names no place or body
    ("St. Peter's Square", "National Assembly"); a title alone ("The Chancellor") is none."""
    reg = speakers.registry()
    found = reg.resolve(" ".join(words), at)
    if found is None or found.kind != "person" or "'" in found.canonical:
        return None
    parts = found.canonical.split()
    if len(parts) < 2 or any(w.lower() in _NOT_PERSON for w in words) or len(words[0]) < 3:
        return None
    if not _FULL_NAME.fullmatch(found.canonical) or any(p.lower() in _DEMONYM_WORDS for p in parts):
        return None  # "Kuala Lumpur/Moscow Russian": a dateline, no name
    if parts[-1] in words:
        return found.canonical
    last = reg.resolve(words[-1], at) if len(words) > 1 and words[-1] not in _TITLES else None
    return found.canonical if last is not None and last.canonical == found.canonical else None


def _holder(doc: Document, speakers: Speakers, anchor: int) -> str | None:
    """Who a description at ``anchor`` stands for: per sentence back (its own, then up to four
    within 600 characters), the person the chain reads as its opener, else the first person
    it names outside quotation marks."""
    index = speakers.sentence_at(anchor)
    for back in range(index, max(-1, index - _SENTENCES_BACK - 1), -1):
        sentence = doc.sentences[back]
        if sentence.end < anchor - _REACH:
            return None
        text = _QUOTED.sub(
            lambda q: " " * len(q.group(0)), sentence.text[: anchor - sentence.start]
        )
        opener = speakers.subject(back) if back < index else None  # "She said ...": resolved
        if opener and (person := _person(speakers, opener.split(), anchor)) is not None:
            return person
        for run in _RUN.findall(text):
            words = run.split()
            for k in range(len(words)):
                if (person := _person(speakers, words[k:], sentence.start)) is not None:
                    return person
    return None


_COUNTRY_OF: dict[str, str] = {c: d.lower() for c, d in DEMONYMS.items() if " " not in c}
_THE = re.compile(r"\b[Tt]he[ \t]+")
_WORD = re.compile(r"[\w'’-]+")


def _norm(word: str) -> str:
    """A word as a speaker spells it: lower case, "Israel's" -> "israeli", "alliance's" ->
    "alliance"."""
    low = word.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
        return _COUNTRY_OF.get(low, low)
    return low


def _anchor(body: str, f: Statement, own: int) -> int:
    """Where the description stands: "the SPEAKER" (words as :func:`_norm` spells them) or
    "the ... HEAD" (a speaker the table renamed: "the army chief") in the statement's last
    sentence (from ``own``), else the last "the SPEAKER" up to 600 characters before it (a
    quote the cue does not touch); -1 when neither is found."""
    want = f.speaker.lower().split()
    hi = f.evidence.end
    last = -1
    for m in _THE.finditer(body, max(0, f.evidence.start - _REACH), hi):
        words = [_norm(w) for w in _WORD.findall(body, m.end(), min(hi, m.end() + 80))[:5]]
        if m.start() >= own and (words[: len(want)] == want or want[-1] in words[:4]):
            return m.start()
        if words[: len(want)] == want:
            last = m.start()
    return last


def _epithets(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Give a statement credited to "the DESCRIPTION" the person it stands for."""

    def pick(f: Statement) -> str | None:
        low = f.speaker.lower()  # a literal test on the head word before the regex
        if not (low.endswith(_HEAD_GATES) or " of " in low) or not _EPITHET.fullmatch(low):
            return None
        own = doc.sentences[speakers.sentence_at(f.evidence.end - 1)].start
        anchor = _anchor(doc.body, f, max(own, f.evidence.start))
        return _resolved(doc, speakers, f.speaker, anchor) if anchor >= 0 else None

    return renamed(found, pick)


_COUNTERPART = re.compile(r"\b([A-Z][a-z]+) counterpart")


def _resolved(doc: Document, speakers: Speakers, speaker: str, anchor: int) -> str | None:
    """The person the description ``speaker`` at ``anchor`` stands for, or None."""
    head = speaker.lower().split(" of ")[0].split()[-1]
    before = doc.body[max(0, anchor - _REACH) : anchor]
    if any(head in m.group(0).lower() for m in _INDEFINITE.finditer(before)):
        return None  # "A Turkish diplomat said ... the diplomat added": the source described
    if "counterpart" in before and any(
        m.group(1).lower() in speaker.lower().split() for m in _COUNTERPART.finditer(before)
    ):
        return None  # "NAME met his Turkish counterpart ... The Turkish diplomat said": not NAME
    holder = _holder(doc, speakers, anchor)
    if holder is None or not _s111.fits_person(speaker, doc.body, holder):
        return None  # "Swedish Defence Minister NAME ... The Ukrainian diplomat said": not NAME
    return holder


_DESC = r"(?:[\w'’-]+ ){0,3}(?:" + _HEADS + r")"
_CUES = r"said|declared|added|stressed|explained|insisted|warned|noted|told \w+"
_UNREAD = re.compile(
    rf"^(?:[“«»„\"](?P<q>[^“”«»„\"]{{3,}}?)[”»«“\"],?|(?P<c>[A-Z][^“”«»„\"]{{12,}}?),) "
    rf"(?:the (?P<d>{_DESC}) (?P<cue>{_CUES})|(?P<cue2>{_CUES}) the (?P<d2>{_DESC}))"
    r"(?: (?:on|in|at|after|during)\b[^“”«»„\".]{0,60})?\.?$"
)
_HEAD_GATES: tuple[str, ...] = tuple(_HEADS.split("|"))


def _unread(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Read "“Q,” the DESCRIPTION said." / "C, the DESCRIPTION said." that no statement
    holds as the words of the person the description stands for (none found: unread)."""
    held = holding([f for f in found if isinstance(f, Statement)])
    added: list[Finding] = []
    for sentence in doc.sentences:
        text = sentence.text  # an unheld sentence naming a head word (literal tests)
        hit = not held(sentence) and any(h in text for h in _HEAD_GATES)
        if not hit or (m := _UNREAD.match(text)) is None:
            continue
        group = "d" if m.group("d") else "d2"
        name = _resolved(doc, speakers, m.group(group), sentence.start + m.start(group) - 4)
        if name is not None:
            mode: StatementMode = "direct" if m["q"] else "indirect"
            cue = m["cue"] or m["cue2"]
            added.append(new_statement(text, sentence.start, name, mode, m["q"] or m["c"], cue))
    return found + added if added else found


# ----------------------------------------------------------------------------- outlets
_KIND = r"news (?:portal|website|site)"
_NAME = r"(?P<o>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} " + _KIND + r")"
_SAY = r"(?P<cue>reported|said|wrote|reports|says|writes)"
_OUTLET = re.compile(
    rf"^(?:(?P<c>[A-Z][^“”\"]{{10,}}?), (?:the )?{_NAME} {_SAY}"
    rf"|[Tt]he {_NAME.replace('<o>', '<o2>')} {_SAY.replace('<cue>', '<cue2>')}(?: that)? "
    r"(?P<c2>[a-z][^“”\"]{10,}?))\.?$"
)


def _outlets(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Read "C, the NAME news portal reported" and "The NAME news website said (that) C"."""
    if "news " not in doc.body:
        return found
    held = holding([f for f in found if isinstance(f, Statement)])
    added: list[Finding] = []
    for sentence in doc.sentences:
        text = sentence.text
        m = _OUTLET.match(text) if "news " in text and not held(sentence) else None
        name = outlet(m.group("o") or m.group("o2")) if m is not None else None
        if m is not None and name is not None:
            clause, cue = (m["c"] or m["c2"]).rstrip(" .,;"), m["cue"] or m["cue2"]
            speaker = speakers.canonical(name)
            added.append(new_statement(text, sentence.start, speaker, "indirect", clause, cue))
    return found + added if added else found


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """Framed partials, epithets bound to the person named, outlets' kinds (docstring)."""
    found = _framed(doc, speakers, found)
    found = _epithets(doc, speakers, found)
    found = _unread(doc, speakers, found)
    return _outlets(doc, speakers, found)

"""Last reading of finished statements: German political copy (statement round 17).

Translated German copy on diplomacy and politics (``dev_articles47``, ``dev_statements42``)
names its speakers through stand-ins the sentence readers resolve to the wrong person:

- a bare role ("The head of state said ...", "..., the president emphasised") right after a
  statement by a holder of that role goes to that holder, not to another holder the
  sentence before named only in an adjunct ("Erdogan said ... after meeting Ukrainian
  President Volodymyr Zelensky. The head of state said C": Erdogan's);
- a regional title ("the Bavarian Prime Minister said", "the Saxon head of government",
  "the Bavarian politician") left as a lower-case description: the person the sentence
  before opens with ("CSU leader Markus Söder was even sharper.");
- "Minister-President NAME": NAME;
- "she said" resolved to a man (or "he said" to a woman) by first name: the nearest person
  of the pronoun's gender named in the three sentences before;
- "NAME spoke of „...“ and announced that C": C is NAME's indirect statement too;
- "C, he said: „Q“": C is the speaker's indirect statement besides the quote;
- "the German Chamber of Commerce in Ukraine": the place is part of the body's name;
- "C, Transport and Infrastructure Minister NAME announced." (a title joined by "and"
  that the trailing-subject reader stops at): NAME's indirect statement;
- "According to the authority, C" after "The aviation authority X ...": X's;
- "Air defence shot down ..., the Ukrainian command said" after the country's air force
  spoke: the air force (its command; the General Staff reports no air defence tallies);
- "C, he said" after "A spokesman of the 3rd Assault Brigade described ...": the brigade's.

Pure functions over the finished statements, each behind a literal test; kept apart
because :mod:`pipeline.extract.speakers` and :mod:`pipeline.extract._names` are at their
size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._s17gender import gender_of
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]


_ROLE_TITLES = {
    "head of state": r"President",
    "president": r"President",
    "chancellor": r"Chancellor",
    "prime minister": r"Prime[ \t]+Minister|Premier|Chancellor",
    "head of government": r"Prime[ \t]+Minister|Premier|Chancellor",
}
_BARE_ROLE = re.compile(
    r"(?:^|, )[Tt]he (?P<r>head of state|president|chancellor|prime minister|head of government)"
    r"(?: (?:also|then|later|further|again))? [a-z]+(?:ed|d)\b"
)
_REGIONAL_ROLE = re.compile(
    r"^(?P<adj>[a-z]+) (?:prime minister|head of government|premier|minister-president"
    r"|politician|state premier)$"
)
_TITLE_PREFIX = re.compile(r"^(?:Minister-President|Minister President|State Premier) (?=[A-Z])")
_PRONOUN_CUE = re.compile(r"(?:^|[,;:“”„«»\"] ?)(?P<p>[Ss]he|[Hh]e) [a-z]+(?:ed|d)\b")
_PERSON = re.compile(
    r"\b(?P<n>[A-Z][\w'’-]+(?: (?:van|von|de|der|den|al|da|di)(?: der| den)?)?"
    r"(?: [A-Z][\w'’-]+){1,2})"
)
_AND_THAT = re.compile(
    r" and (?:announced|said|added|stressed|warned|declared|made clear|insisted) that (?P<c>.+)$"
)
_SAID_COLON = re.compile(
    r"^(?P<c>[^“”„«»\"]{12,}?), (?:he|she|they) (?:said|added|wrote):[ \t]*[„“«»\"]"
)
_CITY_FIRST = re.compile(r"In (?:the city of )?(?P<c>[A-Z][\w'’-]+),")
_NAMESAKES = frozenset(
    [
        "kherson",
        "cherson",
        "zaporizhzhia",
        "saporischschja",
        "kharkiv",
        "charkiw",
        "odesa",
        "odessa",
        "mykolaiv",
        "mykolajiw",
        "sumy",
        "chernihiv",
        "tschernihiw",
        "poltava",
        "lviv",
        "lwiw",
        "vinnytsia",
        "zhytomyr",
        "rivne",
        "ternopil",
        "chernivtsi",
        "cherkasy",
        "khmelnytskyi",
        "donetsk",
        "luhansk",
        "belgorod",
        "kursk",
        "bryansk",
        "voronezh",
    ]
)
"""Region capitals whose region bears their name (Kyiv's and Moscow's bodies are apart)."""
_BARE_BODY = re.compile(r"According to the (?P<h>authority|agency|operator|company|regulator), ")
_FRAMED = re.compile(r"(?:[A-Z][a-z]*(?:ed|ing)|In|At|On|When|While|After|Before|During|As)\b")
_AND_TITLE = re.compile(
    r", (?:[A-Z][\w-]+ )+and (?:[A-Z][\w-]+ )*Minister "
    r"(?P<n>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}) (?P<v>said|announced|stated|reported)\.?$"
)
"""", Transport and Infrastructure Minister NAME announced.": a title joined by "and"."""
_CHAMBER = re.compile(r"Chamber of (?:Industry and )?Commerce in (?P<p>[A-Z][\w'’-]+)")


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """The statements of ``found`` with this round's stand-ins read, and the clauses added."""
    if not body_has(doc.body, " Minister ") and not any(isinstance(f, Statement) for f in found):
        return found
    out: list[Finding] = []
    done: list[Statement] = []
    renamed: tuple[int, str, str] | None = None  # (paragraph, old, new) of a role rewrite
    for f in sorted(found, key=lambda f: (f.evidence.start, f.evidence.end)):
        if isinstance(f, Statement):
            index = speakers.sentence_at(f.evidence.start)
            paragraph = doc.sentences[index].paragraph if 0 <= index < len(doc.sentences) else -1
            if renamed is not None and renamed[0] == paragraph and f.speaker == renamed[1]:
                said = doc.sentences[index].text
                if not any(w in said for w in renamed[1].split() if w[:1].isupper()):
                    f = replace(f, speaker=renamed[2])  # "..., he said" after it: the same
            g = _one(doc, speakers, f, done)
            if g.speaker != f.speaker and paragraph >= 0:
                renamed = (paragraph, f.speaker, g.speaker)
            f = g
            done.append(f)
        out.append(f)
    return out + _added(doc, speakers, done)


def _one(doc: Document, speakers: _Lookup, f: Statement, done: list[Statement]) -> Statement:
    index = speakers.sentence_at(f.evidence.start)
    if not 0 <= index < len(doc.sentences):
        return f
    text = doc.sentences[index].text
    speaker = f.speaker
    if speaker.startswith(("Minister-President ", "Minister President ", "State Premier ")):
        return replace(f, speaker=_TITLE_PREFIX.sub("", speaker))
    m = _REGIONAL_ROLE.match(speaker) if speaker[:1].islower() else None
    if m is not None and f" {m.group('adj').capitalize()} " in text and index:
        opener = speakers.subject(index - 1)  # "CSU leader Markus Söder was even sharper."
        if opener is not None and gender_of(opener) is not None:
            return replace(f, speaker=opener)
    if "Chamber of" in speaker and " in " in text:
        chamber = _CHAMBER.search(text)
        if chamber is not None and chamber.group(0).startswith(speaker.split()[-1]) is False:
            full = text[text.find(speaker) : chamber.end()] if speaker in text else None
            if full is not None and full.endswith(chamber.group(0)):
                return replace(f, speaker=full)
    if text.startswith("According to the ") and index:
        m = _BARE_BODY.match(text)
        if m is not None:
            prior = doc.sentences[index - 1]
            intro = re.search(rf"\b[Tt]he (?:[a-z]+ )?{m.group('h')} (?P<n>[A-Z][\w'’-]+)\b",
                              prior.text)  # fmt: skip
            if intro is not None:
                name = speakers.named(intro.group("n"), prior.start) or intro.group("n")
                if name != speaker:
                    return replace(f, speaker=name)  # "The aviation authority X ... According
                    # to the authority, C": X's
    if speaker.endswith("command") and ("shot down" in text or "ir defence" in text):
        air = next((d.speaker for d in reversed(done) if d.speaker.endswith(" Air Force")), None)
        if air is not None and speaker.split()[0] == air.split()[0]:
            return replace(f, speaker=air)  # "..., the Ukrainian command said" on air defence
    if " regional " in speaker and text.startswith("In "):
        placed = _placed_regional(speaker, text)
        if placed is not None:
            return replace(f, speaker=placed)
    lower = text.lower()
    if any(r in lower for r in _ROLE_TITLES):
        holder = _role_holder(doc, speakers, f, text, index, done)
        if holder is not None:
            return replace(f, speaker=holder)
    if "he " in lower and done and (spoken := _spokesman_before(doc, speakers, f, index, done)):
        return replace(f, speaker=spoken)
    if "he " in lower:
        other = _gendered(doc, speakers, f, text, index)
        if other is not None:
            return replace(f, speaker=other)
    return f


def _placed_regional(speaker: str, text: str) -> str | None:
    """ "In the city of Kherson, C, the regional administration said" after another region's
    body spoke: the body of the region named by its capital in the sentence itself."""
    m = _CITY_FIRST.match(text)
    region, _, body = speaker.partition(" regional ")
    if m is None or m.group("c").lower() not in _NAMESAKES or m.group("c") == region:
        return None
    if f"the regional {body}" not in text:
        return None
    return f"{m.group('c')} regional {body}"


def _spokesman_before(
    doc: Document, speakers: _Lookup, f: Statement, index: int, done: list[Statement]
) -> str | None:
    """ "A spokesman of the 3rd Assault Brigade described ... . C, he said": the body the
    unnamed spokesman spoke for in the sentence before (same paragraph), not a person or
    outlet named further back."""
    prior = done[-1]
    k = speakers.sentence_at(prior.evidence.start)
    if k != index - 1 or prior.speaker == f.speaker or index < 1:
        return None
    before = doc.sentences[k]
    if before.paragraph != doc.sentences[index].paragraph or "spokes" not in before.text:
        return None
    if _PRONOUN_CUE.search(doc.sentences[index].text) is None or f.speaker in before.text:
        return None
    if not re.search(r"\b(?:An?|The) spokes(?:man|woman|person) (?:of|for) ", before.text):
        return None
    return prior.speaker if gender_of(prior.speaker) is None else None


def _role_holder(
    doc: Document, speakers: _Lookup, f: Statement, text: str, index: int, done: list[Statement]
) -> str | None:
    """The speaker of the statement just before when it holds the bare role of ``text``."""
    m = _BARE_ROLE.search(text)
    if m is None or not done:
        return None
    prior = done[-1]
    if prior.speaker == f.speaker or speakers.sentence_at(prior.evidence.start) < index - 1:
        return None
    surname = prior.speaker.split()[-1]
    if len(prior.speaker.split()) < 2:
        return None
    title = _ROLE_TITLES[m.group("r")]
    body = doc.body[: f.evidence.start]
    named = re.search(rf"\b(?:{title})[ \t]+(?:[A-Z][\w'’-]+[ \t]+){{0,3}}{re.escape(surname)}\b",
                      body)  # fmt: skip
    return prior.speaker if named is not None else None


def _gendered(doc: Document, speakers: _Lookup, f: Statement, text: str, index: int) -> str | None:
    """For "she said" given to a man (or "he said" to a woman): the nearest person of the
    pronoun's gender named in the three sentences before."""
    have = gender_of(f.speaker)  # a dict lookup: most speakers have no known gender,
    if have is None:  # so the pronoun regex below rarely runs
        return None
    m = _PRONOUN_CUE.search(text)
    if m is None:
        return None
    wanted = "f" if m.group("p").lower() == "she" else "m"
    if have == wanted:
        return None
    for k in range(index - 1, max(-1, index - 4), -1):
        sentence = doc.sentences[k]
        names: list[list[str]] = [
            str(p.group("n")).split() for p in _PERSON.finditer(sentence.text)
        ]
        for words in reversed(names):
            for i in range(len(words) - 1):  # "Co-chair Ines Schwerdtner": from "Ines"
                if gender_of(words[i]) is not None:
                    if gender_of(words[i]) != wanted:
                        break
                    name = " ".join(words[i:])
                    return speakers.named(name, sentence.start) or name
    return None


def _added(doc: Document, speakers: _Lookup, done: list[Statement]) -> list[Finding]:
    """Clauses a sentence's one statement left: "... and announced that C", "C, he said: „Q“"."""
    added: list[Finding] = []
    by_sentence: dict[int, list[Statement]] = {}
    for s in done:
        by_sentence.setdefault(speakers.sentence_at(s.evidence.start), []).append(s)
    for index, items in by_sentence.items():
        if not 0 <= index < len(doc.sentences) or any(s.mode == "indirect" for s in items):
            continue
        sentence = doc.sentences[index]
        text = sentence.text
        clause: str | None = None
        if " that " in text and items[0].mode == "partial":
            m = _AND_THAT.search(text)
            if m is not None and not any(mark in m.group("c") for mark in '„“«»"'):
                clause = m.group("c").rstrip(" .")
        elif ":" in text and items[0].mode in ("direct", "partial"):
            m = _SAID_COLON.match(text)
            if m is not None and not _FRAMED.match(text):  # not "Asked about X, he said:
                clause = m.group("c")
        if clause and len(clause.split()) >= 3:
            evidence = Evidence(sentence.text, sentence.start, sentence.end)
            added.append(Statement(evidence, 0.7, items[0].speaker, "indirect", clause, "said"))
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if index in by_sentence or " and " not in text or " Minister " not in text:
            continue
        m = _AND_TITLE.search(text)
        if m is not None and len(text[: m.start()].split()) >= 4:
            who = speakers.named(m.group("n"), sentence.start + m.start("n")) or m.group("n")
            evidence = Evidence(sentence.text, sentence.start, sentence.end)
            added.append(Statement(evidence, 0.7, who, "indirect", text[: m.start()], m.group("v")))
    return added

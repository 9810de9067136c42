"""Credit sentences of Ukrainian agency copy (UNN, Ukrinform, Censor.NET): who said the text before.

Real wire relays put the words first and the speaker in the next sentence, often with the
outlet's own credit behind it:

- "C. This was stated by the head of the Sumy Regional Military Administration, NAME, as
  reported by UNN." / "This was reported in his Telegram by the head of the ... NAME, UNN
  reports." / "The relevant statement was made by NAME on Facebook, an Ukrinform
  correspondent reports." / "NAME said this in an interview with OUTLET, writes UNN." /
  "NAME wrote about this in Telegram, Ukrinform reports.";
- "C1. C2. - NAME wrote on social media." / "C - emphasized NAME." / a paragraph "- stated in
  the post by the head of the OVA." after the words (a dash credit after unmarked text).

The credit sentence itself is no statement (the outlet's trailing credit made the readers
take it as the outlet's); the words before it are NAME's indirect statement: the sentence
before in the same paragraph, else the whole paragraph before (at most four sentences).
This module finds the credits; :mod:`pipeline.extract._s56post` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.model import Document

_VERBS = (
    r"stated|said|reported|announced|declared|noted|written|posted|confirmed|informed"
    r"|emphasi[sz]ed|stressed|communicated|published|told"
)
_PASSIVE = re.compile(
    r"^(?:This|That)(?:[ \t]+information)?[ \t]+(?:was|has[ \t]+been|had[ \t]+been|is)[ \t]+"
    rf"(?:also[ \t]+)?(?:{_VERBS})(?P<mid>(?:[ \t]+[\w’'.-]+){{0,6}}?)[ \t]+by[ \t]+(?P<np>.+)$"
)
_MADE = re.compile(
    r"^The[ \t]+(?:relevant|corresponding|respective|same)[ \t]+statement[ \t]+was[ \t]+"
    r"(?:made|issued|posted)[ \t]+by[ \t]+(?P<np>.+)$"
)
_ACTIVE = re.compile(
    r"^(?P<np>[A-Z][^;:“”\"]{1,110}?)[ \t]+(?:said|stated|reported|announced|wrote|posted"
    r"|noted|declared|told)[ \t]+(?:about[ \t]+)?this(?P<rest>(?:[ \t,.].*)?)$"
)
_OUTLET = r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}"
_TAIL = re.compile(
    rf",?[ \t]+(?:(?:as[ \t]+)?reported[ \t]+by[ \t]+{_OUTLET}|(?:writes|reports|reported)[ \t]+"
    rf"{_OUTLET}|{_OUTLET}[ \t]+(?:reports|reported|writes|saw)|an?[ \t]+{_OUTLET}[ \t]+"
    rf"correspondent[ \t]+reports|according[ \t]+to[ \t]+{_OUTLET})[ \t]*\.?$"
)
"""The outlet's own credit closing a credit sentence ("..., writes UNN.")."""
_CUT = re.compile(
    r",[ \t]+(?:as|according|writes|reports|an?[ \t])|[ \t]+(?:in|on|during|at|via|for|with)"
    r"[ \t]+(?:his|her|their|the|an?|[A-Z])"
)
_DASH = re.compile(
    r"(?:^|[.!?\s])[ \t]*[-–—][ \t]+(?:(?P<v>stated|said|reported|wrote|noted|emphasi[sz]ed"
    r"|stressed|summari[sz]ed|added|explained|underlined|posted)(?P<mid>(?:[ \t]+[\w’'-]+){0,5}?)"
    r"(?:[ \t]+by[ \t]+(?P<np>[^.]{2,80}?)|[ \t]+(?P<np2>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?))"
    r"|(?P<np3>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+(?:wrote|said|stated|reported|noted"
    r"|emphasi[sz]ed|stressed|summari[sz]ed|added|explained|posted|answered|replied|commented)"
    r"(?:[ \t]+(?:on|in|at|to|during|after|before|via|the|when|while|from)"
    r"(?:[ \t]+[\w’'-]+){0,11})?)"
    r"[ \t]*\.?$"
)
"""A dash credit closing a sentence or standing alone: "- Kiper wrote on social media."."""
_NAME_RUN = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*")
_TITLE_WORDS = frozenset(
    {"Head", "Mayor", "Governor", "Chief", "Minister", "President", "Office", "The", "This"}
)


@dataclass(frozen=True)
class Credit:
    """Sentence ``index`` credits the words before it (``own_end`` > 0: the sentence's own
    text up to the dash is words too) to ``name`` (a phrase to resolve, or a role)."""

    index: int
    name: str
    verb: str
    own_end: int
    bullet: bool = False


def person_in(np: str, person: Callable[[str], str | None]) -> str | None:
    """The person a credit's noun phrase names ("the head of the ... RMA, NAME, as ...")."""
    cut = _CUT.search(np)
    runs = [m.group(0) for m in _NAME_RUN.finditer(np[: cut.start()] if cut else np)]
    for run in reversed(runs):
        words = run.split()
        while words and words[0] in _TITLE_WORDS:
            words = words[1:]
        for size in (2, 3, 1):
            if len(words) >= size and (found := person(" ".join(words[-size:]))) is not None:
                return found
    return None


def credits(doc: Document, person: Callable[[str, int], str | None]) -> list[Credit]:
    """Every credit sentence of ``doc`` whose speaker resolves to a person."""
    found: list[Credit] = []
    for i, sentence in enumerate(doc.sentences):
        text = sentence.text.strip()
        line = doc.body.rfind("\n", 0, sentence.start) + 1
        bullet = doc.body[line : sentence.start].strip() in ("-", "–", "—")
        if bullet:
            text = "- " + text  # a bulleted credit line ("- Lysak wrote."): the dash was cut
        low = text.lower()
        if "this" not in low and "statement" not in low and not _has_dash(text):
            continue
        at = sentence.start

        def named(phrase: str, at: int = at) -> str | None:
            return person(phrase, at)

        tail = _TAIL.search(text)
        body = text[: tail.start()] if tail else text.rstrip(".")
        m = _PASSIVE.match(body) or _MADE.match(body)
        if m is not None:
            if (who := person_in(m.group("np"), named)) is not None:
                found.append(Credit(i, who, "stated", 0))
            continue
        a = _ACTIVE.match(body)
        if a is not None and " that " not in a.group("rest"):
            if (who := person_in(a.group("np"), named)) is not None:
                found.append(Credit(i, who, "said", 0))
            continue
        d = _DASH.search(text)
        if d is not None and " that " not in d.group(0):  # "- NAME said on Monday that C"
            np = d.group("np") or d.group("np2") or d.group("np3") or ""
            who = person_in(np, named) or (np if _role(np) else None)
            if who is not None:
                own = 0 if bullet else d.start() + 1
                found.append(Credit(i, who, d.group("v") or "said", own, bullet))
    return found


def _has_dash(text: str) -> bool:
    return " - " in text or text.startswith(("- ", "– ", "— ")) or " – " in text


_ROLE = re.compile(
    r"^(?:the[ \t]+)?(?:head[ \t]+of[ \t]+the[ \t]+(?:OVA|RMA|OP|region|regional[ \t]+"
    r"(?:military[ \t]+)?administration)|(?:OVA|RMA)[ \t]+head|governor)$",
    re.IGNORECASE,
)


def _role(np: str) -> bool:
    return _ROLE.match(np.strip()) is not None


def is_role(speaker: str) -> bool:
    """ "head of the OVA", "OVA head", "OP", "Odessa OVA": a role standing for its holder."""
    s = speaker.strip()
    return (
        _role(s)
        or re.fullmatch(r"(?:[A-Z][\w’'-]+[ \t]+)?(?:OVA|RMA|OP)(?:[ \t]+head)?", s) is not None
    )


_TOPIC = re.compile(
    r"^[A-Z][^“”\"]{2,140}?[ \t](?:spoke|talked|commented|reported|wrote|posted)[ \t]+(?:about|on)"
    r"[ \t]+[^“”\"]{2,140}$"
)
"""A lead that names only a topic: "NAME reported on the aftermath of the strike"."""


def topic_only(quote: str, sentence: str) -> bool:
    """Whether ``quote`` is an outlet-credited lead naming only what someone spoke about
    ("NAME spoke about sanctions in an interview ..., writes UNN"): no words of anyone's."""
    q = quote.strip().rstrip(".")
    return _TOPIC.match(q) is not None and _TAIL.search(sentence.strip()) is not None

"""The region a regional body belongs to when its own sentence names none.

Wire copy names the region once ("drones over the Odesa region", "over Sumy Oblast") or its
namesake capital ("shelling of Kherson") and then writes "the regional administration" or
"the regional prosecutor's office": that is the region's body ("Kherson regional
prosecutor's office"; tests/data/README.md, "Speaker naming conventions"). A town that names
no region (Pokrovsk) gives none. Only the same or the previous paragraph counts, so a
roundup's earlier oblast does not leak into the next one; a region owned by a country
("Ukraine's Kharkiv region") yields to one named plainly. Kept apart from
:mod:`pipeline.extract._roles` (near its size limit); it runs only for a regional body left
unqualified by its phrase and sentence, so it costs nothing per sentence.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_PLACE = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+"
_NAMESAKES = (
    "Kherson Kharkiv Odesa Mykolaiv Zaporizhzhia Sumy Chernihiv Poltava Zhytomyr Vinnytsia"
    " Rivne Lviv Ternopil Khmelnytskyi Cherkasy Chernivtsi Ivano-Frankivsk Donetsk Luhansk"
    " Belgorod Kursk Bryansk Voronezh Oryol Lipetsk Tula Kaluga Smolensk Pskov Krasnodar"
    " Cherson Charkiw Odessa Mykolajiw Saporischschja Tschernihiw Poltawa Schytomyr Winnyzja"
    " Riwne Lwiw Chmelnyzkyj Tscherkassy Tscherniwzi Donezk Brjansk Woronesch Mykolayiv"
)
"""Regional capitals that share their region's name (not Kyiv or Moscow: there the city and
the region are separate bodies; not Pokrovsk or Bilozerka, which name no region), also in
the German spelling translated copy keeps ("In Cherson, ..., the regional administration")."""
_LISTED = (
    r",[ \t]+[A-Z][\w’'-]*(?:,|[ \t]+(?:and|or|oblasts|regions|provinces)(?![\w-]))"
    r"|[ \t]+(?:and|or)[ \t]+[A-Z]|[ \t]+(?:oblasts|regions|provinces)(?![\w-])"
)
"""A capital in a list of regions ("Kharkiv, Zaporizhzhia and Kherson oblasts"): no one's;
"Kherson and surrounding villages" still names Kherson, and so does "the city of Kherson,
Russian shells ..." (a comma before a word that lists nothing)."""
_REGION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<a>{_PLACE})[ \t]+(?:[Rr]egion|[Oo]blast|[Pp]rovince)(?![\w-])"
    rf"|(?:region|oblast|province)[ \t]+of[ \t]+(?P<b>{_PLACE})"
    rf"|(?<=[Ii]n the )(?:region|oblast)[ \t]+(?P<d>{_PLACE})(?=[ \t,.])"  # German order
    rf"|(?P<c>{'|'.join(_NAMESAKES.split())})(?![\w-]|{_LISTED}))"
)
_OWNED = re.compile(r"(?:Ukraine|Russia|Belarus)[’']s[ \t]+$")
_NOT_PLACES = lex.words("The A An In On At Of Its Their Russian Ukrainian")
_WINDOW = 800
"""How far back (characters) the region is looked for."""


def _bare(word: str) -> str:
    return word.split("’")[0].split("'")[0]


def region_of(before: str) -> str | None:
    """The region named last in ``before`` (the text before the body), looking back no
    further than the previous paragraph."""
    text = before[-_WINDOW:]
    cut = text.rfind("\n\n")
    if cut > 0:
        cut = text.rfind("\n\n", 0, cut)
    found: str | None = None
    owned: str | None = None
    for m in _REGION_RE.finditer(text, max(0, cut)):
        name = _bare(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
        if name not in _NOT_PLACES and name.lower() not in lex.COUNTRIES:
            if _OWNED.search(text, max(0, m.start() - 12), m.start()) is None:
                found = name
            else:  # "which borders Ukraine's Kharkiv region": another country's, for orientation
                owned = name
    return found or owned


_NAMESAKE_SET: frozenset[str] = frozenset(_NAMESAKES.split())


def town_only(place: str, body: str) -> bool:
    """ "In Izmail, ..., the regional police reported": a town that names no region (no
    regional capital of the same name, never written "Izmail region"), so the regional body
    is the region's the article named before."""
    if place in _NAMESAKE_SET or " " in place:
        return False
    return f"{place} region" not in body and f"{place} oblast" not in body.replace("O", "o")

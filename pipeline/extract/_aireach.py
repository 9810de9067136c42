"""The other places of an "each" share: "one drone each over A and over B".

"N each over A and B" is one record per place, all of N (``dev_numeric6``); the first
place is the figure's own (read with its clause), this module names the others.
Moved here from :mod:`pipeline.extract._salvo` and widened for translated Russian
Defence Ministry lists: region words in any case and number ("the Tambov Region and the
Voronezh Regions"), three or more places ("one each over the Lipetsk Region, the Tambov
Region and the Voronezh Region"), the verb between "each" and the places ("Two drones
each were shot down over A and B"), and only for the figure "each" belongs to: in "70
drones were downed over Rostov, six each over Kursk and Voronezh" the "each" is the six's,
so the 70 gets no second place.
"""

from __future__ import annotations

import re

from pipeline.extract._airmention import Mention
from pipeline.extract.model import Document
from pipeline.extract.numbers import find_quantities

_PLACE = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|oblast|province|krai)s?)?"
_EACH = re.compile(
    r"\beach\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+\s+){1,3}?)?(?:in|over)\s+"
    rf"(?P<a>{_PLACE})(?P<rest>(?:\s*,\s*(?:(?:in|over)\s+)?{_PLACE})*"
    rf",?\s+and\s+(?:(?:also\s+)?(?:in|over)\s+)?{_PLACE})",
    re.IGNORECASE,
)
# "nine each over the regions Belgorod and Oryol" (translated German "über den Regionen"):
# the region word once, in the plural, before the names.
_NAME = r"(?-i:[A-Z])[\w'’-]+"
_EACH_PLURAL = re.compile(
    r"\beach\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+\s+){1,3}?)?(?:in|over)\s+"
    r"(?:the\s+)?(?P<kind>regions|oblasts|provinces)\s+"
    rf"{_NAME}(?P<rest>(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})",
    re.IGNORECASE,
)
_ONE = re.compile(rf"(?:in|over)\s+(?P<p>{_PLACE})|(?P<q>{_PLACE})", re.IGNORECASE)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+(?:also\s+)?", re.IGNORECASE)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_PLURAL = re.compile(r"(?i:(region|oblast|province|krai))s$")


def _name(raw: str) -> str:
    """ "the Voronezh Regions" -> "Voronezh Region"."""
    raw = re.sub(r"^(?:also\s+)?(?:in|over)\s+", "", raw.strip(), flags=re.IGNORECASE)
    raw = _ARTICLE.sub("", raw)
    return _PLURAL.sub(r"\1", raw)


def other_places(doc: Document, m: Mention) -> list[str]:
    """The places after the first of "one drone each in A and in B" (the first is the
    record's own), none when "each" is not this figure's."""
    sent = doc.sentences[m.sent]
    if m.value is None or "each" not in sent.text:
        return []
    at = m.num_start - sent.start
    found = _EACH.search(sent.text, at) or _EACH_PLURAL.search(sent.text, at)
    if found is None or found.start() - at > 40:
        return []
    if re.search(r"[,;:]", sent.text[at : found.start()]) or any(
        at < q.start < found.start() for q in find_quantities(sent.text)
    ):
        return []  # "70 ... over Rostov, six each over Kursk and Voronezh": the six's "each"
    places = [p for p in _SPLIT.split(found.group("rest")) if p.strip()]
    if "kind" in found.re.groupindex:  # "the regions Belgorod and Oryol" -> "Oryol region"
        kind = found.group("kind").lower()[:-1]
        return [f"{p.strip()} {kind}" for p in places]
    return [_name(p) for p in places]

"""Where the injured are now, stated for some of them: "Two of them have been taken to
hospital", "Sixteen of them remained in hospital, five in a serious condition".

The sentence after an injured figure often says how many went to hospital or are in a
serious condition, pointing back with "of them". Such a subgroup is a record of its
own (injured N, group "people"), like "including five children"; "All of them were
released" or a figure not below the total restates it and gives none. Only the
injured can be in hospital, so a record with both figures lends its injured one.
"Five of them were hospitalized" is the same subgroup (art5-09 was relabelled so when
two annotators disagreed: one rule for every way of saying it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._cas19read import group_condition
from pipeline.extract._casualty_state import named_condition
from pipeline.extract._n24whom import whom_share
from pipeline.extract.model import Casualty, Document, Evidence
from pipeline.extract.numbers import Quantity, find_quantities

_CARE = (
    # "taken to the regional clinical hospital": the hospital may carry two adjectives
    r"(?:(?:still|now)\s+)?(?:taken\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\b|"
    r"hospitali[sz]ed|admitted\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\b|"
    r"in\s+(?:a\s+|the\s+)?hospitals?|"
    # "14 of them had to be treated in hospital"
    r"treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?)\b|"
    # "in extremely serious condition": an intensifier before the condition
    r"in\s+(?:an?\s+)?(?:(?:extremely|very|particularly|especially)\s+)?"
    r"(?:critical|serious|grave|severe|moderate|life-threatening)\s+condition|"
    r"in\s+intensive\s+care|"
    # "Four of them were flown to Karachi for surgery": moved on for care.
    r"(?:transferred|flown|airlifted)\s+to)"
)
# ... also past an aside: "Three of them, including an 8-year-old boy, have been hospitalized",
# "One of them, a 71-year-old woman, had to be taken to hospital".
_THEM_CARE = re.compile(
    r"\s+of\s+(?:them|those)(?:\s*,\s*(?:including|among\s+them|an?|the)\b[^,;.]{1,50},)?\s+"
    r"(?:(?:have|has|had)\s+been|had\s+to\s+be|were|was|are|is|"
    rf"remain(?:s|ed)?)\s+{_CARE}",
    re.IGNORECASE,
)
# "Seven of the 16 were taken to hospital": the total restated instead of "of them".
_TOTAL_CARE = re.compile(
    rf"\s+(?:(?:have|has|had)\s+been|were|was|are|is|remain(?:s|ed)?)\s+{_CARE}", re.IGNORECASE
)
# "Three people are in a serious condition": a condition share told without "of them".
_PEOPLE_CONDITION = re.compile(
    r"\s+(?:people\s+|persons\s+|patients\s+)?(?:are|were|remain|remained)\s+(?:still\s+)?"
    r"in\s+(?:an?\s+)?(?:(?:extremely|very|particularly|especially)\s+)?"
    r"(?:critical|serious|grave|severe|life-threatening)\s+condition",
    re.IGNORECASE,
)
# ", five in a serious condition": a second subgroup with its verb left out.
_ELIDED_SEP = re.compile(r"\s*,\s*(?:and\s+|with\s+)?", re.IGNORECASE)
_ELIDED_CARE = re.compile(rf"\s+(?:of\s+them\s+)?(?:were\s+|are\s+)?{_CARE}", re.IGNORECASE)
_OPEN = " \"“‘'"
_CONDITION_LEAD = re.compile(r"\W*The\s+condition\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _subgroup(
    doc: Document, idx: int, prev: Casualty, q: Quantity, end: int, total: int
) -> Casualty | None:
    if q.value is None or q.all or q.total not in (None, total) or not q.value < total:
        return None  # "Seven of the 16 were taken to hospital" names its total
    return injured_share(doc, idx, prev, q, end, "people")


def injured_share(
    doc: Document, idx: int, prev: Casualty, q: Quantity, end: int, group: str
) -> Casualty:
    """A share of ``prev``'s injured told by their care ("seven are in hospital"): the figure
    ``q`` of sentence ``idx`` as an injured record of ``group``, its evidence up to ``end``."""
    sent = doc.sentences[idx]
    start, stop = sent.start + q.start, sent.start + end
    return replace(
        prev,
        evidence=Evidence(doc.body[start:stop], start, stop),
        confidence=0.75,
        group=group,
        killed=None,
        injured=q.value,
        approx=q.approx,
    )


# "The injured were taken to hospital; one of them was in critical condition" (translated
# German and Ukrainian copy): the care of the whole told first, then the share.
_CARED_LEAD = re.compile(
    r"\W*(?:The\s+(?:injured|wounded|victims)|They|All(?:\s+of\s+them|\s+the\s+(?:injured|wounded))?)"
    r"\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:all\s+)?(?:taken|hospitali[sz]ed|brought|"
    r"admitted|rushed)\b[^.;,]{0,40}[;,]\s*$",
    re.IGNORECASE,
)


# "Among the dead is the 54-year-old driver of the trolleybus": one of the toll's people
# named, no figure; the care of the injured may follow it (art40-08).
_NAMED_ONE = re.compile(
    r"\W*Among\s+the\s+(?:dead|killed|injured|wounded|victims)\s+(?:is|was)\s+(?:an?|the)\s",
    re.IGNORECASE,
)


def past_named(doc: Document, idx: int) -> int:
    """``idx + 1`` when sentence ``idx`` only names one of the toll's people and the next
    sentence is in its paragraph, else ``idx``: where the care of the injured is told."""
    if idx + 1 >= len(doc.sentences):
        return idx
    sent = doc.sentences[idx]
    if _NAMED_ONE.match(sent.text) is None or doc.sentences[idx + 1].paragraph != sent.paragraph:
        return idx
    return idx + 1


def care_subgroups(doc: Document, idx: int, prev: Casualty) -> list[Casualty]:
    """The "N of them (are) in hospital" records of sentence ``idx`` after ``prev``."""
    total = prev.injured
    text = doc.sentences[idx].text
    if (whom := whom_share(doc, idx, prev)) is not None:  # "The wounded, of whom three in"
        return [injured_share(doc, idx, prev, whom[0], whom[1], "people")]
    if total is None or (" of " not in text and " condition" not in text):
        return []
    qs = find_quantities(text)
    if qs and _CONDITION_LEAD.fullmatch(text, 0, qs[0].start):
        cond = condition_of(text, qs[0].start, qs[0].end)  # "The condition of three persons
        share = _subgroup(doc, idx, prev, qs[0], cond, total) if cond else None  # is ..."
        return [share] if share is not None else []
    if not qs or (text[: qs[0].start].strip(_OPEN) and not _CARED_LEAD.match(text[: qs[0].start])):
        return []
    m = _THEM_CARE.match(text, qs[0].end)
    if m is None and qs[0].total == total:
        m = _TOTAL_CARE.match(text, qs[0].end)
    if m is None:
        m = _PEOPLE_CONDITION.match(text, qs[0].end)  # "Three people are in a serious ..."
    if m is None and (named := named_condition(text, qs[0].end)) is not None:
        q = qs[0]  # "Two women are in serious condition": the share's own group
        if q.value is not None and q.total is None and q.value < total:
            return [injured_share(doc, idx, prev, q, named[0], named[1])]
    first = _subgroup(doc, idx, prev, qs[0], m.end(), total) if m is not None else None
    if m is None or first is None:
        return []
    out = [first]
    if len(qs) > 1 and _ELIDED_SEP.fullmatch(text, m.end(), qs[1].start):
        care = _ELIDED_CARE.match(text, qs[1].end)
        if care is not None:
            second = _subgroup(doc, idx, prev, qs[1], care.end(), qs[0].value or 0)
            if second is not None:
                out.append(second)
    return out


# "treated ... nine others for acute stress", "five more were treated for panic attacks":
# people seen by medics for anxiety or shock, not the injured the wire counts.
_SHAKEN = re.compile(
    r"(?:\s+[\w-]+){0,3}?(?:\s*,\s*(?:including|among\s+them)\s[^,;.]{1,40},)?\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|being|had|have)\s+)?"
    r"(?:(?:treated|hospitali[sz]ed|taken\s+to\s+hospital|suffering|suffered)\s+"
    # "31 people, including five children, had sought medical help for acute stress"
    r"|(?:sought|needed|received|required)\s+(?:medical|psychological)\s+"
    r"(?:help|care|assistance|attention)\s+)?"
    r"(?:for|from)\s+(?:acute\s+|severe\s+|mild\s+)?(?:anxiety|shock|stress|panic|"
    r"emotional\s+distress|distress|psychological|hysteria|trauma\b(?!\s+wounds?))",
    re.IGNORECASE,
)


# "16 others who suffered panic attacks", "20 had anxiety attacks", "who experienced acute
# anxiety": the anxiety told as what they had, with no "for".
_HAD_ANXIETY = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:who\s+|that\s+)?(?:suffered|had|experienced|developed|"
    r"went\s+into|were\s+in|was\s+in)\s+(?:an?\s+)?(?:acute\s+|severe\s+|mild\s+)?"
    r"(?:anxiety|panic|shock|stress\s+reactions?|hysteria)\b",
    re.IGNORECASE,
)


def shaken(text: str, end: int) -> bool:
    """True when the figure ending at ``end`` counts people treated for anxiety or shock."""
    return _SHAKEN.match(text, end) is not None or _HAD_ANXIETY.match(text, end) is not None


# "seven people were wounded, three of whom were taken to hospital", "nine others were
# injured, four of them seriously", "14 wounded, two of them in critical condition": the
# same subgroup inside the sentence of its total, as an appositive.
_WHOM_CARE = re.compile(
    r"\s+of\s+(?:whom|them)(?:\s*,\s*(?:an?|the)\s[^,;.]{1,40},"  # ", a 71-year-old woman,"
    r"|\s+an?(?:\s+[\w-]+){1,3}?(?=\s+in\s))?\s+"  # "one of them a 63-year-old in serious ..."
    r"(?:(?:(?:have|has|had)\s+been|had\s+to\s+be|(?:are|were|is|was)\s+being|were|was|are|is|"
    rf"remain(?:s|ed)?)\s+)?(?:{_CARE}|in\s+(?:an?\s+)?stable\s+condition\b|"
    r"(?:critically|seriously|severely|gravely|badly)\b(?:\s+(?:injured|wounded|hurt|burned))?)",
    re.IGNORECASE,
)
# The injured figure's clause before the comma, maybe with an attribution between
# ("Three children were among the wounded, he said, one of them ...").
_INJURED_BEFORE = re.compile(
    r"\b(?:injur|wound|hurt|hospital|treated\b|treatment\b)\w*\b[^,.;—–]{0,70}[,—–]"
    r"(?:\s*including\s[^,.;]{1,40},)?"  # "wounded, including a baby, and that N of them"
    r"(?:[^,.;]{0,40}\b(?:said|says|added|reported|wrote|told)\b[^,.;]{0,30},)?\s*$",
    re.IGNORECASE,
)
# "most of the wounded were taken to hospital and two of them were in critical condition":
# the injured named in a clause joined by "and" (no comma), the figure right after it.
_INJURED_AND = re.compile(
    r"\b(?:injur|wound|hurt)\w*\b[^,.;]{0,80}\s+and\s+(?:that\s+)?[\w-]+$", re.IGNORECASE
)  # ... "had been wounded and that 12 of them were in serious condition" (dev_numeric54)


def whom_in_care(text: str, end: int) -> int | None:
    """End of "of whom were taken to hospital" / "of them seriously" after a figure ending
    at ``end`` that follows an injured figure's clause ("... were wounded, three of whom
    ...")."""
    if " of " not in text[end : end + 4]:
        return None
    m = _WHOM_CARE.match(text, end)
    if m is None:
        whom = _THEM_AFTER.match(text, end)  # "31 injured, seven of whom had to undergo surgery"
        m = _surgery(text, whom.end()) if whom is not None else None
    if m is None:
        return None
    head = max(text.rfind(",", 0, end), text.rfind("—", 0, end), text.rfind("–", 0, end))
    if head >= 0 and _INJURED_BEFORE.search(text, 0, head + 1):
        return m.end()
    joined = " and " in text[max(0, end - 30) : end]
    return m.end() if joined and _INJURED_AND.search(text, max(0, end - 200), end) else None


# "admitted 14 wounded, including one in serious condition and 13 with light injuries",
# "..., with two in moderate condition and 21 lightly wounded": the injured just counted,
# broken down by condition. Each share is a condition subgroup of its own.
# ", while six remain in hospital": the same share told by a contrast.
_SHARE_LEAD = re.compile(
    r"(?:\b(?:including|among\s+(?:them|whom)|with|of\s+whom|and|while|whereas)|,)\s+$",
    re.IGNORECASE,
)
_SEVERELY = "lightly|moderately|seriously|critically|severely|slightly|badly|gravely"
"""How badly someone was hurt, as the adverb of a condition share."""
_CONDITION_SHARE = re.compile(
    r"\s+(?:(?:were|are|was|is|remain(?:s|ed)?)\s+(?:still\s+)?)?"
    r"(?:in\s+(?:a\s+|the\s+)?hospital\b|"  # ", one is in hospital"
    r"(?:brought|taken|admitted)\s+to\s+(?:a\s+|the\s+)?hospital\b|"  # "nine were brought to"
    r"in\s+(?:an?\s+)?(?:(?:very|extremely)\s+)?(?:serious|critical|moderate|stable|light|"
    r"mild|grave|satisfactory|severe|life-threatening)\s+(?:conditions?|state)|"
    r"with\s+(?:light|minor|mild|"
    r"moderate|serious|severe|critical)\s+(?:injuries|wounds)|"
    rf"(?:{_SEVERELY})\s+(?:wounded|injured|hurt))\b",
    re.IGNORECASE,
)


# "4 people died and 19 were injured, of them 6 seriously": the German order, the figure
# after "of them" and the bare adverb after it (as "four of them seriously").
_OF_THEM_LEAD = re.compile(r",\s+of\s+(?:them|whom|which)\s+$", re.IGNORECASE)
# "35 injured; seven of them are in serious condition": "of them" after the figure.
_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|these)\b", re.IGNORECASE)
# "..., he added, specifying that two of them are in serious condition" (Italian copy).
_THAT_LEAD = re.compile(
    r"\b(?:specifying|adding|noting|explaining|clarifying)\s+that\s+$", re.IGNORECASE
)
_BARE_ADVERB = re.compile(
    rf"\s+(?:{_SEVERELY})\b",
    re.IGNORECASE,
)

# "three of them seriously and 14 slightly": the list of bare-adverb shares goes on.
_ADVERB_LIST = re.compile(
    rf"\bof\s+(?:them|whom|which)\s+(?:[\w-]+\s+)?(?:{_SEVERELY}|"
    r"in\s+(?:an?\s+)?(?:serious|critical|grave|severe)\s+(?:conditions?|state))"
    r"\s*,?\s+and\s+$",
    re.IGNORECASE,
)


def condition_share(text: str, start: int, end: int) -> int | None:
    """End of the condition after a figure ``text[start:end]`` that shares out an injured
    figure before it ("including one in serious condition"), else None."""
    if " of " in text[max(0, start - 10) : start] and _OF_THEM_LEAD.search(
        text, max(0, start - 12), start
    ):
        bare = _CONDITION_SHARE.match(text, end) or _BARE_ADVERB.match(text, end)
        return bare.end() if bare is not None else None
    if " and " in text[max(0, start - 6) : start] and _ADVERB_LIST.search(
        text, max(0, start - 60), start
    ):
        bare = _CONDITION_SHARE.match(text, end) or _BARE_ADVERB.match(text, end)
        return bare.end() if bare is not None else None
    if " of " in text[end : end + 4] and (
        text[:start].rstrip()[-1:] == ";"
        or _THAT_LEAD.search(text, max(0, start - 30), start) is not None
    ):
        them = _THEM_AFTER.match(text, end)  # "35 injured; seven of them are in serious ..."
        bare = _CONDITION_SHARE.match(text, them.end()) if them is not None else None
        return bare.end() if bare is not None else None
    if not _SHARE_LEAD.search(text, max(0, start - 14), start):
        return None
    m = _CONDITION_SHARE.match(text, end)
    return m.end() if m is not None else None


# "the hospital had received 31 of the wounded", "Nasser hospital took in 14 of the
# wounded": a hospital's share of the injured, a care subgroup stated by what it did.
_TOOK_IN = re.compile(
    # "Its crews transferred three of the injured to hospital" (WAFA, art33-08)
    r"\b(?:admitted|received|took\s+in|taken\s+in|treated|operated\s+on|(?:is|was)\s+treating|"
    r"(?:had\s+)?(?:transferred|evacuated|rushed|airlifted|brought)|"
    r"(?:is|was)\s+caring\s+for)\s+(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def taken_in(text: str, start: int) -> bool:
    """True when the figure at ``start`` ("31" of "received 31 of the wounded") counts the
    injured a hospital took in."""
    return _TOOK_IN.search(text, max(0, start - 30), start) is not None


# "killed at least 300 civilians, 194 of whom were summarily executed": how some of the
# dead were killed, a subgroup of the toll before it (as "nine of them children").
_WHOM_KILLED = re.compile(
    r"\s+of\s+(?:whom|them)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:(?:summarily|reportedly|allegedly|deliberately)\s+)?"
    r"(?:executed|shot\s+dead|beheaded|burned\s+(?:alive|to\s+death)|hanged|stabbed\s+to\s+death)\b",
    re.IGNORECASE,
)


def whom_killed(text: str, end: int) -> int | None:
    """End of "of whom were executed" after a figure ending at ``end``, else None."""
    if " of " not in text[end : end + 4]:
        return None
    m = _WHOM_KILLED.match(text, end)
    return m.end() if m is not None else None


# "He added that all four had been taken to hospital": the total restated by where it is,
# no record of its own (the README's "all 12 injured were taken to hospital").
_ALL_CARED = re.compile(
    r"(?:\s+of\s+them)?\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:still\s+|now\s+)?"
    r"(?:taken\s+to|admitted\s+to|hospitali[sz]ed|treated|in\s+(?:a\s+|the\s+)?hospital)",
    re.IGNORECASE,
)


def all_cared(text: str, end: int) -> bool:
    """True when "all N" ending at ``end`` is followed by a care phrase."""
    return _ALL_CARED.match(text, end) is not None


# "the condition of nine other injured is assessed by doctors as moderate": translated
# copy giving a condition subgroup by its verb of assessing.
_CONDITION_OF = re.compile(r"\bcondition\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ASSESSED = re.compile(
    # "The condition of three persons is assessed as serious", "of two of them" (PAP)
    r"\s+(?:of\s+them|(?:(?:other|more|further)\s+)?(?:injured|wounded|people|persons|victims|"
    r"patients))\s+"
    r"(?:is|was|are|were)\s+(?:(?:assessed|described|rated|considered|classified|estimated|"
    r"deemed)\s+(?:by\s+(?:the\s+)?(?:doctors|medics|physicians)\s+)?as\s+)?"
    r"(?:moderate|serious|critical|severe|grave|stable|satisfactory|life-threatening|"
    r"extremely\s+serious)\b",
    re.IGNORECASE,
)


def condition_of(text: str, start: int, end: int) -> int | None:
    """End of "... injured is assessed as moderate" after "the condition of N" (the
    figure ``text[start:end]``), else None."""
    if _CONDITION_OF.search(text, max(0, start - 20), start) is None:
        g = group_condition(text, end)  # "two of the children are in serious condition"
        return g.end() if g is not None else None
    m = _ASSESSED.match(text, end)
    return m.end() if m is not None else None


# "Eight of the wounded were transferred to a hospital in Kosti", "14 of the wounded were
# from Bint Jbeil": a share of the injured told by where they went or came from, a
# subgroup like a stated condition.
# ... also "Three of the injured had to be treated in the hospital" (translated copy).
_MOVED = re.compile(
    r"\s+(?:were|was|are|is|(?:have|has|had)\s+been|had\s+to\s+be)\s+(?:later\s+|then\s+)?"
    r"(?:(?:transferred|moved|flown|airlifted|evacuated|taken)\s+(?:to|out)\b"
    r"|(?:treated|admitted)\s+(?:in|at|to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hospital|clinic)s?\b"
    r"|from\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


# "14 of the wounded had undergone surgery", "Nine of the injured needed surgery", "were
# operated on": a care share told by the surgery it took.
_SURGERY = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:already\s+)?(?:undergone|needed|required)|underwent|needed|"
    r"(?:had|have|has)\s+to\s+undergo|"
    r"required|need|require|(?:were|was|had\s+been|have\s+been)\s+(?:operated\s+on|taken\s+"
    r"into\s+surgery))(?:\s+(?:urgent|emergency|immediate))?(?:\s+(?:surgery|surgeries|"
    r"operations?))?\b",
    re.IGNORECASE,
)


def moved_share(text: str, end: int) -> int | None:
    """End of "were transferred to"/"were from X"/"had undergone surgery" after "N of the
    wounded" (``end``)."""
    m = _MOVED.match(text, end) or _surgery(text, end)
    return m.end() if m is not None else None


def _surgery(text: str, end: int) -> re.Match[str] | None:
    """ "had undergone surgery" after "N of the wounded" (a bare "needed" is no surgery)."""
    m = _SURGERY.match(text, end)
    if m is None or ("operat" not in m.group() and "surger" not in m.group()):
        return None
    return m

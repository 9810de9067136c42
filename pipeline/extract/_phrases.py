"""Speaker noun phrases next to a cue: "the Gaza health ministry said", "said the governor".

Pure string walking over one sentence, bounded in words and characters, so it
never backtracks. Deciding who the phrase names is :mod:`pipeline.extract._names`'
job.
"""

from __future__ import annotations

import re

from pipeline.extract._apposed import name_described, person_described
from pipeline.extract._asides import skipped
from pipeline.extract._innerand import inner_and
from pipeline.extract._lexicon import (
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    GENERIC,
    HYPHENATED_TITLE,
    NON_NAME,
    ORG_HEADS,
    SEATS,
    TITLES,
    words,
)
from pipeline.extract._linking import (
    aside_start,
    holder_of_region,
    posted_to,
)
from pipeline.extract._names import UPPER
from pipeline.extract._ofnamed import title_start
from pipeline.extract._orgs import COUNTS
from pipeline.extract._parties import party, party_tagged, profession_opening, tag_start

_words = words
WINDOW = 160

NP_LOWER = (
    _words(
        """the of state head chief president prime minister foreign policy defence defense ministry
    military army air force forces navy general staff spokesman spokeswoman spokesperson mayor
    governor regional deputy presidential office broadcaster news agency leader commander
    officials official authorities police government administration service services emergency
    emergencies command council secretary press media armed local city region district
    provincial national security intelligence top senior interior rescue state-run state-owned
    public television tv channel newspaper daily outlet sources source witnesses residents
    analysts experts operator company prosecutor prosecutors his her its their diplomats
    diplomat medics doctors paramedics rescuers report statement update summary civil ministers
    leaders agencies bloggers brokers traders management groups companies firms insurers
    humanitarians activists volunteers workers aid acting governors mayors rebels militants
    insurgents correspondent correspondents executive arm neighborhood neighbourhood hospitals
    worker think tank bulletin tally readout governments allies capitals delegates metro valley
    site portal owner owners tabloid joint reporting
    expert analyst economist historian researcher scientist circles magazine populist
    right-wing left-wing nationalist side diplomacy drivers demonstrators protesters
    monitors survivors latter former planners economists negotiators mediators lawmakers
    legislators investigators campaigners strategists reporter columnist commentator
    budget energy finance economic economics trade transport counterpart colleague"""
    )
    | ORG_HEADS
)
NAME_LINKS = frozenset({"for", "on"})
_REGION_ENDS = (" region", " oblast", " province")
COUNTRIES_T = frozenset(w.capitalize() for w in COUNTRIES if w.isalpha())
"""Country names as written ("Ukraine"): a UN mission is placed by its country."""
_PARTICLES = frozenset(
    {"von", "der", "van", "de", "den", "da", "du", "le", "la", "bin", "al", "di", "del", "dos"}
)
"""Lower-case particles inside a personal name ("Ursula von der Leyen")."""


def joins_name(word: str) -> bool:
    """Whether ``word`` can carry a name on past a particle: a capitalised word or another
    particle ("von der Leyen")."""
    return word[:1].isupper() or word in _PARTICLES


_TITLE_WORDS = frozenset(w for w in TITLES if " " not in w and w != "general")
"""Lower-case titles that may stand in a speaker phrase ("foreign policy adviser")."""
_PARENTHETICAL = frozenset(
    {"speaking", "who", "whose", "which", "citing", "asked", "writing", "quoted", "on", "during"}
)
"""First words of an aside between a speaker and the verb (", speaking on condition ... ,")."""
ABBREVIATED = re.compile(
    r"(?:[A-Z]\.){1,3}|(?:Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Brig|Adm|Sgt|Cmdr|Dr|Mrs?|Ms)\."
).fullmatch
"""Initials and abbreviated titles inside a name: the full stop ends no phrase."""
_THE_NAME = re.compile(rf"the [{UPPER}]").match
VIA = frozenset({"analysts", "experts", "researchers", "medics", "doctors", "economists"})
_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})
NOT_MODIFIERS = _words(
    """and or but that which who whom whose said says told added as than then when while if
    after before since because from into onto with without by at to in on for of about over
    under is are was were be been being has have had will would could should may might can
    not no also only just even still all some any each every this these those such"""
)
_NON_NAME_START = NON_NAME
AUX_WORDS = _words(
    "has have had also later earlier previously again further then once repeatedly initially"
    " firmly flatly publicly privately separately explicitly bluntly openly categorically"
    " recently already meanwhile since"
    " sharply formally officially subsequently briefly personally emphatically now"
)  # manner adverbs: "Kirby firmly stated", "the minister flatly denied"
PRONOUNS = frozenset({"he", "she", "it", "they"})
_EDGE_PUNCTUATION = '.,;:!?“”"«»()'
_QUOTE_CLOSERS = frozenset('”"»“')
STOP_CHARS = frozenset(',;:!?"“”«»„()[]')
_ORDINALS = ("st", "nd", "rd", "th")


def np_word(word: str) -> bool:
    """A word that can belong to a speaker noun phrase."""
    if word[-1:] == "." and ABBREVIATED(word) is not None:  # (the regex only on a full stop)
        return True  # "J.D. Vance", "Sen. Rick Scott"
    if not word or word[0] in STOP_CHARS or word[-1] in STOP_CHARS:
        return False
    if word[0].isupper() or word in NP_LOWER or word in _TITLE_WORDS:
        return True
    if "-" in word and HYPHENATED_TITLE.fullmatch(word) is not None:
        return True  # "the press-secretary of Rosaviatsia"
    if word.startswith(("pro-", "anti-")) and word[word.find("-") + 1 :][:1].isupper():
        return True  # "The pro-Kremlin Izvestia daily"
    if word.startswith(("al-", "el-")) and word[3:4].isupper():
        return True  # "Majed al-Ansari", "Abdul Malik al-Houthi"
    if word.startswith(("d'", "d’")) and word[2:3].isupper():
        return True  # "the Quai d'Orsay", "Valéry Giscard d'Estaing"
    if word[:1].isdigit() and (len(word) < 3 if word.isdigit() else word[:-2].isdigit()):
        return word.isdigit() or word.endswith(_ORDINALS)  # "the 47th ...", "Suwayda 24"
    if word[0].isdigit() and word.endswith("-year-old"):
        return True  # "the 58-year-old mayor"
    if word[-1:] in "'’" and word[-2:-1] == "s":
        return word[:-1].isalpha() and word.islower()  # "the regions’ governors"
    return word[-2:] in ("'s", "’s") and word[:-2].isalpha() and word.islower()


def np_before(text: str, end: int) -> tuple[int, int] | None:
    """Span of the speaker noun phrase ending just before ``end`` (aux verbs skipped).

    Walks the space-separated words backwards with ``rfind`` rather than splitting the
    whole window: most cues are rejected on the first word. Besides plain runs of
    noun-phrase words it takes lower-case modifiers of an institution ("the Gaza health
    ministry"), "for" inside a name ("Institute for the Study of War"), the
    institution before "in <capital>" and the name before an appositive ("Serhiy Popko,
    head of the city's military administration,").
    """
    end = skipped(text, end)  # "The ministry in turn said", "Putin himself said"
    low = max(0, end - 100)
    seg = text[low:end].rstrip()
    w_end = len(seg)
    w_start = seg.rfind(" ", 0, w_end) + 1
    if seg[w_start:w_end] in AUX_WORDS:  # "X has also said": skip up to two
        if not w_start:
            return None
        w_end = w_start - 1
        w_start = seg.rfind(" ", 0, w_end) + 1
        if seg[w_start:w_end] in AUX_WORDS:
            if not w_start:
                return None
            w_end = w_start - 1
            w_start = seg.rfind(" ", 0, w_end) + 1
    word = seg[w_start:w_end]
    if (aside := aside_start(seg, w_start, word)) > 0:  # "Lysenko – speaking Tuesday – said"
        return np_before(text, low + aside)
    if party(word) is not None and w_start > 1:  # "Sen. J.D. Vance (R-Ohio) said"
        return np_before(text, low + w_start - (2 if word.endswith(",") else 1))
    if word.endswith(")") and (tag := tag_start(seg, w_end)) > 0:  # "X (Yesh Atid) told"
        outer = np_before(text, low + tag - 1)
        if outer is not None and party_tagged(text[outer[0] : outer[1]]):
            return outer
    if (
        word[:1] == "("
        and word.endswith("),")
        and word[1:-2].isupper()
        and w_start > 1
        and (outer := np_before(text, low + w_start - 1))
        and _is_names(text[outer[0] : outer[1]])
    ):
        return outer  # "the army's media wing, Inter-Services Public Relations (ISPR), said"
    if word[:1] == "(" and word[-1:] == ")" and word[1:-1].isalnum() and word[1:2].isupper():
        if (outer := np_before(text, low + w_start - 1)) and (
            not word[1:-1].isupper() or party_tagged(text[outer[0] : outer[1]])
        ):
            return outer  # "the Federal Air Transport Agency (Rosaviatsia) said": the name;
            # "Foreign Minister Johann Wadephul (CDU) said": the person, not the party
        return low + w_start + 1, low + w_end - 1  # "the UN humanitarian office (OCHA) said"
    if word in ORG_HEADS and w_start > 1:  # "... (UKMTO) agency said": the acronym
        close = seg.rfind(") ", max(0, w_start - 30), w_start)  # "(RSF) paramilitary group"
        between = seg[close + 2 : w_start].split() if close > 0 else ["X"]
        if all(w.isalpha() and w.islower() for w in between):
            opening = seg.rfind(" ", 0, close) + 1
            acronym = seg[opening + 1 : close]
            if seg[opening] == "(" and acronym.isupper():
                return low + opening + 1, low + close
    appositive = word.endswith(",")
    if word.rstrip(",").isdigit() and seg.endswith(", ", 0, w_start):
        aged = np_before(text, low + w_start - 2)  # "Andriy Melnyk, 58, who ...": an age
        if aged is not None and " " not in text[aged[0] : aged[1]]:
            return aged[0], low + w_start + len(word.rstrip(","))  # "Olena, 47": a person
        return aged
    if appositive and w_start > 1:  # ", speaking on condition of anonymity, said"
        comma = seg.rfind(", ", max(0, w_start - 80), w_start)
        if comma > 0 and seg[comma + 2 : w_start].split(" ", 1)[0] in _PARENTHETICAL:
            return np_before(text, low + comma)
    if appositive:  # "Deputy head of ..., Kyrylo Tymoshenko, said"
        word = word[:-1]
        w_end -= 1
    np_end = w_end
    if word.lower() in PRONOUNS:
        return low + w_start, low + np_end
    found = _walk_back(seg, w_start, w_end, word, low > 0)
    if found is None and appositive:
        name = name_described(seg, w_end)  # "Rheinmetall, Europe's largest maker, said"
        return (low + name[0], low + name[1]) if name is not None else None
    if found is None:
        return None
    np_start = found
    prev = _word_before(seg, np_start - 1) if np_start > 1 else None
    if prev is not None and group_modifier(prev[2], seg[np_start:np_end]):
        if not prev[0] or seg[: prev[0]].endswith((", ", "— ")):
            np_start = prev[0]  # "..., shipping brokers said."
        elif (count := _counted(seg, prev[0])) is not None:
            np_start = count  # "Two industry sources told ..."
        elif prev[0] and _word_before(seg, prev[0] - 1)[2] in _NATIONAL:
            np_start = _word_before(seg, prev[0] - 1)[0]  # "Palestinian health officials"
    if appositive and not _is_names(seg[np_start:np_end]):
        np_start = _name_before_appositive(seg, np_start, np_end)
    elif appositive:  # "Oleksandr Kamyshin, a senior adviser to Zelensky, said"
        comma = seg.rfind(", ", max(0, np_start - 100), np_start)
        if comma >= 0 and seg[comma + 2 : comma + 3].islower():
            named = _name_before_appositive(seg, comma + 2, np_end)
            np_start = named if named < comma else np_start
    if np_start > 4 and seg.startswith("to ", np_start - 3):  # "Adviser to the head of X, NAME"
        title = _word_before(seg, np_start - 4)
        np_start = title[0] if title[2].lower() in TO_TITLES else np_start
    if np_start > 8 and seg[np_start - 1] == " " and seg[np_start : np_start + 1].isupper():
        np_start = title_start(seg, np_start)  # "the minister of digital affairs Marta Nowicka"
    if seg.endswith(_REGION_ENDS, np_start, np_end) or seg.startswith("region of ", np_start):
        np_start = holder_of_region(seg, np_start)  # "the governor of the Sumy region"
        if seg.endswith((", the ", "” the ", '" the '), 0, np_start):
            np_start -= 4  # "“...,” the head of the region said": the article opens it
    if seg.startswith(" in ", np_start - 4) and seg[np_start : np_start + 1].isupper():
        inner = _walk_back(seg, *_word_before(seg, np_start - 4), low > 0)
        placed = seg[inner : np_start - 4].lower().split() if inner is not None else []
        group = bool(placed) and placed[-1] in GROUP_NOUNS and len(placed) <= 2  # "local
        # officials in Neelum"
        body = seg[inner : np_start - 4] if inner is not None else ""
        seat = _seat_body(body, seg[np_start:np_end])  # "the Civil Defence in Gaza"
        posted = body.rsplit(" ", 1)[-1].lower() in TITLES and _is_names(seg[np_start:np_end])
        if inner is not None and (group or seat or posted or _has_org_head(body)):
            np_start = inner  # "the Defence Ministry in Moscow", "traders in Hamburg", "the
            # ambassador in Warsaw Vasyl Bodnar"
    phrase = seg[np_start:np_end]
    via_at = 4 if seg.startswith(" at ", np_start - 4) else 6  # "analysts at/from the ISW"
    if seg.startswith((" at ", " from "), np_start - via_at) and (
        _has_org_head(phrase) or _is_names(phrase)
    ):
        via = _word_before(seg, np_start - via_at)
        if via[2].lower() in VIA:
            np_start = via[0]  # "analysts at the Institute for the Study of War"
    return low + np_start, low + np_end


TO_TITLES = frozenset({"adviser", "advisor", "aide", "assistant"})
"""Titles whose complement opens with "to" ("Adviser to the Head of the Office ...")."""


def _word_before(seg: str, end: int) -> tuple[int, int, str]:
    """(start, end, word) of the space-separated word ending at ``end``."""
    start = seg.rfind(" ", 0, end) + 1
    return start, end, seg[start:end]


def _walk_back(seg: str, w_start: int, w_end: int, word: str, cut: bool) -> int | None:
    """Start of the noun phrase whose last word is ``seg[w_start:w_end]``, or None."""
    np_start = -1
    taken = 0
    phrase_end = w_end
    modifiers = 0
    plain = -1  # where the phrase starts without an unbracketed run of modifiers
    right = ""  # the word taken last (to the right of ``word``)
    while taken < 12:
        if not np_word(word):
            linking = word in NAME_LINKS or word in _PARTICLES or posted_to(seg, w_start, word)
            linking = linking or (word == "and" and inner_and(seg, w_start, w_end, phrase_end))
            if not taken or (not linking and not modifier(word)):
                break
            if linking:
                after = seg[w_end + 1 : w_end + 6]
                particle = word in _PARTICLES and after.split(" ", 1)[0] in _PARTICLES
                if not (after[:1].isupper() or _THE_NAME(after) or particle):
                    break  # not "Observatory for Human Rights"
            elif (
                modifiers < 3
                and right not in _DETERMINERS
                and word not in _TIME_NOUNS  # "in the day authorities said"
                and _has_head(seg[w_end:phrase_end])
            ):
                if not modifiers:
                    plain = np_start
                modifiers += 1  # "the El Fasher resistance committee": bracketed below
            else:
                break
        elif modifiers and (word[0].isupper() or word in _DETERMINERS or word.endswith("'s")):
            modifiers = 0  # the lower-case run is bracketed: keep it
        taken += 1
        right = word  # "the day the commander": no modifier stands before a determiner
        if not w_start:  # every word of the window is taken
            if cut:  # the first word of the window may be cut off
                taken -= 1
            else:
                np_start = 0
            break
        np_start = w_start
        w_end = w_start - 1
        w_start = seg.rfind(" ", 0, w_end) + 1
        word = seg[w_start:w_end]
    if modifiers:  # unbracketed lower-case words are not part of the name
        np_start = plain
    if not taken or np_start < 0:
        return None
    return np_start


OWNERS = frozenset({"her", "his", "their"})
_NATIONAL = frozenset(DEMONYMS.values()) | {"Palestinian", "Saudi", "Emirati", "Kurdish", "Gaza"}
"""Words placing a group of officials before its modifier ("Palestinian health officials")."""
_BASED = re.compile(r"[A-Z][a-z]+-based").fullmatch
"""A place-based modifier of a group ("London-based brokers")."""
LED = re.compile(r"[a-z]+-(?:led|run|backed|based|aligned|affiliated|controlled)").fullmatch
GROUP_NOUNS = frozenset(w for w in GENERIC if w.endswith("s") and w != "groups")
_TIME_NOUNS = _words("day morning afternoon evening night week weekend month year")
_QUANTIFIERS = _words("many some several other others most few all both two three these those")


def _counted(seg: str, start: int) -> int | None:
    """Start of a count opening the sentence or clause just before ``start``, else None."""
    if start < 2:
        return None
    c_start, _, word = _word_before(seg, start - 1)
    if word.lower() not in COUNTS or (c_start and not seg[:c_start].endswith((", ", "— "))):
        return None
    return c_start


def group_modifier(word: str, head: str) -> bool:
    """ "industry sources", "shipping brokers": one lower-case noun before a bare group."""
    based = _BASED(word) is not None  # "London-based brokers", never "day authorities"
    lone = word not in _QUANTIFIERS and word not in _TIME_NOUNS
    return head in GROUP_NOUNS and lone and (modifier(word) or based)


def modifier(word: str) -> bool:
    """A lower-case word that may modify an institution ("health", "operational-strategic")."""
    return (
        word.isascii()
        and word.islower()
        and word.replace("-", "").isalpha()
        and word not in NOT_MODIFIERS
        and not word.endswith("ly")
    )


def _is_names(phrase: str) -> bool:
    """Every word capitalised (a personal name rather than a description)."""
    names = phrase.split()  # inner particles too ("Rüdiger von Fritsch")
    return all(
        w[:1].isupper() or (0 < i < len(names) - 1 and w in _PARTICLES) for i, w in enumerate(names)
    )


def _has_head(phrase: str) -> bool:
    """An institution or a title among the words ("security official", "policy adviser")."""
    return any(
        (w := word.strip(",").lower()) in ORG_HEADS or w in _TITLE_WORDS for word in phrase.split()
    )


def _has_org_head(phrase: str) -> bool:
    return any(w.strip(",").lower() in ORG_HEADS for w in phrase.split())


def _name_before_appositive(seg: str, np_start: int, np_end: int) -> int:
    """Start of "Name, description" when a personal name precedes the description."""
    comma = seg.rfind(", ", max(0, np_start - 140), np_end)
    if comma < 0 or seg.count(" ", comma + 2, np_end) > 14:
        return np_start
    name_end = comma
    start = name_end
    linked = start
    for _ in range(9):  # "The Syrian Observatory for Human Rights, a ... monitor,"
        prev = seg.rfind(" ", 0, start - 1) + 1 if start > 0 else 0
        word = seg[prev:start].strip()
        if word == "the" and linked < name_end and seg.endswith((" for ", " of "), 0, prev):
            start = prev  # "Institute for the Study of War": an article inside the name
            continue
        if word in ("The", "the") and linked < name_end:
            start = linked = prev
            break
        if word in ("for", "of", "on") and linked < name_end:
            start = prev
            continue
        particle = word.startswith(("al-", "el-")) and word[3:4].isupper()  # "Anis al-Asbahi"
        if not word or not (word[0].isupper() or particle) or word[-1] in STOP_CHARS:
            break
        if word in _NON_NAME_START and not (word == "United" and start < name_end):
            break  # but "The Royal United Services Institute, a London think tank,"
        start = linked = prev
        if prev == 0:
            break
    start = linked
    if start == name_end or seg.startswith(("al-", "el-"), start):
        return np_start
    if (
        seg.count(" ", start, name_end) < 1
        and not _has_org_head(seg[np_start:np_end])
        and not person_described(seg[start:name_end], seg[comma + 2 : np_end])
    ):
        return np_start  # one word names an institution ("Ukrenergo, the grid operator,")
    if start > 0 and seg[start - 2 : start] != ", ":
        start = profession_opening(seg, start)  # "Military analyst Mikko Salonen, of ..."
    if start > 0 and seg[start - 2 : start] != ", " and seg[start - 2] not in _QUOTE_CLOSERS:
        return np_start  # neither the sentence start, a comma nor "“...,” Name, head of ..."
    return start


def _seat_body(body: str, place: str) -> bool:
    """A capitalised body name placed by a seat or capital ("the Civil Defence in Gaza"),
    whose head word is no institution noun."""
    if place.lower() not in SEATS and place.lower() not in CAPITALS:
        return False
    named = body.split()
    named = named[1:] if named[:1] == ["the"] else named
    return 1 < len(named) < 4 and all(w[:1].isupper() and w.isalpha() for w in named)

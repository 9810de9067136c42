"""Cue vocabulary: the verbs of saying and the adjuncts between a verb and its clause.

Kept apart from :mod:`pipeline.extract._cues`, which reached its size limit: these are
word lists and bounded patterns, read by the cue parser and nothing else.
"""

from __future__ import annotations

import re

from pipeline.extract._names import UPPER


def words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


THAT_PARTICIPLES: frozenset[str] = words(
    """stating arguing insisting emphasising emphasizing stressing explaining
    asserting maintaining underlining acknowledging reiterating repeating responding"""
)
"""Participles that add the subject's words only with a "that" clause (", arguing that
...", ", stating in a statement that ..."), unlike ", adding ..." or ", saying ..."."""
CUE_WORDS = (
    words(
        """said says say declared declares warned warns told tells added adds stressed stresses
    noted notes claimed claims reported reports wrote writes announced announces stated
    insisted insists urged urges explained explains emphasised emphasized emphasises
    emphasizes underlined underscored confirmed confirms asserted argued argues acknowledged
    admitted alleged predicted promised vowed denied replied responded commented posted
    tweeted concluded suggested revealed asked put informed informs adding quoted shared
    remarked specified clarified highlighted recalled assured cited noting saying continued
    affirmed indicated telling estimated mentioned read urging cautioned cautions caution
    reminded communicated repeated reiterated appealed complained assures admits concedes
    reaffirmed reaffirms denounced reacted
    conceded alleges asserts estimates insist warn argue claim estimate"""
    )
    | THAT_PARTICIPLES
    | {"according to", "pointed out", "went on", "called on", "calls on", "calling on"}
    | {"made clear", "made it clear", "makes clear", "makes it clear"}  # German "machte klar"
    | {
        "made known",
        "makes known",
        "specifying",
        "recalling",
    }  # Italian "ha fatto sapere", French "a fait savoir"
    | {"calling again on", "again called on", "called again on"}
    | {
        "let it be known",
        "lets it be known",
        "criticised",
        "criticized",
        "demanded",
        "reads",
    }  # German
    # "ließ verlauten", "kritisierte, dass", "forderte"
    | words("answered retorted countered assessed precised defended detailed")
    | {"threatened"}  # German "drohte": "Otherwise ..., the chancellor threatened." (trailing)
    | words("judged regretted deplored lamented")  # French "a jugé / regretté / déploré que"
    | {"made it known", "makes it known"}  # Italian "ha fatto sapere", French "a fait savoir"
    | {"has written", "had written", "have written", "considered unlikely"}
    | {"considered improbable", "considers unlikely"}
    # translated French, Italian and Polish copy: "répliqua que", "a précisé", "ocenił, że"
)
TRAIL_ONLY = frozenset({"continued", "went on", "read", "reads", "threatened"})
"""Cues that attribute only after a quote or clause ("“...,” he went on", "the post read")."""
DECLARING = frozenset({"declared", "declares"})
URGING = frozenset(
    {"urged", "urges", "called on", "calls on", "calling on", "urging", "asked", "appealed"}
    | {"calling again on", "again called on", "called again on"}
)
"""Appeals reported as "X urged/called on/asked Y to ...": the reported clause is "Y to ..."."""


def trie(words: frozenset[str] | set[str]) -> str:
    """An alternation grouped by first letter: far fewer branch attempts per position."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        tails = sorted((re.escape(r) for r in rests if r), key=lambda r: (-len(r), r))
        optional = "?" if "" in rests else ""
        parts.append(f"{re.escape(first)}(?:{'|'.join(tails)}){optional}" if tails else first)
    return "|".join(parts)


SCAN = re.compile(rf" (?:{trie(CUE_WORDS)})(?![\w’'-])")
"""Cue words after a space: the literal prefix keeps the scan in C's fast path."""
PASSIVE = (" be", " been", " being", " is", " are", " was", " were")
"""Auxiliaries before a passive cue ("has been announced"): dropped before any parsing."""
FIGURE = re.compile(
    r"put (?:the|its|his|her|their) (?:number|death toll|toll|figure|total|tally)(?![\w-])"
)
CLAUSE_VERBS: frozenset[str] = words(
    """said says say declared declares stressed stresses noted notes claimed claims added adds
    stated insisted insists explained explains emphasised emphasized emphasises emphasizes
    underlined underscored asserted argued argues acknowledged admitted alleged
    predicted cautioned cautions caution alleges asserts insist claim argue"""
)
"""Verbs whose reported clause may follow without "that" ("Putin said he wants ...")."""


_MONTH = (
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
ADJUNCT = re.compile(
    r"[ \t]*(?:"
    rf"(?:on[ \t]+)?{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,[ \t]+\d{{4}})?(?![\d,])"
    rf"|(?:on[ \t]+)?\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?(?![\d,])"  # "on Nov. 14"
    r"|"
    r"(?:(?:on|in|late|early|earlier|later)[ \t]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|overnight"
    r"|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber"
    r"|(?:last|this)[ \t]+(?:night|morning|week|month|year)|afterwards|later|earlier)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"|(?:in|during)[ \t]+the[ \t]+(?:(?:early|late)[ \t]+)?(?:morning|afternoon|evening|night)"
    r"|(?:on|via|in|during|at)[ \t]+(?:(?:an?|the|his|her|its|their)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,4}?[“\"]?(?:Telegram|X|Twitter|Facebook|statement|address|interview"
    r"|speech|briefing|post|message|conference|channel|media|television|TV|call|meeting|update"
    r"|assessment|bulletin|summary|report)[”\"]?"
    r"(?:[ \t]+(?:messaging[ \t]+)?(?:channel|account|app|page))?"
    r"(?:[ \t]+(?:with|to)[ \t]+(?:the[ \t]+)?[\w.-]+)?"
    r"|(?:in|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}(?:programme[ \t]+|show[ \t]+)?"
    r"[„“\"«»][^„“”\"«»\n]{1,40}[“”\"»«](?:[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*)?"
    r"|by[ \t]+(?:tele)?phone|by[ \t]+video[ \t]+link|by[ \t]+e-?mail"
    r")(?![\w-])[ \t]*,?"
)
ADJUNCT_STARTS: frozenset[str] = words(
    """on late early earlier later Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    yesterday today tonight overnight last this via in during at afterwards by"""
)
TOLD_OBJECT = re.compile(
    rf"[ \t]*(?:reporters|journalists|parliament|lawmakers"
    r"|(?:the[ \t]+(?:newspaper|broadcaster|daily|channel)[ \t]+|(?:the[ \t]+)?(?=[„“\"«»]))"
    rf"(?:[„“\"«][ \t]?[{UPPER}][^„“”\"«»]{{0,40}}[“”\"»]"  # "the newspaper „Bild“", "the „Bild“"
    rf"|»[{UPPER}][^„“”\"«»]{{0,40}}«)"  # German guillemets: "the »Handelsblatt«"
    r"|(?:the|this|our)[ \t]+(?:media|press|outlet|newspaper|agency|broadcaster|channel|paper)"
    rf"(?:[ \t]+[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,2}}(?=,))?"  # "the agency TASS,"
    r"|(?:local|state|national)[ \t]+(?:television|TV|media|radio)"
    rf"|(?:[{UPPER}][\w-]*[ \t]+)?(?:outlet|newspaper|broadcaster|daily|channel|website)"
    rf"[ \t]+[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,2}}"
    rf"|(?:the[ \t]+)?[{UPPER}][\w.-]*(?:[’']s(?: [a-z]+){{,2}})?(?:[ \t]+[{UPPER}][\w.-]*){{0,2}}"
    r"|an?[ \t]+(?:news|press)[ \t]+conference)(?![\w-])[ \t]*,?"
)
PARTICIPLE_ASIDE = re.compile(
    r",[ \t]+(?:questioned|interviewed|asked|contacted|reached|approached|consulted"
    r"|interrogated|quoted|cited)[ \t]+(?:by|about|on|in|after)[ \t][^,;“”\"«»]{1,100},[ \t]*$"
    r"|,[ \t]+(?:backed|supported|armed|funded|financed|aided|flanked|accompanied|led)[ \t]+by"
    r"[ \t][^,;“”\"«»]{1,60},[ \t]*$"  # "The Houthis, backed by Iran, announced"
)
"""A past participle aside between subject and verb ("X, questioned by reporters after the
briefing, said that"; French "interrogé par", Italian "intervistato da")."""
PARTICIPLES = frozenset(
    {"adding", "noting", "saying", "telling", "calling on", "calling again on", "urging"}
    | {"specifying", "recalling"}  # Romance copy: "..., specificando che", "ricordando che"
)
"""", adding that ...", ", noting that ...", ", saying: “...”": more words by the subject."""
PARTICIPLE_GAPS = (", ", ",” ", '," ', ", later ", ", also ", " a statement ")  # "issued a
# statement saying that C"
"""What precedes a participle of saying: a comma, or one closing a quote ("“useful,” noting")."""
CLAUSE_OPENERS: frozenset[str] = (
    words("""the a an his her its their our my your this these those that he she it
    they we i you there all some most many several no none both each every any one two three four
    five six seven eight nine ten""")
)
BAD_CLAUSE_START: frozenset[str] = words(
    "of to about for with by on in at nothing so as from into during and"
)
WHEN_WORDS: frozenset[str] = words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight"""
)
SUBORDINATORS: frozenset[str] = words("after when as because while since before until once")
ABSTRACT: frozenset[str] = words(
    """importance need necessity pressure role danger risk threat impact significance value
    urgency gravity scale extent severity seriousness difficulty strain toll"""
)
CONFIRMING: frozenset[str] = words(
    """confirmed confirms stressed stresses emphasised emphasized emphasises emphasizes
    underlined underscored highlighted acknowledged"""
)
"""Verbs whose clause without "that" needs an early finite verb: they often take a noun
object ("emphasized the critical situation caused by ...", "confirmed the death of")."""
GAP_PREPOSITIONS: frozenset[str] = words("during in at on after before while from with")
"""Words opening a longer gap before "that": "explained during a visit to Washington that"."""
ADDITION = re.compile(
    r",? (?:(?:later |also )?adding"
    r"|and (?:added|explained|(?:called on|calls on|urged|urges|invited) (?=(?:\S+ ){1,3}to )"
    r"|recalled (?=that )"  # "said that A and recalled that B": two statements
    r"|accused (?=(?:\S+ ){1,3}of )"  # "and accused the army of ...": no statement
    r"|asked (?=(?:\S+ ){1,4}to )|assured (?=(?:\S+ ){1,3}of )))[ :]?"
    r"|, (?:saying|noting) |, (?:specifying|recalling) (?=that )"
    r"|, but (?:did(?:n't| not)|declined|gave|refused|offered|provided) "
    r"|, but (?=(?:cautioned|warned|reiterated|stressed|insisted|acknowledged|admitted"
    r"|conceded|added|noted) that )"
    r"|, (?:calling|describing|labell?ing|branding|dubbing) (?=[^“\"”,.;]{1,40}[“\"])"
    r"|, referring (?:specifically |directly )?to "
    r"|, while (?=[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} [a-z]{3,}ed )"  # ", while Sumar asked"
    r"|, and (?:he|she) (?=[a-z]{3,}ed )"
    r"|, without (?:giving|providing|offering|elaborating|specifying|citing) "
    r"|, according to (?:an?|the|its|his|her|their) (?:[\w-]+ )?(?:statement|post|message"
    r"|video|posting|update|readout)(?![\w-])"
)
ADDED = (  # cheap gate before ADDITION
    " add",
    " and ",
    ", saying ",
    ", noting ",
    ", specifying ",
    ", recalling ",
    ", but ",
    ", calling ",
    ", describing ",
    ", label",
    ", brand",
    ", dubb",
    ", according to ",
    ", referring ",
    ", without ",
    ", while ",
)
"""Tails that end a reported clause: ", adding ...", ", calling the area “...”",
", according to a statement posted on ..." (more words, or only where they were said)."""


_LAUNCHER = re.compile(r"the |[A-Z]")
"""What follows an inverted "launched": its speaker ("the minister", "Kallas")."""


def launched_hits(body: str) -> list[tuple[int, str]]:
    """ "« ..., » launched the minister": French "lança" right after a closing quote only,
    since "launched" anywhere else is the weapons verb."""
    hits: list[tuple[int, str]] = []
    pos = body.find(" launched ")
    while pos >= 0:
        if pos > 0 and body[pos - 1] in '”"»“«' and _LAUNCHER.match(body, pos + 10):
            hits.append((pos + 1, "launched"))
        pos = body.find(" launched ", pos + 9)
    return hits


def invited_hits(body: str) -> list[tuple[int, str]]:
    """ "C, and invited the partners to Z": an appeal after a reported clause (French "et a
    invité les partenaires à"); "invited" alone ("invited Zelensky to Paris") is no cue."""
    hits: list[tuple[int, str]] = []
    pos = body.find(", and invited ")
    while pos >= 0:
        hits.append((pos + 6, "invited"))
        pos = body.find(", and invited ", pos + 1)
    return hits

"""Word lists for speaker resolution: titles, countries, organisation heads.

Kept apart from :mod:`pipeline.extract._names` so the resolution logic stays
readable. Every list is data; nothing here depends on an article.
"""

from __future__ import annotations

import re

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
"""The seven weekday names, as a group to put in a pattern ("on Monday", "since Friday")."""

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""The twelve month names in calendar order (an index is the month's number minus one)."""
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
"""The seven weekday names, Monday first."""


def words(text: str) -> frozenset[str]:
    """A set of whitespace-separated words (keeps long word lists readable)."""
    return frozenset(text.split())


TITLES: dict[str, str] = {
    "president": "head",
    "head of state": "head",
    "head of government": "prime minister",
    "chief of the executive": "prime minister",  # Spanish "el jefe del Ejecutivo"
    "head of the executive": "prime minister",
    "chief of diplomacy": "foreign minister",  # Romance "the chief of (the) diplomacy"
    "head of diplomacy": "foreign minister",
    "leader": "head",
    "chief": "head",
    "boss": "head",  # German copy: "the Kremlin boss"
    "prime minister": "prime minister",
    "premier": "prime minister",
    "crown prince": "head",
    "emir": "head",
    "foreign minister": "foreign minister",
    "secretary of state": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "defence minister": "defence minister",
    "defense minister": "defence minister",
    "minister of defence": "defence minister",
    "minister of defense": "defence minister",
    "minister": "minister",
    "mayor": "mayor",
    "governor": "governor",
    "gov.": "governor",
    "chancellor": "chancellor",
    "councillor": "councillor",  # Swiss copy: "Federal Councillor Ignazio Cassis"
    "councilor": "councillor",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
    "secretary": "secretary",
    "general": "commander",
    "gen.": "commander",
    "commander": "commander",
    "commander-in-chief": "commander",
    "ambassador": "ambassador",
    "envoy": "ambassador",
    "consul": "ambassador",
    "adviser": "adviser",
    "advisor": "adviser",
    "aide": "adviser",
    "head": "official",
    "chief of staff": "official",
    "negotiator": "official",  # "Moscow's chief negotiator Medinski said"
    "marshal": "official",  # Polish "marszałek": the speaker of the Sejm or Senate
    "chairman": "official",
    "chief executive": "official",
    "ceo": "official",
    "top diplomat": "foreign minister",
    "chairwoman": "official",
    "director": "official",
    "director-general": "official",
    "director general": "official",
    "deputy": "official",
    "official": "official",
    "officer": "official",
    "commissioner": "official",
    "ombudsman": "official",
    "colonel": "commander",
    "col.": "commander",
    "lieutenant": "commander",
    "lt.": "commander",
    "commandant": "commander",
    "inspector": "commander",  # Polish police ranks: "Inspector Jan Kowal"
    "brigadier": "commander",
    "admiral": "commander",
    "captain": "commander",
    "sergeant": "commander",
    "major": "commander",
    "maj.": "commander",
    "capt.": "commander",
    "sgt.": "commander",
    "brig.": "commander",
    "adm.": "commander",
    "cmdr.": "commander",
    "lt. col.": "commander",
    "lieutenant colonel": "commander",
    "lieutenant general": "commander",
    "major general": "commander",
    "brigadier general": "commander",
    "rear admiral": "commander",
    "vice admiral": "commander",
    # legislators: "Republican Senator X", "Sen. X", "Rep. X", "Speaker X", "the senator"
    "senator": "legislator",
    "sen.": "legislator",
    "representative": "legislator",
    "rep.": "legislator",
    "congressman": "legislator",
    "lawmaker": "legislator",
    "mk": "legislator",  # a Knesset member: "MK Yair Golan"
    "member of parliament": "legislator",
    "member": "official",
    "general prosecutor": "official",  # "General Prosecutor Maros Zilinka"
    "prosecutor general": "official",  # "Member of the Kherson Regional Council Serhii Khlan"
    "mp": "legislator",
    "legislator": "legislator",
    "congresswoman": "legislator",
    "speaker": "speaker",
    "politician": "legislator",  # German copy: "Green defence politician Sara Nanni"
}
COUNTRIES: dict[str, str] = {
    "russian": "RU",
    "russia": "RU",
    "russia's": "RU",
    "kremlin": "RU",
    "kremlin's": "RU",
    "moscow's": "RU",
    "ukrainian": "UA",
    "ukraine": "UA",
    "ukraine's": "UA",
    "kyiv's": "UA",
    "chinese": "CN",
    "china": "CN",
    "china's": "CN",
    "beijing's": "CN",
    "american": "US",
    "us": "US",
    "u.s.": "US",
    "america's": "US",
    "belarusian": "BY",
    "belarus's": "BY",
    "french": "FR",
    "france's": "FR",
    "turkish": "TR",
    "turkey's": "TR",
    "german": "DE",
    "germany's": "DE",
    "british": "GB",
    "britain's": "GB",
    "swiss": "CH",  # "the Swiss foreign minister": a Federal Councillor (_titled)
    "switzerland's": "CH",
    "austrian": "AT",
    "austria's": "AT",
}
DEMONYMS: dict[str, str] = {
    "russia": "Russian",
    "ukraine": "Ukrainian",
    "china": "Chinese",
    "america": "US",
    "us": "US",
    "u.s.": "US",
    "belarus": "Belarusian",
    "france": "French",
    "turkey": "Turkish",
    "türkiye": "Turkish",
    "germany": "German",
    "britain": "British",
    "poland": "Polish",
    "pakistan": "Pakistani",
    "india": "Indian",
    "iran": "Iranian",
    "iraq": "Iraqi",
    "israel": "Israeli",
    "syria": "Syrian",
    "lebanon": "Lebanese",
    "yemen": "Yemeni",
    "sudan": "Sudanese",
    "egypt": "Egyptian",
    "jordan": "Jordanian",
    "qatar": "Qatari",
    "japan": "Japanese",
    "taiwan": "Taiwanese",
    "moldova": "Moldovan",
    "romania": "Romanian",
    "hungary": "Hungarian",
    "georgia": "Georgian",
    "finland": "Finnish",
    "sweden": "Swedish",
    "norway": "Norwegian",
    "denmark": "Danish",
    "estonia": "Estonian",
    "latvia": "Latvian",
    "lithuania": "Lithuanian",
    "italy": "Italian",
    "spain": "Spanish",
    "canada": "Canadian",
    "australia": "Australian",
    "afghanistan": "Afghan",
    "azerbaijan": "Azerbaijani",
    "armenia": "Armenian",
    "kazakhstan": "Kazakh",
    "serbia": "Serbian",
    "slovakia": "Slovak",
    "bulgaria": "Bulgarian",
    "greece": "Greek",
    "nigeria": "Nigerian",
    "ethiopia": "Ethiopian",
    "somalia": "Somali",
    "libya": "Libyan",
    "mali": "Malian",
    "burkina": "Burkinabe",  # "Burkina Faso": the first word names it
    "niger": "Nigerien",
    "chad": "Chadian",
    "portugal": "Portuguese",
}
DEMONYM_FORMS: frozenset[str] = frozenset(DEMONYMS.values())
"""The adjectives themselves ("Russian"), as a set for membership tests."""
CAPITALS: dict[str, str] = {
    "moscow": "Russian",
    "kyiv": "Ukrainian",
    "kiev": "Ukrainian",
    "beijing": "Chinese",
    "washington": "US",
    "minsk": "Belarusian",
    "tehran": "Iranian",
    "ankara": "Turkish",
    "islamabad": "Pakistani",
    "jerusalem": "Israeli",
    "damascus": "Syrian",
    "beirut": "Lebanese",
    "warsaw": "Polish",
    "berlin": "German",
    "paris": "French",
    "london": "British",
    "tokyo": "Japanese",
}
SEATS: dict[str, str] = {"gaza": "Gaza", "ramallah": "Palestinian"}
"""Seats of a territory's own bodies: "the health ministry in Gaza" is Gaza's."""
ORG_HEADS: frozenset[str] = words(
    """military army forces force navy ministry staff government police service services agency
    broadcaster office command administration council authorities committee kremlin pentagon
    prosecutor prosecutors court parliament media newspaper magazine channel television tv outlet
    company operator utility guard guards intelligence directorate headquarters department
    embassy mission organisation organization alliance union bureau center centre group bank
    institute observatory monitor watchdog regulator fund foundation movement militia
    corps brigade battalion regiment division unit authority firm network cell hospital
    association federation chamber forum chancellery municipality municipalities councils daily
    registry tabloid delegation presidency consulate complex society inspectorate"""
)
DESCRIPTORS: frozenset[str] = words(
    """manufacturer maker broadcaster agency newspaper channel television tv outlet daily
    network website operator company magazine bank tabloid"""
)
DISCOURSE_HEADS: frozenset[str] = words(
    """ministry agency company operator army military navy force forces staff group movement
    militia organisation organization broadcaster newspaper outlet committee council
    administration service command department office guards guard institute observatory
    monitor watchdog utility mission embassy bank alliance headquarters network authority
    hospital police bureau forum brigade battalion regiment magazine tabloid firm
    consulate complex"""
)
"""Heads a definite description ("the ministry") can take back from an earlier name."""
DEFAULT_ORGS: dict[str, str] = {
    "air force": "Ukrainian Air Force",
    "general staff": "Ukrainian General Staff",
    "emergency service": "State Emergency Service",
    "state emergency service": "State Emergency Service",
}
"""Definite descriptions wire copy uses for these institutions when none was named before."""
SYNONYMS: dict[str, tuple[str, ...]] = {
    "army": ("military", "armed forces"),
    "military": ("army", "armed forces"),
    "armed forces": ("military", "army"),
    "company": ("operator", "utility"),
    "operator": ("company", "utility"),
    "utility": ("company", "operator"),
    "newspaper": ("daily", "paper", "tabloid"),  # "the French daily Le Monde ... the newspaper"
    "daily": ("newspaper", "paper", "tabloid"),
    "tabloid": ("newspaper", "daily", "paper"),
    "hospital": ("complex",),  # "Nasser Medical Complex said ... the hospital said"
}
COMPANY_HEADS = frozenset(
    {"company", "operator", "utility", "grid operator", "energy company", "state company"}
    | {"authority", "firm"}
)
"""Descriptions that take back the last named organisation ("Ukrenergo ... the operator";
German copy's "die Behörde" as "the authority", when no "X Authority" came before)."""
GROUP_HEADS: frozenset[str] = words("group movement militia organisation organization")
"""Descriptions that take back the last named organisation ("Hamas ... the group")."""
GENERIC: frozenset[str] = words(
    """officials official sources source witnesses witness residents resident analysts analyst
    experts expert observers people spokesperson spokesman spokeswoman researchers diplomats
    diplomat medics doctors paramedics rescuers ministers leaders agencies bloggers brokers
    traders groups companies firms insurers humanitarians activists volunteers workers
    governors mayors hospitals worker governments allies capitals delegates circles side
    drivers demonstrators protesters monitors survivors planners economists negotiators
    mediators lawmakers legislators investigators campaigners strategists"""
)
PLURAL_PLACES = {"regions'": "regional", "cities'": "city"}
"""Plural possessives of a group's places: "the regions’ governors" -> "regional governors"."""
VIA_WORDS: frozenset[str] = words(
    "analysts analyst experts expert researchers researcher economists economist"
)
"""Generic speakers whose institution is the speaker ("analysts at the Institute ...")."""
GROUP_MODS: frozenset[str] = words(
    "local diplomatic security military government western european intelligence industry"
)
"""Modifiers of a group placed by "in" ("diplomatic sources in Ankara" speaks as written)."""
NOT_SPEAKERS: frozenset[str] = words(
    """information report reports data estimate estimates figures figure statistics
    calculations study survey poll assessment intelligence-sharing plan documents document
    footage images video videos record records analysis review research findings"""
)
PRONOUNS = frozenset({"he", "she", "it", "they"})
VOICES = frozenset(
    {
        *words("spokesman spokeswoman spokesperson representative office"),
        *["press service", "press office", "press secretary", "spokesman's office"],
    }
)
"""Who speaks for someone: "a spokesman for the government", "Zelensky's office"."""
ARTICLES = frozenset({"the", "a", "an"})
NON_NAME: frozenset[str] = words(
    """The A An As In On At Of For And But Since Meanwhile However Last This That These Those It
    Its He She They We I His Her Their Our Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December North South East West New United Saudi Western Eastern Northern Southern Central
    Deputy According After Before During While Earlier Later Also One Two Three Four Five Six
    Seven Eight Nine Ten All Some Many Most No Both Several Few Any Each Every There Here Such
    Other Another Neither Either None Nothing Nobody Everyone Everything Anyone Someone What
    Which Who Whom Whose Where When Why How If Unless Although Though Because So Then Now Only
    Even Just Not Until Under Over Across Through From With Without Into About Around Near
    Between Among Against Within Along Behind Beyond Up Down Out Off Per Via Instead Still Yet
    Today Yesterday Tomorrow Overnight Asked Speaking Separately Elsewhere Further Moreover
    Thus Hence Again Once Twice Whether Whoever Whatever Whenever Wherever Perhaps Maybe"""
)
DIRECTIONS: frozenset[str] = words(
    """southern northern eastern western central north south east west northeastern
    northwestern southeastern southwestern north-eastern north-western south-eastern
    south-western frontline border occupied"""
)
"""Words placing a region inside its country ("the southern Mykolaiv region")."""
CITIES: frozenset[str] = words(
    """kyiv kiev kharkiv odesa odessa kherson zaporizhzhia dnipro mykolaiv lviv sumy chernihiv
    poltava melitopol mariupol horlivka donetsk luhansk nikopol kramatorsk sloviansk pokrovsk
    kupiansk bakhmut avdiivka izium vinnytsia zhytomyr rivne lutsk ternopil uzhhorod
    chernivtsi kropyvnytskyi cherkasy khmelnytskyi pavlohrad enerhodar berdiansk sevastopol
    simferopol belgorod kursk bryansk voronezh rostov moscow kostiantynivka kostyantynivka
    druzhkivka myrnohrad toretsk lyman marhanets orikhiv huliaipole kupyansk shebekino"""
)
"""Cities whose local bodies ("the city administration") wire copy leaves unnamed."""
DOCUMENTS: frozenset[str] = words(
    "report statement update post message bulletin readout summary tally reporting"
)
"""What "the report says" means: the body or person that issued it."""
HYPHENATED_TITLE = re.compile(
    r"(?<![\w-])(press|deputy|vice|co)-(secretary|minister|governor|mayor|premier|president"
    r"|chancellor|leader|chair)"
    r"(?![\w-])",
    re.IGNORECASE,  # "Vice-Chancellor Lars Klingbeil"
)
"""A title hyphenated in translated copy ("the press-secretary of Rosaviatsia X"): read
with a space, as the title tables spell it."""

ADVERBIAL_STARTS = frozenset(
    {
        *[
            "In",
            "On",
            "At",
            "After",
            "Before",
            "During",
            "Since",
            "Meanwhile",
            "However",
            "Moreover",
            "Also",
            "Earlier",
            "Later",
        ],
        *[
            "Last",
            "This",
            "Separately",
            "Overnight",
            "Yesterday",
            "Today",
            "Still",
            "Then",
            "Now",
            "Instead",
            "Speaking",
        ],
        *[
            "Asked",
            "When",
            "While",
            "As",
            "But",
            "And",
            "Yet",
            "Despite",
            "Following",
            "Amid",
            "Throughout",
        ],
        *["Regarding", "Concerning", "Commenting", "Referring", "Addressing", "Turning"],
        *["Nationwide", "Elsewhere", "Additionally", "Furthermore", "Initially"],
    }
)
"""Sentence openers before a comma that leave the subject after it ("Meanwhile, the army")."""
SURNAMES_FIRST: frozenset[str] = words(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren yao shen zhong cui tan fan jin shi liao jia xia fu fang zou xiong
    bai meng qin qiu hou yin xue yan duan lei long shao qian tao mao hao kong wen geng kang
    ning kim lee park choi jung cho yoon jang lim shin seo kwon hwang ahn yoo hong moon nguyen
    tran pham hoang vu vo dang bui ngo duong"""
)
"""East Asian surnames, written before the given name ("Wu Qian", "Kim Yo Jong"): a lone
"Wu said" takes the given name from the surname's first mention, wherever that stands."""

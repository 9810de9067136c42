"""Sentence templates for the benchmark's synthetic wire articles (written for this project).

A real 4 KB wire report is not one event sentence padded with filler: it has a
dateline, a lede with an attribution, several figures spread over paragraphs,
direct and reported quotes with pronouns pointing back at named officials,
background paragraphs and sometimes a photo credit or a promo line. The
templates below mix those parts so the extractor's per-article cost in the
benchmark is the cost it has on wire copy. Names of officials and places are
real; every figure is random and every sentence is original.
"""

from __future__ import annotations

CITIES = [
    "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv", "Lviv",
    "Kryvyi Rih", "Poltava", "Chernihiv", "Vinnytsia", "Kramatorsk", "Nikopol",
]  # fmt: skip
REGIONS = [
    "Donetsk region", "Kharkiv region", "Sumy region", "Kherson region", "Odesa region",
    "Dnipropetrovsk region", "Zaporizhzhia region", "Chernihiv region", "Poltava region",
]  # fmt: skip
DRONES = ["Shahed", "Geran-2", "Shahed-136", "Gerbera"]
MISSILES = ["Kh-101", "Iskander-M", "Kalibr", "Kh-22", "Kh-59", "Kinzhal"]
OFFICIALS = [
    ("regional governor", "Oleh Syniehubov", "he"),
    ("regional governor", "Serhiy Lysak", "he"),
    ("city mayor", "Ihor Terekhov", "he"),
    ("regional administration head", "Ivan Fedorov", "he"),
    ("regional governor", "Vitaliy Kim", "he"),
    ("regional prosecutor", "Iryna Venediktova", "she"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCY_DATELINES = ["KYIV, Nov {date} (Newswire) - ", "{CITY}, Ukraine (Newswire) — ", ""]

LEDES = [
    "Russia launched {launched} {drone} drones and {m_launched} {missile} missiles at Ukraine "
    "overnight, the Ukrainian Air Force said on {day}, adding that air defence units shot down "
    "{downed} of the drones and {m_downed} of the missiles.",
    "Russian forces fired {n} rockets at {city} over the past 24 hours, {role} {official} said "
    "on {day}, as rescue crews searched damaged buildings for survivors.",
    "The Ukrainian military said on {day} that Russian aircraft carried out {n2} airstrikes on "
    "the {region} during the previous day and dropped {bombs} guided aerial bombs.",
    "A Russian missile attack on {city} killed {killed} civilians and injured {injured} others "
    "on {day}, {role} {official} said, in one of the deadliest strikes on the city this month.",
    "Air defences destroyed {downed} out of {launched} drones aimed at the capital overnight, "
    "the city's military administration said on {day}.",
]
EVENTS = [
    "Russian troops shelled the {region} {n3} times in the past day, firing artillery, mortars "
    "and tanks, according to {official}.",
    "In {city2}, {killed2} people were killed and {injured2} wounded when a drone hit a "
    "residential street, local officials said.",
    "The General Staff said its forces had repelled {n4} Russian attacks along the front line, "
    "most of them near Pokrovsk.",
    "Russia also launched {m_launched2} {missile} missiles at the {region}, the air force said, "
    "without saying whether any were intercepted.",
    "Among the injured were {children} children, one of them in a serious condition, "
    "{official} said.",
    "Russia's Defence Ministry said its air defences had destroyed {ru_downed} Ukrainian drones "
    "over the Belgorod and Kursk regions.",
    "Two of the drones were lost to electronic warfare, the air force said.",
]
QUOTES = [
    '"The enemy hit a five-storey building and a school. Rescuers are still working at the '
    'scene," {official} wrote on Telegram.',
    '"We need more air defence systems, and we need them now," Zelensky said in his nightly '
    'video address. "Every delay costs lives."',
    "{Pronoun} said the strikes had damaged a power substation and left {homes} homes without "
    "electricity.",
    'Kremlin spokesman Dmitry Peskov told reporters that Moscow was "open to talks" but that '
    "its goals remained unchanged.",
    '"This was a deliberate strike on civilians," Ukrainian Foreign Minister Andrii Sybiha '
    "said, calling for new sanctions.",
    "According to {official}, emergency crews had put out the fires by morning.",
    '"Our air defence worked well tonight," the air force spokesperson Yurii Ihnat told '
    "national television.",
    "{Pronoun} added that heating points would stay open in the district through the weekend.",
]
BACKGROUND = [
    "Residents of the district spent much of the night in shelters while emergency crews "
    "worked to restore power and water to the affected streets.",
    "The city council opened additional heating points for families whose apartments were "
    "left without electricity after the attack.",
    "Local volunteers delivered food and blankets to the neighbourhood, while police cordoned "
    "off the area around the damaged buildings.",
    "Talks on a further exchange of prisoners have stalled, and no date for a new round has "
    "been set.",
    "Moscow has repeatedly denied targeting civilians, although thousands have died in its "
    "attacks on Ukrainian towns since the full-scale invasion began in February 2022.",
    "The attack came hours after European leaders met in Brussels to discuss a new package of "
    "military aid.",
    "Ukraine has stepped up its own long-range drone strikes on Russian refineries and fuel "
    "depots in recent months.",
    "Power engineers said they expected to restore supplies to most consumers within a day.",
    "Schools in the region switched to online classes for the rest of the week.",
    "The front line has barely moved this autumn, with both sides relying heavily on drones "
    "to spot and hit targets.",
    "Newswire could not independently verify the battlefield reports from either side.",
    "Ukrainian officials have urged Western partners to speed up deliveries of interceptor "
    "missiles ahead of the winter.",
    "Footage shared on social media showed a column of black smoke rising over the industrial "
    "zone.",
    "Rail operator Ukrzaliznytsia said several trains were delayed by up to two hours.",
    "The regional hospital said it had enough blood supplies and asked donors to come later "
    "in the week.",
    "Air raid alerts sounded across much of the country for more than three hours.",
    "Analysts say the pattern of attacks has shifted, with more launches timed for the early "
    "hours of the morning.",
    "A Ukrainian delegation is due in Washington next week for talks on energy security.",
    "The mayor asked residents to stay away from the damaged area until engineers had "
    "inspected the buildings.",
    "Insurance companies have begun to offer war-risk cover for homes again, although "
    "premiums remain high.",
    "The International Atomic Energy Agency said its monitors at the Zaporizhzhia plant had "
    "heard explosions nearby.",
    "Several shops and a pharmacy on the ground floor of the building were destroyed.",
    "Municipal workers boarded up broken windows across a dozen apartment blocks.",
    "Grain exports through the Black Sea ports continued despite the attacks.",
]
NOISE = [
    "(Photo: Newswire/Staff)",
    "Read more: How Ukraine's air defence network is organised",
    "(Reporting by Newswire staff; Editing by the night desk)",
]

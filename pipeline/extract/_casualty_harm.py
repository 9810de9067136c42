"""The harm words of casualty figures: what makes a figure a toll of the killed or the injured
("three killed", "killing two", "the death toll rose to 12", "Dead: 3").

Moved out of :mod:`pipeline.extract.casualties` (at its size limit), unchanged.
"""

from __future__ import annotations

import re

from pipeline.extract import _casualty_more as more
from pipeline.extract import _casualty_words as cw

_KILLED = (
    r"kill(?:ed|ing|s)?|dead|died|dies|deaths?|toll|fatalit(?:y|ies)|perished|lives"
    r"|(?:fallen|fell)\s+victims?|lost\s+their\s+lives|succumbed|deceased"
    r"|cost\s+the\s+life\b(?!-)|lost\s+(?:his|her|their|the)\s+life\b(?!-)|(?:came|(?:have|has|had)\s+come)\s+around\b(?!\s+to\b)"
    r"|cost(?=\s+(?:[\w-]+\s+){1,4}?their\s+life\b)|(?-i:martyr(?:s|ed|dom))"
    r"|(?:(?<=were\s)|(?<=been\s))[\"“]?(?:summarily\s+)?executed\b"  # not "executed 45 strikes"
)
"""Victims who "fell" are the dead, and so are "martyrs" (Gaza, Lebanon and Sudan copy; not
"Martyrs Square"), and those an attack "cost their life"; "victims" alone says neither."""
_INJURED = (
    r"injur(?:ed|ing|ies|y|es)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed"
    r"|taken\s+to\s+(?:[\w-]+\s+){0,2}?hospitals?|being\s+treated|(?<=being\s)treated"
    r"|(?<=are\s)receiving\s+(?:medical\s+)?treatment"  # "Seven residents are receiving ..."
    r"|admitted\s+to\s+(?:a\s+|the\s+)?hospitals?|remain(?:s|ed)?\s+in\s+hospital\b"
    r"|(?:needed|needs|required|requires|sought)\s+(?:hospital|medical)\s+(?:treatment|care|help)"
    r"|(?:had|have|has)\s+to\s+be\s+(?:treated|hospitali[sz]ed)\b"  # "musste behandelt werden"
    r"|(?:suffered|sustained|received)\s+(?:[a-z-]+\s+)?burns"  # "One crew member suffered burns"
)
_KIND_RE = more.kind_re(_KILLED, _INJURED)
# A bare figure must touch its kill/injure word: "three killed", "killing two".
_BARE_AFTER = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|are|got|being|have|has|had|resulted)\s+)?"
    r"(?:also\s+)?"  # "Three were also killed in Pokrovsk" (dev_numeric58)
    r"(?:(?:seriously|critically|severely|badly|lightly|slightly|fatally|moderately|gravely)\s+)?"
    r"(?:(?:received|sustained|suffered)\s+(?:[a-z-]+\s+)?)?"  # "received (gunshot) wounds"
    rf"(?!kills\b)(?:{_KILLED}|{_INJURED})\b",  # "14 targets, 11 kills": downed drones
    re.IGNORECASE,
)
# ... and "the deaths of two soldiers and the injury of another four": nominal harm words.
_BARE_BEFORE = re.compile(
    rf"\b(?:(?:{_KILLED}|{_INJURED})(?:\s+(?:another|a\s+further))?|"  # "injured another 14"
    # "... and the injury of seven" (French "et la blessure de sept")
    r"(?:deaths?|injur(?:y|ies)|wounding)\s+of(?:\s+(?:another|a\s+further))?)\s+$"
    r"|\b(?:dead|killed|injured|wounded)\s*[:–—]\s*$",  # tally lines: "Dead: 3", "killed – 4"
    re.IGNORECASE,
)
# "put the number of civilians killed ... at four", "the death toll rose to 12".
# ... and "put the death toll at 30 and the injuries at some 100": the injured told alike.
_TOLL = re.compile(
    rf"\b(?:(?:number\s+of\s+(?:those\s+|(?P<group>{cw.GROUP})\s+)?|(?<=\bthe\s)"
    r"(?=(?:injuries|injured|wounded)\s+(?:at|to|stood|rose|reached|are)\b)|"
    # "The number of the dead has risen to eight, that of the wounded to 27"
    r"(?<=\bthat\sof\sthe\s)(?=(?:injured|wounded|dead)\s+(?:at|to)\b)|"
    r"(?<=\bthose\s)(?=\w+\b[^.;,\d]{0,40}\bnumbered\b))"
    r"(?P<kind>killed|dead|deaths|fatalities|martyrs|injured|wounded|injuries|wounds|hurt|"
    r"hospitali[sz]ed|(?:admitted|taken)\s+to\s+(?:a\s+)?hospital)"  # "... stands at 75"
    r"|(?P<toll>death\s+toll|toll))\b",
    re.IGNORECASE,
)
# ... also with an adverb between ("The number of dead is thus now four"), or "was given as".
_TOLL_LINK = re.compile(
    r"\b(?:at|to|reached|reaching|hit|stood\s+at|was|is|are|of|numbered|given\s+as)\s+"
    r"(?:(?:thus|now|so|therefore|currently)\s+){0,2}$",
    re.I,
)

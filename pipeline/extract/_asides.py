"""Comma-less asides between a speaker and the speech verb, for ``np_before``.

Translated German copy renders "seinerseits", "ihrerseits", "wiederum", "selbst" and
"jedoch" without commas between the subject and its verb: "The Russian Defence Ministry in
turn said that ...", "Putin himself said after the call, ...", "The Kremlin for its part
declared ...", "The ministry however stated ...". The backward phrase walk stops at such a
word and finds no speaker. :func:`skipped` moves the walk's end before the aside (and any
auxiliary or adverb around it: "Putin himself had also said"), so the noun phrase before
it is the subject; the single-word adverbs the walk already skips ("also", "has") are left
to it unless one of these asides is there too.
"""

from __future__ import annotations

_ASIDES: tuple[str, ...] = (
    "in turn",
    "for its part",
    "for his part",
    "for her part",
    "for their part",
    "on its part",
    "on his part",
    "on her part",
    "on their part",
    "on the other hand",
    # "seinerseits" also comes out as "on its side": "The ministry on its side reported, C"
    "on its side",
    "on his side",
    "on her side",
    "on their side",
    "on the other side",
    "himself",
    "herself",
    "itself",
    "themselves",
    "however",
    "too",
    "therefore",
    "nevertheless",
    "nonetheless",
    "likewise",
    "in addition",
    "once again",
    "in contrast",
    "by contrast",
    # German "lediglich/nur/zunächst/später/zuvor/bereits/ausdrücklich/öffentlich": "Peskow
    # merely said that C", "The ministry later stated"
    "merely",
    "only",
    "simply",
    "initially",
    "later",
    "previously",
    "subsequently",
    "already",
    "expressly",
    "explicitly",
    "publicly",
    "repeatedly",
)
_AUX: tuple[str, ...] = ("has", "have", "had", "also", "now", "then", "again", "meanwhile")
_WINDOW = 60
_ENDINGS: tuple[str, ...] = _ASIDES + _AUX
"""Every word :func:`skipped` strips (joined once: it runs for each cue)."""


def skipped(text: str, end: int) -> int:
    """``end`` moved before a comma-less aside ending the text before it, else ``end``."""
    low = max(0, end - _WINDOW)
    seg = text[low:end].rstrip()
    if not seg.endswith(_ENDINGS):
        return end
    found = False
    for _ in range(3):
        aside = seg.endswith(_ASIDES)  # one C call before walking the ~40 asides one by one
        for tail in _ASIDES if aside else ():
            if seg.endswith(tail) and seg[-len(tail) - 1 : -len(tail)] == " ":
                seg, found = seg[: -len(tail)].rstrip(), True
                break
        else:
            for tail in _AUX if seg.endswith(_AUX) else ():
                if seg.endswith(tail) and seg[-len(tail) - 1 : -len(tail)] == " ":
                    seg = seg[: -len(tail)].rstrip()
                    break
            else:
                break
    if not found or not seg or seg[-1] in ",;:.!?":
        return end  # "..., however, said": the comma asides are ASIDE's
    return low + len(seg) + 1

"""Case-blind word patterns scanned only where one of their literal stems starts.

A pattern such as the intercept verbs (``\\b(?:shot\\s+down|downed|destroy...)``,
IGNORECASE) gives ``re`` no literal to skip ahead to, so ``finditer`` tries the whole
alternation at every position of a sentence. Every match of it starts with one of a
few lower-case stems ("sho", "dow", "des", ...), so ``str.find`` for each stem in the
lower-cased text gives every position a match can start at, and the pattern is then
tried there alone: the same matches for a fraction of the cost.

``tests/extract/test_stemscan.py`` derives each pattern's possible first letters from
its parse tree and fails when a stem list no longer covers them (add the stem there).
"""

from __future__ import annotations

import re

_ODD_FOLDS = ("ı", "ſ")
"""Characters IGNORECASE matches to an ASCII letter ("i", "s") that ``lower()`` keeps."""


def _trie(words: tuple[str, ...]) -> str:
    """Regex source matching any of ``words``, factored by shared prefixes (one branch
    tried per letter instead of every word at every position)."""
    heads = sorted({w[0] for w in words if w})
    alts: list[str] = []
    for head in heads:
        tails = tuple(w[1:] for w in words if w[:1] == head)
        if "" in tails:  # the shorter word already ends here: the longer adds nothing
            alts.append(re.escape(head))
        else:
            alts.append(re.escape(head) + _trie(tails))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


class StemScan:
    """``pattern``'s ``finditer``/``search``, tried only where one of ``stems`` starts.

    ``stems`` are lower-case; every match of ``pattern`` must begin with one of them,
    and ``pattern`` must never match the empty string; every match must also hold one of
    ``needs``, when given.
    """

    def __init__(
        self, pattern: re.Pattern[str], stems: tuple[str, ...], needs: tuple[str, ...] = ()
    ) -> None:
        self.pattern = pattern
        self.stems = stems
        self.needs = needs
        """Lower-case words of which every match holds one (a participle closing the
        pattern, say): a text holding none of them cannot match at all."""
        # Searched again from one past each hit, so stems starting inside another stem's
        # hit are found too; a plain (not zero-width) pattern lets ``re`` skip ahead to the
        # stems' first letters instead of trying a look-ahead at every position.
        self._stem = re.compile(_trie(stems))

    def _starts(self, text: str, lo: int, hi: int) -> list[int] | None:
        """Sorted offsets in ``text[lo:hi]`` where a stem starts; None when the text holds
        a character whose lower-casing would hide a stem (then the plain scan runs)."""
        low = text.lower()
        if len(low) != len(text):
            return None
        if not text.isascii() and any(ch in text for ch in _ODD_FOLDS):
            return None
        if self.needs and not any(word in low for word in self.needs):
            return []
        starts: list[int] = []
        search = self._stem.search
        m = search(low, lo, hi)
        while m is not None:
            at = m.start()
            starts.append(at)
            m = search(low, at + 1, hi)
        return starts

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, lo, hi))``: the same non-overlapping matches."""
        stop = len(text) if hi is None else min(hi, len(text))
        starts = self._starts(text, lo, stop)
        if starts is None:
            return list(self.pattern.finditer(text, lo, stop))
        found: list[re.Match[str]] = []
        end = lo
        match = self.pattern.match
        for at in starts:
            if at >= end and (m := match(text, at, stop)) is not None:
                found.append(m)
                end = m.end()
        return found

    def search(self, text: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, lo, hi)``: the first match."""
        stop = len(text) if hi is None else min(hi, len(text))
        starts = self._starts(text, lo, stop)
        if starts is None:
            return self.pattern.search(text, lo, stop)
        match = self.pattern.match
        for at in starts:
            if (m := match(text, at, stop)) is not None:
                return m
        return None

"""The body-level gate of the round-20 inverted readers (a speed cut) loses no reading;
sentence lookups answer alike before and after the attribution pass."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract._s20inv import reads_inverted
from pipeline.extract.model import Statement

_INVERTED = (
    "France will deliver more air defence systems to Ukraine in the coming weeks, affirmed on"
    " Friday the minister of Europe and Foreign Affairs, Jean-Noël Barrot, after a meeting."
)


def test_gate_sees_a_verb_after_a_comma_or_a_closing_quote() -> None:
    assert reads_inverted(_INVERTED)
    assert reads_inverted("“We will stay,” declared for his part the commissioner.")
    assert not reads_inverted("The minister affirmed on Friday that France will deliver more.")


def test_inverted_sentence_still_read() -> None:
    speakers = {f.speaker for f in extract(_INVERTED) if isinstance(f, Statement)}
    assert "Jean-Noël Barrot" in speakers


def test_sentence_at_before_and_after_build() -> None:
    from pipeline.extract.document import parse
    from pipeline.extract.speakers import Speakers

    doc = parse("One sentence here. Another one, the ministry said. A third.")
    speakers = Speakers(doc)
    at = [speakers.sentence_at(s.start) for s in doc.sentences]  # the first call builds
    assert at == list(range(len(doc.sentences)))
    assert speakers.sentence_at(doc.sentences[1].start + 3) == 1
    assert Speakers(parse("")).sentence_at(5) == 0

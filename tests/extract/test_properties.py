"""Property tests: any text in, valid findings and schema-valid events out, never an exception.

The extractor runs on whatever a feed delivers, so these throw arbitrary Unicode,
quote marks, digits, cue words and line breaks at it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import schemas
from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.extract.document import parse
from pipeline.extract.events import to_events

# Fragments that steer generated text into the extractor's interesting paths.
_FRAGMENTS = [
    "said",
    " said ",
    ", he said.",
    "according to",
    "told reporters",
    "The governor said that",
    "Zelensky",
    "President Xi Jinping",
    "Russia launched 42 drones",
    " shot down 30 of them",
    "killed 3 people",
    "injured",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    "„",
    ". ",
    "! ",
    "? ",
    "...",
    "Mr. ",
    "U.S. ",
    "\n",
    "\n\n",
    "(Photo: AP)",
    "More: link",
    "0",
    "1,000",
    "12",
    " out of ",
    "—",
    "\u00a0",
    "\u2028",
    "\r",
]
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_any_text_gives_valid_findings_and_events(body: str) -> None:
    found = extract(body)
    for finding in found:
        ev = finding.evidence
        assert 0 <= ev.start <= ev.end <= len(body)
        assert body[ev.start : ev.end] == ev.text
        assert 0.0 <= finding.confidence <= 1.0
    events = to_events(
        found,
        article_id="prop-1",
        source="property-test",
        published_at="2026-01-01T00:00:00Z",
        extracted_at="2026-01-01T00:00:01Z",
        extractor_version=EXTRACTOR_VERSION,
    )
    for event in events:
        schemas.validator(event["type"])(event)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_sentences_and_removed_spans_address_the_body(body: str) -> None:
    doc = parse(body)
    previous_end = 0
    for sentence in doc.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(body)
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        previous_end = sentence.end
    for span in doc.removed:
        assert 0 <= span.start < span.end <= len(body)

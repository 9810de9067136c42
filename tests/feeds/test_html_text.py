from __future__ import annotations

import pytest

from pipeline.feeds.html_text import html_to_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("plain words", "plain words"),
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("a &amp; b &ldquo;c&rdquo; &#8211; d", "a & b “c” – d"),
        ("line<br>break<br/>again", "line\nbreak\nagain"),
        ("<p>Kept</p><script>var x = '<p>no</p>';</script><style>p{}</style>", "Kept"),
        ("<div>  spaced \n\t out  </div>", "spaced\nout"),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
        ('<a href="https://x">link text</a> after', "link text after"),
        ("non\xa0breaking", "non breaking"),
        ("", ""),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text

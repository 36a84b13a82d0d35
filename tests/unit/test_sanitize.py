"""Sanitising: chat stays plain text; rich text keeps only the small allowlist."""

from __future__ import annotations

import pytest

from twinspace.moderation.sanitize import plain_text, rich_text


def test_plain_text_keeps_what_was_typed_but_drops_invisible_characters():
    assert plain_text("<b>hi</b>\u200b \u202eevil\r\n\n\n\nbye ") == "<b>hi</b> evil\n\nbye"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<p>Our <strong>river</strong> is <em>long</em></p>",
            "<p>Our <strong>river</strong> is <em>long</em></p>",
        ),
        ("<h2>Title</h2><ul><li>one</li></ul>", "<h2>Title</h2><ul><li>one</li></ul>"),
        ("<script>alert(1)</script><p>ok</p>", "alert(1)<p>ok</p>"),
        ('<p onclick="steal()">x</p>', "<p>x</p>"),
        ('<p style="color:red">x</p>', "<p>x</p>"),
        ("<iframe src='https://evil.example'></iframe>", ""),
        ('<img src="https://tracker.example/pixel.gif" alt="x">', '<img alt="x">'),
        (
            '<img src="/media/postcards/12.jpg" alt="our school">',
            '<img src="/media/postcards/12.jpg" alt="our school">',
        ),
        ('<img src="/media//evil.example/x.gif">', "<img>"),
        (
            '<a href="javascript:alert(1)">click</a>',
            '<a rel="nofollow noopener noreferrer ugc">click</a>',
        ),
        (
            '<a href="https://europa.eu/">EU</a>',
            '<a href="https://europa.eu/" rel="nofollow noopener noreferrer ugc">EU</a>',
        ),
        (
            '<a href="mailto:class@school.example">mail</a>',
            '<a href="mailto:class@school.example" rel="nofollow noopener noreferrer ugc">mail</a>',
        ),
        (
            "<p>see https://europa.eu now</p>",
            '<p>see <a href="https://europa.eu" rel="nofollow noopener noreferrer ugc">'
            "https://europa.eu</a> now</p>",
        ),
        ("<!-- hidden --><p>x</p>", "<p>x</p>"),
    ],
)
def test_rich_text_keeps_only_the_allowlist(html, expected):
    assert rich_text(html) == expected

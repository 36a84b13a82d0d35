"""Sanitising: chat stays plain text; rich text keeps only the nh3 allowlist."""

from __future__ import annotations

import pytest

from twinspace.moderation.sanitize import (
    TextForm,
    clean,
    media_prefix,
    plain_text,
    readable,
    rich_text,
    text_of,
)

OWN = media_prefix(12)
REL = 'rel="nofollow noopener ugc"'


def test_plain_text_keeps_what_was_typed_but_drops_invisible_characters():
    assert plain_text("<b>hi</b>\u200b \u202eevil\r\n\n\n\nbye ") == "<b>hi</b> evil\n\nbye"


@pytest.mark.parametrize(
    "hidden",
    ["\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u180e", "\u3164", "\uffa0"],
    ids=["soft-hyphen", "grapheme-joiner", "arabic-mark", "hangul-filler", "hangul-jungseong",
         "khmer-vowel", "mongolian-separator", "hangul-letter-filler", "halfwidth-filler"],
)  # fmt: skip
def test_characters_that_show_nothing_are_dropped_between_digits_too(hidden):
    """Each shows as nothing (a soft hyphen only where a line breaks): between the
    digits of a phone number it would hide the number from screening."""
    assert plain_text(f"call 347{hidden}123{hidden}4567") == "call 3471234567"
    assert rich_text(f"<p>347{hidden}123</p>") == "<p>347123</p>"


@pytest.mark.parametrize(
    "html",
    [
        "<p>Our <strong>river</strong> is <em>long</em></p>",
        "<p><b>b</b> <i>i</i> <u>u</u> <s>s</s><br>next</p>",
        "<h2>Title</h2><h3>Sub</h3><h4>Small</h4>",
        "<ul><li>one</li></ul><ol><li>two</li></ol>",
        "<blockquote><p>Giulia wrote</p></blockquote>",
        "<p>Type <code>2+2</code></p><pre>x = 4</pre>",
    ],
)
def test_the_allowlist_keeps_what_the_editor_makes(html):
    assert rich_text(html) == html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<script>alert(1)</script><p>ok</p>", "<p>ok</p>"),
        ("<style>p{display:none}</style><p>ok</p>", "<p>ok</p>"),
        ('<p onclick="steal()">x</p>', "<p>x</p>"),
        ('<p style="color:red" class="big" id="a">x</p>', "<p>x</p>"),
        ("<iframe src='https://evil.example'></iframe>", ""),
        ("<h1>Big</h1><div><span>x</span></div>", "Bigx"),
        ('<form action="https://evil.example"><input name="pw"></form>', ""),
        ("<svg><script>alert(1)</script></svg><math><mi>x</mi></math>", ""),
        ("<!-- hidden --><p>x</p>", "<p>x</p>"),
        ('<a href="javascript:alert(1)">click</a>', f"<a {REL}>click</a>"),
        ('<a href="JaVaScRiPt:alert(1)">click</a>', f"<a {REL}>click</a>"),
        ('<a href="data:text/html,<b>x</b>">d</a>', f"<a {REL}>d</a>"),
        ('<a href="https://europa.eu/">EU</a>', f'<a href="https://europa.eu/" {REL}>EU</a>'),
        (
            '<a href="mailto:class@school.example" target="_blank" rel="opener">mail</a>',
            f'<a href="mailto:class@school.example" {REL}>mail</a>',
        ),
        ('<img src="https://tracker.example/pixel.gif" alt="x">', '<img alt="x">'),
        ('<img src="//tracker.example/pixel.gif">', "<img>"),
        (
            f'<img src="{OWN}ab12.jpg" alt="our school">',
            f'<img src="{OWN}ab12.jpg" alt="our school">',
        ),
        (f'<img src="{OWN}..//evil.example/x.gif">', "<img>"),
        (f'<img src="{media_prefix(13)}ab12.jpg">', "<img>"),
        ('<img src="x" onerror="alert(1)">', "<img>"),
    ],
)
def test_rich_text_drops_everything_else(html, expected):
    assert rich_text(html, own_media=OWN) == expected


@pytest.mark.parametrize(
    "src",
    [
        "%2e%2e/%2e%2e/13/media/ab12.jpg",  # a browser reads %2e%2e as ".."
        ".%2E/.%2E/13/media/ab12.jpg",
        "%2F%2Fevil.example/x.gif",
        "\\..\\..\\13\\media\\ab12.jpg",  # a browser reads \\ as /
        "ab12/../../13/media/ab12.jpg",
        "ab12.jpg?next=/api/session",
    ],
)
def test_an_image_cannot_climb_out_of_its_spaces_media(src):
    """Only a picture of the space's own shows in its posts: no way of writing the
    address makes a reader's browser fetch another space's picture or another path."""
    assert rich_text(f'<img src="{OWN}{src}">', own_media=OWN) == "<img>"


@pytest.mark.parametrize(
    "href",
    ["//tracker.example/x", "/\\tracker.example/x", "\\\\tracker.example/x", "tracker.example/x",
     "/api/session", "#top"],
)  # fmt: skip
def test_a_link_keeps_only_an_address_of_its_own_scheme(href):
    """A browser opens "//site", "/\\site" and "\\\\site" on another site: only
    http, https and mailto addresses written out in full stay links."""
    assert rich_text(f'<a href="{href}">our river</a>') == f"<a {REL}>our river</a>"


def test_invisible_characters_written_as_character_references_are_dropped_too():
    """A "&#8203;" is a zero-width space once the HTML is read: between the digits of
    a phone number it would hide the number from screening, as typed ones would."""
    html = "<p>347&#8203;123&#x2060;4567 &#x202E;evil &#xFEFF;e&#x301;</p>"
    assert rich_text(html) == "<p>3471234567 evil \u00e9</p>"
    assert text_of(rich_text(html)) == "3471234567 evil \u00e9"


def test_without_a_space_no_image_survives():
    assert rich_text(f'<img src="{OWN}ab12.jpg">') == "<img>"


def test_the_text_of_rich_text_keeps_blocks_apart():
    html = '<p>call <b>me</b></p><p>347 123 4567</p><ul><li>a</li></ul><img alt="my house">'
    assert text_of(html) == "call me\n\n347 123 4567\n\na\n my house"


def test_clean_and_readable_follow_the_form():
    assert clean(TextForm.plain, " <b>hi</b> ") == "<b>hi</b>"
    assert clean(TextForm.rich, "<p>hi<script>x</script></p>") == "<p>hi</p>"
    assert readable(TextForm.plain, "<b>hi</b>") == "<b>hi</b>"
    assert readable(TextForm.rich, "<p>a &amp; b</p>") == "a & b"

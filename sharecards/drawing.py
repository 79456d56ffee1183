"""Share cards: the picture a shared link to a page shows (og:image), drawn with Pillow in the
style of the films' title-card posters (artwork.py) and kept in the shared cache.

A card is drawn the first time it is asked for and kept under a digest of its words, so every
worker and server reuses it, and a renamed person or film gets a new one at once.
"""

import functools
import hashlib
import io
import unicodedata

from django.conf import settings
from django.core.cache import caches
from PIL import Image, ImageDraw, ImageFont

from sharecards.artwork import ACCENTS, GROUND, INK, MUTED, accent_for, draw_trail, draw_wash
from sharecards.registry import heading

CARD_SIZE = (1200, 630)
# Part of every card's cache key: change it when the drawing changes, and every card is redrawn.
DRAWING_VERSION = "1"
MARGIN = 80
TITLE_SIZES = (88, 76, 64, 54, 46)
TITLE_MAX_LINES = 3
# The title and subtitle sit between the bullet's trail and the site's name.
TEXT_TOP = 222
TEXT_BOTTOM = 530


# Names carry accents (Stéfi Celma, Sète): DejaVu Sans draws them, and Debian's fonts-dejavu-core
# installs it (`make browsers` does). Without it, Pillow's bundled font, which the posters use,
# draws ASCII only, so the words are folded to what it can draw.
SYSTEM_FONT = "DejaVuSans.ttf"
BUNDLED_FONT_EXTRAS = "…·’“”«"
FOLDS = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
    }
)


@functools.cache
def _has_system_font():
    try:
        ImageFont.truetype(SYSTEM_FONT, 10)
    except OSError:
        return False
    return True


def _font(size):
    # Loaded afresh for each card (rarely: cards are cached), as a FreeType face must not be
    # shared between threads.
    if _has_system_font():
        return ImageFont.truetype(SYSTEM_FONT, size)
    return ImageFont.load_default(size=size)


def _drawable(text):
    """Return text as the font can draw it: unchanged, or folded for Pillow's bundled font."""
    if _has_system_font():
        return text
    folded = unicodedata.normalize("NFKD", text.translate(FOLDS))
    return "".join(
        character if character.isascii() or character in BUNDLED_FONT_EXTRAS else "?"
        for character in folded
        if not unicodedata.combining(character)
    )


def _wrap(text, font, width):
    """Break text into lines no wider than width, at spaces, and inside words too long for one."""
    lines = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        lines.append("")
        for character in word:
            if lines[-1] and font.getlength(lines[-1] + character) > width:
                lines.append("")
            lines[-1] += character
    return lines


def _fit(text, *, sizes, width, height, max_lines):
    """Return a font and the lines of text at the largest size that fits the box, the last
    line cut short with an ellipsis if even the smallest does not."""
    for size in sizes:
        font = _font(size)
        lines = _wrap(text, font, width)
        if len(lines) <= max_lines and len(lines) * _line_height(font) <= height:
            return font, lines
    lines = lines[: max(1, min(max_lines, height // _line_height(font)))]
    while lines[-1] and font.getlength(lines[-1] + "…") > width:
        lines[-1] = lines[-1][:-1]
    lines[-1] = lines[-1].rstrip() + "…"
    return font, lines


def _line_height(font):
    return round(font.size * 1.18)


def draw_share_card(*, kind, title, subtitle="", accent=0):
    """Return a 1200x630 PNG naming a page's subject (title) and what it is (kind), in one of
    the posters' accent colours (any integer picks one)."""
    width, height = CARD_SIZE
    accent = accent_for(accent)
    kind, title, subtitle = _drawable(kind), _drawable(title), _drawable(subtitle)
    image = Image.new("RGB", CARD_SIZE, GROUND)
    draw = ImageDraw.Draw(image)
    draw_wash(draw, CARD_SIZE, accent)

    heading_line = _drawable(heading()).upper()
    draw.text((MARGIN, 64), heading_line, font=_font(26), fill=MUTED)
    draw.text((MARGIN, 102), kind.upper(), font=_font(26), fill=accent)

    # The bullet's trail, as on the posters, along the top of the title.
    draw_trail(draw, left=MARGIN, y=176, steps=60, step=16, accent=accent, head=(22, 8))

    text_width = width - 2 * MARGIN
    subtitle_font = _font(34)
    subtitle_lines = _wrap(subtitle, subtitle_font, text_width)
    # The title fills what the subtitle leaves between the trail and the site's name.
    title_height = TEXT_BOTTOM - TEXT_TOP - (_line_height(subtitle_font) + 12) * bool(subtitle)
    font, lines = _fit(
        title.upper(),
        sizes=TITLE_SIZES,
        width=text_width,
        height=title_height,
        max_lines=TITLE_MAX_LINES,
    )
    y = TEXT_TOP
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=INK, stroke_width=2, stroke_fill=INK)
        y += _line_height(font)
    if subtitle_lines:
        line = subtitle_lines[0] + ("…" if len(subtitle_lines) > 1 else "")
        draw.text((MARGIN, y + 12), line, font=subtitle_font, fill=MUTED)

    draw.text((MARGIN, height - 84), "bulletsite", font=_font(32), fill=INK)
    draw.rectangle([0, height - 14, width, height], fill=accent)

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def share_card(*, kind, title, subtitle="", accent=0):
    """Return (digest, PNG) of a card, drawn only if the shared cache does not hold it yet."""
    # The heading is among the words: each language's card is drawn and kept apart.
    words = "\x1f".join(
        [DRAWING_VERSION, heading(), kind, title, subtitle, str(accent % len(ACCENTS))]
    )
    digest = hashlib.sha256(words.encode()).hexdigest()[:32]
    key = f"sharecards:{digest}"
    cache = caches[settings.PAGE_CACHE_ALIAS]  # the pages' cache: cards are drawn again at will
    png = cache.get(key)
    if png is None:
        png = draw_share_card(kind=kind, title=title, subtitle=subtitle, accent=accent)
        cache.set(key, png, timeout=settings.PAGE_CACHE_SECONDS)
    return digest, png

"""Title-card posters drawn with Pillow, for films that have no poster of their own."""

import io
import textwrap

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from sharecards.artwork import GROUND, INK, MUTED, accent_for, draw_trail, draw_wash

POSTER_SIZE = (600, 900)


def _font(size):
    # Pillow's bundled scalable font: no system font is needed on a fresh machine.
    return ImageFont.load_default(size=size)


def draw_title_card(*, title, original_title="", year=None, position=1):
    """Return a PNG title card for a film as a ContentFile ready for an ImageField."""
    width, height = POSTER_SIZE
    accent = accent_for(position - 1)
    image = Image.new("RGB", POSTER_SIZE, GROUND)
    draw = ImageDraw.Draw(image)
    draw_wash(draw, POSTER_SIZE, accent)
    trail_y = round(height * 0.38)
    draw_trail(draw, left=60, y=trail_y, steps=44, step=10, accent=accent, head=(20, 7))

    draw.text((60, 90), "THE LOST BULLET TRILOGY", font=_font(22), fill=MUTED)
    draw.text((60, 122), f"PART {position}", font=_font(22), fill=accent)

    lines = textwrap.wrap(title.upper(), width=11)
    y = round(height * 0.46)
    for line in lines:
        draw.text((60, y), line, font=_font(78), fill=INK, stroke_width=2, stroke_fill=INK)
        y += 92
    if original_title:
        draw.text((60, y + 8), original_title, font=_font(34), fill=MUTED)
    if year:
        draw.text((60, height - 100), str(year), font=_font(30), fill=INK)
    draw.rectangle([0, height - 12, width, height], fill=accent)

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ContentFile(buffer.getvalue())


def film_poster_generate(*, film):
    """Give a film without a poster a title card, stored like an uploaded poster."""
    if film.poster:
        return False
    card = draw_title_card(
        title=film.title,
        original_title=film.original_title,
        year=film.year,
        position=film.series_position,
    )
    # Named, so that the ImageField reads the card's width and height as it is stored.
    card.name = f"{film.slug}.png"
    film.poster.save(card.name, card, save=True)
    return True

"""Responsive poster thumbnails, made with Pillow once per width and kept in storage."""

import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

THUMBNAIL_WIDTHS = (160, 320, 480)


def _thumbnail_name(poster_name, width):
    path = PurePosixPath(poster_name)
    # The poster's own name is part of the thumbnail's, so a new upload never reuses old ones.
    return str(path.parent / "thumbnails" / f"{path.stem}-{width}w.webp")


def poster_sources(film):
    """Return (url, width, height) for each thumbnail of the film's poster, smallest first."""
    if not film.poster or not film.poster_width:
        return []
    sources = []
    for width in THUMBNAIL_WIDTHS:
        if width >= film.poster_width:
            break
        height = round(film.poster_height * width / film.poster_width)
        name = _thumbnail_name(film.poster.name, width)
        if not default_storage.exists(name):
            default_storage.save(name, _resize(film.poster, width, height))
        sources.append((default_storage.url(name), width, height))
    sources.append((film.poster.url, film.poster_width, film.poster_height))
    return sources


def _resize(poster, width, height):
    with poster.open("rb"), Image.open(poster) as image:
        thumbnail = image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    thumbnail.save(buffer, format="WEBP", quality=82)
    return ContentFile(buffer.getvalue())

"""Responsive poster thumbnails, made with Pillow when a poster is saved and kept in storage."""

import io
import logging
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from films.validators import POSTER_FORMATS

THUMBNAIL_WIDTHS = (160, 320, 480)

logger = logging.getLogger(__name__)


def _thumbnail_name(poster_name, width):
    path = PurePosixPath(poster_name)
    # The poster's own name is part of the thumbnail's, so a new upload never reuses old ones.
    return str(path.parent / "thumbnails" / f"{path.stem}-{width}w.webp")


def _thumbnail_sizes(film):
    """Yield (width, height, storage name) for each thumbnail narrower than the poster."""
    if not film.poster or not film.poster_width or not film.poster_height:
        return
    for width in THUMBNAIL_WIDTHS:
        if width >= film.poster_width:
            break
        height = round(film.poster_height * width / film.poster_width)
        yield width, height, _thumbnail_name(film.poster.name, width)


def poster_thumbnails_make(film):
    """Make the film's missing poster thumbnails; return the names of those it made.

    A poster that cannot be decoded gets none, and the pages show the poster itself.
    """
    made = []
    for width, height, name in _thumbnail_sizes(film):
        if default_storage.exists(name):
            continue
        try:
            thumbnail = _resize(film.poster, width, height)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            logger.warning("Poster %s of %r cannot be thumbnailed.", film.poster.name, film)
            break
        made.append(default_storage.save(name, thumbnail))
    return made


def poster_sources(film):
    """Return (url, width, height) for the film's poster and its stored thumbnails, smallest first.

    Only looks in storage: a page render never decodes an image.
    """
    if not film.poster or not film.poster_width or not film.poster_height:
        return []
    sources = [
        (default_storage.url(name), width, height)
        for width, height, name in _thumbnail_sizes(film)
        if default_storage.exists(name)
    ]
    sources.append((film.poster.url, film.poster_width, film.poster_height))
    return sources


def _resize(poster, width, height):
    with poster.open("rb"), Image.open(poster, formats=POSTER_FORMATS) as image:
        thumbnail = image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    thumbnail.save(buffer, format="WEBP", quality=82)
    return ContentFile(buffer.getvalue())

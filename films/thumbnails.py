"""What Pillow does to posters: an upload re-encoded before it is stored, responsive thumbnails
made when a poster is saved and kept in storage, and both removed when a poster is replaced."""

import io
import logging
import warnings
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import ExifTags, Image, ImageOps

from films.validators import POSTER_FORMATS

THUMBNAIL_WIDTHS = (160, 320, 480)

logger = logging.getLogger(__name__)


def _thumbnail_name(poster_name, width):
    path = PurePosixPath(poster_name)
    # The poster's own name is part of the thumbnail's, so a new upload never reuses old ones.
    return str(path.parent / "thumbnails" / f"{path.stem}-{width}w.webp")


def poster_reencode(upload):
    """Return a new poster file holding only the upload's decoded image, saved again in its own
    format under a name with that format's extension.

    Nothing of the uploaded bytes is stored as such: data appended after the image, comments and
    metadata (EXIF: the camera, the place) are left behind. The EXIF orientation is applied to
    the pixels first; the colour profile is kept, as it changes how the image looks. The upload
    has passed validate_poster_image, so it decodes.
    """
    upload.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(upload, formats=POSTER_FORMATS) as original:
            original.load()
            image_format = original.format
            options = {"icc_profile": original.info.get("icc_profile")}
            if image_format == "WEBP":
                lossless = original.info.get("lossless")
                options |= {"lossless": True} if lossless else {"quality": 90}
            image = original
            if original.getexif().get(ExifTags.Base.Orientation, 1) != 1:
                image = ImageOps.exif_transpose(original)
            if image_format == "JPEG" and image.mode not in ("L", "RGB", "CMYK"):
                image = image.convert("RGB")
            if image_format == "JPEG":
                # The upload's own quality tables, so no loss is compounded, unless turned.
                options["quality"] = "keep" if image is original else 90
            # Pillow writes what info holds (EXIF, XMP, a JPEG's comment): none of it is kept.
            image.info = {}
            buffer = io.BytesIO()
            image.save(buffer, format=image_format, **options)
    upload.seek(0)
    extension = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}[image_format]
    return ContentFile(buffer.getvalue(), name=f"poster{extension}")


def poster_files_delete(name):
    """Delete a poster's file and its thumbnails from storage."""
    for width in THUMBNAIL_WIDTHS:
        default_storage.delete(_thumbnail_name(name, width))
    default_storage.delete(name)


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

"""Checks on what editors upload, shared by the admin and any other form through the model."""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image

POSTER_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# The formats browsers show everywhere; Pillow is told to try no other parser.
POSTER_FORMATS = ["JPEG", "PNG", "WEBP"]


def validate_poster_size(poster):
    if getattr(poster, "_committed", True):
        return  # Already stored: it was checked when it was uploaded, and may have gone missing.
    if poster.size > settings.POSTER_MAX_BYTES:
        limit = settings.POSTER_MAX_BYTES // (1024 * 1024)
        raise ValidationError(
            _("A poster can be at most %(limit)s MB; this one is larger.") % {"limit": limit}
        )


def validate_poster_image(poster):
    """Refuse a new poster unless it decodes completely as a JPEG, PNG or WebP of sane size."""
    if getattr(poster, "_committed", True):
        return  # Already stored: it was checked when it was uploaded.
    upload = poster.file
    upload.seek(0)
    try:
        # Pillow warns of a decompression bomb only past its own, higher limit; ours is below.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(upload, formats=POSTER_FORMATS) as image:
                width, height = image.size
                if width * height > settings.POSTER_MAX_PIXELS:
                    megapixels = settings.POSTER_MAX_PIXELS // 1_000_000
                    raise ValidationError(
                        _(
                            "A poster can be at most %(megapixels)s megapixels; this one is "
                            "%(width)s × %(height)s pixels. Scale it down and upload it again."
                        )
                        % {
                            "megapixels": megapixels,
                            "width": number_format(width, force_grouping=True),
                            "height": number_format(height, force_grouping=True),
                        }
                    )
                # verify() checks structure only; decoding every pixel finds truncated data.
                image.load()
    except Image.UnidentifiedImageError:
        raise ValidationError(_("Upload a JPEG, PNG or WebP image.")) from None
    except Image.DecompressionBombError:
        raise ValidationError(_("This image has far too many pixels to be a poster.")) from None
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This image is damaged or incomplete: export it again and upload the new file.")
        ) from None
    finally:
        upload.seek(0)

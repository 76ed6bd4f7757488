"""Reading a posture photo: upright as the camera meant it, refused clearly when it is not a photo.

Phones store a portrait photo sideways with an EXIF note to turn it; a landmark placed on the
unturned pixels would measure a standing person as lying down. Every size and coordinate in
Rebalance therefore refers to the photo after that turn.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from core.jsondoc import DocumentError

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_PIXELS = 80_000_000  # far beyond a phone's 48 MP; anything larger is refused, not decoded


class PhotoError(DocumentError):
    """A photo that cannot be read (bad input): names the file and why."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__("(file)", message, source)


def _open(path: Path) -> Image:
    from PIL import Image as PilImage
    from PIL import UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PilImage.DecompressionBombWarning)
            image = PilImage.open(path)
    except FileNotFoundError:
        raise PhotoError(str(path), "no such file") from None
    except UnidentifiedImageError:
        raise PhotoError(str(path), "is not a photo Rebalance can read (JPEG, PNG, WebP, BMP or TIFF)") from None
    except (PilImage.DecompressionBombWarning, PilImage.DecompressionBombError):
        raise PhotoError(str(path), "is too large a picture to read safely") from None
    except OSError as error:
        raise PhotoError(str(path), f"cannot be read: {error.strerror or error}") from None
    if image.width * image.height > MAX_PIXELS:
        raise PhotoError(str(path), f"is too large a picture ({image.width} × {image.height} pixels)")
    return image


def photo_size(path: Path) -> tuple[int, int]:
    """(width, height) of the photo once turned upright, read from its header alone."""
    image = _open(path)
    width, height = image.size
    try:
        orientation = image.getexif().get(0x0112, 1)
    except (OSError, ValueError, SyntaxError) as error:
        raise PhotoError(str(path), f"cannot be decoded: {error}") from None
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def load_photo(path: Path, longest: int | None = None) -> Image:
    """The photo decoded in RGB, turned upright; shrunk to ``longest`` pixels (for the detector) if given."""
    from PIL import ImageOps

    image = _open(path)
    try:
        if longest is not None:
            image.draft("RGB", (longest, longest))  # JPEG decodes straight to a smaller size: much faster
        upright = ImageOps.exif_transpose(image).convert("RGB")
        if longest is not None and max(upright.size) > longest:
            upright.thumbnail((longest, longest))
    except (OSError, ValueError, SyntaxError) as error:  # Pillow reports a truncated file in all three
        raise PhotoError(str(path), f"cannot be decoded: {error}") from None
    return upright

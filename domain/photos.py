"""Reading a user's garment photo safely: one RGB image, upright, small, or a clear PhotoError."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 512
# Only formats people upload as photos. Pillow would otherwise also try exotic decoders on an upload
# (EPS even runs Ghostscript), which is attack surface with no use to a stylist.
# JPEG covers phones' multi-picture JPEGs (MPO) too.
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "AVIF", "GIF", "BMP", "TIFF")
_WHAT_TO_DO = "Please upload a JPEG, PNG or WebP photo of the garment."


class PhotoError(ValueError):
    """A photo that cannot be read. `reason` (too_large, unreadable, damaged, missing, not_file,
    empty) and `name` let the chat say it in the person's language (prompts: photo_<reason>);
    `message` is the English line for the command line and the logs."""

    def __init__(self, message: str, reason: str, name: str) -> None:
        super().__init__(message)
        self.message, self.reason, self.name = message, reason, name


def load_photo(path: str | Path, *, max_side: int = MAX_SIDE) -> Image.Image:
    """The photo at `path` as an upright RGB image no larger than `max_side` on either side.

    Raises PhotoError for a missing, empty, non-image, corrupt or absurdly large file.
    """
    file = _existing_file(Path(path))
    try:
        with warnings.catch_warnings():
            # Image.open refuses more than twice Image.MAX_IMAGE_PIXELS but only warns above it once;
            # for an upload that warning is a bomb too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file, formats=PHOTO_FORMATS) as img:
                img.draft("RGB", (max_side, max_side))  # JPEG decodes at 1/2..1/8 scale: fast and small
                img.load()
                return _normalised(img, max_side)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError(f"{file.name} is too large to process. {_WHAT_TO_DO}", "too_large", file.name) from exc
    except UnidentifiedImageError as exc:
        raise PhotoError(f"{file.name} is not a photo I can read. {_WHAT_TO_DO}", "unreadable", file.name) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        # Pillow reports truncated and corrupt data as any of these, depending on the decoder;
        # the cause stays chained for the logs, the message stays plain for the user.
        raise PhotoError(f"{file.name} seems damaged or incomplete. {_WHAT_TO_DO}", "damaged", file.name) from exc


def _existing_file(file: Path) -> Path:
    if not file.exists():
        raise PhotoError(f"I can't find the photo {file.name}. Please upload it again.", "missing", file.name)
    if not file.is_file():
        raise PhotoError(f"{file.name} is not a file. {_WHAT_TO_DO}", "not_file", file.name)
    if file.stat().st_size == 0:
        raise PhotoError(f"{file.name} is empty (0 bytes). {_WHAT_TO_DO}", "empty", file.name)
    return file


def _normalised(img: Image.Image, max_side: int) -> Image.Image:
    upright = _upright(img)
    rgb = _to_rgb(upright)
    if rgb is img:
        rgb = img.copy()  # detach from the file, which the caller's `with` closes
    rgb.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return rgb


def _upright(img: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(img) or img
    except Exception:  # noqa: BLE001 - broken EXIF should not cost the user their photo
        return img


def _to_rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB":
        return img
    if img.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        return _high_depth_to_rgb(img)
    if img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in img.info:
        # Transparent areas are "no garment": white, like a studio background, not black.
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


def _high_depth_to_rgb(img: Image.Image) -> Image.Image:
    # convert("L") clips 16-bit values at 255, turning most of a 16-bit scan white; rescale instead.
    import numpy as np

    values = np.asarray(img, dtype=np.float64)
    top = float(values.max()) or 1.0
    grey = np.clip(values * (255.0 / top), 0, 255).astype(np.uint8)
    return Image.fromarray(grey).convert("RGB")

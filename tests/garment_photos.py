"""Garment photos drawn with PIL, shared by tests in several folders (import: `garment_photos`)."""

from __future__ import annotations

from pathlib import Path


def draw_garment(path: Path, colour: tuple[int, int, int], background=(245, 245, 245), size=(360, 480)) -> Path:
    """A shirt-shaped blob on a plain background, like a phone photo of a garment on a bed sheet."""
    from PIL import Image, ImageDraw

    w, h = size
    img = Image.new("RGB", size, background)
    outline = [(0.35 * w, 0.15 * h), (0.65 * w, 0.15 * h), (0.85 * w, 0.3 * h), (0.75 * w, 0.42 * h),
               (0.68 * w, 0.36 * h), (0.68 * w, 0.85 * h), (0.32 * w, 0.85 * h), (0.32 * w, 0.36 * h),
               (0.25 * w, 0.42 * h), (0.15 * w, 0.3 * h)]
    ImageDraw.Draw(img).polygon(outline, fill=colour)
    img.save(path, "JPEG", quality=92)
    return path

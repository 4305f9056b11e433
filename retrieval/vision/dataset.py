"""Garment images as compact uint8 arrays: real photos by class folder, catalogue thumbnails by kind.

Used by the training script (which caches the arrays on disk so epochs never decode a JPEG) and by
`stylist eval vision`. Nothing here reads a fixed location: callers pass the folders.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from domain.photos import load_photo
from retrieval.vision.labels import CATALOGUE_KIND_TO_LABEL, LABELS, PHOTO_CLASS_TO_LABEL
from retrieval.vision.preprocess import CACHE_SIDE, THUMB_SIDE, square_array

HOLDOUT_PERCENT = 15  # share of catalogue products kept out of training, chosen by a hash of the id
# Studio backgrounds of the catalogue shots are white or light grey: bright and colourless.
STUDIO_MIN, STUDIO_MAX_SPREAD, FILL_TOLERANCE = 160, 14, 16
FILL = (1, 254, 3)  # a marker colour no JPEG background has


@dataclass
class ImageSet:
    """images: uint8 (N, side, side, C); labels: index into LABELS (N,); names: file name or id."""

    images: np.ndarray
    labels: np.ndarray
    names: list[str]
    color_families: list[str] | None = None

    def save(self, path: Path) -> None:
        np.savez(path, images=self.images, labels=self.labels, names=np.array(self.names),
                 color_families=np.array(self.color_families or []))

    @classmethod
    def load(cls, path: Path) -> "ImageSet":
        with np.load(path) as data:
            families = [str(f) for f in data["color_families"]] or None
            return cls(data["images"], data["labels"], [str(n) for n in data["names"]], families)


def is_catalogue_holdout(product_id: str) -> bool:
    """Whether a catalogue product is in the held-out part (stable across runs and machines)."""
    digest = hashlib.sha256(str(product_id).encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HOLDOUT_PERCENT


def load_photo_folder(split_dir: Path, side: int = CACHE_SIDE) -> ImageSet:
    """Every <class>/<file>.jpg under split_dir whose class maps to a label, sorted for determinism."""
    images, labels, names = [], [], []
    for class_dir in sorted(p for p in split_dir.iterdir() if p.is_dir()):
        label = PHOTO_CLASS_TO_LABEL.get(class_dir.name)
        if label is None:
            continue
        for file in sorted(class_dir.glob("*.jpg")):
            images.append(square_array(load_photo(file), side))
            labels.append(LABELS.index(label))
            names.append(f"{class_dir.name}/{file.name}")
    return ImageSet(np.stack(images), np.array(labels, dtype=np.int64), names)


def load_catalogue(parquet: Path, *, holdout: bool, all_kinds: bool = False) -> ImageSet:
    """Catalogue thumbnails (RGBA: alpha 255 = garment, 0 = studio background) of one part.

    With `all_kinds`, products whose kind has no label are kept too (label -1): the colour check uses
    every product, the kind check only the labelled ones.
    """
    import pandas as pd

    frame = pd.read_parquet(parquet, columns=["id", "name", "kind", "color_family", "image"])
    frame = frame[frame["id"].map(is_catalogue_holdout) == holdout]
    # Men's kurtas are filed as shirts in the catalogue but look like long tunics, not shirts.
    frame = frame[~frame["name"].str.contains("kurta", case=False)]
    if not all_kinds:
        frame = frame[frame["kind"].isin(CATALOGUE_KIND_TO_LABEL)]
    images = [_thumbnail_rgba(blob) for blob in frame["image"]]
    labels = [LABELS.index(CATALOGUE_KIND_TO_LABEL[k]) if k in CATALOGUE_KIND_TO_LABEL else -1 for k in frame["kind"]]
    return ImageSet(np.stack(images), np.array(labels, dtype=np.int64), [str(i) for i in frame["id"]],
                    list(frame["color_family"]))


def _thumbnail_rgba(blob: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(blob)) as img:
        rgb = square_array(img.convert("RGB"), THUMB_SIDE)
    return np.dstack([rgb, _garment_alpha(rgb)])


def _garment_alpha(rgb: np.ndarray) -> np.ndarray:
    """255 on the garment, 0 on the plain studio background (white or light grey) around it.

    A flood fill from the frame's pale neutral pixels, not a plain threshold, so a white shirt keeps
    its white inside and a product worn by a model on a coloured set is left whole.
    """
    # copy(): an image made by fromarray may share the array's read-only buffer, and the fill must write.
    canvas = Image.fromarray(rgb).copy()
    height, width = rgb.shape[:2]
    border = [(x, y) for x in range(width) for y in (0, height - 1)] + [(x, y) for y in range(height) for x in (0, width - 1)]
    for x, y in border:
        pixel = rgb[y, x].astype(int)
        if canvas.getpixel((x, y)) != FILL and pixel.min() >= STUDIO_MIN and np.ptp(pixel) <= STUDIO_MAX_SPREAD:
            ImageDraw.floodfill(canvas, (x, y), FILL, thresh=FILL_TOLERANCE)
    filled = (np.asarray(canvas) == FILL).all(axis=2)
    return np.where(filled, 0, 255).astype(np.uint8)


def catalogue_holdout(parquet: Path) -> list[tuple[str, str, str, Image.Image]]:
    """(id, kind, colour family, thumbnail) of every held-out catalogue product, thumbnails as shipped."""
    import pandas as pd

    frame = pd.read_parquet(parquet, columns=["id", "kind", "color_family", "image"])
    frame = frame[frame["id"].map(is_catalogue_holdout)]
    rows = []
    for product_id, kind, family, blob in frame.itertuples(index=False):
        with Image.open(io.BytesIO(blob)) as img:
            rows.append((str(product_id), str(kind), str(family), img.convert("RGB")))
    return rows

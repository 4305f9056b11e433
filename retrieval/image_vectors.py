"""Image vectors for visual search, behind one small protocol (`ImageEmbedder`).

The default, `ColourTextureEmbedder`, needs no model: a hand-made descriptor of a product picture,
computed in numpy in well under a millisecond per thumbnail. It has three parts, each L2-normalised
and then weighted:

* colour: a 4 x 6 x 6 CIELAB histogram (L x a x b) of the foreground pixels, square-rooted so the
  dot product of two of them is the Bhattacharyya coefficient of the colour distributions;
* texture: an 8-bin gradient-orientation histogram (unsigned, magnitude-weighted) in each cell of a
  3 x 4 grid over the lightness channel: stripes, checks, collars and seams;
* silhouette: the foreground mask at 6 x 8 cells: the outline tells trousers from a T-shirt.

The foreground is every pixel far (delta E > 12) from the picture's border colour; catalogue
thumbnails are shot on a plain background. A garment as pale as its background falls back to the
central part of the picture.

The garment CNN of `retrieval.vision` plugs in through `CnnImageEmbedder` (`build_image_embedder("cnn")`);
any other model only needs `name`, `dim` and `embed(images) -> (N, dim)` L2-normalised float32.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from domain.colors import rgb_to_lab

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

IMAGE_BACKENDS = ("colour", "cnn")

_WIDTH, _HEIGHT = 48, 64  # the 3:4 shape of catalogue thumbnails (60 x 80)
_LAB_BITS = 5
_LAB_LEVELS = 1 << _LAB_BITS
_L_BINS, _AB_BINS, _AB_RANGE = 4, 6, 60.0
_ORIENTATIONS, _TEXTURE_GRID = 8, (4, 3)  # rows x columns
_SILHOUETTE_GRID = (8, 6)
_FOREGROUND_DELTA_E = 12.0
_MIN_FOREGROUND = 0.05  # share of the picture; less means the garment blends into the background
# Chosen on 400 catalogue thumbnails (top 10 of 13k outfit pieces): colour alone finds the same
# colour family 43 % of the time and the same kind 26 %; these weights give 47 % and 62 %
# (chance: 9 % and 5 %). Texture or outline alone find the kind better (69 %, 64 %) but not the colour.
_WEIGHTS = {"colour": 1.0, "texture": 0.8, "silhouette": 0.8}


@runtime_checkable
class ImageEmbedder(Protocol):
    """Turns pictures into float32, L2-normalised vectors of shape (len(images), dim).

    `name` names the model (and its version): stored image vectors are reused only for the same name.
    """

    name: str
    dim: int

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray: ...


def load_image(source: str | Path | bytes | Image.Image) -> Image.Image:
    """An RGB picture from a path, JPEG/PNG bytes or a PIL image (raises OSError/ValueError if unreadable)."""
    from PIL import Image

    if isinstance(source, Image.Image):
        picture = source
    elif isinstance(source, (bytes, bytearray)):
        picture = Image.open(io.BytesIO(source))
    else:
        picture = Image.open(Path(source))
    picture.load()
    return picture.convert("RGB")


def _l2(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _fit(picture: Image.Image) -> np.ndarray:
    """The picture padded to 3:4 with its border colour and shrunk to 48 x 64: (64, 48, 3) uint8."""
    from PIL import Image

    picture = picture.convert("RGB")
    w, h = picture.size
    side_w, side_h = max(w, round(h * 3 / 4)), max(h, round(w * 4 / 3))
    if (side_w, side_h) != (w, h):  # catalogue thumbnails are 3:4 already
        rgb = np.asarray(picture)
        border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
        canvas = Image.new("RGB", (side_w, side_h), tuple(int(c) for c in np.median(border, axis=0)))
        canvas.paste(picture, ((side_w - w) // 2, (side_h - h) // 2))
        picture = canvas
    return np.asarray(picture.resize((_WIDTH, _HEIGHT), Image.Resampling.BILINEAR))


@lru_cache(maxsize=1)
def _lab_table() -> np.ndarray:
    """CIELAB of every sRGB colour at 5 bits per channel: a lookup is 20x faster than the maths,
    and a step of 8 levels is far finer than a histogram bin."""
    levels = np.arange(_LAB_LEVELS) * (256 // _LAB_LEVELS) + (256 // _LAB_LEVELS) // 2
    grid = np.stack(np.meshgrid(levels, levels, levels, indexing="ij"), axis=-1)
    return rgb_to_lab(grid).astype(np.float32)


def _to_lab(rgb: np.ndarray) -> np.ndarray:
    q = rgb >> (8 - _LAB_BITS)
    return _lab_table()[q[..., 0], q[..., 1], q[..., 2]]


def _foreground(lab: np.ndarray) -> np.ndarray:
    """Pixels unlike the border colour; the centre of the picture when too few are."""
    border = np.concatenate([lab[0], lab[-1], lab[:, 0], lab[:, -1]])
    mask = np.linalg.norm(lab - np.median(border, axis=0), axis=-1) > _FOREGROUND_DELTA_E
    if mask.mean() < _MIN_FOREGROUND:
        mask = np.zeros(mask.shape, dtype=bool)
        h, w = mask.shape
        mask[h // 6: h - h // 6, w // 6: w - w // 6] = True
    return mask


def _colour_part(lab: np.ndarray, mask: np.ndarray) -> np.ndarray:
    pixels = lab[mask]
    l_bin = np.clip((pixels[:, 0] / 100.0 * _L_BINS).astype(int), 0, _L_BINS - 1)
    ab = np.clip(((pixels[:, 1:] + _AB_RANGE) / (2 * _AB_RANGE) * _AB_BINS).astype(int), 0, _AB_BINS - 1)
    index = (l_bin * _AB_BINS + ab[:, 0]) * _AB_BINS + ab[:, 1]
    histogram = np.bincount(index, minlength=_L_BINS * _AB_BINS * _AB_BINS).astype(np.float64)
    return _l2(np.sqrt(histogram / max(len(pixels), 1)))


def _cells(values: np.ndarray, grid: tuple[int, int]) -> np.ndarray:
    """Sum of values (H, W, ...) over a rows x columns grid of equal cells."""
    rows, cols = grid
    h, w = values.shape[:2]
    return values.reshape(rows, h // rows, cols, w // cols, *values.shape[2:]).sum(axis=(1, 3))


@lru_cache(maxsize=1)
def _texture_cells() -> np.ndarray:
    """For each pixel of the 48 x 64 picture, the first histogram bin of its grid cell."""
    rows, cols = _TEXTURE_GRID
    r = np.arange(_HEIGHT)[:, None] * rows // _HEIGHT
    c = np.arange(_WIDTH)[None, :] * cols // _WIDTH
    return (r * cols + c) * _ORIENTATIONS


def _texture_part(lightness: np.ndarray) -> np.ndarray:
    gy, gx = np.gradient(lightness)
    magnitude = np.hypot(gx, gy)
    angle = np.mod(np.arctan2(gy, gx), np.pi)  # unsigned: a dark-to-light edge is the same edge
    bins = np.minimum((angle * (_ORIENTATIONS / np.pi)).astype(np.intp), _ORIENTATIONS - 1)
    size = _ORIENTATIONS * _TEXTURE_GRID[0] * _TEXTURE_GRID[1]
    return _l2(np.bincount((_texture_cells() + bins).ravel(), weights=magnitude.ravel(), minlength=size))


def _silhouette_part(mask: np.ndarray) -> np.ndarray:
    return _l2(_cells(mask.astype(np.float64), _SILHOUETTE_GRID).ravel())


class ColourTextureEmbedder:
    """The model-free default: colour histogram + gradient texture + silhouette (see the module doc)."""

    name = "colour-texture-v1"
    dim = _L_BINS * _AB_BINS * _AB_BINS + _ORIENTATIONS * _TEXTURE_GRID[0] * _TEXTURE_GRID[1] \
        + _SILHOUETTE_GRID[0] * _SILHOUETTE_GRID[1]

    def describe(self, picture: Image.Image) -> np.ndarray:
        """One picture's float32 descriptor of length `dim`, L2-normalised."""
        lab = _to_lab(_fit(picture))
        mask = _foreground(lab)
        parts = (
            _WEIGHTS["colour"] * _colour_part(lab, mask),
            _WEIGHTS["texture"] * _texture_part(lab[..., 0]),
            _WEIGHTS["silhouette"] * _silhouette_part(mask),
        )
        return _l2(np.concatenate(parts)).astype(np.float32)

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray:
        if len(images) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.describe(picture) for picture in images])


class CnnImageEmbedder:
    """The garment CNN of `retrieval.vision` as an image embedder (its pooled penultimate layer).

    The name carries a hash of the weights, so a retrained model re-embeds the catalogue on the
    next ingest instead of mixing old and new vectors.
    """

    def __init__(self, classifier: object | None = None) -> None:
        self._classifier = classifier
        self._dim: int | None = None
        self._name: str | None = None

    def _load(self):
        if self._classifier is None:
            from retrieval.vision.classifier import default_classifier

            self._classifier = default_classifier()
        load = getattr(self._classifier, "load", None)
        return load() if callable(load) else self._classifier

    @property
    def name(self) -> str:
        if self._name is None:
            weights = getattr(self._load(), "weights", None)
            digest = hashlib.sha1(Path(weights).read_bytes()).hexdigest()[:12] if weights else "custom"
            self._name = f"garment-cnn:{digest}"
        return self._name

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self._load().embed([_blank()]).shape[1])
        return self._dim

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray:
        if len(images) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.ascontiguousarray(self._load().embed(list(images)), dtype=np.float32)


def _blank() -> Image.Image:
    from PIL import Image

    return Image.new("RGB", (60, 80), (255, 255, 255))


def build_image_embedder(backend: str = "colour") -> ImageEmbedder:
    """The image embedder for a backend name; a CNN that cannot load logs one line and falls back."""
    if backend not in IMAGE_BACKENDS:
        raise ValueError(f"unknown image embedder {backend!r}; choose one of {', '.join(IMAGE_BACKENDS)}")
    if backend == "cnn":
        try:
            embedder = CnnImageEmbedder()
            _ = embedder.dim, embedder.name  # load now: a broken model shows at start-up, not mid-search
            return embedder
        except Exception as error:  # noqa: BLE001 - any failure to load means: use the default
            log.warning("garment CNN image embedder unavailable, using the colour/texture descriptor: %s", error)
    return ColourTextureEmbedder()

"""Is this photo one garment? The kind net's embedding of the photo, against centroids of real
garment photos and catalogue pieces (data/vision/garment_gate.npz, built and measured by
scripts/build_garment_gate.py). A screenshot, a chart or a picture of several garments lies far from
all of them; the kind net alone would still name a kind for it, confidently.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image

GATE = Path(__file__).resolve().parents[2] / "data" / "vision" / "garment_gate.npz"


def nearest_similarity(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Cosine similarity of each (L2-normalised) vector to its nearest centroid."""
    return np.max(vectors @ centroids.astype(np.float32).T, axis=1)


@lru_cache(maxsize=1)
def _gate(path: Path = GATE) -> tuple[np.ndarray, float] | None:
    if not path.is_file():
        return None
    data = np.load(path)
    return data["centroids"].astype(np.float32), float(data["threshold"])


PLAIN_STD = 12.0  # grey levels: below this the picture is one flat colour, and tells nothing


def too_plain_to_tell(image: Image.Image) -> bool:
    """A nearly flat picture (a white shirt shot on a white sheet, a colour swatch): the gate cannot
    tell, so it lets it through and the kind question decides."""
    return float(np.asarray(image.convert("L"), dtype=np.float32).std()) < PLAIN_STD


def looks_like_one_garment(image: Image.Image, embed=None) -> bool:
    """True unless the photo is clearly not one garment; True as well when no gate is shipped."""
    gate = _gate()
    if gate is None or too_plain_to_tell(image):
        return True
    if embed is None:
        from retrieval.vision.classifier import default_classifier

        embed = default_classifier().embed
    centroids, threshold = gate
    return bool(nearest_similarity(embed([image]), centroids)[0] >= threshold)

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
# Several garments side by side sit near single ones: a head of their own reads them.
SEVERAL = GATE.with_name("several_garments.npz")


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


@lru_cache(maxsize=1)
def _several(path: Path = SEVERAL) -> tuple[np.ndarray, float, float] | None:
    if not path.is_file():
        return None
    data = np.load(path)
    return data["weights"].astype(np.float32), float(data["bias"]), float(data["threshold"])


def looks_like_one_garment(image: Image.Image, embed=None) -> bool:
    """True unless the photo is clearly not one garment (nothing garment-like, or several garments);
    True as well when no gate is shipped."""
    gate = _gate()
    if gate is None or too_plain_to_tell(image):
        return True
    if embed is None:
        from retrieval.vision.classifier import default_classifier

        embed = default_classifier().embed
    centroids, threshold = gate
    vector = embed([image])
    if nearest_similarity(vector, centroids)[0] < threshold:
        return False
    several = _several()
    if several is None:
        return True
    weights, bias, cut = several
    return float(1.0 / (1.0 + np.exp(-(vector[0] @ weights + bias)))) < cut

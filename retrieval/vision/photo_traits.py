"""What a product photo says that its name does not: is the shoe open, is the top printed, are the
sleeves short.

Most "Heels" and "Flats" of the catalogue are strappy sandals whose names never say so ("Catwalk
Women Grey Heels"), and many tops carry a graphic or a print under a plain name ("Myntra Men Surf
Off White T-shirt"). A stylist keeps open shoes out of fall and winter and prints out of minimal
looks. Logistic heads on the kind net's embedding (data/vision/<head>.npz, trained and measured by
scripts/build_photo_traits.py on the products whose names do say it) read the rest from the photo.
Used when the demo catalogue is built, so the answer is stored with the product's traits.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from PIL import Image

HEADS_DIR = Path(__file__).resolve().parents[2] / "data" / "vision"
HEADS = ("open_shoe", "printed", "short_sleeve")

Embed = Callable[[Sequence[Image.Image]], np.ndarray]


def head_path(head: str) -> Path:
    return HEADS_DIR / f"{head}.npz"


@lru_cache(maxsize=len(HEADS))
def _head(head: str) -> tuple[np.ndarray, float, float]:
    data = np.load(head_path(head))
    return data["weights"].astype(np.float32), float(data["bias"]), float(data["threshold"])


def probability(vectors: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """P(yes) for L2-normalised embeddings under a logistic head."""
    return 1.0 / (1.0 + np.exp(-(vectors @ weights + bias)))


def read_photos(head: str, images: Sequence[Image.Image], embed: Embed | None = None) -> list[bool]:
    """For each photo, whether the head sees its trait ("open_shoe": a sandal, a slide, a strappy
    heel; "printed": a graphic, a print, a check; "short_sleeve": bare forearms)."""
    if not images:
        return []
    if embed is None:
        from retrieval.vision.classifier import default_classifier

        embed = default_classifier().embed
    return read_vectors(head, embed(images))


# A dress shirt is read short-sleeved on less evidence: short sleeves under a blazer are the worst
# mistake at an interview or a wedding, while a long-sleeved shirt read short only leaves the dressy
# looks (folded shirts hide their sleeves, and the head is least sure of them).
DRESS_SHIRT_SHORT_SLEEVE = 0.2


def read_vectors(head: str, vectors: np.ndarray, threshold: float | None = None) -> list[bool]:
    """`read_photos` for photos already embedded by the kind net (one embedding serves every head);
    `threshold`: the probability that says yes, where not the head's own."""
    weights, bias, own = _head(head)
    cut = own if threshold is None else threshold
    return [bool(p >= cut) for p in probability(vectors, weights, bias)]

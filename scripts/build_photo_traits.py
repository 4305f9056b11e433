"""Build the photo-trait heads of data/vision/: logistic heads on the kind net's embedding that read
from a product photo what its name does not say.

    .venv/bin/python scripts/build_photo_traits.py [--heads open_shoe printed]

- open_shoe.npz: an open shoe (sandal, strappy heel) or a closed one, for heels and flats. Trained
  on women's and unisex shoes (trainers aside) whose names or kinds say it ("Sandals", "Peep Toes"
  open; "Pumps", "Ballerinas", "Casual Shoes", boots closed). The threshold keeps OPEN_RECALL of
  the open shoes out of fall and winter looks.
- short_sleeve.npz: bare forearms (short sleeves) or long sleeves, for shirts and blouses, whose names
  never say. Trained on tees and polos (short) and knits (long), and names that say the sleeve
  length; only a confident reading counts, as for prints: a dress shirt read as short-sleeved would
  leave interview looks.
- printed.npz: a printed top or dress (graphic, print, check, logo) or a plain one. Trained on the
  tops and dresses whose names say "Printed", "Graphic", "Checked"... or "Solid", "Plain". Only a
  confident reading counts (PRINTED_PRECISION on held-out labelled pieces, as if printed and plain
  were equally common): a plain tee wrongly read
  as printed would leave minimal looks.

Five-fold cross-validation picks each threshold and reports what it keeps. Trained on the demo
catalogue's own photos and names; run it after retraining the kind net, then
scripts/build_demo_catalog.py.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from domain.traits import CLOSED_SHOE_RE, PATTERN_RE, PLAIN_NAME_RE, SLEEVE_LENGTH_RE, traits_from  # noqa: E402
from retrieval.vision.classifier import default_classifier  # noqa: E402
from retrieval.vision.photo_traits import HEADS, head_path, probability  # noqa: E402

OPEN_RECALL, PRINTED_PRECISION = 0.99, 0.92
FOLDS, L2, STEPS, RATE = 5, 1e-3, 3000, 0.5
PARQUET = REPO / "data" / "catalog" / "demo_catalog.parquet"


def _open_shoe_label(row) -> int | None:
    if row.slot != "shoes" or row.gender not in ("women", "unisex") or row.kind == "sneakers":
        return None
    if row.kind == "sandals" or traits_from(row.kind, None, row.name).warmth == "light":
        return 1
    return 0 if row.kind in ("shoes", "boots") or CLOSED_SHOE_RE.search(row.name) else None


def _printed_label(row) -> int | None:
    if row.slot not in ("top", "onepiece"):
        return None
    if PATTERN_RE.search(row.name):
        return 1
    return 0 if PLAIN_NAME_RE.search(row.name) else None


def _short_sleeve_label(row) -> int | None:
    """Tees and polos have short sleeves, knits long ones, unless their names say otherwise: what the
    head learns is bare forearms, which it then reads on shirts and blouses (whose names never say)."""
    if row.slot != "top":
        return None
    said = SLEEVE_LENGTH_RE.search(row.name)
    if said:
        return int(said.group(0).lower().startswith(("short", "half", "cap")))
    if row.kind in ("tshirt", "polo"):
        return 1
    return 0 if row.kind in ("sweater", "sweatshirt", "longsleeve") else None


LABELS: dict[str, Callable] = {"open_shoe": _open_shoe_label, "printed": _printed_label,
                               "short_sleeve": _short_sleeve_label}


def labelled(head: str) -> tuple[list[Image.Image], np.ndarray]:
    """Photos of the products whose names say the trait (1) or its absence (0)."""
    import pandas as pd

    frame = pd.read_parquet(PARQUET, columns=["kind", "slot", "gender", "name", "image"])
    images, labels = [], []
    for row in frame.itertuples():
        label = LABELS[head](row)
        if label is not None:
            images.append(Image.open(io.BytesIO(row.image)).convert("RGB"))
            labels.append(label)
    return images, np.array(labels)


def fit(vectors: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, float]:
    """Class-balanced L2 logistic regression by full-batch gradient descent."""
    weights, bias = np.zeros(vectors.shape[1], dtype=np.float64), 0.0
    balance = np.where(labels == 1, 0.5 / labels.mean(), 0.5 / (1 - labels.mean()))
    for _ in range(STEPS):
        error = (probability(vectors, weights, bias) - labels) * balance
        weights -= RATE * (vectors.T @ error / len(labels) + L2 * weights)
        bias -= RATE * float(error.mean())
    return weights.astype(np.float32), float(bias)


def cross_validated(vectors: np.ndarray, labels: np.ndarray, seed: int = 0) -> np.ndarray:
    folds = np.random.default_rng(seed).integers(0, FOLDS, len(labels))
    scores = np.zeros(len(labels))
    for fold in range(FOLDS):
        held = folds == fold
        weights, bias = fit(vectors[~held], labels[~held])
        scores[held] = probability(vectors[held], weights, bias)
    return scores


def threshold_for(head: str, scores: np.ndarray, labels: np.ndarray) -> float:
    """open_shoe: the recall threshold; the others: the lowest confident one (PRINTED_PRECISION)."""
    if head == "open_shoe":  # recall first: an open shoe in winter is the mistake a stylist sees
        return float(np.quantile(scores[labels == 1], 1 - OPEN_RECALL))
    for candidate in np.linspace(0.5, 0.99, 50):  # precision first: the lowest confident threshold
        if balanced_precision(scores >= candidate, labels) >= PRINTED_PRECISION:
            return float(candidate)
    return 0.99


def balanced_precision(said: np.ndarray, labels: np.ndarray) -> float:
    """Precision as if printed and plain pieces were equally common: the names that say "Printed"
    outnumber those that say "Solid" four to one, the unnamed ones do not."""
    recall, false_rate = said[labels == 1].mean(), said[labels == 0].mean()
    return float(recall / (recall + false_rate)) if recall + false_rate else 0.0


def build(head: str) -> dict:
    images, labels = labelled(head)
    vectors = default_classifier().embed(images).astype(np.float64)
    scores = cross_validated(vectors, labels)
    threshold = threshold_for(head, scores, labels)
    said = scores >= threshold
    weights, bias = fit(vectors, labels)
    np.savez(head_path(head), weights=weights, bias=np.float32(bias), threshold=np.float32(threshold))
    return {"head": head, "labelled": len(labels), "yes": int(labels.sum()), "threshold": round(threshold, 3),
            "recall": round(float(said[labels == 1].mean()), 3),
            "balanced_precision": round(balanced_precision(said, labels), 3),
            "no_kept": round(float((~said[labels == 0]).mean()), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heads", nargs="+", choices=HEADS, default=list(HEADS))
    args = parser.parse_args(argv)
    for head in args.heads:
        print(json.dumps(build(head)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

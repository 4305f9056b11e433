"""`stylist eval vision`: how well garment photos are read, measured through the real inference path.

- kind: top-1 accuracy and macro-F1 on the real-photo validation split (clothing-dataset-small, its
  ten classes), plus accuracy on the held-out part of the catalogue thumbnails;
- confidence: how often answers above KIND_CONFIDENCE_THRESHOLD are right, and how many clear it;
- colour: agreement of `dominant_colour` with the catalogue's colour family on held-out thumbnails.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

PRECISION_TARGET = 0.95
THRESHOLD_GRID = np.round(np.arange(0.30, 0.991, 0.01), 2)


def choose_threshold(probabilities: np.ndarray, labels: np.ndarray, target: float = PRECISION_TARGET) -> tuple[float, float, float]:
    """(threshold, precision above it, share of answers above it) for top-1 confidences.

    The threshold is the lowest on a 0.01 grid from which *every* higher threshold also keeps
    precision >= target, so one lucky bin cannot pull it down; it is then rounded up to 0.05 for
    a margin, because validation holds only a few hundred photos.
    """
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == labels
    chosen = float(THRESHOLD_GRID[-1])
    for t in THRESHOLD_GRID[::-1]:
        above = confidence >= t
        if above.sum() and correct[above].mean() < target:
            break
        chosen = float(t)
    chosen = min(0.95, float(np.ceil(chosen * 20 - 1e-9) / 20))
    above = confidence >= chosen
    precision = float(correct[above].mean()) if above.any() else 1.0
    return chosen, round(precision, 4), round(float(above.mean()), 4)


def macro_f1(predicted: np.ndarray, truth: np.ndarray, n_classes: int) -> float:
    scores = []
    for k in range(n_classes):
        tp = int(((predicted == k) & (truth == k)).sum())
        fp, fn = int(((predicted == k) & (truth != k)).sum()), int(((predicted != k) & (truth == k)).sum())
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


class EvalDataMissing(FileNotFoundError):
    """The evaluation photos are not where --data points (a user's clone has no ../shared)."""


def run_vision_eval(data_dir: Path, catalog: Path, classifier=None) -> dict[str, Any]:
    """Every measured number of `stylist eval vision`, as one JSON-ready dict."""
    from retrieval.vision.classifier import KIND_CONFIDENCE_THRESHOLD, default_classifier

    split = Path(data_dir) / "clothing-dataset-small" / "validation"
    if not split.is_dir():
        raise EvalDataMissing(f"no real-photo validation split at {split} (pass --data DIR holding clothing-dataset-small/)")
    started = time.perf_counter()
    classifier = classifier or default_classifier()
    if hasattr(classifier, "load"):
        classifier.load()
    load_s = time.perf_counter() - started
    photos = _photo_eval(split, classifier, KIND_CONFIDENCE_THRESHOLD)
    catalogue = _catalogue_eval(catalog, classifier)
    return {"target": "vision", "backend": type(classifier).__name__, "load_s": round(load_s, 3),
            "kind_confidence_threshold": KIND_CONFIDENCE_THRESHOLD, **photos, **catalogue}

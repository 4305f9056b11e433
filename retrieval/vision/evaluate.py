"""`stylist eval vision`: how well garment photos are read, measured through the real inference path.

- kind: top-1 accuracy and macro-F1 on the real-photo validation split (clothing-dataset-small, its
  ten classes), plus accuracy on the held-out part of the catalogue thumbnails;
- confidence: how often answers above KIND_CONFIDENCE_THRESHOLD are right, and how many clear it;
- colour: agreement of the answered colour family with the catalogue's on held-out thumbnails (all
  products, and garments apart), and, as the yardstick, how often a person agrees with those same
  labels on a sample they named blind (data/vision/colour_reference.json).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from retrieval.vision.classifier import KindClassifier

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
    """The evaluation photos are not where --data points."""


def run_vision_eval(data_dir: Path, catalog: Path, load_classifier: Callable[[], KindClassifier],
                    reference: Path | None = None) -> dict[str, Any]:
    """Every measured number of `stylist eval vision`, as one JSON-ready dict.

    `load_classifier` builds the backend the caller chose (the app: from its settings); it is called
    here so that `load_s` measures it, and only once the photos are found.
    """
    from retrieval.vision.classifier import KIND_CONFIDENCE_THRESHOLD

    split = Path(data_dir) / "clothing-dataset-small" / "validation"
    if not split.is_dir():
        raise EvalDataMissing(f"no real-photo validation split at {split} (pass --data DIR holding clothing-dataset-small/)")
    started = time.perf_counter()
    classifier = load_classifier()
    if hasattr(classifier, "load"):  # a backend that loads lazily is timed loading, not on its first photo
        classifier.load()
    load_s = time.perf_counter() - started
    photos = _photo_eval(split, classifier, KIND_CONFIDENCE_THRESHOLD)
    catalogue = _catalogue_eval(catalog, classifier, reference or COLOUR_REFERENCE)
    return {"target": "vision", "backend": type(classifier).__name__, "load_s": round(load_s, 3),
            "kind_confidence_threshold": KIND_CONFIDENCE_THRESHOLD, **photos, **catalogue}


def _photo_class(kind: str | None) -> str | None:
    """The real-photo class a predicted vocabulary kind counts as (None: none of the ten)."""
    from retrieval.vision.labels import CATALOGUE_KIND_TO_LABEL, LABEL_TO_PHOTO_CLASS

    return LABEL_TO_PHOTO_CLASS.get(CATALOGUE_KIND_TO_LABEL.get(kind or "", ""))


def _photo_eval(split: Path, classifier, threshold: float) -> dict[str, Any]:
    """Kind accuracy, macro-F1, per-class counts and confidence checks over the validation photos,
    each read through analyze_photo exactly as `stylist analyze` does (so its time is measured too)."""
    from retrieval.vision.analyze import analyze_photo
    from retrieval.vision.labels import PHOTO_CLASS_TO_LABEL

    classes = sorted(PHOTO_CLASS_TO_LABEL)
    truth, predicted, confidence, millis = [], [], [], []
    for class_name in classes:
        for file in sorted((split / class_name).glob("*.jpg")):
            started = time.perf_counter()
            analysis = analyze_photo(file, classifier)
            millis.append((time.perf_counter() - started) * 1000)
            truth.append(classes.index(class_name))
            guess = _photo_class(analysis.kind)
            predicted.append(classes.index(guess) if guess in classes else -1)
            confidence.append(analysis.confidence)
    truth_a, predicted_a, confidence_a = np.array(truth), np.array(predicted), np.array(confidence)
    correct = truth_a == predicted_a
    above = confidence_a >= threshold
    per_class = {name: {"n": int((truth_a == k).sum()), "correct": int(correct[truth_a == k].sum()),
                        "predicted": int((predicted_a == k).sum())} for k, name in enumerate(classes)}
    return {
        "n": int(len(truth_a)), "accuracy": round(float(correct.mean()), 4),
        "macro_f1": round(macro_f1(predicted_a, truth_a, len(classes)), 4), "per_class": per_class,
        "precision_above_threshold": round(float(correct[above].mean()), 4) if above.any() else None,
        "coverage_above_threshold": round(float(above.mean()), 4),
        "analyze_ms_p50": round(float(np.percentile(millis, 50)), 1),
        "analyze_ms_p95": round(float(np.percentile(millis, 95)), 1),
    }


GARMENT_SLOTS = frozenset({"top", "outerwear", "bottom", "onepiece", "shoes"})
COLOUR_REFERENCE = Path(__file__).resolve().parents[2] / "data" / "vision" / "colour_reference.json"


@dataclass(frozen=True)
class _Reading:
    """One held-out product as read: its labels, and what the classifier made of its thumbnail."""

    product_id: str
    slot: str | None
    family: str  # the catalogue's colour family
    kind_right: bool | None  # None: the kind has no kind label
    read_family: str  # what analyze would answer
    pixel_family: str  # the measured pixels alone


def _catalogue_eval(catalog: Path, classifier, reference: Path, batch: int = 128) -> dict[str, Any]:
    """Kind accuracy (products whose kind maps to a label) and colour-family agreement (all
    products, garments apart) on the catalogue's held-out part, from the thumbnails as shipped,
    with the person-labelled reference beside them."""
    from retrieval.vision.dataset import catalogue_holdout

    rows = catalogue_holdout(catalog)
    readings: list[_Reading] = []
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        kinds, guesses = _kinds_and_colour_guesses(classifier, [image for *_, image in chunk])
        readings += [_read_row(row, top, head) for row, top, head in zip(chunk, kinds, guesses)]
    kind_hits = [r.kind_right for r in readings if r.kind_right is not None]
    garments = [r for r in readings if r.slot in GARMENT_SLOTS]
    # Multi and metallic cannot be named from one measured colour; shown apart for that reason.
    measurable = [r for r in readings if r.family not in ("multi", "metallic")]
    return {
        "catalogue_holdout_n": len(kind_hits), "catalogue_holdout_accuracy": _share(kind_hits),
        "colour_n": len(readings), "colour_family_agreement": _agreement(readings),
        "colour_garments_n": len(garments), "colour_family_agreement_garments": _agreement(garments),
        "colour_family_agreement_measurable": _agreement(measurable),
        "colour_family_agreement_pixels_only": _share([r.pixel_family == r.family for r in readings]),
        "colour_reference": _reference_check(readings, reference),
    }


def _share(hits: list[bool]) -> float | None:
    return round(float(np.mean(hits)), 4) if hits else None


def _agreement(readings: list[_Reading]) -> float | None:
    return _share([r.read_family == r.family for r in readings])


def _reference_check(readings: list[_Reading], reference: Path) -> dict[str, Any] | None:
    """How often a person agrees with the catalogue's colour family on the labelled sample, and how
    often the classifier agrees with each (None without the reference file)."""
    if not reference.exists():
        return None
    person = json.loads(reference.read_text())["families"]
    labelled = [r for r in readings if r.product_id in person]
    return {
        "n": len(labelled),
        "person_vs_catalogue": _share([person[r.product_id] == r.family for r in labelled]),
        "stylist_vs_catalogue": _agreement(labelled),
        "stylist_vs_person": _share([person[r.product_id] == r.read_family for r in labelled]),
    }


def _kinds_and_colour_guesses(classifier, images: list) -> tuple[list[str], list[tuple[str, float] | None]]:
    """Top kind and colour net's guess per image, batched where the backend allows."""
    from retrieval.vision.classifier import CnnKindClassifier

    if not isinstance(classifier, CnnKindClassifier):
        return [classifier.classify(image)[0].kind for image in images], [None] * len(images)
    kinds, colours = classifier.predict(images)
    tops = [classifier.labels[i] for i in kinds.argmax(axis=1)]
    if colours is None:
        return tops, [None] * len(images)
    return tops, [classifier.colour_guess(k, c) for k, c in zip(kinds, colours)]


def _read_row(row: tuple, top: str, head) -> _Reading:
    """What the classifier made of one held-out product (id, kind, colour family, thumbnail)."""
    from domain.colors import nearest_colour
    from domain.vocabulary import slot_of
    from retrieval.vision.analyze import colour_from
    from retrieval.vision.colour import measured_colour
    from retrieval.vision.labels import CATALOGUE_KIND_TO_LABEL

    product_id, kind, family, image = row
    label = CATALOGUE_KIND_TO_LABEL.get(kind)
    kind_right = None if label is None else CATALOGUE_KIND_TO_LABEL.get(top) == label
    rgb = measured_colour(image)[0]
    return _Reading(product_id, slot_of(kind), family, kind_right, colour_from(rgb, head)[1], nearest_colour(rgb)[1])

"""What a garment photo shows, as the `stylist analyze` contract: kind, slot, confidence, colour.

`kind` is the classifier's best guess even when it is unsure; `confidence` (its probability) tells
the agent whether to trust it: below classifier.KIND_CONFIDENCE_THRESHOLD it asks the user, offering
`kind` and the `alternatives` (the next two guesses) as quick replies.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.items import GarmentAnalysis
from retrieval.vision.classifier import KindClassifier, default_classifier
from retrieval.vision.colour import dominant_colour
from retrieval.vision.photo import load_photo
from retrieval.vocabulary import slot_of

ALTERNATIVES = 2  # with the top kind, three quick replies


def analyze_photo(path: str | Path, classifier: KindClassifier | None = None) -> GarmentAnalysis:
    """The analysis of the garment photo at `path`; raises PhotoError when it cannot be read.

    `classifier` defaults to the shipped CNN (loaded on first use, once per process).
    """
    image = load_photo(path)
    color, family, _share = dominant_colour(image)
    guesses = (classifier or default_classifier()).classify(image)
    top = guesses[0]
    return GarmentAnalysis(path=str(path), color=color, color_family=family, kind=top.kind,
                           slot=slot_of(top.kind), confidence=top.confidence,
                           alternatives=tuple(guesses[1 : 1 + ALTERNATIVES]))

"""What a garment photo shows, as the `stylist analyze` contract: kind, slot, confidence, colour.

`kind` is the classifier's best guess even when it is unsure; `confidence` (its probability) tells
the agent whether to trust it: below classifier.KIND_CONFIDENCE_THRESHOLD it asks the user, offering
`kind` and the `alternatives` (the next two guesses) as quick replies.

Colour: the colour net decides the family (it has learnt which garment in a shot is the product, and
the catalogue's naming habits: on held-out thumbnails it agrees with the catalogue far more often
than the measured pixels do, even when it is unsure); the pixels give a measured colour
(colour.py), and the name is the measured colour's nearest catalogue name in that family. Without
the colour net the measured colour alone names both.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image

from domain.colors import nearest_colour
from domain.items import GarmentAnalysis, KindGuess
from domain.photos import load_photo
from domain.vocabulary import slot_of
from retrieval.vision.classifier import CnnKindClassifier, KindClassifier, VisionModelError, default_classifier
from retrieval.vision.colour import measured_colour, name_in_family

log = logging.getLogger(__name__)
ALTERNATIVES = 2  # with the top kind, three quick replies


def analyze_photo(path: str | Path, classifier: KindClassifier | None = None) -> GarmentAnalysis:
    """The analysis of the garment photo at `path`; raises PhotoError when it cannot be read.

    `classifier` defaults to the shipped CNN (loaded on first use, once per process).
    """
    image = load_photo(path)
    guesses, colour_guess = _read_kind(image, classifier or default_classifier())
    color, family = garment_colour(image, colour_guess)
    if not guesses:
        return GarmentAnalysis(path=str(path), color=color, color_family=family)
    top = guesses[0]
    return GarmentAnalysis(path=str(path), color=color, color_family=family, kind=top.kind,
                           slot=slot_of(top.kind), confidence=top.confidence,
                           alternatives=tuple(guesses[1 : 1 + ALTERNATIVES]))


def _read_kind(image: Image.Image, classifier: KindClassifier) -> tuple[list[KindGuess], tuple[str, float] | None]:
    """(kind guesses, colour net's guess); no guesses when the model cannot load.

    A missing or broken weights file must not cost the user their chat turn: the colour still
    comes back, and kind None makes the agent ask what the garment is.
    """
    try:
        if isinstance(classifier, CnnKindClassifier):
            return classifier.classify_with_colour(image)
        return classifier.classify(image), None
    except VisionModelError as error:
        log.warning("garment kind unavailable: %s", error)
        return [], None


# Below this probability the colour net is guessing between several families (a brown check coat read as
# grey at 0.24, a mustard knit at 0.18): the measured colour of the garment's pixels is the better word.
NET_TRUSTED = 0.25


def garment_colour(image: Image.Image, net_guess: tuple[str, float] | None = None) -> tuple[str, str]:
    """(catalogue colour name, family) of the garment in `image`, given the colour net's guess."""
    return colour_from(measured_colour(image)[0], net_guess)


def colour_from(rgb: tuple[int, int, int], net_guess: tuple[str, float] | None) -> tuple[str, str]:
    """(name, family) from a measured colour and the colour net's (family, probability), if any."""
    name, family = nearest_colour(rgb)
    if net_guess and net_guess[0] != family and net_guess[1] >= NET_TRUSTED:
        return name_in_family(rgb, net_guess[0]), net_guess[0]
    return name, family

"""The garment classifier and image embedder: the shipped compact CNNs (data/vision/), kind and colour.

`classify(image)` gives every label with its probability, best first; `classify_with_colour` adds the
colour net's family; `embed(images)` gives one L2-normalised vector per image (the kind net's pooled
penultimate layer) for visual search. The weights load lazily, once per process, on first use, so
importing this module costs no torch import.

KIND_CONFIDENCE_THRESHOLD: the agent asks the user what the garment is when the top confidence is
below it. It was chosen on the real-photo validation split as the lowest confidence from which every
higher threshold keeps >= 95 % of answers right, rounded up to 0.05 (see evaluate.choose_threshold;
the training script records it in garment_cnn.json and a test keeps the two in step).
"""

from __future__ import annotations

import json
import logging
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np
from PIL import Image

from domain.items import GarmentAnalysis, KindGuess
from retrieval.vision.preprocess import THUMB_SIDE, square_array

if TYPE_CHECKING:  # torch loads lazily, on the first photo
    from retrieval.vision.model import MirroredNet

KIND_CONFIDENCE_THRESHOLD = 0.55
MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "vision"
WEIGHTS = MODEL_DIR / "garment_cnn.safetensors"
METADATA = MODEL_DIR / "garment_cnn.json"
COLOUR_WEIGHTS = MODEL_DIR / "garment_colour.safetensors"
COLOUR_METADATA = MODEL_DIR / "garment_colour.json"
log = logging.getLogger(__name__)
EMBED_BATCH = 64  # images per forward pass: bounded memory when a whole catalogue is embedded


class VisionModelError(RuntimeError):
    """A vision model that cannot be loaded (missing or broken weights); says which file."""


class KindClassifier(Protocol):
    def classify(self, image: Image.Image) -> list[KindGuess]:
        """Every kind the backend knows with its probability, best first (probabilities sum to 1)."""
        ...

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray:
        """float32 (N, D) L2-normalised image vectors."""
        ...


class CnnKindClassifier:
    """The shipped nets: the kind net (EfficientNet-Lite0; also the embedding) and the colour net (a
    GarmentNet) for the colour family. Paths default to the files in data/vision/; without a colour
    net (missing or broken files) the measured pixels alone name the colour, and the kind net still
    answers."""

    def __init__(self, weights: Path = WEIGHTS, metadata: Path = METADATA,
                 colour_weights: Path = COLOUR_WEIGHTS, colour_metadata: Path = COLOUR_METADATA) -> None:
        self.weights, self.metadata = Path(weights), Path(metadata)
        self.colour_weights, self.colour_metadata = Path(colour_weights), Path(colour_metadata)
        self._model = None
        self._colour_model = None
        self._kind_side = 0
        self._colour_side = 0
        self._family_priors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self.labels: tuple[str, ...] = ()
        self.colour_labels: tuple[str, ...] = ()

    def load(self) -> "CnnKindClassifier":
        """Load the weights now (they load on first use otherwise); safe to call from many threads."""
        with self._lock:
            if self._model is None:
                self._model, meta = _load_net(self.weights, self.metadata)
                self.labels, self._kind_side = tuple(meta["labels"]), int(meta["input_side"])
                self._load_colour_net()
        return self

    def _load_colour_net(self) -> None:
        if not self.colour_weights.exists():
            log.warning("no colour net at %s: colour families come from the pixels alone", self.colour_weights)
            return
        try:
            self._colour_model, meta = _load_net(self.colour_weights, self.colour_metadata)
        except VisionModelError as error:
            log.warning("%s: colour families come from the pixels alone", error)
            return
        self.colour_labels, self._colour_side = tuple(meta["labels"]), int(meta["input_side"])
        self._family_priors = {name: np.asarray(shares) for name, shares in meta.get("family_priors", {}).items()}

    def predict(self, images: Sequence[Image.Image]) -> tuple[np.ndarray, np.ndarray | None]:
        """(kind probabilities (N, n_labels), colour-family probabilities (N, n_colours) or None).

        Each is averaged over the image and its mirror image: a garment is the same either way round.
        """
        from retrieval.vision.augment import model_input

        self.load()
        kind_p = self._model.mirrored_probabilities(self._input(images)).numpy()
        if self._colour_model is None:
            return kind_p, None
        # The colour net learnt on 80 px thumbnails: it sees photos at that size too.
        small = np.stack([square_array(img, THUMB_SIDE) for img in images])
        return kind_p, self._colour_model.mirrored_probabilities(model_input(_tensor(small), self._colour_side)).numpy()

    def probabilities(self, images: Sequence[Image.Image]) -> np.ndarray:
        """(N, n_labels) kind probabilities."""
        return self.predict(images)[0]

    def classify(self, image: Image.Image) -> list[KindGuess]:
        return self.classify_with_colour(image)[0]

    def classify_with_colour(self, image: Image.Image) -> tuple[list[KindGuess], tuple[str, float] | None]:
        """(every kind with its probability, best first; (colour family, probability) or None).

        One call for both (each net sees the photo once, and its mirror), which is what analyze needs.
        """
        kinds, colours = self.predict([image])
        order = np.argsort(-kinds[0], kind="stable")
        guesses = [KindGuess(self.labels[i], float(kinds[0][i])) for i in order]
        return guesses, (None if colours is None else self.colour_guess(kinds[0], colours[0]))

    def colour_guess(self, kind_probabilities: np.ndarray, colour_probabilities: np.ndarray) -> tuple[str, float]:
        """(colour family, probability) of one image, read in the light of what kind of garment it is.

        The colour net learnt how often each family occurs across the whole catalogue, where silver
        and gold are common (jewellery, watches), and a phone photo's sheen then reads as "metallic"
        on a cotton shirt. Bayes' rule swaps those overall shares for the shares among products of
        the photo's kind, weighted by the kind net's probabilities (the shares were recorded at
        training time; a colour net without them is read as is).
        """
        probabilities = colour_probabilities
        if self._family_priors:
            by_kind = np.stack([self._family_priors[label] for label in self.labels])
            probabilities = probabilities * (kind_probabilities @ by_kind) / self._family_priors["all"]
            probabilities = probabilities / probabilities.sum()
        best = int(np.argmax(probabilities))
        return self.colour_labels[best], float(probabilities[best])

    def embed(self, images: Sequence[Image.Image], batch: int = EMBED_BATCH) -> np.ndarray:
        model = self.load()._model
        chunks = [np.zeros((0, model.embedding_dim), dtype=np.float32)]
        for start in range(0, len(images), batch):
            chunks.append(model.mirrored_features(self._input(images[start : start + batch])).numpy())
        return l2_normalised(np.concatenate(chunks))

    def _input(self, images: Sequence[Image.Image]):
        """The kind net's input: each photo squashed straight to the net's side (as in validation)."""
        from retrieval.vision.augment import model_input

        side = self._kind_side
        return model_input(_tensor(np.stack([square_array(img, side) for img in images])), side)


def _load_net(weights: Path, metadata: Path):
    """(net in eval mode, its metadata) from a safetensors file and its JSON record: the kind net
    (EfficientNet-Lite0, weights stored in half precision) or a GarmentNet (the colour net)."""
    from safetensors.torch import load_file

    try:
        meta = json.loads(metadata.read_text())
        model = _empty_net(meta)
        # load_state_dict copies into the float32 weights, so half-precision files load as floats.
        model.load_state_dict(load_file(str(weights)))
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise VisionModelError(f"cannot load the garment model from {weights}: {exc}") from exc
    return model.eval(), meta


def _empty_net(meta: dict) -> "MirroredNet":
    """The untrained net that a model's JSON record describes."""
    from retrieval.vision.kind_net import ARCHITECTURE, KindNet
    from retrieval.vision.model import GarmentNet

    if meta.get("architecture") == ARCHITECTURE:
        return KindNet(len(meta["labels"]))
    return GarmentNet(len(meta["labels"]), widths=tuple(meta["widths"]))


def _tensor(array: np.ndarray):
    import torch

    return torch.from_numpy(np.ascontiguousarray(array))


def kind_is_confident(analysis: GarmentAnalysis, threshold: float = KIND_CONFIDENCE_THRESHOLD) -> bool:
    """Whether the agent may take the photo's kind as read; otherwise it asks, offering `kind` and
    `alternatives` as quick replies."""
    return analysis.kind is not None and analysis.confidence >= threshold


def l2_normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def default_classifier() -> CnnKindClassifier:
    """The process-wide shipped CNN (weights load on first use, once)."""
    return CnnKindClassifier()


def embed_images(images: Sequence[Image.Image]) -> np.ndarray:
    """float32 (N, D) L2-normalised vectors of garment images from the shipped CNN, for visual search."""
    return default_classifier().embed(images)

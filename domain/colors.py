"""Catalogue colour names, their families and CIELAB colour maths (pure; numpy only).

The table covers every `baseColour` of the Fashion Product Images catalogue. Hexes are hand-picked to
look like the colour *on a garment* (a "Blue" shirt is rarely #0000ff), because `nearest_colour` names
colours measured from product photos; a few were checked against the MIT colour-name lists credited in
data/README.md. It is hard-coded because nothing at run time may read the raw data folder.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from domain.vocabulary import COLOR_FAMILIES

# catalogue baseColour -> (representative hex, colour family)
CATALOG_COLORS: dict[str, tuple[str, str]] = {
    "Black": ("#141414", "black"),
    "White": ("#f8f8f6", "white"),
    "Off White": ("#f0ede3", "white"),
    "Cream": ("#f1e6cc", "beige"),
    "Grey": ("#8c8c8c", "grey"),
    "Grey Melange": ("#a7a7a5", "grey"),
    "Charcoal": ("#3a3d40", "grey"),
    "Steel": ("#6f777d", "grey"),
    "Navy Blue": ("#1f2a48", "navy"),
    "Blue": ("#2a5caa", "blue"),
    "Teal": ("#00797f", "blue"),
    "Turquoise Blue": ("#2cbfc9", "blue"),
    "Brown": ("#6b4226", "brown"),
    "Coffee Brown": ("#4a3324", "brown"),
    "Mushroom Brown": ("#8e7967", "brown"),
    "Tan": ("#c9a57a", "brown"),
    "Beige": ("#d9c9a8", "beige"),
    "Khaki": ("#bfae8a", "beige"),
    "Taupe": ("#9a8b7a", "beige"),
    "Nude": ("#e0bc9c", "beige"),
    "Skin": ("#eac8ad", "beige"),
    "Green": ("#2e7d32", "green"),
    "Sea Green": ("#2e8b57", "green"),
    "Lime Green": ("#8bc34a", "green"),
    "Fluorescent Green": ("#39ff14", "green"),
    "Olive": ("#5f6130", "olive"),
    "Red": ("#c8102e", "red"),
    "Maroon": ("#6d1a24", "red"),
    "Burgundy": ("#7d1935", "red"),
    "Pink": ("#f2a7c3", "pink"),
    "Magenta": ("#c2185b", "pink"),
    "Rose": ("#d98695", "pink"),
    "Purple": ("#63378f", "purple"),
    "Lavender": ("#b9a3d9", "purple"),
    "Mauve": ("#a9789a", "purple"),
    "Yellow": ("#f5d000", "yellow"),
    "Mustard": ("#d1a221", "yellow"),
    "Orange": ("#f57c00", "orange"),
    "Peach": ("#ffb38a", "orange"),
    "Rust": ("#b0441a", "orange"),
    "Silver": ("#c0c0c4", "metallic"),
    "Gold": ("#d4af37", "metallic"),
    "Bronze": ("#a5723c", "metallic"),
    "Copper": ("#b87333", "metallic"),
    "Metallic": ("#a9a9ae", "metallic"),
    "Multi": ("#888888", "multi"),
}
assert all(fam in COLOR_FAMILIES for _, fam in CATALOG_COLORS.values())

_BY_LOWER: dict[str, tuple[str, str, str]] = {
    name.lower(): (name, hex_, fam) for name, (hex_, fam) in CATALOG_COLORS.items()
}
# A flat average colour cannot show shine, so metallic names would mislabel grey or brown garments.
_NOT_MEASURABLE_FAMILIES = frozenset({"multi", "metallic"})
_UNKNOWN_HEX = CATALOG_COLORS["Multi"][0]

# sRGB D65 -> XYZ matrix and the D65 white point (IEC 61966-2-1 / CIE 15).
_RGB_TO_XYZ = np.array(
    [[0.4124564, 0.3575761, 0.1804375],
     [0.2126729, 0.7151522, 0.0721750],
     [0.0193339, 0.1191920, 0.9503041]]
)
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


def _lookup(color_name: str | None) -> tuple[str, str, str] | None:
    return _BY_LOWER.get(" ".join(str(color_name or "").split()).lower())


# The colour words of product names, longest first ("charcoal grey" before "grey"); names say "Navy"
# alone too ("Navy White Shoe").
_NAME_WORDS = {**{n: n for n in _BY_LOWER if n != "multi"}, "navy": "navy blue"}
_NAME_COLOUR_RE = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_NAME_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE,
)


# Labels whose names hold a colour word: "Red Tape Black Men's Shoe" is a black shoe.
_COLOUR_WORD_BRANDS = re.compile(r"^\s*(?:red tape|red chief|black coffee|pink floyd|quick ?silver|pacific gold|"
                                 r"do u speak \w+)\b", re.IGNORECASE)


def _colours_in(text: str) -> set:
    """The catalogue colours (name, shade, family) whose words a product name holds."""
    return {_lookup(_NAME_WORDS[m.group(1).lower()]) for m in _NAME_COLOUR_RE.finditer(text)}


def families_named_in(text: str) -> frozenset[str]:
    """Every colour family a product name states ("Parx Men Black and Purple Tie" -> black, purple)."""
    return frozenset(fam for _, _, fam in _colours_in(_COLOUR_WORD_BRANDS.sub("", text)) if fam)


def colour_named_in(text: str) -> str | None:
    """The one catalogue colour a product name states ("Reid & Taylor Men Charcoal Grey Blazer" ->
    "Charcoal"); None when it names none, a metal, or colours of two families ("Navy White")."""
    found = _colours_in(text)
    families = {fam for _, _, fam in found if fam}
    if len(families) != 1 or families & _NOT_MEASURABLE_FAMILIES:
        return None
    return max((name for name, _, _ in found), key=len)  # "Charcoal" over "Grey"


def canonical_name(color_name: str | None) -> str | None:
    """The catalogue spelling of a colour name ("navy blue" -> "Navy Blue"), or None if unknown."""
    found = _lookup(color_name)
    return found[0] if found else None


def family_of(color_name: str | None) -> str:
    """The colour family of a catalogue colour name (case-insensitive); unknown names are "multi"."""
    found = _lookup(color_name)
    return found[2] if found else "multi"


def hex_of(color_name: str | None) -> str:
    """The representative "#rrggbb" of a catalogue colour name; a neutral grey when unknown."""
    found = _lookup(color_name)
    return found[1] if found else _UNKNOWN_HEX


# Shades said in words the catalogue files under a family's plain name: the catalogue colours that are them
# ("a burgundy sweater" is a maroon one, not a fire-engine red one; "camel" is tan).
_SHADE_COLOURS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("burgundy", "maroon", "wine", "wine red", "oxblood", "버건디", "와인", "와인색", "자주", "자주색"),
                    ("Burgundy", "Maroon")),
    **dict.fromkeys(("camel", "tan", "cognac", "카멜", "카멜색", "탄"), ("Tan",)),
    **dict.fromkeys(("cream", "ivory", "ecru", "크림", "크림색", "아이보리"), ("Cream", "Off White")),
    **dict.fromkeys(("chocolate", "dark brown", "초콜릿", "초코", "다크브라운", "진갈색"), ("Coffee Brown",)),
}


def shade_colours(said: str) -> frozenset[str]:
    """The catalogue colours a shade said in words is ("burgundy": Burgundy, Maroon); empty when the
    catalogue files that shade under its own name or none."""
    return frozenset(_SHADE_COLOURS.get(said.strip().lower(), ()))


def catalogue_colour(name: str | None, family: str) -> str:
    """The catalogue's name of a colour said in words ("mustard" -> "Mustard") when it is one of the
    family's shades, else the family's own name ("머스타드" or "teal" for yellow -> "Yellow")."""
    found = _lookup(name)
    if found and found[2] == family:
        return found[0]
    # ("camel" is the catalogue's Tan, "크림" its Cream: the shade's own swatch, not the family's)
    shades = [c for c in _SHADE_COLOURS.get((name or "").strip().lower(), ()) if family_of(c) == family]
    return shades[0] if shades else family_colour_name(family)


def family_colour_name(family: str) -> str:
    """The catalogue's colour name of a family's own colour (navy is "Navy Blue" in the catalogue's names)."""
    return "Navy Blue" if family == "navy" else family.title()


def family_hex(family: str) -> str:
    """A representative "#rrggbb" of a colour family."""
    return hex_of(family_colour_name(family))


def hex_to_rgb(hex_: str) -> tuple[int, int, int]:
    value = hex_.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def rgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB values 0-255 with shape (..., 3) -> CIELAB (D65) with the same shape, float64."""
    srgb = np.asarray(rgb, dtype=np.float64) / 255.0
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    xyz = linear @ _RGB_TO_XYZ.T / _WHITE_D65
    eps, kappa = 216 / 24389, 24389 / 27
    f = np.where(xyz > eps, np.cbrt(xyz), (kappa * xyz + 16) / 116)
    lab = np.empty_like(f)
    lab[..., 0] = 116 * f[..., 1] - 16
    lab[..., 1] = 500 * (f[..., 0] - f[..., 1])
    lab[..., 2] = 200 * (f[..., 1] - f[..., 2])
    return lab


DARK_SHADE = 32.0  # CIELAB lightness under which black, navy, charcoal and coffee brown sit
READS_DARK = 34.0  # the same, and a little over: what a person calls dark in a look (maroon, brown, a deep olive)
_DARK_HUES = frozenset({"black", "navy", "grey", "brown", "red", "olive", "green"})  # (a deep purple is a colour)


def reads_dark(color_name: str | None, family: str) -> bool:
    """Whether a piece reads dark in a look ("1번 너무 어두워요"): black and navy, and the deep shades of the
    quiet hues (charcoal, coffee brown, maroon), not a saturated purple or blue."""
    return family in ("black", "navy") or (family in _DARK_HUES and shade_of(color_name, family)[0] < READS_DARK)


@lru_cache(maxsize=256)
def shade_of(color_name: str | None, family: str) -> tuple[float, float, float]:
    """The CIELAB (D65) of a colour name's representative hex, how light and what hue; the family's
    where the name is not a catalogue one (a wardrobe piece's "navy")."""
    hex_ = hex_of(color_name) if _lookup(color_name) else family_hex(family)
    lab = rgb_to_lab(np.array(hex_to_rgb(hex_), dtype=np.float64))
    return float(lab[0]), float(lab[1]), float(lab[2])


@lru_cache(maxsize=1)
def _candidates() -> tuple[tuple[str, ...], tuple[str, ...], np.ndarray]:
    rows = [(n, fam, hex_to_rgb(h)) for n, (h, fam) in CATALOG_COLORS.items() if fam not in _NOT_MEASURABLE_FAMILIES]
    names, families, rgbs = zip(*rows, strict=True)
    return names, families, rgb_to_lab(np.array(rgbs))


def nearest_colour(rgb: tuple[int, int, int]) -> tuple[str, str]:
    """The catalogue colour closest to an sRGB colour by CIELAB distance (delta E 1976): (name, family).

    "Multi" and the metallic names are never answers: one measured colour cannot show either.
    """
    names, families, labs = _candidates()
    lab = rgb_to_lab(np.asarray(rgb, dtype=np.float64).reshape(1, 3))
    best = int(np.argmin(np.linalg.norm(labs - lab, axis=1)))
    return names[best], families[best]

"""How a look comes out in photos ("will look 1 photograph well?", "1번 사진 찍으면 너무 하얘보일까요?"): what sits
near the face decides it. A stylist's rules: bright white loses its detail under a flash and, at a wedding, reads
as the bride's colour; black photographs as a flat block; a fine print can shimmer on a phone's screen; a solid,
mid to rich colour photographs cleanly."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import prompts
from chains.state import Outfit
from domain.colors import shade_of
from domain.items import Item
from domain.traits import is_printed

_BRIGHT = 88.0  # CIELAB lightness over which a white or an ivory blows out under a flash
_FLAT_DARK = 22.0  # and under which black loses its folds
_BRIDAL_FAMILIES = frozenset({"white", "beige"})  # (ivory, cream, off-white: white in a wedding photo)
_WEDDINGS = frozenset({"wedding", "beach_wedding", "indian_wedding"})


def face_piece(look: Outfit) -> Item | None:
    """The piece a photo frames: the layer shows first only where it is the whole top half (a coat is taken
    off indoors, so the dress or top under it)."""
    return next((i for slot in ("onepiece", "top", "outerwear") for i in look.items if i.slot == slot), None)


def _verdict(item: Item, occasion: str | None) -> str:
    lightness = shade_of(item.color, item.color_family)[0]
    if occasion in _WEDDINGS and item.color_family in _BRIDAL_FAMILIES and lightness > 80:
        return "bridal"
    if lightness > _BRIGHT:
        return "bright"
    if lightness < _FLAT_DARK and item.color_family == "black":  # (navy and charcoal keep their depth on camera)
        return "dark"
    return "printed" if is_printed(item) else "clean"


# "I heard stripes do that", "체크 무늬는 화면에서 어때요": a print asked about (not "can you check how it looks")
_PRINT_ASKED = re.compile(r"stripe|\bchecks\b|\bchecked\b|\bcheck (?:pattern|print|shirt)|plaid|pattern|\bprints?\b"
                          r"|houndstooth|무늬|스트라이프|체크\s*(?:무늬|셔츠|패턴)", re.IGNORECASE)


def on_camera(lang: str, chosen: Sequence[tuple[int, Outfit]], occasion: str | None,
              words: Callable[[Item], str], text: str = "") -> str:
    """Look by look, how the piece near the face will photograph, and what to do where it will not (and, where
    a print was asked about, that a plain piece has none to shimmer)."""
    parts = []
    for number, look in chosen:
        piece = face_piece(look)
        if piece is None:
            continue
        verdict = _verdict(piece, occasion)
        if not is_printed(piece) and _PRINT_ASKED.search(text):
            parts.append(prompts.render(lang, "camera_plain", number=number, piece=words(piece)))
        parts.append(prompts.render(lang, f"camera_{verdict}", number=number, piece=words(piece)))
    return " ".join(parts) or prompts.render(lang, "camera_clean_none")

"""Lookbook export: the looks of one answer as PNG files, or as one PDF (a page per look).

Pages are drawn with Pillow and saved as a multi-page PDF, so Korean renders with the font given
(no PDF library or system font needed); the text is part of the page pictures, and the item names
also go into the PDF's subject so a file search finds them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

import prompts
from diffusion.files import save_image
from domain.items import Item

PAGE = (1240, 1754)  # A4 at 150 dpi
DPI = 150
MARGIN = 90
PAPER, INK, MUTED, RULE = "#ffffff", "#262626", "#77726b", "#ddd8cf"
HEADING, NAME, DETAIL = 44, 26, 21  # font sizes in pixels
LINE_GAP = 10


@dataclass(frozen=True)
class LookText:
    """The words on one page: heading, one (name, details) pair per item, and the reason."""

    heading: str
    items: tuple[tuple[str, str], ...]
    why: str


def export_png(images: Sequence[str | Path], out_dir: Path) -> list[Path]:
    """Copies of the look pictures as look-01.png, look-02.png… in `out_dir` (any readable format in)."""
    out_dir = Path(out_dir)
    written = []
    for number, source in enumerate(images, start=1):
        with Image.open(source) as picture:
            written.append(save_image(picture.convert("RGB"), out_dir / f"look-{number:02d}.png"))
    return written


def export_pdf(outfits: Sequence[Any], images: Sequence[str | Path | None], path: Path, *,
               font_path: Path | None = None, lang: str = "en") -> Path:
    """One PDF of the whole answer: per look, its picture, its items (name, kind, colour, price) and why.

    `outfits` are chains' Outfit objects or the `{style, items, why}` objects of `stylist chat --json`;
    `images[i]` is the picture of outfits[i] (missing or None: a page without a picture).
    """
    if not outfits:
        raise ValueError("There is no look to export.")
    if len(images) > len(outfits):
        raise ValueError(f"{len(images)} pictures for {len(outfits)} looks.")
    texts = [look_text(outfit, number, lang) for number, outfit in enumerate(outfits, start=1)]
    pictures = [*images, *[None] * (len(outfits) - len(images))]
    pages = [draw_page(text, picture, font_path) for text, picture in zip(texts, pictures)]
    subject = " | ".join(name for text in texts for name, _ in text.items)
    return save_image(pages[0], Path(path), "PDF", save_all=True, append_images=pages[1:], resolution=DPI,
                      title=texts[0].heading if len(texts) == 1 else "Lookbook", subject=subject, creator="Stylist")


def look_text(outfit: Any, number: int, lang: str = "en") -> LookText:
    """The words of one page, in `lang` where the vocabulary has labels."""
    style, items, why = _outfit_fields(outfit)
    heading = prompts.render(lang, "lookbook_caption", number=number, style_title=_label(lang, "style", style).capitalize())
    return LookText(heading, tuple((item.name or _label(lang, "kind", item.kind), _details(item, lang)) for item in items), why)


def draw_page(text: LookText, picture: str | Path | Image.Image | None, font_path: Path | None = None) -> Image.Image:
    """One A4 page: heading, the picture as large as the text leaves room for, the items, the reason."""
    page = Image.new("RGB", PAGE, PAPER)
    draw = ImageDraw.Draw(page)
    width = PAGE[0] - 2 * MARGIN
    fonts = {size: _font(font_path, size) for size in (HEADING, NAME, DETAIL)}
    draw.text((MARGIN, MARGIN), text.heading, font=fonts[HEADING], fill=INK)
    top = MARGIN + HEADING + 30
    lines = _text_lines(text, fonts, width)
    text_top = PAGE[1] - MARGIN - sum(height for _, _, height in lines)
    if picture is not None:
        _paste_fitted(page, picture, (MARGIN, top, PAGE[0] - MARGIN, text_top - 40))
    draw.line((MARGIN, text_top - 20, PAGE[0] - MARGIN, text_top - 20), fill=RULE, width=2)
    y = text_top
    for line, (font, colour), height in lines:
        draw.text((MARGIN, y), line, font=font, fill=colour)
        y += height
    return page


def _text_lines(text: LookText, fonts: dict, width: int) -> list[tuple[str, tuple[Any, str], int]]:
    """(line, (font, colour), height) for the item list and the wrapped reason, top to bottom."""
    lines = []
    for name, details in text.items:
        lines.append((_clip(f"• {name}", fonts[NAME], width), (fonts[NAME], INK), NAME + LINE_GAP))
        if details:
            lines.append((_clip(f"   {details}", fonts[DETAIL], width), (fonts[DETAIL], MUTED), DETAIL + LINE_GAP + 6))
    if text.why:
        lines.append(("", (fonts[DETAIL], INK), LINE_GAP))
        lines += [(line, (fonts[NAME], INK), NAME + LINE_GAP) for line in _wrap(text.why, fonts[NAME], width)]
    return lines


def _details(item: Item, lang: str) -> str:
    colour = item.color if lang == "en" or not item.color_family else _label(lang, "color_family", item.color_family)
    parts = [_label(lang, "kind", item.kind), colour or item.color_family]
    if item.price is not None:
        parts.append(f"{item.price:,.0f}")
    return " · ".join(p for p in parts if p)


def _outfit_fields(outfit: Any) -> tuple[str, list[Item], str]:
    if isinstance(outfit, dict):
        items = [i if isinstance(i, Item) else Item.from_json(i) for i in outfit.get("items") or ()]
        return str(outfit.get("style") or ""), items, str(outfit.get("why") or "")
    return outfit.style, list(outfit.items), outfit.why


def _label(lang: str, group: str, value: str | None) -> str:
    if not value:
        return ""
    try:
        return prompts.label(lang, group, value)
    except KeyError:  # a value outside the vocabulary (an upload's free text) is shown as it is
        return value


def _paste_fitted(page: Image.Image, picture: str | Path | Image.Image, box: tuple[int, int, int, int]) -> None:
    image = picture if isinstance(picture, Image.Image) else _open(picture)
    if image is None or box[3] - box[1] < 50:
        return
    scale = min((box[2] - box[0]) / image.width, (box[3] - box[1]) / image.height)
    fitted = image.convert("RGB").resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                                         Image.Resampling.LANCZOS)
    page.paste(fitted, (box[0] + (box[2] - box[0] - fitted.width) // 2, box[1]))


def _open(path: str | Path) -> Image.Image | None:
    try:
        with Image.open(path) as image:
            image.load()
            return image
    except OSError:  # a missing or broken picture leaves the page without one, the text still counts
        return None


def _wrap(text: str, font: Any, width: int) -> list[str]:
    """Lines of `text` no wider than `width` pixels (breaking inside words only when one is too long)."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines += _break_word(word, font, width)
    return lines


def _break_word(word: str, font: Any, width: int) -> list[str]:
    if font.getlength(word) <= width:
        return [word]
    size = max(1, int(len(word) * width / font.getlength(word)))
    return textwrap.wrap(word, size, break_long_words=True) or [word]


def _clip(text: str, font: Any, width: int) -> str:
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text + "…"


@lru_cache(maxsize=16)
def _font(path: Path | None, size: int) -> Any:
    from diffusion.collage import _installed_cjk_font

    candidate = str(path) if path else _installed_cjk_font()
    if candidate:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)  # Latin only: Korean would show as boxes

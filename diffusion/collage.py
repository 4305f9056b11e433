"""The embedded lookbook renderer: a flat-lay board of the outfit's item pictures, made with Pillow.

It needs no model and no GPU, so every install can show a picture of every outfit; SDXL is the
configured upgrade. Items without a readable picture become a swatch of their colour.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from diffusion.files import save_image
from diffusion.layout import Box, Placement, plan_layout
from domain.colors import hex_of, hex_to_rgb
from domain.items import Item
from domain.photos import PhotoError, load_photo
from domain.rendering import RenderError, RenderOutcome, RenderRequest

log = logging.getLogger(__name__)

LAYOUT_VERSION = 4  # part of every file name: a drawing change must not reuse old pictures
BASE_WIDTH = 768  # the sizes below are for this width and scale with the board
BACKGROUND, CARD, INK, MUTED, RULE = "#f4f1ec", "#ffffff", "#262626", "#8a857d", "#ddd8cf"
LIGHT_SWATCH_OUTLINE = "#d9d4cb"
MAX_TEXT = 160  # longer text never fits a line; cutting first keeps the ellipsis search short
# Boards are JPEG: 3 ms to write against 20 ms for the fastest PNG, at a smaller size; full chroma
# (4:4:4) keeps the coloured dots and small type crisp. Downloads are PNG (diffusion/export.py).
JPEG_OPTIONS = {"quality": 92, "subsampling": 0}

# Fonts with Hangul glyphs, where the usual packages put them (and NanumGothic inside the PyPI package
# koreanize-matplotlib, if installed). Pillow's own default font (Aileron) covers Latin only, so
# Korean text draws as boxes without one of these or an explicit `font_path`.
CJK_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",  # Debian/Ubuntu fonts-nanum
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian/Ubuntu fonts-noto-cjk
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch, Alpine
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",  # Fedora
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",  # macOS
    "C:/Windows/Fonts/malgun.ttf",  # Windows
)


class CollageRenderer:
    """Draws outfits as lookbook boards into `out_dir` (a Renderer)."""

    name = "collage"
    # Pillow lets go of the GIL while it resizes, pastes and encodes: two boards at once use two cores.
    parallel_renders = 2

    def __init__(self, out_dir: Path, size: tuple[int, int] = (768, 1024), *, font_path: Path | None = None) -> None:
        self._out_dir = Path(out_dir)
        self._size = size
        self._scale = size[0] / BASE_WIDTH
        # One font for every line: the bundled one covers Latin and Hangul, and measures and draws a line
        # several times faster than Pillow's default font (text was most of a board's time).
        self._font_path = str(font_path) if font_path else _installed_cjk_font()

    def render(self, request: RenderRequest) -> RenderOutcome:
        """The JPEG of the board; the same outfit and titles give the same file (made once)."""
        items, title, subtitle = request.items, request.title, request.subtitle
        if not items:
            raise RenderError("There is nothing to draw: the outfit has no items.")
        path = self._out_dir / f"look-{self._fingerprint(items, title, subtitle)}.jpg"
        if not path.exists():
            save_image(self._board(items, title, subtitle), path, "JPEG", **JPEG_OPTIONS)
        return RenderOutcome(path, self.name)

    def _fingerprint(self, items: Sequence[Item], title: str, subtitle: str) -> str:
        parts = [LAYOUT_VERSION, self._size, self._font_path, title, subtitle]
        parts += [[i.id, i.name, i.slot, i.kind, i.color, i.color_family, i.image, _file_stamp(i.image)] for i in items]
        return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:20]

    def _board(self, items: Sequence[Item], title: str, subtitle: str) -> Image.Image:
        width, height = self._size
        margin = self._px(28)
        header_bottom = self._header_bottom(subtitle, margin)
        placements = plan_layout(items, (margin, header_bottom, width - margin, height - margin))
        board = _backdrop(self._size, tuple(p.box for p in placements), self._px(14)).copy()
        draw = ImageDraw.Draw(board)
        self._draw_header(draw, title, subtitle, margin)
        for placement in placements:
            self._draw_card(board, draw, placement)
        return board

    def _header_bottom(self, subtitle: str, margin: int) -> int:
        """Where the cards may start: below the title, the subtitle (if any) and the rule."""
        return margin + self._px(46) + (self._px(28) if subtitle else 0) + self._px(22)

    def _draw_header(self, draw: ImageDraw.ImageDraw, title: str, subtitle: str, margin: int) -> None:
        width = self._size[0] - 2 * margin
        y = margin
        title_font = self._font(34)
        _text(draw, (margin, y), _fit(title, title_font, width), title_font, INK)
        y += self._px(46)
        if subtitle:
            subtitle_font = self._font(17)
            _text(draw, (margin, y), _fit(subtitle, subtitle_font, width), subtitle_font, MUTED)
            y += self._px(28)
        draw.line((margin, y + self._px(4), margin + width, y + self._px(4)), fill=RULE, width=max(1, self._px(1)))

    def _draw_card(self, board: Image.Image, draw: ImageDraw.ImageDraw, placement: Placement) -> None:
        left, top, right, bottom = placement.box
        pad, label_height = self._px(12), self._px(42)
        draw.rounded_rectangle(placement.box, radius=self._px(14), fill=CARD)
        picture_box = (left + pad, top + pad, right - pad, bottom - pad - label_height)
        picture = _item_picture(placement.item, _box_size(picture_box))
        if picture is None:
            self._draw_swatch(draw, placement.item, picture_box)
        else:
            _paste_centred(board, picture, picture_box, self._px(8))
        self._draw_label(draw, placement.item, (left + pad, bottom - pad - label_height + self._px(6), right - pad))

    def _draw_swatch(self, draw: ImageDraw.ImageDraw, item: Item, box: Box) -> None:
        """A rounded tile in the item's colour, with its kind written on it."""
        width, height = _box_size(box)
        tile_w, tile_h = min(width, int(height * 0.75)), min(height, int(width / 0.75))
        left, top = box[0] + (width - tile_w) // 2, box[1] + (height - tile_h) // 2
        rgb = hex_to_rgb(hex_of(item.color))
        light = _luminance(rgb) > 200
        tile = (left, top, left + tile_w, top + tile_h)
        draw.rounded_rectangle(tile, radius=self._px(18), fill=rgb, outline=LIGHT_SWATCH_OUTLINE if light else None, width=self._px(2))
        word = item.kind or item.slot
        if word:
            font = self._font(18)
            ink = INK if _luminance(rgb) > 140 else "#ffffff"
            _text(draw, (left + tile_w / 2, top + tile_h / 2), _fit(word, font, tile_w - self._px(12)), font, ink, anchor="mm")

    def _draw_label(self, draw: ImageDraw.ImageDraw, item: Item, line: tuple[int, int, int]) -> None:
        left, top, right = line
        name_font = self._font(15)
        _text(draw, (left, top), _fit(item.name, name_font, right - left), name_font, INK)
        dot = self._px(10)
        colour_top = top + self._px(21)
        draw.ellipse((left, colour_top + self._px(2), left + dot, colour_top + self._px(2) + dot), fill=hex_of(item.color), outline=RULE)
        colour_font = self._font(13)
        colour_left = left + dot + self._px(6)
        _text(draw, (colour_left, colour_top), _fit(item.color or item.color_family, colour_font, right - colour_left), colour_font, MUTED)

    def _font(self, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        return _load_font(max(8, self._px(size)), self._font_path)

    def _px(self, value: float) -> int:
        return max(1, int(round(value * self._scale)))


def _item_picture(item: Item, box_size: tuple[int, int]) -> Image.Image | None:
    """The item's picture scaled to fit `box_size`, or None when it has none or it cannot be read."""
    if not item.image:
        return None
    return _prepared_picture(item.image, _file_stamp(item.image), box_size, item.id)


@lru_cache(maxsize=256)
def _prepared_picture(image: str, stamp: object, box_size: tuple[int, int], item_id: str) -> Image.Image | None:
    """Kept per file version and size (~2 ms each to read, sharpen and scale): popular items come back
    in many looks. Callers paste it and never change it."""
    try:
        picture = load_photo(image, max_side=max(box_size))
    except PhotoError as exc:
        log.info("collage: drawing a swatch for item %s: %s", item_id, exc.message)
        return None
    return _fit_picture(picture, box_size)


def _fit_picture(picture: Image.Image, box_size: tuple[int, int]) -> Image.Image:
    scale = min(box_size[0] / picture.width, box_size[1] / picture.height)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    if scale > 1.5:
        # Catalogue thumbnails are 60x80: upscaled 4x they look soft. A mild unsharp mask restores the
        # edges; applied before the upscale it looks the same and costs a quarter (1.5 ms, not 5.8).
        picture = picture.filter(ImageFilter.UnsharpMask(radius=1, percent=60, threshold=1))
    return picture.resize(size, Image.Resampling.LANCZOS)


def _paste_centred(board: Image.Image, picture: Image.Image, box: Box, radius: int) -> None:
    width, height = _box_size(box)
    left, top = box[0] + (width - picture.width) // 2, box[1] + (height - picture.height) // 2
    mask = Image.new("L", picture.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, picture.width - 1, picture.height - 1), radius=radius, fill=255)
    board.paste(picture, (left, top), mask)


@lru_cache(maxsize=32)
def _backdrop(size: tuple[int, int], boxes: tuple[Box, ...], blur: int) -> Image.Image:
    """The background with soft drop shadows under the cards, kept: boards with the same slots share a
    layout, so most boards start from a copy (0.3 ms) instead of drawing shadows again (8 ms)."""
    backdrop = Image.new("RGB", size, BACKGROUND)
    backdrop.paste((60, 50, 40), (0, 0), _shadow_mask(size, boxes, blur))
    return backdrop


def _shadow_mask(size: tuple[int, int], boxes: tuple[Box, ...], blur: int) -> Image.Image:
    """Blurred at quarter size because a full-size blur is slow."""
    quarter = Image.new("L", (size[0] // 4 + 1, size[1] // 4 + 1), 0)
    draw = ImageDraw.Draw(quarter)
    for left, top, right, bottom in boxes:
        draw.rounded_rectangle((left // 4, top // 4 + 1, right // 4, bottom // 4 + 1), radius=3, fill=38)
    return quarter.filter(ImageFilter.GaussianBlur(max(1, blur // 4))).resize(size, Image.Resampling.BILINEAR)


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, font, fill, anchor: str | None = None) -> None:
    if isinstance(font, ImageFont.FreeTypeFont):
        (left, top), glyphs = _glyphs(text, font, anchor)
        draw.bitmap((round(xy[0]) + left, round(xy[1]) + top), glyphs, fill=fill)
        return
    try:
        draw.text(xy, text, font=font, fill=fill, anchor=anchor)
    except UnicodeEncodeError:
        # Pillow's bitmap fallback font (no FreeType) only encodes Latin-1; keep what it can draw.
        safe = text.encode("latin-1", "replace").decode("latin-1")
        draw.text(xy, safe, font=font, fill=fill, anchor=anchor if isinstance(font, ImageFont.FreeTypeFont) else None)


@lru_cache(maxsize=2048)
def _glyphs(text: str, font: ImageFont.FreeTypeFont, anchor: str | None) -> tuple[tuple[int, int], Image.Image]:
    """The text's coverage mask and where it sits from the anchor point. Kept: the same names, colours
    and titles come back board after board, and rasterising them was most of a board's time."""
    left, top, right, bottom = font.getbbox(text, anchor=anchor)
    mask = Image.new("L", (max(1, right - left), max(1, bottom - top)), 0)
    ImageDraw.Draw(mask).text((-left, -top), text, font=font, fill=255, anchor=anchor)
    return (left, top), mask


@lru_cache(maxsize=4096)
def _fit(text: str, font, width: float) -> str:
    """`text`, cut with an ellipsis to fit `width` pixels."""
    text = " ".join(str(text or "").split())[:MAX_TEXT]
    if _text_width(font, text) <= width:
        return text
    fits, too_long = 0, len(text)  # the longest prefix that fits with its ellipsis, by bisection
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if _text_width(font, text[:middle] + "…") <= width:
            fits = middle
        else:
            too_long = middle
    cut = text[:fits]
    space = cut.rfind(" ")
    if text[fits] != " " and space >= 0.6 * fits:  # at a word's end: "Core Black…", not "Core Black Sweatshi…"
        cut = cut[:space]
    return cut.rstrip() + "…" if fits else ""


def _text_width(font, text: str) -> float:
    try:
        return font.getlength(text)
    except UnicodeEncodeError:
        return font.getlength(text.encode("latin-1", "replace").decode("latin-1"))


@lru_cache(maxsize=32)
def _load_font(size: int, path: str | None) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if path:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            log.warning("collage: cannot load font %s; Korean text may show as boxes", path)
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=1)
def _installed_cjk_font() -> str | None:
    candidates = [*CJK_FONT_CANDIDATES, _font_in_package("koreanize_matplotlib", "fonts/NanumGothic.ttf")]
    return next((path for path in candidates if path and Path(path).is_file()), None)


def _font_in_package(package: str, relative: str) -> str | None:
    """A font file shipped inside an installed package, found without importing the package."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))) / relative)


def _file_stamp(path: str | None) -> tuple[int, int] | None:
    try:
        stat = Path(path).stat() if path else None
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size) if stat else None


def _box_size(box: Box) -> tuple[int, int]:
    return max(1, box[2] - box[0]), max(1, box[3] - box[1])


def _luminance(rgb: tuple[int, int, int]) -> float:
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]

"""A small bar chart of rising colours, drawn with Pillow (each bar in its colour)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

from diffusion.collage import _installed_cjk_font, _load_font

WIDTH, ROW, MARGIN = 640, 56, 24


def draw_trend_chart(rows: Sequence[tuple[str, float, str]], title: str, out_dir: Path,
                     font_path: Path | None = None) -> Path:
    """rows: (label, gain in percentage points, "#rrggbb"); the file is named by its content."""
    height = MARGIN * 3 + ROW * max(len(rows), 1) + 20
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font_file = str(font_path) if font_path else _installed_cjk_font()
    draw.text((MARGIN, MARGIN), title, fill="#222222", font=_load_font(22, font_file))
    label_font, widest = _load_font(18, font_file), max((abs(p) for _, p, _ in rows), default=1.0) or 1.0
    bar_left, bar_span = MARGIN + 150, WIDTH - MARGIN * 2 - 150 - 80
    for index, (label, points, colour) in enumerate(rows):
        top = MARGIN * 2 + 20 + index * ROW
        draw.text((MARGIN, top + 10), label, fill="#222222", font=label_font)
        length = max(4, int(bar_span * abs(points) / widest))
        draw.rectangle((bar_left, top + 6, bar_left + length, top + ROW - 14), fill=colour, outline="#888888")
        draw.text((bar_left + length + 8, top + 10), f"+{points:.1f}", fill="#444444", font=label_font)
    out_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(repr((rows, title)).encode()).hexdigest()[:16]
    path = out_dir / f"trend-{digest}.png"
    image.save(path)
    return path

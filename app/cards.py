"""Outfit cards as HTML: item pictures, names, colours, price when known and the reason. Pure."""

from __future__ import annotations

import base64
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from domain.colors import family_hex

CARD_CSS = """
.looks {display:grid; grid-template-columns:repeat(auto-fill,minmax(260px,1fr)); gap:12px}
.look {border:1px solid #e5e1da; border-radius:12px; padding:10px; background:#fffdf9}
.look h4 {margin:0 0 6px 0; font-size:15px}
.look .why {font-size:13px; color:#555; margin:6px 0 0 0}
.look .items {display:flex; flex-wrap:wrap; gap:6px}
.look .item {width:72px; font-size:11px; line-height:1.2; text-align:center}
.look .item img, .look .item .swatch {width:60px; height:80px; object-fit:contain; border-radius:6px; background:#f3f0ea}
.look .item .src {display:block; color:#8a6d3b; font-weight:600}
"""


def hangul_font_css(font: Path) -> str:
    """The page's own Hangul font (served from the project's files), after the theme's fonts: Korean
    renders on a machine without CJK fonts instead of as boxes."""
    if not font.is_file():
        return ""
    url = f"/gradio_api/file={font.resolve()}"
    return (f"@font-face {{ font-family: 'StylistHangul'; src: url('{url}') format('truetype'); }}\n"
            "body, .gradio-container, .gradio-container * { font-family: var(--font), 'StylistHangul', sans-serif; }\n")


@lru_cache(maxsize=4096)
def _data_uri(path: str) -> str | None:
    """Thumbnails travel inside the HTML, so no file route has to be opened for them."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if len(data) > 400_000:  # a big upload stays out of the HTML; the chat shows it already
        return None
    mime = "image/png" if data[:4] == b"\x89PNG" else "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _item_html(item: dict[str, Any], source_labels: dict[str, str]) -> str:
    uri = _data_uri(item["image"]) if item.get("image") else None
    # a piece with no picture (one only named, "a beige knit") shows its colour
    swatch = f'<div class="swatch" style="background:{family_hex(item.get("color_family") or "grey")}"></div>'
    picture = f'<img src="{uri}" alt="{escape(item["name"])}">' if uri else swatch
    source = source_labels.get(item.get("source", "catalog"), "")
    price = f"<br>{item['price']:,.0f}" if item.get("price") else ""
    tag = f'<span class="src">{escape(source)}</span>' if source else ""
    name = item["name"]
    return (f'<div class="item" title="{escape(name)}">{picture}{tag}{escape(short_name(name))}'
            f'<br><i>{escape(item.get("color", ""))}</i>{price}</div>')


def short_name(name: str, limit: int = 48) -> str:
    """A product name that fits a card: cut between words, never inside one, with an ellipsis (the
    card's tooltip shows it whole)."""
    name = " ".join(name.split())
    if len(name) <= limit:
        return name
    cut = name[: limit - 1].rsplit(" ", 1)[0] if " " in name[: limit - 1] else name[: limit - 1]
    return cut.rstrip(" -–,&") + "…"


def outfit_cards(outfits: list[dict[str, Any]], titles: list[str], source_labels: dict[str, str]) -> str:
    """One card per outfit, in the order given; `titles` holds one heading per outfit."""
    if not outfits:
        return ""
    cards = []
    for title, outfit in zip(titles, outfits):
        items = "".join(_item_html(item, source_labels) for item in outfit["items"])
        cards.append(f'<div class="look"><h4>{escape(title)}</h4><div class="items">{items}</div>'
                     f'<p class="why">{escape(outfit["why"])}</p></div>')
    return f'<div class="looks">{"".join(cards)}</div>'

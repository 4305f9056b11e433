"""CollageRenderer on real little JPEGs written to tmp_path."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from diffusion.collage import CollageRenderer
from domain.colors import hex_of, hex_to_rgb
from domain.items import Item
from domain.rendering import Renderer, RenderError, RenderRequest


def _draw(renderer, items, title: str, subtitle: str = "", **hints) -> Path:
    """The picture's path, from the one renderer protocol."""
    return renderer.render(RenderRequest.of(items, title, subtitle, **hints)).path


RED, BLUE, GREEN = (220, 20, 30), (20, 40, 220), (20, 170, 60)
SIZE = (768, 1024)


def _item(slot: str, kind: str, image: Path | str | None, color: str = "Red", name: str = "") -> Item:
    return Item(id=f"{slot}-{kind}", name=name or f"A {kind}", kind=kind, slot=slot, color=color,
                color_family="", gender="unisex", image=str(image) if image else None)


@pytest.fixture()
def thumbnail(tmp_path: Path):
    """A 60x80 catalogue-like JPEG: the colour on a white background."""

    def make(name: str, rgb: tuple[int, int, int]) -> Path:
        img = Image.new("RGB", (60, 80), (255, 255, 255))
        img.paste(rgb, (8, 8, 52, 72))
        path = tmp_path / name
        img.save(path, quality=95)
        return path

    return make


@pytest.fixture()
def renderer(tmp_path: Path) -> CollageRenderer:
    return CollageRenderer(tmp_path / "looks")


def _share(board: np.ndarray, rgb: tuple[int, int, int], rows: tuple[float, float], cols=(0.0, 1.0), tol: int = 40) -> float:
    """Share of pixels close to `rgb` in the band rows x cols (fractions of the board)."""
    h, w = board.shape[:2]
    band = board[int(rows[0] * h) : int(rows[1] * h), int(cols[0] * w) : int(cols[1] * w)].astype(int)
    return float((np.abs(band - np.array(rgb)).max(axis=-1) < tol).mean())


def _open(path: Path) -> np.ndarray:
    with Image.open(path) as img:
        assert img.format == "JPEG"
        assert img.size == SIZE
        return np.asarray(img.convert("RGB"))


def test_outfit_board_puts_items_where_they_are_worn(renderer: CollageRenderer, thumbnail) -> None:
    items = [
        _item("top", "tshirt", thumbnail("top.jpg", RED)),
        _item("bottom", "jeans", thumbnail("bottom.jpg", BLUE), "Blue"),
        _item("shoes", "sneakers", thumbnail("shoes.jpg", GREEN), "Green"),
        _item("accessory", "bag", None, "Black"),
    ]
    path = _draw(renderer, items, title="Minimal", subtitle="Three pieces and a bag")
    assert path.parent == renderer._out_dir and path.suffix == ".jpg"
    board = _open(path)
    upper, middle, lower = (0.12, 0.44), (0.46, 0.75), (0.77, 0.98)
    assert _share(board, RED, upper) > 0.05 and _share(board, RED, middle + lower[1:]) < 0.001
    assert _share(board, BLUE, middle) > 0.05 and _share(board, BLUE, upper) < 0.001
    assert _share(board, GREEN, lower) > 0.02 and _share(board, GREEN, (0.0, 0.75)) < 0.001
    black = hex_to_rgb(hex_of("Black"))
    assert _share(board, black, (0.12, 0.5), cols=(0.72, 1.0), tol=12) > 0.05  # the bag's swatch, side column
    assert _share(board, black, (0.12, 0.98), cols=(0.0, 0.7), tol=12) < 0.01


def test_missing_and_corrupt_images_become_colour_swatches(renderer: CollageRenderer, tmp_path: Path) -> None:
    corrupt = tmp_path / "broken.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg" * 10)
    items = [
        _item("top", "shirt", None, "Navy Blue"),
        _item("bottom", "trousers", corrupt, "Olive"),
        _item("shoes", "boots", tmp_path / "missing.jpg", "Tan"),
    ]
    board = _open(_draw(renderer, items, title="Swatches"))
    for colour, rows in (("Navy Blue", (0.12, 0.44)), ("Olive", (0.46, 0.75)), ("Tan", (0.77, 0.98))):
        assert _share(board, hex_to_rgb(hex_of(colour)), rows, tol=6) > 0.05, colour


def test_onepiece_spans_the_upper_and_middle_rows(renderer: CollageRenderer, thumbnail) -> None:
    items = [_item("onepiece", "dress", thumbnail("dress.jpg", RED)), _item("shoes", "heels", None, "Black")]
    board = _open(_draw(renderer, items, title="Dress"))
    assert _share(board, RED, (0.15, 0.40)) > 0.05 and _share(board, RED, (0.50, 0.70)) > 0.05


def test_same_outfit_gives_the_same_file_and_titles_matter(renderer: CollageRenderer, thumbnail) -> None:
    items = [_item("top", "tshirt", thumbnail("t.jpg", RED)), _item("bottom", "shorts", None, "Beige")]
    first = _draw(renderer, items, title="Casual")
    stamp = first.stat().st_mtime_ns
    assert _draw(renderer, items, title="Casual") == first
    assert first.stat().st_mtime_ns == stamp  # made once
    assert _draw(renderer, items, title="Casual", subtitle="weekend") != first
    assert _draw(renderer, list(reversed(items)), title="Casual") != first
    assert not list(first.parent.glob(".look-*"))  # no temporary files left behind


def test_changed_item_picture_gives_a_new_file(renderer: CollageRenderer, thumbnail) -> None:
    path = thumbnail("t.jpg", RED)
    first = _draw(renderer, [_item("top", "tshirt", path)], title="Look")
    thumbnail("t.jpg", BLUE)  # same path, new content
    assert _draw(renderer, [_item("top", "tshirt", path)], title="Look") != first


def test_korean_and_long_text_do_not_crash(renderer: CollageRenderer) -> None:
    long_name = "An extremely long product name that cannot possibly fit on one label line " * 3
    items = [_item("top", "sweater", None, "Cream", name=long_name), _item("bottom", "skirt", None, "Unknown colour")]
    board = _open(_draw(renderer, items, title="미니멀 데이트 룩 " * 5, subtitle="네이비와 카멜 — navy & camel"))
    assert board.shape == (1024, 768, 3)


@pytest.mark.parametrize(("size", "tops", "accessories"), [((384, 512), 1, 5), ((200, 260), 8, 14)])
def test_other_sizes_and_crowded_boards(tmp_path: Path, size, tops: int, accessories: int) -> None:
    renderer = CollageRenderer(tmp_path, size=size)
    items = [_item("top", f"polo{n}", None, "White") for n in range(tops)]
    items += [_item("accessory", f"hat{n}", None, "Gold") for n in range(accessories)]
    with Image.open(_draw(renderer, items, title="Small")) as img:
        assert img.size == size


def test_an_empty_outfit_is_a_render_error(renderer: CollageRenderer) -> None:
    with pytest.raises(RenderError):
        _draw(renderer, [], title="Nothing")


def test_is_a_renderer(renderer: CollageRenderer) -> None:
    assert isinstance(renderer, Renderer)


def test_a_name_too_long_for_its_card_ends_at_a_whole_word() -> None:
    from diffusion.collage import _fit, _load_font

    font = _load_font(15, str(Path(__file__).resolve().parents[2] / "data" / "fonts" / "StylistHangul-Regular.ttf"))
    name = "Nike Men Manu Core Black Sweatshirt With Hood"
    assert _fit(name, font, font.getlength("Nike Men Manu Core Black Swea")) == "Nike Men Manu Core Black…"
    assert _fit(name, font, font.getlength("Nike Men Manu Core Black…")) == "Nike Men Manu Core Black…"
    assert _fit("Short name", font, 500.0) == "Short name"

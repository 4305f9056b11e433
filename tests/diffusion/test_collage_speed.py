"""The collage is the picture of every install: a 4-item outfit must draw in well under 300 ms."""

from __future__ import annotations

import time
from pathlib import Path

from PIL import Image

from diffusion.collage import CollageRenderer
from domain.items import Item
from domain.rendering import RenderRequest


def _draw(renderer, items, title: str, subtitle: str = "", **hints) -> Path:
    """The picture's path, from the one renderer protocol."""
    return renderer.render(RenderRequest.of(items, title, subtitle, **hints)).path


BUDGET_S = 0.3


def test_a_four_item_collage_draws_within_budget(tmp_path: Path) -> None:
    items = []
    for slot, kind, rgb in (("top", "shirt", (200, 30, 30)), ("bottom", "jeans", (30, 30, 200)),
                            ("shoes", "sneakers", (240, 240, 240)), ("accessory", "bag", (20, 20, 20))):
        path = tmp_path / f"{kind}.jpg"
        Image.new("RGB", (60, 80), rgb).save(path)
        items.append(Item(id=kind, name=f"A {kind}", kind=kind, slot=slot, color="Red", color_family="red",
                          gender="unisex", image=str(path)))
    renderer = CollageRenderer(tmp_path / "looks")
    _draw(renderer, items, title="warm-up")  # fonts and decoders load once per process
    timings = []
    for attempt in range(3):  # best of three: the cores are shared, a single run can be preempted
        start = time.perf_counter()
        _draw(renderer, items, title=f"Look {attempt}", subtitle="Why it works")
        timings.append(time.perf_counter() - start)
    assert min(timings) < BUDGET_S, timings

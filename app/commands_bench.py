"""`stylist bench --json`: one JSON object of this machine's speed and memory figures."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    bench = commands.add_parser("bench", help="measure search, analysis, collage and chat-turn speed here")
    bench.add_argument("--photo", help="a garment photo for the analysis timing (default: a generated one)")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import json
    import tempfile
    from pathlib import Path

    from app.bench import run_bench
    from app.cli import emit_json, load_settings

    settings = load_settings()
    with tempfile.TemporaryDirectory() as tmp:
        photo = Path(args.photo) if args.photo else _drawn_photo(Path(tmp) / "garment.jpg")
        result = run_bench(settings, photo)
    emit_json(result) if args.json else print(json.dumps(result, indent=2))
    return 0


def _drawn_photo(path):
    """A navy shirt shape on a light background, so the timing needs no photo of the user's."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (768, 1024), (236, 234, 230))
    ImageDraw.Draw(img).polygon([(270, 150), (500, 150), (650, 310), (560, 420), (520, 380), (520, 880),
                                 (250, 880), (250, 380), (210, 420), (120, 310)], fill=(28, 38, 70))
    img.save(path, "JPEG", quality=90)
    return path

"""Make (or remake) data/vision/colour_reference.json: colour families a person names, blind, for a
random sample of the catalogue's held-out products, the yardstick of `stylist eval vision`'s colour.

    .venv/bin/python scripts/colour_reference_sheets.py sheets /tmp/colour-sheets
        # contact sheets of the sample, thumbnails enlarged 2x and numbered, no colour, kind or name
    .venv/bin/python scripts/colour_reference_sheets.py collect /tmp/colour-sheets/answers.txt --by "who"
        # answers.txt: one "<number> <family>" line per thumbnail -> data/vision/colour_reference.json

The sample is seeded, so the same catalogue gives the same products in the same order.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CATALOG = REPO / "data" / "catalog" / "demo_catalog.parquet"
SAMPLE, SEED, PER_SHEET, COLUMNS = 120, 7, 30, 6
ABOUT = (
    "Colour families named by a person for 120 products of the catalogue's held-out part (a seeded random "
    "sample). Each thumbnail was shown enlarged 2x, without its catalogue colour, kind or name; the person "
    "named the family of the product (for a model shot, the garment on sale) from the 16 colour families. "
    "Used by `stylist eval vision` to show how often a careful person agrees with the catalogue's own colour "
    "labels, the yardstick for the net's agreement."
)


def sample():
    """(id, thumbnail) of the sampled held-out products, in labelling order."""
    from retrieval.vision.dataset import catalogue_holdout

    rows = catalogue_holdout(CATALOG)
    picked = random.Random(SEED).sample(range(len(rows)), SAMPLE)
    return [(rows[i][0], rows[i][3]) for i in picked]


def write_sheets(folder: Path) -> None:
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    products = sample()
    for first in range(0, len(products), PER_SHEET):
        sheet = Image.new("RGB", (COLUMNS * 130, PER_SHEET // COLUMNS * 175), "white")
        draw = ImageDraw.Draw(sheet)
        for offset, (_, thumbnail) in enumerate(products[first : first + PER_SHEET]):
            x, y = offset % COLUMNS * 130, offset // COLUMNS * 175
            sheet.paste(thumbnail.resize((120, 160)), (x + 5, y))
            draw.text((x + 50, y + 161), str(first + offset), fill="red")
        sheet.save(folder / f"sheet{first // PER_SHEET}.png")
    print(f"{len(products)} thumbnails on {-(-len(products) // PER_SHEET)} sheets in {folder}")


def collect(answers: Path, labelled_by: str) -> None:
    from domain.vocabulary import COLOR_FAMILIES

    ids = [product_id for product_id, _ in sample()]
    families = {}
    for line in answers.read_text().split("\n"):
        if line.strip():
            number, family = line.split()
            if family not in COLOR_FAMILIES:
                raise SystemExit(f"{answers}: '{family}' is not a colour family ({', '.join(COLOR_FAMILIES)})")
            families[ids[int(number)]] = family
    out = REPO / "data" / "vision" / "colour_reference.json"
    record = {"about": ABOUT, "labelled_by": f"{labelled_by}, {date.today()}", "families": families}
    out.write_text(json.dumps(record, indent=1) + "\n")
    print(f"{len(families)} families -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("sheets").add_argument("folder", type=Path)
    collecting = verbs.add_parser("collect")
    collecting.add_argument("answers", type=Path)
    collecting.add_argument("--by", required=True, help="who named the colours")
    args = parser.parse_args()
    if args.verb == "sheets":
        write_sheets(args.folder)
    else:
        collect(args.answers, args.by)


if __name__ == "__main__":
    main()

"""Subset NanumGothic (SIL OFL 1.1) to ASCII, Latin-1 and the 2,350 common Hangul syllables of KS X 1001.

    apt-get install fonts-nanum && .venv/bin/pip install fonttools
    .venv/bin/python scripts/build_font_subset.py [--font /usr/share/fonts/truetype/nanum/NanumGothic.ttf]

The lookbook collage draws Korean titles with it, so they render on machines without a Korean font.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "data" / "fonts" / "StylistHangul-Regular.ttf"
# The OFL reserves the name "NanumGothic" for the original: a subset is a modified version and
# must carry another name, so the name table is rewritten.
FAMILY = "Stylist Hangul"


def ks_x_1001_syllables() -> str:
    """Every Hangul syllable that EUC-KR encodes: rows 0xB0-0xC8, cells 0xA1-0xFE."""
    chars = []
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes([lead, trail]).decode("euc-kr"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def rename(font) -> None:
    names = {1: FAMILY, 2: "Regular", 3: f"{FAMILY} Regular subset", 4: f"{FAMILY} Regular",
             6: FAMILY.replace(" ", "") + "-Regular", 16: FAMILY, 17: "Regular"}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names:
            table.removeNames(nameID=record.nameID)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", type=Path, default=Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
    args = parser.parse_args()
    text = "".join(map(chr, range(0x20, 0x100))) + "·•–—‘’“”…₩" + ks_x_1001_syllables()
    options = subset.Options()
    options.layout_features = ["*"]
    font = subset.load_font(str(args.font), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    rename(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(OUT), options)
    print(f"{OUT} {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()

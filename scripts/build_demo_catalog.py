"""Build data/catalog/demo_catalog.parquet from the Fashion Product Images data (styles.csv + images/).

    .venv/bin/python scripts/build_demo_catalog.py [--source DIR] [--out FILE]

Keeps adult (Men/Women/Unisex) products that have a thumbnail and whose articleType maps to a
vocabulary kind (rules in retrieval/catalog_rules.py and domain/traits.py, applied by
retrieval/csv_source.py; documented in data/README.md). Heels and flats whose names do not say
whether they are open, and tops and dresses whose names do not say whether they are printed, are
read from their photos (retrieval/vision/photo_traits.py). Deterministic: rows are sorted by id and
parquet stores no timestamps.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a plain script from any directory

from domain.vocabulary import KIND_TO_SLOT  # noqa: E402
from retrieval.csv_source import record_from_fashion_row  # noqa: E402
from domain.traits import pattern_unknown, shoe_openness_unknown, sleeve_length_unknown  # noqa: E402
from retrieval.vision.photo_traits import DRESS_SHIRT_SHORT_SLEEVE, read_vectors  # noqa: E402

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "fashion-product-images"
DEFAULT_OUT = REPO / "data" / "catalog" / "demo_catalog.parquet"

SCHEMA = pa.schema([
    ("id", pa.string()), ("name", pa.string()), ("brand", pa.string()), ("kind", pa.string()),
    ("slot", pa.string()), ("color", pa.string()), ("color_family", pa.string()), ("gender", pa.string()),
    ("season", pa.string()), ("usage", pa.string()), ("styles", pa.list_(pa.string())),
    ("price", pa.float64()), ("image", pa.binary()),
    # A stylist's reading of each piece (domain/traits.py).
    ("formality", pa.string()), ("function", pa.string()), ("warmth", pa.string()), ("pattern", pa.string()),
])


def build_records(source: Path) -> list[dict]:
    styles = pd.read_csv(source / "styles.csv").sort_values("id")
    images = source / "images"
    records = []
    for _, row in styles.iterrows():
        path = images / f"{row['id']}.jpg"
        if path.is_file():
            record = record_from_fashion_row(row, path.read_bytes())
            if record is not None:
                records.append(record)
    return records


class PhotoReader:
    """Reads the photo heads over catalogue records, embedding each photo once: a shirt is asked both
    whether it is printed and whether its sleeves are short."""

    def __init__(self) -> None:
        self._vectors: dict[str, "np.ndarray"] = {}

    def seen(self, head: str, records: list[dict], threshold: float | None = None) -> list[dict]:
        """The records whose photos show the head's trait (at `threshold`, where not the head's own)."""
        import io

        import numpy as np
        from PIL import Image

        from retrieval.vision.classifier import default_classifier

        missing = [r for r in records if r["id"] not in self._vectors]
        if missing:
            photos = [Image.open(io.BytesIO(r["image"])).convert("RGB") for r in missing]
            self._vectors.update(zip((r["id"] for r in missing), default_classifier().embed(photos)))
        if not records:
            return []
        vectors = np.stack([self._vectors[r["id"]] for r in records])
        return [r for r, yes in zip(records, read_vectors(head, vectors, threshold)) if yes]


def read_photo_traits(records: list[dict]) -> None:
    """What the names do not say, read from the photos (retrieval/vision/photo_traits.py): a heel or
    flat that is open is light (a sandal in all but name); a top or dress that is printed is the loud
    piece of a look, and not minimal; a shirt or blouse with short sleeves is light (no blazer over
    it, no interview in it)."""
    reader = PhotoReader()
    shoes = [r for r in records if shoe_openness_unknown(r["kind"], r["name"])]
    tops = [r for r in records if pattern_unknown(r["slot"], r["name"])]
    shirts = [r for r in records if sleeve_length_unknown(r["kind"], r["name"])]
    dress_shirts = [r for r in shirts if r["kind"] == "shirt" and r["formality"] in ("smart", "formal")]
    dress_ids = {r["id"] for r in dress_shirts}
    other_shirts = [r for r in shirts if r["id"] not in dress_ids]
    opened, printed = reader.seen("open_shoe", shoes), reader.seen("printed", tops)
    short = reader.seen("short_sleeve", other_shirts) \
        + reader.seen("short_sleeve", dress_shirts, DRESS_SHIRT_SHORT_SLEEVE)
    for record in opened + short:
        record["warmth"] = "light"
    for record in printed:
        record["pattern"] = "printed"
        record["styles"] = [s for s in record["styles"] if s != "minimal"] or ["casual"]
    print(f"read from photos: {len(opened)} of {len(shoes)} shoes open, "
          f"{len(printed)} of {len(tops)} tops and dresses printed, "
          f"{len(short)} of {len(shirts)} shirts and blouses short-sleeved", file=sys.stderr)


CORRECTIONS = REPO / "data" / "catalog" / "corrections.toml"
CORRECTABLE = ("kind", "formality", "function", "warmth", "pattern", "color", "color_family", "usage")


def apply_corrections(records: list[dict], path: Path = CORRECTIONS) -> int:
    """Set the fields data/catalog/corrections.toml gives for a product (seen on its photo); returns
    how many products were corrected."""
    import tomllib

    corrections = tomllib.loads(path.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records}
    for product, fields in corrections.items():
        unknown = set(fields) - {*CORRECTABLE, "why"}
        if unknown:
            raise SystemExit(f"{path.name}: product {product} sets {sorted(unknown)}; fields: {CORRECTABLE}")
        record = by_id.get(product)
        if record is None:
            continue  # not in this build (a limit, another source)
        record.update({field: fields[field] for field in CORRECTABLE if field in fields})
        record["slot"] = KIND_TO_SLOT[record["kind"]]
    return sum(product in by_id for product in corrections)


def summary(table: pa.Table) -> str:
    """Items per slot and gender, then per level of each trait (the tables of data/README.md)."""
    frame = table.select(["slot", "gender", "formality", "function", "warmth", "pattern"]).to_pandas()
    counts = frame.groupby(["slot", "gender"]).size().unstack(fill_value=0)
    counts["total"] = counts.sum(axis=1)
    counts.loc["total"] = counts.sum()
    traits = [frame[c].replace("", "(none)").value_counts().to_string() for c in ("formality", "function", "warmth", "pattern")]
    return "\n\n".join([counts.to_string(), *traits])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder with styles.csv and images/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.source / "styles.csv").is_file():
        parser.error(f"no styles.csv under {args.source}")
    records = build_records(args.source)
    read_photo_traits(records)
    print(f"corrected by eye: {apply_corrections(records)} products", file=sys.stderr)
    table = pa.Table.from_pylist(records, schema=SCHEMA)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, args.out, compression="zstd", row_group_size=2048)
    print(f"wrote {table.num_rows} items to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    print(summary(table), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`stylist search-image`, and the CSV half of `stylist ingest` (column mapping, bad-row report).

Only argparse is imported at module level, so `stylist --help` stays instant.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from retrieval.catalog_writer import CatalogWriter

SLOTS = ("top", "outerwear", "bottom", "onepiece", "shoes", "accessory")  # domain.vocabulary.SLOTS
GENDERS = ("men", "women", "unisex")
MAP_HELP = ("column mapping for another shop's CSV: FIELD=COLUMN pairs (e.g. name=Title,kind=Category,"
            "color=Colour) or a JSON file of them; fields: id name kind color gender season usage styles price "
            "brand image")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `search-image` to the `stylist` parser."""
    similar = commands.add_parser("search-image", help="catalog items that look like a photo (visual search)")
    similar.add_argument("photos", nargs="+", metavar="PHOTO")
    similar.add_argument("-k", type=int, default=10, help="results per photo")
    similar.add_argument("--slot", choices=SLOTS, help="only items of this slot")
    similar.add_argument("--gender", choices=GENDERS, help="only items for this gender (unisex included)")
    similar.add_argument("--json", action="store_true", help="one JSON object per line")
    similar.set_defaults(run=cmd_search_image)


def cmd_search_image(args: argparse.Namespace) -> int:
    """One line per result (the `search` fields plus `path`); an unreadable photo gives `path` + `error`."""
    import json

    from app.cli import emit_json, load_settings
    from app.wiring import build_catalog
    from domain.filters import SearchFilters

    catalog = build_catalog(load_settings())
    filters = SearchFilters(slots=(args.slot,) if args.slot else (),
                            genders=(args.gender, "unisex") if args.gender else ())
    read = 0
    for photo in args.photos:
        try:
            rows = [{"path": photo, **item.to_json()} for item in catalog.search_by_image(photo, filters, k=args.k)]
            read += 1
        except OSError as error:  # a missing or unreadable picture; other photos still run
            rows = [{"path": photo, "error": f"cannot read this picture: {error}"}]
        for row in rows:
            emit_json(row) if args.json else print(json.dumps(row, ensure_ascii=False))
    return 0 if read else 1


def ingest_csv(writer: CatalogWriter, path: Path, images: Path | None, *, limit: int | None = None,
               mapping: str | None = None, progress: Any = None) -> dict:
    """Ingest a products CSV with `writer` (`app.wiring.build_catalog_writer`); the counts for `stylist
    ingest`'s JSON line (bad rows are also logged)."""
    from retrieval.csv_source import records_from_csv

    source = records_from_csv(path, images, limit=limit, mapping=mapping)
    count = writer.ingest(source, progress=progress)
    return {"ingested": count, "skipped": source.skipped, "skipped_examples": [str(e) for e in source.examples]}

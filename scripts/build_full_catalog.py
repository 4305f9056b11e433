"""Build a LanceDB catalogue of every row of the Fashion Product Images styles.csv (44,446 items).

    .venv/bin/python scripts/build_full_catalog.py --source ../shared/data/fashion-product-images \
        --uri /tmp/full-catalog/lancedb [--map FIELD=COLUMN,...] [--limit N]

The same as `stylist ingest styles.csv --images DIR` with STYLIST_CATALOG_URI set, plus timings;
for benchmarks (benchmarks/retrieval_full.py). Takes minutes: every item's text is embedded by
MiniLM on the CPU. Prints one JSON object on stdout; the progress bar and bad-row report go to stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a plain script from any directory

from retrieval.catalog import Catalog  # noqa: E402
from retrieval.catalog_writer import CatalogWriter  # noqa: E402
from retrieval.csv_source import records_from_csv  # noqa: E402
from retrieval.embed import MiniLMEmbedder  # noqa: E402

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "fashion-product-images"


def progress_bar():
    from tqdm import tqdm

    bar: dict = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, desc="Ingesting", unit="item", file=sys.stderr)
        bar["bar"].update(done - bar["bar"].n)

    return update


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder with styles.csv and images/")
    parser.add_argument("--uri", required=True, help="LanceDB URI to build (a folder here)")
    parser.add_argument("--images-out", type=Path, help="where item pictures are copied (default: beside --uri)")
    parser.add_argument("--map", help="column mapping, FIELD=COLUMN pairs or a JSON file")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if not (args.source / "styles.csv").is_file():
        parser.error(f"no styles.csv under {args.source}")
    images_out = args.images_out or Path(args.uri).parent / "images"
    catalog = Catalog(args.uri, MiniLMEmbedder(), images_out)
    source = records_from_csv(args.source / "styles.csv", args.source / "images", limit=args.limit, mapping=args.map)
    started = time.perf_counter()
    count = CatalogWriter.of(catalog).ingest(source, progress=progress_bar())
    seconds = time.perf_counter() - started
    print(json.dumps({"ingested": count, "skipped": source.skipped, "catalog_items": catalog.count(),
                      "seconds": round(seconds, 1), "items_per_s": round(count / seconds, 1), "uri": args.uri}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Retrieval speed and quality on a built catalogue (e.g. the full 44k Fashion Product Images one).

    # once: build the full catalogue (minutes of embedding on 2 CPU cores)
    .venv/bin/python scripts/build_full_catalog.py --source ../shared/data/fashion-product-images \
        --uri /tmp/full-catalog/lancedb
    # then: search vs exact scan, the retrieval eval, and ingest vs raw embedding on a sample
    .venv/bin/python benchmarks/retrieval_full.py --uri /tmp/full-catalog/lancedb \
        --ingest-csv ../shared/data/fashion-product-images/styles.csv --ingest-sample 4096

Prints one JSON object on stdout. Nothing here is run by the tests.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _catalog(uri: str):
    from retrieval.catalog import Catalog
    from retrieval.embed import MiniLMEmbedder

    return Catalog(uri, MiniLMEmbedder(), Path(uri).parent / "images")


def _ingest_sample(csv: Path, images: Path | None, n: int) -> list[dict]:
    """Every k-th record of the CSV, so the sample has the file's mix of kinds and pictures."""
    from retrieval.csv_source import records_from_csv

    records = list(records_from_csv(csv, images))
    step = max(1, len(records) // n)
    return records[::step][:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", required=True, help="LanceDB URI of a built catalogue")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--queries", type=int, default=400, help="retrieval-eval queries")
    parser.add_argument("--ingest-csv", type=Path, help="a products CSV to time ingest on (a sample of it)")
    parser.add_argument("--images", type=Path, help="its pictures (default: images/ beside the CSV)")
    parser.add_argument("--ingest-sample", type=int, default=4096)
    parser.add_argument("--skip", nargs="*", default=(), choices=("search", "eval", "ingest"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from chains.search_query import understand_query
    from retrieval.benchmark import bench_ingest, bench_search, default_queries
    from retrieval.evaluate import retrieval_report

    catalog = _catalog(args.uri)
    report: dict = {"uri": args.uri, "catalog_items": catalog.count()}
    if "search" not in args.skip:
        report["search"] = bench_search(catalog, default_queries(), repeats=args.repeats)
    if "eval" not in args.skip:
        report["eval"] = retrieval_report(catalog, understand_query, n_queries=args.queries)
    if args.ingest_csv and "ingest" not in args.skip:
        images = args.images or args.ingest_csv.parent / "images"
        records = _ingest_sample(args.ingest_csv, images, args.ingest_sample)
        report["ingest"] = bench_ingest(records, catalog.embedder, catalog.image_embedder, workdir="/tmp")
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

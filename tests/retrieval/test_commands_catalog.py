"""`stylist search-image` and the CSV ingest helper of app/commands_catalog.py, on a temporary catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import OneLineParser
from app.commands_catalog import ingest_csv, register
from retrieval.catalog import Catalog
from retrieval.catalog_writer import CatalogWriter


def run(argv: list[str]) -> int:
    parser = OneLineParser(prog="stylist")
    register(parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser))
    args = parser.parse_args(argv)
    return args.run(args)


def test_search_image_prints_the_search_fields(catalog: Catalog, stored_rows: list[dict], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("STYLIST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STYLIST_CATALOG_URI", catalog.uri)
    photo = next(r for r in stored_rows if r["image"] and r["gender"] == "women")
    assert run(["search-image", photo["image"], str(tmp_path / "missing.jpg"), "-k", "3",
                "--gender", "women", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4 and rows[-1]["path"].endswith("missing.jpg") and "error" in rows[-1]
    assert {"id", "name", "kind", "color_family", "gender", "score", "image"} <= set(rows[0])
    assert all(r["gender"] in ("women", "unisex") for r in rows[:3])
    assert rows[0]["score"] == pytest.approx(1.0, abs=1e-4)
    assert run(["search-image", str(tmp_path / "missing.jpg")]) == 1  # no photo could be read


def test_ingest_csv_reports_skipped_rows(tmp_path: Path, embedder) -> None:
    csv = tmp_path / "shop.csv"
    csv.write_text("sku,Title,Category\nA1,White tee,T-Shirts\nA2,Moon boots,Spacewear\n,No id,Shirts\n")
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    report = ingest_csv(CatalogWriter.of(catalog), csv, None, mapping="id=sku,name=Title,kind=Category")
    assert (report["ingested"], report["skipped"]) == (1, 2)
    assert "unknown category 'Spacewear'" in report["skipped_examples"][0]
    assert catalog.get(["A1"])[0].kind == "tshirt"

"""One real catalogue per test session: a stratified sample of the demo parquet, embedded by MiniLM."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the packaged MiniLM never needs the network

REPO = Path(__file__).resolve().parents[2]
DEMO_PARQUET = REPO / "data" / "catalog" / "demo_catalog.parquet"
SAMPLE_SIZE = 400


@pytest.fixture(scope="session")
def embedder():
    from retrieval.embed import MiniLMEmbedder

    return MiniLMEmbedder()


@pytest.fixture(scope="session")
def catalog(tmp_path_factory: pytest.TempPathFactory, embedder):
    from retrieval.catalog import Catalog
    from retrieval.catalog_writer import CatalogWriter

    root = tmp_path_factory.mktemp("catalog")
    built = Catalog(str(root / "lancedb"), embedder, root / "images")
    assert CatalogWriter.of(built).ingest_parquet(DEMO_PARQUET, limit=SAMPLE_SIZE) == SAMPLE_SIZE
    return built


@pytest.fixture(scope="session")
def stored_rows(catalog) -> list[dict]:
    """Every stored row (without vectors), read straight from LanceDB to check searches against."""
    import lancedb

    table = lancedb.connect(catalog.uri).open_table(catalog.table_name)
    columns = ["id", "name", "kind", "slot", "gender", "color", "color_family", "styles", "season", "image"]
    return table.search().select(columns).limit(10 * SAMPLE_SIZE).to_list()

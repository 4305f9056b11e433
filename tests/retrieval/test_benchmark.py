"""The exact NumPy scan (the benchmark's baseline and the catalogue's in-memory vector half) must mean
what the catalogue's LanceDB filters mean."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from retrieval.benchmark import bench_ingest, bench_search, default_queries, exact_scan
from retrieval.catalog import Catalog
from domain.filters import SearchFilters
from retrieval.vector_mirror import VectorMirror

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"


@pytest.fixture(scope="module")
def scan(catalog: Catalog) -> VectorMirror:
    return exact_scan(catalog)


@pytest.mark.parametrize("filters", [filters for _, filters in default_queries()] + [
    SearchFilters(exclude_ids=("1163", "no-such-id")), SearchFilters(styles=("nonsense",)),
    SearchFilters(genders=("' OR 1=1 --",)), SearchFilters(price_min=1.0), SearchFilters(outfit_only=False),
])
def test_the_scan_filters_like_the_catalogue(catalog: Catalog, scan: VectorMirror, filters: SearchFilters) -> None:
    expected = {i.id for i in catalog.search("anything", filters, k=1000)}
    assert set(scan.ids[scan.mask(filters)]) == expected


def test_the_scan_ranks_like_the_vector_half(catalog: Catalog, scan: VectorMirror) -> None:
    vector = catalog.query_vector("navy chinos")
    filters = SearchFilters(slots=("bottom",))
    exact = scan.search(vector, filters, 5)
    from retrieval.search import build_where

    rows = catalog._nearest(catalog._table(), "vector", vector, build_where(filters), 5)
    assert [i for i, _ in exact] == [r["id"] for r in rows]
    assert [s for _, s in exact] == pytest.approx([1 - r["_distance"] for r in rows], abs=1e-5)


def test_bench_search_reports_both_sides(catalog: Catalog) -> None:
    report = bench_search(catalog, default_queries()[:4], repeats=1)
    assert report["catalog_items"] == 400 and report["search_queries"] == 4
    assert 0 < report["scan_p50_ms"] <= report["scan_p95_ms"]
    assert 0 < report["search_p50_ms"] <= report["search_p95_ms"]
    assert report["vector_recall_at_k"] == 1.0  # the vector half is exact (in memory)
    assert report["index_recall_at_k"] is None  # a small catalogue has no approximate index
    assert 0 < report["search_lancedb_p50_ms"] <= report["search_lancedb_p95_ms"]
    assert catalog.mirror is None  # the benchmark put the setting back


def test_bench_ingest(embedder, tmp_path: Path) -> None:
    records = pq.read_table(DEMO_PARQUET).slice(0, 40).to_pylist()
    report = bench_ingest(records, embedder, workdir=tmp_path)
    assert report["ingest_items"] == 40
    assert report["ingest_items_per_s"] > 0 and report["embed_items_per_s"] > 0
    assert list(tmp_path.iterdir()) == []  # the temporary catalogue is gone


def test_bench_ingest_sample_ingests_with_the_given_image_embedder(tmp_path: Path, embedder) -> None:
    from retrieval.benchmark import bench_ingest_sample
    from retrieval.image_vectors import ColourTextureEmbedder

    class Counting(ColourTextureEmbedder):
        pictures = 0

        def embed(self, images):
            Counting.pictures += len(images)
            return super().embed(images)

    report = bench_ingest_sample(DEMO_PARQUET, embedder, Counting(), n=24)
    assert report["ingest_items"] == 24 and report["ingest_to_embed"] > 0
    assert Counting.pictures == 24  # the caller's picture vectors, not a default the benchmark made


@pytest.mark.parametrize(("text", "filters"), default_queries()[:12] + [
    ("anything", SearchFilters()), ("shirt", SearchFilters(exclude_ids=("1163",), genders=("men", "unisex"))),
])
def test_in_memory_and_lancedb_searches_agree(catalog: Catalog, text: str, filters: SearchFilters) -> None:
    lancedb_only = Catalog(catalog.uri, catalog.embedder, Path(catalog.images_dir), mirror=False)
    vector = catalog.query_vector(text)
    assert catalog._vector_mirror(catalog._table()) is not None and lancedb_only._vector_mirror(catalog._table()) is None
    mirrored, plain = catalog.search(text, filters, k=10, vector=vector), lancedb_only.search(text, filters, k=10, vector=vector)
    # LanceDB stores document lengths lossily, so its BM25 is within ~2% of the exact one: near-ties may swap.
    assert len(mirrored) == len(plain) and [i.id for i in mirrored[:1]] == [i.id for i in plain[:1]]
    assert len({i.id for i in mirrored} & {i.id for i in plain}) >= 0.8 * len(plain)
    plain_scores = {i.id: i.score for i in plain}
    for item in (i for i in mirrored if i.id in plain_scores):
        assert item.score == pytest.approx(plain_scores[item.id], abs=0.015)
        assert item.with_score(0) == next(i for i in plain if i.id == item.id).with_score(0)  # the same item


@pytest.mark.parametrize(("text", "filters"), [
    ("navy chinos", SearchFilters()), ("white casual shoes", SearchFilters(genders=("men", "unisex"))),
    ("Navy-Blue T-shirts for MEN", SearchFilters()), ("summer dresses", SearchFilters(kinds=("dress",))),
    ("the running shoes", SearchFilters(exclude_color_families=("black",))), ("beige trench coat", SearchFilters()),
    ("청바지", SearchFilters()), ("", SearchFilters()), ("socks", SearchFilters(kinds=("dress",))),
])
def test_in_memory_full_text_matches_what_lancedb_matches(catalog: Catalog, text: str, filters: SearchFilters) -> None:
    from retrieval.search import build_where

    table, mirror = catalog._table(), catalog._vector_mirror(catalog._table())
    lancedb_hits = {r["id"]: r["_score"] for r in catalog._text_hits(table, text, build_where(filters), 1000, ["id", "_score"])}
    memory_hits = {mirror.ids[row]: score for row, score in mirror.text_hits(text, mirror.mask(filters), 1000)}
    assert memory_hits.keys() == lancedb_hits.keys()
    if memory_hits:  # the blend uses BM25 relative to the best hit
        best_memory, best_lancedb = max(memory_hits.values()), max(lancedb_hits.values())
        for item_id, score in memory_hits.items():
            assert score / best_memory == pytest.approx(lancedb_hits[item_id] / best_lancedb, abs=0.03)

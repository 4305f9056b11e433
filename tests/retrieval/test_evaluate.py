"""The retrieval evaluation: queries made from catalogue items, run through `stylist search`'s path."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from chains.search_query import understand_query
from retrieval.catalog import Catalog
from retrieval.catalog_writer import CatalogWriter
from retrieval.evaluate import eligible_sources, make_queries, retrieval_report
from domain.filters import SearchFilters

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"

ROWS = [
    {"id": str(n), "kind": "trousers", "color_family": "navy", "gender": g, "season": "winter", "outfit_ok": ok}
    for n, (g, ok) in enumerate([("men", True)] * 3 + [("unisex", True), ("women", True), ("men", False)])
] + [
    {"id": "s1", "kind": "tshirt", "color_family": "multi", "gender": "men", "season": "summer", "outfit_ok": True},
    {"id": "s2", "kind": "tshirt", "color_family": "black", "gender": "men", "season": None, "outfit_ok": True},
]


def test_sources_need_enough_other_relevant_items() -> None:
    # Men's navy winter trousers: 3 men's + 1 unisex relevant items (the kids'/non-outfit one is not).
    assert {r["id"] for r in eligible_sources(ROWS, min_relevant=3)} == {"0", "1", "2"}
    assert eligible_sources(ROWS, min_relevant=4) == []
    # The women's item has only itself and the unisex one; multi colour and no season never qualify.
    assert {r["id"] for r in eligible_sources(ROWS, min_relevant=1)} == {"0", "1", "2", "4"}


def test_queries_alternate_languages_and_name_every_attribute() -> None:
    rows = [dict(r, id=f"{r['id']}-{n}") for n in range(20) for r in ROWS]
    queries = make_queries(rows, n=30, min_relevant=3)
    assert len(queries) == 30 and queries == make_queries(list(reversed(rows)), n=30, min_relevant=3)
    assert Counter(q.language for q in queries) == {"en": 15, "ko": 15}
    assert len({q.text for q in queries}) > 6  # templates and synonyms vary the wording
    for query in queries:
        assert (query.kind, query.color_family, query.season) == ("trousers", "navy", "winter")
    assert any("겨울" in q.text for q in queries) and any("winter" in q.text for q in queries)


def understand_nothing(query: str) -> tuple[str, SearchFilters]:
    return query, SearchFilters()


@pytest.fixture(scope="module")
def eval_catalog(tmp_path_factory: pytest.TempPathFactory, embedder) -> Catalog:
    """120 demo items: 12 from each of the 10 commonest (kind, colour family, gender, season) groups."""
    import pyarrow.parquet as pq

    rows = pq.read_table(DEMO_PARQUET).to_pylist()
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        if row["gender"] != "unisex" and row["season"]:
            groups.setdefault((row["kind"], row["color_family"], row["gender"], row["season"]), []).append(row)
    commonest = sorted(groups.values(), key=len, reverse=True)[:10]
    root = tmp_path_factory.mktemp("eval")
    built = Catalog(str(root / "lancedb"), embedder, root / "images")
    CatalogWriter.of(built).ingest([row for group in commonest for row in group[:12]])
    return built


def test_the_eval_on_a_small_catalogue_gives_sane_numbers(eval_catalog: Catalog) -> None:
    # The real query understanding of `stylist search`.
    report = retrieval_report(eval_catalog, understand_query, n_queries=40, k=5, min_relevant=5)
    assert report["eval"] == "retrieval" and report["catalog_items"] == 120
    assert report["queries"] == 40 and set(report["by_language"]) == {"en", "ko"}
    assert report["understood_share"] >= 0.9
    assert report["precision_at_5"] >= 0.9
    assert 0.0 <= report["text_only_precision_at_5"] <= report["precision_at_5"]
    assert all(0.9 <= v <= 1.0 for v in report["by_attribute"].values())
    # Without query understanding, Korean queries have nothing but MiniLM (an English model) to go on.
    blind = retrieval_report(eval_catalog, understand_nothing, n_queries=40, k=5, min_relevant=5, text_only=False)
    assert blind["by_language"]["ko"]["precision_at_5"] < report["by_language"]["ko"]["precision_at_5"]
    assert blind["text_only_precision_at_5"] is None


def test_the_eval_of_an_empty_catalogue_says_what_to_do(tmp_path: Path) -> None:
    from app.eval_retrieval import run_retrieval_eval
    from app.settings import Settings
    from retrieval.catalog import EmptyCatalogError

    with pytest.raises(EmptyCatalogError, match="stylist ingest"):
        run_retrieval_eval(Settings(data_dir=tmp_path), uri=str(tmp_path / "db"))

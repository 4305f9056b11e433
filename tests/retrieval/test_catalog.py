"""The LanceDB catalogue end to end: real MiniLM, a temporary LanceDB and a sample of the demo parquet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from retrieval.catalog import Catalog, EmptyCatalogError, stratified_sample
from retrieval.embed import MiniLMEmbedder
from retrieval.filters import SearchFilters
from retrieval.items import Item
from retrieval.vocabulary import GENDERS, SLOTS

REPO = Path(__file__).resolve().parents[2]
DEMO_PARQUET = REPO / "data" / "catalog" / "demo_catalog.parquet"
SAMPLE_SIZE = 400  # as in conftest.py

INJECTIONS = (
    "' OR 1=1 --", "men' OR '1'='1", '" OR ""="', "'; DROP TABLE items; --", "%", "_", "*",
    "\\", "men\x00", "남성", "🧥", "|", "",
)


def ids(items: list[Item]) -> list[str]:
    return [i.id for i in items]


def test_sample_spreads_over_slots_and_genders(stored_rows: list[dict]) -> None:
    assert len(stored_rows) == SAMPLE_SIZE
    assert {r["slot"] for r in stored_rows} == set(SLOTS)
    assert {r["gender"] for r in stored_rows} == set(GENDERS)


def test_stratified_sample_is_deterministic() -> None:
    records = pq.read_table(DEMO_PARQUET, columns=["id", "slot", "gender", "kind", "color_family"]).to_pylist()
    first, second = stratified_sample(records, 100), stratified_sample(list(reversed(records)), 100)
    assert len(first) == 100
    assert sorted(r["id"] for r in first) == sorted(r["id"] for r in second)


def test_navy_chinos_finds_navy_trousers_first(catalog: Catalog, stored_rows: list[dict]) -> None:
    assert any(r["kind"] == "trousers" and r["color"] == "Navy Blue" for r in stored_rows)  # the sample has some
    results = catalog.search("navy chinos", k=5)
    assert (results[0].kind, results[0].color_family) == ("trousers", "navy")
    assert all(0.0 <= r.score <= 1.0 for r in results)
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


@pytest.mark.parametrize(
    ("query", "filters", "check"),
    [
        ("shirt", SearchFilters(genders=("women",)), lambda i: i.gender == "women"),
        ("casual outfit", SearchFilters(slots=("shoes",)), lambda i: i.slot == "shoes"),
        ("navy chinos", SearchFilters(color_families=("black",)), lambda i: i.color_family == "black"),
        ("dress", SearchFilters(exclude_color_families=("black", "white")),
         lambda i: i.color_family not in {"black", "white"}),
        ("jacket", SearchFilters(kinds=("jacket", "blazer"), genders=("men",)),
         lambda i: i.kind in {"jacket", "blazer"} and i.gender == "men"),
        ("smart look", SearchFilters(styles=("dandy", "chic")), lambda i: {"dandy", "chic"} & set(i.styles)),
        ("summer top", SearchFilters(seasons=("summer",), slots=("top",)),
         lambda i: i.season == "summer" and i.slot == "top"),
        ("bag", SearchFilters(price_max=10.0, slots=("accessory",)), lambda i: i.slot == "accessory"),
    ],
)
def test_filters_are_honoured(catalog: Catalog, query: str, filters: SearchFilters, check) -> None:
    results = catalog.search(query, filters, k=8)
    assert results, "each filter here matches some sampled items"
    assert all(check(i) for i in results)


def test_exclude_ids(catalog: Catalog) -> None:
    first = catalog.search("white sneakers", k=3)
    again = catalog.search("white sneakers", SearchFilters(exclude_ids=tuple(ids(first))), k=3)
    assert not set(ids(first)) & set(ids(again))


def test_filter_matches_exactly_the_expected_rows(catalog: Catalog, stored_rows: list[dict]) -> None:
    expected = {r["id"] for r in stored_rows if r["gender"] == "men" and r["slot"] == "bottom"}
    found = catalog.search("anything", SearchFilters(genders=("men",), slots=("bottom",)), k=len(stored_rows))
    assert set(ids(found)) == expected


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injection_in_filter_values_matches_nothing(catalog: Catalog, evil: str) -> None:
    for filters in (
        SearchFilters(genders=(evil,)), SearchFilters(slots=(evil,)), SearchFilters(kinds=(evil,)),
        SearchFilters(color_families=(evil,)), SearchFilters(styles=(evil,)), SearchFilters(usages=(evil,)),
    ):
        assert catalog.search("shirt", filters, k=5) == []


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injection_in_exclusions_excludes_nothing_extra(catalog: Catalog, evil: str) -> None:
    plain = ids(catalog.search("black shoes", k=5))
    filters = SearchFilters(exclude_ids=(evil,), exclude_color_families=(evil,))
    assert ids(catalog.search("black shoes", filters, k=5)) == plain


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injection_as_query_text_still_honours_filters(catalog: Catalog, evil: str) -> None:
    results = catalog.search(evil, SearchFilters(genders=("women",), slots=("onepiece",)), k=5)
    assert results and all(i.gender == "women" and i.slot == "onepiece" for i in results)
    assert all(0.0 <= i.score <= 1.0 for i in results)


def test_get_round_trips(catalog: Catalog, stored_rows: list[dict]) -> None:
    wanted = [stored_rows[3]["id"], "no-such-id", stored_rows[0]["id"], "' OR 1=1 --"]
    items = catalog.get(wanted)
    assert ids(items) == [stored_rows[3]["id"], stored_rows[0]["id"]]
    first = items[1]
    row = stored_rows[0]
    assert (first.name, first.kind, first.slot, first.color, first.gender) == (
        row["name"], row["kind"], row["slot"], row["color"], row["gender"],
    )
    assert first.styles and isinstance(first.styles, tuple) and first.price is None
    assert Path(first.image).read_bytes()[:3] == b"\xff\xd8\xff"  # the JPEG was written out
    assert Item.from_json(first.to_json()) == replace(first, brand=None)  # the JSON contract has no brand


def test_reingest_keeps_count_stable_and_reports_progress(tmp_path: Path, embedder) -> None:
    small = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    calls: list[tuple[int, int]] = []
    assert small.ingest_parquet(DEMO_PARQUET, limit=30, progress=lambda done, total: calls.append((done, total))) == 30
    assert calls[-1] == (30, 30)
    assert small.count() == 30
    assert small.ingest_parquet(DEMO_PARQUET, limit=30) == 30
    assert small.count() == 30
    # Overlapping and new rows together: upserts, not duplicates.
    records = pq.read_table(DEMO_PARQUET).slice(0, 10).to_pylist()
    new = {r["id"] for r in records} - set(ids(small.get([r["id"] for r in records])))
    small.ingest(records, batch_size=4)
    assert small.count() == 30 + len(new)
    assert len(small.search("shirt", k=50)) == min(50, 30 + len(new))


class CountingMiniLM(MiniLMEmbedder):
    """The real MiniLM, counting the texts it is asked to embed."""

    def __init__(self, shared: MiniLMEmbedder, name: str) -> None:
        super().__init__()
        self._model, self.name, self.texts = shared._load(), name, 0

    def embed(self, texts):
        self.texts += len(texts)
        return super().embed(texts)


def test_reingest_reuses_vectors_of_unchanged_items(tmp_path: Path, embedder: MiniLMEmbedder) -> None:
    records = pq.read_table(DEMO_PARQUET).slice(0, 12).to_pylist()
    first = CountingMiniLM(embedder, "all-MiniLM-L6-v2")
    Catalog(str(tmp_path / "db"), first, tmp_path / "images").ingest(records)
    assert first.texts == 12
    again = CountingMiniLM(embedder, "all-MiniLM-L6-v2")
    records[0] = {**records[0], "name": records[0]["name"] + " Renamed"}
    Catalog(str(tmp_path / "db"), again, tmp_path / "images").ingest(records)
    assert again.texts == 1  # only the changed item
    other_model = CountingMiniLM(embedder, "some-other-model")
    Catalog(str(tmp_path / "db"), other_model, tmp_path / "images").ingest(records)
    assert other_model.texts == 12  # vectors of another model are never reused


def test_ingest_rebuilds_a_table_of_an_older_schema(tmp_path: Path, embedder: MiniLMEmbedder) -> None:
    import lancedb
    import pyarrow as pa

    lancedb.connect(str(tmp_path / "db")).create_table("items", schema=pa.schema([("id", pa.string())]))
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    assert catalog.ingest(pq.read_table(DEMO_PARQUET).slice(0, 3).to_pylist()) == 3
    assert catalog.count() == 3 and len(catalog.search("shirt", k=5)) == 3


def test_empty_catalog_raises_a_clear_error(tmp_path: Path, embedder) -> None:
    empty = Catalog(str(tmp_path / "nothing-here"), embedder, tmp_path / "images")
    assert empty.count() == 0
    assert empty.get(["1"]) == []
    with pytest.raises(EmptyCatalogError, match=r"empty: run `stylist ingest`"):
        empty.search("navy chinos")


def test_zero_k_and_bad_price(catalog: Catalog) -> None:
    assert catalog.search("shirt", k=0) == []
    with pytest.raises(ValueError, match="finite"):
        catalog.search("shirt", SearchFilters(price_max=float("nan")))

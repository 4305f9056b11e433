"""The traits as catalogue columns: stored at ingest, filtered alike on both search paths, kept by
the demo sample, and optional in tables built before them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from domain.items import Item
from retrieval.catalog import Catalog
from retrieval.catalog_writer import CatalogWriter
from retrieval.catalog_sample import DRESS_CODE_SHARE, stratified_sample
from retrieval.csv_source import records_from_csv
from domain.filters import SearchFilters
from retrieval.search import build_where
from domain.traits import FORMALITY_LEVELS, FUNCTIONS, WARMTH_LEVELS, Traits, traits_from, traits_of
from retrieval.vector_mirror import VectorMirror

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"
TRAITS = ["formality", "function", "warmth"]


def _dress_code_piece(record: dict) -> bool:
    return record["formality"] == "formal" or record["function"] == "evening" or record["kind"] == "blazer"


@pytest.fixture(scope="module")
def demo_records() -> list[dict]:
    columns = ["id", "name", "kind", "slot", "gender", "color", "color_family", "usage", "pattern", *TRAITS]
    return pq.read_table(DEMO_PARQUET, columns=columns).to_pylist()


# --- the demo catalogue ---------------------------------------------------------------------------------


def test_the_demo_catalogue_holds_the_traits_of_the_rules(demo_records: list[dict]) -> None:
    assert {r["formality"] for r in demo_records} == set(FORMALITY_LEVELS)
    assert {r["function"] for r in demo_records} == set(FUNCTIONS)
    assert {r["warmth"] for r in demo_records} == set(WARMTH_LEVELS)
    for r in demo_records[::50]:  # stored kinds are already corrected: reading them again agrees
        assert traits_from(r["kind"], r["usage"], r["name"]).kind == r["kind"]


def test_the_demo_catalogue_carries_the_corrections_made_by_eye(demo_records: list[dict]) -> None:
    """A suede desert boot filed as "Flat Shoes" is a boot in the catalogue, an evening gown is evening wear."""
    import tomllib

    corrections = tomllib.loads((DEMO_PARQUET.parent / "corrections.toml").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in demo_records}
    assert corrections and all(product in by_id for product in corrections)
    for product, fields in corrections.items():
        assert fields["why"], product
        assert {f: by_id[product][f] for f in fields if f != "why"} == {f: v for f, v in fields.items() if f != "why"}
    assert by_id["13558"]["slot"] == "shoes"


def test_the_sample_keeps_every_dress_code_piece_that_fits_its_share(demo_records: list[dict]) -> None:
    needed = [r for r in demo_records if _dress_code_piece(r)]
    limit = int(len(needed) / DRESS_CODE_SHARE) + 1
    sample = stratified_sample(demo_records, limit)
    assert len(sample) == limit
    assert {r["id"] for r in needed} <= {r["id"] for r in sample}


def test_a_small_sample_still_keeps_the_rare_dress_code_pieces(demo_records: list[dict]) -> None:
    sample = stratified_sample(demo_records, 1500)
    assert len(sample) == 1500 and len({r["id"] for r in sample}) == 1500
    kept = [r for r in sample if _dress_code_piece(r)]
    assert len(kept) == int(1500 * DRESS_CODE_SHARE)
    by_kind = Counter((r["kind"], r["gender"]) for r in kept)
    all_of = Counter((r["kind"], r["gender"]) for r in demo_records if _dress_code_piece(r))
    for pair in (("blazer", "men"), ("blazer", "women"), ("dress", "women"), ("heels", "women"), ("skirt", "women")):
        assert by_kind[pair] == all_of[pair], pair  # rare: every one of them
    assert set(by_kind) == set(all_of)  # and some of every other kind
    everyday = Counter((r["slot"], r["gender"]) for r in sample if not _dress_code_piece(r))
    assert min(everyday[("top", g)] for g in ("men", "women")) > 50  # the rest still makes everyday looks


def test_records_without_traits_are_sampled_by_the_rules(demo_records: list[dict]) -> None:
    bare = [{k: v for k, v in r.items() if k not in TRAITS} for r in demo_records]  # an older parquet
    sample = stratified_sample(bare, 400)
    assert len(sample) == 400
    # Without the source category a few read differently ("Formal Shoes" named just "Black Shoes").
    source = {r["id"]: r for r in demo_records}
    assert sum(_dress_code_piece(source[r["id"]]) for r in sample) >= 0.9 * 400 * DRESS_CODE_SHARE


# --- stored and searched --------------------------------------------------------------------------------


def test_ingest_stores_the_traits(catalog: Catalog, demo_records: list[dict]) -> None:
    source = {r["id"]: r for r in demo_records}
    stored = catalog.scan(["id", *TRAITS]).to_pylist()
    assert stored and all(r[c] == source[r["id"]][c] for r in stored for c in TRAITS)
    item = catalog.get([stored[0]["id"]])[0]
    assert (item.formality, item.function, item.warmth) == tuple(stored[0][c] for c in TRAITS)
    assert traits_of(item) == Traits(item.formality, item.function, item.warmth, item.kind)


def test_csv_ingest_stores_traits_and_the_corrected_kind(tmp_path: Path, embedder) -> None:
    path = tmp_path / "styles.csv"
    path.write_text(
        "id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName\n"
        "1,Men,Apparel,Bottomwear,Trousers,Grey,Summer,2012,Casual,John Players Men Grey Shorts\n"
        "2,Unisex,Accessories,Bags,Duffel Bag,Navy Blue,Summer,2012,Casual,Nike Unisex Navy Blue Duffle Bag\n"
        "3,Women,Accessories,Bags,Clutches,Black,Winter,2012,Casual,Rocia Women Black Clutch\n",
        encoding="utf-8",
    )
    records = list(records_from_csv(path))
    assert [(r["kind"], r["slot"], r["formality"], r["function"], r["warmth"]) for r in records] == [
        ("shorts", "bottom", "casual", "", "light"), ("bag", "accessory", "casual", "gym", "medium"),
        ("bag", "accessory", "formal", "evening", "medium"),
    ]
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    assert CatalogWriter.of(catalog).ingest(records) == 3
    shorts = catalog.get(["1"])[0]
    assert (shorts.kind, shorts.slot, shorts.formality, shorts.warmth) == ("shorts", "bottom", "casual", "light")
    found = catalog.search("bag", SearchFilters(exclude_functions=("gym",)), k=5)
    assert {i.id for i in found} == {"1", "3"}  # the gym bag is out


TRAIT_FILTERS = [
    SearchFilters(formalities=("formal",)),
    SearchFilters(formalities=("smart", "formal"), slots=("top",)),
    SearchFilters(formalities=("athletic",), genders=("women",)),
    SearchFilters(warmths=("light",)),
    SearchFilters(warmths=("warm", "heavy"), slots=("outerwear", "top")),
    SearchFilters(exclude_functions=("sport", "gym")),
    SearchFilters(exclude_functions=("",)),
    SearchFilters(formalities=("casual", "smart"), exclude_functions=("sport", "gym", "evening"), warmths=("medium",)),
    SearchFilters(formalities=("' OR 1=1 --",)),
    SearchFilters(exclude_functions=("' OR 1=1 --",)),
]


@pytest.mark.parametrize("filters", TRAIT_FILTERS)
def test_both_search_paths_filter_traits_alike(catalog: Catalog, filters: SearchFilters) -> None:
    table = catalog._table()
    rows = table.search().where(build_where(filters)).select(["id"]).limit(table.count_rows()).to_list()
    mirror = VectorMirror.of_table(table)
    assert set(mirror.ids[mirror.mask(filters)]) == {r["id"] for r in rows}
    scan = catalog.scan(["id", *TRAITS]).to_pylist()
    expected = {r["id"] for r in scan
                if (not filters.formalities or r["formality"] in filters.formalities)
                and (not filters.warmths or r["warmth"] in filters.warmths)
                and r["function"] not in filters.exclude_functions}
    if not (filters.slots or filters.genders):
        assert {r["id"] for r in rows} == expected


def test_searches_honour_trait_filters(catalog: Catalog) -> None:
    lancedb_path = Catalog(catalog.uri, catalog.embedder, Path(catalog.images_dir), mirror=False)
    filters = SearchFilters(formalities=("smart", "formal"), exclude_functions=("evening",), warmths=("medium",))
    for searcher in (catalog, lancedb_path):
        found = searcher.search("something for the office", filters, k=10)
        assert found and all(i.formality in {"smart", "formal"} and i.function != "evening" and i.warmth == "medium"
                             for i in found)
    assert [i.id for i in lancedb_path.search("navy shirt", filters, k=8)] == \
        [i.id for i in catalog.search("navy shirt", filters, k=8)]


# --- a table built before the traits ----------------------------------------------------------------------


class CountingEmbedder:
    """The session MiniLM, counting the texts it embeds."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim, self.texts = inner, inner.name, inner.dim, 0

    def embed(self, texts):
        self.texts += len(texts)
        return self.inner.embed(texts)


def test_a_table_without_traits_is_read_and_upgraded_in_place(tmp_path: Path, embedder) -> None:
    records = pq.read_table(DEMO_PARQUET).slice(0, 12).to_pylist()
    old = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    CatalogWriter.of(old).ingest(records)
    old._table().drop_columns(TRAITS)  # as built before the traits existed
    for mirror in (True, False):
        reader = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images", mirror=mirror)
        found = reader.search("shirt", SearchFilters(formalities=("formal",), warmths=("heavy",)), k=20)
        assert len(found) == 12  # the trait filters are ignored, not failed on
        assert all(i.formality is None and i.function is None and i.warmth is None for i in found)
        assert all(traits_of(i).formality in FORMALITY_LEVELS for i in found)  # derived when read
        assert len(reader.get([r["id"] for r in records])) == 12
    counting = CountingEmbedder(embedder)
    again = Catalog(str(tmp_path / "db"), counting, tmp_path / "images")
    assert CatalogWriter.of(again).ingest(records[:6]) == 6
    assert counting.texts == 0  # columns added in place: every stored vector kept
    items = {i.id: i for i in again.get([r["id"] for r in records])}
    assert len(items) == 12
    assert all(items[r["id"]].formality == r["formality"] for r in records[:6])
    assert all(items[r["id"]].formality is None for r in records[6:])  # not re-ingested: derived when read
    assert {i.id for i in again.search("shirt", SearchFilters(formalities=FORMALITY_LEVELS), k=20)} == \
        {r["id"] for r in records[:6]}


def test_items_from_json_keep_traits_optional() -> None:
    item = Item.from_json({"id": "w1", "name": "Grey Wool Sweater", "kind": "sweater", "slot": "top"})
    assert item.formality is None and traits_of(item) == Traits("smart", "", "warm", "sweater")

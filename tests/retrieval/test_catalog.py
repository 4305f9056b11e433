"""The LanceDB catalogue end to end: real MiniLM, a temporary LanceDB and a sample of the demo parquet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from domain.items import Item
from domain.vocabulary import GENDERS, SLOTS
from retrieval.catalog import Catalog, EmptyCatalogError
from retrieval.catalog_writer import CatalogWriter
from retrieval.catalog_sample import stratified_sample
from retrieval.embed import MiniLMEmbedder
from domain.filters import SearchFilters

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
    # The JSON contract has no brand and no traits.
    assert Item.from_json(first.to_json()) == replace(first, brand=None, formality=None, function=None, warmth=None,
                                                      pattern=None)


def test_reingest_keeps_count_stable_and_reports_progress(tmp_path: Path, embedder) -> None:
    small = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    calls: list[tuple[int, int]] = []
    assert CatalogWriter.of(small).ingest_parquet(DEMO_PARQUET, limit=30,
                                                  progress=lambda done, total: calls.append((done, total))) == 30
    assert calls[-1] == (30, 30)
    assert small.count() == 30
    assert CatalogWriter.of(small).ingest_parquet(DEMO_PARQUET, limit=30) == 30
    assert small.count() == 30
    # Overlapping and new rows together: upserts, not duplicates.
    records = pq.read_table(DEMO_PARQUET).slice(0, 10).to_pylist()
    new = {r["id"] for r in records} - set(ids(small.get([r["id"] for r in records])))
    CatalogWriter.of(small).ingest(records, batch_size=4)
    assert small.count() == 30 + len(new)
    assert len(small.search("shirt", k=50)) == min(50, 30 + len(new))
    # A newer demo that lists fewer pieces: a refresh drops the ones it no longer lists, searches included.
    assert CatalogWriter.of(small).ingest_parquet(DEMO_PARQUET, limit=12, prune=True) == 12
    assert small.count() == 12
    kept = {r["id"] for r in stratified_sample(pq.read_table(DEMO_PARQUET).to_pylist(), 12)}
    assert {i.id for i in small.search("shirt", k=50)} <= kept


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
    CatalogWriter(str(tmp_path / "db"), first, tmp_path / "images").ingest(records)
    assert first.texts == 12
    again = CountingMiniLM(embedder, "all-MiniLM-L6-v2")
    records[0] = {**records[0], "name": records[0]["name"] + " Renamed"}
    CatalogWriter(str(tmp_path / "db"), again, tmp_path / "images").ingest(records)
    assert again.texts == 1  # only the changed item
    other_model = CountingMiniLM(embedder, "some-other-model")
    CatalogWriter(str(tmp_path / "db"), other_model, tmp_path / "images").ingest(records)
    assert other_model.texts == 12  # vectors of another model are never reused


def test_ingest_rebuilds_a_table_of_an_older_schema(tmp_path: Path, embedder: MiniLMEmbedder) -> None:
    import lancedb
    import pyarrow as pa

    lancedb.connect(str(tmp_path / "db")).create_table("items", schema=pa.schema([("id", pa.string())]))
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    assert CatalogWriter.of(catalog).ingest(pq.read_table(DEMO_PARQUET).slice(0, 3).to_pylist()) == 3
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


# --- filters added with the full catalogue -----------------------------------------------------------


def test_occasion_and_price_range_filters(catalog: Catalog) -> None:
    workout = catalog.search("something to move in", SearchFilters(occasions=("workout",)), k=10)
    assert workout and all(i.usage == "sports" for i in workout)
    assert catalog.search("shirt", SearchFilters(occasions=("no such occasion",)), k=5) == []
    # The demo catalogue has no prices: nothing is known to cost at least 1, and a maximum keeps all.
    assert catalog.search("shirt", SearchFilters(price_min=1.0), k=5) == []
    assert len(catalog.search("shirt", SearchFilters(price_max=1.0), k=5)) == 5


# --- visual search ------------------------------------------------------------------------------------


def test_search_by_image_finds_the_item_of_its_own_picture(catalog: Catalog, stored_rows: list[dict]) -> None:
    with_pictures = [r for r in stored_rows if r["image"]][:: 40][:8]
    assert len(with_pictures) >= 5
    for row in with_pictures:
        first = catalog.search_by_image(row["image"], k=3)[0]
        same_picture = Path(first.image).read_bytes() == Path(row["image"]).read_bytes()  # listed twice in the data
        assert first.id == row["id"] or same_picture
        assert first.score == pytest.approx(1.0, abs=1e-4)


def test_search_by_image_honours_filters_and_takes_pictures(catalog: Catalog, stored_rows: list[dict]) -> None:
    from PIL import Image

    row = next(r for r in stored_rows if r["image"] and r["gender"] == "men")
    results = catalog.search_by_image(Image.open(row["image"]), SearchFilters(genders=("women",)), k=6)
    assert len(results) == 6 and all(i.gender == "women" and i.image for i in results)
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    assert catalog.search_by_image(row["image"], k=0) == []


def test_search_by_image_refuses_vectors_of_another_model(catalog: Catalog, embedder, tmp_path: Path) -> None:
    from retrieval.catalog import CatalogImagesError
    from retrieval.image_vectors import ColourTextureEmbedder

    class Retrained(ColourTextureEmbedder):
        name = "colour-texture-v2"

    other = Catalog(catalog.uri, embedder, tmp_path / "images", image_embedder=Retrained())
    with pytest.raises(CatalogImagesError, match="run `stylist ingest` again"):
        other.search_by_image(next(r["image"] for r in catalog.scan(["image"]).to_pylist() if r["image"]))
    empty = Catalog(str(tmp_path / "nothing"), embedder, tmp_path / "images")
    with pytest.raises(EmptyCatalogError):
        empty.search_by_image(b"")


# --- the vector index -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def indexed(catalog: Catalog, embedder, tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A copy of the session catalogue with an approximate vector index (big catalogues get one)."""
    import shutil

    from retrieval.catalog_writer import build_vector_index

    folder = tmp_path_factory.mktemp("indexed") / "lancedb"
    shutil.copytree(catalog.uri, folder)
    copy = Catalog(str(folder), embedder, Path(catalog.images_dir), mirror=False)  # the LanceDB vector path
    build_vector_index(copy._table())
    return copy


def test_an_index_keeps_selective_searches_exact(indexed: Catalog, catalog: Catalog) -> None:
    from retrieval.catalog import _has_vector_index

    assert _has_vector_index(indexed._table(), "vector") and not _has_vector_index(catalog._table(), "vector")
    for text, filters in (("navy chinos", SearchFilters(slots=("bottom",), genders=("men",))),
                          ("white sneakers", SearchFilters(kinds=("sneakers",)))):
        assert ids(indexed.search(text, filters, k=8)) == ids(catalog.search(text, filters, k=8))


def test_an_index_serves_loose_searches_with_exact_scores(indexed: Catalog, catalog: Catalog) -> None:
    approximate = {i.id: i.score for i in indexed.search("casual outfit", k=10)}
    exact = {i.id: i.score for i in catalog.search("casual outfit", k=10)}
    assert len(approximate.keys() & exact.keys()) >= 8
    assert all(approximate[i] == pytest.approx(exact[i], abs=1e-4) for i in approximate.keys() & exact.keys())


class MeanColour:
    """A tiny real image embedder of another width: the picture's mean colour."""

    name, dim = "mean-colour", 3

    def embed(self, images):
        import numpy as np

        vectors = np.array([np.asarray(i.convert("RGB"), dtype=np.float32).mean(axis=(0, 1)) for i in images])
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32).reshape(-1, 3)


def test_another_image_embedder_re_embeds_only_the_pictures(tmp_path: Path, embedder: MiniLMEmbedder) -> None:
    records = [r for r in pq.read_table(DEMO_PARQUET).slice(0, 40).to_pylist()][:12]
    first = CountingMiniLM(embedder, "all-MiniLM-L6-v2")
    CatalogWriter(str(tmp_path / "db"), first, tmp_path / "images").ingest(records)
    again = CountingMiniLM(embedder, "all-MiniLM-L6-v2")
    swapped = Catalog(str(tmp_path / "db"), again, tmp_path / "images", image_embedder=MeanColour())
    from retrieval.catalog import CatalogImagesError

    with pytest.raises(CatalogImagesError, match="stylist ingest"):
        swapped.search_by_image(records[0]["image"])  # 288-d descriptors stored, 3-d asked for
    assert CatalogWriter.of(swapped).ingest(records) == 12
    assert again.texts == 0 and swapped.count() == 12  # text vectors kept
    found = swapped.search_by_image(records[3]["image"], k=1)[0]
    assert found.score == pytest.approx(1.0, abs=1e-5) and found.id == records[3]["id"]


def test_any_lancedb_uri_is_passed_through(tmp_path: Path, embedder: MiniLMEmbedder) -> None:
    in_memory = Catalog("memory://", embedder, tmp_path / "images")  # not a folder: LanceDB's own scheme
    assert in_memory.count() == 0
    assert CatalogWriter.of(in_memory).ingest(pq.read_table(DEMO_PARQUET).slice(0, 3).to_pylist()) == 3
    assert in_memory.uri == "memory://" and len(in_memory.search("shirt", k=5)) == 3


def test_the_in_memory_copy_follows_new_versions(tmp_path: Path, embedder: MiniLMEmbedder,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from retrieval import catalog as module

    monkeypatch.setattr(module, "MIRROR_RECHECK_S", 0.3)
    records = pq.read_table(DEMO_PARQUET).slice(0, 12).to_pylist()
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    CatalogWriter.of(catalog).ingest(records[:4])
    assert len(catalog.search("shirt", k=20)) == 4
    CatalogWriter.of(catalog).ingest(records[4:8])
    assert len(catalog.search("shirt", k=20)) == 8  # its own writes: at once
    other_process = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    CatalogWriter.of(other_process).ingest(records[8:])
    time.sleep(0.35)
    assert len(catalog.search("shirt", k=20)) == 12  # another's: within MIRROR_RECHECK_S


def test_a_catalogue_too_big_to_copy_is_searched_in_lancedb(catalog: Catalog, embedder,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from retrieval import catalog as module

    monkeypatch.setattr(module, "MIRROR_MAX_ROWS", 100)
    big = Catalog(catalog.uri, embedder, Path(catalog.images_dir))
    assert big._vector_mirror(big._table()) is None
    assert ids(big.search("navy chinos", k=5)) == ids(catalog.search("navy chinos", k=5))
    assert Catalog("memory://", embedder, Path(catalog.images_dir)).mirror is False  # not on this disk: never copied


# --- a catalogue another machine built ---------------------------------------------------------------


def test_a_machine_reading_a_catalogue_built_elsewhere_gets_its_pictures(catalog: Catalog, embedder,
                                                                       tmp_path: Path) -> None:
    """A replica with its own (empty) pictures folder: its items point into that folder, and warming
    the catalogue copies every picture out of the table, byte for byte."""
    elsewhere = Catalog(catalog.uri, embedder, tmp_path / "other-machine")
    found = elsewhere.search("navy shirt", k=5)
    assert found and all(Path(i.image).parent == tmp_path / "other-machine" for i in found if i.image)
    assert not any(Path(i.image).exists() for i in found if i.image)

    elsewhere.warm()

    for item in found:
        if item.image:
            original = Path(catalog.images_dir) / Path(item.image).name
            assert Path(item.image).read_bytes() == original.read_bytes()
    assert len(list((tmp_path / "other-machine").glob("*.jpg"))) == len(list(Path(catalog.images_dir).glob("*.jpg")))


def test_what_is_made_from_the_whole_table_follows_a_reindex(tmp_path: Path, embedder: MiniLMEmbedder) -> None:
    from retrieval.brands import brand_rows

    records = pq.read_table(DEMO_PARQUET).slice(0, 40).to_pylist()
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    CatalogWriter.of(catalog).ingest(records[:10])
    brands = lambda: {r["brand"] for r in brand_rows(catalog)}  # noqa: E731
    before = catalog.derived("brands", brands)
    assert before == {r["brand"] for r in records[:10] if r.get("brand")}
    CatalogWriter.of(catalog).ingest(records)
    assert catalog.derived("brands", brands) == {r["brand"] for r in records if r.get("brand")} != before
    reopened = Catalog(str(tmp_path / "db"), embedder, tmp_path / "images")
    assert reopened.derived("brands", lambda: set()) == catalog.derived("brands", brands)  # made once per version

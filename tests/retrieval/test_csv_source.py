"""Catalogue records from CSV files in both layouts, and their ingest."""

from __future__ import annotations

from pathlib import Path

import json
import logging
import operator

import pyarrow.parquet as pq
import pytest

from retrieval.catalog import Catalog
from retrieval.catalog_writer import CatalogWriter
from retrieval.csv_source import parse_column_mapping, records_from_csv
from domain.filters import SearchFilters

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"

FASHION_CSV = """id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName
15970,Men,Apparel,Topwear,Shirts,Navy Blue,Fall,2011,Casual,Turtle Check Men Navy Blue Shirt
1,Women,Apparel,Innerwear,Bra,Black,Summer,2012,Casual,Some Women Black Bra
2,Boys,Apparel,Bottomwear,Jeans,Blue,Summer,2012,Casual,Palm Tree Boys Blue Jeans
3,Men,Apparel,Bottomwear,Jeans,Blue,Summer,2012,Casual,Palm Tree Kids Boy Washed Blue Jeans
4,Women,Footwear,Shoes,Heels,,,,,Catwalk Women Red Flats
5,Men,Apparel,Bottomwear,Trousers,Navy Blue,Winter,2012,Formal,Highlander Men Navy Blue Chinos Trousers
"""

VOCABULARY_CSV = """id,name,kind,color,gender,styles,price,season,usage
w1,My navy chinos,trousers,navy blue,men,minimal|casual,59.9,fall,casual
w2,Thing,spaceship,Black,men,,,,
w3,Red dress,dress,Red,WOMEN,"chic, feminine, bogus",not a price,,
../passwd,Sneaky sneakers,sneakers,White,unisex,,,,
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "styles.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def images(tmp_path: Path) -> Path:
    folder = tmp_path / "images"
    folder.mkdir()
    jpeg = pq.read_table(DEMO_PARQUET, columns=["image"]).slice(0, 1).to_pylist()[0]["image"]
    (folder / "15970.jpg").write_bytes(jpeg)
    return folder


def test_fashion_layout_follows_the_demo_rules(tmp_path: Path, images: Path) -> None:
    records = list(records_from_csv(write(tmp_path, FASHION_CSV), images))
    assert [r["id"] for r in records] == ["15970", "1", "2", "3", "4", "5"]  # every row is kept...
    shirt, bra, boys_jeans, kids_jeans, flats, trousers = records
    # ...but only adult outfit pieces may go into outfits
    assert [r["outfit_ok"] for r in records] == [True, False, False, False, True, True]
    assert (shirt["kind"], shirt["slot"], shirt["color_family"], shirt["gender"]) == ("shirt", "top", "navy", "men")
    assert shirt["styles"] == ["casual", "amekaji"] and shirt["brand"] == "Turtle Check"
    assert shirt["image"] == str((images / "15970.jpg").resolve())
    assert (bra["kind"], bra["slot"], bra["category"]) == ("", "", "Bra")
    assert (boys_jeans["kind"], boys_jeans["gender"]) == ("jeans", "men")
    assert kids_jeans["kind"] == "jeans"
    assert (flats["kind"], flats["color"], flats["season"], flats["usage"]) == ("flats", "Red", None, None)
    assert flats["image"] is None
    assert "dandy" in trousers["styles"]


NAMED_COLOURS_CSV = """id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName
11,Men,Apparel,Topwear,Blazers,Black,Winter,2012,Formal,Reid & Taylor Men Charcoal Grey Blazer
12,Men,Footwear,Shoes,Formal Shoes,Brown,Winter,2012,Formal,Red Chief Men Brown Shoes
13,Men,Footwear,Shoes,Casual Shoes,Navy Blue,Summer,2012,Casual,Lotto Men's Bristol II Navy White Shoe
14,Women,Apparel,Topwear,Tops,White,Summer,2012,Casual,Tonga Women Pink Printed Top
15,Men,Accessories,Watches,Watches,Steel,Winter,2012,Casual,Titan Men Gold Dial Watch
16,Women,Footwear,Shoes,Heels,Metallic,Winter,2012,Casual,Carlton London Women Black Heels
17,Women,Accessories,Bags,Handbags,Grey,Winter,2012,Casual,Murcia Women Fancy Cream Hand Bag
"""


def test_the_name_states_a_plain_pieces_colour(tmp_path: Path) -> None:
    """The shopper reads the name: a charcoal grey blazer filed as black is grey in the looks and their
    reasons; a brand's colour word, a two-colour name, a print's motif and a watch's dial are not."""
    records = {r["id"]: r for r in records_from_csv(write(tmp_path, NAMED_COLOURS_CSV), tmp_path)}
    colours = {i: (r["color"], r["color_family"]) for i, r in records.items()}
    assert colours == {
        "11": ("Charcoal", "grey"), "12": ("Brown", "brown"), "13": ("Navy Blue", "navy"),
        "14": ("White", "white"), "15": ("Steel", "grey"), "16": ("Black", "black"), "17": ("Cream", "beige"),
    }


def test_the_full_layout_keeps_every_known_category() -> None:
    from retrieval import catalog_rules as rules

    for article_type in rules.NON_OUTFIT_TYPES:
        assert rules.category_of(article_type, "Some Product", "women") == ("", False)
    for article_type, kind in rules.ARTICLE_TYPE_KIND.items():
        assert rules.category_of(article_type, "", "unisex") == (kind, True)  # no gendered relabels


def test_vocabulary_layout(tmp_path: Path, images: Path) -> None:
    (images.parent / "passwd.jpg").write_bytes(b"not inside images/")
    records = {r["id"]: r for r in records_from_csv(write(tmp_path, VOCABULARY_CSV), images)}
    assert set(records) == {"w1", "w3", "../passwd"}
    chinos, dress = records["w1"], records["w3"]
    assert (chinos["color"], chinos["color_family"], chinos["price"]) == ("Navy Blue", "navy", 59.9)
    assert chinos["styles"] == ["minimal", "casual"]
    assert (dress["gender"], dress["styles"], dress["price"]) == ("women", ["chic", "feminine"], None)
    assert records["../passwd"]["image"] is None  # ids never lead outside the images folder


BAD_ROWS_CSV = """id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage,productDisplayName
10,Men,Apparel,Topwear,Tshirts,Black,Summer,2012,Casual,Puma Men Black Tshirt
,Men,Apparel,Topwear,Tshirts,Black,Summer,2012,Casual,No Id Tshirt
11,Men,Apparel,Topwear,Spacesuits,White,Summer,2012,Casual,Nasa Men Spacesuit
12,Women,Apparel,Topwear,,Red,Summer,2012,Casual,No Category Top
13,Women,Apparel,Topwear,Tops,Red,Summer,2012,Casual,"Quoted, Comma Women Red Top"
"""


def test_bad_rows_are_reported_and_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = records_from_csv(write(tmp_path, BAD_ROWS_CSV))
    assert operator.length_hint(source) == 5  # data rows, for the progress bar, before reading any
    with caplog.at_level(logging.WARNING, logger="retrieval.csv_source"):
        assert [r["id"] for r in source] == ["10", "13"]
    assert (source.kept, source.skipped) == (2, 3)
    assert [(e.line, e.item_id) for e in source.examples] == [(3, None), (4, "11"), (5, "12")]
    assert "unknown category 'Spacesuits'" in str(source.examples[1])
    assert "skipped 3 bad row(s)" in caplog.text and "line 3: no id" in caplog.text


def test_bad_rows_never_abort_an_ingest(tmp_path: Path, embedder) -> None:
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "catalog-images")
    calls: list[tuple[int, int]] = []
    source = records_from_csv(write(tmp_path, BAD_ROWS_CSV))
    assert CatalogWriter.of(catalog).ingest(source, progress=lambda done, total: calls.append((done, total))) == 2
    assert calls[0] == (2, 5) and calls[-1] == (2, 2)  # the bar was sized by the CSV and then finished
    assert catalog.count() == 2


SHOP_CSV = """sku,Title,Category,Colour,Dept,Price,Season
A-1,Slim navy chinos,Chinos,Navy Blue,Male,59000,Autumn
A-2,Relaxed white tee,T-Shirts,white,Female,19000,summer
A-3,Gift card,Gift Card,,,10000,
A-4,Moon boots,Spacewear,Grey,Unisex,,
"""


@pytest.mark.parametrize("as_file", [False, True])
def test_column_mapping_reads_another_shops_csv(tmp_path: Path, as_file: bool) -> None:
    mapping = {"id": "sku", "name": "Title", "kind": "Category", "color": "Colour", "gender": "Dept",
               "price": "Price", "season": "Season"}
    spec: object = ",".join(f"{field}={column}" for field, column in mapping.items())
    if as_file:
        spec = tmp_path / "mapping.json"
        spec.write_text(json.dumps(mapping))
    source = records_from_csv(write(tmp_path, SHOP_CSV), mapping=spec)
    records = {r["id"]: r for r in source}
    assert set(records) == {"A-1", "A-2", "A-3"} and source.skipped == 1  # nothing maps "Spacewear"
    chinos, tee, card = records["A-1"], records["A-2"], records["A-3"]
    assert (chinos["kind"], chinos["color"], chinos["color_family"], chinos["gender"]) == (
        "trousers", "Navy Blue", "navy", "men")
    assert (chinos["price"], chinos["season"], chinos["outfit_ok"]) == (59000.0, "fall", True)
    assert (tee["kind"], tee["color"], tee["gender"], tee["slot"]) == ("tshirt", "White", "women", "top")
    assert (card["kind"], card["outfit_ok"], card["gender"]) == ("", False, "unisex")


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("name=Title,colour=Colour", "unknown field"),  # a typo must not silently drop a column
        ("name:Title", "field=column"),
    ],
)
def test_bad_column_mappings(tmp_path: Path, spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_column_mapping(spec)


def test_mapping_to_a_missing_column(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no column for name=Nope"):
        list(records_from_csv(write(tmp_path, SHOP_CSV), mapping="id=sku,kind=Category,name=Nope"))
    with pytest.raises(ValueError, match="--map id=<column>"):
        list(records_from_csv(write(tmp_path, SHOP_CSV)))


def test_limit_and_bad_files(tmp_path: Path) -> None:
    source = records_from_csv(write(tmp_path, FASHION_CSV), limit=2)
    assert operator.length_hint(source) == 2
    assert len(list(source)) == 2
    with pytest.raises(ValueError, match="articleType"):
        list(records_from_csv(write(tmp_path, "id,colour\n1,red\n")))
    with pytest.raises(FileNotFoundError):
        list(records_from_csv(tmp_path / "missing.csv"))


def test_csv_records_ingest_and_search(tmp_path: Path, images: Path, embedder) -> None:
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "catalog-images")
    assert CatalogWriter.of(catalog).ingest(records_from_csv(write(tmp_path, FASHION_CSV), images)) == 6
    found = catalog.search("navy chinos", SearchFilters(slots=("bottom",)), k=3)
    assert [i.id for i in found] == ["5"]  # the kids' jeans are kept, but out of outfit searches
    assert {i.id for i in catalog.search("jeans", SearchFilters(outfit_only=False), k=6)} == {"15970", "1", "2", "3", "4", "5"}
    stored = Path(catalog.get(["15970"])[0].image)
    assert stored.parent == tmp_path / "catalog-images"  # copied: the source folder may go away
    assert stored.read_bytes() == (images / "15970.jpg").read_bytes()
    assert catalog.get(["4"])[0].image is None


def test_price_range_on_a_priced_csv(tmp_path: Path, embedder) -> None:
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "catalog-images")
    assert CatalogWriter.of(catalog).ingest(records_from_csv(write(tmp_path, VOCABULARY_CSV))) == 3
    at_least_50 = catalog.search("clothes", SearchFilters(price_min=50), k=5)
    at_most_50 = catalog.search("clothes", SearchFilters(price_max=50), k=5)
    assert [i.id for i in at_least_50] == ["w1"]
    assert {i.id for i in at_most_50} == {"w3", "../passwd"}  # no price: not known to be too dear
    assert catalog.search("clothes", SearchFilters(price_min=10, price_max=50), k=5) == []

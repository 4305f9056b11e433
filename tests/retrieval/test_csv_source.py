"""Catalogue records from CSV files in both layouts, and their ingest."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from retrieval.catalog import Catalog
from retrieval.csv_source import records_from_csv
from retrieval.filters import SearchFilters

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
    assert [r["id"] for r in records] == ["15970", "4", "5"]  # no bra, no kids' jeans
    shirt, flats, trousers = records
    assert (shirt["kind"], shirt["slot"], shirt["color_family"], shirt["gender"]) == ("shirt", "top", "navy", "men")
    assert shirt["styles"] == ["casual", "amekaji"] and shirt["brand"] == "Turtle Check"
    assert shirt["image"] == str((images / "15970.jpg").resolve())
    assert (flats["kind"], flats["color"], flats["season"], flats["usage"]) == ("flats", "Multi", None, None)
    assert flats["image"] is None
    assert "dandy" in trousers["styles"]


def test_vocabulary_layout(tmp_path: Path, images: Path) -> None:
    (images.parent / "passwd.jpg").write_bytes(b"not inside images/")
    records = {r["id"]: r for r in records_from_csv(write(tmp_path, VOCABULARY_CSV), images)}
    assert set(records) == {"w1", "w3", "../passwd"}
    chinos, dress = records["w1"], records["w3"]
    assert (chinos["color"], chinos["color_family"], chinos["price"]) == ("Navy Blue", "navy", 59.9)
    assert chinos["styles"] == ["minimal", "casual"]
    assert (dress["gender"], dress["styles"], dress["price"]) == ("women", ["chic", "feminine"], None)
    assert records["../passwd"]["image"] is None  # ids never lead outside the images folder


def test_limit_and_bad_files(tmp_path: Path) -> None:
    assert len(list(records_from_csv(write(tmp_path, FASHION_CSV), limit=2))) == 2
    with pytest.raises(ValueError, match="articleType"):
        list(records_from_csv(write(tmp_path, "id,colour\n1,red\n")))
    with pytest.raises(FileNotFoundError):
        list(records_from_csv(tmp_path / "missing.csv"))


def test_csv_records_ingest_and_search(tmp_path: Path, images: Path, embedder) -> None:
    catalog = Catalog(str(tmp_path / "db"), embedder, tmp_path / "catalog-images")
    assert catalog.ingest(records_from_csv(write(tmp_path, FASHION_CSV), images)) == 3
    found = catalog.search("navy chinos", SearchFilters(slots=("bottom",)), k=3)
    assert [i.id for i in found] == ["5"]
    stored = Path(catalog.get(["15970"])[0].image)
    assert stored.parent == tmp_path / "catalog-images"  # copied: the source folder may go away
    assert stored.read_bytes() == (images / "15970.jpg").read_bytes()
    assert catalog.get(["4"])[0].image is None

"""The demo catalogue's mapping and style rules, as tables."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from domain.vocabulary import COLOR_FAMILIES, GENDERS, KIND_TO_SLOT, SEASONS, STYLES
from retrieval import catalog_rules as rules

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"


@pytest.mark.parametrize(
    ("article_type", "name", "gender", "kind"),
    [
        ("Tshirts", "Puma Men Black T-shirt", "men", "tshirt"),
        ("Tshirts", "Proline Men Grey Polo T-shirt", "men", "polo"),
        ("Tshirts", "U.S. Polo Assn. Men Printed Mustard Tshirt", "men", "tshirt"),  # a brand, not a polo
        ("Tshirts", "ADIDAS Womens Red Tank T-shirt", "women", "tank"),
        ("Tops", "ONLY Women Multi Coloured Top", "women", "blouse"),
        ("Tops", "Some Men Top", "men", "tshirt"),
        ("Kurtas", "Fabindia Men White Kurta", "men", "shirt"),
        ("Kurtas", "Shree Women Lavender Kurta", "women", "blouse"),
        ("Sweaters", "Arrow Woman Black Cardigan", "women", "cardigan"),
        ("Jackets", "Basics Men Black Blazer Jacket", "men", "cardigan"),  # knitted, in its photos
        ("Jackets", "United Colors of Benetton Men Solid Grey Blazer Jacket", "men", "blazer"),
        ("Track Pants", "Nike Men Black Track Pants", "men", "trousers"),
        ("Capris", "Puma Women Black Capris", "women", "trousers"),
        ("Casual Shoes", "Timberland Women Femmes Brown Boot", "women", "boots"),
        ("Casual Shoes", "Red Tape Men Coffee Brown Leather Loafers", "men", "shoes"),
        ("Sports Shoes", "Nike Men Running Shoes", "men", "sneakers"),
        ("Heels", "Catwalk Women Red Flats", "women", "flats"),
        ("Flats", "Rocia Women White Heels", "women", "heels"),
        ("Flip Flops", "ADIDAS Men Slide Flip Flops", "men", "sandals"),
        ("Caps", "Fila Unisex Solid Navy Blue Caps", "unisex", "hat"),
        ("Clutches", "Lino Perros Women Clutch", "women", "bag"),
        ("Necklace and Chains", "Femella Golden Necklace", "women", "jewellery"),
        ("Stoles", "Some Women Stole", "women", "scarf"),
        ("Bra", "Some Women Bra", "women", None),
        ("Night suits", "Some Men Night Suit", "men", None),
        ("Sarees", "Some Women Saree", "women", None),
        ("Lipstick", "Lakme Lipstick", "women", None),
        (float("nan"), "no label", "men", None),
    ],
)
def test_kind_of(article_type: object, name: str, gender: str, kind: str | None) -> None:
    assert rules.kind_of(article_type, name, gender) == kind


def test_every_mapped_kind_is_in_the_vocabulary() -> None:
    assert set(rules.ARTICLE_TYPE_KIND.values()) | set(rules.GENDERED_KIND.values()) <= set(KIND_TO_SLOT)
    assert {new for _, _, new in rules.NAME_KIND_RULES} <= set(KIND_TO_SLOT)


@pytest.mark.parametrize(
    ("name", "brand"),
    [
        ("Puma Men Black T-shirt", "Puma"),
        ("United Colors of Benetton Women Solid Black Jacket", "United Colors of Benetton"),
        ("Converse Men's Chuck Taylor Shoe", "Converse"), ("Scullers For Her Red Polo T-shirt", "Scullers"),
        ("Quechua Green Light Backpack", "Quechua"), ("", None), (float("nan"), None),
    ],
)
def test_brand_of(name: object, brand: str | None) -> None:
    assert rules.brand_of(name) == brand


@pytest.mark.parametrize(
    ("raw", "gender"),
    [("Men", "men"), ("Women", "women"), ("Unisex", "unisex"), ("Boys", None), ("Girls", None), (None, None)],
)
def test_gender_of(raw: object, gender: str | None) -> None:
    assert rules.gender_of(raw) == gender


@pytest.mark.parametrize(
    ("name", "kids"),
    [("Palm Tree Kids Boy Washed Blue Jeans", True), ("Tantra Kid's Unisex Elephant Pink Kidswear", True),
     ("Gini and Jony Girl's Vanya White Dress", True), ("Puma Men Black T-shirt", False), ("Boyfriend Jeans", False)],
)
def test_is_kids_product(name: str, kids: bool) -> None:
    assert rules.is_kids_product(name) is kids


@pytest.mark.parametrize(
    ("raw_season", "season", "raw_usage", "usage"),
    [
        ("Fall", "fall", "Smart Casual", "smart casual"),
        ("Summer", "summer", "Home", None),
        (float("nan"), None, None, None),
    ],
)
def test_season_and_usage(raw_season: object, season: str | None, raw_usage: object, usage: str | None) -> None:
    assert rules.season_of(raw_season) == season
    assert rules.usage_of(raw_usage) == usage


@pytest.mark.parametrize(
    ("kind", "usage", "color", "gender", "name", "styles"),
    [
        ("tshirt", "casual", "Black", "men", "Basics Men Solid Black Tshirt", ("minimal", "casual")),
        ("tshirt", "casual", "Red", "men", "Tantra Men Graphic Printed Red T-shirt", ("casual", "street")),
        ("sneakers", "sports", "White", "men", "Nike Men White Running Shoes", ("sporty",)),
        ("shirt", "formal", "White", "men", "Arrow Men White Slim Fit Shirt", ("minimal", "classic", "dandy")),
        ("shirt", "casual", "Red", "men", "Lee Men Check Red Shirt", ("casual", "amekaji")),
        ("jeans", "casual", "Blue", "women", "Lee Women Blue Jeans", ("casual", "amekaji")),
        ("dress", "casual", "Black", "women", "Elle Women Black Dress", ("minimal", "casual", "chic", "feminine")),
        ("blouse", "casual", "Pink", "women", "Mineral Women Floral Pink Top", ("casual", "feminine")),
        ("heels", "casual", "Red", "women", "Catwalk Women Red Heels", ("casual", "chic", "feminine")),
        ("sweatshirt", "casual", "Grey", "unisex", "Puma Unisex Grey Hoodie", ("minimal", "casual", "street")),
        ("blouse", "ethnic", "Blue", "women", "Biba Women Printed Blue Kurta", ("classic", "feminine")),
        ("watch", None, "Multi", "unisex", "Q&Q Multi Watch", ("casual",)),  # nothing fits: the fallback
    ],
)
def test_styles_of(kind: str, usage: str | None, color: str, gender: str, name: str, styles: tuple[str, ...]) -> None:
    assert rules.styles_of(kind, usage, color, gender, name) == styles


def test_demo_catalogue_follows_the_contract() -> None:
    table = pq.read_table(DEMO_PARQUET, columns=[
        "id", "kind", "slot", "color_family", "gender", "season", "usage", "styles", "price", "brand",
    ])
    rows = table.to_pylist()
    assert len(rows) >= 8000
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(KIND_TO_SLOT[r["kind"]] == r["slot"] for r in rows)
    assert {r["gender"] for r in rows} == set(GENDERS)
    assert {r["color_family"] for r in rows} <= set(COLOR_FAMILIES)
    assert {r["season"] for r in rows} <= set(SEASONS) | {None}
    assert {r["usage"] for r in rows} <= rules.USAGES | {None}
    assert all(r["styles"] and set(r["styles"]) <= set(STYLES) for r in rows)
    assert all(r["price"] is None for r in rows)
    for gender in ("men", "women"):
        assert {r["slot"] for r in rows if r["gender"] == gender} >= {"top", "bottom", "shoes", "accessory"}


@pytest.mark.parametrize(("name", "artifact"), [
    ("Ayaanay_Women_New_2013_Tunics_Size_Chart.jpg", True),
    ("Myntra Size Chart for Women Tops", True),
    ("Ayaanay Women Purple Tunic", False),
    ("ADIDAS Men Cr_Ess 3sfzhood Grey Sweatshirts", False),  # an underscore in a model name is still a product
])
def test_a_listing_that_is_a_file_or_a_size_chart_is_no_garment(name, artifact):
    from retrieval.catalog_rules import is_listing_artifact

    assert is_listing_artifact(name) is artifact

"""Photos say what names do not (data/vision/open_shoe.npz, printed.npz), and the demo catalogue keeps
the answer: a strappy heel is a summer shoe and a graphic tee is printed whatever their names say."""

import io
from pathlib import Path

import pandas as pd
from PIL import Image

from domain.traits import PATTERN_RE, PLAIN_NAME_RE, pattern_unknown, shoe_openness_unknown
from retrieval.vision.photo_traits import read_photos

CATALOG = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"


def _photos(slot: str, pattern: str, count: int) -> list[Image.Image]:
    frame = pd.read_parquet(CATALOG, columns=["name", "gender", "slot", "image"])
    frame = frame[(frame.slot == slot) & (frame.gender == "women") & frame.name.str.contains(pattern, case=False)]
    return [Image.open(io.BytesIO(b)).convert("RGB") for b in frame.image.head(count)]


def test_named_sandals_read_open_and_named_pumps_and_ballerinas_read_closed():
    sandals = read_photos("open_shoe", _photos("shoes", r"\bsandals\b", 20))
    closed = read_photos("open_shoe", _photos("shoes", r"\bpumps\b|\bballerinas\b", 20))
    assert sum(sandals) >= 0.95 * len(sandals) and len(sandals) == 20
    # the threshold keeps 99 % of open shoes out of the cold, at the cost of many closed ones (a shoe
    # whose name says "Pumps" is never read from its photo)
    assert sum(not c for c in closed) >= 0.4 * len(closed) and len(closed) >= 10


def test_only_shoes_whose_names_do_not_say_are_read_from_the_photo():
    assert shoe_openness_unknown("heels", "Catwalk Women Grey Heels")
    assert not shoe_openness_unknown("heels", "Carlton London Women Black Pumps")  # closed by name
    assert not shoe_openness_unknown("heels", "Catwalk Women Beige Peep Toes")  # open by name
    assert not shoe_openness_unknown("flats", "Carlton London Women Navy Blue Flat Shoes")
    assert not shoe_openness_unknown("sneakers", "Puma Women Grey Casual Shoes")


def test_the_demo_catalogue_keeps_photo_read_open_heels_out_of_the_cold():
    frame = pd.read_parquet(CATALOG, columns=["name", "kind", "warmth"])
    unknown = frame[[shoe_openness_unknown(k, n) for k, n in zip(frame.kind, frame.name)]]
    light = (unknown.warmth == "light").mean()
    assert 0.5 < light < 1.0  # most of the catalogue's heels are sandals; the closed ones stay medium


def test_printed_tops_read_printed_and_solid_ones_mostly_plain():
    printed = read_photos("printed", _photos("top", r"\bprinted\b|\bgraphic\b", 30))
    solid = read_photos("printed", _photos("top", r"\bsolid\b", 30))
    assert sum(printed) >= 0.4 * len(printed) and len(printed) == 30  # only a confident reading counts
    assert sum(not s for s in solid) >= 0.85 * len(solid) and len(solid) == 30


def test_the_demo_catalogue_stores_photo_read_prints_and_drops_them_from_minimal():
    import tomllib

    by_eye = set(tomllib.loads((CATALOG.parent / "corrections.toml").read_text(encoding="utf-8")))
    frame = pd.read_parquet(CATALOG, columns=["id", "name", "slot", "pattern", "styles"])
    frame = frame[~frame.id.isin(by_eye)]  # a person looked at those ("Solid Navy Blue Jacket" is camouflage)
    assert set(frame.pattern) == {"plain", "printed"}
    unknown = frame[[pattern_unknown(s, n) for s, n in zip(frame.slot, frame.name)]]
    read_printed = unknown[unknown.pattern == "printed"]
    assert 0.1 < len(read_printed) / len(unknown) < 0.7
    assert not any("minimal" in styles for styles in read_printed.styles)
    solid = frame[[bool(PLAIN_NAME_RE.search(n)) and not PATTERN_RE.search(n) for n in frame.name]]
    assert len(solid) > 100 and (solid.pattern == "plain").all()  # the photo never overrules the name


def test_bare_forearms_read_short_sleeved_and_knits_long():
    tees = read_photos("short_sleeve", _photos("top", r"\bt-shirt\b", 20))
    knits = read_photos("short_sleeve", _photos("top", r"\bsweater\b|\bsweatshirt\b", 20))
    assert sum(tees) >= 0.8 * len(tees) and sum(not k for k in knits) >= 0.8 * len(knits)

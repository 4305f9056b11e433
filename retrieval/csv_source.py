"""Catalogue records from a CSV, ready for `Catalog.ingest`.

Two layouts are understood:

* the Fashion Product Images layout (`id, gender, articleType, baseColour, season, usage,
  productDisplayName, ...`), mapped by the rules of `retrieval.catalog_rules` as the demo catalogue is;
* Stylist's own words (`id, name, kind, color, gender` and optionally `season, usage, styles, price,
  brand, image`), where `styles` is separated by `|`, `,` or `;` and derived by the rules when empty.

Rows that are not adult outfit pieces (kids' wear, innerwear, personal care, unknown kinds) are skipped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from itertools import islice
from pathlib import Path

from retrieval import catalog_rules as rules
from retrieval.colors import canonical_name, family_of
from retrieval.vocabulary import GENDERS, KIND_TO_SLOT, STYLES

Image = bytes | str | None
_STYLE_SEPARATORS = re.compile(r"[|,;]")


def _text(value: object) -> str | None:
    """A cell as clean text, or None when empty (csv gives "", pandas gives NaN)."""
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _record(item_id: str, name: str, kind: str, color: str, gender: str, image: Image, **extra: object) -> dict:
    usage = extra.get("usage")
    styles = extra.get("styles") or rules.styles_of(kind, usage, color, gender, name)
    return {
        "id": item_id, "name": name, "brand": extra.get("brand") or rules.brand_of(name), "kind": kind,
        "slot": KIND_TO_SLOT[kind], "color": color, "color_family": family_of(color), "gender": gender,
        "season": extra.get("season"), "usage": usage, "styles": list(styles), "price": extra.get("price"),
        "image": image,
    }


def record_from_fashion_row(row: Mapping[str, object], image: Image) -> dict | None:
    """A Fashion Product Images row as a catalogue record, or None when it is not an adult outfit piece."""
    gender, name = rules.gender_of(row.get("gender")), _text(row.get("productDisplayName"))
    if gender is None or rules.is_kids_product(name):
        return None
    kind = rules.kind_of(row.get("articleType"), name, gender)
    if kind is None:
        return None
    color = _text(row.get("baseColour")) or "Multi"
    return _record(
        str(row["id"]), name or f"{color} {kind}", kind, color, gender, image,
        season=rules.season_of(row.get("season")), usage=rules.usage_of(row.get("usage")),
    )


def _price(value: object) -> float | None:
    try:
        price = float(str(value))
    except ValueError:
        return None
    return price if price >= 0 else None  # NaN fails the comparison too


def record_from_vocabulary_row(row: Mapping[str, object], image: Image) -> dict | None:
    """A row already in Stylist's words as a catalogue record, or None when its kind is unknown."""
    kind = (_text(row.get("kind")) or "").lower()
    if kind not in KIND_TO_SLOT:
        return None
    gender = (_text(row.get("gender")) or "unisex").lower()
    color = canonical_name(_text(row.get("color"))) or _text(row.get("color")) or "Multi"
    styles = [s for s in _STYLE_SEPARATORS.split((_text(row.get("styles")) or "").lower()) if s.strip() in STYLES]
    return _record(
        str(row["id"]), _text(row.get("name")) or f"{color} {kind}", kind, color,
        gender if gender in GENDERS else "unisex", image,
        season=rules.season_of(row.get("season")), usage=rules.usage_of(row.get("usage")),
        styles=[s.strip() for s in styles], price=_price(row.get("price")), brand=_text(row.get("brand")),
    )


def _image_path(row: Mapping[str, object], images_dir: Path | None, csv_dir: Path) -> str | None:
    """`images_dir/<id>.jpg` when it exists, else the row's own `image` path (relative to the CSV)."""
    if images_dir is not None:
        candidate = images_dir / f"{row.get('id')}.jpg"
        if candidate.is_file() and candidate.resolve().parent == images_dir.resolve():
            return str(candidate.resolve())
    own = _text(row.get("image"))
    return str((csv_dir / own).resolve()) if own and (csv_dir / own).is_file() else None


def records_from_csv(
    path: str | Path, images_dir: str | Path | None = None, *, limit: int | None = None
) -> Iterator[dict]:
    """Catalogue records from a CSV in either layout, in file order; `limit` keeps the first ones."""
    path = Path(path)
    images = Path(images_dir) if images_dir is not None else None
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or ())
        if "id" not in columns or not columns & {"articleType", "kind"}:
            raise ValueError(f"{path} needs an `id` column and either `articleType` or `kind`")
        convert = record_from_fashion_row if "articleType" in columns else record_from_vocabulary_row
        records = (convert(row, _image_path(row, images, path.parent)) for row in reader if row.get("id"))
        yield from islice((r for r in records if r is not None), limit)

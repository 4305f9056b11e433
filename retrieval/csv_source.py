"""Catalogue records from any product CSV, ready for `CatalogWriter.ingest`.

A CSV is read through a column mapping: Stylist's field -> the CSV's column. Two layouts need no
mapping at all:

* the Fashion Product Images layout (`id, gender, articleType, baseColour, season, usage,
  productDisplayName, ...`), detected by its `articleType` column;
* Stylist's own words (`id, name, kind, color, gender` and optionally `season, usage, styles, price,
  brand, image`), where `styles` is separated by `|`, `,` or `;` and derived by the rules when empty.

Another shop's CSV maps its columns with `name=Title,kind=Category,...` or a JSON file (see
`parse_column_mapping`). Every row with an id and a known category is kept: adult outfit pieces get
`outfit_ok` true; kids' wear and things that are not outfit pieces (innerwear, personal care...) are
kept with `outfit_ok` false so search leaves them out unless asked. A bad row (no id, unknown
category) is skipped and counted; a summary with the first examples is logged at the end.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from domain.colors import canonical_name, colour_named_in, family_of
from domain.vocabulary import KIND_TO_SLOT, STYLES
from retrieval import catalog_rules as rules
from domain.traits import corrected_season, titled_graphic_tee, traits_from

_LABELLED_COLOUR_KINDS = frozenset({"watch", "jewellery"})  # "Gold Dial Watch": the name speaks of a part

log = logging.getLogger(__name__)

Image = bytes | str | None
_STYLE_SEPARATORS = re.compile(r"[|,;]")
FIELDS = ("id", "name", "kind", "color", "gender", "season", "usage", "styles", "price", "brand", "image")
FASHION_MAPPING = {
    "id": "id", "name": "productDisplayName", "kind": "articleType", "color": "baseColour",
    "gender": "gender", "season": "season", "usage": "usage",
}
EXAMPLES_KEPT = 5
_GENDER_WORDS = {
    "men": "men", "man": "men", "male": "men", "m": "men", "mens": "men", "men's": "men", "him": "men",
    "women": "women", "woman": "women", "female": "women", "f": "women", "w": "women", "womens": "women",
    "women's": "women", "ladies": "women", "her": "women", "unisex": "unisex", "all": "unisex",
}
_KIDS_WORDS = {"boys": "men", "boy": "men", "girls": "women", "girl": "women", "kids": "unisex", "kid": "unisex"}


class BadRow(ValueError):
    """A row that cannot become a catalogue item; the message says why."""


@dataclass(frozen=True)
class SkippedRow:
    line: int  # line number in the file (the header is line 1)
    item_id: str | None
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}" + (f" (id {self.item_id})" if self.item_id else "") + f": {self.reason}"


def _text(value: object) -> str | None:
    """A cell as clean text, or None when empty (csv gives "", pandas gives NaN)."""
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _id(value: object) -> str | None:
    """An id cell as text; pandas reads numeric ids as int (or float when the column has gaps)."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else None
    return str(value) if isinstance(value, int) else _text(value)


# --- column mapping -----------------------------------------------------------------------------------


def parse_column_mapping(spec: str | Path | Mapping[str, str] | None) -> dict[str, str]:
    """Stylist field -> CSV column, from `name=Title,color=Colour`, a JSON file path or a dict.

    Unknown Stylist fields raise ValueError (a typo must not silently drop a column).
    """
    if spec is None or spec == "":
        return {}
    if isinstance(spec, Mapping):
        mapping = dict(spec)
    elif str(spec).lower().endswith(".json") or Path(str(spec)).is_file():
        mapping = json.loads(Path(spec).read_text(encoding="utf-8"))
        if not isinstance(mapping, dict):
            raise ValueError(f"{spec}: a column mapping file holds one JSON object, field -> column")
    else:
        pairs = [p for p in str(spec).split(",") if p.strip()]
        if any("=" not in p for p in pairs):
            raise ValueError(f"column mapping {spec!r}: use field=column pairs separated by commas")
        mapping = dict(tuple(s.strip() for s in p.split("=", 1)) for p in pairs)
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)} in the column mapping; fields: {', '.join(FIELDS)}")
    return {str(k): str(v) for k, v in mapping.items()}


def resolve_mapping(columns: set[str], overrides: Mapping[str, str], path: Path) -> dict[str, str]:
    """The full mapping for a CSV: its layout's defaults, then the user's overrides."""
    base = dict(FASHION_MAPPING) if "articleType" in columns else {f: f for f in FIELDS if f in columns}
    mapping = {**base, **overrides}
    missing = [f"{field} (column {mapping[field]!r})" if field in mapping else field
               for field in ("id", "kind") if mapping.get(field) not in columns]
    if missing:
        raise ValueError(
            f"{path} needs an `id` column and a category column (`articleType` or `kind`); missing: "
            f"{', '.join(missing)}. Map yours with --map id=<column>,kind=<column>"
        )
    absent = sorted(f"{f}={c}" for f, c in overrides.items() if c not in columns)
    if absent:
        raise ValueError(f"{path} has no column for {', '.join(absent)}")
    return mapping


# --- one row -------------------------------------------------------------------------------------------


def _gender(raw: object) -> tuple[str, bool]:
    """(vocabulary gender, is kids' wear); an empty or unknown word is unisex."""
    word = (_text(raw) or "").lower()
    if word in _KIDS_WORDS:
        return _KIDS_WORDS[word], True
    return _GENDER_WORDS.get(word, "unisex"), False


def _colour(raw: object) -> str:
    """The catalogue spelling of a colour, else the shop's own word ("Multi" when empty)."""
    text = _text(raw)
    return canonical_name(text) or text or "Multi"


def _colour_of_plain_piece(label: str, name: str, brand: str | None, kind: str, printed: bool) -> str:
    """The colour the name states where it contradicts the label ("Charcoal Grey Blazer" filed as
    Black): the name is what the shopper reads. A print's named colour may be its motif's, so a
    printed piece keeps its label; watches and jewellery keep theirs ("Gold Dial Watch" is steel)."""
    if printed or kind not in KIND_TO_SLOT or kind in _LABELLED_COLOUR_KINDS:
        return label
    if brand and name.lower().startswith(brand.lower()):
        name = name[len(brand):]  # "Red Chief", "Black Coffee": a brand is no colour
    named = colour_named_in(name)
    return named if named and family_of(named) != family_of(label) else label


def _price(value: object) -> float | None:
    try:
        price = float(str(value))
    except ValueError:
        return None
    return price if price >= 0 else None  # NaN fails the comparison too


def _styles(raw: object) -> list[str]:
    words = (s.strip() for s in _STYLE_SEPARATORS.split((_text(raw) or "").lower()))
    return list(dict.fromkeys(s for s in words if s in STYLES))


def record_from_row(row: Mapping[str, object], image: Image) -> dict:
    """A row already in Stylist's field names as a catalogue record; raises BadRow."""
    item_id = _id(row.get("id"))
    if item_id is None:
        raise BadRow("no id")
    gender, kids = _gender(row.get("gender"))
    name = _text(row.get("name"))
    category = _text(row.get("kind"))
    if rules.is_listing_artifact(name):
        raise BadRow("not a garment: an image file or size chart listed as one")
    found = rules.category_of(category, name, gender)
    if found is None:
        raise BadRow(f"unknown category {category!r}" if category else "no category")
    kids = kids or rules.is_kids_product(name)
    usage = rules.usage_of(row.get("usage"))
    # The stylist's reading of the piece; its kind is the one the name says ("Shorts" filed as Trousers).
    traits = traits_from(found[0], usage, name or "", category)
    kind, outfit_ok = traits.kind, found[1]
    brand = _text(row.get("brand")) or rules.brand_of(name)
    color = _colour(row.get("color"))
    printed = traits.pattern == "printed" or titled_graphic_tee(kind, name, brand, color)
    color = _colour_of_plain_piece(color, name or "", brand, kind, printed)
    derived = [s for s in rules.styles_of(kind, usage, color, gender, name) if not (printed and s == "minimal")]
    return {
        "id": item_id, "name": name or f"{color} {kind or category}",
        "brand": brand, "kind": kind, "slot": KIND_TO_SLOT.get(kind, ""),
        "color": color, "color_family": family_of(color), "gender": gender,
        "season": corrected_season(kind, rules.season_of(row.get("season")), name, family_of(color)),
        "usage": usage,
        "styles": _styles(row.get("styles")) or derived or ["casual"],
        "price": _price(row.get("price")), "image": image, "category": category,
        "outfit_ok": outfit_ok and not kids,
        "formality": traits.formality, "function": traits.function, "warmth": traits.warmth,
        "pattern": "printed" if printed else "plain",
    }


def record_from_fashion_row(row: Mapping[str, object], image: Image) -> dict | None:
    """A Fashion Product Images row as a demo-catalogue record, or None when it is not an adult outfit piece."""
    mapped = {field: row.get(column) for field, column in FASHION_MAPPING.items()}
    try:
        record = record_from_row(mapped, image)
    except BadRow:
        return None
    if not record["outfit_ok"]:
        return None
    del record["category"], record["outfit_ok"]  # the demo parquet holds outfit pieces only
    return record


# --- a whole file -------------------------------------------------------------------------------------


def _image_path(item_id: str | None, own: object, images: tuple[Path, frozenset[str]] | None,
                csv_dir: Path) -> str | None:
    """`<images dir>/<id>.jpg` when it exists, else the row's own `image` path (relative to the CSV).

    `images` is the resolved folder and its file names, listed once (not one stat per row); a
    name from the listing never leads outside the folder, whatever the id holds.
    """
    if images is not None and item_id and f"{item_id}.jpg" in images[1]:
        return str(images[0] / f"{item_id}.jpg")
    own = _text(own)
    return str((csv_dir / own).resolve()) if own and (csv_dir / own).is_file() else None


class ProductCsv:
    """The records of one CSV, read lazily; iterate it once. Skipped rows are counted as it goes.

    `len()`-free on purpose: `operator.length_hint` gives the number of data rows (capped by
    `limit`), which a progress bar can use before the first record is read.
    """

    def __init__(self, path: str | Path, images_dir: str | Path | None = None, *, limit: int | None = None,
                 mapping: str | Path | Mapping[str, str] | None = None) -> None:
        self.path = Path(path)
        self.images_dir = Path(images_dir).resolve() if images_dir is not None else None
        self.limit = limit
        self.overrides = parse_column_mapping(mapping)
        self.kept = 0
        self.skipped = 0
        self.examples: list[SkippedRow] = []
        self._rows: int | None = None

    def _open(self):
        # Bad bytes become U+FFFD instead of aborting a 44k-row import at row 30,000.
        return self.path.open(newline="", encoding="utf-8-sig", errors="replace")

    def __length_hint__(self) -> int:
        if self._rows is None:
            with self._open() as handle:
                self._rows = max(0, sum(1 for _ in csv.reader(handle)) - 1)
        return self._rows if self.limit is None else min(self._rows, max(0, self.limit))

    def __iter__(self) -> Iterator[dict]:
        with self._open() as handle:
            reader = csv.DictReader(handle)
            mapping = resolve_mapping(set(reader.fieldnames or ()), self.overrides, self.path)
            yield from islice(self._records(reader, mapping, self._image_names()), self.limit)
        if self.skipped:
            log.warning("%s", self.summary())

    def _image_names(self) -> tuple[Path, frozenset[str]] | None:
        if self.images_dir is None or not self.images_dir.is_dir():
            return None
        return self.images_dir, frozenset(os.listdir(self.images_dir))

    def _records(self, reader: csv.DictReader, mapping: dict[str, str],
                 images: tuple[Path, frozenset[str]] | None) -> Iterator[dict]:
        for row in reader:
            mapped = {field: row.get(column) for field, column in mapping.items()}
            try:
                image = _image_path(_id(mapped.get("id")), mapped.get("image"), images, self.path.parent)
                record = record_from_row(mapped, image)
            except (BadRow, ValueError, TypeError, KeyError) as error:
                self._skip(SkippedRow(reader.line_num, _id(mapped.get("id")), str(error)))
                continue
            self.kept += 1
            yield record

    def _skip(self, row: SkippedRow) -> None:
        self.skipped += 1
        if len(self.examples) < EXAMPLES_KEPT:
            self.examples.append(row)

    def summary(self) -> str:
        """One line: how many rows were skipped, and why, for the first few."""
        examples = "; ".join(str(e) for e in self.examples)
        more = ", ..." if self.skipped > len(self.examples) else ""
        return f"{self.path.name}: skipped {self.skipped} bad row(s), kept {self.kept}: {examples}{more}"


def records_from_csv(
    path: str | Path, images_dir: str | Path | None = None, *, limit: int | None = None,
    mapping: str | Path | Mapping[str, str] | None = None,
) -> ProductCsv:
    """Catalogue records from a CSV in file order; `limit` keeps the first ones.

    Raises ValueError at once for an unusable mapping, and on iteration for a file without the
    id or category column; FileNotFoundError for a missing file.
    """
    source = ProductCsv(path, images_dir, limit=limit, mapping=mapping)
    if not source.path.is_file():
        raise FileNotFoundError(f"no CSV file at {source.path}")
    return source

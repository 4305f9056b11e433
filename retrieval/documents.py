"""How a catalogue item is laid out and worded for search: column names and the searchable text.

Free of lancedb on purpose, so that importing the catalogue code stays instant.
"""

from __future__ import annotations

from domain.vocabulary import KIND_SYNONYMS

# Sports trousers are track pants, not chinos.
SPORTS_SYNONYMS: dict[str, str] = {"trousers": "track pants joggers sweatpants"}


def style_column(style: str) -> str:
    """Styles are a list, which `lancedb.expr` cannot test for membership, so each style is a bool column."""
    return f"style_{style}"


# Columns added after the first catalogues were built: a reader checks the table has them, and a
# re-ingest adds them in place (catalog.py) instead of rebuilding and re-embedding everything.
TRAIT_COLUMNS = ("formality", "function", "warmth", "pattern")
ITEM_COLUMNS = ("id", "name", "brand", "kind", "slot", "color", "color_family", "gender", "season",
                "usage", "styles", "price", "image", *TRAIT_COLUMNS)
BITMAP_COLUMNS = ("slot", "kind", "gender", "season", "usage", "color_family", "has_price", "outfit_ok", "has_image",
                  *TRAIT_COLUMNS)
BTREE_COLUMNS = ("id", "price")


def item_text(record: dict) -> str:
    """What an item is embedded and full-text indexed by: the words a shopper would search with."""
    kind = record["kind"]
    synonyms = (SPORTS_SYNONYMS if record.get("usage") == "sports" else {}).get(kind) or KIND_SYNONYMS.get(kind) \
        or record.get("category") or kind  # things that are not outfit pieces have no kind, only a category
    parts = [record.get("color"), synonyms, record.get("gender"), record.get("usage"), record.get("season"),
             " ".join(record.get("styles") or ()), "-", record.get("name")]
    return " ".join(str(p) for p in parts if p)

"""Brand profiles read from the catalogue table (brand, styles, colour family, kind of every item)."""

from __future__ import annotations

from typing import Any

from retrieval.documents import style_column
from retrieval.vocabulary import STYLES


def brand_rows(catalog: Any) -> list[dict[str, Any]]:
    """One dict per catalogue item with brand, styles, color_family, kind (empty for no table)."""
    table = catalog._table()
    if table is None:
        return []
    columns = ["brand", "color_family", "kind"] + [style_column(s) for s in STYLES]
    rows = table.to_arrow().select(columns).to_pylist()
    return [{"brand": r["brand"], "color_family": r["color_family"], "kind": r["kind"],
             "styles": [s for s in STYLES if r[style_column(s)]]} for r in rows]

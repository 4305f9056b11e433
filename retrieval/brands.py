"""Brand profiles read from the catalogue table (brand, styles, colour family, kind of every item)."""

from __future__ import annotations

from typing import Any

from domain.vocabulary import STYLES
from retrieval.documents import style_column


def brand_rows(catalog: Any) -> list[dict[str, Any]]:
    """One dict per outfit piece of the catalogue with brand, styles, color_family, kind (empty for no table).

    Only these columns are read (not the vectors), and things that are not outfit pieces (a full
    catalogue's perfume and innerwear, `outfit_ok` false) never shape a brand's style.
    """
    if catalog.count() == 0:
        return []
    columns = ["brand", "color_family", "kind", "outfit_ok"] + [style_column(s) for s in STYLES]
    rows = catalog.scan(columns).to_pylist()
    return [{"brand": r["brand"], "color_family": r["color_family"], "kind": r["kind"],
             "styles": [s for s in STYLES if r[style_column(s)]]} for r in rows if r.get("outfit_ok", True)]

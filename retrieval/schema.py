"""The LanceDB row of the catalogue (importing this loads lancedb: import it where it is used)."""

from __future__ import annotations

from lancedb.pydantic import LanceModel, Vector

from retrieval.documents import style_column
from retrieval.vocabulary import STYLES

VECTOR_DIM = 384  # all-MiniLM-L6-v2; another embedder needs a table built with its own dimension


class CatalogRow(LanceModel):
    """One catalogue item as stored: the `Item` fields plus search columns."""

    id: str
    name: str
    brand: str | None = None
    kind: str
    slot: str
    color: str
    color_family: str
    gender: str
    season: str | None = None
    usage: str | None = None
    styles: list[str]
    price: float | None = None
    has_price: bool = False  # filters need it: `lancedb.expr` has no IS NULL
    image: str | None = None  # a file path; image bytes would bloat every scan
    text: str
    embedder: str | None = None  # which model made `vector`; re-ingest reuses vectors only for the same one
    vector: Vector(VECTOR_DIM)  # type: ignore[valid-type]
    style_minimal: bool = False
    style_casual: bool = False
    style_classic: bool = False
    style_street: bool = False
    style_dandy: bool = False
    style_sporty: bool = False
    style_amekaji: bool = False
    style_chic: bool = False
    style_feminine: bool = False


assert all(style_column(s) in CatalogRow.model_fields for s in STYLES)

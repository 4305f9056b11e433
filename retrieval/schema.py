"""The Arrow schema of the catalogue table (importing this loads pyarrow, not lancedb).

The two vector widths come from the embedders, so any sentence-transformers model and any image
embedder (the colour/texture descriptor, the garment CNN, CLIP) gets a table of its own width.
"""

from __future__ import annotations

import pyarrow as pa

from domain.vocabulary import STYLES
from retrieval.documents import style_column


def catalog_schema(text_dim: int, image_dim: int) -> pa.Schema:
    """One catalogue item as stored: the `Item` fields plus search columns."""
    text = pa.string()
    return pa.schema([
        pa.field("id", text, nullable=False),
        pa.field("name", text, nullable=False),
        ("brand", text),
        pa.field("kind", text, nullable=False),  # "" for things that are not outfit pieces
        pa.field("slot", text, nullable=False),  # "" likewise
        pa.field("color", text, nullable=False),
        pa.field("color_family", text, nullable=False),
        pa.field("gender", text, nullable=False),
        ("season", text),
        ("usage", text),
        # A stylist's reading (domain/traits.py), decided at ingest. Tables built before these
        # columns existed lack them: readers then derive them from kind, usage and name.
        ("formality", text),
        ("function", text),  # "" when the piece is for nothing in particular
        ("warmth", text),
        ("pattern", text),
        ("styles", pa.list_(text)),
        ("price", pa.float64()),
        ("has_price", pa.bool_()),  # filters need it: `lancedb.expr` has no IS NULL
        ("category", text),  # the source's own category word ("Perfume and Body Mist")
        ("outfit_ok", pa.bool_()),  # an adult outfit piece; search leaves the rest out by default
        ("image", text),  # the picture's file name under the reader's own pictures folder
        # The picture itself, read only by `Catalog.sync_pictures`: a replica reading a shared
        # catalogue (s3://...) copies the pictures it lacks, so its lookbooks show them too.
        ("picture", pa.binary()),
        ("has_image", pa.bool_()),
        ("text", text),
        ("embedder", text),  # which model made `vector`; re-ingest reuses vectors only for the same one
        pa.field("vector", pa.list_(pa.float32(), text_dim)),
        ("image_key", text),  # image embedder name + hash of the image bytes: when to reuse image_vector
        pa.field("image_vector", pa.list_(pa.float32(), image_dim)),  # zeros when has_image is false
        *[(style_column(s), pa.bool_()) for s in STYLES],
    ])


def vector_width(schema: pa.Schema, column: str) -> int | None:
    """The width of a fixed-size vector column, or None when the table lacks it."""
    if column not in schema.names:
        return None
    return getattr(schema.field(column).type, "list_size", None)

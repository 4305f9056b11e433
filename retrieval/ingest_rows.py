"""Records -> Arrow batches of catalogue rows, and writing them: the working half of `CatalogWriter.ingest`.

Vectors are the expensive part of a row, so a row whose searchable text (or picture) is unchanged
since the last ingest by the same model keeps its stored vector instead of being embedded again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from domain.colors import family_of
from domain.vocabulary import STYLES, slot_of
from retrieval.documents import ITEM_COLUMNS, TRAIT_COLUMNS, item_text, style_column
from retrieval.embed import TextEmbedder
from retrieval.image_vectors import ImageEmbedder, load_image
from domain.traits import traits_from
from retrieval.vector_mirror import fixed_vectors

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)



_SAFE_FILE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def image_file_name(item_id: str) -> str:
    """A file name for an item's image; ids from foreign CSVs must not escape the images folder."""
    if _SAFE_FILE_ID.fullmatch(item_id):
        return f"{item_id}.jpg"
    return hashlib.sha1(item_id.encode()).hexdigest() + ".jpg"

@dataclass(frozen=True)
class Fingerprint:
    """What a stored row's vectors were made from."""

    text: str | None
    embedder: str | None
    image_key: str | None


def _image_bytes(image: bytes | str | None) -> bytes | None:
    """The picture's bytes from the record: bytes as they are, a path read (a missing file is none)."""
    if isinstance(image, (bytes, bytearray)):
        return bytes(image)
    if isinstance(image, str) and image:
        try:
            return Path(image).read_bytes()
        except OSError:
            return None
    return None


def _fixed_list(vectors: np.ndarray) -> pa.Array:
    import pyarrow as pa

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(vectors.ravel()), vectors.shape[1])


class RowBuilder:
    """Turns a batch of records into an Arrow table in the catalogue schema, embedding what changed."""

    def __init__(self, embedder: TextEmbedder, embedder_name: str | None, image_embedder: ImageEmbedder,
                 images_dir: Path) -> None:
        self.embedder, self.embedder_name = embedder, embedder_name
        self.image_embedder, self.images_dir = image_embedder, Path(images_dir)
        self.images_dir.mkdir(parents=True, exist_ok=True)

    def schema(self) -> pa.Schema:
        from retrieval.schema import catalog_schema

        return catalog_schema(self.embedder.dim, self.image_embedder.dim)

    def build(self, batch: list[dict], known: dict[str, Fingerprint], stored: Any) -> pa.Table:
        """`stored(ids)` gives {id: (vector, image_vector)} of rows whose vectors can be reused."""
        import pyarrow as pa

        ids = [str(r["id"]) for r in batch]
        texts = [item_text(r) for r in batch]
        pictures = [_image_bytes(r.get("image")) for r in batch]
        keys = [self._image_key(p) for p in pictures]
        old = [known.get(i) for i in ids]
        keep_text = [bool(self.embedder_name) and o is not None and (o.text, o.embedder) == (t, self.embedder_name)
                     for o, t in zip(old, texts, strict=True)]
        keep_image = [k is not None and o is not None and o.image_key == k for o, k in zip(old, keys, strict=True)]
        reusable = stored([i for i, a, b in zip(ids, keep_text, keep_image, strict=True) if a or b])
        vectors = self._text_vectors(ids, texts, keep_text, reusable)
        image_vectors, keys = self._image_vectors(ids, pictures, keys, keep_image, reusable)
        rows = [self._row(r, t, k, p) for r, t, k, p in zip(batch, texts, keys, pictures, strict=True)]
        table = pa.Table.from_pylist(rows, schema=_without_vectors(self.schema()))
        table = table.append_column("vector", _fixed_list(vectors))
        table = table.append_column("image_vector", _fixed_list(image_vectors))
        return table.select(self.schema().names).cast(self.schema())

    def _image_key(self, picture: bytes | None) -> str | None:
        if picture is None:
            return None
        return f"{self.image_embedder.name}:{hashlib.sha1(picture).hexdigest()[:20]}"

    def _text_vectors(self, ids: list[str], texts: list[str], keep: list[bool], reusable: dict) -> np.ndarray:
        fresh = iter(self.embedder.embed([t for t, k in zip(texts, keep, strict=True) if not k]))
        return np.stack([reusable[i][0] if k else next(fresh) for i, k in zip(ids, keep, strict=True)]) \
            if ids else np.zeros((0, self.embedder.dim), np.float32)

    def _image_vectors(self, ids: list[str], pictures: list[bytes | None], keys: list[str | None], keep: list[bool],
                       reusable: dict) -> tuple[np.ndarray, list[str | None]]:
        """Image vectors (zeros for no picture) and the keys, None where a picture could not be read."""
        out = np.zeros((len(ids), self.image_embedder.dim), dtype=np.float32)
        decoded, where = [], []
        for n, (item_id, picture, keep_it) in enumerate(zip(ids, pictures, keep, strict=True)):
            if keep_it:
                out[n] = reusable[item_id][1]
            elif picture is not None:
                try:
                    decoded.append(load_image(picture))
                    where.append(n)
                except (OSError, ValueError) as error:
                    log.warning("item %s: unreadable picture (%s); kept without one", item_id, error)
                    keys[n] = None
        if decoded:
            out[where] = self.image_embedder.embed(decoded)
        return out, keys

    def _row(self, record: dict, text: str, image_key: str | None, picture: bytes | None) -> dict:
        item_id = str(record["id"])
        styles = [s for s in (record.get("styles") or ()) if s in STYLES] or ["casual"]
        row = {c: record.get(c) for c in ITEM_COLUMNS}
        has_image = image_key is not None
        row.update(  # slot and colour family follow from kind and colour when a source lacks them
            id=item_id, styles=styles, image=self._store_image(item_id, picture) if has_image else None,
            picture=picture if has_image else None,
            slot=record.get("slot") or slot_of(record["kind"]) or "",
            color_family=record.get("color_family") or family_of(record.get("color")),
            has_price=record.get("price") is not None, category=record.get("category") or record["kind"],
            outfit_ok=bool(record.get("outfit_ok", True)), has_image=has_image, text=text,
            embedder=self.embedder_name, image_key=image_key,
        )
        row.update({style_column(s): s in styles for s in STYLES})
        if any(row.get(c) is None for c in TRAIT_COLUMNS):  # a source without them (an older demo parquet)
            row.update(_traits(record))
        return row

    def _store_image(self, item_id: str, picture: bytes) -> str:
        """The item's picture, copied under images_dir so the catalogue never depends on its source folder."""
        path = self.images_dir / image_file_name(item_id)
        if not path.exists() or path.stat().st_size != len(picture):
            path.write_bytes(picture)
        return str(path)


def _traits(record: dict) -> dict[str, str]:
    """The record's own trait values, and derived ones where it has none. The kind stays the
    record's: correcting it here would make the row disagree with the source it came from."""
    derived = traits_from(record["kind"], record.get("usage"), record.get("name") or "", record.get("category"))
    return {c: record.get(c) if record.get(c) is not None else getattr(derived, c) for c in TRAIT_COLUMNS}


def _without_vectors(schema: pa.Schema) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([f for f in schema if f.name not in ("vector", "image_vector")])


class IngestState:
    """One ingest run: the table, what it held when the run began, and the ids written since."""

    def __init__(self, table: Any, builder: RowBuilder) -> None:
        self.table, self.builder = table, builder
        self.known = self._fingerprints()
        self.written: set[str] = set()

    def _fingerprints(self) -> dict[str, Fingerprint]:
        rows = self.table.count_rows()
        if rows == 0:
            return {}
        data = self.table.search().select(["id", "text", "embedder", "image_key"]).limit(rows).to_arrow()
        return {r["id"]: Fingerprint(r["text"], r["embedder"], r["image_key"]) for r in data.to_pylist()}

    def _stored(self, ids: Sequence[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        if not ids:
            return {}
        from lancedb.expr import col, lit

        query = self.table.search().where(col("id").isin([lit(i) for i in ids]))
        data = query.select(["id", "vector", "image_vector"]).limit(len(ids)).to_arrow()
        vectors, images = fixed_vectors(data.column("vector")), fixed_vectors(data.column("image_vector"))
        return {i: (vectors[n], images[n]) for n, i in enumerate(data.column("id").to_pylist())}

    def write(self, batch: list[dict]) -> int:
        """Append new ids, merge known ones (an upsert on id); returns the rows written."""
        import pyarrow as pa
        import pyarrow.compute as pc

        data = self.builder.build(batch, self.known, self._stored)
        ids = data.column("id").to_pylist()
        new = [i not in self.known and i not in self.written for i in ids]
        if any(new):  # appending is much cheaper than merging, and a fresh catalogue is all appends
            self.table.add(data.filter(pa.array(new)) if not all(new) else data)
        if not all(new):
            old = data.filter(pc.invert(pa.array(new))) if any(new) else data
            self.table.merge_insert("id").when_matched_update_all().when_not_matched_insert_all().execute(old)
        self.written.update(ids)
        return len(ids)

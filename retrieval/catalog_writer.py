"""Ingesting into the catalogue: `CatalogWriter`, the write side of the LanceDB table `Catalog` searches.

It upserts records in batches (rows built by `ingest_rows.py`), rebuilds the table when its schema or
embedders changed, keeps the indexes up to date and deletes the rows a source no longer lists. After
every write it calls `on_change` (the catalogue's `refresh`, when made by `CatalogWriter.of`): a
catalogue trusts its in-memory copy of the table for a moment between looks, and searches in this
process must see the new rows at once.
"""

from __future__ import annotations

import logging
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import timedelta
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from retrieval.catalog_sample import stratified_sample
from retrieval.catalog_table import DEFAULT_TABLE, connect, open_table
from retrieval.documents import BITMAP_COLUMNS, BTREE_COLUMNS, TRAIT_COLUMNS
from retrieval.embed import TextEmbedder
from retrieval.image_vectors import ColourTextureEmbedder, ImageEmbedder
from retrieval.ingest_rows import IngestState, RowBuilder

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
INGEST_BATCH = 1024  # rows per write: fewer commits and better-padded embedding batches than 256
# From this many rows a vector index (IVF_HNSW_SQ) pays off. Measured here (data/README.md, "Retrieval"):
# an exact LanceDB scan takes 7 ms at 1k rows, 10 ms at 5k, 33 ms at 44k; the index answers
# in ~8 ms at any of these sizes and builds in 1 s at 5k. Below it every search is exact.
VECTOR_INDEX_MIN_ROWS = 5_000
# Columns newer than some tables: added in place (null) rather than rebuilding the table.
ADDABLE_COLUMNS = (*TRAIT_COLUMNS, "picture")


class SearchedCatalog(Protocol):
    """What `CatalogWriter.of` takes from a catalogue (`retrieval.catalog.Catalog`, not imported: the
    reader and the writer each stand alone)."""

    db: Any
    uri: str
    table_name: str
    embedder: TextEmbedder
    image_embedder: ImageEmbedder
    images_dir: Path

    def refresh(self) -> None: ...


class CatalogWriter:
    """Writes `Item` records into one LanceDB table: idempotent upserts on id, and pruning.

    The arguments mean what they mean to `Catalog`. `db`: an open connection to `uri` to share (a
    `memory://` catalogue exists in one connection only). `on_change`: called after every write.
    """

    def __init__(self, uri: str, embedder: TextEmbedder, images_dir: Path, table: str = DEFAULT_TABLE,
                 image_embedder: ImageEmbedder | None = None, *, db: Any | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        self.uri, self.table_name = str(uri), table
        self.embedder, self.images_dir = embedder, Path(images_dir)
        self.image_embedder: ImageEmbedder = image_embedder or ColourTextureEmbedder()
        self._db = db if db is not None else connect(self.uri)
        # Stored vectors are reused only for the same model; an embedder without a name never reuses.
        self._embedder_name: str | None = getattr(embedder, "name", None)
        self._on_change = on_change

    @classmethod
    def of(cls, catalog: SearchedCatalog) -> CatalogWriter:
        """The writer of this catalogue's table, with its connection, models and pictures folder; the
        catalogue's searches see each write at once."""
        return cls(catalog.uri, catalog.embedder, catalog.images_dir, catalog.table_name, catalog.image_embedder,
                   db=catalog.db, on_change=catalog.refresh)

    def ingest(self, records: Iterable[dict], *, batch_size: int = INGEST_BATCH, progress: Progress | None = None,
               total: int | None = None) -> int:
        """Upsert records (demo-parquet rows or `records_from_csv`); returns how many were written.

        Idempotent: rows are merged on `id`, so ingesting the same data twice keeps the count, and
        vectors of unchanged items are reused. `total` (default: the records' length hint) sizes
        the progress bar.
        """
        try:
            return self._write(records, batch_size, progress, total)
        finally:  # (a failed ingest may still have written some batches)
            self._changed()

    def ingest_parquet(self, path: str | Path, *, limit: int | None = None, progress: Progress | None = None,
                       prune: bool = False) -> int:
        """Ingest a demo-catalog parquet; `limit` takes a deterministic sample spread over slots and genders.
        `prune`: rows it no longer lists go (a newer demo that drops a size chart read as a tunic)."""
        import pyarrow.parquet as pq

        records = pq.read_table(path).to_pylist()
        if limit is not None:
            records = stratified_sample(records, limit)
        done = self.ingest(records, progress=progress)
        if prune:
            self.keep_only({str(r["id"]) for r in records})
        return done

    def keep_only(self, ids: set[str]) -> int:
        """Delete every row whose id is not in `ids`; returns how many went."""
        from lancedb.expr import col, lit

        table = self._table()
        rows = 0 if table is None else table.count_rows()
        if not rows:
            return 0
        stored = table.search().select(["id"]).limit(rows).to_arrow().column("id").to_pylist()
        stale = [i for i in stored if i not in ids]
        if stale:
            table.delete(col("id").isin([lit(i) for i in stale]))
            self._changed()
        return len(stale)

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    def _table(self) -> Any | None:
        return open_table(self._db, self.table_name)

    def _write(self, records: Iterable[dict], batch_size: int, progress: Progress | None, total: int | None) -> int:
        """Upsert the records in batches, then bring the indexes up to date; returns how many were written."""
        total = total if total is not None else operator.length_hint(records, 0)
        state: IngestState | None = None
        done = 0
        for batch in _batches(records, batch_size):
            state = state or self._start_ingest()
            done += state.write(batch)
            if progress:
                progress(done, max(total, done))
        if state is None:
            return 0
        if progress and done < total:  # rows were skipped: the bar still has to finish
            progress(done, done)
        self._build_indexes(state.table)
        return done

    def _start_ingest(self) -> IngestState:
        builder = RowBuilder(self.embedder, self._embedder_name, self.image_embedder, self.images_dir)
        return IngestState(self._writable_table(builder.schema()), builder)

    def _writable_table(self, schema: pa.Schema) -> Any:
        """The table, rebuilt when an older version or other embedders made it (it is derived data).

        A table that only lacks the trait or picture columns gets them added in place (`_add_missing`).
        """
        table = self._table()
        if table is not None and _compatible(table.schema, schema, added=ADDABLE_COLUMNS):
            _add_missing(table, schema, ADDABLE_COLUMNS)
            return table
        if table is not None and _compatible(table.schema, schema, images=False, added=ADDABLE_COLUMNS):
            _add_missing(table, schema, ADDABLE_COLUMNS)
            # Another image embedder (the CNN replacing the descriptor): keep the text vectors, so a
            # re-ingest embeds only the pictures again.
            log.warning("catalog pictures were embedded by another model; re-embedding them with %s",
                        self.image_embedder.name)
            table.drop_columns(["image_vector", "image_key"])
            table.add_columns([schema.field("image_key"), schema.field("image_vector")])
            table.update(values={"has_image": False})
            return table
        if table is not None:
            log.warning("catalog table %s was built for another schema or embedder; rebuilding it", self.table_name)
        return self._db.create_table(self.table_name, schema=schema, mode="overwrite")

    def _build_indexes(self, table: Any) -> None:
        """Scalar indexes make prefilters cheap; the FTS index serves the BM25 half of hybrid search.

        Data is compacted first, then missing indexes are built; existing ones were brought up to
        date by `optimize`, so a re-ingest does not retrain them.
        """
        from lancedb.index import FTS, Bitmap, BTree

        table.optimize(cleanup_older_than=timedelta(minutes=10))
        indexed = {c for index in table.list_indices() for c in index.columns}
        for column in (c for c in BITMAP_COLUMNS if c not in indexed):
            table.create_index(column, config=Bitmap())
        for column in (c for c in BTREE_COLUMNS if c not in indexed):
            table.create_index(column, config=BTree())
        if "text" not in indexed:
            table.create_index("text", config=FTS())
        if "vector" not in indexed and table.count_rows() >= VECTOR_INDEX_MIN_ROWS:
            build_vector_index(table)


def _compatible(current: pa.Schema, wanted: pa.Schema, images: bool = True, added: Sequence[str] = ()) -> bool:
    """The table has every column (but those in `added`) and the vector widths of these embedders
    (the image ones unless not `images`)."""
    from retrieval.schema import vector_width

    image_columns = set() if images else {"image_vector", "image_key"}
    if set(wanted.names) - set(current.names) - image_columns - set(added):
        return False
    columns = ("vector", "image_vector") if images else ("vector",)
    return all(vector_width(current, c) == vector_width(wanted, c) for c in columns)


def _add_missing(table: Any, schema: pa.Schema, columns: Sequence[str]) -> None:
    """Add these (nullable) columns where the table lacks them. A re-ingest then fills them for the
    rows it writes, keeping every stored vector, where a rebuild would embed the catalogue again;
    rows it does not write stay null, and their traits are derived when read."""
    missing = [schema.field(c) for c in columns if c not in table.schema.names]
    if missing:
        log.info("adding columns %s to catalog table", ", ".join(f.name for f in missing))
        table.add_columns(missing)


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    """Batches without repeated ids (a merge fails on those): the last record of an id wins."""
    it = iter(records)
    while batch := list(islice(it, size)):
        yield list({str(r["id"]): r for r in batch}.values())


def build_vector_index(table: Any) -> None:
    """An approximate vector index (IVF_HNSW_SQ, cosine) over the table's text vectors."""
    from lancedb.index import IvfHnswSq

    rows = table.count_rows()
    table.create_index("vector", config=IvfHnswSq(distance_type="cosine", num_partitions=max(1, rows // 20_000)))

"""The LanceDB catalogue: ingest (idempotent upsert on id) and filtered hybrid search."""

from __future__ import annotations

import hashlib
import logging
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.colors import family_of
from retrieval.documents import BITMAP_COLUMNS, BTREE_COLUMNS, ITEM_COLUMNS, item_text, style_column
from retrieval.embed import TextEmbedder
from retrieval.filters import SearchFilters
from retrieval.items import Item
from retrieval.search import blend_scores, build_where
from retrieval.vocabulary import STYLES, slot_of

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
CANDIDATES_PER_RETRIEVER = 4  # each retriever proposes k * this many items before blending
_SAFE_FILE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class EmptyCatalogError(Exception):
    """Search on a catalogue that has no items yet."""

    def __init__(self, uri: str) -> None:
        super().__init__(
            f"The catalog at {uri} is empty: run `stylist ingest` to build it from the demo catalog."
        )


def _batches(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    """Batches without repeated ids (a merge fails on those): the last record of an id wins."""
    it = iter(records)
    while batch := list(islice(it, size)):
        yield list({str(r["id"]): r for r in batch}.values())


def image_file_name(item_id: str) -> str:
    """A file name for an item's image; ids from foreign CSVs must not escape the images folder."""
    if _SAFE_FILE_ID.fullmatch(item_id):
        return f"{item_id}.jpg"
    return hashlib.sha1(item_id.encode()).hexdigest() + ".jpg"


class Catalog:
    """A catalogue of `Item`s in one LanceDB table, searched by text plus typed filters."""

    def __init__(self, uri: str, embedder: TextEmbedder, images_dir: Path, table: str = "items") -> None:
        import lancedb  # a second to import: only when a catalogue is actually opened

        self.uri = str(uri)
        self.embedder = embedder
        self.images_dir = Path(images_dir)
        self.table_name = table
        self._db = lancedb.connect(self.uri)
        # Stored vectors are reused only for the same model; an embedder without a name never reuses.
        self._embedder_name: str | None = getattr(embedder, "name", None)

    # --- reading ------------------------------------------------------------------------------------

    def _table(self) -> Any | None:
        try:
            return self._db.open_table(self.table_name)
        except (ValueError, FileNotFoundError):  # LanceDB raises ValueError for a missing table
            return None

    def count(self) -> int:
        """How many items the catalogue holds (0 when it was never built)."""
        table = self._table()
        return 0 if table is None else table.count_rows()

    def get(self, ids: Sequence[str]) -> list[Item]:
        """The items with these ids, in the order asked; unknown ids are skipped."""
        table = self._table()
        if table is None or not ids:
            return []
        from lancedb.expr import col, lit

        wanted = list(dict.fromkeys(str(i) for i in ids))
        rows = table.search().where(col("id").isin([lit(i) for i in wanted])).select(list(ITEM_COLUMNS))
        by_id = {r["id"]: r for r in rows.limit(len(wanted)).to_list()}
        return [_to_item(by_id[i]) for i in wanted if i in by_id]

    def search(self, text: str, filters: SearchFilters = SearchFilters(), k: int = 10) -> list[Item]:
        """The k best items for a free-text query among those passing the filters, best first.

        Hybrid: MiniLM cosine similarity blended with full-text BM25 (see `search.blend_scores`);
        `Item.score` is that blend, in 0-1. Raises EmptyCatalogError before the first ingest.
        """
        table = self._table()
        if table is None or table.count_rows() == 0:
            raise EmptyCatalogError(self.uri)
        if k <= 0:
            return []
        where, pool = build_where(filters), k * CANDIDATES_PER_RETRIEVER
        query_vector = self.embedder.embed([text])[0]
        cosines = self._vector_hits(table, query_vector, where, pool)
        lexical = self._text_hits(table, text, where, pool)
        cosines.update(self._cosines(table, query_vector, [i for i in lexical if i not in cosines]))
        ranked = blend_scores(cosines, lexical)[:k]
        items = {item.id: item for item in self.get([item_id for item_id, _ in ranked])}
        return [items[i].with_score(round(s, 6)) for i, s in ranked if i in items]

    def _vector_hits(self, table: Any, vector: np.ndarray, where: Any, limit: int) -> dict[str, float]:
        """id -> cosine similarity of the nearest items (exact scan: the catalogue is small)."""
        query = table.search(vector, vector_column_name="vector").distance_type("cosine")
        if where is not None:
            query = query.where(where, prefilter=True)
        rows = query.select(["id", "_distance"]).limit(limit).to_list()
        return {r["id"]: 1.0 - float(r["_distance"]) for r in rows}

    def _text_hits(self, table: Any, text: str, where: Any, limit: int) -> dict[str, float]:
        """id -> BM25 of items holding every word of the text; empty if none or FTS is unavailable."""
        from lancedb.query import FullTextOperator, MatchQuery

        if not text.strip():
            return {}
        # A MatchQuery takes the text as plain words (no query syntax for a user to trip over);
        # AND keeps partial matches ("beige" of "beige trench coat" -> beige socks) out.
        match = MatchQuery(text, "text", operator=FullTextOperator.AND)
        query = table.search(match, query_type="fts")
        if where is not None:
            query = query.where(where, prefilter=True)
        try:
            rows = query.select(["id", "_score"]).limit(limit).to_list()
        except (ValueError, RuntimeError, OSError) as error:
            log.warning("full-text search failed, ranking by vectors only: %s", error)
            return {}
        return {r["id"]: float(r["_score"]) for r in rows}

    def _cosines(self, table: Any, vector: np.ndarray, ids: list[str]) -> dict[str, float]:
        """Cosine similarity of given items (full-text hits the vector search did not return)."""
        if not ids:
            return {}
        from lancedb.expr import col, lit

        rows = table.search().where(col("id").isin([lit(i) for i in ids])).select(["id", "vector"])
        return {r["id"]: float(np.dot(r["vector"], vector)) for r in rows.limit(len(ids)).to_list()}

    # --- writing ------------------------------------------------------------------------------------

    def ingest(
        self, records: Iterable[dict], *, batch_size: int = 256, progress: Progress | None = None,
        total: int | None = None,
    ) -> int:
        """Upsert records (rows of the demo parquet: image as JPEG bytes or a path); returns how many.

        Idempotent: rows are merged on `id`, so ingesting the same data twice keeps the count.
        """
        total = total if total is not None else (len(records) if isinstance(records, Sequence) else 0)
        table, done = None, 0
        self.images_dir.mkdir(parents=True, exist_ok=True)
        for batch in _batches(records, batch_size):
            table = table or self._create_table()
            rows = self._rows(table, batch)
            table.merge_insert("id").when_matched_update_all().when_not_matched_insert_all().execute(rows)
            done += len(rows)
            if progress:
                progress(done, max(total, done))
        if table is not None:
            self._build_indexes(table)
        return done

    def ingest_parquet(self, path: str | Path, *, limit: int | None = None, progress: Progress | None = None) -> int:
        """Ingest a demo-catalog parquet; `limit` takes a deterministic sample spread over slots and genders."""
        import pyarrow.parquet as pq

        records = pq.read_table(path).to_pylist()
        if limit is not None:
            records = stratified_sample(records, limit)
        return self.ingest(records, progress=progress)

    def _create_table(self) -> Any:
        from retrieval.schema import VECTOR_DIM, CatalogRow

        if self.embedder.dim != VECTOR_DIM:
            raise ValueError(
                f"the catalog stores {VECTOR_DIM}-d vectors; this embedder makes {self.embedder.dim}-d ones"
            )
        table = self._table()
        missing = set(CatalogRow.model_fields) - set(table.schema.names) if table is not None else set()
        if missing:  # built by an older version: the catalogue is derived data, so rebuild it
            log.warning("catalog table %s lacks %s; rebuilding it", self.table_name, sorted(missing))
        mode = "overwrite" if missing else "create"
        return self._db.create_table(self.table_name, schema=CatalogRow, mode=mode, exist_ok=not missing)

    def _rows(self, table: Any, batch: list[dict]) -> list[dict]:
        texts = [item_text(r) for r in batch]
        vectors = self._vectors(table, [str(r["id"]) for r in batch], texts)
        return [self._row(r, t, v) for r, t, v in zip(batch, texts, vectors, strict=True)]

    def _vectors(self, table: Any, ids: list[str], texts: list[str]) -> list[np.ndarray]:
        """Vectors for the texts, reusing stored ones of the same text and model (re-ingest is then cheap)."""
        from lancedb.expr import col, lit

        query = table.search().where(col("id").isin([lit(i) for i in ids])).select(["id", "text", "embedder", "vector"])
        stored = {r["id"]: r for r in query.limit(len(ids)).to_list()}
        model = self._embedder_name
        reuse = [bool(model) and i in stored and (stored[i]["text"], stored[i]["embedder"]) == (t, model)
                 for i, t in zip(ids, texts, strict=True)]
        fresh = iter(self.embedder.embed([t for t, keep in zip(texts, reuse, strict=True) if not keep]))
        return [np.asarray(stored[i]["vector"]) if keep else next(fresh) for i, keep in zip(ids, reuse, strict=True)]

    def _row(self, record: dict, text: str, vector: Any) -> dict:
        item_id = str(record["id"])
        styles = [s for s in (record.get("styles") or ()) if s in STYLES] or ["casual"]
        row = {c: record.get(c) for c in ITEM_COLUMNS}
        row.update(  # slot and colour family follow from kind and colour when a source lacks them
            id=item_id, styles=styles, image=self._store_image(item_id, record.get("image")),
            slot=record.get("slot") or slot_of(record["kind"]),
            color_family=record.get("color_family") or family_of(record.get("color")),
            has_price=record.get("price") is not None, text=text, embedder=self._embedder_name,
            vector=vector.tolist(),
        )
        row.update({style_column(s): s in styles for s in STYLES})
        return row

    def _store_image(self, item_id: str, image: bytes | str | None) -> str | None:
        """The item's image, copied under images_dir so the catalogue never depends on its source folder."""
        if isinstance(image, str):
            source = Path(image)
            image = source.read_bytes() if source.is_file() else None
        if image is None:
            return None
        path = self.images_dir / image_file_name(item_id)
        if not path.exists() or path.stat().st_size != len(image):
            path.write_bytes(image)
        return str(path)

    def _build_indexes(self, table: Any) -> None:
        """Scalar indexes make prefilters cheap; the FTS index serves the BM25 half of hybrid search.

        No vector index: an exact scan of a few thousand 384-d vectors takes milliseconds, and an
        approximate one would lose recall under selective filters.
        """
        from lancedb.index import FTS, Bitmap, BTree

        for column in BITMAP_COLUMNS:
            table.create_index(column, config=Bitmap(), replace=True)
        for column in BTREE_COLUMNS:
            table.create_index(column, config=BTree(), replace=True)
        table.create_index("text", config=FTS(), replace=True)
        table.optimize()


def _to_item(row: dict) -> Item:
    values = {c: row.get(c) for c in ITEM_COLUMNS}
    values["styles"] = tuple(values.get("styles") or ())
    return Item(**values)


def _stratum(record: dict) -> tuple[str, str]:
    return str(record.get("slot")), str(record.get("gender"))


def _spread(records: list[dict]) -> list[dict]:
    """Order a stratum so any prefix covers many (kind, colour family) pairs, popular pairs first."""
    buckets: dict[tuple[str, str], list[dict]] = {}
    for r in sorted(records, key=lambda r: zlib.crc32(str(r["id"]).encode())):
        buckets.setdefault((str(r.get("kind")), str(r.get("color_family"))), []).append(r)
    queues = sorted(buckets.values(), key=len, reverse=True)
    return [q[i] for i in range(len(queues[0])) for q in queues if i < len(q)] if queues else []


def stratified_sample(records: list[dict], limit: int) -> list[dict]:
    """A deterministic sample of `limit` records: equal shares per (slot, gender), small strata whole."""
    strata: dict[tuple[str, str], list[dict]] = {}
    for r in records:
        strata.setdefault(_stratum(r), []).append(r)
    quotas, left = {}, max(0, limit)
    for n_left, key in enumerate(sorted(strata, key=lambda s: (len(strata[s]), s))):
        share = left // (len(strata) - n_left)  # water-filling: smaller strata first, leftovers roll on
        quotas[key] = min(share, len(strata[key]))
        left -= quotas[key]
    return [r for key in sorted(strata) for r in _spread(strata[key])[: quotas[key]]]

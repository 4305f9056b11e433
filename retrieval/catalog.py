"""The LanceDB catalogue, read side: filtered hybrid search, visual search, lookups by id.

Writing it is `CatalogWriter`'s job (catalog_writer.py).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from domain.items import Item
from retrieval.catalog_pictures import copy_missing_pictures, local_picture
from retrieval.catalog_table import DEFAULT_TABLE, connect, open_table
from retrieval.documents import ITEM_COLUMNS, TRAIT_COLUMNS
from retrieval.embed import TextEmbedder
from domain.filters import SearchFilters, supported_filters
from retrieval.image_vectors import ColourTextureEmbedder, ImageEmbedder, load_image
from retrieval.search import blend_scores, build_where
from retrieval.vector_mirror import MIRROR_MAX_ROWS, VectorMirror, shared_mirror

if TYPE_CHECKING:
    import pyarrow as pa
    from PIL import Image

T = TypeVar("T")
log = logging.getLogger(__name__)

MIRROR_RECHECK_S = 1.0  # how stale a mirror may be against writes by another process
CANDIDATES_PER_RETRIEVER = 4  # each retriever proposes k * this many items before blending
# The index's candidates are re-ranked by their full vectors: exact cosines, better recall (~0.99 at 44k).
REFINE_FACTOR = 4


class EmptyCatalogError(Exception):
    """Search on a catalogue that has no items yet."""

    def __init__(self, uri: str) -> None:
        super().__init__(
            f"The catalog at {uri} is empty: run `stylist ingest` to build it from the demo catalog."
        )


class CatalogImagesError(ValueError):
    """Visual search on a catalogue whose image vectors are missing or come from another model."""


class Catalog:
    """A catalogue of `Item`s in one LanceDB table, searched by text or picture plus typed filters.

    `uri` is any LanceDB URI: a local folder, `s3://`, `gs://`, `az://` or `db://` (LanceDB Cloud;
    the API key comes from LANCEDB_API_KEY); it is passed to `lancedb.connect` untouched. Item
    pictures are copied to the local `images_dir` whatever the URI (at ingest, or by `warm` on a
    machine that reads a catalogue another one built). `CatalogWriter.of(catalog)` writes it.
    """

    def __init__(self, uri: str, embedder: TextEmbedder, images_dir: Path, table: str = DEFAULT_TABLE,
                 image_embedder: ImageEmbedder | None = None, mirror: bool | None = None) -> None:
        self.uri = str(uri)
        self.embedder = embedder
        self.image_embedder: ImageEmbedder = image_embedder or ColourTextureEmbedder()
        self.images_dir = Path(images_dir)
        self.table_name = table
        self.db = connect(self.uri)  # (a writer of this catalogue shares it: see CatalogWriter.of)
        self._executor: ThreadPoolExecutor | None = None
        # The vector half runs in memory (vector_mirror.py) for a local catalogue of up to
        # MIRROR_MAX_ROWS items (None: decide so; True/False: always/never).
        self.mirror: bool | None = mirror if mirror is not None else (None if _is_local(self.uri) else False)
        self._mirror: VectorMirror | None = None
        self._mirror_lock = threading.Lock()
        self._too_big: int | None = None  # the table version found too big to mirror
        self._mirror_checked = -math.inf  # when the mirror was last found to match the table
        self._derived: dict[str, Any] = {}  # Catalog.derived of a catalogue searched in LanceDB

    # --- reading ------------------------------------------------------------------------------------

    def _table(self) -> Any | None:
        return open_table(self.db, self.table_name)

    def _searchable(self) -> Any:
        table = self._table()
        if table is None or table.count_rows() == 0:
            raise EmptyCatalogError(self.uri)
        return table

    def _searchable_mirrored(self) -> tuple[Any, VectorMirror | None]:
        """The table and its in-memory copy; a mirrored search skips the row count and schema reads,
        and within MIRROR_RECHECK_S of the last look it skips LanceDB altogether (table None):
        opening the table and reading its version cost ~2 ms, a chat turn searches ten times."""
        mirror = self._mirror
        fresh = time.monotonic() - self._mirror_checked < MIRROR_RECHECK_S
        if mirror is not None and len(mirror) and fresh and self.mirror is not False:
            return None, mirror
        table = self._table()
        mirror = self._vector_mirror(table) if table is not None else None
        if table is None or (len(mirror) if mirror is not None else table.count_rows()) == 0:
            raise EmptyCatalogError(self.uri)
        return table, mirror

    def refresh(self) -> None:
        """Look at the table again on the next search rather than trust the in-memory copy for up to
        MIRROR_RECHECK_S: the table was just written (CatalogWriter calls this after each write), and
        searches in this process must see the new rows at once."""
        self._mirror_checked = -math.inf

    def warm(self) -> None:
        """Load what the first search would (the in-memory copy), so that no user waits for it, and
        copy the pictures this machine lacks (a catalogue another machine built)."""
        table = self._table()
        if table is not None:
            self._vector_mirror(table)
            copy_missing_pictures(table, self.images_dir)

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
        rows = table.search().where(col("id").isin([lit(i) for i in wanted])).select(_item_columns(table))
        by_id = {r["id"]: r for r in rows.limit(len(wanted)).to_list()}
        return [_to_item(by_id[i], self.images_dir) for i in wanted if i in by_id]

    def scan(self, columns: Sequence[str]) -> pa.Table:
        """Every row, only those of these columns the table has (for evaluation and benchmarks)."""
        table = self._searchable()
        present = [c for c in columns if c in table.schema.names]
        return table.search().select(present).limit(table.count_rows()).to_arrow()

    def derived(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, a value made from the whole table (the brands' profiles), kept with the in-memory copy
        of the table's version: made once per version and process, and made again after a reindex."""
        try:
            _, mirror = self._searchable_mirrored()
        except EmptyCatalogError:
            return compute()
        memo = mirror.derived if mirror is not None else self._derived  # (not mirrored: kept for good)
        if name not in memo:
            memo[name] = compute()
        return memo[name]

    def prepare(self, texts: Sequence[str]) -> None:
        """Embed the query texts of the searches about to run in one batch (the app's embedder
        remembers them): one MiniLM call for a turn's five slot queries instead of five."""
        if texts:
            self.embedder.embed(list(dict.fromkeys(texts)))

    def query_vector(self, text: str) -> np.ndarray:
        """The embedding of a query text (app/wiring wraps the embedder in a cache for repeated texts)."""
        return np.asarray(self.embedder.embed([text])[0], dtype=np.float32)

    def search(self, text: str, filters: SearchFilters = SearchFilters(), k: int = 10, *,
               vector: np.ndarray | None = None) -> list[Item]:
        """The k best items for a free-text query among those passing the filters, best first.

        Hybrid: MiniLM cosine similarity blended with full-text BM25 (see `search.blend_scores`);
        `Item.score` is that blend, in 0-1. `vector` is the text's embedding when the caller has it.
        Raises EmptyCatalogError before the first ingest.
        """
        table, mirror = self._searchable_mirrored()
        if k <= 0:
            return []
        query_vector = self.query_vector(text) if vector is None else np.asarray(vector, dtype=np.float32)
        if mirror is not None:
            return _search_in_memory(mirror, text, mirror.supported(filters), query_vector, k, self.images_dir)
        filters = self._supported(table, filters)
        where, pool = build_where(filters), k * CANDIDATES_PER_RETRIEVER
        # The full-text half waits on LanceDB's native threads: it runs beside the vector half.
        columns = [*_item_columns(table), "vector", "_score"]
        lexical_rows = self._pool().submit(self._text_hits, table, text, where, pool, columns)
        rows, cosines = self._vector_half(table, query_vector, filters, where, pool, None)
        text_rows = lexical_rows.result()
        _add_text_only_hits(rows, cosines, text_rows, query_vector)
        ranked = blend_scores(cosines, {row["id"]: float(row["_score"]) for row in text_rows})[:k]
        return [_to_item(rows[i], self.images_dir).with_score(round(s, 6)) for i, s in ranked]

    def vector_hits(self, vector: np.ndarray, filters: SearchFilters = SearchFilters(),
                    k: int = 10) -> list[tuple[str, float]]:
        """(id, cosine) of the k items nearest to a text vector under the filters: search's vector half."""
        table = self._searchable()
        filters = self._supported(table, filters)
        vector = np.asarray(vector, dtype=np.float32)
        _, cosines = self._vector_half(table, vector, filters, build_where(filters), k, self._vector_mirror(table))
        return sorted(cosines.items(), key=lambda p: (-p[1], p[0]))

    def _vector_half(self, table: Any, vector: np.ndarray, filters: SearchFilters, where: Any, limit: int,
                     mirror: VectorMirror | None) -> tuple[dict[str, dict], dict[str, float]]:
        """Item rows and cosines of the nearest items: exact in memory when mirrored, else LanceDB."""
        if mirror is None:
            rows = {r["id"]: r for r in self._nearest(table, "vector", vector, where, limit)}
            return rows, {i: 1.0 - float(r["_distance"]) for i, r in rows.items()}
        hits = mirror.nearest(vector, filters, limit)
        found = mirror.rows([row for row, _ in hits])
        return {r["id"]: r for r in found}, {r["id"]: score for r, (_, score) in zip(found, hits, strict=True)}

    def _vector_mirror(self, table: Any) -> VectorMirror | None:
        """The in-memory copy of the table's current version, when this catalogue uses one."""
        if self.mirror is False:
            return None
        version, mirror = table.version, self._mirror
        if mirror is not None and mirror.version == version:
            self._mirror_checked = time.monotonic()
            return mirror
        if self._too_big == version:
            return None
        with self._mirror_lock:  # one thread loads; the others wait and share it
            if self._mirror is None or self._mirror.version != version:
                if self.mirror is None and table.count_rows() > MIRROR_MAX_ROWS:
                    self._too_big = version
                    return None
                self._mirror = shared_mirror(f"{self.uri}/{self.table_name}", table)
            self._mirror_checked = time.monotonic()
            return self._mirror

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="catalog-search")
        return self._executor

    def search_by_image(self, image: str | Path | bytes | Image.Image, filters: SearchFilters = SearchFilters(),
                        k: int = 10) -> list[Item]:
        """The k items whose pictures look most like this one (a path, bytes or PIL image), best first.

        `Item.score` is the cosine similarity of the image vectors. Items without a picture are
        never returned. Raises CatalogImagesError when the stored vectors are from another model.
        """
        from lancedb.expr import col, lit

        table = self._searchable()
        if k <= 0:
            return []
        self._check_image_vectors(table)
        query_vector = self.image_embedder.embed([load_image(image)])[0]
        where = build_where(self._supported(table, filters))
        with_image = col("has_image") == lit(True)
        where = with_image if where is None else where & with_image
        rows = self._nearest(table, "image_vector", query_vector, where, k)
        return [_to_item(r, self.images_dir).with_score(round(1.0 - float(r["_distance"]), 6)) for r in rows]

    def _check_image_vectors(self, table: Any) -> None:
        from lancedb.expr import col, lit

        from retrieval.schema import vector_width

        if vector_width(table.schema, "image_vector") != self.image_embedder.dim:
            raise CatalogImagesError(
                f"the catalog at {self.uri} has no image vectors for {self.image_embedder.name}: "
                "run `stylist ingest` again to add them"
            )
        sample = table.search().where(col("has_image") == lit(True)).select(["image_key"]).limit(1).to_list()
        if sample and not str(sample[0]["image_key"]).startswith(self.image_embedder.name + ":"):
            raise CatalogImagesError(
                f"the catalog's image vectors were made by {str(sample[0]['image_key']).split(':')[0]}, not "
                f"{self.image_embedder.name}: run `stylist ingest` again to re-embed the pictures"
            )

    @staticmethod
    def _supported(table: Any, filters: SearchFilters) -> SearchFilters:
        """The filters this table can apply (an older table lacks `outfit_ok` or the trait columns)."""
        names = set(table.schema.names)
        return supported_filters(filters, "outfit_ok" in names, names & set(TRAIT_COLUMNS))

    def _nearest(self, table: Any, column: str, vector: np.ndarray, where: Any, limit: int) -> list[dict]:
        """Item rows nearest to a vector by cosine, with `_distance`; exact unless an index helps."""
        query = table.search(vector, vector_column_name=column).distance_type("cosine")
        if where is not None:
            query = query.where(where, prefilter=True)
        if _has_vector_index(table, column):  # LanceDB scans small prefiltered sets exactly by itself
            query = query.refine_factor(REFINE_FACTOR)
        return query.select([*_item_columns(table), "_distance"]).limit(limit).to_list()

    def _text_hits(self, table: Any, text: str, where: Any, limit: int, columns: Sequence[str]) -> list[dict]:
        """Rows holding every word of the text (these columns, `_score` the BM25); [] if none or no FTS."""
        from lancedb.query import FullTextOperator, MatchQuery

        if not text.strip():
            return []
        # A MatchQuery takes the text as plain words (no query syntax for a user to trip over);
        # AND keeps partial matches ("beige" of "beige trench coat" -> beige socks) out.
        match = MatchQuery(text, "text", operator=FullTextOperator.AND)
        query = table.search(match, query_type="fts")
        if where is not None:
            query = query.where(where, prefilter=True)
        try:
            return query.select(list(columns)).limit(limit).to_list()
        except (ValueError, RuntimeError, OSError) as error:
            log.warning("full-text search failed, ranking by vectors only: %s", error)
            return []


def _search_in_memory(mirror: VectorMirror, text: str, filters: SearchFilters, vector: np.ndarray,
                      k: int, images_dir: Path) -> list[Item]:
    """`Catalog.search` on the in-memory copy: both halves share one filter mask, no LanceDB call."""
    keep, pool = mirror.mask(filters), k * CANDIDATES_PER_RETRIEVER
    cosines = {row: score for row, score in mirror.nearest(vector, keep, pool)}
    lexical = dict(mirror.text_hits(text, keep, pool))
    text_only = [row for row in lexical if row not in cosines]
    cosines.update(zip(text_only, mirror.cosines(vector, text_only)))
    ids = mirror.ids
    ranked = blend_scores({ids[r]: s for r, s in cosines.items()}, {ids[r]: s for r, s in lexical.items()})[:k]
    found = mirror.rows([mirror.row_of[i] for i, _ in ranked])
    return [_to_item(row, images_dir).with_score(round(score, 6)) for row, (_, score) in zip(found, ranked, strict=True)]


def _add_text_only_hits(rows: dict[str, dict], cosines: dict[str, float], text_rows: list[dict],
                        vector: np.ndarray) -> None:
    """Item rows and cosines of the full-text hits the vector half did not propose (blending needs both)."""
    hits = {r["id"]: r for r in text_rows}
    missing = [i for i in hits if i not in rows]
    rows.update({i: hits[i] for i in missing})
    cosines.update({i: float(np.dot(hits[i]["vector"], vector)) for i in missing})


def _is_local(uri: str) -> bool:
    """A folder (or file:// URI): its vectors are on this machine's disk, cheap to mirror."""
    return "://" not in uri or uri.startswith("file://")


def _has_vector_index(table: Any, column: str) -> bool:
    return any(column in index.columns and index.index_type.startswith(("IVF", "Ivf")) for index in table.list_indices())


def _item_columns(table: Any) -> list[str]:
    """The `Item` columns this table has: one built before the trait columns lacks them."""
    names = set(table.schema.names)
    return [c for c in ITEM_COLUMNS if c in names]


def _to_item(row: dict, images_dir: Path) -> Item:
    """An item from a stored row, its picture in this machine's folder; traits missing from an older
    table stay None (`traits_of` derives them)."""
    values = {c: row.get(c) for c in ITEM_COLUMNS}
    values["image"] = local_picture(images_dir, values.get("image"))
    values["styles"] = tuple(values.get("styles") or ())
    return Item(**values)

"""An in-memory copy of a catalogue's text vectors, filter columns and search text: exact vector
search in NumPy and BM25 over an in-memory inverted index (text_index.py).

Why: on a small CPU a LanceDB query costs several milliseconds before any vector is compared (an
exact scan of 44k rows ~33 ms, an IVF_HNSW_SQ search ~8 ms with ~0.98 recall), while a NumPy scan of
the same 44k x 384 floats under the same filters takes 1-5 ms and is exact. A local catalogue of up
to `MIRROR_MAX_ROWS` items (68 MB of vectors at 44k) is therefore searched here; LanceDB keeps the
data and everything larger or remote.

`mask` must mean exactly what `search.build_where` means; tests compare the two filter by filter.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import numpy as np

from domain.vocabulary import OCCASION_USAGES, STYLES
from retrieval.documents import ITEM_COLUMNS, TRAIT_COLUMNS, style_column
from domain.filters import SearchFilters, supported_filters
from retrieval.text_index import TextIndex

MIRROR_MAX_ROWS = 200_000  # ~300 MB of 384-d vectors; a bigger catalogue is searched in LanceDB
SHARED_MIRRORS = 2  # table versions whose copies a process keeps for every catalogue opening them
MASK_CACHE_SIZE = 256  # filter masks kept (44 kB each at 44k items)
_CATEGORICAL = ("slot", "kind", "gender", "season", "usage", "color_family")  # every table has these
_FLAGS = ("has_price", "outfit_ok", *(style_column(s) for s in STYLES))
MIRROR_COLUMNS = tuple(dict.fromkeys((*ITEM_COLUMNS, *_CATEGORICAL, *TRAIT_COLUMNS, *_FLAGS, "price")))


def fixed_vectors(column: Any) -> np.ndarray:
    """A fixed-size-list column as an (N, dim) float32 array; null entries become zero vectors."""
    array = column.combine_chunks() if hasattr(column, "combine_chunks") else column
    dim = array.type.list_size
    values = array.values.to_numpy(zero_copy_only=False)[array.offset * dim: (array.offset + len(array)) * dim]
    vectors = np.nan_to_num(values.reshape(len(array), dim).astype(np.float32, copy=False))
    if array.null_count:
        vectors[array.is_null().to_numpy(zero_copy_only=False)] = 0.0
    return vectors


class VectorMirror:
    """Vectors, filter columns and item columns of every row, from an Arrow table of the catalogue."""

    def __init__(self, data: Any, version: int | None = None) -> None:
        self.version = version
        # One chunk: `take` on a many-chunk table costs milliseconds per call.
        self.items = data.select([c for c in ITEM_COLUMNS if c in data.column_names]).combine_chunks()
        self.ids = np.array(data.column("id").to_pylist(), dtype=object)
        self.row_of = {item_id: row for row, item_id in enumerate(self.ids)}
        self.vectors = np.ascontiguousarray(fixed_vectors(data.column("vector")))
        self.codes: dict[str, dict[str, int]] = {}
        self.columns: dict[str, np.ndarray] = {}
        # Strings -> small ints once, so a filter is an integer comparison. Trait columns only where
        # the table has them (a table from before them is filtered as `supported` says).
        self.traits = frozenset(c for c in TRAIT_COLUMNS if c in data.column_names)
        for name in (*_CATEGORICAL, *sorted(self.traits)):
            values = data.column(name).to_pylist()
            self.codes[name] = {v: n for n, v in enumerate(dict.fromkeys(values))}
            self.columns[name] = np.array([self.codes[name][v] for v in values], dtype=np.int32)
        for name in _FLAGS:  # a table from before `outfit_ok` holds outfit pieces only
            column = data.column(name).to_numpy(zero_copy_only=False) if name in data.column_names else None
            self.columns[name] = np.ones(len(self.ids), bool) if column is None else column.astype(bool)
        self.columns["price"] = np.nan_to_num(data.column("price").to_numpy(zero_copy_only=False).astype(float))
        self.has_outfit_flag = "outfit_ok" in data.column_names
        self.derived: dict[str, Any] = {}  # what is computed from the whole version once (Catalog.derived)
        self._masks: dict[SearchFilters, np.ndarray] = {}
        self.mask_cache_size = MASK_CACHE_SIZE  # 0: compute every mask (benchmarks compare like with like)
        texts = data.column("text").to_pylist() if "text" in data.column_names else None
        self.text_index = TextIndex(texts) if texts is not None else None

    @classmethod
    def of_table(cls, table: Any) -> VectorMirror:
        names = set(table.schema.names)
        columns = [c for c in (*MIRROR_COLUMNS, "vector", "text") if c in names]
        data = table.search().select(columns).limit(max(1, table.count_rows())).to_arrow()
        return cls(data, table.version)

    def supported(self, filters: SearchFilters) -> SearchFilters:
        """The filters this table can apply, as `Catalog._supported` says for LanceDB."""
        return supported_filters(filters, self.has_outfit_flag, self.traits)

    def __len__(self) -> int:
        return len(self.ids)

    def _any_of(self, name: str, values: Sequence[str]) -> np.ndarray:
        # A lookup table indexed by code: one gather, where np.isin would sort the whole column.
        wanted = np.zeros(len(self.codes[name]) + 1, dtype=bool)
        wanted[[self.codes[name][v] for v in values if v in self.codes[name]]] = True
        return wanted[self.columns[name]]

    def mask(self, filters: SearchFilters) -> np.ndarray:
        """The rows passing the filters, with the meaning `search.build_where` gives them (read-only).

        Masks are kept per filter set, without the items to leave out: one chat turn asks for the same
        few sets again and again, each conversation leaving out the pieces it has already shown.
        """
        if not filters.exclude_ids:
            return self._filter_mask(filters)
        keep = self._filter_mask(replace(filters, exclude_ids=())).copy()
        keep[[self.row_of[i] for i in filters.exclude_ids if i in self.row_of]] = False
        keep.flags.writeable = False
        return keep

    def _filter_mask(self, filters: SearchFilters) -> np.ndarray:
        keep = self._masks.get(filters)
        if keep is None:
            keep = self._compute_mask(filters)
            keep.flags.writeable = False
            if not self.mask_cache_size:
                return keep
            if len(self._masks) >= self.mask_cache_size:
                self._masks.pop(next(iter(self._masks)), None)  # the oldest goes first
            self._masks[filters] = keep
        return keep

    @contextmanager
    def fresh_masks(self) -> Iterator[None]:
        """Inside, every mask is computed afresh (a benchmark that repeats queries must not time the cache)."""
        size, self.mask_cache_size = self.mask_cache_size, 0
        self._masks.clear()
        try:
            yield
        finally:
            self.mask_cache_size = size

    def _compute_mask(self, filters: SearchFilters) -> np.ndarray:
        filters, c = self.supported(filters), self.columns  # a caller may not have asked `supported` first
        keep = np.ones(len(self.ids), dtype=bool)
        for name, values in (("slot", filters.slots), ("kind", filters.kinds), ("gender", filters.genders),
                             ("season", filters.seasons), ("usage", filters.usages),
                             ("color_family", filters.color_families)):
            if values:
                keep &= self._any_of(name, values)
        if filters.exclude_color_families:
            keep &= ~self._any_of("color_family", filters.exclude_color_families)
        for name, values in (("formality", filters.formalities), ("warmth", filters.warmths)):
            if values:
                keep &= self._any_of(name, values)
        if filters.exclude_functions:  # SQL's NOT IN: a null function passes neither way
            keep &= ~self._any_of("function", filters.exclude_functions) & ~self._any_of("function", [None])
        if filters.styles:
            keep &= np.logical_or.reduce([c[style_column(s)] for s in filters.styles if s in STYLES] or [keep & False])
        if filters.occasions:
            keep &= self._any_of("usage", [u for o in filters.occasions for u in OCCASION_USAGES.get(o, ())])
        if filters.price_min is not None:
            keep &= c["has_price"] & (c["price"] >= filters.price_min)
        if filters.price_max is not None:
            keep &= ~c["has_price"] | (c["price"] <= filters.price_max)
        if filters.outfit_only:
            keep &= c["outfit_ok"]
        return keep

    def nearest(self, vector: np.ndarray, filters: SearchFilters | np.ndarray, k: int) -> list[tuple[int, float]]:
        """(row, cosine) of the k nearest rows passing the filters (or this row mask), best first (ties: by row)."""
        rows = np.flatnonzero(self.mask(filters) if isinstance(filters, SearchFilters) else filters)
        if len(rows) == 0 or k <= 0:
            return []
        # A selective filter gathers its rows first; a loose one multiplies everything (cheaper than a copy).
        scores = self.vectors[rows] @ vector if len(rows) < len(self.ids) // 2 else (self.vectors @ vector)[rows]
        top = np.argpartition(-scores, min(k, len(rows)) - 1)[:k]
        top = top[np.lexsort((rows[top], -scores[top]))]
        return [(int(rows[i]), float(scores[i])) for i in top]

    def text_hits(self, text: str, keep: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(row, BM25) of the k best rows among `keep` holding every word of the text; [] without search text."""
        return self.text_index.search(text, keep, k) if self.text_index is not None else []

    def cosines(self, vector: np.ndarray, rows: Sequence[int]) -> list[float]:
        return (self.vectors[list(rows)] @ vector).tolist() if len(rows) else []

    def search(self, vector: np.ndarray, filters: SearchFilters, k: int) -> list[tuple[str, float]]:
        """(id, cosine) of the k nearest rows passing the filters, best first."""
        return [(self.ids[row], score) for row, score in self.nearest(vector, filters, k)]

    def rows(self, indices: Sequence[int]) -> list[dict]:
        """The item columns of these rows, as dicts."""
        return self.items.take(list(indices)).to_pylist() if len(indices) else []


_SHARED: OrderedDict[tuple[str, int, Any], VectorMirror] = OrderedDict()
_SHARED_LOCK = threading.Lock()


def shared_mirror(uri: str, table: Any) -> VectorMirror:
    """The copy of this version of the table at `uri`, made once per process however many catalogues open
    it (a server's catalogue and its reindex, the bench's, a test's services: a quarter of a second each).
    The version's timestamp is part of the key: a table made again at the same place starts its versions
    over."""
    version = table.version
    stamp = next((v["timestamp"] for v in reversed(table.list_versions()) if v["version"] == version), None)
    key = (uri, version, stamp)
    with _SHARED_LOCK:
        mirror = _SHARED.pop(key, None) or VectorMirror.of_table(table)
        _SHARED[key] = mirror  # (most recently used last)
        while len(_SHARED) > SHARED_MIRRORS:
            _SHARED.popitem(last=False)
        return mirror

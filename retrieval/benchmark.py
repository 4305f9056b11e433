"""Speed of the catalogue, for `stylist bench`: filtered hybrid search against an exact NumPy scan,
and ingest against the raw embedder.

Search timings exclude embedding the query text, on both sides: every query is embedded once before
timing and both the hybrid search and the scan get that vector. What embedding a query costs is
reported on its own (`embed_query_p50_ms`; the app's CachingEmbedder makes a repeated text pay it once).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.documents import item_text, style_column
from retrieval.filters import SearchFilters
from retrieval.ingest_rows import fixed_vectors
from retrieval.vocabulary import OCCASION_USAGES, STYLES

SCAN_COLUMNS = ("id", "slot", "kind", "gender", "season", "usage", "color_family", "price", "has_price", "outfit_ok",
                *(style_column(s) for s in STYLES))
_CATEGORICAL = ("slot", "kind", "gender", "season", "usage", "color_family")


def default_queries() -> list[tuple[str, SearchFilters]]:
    """Searches like the ones `stylist search` and the agent make, from very to barely selective."""
    F = SearchFilters
    men, women = ("men", "unisex"), ("women", "unisex")
    return [
        ("navy chinos", F(kinds=("trousers",), color_families=("navy",))),
        ("black slacks for men", F(kinds=("trousers",), genders=men, color_families=("black",))),
        ("white sneakers", F(kinds=("sneakers",), color_families=("white",))),
        ("grey hoodie for women", F(kinds=("sweatshirt",), genders=women, color_families=("grey",))),
        ("floral summer dress", F(kinds=("dress",), genders=women, seasons=("summer",))),
        ("red dress under 50000 won", F(kinds=("dress",), color_families=("red",), price_max=50000)),
        ("dress, no black", F(kinds=("dress",), exclude_color_families=("black",))),
        ("olive cargo shorts", F(kinds=("shorts",), color_families=("olive",))),
        ("party heels", F(kinds=("heels",), occasions=("party",))),
        ("leather belt", F(kinds=("belt",))),
        ("sports watch", F(kinds=("watch",), usages=("sports",))),
        ("classic blazer for work", F(kinds=("blazer", "jacket"), styles=("classic",))),
        ("beige trench coat", F(kinds=("coat",), color_families=("beige",))),
        ("minimal daily winter top", F(slots=("top",), genders=women, seasons=("fall", "winter"), styles=("minimal",))),
        ("casual daily summer shoes", F(slots=("shoes",), genders=men, seasons=("spring", "summer"), styles=("casual",))),
        ("dandy work fall bottom", F(slots=("bottom",), genders=men, seasons=("spring", "fall", "winter"), styles=("dandy",))),
        ("street party outerwear", F(slots=("outerwear",), styles=("street",))),
        ("blue jeans", F(kinds=("jeans",), genders=women)),
        ("something warm for winter", F(seasons=("winter",))),
        ("sunglasses for men", F(kinds=("sunglasses",), genders=men)),
        ("kurta", F(usages=("ethnic",))),
        ("t-shirt", F()),
        ("casual outfit", F()),
        ("black", F(color_families=("black",))),
    ]


class ExactScan:
    """The baseline: every vector and filter column in NumPy, searched by brute force."""

    def __init__(self, catalog: Any) -> None:
        data = catalog.scan([*SCAN_COLUMNS, "vector"])
        self.ids = np.array(data.column("id").to_pylist(), dtype=object)
        self.vectors = np.ascontiguousarray(fixed_vectors(data.column("vector")))
        self.codes: dict[str, dict[str, int]] = {}
        self.columns: dict[str, np.ndarray] = {}
        for name in _CATEGORICAL:  # strings -> small ints once, so a filter is an integer comparison
            values = data.column(name).to_pylist()
            self.codes[name] = {v: n for n, v in enumerate(dict.fromkeys(values))}
            self.columns[name] = np.array([self.codes[name][v] for v in values], dtype=np.int32)
        for name in ("has_price", "outfit_ok", *(style_column(s) for s in STYLES)):
            column = data.column(name).to_numpy(zero_copy_only=False) if name in data.column_names else None
            self.columns[name] = np.ones(len(self.ids), bool) if column is None else column.astype(bool)
        self.columns["price"] = np.nan_to_num(data.column("price").to_numpy(zero_copy_only=False).astype(float))

    def _any_of(self, name: str, values: Sequence[str]) -> np.ndarray:
        codes = [self.codes[name][v] for v in values if v in self.codes[name]]
        return np.isin(self.columns[name], codes)

    def mask(self, filters: SearchFilters) -> np.ndarray:
        """The rows passing the filters, with the meaning `search.build_where` gives them."""
        c = self.columns
        keep = np.ones(len(self.ids), dtype=bool)
        for name, values in (("slot", filters.slots), ("kind", filters.kinds), ("gender", filters.genders),
                             ("season", filters.seasons), ("usage", filters.usages),
                             ("color_family", filters.color_families)):
            if values:
                keep &= self._any_of(name, values)
        if filters.exclude_color_families:
            keep &= ~self._any_of("color_family", filters.exclude_color_families)
        if filters.exclude_ids:
            keep &= ~np.isin(self.ids, list(filters.exclude_ids))
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

    def search(self, vector: np.ndarray, filters: SearchFilters, k: int) -> list[tuple[str, float]]:
        """(id, cosine) of the k nearest rows passing the filters, best first."""
        rows = np.flatnonzero(self.mask(filters))
        if len(rows) == 0 or k <= 0:
            return []
        # A selective filter gathers its rows first; a loose one multiplies everything (cheaper than a copy).
        scores = self.vectors[rows] @ vector if len(rows) < len(self.ids) // 2 else (self.vectors @ vector)[rows]
        top = np.argpartition(-scores, min(k, len(rows)) - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[rows[i]], float(scores[i])) for i in top]


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2) if values else float("nan")


def bench_search(catalog: Any, queries: Sequence[tuple[str, SearchFilters]] | None = None, repeats: int = 5,
                 k: int = 10) -> dict:
    """search_p50/p95_ms (filtered hybrid search) vs scan_p50/p95_ms (exact NumPy scan), same queries and vectors.

    Also: the vector half's recall against the exact scan (1.0 unless an approximate index lost
    something), and what embedding one query costs.
    """
    queries = list(queries or default_queries())
    started = time.perf_counter()
    scan = ExactScan(catalog)
    load_s = time.perf_counter() - started
    embed_ms, vectors = [], []
    for text, _ in queries:
        started = time.perf_counter()
        vectors.append(np.asarray(catalog.embedder.embed([text])[0], dtype=np.float32))
        embed_ms.append(_ms(started))
    recall = _vector_recall(catalog, scan, queries, vectors, k)
    search_ms, scan_ms = [], []
    for run in range(repeats + 1):  # the first round warms caches and is not counted
        for (text, filters), vector in zip(queries, vectors, strict=True):
            started = time.perf_counter()
            catalog.search(text, filters, k=k, vector=vector)
            hybrid = _ms(started)
            started = time.perf_counter()
            scan.search(vector, filters, k)
            exact = _ms(started)
            if run:
                search_ms.append(hybrid)
                scan_ms.append(exact)
    return {
        "catalog_items": len(scan.ids), "search_p50_ms": _pct(search_ms, 50), "search_p95_ms": _pct(search_ms, 95),
        "scan_p50_ms": _pct(scan_ms, 50), "scan_p95_ms": _pct(scan_ms, 95),
        "search_to_scan_p95": round(_pct(search_ms, 95) / max(_pct(scan_ms, 95), 1e-9), 2),
        "search_queries": len(queries) * repeats, "search_k": k, "search_excludes_query_embedding": True,
        "embed_query_p50_ms": _pct(embed_ms, 50), "vector_recall_at_k": recall, "scan_load_s": round(load_s, 2),
    }


def _vector_recall(catalog: Any, scan: ExactScan, queries: Sequence[tuple[str, SearchFilters]],
                   vectors: Sequence[np.ndarray], k: int) -> float:
    """Share of the exact top-k the catalogue's vector retriever also returns, over all queries."""
    from retrieval.search import build_where

    table = catalog._searchable()
    found = wanted = 0
    for (_, filters), vector in zip(queries, vectors, strict=True):
        exact = {i for i, _ in scan.search(vector, filters, k)}
        rows = catalog._nearest(table, "vector", vector, build_where(catalog._supported(table, filters)), k)
        found += len(exact & {r["id"] for r in rows})
        wanted += len(exact)
    return round(found / wanted, 4) if wanted else 1.0


def bench_ingest(records: Sequence[dict], embedder: Any, image_embedder: Any | None = None,
                 workdir: str | Path | None = None) -> dict:
    """ingest_items_per_s (into a fresh temporary catalogue, pictures and indexes included) vs
    embed_items_per_s (the raw text embedder on the same texts, in one call).

    The raw embedding is timed before and after the ingest and averaged, so a neighbour's load on a
    shared machine weighs on both sides alike.
    """
    from retrieval.catalog import Catalog

    records = list(records)
    texts = [item_text(r) for r in records]
    embedder.embed(texts[:8])  # load the model outside the timings
    embed_s = _seconds(lambda: embedder.embed(texts))
    with tempfile.TemporaryDirectory(dir=workdir) as folder:
        catalog = Catalog(str(Path(folder) / "lancedb"), embedder, Path(folder) / "images", image_embedder=image_embedder)
        started = time.perf_counter()
        count = catalog.ingest(records)
        ingest_s = time.perf_counter() - started
    embed_s = (embed_s + _seconds(lambda: embedder.embed(texts))) / 2
    ingest_rate, embed_rate = count / ingest_s, len(texts) / embed_s
    return {
        "ingest_items": count, "ingest_items_per_s": round(ingest_rate, 1), "embed_items_per_s": round(embed_rate, 1),
        "ingest_to_embed": round(ingest_rate / embed_rate, 3),
    }


def _seconds(work: Any) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


DEMO_INGEST_SAMPLE = 2048


def bench_ingest_demo(settings: Any, n: int = DEMO_INGEST_SAMPLE) -> dict:
    """bench_ingest on a stratified sample of the demo catalogue (the parquet shipped in the repo)."""
    import pyarrow.parquet as pq

    from retrieval.catalog import stratified_sample
    from retrieval.embed import MiniLMEmbedder

    records = stratified_sample(pq.read_table(settings.demo_catalog).to_pylist(), n)
    return bench_ingest(records, MiniLMEmbedder(getattr(settings, "embedder_path", None)))

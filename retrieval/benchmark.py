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
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.documents import item_text
from domain.filters import SearchFilters
from retrieval.vector_mirror import MIRROR_COLUMNS, VectorMirror


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


def exact_scan(catalog: Any) -> VectorMirror:
    """The baseline: every vector and filter column of the catalogue loaded once into NumPy; every
    query computes its filter mask afresh."""
    scan = VectorMirror(catalog.scan([*MIRROR_COLUMNS, "vector"]))
    scan.mask_cache_size = 0
    return scan


def _fresh_masks(catalog: Any) -> AbstractContextManager[None]:
    """The catalogue's in-memory copy keeps filter masks for repeated filters; the benchmark repeats
    every query, so for a like-for-like timing it computes them afresh, as the scan does."""
    mirror = catalog._vector_mirror(catalog._table()) if catalog.mirror is not False else None
    return mirror.fresh_masks() if mirror is not None else nullcontext()


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 2) if values else float("nan")


def bench_search(catalog: Any, queries: Sequence[tuple[str, SearchFilters]] | None = None, repeats: int = 5,
                 k: int = 10) -> dict:
    """search_p50/p95_ms (filtered hybrid search) vs scan_p50/p95_ms (exact NumPy scan), same queries and vectors.

    Also: the same searches with the vector half in LanceDB (`search_lancedb_*`, what a catalogue too
    big or too remote to mirror gets), the vector half's recall against the exact scan, the recall of
    LanceDB's vector index when the table has one, and what embedding one query costs.
    """
    queries = list(queries or default_queries())
    started = time.perf_counter()
    scan = exact_scan(catalog)
    load_s = time.perf_counter() - started
    embed_ms, vectors = [], []
    for text, _ in queries:
        started = time.perf_counter()
        vectors.append(np.asarray(catalog.embedder.embed([text])[0], dtype=np.float32))
        embed_ms.append(_ms(started))
    timings: dict[str, list[float]] = {"search": [], "scan": [], "lancedb": []}
    with _fresh_masks(catalog):
        _time_searches(catalog, scan, queries, vectors, repeats, k, timings)
    search, exact, lancedb = timings["search"], timings["scan"], timings["lancedb"]
    return {
        "catalog_items": len(scan.ids), "search_p50_ms": _pct(search, 50), "search_p95_ms": _pct(search, 95),
        "scan_p50_ms": _pct(exact, 50), "scan_p95_ms": _pct(exact, 95),
        "search_to_scan_p95": round(_pct(search, 95) / max(_pct(exact, 95), 1e-9), 2),
        "search_lancedb_p50_ms": _pct(lancedb, 50), "search_lancedb_p95_ms": _pct(lancedb, 95),
        "search_queries": len(queries) * repeats, "search_k": k, "search_excludes_query_embedding": True,
        "embed_query_p50_ms": _pct(embed_ms, 50), "vector_recall_at_k": _vector_recall(catalog, scan, queries, vectors, k),
        "index_recall_at_k": _index_recall(catalog, scan, queries, vectors, k), "scan_load_s": round(load_s, 2),
    }


def _time_searches(catalog: Any, scan: VectorMirror, queries: Sequence[tuple[str, SearchFilters]],
                   vectors: Sequence[np.ndarray], repeats: int, k: int, timings: dict[str, list[float]]) -> None:
    """Each query as a hybrid search, as an exact scan and with the vector half in LanceDB, in turn."""
    mirror = catalog.mirror
    for run in range(repeats + 1):  # the first round warms caches and is not counted
        for (text, filters), vector in zip(queries, vectors, strict=True):
            measured = {"search": _ms_of(lambda: catalog.search(text, filters, k=k, vector=vector)),
                        "scan": _ms_of(lambda: scan.search(vector, filters, k))}
            catalog.mirror = False
            try:
                measured["lancedb"] = _ms_of(lambda: catalog.search(text, filters, k=k, vector=vector))
            finally:
                catalog.mirror = mirror
            for name, ms in measured.items():
                if run:
                    timings[name].append(ms)


def _ms_of(work: Any) -> float:
    started = time.perf_counter()
    work()
    return _ms(started)


def _vector_recall(catalog: Any, scan: VectorMirror, queries: Sequence[tuple[str, SearchFilters]],
                   vectors: Sequence[np.ndarray], k: int) -> float:
    """Share of the exact top-k that the catalogue's vector half also returns, over all queries
    (1.0 when it searches in memory; below when LanceDB's approximate index answers)."""
    found = wanted = 0
    for (_, filters), vector in zip(queries, vectors, strict=True):
        exact = {i for i, _ in scan.search(vector, filters, k)}
        found += len(exact & {i for i, _ in catalog.vector_hits(vector, filters, k)})
        wanted += len(exact)
    return round(found / wanted, 4) if wanted else 1.0


def _index_recall(catalog: Any, scan: VectorMirror, queries: Sequence[tuple[str, SearchFilters]],
                  vectors: Sequence[np.ndarray], k: int) -> float | None:
    """The same recall for LanceDB's approximate vector index; None when the table has none."""
    from retrieval.catalog import _has_vector_index
    from retrieval.search import build_where

    table = catalog._searchable()
    if not _has_vector_index(table, "vector"):
        return None
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
    embed_items_per_s (the raw text embedder on the same texts, in one call). `image_embedder`: the
    picture vectors the caller's catalogue uses (None: the writer's colour/texture descriptor).

    The raw embedding is timed before and after the ingest and averaged, so a neighbour's load on a
    shared machine weighs on both sides alike.
    """
    from retrieval.catalog_writer import CatalogWriter

    records = list(records)
    texts = [item_text(r) for r in records]
    embedder.embed(texts[:8])  # load the model outside the timings
    embed_s = _seconds(lambda: embedder.embed(texts))
    with tempfile.TemporaryDirectory(dir=workdir) as folder:
        writer = CatalogWriter(str(Path(folder) / "lancedb"), embedder, Path(folder) / "images",
                               image_embedder=image_embedder)
        started = time.perf_counter()
        count = writer.ingest(records)
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


def bench_ingest_sample(parquet: Path, embedder: Any, image_embedder: Any, n: int = DEMO_INGEST_SAMPLE) -> dict:
    """bench_ingest on a stratified sample of a catalogue parquet (the demo catalogue shipped in the repo),
    with the caller's embedders: picture vectors are part of what an ingest costs."""
    import pyarrow.parquet as pq

    from retrieval.catalog_sample import stratified_sample

    return bench_ingest(stratified_sample(pq.read_table(parquet).to_pylist(), n), embedder, image_embedder)

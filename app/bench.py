"""`stylist bench`: measures this machine in one process (docs/ARCHITECTURE.md lists the figures).

A figure is null until the part it measures exists. Speed targets live here, not in unit tests.
"""

from __future__ import annotations

import logging
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.settings import Settings

log = logging.getLogger(__name__)
# Every turn is timed once, with cold caches for its searches and boards (repeating a script would
# time the caches, not the stylist).
TURN_SCRIPTS = (
    ("I need an outfit", "for a date, minimal style, men"),
    ("데이트룩 추천해줘", "미니멀, 여자"),
    ("casual looks for women, no black", "swap the shoes"),
    ("a job interview in winter, men", "less formal"),
    ("street style for a party, women", "cheaper"),
    ("여름 휴가룩 남자", "운동화 말고"),
    ("a wedding guest outfit in june, men", "show me more"),
    ("출근룩 추천해줘 여자 검정 말고", "따뜻하게"),
)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ms(values: Sequence[float]) -> tuple[float, float]:
    return round(percentile(values, 0.5) * 1000, 2), round(percentile(values, 0.95) * 1000, 2)


class TimedCatalog:
    """Wraps the catalogue to count the time a chat turn spends in retrieval."""

    def __init__(self, catalog: Any) -> None:
        self._catalog = catalog
        self.seconds = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._catalog, name)

    def _timed(self, work: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return work()
        finally:
            self.seconds += time.perf_counter() - start

    def search(self, *args: Any, **kwargs: Any):
        return self._timed(lambda: self._catalog.search(*args, **kwargs))

    def prepare(self, texts: Sequence[str]) -> None:  # embedding the turn's queries is retrieval time too
        self._timed(lambda: self._catalog.prepare(texts))


def _safely(name: str, measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return measure()
    except Exception:  # noqa: BLE001 - one part failing leaves its figures null, not the whole run
        log.exception("bench part %s failed", name)
        return {}


def bench_turns(settings: Settings, catalog: Any) -> dict[str, Any]:
    from app.wiring import agent_services, warm_and_settle
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    timed = TimedCatalog(catalog)
    with tempfile.TemporaryDirectory() as tmp:
        services = agent_services(settings, timed, renders_dir=Path(tmp) / "renders")
        stylist = Stylist(services, Repository(make_engine(f"sqlite:///{tmp}/bench.db")))
        stylist.turn("warm-up", "minimal date look for men")
        warm_and_settle(catalog, stylist)  # as `stylist serve` does once the catalogue is loaded
        timed.seconds, durations = 0.0, []
        for n, script in enumerate(TURN_SCRIPTS):
            for text in script:
                start = time.perf_counter()
                stylist.turn(f"bench-{n}", text)
                durations.append(time.perf_counter() - start)
    p50, p95 = _ms(durations)
    return {"turn_p50_ms": p50, "turn_p95_ms": p95, "turn_retrieval_share": round(timed.seconds / sum(durations), 3)}


def bench_analyze(photo: Path) -> dict[str, Any]:
    from retrieval.vision.analyze import analyze_photo

    start = time.perf_counter()
    analyze_photo(photo)
    load_s = time.perf_counter() - start
    times = []
    for _ in range(20):
        start = time.perf_counter()
        analyze_photo(photo)
        times.append(time.perf_counter() - start)
    return {"analyze_ms": round(statistics.median(times) * 1000, 2), "analyze_load_s": round(load_s, 3)}


def bench_page_turns(settings: Settings, catalog: Any) -> dict[str, Any]:
    """Database transactions of one chat turn as the page lives it: the send event (the turn, the
    reply's page) and the panels' refresh that follows it."""
    from sqlalchemy import event

    from app.ui import StylistPage
    from app.wiring import Services, agent_services
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    with tempfile.TemporaryDirectory() as tmp:
        local = settings.model_copy(update={"data_dir": Path(tmp), "catalog_uri": settings.resolved_catalog_uri,
                                            "database_url": f"sqlite:///{tmp}/page.db",
                                            "auth": False})
        engine = make_engine(local.resolved_database_url)
        repository = Repository(engine)
        services = Services(local, catalog, Stylist(agent_services(local, catalog), repository), repository)
        page = StylistPage(services)
        began: list[int] = []
        event.listen(engine, "begin", lambda connection: began.append(1))
        turns = [text for script in TURN_SCRIPTS[:3] for text in script]
        for text in turns:
            list(page.send({"text": text, "files": []}, None))
            page.refresh(None)
    return {"db_transactions_per_turn": round(len(began) / len(turns), 1)}


def bench_collage(catalog: Any, font_path: Path | None = None) -> dict[str, Any]:
    """One board of four pieces, drawn as the app draws it (with the app's font)."""
    from diffusion.collage import CollageRenderer
    from domain.rendering import RenderRequest
    from domain.filters import SearchFilters

    pieces = [catalog.search(q, SearchFilters(slots=(slot,)), k=11)
              for q, slot in (("white shirt", "top"), ("navy trousers", "bottom"), ("white sneakers", "shoes"),
                              ("brown belt", "accessory"))]
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(min(len(p) for p in pieces)):  # other items each time: no picture is drawn twice
            renderer = CollageRenderer(Path(tmp), font_path=font_path)
            start = time.perf_counter()
            renderer.render(RenderRequest.of([p[n] for p in pieces], f"Look {n}", "A white shirt, navy trousers"))
            times.append(time.perf_counter() - start)
    return {"collage_ms": round(statistics.median(times[1:]) * 1000, 2)}


def bench_retrieval(settings: Settings, catalog: Any) -> dict[str, Any]:
    """Search vs brute-force scan and ingest vs raw embedding, from the catalogue's own benchmark."""
    from retrieval import benchmark
    from retrieval.embed import MiniLMEmbedder

    # A plain text embedder for the ingest timing: the catalogue's caching one would answer repeats
    # from memory. The picture vectors are the catalogue's own kind (STYLIST_IMAGE_EMBEDDER).
    search = benchmark.bench_search(catalog, benchmark.default_queries(), repeats=3)
    return {**search, **benchmark.bench_ingest_sample(settings.demo_catalog, MiniLMEmbedder(settings.embedder_path),
                                                      catalog.image_embedder)}


def run_bench(settings: Settings, photo: Path) -> dict[str, Any]:
    from app.wiring import build_catalog

    catalog = build_catalog(settings)
    result: dict[str, Any] = dict.fromkeys(
        ["catalog_items", "search_p50_ms", "search_p95_ms", "scan_p50_ms", "scan_p95_ms", "ingest_items_per_s",
         "embed_items_per_s", "analyze_ms", "analyze_load_s", "collage_ms", "turn_p50_ms", "turn_p95_ms",
         "turn_retrieval_share", "db_transactions_per_turn", "rss_mb"])
    result["catalog_items"] = catalog.count()
    result.update(_safely("analyze", lambda: bench_analyze(photo)))
    result.update(_safely("retrieval", lambda: bench_retrieval(settings, catalog)))
    result.update(_safely("collage", lambda: bench_collage(catalog, settings.font_path)))
    result.update(_safely("turns", lambda: bench_turns(settings, catalog)))
    result.update(_safely("page", lambda: bench_page_turns(settings, catalog)))
    result["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result

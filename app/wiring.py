"""The composition root: builds every service from the settings and passes it down."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from app.settings import KNOWLEDGE_VECTORS, Settings

if TYPE_CHECKING:
    from app.panels import Panels
    from chains.services import AgentServices, CatalogSearch
    from chains.stylist import Stylist
    from diffusion.choice import FallbackRenderer
    from diffusion.sdxl_options import SDXLOptions
    from domain.items import GarmentAnalysis
    from retrieval.catalog import Catalog
    from retrieval.catalog_writer import CatalogWriter
    from retrieval.knowledge import KnowledgeIndex
    from storage.repo import Repository

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    catalog: "Catalog"
    stylist: "Stylist"
    repository: "Repository"


def build_catalog(settings: Settings) -> "Catalog":
    from retrieval.catalog import Catalog
    from retrieval.embed import MiniLMEmbedder
    from retrieval.embed_cache import CachingEmbedder
    from retrieval.image_vectors import build_image_embedder

    embedder = CachingEmbedder(MiniLMEmbedder(settings.embedder_path))
    return Catalog(settings.resolved_catalog_uri, embedder, settings.images_dir,
                   image_embedder=build_image_embedder(settings.image_embedder))


def build_catalog_writer(catalog: "Catalog") -> "CatalogWriter":
    """The ingest side of a catalogue `build_catalog` made from the settings: its connection, table, models
    (MiniLM loaded once) and pictures folder; the catalogue's searches see each write at once."""
    from retrieval.catalog_writer import CatalogWriter

    return CatalogWriter.of(catalog)


def build_knowledge(settings: Settings, embedder) -> "KnowledgeIndex":
    """The style notes of every language, indexed in this machine's data folder (rebuilt when they
    change). Not beside a shared catalogue: the notes ship with the code, and replicas starting
    together, or running two releases during an upgrade, would rewrite one shared table at once."""
    import prompts
    from prompts.knowledge import entries
    from retrieval.knowledge import KnowledgeIndex

    index = KnowledgeIndex(str(settings.data_dir / "knowledge"), embedder, shipped=KNOWLEDGE_VECTORS)
    index.ensure([note for lang in prompts.LANGUAGES for note in entries(lang)])
    return index


def ensure_catalog(catalog: "Catalog", settings: Settings, progress: Callable[[int, int], None] | None = None) -> int:
    """Build the demo catalogue on first start, and refresh it in place when a new release ships a
    different demo catalogue (new traits, corrected labels); returns the number of items. A catalogue
    this start did not build from the demo (`stylist ingest` of a shop's CSV, a shared one on object
    storage) is left as it is."""
    count = catalog.count()
    marker = settings.data_dir / DEMO_MARKER
    digest = _file_digest(settings.demo_catalog)
    if count and not (marker.is_file() and marker.read_text().strip() != digest):
        return count
    log.info("%s the demo catalog from %s", "refreshing" if count else "building (first start only)",
             settings.demo_catalog)
    # (a refresh also drops the rows the new demo no longer lists)
    writer = build_catalog_writer(catalog)
    count = writer.ingest_parquet(settings.demo_catalog, limit=settings.demo_limit, progress=progress, prune=bool(count))
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(digest)
    return count


def warm_and_settle(catalog: "Catalog", stylist: "Stylist | None" = None) -> None:
    """Load what the first search and the first turn would, then take everything loaded for the
    process's life out of the garbage collector's full scans: with the catalogue's in-memory copy
    (half a million objects) in them, a full collection paused whichever turn triggered it by a third
    of a second."""
    import gc

    try:
        catalog.warm()
        if stylist is not None:
            stylist.warm()
    except Exception as error:  # noqa: BLE001 - warming only saves the first turn a wait; that turn loads
        # what is missing itself (and reports a real fault then). A stop signal that lands mid-warm-up
        # (`docker stop` seconds after start) tears down what it was loading: that is no fault to print.
        log.warning("warm-up stopped early (%s: %s); the first turn loads the rest", type(error).__name__, error)
        return
    gc.collect()
    gc.freeze()


DEMO_MARKER = "demo_catalog.sha256"  # in the data folder: which demo catalogue the catalogue was built from


def _file_digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _keep_upload(settings: Settings) -> Callable[[str], str]:
    from domain.photos import load_photo
    from storage.files import UploadStore

    store = UploadStore(settings.uploads_dir)
    return lambda path: str(store.save_image(load_photo(path)))


def sdxl_options(settings: Settings, **overrides: Any) -> "SDXLOptions":
    """The SDXL options the `sdxl_*` settings name (validated by Settings and by SDXLOptions)."""
    from diffusion.sdxl_options import SDXLOptions

    return SDXLOptions(**{"model": settings.sdxl_model, "loras": tuple(settings.sdxl_loras),
                          "lora_scale": settings.sdxl_lora_scale, "compile": settings.sdxl_compile,
                          "cpu_offload": settings.sdxl_cpu_offload, "steps": settings.sdxl_steps,
                          "size": tuple(settings.sdxl_size), **overrides})


def build_renderer(settings: Settings, *, kind: str | None = None, out_dir: Path | None = None,
                   **sdxl_overrides: Any) -> "FallbackRenderer":
    """The lookbook renderer the settings ask for (`renderer`: collage | sdxl | auto)."""
    from diffusion.choice import make_renderer

    font = settings.font_path
    return make_renderer(kind or settings.renderer, out_dir=Path(out_dir) if out_dir else settings.renders_dir,
                         font_path=font if font and Path(font).is_file() else None,
                         sdxl_options=sdxl_options(settings, **sdxl_overrides))


def agent_services(settings: Settings, catalog: "CatalogSearch", renders_dir: Path | None = None) -> "AgentServices":
    """What the agent needs, built from settings (the renderer draws into `renders_dir`)."""
    from chains.prototypes import OccasionPrototypes
    from chains.services import AgentServices
    from retrieval.vision.classifier import KIND_CONFIDENCE_THRESHOLD

    threshold = settings.kind_confidence_threshold
    return AgentServices(
        catalog=catalog,
        analyze_photo=photo_reader(settings),
        kind_confidence_threshold=KIND_CONFIDENCE_THRESHOLD if threshold is None else threshold,
        keep_upload=_keep_upload(settings),
        renderer=build_renderer(settings, out_dir=renders_dir or settings.renders_dir),
        occasion_guesser=OccasionPrototypes(catalog.embedder.embed).guess,
        knowledge=build_knowledge(settings, catalog.embedder),
        llm=build_llm(settings),
        brand_profiles=_brand_profiles(catalog),
        draw_chart=_chart_drawer(settings, renders_dir or settings.renders_dir),
        is_one_garment=_garment_gate,
    )


def _garment_gate(path: str) -> bool:
    from domain.photos import load_photo
    from retrieval.vision.garment_gate import looks_like_one_garment

    return looks_like_one_garment(load_photo(path))


def _chart_drawer(settings: Settings, out_dir: Path) -> Callable[[list[tuple[str, float, str]], str], Path]:
    def draw(rows: list[tuple[str, float, str]], title: str) -> Path:
        from diffusion.trend_chart import draw_trend_chart

        return draw_trend_chart(rows, title, Path(out_dir), font_path=settings.font_path)
    return draw


def photo_reader(settings: Settings) -> Callable[[str], "GarmentAnalysis"]:
    """analyze_photo with the vision backend the settings choose. The shipped CNN loads on the first
    photo; a CLIP model loads now, so a broken configuration shows (and falls back) at start-up."""
    from retrieval.vision.analyze import analyze_photo

    if settings.vision_backend == "cnn":
        return lambda path: analyze_photo(path)
    from retrieval.vision.backends import build_kind_classifier

    classifier = build_kind_classifier(settings.vision_backend, settings.clip_model)
    return lambda path: analyze_photo(path, classifier)


def _brand_profiles(catalog: "Catalog"):
    """Brand vectors, computed on the first request and kept for the catalogue's version (read once)."""
    from chains.taste import brand_vectors
    from retrieval.brands import brand_rows

    return lambda: catalog.derived("brand_profiles", lambda: brand_vectors(brand_rows(catalog)))


def build_llm(settings: Settings):
    """The configured chat model, or None (rules only) when none is set or it cannot be built."""
    if not settings.llm_provider:
        return None
    from chains.llm import LLMAssistant, make_chat_model

    chat = make_chat_model(settings.llm_provider, settings.llm_model, settings.llm_base_url, settings.llm_api_key)
    return LLMAssistant(chat) if chat is not None else None


def build_services(settings: Settings, progress: Callable[[int, int], None] | None = None) -> Services:
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    catalog = build_catalog(settings)
    ensure_catalog(catalog, settings, progress)
    repository = Repository(make_engine(settings.resolved_database_url))
    return Services(settings, catalog, Stylist(agent_services(settings, catalog), repository), repository)


def tqdm_progress(description: str) -> Callable[[int, int], None]:
    """A progress callback drawing a tqdm bar on stderr (stdout stays clean for --json)."""
    from tqdm import tqdm

    bar: dict[str, tqdm] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, desc=description, unit="item")
        bar["bar"].update(done - bar["bar"].n)
        if done >= total:
            bar["bar"].close()

    return update


def build_panels(services: Services) -> "Panels":
    """The side panels' handlers; only files in the upload, lookbook and saved-look folders are ever deleted."""
    from app.panels import Panels

    settings = services.settings
    roots = (settings.uploads_dir, settings.renders_dir, settings.bookmarks_dir)
    return Panels(services.repository, roots, settings.bookmarks_dir)

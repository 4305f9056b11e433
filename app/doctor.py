"""`stylist doctor`: checks the environment, catalogue, weights, GPU and database; says what to fix."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from app.settings import Settings


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warn | fail
    detail: str
    fix: str = ""


def check_python(_: Settings) -> Check:
    ok = sys.version_info[:2] == (3, 11)
    return Check("python", "ok" if ok else "warn", sys.version.split()[0], "" if ok else "use Python 3.11")


def check_catalog(settings: Settings) -> Check:
    from app.wiring import build_catalog

    count = build_catalog(settings).count()
    if count:
        return Check("catalog", "ok", f"{count} items at {settings.resolved_catalog_uri}")
    return Check("catalog", "fail", f"empty at {settings.resolved_catalog_uri}", "run `stylist ingest`")


def check_database(settings: Settings) -> Check:
    from alembic.migration import MigrationContext
    from sqlalchemy import text

    from storage.db import head_revision, make_engine

    with make_engine(settings.resolved_database_url).connect() as connection:  # migrates when behind
        connection.execute(text("select 1"))
        revision = MigrationContext.configure(connection).get_current_revision()
    where = settings.resolved_database_url.split("@")[-1]
    if revision != head_revision():
        return Check("database", "fail", f"{where} at schema {revision}, expected {head_revision()}",
                     "restore a backup made by this version, or start from a new database")
    return Check("database", "ok", f"{where} (schema {revision})")


def check_vision(settings: Settings) -> Check:
    """The garment model the settings choose (STYLIST_VISION_BACKEND), loaded and asked once."""
    from PIL import Image

    from retrieval.vision.backends import CnnKindClassifier, build_kind_classifier

    try:
        classifier = build_kind_classifier(settings.vision_backend, settings.clip_model)
        guesses = classifier.classify(Image.new("RGB", (96, 96), "white"))
    except Exception as error:  # noqa: BLE001 - a broken or missing weights file is the finding
        return Check("garment model", "warn", str(error), "photos get colours only: rebuild with scripts/train_vision.py")
    if settings.vision_backend == "clip" and isinstance(classifier, CnnKindClassifier):  # (it fell back)
        return Check("garment model", "warn", "the CLIP model did not load: photos are read by the built-in CNN",
                     "set STYLIST_CLIP_MODEL to a CLIP model folder on this machine")
    return Check("garment model", "ok", f"{settings.vision_backend} loaded ({len(guesses)} kinds ranked)")


def check_gpu(settings: Settings) -> Check:
    import torch

    if torch.cuda.is_available():
        return Check("gpu", "ok", torch.cuda.get_device_name(0))
    status = "warn" if settings.renderer == "sdxl" else "ok"
    return Check("gpu", status, "no CUDA device: lookbooks are collages",
                 "STYLIST_RENDERER=sdxl needs a CUDA GPU" if status == "warn" else "")


def check_sdxl(settings: Settings) -> Check:
    if settings.renderer == "collage":
        return Check("sdxl", "ok", "not used (STYLIST_RENDERER=collage)")
    from app.wiring import sdxl_options
    from diffusion.choice import sdxl_unavailable

    reason = sdxl_unavailable(sdxl_options(settings))
    return Check("sdxl", "warn", reason, "put the SDXL weights in the Hugging Face cache or a folder") if reason \
        else Check("sdxl", "ok", settings.sdxl_model)


CHECKS: tuple[Callable[[Settings], Check], ...] = (check_python, check_catalog, check_database, check_vision,
                                                   check_gpu, check_sdxl)


def run_checks(settings: Settings) -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check(settings))
        except Exception as error:  # noqa: BLE001 - a failing check is a finding, not a crash
            results.append(Check(check.__name__.removeprefix("check_"), "fail", f"{type(error).__name__}: {error}"))
    return results

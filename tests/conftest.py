"""Shared fixtures: one small real demo catalogue per session, a data folder, garment photos."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fresh_databases import POSTGRES_URL_ENV, Databases
from garment_photos import draw_garment

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parents[1]
APP_SAMPLE = 1500  # enough for complete looks in every style, gender and season; ~20 s to embed


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    """Session-wide maker of fresh databases: `databases.create("postgresql")` for an extra one."""
    made = Databases(tmp_path_factory.mktemp("sqlite"), os.environ.get(POSTGRES_URL_ENV) or None)
    yield made
    made.close()


def _built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample catalogue and the style notes' index, built by the first test process of the run that needs
    them: the others (pytest-xdist workers, which share the parent of their temporary folders) wait and copy
    them (embedding the catalogue again in each took a minute or more of the run's two cores)."""
    from app.settings import Settings
    from app.wiring import build_catalog, build_knowledge, ensure_catalog

    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    built = root / "stylist-data-built"
    with open(root / "stylist-data-built.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # (released when the file closes)
        if not (built / ".complete").is_file():
            shutil.rmtree(built, ignore_errors=True)
            settings = Settings(data_dir=built, demo_limit=APP_SAMPLE)
            catalog = build_catalog(settings)
            ensure_catalog(catalog, settings)
            build_knowledge(settings, catalog.embedder)  # (the style notes' index, of their shipped vectors)
            (built / ".complete").touch()
    return built


@pytest.fixture(scope="session")
def built_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's one built data folder (read only: copy what a test needs, as `app_data_dir` does)."""
    return _built_once(tmp_path_factory)


@pytest.fixture(scope="session")
def app_data_dir(tmp_path_factory: pytest.TempPathFactory, built_data_dir: Path) -> Path:
    """A data folder of this test process whose catalogue is a stratified sample of the shipped demo catalogue
    (a copy of the run's built one, its demo marker with it: up to date, nothing to build)."""
    data_dir = tmp_path_factory.mktemp("stylist-data")
    shutil.copytree(built_data_dir, data_dir, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".complete", "stylist.db*"))
    return data_dir


@pytest.fixture
def app_settings(app_data_dir: Path, tmp_path: Path):
    """Settings over the shared catalogue with a fresh database and upload folder per test."""
    from app.settings import Settings

    # kind_confidence_threshold=1.0: the stylist always confirms what a photographed garment is, so
    # conversations with photos do not depend on how sure the garment model is about a drawn shirt.
    return Settings(data_dir=app_data_dir, catalog_uri=str(app_data_dir / "catalog"),
                    database_url=f"sqlite:///{tmp_path / 'stylist.db'}", demo_limit=APP_SAMPLE,
                    kind_confidence_threshold=1.0)


@pytest.fixture
def cli_env(app_settings) -> dict[str, str]:
    """Environment for running `stylist` as a subprocess against the test catalogue."""
    env = dict(os.environ)
    env.update({"STYLIST_DATA_DIR": str(app_settings.data_dir), "STYLIST_DATABASE_URL": app_settings.resolved_database_url,
                "STYLIST_DEMO_LIMIT": str(APP_SAMPLE), "STYLIST_LOG_LEVEL": "WARNING"})
    return env


@pytest.fixture
def navy_shirt_photo(tmp_path: Path) -> Path:
    return draw_garment(tmp_path / "navy-shirt.jpg", (28, 38, 70))

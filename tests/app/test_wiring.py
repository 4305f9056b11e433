"""The composition root turns settings into the services the app runs on."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from app.settings import Settings


@pytest.mark.parametrize(("backend", "name_prefix"), [("colour", "colour-texture"), ("cnn", "garment-cnn:")])
def test_the_image_embedder_setting_picks_the_picture_vectors(tmp_path: Path, backend: str, name_prefix: str) -> None:
    from app.wiring import build_catalog

    catalog = build_catalog(Settings(data_dir=tmp_path, image_embedder=backend))
    assert catalog.image_embedder.name.startswith(name_prefix)


def test_an_unknown_image_embedder_is_refused_when_settings_load(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="image_embedder"):
        Settings(data_dir=tmp_path, image_embedder="clip")


def test_a_new_release_of_the_demo_catalogue_refreshes_the_one_built_from_it(tmp_path: Path) -> None:
    """An upgrade ships new traits in the demo parquet: the next start re-reads it in place."""
    import pandas as pd

    from app.wiring import build_catalog, ensure_catalog

    frame = pd.read_parquet(Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet")
    demo = tmp_path / "demo.parquet"
    sample = frame[frame.slot == "top"].head(20).reset_index(drop=True)
    sample.to_parquet(demo)
    settings = Settings(data_dir=tmp_path / "data", demo_catalog=demo)
    catalog = build_catalog(settings)
    assert ensure_catalog(catalog, settings) == 20
    first = sample.id[0]
    assert catalog.get([first])[0].pattern == sample.pattern[0]

    sample.loc[0, "pattern"] = "printed" if sample.pattern[0] == "plain" else "plain"  # the new release
    sample.to_parquet(demo)
    assert ensure_catalog(build_catalog(settings), settings) == 20
    assert build_catalog(settings).get([first])[0].pattern == sample.pattern[0]
    assert ensure_catalog(build_catalog(settings), settings) == 20  # unchanged since: nothing re-read


def test_a_warm_up_cut_short_is_a_one_line_warning_not_a_crash(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """`docker stop` seconds after start lands while the warm-up is still loading: serving stops
    cleanly, with a warning and no traceback (the warm-up only saves the first turn a wait)."""
    import logging
    import shutil

    import pandas as pd

    from app.wiring import build_catalog, ensure_catalog, warm_and_settle

    frame = pd.read_parquet(Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet")
    demo = tmp_path / "demo.parquet"
    frame.head(10).reset_index(drop=True).to_parquet(demo)
    settings = Settings(data_dir=tmp_path / "data", demo_catalog=demo)
    catalog = build_catalog(settings)
    ensure_catalog(catalog, settings)
    shutil.rmtree(next((tmp_path / "data").rglob("data")))  # the table's files go while it loads them
    with caplog.at_level(logging.WARNING, logger="app.wiring"):
        warm_and_settle(catalog)
    assert "warm-up stopped early" in caplog.text
    assert "Traceback" not in caplog.text

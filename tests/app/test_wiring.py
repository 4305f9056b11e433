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

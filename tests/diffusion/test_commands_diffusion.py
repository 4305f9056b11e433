"""`stylist render` and `stylist train-lora` through their argparse handlers, on real small data."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, PdfParser

from app.commands_diffusion import outfit_items, read_outfit, register
from app.settings import Settings
from app.wiring import build_renderer, sdxl_options
from diffusion.sdxl import missing_weights
from diffusion.sdxl_options import DEFAULT_LORA, DEFAULT_MODEL, SDXLOptions
from domain.rendering import RenderRequest


def _run(argv: list[str], capsys) -> dict:
    parser = argparse.ArgumentParser(prog="stylist")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    assert args.run(args) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STYLIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STYLIST_LOG_LEVEL", "WARNING")
    return tmp_path / "data"


def _write_outfit(path: Path, items: list[dict], style: str = "casual") -> Path:
    path.write_text(json.dumps({"style": style, "items": items, "why": "Easy and clean."}), encoding="utf-8")
    return path


class HashEmbedder:
    """A real, cheap embedder (hashed words) so the test catalogue needs no model."""

    dim, name = 384, None

    def embed(self, texts):
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)


@pytest.fixture()
def small_catalog(data_dir: Path):
    from app.settings import Settings
    from retrieval.catalog_writer import CatalogWriter

    settings = Settings()
    records = [dict(id="t1", name="Navy Oxford Shirt", kind="shirt", color="Navy Blue", gender="men", styles=["classic"], price=39000.0, image=None),
               dict(id="s1", name="Brown Loafers", kind="shoes", color="Brown", gender="men", styles=["classic"], price=None, image=None)]
    CatalogWriter(settings.resolved_catalog_uri, HashEmbedder(), settings.images_dir).ingest(records)
    return settings


def test_render_draws_a_collage_of_described_items_and_an_upload(data_dir: Path, tmp_path: Path, capsys) -> None:
    upload = tmp_path / "my-shirt.jpg"
    Image.new("RGB", (120, 160), (20, 40, 200)).save(upload)
    outfit = _write_outfit(tmp_path / "outfit.json", [
        {"image": str(upload), "kind": "shirt", "color": "Blue", "name": "Your blue shirt", "source": "upload"},
        {"id": "9", "name": "Black Jeans", "kind": "jeans", "slot": "bottom", "color": "Black", "source": "catalog"},
    ])
    row = _run(["render", "--outfit", str(outfit), "--out", str(tmp_path / "looks"), "--pdf", str(tmp_path / "look.pdf"), "--json"], capsys)
    assert row["renderer"] == "collage" and row["fallback"] is None
    [image] = row["images"]
    assert Path(image).parent == tmp_path / "looks" and Path(image).is_file()
    assert len(PdfParser.PdfParser(row["pdf"]).pages) == 1


def test_render_looks_up_id_only_items_in_the_catalogue(small_catalog, tmp_path: Path, capsys) -> None:
    items = outfit_items([{"id": "s1"}, {"id": "t1"}], small_catalog)
    assert [(i.name, i.slot, i.price) for i in items] == [("Brown Loafers", "shoes", None), ("Navy Oxford Shirt", "top", 39000.0)]
    with pytest.raises(ValueError, match="'nope' is not in the catalog"):
        outfit_items([{"id": "t1"}, {"id": "nope"}], small_catalog)
    row = _run(["render", "--outfit", str(_write_outfit(tmp_path / "o.json", [{"id": "t1"}, {"id": "s1"}])), "--json"], capsys)
    assert Path(row["images"][0]).parent == small_catalog.renders_dir


def test_render_with_sdxl_and_no_weights_falls_back_with_a_reason(data_dir: Path, tmp_path: Path, capsys) -> None:
    if missing_weights(SDXLOptions()) is None:
        pytest.skip("real SDXL weights are cached here; this test is about a machine without them")
    outfit = _write_outfit(tmp_path / "o.json", [{"id": "1", "name": "Tee", "kind": "tshirt", "color": "White"}])
    row = _run(["render", "--outfit", str(outfit), "--renderer", "sdxl", "--out", str(tmp_path), "--json"], capsys)
    assert row["renderer"] == "collage" and "not in the local Hugging Face cache" in row["fallback"]


@pytest.mark.parametrize("content", ["not json", "[]", '{"items": []}', '{"items": [{"name": "no id"}]}'])
def test_a_bad_outfit_file_is_a_one_line_value_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as error:
        read_outfit(path)
    assert "\n" not in str(error.value)


def test_settings_become_sdxl_options_and_a_working_renderer(tiny_sdxl_dir: Path, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, renderer="sdxl", sdxl_model=str(tiny_sdxl_dir), sdxl_loras=[],
                        sdxl_steps=2, sdxl_size=(64, 64))
    options = sdxl_options(settings, device="cpu")
    assert (options.model, options.loras, options.steps, options.size) == (str(tiny_sdxl_dir), (), 2, (64, 64))
    items = outfit_items([{"id": "1", "name": "Tee", "kind": "tshirt", "color": "White"}], settings)  # described: no catalogue
    assert items[0].slot == "top"
    outcome = build_renderer(settings, device="cpu").render(RenderRequest.of(items, "Look"))
    assert outcome.renderer == "sdxl" and outcome.fallback is None


def test_the_settings_defaults_are_the_renderers_own() -> None:
    options = sdxl_options(Settings())
    assert options == SDXLOptions()
    assert (options.model, options.loras, options.lora_scale, options.steps, options.size) == (
        DEFAULT_MODEL, (DEFAULT_LORA,), 0.6, 30, (768, 1024))


@pytest.mark.parametrize(("variable", "value", "says"), [
    ("STYLIST_SDXL_SIZE", "[100,50]", "two multiples of 8"),
    ("STYLIST_SDXL_STEPS", "0", "steps must be from 1 to 200"),
    ("STYLIST_SDXL_LORA_SCALE", "5", "lora scale must be from 0"),
    ("STYLIST_RENDERER", "sdlx", "'collage', 'sdxl' or 'auto'"),
])
def test_a_bad_sdxl_setting_stops_the_start_with_one_line_saying_how_to_fix_it(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys, variable: str, value: str, says: str) -> None:
    from app.cli import load_settings

    monkeypatch.setenv(variable, value)
    with pytest.raises(SystemExit) as stopped:
        load_settings()
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"stylist: {variable}: ") and says in error and "\n" not in error


def test_bad_sdxl_options_are_refused_when_made() -> None:
    with pytest.raises(ValueError, match="multiples of 8"):
        SDXLOptions(size=(770, 1024))
    with pytest.raises(ValueError, match="dtype must be one of auto"):
        SDXLOptions(dtype="fp8")


def test_train_lora_command_writes_a_loadable_lora_and_resumes(tiny_sdxl_dir: Path, data_dir: Path, tmp_path: Path,
                                                               colour_pictures, capsys) -> None:
    colour_pictures(tmp_path / "pictures")
    base = ["train-lora", "--images", str(tmp_path / "pictures"), "--model", str(tiny_sdxl_dir), "--resolution", "64",
            "--out", str(tmp_path / "lora"), "--checkpoint-every", "1", "--device", "cpu", "--json"]
    first = _run([*base, "--steps", "2"], capsys)
    assert first["examples"] == 3 and first["resumed_from"] == 0 and Path(first["lora"]).is_file()
    again = _run([*base, "--steps", "3", "--resume"], capsys)
    assert again["resumed_from"] == 1 and again["steps"] == 3 and again["loss"] is not None

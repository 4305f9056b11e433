"""`stylist eval vision`: its pure maths on tables, and the whole path on a tiny generated data set."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from retrieval.vision.dataset import is_catalogue_holdout
from retrieval.vision.classifier import default_classifier
from retrieval.vision.evaluate import EvalDataMissing, choose_threshold, macro_f1, run_vision_eval

DEMO_PARQUET = Path(__file__).resolve().parents[2] / "data" / "catalog" / "demo_catalog.parquet"


def _one_hot_confidences(confidences: list[float], correct: list[bool]) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities over 2 classes whose top is class 0 with the given confidence; truth per `correct`."""
    probabilities = np.array([[c, 1 - c] for c in confidences])
    labels = np.array([0 if ok else 1 for ok in correct])
    return probabilities, labels


@pytest.mark.parametrize(
    ("confidences", "correct", "threshold"),
    [
        ([0.99] * 9 + [0.55], [True] * 9 + [False], 0.60),  # one low-confidence miss: cut just above it
        ([0.9] * 20, [True] * 20, 0.30),  # never wrong: the lowest grid value
        ([0.9] * 10 + [0.8] * 10, [True] * 10 + [False] * 10, 0.85),  # all 0.8s are wrong: cut above them
    ],
)
def test_choose_threshold(confidences, correct, threshold) -> None:
    probabilities, labels = _one_hot_confidences(confidences, correct)
    chosen, precision, coverage = choose_threshold(probabilities, labels)
    assert chosen == pytest.approx(threshold)
    assert precision >= 0.95 and 0 < coverage <= 1


@pytest.mark.parametrize(
    ("predicted", "truth", "expected"),
    [([0, 1, 2], [0, 1, 2], 1.0), ([0, 0, 0], [1, 1, 1], 0.0), ([0, 1, 1, 1], [0, 1, 0, 1], (2 / 3 + 0.8) / 2)],
)
def test_macro_f1(predicted, truth, expected) -> None:
    assert macro_f1(np.array(predicted), np.array(truth), 3) == pytest.approx(expected)


def _holdout_ids(n: int) -> list[str]:
    return [str(i) for i in range(10_000) if is_catalogue_holdout(str(i))][:n]


@pytest.fixture()
def tiny_eval_data(tmp_path: Path, draw_shirt) -> tuple[Path, Path]:
    """A data folder with two validation photos, and a four-product catalogue (all held out)."""
    for name, colour in (("t-shirt", (190, 25, 35)), ("pants", (31, 42, 72))):
        folder = tmp_path / "data" / "clothing-dataset-small" / "validation" / name
        folder.mkdir(parents=True)
        draw_shirt(colour, (230, 230, 230)).save(folder / "a.jpg")
    import pandas as pd

    def jpeg(colour) -> bytes:
        out = io.BytesIO()
        draw_shirt(colour, (255, 255, 255), size=(60, 80)).save(out, format="JPEG")
        return out.getvalue()

    rows = [(pid, "Tee", kind, family, jpeg(rgb)) for pid, (kind, family, rgb) in
            zip(_holdout_ids(4), [("tshirt", "red", (190, 25, 35)), ("jeans", "navy", (31, 42, 72)),
                                  ("bag", "black", (20, 20, 20)), ("hat", "white", (250, 250, 250))])]
    catalogue = tmp_path / "catalog.parquet"
    pd.DataFrame(rows, columns=["id", "name", "kind", "color_family", "image"]).to_parquet(catalogue)
    return tmp_path / "data", catalogue


def test_run_vision_eval_on_tiny_data(tiny_eval_data, tmp_path: Path) -> None:
    data, catalogue = tiny_eval_data
    red_tee, navy_jeans, *_ = _holdout_ids(4)
    # A person named the tee red, as the catalogue does, and the jeans blue, where it says navy.
    reference = tmp_path / "reference.json"
    reference.write_text(json.dumps({"families": {red_tee: "red", navy_jeans: "blue", "no-such-id": "red"}}))
    result = run_vision_eval(data, catalogue, default_classifier, reference=reference)
    assert result["n"] == 2 and 0 <= result["accuracy"] <= 1 and 0 <= result["macro_f1"] <= 1
    assert result["per_class"]["t-shirt"]["n"] == 1 and result["per_class"]["pants"]["n"] == 1
    assert result["catalogue_holdout_n"] == 3  # the bag has no kind label; it still counts for colour
    assert result["colour_n"] == 4 and 0 <= result["colour_family_agreement"] <= 1
    assert result["colour_garments_n"] == 2  # tee and jeans; the bag and the hat are accessories
    assert result["colour_reference"]["n"] == 2
    assert result["colour_reference"]["person_vs_catalogue"] == 0.5
    assert result["analyze_ms_p50"] > 0 and result["load_s"] >= 0
    json.dumps(result)  # the CLI prints it as one JSON line


def test_missing_eval_data_is_a_clear_error_before_any_model_loads(tmp_path: Path) -> None:
    with pytest.raises(EvalDataMissing, match="--data"):
        run_vision_eval(tmp_path / "nowhere", tmp_path / "catalog.parquet", lambda: pytest.fail("loaded a model"))


def _cli(argv: list[str]) -> int:
    from app.commands_eval import register

    parser = argparse.ArgumentParser(prog="stylist")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.run(args)


def test_cli_eval_vision_json(tiny_eval_data, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    data, catalogue = tiny_eval_data
    monkeypatch.setenv("STYLIST_DEMO_CATALOG", str(catalogue))
    assert _cli(["eval", "vision", "--data", str(data), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["target"] == "vision"


def test_cli_eval_vision_reads_with_the_backend_the_settings_choose(
        tiny_eval_data, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    import retrieval.vision.backends

    data, catalogue = tiny_eval_data
    chosen: list[tuple[str, str | None]] = []

    def build(backend: str, clip_model: str | None):
        chosen.append((backend, clip_model))
        return default_classifier()  # no CLIP model in a test: the choice is what is checked

    monkeypatch.setattr(retrieval.vision.backends, "build_kind_classifier", build)
    monkeypatch.setenv("STYLIST_DEMO_CATALOG", str(catalogue))
    monkeypatch.setenv("STYLIST_VISION_BACKEND", "clip")
    monkeypatch.setenv("STYLIST_CLIP_MODEL", "patrickjohncyh/fashion-clip")
    assert _cli(["eval", "vision", "--data", str(data), "--json"]) == 0
    assert chosen == [("clip", "patrickjohncyh/fashion-clip")]
    assert json.loads(capsys.readouterr().out)["target"] == "vision"


def test_cli_eval_vision_without_data(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert _cli(["eval", "vision", "--data", str(tmp_path / "nowhere"), "--json"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "clothing-dataset-small" in err[0]


def test_cli_eval_target_must_be_known() -> None:
    with pytest.raises(SystemExit):
        _cli(["eval", "nonsense"])


def test_shipped_colour_reference_names_held_out_products() -> None:
    """The person-labelled sample is of held-out products only, in the colour families' words."""
    import pandas as pd

    from domain.vocabulary import COLOR_FAMILIES
    from retrieval.vision.evaluate import COLOUR_REFERENCE

    families = json.loads(COLOUR_REFERENCE.read_text())["families"]
    catalogue_ids = set(pd.read_parquet(DEMO_PARQUET, columns=["id"])["id"].astype(str))
    assert len(families) >= 100
    assert all(is_catalogue_holdout(pid) and pid in catalogue_ids for pid in families)
    assert set(families.values()) <= set(COLOR_FAMILIES)

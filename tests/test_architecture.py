"""The layers of docs/ARCHITECTURE.md hold: import-linter's contracts in pyproject.toml pass, and they
would catch an import against the direction or a cycle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "chains", "retrieval", "diffusion", "storage", "prompts", "domain")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_layer_contracts_pass() -> None:
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 kept, 0 broken" in result.stdout


def _copy_of_the_code(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__", "*.toml"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_an_import_against_the_layers_or_a_cycle_breaks_them(tmp_path: Path) -> None:
    root = _copy_of_the_code(tmp_path)
    (root / "diffusion" / "peek.py").write_text("from retrieval.catalog import Catalog\n")  # sideways
    (root / "domain" / "upward.py").write_text("def f():\n    import chains.stylist\n")  # upwards, lazily
    (root / "storage" / "loop_a.py").write_text("import storage.loop_b\n")
    (root / "storage" / "loop_b.py").write_text("import storage.loop_a\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "diffusion.peek -> retrieval.catalog" in result.stdout
    assert "domain.upward -> chains.stylist" in result.stdout
    assert "No cycles are allowed in storage" in result.stdout

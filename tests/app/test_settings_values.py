"""A newcomer's STYLIST_* values: the natural forms are read, and a bad one stops the CLI with one line
that names the variable and says how to fix it (exit code 2, no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic_settings import SettingsError

from app.cli import load_settings
from app.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SIZE_FIX = "two multiples of 8 from 64 to 4096, such as 768,1024"
LORAS_FIX = "separated by commas (such as youngmki/musinsaigo-2.0), or empty for none"


@pytest.mark.parametrize("written", ["768,1024", "768x1024", " 768 X 1024 ", "[768, 1024]"])
def test_a_size_is_read_as_people_write_it(monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    monkeypatch.setenv("STYLIST_SDXL_SIZE", written)
    assert Settings().sdxl_size == (768, 1024)


@pytest.mark.parametrize(("written", "loras"), [
    ("youngmki/musinsaigo-2.0", ["youngmki/musinsaigo-2.0"]),
    ("a/b, /models/c.safetensors", ["a/b", "/models/c.safetensors"]),
    ('["a/b", "c"]', ["a/b", "c"]),
    ("", []),
    ("[]", []),
])
def test_loras_are_read_as_people_write_them(monkeypatch: pytest.MonkeyPatch, written: str, loras: list[str]) -> None:
    monkeypatch.setenv("STYLIST_SDXL_LORAS", written)
    assert Settings().sdxl_loras == loras


def test_values_given_in_code_are_checked_alike() -> None:
    assert Settings(sdxl_size=[512, 768], sdxl_loras=("x",)).sdxl_size == (512, 768)
    with pytest.raises(ValueError, match=SIZE_FIX):
        Settings(sdxl_size=(770, 1024))


@pytest.mark.parametrize(("variable", "value", "fix"), [
    ("STYLIST_SDXL_SIZE", "abc", SIZE_FIX),
    ("STYLIST_SDXL_SIZE", "768;1024", SIZE_FIX),
    ("STYLIST_SDXL_SIZE", "[1,2,3]", SIZE_FIX),
    ("STYLIST_SDXL_SIZE", "100", SIZE_FIX),
    ("STYLIST_SDXL_SIZE", "770,1024", SIZE_FIX),
    ("STYLIST_SDXL_LORAS", "[youngmki/musinsaigo-2.0", LORAS_FIX),
    ("STYLIST_SDXL_LORAS", "[1, 2]", LORAS_FIX),
])
def test_a_bad_value_stops_the_cli_with_one_line_naming_it_and_the_fix(variable: str, value: str, fix: str) -> None:
    env = {**os.environ, variable: value, "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "app.cli", "doctor"], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith(f"stylist: {variable}: ") and fix in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr and done.stdout == ""


def test_a_value_pydantic_settings_cannot_decode_is_one_line_too(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """Any STYLIST_* value that fails before validation (JSON where a list field wants JSON) exits 2."""
    import app.settings

    class Undecodable:
        def __init__(self) -> None:
            raise SettingsError('error parsing value for field "some_list" from source "EnvSettingsSource"')

    monkeypatch.setattr(app.settings, "Settings", Undecodable)
    with pytest.raises(SystemExit) as stopped:
        load_settings()
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("stylist: STYLIST_SOME_LIST: cannot read its value; write it as JSON")
    assert error.count("\n") == 1

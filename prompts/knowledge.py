"""The style knowledge base: short notes per topic and language, kept as TOML next to the templates."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

_DIR = Path(__file__).parent / "knowledge"


@cache
def entries(lang: str) -> tuple[dict[str, str], ...]:
    """Every note of a language: dicts with topic, title, text (and lang)."""
    with open(_DIR / f"{lang}.toml", "rb") as handle:
        data = tomllib.load(handle)
    return tuple({**entry, "lang": lang} for entry in data["entry"])

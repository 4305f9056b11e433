"""SDXL prompt templates (prompts/sdxl.toml): the words a lookbook picture is asked for.

They render strictly like the reply templates: a missing placeholder raises.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from prompts import MissingTemplateError

_FILE = Path(__file__).with_name("sdxl.toml")


@cache
def sdxl_templates() -> dict[str, Any]:
    """The parsed prompts/sdxl.toml (read once)."""
    with open(_FILE, "rb") as handle:
        return tomllib.load(handle)


def sdxl_text(key: str, **values: Any) -> str:
    """Fill template `prompt.<key>`; raises KeyError when a placeholder has no value."""
    prompts = sdxl_templates()["prompt"]
    if key not in prompts:
        raise MissingTemplateError(f"sdxl: no prompt template {key!r}")
    return prompts[key].format(**values)


def sdxl_word(group: str, value: str | None, default: str | None = None) -> str:
    """The prompt words for a vocabulary value (e.g. style "minimal"), or `default` when unlisted."""
    words = sdxl_templates().get(group, {})
    if value and value in words:
        return str(words[value])
    if default is not None:
        return default
    raise MissingTemplateError(f"sdxl: no {group} words for {value!r}")

"""Every user-facing sentence, as templates in one TOML file per language.

Templates render strictly: a missing variable raises, so a broken reply never reaches a user.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from prompts.particles import settle

LANGUAGES = ("en", "ko")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_LATIN = re.compile(r"[A-Za-z]")
_DIR = Path(__file__).parent


class MissingTemplateError(KeyError):
    """A template or label that the language file does not define."""


@cache
def _load(lang: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise MissingTemplateError(f"unsupported language: {lang!r}")
    with open(_DIR / f"{lang}.toml", "rb") as handle:
        return tomllib.load(handle)


def _lookup(lang: str, dotted: str) -> Any:
    node: Any = _load(lang)
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise MissingTemplateError(f"{lang}: no entry {dotted!r}")
        node = node[part]
    return node


def render(lang: str, key: str, **values: Any) -> str:
    """Fill template `key` of `lang`; raises KeyError when a placeholder has no value."""
    template = _lookup(lang, f"text.{key}")
    text = template.format(**values)
    return settle(text) if lang == "ko" else text


def listed(lang: str, words: list[str], joiner: str = "and_join") -> str:
    """Words as a sentence lists them: "a, b and c" ("or_join": "a, b or c"); one word as it is."""
    if len(words) < 2:
        return "".join(words)
    return render(lang, joiner, a=", ".join(words[:-1]), b=words[-1])


def label(lang: str, group: str, value: str) -> str:
    """The display word for a vocabulary value, e.g. label("ko", "kind", "jeans") -> "청바지"."""
    return str(_lookup(lang, f"labels.{group}.{value}"))


def label_variant(lang: str, group: str, variant: str, value: str) -> str:
    """The word for a value in a narrower group where it has one ("kind_athletic": track pants for
    trousers), else its plain word."""
    try:
        return label(lang, f"{group}_{variant}", value)
    except MissingTemplateError:
        return label(lang, group, value)


def ui(lang: str, key: str, **values: Any) -> str:
    """A line of the page itself (a label, a button, a message beside a button)."""
    text = str(_lookup(lang if lang in LANGUAGES else "en", f"ui.{key}")).format(**values)
    return settle(text) if lang == "ko" else text


def ui_strings(lang: str) -> dict[str, str]:
    """Every line of the page in one language, for the page's own translation table."""
    return {key: str(text) for key, text in _lookup(lang, "ui").items()}


def choices(lang: str, key: str) -> list[str]:
    """A list of quick-reply button labels."""
    return list(_lookup(lang, f"quick_replies.{key}"))


def choice_for(lang: str, key: str, value: str) -> str:
    """The quick-reply button of one value in a table of buttons ("style_instead", "casual")."""
    return str(_lookup(lang, f"quick_replies.{key}.{value}"))


# Latin letters that are no words: units and sizes ("180cm 75kg", "M", "ok")
_NOT_WORDS = re.compile(r"\d+\s*(?:cm|kg|kgs|lbs?|ft|in)?|\b(?:xs|s|m|l|xl|xxl|ok)\b|[^a-z]", re.IGNORECASE)


def detect_language(text: str) -> str | None:
    """"ko" when the text has Hangul, "en" when it has English words, None otherwise (emoji, digits, or
    only units and sizes, which any conversation's language may carry)."""
    if _HANGUL.search(text):
        return "ko"
    return "en" if len(_NOT_WORDS.sub("", text)) >= 2 else None

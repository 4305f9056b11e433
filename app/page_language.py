"""The language a page speaks before its conversation has one: the visitor's browser's (pure)."""

from __future__ import annotations

from typing import Any

import prompts


def browser_language(request: Any) -> str:
    """The app's language that the browser prefers most (its Accept-Language header, by q-value),
    English when it names none of them or there is no request (the HTTP API, a test)."""
    headers = getattr(request, "headers", None) or {}
    ranked = []
    for n, part in enumerate(str(headers.get("accept-language", "")).split(",")):
        tag, _, params = part.strip().partition(";")
        try:
            weight = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            weight = 0.0
        if weight > 0:  # q=0: "not this one"
            ranked.append((-weight, n, tag.strip().lower().split("-")[0]))
    return next((code for _, _, code in sorted(ranked) if code in prompts.LANGUAGES), "en")

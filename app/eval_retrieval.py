"""`stylist eval retrieval`: the catalogue of the settings, searched through `stylist search`'s path."""

from __future__ import annotations

from collections.abc import Callable

from app.settings import Settings
from app.wiring import build_catalog, ensure_catalog


def run_retrieval_eval(settings: Settings, queries: int = 400, k: int = 10, min_relevant: int | None = None,
                       text_only: bool = True, uri: str | None = None,
                       understand: Callable | None = None) -> dict:
    """The report (`retrieval.evaluate.retrieval_report`) on the settings' catalogue, built from the demo
    catalogue on first use, or on the catalogue at `uri` as it is. `understand` defaults to the query
    understanding of `stylist search`."""
    from chains.search_query import understand_query
    from retrieval.evaluate import retrieval_report

    if uri is not None:
        settings = settings.model_copy(update={"catalog_uri": uri})
    catalog = build_catalog(settings)
    if uri is None:
        ensure_catalog(catalog, settings)
    return retrieval_report(catalog, understand or understand_query, queries, k, min_relevant, text_only)

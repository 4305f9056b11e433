"""`GET /health`: what a load balancer or an orchestrator asks before sending people here."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.wiring import Services

log = logging.getLogger(__name__)


def health(services: "Services") -> tuple[int, dict[str, Any]]:
    """(HTTP status, body): 200 when the database answers and the catalogue has items, else 503
    with what is wrong (a replica without them should get no traffic)."""
    from storage.repo import StorageError

    checks: dict[str, Any] = {}
    try:
        services.repository.ping()
        checks["database"] = "ok"
    except StorageError as error:
        checks["database"] = error.message
    try:
        items = services.catalog.count()
        checks["catalog"] = "ok" if items else "empty: run `stylist ingest`"
        checks["catalog_items"] = items
    except Exception as error:  # noqa: BLE001 - any catalogue failure is reported, not raised
        log.warning("health: catalogue check failed: %s", error)
        checks["catalog"] = f"unavailable: {type(error).__name__}"
    healthy = checks["database"] == "ok" and checks["catalog"] == "ok"
    return (200 if healthy else 503), {"status": "ok" if healthy else "unhealthy", **checks}


def add_health_route(app: Any, services: "Services") -> None:
    """Register /health on the web app (Gradio's FastAPI app)."""
    from fastapi.responses import JSONResponse

    def endpoint() -> JSONResponse:
        status, body = health(services)
        return JSONResponse(body, status_code=status)

    app.add_api_route("/health", endpoint, methods=["GET"], include_in_schema=False)

"""Logs with a request id per chat turn: readable lines by default, one JSON object per line with
STYLIST_LOG_FORMAT=json (for log collectors). The id is set once per turn and carried by every log
record made while the turn runs, in any module, through a context variable."""

from __future__ import annotations

import contextvars
import json
import logging
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
TEXT_FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"


@contextmanager
def request(kind: str = "turn") -> Iterator[str]:
    """A new request id for what runs inside (threads started inside copy it only if asked)."""
    token = _request_id.set(f"{kind}-{secrets.token_hex(6)}")
    try:
        yield _request_id.get()
    finally:
        _request_id.reset(token)


def current_request() -> str:
    return _request_id.get()


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name, "request_id": getattr(record, "request_id", "-"),
                 "message": record.getMessage()}
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str = "INFO", fmt: str = "text") -> None:
    """Route every log record to stderr (stdout is for --json output), with its request id."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_RequestIdFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Alembic narrates every migration step at INFO (a dozen lines on each start); keep them for DEBUG.
    logging.getLogger("alembic").setLevel(level if logging.getLevelName(level) == logging.DEBUG else logging.WARNING)

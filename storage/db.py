"""The database engine: SQLite (a local file, WAL) by default, any SQLAlchemy URL (PostgreSQL) otherwise."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel

from storage import models  # noqa: F401 - registers the tables on SQLModel.metadata

# Korean stays readable in the database file; NaN is not JSON, so it fails here and not in a reader.
_json_dumps = partial(json.dumps, ensure_ascii=False, allow_nan=False)


def make_engine(url: str) -> Engine:
    """An engine for `url` with every table created; "sqlite:///path/to/file.db" makes the folder too."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(parsed, pool_pre_ping=True, json_serializer=_json_dumps)
    else:
        engine = _sqlite_engine(parsed)
    SQLModel.metadata.create_all(engine)
    return engine


def _sqlite_engine(parsed: Any) -> Engine:
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or "mode=memory" in str(parsed.query)
    if not in_memory:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        parsed,
        # Gradio runs handlers on worker threads; each session still uses one connection at a time.
        connect_args={"check_same_thread": False},
        # An in-memory database lives in one connection: share it, or every session sees an empty one.
        poolclass=StaticPool if in_memory else None,
        json_serializer=_json_dumps,
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL: the UI reads history while a turn is being written. foreign_keys is off by default in SQLite.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough in WAL mode, much faster commits
    finally:
        cursor.close()

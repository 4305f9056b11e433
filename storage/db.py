"""The database engine: SQLite (a local file, WAL) by default, any SQLAlchemy URL (PostgreSQL) otherwise.

make_engine brings the schema to the newest Alembic revision (storage/migrations) before returning.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from functools import cache, partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
BASELINE = "0001_baseline"
# The tables the last release before Alembic made with create_all: a database holding them and no
# alembic_version table is that release's, and is stamped at BASELINE rather than created again.
BASELINE_TABLES = frozenset({"users", "preferences", "conversations", "messages", "wardrobe_items"})
# Any constant shared by every Stylist process: they queue on it to migrate a PostgreSQL database.
_POSTGRES_MIGRATION_LOCK = 0x5374796C  # "Styl"

# Alembic keeps the running migration in module globals (alembic.context, alembic.op): two threads
# migrating at once, even different databases, would mix them up. So one migration per process at a
# time; the database locks below order processes.
_ONE_MIGRATION_AT_A_TIME = threading.Lock()

# Korean stays readable in the database file; NaN is not JSON, so it fails here and not in a reader.
_json_dumps = partial(json.dumps, ensure_ascii=False, allow_nan=False)


class SchemaError(RuntimeError):
    """The database holds something migrations cannot safely upgrade (it is left untouched)."""


def make_engine(url: str) -> Engine:
    """An engine for `url` with its schema migrated to the newest revision; "sqlite:///path/to/file.db"
    makes the folder too."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(parsed, pool_pre_ping=True, json_serializer=_json_dumps)
    else:
        engine = _sqlite_engine(parsed)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for the packaged migrations; env.py migrates `connection` when given."""
    config = Config()
    # The ini parser reads "%" as interpolation, and a checkout's path may contain one.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """`alembic upgrade head` in one transaction, holding a lock so that processes starting together
    on a new database migrate it one after the other (the later ones find it at head).

    A database made by the last release before Alembic is stamped at BASELINE first, keeping its rows.
    """
    if _at_head(engine):
        return  # every start but the first after an upgrade: no lock, no table scan
    with _ONE_MIGRATION_AT_A_TIME:
        if engine.dialect.name == "sqlite":
            _migrate_sqlite(engine)
        else:
            _migrate_in_a_transaction(engine)


@cache
def head_revision() -> str:
    """The newest revision of the packaged migrations."""
    return str(ScriptDirectory.from_config(alembic_config()).get_current_head())


def _at_head(engine: Engine) -> bool:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == head_revision()


def _migrate_in_a_transaction(engine: Engine) -> None:
    with engine.connect() as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            # Released at commit. Other backends (MySQL...) migrate without a lock between processes.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _POSTGRES_MIGRATION_LOCK})
        _upgrade(connection)


def _migrate_sqlite(engine: Engine) -> None:
    with engine.connect() as connection:
        # Batch mode rebuilds a table by dropping it; with foreign keys on, that drop deletes (cascades
        # to) every child row. The pragma is ignored inside a transaction, so it is switched first.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            # IMMEDIATE takes the write lock now, not at the first write: a second process waits here
            # (busy_timeout) instead of both finding an empty file and both creating the tables.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            dangling_before = _dangling_references(connection)
            _upgrade(connection)
            _refuse_new_dangling_references(connection, dangling_before)
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")  # an in-memory pool shares this connection
            connection.commit()


def _upgrade(connection: Connection) -> None:
    config = alembic_config(connection)
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables and tables & BASELINE_TABLES:
        missing = BASELINE_TABLES - tables
        if missing:
            raise SchemaError(
                f"The database has some of Stylist's tables but not {sorted(missing)} and no alembic_version "
                "table: it was not made by a known Stylist release, so it is not migrated."
            )
        command.stamp(config, BASELINE)
    command.upgrade(config, "head")


def _dangling_references(connection: Connection) -> set[tuple[Any, ...]]:
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


def _refuse_new_dangling_references(connection: Connection, before: set[tuple[Any, ...]]) -> None:
    """Foreign keys are off while migrating SQLite: check afterwards that no migration broke one."""
    new = _dangling_references(connection) - before
    if new:
        raise SchemaError(f"Migrating left rows pointing at missing rows (table, rowid, parent, fk): {sorted(new)[:5]}")


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
        cursor.execute("PRAGMA busy_timeout=5000")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough in WAL mode, much faster commits
    finally:
        cursor.close()


def _switch_to_wal(cursor: Any, patience_s: float = 5.0) -> None:
    """WAL: the UI reads history while a turn is being written. The mode is kept in the file.

    Connections switching a new file at once can get SQLITE_BUSY at once, without the busy timeout
    (SQLite refuses to wait where two might wait for each other), so the switch is tried again until
    one of them has made it; any other error, or the same one for `patience_s`, is raised.
    """
    deadline = time.monotonic() + patience_s
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY" or time.monotonic() > deadline:
                raise
            time.sleep(0.01)

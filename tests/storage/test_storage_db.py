"""make_engine: SQLite file settings, folders, in-memory sharing, migrating at start."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from alembic.script import ScriptDirectory

from storage.db import alembic_config, make_engine

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_sqlite_file_gets_wal_foreign_keys_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "stylist.db"
    engine = make_engine(f"sqlite:///{path}")
    assert path.exists()
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert {"users", "preferences", "conversations", "messages"} <= set(inspect(engine).get_table_names())


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fk.db'}")
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("INSERT INTO conversations (user_id, title, created_at, updated_at, state) VALUES (999, '', '2024-01-01', '2024-01-01', '{}')"))


def test_in_memory_database_is_shared_across_threads() -> None:
    engine = make_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO users (name, name_key, created_at, files_key) VALUES ('ana', 'ana', '2024-01-01', 'k1')"))
    seen: list[int] = []

    def count() -> None:
        with engine.connect() as conn:
            seen.append(conn.execute(text("SELECT count(*) FROM users")).scalar_one())

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    assert seen == [1]


def test_calling_twice_on_one_file_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'twice.db'}"
    with make_engine(url).begin() as conn:
        conn.execute(text("INSERT INTO users (name, name_key, created_at, files_key) VALUES ('ana', 'ana', '2024-01-01', 'k1')"))
    with make_engine(url).connect() as conn:
        assert conn.execute(text("SELECT name FROM users")).scalar_one() == "ana"


def test_in_memory_database_is_migrated_on_its_one_connection() -> None:
    engine = make_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD
        # Migrating switches foreign keys off on the shared connection; they must be back on.
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert {"profiles", "bookmarks"} <= set(inspect(engine).get_table_names())


def test_threads_starting_together_on_a_new_file_all_get_a_migrated_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race' / 'stylist.db'}"
    assert _all_at_once(8, lambda: make_engine(url).dispose()) == []
    with make_engine(url).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1


def test_threads_making_separate_in_memory_databases_at_once_all_get_migrated() -> None:
    versions: list[str] = []

    def start_app() -> None:
        with make_engine("sqlite://").connect() as conn:
            versions.append(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())

    assert _all_at_once(8, start_app) == []
    assert versions == [HEAD] * 8


def _all_at_once(count: int, work) -> list[BaseException]:
    """Run `work` in `count` threads released together; the errors they raised."""
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            start.wait()
            work()
        except BaseException as exc:  # noqa: BLE001 - returned to the test
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors

"""make_engine: SQLite file settings, folders, in-memory sharing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from storage.db import make_engine


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
        conn.execute(text("INSERT INTO users (name, created_at) VALUES ('ana', '2024-01-01')"))
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
        conn.execute(text("INSERT INTO users (name, created_at) VALUES ('ana', '2024-01-01')"))
    with make_engine(url).connect() as conn:
        assert conn.execute(text("SELECT name FROM users")).scalar_one() == "ana"

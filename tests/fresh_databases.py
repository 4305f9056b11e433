"""Fresh, empty databases for tests: a SQLite file, or a database of its own on the PostgreSQL server
that STYLIST_TEST_POSTGRES_URL names (e.g. postgresql+psycopg://stylist:stylist@127.0.0.1:5432/stylist_test:
a role with CREATEDB and a database it can connect to). Without the variable the PostgreSQL tests are
skipped, except in CI (STYLIST_CI set), where they fail: CI must not pass without having tested PostgreSQL.
"""

from __future__ import annotations

import itertools
import os
import secrets
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

POSTGRES_URL_ENV = "STYLIST_TEST_POSTGRES_URL"
NOT_AVAILABLE = f"PostgreSQL not available: set {POSTGRES_URL_ENV}"


class Databases:
    """Makes fresh, empty databases for a backend ("sqlite" or "postgresql") and drops them again."""

    def __init__(self, sqlite_root: Path, postgres_url: str | None) -> None:
        self._sqlite_root = sqlite_root
        self._postgres = make_url(postgres_url) if postgres_url else None
        self._admin: Engine | None = None
        self._numbers = itertools.count()
        self._live: set[str] = set()

    def create(self, backend: str) -> str:
        """The URL of a new empty database; skips (or, in CI, fails) when PostgreSQL is not configured."""
        number = next(self._numbers)
        if backend == "sqlite":
            # A folder that does not exist yet: make_engine must create it.
            return f"sqlite:///{self._sqlite_root / f'db{number}' / 'data' / 'stylist.db'}"
        if backend != "postgresql":
            raise ValueError(f"unknown backend {backend!r}")
        server = self._require_postgres()
        # The pid and random suffix keep parallel or crashed earlier sessions on the same server apart.
        name = f"stylist_t{os.getpid()}_{number}_{secrets.token_hex(3)}"
        self._admin_execute(f'CREATE DATABASE "{name}"')
        self._live.add(name)
        return server.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        """Drop a database `create` made (SQLite files go with pytest's temporary folders)."""
        name = make_url(url).database
        if name in self._live:
            self._drop_postgres(name)

    def close(self) -> None:
        """Drop every PostgreSQL database still there (those of helpers that never called drop)."""
        for name in sorted(self._live):
            self._drop_postgres(name)
        if self._admin is not None:
            self._admin.dispose()

    def _drop_postgres(self, name: str) -> None:
        # First end what a test left connected (an engine it did not dispose of). Only this role's
        # sessions: DROP DATABASE ... WITH (FORCE) would also need rights over autovacuum workers,
        # which a CREATEDB role lacks; plain DROP DATABASE waits for those to leave by itself.
        self._admin_execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()",
            name=name,
        )
        self._admin_execute(f'DROP DATABASE IF EXISTS "{name}"')
        self._live.discard(name)

    def _require_postgres(self) -> URL:
        if self._postgres is None:
            if os.environ.get("STYLIST_CI"):
                pytest.fail(f"{NOT_AVAILABLE} (CI must test PostgreSQL: .ci/run starts a server)", pytrace=False)
            pytest.skip(NOT_AVAILABLE)
        return self._postgres

    def _admin_execute(self, statement: str, **parameters: str) -> None:
        # CREATE/DROP DATABASE cannot run in a transaction; run from the configured database.
        if self._admin is None:
            self._admin = create_engine(self._require_postgres(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with self._admin.connect() as admin:
            admin.execute(text(statement), parameters)

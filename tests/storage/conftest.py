"""A fresh, empty database per test, on a SQLite file and on a real PostgreSQL server.

Tests that take `db_url` (or `repo`) run once per backend: test_x[sqlite] and test_x[postgresql].
Each test gets a database of its own (tests/fresh_databases.py), dropped after it, so no test sees
another's rows.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fresh_databases import Databases
from storage.db import make_engine
from storage.repo import Repository

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture()
def db_url(backend: str, databases: Databases) -> Iterator[str]:
    """The URL of a fresh, empty database on `backend`, dropped after the test."""
    url = databases.create(backend)
    yield url
    databases.drop(url)


@pytest.fixture()
def repo(db_url: str) -> Iterator[Repository]:
    engine = make_engine(db_url)
    yield Repository(engine)
    engine.dispose()

"""A real SQLite file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.db import make_engine
from storage.repo import Repository


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'stylist.db'}"


@pytest.fixture()
def repo(db_url: str) -> Repository:
    return Repository(make_engine(db_url))

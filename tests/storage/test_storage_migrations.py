"""Alembic migrations on SQLite and PostgreSQL: they build exactly the models' schema, upgrade a
database of the last release before Alembic without losing its rows, and survive a crowded start."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlmodel import SQLModel

from storage.db import BASELINE, SchemaError, alembic_config, make_engine
from storage.repo import Repository

REPO_ROOT = Path(__file__).resolve().parents[2]
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
MOMENT = datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)


def _differences(connection: Connection) -> list:
    return compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)


def _version(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _plain_engine(url: str) -> Engine:
    """An engine that does not migrate, to build and inspect databases as they are. On SQLite it
    enforces foreign keys as the app always has (so a migration that rebuilt `users` carelessly
    would cascade-delete the rows under it)."""
    engine = create_engine(url, poolclass=sa.pool.NullPool)
    if engine.dialect.name == "sqlite":
        Path(engine.url.database).parent.mkdir(parents=True, exist_ok=True)
        sa.event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA foreign_keys=ON"))
    return engine


def test_revisions_form_one_line_with_ids_that_fit_the_version_table() -> None:
    revisions = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())  # newest first
    assert [r.revision for r in revisions] == [
        "0004_message_lookbooks", "0003_name_keys_sign_in_failures", "0002_accounts_profiles_bookmarks", BASELINE]
    assert revisions[0].revision == HEAD
    assert all(newer.down_revision == older.revision for newer, older in zip(revisions, revisions[1:]))
    assert all(len(r.revision) <= 32 for r in revisions)  # alembic_version.version_num is VARCHAR(32)


def test_a_new_database_is_migrated_to_exactly_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert _version(conn) == HEAD
        assert _differences(conn) == []
    engine.dispose()


def test_the_comparison_sees_a_schema_behind_the_models(db_url: str) -> None:
    """Guards the test above: a database at the baseline is reported as different."""
    engine = _plain_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), BASELINE)
    with engine.connect() as conn:
        changes = {_change(diff) for diff in _differences(conn) if isinstance(diff, tuple)}
    assert {("add_table", "profiles"), ("add_table", "bookmarks"), ("add_column", "files_key"), ("add_column", "share_looks")} <= changes
    engine.dispose()


def _change(diff: tuple) -> tuple[str, str]:
    """("add_table", table name) or ("add_column", column name), from compare_metadata's tuples."""
    kind = diff[0]
    return (kind, diff[3].name) if kind == "add_column" else (kind, getattr(diff[1], "name", str(diff[1])))


# The last release's tables as SQLModel.metadata.create_all made them, frozen here: what existing
# users' databases hold. (The app's models moved on; this must not.)
LAST_RELEASE = sa.MetaData()
sa.Table(
    "users", LAST_RELEASE,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Table(
    "preferences", LAST_RELEASE,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, unique=True, index=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Table(
    "conversations", LAST_RELEASE,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("state", sa.JSON, nullable=False),
)
sa.Table(
    "messages", LAST_RELEASE,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("image", sa.Text),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)
sa.Table(
    "wardrobe_items", LAST_RELEASE,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("item", sa.JSON, nullable=False),
    sa.Column("image", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


def _last_release_database(url: str) -> dict[str, int]:
    """Two users with a conversation, messages, preferences and a garment, in the old schema; returns
    the ids the database gave them (ana, minjun, conversation, garment)."""
    engine = _plain_engine(url)
    LAST_RELEASE.create_all(engine)
    t = LAST_RELEASE.tables

    def add(conn: Connection, table: str, **values: object) -> int:
        return conn.execute(t[table].insert().values(**values)).inserted_primary_key[0]

    with engine.begin() as conn:
        ids = {"ana": add(conn, "users", name="ana", created_at=MOMENT), "minjun": add(conn, "users", name="민준", created_at=MOMENT)}
        add(conn, "preferences", user_id=ids["ana"], data={"style": "minimal"}, updated_at=MOMENT)
        ids["conversation"] = add(
            conn, "conversations", user_id=ids["ana"], title="date look", created_at=MOMENT, updated_at=MOMENT, state={"asked": ["occasion"]}
        )
        for role, text in (("user", "데이트 룩"), ("assistant", "Three looks.")):
            add(conn, "messages", conversation_id=ids["conversation"], role=role, text=text, payload={"by": role}, created_at=MOMENT)
        ids["garment"] = add(conn, "wardrobe_items", user_id=ids["minjun"], item={"kind": "shirt"}, created_at=MOMENT)
    engine.dispose()
    return ids


def test_a_last_release_database_is_upgraded_keeping_its_rows(db_url: str) -> None:
    ids = _last_release_database(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert _version(conn) == HEAD
        assert _differences(conn) == []
        users = conn.execute(sa.text("SELECT id, name, password_hash, files_key, share_looks FROM users ORDER BY id")).all()
        counts = {table: conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() for table in LAST_RELEASE.tables}
    assert [(u.id, u.name, u.password_hash, bool(u.share_looks)) for u in users] == [
        (ids["ana"], "ana", None, False),
        (ids["minjun"], "민준", None, False),
    ]
    keys = [u.files_key for u in users]
    assert all(re.fullmatch(r"[0-9a-f]{24}", key) for key in keys) and len(set(keys)) == 2  # token_hex(12), distinct
    assert counts == {"users": 2, "preferences": 1, "conversations": 1, "messages": 2, "wardrobe_items": 1}

    repo = Repository(engine)  # the app reads the old rows and writes new ones
    ana, conversation = ids["ana"], ids["conversation"]
    assert repo.user_id("ana") == ana
    assert [(m.text, m.payload) for m in repo.conversations.messages(user_id=ana, conversation_id=conversation)] == [
        ("데이트 룩", {"by": "user"}),
        ("Three looks.", {"by": "assistant"}),
    ]
    assert repo.conversations.conversation_state(user_id=ana, conversation_id=conversation) == {"asked": ["occasion"]}
    assert repo.conversations.preferences(user_id=ana) == {"style": "minimal"}
    assert repo.wardrobe.items(user_id=ids["minjun"]) == [(ids["garment"], {"kind": "shirt"})]
    ben = repo.user_id("ben")
    assert ben not in (ids["ana"], ids["minjun"])
    engine.dispose()


def test_names_that_differ_only_in_case_keep_both_accounts_and_one_spelling_signs_in(db_url: str) -> None:
    """A 0002 database (names compared exactly) with "Alice" and "alice": both keep their rows; the
    first keeps the plain key, so "ALICE" signs in as her."""
    engine = _plain_engine(db_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002_accounts_profiles_bookmarks")
        for n, name in enumerate(("Alice", "alice", "ｂｏｂ\u200b")):
            conn.execute(sa.text("INSERT INTO users (name, created_at, files_key, share_looks) "
                                 "VALUES (:name, :at, :key, false)"), {"name": name, "at": MOMENT, "key": f"k{n}"})
    engine.dispose()
    engine = make_engine(db_url)
    with engine.connect() as conn:
        keys = conn.execute(sa.text("SELECT name, name_key FROM users ORDER BY id")).all()
        assert _differences(conn) == []
    first, second, bob = keys
    assert first == ("Alice", "alice") and second[1].startswith("alice#") and bob[1] == "bob"
    repo = Repository(engine)
    assert repo.accounts.get(name="ALICE").name == "Alice" and repo.user_id("bob") == repo.accounts.get(name="ｂｏｂ").id
    engine.dispose()


def test_a_database_with_only_some_of_the_tables_is_refused_untouched(db_url: str) -> None:
    engine = _plain_engine(db_url)
    LAST_RELEASE.tables["users"].create(engine)
    with pytest.raises(SchemaError, match="wardrobe_items"):
        make_engine(db_url)
    assert set(inspect(engine).get_table_names()) == {"users"}
    engine.dispose()


def test_downgrade_to_nothing_and_up_again(db_url: str) -> None:
    make_engine(db_url).dispose()
    engine = _plain_engine(db_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    make_engine(db_url).dispose()
    with engine.connect() as conn:
        assert _version(conn) == HEAD
        assert _differences(conn) == []
    engine.dispose()


# Each process starts the app's database as `stylist serve` does, but only once all are ready.
_STARTER = """
import sys, time
from pathlib import Path
from storage.db import make_engine
ready, go = Path(sys.argv[2]), Path(sys.argv[3])
ready.touch()
while not go.exists():
    time.sleep(0.001)
make_engine(sys.argv[1]).dispose()
"""


def test_processes_starting_together_on_a_new_database_all_succeed(db_url: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", _STARTER, db_url, str(tmp_path / f"ready{n}"), str(go)],
            cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(4)
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready{n}").exists() for n in range(4)):
        assert time.monotonic() < deadline and all(p.poll() is None for p in starters), [p.communicate() for p in starters]
        time.sleep(0.01)
    go.touch()
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in starters]
    assert [code for code, _ in results] == [0, 0, 0, 0], [err for _, err in results]
    engine = _plain_engine(db_url)
    with engine.connect() as conn:
        assert _version(conn) == HEAD
        assert _differences(conn) == []
    engine.dispose()


def test_replies_saved_before_the_lookbooks_column_get_theirs_from_the_reply(db_url: str) -> None:
    """0004 reads each old reply's pictures once: the one that shows the person's photo is theirs."""
    engine = _plain_engine(db_url)
    own = {"items": [{"id": "u", "source": "upload", "image": "/up/a.jpg"}]}
    shop = {"items": [{"id": "1", "source": "catalog", "image": "/cat/1.jpg"}]}
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003_name_keys_sign_in_failures")
        conn.execute(sa.text("INSERT INTO users (id, name, name_key, created_at, files_key, share_looks) "
                             "VALUES (1, 'ana', 'ana', :t, 'k', false)"), {"t": MOMENT})
        conn.execute(sa.text("INSERT INTO conversations (id, user_id, title, state, created_at, updated_at) "
                             "VALUES (1, 1, 't', '{}', :t, :t)"), {"t": MOMENT})
        payload = sa.bindparam("p", type_=sa.JSON())
        conn.execute(sa.text("INSERT INTO messages (conversation_id, role, text, payload, created_at) "
                             "VALUES (1, 'assistant', 'ok', :p, :t)").bindparams(payload),
                     {"p": {"outfits": [own, shop], "images": ["/r/own.jpg", "/r/shop.jpg"]}, "t": MOMENT})
        command.upgrade(alembic_config(conn), "head")
    repo = Repository(make_engine(db_url))
    assert repo.retention.user_files(user_id=1) == ["/r/own.jpg"]
    engine.dispose()

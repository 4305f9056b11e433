"""Faults: a renderer that raises, a database that is locked or away, a catalogue that is missing.
The chat still answers with a clear line, loses nothing saved, and recovers when the fault clears."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path


def _last(view) -> str:
    content = view.messages[-1]["content"]
    return content if isinstance(content, str) else " ".join(str(c) for c in content)


class FlakyRenderer:
    """Draws collages, or raises while `broken` is set (a GPU gone, a full disk)."""

    def __init__(self, out_dir: Path) -> None:
        from diffusion.collage import CollageRenderer

        self.inner, self.broken = CollageRenderer(out_dir), True
        self.name, self.parallel_renders = "flaky", 1

    def render(self, request):
        if self.broken:
            raise OSError("No space left on device")
        return self.inner.render(request)


def test_a_renderer_that_raises_leaves_the_outfits_and_one_clear_line(chat_handlers, app_settings, tmp_path) -> None:
    renderer = FlakyRenderer(tmp_path)
    chat = chat_handlers(app_settings, renderer=renderer)
    view = chat.send("faulty", "minimal date look for men")
    assert view.cards_html.count('class="look"') == 3 and view.gallery == []
    assert "lookbook images couldn't be drawn" in _last(view)
    renderer.broken = False
    view = chat.send("faulty", "swap the shoes")
    assert len(view.gallery) == 3  # drawn again once the fault is gone


def test_a_briefly_locked_database_delays_the_turn_but_loses_nothing(chat_handlers, app_settings) -> None:
    chat = chat_handlers(app_settings)
    chat.send("locked", "street style for women")
    database = app_settings.resolved_database_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")  # another writer holds the database
    threading.Timer(1.0, lambda: holder.execute("COMMIT")).start()
    started = time.perf_counter()
    view = chat.send("locked", "swap the shoes")
    assert time.perf_counter() - started >= 0.9 and view.cards_html.count('class="look"') == 3
    assert len(chat.stylist.history("locked")) == 4
    holder.close()


def test_a_database_that_is_away_gets_a_clear_line_and_the_chat_recovers(chat_handlers, app_settings) -> None:
    chat = chat_handlers(app_settings)
    chat.send("away", "street style for women")
    database = Path(app_settings.resolved_database_url.removeprefix("sqlite:///"))
    chat.stylist._repo._engine.dispose()
    database.rename(database.with_suffix(".away"))
    database.mkdir()  # SQLite cannot open a folder: the database is down
    try:
        view = chat.send("away", "swap the shoes")
        assert "can't reach the saved conversations" in _last(view) and "Traceback" not in _last(view)
    finally:
        database.rmdir()
        database.with_suffix(".away").rename(database)
    view = chat.send("away", "swap the shoes")
    assert view.cards_html.count('class="look"') == 3
    assert [m.role for m in chat.stylist.history("away")] == ["user", "assistant"] * 2  # nothing lost


def test_a_missing_catalogue_gets_a_clear_line_and_the_chat_recovers(chat_handlers, app_settings, tmp_path,
                                                                   monkeypatch) -> None:
    from retrieval import catalog as catalog_module

    monkeypatch.setattr(catalog_module, "MIRROR_RECHECK_S", 0.0)  # notice the folder going at once
    folder = tmp_path / "catalog"
    shutil.copytree(app_settings.resolved_catalog_uri, folder)
    settings = app_settings.model_copy(update={"catalog_uri": str(folder)})
    chat = chat_handlers(settings)
    assert chat.send("shop", "minimal date look for women").cards_html.count('class="look"') == 3
    folder.rename(tmp_path / "catalog-away")
    try:
        view = chat.send("shop", "minimal date look for men")
        assert "catalogue isn't ready" in _last(view) and "stylist ingest" in _last(view)
        assert str(tmp_path) not in _last(view)  # (where the server keeps it is no one's business)
        korean = chat.send("shop", "남자 데이트룩 미니멀하게")
        assert "카탈로그가 아직 준비되지 않았어요" in _last(korean) and "catalog" not in _last(korean)
    finally:
        (tmp_path / "catalog-away").rename(folder)
    assert chat.send("shop", "minimal date look for men").cards_html.count('class="look"') == 3

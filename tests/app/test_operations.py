"""Operations: the health endpoint, request ids in the logs, the upload size limit."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.e2e


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_health_endpoint_answers(running_app):
    status, body = _get(running_app.url + "health")
    assert status == 200 and body == {"status": "ok", "database": "ok", "catalog": "ok",
                                      "catalog_items": body["catalog_items"]} and body["catalog_items"] > 0


def test_health_turns_unhealthy_while_the_database_is_gone_and_recovers(app_settings) -> None:
    from pathlib import Path

    from app.health import health
    from app.wiring import build_services

    services = build_services(app_settings)
    database = Path(app_settings.resolved_database_url.removeprefix("sqlite:///"))
    assert health(services)[0] == 200
    services.repository._engine.dispose()  # pooled connections would keep the old file open
    database.rename(database.with_suffix(".away"))
    database.mkdir()  # where the file was, something SQLite cannot open
    try:
        status, body = health(services)
        assert status == 503 and body["status"] == "unhealthy" and "cannot be reached" in body["database"]
    finally:
        database.rmdir()
        database.with_suffix(".away").rename(database)
    assert health(services)[0] == 200


def test_every_turn_logs_its_request_id_as_json(app_settings, capsys) -> None:
    from app.handlers import ChatHandlers
    from app.logs import configure
    from app.wiring import build_services

    configure("INFO", "json")
    try:
        view = ChatHandlers(build_services(app_settings).stylist, app_settings.exports_dir).send("logs", "street style, women")
    finally:
        configure("WARNING", "text")
    records = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    mine = [r for r in records if r["request_id"] == view.request_id]
    assert view.request_id.startswith("turn-") and any("turn answered: outfits" in r["message"] for r in mine)
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    logging.getLogger().handlers.clear()


def test_migration_steps_stay_out_of_the_log_unless_debugging(tmp_path, capsys) -> None:
    from app.logs import configure
    from storage.db import make_engine

    try:
        configure("INFO", "text")
        make_engine(f"sqlite:///{tmp_path / 'quiet.db'}")
        quiet = capsys.readouterr().err
        configure("DEBUG", "text")
        make_engine(f"sqlite:///{tmp_path / 'loud.db'}")
        loud = capsys.readouterr().err
    finally:
        configure("WARNING", "text")
        logging.getLogger().handlers.clear()
    assert "alembic" not in quiet
    assert "Running upgrade" in loud


def test_an_upload_over_the_size_limit_is_refused_and_the_app_keeps_serving(start_app, tmp_path):
    from gradio_client import Client, handle_file

    app = start_app(max_upload_mb=0.05)  # 50 kB
    client = Client(app.url, verbose=False)
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8\xff" + bytes(200_000))
    # The limit travels in the app's config: a client refuses before sending (the server answers 413).
    with pytest.raises(ValueError, match="exceeds the maximum file size"):
        client.predict({"text": "what goes with this?", "files": [handle_file(str(big))]}, api_name="/send")
    _box, messages, _cards, _gallery, _picker, _lang = client.predict({"text": "street style, women", "files": []},
                                                      api_name="/send")
    assert messages and messages[-1]["role"] == "assistant"

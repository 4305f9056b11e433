"""A running Stylist web app (in this process, on a free loopback port) over the test catalogue."""

from __future__ import annotations

import socket

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningApp:
    """Start, stop and restart the server on the same data: what a user's restart does."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self.port = free_port()
        self.demo = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> "RunningApp":
        from app.ui import launch
        from app.wiring import build_services

        self.demo = launch(build_services(self.settings), host="127.0.0.1", port=self.port, block=False)
        return self

    def stop(self) -> None:
        if self.demo is not None:
            self.demo.close()
            self.demo = None

    def restart(self) -> None:
        self.stop()
        self.start()


@pytest.fixture
def running_app(app_settings):
    app = RunningApp(app_settings).start()
    yield app
    app.stop()


@pytest.fixture
def auth_app(app_settings):
    """The app with accounts switched on (STYLIST_AUTH=true)."""
    app = RunningApp(app_settings.model_copy(update={"auth": True})).start()
    yield app
    app.stop()


@pytest.fixture
def start_app(app_settings):
    """Start the app with some settings changed: start_app(max_upload_mb=1). Stopped after the test."""
    started = []

    def start(**changes) -> RunningApp:
        started.append(RunningApp(app_settings.model_copy(update=changes)).start())
        return started[-1]

    yield start
    for app in started:
        app.stop()


@pytest.fixture
def loopback_port() -> int:
    return free_port()


@pytest.fixture
def chat_handlers():
    """Builds chat handlers over the test catalogue, with the services a test changes (a renderer
    that fails, a catalogue that is missing)."""
    from dataclasses import replace

    from app.handlers import ChatHandlers
    from app.wiring import agent_services, build_catalog
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    def build(settings, **service_changes) -> ChatHandlers:
        services = replace(agent_services(settings, build_catalog(settings)), **service_changes)
        return ChatHandlers(Stylist(services, Repository(make_engine(settings.resolved_database_url))),
                            settings.exports_dir)
    return build

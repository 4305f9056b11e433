"""The agent's services over the shared sample catalogue, with a fresh database per test."""

from __future__ import annotations

import pytest


@pytest.fixture
def services(app_settings):
    from app.wiring import build_services

    return build_services(app_settings)

"""Helpers for tests that hold a conversation with the stylist and look at its looks."""

from __future__ import annotations

from typing import Any


def say(services: Any, text: str, user: str) -> dict[str, Any]:
    """One turn of `user`'s conversation, as the `stylist chat --json` line."""
    return services.stylist.turn(user, text).to_json()


def ids(look: dict[str, Any]) -> list[str]:
    return [i["id"] for i in look["items"]]


def kinds(look: dict[str, Any]) -> set[str]:
    return {i["kind"] for i in look["items"]}

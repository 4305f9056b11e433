"""What one chat turn carries through the graph: its state (LangGraph's channels, changed by the nodes)
and its context (the services and the caller's ears, the same for every node: LangGraph's runtime
context, `Runtime[TurnContext]`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypedDict

from chains.extract import Understanding
from chains.router import Decision
from chains.services import AgentServices
from chains.state import ConversationState, Preferences, Reply, TurnInput
from domain.items import GarmentAnalysis, Item
from domain.rendering import Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurnEvents:
    """What a caller hears while a turn runs: the looks as soon as they are composed (the reply's
    words and pieces, before any lookbook is drawn) and the lookbook render steps."""

    progress: Progress | None = None
    looks_ready: Callable[[Reply, str], None] | None = None  # (the reply so far, the conversation's language)

    def announce(self, reply: Reply, language: str) -> None:
        if self.looks_ready is None:
            return
        try:
            self.looks_ready(reply, language)
        except Exception:  # noqa: BLE001 - an early view that fails must not cost the answer
            log.exception("the looks could not be shown early")


@dataclass(frozen=True)
class TurnContext:
    services: AgentServices
    events: TurnEvents = field(default_factory=TurnEvents)
    wardrobe: tuple[Item, ...] = ()  # the person's own garments (looks use them first)
    body: tuple[float | None, float | None] = (None, None)  # height cm, weight kg from the profile panel


class TurnState(TypedDict, total=False):
    turn: TurnInput
    to_save: Item | None  # a garment the person asked to keep in their wardrobe
    conversation: ConversationState
    preferences: Preferences
    stored_preferences: Preferences  # before this message: a style question changes no profile
    # what the looks are built for: the preferences, on the brief of an answer's example looks when
    # the message builds on them ("show me more" after a funeral answer); never saved as the person's
    brief: Preferences
    understanding: Understanding
    garment: GarmentAnalysis | None
    photo_error: str | None
    decision: Decision
    reply: Reply

"""The facade the UI and the CLI call: one user turn in, one reply out, everything persisted."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import prompts
from chains.actions import TurnEvents
from chains.extract import detect_language
from chains.graph import build_graph
from chains.services import AgentServices
from chains.state import ConversationState, Preferences, Reply, TurnInput
from domain.items import Item
from storage.repo import Repository

log = logging.getLogger(__name__)
MAX_TEXT_CHARS = 2_000  # longer messages are cut: nobody describes an outfit in more


@dataclass(frozen=True)
class TurnResult:
    reply: Reply
    preferences: Preferences
    conversation_id: int
    recorded: bool = True  # False when nothing was worth saving (an empty message)

    def to_json(self) -> dict[str, Any]:
        return self.reply.to_json(self.preferences)


class Stylist:
    """Stateless between calls: per-user state lives in the repository, never in this object."""

    def __init__(self, services: AgentServices, repository: Repository) -> None:
        self._graph = build_graph(services)
        self._repo = repository

    def turn(self, user: str, text: str, image: str | None = None, conversation_id: int | None = None,
             events: TurnEvents | None = None) -> TurnResult:
        """One message in, one recorded reply out; `events` hears the looks as soon as they are composed
        and the lookbook render steps (a page shows the words first, then the pictures)."""
        text = (text or "").strip()[:MAX_TEXT_CHARS]
        user_id = self._repo.user_id(user)
        conversation_id = conversation_id or self._repo.current_conversation(user_id=user_id)
        state = ConversationState.from_json(self._repo.conversation_state(user_id=user_id, conversation_id=conversation_id))
        preferences = Preferences.from_json(self._repo.preferences(user_id=user_id))
        if not text and not image:
            lang = detect_language(text) or state.language
            return TurnResult(Reply(prompts.render(lang, "error_empty"), "error"), preferences, conversation_id, False)
        reply, state, preferences = self._run(TurnInput(text, image), state, preferences, events, user_id)
        self._repo.record_turn(
            user_id=user_id, conversation_id=conversation_id, user_text=text,
            user_image=reply.garment.path if reply.garment else None, reply_text=reply.text,
            reply_payload=reply.to_json(preferences), state=state.to_json(), preferences=preferences.to_json(),
        )
        return TurnResult(reply, preferences, conversation_id)

    def _run(self, turn: TurnInput, state: ConversationState, preferences: Preferences,
             events: TurnEvents | None, user_id: int) -> tuple[Reply, ConversationState, Preferences]:
        from retrieval.catalog import EmptyCatalogError

        wardrobe = self.wardrobe(user_id)
        lang = detect_language(turn.text) or state.language
        try:
            out = self._graph.invoke({"turn": turn, "conversation": state, "preferences": preferences,
                                      "events": events, "wardrobe": wardrobe})
        except EmptyCatalogError as error:
            return Reply(prompts.render(lang, "error_catalog", detail=str(error)), "error"), state, preferences
        except Exception:  # noqa: BLE001 - the chat shows a friendly line; the log keeps the trace
            log.exception("chat turn failed")
            return Reply(prompts.render(lang, "error_internal"), "error"), state, preferences
        if out.get("to_save") is not None:
            self._keep(user_id, out["to_save"])
        return out["reply"], out["conversation"], out["preferences"]

    def wardrobe(self, user_id: int) -> list[Item]:
        """The user's own garments as outfit items (source "wardrobe")."""
        return [Item.from_json({**item, "id": f"wardrobe-{wid}", "source": "wardrobe"})
                for wid, item in self._repo.wardrobe(user_id=user_id)]

    def _keep(self, user_id: int, item: Item) -> None:
        self._repo.add_to_wardrobe(user_id=user_id, item=item.to_json(with_source=True), image=item.image)

    def history(self, user: str, conversation_id: int | None = None):
        """The messages of the user's current (or given) conversation, oldest first."""
        user_id = self._repo.user_id(user)
        conversation_id = conversation_id or self._repo.current_conversation(user_id=user_id)
        return self._repo.messages(user_id=user_id, conversation_id=conversation_id)

    def new_conversation(self, user: str) -> int:
        """A fresh conversation, remembering only the person's lasting preferences."""
        user_id = self._repo.user_id(user)
        lasting = Preferences.from_json(self._repo.preferences(user_id=user_id)).lasting()
        return self._repo.new_conversation(user_id=user_id, preferences=lasting.to_json())

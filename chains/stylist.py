"""The facade the UI and the CLI call: one user turn in, one reply out, everything persisted."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

import prompts
from chains.graph import build_graph, change_offered
from chains.looks import without_dressing_down
from chains.services import AgentServices
from chains.state import ConversationState, Preferences, Reply, StoredReply, TurnInput
from chains.turn import TurnContext, TurnEvents
from domain.items import Item
from domain.rendering import Lookbook
from prompts import detect_language
from storage.repo import MessageView, Repository

log = logging.getLogger(__name__)
MAX_TEXT_CHARS = 2_000  # longer messages are cut: nobody describes an outfit in more


@dataclass(frozen=True)
class TurnResult:
    """One turn's outcome, for the page, the CLI and storage alike."""

    reply: Reply
    preferences: Preferences
    conversation_id: int
    language: str  # the conversation's language after this turn (the page's labels follow it)
    recorded: bool = True  # False when nothing was worth saving (an empty message)

    def to_json(self) -> dict[str, Any]:
        return self.reply.to_json(self.preferences)


class Stylist:
    """Stateless between calls: per-user state lives in the repository, never in this object."""

    def __init__(self, services: AgentServices, repository: Repository) -> None:
        self._services = services
        self._graph = build_graph()
        self._repo = repository

    def warm(self) -> None:
        """Load what the first turn would (the text model, the occasion examples, the brands' taste), so
        that no one waits for it, and twenty first requests at once do not all start loading it."""
        if self._services.occasion_guesser is not None:
            self._services.occasion_guesser("warm up")
        if self._services.brand_profiles is not None:
            self._services.brand_profiles()

    def turn(self, user: str, text: str, image: str | None = None, conversation_id: int | None = None,
             events: TurnEvents | None = None) -> TurnResult:
        """One message in, one recorded reply out; `events` hears the looks as soon as they are composed
        and the lookbook render steps (a page shows the words first, then the pictures)."""
        text = (text or "").strip()[:MAX_TEXT_CHARS]
        start = self._repo.conversations.start_turn(name=user, conversation_id=conversation_id)
        state = ConversationState.from_json(start.state)
        state = state if state.seed else state.evolve(seed=start.conversation_id)
        preferences = Preferences.from_json(start.preferences)
        if not text and not image:
            lang = detect_language(text) or state.language
            return TurnResult(Reply(prompts.render(lang, "error_empty"), "error"), preferences, start.conversation_id,
                              lang, recorded=False)
        wardrobe = [_wardrobe_item(wid, item) for wid, item in start.wardrobe]
        body = (_number(start.profile.get("height_cm")), _number(start.profile.get("weight_kg")))
        reply, state, preferences = self._run(TurnInput(text, image), state, preferences, start.user_id,
                                              TurnContext(self._services, events or TurnEvents(), tuple(wardrobe), body))
        result = TurnResult(reply, preferences, start.conversation_id, state.language)
        self._repo.conversations.record_turn(
            user_id=start.user_id, conversation_id=start.conversation_id, user_text=text,
            user_image=reply.garment.path if reply.garment else None, reply_text=reply.text,
            reply_payload=StoredReply.payload(reply, preferences, state.language), state=state.to_json(),
            lookbooks=[Lookbook.of(path, outfit.items) for outfit, path in zip(reply.outfits, reply.images)],
            preferences=preferences.to_json(),
        )
        return result

    def _run(self, turn: TurnInput, state: ConversationState, preferences: Preferences, user_id: int,
             context: TurnContext) -> tuple[Reply, ConversationState, Preferences]:
        from retrieval.catalog import EmptyCatalogError

        lang = detect_language(turn.text) or state.language
        try:
            out = self._graph.invoke({"turn": turn, "conversation": state, "preferences": preferences}, context=context)
        except EmptyCatalogError as error:  # the page's line is in the message's language (no server path in it)
            log.error("chat turn without a catalogue: %s", error)
            reply = Reply(prompts.render(lang, "error_catalog"), "error")
            return reply, state.evolve(language=lang), preferences
        except Exception:  # noqa: BLE001 - the chat shows a friendly line; the log keeps the trace
            log.exception("chat turn failed")
            return Reply(prompts.render(lang, "error_internal"), "error"), state.evolve(language=lang), preferences
        if out.get("to_save") is not None:
            self._keep(user_id, out["to_save"])
        heard, brief = out.get("understanding"), out.get("brief")
        reply = without_dressing_down(out["reply"], (heard.event if heard else None) or (brief.occasion if brief else None))
        if reply.garment is None and out.get("garment") is not None:  # the photo read, whatever the action
            reply = replace(reply, garment=out["garment"])
        conversation = out["conversation"]
        if conversation.offered_change is None and (offer := change_offered(reply.quick_replies)):
            conversation = conversation.evolve(offered_change=offer)  # (a yes to it next takes it)
        return reply, conversation.remembering(state.looks), out["preferences"]

    def _keep(self, user_id: int, item: Item) -> None:
        self._repo.wardrobe.add(user_id=user_id, item=item.to_json(with_source=True), image=item.image)

    def history(self, user: str, conversation_id: int | None = None) -> list[MessageView]:
        """The messages of the user's current (or given) conversation, oldest first."""
        return self.conversation(user, conversation_id)[1]

    def conversation(self, user: str, conversation_id: int | None = None) -> tuple[int, list[MessageView]]:
        """The user's current (or given) conversation: its id and its messages, oldest first."""
        return self._repo.conversations.opened(name=user, conversation_id=conversation_id)

    def new_conversation(self, user: str) -> int:
        """A fresh conversation, remembering only the person's lasting preferences."""
        user_id = self._repo.user_id(user)
        lasting = Preferences.from_json(self._repo.conversations.preferences(user_id=user_id)).lasting()
        return self._repo.conversations.new_conversation(user_id=user_id, preferences=lasting.to_json())


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and value > 0 else None


def _wardrobe_item(wardrobe_id: int, item: dict[str, Any]) -> Item:
    """A garment of the person's wardrobe as an outfit item (source "wardrobe")."""
    return Item.from_json({**item, "id": f"wardrobe-{wardrobe_id}", "source": "wardrobe"})

"""UI event handlers: turn a chat turn into what the Blocks show. No gradio import here (testable)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import prompts
from app.cards import outfit_cards
from chains.explain import style_title
from chains.stylist import Stylist

log = logging.getLogger(__name__)
MAX_QUICK_REPLIES = 9


@dataclass(frozen=True)
class View:
    """Everything the page shows after an event."""

    messages: list[dict[str, Any]]
    cards_html: str
    gallery: list[str]
    quick_replies: list[str]
    notice: str = ""


def _message(role: str, text: str, image: str | None) -> dict[str, Any]:
    if image:
        content: Any = [{"path": image}, text] if text else {"path": image}
        return {"role": role, "content": content}
    return {"role": role, "content": text}


def _payload_language(payload: dict[str, Any]) -> str:
    from chains.extract import detect_language

    return detect_language(payload.get("reply", "")) or "en"


def _cards(payload: dict[str, Any]) -> str:
    lang = _payload_language(payload)
    outfits = payload.get("outfits") or []
    titles = [prompts.render(lang, "lookbook_caption", number=n, style_title=style_title(o["style"], lang))
              for n, o in enumerate(outfits, start=1)]
    sources = {s: prompts.label(lang, "source", s) for s in ("upload", "wardrobe", "catalog")}
    return outfit_cards(outfits, titles, sources)


class ChatHandlers:
    def __init__(self, stylist: Stylist) -> None:
        self.stylist = stylist

    def view(self, user: str, notice: str = "") -> View:
        """Rebuild the page from the database: what a reload or a restart shows too."""
        history = self.stylist.history(user)
        messages = [_message(m.role, m.text, m.image) for m in history]
        if notice:
            messages.append({"role": "assistant", "content": notice})
        last = next((m.payload for m in reversed(history) if m.role == "assistant" and m.payload), {})
        latest_looks = next((m.payload for m in reversed(history) if m.payload and m.payload.get("outfits")), {})
        return View(messages, _cards(latest_looks), list(latest_looks.get("images") or []),
                    list(last.get("quick_replies") or [])[:MAX_QUICK_REPLIES], notice)

    def send(self, user: str, text: str, image: str | None = None) -> View:
        user = (user or "").strip() or "local"
        try:
            result = self.stylist.turn(user, text, image)
        except Exception:  # noqa: BLE001 - the chat never shows a traceback
            log.exception("turn failed for a UI event")
            return self.view(user, prompts.render("en", "error_internal"))
        return self.view(user) if result.recorded else self.view(user, result.reply.text)

"""UI event handlers: turn a chat turn into what the Blocks show. No gradio import here (testable)."""

from __future__ import annotations

import contextvars
import logging
import queue
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import prompts
from app.cards import outfit_cards
from app.logs import request
from chains.actions import TurnEvents
from chains.explain import style_title
from chains.state import Reply
from chains.stylist import Stylist
from storage.repo import StorageError

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
    request_id: str = ""  # the turn's id in the logs, for a bug report
    looks: int = 0  # how many looks the latest answer shows (the Look picker offers that many)
    language: str = ""  # the conversation's language; "" before it has one (the visitor's then)

    @classmethod
    def only_a_line(cls, text: str) -> "View":
        """A page that shows one line from the stylist and nothing else (signed out, a fault)."""
        return cls([{"role": "assistant", "content": text}], "", [], [])


def _message(role: str, text: str, image: str | None) -> dict[str, Any]:
    if image:
        content: Any = [{"path": image}, text] if text else {"path": image}
        return {"role": role, "content": content}
    return {"role": role, "content": text}


def _language(text: str) -> str:
    from chains.extract import detect_language

    return detect_language(text) or "en"


def _payload_language(payload: dict[str, Any]) -> str:
    return _language(payload.get("reply", ""))


def _cards(payload: dict[str, Any]) -> str:
    lang = _payload_language(payload)
    outfits = payload.get("outfits") or []
    titles = [prompts.render(lang, "lookbook_caption", number=n, style_title=style_title(o["style"], lang))
              for n, o in enumerate(outfits, start=1)]
    sources = {s: prompts.label(lang, "source", s) for s in ("upload", "wardrobe", "catalog")}
    return outfit_cards(outfits, titles, sources)


class ChatHandlers:
    def __init__(self, stylist: Stylist, exports_dir: Path, font_path: Path | None = None) -> None:
        self.stylist = stylist
        self.exports_dir = exports_dir
        self.font_path = font_path

    def _latest_looks(self, user: str) -> dict[str, Any] | None:
        return next((m.payload for m in reversed(self.stylist.history(user)) if m.payload and m.payload.get("outfits")), None)

    def language(self, user: str, default: str = "en") -> str:
        """The language the conversation is held in (its latest reply's), for the page's own messages;
        `default` (the browser's) before it has one."""
        try:
            last = next((m.payload for m in reversed(self.stylist.history(user)) if m.role == "assistant" and m.payload), {})
        except StorageError:
            return default
        return _payload_language(last) if last else default

    def look(self, user: str, number: int) -> tuple[dict[str, Any], str | None] | None:
        """Look `number` (1-based) of the latest answer and its lookbook picture, or None."""
        looks = self._latest_looks(user) or {}
        outfits, images = looks.get("outfits") or [], looks.get("images") or []
        if not 1 <= int(number or 0) <= len(outfits):
            return None
        index = int(number) - 1
        return outfits[index], (images[index] if index < len(images) else None)

    def export(self, user: str) -> list[str]:
        """The latest answer's looks as one PDF (pictures, items, reasons) plus a PNG per look."""
        from diffusion.export import export_pdf, export_png

        user = (user or "").strip() or "local"
        looks = self._latest_looks(user)
        if not looks:
            return []
        folder = self.exports_dir / secrets.token_hex(8)
        images = [p for p in looks.get("images") or [] if Path(p).is_file()]
        pdf = export_pdf(looks["outfits"], images, folder / "lookbook.pdf", font_path=self.font_path,
                         lang=_payload_language(looks))
        return [str(pdf), *(str(p) for p in export_png(images, folder))]

    def send_stream(self, user: str, text: str, image: str | None = None, progress=None) -> Iterator[View]:
        """One chat turn as the page lives it: the reply's words and looks as soon as they are composed,
        then the whole answer with its lookbooks (a turn without looks yields the answer only)."""
        updates: queue.Queue[tuple[bool, View]] = queue.Queue()

        def early(view: View) -> None:
            updates.put((False, view))

        def work() -> None:
            # `send` answers every fault it knows; whatever else happens, the page gets a last view
            # (built without the database, which may be what failed) and never waits forever.
            final = View.only_a_line(prompts.render(_language(text), "error_internal"))
            try:
                final = self.send(user, text, image, progress, looks_ready=early)
            except Exception:  # noqa: BLE001 - logged; the page shows the line above
                log.exception("turn failed outside its handler")
            finally:
                updates.put((True, final))

        # The event's context travels with the turn (the page's progress bar is bound to it).
        threading.Thread(target=contextvars.copy_context().run, args=(work,), name="turn", daemon=True).start()
        while True:
            done, view = updates.get()
            yield view
            if done:
                return

    def preview(self, user: str, text: str, image: str | None, reply: Reply) -> View:
        """The page while the lookbooks are drawn: the stored conversation, this message, the reply's
        words and its looks' cards (no pictures yet)."""
        base = self.view(user)
        payload = {"reply": reply.text, "outfits": [o.to_json() for o in reply.outfits]}
        messages = [*base.messages, _message("user", text, image), _message("assistant", reply.text, None)]
        # No look to pick yet: saving or exporting acts on the recorded answer, which is still the last one.
        return replace(base, messages=messages, cards_html=_cards(payload), gallery=[], quick_replies=[],
                       looks=0, language=_payload_language(payload))

    def view(self, user: str, notice: str = "") -> View:
        """Rebuild the page from the database: what a reload or a restart shows too. While the
        database cannot be read, the page shows only the notice (or why it is empty)."""
        try:
            history = self.stylist.history(user)
        except StorageError:
            log.warning("history unavailable for the page", exc_info=True)
            return replace(View.only_a_line(notice or prompts.render("en", "error_storage")), notice=notice)
        messages = [_message(m.role, m.text, m.image) for m in history]
        if notice:
            messages.append({"role": "assistant", "content": notice})
        last = next((m.payload for m in reversed(history) if m.role == "assistant" and m.payload), {})
        latest_looks = next((m.payload for m in reversed(history) if m.payload and m.payload.get("outfits")), {})
        pictures = [p for p in latest_looks.get("images") or [] if Path(p).is_file()]  # retention may have run
        return View(messages, _cards(latest_looks), pictures,
                    list(last.get("quick_replies") or [])[:MAX_QUICK_REPLIES], notice,
                    looks=len(latest_looks.get("outfits") or []), language=_payload_language(last) if last else "")

    def send(self, user: str, text: str, image: str | None = None, progress=None,
             looks_ready: Callable[[View], None] | None = None) -> View:
        """One chat turn; `progress(done, total)` follows the lookbook renders (a UI progress bar) and
        `looks_ready` gets the page with the reply's words and looks before any lookbook is drawn."""
        user = (user or "").strip() or "local"
        on_looks = None if looks_ready is None else \
            (lambda reply: looks_ready(self.preview(user, text, image, reply)))
        with request("turn") as request_id:
            started = time.perf_counter()
            try:
                result = self.stylist.turn(user, text, image, events=TurnEvents(progress, on_looks))
            except StorageError:
                log.exception("turn not saved: the database is unavailable")
                return self.view(user, prompts.render(_language(text), "error_storage"))
            except Exception:  # noqa: BLE001 - the chat never shows a traceback
                log.exception("turn failed for a UI event")
                return self.view(user, prompts.render(_language(text), "error_internal"))
            log.info("turn answered: %s, %d looks, %.0f ms", result.reply.type, len(result.reply.outfits),
                     (time.perf_counter() - started) * 1000)
            view = self.view(user) if result.recorded else self.view(user, result.reply.text)
        return replace(view, request_id=request_id)

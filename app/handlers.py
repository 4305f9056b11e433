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
from chains.explain import style_title
from chains.state import Reply, StoredReply
from chains.stylist import MAX_TEXT_CHARS, Stylist
from chains.turn import TurnEvents
from storage.repo import MessageView, StorageError

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
    return prompts.detect_language(text) or "en"


def _replies(history: list[MessageView]) -> list[StoredReply]:
    return [StoredReply.from_payload(m.payload) for m in history if m.role == "assistant" and m.payload]


def _latest_looks(replies: list[StoredReply]) -> StoredReply | None:
    return next((r for r in reversed(replies) if r.outfits), None)


def _cards(looks: StoredReply | None) -> str:
    if looks is None:
        return ""
    lang = looks.language
    titles = [prompts.render(lang, "lookbook_caption", number=n, style_title=style_title(o["style"], lang))
              for n, o in enumerate(looks.outfits, start=1)]
    sources = {s: prompts.label(lang, "source", s) for s in ("upload", "wardrobe", "catalog")}
    return outfit_cards(list(looks.outfits), titles, sources)


def _view_of(history: list[MessageView], notice: str = "") -> View:
    """The page for a conversation's messages (plus a line from the stylist that was not saved)."""
    messages = [_message(m.role, m.text, m.image) for m in history]
    if notice:
        messages.append({"role": "assistant", "content": notice})
    return _page(messages, _replies(history), notice)


def _view_with_turn(before: list[MessageView], text: str, image: str | None, reply: Reply, language: str) -> View:
    """The page with a turn added to the history read before it: its two messages and its typed
    reply as they are (never read back from what was saved)."""
    messages = [*(_message(m.role, m.text, m.image) for m in before), _message("user", text, image),
                _message("assistant", reply.text, None)]
    return _page(messages, [*_replies(before), StoredReply.of(reply, language)])


def _page(messages: list[dict[str, Any]], replies: list[StoredReply], notice: str = "") -> View:
    """The page for these messages: the latest answer's looks, pictures and quick replies."""
    last, looks = (replies[-1] if replies else None), _latest_looks(replies)
    pictures = [p for p in (looks.images if looks else ()) if Path(p).is_file()]  # retention may have run
    return View(messages, _cards(looks), pictures, list(last.quick_replies if last else ())[:MAX_QUICK_REPLIES],
                notice, looks=len(looks.outfits) if looks else 0, language=last.language if last else "")


class ChatHandlers:
    def __init__(self, stylist: Stylist, exports_dir: Path, font_path: Path | None = None) -> None:
        self.stylist = stylist
        self.exports_dir = exports_dir
        self.font_path = font_path

    def _latest_looks(self, user: str) -> StoredReply | None:
        return _latest_looks(_replies(self.stylist.history(user)))

    def language(self, user: str, default: str = "en") -> str:
        """The language the conversation is held in (its latest reply's), for the page's own messages;
        `default` (the browser's) before it has one."""
        try:
            replies = _replies(self.stylist.history(user))
        except StorageError:
            return default
        return replies[-1].language if replies else default

    def look(self, user: str, number: int) -> tuple[dict[str, Any], str | None] | None:
        """Look `number` (1-based) of the latest answer and its lookbook picture, or None."""
        looks = self._latest_looks(user)
        if looks is None or not 1 <= int(number or 0) <= len(looks.outfits):
            return None
        index = int(number) - 1
        return looks.outfits[index], (looks.images[index] if index < len(looks.images) else None)

    def export(self, user: str) -> list[str]:
        """The latest answer's looks as one PDF (pictures, items, reasons) plus a PNG per look."""
        from diffusion.export import export_pdf, export_png

        user = (user or "").strip() or "local"
        looks = self._latest_looks(user)
        if not looks:
            return []
        folder = self.exports_dir / secrets.token_hex(8)
        images = [p for p in looks.images if Path(p).is_file()]
        pdf = export_pdf(list(looks.outfits), images, folder / "lookbook.pdf", font_path=self.font_path,
                         lang=looks.language)
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

    def preview(self, history: list[MessageView], text: str, image: str | None, reply: Reply, language: str) -> View:
        """The page while the lookbooks are drawn: the conversation, this message, the reply's words
        and its looks' cards (no pictures yet)."""
        # No look to pick yet: saving or exporting acts on the recorded answer, which is still the last one.
        return replace(_view_with_turn(history, text, image, reply, language), gallery=[], quick_replies=[], looks=0)

    def view(self, user: str, notice: str = "") -> View:
        """Rebuild the page from the database: what a reload or a restart shows too. While the
        database cannot be read, the page shows only the notice (or why it is empty)."""
        try:
            history = self.stylist.history(user)
        except StorageError:
            log.warning("history unavailable for the page", exc_info=True)
            return replace(View.only_a_line(notice or prompts.render("en", "error_storage")), notice=notice)
        return _view_of(history, notice)

    def send(self, user: str, text: str, image: str | None = None, progress=None,
             looks_ready: Callable[[View], None] | None = None) -> View:
        """One chat turn; `progress(done, total)` follows the lookbook renders (a UI progress bar) and
        `looks_ready` gets the page with the reply's words and looks before any lookbook is drawn."""
        user = (user or "").strip() or "local"
        with request("turn") as request_id:
            started = time.perf_counter()
            try:
                conversation_id, before = self.stylist.conversation(user)  # the turn goes on in this one
                on_looks = None if looks_ready is None else \
                    (lambda reply, language: looks_ready(self.preview(before, text, image, reply, language)))
                result = self.stylist.turn(user, text, image, conversation_id, events=TurnEvents(progress, on_looks))
            except StorageError:
                log.exception("turn not saved: the database is unavailable")
                return self.view(user, prompts.render(_language(text), "error_storage"))
            except Exception:  # noqa: BLE001 - the chat never shows a traceback
                log.exception("turn failed for a UI event")
                return self.view(user, prompts.render(_language(text), "error_internal"))
            log.info("turn answered: %s, %d looks, %.0f ms", result.reply.type, len(result.reply.outfits),
                     (time.perf_counter() - started) * 1000)
            garment = result.reply.garment  # (the photo as the history keeps it)
            view = _view_with_turn(before, text.strip()[:MAX_TEXT_CHARS], garment.path if garment else None,
                                   result.reply, result.language) if result.recorded \
                else _view_of(before, result.reply.text)
        return replace(view, request_id=request_id)

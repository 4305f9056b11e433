"""The page hears a turn in two steps: the reply's words and looks as soon as they are composed, then
the lookbooks once drawn; a slow drawing (SDXL on a GPU takes seconds a look) keeps nobody waiting."""

from __future__ import annotations

import threading
from pathlib import Path

from diffusion.collage import CollageRenderer


class GatedCollage(CollageRenderer):
    """Draws only once the test opens the gate, as a slow renderer would."""

    def __init__(self, out_dir: Path) -> None:
        super().__init__(out_dir)
        self.gate = threading.Event()

    def render(self, request):
        assert self.gate.wait(60), "the test never let the drawing start"
        return super().render(request)


def test_the_reply_and_its_looks_show_before_the_lookbooks_are_drawn(chat_handlers, app_settings, tmp_path):
    renderer = GatedCollage(tmp_path)
    chat = chat_handlers(app_settings, renderer=renderer)
    stream = chat.send_stream("eager", "minimal date look for women")
    first = next(stream)  # the renderer is still waiting at its gate
    assert first.cards_html.count('class="look"') == 3
    assert first.gallery == [] and first.quick_replies == []
    assert first.looks == 0  # nothing to save or export until the answer is recorded with its pictures
    assert first.messages[-2] == {"role": "user", "content": "minimal date look for women"}
    assert "date" in first.messages[-1]["content"]
    renderer.gate.set()
    final = next(stream)
    assert len(final.gallery) == 3 and all(Path(p).is_file() for p in final.gallery)
    assert final.cards_html == first.cards_html and final.quick_replies and final.looks == 3
    assert next(stream, None) is None
    assert [m["role"] for m in chat.view("eager").messages] == ["user", "assistant"]  # recorded once


def test_a_turn_without_looks_is_one_answer(chat_handlers, app_settings):
    views = list(chat_handlers(app_settings).send_stream("curious", "hello"))
    assert len(views) == 1 and views[0].looks == 0 and views[0].messages[-1]["role"] == "assistant"


def test_a_turn_that_fails_past_its_handler_still_ends_the_wait(chat_handlers, app_settings, monkeypatch):
    chat = chat_handlers(app_settings)

    def database_gone(*args, **kwargs):
        raise RuntimeError("the page cannot be read back")

    monkeypatch.setattr(chat, "view", database_gone)
    views: list = []
    worker = threading.Thread(target=lambda: views.extend(chat.send_stream("unlucky", "hello")), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the page would wait forever"
    assert views and views[-1].messages[-1]["role"] == "assistant" and views[-1].messages[-1]["content"]

"""The page after a turn is built from the turn's result, not read back: it must be what a reload shows."""

from __future__ import annotations

from dataclasses import astuple, replace


def _seen(view):
    return astuple(replace(view, request_id="", notice=""))


def test_the_page_after_each_turn_is_what_a_reload_shows(chat_handlers, app_settings, navy_shirt_photo) -> None:
    chat = chat_handlers(app_settings)
    for text, photo in (("minimal date look for women", None), ("좀 더 캐주얼하게", None),
                        ("what goes with this?", str(navy_shirt_photo)), ("save it to my wardrobe", None)):
        after = chat.send("rhea", text, photo)
        assert _seen(after) == _seen(chat.view("rhea")), text
    assert after.language == "en" and after.looks == 3


def test_a_photo_sent_with_any_request_stays_in_the_persons_message(chat_handlers, app_settings, navy_shirt_photo):
    chat = chat_handlers(app_settings)
    chat.send("ivo", "minimal date look for men")
    after = chat.send("ivo", "something warmer", str(navy_shirt_photo))  # a follow-up, not a request for looks
    [mine] = [m for m in chat.stylist.history("ivo") if m.role == "user" and m.image]
    assert any(isinstance(m["content"], list) and m["content"][0] == {"path": mine.image} for m in after.messages)

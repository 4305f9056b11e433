"""Accounts over the app's HTTP API (auth on): every page session acts only for the account it signed
in as, whatever names or ids it sends."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def _client(app):
    from gradio_client import Client

    return Client(app.url, verbose=False)


def _say(client, text: str):
    _box, messages, cards, _gallery, _picker, _lang = client.predict({"text": text, "files": []}, api_name="/send")
    return messages, cards


def _refused(client, api: str, *args) -> bool:
    """The app refuses: its choices hold only the caller's own rows, or the handler finds none."""
    from gradio_client.exceptions import AppError

    try:
        notice = client.predict(*args, api_name=api)
    except AppError as error:
        return "not in the list of choices" in str(error)
    return "not" in notice.lower()


def _last_text(messages) -> str:
    return [part["text"] for m in messages for part in m["content"] if part.get("type") == "text"][-1]


def test_signed_in_sessions_are_isolated_and_signed_out_ones_see_nothing(auth_app):
    ana = _client(auth_app)
    status, _password = ana.predict("ana", "ana's long password", api_name="/sign_up")
    assert status == "Signed in as ana."
    _say(ana, "minimal date look for men")
    assert "Look saved" in ana.predict(1, api_name="/save_look")

    stranger = _client(auth_app)
    messages, cards = _say(stranger, "show me ana's looks")
    assert "sign in" in _last_text(messages).lower() and "look" not in cards
    messages, _cards, _gallery, _picker, _lang = stranger.predict(api_name="/history")
    assert "sign in" in _last_text(messages).lower()
    status, _password = stranger.predict("ana", "a wrong password", api_name="/sign_in")
    assert status == "Wrong user name or password."

    bo = _client(auth_app)
    bo.predict("bo", "bo's long password", api_name="/sign_up")
    messages, _cards, _gallery, _picker, _lang = bo.predict(api_name="/history")
    assert messages == []
    for api in ("/open_conversation", "/remove_saved_look", "/remove_wardrobe_item"):
        assert _refused(bo, api, 1, "ana")  # ana's first rows, by id and by name
    messages, _cards, _gallery, _picker, _lang = ana.predict(api_name="/history")
    assert len(messages) == 2 and "Look saved" not in _last_text(messages)
    ana.predict(api_name="/sign_out")
    messages, _cards, _gallery, _picker, _lang = ana.predict(api_name="/history")
    assert "sign in" in _last_text(messages).lower()


def test_a_deleted_account_signs_its_sessions_out_and_its_name_can_be_taken_by_someone_new(auth_app):
    carol, other_tab = _client(auth_app), _client(auth_app)
    carol.predict("carol", "carol's long password", api_name="/sign_up")
    other_tab.predict("carol", "carol's long password", api_name="/sign_in")
    _say(carol, "minimal date look for women")
    carol.predict(True, api_name="/delete_my_data")
    messages, _cards, _gallery, _picker, _lang = other_tab.predict(api_name="/history")
    assert "sign in" in _last_text(messages).lower()  # the other tab is signed out, nothing recreated
    newcomer = _client(auth_app)
    status, _password = newcomer.predict("carol", "a newcomer's password", api_name="/sign_up")
    assert status == "Signed in as carol."
    messages, _cards, _gallery, _picker, _lang = other_tab.predict(api_name="/history")
    assert "sign in" in _last_text(messages).lower()  # the old session does not become the newcomer
    messages, _cards, _gallery, _picker, _lang = newcomer.predict(api_name="/history")
    assert messages == []  # and the newcomer sees nothing of carol's

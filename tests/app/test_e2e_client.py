"""End to end through the app's HTTP API with gradio_client, as a script or another app would use it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def send(client, text, photo=None, user="e2e"):
    from gradio_client import handle_file

    files = [handle_file(str(photo))] if photo else []
    _box, messages, cards, gallery = client.predict({"text": text, "files": files}, user, api_name="/send")
    return messages, cards, gallery or []


def texts(messages):
    return [part["text"] for m in messages for part in m["content"] if part.get("type") == "text"]


def test_three_turns_with_a_photo_upload_then_a_restart(running_app, navy_shirt_photo):
    from gradio_client import Client

    client = Client(running_app.url, verbose=False)
    messages, cards, gallery = send(client, "I need an outfit")
    assert "occasion" in texts(messages)[-1]
    assert not gallery

    messages, cards, gallery = send(client, "a date, minimal")
    assert cards.count('class="look"') == 3
    assert len(gallery) == 3  # one collage lookbook per outfit

    messages, cards, gallery = send(client, "what goes with this?", navy_shirt_photo)
    assert "what kind of garment" in texts(messages)[-1].lower()
    assert any(part.get("type") == "file" for m in messages for part in m["content"])  # the photo shows in the chat

    messages, cards, gallery = send(client, "Shirt")
    assert cards.count('class="look"') >= 3
    assert cards.count("Your piece") == cards.count('class="look"')  # the upload is in every look

    pdf, *pngs = client.predict("e2e", api_name="/export")
    assert pdf.endswith(".pdf") and open(pdf, "rb").read(5) == b"%PDF-"
    assert len(pngs) == cards.count('class="look"') and all(p.endswith(".png") for p in pngs)

    running_app.restart()
    client = Client(running_app.url, verbose=False)
    messages, cards, gallery = client.predict("e2e", api_name="/history")
    assert len(messages) == 8 and cards.count('class="look"') >= 3


def test_users_see_only_their_own_conversation(running_app):
    from gradio_client import Client

    client = Client(running_app.url, verbose=False)
    send(client, "street style for a party", user="ana")
    messages, _cards, _gallery = client.predict("ben", api_name="/history")
    assert messages == []

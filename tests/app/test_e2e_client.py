"""End to end through the app's HTTP API with gradio_client, as a script or another app would use it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def send(client, text, photo=None):
    from gradio_client import handle_file

    files = [handle_file(str(photo))] if photo else []
    _box, messages, cards, gallery, _picker, _lang = client.predict({"text": text, "files": files}, api_name="/send")
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

    (pdf, *pngs), said = client.predict(api_name="/export")
    assert "ready" in said
    assert pdf.endswith(".pdf") and open(pdf, "rb").read(5) == b"%PDF-"
    assert len(pngs) == cards.count('class="look"') and all(p.endswith(".png") for p in pngs)

    running_app.restart()
    client = Client(running_app.url, verbose=False)
    messages, cards, gallery, _picker, _lang = client.predict(api_name="/history")
    assert len(messages) == 8 and cards.count('class="look"') >= 3


def test_export_and_the_look_picker_follow_what_is_on_screen(running_app):
    from gradio_client import Client

    client = Client(running_app.url, verbose=False)
    files, said = client.predict(api_name="/export")
    assert not files and "no looks to export" in said  # says why, beside the button
    *_, picker, _lang = client.predict(api_name="/history")
    assert picker["interactive"] is False  # no looks: nothing to pick
    from gradio_client.exceptions import AppError

    _box, _messages, cards, _gallery, picker, _lang = client.predict({"text": "minimal date look for men", "files": []},
                                                              api_name="/send")
    assert [value for _label, value in picker["choices"]] == list(range(1, cards.count('class="look"') + 1))
    try:  # three looks on screen: a sixth is refused, by the picker or by the handler
        refused = "no such look" in client.predict(6, api_name="/save_look").lower()
    except AppError as error:
        refused = "not in the list of choices" in str(error)
    assert refused
    assert "saved" in client.predict(3, api_name="/save_look").lower()


def test_the_page_acts_for_its_one_private_space_and_names_no_other(running_app, app_settings):
    """Without accounts the page has one private space: nothing it sends can reach another profile
    (one made by `stylist chat --user ana` on the same data)."""
    from gradio_client import Client

    from app.wiring import agent_services, build_catalog
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    others = Stylist(agent_services(app_settings, build_catalog(app_settings)),
                     Repository(make_engine(app_settings.resolved_database_url)))
    others.turn("ana", "street style for a party, I'm 170 cm and 60 kg")
    client = Client(running_app.url, verbose=False)
    messages, _cards, _gallery, _picker, _lang = client.predict(api_name="/history")
    assert messages == []
    send_api = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/send"]
    assert len(send_api["parameters"]) == 1  # the message only: no profile name to type
    messages, _cards, _gallery = send(client, "street style for a party")
    assert "170" not in str(messages) and len(messages) == 2


def test_the_pages_own_messages_follow_the_conversations_language(running_app):
    from gradio_client import Client

    client = Client(running_app.url, verbose=False)
    client.predict(api_name="/new_conversation")
    _box, _messages, cards, _gallery, _picker, lang = client.predict({"text": "안녕하세요", "files": []}, api_name="/send")
    assert lang == "ko"  # the page's labels follow it
    assert isinstance(cards, str)  # the API hands out text, not the page's translation keys
    files, said = client.predict(api_name="/export")
    assert not files and "내보낼 코디가 없어요" in said

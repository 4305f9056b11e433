"""What a visitor reads comes from prompts/ in their language: the empty chat's example prompts follow
the page's language (and each still starts a turn that answers), and the saved-look and wardrobe
lists name styles, colours and kinds in the conversation's language, never as internal values."""

from __future__ import annotations

import pytest

import prompts

OWNER = "local"  # the one person of a page without accounts (Settings.default_user)


@pytest.fixture
def page(app_settings):
    from app.ui import StylistPage
    from app.wiring import build_services

    return StylistPage(build_services(app_settings))


def _said(messages: list[dict]) -> str:
    return str(messages[-1]["content"]) if messages and messages[-1]["role"] == "assistant" else ""


def _examples_shown(page, lang: str) -> list[str]:
    """The examples an empty chat shows: the page's load (or a new conversation) says the page's language,
    whose change swaps the examples (app/ui.py wires one to the other)."""
    from app.ui import welcome_in

    said_in = page.restore(None, lang)[-1]
    return [example["text"] for example in welcome_in(said_in)["examples"]]


@pytest.mark.parametrize("lang", prompts.LANGUAGES)
def test_the_welcome_examples_follow_the_pages_language_and_each_answers(page, lang) -> None:
    examples = _examples_shown(page, lang)
    assert examples == prompts.choices(lang, "welcome") and len(examples) == 3
    assert all(prompts.detect_language(text) == lang for text in examples)
    failures = {prompts.render(lang, "error_internal"), prompts.render(lang, "error_storage")}
    for text in examples:
        *_, shown = page.quick(text, None, None, lang)  # what clicking an example runs
        messages = shown[0]
        assert messages[0] == {"role": "user", "content": text}
        answer = _said(messages)
        assert answer and answer not in failures and prompts.detect_language(answer) == lang, answer
        page.start_new(None, lang)
        assert _examples_shown(page, lang) == examples  # a new, empty chat shows them again


def test_the_examples_follow_the_conversations_language_then_the_browsers_again(page) -> None:
    *_, shown = page.quick("데이트룩 추천해줘", None, None, "en")
    assert _said(shown[0])
    assert _examples_shown(page, "en") == prompts.choices("ko", "welcome")  # the conversation's language
    page.start_new(None, "en")
    assert _examples_shown(page, "en") == prompts.choices("en", "welcome")  # a new one: the browser's again


def _korean_shopper(page) -> dict:
    """A person on an English browser who chats in Korean, saves a look and keeps two garments (one
    of a kind the vocabulary lacks)."""
    *_, shown = page.quick("남자 미니멀 데이트룩 추천해줘", None, None, "en")
    assert page.handlers.language(OWNER) == "ko", _said(shown[0])
    look, image = page.handlers.look(OWNER, 1)
    assert look["style"] == "minimal" and image
    page.panels.looks.save(OWNER, look, image)
    repo = page.services.repository
    user_id = repo.user_id(OWNER)
    jeans = repo.wardrobe.add(user_id=user_id, item={"kind": "jeans", "color": "Navy Blue", "color_family": "navy",
                                                     "image": image}, image=None)
    odd = repo.wardrobe.add(user_id=user_id, item={"kind": "spacesuit", "color": "Off White"}, image=None)
    return {"look": page.panels.looks.saved(OWNER)[0].id, "jeans": jeans, "odd": odd}


def test_saved_looks_and_wardrobe_read_in_the_conversations_language(page) -> None:
    mine = _korean_shopper(page)
    saved_gallery, saved_pick, _, _, wardrobe_gallery, wardrobe_pick = page.refresh(None, "en")[:6]
    look = f"#{mine['look']}"
    assert saved_gallery[0][1] == f"{look} 미니멀"
    [(caption, _)] = saved_pick["choices"]
    assert caption.startswith(f"{look} 미니멀 — ") and "minimal" not in caption
    assert wardrobe_gallery == [(wardrobe_gallery[0][0], f"#{mine['jeans']} 네이비 청바지")]
    assert [c for c, _ in wardrobe_pick["choices"]] == [f"#{mine['jeans']} 네이비 청바지",
                                                        f"#{mine['odd']} {prompts.label('ko', 'shade', 'off white')} 옷"]


def test_the_same_lists_read_in_english_for_an_english_conversation(page) -> None:
    mine = _korean_shopper(page)
    saved_gallery, saved_pick, _, _, _, wardrobe_pick = page.views.all(OWNER, "en")[:6]
    assert saved_gallery[0][1] == f"#{mine['look']} Minimal"
    assert [c for c, _ in wardrobe_pick["choices"]] == [f"#{mine['jeans']} navy jeans",
                                                        f"#{mine['odd']} off-white garment"]

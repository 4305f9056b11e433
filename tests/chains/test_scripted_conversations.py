"""At least 30 scripted conversations (EN and KO, photos mid-conversation, follow-ups) run through the
same agent `stylist chat --json` uses and checked against its contract (tests/chains/contract.py)."""

from __future__ import annotations

import pytest

from contract import check_conversation
from garment_photos import draw_garment

PHOTOS = {"navy": (28, 38, 70), "red": (190, 30, 40), "white": (250, 250, 250)}

CONVERSATIONS = [
    ("vague then date minimal men", ["I need an outfit", "for a date, minimal style, men"], {"gender": "men", "questions": 1}),
    ("vague then quick reply", ["I need an outfit", "Date"], {"questions": 1}),
    ("vague then shrug gets defaults", ["I need an outfit", "whatever you think"], {"questions": 1}),
    ("occasion only", ["What should I wear to work? I'm a man"], {"gender": "men", "questions": 0}),
    ("style only", ["show me street style looks for women"], {"gender": "women", "questions": 0}),
    ("interview winter", ["a job interview in winter, men"], {"gender": "men", "season": "winter"}),
    ("summer travel", ["summer travel outfits for women"], {"gender": "women", "season": "summer"}),
    ("avoid colours", ["casual looks for women, no black and no white"], {"gender": "women", "avoid": ["black", "white"]}),
    ("wanted colour", ["a navy look for a date, men"], {"gender": "men", "colors": ["navy"]}),
    ("chinos", ["minimal outfits with chinos for men"], {"gender": "men", "kinds": ["trousers"]}),
    ("sneakers", ["casual date look with sneakers, women"], {"gender": "women", "kinds": ["sneakers"]}),
    ("dress", ["a dress for a wedding"], {"kinds": ["dress"], "gender": "women", "questions": 0}),
    ("jacket", ["street look with a jacket, men"], {"gender": "men", "kinds": ["jacket"]}),
    ("budget", ["classic work looks under 50k won, women"], {"gender": "women", "budget": 50_000}),
    ("greeting then ask", ["hello", "I need an outfit for a party", "men"], {"questions": 1, "gender": "men"}),
    ("show me more", ["minimal date look for men", "show me more"], {"gender": "men"}),
    ("change style", ["minimal date look for men", "casual instead"], {"gender": "men"}),
    ("add avoid later", ["minimal looks, women", "no grey please"], {"gender": "women", "avoid": ["grey"]}),
    ("photo asks kind", ["I need an outfit for work, men", ("what goes with this?", "navy"), "Shirt"],
     {"gender": "men", "upload": True, "questions": 1}),
    ("photo kind in text", [("what goes with these jeans?", "navy"), "men"], {"gender": "men", "upload": True,
                                                                           "questions": 1}),
    ("photo then men", [("what goes with this shirt?", "white"), "for a date, men"], {"gender": "men", "upload": True}),
    ("photo unknown twice", [("what goes with this?", "red"), "no idea"], {"questions": 1}),
    ("photo red skirt women", [("how do I style this skirt? women", "red")], {"gender": "women", "upload": True}),
    ("ko date", ["데이트룩 추천해줘", "여성복"], {"questions": 1, "gender": "women"}),
    ("ko vague then answer", ["코디 추천해줘", "출근룩, 남자"], {"gender": "men", "questions": 1}),
    ("ko minimal men", ["데이트룩 추천해줘", "미니멀, 남자"], {"gender": "men"}),
    ("ko avoid", ["검정 말고 캐주얼하게, 여자"], {"gender": "women", "avoid": ["black"]}),
    ("ko slacks", ["슬랙스로 면접룩, 남성"], {"gender": "men", "kinds": ["trousers"]}),
    ("ko winter", ["겨울 데일리룩 여자"], {"gender": "women", "season": "winter"}),
    ("ko photo", ["남자 데일리룩", ("이거랑 어울리는 코디", "navy"), "셔츠"], {"gender": "men", "upload": True}),
    ("ko more", ["스트릿 여자 코디", "더 보여줘"], {"gender": "women"}),
    ("mixed scripts", ["미니멀 style for a date, men"], {"gender": "men"}),
    ("swap shoes", ["minimal date look for men", "swap the shoes"], {"gender": "men"}),
    ("no sneakers", ["casual looks for women", "no sneakers"], {"gender": "women", "no_kinds": ["sneakers"]}),
    ("warmer", ["summer looks for men", "something warmer"], {"gender": "men"}),
    ("less formal", ["classic work looks for women", "less formal please"], {"gender": "women"}),
    ("like number two", ["minimal date look for men", "another one like #2"], {"gender": "men"}),
    ("ko no sneakers", ["남자 캐주얼 코디", "운동화 말고"], {"gender": "men", "no_kinds": ["sneakers"]}),
    ("ko swap top", ["여자 미니멀 코디", "다른 상의로 바꿔줘"], {"gender": "women"}),
]


@pytest.fixture(scope="module")
def stylist(app_data_dir, tmp_path_factory):
    from app.settings import Settings
    from app.wiring import build_services

    db = tmp_path_factory.mktemp("conversations") / "stylist.db"
    return build_services(Settings(data_dir=app_data_dir, database_url=f"sqlite:///{db}",
                                   kind_confidence_threshold=1.0)).stylist


def test_there_are_at_least_thirty_conversations_in_both_languages():
    assert len(CONVERSATIONS) >= 30
    assert any(any("\uac00" <= ch <= "\ud7a3" for t in turns for ch in str(t)) for _, turns, _ in CONVERSATIONS)


@pytest.mark.parametrize(("name", "turns", "expect"), CONVERSATIONS, ids=[c[0] for c in CONVERSATIONS])
def test_conversation_keeps_the_contract(name, turns, expect, stylist, tmp_path):
    user = f"user-{name}"
    replies = []
    for turn in turns:
        text, colour = turn if isinstance(turn, tuple) else (turn, None)
        photo = str(draw_garment(tmp_path / f"{colour}.jpg", PHOTOS[colour])) if colour else None
        replies.append(stylist.turn(user, text, photo).to_json())
    check_conversation(replies, expect)


def test_swapping_the_shoes_keeps_everything_else(stylist):
    first = stylist.turn("swapper", "minimal date look for men").to_json()
    second = stylist.turn("swapper", "swap the shoes").to_json()
    assert second["type"] == "outfits" and len(second["outfits"]) == len(first["outfits"])
    for before, after in zip(first["outfits"], second["outfits"]):
        rest = lambda o: {i["id"] for i in o["items"] if i["slot"] != "shoes"}  # noqa: E731
        shoes = lambda o: {i["id"] for i in o["items"] if i["slot"] == "shoes"}  # noqa: E731
        assert rest(before) == rest(after)
        assert shoes(before) != shoes(after)


def test_less_formal_moves_down_the_formality_scale(stylist):
    stylist.turn("relaxer", "classic work looks for women")
    reply = stylist.turn("relaxer", "less formal").to_json()
    assert {o["style"] for o in reply["outfits"]} == {"minimal"}
    assert reply["preferences"]["style"] == "minimal"

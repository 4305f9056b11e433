"""What people say in passing, the way they type it: chat shorthand for no ("검정 ㄴㄴ"), an English style word
with a Korean ending ("minimal하게"), "go back to the first ones", a pairing asked without a verb, a dress
code asked about, "no logos"."""

from __future__ import annotations

import pytest

from chains.exclusions import is_of_kind
from chains.extract import extract
from domain.items import Item


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


@pytest.mark.parametrize(("text", "avoided"), [
    ("검정 ㄴㄴ 요즘 검정만 입어서 질림", ("black",)),
    ("블랙 ㄴㄴ", ("black",)),
    ("빨강이 좀 부담스러운데", ("red",)),
])
def test_korean_shorthand_for_no_rules_the_colour_out(text, avoided):
    heard = extract(text)
    assert heard.preferences.avoid_colors == avoided and not heard.preferences.colors


@pytest.mark.parametrize(("text", "style", "followups"), [
    ("좀더 minimal하게 ㄱㄱ 장식 넘 많아", "minimal", frozenset()),
    ("less sporty", None, frozenset({"more_formal"})),
    ("can you add a jacket too", None, frozenset({"layer"})),
])
def test_ordinary_follow_up_phrasings_are_heard(text, style, followups):
    heard = extract(text)
    assert heard.preferences.style == style and heard.followups == followups


def test_she_does_not_wear_sleeveless_keeps_arms_covered():
    heard = extract("she doesnt wear sleeveless")
    assert heard.feel.covered and "tank" in heard.avoid_kinds and "tank" not in heard.preferences.kinds


@pytest.mark.parametrize(("text", "which"), [
    ("hmm go back to the first ones, #1 from the very first set was the best", "first"),
    ("처음에 보여주신 것 중 2번에 운동화 신어도 될까요?", "first"),
    ("아까 2번이 나았어", "previous"),
    ("show me the first one in navy", None),  # a look on screen, not an earlier set
])
def test_looks_shown_before_are_told_apart_from_those_on_screen(text, which):
    assert extract(text).earlier_set == which


def test_going_back_to_the_first_looks_shows_them_again_and_changes_the_one_asked(services):
    first = say(services, "work outfits for a bank, summer, women", "recall")
    say(services, "more relaxed pls", "recall")
    again = say(services, "go back to the first ones", "recall")
    assert [o["items"] for o in again["outfits"]] == [o["items"] for o in first["outfits"]], again["reply"]
    changed = say(services, "#1 but no black", "recall")  # the first look, not the relaxed one on screen before
    kept = {i["id"] for i in changed["outfits"][0]["items"]} & {i["id"] for i in first["outfits"][0]["items"]}
    assert kept and not [i for i in changed["outfits"][0]["items"] if i["color_family"] == "black"], changed["reply"]


@pytest.mark.parametrize(("text", "title"), [
    ("what is smart casual", "Smart casual"),
    ("invite also says cocktail attire, what does that even mean for men?", "Cocktail attire"),
    ("비즈니스 캐주얼이 뭐야?", "비즈니스 캐주얼"),
])
def test_a_dress_code_asked_about_is_explained(services, text, title):
    reply = say(services, text, f"code-{len(text)}")
    assert reply["type"] == "answer" and reply["reply"].startswith(title), reply["reply"]


def test_a_pairing_asked_without_a_verb_is_answered():
    assert extract("what shoes with a navy suit").question == "pairing"


@pytest.mark.parametrize(("name", "slot", "logo"), [
    ("Nike Men Air Force 1 White Shoes", "shoes", True),
    ("Status Quo Men Printed Blue Jackets", "outerwear", True),
    ("Myntra Men Solid Navy Blue Sweatshirt", "top", False),
    ("Titan Men Black Watch", "accessory", False),
])
def test_no_logos_leaves_out_what_names_say_carries_one(name, slot, logo):
    assert "logo" in extract("로고 있는 건 제외해줘").avoid_kinds
    item = Item(id=name, name=name, kind="jacket", slot=slot, color="Navy Blue", color_family="navy", gender="men")
    assert is_of_kind(item, ("logo",)) == logo

"""Round twenty-nine: a piece offered for the looks on screen ("what about loafers?", "로퍼는 어때요?") is put on
them, not a new brief; a swap into a kind keeps the looks when no piece of it suits them, and says so; one of a
couple's looks restyled ("make his more casual") leaves the other's as they were; "can my husband wear shorts?" is
a yes or no about his shorts."""

from __future__ import annotations

import pytest

from chains.bare_piece import asks_for_the_piece_alone
from chains.extract import extract
from tests.chains.talk import ids, say


def _for(look: dict) -> str:
    """Whose look: the gender of its pieces that are not unisex."""
    return next((i["gender"] for i in look["items"] if i["gender"] in ("men", "women")), "unisex")


@pytest.mark.parametrize("text", ["can my husband wear shorts?", "should my husband wear a tie?",
                                  "is it ok if my husband wears shorts?", "can he wear shorts?"])
def test_whether_they_may_wear_a_piece_is_a_yes_or_no_about_it(text):
    heard = extract(text)
    assert heard.kinds and heard.question == "yesno"


def test_what_they_will_wear_is_still_theirs_and_not_on_the_looks():
    heard = extract("not red, my husband will 100% wear a red tie")
    assert "tie" not in heard.kinds


@pytest.mark.parametrize(("text", "offered"), [
    ("what about loafers?", True), ("how about a denim jacket instead?", True), ("add a denim jacket", True),
    ("로퍼는 어때요?", True), ("can you add a cardigan to them", True), ("so what about white sneakers", True),
    ("what about loafers for the wedding?", False), ("how about something warmer?", False),
    ("what about the weather?", False)])
def test_a_piece_offered_alone_is_told_from_a_new_brief(text, offered):
    assert asks_for_the_piece_alone(text) is offered


def _shoes_apart(look: dict) -> list[str]:
    return sorted(i["id"] for i in look["items"] if i["slot"] != "shoes")


@pytest.mark.parametrize(("first", "offer"), [("casual weekend look for men", "what about loafers?"),
                                              ("남자 주말 캐주얼룩 추천해줘", "로퍼는 어때요?")])
def test_shoes_offered_for_the_looks_change_the_shoes_and_nothing_else(services, first, offer):
    before = say(services, first, f"offer-{offer}")
    after = say(services, offer, f"offer-{offer}")
    assert after["type"] == "outfits" and len(after["outfits"]) == len(before["outfits"]) == 3
    # (the rest of each look stays: the shoes are traded where a pair suits, never whole new looks)
    assert [_shoes_apart(o) for o in after["outfits"]] == [_shoes_apart(o) for o in before["outfits"]]


@pytest.mark.parametrize(("first", "swap", "kind"), [("남자 출근룩 추천해줘 미니멀", "가디건으로 바꿔줘", "cardigan"),
                                                     ("minimal office look for men", "make them cardigans", "cardigan"),
                                                     ("casual look for women", "change them to dresses", "dress")])
def test_a_look_changed_into_a_kind_wears_it_or_stays_and_the_reply_says_so(services, first, swap, kind):
    before = say(services, first, f"into-{swap}")
    after = say(services, swap, f"into-{swap}")
    changed = [o for o, was in zip(after["outfits"], before["outfits"]) if ids(o) != ids(was)]
    assert all(any(i["kind"] == kind for i in o["items"]) for o in changed), swap
    if not changed:
        assert after["outfits"] == before["outfits"] and ("가디건" in after["reply"] or kind in after["reply"])


def test_his_looks_made_more_casual_leave_hers_as_they_were(services):
    say(services, "office look for women, classic", "pair-casual")
    before = say(services, "what should my husband wear?", "pair-casual")
    after = say(services, "make his more casual", "pair-casual")
    hers = lambda reply: [ids(o) for o in reply["outfits"] if _for(o) == "women"]  # noqa: E731
    his = [o for o in after["outfits"] if _for(o) == "men"]
    assert hers(after) == hers(before) and his
    assert all(o["style"] == "casual" for o in his) and "casual" in after["reply"]


def test_hers_made_warmer_say_nothing_of_his_looks_which_stay(services):
    first = say(services, "date night look for men, minimal", "pair-warm")
    say(services, "and what should my girlfriend wear?", "pair-warm")
    after = say(services, "make hers a bit warmer", "pair-warm")
    his = [ids(o) for o in after["outfits"] if _for(o) == "men"]
    assert his == [ids(o) for o in first["outfits"]]
    assert "Looks 1" not in after["reply"] and "Look 1 " not in after["reply"]


@pytest.mark.parametrize(("text", "wearer"), [
    ("can you also show looks for my husband next to mine? he's 41", "men"),
    ("can u show his looks next to mine? he is 34", "men"), ("can you show his too. he's 54", "men"),
    ("show his beside mine?", "men"), ("can u show my gf's looks too. shes 30, likes dresses", "women"),
    ("can you show me some outfits for my mom too", "women"), ("show me looks for a wedding", None)])
def test_their_looks_asked_to_be_shown_beside_the_persons(text, wearer):
    assert extract(text).partner == wearer


def test_his_looks_shown_beside_hers_then_made_casual_without_blazers(services):
    say(services, "me n hubby going to seoul in october, outfits for me, 31F", "pair-seoul")
    beside = say(services, "can u show his looks next to mine? he is 34", "pair-seoul")
    after = say(services, "his are too formal, make his more casual pls. no blazers", "pair-seoul")
    assert any(_for(o) == "men" for o in beside["outfits"]) and any(_for(o) == "women" for o in beside["outfits"])
    his = [o for o in after["outfits"] if _for(o) == "men"]
    assert his and not any(i["kind"] == "blazer" for o in his for i in o["items"])
    assert [ids(o) for o in after["outfits"] if _for(o) == "women"] == \
        [ids(o) for o in beside["outfits"] if _for(o) == "women"]


@pytest.mark.parametrize("text", ["is the bag in her #2 ok? they have bag size rules i think",
                                  "콘서트장 가방 크기 제한 있대요 2번 가방 괜찮아요?"])
def test_a_venues_bag_rules_ask_about_the_bag_not_the_persons_size(text):
    heard = extract(text)
    assert "size" not in heard.intents and "bag" in heard.kinds and heard.target_look == 2


def test_what_he_usually_wears_does_not_leave_him_without_looks(services):
    say(services, "office look for women, classic", "pair-polo")
    beside = say(services, "can you also show looks for my husband next to mine? he's 41, lives in polo shirts", "pair-polo")
    assert any(_for(o) == "men" for o in beside["outfits"]) and any(_for(o) == "women" for o in beside["outfits"])


@pytest.mark.parametrize("text", ["make his less golf dad lol", "남편 꺼는 너무 아저씨같아요 ㅠㅠ 좀 더 젊게요"])
def test_looks_too_old_for_him_are_made_more_relaxed(text):
    assert "less_formal" in extract(text).followups


def test_no_look_of_theirs_is_shown_twice(services):
    say(services, "Nashville for my 50th in March with my husband! Broadway bars and a nice dinner. I'm a woman", "pair-twice")
    beside = say(services, "can you show his too. he's 54, sticks to khakis", "pair-twice")
    his = [sorted(ids(o)) for o in beside["outfits"] if _for(o) == "men"]
    assert his and len(his) == len({tuple(h) for h in his})

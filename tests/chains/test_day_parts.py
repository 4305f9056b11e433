"""A day in two parts: "a panel talk, then parties after" gets looks for each part; "점심에 조문 가고 저녁에 데이트,
집에 못 들러요" gets one set dressed for the stricter part and how to carry it into the other; "and for the club
later?" adds the later part's looks beside those on screen."""

from __future__ import annotations

import pytest

from chains.extract import extract
from tests.chains.talk import ids, kinds, say


@pytest.mark.parametrize("text, first, later, no_change", [
    ("I have a panel talk at a conference in March, then parties after", "work", "party", False),
    ("30대 남자인데 점심에 조문 가고 저녁에 데이트가 있어요. 집에 못 들러요", "funeral", "date", True),
    ("오늘 점심에 친구 아버님 장례식장 조문 가야되고 저녁에 여친이랑 약속 있어요", "funeral", "date", False),
    ("여자예요. 오전에 면접 보고 저녁에 친구 생일파티 가요", "interview", "party", False),
    ("office then drinks after, no time to change", "work", "pub", True),
    ("Date at night, work in the morning", "work", "date", False),  # (the one said by night is later)
    ("I have a wedding at night and work during the day, no time to change", "work", "wedding", True),
    # (the first two parts said one after the other, past the ones that only say where)
    ("10월 말에 회사 동호회 북한산 등산 가요 끝나고 막걸리집", "hiking", "pub", False),
    ("pitching at a demo day in Berlin, then networking with investors, then everyone goes to a beer garden",
     "work", "pub", False),
    ("스미냑에서 비치클럽 갔다가 바로 디너 예약했는데 갈아입을 데가 없어요ㅠ", "beach", "dinner", True),
    # (the second review's: one outfit for both asked; the later part said with its own "later")
    ("I need one outfit I can wear to work and then to a date after, I'm a woman", "work", "date", True),
    ("conference during the day and dinner later", "work", "dinner", False),
])
def test_a_second_part_of_the_day_is_heard(text, first, later, no_change):
    heard = extract(text)
    assert (heard.preferences.occasion, heard.then_occasion, heard.no_change_between) == (first, later, no_change)


@pytest.mark.parametrize("text", [
    "church ceremony then hotel reception",  # (one wedding day, dressed once)
    "dinner then drinks",  # (one evening)
    "a wedding, then the after party",  # (the celebration's own party)
    "a date after the funeral",  # (no "then": the order is not the one said)
    "gym then brunch, I don't want to change twice",  # (the brunch, in what the gym can take)
    "운동 끝나고 바로 브런치 가는데 뭐 입지",
    "i'm doing a pottery class saturday morning then brunch with my sister right after",
    "flying to paris then dinner with friends",  # (a trip holds many parts)
    # (the review's: another day named for the later part; the office as where they come from)
    "I have an interview on Monday then a wedding on Saturday", "party tonight then brunch tomorrow",
    "A wedding and a funeral later this month", "회사 끝나고 소개팅 있어요 뭐 입을까요",
    "we're doing a court marriage at the sub registrar office in Bangalore next month, then lunch with both families",
    "job interview at a law firm jan 6, going back to work after years off",  # ("after years off" is no later part)
    "school run then the office, I'm a mum", "team lunch then client meeting after",  # (one office day)
    "going with my office guys, then drinks after in colaba",  # (who they go with, no office day)
])
def test_one_occasion_said_in_parts_is_no_day_in_two_parts(text):
    assert extract(text).then_occasion is None


def test_a_day_in_two_parts_gets_looks_for_each(services):
    reply = say(services, "I'm a woman. I have a panel talk at a conference in March, then parties after", "parts")
    parts = [look.get("occasion") for look in reply["outfits"]]
    assert "work" in parts and "party" in parts and parts == sorted(parts, key=["work", "party"].index), parts
    first_party = parts.index("party") + 1
    assert f"Looks {first_party}–" in reply["reply"] and "a party" in reply["reply"], reply["reply"]
    # ("warmer" then keeps each part in its own dress code: the tags stay with the looks)
    warmer = say(services, "make them warmer", "parts")
    assert [look.get("occasion") for look in warmer["outfits"]] == parts


def test_the_later_part_waits_through_whose_clothes(services):
    asked = say(services, "I have a panel talk at a conference in March, then parties after", "parts-asked")
    assert asked["type"] == "question" and not asked["outfits"]
    reply = say(services, "woman", "parts-asked")
    assert {look.get("occasion") for look in reply["outfits"]} == {"work", "party"}, reply["reply"]


def test_no_changing_in_between_dresses_for_the_stricter_part(services):
    reply = say(services, "30대 남자인데 점심에 조문 가고 저녁에 데이트가 있어요. 집에 못 들러요", "one-set")
    assert reply["outfits"] and all("tie" in kinds(look) for look in reply["outfits"]), reply["outfits"]
    assert "장례식에 맞췄" in reply["reply"] and "넥타이를 풀고" in reply["reply"], reply["reply"]
    assert "차콜이나 네이비" in reply["reply"]


def test_no_changing_said_after_two_parts_keeps_the_stricter_parts_looks(services):
    first = say(services, "남자 30 오늘 점심에 조문 가고 저녁에 여친이랑 약속 있어요", "one-set-after")
    funeral = [ids(look) for look in first["outfits"] if look.get("occasion") == "funeral"]
    assert funeral and len(funeral) < len(first["outfits"])
    reply = say(services, "집에 다시 못와요 회사에서 바로 감", "one-set-after")
    assert [ids(look) for look in reply["outfits"]] == funeral, reply["reply"]
    assert "데이트 때는 넥타이를 풀고" in reply["reply"], reply["reply"]


def test_a_later_part_asked_after_looks_is_added_beside_them(services):
    first = say(services, "woman, brunch with friends saturday", "later-asked")
    reply = say(services, "and for the club later?", "later-asked")
    shown = len(first["outfits"])
    assert [ids(look) for look in reply["outfits"][:shown]] == [ids(look) for look in first["outfits"]]
    assert len(reply["outfits"]) > shown and reply["outfits"][-1]["occasion"] == "club", reply["reply"]
    assert f"Looks 1–{shown} stay as they were" in reply["reply"], reply["reply"]


def test_a_pick_with_a_look_for_later_adds_one_and_changes_none(services):
    first = say(services, "여자 23 4월 방콕 송크란 물축제 가요", "pick-and-later")
    reply = say(services, "1번으로 하고 저녁에 물싸움 끝나고 갈 클럽룩도 하나", "pick-and-later")
    shown = len(first["outfits"])
    assert [ids(look) for look in reply["outfits"][:shown]] == [ids(look) for look in first["outfits"]]
    assert len(reply["outfits"]) == shown + 1 and "클럽" in reply["reply"], reply["reply"]


@pytest.mark.parametrize("text, occasion", [
    ("and for the parties after?", "party"), ("저녁 데이트는요?", "date"), ("끝나고 뒤풀이 때는?", "pub"),
    ("ok swap it. and for the parties after?", "party"),
])
def test_a_later_part_asked_of_by_its_occasion_adds_looks(text, occasion):
    heard = extract(text)
    assert heard.adds_look and heard.preferences.occasion == occasion and heard.question is None


def test_another_occasion_asked_plainly_is_no_later_part():
    assert not extract("what about a wedding?").adds_look
    assert not extract("what about shoes for the party tonight?").adds_look  # (asked of the shoes)


def test_a_first_request_for_tonight_gets_both_directions(services):
    reply = say(services, "I'm a guy. What should I wear to the club tonight?", "club-tonight")
    assert len(reply["outfits"]) == 6, reply["reply"]


def test_a_style_switch_under_two_parts_keeps_both(services):
    say(services, "I'm a woman. Panel talk at a conference, then parties after", "parts-switch")
    reply = say(services, "Casual instead", "parts-switch")
    assert {look.get("occasion") for look in reply["outfits"]} == {"work", "party"}, reply["reply"]
    assert all(look["style"] == "casual" for look in reply["outfits"])


def test_a_funeral_part_keeps_its_dress_code(services):
    reply = say(services, "남자 30 점심에 조문 가고 저녁에 데이트 있어요 집에 못 들러요", "funeral-part")
    assert reply["reply"].startswith("장례식 복장") and reply["outfits"], reply["reply"]

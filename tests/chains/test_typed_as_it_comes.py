"""Round four of ordinary phrasings: "ㅇㅋ 굿" and "👍" take the looks, "갈색도 빼" rules brown out, "f." says whose
clothes, "a bistro not a gala" is no gala, "too much, something in between" steps back, "these are kinda boring"
asks for colour, "another one like #2" is one look, "1번만 다시 보여줘" shows that look alone, "help me pick
something for saturday" asks for clothes, and "less stuffy, it's a startup" keeps the interview."""

from __future__ import annotations

import pytest

from chains.extract import extract
from domain.vocabulary import NEUTRAL_FAMILIES


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


@pytest.mark.parametrize("text", ["ㅇㅋ 굿", "👍", "ok cool 👌", "굿굿", "good"])
def test_a_nod_of_several_words_or_an_emoji_takes_the_looks(text):
    assert "ack" in extract(text).intents


@pytest.mark.parametrize("text", ["is it ok for work?", "good for a wedding?"])
def test_a_question_with_a_nod_word_in_it_is_no_nod(text):
    assert "ack" not in extract(text).intents


@pytest.mark.parametrize(("text", "colour"), [("갈색도 빼", "brown"), ("검정 빼라", "black"), ("갈색 빼 ㅋㅋ", "brown")])
def test_the_bare_stem_of_bbaeda_rules_the_colour_out(text, colour):
    heard = extract(text)
    assert heard.preferences.avoid_colors == (colour,) and not heard.preferences.colors


def test_dressed_up_in_a_colour_is_no_ruling_out():
    heard = extract("검정 정장 쫙 빼입고 갈래")
    assert heard.preferences.colors == ("black",) and not heard.preferences.avoid_colors


def test_a_gender_letter_said_as_a_sentence_of_its_own():
    assert extract("anniversary dinner at a michelin place. f. any color except black").preferences.gender == "women"
    assert extract("size m, please").preferences.gender is None


@pytest.mark.parametrize("text", ["bit less formal, its a nice bistro not a gala", "its not a wedding or anything"])
def test_what_the_evening_is_not_is_no_occasion(text):
    assert extract(text).preferences.occasion is None


def test_a_step_back_after_more_formal_is_less_formal():
    assert "less_formal" in extract("hmm too much, something in between").followups
    assert "less_formal" in extract("그 중간 정도로 해줘").followups


@pytest.mark.parametrize("text", ["these are kinda boring ngl", "좀 덜 심심하게 해줄 수 있어?", "너무 밋밋해요"])
def test_looks_found_boring_ask_for_colour(text):
    assert extract(text).feel.tone == "colourful"


def test_another_one_like_a_look_is_one_look():
    heard = extract("another one like #2")
    assert heard.count == 1 and heard.like_look == 2


@pytest.mark.parametrize(("text", "number"), [("1번만 다시 보여줘", 1), ("show me just look 1 again", 1),
                                              ("can i see #2 again", 2)])
def test_one_look_asked_to_be_seen_again(text, number):
    assert extract(text).shown_again == number


def test_help_me_pick_something_asks_for_clothes():
    assert "outfit" in extract("help me pick something for saturday").intents


def _colourful(look):
    return any(i["color_family"] not in NEUTRAL_FAMILIES for i in look["items"] if i["slot"] in ("top", "onepiece"))


def test_one_look_seen_again_alone_then_the_others_come_back(services):
    first = say(services, "casual weekend outfits for a guy", "again")
    assert len(first["outfits"]) >= 2, first["reply"]
    alone = say(services, "show me just look 2 again", "again")
    assert alone["type"] == "outfits" and alone["outfits"] == [first["outfits"][1]], alone["reply"]
    back = say(services, "show me the looks from before", "again")
    assert back["outfits"] == first["outfits"], back["reply"]


def test_looks_found_boring_come_back_in_colour(services):
    first = say(services, "office outfits for women, minimal", "boring")
    assert first["outfits"], first["reply"]
    again = say(services, "these are kinda boring ngl", "boring")
    assert again["type"] == "outfits" and again["outfits"] != first["outfits"], again["reply"]
    assert sum(map(_colourful, again["outfits"])) > sum(map(_colourful, first["outfits"])), again["outfits"]


def test_too_much_after_more_formal_steps_back_with_looks(services):
    say(services, "office outfits, women", "between")
    formal = say(services, "can you make them more formal? client meeting", "between")
    assert formal["outfits"], formal["reply"]
    again = say(services, "hmm too much, something in between", "between")
    assert again["type"] == "outfits" and again["outfits"] != formal["outfits"], again["reply"]


def test_a_startup_said_of_interview_looks_keeps_the_interview(services):
    say(services, "job interview outfits for women", "startup")
    again = say(services, "can you make them less stuffy, its a startup", "startup")
    assert again["outfits"] and again["preferences"]["occasion"] == "interview", again["preferences"]


def test_a_colour_ruled_out_with_the_bare_stem_leaves_the_looks_without_it(services):
    first = say(services, "남자 출근룩 보여줘", "no brown")
    assert first["outfits"], first["reply"]
    again = say(services, "갈색도 빼", "no brown")
    assert again["type"] == "outfits" and again["preferences"]["avoid_colors"] == ["brown"], again["preferences"]
    assert not [i for look in again["outfits"] for i in look["items"] if i["color_family"] == "brown"]


def test_a_nod_in_two_words_keeps_the_looks(services):
    first = say(services, "남자 캠핑룩", "nod")
    again = say(services, "ㅇㅋ 굿", "nod")
    assert again["type"] == "answer" and again["preferences"] == first["preferences"], again["reply"]
    assert "완성된 코디를 추천해" not in again["reply"], again["reply"]  # (not the help text)


@pytest.mark.parametrize(("change", "why"), [("look 2 with boots", "why that bag tho?"),
                                             ("2번 신발만 바꿔줘", "이 가방은 왜 골랐어요?")])
def test_why_that_bag_right_after_one_look_changed_is_about_that_looks_bag(services, change, why):
    user = f"bag {why}"
    first = say(services, "fall outfits for women, casual" if why.startswith("why") else "여자 가을 캐주얼 코디", user)
    assert len(first["outfits"]) >= 2 and any(i["kind"] == "bag" for i in first["outfits"][1]["items"]), first
    say(services, change, user)
    answer = say(services, why, user)
    assert answer["type"] == "answer" and not answer["outfits"], answer["reply"]
    assert ("look 2" in answer["reply"] or "2번" in answer["reply"]) and "1번:" not in answer["reply"] \
        and "Look 1:" not in answer["reply"], answer["reply"]
    assert "bag" in answer["reply"].split(":")[1] or "가방" in answer["reply"], answer["reply"]


def test_what_was_taken_out_of_one_look_goes_from_all_when_asked(services):
    first = say(services, "남자 정장 하객룩 3개만", "ties")
    tied = [n for n, look in enumerate(first["outfits"], 1) if any(i["kind"] == "tie" for i in look["items"])]
    assert len(tied) >= 2, first["outfits"]
    one = say(services, f"{tied[0]}번 넥타이 빼줘", "ties")
    assert not any(i["kind"] == "tie" for i in one["outfits"][tied[0] - 1]["items"]), one["reply"]
    every = say(services, "아니 그냥 다 빼줘", "ties")
    assert every["type"] == "outfits" and len(every["outfits"]) == len(first["outfits"]), every["reply"]
    assert not [i for look in every["outfits"] for i in look["items"] if i["kind"] == "tie"], every["outfits"]


def test_a_mans_broad_shoulders_in_a_size_question_get_the_menswear_note(services):
    say(services, "spring jacket outfits for men", "shoulders")
    answer = say(services, "what size in the look 1 jacket? im 6'1, 190 lbs, broad shoulders", "shoulders")
    assert answer["type"] == "answer" and "skirt" not in answer["reply"].lower(), answer["reply"]
    assert "shoulder" in answer["reply"].lower(), answer["reply"]


@pytest.mark.parametrize(("text", "best"), [("what shoes go with a navy suit? brown or black", "brown is the surer"),
                                            ("네이비 정장엔 갈색 구두 검정 구두 중 뭐가 어울려?", "갈색 쪽이")])
def test_either_of_two_colours_for_a_third_is_answered_with_one_of_them(services, text, best):
    answer = say(services, text, f"either {best}")
    assert best in answer["reply"] and not answer["reply"].startswith(("Yes", "네,")), answer["reply"]


def test_looks_asked_under_a_named_dress_code_get_the_question_without_a_lecture(services):
    reply = say(services, "연말 회사 파티 세미포멀이래요 원피스 제외하고 추천해주세요", "semi")
    assert reply["type"] == "question" and "gender" in reply["asks"], reply["reply"]
    assert len(reply["reply"]) < 80, reply["reply"]
    looks = say(services, "여성복", "semi")
    assert looks["outfits"] and not [i for o in looks["outfits"] for i in o["items"] if i["kind"] == "dress"], looks


def test_blazers_skipped_by_someone_who_runs_hot_are_not_traded_for_coats(services):
    first = say(services, "business casual ideas for work? women's. office is kinda chill", "hot")
    assert any(i["kind"] == "blazer" for o in first["outfits"] for i in o["items"]), first["outfits"]
    again = say(services, "skip the blazers, i run hot", "hot")
    assert again["type"] == "outfits", again["reply"]
    worn = [i["kind"] for o in again["outfits"] for i in o["items"]]
    before = [i["kind"] for o in first["outfits"] for i in o["items"]]
    assert "blazer" not in worn and worn.count("coat") <= before.count("coat"), again["outfits"]

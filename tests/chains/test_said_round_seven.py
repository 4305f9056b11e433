"""Round seven of ordinary phrasings, from a blind set of 70 conversations: the weather said of the looks on
screen ("it's going to rain"), a message about the looks the rules cannot read, the size worn said in answer to
the size question ("I usually wear M in tshirts"), heat in Fahrenheit without the word ("its 95 out"), neutrals
asked for ("all neutral", "무채색 위주로"), the day said plainly ("오늘 입을 옷", "점심 약속", "여친이랑 100일"),
"코트 색 다른거 없어요?" and "no puffer jackets please" in the cold."""

from __future__ import annotations

import pytest

import prompts
from chains.extract import extract


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def test_rain_said_of_the_looks_on_screen_keeps_them_and_says_what_they_do_for_it(services):
    first = say(services, "casual weekend outfit for women", "rain-after")
    assert first["outfits"], first["reply"]
    reply = say(services, "it's going to rain", "rain-after")
    assert reply["type"] == "outfits" and reply["outfits"], reply["reply"]
    assert "rain" in reply["reply"].lower() and reply["reply"] != prompts.render("en", "help")


def test_a_message_about_the_looks_that_is_not_understood_says_what_can_change(services):
    first = say(services, "casual weekend outfit for women", "unclear")
    assert first["outfits"], first["reply"]
    reply = say(services, "less touristy pls lol", "unclear")
    assert reply["reply"] == prompts.render("en", "unclear_change")
    assert "Show me more" in reply["quick_replies"]  # the looks' own choices, not the start menu
    again = say(services, "show me more", "unclear")
    assert again["type"] == "outfits" and again["outfits"]  # the looks were kept, and go on


def test_the_size_worn_answers_the_size_question_and_an_oversized_fit_goes_one_up(services):
    asked = say(services, "im 5'10 and like 175 lbs, what size jacket should i get", "worn-m")
    assert asked["type"] == "question"
    told = say(services, "I usually wear M in tshirts if that helps", "worn-m")
    assert told["type"] == "answer" and "M" in told["reply"] and not told["outfits"], told["reply"]
    say(services, "키 160 몸무게 55인데 자켓 사이즈 뭐 사야돼요?", "worn-ko")
    say(services, "보통 상의는 M 입어요", "worn-ko")
    roomy = say(services, "오버핏으로 입고 싶으면요?", "worn-ko")
    assert roomy["type"] == "answer" and "L" in roomy["reply"] and "M" in roomy["reply"], roomy["reply"]


@pytest.mark.parametrize(("text", "hot"), [("what to wear to the office when its 95 out and the AC is broken", True),
                                           ("its 30 outside", True), ("im 25 out of work rn", False)])
def test_heat_said_as_a_bare_number_out_is_the_weather(text, hot):
    assert extract(text).weather.hot is hot


def test_neutrals_asked_for_are_a_quiet_tone_and_no_hue_is_black_grey_and_white():
    assert extract("can u show me a minimal outfit, all neutral").feel.tone == "quiet"
    assert set(extract("무채색 위주로").feel.palette) == {"black", "grey", "white"}


@pytest.mark.parametrize(("text", "occasion"), [("오늘 입을 옷 골라줘 봄이고 남자임", "daily"),
                                                ("아 그럼 점심 약속 코디 추천해줘 여자", "daily"),
                                                ("여친이랑 100일인데 뭐입지", "date")])
def test_the_day_said_plainly_is_its_occasion(text, occasion):
    assert extract(text).preferences.occasion == occasion


def test_another_colour_of_a_piece_asked_is_a_swap_not_a_piece_ruled_out():
    heard = extract("코트 색 다른거 없어요?")
    assert "swap" in heard.followups and heard.kinds == ("coat",) and heard.avoid_kinds == ()


@pytest.mark.parametrize("text", ["no puffer jackets please", "no puffers"])
def test_puffers_ruled_out_in_the_plural_leave_the_wool_coats(text):
    assert extract(text).avoid_kinds == ("puffer",)


@pytest.mark.parametrize("text", ["not too young looking", "좀 더 성숙하게"])
def test_looking_older_is_a_step_up(text):
    assert "more_formal" in extract(text).followups


@pytest.mark.parametrize(("opening", "who", "occasion"), [("면접룩 좀 골라줘", "남자 27살 IT회사", "interview"),
                                                      ("여친이랑 100일인데 뭐입지", "남자 대학생", "date")])
def test_who_they_are_said_in_answer_keeps_the_occasion_asked(services, opening, who, occasion):
    """("IT회사": where the interview is; "대학생": who he is, not an everyday outing instead of the date)"""
    user = f"who-{occasion}"
    say(services, opening, user)
    reply = say(services, who, user)
    assert reply["type"] == "outfits" and reply["outfits"], reply["reply"]
    assert reply["preferences"]["occasion"] == occasion, reply["reply"]


def test_looks_asked_right_after_the_trend_are_in_the_trend(services):
    told = say(services, "what's trending this fall", "trend-then")
    assert told["type"] == "answer"
    looks = say(services, "show me an outfit with that for a guy", "trend-then")
    assert looks["type"] == "outfits" and looks["outfits"], looks["reply"]
    assert "trend" in looks["reply"].lower() and looks["preferences"]["gender"] == "men", looks["reply"]


def test_why_not_a_colour_asks_about_it_and_rules_nothing_out():
    heard = extract("why not white?")
    assert heard.preferences.avoid_colors == () and heard.preferences.colors == ("white",)


@pytest.mark.parametrize(("text", "look"), [("2번이랑 비슷한데 색만 네이비로", 2), ("like #2, just the colour in black", 2)])
def test_a_look_like_one_but_in_a_colour_is_that_look_recoloured(text, look):
    heard = extract(text)
    assert heard.target_look == look and heard.like_look is None


@pytest.mark.parametrize("text", ["걔 맨날 검정만 입어 ㅋㅋ 다른 색으로", "he always wears black, other colors pls"])
def test_the_colour_always_worn_beside_a_wish_for_others_is_left_out(text):
    heard = extract(text)
    assert heard.preferences.avoid_colors == ("black",) and "black" not in heard.preferences.colors
    assert extract("I only wear black").preferences.colors == ("black",)  # said alone, it is the wish


def test_looks_found_too_like_a_suit_lose_the_tailoring(services):
    say(services, "조카 돌잔치 가는데 뭐 입어야돼요? 저 남자예요", "suit-like")
    reply = say(services, "너무 정장같아요", "suit-like")
    assert reply["type"] == "outfits" and reply["outfits"], reply["reply"]
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] in ("blazer", "tie")], reply["outfits"]


def test_heat_said_of_the_day_ahead_is_summer_for_looks_on_screen(services):
    say(services, "first day teaching high school, need outfit, im a 24yo woman", "hot-ahead")
    reply = say(services, "it's going to be hot", "hot-ahead")
    assert reply["preferences"]["season"] == "summer", reply["reply"]
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] in ("sweater", "coat")], reply["outfits"]


def test_a_little_fancy_is_a_step_up_and_less_heel_is_flat():
    assert "more_formal" in extract("date night outfit for spring, restaurant kinda fancy").followups
    assert extract("swap the boots for something with less heel").feel.flat


def test_a_cold_office_in_summer_puts_a_cardigan_on_and_another_layer_can_take_its_place(services):
    say(services, "사무실 에어컨 너무 세서 추운데 여름 출근룩 추천좀", "ac-office")
    looks = say(services, "여자요", "ac-office")
    assert looks["outfits"] and all(any(i["kind"] == "cardigan" for i in o["items"]) for o in looks["outfits"])
    other = say(services, "가디건 말고 다른거요", "ac-office")
    worn = [i["kind"] for o in other["outfits"] for i in o["items"]]
    assert "cardigan" not in worn and other["type"] == "outfits", other["reply"]


def test_smart_casual_with_no_occasion_wears_trousers_and_no_sweatshirt_or_tee(services):
    reply = say(services, "mens smart casual look", "smart-casual")
    assert reply["outfits"] and reply["preferences"]["occasion"] == "daily", reply["reply"]  # the contract's word
    kinds = [i["kind"] for o in reply["outfits"] for i in o["items"]]
    assert not {"sweatshirt", "tshirt", "shorts"} & set(kinds), kinds
    assert extract("what is smart casual").preferences.occasion is None  # the question, not a day out


@pytest.mark.parametrize(("text", "kind"), [("what goes with a white kurta? im a guy", "shirt"),
                                            ("what goes with a white kurta? im a woman", "blouse")])
def test_a_kurta_asked_about_is_dressed_with_kurtas_his_or_hers(services, text, kind):
    reply = say(services, text, f"kurta-{kind}")
    tops = [i for o in reply["outfits"] for i in o["items"] if i["kind"] == kind]
    assert reply["outfits"] and all("kurta" in i["name"].lower() for i in tops), [i["name"] for i in tops]


def test_indian_pieces_are_read_as_their_kinds():
    assert extract("kolhapuris or loafers?").kinds[:1] == ("sandals",)
    assert extract("what to wear with a white kurti").kinds == ("blouse",)


def test_a_walk_to_work_in_the_freezing_cold_walks_in_boots(services):
    say(services, "its freezing and i walk 20 min to work. what do i wear that still looks nice", "walk-cold")
    reply = say(services, "im female", "walk-cold")
    shoes = [i["kind"] for o in reply["outfits"] for i in o["items"] if i["slot"] == "shoes"]
    assert shoes and set(shoes) == {"boots"}, shoes


@pytest.mark.parametrize("text", ["whats the color of the year", "올해의 컬러가 뭐예요?"])
def test_the_colour_of_the_year_asks_for_the_trend(text):
    assert "trend" in extract(text).intents


def test_colour_asked_after_a_neutral_palette_brings_a_colour_in(services):
    say(services, "미니멀한 남자 코디", "accent")
    say(services, "무채색 위주로", "accent")
    reply = say(services, "너무 심심한데 포인트 하나만", "accent")
    neutral = {"black", "grey", "white", "navy", "beige", "brown", "metallic"}
    tops = [i for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "onepiece")]
    assert tops and any(i["color_family"] not in neutral for i in tops), reply["reply"]


@pytest.mark.parametrize(("text", "piece"), [("anything but beige for the top", "top:beige"),
                                             ("no black on the shoes", "shoes:black")])
def test_a_colour_ruled_out_for_one_part_is_that_part_only(text, piece):
    heard = extract(text)
    assert heard.avoid_kinds == (piece,) and heard.preferences.avoid_colors == ()


def test_an_office_worker_is_no_father_in_law():
    assert extract("여자 직장인 30대").preferences.gender == "women"
    assert extract("장인어른 생신 선물 코디").preferences.gender == "men"


def test_heat_asked_about_the_looks_on_screen_takes_the_warm_layers_off(services):
    say(services, "graduation ceremony next month, what do i wear under the gown", "grad-heat")
    say(services, "for a guy", "grad-heat")
    reply = say(services, "what if its really hot that day", "grad-heat")
    assert reply["reply"] != prompts.render("en", "weather_already"), reply["reply"]
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] in ("sweater", "coat")], reply["outfits"]


@pytest.mark.parametrize(("opening", "why"), [("work outfits for a woman", "why that bag in look 1?"),
                                              ("여자 데일리룩 추천해줘", "3번 괜찮은데 가방은 왜 그거야?")])
def test_why_a_piece_is_answered_and_the_look_kept(services, opening, why):
    user = f"why-{len(why)}"
    first = say(services, opening, user)
    reply = say(services, why, user)
    assert reply["type"] == "answer", reply["reply"]
    again = say(services, "show me more" if opening.startswith("work") else "더 보여줘", user)
    assert again["outfits"] and first["outfits"]

"""What people say in ordinary words (session of the eleventh blind round, R21): an interview at a startup or a
cafe is still an interview, dressed a step above the team's everyday rather than in a suit."""

from __future__ import annotations

import pytest

from chains.dress_code import dress_code
from chains.extract import extract
from domain.items import Item
from domain.vocabulary import CONTRACT_OCCASION


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def piece(name, kind, slot, family, gender="women", usage="casual"):
    """A catalogue piece, as a test needs one (its name is its id)."""
    return Item(id=name, name=name, kind=kind, slot=slot, color=family.title(), color_family=family,
                gender=gender, usage=usage, styles=(), score=0.5)


@pytest.mark.parametrize("text", ["I have an interview at a startup next week, I'm a guy",
                                  "스타트업 면접 가는데 뭐 입지? 여자야", "barista interview tomorrow, female"])
def test_an_interview_at_a_relaxed_workplace_is_still_an_interview(text):
    occasion = extract(text).preferences.occasion
    assert occasion == "casual_interview" and CONTRACT_OCCASION[occasion] == "interview"
    assert extract("job interview at a bank, man").preferences.occasion == "interview"


def test_a_relaxed_interview_wears_no_tie_and_no_trainers():
    code = dress_code("casual_interview", "spring")
    assert not code.allows(piece("Men Navy Tie", "tie", "accessory", "navy", "men", "formal"))
    assert not code.allows(piece("Unisex White Casual Shoes", "sneakers", "shoes", "white", "unisex"))
    assert code.allows(piece("Men Navy Chinos", "trousers", "bottom", "navy", "men", "casual"))
    assert code.allows(piece("Men Navy Blue Slim Jeans", "jeans", "bottom", "navy", "men", "casual"))
    assert not code.allows(piece("Men Ripped Distressed Blue Jeans", "jeans", "bottom", "navy", "men", "casual"))
    assert not dress_code("interview", "spring").allows(piece("Men Navy Blue Slim Jeans", "jeans", "bottom", "navy",
                                                              "men", "casual"))


def test_a_startup_interview_answers_with_looks_for_an_interview(services):
    reply = say(services, "I have an interview at a startup next week, I'm a guy", "startup")
    assert reply["type"] == "outfits" and reply["preferences"]["occasion"] == "interview"
    for look in reply["outfits"]:
        kinds = {i["kind"] for i in look["items"]}
        assert not kinds & {"tie", "sneakers", "shorts", "tshirt"}, look["items"]


@pytest.mark.parametrize("text", ["검정 수트 제외하고 결혼식 하객룩 남자", "no black suit please, wedding guest, man"])
def test_no_black_suit_rules_out_the_suit_not_every_black_piece(text):
    heard = extract(text)
    assert set(heard.avoid_kinds) == {"blazer:black", "trousers:black"} and not heard.preferences.avoid_colors
    assert extract("no black, wedding guest man").preferences.avoid_colors == ("black",)
    for lacked in ("I don't have a black suit", "검은 정장이 없어요"):  # a suit they lack is none ruled out
        assert not extract(lacked).avoid_kinds and not extract(lacked).preferences.avoid_colors


def test_a_wedding_without_a_black_suit_still_wears_black_shoes(services):
    reply = say(services, "no black suit please, wedding guest, man", "no-black-suit")
    assert reply["outfits"]
    for look in reply["outfits"]:
        assert not [i for i in look["items"] if i["kind"] in ("blazer", "trousers") and i["color_family"] == "black"]


@pytest.mark.parametrize(("text", "season"), [("too wintery for May?", "spring"), ("너무 겨울 같아요", None),
                                               ("those look too heavy for june", "summer")])
def test_too_wintery_asks_for_lighter_looks(text, season):
    heard = extract(text)
    assert "cooler" in heard.followups and heard.preferences.season == season


def test_lighter_looks_say_which_kinds_changed(services):
    say(services, "office looks for a woman in winter", "wintery")
    reply = say(services, "too wintery for May?", "wintery")
    assert reply["outfits"] and "changed:" in reply["reply"] and " in place of the " in reply["reply"], reply["reply"]


@pytest.mark.parametrize(("first", "back"), [("business casual office looks, man", "go back"),
                                             ("여자 데이트룩", "원래대로 해줘")])
def test_go_back_brings_back_the_looks_before_the_change(services, first, back):
    user = f"back-{back}"
    shown = say(services, first, user)["outfits"]
    changed = say(services, "less formal" if first.isascii() else "더 캐주얼하게", user)["outfits"]
    assert changed and changed != shown
    again = say(services, back, user)
    assert again["outfits"] == shown, again["reply"]


@pytest.mark.parametrize("text", ["go back", "ok go back please", "undo that", "the previous looks were better",
                                  "이전 거 다시 보여줘", "원래대로 해줘"])
def test_going_back_is_heard_in_its_common_forms(text):
    assert extract(text).earlier_set == "previous"
    assert extract("원래 거의 검정만 입어요").earlier_set is None  # ("원래 거의": "I nearly always")


def test_business_casual_is_the_office_code_not_the_casual_style():
    heard = extract("business casual office looks, man")
    assert heard.preferences.occasion == "work" and heard.preferences.style is None
    assert extract("biz casual").preferences.occasion == "work"


def test_a_season_the_looks_already_wear_is_said_not_repeated(services):
    shown = say(services, "office looks for a woman in winter", "december")["outfits"]
    reply = say(services, "its in december", "december")
    assert reply["outfits"] == shown and "already" in reply["reply"] and "winter" in reply["reply"], reply["reply"]


def test_one_look_in_a_colour_recolours_its_piece_in_colour_and_keeps_the_rest(services):
    user = "recolour"
    looks = say(services, "men casual weekend looks", user)["outfits"]
    assert looks
    reply = say(services, "same as #1 but in navy", user)
    before, after = looks[0]["items"], reply["outfits"][0]["items"]
    changed = [(old, new) for old, new in zip(before, after) if old["id"] != new["id"]]
    assert len(before) == len(after) and len(changed) <= 1, reply["reply"]
    assert reply["outfits"][1:] == looks[1:] and "navy" in reply["reply"], reply["reply"]
    if changed:  # one piece in navy in place of one that was not (or, where the catalogue has none, said so)
        old, new = changed[0]
        assert new["color_family"] == "navy" and new["slot"] == old["slot"] and old["color_family"] != "navy"
        assert "in place of" in reply["reply"], reply["reply"]


def test_a_look_already_in_the_colour_changes_another_piece_or_says_it_cannot():
    from chains.followups import _pieces_to_recolour
    from chains.state import Outfit

    dress = piece("Women Navy Blue Dress", "dress", "onepiece", "navy")
    coat = piece("Women Long Blue Jacket", "coat", "outerwear", "blue")
    shoes = piece("Women Nude Heels", "heels", "shoes", "beige")
    look = Outfit("classic", (dress, shoes, coat), "")
    assert [p.kind for p in _pieces_to_recolour(look, extract("1번을 네이비로 바꿔줘"))] == ["coat"]
    top, jeans = piece("Women White Tshirt", "tshirt", "top", "white"), piece("Women Blue Jeans", "jeans", "bottom", "blue")
    jacket = piece("Women Pink Jacket", "jacket", "outerwear", "pink")
    outfit = Outfit("casual", (top, jeans, jacket), "")  # the pink jacket carries the colour; blue denim is a neutral
    assert [p.kind for p in _pieces_to_recolour(outfit, extract("same as #1 but in navy"))] == ["jacket", "tshirt", "jeans"]
    assert not _pieces_to_recolour(outfit, extract("#1 with navy shoes"))  # a piece named is that piece


def test_a_funeral_note_speaks_to_the_wearer_and_a_suit_question_gets_no_lecture(services):
    man = say(services, "I have to go to a funeral on saturday, male, 45", "funeral-man")["reply"]
    assert "white shirt" in man and "Women" not in man, man
    shoes = say(services, "what shoes go with a navy suit?", "suit-shoes")["reply"]
    assert shoes.startswith("With a navy suit") and "dress or a skirt" not in shoes and "chinos" not in shoes, shoes


def test_a_denim_jacket_question_gets_the_denim_jackets_note(services):
    reply = say(services, "how do i style a denim jacket", "denim")["reply"]
    assert "denim jacket" in reply.lower() and "leather jacket" not in reply.lower() and "bomber" not in reply.lower()
    bomber = say(services, "what goes with my olive bomber jacket? guy", "bomber")["reply"]
    assert "bomber" in bomber.lower() and "leather jacket" not in bomber.lower(), bomber


def test_a_hike_walks_in_trekking_shoes_before_tennis_shoes():
    from chains.look_score import LookContext
    from chains.state import Preferences

    def shoe(name, function):
        return Item(id=name, name=name, kind="sneakers", slot="shoes", color="Grey", color_family="grey",
                    gender="men", usage="sports", styles=("sporty",), score=0.5, function=function, formality="athletic")

    trek, tennis = shoe("Quechua Forclaz 800 Trek Man", "outdoor"), shoe("Bata Men Tennis White Sports Shoes", "sport")
    context = LookContext(dress_code("hiking", "fall"), "sporty", Preferences())
    assert context.code.allows(trek) and context.code.allows(tennis)
    assert context.piece_score(trek) > context.piece_score(tennis)


def test_catwalks_slip_on_pumps_are_flats_not_trainers():
    from domain.traits import corrected_kind

    assert corrected_kind("sneakers", "Catwalk Women Black Pumps") == "flats"
    assert corrected_kind("heels", "Carlton London Women Black Pumps") == "heels"  # a court shoe stays a heel


@pytest.mark.parametrize("text", ["swap the shoes of #2 for something I can walk on grass in", "야외 잔디밭 결혼식 하객룩 여자"])
def test_a_lawn_wants_shoes_without_a_heel(text):
    assert "flat" in extract(text).feel.said


def test_shoes_for_the_grass_on_one_look_trade_its_heels_for_flat_ones(services):
    user = "grass"
    looks = say(services, "June garden wedding, woman", user)["outfits"]
    heeled = next((n for n, look in enumerate(looks, 1) if any(i["kind"] == "heels" for i in look["items"])), None)
    assert heeled, looks
    reply = say(services, f"swap the shoes of look {heeled} for something I can walk on grass in", user)
    shoes = [i for i in reply["outfits"][heeled - 1]["items"] if i["slot"] == "shoes"]
    assert shoes and shoes[0]["kind"] != "heels", reply["reply"]


def test_a_funeral_offers_no_casual_looks(services):
    reply = say(services, "I have to go to a funeral on saturday, male, 45", "no-casual")
    assert reply["outfits"] and "Casual instead" not in reply["quick_replies"], reply["quick_replies"]
    assert "Casual instead" in say(services, "office looks for a man", "casual-ok")["quick_replies"]


def test_make_it_more_formal_after_a_question_about_one_look_changes_that_look(services):
    user = "focus"
    looks = say(services, "smart casual dinner with my girlfriend's parents, I'm a guy", user)["outfits"]
    assert len(looks) > 1
    say(services, "would look 1 work for a christening too?", user)
    reply = say(services, "make it more formal", user)
    assert reply["outfits"][1:] == looks[1:], reply["reply"]
    assert reply["outfits"][0] != looks[0] and reply["reply"].startswith("Look 1"), reply["reply"]


def test_it_means_the_look_talked_about_for_one_message_only():
    from chains.graph import _of_the_look_talked_about
    from chains.state import ConversationState, Outfit

    looks = tuple(Outfit("classic", (piece(f"Men Grey Sweater {n}", "sweater", "top", "grey", "men"),), "") for n in range(3))
    talked = ConversationState(looks=looks, focus_look=2)
    assert _of_the_look_talked_about(extract("make it more formal"), talked).target_look == 2
    assert _of_the_look_talked_about(extract("more formal please"), talked).target_look is None  # every look
    assert _of_the_look_talked_about(extract("make it more formal"), ConversationState(looks=looks)).target_look is None


def test_a_trend_answer_says_how_to_wear_it(services):
    reply = say(services, "whats trending this summer for guys", "trend-wear")["reply"]
    assert "To wear it now: one" in reply and "the pieces shoes" not in reply, reply


def test_a_looks_colour_reason_names_the_pieces_that_carry_it():
    from chains.harmony import harmony

    # an off-white shirt under a charcoal suit with black shoes: the shirt's white is named, not black and grey
    found = harmony(["white", "grey", "grey", "black"])
    assert found.reason == "pairing" and "white" in (found.values["a"], found.values["b"])
    assert harmony(["navy", "grey", "white"]).values == {"a": "grey", "b": "navy"}  # the top and the bottom


@pytest.mark.parametrize(("text", "gender"), [("남", "men"), ("여", "women"), ("남성", "men")])
def test_a_one_syllable_answer_says_whose_clothes(text, gender):
    assert extract(text).preferences.gender == gender
    assert extract("남산 타워 데이트").preferences.gender is None  # (남 inside a word is no answer)


@pytest.mark.parametrize("text", ["둘 다 별로", "다 별로예요", "I don't like any of them", "none of them"])
def test_liking_none_of_the_looks_asks_for_others(text):
    assert "swap" in extract(text).followups


def test_heat_or_cold_said_with_a_request_is_the_days_weather():
    hot = extract("사무실 에어컨 고장나서 너무 더워요 출근룩 추천 남자 반바지는 안 입어요")
    assert hot.preferences.season == "summer" and not hot.followups and hot.avoid_kinds == ("shorts",)
    cold = extract("졸업식 코디 남자 엄청 추워요")
    assert cold.preferences.season == "winter" and not cold.followups
    assert extract("너무 더워요").followups == {"cooler"}  # alone, of the looks on screen
    assert extract("friends 30th at a rooftop bar friday night, women's, its still kinda warm out").preferences.season \
        == "spring"


def test_a_plain_ok_after_looks_keeps_them(services):
    looks = say(services, "office looks for a man", "nod")["outfits"]
    reply = say(services, "ok", "nod")
    assert reply["type"] == "answer" and "occasion (a date" not in reply["reply"], reply["reply"]
    assert "ack" not in extract("is it ok for work?").intents and looks


def test_the_look_named_after_the_change_is_the_one_changed():
    heard = extract("신발만 바꿔줘 3번")
    assert heard.target_look == 3 and heard.slots == ("shoes",)


def test_not_too_revealing_covers_up():
    assert "covered" in extract("너무 야하지 않게").feel.said
    assert "covered" in extract("nothing too revealing please").feel.said


@pytest.mark.parametrize("text", ["와이드 데님 팬츠에 뭐 입어요?", "denim pants outfit for a guy"])
def test_denim_pants_are_jeans_not_jeans_and_slacks(text):
    assert extract(text).kinds == ("jeans",)


def test_a_belt_for_brown_shoes_is_a_brown_belt(services):
    reply = say(services, "what belt do i wear with brown shoes", "belt")["reply"]
    assert reply.startswith("Go for a brown belt"), reply


def test_rain_said_in_one_word_brings_rain_jackets(services):
    reply = say(services, "내일 비오고 12도래요 출근할 때 뭐 입지 남자", "rain-ko")
    assert reply["outfits"]
    assert extract("내일 비오고 12도래요 출근할 때 뭐 입지 남자").weather.rain


@pytest.mark.parametrize(("first", "verdict"), [("돌잔치 하객룩 남자", "전혀 과하지 않아요"),
                                                ("brunch with friends, guy", "a step too much")])
def test_is_a_suit_too_much_is_answered_for_the_occasion(services, first, verdict):
    user = f"suit-{first}"
    say(services, first, user)
    reply = say(services, "정장은 너무 과한가요?" if not first.isascii() else "is a suit too much?", user)
    assert verdict in reply["reply"], reply["reply"]


@pytest.mark.parametrize(("text", "age"), [("is #2 ok for someone 50+?", 50), ("is look 1 ok for women over 60?", 60)])
def test_an_age_said_as_a_threshold_is_heard(text, age):
    assert extract(text).age == age
    assert extract("over 30 degrees tomorrow").age is None


def test_an_age_question_about_someone_else_says_theirs(services):
    say(services, "office looks for a woman", "age-other")
    reply = say(services, "is #2 ok for someone 50+?", "age-other")["reply"]
    assert "in their 50s" in reply and "your" not in reply, reply


def test_no_switch_is_offered_to_a_style_already_on_screen():
    from chains.looks import after_looks_choices
    from chains.state import Outfit

    looks = [Outfit("classic", (), ""), Outfit("minimal", (), "")]
    assert after_looks_choices("en", looks) == ("Show me more", "Casual instead")


@pytest.mark.parametrize("text", ["going clubbing saturday in seoul, guy", "홍대 클럽 가는데 코디 여자"])
def test_a_club_night_is_dark_and_easy_not_the_office(text):
    occasion = extract(text).preferences.occasion
    assert occasion == "club" and CONTRACT_OCCASION[occasion] == "party"
    code = dress_code("club", "winter")
    assert not code.allows(piece("Men Olive Blazer", "blazer", "outerwear", "olive", "men", "formal"))
    assert code.allows(piece("Men Black Slim Jeans", "jeans", "bottom", "black", "men", "casual"))
    assert extract("golf club membership").preferences.occasion != "club"


def test_rain_in_the_cold_without_a_rain_jacket_says_take_an_umbrella(services):
    reply = say(services, "5 degrees celsius and rainy, running errands, male", "umbrella")
    assert reply["outfits"]
    assert "umbrella" in reply["reply"], reply["reply"]  # (winter wants a coat, not a rain jacket, over it)
    assert extract("5 degrees celsius and rainy, running errands, male").preferences.occasion == "daily"

"""Round twenty-three: what round twenty-two left weak and blind set 39 found. Mud at a festival walks in boots
or treaded soles and rain there wears a shell; a lab's flames and a lab coat are answered by a note; a question
that supposes a piece of a look is answered, not carried out; a baby's spit-up changes the looks and says what
washes; a comparison of two looks' pieces is answered; a 62-year-old is not offered streetwear."""

from __future__ import annotations

from chains.extract import extract
from chains.rain_layer import wants_shell
from tests.chains.talk import ids, say


def test_mud_said_with_the_rain_asks_for_a_grip_sole():
    for text in ("going to glastonbury in june, it always rains and gets muddy", "진흙탕 될 거래요 방수 신발로"):
        heard = extract(text)
        assert heard.feel.grip and heard.feel.dry, text
    assert not extract("waterproof shoes for the office please").feel.grip  # (wet pavements, not mud)


def test_a_muddy_festival_walks_in_boots_or_treaded_soles(services):
    reply = say(services, "music festival in june, 26 female, it always rains and gets muddy", "mud-fest")
    shoes = [i for look in reply["outfits"] for i in look["items"] if i["slot"] == "shoes"]
    assert shoes, reply["reply"]
    assert all(i["kind"] in ("boots", "sneakers", "shoes") for i in shoes), shoes


def test_rain_at_a_festival_or_on_a_trail_wears_a_shell_in_summer_too():
    assert wants_shell("festival", "summer") and wants_shell("hiking", "summer")
    assert not wants_shell("wedding", "summer") and not wants_shell("festival", "winter")
    assert not wants_shell("work", "summer")  # (a warm shower between office doors: an umbrella)


def test_a_lab_coat_question_is_answered_by_its_note_and_the_looks_stay(services):
    first = say(services, "I'm a chemistry teacher, woman, 45, need work outfits for the new term", "lab-coat")
    assert not any(i["kind"] == "heels" for look in first["outfits"] for i in look["items"]), first["reply"]
    reply = say(services, "the lab coat goes over everything anyway, is there any point dressing up?", "lab-coat")
    assert "closed-toe" in reply["reply"] and "didn't catch" not in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])
    ko = say(services, "화학 선생님이에요 40대 여자 출근룩 추천해주세요", "lab-coat-ko")
    assert ko["outfits"]
    reply = say(services, "어차피 실험복 입으니까 신경 안써도 되나요?", "lab-coat-ko")
    assert "실험실" in reply["reply"], reply["reply"]


def test_a_knit_near_a_flame_is_answered_and_says_how_to_change_it(services):
    first = say(services, "work outfits for a science teacher, woman, 40s, winter term", "flame")
    knitted = next((n for n, look in enumerate(first["outfits"], 1)
                    if any(i["kind"] == "sweater" for i in look["items"])), None)
    number = knitted or 1
    piece = "sweater" if knitted else "top"
    reply = say(services, f"the fuzzy {piece} in look {number} near bunsen burners, is that a bad idea?", "flame")
    assert "mohair" in reply["reply"], reply["reply"]
    # (how to trade it is said only of a knit)
    assert (f"on #{number} for a shirt" in reply["reply"]) == bool(knitted), reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_a_question_that_supposes_a_piece_of_a_look_is_answered_not_carried_out(services):
    first = say(services, "30대 여자 출근룩 추천해주세요 가슴이 큰 편이에요", "suppose-wrap")
    reply = say(services, "1번 블라우스 랩스타일이면 안벌어지죠?", "suppose-wrap")
    assert "랩" in reply["reply"] and "바꾸고" not in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_spit_up_said_of_the_looks_changes_them_and_says_what_washes(services):
    first = say(services, "I'm a new mom, 32, going back to work at an agency, business casual", "spit-up")
    reply = say(services, "nothing that can't handle spit up please, I'll be holding the baby at drop-off", "spit-up")
    assert "washing machine" in reply["reply"], reply["reply"]
    assert reply["outfits"] and not any(i["kind"] == "heels" for look in reply["outfits"] for i in look["items"])
    assert [ids(o) for o in reply["outfits"]] != [ids(o) for o in first["outfits"]]


def test_two_looks_pieces_compared_on_the_wash_is_an_answer(services):
    first = say(services, "weekend outfits for a woman in her 30s, casual", "wash-compare")
    reply = say(services, "look 1 jeans or look 2 pants, which holds up better in the wash?", "wash-compare")
    assert "machine" in reply["reply"] and " a jeans" not in reply["reply"], reply["reply"]
    assert [ids(o) for o in reply["outfits"]] in ([], [ids(o) for o in first["outfits"]])


def test_a_wearer_past_fifty_five_is_offered_no_streetwear_unasked(services):
    reply = say(services, "62세 엄마랑 트로트 콘서트 가요 엄마 옷 추천해주세요", "trot-mom")
    assert reply["outfits"] and all(look["style"] != "street" for look in reply["outfits"]), reply["reply"]
    asked = say(services, "my mum is 60 and loves streetwear, street style looks for a concert please", "street-mum")
    assert any(look["style"] == "street" for look in asked["outfits"]), asked["reply"]


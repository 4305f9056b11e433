"""Size help: nearest size of the reference chart for a height and weight."""

from __future__ import annotations

import pytest

from chains.sizes import letter_sizes, load_chart, suggest_sizes, steps_between


@pytest.mark.parametrize(("gender", "height", "weight", "top", "bottom"), [
    ("men", 175, 70, "M", "32"), ("men", 165, 55, "XS", "28"), ("men", 186, 95, "XXL", "38"),
    ("women", 160, 52, "S", "26"), ("women", 170, 72, "XL", "30"),
])
def test_the_nearest_chart_row_gives_the_size(gender, height, weight, top, bottom) -> None:
    sizes = {s.part: s.size for s in suggest_sizes(gender, height, weight)}
    assert sizes == {"top": top, "bottom": bottom}


def test_no_suggestion_without_the_numbers_or_outside_the_chart() -> None:
    assert suggest_sizes(None, 175, 70) == [] and suggest_sizes("men", None, 70) == []
    assert suggest_sizes("men", 120, 25) == []  # a child's body: the adult chart says nothing
    assert suggest_sizes("women", 190, 140) == []


def test_the_chart_covers_both_genders_and_parts_with_growing_sizes() -> None:
    chart = load_chart()
    for gender in ("men", "women"):
        for part in ("top", "bottom"):
            rows = [r for r in chart if r.gender == gender and r.part == part]
            assert len(rows) >= 5
            assert [r.height_cm for r in rows] == sorted(r.height_cm for r in rows)
            assert [r.weight_kg for r in rows] == sorted(r.weight_kg for r in rows)


@pytest.mark.parametrize(("said", "steps"), [("100", 1), ("L", 1), ("XL", 2), ("m", 0), ("S", -1), ("130", None)])
def test_a_named_size_is_counted_in_steps_from_the_suggested_one(said: str, steps: int | None) -> None:
    from chains.sizes import sizes_up, steps_from

    top = next(s for s in suggest_sizes("men", 175, 70) if s.part == "top")  # M (95)
    assert steps_from("men", said, top) == steps
    assert sizes_up("men", top, 2) == "XL (105)"



@pytest.mark.parametrize(("gender", "asked", "usual", "steps"), [
    ("men", "L", "M", 1), ("men", "XL", "M", 2), ("women", "S", "M", -1), (None, "100", "95", 1), ("men", "L", "9", None),
])
def test_a_size_asked_about_is_counted_from_the_one_usually_worn(gender, asked, usual, steps) -> None:
    assert steps_between(gender, asked, usual) == steps


@pytest.mark.parametrize(("text", "said"), [
    ("im between M and L, what size?", "Between M and L: take L for knits"),
    ("M이랑 L 사이인데 뭐 사요?", "M과 L 사이라면"),
    ("I'm a guy, what size shirt for a 42 inch chest", "A 107 cm chest wears menswear XL (105)"),
    ("what size for a 40 inch chest?", "A 102 cm chest wears menswear L (100) and womenswear XXL (99)"),
    ("I'm a guy, what size jacket should I get, my chest is 46", "A 117 cm chest wears menswear 3XL (115)"),  # a big man
])
def test_two_neighbouring_sizes_or_a_chest_measured_are_answered_without_height_and_weight(app_settings, text, said):
    from app.wiring import build_services

    reply = build_services(app_settings).stylist.turn(f"size-{len(text)}", text).to_json()
    assert reply["type"] == "answer" and reply["reply"].startswith(said), reply["reply"]


@pytest.mark.parametrize(("number", "gender", "letters"), [
    ("105", "men", {"men": "XL"}),
    ("105", None, {"men": "XL", "women": "XXL"}),  # a bust number in womenswear
    ("66", None, {"women": "M"}),
    ("M", None, {}),  # a letter is no number to translate
])
def test_a_korean_top_number_is_named_in_letter_sizes(number, gender, letters) -> None:
    assert letter_sizes(number, gender) == letters


@pytest.mark.parametrize(("text", "said", "not_said"), [
    # the usual size said: its letters, and no question for height and weight
    ("남자예요, 평소 상의 105인데 사이즈 뭐 사야돼요?", "XL 사이즈", "키(cm)"),
    ("I usually wear a 105 top, what size is that?", "105 is XL in menswear", "height"),
    # the size worn before a pregnancy decides, with no word "size" in the message
    ("임신 전에는 M 입었는데 지금 뭐 사야 해요?", "임신 전에 입던 M 그대로", "키(cm)"),
])
def test_the_size_usually_worn_is_answered_without_asking_for_numbers(app_settings, text, said, not_said):
    from app.wiring import build_services

    reply = build_services(app_settings).stylist.turn(f"usual-{len(text)}", text).to_json()
    assert reply["type"] == "answer" and not reply["outfits"], reply
    assert said in reply["reply"] and not_said not in reply["reply"], reply["reply"]


def test_a_weight_said_beside_the_word_size_is_no_korean_size() -> None:
    from chains.extract import extract

    weight = extract("여자 키 160 몸무게 55 사이즈 뭐 입어요?")
    assert (weight.size_said, weight.size_usual) == (None, None) and (weight.height_cm, weight.weight_kg) == (160.0, 55.0)
    said = extract("평소 55 사이즈 입어요 이 원피스 55 사면 될까요? 여자")
    assert said.size_usual == "55"


def test_a_size_question_that_asks_about_a_build_too_gets_both(app_settings) -> None:
    from app.wiring import build_services

    reply = build_services(app_settings).stylist.turn(
        "pear", "I'm 5'3 and 160 lbs, what size jeans should I get? and what cut is flattering for a pear shape? woman").to_json()
    assert "bottoms 30" in reply["reply"] and "straight" in reply["reply"].lower()


def test_a_usual_size_with_broad_shoulders_takes_the_size_up_unless_the_shoulders_fit(app_settings) -> None:
    from app.wiring import build_services

    reply = build_services(app_settings).stylist.turn(
        "broad", "what size should I get in your wool coat if I'm usually a M in tops but broad shoulders?").to_json()
    assert "take L unless M" in reply["reply"]

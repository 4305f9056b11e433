"""The stylist's rubric names the rule a look breaks, and passes a look a stylist would send."""

import pytest

from chains.rubric import Brief, answer_violations, look_violations
from retrieval.items import Item


def piece(id_, slot, kind, family, name, *, gender="men", usage=None):
    return Item(id=id_, name=name, kind=kind, slot=slot, color=family.title(), color_family=family,
                gender=gender, usage=usage)


SHIRT = piece("1", "top", "shirt", "white", "Arrow Men White Formal Shirt", usage="formal")
TROUSERS = piece("2", "bottom", "trousers", "grey", "Arrow Men Grey Formal Trousers", usage="formal")
SHOES = piece("3", "shoes", "shoes", "black", "Red Tape Men Black Formal Shoes", usage="formal")
BLAZER = piece("4", "outerwear", "blazer", "navy", "Blackberrys Men Navy Blazer", usage="formal")
GOOD = [SHIRT, TROUSERS, SHOES, BLAZER]


def test_a_good_interview_look_breaks_nothing():
    assert look_violations(GOOD, Brief("interview", "winter", "men")) == []


@pytest.mark.parametrize(("swap", "rule"), [
    (piece("5", "shoes", "sneakers", "white", "Nike Men White Running Shoes", usage="sports"), "athletic_at_dressy_event"),
    (piece("6", "outerwear", "jacket", "blue", "Wildcraft Men Blue Rain Jacket"), "weather_gear_on_dressy_look"),
    (piece("7", "bottom", "trousers", "grey", "Men Grey Shorts"), "out_of_season_light"),
    (piece("8", "top", "tshirt", "white", "Roadster Men White T-shirt", usage="casual"), "casual_at_formal_event"),
])
def test_each_broken_rule_is_named(swap, rule):
    look = [swap if i.slot == swap.slot else i for i in GOOD]
    assert rule in look_violations(look, Brief("interview", "winter", "men"))


def test_a_gym_bag_on_a_date_and_a_clutch_at_the_gym():
    duffel = piece("9", "accessory", "bag", "black", "Nike Unisex Black Duffel Bag")
    assert "wrong_bag" in look_violations([*GOOD, duffel], Brief("date", "winter", "men"))
    clutch = piece("10", "accessory", "bag", "black", "Women Black Clutch", gender="women")
    assert "wrong_bag" in look_violations([clutch], Brief("workout", "spring"))


def test_navy_head_to_toe_for_navy_chinos_and_a_reason_that_names_a_missing_colour():
    navy = [piece(str(n), slot, kind, "navy", f"Men Navy {kind}") for n, (slot, kind) in
            enumerate([("top", "shirt"), ("bottom", "trousers"), ("shoes", "shoes")])]
    assert "wanted_colour_everywhere" in look_violations(navy, Brief("daily", "spring", "men", ("navy",), (), "bottom"))
    why = "Classic for an interview: a white shirt with grey trousers; black and brown are a classic pairing."
    assert "reason_contradicts_look" in look_violations(GOOD, Brief("interview", "winter"), why)


def test_the_same_item_twice_in_one_answer():
    assert answer_violations([GOOD, [SHIRT]]) == [[], ["repeated_item"]]

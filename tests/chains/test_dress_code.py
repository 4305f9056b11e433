"""Dress codes as a stylist states them (prompts/dress_codes.toml), and looks composed to respect them."""

import pytest

from chains.compose import compose, plan_look
from chains.dress_code import dress_code
from chains.rubric import Brief, look_violations
from chains.state import Preferences
from retrieval.items import Item


def piece(id_, slot, kind, family, name, *, gender="men", usage=None, styles=("minimal",), score=0.5):
    return Item(id=id_, name=name, kind=kind, slot=slot, color=family.title(), color_family=family, gender=gender,
                usage=usage, styles=styles, score=score)


@pytest.mark.parametrize(("occasion", "season", "item", "allowed"), [
    ("interview", "winter", piece("1", "shoes", "sneakers", "white", "Nike Men White Running Shoes", usage="sports"), False),
    ("interview", "winter", piece("2", "shoes", "shoes", "black", "Red Tape Men Black Formal Shoes", usage="formal"), True),
    ("wedding", "summer", piece("3", "accessory", "bag", "black", "Lino Perros Women Black Clutch"), True),
    ("wedding", "summer", piece("4", "accessory", "bag", "black", "Nike Unisex Black Duffel Bag"), False),
    ("work", "spring", piece("5", "accessory", "bag", "black", "Wildcraft Unisex Black Laptop Bag"), True),
    ("date", "fall", piece("6", "accessory", "bag", "black", "Targus Men Black Laptop Sleeve Bag"), False),
    ("interview", "fall", piece("7", "outerwear", "jacket", "blue", "Wildcraft Men Blue Rain Jacket"), False),
    ("party", "spring", piece("8", "bottom", "trousers", "black", "Adidas Men Black Track Pants", usage="sports"), False),
    ("date", "fall", piece("9", "bottom", "trousers", "grey", "Men Grey Shorts"), False),
    ("travel", "summer", piece("10", "top", "sweatshirt", "grey", "Men Grey Hooded Sweatshirt"), False),
    ("daily", "winter", piece("11", "bottom", "leggings", "black", "Women Black Capri Leggings", gender="women"), False),
    ("workout", "spring", piece("12", "accessory", "bag", "black", "Women Black Party Clutch", gender="women"), False),
    ("workout", "spring", piece("13", "bottom", "trousers", "black", "Puma Men Black Track Pants", usage="sports"), True),
])
def test_what_each_occasion_and_season_allows(occasion, season, item, allowed):
    assert dress_code(occasion, season).allows(item) is allowed


def test_a_layer_is_needed_in_winter_and_avoided_at_the_gym_in_summer():
    assert dress_code("daily", "winter").layer == "needed"
    assert dress_code("workout", "summer").layer == "avoid"
    assert dress_code("interview", "summer").layer == "welcome"


POOL = {
    "top": [piece("t1", "top", "shirt", "white", "Arrow Men White Formal Shirt", usage="formal"),
            piece("t2", "top", "shirt", "blue", "Van Heusen Men Blue Formal Shirt", usage="formal"),
            piece("t3", "top", "tshirt", "navy", "Puma Men Navy Sports T-shirt", usage="sports", score=1.2)],
    "bottom": [piece("b1", "bottom", "trousers", "grey", "Arrow Men Grey Formal Trousers", usage="formal"),
               piece("b2", "bottom", "trousers", "navy", "Van Heusen Men Navy Formal Trousers", usage="formal"),
               piece("b3", "bottom", "trousers", "black", "Nike Men Black Track Pants", usage="sports", score=1.2)],
    "shoes": [piece("s1", "shoes", "shoes", "black", "Red Tape Men Black Formal Shoes", usage="formal"),
              piece("s2", "shoes", "shoes", "brown", "Lee Cooper Men Brown Formal Shoes", usage="formal"),
              piece("s3", "shoes", "sneakers", "white", "Nike Men White Running Shoes", usage="sports", score=1.2)],
    "outerwear": [piece("o1", "outerwear", "jacket", "blue", "Wildcraft Men Blue Rain Jacket", score=1.2),
                  piece("o2", "outerwear", "blazer", "navy", "Blackberrys Men Navy Blazer", usage="formal"),
                  piece("o3", "outerwear", "blazer", "grey", "Park Avenue Men Grey Blazer", usage="formal")],
    "accessory": [piece("a1", "accessory", "bag", "black", "Nike Unisex Black Duffel Bag", score=1.2),
                  piece("a2", "accessory", "watch", "black", "Titan Men Black Watch", usage="formal")],
}


def test_an_interview_look_keeps_sportswear_and_rain_jackets_out_even_when_they_rank_first():
    prefs = Preferences(gender="men", occasion="interview", season="winter")
    plans = [plan_look(prefs, style="classic", gender="men", season="winter", index=i, anchor=None) for i in range(2)]
    looks = compose(plans, [POOL] * 2, prefs)
    assert len(looks) == 2
    for _, items in looks:
        assert look_violations(items, Brief("interview", "winter", "men")) == []
        assert not {"t3", "b3", "s3", "o1", "a1"} & {i.id for i in items}
    assert any(i.id == "o2" for _, items in looks for i in items)  # the blazer is the winter layer


def test_a_named_garment_carries_the_wanted_colour_and_the_rest_pairs_with_it():
    prefs = Preferences(gender="men", occasion="work", season="spring", colors=("navy",), kinds=("trousers",))
    plan = plan_look(prefs, style="classic", gender="men", season="spring", index=0, anchor=None)
    (_, items), = compose([plan], [POOL], prefs)
    navy = [i.slot for i in items if i.color_family == "navy"]
    assert navy == ["bottom"]  # navy chinos, not navy from head to toe

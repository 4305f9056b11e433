"""The stylist's rubric names the rule a look breaks, and passes a look a stylist would send."""

import pytest

from chains.rubric import Brief, answer_violations, look_violations
from domain.items import Item


def piece(id_, slot, kind, family, name, *, gender="men", usage=None):
    colour = "Charcoal" if "Charcoal" in name else "Navy Blue" if family == "navy" else family.title()
    return Item(id=id_, name=name, kind=kind, slot=slot, color=colour, color_family=family,
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
    # a charcoal blazer over navy trousers: the halves of two suits
    (piece("9", "outerwear", "blazer", "grey", "Reid & Taylor Men Charcoal Grey Blazer", usage="formal"), "mismatched_suit"),
])
def test_each_broken_rule_is_named(swap, rule):
    look = [swap if i.slot == swap.slot else i for i in GOOD]
    if rule == "mismatched_suit":
        look = [piece("10", "bottom", "trousers", "navy", "Arrow Men Navy Formal Trousers", usage="formal")
                if i.slot == "bottom" else i for i in look]
    assert rule in look_violations(look, Brief("interview", "winter", "men"))


def test_a_sling_bag_or_a_divers_watch_at_the_office_is_named():
    for accessory in (piece("11", "accessory", "bag", "black", "Baggit Men Black Sling Bag"),
                      piece("12", "accessory", "watch", "black", "Timex Expedition Men Black Dial Watch")):
        assert "casual_accessory_at_formal_event" in look_violations(GOOD + [accessory], Brief("work", "fall", "men"))
    laptop = piece("13", "accessory", "bag", "black", "Targus Men Black Laptop Bag")
    assert look_violations(GOOD + [laptop], Brief("work", "fall", "men")) == []


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


def test_how_the_pieces_finish_each_other():
    dress = piece("11", "onepiece", "dress", "navy", "French Connection Women Navy Blue Dress", gender="women")
    trainers = piece("12", "shoes", "sneakers", "white", "Puma Women White Casual Shoes", gender="women")
    heels = piece("13", "shoes", "heels", "nude", "Carlton London Women Nude Heels", gender="women")
    clutch = piece("14", "accessory", "bag", "black", "Lino Perros Women Black Clutch", gender="women")
    wedding = Brief("wedding", "summer", "women")
    assert look_violations([dress, heels, clutch], wedding) == []
    assert "sneakers_with_dress" in look_violations([dress, trainers, clutch], wedding)
    assert "no_bag_for_her" in look_violations([dress, heels], wedding)
    check = piece("15", "top", "shirt", "blue", "Men Blue Check Shirt")
    stripes = piece("16", "bottom", "trousers", "grey", "Men Grey Striped Trousers")
    assert "two_loud_pieces" in look_violations([check, stripes, SHOES], Brief("daily", "spring", "men"))
    sweatshirt = piece("17", "top", "sweatshirt", "grey", "Men Grey Sweatshirt")
    jacket = piece("18", "outerwear", "jacket", "black", "Men Black Bomber Jacket")
    assert "layer_over_knit" in look_violations([sweatshirt, TROUSERS, SHOES, jacket], Brief("daily", "spring", "men"))
    winter = Brief("daily", "winter", "men")
    assert "layer_over_knit" not in look_violations([sweatshirt, TROUSERS, SHOES, jacket], winter)
    cardigan = piece("18b", "outerwear", "cardigan", "beige", "Basics Men Beige Knitted Cardigan")
    assert "layer_over_knit" in look_violations([sweatshirt, TROUSERS, SHOES, cardigan], winter)  # two knits


def test_the_same_product_under_another_id_is_a_repeat():
    twin = piece("19", "shoes", "shoes", "black", "Red Tape Men  black formal shoes", usage="formal")
    shirt = piece("20", "top", "shirt", "blue", "Arrow Men Blue Formal Shirt", usage="formal")
    trousers = piece("21", "bottom", "trousers", "navy", "Arrow Men Navy Formal Trousers", usage="formal")
    assert answer_violations([GOOD, [shirt, trousers, SHOES]])[1] == ["repeated_item"]
    assert answer_violations([GOOD, [shirt, trousers, twin]])[1] == ["repeated_item"]


def test_white_belongs_to_the_bride():
    cream = piece("22", "onepiece", "dress", "beige", "Forever New Women Magnolia Cream Dress", gender="women")
    heels = piece("23", "shoes", "heels", "nude", "Carlton London Women Nude Heels", gender="women")
    clutch = piece("24", "accessory", "bag", "black", "Lino Perros Women Black Clutch", gender="women")
    assert "bridal_white_at_wedding" in look_violations([cream, heels, clutch], Brief("wedding", "spring", "women"))
    assert "bridal_white_at_wedding" not in look_violations([cream, heels, clutch], Brief("party", "spring", "women"))


def test_black_shoes_with_a_brown_belt_clash():
    brown_belt = piece("25", "accessory", "belt", "brown", "Park Avenue Men Brown Belt")
    black_belt = piece("26", "accessory", "belt", "black", "Park Avenue Men Black Belt")
    assert "black_and_brown_leather" in look_violations([*GOOD, brown_belt], Brief("work", "fall", "men"))
    assert "black_and_brown_leather" not in look_violations([*GOOD, black_belt], Brief("work", "fall", "men"))


def test_cufflinks_belong_to_a_dress_shirt_at_a_wedding():
    cufflinks = piece("27", "accessory", "jewellery", "metallic", "Belmonte Men Formal Steel Cufflinks")
    short_sleeves = piece("28", "top", "shirt", "white", "Arrow Men White Short Sleeve French Cuff Shirt", usage="formal")
    double_cuffs = piece("29", "top", "shirt", "white", "Van Heusen Men White French Cuff Formal Shirt", usage="formal")
    look = [double_cuffs if i.slot == "top" else i for i in [*GOOD, cufflinks]]
    assert "cufflinks_out_of_place" not in look_violations(look, Brief("wedding", "fall", "men"))
    assert "cufflinks_out_of_place" in look_violations([*GOOD, cufflinks], Brief("wedding", "fall", "men"))
    assert "cufflinks_out_of_place" in look_violations(look, Brief("party", "summer", "men"))
    with_short_sleeves = [short_sleeves if i.slot == "top" else i for i in look]
    assert "cufflinks_out_of_place" in look_violations(with_short_sleeves, Brief("wedding", "fall", "men"))


def test_no_blazer_over_short_sleeves():
    short = piece("30", "top", "shirt", "beige", "Arrow Men Beige Shirt", usage="formal")
    short = Item(**{**short.__dict__, "warmth": "light"})  # the catalogue read its sleeves from the photo
    look = [short if i.slot == "top" else i for i in GOOD]
    assert "layer_over_short_sleeves" in look_violations(look, Brief("work", "summer", "men"))
    assert "layer_over_short_sleeves" not in look_violations(GOOD, Brief("work", "summer", "men"))

import pytest

from chains.compose import compose, is_complete, plan_look
from chains.harmony import harmony
from chains.state import Preferences
from domain.items import Item


def item(id_, slot, kind, family, *, gender="men", styles=("minimal",), score=0.5, source="catalog"):
    return Item(id=id_, name=f"{family} {kind}", kind=kind, slot=slot, color=family.title(),
                color_family=family, gender=gender, styles=styles, score=score, source=source)


POOL = {
    "top": [item("t1", "top", "shirt", "white"), item("t2", "top", "tshirt", "navy"),
            item("t3", "top", "sweater", "grey"), item("t4", "top", "tshirt", "red", score=0.9)],
    "bottom": [item("b1", "bottom", "trousers", "beige"), item("b2", "bottom", "jeans", "blue"),
               item("b3", "bottom", "trousers", "black"), item("b4", "bottom", "trousers", "green", score=0.9)],
    "shoes": [item("s1", "shoes", "sneakers", "white"), item("s2", "shoes", "shoes", "brown"),
              item("s3", "shoes", "boots", "black"), item("s4", "shoes", "sneakers", "navy")],
    "accessory": [item("a1", "accessory", "watch", "metallic"), item("a2", "accessory", "belt", "brown")],
}


@pytest.mark.parametrize(
    ("families", "reason"),
    [(["navy", "beige", "white"], "pairing"), (["black", "grey", "black"], "pairing"),
     (["grey", "beige"], "neutral"), (["grey", "red", "beige"], "accent"), (["red", "red", "grey"], "tonal")],
)
def test_harmony_reasons(families, reason):
    assert harmony(families).reason == reason


def test_clashing_and_busy_colours_score_lower():
    assert harmony(["red", "green", "grey"]).score < harmony(["red", "grey", "grey"]).score
    assert harmony(["red", "yellow", "purple"]).score < harmony(["navy", "beige", "white"]).score


def test_three_complete_looks_without_repeated_items():
    prefs = Preferences(gender="men", style="minimal", occasion="date")
    plans = [plan_look(prefs, style="minimal", gender="men", season="summer", index=i, anchor=None) for i in range(3)]
    looks = compose(plans, [POOL] * 3, prefs)
    assert len(looks) == 3
    ids = [i.id for _, items in looks for i in items]
    assert len(ids) == len(set(ids))
    assert all(is_complete(items) for _, items in looks)


def test_red_with_green_is_not_chosen_even_when_both_score_high():
    prefs = Preferences(gender="men")
    plan = plan_look(prefs, style="minimal", gender="men", season="summer", index=0, anchor=None)
    (_, items), = compose([plan], [POOL], prefs)
    families = {i.color_family for i in items}
    assert not {"red", "green"} <= families


def test_avoided_colours_never_appear():
    prefs = Preferences(gender="men", avoid_colors=("white", "black"))
    plans = [plan_look(prefs, style="minimal", gender="men", season="summer", index=i, anchor=None) for i in range(3)]
    for _, items in compose(plans, [POOL] * 3, prefs):
        assert not {"white", "black"} & {i.color_family for i in items}


def test_the_anchor_is_in_every_look_and_its_slot_is_not_filled_twice():
    anchor = item("upload-x", "top", "shirt", "navy", gender="unisex", source="upload")
    prefs = Preferences(gender="men")
    plans = [plan_look(prefs, style="minimal", gender="men", season="summer", index=i, anchor=anchor) for i in range(3)]
    looks = compose(plans, [POOL] * 3, prefs, anchor)
    assert len(looks) == 3
    for _, items in looks:
        assert anchor in items
        assert [i.slot for i in items].count("top") == 1


def test_wardrobe_items_come_first():
    own = item("w1", "shoes", "sneakers", "grey", source="wardrobe", score=0.1)
    pool = {**POOL, "shoes": POOL["shoes"] + [own]}
    prefs = Preferences(gender="men")
    plan = plan_look(prefs, style="minimal", gender="men", season="summer", index=0, anchor=None)
    (_, items), = compose([plan], [pool], prefs)
    assert own in items


def test_a_look_that_cannot_be_completed_is_dropped():
    prefs = Preferences(gender="men")
    plan = plan_look(prefs, style="minimal", gender="men", season="summer", index=0, anchor=None)
    assert compose([plan], [{**POOL, "shoes": []}], prefs) == []


def test_womenswear_date_and_wedding_briefs_plan_dresses():
    date = Preferences(gender="women", occasion="date")
    plans = [plan_look(date, style="minimal", gender="women", season="summer", index=i, anchor=None) for i in range(3)]
    assert [("onepiece" in p.slots) for p in plans] == [True, True, False]
    wedding = Preferences(gender="women", occasion="wedding")
    plans = [plan_look(wedding, style="classic", gender="women", season="summer", index=i, anchor=None) for i in range(3)]
    assert all("onepiece" in p.slots for p in plans)
    daily = Preferences(gender="women", occasion="daily")
    plans = [plan_look(daily, style="feminine", gender="women", season="summer", index=i, anchor=None) for i in range(3)]
    assert [("onepiece" in p.slots) for p in plans] == [False, True, False]


def test_every_look_carries_a_wanted_colour():
    prefs = Preferences(gender="men", colors=("green",))
    plans = [plan_look(prefs, style="minimal", gender="men", season="summer", index=i, anchor=None) for i in range(2)]
    greens = [item("t5", "top", "polo", "green", score=0.1), item("t6", "top", "shirt", "green", score=0.1)]
    pool = {**POOL, "top": POOL["top"] + greens}
    looks = compose(plans, [pool] * 2, prefs)
    assert len(looks) == 2
    assert all(any(i.color_family == "green" for i in items) for _, items in looks)


def test_asking_for_a_jacket_adds_the_layer_even_in_summer():
    prefs = Preferences(gender="men", kinds=("jacket",))
    plan = plan_look(prefs, style="casual", gender="men", season="summer", index=0, anchor=None)
    assert "outerwear" in plan.slots


def test_asked_for_olive_trousers_every_look_wears_them_or_the_answer_is_shorter():
    prefs = Preferences(gender="men", colors=("olive",), kinds=("trousers",))
    plans = [plan_look(prefs, style="minimal", gender="men", season="fall", index=i, anchor=None) for i in range(3)]
    olive = [item("b5", "bottom", "trousers", "olive", score=0.2)]  # the catalogue has one pair
    looks = compose(plans, [{**POOL, "bottom": POOL["bottom"] + olive}] * 3, prefs)
    assert len(looks) == 1  # not two more looks that ignore the request
    assert any(i.id == "b5" for i in looks[0][1])


def test_around_a_named_coloured_top_the_trousers_take_a_colour_said_to_go_with_it():
    """"What goes with my green blouse?" answers "beige, navy, white or grey": the looks show one of them,
    not the black trousers that score a little higher on their own."""
    prefs = Preferences(gender="women", colors=("green",), kinds=("blouse",))
    plan = plan_look(prefs, style="minimal", gender="women", season="spring", index=0, anchor=None)
    pool = {"top": [item("g1", "top", "blouse", "green", gender="women")],
            "bottom": [item("g2", "bottom", "trousers", "black", gender="women", score=0.8),
                       item("g3", "bottom", "trousers", "beige", gender="women", score=0.6)],
            "shoes": [item("g4", "shoes", "flats", "white", gender="women")], "accessory": []}
    (_, items), = compose([plan], [pool], prefs)
    assert {"g1", "g3"} <= {i.id for i in items}

"""What a sixth blind round (R15) found: one look's change that did not say what changed ("Here is look 2 with
that change" over a new top nobody could see), and relatives unheard as whom the clothes are for ("My mum is
63 and needs an outfit for a funeral" asked menswear or womenswear)."""

from __future__ import annotations

import pytest

from chains.extract import extract
from domain.items import Item


def say(services, text, user):
    return services.stylist.turn(user, text).to_json()


def pieces(look, slot=None):
    return [Item.from_json(i) for i in look["items"] if slot is None or i["slot"] == slot]


@pytest.mark.parametrize(("text", "gender"), [
    ("My mum is 63 and needs an outfit for a funeral at a cemetery in January", "women"),
    ("looking for something for my grandma, she's 80", "women"),
    ("my grandad needs a coat", "men"),
    ("My grandpa's funeral is on Saturday, what do I wear?", None),  # the grandfather's day, not his clothes
    ("할머니 칠순 잔치에 입을 옷", None),  # the grandchild dresses for the grandmother's party
    ("할머니 옷 추천해줘", "women"),
])
def test_the_relative_the_clothes_are_for_says_their_gender(text, gender):
    assert extract(text).preferences.gender == gender


def test_one_changed_look_says_which_piece_went_and_which_came(services):
    user = "swap-said"
    before = say(services, "work outfits for a woman", user)["outfits"]
    after = say(services, "swap the shoes in look 1", user)
    old_shoes, new_shoes = pieces(before[0], "shoes")[0], pieces(after["outfits"][0], "shoes")[0]
    assert old_shoes.id != new_shoes.id
    text = after["reply"].lower()
    assert text.startswith("look 1 now wears") and new_shoes.color.lower() in text and old_shoes.color.lower() in text

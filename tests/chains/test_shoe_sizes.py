"""Shoe sizes said in one system are answered in the others (US, UK, EU and the mm Korean shops sell by)."""

from __future__ import annotations

import pytest

from chains.shoe_sizes import ShoeSize, converted, said_shoe_size


@pytest.mark.parametrize("text, system, value", [("I'm a US 9, what's that in mm?", "us", 9.0),
                                                 ("9.5 US mens", "us", 9.5), ("I wear a 7 1/2 US", "us", 7.5),
                                                 ("EU 42 is what in US?", "eu", 42.0), ("uk8 trainers", "uk", 8.0),
                                                 ("235 신는데 미국 사이즈로 몇이야?", "mm", 235.0),
                                                 ("270mm면 나이키 몇", "mm", 270.0)])
def test_a_shoe_size_is_read_with_its_system(text, system, value):
    assert said_shoe_size(text) == ShoeSize(system, value)


def test_the_common_conversions_hold():
    nine = converted(ShoeSize("us", 9), "men")
    assert (nine.mm, nine.uk, nine.eu, nine.us_women) == (270, 8, 42.5, 10)
    assert converted(ShoeSize("us", 7), "women").mm == 240  # a women's US 7 is 240 mm
    assert converted(ShoeSize("mm", 235), "women").us_women == 6.5
    assert converted(ShoeSize("us", 90), None) is None  # no foot is that long


def test_a_us_size_is_answered_in_mm_for_either_wardrobe(services):
    reply = services.stylist.turn("shoes us", "I'm a US 9 in shoes, what's that in Korean size?").to_json()
    assert reply["type"] == "answer" and not reply["outfits"]
    assert "270 mm" in reply["reply"] and "260 mm" in reply["reply"], reply["reply"]


def test_a_foot_length_in_korean_is_answered_in_us_sizes(services):
    reply = services.stylist.turn("shoes mm", "235 신는데 미국 사이즈로 몇이야? 여자").to_json()
    assert "US 6.5" in reply["reply"] and "235" in reply["reply"], reply["reply"]


def test_a_dress_size_is_no_shoe_size(services):
    reply = services.stylist.turn("dress us", "I usually wear US 8 dresses, what size here?").to_json()
    assert "mm" not in reply["reply"]

"""Round twenty-six: facts told after the looks change them. A full build ("I'm 60 and a bit heavy", "60세 키 155
통통") re-cuts the looks on screen (nothing tight or clingy) with the note on cuts that skim, instead of "noted"; a
long seated dinner asks for comfort. (A day in two parts is tests/chains/test_day_parts.py.)"""

from __future__ import annotations

import pytest

from chains.extract import extract
from tests.chains.talk import ids, say

CLINGING = ("slim fit", "skinny", "bodycon", "legging")


@pytest.mark.parametrize("text", ["I'm 60 and a bit heavy, 155 cm", "60세 키 155 통통", "i'm on the heavier side",
                                  "I'm a size 18, what do you think"])
def test_a_full_build_said_in_words_is_dressed_relaxed(text):
    heard = extract(text)
    assert heard.build == "full" and heard.feel.relaxed and "body:belly" in heard.topics, text


@pytest.mark.parametrize("text", ["heavy rain tomorrow, what do I wear to work", "I need a heavy coat for Seoul",
                                  "is the bag too heavy for a wedding?", "size 8 shoes"])
def test_heavy_things_are_no_build(text):
    assert extract(text).build is None, text


@pytest.mark.parametrize("fact, note", [("I'm 60 and a bit heavy, 155 cm", "Skimming the middle"),
                                        ("60세 키 155 통통", "배를 자연스럽게 가리려면")])
def test_a_full_build_told_after_the_looks_recuts_them_with_its_note(services, fact, note):
    user = f"build-after-{fact[:3]}"
    first = say(services, "I'm a woman, need an outfit for a wedding guest in May", user)
    reply = say(services, fact, user)
    assert reply["outfits"] and note in reply["reply"], reply["reply"]
    assert "noted" not in reply["reply"] and "고마워요" not in reply["reply"]
    names = [i["name"].lower() for o in reply["outfits"] for i in o["items"]]
    assert not any(word in name for name in names for word in CLINGING), names
    # (re-cut, not rebuilt: the looks' dresses and colours stay where nothing clung)
    assert [o["items"][0]["id"] for o in reply["outfits"]] == [o["items"][0]["id"] for o in first["outfits"]]


def test_a_full_build_told_of_his_looks_takes_the_slim_fit_shirts_out(services):
    first = say(services, "man, office in spring", "build-his")
    reply = say(services, "i'm on the heavier side tbh", "build-his")
    names = [i["name"].lower() for o in reply["outfits"] for i in o["items"]]
    assert reply["outfits"] and not any("slim" in n or "skinny" in n for n in names), names
    assert "fuller build" in reply["reply"].lower() or "skim" in reply["reply"].lower(), reply["reply"]
    assert len(reply["outfits"]) == len(first["outfits"]) and ids(reply["outfits"][0])


def test_a_long_seated_dinner_asks_for_comfort():
    assert extract("it's a long dinner, like 4 hours").feel.comfort
    assert extract("저녁 식사가 길어요 오래 앉아 있어야 돼요").feel.comfort

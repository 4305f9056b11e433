"""Everyday looks in spring or autumn rain go out under a rain jacket; a dressy occasion keeps its own layer."""

from __future__ import annotations


from chains.rain_layer import is_rain_shell
from domain.items import Item
from domain.traits import is_sportswear


def say(services, text, user):
    return services.stylist.turn(user, text, None).to_json()


def looks_of(reply):
    return [[Item.from_json(i) for i in outfit["items"]] for outfit in reply["outfits"]]


def shells_of(reply):
    return [i for items in looks_of(reply) for i in items if is_rain_shell(i)]


def test_a_rainy_autumn_weekend_goes_out_under_a_rain_jacket_each(services):
    reply = say(services, "rainy autumn weekend, what should i wear? im a guy", user="rain-weekend")
    looks = looks_of(reply)
    assert looks and all(any(is_rain_shell(i) for i in items) for items in looks), reply["outfits"]
    shells = shells_of(reply)
    assert len({s.id for s in shells}) == len(shells)  # never the same jacket twice in one answer
    assert "rain jacket" in reply["reply"]


def test_the_office_in_the_rain_takes_a_plain_rain_jacket_never_a_sports_one(services):
    reply = say(services, "rainy autumn commute to the office, I'm a guy", user="rain-office")
    shells = shells_of(reply)
    assert shells, reply["outfits"]
    assert not any(is_sportswear(s) for s in shells), [s.name for s in shells]
    for items in looks_of(reply):  # one layer each: the rain jacket takes the blazer's place
        assert sum(i.slot == "outerwear" for i in items) <= 1


def test_a_wedding_in_the_rain_keeps_its_own_layer(services):
    reply = say(services, "autumn wedding guest, it will rain, I'm a man", user="rain-wedding")
    assert reply["outfits"] and not shells_of(reply)


def test_no_jackets_said_in_the_rain_puts_none_on(services):
    reply = say(services, "rainy autumn weekend but no jackets please, im a guy", user="rain-no-jacket")
    assert reply["outfits"] and not shells_of(reply)
    assert not any(i.kind == "jacket" for items in looks_of(reply) for i in items)


def test_the_rainy_office_looks_break_no_rule_of_the_stylists_rubric(services):
    from chains.rubric import Brief, look_violations

    reply = say(services, "rainy autumn commute to the office, I'm a guy", user="rain-rubric")
    shelled = [items for items in looks_of(reply) if any(is_rain_shell(i) for i in items)]
    assert shelled
    for items in shelled:
        assert look_violations(items, Brief("work", "fall", "men", rain=True)) == [], [i.name for i in items]
        # the same look on a dry day would be gear on an office look
        assert "weather_gear_on_dressy_look" in look_violations(items, Brief("work", "fall", "men"))

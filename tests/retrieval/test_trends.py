"""Trends from the catalogue's own listings (data/catalog/trends.json) and their chart."""

from PIL import Image

from diffusion.trend_chart import draw_trend_chart
from domain.colors import family_hex, hex_to_rgb
from domain.vocabulary import COLOR_FAMILIES, KINDS, SEASONS, STYLES
from retrieval.trends import season_trend


def test_every_season_compares_its_latest_year_with_an_earlier_one_in_vocabulary_words():
    for season in SEASONS:
        found = season_trend(season)
        assert found is not None and found.year > found.previous and found.items >= 60
        assert found.colors and all(r.change > 0 for r in found.colors)
        assert {r.value for r in found.colors} <= set(COLOR_FAMILIES) - {"multi", "metallic"}
        assert {r.value for r in found.kinds} <= set(KINDS) and {r.value for r in found.styles} <= set(STYLES)
        assert [r.change for r in found.colors] == sorted((r.change for r in found.colors), reverse=True)


def test_the_chart_draws_each_bar_in_its_colour(tmp_path):
    rows = [("Beige", 6.7, family_hex("beige")), ("Navy", 4.4, family_hex("navy"))]
    path = draw_trend_chart(rows, "Rising colours, spring 2013", tmp_path)
    colours = {rgb for _, rgb in Image.open(path).convert("RGB").getcolors(1 << 20)}
    assert hex_to_rgb(family_hex("navy")) in colours and hex_to_rgb(family_hex("beige")) in colours


def test_a_wearer_gets_their_own_listings_where_there_are_enough():
    men, women, everyone = season_trend("fall", "men"), season_trend("fall", "women"), season_trend("fall")
    assert men.gender == "men" and women.gender == "women" and everyone.gender is None
    assert men.items + women.items >= everyone.items and men.colors != women.colors
    assert season_trend("spring", "men").gender is None  # too few spring listings apart: all of them

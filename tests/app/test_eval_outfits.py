"""`stylist eval outfits`: the grid covers every brief it claims, the rubric reads real answers, and the
person-judged means are read per composer."""

import json
from collections import Counter

import pytest

from app.eval_outfits import GridBrief, grid, judge_answer, judged_means


def test_the_grid_covers_every_occasion_gender_and_season_in_both_languages():
    briefs = grid()
    plain = Counter((b.lang, b.occasion, b.season, b.gender) for b in briefs if not b.colors)
    assert len(plain) == 2 * 8 * 4 * 2 and set(plain.values()) == {1}
    assert {b.lang for b in briefs if b.colors} == {"en", "ko"}


@pytest.mark.parametrize("brief", [
    GridBrief("a job interview in winter, men", "en", "interview", "winter", "men"),
    GridBrief("여자 여름 결혼식 하객 코디 추천해줘", "ko", "wedding", "summer", "women"),
    GridBrief("outfit for a workout in fall, women", "en", "workout", "fall", "women"),
    GridBrief("outfit for the gym in winter, men", "en", "gym", "winter", "men"),  # indoors: a tee, no coat
])
def test_real_answers_break_no_stylist_rule(app_settings, brief):
    from app.wiring import build_services

    services = build_services(app_settings)
    reply = services.stylist.turn("judge", brief.text).to_json()
    assert reply["outfits"]
    assert judge_answer(reply, brief, services.catalog.get) == [[] for _ in reply["outfits"]]


def test_judged_means_per_composer_latest_round_first(tmp_path):
    path = tmp_path / "ratings.json"
    first = [{"composer": "old", "rating": 2}, {"composer": "old", "rating": 3}, {"composer": "new", "rating": 4}]
    second = [{"round": 2, "composer": "old", "rating": 1}, {"round": 2, "composer": "new", "rating": 5}]
    path.write_text(json.dumps({"looks": first}))
    one = {"n": 3, "new_mean": 4.0, "new_n": 1, "old_mean": 2.5, "old_n": 2}
    assert judged_means(path) == {**one, "round": 1, "rounds": {"1": one}}
    path.write_text(json.dumps({"looks": first + second}))
    two = {"n": 2, "new_mean": 5.0, "new_n": 1, "old_mean": 1.0, "old_n": 1}
    assert judged_means(path) == {**two, "round": 2, "rounds": {"1": one, "2": two}}

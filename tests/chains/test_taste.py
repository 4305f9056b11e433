import numpy as np

from chains.taste import FEATURES, best_brands, brand_vectors, features, vector


def rows(brand, n, styles, colour, kind):
    return [{"brand": brand, "styles": styles, "color_family": colour, "kind": kind}] * n


CATALOGUE = (rows("Calm", 8, ["minimal"], "navy", "shirt") + rows("Calm", 4, ["minimal"], "white", "trousers")
             + rows("Loud", 10, ["street"], "red", "tshirt") + rows("Tiny", 2, ["minimal"], "navy", "shirt"))


def test_brand_vectors_need_enough_items_and_are_unit_length():
    vectors = brand_vectors(CATALOGUE)
    assert set(vectors) == {"Calm", "Loud"}
    assert all(abs(np.linalg.norm(v) - 1) < 1e-6 for v in vectors.values())


def test_a_minimal_navy_taste_matches_the_minimal_brand_first_and_says_why():
    taste = vector([features(["minimal"], "navy", "shirt"), features(["minimal"], "grey", "trousers")])
    best, second = best_brands(taste, brand_vectors(CATALOGUE), top=2)
    assert best.brand == "Calm" and best.similarity > second.similarity
    assert "style:minimal" in best.shared


def test_no_taste_no_brands():
    assert best_brands(vector([]), brand_vectors(CATALOGUE)) == []
    assert len(FEATURES) == len(set(FEATURES))


def test_the_agent_answers_brands_for_me(app_settings):
    from app.wiring import build_services

    stylist = build_services(app_settings).stylist
    stylist.turn("taste", "minimal looks for men, I love navy")
    reply = stylist.turn("taste", "which brands are for me?").to_json()
    assert reply["type"] == "answer" and reply["reply"].count(").") >= 3

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


def test_brand_affinity_breaks_ties_between_equal_candidates_but_never_outweighs_fit():
    from dataclasses import replace

    from chains.compose import compose, plan_look
    from chains.state import Preferences
    from chains.taste import brand_affinity
    from domain.items import Item

    def piece(id_, slot, kind, family, brand, score=0.5):
        return Item(id=id_, name=f"{brand} {family} {kind}", brand=brand, kind=kind, slot=slot, color=family.title(),
                    color_family=family, gender="men", styles=("minimal",), score=score)

    pool = {"top": [piece("t-loud", "top", "shirt", "white", "Loud"), piece("t-calm", "top", "shirt", "white", "Calm")],
            "bottom": [piece("b1", "bottom", "trousers", "navy", "Other")],
            "shoes": [piece("s1", "shoes", "sneakers", "white", "Other")]}
    prefs = Preferences(gender="men")
    plan = replace(plan_look(prefs, style="minimal", gender="men", season="summer", index=0, anchor=None),
                   slots=("top", "bottom", "shoes"))
    taste = vector([features(["minimal"], "navy", "shirt")])
    affinity = brand_affinity(taste, brand_vectors(CATALOGUE))
    assert affinity["Calm"] > affinity["Loud"]

    def top_of(pool_, **kwargs):
        (_, items), = compose([plan], [pool_], prefs, **kwargs)
        return next(i.id for i in items if i.slot == "top")

    assert top_of(pool) == "t-loud"  # without a taste, the first of equals
    assert top_of(pool, brand_affinity=affinity) == "t-calm"  # the brand closer to the taste wins the tie
    clearly_better = {**pool, "top": [replace(pool["top"][0], score=0.6), pool["top"][1]]}
    assert top_of(clearly_better, brand_affinity=affinity) == "t-loud"  # a better fit is never overruled
    assert brand_affinity(vector([]), brand_vectors(CATALOGUE)) == {}

"""Scripted conversations through the real agent (real catalogue sample, real SQLite, collage renderer)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chains.compose import is_complete
from chains.exclusions import is_of_kind
from chains.rubric import Brief, look_violations
from domain.items import Item
from domain.vocabulary import WORN_SLOTS
from domain.traits import is_sportswear, patterned, traits_of


def say(services, text, image=None, user="ana"):
    return services.stylist.turn(user, text, str(image) if image else None).to_json()


def items_of(outfit):
    return [Item.from_json(i) for i in outfit["items"]]


def assert_valid_looks(reply, *, count, genders=("men", "women", "unisex")):
    assert reply["type"] == "outfits", reply["reply"]
    assert len(reply["outfits"]) == count
    seen: set[str] = set()
    for outfit in reply["outfits"]:
        items = items_of(outfit)
        assert is_complete(items), [i.slot for i in items]
        assert outfit["why"]
        assert {i.gender for i in items} <= set(genders)
        ids = {i.id for i in items if i.source != "upload"}
        assert not ids & seen, "an item repeats across the looks of one answer"
        seen |= ids
    assert len(reply["images"]) == count and all(Path(p).is_file() for p in reply["images"])


def test_a_vague_request_gets_one_question_then_three_looks(services):
    first = say(services, "I need an outfit")
    assert first["type"] == "question"
    assert first["asks"] == ["occasion", "gender"]  # two things at most in one question; the style defaults
    assert first["quick_replies"]
    second = say(services, "for a date, minimal style, men")
    assert_valid_looks(second, count=3, genders=("men", "unisex"))
    assert second["preferences"]["occasion"] == "date" and second["preferences"]["style"] == "minimal"


def test_korean_works_the_same_way_and_replies_in_korean(services):
    first = say(services, "데이트룩 추천해줘", user="min")
    # an occasion is enough but whose clothes: one short question, in Korean, its buttons answer it
    assert first["type"] == "question" and first["asks"] == ["gender"] and "남성복" in first["quick_replies"]
    assert any("\uac00" <= ch <= "\ud7a3" for ch in first["reply"])
    second = say(services, "미니멀, 남자", user="min")
    assert_valid_looks(second, count=3, genders=("men", "unisex"))
    assert all(o["style"] == "minimal" for o in second["outfits"])
    assert any("\uac00" <= ch <= "\ud7a3" for ch in second["outfits"][0]["why"])


def test_avoided_colours_and_gender_hold_in_every_look(services):
    reply = say(services, "casual looks for women, no black and no white", user="jo")
    assert_valid_looks(reply, count=3, genders=("women", "unisex"))
    families = {i["color_family"] for o in reply["outfits"] for i in o["items"]}
    assert not families & {"black", "white"}


def test_a_photo_mid_conversation_asks_the_kind_then_builds_around_it(services, navy_shirt_photo):
    say(services, "I need an outfit for work this fall, men", user="kim")  # a season: not the calendar's
    question = say(services, "what goes with this?", navy_shirt_photo, user="kim")
    assert question["type"] == "question" and question["asks"] == ["kind"]
    assert question["garment"]["color_family"] == "navy"
    buttons = [b.lower() for b in question["quick_replies"]]
    assert buttons and len(buttons) == len(set(buttons)), question["quick_replies"]  # no "T-shirt" beside "t-shirt"
    looks = say(services, "Shirt", user="kim")
    # work, no style fixed: three classic and three minimal looks, all around the shirt
    assert_valid_looks(looks, count=6, genders=("men", "unisex"))
    for outfit in looks["outfits"]:
        uploads = [i for i in outfit["items"] if i["source"] == "upload"]
        assert len(uploads) == 1 and uploads[0]["kind"] == "shirt" and uploads[0]["slot"] == "top"
        assert [i["slot"] for i in outfit["items"]].count("top") == 1


def test_a_photo_with_the_kind_in_the_text_asks_only_whose_clothes(services, navy_shirt_photo):
    question = say(services, "what goes with these jeans?", navy_shirt_photo, user="lee")
    assert question["type"] == "question" and question["asks"] == ["gender"]  # never guessed by mixing
    reply = say(services, "womenswear", user="lee")
    assert_valid_looks(reply, count=6, genders=("women", "unisex"))
    assert all(any(i["source"] == "upload" and i["slot"] == "bottom" for i in o["items"]) for o in reply["outfits"])


def test_the_colour_said_of_the_photographed_garment_beats_the_models(services, navy_shirt_photo):
    """"Found these olive cords": the looks are built around olive trousers, named so, and olive is no wish
    for more olive pieces; a question about the photo keeps it in the example looks."""
    reply = say(services, "found these olive cords at a thrift store, what goes with them for work? he/him",
                navy_shirt_photo, user="cords")
    own = [i for o in reply["outfits"] for i in o["items"] if i["source"] == "upload"]
    assert own and {(i["kind"], i["color_family"]) for i in own} == {("trousers", "olive")}, reply["reply"]
    assert reply["reply"].startswith("Here's how I'd wear your olive trousers"), reply["reply"]
    assert reply["preferences"]["colors"] == []
    asked = say(services, "what colour shoes go with them?", user="cords")
    assert all(any(i["source"] == "upload" for i in o["items"]) for o in asked["outfits"]), asked["reply"]


def test_an_unreadable_photo_gets_a_clear_message_and_loses_nothing(services, tmp_path):
    say(services, "a date look, minimal, women", user="sue")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"%PDF-1.4 this is not an image")
    reply = say(services, "what about this?", broken, user="sue")
    assert reply["type"] == "error" and "photo" in reply["reply"].lower()
    assert reply["preferences"]["style"] == "minimal"
    assert len(services.stylist.history("sue")) == 4


def test_show_me_more_gives_new_items(services):
    first = say(services, "minimal date look for men", user="tom")
    more = say(services, "show me more", user="tom")
    assert_valid_looks(more, count=3, genders=("men", "unisex"))
    before = {i["id"] for o in first["outfits"] for i in o["items"]}
    after = {i["id"] for o in more["outfits"] for i in o["items"]}
    assert not before & after


def test_preferences_and_conversation_survive_a_restart(app_settings):
    from app.wiring import build_services

    say(build_services(app_settings), "street style, women, no pink", user="rae")
    restarted = build_services(app_settings)
    history = restarted.stylist.history("rae")
    assert [m.role for m in history] == ["user", "assistant"]
    reply = say(restarted, "show me something for a party", user="rae")
    assert reply["preferences"]["gender"] == "women" and reply["preferences"]["avoid_colors"] == ["pink"]


def test_empty_message_is_answered_and_not_stored(services):
    reply = services.stylist.turn("zed", "   ")
    assert reply.reply.type == "error" and not reply.recorded
    assert services.stylist.history("zed") == []


def test_looks_fit_the_occasion_and_the_season(services):
    reply = say(services, "a job interview in winter, men", user="ian")
    assert reply["type"] == "outfits"
    kinds = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert not kinds & {"shorts", "sandals", "tshirt", "tank", "sweatshirt"}
    assert "blazer" in kinds
    for outfit in reply["outfits"]:  # a layer, or (when the catalogue has no more blazers) a warm piece
        items = [Item.from_json(i) for i in outfit["items"]]
        assert "no_warmth_in_winter" not in look_violations(items, Brief("interview", "winter", "men"))


def test_sdxl_that_cannot_load_falls_back_to_collages_and_says_so(app_settings, tmp_path):
    from app.wiring import build_services

    settings = app_settings.model_copy(update={"renderer": "sdxl", "sdxl_model": str(tmp_path / "no-model"),
                                               "sdxl_loras": []})
    reply = say(build_services(settings), "minimal date look for men", user="sdxl-less")
    assert_valid_looks(reply, count=3, genders=("men", "unisex"))
    assert "flat-lay" in reply["reply"]


def test_render_progress_reaches_the_caller_over_all_looks(app_settings, tmp_path):
    """A renderer that reports steps (as SDXL does): the turn's progress callback sees them all."""
    from dataclasses import replace

    from app.wiring import agent_services, build_catalog
    from chains.turn import TurnEvents
    from chains.stylist import Stylist
    from diffusion.collage import CollageRenderer
    from storage.db import make_engine
    from storage.repo import Repository

    class SteppingCollage(CollageRenderer):
        def render(self, request):
            for step in range(1, 5):
                request.progress(step, 4)
            return super().render(request)

    services = replace(agent_services(app_settings, build_catalog(app_settings)), renderer=SteppingCollage(tmp_path))
    stylist = Stylist(services, Repository(make_engine(app_settings.resolved_database_url)))
    seen, early = [], []
    events = TurnEvents(progress=lambda done, total: seen.append((done, total)), looks_ready=lambda reply, lang: early.append(reply))
    reply = stylist.turn("p", "minimal date look for men", events=events)
    assert len(reply.reply.images) == 3
    assert seen[-1] == (12, 12) and seen == sorted(seen)
    # the looks were told before the first drawing step: the same pieces, no pictures yet
    assert len(early) == 1 and not early[0].images
    assert [o.items for o in early[0].outfits] == [o.items for o in reply.reply.outfits]


def test_a_saved_garment_is_used_first_and_only_by_its_owner(services, navy_shirt_photo):
    say(services, "what goes with this shirt? men", navy_shirt_photo, user="owner")
    saved = say(services, "save it to my wardrobe", user="owner")
    assert saved["type"] == "answer" and "wardrobe" in saved["reply"]
    services.stylist.new_conversation("owner")
    looks = say(services, "minimal date look for men", user="owner")
    assert_valid_looks(looks, count=3, genders=("men", "unisex"))
    own = [i for o in looks["outfits"] for i in o["items"] if i["source"] == "wardrobe"]
    assert len(own) == 1 and own[0]["kind"] == "shirt" and own[0]["color_family"] == "navy"
    other = say(services, "minimal date look for men", user="stranger")
    assert not [i for o in other["outfits"] for i in o["items"] if i["source"] == "wardrobe"]


def test_saving_without_a_photo_says_what_to_do(services):
    reply = say(services, "save it to my wardrobe", user="nophoto")
    assert reply["type"] == "answer" and "photo" in reply["reply"].lower()


def test_a_garment_the_model_recognises_needs_no_question(app_settings, navy_shirt_photo):
    from app.wiring import build_services

    confident = build_services(app_settings.model_copy(update={"kind_confidence_threshold": 0.0}))
    reply = say(confident, "what goes with this? men", navy_shirt_photo, user="sure")
    assert reply["type"] == "outfits" and reply["garment"]["kind"]
    for outfit in reply["outfits"]:
        assert [i["source"] for i in outfit["items"]].count("upload") == 1


def test_more_like_number_two_keeps_the_looks_and_adds_ones_of_the_same_wearer(services):
    first = say(services, "date looks", user="lia")
    if first["type"] == "question":
        first = say(services, "no idea", user="lia")
    second_wearer = {i["gender"] for i in first["outfits"][1]["items"]} - {"unisex"}
    reply = say(services, "another one like #2", user="lia")
    kept = [[i["id"] for i in o["items"]] for o in reply["outfits"][: len(first["outfits"])]]
    assert kept == [[i["id"] for i in o["items"]] for o in first["outfits"]]
    added = reply["outfits"][len(first["outfits"]):]
    assert added and "#2" in reply["reply"]
    assert all({i["gender"] for i in o["items"]} - {"unisex"} <= second_wearer for o in added)


@pytest.mark.parametrize(("opening", "shrug", "wearer", "switch"), [
    ("christmas date, we'll be outside a lot", "you pick", "women", "Menswear instead"),
    # a piece only one wardrobe wears, even ruled out, says whose clothes: no question
    ("wedding guest outfit, I hate wearing a tie", None, "men", "Womenswear instead"),
    ("힐 싫어요 결혼식 하객룩", None, "women", "남성복으로"),
])
def test_whose_clothes_left_to_us_is_one_wardrobe_said_with_a_switch(services, opening, shrug, wearer, switch):
    user = f"left-{wearer}-{len(opening)}"
    reply = asked = say(services, opening, user=user)
    if shrug is not None:
        assert asked["type"] == "question" and "gender" in asked["asks"]
        reply = say(services, shrug, user=user)
    wearers = {i["gender"] for o in reply["outfits"] for i in o["items"]} - {"unisex"}
    assert reply["outfits"] and wearers == {wearer}, wearers
    assert reply["quick_replies"][0] == switch
    switched = say(services, switch, user=user)
    assert switched["outfits"] and wearer not in {i["gender"] for o in switched["outfits"] for i in o["items"]}


def test_a_revision_says_what_really_changed(services):
    say(services, "summer travel looks for women", user="mo")
    reply = say(services, "something warmer", user="mo")
    assert reply["type"] == "outfits"
    assert "the rest stays as it was" not in reply["reply"] or any(
        i["season"] != "summer" for o in reply["outfits"] for i in o["items"])


def test_a_size_question_gets_sizes_in_the_persons_language(services):
    reply = say(services, "I'm a man, 180 cm and 75 kg. What size should I get?", user="sz")
    assert reply["type"] == "answer" and "L" in reply["reply"] and "180" in reply["reply"]
    asked = say(services, "사이즈 추천해줘", user="sz-ko")
    assert "키" in asked["reply"]
    answered = say(services, "여자, 키 163 몸무게 52", user="sz-ko")
    assert "M" in answered["reply"] and "163" in answered["reply"]


@pytest.mark.parametrize(("numbers", "gender", "said"), [
    ("I'm 180cm and 75kg, what size should I get?", "male", "180 cm and 75 kg"),
    ("키 175에 몸무게 70이면 사이즈 뭐 입어?", "남자", "키 175cm, 몸무게 70kg"),
])
def test_a_size_question_with_the_numbers_asks_only_the_gender_then_answers(services, numbers, gender, said):
    asked = say(services, numbers, user=f"sz-{gender}")
    assert asked["type"] == "question" and asked["asks"] == ["gender"]
    answered = say(services, gender, user=f"sz-{gender}")
    assert answered["type"] == "answer" and said in answered["reply"], answered["reply"]
    assert not answered["outfits"]


def test_a_size_question_uses_the_height_and_weight_of_the_profile(app_settings, tmp_path):
    from app.panels import Panels, Profile
    from app.wiring import build_services

    services = build_services(app_settings)
    Panels(services.repository, [tmp_path], tmp_path).profile.save("pf", Profile("women", 163, 52, "", (), (), (), (), None))
    reply = say(services, "what size am I?", user="pf")
    assert reply["type"] == "answer" and "163 cm and 52 kg" in reply["reply"] and "tops" in reply["reply"]


def test_what_the_person_says_about_their_photo_beats_the_model(services, tmp_path):
    from garment_photos import draw_garment

    photo = draw_garment(tmp_path / "red.jpg", (190, 30, 40))
    first = say(services, "what goes with this bag?", image=photo, user="ph")  # read as a bag
    assert first["garment"]["kind"] == "bag"
    reply = say(services, "it's a dress, I'm a woman", user="ph")
    assert reply["type"] == "outfits", reply["reply"]
    for outfit in reply["outfits"]:
        uploads = [i for i in outfit["items"] if i["source"] == "upload"]
        assert [i["kind"] for i in uploads] == ["dress"]
        assert not [i for i in outfit["items"] if i["kind"] == "dress" and i["source"] != "upload"]


def test_trends_are_told_from_the_catalogue_and_looks_follow_them_on_request(services):
    from retrieval.trends import season_trend

    reply = say(services, "올봄 트렌드 컬러는 무엇인가요?", user="tr")
    assert reply["type"] == "answer" and "2013" in reply["reply"] and reply["images"]
    rising = {r.value for r in season_trend("spring").colors[:2]}
    looks = say(services, "트렌드 반영해서 미니멀 룩 여자, 봄", user="tr")
    assert looks["type"] == "outfits"
    assert all({i["color_family"] for i in o["items"]} & rising for o in looks["outfits"])


def test_trend_looks_asked_before_a_question_follow_the_trend_and_name_its_colours(services):
    from retrieval.trends import season_trend

    asked = say(services, "spring trend looks please", user="tq")
    assert asked["type"] == "question"
    looks = say(services, "for a woman, casual", user="tq")
    rising = [r.value for r in season_trend("spring").colors[:2]]
    assert looks["type"] == "outfits" and all({i["color_family"] for i in o["items"]} & set(rising)
                                              for o in looks["outfits"])
    assert all(colour in looks["reply"] for colour in rising)  # the colours are named, not only worn
    later = say(services, "office looks now", user="tq")  # the trend was for those looks only
    assert "rising" not in later["reply"]


def test_whose_clothes_is_asked_once_and_never_guessed_by_mixing(services):
    first = say(services, "party looks", user="gq")
    assert first["type"] == "question" and first["asks"] == ["gender"]
    vague = say(services, "whatever", user="gq")
    assert vague["type"] == "outfits"  # unanswered: looks on defaults, one wearer per look
    again = say(services, "date looks", user="gq")
    assert again["type"] == "outfits"  # not asked a second time


def test_a_picture_that_is_not_a_garment_is_said_so_and_nothing_is_lost(services, tmp_path):
    from PIL import Image, ImageDraw

    first = say(services, "minimal date look for men", user="ng")
    chart = Image.new("RGB", (640, 420), "white")
    draw = ImageDraw.Draw(chart)
    for i, height in enumerate((120, 300, 210, 80)):
        draw.rectangle((60 + i * 120, 400 - height, 140 + i * 120, 400), fill=("#3366cc", "#dc3912")[i % 2])
    chart.save(tmp_path / "chart.png")
    reply = say(services, "what goes with this?", image=tmp_path / "chart.png", user="ng")
    assert reply["type"] == "question" and "garment" in reply["reply"]
    again = say(services, "show me more", user="ng")
    assert again["type"] == "outfits" and not any(i["source"] == "upload" for o in again["outfits"] for i in o["items"])
    assert first["outfits"]


def test_a_new_conversation_remembers_the_person_not_the_last_request(services):
    say(services, "wedding look for a woman in summer, something red, no black", user="newchat")
    services.stylist.new_conversation("newchat")
    reply = say(services, "I need an outfit", user="newchat")
    assert reply["type"] == "question" and "occasion" in reply["asks"]  # last time's wedding is not assumed
    prefs = reply["preferences"]
    assert prefs["gender"] == "women" and prefs["avoid_colors"] == ["black"]  # who she is and what she never wears
    assert prefs["colors"] == [] and prefs["season"] is None and prefs["kinds"] == []


def test_asking_for_shoes_names_the_shoes_of_each_look(services):
    reply = say(services, "I need shoes for a wedding, I'm a woman", user="sh")
    assert reply["type"] == "outfits" and "The shoes, look by look:" in reply["reply"]
    named = reply["reply"].split("look by look:")[1]
    for number, outfit in enumerate(reply["outfits"], start=1):
        shoes = next(i for i in outfit["items"] if i["slot"] == "shoes")
        assert f"{number}. " in named and shoes["color_family"] in named.lower()


def test_a_trend_wish_waits_only_for_the_answer_to_its_question(services):
    assert say(services, "trend minimal look please", user="tw")["type"] == "question"
    say(services, "what is minimal style?", user="tw")  # answered otherwise: the wish lapses
    later = say(services, "wedding look for a man", user="tw")
    assert later["type"] == "outfits" and "rising" not in later["reply"]


def test_a_man_who_asks_for_a_bag_gets_one_even_on_a_date(services):
    reply = say(services, "date look for a man with a bag", user="mb")
    assert reply["type"] == "outfits"
    assert any(i["kind"] == "bag" for o in reply["outfits"] for i in o["items"])


def test_a_shoe_pool_holds_black_and_brown_pairs_and_each_product_once(services):
    """A search for summer wedding shoes brings tan pairs first; a charcoal suit still needs black ones,
    and the catalogue's one product under several ids is one candidate."""
    from chains.recommend import fetch_slot, resolve_brief
    from chains.state import Preferences

    prefs = Preferences(gender="men", occasion="wedding", season="summer")
    pool = fetch_slot(services.catalog, "shoes", "men", prefs, resolve_brief(prefs, 6), ())
    names = [i.product_name for i in pool]
    assert len(names) == len(set(names))
    assert {"black", "brown"} <= {i.color_family for i in pool}
    assert all(i.season != "winter" for i in pool)  # any season but the opposite one


DARK = {"black", "grey", "navy", "white", "metallic"}  # a funeral's colours (a white shirt, a steel watch)


@pytest.mark.parametrize(("question", "answer", "note"), [
    ("what should I wear to a funeral?", "Menswear", "At a funeral"),
    ("장례식에 뭐 입고 가야 해?", "남성복", "장례식 복장"),
])
def test_a_funeral_gets_its_dress_code_then_sober_looks_for_whoever_the_answer_names(services, question, answer,
                                                                                      note):
    asked = say(services, question, user=f"fu-{answer}")
    assert asked["type"] == "answer" and asked["reply"].startswith(note) and not asked["outfits"]
    assert all(button.startswith(note) for button in asked["quick_replies"])  # whose looks, for this topic
    looks = say(services, answer, user=f"fu-{answer}")
    assert looks["outfits"], looks["reply"]
    for outfit in looks["outfits"]:
        items = items_of(outfit)
        assert {i.gender for i in items} <= {"men", "unisex"}
        assert not [i.name for i in items if i.slot != "accessory" and i.color_family not in DARK]
        assert not [i.name for i in items if i.kind in ("sneakers", "sandals", "jeans", "tshirt")]
        assert not [i.name for i in items if patterned(i.name)]  # no checks or stripes, the tie included


@pytest.mark.parametrize(("request_", "answer"), [
    ("ok show me a full look for a funeral", "menswear"), ("장례식 코디 보여줘", "남자"),
])
def test_looks_asked_for_after_the_dress_code_ask_whose_clothes_then_come(services, request_, answer):
    asked = say(services, request_, user=f"fu-show-{answer}")
    assert asked["type"] == "question" and asked["asks"] == ["gender"], asked["reply"]
    looks = say(services, answer, user=f"fu-show-{answer}")
    assert looks["outfits"] and all(i["color_family"] in DARK for o in looks["outfits"] for i in o["items"]
                                    if i["slot"] != "accessory")


def test_asked_whether_the_tie_can_go_the_answer_says_it_is_the_custom_then_takes_it_off(services):
    say(services, "what should I wear to a funeral? I'm a guy", user="fu-tie")
    reply = say(services, "can I skip the tie?", user="fu-tie")
    assert reply["reply"].startswith("A tie is the custom at a funeral, but you can go without"), reply["reply"]
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "tie"]


def test_show_me_more_after_an_answer_with_looks_stays_on_its_brief(services):
    answer = say(services, "what should I wear to a funeral? I'm a guy", user="fu-more")
    assert answer["type"] == "answer" and answer["outfits"]
    more = say(services, "show me more", user="fu-more")
    assert more["type"] == "outfits" and more["outfits"], more["reply"]  # no "what's the occasion?"
    assert more["preferences"]["style"] is None  # the answer's example brief is not saved as the person's
    for outfit in more["outfits"]:
        items = items_of(outfit)
        assert {i.gender for i in items} <= {"men", "unisex"}
        assert not [i.name for i in items if i.slot != "accessory" and i.color_family not in DARK]


WARMTH = {"light": 0, "medium": 1, "warm": 2, "heavy": 3}


def _warmth(items):
    return sorted((WARMTH[traits_of(i).warmth] for i in items if i.slot in ("outerwear", "top", "bottom", "shoes")),
                  reverse=True)


def test_warmer_makes_every_look_warmer_or_names_the_looks_it_could_not(services):
    first = say(services, "fall daily looks for men", user="warm")
    reply = say(services, "warmer", user="warm")
    assert reply["type"] == "outfits" and len(reply["outfits"]) == len(first["outfits"])
    for number, (old, new) in enumerate(zip(first["outfits"], reply["outfits"], strict=True), start=1):
        # (the catalogue's own pieces, with the warmth read from their photos at ingest, as the stylist sees them)
        before, after = (services.catalog.get([i["id"] for i in o["items"]]) for o in (old, new))
        if before == after:
            # "Looks 2, 5 stay as they were", "Looks 1, 4 already have a warm coat"
            assert str(number) in reply["reply"].split("as it was.", 1)[-1], reply["reply"]
        else:  # a layer added, a piece traded for a warmer one, or (as warm as its pieces go) a scarf added
            scarf = [i for i in after if i not in before and i.kind in ("scarf", "hat")]
            assert len(_warmth(after)) > len(_warmth(before)) or _warmth(after) > _warmth(before) or scarf


@pytest.mark.parametrize(("question", "note"), [
    ("what goes with a white shirt?", "Styling a shirt"),
    ("what should I wear with my black skirt?", "Styling a skirt"),
    ("청바지에 뭐 입어?", "청바지 코디"),
])
def test_a_question_about_a_garment_is_answered_about_that_garment(services, question, note):
    reply = say(services, question, user=f"garment-{note}")
    assert reply["type"] == "answer" and note in reply["reply"], reply["reply"]
    assert reply["reply"].index(note) < 60  # first, or after one sentence on the colours that go with it


def test_black_tie_is_an_event_not_a_black_tie(services):
    reply = say(services, "is a black tie event formal? I'm a man", user="bt")
    assert reply["type"] == "answer" and "formal" in reply["reply"] and "tuxedo" in reply["reply"]
    assert reply["preferences"]["colors"] == [] and "tie" not in (reply["preferences"]["kinds"] or [])
    assert reply["preferences"]["gender"] == "men"  # who the person dresses holds after a question


def test_black_tie_looks_keep_to_its_dress_code_and_a_suit_instead_is_answered(services):
    his = say(services, "I'm a guy, got a black tie wedding in january", user="bt-him")
    assert his["outfits"]
    for outfit in his["outfits"]:
        items = items_of(outfit)
        assert {i.color_family for i in items if i.slot in ("outerwear", "bottom", "shoes")} <= {"black", "navy"}
        assert not any(i.kind in ("sweater", "cardigan", "boots", "sneakers") for i in items)
    suit = say(services, "can I just wear a black suit instead of a tux?", user="bt-him")
    assert suit["reply"].startswith("A suit for black tie: Yes") and "Wearing black" not in suit["reply"]
    hers = say(services, "black tie gala next month, woman, what should I wear?", user="bt-her")
    assert hers["outfits"] and all(any(i.slot == "onepiece" for i in items_of(o)) for o in hers["outfits"])
    assert not any(i.kind in ("blazer", "cardigan") for o in hers["outfits"] for i in items_of(o))


@pytest.mark.parametrize(("text", "note"), [
    ("I don't own a suit, what do I wear to a wedding? I'm a guy", "No suit needed"),
    ("정장이 없는데 결혼식 하객룩 어떡하죠? 남자에요", "정장이 없어도 괜찮아요"),
])
def test_no_suit_gets_looks_of_separates_and_says_so(services, text, note):
    reply = say(services, text, user=f"nosuit-{note[:3]}")
    assert reply["outfits"] and note in reply["reply"], reply["reply"]


def test_a_coat_asked_for_where_the_catalogue_has_none_wears_its_heaviest_layer_and_says_so(services):
    reply = say(services, "show me an outfit with a coat for everyday, I'm a guy", user="coat-him")
    layers = [i for o in reply["outfits"] for i in items_of(o) if i.slot == "outerwear"]
    assert not any(i.kind == "coat" for i in layers)  # the demo catalogue has no men's coats
    assert len(layers) >= len(reply["outfits"]) - 1
    assert "has no coats that suit this" in reply["reply"], reply["reply"]


def test_without_a_piece_the_look_does_not_wear_is_said_not_attempted(services):
    first = say(services, "date night outfit, I'm a guy", user="no-tie")
    assert not any(i.kind == "tie" for i in items_of(first["outfits"][0]))
    reply = say(services, "would #1 be ok without a tie?", user="no-tie")
    assert reply["reply"] == "Look 1 has no tie already, so it stays as it is."  # a date expects none
    assert reply["outfits"] == first["outfits"]


def test_warmer_on_one_look_in_a_warm_jacket_says_so_rather_than_failing(services):
    first = say(services, "flying to london for new years, lots of walking. what should i pack? 28F", user="warm-one")
    assert first["preferences"]["gender"] == "women"
    reply = say(services, "#3 warmer pls", user="warm-one")
    if reply["outfits"][2] == first["outfits"][2]:
        assert reply["reply"].startswith("Look 3 already has a warm coat or jacket"), reply["reply"]
    assert "couldn't find" not in reply["reply"]


def test_you_pick_to_the_looks_an_answer_offered_dresses_the_garments_usual_wearer(services):
    say(services, "what goes with my olive cargo pants", user="you-pick")
    looks = say(services, "you pick", user="you-pick")
    assert looks["type"] == "outfits" and "I dressed your piece in menswear" in looks["reply"], looks["reply"]
    for outfit in looks["outfits"]:
        items = items_of(outfit)
        assert {i.gender for i in items} <= {"men", "unisex"}
        assert any(i.slot == "bottom" and i.color_family == "olive" for i in items)
    dressier = say(services, "make #1 a bit dressier, going to dinner after", user="you-pick")
    assert any(i.slot == "bottom" and i.color_family == "olive" for i in items_of(dressier["outfits"][0]))


def test_a_style_said_for_one_look_restyles_that_look_alone(services):
    first = say(services, "연말 모임 룩 추천해주세요 남친이랑 같이 가는 파티에요", user="one-style")
    number = next(n for n, o in enumerate(first["outfits"], 1) if o["style"] != "minimal")
    reply = say(services, f"{number}번 너무 과해요 좀 심플하게", user="one-style")
    assert reply["outfits"][number - 1]["style"] == "minimal"
    assert [o for n, o in enumerate(reply["outfits"], 1) if n != number] == \
        [o for n, o in enumerate(first["outfits"], 1) if n != number]


def test_asking_whether_a_size_up_wears_oversized_is_answered_about_that_size(services):
    say(services, "키 175 몸무게 70이면 남자 패딩 사이즈 뭐 입어야돼?", user="oversize")
    reply = say(services, "100 사이즈 사면 오버핏 돼?", user="oversize")
    assert reply["reply"].startswith("100 사이즈는 평소 사이즈 M (95)보다 한 치수 커서"), reply["reply"]
    bigger = say(services, "would an XL be oversized on me?", user="oversize")
    assert bigger["reply"].startswith("XL is two or more sizes up"), bigger["reply"]


def test_a_size_asked_about_is_answered_against_the_size_usually_worn(services):
    reply = say(services, "남자 172 68 오버핏 코트 사려는데 L 사면 돼? 평소 M 입어", user="usual-size")
    # the cut is oversized already: their usual M; the chart's numbers for 172 cm and 68 kg after it
    assert reply["reply"].startswith("오버핏으로 나온 옷은 이미 크게 재단돼 있어서 평소 사이즈 M으로도"), reply["reply"]
    assert "키 172cm, 몸무게 68kg" in reply["reply"] and "상의 M(95)" in reply["reply"], reply["reply"]
    hoodie = say(services, "I'm a guy, usually a medium. Would an XL hoodie be oversized on me?", user="usual-size-en")
    assert hoodie["reply"].startswith("XL is two or more sizes up from your usual M"), hoodie["reply"]


def test_a_colour_the_occasion_keeps_off_the_clothes_goes_into_an_accent_or_is_said_missing(services):
    """"#1 in dark green" at a black-tie wedding: no green shirt or trousers; look 1 keeps its clothes and
    wears green in its tie (or scarf, bag), or stays as it was, said; never all black with a green watch."""
    first = say(services, "wedding guest, black tie optional, man, no tux", user="green")
    first = first if first["outfits"] else say(services, "show me", user="green")
    before = {i.id for i in items_of(first["outfits"][0]) if i.slot in WORN_SLOTS}
    reply = say(services, "can u do #1 in dark green instead", user="green")
    after = items_of(reply["outfits"][0])
    green = [i for i in after if i.color_family == "green"]
    if reply["reply"].startswith("The catalogue has nothing green for the clothes themselves"):
        assert {i.id for i in after if i.slot in WORN_SLOTS} == before and green and green[0].slot == "accessory"
    elif reply["reply"].startswith("The catalogue has nothing green that suits look 1"):
        assert reply["outfits"][0] == first["outfits"][0]
    else:  # green clothes after all
        assert any(i.slot in WORN_SLOTS for i in green), reply["reply"]


def test_a_cut_of_shoe_asked_for_comes_by_name_or_is_said_missing(services):
    first = say(services, "date outfit for a woman", user="loafers")
    reply = say(services, "swap the shoes on #1 for loafers", user="loafers")
    shoes = next(i for i in items_of(reply["outfits"][0]) if i.slot == "shoes")
    if reply["outfits"][0] == first["outfits"][0]:
        assert reply["reply"] == "I couldn't find loafers that suit look 1, so it stays as it was."
    else:
        assert "loafer" in shoes.name.lower(), shoes.name


def test_a_longer_skirt_gives_trousers_and_says_why(services):
    say(services, "work outfit, woman, skirts please", user="longer")
    reply = say(services, "longer skirt pls, knee is too short", user="longer")
    assert reply["reply"].startswith("The catalogue doesn't record how long its skirts"), reply["reply"]
    assert reply["outfits"] and not any(i.kind == "skirt" for o in reply["outfits"] for i in items_of(o))


def test_would_a_look_work_for_another_occasion_is_not_read_as_work(services):
    from chains.extract import extract

    assert extract("would #1 work for christmas eve service too?").preferences.occasion == "church"


def test_a_piece_named_for_one_look_goes_on_that_look(services):
    first = say(services, "크리스마스 데이트룩 추천해줘 남자", user="named-piece")
    number = next(n for n, o in enumerate(first["outfits"], 1)
                  if not any(i.kind == "sneakers" for i in items_of(o)))
    reply = say(services, f"{number}번 신발 운동화로", user="named-piece")
    shoes = [i for i in items_of(reply["outfits"][number - 1]) if i.slot == "shoes"]
    assert shoes and shoes[0].kind == "sneakers", reply["reply"]
    assert [o for n, o in enumerate(reply["outfits"], 1) if n != number] == \
        [o for n, o in enumerate(first["outfits"], 1) if n != number]


def test_a_piece_asked_about_for_a_look_without_one_is_added_and_named(services):
    say(services, "상견례 여자 코디 추천해줘", user="add-coat")
    bare = say(services, "1번 아우터 없이", user="add-coat")
    assert not any(i.slot == "outerwear" for i in items_of(bare["outfits"][0]))
    reply = say(services, "1번에 어떤 코트가 어울려?", user="add-coat")
    assert any(i.slot == "outerwear" for i in items_of(reply["outfits"][0])), reply["reply"]
    assert "1번 코디에 코트를 더했어요" in reply["reply"] and reply["reply"].startswith("1번 코디에는")


def test_no_dresses_gives_separates_not_rompers_and_no_summer_layer_in_december(services):
    say(services, "낼 소개팅인데 여자 코디 좀.. 레스토랑에서 만나요", user="no-dress")
    reply = say(services, "원피스 빼고", user="no-dress")
    items = [i for o in reply["outfits"] for i in items_of(o)]
    assert items and not any(i.slot == "onepiece" for i in items)
    assert not any(i.slot == "outerwear" and i.season == "summer" for i in items)


def test_not_owning_a_suit_said_after_the_looks_is_answered_about_them(services):
    first = say(services, "wedding guest outfit, I'm a guy", user="no-suit-after")
    reply = say(services, "he doesnt own a suit and won't buy one", user="no-suit-after")
    assert first["outfits"] and reply["reply"].startswith("No suit needed"), reply["reply"]


def test_a_named_garment_asked_about_gets_looks_around_it_once_the_wearer_is_known(services):
    # (their own garment: its colours in a line, then the one question, whose clothes; no lecture on chinos)
    asked = say(services, "what to wear with my olive cargo pants", user="cargo")
    assert asked["type"] == "question" and asked["asks"] == ["gender"] and "olive" in asked["reply"].lower()
    assert len(asked["reply"]) < 200
    looks = say(services, "menswear", user="cargo")
    assert looks["type"] == "outfits" and looks["outfits"], looks["reply"]
    for outfit in looks["outfits"]:
        items = items_of(outfit)
        assert any(i.kind == "trousers" and i.color_family == "olive" for i in items)
        assert {i.gender for i in items} <= {"men", "unisex"}


def test_a_colour_ruled_out_after_the_looks_leaves_every_look(services):
    first = say(services, "결혼식 하객룩 남자", user="nobrown")
    assert first["outfits"]
    reply = say(services, "갈색 빼줘", user="nobrown")
    assert reply["outfits"]
    assert not [i.name for o in reply["outfits"] for i in items_of(o) if i.color_family == "brown"]
    if len(reply["outfits"]) < len(first["outfits"]):  # a look that could not lose it is left out, and said
        assert "뺐어요" in reply["reply"]


def test_swapped_shoes_are_other_shoes_in_every_look(services):
    first = say(services, "casual date look for a woman", user="swap")
    reply = say(services, "swap the shoes", user="swap")
    before = [{i.id for i in items_of(o) if i.slot == "shoes"} for o in first["outfits"]]
    after = [{i.id for i in items_of(o) if i.slot == "shoes"} for o in reply["outfits"]]
    assert len(after) == len(before) and all(not a & b for a, b in zip(after, before, strict=True))


def test_a_budget_the_catalogue_cannot_check_is_said_so(services):
    reply = say(services, "date look for a woman under $50", user="budget")
    assert reply["type"] == "outfits"
    if not any(i["price"] is not None for o in reply["outfits"] for i in o["items"]):
        assert "no prices" in reply["reply"]


def test_a_vague_reply_after_looks_gets_new_looks_not_the_same_ones(services):
    first = say(services, "minimal date look for men", user="vague")
    again = say(services, "whatever you think", user="vague")
    assert again["type"] == "outfits" and again["outfits"]
    shown = {i["id"] for o in first["outfits"] for i in o["items"]}
    assert {i["id"] for o in again["outfits"] for i in o["items"]} != shown


def test_a_hike_gets_sporty_layered_looks_and_its_own_note(services):
    reply = say(services, "going hiking this weekend, I'm a guy", user="hike")
    assert reply["type"] == "outfits" and reply["preferences"]["occasion"] == "travel"  # the contract's word
    assert "hike" in reply["reply"]
    for outfit in reply["outfits"]:
        items = items_of(outfit)
        assert any(i.slot == "outerwear" for i in items), "a jacket for the top of the hill"
        assert not [i.name for i in items if i.kind in ("jeans", "heels", "blazer", "shirt", "shoes", "sandals")]
    note = say(services, "how should I dress for a hike?", user="hike")
    assert note["type"] == "answer" and "Dressing for a hike" in note["reply"]


@pytest.mark.parametrize(("said", "season"), [
    ("다음주 30도 넘는대 출근룩 추천 좀. 남자", "summer"),
    ("work outfit for a man, it's going to be like 90 degrees", "summer"),
    ("daily look for a man, it'll be 2°C", "winter"),
])
def test_the_temperature_said_sets_the_season_of_the_looks(services, said, season):
    reply = say(services, said, user=f"temp-{season}-{len(said)}")
    assert reply["type"] == "outfits" and reply["preferences"]["season"] == season
    opposite = {"summer": "winter", "winter": "summer"}[season]
    assert not [i["name"] for o in reply["outfits"] for i in o["items"] if i["season"] == opposite]


def test_a_rule_that_removes_nothing_says_so_and_keeps_the_looks(services):
    first = say(services, "summer travel looks for women", user="noop")
    kinds = {i["kind"] for o in first["outfits"] for i in o["items"]}
    absent = next(k for k in ("skirt", "heels", "jumpsuit", "boots") if k not in kinds)
    reply = say(services, f"no {absent}", user="noop")
    assert "None of these looks has" in reply["reply"]
    assert reply["outfits"] == first["outfits"]


def test_without_the_jacket_takes_the_layer_off(services):
    first = say(services, "summer date looks for women", user="nojacket")
    with_layer = [n for n, o in enumerate(first["outfits"]) if any(i["slot"] == "outerwear" for i in o["items"])]
    reply = say(services, "without the jacket", user="nojacket")
    assert reply["type"] == "outfits"
    assert not [i["name"] for o in reply["outfits"] for i in o["items"] if i["kind"] == "jacket"]
    for n in with_layer:  # the rest of the look stays as it was
        kept = [i["id"] for i in first["outfits"][n]["items"] if i["slot"] != "outerwear"]
        assert any(set(kept) <= {i["id"] for i in o["items"]} for o in reply["outfits"])


@pytest.mark.parametrize(("question", "verdict"), [
    ("is it ok to wear black and navy together?", "Yes"),
    ("do red and green go together?", "clash"),
    ("갈색 구두에 검정 바지 괜찮아?", "네"),
])
def test_a_do_these_go_together_question_gets_yes_or_no_first(services, question, verdict):
    reply = say(services, question, user=f"yesno-{len(question)}")
    assert reply["type"] == "answer" and verdict in reply["reply"].split(".")[0], reply["reply"]


def test_smart_looks_wear_no_sportswear_labels(services):
    reply = say(services, "date night looks for a man", user="nopuma")
    assert not [i.name for o in reply["outfits"] for i in items_of(o) if is_sportswear(i)]


def test_a_kind_ruled_out_with_a_question_still_holds_after_it(services):
    asked = say(services, "추워 죽겠는데 뭐 입지? 패딩 없이 코디 가능?", user="nopadding")
    assert asked["type"] == "question"
    looks = say(services, "남자", user="nopadding")
    assert looks["outfits"]
    assert not [i.name for o in looks["outfits"] for i in items_of(o) if is_of_kind(i, ["coat"])]


def test_a_photo_whose_kind_goes_unanswered_is_styled_as_the_models_best_reading(services, tmp_path):
    from PIL import Image

    path = tmp_path / "yellow.png"
    Image.new("RGB", (120, 160), (230, 200, 40)).save(path)
    asked = say(services, "이거 사진 보고 코디해줘 여자예요", path, user="guess")
    assert asked["type"] == "question" and asked["asks"] == ["kind"], asked["reply"]
    looks = say(services, "흰색 싫어", user="guess")
    assert looks["type"] == "outfits" and looks["outfits"]
    assert all(any(i["source"] == "upload" for i in o["items"]) for o in looks["outfits"])  # not dropped
    assert "보고 코디했어요" in looks["reply"]  # the guess is said


@pytest.mark.parametrize(("said", "label", "contract"), [
    ("my nephew's christening next sunday, I'm a guy", "a family occasion", "wedding"),
    ("theatre matinee on saturday, what should I wear? woman", "a show or an exhibition", "date"),
])
def test_events_outside_the_eight_occasions_get_their_own_name_and_a_neighbours_dress_code(services, said, label,
                                                                                          contract):
    reply = say(services, said, user=f"event-{contract}")
    assert reply["type"] == "outfits" and label in reply["reply"]
    assert reply["preferences"]["occasion"] == contract  # the chat contract's word


def test_a_shrugged_question_is_not_asked_again(services):
    say(services, "idk I just need something to wear", user="shrug")
    say(services, "idk", user="shrug")
    again = say(services, "women, whatever", user="shrug")
    assert again["type"] == "outfits", again["reply"]


def test_a_follow_up_aimed_at_one_look_changes_only_that_look(services):
    first = say(services, "casual date look for a woman", user="aim")
    swapped = say(services, "swap the shoes on #2", user="aim")
    before, after = first["outfits"], swapped["outfits"]
    assert len(after) == len(before) and after[0] == before[0] and after[2:] == before[2:]
    shoes = [{i["id"] for i in o["items"] if i["slot"] == "shoes"} for o in (before[1], after[1])]
    assert shoes[0] != shoes[1] and "look 2" in swapped["reply"].lower()
    navy = say(services, "the first one in navy", user="aim")
    assert navy["outfits"][1:] == after[1:]
    assert any(i["color_family"] == "navy" for i in navy["outfits"][0]["items"] if i["slot"] != "accessory")


def test_change_them_to_dresses_turns_every_look_without_one_into_a_dress_look(services):
    first = say(services, "fall date looks for a woman", user="todress")
    reply = say(services, "원피스로 바꿔줘", user="todress")
    assert reply["type"] == "outfits" and len(reply["outfits"]) == len(first["outfits"])
    for before, after in zip(first["outfits"], reply["outfits"], strict=True):
        if any(i["kind"] == "dress" for i in before["items"]):
            assert after == before  # a look that is already a dress stays
        else:
            assert any(i["kind"] == "dress" for i in after["items"]) or "그대로" in reply["reply"]


def test_a_rule_no_look_can_keep_leaves_the_looks_on_screen_and_says_so(services):
    """"No trousers or jeans" for a man's office (no shorts there either): no look can follow it, so the
    looks stay, the reply says why, the rule is not held, and the next follow-up still has looks to work on."""
    stylist = services.stylist
    first = stylist.turn("rule-1", "work outfit for a guy").to_json()
    assert first["outfits"]
    ruled = stylist.turn("rule-1", "no trousers or jeans").to_json()
    assert ruled["outfits"] == first["outfits"] and "without trousers or jeans" in ruled["reply"]
    after = stylist.turn("rule-1", "no skirts").to_json()
    assert after["outfits"] == first["outfits"] and "skirts" in after["reply"]


@pytest.mark.parametrize(("size", "then"), [
    ("I'm 5'10 and about 180 lbs, what size?", "what should I wear to a backyard bbq this weekend? I'm a dude"),
    ("제 사이즈 뭐 입어야 해요? 키 165 몸무게 55", "그럼 그 사이즈로 출근할 때 입을 바지 코디 해줘"),
])
def test_a_request_for_looks_after_a_size_question_gets_looks_not_the_size_question_again(services, size, then):
    user = f"size-then-{len(size)}"
    asked = say(services, size, user=user)
    assert asked["asks"] == ["gender"]  # the numbers were read (feet and pounds too): only whose sizes is missing
    looks = say(services, then, user=user)
    assert looks["outfits"] and not looks["asks"]


def test_feet_inches_and_pounds_are_read_as_centimetres_and_kilograms(services):
    reply = say(services, "I'm a guy, 5'10 and 180 lbs. What size should I get?", user="imperial")
    assert "178 cm" in reply["reply"] and "82 kg" in reply["reply"]


def test_more_casual_after_classic_looks_is_casual_not_one_step_to_minimal(services):
    say(services, "work outfit, man", user="friday")
    reply = say(services, "more casual pls its friday", user="friday")
    assert reply["outfits"] and {o["style"] for o in reply["outfits"]} == {"casual"}


def test_a_skirt_asked_for_at_a_family_occasion_turns_each_look_into_one_with_a_skirt(services):
    """A 상견례's tailored skirts come from office lines: a guest may wear them (only their bags stay home)."""
    say(services, "상견례 가요 여자", user="sanggyeon")
    reply = say(services, "치마로 바꿔줘", user="sanggyeon")
    assert all(any(i["kind"] == "skirt" for i in o["items"]) for o in reply["outfits"])
    assert "찾지 못해" not in reply["reply"]


def test_more_formal_from_looks_as_formal_as_they_go_says_so(services):
    first = say(services, "interview outfit for a man", user="formal-end")
    reply = say(services, "more formal", user="formal-end")
    # no other looks that are no more formal: these stay, with how to dress them up further
    assert reply["reply"].startswith("These are as formal as the catalogue's pieces for an interview go")
    assert "silk tie" in reply["reply"] and reply["outfits"] == first["outfits"]


def test_more_formal_at_a_wedding_keeps_the_dresses_and_says_how_to_dress_them_up(services):
    first = say(services, "5월 야외 결혼식 하객룩 추천해줘. 여자예요", user="formal-wedding")
    assert first["outfits"]
    reply = say(services, "좀 더 격식있게", user="formal-wedding")
    # a blazer over each look where the catalogue has them, else the looks stay with how to dress them up:
    # never other looks that are no more formal
    if reply["outfits"] == first["outfits"]:
        assert "앞이 막힌 힐" in reply["reply"]
    else:
        assert all(any(i["kind"] == "blazer" for i in o["items"]) for o in reply["outfits"]), reply["outfits"]


def test_like_a_look_in_a_different_colour_keeps_its_shape_not_its_colour(services):
    first = say(services, "wedding guest, woman", user="other-colour")
    model = first["outfits"][0]
    main = {i["color_family"] for i in model["items"] if i["slot"] in ("top", "bottom", "onepiece")}
    reply = say(services, "another like #1 but in a different colour", user="other-colour")
    new = reply["outfits"][len(first["outfits"]):]
    assert new and all(i["color_family"] not in main for o in new for i in o["items"]
                       if i["slot"] in ("top", "bottom", "onepiece"))


def test_a_swap_of_a_piece_the_look_lacks_says_so_and_changes_nothing(services):
    first = say(services, "summer date outfit, man", user="no-jacket")
    lacking = next(n for n, o in enumerate(first["outfits"], 1) if not any(i["slot"] == "outerwear" for i in o["items"]))
    reply = say(services, f"replace the jacket in #{lacking} with something lighter", user="no-jacket")
    assert reply["reply"].startswith(f"Look {lacking} has no jacket") and reply["outfits"] == first["outfits"]


def test_a_follow_up_before_any_looks_says_there_are_none_yet(services):
    reply = say(services, "swap the shoes on #1", user="nothing-yet")
    assert reply["reply"].startswith("There are no looks to change yet") and not reply["outfits"]


def test_a_trend_for_men_reads_menswear_and_a_look_with_that_wears_its_colours(services):
    from retrieval.trends import season_trend

    reply = say(services, "what's trending for men this fall?", user="trend-men")
    men = season_trend("fall", "men")
    assert "menswear listings" in reply["reply"] and reply["reply"].count("+") == 0  # gains are the chart's
    assert all(f" {r.value}" in reply["reply"] for r in men.colors[:3])
    looks = say(services, "ok show me a look with that", user="trend-men")
    rising = {r.value for r in men.colors[:2]}
    assert looks["outfits"] and not looks["asks"]
    assert all({i["color_family"] for i in o["items"]} & rising for o in looks["outfits"])


def test_a_rainy_day_keeps_to_dark_bottoms_and_closed_shoes_until_a_new_request(services):
    from chains.weather import SPLASHED_FAMILIES

    reply = say(services, "rainy day at the office tomorrow, woman", user="rain")
    assert reply["outfits"] and "For the rain" in reply["reply"]
    for outfit in reply["outfits"]:
        for item in outfit["items"]:
            if item["slot"] in ("bottom", "shoes"):
                assert item["color_family"] not in SPLASHED_FAMILIES, item["name"]
    assert "For the rain" in say(services, "more casual", user="rain")["reply"]  # the same day
    assert "For the rain" not in say(services, "date night outfit", user="rain")["reply"]  # a new request


def test_real_cold_puts_a_warm_layer_on_every_look(services):
    from chains.weather import cold_ready
    from domain.items import Item

    reply = say(services, "it's freezing, weekend outfit for a woman", user="cold")
    assert reply["outfits"] and "For the cold" in reply["reply"]
    for outfit in reply["outfits"]:
        # (the catalogue's own traits: a photo may show a plain-named jacket quilted)
        ids = [Item.from_json(i).id for i in outfit["items"] if i["slot"] == "outerwear"]
        assert ids and all(cold_ready(layer) for layer in services.catalog.get(ids))


def test_a_snow_trip_walks_in_boots(services):
    from chains.weather import snow_ready
    from domain.items import Item

    reply = say(services, "ski trip next week, I'm a woman, what should I pack?", user="snow")
    shoes = [Item.from_json(i) for o in reply["outfits"] for i in o["items"] if i["slot"] == "shoes"]
    assert shoes and all(map(snow_ready, shoes)) and "For the snow" in reply["reply"]
    assert reply["preferences"]["occasion"] == "travel"


def test_one_look_asked_is_one_look_and_one_more_joins_it(services):
    first = say(services, "date outfit for a woman, just one please", user="one")
    assert len(first["outfits"]) == 1 and first["reply"].startswith("Here is one")
    more = say(services, "one more", user="one")
    assert len(more["outfits"]) == 2 and more["outfits"][0] == first["outfits"][0]


def test_ruling_out_the_colour_of_the_persons_own_garment_says_only_the_rest_is_free_of_it(services, tmp_path):
    from garment_photos import draw_garment

    photo = draw_garment(tmp_path / "red.jpg", (190, 30, 40))
    first = say(services, "going out for drinks tonight, what top goes with this skirt? I'm a woman", image=photo,
                user="own-red")
    assert first["garment"]["kind"] == "skirt" and first["outfits"]
    reply = say(services, "except anything red on top, too much", user="own-red")
    assert reply["reply"].startswith("Apart from your red skirt, none of these looks has red"), reply["reply"]


@pytest.mark.parametrize(("first", "correction", "family", "then"), [
    ("what goes with these trousers?", "oh they're actually more olive green in real life, the light is bad", "olive",
     "it's for a weekend brunch with friends, I'm a guy"),
    ("이 셔츠랑 어울리는 바지 뭐예요?", "사진이 좀 밝게 나왔는데 실제로는 네이비예요", "navy", "출근용이고 남자예요"),
    # "not grey" was the photo's reading, not a colour ruled out; whose clothes is asked again
    ("what goes with these?", "its actually navy, not grey", "navy", "weekend brunch, I'm a guy"),
    ("이거랑 뭐 입어?", "이거 치마야, 빨간 플레어 스커트", "red", "데이트 갈 때 입을 거야"),
])
def test_the_real_colour_of_a_photographed_garment_corrects_it_and_is_no_wish(services, tmp_path, first, correction,
                                                                             family, then):
    from garment_photos import draw_garment

    user = f"recolour-{family}"
    photo = draw_garment(tmp_path / "beige.jpg", (214, 196, 160))
    say(services, first, image=photo, user=user)
    corrected = say(services, correction, user=user)
    assert corrected["preferences"]["avoid_colors"] == []
    looks = say(services, then, user=user)
    assert looks["outfits"] and looks["preferences"]["colors"] == []
    for outfit in looks["outfits"]:
        own = [i for i in outfit["items"] if i["source"] != "catalog"]
        assert own and own[0]["color_family"] == family
        worn = [i for i in outfit["items"] if i["source"] == "catalog" and i["slot"] in ("top", "bottom", "outerwear")]
        assert sum(i["color_family"] == family for i in worn) <= 1  # not olive on olive on olive


def test_a_colour_correction_after_the_looks_rebuilds_them_around_the_real_colour(services, tmp_path):
    from garment_photos import draw_garment

    photo = draw_garment(tmp_path / "dark.jpg", (30, 30, 30))
    first = say(services, "이 치마랑 어울리는 코디 해주세요, 여자예요", image=photo, user="recolour-after")
    assert first["outfits"], first["reply"]
    fixed = say(services, "검정 아니고 진한 초록색이에요", user="recolour-after")
    assert fixed["type"] == "outfits" and fixed["preferences"]["avoid_colors"] == [], fixed["reply"]
    for outfit in fixed["outfits"]:
        own = [i for i in outfit["items"] if i["source"] != "catalog"]
        assert own and own[0]["color_family"] == "green"


def test_a_garment_named_after_an_event_answer_shapes_its_looks():
    """A funeral's answer, then "I don't own a black dress, something with trousers": the funeral's brief
    in trousers, not everyday looks; a new occasion starts over."""
    from chains.actions import with_offered
    from chains.extract import extract
    from chains.state import ConversationState, Preferences

    funeral = Preferences(gender="women", occasion="funeral", style="classic")
    said = extract("I don't own a black dress, something with trousers")
    brief = with_offered(Preferences(gender="women"), ConversationState(offered=funeral), said)
    assert brief.occasion == "funeral" and brief.kinds == ("trousers",)
    other = with_offered(Preferences(gender="women"), ConversationState(offered=funeral), extract("date outfit please"))
    assert other.occasion is None


def test_more_formal_from_classic_looks_without_blazers_adds_tailoring(services):
    first = say(services, "돌잔치 가요 여자", user="dol-formal")
    assert not all(any(i["kind"] == "blazer" for i in o["items"]) for o in first["outfits"])
    reply = say(services, "좀 더 포멀하게", user="dol-formal")
    assert reply["reply"].startswith("가족 행사 코디로는 이미 격식 있는 편이라, 코디마다 블레이저를")
    assert reply["outfits"] and all(any(i["kind"] == "blazer" for i in o["items"]) for o in reply["outfits"])


def test_real_cold_at_the_office_brings_a_warm_layer_and_warmer_keeps_to_warm_ones(services):
    from chains.weather import cold_ready
    from domain.items import Item

    first = say(services, "work meetings next week and it's gonna be freezing, I'm a guy", user="cold-office")
    layers = [Item.from_json(i) for o in first["outfits"] for i in o["items"] if i["slot"] == "outerwear"]
    assert first["outfits"] and len(layers) == len(first["outfits"]) and all(map(cold_ready, layers))
    warmer = say(services, "can you make it warmer? like properly arctic", user="cold-office")
    assert all(cold_ready(Item.from_json(i)) for o in warmer["outfits"] for i in o["items"] if i["slot"] == "outerwear")


def test_a_first_request_not_too_formal_leans_its_looks_less_formal(services):
    reply = say(services, "조카 돌잔치 가는데 뭐 입지? 남자고 너무 정장 느낌은 싫어요", user="dol-casual")
    assert reply["outfits"] and {o["style"] for o in reply["outfits"]} == {"minimal"}
    assert not any(i["kind"] == "tie" for o in reply["outfits"] for i in o["items"])
    assert reply["preferences"]["style"] is None  # this request's lean, not the person's style


def test_taking_the_looks_as_they_are_is_acknowledged_not_answered_with_the_help_text(services):
    say(services, "남자 데일리룩 추천해줘", user="ack")
    reply = say(services, "그걸로", user="ack")
    assert reply["type"] == "answer" and "마음에 드셨다니" in reply["reply"]


def test_less_formal_where_everyone_wears_hoodies_dresses_down_to_the_room(services):
    say(services, "office christmas lunch, women, business casual", user="hoodies")
    reply = say(services, "less formal, everyone there wears hoodies", user="hoodies")
    assert reply["outfits"] and "couldn't" not in reply["reply"], reply["reply"]
    tops = [Item.from_json(i) for o in reply["outfits"] for i in o["items"] if i["slot"] == "top"]
    assert any(traits_of(t).kind == "sweatshirt" for t in tops), [t.name for t in tops]


@pytest.mark.parametrize(("text", "said"), [
    ("롱코트 기장 어느정도? 여자", "무릎 바로 아래"),
    ("how long should my trousers be? man", "slight break"),
    ("what colour suit should I wear to a bank interview? I'm a man", "Navy or charcoal"),
    ("면접 때 정장은 무슨 색이 좋아요? 남자", "네이비나 차콜"),
])
def test_a_question_with_a_note_of_its_own_is_answered_with_it(services, text, said):
    reply = say(services, text, user=f"length-{len(text)}")
    assert said in reply["reply"], reply["reply"]


def test_a_budget_said_before_the_first_looks_is_answered_with_them(services):
    say(services, "겨울 데일리룩 10만원 안으로 가능?", user="budget-ko")
    reply = say(services, "남자요 대학생", user="budget-ko")
    assert reply["outfits"] and "가격 정보가 없어서" in reply["reply"], reply["reply"]


def test_boots_for_the_shoes_of_every_look_change_the_shoes_only(services):
    first = say(services, "casual winter looks for a guy", user="boots")
    reply = say(services, "swap the shoes in all of them for boots", user="boots")
    for before, after in zip(first["outfits"], reply["outfits"]):
        kept = [i["id"] for i in before["items"] if i["slot"] != "shoes"]
        assert kept == [i["id"] for i in after["items"] if i["slot"] != "shoes"]
    assert any(i["kind"] == "boots" for o in reply["outfits"] for i in o["items"]), reply["reply"]


def test_a_question_with_looks_on_screen_is_answered_and_the_looks_stay(services):
    first = say(services, "women's work outfits", user="keep")
    reply = say(services, "how long should my coat be so it looks proper over a skirt?", user="keep")
    assert reply["type"] == "answer" and "knee" in reply["reply"] and not reply["outfits"]
    again = say(services, "swap the shoes on #1", user="keep")
    assert [i["id"] for i in again["outfits"][1]["items"]] == [i["id"] for i in first["outfits"][1]["items"]]


def test_gender_neutral_looks_keep_to_one_rail_without_a_tie_and_say_so(services):
    reply = say(services, "nonbinary, not too gendered please, family christmas dinner, make an effort", user="nb")
    assert reply["outfits"] and "gender-neutral" in reply["reply"], reply["reply"]
    assert not [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "tie"]
    assert len({i["gender"] for o in reply["outfits"] for i in o["items"]} - {"unisex"}) == 1


def test_you_pick_between_two_directions_picks_one_and_says_which(services):
    first = say(services, "date outfit for a guy", user="pick")
    assert len({o["style"] for o in first["outfits"]}) == 2
    reply = say(services, "you pick", user="pick")
    assert reply["outfits"] and len({o["style"] for o in reply["outfits"]}) == 1 and "I'd go with" in reply["reply"]


def test_more_like_a_look_but_cheaper_adds_the_looks_and_says_prices_are_unknown(services):
    say(services, "work outfits for women", user="cheaper-like")
    reply = say(services, "more like #1 but cheaper, under $150", user="cheaper-like")
    assert reply["type"] == "outfits" and "#1" in reply["reply"] and "no prices" in reply["reply"], reply["reply"]
    beyond = say(services, "more like #9", user="cheaper-like")
    assert beyond["type"] == "answer" and "9" in beyond["reply"], beyond["reply"]


def test_cheaper_with_no_prices_says_so_and_keeps_the_looks_with_their_buttons(services):
    first = say(services, "work outfits for women", user="cheaper-plain")
    reply = say(services, "cheaper?", user="cheaper-plain")
    assert "no prices" in reply["reply"] and reply["quick_replies"], reply
    assert reply["outfits"] == first["outfits"]


def test_what_coat_goes_over_the_looks_keeps_each_layer_and_names_it(services):
    first = say(services, "nye rooftop party, its cold. woman", user="coat-over")
    reply = say(services, "what coat can go over it without ruining the look", user="coat-over")
    assert reply["reply"].startswith("For look 1:"), reply["reply"]
    for before, after in zip(first["outfits"], reply["outfits"]):
        layers = [i for i in before["items"] if i["slot"] == "outerwear"]
        assert not layers or layers == [i for i in after["items"] if i["slot"] == "outerwear"]


def test_a_size_asked_of_a_garment_uses_the_body_said_earlier(services):
    say(services, "going to iceland in jan, what should i pack outfit-wise? dude, 6ft, 190lb", user="size-later")
    reply = say(services, "what size would i be in jackets?", user="size-later")
    assert reply["type"] == "answer" and "183 cm" in reply["reply"], reply["reply"]


def test_a_day_out_in_hard_cold_walks_in_boots_under_the_heaviest_layer_with_a_hat_or_scarf(services):
    reply = say(services, "packers game sunday, it'll be 8F, im a guy", user="hard-cold")
    assert reply["outfits"] and "Keep the heat in" in reply["reply"]
    for outfit in reply["outfits"]:
        kinds = {i["slot"]: i["kind"] for i in outfit["items"]} | {i["kind"]: i["slot"] for i in outfit["items"]}
        assert "outerwear" in kinds and ({"scarf", "hat"} & set(kinds)), outfit["items"]
    # boots on every look, or a plain word that the catalogue ran out of them
    assert ("every look walks in boots" in reply["reply"]) is not ("too few boots" in reply["reply"])


def test_a_colour_ruled_out_in_winter_swaps_the_coat_for_another_not_for_none(services):
    first = say(services, "december wedding guest outfit, woman", user="coat-swap")
    assert first["outfits"]
    coated = [n for n, o in enumerate(first["outfits"]) if any(i["slot"] == "outerwear" for i in o["items"])]
    reply = say(services, "no black", user="coat-swap")
    for n in coated:
        items = reply["outfits"][n]["items"]
        assert any(i["slot"] == "outerwear" for i in items), items
        assert all(i["color_family"] != "black" for i in items if i["source"] == "catalog")


@pytest.mark.parametrize(("ask", "kind"), [("like #2 but with flats", "flats"), ("2번처럼 근데 구두 말고 플랫슈즈로", "flats")])
def test_like_a_look_but_with_another_piece_is_that_look_with_the_piece_changed(services, ask, kind):
    first = say(services, "spring wedding guest outfit, woman", user=f"like-but-{len(ask)}")
    assert len(first["outfits"]) >= 2
    reply = say(services, ask, user=f"like-but-{len(ask)}")
    before, after = first["outfits"][1]["items"], reply["outfits"][1]["items"]
    assert [i["kind"] for i in after if i["slot"] == "shoes"] == [kind], after
    assert [i["id"] for i in before if i["slot"] != "shoes"] == [i["id"] for i in after if i["slot"] != "shoes"]
    assert [o["items"] for n, o in enumerate(reply["outfits"]) if n != 1] == \
        [o["items"] for n, o in enumerate(first["outfits"]) if n != 1]


def test_a_round_of_golf_wears_collared_tops_trousers_and_trainers_never_track_pants(services):
    reply = say(services, "golf outfit for a man in spring", user="golf")
    assert reply["outfits"] and "a round of golf" in reply["reply"]
    assert reply["preferences"]["occasion"] == "workout"  # (the chat contract's nearest word)
    for outfit in reply["outfits"]:
        kinds = {i["slot"]: i["kind"] for i in outfit["items"]}
        assert kinds.get("shoes") == "sneakers" and kinds.get("bottom") in ("trousers", "shorts"), outfit["items"]
        assert not any("track" in i["name"].lower() for i in outfit["items"]), outfit["items"]


def test_no_team_jerseys_is_a_rule_even_where_no_look_wears_one(services):
    first = say(services, "KBL 농구 직관 가요 여친이랑 남자 31", user="jersey")
    reply = say(services, "유니폼은 안 입어", user="jersey")
    team = ("manchester", "chelsea", "arsenal", "barcelona", "jersey")  # ("united" alone: United Colors of Benetton)
    worn = [i["name"].lower() for o in first["outfits"] for i in o["items"]]
    if any(word in name for name in worn for word in team):  # a club's sweatshirt in the looks: it goes
        assert "바뀐 점" in reply["reply"] or "코디를 바꿨어요" in reply["reply"], reply["reply"]  # (which looks, said)
    else:  # none to take off: said so, and the rule holds for the looks to come
        assert reply["reply"].startswith("지금 코디에는 유니폼이 없어서"), reply["reply"]
    assert not any(word in i["name"].lower() for o in reply["outfits"] for i in o["items"] for word in team)


def test_no_florals_rules_them_out_and_heels_on_sand_give_way_to_flat_shoes(services):
    first = say(services, "baby shower next saturday, spring, im a woman 31", user="florals")
    assert first["outfits"]
    reply = say(services, "ugh no florals please, everyone will be in florals", user="florals")
    assert not any("floral" in i["name"].lower() for o in reply["outfits"] for i in o["items"])
    flat = say(services, "모래사장이라 굽 있는 신발은 싫어", user="florals")
    shoes = [i for o in flat["outfits"] for i in o["items"] if i["slot"] == "shoes"]
    assert shoes and not any(i["kind"] == "heels" for i in shoes), [i["name"] for i in shoes]


def test_less_boring_gives_new_looks_away_from_the_colours_on_screen(services):
    first = say(services, "summer festival outfit, woman 19", user="boring")
    reply = say(services, "less boring pls, its a festival", user="boring")
    assert reply["outfits"] and reply["outfits"] != first["outfits"]
    assert "They leave out" in reply["reply"], reply["reply"]


def test_like_a_dress_look_but_with_jeans_wears_a_top_and_the_jeans_in_its_place(services):
    first = say(services, "house party dress looks, woman", user="dress-jeans")
    number = next(n for n, o in enumerate(first["outfits"]) if any(i["slot"] == "onepiece" for i in o["items"]))
    reply = say(services, f"like #{number + 1} but with jeans", user="dress-jeans")
    after = reply["outfits"][number]["items"]
    assert {i["slot"]: i["kind"] for i in after}.get("bottom") == "jeans", after
    assert any(i["slot"] == "top" for i in after) and not any(i["slot"] == "onepiece" for i in after), after
    assert [o["items"] for n, o in enumerate(reply["outfits"]) if n != number] == \
        [o["items"] for n, o in enumerate(first["outfits"]) if n != number]


def test_no_gudu_rules_out_pumps_and_flats_too_not_only_lace_ups(services):
    say(services, "회사 송년회 코디 여자 12월", user="gudu")
    reply = say(services, "구두는 빼고 다른 신발로", user="gudu")
    shoes = [i for o in reply["outfits"] for i in o["items"] if i["slot"] == "shoes"]
    assert shoes and all(i["kind"] not in ("shoes", "heels", "flats") for i in shoes), [i["name"] for i in shoes]



def test_which_of_two_looks_is_better_picks_one_and_keeps_the_looks(services):
    first = say(services, "설날 시댁 코디 여자, 치마는 불편해요", user="compare")
    assert all(i["kind"] != "skirt" for o in first["outfits"] for i in o["items"])
    reply = say(services, "1번이랑 2번 중에 뭐가 더 나아요?", user="compare")
    assert re.match(r"^[12]번(?:\([^)]*\))?이 나아요|^둘 다", reply["reply"]), reply["reply"]
    assert not reply["outfits"] or reply["outfits"] == first["outfits"]


def test_a_brighter_wish_for_one_look_changes_that_look_not_a_yes(services):
    first = say(services, "5월 호텔 결혼식 하객룩 30대 여자", user="brighter")
    reply = say(services, "2번 좋은데 좀 더 밝은 색으로 가능?", user="brighter")
    assert reply["type"] == "outfits" and not reply["reply"].startswith("네"), reply["reply"]  # a change, not a yes
    changed = reply["outfits"][1]["items"] != first["outfits"][1]["items"]
    assert changed or "그대로 두었어요" in reply["reply"], reply["reply"]  # or said plainly why not
    assert [o["items"] for n, o in enumerate(reply["outfits"]) if n != 1] == \
        [o["items"] for n, o in enumerate(first["outfits"]) if n != 1]


def test_warmer_at_minus_eight_puts_every_look_in_boots(services):
    say(services, "christmas market trip to vienna, woman", user="vienna")
    reply = say(services, "warmer pls, forecast says -8 at night", user="vienna")
    shoes = [i for o in reply["outfits"] for i in o["items"] if i["slot"] == "shoes"]
    assert shoes and all(i["kind"] == "boots" for i in shoes), [i["name"] for i in shoes]


def test_do_i_need_a_hat_with_looks_on_screen_is_answered_and_the_looks_stay(services):
    first = say(services, "grandad's funeral in january, woman", user="hat")
    reply = say(services, "do i need a hat?", user="hat")
    assert reply["reply"].startswith("Not needed for a funeral"), reply["reply"]
    assert not reply["outfits"] or reply["outfits"] == first["outfits"]


def test_no_crop_tops_is_a_rule_on_the_tops(services):
    say(services, "summer festival looks, im 19 f", user="crop")
    reply = say(services, "no crop tops pls my mum will literally kill me", user="crop")
    assert reply["outfits"] and not any(re.search(r"\bcrop", i["name"], re.I)
                                        for o in reply["outfits"] for i in o["items"])
    later = say(services, "show me more", user="crop")
    assert not any(re.search(r"\bcrop", i["name"], re.I) for o in later["outfits"] for i in o["items"])



def test_a_photographed_piece_only_one_wardrobe_wears_needs_no_whose_question_and_its_trend_is_asked_of_it(
        services, navy_shirt_photo):
    first = say(services, "이 플랫슈즈 충동구매함 ㅋㅋ 어떻게 코디해?", navy_shirt_photo, user="flats-photo")
    assert first["type"] == "outfits", first["reply"]  # flats are womenswear: no "men's or women's?"
    assert {i["gender"] for o in first["outfits"] for i in o["items"]} - {"unisex"} == {"women"}
    trend = say(services, "솔직히 이거 유행 지난거야?", user="flats-photo")
    assert "플랫슈즈" in trend["reply"].split(".")[1], trend["reply"]  # about the flats first, then the numbers


def test_something_with_a_jacket_puts_a_layer_on_every_look(services):
    say(services, "wedding guest looks for a woman, october", user="layer-asked")
    reply = say(services, "can you show me something with a jacket or cover-up for the church part?", user="layer-asked")
    assert reply["outfits"] and all(any(i["slot"] == "outerwear" for i in o["items"]) for o in reply["outfits"])


def test_which_one_of_these_weighs_every_look_for_the_occasion_asked(services):
    first = say(services, "easter sunday church outfit, woman", user="which-one")
    reply = say(services, "which one of these would also be ok for lunch at my mother in law's after", user="which-one")
    assert reply["reply"].startswith(("All of these suit", "I'd go with look")), reply["reply"]
    assert not reply["outfits"] or reply["outfits"] == first["outfits"]


def test_a_photo_asked_of_one_look_is_tried_in_that_look(services, navy_shirt_photo):
    first = say(services, "work outfits for a man this fall", user="photo-on-look")
    reply = say(services, "would this shirt work with #2?", navy_shirt_photo, user="photo-on-look")
    second = reply["outfits"][1]["items"]
    assert [i["slot"] for i in second if i["source"] == "upload"] == ["top"], second
    assert [i["id"] for i in second if i["slot"] != "top"] == [i["id"] for i in first["outfits"][1]["items"]
                                                               if i["slot"] != "top"]
    assert [o["items"] for n, o in enumerate(reply["outfits"]) if n != 1] == \
        [o["items"] for n, o in enumerate(first["outfits"]) if n != 1]
    assert "look 2" in reply["reply"], reply["reply"]


@pytest.mark.parametrize(("text", "starts"), [
    # asked of the garment shown, answered before whose clothes is asked
    ("does this shirt go with black jeans?", "Yes: your navy shirt and black jeans are both neutrals"),
    ("is this shirt too much for a funeral?", "Not too much for a funeral: your navy shirt"),
    ("is this shirt dated?", ("Still in, not dated: shirts", "The catalogue's own")),
])
def test_a_question_asked_of_the_photographed_garment_is_answered_first(services, navy_shirt_photo, text, starts):
    reply = say(services, text, navy_shirt_photo, user=f"asked-of-photo-{len(text)}")
    assert reply["reply"].startswith(starts), reply["reply"]


def test_whose_clothes_chosen_for_them_holds_when_the_looks_change(services):
    first = say(services, "need dad-friendly weekend outfits for a football tailgate in november", user="holds-wearer")
    assert {i["gender"] for o in first["outfits"] for i in o["items"]} - {"unisex"} == {"men"}
    reply = say(services, "warmer, 30F", user="holds-wearer")
    assert reply["outfits"] and {i["gender"] for o in reply["outfits"] for i in o["items"]} - {"unisex"} == {"men"}


def test_skirts_uncomfortable_rules_out_dresses_too(services):
    reply = say(services, "결혼식 하객룩 5월, 여자, 치마는 불편해요", user="no-skirt-dress")
    assert reply["outfits"] and all(i["slot"] != "onepiece" and i["kind"] != "skirt"
                                    for o in reply["outfits"] for i in o["items"])


def test_what_goes_in_another_part_of_the_look_is_answered_for_the_photographed_piece(services, navy_shirt_photo):
    say(services, "what goes with this shirt? man, work", navy_shirt_photo, user="slot-pair")
    reply = say(services, "what bottoms go with it?", user="slot-pair")
    assert reply["reply"].startswith("With navy, go for bottoms in"), reply["reply"]


def test_a_swap_to_the_colour_a_look_already_wears_says_so(services):
    first = say(services, "vineyard wedding in september, outdoor, im a guy, no suit jacket", user="already-black")
    colour = next(i["color_family"] for i in first["outfits"][1]["items"] if i["slot"] == "shoes")
    reply = say(services, f"#2 but swap the shoes, i only own {colour} shoes", user="already-black")
    assert reply["reply"].startswith("Look 2 already wears"), reply["reply"]
    assert reply["outfits"] == first["outfits"]

"""Round twenty: what blind set 30 found, and what round nineteen left weak. One part's garment asked alone
("loafers instead", "flats pls", "신발은 로퍼로") trades that part of the looks on screen rather than rebuild them;
"and block heels please, the ceremony is on grass" puts a broad heel on the look just changed; a look built on
their blazer is judged when asked "too stuffy?"; "1번 너무 과해요" tones the look down."""

from __future__ import annotations

import pytest

from chains.bare_piece import asks_for_the_piece_alone
from chains.extract import extract
from tests.chains.talk import ids, say


def _not_shoes(look: dict) -> list[str]:
    return [i["id"] for i in look["items"] if i["slot"] != "shoes"]


def test_a_garment_asked_alone_is_told_from_a_sentence_about_it():
    for text in ("loafers instead", "flats pls", "and block heels please, the ceremony is on grass", "신발은 로퍼로",
                 "black loafers instead please", "운동화로 ㄱㄱ", "sneakers would be better",
                 "what about flats?"):  # (offered for the looks on screen: round twenty-nine)
        assert asks_for_the_piece_alone(text), text
    for text in ("no heels please", "I love the heels in look 2", "what about flats for the wedding?", "shoes please",
                 "can I wear loafers to a wedding", "로퍼 신어도 돼?"):
        assert not asks_for_the_piece_alone(text), text


def test_flats_asked_alone_trade_the_shoes_and_keep_the_rest_of_each_look(services):
    first = say(services, "outfits for a summer wedding, I'm a woman", "flats-alone")
    reply = say(services, "flats pls", "flats-alone")
    assert len(reply["outfits"]) == len(first["outfits"])
    for before, after in zip(first["outfits"], reply["outfits"]):
        assert _not_shoes(after) == _not_shoes(before), (before, after)  # (the dress, bag and jewellery stay)
    traded = [next(i for i in after["items"] if i["slot"] == "shoes")
              for before, after in zip(first["outfits"], reply["outfits"]) if ids(before) != ids(after)]
    assert traded and not any(i["kind"] == "heels" for i in traded), traded
    if len(traded) < len(first["outfits"]):  # (a look the catalogue has no flats for is said to stay)
        assert "stay" in reply["reply"], reply["reply"]


def test_heels_asked_of_looks_in_heels_keep_the_heels_they_wear(services):
    first = say(services, "outfits for a summer wedding, I'm a woman", "heels-kept")
    heeled = [n for n, o in enumerate(first["outfits"]) if any(i["kind"] == "heels" for i in o["items"])]
    if not heeled:
        pytest.skip("the sample catalogue put no look of this brief on heels")
    reply = say(services, "heels please", "heels-kept")
    for n in heeled:
        assert ids(reply["outfits"][n]) == ids(first["outfits"][n])
    assert "already wear" in reply["reply"] or "already wears" in reply["reply"], reply["reply"]


def test_block_heels_on_grass_are_a_broad_heel_wished_not_flats():
    heard = extract("and block heels please, the ceremony is on grass")
    assert heard.cut == "wedge" and not heard.feel.flat and "heels" in heard.kinds
    assert extract("웨지힐로 바꿔줘").cut == "wedge"
    # (heels ruled out on grass are still flats; a question of heels on a lawn is the worry, not a wish)
    assert extract("no wedges, it's on grass").feel.flat
    assert "heels" not in extract("will heels sink in the grass?").kinds


def test_and_block_heels_goes_on_the_look_just_changed(services):
    say(services, "outfits for a summer wedding, I'm a woman", "block-heels")
    changed = say(services, "can you do look 1 in blue", "block-heels")
    reply = say(services, "and block heels please, the ceremony is on grass", "block-heels")
    assert len(reply["outfits"]) == len(changed["outfits"])
    for n in range(1, len(changed["outfits"])):  # the other looks stay
        assert ids(reply["outfits"][n]) == ids(changed["outfits"][n])
    assert _not_shoes(reply["outfits"][0]) == _not_shoes(changed["outfits"][0])
    shoes = next(i for i in reply["outfits"][0]["items"] if i["slot"] == "shoes")
    if "wedge" not in shoes["name"].lower():
        assert "wedges" in reply["reply"], reply["reply"]  # (none in the sample: said so, not flats instead)


def test_a_look_on_their_blazer_asked_too_stuffy_is_judged_not_kept_with_a_yes(services):
    say(services, "I have an interview for a hospital administration role. I'm a woman, 47", "stuffy")
    say(services, "I have a black blazer I love, can you use that", "stuffy")
    reply = say(services, "is look 1 too stuffy with my blazer?", "stuffy")
    assert reply["reply"].startswith("No, look 1 isn't too dressy"), reply["reply"]


def test_a_look_said_to_be_too_much_is_toned_down():
    for text in ("1번 너무 과해요", "1번 좀 과한데"):
        heard = extract(text)
        assert "plainer" in heard.followups and heard.target_look == 1, text
    assert "less_formal" in extract("look 1 feels like too much").followups
    assert not extract("면접 통과했어요 ㅎㅎ 출근룩 추천해줘").followups


def test_two_looks_pieces_asked_together_are_judged_and_the_looks_stay(services):
    first = say(services, "weekend looks for a woman, casual", "paired-en")
    if len(first["outfits"]) < 3:
        pytest.skip("the sample catalogue gave fewer than three looks")
    reply = say(services, "does the top from look 2 go with the pants in look 3?", "paired-en")
    assert reply["type"] == "answer" and reply["reply"].startswith("Look 2's "), reply["reply"]
    assert reply["quick_replies"][0].startswith("Look 2 with the "), reply["quick_replies"]
    mixed = say(services, reply["quick_replies"][0], "paired-en")  # the quick reply makes the mix
    bottom = next(i for i in first["outfits"][2]["items"] if i["slot"] == "bottom")
    assert bottom["id"] in ids(mixed["outfits"][1]), mixed["reply"]
    again = say(services, "weekend looks for a woman, casual", "paired-yes")
    say(services, "does the top from look 2 go with the pants in look 3?", "paired-yes")
    taken = say(services, "yes do that", "paired-yes")  # (a plain yes makes the mix offered)
    bottom = next(i for i in again["outfits"][2]["items"] if i["slot"] == "bottom")
    assert bottom["id"] in ids(taken["outfits"][1]), taken["reply"]
    say(services, "여자 20대 주말 데일리룩 추천해줘", "paired-ko")
    ko = say(services, "2번 바지 + 3번 니트 조합 ㄱㅊ?", "paired-ko")
    assert ko["type"] == "answer" and ko["reply"].startswith("2번 "), ko["reply"]


def test_the_length_of_a_piece_on_screen_is_answered_not_changed(services):
    first = say(services, "interview outfits for a woman, blazers please", "length-1")
    number = next((n for n, o in enumerate(first["outfits"], 1) if any(i["kind"] == "blazer" for i in o["items"])), None)
    if number is None:
        pytest.skip("no blazer in the sample's interview looks")
    reply = say(services, f"I like look {number}, is the blazer long enough to cover my hips?", "length-1")
    assert reply["type"] == "answer" and "doesn't list lengths" in reply["reply"], reply["reply"]
    assert f"Look {number}'s " in reply["reply"]
    assert extract("3번 치마 너무 짧나? 사람 많아서 좀 신경쓰임").asks_property == "length"
    assert extract("I'm too short for maxi dresses").asks_property is None


def test_surviving_the_cold_in_a_look_is_a_warmth_question():
    heard = extract("2번 코트 안에 히트텍 입으면 영하 10도에도 버틸수 있을까요")
    assert heard.asks_warm and heard.target_look == 2


def test_a_man_said_in_short_after_womenswear_by_default_gets_his_looks(services):
    say(services, "회사 워크숍 1박2일 양평으로 가는데 뭐 입어요?", "nam-34")
    first = say(services, "낮에 팀빌딩 게임 하고 저녁에 바베큐래요 10월이에요", "nam-34")
    if not first["outfits"]:
        pytest.skip("no looks for the workshop in the sample")
    reply = say(services, "남 34. 대표님도 오심..", "nam-34")
    worn = {i["gender"] for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "bottom")}
    assert reply["outfits"] and "women" not in worn, reply["reply"]
    assert extract("딸 결혼식 혼주인데 양복 뭐 입어야 하는지요").preferences.gender == "men"
    assert extract("신랑 양복이 네이비인데 나는 뭐 입지").preferences.gender is None


def test_a_colour_too_loud_or_owned_already_is_ruled_out_not_wished_for():
    assert extract("아 아니다 빨강은 너무 튈듯 원래대로").preferences.avoid_colors == ("red",)
    assert extract("빨간색이 튀어서 좋아요").preferences.colors == ("red",)
    owned = extract("목도리 색만 다른걸로 해주세요 회색은 있어서요")
    assert owned.avoid_kinds == ("scarf:grey",) and not owned.preferences.colors
    assert extract("회색 코트 있어서 그거랑 어울리는 걸로").preferences.colors == ("grey",)


def test_a_scarf_asked_of_looks_that_wear_none_is_added_not_in_the_colour_they_own(services):
    first = say(services, "casual summer weekend looks for a woman", "scarf-1")
    if any(i["kind"] == "scarf" for o in first["outfits"] for i in o["items"]):
        pytest.skip("the sample's looks wear a scarf already")
    reply = say(services, "목도리 색만 다른걸로 해주세요 회색은 있어서요", "scarf-1")
    scarves = [i for o in reply["outfits"] for i in o["items"] if i["kind"] == "scarf"]
    assert scarves and not any(i["color_family"] == "grey" for i in scarves), reply["reply"]


def test_a_similar_piece_owned_is_a_reason_to_pick_another_look():
    heard = extract("I love look 2 but I already own a similar navy dress so maybe look 3 instead")
    assert not heard.owns_named and heard.intents == {"ack"} and heard.target_look == 3
    assert extract("I have a navy dress, can you build around it").owns_named


def test_the_rain_said_before_whose_clothes_still_dresses_the_looks(services):
    say(services, "장마 시작해서 출근할때 뭐 입어야될지 모르겠음.. 지하철 타고 40분", "rain-kept")
    reply = say(services, "여자 30대 초 사무직이에요 복장은 비즈니스캐주얼", "rain-kept")
    assert reply["outfits"] and ("비" in reply["reply"] or "우산" in reply["reply"]), reply["reply"]


def test_ordinary_occasions_and_closings_are_heard():
    assert extract("taking my mom to see a Broadway show in December for her birthday").preferences.occasion == "culture"
    assert extract("my brother's rehearsal dinner is Friday at an Italian restaurant").preferences.occasion == "dinner"
    assert extract("ok cool, that's the one").intents == {"ack"}
    assert extract("how dressy are Broadway audiences these days").topics == ("culture:dress-code",)
    assert extract("편한거 포기는 못함ㅋㅋ").feel.comfort
    assert "body:belly" in extract("57세 키 170 배가 좀 나왔습니다").topics


def test_a_yes_takes_the_offer_only_when_it_says_yes():
    from chains.graph import takes_the_offer
    for text in ("ㅇㅋ 그걸로 ㄱㄱ", "yes do that", "네 그렇게 해주세요", "sure"):
        assert takes_the_offer(extract(text)), text
    for text in ("thanks", "ㅋㅋ", "no thanks", "2번으로 할게", "show me more", "flats instead"):
        assert not takes_the_offer(extract(text)), text


def test_more_of_what_set_31_found_is_read_as_meant():
    assert extract("ㅇㅇ 2번 하겠습니다").intents == {"ack"} and extract("ㅇㅋ 1번").target_look == 1
    assert extract("1번은 너무 티나요ㅋㅋ 정장은 빼주세요").no_suit
    heard = extract("look 1 in a different color please, I heard not to wear the birthday girl's color and hers is pink")
    assert heard.preferences.avoid_colors == ("pink",) and not heard.preferences.colors
    worry = extract("너무 면접처럼 입으면 튈까봐 고민")  # (dressed as for an interview is the worry)
    assert worry.preferences.occasion is None and "less_formal" in worry.followups
    assert extract("like minus 10?? how do people even live").weather.bitter
    assert extract("밤엔 칼바람 분대요").weather.cold
    assert not extract("7월 해운대 가요 밤엔 바닷바람 장난 아니래요").weather.cold  # (a sea wind in July is no winter)
    assert extract("2번 코트 철원 추위에 괜찮음?? 영하 15도래요").asks_warm
    assert extract("그럼 저는 투피스로 다시 보여주세요").avoid_kinds == ("dress", "jumpsuit")
    assert extract("우리 가족 드레스코드 베이지랑 화이트로 하기로 했음").feel.palette == ("beige", "white")
    assert extract("아 그리고 3번 마음에 드는데 색상 추천해주실수 있어요? 네이비 말고").target_look == 3
    assert "coat" not in extract("테니스 레슨 처음 등록했어요 야외코트고 6월이에요").kinds  # (a court, no coat)
    assert "coat" in extract("테니스 치러 갈 때 코트 입어도 돼?").kinds
    mixed = extract("1번 하의랑 3번 상의로 해주세요")
    assert (mixed.target_look, mixed.from_look, mixed.slots) == (1, 3, ("top",))


def test_her_visit_to_his_army_base_dresses_her_once_she_says_who_she_is(services):
    say(services, "남친 군대 면회가요 ㅠㅠ 처음이라 뭐입어야할지", "visit-1")
    reply = say(services, "강원도 철원이고 1월이에요 여자 22", "visit-1")
    worn = {i["gender"] for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "bottom", "onepiece")}
    assert reply["outfits"] and "men" not in worn, reply["reply"]

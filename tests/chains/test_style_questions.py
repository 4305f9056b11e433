"""Style questions are answered from the knowledge base (in LanceDB), with example looks."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def stylist(app_data_dir, tmp_path_factory):
    from app.settings import Settings
    from app.wiring import build_services

    db = tmp_path_factory.mktemp("questions") / "stylist.db"
    return build_services(Settings(data_dir=app_data_dir, database_url=f"sqlite:///{db}")).stylist


def _catalog_genders(reply: dict) -> set[str]:
    return {i["gender"] for o in reply["outfits"] for i in o["items"] if i["source"] == "catalog"}


def test_what_is_amekaji(stylist):
    """Whose example looks is asked once, never answered by mixing menswear and womenswear; each
    button asks for the topic's looks in full."""
    reply = stylist.turn("q1", "what is amekaji?").to_json()
    assert reply["type"] == "answer"
    assert "workwear" in reply["reply"] and "denim" in reply["reply"]
    assert not reply["outfits"] and reply["quick_replies"] == ["Amekaji: menswear looks", "Amekaji: womenswear looks"]
    assert reply["preferences"]["style"] is None  # asking about a style is not choosing it
    looks = stylist.turn("q1", reply["quick_replies"][0]).to_json()
    assert looks["outfits"] and {o["style"] for o in looks["outfits"]} == {"amekaji"}
    assert _catalog_genders(looks) <= {"men", "unisex"}


def test_a_style_question_with_the_wearer_known_shows_looks_at_once(stylist):
    reply = stylist.turn("q1b", "what is amekaji? I'm a woman").to_json()
    assert reply["type"] == "answer" and reply["outfits"] and _catalog_genders(reply) <= {"women", "unisex"}


def test_what_goes_with_navy_chinos(stylist):
    reply = stylist.turn("q2", "what goes with navy chinos? (menswear)").to_json()
    assert reply["type"] == "answer" and "Navy" in reply["reply"]
    # the test catalogue is a 1,500-item sample with few navy trousers: the best look has them
    first = reply["outfits"][0]["items"]
    assert any(i["kind"] == "trousers" and i["color_family"] == "navy" for i in first)
    assert all(any(i["kind"] == "trousers" for i in o["items"]) for o in reply["outfits"])


def test_korean_interview_question(stylist):
    reply = stylist.turn("q3", "면접룩 어떻게 입어?").to_json()
    assert reply["type"] == "answer" and "면접" in reply["reply"]
    assert reply["quick_replies"] == ["면접 남성복 코디", "면접 여성복 코디"]
    reply = stylist.turn("q3", reply["quick_replies"][1]).to_json()
    assert reply["outfits"] and _catalog_genders(reply) <= {"women", "unisex"}
    kinds = {i["kind"] for o in reply["outfits"] for i in o["items"]}
    assert not kinds & {"shorts", "sandals", "tshirt"}


def test_a_question_it_has_no_note_for_gets_help_not_nonsense(stylist):
    reply = stylist.turn("q4", "what is the capital of France?").to_json()
    assert reply["type"] == "answer"


def test_which_shoes_go_with_a_garment_is_answered_about_the_shoes(stylist):
    suit = stylist.turn("q5", "what shoes go with a navy suit?").to_json()
    assert suit["type"] == "answer" and "oxfords" in suit["reply"] and "brown" in suit["reply"]
    skirt = stylist.turn("q6", "플리츠 스커트에 어울리는 신발").to_json()
    assert skirt["type"] == "answer" and "힐" in skirt["reply"] and "플랫" in skirt["reply"]


def test_a_question_about_a_suit_is_shown_with_tailoring_not_sweatshirts(stylist):
    for user, text in (("q7", "what shoes go with a navy suit? I'm a man"), ("q8", "남자인데 남색 정장에 어울리는 구두 알려줘")):
        reply = stylist.turn(user, text).to_json()
        assert reply["outfits"], text
        for look in reply["outfits"]:
            kinds = {item["kind"] for item in look["items"]}
            assert "blazer" in kinds and "shoes" in kinds and not kinds & {"sneakers", "sweatshirt", "jeans"}, text


def test_a_pairing_question_with_no_wearer_offers_looks_around_its_garment(stylist):
    reply = stylist.turn("q9", "what goes with navy chinos?").to_json()
    assert not reply["outfits"] and reply["quick_replies"][0] == "Navy trousers: menswear looks"
    looks = stylist.turn("q9", reply["quick_replies"][0]).to_json()
    assert looks["outfits"] and _catalog_genders(looks) <= {"men", "unisex"}
    assert any(i["kind"] == "trousers" and i["color_family"] == "navy" for i in looks["outfits"][0]["items"])


@pytest.mark.parametrize(("user", "text", "said"), [
    ("q-fit1", "오버핏 유행 끝났어?", "오버핏은 한 벌만 넉넉할 때"),
    ("q-fit2", "are skinny jeans still in?", "slim cut should follow the body"),
    ("q-fit3", "와이드 팬츠 아직 입어도 돼?", "와이드 팬츠는 몸에 맞는 상의"),
])
def test_whether_a_cut_is_in_fashion_is_answered_honestly_not_with_colour_numbers(stylist, user, text, said):
    """The catalogue records no cuts: the answer says so and gives the cut's note, not the rising colours."""
    reply = stylist.turn(user, text).to_json()
    assert reply["type"] == "answer" and said in reply["reply"]
    assert ("cuts" in reply["reply"] or "핏 정보가 없어서" in reply["reply"]) and "%p" not in reply["reply"]
    assert not reply["images"]  # no colour chart for a cut


def test_how_to_wear_a_cut_gets_the_cuts_note_with_looks(stylist):
    reply = stylist.turn("q-fit4", "how do I style an oversized shirt? I'm a woman").to_json()
    assert "only loose one" in reply["reply"] and reply["outfits"]


def test_a_yes_no_answer_asks_nothing_back_and_still_offers_looks(stylist):
    """"Can I wear brown shoes with a black suit?" is answered no, with no "menswear or womenswear?" after it;
    the buttons still bring example looks, which keep the answer's own rule (black shoes under black)."""
    reply = stylist.turn("q-suit", "can I wear brown shoes with a black suit?").to_json()
    assert reply["reply"].startswith("Not with a black suit") and reply["type"] == "answer" and not reply["asks"]
    assert "?" not in reply["reply"] and len(reply["quick_replies"]) == 2
    looks = stylist.turn("q-suit", "menswear").to_json()
    assert looks["outfits"]
    for outfit in looks["outfits"]:
        blazers = [i for i in outfit["items"] if i["kind"] == "blazer" and i["color_family"] == "black"]
        shoes = [i for i in outfit["items"] if i["slot"] == "shoes"]
        assert not (blazers and shoes[0]["color_family"] == "brown")


def test_a_dress_said_is_womenswear_without_asking(stylist):
    reply = stylist.turn("q-dress", "black dress. cocktail party tomorrow. what shoes + jacket??").to_json()
    assert reply["preferences"]["gender"] == "women" and not reply["asks"] and reply["outfits"]


@pytest.mark.parametrize(("text", "said"), [
    ("키 커보이게 입는 방법도 알려줘", "허리부터 신발까지"),
    ("구두 굽은 몇 cm 정도가 적당해요?", "3~5cm"),
    ("스타킹 신어야 하나요?", "데니어"),
    ("배 가려지는 핏으로", "스치는"),
    ("is a turtleneck still in", "never left"),
    ("which shoes won't destroy my feet?", "cushioned sole"),
    ("what's the difference between chinos and trousers?", "cotton twill"),
])
def test_questions_with_a_note_of_their_own_get_it(stylist, text, said):
    stylist.turn(f"note-{len(text)}", "여자 출근룩" if text[0] > "z" else "date outfit for a guy")
    reply = stylist.turn(f"note-{len(text)}", text).to_json()
    assert said in reply["reply"], reply["reply"]


def test_a_funeral_said_once_holds_for_the_questions_after_it(stylist):
    """The coat over his own black suit, then whether the tie and socks must be black, then loafers: each
    answered for the funeral the first message named, in words first."""
    coat = stylist.turn("mourner", "내일 장인어른 발인이에요 남자 40대고 검정 정장은 있어요 그 위에 뭐 입어야돼요").to_json()
    assert coat["reply"].startswith("장례식에 정장 위에 입는 코트:") and "검정이나 차콜" in coat["reply"], coat["reply"]
    assert "어울려요" not in coat["reply"].split(":")[0]  # no "black goes with grey, white..." first
    black = stylist.turn("mourner", "넥타이랑 양말도 다 검정이어야 하나요").to_json()
    assert black["reply"].startswith("네, 장례식에는 넥타이는 블랙, 양말은 블랙"), black["reply"]
    loafers = stylist.turn("mourner", "신발 로퍼 신어도 돼요?").to_json()
    assert loafers["reply"].startswith("네, 장식 없는 검정 가죽 로퍼라면 장례식에도 괜찮아요"), loafers["reply"]
    navy = stylist.turn("mourner-en", "my grandad's funeral is on friday, I'm a guy. can I wear a navy tie?").to_json()
    assert navy["reply"].startswith("Better not: for a funeral, the tie in black."), navy["reply"]


@pytest.mark.parametrize(("text", "said"), [
    ("mates wedding dec 28, black tie optional. male 29, dont want a tux", "Black tie optional:"),
    ("니트 소재 뭐가 따뜻해? 캐시미어는 비싸서", "캐시미어 말고 따뜻한 니트 소재:"),
    ("best fabric for a base layer, is cotton ok?", "A base layer:"),
    ("공기업 면접인데 치마정장 바지정장 뭐가 나아요? 여자 24", "치마정장과 바지정장:"),
    ("1월 뉴욕 여행인데 패딩 하나 코트 하나 이렇게 가져갈까?", "패딩 하나, 코트 하나:"),
    ("are jeans ok under ski pants?", "Jeans on the slopes: No"),
    ("wont white sneakers get wrecked in the snow lol", "Sneakers in the snow: Yes"),
    ("whats the diffrence between semi formal and formal anyway", "Semi-formal and formal:"),
    ("what gloves would you recommend, leather or wool?", "Gloves: leather or wool:"),
    ("sweater over a collared shirt, yes or no?", "A sweater over a collared shirt: Yes"),
    ("할머니 장례식장 조문 가야돼요 고등학생 남자인데 교복 입어도 되나요?", "장례식에 교복:"),
    ("안경 쓰는데 니트 넥라인 뭐가 나아? 브이넥 라운드넥", "브이넥과 라운드넥:"),
    ("스웨이드 부츠 눈오는날 신어도 괜찮아?", "스웨이드와 눈비:"),
    ("tmrw is my grandmas memorial, family said wear colour cause she hated black. im 17, girl",
     "When the family asks for colour:"),
])
def test_fabric_dress_code_and_packing_questions_get_their_note(stylist, text, said):
    reply = stylist.turn(f"note-{len(text)}", text).to_json()
    assert reply["reply"].startswith(said), reply["reply"]


def test_asking_about_bow_ties_with_looks_on_screen_is_answered_not_finished(stylist):
    stylist.turn("bowtie", "wedding guest outfit, black tie optional, I'm a man").to_json()
    reply = stylist.turn("bowtie", "bow tie or normal tie?").to_json()
    assert reply["reply"].startswith("Bow tie or a long tie:"), reply["reply"]


def test_how_to_dress_for_an_occasion_already_said_gets_its_looks(stylist):
    """The funeral said with the uniform question: "and without it?" gets funeral looks, not the help text."""
    stylist.turn("uniform", "할머니 장례식장 조문 가야돼요 고등학생 남자인데 교복 입어도 되나요?").to_json()
    reply = stylist.turn("uniform", "교복 없이 사복으로 하면 어떻게 입어요").to_json()
    assert reply["outfits"] and reply["reply"].startswith("장례식에 어울리는"), reply["reply"]
    worn = [i for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "bottom", "outerwear")]
    assert {i["color_family"] for i in worn} <= {"black", "grey", "navy", "white"}


def test_asking_whether_a_look_is_enough_or_how_to_wear_its_piece_changes_nothing(stylist):
    first = stylist.turn("enough", "제주도 2박3일 12월말 가족여행 애 둘 엄마 38 편한게 최고에요").to_json()
    enough = stylist.turn("enough", "바람 많이 분다던데 1번으로 충분해?").to_json()
    assert enough["reply"].startswith(("네, 1번 코디는 충분히 따뜻해요", "조금 부족해요. 1번")), enough["reply"]
    assert enough["type"] == "answer" and first["outfits"]  # the looks on screen stay as they are
    length = stylist.turn("enough", "2번 바지 기장은 어떻게 해야 다리 길어보여?").to_json()
    assert length["type"] == "answer" and "키" in length["reply"].split(":")[0], length["reply"]


@pytest.mark.parametrize(("text", "said"), [
    ("what jeans fit best for big thighs? im a guy 28", "Jeans for bigger thighs:"),  # no skirt advice for him
    ("what jeans fit best for big thighs? im a woman", "Fuller thighs and hips:"),
    ("-25 in lapland, what goes under the parka, how do i layer", "Layering for real cold:"),
])
def test_a_body_or_layering_question_gets_the_note_for_its_wearer(stylist, text, said):
    reply = stylist.turn(f"body-{len(text)}", text).to_json()
    assert reply["reply"].startswith(said), reply["reply"]


def test_a_piece_in_a_material_the_catalogue_lacks_is_said_so(stylist):
    stylist.turn("leather", "seeing a rock band at an arena next sat, standing tix. 25 m. want to look cool but its cold")
    reply = stylist.turn("leather", "#3 but with a leather jacket").to_json()
    third = [i for i in reply["outfits"][2]["items"] if i["slot"] == "outerwear"]
    if third and "leather" not in third[0]["name"].lower():
        assert reply["reply"].startswith("The catalogue has no leather jacket that suits look 3"), reply["reply"]
    bag = stylist.turn("leather", "do i need a bag or nah, can i even bring one").to_json()
    assert bag["reply"].startswith("A bag at a gig:"), bag["reply"]


def test_a_coat_over_a_dress_in_winter_is_warm_on_top_and_the_legs_are_said():
    from chains.extract import extract
    from chains.verdicts import verdict

    said = verdict("en", extract("will i be warm enough with just a coat over a dress"), "winter")
    assert said.startswith("On top, yes") and "tights" in said


def test_a_change_with_a_question_in_it_gets_both(stylist):
    stylist.turn("both", "interview outfit for a woman, bank job").to_json()
    reply = stylist.turn("both", "#1 but lower heels. and tote or structured bag for that?").to_json()
    assert reply["type"] == "outfits" and "A bag for an interview:" in reply["reply"], reply["reply"]


def test_a_request_for_looks_in_big_sizes_gets_looks_and_the_sizes(stylist):
    reply = stylist.turn("big", "키 185 몸무게 100 남자 빅사이즈 출근룩 코트 포함 3개 IT회사").to_json()
    assert reply["outfits"] and "키와 몸무게로 보면 상의 XXL(110)" in reply["reply"], reply["reply"]


def test_a_colour_said_of_a_topic_garment_is_no_wish_for_the_looks(stylist):
    stylist.turn("tights", "work outfit for a woman, no black").to_json()
    reply = stylist.turn("tights", "sheer black tights or opaque with it?").to_json()
    worn = [i for o in reply["outfits"] for i in o["items"] if i["slot"] in ("top", "bottom", "onepiece")]
    assert reply["reply"].startswith("Tights and stockings") or "tights" in reply["reply"].lower()
    assert all(i["color_family"] != "black" for i in worn), [i["name"] for i in worn]


@pytest.mark.parametrize(("text", "said"), [
    ("midi dress under a long coat, will the hems look weird?", "A dress under a long coat:"),
    ("성탄 미사 가요 미사보 써야 하나요? 색은 흰색이에요?", "미사보:"),
    ("영하 10도 캠핑 처음이에요 잘 때는 뭐 입고 자요?", "겨울 캠핑 잘 때 옷:"),
    ("how many layers under the coat is too many?", "Layering for real cold:"),
    ("공기업 면접 보는데 남자고 여름이에요 정장 꼭 입어야 하나요?", "면접에 정장 꼭 입어야 할까:"),
    ("키 185 마른 체형인데 말라보이지 않게 입고 싶어요 겨울", "말라 보이지 않게:"),
    ("how do I tuck a satin blouse into high-waisted jeans without bulk?", "Tucking without bulk:"),
    ("다낭 가는데 비행기에서 입을 옷은 따로 챙겨야돼?", "비행기에서 입을 옷:"),
    ("should i wear gloves while running or will my hands get sweaty", "Gloves for running:"),
    ("what shoes for carrying a casket on frozen grass", "Dressing as a pallbearer:"),
    ("what boots are warm enough for sitting on rink bleachers for hours", "Boots warm enough for hours in the cold:"),
    ("what wrap or coat goes over a gown in december?", "What goes over a gown:"),
    ("조끼 안에 니트 입으면 너무 두꺼워보여?", "패딩조끼 안에 니트:"),
    ("how do i roll my sleeves so it doesnt look sloppy", "Rolling your sleeves neatly:"),
    ("넥타이 꼭 매야 돼요?", "넥타이 꼭 매야 할까:"),
    ("털 카라 달린 코트 입어도 되나요?", "털 카라, 퍼 아이템:"),
    ("is a faux fur coat ok for a winter wedding?", "Fur and faux fur:"),
    ("등산 끝나고 막걸리집 가는데 등산복 그대로 가도 안 이상하죠?", "등산복, 운동복 그대로 가도 될까:"),
    ("can i go to brunch straight from the gym?", "Straight from the hike or the gym:"),
    ("linen or cotton for the shirt?", "Linen or cotton:"),
    ("bar mitzvah next month, im 6'4 and skinny, everything looks baggy on me", "Looking less skinny:"),
    ("여름엔 반팔 셔츠로 입어도 되나요?", "회사에서 반팔 셔츠:"),
    ("다음주에 처음으로 골프 라운딩 가요ㅠ 드레스코드 있나요? 40대 여자고 4월 초예요", "골프장 복장 규정:"),
    ("got this tweed jacket, how do i wear it without looking like my grandma", "Looking younger"),
])
def test_more_questions_with_notes_of_their_own(stylist, text, said):
    reply = stylist.turn(f"more-{len(text)}", text).to_json()
    assert reply["reply"].startswith(said), reply["reply"]


def test_a_piece_the_occasion_refuses_passes_in_its_plainest_form_when_the_proper_one_is_not_owned(stylist):
    stylist.turn("stand-in", "my grandpa's funeral is next week, im a guy, what should i wear")
    reply = stylist.turn("stand-in", "i dont own dress shoes, can i just wear my black sneakers?").to_json()
    assert reply["reply"].startswith("If they're all you have, yes: plain dark sneakers"), reply["reply"]


def test_a_day_of_kimchi_making_gets_its_note_and_dark_easy_looks_on_grip_soles(stylist):
    from chains.feel import gripping
    from domain.items import Item

    reply = stylist.turn("kimjang", "시댁 김장하러 가요 하루종일 마당에서 일해요 30대 며느리").to_json()
    assert reply["reply"].startswith("김장처럼 하루 종일 몸 쓰는 날:") and reply["outfits"], reply["reply"]
    for outfit in reply["outfits"]:
        for item in outfit["items"]:
            if item["slot"] in ("top", "bottom", "onepiece", "outerwear"):
                assert item["color_family"] not in ("white", "beige", "pink", "yellow"), item["name"]
            if item["slot"] == "shoes":
                assert item["kind"] != "heels" and gripping(Item.from_json(item)), item["name"]


def test_an_occasion_said_with_a_question_holds_for_the_next_request(stylist):
    stylist.turn("golf-next", "다음주에 처음으로 골프 라운딩 가요ㅠ 드레스코드 있나요? 40대 여자고 4월 초예요")
    reply = stylist.turn("golf-next", "치마는 싫어요 바지로만 보여주세요").to_json()
    assert reply["outfits"] and reply["preferences"]["occasion"] == "workout"  # (golf, in the contract's words)
    assert all(i["kind"] != "skirt" for o in reply["outfits"] for i in o["items"])



@pytest.mark.parametrize(("text", "starts"), [
    ("what size shirt? neck 15.5, long arms", 'A 15.5" (39 cm) neck wears a size M dress shirt'),
    ("셔츠 사이즈 뭐 사야돼? 목둘레 42예요", "목둘레 16.5인치(42cm)면 셔츠는 L 사이즈예요"),
])
def test_a_collar_size_names_the_dress_shirt_size(stylist, text, starts):
    reply = stylist.turn(f"neck-{len(text)}", text).to_json()
    assert reply["reply"].startswith(starts), reply["reply"]
    assert ("35–36" in reply["reply"]) == ("long arms" in text)

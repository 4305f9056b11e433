"""Yes or no first: a yes/no style question gets its answer before the notes."""

from __future__ import annotations

import pytest

from chains.extract import extract
from chains.verdicts import verdict
from domain.items import Item


@pytest.mark.parametrize(("question", "lang", "starts"), [
    ("can I wear jeans to a wedding?", "en", "Better not: jeans"),
    ("결혼식에 청바지 입어도 돼?", "ko", "추천하지 않아요"),
    ("Does a navy dress work for an evening wedding?", "en", "Yes, you can wear a navy dress to a wedding"),
    ("can I wear black to a wedding?", "en", "Better not: black"),
    ("Is it ok to wear a brown belt with grey trousers?", "en", "Yes: brown and grey"),
    ("do red and green go together?", "en", "Red and green clash"),
    ("Can you wear sneakers with a suit?", "en", "Yes, for smart-casual"),
    ("키 160인데 롱코트 입어도 돼?", "ko", "네, 키 160cm라면"),
    # two neutrals go together, but not brown shoes under black tailoring
    ("can I wear brown shoes with a black suit?", "en", "Not with a black suit"),
    ("black suit with brown shoes ok?", "en", "Not with a black suit"),
    ("검정 정장에 갈색 구두 신어도 돼요?", "ko", "검정 정장에는 피하세요"),
    # a colour alone: its partners, in the word the person used
    ("what colours go with burgundy?", "en", "Burgundy goes best with navy"),
    ("버건디랑 어울리는 색은?", "ko", "버건디에는 네이비"),
    # a season said: its own rules
    ("can I wear shorts in winter?", "en", "Better not: shorts are for warm days, not winter"),
    ("반바지 겨울에 입을 수 있어요?", "ko", "겨울에는 추천하지 않아요"),
    ("can I wear a sweater in spring?", "en", "Yes, sweaters work in spring"),
])
def test_a_yes_no_question_is_answered_yes_or_no(question, lang, starts):
    assert verdict(lang, extract(question), "fall").startswith(starts)


@pytest.mark.parametrize(("question", "occasion", "starts"), [
    # the piece's own words say it: too casual or sporty for where it goes
    ("is a denim jacket too casual for it?", "ceremony", "Better not: a denim jacket would look too casual"),
    ("do cycling trousers look ok in an office??", None, "Better not: cycling trousers would look too casual"),
    ("can I wear a navy dress to a wedding?", None, "Yes, you can wear a navy dress to a wedding"),
    # a funeral's colours, asked of the pieces: yes, or what it takes instead; plain loafers pass
    ("넥타이랑 양말도 다 검정이어야 하나요", "funeral", "네, 장례식에는 넥타이는 블랙, 양말은 블랙"),
    ("can I wear a navy tie?", "funeral", "Better not: for a funeral, the tie in black."),
    ("신발 로퍼 신어도 돼요?", "funeral", "네, 장식 없는 검정 가죽 로퍼라면 장례식에도 괜찮아요"),
    ("흰 운동화밖에 없는데 괜찮을까요", "funeral", "추천하지 않아요"),
    # elsewhere a colour is a choice: no palette lecture for a brunch coat
    ("would a navy peacoat work over it?", "work", "Yes, you can wear a navy coat to work"),
    # the colour of a piece being chosen, beside the one said; a deep red beside green is a classic
    ("what coat colour goes with cobalt blue", None, "With blue, go for a coat in"),
    ("what colour pants go with a mustard cardigan?", None, "With mustard, go for trousers in navy"),
    ("whats the right shoe colour w green cords, is burgundy too much?", None, "Yes: green and burgundy are a classic"),
])
def test_a_question_about_one_piece_is_answered_for_its_occasion(question, occasion, starts):
    heard = extract(question)
    assert verdict(heard.language, heard, "winter", None, occasion).startswith(starts)


@pytest.mark.parametrize(("question", "occasion", "starts"), [
    # one bold piece: fine where the day is relaxed, a question of the dress code at a wedding, too much
    # where quiet is the rule; a colour said is what is judged
    ("is a bucket hat too much?", "daily", "Not too much: a piece like a bucket hat"),
    ("is a bolo tie too much?", "wedding", "At a wedding it depends on the dress code"),
    ("are sequins too much for a work party?", None, "Not too much for a party: a statement like sequins"),
    ("is a fedora too much?", "interview", "Yes, at an interview it would be"),
    ("면접 보러 가는데 빨간 넥타이 너무 튀나요?", None, "면접에는 빨간 넥타이가 좀 튀어요"),
    ("is a navy tie too much?", "funeral", "Not too much for a funeral: a navy tie, in a quiet colour"),
    ("버킷햇 너무 과한가?", None, "하나만 포인트로 쓴다면 괜찮아요. 버킷햇은"),
])
def test_whether_one_bold_piece_is_too_much_is_answered_by_how_quiet_the_occasion_is(question, occasion, starts):
    heard = extract(question)
    assert heard.too_much
    assert verdict(heard.language, heard, "summer", None, occasion).startswith(starts)


def test_a_question_about_the_photographed_garment_is_answered_about_it():
    from domain.items import Item

    jumper = Item(id="u", name="Your red sweater", kind="sweater", slot="top", color="Red", color_family="red",
                  gender="women")
    assert verdict("en", extract("is it fine with jeans?"), "winter", jumper).startswith("Yes: jeans go with your red sweater")
    assert verdict("ko", extract("이 색이랑 어울리는 코트 색은 뭐야?"), "winter", jumper).startswith("레드에는 네이비")
    trench = Item(id="u", name="Your red coat", kind="coat", slot="outerwear", color="Red", color_family="red",
                  gender="unisex")  # the photo read a coat; the question says it is a trench
    said = extract("is a trench warm enough in december or do i need a liner")
    assert verdict("en", said, "winter", trench).startswith("With layers")


def test_a_photographed_garment_is_judged_by_its_kind_not_a_formality_the_photo_cannot_show():
    from domain.items import Item

    jacket = Item(id="u", name="내 네이비 재킷", kind="jacket", slot="outerwear", color="Navy Blue", color_family="navy",
                  gender="women")  # a navy blazer, photographed: the photo does not say it is tailored
    said = extract("이 네이비 자켓 있는데 면접 때 입어도 될까요? 여자고 은행 면접이에요")
    assert verdict("ko", said, "winter", jacket).startswith("네, 갖고 계신 네이비 재킷은 면접에")
    skirt = Item(id="u", name="Your blue skirt", kind="skirt", slot="bottom", color="Blue", color_family="blue",
                 gender="women")
    easter = extract("can i wear this skirt to church on easter sunday? what top would go")
    assert verdict("en", easter, "spring", skirt).startswith("Yes, you can wear your blue skirt")
    hoodie = Item(id="u", name="Your grey sweatshirt", kind="sweatshirt", slot="top", color="Grey",
                  color_family="grey", gender="men")
    assert verdict("en", extract("can i wear this to my interview?"), "fall", hoodie, "interview").startswith("Better not")


@pytest.mark.parametrize(("question", "occasion", "piece", "starts"), [
    # whether the occasion calls for a piece: its custom, then its dress code
    ("do i need a hat?", "funeral", None, "Not needed for a funeral. If you wear them"),
    ("do i really need a blazer?", "interview", None, "Yes: an interview expects blazers"),
    ("모자 꼭 써야 돼?", None, None, "겨울에는 밖에서는 필요해요"),
    ("do I really need a different coat??", "black_tie", "coat", "For a black-tie evening, the coat over your clothes"),
])
def test_whether_a_piece_is_needed_is_answered_by_the_occasions_custom(question, occasion, piece, starts):
    from domain.items import Item

    coat = Item(id="u", name="Your black coat", kind="coat", slot="outerwear", color="Black", color_family="black",
                gender="women") if piece else None
    heard = extract(question)
    assert heard.asks_need and "swap" not in heard.followups
    assert verdict(heard.language, heard, "winter", coat, occasion).startswith(starts)


def test_an_open_question_or_a_request_gets_no_verdict():
    assert verdict("en", extract("what should I wear to a wedding?"), "fall") == ""
    assert verdict("en", extract("date night outfit for a woman"), "fall") == ""


@pytest.mark.parametrize(("text", "season", "start"), [
    ("is a bomber jacket warm enough for december in nyc?", "winter", "With layers"),
    ("is a wool coat warm enough for december?", "winter", "Yes"),
    ("are sandals ok in winter?", "winter", "Not really"),
    ("원피스 겨울에도 입을 수 있을까요?", "winter", "레이어드하면"),
])
def test_whether_a_piece_is_warm_enough_is_answered_from_its_warmth(text, season, start):
    from chains.extract import extract

    heard = extract(text)
    assert verdict("ko" if heard.language == "ko" else "en", heard, season).startswith(start)


@pytest.mark.parametrize(("opening", "question", "start"), [
    ("겨울 산행 처음인데 뭐 입어야 해? 남자 50대", "청바지 입고 가면 안 됨?", "추천하지 않아요"),
    ("interview outfit for a man", "would a black suit be ok or is that too funeral-y", "Yes"),
])
def test_a_yes_or_no_question_is_answered_for_the_occasion_the_conversation_is_about(app_settings, opening, question,
                                                                                      start):
    from app.wiring import build_services

    stylist = build_services(app_settings).stylist
    stylist.turn("yes-no", opening)
    reply = stylist.turn("yes-no", question).to_json()
    assert reply["type"] == "answer" and reply["reply"].startswith(start), reply["reply"]


@pytest.mark.parametrize(("question", "kind", "family", "occasion", "starts"), [
    ("연말 회사 파티에 입어도 되나요?", "skirt", "black", None, "네, 갖고 계신 블랙 스커트는 파티에 잘 어울려요"),
    ("can i wear these to the wedding?", "sneakers", "white", None, "Better not: for a wedding, something smarter"),
    ("교수님 면담 갈 때 입어도 될까요", "trousers", "pink", None, "네, 갖고 계신 핑크 슬랙스는 출근에"),
    ("are these loafers ok for a summer office? what pants would work", "shoes", "brown", None,
     "Yes, you can wear your brown loafers to work."),
    ("이 구두 신고 상견례 가도 돼요? 뭐랑 입으면 좋을까요", "heels", "beige", None, "네, 갖고 계신 베이지 힐은 가족 행사에"),
    ("이거 골프칠때 입어도 돼? 남자 40대", "polo", "red", None, "네, 갖고 계신 레드 폴로"),
    ("im godmother at my nieces christening in march! is this too bright for church?", "dress", "pink", None,
     "Yes, you can wear your pink dress to a family occasion."),
])
def test_whether_the_photographed_garment_suits_an_occasion_is_answered(question, kind, family, occasion, starts):
    from domain.items import Item
    from domain.vocabulary import KIND_TO_SLOT

    piece = Item(id="u", name="photo", kind=kind, slot=KIND_TO_SLOT[kind], color=family.title(), color_family=family,
                 gender="women")
    heard = extract(question)
    assert verdict(heard.language, heard, "winter", piece, occasion).startswith(starts)


@pytest.mark.parametrize(("question", "occasion", "season", "starts"), [
    ("which shoes, I only have white sneakers and brown boots", "date", "winter",
     "The brown boots: better for winter than the white sneakers"),
    ("are black jeans ok or do i need chinos", "interview", "fall", "The trousers: the jeans are not part of"),
    ("skirt or dress for my cousins wedding?", None, "spring", "The dress: closer to how people dress for it"),
    ("sandals or sneakers for the beach?", "travel", "summer", "The sandals: better for summer"),
    ("운동화랑 로퍼 중에 뭐가 나아? 출근", "work", "spring", "구두 쪽이 나아요."),
])
def test_a_choice_between_two_pieces_is_answered_with_one_and_why(question, occasion, season, starts):
    heard = extract(question)
    assert heard.question == "choice"
    assert verdict(heard.language, heard, season, None, occasion).startswith(starts)


@pytest.mark.parametrize(("question", "starts"), [
    # bottoms asked for by their part of the look: the plain word, not dress trousers ("슬랙스" at a festival)
    ("이 자켓에 어울리는 하의 추천해줘 페스티벌 갈거", "올리브에는 베이지, 화이트, 네이비, 그레이 하의가"),
    ("이 자켓에 슬랙스 무슨 색이 어울려?", "올리브에는 베이지, 화이트, 네이비, 그레이 슬랙스가"),
])
def test_the_colours_for_bottoms_beside_a_photographed_jacket_name_the_bottoms_as_asked(question, starts):
    heard = extract(question)
    jacket = Item(id="p", name="jacket", kind="jacket", slot="outerwear", color="Olive", color_family="olive",
                  gender="men", source="upload")
    assert verdict(heard.language, heard, "fall", jacket, heard.preferences.occasion).startswith(starts)

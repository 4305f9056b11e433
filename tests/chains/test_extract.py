import pytest

import prompts
from chains.extract import extract, parse_budget
from prompts import detect_language


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("for a date, minimal style, men", "occasion", "date"),
        ("for a date, minimal style, men", "style", "minimal"),
        ("for a date, minimal style, men", "gender", "men"),
        ("데이트룩 추천해줘", "occasion", "date"),
        ("미니멀", "style", "minimal"),
        ("면접 보러 가요", "occasion", "interview"),
        ("출근할 때 입을 옷", "occasion", "work"),
        ("something for the office", "occasion", "work"),
        ("I'm going to a wedding", "occasion", "wedding"),
        ("여성스러운 스타일", "style", "feminine"),
        ("여자 데일리룩", "gender", "women"),
        ("womenswear please", "gender", "women"),
        ("a winter look", "season", "winter"),
        ("가을 코디", "season", "fall"),
        ("street style for a party", "style", "street"),
        ("casual, no wait, minimal", "style", "minimal"),
    ],
)
def test_reads_preferences(text, field, expected):
    assert getattr(extract(text).preferences, field) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("navy chinos", ("trousers",)),
        ("검정 슬랙스", ("trousers",)),
        ("맨투맨이랑 청바지", ("sweatshirt", "jeans")),
        ("니트에 어울리는 바지", ("sweater", "trousers")),
        ("반바지랑 티셔츠", ("shorts", "tshirt")),
        ("a white t-shirt and a shirt", ("tshirt", "shirt")),
        ("파티룩", ()),  # "파티" must not be read as a t-shirt (티)
    ],
)
def test_reads_garment_kinds(text, kinds):
    assert extract(text).kinds == kinds


@pytest.mark.parametrize(
    ("text", "wanted", "avoided"),
    [
        ("navy chinos", ("navy",), ()),
        ("no black please", (), ("black",)),
        ("I don't want black or brown, I like olive", ("olive",), ("black", "brown")),
        ("검정 말고 네이비로", ("navy",), ("black",)),
        ("빨간색은 싫어", (), ("red",)),
        ("navy blue shirt", ("navy",), ()),  # "navy blue" is navy, not navy + blue
        ("빨간색은 빼줘", (), ("red",)),
        ("검정색은 빼 줘", (), ("black",)),
        ("회색 안 입어요", (), ("grey",)),
        ("검정 제외하고 추천해줘", (), ("black",)),
        ("I don't wear pink", (), ("pink",)),
        ("not a fan of grey, more into navy", ("navy",), ("grey",)),
    ],
)
def test_reads_wanted_and_avoided_colours(text, wanted, avoided):
    prefs = extract(text).preferences
    assert (prefs.colors, prefs.avoid_colors) == (wanted, avoided)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("under 50k won", 50_000), ("5만원 이하로", 50_000), ("below $80", 80), ("30,000원 이하", 30_000), ("a date", None)],
)
def test_reads_budgets(text, amount):
    assert parse_budget(text) == amount


@pytest.mark.parametrize(("text", "lang"), [("I need an outfit", "en"), ("코디 추천", "ko"), ("👍", None), ("미니멀 style", "ko")])
def test_detects_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("lang", prompts.LANGUAGES)
def test_every_quick_reply_button_is_understood(lang):
    """A button the stylist offers must mean something when clicked."""
    for group in ("occasion_style", "gender", "kind", "after_outfits"):
        for label in prompts.choices(lang, group):
            heard = extract(label)
            p = heard.preferences
            assert p.occasion or p.style or p.gender or heard.kinds or heard.intents, (lang, label)
    for style in ("casual", "minimal", "classic"):
        assert extract(prompts.choice_for(lang, "style_instead", style)).preferences.style == style


def test_says_it_wants_an_outfit():
    assert "outfit" in extract("I need an outfit").intents
    assert "outfit" in extract("what goes with this?").intents
    assert "more" in extract("show me more").intents


@pytest.mark.parametrize(
    ("text", "question"),
    [("what is amekaji?", "definition"), ("what goes with navy chinos?", "pairing"), ("면접룩 어떻게 입어?", "howto"),
     ("아메카지가 뭐야?", "definition"), ("I need an outfit", None), ("what should I wear to work?", None)],
)
def test_tells_style_questions_from_outfit_requests(text, question):
    assert extract(text).question == question


@pytest.mark.parametrize(("text", "avoided"), [
    ("운동화는 빼줘", ("sneakers",)), ("청바지 안 입어요", ("jeans",)), ("I don't wear jeans", ("jeans",)),
    ("skip the sneakers", ("sneakers",)),
    # a puffer ruled out is the padded jackets, not every coat; sparkle is no kind but may be ruled out
    ("패딩 안 입어", ("puffer",)), ("trendy look but no puffer", ("puffer",)),
    ("skip anything sparkly", ("sparkle",)), ("반짝이는 건 싫어요", ("sparkle",)),
])
def test_reads_garments_ruled_out(text, avoided):
    heard = extract(text)
    assert (heard.kinds, heard.avoid_kinds) == ((), avoided)


@pytest.mark.parametrize(("text", "wanted", "ruled_out"), [
    ("원피스 말고 바지, 검정 빼고", ("trousers",), ("dress",)),  # 빼고 belongs to black's clause
    ("sweater yes, cardigans no", ("sweater",), ("cardigan",)),
    ("jeans no, chinos yes", ("trousers",), ("jeans",)),
    ("패딩 말고 코트로요", ("coat",), ("puffer",)),
])
def test_a_negation_reaches_only_its_own_clause(text, wanted, ruled_out):
    understood = extract(text)
    assert understood.preferences.kinds == wanted and understood.avoid_kinds == ruled_out


def test_a_pairing_question_knows_what_it_is_about_and_what_it_asks_for():
    about_shoes = extract("what trousers go with these shoes for an interview? I'm a man")
    assert about_shoes.about_kinds == () and about_shoes.kinds == ("trousers",)  # the photo is not trousers
    cardigan = extract("what color pants go with a mustard cardigan?")
    assert cardigan.about_kinds == ("cardigan",) and cardigan.kinds == ("cardigan", "trousers")
    assert extract("청바지에 어울리는 상의 추천해줘").about_kinds == ("jeans",)


@pytest.mark.parametrize(("text", "season"), [
    ("키가 160도 안 되는데 롱코트 입어도 돼?", None),  # a height, not the weather
    ("1도 모르겠어", None),  # "not at all"
    ("it's hot pink", None),  # a colour
    ("999 degrees", None),
    ("다음주 30도 넘는대", "summer"),
    ("it'll be like 5 degrees up there", "winter"),
])
def test_only_a_plausible_temperature_sets_the_season(text, season):
    assert extract(text).preferences.season == season


@pytest.mark.parametrize(("text", "target", "like"), [
    ("swap the shoes on #2", 2, None),
    ("#2 in navy", 2, None),
    ("2번만 네이비로 바꿔줘", 2, None),
    ("두번째 거 더 따뜻하게", 2, None),
    ("2번 더 캐주얼하게", 2, None),
    ("2번 더 보여줘", None, None),  # "twice more"
    ("another one like #2", None, 2),
    ("2번 같은 거 더", None, 2),
    ("1번 입을 결혼식 하객룩", None, None),  # "to wear once"
])
def test_a_follow_up_aimed_at_one_look_is_told_from_more_like_it(text, target, like):
    heard = extract(text)
    assert (heard.target_look, heard.like_look) == (target, like)


def test_odd_budgets_do_not_break_the_reading():
    extract("$1.2.3 total")  # read without an error
    assert extract("$80 total").preferences.budget_max == 80



@pytest.mark.parametrize(("text", "gender"), [
    ("여친이랑 첫 데이트 뭐 입지", "men"), ("first date with my girlfriend", "men"), ("남편이랑 결혼식 가요", "women"),
    ("여자친구 선물로 원피스", "women"),  # a present for her is her clothes
    ("I'm a woman, date with my girlfriend", "women"),  # what a person says of themselves comes first
])
def test_who_the_person_goes_with_says_who_they_are(text, gender):
    assert extract(text).preferences.gender == gender


@pytest.mark.parametrize(("text", "occasion"), [
    ("going out for drinks tonight, what goes with my red mini skirt", "party"),
    ("zoom call with clients tomorrow", "work"), ("flying to paris in november for a week, men's", "travel"),
    ("hiking trip this weekend", "hiking"), ("불금 술자리 코디", "party"), ("cocktail party tomorrow", "cocktail"),
    ("My cousin is getting married in April, what should I wear?", "wedding"),
    ("돌잔치 하객룩 뭐 입어?", "ceremony"),  # a guest at a first birthday, not at a wedding
    ("first day at a new job at a tech startup, not a suit", "work"),
    ("would #1 work for a funeral?", None), ("I need something to wear to work for a meeting", "work"),
    # a service is Sunday best; the church where a wedding or a christening is held is only where it is
    ("what should I wear to church on sunday?", "church"), ("성당 미사 갈때 뭐입어", "church"),
    ("my buddys getting married dec 20th, church ceremony then hotel reception", "wedding"),
    ("my nieces christening at the church in march", "ceremony"),
    ("what to wear on a 12 hour flight to bali?", "flight"), ("flight to paris next week, what should I pack?", "travel"),
])
def test_everyday_words_for_an_occasion(text, occasion):
    assert extract(text).preferences.occasion == occasion


@pytest.mark.parametrize(("text", "count"), [
    ("just one outfit please", 1), ("date outfit, just one please", 1), ("one more", 1), ("코디 하나만 추천해줘", 1),
    ("하나 더 보여줘", 1), ("하나만 더", 1), ("show me 2 looks", 2), ("출근룩 한 가지만", 1),
    ("one more thing, I hate red", None), ("date outfit for one night", None), ("wedding outfit", None),
])
def test_how_many_looks_a_message_asks_for(text, count):
    assert extract(text).count == count


@pytest.mark.parametrize(("text", "avoid_kinds", "style", "gender"), [
    ("I don't own a black dress, something with trousers", ("dress:black",), None, None),
    ("반바지는 안 돼요", ("shorts",), None, None),
    ("not too streetwear, I'm 40", (), None, None),
    ("I'm the bride, what should I wear to my rehearsal dinner", (), None, "women"),
    ("신랑인데 본식 끝나고 갈아입을 옷", (), None, "men"),
])
def test_what_a_person_does_not_have_or_want_and_who_they_are_at_the_event(text, avoid_kinds, style, gender):
    heard = extract(text)
    assert heard.avoid_kinds == avoid_kinds and heard.preferences.style == style
    assert heard.preferences.gender == gender


@pytest.mark.parametrize(("text", "colors", "gender"), [
    ("its more purple/plum than pink", ("purple",), None), ("분홍보다 보라에 가까워요", ("purple",), None),
    ("m", (), "men"), ("F", (), "women"),
])
def test_a_comparison_names_the_colour_it_is_and_a_bare_letter_answers_whose_clothes(text, colors, gender):
    heard = extract(text)
    assert (heard.preferences.colors, heard.preferences.gender) == (colors, gender)


@pytest.mark.parametrize(("text", "gender", "age"), [
    ("flying to london for new years, what should i pack? 28F", "women", 28),
    ("office xmas party next friday. she/her", "women", None),
    ("m32, date night outfit", "men", 32),
    ("not too streetwear, I'm 40", None, 40),
])
def test_a_profiles_shorthand_says_who_the_person_is(text, gender, age):
    heard = extract(text)
    assert heard.preferences.gender == gender and heard.age == age


@pytest.mark.parametrize(("text", "occasion", "colors", "kinds"), [
    ("first date saturday, drinks at a wine bar. i'm a guy", "date", (), ()),
    ("신입 출근룩 추천 여자 IT회사 dress code는 자유", "work", (), ()),
    ("wine colored heels for a party", "party", ("red",), ("heels",)),
])
def test_a_place_or_a_dress_code_names_no_colour_or_garment(text, occasion, colors, kinds):
    p = extract(text).preferences
    assert (p.occasion, p.colors, p.kinds) == (occasion, colors, kinds)


@pytest.mark.parametrize(("text", "swap"), [
    ("what shoes go with #2 if i dont have those?", True),
    ("2번에 어울리는 다른 신발 있어?", True),
    ("what goes with look 2?", False),  # no piece named: a question about the look
])
def test_another_piece_for_a_look_on_screen_is_a_swap(text, swap):
    heard = extract(text)
    assert heard.target_look and ("swap" in heard.followups) is swap


@pytest.mark.parametrize(("text", "cut"), [
    ("1번 신발 로퍼로 바꿔줘", "loafer"), ("swap the shoes on #2 for oxfords", "oxford"), ("swap the shoes on #2", None),
])
def test_a_cut_of_shoe_is_heard_by_name(text, cut):
    assert extract(text).cut == cut


@pytest.mark.parametrize(("text", "gender", "avoid_colors", "avoid_kinds", "kinds"), [
    ("갑자기 장례식장 가야되는데 검은 옷이 패딩밖에 없어요 여자예요", "women", (), (), ("coat",)),  # only, not no
    ("less bulky pls, i hate feeling like the michelin man", None, (), (), ()),
    ("i dont do heels at all, never", None, (), ("heels",), ()),
    ("can it all be navy or charcoal? beige washes me out", None, ("beige",), (), ()),
    ("너무 꾸민 티 안 나게 시댁 모임", "women", (), (), ()),  # 티 나다 is no t-shirt; 시댁 is her in-laws
])
def test_what_is_only_owned_or_merely_said_is_no_wish_and_no_exclusion(text, gender, avoid_colors, avoid_kinds, kinds):
    heard = extract(text)
    assert (heard.preferences.gender, heard.preferences.avoid_colors, heard.avoid_kinds, heard.kinds) == (
        gender, avoid_colors, avoid_kinds, kinds)


@pytest.mark.parametrize(("text", "kind"), [
    ("this is my coat, what can i wear with it to the office?", "coat"),
    ("이거 코트인데 뭐랑 입어요?", "coat"),
    ("what trousers go with these shoes?", None),
])
def test_the_garment_a_photo_is_said_to_be_is_heard_even_in_a_question(text, kind):
    assert extract(text).photo_kind == kind


@pytest.mark.parametrize(("text", "field", "value"), [
    ("흰색은 당연히 피하구요", "avoid_colors", ("white",)),
    ("넥타이는 안 맬거에요", "avoid_kinds", ("tie",)),
    ("what dress?? for our anniversary dinner", "occasion", "date"),
    ("뉴욕 1월에 가요 추위 엄청 탐", "cold", True),
    ("dont want knees or arms showing", "feel", ("covered",)),
    ("아이젠 필요해요?", "topics", ("hiking:winter",)),
    ("하체가 통통해서 커버되는 걸로요", "topics", ("body:thighs",)),
    ("is midi length ok or does it need to be floor length", "topics", ("length:skirt",)),
])
def test_set_k_phrasings_are_heard(text, field, value):
    heard = extract(text)
    got = {"avoid_colors": heard.preferences.avoid_colors, "occasion": heard.preferences.occasion,
           "avoid_kinds": heard.avoid_kinds, "cold": heard.cold, "feel": heard.feel.said,
           "topics": heard.topics}[field]
    assert got == value


@pytest.mark.parametrize(("text", "occasion"), [
    ("뉴욕 1월에 가요 추위 엄청 탐", "travel"),
    ("-25C in lapland next week, what do i wear", "travel"),
    ("dinner date in tokyo", "date"),  # an occasion named where it happens is that occasion
    ("a wedding in london in june, men", "wedding"),
])
def test_a_trip_said_by_its_place_is_travel_unless_an_occasion_is_named(text, occasion):
    assert extract(text).preferences.occasion == occasion


@pytest.mark.parametrize(("text", "height", "weight", "asked", "usual"), [
    ("남자 172 68 오버핏 코트 사려는데 L 사면 돼? 평소 M 입어", 172, 68, "L", "M"),
    ("170/60 여자인데 사이즈 뭐 입어요?", 170, 60, None, None),
    ("I'm usually a medium, what size for this hoodie?", None, None, "M", "M"),
    ("키 180 몸무게 75 사이즈 추천", 180, 75, None, None),
    ("budget 150 50 items", None, None, None, None),  # no size, no body: a budget and a count
])
def test_a_bare_height_and_weight_and_the_usual_size_are_read(text, height, weight, asked, usual):
    heard = extract(text)
    assert (heard.height_cm, heard.weight_kg) == (height, weight)
    assert (heard.size_said, heard.size_usual) == (asked, usual)


@pytest.mark.parametrize(("text", "kinds", "avoid"), [
    ("니트 원피스는 제외하고", (), ("knit_dress",)),  # knit dresses only: other dresses stay
    ("no knit dresses please", (), ("knit_dress",)),
    ("I want a sweater dress for the party", ("dress",), ()),
    ("니트랑 원피스 빼줘", (), ("sweater", "dress")),
])
def test_a_piece_named_in_two_garment_words_is_one_piece(text, kinds, avoid):
    heard = extract(text)
    assert (heard.kinds, heard.avoid_kinds) == (kinds, avoid)

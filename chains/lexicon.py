"""Words people use, in English and Korean, mapped to the vocabulary of DESIGN.md.

English terms match on word boundaries (with an optional plural s); Korean terms match as
substrings, because Korean attaches particles to words ("청바지랑", "데이트룩").
Longer terms are matched first and consume their span ("navy blue" before "blue", "반바지" before "바지").
"""

from __future__ import annotations

COLOR_TERMS: dict[str, tuple[str, ...]] = {
    "black": ("black", "jet black", "블랙", "검정", "검은", "까만", "검정색"),
    "white": ("white", "off white", "off-white", "ivory", "화이트", "흰", "하얀", "흰색", "아이보리"),
    "grey": ("grey", "gray", "charcoal", "그레이", "회색", "차콜"),
    "navy": ("navy", "navy blue", "네이비", "남색"),
    "blue": ("blue", "light blue", "sky blue", "denim blue", "블루", "파란", "파랑", "하늘색", "청색"),
    "brown": ("brown", "tan", "camel", "chocolate", "브라운", "갈색", "카멜"),
    "beige": ("beige", "cream", "sand", "stone", "khaki", "베이지", "크림"),
    "green": ("green", "mint", "emerald", "그린", "초록", "녹색", "민트"),
    "olive": ("olive", "olive green", "올리브", "카키"),
    "red": ("red", "burgundy", "maroon", "wine", "레드", "빨간", "빨강", "버건디", "와인색"),
    "pink": ("pink", "rose", "blush", "핑크", "분홍"),
    "purple": ("purple", "lavender", "violet", "lilac", "퍼플", "보라", "라벤더"),
    "yellow": ("yellow", "mustard", "옐로우", "노란", "노랑", "머스타드"),
    "orange": ("orange", "rust", "오렌지", "주황"),
    "metallic": ("gold", "silver", "골드", "실버"),
}

KIND_TERMS: dict[str, tuple[str, ...]] = {
    "tshirt": ("t-shirt", "tshirt", "t shirt", "tee", "티셔츠", "반팔티", "반팔"),
    "longsleeve": ("long sleeve", "long-sleeve", "longsleeve", "긴팔티", "긴팔"),
    "shirt": ("shirt", "button-down", "button down", "oxford shirt", "셔츠", "남방"),
    "polo": ("polo", "폴로", "카라티"),
    "blouse": ("blouse", "블라우스"),
    "sweater": ("sweater", "knit", "knitwear", "jumper", "pullover", "니트", "스웨터"),
    "sweatshirt": ("sweatshirt", "hoodie", "crewneck", "맨투맨", "후드티", "후디"),
    "tank": ("tank", "tank top", "sleeveless", "민소매", "나시"),
    "jacket": ("jacket", "bomber", "denim jacket", "jean jacket", "재킷", "자켓", "점퍼", "청자켓"),
    "coat": ("coat", "trench", "trench coat", "parka", "puffer", "코트", "패딩"),
    "blazer": ("blazer", "suit jacket", "sport coat", "블레이저"),
    "cardigan": ("cardigan", "가디건"),
    "jeans": ("jeans", "denim", "청바지", "데님"),
    "trousers": ("trousers", "pants", "chinos", "chino", "slacks", "슬랙스", "바지", "면바지", "치노"),
    "shorts": ("shorts", "반바지", "숏팬츠"),
    "skirt": ("skirt", "스커트", "치마"),
    "leggings": ("leggings", "레깅스"),
    "dress": ("dress", "gown", "원피스", "드레스"),
    "jumpsuit": ("jumpsuit", "overalls", "점프수트"),
    "sneakers": ("sneakers", "sneaker", "trainers", "kicks", "운동화", "스니커즈"),
    "shoes": ("loafers", "loafer", "derby", "oxfords", "dress shoes", "구두", "로퍼"),
    "boots": ("boots", "boot", "부츠", "워커"),
    "sandals": ("sandals", "sandal", "flip flops", "flip-flops", "slides", "샌들", "슬리퍼"),
    "heels": ("heels", "pumps", "stilettos", "힐", "하이힐"),
    "flats": ("flats", "ballet flats", "플랫슈즈", "플랫"),
    "hat": ("hat", "cap", "beanie", "모자", "캡", "비니"),
    "bag": ("bag", "backpack", "tote", "handbag", "가방", "백팩"),
    "belt": ("belt", "벨트"),
    "watch": ("watch", "시계"),
    "sunglasses": ("sunglasses", "shades", "선글라스"),
    "scarf": ("scarf", "muffler", "스카프", "머플러", "목도리"),
    "tie": ("tie", "necktie", "넥타이"),
    "socks": ("socks", "양말"),
    "jewellery": ("jewellery", "jewelry", "necklace", "earrings", "bracelet", "목걸이", "귀걸이", "팔찌", "주얼리"),
}

STYLE_TERMS: dict[str, tuple[str, ...]] = {
    "minimal": ("minimal", "minimalist", "minimalism", "clean", "simple", "미니멀", "심플", "깔끔"),
    "casual": ("casual", "relaxed", "laid-back", "캐주얼", "편한", "편하게"),
    "classic": ("classic", "timeless", "formal", "클래식", "포멀", "정장"),
    "street": ("street", "streetwear", "urban", "스트릿", "스트리트"),
    "dandy": ("dandy", "smart", "dapper", "댄디"),
    "sporty": ("sporty", "athleisure", "athletic", "스포티", "애슬레저"),
    "amekaji": ("amekaji", "americana", "workwear", "아메카지"),
    "chic": ("chic", "sleek", "시크"),
    "feminine": ("feminine", "girly", "romantic", "페미닌", "여성스러운", "러블리"),
}

OCCASION_TERMS: dict[str, tuple[str, ...]] = {
    "daily": ("daily", "everyday", "every day", "weekend", "day out", "데일리", "일상", "평소", "주말"),
    "work": ("work", "office", "business", "meeting", "commute", "출근", "회사", "오피스", "직장", "비즈니스", "출근룩"),
    "date": ("date", "dinner date", "first date", "데이트", "소개팅"),
    "interview": ("interview", "job interview", "면접"),
    "wedding": ("wedding", "wedding guest", "결혼식", "하객"),
    "party": ("party", "club", "birthday", "파티", "클럽", "생일"),
    "travel": ("travel", "trip", "vacation", "holiday", "여행", "휴가"),
    "workout": ("workout", "gym", "running", "exercise", "운동", "헬스", "러닝"),
}

# Months name the season they fall in (northern hemisphere, as the catalogue's seasons are);
# "may" is left out: it is far more often "may I ask".
SEASON_TERMS: dict[str, tuple[str, ...]] = {
    "spring": ("spring", "봄", "march", "april", "3월", "4월", "5월"),
    "summer": ("summer", "여름", "june", "july", "august", "6월", "7월", "8월"),
    "fall": ("fall", "autumn", "가을", "september", "october", "november", "9월", "10월", "11월"),
    "winter": ("winter", "겨울", "december", "january", "february", "12월", "1월", "2월"),
}

GENDER_TERMS: dict[str, tuple[str, ...]] = {
    "men": ("men", "man", "male", "guy", "menswear", "mens", "for him", "남자", "남성", "남성복", "남자옷"),
    "women": ("women", "woman", "female", "lady", "womenswear", "womens", "for her", "여자", "여성", "여성복", "여자옷"),
}

# Cues that flip a following (EN) or preceding (KO) colour into "avoid".
NEGATION_BEFORE = ("no", "not", "without", "avoid", "except", "hate", "dislike", "don't like", "don't want",
                   "anything but", "skip", "never", "don't wear", "do not wear", "do not want", "do not like",
                   "can't wear", "not a fan of", "none of", "leave out", "drop the", "exclude")
NEGATION_AFTER_KO = ("말고", "빼고", "빼줘", "빼 줘", "빼주", "빼요", "싫", "제외", "없이", "말구", "별로", "안 입", "안입",
                     "안 신", "안신", "안 들", "노노", "사절")

INTENT_TERMS: dict[str, tuple[str, ...]] = {
    "outfit": (
        "outfit", "outfits", "look", "looks", "wear", "style me", "dress me", "recommend", "suggest",
        "goes with", "go with", "match", "ootd", "ideas", "what should i",
        "코디", "룩", "추천", "입을", "뭐 입", "어울리", "매치", "스타일링", "입고",
    ),
    "more": ("show me more", "more", "another", "other options", "different ones", "더 보여", "다른", "더 줘"),
    "greeting": ("hi", "hello", "hey", "thanks", "thank you", "안녕", "고마워", "감사"),
    "save": ("save it", "save this", "keep it", "add it to my wardrobe", "add this to my wardrobe", "to my wardrobe",
             "옷장에 저장", "옷장에 넣어", "옷장에 추가", "저장해"),
    "brands": ("brands for me", "which brands", "what brands", "brand recommendation", "recommend brands",
               "브랜드 추천", "어떤 브랜드", "브랜드"),
}

# Names of whole slots, for follow-ups such as "swap the shoes" or "다른 상의".
SLOT_TERMS: dict[str, tuple[str, ...]] = {
    "top": ("top", "tops", "상의"),
    "bottom": ("bottom", "bottoms", "하의"),
    "shoes": ("shoes", "footwear", "신발"),
    "outerwear": ("outerwear", "layer", "아우터", "겉옷"),
    "accessory": ("accessory", "accessories", "액세서리", "악세사리"),
}

# Follow-ups that change the looks on screen instead of starting over.
FOLLOWUP_TERMS: dict[str, tuple[str, ...]] = {
    "swap": ("swap", "change the", "different", "replace", "another pair", "바꿔", "교체", "다른 걸로"),
    "warmer": ("warmer", "something warm", "too cold", "따뜻", "추워"),
    "cooler": ("cooler", "lighter", "too hot", "시원", "더워"),
    "less_formal": ("less formal", "more casual", "more relaxed", "too formal", "덜 포멀", "더 캐주얼", "너무 포멀", "더 편하게"),
    "more_formal": ("more formal", "dressier", "smarter", "too casual", "더 포멀", "더 격식", "단정하게", "너무 캐주얼"),
    "cheaper": ("cheaper", "less expensive", "too expensive", "더 싸", "더 저렴", "너무 비싸"),
}

# Style questions (answered from the knowledge base, with example looks), not outfit requests.
QUESTION_TERMS: dict[str, tuple[str, ...]] = {
    "definition": ("what is", "what's", "what are", "meaning of", "뭐야", "뭐예요", "뭔가요", "무엇인가요", "이란", "란 뭐"),
    "pairing": ("what goes with", "goes well with", "what to wear with", "what pairs with", "pair with",
                "뭐랑 어울", "뭐랑 입", "무엇과 어울", "어울리는 색"),
    "howto": ("how do i wear", "how to wear", "how should i dress", "how do i style", "how to style", "tips for",
              "어떻게 입", "어떻게 코디", "어떻게 스타일링", "팁"),
}

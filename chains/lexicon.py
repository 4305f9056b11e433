"""Words people use, in English and Korean, mapped to the vocabulary (domain/vocabulary.py).

English terms match on word boundaries (with an optional plural s); Korean terms match as
substrings, because Korean attaches particles to words ("청바지랑", "데이트룩").
Longer terms are matched first and consume their span ("navy blue" before "blue", "반바지" before "바지").
"""

from __future__ import annotations

import re

COLOR_TERMS: dict[str, tuple[str, ...]] = {
    "black": ("black", "jet black", "블랙", "검정", "검은", "까만", "검정색"),
    "white": ("white", "off white", "off-white", "ivory", "화이트", "흰", "하얀", "흰색", "아이보리"),
    "grey": ("grey", "gray", "charcoal", "steel grey", "steel gray", "그레이", "회색", "차콜"),
    "navy": ("navy", "navy blue", "dark wash", "dark-wash", "indigo", "네이비", "남색", "곤색", "진청"),
    "blue": ("blue", "light blue", "sky blue", "denim blue", "블루", "파란", "파랑", "하늘색", "청색",
             "light wash", "light-wash", "lightwash", "mid wash", "mid-wash", "medium wash", "teal", "turquoise"),
    "brown": ("brown", "tan", "camel", "chocolate", "브라운", "갈색", "카멜"),
    "beige": ("beige", "cream", "sand", "stone", "khaki", "베이지", "크림", "nude", "누드", "누드톤", "누드 톤"),
    "green": ("green", "mint", "emerald", "sage", "sage green", "그린", "초록", "녹색", "민트", "세이지"),
    "olive": ("olive", "olive green", "올리브", "카키"),
    "red": ("red", "burgundy", "maroon", "wine red", "wine colour", "wine color", "wine-coloured", "wine coloured",
            "wine colored", "wine-colored", "레드", "빨간", "빨강",
            "버건디", "와인색"),
    "pink": ("pink", "hot pink", "rose", "blush", "핑크", "분홍"),
    "purple": ("purple", "lavender", "violet", "lilac", "퍼플", "보라", "라벤더"),
    "yellow": ("yellow", "mustard", "옐로우", "노란", "노랑", "머스타드"),
    "orange": ("orange", "rust", "오렌지", "주황"),
    "metallic": ("gold", "silver", "metallic", "steel", "stainless steel", "골드", "실버", "은색", "금색", "금목걸이", "반짝이는"),
    "multi": ("colorful", "colourful", "multicolor", "multicolour", "multicolored", "multicoloured", "알록달록", "컬러풀"),
}

# Wishes for more length ("longer skirt pls", "치마 너무 짧아요"): the catalogue records no length.
LONGER_TERMS: dict[str, tuple[str, ...]] = {
    # a length named ("ankle length", "floor-length gown"): of the skirt or dress it names, that kind kept
    "full_length": ("ankle length", "ankle-length", "to the ankle", "to my ankles", "full length", "full-length",
                    "floor length", "floor-length", "발목까지", "발목 기장", "발목 덮"),
    "longer": ("longer", "too short", "more coverage", "cover the knee", "cover my knees", "below the knee",
               # ("hopping like frogs lol so nothing short")
               "nothing short", "nothing too short", "no short stuff", "짧은 건 빼", "짧은거 빼", "짧은 거 말고", "짧은거 말고",
               "knees showing", "no knees", "knees covered", "knees or arms", "arms or knees", "더 긴", "길게", "너무 짧", "기장 긴", "무릎 아래", "무릎 덮",
               "무릎 안 보이", "무릎이 안 보이"),
}

# Cuts the vocabulary files under a wider kind, named by the words the catalogue's product names use
# ("로퍼로 바꿔줘": a pair whose name says loafer, not any "shoes"; "cargo pants": trousers whose name says cargo).
NAMED_CUT_TERMS: dict[str, tuple[str, ...]] = {
    "loafer": ("loafers", "loafer", "moccasins", "moccasin", "boat shoes", "deck shoes", "로퍼", "모카신", "보트슈즈",
               # ("bad hip, no laces": shoes that slip on)
               "no laces", "without laces", "slip-ons", "slip-on shoes", "slip on shoes", "끈 없는 신발", "끈 없는 구두",
               # ("벗었다 신었다 많이 한대요": shoes off and on all day, at a temple or a home)
               "벗었다 신었다", "벗었다가 신었다", "신고 벗기 편", "벗고 신기 편", "신었다 벗었다", "slip on and off"),
    "oxford": ("oxfords", "oxford", "옥스포드", "옥스퍼드"),
    "derby": ("derbies", "derby", "더비"),
    "brogue": ("brogues", "brogue", "브로그"),
    "pump": ("pumps", "pump", "펌프스"),
    # (a broad heel that stays on top of a lawn: the catalogue names no block heel, its wedges are the one broad heel)
    "wedge": ("wedges", "wedge", "wedge heels", "wedge sandals", "block heels", "block heel", "block-heeled", "chunky heels",
              "chunky heel", "블록힐", "블록 힐", "웨지힐", "웨지 힐", "웨지"),
    # (a kurta: his are filed as shirts, its name says "kurta")
    "kurta": ("kurta", "kurtas", "쿠르타"),
    # (trousers with leg pockets: the catalogue files them as trousers or shorts, its names say "cargo")
    "cargo": ("cargo pants", "cargo trousers", "cargo shorts", "cargos", "cargo", "카고 바지", "카고바지", "카고 팬츠",
              "카고팬츠", "카고"),
    # (joggers and sweatpants: the catalogue's names say "track pants", "trackpant")
    "track": ("joggers", "jogger", "jogger pants", "track pants", "trackpants", "track pant", "sweatpants", "sweats",
              "wide leg sweats", "wide-leg sweats", "조거",
              "조거팬츠", "조거 팬츠", "트레이닝 바지", "트레이닝바지", "츄리닝 바지", "추리닝 바지", "츄리닝", "추리닝",
              "트레이닝복", "트레이닝 복", "tracksuit", "tracksuits", "track suit"),
    # (a bag worn across the body: the catalogue's names say "sling")
    "sling": ("crossbody bag", "cross-body bag", "cross body bag", "crossbody", "cross-body", "cross body", "sling bags",
              "sling bag", "크로스백", "크로스 백", "크로스바디", "크로스로", "크로스 가방", "크로스 가방으로",
              # ("a bag with a strap": the strap said of the bag; "the clutch for something with a strap", in extract)
              "bag with a strap", "끈 달린 가방", "끈 있는 가방"),
}

# Ruled out, a long layer is one its name says is long ("no long jackets, they get caught in the wheels": a short
# jacket or a blazer stays)
LONG_LAYER_WORDS = ("long jacket", "long jackets", "long coat", "long coats", "longline coat", "longline jacket",
                    "롱코트", "롱 코트", "긴 코트", "롱자켓", "롱 자켓", "긴 자켓",
                    "긴 겉옷", "긴 아우터", "롱 아우터")
KIND_TERMS: dict[str, tuple[str, ...]] = {
    "tshirt": ("t-shirt", "tshirt", "t shirt", "tee", "티셔츠", "반팔티", "반팔", " 티"),  # " 티": "흰 티" (not "파티")
    "longsleeve": ("long sleeve", "long-sleeve", "longsleeve", "long sleeve tee", "longsleeve tee", "긴팔티", "긴팔",
                   "long sleeves", "long-sleeved", "long sleeved"),
    "shirt": ("shirt", "denim shirt", "chambray shirt", "button-down", "button down", "button-up", "button up", "buttoned shirt", "oxford shirt", "옥스포드 셔츠", "옥스퍼드 셔츠", "옥스포드셔츠", "셔츠", "남방", "반팔 셔츠", "반팔셔츠",
              "반팔 패턴 셔츠", "short-sleeve shirt", "short sleeve shirt",
              # a kurta: the catalogue files his as shirts (hers as tops, "kurti")
              "kurta", "kurtas", "쿠르타"),
    "polo": ("polo", "polo shirt", "폴로", "카라티"),
    "blouse": ("wrap top", "wrap blouse", "blouse", "블라우스", "peplum top", "peplum", "페플럼", "kurti", "kurtis", "tunic", "tunics"),
    "sweater": ("sweater", "knit", "knitwear", "jumper", "pullover", "니트", "스웨터", "turtleneck", "turtle neck",
                "roll neck", "rollneck", "polo neck", "mock neck", "터틀넥", "폴라", "목폴라", "폴라티",
                # a zip-neck pullover: "이 네이비 반집업"
                "half zip", "half-zip", "quarter zip", "quarter-zip", "반집업", "하프집업", "하프 집업"),
    "sweatshirt": ("sweatshirt", "hoodie", "crewneck", "맨투맨", "후드티", "후디", "후드", "후드 집업", "후드집업"),
    "tank": ("tank", "tank top", "sleeveless", "민소매", "나시", "탱크탑"),
    "jacket": ("jacket", "bomber", "windbreaker", "windbreakers", "wind breaker", "바람막이", "플리스", "후리스", "fleece jacket",
               "quarter-zip", "quarter zip", "half-zip", "half zip", "숏패딩", "short puffer", "short padded jacket", "denim jacket", "jean jacket", "재킷", "자켓", "점퍼", "청자켓", "데님 재킷",
               "데님 자켓", "데님재킷", "데님자켓"),
    "coat": ("coat", "trench", "trench coat", "peacoat", "pea coat", "overcoat", "puffer coat", "puffer coats",
             "long puffer coats", "long puffer coat", "long puffer", *LONG_LAYER_WORDS, "down coat", "padded coat", "parka", "puffer", "puffer jacket", "padded jacket", "down jacket",
             "quilted jacket", "raincoat", "트렌치코트", "트렌치 코트", "트렌치", "바바리", "울코트", "더플코트",
             "피코트", "코트", "패딩", "롱패딩", "패딩 점퍼", "패딩점퍼"),
    "blazer": ("blazer", "suit jacket", "sport coat", "블레이저"),
    "cardigan": ("cardigan", "가디건", "카디건"),
    "jeans": ("jeans", "denim", "청바지", "데님", "연청", "중청", "진청", "흑청", "청청",
              # one garment in two words ("와이드 데님 팬츠" is jeans, not jeans and slacks)
              "데님 팬츠", "데님팬츠", "데님 바지", "청 팬츠", "denim pants", "denim trousers", "jean pants", "jeans pants"),  # ("연청 바지": light-wash jeans)
    "trousers": ("trousers", "pants", "chinos", "chino", "khakis", "slacks", "슬랙스", "바지", "면바지", "치노", "팬츠", "와이드팬츠",
                 "cords", "corduroys", "corduroy trousers", "corduroy pants", "코듀로이 팬츠", "코듀로이 바지", "골덴 바지",
                 "joggers", "jogger", "jogger pants", "track pants", "trackpants", "sweatpants", "sweats", "조거", "트레이닝 바지",
                 "츄리닝 바지", "츄리닝", "추리닝", "cargo pants", "cargo trousers", "cargos", "카고 바지", "카고바지", "카고 팬츠", "카고팬츠",
                 "트레이닝복", "트레이닝 복", "tracksuit", "tracksuits", "track suit"),
    "shorts": ("shorts", "denim shorts", "jean shorts", "반바지", "숏팬츠", "청반바지", "데님 반바지"),
    # "a dark wash denim skirt": a skirt, whatever its cloth
    "skirt": ("skort", "skorts", "wrap skirt", "치마바지", "skirt", "denim skirt", "jean skirt", "mini skirt", "miniskirt", "미니스커트", "미니 스커트", "미니 치마", "스커트", "치마", "청치마", "데님 스커트", "데님 치마", "데님스커트"),
    "leggings": ("leggings", "레깅스"),
    "dress": ("dress", "gown", "wrap dress", "wrap-dress", "원피스", "드레스", "나시 원피스", "mini dress", "minidress", "미니 원피스"),
    "jumpsuit": ("jumpsuit", "overalls", "점프수트"),
    "sneakers": ("sneakers", "sneaker", "trainers", "kicks", "running shoes", "운동화", "스니커즈", "러닝화", "런닝화", "조깅화", "af1s", "af1",
                 "air force 1s", "air force ones", "air forces", "air force", "converse", "vans", "컨버스", "반스", "에어포스",
                 "jordans", "new balance", "new balances", "뉴발란스", "뉴발", "나이키 운동화", "조던"),
    "shoes": ("loafers", "loafer", "derby", "oxfords", "dress shoes", "boat shoes", "deck shoes", "구두", "로퍼", "jutti",
              "juttis", "mojari", "mojaris", "보트슈즈", "옥스포드화", "옥스포드", "옥스퍼드", "더비슈즈",
              # (dress shoes by their toe: "검정 스트레이트팁", "wingtips")
              "스트레이트팁", "스트레이트 팁", "윙팁", "윙 팁", "캡토", "cap toes", "cap toe", "cap-toe", "wingtips", "wingtip"),
    "boots": ("boots", "boot", "부츠", "워커", "등산화", "트레킹화", "hiking boots", "walking boots", "장화", "레인부츠",
              # the boots people call by their maker or cut
              "doc martens", "doc marten", "docs", "dr martens", "dr. martens", "dr marten", "닥터마틴", "닥마",
              "timberlands", "timbs", "팀버랜드", "chelsea boots", "첼시부츠", "첼시 부츠", "combat boots", "uggs", "어그",
              "레인 부츠", "rain boots", "rainboots"),
    "sandals": ("sandals", "sandal", "flip flops", "flip-flops", "slides", "샌들", "슬리퍼", "쪼리", "조리", "플립플랍", "kolhapuri", "kolhapuris",
                "chappal", "chappals",
                # ("no open toed shoes, got trampled last year": whatever shows the toes)
                "open toed shoes", "open-toed shoes", "open toe shoes", "open-toe shoes", "open toed", "open-toed",
                "open toe", "open-toe", "앞트임", "오픈토"),
    "heels": ("heels", "pumps", "stilettos", "wedges", "wedge heels", "wedge sandals", "힐", "하이힐", "웨지힐"),
    "flats": ("flats", "ballet flats", "flat shoes", "flat shoe", "ballerinas", "플랫슈즈", "플랫", "단화"),
    "hat": ("hat", "cap", "beanie", "bucket hat", "fedora", "beret", "모자", "캡", "비니", "버킷햇", "버킷 햇", "벙거지",
            "페도라", "베레모"),
    "bag": ("bag", "backpack", "tote", "handbag", "가방", "백팩", "clutch", "purse", "crossbody", "클러치", "토트백", "크로스백", "숄더백"),
    "belt": ("belt", "벨트"),
    "watch": ("watch", "시계"),
    "sunglasses": ("sunglasses", "shades", "선글라스"),
    # ("I have a burgundy wrap I love", "a shawl for the church part": a wrap over the shoulders is worn as a scarf
    # is; a wrap dress, top or skirt is that garment, named whole below)
    "scarf": ("scarf", "muffler", "스카프", "머플러", "목도리", "wrap", "shawl", "stole", "pashmina", "숄", "파시미나"),
    "tie": ("tie", "necktie", "bolo tie", "넥타이", "볼로타이", "볼로 타이", "bow tie", "bowtie", "bow-tie", "bow ties",
            "bowties", "나비넥타이", "나비 넥타이", "보타이", "타이 색", "타이색", "타이는", "타이 컬러", "타이도"),
    "socks": ("socks", "양말"),
    "jewellery": ("jewellery", "jewelry", "necklace", "earrings", "earring", "hoop earrings", "bracelet", "목걸이", "귀걸이", "팔찌", "주얼리"),
}

# nothing that stands out: a quiet tone (no bright shoes or bags either) in a minimal style
QUIET_TERMS = ("튀는 건 싫", "튀는건 싫", "튀는 거 싫", "튀는거 싫", "튀는 옷은 싫", "튀는 옷 싫", "튀는 건 별로",
               "튀는건 별로", "튀는 거 별로", "튀는거 별로", "튀고 싶지 않", "눈에 띄는 건 싫", "눈에 띄는건 싫",
               "튀지 않", "안 튀", "안튀", "don't want to stand out", "dont want to stand out", "not stand out",
               "blend in", "nothing flashy", "not too flashy", "not flashy", "understated", "nothing loud",
               "nothing too loud", "not too loud")

STYLE_TERMS: dict[str, tuple[str, ...]] = {
    # "Smart casual" is the plain, tidy middle (chinos, a shirt, loafers), not "casual"; "business
    # casual" keeps its words apart (the office, casual): the office's band already holds it at smart.
    "minimal": ("minimal", "minimalist", "minimalism", "clean", "simple", "smart casual", "smart-casual",
                "미니멀", "심플", "깔끔", "스마트 캐주얼", "세미 캐주얼", "꾸안꾸", "effortless",
                # nothing that stands out
                "subtle", "low key", "low-key", "lowkey", "안 꾸민 느낌", "안꾸민 느낌", "수수하", "무난하", "차분하",
                # the plain, neutral wardrobes that go by a name
                "scandi", "scandinavian", "normcore", "clean girl", "coastal grandmother", "스칸디", "놈코어",
                *QUIET_TERMS),
    "casual": ("casual", "relaxed", "laid-back", "캐주얼",
               # the loose, easy Japanese city look: wide trousers, an overshirt, trainers
               "city boy", "cityboy", "시티보이", "시티 보이"),
    "classic": ("classic", "timeless", "formal", "클래식", "포멀",
                # oxford shirts, cable knits, chinos and loafers: the classic wardrobe, worn young
                "preppy", "prep", "ivy league", "ivy style", "프레피", "아이비룩", "아이비 룩",
                "유행 안 타는", "유행 안타는", "유행을 안 타는", "유행 타지 않는",  # (timeless)
                # knits, tailoring and loafers with no logo: the rich-looking plain wardrobe
                "old money", "old-money", "quiet luxury", "stealth wealth", "dark academia", "올드머니", "올드 머니",
                "콰이어트 럭셔리", "조용한 럭셔리", "다크 아카데미아"),
    "street": ("street", "streetwear", "urban", "edgy", "edgier", "more edge", "시크하고 힙", "스트릿", "스트리트", "힙하게", "힙한", "힙하고", "힙해", "hip hop", "hypebeast",
               # baggy denim, graphic tees, chunky trainers: the youth looks that go by a name
               "y2k", "grunge", "skater", "skate style", "techwear", "blokecore", "힙합", "스케이터", "그런지", "테크웨어",
               "블록코어"),
    "dandy": ("dandy", "dapper", "댄디"),
    "sporty": ("sporty", "athleisure", "athletic", "스포티", "애슬레저",
               # fleece, shell jackets and trail shoes worn in town
               "gorpcore", "gorp core", "고프코어", "고프 코어"),
    "amekaji": ("amekaji", "americana", "workwear", "아메카지"),
    # "좀 더 화려하게 ㅋㅋ 연말이니까": the evening's dresses and shine, not a tweed blazer's "dressier"
    "chic": ("chic", "sleek", "시크", "화려하게", "세련되게", "세련된 느낌", "세련된 스타일", "세련미", "세련돼 보이게",
             "sophisticated", "more sophisticated", "더 화려", "좀 화려", "화려한 느낌", "more glam", "glam it up",
             "glammed up", "more glamorous", "glamorous", "more festive"),
    "feminine": ("feminine", "girly", "romantic", "flowy", "floaty", "dreamy", "ethereal", "하늘하늘", "여리여리", "페미닌", "여성스러운", "여성스럽게", "여성스러운 느낌", "more feminine",
                 # flowing prints, maxi skirts and dresses, soft knits: the feminine wardrobe, worn loose
                 "boho", "bohemian", "boho chic", "보헤미안", "보호룩", "보헤미안룩", "러블리", "귀엽게", "귀여운 느낌", "귀여운 스타일",
                 "귀엽고", "귀엽게요", "귀여운 룩", "귀여운 코디", "sweet and girly",
                 # bows, lace, soft prints and ballet flats
                 "coquette", "cottagecore", "balletcore", "ballet core", "코케트", "코케트룩", "발레코어"),
}

# Summer's own festivals, soaked or in the desert sun: everyday looks in summer clothes (read on the whole
# message, as the occasion takes their words)
SUMMER_EVENT_TERMS: dict[str, tuple[str, ...]] = {
    "summer": ("워터밤", "물총축제", "물총 축제", "waterbomb", "water bomb", "water festival", "songkran", "송크란",
               "coachella", "burning man", "desert festival", "코첼라"),
}

# Places that are hot all year: summer clothes whatever the month said ("다낭 12월", "bali in january")
TROPICAL_TERMS: dict[str, tuple[str, ...]] = {
    "tropical": ("bali", "seminyak", "ubud", "canggu", "uluwatu", "nusa dua",
                 "phuket", "bangkok", "pattaya", "krabi", "koh samui", "cebu", "boracay", "palawan", "da nang",
                 "danang", "nha trang", "phu quoc", "ho chi minh", "saigon", "singapore", "kuala lumpur", "kota kinabalu",
                 "maldives", "hawaii", "honolulu", "maui", "cancun", "tulum", "guam", "saipan", "goa", "sri lanka",
                 "caribbean", "puerto rico", "jamaica", "bahamas", "aruba", "fiji", "tahiti", "mauritius", "seychelles",
                 # (not 방콕, 세부 or 하와이 alone: "방콕할", "세부 사항", "하와이안 셔츠" go nowhere; the climate table
                 # reads them as places only before a particle or a space, chains/climate.py)
                 "발리", "푸켓", "방콕 여행", "방콕에", "방콕으로", "파타야", "끄라비", "코사무이", "세부 여행", "세부에",
                 "세부로", "세부 가족여행", "세부 자유여행", "세부 한달", "세부 가요", "세부 갑니다", "보라카이", "팔라완", "다낭", "나트랑",
                 "냐짱", "푸꾸옥", "호치민", "싱가포르", "쿠알라룸푸르", "코타키나발루", "몰디브", "하와이 여행", "하와이에",
                 "하와이로", "호놀룰루",
                 "칸쿤", "괌", "사이판", "동남아", "thailand", "태국", "philippines", "필리핀", "malaysia", "말레이시아",
                 "indonesia", "인도네시아", "cambodia", "캄보디아", "siem reap", "씨엠립",
                 # India's coast and south, the Gulf, and the tropics people fly to: warm in every month
                 "mumbai", "bombay", "chennai", "madras", "kerala", "kochi", "cochin", "bangalore", "bengaluru",
                 "alleppey", "alappuzha", "kumarakom", "kovalam", "varkala", "trivandrum", "thiruvananthapuram",
                 "hyderabad", "pondicherry", "puducherry", "andaman", "dubai", "abu dhabi", "doha", "miami", "manila",
                 "jakarta", "colombo", "rio de janeiro", "rio", "리우", "뭄바이", "첸나이", "케랄라", "방갈로르", "벵갈루루", "두바이",
                 "마닐라", "자카르타", "마이애미"),
}

# Places hot from May to October and mild the rest of the year ("taipei in may" is summer, "taipei in january" is
# not): a month of that half said there, in the same message or a later one, dresses for summer
SUBTROPICAL_TERMS: dict[str, tuple[str, ...]] = {
    "subtropical": ("kolkata", "calcutta", "콜카타", "taipei", "taiwan", "kaohsiung", "tainan", "hong kong", "macau", "macao", "okinawa", "guangzhou",
                    "shenzhen", "hanoi", "florida", "orlando", "houston", "new orleans", "cairo",
                    "타이베이", "타이페이", "대만", "가오슝", "타이난", "홍콩", "마카오", "오키나와", "광저우", "선전", "하노이", "플로리다",
                    "올랜도", "카이로"),
}
# Places south of the equator and out of the tropics: their months' seasons run the other way ("sydney in july" is
# winter there, "buenos aires in december" summer)
SOUTHERN_TERMS: dict[str, tuple[str, ...]] = {
    "southern": ("sydney", "melbourne", "brisbane", "perth", "adelaide", "hobart", "tasmania", "australia",
                 "auckland", "queenstown", "christchurch", "new zealand", "buenos aires", "patagonia",
                 "mendoza", "santiago de chile", "montevideo", "uruguay", "cape town", "johannesburg",
                 "south africa", "argentina", "시드니", "멜버른", "브리즈번", "호주", "오클랜드", "퀸스타운", "뉴질랜드",
                 "부에노스아이레스", "아르헨티나", "파타고니아", "케이프타운", "남아공"),
}
HOT_HALF_MONTHS: dict[str, tuple[str, ...]] = {
    "hot_half": ("june", "july", "august", "september", "october", "5월", "6월", "7월", "8월", "9월", "10월",
                 # (Bengal's autumn festival falls in September or October)
                 "durga puja", "durga pujo", "pujo", "ashtami", "navami"),
}

# A trip said only by where it goes ("뉴욕 1월에 가요", "lapland at -25"): travel, unless the message names an
# occasion that happens there ("a wedding in london" is a wedding).
PLACES = ("iceland", "lapland", "hokkaido", "sapporo", "new york", "nyc", "tokyo", "osaka", "kyoto", "london",
          "paris", "vienna", "prague", "berlin", "munich", "rome", "amsterdam", "copenhagen", "stockholm", "helsinki",
          "zurich", "edinburgh", "dublin", "chicago", "boston", "toronto", "montreal", "quebec", "whistler", "banff",
          "lisbon", "porto", "madrid", "barcelona", "seville", "florence", "venice", "milan", "athens", "istanbul",
          "budapest", "taipei", "hong kong", "shanghai", "beijing", "sydney", "melbourne",
          "san francisco", "los angeles", "seattle", "vancouver", "new orleans", "nashville", "las vegas",
          "리스본", "포르투", "마드리드", "바르셀로나", "피렌체", "베니스", "밀라노", "이스탄불", "부다페스트", "타이베이", "대만",
          "홍콩", "상하이", "시드니", "멜버른",
          "niseko", "christmas market", "christmas markets", "xmas market", "xmas markets", *TROPICAL_TERMS["tropical"],
          "아이슬란드", "라플란드", "홋카이도", "삿포로", "북해도", "뉴욕", "도쿄", "오사카", "교토", "런던", "파리", "유럽", "제주도",
          "제주", "비엔나", "프라하", "베를린", "뮌헨", "로마", "스위스", "캐나다", "퀘벡", "크리스마스 마켓")

# A day at a theme park: its own occasion, and a day on foot (flat shoes, nothing to hold in)
THEME_PARK_TERMS = ("theme park", "amusement park", "disneyland", "disney world", "universal studios", "롯데월드",
                    "에버랜드", "놀이공원", "놀이동산", "서울랜드", "유니버설 스튜디오", "디즈니랜드")
OCCASION_TERMS: dict[str, tuple[str, ...]] = {
    "daily": ("daily", "everyday", "every day", "weekend", "day out", "데일리", "일상", "평소", "주말",
              # a grandchild's or child's game watched from the sideline: a day outside in casual clothes
              "soccer games", "soccer game", "little league",
              # what is worn indoors on a ski or mountain trip: cosy, warm, nothing for the slopes ("dinner at the
              # lodge" is still the trip's)
              "lodge wear", "숙소에서 입", "숙소룩", "숙소 룩", "펜션에서 입",
              # a day on a friend's boat: outdoors, wind and sun, soft soles on deck
              "sailboat", "sailing", "on his boat", "on her boat", "boat trip", "boat day", "요트", "세일링",
              "yacht club", "sailing club", "요트 클럽", "요트클럽",
              # a visit to someone in hospital: quiet, neat, easy to sit in
              "병문안", "병원 병문안", "hospital visit", "visiting someone in hospital", "visiting in the hospital",
              "visit in the hospital", "visit my grandma in hospital", "visit my grandpa in hospital",
              # days beside someone in hospital: easy to sit in all day, neat enough for the doctors
              "at the hospital with", "in the hospital with", "at the hospital most", "hospital all week",
              "병원에 있어야", "병원에서 간호", "간병",
              "days off", "day off", "off days", "off-duty", "쉬는 날", "쉬는날", "휴무", "비번",
              # casual gatherings: the everyday dress code fits them better than a party's evening one
              "picnic", "bbq", "barbecue", "barbeque", "cookout", "brunch", "hangout", "hang out", "arena",
              # a day out to see the blossom: walking in the park, dressed for the photos
              "벚꽃 보러", "벚꽃보러", "벚꽃 구경", "벚꽃구경", "벚꽃놀이", "벚꽃 놀이", "꽃구경", "꽃놀이", "cherry blossom",
              "cherry blossoms", "flower festival", "꽃 축제", "꽃축제",
              "나들이",
              "글램핑",
              # the day's clothes, asked plainly ("오늘 입을 옷 골라줘"), and a lunch out with friends
              "오늘 입을 옷", "오늘 입을 코디", "오늘 뭐 입", "today's outfit", "todays outfit", "outfit for today",
              "점심 약속", "점심약속", "점심 모임", "lunch with friends", "lunch w friends", "lunch date with friends",
              "food festival", "film festival", "book festival", "literary festival", "glamping", "모닥불", "불멍", "bonfire",
              "campfire", "캠프파이어",
              # a work outing in the open: games and a picnic with colleagues, not the office
              "야유회", "company picnic", "company outing", "office picnic", "work picnic", "team outing", "office outing",
              "work outing", "team picnic",
              # a game in the stands: dressed for sitting out in the cold
              "football game", "football match", "basketball game", "hockey game", "baseball game", "the game", "a game", "match day",
              # skating on a rink, a date or not: warm, casual, easy to fall in (not a dinner date's shoes)
              "ice skating", "ice-skating", "skating date", "go skating", "스케이트 타", "스케이트 데이트",
              # a day on one's feet at a show or a convention, as a visitor (not in costume)
              "horse show", "horse shows", "show jumping", "dressage show", "equestrian event", "comic-con", "comic con",
              "comicon", "comiccon", "anime convention", "anime expo", "fan convention", "코믹콘", "코믹월드", "애니 페스타",
              # a son's enlistment day at the training camp: outdoors, standing, seeing him off
              "입소식", "입영식", "입영하는 날", "입대하는 날", "훈련소 입소", "훈련소 들어가는 날",
              # a work outing for fun, a morning of door-knocking, a night of curling: casual and easy to move in
              "team offsite", "company offsite", "work offsite", "offsite", "off-site", "axe throwing", "axe-throwing",
              "canvass", "canvassing", "door to door", "door-to-door", "door knocking", "door-knocking",
              "learn-to-curl", "learn to curl", "curling", "컬링",
              "hockey tournament", "hockey", "ice rink", "rink", "rinks", "tournament", "스케이트장", "아이스링크",
              "stadium", "tailgate", "tailgating", "packers", "ballpark", "야구장", "축구장", "농구장", "경기 보러",
              "직관", "응원하러", "kbl", "kbo", "nba game", "nfl game", "k리그", "농구 경기", "야구 경기", "축구 경기",
              # a day of errands: "running errands" is no run
              "errands", "running errands", "run errands", "running some errands", "run some errands", "doing errands",
              "장보기", "장 보러", "볼일 보러", "볼일보러",
              "홍대", "성수동", "이태원", "명동", "을지로", "피크닉", "소풍", "브런치", "바베큐", "바비큐", "farmers market", "flea market", "night market", "플리마켓", "재래시장", "야시장",
              # a day of classes
              "uni", "university", "college", "campus", "lectures", "school",
              # (a first day at school is no first day at work)
              "first day at uni", "first day at university", "first day at college", "first day at school",
              "first day of uni", "first day of university", "first day of college", "first day of school",
              "first day of class", "first day of classes", "대학", "학교", "캠퍼스", "등교", "수업",
              "개학", "새학기", "새 학기", "back to school", "back-to-school", "학원",
              "김장", "kimjang", "kimchi making",  # a day's work in the yard, however family the house
              "open house",
              # a dog's walk before work: an everyday outing, in whatever weather is said
              "walking my dog", "walk my dog", "walking the dog", "walk the dog", "walking my lab", "개 산책",
              "강아지 산책",
              "개강", "복학"),
    # a day on its feet in a field (the soaked water festivals stay everyday, above)
    "festival": ("festival", "music festival", "camel fair", "pushkar fair", "pushkar mela", "mela ground", "coachella", "desert festival", "glastonbury", "lollapalooza",
                 # days in the street parades of a carnival: heat, crowds, sweat and glitter
                 "carnival", "carnaval", "blocos", "bloco", "sambadrome", "mardi gras",
                 # a race weekend on a grass hill in general admission: a festival's day in the sun
                 "f1 at", "formula 1", "formula one", "race weekend", "nascar", "indy 500",
                 "락페", "록페", "락 페스티벌", "록 페스티벌", "rock festival", "페스티벌", "페스티발", "뮤직 페스티벌",
                 "festival season", "jazz festival", "folk festival", "music fest", "fest", "rock fest", "festie"),
    # (a booth at a trade fair: facing clients all day, dressed for work and easy on the feet)
    # going to a client to say sorry: the darkest, quietest suit
    "apology": ("사과하러", "사과 방문", "사과드리러", "사죄하러", "사죄 방문", "apology visit", "apologise to a client",
                "apologize to a client", "apologise to the client", "apologize to the client", "go and apologise",
                "go and apologize", "to apologise in person", "to apologize in person"),
    "work": ("site visit", "site visits", "plant visit", "factory visit", "site inspection", "plant tour", "factory tour",
             "현장 방문", "현장 점검", "현장 실사", "공장 방문", "공장 견학",
             "trade show", "trade-show", "tradeshow", "trade fair", "company booth", "our booth", "the booth",
             # ("I just started as a junior specialist at an auction house ... my first evening sale")
             "auction house", "evening sale", "started as a junior", "just started a new job", "started a new job",
             # ("I just got hired as a sub for a middle school district")
             "as a sub for", "substitute teacher", "substitute teaching", "supply teacher", "student teaching",
             # ("지역 라디오에 게스트로 나가요, 보이는 라디오", "수능 시험감독", "master's orientation + meeting my advisor"):
             # seen at work, dressed as for it
             "보이는 라디오", "라디오 게스트", "라디오에 게스트", "방송 출연", "방송에 나가", "tv appearance", "be on tv",
             "going on tv", "appearing on tv",
             "game show", "gameshow", "tv taping", "show taping", "퀴즈쇼", "예능 출연",
             "podcast guest", "radio guest", "시험감독", "시험 감독", "수능 감독", "exam invigilator", "invigilating",
             "meeting my advisor", "meet my advisor", "grad school orientation", "master's program", "masters program",
             "phd program",
             "company's stall", "company stall", "expo booth", "부스 근무", "박람회 부스", "박람회",
             "realtor", "real estate agent", "real estate license", "estate agent", "hosting open houses",
             "host open houses", "open houses", "부동산 중개", "공인중개사",
             "work", "office", "business", "meeting", "commute", "new job", "first day at", "first day of work", "internship", "intern",
             "first week at work", "first week at the office", "design agency", "creative agency", "ad agency", "agency job", "design studio",
             "architecture firm", "consulting firm", "consultancy", "new role", "new position",
             "출근", "회사", "오피스", "직장", "비즈니스", "출근룩", "첫 출근", "첫출근", "입사", "출퇴근", "사무직",
             # a trainee teacher's first days in a school: neat and modest, dressed for standing all day
             "교생", "교생실습", "교육실습", "student teaching", "student teacher", "teaching practicum", "practicum",
             "office job", "desk job", "office worker", "biz",  # ("biz casual": its casual is the office's code, read apart)
             "회식", "zoom call", "video call", "client call", "client meeting", "conference", "presentation", "화상회의",
             # (a startup's pitch to investors)
             "demo day", "pitching to investors", "investor pitch", "pitch meeting",
             "미팅", "발표", "출장", "phd defense", "phd defence", "defending my phd", "defending my thesis",
             "thesis defense", "thesis defence", "dissertation defense", "dissertation defence", "my viva",
             "defending my dissertation", "defend my dissertation", "defending my thesis next", "defense committee",
             # a pitch or a sales meeting: the client's room, dressed a step up
             "pitching our", "pitching to investors", "pitching to clients", "pitching to a", "sales pitch", "a pitch to",
             "procurement committee", "client pitch",
             # a hospital's pharmacy, a new pharmacist under the white coat
             "약사에요", "약사예요", "약사입니다", "신입 약사", "약사로", "약제부", "pharmacist", "pharmacy job",
             "논문 심사", "학위논문 심사", "학위 논문 심사", "논문 디펜스", "임원 보고", "임원보고", "보고회", "보고 pt", "pt 발표", "프레젠테이션", "프리젠테이션", "면담", "business trip", "work trip", "business travel", "trip for work", "교수님 상담", "office hours",
             # a day of teaching: smart enough for the parents, easy to move and kneel in
             "startup", "start-up", "스타트업",  # "and if it was a startup instead?": that workplace's dress
             "teacher", "teaching", "classroom", "선생님", "교사", "교실"),
    # a shift or a class on one's feet and hands: dark trousers, flat closed shoes, nothing to stain or snag
    # a day of carrying boxes, one's own move or a friend's: sturdy, dark, easy to move in, and neat enough for the
    # meal after (not a sports day's tracksuit)
    "hands_on": ("moving day", "moving house", "moving apartments", "help a friend move", "help my friend move",
                 "helping a friend move", "helping my friend move", "carrying boxes", "이삿날", "이사날", "이사하는 날",
                 "이사 날", "이사 가는 날", "이사하는데", "이사 하는데", "이사해요", "이사 도와", "이사를 도와", "짐 나르", "짐나르",
                 "이삿짐",
                 "as a server", "a server at", "server at a", "waiter", "waitress", "waiting tables", "serving tables",
                 # (a working interview at a clinic: hands on animals for two hours after the talk)
                 "working interview", "vet tech",
                 # a day's picking on a farm ("시골 할머니댁 고추따러가요")
                 "고추따", "고추 따", "밭일", "벌초", "풀베기", "풀 베기", "예초",
                 # a polling station's long day: on one's feet, neat, nothing political
                 "poll worker", "polling station", "election judge", "election worker", "투표사무원", "투표 사무원",
                 "개표 사무원", "농사일", "감 따러", "사과 따러", "farm work", "picking peppers",
                 "harvest day",
                 # (their own shop's opening day: on their feet, hands in water and soil, greeting guests)
                 "꽃집 오픈", "꽃집을 오픈", "꽃집 운영", "꽃집에서 일", "florist", "제 가게 오픈", "저희 가게 오픈",
                 "opening my shop", "opening my store",
                 "bartender", "barista", "coffee shop job", "job at a coffee shop", "job at a cafe", "job at a café",
                 "hired at a cafe", "hired at a coffee shop", "cafe shifts", "shifts at a cafe", "for my shifts",
                 "for shifts", "my shifts",
                 "work at a cafe", "working at a cafe", "cafe job", "카페 알바", "카페알바", "line cook", "kitchen job", "restaurant job", "warehouse shift", "warehouse job",
                 "in a warehouse", "in an unheated warehouse", "at the food bank", "at a food bank", "at the soup kitchen",
                 "volunteer shift", "lifting boxes", "lift boxes", "lifting heavy boxes", "stacking boxes", "packing boxes",
                 "sorting donations", "pottery", "ceramics class", "pottery class", "potter's wheel", "daycare teacher",
                 # ("pasta making class saturday morning": flour and an apron, sleeves that stay out of the dough)
                 "farm stay", "farmstay", "feed the animals", "팜스테이", "농장 체험", "농촌 체험",
                 "cooking class", "pasta making class", "pasta-making class", "baking class", "cookery class",
                 "cooking lesson", "쿠킹 클래스", "쿠킹클래스", "요리 수업", "요리 클래스", "베이킹 클래스", "베이킹 수업",
                 "daycare worker", "work at a daycare", "day care teacher", "nursery teacher", "preschool teacher",
                 "kindergarten teacher", "childminder", "nanny", "dog walker", "dog walking",
 "painting class", "woodworking",
                 "바리스타", "카페 알바", "서빙", "홀서빙", "홀 서빙", "주방 알바", "식당 알바", "물류센터", "봉사활동",
                 "연탄 봉사", "연탄봉사", "연탄 배달", "연탄 나르", "봉사 가", "food bank", "beach cleanup", "beach clean-up",
                 "봉사 활동", "도예 수업", "도예 공방", "도예공방", "도예 클래스", "도예 체험", "도예를", "도자기", "물레", "보육교사", "유치원 교사", "어린이집 교사", "어린이집 선생님",
                 "유치원 선생님", "어린이집으로 출근", "어린이집 출근",
                 # a shift on one's feet: a ward, a shop floor, a till
                 "nurse", "nurses", "nursing shift", "hospital shift", "12 hour shift", "12-hour shift", "12hr shift",
                 "night shift", "caregiver", "care worker", "care home", "retail job", "retail shift",
                 "shop floor", "cashier", "stocking shelves",
                 "간호사", "요양보호사", "간병", "병원 근무", "마트 알바", "편의점 알바", "매장 알바", "물류 알바", "상하차"),
    "sports_day": ("trampoline park", "trampoline", "trampolines", "bounce park", "jump park", "soft play", "ninja park",
                   "rock climbing party", "트램폴린", "방방", "키즈카페 방방", "점핑파크",
                   "sports day", "field day", "company sports day", "sports festival", "체육대회", "체육 대회", "운동회",
                   "사내 체육대회", "체육행사"),
    # India's festivals, each under its own name (their looks dress as the family's festive day, "diwali" in
    # prompts/dress_codes.toml; vocabulary.INDIAN_FESTIVALS)
    "diwali": ("diwali", "deepavali", "divali", "디왈리"),
    # Bengal's autumn festival: nights of walking between pandals, festive Indian dress
    "durga_puja": ("durga puja", "durga pujo", "pujo", "pandal hopping", "pandal-hopping", "ashtami", "navami", "dussehra",
                   "두르가 푸자"),
    # the south's harvest festivals: a day at the family's in festive Indian dress (a silk saree, a kurta, a veshti)
    "pongal": ("pongal", "퐁갈"),
    "onam": ("onam", "onasadya", "onam sadya", "오남 축제", "오남 명절"),  # (not 오남매, 오남용)
    # nine nights of dancing garba and dandiya
    "navratri": ("navratri", "navaratri", "garba", "dandiya", "나브라트리", "가르바"),
    "ganesh_chaturthi": ("ganesh chaturthi", "ganpati", "ganapati", "vinayaka chaturthi", "가네쉬 차투르티"),
    # the immersion procession: hours of dancing in the street, in the rain and the gulal
    "visarjan": ("visarjan", "ganpati visarjan", "ganesh visarjan", "immersion procession", "비사르잔"),
    "karwa_chauth": ("karwa chauth", "karva chauth", "카르와 차우트"),
    # the other festivals, new years and a family's pujas and rites at home: festive Indian dress too
    "indian_festival": ("vishu", "ugadi", "bihu", "griha pravesh", "grihapravesh", "griha-pravesh", "housewarming puja",
                        "house warming puja", "housewarming pooja", "upanayanam", "upanayana", "thread ceremony", "janeu",
                        "teej", "satyanarayan", "pooja at home", "puja at home", "home puja", "home pooja", "chhath",
                        "chhath puja", "poila baisakh", "poila boishakh", "pohela boishakh", "bengali new year",
                        "baisakhi", "vaisakhi", "gudi padwa", "puthandu", "tamil new year", "indian festival",
                        "thaipusam", "타이푸삼"),
    # Holi: a morning of coloured powder and water outdoors: old white or light cotton, covered, closed old trainers
    "holi": ("holi", "holi party", "holi celebration", "holi bash", "holi milan", "dhulandi", "dhuleti", "rang panchami",
             "phagwah", "홀리 축제", "홀리축제", "인도 홀리", "홀리 파티"),
    # a Muslim wedding (the nikah, the walima after it): modest, covered festive dress, a scarf over her hair
    "nikah": ("nikah", "nikkah", "nikaah", "nikah ceremony", "walima", "valima", "muslim wedding", "islamic wedding",
              "니카흐", "니카 예식", "니카 결혼식", "이슬람 결혼식", "이슬람식 결혼식", "무슬림 결혼식"),
    # a day at the races, a regatta or a polo match: a dress code by day, jacket and tie for him, a hat for her
    # ("a white henley with chinos" is a shirt; "watch the kentucky derby at a bbq" a party, read apart)
    "races": ("the races", "horse races", "horse racing", "경마장", "경마 보러", "henley regatta", "henley royal regatta",
              "at henley", "to henley", "royal regatta", "stewards' enclosure", "stewards enclosure", "royal ascot",
              "a day at the races", "melbourne cup", "cheltenham festival", "polo match"),
    # Eid at the family's: a kurta set or a modest festive outfit (not a Western holiday's knit and trousers)
    "eid": ("eid dinner", "eid lunch", "eid", "eid al-fitr", "eid ul-fitr", "eid al-adha", "eid ul-adha", "eid-al-fitr",
            "eid-ul-fitr", "eid-al-adha", "eid-ul-adha", "hari raya", "라마단 끝", "르바란"),
    "wine_tasting": ("wine tasting", "wine-tasting", "winery", "wineries", "vineyard", "vineyards", "wine country",
                     "cellar door", "와이너리", "와인 시음", "와인 투어", "포도밭"),
    # days at a temple or a retreat: sitting on the floor, bowing, meditating (modest, loose, quiet colours)
    "temple_stay": ("temple stay", "templestay", "템플스테이", "템플 스테이", "사찰 체험", "meditation retreat",
                    "silent retreat", "monastery stay", "명상 수련"),
    # a visit to a temple for worship or darshan: covered, loose, shoes off at the door (a trip's temples stay a trip)
    "temple_visit": ("visiting a temple", "visit a temple", "visit the temple", "visiting the temple", "temple visit",
                     "going to the temple", "go to the temple", "temple darshan", "for darshan", "절에 가요", "절에 가는",
                     "절에 갑니다", "절에 가려", "사찰 방문", "사원 방문", "부처님오신날", "석가탄신일"),
    # an office where suits are the rule: a law firm, a bank, business formal (dressed as for an interview)
    "formal_office": ("shareholders' meeting", "shareholders meeting", "shareholder meeting", "주주총회", "board meeting",
                      "이사회", "law firm", "lawfirm", "legal firm", "corporate law", "investment bank", "investment banking",
                      "at a bank", "bank job", "in banking", "banking job", "work in finance", "finance job",
                      "private equity", "accounting firm", "business formal", "suit to work", "suit and tie office",
                      "suits every day", "suit every day", "법무법인", "로펌", "은행 다녀", "은행 출근", "은행원", "증권사",
                      "금융권", "회계법인", "정장 출근", "정장으로 출근", "정장 입고 출근", "정장 입는 회사", "정장 입어야 하는 회사",
                      "정장 입고 다니는 회사", "비즈니스 정장"),
    "date": ("date", "dinner date", "first date", "speed dating", "speed-dating", "스피드 데이팅",
             # a first meeting set up by a matchmaker or the family ("결혼정보회사에서 첫 매칭", "이모가 맞선 잡아줬어요")
             "결혼정보회사", "결정사", "첫 매칭", "맞선", "선자리", "matchmaker", "matchmaking",
             # a dinner where one of them proposes ("아무래도 프로포즈 같아요")
             "프로포즈", "청혼", "marriage proposal", "proposal dinner", "going to propose", "is going to propose",
             "he's proposing", "she's proposing",
             "arranged meeting", "meeting a guy", "meeting this guy", "meeting a girl", "meeting this girl",
             "meeting up with a guy", "meeting up with a girl", "데이트", "소개팅",
             # (plans with the one they go out with: "저녁에 여친이랑 약속 있어요")
             "여친이랑 약속", "여친과 약속", "여자친구랑 약속", "여자친구와 약속", "남친이랑 약속", "남친과 약속",
             "남자친구랑 약속", "남자친구와 약속", "애인이랑 약속", "애인과 약속", "anniversary", "anniversary dinner", "기념일",
             "결혼기념일", "결혼 기념일", "결혼 10주년", "결혼 5주년", "결혼 20주년", "결혼 주년", "wedding anniversary",
             # a friend's birthday at a restaurant: a dinner out, not a party
             "birthday dinner", "birthday lunch", "birthday brunch",
             "bday dinner", "bday lunch", "bday brunch", "b-day dinner", "생일 저녁", "생일 식사", "생일 모임", "생일모임",
             "valentine", "valentines", "발렌타인",
             # a couple's hundredth day ("여친이랑 100일인데"), not a baby's (백일잔치 is a family ceremony); the
             # partner word stays unread here, for whose clothes ("여친이랑": his)
             "100일인데", "100일이라", "100일이야", "100일이에요", "100일 데이트", "사귄 지 100일", "사귄지 100일",
             "커플 100일", "1주년 데이트", "사귄 지 1년", "사귄지 1년"),
    # a day on foot in queues and on rides (its own code, prompts/dress_codes.toml)
    "theme_park": THEME_PARK_TERMS,
    "interview": ("interview", "job interview", "면접", "career fair", "job fair", "취업 박람회", "취업박람회",
                  "채용 박람회", "채용박람회"),
    "wedding": ("wedding", "wedding guest", "weding", "결혼식", "하객", "getting married", "gets married",
                # the wedding's evening party ("a gallery opening reception" or "an awards reception" is no wedding;
                # "then there's a reception two days later" after a wedding's looks is read as that wedding's)
                "wedding reception", "피로연",
                # (married at a registrar's office, "a court marriage" in India)
                "court marriage", "registry office wedding", "registrar office", "sub registrar",
                "get married", "결혼해", "결혼한대", "결혼한다", "결혼을 해",
                # a part at the wedding names it ("mother of the bride, october")
                "mother of the bride", "mother of the groom", "father of the bride", "father of the groom",
                "maid of honour", "maid of honor", "bridesmaid", "best man", "groomsman", "groomsmen", "혼주",
                # ("my dad is getting remarried in may", "Daniel is marrying his boyfriend ... his best woman")
                "getting remarried", "is remarrying", "are remarrying", "second wedding", "is marrying", "are marrying",
                "marrying his",
                "marrying her", "marrying my", "marrying their", "best woman", "재혼식", "재혼해", "재혼한"),
    # family and religious ceremonies dress like a wedding guest: neat, modest, nothing loud
    # a service: Sunday best, neat and modest, dressed a step below a wedding guest
    "church": ("church", "church service", "sunday service", "sunday mass", "교회", "예배", "성당", "chapel",
               "synagogue", "shabbat", "kippah", "yarmulke", "temple service",
               "christmas eve service", "christmas service", "christmas mass", "midnight mass", "carol service",
               "성탄 예배", "성탄 미사", "미사", "easter", "easter sunday", "easter service", "부활절"),
    "ceremony": ("상견례", "돌잔치", "약혼식", "engagement", "christening", "christened", "baptism", "baptized",
                 # a baby's hundredth day with the family, a bris or a naming: the family's day, neat and festive
                 "백일잔치", "백일 잔치", "백일상", "백일 상", "손주 백일", "아기 백일", "애기 백일", "조카 백일", "딸 백일",
                 "아들 백일", "bris", "brit milah", "bris milah", "baby naming", "naming ceremony",
                 "시민권 선서", "선서식",
                 "baptised", "first communion", "세례", "칠순",
                 # an oath in a courthouse or a town hall: a guest's neat day clothes
                 "naturalization ceremony", "naturalisation ceremony", "citizenship ceremony", "oath ceremony",
                 "naturalization", "naturalisation", "becoming a citizen", "귀화", "시민권 선서",
                 "my citizenship", "us citizenship", "u.s. citizenship", "시민권 선서", "시민권 수여", "시민권 받",
                 "환갑", "고희", "bar mitzvah", "bat mitzvah",
                 "meeting the parents", "meet the parents", "meeting her parents", "meeting his parents",
                 # meeting a partner's parents for the first time
                 "girlfriends parents", "girlfriend's parents", "gf's parents", "gfs parents", "boyfriends parents",
                 "boyfriend's parents", "bf's parents", "bfs parents", "partner's parents", "partners parents",
                 "남친 부모님", "남자친구 부모님", "여친 부모님", "여자친구 부모님", "부모님 첫인사", "부모님께 인사",
                 "부모님 뵈러", "부모님 만나", "인사드리러", "인사 드리러", "첫인사", "예비 시댁", "예비 처가", "칠순잔치",
                 "부모님 처음 뵙", "부모님을 처음 뵙", "부모님께 처음 인사", "처음 뵙는",
                 "환갑잔치", "팔순",
                 # a parent's milestone birthday: a family celebration, not a friend's birthday meal
                 "60th birthday", "70th birthday", "80th birthday", "90th birthday", "60th birthday brunch",
                 "60th birthday lunch", "60th birthday dinner", "70th birthday brunch", "70th birthday lunch",
                 "70th birthday dinner", "80th birthday lunch", "80th birthday dinner"),
    # a day at the family's for a holiday (after the ceremonies: "예비 시댁" is a first meeting): neat and
    # modest, to sit on the floor and help in the kitchen in
    "family_holiday": ("시댁", "처가", "시부모", "가족 모임", "가족모임", "친척 모임", "친척모임", "명절", "설날", "추석", "설 연휴",
                       # (the New Year's bow to the elders)
                       "세배",
                       # an ancestral rite at the family home: neat and sober, nothing loud, easy to bow in
                       "제사", "제삿날", "기일",
                       # a day at the family graves (the spring or the autumn visit, moving a grave): sober, on a hillside
                       "성묘", "벌초", "한식날", "산소에 가", "산소 가", "산소 이장", "묘 이장", "산소에 가요",
                       # Vietnam's New Year at the family's (red is lucky, white is mourning)
                       "tết", "tet holiday", "vietnamese new year", "뗏", "베트남 설",
                       # a Ramadan evening meal at a family's home: modest, neat, easy to sit on the floor in
                       "iftar", "이프타르", "break the fast", "breaking the fast", "ramadan dinner", "라마단 저녁",
                       "christmas dinner", "christmas eve dinner", "xmas day", "christmas day",
                       "크리스마스 당일", "christmas lunch with family", "holiday dinner", "thanksgiving", "in-laws",
                       "inlaws", "in laws", "mother in law", "mother-in-law", "father in law", "father-in-law",
                       "xmas dinner", "christmas lunch", "xmas lunch",
                       "lunar new year", "chuseok", "seollal", "hanukkah", "chanukah", "passover seder", "seder"),
    # a dressed-up dinner out, on a trip or at home: a step up from a date by day (no shorts or trainers)
    "dinner": ("evening look", "evening out", "디너 예약", "디너 가", "디너를",
               # ("they want to take me to the club for dinner"): a members' club's dining room, not a dance floor
               "club for dinner", "dinner at the club", "dinner at their club", "country club dinner", "club's dining room",
               "the club dining room", "dining room at the club",
               # an evening of social tango: dressed up, in clothes that move and shoes that pivot
               "milonga", "milongas", "tango night", "dance tango", "dancing tango", "밀롱가", "탱고",
               # a bar to sit and listen or talk in, dressed for the evening (not a dance club, not a pub)
               "jazz club", "jazz bar", "jazz lounge", "재즈바", "재즈 바", "재즈클럽", "재즈 클럽", "speakeasy",
               "cocktail bar", "wine bar", "칵테일바", "칵테일 바", "와인바", "와인 바",
               # a rooftop or hotel bar, with a door policy: no shorts, no flip-flops, no sports shoes
               "rooftop bar", "rooftop bars", "sky bar", "skybar", "hotel bar", "루프탑 바", "루프탑바", "루프톱 바",
               # (a steakhouse eaten at, not worked at: "starting as a server at a steakhouse" is a job)
               "nice steakhouse", "fancy steakhouse", "to a steakhouse",
               "와인 마시러", "와인 한잔",
               "스테이크하우스 가", "오마카세",
               # ("my brother's rehearsal dinner is Friday at an Italian restaurant, I'm giving a toast")
               "rehearsal dinner", "리허설 디너", "sit-down dinner", "sit down dinner", "italian place", "fancy dinner", "nice dinner", "nicer dinner", "dinner out", "fancy restaurant", "nice restaurant",
               "dinner reservation", "dinner at a restaurant", "dinner at the resort", "resort dinner", "dinner at the hotel",
               "hotel dinner", "the dinner after", "dinner after", "dinner afterwards", "dinner later", "dinner that night", "저녁엔 레스토랑", "저녁에 레스토랑", "고급 레스토랑", "좋은 레스토랑", "근사한 레스토랑",
               "레스토랑 갈", "레스토랑에 갈", "레스토랑 가는", "레스토랑에 가는", "괜찮은 식당", "좋은 식당", "근사한 식당",
               "분위기 좋은 식당", "고급 식당", "nicer restaurant", "good restaurant",
               "분위기 좋은 레스토랑", "근사한 저녁", "근사한 식사", "저녁 식사 자리", "파인다이닝", "파인 다이닝",
               "fine dining", "레스토랑 디너", "dinner outfit", "dinner with friends", "dinner w friends", "dinner w/ friends",
               # a set counter, the couple's own dinner for the invitations
               "omakase", "오마카세", "청첩장 모임", "청첩장모임", "청첩장 주는", "청첩장 돌리",
               # old classmates over dinner: dressed a step up, not a party's evening wear
               "동창회", "reunion", "class reunion", "school reunion", "high school reunion", "college reunion",
               "dinner with the girls", "dinner with the boys", "friends dinner",
               # a dinner asked for in so many words ("one outfit for dinner", "호텔 디너 하루 있는데 그날 옷도 하나")
               "outfit for dinner", "one for dinner", "something for dinner", "thing for dinner", "look for dinner",
               "호텔 디너", "디너 때", "디너룩"),
    # a play, a concert hall, a museum: smart casual, dressed a little up
    # dinner with clients or the team: a dinner out for work, dressed a step up
    "work_dinner": ("networking dinner", "networking dinners", "boss is taking our team", "boss is taking the team", "boss is taking us out", "boss is treating us",
                    "dinner with my boss", "dinner with our boss", "lunch with my boss", "팀장님이랑 저녁", "부장님이랑 저녁",
                    "사장님이랑 저녁", "client dinner", "clients dinner", "dinner with clients", "dinner with a client", "dinner with my client",
                    "business dinner", "work dinner", "team dinner", "dinner with my boss", "dinner with the boss",
                    # the office's holiday meal at a restaurant: a work lunch a step up ("holiday" is no trip)
                    "holiday lunch", "holiday luncheon", "christmas lunch", "team lunch", "work lunch", "office lunch",
                    "business lunch", "client lunch", "lunch with clients",
                    "거래처 저녁", "거래처 식사", "거래처랑 저녁", "거래처 저녁 식사", "거래처랑 저녁 식사", "거래처와 저녁 식사", "클라이언트 저녁", "클라이언트 식사", "클라이언트랑 저녁", "접대",
                    "거래처랑 한정식", "거래처와 한정식", "거래처 한정식", "클라이언트랑 한정식", "클라이언트와 한정식"),
    # a band on a stage, indoors at night: a tee, dark denim, boots, a leather or denim jacket
    "gig": ("line dancing", "line-dancing", "honky-tonk", "honky tonk", "honkytonk", "country bar", "barn dance",
            "two-step", "square dance", "dance hall",
            "gig", "rock concert", "rock band", "seeing a band", "live music", "club show", "punk show",
            # a short set of one's own in a bar ("my first ever open mic stand-up set"): a stage in a dim room
            "open mic", "open-mic", "stand-up set", "standup set", "stand up set", "comedy set", "오픈마이크", "오픈 마이크",
            "rock show", "metal concert", "metal show", "band playing", "club gig", "sweaty show", "mosh pit",
            "락 콘서트", "록 콘서트", "밴드 공연", "인디 공연", "라이브 공연", "라이브 클럽", "라이브클럽"),
    # a parent at the school: neat and approachable, no office suit, no gym clothes
    "school_meeting": ("parent teacher meeting", "parent-teacher meeting", "parent teacher conference",
                       "parent-teacher", "parent teacher", "parents night", "parents' night", "parent night",
                       "back to school night", "school play", "school concert", "parent-teacher conference",
                       "parent teacher interview", "parents evening", "parents' evening", "parents meeting",
                       "parents' meeting", "pta meeting", "pta", "school meeting", "meeting with the teacher",
                       "meeting with my kid's teacher", "meeting my kid's teacher", "meeting my son's teacher",
                       "meeting my daughter's teacher", "학부모 상담", "학부모상담", "학부모 모임", "학부모 총회", "학부모총회", "학부모회",
                       "담임 상담", "담임선생님 상담", "담임 선생님 상담", "학교 상담", "공개수업", "공개 수업",
                       # a child's school concert or play, as a parent in the audience: neat, easy, no suit
                       "nativity play", "nativity", "christmas play", "school show", "school assembly",
                       "kid's recital", "kids recital", "학예회", "발표회", "재롱잔치", "학교 공연",
                       # a child's piano competition, watched from the hall
                       "콩쿠르", "콩쿨", "피아노 대회", "piano competition", "piano recital",
                       "daughter's school", "son's school", "kid's school", "kids' school", "child's school",
                       "children's school", "딸 학교", "아들 학교", "아이 학교"),
    # a meal out with one's own parents: neat, not a ceremony (the in-laws are "ceremony")
    "family_dinner": ("family dinner", "family gathering", "family reunion", "dinner with my parents", "dinner with the parents", "dinner with my family",
                      "dinner with my mom", "dinner with my mum", "dinner with my dad", "lunch with my parents",
                      "부모님이랑 저녁", "부모님과 저녁", "부모님하고 저녁", "부모님이랑 식사", "부모님과 식사",
                      "부모님하고 식사", "부모님이랑 밥", "부모님과 밥", "가족 외식", "가족외식", "가족 식사",
                      "가족이랑 저녁", "가족들이랑 저녁", "가족끼리 저녁", "엄마랑 저녁", "엄마랑 식사",
                      # a Korean set meal with the family's elders: neat, to sit on the floor in
                      "부모님이랑 한정식", "부모님과 한정식", "부모님하고 한정식", "가족이랑 한정식", "가족들이랑 한정식",
                      "가족 한정식", "부모님이랑 점심", "부모님과 점심", "부모님하고 점심", "부모님이랑 외식", "부모님과 외식",
                      "부모님 모시고", "부모님이랑 밥 먹", "lunch with the parents", "lunch with my family",
                      "brunch with my parents", "dinner with my in-laws",
                      # a stay with the grandparents: neat for their friends and their dining room
                      "visiting my grandparents", "visit my grandparents", "visiting my grandma", "visiting my grandpa",
                      "retirement community", "retirement home", "조부모님 댁", "할머니댁 가", "할머니 댁 가",
                      # ("dinner with my wife's parents at a fancy steakhouse": the family's elders, not a date)
                      "wife's parents", "wifes parents", "husband's parents", "husbands parents"),
    "culture": ("theatre", "theater", "matinee", "musical", "opera", "ballet", "symphony", "museum", "gallery",
                # a seat in a concert hall, dressed a little up (not a pop concert on its feet)
                "musikverein", "concert hall", "philharmonic", "symphony hall", "opera house", "carnegie hall",
                "royal albert hall", "예술의전당", "예술의 전당",
                # a book's launch, reading or signing, an opening: a room of people, the author looked at
                "book launch", "book signing", "book reading", "reading and signing", "hosting a launch", "gallery opening", "exhibition opening", "art opening",
                "출판기념회", "출판 기념회", "북토크", "북 토크", "낭독회", "사인회", "사진전", "전시 오프닝",
                # ("going to a stand-up show tonight, front row tickets"): a seat in a show
                "stand-up show", "standup show", "stand up show", "stand-up comedy", "comedy show", "comedy club",
                "스탠드업", "코미디 공연", "개그 공연",
                "exhibition", "뮤지컬", "연극", "공연", "전시회", "전시", "미술관", "박물관", "오페라", "발레",
                "winter concert", "christmas concert", "holiday concert", "recital", "음악회", "연주회",
                "concert hall", "classical concert", "orchestra", "philharmonic", "클래식 공연", "클래식 콘서트",
                "오케스트라", "예술의전당", "jazz concert", "재즈 공연",
                # ("taking my mom to see a Broadway show in December": a seat in a theatre)
                "broadway show", "broadway", "west end show", "the west end", "see a show", "a show tonight", "see a play",
                "브로드웨이", "웨스트엔드"),
    # daytime celebrations and the year's parties: dressed up, not office clothes
    # a graduation dresses as a daytime party, under its own name
    "entrance_ceremony": ("entrance ceremony", "matriculation", "입학식", "입학하는 날", "입학 날"),
    "graduation": ("졸업사진", "졸사", "graduation photos", "grad photos", "graduation", "commencement", "graduation ceremony", "졸업식", "학위수여식",
                   "graduates", "graduating", "grad ceremony",
                   "graduates from", "graduating from", "is graduating", "graduates in", "graduates next",
                   "graduates this", "졸업해요", "졸업하는데", "졸업을 해",
                   # a son's or a daughter's passing out from training, on a parade ground
                   "수료식", "훈련소 수료", "boot camp graduation", "basic training graduation", "passing out parade",
                   "bootcamp graduation"),
    "party": ("ugly christmas sweater party", "ugly sweater party", "christmas jumper party", "christmas sweater party",
              "party", "birthday party", "bday party", "b-day party", "파티", "생일파티", "생일 파티", "office party", "office holiday party",
              "holiday party", "christmas party", "work party", "company party", "year-end party", "new year's party",
              # a day at the races or a backyard party watching them: a dress and a small hat
              "gala", "school dance", "prom", "homecoming", "송년회", "신년회", "연말 모임", "연말 파티", "크리스마스 파티", "회사 송년회",
              "new year's eve", "nye",
              # an evening out: dressed up a little, not office clothes
              "drinks", "night out", "going out", "bar", "술자리", "술 약속",
              "불금", "와인바", "루프탑",
              # (the plural, and the party after an event)
              "parties", "after party", "after-party", "afterparty", "애프터파티", "애프터 파티"),
    # an evening do: dressed up, no trainers or hoodies
    # a night in a club: dark, sharp and easy to move in, not a party's dress-up or the office
    # a water-gun festival: soaked all day, dressed to get wet
    "water_festival": ("워터밤", "물총축제", "물총 축제", "머드축제", "머드 축제", "mud festival", "boryeong", "waterbomb", "water bomb", "water festival", "songkran", "송크란"),
    # a pop concert: hours standing in a crowd, dressed for ease (a rock one is a gig, a concert hall culture)
    "concert": ("concert", "concerts", "콘서트", "콘서트룩", "standing room", "스탠딩", "팬미팅", "fan meeting", "fanmeeting",
                "팬클럽", "fan club", "fanclub",
                "k-pop concert", "kpop concert", "아이돌 콘서트", "콘서트장"),
    # a Halloween party without a costume: dark, one seasonal accent
    "halloween": ("halloween", "hallowe'en", "할로윈", "핼러윈", "할로윈 파티", "핼러윈 파티", "halloween party"),
    # a party by day for a coming baby or bride: a garden or a living room, tea and cake
    "day_party": ("baby shower", "bridal shower",
                  # a Swedish midsummer at the family's summer house: a light dress, flowers, dancing on the grass
                  "midsummer", "midsommar", "maypole", "미드서머", "하지 축제", "gender reveal", "gender reveal party", "garden party", "tea party",
                  "afternoon tea", "high tea", "베이비샤워", "베이비 샤워", "브라이덜샤워", "브라이덜 샤워", "브라이들 샤워",
                  "젠더리빌", "젠더 리빌", "가든파티", "가든 파티", "애프터눈 티", "애프터눈티"),
    # a party at someone's home: relaxed, a little put together, indoors
    "house_party": ("house party", "house parties", "houseparty", "home party", "book club", "hosting at my place", "hosting at home",
                    "hosting friendsgiving", "friendsgiving", "friendsmas", "hosting thanksgiving", "hosting christmas",
                    "hosting a potluck", "hosting dinner",
                    "hosting friends", "hosting a dinner", "북클럽", "독서 모임", "독서모임", "housewarming party", "house warming party", "집들이 파티", "홈파티", "홈 파티", "집들이", "housewarming",
                    "house warming", "potluck", "pot luck", "포틀럭", "pajama party", "파자마 파티", "party at my place",
                    "party at his place", "party at her place", "party at their place", "party at a friend's place",
                    "party at my friend's place", "party at a friends place", "dinner party at home", "친구 집 파티",
                    "friend's house", "friends house", "friends' house", "friend's place", "friends place",
                    "dinner at their house", "dinner at their place", "친구 집에서 저녁", "친구네 집에서 저녁", "친구집에서 저녁",
                    "친구집 파티", "친구네 집 파티"),
    # drinks with the team or friends at a pub or a bar: relaxed and neat, not a party's dress-up
    "pub": ("pub", "the pub", "a pub", "pub night", "pub quiz", "beers", "a beer", "a few beers", "happy hour",
            # a beer festival's tents: casual, warm enough for the evening, nothing precious
            "oktoberfest", "beer festival", "beer hall", "beer tent", "옥토버페스트", "맥주 축제",
            # "끝나고 동기들이랑 2차 가는데": the drinks after (not "2차 면접", a second interview)
            "2차 가는데", "2차 가도", "2차로 술", "2차 술자리", "뒤풀이",
            "after work drinks", "after-work drinks", "work drinks", "team drinks", "drinks with the team",
            "drinks with my team", "drinks with coworkers", "drinks with co-workers", "drinks with colleagues",
            "drinks with my coworkers", "drinks with my colleagues", "drinks with friends", "drinks with my friends",
            "drinks with mates", "drinks with the lads", "drinks with the guys", "drinks with the girls",
            "drinks after", "drinks afterwards", "맥주", "호프", "호프집", "치맥", "펍", "막걸리집", "포차",
            "퇴근 후 한잔", "퇴근하고 한잔",
            "회사 사람들이랑 한잔", "동료들이랑 한잔", "친구들이랑 한잔"),
    "club": ("the club", "a club", "clubbing", "nightclub", "night club", "club night", "클럽", "클러빙", "클럽 가",
             "hit the club", "go clubbing", "going clubbing"),
    "cocktail": ("cocktail", "cocktail party", "cocktails", "evening party", "evening do", "칵테일", "칵테일 파티",
                 "quinceañera", "quinceanera", "quince", "sweet sixteen", "sweet 16",
                 "captain's dinner", "captains dinner", "gala dinner", "갈라 디너",
                 # (an evening in a hotel's hall, an award given: dressed up, not every day)
                 "awards dinner", "award dinner", "awards night", "awards ceremony", "award ceremony", "annual dinner",
                 "awards gala", "회사 시상식", "연말 시상식", "시상식에서 상", "갈라디너", "갈라 파티", "갈라파티", "창립기념 파티", "창립 기념 파티", "창립기념 만찬"),
    # the hours in a seat: soft layers for a cold cabin ("flight to bali": the flight; a trip named too: the trip)
    "flight": ("flight", "long haul", "long-haul", "red eye", "redeye", "plane ride", "on the plane", "plane outfit",
               "airport outfit", "airport look", "공항룩", "공항 패션", "기내에서", "기내 복장", "장거리 비행", "비행기에서", "비행기 탈 때",
               "비행기 안에서", "비행기 타는"),
    "travel": ("travel", "travelling", "traveling", "trip", "vacation", "holiday", "pilgrimage", "성지순례", "순례길", "camino de santiago", "여행", "휴가", "바다",
               # ("and what about daytime walking around San Telmo"): the trip's days on foot in the city
               "daytime walking", "walking around town", "walking around the city", "exploring the city",
               "carnival cruise", "cruise ship", "on a cruise",
               "days exploring", "walking tour", "city walking",
               "flying", "sightseeing", "city break", "getaway", "비행기", "관광", "출국",
               "workshop", "retreat", "team building", "워크숍", "워크샵", "엠티", "수련회",
               "skiing", "ski trip", "ski resort", "apres ski", "après ski", "apres-ski", "après-ski", "snowboarding",
               "skied", "breckenridge", "whistler", "zermatt", "chamonix", "niseko", "스키장", "스키 타", "스키여행",
               "스키 가", "스키 타러",
               "스키 여행", "스노보드", "보드 타러", "what should i pack", "what to pack", "packing", "pack for",
               "뭐 챙겨", "짐 싸", "짐싸", "1박2일", "2박3일", "3박4일", "4박5일", "1박 2일", "2박 3일", "3박 4일", "4박 5일",
               "5박6일", "5박 6일", "6박7일", "6박 7일", "northern lights",
               "오로라 보러", "교환학생 가", "교환학생으로", "exchange semester", "study abroad", "semester abroad",
               "어학연수", "한달살기", "한 달 살기", "워케이션", "workation", "mexico city",
               *PLACES),
    # conservative and plain, as for an interview (prompts/dress_codes.toml)
    "court": ("court date", "court hearing", "custody hearing", "hearing", "in court", "to court", "judge", "tribunal",
              "small claims", "claims court", "traffic court", "family court", "county court", "court appearance",
              "courtroom", "court case",
              "jury duty", "법원", "재판", "공판", "조정 기일", "법정",
              # a prison visit: the same plain, covered clothes, by the prison's own rules
              "prison visit", "in prison", "state prison", "in a prison", "to a prison", "jail visit", "in jail",
              "visiting room", "교도소", "구치소",
              # a witness called, a deposition, a mediation: the same plain, serious clothes
              "subpoena", "subpoenaed", "testify", "testifying", "as a witness", "witness stand", "deposition",
              "mediation", "이혼 조정", "가정법원", "조정 기일이", "증인 출석", "증인으로 출석"),
    # linen and sandals, no tie (a dress code of its own, prompts/dress_codes.toml)
    "beach_wedding": ("beach wedding", "beach formal", "wedding on the beach", "wedding on a beach", "beach ceremony",
                      "해변 결혼식", "비치 웨딩", "바닷가 결혼식", "해변 웨딩", "해변에서 결혼", "바닷가에서 결혼"),
    # kurtas in festive colours, no white or black (a dress code of its own, prompts/dress_codes.toml)
    "indian_wedding": ("sangeet", "mehndi", "mehendi", "haldi", "roka", "sagai", "mangni", "tilak ceremony", "baraat", "indian wedding", "desi wedding", "hindu wedding",
                       "sikh wedding", "punjabi wedding", "indian friend's wedding", "인도 결혼식", "인도식 결혼식", "인도 전통 결혼식",
                       "인도 친구 결혼식", "인도인 친구 결혼식", "인도 친구의 결혼식"),
    # a polo, chinos and golf shoes (a dress code of its own, prompts/dress_codes.toml)
    "golf": ("golf", "golfing", "the golf course", "tee time", "a round of golf", "골프", "라운딩", "필드 나가", "스크린골프"),
    # outdoors on foot: sporty, layered, sturdy shoes (a dress code of its own, prompts/dress_codes.toml)
    "hiking": ("hiking", "hike", "trekking", "trek", "camping", "trail", "등산", "하이킹", "트레킹", "캠핑", "산행",
               "등반", "한라산", "설악산", "지리산", "북한산", "hillwalking", "hill walk", "mountain climbing",
               "hiking trip", "camping trip", "trekking trip", "등산 여행", "캠핑 여행"),
    # indoors in a heated room: a tee and shorts in any month (its own code, prompts/dress_codes.toml)
    "gym": ("gym", "the gym", "gym outfit", "gym clothes", "헬스", "헬스장", "weights", "lifting", "lift weights",
            "weight training", "weightlifting", "웨이트", "yoga", "hot yoga", "pilates", "요가", "필라테스", "crossfit",
            "크로스핏", "spin class", "spinning class", "스피닝", "bouldering", "climbing gym", "클라이밍", "볼더링",
            "badminton", "배드민턴", "squash", "zumba", "줌바", "dance class", "댄스 학원", "PT 받", "pt 받", "피티"),
    "workout": ("workout", "spin class", "spinning class", "cycle class", "barre class", "work out in", "to work out", "working out", "work out at", "work out then", "running", "morning run", "tennis", "tennis lesson", "tennis lessons", "테니스",
                "horse riding", "horseback riding", "riding lesson", "riding lessons", "승마",
                "padel", "pickleball", "피클볼", "러닝크루", "running crew", "for a run", "go for a run", "jog", "jogging", "marathon",
                "5k", "10k", "half marathon", "fun run", "turkey trot", "race day", "마라톤 대회", "러닝 대회", "10키로",
                "exercise", "운동", "러닝", "조깅",
                # a game played, not watched ("축구장" in the stands is a day out)
                "풋살", "축구하러", "축구 하러", "조기축구", "농구하러", "농구 하러", "playing soccer", "playing football",
                "soccer practice", "football practice", "5-a-side", "five-a-side", "pickup basketball", "playing basketball"),
}

# Dressy evenings named by the word formal (a school dance, a cruise's formal night): read before the styles
# ("formal" is no classic style in "winter formal")
DANCE_TERMS: dict[str, tuple[str, ...]] = {
    "party": ("winter formal", "spring formal", "school formal", "semi formal dance", "semi-formal dance",
              "formal dance", "homecoming dance",
              # a school or college farewell (India): a dressed-up evening, sarees for many, not a goodbye at a funeral
              "school farewell", "college farewell", "class farewell", "farewell party", "farewell function",
              "my farewell", "our farewell", "senior farewell"),
    # a cruise's dressed-up evening ("formal" is its name, not a style)
    "cocktail": ("formal night", "formal dinner", "formal evening", "formal nights", "포멀나이트", "포멀 나이트",
                 "captain's dinner", "captains dinner", "captain's gala", "gala night", "갈라 디너"),
}

# Real heat, said: denim, leggings, boots and knits stay out of the looks (chains/weather.py HEAT_KINDS)
# The day ahead said to be hot ("itll be super hot", "더울 거래요"): with looks on screen, cooler ones; said with an
# occasion, the season (chains/extract.py)
HOT_DAY_AHEAD = ("be super hot", "be really hot", "be so hot", "be very hot", "be crazy hot", "be hot", "be scorching",
                 "be boiling", "be sweltering", "be a heatwave", "be humid", "더울 거", "더울거", "더울 것", "더울듯", "더울 듯",
                 # (a packed room: "it'll be packed and hot inside")
                 "hot inside", "packed and hot", "gets really hot", "gets so hot", "gets super hot",
                 "덥대", "덥다던데", "덥다고", "덥겠대")
HEAT_TERMS: dict[str, tuple[str, ...]] = {
    "hot": ("heatwave", "heat wave", "brutally hot", "brutal heat", "unbearably hot", "so hot", "really hot", "super hot", "scorching", "sweltering", "boiling hot",
            "the desert", "a desert", "desert trip", "desert heat", "desert safari", "desert camp", "humid", "sweat a lot", "sweaty", "i sweat", "폭염", "무더위", "찜통", "땀 많이", "땀이 많", "땀을 많이",
            "땀 많은", "너무 더워", "넘 더워", "엄청 더워", "진짜 더워", "한여름", "사막", *HOT_DAY_AHEAD),
}

# Weather that any season's evening may bring: a season said before it stands (chains/extract.py)
MILD_WEATHER_WORDS = frozenset({"chilly", "쌀쌀", "선선"})
# Months name the season they fall in (northern hemisphere, as the catalogue's seasons are);
# "may" is left out: it is far more often "may I ask".
# The seasons by name and by month, and (FELT_SEASON_TERMS) by the weather said instead: a month or a season
# named in the same message beats the weather ("3월인데 아직 쌀쌀하대요" is March, chilly; "it's October but
# freezing" is October)
NAMED_SEASON_TERMS: dict[str, tuple[str, ...]] = {
    "spring": ("spring", "봄", "march", "april", "in may", "3월", "4월", "5월"),
    "summer": ("summer", "여름", "june", "july", "august", "6월", "7월", "8월", "장마", "monsoon", "폭염", "한여름", "무더위"),
    "fall": ("fall", "autumn", "가을", "september", "october", "november", "sept", "oct", "nov", "9월", "10월", "11월"),
    "winter": ("winter", "겨울", "december", "january", "february", "dec", "jan", "feb", "12월", "1월", "2월", "한겨울"),
}
FELT_SEASON_TERMS: dict[str, tuple[str, ...]] = {
    "summer": ("heatwave", "heat wave", "so hot", "really hot", "it's hot", "too hot", "hot weather", "hot day", "hot out",
               "boiling", "scorching", "sweltering", "humid", "더워", "더운", "덥다", "덥네", "덥대", "무더운", "더움",
               "날씨 더워", "넘 더워", "너무 더워", "덥고", "더울", "덥지", "습한", "습하", "습해", "후덥지근", "꿉꿉"),
    # a warm evening in a cool month: light layers, no coat ("its still kinda warm out")
    "spring": ("still warm", "still kinda warm", "kinda warm out", "warm evening", "warm night", "it's warm", "its warm",
               "mild weather", "still mild", "포근"),
    "fall": ("chilly", "쌀쌀", "선선"),
    "winter": ("freezing", "snow", "snowy", "snowing", "영하", "눈 오는", "눈오는", "so cold", "really cold", "it's cold",
               "too cold", "cold weather", "cold day", "cold out", "its cold", "its freezing", "추워", "추운", "춥다", "춥네",
               "춥대", "춥고", "추울"),
}
SEASON_TERMS: dict[str, tuple[str, ...]] = {season: NAMED_SEASON_TERMS[season] + FELT_SEASON_TERMS.get(season, ())
                                            for season in NAMED_SEASON_TERMS}
FELT_SEASON_WORDS = frozenset(term for terms in FELT_SEASON_TERMS.values() for term in terms)

# Holidays that fall in one season (read when no season or month is said): the looks dress for it
HOLIDAY_SEASON_TERMS: dict[str, tuple[str, ...]] = {
    "spring": ("easter", "부활절", "벚꽃", "벚꽃놀이", "벚꽃 구경", "cherry blossom", "cherry blossoms", "hanami"),
    # the big outdoor festivals of spring and summer days: heat and sun, whatever month it is now
    "summer": ("coachella", "glastonbury", "lollapalooza", "desert festival", "워터밤", "waterbomb", "water bomb",
               # Diwali and Holi in India's own weather: warm days, no coat, whatever the month is here
               "diwali", "deepavali", "divali", "디왈리", "holi", "홀리 축제", "pongal", "onam", "vishu", "ugadi",
               "navratri", "garba", "dandiya",
               # the monsoon's festivals: Ganesh in August or September, Onam's
               "ganpati", "ganesh chaturthi", "visarjan", "onam sadya",
               "머드축제", "머드 축제", "mud festival", "boryeong", "midsummer", "midsommar", "maypole"),
    "fall": ("추석", "chuseok", "thanksgiving", "halloween", "할로윈", "핼러윈"),
    "winter": ("설날", "설 연휴", "seollal", "lunar new year"),
}

GENDER_TERMS: dict[str, tuple[str, ...]] = {
    "men": ("men", "man", "male", "guy", "dude", "menswear", "mens", "for him", "boyfriend", "bf", "husband", "dad",
            "father", "brother", "son", "남자", "남성", "남성복", "남자옷", "남친", "남자친구", "남편", "아빠", "아버지",
            "오빠", "아들", "남동생", "he/him", "he / him", "he/they", "dad-friendly", "dad friendly",
            "boy", "a boy", "teenage boy", "teen boy", "남학생", "남고생", "소년", "남대생", "남중생",
            "grandpa", "grandfather", "granddad", "grandad", "uncle", "nephew", "할아버지", "삼촌", "외삼촌",
            # "outfit for me (M)", "(남)": the letter in brackets after who it is for
            "(m)", "(male)", "(남)", "(남자)",
            # (a reservist's training: men's service in Korea)
            "예비군", "동원훈련", "민방위"),
    "women": ("women", "woman", "female", "lady", "girl", "womenswear", "womens", "for her", "girlfriend", "gf", "wife",
              "mom", "mother", "sister", "daughter", "여자", "여성", "여성복", "여자옷", "여친", "여자친구", "와이프",
              "아내", "엄마", "어머니", "언니", "누나", "딸", "여동생", "she/her", "she / her", "she/they",
              "mom-friendly", "mum-friendly", "여학생", "여고생", "소녀", "여대생", "여중생",
              # what only she wears names her clothes ("what shoes with a black saree?")
              "saree", "sarees", "sari", "lehenga", "kurti", "kurtis", "anarkali", "salwar",
              # ("i wear a hijab", "히잡 써요"): she covers her hair
              "i wear a hijab", "i wear hijab", "hijabi", "i'm hijabi", "in my hijab", "히잡 써요", "히잡을 써요", "히잡 쓰는데",
              "mum", "mummy", "mommy", "mama", "grandma", "grandmother", "granny", "aunt", "auntie", "niece",
              "할머니", "이모", "고모",
              # a woman's body and dress sizes ("size 18, pear shaped")
              "pear shaped", "pear-shaped", "pear shape", "hourglass", "petite", "i'm petite", "im petite", "size 8", "size 10", "size 12", "size 14",
              "size 16", "size 18", "size 20", "size 22", "size 24", "uk 12", "uk 14", "uk 16", "uk 18", "(f)", "(female)", "(여)", "(여자)"),
    # no gender to dress by: gender-neutral looks (chains/looks.py says how they are made)
    "unisex": ("nonbinary", "non-binary", "non binary", "enby", "they/them", "they / them", "genderqueer",
               "gender neutral", "gender-neutral", "not too gendered", "androgynous", "genderless", "unisex",
               "논바이너리", "젠더리스", "중성적", "성별 없는"),
}
# Who the person goes with says who they are: "a date with my girlfriend", "여친이랑 데이트" is his outfit.
# (Read before GENDER_TERMS, and only when the person says nothing of themselves.)
# What a person says they are at the event: the bride's or the groom's own clothes.
# "임신 7개월", "임신7개월": a pregnancy said by its month
PREGNANCY_MONTHS = tuple(f"임신{gap}{n}개월" for n in range(1, 11) for gap in (" ", ""))

ROLE_TERMS: dict[str, tuple[str, ...]] = {
    "women": ("i'm the bride", "i am the bride", "as the bride", "제가 신부", "신부인데", "신부예요", "신부입니다",
              "예비신부", "예비 신부", "bride-to-be", "bride to be", "i'm engaged to him",
              # ("예비신랑쪽 부모님 만나는거고": his side met, so she is the bride-to-be)
              "예비신랑쪽", "예비신랑 쪽", "예비 신랑쪽", "예비 신랑 쪽", "예비신랑네", "예비신랑 부모님", "예비신랑 어머니",
              "예비신랑 아버지", "남친 부모님", "남자친구 부모님", "남친네 부모님",
              # (a younger sister's words for her elder siblings: "언니랑 같이 가요")
              "언니랑", "언니하고", "친언니", "오빠랑 같이",
              # the in-laws of a wife ("시아버지 칠순잔치", "며느리예요"): she is dressing
              "며느리", "daughter-in-law", "daughter in law", "시아버지", "시어머니", "시부모님", "시누이", "시댁",
              # a woman's part at a wedding, and a pregnancy
              "maid of honour", "maid of honor", "bridesmaid", "matron of honour", "matron of honor",
              "mother of the bride", "mother of the groom", "신부 어머니", "신랑 어머니", "신부 엄마", "신랑 엄마",
              # (her own pregnancy, said of herself: "my wife is pregnant" is no cue)
              "i'm pregnant", "im pregnant", "i am pregnant", "months pregnant", "weeks pregnant", "pregnant and",
              "maternity", "my bump", "the bump", "임산부인데", "임산부예요", "임산부라", "임산부에요", "임신 중", "임신중",
              "임신했", "임신 했", "만삭", "임부복", "임신 전에", "임신 전엔", "before the bump",
              *PREGNANCY_MONTHS),
    "men": ("i'm the groom", "i am the groom", "as the groom", "제가 신랑", "신랑인데", "신랑이에요", "신랑입니다",
            "예비신랑", "예비 신랑", "groom-to-be", "groom to be",
            # ("예비신부쪽 부모님 만나요": her side met, so he is the groom-to-be)
            "예비신부쪽", "예비신부 쪽", "예비 신부쪽", "예비 신부 쪽", "예비신부네", "예비신부 부모님", "여친 부모님",
            "여자친구 부모님", "여친네 부모님",
            # (the bare "장인" is inside "직장인", an office worker of either sex: only its own phrasings)
            "사위", "son-in-law", "son in law", "장인어른", "장모님", "장인 장모", "장인이랑", "장인께", "장인 생신", "장모",
            "처남", "처제", "처가",
            "best man", "groomsman", "groomsmen", "father of the bride", "father of the groom", "신부 아버지",
            "신랑 아버지", "신부 아빠", "신랑 아빠",
            # (a younger brother's words for his elder siblings: "형이랑 아버지 산소 벌초 가요")
            "형이랑", "형하고", "우리 형", "친형", "누나랑", "누나하고"),
}
# Gender words that name someone else ("for my boyfriend"), and what a partner says of the person ("남친 생일선물")
RELATION_WORDS = frozenset(("boyfriend", "bf", "husband", "dad", "father", "brother", "son", "for him", "girlfriend", "gf",
                            "wife", "mom", "mother", "sister", "daughter", "for her", "남친", "남자친구", "남편", "아빠",
                            "아버지", "오빠", "아들", "남동생", "여친", "여자친구", "와이프", "아내", "엄마", "어머니", "언니",
                            "누나", "딸", "여동생", "grandpa", "grandfather", "granddad", "grandad", "uncle",
                            "nephew", "할아버지", "삼촌", "외삼촌", "mum", "mummy", "mommy", "mama", "grandma",
                            "grandmother", "granny", "aunt", "auntie", "niece", "할머니", "이모", "고모"))
PARTNER_SAYS = {"boyfriend": "women", "bf": "women", "husband": "women", "남친": "women", "남자친구": "women",
                "남편": "women", "girlfriend": "men", "gf": "men", "wife": "men", "여친": "men", "여자친구": "men",
                "와이프": "men", "아내": "men"}
COMPANION_TERMS: dict[str, tuple[str, ...]] = {
    "men": ("with my girlfriend", "with my gf", "with my wife", "w my gf", "w/ my gf", "w my girlfriend",
            "w/ my girlfriend", "w my wife", "w/ my wife", "여친이랑", "여친과", "여친하고", "여자친구랑",
            # ("썸녀랑 영화 보러가요"): the one he is seeing
            "썸녀랑", "썸녀와", "썸녀하고", "썸녀 만나", "썸 타는 여자",
            "여자친구와", "여자친구하고", "와이프랑", "와이프와", "와이프하고", "아내랑", "아내와", "아내하고",
            # his friends, as men say it
            "with the boys", "w the boys", "w/ the boys", "with the lads", "w the lads", "boys night", "boys' night",
            "lads night", "boys trip", "boys' trip",
            # "me and my wife": one of a pair, said first
            "me and my wife", "me and my girlfriend", "me and my gf", "me n my wife", "me and the wife",
            "my wife and i", "wife and i", "the wife and i", "my girlfriend and i", "my gf and i"),
    "women": ("with my boyfriend", "with my bf", "with my husband", "w my bf", "w/ my bf", "w my boyfriend",
              "w/ my boyfriend", "w my husband", "w/ my husband", "남친이랑", "남친과", "남친하고", "남자친구랑",
              "썸남이랑", "썸남과", "썸남하고", "썸남 만나", "썸 타는 남자",
              "남자친구와", "남자친구하고", "남편이랑", "남편과", "남편하고",
              # her friends, as women say it ("brunch with my girlfriends" is no date of his)
              "with my girlfriends", "w my girlfriends", "w/ my girlfriends", "with the girls", "w the girls",
              "w/ the girls", "with my girls", "girls night", "girls' night", "girls trip", "girls' trip",
              "girls weekend", "girls' weekend",
              # "road trip, me and my husband": one of a pair, said first
              "me and my husband", "me and my boyfriend", "me and my bf", "me n my husband", "me and the hubby",
              "me and my hubby", "my husband and i", "husband and i", "my boyfriend and i", "my bf and i"),
}

# Looks for two, worn together: hers and his in pairs that share their colours
COUPLE_TERMS = ("커플룩", "커플 룩", "커플코디", "커플 코디", "커플템", "시밀러룩", "시밀러 룩", "커플로 맞춰", "둘이 맞춰",
                # ("가족룩? 톤만 맞게": the two adults of the family, in one colour story)
                "가족룩", "가족 룩", "패밀리룩", "패밀리 룩", "matching family",
                "같이 맞춰 입", "맞춰 입을", "맞춰입을", "couple look", "couple looks", "couples look", "couple outfit",
                "couple outfits", "couples outfits", "matching outfits", "matching looks", "twinning",
                "coordinated outfits for us", "outfits for both of us", "outfits for the two of us",
                # "톤만 맞춰서": the two in one colour story
                "톤만 맞춰", "톤 맞춰", "톤을 맞춰", "톤 맞춘", "match our tones", "matching tones", "match the tones",
                "색만 맞춰", "색만 맞춘", "색깔만 맞춰", "색깔만 맞춘", "colour-matched", "color-matched", "colour matched",
                "color matched")

# "사진은 이쁘게 나오고 싶어요", "i want colour in my pics": a colour near the face lights photos (where no other
# shade is said: "밝은걸로 사진 잘나오게" is light)
PHOTO_TERMS: dict[str, tuple[str, ...]] = {
    "colourful": ("사진 이쁘게", "사진은 이쁘게", "사진 예쁘게", "사진은 예쁘게", "사진이 이쁘게", "사진이 예쁘게",
                  "사진 잘 나오", "사진 잘나오", "look good in photos", "look good in pictures", "look good in pics",
                  "pretty in photos", "pretty in pictures", "pretty in pics", "colour in my pics", "color in my pics",
                  "colour in my photos", "color in my photos", "photogenic"),
}

# Cues that flip a following (EN) or preceding (KO) colour into "avoid".
NEGATION_BEFORE = ("no", "not", "without", "avoid", "except", "minus",
                   # "not sure about olive": a doubt about the colour, another wished
                   "not sure about", "unsure about", "not crazy about", "not loving", "not feeling",
                   # "brighter pls these are all so beige": too much of that colour already
                   "all so", "are so", "hate", "hates", "hated", "dislike", "don't like", "don't want",
                   # "I look ridiculous in hats": a piece that does not suit them
                   "look ridiculous in", "look silly in", "look stupid in", "look terrible in", "look awful in",
                   "look weird in", "look bad in", "look dumb in",
                   # "swap the shoes for flats, my feet hurt in heels": what hurts is ruled out
                   "hurt in", "hurts in", "hurting in", "hurt wearing", "sore in", "suffer in",
                   "that isn't", "that isnt", "that aren't", "that arent", "other than", "rather than",
                   # "my grey suit besides a white shirt", "apart from black": anything but that one
                   "besides",
                   # "something less expected than a black gown": not the black one
                   "than a", "than the", "than my", "than all the", "than just",
                   # "I only ever wear it with the same grey hoodie. how else can I wear it?": not grey again
                   "with the same", "only ever wear it with", "always wear it with",
                   "anything but", "skip", "never", "stay away from", "steer clear of", "keep away from",
                   # "nobody wears blazers at my office": not worn there, so not in the looks
                   "nobody wears", "no one wears", "noone wears", "nobody wears a", "no one wears a", "don't wear", "do not wear", "do not want", "do not like",
                   # "she doesnt wear sleeveless": said of the person dressed
                   "doesn't wear", "doesnt wear", "does not wear", "doesn't like", "doesnt like", "won't wear",
                   "wont wear", "never wears", "refuses to wear", "refuse to wear", "refuses to", "won't be caught in",
                   # ("dad will refuse anything sporty")
                   "refuse anything", "refuses anything", "will refuse", "would refuse",
                   "can't wear", "not a fan of", "none of", "leave out", "drop the", "exclude", "dont want",
                   "dont like", "dont wear", "nothing", "no more", "don't put", "dont put", "no need for",
                   "not into", "instead of", "insted of", "instaed of", "less", "fewer", "too much", "enough",
                   # ("is it too close to white? don't want to upset the bride": that colour kept away)
                   "too close to",
                   # ("look 2 shoes are too white, they'll get dirty": that colour is the trouble)
                   "are too", "is too", "look too", "looks too", "it's too", "its too",
                   # "just not all black": fewer black pieces, and none in the looks to come
                   "not all", "not so much", "not head to toe", "not head-to-toe", "don't own", "dont own",
                   "do not own", "don't have", "dont have", "do not have", "not too", "don't do", "dont do",
                   "do not do", "can't do", "cant do", "can't stand", "cant stand", "cant wear", "can't walk in",
                   "cant walk in", "cannot walk in", "can not walk in", "cannot wear", "can not wear", "cannot stand",
                   # ("i walk badly in heels so flats")
                   "walk badly in", "bad at walking in", "terrible in", "struggle in", "wobble in",
                   "cannot do", "unable to walk in", "everything's so", "everything is so", "it's all so", "its all so", "everything here is so",
                   "everything here's so", "it's all too", "everything is too",
                   # "swap out anything brown", "get rid of the black shoes", "ditch the tie"
                   "swap out", "swap out any", "switch out", "get rid of", "ditch", "lose the", "remove", "take out",
                   "take off", "cut the", "no longer",
                   # "look 2 is too loud, tone down the red": less of it, none in the look's new pieces
                   "tone down", "tone down the", "dial down", "dial down the", "dial back", "dial back the",
                   "cut back on", "cut down on", "less of the",
                   # "I'm tired of black": worn too often, wanted out
                   "don't want to wear", "dont want to wear", "do not want to wear", "don't wanna wear",
                   "dont wanna wear", "tired of", "sick of", "bored of", "bored with", "fed up with", "done with",
                   # "more colour please, everything I own is grey": the colour they have enough of
                   "everything i own is", "everything i have is", "all my clothes are", "all i own is",
                   "my wardrobe is all", "my closet is all",
                   # ("you can't bring a jacket in, only what you're wearing": a rule that keeps it out)
                   "can't bring", "cant bring", "cannot bring", "can't bring a", "cant bring a", "cannot bring a",
                   "not allowed to wear", "not allowed to bring",
                   # ("no way im wearing the white pants from look 2 to site")
                   "no way i'm wearing", "no way im wearing", "no way i am wearing", "no way i'd wear",
                   "not gonna wear", "not going to wear", "never wearing")
NEGATION_AFTER_KO = ("말고", "빼고", "빼구", "빼줘", "빼 줘", "빼주", "빼요", "싫", "제외", "없이", "말구", "별로", "안 입", "안입",
                     "안 신", "안신", "안 들", "노노", "사절", "아니고", "아니라", "없어도", "필요 없", "안 돼", "안돼",
                     "안 되", "안되", "안될", "안 될", "못 입", "못입", "못 신", "없어요", "없는데", "없어서",
                     "빼도", "피하", "피할", "피해", "안 맬", "안 매", "안 멜", "안 할", "안 쓸", "안 써", "안 해", "안해",
                     "안 하",
                     "대신",  # "구두 대신 운동화", "구두 대신 다른거 신어도 돼요?": the piece traded away
                     # "반바지는 좀 그렇지?", "검정은 너무 지루해", "블랙 질렸어" (worn too often), "트레이닝복은 좀 아닌 거 같고"
                     "지루", "질려", "질렸", "지겨", "안됨", "좀 그렇", "좀 그래", "좀 아닌", "좀 아니",
                     # ("절을 계속 해야돼서 치마는 좀 그럴거같아요", "밝은색 실크는 무서워요"): hedged, still out
                     "좀 그럴", "는 무서", "은 무서",
                     "불편",  # "바닥에 앉아야 해서 치마는 불편해요": no skirts
                     "아파", "아프",  # "힐은 발이 아파서": what hurts is ruled out
                     "너무 길", "너무길", "너무 커", "너무 무거",  # "롱코트는 저한테 너무 길어요": not that piece
                     "잡아먹", "묻혀 보",  # "158이라 긴 코트 잡아먹혀요": it swallows her, not that piece
                     "곤란",  # "2번 치마 땅에 앉으면 좀 곤란하지않나": awkward, not wished
                     "망가질", "망가지", "망가져", "버릴 듯", "버릴듯", "버릴 것 같",  # "흰 블라우스는 첫날부터 망가질듯": ruined, out
                     # "검정 ㄴㄴ", "블랙 ㄴㄴ" (chat shorthand for no), "빨강이 좀 부담스러운데": too much, out
                     "ㄴㄴ", "ㄴ ㄴ", "부담스러", "부담스럽", "부담돼", "부담 돼", "질림", "지겨움", "별루",
                     "너무 많", "너무많",  # "검정이 너무 많아": fewer of it, none in the looks to come
                     "금지", "좀 그런데", "좀그런데",  # "회색 셔츠 금지": forbidden; "장화는 좀 그런데": not keen
                     "좀 줄여", "좀 줄이",  # "빨간색 좀 줄여줘": less of it
                     # "흰색 들어간건 빼야되지?" (should go, shouldn't it); "넘 흰색이라 금방 더러워질듯" (shows dirt)
                     "빼야", "빼는 게", "빼는게", "더러워", "때 타", "때타", "때가 잘",
                     # ("빨간색 분홍색 절대 안된다고 하셨어요", "흰색은 … 입지 말래요"): a rule told, that colour out
                     "안된", "안 된", "입지 말", "입지말", "입지 마", "입으면 안", "하지 말")
# Words between two items of one list ("black or brown", "치마랑 원피스"): a negation reaches both.
LIST_JOINERS = ("or", "and", "nor", "or any", "and any", "and anything", ",", "/", "&", "이나", "나", "랑", "이랑",
                "하고", "와", "과", "도", "둘 다", "같은", "그런 거")

# "You choose": the person leaves it to the stylist, which is a request for looks.
SHRUG_TERMS: dict[str, tuple[str, ...]] = {
    "shrug": ("you choose", "whatever", "anything", "no idea", "up to you", "surprise me", "dunno", "you pick",
              "pick for me", "your call", "you decide", "dealer's choice", "doesn't matter", "don't care", "dont care",
              "no preference", "either is fine", "골라줘", "골라 줘", "네가 골라", "니가 골라", "다 좋아",
              "아무거나", "알아서", "상관없", "글쎄", "몰라", "맘대로", "idk", "i don't know", "i dont know", "모르겠",
              "잘 모르"),
}

INTENT_TERMS: dict[str, tuple[str, ...]] = {
    "outfit": (
        "outfit", "outfits", "look", "looks", "wear", "style me", "dress me", "recommend", "suggest",
        "goes with", "go with", "match", "ootd", "ideas", "what should i", *SHRUG_TERMS["shrug"],
        "코디", "룩", "추천", "입을", "뭐 입", "어울리", "매치", "스타일링", "입고", "예쁜 거", "예쁜거", "예쁜 옷",
        "something nice", "something cute", "something pretty", "something stylish",
        # "show me a fit with that", "need a date night fit": the slang word for an outfit
        "a fit", "some fits", "fit ideas", "fit pics", "night fit", "new fits",
        # "help me dress better lol", "옷 잘 입고 싶어요": dressing better in general is a request for looks
        "look better", "improve my style", "upgrade my style", "upgrade my wardrobe", "up my style",
        "more stylish", "look more put together", "옷 잘 입고 싶", "옷을 잘 입고 싶", "패션 좀 도와", "스타일 좀 바꾸고",
        "옷 좀 잘 입", "패션 센스",
        # "help me pick something for saturday", "what do i throw on": clothes to choose, occasion unsaid
        "pick something", "pick an outfit", "choose something", "something to wear", "throw on", "뭐 걸치",
        "옷 골라", "옷 좀 골라",
    ),
    "more": ("show me more", "more", "another", "other options", "different ones", "더 보여", "다른", "더 줘",
             "하나만 더", "하나 더", "한 개만 더", "한 개 더", "한 벌 더", "몇 개 더"),
    "greeting": ("hi", "hello", "hey", "안녕"),
    # a few pieces worn many ways: "what should I pack?", "짐 줄이고 싶어서 옷 몇 개로 돌려 입고 싶어"
    "capsule": ("capsule", "mix and match", "mix & match", "rewear", "re-wear", "few pieces", "fewer pieces",
                "pack light", "packing light", "carry-on only", "carry on only", "what should i pack", "what to pack",
                "what should i bring", "what to bring", "돌려 입", "돌려입", "짐 줄", "옷 몇 개로", "몇 벌로",
                "적은 옷으로", "캡슐", "뭐 챙겨", "뭐챙겨", "뭘 챙겨", "뭘챙겨", "뭐 가져가", "뭐가져가", "짐 싸", "짐싸",
                "짐 가볍게", "짐을 가볍게", "기내용 캐리어 하나", "캐리어 하나만", "carry-on",
                # ("짐은 최소로 기내용 하나에 배낭 하나")
                "짐은 최소", "짐 최소", "짐을 최소", "기내용 하나", "배낭 하나로", "백팩 하나로", "가방 하나로 다",
                "one backpack", "just a backpack", "only a backpack", "backpack only",
                "carry on bag", "one suitcase", "a carry on",
                "travel light", "traveling light", "travelling light", "pack lightly",
                # "캐리어 하나로 해결하고 싶은데 2번이랑 3번 섞어 입을수 있어요?": two looks' pieces worn across the days
                "캐리어 하나로", "섞어 입", "섞어입", "mix looks", "mix the looks", "mix and match looks",
                # "how many outfits should i pack for 5 days", "4박5일인데 옷 몇 벌 챙기면 될까요": the capsule, counted
                "how many outfits should i pack", "how many outfits to pack", "how many outfits do i need",
                "how many outfits should i bring", "how many outfits for", "how many clothes", "how much should i pack",
                "how much to pack",
                "how much do i pack", "how much clothing", "몇 벌 챙기", "몇 벌 챙겨", "몇벌 챙기", "몇벌 챙겨", "몇 벌 가져",
                "몇벌 가져", "옷 몇 벌", "옷 몇벌", "짐 최소", "짐을 최소"),
    # "그걸로", "perfect, thanks": the looks on screen are taken as they are
    "ack": ("thanks", "thank you", "thx", "perfect", "love it", "love them", "looks good", "looks great", "great",
            "i'll take", "ill take", "go with that", "that works", "sounds good", "고마워", "감사", "그걸로", "그거로",
            "좋아요", "좋네요", "좋다", "맘에 들어", "마음에 들어", "이걸로", "이거로", "완벽",
            # ("ㅇㅋ 이거면 될듯", "this'll do": the looks as they are, enough)
            "이거면 될듯", "이거면 될 듯", "이거면 되겠", "이 정도면 될듯", "이정도면 될듯", "이거면 충분", "this'll do",
            "this will do", "that'll do", "that will do",
            # a plain thank-you after looks: taken as they are, not the help text
            "thank u", "thanks a lot", "tysm", "ty", "tyvm", "cheers", "awesome", "much better", "that's good", "thats good",
            # ("yeah that's it", "cool, going with that": what was just shown, taken)
            "that's it", "thats it", "that is it", "going with that", "i'll do that", "ill do that",
            # ("ok cool, that's the one")
            "that's the one", "thats the one", "this is the one", "that is the one",
            "he'll look great", "she'll look great", "hell look great", "will look great", "he'll look good",
            "she'll look good", "looks amazing", "it is, ty", "it is ty",
            # ("look 1 is nice": that look liked, kept as it is)
            "is nice", "looks nice", "is cute", "looks cute", "is lovely", "looks lovely", "is gorgeous", "is beautiful",
            "고맙", "땡큐", "ㄱㅅ", "ㄳ", "도움 됐", "도움됐", "도움이 됐", "도움이 많이"),
    "save": ("save it", "save this", "keep it in my wardrobe", "keep this in my wardrobe", "add it to my wardrobe",
             "add this to my wardrobe", "to my wardrobe",
             "옷장에 저장", "옷장에 넣어", "옷장에 추가", "저장해"),
    # "그 색으로 코디 보여줘" after the trend colours: looks in them
    "trend": ("trend", "trends", "trending", "trendy", "in style", "in fashion", "what's hot", "트렌드", "유행", "요즘 뜨는",
              # "whats in this fall for women?", "what's in for spring": what the season wears
              "what's in this", "whats in this", "what is in this", "what's in for", "whats in for", "what's in right now",
              "whats in right now", "what's popular", "whats popular", "what are people wearing",
              "colour of the year", "color of the year", "올해의 컬러", "올해의 색", "올해 컬러", "올해 색깔",

              "그 색으로", "그 색깔로", "그 컬러로", "in those colours", "in those colors", "with those colours",
              "with those colors", "look around that", "looks around that", "outfit around that", "in that trend",
              "that trend", "그 트렌드", "트렌드대로", "트렌드에 맞춰",
              "인기 있는", "핫한"),
    "size": ("what size", "which size", "my size", "size should", "sizes", "size", "사이즈", "치수", "몇 입",
             "s or m", "m or l", "l or xl", "xl or xxl", "small or medium", "medium or large", "large or xl",
             "runs small", "runs big", "runs large", "true to size", "작게 나와", "크게 나와", "정사이즈"),
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

# A suit named in a question ("what shoes go with a navy suit?"): its example looks are suits.
# (Korean "수트" is left out: it is also the end of "점프수트".)
SUIT_TERMS: dict[str, tuple[str, ...]] = {"suit": ("suit", "two-piece suit", "정장", "양복", "수트", "슈트")}
# "I don't own a suit", "정장이 없는데": the looks are told to stand without one (separates).
# A suit turned down, not merely not owned ("양복 말고 편한 걸로", "done with suits"): looks a step less formal,
# with no tie (and no blazer where comfort is asked too).
SUIT_REFUSED = ("양복 말고", "정장 말고", "정장말고", "정장은 말고", "수트 말고", "정장 빼고", "양복 빼고", "정장 싫", "양복 싫",
                # ("1번은 너무 티나요ㅋㅋ 정장은 빼주세요")
                "정장은 빼주", "정장은 빼 주", "정장은 빼줘", "정장 빼주", "양복은 빼주", "수트는 빼주",
                "정장은 싫", "양복은 싫", "정장 안 입", "양복 안 입", "no suit", "no suits", "not a suit", "not in a suit",
                "won't wear a suit", "wont wear a suit", "never wear suits", "done with suits", "hate suits",
                "tired of suits", "sick of suits", "anything but a suit", "skip the suit", "not the suit",
                "can't do a suit", "cant do a suit", "can't do suits", "cant do suits", "can't wear a suit",
                "cant wear a suit", "not a suit guy", "not a suit person", "정장은 못", "정장 못 입", "양복은 못")
SUIT_REFUSED_TERMS: dict[str, tuple[str, ...]] = {"suit_refused": SUIT_REFUSED}
# Two cuts of one kind, trousers: "슬랙스 말고 면바지로" trades dress trousers for cotton ones (a step down in
# formality, the bottoms only), "chinos are too casual, slacks please" the other way.
TROUSER_CUT_TERMS: dict[str, tuple[str, ...]] = {
    "slacks": ("slacks", "dress pants", "dress trousers", "suit trousers", "formal trousers", "슬랙스", "정장바지", "정장 바지"),
    "chinos": ("chinos", "chino", "khakis", "cotton trousers", "cotton pants", "면바지", "치노", "치노팬츠", "코튼팬츠"),
}
NO_SUIT_TERMS: dict[str, tuple[str, ...]] = {
    "no_suit": ("don't own a suit", "dont own a suit", "do not own a suit", "don't have a suit", "dont have a suit",
                "do not have a suit", "without a suit", "don't own any suits",
                "doesnt own a suit", "doesn't own a suit", "doesnt have a suit", "doesn't have a suit",
                # "do I need a full suit or can I get away with blazer and trousers": separates asked leave for
                "need a full suit", "get away with blazer", "get away with a blazer", "get away without a suit",
                "blazer and trousers enough", "blazer with trousers enough", "skip the suit",
                # ("정장 안사고 싶은데 꼭 입어야돼요?", "I don't want to buy a suit"): separates instead
                "don't want to buy a suit", "dont want to buy a suit", "not buying a suit", "not going to buy a suit",
                "정장 안사고", "정장 안 사고", "정장 사기 싫", "정장 살 생각 없", "양복 안 사고", "양복 안사고",
                "정장이 없", "정장 없", "정장은 없", "양복이 없", "양복 없", "양복은 없", "수트가 없", "슈트가 없",
                # "my black suit doesn't fit anymore", "정장이 작아져서": a suit they cannot wear is none to wear
                "suit doesn't fit", "suit doesnt fit", "suit does not fit", "suit no longer fits", "suit is too small",
                "suit that no longer fits", "suit that doesn't fit", "suit that doesnt fit",
                "suit is too tight", "suit won't fit", "suit wont fit", "정장이 안 맞", "정장이 안맞", "양복이 안 맞",
                "양복이 안맞", "수트가 안 맞", "정장이 작아", "양복이 작아", "정장이 작", "양복이 작",
                # "남자 정장 말고 검정 옷 뭐 있을까요?": black clothes that are not a suit
                "정장 아닌", *SUIT_REFUSED),
}

# Events whose dress code is a question of its own, answered from the knowledge base ("event:<id>")
# with example looks in the brief of EVENT_BRIEFS. Read before colours and garments: "black tie" is
# neither a black piece nor a tie.
EVENT_TERMS: dict[str, tuple[str, ...]] = {
    "funeral": ("funeral", "memorial service", "장례식", "장례식장", "조문", "문상", "장례", "추도예배", "추도 예배", "추모예배",
                "추모 예배",
                "passed away", "memorial", "wake", "visitation", "the viewing", "a viewing", "돌아가셨", "돌아가셔서", "빈소", "발인", "조의",
                "49재", "사십구재", "추모식", "추도식", "추도 예배", "추모 예배", "기일", "탈상"),
    "black_tie": ("black tie", "black-tie", "black tie-ish", "black-tie-ish", "black tie ish", "tuxedo", "tux", "블랙타이",
                  "블랙 타이", "턱시도"),
}
# The example looks of each event: its dress code (prompts/dress_codes.toml: a funeral has one of
# its own, black tie is a party's dressiest end), a style and the colours it wears.
EVENT_BRIEFS: dict[str, dict[str, object]] = {
    "funeral": {"occasion": "funeral", "style": "classic", "colors": ()},
    # a Hindu (Sikh, Jain) funeral or prayer meeting: white or off-white, not black
    "funeral_white": {"occasion": "funeral_white", "style": "classic", "colors": ("white",)},
    "black_tie": {"occasion": "black_tie", "style": "classic", "colors": ("black",)},
}

# Wished for, a puffer is a coat (the vocabulary's warmest layer); ruled out ("no puffer", "패딩 안 입어",
# "패딩 말고 코트로"), it is the padded jackets only, not the wool coats (chains/exclusions.py, FEATURES).
PUFFER_WORDS = ("puffer", "puffer jacket", "padded jacket", "down jacket", "quilted jacket", "puffer coat", "puffer coats",
                "long puffer coats", "long puffer coat", "long puffer", "down coat", "padded coat", "패딩", "롱패딩", "숏패딩",
                "패딩 점퍼", "패딩점퍼",
                # (said in the plural: "no puffer jackets please")
                "puffers", "puffer jackets", "padded jackets", "down jackets", "quilted jackets", "down coats", "padded coats")
# Ruled out, a long puffer ("롱패딩 제외") is a long padded coat only: the short padded jackets and wool coats stay.
# Ruled out, a turtleneck is a top its name says has a high neck ("no turtlenecks i hate them": crewneck knits stay)
TURTLENECK_WORDS = ("turtleneck", "turtlenecks", "turtle neck", "turtle necks", "roll neck", "rollneck", "polo neck",
                    "high neck", "터틀넥", "폴라티", "목폴라")
LONG_PUFFER_WORDS = ("롱패딩", "long puffer", "long puffer coat", "long puffer coats", "long padded coat", "long down coat")
# Ruled out, a bow tie is a bow tie only ("skip the bow tie": a long tie stays).
BOW_TIE_WORDS = ("bow tie", "bowtie", "bow-tie", "bow ties", "bowties", "나비넥타이", "나비 넥타이", "보타이")
# Ruled out, hoodies are the hooded sweatshirts only ("no hoodies pls": a crewneck sweatshirt still goes).
HOODIE_WORDS = ("hoodie", "hoodies", "hoody", "hooded sweatshirt", "hooded sweatshirts", "후드티", "후디", "후드")
# What can be ruled out that is no kind: "skip anything sparkly", "반짝이는 건 싫어".
# The material said of a garment ("a leather jacket", "가죽 자켓") -> its one name
MATERIAL_WORDS: dict[str, str] = {
    "leather": "leather", "faux leather": "leather", "가죽": "leather", "suede": "suede", "스웨이드": "suede",
    "denim": "denim", "데님": "denim", "wool": "wool", "울": "wool", "corduroy": "corduroy", "코듀로이": "corduroy", "cords": "corduroy", "corduroys": "corduroy",
    "골덴": "corduroy", "velvet": "velvet", "벨벳": "velvet", "tweed": "tweed", "트위드": "tweed", "linen": "linen",
    "린넨": "linen", "silk": "silk", "실크": "silk", "satin": "satin", "새틴": "satin", "cashmere": "cashmere",
    "캐시미어": "cashmere",
}

# One piece named in two garment words ("니트 원피스" is a dress, not a knit and a dress): read before the kinds
COMPOUND_TERMS: dict[str, tuple[str, ...]] = {
    "knit_dress": ("knit dress", "knitted dress", "sweater dress", "jumper dress", "knit dresses", "sweater dresses",
                   "니트 원피스", "니트원피스", "스웨터 원피스", "니트 드레스"),
    "denim_jacket": ("denim jacket", "denim jackets", "jean jacket", "jean jackets", "jeans jacket", "데님 재킷", "데님 자켓",
                     "데님재킷", "데님자켓", "청자켓", "청재킷", "청 자켓", "청 재킷"),
    # a sleeveless knit or waistcoat: "니트조끼 없이" leaves the sweaters be
    # (a suit's waistcoat, "do I need a waistcoat?", has a note of its own)
    "vest": ("니트조끼", "니트 조끼", "니트 베스트", "sweater vest", "sweater vests", "knit vest", "knit vests",
             "knitted vest", "knitted vests"),
    # a tee with a picture or words on it: "no graphic tees" leaves plain tees (and plain trousers) be
    "graphic_tee": ("graphic tee", "graphic tees", "graphic t-shirt", "graphic t-shirts", "graphic tshirt", "graphic tshirts",
                    "printed tee", "printed tees", "printed t-shirt", "printed t-shirts", "logo tee", "logo tees",
                    "그래픽 티", "그래픽티", "프린팅 티", "프린팅티", "로고 티", "로고티"),
    # a bag of one make: "no backpacks" leaves the handbags and crossbodies be
    "backpack": ("backpack", "backpacks", "rucksack", "rucksacks", "백팩", "배낭"),
}
# The kind a compound piece is, wished for
COMPOUND_KINDS = {"knit_dress": "dress", "denim_jacket": "jacket", "backpack": "bag", "graphic_tee": "tshirt",
                  "vest": "sweater"}

FEATURE_TERMS: dict[str, tuple[str, ...]] = {
    "floral": ("florals", "floral", "flowery", "flower print", "flowers", "꽃무늬", "플로럴", "꽃 패턴"),
    "fringe": ("fringe", "fringed", "fringes", "tassel", "tassels", "tasselled", "술 장식", "프린지", "태슬"),
    "team_kit": ("team jersey", "team jerseys", "jerseys", "jersey", "fan gear", "team kit", "유니폼", "팀 유니폼"),
    "collar": ("collar", "collared", "collars", "칼라", "카라", "깃 있는", "깃이"),
    "crop": ("crop top", "crop tops", "cropped top", "cropped tops", "crop", "crops", "cropped", "midriff", "크롭",
             "크롭티", "크롭 티", "크롭탑", "크롭 탑", "배꼽티"),
    "gold": ("gold", "golden", "골드", "금색", "금장"),
    "logo": ("logo", "logos", "branding", "big brand names", "graphic", "graphics", "로고", "브랜드 로고"),
    "sparkle": ("sparkly", "sparkle", "sparkles", "glitter", "glittery", "sequin", "sequins", "sequined", "bling",
                "shiny", "반짝이", "반짝이는", "글리터", "스팽글", "번쩍"),
}

# Real cold said with a request: the looks' layer must be a warm one ("it's freezing", "영하래요").
COLD_TERMS: dict[str, tuple[str, ...]] = {
    "cold": ("freezing", "bitterly cold", "arctic", "frigid", "bitter cold", "polar", "very cold", "so cold", "really cold", "super cold", "below zero", "sub-zero",
             "snowing", "snowy", "blizzard", "영하", "엄청 추", "너무 추", "많이 추", "진짜 추", "되게 추", "한파", "꽁꽁",
             "눈 와", "눈이 와", "눈 오는", "폭설",
             "i get cold easily", "always cold", "feel the cold", "추위 엄청 타", "추위 많이 타", "추위를 많이",
             "추위 완전 많이 타", "추위 진짜 많이 타", "추위 너무 많이 타", "추위를 엄청", "추위를 진짜",
             "추위 타", "추위를 타", "추위 엄청 탐", "추위 잘 타", "추위를 잘", "추위를 엄청", "추위를 너무", "추위를 심하게",
             "i run cold", "i run really cold", "run really cold", "runs cold", "always freezing", "i'm always cold",
             # places that are bitterly cold in the months people travel there in winter
             "iceland", "reykjavik", "lapland", "alaska", "siberia", "hokkaido", "sapporo", "harbin", "tromso",
             "tromsø", "northern lights", "aurora", "아이슬란드", "라플란드", "알래스카", "홋카이도", "북해도", "삿포로",
             "하얼빈", "오로라",
             # a wind that bites ("칼바람", "wind chill"): as cold as a freezing day
             "칼바람", "biting wind", "wind chill"),
}

# Skiing or boarding: the slopes want ski wear, which the catalogue does not carry (the looks are for the
# journey and the lodge, and the reply says so).
SLOPE_TERMS: dict[str, tuple[str, ...]] = {
    "slopes": ("ski", "skiing", "ski trip", "ski resort", "ski holiday", "ski lesson", "ski lessons", "the slopes",
               "snowboard", "snowboarding", "스키장", "스키 타", "스키 여행", "스키여행", "스노보드", "보드 타", "스키 가",
               "스키 타러", "하이원", "용평", "비발디", "휘닉스파크", "곤지암 리조트"),
}
# Snow underfoot said with a request: boots or trekking shoes, never trainers or pumps ("snow trip", "스키장").
SNOW_TERMS: dict[str, tuple[str, ...]] = {
    "snow": ("sledding", "sledging", "sled", "sledge", "toboggan", "tobogganing", "snow tubing", "눈썰매", "눈썰매장",
             "썰매장", "눈놀이",
             "snow", "snowy", "snowing", "snowed", "blizzard", "ski", "skiing", "ski trip", "snowboard", "snowboarding",
             "apres ski", "après ski", "apres-ski", "après-ski", "apres", "après", "skied", "ski lessons", "ski school",
             # (ski towns: a winter trip, the lodge and the snow)
             "breckenridge", "whistler", "zermatt", "chamonix", "niseko", "st. moritz", "st moritz",
             "눈 오는", "눈오는", "눈 와", "눈이 와", "눈이 오", "눈 내리", "눈이 많이", "폭설", "설경", "스키장", "스키 타", "스키 여행", "스노보드",
             "보드 타", "스키 가", "스키 타러", "하이원", "용평", "비발디", "휘닉스파크", "눈꽃", "설산", "hokkaido", "sapporo", "lapland", "홋카이도", "북해도", "삿포로", "라플란드"),
}

# Hard cold, or a cold day spent outside: every look walks in boots under its heaviest layer, with a hat
# or a scarf (said beside cold words: "freezing rinks all day", "영하 10도 야외")
HARD_COLD_TERMS: dict[str, tuple[str, ...]] = {
    "hard_cold": ("bitterly cold", "bitter cold", "arctic", "frigid", "polar vortex", "bone-chilling", "brutal cold",
                  "all day outside", "outside all day", "outdoors all day", "all day outdoors", "all day in the cold",
                  "stadium", "rink", "rinks", "tailgate", "tailgating", "bleachers", "sledding", "ice fishing",
                  "christmas market", "winter camping", "camping", "parade", "sideline", "sidelines", "touchline",
                  "football game", "soccer game", "football match", "soccer match", "rugby match", "축구 경기",
                  # a walk to work through it is a cold day outside for the feet
                  "walk to work", "walk to the office", "walking to work", "walking to the office", "walk to school",
                  "commute on foot", "걸어서 출근", "걸어서 가", "걸어가", "도보로",
                  "min to work", "mins to work", "minutes to work", "min walk to", "minute walk to", "분 걸어", "분 정도 걸어",
                  "한파", "꽁꽁", "칼바람", "하루종일 밖", "하루 종일 밖", "하루종일 야외", "하루 종일 야외", "야외에서 하루",
                  "마당에서", "경기장", "야구장", "축구장", "스케이트장", "아이스링크", "캠핑", "눈썰매", "빙어", "크리스마스 마켓",
                  # places whose winter is hard cold underfoot too: boots, the heaviest layer, a hat
                  "iceland", "reykjavik", "alaska", "siberia", "harbin", "tromso", "tromsø", "northern lights",
                  "sapporo", "hokkaido", "snow festival", "삿포로", "홋카이도", "북해도", "눈축제", "눈 축제",
                  "아이슬란드", "알래스카", "시베리아", "하얼빈", "오로라",
                  "helsinki", "finland", "lapland", "oslo", "moscow", "montreal", "quebec", "헬싱키", "핀란드", "라플란드",
                  "오슬로", "모스크바", "몬트리올", "퀘벡"),
}

# How the looks should feel (chains/feel.py): "nothing too tight", "less bulky", "편한 게 좋아요", "안 미끄러운".
FEEL_TERMS: dict[str, tuple[str, ...]] = {
    "relaxed": ("too tight", "nothing tight", "not tight", "not too tight", "nothing too tight", "less tight",
                # ("no tight waistbands, my body is done")
                "tight waistbands", "tight waistband", "tight waists", "허리 조이는", "허리가 조이는", "허리 안 조이는",
                "loose", "looser", "roomy", "roomier", "not clingy", "nothing clingy", "too clingy", "breathing room",
                "안 끼", "안끼", "끼지 않", "꽉 끼", "너무 끼", "끼는 건", "끼는건", "너무 붙", "붙지 않", "붙는 건",
                "붙는건", "달라붙", "여유 있", "여유있", "넉넉", "헐렁",
                # a cut that clings, refused
                "no bodycon", "not bodycon", "nothing bodycon", "not too bodycon", "nothing too bodycon", "without bodycon",
                "bodycon 말고", "바디콘 말고", "바디콘 싫", "바디콘은 싫", "몸에 붙는",
                "cling", "clings", "cling too much", "clingy",
                # nothing pressing on the belly or a sore spot
                "squeezes", "squeeze my", "squeezing", "nothing that squeezes", "presses on", "digs in", "digs into",
                "조이는", "조이지 않", "조여서", "조이면", "압박"),
    "sleek": ("less bulky", "too bulky", "not bulky", "not so bulky", "bulky", "too puffy", "less puffy", "sleeker",
              "streamlined", "less chunky", "덜 부해", "부해 보", "부하게", "부해요", "부피감", "덜 뚱뚱", "뚱뚱해 보",
              "둔해 보", "덜 둔하", "부담스럽게 두꺼",
              # ("make look 1 a bit warmer without adding bulk": warmth in thin layers)
              "without adding bulk", "without the bulk", "without bulking", "부피 없이", "두껍지 않게",
              # a loose cut refused: a neater line
              "not oversized", "nothing oversized", "no oversized", "not too oversized", "not too baggy", "nothing baggy",
              "no baggy", "less baggy", "too baggy", "too oversized", "오버핏 말고", "오버핏은 말고", "오버핏인건 빼", "오버핏인 건 빼",
              "오버핏 빼", "오버핏 싫", "오버핏은 싫", "너무 오버핏", "너무 박시", "박시한 건 싫", "박시한건 싫"),
    "comfort": ("comfortable", "comfy", "comfort", "easy to move", "move around", "daytime walking",
                # ("it's a long dinner, like 4 hours"): seated for hours, nothing that digs in at the waist
                "long dinner", "hour dinner", "sitting for hours", "sit for hours", "seated for hours",
                "오래 앉아", "긴 식사",
                # ("walking like 15km through crowds")
                "walking like", "km of walking", "km through", "miles of walking", "walking miles", "걸어다녀야",
                "걸어 다녀야", "많이 걸어야",
                # ("노래방에서 춤춰야할수도"): dancing, in shoes made for it
                "춤춰야", "춤 춰야", "춤출", "춤 출", "lots of dancing", "a lot of dancing", "dancing all night",
                "and walking", "walking everywhere", "walk everywhere", "walking all day", "walk all day", "can move in", "can actually move in",
                "easy to move in", "able to move in", "room to move", "carrying a baby", "carry the baby",
                # ("걷는게 많대서 신발이 제일 중요할거같아요 발볼이 넓으세요", "lots of walking, wide feet")
                "걷는게 많", "걷는 게 많", "걸을 일이 많", "발볼이 넓", "발볼 넓", "wide feet", "lots of walking",
                # ("walking the dunes and the mela ground all day", "272 steps, packed, hot")
                "walking the", "on my feet all day", "on foot all day", "all day on foot", "steps up", "hundreds of steps",
                "climb the steps", "climbing the steps", "272 steps", "계단이 많", "계단 많",
                "a lot of walking",
                # (seated all day, pushing the wheels: nothing that binds at the waist or pulls across the back)
                "i use a wheelchair", "in a wheelchair", "wheelchair user", "manual wheelchair", "my wheelchair",
                "휠체어 타", "휠체어를 타", "휠체어 사용",
                # ("can the shoes be something I can sit in all day without my feet dying")
                "feet dying", "feet die", "sit in all day", "stand in all day",
                # ("둘 다 무릎이 안 좋아서 많이 걷는 건 힘들어요", "nothing that kills my feet"): easy shoes, easy cuts
                "bad knees", "bad knee", "knees are bad", "knee problems", "knee pain", "무릎이 안 좋", "무릎 안 좋",
                "무릎이 아파", "무릎 아파", "걷는 건 힘들", "kills my feet", "kill my feet", "killing my feet",
                "hard to dance in", "hard to walk in", "can't dance in", "cant dance in", "easier to dance in",
                "춤추기 힘들", "춤추기 불편", "걷기 힘들", "걷기 불편",
                "standing a lot", "on my feet a lot", "발 아프", "발이 아프",
                "holding a baby", "hold the baby", "on my feet all day", "stand all day", "standing all day",
                "hours standing", "hours on my feet", "feet are going to die", "my feet will die", "feet will kill",
                "walk a lot", "walking a lot", "on my feet", "on our feet", "move a lot", "moving a lot", "stand for hours",
                "standing for hours", "서 있어야", "서있어야", "하루 종일 서", "종일 서", "많이 움직", "편한 게", "편한게", "편한 걸", "편한걸", "편했으면", "편안",
                "편해야", "편하면 좋", "편해야 돼", "편해야돼", "must be comfy", "needs to be comfy", "has to be comfy",
                # ("편한거 포기는 못함ㅋㅋ", "달리기 해야돼서 편한데 사진은 예쁘게": comfort kept, whatever else is asked)
                "편한거 포기", "편한 거 포기", "편한건 포기", "편한 건 포기", "can't give up comfort",
                "cant give up comfort", "comfort first", "comfort is a must",
                # "바지는 밴딩이었으면": an elastic waist, nothing that digs in
                "밴딩", "고무줄 바지", "elastic waist", "elasticated", "drawstring waist",
                "활동하기 편", "움직이기 편", "애기 안", "아기 안", "아이 안", "오래 서", "많이 걸", "편한 옷",
                # "뷔페라 배 편한 거면", "easy on the tummy": nothing that digs in at the waist
                "배 편한", "배가 편한", "배 안 조이", "배가 안 조이", "easy on the tummy", "easy on the stomach",
                "room to eat", "room for the buffet", "room for dessert",
                # "지하철 내려서 15분 정도 걸어요", "a 20 minute walk from the station": shoes made for walking
                "분 정도 걸어", "분 걸어", "분 정도 걸어야", "minute walk", "minutes walk", "min walk", "mins walk",
                "minutes of walking", "walk from the station", "walk from the subway", "walk from the train",
                # a day's count of steps: shoes made for walking
                "2만보", "2만 보", "3만보", "만보 이상", "만 보 넘게",
                # a game on one's feet, bending and throwing: flat shoes, nothing restricting
                "bowling", "볼링", "mini golf", "minigolf", "미니골프", "escape room", "방탈출",
                # changed into in a hurry (in the car, after a shift): nothing fiddly or restricting
                "easy to change into", "easy to throw on", "easy to slip on", "easy to get into", "quick to change into",
                "change into quick", "change into quickly", "change quickly", "quick change", "change fast",
                "갈아입기 편", "입고 벗기 편",
                # a bike ride to work: flat shoes, nothing restricting
                "cycle to work", "cycling to work", "bike to work", "biking to work", "cycle commute", "bike commute",
                "ride my bike", "riding my bike", "자전거로 출근", "자전거 출근", "자전거 출퇴근", "자전거 타고", "20,000 steps", "20k steps", "25k steps", "25,000 steps",
                "30k steps", "lots of walking", "walking all day", "walk all day", "하루 종일 걸",
                "holding the baby", "holding a baby", "on sand", "in the sand", "on the sand", "모래사장", "모래",
                # ("편하게 입고 싶은데 너무 후줄근하진 않게": easy to wear, still put together)
                "편하게 입고", "편하게 입을", "편하게 입는", "편하게요",
                # a day on foot in queues and on rides: flat shoes, nothing to hold in
                *THEME_PARK_TERMS, "ice skating", "ice rink", "skating rink", "스케이트장", "아이스링크"),
    # the heel only: low or flat shoes, the clothes as they were ("굽 낮은 신발로 바꿔줄 수 있어요?")
    "flat": ("bad knees", "knees are bad", "무릎이 안 좋", "무릎 안 좋",
             # ("소리나는 신발 안되고", "shoes that don't make noise"): soft, flat soles, no clicking heels
             "소리나는 신발", "소리 나는 신발", "소리 안 나는", "소리 안나는", "또각", "don't make noise",
             "dont make noise", "make no noise", "quiet shoes", "silent shoes", "clicky", "clacking", "굽 낮은", "낮은 굽", "굽 없는", "굽없는", "lower heel", "lower heels", "low heel", "low heels", "not too high",
             "less heel", "less of a heel", "smaller heel", "smaller heels", "shorter heel", "shorter heels",
             "flatter", "굽 좀 낮", "굽이 낮", "굽 더 낮",
             "nothing too high", "너무 높지 않", "굽 있는 신발은 싫", "굽 있는 건 싫", "굽 싫", "높은 굽 싫", "힐 싫", "힐은 싫",
             # "굽 있는 신발 빼주세요 발이 너무 부어요"
             "굽 있는 신발 빼", "굽 있는 신발은 빼", "굽 있는 거 빼", "굽 있는 건 빼", "굽 있는 신발 말고", "발이 부어", "발이 너무 부어",
             # a heel sinks in a lawn or between cobbles: flats, loafers or a wedge-free flat sandal
             "on grass", "on the grass", "in grass", "on the lawn", "on a lawn", "walk on grass", "sinks into the grass",
             "sink into the grass", "sink in the grass", "sink into grass", "sink in grass", "wont sink", "won't sink",
             "not sink", "sinking into", "into the grass", "into the lawn",
             "cobblestones", "cobbles", "잔디", "잔디밭", "자갈길",
             # "swap the wedges for something flat", "standing on lawn"
             "standing on lawn", "on lawn",
             # stairs to climb in them, on a stage or a hillside: no heel to catch or trip on
             "without tripping", "not trip", "won't trip", "wont trip", "stage stairs", "up the stairs", "계단",
             "안 넘어지", "넘어지지 않"),
    "dry": ("waterproof", "water-proof", "water resistant", "water-resistant", "방수", "물 안 새", "안 젖",
            "muddy", "mud", "wellies", "wellington boots", "진흙", "진창", "질척"),
    # (long sleeves cover the arms too: chains/feel.py)
    "sleeved": ("long sleeves", "long-sleeved", "long sleeved", "long sleeves only", "only long sleeves", "긴팔로", "긴팔만",
                "긴팔 위주", "긴팔로만", "긴팔 옷으로", "긴소매",
                # ("8월이라 엄청 덥고 모기 장난아님", "the mosquitoes are brutal"): arms covered against bites
                "모기 장난", "모기가 장난", "모기 많", "모기가 많", "모기 엄청", "모기가 엄청", "mosquitoes", "mosquitos",
                "bug bites", "tick bites", "ticks everywhere", "진드기"),
    "covered": ("노출 있는건 싫", "노출 있는 건 싫", "노출 있는거 싫", "노출 있는 거 싫", "노출 많은 건 싫", "노출 많은건 싫", "노출 많은 거 말고",
                "노출 많은거 말고", "노출 심한 건 싫", "노출 심한건 싫", "more covered", "cover up more",
                # ("이거 너무 노출 심해요", "too much skin"): told of the looks on screen, a wish to cover up
                "노출 심해", "노출이 심해", "노출이 너무", "너무 노출", "노출 많아", "노출이 많아", "too much skin", "too skimpy",
                "less skin",
                "파인 건 싫", "파인건 싫", "파인 거 싫", "파인거 싫", "너무 파인", "nothing low cut", "not low cut", "no low cut",
                "nothing low-cut", "not low-cut", "too low cut", "too low-cut", "nothing plunging",
                "너무 야하지 않게", "안 야하게", "야하지 않게", "덜 야하게", "노출 심하지 않게", "노출 적게", "not too revealing",
                "nothing revealing", "nothing too revealing", "too revealing", "less revealing", "not revealing", "not too sexy", "less sexy",
                "arms showing", "knees or arms", "arms or knees", "arms covered", "cover my arms", "no bare arms", "no sleeveless", "sleeves please",
                "sleeves to the wrist", "팔 안 보이", "팔이 안 보이", "팔 가리", "민소매 싫", "민소매 말고", "노출 없", "노출 적", "단정하게 가리",
                "upper arms", "showing my arms", "show my arms", "hate my arms", "bare arms", "nothing sleeveless",
                # "is there a version of look 1 with sleeves? my arms are my least fav thing"
                "with sleeves", "version with sleeves", "arms are my least", "소매 있는", "소매 있게",
                # a service that asks covered shoulders (a synagogue, a temple)
                "shoulders covered", "cover my shoulders", "cover the shoulders", "covered shoulders", "어깨 가리",
                "어깨가 드러나",
                "팔뚝", "팔 드러나", "팔이 드러나", "팔 노출", "doesn't wear sleeveless", "doesnt wear sleeveless",
                "don't wear sleeveless", "dont wear sleeveless", "won't wear sleeveless", "can't wear sleeveless",
                "민소매는 안", "민소매 안", "민소매 ㄴㄴ", "민소매 별로", "민소매는 별로"),
    # a temple, a mosque or a palace that turns bare shoulders and knees away at the gate (the arms covered too)
    "modest": ("temple", "temples", "mosque", "mosques", "pagoda", "shrine", "사원", "사찰", "절에", "모스크", "법당",
               "gurdwara", "gurudwara", "golden temple", "harmandir sahib", "angkor", "angkor wat", "grand palace",
               "wat pho", "wat arun", "batu caves", "vatican", "st peter's basilica", "sistine chapel", "guruvayur",
               "tirupati", "jama masjid", "blue mosque", "앙코르와트", "앙코르 와트", "방콕 왕궁", "왕궁", "왓포", "왓 포",
               "황금사원", "shoulders and knees", "knees and shoulders", "knees covered", "cover my knees", "cover the knees",
               "cover knees", "무릎 가리", "무릎이랑 어깨", "어깨랑 무릎", "어깨와 무릎", "무릎과 어깨", "무릎이랑 어깨 보이면",
               "dress modestly", "modest", "modestly", "more modest",
               # a country that asks it of every visitor
               "saudi", "riyadh", "jeddah", "during ramadan", "사우디", "리야드",
               "western wall", "wailing wall", "통곡의 벽", "holy sepulchre", "성묘교회", "성당 들어갈", "성당에 들어갈",
               "into the cathedral", "enter the cathedral", "entering the cathedral", "수계식", "출가식", "ordination"),
    # (a pattern ruled out: the clothes plain; "무지" is also "very", so never alone)
    "plain": ("no patterns", "no pattern", "no prints", "no print", "nothing patterned", "nothing printed", "no patterned",
              "without patterns", "without prints", "plain colours", "plain colors", "solid colours", "solid colors",
              "plain pieces", "no stripes", "no checks", "no graphics", "no logos", "patterns strobe",
              # "bright lights so no busy patterns right?": nothing loud on camera or on stage
              "no busy patterns", "no busy pattern", "no loud patterns", "no loud prints", "nothing busy", "busy patterns",
              "무늬 없", "무늬없", "패턴 없", "패턴없", "민무늬", "단색으로", "단색 옷", "패턴 싫", "패턴은 싫", "무늬 싫",
              "무늬는 싫", "패턴 빼", "패턴은 빼", "무늬 빼", "무늬는 빼", "패턴 말고", "무늬 말고", "프린트 싫", "프린트 없",
              "프린트 빼", "프린트는 빼", "프린트 말고", "무지 티", "무지로"),
    "grip": ("non-slip", "non slip", "nonslip", "anti-slip", "anti slip", "slip resistant", "slip-resistant",
             "won't slip", "wont slip", "don't slip", "dont slip", "not slippery", "slippery", "good grip", "grip",
             "icy", "ice on the", "미끄러", "미끄럽", "빙판", "안 미끄", "안미끄", "frozen grass", "frozen ground",
             "frost", "얼어붙은", "언 땅",
             # a building site or a muddy field on the way: boots or a treaded sole
             "muddy", "construction site", "building site", "site visit", "job site", "공사 현장", "현장 방문", "진흙",
             # (a site walked in PPE: boots with a grip, trousers over them)
             "walk the site", "walking the site", "in ppe", "steel toe", "steel toes", "steel-toe",
             "hard hat"),
}
# The tone of the clothes' colours ("darker colours pls", "좀 밝은 색으로"): read before "lighter" (cooler).
TONE_TERMS: dict[str, tuple[str, ...]] = {
    # colour found too much ("nothing too colourful", "너무 알록달록해요"): neutrals and muted colours
    "quiet": ("too colourful", "too colorful", "so colourful", "so colorful", "너무 알록달록", "너무 쨍",
              "too loud", "too much colour", "too much color", "a bit loud", "bit loud", "kinda loud", "little loud",
              "a little loud", "so loud",
              # neutrals asked for ("all neutral", "뉴트럴 톤으로"): neutrals and muted colours
              "all neutral", "all neutrals", "neutrals only", "only neutrals", "just neutrals", "neutral colours",
              "neutral colors", "neutral tones", "neutral palette", "in neutrals", "뉴트럴 톤", "뉴트럴톤", "뉴트럴 컬러",
              "뉴트럴한 색", "뉴트럴 색"),
    # colour, not lightness: "more colourful", "bright colours", "색감 있게"
    "colourful": ("more colour", "more color", "more colours", "more colors", "more colourful", "more colorful",
                  "brighter colours", "brighter colors", "bright colours", "bright colors",
                  "bold colours", "bold colors", "vivid colours", "vivid colors", "pop of colour", "pop of color",
                  "splash of colour", "splash of color",
                  # ("i want something fun though, not my work suit": colour, not the office's navy and grey)
                  "something fun", "more fun", "a fun look", "a fun outfit", "fun colours", "fun colors", "more playful",
                  "something playful", "발랄하게", "발랄한", "경쾌하게",
                  "neon", "neons", "neon colours", "neon colors", "형광", "색감 있게", "색감있게", "색감 있는",
                  "컬러풀하게", "컬러감 있", "원색", "쨍한 색", "비비드",
                  # "좀 튀는 색으로": colour that stands out, asked for ("너무 튀는 색은 싫어" is quiet;
                  # "화사하게" is lighter as often as brighter, so it stays out)
                  "튀는 색으로", "튀는색으로", "튀는 컬러로", "튀는 색깔로", "튀는 색 위주", "좀 튀게", "포인트 컬러", "포인트 색",
                  # looks found plain: colour and a piece with life in it ("these are kinda boring", "덜 심심하게")
                  "kinda boring", "these are boring", "they're boring", "theyre boring", "they are boring",
                  "bit boring", "a bit boring", "kinda plain", "a bit plain", "more interesting", "more exciting",
                  # ("look 1 is kind of safe, can you push it further"): a bolder piece (not "something kind of safe")
                  "is kind of safe", "is kinda safe", "too safe", "is a bit safe", "so safe", "push it further",
                  "push it more", "bolder", "more daring", "더 과감하게", "좀 과감하게", "너무 무난해",
                  "심심해", "심심한데", "덜 심심", "밋밋", "너무 무난", "지루해 보"),
    "dark": ("darker colours", "darker colors", "darker colour", "darker color", "dark colours", "dark colors",
             "darker tones", "dark tones", "more muted", "muted colours", "muted colors", "something darker", "darker",
             "for a dark one", "for dark ones", "in a dark colour", "in a dark color",
             "어두운 색", "어두운색", "어두운 컬러", "어둡게", "어두운 톤", "톤 다운", "톤다운", "차분한 색",
             "어두운 거", "어두운거", "어두운 걸로", "어두운걸로", "어두운 것으로", "더 어두운", "어두운 색으로", "진한 색으로", "진한 걸로",
             "진한걸로", "진한 거로", "진한거로", "색만 진하게", "진하게",
             # ("3번 색깔이 너무 밝은것같아요 부장님보다 튈까봐", "look 3 is too bright": said, not asked; its lightest
             # piece a darker one, the rest and its dress code kept)
             "색이 너무 밝", "색깔이 너무 밝", "컬러가 너무 밝", "번 너무 밝", "코디 너무 밝", "코디가 너무 밝",
             "옷이 너무 밝", "colours are too bright", "colors are too bright", "it's too bright", "its too bright",
             "looks too bright", "feels too bright", "way too bright", "너무 환해"),
    "earthy": ("earthy tones", "earthy colours", "earthy colors", "earth tones", "earth tone", "earthy", "earth colours",
               "earth colors", "어스톤", "어스 톤", "흙색", "자연스러운 색", "내추럴한 색"),
    "light": ("너무 어두운", "너무 어둡", "너무 칙칙", "too dark", "too gloomy",  # "너무 어두운거 같아": lighter
              "lighter colours", "lighter colors", "lighter colour", "lighter color", "light colours", "light colors",
              "brighter", "lighter tones",
              # the season's fresh, light colours ("modest but still spring-y")
              "spring-y", "springy", "spring colours", "spring colors", "spring vibes", "spring vibe", "봄 느낌", "봄느낌",
              "봄처럼", "봄 같은", "봄같은",
              "밝은 색", "밝은색", "밝은 컬러", "밝게", "밝은 톤", "화사하게", "화사한", "톤 업", "톤업", "밝은걸로", "밝은 걸로",
              "밝은 거", "밝은거", "색상은 밝", "색은 밝", "밝은 옷",
              # the looks found too dark: lighter ones
              "too dark", "so dark", "too gloomy", "too sombre", "too somber", "너무 어두워", "너무 어둡", "칙칙해",
              "칙칙한", "칙칙하"),
    # soft light colours ("bride said pastels only"): light and soft, nothing dark, bright or mid-toned
    "pastel": ("pastel", "pastels", "pastel colours", "pastel colors", "pastel tones", "pastel shades", "soft colours",
               "soft colors", "파스텔", "파스텔톤", "파스텔 톤", "연한 색", "연한색", "연한 톤"),
}
# A colour said as a dress code, not a wish ("black and white dress code", "올블랙으로 오래요"): every piece in it.
PALETTE_TERMS: dict[str, tuple[str, ...]] = {
    "palette": ("dress code", "dresscode", "드레스코드", "드레스 코드", "theme", "themed", "테마", "컨셉", "all black",
                "all-black", "all white", "all-white", "head to toe", "head-to-toe", "monochrome", "올블랙", "올 블랙",
                "올화이트", "올 화이트", "깔맞춤", "black and white", "black & white", "블랙앤화이트", "블랙 앤 화이트",
                "흑백", "all be", "everything in", "all in", "only in", "just in", "전부", "모두", "통일", "톤온톤",
                # "mostly grey black white", "블랙 그레이 위주로": a wardrobe kept to its colours
                "mostly", "mainly", "stick to", "sticking to", "palette", "위주로", "위주",
                "계열로만", "색으로만", "컬러로만", "무채색만", "무채색으로", "무채색 위주", "only wear black", "only black and grey",
                # ("검정으로 다 바꿀수 있나요", "can you make everything black", "검정색만 입으려고 해요")
                "으로 다 바꿔", "으로 다 바꿀", "로 다 바꿔", "로 다 바꿀", "make everything", "everything black",
                "색만 입", "색만 입으려"),
}
# Fabrics a person may rule out ("no cotton", "울은 따가워요", "vegan"): said with a no, or a reason.
FABRIC_TERMS: dict[str, tuple[str, ...]] = {
    # (Korean: never a bare 면 or 울, which end "하면" and "겨울")
    "cotton": ("cotton", "면 소재", "면소재", "면 말고", "면 빼고", "면 제외", "면은 싫", "면 싫", "코튼"),
    "wool": ("wool", "woollen", "woolen", "itchy", "울 소재", "울소재", "울 니트", "울니트", "울 코트", "울 스웨터", "울 말고", "울 빼고", "울 제외", "울은",
             "울 싫", "모직", "따가", "까슬", "까끌", "따끔"),
    "leather": ("leather", "fur", "vegan", "가죽", "리얼퍼", "퍼 소재", "비건"),
    "suede": ("suede", "nubuck", "스웨이드"),  # ("no suede" in the rain keeps leather shoes)
    "synthetic": ("polyester", "synthetic", "synthetics", "nylon", "acrylic", "폴리", "합성", "나일론", "폴리에스터"),
    "velvet": ("velvet", "velour", "벨벳", "벨루어"),
    "satin": ("satin", "silk", "silky", "새틴", "공단", "실크"),
    "linen": ("linen", "linen wrinkles", "린넨", "리넨", "마 소재", "린넨은 구김", "린넨 구김"),
    "sheer": ("see-through", "see through", "seethrough", "sheer", "chiffon", "lace", "시스루", "안 비치", "비치지 않",
              "비치는", "비치지", "속이 비치", "쉬폰", "시폰"),
}
# A fabric term that rules its fabric out by itself: "itchy", "I'm vegan", "울은 따가워요", "면 말고".
FABRIC_OUT_WORDS = re.compile(r"itchy|vegan|wrinkles|따가|까슬|까끌|따끔|비건|구김|말고|빼고|제외|싫|안 비치|비치지 않")

# Cuts and silhouettes ("is oversized over?", "스키니 유행 지났어?"): no catalogue field records them, so a
# trend question about one is answered from the notes (fit:<id>), never from the colour numbers.
# The pattern a person says their photographed piece has ("this striped dress", "이 체크 셔츠"): it names the
# piece back and keeps a second pattern off the look (the photo model reads no pattern).
PATTERN_TERMS: dict[str, tuple[str, ...]] = {
    "striped": ("striped", "stripe", "stripes", "stripy", "pinstripe", "pinstriped", "스트라이프", "줄무늬", "줄무늬가 있는",
                "단가라", "핀스트라이프"),
    "checked": ("checked", "check shirt", "check dress", "plaid", "tartan", "gingham", "checkered", "체크", "깅엄", "타탄"),
    "floral": ("floral", "flowery", "flower print", "꽃무늬", "플로럴", "꽃 패턴"),
    "dotted": ("polka dot", "polka-dot", "dotted", "spotted", "도트", "물방울", "땡땡이"),
    "printed": ("print", "printed", "patterned", "graphic", "프린트", "패턴", "무늬", "그래픽"),
}

FIT_TERMS: dict[str, tuple[str, ...]] = {
    "oversized": ("oversized", "oversize", "over-sized", "baggy", "boxy", "loose fit", "loose-fit", "relaxed fit",
                  "오버핏", "오버 핏", "오버사이즈", "루즈핏", "루즈 핏", "박시", "빅사이즈 핏"),
    "slim": ("skinny", "slim fit", "slim-fit", "slim cut", "tight fit", "스키니", "슬림핏", "슬림 핏", "타이트핏"),
    "wide": ("wide-leg", "wide leg", "wide pants", "wide trousers", "palazzo", "와이드", "통 넓은", "통바지"),
    "cropped": ("cropped", "crop top", "crop tops", "크롭", "크롭티"),
}
# "are skinny jeans still in?", "오버핏 한물갔어?": a trend question when a cut is named (not "I'm still in school")
IN_OR_OUT_TERMS: dict[str, tuple[str, ...]] = {
    "trend": ("still in", "still cool", "still a thing", "out of style", "out of fashion", "outdated", "dated",
              "old-fashioned", "in or out", "끝났", "지났", "한물", "아직 입", "촌스러"),
}

# A beach is dressed for the heat whatever the month: summer, when the message asks for looks
# ("beach wedding guest outfit"), not when it only asks about one ("is linen ok on a beach?").
BEACH_TERMS: dict[str, tuple[str, ...]] = {
    "beach": ("beach", "seaside", "해변", "바닷가", "바다", "beach resort", "poolside", "by the pool",
              "beach club", "beach clubs", "비치클럽", "비치 클럽", "beach bar",
              # a party by a pool: swim shorts or a sundress and sandals, nothing for an office
              "pool party", "pool parties", "poolside party", "풀파티", "풀 파티"),
    # a holiday by the sea named as such: the looks for it, even said without asking ("바캉스 가요")
    "beach_trip": ("water park", "waterpark", "워터파크", "캐리비안베이", "오션월드", "물놀이", "바캉스", "beach trip", "beach holiday", "beach vacation", "beach day", "beach weekend", "휴양지",
                   "해수욕장", "해운대", "광안리", "경포대",  # (Korea's best-known beaches: a trip there)
                   # ("호핑투어랑 스노클링 할거에요": days on a boat and in the sea)
                   "호핑투어", "호핑 투어", "스노클링", "snorkeling", "snorkelling", "island hopping",
                   "resort wear", "리조트룩", "비치룩", "바닷가룩", "pool day", "going to the beach"),
}

# "2번 별로", "not a fan of #3": that look disliked as a whole, so another takes its place
DISLIKE_TERMS: dict[str, tuple[str, ...]] = {
    "dislike": ("별로", "별론데", "맘에 안 들", "마음에 안 들", "맘에 안들", "마음에 안들", "싫어", "싫은데", "안 예뻐", "안예뻐",
                "not a fan", "don't like", "dont like", "do not like", "not feeling", "not loving", "hate", "meh",
                "nah", "ugly", "not great", "not my thing", "not for me",
                # "3번은 너무 아저씨같아요", "#2 looks too old for me": dated, another in its place
                "아저씨같", "아저씨 같", "아줌마같", "아줌마 같", "too old for", "looks old", "look old", "frumpy", "dated",
                # ("lol look 2 is what my mom would pick", "2번 엄마 옷 같아요"): not theirs, another in its place
                "what my mom would", "what my mum would", "what my dad would", "엄마 옷 같", "엄마옷 같", "엄마옷같",
                "아빠 옷 같", "아빠옷 같"),
}
# "less layers", "덜 껴입게": the outer layer off, unless the cold needs it (it stays, and the reply says why).
FEWER_LAYER_TERMS: dict[str, tuple[str, ...]] = {
    "fewer": ("less layers", "fewer layers", "less layering", "less layered", "not so many layers", "too many layers on",
              "without so many layers", "레이어드 줄", "레이어 줄", "덜 껴입", "너무 껴입", "껴입지 않", "겹쳐 입지 않",
              "덜 겹쳐", "레이어드 빼", "레이어드 말고"),
}

# Follow-ups that change the looks on screen instead of starting over.
FOLLOWUP_TERMS: dict[str, tuple[str, ...]] = {
    "swap": ("swap", "change the", "different", "replace", "another pair", "another colour", "another color",
             "redo the", "re-do the",  # ("redo the bottoms")
             # "no cardigan, other outerwear": another of the part in its place
             "other outerwear", "another layer", "other layer", "another jacket", "other jacket", "다른 아우터",
             "다른걸로", "다른거로", "다른 거로", "딴걸로", "딴 걸로", "딴거로",
             # "둘 다 별로", "none of them": every look on screen, replaced
             "둘 다 별로", "다 별로", "전부 별로", "모두 별로", "다 마음에 안", "다 맘에 안", "마음에 드는 게 없", "맘에 드는 게 없",
             "none of them", "don't like any", "dont like any", "not a fan of any", "don't love any", "dont love any",
             "neither of them", "neither one",
             "less boring", "too boring", "so boring", "more interesting", "more colourful", "more colorful",
             # "something less plain", "너무 평범해": other pieces with more to them
             "less plain", "too plain", "so plain", "a bit plain", "kinda plain", "bit plain", "not so plain",
             "너무 평범", "평범해", "평범하네", "평범한데", "덜 평범",
             "덜 심심", "심심해", "너무 심심", "밋밋", "더 튀게", "좀 튀게",
             # ("3번 괜찮은데 맨날 입는거랑 똑같아요 조금만 더 과감한거?": pieces with more to them, same look)
             "bolder", "a bit bolder", "more daring", "more adventurous", "더 과감", "좀 과감", "과감한거", "과감한 거",
             "과감하게", "과감한걸로", "과감한 걸로",
             "other colours", "other colors", "바꿔", "교체", "다른 걸로", "다른 색", "다른 컬러", "바꾸면", "바꿀까",
             "색 다른", "색깔 다른", "컬러 다른",  # "코트 색 다른거 없어요?": the coats in other colours
             "말고 다른거", "말고 다른 거", "말고 다른걸", "말고 다른 걸",  # "가디건 말고 다른거요": another in its place
             "대신 다른거", "대신 다른 거", "대신 다른걸", "대신 다른 걸",
             "바꿀 만한", "swap it for", "change it to", "switch the", "switch out", "switch it", "trade the",
             "change out", "exchange the",
             # "가방도 좀 작은걸로", "a smaller one": another of the kind, smaller or bigger (chains/revise.py)
             "작은걸로", "작은 걸로", "작은거로", "작은 거로", "더 작은", "조그만", "작은 사이즈", "큰걸로", "큰 걸로", "더 큰",
             "something smaller", "a smaller one", "smaller one", "something bigger", "a bigger one", "bigger one",
             "something larger", "a larger one"),
    "warmer": (# ("it's a fast so I'll be cranky and probably cold"): the person will feel the cold
               "probably cold", "i'll probably be cold", "i'll be freezing", "ill be freezing",
               "warmer", "something warm", "too cold", "too thin", "thicker", "따뜻", "추워", "두꺼운", "더 두껍",
               # ("one more like look 1 for cooler days? it's Seattle in october": colder days, warmer clothes)
               "cooler days", "cooler weather", "cooler evenings", "cooler nights", "cooler temps", "when it's cooler",
               "when its cooler",
               # "it gets chilly there, anything to change for the evening part?"
               "gets chilly", "get chilly", "gets cold", "get cold", "getting chilly", "getting cold",
               "추워져", "추워지", "쌀쌀해져", "쌀쌀해지", "추우니까", "추울 것 같", "추울거 같", "추울거같", "추울것같", "추울듯", "추울 듯",
               "추운데", "춥대", "춥다던데",
               # "what if it snows that day?", "눈 오면 어떻게 해요?": the looks made ready for it
               "what if it snows", "if it snows", "in case it snows", "if it's snowing", "if there's snow",
               "눈 오면", "눈이 오면", "눈 내리면", "눈이 내리면",
               # "these look kinda cold, it's like 5°C here": the looks on screen, too light for the day
               "look cold", "looks cold", "look kinda cold", "looks kinda cold", "look a bit cold", "looks a bit cold",
               "look too cold", "looks too cold", "look so cold", "looks so cold", "look chilly", "looks chilly",
               "추워 보", "추워보", "춥게 보", "얇아 보", "얇아보"),
    # "add a jacket", "겉옷 추가": a layer over the looks on screen, in the same season ("a jacket too" too:
    # chains/extract.py reads it where no new request comes with it)
    # "sparklier!! its nye", "좀 더 반짝이게": the jewellery and the bag that catch the light
    "sparkle": ("sparklier", "more sparkle", "more sparkly", "more bling", "more shimmer", "more shine", "shinier",
                "반짝이게", "반짝이는 걸로", "더 반짝", "좀 반짝", "반짝반짝하게"),
    "layer": ("add a layer", "add an outer layer", "add outerwear", "겉옷 추가",
              "아우터 추가", "외투 추가", "겉옷 하나 추가", "아우터 하나 추가", "위에 하나 더", "위에 뭐 하나 더",
              "위에 하나만 더", "one more layer", "another layer on top", "one more on top"),
    "cooler": ("cooler", "lighter", "too hot", "too warm", "시원", "더워", "덥겠", "더 가볍", "가벼운 걸로", "가벼운걸로",
               "more summery", "summery", "summerier", "more summer-y", "여름 느낌", "여름스럽게", "더 여름",
               # "skip the blazers, i run hot": a body that runs warm, lighter looks
               "i run hot", "i run warm", "i get hot easily", "i get warm easily", "더위를 많이 타", "더위 많이 타",
               "gets hot easily", "gets warm easily", "he runs hot", "she runs hot", "runs hot", "overheats easily",
               # "stage lights get hot so breathable stuff pls": lighter pieces
               "breathable stuff", "something breathable", "more breathable", "breathable pls", "breathable please",
               "breathable pieces", "통기성 좋은 걸로", "통기성 좋게",
               "열이 많아", "열이 많은",
               "가볍게", "lighter layer", "lighter jacket", "lighter coat",
               # "too wintery for May?", "너무 겨울 같아요": the looks on screen dressed for a colder season
               "too wintery", "too wintry", "too heavy for", "too thick for", "too much for the heat",
               "너무 겨울 같", "너무 겨울옷", "겨울 느낌이 너무", "너무 두꺼", "너무 두껍",
               # "the boots look way too heavy": a lighter piece in its place ("less puffy" is the sleek feel)
               "too heavy", "look heavy", "looks heavy", "less heavy", "덜 무거운", "너무 무거워", "무거워 보", "무거워보",
               "덜 두꺼운",
               # "these look too warm for july": the looks on screen, too warm for the day ("looks hot" is praise)
               "look too hot", "looks too hot", "look too warm", "looks too warm",
               "더워 보", "더워보", "덥게 보", "두꺼워 보", "두꺼워보",
               # "itll be super hot": the day ahead is hot, the looks on screen made for it
               *HOT_DAY_AHEAD),
    # "1번 좀 덜 꾸민 느낌으로", "less try-hard": plainer pieces, not a step down to street's prints and caps
    # (a plainer look is also a less formal one: extract adds less_formal beside it)
    "plainer": ("덜 꾸민", "덜꾸민", "안 꾸민", "안꾸민", "덜 꾸며", "너무 꾸민", "힘 뺀", "힘 빼", "너무 힘준", "힘준 느낌",
                "힙합스럽지 않", "너무 힙합", "덜 힙합", "less hip hop", "less hiphop", "too hip hop", "too hiphop",
                "애쓴 느낌", "덜 화려", "더 꾸안꾸", "꾸안꾸 느낌으로", "꾸안꾸로", "more effortless", "less try-hard",
                "less tryhard", "trying too hard", "try too hard", "tries too hard", "too try-hard", "too tryhard",
                "not try-hard", "plainer", "simpler", "a bit simpler", "less busy", "toned down",
                # "너무 화려해", "it's too flashy": quieter pieces (not "nothing too flashy", a wish of a request)
                "너무 화려해", "너무 화려하네", "좀 화려해", "화려해요", "so flashy", "less flashy", "way too flashy",
                "kinda flashy", "it's too flashy", "its too flashy", "they're too flashy", "theyre too flashy",
                "these are too flashy", "too much going on", "너무 튀는데", "너무 튀어", "좀 튀는데", "좀 튀어", "넘 튀는데",
                # "너무 화려한 건 싫어요", "너무 튀는 색은 싫어": quieter pieces and colours
                "화려한 건 싫", "화려한건 싫", "너무 화려한", "튀는 색은 싫", "튀는 색 싫", "덜 튀게"),
    "less_formal": (# ("너무 어른스럽게 말고", "too grown-up for a 19 year old"): younger, more relaxed
                    "어른스럽게 말고", "너무 어른스럽", "덜 어른스럽", "too grown up", "too grown-up", "too mature",
                    "less mature", "less grown up",
                    # ("2번 너무 아재같아요;; 좀 요즘 애들처럼", "less preppy, I look like a youth pastor")
                    "아재같", "아재 같", "아재룩", "요즘 애들처럼", "요즘 애들 같이",
                    "too dad", "dad vibes", "look like a dad", "like a youth pastor",
                    # ("남편 꺼는 너무 아저씨같아요 좀 더 젊게요", "make his less golf dad")
                    "좀 더 젊게", "더 젊게", "젊은 느낌으로", "less dad", "less golf dad", "less of a dad", "less grandpa",
                    "less preppy", "too preppy",
                    "less formal", "not so formal", "not as formal", "not that formal", "not too formal", "more casual", "more relaxed", "too formal", "too dressy", "too fancy",
                    # ("정장은 좀 과한 것 같고 자켓 정도만 입으면 될까요?": a jacket, not a suit)
                    # (a statement, not "정장은 너무 과한가요?", which asks)
                    "정장은 좀 과한 것 같", "정장은 과한 것 같", "정장은 너무 과한 것 같", "정장까진 과한 것 같",
                    "정장까지는 과한 것 같", "수트는 좀 과한 것 같", "수트는 과한 것 같", "정장은 좀 과한 듯", "정장은 과한 듯",
                    "a suit is too much", "a suit is overkill", "suit feels like too much", "suit seems like too much",
                    # ("look 1 is too much, more casual": said of a look, a step down)
                    "is too much", "is way too much", "is a bit too much", "looks too much", "feels too much",
                    "less dressy", "less dressed up", "not so dressy", "not as dressy", "less fancy", "dressed down",
                    # ("one thing for dinner in puerto natales after, nothing fancy")
                    "nothing fancy", "nothing too fancy", "not fancy", "not too fancy", "nothing dressy",
                    "nothing too dressy", "nothing too formal",
                    "dress down", "more low-key", "more lowkey", "more low key", "덜 격식",
                    # "정장 말고 세미로": tailoring without the suit and tie
                    "정장 말고", "정장말고", "정장은 말고", "세미로", "세미 정장으로", "세미정장으로", "세미 정장 느낌",
                    "정장까진", "정장까지는", "정장까지 입", "정장 입을 정도는", "not a full suit", "no need for a suit",
                    "don't need a suit", "dont need a suit", "suits feel wrong", "suit feels wrong", "not a suit",
                    "no suit", "not suit and tie", "not a suit and tie", "without a suit",
                    "stuffy", "less stuffy", "too stuffy", "loosen it up", "more fun", "too serious", "less serious",
                    "overdressed", "over-dressed", "too dressed up", "너무 차려입", "차려입진 않", "차려입지 않", "차려 입진 않",
                    "차려입진 말", "not too dressed up", "not too wedding", "not like a wedding guest",
                    "dress it down", "덜 포멀", "더 캐주얼", "너무 포멀", "더 편하게", "너무 격식", "덜 차려입",
                    "너무 정장", "너무 하객룩", "하객룩 같", "하객룩같", "너무 출근룩", "출근룩 같", "덜 딱딱", "딱딱해", "딱딱하네", "딱딱한데", "딱딱한 정장", "딱딱하지 않게", "딱딱하지 않은",
                    "딱딱하지않게", "너무 딱딱", "too stiff", "less stiff", "less corporate",
                    "like a banker", "look like a banker", "like a lawyer", "too corporate", "너무 회사원",
                    "like an accountant", "like a accountant", "like an office worker", "like a salesman",
                    "like i'm going to work", "like im going to work", "like i'm at work", "like im at work",
                    "회사원 같", "회사원처럼 보이", "출근하는 사람 같", "출근룩 같", "출근룩처럼 보이",
                    # fresher, not dressed young: the stiff pieces give way (the note says the rest)
                    "젊어 보이게", "젊어보이게", "어려 보이게", "어려보이게", "look younger", "look more youthful",
                    # a step back after "more formal": "hmm too much, something in between", "그 중간 정도로"
                    "that's too much", "thats too much", "it's too much", "its too much", "hmm too much", "way too much",
                    "too much now", "something in between", "in between", "somewhere in between", "middle ground",
                    "a bit much", "kinda much", "그 중간", "중간 정도", "중간쯤",
                    # ("look 1 feels like too much": said of a look, a step down)
                    "feels like too much", "looks like too much"),
    "more_formal": ("look professional", "more professional", "professional looking", "more formal", "dressier", "smarter", "too casual", "dress it up", "dress up", "더 포멀",
                    "a bit sharper", "look sharper", "look sharp", "more polished", "more put together",
                    # "make it look less cheap", "좀 더 고급스러워 보이게": polished pieces, a step up
                    # ("love 3 but can you make it less... club? I'm 44"): grown-up, not a night out's
                    "less club", "less clubby", "too clubby", "too club", "less clubbish", "more grown up",
                    "more grown-up", "more age appropriate", "more age-appropriate", "덜 클럽", "클럽 느낌 말고",
                    "less cheap", "more expensive", "look expensive", "classier", "more classy", "more upscale",
                    "more luxe", "more luxurious", "고급스러", "고급스럽", "고급지게", "있어 보이게", "있어보이게",
                    "싸 보이지 않게", "싸보이지 않게", "저렴해 보이지 않게", "저렴해보이지 않게",
                    "look cheap", "looks cheap", "looking cheap", "not cheap looking",
                    "더 격식", "단정하게", "너무 캐주얼", "덜 캐주얼", "덜 편하게", "less casual",
                    # "theatre night, make it a little dressy": a step up from the occasion's usual
                    "a little dressy", "a bit dressy", "bit dressy", "little dressy", "slightly dressy",
                    "kinda dressy", "somewhat dressy", "something dressy", "make it dressy", "more dressed up",
                    "kinda fancy", "a bit fancy", "a little fancy", "bit fancy", "little fancy", "semi fancy", "semi-fancy",
                    "fancy-ish", "fancyish", "somewhat fancy",
                    "좀 차려입", "좀 꾸민", "격식 있게", "격식있게", "더 차려입", "더 차려 입", "더 꾸민",
                    # "너무 젊어 보여요 좀 더 점잖은 걸로": the mother of the bride, dressed with more gravity
                    "점잖은 걸로", "점잖게", "더 점잖", "너무 젊어 보여", "너무 어려 보여", "너무 젊어보여", "너무 어려보여",
                    "looks too young", "too youthful", "too young looking", "too young-looking", "not too young",
                    # ("1번 아빠가 보시더니 너무 젊은척하는거 같대요", "underdressed next to the morning suits")
                    "젊은척하는거 같", "젊은 척하는 거 같", "젊은척하는 거 같", "젊은 척하는거 같", "underdressed",
                    # ("Look 1 looks like something my grandson would wear"): too young for him, a grown-up step up
                    "like something my grandson would", "like something my granddaughter would",
                    "like something my grandkids would", "like something my son would", "like something a teenager would",
                    "손자가 입을 것 같", "손자가 입을거 같", "손주가 입을 것 같", "손자 옷 같",
                    "under-dressed", "under dressed",
                    "look older", "look more mature", "성숙하게", "성숙해 보이", "성숙해보이", "나이 들어 보이게",
                    "more mature", "more grown up", "more grown-up", "more age appropriate", "more age-appropriate",
                    # "less sporty", "too gym-y", "not that sporty pls": away from sportswear, a step up
                    "less sporty", "not so sporty", "not that sporty", "too sporty", "too athletic", "less athletic", "less gym", "덜 스포티", "너무 스포티",
                    "운동복 같", "운동복같"),
    "cheaper": ("cheaper", "less expensive", "too expensive", "too pricey", "pricey", "더 싸", "더 싼", "싼 걸로",
                "더 저렴", "저렴한", "저렴하게", "너무 비싸",
                # "will probably get beer spilled on me so nothing expensive": the price said to be unknown
                "nothing expensive", "not expensive", "nothing too expensive", "nothing pricey", "cheap stuff",
                "비싼 건 말고", "비싼거 말고", "비싼 거 말고", "비싸지 않",
                # ("look 1 is cute but it's like half my budget", "예산 초과"): too much of what they have to spend
                "half my budget", "my whole budget", "over my budget", "over budget", "out of my budget",
                "blows my budget", "can't afford", "cant afford", "예산 초과", "예산을 넘", "예산 넘어", "가격이 부담",
                "가격 부담", "예산이 부담"),
}

# "Is this bomber warm enough for december?", "겨울에도 입을 수 있을까요?", "are they too summery?": whether a
# piece suits the season's cold, answered from its warmth.
# A question about how a piece on screen behaves, which a look's words can answer only in part
# ("are the boots in look 2 waterproof?", "will i sweat in look 3?", "1번 셔츠 구김 잘 가요?")
PROPERTY_TERMS: dict[str, tuple[str, ...]] = {
    "rain": ("waterproof", "water proof", "water-proof", "water resistant", "water-resistant", "rainproof",
             # ("1번 점퍼 아빠가 좋아할 스타일인데 비오면 어떡하죠", "what if it rains in look 2?")
             "비오면 어떡", "비 오면 어떡", "비오면 어쩌", "비 오면 어쩌", "what if it rains", "if it rains?",
             "get soaked", "방수", "비 맞아도", "비에 젖", "젖지 않",
             # ("are the shoes in look 2 ok in puddles?", "길이 침수되는데 2번 신발 괜찮아요?")
             "puddle", "puddles", "streets flood", "물웅덩이", "웅덩이"),
    "heat": ("breathable", "breathe", "will i sweat", "would i sweat", "sweat in", "sweat through", "sweaty",
             "too hot in", "hot under", "too warm for a", "too warm if", "too hot if", "be too warm", "be too hot",
             "gonna be too warm", "gonna be hot", "통기성", "땀 차", "땀차", "땀이 차", "덥지 않을까", "더울까", "덥지 않나",
             "looks hot", "look hot", "looks warm for", "더워보이", "더워 보이", "덥지 않", "더울 것 같", "더울거 같"),
    "cold": ("freezing on the plane", "if its freezing", "if it's freezing", "if it is freezing", "cold on the plane",
             "chilly on the plane", "if it gets cold", "if its cold", "if it's cold"),
    # "그 가방 노트북 들어가요?", "will my laptop fit in the bag in look 2?": what the bag carries
    "capacity": ("laptop fit", "fit a laptop", "fit my laptop", "fits a laptop", "fits my laptop", "laptop in it",
                 "laptop inside", "hold a laptop", "carry a laptop", "big enough for", "노트북 들어", "노트북이 들어",
                 "노트북 넣", "서류 들어", "a4 들어", "a4 들어가"),
    # "will red wine stains show a lot?", "얼룩 잘 보일까요?": what a spill does to the look's colours
    "stains": ("stain", "stains", "red wine", "spill", "spills", "spilled", "spilt", "얼룩", "와인 쏟", "와인을 쏟", "묻으면 티",
               "gets dirt", "get dirt", "gets dirty", "get dirty", "hay or dirt", "dirt on it", "더러워지", "더럽혀지", "흙 묻"),
    # "2번 바지 밑단 넓어요?", "are the pants in look 2 wide at the hem?": the leg's cut, which names may say
    "leg": ("밑단 넓", "밑단이 넓", "밑단 좁", "밑단이 좁", "통 넓", "통이 넓", "바지통", "wide at the hem", "wide at the bottom",
            "narrow at the hem", "are they wide", "is it wide-leg", "wide leg or", "slim or straight", "straight or slim",
            # ("바지 너무 딱 붙는건 아니죠?", "are the pants in look 2 skin tight?"): how close the leg sits
            "딱 붙는", "딱붙는", "너무 붙는", "너무 끼", "쫙 붙", "skin tight", "skin-tight", "too tight?", "are they tight",
            "are the pants tight", "are the trousers tight"),
    # "is the blazer long enough to cover my hips?", "3번 치마 너무 짧나?": how long a piece is, which names may say
    "length": ("long enough", "cover my hips", "cover my butt", "cover my bum", "cover the hips", "cover my backside",
               "too short?", "is it too short", "is that too short", "are they too short", "is the skirt too short",
               "너무 짧나", "너무 짧지 않", "짧지 않나", "짧지 않을까", "너무 짧을까", "엉덩이 덮", "엉덩이를 덮", "엉덩이 가려",
               "엉덩이를 가려", "기장 괜찮", "기장이 괜찮", "기장 어때", "기장이 어때",
               # ("2번 상의 크롭 기장이에요?", "is the top in look 2 cropped?": how long it is, no crop top asked)
               "크롭 기장이", "크롭기장이", "크롭 기장인", "크롭기장인", "크롭인가", "크롭이에요", "크롭이야", "크롭임",
               "크롭인지", "기장이 어느", "기장 어느", "기장이 어떻게", "is it cropped", "is the top cropped",
               "is that cropped", "are they cropped", "is it a crop", "cropped or not", "cropped?",
               # ("1번 코트 길이 저한테 어중간하게 올거같은데": where it will end on them)
               "길이 어중간", "길이가 어중간", "기장 어중간", "기장이 어중간", "어중간하게 올", "어중간한 길이",
               "길이가 애매", "기장이 애매", "기장 애매", "hit at an awkward", "awkward length",
               # ("2번 패딩 길이가 어디까지 오나요 저 키 160이에요", "where does the coat hit on me?")
               "어디까지 오", "어디까지 와", "어디까지 내려", "where does it hit", "where would it hit", "where will it hit",
               "where does the coat hit", "where does it end", "how long is the coat", "how long is the dress",
               "how long is the skirt", "how long is the jacket",
               # ("190인데 2번 바지 기장 길게 나오는거 있어요?", "do they come in a long inseam?")
               "길게 나오는", "기장 긴 거 있", "기장 긴거 있", "long inseam", "tall sizes", "come in long", "come in tall"),
    # "will look 1 photograph well? lots of selfies", "1번 사진 찍으면 너무 하얘보일까요?": how it comes out on camera
    "photo": ("photograph well", "photographs well", "photograph ok", "look good in photos", "look ok in photos",
              "in the photos", "in pics", "on camera", "selfies",
              "사진 찍으면", "사진 찍을 때", "사진찍으면", "사진 잘 나", "사진이 잘 나", "사진에 잘 나", "사진빨", "사진발",
              "셀카", "사진에 어떻게", "사진에 너무", "사진에서 너무", "사진에 하얗", "사진 속",
              # ("색이 좀 어두워서 사진에 괜찮을까요?", "look ok in pictures?")
              "사진에 괜찮", "사진에는 괜찮", "in pictures", "in the pictures", "in photos",
              "on zoom", "look weird on camera", "look ok on camera", "look good on camera", "webcam",
              # ("무대 조명 받으니까 색이 좀 있는게 나을까요"): how it reads in a spotlight (in English, "hot under
              # stage lights" asks about heat)
              "무대 조명", "조명 받"),
    # "does look 3 have pockets? I need somewhere for my phone", "1번 바지 주머니 있어요?"
    "pockets": ("pockets", "pocket", "주머니"),
    "grip": ("non-slip", "non slip", "nonslip", "slip resistant", "slip-resistant", "slippery", "good grip", "grip on ice",
             "미끄럼 방지", "미끄럼방지", "안 미끄러", "미끄럽지 않", "미끄러워", "미끄러울", "미끄럼 괜찮", "미끄러지지",
             "slip on ice", "slippy",
             # ("are those boots ok on icy sidewalks?": how they grip)
             "on icy", "on ice", "icy sidewalks", "icy pavements", "icy roads", "icy streets", "빙판길에", "빙판에서"),
    "fabric": ("wrinkle", "wrinkles", "wrinkly", "wrinkled", "creased", "crease", "creases", "need ironing", "stretchy", "any stretch", "have stretch",
               "survive", "hold up to", "stand up to", "durable", "snag",
               # ("look 1 jeans or look 2 pants, which holds up better in the wash?")
               "holds up better", "hold up better", "holds up best", "washes better", "wash better",
               "see-through", "see through", "itchy", "scratchy", "machine wash", "washable", "shrink", "pill",
               "throw in the wash", "in the washing machine", "dry clean", "dry-clean", "물빨래", "드라이클리닝",
               "made of", "what material", "what fabric", "which fabric", "is it wool", "is it cotton", "is that wool",
               "100% cotton", "100 percent cotton", "all cotton", "면 100%", "면100%", "순면",
               # ("which of these fabrics will hide it? I sweat", "white or black hides sweat better?", "블라우스 소재 어떤가요")
               "hide sweat", "hides sweat", "sweat marks", "sweat stains", "show sweat", "shows sweat", "of these fabrics",
               "fabrics will", "fabric will hide",
               "땀 자국", "땀자국", "땀이 티", "땀 티", "소재 어떤", "소재는 어떤", "소재 어때", "소재가 어때",
               # ("털 엄청 빠지는 애라 털 안붙는 소재로요", "fabric that won't hold dog hair")
               "털 안붙", "털 안 붙", "털이 안 붙", "털이 안붙", "dog hair", "pet hair", "cat hair", "개털",
               "무슨 소재", "어떤 소재", "소재가 뭐", "소재 뭐", "재질",
               "구김", "구겨", "무릎 나오", "무릎이 나오", "무릎 튀어나", "무릎이 튀어나", "신축성", "스판", "늘어나", "비치", "비침", "따가", "까슬", "세탁", "보풀", "줄어",
               # ironing ("1번 셔츠 다림질 필요해요?"), shedding ("노란 니트 털 많이 빠지나요?"), the black's wash ("true
               # black or that faded washed black?")
               # ("any metal zips or studs in look 1? the metal detector is super strict"): hardware
               "metal detector", "zips or studs", "금속 탐지", "금속탐지",
               # ("the fuzzy sweater in look 1 near bunsen burners, is that a bad idea?"): what a flame does to it
               # ("2번 상의 젖으면 비치는거 아니죠??" at a water festival): what water does to a pale top
               "젖으면 비치", "젖으면 속이", "see through when wet", "see-through when wet",
               "bunsen", "near a flame", "near the flame", "near flames", "open flame", "near the fire", "near a fire",
               "불 가까이", "불 근처",
               "다림질", "다리미", "안 다려도", "ironing", "need to iron", "have to iron", "does it shed", "will it shed",
               "shed a lot", "shedding", "털 빠", "털이 빠", "털 많이 빠", "털빠", "washed black", "faded black",
               "물 빠지나", "물빠짐", "물 빠짐", "물빠지나", "색 빠지나", "색빠짐", "이염",
               # how it sits when seated ("does the jacket bunch up at the back when you sit?")
               "bunch up", "bunches up", "bunching", "ride up", "rides up", "앉으면 뭉", "앉으면 말려", "앉으면 올라"),
    # "1번 원피스 허리 라인 들어가는거 맞죠?", "does the dress in look 2 have a waist?": where its waist sits
    "waist": ("허리 라인", "허리라인", "허리선", "waistline", "waist line", "have a waist", "cinched", "nipped in",
              "fitted at the waist", "empire waist"),
}

WARM_ENOUGH_TERMS: dict[str, tuple[str, ...]] = {
    "warm": ("warm enough", "too cold for", "is it warm", "is that warm", "are they warm", "is it warm enough",
             "be enough for october", "be enough for november", "be enough for winter", "enough for the cold",
             "hold up at", "따뜻해요?", "따뜻한가요", "따뜻한 편",
             # "5월 말인데 밤에 춥나요?", "does it get cold at night?": the evening's chill asked of the looks
             "밤에 춥나요", "밤에 추운가요", "밤에 쌀쌀한가요", "밤에 쌀쌀할까", "밤에는 춥나요", "저녁에 춥나요",
             "cold at night?", "chilly at night?", "get cold at night", "gets cold at night", "get chilly at night", "will i be cold", "will i freeze", "too summery", "too thin for",
             "ok in december", "ok in winter", "okay in winter", "okay in december", "fine in winter",
             "fine in december", "ok for winter", "ok for december", "wear it in winter", "wear them in winter",
             "따뜻할까", "따뜻할까요", "안 추울까", "춥지 않을까", "추울까", "겨울에도 입을 수", "겨울에 입어도",
             "겨울에도 입어도", "겨울에 신어도", "겨울에도 신어도", "겨울에도 괜찮", "너무 여름", "얇지 않을까",
             "충분해", "충분할까", "충분한가", "충분하겠", "warm enough for the wind", "enough for the wind",
             # ("2번 코트 안에 히트텍 입으면 영하 10도에도 버틸수 있을까요": whether it keeps them warm, asked)
             "버틸 수 있을까", "버틸수 있을까", "버틸수있을까", "버틸 수 있나", "버틸수 있나", "버틸수있나",
             "견딜 수 있을까", "견딜수 있을까", "견딜만", "견딜 만", "survive the cold", "get by in the cold",
             # ("2번 코트 철원 추위에 괜찮음?? 영하 15도래요")
             "추위에 괜찮", "추위에도 괜찮", "추위에 버틸", "ok for the cold", "okay for the cold", "enough for the cold",
             # ("2번 ... 저 춥을까봐 걱정돼요 안에 뭐 더 입을수 있나요", "would the top in look 1 be enough or do I need a
             # layer": the cold worried about, what goes under or over)
             "춥을까", "추울까봐", "추울까 봐", "추울 것 같", "추울거 같", "추울거같", "be enough or do i need",
             "enough or should i", "do i need a layer", "need a layer or",
             # ("cemetery at night, is it cold?", "밤되면 추워요?"): the place's cold asked of the looks on screen
             "is it cold", "will it be cold", "is it going to be cold", "gonna be cold", "going to be cold?",
             "will it get cold", "does it get cold", "is it chilly", "will it be chilly", "추워요?", "춥나요", "추운가요",
             "쌀쌀한가요", "쌀쌀해요?", "밤되면 추워", "밤 되면 추워", "저녁엔 추워요?", "밤엔 추워요?"),
}

# Questions with a note of their own in the knowledge base ("키 커보이게 입는 방법", "how high should my
# heels be?"): the note is the answer, in either language.
TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    # how many pieces weeks away take, and whether trousers may be repeated ("how many shirts for 8 weeks")
    "wardrobe:rotation": ("how many shirts", "how many tops", "how many trousers", "how many pants",
                          "how many blouses", "how many work outfits", "repeat the trousers",
                          "repeat trousers", "repeat the pants", "repeat pants", "wear the same trousers",
                          "wear the same pants", "same trousers twice", "same pants twice", "rewear the trousers",
                          "셔츠 몇 장", "셔츠는 몇 장", "셔츠 몇 벌", "바지 몇 벌", "바지는 몇 벌", "같은 바지 계속", "같은 바지 반복", "바지 반복", "같은 바지 또"),
    # ("저녁에 바베큐하는데 냄새 배도 괜찮은 옷", "고깃집 가는데 코트 냄새 배면 어케요"): smoke in the clothes
    "care:smell": ("냄새 배", "냄새배", "냄새가 배", "냄새 밸", "냄새가 밸", "고기 냄새", "smell like smoke", "고깃집이에요",
                   "고깃집이라", "고깃집인데", "korean bbq after", "kbbq after",
                   "smell like bbq", "smell like barbecue", "smoke smell", "bbq smell", "smells like smoke",
                   "smell of smoke", "smoky smell"),
    # ("가죽 관리는 어떻게 해요? 비 맞으면 큰일나요?", "how do I care for a leather jacket?")
    "care:leather": ("가죽 관리", "가죽은 관리", "가죽 재킷 관리", "가죽자켓 관리", "가죽 자켓 관리", "leather care",
                     "care for leather", "care for a leather", "care for my leather", "leather in the rain",
                     "leather get wet", "leather gets wet"),
    # ("아 애들껀 없는거죠?", "do you have kids' clothes?"): the catalogue dresses adults only
    "catalogue:kids": ("애들껀", "애들 껀", "애들꺼", "애들 꺼", "애들 옷", "아이 옷은", "아이들 옷", "아동복", "kids' clothes",
                       "kids clothes", "children's clothes", "clothes for the kids", "for the kids too", "kids sizes"),
    # ("가슴이 커서 셔츠 단추 사이 벌어지는게 스트레스", "1번 블라우스 랩스타일이면 안벌어지죠?"): a full bust and what sits flat
    "body:bust": ("가슴이 커서", "가슴이 큰 편", "가슴 때문에", "큰 가슴", "단추 사이 벌어", "단추가 벌어", "안벌어지", "안 벌어지",
                  "big bust", "large bust", "full bust", "busty", "gape at the bust", "gapes at the bust",
                  "gaping at the bust", "gap at the bust", "buttons gape"),
    # ("is look 1 a tux or a suit? idk the difference"): what makes a tuxedo
    "garment:tux-or-suit": ("tux or a suit", "tux or suit", "tuxedo or a suit", "tuxedo or suit", "suit or a tux",
                            "difference between a tux", "difference between a tuxedo", "tux vs suit", "tuxedo vs suit",
                            "턱시도랑 정장", "턱시도와 정장", "턱시도 정장 차이", "턱시도랑 정장 차이"),
    # ("steel toes are required on site, do any of these work with boots"): a site's boots, the look around them
    # ("it's very dusty there", "황사가 심하대요"): colours that hide it, shoes that wipe clean, a layer to shake out
    "weather:dust": ("dusty", "dust", "dust storm", "sandstorm", "먼지", "흙먼지", "황사"),
    "work:site-boots": ("steel toe", "steel toes", "steel-toe", "steel-toed", "safety boots", "안전화", "스틸토"),
    # ("do japanese business people still wear full suits in june? I heard something about cool biz")
    "work:cool-biz": ("cool biz", "coolbiz", "쿨비즈", "쿨 비즈"),
    # ("interview at a vet clinic ... a 2hr working interview", "so like, scrubs? or interview clothes?")
    "work:working-interview": ("working interview", "scrubs or", "scrubs? or", "or scrubs"),
    # ("trying crossfit before work ... lifting shoes vs running shoes for a beginner?"): a flat, firm sole
    "sport:lifting-shoes": ("lifting shoes", "weightlifting shoes", "shoes for lifting", "shoes for crossfit",
                            "crossfit shoes", "cross training shoes", "cross-training shoes", "역도화", "리프팅화",
                            "크로스핏 신발", "크로스핏화"),
    # ("배드민턴 동호회 ... 신발은 러닝화 있는데 그거 신으면 안되나요"): court shoes for a court sport
    "sport:court-shoes": ("play badminton", "playing badminton", "badminton club", "badminton lessons", "배드민턴 동호회",
                          "배드민턴 치", "배드민턴 쳐", "배드민턴 레슨", "play squash", "playing squash", "스쿼시 치",
                          "스쿼시 레슨", "play volleyball", "playing volleyball", "volleyball league", "배구 동호회",
                          "탁구 치", "탁구 동호회", "play futsal", "풋살 하", "court shoes"),
    # ("ice skating at the outdoor rink, I cannot skate", "jeans or no? people say jeans get wet")
    "sport:ice-skating": ("ice skating", "ice-skating", "go skating", "go ice skating", "스케이트 타"),
    # ("first beach week since my colostomy surgery, the bag sits just under my belt line")
    "body:ostomy": ("ostomy", "colostomy", "ileostomy", "urostomy", "stoma", "장루", "인공항문", "스토마"),
    # ("a Sikh wedding at a gurdwara ... do I need to cover my head?"): what the gurdwara asks of every guest
    # ("do I need to cover my head?"): which places ask it of whom (a nikah said before: its own note, chains/actions.py)
    "ceremony:head-cover": ("cover my head", "cover your head", "cover our heads", "cover her head", "cover his head",
                            "cover their heads", "cover the head", "head covering", "head-covering", "head covered",
                            "head cover", "head scarf needed", "머리를 가려", "머리 가려", "머리를 가리", "머리 가리",
                            "머리에 스카프", "머리 덮"),
    "ceremony:nikah": ("nikah", "nikkah", "nikaah", "walima", "valima", "muslim wedding", "islamic wedding", "니카흐",
                       "니카 예식", "니카 결혼식", "이슬람 결혼식", "이슬람식 결혼식", "무슬림 결혼식"),
    # the dress of a place or a people asked about by name ("can I wear a guayabera?"): where and when it is right
    "garment:guayabera": ("guayabera", "guayaberas", "과야베라"),
    "garment:barong": ("barong", "barongs", "barong tagalog", "filipiniana", "바롱"),
    "garment:sherwani": ("sherwani", "sherwanis", "bandhgala", "bandgala", "nehru jacket", "nehru jackets", "jodhpuri",
                         "셰르와니", "네루 재킷"),
    "garment:kilt": ("kilt", "kilts", "킬트"),
    "garment:kimono": ("kimono", "kimonos", "yukata", "yukatas", "기모노", "유카타"),
    "garment:mundu": ("mundu", "mundus", "veshti", "vesti", "dhoti", "dhotis", "lungi", "kasavu", "문두", "도티", "룽기"),
    # ("오른팔 깁스했어요 팔꿈치까지", "my arm's in a cast"): sleeves that pass over it, and one free hand
    "injury:arm-cast": ("cast on my arm", "arm in a cast", "arm's in a cast", "arm is in a cast", "arm cast", "wrist cast",
                        "broken arm", "broken wrist", "arm in a sling", "팔 깁스", "팔에 깁스", "팔이 깁스", "오른팔 깁스",
                        "왼팔 깁스", "팔깁스", "손목 깁스", "팔 골절", "팔이 부러", "손목 골절", "팔에 붕대"),
    # ("발목 깁스함 반깁스고 목발 짚어요", "I'm on crutches"): wide legs over the cast, one shoe, hands free
    "injury:leg-cast": ("ankle cast", "leg cast", "foot cast", "walking boot", "moon boot", "broken ankle", "broken leg",
                        "broken foot", "on crutches", "crutches", "발목 깁스", "다리 깁스", "발 깁스", "반깁스", "목발",
                        "발목 골절", "다리 골절", "발목이 부러", "다리가 부러"),
    # ("do i really have to take my shirt off inside??" at Guruvayur): what Kerala's temples ask of men and women
    "ceremony:kerala-temple": ("shirt off", "take my shirt off", "shirtless", "bare-chested", "bare chested",
                               "guruvayur", "padmanabhaswamy", "sabarimala", "상의를 벗", "웃통"),
    "ceremony:tirupati": ("tirupati", "tirumala", "티루파티"),
    "ceremony:gurdwara": ("gurdwara", "gurudwara", "sikh wedding", "anand karaj", "구르드와라", "시크교 결혼"),
    # ("and is red ok or is that the bride's colour" at a Sikh wedding): whose colour is whose, by tradition
    "colour:brides": ("bride's colour", "brides colour", "bride's color", "brides color", "bride colour", "bride color",
                      "colour of the bride", "color of the bride", "the bride wears red", "신부 색", "신부색", "신부 컬러"),
    # ("nothing that can't handle spit up please, I'll be holding the baby"): what washes and what hides it
    # ("going to a holi celebration ... will the colors come out of look 2?"): the powder's stains, and what to wear
    "care:holi": ("holi", "gulal", "colour powder", "color powder", "colored powder", "coloured powder", "powder gets in",
                  "colors come out", "colours come out", "홀리 축제", "색깔 가루", "컬러 파우더"),
    "care:spit-up": ("spit up", "spit-up", "spitup", "spit-ups", "spits up", "spitting up", "baby puke", "baby vomit",
                     "baby drool", "게워", "분유 토", "토하는 아기", "아기가 토", "애기가 토"),
    # ("the lab coat goes over everything anyway, is there any point dressing up?", "fuzzy sweater near bunsen
    # burners?"): what shows under the coat, and what a lab rules out
    "work:lab": ("lab coat goes over", "under my lab coat", "under a lab coat", "under the lab coat", "under lab coats",
                 "lab coat over", "bunsen", "chemistry lab", "science lab", "실험복", "실험실",
                 "알코올램프", "분젠"),
    "garment:hanbok": ("한복", "hanbok"),
    "garment:saree": ("saree", "sarees", "sari", "lehenga"),
    # "is it ok for me to wear a lehenga or is that too much?", "i don't want to be disrespectful": yes, and how
    "guest:indian-wear": ("wear a lehenga", "in a lehenga", "lehenga or", "wear a lehenga as a foreigner",
                          "wear a saree as a foreigner", "saree as a foreigner", "lehenga as a foreigner",
                          "레헹가 입어도", "사리 입어도"),
    # very tall: sleeves and hems that never reach ("6'4, sleeves always short", "키 190인데 맞는 옷이 없음")
    "body:tall": ("sleeves always short", "sleeves are always short", "sleeves always too short", "sleeves too short",
                  "sleeves are always too short", "pants always too short", "pants are always too short",
                  "trousers always too short", "trousers are always too short", "jeans always too short",
                  "nothing fits me length", "too tall for most", "tall girl problems", "tall guy problems",
                  # "can you only show stuff that comes in tall sizes?", "trousers always end up ankle length"
                  "tall sizes", "tall size", "tall range", "tall ranges", "tall fit", "comes in tall", "long inseam",
                  "end up ankle length", "ends up ankle length", "always end up ankle",
                  "소매가 짧", "소매가 항상 짧", "소매 기장이 짧", "바지 기장이 짧", "바지가 짧아", "키가 커서 맞는", "키 커서 맞는", "맞는옷이 없", "맞는 옷이 없"),
    "body:taller": ("look taller", "appear taller", "seem taller", "feel taller", "to be taller", "make me taller",
                    "taller please", "taller pls", "a bit taller", "i'm short", "im short", "short guy", "petite",
                    "longer legs", "키 커보이", "키가 커 보이", "키 커 보이", "키가 작", "키 작은", "키 작아", "키작아", "키 작고",
                    "키도 작", "다리 길어 보이",
                    "다리가 길어 보이", "다리 길어보이", "다리 길어보여", "다리 길어 보여", "다리가 길어보여",
                    "땅딸막", "땅딸", "짜리몽땅", "stumpy", "look shorter", "swallowed by"),
    "body:belly": ("hide my belly", "hide my stomach", "hide my tummy", "belly", "tummy", "stomach", "muffin top",
                   # a fuller build: the same skimming cuts, nothing clinging
                   "chubby", "kinda chubby", "plus size", "plus-size", "bigger guy", "big guy", "heavier build",
                   "통통한 편", "통통해서", "통통한데", "좀 통통", "살집이 있", "살집이 좀", "살집 있", "살집있", "덩치가 있", "덩치 있",
                   "배 가려", "배가 가려", "배를 가려", "배 나온", "배가 나와", "뱃살", "똥배", "아랫배",
                   "배가 좀 나오", "배가 나오", "배 좀 나오", "dad bod", "beer belly",
                   # ("57세 키 170 배가 좀 나왔습니다")
                   "배가 좀 나왔", "배가 나왔", "배 나왔", "배 좀 나왔", "배가 좀 나와", "배가 많이 나왔"),
    # back after the birth, nursing or pumping: tops that open at the front, no dress to take off (not a bump)
    "body:nursing": ("after maternity leave", "back from maternity leave", "returning from maternity leave",
                     "back after maternity leave", "postpartum", "post-partum", "post partum", "still pumping",
                     "pumping at work", "i'm pumping", "im pumping", "breastfeeding", "breast feeding", "breast-feeding",
                     "nursing mom", "nursing mum", "nursing mother", "still nursing", "i'm nursing", "im nursing", "모유수유",
                     "모유 수유", "수유 중", "수유중", "유축", "출산 후", "산후조리", "출산휴가 끝", "육아휴직 끝", "육아휴직 후",
                     "출산하고"),
    "body:pregnancy": ("i'm pregnant", "im pregnant", "i am pregnant", "months pregnant", "weeks pregnant",
                       "pregnant and", "my pregnancy", "maternity", "my bump", "the bump", "임산부인데", "임산부예요",
                       "임산부라", "임산부에요", "임신 중", "임신중", "임신했", "임신 했", "만삭", "임부복", "출산 앞두고", "임신 전에", "임신 전엔", "before the bump",
                       *PREGNANCY_MONTHS),
    # ("I lost my leg below the knee ... done hiding the prosthetic"): clothes beside a prosthetic leg
    "body:prosthetic": ("prosthetic", "prosthesis", "amputee", "amputation", "lost my leg", "lost his leg", "lost her leg",
                        "의족", "절단 수술", "다리 절단"),
    # ("he's 5'9, used to be a 40R but he's lost weight"): what size to buy after losing or gaining weight
    "fit:weight-change": ("lost weight", "lost a lot of weight", "lost some weight", "has lost weight", "lost a ton of weight",
                          "gained weight", "put on weight", "gained some weight", "살이 빠졌", "살 빠졌", "살이 많이 빠",
                          "살 많이 빠", "살이 쪘", "살이 좀 쪘", "살쪄서", "살이 쪄서", "체중이 줄", "체중이 늘"),
    # ("사이즈 크게 사면 어깨랑 허리가 남아요"): sized up for one part, too big in the others
    "fit:size-up-gaps": ("사이즈 크게 사면", "한 치수 크게 사면", "크게 사면 어깨", "어깨랑 허리가 남", "허리가 남아", "어깨가 남아",
                         "허리가 떠", "허리가 뜨", "if i size up", "when i size up", "sizing up leaves", "gapes at the waist",
                         "gaps at the waist", "waist gaps", "too big in the shoulders", "too big in the waist"),
    "body:slim": ("look less skinny", "less skinny", "too skinny", "too thin", "skinny guy", "skinny build", "lanky",
                  "slim build", "i'm skinny", "im skinny", "i'm thin", "im thin", "마른 체형", "마른체형", "말라 보이", "말라보이",
                  # (a body said thin, not "머리 덜 말라서", hair not yet dry)
                  "몸이 말라서", "제가 말라서", "좀 말라서", "많이 말라서", "말라서 고민", "말라서 옷", "너무 말라",
                  "워낙 말라서", "저 말라서", "전 말라서", "이 말라서", "에 말라서", "는 말라서", "은 말라서", "멸치", "빼빼", "and skinny", "tall and skinny", "skinny and tall", "really thin",
                  "very thin", "baggy on me", "looks baggy on me", "everything looks baggy", "everything is baggy",
                  "swimming in", "옷이 커 보", "옷이 헐렁", "헐렁해 보", "마른편", "마른 편", "좀 마른", "말랐어", "말랐어요",
                  "말른 편", "kinda skinny", "pretty skinny"),
    "suit:colour": ("what colour suit", "what color suit", "which colour suit", "which color suit", "suit colour",
                    "suit color", "colour of suit", "color of suit", "colour of the suit", "color of the suit",
                    "색 정장", "정장 색", "정장색", "정장 컬러", "수트 색", "양복 색", "정장은 무슨 색", "정장 무슨 색",
                    "정장 어떤 색", "정장은 어떤 색", "정장 어떤색", "정장은 어떤색", "정장 뭔 색", "양복 어떤 색",
                    "양복은 어떤 색", "수트 어떤 색", "수트는 어떤 색", "어떤 색 정장", "무슨 색 정장", "어떤 색깔 정장",
                    "정장 색깔", "what colour of suit", "what color of suit",
                    # (longer than the safe-colours note's "어떤 색이 무난", so the suit's answer wins)
                    "정장 어떤 색이 무난", "정장은 어떤 색이 무난", "정장 무슨 색이 무난", "정장 색이 무난", "정장 색은 뭐가 무난",
                    "safest suit colour", "safest suit color", "safest colour suit", "safest color suit"),
    # ("구청 9급 공무원 첫 출근합니다 정장 입어야 되나요"): a first day at work, not an interview
    "work:first-day": ("첫 출근", "첫출근", "출근 첫날", "입사 첫날", "first day at work", "first day of work",
                       "first day at my new job", "first day at the new job", "first day on the job", "starting a new job monday"),
    # ("골프화 없어도 돼요?", "do I need golf shoes?"): the course's dress code answers it
    "occasion:golf": ("골프화", "golf shoes", "golf shoe", "골프 복장", "골프장 복장", "golf dress code", "golf course dress code"),
    "interview:suit": ("정장 꼭", "꼭 정장", "정장 입어야", "정장을 입어야", "정장 필수", "정장 안 입어도", "정장 안입어도", "복장 자율",
                       "have to wear a suit", "need to wear a suit", "do i need a suit", "must i wear a suit",
                       "is a suit necessary", "suit required", "need a suit for an interview", "need a suit for the interview",
                       "need a suit for my interview", "need a suit for interviews", "need a suit for work"),
    "style:younger": ("젊어 보이게", "젊어보이게", "젊어 보이는", "젊어보이는", "어려 보이게", "어려보이게", "동안으로", "동안처럼", "동안 코디", "동안룩", "동안 룩", "look younger",
                      "younger looking", "look more youthful", "less old", "not look old",
                      # a piece that looks old on them: how to make it read younger
                      "not frumpy", "looking like my grandma", "look like my grandma", "like a grandma", "grandma-ish",
                      "looks old", "look too old", "looks dated", "올드해", "올드하", "올드한", "나이 들어 보",
                      "나이들어 보", "촌스러"),
    "travel:plane": ("비행기에서", "비행기 탈 때", "기내에서", "기내 복장", "비행기 안에서", "on the plane", "on the flight",
                     "for the flight", "plane outfit", "airport outfit", "공항 패션", "공항룩"),
    "garment:tuck-bulk": ("without bulk", "no bulk", "bulky when tucked", "tuck it in without", "how do i tuck",
                          "how to tuck", "front tuck", "french tuck", "뭉치지 않게", "불룩하지 않게", "넣어 입는 법", "넣어입는 법"),
    "shoes:socks": ("socks or no socks", "sock or no sock", "no socks or", "sockless", "without socks", "no-show socks",
                    "no show socks", "what colour socks", "what color socks", "which socks", "sock colour", "sock color",
                    "socks with loafers", "socks with these", "양말 신어야", "양말 없이", "양말 색", "양말은 무슨", "양말 신어도",
                    "페이크삭스", "덧신"),
    "garment:shorts-over-tights": ("shorts over tights", "shorts over leggings", "tights under shorts", "레깅스 위에 반바지",
                                   "타이츠 위에 반바지", "레깅스에 반바지", "타이츠에 반바지"),
    "funeral:pallbearer": ("pallbearer", "pall bearer", "carrying a casket", "carry the casket",
                          "carrying the casket", "carrying the coffin", "carry the coffin", "운구"),
    "party:80s": ("80s", "80's", "eighties", "1980s", "80s themed", "80s party", "80년대", "레트로 파티"),
    "shoes:warm-boots": ("what boots are warm", "boots warm enough", "warm enough boots", "warmest boots",
                         "insulated boots", "snow boots", "winter boots", "방한화", "방한 부츠", "따뜻한 부츠", "털부츠",
                         "boots would work", "boots for the snow", "boots for snow", "boots in the snow", "boots in snow",
                         "boots for walking", "눈길에 신을", "눈 올 때 신을", "눈길 부츠", "눈에 신을 부츠"),
    "garment:gown-cover": ("over a gown", "over my gown", "over the gown", "over an evening dress", "wrap or coat",
                           "coat over a gown", "wrap over a gown", "stole", "드레스 위에", "원피스 위에 걸칠",
                           # ("what about a wrap for the walk from the car?" at a gala)
                           "a wrap for", "what about a wrap", "need a wrap", "a shawl", "pashmina"),
    "garment:vest-layering": ("조끼 안에", "패딩조끼 안에", "패딩 조끼 안에", "knit under a vest", "sweater under a vest",
                              "under a puffer vest", "under the vest", "under a gilet"),
    "garment:running-gloves": ("gloves while running", "gloves for running", "running gloves", "gloves when i run",
                               "gloves on a run", "러닝 장갑", "달릴 때 장갑", "뛸 때 장갑"),
    "activity:kimjang": ("김장", "고무장갑", "kimchi making", "making kimchi", "kimjang"),
    "garment:roll-sleeves": ("roll my sleeves", "roll up my sleeves", "roll the sleeves", "rolled sleeves",
                             "rolling sleeves", "sleeves rolled", "소매 걷", "소매를 걷", "소매 접", "소매를 접"),
    "garment:tie-needed": ("넥타이 꼭", "넥타이 매야", "넥타이를 매야", "넥타이 해야", "넥타이 안 매도", "넥타이 안매도",
                           "노타이", "have to wear a tie", "need to wear a tie", "need a tie", "tie necessary",
                           "tie required", "must i wear a tie"),
    # "is a light grey suit ok or does it have to be navy?", "회색 정장 괜찮아요?": which suit colour, for where
    "garment:suit-colour": ("grey suit ok", "gray suit ok", "light grey suit", "light gray suit", "grey or navy suit",
                            "navy or grey suit", "navy or charcoal", "charcoal or navy", "suit colour", "suit color",
                            "colour of suit", "color of suit", "what colour suit", "what color suit", "black suit ok",
                            "does it have to be navy", "회색 정장 괜찮", "그레이 정장 괜찮", "정장 색", "정장 무슨 색", "정장은 무슨 색",
                            "네이비 정장이 나아", "검정 정장 괜찮", "양복 색"),
    "garment:waistcoat": ("waistcoat", "waistcoats", "a vest with my suit", "suit vest", "three-piece", "three piece suit",
                          "3-piece", "정장 조끼", "양복 조끼", "조끼 입어야", "조끼도 입어야", "조끼 꼭", "베스트 입어야", "쓰리피스", "스리피스"),
    "activity:bowling": ("bowl in", "bowling shoes", "shoes for bowling", "shoes to bowl", "at a bowling alley",
                         "bowling alley", "볼링화", "볼링장", "볼링 칠"),
    "activity:straight-from": ("straight from the gym", "straight from the hike", "straight from hiking",
                               "in my gym clothes", "in gym clothes", "in my workout clothes", "in my hiking clothes",
                               "in hiking clothes", "in my hiking gear", "hiking clothes to", "still in my hiking",
                               "등산복 그대로", "등산복 입고", "등산복 차림", "등산복으로", "운동복 그대로", "운동복 차림",
                               "운동복 입고 바로", "하산하고", "하산 후", "하산해서"),
    # "what fabrics should I be looking for" (in heat), "is linen ok or will it look all crumpled in photos",
    # "anything that dries fast? and not see-through when wet"
    "fabric:hot-humid": (# ("im drenched by the time i walk from the metro", "no AC in the afternoon"): what breathes
                         "drenched", "sweaty", "sweat through", "sweat patches", "sweating", "sweat a lot", "no ac",
                         "no a/c", "power cuts", "power cut", "hot and sticky", "땀이 많", "땀 많이", "땀범벅", "땀을 많이",
                         "에어컨 없", "에어컨이 없", "정전",
                         "what fabrics", "what fabric", "which fabrics", "which fabric", "breathable fabric", "breathable fabrics",
                         "breathable material", "fabrics for", "무슨 소재", "어떤 소재", "소재 추천", "소재는 뭐",
                         "통기성 좋은 소재"),
    "fabric:linen-creases": ("linen crease", "linen creases", "linen wrinkle", "linen wrinkles", "crumpled",
                             "crumple", "creased in photos", "wrinkled in photos",
                             "린넨 구김", "린넨은 구겨", "린넨 구겨", "구김 많이", "구김이 많"),
    "fabric:monsoon": ("dries fast", "dry fast", "dries quickly", "dry quickly", "quick dry", "quick-dry",
                       "quick drying", "quick-drying", "see-through when wet", "see through when wet",
                       "see-thru when wet", "빨리 마르", "금방 마르", "젖어도 안 비치", "젖으면 비치", "비에 젖어도 안 비"),
    # ("is linen ok for a bank?"): linen in an office
    "fabric:linen-office": ("linen ok for", "linen okay for", "linen for work", "linen for the office", "linen at work",
                            "linen to work", "linen in the office", "linen at the office", "linen for a bank",
                            "린넨 출근", "린넨도 출근", "린넨 회사", "린넨도 회사", "린넨 괜찮"),
    "shoes:wellies-dress": ("wellies ok with a dress", "wellies okay with a dress", "wellies with a dress", "wellies with dresses", "wellies with a skirt", "wellies and a dress",
                            "rain boots with a dress", "원피스에 장화", "장화에 원피스"),
    # (asked of, not refused: "no crocs please" names no question)
    "shoes:crocs": ("wear crocs", "crocs ok", "crocs okay", "crocs fine", "crocs allowed", "are crocs", "crocs or",
                    "crocs embarrassing", "in crocs?", "rubber clogs", "크록스 신어도", "크록스 괜찮", "크록스 돼", "크록스 되"),
    "garment:ao-dai": ("ao dai", "áo dài", "aodai", "아오자이"),
    "garment:half-saree": ("half saree", "half-saree", "half sari", "langa voni", "pavadai davani", "하프 사리"),
    "garment:gamosa": ("gamosa", "gamusa", "가모사"),
    "garment:kebaya": ("kebaya", "kebayas", "baju kurung", "baju melayu", "케바야", "바주 쿠롱"),
    "travel:dead-sea": ("dead sea", "사해에", "사해도 간", "사해 가", "사해 여행"),  # (not 감사해요, 조사해)
    "garment:abaya": ("wear an abaya", "wear the abaya", "need an abaya", "need to wear an abaya", "abaya required",
                      "abaya mandatory", "have to wear an abaya", "아바야 입어야", "아바야 필요", "아바야를 입어야"),
    "garment:saree-layer": ("over a saree", "over my saree", "over the saree", "over a sari", "with a saree in the cold",
                            "사리 위에", "사리에 걸칠"),
    "fabric:linen-cotton": ("linen or cotton", "cotton or linen", "linen vs cotton", "cotton vs linen", "linen versus cotton",
                            "린넨이랑 면", "린넨 vs 면", "면이랑 린넨", "린넨 아니면 면", "면 아니면 린넨", "린넨이 나아 면이",
                            "린넨이랑 코튼"),
    "garment:short-sleeve-shirt": ("반팔 셔츠", "반팔셔츠", "short sleeve shirt", "short-sleeve shirt", "short sleeved shirt",
                                   "short-sleeved shirt", "short sleeves to work", "short sleeves at work",
                                   "short sleeves in the office"),
    "garment:fur": ("fur collar", "fur-collar", "fur trim", "fur-trimmed", "fur trimmed", "fur coat", "faux fur",
                    "faux-fur", "fur hood", "털 카라", "털카라", "털 칼라", "털이 달린", "털 달린", "퍼 카라", "퍼카라", "퍼 코트",
                    "퍼코트", "퍼 트리밍", "모피", "인조 퍼", "페이크 퍼", "페이크퍼"),
    "body:shoulders": ("broad shoulders", "broad-shouldered", "broad shouldered", "wide shoulders", "big shoulders",
                       "boxy on me", "inverted triangle", "어깨가 넓", "어깨 넓", "어깨깡패", "어깨가 좀 넓", "어깨가 조금 넓", "어깨가 많이 넓",
                       "어깨가 좀 있", "어깨가 있는 편", "shoulders are broad", "shoulders are wide",
                       "어깨가 커", "어깨 커서", "상체가 커", "상체가 크", "역삼각형"),
    "body:thighs": ("big thighs", "thick thighs", "thighs", "wide hips", "big hips", "pear shape", "pear-shaped",
                    "curvy",
                    "허벅지", "하체가 통통", "하체 통통", "하체 비만", "하체가 두꺼", "엉덩이가 커", "골반이 커",
                    "하체가 좀 통통", "하체 좀 통통", "하체가 좀 두꺼", "하체가 살짝 통통", "하체가 좀 있", "하체 콤플렉스",
                    "하체통통", "하체비만", "하체 튼실", "하체튼실"),
    "length:skirt": ("midi", "floor length", "floor-length", "maxi", "knee length", "knee-length", "mini skirt",
                     "미디", "롱 기장", "무릎 기장", "맥시", "미니스커트"),
    "hiking:winter": ("crampons", "microspikes", "micro spikes", "spikes", "gaiters", "아이젠", "스패츠", "등산 스틱",
                      "스틱", "trekking poles", "hiking poles", "walking poles"),
    "shoes:heel-height": ("heel height", "how high should", "how high a heel", "how many cm", "굽 높이", "굽은 몇",
                          "굽이 몇", "굽 몇", "몇 cm 굽", "몇cm 굽", "굽 높은", "굽은 어느",
                          # ("heels get caught in grates, flats or block heels?")
                          "caught in grates", "caught in the grates", "stuck in grates", "stuck in the grates",
                          "caught in the cracks", "flats or block heels", "block heels or flats", "flats or a block heel",
                          "블록힐이나 플랫", "플랫이나 블록힐", "굽이 끼", "틈에 끼"),
    "garment:tights": ("tights", "stockings", "pantyhose", "nylons", "bare legs", "bare-legged", "스타킹", "살스", "검스",
                       "타이즈", "타이츠", "맨다리"),
    "garment:turtleneck": ("turtleneck", "turtle neck", "roll neck", "rollneck", "polo neck", "터틀넥", "폴라티", "목폴라"),
    "shoes:comfort": ("destroy my feet", "kill my feet", "hurt my feet", "feet hurt", "sore feet", "comfortable shoes",
                      "comfy shoes", "발 아프", "발이 아프", "발 안 아픈", "편한 신발", "편한 구두", "stand in for",
                      "standing for", "on my feet for", "stand for hours", "stand all day", "오래 서", "오래 걸어도",
                      "오래 걷"),
    "garment:suspenders": ("suspenders", "braces", "멜빵", "서스펜더"),
    "garment:chinos": ("chinos and trousers", "chinos vs", "chinos or trousers", "difference between chinos",
                       "치노랑 슬랙스", "치노와 슬랙스", "치노 팬츠랑"),
    "weather:cold": ("keep warm", "stay warm", "warm but smart", "warm but still", "따뜻하면서", "따뜻하게 입으면서",
                     "보온", "안 춥게", "덜 춥게"),
    "event:black_tie:optional": ("black tie optional", "black-tie optional", "black tie opt", "블랙타이 옵셔널",
                                 "블랙 타이 옵셔널"),
    "garment:bow-tie": ("bow tie", "bowtie", "bow-tie", "나비넥타이", "나비 넥타이", "보타이"),
    "fabric:warm-knit": ("warmest fabric", "warmest knit", "warmest wool", "warmest material", "which wool",
                         "merino or", "lambswool", "cashmere is", "니트 소재", "소재 뭐가 따뜻", "따뜻한 소재", "소재가 따뜻",
                         "캐시미어는 비싸", "메리노", "램스울", "울 함량"),
    "fabric:base-layer": ("base layer", "baselayer", "base-layer", "thermal layer", "thermals", "is cotton ok",
                          "is cotton okay", "cotton ok for", "베이스레이어", "기능성 내의", "발열 내의", "히트텍", "내복"),
    "suit:skirt-or-trousers": ("skirt suit", "trouser suit", "pantsuit", "pant suit", "pants suit", "skirt or trousers",
                               "skirt or pants", "치마정장", "치마 정장", "바지정장", "바지 정장", "치마냐 바지", "치마 바지 뭐"),
    "travel:two-coats": ("패딩 하나 코트 하나", "코트 하나 패딩 하나", "패딩이랑 코트", "코트랑 패딩", "패딩 하나랑 코트",
                         "a puffer and a coat", "a coat and a puffer", "puffer and a wool coat", "a coat and a down"),
    "bag:interview": ("tote or structured", "structured bag", "tote or a structured", "interview bag", "면접 가방",
                      "면접에 가방", "면접 때 가방"),
    "garment:sweater-over-shirt": ("sweater over a collared shirt", "sweater over a shirt", "jumper over a shirt",
                                   "knit over a shirt", "sweater over shirt", "셔츠 위에 니트", "셔츠에 니트 레이어드",
                                   "니트 안에 셔츠", "셔츠 레이어드"),
    "event:funeral:colour": ("wear colour", "wear color", "wear colours", "wear colors", "hated black", "hate black",
                             "colourful", "colorful", "bright colours", "bright colors", "밝은 옷 입", "밝게 입",
                             "검정 말고", "검은 옷 말고", "화사하게"),
    "garment:gloves": ("gloves", "glove", "mittens", "장갑", "넥워머", "neck warmer", "neckwarmer"),
    "dresscode:semi-formal": ("semi formal", "semi-formal", "semiformal", "세미 포멀", "세미포멀"),
    # "what colours look good with a tan?", "웜톤인데 무슨 색?": colour with skin tone, not a brown piece
    "colours:skin": ("tanned", "skin tone", "skin tones", "skintone", "pale skin", "fair skin",
                     "olive skin", "dark skin", "darker skin", "deep skin", "brown skin", "undertone", "undertones",
                     "personal colour", "personal color", "피부톤", "피부 톤", "웜톤", "쿨톤", "퍼스널 컬러", "퍼스널컬러",
                     "피부가 까", "피부가 하얀", "피부가 하얘", "피부가 어두", "피부가 밝", "얼굴이 까", "까무잡잡", "하얀 피부",
                     "어두운 피부", "밝은 피부", "태닝"),
    # "what colours suit older women?", "중년 여성한테 어울리는 색": colour with age, not a look
    "colours:age": ("colours suit older", "colors suit older", "colours for older", "colors for older",
                    "colours for women over", "colors for women over", "colours for men over", "colors for men over",
                    "colours at my age", "colors at my age", "중년 여성한테 어울리는 색", "중년한테 어울리는 색",
                    "나이 들어 보이지 않는 색", "50대 어울리는 색", "60대 어울리는 색", "50대에 어울리는 색",
                    "60대에 어울리는 색", "나이에 맞는 색"),
    # the dress code asked about, not a look in it ("what is smart casual", "cocktail attire for men?")
    "dresscode:smart-casual": ("what is smart casual", "what's smart casual", "whats smart casual", "smart casual mean",
                               "smart casual means", "what counts as smart casual", "smart casual dress code mean",
                               "스마트 캐주얼이 뭐", "스마트캐주얼이 뭐", "스마트 캐주얼은 뭐", "스마트 캐주얼 뜻"),
    # "what colours should I avoid?": what competes with the occasion, then with the person's own colouring
    "advice:colours-to-avoid": ("colours should i avoid", "colors should i avoid", "colour should i avoid",
                                "color should i avoid", "colours to avoid", "colors to avoid", "avoid any colours",
                                "avoid any colors", "colours i should avoid", "colors i should avoid",
                                "피해야 할 색", "피해야 하는 색", "피해야할 색", "피할 색", "어떤 색은 피", "무슨 색은 피",
                                "피해야 할 컬러", "피해야 하는 컬러", "색은 피해야", "무슨 색 피해", "어떤 색 피해"),
    "dresscode:business-casual": ("what is business casual", "what's business casual", "whats business casual",
                                  "business casual mean", "business casual means", "what counts as business casual",
                                  "비즈니스 캐주얼이 뭐", "비즈니스캐주얼이 뭐", "비즈니스 캐주얼은 뭐", "비즈니스 캐주얼 뜻",
                                  "비즈캐주얼이 뭐"),
    "dresscode:tropical-formal": ("tropical formal", "tropical-formal", "트로피컬 포멀",
                                  ),
    # a named aesthetic asked about ("what is old money?", "y2k 뭐야"): its pieces, in words
    "style:old-money": ("what is old money", "what's old money", "whats old money", "old money mean", "how do i do old money",
                        "how to do old money", "old money style on a budget", "what is quiet luxury", "quiet luxury mean",
                        "올드머니가 뭐", "올드머니 뜻", "올드머니룩이 뭐", "콰이어트 럭셔리가 뭐"),
    "style:y2k": ("what is y2k", "what's y2k", "whats y2k", "y2k mean", "y2k가 뭐", "y2k 뭐", "y2k 뜻"),
    "dresscode:cocktail": ("cocktail attire", "cocktail dress code", "what is cocktail", "cocktail mean",
                           "칵테일 복장", "칵테일 드레스코드", "칵테일 드레스 코드"),
    "shoes:snow-sneakers": ("sneakers get wrecked", "sneakers in the snow", "sneakers in snow", "trainers in the snow",
                            "white sneakers get", "get wrecked in the snow", "ruin them in the snow", "운동화 눈",
                            "눈에 운동화", "눈 오는데 운동화", "눈오는데 운동화", "운동화 망가", "운동화 젖"),
    "event:funeral:uniform": ("school uniform", "교복"),
    "garment:neckline": ("neckline", "v-neck or", "v neck or", "crew neck or", "crewneck or", "or crew neck",
                         "넥라인", "브이넥 라운드넥", "라운드넥 브이넥", "브이넥이랑 라운드넥", "라운드넥이랑 브이넥",
                         "브이넥 vs", "라운드넥 vs"),
    "garment:jeans-skiing": ("jeans under ski", "jeans ok under", "jeans under my ski", "jeans skiing", "jeans to ski",
                             "jeans on the slopes", "스키복 안에 청바지", "스키바지 안에 청바지", "청바지 입고 스키"),
    "shoes:suede": ("suede shoes", "suede boots", "suede loafers", "suede sneakers", "in suede", "suede in the rain",
                    "스웨이드 신발", "스웨이드 구두", "스웨이드 부츠", "스웨이드 로퍼", "스웨이드 운동화"),
    # "my wife says I need more than two pairs of shoes, how many do I really need", "신발 몇 켤레"
    "shoes:how-many": ("how many pairs of shoes", "how many pairs", "how many shoes", "pairs of shoes do i",
                       "more than two pairs", "신발 몇 켤레", "신발은 몇 켤레", "몇 켤레"),
    # "does the top in look 2 need a collar or lapel for a clip-on mic?", "핀마이크 달 데가 있어야"
    "stage:clip-mic": ("clip-on mic", "clip on mic", "lapel mic", "lav mic", "lavalier", "lavalier mic", "핀마이크",
                       "핀 마이크", "클립 마이크"),
    # "바람막이랑 경량패딩 둘 다 꼭 필요할까요?", "windbreaker or a light puffer for the hike?"
    "hiking:shell-or-down": ("바람막이랑 경량패딩", "바람막이랑 패딩", "경량패딩이랑 바람막이", "바람막이 경량패딩",
                             "windbreaker or a light down", "windbreaker or a puffer", "windbreaker or light down",
                             "windbreaker and a puffer", "shell or a puffer", "shell or a down"),
    # "can I ski in my puffer or do I need a proper shell", "패딩 입고 스키 타도"
    "ski:puffer": ("ski in that", "ski in my puffer", "ski in a puffer", "ski in my down", "need a proper shell",
                   "need a shell", "ski jacket or", "패딩 입고 스키", "패딩으로 스키", "스키복 따로"),
    # "색은 뭐가 무난해요?", "what's the safest colour for a coat?": the neutrals, and which for what
    "basics:safe-colours": ("무난한 색", "색은 뭐가 무난", "무슨 색이 무난", "어떤 색이 무난", "색 뭐가 무난", "색이 무난",
                            "무난한 컬러", "안전한 색", "safest colour", "safest color", "safe colour", "safe color",
                            "most versatile colour", "most versatile color", "colour that goes with everything",
                            "color that goes with everything"),
    "weather:layering": ("how do i layer", "how to layer", "how should i layer", "layering", "how many layers",
                         "too many layers", "몇 겹", "under the parka",
                         "under my parka", "under a parka", "under my puffer", "under the puffer", "레이어드 어떻게",
                         "어떻게 껴입", "껴입", "겹쳐 입", "겹쳐입", "패딩 안에 뭐", "패딩 안에는",
                         # "3번 코트 안에 뭐 레이어드해야", "what do I layer under the coat"
                         "레이어드해야", "안에 뭐 레이어드", "코트 안에 뭐", "layer under the coat", "layer under my coat",
                         "what do i layer", "what should i layer", "layer under it"),
    "bag:concert": ("can i even bring one", "can i bring a bag", "bring a bag", "bag policy", "need a bag or",
                    "가방 들고 가도", "가방 가져가도", "가방 가지고 가도", "가방 필요", "가방 들고 가야"),
    "ceremony:synagogue": ("kippah", "kippot", "yarmulke", "synagogue", "hanukkah", "shabbat dinner", "bar mitzvah",
                        "bat mitzvah", "키파", "회당", "하누카"),
    "ceremony:mass-veil": ("미사보", "chapel veil", "mantilla"),
    # "first horse riding lesson, what can I wear on my feet?", "승마 체험 뭐 입어요?"
    "sport:horse-riding": ("horse riding", "horseback riding", "riding lesson", "riding lessons", "jodhpurs", "stirrup",
                           "stirrups", "the stable", "승마"),
    # "what's easiest to get acrylic paint out of, cotton?", "물감 묻으면 잘 지워져요?"
    "fabric:paint": ("acrylic paint", "paint out of", "get paint", "paint everywhere", "paint on it", "paint stains",
                     "물감", "페인트 묻"),
    # "slippers or shoes for hosting at home?", "집에서 손님 맞을 때 슬리퍼 신어도 돼요?"
    "home:hosting-shoes": ("slippers or shoes", "shoes or slippers", "house slippers", "indoor slippers", "slippers at home",
                           "shoes at home", "shoes for hosting", "실내화", "실내 슬리퍼", "집에서 슬리퍼", "슬리퍼 신어도"),
    # "불 피울 건데 나일론 같은 거 입어도 괜찮아요?", "sitting by the campfire, is fleece ok?"
    "fabric:campfire": ("불 피울", "불 피우", "모닥불", "캠프파이어", "불멍", "화로대", "화롯불", "campfire", "camp fire", "bonfire",
                        "fire pit", "firepit", "by the fire"),
    # ("I'm going to be a contestant on a TV game show taping"): what studio cameras and a clip-on mic ask of clothes
    # (not "watching the game on tv", "saw this jacket on tv")
    "photo:tv": ("game show", "gameshow", "tv taping", "show taping", "a taping", "the taping", "tv appearance",
                 "be on tv", "going on tv", "appearing on tv", "i'm on tv", "im on tv", "tv interview", "news interview",
                 "being interviewed on",
                 "방송 출연", "방송에 나가", "티비 출연", "tv 출연", "예능 출연", "퀴즈쇼", "퀴즈 프로그램", "방송 촬영"),
    # ("바디프로필 찍으러 가는데 뭐 입고가요?"): what to arrive in at a body-profile shoot
    "photo:body-profile": ("바디프로필", "바디 프로필", "바프 촬영", "바프 찍", "body profile shoot", "body profile photo",
                           "fitness photoshoot", "fitness photo shoot", "fitness shoot"),
    # "배경이 흰색이라는데 흰 셔츠 입으면 별로인가요?", "linkedin headshot, what do I wear?"
    "photo:headshot": ("프로필 사진", "프로필사진", "증명사진", "링크드인", "배경이 흰색", "흰 배경", "흰색 배경",
                       "profile photo", "profile picture", "profile pic", "headshot", "head shot", "linkedin",
                       "white background", "white backdrop"),
    # "got opera tickets, whats the dress code these days"
    "culture:dress-code": ("opera tickets", "to the opera", "at the opera", "opera dress code", "dress code for the opera",
                           "dress code at the opera", "theatre dress code", "theater dress code", "dress code for the theatre",
                           "dress code for the theater", "오페라 드레스코드", "오페라 복장", "뮤지컬 복장", "뮤지컬 드레스코드",
                           "공연 복장", "공연장 복장",
                           # ("how dressy are Broadway audiences these days": what a theatre crowd wears, asked)
                           "how dressy are broadway", "broadway audiences", "broadway dress code", "dress for broadway",
                           "dress for a broadway", "how formal is a broadway", "how dressy is a broadway",
                           "theatre audiences", "theater audiences", "how dressy is the theatre", "how dressy is the theater",
                           "뮤지컬 보러 갈 때 얼마나", "공연 보러 갈 때 얼마나", "뮤지컬 얼마나 차려", "공연 얼마나 차려"),
    # "rooftop bar in bangkok tonight, heard they have a dress code?": a bar's door policy
    "bar:door-policy": ("rooftop bar", "rooftop bars", "sky bar", "skybar", "hotel bar", "루프탑 바", "루프탑바", "루프톱 바",
                        "door policy", "bar dress code", "dress code at the bar", "dress code for the bar"),
    # "친구 결혼식 사회를 보게 됐어요", "신랑이 검정 턱시도 입는다는데 저는 뭐 입어야 안 겹칠까요"
    "wedding:mc": ("결혼식 사회", "사회를 보", "사회 보", "사회를 봐", "사회자", "emcee", "mc at", "mc for", "mcing",
                   "m.c. at", "master of ceremonies"),
    # "응원봉 색이 연두색인데 옷도 맞추면 좀 오바인가요?"
    # (a lightstick carried is no question of its colour: "응원봉 들고 다녀야돼서 가방은 크로스로")
    "concert:lightstick": ("응원봉 색", "응원봉 컬러", "응원봉이랑 맞", "응원봉 색깔", "lightstick colour", "lightstick color",
                           "light stick colour", "light stick color", "match the lightstick", "match my lightstick",
                           "fandom colour", "fandom color", "팬덤 컬러", "팬덤 색"),
    # "do I need to buy a headscarf or can I borrow one there?", "모스크 들어갈 때 히잡 써야 돼요?"
    "ceremony:mosque": ("headscarf", "head scarf", "hijab", "cover my hair", "cover your hair", "mosque", "mosques",
                        "모스크", "히잡", "머리 가려야", "머리를 가려야", "머리 가리"),
    # "is merino actually worth it or is fleece fine?"
    "fabric:merino-or-fleece": ("merino", "메리노", "fleece fine", "fleece or wool", "wool or fleece", "플리스면 충분"),
    # "anything but wellies, what else works in mud?"
    "festival:mud": ("in mud", "in the mud", "for mud", "muddy", "wellies", "wellington boots", "진흙", "진창"),
    # "can I wear a flannel or is that too lumberjack"
    # "pocket square yes or no?": the folded handkerchief in a jacket's breast pocket
    "garment:pocket-square": ("pocket square", "pocket squares", "행커치프", "포켓스퀘어", "포켓 스퀘어", "포켓치프"),
    "garment:flannel": ("a flannel", "flannel shirt", "flannels", "lumberjack", "플란넬 셔츠", "체크 남방"),
    "camping:sleep": ("잘 때는 뭐", "잘 때 뭐", "자는데 뭐", "what do i sleep in", "what to sleep in", "sleep in at",
                      "sleeping in a tent", "텐트에서 잘"),
    # "the pants in look 3, are they cropped or will they pool at my ankles", "1번 바지 기장 어떻게 해야"
    "length:trousers": ("trouser length", "pants length", "will they pool", "pool at my ankles", "pool at the ankle",
                        "are they cropped", "are the pants cropped", "are the trousers cropped", "how long should my trousers",
                        "how long should my pants", "밑단 길이", "밑단이 바닥에", "바지가 끌리"),
    "length:coat-over-dress": ("hems look", "hem show", "hems show", "hem peek", "dress under a long coat",
                               "dress under a coat", "코트 밖으로", "밑단이 보", "코트보다 긴"),
    # a kitchen's or a café's floor: slip-resistant work shoes, not boots or a hiking sole (its note answers)
    "shoes:slip-resistant": ("kitchen floor", "greasy floor", "wet floor", "restaurant floor", "cafe floor",
                             "café floor", "slip-resistant work shoes", "non-slip work shoes", "non-slip shoes",
                             "non slip shoes", "nonslip shoes", "shoes for crews", "주방 바닥", "미끄럼 방지 신발",
                             "미끄럼방지 신발", "주방화", "논슬립"),
    # "모자랑 색 맞춰야 하나요?", "does my bag have to match my shoes?": whether pieces must match
    "colour:matching": ("색 맞춰야", "색을 맞춰야", "색깔 맞춰야", "맞춰야 하나", "맞춰야 돼", "맞춰야 할까", "깔맞춤 해야",
                        "깔맞춤해야", "have to match", "need to match", "needs to match", "should match", "must match",
                        "supposed to match", "has to match"),
    # "can one outfit work for both, or do I need to change?": a day of two parts in one outfit
    "outfit:on-camera": ("zoom interview", "zoom call", "video call", "video interview", "on camera", "on zoom", "teams call",
                         "webcam", "화상 면접", "화상면접", "화상회의", "화상 회의", "비대면 면접", "줌 면접", "줌 미팅", "줌으로",
                         "영상통화", "영상 통화"),
    "outfit:one-for-both": ("work for both", "works for both", "one outfit for both", "same outfit for both",
                            "do i need to change", "do i have to change", "need to change in between", "change in between",
                            "wear it to both", "wear the same thing to both", "하나로 둘 다", "한 벌로 둘 다",
                            "갈아입어야", "갈아 입어야", "옷 갈아입", "한 벌로 해결"),
    "garment:overcoat": ("coat over a suit", "coat over my suit", "coat to go over", "정장 위에 코트", "정장 위에 입을",
                         "수트 위에", "정장 위 코트"),
}

# Style questions (answered from the knowledge base, with example looks), not outfit requests.
QUESTION_TERMS: dict[str, tuple[str, ...]] = {
    "definition": ("what is", "what's", "whats", "what are", "what does", "meaning of", "뭐야", "뭐예요", "뭔가요",
                   "which colour", "which color", "most versatile",
                   "무엇인가요", "이란", "란 뭐", " 뜻", "뭔지"),  # " 뜻": not the end of "따뜻"
    "pairing": ("what goes with", "goes well with", "what to wear with", "what pairs with", "pair with",
                "뭐랑 어울", "뭐랑 입", "무엇과 어울", "어울리는 색"),
    # "셔츠 넣어 입어야 돼 빼 입어야 돼?", "should I tuck my shirt in?"
    # ("쫙 빼입고": dressed up sharply, nothing about the shirt's hem)
    "tuck": ("tuck", "tucked", "untucked", "tuck in", "넣어 입", "넣어입", "빼 입어", "빼입어", "빼서 입", "집어넣"),
    # "it's supposed to rain", "내일 비 온다는데 괜찮을까요?": what to wear in the rain
    "rain": ("rain", "raining", "rainy", "monsoon", "if it rains", "비 온다", "비 오는", "비가 온", "비가 와", "비가 오",
             "비 와서", "비 오면", "비오면", "비 온대", "비온대", "비 온다고", "비가 올", "비 올 거", "비 올거", "비 예보",
             "비 소식", "비소식", "우천", "장마", "drizzle", "drizzly", "wet weather", "downpour", "pouring",
             "비오는", "비 오는날", "비올때", "비 올 때", "비와도", "비 와도", "비오는날", "빗길", "우산",
             "비오고", "비 오고", "비와요", "비 와요", "비온다", "비가 오고", "비 내리", "비내리", "비 오니까", "비오니까",
             "비에 괜찮", "비 맞아도", "비에 젖", "비에도", "젖어도 괜찮", "젖어도 되", "젖으면", "get wet", "gets wet"),
    # "how should chinos fit?", "와이드 슬랙스 길이는 어느 정도가 적당해요?"
    "fit": ("how should", "supposed to fit", "should fit", "how tight", "how loose", "how long should", "fit?",
            "길이는", "길이가", "기장은", "기장이", "핏은", "핏이", "어느 정도가 적당", "얼마나 길어야", "기장 어느",
            "기장 얼마", "길이 어느", "what length", "how long is", "knee length or",
            # "how do i know if a blazer fits right in the shoulders?"
            "fits right", "fit right", "fits properly", "fit properly", "in the shoulders", "어깨 핏", "어깨가 맞"),
    "howto": ("how do i wear", "how to wear", "how should i dress", "how do i style", "how to style", "tips for",
              "how to", "how should i", "how do guys", "how do girls", "tips on", "any tips",
              "어떻게 입", "어떻게 코디", "어떻게 스타일링", "어떻게 신", "팁", "입는 법", "입는법", "신는 법",
              "묶는 법", "하는 법", "매는 법"),
}

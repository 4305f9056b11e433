"""Rule-based understanding of a user's message (EN + KO): the embedded default language backend."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from chains import lexicon
from chains.climate import month_named, place_by_key, place_named, season_to_dress_for
from chains.exclusions import ruled_out_piece, slot_of_excluded
from chains.feel import FEELINGS, MODEST_OUT_KINDS, Feel
from chains.harmony import colour_partners
from chains.weather import Weather
from chains.state import Preferences
from domain.vocabulary import GARMENT_SLOTS, INDIAN_FESTIVALS, KIND_TO_SLOT, KINDS_BY_SLOT, WORKOUT_OCCASIONS
from prompts import detect_language

_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
# A negation reaches the next two words at most, and never across a comma: "not black, white instead".
_EN_NEGATION = re.compile(
    # ("i can't walk in heels so flats": the negation ends where "so" begins the wish)
    r"\b(?:" + "|".join(re.escape(c) for c in lexicon.NEGATION_BEFORE) + r")\b(?:\s+(?!so\b|then\b|instead\b)[\w'-]+){0,2}\s*$"
)
# "swap the sneakers for loafers", "replace the jacket with a coat": the first garment goes.
# "avoid jeans and anything white": after "and"/"or" a negation goes on to a word of another kind.
# (not "... and navy would be nice"; "no all black or all white": both)
# "no loud prints or a weird hat", "without logos or big hats": a list after a negation joined by "or" is all out
_EN_NEITHER = re.compile(r"\b(?:no|not|nothing|without|never|avoid)\b(?:\s+[\w'-]+){1,3}\s+(?:or|nor)\s+(?:an?\s+)?"
                         r"(?:[\w'-]+\s+)?$")
_EN_CONTINUED = re.compile(r"\b(?:and|or|nor)\s+(?:(?:anything|any)\s+(?:in\s+)?|all\s+)$")
# "don't own a black suit", "doesn't have a proper suit", "검정 정장이 없어요": no suit to wear (the lexicon has the
# plain forms; a colour or a word between them is read here)
_NO_SUIT_OWNED = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not|never) (?:own|have|got)\s+(?:a|an|any)\s+(?:(?!but\b|and\b|or\b)[\w-]+\s+){0,2}suits?\b"
                            r"|(?:정장|양복|수트|슈트)(?:이|은|도)?\s*(?:하나도\s*|한 벌도\s*)?없")
_EN_NEGATION_CUE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in lexicon.NEGATION_BEFORE) + r")\b")
_SWAP_BEFORE = re.compile(r"\b(?:swap|replace|change|switch)\s+(?:out\s+)?(?:the\s+|my\s+|those\s+)?$")
# ("swap the bag for something smaller", "for a smaller one": another of the same kind, not none)
_SAME_KIND_WORDS = r"(?:smaller|bigger|larger|longer|shorter|cheaper|nicer|simpler|plainer|lighter|darker|brighter|" \
                   r"warmer|cooler|thinner|thicker|softer|dressier|fancier|better|newer|different|similar|" \
                   r"leather|suede|denim|wool|woollen|linen|cotton|silk|satin|velvet|corduroy|tweed|canvas|knitted|" \
                   r"crossbody|cross-body|sling|hooded|waterproof|padded|quilted)"
_SWAP_AFTER = re.compile(r"^\s+(?:for|with|to)\b(?!\s+(?:(?:something|one)\s+(?:a bit\s+|a little\s+|slightly\s+)?"
                         + _SAME_KIND_WORDS + r"|an?\s+" + _SAME_KIND_WORDS + r"(?:\s+one)?|another(?:\s+one)?)\b)")
_KO_AFTER_WINDOW = 22  # "네이비는 너무 많아서 빼줘", "검정도 좀 무거워 보일 거 같아서 제외해주세요": a few words later
# Phrases whose words would be misread as wishes: "anything works" is not the office, "help me dress
# him" asks for no dress, "not sure" negates nothing, "semi formal" is no style.
# "warm but not look like I'm in gym clothes": the gym is what they won't look like, not where they go
_NOT_GYM_CLOTHES = r"(?:\bnot|n't|\bno|\bwithout)\b[^.,;!?]{0,30}\bgym (?:clothes|wear|gear|kit|outfit)s?\b"
def _first_group(found: re.Match[str]) -> str:
    """The one alternative of a pattern that matched (its groups are one per alternative)."""
    return next(g for g in found.groups() if g)


_NOISE = re.compile(
    # ("whatever works": only "works" is noise, the shrug stays said)
    r"\bnot sure\b(?!\s+(?:about|of)\b)|(?:(?<=\banything )|(?<=\bwhatever )|(?<=\bwhichever )|(?<=\bwhat ever )|(?<=\byou think ))works\b"
    r"|\b(?:that|it) works\b"
    # ("we're going to watch her at a horse show", "she competes in hunter/jumper"): a verb and a sport, no pieces
    r"|\bwatch(?:ing)?\s+(?:her|him|them|us|my|our)\b(?!\s+watch)"
    # ("going to watch a horse show in kentucky", "watching the game"): the verb, no watch wished for
    # (not "watch the derby", read as a game below, the derby no shoe)
    r"|(?:(?<=\bto )watch|\bwatching)\b(?=\s+(?:a|an|the|some|his|their|your)\s)"
    r"(?!\s+(?:the\s+)?(?:derby|game|match|fight|final|super ?bowl|world cup|euros)\b)"
    r"|\bhunter\s*/\s*jumpers?\b|\bshow\s*jump(?:ing|er|ers)\b"
    # ("the gym will be freezing in the morning": the room the day is in, no workout)
    r"|\bthe (?:school )?gym(?=\s+(?:will be|is|gets|was|can be)\s+(?:freezing|cold|hot|warm|chilly|boiling|stuffy))"
    # ("운동 좀 해서 어깨 커져서 다 작음": why the clothes are small, no workout to dress for)
    r"|운동\s*(?:을\s*)?(?:좀\s*)?(?:해서|했더니|하다\s*보니|하면서\s*몸)"
    r"|\bworks for (?:me|you)\b|\bhelp me dress\b|\bdress(?:ing)? better\b|"
    r"\bdress(?:ing)? (?:him|her|me|them|you|my)\b|\bsemi[- ]formal\b|\bplus[- ]size\b|생일 ?선물|"
    # "I usually dress kinda androgynous": the verb; "all black is too cliche": the look, not a wish
    r"\b(?:i|we|they|you|he|she)\s+(?:usually |normally |tend to |like to |always |often |mostly |generally )?dress\b|"
    r"\bold[- ]school\b|"  # "her dad is very old school": a manner, no school
    # ("월드컵경기장이라 밤엔 추울수도": a stadium, no length asked)
    r"경기장|"
    # ("이혼 조정 기일이 있어요": a court's day, no memorial)
    r"(?:(?<=조정 )|(?<=조정)|(?<=재판 )|(?<=변론 )|(?<=공판 )|(?<=선고 )|(?<=심리 ))기일|"
    # ("people keep telling me the streets flood", "street food tour"): a street walked, no streetwear
    r"\b(?:the|city|busy|flooded|wet|cobbled|cobblestone|narrow)\s+streets\b|\bstreet food\b|"
    r"\b(?:it'?s|that'?s|thats|its) a wrap\b|\bgift[- ]?wrap\w*|"  # ("that's a wrap!": done, no shawl)
    # ("I'm 34, white, female", "as a black man"): who they are, no colour
    r"(?<=\d\d, )(?:white|black|asian|brown)(?=,? (?:female|male|woman|man|guy|girl|lady|dude)\b)|"
    r"(?<=\bi'm )(?:white|black)(?=,? (?:female|male|woman|man|guy|girl|lady|dude)\b)|"
    r"(?<=\bas a )(?:white|black|brown)(?= (?:woman|man|guy|girl|lady|person)\b)|"
    r"입힐|입히|"  # "예비신랑 뭐 입힐지": the verb to dress someone, no heel
    # "everyone there dresses super cool": how people dress, not a dress
    r"\b(?:everyone|everybody|people|folks|they all|he|she|it)\s+(?:there\s+|here\s+)?(?:usually |normally |all |kinda )?dresses\b|"
    r"\ball[- ]black (?:is|looks|feels|gets) (?:too|so|kinda|a bit) \w+|"
    r"\bdress ?codes?\b|드레스 ?코드|"
    # ("테니스 레슨 ... 야외코트고": a court, no coat)
    r"(?:테니스|농구|배드민턴|풋살|배구|하드|클레이)\s*코트|"
    + _NOT_GYM_CLOTHES + r"|"
    # "not too masculine or feminine": neither way, no style wished
    r"\b(?:masculine|manly|boyish)\s+(?:or|nor)\s+(?:too\s+)?(?:feminine|girly)\b"
    r"|\b(?:feminine|girly)\s+(?:or|nor)\s+(?:too\s+)?(?:masculine|manly|boyish)\b|"
    # "I don't want to wear gym sneakers to brunch": a kind of shoe, not a workout
    r"\bgym(?=\s+(?:sneakers|shoes|trainers|kicks)\b)|"
    # "broad shoulders, pretty athletic": a build, not a sporty style
    r"\b(?:pretty|quite|very|kinda|fairly|rather|i'm|im|am)\s+athletic\b|\bathletic\s+(?:build|body|frame|figure|shape)\b|"
    # "meeting my boyfriend's friends": people, not a work meeting
    r"\bmeeting(?=\s+(?:(?:my|his|her|their|our|the|some|new)\s+)?(?:\w+['’]?s\s+)?(?:friends?|"
    r"family|relatives|grandparents|cousins?|people|someone)\b)"
)
# "청치마", "청자켓": a denim piece, blue whatever a photo of it reads ("청바지" is jeans, blue by kind)
_DENIM_PIECE = re.compile(r"청\s?(?:치마|스커트|미니스커트|자켓|재킷|남방|셔츠|원피스|반바지)")
# "someone with a tan", "I'm tanned": skin (never "I have a tan jacket", "with a tan coat")
# The person's skin spoken of ("someone with a tan", "얼굴이 노란 편"): a question of what suits it, never a colour wished for
_TAN_SKIN = re.compile(r"\b(?:with|have|got|get|has) a tan(?=\s*(?:[.,?!;]|$|and\b|so\b|now\b|from\b|after\b))|\btanned\b"
                       r"|(?:얼굴|피부|피부톤|피부 톤|안색)(?:이|은|는|가)?\s*(?:좀\s*|많이\s*|약간\s*)?(?:노란|노랗|누런|누렇|까만|까맣|까무잡잡|검은|하얀|하얗|창백)"
                       r"|(?:노란|누런|까만|하얀)\s*(?:피부|얼굴)|\b(?:yellow|yellowish|warm|cool|olive|golden|neutral)\s+undertones?\b"
                       r"|\b(?:yellowish|sallow|olive|pale|fair|dark|tanned|brown)\s+(?:skin|complexion)\b")
# "the ceremony is literally on the sand": the beach, not a beige
_NOT_A_COLOUR = re.compile(r"\b(?:on|in|into|over|across) (?:the )?(?:wet |soft |hot )?sand\b|\bsand ?(?:castles?|bars?)\b"
                           # "what colours look nice with white hair?": the hair's colour, no wish for white
                           r"|\b(?:white|grey|gray|silver|blonde|blond|red|black|brown|dark|auburn|ginger)[- ]hair(?:ed)?\b"
                           r"|흰\s?머리|백발|은발|금발|갈색\s?머리|검은\s?머리|흑발"
                           # ("steel toes are required on site": a safety boot's cap, no metallic wished)
                           r"|\bsteel[- ]?toe(?:s|d)?\b|스틸\s?토"
                           # "the blue mosque", "the blue lagoon", "red square": a place's name, no wish for its colour
                           r"|\bblue (?:mosque|lagoon|mountains?|ridge|grotto|hole|note)\b|\bred (?:square|rocks?|sea|fort)\b"
                           r"|\bblack (?:forest|sea|friday)\b|\bwhite (?:house|cliffs|sands)\b|\bgolden (?:gate|temple)\b"
                           # ("will red wine stains show?": the drink, not a colour wished for)
                           r"|\b(?:red|white|rose|rosé) wines?\b(?![- ]?(?:colou?r|shade|tone))|레드\s?와인(?!\s?색)|화이트\s?와인(?!\s?색)"
                           r"|블루\s?모스크|블루\s?라군|붉은\s?광장|흑해|블랙\s?프라이데이")
# "the grooms are in navy suits with sage ties", "the bridesmaids are wearing blush": what the wedding party wears,
# said for the looks to sit beside, no wish for suits, ties or a man's wardrobe (blanked as its clause)
_PARTY_CLAUSE = r"(?:(?!\b(?:so|but|and i|i want|i'?d|asked|wants?|guests|everyone|all)\b)[^,.;!?\n])"
_PARTY_DRESSED = re.compile(
    r"\b(?:the\s+)?(?:grooms?|bridesmaids|groomsmen|wedding party|best man)\b" + _PARTY_CLAUSE + r"*?"
    r"\b(?:wearing|wear|wears|in)\s+(?:[\w-]+\s+){0,3}?(?:suits?|ties?|dress(?:es)?|gowns?|tux(?:edo)?s?|lehengas?|"
    r"sarees?|sherwanis?|navy|gr[ae]y|black|white|ivory|blue|green|sage|burgundy|pink|blush|red|gold|silver|beige|"
    r"cream|lilac|purple)\b" + _PARTY_CLAUSE + r"*")
# "my sister's wedding": the person whose event it is, not the one to dress. (Korean says no "'s":
# "엄마 결혼식 하객룩" is most often a look for the mother, so Korean keeps a parent's word.)
_EVENT_OWNER = re.compile(
    r"\b(?:mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|boyfriend|girlfriend|bf|gf|"
    r"grandpa|grandfather|grand?dad|grandma|grandmother|granny|uncle|aunt|auntie|nephew|niece)['’]s"
    r"(?=\s+(?:(?!outfits?\b|looks?\b|clothes\b|wear\b|for\b)[\w-]+\s+){0,2}?(?:wedding|birthday|party|"
    r"graduation|funeral|dinner|retirement|engagement|anniversary|shower|housewarming|celebration|reception)\b)"
    # A sibling's wedding is theirs: "남동생 결혼식 하객룩" dresses the guest, not the groom.
    r"|(?:남동생|여동생|오빠|언니|누나)\s*(?:의\s*)?(?=결혼식)"
    # ("와이프 생일이라 오마카세 예약했어요"): the partner's day, the one who booked is dressed
    r"|(?:와이프|아내|남편|여친|남친|여자\s?친구|남자\s?친구)\s*(?:의\s*)?(?=(?:생일|생신)(?![^.?!]{0,24}선물))"
    # ("남자친구 석사 졸업식 가요 꽃다발 들고", "남편 회사 송년회", "남친 누나 결혼식"): the partner's day or their family's,
    # the one going with them is dressed
    r"|(?:와이프|아내|남편|여친|남친|여자\s?친구|남자\s?친구)\s*(?:의\s*)?(?=(?:(?:누나|형|언니|오빠|여동생|남동생|동생|친구|회사)\s*"
    r"(?:의\s*)?)?(?:석사\s*|박사\s*|대학\s*|대학원\s*)?(?:졸업식|입학식|결혼식|송년회|연말\s?파티|승진|퇴임식|발표회|공연|전시회?))"
    # ("want to look decent for her big day"): whose day it is, not whose clothes
    r"|\b(?:her|his)(?=\s+(?:big|special|graduation|wedding|birthday|retirement|promotion|first)\s*(?:day|party|dinner"
    r"|ceremony|celebration)?\b)"
    # ("my wife is graduating next month, i'm 34"): their day, the one writing is dressed
    # (but "my boyfriend is turning 30, what should he wear?" dresses him)
    r"|\b(?:my|our)\s+(?:wife|husband|boyfriend|girlfriend|bf|gf|fianc[eé]e?|partner)"
    r"(?!.*\b(?:(?:he|she) (?:wear|dress|put on)|for (?:him|her)\b|(?:his|her) (?:outfit|look|clothes)))"
    r"(?=\s+(?:is|'s)\s+(?:graduating|retiring"
    r"|getting (?:married|promoted)|performing|presenting|turning \d))"
    # A grandparent's, an aunt's or an uncle's day is theirs too: "할머니 칠순 잔치에 입을 옷" dresses the grandchild.
    r"|(?:할머니|할아버지|이모|고모|삼촌|외삼촌)\s*(?:의\s*)?(?=(?:댁|의)?\s*(?:칠순|팔순|구순|환갑|회갑|생신|장례|결혼식|잔치|제사))"
    # The one who died is not the one dressed: "my grandmother passed away and the funeral is thursday"
    r"|\b(?:mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|grandpa|grandfather|grand?dad|grandma"
    r"|grandmother|granny|uncle|aunt|auntie|nephew|niece)(?:[- ]in[- ]law)?(?=\s+(?:(?:has|just|recently|sadly)\s+)?"
    r"(?:passed away|passed on|passed|died|is no more)\b)"
    # nor the one in hospital: "my mom's having surgery and I'll be at the hospital with her"
    r"|\b(?:mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|grandpa|grandfather|grand?dad|grandma"
    r"|grandmother|granny|uncle|aunt|auntie)(?=(?:['’]s|\s+is)\s+(?:having|getting|in|going in for|recovering from)\s+"
    r"(?:an?\s+)?(?:surgery|an operation|operation|hospital|the hospital|chemo|treatment)\b)"
    r"|(?:할머니|할아버지|엄마|아빠|어머니|아버지|이모|고모|삼촌|외삼촌|언니|누나|오빠|형)(?=\s*(?:이|가|께서)?\s*(?:돌아가시|돌아가셔|돌아가셨|별세))"
    # ("아버지 49재를 절에서 해요"): the one remembered at a rite is not the one dressed
    # (a husband's or a wife's rite still says who writes: "남편 장례식" dresses the widow)
    # ("외할머니 추도예배가 큰이모 댁에서"): the one remembered, and a relative's home, are no one dressed
    r"|(?:큰|작은)?(?:할머니|할아버지|이모|고모|삼촌|외삼촌|아버지|엄마|숙모|이모부|고모부)\s*댁"
    # ("여친한테 프러포즈 하려고요", "엄마께 드릴 선물"): the one a thing is done for, not the one dressed
    r"|(?:여친|남친|여자\s?친구|남자\s?친구|와이프|아내|남편|신부|예비\s?신부|예비\s?신랑)\s*(?=한테|에게|께)"
    # ("taking a girl on a food walk", "dropping my daughter at her hostel"): the one taken along is not dressed
    r"|\b(?:taking|take|took|meeting|asking|ask|dropping|drop|dropped|helping|help|moving|move)\s+(?:off\s+)?"
    r"(?:a|this|my|our|the)\s+(?:girl|guy|woman|man|lady|date|daughter|son|kid|kids|child)(?=\s+(?:on|to|out|for|at|off|into|in)\b)"
    r"|(?:할머니|할아버지|엄마|아빠|어머니|아버지)\s*(?:의\s*)?(?=(?:49재|사십구재|기일|제사|추도식|추모식|추도\s?예배|추모\s?예배|"
    r"장례|발인|삼우제|납골당|산소|성묘))"
    # Their home is a place, not the one dressed: "onam lunch at my aunt's in kochi", "dinner at my mum's"
    r"|\b(?:at|to|from)\s+(?:my\s+|our\s+)?(?:mom|mum|mother|dad|father|sister|brother|aunt|auntie|uncle|grandma|"
    r"grandmother|granny|grandpa|grandfather|grand?dad|cousin|parents|in-laws)['’]s?(?=\s+(?:place|house|home)\b|['’]|\W*$|"
    r"\s+(?:in|for|on|this|next|tonight|tomorrow)\b|\s*[,.!?])"
    # Someone else's family says nothing of who writes: "coworker's mom's visitation", "my buddy's son's bris"
    r"|\b(?:coworker|co-worker|colleague|friend|buddy|bff|boss|manager|neighbou?r|neighbor|classmate|roommate|"
    r"teammate|client|cousin)['’]s (?:mom|mum|mother|dad|father|sister|brother|son|daughter|wife|husband|boyfriend|"
    r"girlfriend|grandpa|grandfather|grandma|grandmother|uncle|aunt)(?:['’]s)?\b"
)
# "meeting my boyfriend's friends", "남친 친구들 처음 만나는데": his friends, not his clothes; the person
# dressing is someone else ("my boyfriend's birthday outfit" is _EVENT_OWNER's)
# "회사 동료 부친상": the colleague's, not the office's (the event is what they dress for)
_COLLEAGUE = re.compile(r"(?:회사|직장)\s*(?=동료|사람들?|선배|후배|동기|상사|팀장)")
_PARTNERS_PEOPLE = re.compile(
    r"\b(?:boyfriend|girlfriend|bf|gf|husband|wife|partner)['’]?s(?=\s+(?:\w+\s+)?(?:friends?|family|"
    r"sister|brother|colleagues?|coworkers?|relatives|cousins?|grandparents?|place|house|village|hometown|home town"
    r"|town|office|company)\b)"
    r"|(?:남친|남자친구|여친|여자친구|남편|와이프|아내)\s*(?:의\s*)?(?=친구|가족|부모님|어머님|아버님|회사|동료|지인|집"
    # ("남친 누나 결혼식에 가요": his sister's wedding, the girlfriend dressed)
    r"|누나|언니|형|오빠|여동생|남동생|동생|어머니|아버지|엄마|아빠|친척|할머니|할아버지|사촌)"
)
_PAIRING_CUE = re.compile(
    r"\bgo(?:es)?\s+(?:well\s+|best\s+|better\s+|nicely\s+)?with\b|\bwear\s+with\b|\bpairs?\s+with\b|\bmatch(?:es)?\s+with\b|"
    r"어울리|어울려|어울릴|매치|엔 무슨|에 뭐 입|에 뭐 신|랑 뭐|어떤 거 신|뭐 신어|뭘 신|"
    # "is it ok to wear black and navy together?", "갈색 구두에 검정 바지 괜찮아?": may these meet
    r"(?<!put )\btogether\b|괜찮(?:을까|나요|은가요|아\s*\?|겠어\s*\?)|"
    # "brown shoes with a black suit?": two pieces put together, asked in a few words
    r"^(?!.*\b(?:outfits?|looks?|ideas?|something|anything|what|which|how)\b)"
    r"(?!(?:is|are|do|does|can|could|would|will|should|it|its|it's|this|these|that|those|i|im|i'm)\b)[a-z-]+(?:\s+[a-z-]+){0,2}\s+with\s+"
    r"[a-z -]{2,40}\?\s*$"
    # "whats the right shoe colour w green cords", "what colour coat with a cobalt dress?"
    r"|\bcolou?r\s+(?:w/?|with)\s"
)
# "rainy day work outfit" asks for looks; "비 온다는데 이걸로 괜찮을까요?" asks about the rain
_LOOKS_ASKED = re.compile(r"\b(?:outfits?|looks?)\b|코디|룩|추천")
_EN_ASKING = re.compile(r"\b(?:what|which|does|do|can i|should i)\b")
_ASKS_LEAVE = re.compile(r"(?:입어도|신어도|들어도|매도|써도|가도)\s*(?:돼|되|됨|괜찮)"
                         # "이 바지 입으려고 어때?": thinking of wearing it, is it all right?
                         r"|(?:입으려|신으려|입고 가려)(?:고|는데|구)\s*(?:하는데\s*)?(?:어때|어떨까|괜찮)")
_NOT_PAIRING = re.compile(r"안 ?어울|don'?t (?:go|suit)|밖에 없")  # "베이지색은 안 어울려서 싫어요" rules beige out
# "it's a dress", "this is actually a skirt", "이거 원피스야", "가방 아니고 원피스예요": the person says
# what the garment in their photo is, which overrides what the photo model read.
_NAMES_THE_PHOTO = re.compile(
    r"\b(?:it'?s|it is|its|this is|this's|that'?s|that is|they'?re|these are)\s+(?!the only\b)(?:actually\s+|really\s+)?"
    r"(?:a\s+|an\s+|my\s+)?\w|\bnot an?\s+\w+,?\s+(?:it'?s|but)\b|이거|이건|이것|그거|그건|사진|아니고|아니라"
    # "found these green cords", "this dress", "이 머스타드 니트": the garment shown, pointed at

)
# "found these green cords", "이 머스타드 니트": the garment of the photo sent with the message, pointed at
# (without a photo, "what goes with these jeans?" names no garment on screen)
_POINTED_AT = re.compile(r"\b(?:these|this|those)\s+(?=[a-z])|(?<![가-힣])이\s+(?=[가-힣a-z])")
# "I bought a red skirt, what top?", "빨간 스커트 샀는데 상의 뭐 입어야": the garment they own is the one shown
_OWNED_BEFORE = re.compile(r"\b(?:i\s+(?:just\s+)?(?:bought|got|have|own|ordered|picked up|found)|i'?ve got|just (?:bought|got))"
                           r"\s+(?=[a-z])")  # ("I don't have heels" says no such thing)
_OWNED_AFTER = re.compile(r"^\s*(?:을|를|이|가|하나|한\s*벌)?\s*(?:새로\s*)?(?:샀|구매했|구입했|장만했|선물\s*받|받았|있는데|있어(?!야))")
# "I have black jeans, what goes with this?": "this" alone points at the photo, the jeans are its partner
_BARE_POINTER = re.compile(r"\b(?:this|these)\b(?=\s*(?:[?.!,]|$|(?:go|goes|work|works|look|looks|match|matches|would|will|"
                           r"is|are|be|one)\b))|이거|이걸|이건")
# "would #1 work for a funeral?", "does it work with my coat?": the verb, not the office ("to work for a
# meeting" keeps its noun)
_WORK_VERB = re.compile(r"(?<!\bto )(?<!\bat )(?<!\bfor )(?<!\bfrom )(?<!\bafter )(?<!\bbefore )"
                        r"\bwork(?=\s+(?:for|with|on|as|over)\s+(?:a|an|the|my|your|his|her|me|him|them|us|this|that|"
                        r"it|someone|people|older|look|those|these|\d)\b|\s+(?:with|w/?)\s+(?:#\d|look\b)|\s*\?)"
                        # "would my white air forces work w look 1", "do my boots work or is that weird"
                        r"|(?<=forces )work\b|(?<=boots )work\b|(?<=sneakers )work\b|(?<=shoes )work\b"
                        r"|(?<=timberlands )work\b|(?<=loafers )work\b|(?<=heels )work\b|(?<=jeans )work\b"
                        # "would #1 work for christmas eve service?": after a look or a modal, a verb
                        r"|(?:(?<=#\d )|(?<=look \d )|(?<=would )|(?<=will )|(?<=does )|(?<=could )|(?<=might )"
                        r"|(?<=it )|(?<=this )|(?<=that )|(?<=they )|(?<=these )|(?<=those ))work\b"
                        # "why do these work together?", "colours that work well": a verb of going together
                        r"|\bwork(?=\s+(?:together|so well|well together|well with each other)\b)")
_AGE = re.compile(r"\b(\d{2})\s*-?\s*(?:years?[- ]old|yrs?[- ]old|yo|y/o)\b|\bin (?:my|her|his|their|our) (\d)0s\b"
                  # "someone 50+", "over 60", "a 50-something"
                  r"|\b(?:someone|somebody|people|women|men|a woman|a man|anyone)\s+(?:over\s+|aged\s+)?(\d{2})\s*(?:\+|plus\b|or older\b|and up\b|-?something\b)"
                  r"|\bover\s+(\d{2})s?\b(?!\s*(?:cm|kg|lbs?|%|deg|degrees|dollars|bucks|\$|f\b|c\b))"
                  r"|(?<!\d)(\d)0\s*대|\b(?:i'?m|i am|she'?s|she is|he'?s|he is)\s+(\d{2})\b(?!\s*(?:cm|kg|lbs?|%|deg))|(?<!\d)(\d{2})\s*(?:살|세)(?!\S*\s*(?:아이|아들|딸|조카))", re.IGNORECASE)
# "is #2 ok?", "would #1 work for a funeral?", "2번 회사에 입고 가도 돼?", "3번은 50대한테 어때?": asking, not changing
# "1번 신발 굽 높아?", "can i walk in look 2's shoes all day?": how the shoes walk, asked
_WALKABLE = re.compile(r"굽\s*(?:이|은)?\s*(?:높|낮|있)|많이\s*걸(?![쳐치])|오래\s*걸(?![리쳐])|걷기\s*(?:편|힘)|걸을\s*만|"
                       r"(?:하루\s*종일|종일|계속)\s*걸(?:어|을|으)|발\s*(?:이\s*)?(?:안\s*아프|아프지\s*않|아플까|아프진)|"
                       r"\bwalk(?:able)?\s+in\b|\bwalk(?:ing)?\s+(?:all day|a lot|around|far|for hours)\b"
                       r"|\bheels?\s+(?:too\s+)?high\b|\bon my feet\b"
                       # "ok if i have to walk like 15 min from the subway?", "for a 20 minute walk", "역에서 10분 걸어야"
                       r"|\bwalk(?:ing)?\b[^.?!]{0,25}?(?:\b\d+\s*-?\s*(?:min(?:ute)?s?|blocks?|miles?|km)\b|\bfrom the\b|\bdistance\b)"
                       r"|\b\d+\s*-?\s*(?:min(?:ute)?s?|blocks?|miles?|km)\s+walk"
                       r"|\bstand(?:ing)?\s+(?:all|most of|for hours|the whole)\b|걸어(?:서|가야|야)|\d+\s*분\s*(?:정도\s*|넘게\s*)?걸"
                       # "can i bike in it?", "1번 입고 자전거 타도 돼요?": the shoes and the cut, on a bike
                       r"|\b(?:bike|cycle|ride a bike|ride my bike)\s+in\b|자전거\s*(?:타|탈)"
                       # ("are those heels ok for a long day?", "comfortable for standing a while?", "오래 서 있어야")
                       r"|\b(?:shoes|heels|boots|flats|pumps|those|these|them)\b[^.?!]{0,30}\b(?:a long day|long days)\b"
                       r"|\bstand(?:ing)?\s+(?:a while|for a while|a lot|for long)\b"
                       r"|\bcomfortable\s+(?:for|to)\s+(?:stand|walk)|오래\s*서\s*있|계속\s*서\s*있", re.IGNORECASE)
_ASKS_ABOUT = re.compile(
    r"\?|\b(?:is|are|would|will|does|do|can|could|should)\b.*\b(?:ok|okay|alright|fine|work|suit|appropriate|"
    r"too much|too young|too old|good|enough)\b|^\s*(?:is|are|would|will)\b[^.?!]*\btoo\s+[a-z]+|괜찮|어때|어떨까|어울려|어울릴까|돼\s*$|될까|되나요|입어도|가도|충분",
    re.IGNORECASE)
# "look 1 is too much", "the shoes are way too formal": said, not asked (no question mark, no asking word first)
_SAID_TOO = re.compile(r"\b(?:look\s*#?\d|#\d|it|this|that|this one|that one|the \w+)\s+(?:is|are|looks?|feels?)\s+"
                       r"(?:a bit\s+|way\s+|kinda\s+|just\s+|a little\s+|far\s+)?too\s+\w+")
_ASKING_FIRST = re.compile(r"\s*(?:do|does|would|will|is|are|could|can|should|isn'?t|wouldn'?t)\b")
# "what coat can go over it?", "이 위에 뭐 걸쳐요?": a layer asked onto the looks on screen
_JUST_ONE = re.compile(r"(?:한\s*개|하나|한\s*벌)\s*(?:만|정도)?\s*(?:넣어|추가|보여|만들어|섞어)"
                       r"|\b(?:one|a single)\s+(?:look|outfit|option)\s+with\b|\bjust one\s+with\b")
_OVER_IT = re.compile(r"\b(?:go|goes|wear|put|throw)\s+(?:on\s+)?over\s+(?:it|them|this|these|that|those|the looks?|"
                      r"(?:my|the|a) suit)\b"
                      r"|위에\s*(?:입을|걸칠|뭐|어떤)|위에\s*걸쳐", re.IGNORECASE)
# "what do i layer over it", "공연장 에어컨 세다던데 뭐 걸칠 거 있어요?", "쌀쌀하면 뭐 걸치면 좋을까요", "겉옷 뭐 챙겨야 돼":
# a layer to carry and put on, asked of the looks
_THROWS_ON = re.compile(r"\b(?:what|which|anything|something)\b[^.?!]{0,25}\b(?:layer|throw|put)\s+(?:on\s+)?over\b"
                        r"|\blayer over (?:it|them|this|that|these|the looks?)\b|\bsomething to throw on\b"
                        r"|\bwhat (?:jacket|layer|cardigan|coat) (?:should|do|would) i (?:bring|take|pack|throw on)\b"
                        r"|(?:뭐|뭘|어떤\s*(?:거|걸|것))\s*(?:좀\s*)?걸치|걸칠\s*(?:거|게|만한|것)|걸칠만한"
                        r"|겉옷\s*(?:은|는)?\s*(?:뭐|뭘|어떤\s*거)\s*(?:챙겨|챙길|가져|입어야|입으면)", re.IGNORECASE)
_WEAR_ASKED = re.compile(r"\bwhat (?:do i|should i|to|can i|would i) (?:wear|put on|bring|pack)\b|(?:뭐|뭘|무엇을?)\s*(?:입|걸치|챙기|챙겨)")
# "and what socks", "what colour belt?", "넥타이는 무슨 색이 좋아요?": which one, asked
_ASKS_WHICH = re.compile(r"\?|\b(?:what|which|any|how|should i|do i need)\b|\bstill (?:in|a thing)\b|무슨|어떤|뭐|뭘|어느|몇|어떻게|방법|알려|해야",
                         re.IGNORECASE)
# "1번에서 신발만 바꿔줄 수 있어요?", "can you swap the shoes on look 2?": a change asked for politely, not which
# shoes are asked about
_CHANGE_ASKED = re.compile(r"(?:바꿔|바꾸어|변경해)\s?(?:줄|주실|주실\s?수)\s?(?:수\s?)?(?:있|있나|있을까|있어)|바꿀\s?수\s?(?:있|있나)"
                           r"|(?:바꿔|바꾸어|변경해|빼|넣어)\s?(?:줄래|주실래|줄\s?래|주면\s?안)"
                           r"|\b(?:can|could|would) you (?:please |pls |maybe )?(?:swap|change|switch|replace|make)\b")
# "why the brown shoes on look 1?", "왜 2번에 로퍼 넣었어?": why a look is as it is (not "why not try boots?")
_WHY = re.compile(r"^\s*(?:(?:but|so|and|ok|hmm)\s+)?why\b(?!\s+not\b)|\bwhy (?:the|did you|did u|those|that|these|this|is there|"
                  r"are there|do you|would you)\b|(?:^|\s)왜\s?(?!안\b)")
# "a leather jacket", "가죽 자켓": the material said right before a named garment
_MATERIALS = "|".join(sorted(map(re.escape, lexicon.MATERIAL_WORDS), key=len, reverse=True))
_MATERIAL = re.compile(r"(?<![\w가-힣])(" + _MATERIALS + r")\s*$")
_MATERIAL_IN = re.compile(r"(" + _MATERIALS + r")\b")
_MATERIAL_ONE = re.compile(r"\b(" + _MATERIALS + r")\s+ones?\b")
# "연말 파티에 입어도 되나요?", "can i wear these to the wedding?": leave asked to wear the garment shown
_LEAVE_TO_WEAR = re.compile(r"입어도|신어도|\bwear (?:these|this|it|them)\b|(?:룩|용)\s*(?:으로|로)?\s*도\s*(?:돼|되|괜찮|가능)"
                            r"|\b(?:is|are) (?:this|these|it|they)\b.{0,25}\b(?:too|ok|okay|fine|appropriate|alright"
                            r"|all right|acceptable|suitable)\b")
# what the others wear, set against what the person wants ("everyone lives in hoodies, but I'd like to look sharper")
_SAID_OF_OTHERS = re.compile(r"\b(?:everyone|everybody|they all|most people|the others|all the guys|all the girls)\b[^.!?,]*$"
                             r"|(?:다들|모두들|남들)[^.!?,]*$")
_SHARPER = re.compile(r"\b(?:sharper|smarter|dressier|more put together|more polished|a step up|more grown[- ]up)\b"
                      r"|더 깔끔|더 단정|더 갖춰|좀 더 차려")
# a colour of a piece they lack, said after it in Korean: "검은 정장이 없어요" (no wish against black)
_NOT_OWNED_AFTER = re.compile(r"^\s*\S{0,6}?\s*\S{0,6}?(?:이|가|은|는)\s*없(?:어|는|습|다|고|음|네)")
_NOT_OWNED = re.compile(r"\b(?:don'?t|do not|dont|no longer) (?:own|have)\b")
# "is a bolo tie too much?", "버킷햇 너무 과한가?": whether one bold piece is over the top where it is worn
_TOO_MUCH = re.compile(r"\btoo (?:much|loud|flashy|showy|extra|bold|out there|over the top|stuffy|fancy)\b|\boverkill\b"
                       r"|\bover[ -]the[ -]top\b"
                       r"|과한가|과해|과할까|과하지|과한 ?거|오버(?:인가|야|일까|하|스러|스럽)|오바(?:인가|일까|죠)|너무 튀"
                       # ("크롭티는 좀 부담스러워요" says it is not for them; "부담스러울까요?" asks)
                       r"|부담스러(?:울까|운가|울지|워\s*\?|워요\s*\?|운\s*\S*\s*\?)", re.IGNORECASE)
# "1번이랑 2번 중에 뭐가 더 나아요?", "which is better, #1 or #3?": two looks on screen, one to choose
_STUFFY = re.compile(r"^\W*(?:is|are|would|will)\b[^.!?]*\btoo (?:stuffy|fancy|formal|dressy)\b")
_TWO_LOOKS = re.compile(r"(?:#|look |no\.? ?|number |option )?([1-9])\s*(?:or|vs\.?|versus|and)\s*(?:#|look |no\.? ?|number |option )?([1-9])\b"
                        r"|([1-9])\s*번?\s*(?:이랑|랑|과|와|하고|이나|vs\.?|,|\s)\s*([1-9])\s*번"
                        # ("2번이 나을까요 3번이 나을까요": each asked in turn)
                        r"|([1-9])\s*번이\s*(?:더\s*)?나을까요?\s*(?:아니면\s*)?([1-9])\s*번", re.IGNORECASE)
# ("torn between 2 and 3", "2번이랑 3번 중에 고민이에요": the same weighing, said as a doubt)
_WHICH_BETTER = re.compile(r"\b(?:better|best|prefer|which|should i (?:go|pick|choose)|go with|pick|difference|differ"
                           r"|torn|can'?t decide|cannot decide|deciding|undecided)\b|뭐가|어느|어떤 ?게|"
                           r"더 나|나을까|골라|추천|차이|고민|헷갈|못 ?고르|결정(?:을)? ?못", re.IGNORECASE)
_NOTHING_LIKE = re.compile(r"\bnothing (?:that|which|too|to)\b[^.?!,]{0,40}?\blike\b(?=\s+(?:an?\s+)?[\w-])")
_WHAT_ONE_WEARS = re.compile(r"\bwhat does (?:one|someone|anyone|a (?:guy|girl|man|woman|person))(?: even| usually)? wear\b")
_SEPARATES = re.compile(r"투피스|\btwo[- ]piece (?:set|outfit|look)s?\b|\bseparates\b|\bco-?ord(?:s|inated set)?\b")
_DRESS_CODE_WORDS = re.compile(r"\bdress ?codes?\b|드레스 ?코드")
_DRESS_CODE_ASKED = re.compile(r"(?:dress ?codes?|드레스 ?코드|복장 규정|복장 규칙)\s*(?:은|이|가|는)?\s*(?:있|뭐|어떻|\?)"
                               r"|\b(?:is there|what(?:'s| is)(?: the)?|any) (?:a )?dress ?code"
                               # ("do people dress up a lot?", "다들 많이 차려입나요?"): how dressed the place is, asked
                               r"|\bdo (?:people|most people|folks|guests|locals) (?:really |usually |actually |tend to )?dress up\b"
                               r"|\bis it (?:very |really )?dressy\b"
                               r"|(?:다들|사람들|보통)\s*(?:많이\s*|좀\s*)?(?:차려\s*입|꾸미고\s*(?:와|오|가))\S*(?:나요|까요|는지|나\s*\?|\?)",
                               re.IGNORECASE)
# "is it dated?", "이거 유행 지난거야?": the garment shown, pointed at without its name
_QUIET = {"quiet": lexicon.QUIET_TERMS}
# "one for me (f) and one for my bf", "outfits for me and my husband", "남친이랑 저 둘 다": both dressed, not
# one dressed for a date with the other ("dinner with my bf" dresses one)
_PARTNER = r"(?:bf|boyfriend|gf|girlfriend|husband|hubby|wife|partner|fianc[eé]e?)"
_PARTNER_KO = r"(?:남친|남자\s?친구|남편|신랑|여친|여자\s?친구|아내|와이프|신부|예랑|예신)"
_DRESSING_TWO = re.compile(
    rf"\bone for (?:me|myself)\b.{{0,30}}\bone for (?:my )?(?:{_PARTNER}|him|her)\b"
    rf"|\bone for (?:my )?{_PARTNER}\b.{{0,30}}\bone for (?:me|myself)\b"
    rf"|\b(?:for|dress) (?:me|myself) (?:and|&|n|\+) (?:my )?{_PARTNER}\b"
    rf"|\b(?:for|dress) (?:my )?{_PARTNER} (?:and|&|n|\+) (?:me|myself)\b"
    rf"|{_PARTNER_KO}\s?(?:이랑|랑|하고|과|와)\s?(?:저|나|제|내)\s?(?:꺼|것|옷)?\s?(?:둘\s?다|모두|같이\s?입|각각)"
    rf"|(?:저|나|제|내)\s?(?:랑|하고|와|이랑)\s?{_PARTNER_KO}\s?(?:꺼|것|옷)?\s?(?:둘\s?다|모두|같이\s?입|각각)"
    rf"|{_PARTNER_KO}\s?(?:꺼|것|옷)도\s?(?:같이|함께)?\s?(?:추천|코디|골라|봐)"
    # ("남편이랑 … 사진 예쁘게 나오게 맞춰입고 싶어요", "match with my boyfriend": the two dressed to go together)
    rf"|{_PARTNER_KO}\s?(?:이랑|랑|하고|과|와)\s(?:\S+\s){{0,6}}?(?:맞춰\s?입|톤\s?맞춰|깔맞춤)"
    rf"|\b(?:match|coordinate)\s+(?:me\s+)?(?:with\s+)?(?:my\s+)?{_PARTNER}\b"
    # ("me 28 and my boyfriend 30, shopping for both of us")
    rf"|\b{_PARTNER}\b[^.?!]{{0,60}}\b(?:shopping|outfits?|looks?|clothes|dress(?:ing)?) for (?:the )?both of us\b")
# Someone else to dress beside the looks on screen: "what should my husband wear", "what about him, hes 9",
# "ok now my husband, match him to look 2", "남편꺼도 봐주세요", "남친이랑 커플룩도 가능?"
# "남자꺼도", "여자 옷도": a wardrobe asked for too, someone else's beside the person's own
_GENDERS_CLOTHES_TOO = r"(?:남자|여자)\s?(?:꺼|거|것|옷)도"
_FAMILY_KO = r"(?:엄마|아빠|어머니|아버지|언니|누나|오빠|형|할머니|할아버지|여동생|남동생)"
_HIM = r"(?:husband|hubby|bf|boyfriend|fianc[eé]|dad|father|brother|him|he)"
_HER = r"(?:wife|gf|girlfriend|fianc[eé]e|mom|mum|mother|sister|her|she)"
_CHILD = r"(?:son|daughter|kids?|children|boy|girl|toddler|little one)"
_OTHER = rf"(?:(?:my|our|the) )?(?:{_HIM}|{_HER}|{_CHILD})"
_PARTNER_ASKED = re.compile(
    rf"\bwhat (?:should|could|would|can|do|does|will) (?P<a>{_OTHER}) (?:wear|bring|pack|put on)\b"
    rf"|\bwhat about (?P<b>{_OTHER})\b(?! (?:said|says|told|thinks?|wants? (?:me|the looks?)))"
    rf"|\b(?:ok(?:ay)? |and )?now (?:for )?(?P<c>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD}))\b"
    rf"|\bmatch (?P<d>{_OTHER}) (?:to|with)\b|\b(?:dress|style) (?P<e>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD}))\b"
    rf"|\b(?P<f>{_OTHER}) wants? us to (?:coordinate|match)\b"
    rf"|\bsomething for (?P<g>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD})) (?:too|as well)\b"
    rf"|\b(?P<n>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD})) needs? (?:something|an outfit|outfits|looks?|clothes)\b"
    rf"|\bwhat (?P<o>{_OTHER}) should (?:wear|bring|pack|put on)\b"
    rf"|\b(?:outfits?|something|clothes|looks?) for (?P<p>(?:my|our) (?:\d+\s*-?\s*(?:years?|yrs?|yo)[- ]old\s+)?{_CHILD})\b"
    rf"|(?P<k>{_PARTNER_KO}|{_FAMILY_KO}|아들|딸|아이|애기|아기|남자애|여자애|남자\s?아이|여자\s?아이)\s?(?:꺼|거|것|옷)도"
    rf"|(?P<l>{_PARTNER_KO})(?:이)?(?:랑|하고)\s?커플\s?(?:룩|코디)"
    rf"|(?P<m>{_PARTNER_KO}|아들|딸)(?:은|는)\s?(?:뭐|뭘|어떻게|어떤\s?옷)"
    # ("dad needs something too", "my mom also wants to look nice", "something for my husband so we don't clash",
    # "and my son, he's 17 ... anything he might actually wear?")
    rf"|\b(?P<q>(?:(?:my|our) )?(?:{_HIM}|{_HER}|{_CHILD})) (?:also |too )?needs? (?:something|an outfit|outfits|looks?|clothes)\b"
    rf"|\b(?P<r>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD})) (?:also |too )?wants? to (?:look|dress|wear)\b"
    rf"|\bsomething for (?P<s>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD}))\b(?![’']s\b)"
    rf"|\b(?:and |also )?(?P<t>(?:my|our) (?:{_HIM}|{_HER}|{_CHILD}))\b(?![’']s\b)[^?!]{{0,80}}\banything (?:he|she|they) "
    rf"(?:might |could |would |will |can )?(?:actually )?wear\b"
    # ("남친도 같이 가는데", "남친 거 추천해줘요", "남편은 175에 배가 좀 나왔어요", "와이프는 162에 마른 편이고")
    rf"|(?P<u>{_PARTNER_KO}|{_FAMILY_KO}|아들|딸)도\s?같이\s?(?:가|와|참석)"
    rf"|(?P<v>{_PARTNER_KO}|{_FAMILY_KO}|아들|딸)\s?(?:꺼|거|것|옷)\s?(?:도\s?)?(?:추천|골라|봐|찾아|보여|코디)"
    rf"|(?P<w>{_PARTNER_KO}|{_FAMILY_KO}|아들|딸)(?:은|는)\s?(?:키\s?)?1[4-9]\d\s?(?:cm|센치)?\s?(?:에|이고|이에요|이고요|정도)"
    # ("제꺼 3번 좋고 남편은 그냥 정장으로 추천해주세요"): theirs asked in what they should wear
    rf"|(?P<ya>{_PARTNER_KO}|{_FAMILY_KO}|아들|딸)(?:은|는)\s?(?:그냥\s?|좀\s?)?\S+(?:으로|로)\s?(?:추천|골라|봐|찾아|보여|코디)"
    # ("mum doesn't like sleeveless, change look 1 for her", "1번을 엄마 꺼로 바꿔줘": a look of hers beside that one)
    rf"|\b(?:change|adapt|make|redo|do|tweak|turn)\s+(?:look\s*#?|#)\d\s+(?:into one\s+)?for\s+(?P<x>{_OTHER})\b"
    rf"|(?P<y>{_PARTNER_KO}|{_FAMILY_KO})\s?(?:용으로|꺼로|거로|것으로)\s?(?:바꿔|해|맞춰|골라)"
    # ("예비신랑 뭐 입힐지도 고민인데 ... 남자꺼도 추천해줄 수 있어요?": his looks, asked beside hers)
    rf"|(?P<z>{_PARTNER_KO}|{_FAMILY_KO}|아들|딸)\s?(?:뭐|뭘|어떤\s?옷)\s?입힐"
    rf"|(?P<ka>{_GENDERS_CLOTHES_TOO})\s?(?:같이\s?)?(?:추천|골라|봐|보여|코디)"
    # ("can you also show looks for my husband next to mine?", "can u show his looks next to mine?", "show his too",
    # "can u show my gf's looks too"): theirs shown beside the person's
    rf"|\b(?:show|add|see|do|include|pull up)\s+(?:me\s+)?(?:some\s+|the\s+)?(?:looks?|outfits?|clothes|something)\s+"
    rf"for\s+(?P<sa>{_OTHER})\b"
    rf"|\b(?:show|add|see|do|include|pull up)\s+(?:me\s+)?(?P<sb>his|her|(?:my|our) (?:{_HIM}|{_HER})['’]s)"
    rf"(?:\s+(?:looks?|outfits?|ones|clothes))?\s*(?:too\b|as well\b|also\b|next to mine|beside mine|with mine"
    rf"|alongside mine|[?.!]|$)"
    # ("my roommate wants to come too, same budget, she's 5'9": a friend dressed too, by the pronoun said of them)
    rf"|\bmy (?:roommate|flatmate|housemate|friend|bestie|best friend|colleague|coworker|co-worker)\b"
    rf"[^.?!]{{0,30}}\b(?:come|join|coming|joining)\b[^?!]{{0,40}}\b(?P<ra>she|he)(?:'s| is)\b",
    re.IGNORECASE)
_TEEN_OR_OLDER = re.compile(r"\b(?:he|she)(?:'?s| is) (?:1[3-9]|[2-9]\d)\b|\b(?:1[3-9]|[2-9]\d)\s*(?:years? old|yrs? old|yo)\b"
                            r"|고등학생|중학생|대학생|고딩|중딩|(?:1[3-9]|[2-9]\d)\s*살")
_KO_MEN = re.compile(r"남친|남자\s?친구|남편|신랑|예랑|아들|아빠|아버지|오빠|형|할아버지|남동생")
_KO_CHILD = re.compile(r"아들|딸|아이|애기|아기|남자애|여자애")
_CHILD_AGE = re.compile(r"\b(?:he|she)(?:'?s| is) (?:[1-9]|1[0-2])\b(?!\s*(?:'|’|ft|feet|foot|\"|cm|in\b))"
                        r"|\b(?:[1-9]|1[0-2])\s*(?:years? old|yrs? old|yo)\b")


# Both dressed in one request ("outfits for me and my mum", "can you dress my mum too?", "엄마랑 제 코디"): the
# person's looks, and the other's beside them
_BOTH_DRESSED = re.compile(
    rf"\b(?:(?:outfits?|looks?|clothes|something to wear|what to wear)\s+for|dress|style)\s+(?:me|myself|us)\s+(?:and|&|n|\+)\s+"
    rf"(?P<a>(?:my|our)\s+(?:{_HIM}|{_HER}))\b"
    rf"|\b(?:dress|style|do|outfits? for|something for|pick for)\s+(?P<b>(?:my|our)\s+(?:{_HIM}|{_HER}))\s+(?:too|as well)\b"
    rf"|(?P<k>{_FAMILY_KO}|{_PARTNER_KO})\s?(?:이랑|랑|하고|와|과)\s?(?:저|나|제|내)\s?(?:꺼|거|것|옷)?\s?(?:둘\s?다|모두|같이|각각)?"
    rf"\s?(?:코디|옷|추천|입을)"
    # ("남편도 봐주세요 55세고", "남편도 같이 봐 주세요", "엄마 것도 골라주세요"): theirs too, beside the person's
    rf"|(?P<t>{_FAMILY_KO}|{_PARTNER_KO})\s?(?:도|것도|꺼도|거도|옷도|코디도)\s?(?:같이\s?|함께\s?|좀\s?)?(?:봐|골라|코디|추천)"
    # ("둘 다 봐주세요 남편 38 저 36"): both, the other one named beside
    rf"|(?:둘\s?다|부부\s?(?:둘\s?)?(?:다|모두))\s?(?:봐|골라|코디|추천)[^.?!]{{0,12}}?(?P<n>{_FAMILY_KO}|{_PARTNER_KO})",
    re.IGNORECASE)
# "dress us both", "outfits for both of us": the other one said by a pronoun or a word for them
_US_BOTH = re.compile(r"\b(?:dress|style|outfits?\s+for|looks?\s+for|something\s+for)\s+(?:us\s+both|both\s+of\s+us|the\s+two\s+of\s+us|us\s+two)\b")
_THEIR_PRONOUN = re.compile(r"\b(?:she|he)(?:'?s| is| will| wants| likes)\b|\b(?:my|our)\s+(?:wife|husband|girlfriend|boyfriend|gf|bf|partner|mum|mom|dad)\b")
_THEIR_AGE = re.compile(r"\b(?:she|he)(?:'?s| is)\s+(\d{2})\b(?!\s*(?:cm|kg|lbs?|%))|(?:엄마|아빠|어머니|아버지)\S*\s*(\d)0\s*대"
                        # ("남편 38 저 36", "남편도 봐주세요 55세고", "남편은 50이에요")
                        rf"|{_PARTNER_KO}\S*\s*(?:[^\d.?!]{{0,8}}?\s)?(\d{{2}})\s*(?:살|세|이에요|예요|\s|$)")
_OWN_AGE = re.compile(r"\b(?:i'?m|i am)\s+(\d{2})\b(?!\s*(?:cm|kg|lbs?|%))|(?:저는|전|나는|저)\s*(\d{2})\s*(?:살|세|\s|$)"
                      r"|\b(\d{2})\s*(?:f|m|y/?o|yrs?)\b")


# ("female 38 and male 40, married", "38F and 40M", "여 38 남 40"): two people listed, the first one's looks first
_TWO_LISTED = re.compile(r"\b(?P<a>female|woman|male|man|[fm])\s*,?\s*(?P<a_age>\d{2})\s*(?:and|&|\+|,)\s*(?P<b>female|woman|male|man|[fm])"
                         r"\s*,?\s*(?P<b_age>\d{2})\b|\b(?P<a_age2>\d{2})\s*(?P<a2>[fm])\s*(?:and|&|\+|,)\s*(?P<b_age2>\d{2})\s*(?P<b2>[fm])\b"
                         r"|(?P<a3>여|남)(?:자)?\s*(?P<a_age3>\d{2})\s*(?:,|이랑|랑|하고|과|와)?\s*(?P<b3>여|남)(?:자)?\s*(?P<b_age3>\d{2})")
_LISTED_GENDER = {"female": "women", "woman": "women", "f": "women", "여": "women",
                  "male": "men", "man": "men", "m": "men", "남": "men"}


def _two_people_listed(heard: Understanding) -> Understanding:
    """Two people of either wardrobe listed with their ages: both dressed, the first one's looks first."""
    found = _TWO_LISTED.search(heard.text.lower())
    if found is None or heard.couple or heard.both_dressed:
        return heard
    g = found.groupdict()
    first, second = (g["a"] or g["a2"] or g["a3"]), (g["b"] or g["b2"] or g["b3"])
    wearer, partner = _LISTED_GENDER[first], _LISTED_GENDER[second]
    if wearer == partner:
        return heard
    age, partner_age = (int(g[k] or g[k + "2"] or g[k + "3"]) for k in ("a_age", "b_age"))
    return replace(heard, preferences=replace(heard.preferences, gender=wearer), own_gender=wearer, partner=partner,
                   both_dressed=True, age=age, partner_age=partner_age)


def bared_kinds_asked(heard: Understanding, modest_before: bool = False) -> list[str]:
    """The kinds a temple turns away that a question about a place of worship names ("왕궁 반바지 안되죠?", or "반바지는
    안 되죠?" where the temple was said before: `modest_before`); "modest" alone implies no shorts, but asks nothing
    about them."""
    if not ((heard.feel.modest or modest_before) and "?" in heard.text):
        return []
    kinds = dict.fromkeys(k for k in (*heard.kinds, *heard.avoid_kinds) if k in MODEST_OUT_KINDS)
    said = {m.value for m in find_terms(heard.text.lower(), lexicon.KIND_TERMS)[0]}
    return [k for k in kinds if k in said]


def _heat_over_the_month(heard: Understanding) -> Understanding:
    """"4월이라 40도래요": heat said in degrees or words beside a month is the season worn, whatever the month means."""
    if heard.hot and heard.season_by_month and heard.preferences.season in ("spring", "fall"):
        return replace(heard, preferences=replace(heard.preferences, season="summer"))
    return heard


def _season_of_the_place(heard: Understanding) -> Understanding:
    """"Pongal at my grandparents' place in Madurai, mid January": a month said with a place is the season there
    (chains/climate.py), not the one the month means at home; a season said in words stays."""
    if not (heard.place and heard.month and heard.season_by_month) or heard.weather.said:
        return heard
    place = place_by_key(heard.place)
    return replace(heard, hot=heard.hot or place.hot(heard.month),
                   preferences=replace(heard.preferences, season=season_to_dress_for(place, heard.month)))


def _both_dressed(heard: Understanding) -> Understanding:
    """"I need outfits for me and my mum ... i'm 28 and she's 55": her looks beside the person's; her age is hers.
    ("I'm 44, she's 41. dress us both please": hers, by the pronoun said of her.)"""
    heard = _two_people_listed(heard)
    lowered = heard.text.lower()  # (as typed: the reading blanks "my mum" of "my mum's")
    found = _BOTH_DRESSED.search(lowered)
    us_both = _US_BOTH.search(lowered) if found is None else None
    pronoun = _THEIR_PRONOUN.search(lowered) if us_both else None
    if (found is None and pronoun is None) or heard.couple:
        return heard
    who = next(v for v in found.groupdict().values() if v) if found else pronoun.group()
    wearer = "men" if _KO_MEN.search(who) or re.search(rf"\b(?:{_HIM}|he)\b", who) else "women"
    theirs, own = _THEIR_AGE.search(lowered), _OWN_AGE.search(lowered)
    their_age = int(_first_group(theirs)) * (10 if theirs.group(2) else 1) if theirs else None
    own_age = int(_first_group(own)) if own else (None if theirs else heard.age)
    # ("dress me and my wife": the wife's word said whose clothes hers are; the person's own are his)
    # ("outfits for me and my mum": her word says nothing of the person's own clothes, which wait for the question)
    prefs = replace(heard.preferences, gender=heard.own_gender if heard.own_gender
                    else None if heard.preferences.gender == wearer else heard.preferences.gender)
    return replace(heard, preferences=prefs, partner=wearer, both_dressed=True, partner_age=their_age, age=own_age)


# "looks 2 and 3", "#1 & #4", "2번이랑 3번": two or more looks named together
_LOOKS_TOGETHER = re.compile(r"\blooks?\s*#?(\d)((?:\s*(?:,|and|&|\+)\s*#?\d)+)\b|#(\d)((?:\s*(?:,|and|&|\+)\s*#\d)+)"
                             r"|(?<!\d)(\d)\s*번\s*((?:(?:이랑|하고|과|와|,|랑)\s*\d\s*번\s*)+)")


def _looks_named(lowered: str) -> tuple[int, ...]:
    found = _LOOKS_TOGETHER.search(lowered)
    if found is None:
        return ()
    first, rest = next((a, b) for a, b in zip(found.groups()[::2], found.groups()[1::2]) if a)
    return tuple(dict.fromkeys(int(n) for n in (first, *re.findall(r"\d", rest))))


def partner_asked(lowered: str) -> str | None:
    """Whose clothes someone else's are, asked beside the looks on screen: men | women | child (adults' only in the
    catalogue), else None. ("partner" is left to the agent: the person's own gender says it.)"""
    found = _PARTNER_ASKED.search(lowered)
    if found is None:
        return None
    who = next(v for v in found.groupdict().values() if v)
    # ("my son, he's 17", "아들 고등학생이에요": a teenager wears the adults' catalogue; a young child does not)
    grown = _TEEN_OR_OLDER.search(lowered) is not None
    if not grown and (_KO_CHILD.search(who) or re.search(rf"\b{_CHILD}\b", who) or _CHILD_AGE.search(lowered)):
        return "child"
    if _KO_CHILD.search(who) or re.search(rf"\b{_CHILD}\b", who):
        return "women" if re.search(r"딸|daughter|girl", who) else "men"
    his = who.lower().startswith("his")  # ("show his too")
    return "men" if _KO_MEN.search(who) or who.startswith("남자") or his or re.search(rf"\b{_HIM}\b", who) else "women"


_COUPLE = {"couple": lexicon.COUPLE_TERMS}  # (one table for good: patterns are cached by the table)
_BESIDE_A_LOOK = re.compile(r"(?<!\d)\d\s*번\s*(?:코디)?\s*(?:이랑|하고|과|와|에)\s*(?:잘\s*)?(?:어울|매치)|\bwith (?:look |#)\d"
                            # ("I own a light denim jacket, would that be too casual with it?": with the look talked about)
                            r"|\b(?:with|over) (?:it|that one|this one|that look|this look)\s*\??\s*$")
# "베이지 코트 있는데 그거랑 3번 같이 입어도 돼요?", "흰 스니커즈 있는데 그거 신어도 어울리겠죠?", "I have black trousers
# already, what else do I need?": the piece they have, to be worn (asked whether it does), not one asked about
_WEAR_IT_ASKED = re.compile(r"(?:그거|그걸|그것|걔)\s*(?:랑|하고|를|을)?\s*(?:\S+\s+){0,3}?(?:입어도|신어도|써도|들어도|매도|입으면|신으면)"
                            # ("검정 니트 있는데 그걸로 되나?": whether theirs will do)
                            r"|(?:그걸로|그거로|그거면|그걸론)\s*(?:\S+\s+)?(?:되나|될까|돼|되겠|되죠|괜찮|충분)"
                            r"|(?:그거|그걸|그것|걔)\s*(?:랑|하고)\s*(?:\S+\s+){0,3}?(?:조합|매치|같이|어울)"
                            r"|\bcan i (?:wear|use|do) (?:it|them|those|that)\b|\b(?:will|would) (?:it|they|those) work\b"
                            r"|\bwhat else (?:do|would|should) i need\b|\bwhat else goes with (?:it|them)\b")
_OWN_PIECE_BEFORE = re.compile(r"(?:\bthis|\bthese|\bmy|\bthat|이|내|제)\s*$")  # "this sequin top": theirs  # "너무 튀는 건 싫어요": nothing bright, the shoes and the bag included
# "can you do it in navy and grey?", "네이비랑 그레이로 해줘": the looks kept to the colours said (with two or more)
_LOOKS_IN = re.compile(r"\b(?:do|make|redo|have|show|want|see)\s+(?:it|them|these|those|the looks?|the outfits?|everything)"
                       r"\s+(?:all\s+)?in\b|(?:으로|로)\s*(?:해|맞춰|바꿔|코디|보여)")
_POINTS_AT_IT = re.compile(r"\b(?:this|these|it|they|them|those)\b|이거|이건|이게|요거|얘|저거")
# "do I need a hat?", "do I really need a different coat?", "모자 꼭 써야 돼?": whether a piece is called for
_WHAT_ELSE = re.compile(r"\bwhat else (?:do|would|should|will) (?:i|we) need\b|(?:또|더)\s*(?:뭐|무엇)(?:가|이)?\s*필요")
_WHICH_TO_WEAR_KO = re.compile(r"(?:어떤|무슨|어느|뭘|뭐)\s*(?:\S+\s*)?(?:을|를)?\s*입어야")  # (which, not whether)
_NEEDED = re.compile(r"\bdo (?:i|we|you) (?:really |actually |even )?(?:need|have to (?:wear|bring|get|buy))\b"
                     # ("should I buy boots? I have Vans"): whether to get one, asked
                     r"|(?<!what )(?<!which )(?<!size )(?<!many )(?<!much )\bshould i (?:get|buy|bring|pack)\b(?=[^.!]*\?)"
                     r"(?![^.!?]*\bor\b)"
                     r"|\b(?:is|are) (?:an? )?[\w ]{0,20}(?:needed|necessary|required|a must)\b|\bshould i (?:get|buy) (?:a|an) (?:different|new|other)\b"
                     # ("사무실이 추워서 가디건 필요해요" says it is needed: no question without its mark)
                     r"|필요(?:할까|하나|한가|할까요|한가요|있을까)|필요해(?:요)?\s*\?|꼭 필요해"
                     r"|꼭 (?:써|입어|신어|들어|챙겨|걸쳐|해|매|착용해)야|꼭\s*있어야\s*(?:돼|되|해|하나|할까)\S*\s*\?"
                     r"|(?:써|신어|들어|챙겨|걸쳐|매)야 ?(?:해|돼|되|하나|할까)|\bmust i wear\b|\bdo i have to wear\b"
                     # ("긴팔 입어야되요? 더울거같은데", "골프화 없어도 돼요?"): asked with its mark, not said
                     # (not "바지 사이즈 뭐 입어야 돼요?", which asks what)
                     r"|(?<!뭐 )(?<!뭐)(?<!뭘 )(?<!뭘)(?<!어떤 )(?<!무엇을 )입어야\s?(?:해|돼|되|하나|할까)[^?.!\n]{0,4}\?"
                     r"|없어도\s?(?:돼|되|괜찮)[^?.!\n]{0,4}\?",
                     re.IGNORECASE)
# "i dont own dress shoes", "구두가 없는데": what the occasion wants is not in their wardrobe
_OWNS_NONE = re.compile(r"\b(?:don'?t|do not|dont|no longer) (?:own|have)\b|\bhave no\b|(?:이|가) ?없(?:어|는데|거든|고)")
_COLOUR_WORD = re.compile(r"\bcolou?rs?\b|(?:무슨|어떤|어느)\s*색|색(?:은|이|깔|상)?\s*(?:뭐|무엇|어떤)|색(?:은|깔은)\s*\?"
                          r"|(?:안\s*싸우는|어울리는|맞는|튀지\s*않는)\s*색", re.IGNORECASE)
# The kind a colour question about a slot means ("아우터는 뭐가 좋아? 빨강이랑 안 싸우는 색으로": a coat's colour)
_SLOT_KIND = {"outerwear": "coat", "shoes": "shoes", "bottom": "trousers", "top": "sweater"}
_MORE_THAN = re.compile(r"\bthan\b|보다")
# "사이즈는 보통 L 입는데", "I'm usually an M": a letter size, said beside the word size or wear
_SIZE_SAID = re.compile(r"(?<![\w'])(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)(?![\w'])(?=.*(?:사이즈|size|입|wear|사면|살까|fit))"
                        r"|(?<!\d)(?<!허리 )(?<!허리)(44|55|66|77|88|85|90|95|100|105|110)\s*(?=사이즈|size|으로|로\s|사면|입으면|살까|이?면\s)"
                        r"|(?:size|사이즈)\s*(85|90|95|100|105|110)\b"
                        # ("tall sizes" is no size S)
                        r"|(?:size\s+|사이즈\s*|usually (?:an?|wear)\s*|보통\s*)(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)\b"
                        r"|(?<![\w'])(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)(?=이?면\s)", re.IGNORECASE)  # "S면 크려나"
# Whether a size, or a piece, fits them, asked: "2번 니트 M이면 맞을까?", "would an M fit me?", "3번 코트는 나한테
#너무 크지 않을까", "won't the coat be too big on me?"
_FITS_ME_ASKED = re.compile(r"(?<![\w'])(?:xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)\s*(?:이면|면|으로|로|사이즈면)\s*(?:\S+\s+)?"
                            r"(?:맞|될|괜찮|작|클|크|커)"
                            r"|\bwould (?:an? )?(?:xs|s|m|l|xl|xxl)\b[^.?!]{0,20}\b(?:fit|be ok|work)\b"
                            r"|(?:나한테|저한테|제게|내게|저에게|나에게)\s*(?:너무\s*|좀\s*)?(?:크지|작지|클까|작을까|크려나|작으려나)"
                            r"|\btoo (?:big|small|large|baggy) (?:for|on) me\b", re.IGNORECASE)
# "55면 S야 M이야?", "S or M?": which of two letter sizes a size said is
_LETTER_CHOICE = re.compile(r"(?<![a-z])(?:xs|s|m|l|xl|xxl)\s*(?:이?야|or|/|아니면|이나)\s*(?:xs|s|m|l|xl|xxl)(?![a-z])",
                            re.IGNORECASE)
def names_two_sizes(text: str) -> bool:
    """"M or L?", "S야 M이야?": which of two letter sizes is asked."""
    return bool(_LETTER_CHOICE.search(text))


# "i'm between M and L", "M이랑 L 사이": two neighbouring sizes, which to take
_BETWEEN_SIZES = re.compile(r"between (?:an? )?(xs|s|m|l|xl|xxl)\s*(?:and|&|/|or)\s*(?:an? )?(s|m|l|xl|xxl)\b"
                            r"|(xs|s|m|l|xl|xxl)\s*(?:이랑|랑|과|와|하고|,)\s*(s|m|l|xl|xxl)\s*(?:사이|중)", re.IGNORECASE)
# "42 inch chest", "가슴둘레 106": a chest measurement, which names a top size on its own
_CHEST = re.compile(r"(\d{2,3}(?:\.\d)?)\s*(?:\"|in(?:ch(?:es)?)?|cm)?\s*chest|chest (?:is |of |size )?(\d{2,3})\s*(\"|in(?:ch(?:es)?)?|cm)?"
                    r"|가슴\s*(?:둘레|단면)?\s*(?:가|는|이)?\s*(\d{2,3})", re.IGNORECASE)
# "허리 30이면", "32 inch waist", "waist is 81cm": a waist measured, in inches or cm
_WAIST = re.compile(r"(?:허리(?:\s*둘레)?|\bwaist(?: size)?)\s*(?:는|가|이|is|of)?\s*(\d{2,3}(?:\.\d)?)\s*(cm|센티|인치|inch(?:es)?|in\b|\")?"
                    r"|\b(\d{2,3})\s*(cm|inch(?:es)?|in|\")?\s*waist\b"
                    # ("바지 한 치수 큰 거 있어요? 평소 32 입는데": the trousers' waist they wear, in inches)
                    r"|(?:바지|청바지|슬랙스|pants|jeans|trousers)[^.!]{0,30}?(?:평소|보통|usually|normally)\s*(?:wear\s+(?:a\s+)?)?"
                    r"(2[6-9]|3\d|4[0-4])(?=\s*(?:인치\s*)?(?:입|사이즈|waist|in\b|[,.]|$))", re.IGNORECASE)
# "what size shirt? neck 15.5, long arms", "목둘레 40": a dress shirt's neck, in inches or cm
_NECK = re.compile(r"\bneck(?: size)?(?: is| of)?\s*(\d{2}(?:\.\d)?)|(\d{2}(?:\.\d)?)\s*(?:\"|in(?:ch(?:es)?)?)?\s*neck\b"
                   r"|목\s*둘레\s*(?:가|는|이)?\s*(\d{2}(?:\.\d)?)", re.IGNORECASE)
# "실내라 덥다던데", "it's hot inside the venue": heat indoors in December is no summer, only lighter layers
_INDOOR_HEAT = re.compile(r"(?:실내|체육관|경기장 안|안은|안에는|indoors?|inside)\S{0,3}\s*(?:좀\s*|많이\s*|되게\s*)?"
                          r"(?:덥|더워|더운|hot|warm|stuffy)\S*|\b(?:hot|warm|stuffy)\s+(?:inside|indoors)\b", re.IGNORECASE)
# "성묘 갈 때 신발은?", "the path up to the shrine is gravel": ground where a smart sole slips (not a lawn: a
# garden party's answer is a block heel, not a trail shoe)
_ROUGH_GROUND = re.compile(r"산길|등산로|성묘|벌초|산소에|묘소|흙길|비포장|자갈길|오르막|\b(?:trails?|dirt (?:path|road|track)s?|"
                           r"mountain (?:path|road)s?|hill ?(?:path|side)s?|gravel|muddy|mud|hiking path|rocky|uneven ground)\b",
                           re.IGNORECASE)
# Where the event is held in the open ("its outdoors at a garden restaurant", "on a rooftop", "야외 결혼식")
_OUTDOORS = re.compile(r"\b(?:outdoors?|outside|open[- ]air|garden|lawn|grass|rooftop|terrace|patio|courtyard)\b"
                       r"|야외|정원|잔디|루프탑|테라스|가든")
# Sitting on the floor ("좌식이라 바닥에 앉아야", "we'll sit on the floor"): a short skirt rides up, tight trousers pull
_FLOOR_SEATING = re.compile(r"좌식|바닥에\s*(?:앉|앉아)|양반다리|무릎\s*꿇|절(?:을|도)?\s*(?:여러\s*번|많이)|108배|\bkneel(?:ing)?\b"
                            r"|\bbow(?:ing)? a lot\b|\bprostrat|\bsit(?:ting)?\s+(?:cross[- ]legged\s+)?on\s+(?:the\s+)?"
                            r"(?:floor|cushions|mats?|ground)\b|\bfloor\s+(?:seating|cushions)\b|\bseated on the floor\b")
# Shoes taken off at the door ("법당에서 신발 벗어야", "shoes off inside"): lace-ups are slow, and the socks show
_SHOES_OFF = re.compile(r"신발\s*(?:을|은)?\s*벗|\bshoes?\s+(?:come|comes|have to come|must come|go|stay)\s+off\b(?!-)|\bshoes off\b(?!-)"
                        r"|\b(?:take|taking|took|remove|removing)\s+(?:off\s+)?(?:our|my|your|their|the)?\s*shoes"
                        r"(?:\s+off)?\b|\bno shoes (?:inside|indoors|allowed)\b|\bshoeless\b")
_TUX_WORD = re.compile(r"tux|턱시도")
# "not a huge hat, something small": a smaller one of the kind, not the kind ruled out
_SMALLER_ONE = re.compile(r"\b((?:not (?:a|an)|no) (?:huge|big|giant|massive|large|oversized|wide-brimmed|wide))\s+\w+"
                          r"(?=[^.!?]{0,20}\b(?:(?:something|one|just|a)\s+(?:small|smaller|little|tiny|subtle|delicate|simple)"
                          r"|(?:a\s+)?(?:small|smaller|little|tiny|mini)\s+(?:crossbody|cross-body|sling|clutch|one)))")
# "I only have work boots", "we can't wear them at work anyway": a kind of boot, a rule's reason; not where to dress for
# (only the place is blanked, and only after a pronoun: "I can't wear jeans to work" still rules jeans out at work)
_NOT_THE_OCCASION = re.compile(r"\b(office)(?= (?:watch|bag|shoes|shirts?|trousers|badge|lanyard)\b)|\b(work)(?= boots?\b| gloves\b| (?:it|them|those|these|that|this|(?:my|the|your) [\w ]{1,30}?) in\b)|\b(?:can'?t|cannot|can not|not allowed to|don'?t|never) "
                               r"wear (?:them|it|those|these|that) ((?:at|to|for) (?:work|the office|school)\b)"
                               # ("meeting his dad properly": a person met, no business meeting)
                               r"|\b(meeting)(?= (?:his|her|my|their|your|the) (?:dad|father|mom|mum|mother|parents?|family|"
                               r"boyfriend|girlfriend|friends?)\b)"
                               # "a nice bistro not a gala", "it's not a wedding or anything": what it is not
                               r"|\b(?:not|isn'?t|is not|no)\s+(?:a|an|the|some)?\s*((?:black[- ]tie\s+)?(?:gala|ball|wedding|"
                               r"party|club|nightclub|rave|funeral|interview|job interview|prom)s?)\b(?!\s+(?:party|dress))"
                               # ("ill be standing in a hot gym for like 5 hours" at a science fair: where, not a workout)
                               r"|\b(?:standing|sitting|waiting|judging|walking around)\s+(?:in|at)\s+(?:an?|the)\s+(?:hot\s+|school\s+|big\s+)?(gym)\b"
                               # ("no ties please, nobody at the school wears them": the place they work, said in passing)
                               r"|\b(?:nobody|no one|no-one|everyone|everybody|people|most people)\s+(?:(?:here\s+)?(?:at|in)\s+)"
                               r"(?:the|my|our)\s+(school|office|work)\b"
                               # ("something fun, not my work suit", "등산복 말고요": clothes of another occasion, turned down)
                               r"|\b(?:not|no|without)\s+(?:(?:my|a|the|your|some)\s+)?(work|office|hiking|gym)(?=\s+(?:suits?|clothes|outfits?|looks?|wear|"
                               r"attire|uniform|stuff|gear)\b)"
                               r"|(등산|출근|회사|운동|하객)(?=\s*(?:복|룩)\s*(?:은|는|같은\s*거|처럼)?\s*(?:말고|빼고|싫|아니고|별로|안\s*입))")
# "다들 후드티 입는 회사라던데": what the others wear, a fact of the place, no wish
# (English says it with a wish of its own set against it: `_SAID_OF_OTHERS`)
_OTHERS_WEAR = re.compile(r"(?:다들|직원들(?:이|은|도)?|사람들(?:이|은|도)?)\s+(?:후드티|후드|맨투맨|티셔츠|반팔|반바지|슬리퍼|"
                          r"츄리닝|트레이닝복|청바지)\S{0,2}\s*(?:입는|입고 다니|입어요|입는대|입는다|입더라)")
# "1번 어디서 살수있어요?", "where can i buy the jacket", "link pls", "how much is look 2", "이 코디 전부 합쳐서 얼마": a shop
# or a price asked of what is shown (a budget said, "under 2000", is a wish: parse_budget)
_WHERE_TO_BUY = re.compile(r"어디서\s*(?:사|살|구매|구입|팔|파|구해)|구매\s*(?:처|링크)|판매\s*처|파는\s*(?:곳|데)|링크(?!드인)"
                           r"|\bwhere\s+(?:can|do|could|should|would)\s+i\s+(?:buy|get|find|order)\b|\bwhere\s+to\s+(?:buy|get)\b"
                           r"|\blinks?\s*(?:pls|plz|please|\?|to\b|for\b)|^\W*links?\W*$"
                           r"|\bhow\s+much\s+(?:is|are|does|do|would|will)\b|\bwhat(?:'s| is| are)\s+the\s+prices?\b|\bprice\s+of\b"
                           r"|(?:가격|얼마)\S*\s*(?:도\s*)?(?:알려|인가|예요|에요|해요|정도|나와|일까|야\??$|\?)|얼마\s*(?:정도\s*)?해"
                           # ("is look 2 under budget?", "2번 예산 안 넘어?": a price asked, which no card knows)
                           r"|\b(?:under|within|over|in|on)\s+(?:my\s+|the\s+|our\s+)?budget\s*\?"
                           r"|예산\s*(?:안|내|넘|초과|오버)\S*\s*\S*\s*\?")
# "im 28, mostly wear tshirts and jeans": what they wear now, the habit the looks step up from, not a wish
# "바지 한 치수 큰 거 있어요? 평소 32 입는데": the waist they usually wear, which the habit's blanking would hide
_HABITUAL_WAIST = re.compile(r"(?:평소|보통|usually|normally)\s*(?:wear\s+(?:a\s+)?)?(?:2[6-9]|3\d|4[0-4])(?=\s*(?:인치\s*)?(?:입|waist|in\b))")
_HABIT_WEAR = re.compile(r"\b(?:i\s+)?(?:mostly|usually|normally|always|only ever)\s+(?:wear|live in)\s+"
                         r"(?!(?:it|them|this|these|that|mine)\b)[^.,!?;]*"  # ("only ever wear it with a grey hoodie")
                         r"|\ball i (?:ever )?wear is\s+[^.,!?;]*|(?<![가-힣])(?:맨날|늘|항상|매일)\s+(?:\S+\s*){1,2}?(?:만|밖에)\s*입"
                         # ("all I packed is shorts, tees and one pair of chinos"): what they brought, not a wish
                         r"|\ball (?:i|we) (?:packed|brought) (?:is|are|was)\s+(?:(?!\b(?:what|but|so|where|how|for|to|and i)\b)[^.!?;])*"
                         # "work in IT so usually jeans and a hoodie", "평소엔 그냥 청바지에 니트 입어요"
                         r"|\b(?:usually|normally|mostly)\s+(?:in\s+)?(?=(?:black |blue |grey |gray )?(?:jeans|t-?shirts?|tees?|hoodies?"
                         r"|sweat\w*|joggers|trackies|shorts|sneakers|chinos|leggings)\b)(?:(?!\b(?:but|though|however)\b)[^.,!?;])*"
                         # (not "평소엔 그냥 무채색만 입어요": what they only wear is their taste, kept)
                         r"|평소(?:엔|에는|에|에도)?\s+(?:(?!출근|회사|학교|면접|결혼식)[^.,!?;]){0,30}?(?<!만)(?<!만 )입(?:어요|는데|거든요|거든|음)(?!\s*싶)"
                         # ("평소엔 등산복만 입음", "평소엔 운동복만"): the clothes of an activity worn every day, no occasion
                         r"|평소(?:엔|에는|에)?\s+(?:그냥\s+)?(?:등산복|운동복|트레이닝복|츄리닝|작업복|교복|정장)\s*(?:만|밖에)?(?:\s*입\S*)?"
                         # ("평소엔 그냥 니트에 슬랙스" with no verb, at the message's end): what they wear, not a wish
                         r"|평소(?:엔|에는)\s+(?:그냥\s+)?(?:(?!출근|회사|학교|면접|결혼식|이번|오늘)[^.,!?;입]){0,16}?"
                         r"(?:슬랙스|바지|청바지|니트|셔츠|티셔츠|후드|맨투맨|원피스|치마|스커트|운동화|등산복|츄리닝|트레이닝복)\S{0,2}$")
# "첫날 셔츠에 슬랙스 입었거든요 이번엔 좀 다르게": what was worn last time, and something other than it now
_WORN_BEFORE = re.compile(r"(?:첫날|첫\s*만남|지난번|저번|그때|전에)(?:엔|에는|에)?\s+[^.,!?;]{0,30}?입었"
                          r"|\b(?:last time|that time|on the first date|the first time)\b[^.,!?;]{0,40}?\bwore\b[^.,!?;]*"
                          r"|\bi wore\s+[^.,!?;]{0,40}?(?:last time|the first time|on the first date|that time)"
                          # ("I have worn leggings for 4 years straight", "last pitch I sweated through a blue blouse"):
                          # what they wore, told, no wish for it
                          r"|\bi(?:'ve| have) (?:basically |literally |pretty much )?(?:worn|lived in)\b[^.,!?;]{0,30}?\bfor\b"
                          r"[^.,!?;]{0,20}?\b(?:years?|months?)\b"
                          r"|\bsweat(?:ed|s)? (?:right |straight )?through (?:a|my|the|every|his|her)\b[^.,!?;]{0,30}")
# "I always end up in a t-shirt and cargo shorts, help", "맨날 맨투맨에 청바지만 입어요 ㅠ": the rut they wear, which
# is out where they want out of it (_OUT_OF_THE_RUT)
_RUT = re.compile(r"\bi (?:always|usually) end up (?:in|wearing)\b[^.,!?;]{0,50}"
                  r"|\bi(?:'m| am) (?:always |so )?stuck (?:in|wearing)\b[^.,!?;]{0,50}"
                  r"|(?<![가-힣])(?:맨날|매일|항상|늘)\s+[^.,!?;]{0,30}?만\s*입(?:어|는|게)")
_LIKED_AGAIN = re.compile(r"\b(?:loved|liked|love|like) (?:it|them|that)\b|\bagain\b|\banother\b|또|다시|좋았")
_SOMETHING_ELSE = re.compile(r"다르게|다른\s*(?:걸|거|느낌|스타일)|\bsomething (?:else|different)\b|\bdifferent this time\b"
                             r"|\bswitch it up\b")
# (a wish to get out of the rut: something else, or "..., help", "지겨워요")
_OUT_OF_THE_RUT = re.compile(_SOMETHING_ELSE.pattern + r"|\bhelp\b|\bsick of\b|\btired of\b|\bbored of\b|\bchange it up\b"
                             r"|\bget out of\b|\bbreak out\b|지겨|질려|벗어나|변화|ㅠ")
# (unless the person asks to dress as the room does: "좀 덜 포멀하게요, 다들 후드티 입어요")
_AS_THE_ROOM = re.compile(r"덜\s*(?:포멀|격식|딱딱)|캐주얼하게|편하게|맞춰")
# "what if it gets windy and cold out on the water?", "추워지면 어떡해요?": a cold spell within the day, asked of the
# looks on screen (a layer), not a season
_WHAT_IF_COLD = re.compile(r"\b(?:what if|in case|if|when) it(?:'s| gets| turns| gets a bit| is| becomes)\s+(?:\w+\s+and\s+)?"
                           r"(?:cold|colder|chilly|cool|windy)\b(?:\s+out)?|(?:추워지면|쌀쌀해지면|바람 불면|바람이 불면)")
# "no boat shoes, I think they look dated": the reason a piece is ruled out, said, not a trend question asked
_DATED_OPINION = re.compile(r"^[^?]*\b(?:i think|i find|i feel|to me|they look|they're|it looks|looks? so|because|cause|since)\b"
                            r"[^?,.]{0,20}\b(?:dated|outdated|old-fashioned|out of style|out of fashion)\b[^?]*$")
# "I don't wear skirts", "치마는 불편해요": a habit, which a dress breaks as much as a skirt
_NO_SKIRT_HABIT = re.compile(r"skirt person|(?:don'?t|do not|never|rarely) wear skirts|skirts? (?:aren'?t|are not|is not|isn'?t)"
                             r" (?:for me|my thing)|(?:치마|스커트)(?:는|를|가)?\s*(?:잘\s*)?(?:안|못)\s*입|(?:치마|스커트)(?:는|가)?\s*불편")
# "a Kentucky Derby party", "derby day", "Royal Ascot": a day at (or watching) the races, no pair of derby shoes
_WATCHING = re.compile(r"\bwatch(?:ing)?\s+(?:the\s+)?(?:kentucky derby|derby|game|match|fight|final|super ?bowl|world cup|euros"
                       r"|races|melbourne cup)\b")
_RACE_DAY = re.compile(r"\b(?:kentucky derby|derby (?:party|day|race|hat)s?|royal ascot|ascot|melbourne cup"
                       r"|preakness|belmont stakes)\b")
# "cute but modest", "노출 없는 걸로": covered arms (FEEL_TERMS), and no shorts
_MODEST = re.compile(r"\bmodest(?:ly)?\b|노출\s*(?:없|적|싫|최소|안)|단정하게 가리"
                     r"|(?:너무\s*)?파인\s*(?:건|거|옷)?\s*(?:싫|별로|말고|ㄴㄴ)|\blow[- ]cut\b|\bplunging\b"
                     # "너무 노출 있는건 싫어", "less revealing", "nothing too revealing", "more covered"
                     r"|노출\s*(?:있|많|심)\S*\s*(?:건|거|것|옷)?\S*\s*(?:싫|별로|빼|말고|ㄴㄴ|부담)|\bless revealing\b"
                     r"|\b(?:not|nothing|isn'?t|too)\s+(?:too\s+|so\s+)?revealing\b|\bmore covered\b|\bcover(?:ed)? up\b"
                     r"|\b(?:temples?|mosques?|pagodas?|shrines?)\b|사원|사찰|절에|모스크")  # (knees covered there)
# "the AC is freezing", "에어컨 빵빵한 사무실": cold indoors in summer, no winter and no cold day out
_INDOOR_COLD = re.compile(r"\b(?:ac|a/c|air[- ]?con(?:ditioning|ditioner)?|aircon)\b[^.,!?]{0,20}?"
                          r"\b(?:freezing|cold|chilly|arctic|icy|blasting|cranked)\b"
                          r"|\b(?:freezing|cold|chilly|arctic|icy)\s+(?:ac|a/c|air[- ]?con\w*|aircon)\b"
                          r"|에어컨\S{0,3}\s*(?:너무\s*|엄청\s*|빵빵\S*\s*)?(?:(?:세서|세가지고|빵빵해서)\s*)?(?:추워|추운|춥\S*|세\S*|빵빵\S*)"
                          # ("근데 에어컨 때문에 사무실은 또 추움": the office's air, a few words on)
                          r"|에어컨\s*(?:때문에|땜에|때매|탓에)\s*(?:\S+\s*){0,3}?(?:추워|추운|춥\S*|추움|쌀쌀)",
                          re.IGNORECASE)
_COLD_WORD = re.compile(r"freezing|cold|chilly|arctic|icy|추워|추운|춥", re.IGNORECASE)
# "평소 M 입어", "I'm usually a medium", "i wear 95 normally": the size the person already wears (the size
# asked about is another: "L 사면 돼? 평소 M 입어")
_SIZE_WORD = (r"(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl|44|55|66|77|85|90|95|100|105|110|small|medium|extra large|large"
              r"|엑스라지|스몰|미디움|미디엄|라지)")
_SIZE_NAMES = {"SMALL": "S", "MEDIUM": "M", "LARGE": "L", "EXTRA LARGE": "XL", "스몰": "S", "미디움": "M", "미디엄": "M",
               "라지": "L", "엑스라지": "XL"}
# "임신 전에는 M 입었는데 지금 뭐 사야 해요?", "what should I buy now?": with the size worn, which size to buy
_WHICH_TO_BUY = re.compile(r"(?:뭐|무슨|어떤|몇)\s*(?:걸로|거)?\s*(?:사야|사면|살까|시켜야|주문해야|입어야)"
                           r"|\bwhat (?:should|do) i (?:get|buy|order)\b", re.IGNORECASE)
# "S면 크려나", "would S be too big?": whether a size would fit, asked beside the size worn
_FITS_ASKED = re.compile(r"(?:크|작|맞|끼)(?:려나|을까|나요|겠|지\s*않|나\?)|클까|\b(?:too (?:big|small|tight|loose)|be (?:big|small))\b",
                         re.IGNORECASE)
_USUAL_SIZE = re.compile(r"(?:평소(?:에)?|보통|원래|usually|normally|typically)\s*(?:(?:i\s+)?(?:wear|take|get|buy|am|an?|"
                         r"size|사이즈는?|상의는?|하의는?|바지는?|셔츠는?)\s+)*" + _SIZE_WORD + r"(?![a-z0-9'])"
                         # "임신 전에는 M 입었는데", "예전엔 66 입었어요": the size worn before
                         r"|(?:전에(?:는|엔)?|예전(?:에|엔|에는)?)\s*" + _SIZE_WORD + r"\s*(?:사이즈)?\s*(?:를|을)?\s*입었"
                         r"|(?<![\w'])(?:i'?m|i am|i wear|i take)\s+(?:an?\s+)?" + _SIZE_WORD
                         + r"\s+(?:usually|normally)\b"
                         # "was a M before the bump": the size worn before
                         r"|(?<![\w'])(?:i\s+)?(?:was|used to (?:be|wear))\s+(?:an?\s+)?" + _SIZE_WORD
                         + r"\s+(?:before|pre)\b"
                         # "55사이즈요", "77사이즈에요", "66 입고", "105 입으심", "M 입어요": the size they wear, told
                         r"|(?<![\w.])" + _SIZE_WORD + r"\s*(?:사이즈\s*(?:요|예요|에요|이에요|입니다|입어요|입고|고|이고)"
                         r"|(?:사이즈\s*)?(?:를|을)?\s*입(?:어요|고|으심|으세요|으셔요|습니다|음|는데|어서)"
                         r"|사이즈에(?=\s*(?:키|몸무게|\d)))"  # ("55 사이즈에 키 160이요")
                         # "I'm 23, guy, size L, a bit stocky": the letter size they wear, told
                         r"|(?:^|[,;]\s*|\b(?:i'?m|im|i am|a|and)\s+)size\s+(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl|small|medium|large)"
                         r"(?=\s*(?:[,.;!]|$|and\b|but\b|tops?\b|shirts?\b|in\b))"
                         # "usually S or M", "M이랑 L 왔다갔다해요": between two they wear
                         r"|" + _SIZE_WORD + r"\s*(?:이랑|랑|하고|or)\s*" + _SIZE_WORD + r"\s*(?:왔다\s*갔다|사이"
                         r"|(?:depending|dep) on (?:the )?(?:brand|fit|cut|store)|브랜드(?:마다|따라))",
                         re.IGNORECASE)
_SHOW_ME = re.compile(r"\bshow me\b|\b(?:full|whole|complete|an?)\s+(?:look|outfit)\b|보여\s*(?:줘|주세요|줄래)"
                      r"|추천해\s*(?:줘|주세요)|짜\s*(?:줘|주세요)", re.IGNORECASE)
# the whole answer to "menswear or womenswear?" ("남", "여": a short word that inside others says nothing)
# The whole message a nod ("ok" alone; "is it ok for work?" asks)
_BARE_ACK = frozenset({"ok", "okay", "k", "kk", "ok cool", "cool", "nice", "ok nice", "got it", "알겠어요", "알겠어", "알겠습니다",
                       "오케이", "넵", "네", "응", "ㅇㅋ", "ㅇㅇ", "굿", "오키", "good", "굿굿", "ㅇㅋㅇㅋ", "넹", "넵넵",
                       "오키오키", "okok"})
_ACK_EMOJI = frozenset({"👍", "👌", "🙌", "👏", "🙏", "💯", "❤️", "❤", "😍", "🥰", "😊", "☺️", "🫶", "✨"})


_LAUGH = re.compile(r"lol+|lmao|haha+|hehe+|ㅋ+|ㅎ+")


def _nod_word(word: str) -> bool:
    """"ok", "👍", "ㅋㅋㅇㅋ" (a laugh run into the nod)."""
    return word in _BARE_ACK or all(ch in _ACK_EMOJI or ch == "\ufe0f" for ch in word) \
        or word.lstrip("ㅋㅎ") in _BARE_ACK or word.rstrip("ㅋㅎ") in _BARE_ACK


def _bare_ack(lowered: str) -> bool:
    """The whole message nods: "ok", "ㅇㅋ 굿", "👍", "ok cool 👌", "lol ok" (every word of it a nod or a laugh,
    one at least a nod)."""
    words = [w.strip(".!~,") for w in lowered.split()]
    words = [w for w in words if w]
    if " ".join(words) in _BARE_ACK:
        return True
    nods = [w for w in words if not _LAUGH.fullmatch(w)]
    return bool(nods) and all(_nod_word(w) for w in nods)


# The follow-up words that, said beside a request, tell the weather instead ("출근룩 너무 더워요")
_WEATHER_FACTS = {"cooler": frozenset({"더워", "덥겠", "too hot", *lexicon.HOT_DAY_AHEAD}), "warmer": frozenset({"추워", "too cold"})}
_WEATHER_FACT_SEASON = {"cooler": "summer", "warmer": "winter"}
_BARE_GENDER = {"m": "men", "f": "women", "남": "men", "여": "women", "남요": "men", "여요": "women",
                "남성": "men", "여성": "women", "남자요": "men", "여자요": "women"}
# Words that name no garment or colour: "dress code는 자유" asks for no dress, "a wine bar" for no red
# "i always look like i just came from the gym", "dont want to look like im going to a funeral": how they
# don't want to look, never where they are going
_LOOKS_LIKE = re.compile(r"\b(?:look|feel)(?:s|ing)?\s+like\s+(?:i|i'?m|i am|im|i've|ive)\s+(?:just\s+)?"
                         r"(?:came|come|going|off|heading|been|walked|rolled|on (?:my|the) way)\s+(?:from|to|in|out of)?\s*"
                         r"(?:a|an|the|my)?\s*[\w'-]+", re.IGNORECASE)
# "what's practical?", "what's appropriate?": looks asked for, no word to define
# ("whats cute but not too much", "what's best for a baby shower": looks asked for, nothing to define)
_PRACTICAL_ASKED = re.compile(r"\bwhat(?:'s| is|s)\s+(?:most\s+|the\s+)?(?:practical|comfortable|appropriate|suitable|sensible|acceptable"
                          r"|cute|nice|good|best|safe|flattering|chic|classy|right|stylish)"
                          r"(?=\s*(?:[?.!,]|$|to wear\b|but\b|(?:for|at|on|in|when|if|during)\s(?!(?:a |an )?(?:woman|man|guy|girl|lady|"
                          r"person|someone|me|him|her)\b)))")
_SLEEVES_ASKED = re.compile(r"\blong[- ]?sleeve(?:s|d)\b(?!\s+(?:tees?|t-?shirts?|tops?|shirts?|dress(?:es)?|blouses?|polos?))")
# "what should my workwear look like?": clothes for work, not the heritage style; "business casual": an office's code
_CLOTHES_FOR_WORK = re.compile(r"\b(?:my|our|your|office|daily|everyday|new)\s+workwear\b|\bworkwear\s+look like\b")
_CASUAL_OF_BUSINESS = re.compile(r"(?<=\bbusiness[- ])casual\b|(?<=\bbiz[- ])casual\b|(?<=비즈니스 )캐주얼|(?<=비즈니스)캐주얼")
_BUSINESS_CASUAL = re.compile(r"\bbusiness[- ]casual\b|\bsmart[- ]casual\b|비즈니스\s?캐주얼|비즈캐")
# "단체 티는 주는데", "they give us a team t-shirt": a piece handed out, worn as it comes
_GIVEN_PIECE = re.compile(r"(?:단체\s?티|티셔츠|유니폼|앞치마)(?:는|은|도)?\s*(?:회사에서\s*)?(?:주는데|줘요|준대요|주니까|나와요|나온대요|지급|제공)"
                          r"|\b(?:t-?shirts?|tees?|uniforms?|aprons?)\s+(?:is|are)\s+(?:provided|given|handed out)"
                          r"|\bthey (?:give|provide|hand out) (?:us )?(?:a |the )?(?:team )?(?:t-?shirts?|tees?|uniforms?)")
# "my grey wide-leg trousers", "제 회색 슬랙스": the person's own piece, a few describing words before its kind
_THAT_ONE_BEFORE = re.compile(r"(?:^|\s)그\s+$|\bthat\s+$")  # "그 가디건이랑 1번 바지", "that cardigan with look 1"
_MINE_BEFORE = re.compile(r"(?:\bmy|(?:^|\s)(?:내|제)(?:\s*(?:꺼|거|것))?)\s+(?:(?!(?:wife|husband|partner|boyfriend|girlfriend|son|daughter|"
                          r"mom|mum|dad|friend|sister|brother|wants?|needs?|likes?|loves?|is|are|was|has|have)\b)[\w-]+\s+){0,3}$"
                          # "지금 입은 건 네이비 슬랙스에 하늘색 셔츠", "I'm wearing navy chinos today": what they have on
                          r"|(?:지금|오늘)\s*(?:입은|입고\s*있는)\s*(?:건|거|옷은)\s+(?:\S+\s+){0,2}$"
                          # "신발은 집에 있는 흰 운동화 신어도 돼요?": one they have at home
                          r"|(?:집에|갖고|가지고)\s*있는\s+(?:\S+\s+){0,2}$"
                          # "구두는 제가 가진 검정 옥스포드 신으려구요": one they own
                          r"|(?:제가|내가)\s*(?:가진|갖고\s*있는|가지고\s*있는)\s+(?:\S+\s+){0,2}$"
                          r"|\b(?:i'?m|i am|currently) wearing\s+(?:an?\s+|my\s+)?(?:[\w-]+\s+){0,2}$")
_ONLY_ONES_OWNED = re.compile(r"^[^.?!]{0,30}\b(?:the only|my only)\b[^.?!]{0,30}\bi (?:own|have)\b|^[^.?!]{0,12}\bi (?:own|have) already\b")
# What they have on now, every piece said after it theirs ("지금 입은 건 네이비 슬랙스에 하늘색 셔츠")
WEARING_NOW = re.compile(r"(?:지금|오늘)\s*(?:입은|입고\s*있는)\s*(?:건|거|옷은)|\b(?:i'?m|i am|currently) wearing\b")
_PART_OF_MONTH = re.compile(r"\b(early|mid|late|end)-(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer"
                            r"|fall|autumn|winter))")
_NAMES_NO_GARMENT = re.compile(r"dress\s?codes?|dress\s+(?:casual|smart|warm(?:ly)?|nice(?:ly)?|comfy|comfortabl[ey]|conservative(?:ly)?|modest(?:ly)?|professional(?:ly)?|appropriate(?:ly)?|formal(?:ly)?|sharp)|드레스\s?코드|wine\s?bars?|와인\s?바|티\s*(?:가|는|도)?\s*(?:안\s*)?(?:나|날|난)(?!시)|(?:(?<=꾸민)|(?<=힘준)|(?<=쓴)|(?<=입은))\s?티(?!셔츠)|\btie\s+(?:my|your|her|the|it)\s+(?:hair\s+)?back\b|\btie\s+(?:my|your|her)\s+hair\b|\bhair\s+ties?\b|michelin\s+man|snow\s*man|스노우맨|눈사람|funeral[- ]?y|funereal|장례식\s*(?:같|느낌)"
                               r"|(?:feels?|looks?|feeling)\s+like\s+(?:a|an|i'?m going to a)\s+funeral"
                               r"|(?:graduation|academic)\s+gowns?|(?:under|over)\s+(?:the|my|a)\s+gown|졸업\s?가운"
                               r"|sleeping\s+bags?|침낭|bean\s?bag|앞치마|aprons?\b"
                               # (a uniform worn over the clothes: "a lab coat over everything", "가운 입긴 하는데")
                               r"|lab\s?coats?|white\s+coat\s+(?:ceremony|over)|scrubs\b|hi[- ]?vis(?:\s+vests?)?|(?<![가-힣])가운(?!데)"
                               # "dress how you would", "how to dress for it", "dress up a bit": the verb
                               r"|\bdress(?=\s+(?:how|up|down|well|better|older|younger|your age|the part)\b)"
                               # ("dress us both please", "dress me and my wife": the verb)
                               r"|\bdress(?=\s+(?:us|me|him|her|them|both)\b)"
                               r"|\b(?:to|i|we|you|they|he|she|should|how|would|do|don'?t|dont) dress\b"
                               # "running after 6 year olds", "chasing toddlers": a day's work, no workout
                               r"|\brunning (?:after|around after)\b|\bchasing (?:after )?(?:kids|toddlers|children)\b",
                               re.IGNORECASE)


def _blank(hit: re.Match[str]) -> str:
    return " " * len(hit.group(0))


# "what shoes go with #2 if I don't have those?", "2번에 어울리는 다른 신발 있어?": another piece for that look
_OTHER_PIECE_FOR_LOOK = re.compile(r"(?:go|goes|would go|work|works)\s+with\s+(?:#\s*\d|look\s*\d|the\s+\w+\s+one)"
                                   r"|\d\s*번(?:\s*코디)?에\s*어울리는\s*다른|\d\s*번(?:\s*코디)?에\s*다른", re.IGNORECASE)


# "28F", "m32", "32/m": an age and a gender in one (a profile's shorthand)
_AGE_GENDER = re.compile(r"(?<![\w#'’])(?<!size )(?:(\d{2})\s?[/,]?\s?([mf])|(?<!\d )([mf])\s?[/,]?\s?(\d{2}))(?![\w%])"
                         r"(?!\s*(?:waist|inch|in\b|cm|kg|lbs?))", re.IGNORECASE)
_SELF_AGE = re.compile(r"\b(?:i'?m|im|i am)\s+\d{2}\s?[/,]?\s?[mf]\b|\bme\s*\(\s*\d{2}\s?[mf]\s*\)"
                       r"|(?:^|\s)(?:저는|전|난|나는|저|나)\s*\d{2}\s*(?:살\s*|세\s*)?(?:남|여)(?:자|성)?(?![가-힣])", re.IGNORECASE)
# "can you do look 2 in another colour?", "2번 다른 색으로 해줄래?": a request phrased as a question
_ASKS_FOR = re.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\b|"
                       # "love #2 but can it be a bit dressier?": a change asked, not a question about it
                       r"\b(?:can|could)\s+(?:it|they|this|that|we|#\s?\d|look\s*\d)\s+(?:be|get|look)\b|\b(?:please|pls|plz)\b|\bmake (?:#|it|them|look)|\banother\s+colou?r\b|해\s*줘|해\s*줄래|해\s*주세요"
                       r"|바꿔|보여\s*줘|다른\s*색", re.IGNORECASE)
_HEIGHT = re.compile(r"(?:키\s*)(\d{3})|(\d{3})\s*(?:cm|센티|센치)", re.IGNORECASE)
_WEIGHT = re.compile(r"(\d{2,3})\s*(?:kg|kgs|kilos?|킬로|키로|kilograms?)|몸무게\s*(\d{2,3})", re.IGNORECASE)
# Feet and inches, pounds: "5'10", "5 ft 10", "6 feet", "180 lbs", "165 pounds"
# "남자 172 68 ...", "170/60": a height and a weight said bare, one after the other
_BARE_BODY = re.compile(r"(?<![\d.,])(1[4-9]\d|20\d)\s*(?:/|,\s*|\s+)([3-9]\d|1[0-3]\d)(?![\d.,])(?!\s*(?:만|원|won|%|도|°|cm|센))",
                        re.IGNORECASE)
_FEET = re.compile(r"\b([4-7])\s*(?:'|’|ft\b|feet\b|foot\b)\s*(?:(1[01]|\d)(?!\d)\s*(?:\"|”|''|in\b|inches\b)?)?", re.IGNORECASE)
# after a height in feet and inches, the next bare number is pounds ("5'6 and like 140", "6ft, 190")
_BARE_POUNDS = re.compile(r"[\s,/&]*(?:and|,|at|n)?\s*(?:like|about|around|roughly|maybe|~)?\s*(?<!\d)(\d{2,3})(?![\d.])"
                          r"(?!\s*(?:cm|kg|years?|yrs?|yo\b|y/o|%|deg|degrees|°|hours?|hrs?|mins?|days?))", re.IGNORECASE)
# a fuller build, for sizes ("좀 통통해요", "bigger guy"; a belly to hide is no build)
# (not 삼겹살집, a pork-belly restaurant)
_FULL_BUILD = re.compile(r"chubby|plus[- ]size|\bbig(?:ger)? guy|heav(?:y|ier) (?:build|set)|heavyset|stocky|통통|덩치|(?<!겹)살집|뚱뚱"
                         # (the person is heavy, "I'm 60 and a bit heavy"; not "the boots are a bit heavy", "I'm heavy
                         # on black", "I'm not overweight", a size 24 jean, a size 18 months)
                         # (or the one dressed: "he's quite heavy, around 95 kg", of the dad the looks are for)
                         r"|\b(?:i'?m|i am|he'?s|he is|she'?s|she is)\b[^.?!,]{0,16}?\b(?:a (?:bit|little) |kinda |quite |pretty "
                         r"|somewhat |very |really )?heavy"
                         r"(?=\s*(?:$|[,.!?]|and\b|but\b|so\b|tbh|lol|haha|\d))"
                         r"|\b(?:i'?m|i am) on the heav(?:y|ier) side\b|\b(?:i'?m|i am) (?:a (?:bit|little) |slightly |kinda )?overweight\b"
                         r"|\b(?:i'?m|i am) (?:a |an )?(?:us |uk )?size (?:1[68]|2[0-4])\b(?!\s*(?:months|mo\b|m\b|in (?:shoes|jeans)|shoes?|jeans|waist))"
                         r"|\bbigger (?:girl|lady|woman)\b")
# "158에 48", "170에 65키로": a height, then the weight (Korean says the two this way)
_HEIGHT_THEN_WEIGHT = re.compile(r"(?<![\d.,])(1[4-9]\d)\s*(?:cm)?\s*에\s*([3-9]\d|1[0-3]\d)(?![\d.,])(?!\s*(?:만|원|%|도|°|살|세))")
_POUNDS = re.compile(r"\b(\d{2,3})\s*(?:lbs?|pounds?)\b", re.IGNORECASE)
CM_PER_INCH, KG_PER_POUND = 2.54, 0.45359237
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
_LIKE_ORDINAL = re.compile(
    r"(?:like|similar to|as)\s+(?:the\s+)?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\b"
    r"|(첫|두|세|네|다섯|여섯)\s*번째(?:(?!번|말고|빼고|대신).){0,12}?(?:같은|비슷|처럼|(?:이런|그런|저런)\s*느낌)"
    r"|(첫|두|세|네|다섯|여섯)\s*번째\s*(?:룩|코디)?\s*(?:의\s*)?느낌"
    # ("1번 좀 덜 꾸민 느낌으로" is #1 made less done-up: a feel said of the change, not a look like #1;
    # "1번 말고 3번이랑 비슷한 거" is like #3: the span stops at another number or a turned-down one)
    r"|(\d)\s*번(?:(?!번|말고|빼고|대신).){0,10}?(?:같은|비슷|처럼|(?:이런|그런|저런)\s*느낌)|(\d)\s*번\s*(?:룩|코디)?\s*(?:의\s*)?느낌",
    re.IGNORECASE)
_EN_BUDGET = re.compile(
    r"(?:under|below|less than|max|up to|within|budget(?:\s+(?:of|is|was))?(?:\s+(?:pretty |really |very |a bit )?(?:tight|limited|small|low),?)?"
    r"(?:\s+(?:around|about|roughly|approx\.?|like|~))?)"
    r"\s*(?:₩|\$|krw\s*)?\s*"
    r"(\d[\d,]*(?:\.\d+)?)\s*(k|thousand)?\s*(won|krw|dollars?|usd)?"
    r"(?!\s*(?:inch|inches|in\b|cm|mm|\"|kg|lbs?|hours?|hrs?|min|minutes|days?|degrees?|°))",
    re.IGNORECASE,
)
_EN_BUDGET_AFTER = re.compile(
    r"(?:\$|usd\s*)(\d+(?:\.\d+)?)\s*(?:total|max|tops|or less|budget|all in)\b"
    r"|(\d+(?:\.\d+)?)\s*(?:dollars?|bucks|usd)\s*(?:total|max|tops|or less|all in)\b", re.IGNORECASE)
_KO_BUDGET = re.compile(
    r"(?:(\d[\d,]*)\s*(만)?\s*원?\s*(?:이하|이내|까지|아래|미만|안쪽|안으로|안에서|넘지 ?않게|선에서)"
    r"|(?<!\d)(만)\s*원\s*(?:이하|이내|까지|아래|미만|안쪽|넘지 ?않게)"
    r"|예산\s*(?:은|이)?\s*(\d[\d,]*)\s*(만)?\s*원)")
# "it'll be like 5 degrees" is the weather, not look #5
_LIKE_LOOK = re.compile(r"(?:like|similar to|as)\s+(?:the\s+)?(?:look\s*|number\s*|no\.?\s*)#?\s*(\d)\b"
                        # (a bare number counts things, not looks, before a plural: "visiting like 4 schools")
                        r"|(?:like|similar to|as)\s+(?:the\s+)?#?\s*(\d)\b(?!\s+(?:schools|days|hours|people|places|times|kids"
                        r"|guys|girls|weeks|months|years|stops|cities|events|meetings|classes|games|shows|nights)\b)"
                        r"(?!\s*(?:degrees?|deg\b|°|도|℃))|#\s*(\d)\b"
                        r"|(\d)\s*번\s*(?:룩|코디)?\s*(?:같은|비슷|처럼)", re.IGNORECASE)


_TEMPERATURE = re.compile(
    r"(?<!키)(?<!키가 )(?<![\d.])(-?\d{1,3})\s*(?:(°\s*f\b|degrees?\s*f(?:ahrenheit)?\b|fahrenheit|(?<=\d)f\b)"
    r"|(°\s*c?|℃|도(?!\s*(?:모르|안 |없|못))|degrees?\s*c(?:elsius)?\b|celsius\b|(?<=\d)c\b)|degrees?\b)", re.IGNORECASE)
# "warmer, 30F": a temperature beside a word of the weather, not a 30-year-old woman
_WEATHER_WORD = re.compile(r"\b(?:warmer|colder|cooler|cold|freezing|chilly|outside|forecast|weather|temps?|degrees|"
                           r"high of|low of|windy|snow)\b", re.IGNORECASE)
_FAHRENHEIT_LIKE = re.compile(r"\d\s*f\b", re.IGNORECASE)  # ("warmer, 30F": the weather, no 30-year-old woman)
# ("first time seeing snow!! 24F from chennai", "im 24f"): a person said, not the weather
_PERSON_SAID = re.compile(r"\b(?:i'?m|im|i am)\s+(?:a\s+)?\d{2}\s?[fm]\b|\b\d{2}\s?[fm]\s+(?:from|here|living|based|who|and i)\b"
                          # ("35F, always cold", "28m, tall and skinny"): a person described after the shorthand
                          r"|\b\d{2}\s?[fm],\s+(?:always|usually|tall|short|petite|curvy|plus|skinny|slim|bigger|"
                          r"and)\b",
                          re.IGNORECASE)
_BARE_WEATHER = re.compile(r"(?<![\w.#$-])(?<!size )(\d{2,3})\s*(?:and|&|,)?\s*(?:sunny|humid|muggy|hot|warm|cloudy|rainy|raining|"
                           r"windy|overcast|sunshine|out(?!\s+of\b)|outside)\b", re.IGNORECASE)  # ("its 95 out", not "25 out of work")
_COLD_CUE = re.compile(r"\b(?:warmer|colder|cold|freezing|chilly|windy|wind|frost|frosty|snow|snowy|icy"
                       # ("my school's football game friday night, it'll be like 40 degrees": an American autumn, 40°F)
                       r"|football|homecoming|tailgate|thanksgiving|halloween)\b", re.IGNORECASE)
# (a hot season said beside the number keeps it Celsius: "summer night in Seville, still 35 degrees")
_HOT_CUE = re.compile(r"\b(?:summer|june|july|august|heat|hot|humid|sweat\w*|tropical)\b|여름|더위|더워|덥", re.IGNORECASE)


def _fahrenheit_cue(text: str) -> bool:
    """A cold word, an autumn night or a football game beside a number from 25 to 49: Fahrenheit."""
    return bool(_COLD_CUE.search(text)) and not _HOT_CUE.search(text)


# ("like -10 outside", "like minus 10??", "영하 15도래요")
_BARE_MINUS = re.compile(r"(?:(?<![\w-])-|\bminus\s*|마이너스\s*|영하\s*)(\d{1,2})(?![\d.%])(?!\s*(?:kg|cm|lb|살|세|번|개|pounds?|kilos?|키로|킬로))",
                         re.IGNORECASE)
_BELOW_ZERO = re.compile(r"(?:영하|마이너스|minus)\s*$", re.IGNORECASE)
_PLAUSIBLE_CELSIUS = (-30.0, 45.0)  # "999 degrees" or a height is no weather
# warmest first: 24 °C and up is summer clothing, under 6 °C a winter coat
_SEASON_BY_CELSIUS = ((24.0, "summer"), (16.0, "spring"), (6.0, "fall"), (float("-inf"), "winter"))


_YES_NO = re.compile(
    # ("can you do it without the coat?" asks for a change: "can you do" is a request)
    r"\b(?:is it (?:ok|okay|alright|fine) to|can (?:i|we) (?:just |still |also |really )?(?:wear|pair|do|get away with)|"
    r"can you (?:just |still |also |really )?(?:wear|pair|get away with)|should i (?:just )?wear|"
    # ("look 4 is nice but is a graphic tee ok for the office": asked after a "but")
    r"(?:^|(?<=[.!?,] )|(?<=\bbut )|(?<=\bso ))(?:would|will|is|are) (?:a|an|the|my|it|this|these)?\s*[\w -]{0,30}?\b(?:be )?(?:ok|okay|alright|fine|too)\b|"
    r"does (?:a|an|the|it|this)\b.*\b(?:work|go|suit)|do (?:they|these)\b.*\b(?:work|go))\b"
    r"|\b(?:ok|okay|alright|fine|a good idea|a no-no|allowed)\s*\?+\s*$"  # "black suit with brown shoes ok?"
    r"|괜찮(?:을까|나요|은가|겠어요?\s*\?|아요?\s*\?)"  # a question, not "회색 빼고 다 괜찮아"
    r"|입어도 ?(?:돼|되|됨|될|괜찮)|신어도 ?(?:돼|되|됨|될|괜찮)|들어도 ?(?:돼|되|됨)|매도 ?(?:돼|되|됨)|해도 ?(?:돼|되|됨)"
    r"|써도 ?(?:돼|되|됨|괜찮)|(?:룩|용)\s*(?:으로|로)?\s*도\s*(?:돼|되|괜찮|가능)"  # "출근룩으로도 돼?"
    # "이 바지로 면접룩 가능?" (not "이 셔츠로 코디 가능?", a request)
    r"|(?:이|이거|이걸|요거)\s?\S{0,6}?\s?(?:으로|로)\s(?!코디|추천|스타일링)\S{1,8}\s?가능\s*\?"
    # ("레깅스 없이 입을 수 있는 걸로": something one can wear, asked for)
    r"|(?:입을|신을) ?수 ?있(?!는\s*(?:걸로|거로|것으로|옷|코디|걸|거))|(?:가면|입으면|신으면) ?안 ?(?:돼|됨|되나|될까)"
    # "첫날 운동화 신고 가면 좀 그런가요?", "패딩 입고 가도 되지?", "would a navy peacoat work over it?"
    r"|(?:가면|입으면|신으면|하면) ?(?:좀 ?)?(?:그런가|이상한가|이상할까|별로인가|별론가|에바)|가도 ?(?:돼|되|됨|괜찮)"
    # "네이비 자켓에 검정 바지 이상한가요?", "is navy with black weird?": is it wrong, asked
    r"|(?:이상|어색|촌스러|촌스럽)(?:한가|할까|하나|해요\s*\?|해\s*\?|운가|울까|워요\s*\?|워\s*\?)"
    r"|\b(?:is (?:that|it|this)|would (?:that|it|this) be|does (?:that|it|this) look) (?:too |a bit |kinda )?"
    r"(?:weird|strange|odd|tacky|wrong|a clash)\b|\b(?:weird|clash(?:es)?|tacky)\s*\?+\s*$"
    r"|^(?:would|will|could) (?:a|an|the|my|it|this|these)\b.{0,40}\bwork\b"
    r"|\bdo(?:es)?\s+(?:\w+\s+){0,3}look\s+(?:ok|okay|fine|alright|weird|bad|good|silly)\b"
    r"|밖에 없(?:는데|어서|어요).{0,12}(?:괜찮|될까|되나|돼)"
    r"|(?:입으려|신으려|입고 가려)(?:고|는데|구)\s*(?:하는데\s*)?(?:어때|어떨까)"  # "이 바지 입으려고 어때?"
    # "넥타이랑 양말도 다 검정이어야 하나요?", "do the socks have to be black?": must it be so
    r"|(?:이어야|여야|해야|어야) ?(?:하나요|하나|해요\s*\?|해\s*\?|돼요\s*\?|돼\s*\?|되나요|할까요|하죠|함\s*\?)"
    r"|\b(?:do|does|must) (?:they|it|these|the \w+|my \w+) (?:have to|need to)? ?be\b|\bshould (?:they|it|the \w+) be\b",
    re.IGNORECASE)
# ("..., what shirt and tie should I wear?": which pieces, asked openly, not leave for them)
_WHAT_TO_WEAR = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,4}?(?:should|do|can|could) i (?:wear|pair|add)\b|뭐 입",
                           re.IGNORECASE)
_OPEN_QUESTION = re.compile(r"\s*(?:what|which|how|where|when|why|뭐|어떤|무슨|어떻게)\b", re.IGNORECASE)
# The colour someone always wears, said beside a wish for others ("he always wears black, other colours pls")
_ONLY_WORN = re.compile(r"만\s*(?:입|신|사)|\b(?:always|only|just|mostly)\s+(?:wears?|dress(?:es)?\s+in)\s*$"
                        r"|\bwears? (?:nothing but|only)\s*$", re.IGNORECASE)
_OTHER_COLOURS = re.compile(r"다른\s*(?:색|컬러)|\b(?:other|different)\s+colou?rs?\b", re.IGNORECASE)
_LOUD_SHADE_BEFORE = re.compile(r"\b(?:bright|neon|loud|hot|vivid|electric|dark|deep|light|pale)\s+$|(?:쨍한|밝은|진한|형광)\s*$")


def _always_worn(text: str) -> tuple[str, ...]:
    """The colours said as the ones always worn ("검정만 입어", "always wears black"), read before the habit
    is blanked."""
    colours = find_terms(text, lexicon.COLOR_TERMS)[0]
    return tuple(dict.fromkeys(m.value for m in colours if _ONLY_WORN.match(text[m.end:m.end + 6])
                               or _ONLY_WORN.search(text[max(0, m.start - 24):m.start])))


_SMART_CASUAL = re.compile(r"\bsmart[- ]casual\b|스마트\s?캐주얼|세미\s?캐주얼", re.IGNORECASE)
# A colour ruled out of one part of the looks, said after it ("anything but beige for the top")
_FOR_THE_KIND = re.compile(r"\b(?:for|on)\s+(?:the|my|a|an)\s+$")
_FOR_THE_PART = re.compile(r"\b(?:for|on|in)\s+(?:the|my)\s+(tops?|bottoms?|shoes|jackets?|layers?|outerwear|bags?)\b")
_PART_WORDS = {"top": "top", "tops": "top", "bottom": "bottom", "bottoms": "bottom", "shoes": "shoes", "jacket": "outerwear",
               "jackets": "outerwear", "layer": "outerwear", "layers": "outerwear", "outerwear": "outerwear", "bag": "bag",
               "bags": "bag"}
# The looks found too like a suit ("너무 정장같아요"): the tailoring goes, a step down
_SUIT_LIKE = re.compile(r"(?:정장|양복|수트)\s?같|\btoo suit(?:y|-like)\b|\blooks? like a suit\b|\btoo much like a suit\b",
                        re.IGNORECASE)
_COLOUR_ONLY = re.compile(r"(?:색|색깔|컬러)\s*만|\b(?:just|only) the colou?r\b", re.IGNORECASE)
_BUT_A_PIECE = re.compile(r"\bbut\b|\binstead\b|근데|대신|말고|빼고|는데|인데|지만")
# ("#3 but warmer, it's like 5 degrees out": the weather, not a look like #3)
_MORE_LIKE = re.compile(r"\b(?:more|another|a few more|couple more)\s+(?:looks?\s+|ones?\s+|outfits?\s+)?like\b")
_EXPLICIT_LIKE = re.compile(r"(?<!it's )(?<!its )(?<!feels )\blike\b(?!\s*(?:\d|minus|negative|zero))|\bsimilar\b|비슷|같은|처럼|느낌")
# "2 then", "ok 3 it is": a look taken by its bare number, said as "look 2 then"
# ("2 then, but…", "lol ok 3 it is", "fine 1": a number alone after a word of assent, not a bare "2" that may answer
# something else)
_ASSENT = r"(?:lol|haha|ha|ok(?:ay)?|k|so|alright|fine|yeah|yep|sure|cool|right)\W+"
_BARE_PICK = re.compile(r"^(\W*(?:" + _ASSENT + r"){0,3})([1-6])(?=\s+(?:then|it is)\b\s*(?:$|[,.!]|but\b|and\b))"
                        r"|^(\W*(?:" + _ASSENT + r"){1,3})([1-6])(?=\s*[.!,]*\s*(?:(?:thanks|thank you|thx|ty|cheers)\W*)?$)",
                        re.IGNORECASE)
# "2 but warmer", "3 without the jacket": a message that opens with a bare number then says what of it; the number is
# the look (a bare "2 but…" asked of all three looks before)
_BARE_NUMBER_OPENS = re.compile(r"^([^\w#]*(?:(?:i\s+)?(?:love|loved|prefer)\s+)?)([1-6])(?=\s*,?\s+(?:but|without|minus|w/|with)\b)"
                                r"(?![^.!?]*\b(?:but|and)\s+[1-6]\b)",
                                re.IGNORECASE)
# "I don't ski, I'll mostly be at the chalet", "스키는 안 타요": a snowy trip off the slopes
_NO_SKIING = re.compile(r"\b(?:i|we|she|he)\s+(?:don'?t|do not|won'?t|will not|can'?t|cannot|never)\s+(?:ski|snowboard|board)\b"
                        r"|\bnot (?:skiing|snowboarding|a skier)\b|\bnon-?skiers?\b|스키\s*(?:는|를)?\s*(?:안|못)\s*(?:타|해)")
# ("I don't snowboard, I ski", "스키는 못 타는데 강습 받아요", "스키 안타고 보드 타요"): on the slopes all the same
_DOES_SKI = re.compile(r"\b(?:i|we)\s+(?:ski|snowboard)\b|\bi'?m (?:skiing|snowboarding)\b|\blessons?\b|강습|레슨"
                       r"|보드\s*(?:를\s*)?타|스키\s*(?:를\s*)?(?:타요|탈\s)")
_TRAILING_OFF = re.compile(r"\b(less|more|too|so|bit|kinda|very|little)\s*(?:\.{2,}|…)\s*(?=[a-z])", re.IGNORECASE)
_TARGET_LOOK = re.compile(
    r"#\s*(\d)\b|\b(?:look|outfit|number|option)\s*(\d)\b"

    # ("day 2 im presenting": a trip's looks, one a day)
    r"|^\s*day\s*([1-6])\b(?!\s*(?:trip|days?|conference|event|festival))|(?<!\d)([1-6])\s*일\s*차"
    # (not "first one is Wednesday": the first class, not a look)
    r"|\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+(?:one|look|outfit|option)\b"
    r"(?!\s+(?:is|was|will be)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    # (not "3번째 만남", the third meeting)
    r"|(?<!\d)(\d)\s*번\s*(?:(?:째(?!\s*(?:만남|만나|데이트|미팅|면접|시험|출근|해|결혼|여행|생일|방문|보는|가는|소개팅|맞선))|코디|룩|꺼|거)"
    r"(?:만|은|는|의|을|를|에서|에|으로|로)?|(?:만|은|는|의|을|를|에서|에|으로|로)(?!\S)"
    r"|(?=(?:" + "|".join(sorted({re.escape(t) for table in (lexicon.KIND_TERMS, lexicon.SLOT_TERMS)
                                  for terms in table.values() for t in terms if _HANGUL.search(t)},
                                 key=len, reverse=True)) + r")))"
    # (not "두번째 포멀나이트엔", the second formal night, nor "둘째 날")
    r"|(첫|두|세|네|다섯|여섯)\s*번\s*째(?!\s*(?:만남|만나|데이트|미팅|면접|시험|출근|해|결혼|여행|생일|방문|소개팅|맞선|포멀|날|밤"
    r"|저녁|파티|행사|디너|나이트|주|달|모임|공연|경기|일정))"
    # "흰 운동화 있는데 3번이랑 어울려요?": the look a piece is asked beside
    r"|(?<!\d)(\d)\s*번\s*(?:코디)?\s*(?:이랑|하고|과|와|랑)\s*(?:어울|잘\s*어울|매치|같이\s*입|맞)"
    r"|(?<!\d)(\d)\s*번(?=\s*(?:괜찮|어때|어떄|어떨|좋|별로|입어|입고\s*가|입으면|신으면|입을\s*때|예쁘|이쁘|너무|좀|살짝|조금|마음에|맘에|같이\s*(?:입|신|매|들)|"
    r"더\s*(?:캐주얼|포멀|격식|단정|심플|편하|따뜻|시원|차려|밝|어둡|차분|길|짧|두껍|가볍|깔끔)))|^\s*(\d)\s*번(?=\s)(?!\s*(?:입|신|정도|쯤|더|만\s*입))"
    # ("1번이요 세배할 때도 이대로 괜찮나요?", "2번인데 색이 좀 어두워서 사진에 괜찮을까요?": that look, then asked of)
    r"|^\s*(\d)\s*번\s*(?:이요|이에요|인데|인데요|이긴\s*한데)(?=[\s,.!?]|$)"
    # ("11월 저녁이면 얼마나 추워요? 1번 정도면 되나": about look 1, is it enough)
    r"|(?<!\d)(\d)\s*번\s*정도면\s*(?=되|괜찮|충분|될)"
    # "1번이 제일 나은데 신발만 바꿔줘": the look liked best, then changed
    r"|(?<!\d)(\d)\s*번이\s+(?:제일|가장|젤)\s"
    # "신발만 바꿔줘 3번", "swap the shoes, look 3": the look named last, after the change
    r"|(?<!\d)(\d)\s*번\s*(?:코디|룩)?\s*(?:요|이요)?\s*[.!?~]*\s*$"
    # "change the shoes in 3", "the jacket on 2": a piece of a look by its bare number
    r"|\b(?:" + "|".join(sorted({re.escape(t) for table in (lexicon.KIND_TERMS, lexicon.SLOT_TERMS)
                                for terms in table.values() for t in terms if not _HANGUL.search(t)},
                               key=len, reverse=True))
    + r")\s+(?:in|on|of|from)\s+([1-6])\b(?!\s*(?:[.,]\d|°|degrees|days?|weeks?|hours?|months?|years?|people|pm|am))",
    re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Understanding:
    """What one message says. `preferences` holds only what this message states."""

    language: str | None
    preferences: Preferences
    text: str = ""
    kinds: tuple[str, ...] = ()
    intents: frozenset[str] = field(default_factory=frozenset)
    followups: frozenset[str] = field(default_factory=frozenset)
    slots: tuple[str, ...] = ()  # slots named in the message ("the shoes", "상의")
    avoid_kinds: tuple[str, ...] = ()  # "no sneakers", "운동화 말고"
    like_look: int | None = None  # "another one like #2" -> 2
    about_kinds: tuple[str, ...] = ()  # the kinds the message is about ("what trousers go with these shoes?": none)
    target_look: int | None = None  # "swap the shoes on #2", "the first one in navy", "3번 신발만" -> that look only
    from_look: int | None = None  # "1번에 2번 신발로 바꿔줘": the look whose piece the target look takes
    dropped_look: int | None = None  # "not look 3, more like look 1": the look to take away beside the new ones
    earlier_set: str | None = None  # looks shown before these: "first" ("the very first set") | "previous" ("아까 2번")
    shown_again: int | None = None  # one look on screen asked to be seen again alone ("1번만 다시 보여줘")
    own_gender: str | None = None  # who the person is ("im a girl"; "남친 생일선물": most often hers), not whom they dress
    for_self: bool = False  # "back to mine", "내꺼도 골라줘": looks for the person themselves again
    partner: str | None = None  # "what should my husband wear" beside the looks: men | women | child
    partner_style: str | None = None  # "make his more casual": the style theirs change to (the person's keep theirs)
    partner_age: int | None = None  # their age, said beside the request for their looks ("she's 50")
    partner_build: str | None = None  # their build, said so ("배가 좀 나왔어요": full)
    both_dressed: bool = False  # "outfits for me and my mum", "dress my mum too": theirs beside the person's own
    looks_named: tuple[int, ...] = ()  # "mix looks 2 and 3", "2번이랑 3번 섞어 입을수": the looks said together
    picked_for_them: tuple[int, ...] = ()  # "2 for me, 1 for her": the numbers picked for the other one
    couple: bool = False  # "커플룩 추천해줘", "matching outfits with my bf": hers and his, in pairs
    wearer: str | None = None  # of a couple's looks, whose a change is ("no white for him"): set by the agent
    corrects_colour: bool = False  # "청록색 아니고 네이비인데", "it's not teal, it's navy": a colour put right
    names_the_photo: bool = False  # "it's a dress", "이거 원피스야": says what the photographed garment is
    height_cm: float | None = None  # "180 cm", "키 180"
    weight_kg: float | None = None  # "75 kg", "75키로"
    build: str | None = None  # "pretty skinny", "좀 통통해요": slim | full, a build said without a weight
    question: str | None = None  # a style question: definition | pairing | howto
    event: str | None = None  # an event with a dress code of its own: funeral | black_tie
    fit: str | None = None  # a cut the message is about: oversized | slim | wide | cropped
    rain: bool = False  # the message says it will rain ("rainy day at the office", "장마철")
    cold: bool = False  # the message says it is bitterly cold ("it's freezing", "엄청 추워요", "-5도")
    snow: bool = False  # ... or that the looks walk through snow ("snow trip", "스키장", "눈 오는 날")
    slopes: bool = False  # ... or that they ski or board ("first ski trip", "스키장 가요")
    evening: bool = False  # ... or a hot day and a cold night ("hot during the day, freezing at night")
    wants_puffer: bool = False  # "코트 말고 패딩으로": the layer traded for a padded jacket
    bitter: bool = False  # ... or hard cold, or a cold day spent outside ("8F", "영하 10도", "freezing rinks all day")
    hot: bool = False  # real heat said ("95 degrees", "폭염", "땀 많이"): no jeans or boots (chains/weather.py)
    no_suit: bool = False  # "I don't own a suit", "정장이 없는데": looks of separates, and say so
    owns_suit: bool = False  # "네이비 정장은 있어요", "i have a navy suit": a suit of their own to wear
    owns_none: bool = False  # "i dont own dress shoes, can i wear sneakers?": what the occasion wants is not theirs
    too_much: bool = False  # "is a bolo tie too much?", "스팽글 너무 과한가?": one bold piece, over the top or not
    asks_suit: bool = False  # "should I wear a suit?", "정장 입어야 하나요?": whether the occasion wants one
    asks_need: bool = False  # "do I need a hat?", "코트 꼭 입어야 돼?": whether the occasion calls for the piece
    # "should I avoid red?", "빨간색은 피해야 하나요?": colours asked whether they are wrong there (neither wished nor
    # refused: the looks keep to what was said before)
    colours_asked: tuple[str, ...] = ()
    compared_looks: tuple[int, int] | None = None  # "1번이랑 2번 중에 뭐가 나아?": two looks weighed, one chosen
    points_at_it: bool = False  # "is it dated?", "이거 유행 지난거야?": about the garment shown, unnamed
    shrug: bool = False  # "you pick", "아무거나": whatever is open is left to the stylist
    picks_for_me: bool = False  # "just pick one for me", "제일 무난한 걸로 골라줘요": one look on screen, chosen
    longer: bool = False  # "longer skirt pls": more length, which the catalogue does not record
    knee_length: bool = False  # "치마는 짧은거 말고 무릎 정도로": skirts kept, at a length the catalogue does not record
    subtropical: bool = False  # "going to taipei": a place hot from May to October (lexicon.SUBTROPICAL_TERMS)
    hot_half: bool = False  # "it's in may", "7월": a month of that hot half said
    southern: bool = False  # "speed dating in Melbourne": a place south of the equator (lexicon.SOUTHERN_TERMS)
    season_by_month: bool = False  # "August so it's cold": the season said by a month only, no season's name
    place: str | None = None  # where the looks go, of chains/climate.py's table ("visiting my son in sydney")
    month: int | None = None  # the month said ("I leave mid july", "1월 중순")
    climate_asked: bool = False  # "is it warm there in january?", "거기 겨울이에요??": the weather there, asked
    fewer_layers: bool = False  # "less layers", "덜 껴입게": a layer off, where the weather can spare one
    puts_piece_on_look: bool = False  # "1번에 어떤 코트가 어울려?": a piece named for one look, added where it has none
    cut: str | None = None  # a cut of shoe wished for by name ("로퍼로 바꿔줘": loafer): its pieces' names say it
    count: int | None = None  # how many looks it asks for ("just one outfit", "코디 하나만", "하나 더")
    adds_look: bool = False  # one look more for another part of the day, beside these ("also one for dinner")
    for_a_child: bool = False  # a child of twelve or under is the one to dress (the catalogue is adults' clothes)
    says_what_it_is: bool = False  # "they're actually olive", "실제로는 네이비예요": a fact, not a wish
    age: int | None = None  # "a 50 year old", "in my 40s", "50대": whose age the looks must suit
    asks_about_look: bool = False  # "is #2 ok?", "2번 회사에 입고 가도 돼?": a question about one look on screen
    asks_walkable: bool = False  # "1번 신발 굽 높아? 많이 걸을건데", "can i walk in #2's shoes all day?"
    asks_where_to_buy: bool = False  # "1번 어디서 살수있어요? 가격도", "link?", "how much is look 2?": shops and prices
    shoe_cuts: tuple[str, ...] = ()  # the cuts of shoe named ("loafers or oxfords?": loafer, oxford)
    size_said: str | None = None  # "would L fit?", "I usually wear L": the letter size a message is about
    size_usual: str | None = None  # "평소 M 입어": the size the person says they usually wear
    cut_of_piece: str | None = None  # "오버핏 코트": the cut a named piece is sold in
    size_between: tuple[str, str] | None = None  # "i'm between M and L": which of two neighbouring sizes
    chest_cm: float | None = None  # "what size shirt for a 42 inch chest": a chest measured, in cm
    waist_cm: float | None = None  # "허리 30이면 바지 사이즈 뭐?": a waist measured, in cm
    neck_cm: float | None = None  # "what size shirt? neck 15.5": a dress shirt's collar, in cm
    over_it: bool = False  # "what goes over it?", "그 위에 뭐 입어요?": a layer over what is worn
    throws_on: bool = False  # "what do i layer over it", "뭐 걸칠 거 있어요?": a layer to put on over the looks
    piece_colour: str | None = None  # "these green cords": the colour said right before the named garment
    owns_named: bool = False  # "something easy with my grey wide-leg trousers": the garment named is theirs
    # "내 코트", "my coat": the garment named is said to be theirs, its colour said or not (a piece they said they
    # have is then theirs: chains/owned_pieces.py); "그 가디건", "that cardigan": pointed at, perhaps theirs
    mine_said: bool = False
    that_said: bool = False
    colour_asked_of: str | None = None  # "what coat colour goes with cobalt?": the kind whose colour is asked
    material: str | None = None  # "#3 but with a leather jacket": the material said of the named garment
    asks_to_see: bool = False  # "show me a full look", "장례식 코디 보여줘": looks, not only an answer
    asks_why: bool = False  # "why the brown shoes on look 1?", "왜 2번에 로퍼 넣었어?": the reason, not a change
    asks_which: bool = False  # "what socks?", "무슨 색?", "방법 알려줘": a question (a finishing touch, a topic's note)
    photo_kind: str | None = None  # "this is my coat, what goes with it?": what the photographed garment is
    photo_slot: str | None = None  # "this bright yellow cropped top": the part of a look it is, where no kind says
    photo_pattern: str | None = None  # "this striped dress": the pattern the photographed piece has
    asks_colours: bool = False  # "색은 뭐가 좋을까요?", "what colours should I wear?": which colours, none named
    rough_ground: bool = False  # "성묘 갈 때 신발", "shoes for the trail": a path where smart soles slip
    outdoors: bool = False  # "its outdoors at a garden restaurant", "야외 결혼식이에요": grass, air, no roof
    floor_seating: bool = False  # "좌식이라 바닥에 앉아야 할 수도", "we'll sit on the floor": skirts ride up
    shoes_off: bool = False  # "법당에서 신발 벗어야 돼요", "shoes come off at the door": slip-ons, and socks
    later_part: bool = False  # "밤에는 바베큐하고 술자리라": an easier part of the same day, in the same looks (the agent sets it)
    also_for: str | None = None  # "회사에서 바로 가는거라 출근복이랑 겸해야 돼요" at a funeral: the looks serve work too (the agent sets it)
    # "a panel talk, then parties after", "점심에 조문 가고 저녁에 데이트": the occasion of a later part of the same day
    # (the first part's is `preferences.occasion`), and whether there is no changing between the two ("집에 못 들러요")
    then_occasion: str | None = None
    no_change_between: bool = False
    part_asked: bool = False  # "and for the parties after?": the later part's looks asked beside those on screen
    adds_piece: bool = False  # "모자도 추천해줘", "a hat too please": that piece added to the looks on screen
    asks_warm: bool = False  # "is this bomber warm enough for december?": the piece's warmth for the season
    asks_property: str | None = None  # "are the boots waterproof?": rain, heat, cold, or fabric (which no name says)
    topics: tuple[str, ...] = ()  # notes of the knowledge base the message asks about ("키 커보이게", "heel height")
    feel: Feel = Feel()  # "nothing too tight", "less bulky", "안 미끄러운 신발", "no cotton" (chains/feel.py)

    @property
    def looks_feel(self) -> Feel:
        """The feel the looks keep from this message: a shade said of one piece ("switch the coat for something
        brighter") is that piece's, not every piece's; one said of one look ("look 1 in a brighter colour?") is
        that look's, and the others keep their colours through the changes that follow."""
        # (the parts of kinds ruled out are no piece the shade is said of: "no jeans no sneakers. something fun")
        ruled = {KIND_TO_SLOT.get(k.split(":")[0]) for k in self.avoid_kinds}
        said_of = self.kinds or set(self.slots) - ruled or self.target_look
        if self.feel.tone in ("dark", "light", "colourful") and said_of:
            return replace(self.feel, tone=None)
        return self.feel

    @property
    def asks_leave(self) -> bool:
        """A yes or no on one piece ("too much?", "do I need one?"), asked of no look: answered, looks unchanged."""
        return self.too_much or self.asks_need

    @property
    def asks_avoiding(self) -> bool:
        """Whether the message asks if some colours are wrong for the occasion ("should I avoid red?")."""
        return bool(self.colours_asked)

    @property
    def weather(self) -> Weather:
        """The weather this message says its looks go out into."""
        return Weather(self.rain, self.cold, self.snow, self.bitter, self.hot, self.slopes, self.evening)

    def said_colour(self, family: str) -> str | None:
        """The word this message says a colour of the family with ("mustard", "버건디"), as typed, in lower case."""
        said = [self.text[m.start:m.end] for m in find_terms(self.text.lower(), lexicon.COLOR_TERMS)[0] if m.value == family]
        # (else the word remembered with it: "my coat" of "a camel coat" said before)
        remembered = [pin.split(":", 1)[1] for pin in self.preferences.shades if pin.startswith(f"{family}:")]
        return said[0].lower() if said else remembered[-1] if remembered else None

    def said_kind(self, kind: str, last: bool = False) -> str | None:
        """The word this message names a garment of the kind with ("hoodie", "후드티"), as typed, in lower case
        (the last one where asked: "가방은 제 갈색 숄더백" names the piece in its second word)."""
        said = [self.text[m.start:m.end].strip() for m in find_terms(self.text.lower(), lexicon.KIND_TERMS)[0]
                if m.value == kind]
        return said[-1 if last else 0].lower() if said else None

    def wanting_more(self) -> "Understanding":
        """The same message, asking for looks not shown yet."""
        return replace(self, intents=self.intents | {"more"})


_NO_PLURAL = frozenset({"hi"})
_SOFTENING_SUFFIX = r"(?:ish|esque|inspired|style|like|vibes?|themed|core)\b"


# Korean words that end a verb's stem too ("애가 뭐 묻힐거같아서" buries no heel): the syllables before them that
# make the verb
_VERB_STEM_BEFORE = {"힐": "묻밟잡읽익맞굽식녹입숨막맺좁넓앉눕밝박뽑씹닫접꽂얽굳", "팁": "윙트"}


def _term_pattern(term: str, soften: bool = True) -> re.Pattern[str]:
    if _HANGUL.search(term):  # "1월" is not the end of "11월"
        stem = f"(?<![{_VERB_STEM_BEFORE[term]}])" if term in _VERB_STEM_BEFORE else ""
        healing = "(?!링)" if term == "힐" else ""  # ("힐링 여행": a restful trip, no heel)
        return re.compile(("(?<!\\d)" if term[0].isdigit() else "") + stem + re.escape(term) + healing)
    plural = "(?:es)?" if re.search(r"(?:s|x|z|ch|sh)$", term) else "" if term in _NO_PLURAL else "s?"
    # ("hates" is no plural of "hat", nor "his" of "hi")
    # (a Korean ending may follow an English word: "minimal하게", "black으로")
    # ("coachella-ish", "boho-inspired": a suffix that only softens the word keeps it; "black-and-white" doesn't)
    suffix = r"|-(?!" + _SOFTENING_SUFFIX + r")" if soften else r"|-"
    return re.compile(r"(?<![\w-])" + re.escape(term) + plural + r"(?![a-z0-9_]" + suffix + ")", re.IGNORECASE)


# by the table's identity; the table is kept beside its patterns, so its id is never another's
_PATTERNS: dict[int, tuple[dict, list[tuple[str, str, re.Pattern[str]]]]] = {}
_GARMENT_TABLES = (lexicon.KIND_TERMS, lexicon.SLOT_TERMS, lexicon.COMPOUND_TERMS, lexicon.NAMED_CUT_TERMS)


def _compiled(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str, re.Pattern[str]]]:
    """Longest terms first, so "navy blue" wins over "blue" and "반바지" over "바지"; each with its
    words in lower case (every match contains them)."""
    cached = _PATTERNS.get(id(table))
    if cached is None or cached[0] is not table:
        pairs = [(value, term) for value, terms in table.items() for term in terms]
        pairs.sort(key=lambda pair: -len(pair[1]))
        # ("a shirt-style dress" is a dress: a garment word softened names no second garment)
        soften = not any(table is garments for garments in _GARMENT_TABLES)
        cached = _PATTERNS[id(table)] = (table, [(value, term.lower(), _term_pattern(term, soften))
                                                 for value, term in pairs])
    return cached[1]


def find_terms(text: str, table: dict[str, tuple[str, ...]]) -> tuple[list[Match], str]:
    """Matches in text order, and the text with matched spans blanked (so no word counts twice)."""
    matches: list[Match] = []
    lowered = text.lower()  # (blanking only takes words away: a term not in it now is in no later text)
    for value, words, pattern in _compiled(table):
        if words not in lowered:  # most terms are not in a message: a substring test is much cheaper
            continue
        for hit in pattern.finditer(text):
            matches.append(Match(value, hit.start(), hit.end()))
            text = text[: hit.start()] + " " * (hit.end() - hit.start()) + text[hit.end():]
    return sorted(matches, key=lambda m: m.start), text


# "they have bag size rules", "가방 크기 제한": a venue's rule about bags, no question of the person's size
_SIZE_RULES = re.compile(r"\b(?:bag\s+)?size\s+(?:rules?|limits?|polic(?:y|ies)|restrictions?|requirements?)\b"
                         r"|\bbag\s+(?:rules?|polic(?:y|ies)|limits?)\b|가방\s*(?:크기|사이즈)\s*(?:제한|규정|규칙)")
_CLAUSE_END = re.compile(r"[,.;!?\n]")
_KO_SENTENCE_END = re.compile(r"(?<![필중]요)(?<=[요죠])\s+(?=\S)")  # (not 필요 or 중요: "필요 없어요")
# "cardigans no", "beige washes me out", "heels are a no", "skirts? never"
# "i dont own anything pink, hate it": the colour is hated, not only missing
_HATED_AFTER = re.compile(r"^[\s,.!-]*(?:and\s+|i\s+)?(?:(?:hate|can'?t stand|detest|loathe)(?!\s+(?!it\b|them\b|that\b|those\b|this\b|these\b)\w)|(?:always\s+)?(?:get|gets|getting)\s+caught\b|(?:will|would|'ll|is going to|are going to|going to|(?:is |are )?gonna)\s+(?:get\s+|be\s+)?(?:ruined|wrecked|destroyed)\b|(?:is|are)\s+(?:uncomfortable|a pain|too long|too big|too heavy|tricky|awkward|a problem|a hassle)|(?:might|could|would|will)\s+be\s+(?:annoying|uncomfortable|a pain|awkward|impractical)|would swallow me|swallows? me|(?:is|are)\s*(?:n'?t|not)\s+allowed|(?:is|are)\s+(?:banned|forbidden|prohibited)|(?:is|are)\s+(?:basically\s+|pretty much\s+|just\s+|now\s+)?(?:impossible|out of the question|too hard|too fiddly)|(?:is|are|feels?|looks?|gets?)\s+(?:too|so|kinda|a bit|getting)\s+(?:boring|dull|cliche|cliché|old|basic|plain|depressing)|bores? me"
                          # ("red and white is the usual but I'm bored of it", "black, i'm so tired of it")
                          r"|(?:(?:is|are)\s+(?:the usual|so usual|what everyone wears|too common|so common|everywhere)\b"
                          r"[^.!?]{0,25}?)?(?:i'?m|im|i am)\s+(?:so\s+|a bit\s+|kinda\s+|really\s+)?(?:bored|tired|sick) of"
                          r"\s+(?:it|them|that|those|wearing))\b",
                          re.I)
# ("the scarf in look 1 is kinda a lot", "look 2's boots look heavy"): more than they want, that piece out
_TOO_MUCH_AFTER = re.compile(r"^[\s,.!-]*(?:(?:in|on|from|of)\s+(?:look\s*|#\s*)?[1-6]\s+)?"
                             r"(?:(?:is|are|feels?|looks?|seems?)\s+(?:kinda\s+|kind of\s+|a bit\s+|a little\s+|just\s+|"
                             r"way\s+)?(?:a lot(?!\s+(?:more|less|of|nicer|better|\w+er)\b)|overkill)|(?:looks?|seems?|feels?)\s+"
                             r"(?:kinda\s+|a bit\s+|so\s+|really\s+|too\s+)?(?:heavy|clunky|bulky|chunky))\b"
                             # (praise or a question: "chunky in a good way", "do they look too heavy for summer?")
                             r"(?![^.!?]*(?:\?|in a good way|love|nice))", re.I)
_EN_NO_AFTER = re.compile(r"^\s*(?:(?:no|nope)\s*(?:thanks|thank you|please)?\s*$|(?:is|are)?\s*(?:a no|never)\b"
                          r"|(?:just\s+|really\s+)?(?:wash(?:es)? me out|(?:does|do)n'?t suit me|(?:is|are)n'?t for me"
                          r"|(?:is|are) not for me|makes? me look (?:ill|pale|sick|washed out))"
                          # "grass + heels = disaster", "heels are a nightmare on cobbles"
                          r"|(?:=|is|are|would be|will be)?\s*(?:a\s+)?(?:disaster|nightmare|death|torture)\b"
                          # "pastels feel like a lot", "sequins are a bit much": more than they want
                          r"|(?:feels?|is|are|seems?|looks?)\s+(?:like\s+)?(?:a lot|a bit much|way too much|overkill)\b"
                          # ("pastels? I'd rather die", "florals, hard pass")
                          r"|\W*(?:(?:i'?d|i would) rather die|hard pass|over my dead body|absolutely not)\b)", re.I)


# "힐 x", "스키니진 X": crossed out, as people type it
_X_AFTER = re.compile(r"^\s*(?:은|는)?\s*[xX✕✖❌](?![a-zA-Z0-9])")
# "갈색도 빼", "검정 빼라": the bare stem of 빼다 ends the clause (never "빼입고", dressed up in it)
_KO_BARE_OUT = re.compile(r"빼(?=\s*(?:$|[.!~?,ㅋㅎ]|라|셈|자\b|봐))")


_IN_ADDITION = re.compile(r"\bbesides\b[^?]*\b(?:else|also|too|as well)\b", re.IGNORECASE)


# A word said to be liked, which ends the reach of a negation said after it
_KO_LIKED = re.compile(r"좋아|좋겠|좋네|원해|입고\s?싶")


# "그렇다고 후드티는 좀...": a piece trailed off with a sigh, not wanted
_TRAILS_OFF = re.compile(r"\s*(?:은|는)\s*좀\s*(?:\.{2,}|…|ㅠ|ㅜ|$)")


_SHOE_LACES = re.compile(r"lace(?:s\b|[- ]?ups?\b)|laced\b"
                         r"|leather[- ]soled?\b|leather soles\b")  # ("not slippery leather soles": the sole's grip)
_RESIZED = re.compile(r"(?:작은|큰|더\s*작은|더\s*큰|좀\s*작은|좀\s*큰)\s*(?:걸로|거로|것으로|사이즈)")
_HAVE_FEW = re.compile(r"(?:별로|거의|많이|하나도|딱히)\s*없")


# "좀 더 밝은 색 없어요?", "다른 거 없나요?": whether there is one, asked (no piece ruled out)
_ANY_ASKED = re.compile(r"^([^.!?,]{0,20}?)없(?:어요|나요|을까요|어|나|을까)\s*\?")


def _is_negated(original: str, match: Match, next_start: int) -> bool:
    before = original[max(0, match.start - 30): match.start]
    if _IN_ADDITION.search(original) and re.search(r"\bbesides\b(?:\s+[\w'-]+){0,2}\s*$", before):
        return False  # "besides jeans, what else should I pack?": jeans as well, not ruled out
    if re.search(r"\bwhy\s+not\s*$", before, re.IGNORECASE):
        return False  # "why not white?" asks about white, rules nothing out
    if _EN_NEGATION.search(before) or (_SWAP_BEFORE.search(before) and _SWAP_AFTER.match(original[match.end:])):
        return True
    if _EN_NEITHER.search(before):  # ("no loud prints or a weird hat": the hat too)
        return True
    if continued := _EN_CONTINUED.search(before):
        clause = _CLAUSE_END.split(original[max(0, match.start - 60): match.start])[-1]
        if _EN_NEGATION_CUE.search(clause[: len(clause) - len(continued.group())]):
            return True
    # A negation after the word reaches it only within its clause: "원피스 말고 바지, 검정 빼고" rules
    # out the black, not the trousers.
    after = _CLAUSE_END.split(original[match.end: min(next_start, match.end + _KO_AFTER_WINDOW)])[0]
    after = _KO_SENTENCE_END.split(after)[0]  # ("운동화 필수래요 저도 굽 있는건 안 신어요": the next sentence's "안 신")
    after = _KO_LIKED.split(after)[0]  # ("고무줄 바지 좋아요 무늬 없이": the trousers liked, the pattern out)
    if "밖에" in after:  # "검은 옷이 패딩밖에 없어요": the only black piece is a padded coat, not "no black"
        return False
    if _HAVE_FEW.search(after):  # "검은 옷이 별로 없어요": few of them in the wardrobe, not "no black"
        return False
    if _RESIZED.search(original[match.end: match.end + 30]):  # "가방이 너무 커보여요 작은걸로 바꿔주세요": a smaller one
        return False
    if (asked := _ANY_ASKED.search(original[match.end: match.end + 30])) \
            and not any(cue in asked.group(1) for cue in lexicon.NEGATION_AFTER_KO):
        return False  # "2번 자켓 좀 더 밝은 색 없어요?": whether there is one ("검정 말고 다른 색 없어요?" rules black out)
    if find_terms(after, lexicon.FIT_TERMS)[0]:  # "와이드팬츠로요 스키니 말고": the cut is ruled out, not the trousers
        return False
    if re.search(r"없으면|없이는", after):  # "코트 없으면 곤란해요": without it is the trouble, not with it
        return False
    if _EXCEEDS.search(after):  # ("배낭이 7kg 넘으면 안 된대요"): a limit, not the backpack refused
        return False
    if original[:match.end].endswith("게") and _CAN_IT_BE_SO.match(original, match.end):  # ("좀 귀엽게는 안되나": a wish)
        return False
    return any(cue in after for cue in lexicon.NEGATION_AFTER_KO) or bool(_EN_NO_AFTER.match(after)) \
        or bool(_X_AFTER.match(after)) \
        or bool(_HATED_AFTER.match(original[match.end:])) or bool(_TOO_MUCH_AFTER.match(original[match.end:])) \
        or bool(_HATED_AFTER.match(_past_its_garment(original, match.end))) \
        or bool(_KO_BARE_OUT.search(after)) \
        or bool(_TRAILS_OFF.match(original[match.end:]))



# A garment right after a colour ("those white pants are gonna be destroyed": what is said after the pants is said of
# the white too)
_GARMENT_AFTER = re.compile(r"^\s+(?:pants|trousers|jeans|shorts|shirts?|tops?|tees?|t-shirts?|kurtas?|dress(?:es)?"
                            r"|skirts?|shoes|sneakers|trainers|jackets?|blazers?|coats?|socks)\b", re.IGNORECASE)


def _past_its_garment(original: str, end: int) -> str:
    """The words after the garment a colour is said of (the colour's own words where no garment follows it)."""
    garment = _GARMENT_AFTER.match(original[end:])
    return original[end + garment.end():] if garment else "\x00"


_EXCEEDS = re.compile(r"(?:넘으면|넘기면|초과하면|넘어가면|이상이면|넘어서는)\s*안\s*(?:된|돼|되)")
_CAN_IT_BE_SO = re.compile(r"\s*(?:는|좀)?\s*안\s*(?:되나|될까|돼요|되요|되나요|될까요)")


def _between(original: str, first: Match, second: Match) -> str:
    return original[first.end: second.start]


def _joined(original: str, first: Match, second: Match) -> bool:
    """Two items of one list: only a joiner between them ("black or brown", "치마랑 원피스 둘 다")."""
    between = _between(original, first, second)
    if between.strip() in ("은", "는"):  # "바지는 청바지 말고": the trousers are the topic, the jeans ruled out
        return False
    for joiner in sorted(lexicon.LIST_JOINERS, key=len, reverse=True):
        between = between.replace(joiner, " ")
    return not re.sub(r"[\s은는을를이가색]", "", between)


def _comma_turn(original: str, matches: list[Match], index: int) -> bool:
    """"not black, white instead": after a comma the list goes on only if an "or"/"and" follows
    ("no black, brown or grey")."""
    if _between(original, matches[index - 1], matches[index]).strip() != ",":
        return False
    following = index + 1 < len(matches) and _joined(original, matches[index], matches[index + 1]) \
        and _between(original, matches[index], matches[index + 1]).strip() != ","
    return not following


_LAB_JOB = re.compile(r"chemistry teacher|science teacher|lab technician|\blab tech\b|화학\s*(?:선생|교사)|과학\s*(?:선생|교사)|실험실")
_MUD = re.compile(r"\bmud(?:dy)?\b|\bwellies\b|\bwellington|진흙|진창|질척")
_NEGATED_FEEL = {"relaxed": "sleek", "sleeved": ""}  # a feel said with a negation: its opposite, or none
# (the words that say the feel itself: "too clingy" and "끼는" say it by its opposite, and their "no" is no turn)
# The 사원 of an office, which is no temple's ("1번은 너무 회사원 같아요", "신입사원", "사원증"): blanked before a temple
# is looked for
_OFFICE_WORKER = re.compile(r"회사원|회사\s+사원|평사원|입사원|사원증|사원님")
_POSITIVE_FEEL = re.compile(r"loose|roomy|roomier|baggy|long[- ]?sleeve", re.IGNORECASE)


def _feel(text: str, topics: Sequence[str] = ()) -> Feel:
    """How the message wants the looks to feel, and the fabrics it rules out ("no cotton", "울 말고",
    "itchy wool"; never a fabric merely named: "a cotton shirt")."""
    # (a temple's 사원 is not the 사원 of an office: "1번은 너무 회사원 같아요", "신입사원", "사원증")
    said = find_terms(_OFFICE_WORKER.sub(_blank, text), lexicon.FEEL_TERMS)[0]
    # ("no loose long sleeves that'll drag through the clay": a neater line, and no long sleeves wished for)
    feelings = {_NEGATED_FEEL.get(m.value, m.value) if flag and _POSITIVE_FEEL.match(text, m.start) else m.value
                for m, flag in zip(said, _negation_flags(text, said))} - {""}
    if "modest" in feelings:  # (shoulders and knees: the arms are covered too)
        feelings.add("covered")
    if {"body:belly", "body:thighs"} & set(topics):  # "배 가려지는 핏으로": nothing clinging
        feelings.add("relaxed")
    if "body:taller" in topics:  # "키 160인데 다리 길어보이게": a long line, as the note says
        feelings.add("long")
    if "body:shoulders" in topics:  # "broad shoulders, everything looks boxy on me": nothing widening them
        feelings.add("soft_shoulder")
    if "body:pregnancy" in topics:  # "임산부인데 편하게": nothing tight at the waist, flat shoes, and the
        feelings |= {"relaxed", "comfort", "bump"}  # wrap or A-line dress the note advises
    if "dry" in feelings and _MUD.search(text):  # ("it always rains and gets muddy"): mud sucks off and slides
        feelings.add("grip")  # under a shoe that is only waterproof: boots or a treaded sole, as the note says
    if "photo:body-profile" in topics:  # ("바디프로필 찍으러 가요"): nothing tight that marks the skin, as its note says
        feelings |= {"relaxed", "comfort"}
    if "injury:leg-cast" in topics:  # ("발목 깁스함, 목발 짚어요"): wide legs over the cast, flat shoes, as the note says
        feelings |= {"relaxed", "comfort"}
    if "sport:ice-skating" in topics:  # ("ice skating date on saturday"): warm and easy to move in, as the note says
        feelings.add("comfort")
    hands_on = "activity:kimjang" in topics  # a day's work outside: easy to move in, dark, on a grip sole
    if hands_on:
        feelings |= {"comfort", "grip"}
    # ("bad hip, no laces": shoes without laces, no lace fabric ruled out)
    fabrics = [m for m in find_terms(text, lexicon.FABRIC_TERMS)[0] if not _SHOE_LACES.match(text, m.start)]
    out = [m.value for m, flag in zip(fabrics, _negation_flags(text, fabrics))
           if flag or lexicon.FABRIC_OUT_WORDS.search(text[m.start:m.end]) or _SPOILED_AFTER.match(text[m.end:m.end + 32])]
    on_tv = "photo:tv" in topics  # (a studio camera: a solid, saturated top near the face, as its note says)
    if on_tv:
        feelings.add("plain")
    return Feel(*(f in feelings for f in FEELINGS), fabrics_out=tuple(dict.fromkeys(out)),
                tone="dark" if hands_on else "colourful" if on_tv else None)


# "신발 다른거 보여줘", "show me other shoes": another piece in that part of the looks on screen
# (not "다른 신발이랑 신어도 돼요?", "will it go with different tops?": a question about pairing)
_PART_WORDS_KO = r"(?:신발|가방|바지|치마|상의|하의|아우터|겉옷|자켓|재킷|코트|구두)"
_OTHER_OF_A_PART = re.compile(_PART_WORDS_KO + r"\s*(?:은|는|좀)?\s*다른\s?(?:거|걸|것)(?!\s*(?:이랑|랑|와|과|하고))"
                              r"|" + _PART_WORDS_KO + r"\s*(?:색|색깔|컬러)\s*(?:은|는|이|만)?\s*다른"  # "코트 색 다른거 없어요?"
                              r"|" + _PART_WORDS_KO + r"\s*(?:은|는)?\s*다른\s*(?:색|색깔|컬러)"  # "코트 다른 색은 없어요?"
                              r"|다른\s+" + _PART_WORDS_KO + r"(?!\s*(?:이랑|랑|와|과|하고))"
                              r"|(?<!with )\b(?:other|different)\s+(?:shoes|bags?|tops?|bottoms|pants|trousers|jackets?|coats?)\b")
_OR_NO_SAME = re.compile(r"\b(\w+)(\s+or\s+no\s+\1)\b")
_SHOES_SAID_OF = re.compile(r"(?:구두|신발)\s*(?:은|는|도)|\bthe shoes\b")
_INSTEAD = re.compile(r"\binstead of\b|\brather than\b")
# "meeting my gf's parents", "여친 부모님 뵈러": his clothes, as "with my girlfriend" is (COMPANION_TERMS)
_PARTNERS_PARENTS = {
    "men": re.compile(r"\b(?:girlfriend|gf)['’]?s?\s+(?:parents|family|folks|mom|mum|dad|mother|father)\b"
                      r"|(?:여친|여자\s?친구)\s*(?:의\s*)?(?:부모님|어머님|아버님|집|가족)"),
    "women": re.compile(r"\b(?:boyfriend|bf)['’]?s?\s+(?:parents|family|folks|mom|mum|dad|mother|father)\b"
                        r"|(?:남친|남자\s?친구)\s*(?:의\s*)?(?:부모님|어머님|아버님|집|가족)"),
}


def _said_instead(text: str, colours: list[Match], flags: list) -> set[str]:
    """The colours ruled out only right after "instead of" / "rather than", and nowhere else."""
    after = [m for m, f in zip(colours, flags) if f and any(0 <= m.start - i.end() <= 12 for i in _INSTEAD.finditer(text))]
    elsewhere = {m.value for m, f in zip(colours, flags) if f and m not in after}
    return {m.value for m in after} - elsewhere


def _swapped_piece(text: str, kinds: list[Match], slots: list[Match], followups: list[Match]) -> str | None:
    """The one piece a swap names ("brown shoes instead of black", "셔츠 흰색 말고 하늘색으로"), if one."""
    if not (any(m.value == "swap" for m in followups) or _INSTEAD.search(text)):
        return None
    named = {m.value for m in kinds} or ({"shoes"} if {m.value for m in slots} == {"shoes"} else set())
    return next(iter(named)) if len(named) == 1 else None


_WITH_OTHER = re.compile(r"\bwith\s+(?:an?\s+)?(?:different|other|another)\b")
_OTHER_BEFORE = re.compile(r"\b(?:different|other|another|new)\s+(?:\w+\s+)?$|다른\s*$")


_TO_COLOUR_AFTER = re.compile(r"^\s*(?:색|컬러)?\s*(?:으로|로)")
_TO_COLOUR_BEFORE = re.compile(r"\b(?:to|into|for)\s+(?:a\s+|an\s+)?(?:\w+\s+)?$")


def _recoloured(text: str, colours: list[Match], kinds: list[Match]) -> tuple[str, str] | None:
    """(old, new): a piece's colour said before its kind and the colour it should change to after it
    ("회색 니트를 네이비로", "the grey sweater to navy"), or None."""
    if len(colours) != 2 or len(kinds) != 1:
        return None
    first, second = colours
    piece = kinds[0]
    said_of_piece = first.end <= piece.start and piece.start - first.end <= 6
    to_it = _TO_COLOUR_AFTER.match(text[second.end:]) or _TO_COLOUR_BEFORE.search(text[:second.start])
    return (first.value, second.value) if said_of_piece and second.start > piece.end and to_it else None


_INTO_AFTER = re.compile(r"^\s*(?:으로|로)")
_INTO_BEFORE = re.compile(r"\b(?:to|for|into)\s+(?:a\s+|an\s+|some\s+|the\s+)?(?:[\w-]+\s+)?$")


def _traded_kind(text: str, kinds: list[Match], flags: list[bool | None], followups: list[Match]) -> tuple[str, str] | None:
    """(old, new): a swap of one kind of a part of the look for another, said as "X를 Y로", "X to Y" or "swap X
    for Y" ("1번 바지 청바지로", "change look 2's sneakers to boots"), with neither ruled out in words; or None."""
    said = [m for m, flag in zip(kinds, flags, strict=True) if flag is False]
    if not (any(m.value == "swap" for m in followups) or _target_look(text)) or len(said) != 2 or len(kinds) != 2:
        return None
    first, second = said
    # ("swap the jeans in the first look for shorts": the look named between the two is no gap)
    reach = 34 if re.search(r"\blook\b|#\d|\bone\b|번", text[first.end:second.start]) else 14
    if first.value == second.value or KIND_TO_SLOT.get(first.value) != KIND_TO_SLOT.get(second.value) \
            or second.start - first.end > reach:
        return None
    into = _INTO_AFTER.match(text[second.end:]) or _INTO_BEFORE.search(text[first.end:second.start])
    return (first.value, second.value) if into else None


def _partner_swapped(text: str, kinds: list[Match], slots: list[Match]) -> str | None:
    """"will the jacket in #1 go with different tops?": the slot of the piece asked other ones of beside
    the piece it should go with (the jacket stays, the tops change), if the message says so."""
    named = [(m, KIND_TO_SLOT.get(m.value, m.value)) for m in [*kinds, *slots]]
    if not (_PAIRING_CUE.search(text) or _WITH_OTHER.search(text)) or len({slot for _, slot in named}) < 2:
        return None
    other = [slot for m, slot in named if _OTHER_BEFORE.search(text[max(0, m.start - 24):m.start])]
    return other[0] if other else None


def traded_slot(wanted_kinds: Sequence[str], avoided_kinds: Sequence[str]) -> str | None:
    """"힐 말고 플랫슈즈로", "a blouse instead of the knit": the part of a look where one kind is traded for another
    (the last kind wanted, as "바지를 치마로" names the skirt last), if one is."""
    slot = KIND_TO_SLOT.get(wanted_kinds[-1]) if wanted_kinds else None
    # ("백팩 말고 크로스백으로": a compound piece traded is its kind's: a backpack is a bag)
    # ("패딩 말고 코트로": a padded jacket ruled out is a layer too)
    return slot if slot is not None and any((KIND_TO_SLOT.get(lexicon.COMPOUND_KINDS.get(a, a))
                                             or ("outerwear" if a in PADDED_LAYERS else None)) == slot
                                            for a in avoided_kinds) else None


PADDED_LAYERS = ("puffer", "long_puffer")  # ruled out by name, traded for another layer


def _partners_parents(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    """Whose clothes a partner's parents say, and where they are named (their "mom" says nothing of who asks)."""
    hits = [(wearer, hit.span()) for wearer, pattern in _PARTNERS_PARENTS.items() for hit in pattern.finditer(text)]
    return (hits[0][0] if hits else None), [span for _, span in hits]


def _photo_kind(text: str, kinds: list[Match], named: Match | None) -> str | None:
    """The garment named right after "this is my", "it's a", "이거" (`named`, by `_named_of_photo`): the photo's,
    even in a question about what goes with it; else the one they say they own."""
    # (each naming in turn: "got this sweater ... its for the chalet" names it at "this", not at "its")
    # ("does this go with black jeans?": the jeans after "go with" are its partner, not its name)
    return named.value if named else _owned_kind(text, kinds)


_SAID_TO_HAVE = re.compile(r"(?:있는데|있어요|있어|있음|샀는데|있거든요)[,.\s]*$")


def _named_of_photo(text: str, words: list[Match], vocabulary: Iterable[str]) -> Match | None:
    """The first of the words (kinds, or slots) named right after the message points at its photo; a few
    describing words may come between ("got this short sleeve print shirt")."""
    namings = [*_NAMES_THE_PHOTO.finditer(text), *_POINTED_AT.finditer(text)]
    # ("청바지 있는데 그거랑 2번 가디건": "그거" is the jeans just said to be theirs, no photo)
    namings = [n for n in namings if not _SAID_TO_HAVE.search(text[:n.start()])]
    return next((k for naming in namings for k in words
                 if 0 <= k.start - naming.start() <= 32 and k.value in vocabulary
                 and not _PAIRING_CUE.search(text[naming.start():k.start])
                 and not any(naming.start() < o.start < k.start for o in words)  # (the first garment named)
                 and not re.search(r"[.?!,]", text[naming.start():k.start])), None)  # ("is this okay? what pants")


def _photo_pattern(text: str, named: Match | None) -> str | None:
    """The pattern said just before the garment the photo is named as ("this striped dress", "이 체크 셔츠")."""
    if named is None:
        return None
    said = find_terms(text[max(0, named.start - 24):named.start], lexicon.PATTERN_TERMS)[0]
    return said[-1].value if said else None


def _owned_kind(text: str, kinds: list[Match]) -> str | None:
    """The garment the person says they bought or have ("I bought a red skirt", "스커트 샀는데"), unless
    the message points at the photo as something else ("I have black jeans, what goes with this?")."""
    if _BARE_POINTER.search(text):
        return None
    owned = [k for k in kinds if k.value in KIND_TO_SLOT and (_OWNED_AFTER.match(text[k.end:])
             or any(0 <= k.start - o.end() <= 14 for o in _OWNED_BEFORE.finditer(text[:k.start])))]
    return owned[0].value if owned else None


def _not_of_a_fabric_ruled_out(text: str, kinds: list[Match], flags: list,
                               felt: Feel) -> tuple[list[Match], list]:
    """The kinds the message names, less those named right after a fabric it rules out ("울 니트", "wool
    sweaters" said with "싫어요"/"no": that fabric is the exclusion, chains/feel.py)."""
    if not felt.fabrics_out:
        return kinds, flags
    spans = [(m.start, m.end) for m in find_terms(text, lexicon.FABRIC_TERMS)[0]]
    kept = [(k, f) for k, f in zip(kinds, flags) if not any(start <= k.start <= end + 2 for start, end in spans)]
    return [k for k, _f in kept], [f for _k, f in kept]


def _trouser_trade(text: str) -> int:
    """-1 where dress trousers are traded for chinos ("슬랙스 말고 면바지로"), +1 the other way, else 0."""
    cuts = find_terms(text, lexicon.TROUSER_CUT_TERMS)[0]
    said = {(m.value, flag) for m, flag in zip(cuts, _negation_flags(text, cuts))}
    if {("slacks", True), ("chinos", False)} <= said:
        return -1
    return 1 if {("chinos", True), ("slacks", False)} <= said else 0


_REFUSED_AFTER = re.compile(r"(?:\s+to these|\s+to this|\s+there)?\s*\?*\s*(?:i'?d|i would) rather die\s*(?:$|[.!,])"
                            r"|\W{0,3}(?:hard pass|over my dead body)\s*(?:$|[.!,])")
# the tone a tone turned down wants: "not dark" is light, "no bright colours" quiet, the rest dark
_UNSAID_TONE = {"dark": "light", "colourful": "quiet"}


def _tone(text: str, tones: list[Match]) -> str | None:
    """"Darker colours pls"; "not into dark colours" is a lighter wish (the last tone said wins)."""
    # ("not a fan of pastels, something bold" wants no darkness either: pastels ruled out say no tone)
    # ("너무 어두운 색 말고요", "nothing too dark": a complaint of excess, negated or not, wants the other tone)
    # ("pastels? I'd rather die": refused across the question mark)
    flags = [negated or bool(_REFUSED_AFTER.match(text, m.end)) for m, negated in zip(tones, _negation_flags(text, tones))]
    said = [_UNSAID_TONE.get(m.value, "dark") if negated and not _TOO.search(text[m.start:m.end]) else m.value
            for m, negated in zip(tones, flags)
            if not (negated and (m.value == "earthy" or "pastel" in text[m.start:m.end] or "파스텔" in text[m.start:m.end]))]
    return said[-1] if said else None


# "what colours should I wear?", "색은 뭐가 좋을까요?", "무슨 색이 좋아요?": the colours themselves asked for
# "밝은 색 입어도 실례 아닌가요?", "is it rude to wear bright colours?": whether a tone is fit to wear, asked, not a wish
_TONE_ASKED = re.compile(r"(?:밝은|어두운|화려한|튀는|진한|연한|원색|알록달록한?|쨍한)\s*(?:색|색깔|색상|컬러|옷)(?:을|은|도|이)?\s*"
                         r"(?:입어도\s*(?:돼|되|괜찮|실례)|입으면\s*(?:실례|안\s*(?:돼|되))"
                         r"|(?:입는\s*(?:게|건)\s*)?(?:실례|괜찮을까|괜찮나|괜찮은가|되나|될까))"
                         r"|\b(?:is it|would it be|is|are)\s+(?:ok|okay|fine|rude|disrespectful|appropriate|too much|weird)\s+"
                         r"(?:to wear\s+)?(?:bright|dark|loud|bold|colou?rful|vivid)"
                         r"|\b(?:can|could|should) i wear (?:bright|loud|bold|dark|vivid) colou?rs\b")
_ASKS_COLOURS = re.compile(r"\b(?:what|which) colou?rs?\b|\bcolou?rs? (?:look good|suit|work|should)|"
                           r"(?<![특안염변각난])(?:색|색깔|색상|컬러)(?:은|는|이|을)?\s*(?:뭐|뭘|무엇|어떤|어떻게)|"
                           r"(?:무슨|어떤|어느)\s*(?:색|색깔|색상|컬러)|(?:색|색깔|컬러)\s*추천")
# The word for any pair of trousers, jeans included ("바지", "pants"; not 청바지, 반바지, 면바지 or "slacks")
ANY_PANTS = re.compile(r"(?<![청반면통장])바지|(?<!dress )(?<!cargo )(?<!track )(?<!sweat )(?<!suit )(?<!yoga )\bpants\b")
# Occasions a suit turned down still dresses smartly for ("interview, not in a suit": separates, no step down)
STAYS_SMART = frozenset({"interview", "court", "formal_office", "funeral", "funeral_white", "black_tie"})
# "모자도 추천해줘", "가방도 있어요?", "a hat too", "add a scarf", "with a belt as well": one more piece on the looks
_ADD_TOO = re.compile(r"(?:(?!로)[가-힣])도\s*(?:추천|있(?:어|나|을|나요|어요)|보여|넣어|추가|같이|골라|매칭)|"
                      r"\b(?:add|adding)\s+(?:a|an|some)?\s*\w+|\b\w+\s+(?:too|as well)(?=\s*(?:please|pls|plz|[?!.,]|$))")
_TOO = re.compile(r"\btoo\b|\bso\b|너무")


def _negation_flags(original: str, matches: list[Match]) -> list[bool]:
    """Which matches are said with a negation ("no black", "검정 말고"). A negation reaches the whole
    list it stands before (English) or after (Korean): "no black or brown", "주황색 노란색 둘 다 싫어"."""
    flags = []
    for index, match in enumerate(matches):
        next_start = matches[index + 1].start if index + 1 < len(matches) else len(original)
        flags.append(_is_negated(original, match, next_start))
    for index in range(1, len(matches)):  # English lists: the negation before the first item
        if flags[index - 1] and _joined(original, matches[index - 1], matches[index]) \
                and not _comma_turn(original, matches, index):
            flags[index] = True
    for index in range(len(matches) - 2, -1, -1):  # Korean lists: the negation after the last item
        if flags[index + 1] and _joined(original, matches[index], matches[index + 1]):
            flags[index] = True
    return flags


def _split_negated(matches: list[Match], flags: list[bool]) -> tuple[list[str], list[str]]:
    """Values said plainly, and values said with a negation. A value both wanted and ruled out is ruled out."""
    negated = list(dict.fromkeys(m.value for m, flag in zip(matches, flags, strict=True) if flag))
    plain = [v for v in dict.fromkeys(m.value for m, flag in zip(matches, flags, strict=True) if not flag)
             if v not in negated]
    return plain, negated


def _split_kinds(matches: list[Match], flags: list[bool]) -> tuple[list[str], list[str]]:
    """As `_split_negated`, but a kind said plainly and ruled out only in a narrower word stays wanted
    ("flats instead, except ballet flats": flats, not boots)."""
    plain, negated = _split_negated(matches, flags)
    said = {}
    for match, flag in zip(matches, flags, strict=True):
        said.setdefault((match.value, flag), []).append(match.end - match.start)
    narrower = [v for v in negated if (v, False) in said and min(said[(v, True)]) > max(said[(v, False)])]
    return plain + narrower, [v for v in negated if v not in narrower]


# Between a colour and the garment it is said of: "black shoes", "검정색 구두", "navy-coloured chinos".
_PIECE_GAP = re.compile(r"^[\s-]*(?:색깔|색|컬러|colou?red)?\s*"
                        # "brown suede desert boots": the colour of the boots, a material or a style between
                        r"(?:(?:suede|leather|patent|canvas|desert|chelsea|chukka|combat|ankle|wool|woolen|woollen|linen"
                        r"|denim|cotton|knit|knitted|cashmere|corduroy|velvet|silk|satin)\s+){0,2}$")


def _said_on(original: str, colour: Match, garments: list[Match]) -> int | None:
    """The garment a colour word is said of, when the garment's word follows it at once (or a part of the look
    comes first, as Korean names it: "상의는 흰색 말고")."""
    for index, garment in enumerate(garments):
        if garment.start >= colour.end and _PIECE_GAP.match(original[colour.end: garment.start]):
            return index
    for index, garment in enumerate(garments):
        if garment.value in PART_SLOTS and garment.end <= colour.start \
                and _PART_BEFORE.match(original[garment.end: colour.start]):
            return index
    return None


PART_SLOTS = ("top", "bottom", "outerwear")  # a part of the look named for a colour said of it ("white tops")
_PART_BEFORE = re.compile(r"^\s*(?:은|는|이|가|도)\s*$")


def colour_said_of(text: str, kind: str) -> str | None:
    """The colour said right before a garment's word ("black pants": black), if any."""
    lowered = text.lower()
    garments = find_terms(lowered, lexicon.KIND_TERMS)[0]
    # (after any garment said before it: "네이비 블레이저엔 무슨 바지" gives the trousers no colour)
    return next((colour for hit in garments if hit.value == kind
                 if (colour := colour_right_before(lowered, hit.start, (m.end for m in garments))) is not None), None)


def colour_right_before(lowered: str, at: int, fences: Iterable[int] = ()) -> str | None:
    """The colour said within a few characters before position `at` of a lowered text, and after every
    fence said before it (the end of another garment's word), if any."""
    start = max([at - 14, *(end for end in fences if end <= at)])
    before = [c for c in find_terms(lowered, lexicon.COLOR_TERMS)[0] if start <= c.start and c.end <= at]
    return before[-1].value if before else None


def _colours_of_pieces(colours: list[Match], wanted: tuple[str, ...], kinds: list[Match],
                       slots: list[Match]) -> tuple[str, ...]:
    """"black trousers and brown shoes", "흰 셔츠에 검정 슬랙스": each wanted colour said right before a garment
    or the shoes ("trousers:black", "shoes:brown"), where two pieces or more are each given one."""
    named = list(dict.fromkeys(f"{piece.value}:{c.value}" for c in colours if c.value in wanted
                               for piece in [next((m for m in sorted(kinds + slots, key=lambda m: m.start)
                                                   if 0 <= m.start - c.end <= 3), None)] if piece is not None))
    return tuple(named) if len({n.split(":")[0] for n in named}) > 1 else ()


def _pieces(original: str, colours: list[Match], kinds: list[Match], slots: list[Match]) -> tuple[
        list[bool | None], list[bool | None], list[str]]:
    """Negations read per piece: "anything but black shoes" rules out black shoes, not black and not
    shoes ("no black or brown shoes" both pairs); in "검정 바지에 운동화는 안 신어" the black belongs to the
    wanted trousers. Returns the colour and kind negation flags, a ruled-out piece's own words set aside
    (None), and the pieces ruled out ("shoes:black": a kind, a colour family)."""
    colour_flags: list[bool | None] = list(_negation_flags(original, colours))
    kind_flags: list[bool | None] = list(_negation_flags(original, kinds))
    for at, kind in enumerate(kinds):  # "2번 자켓 네이비 말고 베이지로": the navy is ruled out, the jacket wanted in beige
        ruled = next((c for i, c in enumerate(colours) if colour_flags[i] and 0 <= c.start - kind.end <= 3), None)
        if kind_flags[at] and ruled is not None \
                and any(not colour_flags[i] and c.start > ruled.end for i, c in enumerate(colours)):
            kind_flags[at] = False
    slot_flags = _negation_flags(original, slots)
    garments = sorted([(m, i, "kind") for i, m in enumerate(kinds)] + [  # "shoes" is a slot and a kind
        (m, i, "slot") for i, m in enumerate(slots) if m.value in KIND_TO_SLOT or m.value in PART_SLOTS],
        key=lambda g: g[0].start)
    pieces = []
    for index, colour in enumerate(colours):
        last = index  # "black or brown shoes": each colour of the list is said of the shoes
        while last + 1 < len(colours) and _joined(original, colours[last], colours[last + 1]) \
                and not _comma_turn(original, colours, last + 1):
            last += 1
        said_on = _said_on(original, colours[last], [g[0] for g in garments])
        if said_on is None or not colour_flags[index]:
            continue
        garment, at, table = garments[said_on]
        negated = kind_flags[at] if table == "kind" else slot_flags[at]
        anothers = any(flag and m.start > garment.end for m, flag in zip(kinds, kind_flags))
        if negated or not anothers:
            pieces.append(ruled_out_piece(garment.value, colour.value))
            colour_flags[index] = None
            if table == "kind":
                kind_flags[at] = None
        else:
            colour_flags[index] = False  # the colour of a garment wanted beside one ruled out
    return colour_flags, kind_flags, list(dict.fromkeys(pieces))


_SUIT_AFTER_COLOUR = re.compile(r"^\s*(?:colou?red\s+|색\s*)?$")


def _suit_colours(original: str, colours: list[Match], colour_flags: list[bool | None],
                  pieces: list[str]) -> tuple[list[bool | None], list[str]]:
    """"no black suit", "검정 수트 제외": the suit's jacket and trousers in that colour are ruled out, not every
    black piece (the shoes, the tie and the belt may still be black)."""
    suits = find_terms(original, lexicon.SUIT_TERMS)[0]
    flags, pieces = list(colour_flags), list(pieces)
    for index, colour in enumerate(colours):
        suit = next((s for s in suits if _SUIT_AFTER_COLOUR.match(original[colour.end:s.start])), None)
        # ("I don't own a black suit", "검은 정장이 없어요": a suit they lack is none ruled out)
        lacked = suit and (_NOT_OWNED.search(original[max(0, colour.start - 24):colour.start])
                           or _NOT_OWNED_AFTER.match(original[suit.end:]))
        if flags[index] and suit and not lacked:
            flags[index] = None
            pieces += [ruled_out_piece("blazer", colour.value), ruled_out_piece("trousers", colour.value)]
    return flags, list(dict.fromkeys(pieces))


def _suit_colour_said(original: str, colours: list[Match]) -> bool:
    """Whether a colour is said of a suit ("my navy suit", "차콜 정장")."""
    suits = find_terms(original, lexicon.SUIT_TERMS)[0]
    return any(_SUIT_AFTER_COLOUR.match(original[c.end:s.start]) for c in colours for s in suits if s.start >= c.end)


def _said_plainly(original: str, matches: list[Match]) -> list[Match]:
    return [m for m, negated in zip(matches, _negation_flags(original, matches), strict=True) if not negated]


def _kept(matches: list[Match], flags: list[bool | None]) -> tuple[list[Match], list[bool]]:
    pairs = [(m, f) for m, f in zip(matches, flags, strict=True) if f is not None]
    return [m for m, _ in pairs], [bool(f) for _, f in pairs]


# A statement of what something is ("they're actually more olive", "실제로는 네이비 스트라이프예요").
_SAYS_WHAT_IT_IS = re.compile(
    r"\b(?:actually|in real life|irl|it's|it is|its|they're|they are|theyre|the colou?r is|more like)\b"
    r"|실제로|사실은|원래|(?:색|컬러)?(?:이에요|예요|이야|입니다|이거든요|거든요)(?:\s|[.!~]|$)")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "a single": 1, "하나": 1, "한": 1, "두": 2, "둘": 2, "세": 3, "셋": 3,
                 # "just a few looks", "몇 개만": a short answer of three, not two styles of three
                 "a few": 3, "a couple": 2, "몇": 3}
_COUNT = re.compile(
    r"\b(?:just |only )?(one|two|three|a single|[1-3])\s+(?:more\s+)?(?:looks?|outfits?|options?|ideas?)\b"
    r"|\b(one) more\b(?! (?:thing|question|time))|\banother (one)\b(?! (?:thing|question))|\b(?:just|only) (one)\b(?! (?:thing|question|more))"
    r"|(?:코디|룩|착장)\s*(하나|둘|셋|[1-3])\s*(?:개|가지)?\s*(?:만|더|$|\s|추천|보여|골라|해)"
    r"|\b(?:just |only )?(a few|a couple)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?(?:looks?|outfits?|options?|ideas?|fits)\b"
    r"|(?<!\d)(몇)\s*(?:개|가지)\s*만"
    # "3 more", "show me one in navy": the number said before "more" or after "show me"
    r"|\b([1-3]|one|two|three)\s+more\b(?!\s+(?:thing|question|time|minute|day|week|hour|month|year|night|inch|kg|cm|lb)(?:e?s)?\b)"
    r"|\bshow me (one|two|three|[1-3])\b(?!\s+(?:more\s+)?(?:thing|question|time)s?\b|\s+of\b)"
    r"|\b(?:just|only)\s+([1-3]|two|three)\b(?!\s*(?:more|of|things?|questions?|times?)\b)"
    r"|(?:코디|룩|착장)\s*(한|두|세)\s*(?:개|가지|벌)"
    # ("기내용 캐리어 하나만 가져가요": one bag, not one look)
    r"|(?<!캐리어 )(?<!가방 )(?<!트렁크 )(?<!배낭 )(하나|한\s*가지|한\s*개|한\s*벌)\s*(?:만|더)", re.IGNORECASE)


# "1번만 다시 보여줘", "show me just look 1 again", "can i see #2 again": that look alone, unchanged
_SHOWN_AGAIN = re.compile(
    r"(?:^|\s)([1-9])\s*번\s*(?:코디|룩)?\s*(?:만|만\s*다시|다시)\s*(?:한\s*번\s*)?(?:보여|볼\s*수|봐|띄워)"
    r"|\b(?:show|see|view)\s+(?:me\s+)?(?:just|only)?\s*(?:look|outfit|option)?\s*(?:#|no\.?\s*|number\s+)?([1-9])"
    r"\s+(?:again|alone|by itself|only)\b"
    r"|\b(?:show|see|view)\s+(?:me\s+)?(?:just|only)\s+(?:look|outfit|option)\s*#?([1-9])\b", re.IGNORECASE)


def _shown_again(text: str) -> int | None:
    hit = _SHOWN_AGAIN.search(text)
    return int(_first_group(hit)) if hit else None


# "just one", "only 2 pls", "한 개만", "하나만요": a number of looks and nothing else
_BARE_COUNT = re.compile(r"(?:just|only)\s+(?:one|two|three|[1-3])(?:\s+(?:pls|please|plz))?"
                         r"|(?:딱\s*)?(?:한\s*개|하나|두\s*개|둘|세\s*개|셋|한\s*가지|두\s*가지|세\s*가지)\s*만\s*(?:요|주세요|줘|보여\s*줘)?",
                         re.IGNORECASE)


def is_bare_count(text: str) -> bool:
    """The whole message a number of looks: "just one", "하나만요"."""
    return bool(_BARE_COUNT.fullmatch(text.lower().strip(" .!?~ㅎㅋ")))


def _count(text: str) -> int | None:
    """How many looks the message asks for, when it says a number ("one more", "코디 하나만")."""
    hit = _COUNT.search(text)
    if not hit:
        return None
    said = _first_group(hit).lower()
    said = said.split()[0] if said.split()[0] in _NUMBER_WORDS else said
    return int(said) if said.isdigit() else _NUMBER_WORDS.get(said, 1)


# "put look 2's shoes on look 1", "the bag from #3", "1번에 2번 신발로 바꿔줘": a piece moved from one look to another
_FROM_LOOK = re.compile(r"(?:#\s*|\blook\s*|\bnumber\s*)(\d)'s\b|\b(?:from|of|off|in)\s+(?:look\s*|#\s*|number\s*)(\d)\b"
                        # ("신발 2번에 있는 부츠로 바꿔서 1번으로 할게요": the boots that are in look 2)
                        r"|(?<!\d)(\d)\s*번(?:\s*코디)?\s*에\s*(?:있는|있던|나온|나왔던)", re.IGNORECASE)
_ONTO_LOOK = re.compile(r"(?<!\d)(\d)\s*번(?:\s*코디)?\s*에(?!\s*(?:있는|있던|나온|나왔던))"
                        r"|\b(?:on|onto|to|for)\s+(?:look\s*|#\s*|number\s*)(\d)\b", re.IGNORECASE)


_BARE_TAKER = re.compile(r"^\W*(?:(?:ok|okay|so|maybe|and)\s+)?(\d)\s+(?:but\s+)?(?:with|w/?)\s+(?:the|that)\b")  # "1 with the jacket from 3"


def _moved_piece(text: str) -> tuple[int, int] | None:
    """(from, to): the looks a piece moves between, where a message names two looks and which gives and
    which takes ("1번에 2번 신발로" -> (2, 1)); None otherwise."""
    said = {int(g) for m in _TARGET_LOOK.finditer(text) for g in m.groups() if g and g.isdigit()}
    said |= {int(bare.group(1))} if (bare := _BARE_TAKER.search(text)) else set()
    if len(said) != 2:
        return None
    giver, taker = _FROM_LOOK.search(text), _ONTO_LOOK.search(text) or _BARE_TAKER.search(text)
    source = int(_first_group(giver)) if giver else None
    target = int(_first_group(taker)) if taker else None
    if target and not source:
        source = next((n for n in said if n != target), None)
    if source and not target:
        target = next((n for n in said if n != source), None)
    return (source, target) if source and target and source != target else None


_A_SECOND_ONE = re.compile(r"\b(?:a|another) second (?:outfit|look|one|option)\b", re.IGNORECASE)  # one more, no look 2


def _target_look(text: str) -> int | None:
    """The one look a follow-up is about ("on #2", "look 3", "the first one", "2번 신발만")."""
    hit = _TARGET_LOOK.search(_A_SECOND_ONE.sub(_blank, text))
    if not hit:
        return None
    said = _first_group(hit)
    return int(said) if said.isdigit() else _ORDINALS[said.lower()]


_MORE_LIKE_IT = re.compile(r"\bmore like (?:that|this|it|them|those|these)\b|\bmore of (?:that|those|these)\b"
                           r"|\bthat'?s similar\b|\bsimilar but\b"
                           r"|\b(?:another|one more) (?:one |look |outfit )?like (?:that|this|it)\b"
                           r"|\bsimilar ones?\b|\bsomething similar\b|비슷한\s*(?:거|것|걸|코디|느낌|스타일)"
                           r"|이런\s*(?:느낌|스타일)(?:으로|로)?\s*더", re.IGNORECASE)
_LOOK_NUMBER = re.compile(r"\blook\s*#?(\d)\b|#(\d)\b|(?<!\d)(\d)\s*번", re.IGNORECASE)


# "청록색 아니고 네이비 깅엄인데", "its not teal, its navy", "it's actually navy": a colour read wrong, put right
_COLOUR_CORRECTION = re.compile(r"(?:색|컬러)?\s*(?:이|가)?\s*아니(?:고|라|야|에요|예요)"
                               r"|\bnot\s+(?:a\s+)?[\w-]+\s*[,.]?\s*(?:it'?s|its|they'?re|theyre|it is|they are)\b"
                               r"|\b(?:it'?s|its|they'?re) actually\b|\bactually (?:it'?s|its|they'?re)\b")
# "ok back to mine pls", "for me too", "나도 같이 … 내꺼도 골라줘": the person's own looks again
_FOR_SELF = re.compile(r"\b(?:back to (?:mine|me|my (?:looks?|outfits?|ones))|mine too|mine as well|for me too|for me as well|"
                       r"for myself|my own (?:looks?|outfits?))\b|(?:내|제)\s*(?:꺼|거|것)\s*(?:도|는|로|부터)|(?:나|저)도\s*같이"
                       # ("start with him", then "now me, size 16": hers now)
                       r"|^\W*(?:ok(?:ay)?\W+|and\W+)?(?:now\s+(?:for\s+)?me|my turn|me next|next,? me)\b"
                       r"|^\W*(?:이제\s*)?(?:저|제\s*(?:꺼|거|것))\s*(?:차례|도\s*봐)")


def _own_gender(text: str, genders: list[Match], roles: list[Match], companions: list[Match]) -> str | None:
    """Who the person is: a gender said of themselves ("im a girl"), their role or companion, else what the
    partner they name says ("my boyfriend's birthday": most often hers)."""
    said = [m for m in genders if text[m.start:m.end].rstrip("s") not in lexicon.RELATION_WORDS
            and text[m.start:m.end] not in lexicon.RELATION_WORDS]
    if said or roles or companions:
        return (said or roles or companions)[-1].value
    return next((lexicon.PARTNER_SAYS[w] for m in genders if (w := text[m.start:m.end]) in lexicon.PARTNER_SAYS), None)


# "I'm her dad", "as the bride's mother", "저 애 아빠예요": who the person is, said by what they are to someone
_SELF_RELATION = re.compile(r"\b(?:i'?m|i am|im|as|me to be|i'?ll be|i will be)\s+(?:\d{2},?\s+)?"
                            r"(?:her|his|their|the|a|an|your|our|my\s+\w+'?s)\s+(?:\w+\s+)?"
                            r"(dad|father|mom|mum|mother|grandpa|grandfather|grandma|grandmother|uncle|aunt|brother"
                            r"|sister|husband|wife|son|daughter|groom|bride|godfather|godmother|stepdad|stepmom"
                            r"|best woman|best man|niece|nephew|granddaughter|grandson)\b(?!['’]s)"
                            # ("I'm 28, my boyfriend's dad is turning 60": someone else, doing something)
                            r"(?!\s+(?:is|was|are|will|has|had|just|turns|turning|getting|gets|got)\b)"
                            r"|(?:^|\s)(?:저|제가|전|난|나)\s*(?:\S+\s+)?(아빠|엄마|아버지|어머니|삼촌|이모|고모|할머니|할아버지)"
                            r"(?:예요|에요|이에요|입니다|인데|고|라서|임)")
_MEN_RELATIONS = frozenset({"dad", "father", "grandpa", "grandfather", "uncle", "brother", "husband", "son", "groom",
                            "godfather", "stepdad", "best man", "nephew", "grandson", "아빠", "아버지", "삼촌", "할아버지"})


# "저는 남자요", "I'm 24, male", "im a guy btw": who the person is, said of themselves, over the people named beside
# ("예비신부 쪽 부모님 만나는거고 저는 남자요": the bride-to-be is met, he is dressed)
_SELF_GENDER = re.compile(r"(?:^|\s)(?:저는|전|난|나는|제가)\s*(남자|여자)(?!\s*(?:친구|애|아이|쪽|분|들|동생|형제|옷))"
                          r"|\bi'?m\s+(?:an?\s+)?(?:\d{1,2}\s*,?\s*(?:y/?o\s*,?\s*)?)?(guy|man|male|woman|female|girl|lady)\b")
_SELF_GENDERS = {"남자": "men", "guy": "men", "man": "men", "male": "men", "여자": "women", "woman": "women",
                 "female": "women", "girl": "women", "lady": "women"}


def _self_gender(text: str) -> str | None:
    said = _SELF_GENDER.search(text)
    return _SELF_GENDERS[said.group(1) or said.group(2)] if said else None


# "my wife passed two years ago", "since my husband died", "I'm a widower": the one left is the one dressed
_LOST_PARTNER = re.compile(r"\bmy (wife|husband) (?:passed|died|is gone|left us)\b|\bi'?m an? (widower|widow)\b"
                           r"|(아내|와이프|남편)(?:가|를|이)?\s*(?:세상을\s*)?(?:떠나|돌아가|먼저\s*가)")
_LOST_PARTNER_SAYS = {"wife": "men", "husband": "women", "widower": "men", "widow": "women", "아내": "men",
                      "와이프": "men", "남편": "women"}


def _self_relation(text: str) -> str | None:
    if lost := _LOST_PARTNER.search(text):
        return _LOST_PARTNER_SAYS[next(g for g in lost.groups() if g)]
    said = _SELF_RELATION.search(text)
    if said is None:
        return None
    return "men" if (said.group(1) or said.group(2)) in _MEN_RELATIONS else "women"


# "my gf wants me to dress better", "my wife says i need to dress up more": the speaker is the one dressed
_ME_TO_DRESS = re.compile(r"\b(?:wants?|told|tells|asked|asks|says|said|makes?|made|keeps telling|nags?)\s+me\s+(?:to|i)\b"
                          r"|\bsays?\s+i\s+(?:need|have|should)\s+to\b|(?:나|날|저)(?:보고|더러)\s*(?:옷|좀)"
                          # ("im a guy, 40, and my wife says i can't wear jeans": his clothes, her rule)
                          r"|\bsays?\s+(?:that\s+)?i\s+(?:can'?t|cannot|can not|shouldn'?t|should|must|mustn'?t|need)\b"
                          r"|\bwon'?t let me\b")
_DRESS_BETTER = re.compile(r"\bhelp me dress\b|\bdress(?:ing)? better\b")
# "what shoes with a navy suit", "which belt with brown loafers?": a pairing asked without a verb
_WHAT_WITH = re.compile(r"^(?:so\s+|and\s+|ok\s+)?(?:for\s+(?:a\s+)?(?:guy|man|men|girl|woman|women|lady|me|him|her)\s*,?\s+)?"
                        r"(?:what|which)\s+(?:colou?r\s+|kind of\s+|type of\s+)?"
                        r"(?!sizes?\b)([a-z]+(?:\s+[a-z]+)?)\s+(?:with|for)\s+(?:a|an|my|the|this|these|those)\b")
# "is it warm there in january or should we carry something", "what's the weather like in Jeju in October?",
# "거기 겨울이에요??", "하와이 2월에 더워요?", "패딩 필요해요?": the weather of the place, asked (chains/climate.py)
_FELT_ASKED = r"(?:cold|warm|hot|chilly|humid|rainy|snowy|windy|freezing|cool|mild|sunny|wet)"
_CLIMATE_ASKED = re.compile(
    r"\bwhat(?:'s| is| will)? (?:the )?weather (?:like|gonna be|going to be|be like)\b|\bhow(?:'s| is) the weather\b"
    r"|\bweather (?:there )?like\b"
    rf"|\bis it (?:going to be |gonna be |usually |really |very |still |too |pretty |that )?{_FELT_ASKED}\b"
    rf"|\bwill it be (?:very |really |too )?{_FELT_ASKED}\b|\bwill (?:i|we) (?:be|get|feel) (?:cold|hot|warm)\b(?! in (?:look|#|it|this|that|these))"
    rf"|\b{_FELT_ASKED} (?:there|then|at (?:the )?top|up there|in the (?:morning|evening)s?)\b[^.!]*\?"
    r"|\bdo (?:i|we|you) need (?:a |an )?(?:coat|jacket|sweater|umbrella|layers?|something warm|warm clothes|down|puffer)\b[^.!]*\?"
    r"|\bshould (?:i|we) (?:carry|bring|pack|take) (?:something warm|a jacket|a coat|layers|a sweater|an umbrella|a shawl)\b"
    r"|\bis it (?:the )?(?:rainy|monsoon|wet|dry) season\b"
    # ("she says it is winter there, how cold is it really", "it's going to be cold at 4am near the river right")
    r"|\bhow (?:cold|hot|warm|chilly|humid) (?:is it|does it get|will it (?:be|get)|is it really|are the)\b"
    r"|\bwhat(?:'s| is| will be) the temperature\b|\bhow many degrees\b"
    rf"|\b(?:it'?s|it is|will be|going to be|gonna be) (?:really |very |so |pretty )?{_FELT_ASKED}\b[^.!?]*\b(?:right|no|na|yeah)\s*\??\s*$"
    r"|몇\s*도|얼마나\s*(?:추|더|쌀쌀)"
    r"|날씨\s*(?:가|는)?\s*(?:어때|어떤가|어떨|어떻|어떤지)"
    r"|(?:추워|더워|춥|덥|쌀쌀|선선|따뜻)\S{0,5}(?:나요|까요|죠|지요|어요\?|워요\?|요\s*\?|\?)"
    r"|(?:겨울|여름|봄|가을|우기|장마철?|건기)\s*(?:이에요|인가요|이죠|맞나요|맞죠|예요|이야|인데요)?\s*\?"
    r"|(?:우기|장마)\s*(?:맞|인가|이죠)"
    # ("여름옷 위주로 챙기면 되겠죠?", "should I just pack summer clothes?"): the season supposed, asked
    r"|(?:여름|겨울|봄|가을)\s*옷[^?.!]{0,12}(?:되겠죠|될까요|맞죠|되나요|충분할까요|충분하겠죠)"
    r"|\b(?:pack|bring)\s+(?:just\s+|only\s+|mostly\s+)?(?:summer|winter|spring|fall|autumn)\s+(?:clothes|stuff|things)\b[^.!]*\?"
    r"|(?:패딩|코트|외투|겉옷|우산|긴팔|반팔)\S{0,3}\s*(?:필요|챙겨야|가져가야|있어야)\S*\s*(?:\?|나요|할까요|한가요|해요\?)")
# "네이비 정장에 어떤 구두 신어요?", "청바지엔 무슨 색 벨트 해요?": a garment, and which piece goes with it
_WHAT_WITH_KO = re.compile(r"(\S+?)(?:에는|에|엔|이랑|랑|하고)\s+(?:어떤|무슨|어느)\s+(?:색(?:깔)?\s*)?(\S+)\s+"
                           r"(?:신|입|매|해|하|들|차|걸치|골라|고르|맞추|어울)")
_SUIT_KO = frozenset({"정장", "수트", "슈트", "양복"})
# "go back to the first ones", "#1 from the very first set", "처음에 보여주신 것 중 2번": the conversation's first looks;
# "the ones from before", "아까 2번이 나았어": the looks shown before these
_FIRST_SET = re.compile(r"\b(?:the\s+)?(?:very\s+)?first\s+(?:ones|set|batch|looks|outfits|round)\b"
                        r"|\boriginal\s+(?:ones|looks|set|outfits)\b"
                        r"|처음(?:에)?\s*(?:보여\s*(?:준|주신|줬던|드린)|추천|거|꺼|것|나온)|첫\s*(?:번째)?\s*(?:세트|추천|코디들)")
_PREVIOUS_SET = re.compile(r"\bgo(?:ing)?\s+back\s+to\b|\b(?:the\s+)?(?:previous|earlier|old|last)\s+(?:ones?|set|batch|looks?|outfits?)\b"
                           r"|\bthe\s+(?:ones|looks|outfits)\s+(?:from\s+)?before\b|아까\s*(?:코디|룩)들?\s*(?:다시|다|전부)|\bchange\s+(?:it|them)\s+back\b|\bput\s+(?:it|them)\s+back\b"
                           # a bare "go back", "undo that", "revert": the looks before the last change
                           r"|^(?:\W*(?:ok|okay|no|nah|hmm+|actually|please|pls|can you|could you|just)\W+)*"
                           r"(?:go\s+back|undo(?:\s+(?:that|it|the\s+last\s+(?:change|one)))?|revert(?:\s+(?:that|it))?)\b"
                           r"(?:\s+(?:please|pls|plz))?\W*$"
                           r"|원래(?:대로|\s*(?:거|꺼)(?!의)|\s*코디)|되돌려|전\s*(?:코디|세트)로|다시\s*전\s*(?:거|꺼|코디)"
                           r"|아까\s*(?:\S+\s*)?(?:거|꺼|것|\d+\s*번|그|보여|추천)|이전\s*(?:거|꺼|코디|세트)|전에\s*(?:보여|추천)")


def _names_a_garment(words: str) -> bool:
    return bool(find_terms(words, lexicon.KIND_TERMS)[0] or find_terms(words, lexicon.SLOT_TERMS)[0])


def _earlier_set(text: str) -> str | None:
    return "first" if _FIRST_SET.search(text) else "previous" if _PREVIOUS_SET.search(text) else None


# "which one of these would also be ok for lunch?", "어떤 코디가 제일 나아요?": every look on screen weighed
# ("can i wear the same thing to the party or should i change", "파티에도 그대로 입고 가도 돼요?": the one that does both)
_WHICH_LOOK = re.compile(r"\bwhich (?:one|look|outfit)s?\b|\bwhich of (?:these|them|those|the looks)\b|\bthe best one\b"
                         r"|\bwear the same (?:thing|outfit|look|clothes)\b|\bshould i change\b|\bchange (?:outfits|clothes) for\b"
                         r"|(?:에도|도)\s*그대로\s*입고\s*가|갈아입어야"
                         # ("끝나고 2차 가는데 그대로 가도 안 튈까요?": the looks worn on to the next place)
                         r"|그대로\s*(?:입고\s*)?가도\s*(?:돼|되|괜찮|안\s*튈|튀)"
                         r"|어떤 코디가|어느 코디|몇 ?번이 (?:제일|가장|더)|뭐가 (?:제일|가장)|어떤 게 (?:제일|가장)|제일 나은"
                         # ("제일 추천하는 건 뭐예요?", "which would you go with?": one of the looks on screen, picked)
                         r"|(?:제일|가장)\s*추천(?:하는|하시는|할 만한)|하나만 (?:고르|골라|추천)|\bwhich would you (?:go|pick|choose)"
                         r"|\bwhat(?:'s| is| would be) your (?:top )?pick\b|\byour favou?rite\b"
                         # ("are these ok for a casual restaurant?", "그 정도면 괜찮죠?": the looks on screen, weighed there)
                         r"|\b(?:are|would) (?:these|they|those|the looks)(?: be)? (?:ok|okay|fine|alright|good|right|appropriate)"
                         r" (?:for|at|to)\b|\bwould (?:these|they|those) work (?:for|at)\b"
                         r"|(?:이거|이걸로|이렇게)\s*(?:\S+\s*){0,2}?(?:에|에서)\s*(?:입어도|입고 가도|가도)\s*괜찮"
                         r"|(?:그|이) 정도면\s*괜찮(?:죠|을까|겠죠|을까요|나요)"
                         # ("부모님이랑 식사도 하는데 그 자리에도 괜찮을까요?", "is it ok for dinner with my parents too?")
                         r"|(?:그|이) 자리에도\s*(?:입어도\s*)?괜찮"
                         r"|\b(?:is|are) (?:it|this|that|these|they|those) (?:ok|okay|fine|alright|good) for [^?.!]{0,40}\btoo\s*\?"
                         # ("끝나고 2차로 클럽 간다는데 그것도 커버되나", "would they cover the club after too?")
                         r"|(?:그것|그거|거기|그 자리)(?:도|까지)\s*(?:커버|가능|돼|되나|될까|괜찮)"
                         r"|\b(?:would|will|do|does|can) (?:these|they|those|the looks|it) (?:also )?(?:cover|work for) "
                         r"(?:that|the \w+|a \w+)(?: after)? too\b",
                         re.IGNORECASE)
ALL_LOOKS = (0, 0)  # (the looks on screen, all of them)


def _compared_looks(text: str) -> tuple[int, int] | None:
    """The two looks a "which is better, #1 or #2?" weighs against each other (ALL_LOOKS: "which one
    of these?")."""
    hit = _TWO_LOOKS.search(text)
    if hit is not None and (re.search(r"\bsizes?\s+(?:an?\s+)?$|사이즈\s*$", text[max(0, hit.start() - 10):hit.start()])
                            or re.match(r"\s*(?:days?|nights?|weeks?|hours?|일|박|시간)\b", text[hit.end():])):
        return None  # ("torn between a size 4 and 6", "2 or 3 days in paris"): no looks
    if hit is None or not (_WHICH_BETTER.search(text) or hit.group().strip() == text.strip(" ?!.")):
        return ALL_LOOKS if _WHICH_LOOK.search(text) else None
    first, second = (int(g) for g in hit.groups() if g)
    return (first, second) if first != second else None


_NOT_LIKED = re.compile(r"(?:\bdon'?t|\bdo not|\bdidn'?t|\bdoesn'?t|\bnot|n't)\s+(?:really\s+)?$")


# "look 2 is cute!! can u do one more like that but with jeans", "2번 같은 거 하나 더": another look, added
_ONE_MORE_LIKE = re.compile(r"\b(?:one more|another one|one other|add one|1 more)\b[^.?!]{0,12}\blike (?:that|this|it)\b"
                            r"|(?:그런|그거|그것|이런)\s?(?:느낌\s?)?(?:으로|로)?\s?하나\s?더")


def _one_more_like(text: str) -> int | None:
    """The look another is asked like, where it was named before "one more like that" (its piece may change)."""
    return _target_look(text) if _ONE_MORE_LIKE.search(text) else None


# ("I like look 1, is the blazer long enough?": the look liked, with no wish for more like it)
_I_LIKE = re.compile(r"\b(?:i|we|i really|i do|i kinda)\s+$")


def _like_look(text: str) -> int | None:
    # ("I don't like look 2" turns it down)
    hits = [h for h in _LIKE_LOOK.finditer(text) if not _NOT_LIKED.search(text[max(0, h.start() - 12):h.start()])
            and not (_I_LIKE.search(text[max(0, h.start() - 12):h.start()]) and "?" in text and not _MORE_LIKE_IT.search(text))]
    # ("drop #1 and give me more like #2": the look said to be liked, over a bare number)
    ordinals = [h for h in _LIKE_ORDINAL.finditer(text) if not _NOT_LIKED.search(text[max(0, h.start() - 12):h.start()])]
    hit = next((h for h in hits if not h.group().startswith("#")), None) or (hits[0] if hits else None) \
        or (ordinals[0] if ordinals else None)
    if not hit:  # ("love look 2!! more like that?", "2번 원피스 넘 예쁘다 비슷한거 더 보여줘요": the look named)
        # (not one turned down: "1번 말고 3번이랑 비슷한거 더" is like 3)
        named = [m for m in _LOOK_NUMBER.finditer(text) if not re.match(r"\s*(?:말고|빼고|no\b|not\b)", text[m.end():])
                 and not _NOT_LIKED.search(text[max(0, m.start() - 12):m.start()])] if _MORE_LIKE_IT.search(text) else []
        return int(_first_group(named[-1])) if named else None
    said = _first_group(hit)
    return int(said) if said.isdigit() else _ORDINALS[said.lower()]


def _pairing_about(text: str, kinds: list[Match], wanted: Sequence[str]) -> tuple[str, ...]:
    """The garments a pairing question is about, not those it asks for: "what pants go with a mustard
    cardigan?" is about the cardigan (English names it after "go with"); "청바지에 어울리는 상의" is
    about the jeans (Korean names it before "어울리는")."""
    cue = _PAIRING_CUE.search(text)
    if cue is None:
        return tuple(wanted)
    korean = bool(_HANGUL.search(text))
    before = re.split(r"[.?!]", text[:cue.start()])[-1]  # ("is this okay? what pants go with it": its own clause)
    if not korean and _POINTS_AT_IT.search(before):  # "does this (shirt) go with black jeans?": about the garment
        # shown, named or not; the jeans are its partner
        return tuple(dict.fromkeys(m.value for m in kinds if m.value in wanted and m.start < cue.start()))
    return tuple(dict.fromkeys(m.value for m in kinds if m.value in wanted and (m.start < cue.start()) == korean))


def celsius_said(text: str) -> float | None:
    """A plausible temperature said ("30도 넘는대", "like 90 degrees", "5°C"), in Celsius."""
    hit = _TEMPERATURE.search(text)
    if not hit:  # "forecast says -8 at night", "like -10 outside": below zero needs no unit
        bare = _BARE_MINUS.search(text)
        if bare:
            return -float(bare.group(1))
        said = _BARE_WEATHER.search(text)  # "75 and sunny", "30 and humid": Fahrenheit from 45 up
        if said is None:
            return None
        degrees = float(said.group(1))
        # ("make it warmer, 40 and windy": a cold word beside the number says Fahrenheit)
        return (degrees - 32) * 5 / 9 if degrees >= 45 or (degrees >= 25 and _fahrenheit_cue(text)) else degrees
    if hit.group(2) and hit.group(2).lower() == "f" and _AGE_GENDER.search(text[hit.start():hit.end() + 1]) \
            and not find_terms(text, lexicon.GENDER_TERMS)[0] and not _WEATHER_WORD.search(text) \
            and not _SAID_OF_THE_DAY.search(text[max(0, hit.start() - 24):hit.start()]):
        return None  # "28F" is a 28-year-old woman, not the weather ("35F, 10k, female": the weather)
    degrees = float(hit.group(1))
    if _BELOW_ZERO.search(text[max(0, hit.start() - 8):hit.start()]):
        degrees = -abs(degrees)  # "영하 10도", "minus 5": below zero
    # "90 degrees" is no Celsius; nor is "40 degrees and windy, warmer pls"
    fahrenheit = bool(hit.group(2)) or (not hit.group(3) and (degrees >= 50 or degrees >= 25 and _fahrenheit_cue(text)))
    celsius = (degrees - 32) * 5 / 9 if fahrenheit else degrees
    return celsius if _PLAUSIBLE_CELSIUS[0] <= celsius <= _PLAUSIBLE_CELSIUS[1] else None


# ("Melbourne in September, four seasons in one day", "일교차 커요"): weather that turns, a layer carried for it
_CHANGEABLE_WEATHER = re.compile(r"four seasons in (?:one|a) day|changeable weather|weather (?:changes|is changeable|is unpredictable)"
                                 r"|unpredictable weather|일교차(?!\s*(?:가|는|도)?\s*(?:없|별로|크지\s*않|안\s*커))|날씨\s*(?:가\s*)?(?:변덕|오락가락)"
                                 # ("아침엔 추워도 낮엔 더워요"; "freezing in the morning and hot by afternoon" is read with the
                                 # night's chill, `_day_heat_over_night_chill`)
                                 r"|아침(?:엔|에는)?\s*(?:춥|추워|쌀쌀)[^.?!]{0,20}(?:덥|더워)")


# Two temperatures this far apart, the lower this cool: a light layer carried for the cold end of the day
SWING_CELSIUS, SWING_LOW = 8.0, 14.0


def _temperature_swing(text: str) -> bool:
    """"낮엔 20도 밤엔 8도", "8C in the morning, 20C in the afternoon": a day that starts (or ends) cool and warms
    up; the looks are dressed for the warm end and each carries a light layer for the cool one."""
    said = [float(m.group(1)) for m in _TEMPERATURE.finditer(text) if m.group(3) is not None or not m.group(2)]
    if len(said) < 2:
        return False
    low, high = min(said), max(said)
    return high - low >= SWING_CELSIUS and low <= SWING_LOW and high < HOT_CELSIUS + 10


HOT_CELSIUS = 30.0  # (86 °F) denim and boots stay home


def _hot(text: str) -> bool:
    """Whether the message says real heat ("like 95 degrees", "폭염", "땀 많이 흘림", "in the desert")."""
    celsius = celsius_said(text)
    # ("I sweat through grey under projector lights": what shows sweat, no heat)
    text = _SWEAT_SHOWS.sub(" ", text)
    return (celsius is not None and celsius >= HOT_CELSIUS) or bool(find_terms(text, lexicon.HEAT_TERMS)[0])


_SWEAT_SHOWS = re.compile(r"\bi sweat (?:right )?through (?:grey|gray|light \w+|silk|satin|\w+ colou?rs?)\b")


HARD_COLD_CELSIUS = -8.0  # (about 18 °F) a day out in it wants boots, the heaviest layer and a hat


def _bitter(text: str) -> bool:
    """Whether a cold message says hard cold, or a cold day spent outside (a stadium, a rink, a market)."""
    celsius = celsius_said(text)
    return (celsius is not None and celsius <= HARD_COLD_CELSIUS) or bool(find_terms(text, lexicon.HARD_COLD_TERMS)[0])


def season_only_felt(text: str) -> bool:
    """Whether the message says a season only through a mild weather word ("in case it gets chilly in the
    evening"): a May evening can be chilly, so a season said before stands."""
    said = find_terms(text.lower(), lexicon.SEASON_TERMS)[0]
    return bool(said) and all(text.lower()[m.start:m.end] in lexicon.MILD_WEATHER_WORDS for m in said)


def _weather_season(text: str) -> str | None:
    """The season a temperature says: what to dress for."""
    celsius = celsius_said(text)
    return None if celsius is None else next(season for floor, season in _SEASON_BY_CELSIUS if celsius >= floor)


def _body(text: str) -> tuple[float | None, float | None]:
    """Height in cm and weight in kg, where the message says them ("180 cm and 75 kg", "키 180 몸무게 75",
    "5'10 and 180 lbs")."""
    height, weight = _HEIGHT.search(text), _WEIGHT.search(text)
    cm = float(_first_group(height)) if height else None
    kg = float(_first_group(weight)) if weight else None
    if cm is None and (feet := _FEET.search(text)):
        cm = round((int(feet.group(1)) * 12 + int(feet.group(2) or 0)) * CM_PER_INCH)
    if kg is None and (pounds := _POUNDS.search(text)):
        kg = round(int(pounds.group(1)) * KG_PER_POUND)
    if kg is None and (feet := _FEET.search(text)) and (bare := _BARE_POUNDS.match(text, feet.end())):
        kg = round(int(bare.group(1)) * KG_PER_POUND)  # "5'6 and like 140": feet and inches, then pounds
    if cm is None and kg is None and (joined := _HEIGHT_THEN_WEIGHT.search(text)):
        cm, kg = float(joined.group(1)), float(joined.group(2))  # "158에 48이요"
    return cm, kg


def _bare_body(text: str) -> tuple[float | None, float | None]:
    """"남자 172 68": two bare numbers, read as a height and a weight where the message is about sizes or
    says whose clothes (elsewhere "150 50" is no body)."""
    bare = _BARE_BODY.search(text)
    return (float(bare.group(1)), float(bare.group(2))) if bare else (None, None)


_CHOICE = re.compile(r"\b(?:or|versus)\b|(?:\b|(?<=[가-힣]))vs\.?(?:\b|(?=[가-힣]))|아니면|중에?\s*(?:뭐|어떤|어느)|뭐가 (?:나아|좋아|더)|only (?:have|own|got)"
                     r"|밖에 없")


_CHOICE_SLOT = {"onepiece": "bottom"}  # "skirt or dress?" is one choice: what goes below the waist


def _a_choice(text: str, kinds: Sequence[str]) -> bool:
    """"white sneakers or brown boots?", "i only have loafers and boots, which?", "loafers or oxfords for a
    wedding?": two pieces (or two cuts of shoe) for one slot."""
    slots = [_CHOICE_SLOT.get(s, s) for s in (KIND_TO_SLOT.get(k) for k in dict.fromkeys(kinds))]
    two = len(slots) == 2 and slots[0] == slots[1] is not None or len(slots) < 2 and len(shoe_cuts_said(text)) >= 2
    return two and bool(_CHOICE.search(text)) \
        and ("?" in text or bool(re.search(r"which|should|need|better|어떤|어느|뭐가|뭘", text)))


SHOE_CUTS = ("loafer", "oxford", "derby", "brogue", "pump")


def shoe_cuts_said(text: str) -> list[str]:
    """The cuts of shoe a message names, in its order ("loafers or oxfords?": loafer, oxford)."""
    text = re.sub(r"oxford\s+shirts?|옥스퍼드\s*셔츠", " ", text.lower())  # (an oxford shirt is no shoe)
    return list(dict.fromkeys(m.value for m in find_terms(text, lexicon.NAMED_CUT_TERMS)[0] if m.value in SHOE_CUTS))


def _question(text: str, questions: list[Match], named_something: bool, pieces: int = 2) -> str | None:
    """The kind of style question: a pairing when a named garment or colour meets "goes with" /
    "어울리는" ("베이지 면바지랑 어울리는 상의 뭐야?" is a pairing, not a definition); a choice between
    two pieces of one slot ("white sneakers or brown boots?")."""
    # "I want navy chinos and something to wear with them" asks nothing: a request, not a question
    asks = "?" in text or _HANGUL.search(text) or _EN_ASKING.search(text)
    # "스웨이드 부츠 눈오는날 신어도 괜찮아?", "반팔 괜찮아?" ask leave for one thing, not whether two match
    leave = _ASKS_LEAVE.search(text) or (pieces < 2 and re.search(r"괜찮(?:아|을까|나요)", text))
    if named_something and asks and _PAIRING_CUE.search(text) and not _NOT_PAIRING.search(text) and not leave:
        return "pairing"
    questions = [q for q in questions if q.value != "rain" or (asks and not _LOOKS_ASKED.search(text))]
    if questions and questions[0].value == "pairing" and leave and _YES_NO.search(text):
        return "yesno"  # "이 구두 신고 상견례 가도 돼요? 뭐랑 입으면 좋을까요": the leave first, the looks answer the rest
    if questions:
        return questions[0].value
    # "can I wear jeans to a wedding?", "키 160인데 롱코트 입어도 돼?": yes or no, about something named
    open_question = _OPEN_QUESTION.match(text) or _WHAT_TO_WEAR.search(text)  # "..., what should I wear?"
    # ("연말 파티에 입어도 되나요?", "can i wear these to the wedding?": leave asked for the garment shown)
    shown = bool(_ASKS_LEAVE.search(text) or _LEAVE_TO_WEAR.search(text))
    return "yesno" if (named_something or shown) and _YES_NO.search(text) and not open_question else None


# "165 남", "키 170 여자", "남 175": a height and a gender in one (a profile's shorthand in Korean)
# "anniversary dinner at a michelin place. f. any color except black": a letter said as a sentence of its own
# ("... idk what to wear 😭 f": after an emoji too)
_LONE_GENDER_LETTER = re.compile(r"(?:^|[.,;!?]\s*|\s-\s|[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?\s+)([mf])(?=\s*(?:[.,;!?]|$))")
_HEIGHT_GENDER = re.compile(r"(?<!\d)1[4-9]\d\s*(?:cm)?\s*(남|여)(?:자|성)?(?![가-힣])|(?<![가-힣])(남|여)(?:자|성)?\s*1[4-9]\d(?!\d)")
_KO_GENDER = {"남": "men", "여": "women"}


def _height_gender(text: str) -> str | None:
    hit = _HEIGHT_GENDER.search(text)
    return _KO_GENDER[hit.group(1) or hit.group(2)] if hit else None


# "남 30", "여25살": the Korean shorthand, gender first
_KO_GENDER_AGE = re.compile(r"(?<![가-힣\w])(남|여)\s?(\d{2})(?:\s?(?:살|세))?(?![\d가-힣%])")


# "34남 패알못임", "27여": the age, then the gender, in one word
# (not "30여 명", some thirty people)
# (a bare "여" ends a profile unless a counter follows: "27여 출근룩", "31여 탈의실 좁고" are hers, "30여 군데",
# "20여 명이" some thirty places, some twenty people)
_COUNTER_AFTER = (r"(?:군데|명|개|곳|년|일|분|가지|번|차례|종|시간|개월|가구|권|채|벌|켤레|회|건|점|마리|대|층|평|달|"
                  r"주|개국|나라|도시|차|만원|만|팀|커플|쌍|킬로|키로|미터|편|인분|원|배|잔|곡|세대|세트|km|m|kg)"
                  # (a counter ends its word or takes a particle: "50여 분들이", "20여 명과"; "27여 회계법인" is hers)
                  r"(?:[^가-힣]|$|들|[이가을를은는에도의와과랑째씩쯤]|정도|밖에|가량|이상|이하|넘게)")
_KO_AGE_GENDER = re.compile(r"(?<![\d.])(\d{2})(?:\s?(?:살|세|대)\s?)?(?:(남)(?:자|성)?|(여)(?:자|성)|(여)(?=\s*(?:$|[.,!?~ㅠㅜ]|"
                            r"\s(?!" + _COUNTER_AFTER + r"))))(?![가-힣])")


# "저 31 남 170 70": an age and a gender said apart, after the speaker's own word (not "키 160에 50 여자", 50 kg)
_KO_SELF_AGE_SPACED = re.compile(r"(?:^|\s)(?:저는|나는|저|전|나|난)\s*(\d{2})\s+(남|여)(?:자|성)?(?![가-힣])"
                                 r"(?!\s*" + _COUNTER_AFTER + ")")


def _age_gender(text: str) -> tuple[int | None, str | None]:
    """"28F", "m32", "남 30", "34남": the age and the gender of a profile's shorthand, or (None, None)."""
    if (spaced := _KO_SELF_AGE_SPACED.search(text)) and 13 <= int(spaced.group(1)) <= 99:
        return int(spaced.group(1)), _BARE_GENDER[spaced.group(2)]
    if (korean := _KO_GENDER_AGE.search(text)) and 13 <= int(korean.group(2)) <= 99:
        return int(korean.group(2)), _BARE_GENDER[korean.group(1)]
    if (korean := _KO_AGE_GENDER.search(text)) and 13 <= int(korean.group(1)) <= 99:
        return int(korean.group(1)), _BARE_GENDER[next(g for g in korean.groups()[1:] if g)]
    # ("still like 35F", "it's gonna be 90F": the day's temperature, no woman of 35; "its like 30F. 26 f": she is 26)
    hit = next((h for h in _AGE_GENDER.finditer(text) if not (
        h.group(2) and h.group(2).lower() == "f" and _SAID_OF_THE_DAY.search(text[max(0, h.start() - 24):h.start()]))), None)
    if not hit or not 13 <= int(hit.group(1) or hit.group(4)) <= 99:
        return None, None
    return int(hit.group(1) or hit.group(4)), _BARE_GENDER[(hit.group(2) or hit.group(3)).lower()]


# Words before a number that make it the day's temperature ("like 35F", "gonna be 90F", "its 40F out")
_SAID_OF_THE_DAY = re.compile(r"\b(?:like|about|around|gonna be|going to be|will be|it'?s|its|it is|still|only|high of|"
                              r"low of|highs? in the|lows? in the|under|over|below|above|hit|hits|reach|forecast)\s*$",
                              re.IGNORECASE)


def _age(text: str) -> int | None:
    """The age said ("a 50 year old", "in my 40s" -> 40, "50대" -> 50, "28F"), when plausible for clothes."""
    hit = _AGE.search(text)
    if not hit:
        return _age_gender(text)[0]
    if not hit:
        return None
    said = _first_group(hit)
    age = int(said) * (10 if len(said) == 1 else 1)
    return age if 13 <= age <= 99 else None


def _size_between(text: str) -> tuple[str, str] | None:
    hit = _BETWEEN_SIZES.search(text)
    if not hit:
        return None
    small, large = [g.upper() for g in hit.groups() if g]
    return small, large


def _neck_cm(text: str) -> float | None:
    """A shirt's neck size in cm ("neck 15.5" is inches: 39 cm)."""
    hit = _NECK.search(text)
    if not hit:
        return None
    said = float(_first_group(hit))
    return round(said * 2.54, 1) if said < 25 else said


def _waist_cm(text: str) -> float | None:
    """A waist measurement in cm ("허리 30" is inches, as Korean trousers are sold: 76 cm)."""
    hit = _WAIST.search(text)
    if not hit:
        return None
    said, unit = float(hit.group(1) or hit.group(3) or hit.group(5)), (hit.group(2) or hit.group(4) or "")
    return said if unit in ("cm", "센티") or said >= 50 else round(said * 2.54, 1)


def _chest_cm(text: str) -> float | None:
    """A chest measurement in cm ("42 inch chest" is 107 cm; a number under 60 with no unit is inches)."""
    hit = _CHEST.search(text)
    if not hit:
        return None
    said = float(next(g for g in hit.groups()[:2] if g) if hit.group(1) or hit.group(2) else hit.group(4))
    unit = (hit.group(3) or "") + text[hit.start():hit.end()]
    inches = "cm" not in unit and (said < 60 or "in" in unit or '"' in unit)
    return round(said * 2.54, 1) if inches else said


def _size_said(text: str) -> str | None:
    # ("키 160 몸무게 55 사이즈 뭐 입어요?": the 55 is her weight, not a Korean size 55)
    hit = _SIZE_SAID.search(_WEIGHT.sub(_blank, _HEIGHT.sub(_blank, text)))
    return _first_group(hit).upper() if hit else None


def _sizes(text: str) -> tuple[str | None, str | None]:
    """The size asked about and the size usually worn ("L 사면 돼? 평소 M 입어" -> L, M); a message that says
    only the usual one asks about that one ("I usually wear L, L here too?")."""
    usual = _USUAL_SIZE.search(text)
    worn = _first_group(usual).upper() if usual else None
    worn = _SIZE_NAMES.get(worn or "", worn)
    asked = _size_said(_USUAL_SIZE.sub(_blank, text)) if usual else _size_said(text)
    return asked or worn, worn


def parse_budget(text: str) -> float | None:
    """"under 50k won" -> 50000, "5만원 이하" -> 50000, "below $80" -> 80."""
    if hit := _KO_BUDGET.search(text):
        if hit.group(3):  # "만원 이하": ten thousand won
            return 10_000.0
        digits, man = (hit.group(1), hit.group(2)) if hit.group(1) else (hit.group(4), hit.group(5))
        amount = float(digits.replace(",", ""))
        return amount * 10_000 if man else amount
    if hit := _EN_BUDGET.search(text):
        amount = float(hit.group(1).replace(",", ""))
        return amount * 1_000 if hit.group(2) else amount
    if hit := _EN_BUDGET_AFTER.search(text):  # "$80 total", "100 dollars max"
        return float(hit.group(1) or hit.group(2))
    if hit := _EN_BUDGET_HAVE.search(text):  # "I only have about 80 bucks"
        return float((hit.group(1) or hit.group(2)).replace(",", ""))
    return None


# what there is to spend, with its currency: "I only have about 80 bucks", "can spend $150" (not "I have 2 kids")
_EN_BUDGET_HAVE = re.compile(
    r"\b(?:only have|have only|i have|i've got|ive got|i got|can spend|could spend|spend|spending|afford)\s+"
    r"(?:about|around|roughly|like|maybe|up to|only)?\s*(?:\$\s*(\d[\d,]*)|(\d[\d,]*)\s*(?:bucks|dollars|usd|quid|pounds|euros)\b)",
    re.IGNORECASE)


def without_budget(text: str) -> str:
    """The text with its budget phrase taken out: "navy chinos under 50k won" -> "navy chinos"."""
    return " ".join(_EN_BUDGET_AFTER.sub(" ", _EN_BUDGET.sub(" ", _KO_BUDGET.sub(" ", text))).split())


def _puffer_if(match: Match, text: str, negated: bool | None) -> Match:
    """A puffer ruled out is the padded jackets only ("패딩 말고 코트로": the coat stays wanted); hoodies
    ruled out are the hooded sweatshirts only ("no hoodies pls": a crewneck still goes)."""
    said = text[match.start:match.end]
    narrower = next((narrow for kind, words, narrow in _NARROWED_WHEN_RULED_OUT
                     if match.value == kind and said in words), None) if negated else None
    return replace(match, value=narrower) if narrower else match


# Kinds ruled out in the words of one cut of them, which is all that goes (the first table that has the word):
# "롱패딩 제외", "패딩 말고", "no hoodies", "로퍼 말고", "skip the bow tie", "no cargo pants" (derbies, long ties
# and plain trousers stay)
_NARROWED_WHEN_RULED_OUT = (("coat", lexicon.LONG_PUFFER_WORDS, "long_puffer"), ("coat", lexicon.PUFFER_WORDS, "puffer"),
                            ("coat", lexicon.LONG_LAYER_WORDS, "long_layer"),
                            ("sweater", lexicon.TURTLENECK_WORDS, "turtleneck"),
                            ("sweatshirt", lexicon.HOODIE_WORDS, "hoodie"),
                            ("shoes", lexicon.NAMED_CUT_TERMS["loafer"], "loafer"), ("tie", lexicon.BOW_TIE_WORDS, "bow_tie"),
                            ("trousers", lexicon.NAMED_CUT_TERMS["cargo"], "cargo"),
                            ("trousers", lexicon.NAMED_CUT_TERMS["track"], "track"),
                            # "anything except khakis", "skip the mini skirt": the chinos, the short skirts
                            ("trousers", ("khakis", "chinos", "chino", "치노", "면바지"), "chino"),
                            ("skirt", ("mini skirt", "miniskirt", "미니스커트", "미니 스커트", "미니 치마"), "mini"),
                            ("dress", ("mini dress", "minidress", "미니 원피스"), "mini"))


_CASUAL_WORKPLACE = re.compile(r"barista|coffee shop|\bcafe\b|café|retail|start-?up|restaurant|bakery|"
                               r"카페|스타트업|알바|편의점|음식점|매장"
                               # ("IT회사 개발자 면접", "a developer interview at a tech company": no suit)
                               r"|\bit\s*(?:회사|기업)|개발자|\btech (?:company|startup|firm)\b|\b(?:developer|engineering|dev) "
                               r"(?:interview|role|job)\b|\bsoftware (?:engineer|developer)")
_HANDS_ON = re.compile(r"김장|kimjang|kimchi[- ]making")
# Occasions with a code of their own that win over the everyday words said beside them (and only those)
_DAYS_OFF = re.compile(r"\bdays? off\b|\boff[- ]duty\b|쉬는\s?날|휴무|비번")
_OWN_CODE_OVER = {"hands_on": frozenset({"daily", "work", "travel", "family_holiday"}), "sports_day": frozenset({"daily", "work", "workout", "party"}),
                  "wine_tasting": frozenset({"travel", "daily", "dinner", "date"}),
                  **dict.fromkeys(INDIAN_FESTIVALS, frozenset({"party", "family_holiday", "dinner", "daily"})),
                  # ("Eid lunch at my in-laws, first one after our wedding": Eid)
                  "eid": frozenset({"party", "family_holiday", "dinner", "daily", "wedding"}),
                  "temple_stay": frozenset({"travel", "daily", "church"}),
                  "temple_visit": frozenset({"daily", "church", "family_holiday"}),
                  "holi": frozenset({"party", "daily", "festival", "water_festival", "family_holiday"}),
                  "visarjan": frozenset({"party", "daily", "festival", "water_festival", "ganesh_chaturthi"}),
                  "nikah": frozenset({"wedding", "party", "dinner", "indian_wedding", "church"}),
                  # "5-a-side after work then drinks with the team": the drinks say how to dress (the kit is kit)
                  "pub": frozenset({"work", "daily", "party", "workout", "gym", "dinner"})}


# "출근 아니고 학교", "not for work, for a party", "하객룩처럼 차려입진 않고", "what else works": no such occasion
_OCCASION_DENIED_AFTER = re.compile(r"^\s*(?:은|는|이|가|룩|용)?\s*(?:아니고|아니라|아님|말고|x\b)"
                                    # "등산복 스타일은 절대 말고요": the look of the occasion refused, not the occasion
                                    r"|^\s*(?:복|옷)?\s*(?:스타일|느낌|룩|같은\s?(?:거|옷))\s*(?:은|는|이|가)?\s*(?:절대|진짜|너무)?\s*"
                                    r"(?:아니고|아니라|말고|싫|빼|제외)"
                                    r"|^\s*(?:룩)?\s*처럼\s*(?:\S+\s*){0,2}?(?:않|말고|싫|아니)"
                                    # "너무 하객룩 같음ㅋㅋ 좀 편하게": too much like it, so not it
                                    r"|^\s*(?:룩|복|옷|스타일|느낌)?\s*같(?:음|아요|아|다|네|은데|잖)"
                                    # ("1번은 너무 등산복 아저씨 느낌ㅋㅋㅋ": a look said to look like it)
                                    r"|^\s*(?:복|옷)\s*(?:\S+\s*)?(?:느낌|st\b|스럽|같)"
                                    # "등산복은 절대 안 된대요": its clothes ruled out
                                    r"|^\s*(?:복|옷)\s*(?:은|는)?\s*(?:절대|진짜)?\s*(?:안\s*(?:돼|된|되|입)|싫|별로|노노)")
_OCCASION_DENIED_BEFORE = re.compile(r"\b(?:not|isn'?t|no longer|nothing)\s+(?:(?:for|to|at|a|an|the|too|like|so)\s+){0,3}$"
                                     # "what do i wear to the office without looking like im on holiday"
                                     r"|\bnot\s+like\s+(?:(?:i'?m|im|i am|we'?re|going|off|to|a|an|the|at|on)\s+){1,4}$"
                                     r"|\b(?:without|not|never|don'?t want to|dont want to)\s+look(?:ing)?\s+like\s+"
                                     r"(?:(?:i'?m|im|i am|i'?ve|ive|we'?re|going|off|someone|a|an|the|on|at|in|to|work|working|be)\s+){0,6}$"
                                     # (the look-alike blanked before: "i dont want to [look like im off to work] at a bank")
                                     r"|\b(?:don'?t|dont|do not) want to\s+$")


# "바지는 와이드로요", "make the pants wide leg": a cut said of the looks' part, on screen
_PART_RECUT = re.compile(r"(?:바지|하의|청바지|슬랙스|치마|스커트)\s*(?:는|은|도)\s*\S+?\s*(?:으로|로)(?:\s|요|해|바꿔|부탁|$)"
                         r"|\b(?:make|do|change)\s+(?:the|their|all the)\s+(?:pants|trousers|jeans|skirts?)\s+(?:to\s+|into\s+)?"
                         r"(?:wide|straight|slim|skinny|flared|bootcut|baggy)")
_LEANING = re.compile(r"\b(?:preferably|ideally|if possible|i'?d prefer|prefer(?:ably)?)\b|가능하면|되도록|선호|좋겠")
_WHICH_OF_A_PART = re.compile(r"\b(?:what|which)\s+(?:shoes|bag|jacket|coat|layer|top|bottoms?|trousers|pants)\b"
                              r"|(?:신발|가방|아우터|상의|하의)\s*(?:은|는)?\s*(?:뭐|어떤|무슨)")


_MEETING_PEOPLE = re.compile(r"\s+(?:them|him|her|his|my|your|their|the family|the parents|new people|people)\b")


def _occasion_denied(text: str, match: Match) -> bool:
    """An occasion word said to be no occasion of theirs ("출근 아니고 학교 갈때", "not for work, for a party",
    "너무 하객룩처럼 차려입진 않고"), or "works" as a verb ("what else works")."""
    if text[match.start:match.end] == "works":
        return True
    if text[match.start:match.end] == "meeting" and _MEETING_PEOPLE.match(text[match.end:match.end + 24]):
        return True  # ("is look 2 too plain for meeting them?": meeting people, no business meeting)
    if match.value == "work" and re.search(r"\b(?:straight|right|directly|coming|come|going|go) from (?:the )?$|퇴근하고\s*$",
                                           text[max(0, match.start - 20):match.start]):
        return True  # ("visitation is 5-7pm, going straight from work"): where they come from, not what they dress for
    if text[match.start:match.end] == "going out" and _BY_DAY_OUT.match(text[match.end:match.end + 24]):
        return True  # ("we're going out around 11 and docking for lunch": out on the boat in the morning, no night out)
    if _SEEMS_BEFORE.search(text[max(0, match.start - 12):match.start]):
        return False  # ("아무래도 프로포즈 같아요": it seems to be one, not a look too like one)
    return bool(_OCCASION_DENIED_AFTER.search(text[match.end:match.end + 16])
                or _OCCASION_DENIED_BEFORE.search(text[max(0, match.start - 44):match.start]))


_SEEMS_BEFORE = re.compile(r"(?:아무래도|아마|왠지|아마도)\s*$")
_BY_DAY_OUT = re.compile(r"\s+(?:on the (?:boat|water|lake)|around (?:[6-9]|1[01])\b(?!\s*(?:pm|p\.m|tonight|at night|in the evening))|at (?:[6-9]|1[01])\s*(?:am|a\.m)"
                         r"|in the morning|early)")


_FIT_REFUSED_AFTER = re.compile(r"^\s*(?:인\s*(?:건|거|것)|은|는|한\s*(?:건|거|것)|핏)?\s*(?:말고|빼|싫|별로)")
_FIT_REFUSED_BEFORE = re.compile(r"\b(?:no|not|nothing|without|less|too)\s+(?:too\s+|so\s+)?$")


def _fit_refused(text: str, match: Match) -> bool:
    """"너무 오버핏인건 빼줘요", "nothing oversized": a cut ruled out, no wish for it (the looks' feel takes it)."""
    return bool(_FIT_REFUSED_AFTER.search(text[match.end:match.end + 12])
                or _FIT_REFUSED_BEFORE.search(text[max(0, match.start - 12):match.start]))


# "코트 색 카멜 말고 다른거요", "3번 블레이저 베이지 말고 다른 색": a piece's colour said after it, ruled out (the
# same length rewritten, colour first)
_KIND_THEN_COLOUR = re.compile(r"(코트|패딩|자켓|재킷|블레이저|가디건|셔츠|니트|바지|슬랙스|치마|스커트|원피스|신발|구두|운동화|가방)"
                               r"(?:(\s*(?:색깔|색상|색|컬러)\s*(?:은|는|이|가)?\s*)(\S+?)(?=\s*(?:말고|빼고|대신|은 싫|는 싫|싫|아니))"
                               # (with no colour word between, only where another colour of it is asked: "다른 색")
                               r"|(\s+)(\S+?)(?=\s*(?:말고|빼고)\s*(?:다른|딴)))")


def _colour_first(match: re.Match[str]) -> str:
    kind, between, colour = (g for g in match.groups() if g is not None)
    if not find_terms(colour, lexicon.COLOR_TERMS)[0]:  # ("바지 길이 말고": no colour, nothing to move)
        return match.group()
    return f"{colour} {kind}" + " " * (len(between) - 1)


_KNEE_LENGTH = re.compile(r"\bknee[- ]length\b|\b(?:to|at|just below|just above|around|below|past|under) the knees?\b"
                          r"|\bmidi\b|무릎\s*(?:정도|길이|기장|까지|선|라인|쯤|근처|오는|닿는|아래|밑|위)|미디")
_NO_LONGER = re.compile(r"\bno longer\b|\bany longer\b"
                        # ("I lost my leg below the knee ... done hiding the prosthetic"): where the leg ends, no hem
                        r"|(?<=\bleg )(?:below|above) the knee\b|\b(?:below|above)[- ]the[- ]knee amput\w*"
                        r"|(?<=\bamputation )(?:below|above) the knee\b"
                        r"|\bnothing (?:too )?short[- ]?sleeve[sd]?\b", re.IGNORECASE)  # (the sleeves, not the hem)
_WITH_KIDS = re.compile(r"\b(?:my|the|our|two|three|\d)\s+(?:little\s+)?(?:kids|children|toddlers?|boys|girls)\b"
                        r"|\bwith (?:the|my|our) (?:kid|son|daughter|baby)\b|애들|아이들|아이랑|아이와|애기랑|아기랑|애랑", re.IGNORECASE)
_CLASS_THEN = re.compile(r"\b(?:class|workshop|lesson)\b[^.?!]{0,60}\b(?:then|after|right after)\b|클래스|공방", re.IGNORECASE)
_AT_THE_CLUB = re.compile(r"\b(?:at|in|for) (?:his|her|their|the|my|our|a) (?:golf|country) club\b|\bclubhouse\b|골프\s*(?:클럽|장)\s*(?:에서|식당|레스토랑)")
_PLAYING_GOLF = re.compile(r"\b(?:play(?:ing)?|round|tee time|holes?|swing|course)\b|라운딩|필드|치러|\d+\s*홀")


_MATTERS_ASKED = re.compile(r"상관\s*(?:없나|있나|없을까|있을까|없어요\s*\?|있어요\s*\?|없죠|있죠)")
_MONTH_WORD = re.compile(r"(?:(?:in|for|of|early|mid|late|end of|start of|beginning of|next|last|since|until|till)[\s-]+)?"
                         r"(?:jan|feb|march|april|may|june|july|august|sept?|oct|nov|dec)[a-z]*|\d{1,2}월")
_HOME_BEFORE = re.compile(r"\b(?:from|live in|living in|based in|home in|back in|i'?m in)\s*$|(?:에서\s*)?(?:사는|살아요|살고)\s*$")
# (a name or a thing: "Sydney's wedding", "호주머니", "a Melbourne Cup party" keeps its own words)
_NOT_THE_PLACE_AFTER = re.compile(r"'s\b|머니|산\s*(?:와인|소고기)|\s+(?:wine|beef|lamb|accent|boyfriend|girlfriend|friend|cup)\b")
_NORTHERN_NAMED = re.compile(r"한국|서울|부산|korea|seoul|\bback home\b")
_HOLIDAYS_OF_DECEMBER = re.compile(r"christmas|xmas|new year|\bnye\b|크리스마스|연말|새해")
_TURNED = {"summer": "winter", "winter": "summer", "spring": "fall", "fall": "spring"}


_NOT_GOING_THERE = re.compile(r"\b(?:lives?|living|lived|met|grew up|moved)\s+(?:\w+\s+)?in\b|\b(?:got|came|just) back from\b"
                              r"|\bback from\b|다녀와서|다녀왔|갔다\s*와서|살아요|사는|살고")


def _southern_places(lowered: str) -> list[Match]:
    """The places south of the equator the message goes to (not one left behind: "from sydney", "호주에서")."""
    return [m for m in find_terms(lowered, lexicon.SOUTHERN_TERMS)[0]
            if not _HOME_BEFORE.search(lowered[max(0, m.start - 14):m.start]) and not lowered.startswith("에서", m.end)
            and not _NOT_THE_PLACE_AFTER.match(lowered, m.end)
            # ("my sister lives in Sydney", "just got back from a trip to Sydney", "호주 여행 다녀와서": not where they go)
            and not _NOT_GOING_THERE.search(lowered[max(0, m.start - 30):m.end + 12])]


def _by_month_only(lowered: str, seasons: list[Match]) -> bool:
    """Whether the seasons named are all months ("august", "7월"), no season's own name ("winter there"); the
    weather felt beside them ("so it's cold") names none."""
    named = [m for m in seasons if lowered[m.start:m.end] not in lexicon.FELT_SEASON_WORDS]
    return bool(named) and all(_MONTH_WORD.fullmatch(lowered[m.start:m.end].strip()) for m in named)


_PLACES_TABLE = {"travel": lexicon.PLACES}  # (one table, so its patterns compile once)


def _months_south_of_the_equator(lowered: str, seasons: list[Match]) -> list[Match]:
    """A month said of a place in the southern hemisphere is its season there ("sydney in july": winter); a
    season named ("it's winter there") is already theirs, and a place left behind ("from sydney") says nothing."""
    south = _southern_places(lowered)
    # (a trip from there to here: "호주 유학 중인데 7월에 한국 가요", "I live in Melbourne, going to Seoul in January")
    southern = set(lexicon.SOUTHERN_TERMS["southern"])
    elsewhere = [m for m in find_terms(lowered, _PLACES_TABLE)[0] if lowered[m.start:m.end] not in southern]
    if not south or _NORTHERN_NAMED.search(lowered) or elsewhere:
        return seasons
    if not seasons and (christmas := _HOLIDAYS_OF_DECEMBER.search(lowered)):  # ("Cape Town over Christmas": summer)
        return [Match("summer", christmas.start(), christmas.end())]
    return [replace(m, value=_TURNED[m.value]) if m.value in _TURNED and _MONTH_WORD.fullmatch(lowered[m.start:m.end].strip())
            else m for m in seasons]


_SPORT_AT_THE_CLUB = re.compile(r"\bcurl(?:ing)?\b|learn-to-curl|\b(?:tennis|squash|rowing|climbing|running|hockey) club\b")


def _occasion(occasions: list[Match], text: str = "") -> str | None:
    """"hiking this weekend": the weekend says when, the hike what for; "돌잔치 하객룩": a guest at a
    family occasion, not at a wedding; "getting married, church ceremony": a wedding, in a church."""
    places = [m for m in occasions if m.value == "travel" and text[m.start:m.end] in lexicon.PLACES]
    if places and len(places) < len(occasions):  # "a wedding in london": the wedding, in London
        occasions = [m for m in occasions if m not in places]
    said = {m.value for m in occasions}
    if said == {"culture"} and _WITH_KIDS.search(text):  # "taking my two kids to the museum": a day out on foot
        return "daily"  # with children, not an evening at the theatre
    if said == {"golf"} and _AT_THE_CLUB.search(text) and not _PLAYING_GOLF.search(text):
        return "party"  # "it's actually at his golf club, no denim": a do at the clubhouse, not a round
    if said == {"hands_on", "daily"} and _CLASS_THEN.search(text):  # "a pottery class then brunch": a day out in clothes
        return "daily"  # that can take the clay, not a job's uniform
    if "hands_on" in said and _DAYS_OFF.search(text):  # "a nurse, for my days off": the days off
        return "daily"
    if "races" in said and said & {"daily", "party", "house_party", "pub"}:  # ("watch the derby at a friend's bbq": the
        said.discard("races")  # party it is watched at, not the enclosure)
        occasions = [m for m in occasions if m.value != "races"]
    if {"club", "daily"} <= said and _SPORT_AT_THE_CLUB.search(text):  # "a learn-to-curl night at the club": the ice
        return "daily"  # and the broom, not a dance floor
    if "work" in said and "daily" in said and _OUTING.search(text):  # "회사 야유회": colleagues, out of the office
        return "daily"
    if "daily" in said and _HANDS_ON.search(text):  # "시댁 김장": a day's work in the yard, not a family occasion
        return "daily"
    if "gym" in said and said - {"gym", "workout", "daily"}:  # "school concert, it's in the gym": the gym is where
        said.discard("gym")
        occasions = [m for m in occasions if m.value != "gym"]
    if {"gym", "workout"} <= said:  # "헬스장 운동복": the gym is where the workout is, indoors
        said.discard("workout")
        occasions = [m for m in occasions if m.value != "workout"]
    if "formal_office" in said and said - {"formal_office", "work", "daily"}:
        # "law firm holiday party", "interview at a bank": the event, as at any office
        said = (said - {"formal_office"}) | {"work"}
        occasions = [replace(m, value="work") if m.value == "formal_office" else m for m in occasions]
    elif "formal_office" in said:  # "starting at a law firm, what should I wear to work?": its suits (unless
        return "work" if _BUSINESS_CASUAL.search(text) else "formal_office"  # the office is business casual)
    if "family_holiday" in said and said & {"party", "work"}:  # "hanukkah party at my in-laws, meeting the family"
        return "family_holiday"
    if {"festival", "hiking"} <= said:  # "glastonbury, camping for 4 nights": the festival, camped at
        return "festival"
    if {"hiking", "family_holiday"} <= said:  # "an easy hike with my in-laws": the trail, in their company
        return "hiking"
    if {"wedding", "wine_tasting"} <= said:  # "getting married, outdoor thing at a vineyard": the wedding's venue
        return "wedding"
    if {"travel", "temple_visit"} <= said:  # ("trip to bangkok, want to visit the temple too"): the trip, its
        return "travel"  # temples kept covered by their own words
    if "theme_park" in said:  # "놀이공원 데이트": the rides and the queues say how to dress
        return "theme_park"
    if "dinner" in said and _ROOFTOP.search(text) and (said & {"party", "travel"} or _A_BIRTHDAY.search(text)):
        # ("friends 30th at a rooftop bar", "10 days in Bangkok … rooftop bars and temples"): the party or the trip,
        # at a bar among its places
        return "travel" if "travel" in said else "party"
    if {"party", "wedding"} <= said and "engagement party" in text:  # ("engagement party, my brother is marrying
        return "party"  # his girlfriend": the party is the day dressed for)
    if {"hands_on", "interview"} <= said and "working interview" in text:  # two hours' work at a vet clinic after the
        return "hands_on"  # talk (an interview for a waiter's job is still an interview)
    # "카페 바리스타 알바 첫 출근", "회사 체육대회", "her family's diwali party": the job or the day says how to dress,
    # over the words it shares a message with (an event of another kind wins: "a wedding at a pottery studio")
    if (own := next((o for o in _OWN_CODE_OVER if o in said), None)) and said - {own} <= _OWN_CODE_OVER[own]:
        return own
    if "work_dinner" in said:  # "client dinner at a steakhouse, business casual": the dinner, dressed for work
        return "work_dinner"
    if "school_meeting" in said:  # "parents' night, don't want to look like a board meeting": the school's
        return "school_meeting"
    if {"concert", "culture"} <= said:  # "예술의전당 클래식 콘서트": a seat in a concert hall, dressed a little up
        return "culture"
    if "dinner" in said and said & {"date", "family_dinner", "ceremony", "family_holiday", "party", "cocktail",
                                    "black_tie", "wedding"}:
        said.discard("dinner")  # "생일 저녁 식사", "rehearsal dinner": whose dinner it is says how to dress
        occasions = [m for m in occasions if m.value != "dinner"]
    trip = [m for m in occasions if m.value == "travel" and text[m.start:m.end] not in lexicon.PLACES]
    if trip and said & {"party", "pub"}:  # "flying to bangkok for 10 days, rooftop bars and temples": the whole trip
        return "travel"
    if {"flight", "travel"} <= said:  # "flight to paris next week, what should I pack?": the trip
        return "travel"
    if "beach_wedding" in said:  # "beach formal wedding", "해변 결혼식 하객룩": the wedding is on the sand
        return "beach_wedding"
    if "indian_wedding" in said:  # "a friend's sangeet night before her Indian wedding": festive Indian dress
        return "indian_wedding"
    if "water_festival" in said:  # "waterbomb festival": a soaked day, not a muddy field
        return "water_festival"
    if {"church", "family_holiday"} <= said:  # "church on sunday with my in-laws": the service, in company
        return "church"
    if {"ceremony", "family_holiday"} <= said:  # "her parents host xmas dinner, never met them": the first meeting;
        # "설날 시댁 + 돌잔치 둘다": what sits on the floor at the in-laws' is neat enough for both
        return "family_holiday" if _BOTH.search(text) else "ceremony"
    if "church" in said and said & {"wedding", "ceremony", "beach_wedding"}:
        said.discard("church")  # "church ceremony then hotel reception", "christening at church": the church is where
        occasions = [m for m in occasions if m.value != "church"]
    if {"ceremony", "wedding"} <= said:
        return "ceremony"  # "돌잔치 하객룩": a guest at a family occasion
    if "date" in said and said & {"party", "pub"}:  # "first date, drinks at a wine bar": the drinks are the date's
        return "date"
    if "work" in said and said & {"party", "cocktail"}:  # "a gala dinner for work": the gala, dressed
        return next(m.value for m in reversed(occasions) if m.value in ("party", "cocktail"))
    if "court" in said and said & {"graduation", "ceremony"}:  # ("subpoenaed … my one suit is from high school
        # graduation": the day in court; "citizenship ceremony at the federal courthouse": the oath)
        return "ceremony" if "ceremony" in said else "court"
    if "day_party" in said and said <= {"day_party", "party", "daily"}:  # ("baby shower … backyard party in may": the
        return "day_party"  # shower says how to dress, "party" is its word for it)
    if said & {"graduation", "entrance_ceremony"}:  # "graduation, ceremony in the uni gym": the gym is where, not
        return next(m.value for m in occasions if m.value in ("graduation", "entrance_ceremony"))  # what for
    if "interview" in said:  # "job interview, going back to work after years off": the interview, dressed
        # as the workplace dresses where it is a casual one ("barista interview": no suit)
        return "casual_interview" if _CASUAL_WORKPLACE.search(text) else "interview"
    if said & WORKOUT_OCCASIONS and said & {"daily", "date"} and _ONE_AFTER_THE_OTHER.search(text) and "?" not in text:
        # ("can i wear these to a 5k and then brunch after?" asks about the run)
        # "gym then brunch, I don't want to change twice": dressed for the brunch, which the gym can take
        return next(m.value for m in occasions if m.value in ("daily", "date"))
    return _first([m for m in occasions if m.value != "daily"]) or _first(occasions)


# "May" the month, not the verb ("may I ask"): with a date, a time of it, or an event it names
_MONTH_MAY = re.compile(r"\b(?:early|mid|late|end of|start of|beginning of|next|last|since|until|till|of|for|in)[\s-]+may\b"
                        r"(?!\s+(?:be|have|not|need|want|look|work|get|go|help|seem|clash|i|we|you)\b)"
                        r"|\bmay\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|20\d\d|wedding|garden|party|holiday|vacation"
                        r"|long weekend|birthday|graduation|reception|brunch|picnic|festival|bank holiday)"
                        r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?may\b")
_I_AM_TALL = r"(?:\b(?:i'?m|i am|am)\s+(?:very\s+|quite\s+|really\s+|pretty\s+)?tall\b|\btall (?:girl|guy|woman|man)\b|\b[56]'\s?\d)"
_TALL_FACT = re.compile(r"\b(?:usually|always|often|all|every\w*)\s+(?:\w+\s+)?too short (?:on|for) me\b"
                        r"|\btoo short (?:on|for) me\b.*" + _I_AM_TALL + r"|" + _I_AM_TALL + r".*\btoo short (?:on|for) me\b"
                        r"|키가?\s*(?:커서|크다 보니|커요).*(?:짧아요|짧더라고요|짧아서)")
_GOLD_WORDS = frozenset(lexicon.FEATURE_TERMS["gold"])
# "12월이라 아우터도 같이 골라줘", "a jacket too": a layer on the looks on screen, not new looks
_LAYER_TOO = re.compile(r"(?:아우터|겉옷|외투|코트|자켓|재킷)\s*도\s*(?:같이|함께|골라|추천|넣어|입혀|코디|걸쳐)"
                        r"|(?:아우터|겉옷|외투|코트|자켓|재킷)\s*(?:하나\s*)?(?:추가|더해|얹어|걸쳐\s*줘)"
                        r"|\badd\s+(?:a\s+|an\s+)?(?:coat|jacket|layer|outer\s?layer|outerwear)s?\b"
                       # ("can i layer something over without looking bulky", "what can I throw over it")
                       r"|\blayer\s+(?:something|anything|a\s+\w+)\s+(?:over|on top)\b|\bsomething to (?:layer|throw on|put on) over\b"
                       r"|\b(?:throw|put)\s+(?:something|anything)\s+over\b|\bwhat (?:can|could|should) i (?:throw|put|layer) over\b"
                        r"|\b(?:a\s+|an\s+)?(?:coat|jacket|layer|outerwear)s?\s+(?:too|as well)"
                        r"(?=\s*(?:[.,!?]|$|please|pls|plz|thanks|for))")  # (not "is a trench coat too much?")
# "짐 가볍게 싸고 싶어요", "travel light": packing a few pieces (a capsule), not lighter clothes
_PACK_LIGHT = re.compile(r"짐(?:을|은)?\s*(?:좀\s*)?가볍게|가볍게\s*짐|짐\s*(?:을\s*)?가볍게\s*싸"
                         r"|\btravel(?:ling|ing)? light\b|\bpack(?:ing)? (?:really |super )?light(?:ly)?\b")
# "leggings as pants", "레깅스를 바지로 입는 건": the part a piece plays, not a second piece named
_AS_A_ROLE = re.compile(r"(?<=[a-z])\s+as\s+(?:pants|trousers|bottoms|a top|tops|a dress|dresses)\b"
                        r"|(?<=[가-힣])(?:을|를)\s*(?:바지|하의|상의)\s*(?:로|처럼)(?=\s*(?:입|신))")
# "the trainers from look 2", "the shirt in look 1", "2번 신발": a piece the look already wears, named to ask about it
_ITS_OWN_PIECE = re.compile(r"\bthe\s+(?:[a-z'-]+\s+){0,2}?(?:from|in|of|on)\s+(?:(?:look|outfit|option|#)\s*#?)?\d\b"
                            # ("look 2 is great, what size should I get in that sweater?": look 2's, pointed at)
                            r"|\b(?:in|of|for)\s+(?:that|those|these)\s+(?:[a-z'-]+\s+){0,2}[a-z'-]+\s*\?"
                            # ("Look 1 is great. Is the coat warm enough if it rains?": look 1's, asked of)
                            r"|(?:^|[.!?,]\s*|\bbut\s+)(?:is|are|will|would)\s+(?:the|that|those|these|its)\s+"
                            r"(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s+(?:warm|waterproof|enough|ok|okay|comfortable|comfy)\b"
                            r"|\d\s*번\s*(?:룩|코디)?\s*(?:의\s*)?\S+\s*(?:은|는|이|가)\s"
                            # ("2번 자켓으로 충분할까요?": that jacket, asked whether it does)
                            r"|\d\s*번\s*(?:룩|코디)?\s*(?:의\s*)?\S+?(?:으로|로)\s*(?:충분|괜찮|될까|되나|될지|버틸)")
# "네이비 정장은 있어요", "i have a navy suit": a suit of their own, whatever other suit they lack
_SUIT_OWNED = re.compile(r"(?:정장|양복|수트|슈트)\s*(?:은|는|이|가|도)?\s*(?:하나\s*)?있(?:어|어요|습니다|는데|음|고)"
                         r"|(?:^|\s)(?:제|내|저희)\s+(?:\S+\s+){0,2}?(?:정장|양복|수트|슈트)(?:을|를|으로|로|에|이|은|\s|$)"
                         r"|\b(?:i|we|he)(?:'ve)?\s+(?:do\s+|only\s+|just\s+|already\s+|still\s+|also\s+)?(?:have|own|has|owns|got)\s+(?:a|one|my)\s+(?:[a-z]+\s+){0,2}suit\b"
                         r"(?!\s+(?:that|which)\s+(?:doesn|does not|won|no longer))"
                         r"|\b(?:wear|wearing|in|with)\s+my\s+(?:[a-z]+\s+){0,2}suit\b"
                         # ("can you build around the navy suit then?": the suit they said they own)
                         r"|\baround\s+(?:the|my|that)\s+(?:[a-z]+\s+){0,2}suit\b|(?:정장|양복|수트|슈트)(?:에|으로|로)\s*맞춰"
                         r"(?!\s+(?:that|which)\s+(?:doesn|does not|won|no longer))")
_INDOORS = re.compile(r"\b(?:in my room|my room|the heating|heating is|indoors|inside|at my desk|in the office)\b"
                      r"|실내|사무실|방이|방에서|난방")
_WIND_SAID = re.compile(r"\bwind(?:y|ier)?\b|\bbreezy\b|바람(?:이)?\s*(?:많이|엄청|너무|진짜|되게|좀|많이\s*)?\s*(?:불|분|세|많)")
_ASKED_OF_IT = re.compile(r"\?|^(?:is|are|does|do|can|will|would|how|whats|what's|what is)\b|\b(?:is it|are they|does it)\b"
                          r"|(?:어때|될까|되나|되요|돼요|괜찮|나요|가요|까요|\?)\s*$")


def _asked_of_its_own_piece(lowered: str, wanted_kinds: Sequence[str], intents: Sequence[Match]) -> bool:
    """"Is the blazer in look 1 warm enough?", "does the jacket in look 4 come in a bigger size?": a question
    about the piece a look wears, no other piece named; not one to put on it ("a belt for look 2?")."""
    own = _ITS_OWN_PIECE.search(lowered)
    if not own or not _ASKED_OF_IT.search(lowered.strip()):
        return False
    of_it = {m.value for m in find_terms(lowered[own.start():own.end()], lexicon.KIND_TERMS)[0]}
    return bool(of_it) and set(wanted_kinds) <= of_it or any(m.value == "size" for m in intents) and bool(of_it)


_TOO_SAID = re.compile(r"\btoo\b|너무")  # ("the jacket in look 1 is too dark": that jacket, complained of)
_BOTH = re.compile(r"둘\s?다|양쪽 다|두 군데|두군데|\b(?:for|to|at) both\b|\bboth (?:events|occasions|days|of them)\b")
_ONE_AFTER_THE_OTHER = re.compile(r"\bthen\b|\bafter(?:wards?)?\b|\bstraight to\b|끝나고|다음에|후에|하고 바로")


def _with_black_tie(occasion: str | None, events: list[Match], text: str, question: str | None) -> str | None:
    """"black-tie gala next saturday": a black-tie evening, not any party (a question about black tie, or
    "black tie optional", asks for no such looks)."""
    asked_for = _first(events) == "black_tie" and occasion in (None, "party", "cocktail")
    # ("black tie-ish gala, do I need a different coat??": the gala is black tie whatever else is asked)
    asked_for = asked_for and (occasion is not None or question is None and "?" not in text)
    return "black_tie" if asked_for and "optional" not in text else occasion


def _on_the_beach(occasion: str | None, beach: list[Match], asks_looks: bool, text: str = "") -> str | None:
    """"beach formal wedding in cancun", "바닷가 결혼식": a wedding on the sand has a dress code of its own;
    so has a trip or a day at the beach ("beach trip to bali", "바캉스 룩"): sandals and shorts, not jeans
    (but "is linen ok on a beach?" asks about a fabric, not for looks)."""
    if not beach:
        return occasion
    if occasion == "wedding":
        return "beach_wedding"
    if _WIND_OR_CHILL.search(text):  # "바닷가라 바람이 많이 분대요": a windy shore, dressed as the trip it is
        return occasion
    trip = asks_looks or _trip_to_the_beach(beach)
    pool_party = occasion == "party" and bool(_POOL_PARTY.search(text))  # ("a summer pool party": by the water)
    beach_club = occasion == "club" and bool(_BEACH_CLUB.search(text))  # ("스미냑 비치클럽": a day bed by the sea)
    return "beach" if occasion in ("travel", "daily") or (occasion is None and trip) or pool_party or beach_club \
        else occasion


_POOL_PARTY = re.compile(r"pool\s*part(?:y|ies)|poolside party|풀\s?파티")
_ROOFTOP = re.compile(r"rooftop|sky ?bar|hotel bar|루프[탑톱]")
_A_BIRTHDAY = re.compile(r"\b(?:[1-9]0th|birthday|bday|b-day)\b|생일|생파")
_BEACH_CLUB = re.compile(r"beach\s*(?:clubs?|bars?)|비치\s*클럽")


_WIND_OR_CHILL = re.compile(r"바람|쌀쌀|추워|추운|춥|\bwind(?:y|s)?\b|\bchilly\b|\bcold\b|\bfreezing\b|\bgusty\b")


def _trip_to_the_beach(beach: list[Match]) -> bool:
    return any(m.value == "beach_trip" for m in beach)


# "for my daughter", "my mum … needs", "what should my husband wear", "엄마 옷", "남편한테": the relative the
# clothes are for ("my daughter graduates" is her day, and the one who says "I'm a guy" is dressing)
_FOR_RELATIVE_BEFORE = re.compile(r"\b(?:for|dress|dressing|buying|shopping)\s+(?:for\s+)?(?:my|our)\s+$")
_FOR_RELATIVE_AFTER = re.compile(
    r"^(?:['’]s\s+(?:outfits?|clothes|looks?|wardrobe)\b|\s+(?:(?!and\b|but\b)[\w'’-]+\s+){0,5}?"
    r"(?:needs?|wants?|wear|wears|is looking for|outfits?|clothes)\b)"
    r"|^\s*(?:가|이|는|은)?\s*(?:입을|입는|옷|코디|선물|한테|에게|께)")


_OBJECTS = re.compile(r"\s+(?:\w+\s+){0,2}?(?:(?:will|would|is going to|gonna)\s+(?:\w+\s+)?(?:kill|freak|murder|disown|"
                      r"never let|not let)|won'?t let|wouldn'?t let|doesn'?t let|never lets)\b")


_LIKE_THEM = re.compile(r"\blike (?:my|your|his|her|someone'?s|a)\s+$"
                        # ("sitting with my dad in the ICU": the one kept company, not the one to dress)
                        r"|\b(?:with|visiting|visit|seeing|taking care of|caring for|looking after|beside)\s+(?:my\s+)?$"
                        # ("taking my wife to the symphony": the one taken out, not the one to dress)
                        r"|\b(?:taking|bringing|escorting|treating)\s+(?:my\s+)?$")


# "just bought a leather jacket", "got a new camel coat", "이번에 산 가죽자켓" / "가죽자켓 샀는데": theirs now
_BOUGHT_BEFORE = re.compile(r"\b(?:just\s+|recently\s+|finally\s+)?(?:bought|got|picked up|ordered)\s+(?:myself\s+)?"
                            r"(?:(?:a|an|this|these|the|some)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}$|(?:새로|이번에|어제|오늘)\s*산\s+(?:[\w-]+\s+){0,2}$")
_BOUGHT_AFTER = re.compile(r"\s*(?:을|를)?\s*(?:새로\s*)?(?:샀|구매했|장만했)")
_HAVE_BEFORE = re.compile(r"\bi\s+(?:already\s+|also\s+)?(?:have|own)\s+(?:a\s+|an\s+|some\s+|these\s+|my\s+)?"
                          r"(?:(?:good\s+|nice\s+)?pair\s+of\s+)?(?:[\w-]+\s+){0,3}$"
                          r"|\bi'?ve\s+(?:already\s+)?got\s+(?:a\s+|an\s+|some\s+)?(?:(?:good\s+|nice\s+)?pair\s+of\s+)?"
                          r"(?:[\w-]+\s+){0,3}$"
                          # ("패딩은 있어요 검정 롱패딩": the kind owned, then which one)
                          r"|(?:은|는|도)\s*있(?:어요|어|음|습니다|거든요)[.,!~]?\s+(?:\S+\s+){0,2}$")
# "can we build around those?", "make looks around it", "그거에 맞춰서 코디": looks asked for on a piece
_BUILT_AROUND = re.compile(r"\b(?:build|make|style|plan|base|put together|work)\b(?:\s+[\w']+){0,3}\s+around\b"
                           r"|\baround (?:it|that|those|them|this|these)\b|(?:그거|그걸|그것)에?\s*맞춰|활용해서")
# the colour a piece of that material is when none is said (a leather jacket is black, tweed is brown)
_USUAL_COLOUR_OF_KIND = {"jeans": "blue", "boots": "brown"}  # (their own, no colour said)
_USUAL_COLOUR_OF_WORD = {"trench": "beige", "트렌치": "beige", "camel": "brown", "카멜": "brown",
                         "converse": "black", "컨버스": "black", "work boots": "brown"}
# "2번에 신발 컨버스로 해도 됨? 이미 있음", "is look 2 ok with work boots? that's all I have there": the one piece
# named is theirs, said after the question
_OWNED_LATER = re.compile(r"(?:이미|벌써)\s*(?:있|갖고\s*있|가지고\s*있)|\bthat'?s all i (?:have|own|brought)\b"
                          r"|\bi already (?:have|own) (?:them|it|those|a pair)\b|\bi (?:own|have) (?:them|those|a pair) already\b")
_TOPIC_COLOUR_HAD = re.compile(r"\s*(?:은|는)\s+(\S+?)\s*(?:색|컬러)?\s*(?:으로|로)?\s*(?:하나\s*)?"
                               r"(?:있는데|있어|있음|있거든|갖고\s*있|가지고\s*있)")


def _usual_colour(text: str, piece: Match) -> str | None:
    """The colour such a piece of theirs usually is when none is said: jeans blue, boots brown, a trench beige."""
    said = text[max(0, piece.start - 8):piece.end]
    return _USUAL_COLOUR_OF_KIND.get(piece.value) \
        or next((colour for word, colour in _USUAL_COLOUR_OF_WORD.items() if word in said), None)
_USUAL_COLOUR_OF = {"leather": "black", "tweed": "brown", "suede": "brown", "corduroy": "brown", "denim": "blue"}
# "구두는 있는거 신을게요", "가방은 제꺼 들게요": the kind as the topic, then their own one worn
_OWN_ONE_WORN = re.compile(r"^\s*(?:은|는|도)?\s*(?:있는\s*(?:거|걸로|것|걸)|가진\s*(?:거|걸로|것)|갖고\s*있는\s*(?:거|걸로)"
                           r"|(?:제|내)\s*(?:꺼|거|것)|원래\s*(?:있는|신던|입던|들던)\s*(?:거|걸로))\s*(?:로\s*)?"
                           r"(?:신|입|들|할|쓸|맬|착용)")
_HAVE_AFTER = re.compile(r"^\s*(?:을|를|이|가|은|는|도)?\s*(?:하나\s*|한\s*벌\s*)?(?:있는데|있어|있음|있거든|갖고\s*있|가지고\s*있)")
_BARE_HEIGHT = re.compile(r"(?<![\d.$€£₩])(1[4-9]\d|20\d)(?![\d.])(?!\s*(?:kg|kgs|kilos?|lbs?|pounds?|킬로|키로|파운드|k\b|"
                          r"원|만원|won|dollars?|bucks|euros?|%))")
_CASUAL_FRIDAY = re.compile(r"\b(?:casual|dress[- ]down) fridays?\b|캐주얼 ?프라이데이")
_OUTING = re.compile(r"야유회|\b(?:company|office|work|team) (?:picnic|outing)s?\b")
_POSSESSIVE_S = re.compile(r"(?:'|’)?s$")
_I_WEAR = re.compile(r"\b(?:should|do|can|could|would|will|shall)\s+i\s+wear\b|\bi\s+(?:wear|need to wear|should wear)\b"
                     # ("남친 생일파티 홈파티로 하는데 뭐 입지": her clothes for his day)
                     r"|(?:뭐|뭘|무엇을|어떤 옷)\s*(?:을\s*)?입(?:지|을까|고\s*가|어야)|(?:내가|제가)\s*입을")


def _relation(text: str, match: Match) -> bool:
    """Whether a gender word is a relative's ("son", "sons", "son's")."""
    word = text[match.start:match.end]
    return word in lexicon.RELATION_WORDS or _POSSESSIVE_S.sub("", word) in lexicon.RELATION_WORDS


_THEIR_DAY_KO = re.compile(r"\s*(?:의\s*)?(?:생일|생신|졸업|결혼|환갑|칠순|팔순|돌잔치|집들이|회사\s*행사|부모님|가족|친구들"
                           r"|군대\s*면회|면회|수료식|훈련소|입대)")  # ("남친 군대 면회가요": her clothes, for his visit)


def _possessive(text: str, match: Match) -> bool:
    """"my sons graduation", "my son's wedding": whose day it is."""
    word = text[match.start:match.end]
    return word not in lexicon.RELATION_WORDS or text[match.end:match.end + 2] in ("'s", "’s") \
        or bool(_THEIR_DAY_KO.match(text, match.end))  # ("남친 생일파티", "아빠 생신": his day)


def _dressed_relative(text: str, match: Match) -> bool:
    """Whether the relative named is the one to dress ("for my mum"), not someone whose day it is."""
    return bool(_FOR_RELATIVE_BEFORE.search(text[max(0, match.start - 25):match.start])
                or _FOR_RELATIVE_AFTER.search(text[match.end:match.end + 60]))


_FOR_ME = re.compile(r"\b(?:something|anything|an outfit|a look|clothes|outfits?|looks?) for me\b(?!\s+(?:and|&|\+))"
                     r"|\bfor myself\b(?!\s+(?:and|&|\+))"
                     r"|(?:제가|내가)\s*(?:입을|입고)|제\s*(?:옷|코디)|내\s*(?:옷|코디)")
def _self_beside_a_doer(text: str, genders: list[Match], roles: list[Match], companions: list[Match]) -> str | None:
    """"My boyfriend is cooking dinner for me": the partner does something for the person, who is the one dressed,
    as their partner says (most often hers)."""
    doers = [m for m in genders if _relation(text, m) and _RELATIVE_DOES.match(text[m.end:m.end + 30])]
    if not doers or _THEY_WEAR.search(text) or any(_dressed_relative(text, m) for m in doers):
        return None
    return _own_gender(text, genders, roles, companions)


_THEY_WEAR = re.compile(r"\b(?:should|could|can|does|will|would) (?:he|she) wear\b|\b(?:he|she) (?:needs?|wants?) (?:an? )?"
                        r"(?:outfit|something|look)|\bdress (?:him|her)\b|\bfor (?:him|her)\b")
_RELATIVE_DOES = re.compile(r"\s+(?:is|was|will be|has been)\s+(?:\w+ing|taking|making|cooking|throwing|hosting)\b"
                            r"|\s+(?:cooks|hosts|throws|turns|graduates|retires|gets married|is getting married)\b")
_THEIR_RELATIVE = re.compile(r"(?<!i'm )(?<!im )(?<!am )\b(?:his|her|their)\s+$")  # (not "i'm her dad")


def _whom_dressed(text: str, genders: list[Match], roles: list[Match]) -> list[Match]:
    """The gender words that say whom the clothes are for: once the person says who they are, a relative
    counts only as the one to dress ("I'm a guy and my daughter graduates": his clothes)."""
    relative = [_relation(text, m) for m in genders]
    # ("no crop tops pls my mum will literally kill me": the one who would object, not the one to dress)
    # ("without looking like my grandma": a look to avoid, not whom to dress)
    # ("his mom is pretty conservative": someone else's relative, met, not dressed)
    genders = [m for m, rel in zip(genders, relative) if not (rel and (_OBJECTS.match(text[m.end:m.end + 40])
                                                                      or _LIKE_THEM.search(text[:m.start])
                                                                      or _THEIR_RELATIVE.search(text[:m.start])))]
    relative = [_relation(text, m) for m in genders]
    if not roles and all(relative):
        # ("my sons graduation is saturday, what should i wear": his day, their own clothes)
        # ("my daughter graduates in may ... need something for me": hers the day, theirs the clothes)
        # ("my boyfriend is cooking dinner for me": he does something, she is the one dressed)
        return [m for m in genders if not ((_possessive(text, m) and _I_WEAR.search(text) or _FOR_ME.search(text)
                                            or _RELATIVE_DOES.match(text[m.end:m.end + 30]))
                                           and not (_dressed_relative(text, m) or _THEY_WEAR.search(text)))]
    return [m for m, rel in zip(genders, relative) if not rel or _dressed_relative(text, m)]


_NIGHT_CHILL = re.compile(r"(?:밤|저녁|새벽)\S{0,3}\s*(?:\S+\s*)?(?:추|쌀쌀|서늘|쌀랑|싸늘)"
                          r"|\b(?:cold|chilly|freezing|cool|nippy)\s+(?:at night|in the evenings?|at nights|after dark|by night)\b"
                          # ("I'm camping so I need something for cold nights, can you add to look 3")
                          r"|\b(?:for|on)\s+(?:the\s+)?(?:cold|chilly|cool|freezing)\s+(?:nights?|evenings?)\b")
_DAY_HEAT = re.compile(r"\b(?:hot|boiling|scorching|sweltering|baking)\b|더워|덥|더운")
# A room's chill said beside the heat outside: the arena, the office, the air conditioning
_INDOOR_CHILL = re.compile(r"\b(?:arenas?|offices?|inside|indoors|a/?c|air ?con|aircon|air conditioning|venues?|theat(?:er|re)s?"
                           r"|cinemas?|restaurants?|stadiums?|halls?|planes?|malls?|meeting rooms?)\b|실내|에어컨|냉방|사무실|안은|안에는")
_HEAT_OUTSIDE = re.compile(r"(?<!minus )(?<!영하 )\b(?:(?:2[89]|[34]\d)\s*(?:°\s*c?|degrees?(?: c)?|deg|c\b)?|(?:[89]\d|1[01]\d)\s*"
                           r"(?:°\s*f?|degrees?(?: f)?|deg|f\b)?)\s*(?:out|outside)\b|밖은?\s*(?:더워|덥|(?:2[5-9]|[34]\d)\s*도)")
_EARLY = re.compile(r"새벽|이른\s*아침|아침\s*일찍|\bearly (?:morning|start)\b|\bat dawn\b|\b[4-7]\s*(?:am|a\.m\.)"
                    r"|(?<!오후 )(?<!오후)(?<!저녁 )(?<!저녁)(?<!\d)[4-7]\s*시(?!\s*(?:저녁|반\s*저녁|에\s*저녁))")
_IN_THE_MORNING = re.compile(r"\s+(?:in the mornings?|first thing|at dawn|early on)\b")
_AT_NIGHT = re.compile(r"\b(?:at night|nights?|evenings?|after dark|once the sun goes down)\b|밤|저녁|해 지")


def _day_heat_over_night_chill(text: str, seasons: list[Match]) -> tuple[list[Match], bool]:
    """"hot during the day, freezing at night", "낮엔 덥고 밤엔 추워요": the day's heat is the season, the night's
    chill a layer to take (True), not winter."""
    felt = [m for m in seasons if text[m.start:m.end] in lexicon.FELT_SEASON_WORDS]
    indoors = [m for m in felt if m.value in ("fall", "winter") and _INDOOR_CHILL.search(text[max(0, m.start - 40):m.end + 12])]
    if indoors and (_DAY_HEAT.search(text) or _HEAT_OUTSIDE.search(text)):
        # ("100 degrees out but the arena will be freezing", "45 outside but offices are freezing"): a cold room in
        # the heat; the heat is the season, the room's chill a layer to take
        kept = [m for m in seasons if m not in indoors]
        return kept or [Match("summer", 0, 0)], True
    # ("the gym will be freezing in the morning and hot by afternoon": a room that warms up; a layer, no season)
    morning = [m for m in felt if m.value in ("fall", "winter") and _IN_THE_MORNING.match(text, m.end)]
    if morning and _DAY_HEAT.search(text):
        return [m for m in seasons if m not in morning], True
    chill = [m for m in felt if m.value in ("fall", "winter") and _AT_NIGHT.search(text[max(0, m.start - 16):m.end + 16])]
    heat = next((h for h in _DAY_HEAT.finditer(text) if not any(c.start <= h.start() < c.end for c in chill)), None)
    if heat and not chill and _NIGHT_CHILL.search(text):  # "밤엔 추워요", "cold at night": no felt season, still a chill
        return seasons if seasons else [Match("summer", heat.start(), heat.end())], True
    early = [m for m in felt if m.value in ("fall", "winter") and _EARLY.search(text[max(0, m.start - 24):m.start])]
    if early and not heat:
        # ("새벽 7시 출발이라 추울텐데" of an October hike): the early hour's chill, a layer; the month stays
        return [m for m in seasons if m not in early], True
    if not (heat and chill):
        return seasons, False
    kept = [m for m in seasons if m not in chill]
    return kept if any(m.value == "summer" for m in kept) else [*kept, Match("summer", heat.start(), heat.end())], True


def _chilly_for_its_season(text: str, seasons: list[Match]) -> bool:
    """A spring or summer month said with a chill ("3월 새터, 아직 쌀쌀하대요", "june but it's chilly at night")."""
    felt = {m.value for m in seasons if text[m.start:m.end] in lexicon.FELT_SEASON_WORDS}
    return _named_season(text, seasons) in ("spring", "summer") and bool(felt & {"fall", "winter"})


def _named_season(text: str, seasons: list[Match]) -> str | None:
    """The season a month or a season's name says, else the one the weather words say (the last of each wins)."""
    named = [m for m in seasons if text[m.start:m.end] not in lexicon.FELT_SEASON_WORDS]
    return _first(named) or _first(seasons)


# A question, not a wish ("are they waterproof?", "will i sweat in look 3", "방수돼요?" but not "waterproof boots pls")
_ASKED = re.compile(r"\?|^\s*(?:are|is|will|would|do|does|can|could|should|how)\b|\bwhat(?:'?s| is| are)\b.{0,30}\bmade of\b"
                    r"|\b(?:are they|is it|will i|would i|will it|"
                    r"will (?:they|those|these|the)|"
                    r"would it|do they|does it|if)\b|(?:까요|나요|가요|돼요|되나|될까|는지|을까|ㄹ까|까\s*$|어떡|어쩌)")


# ("하객룩 알려주세요", "코디 추천해주세요"): looks asked for, no property
_LOOKS_WANTED = re.compile(r"룩|코디|추천|보여|골라|\bshow me\b|\bfind me\b|\bwhat should i wear\b")
# ("면 100%인지 꼭 알려주세요", "let me know if it's washable", "털 안붙는 소재로요"): a property asked as a request
_ASKED_AS_A_REQUEST = re.compile(r"알려\s*(?:주|줘)|\btell me\b|\blet me know\b|소재로|\b(?:fabric|material)s? that\b")


def _first(matches: list[Match]) -> str | None:
    """The last mention wins: "casual, no wait, minimal" means minimal."""
    return matches[-1].value if matches else None


def _colour_word_of(lowered: str, kind: Match, word: re.Match[str]) -> bool:
    """Whether a colour question word is said of the kind: "coat colour", "colour for the coat", "구두는 무슨색"."""
    topic = lowered[kind.end:word.start()].strip() in ("은", "는", "은요", "는요")  # (the kind as the topic)
    return -12 <= word.start() - kind.end <= (3 if topic else 1) or 0 <= kind.start - word.end() <= 3


def _without_cold_words(match: re.Match[str]) -> str:
    """"aircon at my office is freezing": the office stays said, the cold is the room's."""
    return _COLD_WORD.sub(_blank, match.group())


# "not look 3", "no to #2", "3번은 아니야": the look turned down in so many words
_NOT_THAT_LOOK = re.compile(r"^\s*(?:not|no|nope|no to|skip)\s+(?:look\s*|#\s*|number\s*|option\s*)\d\b"
                            r"|\d\s*번(?:은|는)?\s*(?:아니|아냐|아님|패스|빼고|제외|말고)")


# "not look 3", "drop #2", "3번은 별로고": the look turned away, named beside the one liked
_DROPPED_LOOK = re.compile(r"(?:\bnot|\bno to|\bskip|\bdrop|\bditch|\blose|\bremove|\bget rid of|\bhate|\bdon'?t like"
                           r"|\bdislike)\s+(?:the\s+)?(?:look\s*|#\s*|number\s*|option\s*)(\d)\b"
                           r"|(\d)\s*번(?:\s*(?:코디|룩|꺼|거))?(?:은|는|을|를)?\s*(?:별로|아니|아냐|아님|패스|빼|제외|싫)")


def _dropped_look(text: str, like: int | None) -> int | None:
    """The look turned away in a message that asks for more like another ("not look 3. more like look 1")."""
    hit = _DROPPED_LOOK.search(text) if like else None
    number = int(_first_group(hit)) if hit else None
    return number if number != like else None


_PUFFER_INSTEAD = re.compile(
    r"(?:코트|자켓|재킷|아우터)\s*(?:는|은)?\s*(?:말고|대신|빼고)\s*(?:롱\s*|숏\s*)?패딩"
    r"|\b(?:a |the )?(?:puffer|padded jacket|down jacket|puffa)s?\s+instead of\b"
    r"|\binstead of (?:the |a |my )?(?:coats?|jackets?),? (?:a |an |some )?(?:puffer|padded|down)\b"
    r"|\b(?:swap|switch|change) (?:the |my )?(?:coats?|jackets?) (?:for|to) (?:a |an )?(?:puffer|padded|down)\b")
_NO_HEEL_ASKED = re.compile(r"(?:구두\s*)?굽\s*(?:이|은|는)?\s*(?:없어도|없이도)\s*(?=(?:돼|되|괜찮|될까|되나))"
                            r"|굽\s*(?:없는|낮은)\s*(?:신발|구두)(?:은|는|도|을|를)?\s*(?=(?:괜찮|돼|되|될까|되나))")
_SIZE_ASKED = re.compile(r"사이즈\s*(?:는|를|가)?\s*(?:뭐|몇|어떤|어떻게)|몇\s*사이즈|\b(?:what|which)\s+size\b"
                         # ("원피스 사이즈 추천해줄수있어?": a size recommended, not looks)
                         r"|사이즈\s*(?:좀\s*)?추천|\b(?:recommend|suggest)\s+(?:me\s+)?a\s+size\b|\bsize\s+(?:recommendation|advice)")


def _dislikes_a_look(lowered: str, *said: Sequence[str]) -> bool:
    """"2번 별로", "not a fan of #3", "not look 3": a look disliked as a whole (no piece or colour named), to be
    replaced."""
    # ("drop look 2", "2번 빼줘": turned away, and another comes in its place)
    disliked = find_terms(lowered, lexicon.DISLIKE_TERMS)[0] or _NOT_THAT_LOOK.search(lowered) \
        or _DROPPED_LOOK.search(lowered)
    return bool(_target_look(lowered) and disliked and not any(said))


def _with_implied_exclusions(lowered: str, kinds: list[Match], kind_flags: list[bool], wanted_kinds: list[str],
                             avoided_kinds: list[str], topics: Sequence[str], fewer_layers: bool,
                             bare: bool = False) -> list[str]:
    """The kinds ruled out, with those the words imply and without those a trade keeps: "구두 말고 플랫슈즈로" (the
    pair swapped, shoes stay), "구두는 빼고" (pumps and flats are 구두 too), "modest" (no shorts), "still pumping"
    (no dress to take off), "덜 껴입게" (the layers off), "not a skirt person" (no dress instead; a `bare` "스커트
    제외하고요" of the looks on screen leaves their dresses be)."""
    avoided = list(avoided_kinds)
    if any(KIND_TO_SLOT.get(k) == "shoes" for k in wanted_kinds):
        avoided = [k for k in avoided if k != "shoes"]
    elif any(lowered[m.start:m.end] == "구두" for m, flag in zip(kinds, kind_flags) if flag):
        avoided += ["heels", "flats"]
    if _MODEST.search(_OFFICE_WORKER.sub(_blank, lowered)) and "shorts" not in wanted_kinds + avoided:
        avoided.append("shorts")  # (arms covered, and no shorts either)
    if "body:nursing" in topics and not {"dress", "jumpsuit"} & set(wanted_kinds + avoided):
        avoided += ["dress", "jumpsuit"]  # (separates that open at the front)
    if _SEPARATES.search(lowered) and not {"dress", "jumpsuit"} & set(wanted_kinds + avoided):
        avoided += ["dress", "jumpsuit"]  # ("그럼 저는 투피스로 다시 보여주세요": a top and a bottom, no dress)
    if fewer_layers and not avoided:
        avoided += list(KINDS_BY_SLOT["outerwear"])
    if "skirt" in avoided and "dress" not in avoided and not {"dress", "jumpsuit"} & set(wanted_kinds) \
            and (not bare or _NO_SKIRT_HABIT.search(lowered) or {"trousers", "jeans"} & set(wanted_kinds)):
        avoided.append("dress")  # (trousers, not a dress instead)
    return avoided


# ("that's too funeral given the theme", "looks like a funeral"): an event a look resembles, not one to go to
_LIKE_AN_EVENT = re.compile(r"\b(?:too much like|looks? like|feels? like|like i'?m going to|too|"
                            r"(?<!would )(?<!'d )(?<!\bi )(?<!we )(?<!you )(?<!they )like)\s+(?:a |an |the )?$")
# The dress of a place or a people, whose note says where and when it is worn ("can I wear a guayabera?")
DRESS_OF_A_PLACE = frozenset({"garment:guayabera", "garment:barong", "garment:sherwani", "garment:kilt", "garment:kimono",
                              "garment:mundu", "garment:ao-dai", "garment:half-saree", "garment:kebaya"})
# (their English words, from the notes' own terms in the lexicon)
_DRESS_WORDS = "(?:" + "|".join(sorted((re.escape(w) for t in sorted(DRESS_OF_A_PLACE) for w in lexicon.TOPIC_TERMS[t]
                                        if w.isascii()), key=len, reverse=True)) + ")"
_WEARING_IT_ANYWAY = re.compile(rf"\b(?:i will|i'll|i am going to|i'm going to|i'm|i am|we will|we'll)\s+(?:be\s+)?wear(?:ing)?\s+"
                                rf"(?:a |my |the |our )?(?:white |silk |cotton )?{_DRESS_WORDS}\b"
                                # ("the ryokan gives you a yukata", "유카타 준대요"): provided there, nothing to ask
                                rf"|\b(?:gives?|provides?|provided|lends?|supplies|supplied)\s+(?:you\s+|us\s+|guests\s+)?"
                                rf"(?:a\s+|the\s+)?{_DRESS_WORDS}\b|{_DRESS_WORDS}\s+(?:is|are)\s+(?:provided|given|included)"
                                r"|유카타(?:를|는|도)?\s*(?:주|준|줍|줘|제공|빌려)")
_HEAD_FROM_WEATHER = re.compile(r"\b(?:sun|sunny|rain|cold|wind|bald|hair loss|sunburn|heat)\b|햇볕|햇빛|자외선|탈모|추위|비\s?올")
_EVENTS_COLOUR = re.compile(r"\s*(?:colou?rs?\b|색(?!\s*(?:은|는)?\s*(?:뭐|어떤|무슨)))")
# Offices nobody works at ("post office", "box office", "the doctor's office"): errands, not work
_NOT_AN_OFFICE = re.compile(r"\b(?:post|box|ticket|doctor'?s|dentist'?s?|tourist|lost and found)\s+office\b", re.IGNORECASE)
# A golf club's rooms as the venue of another occasion ("retirement party at a golf club banquet room")
_CLUB_AS_VENUE = re.compile(r"\bgolf (?:club|course|resort)(?=\s+(?:banquet|ballroom|restaurant|dining|function|event|"
                            r"clubhouse|hall|room|lounge|bar|dinner|lunch|party|wedding|gala|reception))"
                            # ("the club has a dress code, collared shirts": a members' club's rule, no night out)
                            r"|\bthe club(?=(?:'s| has| requires| wants| says| rules?)\b[^.?!]{0,30}?"
                            r"(?:dress code|collar|members?|no denim|no jeans))", re.IGNORECASE)


def _blank_place(match: re.Match[str]) -> str:
    """The match with the words of its group that matched blanked ("work" of "work boots", "not a huge" of "not a
    huge hat"), the rest kept."""
    group = next(n for n in range(1, match.re.groups + 1) if match.group(n))
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    said = match.group()
    return said[:start] + " " * (end - start) + said[end:]


# "a bit too trendy for me", "유행 안 타는": away from the trend
_NOT_TRENDY = re.compile(r"\b(?:too|less|not (?:so |too |very )?|nothing|anything but)\s*trendy\b|\bless trend-?driven\b"
                         r"|유행\s?(?:을\s?)?(?:안|않|덜)\s?(?:타|따)|유행\s?타지\s?않|너무 유행|유행 덜")
# "lose the hats and stuff, just clothes and shoes", "옷이랑 신발만": no accessories
_CLOTHES_ONLY = re.compile(r"\b(?:just|only)\s+(?:the\s+)?(?:clothes|garments)(?:\s+and\s+(?:the\s+)?shoes)?\b"
                           r"|옷(?:이랑|하고|과)\s?신발만|옷만\s?(?:보여|해|추천|코디)")
# "gym fit", "date night fits", "fit check": an outfit in slang, no question of how a garment fits
_OUTFIT_FIT = re.compile(r"\b(?:gym|date|night|party|club|work|office|school|travel|airport|brunch|concert|festival|weekend|fall|"
                         r"autumn|winter|summer|spring|casual|comfy|cozy|cute|fire|clean|fresh|first|daily|street|lazy|fav)\s+(fits?)\b"
                         r"|\b(fit)\s+(?:check|pics?|inspo|ideas?)\b")
# "thank youuu", "sooo cute", "pleaseee": a letter held at the end of a word is said once ("tooo" is "too")
_TOO_HELD = re.compile(r"\btoo{2,}\b", re.IGNORECASE)
_HELD_LETTER = re.compile(r"([a-z])\1{2,}\b", re.IGNORECASE)


# Chat shorthand read as the words it stands for: "can u wear it w a suit", "w/ jeans", "r these ok", "ur pick"
_SHORTHAND = {"u": "you", "w": "with", "w/": "with", "r": "are", "ur": "your"}
_CHAT_SHORT = re.compile(r"(?<![\w'./-])(u(?!\s*-?\s*necks?\b)|w/|w(?=\s+(?:a|an|the|my|jeans|black|white)\b)|r(?=\s+(?:u|you|these|those|they)\b)|ur)"
                         r"(?![\w'.-])", re.IGNORECASE)


# Korean typed in haste: a key next to the right one ("흰색은 뺴고요" for 빼고: a colour left out, not wished for)
_KO_SLIPS = str.maketrans({"뺴": "빼", "뺘": "빼"})


def _unstretched(text: str) -> str:
    text = _CHAT_SHORT.sub(lambda m: _SHORTHAND[m.group(1).lower()], text.translate(_KO_SLIPS))
    return _HELD_LETTER.sub(r"\1", _TOO_HELD.sub("too", text))


_WHATS_IN = re.compile(r"\b(?:what|which)\s+(?:[a-z]+\s+){0,2}(?:are|is)\s+in\s+(?:this\s+(?:fall|autumn|winter|spring|"
                       r"summer|season|year)|right now|rn)\b")
_WASH_COLOUR = {"연청": "blue", "중청": "blue", "진청": "navy", "흑청": "black"}  # the Korean words for a denim's wash


# The colours without hue, said as one word ("무채색 위주로", "greyscale only"): black, grey and white
# "leather's gonna get wrecked in the rain", "스웨이드는 비 맞으면 망가져요": a fabric the day would spoil
_SPOILED_AFTER = re.compile(r"^(?:'s|s|’s)?\s*(?:is|are|will|would|gonna|going to|get|gets)?\s*(?:\w+\s+){0,2}?"
                            r"(?:wrecked|ruined|ruin|soaked|get wet|stain|stained)\b|^\S*\s*(?:\S+\s*){0,2}(?:망가|젖|얼룩)")
_ACHROMATIC = re.compile(r"무채색|\bachromatic\b|\bgr[ae]yscale\b", re.IGNORECASE)
# A tone said as one word: its colours ("베이지톤": beige, white and brown)
# "a good pair of dark jeans", "my dark wash jeans": their jeans, in a dark indigo, which the catalogue files as navy
# (not "are dark jeans fine?", a question of any dark pair)
_DARK_DENIM = re.compile(r"\b(?:my|pair of|have|got|own)\s+(?:(?:good|nice|old|favourite|favorite)\s+)?"
                         r"dark(?:[- ]wash)?(?=\s+(?:denim|jeans)\b)", re.IGNORECASE)
_TONES = ((re.compile(r"베이지\s?톤|\bbeige[- ]tones?\b|\bbeige[- ]toned\b", re.IGNORECASE), "beige white brown"),
          # "love jewel tones", "보석 같은 색": emerald, sapphire, ruby, amethyst
          (re.compile(r"\bjewel[- ]?(?:tones?|toned|colou?rs)\b|보석\s?(?:톤|색|컬러)", re.IGNORECASE), "green blue red purple"))


def extract(text: str) -> Understanding:
    """Read preferences, mentioned garment kinds and intents from one message."""
    # ("구두 굽 없어도 괜찮을까요?": flat shoes asked about, not shoes and heels ruled out)
    original = _NO_HEEL_ASKED.sub("플랫슈즈 신어도 ", _unstretched(text.strip()))
    original = _BARE_PICK.sub(lambda m: f"{m.group(1)}look {m.group(2)}" if m.group(2) else f"{m.group(3)}look {m.group(4)}",
                              original)  # ("2 then, but the top not grey": look 2, taken)
    original = _BARE_NUMBER_OPENS.sub(r"\1look \2", original)
    original = _TRAILING_OFF.sub(r"\1 ", original)  # ("make it less... club?": the pause is no break)
    original = _ACHROMATIC.sub("블랙 그레이 화이트", original)  # "무채색 위주로": its three colours, the palette kept
    original = _DARK_DENIM.sub(lambda m: re.sub(r"dark(?:[- ]wash)?", "navy", m.group(), flags=re.IGNORECASE), original)
    for tone, colours in _TONES:  # "베이지톤으로 바꿔줘", "earth tones": the colours of the tone, kept to
        original = tone.sub(colours, original)
    # (the partner's people before the event's owner: "남친 누나 결혼식" is his sister's wedding, and she wears neither)
    lowered = _COLLEAGUE.sub(_blank, _EVENT_OWNER.sub(_blank, _PARTNERS_PEOPLE.sub(_blank, _NOISE.sub(_blank, _LOOKS_LIKE.sub(
        _blank, _INDOOR_COLD.sub(_without_cold_words, original.lower()))))))
    lowered = _PARTY_DRESSED.sub(lambda m: "wedding".ljust(len(m.group())), lowered)  # (the wedding it says, kept)
    # ("nothing that makes me a target like a loud print or a weird hat": what follows "like" is ruled out)
    lowered = _NOTHING_LIKE.sub(lambda m: "no".rjust(len(m.group())), lowered)
    lowered = _OR_NO_SAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), lowered)  # "socks or no socks?" rules nothing out
    lowered = _PART_OF_MONTH.sub(r"\1 ", lowered)  # "mid-april" is april
    lowered = _KIND_THEN_COLOUR.sub(_colour_first, lowered)  # "코트 색 카멜 말고": the camel coat, as "카멜 코트 말고"
    lowered = _NOT_THE_OCCASION.sub(_blank_place, lowered)  # "work boots", "can't wear them at work": no occasion said
    # ("not a huge hat, something small": a hat, a smaller one)
    lowered = _OUTFIT_FIT.sub(_blank_place, lowered)  # "gym fit", "date night fits": outfits, no question of fit
    lowered = _CLUB_AS_VENUE.sub(_blank, lowered)  # "a party at a golf club banquet room": no round of golf
    lowered = _NOT_AN_OFFICE.sub(_blank, lowered)  # "errands: target, coffee, post office": no day at the office
    lowered = _SMALLER_ONE.sub(_blank_place, lowered)  # "work boots", "can't wear them at work": no occasion said
    if not _AS_THE_ROOM.search(lowered):
        lowered = _OTHERS_WEAR.sub(_blank, lowered)  # "다들 후드티 입는 회사": their clothes, not a wish
    lowered = _HABIT_WEAR.sub(_blank, lowered) if not _USUAL_SIZE.search(lowered) else lowered
    lowered = _RACE_DAY.sub(lambda m: "races".ljust(len(m.group())), lowered)  # "a derby party" wants no derby shoes
    # ("going to watch the derby at the pub": a match watched, no watch and no derby shoes)
    lowered = _WATCHING.sub(lambda m: "the game".ljust(len(m.group())), lowered)
    lowered = _AS_A_ROLE.sub(_blank, lowered)  # "no leggings as pants": the leggings refused, not trousers
    events, masked = find_terms(_INDOOR_HEAT.sub(_blank, _USUAL_SIZE.sub(_blank, _NAMES_NO_GARMENT.sub(_blank, lowered))),
                                lexicon.EVENT_TERMS)  # "black tie" is no tie; "평소 M 입어" no everyday
    # ("look 1 is too much like a funeral": a look compared to an event, not the event dressed for)
    events = [m for m in events if not _LIKE_AN_EVENT.search(lowered[max(0, m.start - 16):m.start])]
    # ("흰색은 장례식 색이라 설에는 입지 말래요", "white is a funeral colour there": a colour's meaning, not the event)
    events = [m for m in events if not _EVENTS_COLOUR.match(lowered, m.end)]
    tones, masked = find_terms(masked, lexicon.TONE_TERMS)  # "lighter colours" is no "lighter" (cooler)
    masked = _COLOUR_LOOKS_HEAVY.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)  # (black looks heavy: not cooler)
    followups, masked = find_terms(_PACK_LIGHT.sub(_blank, masked), lexicon.FOLLOWUP_TERMS)
    dances, masked = find_terms(masked, lexicon.DANCE_TERMS)
    # ("my workwear": no style; "business casual" is the office's code, a shirt and chinos, not the casual style)
    styles, masked = find_terms(_CASUAL_OF_BUSINESS.sub(_blank, _CLOTHES_FOR_WORK.sub(_blank, masked)), lexicon.STYLE_TERMS)
    compounds, masked = find_terms(masked, lexicon.COMPOUND_TERMS)  # "니트 원피스는 제외": knit dresses only
    # ("long sleeves, ankle length": arms covered, asked of every top; not a long-sleeve tee)
    # ("40 regular jacket, 34 waist": the size worn, no jacket wished for)
    kinds, masked = find_terms(_MENS_SIZING.sub(_blank, _SLEEVES_ASKED.sub(_blank, masked)),
                               lexicon.KIND_TERMS)  # before occasions: "운동화" is not "운동"
    occasions, masked = find_terms(_WORK_VERB.sub("    ", masked), lexicon.OCCASION_TERMS)
    occasions = sorted([m for m in occasions if not _occasion_denied(lowered, m)] + dances, key=lambda m: m.start)
    # "사무실 에어컨 고장나서 너무 더워요 출근룩", "졸업식 코디 엄청 추워요": with a request, the heat or the cold is
    # the day's weather (its season), no follow-up on looks
    facts = [m for m in followups if occasions and lowered[m.start:m.end] in _WEATHER_FACTS.get(m.value, ())]
    followups = [m for m in followups if m not in facts]
    felt_season = next((_WEATHER_FACT_SEASON[m.value] for m in facts), None)
    for skin in _TAN_SKIN.finditer(lowered):  # ("someone with a tan": skin, not brown; read before kinds blank "coat")
        masked = masked[:skin.start()] + " " * (skin.end() - skin.start()) + masked[skin.end():]
    colours, masked = find_terms(_NOT_A_COLOUR.sub(_blank, masked), lexicon.COLOR_TERMS)
    # ("연청 와이드 데님": light-wash jeans, the wash their colour)
    colours = sorted(colours + [Match(_WASH_COLOUR[lowered[m.start:m.end]], m.start, m.end) for m in kinds
                                if lowered[m.start:m.end] in _WASH_COLOUR], key=lambda m: m.start)
    for chill in _WHAT_IF_COLD.finditer(masked):  # ("what if it gets cold on the water?" in August: a layer, still August)
        masked = masked[:chill.start()] + " " * (chill.end() - chill.start()) + masked[chill.end():]
        followups.append(Match("warmer", chill.start(), chill.end()))
    seasons, masked = find_terms(masked, lexicon.SEASON_TERMS)
    seasons, night_chill = _day_heat_over_night_chill(lowered, seasons)
    holidays = find_terms(lowered, lexicon.HOLIDAY_SEASON_TERMS)[0]
    if holidays and seasons and all(lowered[m.start:m.end] in lexicon.MILD_WEATHER_WORDS for m in seasons):
        # ("벚꽃 보러 가는데 저녁엔 쌀쌀하대": cherry-blossom time, with a chilly evening)
        seasons = sorted(seasons + holidays, key=lambda m: m.start)
    seasons = seasons or [Match("spring", m.start(), m.end()) for m in _MONTH_MAY.finditer(lowered)] or holidays
    by_month = _by_month_only(lowered, seasons)
    seasons = _months_south_of_the_equator(lowered, seasons)
    beach, _ = find_terms(lowered, lexicon.BEACH_TERMS)  # "바다" is also a trip: read it on the whole text
    beach = [m for m in beach if not lowered.startswith("색", m.end)]  # "바다색 셔츠": a colour, not a place
    # (a hot place left behind is no climate to dress for: "moving from chennai to toronto in january")
    tropical = bool([m for m in find_terms(lowered, lexicon.TROPICAL_TERMS)[0]
                     if not re.search(r"\bfrom\s*$", lowered[max(0, m.start - 8):m.start])
                     and not lowered.startswith("에서", m.end)]
                    or find_terms(lowered, lexicon.SUMMER_EVENT_TERMS)[0])
    subtropical = bool([m for m in find_terms(lowered, lexicon.SUBTROPICAL_TERMS)[0]
                        if not re.search(r"\bfrom\s*$", lowered[max(0, m.start - 8):m.start])
                        and not lowered.startswith("에서", m.end)])
    hot_half = bool(find_terms(lowered, lexicon.HOT_HALF_MONTHS)[0] or _MONTH_MAY.search(lowered))
    tropical = tropical or subtropical and hot_half  # ("taipei in may": summer there)
    fits, _ = find_terms(lowered, lexicon.FIT_TERMS)  # "와이드 슬랙스": a cut of the trousers named
    roles = find_terms(lowered, lexicon.ROLE_TERMS)[0]  # ("시댁" is the occasion's word too: read on the whole text)
    companions, masked = find_terms(masked, lexicon.COMPANION_TERMS)
    genders, masked = find_terms(masked, lexicon.GENDER_TERMS)
    partners, named_parents = _partners_parents(original.lower())
    genders = [m for m in genders if not any(a <= m.start < b for a, b in named_parents)]
    # ("great, thanks man", "cheers dude": the person addressed, no wearer said)
    genders = [m for m in genders if not _ADDRESSED.search(lowered[max(0, m.start - 12):m.end + 2])]
    # ("grandpa said collared shirts", "my mom thinks…": who said it, not who is dressed)
    genders = [m for m in genders if not (_SPEAKS_AFTER.match(lowered, m.end) and lowered[m.start:m.end] in _RELATIVES)]
    slots, masked = find_terms(masked, lexicon.SLOT_TERMS)
    intents, _ = find_terms(_SIZE_RULES.sub(_blank, lowered), lexicon.INTENT_TERMS)
    if _DRESS_BETTER.search(original.lower()) or _OUTFIT_FIT.search(original.lower()):
        intents.append(Match("outfit", 0, 0))  # "help me dress better lol", "need a date night fit": looks
    if _FITS_ME_ASKED.search(lowered):  # "2번 니트 M이면 맞을까?", "3번 코트는 나한테 너무 크지 않을까": a size asked
        intents.append(Match("size", 0, 0))
    if _NOT_TRENDY.search(lowered):  # "a bit too trendy for me", "유행 안 타는": away from the trend, not a report on it
        intents = [m for m in intents if m.value != "trend"]
    # the size worn, and what to buy or whether another fits ("평소에 44 입는데 S면 크려나"): a size question
    if _USUAL_SIZE.search(lowered) and (_WHICH_TO_BUY.search(lowered) or _FITS_ASKED.search(lowered)):
        intents.append(Match("size", 0, 0))
    # ("허리 30이면 바지 사이즈 뭐 입어야 돼요?": "뭐 입어" asks the size to wear, not for looks)
    for asked in _SIZE_ASKED.finditer(lowered):
        intents = [m for m in intents if not (m.value == "outfit" and asked.start() <= m.start <= asked.end() + 16)]
    if _WHATS_IN.search(lowered):  # "what jackets are in this fall?", "which colours are in right now"
        intents.append(Match("trend", 0, 0))
    # "are skinny jeans still in?", "are puffer jackets still in?", "are these dated?" of a photo: a trend question
    if (fits or kinds or _POINTS_AT_IT.search(lowered)) and not _DATED_OPINION.search(lowered):
        intents += find_terms(lowered, lexicon.IN_OR_OUT_TERMS)[0]
    questions, _ = find_terms(_PRACTICAL_ASKED.sub(_blank, lowered), lexicon.QUESTION_TERMS)
    # "what shoes with a navy suit": what goes with it (a garment asked for, not "what to wear for a wedding")
    if not questions and (hit := _WHAT_WITH.search(lowered)) and _names_a_garment(hit.group(1)):
        questions = [Match("pairing", hit.start(), hit.end())]
    if not questions and (hit := _WHAT_WITH_KO.search(lowered)) and _names_a_garment(hit.group(2)) \
            and (_names_a_garment(hit.group(1)) or hit.group(1) in _SUIT_KO):
        questions = [Match("pairing", hit.start(), hit.end())]
    colour_flags, kind_flags, pieces = _pieces(lowered, colours, kinds, slots)
    colour_flags, pieces = _suit_colours(lowered, colours, colour_flags, pieces)
    # "no gold, I only wear silver": gold ruled out is the gold feature (chains/exclusions.py), not every metal
    not_gold = [(m, f) for m, f in zip(colours, colour_flags) if not (f and lowered[m.start:m.end] in _GOLD_WORDS)]
    colours, colour_flags = [m for m, _ in not_gold], [f for _, f in not_gold]
    # ("she loves purple but not bright purple, more like plum or lavender": a shade of a colour wished, turned down)
    plainly = {m.value for m, f in zip(colours, colour_flags) if not f}
    colour_flags = [f and not (m.value in plainly and _LOUD_SHADE_BEFORE.search(lowered[max(0, m.start - 12):m.start]))
                    for m, f in zip(colours, colour_flags)]
    wanted, avoided = (tuple(values) for values in _split_negated(*_kept(colours, colour_flags)))
    # "I don't own a black suit": a colour they lack is no colour ruled out
    avoided = tuple(c for c in avoided if not any(m.value == c and (_NOT_OWNED.search(lowered[max(0, m.start - 24):m.start])
                                                                    or _NOT_OWNED_AFTER.match(lowered[m.end:]))
                                                 and not _HATED_AFTER.match(lowered[m.end:]) for m in colours))
    coloured_part = None  # ("anything but black for the puffer": the puffer named only to say which black)
    if avoided and (part := _FOR_THE_PART.search(lowered)) and not kinds:
        # "anything but beige for the top": the top's colour, not every beige piece
        pieces = [*pieces, *(f"{_PART_WORDS[part.group(1)]}:{c}" for c in avoided)]
        avoided = ()
    elif avoided and (named := next((m for m in kinds if _FOR_THE_KIND.search(lowered[max(0, m.start - 14):m.start])), None)):
        # "anything but black for the puffer": the puffer's colour, not every black piece
        pieces = [*pieces, *(f"{named.value}:{c}" for c in avoided)]
        avoided, coloured_part = (), named.value
    if _OTHER_COLOURS.search(lowered) and (worn := _always_worn(original.lower())):
        # "걔 맨날 검정만 입어 ㅋㅋ 다른 색으로": the colour always worn is the one to leave
        wanted, avoided = tuple(c for c in wanted if c not in worn), tuple(dict.fromkeys(avoided + worn))
    swapped = _swapped_piece(lowered, kinds, slots, followups)
    if swapped and wanted and avoided:
        # "#1 but brown shoes instead of black": the black shoes go, not every black piece ("no black anywhere,
        # navy shoes instead of black" keeps the black out everywhere)
        of_the_piece = _said_instead(lowered, colours, colour_flags) if _INSTEAD.search(lowered) else set(avoided)
        pieces = pieces + [ruled_out_piece(swapped, c) for c in avoided if c in of_the_piece]
        avoided = tuple(c for c in avoided if c not in of_the_piece)
    if swapped and len(wanted) == 2 and not avoided \
            and (recoloured := _recoloured(lowered, colours, kinds)):
        # "회색 니트를 네이비로 바꿔줘", "change the grey sweater to navy": that piece, from one colour to the other
        old, new = recoloured
        pieces, wanted = pieces + [ruled_out_piece(swapped, old)], (new,)
    if than := _MORE_THAN.search(lowered):  # "more purple than pink": purple; "분홍보다 보라": 보라
        before = than.group() == "than"
        wanted = tuple(m.value for m in colours if (m.start < than.start()) == before and m.value in wanted) or wanted
    # "these green cords", "이 머스타드 니트": the colour said of the named piece (the photographed one's, on a photo)
    # ("this bright yellow cropped top": a part of a look named, the photo's, where no kind is)
    photo_named = _named_of_photo(lowered, kinds, KIND_TO_SLOT)  # (the photo's kind, or its part of a look)
    photo_part = _named_of_photo(lowered, slots, (*GARMENT_SLOTS, "shoes"))  # ("these are my only decent shoes")
    # (the first piece not ruled out: "no white sneakers pls, ive got brown suede desert boots": the boots)
    plain = [m for m, flag in zip(kinds, kind_flags) if flag is False]
    # ("패딩은 집에 검정 롱패딩 있어요": the piece named as the topic, then with its colour)
    topic = plain[:1] and re.match(r"\s*(?:은|는)\s", lowered[plain[0].end:])
    named = (topic and [m for m in plain if any(0 <= m.start - c.end <= 16 for c in colours)][:1]) or plain[:1] \
        or kinds[:1] or [m for m in slots[:1] if m is photo_part]
    piece_colour = next((c.value for k in named for c in reversed(colours) if 0 <= k.start - c.end <= 16), None)
    first = next((m for m in named if m in kinds), kinds[0] if kinds else None)
    before_piece = lowered[max(0, first.start - 40):first.start] if first else ""
    bought = bool(first and (_BOUGHT_BEFORE.search(before_piece) or _BOUGHT_AFTER.match(lowered[first.end:])))
    # "이 청치마": denim is blue ("청자켓 말고": a denim piece ruled out, no colour)
    if not colours and _DENIM_PIECE.search(lowered) and not any(kind_flags) and not compounds:
        wanted, piece_colour = ("blue",), "blue"
    # "what coat colour goes with cobalt?", "어울리는 코트 색은?": the piece whose colour is being chosen
    colour_asked_of = next((k.value for k in kinds for w in _COLOUR_WORD.finditer(lowered)
                            if _colour_word_of(lowered, k, w)), None) \
        or (_SLOT_KIND.get(slots[0].value) if slots and not kinds and _COLOUR_WORD.search(lowered) else None)
    # (the first garment's material; "swap the jacket for a leather jacket" names one garment twice)
    said_material = next((lexicon.MATERIAL_WORDS[hit.group(1)] for k in kinds
                          if k.value == kinds[0].value and (hit := _MATERIAL.search(lowered[max(0, k.start - 14):k.start])
                              or _MATERIAL_IN.match(lowered[k.start:k.end]))), None)  # ("코듀로이 바지", "cords")
    if kinds and said_material is None and (one := _MATERIAL_ONE.search(lowered)):
        said_material = lexicon.MATERIAL_WORDS[one.group(1)]  # "switch the jacket to a leather one"
    # "just bought a leather jacket": theirs, and black, as leather jackets are unless said otherwise (no wish
    # for black pieces besides)
    # ("i already have white sneakers, use those", "검정 롱패딩 있는데 그거에 맞춰서", "I have a navy blazer, can u make
    # me 3 looks?", "I have black trousers already, can we build around those?": theirs too, where looks are asked
    # for; "갈색 코듀로이 바지 있는데 뭐랑 입어요?" is a question about such a piece, answered as one)
    # ("흰 운동화 있는데 3번이랑 어울려요?": theirs, asked beside one look)
    worn_own = next((m for m in kinds if _OWN_ONE_WORN.match(lowered[m.end:])), None)  # ("구두는 있는거 신을게요")
    has_it = bool(kinds and (not _ASKS_WHICH.search(lowered) or _LOOKS_ASKED.search(lowered)
                             or _BUILT_AROUND.search(lowered) or _BESIDE_A_LOOK.search(lowered)
                             or _WEAR_IT_ASKED.search(lowered) or _OWNED_LATER.search(lowered))
                  and (_HAVE_BEFORE.search(before_piece) or _HAVE_AFTER.match(lowered[first.end:])
                       or bool(_TOPIC_COLOUR_HAD.match(lowered[first.end:])) or worn_own is not None
                       or len({k.value for k in kinds}) == 1 and bool(_OWNED_LATER.search(lowered))))
    if has_it and piece_colour is None and worn_own is not None:
        # ("구두는 있는거 신을게요 검정 스트레이트팁": the colour of their own pair, said after)
        after = re.split(r"[.?!,]|(?:은|는)\s", lowered[worn_own.end:])[0]  # ("... 바지는 네이비로": the trousers')
        had_colour = find_terms(after, lexicon.COLOR_TERMS)[0]
        piece_colour = had_colour[0].value if had_colour else None
    # ("코트는 카멜 있어요": the kind as the topic, then the colour of the one they have)
    if has_it and piece_colour is None and (had := _TOPIC_COLOUR_HAD.match(lowered[first.end:])):
        had_colour = find_terms(had.group(1), lexicon.COLOR_TERMS)[0]
        piece_colour = had_colour[0].value if had_colour else None
    # ("I have a tweed jacket already, make looks around it": theirs in the colour such a piece usually is (a
    # leather jacket black, tweed brown), where no colour is said)
    colour_by_material = (bought or has_it) and piece_colour is None and not any(kind_flags) \
        and said_material in _USUAL_COLOUR_OF
    piece_colour = _USUAL_COLOUR_OF[said_material] if colour_by_material else piece_colour
    # ("I'll do 1 but with my own jeans instead": their jeans, blue as jeans are unless said otherwise; "I already
    # have hiking boots": brown, as boots mostly are)
    usual = _usual_colour(lowered, first) if first is not None else None
    if piece_colour is None and usual and not any(kind_flags) and (_MINE_BEFORE.search(before_piece) or bought or has_it):
        piece_colour, colour_by_material = usual, True
    # ("dark brown lace-up boots, that's the only pair of boots i own")
    only_own = bool(first and _ONLY_ONES_OWNED.search(lowered[first.end:]))
    owns_named = bool(kinds and piece_colour and (_MINE_BEFORE.search(before_piece) or bought or has_it or only_own))
    # "오버핏 코트 사려는데": a piece sold in that cut (not "would an XL be oversized?", a fit wished for)
    cut_of_piece = next((f.value for f in fits for k in kinds if 0 <= k.start - f.end <= 1), None)
    kinds = [_puffer_if(m, lowered, flag) for m, flag in zip(kinds, kind_flags, strict=True)]
    # "코트 말고 패딩으로", "a puffer instead of the coat": the layer traded for a warmer, padded one (the
    # coat is no kind ruled out: a puffer is the catalogue's warmest coat)
    puffer_trade = _PUFFER_INSTEAD.search(lowered) is not None
    if puffer_trade:
        kept = [(m, f) for m, f in zip(kinds, kind_flags, strict=True)
                if m.value != "puffer" and KIND_TO_SLOT.get(m.value) != "outerwear"]
        kinds, kind_flags = [m for m, _ in kept], [f for _, f in kept]
    # "울 니트는 까슬거려서 싫어요": the wool is what is ruled out, not every knit
    # (on the words as said: "semi formal" is noise to the rest of the reading, not to the notes)
    # (the longest words said first: "a midi dress under a long coat" is about the coat over it, then the midi)
    topics = tuple(dict.fromkeys(m.value for m in sorted(find_terms(original.lower(), lexicon.TOPIC_TERMS)[0],
                                                         key=lambda m: m.start - m.end)))
    # ("not look like I'm in gym clothes": no question of going straight from the gym)
    topics = tuple(t for t in topics if t != "activity:straight-from" or not re.search(_NOT_GYM_CLOTHES, original.lower()))
    # an event's own notes ("wear colour" at a memorial) only where the message names that event
    topics = tuple(t for t in topics if not t.startswith("event:") or t.split(":")[1] == _first(events))
    if "work:first-day" in topics:  # ("첫 출근합니다 정장 입어야 되나요": the office's custom, not an interview's)
        topics = tuple(t for t in topics if t != "interview:suit")
    # ("without a tux, I'm not renting one": no black-tie looks; what a dark suit does instead, said)
    tux_refused = [m for m, flag in zip(events, _negation_flags(lowered, events))
                   if flag and m.value == "black_tie" and _TUX_WORD.search(lowered[m.start:m.end])]
    if tux_refused:
        events = [m for m in events if m not in tux_refused]
        topics = tuple(dict.fromkeys([*topics, "event:black_tie:optional"]))
    if _WEARING_IT_ANYWAY.search(lowered):  # ("for the dip I will wear dhoti. but ... very cold no?"): settled, not asked
        topics = tuple(t for t in topics if t not in DRESS_OF_A_PLACE)
    if "ceremony:head-cover" in topics and _HEAD_FROM_WEATHER.search(lowered):  # ("a hat to cover my head from the sun")
        topics = tuple(t for t in topics if t != "ceremony:head-cover")
    given = bool(_GIVEN_PIECE.search(lowered))  # ("단체 티는 주는데": the tee is not what they ask how to wear)
    if given:
        topics = tuple(t for t in topics if not t.startswith("garment:"))
    if _TAN_SKIN.search(original.lower()) and "colours:skin" not in topics:  # "what suits someone with a tan?"
        topics += ("colours:skin",)
    felt = _feel(lowered, topics)  # (read once: the kinds below and the understanding share it)
    if "shoes:slip-resistant" in topics:  # a kitchen floor: slip-resistant work shoes (its note), not boots
        felt = replace(felt, grip=False)
    tone_asked = bool(_TONE_ASKED.search(lowered))  # "밝은 색 입어도 돼요?": answered, the looks kept
    # ("3월인데 아직 쌀쌀하대요": spring, with the arms covered; but "super hot during the day but cold at night" is
    # bare arms by day and the night's layer to carry)
    if night_chill and not _DAY_HEAT.search(lowered) or _chilly_for_its_season(lowered, seasons):
        felt = replace(felt, covered=True)
    tight_out = [m for m, no in zip(fits, _negation_flags(lowered, fits)) if no and m.value == "slim"]
    if tight_out:  # "스키니진 싫어", "no skinny jeans": nothing tight, not a wish for the cut
        fits = [m for m in fits if m not in tight_out]
        # ("I don't wear skinny jeans": the cut is out, jeans of another cut are not)
        cut_of = [0 <= m.start - t.end <= 1 for m in kinds for t in tight_out[:1]]
        kinds, kind_flags = [m for m, c in zip(kinds, cut_of) if not c], [f for f, c in zip(kind_flags, cut_of) if not c]
        felt = felt if fits else replace(felt, relaxed=True)  # ("와이드로, 스키니 말고": the wide cut says it)
    if {"leather", "suede"} & set(felt.fabrics_out):  # "no suede obviously": nothing to say about caring for suede
        topics = tuple(t for t in topics if t != "shoes:suede")
    kinds, kind_flags = _not_of_a_fabric_ruled_out(lowered, kinds, kind_flags, felt)
    wanted_kinds, avoided_kinds = _split_kinds(*_kept(kinds, kind_flags))
    if other := _OTHER_OF_A_PART.search(lowered):  # "코트 색 다른거 없어요?": another coat asked for, none ruled out
        named_other = [m.value for m in kinds if other.start() <= m.start < other.end()]
        avoided_kinds = [k for k in avoided_kinds if k not in named_other]
        wanted_kinds += [k for k in named_other if k not in wanted_kinds]
    # (a suit turned down for an interview, a funeral or a court date asks for smart separates, no step down)
    suit_refused = bool(find_terms(lowered, lexicon.SUIT_REFUSED_TERMS)[0]) and not events \
        and not {m.value for m in occasions} & STAYS_SMART
    if cut_step := _trouser_trade(lowered):  # "슬랙스 말고 면바지로": still trousers, a step less (or more) formal
        avoided_kinds = [k for k in avoided_kinds if k != "trousers"]
        wanted_kinds = list(dict.fromkeys([*wanted_kinds, "trousers"]))
    if suit_refused and felt.comfort or _SUIT_LIKE.search(lowered):
        # "양복 말고 편한 걸로", "너무 정장같아요": no blazer either (a step less formal drops the tie)
        avoided_kinds = list(dict.fromkeys([*avoided_kinds, "blazer"]))
    if _SHARPER.search(lowered):  # "everyone lives in hoodies, but I'd like to look sharper": theirs, not a wish
        wanted_kinds = [k for k in wanted_kinds if not any(
            m.value == k and _SAID_OF_OTHERS.search(lowered[max(0, m.start - 40):m.start]) for m in kinds)]
    fewer_layers = bool(find_terms(lowered, lexicon.FEWER_LAYER_TERMS)[0])
    avoided_kinds = _with_implied_exclusions(lowered, kinds, kind_flags, wanted_kinds, avoided_kinds, topics, fewer_layers,
                                             bare=not (occasions or genders or styles or seasons))
    features, _ = find_terms(lowered, lexicon.FEATURE_TERMS)
    # ("no graphic tees": the tees' graphics, not every printed piece)
    features = [m for m in features if not any(c.start <= m.start < c.end for c in compounds)]
    # ("like #2 but with flats", "2번처럼 근데 플랫슈즈로": #2 with that piece changed, not more looks like it)
    # ("more like look 3 but without the hoodie": more looks like it, none with a hoodie; not look 3 changed)
    like_but_a_piece = bool((slots or kinds) and _like_look(lowered) and _BUT_A_PIECE.search(lowered)
                            and not _MORE_LIKE.search(lowered))
    # ("2번이랑 비슷한데 색만 네이비로", "like #2, just the colour in navy": #2 in that colour, not more looks like it)
    like_recoloured = bool(_like_look(lowered) and _COLOUR_ONLY.search(lowered)
                           and find_terms(lowered, lexicon.COLOR_TERMS)[0])
    feature_flags = _negation_flags(lowered, features)
    avoided_kinds += [m.value for m, flag in zip(features, feature_flags) if flag]
    # "I want something sparkly", "반짝이는 옷": jewellery and a bag that catch the light (not "no sequins")
    sparkle_wished = any(m.value == "sparkle" and not flag and not _OWN_PIECE_BEFORE.search(lowered[max(0, m.start - 8):m.start])
                         for m, flag in zip(features, feature_flags))
    if "gold" in avoided_kinds:  # "no gold jewellery, I only wear silver": gold pieces go, silver jewellery stays
        pieces = [p for p in pieces if not p.endswith(":metallic")]
    compound_flags = _negation_flags(lowered, compounds)
    avoided_kinds += [m.value for m, flag in zip(compounds, compound_flags) if flag]
    wanted_kinds += [lexicon.COMPOUND_KINDS[m.value] for m, flag in zip(compounds, compound_flags)
                     if not flag and lexicon.COMPOUND_KINDS[m.value] not in wanted_kinds]
    if any(m.value == "denim_jacket" and not flag for m, flag in zip(compounds, compound_flags)):
        said_material = said_material or "denim"  # "a denim jacket look": a jacket, in denim
    denim = next((m for m, flag in zip(compounds, compound_flags) if m.value == "denim_jacket" and not flag), None)
    if denim and not owns_named and piece_colour is None and not kinds \
            and _HAVE_BEFORE.search(lowered[max(0, denim.start - 40):denim.start]):
        # ("I own a light denim jacket, would that be too casual with it?": theirs, blue as denim is)
        owns_named, piece_colour, colour_by_material = True, "blue", True
    avoided_kinds += pieces
    if ANY_PANTS.search(lowered):  # "검정 바지 말고", "no black pants": black jeans are such pants too
        avoided_kinds += [k.replace("trousers", "jeans", 1) for k in avoided_kinds if k.split(":")[0] == "trousers"
                          and k.replace("trousers", "jeans", 1) not in avoided_kinds]
    if traded := _traded_kind(lowered, kinds, kind_flags, followups):  # "1번 바지 청바지로": jeans for the trousers
        old, new = traded
        avoided_kinds = [k for k in dict.fromkeys([*avoided_kinds, old]) if k != new]
        wanted_kinds = [k for k in wanted_kinds if k != old]
    # "1번 아우터 없이", "no layer": every kind of layer; "no accessories", "just clothes and shoes": every accessory
    # (a bag is carried, not worn: "no accessories" keeps it, "just clothes and shoes" does not)
    # ("목걸이 같은 액세서리 빼줘": the accessory named is what goes)
    named = {KIND_TO_SLOT.get(k) for k in avoided_kinds}
    bare = {m.value for m, flag in zip(slots, _negation_flags(lowered, slots))
            if flag and m.value in ("outerwear", "accessory") and m.value not in named}
    clothes_only = bool(_CLOTHES_ONLY.search(lowered))
    avoided_kinds += [k for slot in sorted(bare | ({"accessory"} if clothes_only else set())) for k in KINDS_BY_SLOT[slot]
                      if k not in avoided_kinds and (k != "bag" or clothes_only)]
    # ("i'm 5'11 so maxis are usually too short on me": a tall person's fact, no wish to trade dresses for trousers)
    lengths = find_terms(_NO_LONGER.sub(_blank, lowered), lexicon.LONGER_TERMS)[0]  # ("no longer fits": not longer)
    longer = bool(lengths) and not _TALL_FACT.search(lowered)
    # ("a floor-length gown", "ankle length skirt please": the length is the garment's, which stays)
    longer = longer and not ({m.value for m in lengths} == {"full_length"} and {"skirt", "dress"} & set(wanted_kinds))
    # ("knee length or longer, and I really don't wear trousers": the skirts and dresses stay, length unchecked)
    longer = longer and not {"trousers", "jeans"} & set(avoided_kinds)
    # ("치마는 짧은거 말고 무릎 정도로", "no mini skirts, knee length please": skirts wished at a length, which stay)
    knee_length = bool(_KNEE_LENGTH.search(lowered)) and bool({"skirt", "dress"} & {*avoided_kinds, *wanted_kinds}) \
        and not _TALL_FACT.search(lowered)
    if knee_length:
        avoided_kinds = [k for k in avoided_kinds if k not in ("skirt", "dress")]
        longer = False
    if longer:  # "longer skirt pls, the knee is too short": no length is
        # recorded, so the skirt (or dress) gives way to trousers, which cover the knee for sure
        # ("dont want knees showing" names none: no skirt, dress or shorts can promise it)
        avoided_kinds += [k for k in ("skirt", "dress") if k in wanted_kinds or not wanted_kinds] \
            + (["shorts"] if not wanted_kinds else [])
        wanted_kinds = [k for k in wanted_kinds if k not in ("skirt", "dress")]
    # "2번 신발 운동화로", "what colour scarf would go with #1?": that piece on that look (added if it has none)
    # ("what coat can go over it?" with no number: that piece on every look)
    # ("하의는 뭐가 어울려요?": a part of the look named, asked what goes there)
    question = "choice" if _a_choice(lowered, wanted_kinds) else _question(
        lowered, questions, bool(wanted_kinds or avoided_kinds or wanted or avoided or slots),
        len(set(wanted_kinds)) or len(set(wanted)))  # ("네이비 자켓은 괜찮을까요?": one piece, its colour said)
    # ("are sequins too much for a work party?": leave asked for one bold piece, named or a feature of one)
    # ("green cords, is burgundy too much?" asks whether two colours go together)
    suit_said = bool(find_terms(lowered, lexicon.SUIT_TERMS)[0])  # "정장은 너무 과한가요?": a suit is the piece
    # ("is a tie too stuffy?": its "stuffy" says less formal, and the piece is what is weighed)
    stuffy = {m.value for m in followups} == {"less_formal"} and "?" in lowered and bool(_STUFFY.search(lowered)) \
        and not _CHANGE_ASKED.search(lowered)
    too_much = bool(_TOO_MUCH.search(lowered) and (wanted_kinds or features or suit_said or _POINTS_AT_IT.search(lowered) and _ASKED.search(lowered))
                    and (not followups or stuffy) and len(wanted) < 2)
    # ("do I need a hat?": leave asked the other way round, the piece's place at the occasion)
    asks_need = bool(_NEEDED.search(lowered) and wanted_kinds and not topics and not too_much)
    # ("I have black trousers already, what else do I need?": the rest of the look around theirs, no yes or no)
    asks_need = asks_need and not _WHAT_ELSE.search(lowered) and not _WHICH_TO_WEAR_KO.search(lowered)
    question = "yesno" if (too_much or asks_need) and question in (None, "pairing") else question
    # ("회색 슬랙스에 갈색 구두vs검정 구두 뭐가 나아?": which of two colours for one piece goes with another)
    if question is None and len(set(wanted)) >= 3 and len(set(wanted_kinds)) >= 2 and _CHOICE.search(lowered):
        question = "pairing"
    if question is None and suit_said and wanted_kinds and _WHAT_TO_WEAR.search(lowered) \
            and _suit_colour_said(lowered, colours):
        question = "pairing"  # "wearing my navy suit to a wedding, what shirt and tie should I wear?": with the suit
    if question == "yesno" and _INSTEAD.search(lowered):  # "is navy ok instead of black?" asks; black stays allowed
        avoided = ()
    # ("골프 라운딩 가요 드레스코드 있나요?": the occasion's dress code asked; its note answers)
    question = question or ("definition" if _DRESS_CODE_ASKED.search(original.lower()) else None)
    if question == "definition" and (_WHAT_ONE_WEARS.search(lowered) or _CLIMATE_ASKED.search(lowered)):
        question = None  # ("lol what does one even wear to that": the looks asked for, no word to define; "what's
        # the weather like in Jeju?" asks the weather there, chains/climate.py)
    if given and question == "howto" and not topics:  # "단체 티는 주는데 하의랑 신발은 어떻게 입어야 할지": the looks
        question = None
    if question == "definition" and wanted_kinds and _target_look(lowered):
        question = "pairing"  # "which colour clutch with look 1?": the piece that goes with that look
    if question != "pairing":  # ("want to wear a saree but im not good at draping, anything else?": no saree's shoes)
        topics = tuple(t for t in topics if t != "garment:saree")
    # ("2번 바지 기장은 어떻게 해야 다리 길어보여?" asks how to wear look 2's trousers: no piece put on it)
    # ("치마 한개 넣어줘", "one look with a skirt": one of the looks on screen gets it, not all of them)
    just_one = bool(wanted_kinds and _JUST_ONE.search(lowered) and not _target_look(lowered))
    moved = _moved_piece(lowered) if slots or kinds else None  # "1번에 2번 신발로": (2, 1)
    # (an accessory: a layer asked for too is "layer", a top or a coat "too" asks for another look)
    adds_piece = bool(wanted_kinds and all(KIND_TO_SLOT.get(k) == "accessory" for k in wanted_kinds)
                      and _ADD_TOO.search(lowered) and not followups and not avoided_kinds)
    puts_piece_on_look = bool(wanted_kinds and not followups
                              and (_target_look(lowered) or _OVER_IT.search(lowered) or just_one or adds_piece)
                              and not _EXPLICIT_LIKE.search(lowered) and question not in ("fit", "howto", "tuck")
                              # ("would the trainers from look 2 be ok on astroturf?": the look's own pair asked about)
                              and not ((question == "yesno" or _TOO_SAID.search(lowered)) and _ITS_OWN_PIECE.search(lowered))
                              and not (_asked_of_its_own_piece(lowered, wanted_kinds, intents) and not moved))
    height, weight = _body(lowered)
    if height is None and weight is None and (fits or genders or any(m.value == "size" for m in intents)):
        height, weight = _bare_body(lowered)
    if height is None and weight is not None and (bare := _BARE_HEIGHT.search(lowered)):
        height = float(bare.group(1))  # ("hes 185 and about 90kg": the weight says it, the height is bare)
    letter_choice = names_two_sizes(lowered)  # ("이 니트 55면 S야 M이야?": a size question)
    # ("I usually wear M in tshirts if that helps", said to the size question: the size they wear)
    asked_size, usual_size = _sizes(lowered) if any(m.value == "size" for m in intents) or fits or letter_choice \
        or _USUAL_SIZE.search(lowered) else (None, None)
    about = _pairing_about(lowered, kinds, wanted_kinds) if question == "pairing" else tuple(wanted_kinds)
    if "mini" in avoided_kinds:  # "skip the mini skirt": one to leave out, no question of lengths
        topics = tuple(t for t in topics if t != "length:skirt")
    if "turtleneck" in avoided_kinds and not question:  # "no turtlenecks i hate them": no note on wearing one
        topics = tuple(t for t in topics if t != "garment:turtleneck")
    kind_values = tuple(dict.fromkeys(k for k in about + tuple(wanted_kinds) if k != coloured_part))  # what it is about first
    if _INDOOR_COLD.search(original) and not any(KIND_TO_SLOT.get(k) == "outerwear" for k in (*kind_values, *avoided_kinds)) \
            and "men" not in {m.value for m in genders}:
        # "에어컨 너무 세서 추운데": a cardigan to put on indoors, whatever the season (his layer is the jacket)
        kind_values += ("cardigan",)
    if felt.sleeved:  # "반팔 말고 긴팔로": any top with long sleeves (a sweatshirt too), not the long-sleeve tee alone
        kind_values = tuple(k for k in kind_values if k != "longsleeve")
    if felt and kind_values == ("shoes",) and _SHOES_SAID_OF.search(lowered):
        kind_values = ()  # "구두는 굽 낮은 걸로": the shoes worn, made lower; no wish for a kind
    snow = bool(find_terms(lowered, lexicon.SNOW_TERMS)[0])
    cold = (bool(find_terms(lowered, lexicon.COLD_TERMS)[0] or snow) or (celsius_said(lowered) or 99.0) <= 0.0) and not night_chill
    preferences = Preferences(
        # ("meeting his dad properly. I'm 26 f": who they are, said of themselves, over the people named)
        # ("my gf wants me to dress better": he is the one to dress, as his partner wishes)
        gender=(_own_gender(lowered, genders, roles, companions) if _ME_TO_DRESS.search(lowered) else None)
        or _self_relation(original.lower())
        or (None if any(_relation(lowered, m) and _dressed_relative(lowered, m) for m in genders)
            else _self_gender(original.lower()))  # ("I'm a woman, what should my husband wear": his)
        # ("저 28 남 여자친구 생일 선물로 니트": his profile said, the gift's wearer dressed)
        or _first(roles) or (_age_gender(lowered)[1] if _SELF_AGE.search(lowered) and "선물" not in original else None)
        or _first(_whom_dressed(lowered, genders, roles)) or _first(companions) or partners
        or _self_beside_a_doer(lowered, genders, roles, companions)
        or _BARE_GENDER.get(lowered.strip(" .!"))
        or (_BARE_GENDER[lone.group(1)] if (lone := _LONE_GENDER_LETTER.search(lowered)) else None)
        or (None if _WEATHER_WORD.search(lowered) and _FAHRENHEIT_LIKE.search(lowered) and not _PERSON_SAID.search(lowered)
            else _age_gender(lowered)[1])
        or _height_gender(lowered)
        or ("men" if _MENS_SIZING.search(lowered) and not _PERSON_SAID.search(lowered) else None)
        # ("4 months postpartum and breastfeeding", "임신 중이라"): said of herself, with no one else named
        or ("women" if {"body:nursing", "body:pregnancy"} & set(topics) else None),
        # "hiking this weekend": the weekend says when, the hike what for
        # ("black-tie gala": a black-tie evening, not any party)
        occasion=_on_the_beach(_with_black_tie(_occasion(occasions, lowered), events, lowered, question), beach,
                               asks_looks=bool(occasions or kinds or styles or intents), text=lowered)
        or ("work" if _CASUAL_FRIDAY.search(lowered) else None)  # (its "casual" is the style's word)
        # "men's smart casual look" with no occasion: its own code, chinos and a shirt, not a sweatshirt
        or ("smart_casual" if _SMART_CASUAL.search(lowered) and not question else None),
        style=_first(_said_plainly(lowered, styles)),  # "not too streetwear" chooses no street
        # ("다낭 12월", "워터밤": hot whatever the month said)
        season=(_weather_season(lowered) or "summer") if tropical else _named_season(lowered, seasons) or _weather_season(lowered)
        # ("부산 바닷가라 바람이 많이 분대요": a windy shore in its own month, not a summer beach)
        or ("summer" if beach and (occasions or kinds or styles or intents or _trip_to_the_beach(beach))
            and not _WIND_OR_CHILL.search(lowered) else None)
        or ("winter" if find_terms(lowered, lexicon.COLD_TERMS)[0] and not night_chill else None)  # "it's freezing"
        or felt_season  # "너무 더워요" with a request
        # ("punk show, gets super hot and sweaty": summer-weight pieces whatever the month)
        or ("summer" if occasions and not followups and _hot(lowered) and not find_terms(lowered, lexicon.COLD_TERMS)[0]
            else None),
        colors=wanted,
        avoid_colors=avoided,
        budget_max=parse_budget(lowered),
        kinds=kind_values,
        piece_colours=_colours_of_pieces(colours, wanted, kinds, slots),
        shades=tuple(dict.fromkeys(f"{c.value}:{lowered[c.start:c.end]}" for c in colours
                                   if c.value in wanted and lowered[c.start:c.end] != c.value)),
    )
    heard = Understanding(
        language=detect_language(original),
        text=text.strip(),
        preferences=preferences,
        kinds=kind_values,
        # ("I already have a camel coat, build the looks around that": around their coat, not a trend)
        intents=frozenset(m.value for m in intents if not (m.value == "trend" and owns_named
                                                           and _BUILT_AROUND.search(lowered)))
        | ({"size"} if _BETWEEN_SIZES.search(lowered) or _CHEST.search(lowered) or _NECK.search(lowered) else set())
        | ({"ack"} if _bare_ack(lowered) else set())
        | ({"size"} if asked_size and letter_choice else set())
        # ("just one", "한 개만" alone: that many looks of the same brief)
        | ({"outfit"} if not intents and is_bare_count(lowered) else set()),
        # "like #1 but in another colour" adds looks like #1: no swap of the looks on screen
        # ("do I really need a different coat?" asks, it swaps nothing)
        followups=frozenset(m.value for m in followups if not (m.value == "swap" and _like_look(lowered)
                                                                and _EXPLICIT_LIKE.search(lowered))
                            and not (m.value == "swap" and asks_need)
                            # ("1번 신발 스니커즈 괜찮나요? 너무 캐주얼해보이려나": a worry asked with the kind, no wish)
                            and not (m.value in ("more_formal", "less_formal") and question == "yesno" and wanted_kinds
                                     and _target_look(lowered)))
        | ({"swap"} if like_but_a_piece else set())
        | ({"swap"} if _OTHER_PIECE_FOR_LOOK.search(lowered) and slots and not kinds else set())
        | ({"swap"} if puts_piece_on_look else set())
        # ("what shoes go w that, flats preferably": the looks' shoes, in the kind they lean to)
        | ({"swap"} if wanted_kinds and slots and _LEANING.search(lowered) and _WHICH_OF_A_PART.search(lowered)
           and {KIND_TO_SLOT.get(k) for k in wanted_kinds} <= {m.value for m in slots} else set())
        # ("can I wear look 2 with brown shoes?": look 2 in them, or why not)
        | ({"swap"} if question == "yesno" and _target_look(lowered) and slots and wanted and not kinds else set())
        | ({"less_formal"} if any(m.value == "plainer" for m in followups) or suit_refused else set())
        | ({"swap", "more_formal"} if cut_step > 0 else {"swap"} if cut_step < 0 else set())
        # ("this sequin top, what do i pair it with?": their own shiny piece, no wish for more shine)
        | ({"sparkle"} if sparkle_wished and not question and not kind_values else set())
        | ({"layer"} if _LAYER_TOO.search(lowered) and not (followups or occasions or styles) else set())
        # ("근데 에어컨 때문에 사무실은 또 추움" of the looks on screen: something to put on indoors)
        | ({"layer"} if _INDOOR_COLD.search(original) and not (followups or occasions or styles or intents) else set())
        | ({"swap"} if slots and _OTHER_OF_A_PART.search(lowered) else set())
        | ({"swap"} if _dislikes_a_look(lowered, kind_values, avoided_kinds, wanted, avoided) else set())
        # (a new brief that trades one kind for another starts over: "출근룩 치마 말고 바지로")
        | ({"swap"} if traded_slot(wanted_kinds, avoided_kinds) and not (occasions or styles or genders) else set())
        | ({"swap"} if puffer_trade else set())
        # ("2번 하의 와이드 말고 일자로": a cut said of one look's part trades that part)
        | ({"swap"} if fits and (slots and _target_look(lowered) or kinds and _PART_RECUT.search(lowered)) else set()),
        puts_piece_on_look=puts_piece_on_look,
        slots=(partner,) if (partner := _partner_swapped(lowered, kinds, slots)) else
        tuple(dict.fromkeys([m.value for m in slots] + [slot_of_excluded(k) for k in kind_values + tuple(avoided_kinds)]
                            + ["outerwear"] * puffer_trade)),
        avoid_kinds=tuple(avoided_kinds),
        # "swap the shoes on #2" changes #2; "another like #2" adds looks like it
        about_kinds=about,
        # "#2 in navy" changes #2; "more like #2", "another #2" add looks like it
        like_look=(like := (_like_look(lowered) if (_EXPLICIT_LIKE.search(lowered) or any(  # not "#1 more formal"
            m.value == "more" for m in find_terms(masked, lexicon.INTENT_TERMS)[0]))
            and not (like_but_a_piece or like_recoloured) else None) or _one_more_like(lowered)),
        # ("like #2 but with flats", "2번처럼 근데 플랫슈즈로": #2 with that piece changed)
        target_look=None if like else ((moved[1] if moved else None) or _target_look(lowered) or _like_look(lowered)
                                       or (1 if just_one else None)),
        from_look=moved[0] if moved and not like else None,
        dropped_look=_dropped_look(lowered, like),
        earlier_set=_earlier_set(lowered),
        shown_again=_shown_again(lowered),
        own_gender=_self_relation(original.lower()) or _own_gender(lowered, genders, roles, companions),
        for_self=bool(_FOR_SELF.search(lowered)),
        partner=partner_asked(lowered),
        looks_named=_looks_named(lowered),
        couple=bool(find_terms(lowered, _COUPLE)[0] or _DRESSING_TWO.search(lowered)),
        corrects_colour=bool(_COLOUR_CORRECTION.search(lowered)),
        names_the_photo=bool(kind_values and _NAMES_THE_PHOTO.search(lowered)),
        height_cm=height,
        weight_kg=weight,
        build="slim" if "body:slim" in topics else "full" if _FULL_BUILD.search(lowered) else None,
        # ("아우터는 뭐가 좋아? 빨강이랑 안 싸우는 색으로": which colour goes with red, asked)
        # ("바지 색은 뭐가 좋아?" of the garment shown: which colour goes with it)
        question=question or ("pairing" if colour_asked_of and _ASKS_WHICH.search(lowered)
                              and (wanted or KIND_TO_SLOT.get(colour_asked_of) in (*GARMENT_SLOTS, "shoes")) else None),
        event=_first(events),
        fit=_first([m for m in fits if not _fit_refused(lowered, m)]),
        cut_of_piece=cut_of_piece,
        over_it=bool(_OVER_IT.search(lowered)),
        # ("바람 엄청 분다던데 뭐 입어야 돼요" of the looks on screen: a layer against the wind over each)
        throws_on=bool(_THROWS_ON.search(lowered) or _WIND_SAID.search(lowered) and _WEAR_ASKED.search(lowered)
                       and not kind_values and not occasions),
        piece_colour=piece_colour if piece_colour in wanted or colour_by_material else None,
        owns_named=owns_named and (piece_colour in wanted or colour_by_material) and not photo_named,
        mine_said=bool(first and _MINE_BEFORE.search(before_piece)) and not photo_named,
        that_said=bool(first and _THAT_ONE_BEFORE.search(before_piece)) and not photo_named,
        colour_asked_of=colour_asked_of,
        material=said_material,
        rain=any(q.value == "rain" for q in questions),
        cold=cold,
        snow=snow,
        slopes=bool(find_terms(lowered, lexicon.SLOPE_TERMS)[0])
        and not (_NO_SKIING.search(lowered) and not _DOES_SKI.search(lowered)),
        evening=night_chill or _temperature_swing(lowered) or bool(_CHANGEABLE_WEATHER.search(lowered)),
        wants_puffer=puffer_trade,
        bitter=cold and _bitter(lowered),
        hot=not cold and (tropical or _hot(lowered)),
        no_suit=bool(find_terms(lowered, lexicon.NO_SUIT_TERMS)[0] or _NO_SUIT_OWNED.search(lowered))
        and not _SUIT_OWNED.search(lowered),  # ("검정 정장은 없고 네이비 정장은 있어요": a suit to wear)
        owns_suit=bool(_SUIT_OWNED.search(lowered)),
        owns_none=bool(_OWNS_NONE.search(lowered)),
        too_much=too_much,
        compared_looks=_compared_looks(lowered),
        points_at_it=bool(_POINTS_AT_IT.search(lowered)),
        asks_need=asks_need,
        # ("그건 옷이랑 상관없나": whether it matters, asked; no shrug)
        shrug=bool(find_terms(lowered, lexicon.SHRUG_TERMS)[0]) and not _MATTERS_ASKED.search(lowered),
        picks_for_me=bool(_PICK_ONE.search(lowered)),
        longer=longer,
        knee_length=knee_length,
        subtropical=subtropical,
        hot_half=hot_half,
        southern=bool(_southern_places(lowered)),
        season_by_month=by_month,
        place=(place := place_named(text)) and place.key, month=month_named(text),
        climate_asked=_CLIMATE_ASKED.search(lowered) is not None,
        fewer_layers=fewer_layers,
        # ("부츠 말고 로퍼로": the loafers wanted, the boots ruled out; "no loafers" wants no cut)
        cut="chino" if cut_step < 0 else _first(_said_plainly(lowered, find_terms(lowered, lexicon.NAMED_CUT_TERMS)[0])),
        count=_count(lowered),
        # ("its an office lol", "봄이에요" say no colour or garment: nothing about the photo)
        says_what_it_is=bool(_SAYS_WHAT_IT_IS.search(lowered)) and bool(wanted or kind_values),
        age=_age(lowered),
        asks_about_look=bool(_ASKS_ABOUT.search(lowered)) and not _ASKS_FOR.search(lowered)
        and not ("?" not in lowered and _SAID_TOO.search(lowered) and not _ASKING_FIRST.match(lowered)),
        shoe_cuts=tuple(shoe_cuts_said(lowered)),
        asks_walkable=bool(_WALKABLE.search(lowered) and _ASKS_ABOUT.search(lowered)) and not followups,
        asks_where_to_buy=bool(_WHERE_TO_BUY.search(lowered)),
        # ("would an XL be oversized on me?" asks about a size too)
        size_said=asked_size,
        size_usual=usual_size,
        size_between=_size_between(lowered),
        chest_cm=_chest_cm(lowered),
        waist_cm=_waist_cm(lowered) or (_waist_cm(original.lower()) if _HABITUAL_WAIST.search(original.lower()) else None),
        neck_cm=_neck_cm(lowered),
        asks_to_see=bool(_SHOW_ME.search(lowered)),
        asks_why=bool(_WHY.search(lowered)),
        feel=replace(felt, tone=None if tone_asked else (
            _tone(lowered, tones) or ("quiet" if find_terms(lowered, _QUIET)[0] else None) or felt.tone
            or ("colourful" if find_terms(lowered, lexicon.PHOTO_TERMS)[0] else None)),
                     # ("우리 가족 드레스코드 베이지랑 화이트": the family's colours, every piece kept to them; "dress code" is
                     # blanked from `lowered` so it reads as no dress)
                     palette=tuple(wanted) if wanted and (find_terms(lowered, lexicon.PALETTE_TERMS)[0]
                                                          or _DRESS_CODE_WORDS.search(original.lower()) and not kind_values
                                                          or len(wanted) > 1
                                                          and not kind_values and _LOOKS_IN.search(lowered)) else ()),
        asks_which=bool(_ASKS_WHICH.search(lowered)) and not _CHANGE_ASKED.search(lowered),
        topics=topics,
        asks_warm=bool(find_terms(lowered, lexicon.WARM_ENOUGH_TERMS)[0] or _COLD_LATER.search(lowered) and _ASKS_ABOUT.search(lowered)
                       # ("look 2 is gorgeous!! but it might get windy up there": that look, against the wind)
                       or _WIND_SAID.search(lowered) and _target_look(lowered) and not followups),
        asks_property=_first(find_terms(_POCKET_SQUARE.sub(_blank, lowered), lexicon.PROPERTY_TERMS)[0])
        if _ASKED.search(lowered) or _ASKED_AS_A_REQUEST.search(lowered) and not _LOOKS_WANTED.search(lowered) else None,
        photo_kind=_photo_kind(lowered, kinds, photo_named),
        adds_piece=adds_piece,
        photo_slot=photo_part.value if photo_part else None,
        # ("what colours go with it?" of a photo is a pairing: colours for that piece, not the occasion's)
        asks_colours=tone_asked or bool(_ASKS_COLOURS.search(lowered)) and not (
            wanted or avoided or kind_values or colour_asked_of or _PAIRING_CUE.search(lowered)),
        photo_pattern=_photo_pattern(lowered, photo_named or photo_part),
        rough_ground=bool(_ROUGH_GROUND.search(lowered)),
        outdoors=bool(_OUTDOORS.search(lowered)),
        floor_seating=bool(_FLOOR_SEATING.search(lowered)),
        shoes_off=bool(_SHOES_OFF.search(lowered)),
    )
    return _as_asked(heard, lowered)


_POCKET_SQUARE = re.compile(r"pocket\s*squares?|포켓\s*스퀘어|포켓치프")  # (a handkerchief, no pockets asked about)


# A change asked in so many words beside a question ("swap the boots, are they waterproof?" asks for other boots)
CHANGE_SAID = re.compile(r"\b(?:swap|change|replace|switch|instead|different|another|other|softer)\b|부드러운\s*(?:걸로|거로|거)|바꿔|바꾸|교체|다른|대신")


# "등산복 말고요 너무 아저씨 같아서", "no hiking gear", "not gym clothes": sportswear turned down, a step up from it
_GEAR_TURNED_DOWN = re.compile(r"(?:등산복|운동복|트레이닝복|츄리닝)\s*(?:은|는|같은\s*거|처럼)?\s*(?:말고|빼고|싫|아니고|별로|안\s*입)"
                               r"|\b(?:no|not|without|nothing)\s+(?:\w+\s+)?(?:hiking|gym|athletic|workout|technical)\s+"
                               r"(?:gear|clothes|stuff|wear)\b", re.IGNORECASE)


# "i don't want to look like i came from a board meeting but also not slobby": a step down from the office
_TOO_CORPORATE = re.compile(r"\b(?:look|feel)(?:s|ing)?\s+like\s+(?:i|i'?m|im|i am)\s+(?:just\s+)?(?:came|come|coming|going|heading)"
                            r"\s+(?:from|to|out of)\s+(?:an?\s+|the\s+|my\s+)?(?:board\s*meeting|business meeting|meeting|office"
                            r"|work|job interview|interview|court|bank)\b|\btoo (?:corporate|business-?y|office-?y|suited)\b",
                            re.IGNORECASE)


def _a_step_from_the_office(heard: Understanding) -> Understanding:
    """Not like the office, not sloppy either: a step down from the looks' formality (smart casual)."""
    # (said with the occasion, "parent teacher night, dont want to look like im going to a board meeting", it is how
    # the first looks are to be, which the occasion's own dress code already is)
    if not _TOO_CORPORATE.search(heard.text) or heard.followups & {"more_formal", "less_formal"} \
            or heard.preferences.occasion:
        return heard
    return replace(heard, followups=heard.followups | {"less_formal"})


_SUIT_TOO_MUCH = re.compile(r"(?:정장|수트|양복)(?:은|까지는|까진)\s*(?:좀\s*|너무\s*)?과한\s*(?:것\s*같|듯)"
                            r"|\ba suit (?:is|feels|seems)[^.?!]{0,12}(?:too much|overkill)(?!\s*\?)", re.IGNORECASE)


def _jacket_of_a_suit(heard: Understanding) -> Understanding:
    """"정장은 좀 과한 것 같고 자켓 정도만 입으면 될까요?": a step down from a suit, the jacket being the looks' own."""
    if "jacket" not in heard.kinds or not _SUIT_TOO_MUCH.search(heard.text):
        return heard
    # (a step down from the suit: the tie comes off the looks, their blazers stay; no other jacket wished for)
    kinds = tuple(k for k in heard.kinds if k != "jacket")
    return replace(heard, kinds=kinds, about_kinds=tuple(k for k in heard.about_kinds if k != "jacket"),
                   slots=tuple(s for s in heard.slots if s != "outerwear"), followups=heard.followups | {"less_formal"},
                   preferences=replace(heard.preferences, kinds=tuple(k for k in heard.preferences.kinds if k != "jacket")))


# "ok that one. for the little celebration drinks after can i just add something to it": the look kept, a touch added
_ADD_SOMETHING = re.compile(r"\b(?:add|put on|throw on)\s+(?:just\s+)?(?:something|a little something|a piece|one thing)"
                            r"(?:\s+(?:to|on)\s+(?:it|that|this))?\b|\bdress (?:it|this|that) up\b"
                            r"|(?:뭐\s*)?(?:하나\s*)?(?:더해서|추가해서|더하면|포인트\s*(?:하나|만))", re.IGNORECASE)


def _touch_for_later(heard: Understanding) -> Understanding:
    """A look picked, and "something added" for a later part of the day (drinks after): the picked look with a
    piece that catches the light, not new looks for the drinks."""
    if heard.kinds or not (says_a_pick(heard.text) and _ADD_SOMETHING.search(heard.text)):
        return heard
    return replace(heard, followups=frozenset({"sparkle"}), adds_piece=True, intents=heard.intents - {"outfit", "ack"},
                   preferences=replace(heard.preferences, occasion=None))


# "I like color but not neon": colour wished, only the loudest kept out (not quiet neutrals)
_LIKES_COLOUR = re.compile(r"\bi (?:like|love|want|prefer) (?:some )?colou?r|\blove colou?rs?\b|색감\s*(?:있는\s*거\s*)?좋아|컬러풀한\s*거\s*좋아", re.IGNORECASE)


def _colour_liked(heard: Understanding) -> Understanding:
    if heard.feel.tone != "quiet" or not _LIKES_COLOUR.search(heard.text):
        return heard
    return replace(heard, feel=replace(heard.feel, tone="colourful"))


# "can the shoes be something I can sit in all day", "could the top be a bit looser": that part changed as said
_PART_BE_SOMETHING = re.compile(r"\b(?:can|could|should)\s+(?:the|its|my|their)\s+[\w-]+(?:\s+in\s+(?:look\s*)?#?\d)?\s+be\s+"
                                r"(?:something|a bit|a little|more|less|slightly)\b", re.IGNORECASE)


def _part_made_otherwise(heard: Understanding) -> Understanding:
    """A part of a look asked to "be something" else: a swap of that part (with the feel the message says)."""
    if not (heard.slots or heard.kinds) or "swap" in heard.followups or not _PART_BE_SOMETHING.search(heard.text):
        return heard
    return replace(heard, followups=heard.followups | {"swap"}, intents=heard.intents - {"outfit"})


# "the theme colors are blush and gold so guests are asked NOT to wear pink": the hosts' colours, no wish for them
_THEME_COLOURS = re.compile(r"\btheme colou?rs? (?:are|is)\b[^.?!]*?(?=\bso\b|[.?!,]|$)|테마\s*(?:색|컬러)[^.?!]*?(?:이래요|래요|예요|이에요)",
                            re.IGNORECASE)


def _swap_says_the_step(heard: Understanding) -> Understanding:
    """"would a cardigan be better than the jacket so it feels less formal?": the cardigan in the jacket's place is the
    step asked for (not the whole look made less formal, which a dressed occasion may refuse)."""
    step = heard.followups & {"less_formal", "more_formal"}
    swapped = {KIND_TO_SLOT.get(k) for k in heard.kinds} & {KIND_TO_SLOT.get(k.split(":")[0]) for k in heard.avoid_kinds}
    if not (step and swapped and "swap" in heard.followups):
        return heard
    return replace(heard, followups=heard.followups - step)


def _a_second_outfit(heard: Understanding) -> Understanding:
    """"could I get a second outfit to change into, something edgier": one more look beside those on screen."""
    if not _A_SECOND_ONE.search(heard.text):
        return heard
    return replace(heard, intents=heard.intents | {"more"}, count=heard.count or 1)


def _theme_colours_kept(heard: Understanding) -> Understanding:
    """Colours said as an event's theme are the event's: not wished on the guest (unless asked to wear them)."""
    said = _THEME_COLOURS.search(heard.text)
    if said is None or _NOT_THOSE.search(heard.text.lower()) or re.search(r"\bwear (?:the )?theme|테마\s*(?:색|컬러)(?:으로|로)\s*(?:입|맞춰)", heard.text, re.IGNORECASE):
        return heard
    theirs = {m.value for m in find_terms(said.group().lower(), lexicon.COLOR_TERMS)[0]}
    p = heard.preferences
    return replace(heard, preferences=replace(p, colors=tuple(c for c in p.colors if c not in theirs)),
                   feel=replace(heard.feel, palette=tuple(c for c in heard.feel.palette if c not in theirs)))


def _gear_turned_down(heard: Understanding) -> Understanding:
    """Sportswear turned down: away from it, a step up (not the hike or the gym as the occasion)."""
    if not _GEAR_TURNED_DOWN.search(heard.text):
        return heard
    return replace(heard, followups=heard.followups | {"more_formal"})


# "me and my husband... start with him, he's a 44 regular jacket": whose looks come first
_WHOM_FIRST = re.compile(r"\b(?:start|begin)\s+with\s+(him|her)\b|\b(?:do|dress)\s+(him|her)\s+first\b"
                         r"|(남편|아내|와이프|남친|여친)\s*(?:것|거|꺼)(?:부터|먼저)", re.IGNORECASE)
_FIRST_GENDER = {"him": "men", "her": "women", "남편": "men", "남친": "men", "아내": "women", "와이프": "women", "여친": "women"}


def _colour_of_a_touch(heard: Understanding) -> Understanding:
    """"1번 수트 좋은데 타이 색은 뭐가 좋아요?", "what colour belt with look 2?": the colour that touch wants on that
    look, by the rules (chains/finishing.py), not a piece put on it."""
    # (socks asked of a look are put on it, the pair in its trousers' colour: "그럼 2번으로 하고 양말색 뭐가 좋을까")
    if heard.colour_asked_of not in ("tie", "belt") or not heard.asks_which or heard.preferences.colors:
        return heard
    return replace(heard, puts_piece_on_look=False, adds_piece=False, intents=heard.intents - {"ack"},
                   followups=heard.followups - {"swap"})


# "first PTA meeting as a dad, all the other parents are moms": who they are, said so (the others are only met)
_AS_A_PARENT = re.compile(r"\bas (?:a|the)\s+(?:new\s+)?(dad|father|mom|mum|mother|guy|man|woman|girl)\b", re.IGNORECASE)
_PARENT_GENDER = {"dad": "men", "father": "men", "guy": "men", "man": "men",
                  "mom": "women", "mum": "women", "mother": "women", "woman": "women", "girl": "women"}


# "딸 결혼식 혼주인데 양복 뭐 입어야 하는지요": a man's suit asked of for the person to wear (양복 is his, 정장 anyone's)
_HIS_SUIT = re.compile(r"양복\s*(?:은|을|를)?\s*(?:뭐|뭘|어떤|무슨|어떻게)\s*(?:\S+\s*)?입")


# ("딸 유치원 입학식에 아빠 혼자가요 와이프 출장ㅠ 39남"): the parent who goes, dressed (the daughter and the wife named
# beside are not)
_PARENT_GOES_KO = re.compile(r"(?P<who>아빠|엄마)\s*(?:혼자|만)\s*(?:가|참석)|(?P<is>아빠|엄마)(?:인데|예요|이에요|입니다)")


# ("남친이 한남동 레스토랑 예약했다고 예쁘게 입고 오래요"): the partner acts, the one who writes is dressed
_PARTNER_ACTS_KO = re.compile(r"(?:남친|남자\s?친구|남편|여친|여자\s?친구|와이프|아내)(?:이|가)\s[^.?!]{0,40}?"
                              r"(?:예약|입고\s*오래|입고\s*오라|데려|데리고|초대|가자고|하자고|부르"
                              # ("남편이 시민권 선서식 하는데 … 같이 가요": his day, and the one who writes goes along)
                              r"|(?:하는데|한대서|한다고|해서)[^.?!]{0,30}?(?:같이|함께|따라)\s*(?:가|참석))"
                              # ("My boyfriend got us ringside seats … what do I wear"): his treat, her clothes
                              r"|\bmy (?:boyfriend|bf|husband|girlfriend|gf|wife|partner|fianc[eé]e?) (?:got|bought|booked|"
                              r"invited|surprised|is taking|took) (?:us|me)\b", re.IGNORECASE)
_FOR_THEM_KO = re.compile(r"선물|사\s?주|입힐|입혀|골라\s?주|옷\s*(?:좀|을)?\s*(?:골라|추천)|코디\s*(?:해\s*주|추천)"
                          r"|\b(?:should|does|can|could|would|will) (?:he|she) wear\b|\bfor (?:him|her)\b"
                          r"|\b(?:his|her) (?:outfit|look|clothes)", re.IGNORECASE)


def _as_who_they_are(heard: Understanding) -> Understanding:
    if heard.own_gender and heard.preferences.gender and heard.own_gender != heard.preferences.gender \
            and _PARTNER_ACTS_KO.search(heard.text) and not _FOR_THEM_KO.search(heard.text) and not heard.both_dressed:
        return replace(heard, preferences=replace(heard.preferences, gender=heard.own_gender), partner=None)
    goes = _PARENT_GOES_KO.search(heard.text)
    if goes is not None and not heard.partner and not re.search(r"선물|사\s?주|gift", heard.text):
        gender = "men" if (goes.group("who") or goes.group("is")) == "아빠" else "women"
        return replace(heard, own_gender=gender, preferences=replace(heard.preferences, gender=gender))
    said = _AS_A_PARENT.search(heard.text)
    if said is None and not heard.preferences.gender and not heard.partner and _HIS_SUIT.search(heard.text):
        return replace(heard, own_gender="men", preferences=replace(heard.preferences, gender="men"))
    if said is None or heard.partner:
        return heard
    gender = _PARENT_GENDER[said.group(1).lower()]
    return replace(heard, own_gender=gender, preferences=replace(heard.preferences, gender=gender))


def _whom_first(heard: Understanding) -> Understanding:
    """Two people to dress, one first: the looks are that one's (the other's follow)."""
    said = _WHOM_FIRST.search(heard.text)
    if said is None:
        return heard
    gender = _FIRST_GENDER[next(g for g in said.groups() if g).lower()]
    return replace(heard, preferences=replace(heard.preferences, gender=gender), partner=None, both_dressed=False)


def _as_asked(heard: Understanding, lowered: str) -> Understanding:
    """What the message as a whole asks or wishes, over its words one by one: its questions, the people it
    names, then the pieces it means."""
    heard = _swap_says_the_step(_a_second_outfit(_theme_colours_kept(_part_made_otherwise(heard))))
    heard = _touch_for_later(_jacket_of_a_suit(_a_step_from_the_office(_gear_turned_down(_colour_liked(heard)))))
    heard = _both_dressed(_people_as_meant(_questions_as_asked(heard, lowered), lowered))
    heard = _heat_over_the_month(_season_of_the_place(heard))
    heard = _pick_with_a_touch(_a_look_picked(_pieces_as_meant(heard, lowered), lowered), lowered)
    heard = _overdone_said(_colour_put_aside(_colours_turned_down(heard, lowered), lowered), lowered)
    heard = _asked_of_its_piece(_similar_owned(heard, lowered), lowered)
    heard = _court_is_no_coat(_not_their_colour(_dressed_like_avoided(heard, lowered), lowered), lowered)
    heard = _full_build_dressed(_piece_colour_traded(_beach_out_of_season(heard), lowered))
    heard = _shoes_needed_in_every_look(_piece_in_any_colour_but(heard, lowered), lowered)
    heard = _another_than_theirs(_rain_said_with_a_brief(heard, lowered), lowered)
    heard = _waist_asked_of_a_look(_bag_with_a_strap(heard, lowered))
    heard = _layer_too_long_on_them(_no_skirt_for_the_day(_look_too_bright(heard, lowered), lowered), lowered)
    heard = _club_code(heard, lowered)
    heard = _broad_heel_wished(_heels_asked_of(_colour_traded_for_tone(heard)))
    heard = _as_who_they_are(_whom_first(_piece_made_another(_white_mourning(_build_not_size(heard, lowered), lowered), lowered)))
    heard = _another_look_added(_luggage_is_no_piece(_colour_of_a_touch(heard), lowered), lowered)
    heard = _cold_asked_not_said(_avoiding_asked(_a_child_to_dress(heard), lowered), lowered)
    heard = _turned_down_softly(_piece_left_off_or_recut(_suit_asked(heard, lowered), lowered), lowered)
    heard = _occasion_asked_on(_later_part_of_the_day(heard, lowered), lowered)
    for reading in _ASKED_OF_THE_LOOKS:  # (in this order: each reads what the ones before it left)
        heard = reading(heard, lowered)
    return heard


# A later part of the same day said after the first: "then", "after that", "in the evening", "점심에 … 저녁에",
# "끝나고" between the two (not a bare "after": "a date after the funeral" puts the date second), or "after" right
# after the second ("a panel talk and parties after")
_THEN_BETWEEN = re.compile(
    r"\b(?:then|after that|afterwards?|followed by|in the evening|at night|that (?:night|evening)"
    r"|by night|and after|after it)\b"
    r"|끝나고|마치고|끝난\s*(?:뒤|후|다음)|(?<![가-힣])(?:그\s*)?(?:후에|뒤에|다음에)|하고\s*나서|이어서|(?:저녁|밤|오후)\s*(?:에는|엔|에|때는?|엔\s*또)"
    r"|(?:했|갔|놀|있|보)다가|퇴근\s*(?:하고|후|해서)")
_SAID_LATER = re.compile(r"\b(?:after|afterwards|later)$")
_AFTER_WORK = re.compile(r"\W*(?:이|가|을|를)?\s*(?:끝나고|마치고|끝난\s*(?:뒤|후|다음)에?|후에|끝나면)\W*$")
# ("parties after", "drinks after with the team"; not "back to work after years off", "running after 6 year olds")
_AFTER_IT = re.compile(r"^\s*(?:after(?=\s*(?:$|[,.!?;)]|and\b|with\b|at\b|in\b|for\b|\w+ing\b))|afterwards?"
                       r"|later(?! this| next| in the)|after that|that night|in the evening)\b")
# Another day named after the first part ("an interview on Monday then a wedding on Saturday", "party tonight then
# brunch tomorrow", "다음 주에"): two days' looks, not a day in two parts
_ANOTHER_DAY = re.compile(r"\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next (?:day|week|month)"
                          r"|(?:this|later this|the) (?:week|month)|on the \d+(?:st|nd|rd|th)?)\b"
                          r"|내일|모레|다음\s*(?:날|주|달)|주말|[월화수목금토일]요일|\d+일에")
# The later part said first by its time ("date at night, work in the morning", "결혼식이 저녁에 있어서 낮에 회사 갔다가")
_BY_NIGHT = re.compile(r"\W*(?:\S+\s+){0,2}?(?:at night|tonight|in the evening|(?:이\s*|은\s*|는\s*)?(?:저녁|밤)에)")
_DAY_WORDS = r"(?:in the morning|during the day|in the afternoon|at lunch|(?:오전|낮|점심)에?)"
_DAY_BEFORE = re.compile(_DAY_WORDS + r"\s*(?:\S+\s+){0,2}?$")
_DAY_AFTER = re.compile(r"\W*(?:\S+\s+){0,2}?" + _DAY_WORDS)


def _by_day(lowered: str, part: Match) -> bool:
    """The part is said by day ("work in the morning", "낮에 회사")."""
    return bool(_DAY_BEFORE.search(lowered[max(0, part.start - 20):part.start]) or _DAY_AFTER.match(lowered, part.end))
# "집에 못 들러요", "can't go home in between", "no time to change": one look for both parts
_NO_CHANGE = re.compile(
    r"\b(?:can'?t|cannot|won'?t be able to|no time to|won'?t have time to|don'?t have time to|no chance to|not able to"
    r"|unable to)\s+(?:go home|change|get changed|stop (?:at|by) home|swing by home|go back home)\b"
    r"|\bno (?:time|chance|place|where) to change\b|\bsame (?:outfit|clothes|look) for both\b|\bone outfit for both\b"
    r"|\b(?:without|no) (?:going home|changing)\b|\bstraight (?:from|after) (?:the|it|that)\b"
    r"|\b(?:don'?t|do not|won'?t) (?:want|wanna|get) to change\b|안\s*갈아\s?입|갈아\s?입기\s*(?:싫|귀찮)"
    r"|\b(?:right|straight|directly) after\b|(?:끝나고|마치고|하고)\s*바로"
    # ("one outfit I can wear to work and then to a date", "also works for happy hour", "day to night")
    r"|\bone (?:outfit|look)\b|\balso works? for\b|\bday[- ]to[- ]night\b|\bwork(?:s)? for both\b"
    r"|집에\s*(?:다시\s*)?(?:못|안)\s*(?:들러|들르|들려|가|와|오)|갈아\s?입(?:을|기)\s*(?:시간|데|곳|틈)\S*\s*(?:이\s*|가\s*)?(?:없|안)"
    r"|갈아\s?입을\s*수\s*(?:가\s*)?없|(?:옷\s*)?못\s*갈아\s?입|한\s*벌로|하나로\s*(?:둘\s*다|다|같이)")
# Parts of one celebration, worn in the same clothes (a wedding's dinner, a funeral's meal, a graduation's brunch;
# its own party: "the reception after", "the after party", "피로연", "뒤풀이")
_OWN_MEAL = frozenset({"dinner", "family_dinner", "daily"})
_OWN_PARTY = frozenset({"party", "pub", "house_party"})
_ITS_OWN_PARTY = re.compile(r"\bafter[- ]?part(?:y|ies)\b|\breception\b|피로연|뒤풀이|애프터\s?파티")
_CELEBRATIONS = frozenset({"wedding", "ceremony", "funeral", "funeral_white", "graduation", "black_tie", "cocktail",
                           "beach_wedding", "indian_wedding", "races", "entrance_ceremony", "family_holiday", "church"})
_ONE_EVENING = frozenset({"dinner", "date", "party", "pub", "house_party", "family_dinner", "cocktail"})
_CONTAINERS = frozenset({"travel", "flight"})  # a trip holds many parts; no part of it is its own later part
# One office day ("team lunch then client meeting after"; "school run then the office": the office's clothes)
_OFFICE_DAY = frozenset({"work", "work_dinner", "formal_office", "school_meeting", "interview", "casual_interview"})
# One event said twice ("an interview at a vet clinic, then a 2hr working interview": the hands-on part is the interview)
_ONE_EVENT = (frozenset({"interview", "hands_on"}), frozenset({"casual_interview", "hands_on"}))


_WHO_NOT_WHAT = re.compile(r"\s*(?:guys|friends|buddies|mates|colleagues|people|crowd|team|gang|peeps|lot)\b"
                           r"|\s*(?:동료|사람들|친구들|식구들)")


def _day_parts(lowered: str) -> list[Match]:
    """The occasions and events the message names, in order (an event as the occasion it is dressed as)."""
    occasions = [m for m in find_terms(lowered, lexicon.OCCASION_TERMS)[0] if not _occasion_denied(lowered, m)
                 and not _WHO_NOT_WHAT.match(lowered, m.end)]  # ("with my office guys": who they go with)
    events = [replace(m, value=str(lexicon.EVENT_BRIEFS[m.value]["occasion"]))
              for m in find_terms(lowered, lexicon.EVENT_TERMS)[0]]
    beach = [replace(m, value="beach") for m in find_terms(lowered, lexicon.BEACH_TERMS)[0]
             if not lowered.startswith("색", m.end)]  # ("바다색 셔츠": a colour, not a place)
    # ("비치클럽": the beach's club, one part, not a beach and a club)
    occasions = [m for m in occasions if not any(b.start <= m.start < b.end for b in beach)]
    return sorted(occasions + events + beach, key=lambda m: m.start)


def _later_part_of_the_day(heard: Understanding, lowered: str) -> Understanding:
    """"a panel talk at a conference, then parties after", "점심에 조문 가고 저녁에 데이트": a second part of the day,
    dressed for on its own (or not: a celebration's own dinner, two parts of one evening, a trip's days)."""
    no_change = bool(_NO_CHANGE.search(lowered))
    # ("no time to change in between" asks nothing "in between" of the looks' dress)
    followups = heard.followups - ({"less_formal"} if no_change and "in between" in lowered else set())
    pair = None if heard.question or followups else _day_pair(lowered)
    if pair is None:  # ("집에 다시 못와요" of the parts' looks on screen)
        return replace(heard, no_change_between=no_change) if no_change else heard
    first, later = pair
    if first.value == "daily" and heard.preferences.occasion in _CONTAINERS:  # ("cabin trip … cosy for walks but cute
        first = replace(first, value=heard.preferences.occasion)  # for the pub in the evening": the trip's days, then)
    if no_change and {first.value, later.value} & (WORKOUT_OCCASIONS | {"hands_on"}):  # ("gym then brunch, I don't
        return heard  # want to change twice", "a pottery class then brunch right after": the brunch, in what the first
        # part can take, as the occasion reading has it)
    said = heard.preferences
    # (an event kept as said, "점심에 조문": its dress code is told beside the looks)
    return replace(heard, preferences=replace(said, occasion=first.value), then_occasion=later.value,
                   no_change_between=no_change, followups=followups)


def _day_pair(lowered: str) -> tuple[Match, Match] | None:
    """The first two parts said one after the other ("등산 가요 끝나고 막걸리집": the hike, then the pub), in the order
    they happen; None where no two are parts of one day. (A trip's place is where, not a part.)"""
    parts = [m for m in _day_parts(lowered) if m.value not in _CONTAINERS]
    for first, later in zip(parts, parts[1:]):
        if first.value == later.value or later.start < first.end or _one_occasion(first, later, lowered):
            continue
        if _ANOTHER_DAY.search(lowered, max(first.end, later.start - 14)):
            return None  # (the later one on another day: "an interview on Monday then a wedding on Saturday")
        if _BY_NIGHT.match(lowered, first.end) and _by_day(lowered, later):
            return later, first  # ("date at night, work in the morning": the one said by night is the later part)
        if _THEN_BETWEEN.search(lowered[first.end:later.start]) or _AFTER_IT.match(lowered[later.end:]) \
                or _SAID_LATER.search(lowered, later.start, later.end):  # ("… and dinner later": its own words)
            return first, later
    return None


def _one_occasion(first: Match, later: Match, lowered: str) -> bool:
    """Two occasions that are one dress: a celebration and its own meal or party, two parts of one evening, one event
    said twice, the office as where they come from ("회사 끝나고 소개팅")."""
    pair = {first.value, later.value}
    return pair <= _ONE_EVENING or pair in _ONE_EVENT or pair <= _OFFICE_DAY \
        or first.value == "daily" and later.value in _OFFICE_DAY \
        or first.value in _CELEBRATIONS and (later.value in _OWN_MEAL
                                             or later.value in _OWN_PARTY and bool(_ITS_OWN_PARTY.search(lowered))) \
        or first.value == "work" and later.value in _ONE_EVENING | {"club"} \
        and bool(_AFTER_WORK.match(lowered[first.end:later.start]))


# "should I avoid red and blue?", "빨간색은 피해야 하나요?": whether the colours are wrong for the occasion, asked (a
# question; "빨간색은 피해야 해요" without one says they must go)
_AVOIDING_ASKED = re.compile(
    r"\b(?:should|do|must|would) (?:i|we|he|she|you) (?:really )?(?:avoid|skip|stay away from|steer clear of)\b"
    r"|\b(?:colou?rs?|anything) (?:i|we) should (?:avoid|skip|stay away from)\b"
    r"|\b(?:do|would|will) (?:i|we|he|she) (?:need|have) to (?:avoid|skip)\b|\bis \w+(?: \w+)? (?:a no[- ]?no|off[- ]limits)\b"
    r"|피해야\s*(?:하나|되나|될까|할까|하는지|할지|하죠|하는\s*거|하는\s*건가|해요\s*\?|해\s*\?|돼요\s*\?|되요\s*\?)"
    r"|피하는\s*(?:게|것이|편이)\s*(?:좋을까|좋나|나을까|낫나|좋아요\s*\?|나아요\s*\?)"
    r"|안\s*입는\s*(?:게|편이)\s*(?:좋을까|나을까|좋나|낫나)", re.IGNORECASE)


def _avoiding_asked(heard: Understanding, lowered: str) -> Understanding:
    """Colours asked about ("should I avoid red and blue?", "흰색은 안되죠?"): a yes or no for each at the occasion, and
    the looks kept (before, the colours left every look)."""
    p = heard.preferences
    doubted = _DOUBTED.search(lowered) and not _CHANGE_WORDS.search(lowered) and not heard.kinds
    asked = _AVOIDING_ASKED.search(lowered) if not heard.kinds else None  # ("any colour I should avoid? … red or white")
    # (colours said after the question are the ones asked of; "I want to wear navy, anything I should avoid?" keeps navy)
    after = asked and {m.value for m in find_terms(lowered[asked.start():], lexicon.COLOR_TERMS)[0]} >= set(p.colors)
    if not (p.avoid_colors and not p.colors and (asked or doubted) or after and p.colors and not p.avoid_colors):
        return heard
    return replace(heard, colours_asked=p.avoid_colors or p.colors, question="yesno", intents=frozenset({"outfit"}),
                   followups=frozenset(), preferences=replace(p, colors=(), avoid_colors=()))


# "do i need to bring a kippah?": the head covering of a synagogue, asked about by name
KIPPAH = re.compile(r"\bkipp(?:ah|a|ot)\b|\byarmulkes?\b|(?<!스)키파|야물커", re.IGNORECASE)


# "넥타이만 빼면 괜찮나요", "can I take off the tie?": one piece left off, asked about (not "no tie")
_LEAVE_OFF_ASKED = re.compile(r"(?:만|는|은)?\s*(?:빼면|빼도|벗으면|벗어도|안\s*하면|안\s*매면)\s*(?:괜찮|될까|되나|돼|어때|어떨)"
                              r"|\b(?:if i|can i|could i|should i)\s+(?:take off|ditch|drop|skip|lose|leave off)\s+the\b")
# "바지 너무 딱 붙는거 말고": the tight cut refused, not the trousers
_TIGHT_REFUSED = re.compile(r"(?:너무\s*)?(?:딱\s*붙|꽉\s*끼|끼는|타이트한|붙는)\S*\s*(?:거|것|건|걸)?\s*(?:은|는)?\s*(?:말고|싫|빼|별로)")
# "I don't want to pack a big coat": a piece not to bring, not one wished for
_NOT_BROUGHT = re.compile(r"\b(?:don'?t|do not|dont|won'?t)\s+(?:want to|wanna)\s+(?:pack|bring|carry|lug|take)\b")
_PACK_LIGHT_OBJECT = re.compile(r"\s+(?:a lot|much|many|too much|everything|anything)\b")


def _piece_left_off_or_recut(heard: Understanding, lowered: str) -> Understanding:
    """A piece to leave off asked about, a tight cut refused, a piece weighed, a piece not to pack: read as said."""
    for reading in (_left_off_asked, _tight_cut_refused, _weighed_not_taken_off, _not_packed):
        heard = reading(heard, lowered)
    return heard


def _left_off_asked(heard: Understanding, lowered: str) -> Understanding:
    """"넥타이만 빼면 괜찮나요": whether to go without the piece, asked."""
    if not (heard.kinds and not heard.avoid_kinds and _LEAVE_OFF_ASKED.search(lowered)):
        return heard
    return replace(heard, avoid_kinds=heard.kinds, kinds=(), question="yesno", preferences=replace(heard.preferences, kinds=()))


def _tight_cut_refused(heard: Understanding, lowered: str) -> Understanding:
    """"바지 너무 딱 붙는거 말고": roomier trousers, not none; only the piece said right before it ("치마는 싫고 바지도
    너무 붙는 건 별로": the skirts stay out)."""
    tight = _TIGHT_REFUSED.search(lowered)
    if not (heard.avoid_kinds and not heard.kinds and tight):
        return heard
    named = find_terms(lowered[:tight.start()], lexicon.KIND_TERMS)[0]
    if not named or named[-1].end < tight.start() - 12:
        return heard
    slot = KIND_TO_SLOT.get(named[-1].value)
    earlier = {m.value for m in named if m.start < named[-1].start}
    kept = tuple(k for k in heard.avoid_kinds if KIND_TO_SLOT.get(k) != slot or k in earlier)
    if len(kept) == len(heard.avoid_kinds) or slot not in ("bottom", "top"):
        return heard
    return replace(heard, avoid_kinds=kept, feel=replace(heard.feel, relaxed=True))


def _weighed_not_taken_off(heard: Understanding, lowered: str) -> Understanding:
    """"is a tie too stuffy?": the piece weighed, not yet taken off."""
    if heard.too_much and heard.followups == {"less_formal"} and _STUFFY.search(lowered):
        return replace(heard, followups=frozenset())
    return heard


def _not_packed(heard: Understanding, lowered: str) -> Understanding:
    """"I don't want to pack a big coat": the piece right after it ruled out (not "don't want to pack a lot, just a
    blazer and jeans")."""
    brought = _NOT_BROUGHT.search(lowered)
    if not (heard.kinds and not heard.avoid_kinds and brought) or _PACK_LIGHT_OBJECT.match(lowered, brought.end()):
        return heard
    left = [m.value for m in find_terms(lowered[brought.end():brought.end() + 24], lexicon.KIND_TERMS)[0]]
    out = tuple(k for k in heard.kinds if left and k == left[0])
    if not out:
        return heard
    kept = tuple(k for k in heard.kinds if k not in out)
    return replace(heard, avoid_kinds=out, kinds=kept, preferences=replace(heard.preferences, kinds=kept))


# "레깅스는 팀장님들 있어서 좀..", "크롭티는 면접에 좀..": a piece turned down by trailing off
_TRAILS_OFF_KO = re.compile(r"(?:은|는)\s[^.?!]{0,24}?좀\s*(?:\.{2,}|…)\s*[ㅠㅜ;]*\s*$")
_BUT_LIKED_KO = re.compile(r"(?:좋은데|괜찮은데|예쁜데|이쁜데|맘에\s*드는데|마음에\s*드는데)|색|가격|무늬|사이즈")
_TOO_MUCH_SAID_KO = re.compile(r"(?:정장|수트|슈트|양복|블레이저|넥타이|구두|힐|드레스)(?:은|는)\s*(?:좀|너무)?\s*(?:오바|오버|과한\s*(?:것|거))\s*같"
                               r"(?:고|아요|아|네)?\s*[.ㅠㅜ;]*\s*$")
# "kids say beige makes me look washed out", "베이지 입으면 얼굴이 칙칙해 보여요": a colour that does not suit them
_WASHES_OUT = re.compile(r"\bmakes? me look (?:washed[- ]out|pale|sick|ill|tired|sallow|grey|gray)\b|\bwash(?:es)? me out\b"
                         r"|입으면\s*얼굴이\s*(?:칙칙|창백|죽어|죽|안\s*살아)")


def _turned_down_softly(heard: Understanding, lowered: str) -> Understanding:
    """A piece trailed off ("레깅스는 팀장님들 있어서 좀..") or a colour that washes them out ("beige makes me look
    washed out"): ruled out, not wished for."""
    if len(heard.kinds) == 1 and not heard.avoid_kinds and not heard.question and _TRAILS_OFF_KO.search(lowered) \
            and not _CHANGE_WORDS.search(lowered) and not _BUT_LIKED_KO.search(lowered):
        return replace(heard, avoid_kinds=heard.kinds, kinds=(), preferences=replace(heard.preferences, kinds=()))
    if not heard.kinds and not heard.avoid_kinds and not heard.followups and _TOO_MUCH_SAID_KO.search(lowered):
        return replace(heard, followups=frozenset({"less_formal"}))  # ("정장은 좀 오바같고": a step down)
    p = heard.preferences
    washed = _WASHES_OUT.search(lowered)
    said = [m.value for m in find_terms(lowered[max(0, washed.start() - 24):washed.start()], lexicon.COLOR_TERMS)[0]] \
        if washed else []
    if p.colors and not p.avoid_colors and said:  # (the colour said right before it: "네이비는 괜찮고요" stays)
        out = tuple(c for c in p.colors if c == said[-1])
        return replace(heard, preferences=replace(p, colors=tuple(c for c in p.colors if c not in out), avoid_colors=out),
                       like_look=None)
    return heard


def needs_asked(text: str) -> bool:
    """"do i need to bring a kippah?", "넥타이 꼭 매야 돼요?": whether something is needed, asked."""
    return bool(_NEEDED.search(text.lower()))


# "밤되면 추워요?", "is it cold at night?": the weather asked about (not "밤에 추워지면 어떡해요?", which asks for a layer)
_IS_IT_COLD = re.compile(r"\b(?:is|will) it (?:be |get |going to be )?(?:cold|chilly)\b|추워요\s*\?|춥나요|추운가요|쌀쌀한가요"
                         r"|쌀쌀해요\s*\?")


# "should I wear a suit? they wear suits on the floor there", "정장 입어야 하나요?": a suit asked for by the occasion
_SUIT_ASKED = re.compile(r"(?<!how )(?<!what )(?<!where )\b(?:should|do|must) (?:i|we|he) (?:wear|need|have to wear|get|go in) (?:a |my )?suit\b"
                         r"|\bis a suit (?:needed|necessary|required|expected)\b"
                         r"|정장\s*(?:을|은)?\s*(?:꼭\s*)?(?:입어야|입고\s*가야|필요)\s*(?:하나|해|돼|되|할까|한가|하죠)")


def _suit_asked(heard: Understanding, lowered: str) -> Understanding:
    """Whether to wear a suit, asked with no note of its own: yes, fine without a tie, or a step too much, by the
    occasion's dress code (`verdicts`)."""
    if heard.kinds or heard.topics or heard.too_much or not _SUIT_ASKED.search(lowered):
        return heard
    return replace(heard, asks_suit=True, question="yesno")


_WARMER_WISHED = re.compile(r"\bwarmer\b|\bmake\b|\bsomething\b|\bi'?d like\b|\badd\b|따뜻하게|따뜻한\s*(?:걸|거)|추가|바꿔")


def _cold_asked_not_said(heard: Understanding, lowered: str) -> Understanding:
    """"2번 반바지 좋은데 비오면 다리 추울까요" in June: whether they will be cold, asked; the cold is no season (before,
    it made June's looks winter ones)."""
    if not heard.asks_warm or not _ASKED.search(lowered):
        return heard
    if "warmer" in heard.followups and _IS_IT_COLD.search(lowered) and not _CHANGE_WORDS.search(lowered) \
            and not heard.kinds and not _WARMER_WISHED.search(lowered):
        heard = replace(heard, followups=heard.followups - {"warmer"})  # ("밤되면 추워요?": asked, nothing changed yet)
    if heard.preferences.season not in ("fall", "winter") \
            or re.search(r"\d+\s*(?:도|°|degrees?|deg)|영하|minus|below", lowered):  # ("영하 10도에도 버틸수 있을까요": the cold is said)
        return heard
    said = find_terms(lowered, lexicon.SEASON_TERMS)[0]
    if not said or any(lowered[m.start:m.end] not in lexicon.FELT_SEASON_WORDS for m in said):
        return heard
    return replace(heard, preferences=replace(heard.preferences, season=None))


# "2번 자켓이랑 3번 바지 섞어서 하나", "combine the jacket from 2 with the trousers from 3": one look made of two
# looks' pieces; the first look named keeps its own, and takes the piece named of the second
_LOOK_N = r"(?:look\s*|#\s*|number\s*)"
# Two looks' pieces mixed into one, each way of saying it naming the look that takes the piece, the look that gives
# it and the piece
_MIXED = tuple(re.compile(p) for p in (
    # "2번 자켓이랑 3번 바지 섞어서 하나": look 2 with look 3's trousers
    r"(?<!\d)(?P<taker>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?\S+?(?:이랑|랑|하고|와|과)\s*(?P<giver>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?"
    r"(?P<piece>\S+?)(?:을|를|이랑|랑)?\s*(?:섞|조합|합쳐|합치|믹스|매치|같이)",
    # "1번 하의랑 3번 상의로 해주세요": look 1 (its bottom kept), with look 3's top
    r"(?<!\d)(?P<taker>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?\S+?(?:이랑|랑|하고|와|과|에)\s*(?P<giver>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?"
    r"(?P<piece>\S+?)(?:으로|로)\s*(?:해|만들|바꿔|가|입|부탁)",
    # "combine the jacket from 2 with the trousers from 3"
    r"\b(?:mix|combine|match|pair)\s+(?:the\s+)?[a-z]+\s+(?:from|in|of)\s+" + _LOOK_N + r"?(?P<taker>\d)\s+"
    r"(?:with|and)\s+(?:the\s+)?(?P<piece>[a-z]+)\s+(?:from|in|of)\s+" + _LOOK_N + r"?(?P<giver>\d)\b",
    # "look 1 but with the top from look 3"
    r"\blook\s*#?(?P<taker>\d)\s+(?:but\s+)?with\s+(?:the\s+)?(?P<piece>[a-z]+)\s+(?:from|in|of)\s+"
    + _LOOK_N + r"?(?P<giver>\d)\b",
    # "the coat from look 2 over the dress from look 1": look 1 (the dress), with look 2's coat
    r"\b(?:the\s+)?(?P<piece>[a-z]+)\s+(?:from|in|of)\s+" + _LOOK_N + r"?(?P<giver>\d)\s+(?:over|with|on|under)\s+"
    r"(?:the\s+)?[a-z]+\s+(?:from|in|of)\s+" + _LOOK_N + r"?(?P<taker>\d)\b",
    # "1번이랑 2번 신발 하나로 통일할 수 있어?", "same shoes for looks 1 and 2?": look 1's pair on look 2 too
    r"(?<!\d)(?P<giver>\d)\s*번\s*(?:이랑|랑|하고|과|와|,)\s*(?P<taker>\d)\s*번\s*(?:코디\s*)?(?P<piece>\S+?)\s*(?:을|를|은|는)?\s*"
    r"(?:하나로|한\s*개로|한\s*켤레로|같은\s*걸로|똑같이)\s*(?:통일|맞춰|맞추|신|입)",
    r"\b(?:same|one pair of|one)\s+(?P<piece>[a-z]+)\s+(?:for|in|on)\s+(?:both\s+)?looks?\s*#?(?P<giver>\d)\s+(?:and|&)\s+"
    + _LOOK_N + r"?(?P<taker>\d)\b",
    # "look 1 is cute but the top in look 2 is nicer. can I mix them?": look 1, with look 2's top
    r"\blook\s*#?(?P<taker>\d)\b[^.?!]*\bthe\s+(?P<piece>[a-z]+)\s+(?:in|from|of)\s+" + _LOOK_N
    + r"?(?P<giver>\d)\b.*\b(?:mix|combine|swap|switch|put|use)\b",
    # "그럼 3번에 1번 상의", "3번에 1번 신발로": look 3 with look 1's piece, said in short
    r"(?<!\d)(?P<taker>\d)\s*번\s*(?:코디\s*)?에\s*(?P<giver>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?(?P<piece>[가-힣]+?)"
    r"(?:으로|로|을|를)?\s*(?:해\s*주세요|해줘|주세요|[.!~ㅎㅋ]*$)",
    # ("2번 패딩에 1번 후드 안에 입을게요", "3번 블라우스에 1번 스커트 조합으로 갈게요"): the second look, with the first
    # look's piece named before it
    r"(?<!\d)(?P<giver>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?(?P<piece>[가-힣]+?)\s*(?:에|이랑|랑|하고|와|과)\s+"
    r"(?P<taker>\d)\s*번\s*(?:코디\s*)?(?:의\s*)?(?P<other>[가-힣]+?)(?:으로|로|을|를|이|가|은|는)?\s*(?:\S+\s*)?"
    r"(?:조합|입을게|입을께|할게|할께|갈게|갈께|으로|로\s(?!\s*고민)|괜찮|어때)",
    # ("3번으로 하고 신발만 1번꺼로요", "look 3, but the shoes from look 1"): the look taken, and one piece of another
    r"(?<!\d)(?P<taker>\d)\s*번\s*(?:코디\s*)?(?:으로|로)\s*(?:하고|할게요|할게|하되|갈게요|갈게|결정)[,.\s]*(?:그런데\s*|근데\s*)?"
    r"(?P<piece>[가-힣]+?)\s*(?:만|은|는)?\s+(?P<giver>\d)\s*번\s*(?:꺼|거|것|코디\s*(?:꺼|거|것)?)?\s*(?:으로|로|요|$)",
    # (not "look 1 is cute but the bag in 2 is ugly": a piece of another look judged, not taken)
    r"(?:\blook\s*#?|^\W*(?:(?:yeah|yes|ok|okay|so|fine|sure|alright|then)\W+){0,2})(?P<taker>\d)\b[^.?!]{0,12}?\bbut\s+"
    r"(?:with\s+(?:the\s+)?(?P<piece>[a-z]+)\s+(?:from|of|in)|(?:the\s+)?(?P<piece2>[a-z]+)\s+from)\s+" + _LOOK_N
    + r"?(?P<giver>\d)\b(?!\s+(?:is|are|was|were|looks?|seems?|feels?)\b)",
    # ("look 2 + the shorts from 3 and done")
    r"\blook\s*#?(?P<taker>\d)\s*(?:\+|&|plus|with)\s*(?:the\s+)?(?P<piece>[a-z]+)\s+(?:from|of|in)\s+" + _LOOK_N
    + r"?(?P<giver>\d)\b",
))


def _two_looks_mixed(heard: Understanding, lowered: str) -> Understanding:
    """"2번 자켓이랑 3번 바지 섞어서 하나 만들어줄수있어요?": look 2 with look 3's trousers (not look 2's own trousers
    swapped for others, nor look 3's jacket besides)."""
    named = [m.value for m in find_terms(lowered, lexicon.KIND_TERMS)[0]]
    for mixed in (m for pattern in _MIXED if (m := pattern.search(lowered))):
        taker, giver = mixed.group("taker"), mixed.group("giver")
        piece = mixed.group("piece") or mixed.groupdict().get("piece2") or ""
        kinds = tuple(m.value for m in find_terms(piece, lexicon.KIND_TERMS)[0])
        # ("the top in look 2": the part of the look, whatever it is)
        slots = tuple(dict.fromkeys(KIND_TO_SLOT[k] for k in kinds)) \
            or tuple(dict.fromkeys(m.value for m in find_terms(piece, lexicon.SLOT_TERMS)[0]))
        other = {m.value for m in find_terms(mixed.groupdict().get("other") or "", lexicon.KIND_TERMS)[0]}
        if other & set(kinds) or any(named.count(k) > 1 for k in kinds):
            continue  # ("1번 자켓이랑 2번 자켓 어때요?": two of one piece compared, no mix)
        if slots and taker != giver:  # (else the next reading: "2번 데님이랑 3번 탑", look 3 with the denim)
            break
    else:
        return heard
    # (one pair for two looks "to pack less" is that pair on both, not a capsule of new pieces)
    return replace(heard, target_look=int(taker), from_look=int(giver), kinds=kinds, about_kinds=kinds,
                   slots=slots, followups=frozenset({"swap"}), intents=heard.intents - {"capsule"},
                   puts_piece_on_look=True, count=None, preferences=replace(heard.preferences, kinds=kinds))


_WHY_PICKED = re.compile(r"^\W*(?:\w+,?\s+)?why (?:did|do|would) you (?:pick|choose|go with|put|use|add|give)"
                         r"|왜\s*(?:\S+\s+){0,3}?(?:골랐|고르셨|고른|넣었|넣으셨|선택)")


def _why_picked(heard: Understanding, lowered: str) -> Understanding:
    """"why did you pick a knit polo instead of a shirt?": the reason asked, not the shirt ruled out or a swap."""
    if not (heard.asks_why and _WHY_PICKED.search(lowered)):
        return heard
    return replace(heard, followups=heard.followups - {"swap"}, avoid_kinds=(), puts_piece_on_look=False,
                   intents=heard.intents - {"outfit"})


_DULL_SAID = re.compile(r"\b(?:is|are|feels?|looks?)\s+(?:too\s+|so\s+|kinda\s+|a bit\s+|a little\s+)?(?:boring|dull|plain|basic)\b")


def _dull_piece_of_a_look(heard: Understanding, lowered: str) -> Understanding:
    """"look 3 tie is a bit dull, something in burgundy?": that look's tie traded for a livelier one (in the colour
    said), not taken off."""
    if not (heard.target_look and heard.avoid_kinds and not heard.kinds and _DULL_SAID.search(lowered)) \
            or any(":" in k for k in heard.avoid_kinds):
        return heard
    kinds = heard.avoid_kinds
    feel = heard.feel if heard.preferences.colors else replace(heard.feel, tone="colourful")
    return replace(heard, kinds=kinds, about_kinds=kinds, avoid_kinds=(), followups=heard.followups | {"swap"},
                   slots=tuple(dict.fromkeys(KIND_TO_SLOT.get(k, "accessory") for k in kinds)), feel=feel,
                   preferences=replace(heard.preferences, kinds=kinds))


_LOOK_ENOUGH = re.compile(r"^\W*(?:is|are|will|would)\s+(?:look\s*\d|#\s*\d|it|that|this|that one|they|those)\s+"
                          r"(?:be\s+)?(?:warm\s+)?enough\b")


def _enough_asked(heard: Understanding, lowered: str) -> Understanding:
    """"is look 2 enough if it snows?": whether that look is warm enough, asked (answered, the looks kept), not a
    wish for a warmer one."""
    if not (_LOOK_ENOUGH.search(lowered) and heard.weather.cold) or heard.kinds:
        return heard
    return replace(heard, asks_warm=True, followups=heard.followups - {"warmer"}, intents=heard.intents - {"outfit"})


_SHORTER_ASKED = re.compile(r"\bshorter\b|짧은\s*(?:걸로|거로|것으로|거|걸|기장)|더\s*짧게"
                            # ("1번 코트 길이가 나한테 너무 길지 않을까", "isn't the coat too long for me?": asked, and it is)
                            r"|너무\s*길(?:지\s*않|까|지\s*않나|어\s*보이)|\btoo long\b[^.!]*\?|\btoo long (?:for|on) me\b")


_SHORT_LAYER_NAMED = re.compile(r"숏\s*(?:으로|패딩|기장|버전)|짧은\s*패딩|\b(?:short|cropped)\s+(?:puffer|padded jacket)\b")


def _shorter_layer(heard: Understanding, lowered: str) -> Understanding:
    """"2번 코트 너무 길어요 좀 짧은걸로요": a shorter layer in the coat's place (a jacket), not none; "2번에서 패딩만
    숏으로 바꿔주세요": a short padded jacket, not the long coat."""
    short_named = heard.kinds == ("coat",) and bool(_SHORT_LAYER_NAMED.search(lowered))
    shorter = "coat" in heard.avoid_kinds and not heard.kinds and bool(_SHORTER_ASKED.search(lowered))
    if not heard.target_look or not (short_named or shorter):
        return heard
    return replace(heard, kinds=("jacket",), about_kinds=("jacket",), slots=("outerwear",),
                   followups=heard.followups | {"swap"}, preferences=replace(heard.preferences, kinds=("jacket",)))


def _pairing_asked(heard: Understanding, lowered: str) -> Understanding:
    """"look 2 is good but is brown shoes ok with navy trousers?": whether two colours of two pieces go together,
    asked (the rules answer it); no piece put on look 2."""
    if heard.question != "yesno" or len(heard.preferences.piece_colours) < 2 or not heard.puts_piece_on_look \
            or "?" not in heard.text:
        return heard
    return replace(heard, puts_piece_on_look=False, followups=heard.followups - {"swap"},
                   intents=heard.intents - {"outfit"})


_ANOTHER_COLOUR = re.compile(r"\b(?:different|another|other)\s+colou?rs?\b|다른\s*(?:색|컬러)")


def _suit_in_another_colour(heard: Understanding, lowered: str) -> Understanding:
    """"검정 정장 말고 다른 색으로요": a suit in another colour than black, not no suit at all (its blazer kept)."""
    if not (heard.no_suit and _ANOTHER_COLOUR.search(lowered) and any(":" in k for k in heard.avoid_kinds)):
        return heard
    return replace(heard, no_suit=False, followups=heard.followups - {"less_formal"})


def _lacking_beside_a_suit(heard: Understanding, lowered: str) -> Understanding:
    """"검정 정장은 있는데 셔츠랑 신발이 없어요": the suit is theirs, and the shirt and shoes they lack are what the looks
    must find (not pieces ruled out, nor their suit's jacket and trousers)."""
    if not (heard.owns_suit and heard.owns_none and heard.avoid_kinds):
        return heard
    return replace(heard, avoid_kinds=(), owns_none=False)


def _length_asked_of_a_look(heard: Understanding, lowered: str) -> Understanding:
    """"2번 원피스 좋은데 무릎 아래 길이 맞아요?", "is the dress in look 1 below the knee?": how long that look's dress
    is, asked (the catalogue records no lengths, said so); no dress put on the look, none taken off."""
    if not (heard.knee_length and heard.target_look and _ASKED_OF_IT.search(lowered.strip())) \
            or set(heard.kinds) - {"skirt", "dress"} or heard.avoid_kinds:
        return heard
    return replace(heard, kinds=(), about_kinds=(), followups=frozenset(), puts_piece_on_look=False,
                   intents=heard.intents - {"outfit"}, preferences=replace(heard.preferences, kinds=()))


# "so is the skirt in look 1 going to be a nightmare", "will the boots on #2 be ok": a question of a look's piece,
# in so many words, with or without its question mark
_PIECE_OF_A_LOOK_ASKED = re.compile(r"(?:^|[,.;!]\s*|\b(?:so|and|but|then)\s+)(?:is|are|will|would|won'?t|isn'?t|aren'?t)"
                                    r"\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|on|from|of)\s+(?:look\s*|#\s*)[1-6]\b"
                                    r"(?!\s+(?:be\s+)?(?:swapped|changed|replaced))")


def _piece_of_a_look_asked(heard: Understanding, lowered: str) -> Understanding:
    """A question of a piece a look wears, asked, not a piece to put on it ("...so is the skirt in look 1 going to be
    a nightmare": the skirt judged, or said to be trousers; none swapped in)."""
    if not (heard.puts_piece_on_look and heard.target_look and _PIECE_OF_A_LOOK_ASKED.search(lowered)) \
            or _ASKS_FOR.search(lowered):
        return heard
    return replace(heard, puts_piece_on_look=False, adds_piece=False, followups=heard.followups - {"swap"},
                   asks_about_look=True)


# "1번 코트면 괜찮나", "2번 가디건 회색이던데 검정 아니어도 괜찮아요?", "1번 슬랙스 앉으면 무릎 튀어나오나요": whether a look
# will do, asked in Korean (no change asked in the same breath)
_KO_WILL_IT_DO = re.compile(r"(?:괜찮(?:나요?|을까요?|아요|죠|겠죠|은지|을지)|되나요?|될까요?|돼요|가능한가요?|가능할까요?|"
                            r"할만한가요?|않겠죠|지죠|나오나요?|나올까요?|티\s*(?:많이\s*)?나요?|티\s*날까요?|"
                            r"춥나요?|추울까요?|더울까요?|짧나요?|짧진\s*않은지)\s*[?？ㅋㅎ~.!ㅠㅜ]*\s*$")
_COLD_ASKED_KO = re.compile(r"춥|추워|추울|쌀쌀|따뜻할|버틸")
_KO_CHANGE_SAID = re.compile(r"바꿔|바꾸|해\s*줘|해\s*주|주세요|보여|추가|넣어|빼\s*줘|(?:으)?로\s*(?:해|가|할|하|될|되|괜찮|가능)"
                             r"|대신|걸로|거로")


def _asked_of_a_look_in_korean(heard: Understanding, lowered: str) -> Understanding:
    """A Korean question whether a look (or its piece) will do: answered of the look, not carried out as a swap or
    a warmer look ("11월 저녁이면 얼마나 추워요? 1번 정도면 되나": how warm look 1 is)."""
    # ("3월 초에 1번 입으면 춥나요?": whether look 1 is warm enough, nothing else said of it)
    if heard.language != "ko" or not heard.target_look or heard.from_look \
            or not (heard.puts_piece_on_look or heard.followups or _COLD_ASKED_KO.search(lowered)) \
            or not _KO_WILL_IT_DO.search(lowered.strip()) or _KO_CHANGE_SAID.search(lowered):
        return heard
    warm = bool(heard.followups & {"warmer"} or _COLD_ASKED_KO.search(lowered))
    return replace(heard, puts_piece_on_look=False, adds_piece=False, asks_about_look=True, asks_warm=heard.asks_warm or warm,
                   followups=heard.followups - {"swap", "warmer", "cooler"})


# "2번 바지로 할게요 상의는 좀 더 밝은색으로": look 2's trousers taken as they are, the change said of another part
_KEPT_AS_IS = re.compile(r"\S*\s*(?:그대로|유지|두고|괜찮|좋아)")
_PIECE_TAKEN_KO = re.compile(r"(?<!\d)\d\s*번\s*(?:코디\s*)?(?:의\s*)?(?P<piece>[가-힣]+?)\s*(?:으로|로)\s*"
                             r"(?:할게|할께|갈게|갈께|정했|결정)")


def _piece_taken_another_changed(heard: Understanding, lowered: str) -> Understanding:
    """A look's piece taken, and another part of it changed in the same breath: the change is the other part's."""
    taken = _PIECE_TAKEN_KO.search(lowered)
    if not taken or not heard.target_look:
        return heard
    kept = {m.value for m in find_terms(taken.group("piece"), lexicon.KIND_TERMS)[0]}
    after = lowered[taken.end():]
    # ("신발은 그대로 두고요": a part said to stay is no part to change)
    rest = {m.value for m in find_terms(after, lexicon.SLOT_TERMS)[0]
            if not _KEPT_AS_IS.match(after[m.end:])}
    kept_slots = {KIND_TO_SLOT[k] for k in kept}
    if not kept or not rest - kept_slots:
        return heard
    heard = _without_kinds(heard, kept)
    return replace(heard, slots=tuple(s for s in heard.slots if s not in kept_slots) or tuple(sorted(rest - kept_slots)),
                   followups=heard.followups | {"swap"})


# What a message says of the looks on screen, read last of all (round eighteen's readings, one job each)
_TOO_MUCH_OF = re.compile(r"\btoo much\s+(?:of\s+)?(?:the\s+)?([a-z]+)")


def _too_much_of_a_colour(heard: Understanding, lowered: str) -> Understanding:
    """"no black please, I wear way too much black already": fewer of that colour, not a step down in dress."""
    said = _TOO_MUCH_OF.search(lowered)
    if not (said and "less_formal" in heard.followups and find_terms(said.group(1), lexicon.COLOR_TERMS)[0]):
        return heard
    return replace(heard, followups=heard.followups - {"less_formal"})


def _own_piece_will_do(heard: Understanding, lowered: str) -> Understanding:
    """"검정 니트 있는데 그걸로 되나?": whether their piece will do, asked (not "그걸로 할게요", a look taken)."""
    if not (heard.owns_named and "ack" in heard.intents and "?" in lowered):
        return heard
    return replace(heard, intents=heard.intents - {"ack"}, question=heard.question or "yesno")


def _size_of_a_worn_piece(heard: Understanding, lowered: str) -> Understanding:
    """"2번 니트 M이면 맞을까?": the size of look 2's knit, asked; no knit put on look 2."""
    if not ("size" in heard.intents and heard.size_said and heard.target_look and heard.puts_piece_on_look):
        return heard
    return replace(heard, followups=heard.followups - {"swap"}, puts_piece_on_look=False)


# ("also want one nice outfit for dinner somewhere fancy", "갈아입을거 하나 추가해줘요", "해장국 먹으러 간대서 갈아입을
# 옷도요"): one look more, for another part of the day, beside the looks on screen
_ANOTHER_LOOK_ADDED = re.compile(
    r"\b(?:also|and|plus)\b[^.?!]{0,30}\b(?:one|another|a second|a separate)\s+(?:\w+\s+){0,2}(?:outfit|look)\s+for\b"
    r"|\badd\s+(?:one|another|an?\s+(?:outfit|look))\s+for\b|\bone more (?:outfit|look) for\b"
    # (not "갈아입을 옷은 제가 챙겨갈게요", told; nor "추가로 하나만 물어볼게요", a question to come)
    r"|갈아\s?입을\s*(?:거|것|옷)\s*(?:도|하나|추가|좀|필요|부탁)|(?:코디|옷|룩)\s*하나\s*(?:더\s*)?추가|하나\s*더\s*추가"
    r"|추가로\s*(?:코디|옷|룩)\s*하나"
    # ("끝나고 대천해수욕장에서 술먹을거임 그때 입을것도")
    r"|(?:그때|그\s*때|끝나고|이따|저녁에|밤에)[^.?!]{0,12}입을\s*(?:것|거|옷)도"
    # ("저녁에 물싸움 끝나고 갈 클럽룩도 하나": one look more, for that part)
    r"|(?:룩|코디)\s*도\s*(?:하나|한\s*(?:개|벌|가지))"
)
# ("and one thing for dinner in puerto natales after", "페어몬트 호텔 디너 하루 있는데 그날 옷도 하나 부탁해요"): one more
# look, where the message names the occasion it is for ("one more thing for the record" names none)
_ANOTHER_THING_FOR = re.compile(r"\b(?:also|and|plus)\b[^.?!]{0,30}\b(?:one|another)\s+(?:more\s+)?(?:thing|option)\s+for\b"
                                r"|(?:그날|그\s*날|그때|그\s*때|그\s*자리)\s*(?:입을\s*)?(?:옷|룩|코디)\s*도\s*(?:하나|한\s*(?:개|벌))")
# The events a celebration has more of, said with no occasion of their own ("then there's a reception two days later")
_ITS_OTHER_EVENT = re.compile(r"\b(?:reception|ceremony|after[- ]?party|cocktail hour|sangeet|mehndi|mehendi|haldi|brunch|"
                              r"lunch|dinner|party)\b|피로연|뒤풀이|2부")
# ("then there's a reception two days later in the evening", "there's also a dinner on the last night"): another
# occasion of the same trip or celebration, said after its looks: its looks, beside these
_ANOTHER_EVENT_TOLD = re.compile(r"^\W*(?:and\s+|oh\s+and\s+|also\s+)?(?:then\s+there'?s|there'?s\s+also|there\s+is\s+also|"
                                 r"then\s+there\s+is|and\s+then\s+there'?s|plus\s+there'?s)\s+(?:a|an|the)\b")
_FANCY_MEAL = re.compile(r"\b(?:fancy|nice|nicer|dressy|upscale|smart)\b[^.?!]{0,30}\b(?:dinner|restaurant)\b"
                         r"|\b(?:dinner|restaurant)\b[^.?!]{0,20}\b(?:fancy|nice|upscale|dressy)\b|레스토랑|파인\s?다이닝")


# "and for the parties after?", "what about the dinner later?", "저녁 데이트는요?", "끝나고 뒤풀이 때는?": looks for a
# later part of the day asked beside those on screen (an occasion named, asked on from the looks)
_LATER_PART_ASKED = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:and|also|ok(?:ay)?|great|thanks|perfect|cool)?[\s,]*(?:and\s+)?(?:what about|how about|for|now for|also for"
    r"|what (?:do|should) i wear (?:to|for))\s+(?:the\s+|a\s+|an\s+)?[a-z' -]{2,30}?\s+"
    r"(?:after(?:wards?)?|later(?: on)?|after that|that (?:night|evening)|tonight|in the evening|at night)\s*\??\s*$"
    r"|^\W*(?:그리고\s*)?(?:끝나고|이후|그\s*다음(?:에)?|저녁|밤|이따)\s*(?:에|엔|에는)?\s*\S{1,12}?\s*(?:때는|때도|은|는)\s*(?:요|여|용)?\s*\??\s*$")


# "and for pongal lunch at my aunt's?", "what about the walima?", "그럼 상견례는요?": looks asked for another occasion,
# said as a question after the looks (an occasion named, no piece: a new brief, not a question of these looks)
_OCCASION_ASKED_ON = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|great|thanks|cool|nice|perfect|and|also|but|now|then)[\s,!.]+)*(?:(?:what|how) about"
    r"|(?:and |also |now )?for (?:the |a |an |my |our )?|what (?:do|should|would|can) i wear (?:to|for))\b"
    r"|(?:은|는)\s*요\s*\??\s*$")


def _occasion_asked_on(heard: Understanding, lowered: str) -> Understanding:
    """"and for pongal lunch at my aunt's?": the looks of the occasion it names (the router would otherwise take a
    question with looks on screen for one about them)."""
    named_only = heard.preferences.occasion and not (heard.adds_look or heard.target_look or heard.kinds or heard.slots
                                                     or heard.topics or heard.preferences.colors)
    asked = "?" in lowered or lowered.rstrip().endswith(("요", "요."))
    if not (named_only and asked and _OCCASION_ASKED_ON.search(lowered)):
        return heard
    return replace(heard, asks_to_see=True, intents=heard.intents | {"outfit"}, question=None, asks_which=False,
                   asks_about_look=False)


def _another_look_added(heard: Understanding, lowered: str) -> Understanding:
    """One look asked besides the others, for a later part of the day: a fancy dinner's, else an everyday one (a
    change of clothes after the game, lunch with the relatives); three where a later part is asked of by its
    occasion ("and for the parties after?")."""
    if heard.preferences.occasion and not (heard.kinds or heard.slots) and _LATER_PART_ASKED.search(lowered):
        # ("what about shoes for the party tonight?" asks of a piece)
        return replace(heard, adds_look=True, part_asked=True, question=None, asks_which=False, asks_about_look=False,
                       intents=heard.intents | {"outfit"})
    if (heard.preferences.occasion or _ITS_OTHER_EVENT.search(lowered)) and not (heard.kinds or heard.slots) \
            and _ANOTHER_EVENT_TOLD.search(lowered):
        # (no occasion of its own: "a reception" of a wedding's looks is the wedding's)
        return replace(heard, adds_look=True, part_asked=True, intents=heard.intents | {"outfit"})
    if not (_ANOTHER_LOOK_ADDED.search(lowered)
            or heard.preferences.occasion and not heard.kinds and _ANOTHER_THING_FOR.search(lowered)):
        return heard
    occasion = heard.preferences.occasion or ("dinner" if _FANCY_MEAL.search(lowered) else "daily")
    # ("1번으로 하고 저녁에 … 클럽룩도 하나": look 1 is the day's pick, no look to change)
    picked = heard.target_look is not None and _PICKS_A_LOOK.search(lowered) is not None
    # ("one thing for dinner after, nothing fancy": the new look is a casual one, no look on screen steps down)
    relaxed = "less_formal" in heard.followups and not heard.target_look
    return replace(heard, adds_look=True, intents=(heard.intents | {"outfit"}) - {"ack"},
                   target_look=None if picked else heard.target_look,
                   followups=heard.followups - {"less_formal", "plainer"} if relaxed else heard.followups,
                   preferences=replace(heard.preferences, occasion=occasion,
                                       style="casual" if relaxed else heard.preferences.style))


# A child of twelve or under as the one to dress ("초3 딸 첫 피아노 콩쿠르 나가요! 드레스 입어야되나요?", "what should my
# 6 year old daughter wear to the wedding?"), not a parent going with one ("딸 입학식에 아빠 혼자가요", "my 9 year old's
# party, what should I wear?")
_YOUNG = r"(?:[1-9]|1[0-2])"
_CHILD_DRESSED = re.compile(
    rf"(?:초\s?[1-6]|초등(?:학생)?\s?[1-6]?\s?(?:학년)?|유치원생|{_YOUNG}\s?살(?:\s?짜리)?)\s*(?:우리\s*)?(?:딸|아들|조카|아이|애)"
    rf"[^.?]{{0,40}}(?:입어야|입혀|입힐|입을|옷|코디|드레스|원피스|신발|신겨)"
    rf"|\b(?:what should|what does|what can|outfit for|clothes for|dress|dressing|dress up)\s+(?:my|our)\s+{_YOUNG}[- ]?"
    rf"(?:year[- ]old|yr[- ]old|yo)\s+(?:son|daughter|kid|boy|girl|niece|nephew)\b"
    rf"|\bmy\s+{_YOUNG}[- ]?(?:year[- ]old|yr[- ]old|yo)\s+(?:son|daughter|niece|nephew)\s+(?:wear|needs?|to wear)\b")
_PARENT_DRESSED = re.compile(r"(?:^|\s)(?:엄마|아빠|제가)\s*(?:혼자|만|도)?\s*(?:가요|가는|입)|(?:제|엄마|아빠|내)\s*옷|엄마룩|아빠룩"
                             r"|커플룩|학부모|하객|\bwhat should i wear\b|\bfor me\b|\bi'?m going\b|\band me\b|\bme too\b")


def _a_child_to_dress(heard: Understanding) -> Understanding:
    """A young child said to be the one dressed: the catalogue carries adults' clothes only, which the reply says."""
    text = heard.text.lower()
    alone = not (heard.partner or heard.both_dressed)  # (with the parent dressed too, the partner's note says it)
    return replace(heard, for_a_child=True) if alone and _CHILD_DRESSED.search(text) and not _PARENT_DRESSED.search(text) \
        else heard


# ("짐은 최소로 기내용 하나에 배낭 하나", "carry-on and one backpack only"): the luggage, no bag for the looks
_LUGGAGE = re.compile(r"기내용|(?:배낭|백팩)\s*하나|carry[- ]?on|\b(?:one|just a|only a) (?:backpack|bag)\b|backpack only|suitcase")
# (a bag for the days there asked beside the luggage: "also need a crossbody bag for day trips", "들 가방 하나도 추천해줘")
_BAG_ASKED_BESIDE = re.compile(r"(?:가방|백|bag)[^.?!]{0,16}(?:추천|도\s*(?:필요|골라))|\bneed an?\s+(?:\w+\s+)?bag\b|bag for day")


def _luggage_is_no_piece(heard: Understanding, lowered: str) -> Understanding:
    """A bag named as the luggage of a trip packed light is no bag wished into the looks."""
    if "capsule" in heard.intents and set(heard.kinds) == {"bag"} and _LUGGAGE.search(lowered) \
            and not _BAG_ASKED_BESIDE.search(lowered):
        return _without_kinds(heard, {"bag"})
    return heard


# ("heels get caught in grates, flats or block heels?"): the message ends on a choice between two pieces of one part
_EITHER_ASKED = re.compile(r"([a-z][a-z -]{1,24}?)\s+or\s+([a-z][a-z -]{1,24}?)\s*\?+\s*$")
_ASKS_A_CHANGE = re.compile(r"\b(?:can you|could you|can we|make|swap|change|show|give|put|switch)\b")


def _either_piece_asked(heard: Understanding, lowered: str) -> Understanding:
    """A closing "A or B?" of two pieces for one part of the look asks which, whatever the message said of one of
    them before ("get caught" is no refusal of heels); a change asked for ("can you make it jeans or chinos?")
    stays one."""
    asked = _EITHER_ASKED.search(lowered)
    if not asked or heard.question == "choice" or heard.target_look or _ASKS_A_CHANGE.search(lowered):
        return heard
    sides = [[m.value for m in find_terms(side, lexicon.KIND_TERMS)[0]] for side in asked.groups()]
    if not all(sides) or sides[0][-1] == sides[1][-1] or KIND_TO_SLOT.get(sides[0][-1]) != KIND_TO_SLOT.get(sides[1][-1]):
        return heard
    kinds = (sides[0][-1], sides[1][-1])
    return replace(heard, kinds=kinds, about_kinds=kinds, avoid_kinds=tuple(k for k in heard.avoid_kinds if k not in kinds),
                   followups=heard.followups - {"swap"}, question="choice",
                   preferences=replace(heard.preferences, kinds=kinds))


_ASKED_OF_THE_LOOKS = (_either_piece_asked, _own_piece_will_do, _size_of_a_worn_piece, _length_asked_of_a_look, _pairing_asked, _lacking_beside_a_suit, _two_looks_mixed, _why_picked,
                       _dull_piece_of_a_look, _suit_in_another_colour, _enough_asked, _shorter_layer,
                       _too_much_of_a_colour, _piece_of_a_look_asked, _asked_of_a_look_in_korean,
                       _piece_taken_another_changed)


# "the theme colours are sage and cream so maybe not those?": the colours just named, turned down
_NOT_THOSE = re.compile(r"\b(?:so|but|and)?\s*(?:maybe|probably|prob|definitely|def)?\s*(?:not|no|avoid|skip|stay away from)"
                        r"\s+(?:those|them|these|either)(?:\s+colou?rs?)?(?=\s*(?:[?.!,]|$|please|pls|plz|i\b|tho\b))"
                        r"|(?:그|이)\s*(?:색|색깔|컬러)(?:들)?(?:은|는)?\s*(?:빼|말고|제외|피해)", re.IGNORECASE)


# ("1번 걍 다 검정이라 좀 칙칙함", "all black is too gloomy in look 2"): the colour a look is all in, found dull
_ALL_IN_A_DULL_COLOUR = re.compile(r"(?:다|전부|온통|죄다|너무)\s*(?P<ko>\S+?)(?:이라서|이라|라서|여서|이어서)\s*(?:좀\s*|너무\s*)?"
                                   r"(?:칙칙|어둡|우울|답답|심심|지루)(?![^.!]{0,12}[?])"
                                   r"|\ball[- ](?P<en>\w+)\s+(?:is|feels|looks)\s+(?:a bit\s+|way\s+)?too\s+"
                                   r"(?:gloomy|dark|dull|drab|boring|sombre|somber|heavy)\b(?!\s*\?|[^.!?]{0,20}\bor\b)")
# ("my mom says all black is too gloomy, but I love it"): another's opinion, not theirs
_REPORTED = re.compile(r"\b(?:says|said|thinks|think|told me|keeps saying)\b|(?:이|가)\s*(?:그러는데|그러던데|그래서)|래요|대요")


def _colours_turned_down(heard: Understanding, lowered: str) -> Understanding:
    """Colours named, then "not those": every one of them ruled out, none wished for; a look's one colour found
    dull ("다 검정이라 칙칙함"): that colour ruled out, and lighter colours."""
    p = heard.preferences
    said = find_terms(lowered, lexicon.COLOR_TERMS)[0]
    dull = _ALL_IN_A_DULL_COLOUR.search(heard.text.lower())  # (as said: "all black" is blanked as a look's name)
    dull = dull if dull and not _REPORTED.search(heard.text.lower()[:dull.start()]) else None
    named = find_terms(dull.group("ko") or dull.group("en"), lexicon.COLOR_TERMS)[0] if dull else []
    if named:
        out = tuple(dict.fromkeys(m.value for m in named))
        return replace(heard, preferences=replace(p, colors=tuple(c for c in p.colors if c not in out),
                                                  shades=tuple(s for s in p.shades if s.split(":")[0] not in out),
                                                  avoid_colors=tuple(dict.fromkeys((*p.avoid_colors, *out)))),
                       feel=replace(heard.feel, tone=heard.feel.tone or "light"))
    turned = _NOT_THOSE.search(lowered)
    if not (p.colors and said and turned and turned.start() >= said[-1].end):
        return heard
    return replace(heard, preferences=replace(p, colors=(), avoid_colors=tuple(dict.fromkeys((*p.avoid_colors, *p.colors)))),
                   feel=replace(heard.feel, palette=tuple(c for c in heard.feel.palette if c not in p.colors)))


# Right after a colour: it is too loud ("빨강은 너무 튈듯", "red is too loud"), or one in it is owned already and
# another is asked ("목도리 색만 다른걸로 해주세요 회색은 있어서요")
_COLOUR_PUT_ASIDE = re.compile(r"^\s*(?:색|컬러)?\s*(?:은|는|이|가)?\s*(?:(?:좀|너무|넘|많이)\s*(?:튈(?!\s*(?:지\s*않|지\s*말))|튀(?!지\s*않|지\s*말|지않)|부담|과해|과한)"
                               r"|튈\s*(?:듯|것|거)|부담스|과해|과한"
                               # ("땀 많이 흘리는데 회색은 티나나요": the colour that shows sweat)
                               r"|(?:땀\s*(?:이|자국)?\s*)?티\s*(?:가\s*)?(?:나나|날까|많이\s*나))"
                               r"|^\s*(?:is|feels?|seems?|looks?)\s+(?:a bit\s+|way\s+)?(?:too loud|too much|too bright|too flashy)")
_COLOUR_OWNED = re.compile(r"^\s*(?:색|컬러)?\s*(?:은|는)\s*(?:이미\s*)?(?:있어서|있으니|있어요|있음|있거든|갖고\s*있)")
_ANOTHER = re.compile(r"다른|\b(?:another|different|other)\b")


# "1번 너무 과해요", "1번 좀 과한데": a look said to be overdone (not asked: "과한가요?" is a question)
_OVERDONE = re.compile(r"(?:너무|좀|넘|많이|조금)\s*과(?:해|하네|한데|한\s*(?:것|거)\s*같|한\s*듯|한듯)")


def _overdone_said(heard: Understanding, lowered: str) -> Understanding:
    """A look on screen said to be overdone, and nothing else asked of it: the look, toned down."""
    if not heard.target_look or heard.followups or heard.preferences.style or heard.question \
            or not _OVERDONE.search(lowered):
        return heard
    return replace(heard, followups=frozenset({"plainer", "less_formal"}))


# "I already own a similar navy dress", "비슷한 원피스 이미 있어서": a reason to pick another look, not a piece to
# build on; "so maybe look 3 instead" is that pick
_SIMILAR_OWNED = re.compile(r"\b(?:own|have|got)\s+(?:a\s+|an\s+)?(?:very\s+|really\s+)?similar\b|\bsimilar\s+one\b"
                            r"|비슷한\s*(?:거|걸|것|\S+)\s*(?:이미\s*|벌써\s*)?(?:있|갖고)")
_OTHER_PICKED = re.compile(r"(?:\blook\s*#?|#|\bnumber\s*)(\d)\s+instead\b|(\d)\s*번\s*으로\s*(?:할게|갈게|하죠|할래)")


def _similar_owned(heard: Understanding, lowered: str) -> Understanding:
    picked = _OTHER_PICKED.search(lowered)
    if not (heard.owns_named and _SIMILAR_OWNED.search(lowered) and picked):
        return heard  # ("I have a similar navy blazer, can you build a look around it?": theirs, built on)
    number = int(next(g for g in picked.groups() if g))
    return replace(heard, owns_named=False, piece_colour=None, kinds=(), about_kinds=(), slots=(), followups=frozenset(),
                   intents=frozenset({"ack"}), target_look=number,
                   puts_piece_on_look=False, preferences=replace(heard.preferences, kinds=(), colors=(), shades=()))


_ASKS_A_CHANGE = re.compile(r"바꿔|바꾸|교체|해\s*줘|해\s*주|주세요|\b(?:change|swap|switch|replace|instead|please)\b")


# "that's the one thing I hate about look 2": a complaint, no look taken
_THE_ONE_THING = re.compile(r"\bthe one\s+(?:thing|problem|part|bit|issue|piece|item|colou?r)\b")
# "더위 버틸까", "will I survive the heat": the heat, not the cold, asked about
_HEAT_ASKED = re.compile(r"더위|더워|덥|\bheat\b|\bhot\b|humid|습해|습한")
_COLD_SAID = re.compile(r"추위|추워|춥|영하|\bcold\b|freez|\bminus\b|snow|눈")


# "테니스 레슨 처음 등록했어요 야외코트고": the court a sport is played on, no coat (not "코트 입고", which wears one)
_SPORT_COURT = re.compile(r"(?:테니스|농구|배드민턴|풋살|배구|피클볼)[^.?!]{0,24}?코트(?!\s*(?:를|을|는|도)?\s*(?:입|걸치|사|추천))")


def _court_is_no_coat(heard: Understanding, lowered: str) -> Understanding:
    if "coat" not in heard.kinds or not _SPORT_COURT.search(lowered) or lowered.count("코트") > 1:
        return heard
    kinds = tuple(k for k in heard.kinds if k != "coat")
    return replace(heard, kinds=kinds, about_kinds=tuple(k for k in heard.about_kinds if k != "coat"),
                   slots=tuple(s for s in heard.slots if s != "outerwear" or kinds),
                   preferences=replace(heard.preferences, kinds=tuple(k for k in heard.preferences.kinds if k != "coat")))


# "흰색 바지 다른 색으로 바꿔줘", "the white pants in look 2, another colour?": that piece's colour traded away
_PIECE_IN_ANOTHER_COLOUR = re.compile(r"다른\s*(?:색|컬러)|\b(?:another|different|other)\s+colou?r")


def _piece_colour_traded(heard: Understanding, lowered: str) -> Understanding:
    """(one piece named: "흰 셔츠에 다른 색 바지로" wants the white shirt and trousers of another colour)"""
    colour, p = heard.piece_colour, heard.preferences
    if not (colour and len(heard.kinds) == 1 and p.colors == (colour,) and _PIECE_IN_ANOTHER_COLOUR.search(lowered)):
        return heard
    traded = f"{heard.kinds[0]}:{colour}"
    return replace(heard, piece_colour=None, followups=heard.followups | {"swap"},
                   avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, traded))),
                   preferences=replace(p, colors=(), shades=tuple(s for s in p.shades if not s.startswith(f"{colour}:"))))


# "can the dress in look 2 be a colour that isn't white", "any colour but teal", "아무 색이나 괜찮은데 흰색만 빼고":
# the piece named, traded for one in any colour but the one said
_ANY_COLOUR_BUT = re.compile(r"\b(?:a|any|some|another|other)\s+colou?r\s+(?:that\s+is\s*n[o']t|that\s+isn'?t|that'?s\s+not"
                            r"|other\s+than|but|except|besides|apart\s+from)\s+(.{1,30})"
                            r"|(?:다른|아무)\s*(?:색|컬러)\S*\s*(.{0,6}?)(?:말고|빼고|제외)")


def _piece_in_any_colour_but(heard: Understanding, lowered: str) -> Understanding:
    """(one piece named: "can the dress in look 2 be a colour that isn't white" swaps that dress for one that is not
    white; "any colour but teal" rules teal out the same way)"""
    said = _ANY_COLOUR_BUT.search(lowered)
    if not said or len(heard.kinds) != 1 or heard.avoid_kinds:
        return heard
    # (the colour said right after: "any colour but teal", not "any colour but I'd love green")
    colours = [m.value for m in find_terms(said.group(1) or said.group(2) or "", lexicon.COLOR_TERMS)[0] if m.start <= 1
               or said.group(2)]
    if not colours:
        return heard
    p = heard.preferences
    return replace(heard, followups=heard.followups | {"swap"}, asks_which=False, question=None,
                   preferences=replace(p, colors=tuple(c for c in p.colors if c != colours[-1]),
                                       avoid_colors=tuple(dict.fromkeys((*p.avoid_colors, colours[-1])))))


# "쪼리는 있어요 그거 말고 신발 한켤레만 더", "I already have sneakers, another pair besides those": theirs is had,
# another of the part wished
_HAVE_ONE_ANOTHER = re.compile(r"(\S+?)(?:은|는)\s*(?:이미\s*)?있(?:어요|어|는데|음)\s*(?:그거|그건|그거는)?\s*말고"
                               r"|\bi (?:already )?(?:have|own) ([a-z -]{2,20}?)[,.;]?\s*(?:so )?(?:something else|another pair|"
                               r"one more pair|besides th(?:ose|em))\b")


def _another_than_theirs(heard: Understanding, lowered: str) -> Understanding:
    """(the kind they have is not the one wished: another pair or piece of that part)"""
    said = _HAVE_ONE_ANOTHER.search(lowered)
    if said is None:
        return heard
    had = [m.value for m in find_terms(said.group(1) or said.group(2), lexicon.KIND_TERMS)[0]]
    if not had:
        return heard
    heard = _without_kinds(heard, set(had))
    return replace(heard, owns_named=False, piece_colour=None,
                   avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, *had))))


# ("swap the clutch in look 2 for something with a strap, I need both hands free", "양손이 자유로운 가방"): a crossbody
_STRAP_WISHED = re.compile(r"\bsomething with a (?:long )?strap\b|\bhands[- ]free\b|양손이?\s*자유|어깨에\s*메는|끈\s*(?:달린|있는)")


def _bag_with_a_strap(heard: Understanding, lowered: str) -> Understanding:
    """(a strap wished of a bag said in the message: the catalogue's crossbody, its "sling" bags)"""
    if heard.cut or "bag" not in heard.kinds or not _STRAP_WISHED.search(lowered):
        return heard
    return replace(heard, cut="sling")


def _waist_asked_of_a_look(heard: Understanding) -> Understanding:
    """(where a dress's waist sits is asked of a look's dress; "something cinched at the waist" is a wish)"""
    return heard if heard.asks_property != "waist" or heard.target_look else replace(heard, asks_property=None)


_RAIN_ASKED = re.compile(r"\b(?:do i|should i|what do i|can i|will i)\b|할까|필요|될까|되나|어떡|어쩌")


def _rain_said_with_a_brief(heard: Understanding, lowered: str) -> Understanding:
    """(an occasion and the rain said, nothing asked: "mumbai for work in july. it's monsoon … zero idea what I'm in
    for" wants looks for that work in the rain, not a note on rain)"""
    occasion = heard.preferences.occasion
    if heard.question != "rain" or not occasion or occasion == "daily" or heard.target_look \
            or _ASKED.search(lowered) or _RAIN_ASKED.search(lowered):
        return heard
    return replace(heard, question=None, intents=heard.intents | {"outfit"})


# "I need flats", "I can only wear sneakers (knee)", "플랫만 신을 수 있어요": a need of every pair, said to looks on screen
_ONLY_THOSE_SHOES = re.compile(r"\b(?:i (?:really )?need|i(?:'?ll| will) need|i have to wear|i can only (?:wear|do)|i only wear"
                               r"|has to be|have to be|must be|needs? to be)\b|(?:만|밖에)\s*(?:신을|신어야|신어요|신|못)"
                               r"|신어야\s*(?:해|돼|되|함)")


def _shoes_needed_in_every_look(heard: Understanding, lowered: str) -> Understanding:
    """(only a kind of shoes named, as a need: the looks keep the rest and wear that kind; a message naming an
    occasion, a look or anything else is a request of its own)"""
    p = heard.preferences
    # ("플랫만 신을 수 있어요" says what they can wear, no question, though "신을 수 있" often asks)
    said_only = re.search(r"(?:만|밖에)\s*신", lowered) is not None and "?" not in lowered
    if heard.slots != ("shoes",) or len(heard.kinds) != 1 or heard.target_look or heard.question and not said_only \
            or heard.snow or heard.cold or heard.rain \
            or heard.followups or p.occasion or p.style or heard.avoid_kinds or not _ONLY_THOSE_SHOES.search(lowered):
        return heard
    return replace(heard, followups=frozenset({"swap"}), question=None)


# "애 안고 다녀야 해서 1번 원피스는 좀 불편할거같아요", "2번 치마 땅에 앉으면 좀 곤란하지않나": a day a skirt gets in the
# way of (a child carried, a seat on the ground, a bike): neither a dress nor a skirt, trousers
_PRACTICAL_DAY = re.compile(r"안고|업고|아기\s*띠|땅에\s*앉|바닥에\s*앉|돗자리|자전거|계단\s*(?:많|오르|올라)|쫓아\s*다니|뛰어\s*다니"
                            r"|\b(?:carry(?:ing)?|holding)\s+(?:a|my|the|our)\s+(?:baby|toddler|kid|child|son|daughter)\b"
                            r"|\bsit(?:ting)?\s+on\s+the\s+(?:floor|ground|grass)\b|\b(?:bike|biking|cycling)\b"
                            r"|\bchas(?:e|ing)\s+(?:a|my|the)\s+(?:toddler|kids?)\b")


def _no_skirt_for_the_day(heard: Understanding, lowered: str) -> Understanding:
    if not ({"dress", "skirt"} & {k.split(":")[0] for k in heard.avoid_kinds}) or not _PRACTICAL_DAY.search(lowered):
        return heard
    out = tuple(dict.fromkeys((*heard.avoid_kinds, "dress", "skirt")))
    kinds = tuple(k for k in heard.kinds if k not in ("dress", "skirt"))
    return replace(heard, avoid_kinds=out, kinds=kinds, about_kinds=tuple(k for k in heard.about_kinds if k in kinds),
                   preferences=replace(heard.preferences, kinds=tuple(k for k in heard.preferences.kinds if k in kinds)))


# "1번 자켓 길이가 저한테 너무 길거같아요", "the coat in look 2 is too long on me": a shorter layer in its place
_LAYER_TOO_LONG = re.compile(r"(?:너무|넘)\s*길(?:어요|어서|어|네|다|거\s*같|것\s*같)|좀\s*길어요"
                             r"|\b(?:is|are|'s|feels?|looks?)\s+(?:a bit\s+|way\s+|kinda\s+)?too long\b"
                             # ("1번 코트 길이 저한테는 어중간하게 올거같은데", "the coat's length would hit me at an awkward spot")
                             r"|길이\S*\s*(?:(?!\S*(?:좋|딱|는데))\S+\s*){0,2}?(?:어중간|애매)|(?:어중간|애매)\S*\s*(?:하게|한)?\s*(?:올|와|떨어|내려)"
                             r"|\b(?:length|hem)\b(?:(?!\bbut\b|\bperfect\b)[^.?!,]){0,45}\b(?:awkward|weird|odd)\b"
                             r"|\bhits? me (?:at )?(?:an? )?(?:awkward|weird|odd)\b")


def _layer_too_long_on_them(heard: Understanding, lowered: str) -> Understanding:
    layers = [k for k in (*heard.avoid_kinds, *heard.kinds) if KIND_TO_SLOT.get(k) == "outerwear"]
    if not layers or not _LAYER_TOO_LONG.search(lowered) or not heard.target_look or "?" in lowered:
        return heard  # ("is the coat in look 2 too long for me?" asks)
    if "coat" in heard.avoid_kinds:
        return heard  # ("2번 코트 너무 길어요 좀 짧은걸로요": a jacket for the coat, read so after this)
    kinds = tuple(k for k in heard.kinds if k not in layers)
    # (the piece named goes, and no long one takes its place)
    return replace(heard, avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, "long_layer"))),
        kinds=kinds, about_kinds=tuple(k for k in heard.about_kinds if k in kinds),
        preferences=replace(heard.preferences, kinds=tuple(k for k in heard.preferences.kinds if k in kinds)),
        followups=heard.followups | {"swap"},
        slots=tuple(dict.fromkeys((*heard.slots, "outerwear"))), question=None if heard.question == "fit" else heard.question)


# "look 3 is too bright" (not "the sun is too bright", nor asked): a darker piece in it
_LOOK_TOO_BRIGHT = re.compile(r"(?:look\s*#?\d|#\d|\bthey|\bthis one|\bthat one)\s+(?:is|are|looks?|feels?)\s+"
                              r"(?:a bit\s+|way\s+|kinda\s+)?too bright\b")


def _look_too_bright(heard: Understanding, lowered: str) -> Understanding:
    if heard.feel.tone or "?" in lowered or not _LOOK_TOO_BRIGHT.search(lowered):
        return heard
    return replace(heard, feel=replace(heard.feel, tone="dark"))


# "club dress code?": the club's (its "dress code" is blanked as noise before the occasions are read)
_CLUB_CODE = re.compile(r"\bclub\s+dress\s*codes?\b|클럽\s*드레스\s*코드")


def _club_code(heard: Understanding, lowered: str) -> Understanding:
    if heard.preferences.occasion or not _CLUB_CODE.search(heard.text.lower()):  # (the words before the noise went)
        return heard
    return replace(heard, preferences=replace(heard.preferences, occasion="club"))


_HEAVY_BMI = 30.0  # (a weight for the height from which slim-fit shirts and trousers pull)


def _full_build_dressed(heard: Understanding) -> Understanding:
    """"키175에 100키로 넘어요", "60세 키 155 통통", "I'm a bit heavy": a full build, in numbers or in words, dressed as
    one (nothing slim-fit or clinging, and the note on cuts that skim the middle)."""
    heavy = bool(heard.height_cm and heard.weight_kg) and heard.weight_kg / (heard.height_cm / 100) ** 2 >= _HEAVY_BMI
    if not (heavy or heard.build == "full"):
        return heard
    # (a part named, "하체가 통통해서": that part's note, not the middle's)
    topics = heard.topics if any(t.startswith("body:") for t in heard.topics) else (*heard.topics, "body:belly")
    return replace(heard, build="full", feel=replace(heard.feel, relaxed=True), topics=topics)


def _beach_out_of_season(heard: Understanding) -> Understanding:
    """"trip to the beach in Busan in late November": a shore in a cool month is a trip in its season (a coat, closed
    shoes), not a summer beach of sandals and shorts (a tropical beach is summer whatever the month said)."""
    said = heard.preferences
    cool = said.season == "winter" or said.season in ("spring", "fall") and _COOL_MONTH.search(heard.text.lower())
    if said.occasion != "beach" or not cool:
        return heard  # ("Mexico beach trip in October": still hot)
    return replace(heard, preferences=replace(said, occasion="travel"))


# The months of spring and autumn when a northern shore is cold (not October in Mexico)
_COOL_MONTH = re.compile(r"\b(?:november|nov|march|mar)\b|(?:11|3)\s*월|\blate october\b|\bearly april\b|10월\s*말|4월\s*초")


def _asked_of_its_piece(heard: Understanding, lowered: str) -> Understanding:
    """"2번 코트로 영하 10도에도 버틸수 있을까요", "3번 치마 너무 짧나?": a question of the look's own piece (its warmth,
    its length), with no change asked; not that piece swapped or ruled out."""
    if "ack" in heard.intents and _THE_ONE_THING.search(lowered):
        heard = replace(heard, intents=heard.intents - {"ack"})
    if heard.asks_warm and _HEAT_ASKED.search(lowered) and not _COLD_SAID.search(lowered):
        heard = replace(heard, asks_warm=False)
    if heard.asks_warm and heard.target_look and "swap" in heard.followups and not _ASKS_A_CHANGE.search(lowered):
        heard = replace(heard, followups=heard.followups - {"swap"}, puts_piece_on_look=False)
    if heard.asks_property == "length" and heard.target_look and not _ASKS_A_CHANGE.search(lowered):
        # ("2번 상의 크롭 기장이에요?": the top's length asked, no crop wished for nor the top swapped)
        heard = replace(heard, fit=None, followups=heard.followups - {"swap"}, puts_piece_on_look=False,
                        question=None if heard.question == "fit" else heard.question)
    if heard.asks_property == "length" and heard.avoid_kinds and not heard.kinds:
        kinds = tuple(dict.fromkeys(k.split(":")[0] for k in heard.avoid_kinds))
        heard = replace(heard, kinds=kinds, about_kinds=kinds, avoid_kinds=(),
                        preferences=replace(heard.preferences, kinds=kinds))
    return heard


# "너무 면접처럼 입으면 튈까봐": dressed as for an interview is the worry, a step down, not an interview's looks
_DRESSED_LIKE = re.compile(r"(\S+?)\s*(?:처럼|같이|마냥)\s*(?:입으면|보이면|차려\s*입으면|입고\s*가면)\s*(?:\S+\s*){0,2}?"
                           r"(?:튈|이상|오바|과할|과해|부담|어색|안\s*될|별로)")


def _dressed_like_avoided(heard: Understanding, lowered: str) -> Understanding:
    said = _DRESSED_LIKE.search(lowered)
    occasion = heard.preferences.occasion
    if said is None or occasion is None or not any(m.value == occasion for m in find_terms(
            said.group(1), lexicon.OCCASION_TERMS)[0]):
        return heard
    return replace(heard, followups=heard.followups | {"less_formal"},
                   preferences=replace(heard.preferences, occasion=None))


# "I heard not to wear the birthday girl's color and hers is pink": her colour, which a guest leaves to her
_THEIR_COLOUR = re.compile(r"\b(?:not|don'?t|never|avoid)\b[^.!?]{0,40}\bcolou?rs?\b[^.!?]{0,30}\b(?:hers|his|theirs)\s+is\s+(\w+)")


# "the bride says pink for the bride only", "only the bride wears white", "핑크는 신부만 입는대요": a colour kept for
# one person of the day, which the guest leaves to them
_ONE_PERSON = (r"(?:the\s+)?(?:bride|groom|birthday\s+(?:girl|boy)|bridesmaids?|host(?:ess)?|guest\s+of\s+honou?r|"
               r"mother\s+of\s+the\s+bride|신부|신랑|주인공|생일자|들러리)")
_KEPT_FOR_ONE = tuple(re.compile(p) for p in (
    r"\b(\w+)\s+(?:is\s+)?(?:only\s+for|reserved\s+for|just\s+for)\s+" + _ONE_PERSON,
    r"\b(\w+)\s+(?:is\s+)?for\s+" + _ONE_PERSON + r"\s+only\b",
    r"\bonly\s+" + _ONE_PERSON + r"\s+(?:wears?|in|gets?|can\s+wear)\s+(\w+)",
    r"(\S+?)(?:은|는|색은|색는)?\s*" + _ONE_PERSON + r"\s*만",
    _ONE_PERSON + r"\s*만\s*(\S+?)(?:색)?\s*(?:입|이래|이라|이에요|이고|고|,|$)",
))


def _kept_for_one(lowered: str) -> str:
    """The words naming a colour kept for one person of the day, or ""."""
    return next((said.group(1) for rule in _KEPT_FOR_ONE if (said := rule.search(lowered))), "")


def _not_their_colour(heard: Understanding, lowered: str) -> Understanding:
    said = _THEIR_COLOUR.search(lowered)
    kept = said.group(1) if said else _kept_for_one(lowered)
    colours = [m.value for m in find_terms(kept, lexicon.COLOR_TERMS)[0]] if kept else []
    p = heard.preferences
    if not colours or said and colours[0] not in p.colors:
        return heard
    if not said:  # (kept for one person: never the guest's, wished for in words or not)
        p = replace(p, shades=tuple(s for s in p.shades if not s.startswith(f"{colours[0]}:")))
        heard = replace(heard, piece_colour=None if heard.piece_colour == colours[0] else heard.piece_colour)
    return replace(heard, preferences=replace(p, colors=tuple(c for c in p.colors if c != colours[0]),
                                              avoid_colors=tuple(dict.fromkeys((*p.avoid_colors, colours[0])))))


def _colour_put_aside(heard: Understanding, lowered: str) -> Understanding:
    """A colour said to be too loud, or owned already beside a wish for another: ruled out, not wished for."""
    p = heard.preferences
    colours = find_terms(lowered, lexicon.COLOR_TERMS)[0]
    owned = {m.value for m in colours if _COLOUR_OWNED.match(lowered[m.end:]) and _ANOTHER.search(lowered)}
    aside = {m.value for m in colours if _COLOUR_PUT_ASIDE.match(lowered[m.end:])} | owned
    if not aside & set(p.colors):
        return heard
    aside &= set(p.colors)
    if owned and len(heard.kinds) == 1 and aside <= owned:
        # ("목도리 색만 다른걸로 해주세요 회색은 있어서요": another scarf than their grey one; the rest may stay grey)
        return replace(heard, preferences=replace(p, colors=tuple(c for c in p.colors if c not in aside)),
                       avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, *(f"{heard.kinds[0]}:{c}" for c in sorted(aside))))))
    return replace(heard, preferences=replace(p, colors=tuple(c for c in p.colors if c not in aside),
                                              avoid_colors=tuple(dict.fromkeys((*p.avoid_colors, *sorted(aside))))),
                   feel=replace(heard.feel, palette=tuple(c for c in heard.feel.palette if c not in aside)))


_HEEL_SHAPES = re.compile(r"wedge|block|kitten|웨지|블록|통굽", re.IGNORECASE)


def _heels_asked_of(heard: Understanding) -> Understanding:
    """"will heels sink in the grass? what shoes would you do with look 1": the heels are the worry asked about, the
    shoes wished for are the ones that stay on top of the lawn (flat or low), not heels."""
    # ("wedges or block heels on a lawn?" weighs two heels against each other: a choice, answered as one)
    if not (heard.feel.flat and "heels" in heard.kinds and "?" in heard.text) or _HEEL_SHAPES.search(heard.text):
        return heard
    kinds = tuple(k for k in heard.kinds if k != "heels")
    return replace(heard, kinds=kinds, about_kinds=kinds, preferences=replace(heard.preferences, kinds=tuple(
        k for k in heard.preferences.kinds if k != "heels")), slots=tuple(dict.fromkeys((*heard.slots, "shoes"))))


def _broad_heel_wished(heard: Understanding) -> Understanding:
    """"and block heels please, the ceremony is on grass": a broad heel is the lawn's answer, wished for; the grass
    asks for no flat shoe beside it."""
    if heard.cut != "wedge" or not heard.feel.flat or "heels" in heard.avoid_kinds:
        return heard
    return replace(heard, feel=replace(heard.feel, flat=False))


_TONE_AGAINST = {"dark": frozenset({"white", "beige", "cream", "yellow", "pink"}),
                 "light": frozenset({"black", "navy", "charcoal", "brown", "maroon"})}


def _colour_traded_for_tone(heard: Understanding) -> Understanding:
    """"swap the white sneakers for something darker", "신발 흰색이면 금방 더러워질 거 같은데 어두운색으로": the
    colour is the piece's now, traded for the tone asked; no wish for it."""
    p, tone = heard.preferences, heard.feel.tone
    if tone not in _TONE_AGAINST or "swap" not in heard.followups or len(p.colors) != 1 \
            or p.colors[0] not in _TONE_AGAINST[tone]:
        return heard
    colour, lowered = p.colors[0], heard.text.lower()
    said = [m for m in find_terms(lowered, lexicon.COLOR_TERMS)[0] if m.value == colour]
    tones = find_terms(lowered, lexicon.TONE_TERMS)[0]
    if not (said and tones and said[-1].end <= tones[0].start):
        return heard  # ("the trousers to a lighter color, tan maybe": tan is the colour wished, said after the tone)
    return replace(heard, piece_colour=None, preferences=replace(
        p, colors=(), shades=tuple(s for s in p.shades if not s.startswith(f"{colour}:")),
        piece_colours=tuple(s for s in p.piece_colours if not s.endswith(f":{colour}"))))


def _questions_as_asked(heard: Understanding, lowered: str) -> Understanding:
    """A question about how a piece behaves ("are the boots in look 2 waterproof?") changes nothing and says no
    season ("ok if it's freezing on the plane?": the cabin, not the winter); a piece weighed against the occasion
    or a colour asked about is asked, not wished for or ruled out."""
    if heard.asks_property and not CHANGE_SAID.search(lowered):
        season = None if heard.asks_property == "cold" else heard.preferences.season
        # ("white or black hides sweat better?": two colours weighed, neither wished for)
        colours = () if len(heard.preferences.colors) > 1 else heard.preferences.colors
        # ("which of these fabrics will hide it?": the pieces' property, not which look is best)
        heard = replace(heard, followups=heard.followups - {"swap"}, feel=Feel(), compared_looks=(),  # (asked of,
                        preferences=replace(heard.preferences, season=season, colors=colours))  # not wished for)
    if "garment:tux-or-suit" in heard.topics and heard.target_look:
        # ("is look 1 a tux or a suit? idk the difference": what the two are, asked; look 1 stays as it is)
        heard = replace(heard, event=None, intents=heard.intents - {"outfit"}, followups=frozenset(),
                        preferences=replace(heard.preferences, occasion=None))
    if (heard.cut or heard.kinds) and not heard.target_look and _WOULD_IT_BE_TOO.search(lowered):
        # "구두 말고 로퍼 신으면 너무 캐주얼한가요?", "would loafers be too casual?": whether they would do, asked
        kinds = heard.kinds or (("shoes",) if heard.cut else ())
        heard = replace(heard, kinds=kinds, about_kinds=kinds, avoid_kinds=(), question="yesno",
                        followups=heard.followups - {"more_formal", "less_formal", "swap"},
                        preferences=replace(heard.preferences, kinds=kinds))
    asked = "?" in lowered or re.search(r"\b(?:are|will) (?:they|it)\b", lowered)
    if heard.target_look and asked and _HOW_OF_A_PIECE.search(lowered) and not CHANGE_SAID.search(lowered) \
            and any(t.startswith(("length:", "weather:layering", "body:")) for t in heard.topics):
        # "1번 바지 기장 어떻게 해야 다리 길어 보여요?", "the pants in look 3, are they cropped?": how it is worn,
        # asked of the look, which stays as it is
        heard = replace(heard, question="howto", followups=heard.followups - {"swap"}, puts_piece_on_look=False,
                        intents=heard.intents - {"outfit"})
    if heard.preferences.avoid_colors and _ONLY_THAT.search(lowered):
        # "검정 말고는 안되는거죠?": whether only that colour will do, asked (not that colour ruled out)
        colours = heard.preferences.avoid_colors
        heard = replace(heard, question="yesno", target_look=None, asks_about_look=False,
                        preferences=replace(heard.preferences, colors=colours, avoid_colors=()))
    return heard


_HOW_OF_A_PIECE = re.compile(r"어떻게\s*해야|어떻게\s*입어야|뭐\s*\S*\s*해야|뭘\s*\S*\s*해야|\bare (?:they|these|those|the \w+)\b"
                             r"|\bwill (?:they|it)\b|\bhow (?:long|short|should|do)\b|\bwhat (?:do|should) i layer\b")
_BUILD_SAID_AS_SIZE = re.compile(r"\b(?:average|normal|regular|standard|medium)[- ]size[ds]?\b"
                                 # "I'm female, 35, size 12", "plus size (22/24)": the dress size they wear, said
                                 r"|\b(?:uk |us |eu )?size (?:[02468]|1[02468]|2[02468]|3[02])(?:/\d{1,2}|-?ish)?\b(?! (?:shoes?|feet|foot))")
# "great, thanks man", "cheers dude", "thx bro": a word for the one spoken to, not the wearer
# (not "my dad says he needs a suit", the one who speaks and is dressed)
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told me|thinks|insists|wants me|keeps saying|mentioned|has opinions)\b"
                           r"(?!\s+(?:he|she|they|his|her)\b)")
_RELATIVES = frozenset({"grandpa", "grandma", "grandfather", "grandmother", "granddad", "grandad", "granny", "mom", "mum",
                        "dad", "mother", "father", "uncle", "aunt", "auntie", "sister", "brother"})
# (not a partner: "my gf wants me to dress better" says whose clothes, his)
_ADDRESSED = re.compile(r"\b(?:thanks|thank you|thx|ty|cheers|nice one|sweet|awesome|cool|great)[,!]?\s+(?:man|dude|bro)\b\W*$")
# "going with look 2", "look 2 it is", "2번으로 할게요": one look picked
# A bare number after the looks, "1", "2 please", "3번이요", "1번 ㄱ": that one, picked
_BARE_NUMBER = (r"^\W*[1-9]\s*(?:please|pls|plz|then|it is)?\W*$"
              r"|^\W*[1-9]\s*번\s*(?:이요|요|으로요|으로|로요|로|이에요|입니다|ㄱ+|할게요|으로\s*할게요|이\s*좋아요|좋아요|인데요)?\W*$")


def is_bare_pick(text: str) -> bool:
    """The whole message is a look's number ("2", "3번이요")."""
    return re.search(_BARE_NUMBER, text.strip().lower()) is not None


_PICKS_A_LOOK = re.compile(r"\b(?:going with|(?<!would )(?<!does )(?<!will )(?<!to )(?<!do )(?<!it )(?<!that )go with|i'?ll take|i will take|taking|i choose|i pick|picking|settled on"
                           r"|decided on|i'?ll wear|i will wear|(?:i'?ll|ill|i will|let'?s|lets) do)\s+(?:look\s*#?|#|number\s*)\d\b"
                           r"|\b(?:(?:i'?ll|ill|i will|let'?s|lets) do|going with)\s+#?\d(?=\s*(?:[.,!]|$|then\b|thanks\b|thx\b"
                           r"|but (?:with|in|without|swap)\b))"
                           r"|\blook\s*#?\d\s+it is\b|\blook\s*#?\d\s+is it\b"  # ("ok I think look 1 is it")
                           # ("I'll try look 2", "buying look 2", "ok getting look 2 and the top you said", "look 3")
                           r"|\b(?:i'?ll try|i will try|i'?m buying|buying|i'?m getting|ok getting|getting|ordering|i'?ll order)\s+"
                           r"(?:look\s*#?|#)\d\b|^\W*(?:look\s*#?|#)\d\W*$"
                           # ("2번으로 입어볼게요", "2번 사고 나머진 천천히", "전 2번 남편은 3번": one look, or one for each)
                           r"|(?<!\d)\d\s*번\s*(?:으로|로)?\s*(?:입어\s*볼게|입어\s*볼께|사고(?!\s*싶)\b|사볼게|사 볼게|구매할게|주문할게)"
                           r"|(?:^|\s)(?:전|저는|나는|난)\s*(?<!\d)\d\s*번[^.?!]{0,10}?(?:남편|와이프|아내|남친|여친|엄마|아빠|딸|아들)\S*\s*(?<!\d)\d\s*번"
                           # ("1번이랑 음악회용 2번 둘다 살게요": both taken)
                           r"|(?<!\d)\d\s*번\s*(?:이랑|하고|과|와|랑)[^.?!]{0,12}?(?<!\d)\d\s*번\s*(?:둘\s*다|모두|다)\s*"
                           r"(?:살게|할게|입을게|살께|할께)"
                           r"|^\W*(?:look\s*#?|#)\d\s+then\W*$"  # ("look 3 then")
                           # ("fine, look 3", "ok look 2 then 👍": a nod and a look, nothing else)
                           r"|^\W*(?:fine|ok|okay|alright|cool|great|perfect|sure|yeah|yes|yep)\W+(?:look\s*#?|#)\d\s*(?:then|it is|please|pls)?\W*$"
                           # ("perfect, I'll rotate looks 1, 2 and 3", "look 1 for tours and look 3 for the interview day")
                           r"|\b(?:i'?ll|i will|gonna|going to)\s+(?:rotate|alternate|switch between|mix)\s+(?:between\s+)?looks?\s*#?\d"
                           r"|\blook\s*#?\d\s+for\s+(?:the\s+)?[a-z ]{2,30}?\s*(?:,|and|&)\s*(?:look\s*#?)?\d\s+for\b"
                           # ("저녁용은 3번으로 하고 낮엔 1번 입을게요": a look for each part of the day)
                           r"|\S(?:용은|용으론|엔|에는|은|는)\s*(?<!\d)\d\s*번\s*(?:으로|로)\s*(?:하고|할게|할께)"
                           # ("look 2 with that swap it is", "yeah look 2 with the darker shoes")
                           r"|\blook\s*#?\d\s+with (?:that|the|my)\b[^.?!]{0,30}\bit is\b"
                           r"|^(?:yeah|yes|yep|ok|okay|cool|great|perfect)[,!.]?\s+look\s*#?\d\s+with\s+(?:the|that|my)\b"
                           # ("2번 입을게요" is twice: a pick says 으로, 룩 or 그대로 before wearing, going or buying)
                           r"|(?<!\d)\d\s*번\s*(?:룩|코디)?\s*(?:으로|로)?\s*(?:둘\s?다\s*|저도\s*|같이\s*|그대로\s*)?(?:할게|할께|정했|결정|하겠습니다|하겠어요)"
                           # ("ㅇㅋ 1번", "ㅇㅇ 2번": a nod and a number, nothing else)
                           r"|^\W*(?:ㅇㅋ|ㅇㅇ|오키|오케이|okay|ok|넵|네)\W*(?<!\d)\d\s*번\s*(?:으로|로)?\s*[.!~ㅎㅋ]*$"
                           # ("그럼 1번 ㄱ", "2번 ㄱㄱ", "3번 콜": go)
                           r"|(?<!\d)\d\s*번\s*(?:으로|로)?\s*(?:ㄱ+|고고|콜)\s*[.!~]*$"
                           r"|^\W*(?:그럼|그러면|좋아요|네|오케이|ㅇㅋ)?\s*(?<!\d)\d\s*번\s*(?:으로|로)\s*하고\b"  # "그럼 2번으로 하고 양말색은"
                           r"|(?<!\d)\d\s*번\s*(?:룩|코디)?\s*(?:으로|로)\s*(?:주세요|줘요|할래|ㄱㄱ|고고|가자|콜)"  # "2번으로 주세요"
                           r"|(?<!\d)\d\s*번\s*(?:(?:룩|코디)\s*(?:으로|로)?|으로|로|그대로)\s*(?:그대로\s*)?"
                           r"(?:갈게|갈께|입을게|입을께|살게|살께|사야겠|주문할게)"
                           # ("네 1번이 딸한테 제일 어울릴것같아요 감사합니다": the one liked best, with thanks)
                           r"|(?<!\d)\d\s*번이\s*(?:\S+\s*){0,2}?(?:제일|가장)\s*(?:어울|좋|나아|예쁘|이쁘|맘에)"
                           # ("ok he said look 2 is "fine" which i think means yes": his pick, passed on)
                           r"|\blook\s*#?\d\s+is\s+[\"'“]?(?:fine|the one)\b"
                           # ("look 1 feels more like me honestly", "2번이 딱 제 스타일이에요": the one that is them)
                           r"|\b(?:look\s*#?|#)\d\s+(?:feels|is|looks|seems)\s+(?:\w+\s+)?(?:more\s+)?(?:like me|me|my style|my vibe)\b"
                           r"|(?<!\d)\d\s*번(?:이|은|이\s*좀|이\s*더)?\s*(?:딱\s*)?(?:제|내|저)\s*스타일", re.IGNORECASE)
_PICKS_A_LOOK = re.compile(f"{_PICKS_A_LOOK.pattern}|{_BARE_NUMBER}", _PICKS_A_LOOK.flags)
# "검정도 좀 무거워 보일 거 같아서": a colour that looks heavy, no wish for lighter clothes
_COLOUR_LOOKS_HEAVY = re.compile(r"((?:검정|블랙|까만|검은|어두운\s*색|진한\s*색|네이비|남색|black|dark colou?rs?)\S*\s*(?:좀\s*|too\s*|a bit\s*)?)"
                                 r"(무거워\s*보\S*|무겁게\s*보\S*|heavy)")
# "honestly just pick one for me", "which would you pick?", "그냥 제일 무난한 걸로 골라줘요": one of the looks, chosen
_PICK_ONE = re.compile(r"\b(?:pick|choose) (?:one|the best one|one of them|one for me)\b|\bwhich (?:one )?would you "
                       r"(?:pick|choose|go with|wear)\b|\byour (?:top |best )?pick\b|(?:중에서?|중)\s*하나(?:만)?\s*골라|"
                       r"제일\s*\S+\s*(?:걸로|거로|것으로)\s*골라|(?:뭐가|어떤\s*게|어느\s*게)\s*제일\s*(?:나아|좋아|무난)")
_WITH_MINE = re.compile(r"\bwith (?:my|mine|the ones i have)\b|(?:제|내)\s*(?:꺼|거|것)(?:로|랑)"
                        # ("I'll go with look 1 with the new shirt", "look 2 w the comfier shoes": the change made)
                        r"|\b(?:with|w/?) (?:the|that) (?:new|darker|lighter|warmer|other|changed|swapped|comfier|comfy"
                        r"|comfortable|flatter|softer|nicer|brighter|cheaper)\b"
                        r"|\bwith (?:that|the) (?:swap|change)\b|바꾼\s*(?:걸로|거로|것으로|\S+(?:로|으로))")
# "졸업식 끝나고 중식당에서 밥 먹기로 했어요 ... 암튼 3번으로 할게요": what comes before "anyway" is talk, the pick after it
_ANYWAY = re.compile(r"암튼|아무튼|어쨌든|어쨌거나|\banyways?\b|\bso yeah\b|\bbut yeah\b|\bregardless\b", re.IGNORECASE)


# "it's a hindu cremation", "I think white is expected here, not black": a funeral where mourners wear white
# (not a cremation as such, the usual funeral in Korea and the UK, nor white asked about: "should i avoid white?")
WHITE_MOURNING = re.compile(r"\bhindu\b|\bsikh\b|\bjain\b|\bantim sanskar\b|\bchautha\b|\bprayer meet"
                            r"|\bshraddh|\bterahvi\b|\bwhite is (?:expected|customary|the norm|the custom|traditional)\b"
                            r"|\b(?:people|everyone|they|we) (?:all )?(?:wear|wears) white\b|힌두|다들 흰\s*옷", re.IGNORECASE)


def _white_mourning(heard: Understanding, lowered: str) -> Understanding:
    """A Hindu cremation, a Sikh or Jain funeral, a prayer meeting: the funeral's looks in white, not black."""
    if heard.event == "funeral" and WHITE_MOURNING.search(lowered):
        return replace(heard, event="funeral_white")
    return heard


# "look 1 but can the shirt be a tee", "make the shirt a tee": the first piece traded for the second
_BE_A = re.compile(r"\b(?:(?:can|could|should|would)\s+(?:the|that|its|my)\s+([a-z-]+)\s+(?:be|become|turn into)"
                   r"|(?:make|turn)\s+(?:the|that|its|my)\s+([a-z-]+)(?:\s+into)?)\s+(?:a|an|some)\s+([a-z-]+(?:\s[a-z-]+)?)\b")


def _piece_made_another(heard: Understanding, lowered: str) -> Understanding:
    """"can the shirt be a tee": a tee wished for in the shirt's place (not a shirt), the shirt traded away."""
    said = _BE_A.search(lowered)
    if said is None or len(heard.kinds) != 2:
        return heard
    old = [m.value for m in find_terms(said.group(1) or said.group(2), lexicon.KIND_TERMS)[0]]
    new = [m.value for m in find_terms(said.group(3), lexicon.KIND_TERMS)[0]]
    if not (old and new) or set(old + new) != set(heard.kinds) or old[0] == new[0]:
        return heard
    return replace(heard, kinds=(new[0],), followups=heard.followups | {"swap"},
                   avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, old[0]))),
                   preferences=replace(heard.preferences, kinds=(new[0],)))


def _build_not_size(heard: Understanding, lowered: str) -> Understanding:
    """"i'm a woman, average size, love jewel tones": a build said in passing, no size asked."""
    if "size" in heard.intents and _BUILD_SAID_AS_SIZE.search(lowered) and "?" not in lowered and not heard.size_said:
        return replace(heard, intents=heard.intents - {"size"})
    if "size" in heard.intents and "body:tall" in heard.topics and not heard.size_said and not heard.height_cm:
        return replace(heard, intents=heard.intents - {"size"})  # "only stuff that comes in tall sizes?": the note
    return heard


# "look 2 for me and the first one for him", "제 건 2번으로 할게요 엄마 것도 2번이요": looks picked, one for each
_PICKED_FOR = re.compile(r"(?:\blook\s*#?|#|\b)(?<!\d)(\d)(?!\d)\s+for\s+(?:me|him|her|them|us|my\s+\w+)\b"
                         r"|\b(?:the\s+)?(first|second|third|fourth|fifth|sixth)\s+one\s+for\s+(?:me|him|her|them|my\s+\w+)\b"
                         r"|(?:제|내|저|엄마|아빠|남편|아내|와이프|남친|여친|딸|아들|어머니|아버지)\s*(?:건|꺼|거|것)\s*(?:도|은|는)?\s*(\d)\s*번"
                         # ("ok going with 2. thanks": a number alone at the end of its clause; not "going with 2 friends")
                         r"|\bgoing with\s+(?:look\s*)?#?(\d)(?!\d)(?=\s*(?:[.,!]|$|then\b|thanks\b|thx\b))", re.IGNORECASE)
# ("2 for me, 1 for her", "제 건 2번 남편 건 1번"): a number picked for someone else, by a word for them ("look 1 for my
# interview" is the person's own)
_FOR_THEM = re.compile(r"\bfor\s+(?:him|her|them|my\s+(?:wife|husband|partner|bf|gf|boyfriend|girlfriend|mum|mom|mother|dad|"
                       r"father|son|daughter|sister|brother|friend|fianc[eé]e?|hubby))\b"
                       r"|^(?:엄마|아빠|남편|아내|와이프|남친|여친|딸|아들|어머니|아버지)")
_THANKS = re.compile(r"\bthanks?\b|\bthank you\b|\bthx\b|\bjazak\s?allah|\bvery kind\b|\bcheers\b|감사|고마워|고맙", re.IGNORECASE)


# "I wear a 44 jacket, 38 waist", "32x30 pants", "40 regular": menswear's sizes, which say whose clothes
_MENS_SIZING = re.compile(r"\b(?:3[4-9]|4\d|5[0-4])\s*(?:r|l|s|regular|long|short)?\s+(?:jacket|suit|blazer|sport coat)\b"
                          r"|\b(?:2[8-9]|3\d|4[0-4])\s*x\s*(?:2[6-9]|3[0-6])(?:\s+(?:pants|trousers|jeans|chinos|slacks))?\b")


def asks_a_size(text: str) -> bool:
    """"what size should I get?", "66 입는데 L 사면 돼요?": a size asked, not only told."""
    lowered = text.lower()
    return "?" in lowered or any(r.search(lowered) for r in (_SIZE_ASKED, _WHICH_TO_BUY, _FITS_ASKED))


# "1번에 제 회색 코트 입고 갈게요", "3번 하늘색 셔츠로 갈게요", "I'll go with look 1, the new shirt": a look named, then
# the going with it said last (with what it wears between)
_PICK_SAID_LAST = re.compile(r"(?:(?<!\d)\d\s*번|\blook\s*#?\d)[^.?!]{0,40}?(?:갈게요|갈께요|갈게|할게요|할께요|할게"
                             r"|결정(?:할게요|이에요|이요|요)?)\s*[.!~^ㅎㅋ]*\s*$"
                             # ("3번 밝은 버전으로 할게요 신발은 제 누드톤 구두 신을거예요": the pick, then their shoes)
                             r"|(?<!\d)\d\s*번[^.?!]{0,20}?(?:으로|로)\s*(?:최종\s*)?(?:할게요|갈게요|할께요|갈께요|할게여|할께여|결정)", re.IGNORECASE)


def picks_a_look(text: str) -> bool:
    """"going with look 2, I'll wear my own shoes", "2번으로 주세요", "1번에 제 회색 코트 입고 갈게요": one look
    chosen (changed or not)."""
    lowered = text.lower().strip()
    return _PICKS_A_LOOK.search(lowered) is not None or _PICK_SAID_LAST.search(lowered) is not None


def says_a_pick(text: str) -> bool:
    """A look picked by its number ("going with 2") or as the one just talked about ("좋아요 그걸로 할게요")."""
    return picks_a_look(text) or THAT_ONE_PICKED.search(text.lower()) is not None


def _a_look_picked(heard: Understanding, lowered: str) -> Understanding:
    """"ok going with look 2 thanks!", "cool, look 2 then. thanks", "look 2 for me and the first one for him.
    jazakallah!": a look (or one for each person) chosen with nothing to change is taken, not shown again."""
    if (weather_picks := _picks_per_weather(lowered)) and not (heard.kinds or heard.avoid_kinds or heard.followups):
        # (the rain it names is the day's chance, not a wish for rain wear)
        return replace(heard, intents=frozenset({"ack"}), target_look=weather_picks[0], looks_named=weather_picks,
                       rain=False, question=None, followups=frozenset(), kinds=(), slots=(), partner=None)
    pick = _PICKS_A_LOOK.search(lowered)
    if pick and (talk := [m for m in _ANYWAY.finditer(lowered, 0, pick.start())]):
        tail = _a_look_picked(extract(lowered[talk[-1].end():]), lowered[talk[-1].end():])
        # (the pick alone after the talk is taken, the whole message kept as said; else the message as a whole)
        return replace(tail, text=heard.text) if tail.intents == {"ack"} else heard
    if pick and not heard.target_look:  # ("옷은 2번 할게요": the look is the number picked)
        heard = replace(heard, target_look=int(re.search(r"\d", pick.group()).group()))
    p = heard.preferences
    # ("going with look 2 with my boots": their piece, already on it, is no change)
    # (not "I'll do 1 but with my own jeans instead": theirs in place of its own, a change)
    own = pick is not None and bool(_WITH_MINE.search(lowered)) and not heard.followups - {"swap"} \
        and not re.search(r"\binstead\b|\bbut with my\b|대신", lowered)
    piece_change = bool(heard.followups or heard.kinds or heard.slots) and not own
    # ("look 1 for tours and look 3 for the interview day", "저녁용은 3번으로 하고 낮엔 1번": what each is for)
    per_use = pick is not None and _LOOK_PER_USE.search(lowered) is not None
    change = piece_change or bool(p.colors or p.avoid_colors or heard.avoid_kinds or p.style
                                  or (p.occasion or p.season) and not per_use
                                  or heard.size_said or heard.question) or "?" in lowered
    found = list(_PICKED_FOR.finditer(lowered))
    picks = [_first_group(m) for m in found]
    # (the looks said by number; "the first one for him" is the first of his, which only the numbers on screen say)
    numbers = tuple(dict.fromkeys(int(n) for n in picks if n.isdigit())) \
        or tuple(dict.fromkeys(_ORDINALS.get(n, 1) for n in picks))
    if numbers and (_THANKS.search(lowered) or _PICKS_A_LOOK.search(lowered) or len(picks) > 1) and not change:
        # (the people named are whose each pick is, no one else to dress)
        # ("2 for me, 1 for her": her number may count among her looks, which the agent knows)
        said = [(int(n) if n.isdigit() else _ORDINALS.get(n, 1), _FOR_THEM.search(m.group()) is not None)
                for n, m in zip(picks, found)]
        if len(said) > 1 and any(for_them for _, for_them in said):
            mine = tuple(dict.fromkeys(n for n, for_them in said if not for_them))
            theirs = tuple(dict.fromkeys(n for n, for_them in said if for_them))
            numbers, heard = mine + theirs, replace(heard, picked_for_them=theirs)
        return replace(heard, intents=frozenset({"ack"}), target_look=numbers[0], looks_named=numbers, partner=None,
                       both_dressed=False, couple=False, preferences=replace(p, gender=None))
    picked = pick or "ack" in heard.intents
    # ("2번으로 할게요 근데 남편 것도 부탁해요": his looks beside look 2, asked)
    if not (heard.target_look and picked) or change or heard.partner:
        return heard
    # ("going with look 2 and look 3, thanks": both taken)
    named = tuple(dict.fromkeys(int(_first_group(m)) for m in _LOOK_NUMBER.finditer(lowered)))
    # (the people named beside a pick, "my mom is gonna cry", are no one to dress)
    return replace(heard, intents=frozenset({"ack"}), looks_named=named if len(named) > 1 else heard.looks_named,
                   partner=None, both_dressed=False, couple=False, followups=frozenset(), kinds=(), slots=(),
                   about_kinds=(), puts_piece_on_look=False,
                   preferences=replace(p, gender=None, kinds=(), colors=(), piece_colours=()))


# Two looks picked, each for a part of the trip or the day
_LOOK_PER_USE = re.compile(r"\blook\s*#?(\d)\s+for\b[^.?!]*(?:\band|,|&)\s+(?:look\s*#?)?(\d)\s+for\b"
                           r"|(?<!\d)(\d)\s*번\s*(?:으로|로)\s*하고[^.?!]*?(?<!\d)(\d)\s*번"
                           # ("1번이랑 음악회용 2번 둘다 살게요": the second for the concert)
                           r"|(?<!\d)(\d)\s*번\s*(?:이랑|하고|과|와|랑)\s*\S+용\s*(?<!\d)(\d)\s*번")


# "I'll take look 1 if it doesn't rain, otherwise look 2", "if it rains look 2, else 1", "비 오면 2번 아니면 1번 입을게요":
# one look for each kind of day, the weather deciding
_LOOK_PER_WEATHER = re.compile(
    r"\blook\s*#?(\d)\b[^.?!]{0,40}?\bif\b[^.?!]{1,40}?(?:,|\botherwise\b|\bor else\b|\belse\b|\band\b)\s*"
    r"(?:otherwise\s+|else\s+)?(?:(?:look\s*#?|#)(\d)\b|(\d)(?=\s*(?:otherwise|if\b|$|[.!,])))"
    r"|\bif\b[^.?!]{1,40}?(?:look\s*#?|#)(\d)\b[^.?!]{0,12}?(?:,|\botherwise\b|\bor else\b|\belse\b)\s*(?:look\s*#?|#)?(\d)\b"
    r"|(?:면|엔|에는)\s*(?<!\d)(\d)\s*번[^.?!\d]{0,20}?(?:아니면|안\s*오면|그\s*외엔|평소엔|[가-힣]면)\s*(?<!\d)(\d)\s*번")


def _picks_per_weather(lowered: str) -> tuple[int, ...]:
    """The two looks of a pick that lets the day decide, in the order said; () when none is."""
    if not (said := _LOOK_PER_WEATHER.search(lowered)) or _ASKS_A_CHANGE.search(lowered) or "?" in lowered:
        return ()
    numbers = tuple(dict.fromkeys(int(n) for n in said.groups() if n))
    return numbers if len(numbers) == 2 else ()


# "그걸로 할게요", "이걸로 할게요", "ok that one": the look just talked about, picked
THAT_ONE_PICKED = re.compile(r"(?:그걸로|이걸로|그거로|이거로)\s*(?:할게|할께|하고|갈게|갈께|결정)"
                             r"|\b(?:ok|okay|yeah|yes)?,?\s*(?<!not )(?<!like )(?<!about )(?<!hate )that one\b(?:[.!,]|\s*$)"
                             r"|\b(?:that'?s|thats|this is|that is) the one\b"
                             # ("ok going with that. is it gonna be too warm...?": the look talked about, taken)
                             r"|\b(?:going with|go with|i'?ll take|i'?ll go with|taking)\s+(?:that|this)(?:\s+one)?\s*(?:[.!,]|$)",
                             re.IGNORECASE)


def _pick_with_a_touch(heard: Understanding, lowered: str) -> Understanding:
    """"ok going with 2. maybe one statement earring?", "그럼 1번으로 할게요 귀걸이 하나만 골라줘요": the look picked,
    and the accessory asked for put on it (not a choice among the looks, not new looks)."""
    if not (says_a_pick(lowered) and heard.kinds and all(KIND_TO_SLOT.get(k) == "accessory" for k in heard.kinds)) \
            or heard.asks_leave or _NEEDED.search(lowered):  # ("taking that one. do I need a bag?": asked)
        return heard
    pick = _PICKS_A_LOOK.search(lowered)
    number = heard.target_look or (int(re.search(r"\d", pick.group()).group()) if pick else None)
    heard = replace(heard, target_look=number, compared_looks=None, picks_for_me=False, shrug=False, count=None,
                    asks_to_see=False, intents=(heard.intents - {"ack"}) | {"outfit"})
    if heard.asks_which and set(heard.kinds) <= {"tie", "belt"}:
        # ("I'll take look 1. what colour tie goes with that": the colour that look wants, by the rules)
        return replace(heard, puts_piece_on_look=False, adds_piece=False)
    return replace(heard, puts_piece_on_look=True, adds_piece=True, followups=heard.followups | {"swap"},
                   question=None if heard.question == "pairing" else heard.question)


def _people_as_meant(heard: Understanding, lowered: str) -> Understanding:
    """Who is dressed and for what, read from the people named: both of a couple ("one for me and one for my bf")
    is no one wardrobe; a date's colour, the one taken out, a conservative family, the night's chill."""
    if heard.couple and _DRESSING_TWO.search(lowered):
        heard = replace(heard, preferences=replace(heard.preferences, gender=None))
    if heard.partner and re.search(_GENDERS_CLOTHES_TOO, lowered):  # ("남자꺼도 추천": his, not hers)
        heard = replace(heard, preferences=replace(heard.preferences, gender=None))
    if heard.preferences.colors and heard.partner is None and (said := _OTHER_WEARS.search(lowered)):
        # "my date is wearing green if that helps": the colours that sit beside hers, not green on him; and "my
        # date" is a person, no date night
        partners = tuple(dict.fromkeys((*colour_partners(heard.preferences.colors[0]), "black")))
        occasion = extract(lowered.replace(said.group(0), " ")).preferences.occasion \
            if heard.preferences.occasion == "date" and "date" in said.group(0) else heard.preferences.occasion
        gender = heard.own_gender or (None if _OTHER_WEARS_KO.search(lowered) else heard.preferences.gender)
        # ("남편은 회색 정장 입을 거예요 저는 뭐 입을까요": hers, not his)
        heard = replace(heard, feel=replace(heard.feel, palette=partners, beside=heard.preferences.colors[0]),
                        preferences=replace(heard.preferences, colors=(), occasion=occasion, gender=gender))
        if heard.event == "black_tie" and _THEIR_TUX.search(lowered[said.start():said.end() + 20]) \
                and _THE_GROOM.search(lowered[max(0, said.start() - 4):said.end()]):
            # ("신랑이 검정 턱시도 입는다는데 저는 뭐 입어야": the groom's tuxedo, no black tie for the one asking)
            heard = replace(heard, event=None, preferences=replace(
                heard.preferences, occasion=None if heard.preferences.occasion == "black_tie" else heard.preferences.occasion))
    if heard.partner is None and heard.kinds and (said := _OTHER_WEARS.search(lowered)) \
            and _ASKED_IF_THEY_MAY.search(lowered[max(0, said.start() - 24):said.start()]):
        # ("can my husband wear shorts?", "is it ok if he wears a tie?": a yes or no about their piece, as in
        # Korean "남편은 반바지 입어도 돼요?"; the piece is asked about, not worn already)
        heard = replace(heard, question=heard.question or "yesno")
    elif heard.partner is None and heard.kinds and (said := _OTHER_WEARS.search(lowered)):
        # ("not red, my husband will 100% wear a red tie": the tie is his, no tie on her looks)
        clause = _KO_SENTENCE_END.split(_CLAUSE_END.split(lowered[said.end():])[0])[0]  # ("신부만 입는대요 나머지는 청청")
        # (Korean names the piece before the verb: "남편이 빨간 넥타이 할거래요")
        theirs = {m.value for m in find_terms(f"{said.group(0)} {clause}", lexicon.KIND_TERMS)[0]}
        # ("남친이 운동화 신는대요 저도 운동화 신을까요?": named again for themselves, theirs too)
        if (own := _SELF_TOO.search(lowered, said.end())) is not None:
            theirs -= {m.value for m in find_terms(lowered[own.end():], lexicon.KIND_TERMS)[0]}
        heard = _without_kinds(heard, theirs)
    if not heard.preferences.gender and heard.own_gender and _TAKING_OUT.search(lowered):
        # "taking my wife to the symphony": his clothes (the one taken out is not the one dressed)
        heard = replace(heard, preferences=replace(heard.preferences, gender=heard.own_gender))
    if _NIGHT_CHILL.search(lowered) and _THROW_ON.search(lowered):
        # "밤엔 추워진다는데 걸칠만한거 하나만": a light layer to carry for the night, not the looks made warmer (boots
        # at a summer festival)
        heard = replace(heard, evening=True, cold=False, followups=heard.followups - {"warmer"}, count=None,
                        preferences=replace(heard.preferences, season=None))
    if _CONSERVATIVE_PEOPLE.search(lowered):  # "his mom is pretty conservative": modest, covered arms
        heard = replace(heard, feel=replace(heard.feel, covered=True))
    return heard


def _kinds_ruled_out(heard: Understanding, kinds: Sequence[str]) -> Understanding:
    """The message with these kinds ruled out of the looks, and no longer wished for or asked about."""
    heard = _without_kinds(heard, set(kinds))
    return replace(heard, avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, *kinds))))


def _without_kinds(heard: Understanding, kinds: set[str]) -> Understanding:
    """The message with these kinds no longer wished for or asked about (someone else's, or worn before)."""
    if not kinds:
        return heard
    return replace(heard, kinds=tuple(k for k in heard.kinds if k not in kinds),
                   about_kinds=tuple(k for k in heard.about_kinds if k not in kinds),
                   preferences=replace(heard.preferences,
                                       kinds=tuple(k for k in heard.preferences.kinds if k not in kinds)))


# "I don't want a shirt that gaps at the buttons", "no trousers that cling": the fault refused, not the piece
_PIECE_THAT_FAILS = re.compile(r"\b(?:don'?t|do not|dont) want (?:a|any) ([a-z -]{2,20}?) that "
                               r"(?:gaps?|gapes?|pulls?|clings?|rides? up|bunch(?:es)?|strains?)\b")


def _fault_not_piece(heard: Understanding, lowered: str) -> Understanding:
    """(the piece said with the fault it must not have stays wished for; the fit eases)"""
    said = _PIECE_THAT_FAILS.search(lowered)
    if said is None:
        return heard
    faulty = {m.value for m in find_terms(said.group(1), lexicon.KIND_TERMS)[0]}
    kept = tuple(k for k in heard.avoid_kinds if k.split(":")[0] not in faulty)
    return replace(heard, avoid_kinds=kept, feel=replace(heard.feel, relaxed=True))


def _shirts_that_gape(heard: Understanding) -> Understanding:
    """(a full bust said beside shirts: "가슴이 커서 셔츠 단추 사이 벌어지는게 스트레스": button-front shirts gape, so
    blouses, knits and wraps instead)"""
    if "body:bust" not in heard.topics or "shirt" not in heard.kinds:
        return heard
    return _kinds_ruled_out(heard, ("shirt",))


# ("his hands shake, buttons are basically impossible now", "단추 잠그기 힘들어요"): no button-front shirts
_NO_BUTTONS = re.compile(r"\bbuttons(?:\s+(?:and|or)\s+\w+)?\s+(?:are|is)\s+(?:basically\s+|pretty much\s+|just\s+|now\s+|"
                         r"really\s+)?(?:impossible|too hard|too fiddly|difficult|hard)\b"
                         r"|\b(?:can'?t|cannot|no longer|struggles? to)\s+(?:do\s+)?(?:up\s+)?(?:the\s+|his\s+|her\s+|my\s+)?"
                         r"buttons\b|\bstruggles?\s+with\s+buttons\b|단추\S*\s*(?:잠그|채우)\S*\s*(?:못|힘들|어려)")
# ("he refuses to wear one at all, open collar then"): no tie
_OPEN_COLLAR = re.compile(r"\bopen[- ](?:collar|neck)(?:ed)?\b|\brefuses? to wear (?:a tie|ties|one)\b|노타이")


def _hands_free_of_fastenings(heard: Understanding, lowered: str) -> Understanding:
    """Buttons or a tie said to be out of reach: no button-front shirts, no tie (the kinds named with it let go)."""
    out = ({"shirt"} if _NO_BUTTONS.search(lowered) else set()) \
        | ({"tie"} if _OPEN_COLLAR.search(lowered) and ("tie" in heard.kinds or "refuse" not in lowered) else set())
    return _kinds_ruled_out(heard, sorted(out)) if out else heard


# A visiting or dress rule's list ("nothing above the knee, no hoods", "무릎 위로 올라오는 건 안 돼요"): the kinds it
# keeps out where the catalogue cannot tell a length (skirts, dresses, shorts) or a hood (hoodies)
_KNEE_RULE = re.compile(r"\b(?:nothing|no(?:thing)?\s+(?:shorter than|higher than)|not)\s+above\s+the\s+knees?\b"
                        r"|\bnothing\s+(?:shorter than|higher than)\s+(?:the\s+)?knees?\b|\bbelow the knee only\b"
                        r"|무릎\s*위(?:로)?\s*(?:올라오는|올라가는)?\s*(?:건|거|것은|옷은?)?\s*(?:안\s*돼|안돼|금지|불가|싫)")
_BITES = re.compile(r"모기|mosquito|bug bites|tick bites|ticks everywhere|진드기")
_BAG_WANTED = re.compile(r"\b(?:tote|handbag|crossbody|backpack|clutch|beach bag)\b")
# ("소극장이 좁아서 코트 벗으면 둘데가 없대요", "there's no coat check"): no coat to carry about
_NOWHERE_FOR_A_COAT = re.compile(r"(?:둘|놓을|걸)\s*(?:데|곳)(?:가|이)?\s*없|nowhere to (?:put|leave|hang)|no (?:coat check|cloakroom)")
_HOOD_RULE = re.compile(r"\bno\s+hoods?\b|\bnothing with a hood\b|후드\S*\s*(?:금지|불가|안\s*돼|안돼)")


def _kept_out_by_a_rule(heard: Understanding, lowered: str) -> Understanding:
    """The kinds a dress rule said in words keeps out of the looks (no length or hood is listed for a piece), and a
    belt kept off a stoma."""
    # ("a dress, nothing above the knee": the dress asked for stays, the rule keeps the others out)
    # (bites on bare legs: "모기 장난아님", "mosquitoes everywhere" keep shorts out, unless asked for)
    out = (tuple(k for k in ("shorts", "skirt", "dress") if k not in heard.kinds) if _KNEE_RULE.search(lowered) else ()) \
        + (("shorts",) if heard.feel.sleeved and _BITES.search(lowered) and "shorts" not in heard.kinds else ()) \
        + (("hoodie",) if _HOOD_RULE.search(lowered) else ()) + (("belt",) if "body:ostomy" in heard.topics else ()) \
        + (("coat",) if _NOWHERE_FOR_A_COAT.search(lowered) else ())
    if not out:
        return heard
    # ("the bag sits just under my belt line": the stoma's bag, no bag wished for; "... with a big tote bag": hers)
    if "body:ostomy" in heard.topics and not _BAG_WANTED.search(lowered):
        heard = _without_kinds(heard, {"bag"})
    return _kinds_ruled_out(heard, out)


def _pieces_as_meant(heard: Understanding, lowered: str) -> Understanding:
    """The pieces a message means where its words say otherwise: a neckline, a light colour refused, sleeves,
    comfortable shoes, loafers traded in or out, and a kind asked about rather than ruled out."""
    heard = _hands_free_of_fastenings(_shirts_that_gape(_fault_not_piece(heard, lowered)), lowered)
    heard = _kept_out_by_a_rule(heard, lowered)
    if _LAB_JOB.search(lowered) and heard.preferences.occasion in (None, "work"):
        # ("I'm a chemistry teacher, work outfits": the lab's closed, flat shoes; a wedding keeps its own)
        heard = replace(heard, feel=replace(heard.feel, flat=True))
    rut = _RUT.search(lowered)
    if rut is not None and not _OUT_OF_THE_RUT.search(lowered[rut.end():]):
        rut = None  # ("I always end up in a blazer at work, what shoes go with it?": the blazer is theirs, asked of)
    if (worn := _WORN_BEFORE.search(lowered) or rut) and not _LIKED_AGAIN.search(lowered):
        # "첫날 셔츠에 슬랙스 입었거든요 이번엔 좀 다르게": not those again ("loved it, another dress please": again)
        before = {m.value for m in find_terms(worn.group(), lexicon.KIND_TERMS)[0]}
        # ("I sweat through every shirt, need breathable linen shirts please": wished again after, still wished)
        before -= {m.value for m in find_terms(lowered[:worn.start()] + " " + lowered[worn.end():], lexicon.KIND_TERMS)[0]}
        # (the rut they want out of is out: "I always end up in a t-shirt and cargo shorts, help")
        other = tuple(before) if worn is rut or _SOMETHING_ELSE.search(lowered[worn.end():]) else ()
        worn_colours = {m.value for m in find_terms(worn.group(), lexicon.COLOR_TERMS)[0]}
        heard = _without_kinds(heard, before)
        heard = replace(heard, avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, *other))),
                        preferences=replace(heard.preferences, piece_colours=(),
                                            colors=tuple(c for c in heard.preferences.colors if c not in worn_colours)))
    if "layer" in heard.followups and not heard.kinds and _INDOORS.search(lowered):
        # "the heating in my room is bad, can i layer something over": a knit layer kept on indoors, not a coat
        heard = replace(heard, kinds=("cardigan",), about_kinds=("cardigan",),
                        preferences=replace(heard.preferences, kinds=("cardigan",)))
    if _LOW_CUT.search(lowered) and (heard.target_look or _NECKLINE_CHANGE.search(lowered)):
        # "can the top be less low cut": a closed neckline, a shirt ("너무 파인 건 싫어요" alone is a dislike)
        heard = replace(heard, kinds=("shirt",), about_kinds=("shirt",), slots=("top",), avoid_kinds=(),
                        followups=heard.followups | {"swap"}, preferences=replace(heard.preferences, kinds=("shirt",)))
    if heard.feel.tone == "light" and _LIGHT_TONE_OUT.search(lowered) and not heard.slots:
        heard = replace(heard, feel=replace(heard.feel, tone="dark"))
    if _LIGHT_REFUSED.search(lowered) and heard.slots:
        # "skip the light colored pants theyll get splashed": that part in a darker colour, not no trousers at all
        kinds = tuple(k for k in (*heard.kinds, *heard.avoid_kinds) if KIND_TO_SLOT.get(k) in heard.slots)[:1]
        heard = replace(heard, avoid_kinds=(), kinds=kinds, about_kinds=kinds, feel=replace(heard.feel, tone="dark"),
                        followups=heard.followups | {"swap"}, preferences=replace(heard.preferences, kinds=kinds))
    if _ARMS_COVERED.search(lowered):  # "more coverage on the arms": sleeves, not a longer skirt
        heard = replace(heard, avoid_kinds=(), longer=False, slots=(),
                        feel=replace(heard.feel, covered=True, sleeved=True))
    if _COMFORT_SHOES_NEEDED.search(lowered) and "?" not in lowered:
        # "스탠딩이라 편한 신발 필수예요": a need of the looks' shoes, said; not a question about comfortable shoes
        heard = replace(heard, feel=replace(heard.feel, comfort=True))
    if heard.cut == "loafer" and "shoes" in heard.avoid_kinds and not heard.kinds:
        # "구두 말고 로퍼로요": the loafers are shoes too; the dress shoes and heels go, not every shoe
        heard = replace(heard, avoid_kinds=tuple(k for k in heard.avoid_kinds if k != "shoes"),
                        followups=heard.followups | {"swap"})
    if heard.cut and "shoes" in heard.avoid_kinds and any(KIND_TO_SLOT.get(k) == "shoes" for k in heard.kinds):
        # "swap the loafers in look 1 for sneakers": the loafers named go, the trainers come
        heard = replace(heard, cut=None)
    if heard.avoid_kinds and not heard.kinds and (_MAY_I_WEAR.search(lowered) or _DOUBTED.search(lowered)):
        # "청바지 입으면 안되나요?", "no jeans right?", "no jeans? or are dark jeans fine": whether they may, asked
        kinds = heard.avoid_kinds
        heard = replace(heard, kinds=kinds, about_kinds=kinds, avoid_kinds=(), question="yesno", slots=heard.slots,
                        preferences=replace(heard.preferences, kinds=kinds))
    elif heard.kinds and not heard.avoid_kinds and not heard.question and not heard.target_look \
            and not heard.asks_property and _DOUBTED.search(lowered) and not _CHANGE_WORDS.search(lowered) \
            and not _LOOKS_REQUESTED.search(lowered):  # ("show me dresses, mini is a no right?" asks for dresses)
        # ("반바지 입을 정도는 아니죠?", "is running shoes a hard no"): asked of the piece, not a wish for it
        heard = replace(heard, question="yesno", intents=heard.intents - {"more"},
                        preferences=replace(heard.preferences, kinds=()))
    return heard


# "is look 1 ok if it drops to 55°F after sunset?", "밤에 쌀쌀해지면 2번으로 괜찮아?": the cold that comes later, asked of
_COLD_LATER = re.compile(r"\b(?:drops?|dips?|gets? down|goes down|falls?)\s+to\b|\bafter (?:sunset|dark)\b"
                         r"|\bgets? (?:cold|chilly|cool|colder)\b|쌀쌀해지|추워지|기온이\s*(?:떨어|내려)")
# A piece doubted, asked with a tag ("반바지는 좀 아닌가?", "청바지는 안되죠?", "반바지 입을 정도는 아니죠?", "shorts are a no
# right?", "is running shoes a hard no"): whether it may be worn, asked; not a refusal nor a wish
_DOUBTED = re.compile(r"(?:은|는|이|가|도)?\s*(?:좀\s*|너무\s*|많이\s*)?(?:아닌가|아니죠|아닌가요|아니겠죠|아닐까요?|안\s*되죠|안\s*돼죠"
                      r"|별로죠|별로인가요?|별론가|에바죠|에반가|에바인가|오바죠|오반가|오바인가)"
                      r"(?:\s*[?ㅋㅎ.!~]*\s*$|\s*\?)"
                      r"|(?:^|[.!?,]\s*)(?:(?:also|ok|okay|so|hmm+|and|but|wait|then|well)\W+){0,3}(?:is|are)\b[^.?!]{0,30}"
                      r"\ba (?:hard |total |big |complete )?no(?:[- ]no|[- ]go)?\b"
                      r"|\b(?:are|is) (?:a )?(?:hard )?(?:no|out)\b,?\s*right\s*\?")
_LOOKS_REQUESTED = re.compile(r"\bshow me\b|\brecommend\b|\bi need\b|\blooking for\b|추천|보여|골라|찾아|코디\s*(?:해|좀)")
# ("반바지는 빼줘 별로죠?" asks for the change too)
_CHANGE_WORDS = re.compile(r"빼|바꿔|말고|대신|\b(?:swap|change|replace|remove|drop|instead)\b")
# "검정 말고는 안되는거죠?", "only black, right?": whether only that colour will do
_ONLY_THAT = re.compile(r"말고는\s*안\s*(?:되|돼)|말고는\s*(?:안|못)\s*입")
# "can the top be less low cut", "가슴 너무 파인 건 싫어요": a neckline too low
_LOW_CUT = re.compile(r"\blow[- ]?cut\b|\blow[- ]neck|\bplunging\b|\bcleavage\b|가슴\s*(?:이\s*)?(?:너무\s*)?파인|너무\s*파인|파여서")
_COMFORT_SHOES_NEEDED = re.compile(r"편한\s*신발\s*(?:필수|이어야|이여야|신어야|만)|\b(?:need|must have|gotta have) comfortable shoes\b"
                                   r"|\bcomfortable shoes (?:are )?(?:a must|needed|required|only)\b")
_NECKLINE_CHANGE = re.compile(r"\b(?:less|can|could|swap|change)\b|덜|바꿔|대신")
# "my date is wearing green", "여친이 초록색 원피스 입는대요": what someone beside them wears
# ("he'll probably wear his grey suit", "남편은 회색 정장 입을 거예요": his suit's colour, not one for hers)
_OTHER_WEARS = re.compile(r"\b(?:my |her |his |the )?(?:date|wife|husband|gf|bf|girlfriend|boyfriend|partner|fianc[eé]e?|groom|he|she)"
                          r"(?:'s| is|s|'ll| will| is going to|s gonna| is gonna)? (?:probably |likely |prob |most likely "
                          r"|100% |definitely |def |for sure |always |surely )?"
                          r"(?:wearing|going in|wears|wear|be wearing|be in)\b"
                          r"|\bwith (?:his|her) (?=[a-z]+ (?:suit|blazer|dress|saree|sari|sherwani|tux|tuxedo|lehenga|kurta)\b)"
                          rf"|(?:{_PARTNER_KO}|파트너)(?:이|가|는|은)?\s*(?:\S+\s*){{0,2}}?"
                          r"(?:입는대|입고\s*온대|입을\s*거래|입는다|입어요|입을\s*(?:거|것)|입고\s*(?:올|갈)\s*(?:거|것)"
                          # ("남편이 빨간 넥타이 할거래요", "신랑이 갈색 구두 신는대요": his tie and shoes too)
                          r"|맨대|맬\s*거래|매고\s*(?:온대|올\s*거)|신는대|신을\s*거래|신고\s*(?:온대|올\s*거)"
                          r"|(?:넥타이|타이|보타이)\s*(?:한대|할\s*거래|하고\s*(?:온대|올\s*거)))")
_SELF_TOO = re.compile(r"저도|나도|\bme too\b|\bi(?:'ll| will| should)? (?:also|too)\b")
_THEIR_TUX = re.compile(r"tux|턱시도|black[- ]tie|블랙\s*타이")
_THE_GROOM = re.compile(r"\bthe groom\b|(?<!우리 )(?<!제 )(?<!내 )(?<!우리)(?<!제)(?<!내)신랑")  # (not "우리 신랑", her husband)
_ASKED_IF_THEY_MAY = re.compile(r"\b(?:can|could|should|may|must|does|do|would)\s+$"
                                r"|\b(?:ok|okay|fine|alright|all right|acceptable|appropriate)\s+(?:if|for)\s+$")
_OTHER_WEARS_KO = re.compile(rf"(?:{_PARTNER_KO}|파트너)(?:이|가|는|은)?\s")
# "skip the light colored pants", "밝은 색 바지는 빼주세요": a part of the looks kept out of light colours
_LIGHT_REFUSED = re.compile(r"\b(?:skip|no|not|without|avoid|nothing)\s+(?:the\s+|any\s+)?(?:light|pale)[- ]colou?red\b"
                            r"|밝은\s*(?:색|컬러)?\s*(?:의\s*)?(?:바지|하의|상의|신발)\S*\s*(?:은|는)?\s*(?:말고|빼|싫|제외|좀\s*그|별로)")
# "먹다가 흘릴거같아서 밝은색은 좀": light colours turned down, the looks darker
_LIGHT_TONE_OUT = re.compile(r"밝은\s*(?:색|컬러|톤)\S*\s*(?:은|는)\s*(?:좀|별로|싫|빼|말고)|\bno (?:light|pale|bright) colou?rs\b"
                             r"|\bnothing (?:light|pale)\b")
_TAKING_OUT = re.compile(r"\b(?:taking|bringing|escorting|treating)\s+my\s+(?:wife|husband|girlfriend|boyfriend|gf|bf|partner"
                         r"|fianc[eé]e?|date)\b")
_THROW_ON = re.compile(r"걸칠|걸쳐|겉옷\s*(?:하나|한\s*벌)|\bthrow on\b|\bto put on\b|\bsomething over\b|\ba layer\b"
                       r"|\b(?:add|added)\s+(?:something\s+)?to\s+(?:look\s*#?\d|#\d|it|that one)\b"
                       r"|\ba (?:light )?jacket for (?:later|the night|after)\b")
# "his mom is pretty conservative", "시부모님이 보수적이셔서": the people met dress modestly (an office's is its formality)
_CONSERVATIVE_PEOPLE = re.compile(r"\b(?:mom|mum|mother|dad|father|parents|family|in-laws|grandma|grandparents|they'?re|they are)"
                                  r"\b[^.?!]{0,12}\bconservative\b|(?:부모님|어머님|아버님|시댁|어른들|집안)\S*\s*(?:\S+\s*)?보수적")
# "more coverage on the arms", "cover my arms", "팔 가리는 걸로": the arms covered, by sleeves
_ARMS_COVERED = re.compile(r"\bcoverage (?:on|for) (?:the|my) arms\b|\bcover(?:s|ing)? (?:up )?(?:the|my) arms\b"
                           r"|\barms covered\b|팔\s*(?:을|이)?\s*(?:좀\s*)?가리")
# "로퍼 신으면 너무 캐주얼한가요?", "would loafers be too casual?": a piece weighed against the occasion, asked
_WOULD_IT_BE_TOO = re.compile(r"(?:입|신|들|매|쓰)(?:으면|면|어도)\s*(?:너무|좀|많이)?\s*\S*(?:한가요|할까요|하나요|해\s*보일까|인가요|일까요|해요\s*\?|할까\s*\?)"
                              r"|\bwould (?:wearing )?(?:my |a |an |the )?[a-z ]{2,30}? be too (?:casual|dressy|formal|much|informal)\b")
# A piece asked about, not ruled out: "청바지 입으면 안되나요?", "no jeans right?", "no jeans? or are dark jeans fine"
_MAY_I_WEAR = re.compile(r"(?:입|신|들|쓰|매|하)(?:으면|면|어도|고\s?가면|고\s?가도)\s*안\s*(?:되|돼|될)"
                         r"|\bno [a-z]+(?: [a-z]+)?\s*(?:\?\s*(?:or\b|right\b)|,?\s*right\s*\?)|\bno [a-z]+ then\s*\?"
                         r"|\bor (?:are|is|would|could) (?:[a-z]+ )?[a-z]+ (?:fine|ok|okay|alright|acceptable)\b")

"""The pure routing decision of a turn: which action answers the message (`ACTIONS`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chains.colour_choice import weighs_colours
from chains.parts_shown import keeps_one_set
from chains.extract import CHANGE_SAID, Understanding, asks_a_size, bared_kinds_asked, says_a_pick
from chains.feel import Feel
from chains.finishing import FINISHING_KINDS, FINISHING_SLOTS
from chains.pieces_paired import pieces_paired
from chains.stands_out import loud_piece_asked
from chains.state import ConversationState, Preferences
from chains.review import COVER_ASKED, TOO_DARK_ASKED, TOO_MUCH_COLOUR, TOO_PLAIN_ASKED, piece_beside
from chains.why_asked import asks_why_of_looks
from domain.vocabulary import KIND_TO_SLOT, WEARER_OF_KIND

MAX_QUESTIONS_IN_ROW = 2
# Every action a turn may take; each is a node of the turn graph (chains/actions.py, NODES).
ACTIONS = ("clarify", "recommend", "revise", "review", "finish", "capsule", "partner", "explain", "brands", "size", "trend",
           "save", "answer", "error")


@dataclass(frozen=True)
class Decision:
    action: str  # one of ACTIONS
    asks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"no such action: {self.action!r}")


def says_something(understanding: Understanding) -> bool:
    """Whether the message states any preference or names a garment."""
    p = understanding.preferences
    return bool(p.gender or p.occasion or p.style or p.season or p.colors or p.avoid_colors
                or p.budget_max or understanding.kinds)


def is_followup(understanding: Understanding) -> bool:
    """A change to the looks on screen ("swap the shoes", "no sneakers", "no grey", "like #2")
    rather than a new brief (a new occasion, style, gender or garment wish starts over)."""
    p = understanding.preferences
    # ("he's 70, hates ties, outdoor ceremony on a football field in June" of December's looks: new ones for June)
    new_brief = p.occasion or p.style or p.gender or understanding.kinds or p.colors or p.season
    changes = understanding.followups or understanding.avoid_kinds or understanding.like_look or p.avoid_colors \
        or understanding.feel or understanding.adds_piece  # "nothing too tight", "darker colours pls", "모자도 추천해줘"
    changes = changes or understanding.weather.said  # "it's going to rain" of the looks on screen: those looks, for it
    # ("shoes too please — no laces, no buckles"): the looks' shoes in the cut the message leaves
    changes = changes or bool(understanding.shoe_cuts and "shoes" in understanding.slots)
    # "like #1 but in blue" builds on the looks too
    aimed = understanding.followups or understanding.like_look or understanding.target_look or understanding.adds_piece
    return bool(changes or (understanding.target_look and new_brief)) and not (new_brief and not aimed)


# A question, not a complaint: "자켓 색이 너무 어두운가요?", "is the jacket too dark" (not "the jacket's too dark")
ASKED = re.compile(r"\?|(?:가요|나요|까요|을까|ㄹ까|는지|죠|지요)\s*[.!~]*\s*$|^\W*(?:is|are|does|do|would|will|isn'?t)\b"
                   # ("look 4 is nice but is a graphic tee ok for the office", no mark: asked all the same)
                   r"|\b(?:is|are)\s+(?:an?\s+|the\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:ok|okay|fine|alright)\b")


# Words that ask for a change, or take one ("can you", "swap", "바꿔줘", "로 해줘", "할게"); said inside "if I ..." they
# are the supposition asked about ("if I take off the jacket in look 1 is it ok for the club")
_CHANGE_ASKED = re.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:can|could|may)\s+(?:i|it|we)\b|\bpossible\b|\b(?:please|pls|plz|make|change|swap|switch|replace|"
                           r"instead|show|give|add|try|let'?s|want|i'?d like|put|remove|drop|lose|get rid|go with|"
                           r"rather|prefer)\b|바꿔|바꾸|교체|해\s*줘|해\s*주|보여|추가|넣어|빼|대신|말고|(?:으)?로\s*(?:해|가|할|하)|"
                           r"줘|주세요|ㄱㄱ|할게|갈게|걸로|거로|\bsomething\b|\b(?:longer|shorter|warmer|lighter|darker)\b"
                           # ("좀 귀엽게는 안되나": can it be made so, asked as a wish)
                           r"|게\s*(?:는|좀)?\s*(?:안\s*)?(?:되나|될까|돼요|되요|안될까|안되나|안돼요|안되요)",
                           re.IGNORECASE)
_WORRY = re.compile(r"\b(?:too|enough|overkill|ok|okay|fine|alright|bad idea|a problem|safe)\b|너무|넘\s|충분|괜찮|버틸|견딜|짧|길지|오바|과하")
_SUPPOSED = re.compile(r"\bif\s+(?:i|we)\b[^,?]*|\S+(?:으면|면)\s(?!어때|어떨|어떰|어떠)", re.IGNORECASE)
_QUESTION = re.compile(ASKED.pattern + r"|(?:않나|짧나|길나|과하나|어울림|ㄱㅊ|괜찮나|맞아요|겠죠|을까요|상관\s?없나|맞나)"
                       r"\s*[.!~?ㅋㅎ]*\s*$")
# ("how about a dress?", "운동화는 어때요?", "로퍼는 없나요?"): a piece offered or asked for, a change
_PIECE_OFFERED = re.compile(r"\b(?:how|what) about\b|\bany\b|\bdo you have\b|어때|어떨|없나|있나|없어요|있어요|없을까|있을까")


def only_asks(state: ConversationState, understanding: Understanding) -> bool:
    """A question of one look on screen with no word that asks for a change: "3번 치마 너무 짧나?", "is the blazer
    in look 1 long enough to cover my hips?", "2번 코트 안에 히트텍 입으면 영하 10도에도 버틸수 있을까요"."""
    u = understanding
    number = u.target_look
    if not number or number > len(state.looks) or not u.kinds or not _worn_by_the_look(state, u) \
            or u.followups - {"swap"} or u.like_look or u.owns_named or u.cut or u.feel \
            or u.preferences.colors or u.preferences.avoid_colors or u.weather.said or u.question == "yesno":
        # (a step asked, "aren't the shoes on #1 too casual?"; a piece it lacks or theirs, tried on it; a colour or
        # a feel asked of it; the weather or ground it should stand; whether a kind will do, which the change
        # answers first: "1번 신발 스니커즈 괜찮나요?")
        return False
    text = u.text.lower()
    if not _WORRY.search(text):
        return False
    supposed = _SUPPOSED.search(text)
    if u.avoid_kinds and not supposed:  # ("look 1 without the jacket?" asks for it; "if I take it off..." supposes)
        return False
    return bool(_QUESTION.search(text)) and not _CHANGE_ASKED.search(_SUPPOSED.sub(" ", text))


def asks_without_changing(state: ConversationState, understanding: Understanding) -> bool:
    """A question with no word that asks for a change, nothing ruled out and no look to add or pick: whatever it
    names (a month, a piece, a worry), it asks; it is not carried out."""
    u, text = understanding, understanding.text.lower()
    if not (state.looks and _QUESTION.search(text)) or _CHANGE_ASKED.search(_SUPPOSED.sub(" ", text)):
        return False
    if u.target_look and u.kinds and not _worn_by_the_look(state, u):
        return False  # ("1번 니트 짧은기장이에요?" of a dress: what the look wears instead, said by the change's reply)
    if u.kinds and _PIECE_OFFERED.search(text):
        return False  # ("원피스는 없나요?", "how about a dress?": a piece asked for)
    return not (u.adds_look or u.like_look or "more" in u.intents or u.owns_named or u.puts_piece_on_look or u.avoid_kinds
                or u.preferences.avoid_colors or u.preferences.colors or u.from_look or u.shrug or u.asks_to_see
                or "ack" in u.intents or u.count)


# Notes on a fact of the day, not a question: told with looks on screen, they are the answer; before, the looks
FACT_NOTES = frozenset({"weather:dust", "fabric:hot-humid", "injury:arm-cast", "injury:leg-cast"})
# Notes that answer a question about a piece on screen better than a look's dress code does (a lab's flames,
# a full bust's buttons, a fabric's care)
NOTE_ANSWERS_A_PIECE = ("work:", "body:", "fabric:", "care:")


def supposes_of_a_look(state: ConversationState, understanding: Understanding) -> bool:
    """A question that supposes a piece of a look on screen ("1번 블라우스 랩스타일이면 안벌어지죠?", "if look 2's
    jacket were wool, would it itch?") and that a note answers: asked, nothing to change yet."""
    u, text = understanding, understanding.text.lower()
    return bool(state.looks and u.target_look and u.topics and _SUPPOSED.search(text) and _QUESTION.search(text)
                and not _CHANGE_ASKED.search(_SUPPOSED.sub(" ", text)))


def asks_if_piece_dark(state: ConversationState, understanding: Understanding) -> bool:
    """"자켓 색이 너무 어두운가요?", "is the jacket in look 2 too dark?": a question about one kind of piece on
    screen, answered look by look (chains/review.py piece_darkness), no change asked."""
    u = understanding
    text = u.text.lower().strip()
    return bool(state.looks and u.kinds and not u.followups and TOO_DARK_ASKED.search(text) and ASKED.search(text)
                and not (u.preferences.colors or u.avoid_kinds))


def asks_about_a_look(state: ConversationState, understanding: Understanding) -> bool:
    """"Is #2 ok for a 50 year old?", "would #1 work for a funeral?": a question about one look on screen
    that asks for no change (no garment, colour, swap or "like #2" in it)."""
    u, p = understanding, understanding.preferences
    on_screen = bool(u.target_look and u.target_look <= len(state.looks))
    # "is look 2 too dressy for a daytime ceremony?" asks; "are #2's shoes too casual?" names a piece to change
    # ("is look 2 too plain for meeting them?": "too plain" asked, not "make it less plain")
    swap_asked = u.followups == {"swap"} and bool(TOO_PLAIN_ASKED.search(u.text.lower()))
    # ("is look 2 too stuffy with my blazer?" of the look built on it: the look judged, their blazer in it)
    own_in_it = bool(u.owns_named and _TOO.search(u.text.lower()) and _own_worn_by_the_look(state, u))
    judged = (not (u.followups - {"more_formal", "less_formal", "plainer"}) or swap_asked) \
        and (not u.slots or u.asks_walkable or own_in_it)
    # ("2번 좋은데 좀 더 밝은 색으로 가능?" asks for a change, a feel said of it)
    colour_asked = bool((p.colors or p.avoid_colors) and TOO_MUCH_COLOUR.search(u.text.lower()))  # "too much green?"
    # ("ok he said look 2 is "fine"", "taking look 1 ... I'll look good": taken, not asked; "이걸로 할게요 근데 많이
    # 걸어도 괜찮은 신발이에요?" takes it and asks)
    picked = u.intents == {"ack"} and not u.asks_walkable
    # ("ok look 2 it is. pocket square yes or no?": the look taken, the question is the note's)
    picked = picked or bool(u.topics) and says_a_pick(u.text)
    # ("in look 1, are those heels ok for a long day?": the look's own heels, asked about)
    kinds_asked = bool(u.kinds) and not (u.asks_walkable and _worn_by_the_look(state, u))
    kinds_asked = kinds_asked and not own_in_it
    # ("1번에 스타킹 꼭 신어야돼?": a piece no look wears, whose note answers it)
    kinds_asked = kinds_asked or any(t.startswith("garment:") for t in u.topics)
    return on_screen and u.asks_about_look and judged and not picked and not (u.avoid_kinds or u.like_look or kinds_asked
                                                               or (p.colors or p.avoid_colors) and not (colour_asked or own_in_it)
                                                               or p.style
                                                               or u.feel and not (u.asks_walkable or COVER_ASKED.search(u.text)
                                                                                  or TOO_DARK_ASKED.search(u.text.lower())))


def recalls_looks(state: ConversationState, understanding: Understanding) -> bool:
    """Looks shown before asked for again, and nothing else: no change, question or new brief in it."""
    return bool(understanding.earlier_set and state.earlier and not is_followup(understanding)
                and not understanding.question and not says_something(understanding))


def shows_a_look_again(state: ConversationState, understanding: Understanding) -> bool:
    """One look on screen asked for again alone ("show me just look 1 again"), with no change to it."""
    number = understanding.shown_again
    return bool(number and number <= len(state.looks) and not is_followup(understanding)
                and not says_something(understanding))


def puts_photo_on_look(state: ConversationState, understanding: Understanding) -> bool:
    """"Would these work with #1?", "2번에 이거 어때?" with a photo: the garment shown, tried in that look."""
    number = understanding.target_look
    return bool(number and number <= len(state.looks) and state.anchor is not None and state.anchor.kind
                and not understanding.like_look)


def compares_looks(state: ConversationState, understanding: Understanding) -> bool:
    """"1번이랑 2번 중에 뭐가 나아?" of two looks on screen: one chosen, the looks stay."""
    pair = understanding.compared_looks
    return bool(pair and max(pair) <= len(state.looks))


def _worn_by_other(looks, gender: str) -> bool:
    """The looks on screen are the other wardrobe's: none wears this one's clothes, some wear the other's (judged
    by the clothes: unisex pieces, a tracksuit's or a tee's, say nothing)."""
    other = "women" if gender == "men" else "men"
    clothes = [i.gender for look in looks for i in look.items if i.slot in ("top", "bottom", "onepiece")]
    return other in clothes and gender not in clothes


def _wearer_evident(state: ConversationState, understanding: Understanding) -> bool:
    anchor_kind = (state.anchor.kind,) if state.anchor is not None and state.anchor.kind else ()
    said = (*understanding.kinds, *understanding.avoid_kinds, *anchor_kind)
    return any(k in WEARER_OF_KIND for k in said)


def _worn_on_screen(state: ConversationState, kinds: tuple[str, ...]) -> bool:
    return any(item.kind in kinds for look in state.looks for item in look.items)


def asks_for_finishing(state: ConversationState, understanding: Understanding) -> bool:
    """"And what socks?", "what colour belt?", "넥타이는 무슨 색이 좋아요?": the touch the looks on screen want,
    by the rules (one look named and given a piece of the catalogue is a change: "what tie goes with #2?")."""
    u = understanding
    kinds = set(u.kinds)
    # ("신발은 뭐 신어야돼?": a slot asked about, no piece named)
    # ("and shoes? not too high": a change asked, not what they wear)
    slot_asked = not kinds and bool(u.slots) and set(u.slots) <= set(FINISHING_SLOTS) and not u.feel
    # ("whatever you think is best for shoes": the looks' own shoes, as picked, said)
    return bool(state.looks and (kinds and kinds <= set(FINISHING_KINDS) or slot_asked) and (u.asks_which or u.shrug)
                and not u.avoid_kinds
                and not u.topics  # "bow tie or normal tie?": the note on bow ties
                and not u.asks_leave  # "is a bolo tie too much?", "do I need a hat?": leave asked, not which one
                and not (u.asks_walkable and u.target_look)  # "can i walk in look 1's shoes all day?": how they walk
                and not (u.weather.rain and u.target_look)  # "2번 신발 비에 괜찮아요?": whether they stand the rain
                and not u.puts_piece_on_look and not (u.followups - {"swap"}) and not u.preferences.colors)


def _told_own_size(state: ConversationState, understanding: Understanding) -> bool:
    """"28살 여자고 키 158에 55사이즈요", "nonbinary, 26, usually S or M" said to "menswear or womenswear?" (or after
    the note that offered looks by gender), "I'm 33, man, size M, 30 waist" beside the occasion, "S사이즈요. 노출있는거
    빼고" of the looks on screen: the size they wear, told beside the rest; no size asked of it."""
    u, p = understanding, understanding.preferences
    if not (u.size_usual and u.size_said == u.size_usual) or asks_a_size(u.text) or "size" in state.pending:
        return False
    answers_whose = bool(p.gender and ("gender" in state.pending or state.offered))
    return answers_whose or says_something(replace(u, preferences=replace(p, gender=None))) or is_followup(u)


def _wants_trend_looks(understanding: Understanding) -> bool:
    """"트렌드 반영해서 미니멀 룩": looks in the trend, not a report on it."""
    p = understanding.preferences
    if (understanding.fit or understanding.kinds) and ("?" in understanding.text or understanding.asks_which) \
            and not understanding.topics \
            and not (p.style or p.occasion or "outfit" in understanding.intents):
        # ("is a turtleneck still in" has a note of its own, which answers it)
        return False  # "are skinny jeans still in?", "are puffers still in?" ask about the piece, not for looks
    # ("ok show me a fit with that" after the trend answer: the looks in it)
    return bool(p.style or p.occasion or understanding.kinds or "outfit" in understanding.intents
                or understanding.asks_to_see)


def colour_of_a_worn_piece(state: ConversationState, understanding: Understanding) -> bool:
    """"What color shirt goes with the blazer in look 2?": a colour asked for one piece beside another that the
    look wears, no colour said."""
    u, number = understanding, understanding.target_look
    if not (number and u.colour_asked_of and number <= len(state.looks)) or u.preferences.colors:
        return False
    return piece_beside(state.looks[number - 1], u.about_kinds, u.colour_asked_of) is not None


def _switches_wardrobe(state: ConversationState, understanding: Understanding, new_photo: bool) -> bool:
    """Who the person is, said of themselves, of looks in the other wardrobe only (chosen while whose was
    unknown): nobody else named to dress."""
    u, gender = understanding, understanding.preferences.gender
    return bool(state.looks and not new_photo and gender in ("men", "women") and u.own_gender == gender
                and not state.couple and not u.partner and not u.both_dressed and _worn_by_other(state.looks, gender))


_TOO = re.compile(r"\btoo\b|너무|넘\s")


def _own_worn_by_the_look(state: ConversationState, understanding: Understanding) -> bool:
    """"my blazer" said of a look that already wears their blazer."""
    number = understanding.target_look
    if not number or number > len(state.looks):
        return False
    own = {i.kind for i in state.looks[number - 1].items if i.source != "catalog"}
    return bool(own) and set(understanding.kinds) <= own


def _worn_by_the_look(state: ConversationState, understanding: Understanding) -> bool:
    """"Is the jacket in look 4 warm enough?": the kinds named are pieces the look talked about wears."""
    number = understanding.target_look
    if not number or number > len(state.looks):
        return False
    worn = state.looks[number - 1].items
    # (a layer or shoes said loosely: "2번 자켓" of a coat, "those boots" of trainers are that look's own)
    loosely = {i.slot for i in worn} & {"outerwear", "shoes"}
    return all(k in {i.kind for i in worn} or KIND_TO_SLOT.get(k) in loosely for k in understanding.kinds)


_REDONE = re.compile(r"다시|새로|\bredo\b|\bre-do\b|\bagain\b|\bstart over\b|\bfrom scratch\b", re.IGNORECASE)


def tells_a_full_build(understanding: Understanding) -> bool:
    """A full build told, nothing asked ("I'm 60 and a bit heavy, 155 cm", "60세 키 155 통통")."""
    return understanding.build == "full" and understanding.feel.relaxed and not (
        understanding.question or understanding.asks_which or understanding.partner or understanding.preferences.occasion)


def decide(*, state: ConversationState, preferences: Preferences, understanding: Understanding,
           new_photo: bool, photo_failed: bool) -> Decision:
    """Ask only when it must: never re-ask, at most two questions in a row."""
    if photo_failed:
        return Decision("error")
    can_ask = state.questions_in_row < MAX_QUESTIONS_IN_ROW
    anchor = state.anchor
    if anchor is not None and not anchor.kind:
        if can_ask and "kind" not in state.pending:
            return Decision("clarify", ("kind",))
        return Decision("recommend")  # the garment stays unplaced rather than asked about again
    if new_photo and puts_photo_on_look(state, understanding):
        return Decision("revise")  # "would these work with #1?": look 1 with them in it
    if "save" in understanding.intents:
        return Decision("save")
    if understanding.for_a_child and not new_photo and not understanding.partner:
        return Decision("answer")  # ("what should my 6 year old daughter wear?"): the catalogue has no kidswear, said so
    if understanding.asks_where_to_buy and not new_photo and not understanding.preferences.budget_max:
        return Decision("answer")  # "1번 어디서 살수있어요? 가격도": no shop or price is known, said so
    if state.looks and not new_photo and loud_piece_asked(state.looks, understanding):
        return Decision("review")  # "가방 색이 너무 튀지 않나요?": whether it stands out, the looks kept
    if state.looks and not new_photo and pieces_paired(state.looks, understanding.text):
        return Decision("review")  # "2번 바지 + 3번 니트 조합 ㄱㅊ?": whether they go together, the looks kept
    if asks_why_of_looks(understanding, state.looks) and not new_photo:
        return Decision("answer")  # "why the brown shoes on look 1?", "why so much brown?": the reasons, the looks unchanged
    if understanding.picks_for_me and state.looks and not new_photo and not is_followup(understanding) \
            and not says_something(understanding) and not understanding.slots and not understanding.topics:
        return Decision("answer")  # "honestly just pick one for me": one look on screen, chosen and said why
    if understanding.no_suit and understanding.question == "yesno" and state.looks and not new_photo \
            and not is_followup(understanding) and set(understanding.kinds) <= {"blazer", "trousers"}:
        return Decision("answer")  # "do I need a full suit or can I get away with blazer and trousers": the looks need none
    if "brands" in understanding.intents and not new_photo:
        return Decision("brands")
    if understanding.partner and state.looks and not new_photo:
        return Decision("partner")  # "what should my husband wear?": the looks stay, and his are added beside them
    if keeps_one_set(state.looks, understanding) and not new_photo:
        return Decision("recommend")  # "집에 다시 못와요" of looks for two parts of the day: one set for both
    if understanding.couple and not new_photo and not understanding.question:
        return Decision("recommend")  # "커플룩 추천해줘", "톤만 맞춰서": hers and his, in pairs
    if "trend" in understanding.intents and not new_photo and not _wants_trend_looks(understanding):
        return Decision("trend")
    # the answer to a size question: the numbers, or the gender when only that was missing; a request
    # for looks after it ("그럼 그 사이즈로 출근 바지 코디 해줘", "what should I wear to a bbq? I'm a dude") is
    # a request, not the size question again
    p = understanding.preferences
    wants_looks_now = bool(p.occasion or p.style or understanding.kinds)  # ("사이즈 추천해줘" asks for sizes)
    answers_size = bool(understanding.height_cm or understanding.weight_kg or (p.gender and not wants_looks_now)
                        or understanding.size_usual)  # "I usually wear M in tees": their own size answers it
    asks_size = "size" in understanding.intents and (not (wants_looks_now and not answers_size)
                                                     or bool(understanding.size_said))  # "이 셔츠도 L 사면 돼요?"
    # "185/100 빅사이즈 출근룩 코트 포함 3개": looks asked for, in big sizes; no size asked
    asks_size = asks_size and not (p.occasion and "outfit" in understanding.intents and not understanding.asks_which
                                   and not understanding.size_said)
    # "usually 2XL in shirts. what do i wear to the funeral and what size?": the looks, with the size they wear
    asks_size = asks_size and not (p.occasion and "outfit" in understanding.intents and understanding.size_usual
                                   and understanding.size_said == understanding.size_usual)
    # "starting at a law firm monday, business formal. woman, 5'10, size 14": the size they wear, said beside a
    # request for looks; no size asked
    asks_size = asks_size and not ((p.occasion or p.season) and not understanding.asks_which
                                   and "?" not in understanding.text and not understanding.size_said)
    asks_size = asks_size or bool(understanding.size_said and understanding.fit)  # "would an XL be oversized?"
    # "what size would i be in jackets?": a size asked of a garment, with no request for looks around it
    asks_size = asks_size or ("size" in understanding.intents and understanding.asks_which
                              and not (p.occasion or p.style or "outfit" in understanding.intents))
    # "what size should i get in the coat in look 2?": a size asked of a piece on screen, not a change to it
    asks_size = asks_size or bool("size" in understanding.intents and understanding.target_look and state.looks
                                  and not understanding.followups and not understanding.avoid_kinds)
    asks_size = asks_size and not _told_own_size(state, understanding)
    # ("사이즈 크게 사면 어깨랑 허리가 남아요"): a fit problem told, its note answers; no numbers asked
    asks_size = asks_size and not (any(t.startswith("fit:") for t in understanding.topics)
                                   and not (understanding.height_cm or understanding.weight_kg or asks_a_size(understanding.text)))
    picked = understanding.intents == {"ack"} and understanding.target_look  # ("ok going with 2. thanks": no size)
    if not new_photo and (asks_size or ("size" in state.pending and answers_size and not picked)):
        return Decision("size")
    if "capsule" in understanding.intents and not new_photo and (state.looks or preferences.gender):
        return Decision("capsule")  # "what should I pack?": a few pieces worn many ways
    if not new_photo and understanding.climate_asked and (understanding.place or state.place) \
            and not (understanding.target_look or understanding.followups or p.occasion or understanding.asks_to_see
                     or "outfit" in understanding.intents) \
            and all(KIND_TO_SLOT.get(k) in ("outerwear", "top") for k in understanding.kinds) \
            and not (understanding.asks_warm and understanding.kinds):  # ("이 코트 따뜻한가요?": the coat's warmth)
        # "is it warm there in january?", "패딩 필요해요?": the month there, in words; the looks kept ("what should I
        # wear in Tokyo, will it be cold?" asks for looks, "a jacket and tie for a wedding in London?" the code)
        return Decision("answer")
    # (a fabric asked in general, "anything that dries fast?", is the note's to answer: the catalogue lists none)
    fabric_note = understanding.asks_property == "fabric" and not understanding.target_look \
        and any(t.startswith("fabric:") for t in understanding.topics)
    if _switches_wardrobe(state, understanding, new_photo):
        # ("I'm 24, male, 5'9. Look 1 seems too corporate, no?" of womenswear chosen while whose was unknown: his
        # looks first, whatever else the message asks of the looks that were not his)
        return Decision("recommend")
    if not new_photo and state.looks and understanding.asks_property and not CHANGE_SAID.search(understanding.text.lower()) \
            and (understanding.target_look or 0) <= len(state.looks) and not fabric_note:
        return Decision("review")  # "are the boots in look 2 waterproof?", "will i sweat in look 3?": answered, kept
    if not new_photo and asks_for_finishing(state, understanding):
        return Decision("finish")
    # ("look 2 is gorgeous!! but it might get windy up there": said of one look, weighed all the same)
    if not new_photo and state.looks and (understanding.asks_about_look or understanding.target_look and understanding.asks_warm) \
            and (not understanding.kinds or _worn_by_the_look(state, understanding)) \
            and (understanding.asks_warm or understanding.weather.rain) and not understanding.followups \
            and (understanding.target_look or 0) <= len(state.looks):
        return Decision("review")  # "will i be cold up there?", "would look 1 work in the rain?": answered, kept
    if not new_photo and understanding.question == "yesno" and len(p.piece_colours) > 1 and not understanding.followups \
            and not understanding.puts_piece_on_look:
        return Decision("explain")  # "is brown shoes ok with navy trousers?": the pairing, answered; the looks kept
    if not new_photo and understanding.question == "tuck" and not understanding.followups:
        return Decision("explain")  # "does the shirt in look 1 need to be tucked in?": how, the looks kept
    if not new_photo and state.looks and understanding.knee_length and not (
            understanding.kinds or understanding.followups or understanding.avoid_kinds or p.colors or p.occasion):
        return Decision("answer")  # "치마는 짧은거 말고 무릎 정도로": the skirts stay, the length is the page's to show
    if not new_photo and weighs_colours(state.looks, understanding):
        return Decision("review")  # "black or dark brown shoes better for look 2?": the better one, the looks kept
    if not new_photo and colour_of_a_worn_piece(state, understanding):
        return Decision("review")  # "what color shirt goes with the coat in look 2?": that look's layer, answered
    if not new_photo and asks_if_piece_dark(state, understanding):
        return Decision("answer")  # "자켓 색이 너무 어두운가요?": each look's jacket, judged
    if not new_photo and (asks_about_a_look(state, understanding) or compares_looks(state, understanding)):
        return Decision("review")
    if recalls_looks(state, understanding) and not new_photo:
        return Decision("revise")  # "go back to the first ones", "아까 2번이 나았어": those looks again
    if shows_a_look_again(state, understanding) and not new_photo:
        return Decision("revise")  # "1번만 다시 보여줘": that look alone, as it is
    if understanding.asks_warm and (state.anchor is not None or understanding.kinds) \
            and not (state.looks and is_followup(understanding)):
        return Decision("explain")  # "is this bomber warm enough for december?", with its photo or named
    # (a feel the note implies, "배 가려지는 핏으로": nothing clinging, shapes its example looks)
    # "니트 소재 뭐가 따뜻해?" asks about warm fabrics, it asks for no warmer looks: a question aimed at no look
    asked = (understanding.asks_which or understanding.question) and not understanding.target_look \
        or understanding.question in ("fit", "howto") and not understanding.followups  # "2번 바지 기장은 어떻게?"
    if not state.looks and not new_photo and preferences.occasion and understanding.asks_which \
            and understanding.question != "yesno" and understanding.kinds and set(understanding.kinds) <= set(FINISHING_KINDS) and not understanding.topics:
        return Decision("recommend")  # "court date next month, what colour tie?": the looks, and each one's tie
    if state.looks and not new_photo and tells_a_full_build(understanding) \
            and not (p.gender in ("men", "women") and _worn_by_other(state.looks, p.gender)):
        # ("60세 키 155 통통" after the looks): re-cut for it, nothing tight, with its note; ("키 155에 좀 통통해요 그거
        # 고려해서 다시"): new looks for it, as asked
        return Decision("recommend" if _REDONE.search(understanding.text) else "revise")
    # ("남자 32 키 175 몸무게 80 정도 좀 통통해요", "im a woman, 38, curvy" to "menswear or womenswear?": the looks
    # asked for, cut for the build; the note on the build is for when it is asked about)
    # (and "oh sorry, I'm a man, 50s, bit of a belly haha" said of the looks on screen: them again, for the build)
    build_said = not asked and "?" not in understanding.text and not new_photo and bool(understanding.topics) \
        and all(t.startswith("body:") for t in understanding.topics)
    # ("woman, 50, petite, i hate strapless anything" to the note that offered looks by whose: the looks, for her)
    if build_said and (("gender" in state.pending or state.offered is not None) and p.gender
                       or state.looks and not understanding.target_look and not is_followup(understanding)):
        return Decision("recommend")
    if state.looks and not new_photo and not asked and "?" not in understanding.text and understanding.feel \
            and understanding.topics and all(t.startswith("care:") for t in understanding.topics):
        return Decision("revise")  # ("nothing that can't handle spit up, I'll be holding the baby"): changed, and its note
    if state.looks and not new_photo and bared_kinds_asked(understanding, modest_before=state.feel.modest):
        return Decision("explain")  # ("남편이 사원 들어갈 때 반바지 안 되나요?"): the gate's rule, the looks kept
    # ("짐 나르고 먼지 엄청날듯" before any looks: a fact of the day, said in passing; the looks asked for come first)
    # (and "ok maybe yukata for one night only. what for the parade morning?" after the yukata's note: the looks asked)
    told_before = bool(understanding.topics) and set(understanding.topics) <= set(state.notes_told)
    fact_only = told_before or (not asked and "?" not in understanding.text and not state.looks
                                and all(t in FACT_NOTES for t in understanding.topics))
    if understanding.topics and not new_photo and not fact_only \
            and (asked or not (state.looks and is_followup(replace(understanding, feel=Feel())))
                 or supposes_of_a_look(state, understanding)):
        return Decision("explain")  # "키 커보이게 입는 방법도 알려줘", "how high should my heels be?": its note
    if understanding.event and not new_photo and not (state.looks and is_followup(understanding)) \
            and not understanding.then_occasion:  # (a day in two parts: each part's looks, with the event's code)
        return Decision("explain")  # "what should I wear to a funeral?": its dress code, then looks
    if understanding.question == "yesno" and understanding.kinds and not understanding.target_look and not new_photo \
            and state.looks and not _worn_on_screen(state, understanding.kinds):
        return Decision("explain")  # "is a denim jacket too casual for it?" of a piece no look wears: asked, not changed
    if state.looks and not new_photo and p.gender in ("men", "women") and not state.couple and not understanding.target_look \
            and not understanding.partner and _worn_by_other(state.looks, p.gender):
        # ("남자요 30대 중반. 10월 말이고 산속이라 춥대요" of womenswear chosen while whose was unknown: his looks now, warm)
        return Decision("recommend")
    if state.looks and not new_photo and understanding.owns_named and state.anchor is not None \
            and state.anchor.source != "catalog" and not understanding.target_look and not understanding.question \
            and "more" not in understanding.intents:
        # ("no ties please. and I have a navy quarter-zip sweater I'd like to wear": the looks on theirs, now,
        # with what the message rules out)
        return Decision("recommend")
    if state.looks and not new_photo and understanding.adds_look and not understanding.target_look:
        return Decision("recommend")  # "also want one nice outfit for dinner": one more look, beside these
    if state.looks and not new_photo and "more" in understanding.intents and understanding.count \
            and understanding.weather.said and not (understanding.followups or understanding.target_look
                                                    or understanding.like_look or understanding.avoid_kinds):
        return Decision("recommend")  # "비 올 때 입을 것도 하나 더 보여줘": one more look, for the rain, beside these
    if understanding.asks_to_see and state.looks and not new_photo and is_followup(understanding) \
            and not understanding.topics:
        return Decision("revise")  # "ok show me how to tone it down, no black tops": the looks, changed
    names_a_topic = says_something(understanding) or understanding.question in ("definition", "fit", "rain", "yesno", "tuck",
                                                                                    "choice") \
        or (understanding.question == "pairing" and bool(understanding.slots))  # "하의는 뭐가 어울려요?"
    # "what are the trend colours? and a minimal look" asks for trend looks, which name the colours
    asks_style = understanding.question and "trend" not in understanding.intents
    aimed_at_looks = bool(state.looks and (understanding.target_look or understanding.followups))
    if ("gender" in state.pending or state.offered is not None) and p.gender \
            and understanding.question in (None, "howto") \
            and not understanding.topics and not new_photo:
        return Decision("recommend")  # "그럼 옷은 어떻게 입어? 여자" answers whose clothes: the looks it was asked for
    if understanding.asks_colours and not new_photo and not is_followup(understanding):
        return Decision("explain")  # "색은 뭐가 좋을까요?": the colours, in words (the looks on screen stay)
    if asks_style and names_a_topic and not new_photo and not (aimed_at_looks and is_followup(understanding)):
        return Decision("explain")  # ("can you do the second one without the jacket?" changes look 2)
    if state.looks and not new_photo and is_followup(understanding):
        if only_asks(state, understanding) and any(t.startswith(NOTE_ANSWERS_A_PIECE) for t in understanding.topics):
            return Decision("explain")  # ("the fuzzy sweater in look 1 near bunsen burners, a bad idea?"): its note
        if only_asks(state, understanding):
            return Decision("review")  # "3번 치마 너무 짧나?": answered of the look, which stays as it is
        return Decision("revise")
    if state.looks and not new_photo and asks_without_changing(state, understanding):
        # ("3월 초에 1번 입으면 춥나요?", "바지 너무 딱 붙는건 아니죠?", "그건 옷이랑 상관없나"): asked, not a new brief;
        # answered, the looks on screen kept
        aimed = 0 < (understanding.target_look or 0) <= len(state.looks) or _worn_on_screen(state, understanding.kinds)
        return Decision("review" if aimed else "answer")
    wants_looks = bool(understanding.intents & {"outfit", "more"}) or says_something(understanding) \
        or bool(understanding.feel and (preferences.occasion or state.offered is not None)) \
        or bool(understanding.avoid_kinds and (preferences.occasion or preferences.style)) \
        or bool(understanding.followups and not state.looks and (preferences.occasion or state.offered is not None))
    # ("드레스는 안 입어요"; "warmer" to an answer that offered looks for its occasion: those looks, warmer)
    # ("스키니진 싫어" to the looks an answer offered: those looks, nothing tight)
    if wants_looks and state.looks and not state.pending and not says_something(understanding):
        return Decision("recommend")  # "idk", "몰라" after looks: new ones, not the first question again
    if understanding.question == "howto" and preferences.occasion and not new_photo:
        return Decision("recommend")  # "사복으로 하면 어떻게 입어요?" after the funeral was said: its looks
    if understanding.asks_to_see and state.offered is not None and not new_photo and not says_something(understanding):
        # "show me something" to the looks an answer offered: whose clothes asked once, else ours to choose
        ask = not (preferences.gender or state.gender_asked) and can_ask
        return Decision("clarify", ("gender",)) if ask else Decision("recommend")
    if not (wants_looks or new_photo or state.pending) and state.offered is not None and not state.looks and not new_photo \
            and (understanding.height_cm or understanding.build or understanding.owns_none or understanding.no_suit):
        # ("I'm 6'4 and 240", "i don't own a suit" after the funeral's note offered its looks, none shown yet): facts
        # for those looks, whose clothes asked once
        ask = not (preferences.gender or state.gender_asked) and can_ask
        return Decision("clarify", ("gender",)) if ask else Decision("recommend")
    if not (wants_looks or new_photo or state.pending) and not state.looks and preferences.occasion \
            and state.gender_asked and (understanding.hot or understanding.age or fact_only):
        # ("I'm 30 btw and I sweat a LOT" after whose clothes went unanswered and a note): the looks asked for at
        # first, on defaults, with what it says
        return Decision("recommend")
    if not (wants_looks or new_photo or state.pending):
        return Decision("answer")
    if "ack" in understanding.intents and state.pending == ("size",) and not says_something(understanding):
        return Decision("answer")  # "ㅇㅋ" after a size answer that left room for the numbers: a nod, no new looks
    if understanding.shrug and state.offered is not None and not new_photo and not says_something(understanding):
        return Decision("recommend")  # "you pick" to the looks an answer offered: whose clothes is ours to choose
    if "gender" in state.pending and not preferences.gender and can_ask and state.anchor is not None \
            and (understanding.names_the_photo or understanding.says_what_it_is):
        return Decision("clarify", ("gender",))  # "it's actually navy" corrects the photo; whose clothes is still open
    if state.pending or not can_ask:
        # the question was answered vaguely or passed over for a new request: never asked twice, the
        # looks go on sensible defaults (one wearer per look when whose clothes is still unknown)
        return Decision("recommend")
    # Whose clothes is asked once, never guessed by mixing menswear and womenswear in one answer.
    ask_gender = () if preferences.gender or state.gender_asked or "gender" in state.declined \
        or _wearer_evident(state, understanding) or state.couple \
        or state.offered is not None else ("gender",)  # (a couple: both, in pairs; an offer of both left unanswered)
    if anchor is not None or preferences.occasion or preferences.style or understanding.kinds \
            or understanding.weather.said:
        # "date looks", "slacks outfits", "men's outfit for a rainy day": the rest defaults sensibly
        return Decision("clarify", ask_gender) if ask_gender else Decision("recommend")
    if "trend" in understanding.intents:  # looks in the trend colours: everyday unless said otherwise
        return Decision("clarify", ask_gender) if ask_gender else Decision("recommend")
    # one question asks two things at most: whose clothes before the style (which the occasion defaults)
    asks = tuple(a for a in ("occasion", "style") if a not in state.declined)[:2 - len(ask_gender)] + ask_gender
    return Decision("clarify", asks) if asks else Decision("recommend")  # a shrug is not asked twice

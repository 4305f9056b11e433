"""The turn as a LangGraph state machine: understand -> decide -> one action -> phrase.

The nodes read the turn's state and return what they change; the services and the caller's ears reach
them as LangGraph's runtime context (`chains.turn.TurnContext`), so the graph is compiled once and holds
nothing of anyone's. The actions after `decide` are the functions of `chains/actions.py` (`NODES`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from langgraph.runtime import Runtime

from chains import actions
from chains.actions import NODES
from chains.dress_code import dress_code
from chains.exclusions import is_of_kind
from chains.explain import NAMED_PIECE
from chains.extract import (THAT_ONE_PICKED, WHITE_MOURNING, Understanding, extract, find_terms, is_bare_count, is_bare_pick,
                            needs_asked, picks_a_look, says_a_pick, season_only_felt)
from chains.lexicon import EVENT_BRIEFS, KIND_TERMS, SLOT_TERMS
from chains.look_score import suit_line
from chains.recommend import OPPOSITE_SEASON
from chains.review import SLIP_ON
from chains.revise import look_gender, new_style
from chains.bare_piece import asks_for_the_piece_alone
from chains.climate import month_meant, place_by_key, season_named, season_to_dress_for
from chains.colour_choice import picks_the_colour
from chains.owned_pieces import remembered_piece, said_owned
from chains.polarity import answered_as_asked
from chains.router import decide, is_followup, says_something, supposes_of_a_look
from chains.services import AgentServices
from chains.state import ConversationState, Outfit, Preferences
from chains.turn import TurnContext, TurnState
from chains.verdicts import bridal, suit_colour
from chains.why_asked import asks_why_of_looks
from domain.items import Item
from domain.vocabulary import INDIAN_FESTIVALS, KIND_TO_SLOT, NEUTRAL_FAMILIES, WOMENSWEAR_KINDS, season_for_month, slot_of


def _merge_preferences(old: Preferences, heard: Understanding, named_slot: str | None, answering: bool) -> Preferences:
    update = heard.preferences
    if not (old.gender or update.gender) and WOMENSWEAR_KINDS & set(update.kinds):
        update = replace(update, gender="women")  # "a black dress: what shoes and jacket?", "치마로 바꿔줘"
    if named_slot is not None:  # "it's a shirt" describes the photo, not a wish for more shirts ...
        # ... but "these jeans ... flat shoes only" still wishes for the flats
        update = replace(update, kinds=tuple(k for k in update.kinds if slot_of(k) not in (named_slot, None)))
    if old.season and season_only_felt(heard.text):  # "in case it gets chilly" at a May wedding: still May
        update = replace(update, season=None)
    if heard.owns_named and heard.puts_piece_on_look:  # ("my grey new balances, fine with look 1?": theirs, worn
        update = replace(update, colors=tuple(c for c in update.colors if c != heard.piece_colour),  # on the look; no
                         kinds=update.kinds[1:])  # wish for grey or trainers in the looks to come)
    merged = old.merged(update)
    if heard.feel.tone == "colourful" and not update.colors and set(merged.colors) <= NEUTRAL_FAMILIES:
        merged = replace(merged, colors=())  # "너무 심심한데 포인트 하나만" after "무채색 위주로": colour, the neutrals lapse
    # kinds belong to one request, not to the profile (an answer to its question, "woman, going out to a bar"
    # after "just bought a leather jacket, what do i wear w it", is still that request)
    if not update.kinds and (update.occasion or update.style) and not answering:
        merged = replace(merged, kinds=())
    if heard.avoid_kinds:  # "skirts please", then "no skirts" (or "a longer skirt"): the wish gives way
        merged = replace(merged, kinds=tuple(k for k in merged.kinds if k not in heard.avoid_kinds))
    return merged


def _recolours_photo(heard: Understanding, anchor: Item) -> bool:
    """One colour said as a fact about the photographed garment: nothing else asked for, or the colour
    said of the garment itself or against the photo's reading ("베이지 아니고 연핑크 슬랙스야. 출근할 때 입을 거")."""
    p = heard.preferences
    of_the_piece = heard.piece_colour in p.colors or anchor.color_family in p.avoid_colors
    # ("청록색 아니고 네이비 깅엄인데.. 출근할 때 입을 거야": put right, with the occasion it is for)
    return (heard.says_what_it_is or heard.names_the_photo or heard.corrects_colour) and len(p.colors) == 1 \
        and (not (p.occasion or p.style) or of_the_piece or heard.corrects_colour) and set(heard.kinds) <= {anchor.kind} \
        and not heard.followups


def _colours_the_photo(heard: Understanding, anchor) -> bool:
    """A colour said of the photographed garment as it is uploaded ("these green cords", "이 머스타드 니트")."""
    # ("this bright yellow cropped top": the top's colour, said with the part of a look it is)
    said_of_it = heard.kinds[:1] == (anchor.kind,) if anchor is not None and heard.kinds \
        else bool(heard.photo_slot and anchor is not None and slot_of(anchor.kind or "") == heard.photo_slot)
    return bool(heard.piece_colour and anchor is not None and anchor.kind and said_of_it)


def _leaning(brief: Preferences, conversation, heard: Understanding) -> Preferences:
    """"조카 돌잔치, 너무 정장 느낌은 싫어요", "work outfit, not too formal": with no looks yet to change,
    the request's looks lean that way (for this brief only, not the person's lasting style)."""
    if conversation.looks or brief.style:
        return brief
    if "less_formal" in heard.followups:
        return replace(brief, style="minimal")
    if "more_formal" in heard.followups:
        return replace(brief, style="classic")
    return brief


def _with_guessed_occasion(heard: Understanding, services: AgentServices) -> Understanding:
    """The occasion an event names ("funeral is in january": a funeral's, for this and the turns after);
    else the embedding prototypes', asked only about English messages the lexicon found nothing in."""
    p = heard.preferences
    if heard.event and not p.occasion:
        return replace(heard, preferences=replace(p, occasion=actions.event_occasion(heard)))
    if services.occasion_guesser is None or heard.language != "en" or p.occasion or p.style or heard.kinds:
        return heard
    occasion = services.occasion_guesser(heard.text)
    return replace(heard, preferences=replace(p, occasion=occasion)) if occasion else heard


# "doing a photoshoot for my 30th", "타투 받으러 가요", "wine and paint night with my mom": a plan told, with no
# occasion the lexicon knows
_SITUATION_TOLD = re.compile(r"\b(?:going to|heading to|headed to|booked|signed up|doing an?|attending|invited|"
                             r"i'?m (?:going|doing|giving|hosting|staffing|volunteering|taking|off to)|we'?re (?:going|doing)"
                             r"|i volunteer|viewing|appointment)\b|\bnight\b|가요|가는데|가려고|가기로|하러\s*가|받으러|"
                             r"보러\s*가|하게\s*됐|예약했|신청했|끊었", re.IGNORECASE)


def _situation_as_everyday(heard: Understanding, conversation: ConversationState, stored: Preferences | None) -> Understanding:
    """A plan told in a first request whose occasion no word names is dressed as an everyday outing, not asked
    about again (the person said what it is; a second question would ignore it)."""
    p = heard.preferences
    if conversation.looks or (stored is not None and stored.occasion) or p.occasion or p.style or heard.kinds \
            or heard.question or heard.topics or heard.event or not _SITUATION_TOLD.search(heard.text):
        return heard
    return replace(heard, preferences=replace(p, occasion="daily"))


def _recalled(conversation: ConversationState, heard: Understanding) -> tuple[tuple[Outfit, ...], Understanding]:
    """The earlier looks a message asks back, and the message less the season that named them ("아까 여름꺼
    1번 다시": the latest set worn in summer, not new summer looks)."""
    sets = conversation.earlier
    season = heard.preferences.season
    of_season = [looks for looks in sets if season and _season_of(looks) == season]
    if of_season:
        return of_season[-1], replace(heard, preferences=replace(heard.preferences, season=None))
    return sets[0 if heard.earlier_set == "first" else -1], heard


def _season_of(looks: tuple[Outfit, ...]) -> str | None:
    """The season most of the looks' catalogue pieces are listed for."""
    seasons = [i.season for look in looks for i in look.items if i.source == "catalog" and i.season]
    return max(set(seasons), key=seasons.count) if seasons else None


def _new_request(heard: Understanding, conversation: ConversationState, before: Preferences | None) -> bool:
    """Whether a message starts a new request (and drops the last one's weather and feel): a new occasion
    or style, unless it answers the question just asked on the same occasion ("supposed to rain all day",
    asked whose clothes, "men's. business casual office": the rain still falls)."""
    said = heard.preferences
    if not (said.occasion or said.style):
        return False
    if before is None or not (before.occasion or before.style):
        return False  # ("낮엔 20도 밤엔 8도", then "남자 출근용이요": the first occasion said, the day's weather still holds)
    # ("장마 시작해서 출근할때 뭐 입어야될지" answered with the rain note, then "여자 30대 사무직 비즈니스캐주얼": the
    # request the note offered looks for, the rain still falls)
    answers = conversation.pending or conversation.offered is not None or not conversation.looks
    return not (answers and said.occasion in (None, before.occasion))


# Who someone is ("남자 대학생", "a college student", "IT회사 다녀요"): said of themselves, no occasion asked
_WHO_THEY_ARE = re.compile(r"대학생|학생|직장인|회사원|사무직|\bcollege\b|\bstudent\b|\boffice worker\b|회사\s?다녀", re.IGNORECASE)


def _said_again(heard: Understanding, conversation, before: Preferences | None) -> Understanding:
    """"샌들은 회사에서 안 돼서 제외해주세요" to work looks: the office said again as the reason for a change to
    the looks on screen, not a new request for the office (which would drop the rain they were dressed for);
    so is the company of an interview ("IT 스타트업이라 좀 덜 딱딱하게요")."""
    said = heard.preferences
    answering = conversation.pending or (conversation.looks and _WHO_THEY_ARE.search(heard.text))
    if answering and before is not None and before.occasion not in (None, "daily", "work") \
            and said.occasion in ("daily", "work") and len(heard.text) <= 30 \
            and not (said.style or heard.kinds or "outfit" in heard.intents):
        # "남자 27살 IT회사" in answer to whose clothes for an interview, "남자 대학생" for a 100th-day date: who
        # they are, not a day at work or an everyday outing instead
        return replace(heard, preferences=replace(said, occasion=None))
    changes = heard.avoid_kinds or heard.followups or said.avoid_colors or heard.feel
    # ("less stuffy, it's a startup" of interview looks: the company the interview is at, not a day at work)
    same = said.occasion == (before.occasion if before else None) \
        or (said.occasion == "work" and before is not None and before.occasion in ("interview", "casual_interview"))
    if not (conversation.looks and before is not None and changes and said.occasion) or not same \
            or said.style or said.colors or heard.kinds:
        return heard
    return replace(heard, preferences=replace(said, occasion=None))


# "make it more formal", "can it be warmer?", "그거 좀 더 캐주얼하게": said of one thing, the look just talked about
_IT = re.compile(r"\b(?:make|made|making|can|could|would|should|does|is|will)\s+(?:it|that one|this one)\b|\b(?:it|that one|this one)\s+"
                 r"(?:more|less|a bit|a little|warmer|cooler|dressier|smarter|simpler|but)\b"
                 r"|(?:^|\s)(?:그거|그걸|이거|이걸|그 코디|이 코디)(?:를|을|는|은)?\s", re.IGNORECASE)


# "why that bag tho?", "이 가방은 왜 골랐어요?": a piece pointed at, of the look just changed
_THAT_PIECE = re.compile(r"\b(?:that|this|the new)\s+(?:[a-z]+\s+)?[a-z]+|(?:^|\s)(?:이|그|저|새)\s+[가-힣]+", re.IGNORECASE)


# "the bag too", "also the belt": one more change to the same look; never "all of them too", "나머지도"
_ALSO = re.compile(r"\btoo\b(?=\s*(?:[,.!?]|$))|\b(?:also|as well)\b", re.IGNORECASE)
# Words said of every look on screen ("do that to all of them", "전부")
_EVERY_LOOK = re.compile(r"전부|모두|다\s|\ball\b|\bevery\b|\bthem\b|\bthe looks\b", re.IGNORECASE)


# "밤에는 바베큐하고 술자리라", "in the evening it's just a bbq and some beers": an easier part of the same day
_LATER_EASY_PART = re.compile(
    r"^\W*(?:(?:and|then|but|so)\s+)?(?:at night|in the evenings?|evenings?|later(?: on)?|after that|then)\b"
    r".*\b(?:bbq|barbe?cue|drinks|beers?|bonfire|campfire|pub)\b"
    r"|^\W*(?:그리고\s*)?(?:밤|저녁)(?:에는|엔|에|에도|땐|때는)?\s.*(?:바베큐|바비큐|술자리|맥주|캠프파이어|고기\s?파티)",
    re.IGNORECASE)


_EASY_EVENINGS = frozenset({"party", "pub", "daily", "dinner", "family_dinner"})


def _later_that_day(heard: Understanding, conversation: ConversationState, before: Preferences | None) -> Understanding:
    """The evening's barbecue and drinks said after the looks for the day (a company workshop, a trip): the same
    looks carry into it, with what else the message asks ("편한게 좋을 것 같아요"); not a party dressed anew."""
    said = heard.preferences
    if not (conversation.looks and before is not None and before.occasion and said.occasion in _EASY_EVENINGS) \
            or said.occasion == before.occasion or not _LATER_EASY_PART.search(heard.text):
        return heard  # ("in the evening it's a black tie gala": dressed anew)
    return replace(heard, preferences=replace(said, occasion=None), later_part=True)


# "회사에서 바로 가는거라 출근복이랑 겸해야 돼요", "going straight from work": the office on the same day as the event
_STRAIGHT_FROM = re.compile(r"겸해|겸용|겸할|바로 가|바로 갈|끝나고 바로|퇴근하고|회사에서|회사에\s*(?:\S+\s*){0,2}(?:없|있)"
                            r"|출근할\s*때\s*입고|\bstraight (?:from|after)\b|\bright after work\b|\bafter work\b"
                            r"|\bfrom (?:the office|work) (?:straight|directly)\b|\bdouble as\b|\bfor both\b", re.IGNORECASE)


def _event_kept(heard: Understanding, conversation: ConversationState, before: Preferences | None) -> Understanding:
    """A funeral's looks, then the office said of the same day ("출근복이랑 겸해야 돼요"): the stricter dress code
    holds and the reply says the looks serve both; not office looks instead."""
    said = heard.preferences
    # (the funeral's note answered first, its looks on offer: "남자고 회사에서 바로 가요" is the same)
    shown = bool(conversation.looks) or conversation.offered is not None
    if not (shown and before is not None and before.occasion in ("funeral", "funeral_white")
            and said.occasion == "work") or not _STRAIGHT_FROM.search(heard.text):
        return heard  # ("출근룩 추천해줘" after the funeral's looks: office looks)
    return replace(heard, preferences=replace(said, occasion=None), also_for="work")


def _white_said_of_the_funeral(heard: Understanding, before: Preferences | None) -> Understanding:
    """"I think white is expected here, not black. Can you redo it" of a funeral's looks: a Hindu funeral's, in
    white (its note and looks), not the black ones with a white shirt."""
    if before is None or before.occasion != "funeral" or heard.event or not WHITE_MOURNING.search(heard.text):
        return heard
    return replace(heard, event="funeral_white", followups=frozenset(), intents=heard.intents | {"outfit"},
                   preferences=replace(heard.preferences, colors=(), avoid_colors=(), occasion="funeral_white"))


# "no black please, my nani thinks it's bad luck for festivals": occasions in general, said as a reason
_OCCASIONS_IN_GENERAL = re.compile(r"\b(?:because|bad luck|thinks?|says?|believes?|unlucky)\b[^.?!]{0,40}\b(?:for|at|on|during) "
                                   r"(?:festivals|parties|weddings|funerals|holidays|occasions|events)\b"
                                   r"|명절마다|행사 때마다|잔치 때마다", re.IGNORECASE)
# A festival at the family's ("Eid", "Diwali") goes on through the family's words said later ("my mother in law
# always says i wear too much black"): the family is the company, not a holiday at theirs instead
_FAMILY_FESTIVALS = frozenset({"eid", *INDIAN_FESTIVALS})


# "need something for a nice dinner one evening too", "what about the wedding?": looks asked for it
_ASKS_FOR_IT = re.compile(r"\b(?:need|want|looking for|something for|what about|how about|and for|also for|outfits? for"
                          r"|looks? for|wear (?:to|for)|dress(?:ed)? for)\b|\btoo\b|추천|보여|뭐\s*입|입을|코디|도\s*(?:가|있)",
                          re.IGNORECASE)
# What marks a remark as told in passing (a place described, who hosts, a laugh): "the school is the one with the
# squeaky gym floors haha", "fyi her mother in law is hosting"; "date night on friday" alone is a new request
_IN_PASSING = re.compile(r"\b(?:fyi|btw|by the way|anyway|haha+|lol|lmao|funny|apparently)\b|\bis hosting\b"
                         r"|\bthe (?:school|venue|place|gallery|restaurant|house|hall|office|church|hotel) is\b|ㅋㅋ|ㅎㅎ",
                         re.IGNORECASE)
_ERRAND_AFTER = re.compile(r"픽업|데리러|장\s*보|마트|어린이집|학원|\bpick(?:ing)? (?:up|the kids?)\b|\bpickup\b|\bschool run\b"
                           r"|\berrands?\b|\bgrocer", re.IGNORECASE)
_JOB_SAID = re.compile(r"(?:\bi\s+|,\s*)work(?:ing)?\s+(?:in|as|for)\b|\bi'?m an?\s+\w+\s+(?:at|in)\b|에서\s*일해|회사\s*다녀",
                       re.IGNORECASE)
# "it's actually at his golf club", "알고 보니 야외래요": the occasion changed, said so
_OCCASION_SWITCHED = re.compile(r"\b(?:actually|instead|turns out|turned out|changed?|change of plans?|now it'?s|no longer"
                                r"|not anymore|wait|scratch that|update)\b|알고\s*보니|바뀌|바꼈|변경|사실은|아니고|아니라|말고"
                                r"|\b(?:then|after|afterwards|later)\b|끝나고|이따|그\s*다음", re.IGNORECASE)


def _asks_for_looks(heard: Understanding) -> bool:
    """Whether a message asks for looks in so many words ("what should I wear", "show me")."""
    return bool(heard.intents & {"outfit", "more"} or heard.asks_to_see)


def _says_more_than_occasion(heard: Understanding) -> bool:
    """Whether a message says anything of the looks besides an occasion (a style, a season, colours, pieces)."""
    p = heard.preferences
    return bool(p.style or p.season or p.colors or p.avoid_colors or heard.kinds or heard.avoid_kinds or heard.feel
                or p.gender)


# The places an occasion said before happens at ("장소는 카페", "we're meeting at a cafe then dinner")
_VENUE_SAID = re.compile(r"장소는|(?:에서|서)\s*만나|갔다가|\b(?:meeting|meet) (?:at|in)\b|\bvenue\b|\bthe place is\b"
                         r"|\b(?:it'?s|we'?re going) (?:at|to) (?:a|the|this) (?:cafe|café|coffee shop|restaurant|bar|pub)\b",
                         re.IGNORECASE)


# The occasions a word for where it happens reads as, said of an occasion already told
# ("charity gala, black tie optional", then "it's in a museum": the gala's venue, still black tie)
_WHERE_IT_HAPPENS = {"concert": ("culture",), "gig": ("culture", "concert"), "date": ("dinner", "culture"),
                     "black_tie": ("culture", "dinner"), "cocktail": ("culture", "dinner"), "party": ("culture",),
                     "wedding": ("culture", "dinner"), "ceremony": ("dinner", "family_dinner"),
                     "family_holiday": ("dinner", "family_dinner")}


def _occasion_in_passing(heard: Understanding, before: Preferences | None,
                         conversation: ConversationState) -> Understanding:
    """An occasion named in passing beside the looks' own (a reason, the family's company, a word about the
    place: "the school is the one with the squeaky gym floors", "fyi her mother in law is hosting"): the looks'
    holds. A new occasion is asked for, or said to have changed."""
    said = heard.preferences
    if before is None or not before.occasion or not said.occasion:
        return heard
    if said.occasion == before.occasion:  # ("상담이 오후 4시라 끝나고 바로 애 학원 픽업해야 돼요" of the school's
        # looks: the same day told about, nothing asked; the looks stay)
        told = conversation.looks and not (_asks_for_looks(heard) or heard.question or heard.followups
                                           or _says_more_than_occasion(heard) or _ASKS_FOR_IT.search(heard.text))
        return replace(heard, preferences=replace(said, occasion=None)) if told else heard
    general = bool(_OCCASIONS_IN_GENERAL.search(heard.text))
    family = before.occasion in _FAMILY_FESTIVALS and said.occasion == "family_holiday"
    # ("parent teacher meeting", then "I'm her dad, work in IT so usually jeans": the job, not the occasion)
    job = said.occasion in ("work", "formal_office") and bool(_JOB_SAID.search(heard.text)) and not heard.asks_to_see
    # ("끝나고 바로 애 학원 픽업해야 돼요", "then the school run after": an errand after it, in the same clothes)
    errand = said.occasion == "daily" and bool(_ERRAND_AFTER.search(heard.text)) and bool(conversation.looks) \
        and not _asks_for_looks(heard)
    # ("소개팅", then "장소는 성수동 카페 갔다가 저녁은 파스타집": where the date happens, still the date)
    venue = (said.occasion == "daily" and before.occasion != "daily" and bool(_VENUE_SAID.search(heard.text))
             # ("스탠딩 콘서트", then "여름이고 실내 공연장": the concert's hall; a date's dinner is the date)
             or said.occasion in _WHERE_IT_HAPPENS.get(before.occasion, ())) \
        and not _OCCASION_SWITCHED.search(heard.text)
    if errand or venue:
        return replace(heard, preferences=replace(said, occasion=None))
    aside = bool(conversation.looks) and bool(_IN_PASSING.search(heard.text)) \
        and not (_asks_for_looks(heard) or heard.event or heard.question or heard.followups
                 or _OCCASION_SWITCHED.search(heard.text) or _ASKS_FOR_IT.search(heard.text))
    return replace(heard, preferences=replace(said, occasion=None)) if general or family or aside or job else heard


def _said_too(heard: Understanding) -> bool:
    """"가방도 좀 작은걸로", "the bag too, something smaller": a garment said with "too" (or 도 right after it)."""
    text = heard.text.lower()
    if _EVERY_LOOK.search(text):
        return False
    garments = find_terms(text, KIND_TERMS)[0] + find_terms(text, SLOT_TERMS)[0]
    return bool(_ALSO.search(text)) or any(text[m.end:m.end + 1] == "도" for m in garments)


def _own_piece_on_it(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"ive got brown suede desert boots already, would those work with it" right after one look changed: their
    piece on that look, and the answer is that look with it (not a note on suede and new looks)."""
    focus = conversation.focus_look
    if not (heard.owns_named and heard.points_at_it and focus and focus <= len(conversation.looks)) \
            or heard.target_look or heard.puts_piece_on_look:
        return heard
    return replace(heard, target_look=focus, puts_piece_on_look=True, topics=(), question="yesno",
                   followups=heard.followups | {"swap"}, intents=heard.intents | {"outfit"})


def _picked_with_their_piece(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"ok I'll do 1 but with my own jeans instead": that look picked, their piece put on it in place of its own."""
    number = heard.target_look
    picked = "ack" in heard.intents or picks_a_look(heard.text)
    if not (picked and heard.owns_named and heard.kinds and number and number <= len(conversation.looks)):
        return heard
    return replace(heard, intents=(heard.intents - {"ack"}) | {"outfit"}, puts_piece_on_look=True,
                   followups=heard.followups | {"swap"})


_A_VERSION = re.compile(r"\b(?:a|an|the same|same)\s+(?:[\w-]+\s+){0,3}(?:version|one)\s+(?:exist|available|possible)|"
                        r"\b(?:[\w-]+\s+){0,2}version\b|(?:색|컬러)\s*(?:으로|로)?\s*(?:도|은|는)?\s*(?:있|나와)|버전"
                        # ("can u do it in green insted of red?", "그거 초록으로 해줘": that look, in the colour)
                        r"|\b(?:do|make|have|get)\s+(?:it|that|this)(?:\s+one)?\s+in\b"
                        r"|(?:^|\s)(?:그거|그걸|이거|이걸)\s*\S+\s*(?:으로|로)\s*(?:해|바꿔|돼)", re.IGNORECASE)


_THEN_CHANGE = re.compile(r"^\W*(?:ㅇㅋ|ok|okay|오키|네|응)?\W*(?:그럼|그러면|then)\b.*(?:바꿔|바꾸|change|swap)", re.IGNORECASE)
_THOSE = re.compile(r"\b(?:those|these|the)\s+(?:shoes|heels|boots|flats|sneakers|trainers|loafers|sandals|pumps)\b"
                   r"|(?:그|저|이)\s*(?:신발|구두|힐|부츠|운동화|로퍼|샌들|플랫)", re.IGNORECASE)


def _of_the_look_talked_about(heard: Understanding, conversation: ConversationState) -> Understanding:
    """A change said of "it" right after an answer about one look ("would #1 work for a christening?" then
    "make it more formal") is that look's, and so is a why of a piece pointed at right after one look changed
    ("look 2 with boots", then "why that bag tho?"); every look's otherwise."""
    focus = conversation.focus_look
    if focus is None or heard.target_look or heard.like_look or focus > len(conversation.looks):
        return heard
    pointed = heard.asks_why and bool(heard.kinds or heard.about_kinds or heard.slots) \
        and bool(_THAT_PIECE.search(heard.text))
    # ("1번 신발 플랫으로", then "가방도 좀 작은걸로" / "the bag too, something smaller": that look's bag)
    also = is_followup(heard) and bool(heard.kinds or heard.slots) and _said_too(heard)
    # ("1번 신발 비 오는 날 괜찮아요?", then "좋아요 그걸로 하고 가방 하나만 추천해줘": that look picked, with a bag)
    # (a note asked beside the pick, "taking that one. do I need a bag?", is the note's: no change to the look)
    also = also or (heard.adds_piece or heard.intents == {"ack"} and not heard.topics or bool(heard.asks_property)) \
        and bool(THAT_ONE_PICKED.search(heard.text))
    # ("look 1 more formal", then "love it now, would a sage green version exist?": look 1, in green)
    also = also or bool(heard.preferences.colors and _A_VERSION.search(heard.text))
    # ("does a lavender hat go with look 1?", then "and are those shoes comfortable for standing a while?": look 1's)
    also = also or bool(heard.asks_walkable and _THOSE.search(heard.text))
    # ("2번 원피스 바람불면 날리지 않아?", then "그럼 반바지 있는걸로 바꿔줘": look 2, changed so)
    also = also or is_followup(heard) and bool(_THEN_CHANGE.search(heard.text)) and not _EVERY_LOOK.search(heard.text)
    # ("look 2 with stretchier pants", then "does it look ok for the dinner after too?": look 2, for the dinner)
    if not (pointed or also) and (not (is_followup(heard) or heard.question or heard.asks_about_look)
                                  or not _IT.search(heard.text)):
        return heard
    return replace(heard, target_look=focus)


# "아니 그냥 다 빼줘", "do that to all of them": what was just done to one look, done to every look
_TO_ALL = re.compile(r"^\W*(?:(?:아니|아냐|그냥|걍|음|흠|ㅋ+)\s*)*(?:다|전부|모두|다른\s*것도|나머지도)\s*(?:다\s*)?"
                     r"(?:빼|바꿔|없애|지워)|\b(?:do|same)\s+(?:that|it|the same)?\s*(?:for|to|with)\s+(?:all|every|the others?)"
                     r"|\b(?:remove|take|drop)\s+(?:it|them|that)\s+(?:off\s+|out\s+)?(?:from\s+|of\s+)?(?:all|every)"
                     r"|^\W*(?:all of them|every one of them|all of them too|everywhere)\W*$", re.IGNORECASE)


def _done_to_all(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"2번 넥타이 빼줘", then "아니 그냥 다 빼줘": the kind just taken out of one look goes from every look."""
    focus = conversation.focus_look
    if focus is None or heard.kinds or heard.slots or heard.target_look or not conversation.earlier \
            or not _TO_ALL.search(heard.text):
        return heard
    before, now = conversation.earlier[-1], conversation.looks
    if len(before) != len(now) or focus > len(now):
        return heard
    was, is_now = before[focus - 1].items, now[focus - 1].items
    if {i.id for i in is_now} - {i.id for i in was}:  # (a piece traded, not taken out)
        return heard
    gone = tuple(dict.fromkeys(i.kind for i in was if i.kind not in {j.kind for j in is_now}))
    return replace(heard, avoid_kinds=gone) if gone else heard


def _one_of_those_shown(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"just one", "하나만" alone with looks on screen: the one to wear, the first (the surest), shown alone."""
    if heard.count != 1 or not is_bare_count(heard.text) or not conversation.looks or says_something(heard):
        return heard
    return replace(heard, intents=frozenset(), shown_again=1)


# "그럼 바지는요?", "and trousers?", "what about jackets": a short question on from the last answer
# ("for a t-shirt" answering "whose clothes?" after a size question names the part the size is for)
_ON_FROM = re.compile(r"^(?:and|what about|how about|then|so|also|for (?:a|an|the|my))\b|(?:은|는)요?\s*[?？]*\s*$"
                      r"|^(?:그럼|그러면|그리고)", re.IGNORECASE)


# "셔츠에 슬랙스로 해줘", "니트로 바꿔줘": garments named as what the looks should wear instead
_INTO_KIND = re.compile(r"(?:으)?로\s*(?:해\s*(?:줘|주세요|줄래|줘요)|바꿔|가자|갈게)"
                        r"|\b(?:make|turn|change|switch)\s+(?:them|those|these|the looks?|all of them|it)\s+(?:into\s+|to\s+)?"
                        r"(?:an?\s+)?(?:\w+\s+){0,2}\w+s?\s*[.!?]*$", re.IGNORECASE)  # ("make them cardigans")


# A yes to what was just offered, and nothing else: "ㅇㅋ 그걸로 ㄱㄱ", "yes do that", "네 그렇게 해주세요", "sure"
_YES_TO_IT = re.compile(r"^\W*(?:(?:ㅇㅋ|ㅇㅇ|오키|오케이|ok(?:ay)?|yes|yeah|yep|sure|네|넹|응|좋아요|좋아|그래|그럼|please|pls)\W*)*"
                        r"(?:그걸로|그렇게|do (?:it|that)|let'?s do (?:it|that)|go (?:for it|ahead)|해\s*줘|해\s*주세요|ㄱ+|고고|"
                        r"please do|sounds good|that one)?\W*(?:ㄱ+|고고|해\s*줘|해\s*주세요|할게요?|please|pls|ㅎ+|ㅋ+)?\W*$",
                        re.IGNORECASE)


def takes_the_offer(heard: Understanding) -> bool:
    """A short yes with no request of its own, taken as the change the last answer offered."""
    text = heard.text.strip()
    said = bool(re.search(r"[a-z가-힣]|ㅇㅋ|ㅇㅇ|ㄱ", text, re.IGNORECASE))  # (a laugh alone, "ㅋㅋ", says no yes)
    return said and len(text) <= 30 and bool(_YES_TO_IT.match(text)) and not says_something(heard) \
        and not heard.target_look and not heard.followups


def _picked_by_its_colour(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"2번 빨간색으로 할게여" of the look in a red knit, "2번에 보라색 포인트로 최종할게요" of the one in purple: the
    look picked, named by a colour it already wears; nothing to change."""
    number, colours = heard.target_look, set(heard.preferences.colors)
    if not (number and colours and number <= len(conversation.looks) and says_a_pick(heard.text)) \
            or heard.kinds or heard.slots or heard.avoid_kinds or heard.preferences.avoid_colors:
        return heard
    if not colours <= {i.color_family for i in conversation.looks[number - 1].items}:
        return heard  # ("going with look 1 in rust" of a navy look: a change)
    return replace(heard, intents=frozenset({"ack"}), followups=frozenset(), puts_piece_on_look=False, piece_colour=None,
                   preferences=replace(heard.preferences, colors=(), shades=(), gender=None))


def change_offered(quick_replies: Sequence[str]) -> str | None:
    """The change a reply offers as its first quick reply ("3번 힐 바꿔줘", "Look 2: black bag instead"), which a
    plain yes to it takes; not "Show me more" nor an answer to a question."""
    if not quick_replies:
        return None
    offer = extract(quick_replies[0])
    return quick_replies[0] if offer.target_look and offer.followups else None


_GOES_ON = re.compile(r"^\W*(?:and|also|plus|그리고)\b", re.IGNORECASE)


def _into_the_kinds_named(heard: Understanding, conversation: ConversationState) -> Understanding:
    """Garments named "로 해줘" with looks on screen (and no new occasion or style) trade the looks' pieces for
    them, rather than ask for new looks; so does one part's garment asked alone ("loafers instead", "flats pls"),
    on the look just changed when the message goes on from it ("and block heels please")."""
    said = heard.preferences
    if not conversation.looks or not heard.kinds or "swap" in heard.followups or said.occasion or said.style \
            or heard.target_look is not None:
        return heard
    if "kind" in conversation.pending:  # ("Shirt", answering what the photographed garment is)
        return heard
    if _INTO_KIND.search(heard.text):
        return replace(heard, followups=heard.followups | {"swap"})
    one_part = len({KIND_TO_SLOT.get(k) for k in heard.kinds}) == 1
    if not one_part or said.gender or said.season or heard.question or not asks_for_the_piece_alone(heard.text):
        return heard
    focus = conversation.focus_look
    goes_on = focus is not None and focus <= len(conversation.looks) and bool(_GOES_ON.search(heard.text)) \
        and not _EVERY_LOOK.search(heard.text)  # ("and flats for all of them please": every look)
    # ("what about loafers?", "로퍼는 어때요?": offered for the looks, put on them rather than asked about)
    return replace(heard, followups=heard.followups | {"swap"}, target_look=focus if goes_on else None,
                   puts_piece_on_look=goes_on or heard.puts_piece_on_look, asks_about_look=False, asks_which=False)


def _accessory_none_wears(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"목도리 색만 다른걸로 해주세요 회색은 있어서요" where no look wears a scarf: one is put on each look (not in the
    colour ruled out), rather than another for none."""
    if "swap" not in heard.followups or len(heard.kinds) != 1 or not conversation.looks or heard.target_look:
        return heard
    kind = heard.kinds[0]
    if KIND_TO_SLOT.get(kind) != "accessory" or any(i.kind == kind for o in conversation.looks for i in o.items):
        return heard
    return replace(heard, adds_piece=True, puts_piece_on_look=True)


def _size_of_a_part(heard: Understanding, conversation: ConversationState) -> Understanding:
    """A garment asked on right after sizes were given, or in answer to a size question's own question
    ("그럼 바지는요?", "for a t-shirt"), asks that garment's size."""
    said = heard.preferences
    if conversation.sizes_told and heard.fit and len(heard.text) <= 40 and not (said.occasion or said.style):
        return replace(heard, intents=heard.intents | {"size"})  # "오버핏으로 입고 싶으면요?": the size for that fit
    if not (conversation.sizes_told or "size" in conversation.pending) or not (heard.kinds or heard.slots) \
            or len(heard.text) > 40 or not _ON_FROM.search(heard.text.strip()) \
            or said.occasion or said.style or said.colors or "outfit" in heard.intents \
            or heard.asks_property or heard.asks_warm or heard.feel.grip or heard.weather.said:
        return heard  # ("and are those boots ok on icy sidewalks?": how they grip, not their size)
    return replace(heard, intents=heard.intents | {"size"}, asks_which=True)


def _her_kurta(heard: Understanding, gender: str | None) -> Understanding:
    """"What goes with a white kurta, I'm a woman": the catalogue files her kurtas as tops (blouses), his as shirts."""
    if heard.cut != "kurta" or gender != "women" or "shirt" not in heard.kinds:
        return heard
    def hers(kinds: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys("blouse" if k == "shirt" else k for k in kinds))

    return replace(heard, kinds=hers(heard.kinds), preferences=replace(heard.preferences, kinds=hers(heard.preferences.kinds)))


# Words that ask for a change, beside a why ("why the bag? swap it for a tote" asks both)
_CHANGE_WORDS = re.compile(r"\b(?:swap|change|switch|replace|instead|another|different|other)\b|바꿔|바꾸|교체|대신|말고|다른",
                           re.IGNORECASE)


def _why_is_no_swap(heard: Understanding) -> Understanding:
    """"Why that bag in look 1?", "가방은 왜 그거야?": the reason asked, the bag kept (no swap read into the piece
    pointed at)."""
    if not heard.asks_why or heard.followups != frozenset({"swap"}) or _CHANGE_WORDS.search(heard.text):
        return heard
    return replace(heard, followups=frozenset())


_OVER_THE_ONE = re.compile(r"\bover (?:it|that|this)\b|그 위에|거기에|거기 위에", re.IGNORECASE)  # (the look talked about)


def _layer_to_throw_on(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"What do i layer over it", "공연장 에어컨 세다던데 뭐 걸칠 거 있어요?", "밤에 추워? 겉옷 뭐 챙겨야 돼" of the looks on
    screen: a layer added to those that have none, the others keep theirs (not new looks for a chilly season, a
    packing list or the note on layering for real cold)."""
    if not (heard.throws_on and conversation.looks) or heard.target_look and heard.target_look > len(conversation.looks):
        return heard
    topics = tuple(t for t in heard.topics if t != "weather:layering")
    focus = conversation.focus_look
    target = heard.target_look or (focus if focus and focus <= len(conversation.looks)
                                   and _OVER_THE_ONE.search(heard.text) else None)
    return replace(heard, followups=frozenset({"layer"}), target_look=target, intents=heard.intents - {"capsule", "outfit", "more"},
                   topics=topics, kinds=(), slots=(), question=None, asks_about_look=False, count=None,
                   preferences=replace(heard.preferences, occasion=None, season=None, kinds=()))


def _weather_of_the_looks(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"What if it's really hot that day?", "it'll be freezing" of the looks on screen: cooler or warmer looks."""
    said = heard.preferences
    if not conversation.looks or heard.followups or said.occasion or said.style or heard.kinds:
        return heard
    if heard.asks_warm and heard.target_look:  # ("is look 2 enough if it snows?": asked of it, answered)
        return heard
    step = {"cooler"} if heard.weather.hot else {"warmer"} if heard.weather.cold else set()
    return replace(heard, followups=heard.followups | step) if step else heard


# Words that say whose clothes a message is about ("menswear", "for my wife", "I'm a woman", "여자예요"), beside
# which a gender word is a wish for another wardrobe, not a person mentioned in passing ("her mom said...")
_SAYS_WHOSE = re.compile(r"\b(?:menswear|womenswear|men'?s|women'?s|mens|womens|for (?:my|a|her|him|me)\b|"
                         r"(?:i'?m|im|i am|as) an? |(?:she|he)'?s an? |swap to|switch to|instead)"
                         r"|남성복|여성복|남자\s?(?:꺼|거|옷|용|예요|에요|입니다|이에요|요)|여자\s?(?:꺼|거|옷|용|예요|에요|입니다|이에요|요)"
                         # ("dad, 52, medium-large", "남자 30대 중반": who they are, said first)
                         # ("남 34. 대표님도 오심..": 남 and 여 said first, as forms and profiles write them)
                         r"|^\W*(?:dad|mom|mum|father|mother|guy|man|woman|girl|lady|dude|male|female|남자|여자|남|여)\b\W*(?:[,/]|\d)"
                         # ("레깅스는 빼줘 ㅋㅋ 남자라 좀..": who they are, said as the reason)
                         r"|(?:남자|여자)(?:라서|라|인데|니까|거든)"
                         # ("강원도 철원이고 1월이에요 여자 22", "Seoul in January, woman, 31": who they are, as forms write it)
                         r"|(?:^|\s)(?:남자|여자|남|여)\s*\d{2}\b|\b(?:woman|man|guy|girl|female|male|lady|dude)\s*,?\s*\d{2}\b"
                         # ("25 m. idk, whatever", "31F", "m, 40"): age and sex, as profiles write them
                         r"|^\W*(?:[1-9]\d\s*[/,]?\s*[mf]|[mf]\s*[/,]?\s*[1-9]\d)\b"
                         r"|(?:으로|로)\s?(?:바꿔|보여)", re.IGNORECASE)


def _wearer_kept(heard: Understanding, conversation: ConversationState, before: Preferences | None) -> Understanding:
    """With looks on screen for one wardrobe, a gender heard in passing ("actually her mom said there's a football
    game after") is someone mentioned, not a switch: the looks stay his. A switch is said in so many words."""
    said, kept = heard.preferences.gender, before.gender if before is not None else None
    if conversation.couple and conversation.looks and said and not (heard.couple or heard.for_self):
        # ("남자 22살 키 180 L 입어요 여친은 S요" of the pairs on screen: both are dressed already)
        return replace(heard, preferences=replace(heard.preferences, gender=None))
    if said and said == kept and conversation.looks and not conversation.couple and not heard.couple \
            and not _SAYS_WHOSE.search(heard.text) and (heard.preferences.avoid_colors or heard.avoid_kinds or is_followup(heard)):
        # ("흰색은 좀 그렇죠? 애기 엄마랑 겹칠까봐요" of her looks: the baby's mother is someone mentioned, the change is to
        # these looks, not a new request)
        return replace(heard, preferences=replace(heard.preferences, gender=None))
    if not (said and kept and said != kept and conversation.looks) or conversation.couple or heard.couple:
        return heard
    if _SAYS_WHOSE.search(heard.text) or (heard.text.strip().lower() in ("m", "f", "male", "female", "man", "woman",
                                                                           "guy", "girl", "남자", "여자")):
        return heard
    if heard.own_gender == said and not heard.partner and conversation.own_gender != said:
        # ("허리 32 남자고 츄리닝은 빼구요", "I'm her dad, 62" of womenswear chosen while whose was unknown: who they
        # are, said for the first time, is whose the looks are)
        return heard
    return replace(heard, preferences=replace(heard.preferences, gender=None))


# The kinds a person asks to add to every look on screen by name, as a finishing touch ("what earrings would go
# with that", "시계 같은 것도 추천 가능?"): the looks keep everything else
# (a belt or a bag asked about is the finishing touch's: "벨트는 무슨 색이 좋아요?" is answered in words)
_ADDED_ACCESSORIES = frozenset({"jewellery", "watch", "hat", "scarf", "sunglasses"})


def _accessory_for_the_looks(heard: Understanding, conversation: ConversationState) -> Understanding:
    """An accessory asked for by name of the looks on screen, with no look named: each look gets one, or keeps
    its own (not the colour basics, not a new look)."""
    asked = heard.asks_which or heard.adds_piece or heard.question == "pairing"
    if not (conversation.looks and heard.kinds and asked) or heard.target_look or heard.followups - {"swap"} \
            or not set(heard.kinds) <= _ADDED_ACCESSORIES or heard.avoid_kinds or heard.asks_why \
            or heard.question == "yesno":  # ("do i need to bring a kippah or wear a hat?": asked, not added)
        return heard
    return replace(heard, puts_piece_on_look=True, adds_piece=True, question=None,
                   followups=heard.followups | {"swap"})


def _seated_or_shoeless(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"좌식이라 바닥에 앉아야 해요" of looks in dresses or skirts: trousers in their place; "법당에서 신발 벗어야
    돼요" of looks on lace-ups: loafers in their place (the reply says why, and what it means for the socks). Of
    looks that need no change, the facts stay facts and the answer says so (actions.answer)."""
    if not (heard.floor_seating or heard.shoes_off) or not conversation.looks or heard.followups or heard.kinds:
        return heard
    worn = {i.kind for o in conversation.looks for i in o.items} | {
        i.slot for o in conversation.looks for i in o.items}
    if heard.floor_seating and worn & {"onepiece", "skirt"}:
        return replace(heard, followups=frozenset({"swap"}), kinds=("trousers",), slots=("bottom", "onepiece"),
                       avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, "dress", "skirt"))),
                       preferences=replace(heard.preferences, kinds=("trousers",)))
    laced = [i for o in conversation.looks for i in o.items if i.slot == "shoes" and i.kind in ("shoes", "boots")
             and not SLIP_ON.search(i.name)]
    if heard.shoes_off and laced:
        return replace(heard, followups=frozenset({"swap"}), kinds=("shoes",), slots=("shoes",), cut="loafer",
                       shoe_cuts=("loafer",), preferences=replace(heard.preferences, kinds=("shoes",)))
    return heard


def _own_suit_at_the_event(heard: Understanding, prefs: Preferences | None) -> Understanding:
    """"검정 정장은 없고 네이비 정장은 있어요" at a funeral said before: whether their suit does, from the event's note
    on suits (its colour is the suit's, not a colour for the looks)."""
    if not heard.owns_suit or heard.event or prefs is None or prefs.occasion not in EVENT_BRIEFS \
            or heard.followups - {"swap"} or heard.target_look or heard.kinds:
        return heard  # ("i have a navy suit but no black one": no black is the suit they lack, not a colour refused)
    return replace(heard, event=prefs.occasion, followups=frozenset(), avoid_kinds=(), slots=(),
                   preferences=replace(heard.preferences, colors=(), avoid_colors=()))


def _told_before(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"only the top half matters right? still want to look sharp" after the note on video calls: the note is
    not told again word for word; the message goes on to what else it says (the looks, whose they are)."""
    if not heard.topics or not set(heard.topics) <= set(conversation.notes_told):
        return heard
    if supposes_of_a_look(conversation, heard):  # ("1번 블라우스 랩스타일이면 안벌어지죠?"): the note answers it again
        return heard
    # ("do i need to bring a kippah or wear a hat?" after the synagogue's note): its yes or no, in a sentence
    asked = "yesno" if heard.question is None and heard.kinds and needs_asked(heard.text) else heard.question
    return replace(heard, topics=(), question=asked)


def _walked_in(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"The dress in 3 looks lovely but can she walk in those shoes? she uses a cane": how that look's shoes walk,
    answered (the dress misremembered or praised is no piece to put on it)."""
    number = heard.target_look
    if not (heard.asks_walkable and number and number <= len(conversation.looks)) or heard.avoid_kinds:
        return heard
    return replace(heard, kinds=(), about_kinds=(), followups=heard.followups - {"swap"}, puts_piece_on_look=False,
                   slots=("shoes",), preferences=replace(heard.preferences, kinds=()))


def _layer_in_a_colour(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"add a layer to look 1, maybe something in burgundy or rust" of a look in a jacket: its layer in that colour
    (not "it has a layer already")."""
    number = heard.target_look
    if heard.followups != {"layer"} or not heard.preferences.colors or not number or number > len(conversation.looks) \
            or not any(i.slot == "outerwear" for i in conversation.looks[number - 1].items):
        return heard
    return replace(heard, followups=frozenset({"swap"}), slots=("outerwear",))


def _summer_there(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"Going to Taipei", then "it's in May": a month of the hot half at a subtropical place said before is summer
    there, hot, not the spring the month means at home."""
    if not (conversation.subtropical and heard.hot_half) or heard.subtropical or heard.weather.cold:
        return heard
    return replace(heard, hot=True, preferences=replace(heard.preferences, season="summer"))


def _month_there(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"Speed dating in Melbourne", then "August so it's cold and wet": a month said of a southern place named
    before is its season there (winter), not the one it means at home."""
    said = heard.preferences.season
    if not (conversation.southern and heard.season_by_month and said) or heard.southern or heard.preferences.occasion:
        return heard  # (said with the place itself, the month was turned as it was read; a new occasion is elsewhere)
    return replace(heard, preferences=replace(heard.preferences, season=OPPOSITE_SEASON[said]))


def _climate_there(heard: Understanding, conversation: ConversationState, this_month: int) -> Understanding:
    """"Visiting my son in Sydney", then "I leave mid July": the month there is winter, by the place's normals
    (chains/climate.py); a place named with no month is dressed for the month said before, else this one. A season
    or the weather said in words ("it's winter there", "it'll be freezing") is theirs and stays."""
    key = heard.place or conversation.place
    month_counts = heard.month is not None and (heard.place is not None or heard.season_by_month)
    place = place_by_key(key) if key and (heard.place or month_counts) else None
    if place is None and heard.climate_asked and conversation.place:
        place = place_by_key(conversation.place)  # ("거기 겨울이에요??": asked of the place, no season wished)
    p = heard.preferences
    # (a season said in words is theirs; one a holiday brings, "Pongal lunch in Toronto", is the place's)
    in_words = season_named(heard.text) is not None or _FELT_WEATHER.search(heard.text.lower()) is not None
    if place is None or heard.weather.said or (p.season and in_words and not heard.climate_asked):
        return heard
    month = (heard.month if month_counts else None) or conversation.month or this_month
    there = season_to_dress_for(place, month)
    if not (month_counts or heard.climate_asked) and there == season_for_month(month):
        return heard  # ("성수동 카페 갔다가": a place in the same season as home says nothing of the weather)
    # (its heat only: winter's season already brings the coat, and real cold said in words ("it's freezing") would
    # trade an interview's blazer for a padded jacket)
    return replace(heard, hot=place.hot(month), preferences=replace(p, season=there))


def _colour_of_a_topic_garment(heard: Understanding) -> Understanding:
    """"Sheer black tights or opaque with it?" after "no black": black is the tights' (a garment the catalogue does not
    carry), no wish that lifts the black ruled out of the looks."""
    p = heard.preferences
    if not (p.colors and heard.topics and not heard.kinds and set(heard.topics) <= _NOT_CARRIED):
        return heard
    return replace(heard, preferences=replace(p, colors=(), shades=()))


# Garments the notes answer of that the catalogue does not carry: a colour said of them is theirs alone
_NOT_CARRIED = frozenset({"garment:tights", "garment:shorts-over-tights", "garment:gloves", "garment:running-gloves",
                          "garment:pocket-square", "garment:suspenders"})


def _hoodie_as_worn(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"2 but without the hoodie" of a look in a sweatshirt whose name says no hood: the sweatshirt is what they call
    the hoodie (it goes), not a hood the look lacks."""
    if "hoodie" not in heard.avoid_kinds or not conversation.looks:
        return heard
    number = heard.target_look
    looks = [conversation.looks[number - 1]] if number and number <= len(conversation.looks) else conversation.looks
    worn = [i for look in looks for i in look.items if i.slot in ("top", "outerwear")]
    if any(is_of_kind(i, ("hoodie",)) for i in worn) or not any(i.kind == "sweatshirt" for i in worn):
        return heard
    return replace(heard, avoid_kinds=tuple(dict.fromkeys("sweatshirt" if k == "hoodie" else k for k in heard.avoid_kinds)))


_FELT_WEATHER = re.compile(r"\b(?:warm|cold|hot|chilly|cool|freezing|humid|mild)\b|따뜻|추운|추워|더운|더워|쌀쌀|선선")


def _dressed_too(heard: Understanding, conversation: ConversationState) -> tuple[Understanding, ConversationState]:
    """"Outfits for me and my mum, i'm 28 and she's 55", then "woman" to "menswear or womenswear?": her looks beside
    the person's, asked before the question, are still asked (held while a question is open)."""
    if heard.both_dressed and heard.partner:
        return heard, conversation.evolve(dress_too=heard.partner, dress_too_age=heard.partner_age)
    if not conversation.dress_too:
        return heard, conversation
    if conversation.pending and heard.preferences.gender and not (heard.partner or heard.couple):
        heard = replace(heard, both_dressed=True, partner=conversation.dress_too, partner_age=conversation.dress_too_age)
    return heard, conversation.evolve(dress_too=None, dress_too_age=None) if not conversation.pending else conversation


def _own_suit_worn(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"I have a navy suit, just pick the rest": their suit is worn (its jacket the piece the looks are built
    on, its trousers in every look), not a wish for navy pieces. Not where the event's note on suits answers
    (a funeral), nor where no colour says which suit."""
    colour = suit_colour(heard)
    if not heard.owns_suit or heard.no_suit or heard.event or colour is None or heard.target_look \
            or (conversation.anchor is not None and not conversation.anchor.id.startswith(NAMED_PIECE)):
        return heard
    p = heard.preferences
    kinds = ("blazer", *(k for k in p.kinds if k not in ("blazer", "trousers")))
    colours = tuple(c for c in p.colors if c != colour)
    return replace(heard, owns_named=True, piece_colour=colour, kinds=kinds[1:],
                   intents=heard.intents | {"outfit"}, preferences=replace(p, kinds=kinds, colors=(colour, *colours)))


# The suits an event's code takes (its note says so): at black tie a plain black or midnight-navy suit stands in
# for a dinner suit; at a funeral a black, navy or charcoal one.
_SUIT_FITS_EVENT = {"black_tie": ("black", "navy"), "funeral": ("black", "navy", "grey")}


def _suit_worn_at_the_event(heard: Understanding, conversation: ConversationState) -> ConversationState:
    """"Black tie gala next month, I'll wear my own black suit": the event's note says the suit does, and the
    looks offered (after whose they are) wear it: its jacket the anchor, its trousers in every look."""
    colour = suit_colour(heard)
    if not heard.owns_suit or heard.no_suit or colour not in _SUIT_FITS_EVENT.get(heard.event or "", ()) \
            or conversation.anchor is not None or heard.target_look:
        return conversation
    worn = _own_suit_worn(replace(heard, event=None), conversation)
    return actions.own_piece_named(conversation, worn)[0] if worn.owns_named else conversation


def _no_suit_on_screen(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"Not a suit, I wore one for 40 years" of looks that wear no tailoring: nothing to dress down (the reply says
    they need none), not a step down to sweatshirts. Of looks whose blazer and trousers are one suit ("not the
    suit, i really cant do a suit" at a funeral): the blazers go, the dark shirts and trousers stay."""
    if not (heard.no_suit and "less_formal" in heard.followups and conversation.looks):
        return heard
    if any(suit_line(o.items) > 0 for o in conversation.looks):
        return replace(heard, followups=(heard.followups - {"less_formal"}) | {"swap"},
                       avoid_kinds=tuple(dict.fromkeys((*heard.avoid_kinds, "blazer"))))
    if any(i.kind == "blazer" for o in conversation.looks for i in o.items):
        return heard
    return replace(heard, followups=heard.followups - {"less_formal"})


def _budget_of_the_looks(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"Under 300 total if possible" with looks on screen and nothing else said: a wish for cheaper looks (the
    reply says the catalogue has no prices and keeps them), not a new request to ask the occasion of."""
    p = heard.preferences
    if not (p.budget_max and conversation.looks) or p.occasion or p.style or p.gender or heard.kinds or heard.followups:
        return heard
    return replace(heard, followups=heard.followups | {"cheaper"})


def _someone_else(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"What should my husband wear, hes 6'1" beside the looks on screen: his gender and height are not the
    person's own (their looks stay theirs). With no looks yet, it is a request for his looks."""
    if heard.both_dressed and not conversation.looks:  # ("outfits for me and my mum": theirs beside the person's)
        return heard
    if not (heard.partner and conversation.looks):  # ("an outfit for my 8 year old son, and me too": said of the child)
        return replace(heard, partner="child" if heard.partner == "child" else None)
    return replace(heard, preferences=replace(heard.preferences, gender=None), height_cm=None, weight_kg=None,
                   age=None, build=None, partner_build=heard.build,
                   # ("can you dress my dad too? im 28": the age said is the person's own)
                   partner_age=heard.partner_age if heard.both_dressed else heard.partner_age or heard.age)


# "his look 2", "her second one": a look counted among one person's looks, said in English by its owner
_HIS_OR_HERS = re.compile(r"\b(his|her)\s+(?:look\s*#?|#|number\s*|(?:first|second|third)\s+(?:look|one|outfit)\b)",
                          re.IGNORECASE)


# "make his more casual", "hers a bit warmer", "his are too formal", "her ones need more colour": the owner alone
# names whose looks change
_THEIRS_CHANGED = re.compile(
    r"\b(?:make|change|do|turn|switch)\s+(his|hers|him|her)\b(?!\s+(?:look|one|outfit)s?\s*#?\d)"
    # ("his are too formal", "his ones need more colour", "hers should be warmer")
    r"|\b(his|hers)\s+(?:ones\s+|looks\s+|outfits\s+|clothes\s+)?(?:are|is|need|needs|should|look|looks|seem|seems"
    r"|more|less|a bit|a little|warmer|cooler|too)\b"
    r"|\b(her)\s+(?:ones|looks|outfits|clothes)\b(?!\s*#?\d)", re.IGNORECASE)


def _for_one_of_the_pair(heard: Understanding, conversation: ConversationState) -> Understanding:
    """"No white for him", "남친 꺼는 검정 빼줘" of a couple's looks: a change to his looks, not a wish for menswear;
    "아버지 거 2번 좀 더 캐주얼하게", "his look 2 without the tie": the second of his looks."""
    owner = _HIS_OR_HERS.search(heard.text) or _THEIRS_CHANGED.search(heard.text)
    said = next((g for g in owner.groups() if g), "") if owner else ""
    gender = heard.preferences.gender or (said and ("men" if said.lower() in ("his", "him") else "women"))
    change = heard.followups or heard.avoid_kinds or heard.kinds or heard.preferences.avoid_colors \
        or heard.preferences.colors or heard.feel
    if not (conversation.couple and conversation.looks and gender in ("men", "women") and change) \
            or heard.couple or heard.for_self:
        return heard
    if heard.target_look:
        return _counted_among_theirs(heard, conversation, gender)
    theirs = next((o for o in conversation.looks if look_gender(o, Preferences()) == gender), None)
    restyled = new_style(theirs.style, heard) if theirs is not None else None
    if restyled and restyled != theirs.style and not heard.kinds:  # ("... no blazers": ruled out of theirs)
        # ("make his more casual": his looks made again in the new style beside hers, which stay as they are)
        return replace(heard, partner=gender, partner_style=restyled, followups=frozenset(),
                       preferences=replace(heard.preferences, gender=None))
    return replace(heard, wearer=gender, preferences=replace(heard.preferences, gender=None))


def _counted_among_theirs(heard: Understanding, conversation: ConversationState, gender: str) -> Understanding:
    """A look number said with its owner counts among the owner's looks where it is not one of theirs ("his 2"
    with his looks 7 to 9 on screen is look 8); the owner named is whose look, not a wish for their clothes."""
    number = heard.target_look or 0
    theirs = [n for n, look in enumerate(conversation.looks, 1) if look_gender(look, Preferences()) == gender]
    if theirs and number not in theirs and number <= len(theirs):
        number = theirs[number - 1]
    return replace(heard, target_look=number, preferences=replace(heard.preferences, gender=None))


def _bare_number(heard: Understanding, conversation: ConversationState) -> Understanding:
    """A bare "2": the change "which look?" offered, made to look 2; else look 2 picked, where looks are on screen and
    nothing else was asked (a question's answer, a size, is no pick)."""
    offers = conversation.which_look_offers
    if offers and heard.target_look and heard.target_look <= len(offers):
        return replace(extract(offers[heard.target_look - 1]), language=heard.language)
    if not conversation.looks or conversation.pending or (heard.target_look or 0) > len(conversation.looks):
        # ("8" with six looks on screen: no look of that number)
        return replace(heard, intents=heard.intents - {"ack"}, target_look=None)
    return heard


def understand(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    services = runtime.context.services
    turn, conversation = state["turn"], state["conversation"]
    heard = extract(turn.text)
    if heard.month is None and (ahead := month_meant(turn.text, services.today().month)):
        heard = replace(heard, month=ahead)  # ("다음달 제주도 여행 가요": next month's weather there)
    if conversation.offered_change and takes_the_offer(heard):  # ("ㅇㅋ 그걸로 ㄱㄱ" to "Look 2 with the jeans from look 3")
        heard = replace(extract(conversation.offered_change), text=turn.text, language=heard.language)
    if is_bare_pick(turn.text):
        heard = _bare_number(heard, conversation)
    if services.llm is not None and turn.text:
        heard = services.llm.extract(heard)
    owned = said_owned(heard)  # (before the message is read against the conversation: what it said)
    heard = remembered_piece(_someone_else(heard, conversation), conversation.owned, conversation.looks)
    heard = _situation_as_everyday(_with_guessed_occasion(heard, services), conversation, state["preferences"])
    heard = _said_again(heard, conversation, state["preferences"])
    heard = _event_kept(_later_that_day(heard, conversation, state["preferences"]), conversation, state["preferences"])
    heard = _white_said_of_the_funeral(_occasion_in_passing(heard, state["preferences"], conversation),
                                       state["preferences"])
    heard = _layer_to_throw_on(heard, conversation)
    heard = _of_the_look_talked_about(_own_piece_on_it(_picked_with_their_piece(heard, conversation), conversation),
                                      conversation)
    heard = _done_to_all(heard, conversation)
    heard = _one_of_those_shown(_picked_by_its_colour(heard, conversation), conversation)
    heard = _size_of_a_part(heard, conversation)
    heard = _accessory_none_wears(_into_the_kinds_named(heard, conversation), conversation)
    heard = _her_kurta(heard, heard.preferences.gender or (state["preferences"].gender if state["preferences"] else None))
    heard = _weather_of_the_looks(_walked_in(_summer_there(_month_there(heard, conversation), conversation),
                                             conversation), conversation)
    heard = _climate_there(heard, conversation, services.today().month)
    heard = _told_before(_colour_of_a_topic_garment(heard), conversation)
    heard = _why_is_no_swap(heard)
    if conversation.trend_told and ("outfit" in heard.intents or heard.asks_to_see) and not heard.preferences.colors:
        heard = replace(heard, intents=heard.intents | {"trend"})  # "show me an outfit with that": in the trend
    if heard.picks_for_me and not heard.target_look and conversation.focus_look:  # ("just pick one for me" right
        heard = replace(heard, target_look=conversation.focus_look)  # after look 3 was liked and changed: look 3)
    if conversation.focus_look and picks_the_colour(heard, conversation.weighed_part):
        # ("black or brown shoes for look 2?", then "perfect. brown it is": brown shoes on look 2)
        heard = replace(heard, target_look=conversation.focus_look, slots=(conversation.weighed_part,),
                        followups=frozenset({"swap"}), intents=(heard.intents - {"ack"}) | {"outfit"},
                        puts_piece_on_look=True)
    conversation = conversation.evolve(focus_look=None, weighed_part=None, offered_change=None, which_look_offers=(),
                                       sizes_told=False,
                                       trend_told=False)  # (they last one message)
    # ("커플룩", "matching outfits with my bf": hers and his, until they ask for their own again)
    conversation = conversation.evolve(couple=heard.couple or (conversation.couple and not heard.for_self),
                                       # (the place holds until another occasion than the trip is said)
                                       subtropical=heard.subtropical or conversation.subtropical
                                       and heard.preferences.occasion in (None, "travel"),
                                       # (a southern trip holds until another occasion is said)
                                       southern=heard.southern or conversation.southern
                                       and not heard.preferences.occasion,
                                       # (where and when hold until another place or month is said)
                                       place=heard.place or conversation.place,
                                       month=heard.month or conversation.month)
    heard, conversation = _dressed_too(_hoodie_as_worn(heard, conversation), conversation)
    heard = _for_one_of_the_pair(heard, conversation)
    heard = _wearer_kept(heard, conversation, state["preferences"])
    heard = _budget_of_the_looks(heard, conversation)
    heard = _no_suit_on_screen(heard, conversation)
    heard = _seated_or_shoeless(heard, conversation)
    heard = _own_suit_worn(_own_suit_at_the_event(heard, state["preferences"]), conversation)
    heard = _layer_in_a_colour(_accessory_for_the_looks(heard, conversation), conversation)
    language = heard.language or conversation.language  # ("180cm 75kg" has none: the conversation's holds)
    # A wish for trend looks waits only for the answer to the question it came with.
    # A kind ruled out holds for the conversation, said with a question or not ("패딩 없이 코디 가능?")
    new_brief = _new_request(heard, conversation, state["preferences"])  # the rain was that request's
    conversation = conversation.evolve(language=language, weather=conversation.weather.then(heard.weather, new_brief),
                                       feel=conversation.feel.then(heard.looks_feel, new_brief),
                                       age=heard.age or conversation.age,
                                       own_gender=heard.own_gender or conversation.own_gender,
                                       # "dude, 6ft, 190lb" said with a request: the size asked later is his
                                       body=(heard.height_cm or conversation.body[0], heard.weight_kg or conversation.body[1]),
                                       build=heard.build or conversation.build,
                                       size_worn=heard.size_usual or conversation.size_worn,
                                       owned=tuple(dict.fromkeys(conversation.owned + owned)),
                                       wants_trend=conversation.wants_trend and bool(conversation.pending),
                                       # (a later part of the day waits through the question only)
                                       later_part=conversation.later_part if conversation.pending else None,
                                       no_change_between=conversation.no_change_between and bool(conversation.pending),
                                       # "#3 without the jacket": #3 only
                                       avoid_kinds=conversation.ruled_out(() if heard.target_look else heard.avoid_kinds))
    if heard.for_self and conversation.own_gender and not heard.preferences.gender:  # "ok back to mine pls"
        heard = replace(heard, preferences=replace(heard.preferences, gender=conversation.own_gender))
    if _asks_on_about_offered(heard, conversation):  # "olive trousers, what colours?" then "and which shoes?"
        offered = conversation.offered
        heard = replace(heard, kinds=offered.kinds, about_kinds=offered.kinds, question="pairing",
                        preferences=replace(heard.preferences, kinds=offered.kinds, colors=offered.colors))
    if heard.earlier_set and conversation.earlier:  # "go back to the first ones": those are the looks talked about
        recalled, heard = _recalled(conversation, heard)
        conversation = conversation.evolve(looks=recalled)
    garment, photo_error = None, None
    naming_anchor = False
    if turn.image:
        garment, photo_error, conversation = actions.read_photo(services, turn.image, heard, conversation, state["preferences"])
        naming_anchor = bool(heard.about_kinds or heard.photo_kind)  # ("this is my coat": no wish for a coat)
        if garment is not None and _colours_the_photo(heard, conversation.anchor):
            # "found these green cords" with the photo: the person's word for its colour beats the model's,
            # and it is no wish for green pieces besides
            conversation = actions.recolour_anchor(conversation, heard.piece_colour)
            heard = replace(heard, preferences=replace(heard.preferences, colors=tuple(
                c for c in heard.preferences.colors if c != heard.piece_colour)))
            naming_anchor = True
    elif conversation.anchor and heard.kinds and (not conversation.anchor.kind or heard.names_the_photo):
        # what the person says the garment is beats what the photo model read ("it's a dress")
        conversation = actions.name_anchor(conversation, heard.kinds[0])
        naming_anchor = True
    remembered = None  # what the brief keeps of a message asking about a piece of theirs
    # (a question about it, whose clothes unknown, is answered first and whose asked: "what goes with my olive
    # cargo pants": then the looks offered wear it)
    # (not one put on a look on screen: "going with look 2, I'll wear my own black dress shoes" changes look 2 only)
    on_a_look = heard.puts_piece_on_look and bool(heard.target_look) and bool(conversation.looks)
    if not turn.image and (conversation.anchor is None or heard.owns_suit) and heard.owns_named and heard.preferences.kinds \
            and not on_a_look and (not heard.question or heard.question == "pairing"
                                   and bool(heard.preferences.gender or state["preferences"].gender)):
        conversation, owned = actions.own_piece_named(conversation, heard)  # "with my grey wide-leg trousers"
        # ("어제 검정 롱코트 샀는데 안에 뭐 입어?": the words answer the question as asked, the looks wear the coat)
        heard, remembered = (heard, owned) if heard.question else (owned, None)
        naming_anchor = True
    if not turn.image:
        conversation = _suit_worn_at_the_event(heard, conversation)
    if not turn.image and conversation.anchor and _recolours_photo(heard, conversation.anchor):
        # "they're actually olive": the photographed garment's colour, not a wish for olive pieces
        conversation = actions.recolour_anchor(conversation, heard.preferences.colors[0])
        # "its actually navy, not grey": the grey was the photo's reading, not a colour ruled out
        heard = replace(heard, preferences=replace(heard.preferences, colors=(), avoid_colors=()))
        naming_anchor = True
    if not turn.image and conversation.anchor is not None and conversation.anchor.kind in heard.avoid_kinds \
            and not heard.target_look:  # "one look for a nice dinner, without the skirt": not built around it now
        conversation = conversation.evolve(anchor=None)
    if not turn.image and _another_brief_instead(heard, conversation, state["preferences"]):
        # ("I have a grey hoodie … weekend look", then "actually something for a dinner date instead": new looks)
        conversation = conversation.evolve(anchor=None)
    if not turn.image and _lets_go_of_the_piece(heard, conversation, state["preferences"]):
        # ("그럼 흰색 빼고 하객룩 보여줘" of their white dress, told it is the bride's colour: new looks without it)
        conversation = conversation.evolve(anchor=None, looks=())
    if naming_anchor and not turn.image and not heard.question:
        heard = replace(heard, intents=heard.intents | {"outfit"})  # the looks are built around it as it really is
    named_slot = (slot_of(conversation.anchor.kind) or "") if naming_anchor and conversation.anchor else None
    preferences = _merge_preferences(state["preferences"], remembered or heard, named_slot,
                                     answering=bool(conversation.pending))
    if asks_why_of_looks(heard, conversation.looks) and not turn.image:
        preferences = state["preferences"]  # "why the red bag?" asks, it wishes for no red bags
    if not preferences.gender and conversation.anchor and conversation.anchor.kind in WOMENSWEAR_KINDS:
        preferences = replace(preferences, gender="women")  # a photographed skirt is womenswear
    brief = _leaning(actions.with_offered(preferences, conversation, heard), conversation, heard)
    return {"understanding": heard, "conversation": conversation, "preferences": preferences,
            "brief": brief, "stored_preferences": state["preferences"],
            "garment": garment, "photo_error": photo_error}


# "… instead", "something else", "그거 말고", "대신": the request before it set aside ("actually" or "rather" only
# correct the occasion: "I'd rather keep it for a date night" still wears it)
_INSTEAD = re.compile(r"\binstead\b|\bsomething (?:else|different)\b|그거\s*말고|그런\s*거\s*말고|대신에?\s"
                      r"|차라리\s*(?:다른|딴)")


def _another_brief_instead(heard: Understanding, conversation: ConversationState, stored: Preferences) -> bool:
    """A piece said in words that the looks were built around, then another occasion asked for instead: the new
    looks are for the new occasion, not built around that piece (unless the message names it again)."""
    anchor, occasion = conversation.anchor, heard.preferences.occasion
    return bool(anchor is not None and anchor.id.startswith(NAMED_PIECE) and occasion and occasion != stored.occasion
                and not heard.target_look and anchor.kind not in heard.kinds and _INSTEAD.search(heard.text.lower()))


def _lets_go_of_the_piece(heard: Understanding, conversation: ConversationState, stored: Preferences) -> bool:
    """Their own dress in a colour the occasion leaves to someone else (white at a wedding), that colour now
    ruled out: the looks built around it go with it (a red skirt with "nothing else red" stays)."""
    anchor, occasion = conversation.anchor, heard.preferences.occasion or stored.occasion
    if anchor is None or occasion is None or anchor.color_family not in heard.preferences.avoid_colors:
        return False
    # (the colours a dress leaves to the bride are the occasion's, whatever the season)
    return bridal(anchor, dress_code(occasion, heard.preferences.season or stored.season or "spring"))


def _asks_on_about_offered(heard: Understanding, conversation: ConversationState) -> bool:
    """"And which shoes?" after an answer about a garment ("what goes with olive trousers?"): another part of the
    look asked about the same garment, which the message does not name again."""
    offered = conversation.offered
    return bool(offered is not None and offered.kinds and offered.colors and not conversation.looks
                and heard.slots and not heard.kinds and not heard.avoid_kinds and (heard.asks_which or heard.question)
                and not (heard.preferences.occasion or heard.preferences.style or heard.preferences.colors))


def route(state: TurnState) -> dict[str, Any]:
    decision = decide(
        state=state["conversation"], preferences=state["brief"], understanding=state["understanding"],
        new_photo=state.get("garment") is not None, photo_failed=state.get("photo_error") is not None,
    )
    return {"decision": decision}


def phrase(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """The reply as the question asked for it (a yes to "is it weird?" said as a no), then reworded by a
    configured chat model (in the conversation's language)."""
    llm, reply, heard = runtime.context.services.llm, state["reply"], state["understanding"]
    if reply.type == "error":
        return {}
    language = state["conversation"].language
    # (a yes to "too much?" or "do I need …?" already means what it says)
    if not (heard.too_much or heard.asks_need):
        reply = replace(reply, text=answered_as_asked(language, heard.text, reply.text))
    if llm is not None:
        reply = replace(reply, text=llm.phrase(reply.text, language))
    return {"reply": reply}


@cache
def build_graph():
    """Compile the turn graph, once per process (it holds no services: they come with each turn as its
    context), however many stylists are made."""
    from langgraph.graph import END, START, StateGraph

    graph = StateGraph(TurnState, context_schema=TurnContext)
    graph.add_node("understand", understand)
    graph.add_node("decide", route)
    for name, action in NODES.items():
        graph.add_node(name, action)
        graph.add_edge(name, "phrase")
    graph.add_node("phrase", phrase)
    graph.add_edge(START, "understand")
    graph.add_edge("understand", "decide")
    graph.add_conditional_edges("decide", lambda state: state["decision"].action, {name: name for name in NODES})
    graph.add_edge("phrase", END)
    return graph.compile()

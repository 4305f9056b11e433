"""Yes or no first: the answer to "is black with navy ok?", "can I wear jeans to a wedding?", "sneakers
with a suit?", "키 160인데 롱코트 입어도 돼?", said before the style notes (pure, rules only)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import prompts
from chains.choice import choice_answer
from chains.dress_code import EXPECTED_PIECES, FORMAL_RANK, DressCode, dress_code, styled_code
from chains.exclusions import excluded_colour, excluded_kind
from chains.extract import KIPPAH, Understanding, bared_kinds_asked, colour_right_before, colour_said_of, find_terms
from chains.harmony import colour_partners, pair_verdict
from chains.lexicon import COLOR_TERMS, FEATURE_TERMS, KIND_TERMS, SUIT_TERMS
from domain.items import Item
from domain.vocabulary import COLOR_FAMILIES, KIND_TO_SLOT, NEUTRAL_FAMILIES
from domain.traits import WARMTH_LEVELS, formality_rank_of, traits_of

# The occasions where loafers pass only when plain, black and leather
_DRESSED_UP = frozenset({"funeral", "funeral_white", "wedding", "interview", "ceremony", "black_tie"})
SHORT_CM = 165.0  # below it, a long coat is cut to the knee rather than the calf


# ("can I wear my normal sneakers or will I slip", "빙판에서 미끄러질까요"), asked in winter: a fall on snow or ice
# feared (not a slip dress or slip-on shoes)
_SLIP = re.compile(r"\bslip(?:ping|pery)?\b(?![- ]?(?:dress|ons?\b|skirt))|미끄러|빙판", re.IGNORECASE)
_WHICH_ONE = re.compile(r"^\s*(?:what|which)\b|어떤|무슨|뭐가|뭘\s", re.IGNORECASE)


def verdict(lang: str, heard: Understanding, season: str, piece: Item | None = None,
            occasion: str | None = None, style: str | None = None) -> str:
    """The one sentence that answers a yes/no or pairing question, or "" when the rules have none
    (`piece`: the person's own garment, photographed, that "is it warm enough?" asks about; `occasion`: the
    conversation's, which "청바지 입어도 돼?" asks about without naming it; `style`: its looks' on screen)."""
    # ("what boots are warm enough?" asks which: the note answers it, not a yes)
    if heard.asks_warm and not _WHICH_ONE.search(heard.text) and (warm := _warm_enough(lang, heard, season, piece)):
        return warm + " "
    if heard.question == "yesno" and season == "winter" and _SLIP.search(heard.text):
        return prompts.render(lang, "verdict_slip_winter") + " "  # "can I wear my normal sneakers or will I slip?"
    if heard.question == "choice":
        return choice_answer(lang, heard, season, occasion) + " "
    if heard.asks_suit and (heard.preferences.occasion or occasion):
        return _suit_needed(lang, heard.preferences.occasion or occasion, season) + " "
    if heard.too_much and (said := _too_much(lang, heard, season, occasion, piece, style)):
        return said + " "
    if heard.asks_avoiding and (said := _avoiding(lang, heard, season, occasion)):
        return said + " "
    if heard.asks_need:
        return _needed(lang, heard, season, occasion, piece, style) + " "
    if _goes_without_asked(heard) and (occasion or heard.preferences.occasion):
        kind = excluded_kind(heard.avoid_kinds[0])
        return going_without(lang, kind, heard.preferences.occasion or occasion, heard.preferences.season or season) + " "
    if bared := bared_kinds_asked(heard):
        # ("왕궁 반바지 안되죠?", "can he wear shorts into the temple?"): the gate's rule answers, not the trip's code
        return prompts.render(lang, "verdict_modest_no", kinds=prompts.label_variant(lang, "kind", "plural", bared[0])) + " "
    if heard.question not in ("pairing", "yesno"):
        return ""
    # ("are these loafers ok for the office?" asks about the photographed pair; "what shoes for a wedding?" is open)
    said = _photo_for(lang, heard, season, piece, occasion)
    said = said or (_occasion(lang, heard, season, occasion) if heard.question == "yesno" else "")
    season_said = _season(lang, heard, season) if heard.question == "yesno" else ""
    # ("검정 셔츠 입어도 괜찮나요? 흰 셔츠밖에 없어서요" at a funeral: its colours answer, not whether two go together)
    strict = said and (heard.kinds or heard.preferences.colors) and dress_code(heard.preferences.occasion or occasion or "daily", season).strict_colours
    # (the two questions `_special` knows come before colours: "white sneakers with a navy suit?" asks of the suit)
    sentence = _suit_shoes(lang, heard, occasion) or _trouser_shoes(lang, heard, occasion) or (said if strict else "") \
        or _photo_with(lang, heard, piece) or _colour_for(lang, heard, piece) \
        or _occasion_colour_for(lang, heard, season, occasion) or _special(lang, heard) \
        or _colours(lang, heard) or said or season_said or _with_piece(lang, heard, piece)
    return sentence[:1].upper() + sentence[1:] + " " if sentence else ""


def _colour_for(lang: str, heard: Understanding, piece: Item | None) -> str:
    """"What coat colour goes with cobalt blue?", "이 색이랑 어울리는 코트 색은?": the colours for the piece
    being chosen, beside the colour said (or the photographed garment's); "" when no colour is known."""
    # ("what belt do i wear with brown shoes": the belt, in the shoes' leather)
    # ("what shoes go with a brown belt?": the shoes, in the belt's leather, though the belt is the kind said)
    asked = (*heard.kinds[:1], *(("shoes",) if "shoes" in heard.slots else ()))
    matched = next((k for k in asked if k in _MATCHED_LEATHER and _partner_leather(heard, k)), None)
    kind = heard.colour_asked_of or _kind_beside(heard, piece) or matched or _kind_asked_beside(heard)
    slot = None if kind else _slot_beside(heard, piece)  # ("하의는 뭐가 어울려요?" of the blouse shown)
    said = [c for c in heard.preferences.colors]
    if kind in _MATCHED_LEATHER and len(said) > 1 and (leather := _partner_leather(heard, kind)):
        said = [leather]  # "what colour belt with navy chinos and brown shoes?": the shoes' brown decides
    colour = said[0] if said else piece.color_family if piece is not None and piece.kind != kind else None
    if heard.question != "pairing" or not (kind or slot) or not colour or len(said) > 1:
        return ""
    named = _said_colour(lang, heard, colour) if said else _colour(lang, colour)
    if kind in _MATCHED_LEATHER and _leather_said(heard, kind, piece):
        # "what colour belt with brown shoes?": the leathers match, they do not contrast
        thing = with_article(lang, kind, f"{named} {prompts.label(lang, 'kind', kind)}")
        return prompts.render(lang, "colour_for_leather", thing=thing)
    partners = [_colour(lang, c) for c in _partners_for(colour, kind, slot)]
    # a part of the look asked for is named plainly ("하의", not "슬랙스" at a festival)
    word = _a_thing(lang, kind) if kind else prompts.label(lang, "slot", slot)
    return prompts.render(lang, "colour_for_kind", colour=named, kind=word,
                          partners=prompts.listed(lang, partners, "or_join"))


# The colours trousers and skirts are worn in: "what trousers go with a navy blazer?" is no question of red
BOTTOM_COLOURS = ("grey", "beige", "white", "navy", "black", "brown", "olive", "blue")


def _kind_asked_beside(heard: Understanding) -> str | None:
    """"What trousers go with a navy blazer?": of two garments named, the one with no colour said, where the
    other has one."""
    if len(heard.kinds) != 2 or len(heard.preferences.colors) != 1:
        return None
    bare = [k for k in heard.kinds if colour_said_of(heard.text, k) is None]
    return bare[0] if len(bare) == 1 else None


def _partners_for(colour: str, kind: str | None, slot: str | None) -> tuple[str, ...]:
    """The colours that go with `colour`, for the piece asked: a bottom's from the colours bottoms come in."""
    partners = colour_partners(colour)
    if (KIND_TO_SLOT.get(kind or "") or slot) != "bottom":
        return partners
    return tuple(c for c in colour_partners(colour, count=12) if c in BOTTOM_COLOURS)[:4] or partners


def _occasion_colour_for(lang: str, heard: Understanding, season: str, occasion: str | None) -> str:
    """"구두는 무슨색이 좋아요?" after interview looks: the colours the occasion's dress code wears the piece in,
    the safest first; "" where no colour is said of it and the code leaves it open."""
    kind = heard.colour_asked_of
    occasion = heard.preferences.occasion or occasion
    if heard.question != "pairing" or not kind or not occasion or heard.preferences.colors:
        return ""
    palette = dress_code(occasion, season).palette_list(kind)
    if not palette:
        return ""
    return prompts.render(lang, "occasion_colour_for", occasion=prompts.label(lang, "occasion", occasion),
                          kinds=prompts.label_variant(lang, "kind", "plural", kind),
                          colours=prompts.listed(lang, [_colour(lang, c) for c in palette], "or_join"),
                          first=_colour(lang, palette[0]))


# A belt is worn in the shoes' leather and the shoes in the belt's (a watch strap may follow them too).
_MATCHED_LEATHER = {"belt": ("shoes", "boots"), "shoes": ("belt",), "boots": ("belt",)}


_LEATHER_WORDS = {"belt": r"belt|벨트", "shoes": r"shoes|boots|loafers|oxfords|derbies|brogues|구두|신발|부츠|로퍼",
                  "boots": r"shoes|boots|구두|부츠"}


def _partner_leather(heard: Understanding, kind: str) -> str | None:
    """The colour said right before the piece whose leather the asked-for one matches ("brown shoes")."""
    words = "|".join(_LEATHER_WORDS[p] for p in _MATCHED_LEATHER[kind])
    text = heard.text.lower()
    # ("갈색 벨트에는 무슨 구두": the brown is the belt's, said before it, not the shoes')
    own = [m.end() for m in re.finditer(rf"({_LEATHER_WORDS[kind]})", text)]
    return next((colour for hit in re.finditer(rf"({words})", text)
                 if (colour := colour_right_before(text, hit.start(), own)) is not None), None)


def _leather_said(heard: Understanding, kind: str, piece: Item | None) -> bool:
    """Whether the colour said is that of the leather the asked-for piece matches ("brown shoes", for a belt)."""
    partners = _MATCHED_LEATHER[kind]
    named = any(k in partners for k in (*heard.kinds, *heard.about_kinds) if k != kind)
    shoes_said = kind == "belt" and "shoes" in heard.slots  # ("brown shoes": the slot, where the kind is the belt's)
    # ("what belt do i wear with brown shoes": the colour said right before the shoes)
    return named or shoes_said or _partner_leather(heard, kind) is not None or (piece is not None and piece.kind in partners)


def _kind_beside(heard: Understanding, piece: Item | None) -> str | None:
    """The kind a pairing question names beside the photographed garment, when it is not the garment's own."""
    if not _beside(heard, piece):
        return None
    return next((k for k in heard.kinds if KIND_TO_SLOT.get(k) not in (None, piece.slot)), None)


def _slot_beside(heard: Understanding, piece: Item | None) -> str | None:
    """The part of the look a pairing question asks for beside the photographed garment ("what bottoms go
    with it?"), when it is not the garment's own."""
    if not _beside(heard, piece):
        return None
    return next((s for s in heard.slots if s in ("top", "bottom", "shoes", "outerwear") and s != piece.slot), None)


def _beside(heard: Understanding, piece: Item | None) -> bool:
    """Whether the question is about the photographed garment (not about another kind it names first)."""
    return piece is not None and bool(piece.slot) and not (heard.about_kinds and heard.about_kinds[0] != piece.kind)


def _a_thing(lang: str, kind: str) -> str:
    """"a coat", but "trousers" (Korean: the word alone)."""
    return with_article(lang, kind, prompts.label(lang, "kind", kind))


def with_article(lang: str, kind: str, words: str) -> str:
    """"a denim jacket", but "cycling trousers": an article where the kind is counted one by one (English)."""
    if lang != "en" or prompts.label_variant(lang, "kind", "plural", kind) == prompts.label(lang, "kind", kind):
        return words
    return ("an " if words[0] in "aeiou" else "a ") + words


_NOT_DESCRIBING = frozenset("a an the my your his her our their this that these those some any are is be wear wearing "
                            "with without and or but for to in on of ok do can i it".split())
# Words that name a classic cut, not a bold one: "is a trench coat too much for work?" is asked of a staple
_CLASSIC_CUTS = frozenset("trench wool pea rain over top car camel chelsea oxford derby chino pencil shift midi "
                          "cardigan turtleneck polo button crew v".split())
_KIND_WORDS = {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in KIND_TERMS.items()}
# Deep reds ("burgundy shoes with green cords"): a classic beside green, navy and the neutrals, never a clash
_DEEP_REDS = ("burgundy", "maroon", "oxblood", "wine", "bordeaux", "버건디", "와인", "자주")


# "brown or black", "갈색이랑 검정 중에", "brown vs black": two colours weighed for a third
_EITHER_OR = re.compile(r"\b\w+\s+or\s+\w+\s*\??\s*$|(?:\b|(?<=[가-힣]))vs\.?(?:\b|(?=[가-힣]))|\bversus\b|\bor\b[^.?!]*\?\s*$|중에|중\s*(?:뭐|어떤|어느)|(?:이|가)\s*나아",
                        re.IGNORECASE)
_VERDICT_RANK = ("classic", "neutrals", "accent", "accents", "clash")  # the surest pairing first


def _either_or(lang: str, heard: Understanding, colours: Sequence[str]) -> str:
    """Which of two colours goes better with a third (the first one said), and how the other does."""
    a, b, c = colours
    verdicts = {x: pair_verdict(a, x) for x in (b, c)}
    words = {x: _said_colour(lang, heard, x) for x in (a, b, c)}
    if verdicts[b] == verdicts[c]:
        return prompts.render(lang, "colour_either_both", a=words[a], b=words[b], c=words[c],
                              why=prompts.render(lang, f"colour_why_{verdicts[b]}"))
    best, other = sorted((b, c), key=lambda x: _VERDICT_RANK.index(verdicts[x]))
    return prompts.render(lang, "colour_either_or", a=words[a], best=words[best], other=words[other],
                          best_why=prompts.render(lang, f"colour_why_{verdicts[best]}"),
                          other_verdict=prompts.render(lang, "colour_other_clash" if verdicts[other] == "clash"
                                                       else "colour_other_fine",
                                                       why=prompts.render(lang, f"colour_why_{verdicts[other]}")))


def _colours(lang: str, heard: Understanding) -> str:
    colours = heard.preferences.colors
    if len(colours) == 1 and suit_colour(heard) == colours[0]:  # "검정 정장 위에 뭐?": the suit's notes answer
        return ""
    if heard.event and suit_colour(heard) in colours:  # "only a navy suit, or do I need black?" at a funeral:
        return ""  # the event's suit note answers, not whether navy goes with black
    if len(colours) == 3 and _EITHER_OR.search(heard.text):  # "what shoes with a navy suit? brown or black"
        return _either_or(lang, heard, colours)
    if len(colours) >= 2:
        a, b = colours[:2]
        said = pair_verdict(a, b)
        if said == "clash" and "red" in (a, b) and any(w in heard.text.lower() for w in _DEEP_REDS):
            said = "classic"
        return pair_sentence(lang, said, (a, _said_colour(lang, heard, a)), (b, _said_colour(lang, heard, b))) \
            + _what_else(lang, heard, (a, b))
    if len(colours) == 1 and not heard.kinds and heard.question == "pairing":  # "what colours go with burgundy?"
        partners = [_colour(lang, c) for c in colour_partners(colours[0])]
        return prompts.render(lang, "colour_partners_plain", colour=_said_colour(lang, heard, colours[0]),
                              partners=prompts.listed(lang, partners, "or_join"))
    if len(colours) == 1 and heard.kinds and heard.question == "pairing":  # "what colour pants go with ...?"
        partners = [_colour(lang, c) for c in colour_partners(colours[0])]
        kind, kinds = prompts.label(lang, "kind", heard.kinds[0]), prompts.label_variant(lang, "kind", "plural", heard.kinds[0])
        if heard.material:  # "burgundy cords": burgundy corduroy trousers, not any burgundy trousers
            made = prompts.label(lang, "material", heard.material)
            kind, kinds = f"{made} {kind}", f"{made} {kinds}"
        return prompts.render(lang, "colour_partners", colour=_said_colour(lang, heard, colours[0]), kind=kind,
                              kinds=kinds,
                              partners=prompts.listed(lang, partners, "or_join"))
    return ""


# "is burgundy and navy a good combo? what else goes with burgundy?": the one colour's other partners too
_WHAT_ELSE = re.compile(r"\bwhat else\b|\bwhat other colou?rs?\b|\bother colou?rs?\b|또 (?:뭐|어떤|무슨)|다른 (?:색|컬러)",
                        re.IGNORECASE)


def _what_else(lang: str, heard: Understanding, pair: tuple[str, str]) -> str:
    """The partners of the colour a second question asks about (the one said after "what else"), besides
    the pair already answered; "" when no such question is asked."""
    more = _WHAT_ELSE.search(heard.text)
    if not more:
        return ""
    after = heard.text.lower()[more.end():]
    asked = next((c for c in pair if _said_colour(lang, heard, c).lower() in after), pair[0])
    partners = [_colour(lang, c) for c in colour_partners(asked, 6) if c not in pair][:4]
    sentence = prompts.render(lang, "colour_partners_plain", colour=_said_colour(lang, heard, asked),
                              partners=prompts.listed(lang, partners, "or_join"))
    return " " + sentence[:1].upper() + sentence[1:]


# Pieces a plain, dark version of which passes where the proper one is not in the wardrobe
STAND_INS = ("sneakers", "jeans", "boots", "flats", "sweater", "cardigan", "polo", "tshirt")


def _occasion(lang: str, heard: Understanding, season: str, before: str | None = None) -> str:
    """"Jeans to a wedding?" no; "a navy dress for an evening wedding?" yes: the occasion's dress code
    (`before`: the occasion the conversation is about, when the message names none)."""
    occasion = heard.preferences.occasion or before
    if not occasion or not (heard.kinds or heard.preferences.colors):
        return ""
    code = dress_code(occasion, season)
    place = prompts.label(lang, "occasion", occasion)
    refused = [k for k in heard.kinds if k in code.exclude_kinds and k not in code.fine_if_asked]
    said_piece = _piece_said(heard)
    if not refused and said_piece is not None and not code.allows(said_piece, named=True):
        # "is a denim jacket too casual for it?", "do cycling trousers look ok in an office?": that one, no
        words = heard.text[_span(heard)].strip()
        return prompts.render(lang, "verdict_piece_no", piece=with_article(lang, heard.kinds[0], words), occasion=place)
    if refused and season != "summer" and refused[0] not in dress_code(occasion, "summer").exclude_kinds:
        # ("20대 남자고 반바지 입을 정도는 아니죠?" in February): the season rules them out, not the occasion
        return _out_of_season(lang, heard, refused[0], season)
    if refused:  # ("i dont own dress shoes, can i just wear my black sneakers?": the plainest pair can pass)
        key = "verdict_kind_stand_in" if heard.owns_none and refused[0] in STAND_INS else "verdict_kind_no"
        return prompts.render(lang, key, kinds=prompts.label_variant(lang, "kind", "plural", refused[0]),
                              occasion=place)
    loud = [c for c in heard.preferences.colors if c in code.dress_colours_to_avoid]
    if loud and ("dress" in heard.kinds or not heard.kinds):
        return prompts.render(lang, "verdict_colour_no", colour=_colour(lang, loud[0]), occasion=place)
    if palette := _palette(lang, heard, code, place):
        return palette
    if heard.cut == "loafer" and occasion in _DRESSED_UP:  # "로퍼 신어도 돼요?" to a funeral: plain black ones
        return prompts.render(lang, "verdict_loafer_formal", occasion=place)
    colour = [_colour(lang, heard.preferences.colors[0])] if heard.preferences.colors else []
    kind = [prompts.label(lang, "kind", heard.kinds[0])] if heard.kinds else []
    thing = " ".join(colour + kind)
    singular = kind and prompts.label_variant(lang, "kind", "plural", heard.kinds[0]) != kind[0]
    if lang == "en" and singular:  # "a navy dress", but "grey trousers"
        thing = ("an " if thing[0] in "aeiou" else "a ") + thing
    if occasion == "daily":  # "yes, you can wear a coat to every day" says nothing: the piece's own answer
        return ""
    # ("a black suit instead of a tux?": the event's note answers the suit, not "black"; "브라운도 괜찮아?" after
    # the funeral was said: its dark colours answer, never a yes to brown)
    if not kind and (heard.event or code.strict_colours):
        return _sober_colour(lang, heard, code, place)
    return prompts.render(lang, "verdict_yes", thing=thing, occasion=place)


def _avoiding(lang: str, heard: Understanding, season: str, before: str | None) -> str:
    """"Should I avoid red and blue?" at the occasion: yes for the colours its dress code turns down, no for the rest,
    and which colours it does turn down ("" with no occasion to judge by)."""
    occasion = heard.preferences.occasion or before
    if not occasion or occasion == "daily":
        return ""
    code = dress_code(occasion, season)
    quiet = frozenset().union(*(families for _key, families in code.colours)) if code.strict_colours else None
    # (the colours no dress may have are hers: a man's black suit at a wedding is no bride's white)
    shunned = frozenset() if heard.preferences.gender == "men" else code.dress_colours_to_avoid
    wrong = [c for c in heard.colours_asked if c in shunned or (quiet is not None and c not in quiet)]
    fine = [c for c in heard.colours_asked if c not in wrong]
    place = prompts.label(lang, "occasion", occasion)
    if not wrong:
        listed = [c for c in COLOR_FAMILIES if c in shunned]
        ones = prompts.render(lang, "avoid_these_instead", colours=_either(lang, listed, "and_join")) if listed else ""
        return prompts.render(lang, "avoid_no_need", colours=_either(lang, fine, "or_join"), occasion=place) + ones
    said = prompts.render(lang, "avoid_yes", colours=_either(lang, wrong, "and_join"), occasion=place)
    return said + (prompts.render(lang, "avoid_but_fine", colours=_either(lang, fine, "and_join")) if fine else "")


def _either(lang: str, families: Sequence[str], joiner: str) -> str:
    return prompts.listed(lang, [_colour(lang, f) for f in families], joiner)


def _sober_colour(lang: str, heard: Understanding, code: DressCode, place: str) -> str:
    """"Is navy ok for a funeral?": yes or no first, by the colours its dress code keeps to; "" where
    colours are free."""
    if not code.strict_colours or not heard.preferences.colors:
        return ""
    colour = heard.preferences.colors[0]
    quiet = frozenset().union(*(families for _key, families in code.colours))
    key = "verdict_colour_sober_yes" if colour in quiet else "verdict_colour_sober_no"
    pale = "_pale" if code.occasion == "funeral_white" else ""  # (a Hindu funeral's quiet colours are the light ones)
    return prompts.render(lang, key + pale, colour=_colour(lang, colour), occasion=place)


# Where one bold piece is too much whatever the rest (quiet is the dress code), and where it passes as the
# look's one statement only when the rest is plain and the dress code is not formal
_QUIET_OCCASIONS = frozenset({"funeral", "funeral_white", "interview", "court", "work", "formal_office"})
_DRESSY_OCCASIONS = frozenset({"wedding", "ceremony", "black_tie", "cocktail", "graduation", "entrance_ceremony"})


_SUIT_TOO_MUCH_KEYS = ("suit_right", "suit_fine_no_tie", "suit_too_much")  # "is a suit too much?"
_SUIT_NEEDED_KEYS = ("suit_asked_yes", "suit_asked_fine", "suit_asked_no")  # "should I wear a suit?"


def _suit_needed(lang: str, occasion: str, season: str) -> str:
    return _suit_too_much(lang, occasion, season, _SUIT_NEEDED_KEYS)


def _suit_too_much(lang: str, occasion: str, season: str, keys: tuple[str, str, str] = _SUIT_TOO_MUCH_KEYS) -> str:
    """Whether a suit is right for the occasion: right where it aims at formal dress, fine without the tie where
    formal is its top, a step too far below that (said as `keys`: too much asked, or whether to wear one)."""
    code = dress_code(occasion, season)
    key = keys[0] if code.target >= FORMAL_RANK else keys[1] if code.band[1] >= FORMAL_RANK else keys[2]
    return prompts.render(lang, key, occasion=prompts.label(lang, "occasion", occasion))


_RELAXED_STYLES = frozenset({"casual", "street", "sporty"})


def _too_much(lang: str, heard: Understanding, season: str, before: str | None, shown: Item | None = None,
              style: str | None = None) -> str:
    """"Is a bolo tie too much?", "are sequins too much for a work party?", "are these too much?" of the
    photographed pair: by how quiet the occasion's dress code is; a piece the dress code rules out is too
    casual there, not too bold ("" when no piece is named or shown)."""
    occasion = heard.preferences.occasion or before
    if occasion and not heard.kinds and find_terms(heard.text.lower(), SUIT_TERMS)[0]:
        return _suit_too_much(lang, occasion, season)  # "정장은 너무 과한가요?" at a first birthday
    piece = _bold_piece_words(lang, heard)
    if shown is not None and shown.kind and heard.points_at_it and set(heard.kinds) <= {shown.kind} \
            and not heard.preferences.colors:  # "are these too much?": the photo's colour says its boldness
        heard = replace(heard, kinds=(shown.kind,), preferences=replace(heard.preferences, colors=(shown.color_family,)))
        piece = prompts.render(lang, "your_piece", piece=f"{_colour(lang, shown.color_family)} {prompts.label(lang, 'kind', shown.kind)}")
    if not piece:
        return ""
    if occasion is None:
        return prompts.render(lang, "too_much_plain", piece=piece)
    place = prompts.label(lang, "occasion", occasion)
    said = _piece_said(heard) or (_said_item(heard.text, heard.kinds[0]) if heard.kinds else None)
    code = dress_code(occasion, season)
    # ("can i wear sneakers with look 2?" of a casual Friday's looks: a step below the band suits a relaxed look)
    relaxed = style in _RELAXED_STYLES and said is not None and code.allows(said, named=True, stretched=True)
    if said is not None and not code.allows(said, named=True) and not relaxed:
        # ("is a tie too much for lunch?" on a date: more dressed than it asks, not too casual)
        above = formality_rank_of(said) > code.band[1]
        return prompts.render(lang, "verdict_piece_too_dressy" if above else "verdict_piece_no", piece=piece,
                              occasion=place)
    colours = heard.preferences.colors
    if colours and occasion not in _QUIET_OCCASIONS | _DRESSY_OCCASIONS:
        return prompts.render(lang, "too_much_plain_fine", piece=piece) if occasion == "daily" \
            else prompts.render(lang, "too_much_fine", piece=piece, occasion=place)
    if colours:  # "빨간 넥타이 너무 튀나요?" at an interview: the colour is the question, not the tie
        quiet = all(c in NEUTRAL_FAMILIES for c in colours)
        return prompts.render(lang, "too_much_quiet_colour" if quiet else "too_much_loud_colour",
                              piece=piece, occasion=place)
    if occasion in _QUIET_OCCASIONS and not _statement(heard):  # "is a shirt too much for a funeral?": plain, no
        return prompts.render(lang, "too_much_quiet_plain", piece=piece, occasion=place)
    if occasion in _QUIET_OCCASIONS:
        return prompts.render(lang, "too_much_quiet", piece=piece, occasion=place)
    if occasion in _DRESSY_OCCASIONS:
        return prompts.render(lang, "too_much_dressy", piece=piece, occasion=place)
    if occasion == "daily":  # (a festival, a day out: "every day" names no place)
        return prompts.render(lang, "too_much_plain_fine", piece=piece)
    return prompts.render(lang, "too_much_fine", piece=piece, occasion=place)


_OVER_EVENING_CLOTHES = frozenset({"black_tie", "cocktail", "wedding", "funeral", "funeral_white", "ceremony", "interview",
                                   "court"})


def _needed(lang: str, heard: Understanding, season: str, before: str | None, piece: Item | None,
            style: str | None = None) -> str:
    """"Do I need a hat?" at a funeral, "do I really need a different coat?" over gala clothes: whether the
    occasion calls for the piece, by its custom and its dress code (and "넥타이 필요해요?" after "정장까진
    아닌듯": not with the looks dressed a step down)."""
    kind = _needed_kind(heard)
    occasion = heard.preferences.occasion or before
    season = heard.preferences.season or season
    things = prompts.label_variant(lang, "kind", "plural", kind)
    if piece is not None and piece.slot == "outerwear" == KIND_TO_SLOT.get(kind) and occasion in _OVER_EVENING_CLOTHES:
        # (a photo does not tell a wool coat from a puffer: what passes and what does not, said plainly)
        return prompts.render(lang, "needed_coat_over_dressed", occasion=prompts.label(lang, "occasion", occasion))
    if occasion is None:
        cold = season in ("fall", "winter") or heard.cold
        warm_kind = KIND_TO_SLOT.get(kind) == "outerwear" or kind in ("hat", "scarf")
        key = "needed_for_cold" if cold and warm_kind else "needed_your_call"
        return prompts.render(lang, key, things=things, season=prompts.label(lang, "season", season))
    code = dress_code(occasion, season)
    place = prompts.label(lang, "occasion", occasion)
    if kind == "socks" and heard.shoes_off:
        # ("집 안에선 신발 벗잖아요 양말도 신경 써야 하나": with shoes off at the door the socks are on show)
        return prompts.render(lang, "needed_socks_shoes_off")
    if occasion in EXPECTED_PIECES.get(kind, ()):
        style = "casual" if "less_formal" in heard.followups else heard.preferences.style or style
        if style and styled_code(occasion, season, style) is not code:
            return prompts.render(lang, "needed_not_dressed_down", things=things, occasion=place)
        return prompts.render(lang, "needed_yes", things=things, occasion=place)
    if kind in code.exclude_kinds:
        key = "needed_plain_if_worn" if kind in code.fine_if_asked else "needed_no"
        return prompts.render(lang, key, things=things, occasion=place)
    if KIND_TO_SLOT.get(kind) == "outerwear" and code.layer == "needed":
        return prompts.render(lang, "needed_layer", things=things, occasion=place, season=prompts.label(lang, "season", season))
    return prompts.render(lang, "needed_your_call_at", things=things, occasion=place)


_NEED_WORD = re.compile(r"\bneed\b|\bhave to\b|\bmust\b|필요|꼭|야\s*(?:해|돼|되|하나|할까)")


def _needed_kind(heard: Understanding) -> str:
    """The piece whose need is asked: the one named after "need" ("is a button down and chinos ok or do I need a
    jacket": the jacket), else the first one named."""
    text = heard.text.lower()
    asked = _NEED_WORD.search(text)
    after = [m.value for m in find_terms(text, KIND_TERMS)[0] if asked and m.start > asked.start() and m.value in heard.kinds]
    return after[0] if after and heard.language == "en" else heard.kinds[0]


# "재킷 안 입어도 될까요?", "can I go without a tie?": a piece one may leave off, asked about (not "no black shoes, ok?")
_LEFT_OFF = re.compile(r"안\s*(?:입어|신어|써|들어|매|걸쳐|챙겨|해)도|없이|빼면|빼도|벗으면|벗어도|\bskip\b|\bgo without\b"
                       r"|\bwithout\b|\bnot wear\b|\btake off\b|\bditch\b|\bleave off\b")
_LEFT_OFF_SLOTS = frozenset({"outerwear", "accessory"})  # a layer, a tie, a hat: what an outfit may do without


def _goes_without_asked(heard: Understanding) -> bool:
    """A yes or no on leaving one layer or accessory off, named plainly ("재킷 안 입어도 될까요?")."""
    if heard.question != "yesno" or heard.kinds or len(heard.avoid_kinds) != 1 or excluded_colour(heard.avoid_kinds[0]):
        return False
    return KIND_TO_SLOT.get(excluded_kind(heard.avoid_kinds[0])) in _LEFT_OFF_SLOTS and bool(_LEFT_OFF.search(heard.text.lower()))


def going_without(lang: str, kind: str, occasion: str, season: str) -> str:
    """"재킷 안 입어도 될까요?", "can I skip the tie?": whether the occasion expects the piece, said."""
    cold = KIND_TO_SLOT.get(kind) == "outerwear" and dress_code(occasion, season).layer == "needed"
    key = "without_expected" if occasion in EXPECTED_PIECES.get(kind, ()) else "without_layer_cold" if cold \
        else "without_fine"
    return prompts.render(lang, key, kind=prompts.label(lang, "kind", kind),
                          kinds=prompts.label_variant(lang, "kind", "plural", kind),
                          occasion=prompts.label(lang, "occasion", occasion))


# Pieces worn to be noticed: an accessory of that kind, or one its words call bold (a bolo tie, sequins)
_STATEMENT_KINDS = frozenset({"hat", "jewellery", "sunglasses", "scarf"})


def _statement(heard: Understanding) -> bool:
    if any(k in _STATEMENT_KINDS for k in heard.kinds) or find_terms(heard.text.lower(), FEATURE_TERMS)[0]:
        return True
    # "a bolo tie", "a bucket hat": a word that makes the kind a statement ("a trench coat" names a classic)
    span = _span(heard)
    return span is not None and re.split(r"[ -]", heard.text.lower()[span])[0] not in _CLASSIC_CUTS


def _bold_piece_words(lang: str, heard: Understanding) -> str:
    """The bold piece as the message names it ("a bolo tie", "sequins"), else its kind's word."""
    colour = heard.piece_colour or (heard.preferences.colors[0] if heard.preferences.colors else None)
    if colour and heard.kinds:  # "a red tie", "빨간 넥타이"
        return with_article(lang, heard.kinds[0], f"{_said_colour(lang, heard, colour)} {prompts.label(lang, 'kind', heard.kinds[0])}")
    if lang == "ko" and (said := find_terms(heard.text.lower(), KIND_TERMS)[0]):  # "버킷햇", "볼로타이"
        return heard.text[said[0].start:said[0].end]
    if (span := _span(heard)) is not None:
        return with_article(lang, heard.kinds[0], heard.text[span].strip().lower())
    if heard.kinds:
        return _a_thing(lang, heard.kinds[0])
    features = find_terms(heard.text.lower(), FEATURE_TERMS)[0]
    return heard.text[features[0].start:features[0].end].lower() if features else ""


def _piece_said(heard: Understanding) -> Item | None:
    """The garment the question names, read from its own words ("a denim jacket": casual, "cycling
    trousers": sport), when a word before the kind says more than the kind itself."""
    span = _span(heard)
    if span is None:
        return None
    said = _said_item(heard.text[span].strip(), heard.kinds[0])
    bare = _said_item(prompts.label("en", "kind", heard.kinds[0]), heard.kinds[0])
    # ("my old timberlands": "old" says nothing the kind does not; the kind's own rule answers)
    return None if traits_of(said) == traits_of(bare) else said


def _said_item(words: str, kind: str) -> Item:
    """A garment known only by the words of a message, read as a catalogue name would be."""
    return Item(id="said", name=words, kind=kind, slot=KIND_TO_SLOT.get(kind, ""), color="", color_family="",
                gender="unisex")


def _span(heard: Understanding) -> slice | None:
    """Where the message names its first garment with one word before it ("a denim jacket")."""
    if not heard.kinds or heard.kinds[0] not in _KIND_WORDS:
        return None
    words = "|".join(map(re.escape, _KIND_WORDS[heard.kinds[0]]))
    # (English only: a Korean word before the garment is as often when or why, "첫날 운동화")
    hit = re.search(r"(?:([a-z]+)[ -])?(" + words + r")\b", heard.text.lower())
    if hit is None:
        return None
    before = hit.group(1)
    if before and before not in _NOT_DESCRIBING and not find_terms(before, COLOR_TERMS)[0]:
        return slice(hit.start(), hit.end())  # "cycling trousers"
    # "a denim jacket": the kind's own word says it; "are jeans", "navy coat" say nothing more
    return slice(hit.start(2), hit.end()) if re.search(r"[ -]", hit.group(2)) else None


def _palette(lang: str, heard: Understanding, code: DressCode, place: str) -> str:
    """"넥타이랑 양말도 다 검정이어야 하나요?" at a funeral: yes, or better not, with the colours each named
    piece takes there; "" when no colour is asked or the occasion leaves those pieces' colours free."""
    asked = heard.preferences.colors
    gender = heard.preferences.gender
    named = [(kind, code.palette_for(kind, gender)) for kind in heard.kinds if code.palette_for(kind, gender)]
    if not asked or not named or not code.strict_colours:  # (elsewhere a colour is a choice, not a rule)
        return ""
    parts = ", ".join(prompts.render(lang, "verdict_palette_part", kind=prompts.label(lang, "kind", kind),
                                     colours=prompts.listed(lang, [_colour(lang, f) for f in _ordered(families)],
                                                            "or_join"))
                      for kind, families in named)
    fits = all(colour in families for colour in asked for _kind, families in named)
    return prompts.render(lang, "verdict_palette_yes" if fits else "verdict_palette_no", occasion=place, parts=parts)


def _ordered(families: frozenset[str]) -> list[str]:
    """Black first (the colour of the sober occasions), then the rest as the vocabulary lists them."""
    return sorted(families, key=lambda f: (f != "black", COLOR_FAMILIES.index(f) if f in COLOR_FAMILIES else 99))


def _photo_for(lang: str, heard: Understanding, season: str, piece: Item | None, occasion: str | None) -> str:
    """"연말 회사 파티에 입어도 되나요?" with the photographed skirt: whether it suits the occasion, by its dress code
    (the occasion said now, else the conversation's)."""
    occasion = heard.preferences.occasion or occasion
    if heard.question != "yesno" or piece is None or not piece.kind or not occasion \
            or (heard.kinds and KIND_TO_SLOT.get(heard.kinds[0]) != piece.slot) \
            or any(KIND_TO_SLOT.get(k) == piece.slot for k in heard.avoid_kinds):
        # ("these loafers": the photo's; "안에 셔츠 말고 티셔츠 입어도 돼요?" of a knit: the tee's, traded in its part)
        return ""
    return photo_verdict(lang, piece, occasion, season, heard.cut)


def photo_verdict(lang: str, piece: Item, occasion: str, season: str, cut: str | None = None) -> str:
    """"Yes, you can wear your brown loafers to a wedding" (or better not), of the photographed garment
    (`cut`: the cut the person named it by, "these loafers")."""
    code = dress_code(occasion, season)
    key = "verdict_photo_bride" if bridal(piece, code) else "verdict_photo_yes" if _photo_passes(piece, code) \
        else "verdict_photo_no"
    kind = prompts.label(lang, "cut", cut) if cut else prompts.label(lang, "kind", piece.kind)
    return prompts.render(lang, key, piece=f"{_colour(lang, piece.color_family)} {kind}",
                          occasion=prompts.label(lang, "occasion", occasion))


def _photo_passes(piece: Item, code: DressCode) -> bool:
    """Whether the photographed garment may go: by its kind and, where the colours are strict, its colour.
    A photo tells no cloth or formality (a navy blazer and a navy work jacket read alike), so neither is
    held against it."""
    kind = traits_of(piece).kind
    if kind in code.exclude_kinds and kind not in code.fine_if_asked:
        return False
    return not code.strict_colours or code.in_palette(piece, kind)


def bridal(piece: Item, code: DressCode) -> bool:
    """Their own white (or cream) dress at a wedding: the bride's colour."""
    return piece.slot == "onepiece" and piece.color_family in code.dress_colours_to_avoid


def _photo_with(lang: str, heard: Understanding, piece: Item | None) -> str:
    """"Does this go with black jeans?" of the photographed olive jacket: the two colours together (the
    jeans are its partner, not what the question is about)."""
    said = heard.preferences.colors
    partner = next((k for k in heard.kinds if piece is not None and KIND_TO_SLOT.get(k) not in (None, piece.slot)), None)
    if piece is None or not piece.kind or partner is None or len(said) != 1 \
            or any(k != piece.kind for k in heard.about_kinds):  # ("what pants go with a mustard cardigan?")
        return ""
    theirs = prompts.render(lang, "your_piece", piece=f"{_colour(lang, piece.color_family)} {prompts.label(lang, 'kind', piece.kind)}")
    partner_words = f"{_said_colour(lang, heard, said[0])} {prompts.label_variant(lang, 'kind', 'plural', partner)}"
    text = pair_sentence(lang, pair_verdict(piece.color_family, said[0]), (piece.color_family, theirs),
                          (said[0], partner_words))
    return text[:1].upper() + text[1:]


def pair_sentence(lang: str, said: str, first: tuple[str, str], second: tuple[str, str]) -> str:
    """The harmony verdict on two colours, each given as (family, the words that name it); an accent beside
    a neutral is said by its colours."""
    if said == "accent":
        neutral, accent = (first[0], second[0]) if first[0] in NEUTRAL_FAMILIES else (second[0], first[0])
        return prompts.render(lang, "colour_verdict_accent", neutral=_colour(lang, neutral), accent=_colour(lang, accent))
    return prompts.render(lang, f"colour_verdict_{said}", a=first[1], b=second[1])


def _with_piece(lang: str, heard: Understanding, piece: Item | None) -> str:
    """"Is it fine with jeans?" about the photographed jumper: yes, another slot's piece goes with it (the
    occasion's and the season's rules, when said, answered before this)."""
    if heard.question != "yesno" or piece is None or not piece.kind or not heard.kinds \
            or KIND_TO_SLOT.get(heard.kinds[0]) in (None, piece.slot):
        return ""
    return prompts.render(lang, "verdict_with_piece", kinds=prompts.label_variant(lang, "kind", "plural", heard.kinds[0]),
                          piece=f"{_colour(lang, piece.color_family)} {prompts.label(lang, 'kind', piece.kind)}")


def _season(lang: str, heard: Understanding, before: str | None = None) -> str:
    """"Can I wear shorts in winter?" no; "a linen shirt in summer?" yes: the season's own rules (`before`: the
    conversation's, which "반바지 입을 정도는 아니죠?" of a February trip asks about without naming it)."""
    season = heard.preferences.season or before
    if not season or not heard.kinds or heard.preferences.occasion:
        return ""
    kinds = prompts.label_variant(lang, "kind", "plural", heard.kinds[0])
    named = prompts.label(lang, "season", season)
    if heard.kinds[0] in dress_code("daily", season).exclude_kinds:
        return _out_of_season(lang, heard, heard.kinds[0], season)
    if not heard.preferences.season:  # (the conversation's season turns down what it rules out; a yes is the piece's)
        return ""
    return prompts.render(lang, "verdict_season_yes", kinds=kinds, season=named)


def _out_of_season(lang: str, heard: Understanding, kind: str, season: str) -> str:
    """"Better not in winter" (for her, how to wear them anyway: tights, boots, a warm coat)."""
    key = "verdict_season_no_plain" if heard.preferences.gender == "men" else "verdict_season_no"
    return prompts.render(lang, key, kinds=prompts.label_variant(lang, "kind", "plural", kind),
                          season=prompts.label(lang, "season", season))


def suit_colour(heard: Understanding) -> str | None:
    """The colour said of a suit in the message ("brown shoes with a black suit": black), if any."""
    text = heard.text.lower()
    suits = find_terms(text, SUIT_TERMS)[0]
    if not suits:
        return None
    # ("검정 정장은 없고 네이비 정장은 있어요", "I don't have a black suit, but I have a navy suit"): the suit they have
    kept = [s for s in suits if not (_LACKED_BEFORE.search(text[max(0, s.start - 25):s.start])
                                     or _LACKED_AFTER.match(text[s.end:s.end + 12]))] or suits
    before = [c.value for c in find_terms(text, COLOR_TERMS)[0] if c.end <= kept[0].start]
    return before[-1] if before else None


_LACKED_BEFORE = re.compile(r"\b(?:no|not a|don'?t have an?|do not have an?|without an?)\s+(?:[a-z]+\s+){0,2}$")
_LACKED_AFTER = re.compile(r"(?:은|는|이|가|도)?\s*(?:하나도\s*|한 벌도\s*)?없")


BLACK_SHOES_ONLY = frozenset({"black_tie", "funeral"})  # their codes answer "which shoes" with black, whatever the suit
SUIT_SHOES = frozenset({"navy", "grey", "black", "brown", "beige", "blue"})  # suits prompts' labels.suit_shoes knows
TROUSER_SHOES = SUIT_SHOES | {"olive", "white"}  # trousers prompts' labels.trouser_shoes knows


def _suit_shoes(lang: str, heard: Understanding, occasion: str | None) -> str:
    """"Brown shoes with a black suit?": no, whatever two neutrals otherwise allow. "What shoes go with a
    navy suit?": the shoes for it (where no black-tie or mourning code says black already)."""
    if "shoes" in heard.slots and set(heard.preferences.colors) == {"black", "brown"} and suit_colour(heard) == "black":
        return prompts.render(lang, "verdict_brown_shoes_black_suit")
    suit = suit_colour(heard)
    # ("what color tie w a charcoal suit and light blue shirt": the shirt's colour is said beside the suit's)
    shirt = colour_said_of(heard.text, "shirt") if {"tie", "shirt"} <= set(heard.kinds) else None
    if not (heard.question == "pairing" and suit and (heard.preferences.colors == (suit,) or shirt) and suit in SUIT_SHOES
            and occasion not in BLACK_SHOES_ONLY and heard.event is None):
        return ""
    colour, shoes = _said_colour(lang, heard, suit), prompts.label(lang, "suit_shoes", suit)
    if shirt and "shoes" not in heard.slots:  # the tie for that suit and that shirt
        return prompts.render(lang, "suit_tie_with_shirt", colour=colour, shirt=_said_colour(lang, heard, shirt),
                              ties=prompts.label(lang, "suit_ties", suit))
    # "what shirt and tie go with my navy suit?": the shirt and the tie for it (and the shoes, where asked too)
    if "top" in heard.slots or "tie" in heard.kinds:
        key = "suit_shirt_tie_shoes" if "shoes" in heard.slots else "suit_shirt_tie"
        no_white = "shirt:white" in heard.avoid_kinds or "white" in heard.preferences.avoid_colors  # "besides white"
        shirts = "suit_shirts_not_white" if no_white else "suit_shirts"
        return prompts.render(lang, key, colour=colour, shoes=shoes, shirts=prompts.label(lang, shirts, suit),
                              ties=prompts.label(lang, "suit_ties", suit))
    return prompts.render(lang, "suit_shoes", colour=colour, shoes=shoes) if "shoes" in heard.slots else ""


def _trouser_shoes(lang: str, heard: Understanding, occasion: str | None) -> str:
    """"What colour shoes go with navy trousers?", "네이비 슬랙스엔 무슨 색 신발?": the shoes for them, not
    the colours of the rest of an outfit."""
    bottom = next((k for k in heard.kinds if k in ("trousers", "jeans")), None)
    # ("회색 후드티에 검정 조거팬츠 … 신발 뭐 신어?": the trousers' own colour, a top said beside them)
    pinned = heard.preferences.pinned_colour("bottom", (bottom,)) if bottom else None
    colour = pinned or heard.piece_colour or (heard.preferences.colors[0] if len(heard.preferences.colors) == 1 else None)
    others = [k for k in heard.kinds if k != bottom and not (pinned and KIND_TO_SLOT.get(k) == "top")]
    if not (bottom and "shoes" in heard.slots and heard.question == "pairing" and colour in TROUSER_SHOES) \
            or occasion in BLACK_SHOES_ONLY or heard.event is not None or others \
            or suit_colour(heard):  # (a suit's colour: the suit's shoes answer)
        return ""
    return prompts.render(lang, "trouser_shoes", colour=_said_colour(lang, heard, colour),
                          kinds=prompts.label_variant(lang, "kind", "plural", bottom),
                          shoes=prompts.label(lang, "trouser_shoes", colour))


def _special(lang: str, heard: Understanding) -> str:
    """Questions people ask that no colour or dress code answers."""
    if KIPPAH.search(heard.text):  # "do i need to bring a kippah or wear a hat?": no, one is offered at the door
        return prompts.render(lang, "verdict_kippah")
    if "sneakers" in heard.kinds and ("blazer" in heard.kinds or find_terms(heard.text.lower(), SUIT_TERMS)[0]):
        return prompts.render(lang, "verdict_sneakers_suit")
    if "coat" in heard.kinds and heard.height_cm and heard.height_cm < SHORT_CM:
        return prompts.render(lang, "verdict_long_coat_short", height=int(heard.height_cm))
    return ""


def _warm_enough(lang: str, heard: Understanding, season: str, piece: Item | None) -> str:
    """The piece's warmth against the season: warm enough, with layers, or not really."""
    if heard.kinds and (piece is None or piece.kind not in heard.kinds):  # "just a coat over a dress": the coat
        piece = _said_item(heard.text, heard.kinds[0])
    elif piece is not None and heard.kinds:  # "is a trench warm enough?" of the photographed coat: a trench
        piece = replace(piece, name=f"{heard.text} {piece.name}", warmth=None)
    if piece is None or not piece.kind:
        return ""
    cold = season in ("fall", "winter") or heard.cold
    if cold and piece.slot == "outerwear" and {"dress", "skirt"} & set(heard.kinds):  # "just a coat over a dress"
        return prompts.render(lang, "verdict_warm_dress", season=prompts.label(lang, "season", "winter" if heard.cold else season))
    warmth = WARMTH_LEVELS.index(traits_of(piece).warmth)
    # a jacket must be padded for the winter on its own (a wool coat is warm); anything else warm is warm enough
    jacket = piece.slot == "outerwear" and traits_of(piece).kind != "coat"
    enough = WARMTH_LEVELS.index("heavy" if jacket and (season == "winter" or heard.cold) else "warm")
    key = "verdict_warm_yes" if warmth >= enough or not cold else \
        "verdict_warm_layers" if warmth >= enough - 1 else "verdict_warm_no"
    return prompts.render(lang, key, thing=prompts.label(lang, "kind", piece.kind),
                          things=prompts.label_variant(lang, "kind", "plural", piece.kind),
                          season=prompts.label(lang, "season", "winter" if heard.cold else season))


def _said_colour(lang: str, heard: Understanding, family: str) -> str:
    """The colour as the person said it ("burgundy", "버건디"), else its family's word."""
    return heard.said_colour(family) or _colour(lang, family)


def _colour(lang: str, family: str) -> str:
    return prompts.label(lang, "color_family", family)

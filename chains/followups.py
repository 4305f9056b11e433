"""Follow-ups on the looks on screen: change them as asked, one look or all, and say what changed."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

import prompts
from chains.bag_size import bag_bulk, size_wish
from chains.dress_code import CASUAL_RANK, EXPECTED_PIECES, dress_code
from chains.exclusions import NEAR_KINDS, excluded_colour, excluded_kind, is_of_kind, shows_colour, slot_of_excluded
from chains.look_score import FORMAL_RANK, brown_shoes_under_black, colour_slot_for
from chains.extract import ANY_PANTS, Understanding, find_terms, picks_a_look, season_only_felt, traded_slot
from chains.finishing import slot_intro
from chains.explain import why
from chains.feel import Feel, puffed
from chains.verdicts import going_without, photo_verdict, verdict, with_article
from chains.compose import plan_slot
from chains.recommend import CUT_SLOTS, OUTDOOR_DAY_OCCASIONS, cut_of, fetch_slot
from chains.review import warm_enough
from chains.jewellery import jewellery_note
from chains.harmony import pair_verdict
from chains.lexicon import KIND_TERMS, SLOT_TERMS
from chains.looks import (LAYERS_KEPT_OUT, OTHER_COLOUR, conversation_brief, no_coat_note, feel_notes, in_other_colours, length_note, more_like, named_piece,
                          new_looks, offer_looks, season_of, show_looks, weather_notes)
from chains.router import ASKED, says_something
from chains.revise import (LAYERING, SEPARATES, already_traded, formality_step, look_gender, model_preferences,
                           new_style, recoloured_pieces, revise_looks, shifted_season, still_excluded)
from chains.services import AgentServices
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.turn import TurnEvents
from chains.weather import cold_ready
from domain.colors import reads_dark
from domain.items import Item
from domain.vocabulary import GARMENT_SLOTS, KIND_TO_SLOT, NEUTRAL_FAMILIES, WORKOUT_OCCASIONS, WORN_SLOTS
from domain.traits import formality_rank, formality_rank_of, is_printed, traits_of, warmth_rank


def change_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
            events: TurnEvents | None = None,
            wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState, Preferences]:
    """Change the looks on screen as asked; restyle ("less formal", "like #2") with new looks."""
    lang, before = conversation.language, conversation
    looks = conversation.looks
    if _cold_keeps_the_layer(services, conversation, prefs, heard):  # "less layers" at -5 °C: the one coat stays
        reply, conversation = show_looks(services, conversation, list(looks), prompts.render(lang, "layer_kept_cold"),
                                         events)
        return reply, conversation, prefs
    if which := _which_look(lang, conversation, heard):  # "that one but without the jacket", no look talked about
        # (the jacket is ruled out of the look they pick, not of every look)
        kept = tuple(k for k in conversation.avoid_kinds if k not in heard.avoid_kinds)
        return which, conversation.evolve(avoid_kinds=kept, questions_in_row=conversation.questions_in_row + 1,
                                          which_look_offers=which.quick_replies), prefs
    if heard.wearer:  # "no white for him" of a couple's looks: his change, hers stay
        return _for_one_wearer(services, conversation, prefs, heard, events)
    avoid_kinds = conversation.ruled_out(heard.avoid_kinds)
    if not heard.target_look:  # a kind ruled out for one look ("#3 without the jacket") is not a rule
        conversation = conversation.evolve(avoid_kinds=avoid_kinds)
    if "cheaper" in heard.followups and not any(i.price is not None for o in looks for i in o.items):
        if not (heard.like_look or heard.followups - {"cheaper"} or heard.avoid_kinds or heard.kinds):
            # the looks stay on screen, with what can be done instead (no dead end with no buttons)
            reply, conversation = show_looks(services, conversation, list(looks), prompts.render(lang, "no_prices"), events)
            return reply, conversation, prefs
        # "more like #3 but cheaper": the rest is done, and the price said to be unknown; "anything cheaper for the
        # bottoms?" of look 2: another pair there (whose price is as unknown as the first's)
        rest = heard.followups - {"cheaper"} or (frozenset({"swap"}) if heard.kinds or heard.slots else frozenset())
        reply, conversation, prefs = change_looks(services, conversation, prefs, replace(heard, followups=rest),
                                                  events, wardrobe)
        return replace(reply, text=f"{reply.text} {prompts.render(lang, 'budget_unknown')}"), conversation, prefs
    asked = heard.like_look or heard.target_look
    if asked and asked > len(looks):  # "swap the shoes on #5", "more like #5" with three looks on screen
        key = "no_such_look_one" if len(looks) == 1 else "no_such_look"
        return Reply(prompts.render(lang, key, number=asked, count=len(looks)), "answer",
                     quick_replies=tuple(prompts.choices(lang, "after_outfits"))), conversation, prefs
    if heard.target_look and not heard.like_look:
        reply, conversation = _revise_one(services, conversation, prefs, heard, events, wardrobe)
        return reply, conversation, prefs
    if heard.puts_piece_on_look and (heard.asks_which or heard.adds_piece) and heard.kinds:
        # "what coat can go over it?", "모자도 추천해줘": each look gets one, or keeps its own
        reply, conversation = _piece_on_every_look(services, conversation, prefs, heard, events)
        return reply, conversation, prefs
    if own_layer := _own_layer_ruled_out(looks, heard):  # "without the coat, it's warm inside": their coat off
        mine = prompts.render(lang, "own_item", color=prompts.label(lang, "color_family", own_layer.color_family),
                              kind=prompts.label(lang, "kind", own_layer.kind))
        bare = [replace(o, items=tuple(i for i in o.items if i.id != own_layer.id)) for o in looks]
        reply, conversation = show_looks(services, conversation.evolve(anchor=None), bare,
                                         prompts.render(lang, "without_own_layer", own=mine), events)
        return reply, conversation, prefs
    if (misremembered := _trade_of_a_kind_none_wears(heard, looks)) is not None:
        # "블라우스 말고 그냥 티셔츠로" of looks in knits: none wears a blouse, so their tops are traded, and said so
        named, slot, worn = misremembered
        note = prompts.render(lang, "looks_wear_not_any", kinds=prompts.label_variant(lang, "kind", "plural", named),
                              part=prompts.label(lang, "slot_plural", slot))
        reply, conversation, prefs = change_looks(services, conversation, prefs, replace(heard, avoid_kinds=worn),
                                                  events, wardrobe)
        return replace(reply, text=f"{note} {reply.text}"), conversation, prefs
    if nothing := _nothing_to_remove(lang, looks, heard):  # "no jeans" where no look has jeans
        reply, conversation = show_looks(services, conversation, list(looks), nothing, events)
        return reply, conversation, prefs
    model = looks[heard.like_look - 1] if heard.like_look else None
    if model is not None and "more_formal" in heard.followups and new_style(model.style, heard) == model.style:
        # "something like #2 but dressier" where #2 is as dressy as the occasion goes: more like it, and why
        reply, conversation = more_like(services, conversation, prefs, replace(heard, followups=heard.followups - {
            "more_formal"}), events, wardrobe, floor=_worn_formality((model,)))
        said = prompts.render(lang, "like_at_its_end", number=heard.like_look,
                              occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))
        return replace(reply, text=f"{said} {reply.text}"), conversation, prefs
    if heard.like_look and not new_style(looks[0].style, heard):
        reply, conversation = more_like(services, conversation, prefs, heard, events, wardrobe)
        return reply, conversation, prefs
    recolour = "swap" in heard.followups and not heard.slots  # "파란색으로 바꿔줘", "change them": new looks
    if recolour and heard.preferences.colors:
        prefs = replace(prefs, colors=heard.preferences.colors)
    # ("swap the shoes for boots" is a piece swapped in each look, not new looks)
    if "swap" in heard.followups and heard.kinds and not heard.target_look and _to_a_kind(heard, looks) \
            and KIND_TO_SLOT.get(heard.kinds[-1]) in _WHOLE_LOOK_SLOTS and not heard.puts_piece_on_look \
            and not _traded_in_place(heard, looks) and not recoloured_pieces(heard) and not heard.cut \
            and not (heard.material and all(any(is_of_kind(i, heard.kinds[-1:]) for i in o.items) for o in looks)):
        reply, conversation = _into_kind(services, conversation, prefs, heard, events, wardrobe)
        return reply, conversation, prefs
    # "the shoes are too casual": those pieces change, the looks keep their style
    # ("less formal, no jeans": the jeans name what is ruled out, not the piece that is too formal)
    said_of = set(heard.slots) - {KIND_TO_SLOT.get(k) for k in heard.avoid_kinds if k not in heard.kinds}
    restyle = None if said_of and formality_step(heard) else new_style(looks[0].style, heard)
    if restyle or recolour:
        at_its_end = restyle == looks[0].style and not recolour  # "more formal" from looks as formal as they go
        prefs = replace(prefs, style=restyle) if restyle else prefs
        brief = _with_a_blazer(prefs, looks) if at_its_end and "more_formal" in heard.followups else prefs
        fresh = heard.wanting_more()
        floor = _worn_formality(looks) if "more_formal" in heard.followups else None
        before = conversation
        reply, conversation = offer_looks(services, conversation, brief, fresh, events, wardrobe, floor)
        if at_its_end:
            tailored = brief is not prefs and all(any(i.kind == "blazer" for i in o.items) for o in conversation.looks)
            if "more_formal" in heard.followups and not tailored:
                # no step up the catalogue can take (a wedding guest's dresses and heels): the looks stay, and
                # the reply says how to dress them up rather than show other looks that are no more formal
                reply, conversation = show_looks(services, before, list(looks), _kept_formal(lang, prefs, looks), events)
                return reply, conversation, prefs
            reply = replace(reply, text=_style_at_its_end(lang, heard, prefs, restyle, tailored) + " " + reply.text)
        return reply, conversation, prefs
    season, stored = shifted_season(season_of(services, prefs), heard), prefs
    prefs = replace(prefs, season=season) if {"warmer", "cooler"} & heard.followups else prefs
    outfits = revise_looks(services, looks, heard, prefs, avoid_kinds, conversation.shown_ids, lang,
                           weather=conversation.weather, feel=conversation.feel, seed=conversation.seed)
    if _layer_trade_failed(heard, looks, outfits):
        # "패딩 말고 코트로" where no coat of this wardrobe suits these looks: they keep their jackets, said so
        # (the padded jackets are no rule from now on: the trade was the wish)
        unruled = tuple(k for k in conversation.avoid_kinds if k not in heard.avoid_kinds)
        text = prompts.render(lang, "no_layer_trade", kind=prompts.label(lang, "kind", heard.kinds[-1]),
                              occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))
        reply, conversation = show_looks(services, conversation.evolve(avoid_kinds=unruled), list(looks), text, events)
        return reply, conversation, prefs
    kept, dropped = _without_excluded(services, conversation, prefs, heard, outfits, wardrobe)
    relaxed = not kept and _every_shoe_ruled_out(heard)
    if relaxed:  # "구두 말고 다른 신발로" at the office: every shoe its dress code takes is out, so everyday shoes
        outfits = revise_looks(services, looks, heard, replace(prefs, occasion="daily"), avoid_kinds,
                               conversation.shown_ids, lang, weather=conversation.weather, feel=conversation.feel,
                               seed=conversation.seed)
        kept, dropped = _without_excluded(services, conversation, prefs, heard, outfits, wardrobe)
    outfits = kept
    if _named_piece_would_not_restyle(heard, looks, outfits):
        # "less formal, everyone wears hoodies": no piece of these looks turns into one, so new looks do
        style = new_style(looks[0].style, heard) or looks[0].style
        occasion = prefs.occasion or "daily"
        # (a hoodie the office's dress code keeps out: the room's everyday clothes, as everyone there wears them)
        room = "daily" if set(heard.kinds) & dress_code(occasion, season_of(services, prefs)).exclude_kinds else occasion
        reply, conversation = offer_looks(services, conversation, replace(prefs, style=style, occasion=room),
                                          heard.wanting_more(), events, wardrobe)
        if room != occasion and reply.outfits:
            said = prompts.render(lang, "dressed_down", occasion=prompts.label(lang, "occasion", occasion))
            reply = replace(reply, text=f"{said} {reply.text}")
        return reply, conversation, prefs
    if not outfits and (what := _ruled_out_names(lang, heard)):  # "no black or brown shoes" at the office
        kept_prefs = replace(prefs, avoid_colors=tuple(c for c in prefs.avoid_colors
                                                       if c not in heard.preferences.avoid_colors))
        text = prompts.render(lang, "revised_impossible", what=what)
        if "shoes" in heard.slots:  # "and shoes? I cannot walk in stilettos": what the occasion takes instead
            text += " " + prompts.render(lang, slot_intro("shoes", prefs.occasion or "daily", season, prefs.gender == "men"))
        reply, conversation = show_looks(services, before, list(looks), text, events)
        return reply, conversation, kept_prefs
    occasion, cold = prefs.occasion or "daily", conversation.weather.cold
    note = length_note(lang, heard) + _doing_without(lang, heard, prefs, looks, season) \
        + _revision_note(lang, looks, outfits, heard, occasion, cold) + _unchanged_note(lang, looks, outfits, heard, occasion) \
        + _feel_note(lang, outfits, heard, cold) + weather_notes(lang, heard.weather, outfits) \
        + _coat_still_wanted(lang, heard, outfits, occasion, cold)  # ("what if it snows?")
    if dropped:
        note += " " + prompts.render(lang, "revised_dropped", count=dropped)
    if relaxed:
        note = prompts.render(lang, "shoes_dressed_down", occasion=prompts.label(lang, "occasion", occasion)) + " " + note
    reply, conversation = show_looks(services, conversation, outfits, note, events)
    if season_only_felt(heard.text) or stored.season:  # "in case it gets chilly in the evening": a layer for May,
        prefs = replace(prefs, season=stored.season)  # May all the same; "3월 초엔 추운데 더 따뜻하게": March stays March
    return reply, conversation, prefs


def _coat_still_wanted(lang: str, heard: Understanding, after: Sequence[Outfit], occasion: str, cold: bool) -> str:
    """"It's gonna be 30F at the cemetery" of looks the catalogue has no coat for (a funeral's blazers): a scarf is
    not enough, and the reply says what goes over them."""
    if not (cold and "warmer" in heard.followups) or any(i.slot == "outerwear" and cold_ready(i)
                                                           for o in after for i in o.items) \
            or LAYERS_KEPT_OUT & set(heard.avoid_kinds):  # ("you can't bring a jacket in": no coat to add)
        return ""  # (a look in a warm coat: the others were as warm as the catalogue takes them)
    return no_coat_note(lang, occasion, after)


def _for_one_wearer(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                   heard: Understanding, events: TurnEvents | None) -> tuple[Reply, ConversationState, Preferences]:
    """His (her) looks of the pairs changed as asked, in their places; what was ruled out is his alone, so it is
    no rule for her looks to come."""
    lang, looks = conversation.language, list(conversation.looks)
    numbers = [n for n, o in enumerate(looks) if look_gender(o, prefs) == heard.wearer]
    scoped = replace(heard, wearer=None)
    occasion, cold = prefs.occasion or "daily", conversation.weather.cold
    revised = revise_looks(services, tuple(looks[n] for n in numbers), scoped, replace(prefs, gender=heard.wearer),
                           conversation.ruled_out(heard.avoid_kinds), conversation.shown_ids, lang,
                           weather=conversation.weather, feel=conversation.feel, seed=conversation.seed)
    after = list(looks)
    for n, look in zip(numbers, revised):
        after[n] = look
    note = _revision_note(lang, looks, after, scoped, occasion, cold) \
        + _unchanged_note(lang, looks, after, scoped, occasion, asked={n + 1 for n in numbers})
    reply, conversation = show_looks(services, conversation, after, note, events)
    theirs = replace(prefs, avoid_colors=tuple(c for c in prefs.avoid_colors if c not in heard.preferences.avoid_colors))
    return reply, conversation, theirs


# "원피스로 바꿔줘", "change them to dresses", "into a skirt": the kind to change to, not the one to swap
_TO_KIND = re.compile(r"(?:으로|로)\s*(?:바꿔|바꾸|변경)|\b(?:to|into)\s+(?:a|an|some)?\s*\w+|\binstead\b")


def _trade_of_a_kind_none_wears(heard: Understanding, looks: Sequence[Outfit]) -> tuple[str, str, tuple[str, ...]] | None:
    """A trade away from a kind no look on screen wears ("블라우스 말고 티셔츠로" of knits): the kind named, its part
    of the look, and the kinds the looks wear there instead (what the person meant)."""
    if "swap" not in heard.followups or not (heard.kinds and heard.avoid_kinds) or heard.target_look or heard.like_look:
        return None
    slot = traded_slot(heard.kinds, heard.avoid_kinds)
    if slot is None or any(is_of_kind(i, heard.avoid_kinds) for o in looks for i in o.items):
        return None
    worn = tuple(dict.fromkeys(traits_of(i).kind for o in looks for i in o.items
                               if i.slot == slot and i.source == "catalog" and not is_of_kind(i, heard.kinds)))
    return (excluded_kind(heard.avoid_kinds[0]), slot, worn) if worn else None


# A kind of these parts makes a new look around it ("make them dresses"); a layer or shoes are traded in place
# ("가디건으로 바꿔줘": each look keeps the rest, with a cardigan where its coat was)
_WHOLE_LOOK_SLOTS = ("top", "bottom", "onepiece")


def _to_a_kind(heard: Understanding, looks: Sequence[Outfit]) -> bool:
    target = heard.kinds[-1:]  # "바지를 치마로": the skirt, named last
    worn = any(is_of_kind(i, target) for o in looks for i in o.items if i.source == "catalog")
    return not worn or bool(_TO_KIND.search(heard.text.lower()))


def _traded_in_place(heard: Understanding, looks: Sequence[Outfit]) -> bool:
    """"힐 말고 플랫슈즈로", "a blouse instead of the knit": a kind traded for another of the same part of the
    look, which every look wears; the piece changes where it stands, the rest of each look stays."""
    slot = traded_slot(heard.kinds, heard.avoid_kinds)
    return slot is not None and all(any(i.slot == slot for i in o.items) for o in looks)


def _into_kind(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
               events: TurnEvents | None, wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """"Make them dresses": each look without the kind becomes a new look with it; the others stay."""
    lang, looks = conversation.language, list(conversation.looks)
    target, away = heard.kinds[-1:], heard.kinds[:-1]  # "바지를 치마로 바꿔줘": skirts, not trousers
    lacking = [n for n, o in enumerate(looks) if not any(is_of_kind(i, target) for i in o.items)]
    kept_ids = tuple(i.id for n, o in enumerate(looks) if n not in lacking for i in o.items)
    shown = conversation.evolve(shown_ids=conversation.shown_ids + kept_ids,
                                avoid_kinds=conversation.ruled_out(away))
    fresh, _brief, _anchor = new_looks(services, shown, replace(prefs, kinds=target),
                                        heard.wanting_more(), wardrobe)
    # (the kind is a wish to the composer, not a filter: a look built without it changes nothing asked)
    fresh = [o for o in fresh if any(is_of_kind(i, target) for i in o.items)]
    for n, new in zip(lacking, fresh):
        looks[n] = new
    changed = min(len(lacking), len(fresh))
    if not changed:  # ("가디건으로 바꿔줘" where no cardigan suits the office): the looks stay, said which kind
        return show_looks(services, conversation, looks, _no_kind_said(lang, target[0], prefs.occasion or "daily"),
                          events)
    text = prompts.render(lang, "revised") + (" " + prompts.render(lang, "revised_unchanged_many", numbers=", ".join(
        str(n + 1) for n in lacking[changed:])) if lacking[changed:] else "")
    return show_looks(services, conversation, looks, text, events)


def _no_kind_said(lang: str, kind: str, occasion: str) -> str:
    """The looks kept, and why: the catalogue has no piece of `kind` that goes with them for `occasion`."""
    return prompts.render(lang, "revised_no_kind", kind=prompts.label(lang, "kind", kind),
                          occasion=prompts.label(lang, "occasion", occasion))


def _piece_words(lang: str, item: Item, article: bool = True) -> str:
    """"a peach coat" (its own colour word in English, "an" where it must be), "블루 코트"."""
    cut = cut_of(item)  # ("khaki chinos", "브라운 면바지": the cut traded for, by its own word)
    traits = traits_of(item)  # (track pants are no slacks, as the looks' own sentences say)
    kind = prompts.label(lang, "cut", cut) if cut else prompts.label_variant(lang, "kind", traits.formality, traits.kind)
    if lang != "en":
        return f"{prompts.label(lang, 'color_family', item.color_family)} {kind}"
    colour = item.color.lower() or prompts.label(lang, "color_family", item.color_family)
    plural = prompts.label_variant(lang, "kind", "plural", traits.kind) == kind or kind.endswith(("pants", "trousers"))
    if not article or cut or plural:  # not "a black shoes", "a grey track pants"
        return f"{colour} {kind}"
    return f"{'an' if colour[:1] in 'aeiou' else 'a'} {colour} {kind}"


def _piece_on_every_look(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                         heard: Understanding, events: TurnEvents | None) -> tuple[Reply, ConversationState]:
    """"What coat can go over it?": the looks that wear none get one; those that do keep theirs, named."""
    lang, looks = conversation.language, list(conversation.looks)
    kind = heard.kinds[0]
    slot = KIND_TO_SLOT.get(kind)

    def wears(look: Outfit) -> list[Item]:  # (a hat is asked for, not any accessory: the bag is no hat)
        return [i for i in look.items if (is_of_kind(i, (kind,)) if slot == "accessory" else i.slot == slot)]

    lacking = [n for n, o in enumerate(looks) if not wears(o)]
    if lacking:
        changed = revise_looks(services, tuple(looks[n] for n in lacking), heard, prefs,
                               conversation.ruled_out(heard.avoid_kinds), conversation.shown_ids, lang,
                               weather=conversation.weather, feel=conversation.feel, seed=conversation.seed)
        for n, new in zip(lacking, changed):
            looks[n] = new if wears(new) else looks[n]  # (a look that found none stays as it was)
    worn = [prompts.render(lang, "piece_for_look", number=n + 1, piece=_piece_words(lang, i))
            for n, o in enumerate(looks) for i in wears(o)]
    still = [n + 1 for n in lacking if not wears(looks[n])]
    if kind == "jewellery":  # ("what earrings would go with it": which metal, and their own pearls or studs, for every
        # look; the catalogue's "black jewellery" says nothing)
        worn, still = [jewellery_note(lang, list(enumerate(looks, 1)), heard.text)], []
    text = " ".join(worn) + (" " + prompts.render(lang, "revised_unchanged_many" if len(still) > 1 else "revised_unchanged",
                                                  numbers=_numbers(still)) if still else "")
    return show_looks(services, conversation, looks, text.strip(), events)


def _main_piece(look: Outfit) -> Item | None:
    """The piece a look is seen by first: its dress, else its top (a catalogue piece)."""
    return next((i for slot in ("onepiece", "top") for i in look.items if i.slot == slot and i.source == "catalog"), None)


def _main_colour(look: Outfit) -> str | None:
    """The colour family of the piece a look is seen by first: its dress, else its top (a catalogue piece)."""
    main = _main_piece(look)
    return main.color_family if main else None


RECOLOUR_ORDER = {"top": 0, "onepiece": 0, "outerwear": 1, "bottom": 2}


def _pieces_to_recolour(look: Outfit, heard: Understanding) -> list[Item]:
    """"#1 but in navy", "1번을 네이비로 바꿔줘": the garment that carries the look's colour takes the colour
    asked and the rest stays: its piece in a colour (a pink jacket) before its neutrals (blue denim is one),
    then its top, layer or bottom; never one already in that colour (none where the message names a piece or
    asks more). The pieces in that order."""
    colours = heard.preferences.colors
    if len(colours) != 1 or heard.slots or heard.kinds or heard.like_look or heard.followups - {"swap"}:
        return []
    if _all_in_colour(heard):  # "make #1 all black": every garment and the shoes
        return [i for i in look.items if i.slot in (*RECOLOUR_ORDER, "shoes") and i.color_family != colours[0]]
    pieces = [i for i in look.items if i.slot in RECOLOUR_ORDER and i.color_family != colours[0]]
    quiet = lambda i: i.color_family in NEUTRAL_FAMILIES or i.kind == "jeans"
    return sorted(pieces, key=lambda i: (quiet(i), RECOLOUR_ORDER[i.slot]))[:3]


def _all_in_colour(heard: Understanding) -> bool:
    """"make #1 all black", "1번 올블랙으로": the whole look in the one colour, not its colour-carrying piece."""
    return heard.feel.palette == heard.preferences.colors and len(heard.feel.palette) == 1


def _recoloured_whole(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                      heard: Understanding, pieces: Sequence[Item], events: TurnEvents | None,
                      wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """The pieces of one look in the colour asked, swapped together (the colour a code for the look, so no
    half-done look is turned down for being half in it); what the catalogue has none of stays, and the
    reply says which did."""
    lang, number = conversation.language, heard.target_look or 1
    before = conversation.looks[number - 1]
    kinds = tuple(dict.fromkeys(i.kind for i in pieces))
    said = replace(heard, slots=tuple(dict.fromkeys(i.slot for i in pieces)), kinds=kinds,
                   followups=heard.followups | {"swap"}, preferences=replace(heard.preferences, kinds=kinds))
    colour = heard.preferences.colors[0]
    others = tuple(i.id for n, o in enumerate(conversation.looks) if n != number - 1 for i in o.items)
    for exclude in (conversation.shown_ids + others, ()):  # then a piece another look wears may come too
        after = revise_looks(services, (before,), said, replace(prefs, kinds=kinds, colors=()),
                             conversation.ruled_out(heard.avoid_kinds), exclude, lang, weather=conversation.weather,
                             feel=replace(conversation.feel, palette=(colour,)), seed=conversation.seed)[0]
        if not _same_pieces(after, before):
            break
    kept = [i for i in after.items if i in pieces and i.color_family != colour]
    named = prompts.label(lang, "color_family", colour)
    if after.items == before.items:
        text = prompts.render(lang, "revised_one_no_colour_piece", colour=named, number=number,
                              kind=prompts.label(lang, "kind", pieces[0].kind))
    elif kept:
        text = prompts.render(lang, "revised_one_in_colour_but", number=number, colour=named, pieces=prompts.listed(
            lang, [_piece_words(lang, i, article=False) for i in kept]))
    else:
        text = prompts.render(lang, "revised_one_in_colour", number=number, colour=named)
    looks = list(conversation.looks)
    looks[number - 1] = after
    return show_looks(services, conversation, looks, text, events)


def _changed_in_place(lang: str, looks: Sequence[Outfit], number: int, heard: Understanding, prefs: Preferences,
                      season: str) -> tuple[Outfit, str] | None:
    """A change one look takes as it is, with no search, and what the reply says of it: another look's piece
    put on it ("1번에 2번 신발로 바꿔줘"), or its tie taken off ("can you make #1 a bit less stuffy?" at a
    wedding: the jacket stays); None for any other change."""
    look = looks[number - 1]
    if (own := _own_piece_on(look, heard, lang)) is not None:  # "can I wear my white jeans with look 1?"
        return own
    if (given := _piece_of_other_look(looks, heard)) is not None:
        return _with_piece(look, given, looks[heard.from_look - 1]), prompts.render(
            lang, "revised_one_from_look", number=number, other=heard.from_look,
            piece=_piece_words(lang, given, article=False))
    if untied := _untied(look, heard, prefs, season):
        return untied, prompts.render(lang, "revised_one_untied", number=number,
                                      occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))
    return None


_POINTED_PIECE = re.compile(r"\b(?:that|the|this|those|these|its)\s+(?:\w+\s+)?$|(?:그|저|이)\s*$"
                            r"|\d\s*번\s*(?:코디\s*)?(?:의\s*)?$|(?:look\s*\d|#\d)(?:'s|’s)\s+$")


def _pointed_piece_absent(look: Outfit, heard: Understanding) -> str | None:
    """The kind a question points at as worn ("will that skirt fly up?") where the look wears none of it."""
    if not (heard.kinds and heard.target_look and (heard.asks_about_look or heard.question == "yesno")) or heard.from_look:
        return None  # (nor a piece another look gives: "2번 자켓이랑 3번 바지 섞어서" of look 2's jeans)
    if heard.asks_need or heard.asks_walkable:  # ("3번 모자도 챙겨야 할까요?": one to add; "can she walk in those
        return None  # shoes?" asks of the shoes, whatever else the message points at)
    kind = heard.kinds[0]
    words = heard.text.lower()
    said = next((m for m in find_terms(words, KIND_TERMS)[0] if m.value == kind), None)
    if said is None or not _POINTED_PIECE.search(words[:said.start]):
        return None
    if KIND_TO_SLOT.get(kind) in _LOOSELY_NAMED and any(i.slot == KIND_TO_SLOT[kind] for i in look.items):
        return None  # ("the blazer feels stiff" of its jacket, "that sweater" of a sweatshirt: that piece, misnamed)
    return None if any(is_of_kind(i, (kind,)) for i in look.items) else kind


_LOOSELY_NAMED = ("outerwear", "top", "shoes")  # parts whose pieces people name loosely (a jacket called a blazer)


# "swap the boots", "ditch those heels", "1번 부츠 바꿔": the piece named is the one to go (not one asked for)
_SWAP_OF_NAMED = re.compile(r"\b(?:swap|change|replace|ditch|lose|switch)\s+(?:out\s+)?(?:the|those|these|that|its)\s+(?:\w+\s+)?$")
_NAMED_THEN_SWAP = re.compile(r"^\s*(?:이|가|은|는|을|를)?\s*(?:좀\s*)?(?:다른\s*(?:걸로|거로)\s*)?(?:바꿔|바꾸|교체)"
                              r"|^\s*(?:이|가|은|는)\s*(?:좀\s*)?너무"  # ("셔츠가 너무 화려해": the piece complained of)
                              r"|^\s*(?:look|looks|are|is|feel|feels)\s+(?:way\s+|so\s+|a bit\s+|kinda\s+)?too\b")


def _traded_piece_absent(look: Outfit, heard: Understanding) -> tuple[str, Item] | None:
    """The kind a trade rules out ("sneakers instead of the boots") when the look wears another kind in that part
    (pumps): the person misremembered it; the piece it does wear is what is traded."""
    if len(heard.avoid_kinds) != 1 or ":" in heard.avoid_kinds[0] or not heard.kinds:
        return None
    kind = excluded_kind(heard.avoid_kinds[0])
    worn = _worn_instead(look, kind)
    if worn is None or not any(KIND_TO_SLOT.get(k) == worn.slot for k in heard.kinds) \
            or traits_of(worn).kind in NEAR_KINDS.get(kind, ()):
        return None
    return kind, worn


def _worn_instead(look: Outfit, kind: str) -> Item | None:
    """The piece a look wears in the part of a kind it does not wear (trainers, where boots were named)."""
    worn = next((i for i in look.items if i.slot == KIND_TO_SLOT.get(kind)), None)
    return None if worn is None or any(is_of_kind(i, (kind,)) for i in look.items) else worn


# The pale colours that show every mark, and the marks said as the reason ("clay everywhere", "i'll spill something")
LIGHT_FAMILIES = frozenset({"white", "beige", "cream", "yellow", "pink"})
_MARKS = re.compile(r"\b(?:clay|spill\w*|stain\w*|dirt\w*|mud\w*|paint|grease|sauce|wine)\b|묻|얼룩|때\s*타|더러", re.IGNORECASE)


def _colour_piece_elsewhere(looks: Sequence[Outfit], number: int, heard: Understanding) -> tuple[int, Item, Item] | None:
    """A piece of a colour traded away ("흰색 바지 다른 색으로") that the look named does not wear, when another look on
    screen does: that look's number and piece, and what the named look wears in its place."""
    coloured = [entry for entry in heard.avoid_kinds if excluded_colour(entry)]
    if len(coloured) != 1 or not heard.target_look:
        return None
    kind, colour = excluded_kind(coloured[0]), excluded_colour(coloured[0])
    slot = KIND_TO_SLOT.get(kind)
    match = lambda i: i.color_family == colour and (is_of_kind(i, (kind,)) or i.slot == slot)  # noqa: E731
    if any(match(i) for i in looks[number - 1].items):
        return None
    found = next(((n, i) for n, o in enumerate(looks, 1) if n != number for i in o.items
                  if i.color_family == colour and is_of_kind(i, (kind,))), None)
    if found is None:
        return None
    worn = next((i for i in looks[number - 1].items if i.slot == slot), None) \
        or next((i for i in looks[number - 1].items if i.slot == "onepiece"), None)
    return (found[0], found[1], worn) if worn is not None else None


def _misremembered_colour(look: Outfit, heard: Understanding) -> tuple[Item, str] | None:
    """The look's piece a colour was ruled out of ("1번에 니트 색상 베이지 말고") when it is of another colour (a grey
    knit): the person misremembered it, and wants it in another colour all the same."""
    coloured = [entry.split(":", 1) for entry in heard.avoid_kinds if ":" in entry]
    # ("2번 바지 검정 말고" rules out black trousers and black jeans: one colour, said of the look's pair)
    if len({colour for _kind, colour in coloured}) != 1 or not heard.target_look:
        return None
    colour = coloured[0][1]
    piece = next((i for kind, _c in coloured for i in look.items if i.source == "catalog" and is_of_kind(i, (kind,))),
                 None)
    return (piece, colour) if piece is not None and piece.color_family != colour else None


def _misnamed_piece(look: Outfit, heard: Understanding) -> tuple[str, Item] | None:
    """The kind a swap names as the piece to go ("swap the boots in look 1") and the piece the look wears in its
    place (purple trainers): the person misremembered it, and the trainers are what changes."""
    if not heard.followups or len(heard.kinds) != 1 or not heard.target_look:
        return None  # (a swap, or a change said of the piece: "셔츠가 너무 화려해 좀 심플하게")
    kind = heard.kinds[0]
    if (worn := _worn_instead(look, kind)) is None:
        return None
    words = heard.text.lower()
    said = next((m for m in find_terms(words, KIND_TERMS)[0] if m.value == kind), None)
    if said is None or not (_SWAP_OF_NAMED.search(words[:said.start]) or _NAMED_THEN_SWAP.search(words[said.end:])):
        return None
    return kind, worn


def _asks_if_kind_will_do(heard: Understanding) -> bool:
    """A yes/no question whether a kind of piece would do in one look ("1번 신발 스니커즈 괜찮나요? 너무
    캐주얼해보이려나"): asked, not ordered; a piece of their own said in words is tried as it is instead."""
    return heard.question == "yesno" and bool(heard.kinds and heard.target_look) and not heard.owns_named \
        and not heard.avoid_kinds and not heard.preferences.colors


def _kind_tried_on_look(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                        heard: Understanding, events: TurnEvents | None,
                        wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """The answer first (the occasion's rule for that kind), then the look with one where the rule allows it
    ("too casual?" is the worry the answer meets, not a wish for a dressier look)."""
    lang, number, kind = conversation.language, heard.target_look or 1, heard.kinds[0]
    occasion, season = prefs.occasion or "daily", season_of(services, prefs)
    tried = replace(heard, question=None, followups=frozenset({"swap"}), feel=replace(heard.feel, relaxed=False))
    said = verdict(lang, replace(tried, question="yesno"), season, occasion=occasion,
                   style=conversation.looks[number - 1].style).strip()
    code = dress_code(occasion, season)
    worn = any(is_of_kind(i, (kind,)) for i in conversation.looks[number - 1].items) \
        and bool(ASKED.search(heard.text.lower().strip()))  # ("the jacket is too much", told: it changes)
    # a no, or the look's own pair asked about ("would the trainers from look 2 be ok?"): the looks stay as they are
    if worn or (kind in code.exclude_kinds and kind not in code.fine_if_asked):
        return show_looks(services, conversation, list(conversation.looks),
                          f"{said} {prompts.render(lang, 'looks_kept')}".strip(), events)
    reply, changed = _revise_one(services, conversation, prefs, tried, events, wardrobe)
    return replace(reply, text=f"{said} {reply.text}".strip()), changed


def _bottom_for_a_dress(look: Outfit, heard: Understanding) -> bool:
    """Their own trousers, jeans or skirt said for a look built on a dress (which has no bottom to trade)."""
    kinds = heard.preferences.kinds or heard.kinds
    return bool(kinds) and KIND_TO_SLOT.get(kinds[0]) == "bottom" and any(i.slot == "onepiece" for i in look.items)


def _own_piece_on(look: Outfit, heard: Understanding, lang: str) -> tuple[Outfit, str] | None:
    """Their own garment, said in words, worn in one look ("can I wear my white jeans with look 1?", "내 흰
    청바지랑 1번 입어도 돼?"): the look with it in place of its own piece of that kind, and whether its colour
    goes with the rest; None where it is no piece of theirs or has no place there (trousers under a dress)."""
    prefs = heard.preferences
    if not prefs.colors and heard.piece_colour:  # ("I own a denim jacket": blue, as denim is)
        prefs = replace(prefs, colors=(heard.piece_colour,))
    if not (heard.owns_named and heard.target_look and prefs.kinds and prefs.colors):
        return None
    kind = prefs.kinds[0]
    slot = KIND_TO_SLOT.get(kind)
    slots = {plan_slot(i) for i in look.items}
    # (a bag too: "가방은 제 갈색 숄더백 들게요" carries theirs in place of the look's)
    if slot not in (*GARMENT_SLOTS, "shoes") and kind not in ("bag", "watch", "belt", "hat", "scarf") \
            or (slot in ("top", "bottom", "onepiece") and slot not in slots):
        return None
    # (by the words they said: "제 검정 로퍼" is their loafers, not shoes)
    piece = named_piece(lang, prefs, heard.said_colour(prefs.colors[0]), heard.cut, heard.said_kind(kind, last=True))
    replaced = [i for i in look.items if plan_slot(i) == plan_slot(piece)]
    if any(i.source != "catalog" and i.kind == piece.kind and i.color_family == piece.color_family for i in replaced):
        # ("그 가디건이랑 1번 바지 어울려요?" of a look that wears their cardigan already: it does, as it is)
        return look, prompts.render(lang, "own_piece_worn_already", number=heard.target_look,
                                    piece=_piece_words(lang, piece, article=False))
    worn = _with_piece(look, piece)
    clash = next((i for i in worn.items if i.slot in WORN_SLOTS and i is not piece
                  and pair_verdict(piece.color_family, i.color_family) == "clash"), None)
    values = {"number": heard.target_look, "piece": piece.name[:1].lower() + piece.name[1:]}
    if clash is not None:
        return worn, prompts.render(lang, "own_piece_clashes", other=_piece_words(lang, clash, article=False), **values)
    if replaced:  # ("going with look 2, I'll wear my own black dress shoes": the pick taken, with theirs)
        key = "own_piece_picked" if picks_a_look(heard.text) else "own_piece_on_look"
        return worn, prompts.render(lang, key, replaced=_piece_words(lang, replaced[0], article=False), **values)
    return worn, prompts.render(lang, "own_piece_added", **values)


def _piece_of_other_look(looks: Sequence[Outfit], heard: Understanding) -> Item | None:
    """The piece another look on screen wears in the slot named ("put look 2's shoes on look 1"), or None."""
    if not heard.from_look or heard.from_look > len(looks) or heard.from_look == heard.target_look:
        return None
    kinds = {k for k in heard.kinds if k in KIND_TO_SLOT}
    slots = set(heard.slots) | {KIND_TO_SLOT[k] for k in kinds}
    worn = looks[heard.from_look - 1].items
    # (the kind said, else the piece in its place: "3번 바지" of look 3's jeans)
    return next((i for i in worn if i.kind in kinds), None) or next((i for i in worn if i.slot in slots), None)


def _untied(look: Outfit, heard: Understanding, prefs: Preferences, season: str) -> Outfit | None:
    """A suit and tie made less formal takes the tie off first and keeps the jacket a wedding or an interview
    expects (a guest in shirt sleeves looks underdressed); None where the look wears no tie under a jacket,
    where a piece is named, or where the occasion never dresses down (a funeral)."""
    if formality_step(heard) >= 0 or heard.slots or heard.kinds:
        return None
    if not {"tie", "blazer"} <= {i.kind for i in look.items}:
        return None
    if dress_code(prefs.occasion or "daily", season).stays_formal:
        return None
    return replace(look, items=tuple(i for i in look.items if i.kind != "tie"))


def _piece_by_piece(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                    pieces: Sequence[Item], said_of: Callable[[Item], Understanding], number: int,
                    events: TurnEvents | None, wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """The change said of each piece in turn, until one changes the look (the last try's reply otherwise)."""
    look = conversation.looks[number - 1]
    for piece in pieces:
        reply, changed = _revise_one(services, conversation, prefs, said_of(piece), events, wardrobe)
        if reply.outfits and reply.outfits[number - 1] != look:
            break
    return reply, changed


def _fine_as_it_is(services: AgentServices, lang: str, look: Outfit, number: int, heard: Understanding,
                   prefs: Preferences) -> str | None:
    """Why the look already does what is asked, where it does: his shoes have no heel to sink into the grass; a
    look a night out wears as it is ("look 2 but for going out at night")."""
    shoes = next((i for i in look.items if i.slot == "shoes"), None)
    if heard.feel == Feel(flat=True) and shoes is not None and shoes.gender == "men" and set(heard.slots) <= {"shoes"}:
        return _his_flat_shoes_kept(lang, number)
    occasion = heard.preferences.occasion
    if occasion and not heard.followups and occasion != prefs.occasion and all(
            dress_code(occasion, season_of(services, prefs)).allows(i) for i in look.items if i.source == "catalog"):
        return prompts.render(lang, "revised_one_suits_occasion", number=number,
                              occasion=prompts.label(lang, "occasion", occasion))
    return None


def _his_flat_shoes_kept(lang: str, number: int) -> str:
    """"Shoes I won't sink into the grass with" of his: the look keeps them, and why (the sentence the looks' notes use)."""
    return f"{prompts.render(lang, 'revised_one_keeps_shoes', number=number)} {prompts.render(lang, 'feel_flat_men')}"


def _pieces_against(look: Outfit, tone: str) -> list[Item]:
    """The look's clothes against a tone asked (the dark ones for lighter, the light ones for darker), the most
    seen first (the top, the dress, the layer, the bottoms)."""
    order = ("top", "onepiece", "outerwear", "bottom")
    return sorted((i for i in look.items if i.slot in order and i.source == "catalog"
                   and reads_dark(i.color, i.color_family) == (tone == "light")), key=lambda i: order.index(i.slot))


# "dusty blue or sage", "네이비 아니면 베이지" (not "navy and white or something like that")
_EITHER_COLOUR = re.compile(r"\b\w+\s+or\s+(?!something|anything|whatever|so\b)\w+\b|아니면", re.IGNORECASE)


def _revise_one(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
                events: TurnEvents | None, wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """"Swap the shoes on #2", "the first one in navy": that look changes, the others stay as they are."""
    lang, looks = conversation.language, list(conversation.looks)
    number = heard.target_look or 1
    look = looks[number - 1]
    colours = heard.preferences.colors
    if len(colours) == 2 and not (heard.slots or heard.kinds) and _EITHER_COLOUR.search(heard.text):
        # ("can you do look 1 in dusty blue or sage instead": the first the catalogue has, not both at once)
        for colour in colours:
            one = replace(heard, preferences=replace(heard.preferences, colors=(colour,),
                                                     shades=tuple(s for s in heard.preferences.shades
                                                                  if s.startswith(f"{colour}:"))))
            reply, changed = _revise_one(services, conversation, prefs, one, events, wardrobe)
            if changed.looks and not _same_pieces(changed.looks[number - 1], look) or colour == colours[-1]:
                return reply, changed
    if (absent := _pointed_piece_absent(look, heard)) is not None:  # "will that skirt fly up in look 3?" of trousers
        worn = [i for i in look.items if i.slot == KIND_TO_SLOT.get(absent)] \
            or [i for i in look.items if i.slot in ("top", "bottom", "onepiece")]  # (no dress: its top and trousers)
        skirt = next((i for i in look.items if i.kind == "skirt"), None) if absent == "dress" else None
        key = "look_lacks_asked_skirt" if skirt is not None else "look_lacks_asked"
        # ("2번 원피스 바람불면 날리지 않아?" of a blouse and a skirt: the skirt is what the worry is about)
        text = prompts.render(lang, key, number=number, kind=prompts.label(lang, "kind", absent),
                              worn=prompts.listed(lang, [_piece_words(lang, i, article=False) for i in worn]),
                              skirt=_piece_words(lang, skirt, article=False) if skirt is not None else "")
        return show_looks(services, conversation, looks, text, events)
    if (elsewhere := _colour_piece_elsewhere(looks, number, heard)) is not None:
        # ("2번 좋은데 흰색 바지는 ... 다른색 없어요?" of look 2's dress: the white trousers are look 3's)
        other, piece, worn = elsewhere
        text = prompts.render(lang, "look_lacks_colour_piece", number=number, other=other,
                              piece=_piece_words(lang, piece, article=False),
                              worn=_piece_words(lang, worn))
        offer = prompts.render(lang, "recolour_on_look", number=other, kind=prompts.label(lang, "kind", piece.kind))
        reply, changed = show_looks(services, conversation, looks, text, events)
        return replace(reply, quick_replies=(offer, *reply.quick_replies[:2])), changed
    if _asks_if_kind_will_do(heard):  # "1번 신발 스니커즈 괜찮나요?", "can i wear sneakers with look 3?"
        return _kind_tried_on_look(services, conversation, prefs, heard, events, wardrobe)
    if (pieces := _pieces_to_recolour(look, heard)) and _all_in_colour(heard):
        return _recoloured_whole(services, conversation, prefs, heard, pieces, events, wardrobe)
    if pieces:  # "#1 but in navy": the piece that carries its colour, in navy (the next piece where the
        # catalogue has none of that kind in navy)
        return _piece_by_piece(services, conversation, prefs, pieces, lambda piece: replace(
            heard, slots=(piece.slot,), kinds=(piece.kind,), followups=heard.followups | {"swap"},
            preferences=replace(heard.preferences, kinds=(piece.kind,))), number, events, wardrobe)
    # ("I own a light denim jacket, would that be too casual with it?" of look 3: theirs tried on it)
    tried = picks_a_look(heard.text) or heard.owns_named and heard.question == "yesno"
    if tried and (own := _own_piece_on(look, heard, lang)) is not None:
        looks[number - 1], text = own  # ("going with look 2, I'll wear my own black shoes": theirs, whatever its own)
        return show_looks(services, conversation, looks, text, events)
    if tried and heard.owns_named and _bottom_for_a_dress(look, heard):
        # ("I'll do 1 but with my own jeans instead" of a dress look: separates first, then their jeans in them)
        reply, changed = _revise_one(services, conversation, prefs, replace(heard, owns_named=False), events, wardrobe)
        if (own := _own_piece_on(changed.looks[number - 1], heard, lang)) is not None:
            looks = list(changed.looks)
            looks[number - 1], text = own
            theirs = next((i for i in looks[number - 1].items if i.source != "catalog" and i.slot == "bottom"), None)
            dress = next(i for i in look.items if i.slot == "onepiece")
            if theirs is not None:  # (said of the dress it had, not of the separates made a moment ago)
                key = "own_piece_picked" if picks_a_look(heard.text) else "own_piece_on_look"
                text = prompts.render(lang, key, number=number, piece=theirs.name[:1].lower() + theirs.name[1:],
                                      replaced=_piece_words(lang, dress, article=False))
            return show_looks(services, changed, looks, text, events)
        return reply, changed
    if text := _fine_as_it_is(services, lang, look, number, heard, prefs):
        return show_looks(services, conversation, looks, text, events)
    if worn := _already_as_asked(look, heard):  # "#2 but swap the shoes, I only own black shoes": #2's are black
        text = prompts.render(lang, "revised_one_already", number=number, piece=_piece_words(lang, worn))
        return show_looks(services, conversation, looks, text, events)
    if (bag := _bag_at_its_end(look, heard)) is not None:  # "1번 가방 좀 작은걸로" of a clutch: as small as bags go
        text = prompts.render(lang, f"revised_one_bag_{'smallest' if size_wish(heard.text) < 0 else 'biggest'}",
                              number=number, piece=_piece_words(lang, bag))
        return show_looks(services, conversation, looks, text, events)
    if changed := _changed_in_place(lang, looks, number, heard, prefs, season_of(services, prefs)):
        looks[number - 1], text = changed
        return show_looks(services, conversation, looks, text, events)
    if heard.feel.tone in ("light", "dark") and not (heard.slots or heard.kinds or heard.preferences.colors) \
            and (against := _pieces_against(look, heard.feel.tone)):
        # "1번 너무 어두워요 좀 화사하게", "look 2 but darker": its pieces against that tone traded one at a time,
        # the top first, until one changes (the tone holds the piece traded, not the ones kept: cream trousers
        # under the charcoal blazer will do)
        untoned = conversation.evolve(feel=replace(conversation.feel, tone=None))
        reply, changed = _piece_by_piece(services, untoned, prefs, against, lambda piece: replace(
            heard, slots=(piece.slot,), followups=heard.followups | {"swap"}), number, events, wardrobe)
        return reply, changed.evolve(feel=conversation.feel)
    if heard.feel.tone == "colourful" and len(heard.slots) == 1 and not (heard.kinds or heard.preferences.colors) \
            and (piece := next((i for i in look.items if i.slot == heard.slots[0]), None)) is not None:
        # "look 2 shoes are a bit boring": that piece traded for one in a colour, the rest kept
        heard = replace(heard, followups=heard.followups | {"swap"}, preferences=replace(
            heard.preferences, avoid_colors=tuple(sorted(NEUTRAL_FAMILIES - {piece.color_family}))
            if piece.color_family not in NEUTRAL_FAMILIES else tuple(sorted(NEUTRAL_FAMILIES))))
    if heard.feel.tone == "colourful" and not (heard.slots or heard.kinds or heard.preferences.colors) \
            and (main := _main_piece(look)) is not None and main.color_family in NEUTRAL_FAMILIES:
        # "look 1 is too much like a funeral, more color?": its main piece in a colour, the rest kept
        heard = replace(heard, slots=(main.slot,), followups=heard.followups | {"swap"},
                        preferences=replace(heard.preferences, avoid_colors=tuple(sorted(NEUTRAL_FAMILIES))))
    if (misremembered := _misremembered_colour(look, heard)) is not None:  # "1번 니트 베이지 말고" of a grey knit
        piece, said_colour = misremembered
        if said_colour in LIGHT_FAMILIES and reads_dark(piece.color, piece.color_family) and _MARKS.search(heard.text):
            # ("look 3 without the white tee, clay everywhere" of a charcoal tee): dark already, it stays
            text = prompts.render(lang, "look_colour_dark_already", number=number,
                                  worn=_piece_words(lang, piece, article=False),
                                  colour=prompts.label(lang, "color_family", said_colour))
            return show_looks(services, conversation, looks, text, events)
        other = replace(heard, avoid_kinds=(), slots=(piece.slot,), kinds=(piece.kind,), followups=heard.followups | {"swap"},
                        # (never the colour ruled out: "no white sneakers, swap those" of black ones brings no white)
                        preferences=replace(heard.preferences, kinds=(piece.kind,), avoid_colors=tuple(dict.fromkeys(
                            (*heard.preferences.avoid_colors, piece.color_family, said_colour)))))
        reply, changed = _revise_one(services, conversation, prefs, other, events, wardrobe)
        said = prompts.render(lang, "look_colour_not", number=number, worn=_piece_words(lang, piece, article=False),
                              colour=prompts.label(lang, "color_family", said_colour))
        return replace(reply, text=f"{said} {reply.text}"), changed
    if heard.feel.sleek and not (heard.slots or heard.kinds) and any(i.slot == "outerwear" and puffed(i) for i in look.items):
        # "less puffy for look 1?": its padded layer gives way to a slimmer one, as warm where the cold needs it
        heard = replace(heard, slots=("outerwear",), followups=heard.followups | {"swap"})
    if (traded := _traded_piece_absent(look, heard)) is not None:  # "look 3 but sneakers instead of the boots" of pumps
        kind, worn = traded
        if traits_of(worn).kind in heard.kinds:  # (it wears the sneakers asked for already)
            text = prompts.render(lang, "look_already_not", number=number, kind=prompts.label(lang, "kind", kind),
                                  worn=_piece_words(lang, worn, article=False))
            return show_looks(services, conversation, looks, text, events)
        reply, changed = _revise_one(services, conversation, prefs, replace(heard, avoid_kinds=()), events, wardrobe)
        said = prompts.render(lang, "look_wears_not", number=number, kind=prompts.label(lang, "kind", kind),
                              worn=_piece_words(lang, worn, article=False))
        return replace(reply, text=f"{said} {reply.text}"), changed
    if (misnamed := _misnamed_piece(look, heard)) is not None:  # "swap the boots in look 1" of trainers
        kind, worn = misnamed
        plain = replace(heard, kinds=(), about_kinds=(), slots=(worn.slot,),
                        preferences=replace(heard.preferences, kinds=()))
        unnamed = replace(prefs, kinds=tuple(k for k in prefs.kinds if k != kind))  # (no boots asked for either)
        reply, changed = _revise_one(services, conversation, unnamed, plain, events, wardrobe)
        if traits_of(worn).kind in NEAR_KINDS.get(kind, ()):
            return reply, changed  # (a polo called a shirt, trainers called shoes: the same piece in their words)
        said = prompts.render(lang, "look_wears_not", number=number, kind=prompts.label(lang, "kind", kind),
                              worn=_piece_words(lang, worn, article=False))
        return replace(reply, text=f"{said} {reply.text}"), changed
    added = _swapped_kind_it_lacks(look, heard)
    if added and not heard.puts_piece_on_look:  # "replace the jacket in #1" when #1 has none
        text = prompts.render(lang, "revised_one_lacks", number=number, kind=prompts.label(lang, "kind", added))
        return show_looks(services, conversation, looks, text, events)
    # ("1번에 어떤 코트가 어울려?": #1 had none, so it gets one)
    if (absent := _ruled_out_kind_it_lacks(look, heard)) and (off := _other_layer_off(look, absent, heard)):
        # "look 1 but skip the blazer, it won't be cold" of a look in a coat: the layer it wears comes off
        looks[number - 1], layer = off
        text = prompts.render(lang, "layer_taken_off", number=number, kind=prompts.label(lang, "kind", absent),
                              worn=_piece_words(lang, layer, article=lang == "en"))
        return show_looks(services, conversation, looks, text, events)
    if absent and heard.feel.tone in ("dark", "light") and (worn := _worn_instead(look, absent)) is not None:
        # ("go with look 3 but swap the tee for a dark one" of a cream sweater: its top, darker)
        toned = replace(heard, avoid_kinds=(), kinds=(), slots=(worn.slot,))
        reply, changed = _revise_one(services, conversation, prefs, toned, events, wardrobe)
        said = prompts.render(lang, "look_wears_not", number=number, kind=prompts.label(lang, "kind", absent),
                              worn=_piece_words(lang, worn, article=False))
        return replace(reply, text=f"{said} {reply.text}"), changed
    if absent:  # "would #2 be ok without a tie?" when #2 wears none
        text = _without_what_it_lacks(lang, number, absent, prefs.occasion or "daily",
                                      dressed_down=bool(_DRESS_CODE_RELAXED.search(heard.text.lower())))
        if "swap" in heard.followups and (worn := _worn_instead(look, absent)) is not None:
            # "look 2 but swap the boots for something i can stand in" of trainers: what it wears there, said
            text = prompts.render(lang, "look_already_not", number=number, kind=prompts.label(lang, "kind", absent),
                                  worn=_piece_words(lang, worn, article=False))
        # (the rest of what is ruled out, where the look wears it; the part a cut is asked of keeps its name)
        worn = tuple(k for k in heard.avoid_kinds[1:] if any(is_of_kind(i, (excluded_kind(k),)) for i in look.items))
        cut_slot = CUT_SLOTS.get(heard.cut, "shoes") if heard.cut else None
        rest = replace(heard, avoid_kinds=worn,
                       slots=tuple(s for s in heard.slots if s != KIND_TO_SLOT.get(absent) or s == cut_slot))
        if rest.cut or rest.kinds or rest.avoid_kinds:  # "3번 넥타이 빼고 구두 대신 로퍼로": the rest is still done
            absent_slot = KIND_TO_SLOT.get(absent) or slot_of_excluded(absent)
            traded = next((i for i in look.items if i.slot == absent_slot
                           and any(KIND_TO_SLOT.get(k) == i.slot for k in rest.kinds)), None)
            if traded is not None:  # ("look 3 with shorts instead of the chinos" of jeans: the jeans go, said so)
                text = prompts.render(lang, "look_wears_not", number=number, kind=prompts.label(lang, "kind", absent),
                                      worn=_piece_words(lang, traded, article=False))
            reply, changed = _revise_one(services, conversation, prefs, rest, events, wardrobe)
            if rest.cut and cut_slot == absent_slot:  # ("3번 구두 말고 로퍼는?" of his shoes: the loafers are the answer)
                return reply, changed
            return replace(reply, text=f"{text} {reply.text}"), changed
        return show_looks(services, conversation, looks, text, events)
    avoided = heard.preferences.avoid_colors
    if avoided and not (heard.slots or heard.followups or heard.kinds) \
            and not any(shows_colour(i, avoided) for i in look.items):  # "#1 but without black" of a look with none
        colours = prompts.listed(lang, [prompts.label(lang, "color_family", c) for c in avoided], "or_join")
        return show_looks(services, conversation, looks,
                          prompts.render(lang, "revised_one_without_colour", number=number, colours=colours), events)
    others = tuple(i.id for n, o in enumerate(looks) if n != number - 1 for i in o.items)
    # "#2 is too dressy", "3번 너무 과해요 좀 심플하게": that look in another style
    said_style = heard.preferences.style if heard.preferences.style != look.style else None
    restyled = not heard.slots and ((formality_step(heard) and new_style(look.style, heard)) or said_style)
    # ("look 2 but in a different colour, no red": another colour, and not that one either)
    recoloured = not heard.slots and not heard.preferences.colors and bool(OTHER_COLOUR.search(heard.text))
    # "2번 별로", "not a fan of #3": another look of its style in its place
    replaced = heard.followups == {"swap"} and not (heard.slots or heard.kinds or heard.preferences.colors
                                                    or heard.preferences.avoid_colors)
    if (heard.preferences.colors and not heard.slots and not heard.followups - {"swap"}) or restyled or recoloured \
            or replaced:
        # (a garment asked for in its colour, "olive cargo pants", stays in the look)
        named = prefs.colors if colour_slot_for(prefs) else ()
        brief_prefs = replace(model_preferences(prefs, look), gender=look_gender(look, prefs),
                              colors=heard.preferences.colors or named)  # "the first one in navy"
        if restyled:
            brief_prefs = replace(brief_prefs, style=restyled, colors=named)
        if recoloured:  # "look 2 in another colour": not its colours again
            brief_prefs = replace(in_other_colours(brief_prefs, (look,)), colors=())
        if replaced and (main := _main_colour(look)) and main not in brief_prefs.colors:
            # "3번 별로": not the same look again in the same colours (its main piece in another one)
            brief_prefs = replace(brief_prefs, avoid_colors=tuple(dict.fromkeys((*brief_prefs.avoid_colors, main))))
        shown = conversation.evolve(shown_ids=conversation.shown_ids + others)
        floor = _worn_formality((look,)) if restyled and formality_step(heard) > 0 else None
        fresh, _brief, _anchor = new_looks(services, shown, brief_prefs, heard.wanting_more(), wardrobe, floor)
        new = replace(fresh[0], occasion=look.occasion) if fresh else look  # (still for its part of the day)
        asked = heard.preferences.colors
        if asked and not restyled and not recoloured and not _wears_colour(new, asked):
            # "#1 in dark green" where the occasion wears no green suit or shirt: #1 as it was, green in its tie
            accented = _colour_as_accent(services, conversation, look, prefs, asked)
            text = prompts.render(lang, "revised_one_accent" if accented else "revised_one_no_colour", number=number,
                                  colour=prompts.label(lang, "color_family", asked[0]),
                                  occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"),
                                  kind=prompts.label(lang, "kind", accented.kind) if accented else "")
            looks[number - 1] = _with_piece(look, accented) if accented else look
            return show_looks(services, conversation, looks, text, events)
    else:
        # ("#1 but brown shoes": the colour is the shoes', not the tie's the first message asked about)
        asked = replace(prefs, kinds=heard.kinds) if heard.slots and heard.preferences.colors else prefs
        for exclude in (conversation.shown_ids + others, ()):  # then a piece another look wears may come too
            new = revise_looks(services, (look,), heard, asked, conversation.ruled_out(heard.avoid_kinds),
                               exclude, lang, weather=conversation.weather, feel=conversation.feel,
                               seed=conversation.seed)[0]
            if not _same_pieces(new, look):
                break
    if (missed := _asked_colour_missed(look, new, heard)) is not None:  # "1번 코트만 카멜색으로": none in camel
        # ("#1 but brown shoes" under a charcoal suit at an interview: the rule, not "the catalogue has none")
        key = "revised_one_black_suit_shoes" if _black_suit_shoes(look, heard, prefs, season_of(services, prefs)) \
            else "revised_one_no_colour_piece"
        text = prompts.render(lang, key, number=number, kind=prompts.label(lang, "kind", missed),
                              colour=prompts.label(lang, "color_family", heard.preferences.colors[0]),
                              occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))
        return show_looks(services, conversation, looks, text, events)
    looks[number - 1] = new
    changed = not _same_pieces(new, look)
    said = _doing_without(lang, heard, prefs, (look,), season_of(services, prefs)) if changed else ""
    # "1번 신발 안 미끄러운 걸로": what it does now ("3번 바지 좀 더 밝은 색으로": the trousers' tone, no claim on the rest)
    felt = feel_notes(lang, heard.feel, [new]) if changed and not (heard.slots and heard.feel.tone) else ""
    mild = season_of(services, prefs) in ("spring", "summer")
    return show_looks(services, conversation, looks, said + _one_look_text(lang, heard, number, look, new, added,
                                                                          prefs.occasion or "daily", mild) + felt,
                      events)


def _same_pieces(one: Outfit, other: Outfit) -> bool:
    """The same pieces, in whatever order (a rebuilt look lists its pieces afresh)."""
    return sorted(i.id for i in one.items) == sorted(i.id for i in other.items)


def _black_suit_shoes(look: Outfit, heard: Understanding, prefs: Preferences, season: str) -> bool:
    """Brown shoes asked under black or charcoal tailoring where the dress code is formal (chains/compose.py
    keeps them out: a dark city suit takes black shoes)."""
    code = dress_code(prefs.occasion or "daily", season)
    return "shoes" in heard.slots and heard.preferences.colors[:1] == ("brown",) and code.target >= FORMAL_RANK \
        and bool(brown_shoes_under_black(replace(look, items=tuple(
            replace(i, color_family="brown") if i.slot == "shoes" else i for i in look.items)).items))


def _wears_colour(look: Outfit, colours: Sequence[str]) -> bool:
    """Whether a worn piece (not a watch or a bag) of the look is in one of the colours."""
    return any(i.slot in WORN_SLOTS and i.color_family in colours for i in look.items)


# Where a colour the occasion keeps off the clothes may still show, in the order a stylist tries
ACCENT_SLOTS = ("tie", "accessory", "bag")


def _colour_as_accent(services: AgentServices, conversation: ConversationState, look: Outfit, prefs: Preferences,
                      colours: Sequence[str]) -> Item | None:
    """A tie (a suit without one gets one), a scarf or a bag of the look in the colour, as the occasion allows."""
    brief = conversation_brief(services, conversation, prefs, conversation.avoid_kinds)
    gender = look_gender(look, prefs)
    held = {plan_slot(i): i for i in look.items}
    tailored = any(i.kind == "blazer" for i in look.items) and gender == "men"
    for slot in ACCENT_SLOTS:
        if slot not in held and not (slot == "tie" and tailored):
            continue
        pool = fetch_slot(services.catalog, slot, gender, replace(prefs, colors=tuple(colours)), brief, ())
        kind = held[slot].kind if slot in held else "tie"
        if found := next((i for i in pool if i.color_family in colours and i.kind == kind), None):
            return found
    return None


def _with_piece(look: Outfit, piece: Item, giver: Outfit | None = None) -> Outfit:
    """The look with the piece in its slot (added where it had none); a dress takes the place of the top and the
    bottom ("3번 코트랑 1번 원피스 같이": look 3's coat over look 1's dress, no trousers under it), and a top or a
    bottom from a `giver` look takes the dress's, with the piece worn beside it there."""
    slot = plan_slot(piece)
    replaced = {"top", "bottom", "onepiece"} if slot == "onepiece" else {slot}
    other = {"top": "bottom", "bottom": "top"}.get(slot)
    beside = next((i for i in giver.items if i.slot == other), None) if giver and other else None
    added = [piece]
    if beside is not None and any(i.slot == "onepiece" for i in look.items):
        replaced, added = {slot, other, "onepiece"}, [piece, beside]
    items = [i for i in look.items if plan_slot(i) not in replaced] + added
    return replace(look, items=tuple(items))


def _one_look_text(lang: str, heard: Understanding, number: int, look: Outfit, new: Outfit, added: str | None,
                   occasion: str, mild: bool = False) -> str:
    """What became of the one look: changed (the asked piece named when asked which), already warm, no such
    cut, or nothing that suits."""
    if not _same_pieces(new, look):
        asked = [i for i in new.items if i not in look.items and i.kind in heard.kinds]
        named = prompts.render(lang, "piece_for_look", number=number, piece=_piece_words(lang, asked[0])) \
            + " " if asked and (heard.question == "pairing" or heard.asks_which) else ""  # "what colour scarf with #1?"
        if named and asked[0].kind == "jewellery":  # ("what jewellery should I wear with look 1?": its metal)
            named = jewellery_note(lang, [(number, new)], heard.text) + " "
        key = "revised_one_added" if added else "revised_one"
        if asked and heard.material and not any(_made_of(i, heard.material) for i in asked):
            # "#3 but with a leather jacket" where the catalogue has none: the nearest, said so
            return named + prompts.render(lang, "revised_one_no_material", number=number,
                                          material=prompts.label(lang, "material", heard.material),
                                          kind=prompts.label(lang, "kind", asked[0].kind))
        if key == "revised_one" and not named and (swap := _swap_words(lang, look, new)):
            # ("can I wear look 1 with brown shoes?": yes, and here it is)
            said = prompts.render(lang, "yes_lead") if heard.question == "yesno" else ""
            return said + prompts.render(lang, "revised_one_swapped", number=number, **swap)
        if key == "revised_one" and heard.followups == {"swap"} and not (heard.slots or heard.kinds or heard.feel
                                                                        or OTHER_COLOUR.search(heard.text)):
            # "drop look 2", "2번 별로": another look
            return prompts.render(lang, "revised_one_new_look", number=number)
        if key == "revised_one" and not named and (how := _reshaped_said(lang, [(number, look, new)], whole=False)):
            return how + " " + prompts.render(lang, "others_stay")  # a look rebuilt ("make it more formal")
        if key == "revised_one" and not named and (said := _changes_said(lang, [look] * number, [look] * (number - 1) + [new])):
            return said + " " + prompts.render(lang, "others_stay")  # ("warmer": the boots that came, said, not "a change")
        return named + prompts.render(lang, key, number=number, kind=prompts.label(lang, "kind", added) if added else "")
    if heard.followups == {"layer"} and (layer := next((i for i in look.items if i.slot == "outerwear"), None)):
        # ("what do i layer over it" of a look in a jacket: it has its layer to put on, not "nothing warmer")
        return prompts.render(lang, "revised_has_layer", numbers=number, layer=_piece_words(lang, layer, article=False))
    if LAYERING & heard.followups:  # as warm as the catalogue goes, or no warmer layer that suits the occasion
        # (a July night at a festival wants a light layer, not the wool overcoat of a winter's evening)
        # (on a trail or a day out, a fleece or a light down jacket, not a wool overcoat taken off at the door)
        key = "revised_one_warm" if _warmly_layered(look) else "revised_one_no_light_layer" if mild else \
            "revised_one_no_warm_layer_outdoors" if occasion in OUTDOOR_DAY_OCCASIONS else "revised_one_no_warm_layer"
        return prompts.render(lang, key, number=number, occasion=prompts.label(lang, "occasion", occasion))
    if heard.cut:
        return prompts.render(lang, "revised_one_no_cut", number=number, cut=prompts.label(lang, "cut", heard.cut))
    if heard.kinds == ("jewellery",) and heard.puts_piece_on_look or heard.followups == {"sparkle"}:
        # ("going with 2. maybe a statement earring?" where no catalogue piece sits with it: the metal that look
        # wants, and the size of the earrings, in words; the catalogue's "black jewellery" says nothing)
        return jewellery_note(lang, [(number, look)], heard.text)
    if "bag" in heard.kinds and (wish := size_wish(heard.text)):  # "2번 가방 좀 작은걸로" with none that suits
        return prompts.render(lang, f"revised_one_no_{'smaller' if wish < 0 else 'bigger'}_bag", number=number,
                              occasion=prompts.label(lang, "occasion", occasion))
    if heard.feel.sleek and (coat := next((i for i in look.items if i.slot == "outerwear" and puffed(i)), None)):
        # "less puffy for look 1?" at -10 °C where every layer warm enough is padded: kept, and said why
        return prompts.render(lang, "revised_one_padded_kept", number=number, piece=_piece_words(lang, coat, article=False))
    if heard.feel and all(heard.feel.fits(i) for i in look.items):  # "would the top in look 1 cling?": it does not
        if heard.feel == Feel(flat=True) and any(i.slot == "shoes" and i.gender == "men" for i in look.items):
            # "shoes i won't sink into the grass with" of his: no heel to sink, and what grips on wet grass
            return _his_flat_shoes_kept(lang, number)
        if heard.feel.covered and not heard.feel.comfort:  # "a version of look 1 with sleeves?": what covers the arms
            layer = next((i for i in look.items if i.slot == "outerwear"), None)
            return prompts.render(lang, "revised_one_covered_layer", number=number,
                                  layer=_piece_words(lang, layer, article=False)) if layer \
                else prompts.render(lang, "revised_one_covered_unknown", number=number)
        return prompts.render(lang, "revised_one_already_feel", number=number)
    plain = next((i for i in look.items if i.slot in heard.slots and not is_printed(i)), None) \
        if "plainer" in heard.followups else None
    if plain is not None:  # "셔츠가 너무 화려해 좀 심플하게" of a plain white polo: it is as plain as it gets
        return prompts.render(lang, "revised_one_already_plain", number=number, piece=_piece_words(lang, plain, article=False))
    if (step := formality_step(heard)) and heard.slots and "plainer" not in heard.followups:
        # "#2's shoes, less formal" under a formal shirt and blazer ("셔츠가 너무 화려해 좀 심플하게" asks for plain)
        piece = next((i for i in look.items if i.slot == heard.slots[0]), None)
        direction = "down" if step < 0 else "up"
        if piece is not None and formality_rank_of(piece) == (FORMAL_RANK if step > 0 else CASUAL_RANK):
            # ("aren't the shoes on #1 too casual?" of heels: as dressy as shoes go)
            return prompts.render(lang, f"revised_one_part_at_end_{direction}", number=number,
                                  piece=_piece_words(lang, piece, article=False))
        return prompts.render(lang, f"revised_one_step_alone_{direction}", number=number,
                              part=prompts.label(lang, "slot_plural", heard.slots[0]))
    if lacked := _named_kind_it_lacks(look, heard):  # "2번에서 청바지 빼고 면바지로" of a look in trousers: said, not "no pieces"
        kind, worn = lacked
        if heard.asks_warm:  # ("3번 원피스 저녁엔 추울까요" of a hoodie and jeans: what it wears, and whether that is
            # warm enough)
            main = [worn] if worn is not None else [i for i in look.items if i.slot in ("top", "bottom", "onepiece")]
            said = prompts.render(lang, "look_lacks_warm", number=number, kind=prompts.label(lang, "kind", kind),
                                  worn=prompts.listed(lang, [_piece_words(lang, i, article=False) for i in main]))
            return f"{said} {warm_enough(lang, number, look, heard.text)}"
        key = "look_lacks_named" if worn is not None else "look_lacks_named_none"
        return prompts.render(lang, key, number=number, kind=prompts.label(lang, "kind", kind),
                              worn=_piece_words(lang, worn) if worn is not None else "")
    return prompts.render(lang, "revised_one_none", number=number)


def _named_kind_it_lacks(look: Outfit, heard: Understanding) -> tuple[str, Item | None] | None:
    """The kind a change to one look names as the piece changed ("the blazer in look 2", "2번 가디건 색", "look 1
    but a different colour tie") when the look wears none of it, and what it wears in that part instead."""
    named = [excluded_kind(k) for k in heard.avoid_kinds] or list(heard.about_kinds or heard.kinds)
    # ("swap the shoes on look 1 for something that isn't sneakers" names the part, and sneakers only as the way out)
    parts = {m.value for m in find_terms(heard.text.lower(), SLOT_TERMS)[0]}
    for kind in named:
        slot = KIND_TO_SLOT.get(kind)
        if any(is_of_kind(i, (kind,)) for i in look.items) or slot in parts:
            continue
        return kind, _worn_instead(look, kind) if slot in WORN_SLOTS else None  # (a tie stands in no piece's place)
    return None


def _swap_words(lang: str, look: Outfit, new: Outfit) -> dict[str, str] | None:
    """"the purple top" in place of "the white top": what one look traded, slot for slot, so the reply
    says what changed (None when more than two pieces did, or a piece came without one going)."""
    went = {plan_slot(i): i for i in look.items if i not in new.items}
    came = {plan_slot(i): i for i in new.items if i not in look.items}
    if not came or set(came) != set(went) or len(came) > 2:
        return None
    words = _pieces_traded(lang, went, came)
    return None if words["new"] == words["old"] else words  # (not "the navy sweatshirt in place of the navy sweatshirt")


def _kind_with_article(lang: str, kind: str) -> str:
    """"a scarf", "an umbrella", "sunglasses" (a kind said in the plural takes none); Korean has no article."""
    word = prompts.label(lang, "kind", kind)
    return word if word == "jewellery" else with_article(lang, kind, word)


def _pieces_traded(lang: str, went: dict[str, Item], came: dict[str, Item]) -> dict[str, str]:
    """{"new": "purple top", "old": "white top"}: the pieces that came and went, slot by slot."""
    pairs = [_told_apart(lang, went[slot], came[slot]) if slot in went else
             (_piece_words(lang, came[slot], article=False),) * 2 for slot in sorted(came)]
    return {"old": prompts.listed(lang, [old for old, _ in pairs]), "new": prompts.listed(lang, [new for _, new in pairs])}


def _told_apart(lang: str, old: Item, new: Item) -> tuple[str, str]:
    """The words for a piece and the one in its place, told apart where their colour and kind are the same: by
    their formality ("the semi-formal brown shoes in place of the formal brown shoes"), else by their brands
    (not "the grey watch in place of the grey watch")."""
    words = (_piece_words(lang, old, article=False), _piece_words(lang, new, article=False))
    if words[0] != words[1]:
        return words
    levels = (traits_of(old).formality, traits_of(new).formality)
    if levels[0] != levels[1] and None not in levels:
        return tuple(f"{prompts.label(lang, 'formality', level)} {word}" for level, word in zip(levels, words))
    brands = (old.brand or old.name.split()[0], new.brand or new.name.split()[0])
    if brands[0] != brands[1]:
        return tuple(prompts.render(lang, "piece_of_brand", piece=word, brand=brand) for brand, word in zip(brands, words))
    return words


def _swap_said(lang: str, number: int, went: dict[str, Item], came: dict[str, Item]) -> str:
    """"look 1, the purple top in place of the white top": each piece beside the one it replaced where a look
    traded several ("그레이 시계 대신 블랙 시계, 블랙 가디건 대신 베이지 가디건", not two lists side by side)."""
    if len(came) < 2 or set(came) != set(went):
        return prompts.render(lang, "change_swapped", number=number, **_pieces_traded(lang, went, came))
    pairs = [prompts.render(lang, "change_pair", **dict(zip(("old", "new"), _told_apart(lang, went[slot], came[slot]))))
             for slot in sorted(came)]
    return prompts.render(lang, "change_swapped_many", number=number, pairs=prompts.listed(lang, pairs))


def _asked_colour_missed(look: Outfit, new: Outfit, heard: Understanding) -> str | None:
    """The kind of the piece a swap asked in a colour ("only #1's coat in camel") when the piece that came
    is of another colour: the look is better kept than changed against the wish."""
    colours = heard.preferences.colors
    if not colours or not heard.slots or "swap" not in heard.followups:
        return None
    old = [i for i in look.items if i.slot in heard.slots]
    came = [i for i in new.items if i.slot in heard.slots and i not in look.items]
    if any(i.color_family in colours for i in came) or not old:
        return None
    # ("look 1 with white sneakers?" over heels: no white sneakers, whatever the heels were)
    return next((k for k in heard.kinds if KIND_TO_SLOT.get(k) in heard.slots), old[0].kind)


def _made_of(item: Item, material: str) -> bool:
    """Whether the piece's name says the material ("Leather", "Faux Leather", "PU" for leather)."""
    words = {"leather": r"leather|\bpu\b|leatherette", "denim": r"denim|\bjean", "corduroy": r"cord"}
    return bool(re.search(words.get(material, material), item.name, re.IGNORECASE))


def _already_as_asked(look: Outfit, heard: Understanding) -> Item | None:
    """The look's piece a swap to one colour asks for when it is that colour already (or, no colour said, a
    kind it is already: "like look 2 but with flats" of look 2 in flats)."""
    colours = heard.preferences.colors
    # ("Look 2 with the jeans from look 3" of look 2 in jeans: look 3's pair is the point)
    if "swap" not in heard.followups or len(heard.slots) != 1 or heard.from_look:
        return None
    # (a question, a material or a cut asks for something the piece is not: "#3 but with a leather jacket")
    # ("1번 가방 좀 작은걸로": a smaller bag, whatever kind of bag it is now)
    plain_swap = not (heard.question or heard.asks_which or heard.material or heard.cut or size_wish(heard.text))
    # ("like look 2 but with flats"; not "2번에서 가방만 바꿔줘", which asks for another bag)
    if not colours and plain_swap and _WITH_A_KIND.search(heard.text.lower()) and not _ANOTHER.search(heard.text.lower()):
        named = [k for k in heard.kinds if KIND_TO_SLOT.get(k) == heard.slots[0]]
        held = next((i for i in look.items if i.slot == heard.slots[0]), None)
        return held if held is not None and len(named) == 1 and is_of_kind(held, tuple(named)) else None
    if len(colours) != 1:
        return None
    held = next((i for i in look.items if i.slot == heard.slots[0]), None)
    # ("look 2 with brown boots?" of brown oxfords: not as asked, the boots are the point)
    named = [k for k in heard.kinds if KIND_TO_SLOT.get(k) == heard.slots[0]]
    if held is None or held.color_family != colours[0] or (named and not is_of_kind(held, tuple(named))):
        return None
    return held


def _bag_at_its_end(look: Outfit, heard: Understanding) -> Item | None:
    """The look's bag when a smaller (bigger) one is asked for and it is already a clutch (a tote or a backpack)."""
    wish = size_wish(heard.text) if "bag" in heard.kinds else 0
    bag = next((i for i in look.items if i.kind == "bag"), None)
    return bag if wish and bag is not None and bag_bulk(bag) == (0 if wish < 0 else 3) else None


_ANOTHER = re.compile(r"\b(?:another|other|different|new|swap|change|replace)\b|다른|딴|바꿔|바꾸|교체")
_WITH_A_KIND = re.compile(r"\bwith\b|\bin\b|(?:으로|로|랑|하고)\b")


def _swapped_kind_it_lacks(look: Outfit, heard: Understanding) -> str | None:
    """The garment a swap names ("the jacket", "a coat") when the look has nothing in its place."""
    if "swap" not in heard.followups:
        return None
    slots = {i.slot for i in look.items}
    if "onepiece" in slots:  # ("like #1 but with jeans": the dress is what gives way)
        slots |= SEPARATES
    return next((k for k in heard.kinds if KIND_TO_SLOT.get(k) not in slots), None)


_SHOES_WORD = re.compile(r"\bshoes\b|신발", re.IGNORECASE)


def _ruled_out_kind_it_lacks(look: Outfit, heard: Understanding) -> str | None:
    """The garment "#2 without the tie" rules out when the look wears none of it ("#2 but with boots instead of
    sneakers" names what goes in that slot: it is swapped in whatever #2 wears there)."""
    if not heard.avoid_kinds or heard.followups - {"swap"}:
        return None
    kind = excluded_kind(heard.avoid_kinds[0])
    if any(KIND_TO_SLOT.get(k) == KIND_TO_SLOT.get(kind) for k in heard.kinds if k != kind):
        return None
    if "swap" in heard.followups and KIND_TO_SLOT.get(kind) == "shoes" and _SHOES_WORD.search(heard.text):
        return None  # "swap the shoes on #1 for something that isn't sneakers": its shoes change all the same
    if "swap" in heard.followups and KIND_TO_SLOT.get(kind) in _LOOSELY_NAMED \
            and any(i.slot == KIND_TO_SLOT[kind] for i in look.items):
        return None  # ("swap the loafers for something that won't sink in the sand" of lace-ups: those, misnamed)
    if any(is_of_kind(i, (excluded_kind(k),)) for k in heard.avoid_kinds[1:] for i in look.items):
        return None  # ("1번 스커트 계단 올라갈때 불편할거같아요" of a dress: skirts and dresses both out, the dress changes)
    return None if any(is_of_kind(i, (kind,)) for i in look.items) else kind


# "they said business casual": the custom of a tie is theirs to drop, no reminder of it
_DRESS_CODE_RELAXED = re.compile(r"\bbusiness[- ]casual\b|\bsmart[- ]casual\b|\bno ties?\b|비즈니스\s?캐주얼|노타이|자율\s?복장|복장\s?자율")


def _other_layer_off(look: Outfit, absent: str, heard: Understanding) -> tuple[Outfit, Item] | None:
    """A layer ruled out by another layer's name, told not asked ("skip the blazer" of a coat): the look without
    the layer it wears, and that layer; None for a question ("would #2 be ok without a jacket?") or no layer."""
    if KIND_TO_SLOT.get(absent) != "outerwear" or ASKED.search(heard.text.lower().strip()):
        return None
    layer = next((i for i in look.items if i.slot == "outerwear"), None)
    if layer is not None and absent == "coat" and traits_of(layer).kind == "blazer":
        return None  # ("2번으로 하고 코트는 빼주세요" of a look in a blazer: the coat over it, not the suit's jacket)
    return (replace(look, items=tuple(i for i in look.items if i is not layer)), layer) if layer is not None else None


def _without_what_it_lacks(lang: str, number: int, kind: str, occasion: str, dressed_down: bool = False) -> str:
    """"Look 2 has no tie already", and where the occasion expects one (and no relaxed code was said), that it is
    the custom."""
    named = {"number": number, "kind": prompts.label(lang, "kind", kind),
             "occasion": prompts.label(lang, "occasion", occasion)}
    expected = occasion in EXPECTED_PIECES.get(kind, ()) and not dressed_down
    return prompts.render(lang, "without_lacks", **named) + (" " + prompts.render(lang, "without_lacks_custom", **named)
                                                              if expected else "")


def _without_excluded(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                      heard: Understanding, outfits: list[Outfit],
                      wardrobe: Sequence[Item]) -> tuple[list[Outfit], int]:
    """"No brown" is a rule, not a wish: a look that could not lose its brown pieces is replaced by a
    new look for the same brief, or left out (the count is said) when the catalogue has none."""
    avoid_kinds = conversation.ruled_out(heard.avoid_kinds)
    brief = conversation_brief(services, conversation, prefs, avoid_kinds)
    keep = [o for o in outfits if not still_excluded(o, prefs, brief)]
    missing = len(outfits) - len(keep)
    if not missing:
        return outfits, 0
    shown = conversation.evolve(shown_ids=conversation.shown_ids + tuple(i.id for o in keep for i in o.items))
    # (hers and his on screen, a couple's looks: the new ones in both wardrobes, each in the place of its own)
    wearers = {look_gender(o, prefs) for o in outfits}
    asked = replace(prefs, gender="unisex") if len(wearers) > 1 else prefs
    fresh, _brief, _anchor = new_looks(services, shown, asked, heard.wanting_more(), wardrobe)
    kept_ids = {i.id for o in keep for i in o.items}
    spares = [o for o in fresh if not still_excluded(o, prefs, brief) and not kept_ids & {i.id for i in o.items}]
    # each replacement takes the place of the look it replaces, so look numbers keep their meaning
    placed = [o if o in keep else _spare_for(o, spares, prefs) for o in outfits]
    return [o for o in placed if o is not None], placed.count(None)


def _spare_for(look: Outfit, spares: list[Outfit], prefs: Preferences) -> Outfit | None:
    """The first new look in the same wardrobe as the one it replaces (taken from the spares)."""
    spare = next((o for o in spares if look_gender(o, prefs) == look_gender(look, prefs)), None)
    if spare is not None:
        spares.remove(spare)
    return spare


def _nothing_to_remove(lang: str, looks: Sequence[Outfit], heard: Understanding) -> str:
    """"No jeans" or "치마 안 입어" when no look on screen has any: say so (the rule still holds for the
    looks to come), rather than claim a change or a failure."""
    colours, kinds = heard.preferences.avoid_colors, heard.avoid_kinds
    # ("something less revealing": the shorts it rules out are the least of it; the covered feel changes the looks)
    # ("가디건 없이 다른 아우터로" where no look has a cardigan: a swap of what is not there is nothing to do too)
    swap_of_absent = heard.followups == {"swap"} and bool(kinds) and not heard.kinds
    # ("흰 운동화 말고 다른 색은 없어?": another colour of a piece, its "other" no wish for more looks)
    said = replace(heard, preferences=replace(heard.preferences, avoid_colors=()), kinds=(),
                   intents=heard.intents - {"more"} if all(":" in k for k in kinds) and kinds else heard.intents)
    if (heard.followups and not swap_of_absent) or heard.like_look or heard.looks_feel.said or not (colours or kinds) \
            or says_something(said):
        return ""
    worn = [i for o in looks for i in o.items if i.source == "catalog"]
    if any(shows_colour(i, colours) or is_of_kind(i, kinds) for i in worn):
        return ""
    own = next((i for o in looks for i in o.items if i.source != "catalog"
                and (shows_colour(i, colours) or is_of_kind(i, kinds))), None)
    if own is not None:  # "no red" beside the person's own red skirt: the rest has none
        mine = prompts.render(lang, "own_item", color=prompts.label(lang, "color_family", own.color_family),
                              kind=prompts.label(lang, "kind", own.kind))
        return prompts.render(lang, "nothing_else_to_remove", what=_ruled_out_names(lang, heard), own=mine)
    return prompts.render(lang, "nothing_to_remove", what=_ruled_out_names(lang, heard))


def _cold_keeps_the_layer(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                          heard: Understanding) -> bool:
    """"Less layers" where every look wears one layer and the weather needs it: nothing to take off."""
    if not heard.fewer_layers or heard.target_look:
        return False
    code = dress_code(prefs.occasion or "daily", season_of(services, prefs))
    layered = [sum(i.slot == "outerwear" for i in o.items) for o in conversation.looks]
    return (code.layer == "needed" or conversation.weather.cold) and max(layered, default=0) == 1


def _own_layer_ruled_out(looks: Sequence[Outfit], heard: Understanding) -> Item | None:
    """The person's own coat or jacket, worn in every look, when the message takes that kind off and no
    catalogue piece is of it ("can you do it without the coat, it's warm inside")."""
    if heard.followups or heard.target_look or not heard.avoid_kinds:
        return None
    worn = [i for o in looks for i in o.items]
    if any(i.source == "catalog" and is_of_kind(i, heard.avoid_kinds) for i in worn):
        return None
    return next((i for i in worn if i.source != "catalog" and i.slot == "outerwear" and is_of_kind(i, heard.avoid_kinds)),
                None)


def _every_shoe_ruled_out(heard: Understanding) -> bool:
    """Only shoes said, and only kinds ruled out ("구두 말고 다른 신발로", "no heels or flats"): other shoes
    are wanted, even a step below the occasion's dress code."""
    return set(heard.slots) == {"shoes"} and bool(heard.avoid_kinds) and not heard.preferences.avoid_colors \
        and all(KIND_TO_SLOT.get(k) == "shoes" for k in heard.avoid_kinds)


def _ruled_out_names(lang: str, heard: Understanding) -> str:
    """What the message rules out, in words: "black, skirts", "black shoes, brown shoes"."""
    names = [prompts.label(lang, "color_family", c) for c in heard.preferences.avoid_colors] + \
        [_ruled_out_words(lang, k) for k in heard.avoid_kinds]
    return prompts.listed(lang, names, "or_join")


# Pieces an occasion expects: asked "can I go without?", the answer says so before taking them off.


def _doing_without(lang: str, heard: Understanding, prefs: Preferences, looks: Sequence[Outfit], season: str) -> str:
    """"넥타이 없이 가도 되나요?", "can I skip the tie?": yes or "it's the custom, but you can", then the looks
    without it."""
    # ("something less expected than a black gown?" rules out a black dress, not every dress)
    if not heard.asks_about_look or not heard.avoid_kinds or excluded_colour(heard.avoid_kinds[0]):
        return ""
    kind = excluded_kind(heard.avoid_kinds[0])
    if not any(is_of_kind(i, (kind,)) for o in looks for i in o.items):
        return ""
    return going_without(lang, kind, prefs.occasion or "daily", season) + " "


def _worn_formality(looks: Sequence[Outfit]) -> int | None:
    """The formality the looks on screen are worn at (the median rank of their clothes and shoes): "more
    formal" looks go no lower."""
    ranks = sorted(formality_rank_of(i) for o in looks for i in o.items
                   if i.source == "catalog" and i.slot in WORN_SLOTS)
    return ranks[len(ranks) // 2] if ranks else None


def _with_a_blazer(prefs: Preferences, looks: Sequence[Outfit]) -> Preferences:
    """"More formal" from classic looks: the next step up is tailoring, a blazer over each look (where the
    looks do not all wear one already, the occasion wears one and no other layer was asked for)."""
    code = dress_code(prefs.occasion or "daily", prefs.season or "fall")
    tailored = all(any(i.kind == "blazer" for i in look.items) for look in looks)
    if tailored or "blazer" in code.exclude_kinds or any(KIND_TO_SLOT.get(k) == "outerwear" for k in prefs.kinds):
        return prefs
    return replace(prefs, kinds=(*prefs.kinds, "blazer"))


def _kept_formal(lang: str, prefs: Preferences, looks: Sequence[Outfit]) -> str:
    """"More formal" from looks as formal as the catalogue's pieces go: how to dress them up further."""
    wearer = "men" if look_gender(looks[0], prefs) == "men" else "women"
    if dress_code(prefs.occasion or "daily", prefs.season or "fall").band[1] < formality_rank("formal"):
        wearer = "smart"  # (a round of golf dresses up to a collar and trousers, never to a suit and tie)
    return prompts.render(lang, f"style_end_more_formal_kept_{wearer}",
                          occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))


def _style_at_its_end(lang: str, heard: Understanding, prefs: Preferences, style: str, tailored: bool = False) -> str:
    direction = "more_formal_tailored" if tailored else "more_formal" if "more_formal" in heard.followups \
        else "less_formal"
    return prompts.render(lang, f"style_end_{direction}", style=prompts.label(lang, "style", style),
                          occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))


def _ruled_out_words(lang: str, entry: str) -> str:
    """"skirts", or a piece: "black shoes"."""
    kinds = prompts.label_variant(lang, "kind", "plural", excluded_kind(entry))
    colour = excluded_colour(entry)
    return kinds if colour is None else prompts.render(lang, "item_phrase", color=prompts.label(
        lang, "color_family", colour), kind=kinds)


# Follow-ups that ask every look to change ("warmer", "swap the shoes"): a look left as it was is named.
EVERY_LOOK_FOLLOWUPS = frozenset({"warmer", "layer", "cooler", "swap", "cheaper", "sparkle"})


def _unchanged_note(lang: str, before: Sequence[Outfit], after: Sequence[Outfit], heard: Understanding,
                    occasion: str, asked: Collection[int] | None = None) -> str:
    """"Looks 2 and 5 stay as they were", when some looks changed and these could not ("warmer": those
    already in a warm coat are said apart); `asked`: the numbers of the looks the change was for (his, of a pair)."""
    if not EVERY_LOOK_FOLLOWUPS & set(heard.followups) or len(before) != len(after):
        return ""
    same = [n for n, (old, new) in enumerate(zip(before, after), start=1)
            if old.items == new.items and (asked is None or n in asked)]
    if pieces := recoloured_pieces(heard):  # "회색 니트를 네이비로": the looks with no grey knit were never asked
        same = [n for n in same if any(is_of_kind(i, pieces) for i in before[n - 1].items)]
    if not same or len(same) == (len(before) if asked is None else len(asked)):
        return ""
    warm = [n for n in same if LAYERING & heard.followups and _warmly_layered(before[n - 1])]
    # a suit's jacket is the evening's layer ("it gets chilly at the reception"): kept on, a coat over it outside
    jacketed = [n for n in same if LAYERING & heard.followups and n not in warm and _jacketed(before[n - 1])]
    traded = [n for n in same if any(already_traded(i, heard) for i in before[n - 1].items)]  # in flats already
    # ("what do i layer over it" of a look in a cardigan: it has its layer to put on)
    layered = [n for n in same if heard.followups == {"layer"} and n not in warm + jacketed
               and any(i.slot == "outerwear" for i in before[n - 1].items)]
    rest = [n for n in same if n not in warm and n not in jacketed and n not in traded and n not in layered]
    note = " " + _looks_said(lang, "revised_already_warm", warm) if warm else ""
    if any(i.kind in ("skirt", "dress") for n in warm for i in before[n - 1].items):
        note += " " + prompts.render(lang, "warm_under_a_skirt")  # bare legs are where the cold gets in
    if traded:
        key = "revised_already_kind" if len(traded) > 1 else "revised_already_kind_one"
        note += " " + prompts.render(lang, key, numbers=_numbers(traded), kind=_traded_kind_word(lang, heard, occasion))
    if jacketed:
        key = "revised_keep_jacket_many" if len(jacketed) > 1 else "revised_keep_jacket"
        note += " " + prompts.render(lang, key, numbers=_numbers(jacketed))
    if layered:
        key = "revised_has_layer_many" if len(layered) > 1 else "revised_has_layer"
        layer = next(i for i in before[layered[0] - 1].items if i.slot == "outerwear")
        note += " " + prompts.render(lang, key, numbers=_numbers(layered), layer=_piece_words(lang, layer, article=False))
    if rest:
        key = "revised_unchanged_many" if len(rest) > 1 else "revised_unchanged"
        note += " " + prompts.render(lang, key, numbers=_numbers(rest))
    return note


def _named_piece_would_not_restyle(heard: Understanding, before: Sequence[Outfit], after: Sequence[Outfit]) -> bool:
    """"Less formal, everyone there wears hoodies": a formality wish with a garment named that changed none of
    the looks on screen (their tops could not become hoodies in place)."""
    unchanged = [o.items for o in before] == [o.items for o in after]
    return unchanged and bool(formality_step(heard) and heard.kinds and not heard.target_look)


def _feel_note(lang: str, after: Sequence[Outfit], heard: Understanding, cold: bool) -> str:
    """"nothing too tight", "darker colours pls": what the looks now do, and which still could not
    (nothing in the catalogue replaced their piece)."""
    feel = heard.looks_feel  # ("a brighter coat": the coat's shade only)
    if not feel:
        return ""
    still = [n for n, o in enumerate(after, start=1) if not all(feel.fits(i, cold) for i in o.items)]
    if not still:
        return feel_notes(lang, feel, after)
    key = "revised_unchanged_many" if len(still) > 1 else "revised_unchanged"
    return feel_notes(lang, feel, after) + " " + prompts.render(lang, key, numbers=_numbers(still))


def _numbers(looks: Sequence[int]) -> str:
    return ", ".join(str(n) for n in looks)


def _warmly_layered(look: Outfit) -> bool:
    """The look already wears a warm coat or jacket: "warmer" has nowhere further to go in the catalogue."""
    return any(i.slot == "outerwear" and traits_of(i).kind in ("jacket", "coat")  # (a cardigan is no coat)
               and warmth_rank(traits_of(i).warmth) >= warmth_rank("warm") for i in look.items)


def _layer_trade_failed(heard: Understanding, before: Sequence[Outfit], after: Sequence[Outfit]) -> bool:
    """A layer traded for a named kind ("패딩 말고 코트로", "a coat instead of the puffer") that no look could take."""
    wanted = [k for k in heard.kinds if KIND_TO_SLOT.get(k) == "outerwear"]
    traded = "swap" in heard.followups and wanted and any(slot_of_excluded(k) == "outerwear" for k in heard.avoid_kinds)
    return bool(traded) and not any(i.kind == wanted[-1] and i not in was.items
                                    for was, now in zip(before, after) for i in now.items)


def _jacketed(look: Outfit) -> bool:
    """The look wears a blazer: for a chilly evening it stays on, with a coat over it outside."""
    return any(i.slot == "outerwear" and traits_of(i).kind == "blazer" for i in look.items)


def _traded_kind_word(lang: str, heard: Understanding, occasion: str) -> str:
    """The kind a trade asked for, in the words of the occasion (track pants at the gym, not slacks)."""
    if heard.wants_puffer:
        return prompts.label_variant(lang, "kind", "plural", "puffer")
    if not heard.kinds:  # ("가디건 없이 다른 아우터로" of a look in a jacket: another layer, already)
        return prompts.render(lang, "other_than_ruled_out", kinds=prompts.label_variant(
            lang, "kind", "plural", excluded_kind(heard.avoid_kinds[0])))
    if occasion in WORKOUT_OCCASIONS:
        return prompts.label_variant(lang, "kind", "athletic", heard.kinds[-1])
    if heard.kinds[-1] == "trousers" and ANY_PANTS.search(heard.text.lower()):  # "바지로요": jeans count
        return prompts.render(lang, "any_trousers")
    return prompts.label(lang, "kind", heard.kinds[-1])


_LACES_OUT = re.compile(r"\bno laces\b|\bwithout laces\b|끈 없는")
_SLIP_ON_NAME = re.compile(r"\b(?:loafers?|moccasins?|slip[- ]?ons?|ballerinas?|ballet|pumps?|peep[- ]?toes?|mules?|heels?)\b",
                           re.IGNORECASE)


def _slips_on(item: Item) -> bool:
    """A pair with no laces to tie: heels and pumps, flats, and whatever its name says slips on."""
    return traits_of(item).kind in ("heels", "flats") or bool(_SLIP_ON_NAME.search(item.name))


def _revision_note(lang: str, before: Sequence[Outfit], after: Sequence[Outfit], heard: Understanding,
                   occasion: str, cold: bool = False) -> str:
    """Say what really changed: nothing, some pieces, or every piece."""
    old = {i.id for o in before for i in o.items}
    new = {i.id for o in after for i in o.items}
    unchanged = [o.items for o in before] == [o.items for o in after]  # (a coat may move to another look)
    if unchanged and heard.cut == "loafer" and _LACES_OUT.search(heard.text.lower()) \
            and all(_slips_on(i) for o in after for i in o.items if i.slot == "shoes"):
        return prompts.render(lang, "revised_already_laceless")  # ("no laces, no buckles" of pumps and flats)
    if unchanged and heard.cut:  # "로퍼로 바꿔줘", "면바지로" where none goes with these looks
        key = {"bottom": "revised_no_cut_bottom", "bag": "revised_no_cut_bag"}.get(CUT_SLOTS.get(heard.cut, "shoes"),
                                                                                "revised_no_cut")
        return prompts.render(lang, key, cut=prompts.label(lang, "cut", heard.cut),
                              occasion=prompts.label(lang, "occasion", occasion))
    if heard.material and heard.kinds and not any(_made_of(i, heard.material) for o in after for i in o.items
                                                  if is_of_kind(i, heard.kinds[:1])):
        # "switch the jacket to a leather one" where none suits: kept, or the nearest, and said so
        said = prompts.render(lang, "revised_no_material" if unchanged else "revised_no_material_nearest",
                              material=prompts.label(lang, "material", heard.material),
                              kind=prompts.label(lang, "kind", heard.kinds[0]), occasion=prompts.label(lang, "occasion", occasion))
        return said if unchanged else said + " " + _revision_note(lang, before, after, replace(heard, material=None),
                                                                  occasion, cold)
    if unchanged and heard.wants_puffer:  # "코트 말고 패딩으로" where the catalogue has none for the occasion
        return prompts.render(lang, "no_puffer", occasion=prompts.label(lang, "occasion", occasion))
    if unchanged and LAYERING & heard.followups:
        if all(_warmly_layered(o) for o in before):
            return prompts.render(lang, "already_warm")
        if all(any(i.slot == "outerwear" for i in o.items) for o in before):
            # ("can i layer something over" of looks that each wear a jacket or a cardigan: keep it on)
            return prompts.render(lang, "already_layered")
        return prompts.render(lang, "no_warm_layer", occasion=prompts.label(lang, "occasion", occasion))
    if unchanged and heard.feel and all(heard.feel.fits(i, cold) for o in before for i in o.items):
        # "nothing too tight" where nothing is; "60세 키 155 통통" told of looks with nothing clinging
        return prompts.render(lang, "feel_already_for_build" if heard.build == "full" else "feel_already")
    # (heat is no test a piece passes here: "what if it's really hot" of wool and blazers is no "already")
    if unchanged and heard.weather.said and not heard.weather.hot and all(heard.weather.fits(i) for o in before for i in o.items):
        return prompts.render(lang, "weather_already")  # "it's going to rain" of looks already dark and closed
    if unchanged and "cooler" in heard.followups and "outerwear" in heard.slots:
        # "아우터 좀 더 가벼운걸로" of blazers at the office: the lightest layer the occasion takes, and the rest go bare
        layered = [n for n, o in enumerate(before, 1) if any(i.slot == "outerwear" for i in o.items)]
        if not layered:
            return prompts.render(lang, "revised_no_layer_to_lighten")
        return prompts.render(lang, "revised_lightest_layer", numbers=_numbers(layered),
                              occasion=prompts.label(lang, "occasion", occasion))
    if unchanged and heard.kinds and all(any(already_traded(i, heard) for i in o.items) for o in before):
        # "레깅스 말고 조거팬츠로" where every look is in track pants already
        return prompts.render(lang, "revised_already_kind", numbers=_numbers(range(1, len(before) + 1)),
                              kind=_traded_kind_word(lang, heard, occasion))
    if unchanged and "swap" in heard.followups and len(heard.kinds) == 1 and not heard.avoid_kinds:
        # ("가디건으로 바꿔줘", "what about loafers?" where none suits): the kind asked for, named
        return _no_kind_said(lang, heard.kinds[0], occasion)
    if unchanged:
        return prompts.render(lang, "revised_none")
    if old & new and (said := _changes_said(lang, before, after)):
        return said + _rest_stays(lang, before, after)
    return prompts.render(lang, "revised_all" if not old & new else "revised")


# "that one", "이거": one look pointed at, which the words do not name
# ("no sneakers that look like gym shoes": a clause, no look pointed at)
# ("키 155에 좀 통통해요 그거 고려해서": that fact, no look)
_ONE_LOOK = re.compile(r"\b(?:that|this) (?:one|look|outfit)\b(?!\s+like\b)|(?<!\S)(?:그거|이거|그 코디|이 코디)(?=\s|$|[을를은는도만])"
                       r"(?!\s*(?:고려|감안|참고|생각해서|반영))", re.IGNORECASE)


def _which_look(lang: str, conversation: ConversationState, heard: Understanding) -> Reply | None:
    """"That one but without the jacket" with several looks on screen and none talked about: which one,
    with a button for each that says the change of it."""
    looks = conversation.looks
    said = _ONE_LOOK.search(heard.text)
    if said is None or heard.target_look or heard.like_look or len(looks) < 2:
        return None
    labels = [f"#{n}" if lang == "en" else f"{n}번" for n in range(1, len(looks) + 1)]
    buttons = tuple(_ONE_LOOK.sub(lambda _said, label=label: label, heard.text, count=1).strip() for label in labels)
    return Reply(prompts.render(lang, "which_look", count=len(looks)), "question", quick_replies=buttons)


def _rest_stays(lang: str, before: Sequence[Outfit], after: Sequence[Outfit]) -> str:
    """" The rest stays as it was." where a look did not change (never after all three of three did)."""
    kept = any(old.items == new.items for old, new in zip(before, after))
    return " " + prompts.render(lang, "rest_stays") if kept else ""


def _changes_said(lang: str, before: Sequence[Outfit], after: Sequence[Outfit]) -> str | None:
    """"Looks 1, 2 and 3 now wear a muffler too", "look 1, the black boots in place of the grey sneakers; …",
    "looks 2 and 5 go without the tie now": what changed; where a look changed more than two pieces, only
    which looks changed (None where a look went or came)."""
    if len(before) != len(after):
        return None
    changes, reshaped = [], []
    for number, (old, new) in enumerate(zip(before, after), 1):
        went = {plan_slot(i): i for i in old.items if i not in new.items}
        came = {plan_slot(i): i for i in new.items if i not in old.items}
        if came and (len(came) > 2 or (went and (set(came) != set(went) or len(
                set(_pieces_traded(lang, went, came).values())) == 1))):
            reshaped.append(number)
        elif came or went:
            changes.append((number, went, came))
    if reshaped:  # (a look rebuilt: which looks changed and how their kinds moved, not a list of every piece)
        return _reshaped_said(lang, [(n, before[n - 1], after[n - 1]) for n in sorted(reshaped + [n for n, _w, _c in changes])])
    if changes and all(not came for _n, _w, came in changes):
        return _removed_said(lang, changes)
    added = {tuple(sorted(i.kind for i in came.values())) for _n, went, came in changes if not went}
    if len(added) == 1 and all(not went for _n, went, _c in changes):  # one kind added to each: said once
        kinds = prompts.listed(lang, [_kind_with_article(lang, k) for k in next(iter(added))])
        numbers = [str(n) for n, _w, _c in changes]
        return prompts.render(lang, "revised_added_to" if len(numbers) > 1 else "revised_added_to_one",
                              numbers=prompts.listed(lang, numbers), kind=kinds)
    if len(changes) > 3:  # "swap the shoes" on six looks: new shoes on each, said once
        slots = {frozenset(came) for _n, went, came in changes if went}
        every = len(slots) == 1 and len(next(iter(slots))) == 1 and all(went and came for _n, went, came in changes)
        if every:
            return prompts.render(lang, "revised_slot_every", numbers=prompts.listed(lang, [str(n) for n, _w, _c in changes]),
                                  slot=prompts.label(lang, "slot_plural", next(iter(next(iter(slots))))))
        if sum(len(went) + len(came) for _n, went, came in changes) > 2 * len(changes):
            # (many pieces across the looks: the kinds traded and the garments recoloured, else which looks)
            return _reshaped_said(lang, [(n, before[n - 1], after[n - 1]) for n, _w, _c in changes])
        # ("warmer, 2 degrees out": a piece here, a scarf there, each said, not only "looks 1 to 6 changed")
    parts = [_swap_said(lang, n, went, came) if went and came
             else prompts.render(lang, "change_removed", number=n, old=prompts.listed(
                 lang, [_piece_words(lang, i, article=False) for i in went.values()])) if went
             else prompts.render(lang, "change_added", number=n, new=prompts.listed(
                 lang, [_piece_words(lang, i) for i in came.values()]))
             for n, went, came in changes]
    return prompts.render(lang, "revised_changes", changes="; ".join(parts))


SUMMED_SLOTS = ("top", "bottom", "outerwear", "shoes")  # (a dress counts as the top it stands in for)


def _reshaped_said(lang: str, changed: Sequence[tuple[int, Outfit, Outfit]], whole: bool = True) -> str:
    """"Looks 1 to 6 changed: shirts and tops in place of the sweaters; looks 3 and 5 without the coat": the kinds
    the change traded across the looks it rebuilt, each (number, before, after) (only which looks, where no
    garment changed kind; "" then where not `whole`)."""
    numbers = [n for n, _old, _new in changed]
    went: dict[str, dict[str, None]] = {slot: {} for slot in SUMMED_SLOTS}
    came: dict[str, dict[str, None]] = {slot: {} for slot in SUMMED_SLOTS}
    dropped: dict[str, list[int]] = {}
    added: dict[str, list[int]] = {}
    traded_in: dict[str, list[int]] = {slot: [] for slot in SUMMED_SLOTS}
    for number, was, now in changed:
        old, new = _kinds_by_slot(was), _kinds_by_slot(now)
        if new["bottom"] and not old["bottom"] and old["top"] - new["top"]:  # a dress traded for separates
            new["top"], new["bottom"], old["bottom"] = new["top"] | new["bottom"], set(), set()
        for slot in SUMMED_SLOTS:
            if old[slot] and new[slot] and old[slot] != new[slot]:
                went[slot].update(dict.fromkeys(sorted(old[slot] - new[slot])))
                came[slot].update(dict.fromkeys(sorted(new[slot] - old[slot])))
                traded_in[slot].append(number)
            for kind in (old[slot] - new[slot]) if not new[slot] else ():
                dropped.setdefault(kind, []).append(number)
            for kind in (new[slot] - old[slot]) if not old[slot] else ():
                added.setdefault(kind, []).append(number)
    # a trade made in several looks in plurals ("shirts in place of the sweaters"), in one look in the singular ("a
    # shirt in place of the sweater"), and said of the looks that made it, not of every look that changed
    plural = lambda kinds: prompts.listed(lang, [prompts.label_variant(lang, "kind", "plural", k) for k in kinds])
    one_old = lambda kinds: prompts.listed(lang, [prompts.label(lang, "kind", k) for k in kinds])
    one_new = lambda kinds: prompts.listed(lang, [_kind_with_article(lang, k) for k in kinds])
    parts = [_in_looks(lang, traded_in[slot], numbers, prompts.render(
                 lang, "kinds_traded", new=(plural if len(traded_in[slot]) > 1 else one_new)(came[slot]),
                 old=(plural if len(traded_in[slot]) > 1 else one_old)(went[slot])))
             for slot in SUMMED_SLOTS if went[slot] and came[slot]]
    if len(changed) == 1:  # ("look 2 in another colour": the navy dress in place of the black one, said first)
        parts = [prompts.render(lang, "kinds_traded", new=_piece_words(lang, new), old=_piece_words(lang, old, article=False))
                 for old, new in _recoloured_garments(changed[0][1], changed[0][2])] + parts
    else:  # ("검정 말고 좀 튀는 색으로": the looks whose kinds stayed say their pieces' new colours)
        described = {n for nums in (*traded_in.values(), *dropped.values(), *added.values()) for n in nums}
        parts += [_swap_said(lang, number, {g.slot: g for g, _c in pairs}, {g.slot: c for g, c in pairs})
                  for number, was, now in changed if number not in described
                  and (pairs := _recoloured_garments(was, now))]
    # (of one look changed, no number again: "Look 2 changed: without the jacket")
    alone = "_alone" if len(changed) == 1 else ""
    parts += [_looks_said(lang, "looks_without" + alone, nums, kind=prompts.label(lang, "kind", k))
              for k, nums in dropped.items()]
    parts += [_looks_said(lang, "looks_with" + alone, nums, kind=_kind_with_article(lang, k)) for k, nums in added.items()]
    if not parts:
        return _looks_said(lang, "revised_looks", numbers) if whole else ""
    return _looks_said(lang, "revised_looks_how", numbers, how="; ".join(parts[:3]))


def _in_looks(lang: str, traded: Sequence[int], changed: Sequence[int], said: str) -> str:
    """A change said of the looks that made it, where not every changed look did."""
    if len(traded) == len(changed):
        return said
    return _looks_said(lang, "looks_traded", traded, how=said)


def _recoloured_garments(was: Outfit, now: Outfit) -> list[tuple[Item, Item]]:
    """The garments of a look traded for one of the same kind in another colour (before, after)."""
    gone = [i for i in was.items if i not in now.items and i.slot in ("top", "bottom", "onepiece")]
    come = [i for i in now.items if i not in was.items and i.slot in ("top", "bottom", "onepiece")]
    return [(old, new) for old in gone for new in come if new.kind == old.kind and new.color_family != old.color_family]


def _kinds_by_slot(look: Outfit) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {slot: set() for slot in SUMMED_SLOTS}
    for item in look.items:
        slot = "top" if item.slot == "onepiece" else item.slot
        if slot in kinds:
            kinds[slot].add(item.kind)
    return kinds


def _removed_said(lang: str, changes: list[tuple[int, dict[str, Item], dict[str, Item]]]) -> str:
    """"Looks 1, 2 and 4 go without the tie now": pieces taken off and nothing in their place."""
    kinds = {i.kind for _n, went, _c in changes for i in went.values()}
    numbers = [n for n, _w, _c in changes]
    if len(kinds) == 1:
        return _looks_said(lang, "revised_removed", numbers, kind=prompts.label(lang, "kind", next(iter(kinds))))
    return _looks_said(lang, "revised_looks", numbers)


def _looks_said(lang: str, key: str, numbers: Sequence[int], **values: str) -> str:
    """A line about some looks by number ("Looks 1, 2 and 4 …"; "Look 3 …" for one)."""
    listed = prompts.listed(lang, [str(n) for n in numbers])
    return prompts.render(lang, key if len(numbers) > 1 else f"{key}_one", numbers=listed, **values)


def photo_on_look(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
                  events: TurnEvents | None) -> tuple[Reply, ConversationState]:
    """"Would these work with #1?" with a photo of loafers: whether they suit the occasion, and look 1 with
    them in place of its shoes (the other looks stay as they were)."""
    lang, looks, piece = conversation.language, list(conversation.looks), conversation.anchor
    assert piece is not None and heard.target_look is not None
    number, season = heard.target_look, season_of(services, prefs)
    look = looks[number - 1]
    # (in the place of the piece it replaces; "or should I get derbies?" names the other pair, not these)
    slots = [i.slot for i in look.items]
    items = tuple(piece if i.slot == piece.slot else i for i in look.items) if piece.slot in slots \
        else (*look.items, piece)
    occasion = prefs.occasion or "daily"
    looks[number - 1] = Outfit(look.style, items, why(look.style, occasion, items, lang, season), look.occasion)
    said = photo_verdict(lang, piece, occasion, season) if prefs.occasion else ""
    text = f"{said} " + prompts.render(lang, "photo_on_look", number=number, piece=prompts.label(lang, "kind", piece.kind))
    return show_looks(services, conversation, looks, text.strip(), events)


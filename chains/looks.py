"""Showing looks: new looks for a brief, their lookbooks, and the words that come with them (what
the looks are for, the pieces asked about, what the catalogue could not do)."""

from __future__ import annotations

import re

import contextvars
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import prompts
from chains.dress_code import dress_code
from chains.exclusions import is_of_kind
from chains.explain import BRAND_WORDS, NAMED_PIECE, OWN_KIND_WORDS, own_word, said_shade, style_title, why
from chains.feel import BULKY, FEELINGS, Feel, puffed
from chains.lexicon import PATTERN_TERMS
from chains.extract import Understanding
from chains.look_score import colour_slot_for
from chains.recommend import CUT_SLOTS, LOOKS_PER_STYLE, Brief, recommend_looks, resolve_brief
from chains.revise import look_gender, model_preferences, revise_looks, shifted_season
from chains.services import AgentServices, CatalogSearch
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.taste import brand_affinity, features, vector
from chains.turn import TurnEvents
from chains.rain_layer import OPEN_AIR_OCCASIONS, is_rain_shell
from chains.weather import Weather, cold_ready, rain_ready, snow_ready
from domain.colors import catalogue_colour
from domain.items import Item
from domain.rendering import Progress, Renderer, RenderRequest
from domain.vocabulary import KIND_TO_SLOT, KINDS_BY_SLOT, WEARER_OF_KIND, WOMENSWEAR_KINDS, WORN_SLOTS, season_for_month
from domain.filters import SearchFilters
from domain.traits import traits_of
from retrieval.trends import season_trend

log = logging.getLogger(__name__)


# "another like #2 but in a different colour", "2번이랑 비슷한데 다른 색으로"
# ("less boring", "너무 밋밋해", "좀 더 튀게": the same looks in the neutrals on screen were the boring part)
OTHER_COLOUR = re.compile(r"\b(?:different|another|other|new)\s+colou?rs?\b|다른\s*(?:색|컬러)|색만\s*다르|색깔만\s*다르"
                          r"|\b(?:less|too|so) boring\b|\bmore (?:interesting|colou?rful|colou?r)\b|심심|밋밋|튀게",
                          re.IGNORECASE)


STREET_OUTGROWN_AGE = 55  # the age from which streetwear (hoodies, caps, chunky trainers) is no longer offered unasked
GROWN_OUT_OF_GRAPHICS = 45  # the age from which a printed tee (a character, a slogan) reads as borrowed from a teen
SPORTY_OCCASIONS = frozenset({"workout", "gym", "hiking", "sports_day", "golf"})


def _intro(lang: str, brief, anchor: Item | None, outfits: Sequence[Outfit]) -> str:
    """What the answer shows, counted from the looks made (never the three of each style planned)."""
    occasion, count = prompts.label(lang, "occasion", brief.occasion), len(outfits)
    made = Counter(o.style for o in outfits)
    # (the brief's styles, where the looks came out in them; else the looks' own: a brief can plan none)
    styles = [s for s in dict.fromkeys(brief.styles) if made[s]] or list(made)[:2] or list(brief.styles[:1]) or ["casual"]
    if anchor is not None:
        parts = [prompts.render(lang, "outfits_anchor", color=shade_word(lang, anchor) + _pattern_said(lang, anchor),
                                kind=own_kind_word(lang, anchor))]
    elif len(styles) == 2:
        a, b = styles
        parts = [prompts.render(lang, "outfits_two_styles", style_a=prompts.label(lang, "style", a), count_a=made[a],
                                style_b=prompts.label(lang, "style", b), count_b=made[b], occasion=occasion)]
    else:
        key = "outfits_one_look" if count == 1 else "outfits_one_style"
        parts = [prompts.render(lang, key, count=count,
                                style=prompts.label(lang, "style", styles[0]), occasion=occasion)]
    if brief.mixed_genders:
        parts.append(prompts.render(lang, "gender_note"))
    if 0 < count < min(len(brief.styles), LOOKS_PER_STYLE):  # four looks where six were planned is no shortage
        parts.append(prompts.render(lang, "fewer_outfits", count=count))
    return " ".join(parts)


def render_lookbooks(services: AgentServices, outfits: list[Outfit], lang: str,
                     progress: Progress | None = None) -> tuple[list[str], str | None]:
    """One image per look, and the template key of a note when not all went as configured
    (render_fallback: none could be drawn; collage_fallback: SDXL was not available).
    Looks are drawn `renderer.parallel_renders` at a time (collages: two; SDXL: one)."""
    renderer = services.renderer
    if renderer is None or not outfits:
        return [], None

    def draw(number: int, outfit: Outfit):
        title = prompts.render(lang, "lookbook_caption", number=number, style_title=style_title(outfit.style, lang))
        return _render_one(renderer, outfit, title, _look_progress(progress, number, len(outfits)))

    workers = max(1, min(renderer.parallel_renders, len(outfits)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lookbook") as pool:
        # Each drawing runs in the caller's context: a web page's progress bar is bound to it.
        pending = [pool.submit(contextvars.copy_context().run, draw, number, outfit)
                   for number, outfit in enumerate(outfits, start=1)]
    images: list[str] = []
    fell_back = False
    for done in pending:
        try:
            path, reason = done.result()
        except Exception:  # noqa: BLE001 - any renderer fault becomes one friendly line
            log.exception("lookbook render failed")
            return images, "render_fallback"
        images.append(str(path))
        fell_back = fell_back or reason is not None
    return images, "collage_fallback" if fell_back else None


def _look_progress(progress: Progress | None, number: int, looks: int) -> Progress | None:
    """Steps of one look's render, reported as progress over all the looks of the answer."""
    if progress is None:
        return None
    return lambda done, total: progress((number - 1) * total + done, looks * total)


def _render_one(renderer: Renderer, outfit: Outfit, title: str, progress: Progress | None = None):
    """(image path, why the configured renderer was not used or None)."""
    outcome = renderer.render(RenderRequest.of(outfit.items, title, outfit.why, style=outfit.style, progress=progress))
    if outcome.fallback:
        log.warning("lookbook drawn as a collage: %s", outcome.fallback)
    return outcome.path, outcome.fallback


def show_looks(services: AgentServices, conversation: ConversationState, outfits: list[Outfit],
          intro: str, events: TurnEvents | None = None) -> tuple[Reply, ConversationState]:
    """Reply with looks (and their lookbooks); they become the looks follow-ups change."""
    lang = conversation.language
    if not outfits and conversation.looks:  # ("지하철 타면 더워요 입었다 벗었다 쉬운 걸로" at -12 °C, nothing found):
        # the looks on screen stay, said so, rather than a bare "couldn't" with nothing to look at
        return show_looks(services, conversation, list(conversation.looks), prompts.render(lang, "no_outfits_kept"), events)
    if not outfits:  # the looks on screen stay the ones follow-ups change
        return Reply(prompts.render(lang, "no_outfits"), "answer"), conversation.evolve(pending=(), questions_in_row=0)
    conversation = conversation.evolve(pending=(), questions_in_row=0, looks=tuple(outfits),
                                       shown_ids=conversation.shown_ids + tuple(i.id for o in outfits for i in o.items))
    events = events or TurnEvents()
    events.announce(Reply(intro, "outfits", outfits=tuple(outfits)), lang)  # the words and pieces, before the drawing
    images, note = render_lookbooks(services, outfits, lang, events.progress)
    text = intro + (" " + prompts.render(lang, note) if note else "")
    reply = Reply(text, "outfits", quick_replies=after_looks_choices(lang, outfits),
                  outfits=tuple(outfits), images=tuple(images))
    return reply, conversation


SWITCH_STYLES = ("casual", "minimal", "classic")


def after_looks_choices(lang: str, outfits: Sequence[Outfit]) -> tuple[str, ...]:
    """"Show me more" and the style switches to styles no look on screen has ("Minimal instead" under three minimal
    looks, or beside them, offers nothing new)."""
    shown = {o.style for o in outfits}
    switches = [prompts.choice_for(lang, "style_instead", s) for s in SWITCH_STYLES if s not in shown]
    return (prompts.choices(lang, "after_outfits")[0], *switches[:2])


def without_dressing_down(reply: Reply, occasion: str | None) -> Reply:
    """No "Casual instead" under looks for an occasion that never dresses down (a funeral, a court hearing)."""
    if not occasion or not reply.quick_replies or not dress_code(occasion, "spring").stays_formal:
        return reply
    casual = {prompts.choice_for(lang, "style_instead", "casual") for lang in prompts.LANGUAGES}
    return replace(reply, quick_replies=tuple(q for q in reply.quick_replies if q not in casual))


def conversation_brief(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                       avoid_kinds: Sequence[str] = (), formality_floor: int | None = None) -> Brief:
    """The brief for this month and the weather the conversation's request said (rain, real cold)."""
    return resolve_brief(prefs, services.today().month, avoid_kinds, conversation.weather, formality_floor,
                         conversation.feel)


def new_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
               heard: Understanding, wardrobe: Sequence[Item] = (),
               formality_floor: int | None = None) -> tuple[list[Outfit], Brief, Item | None]:
    """New looks for the brief (not those already shown when more are asked for), with the brief
    and the anchor garment they were built around."""
    lang = conversation.language
    anchor = conversation.anchor if conversation.anchor and conversation.anchor.kind else None
    if not prefs.gender:  # one person's looks: never menswear and womenswear in one answer
        prefs = replace(prefs, gender=assumed_wearer(services.catalog, conversation, prefs, heard)[0])
    avoid_kinds = conversation.ruled_out(heard.avoid_kinds)
    if (conversation.age or 0) >= GROWN_OUT_OF_GRAPHICS and "graphic_tee" not in avoid_kinds \
            and (prefs.occasion or "daily") not in SPORTY_OCCASIONS:
        # (a 58-year-old's holiday: no superhero or slogan tees; a run or the gym keeps its sportswear makers' tees)
        avoid_kinds = (*avoid_kinds, "graphic_tee")
    # ("cargo pants", "an outfit with loafers": only pieces whose names say that cut)
    brief = replace(conversation_brief(services, conversation, prefs, avoid_kinds, formality_floor), cut=heard.cut)
    if (conversation.age or 0) >= STREET_OUTGROWN_AGE and not prefs.style and "street" in brief.styles:
        # (a 62-year-old mother at a trot concert: hoodies and beanies read as her grandson's; a classic look instead)
        grown = "minimal" if "classic" in brief.styles else "classic"
        brief = replace(brief, styles=tuple(grown if s == "street" else s for s in brief.styles))
    if "shirt" in brief.avoid_kinds and prefs.gender == "men" and dress_code(brief.occasion, brief.season).dress_shirt:
        # (buttons out of reach at a wedding: the open-collared, smart looks, in a polo where the shirt would be)
        brief = replace(brief, styles=("minimal",) * len(brief.styles))
        if not any(KIND_TO_SLOT.get(k) == "top" for k in prefs.kinds):
            prefs = replace(prefs, kinds=(*prefs.kinds, "polo"))
    exclude = conversation.shown_ids if "more" in heard.intents or heard.adds_look else ()
    if exclude and (stand_ins := _named_stand_ins(conversation, prefs)):  # "my beige knit" stays in new looks
        exclude = tuple(x for x in exclude if x not in stand_ins)
    own = [i for i in wardrobe if anchor is None or i.image != anchor.image]
    affinity = taste_brand_affinity(services, conversation, prefs, own)
    looks = recommend_looks(services.catalog, prefs, brief, anchor, exclude, own, brand_affinity=affinity,
                            seed=conversation.seed)
    if brief.cut and not looks:  # none of that cut suits (no women's cargos): the nearest pieces, and said so
        brief = replace(brief, cut=None)
        looks = recommend_looks(services.catalog, prefs, brief, anchor, exclude, own, brand_affinity=affinity,
                                seed=conversation.seed)
    if exclude and (len(looks) < 2 or _layers_lost(looks, brief)):
        # a thin brief (a funeral, with few dark blazers; a December 상견례 made less stiff, with the blazers
        # all shown) or a small catalogue: the jackets, shoes and accessories already shown may come again
        # over new clothes, then anything rather than no look
        again = {i.id for o in conversation.looks for i in o.items if i.slot not in ("top", "bottom", "onepiece")}
        for fewer in (tuple(x for x in exclude if x not in again), *([()] if len(looks) < 2 else [])):
            wider = recommend_looks(services.catalog, prefs, brief, anchor, fewer, own, brand_affinity=affinity,
                                    seed=conversation.seed)
            if (len(wider), _layered(wider)) > (len(looks), _layered(looks)):
                looks = wider
                break
    return [Outfit(plan.style, tuple(items), why(plan.style, brief.occasion, items, lang, brief.season))
            for plan, items in looks], brief, anchor


def _layered(looks: Sequence[tuple[Any, list[Item]]]) -> int:
    return sum(any(i.slot == "outerwear" for i in items) for _, items in looks)


def _layers_lost(looks: Sequence[tuple[Any, list[Item]]], brief: Brief) -> bool:
    """Looks that go without the layer the season needs (the reply then says to add a coat)."""
    return dress_code(brief.occasion, brief.season).layer == "needed" and _layered(looks) < len(looks)


# Whose a garment is when the person has not said: the catalogue's own garments of its kind and colour
# decide, when one wearer has clearly more of them (pink trousers are womenswear's, an olive bomber menswear's).
WEARER_MARGIN = 2.0


DEFAULT_WEARER = "women"  # nothing to go on: one wardrobe, said, with a button to switch


TALL_FOR_HER = 183  # cm: a height said that few women reach, when whose clothes is left to us
# cm and kg together: a frame far more often a man's ("5'9 and about 82 kg, bit of a belly"), said so with a switch
TALL_AND_HEAVY = (175, 78)


def assumed_wearer(catalog: CatalogSearch, conversation: ConversationState, prefs: Preferences,
                   heard: Understanding) -> tuple[str, str]:
    """Whose clothes, when the person has not said: a kind only one wardrobe wears, wished or ruled out; the
    photographed garment's usual wearer; the looks already on screen; the named garment's usual
    wearer; else the default. With it, the key of the note that says why, and how to switch."""
    # (what the person says comes first: "하이힐은 별로" beside a blouse photo read as a jacket is womenswear)
    said = (*prefs.kinds, *heard.kinds, *conversation.ruled_out(heard.avoid_kinds))
    wearers = {WEARER_OF_KIND[k] for k in said if k in WEARER_OF_KIND}
    if len(wearers) == 1:
        return wearers.pop(), "wearer_assumed"
    anchor = conversation.anchor if conversation.anchor and conversation.anchor.kind else None
    if anchor is not None and (wearer := likely_wearer(catalog, anchor)):
        return wearer, "wearer_from_piece"
    shown = Counter(g for look in conversation.looks if (g := look_gender(look, prefs)) in ("men", "women"))
    if shown:
        return shown.most_common(1)[0][0], "wearer_assumed"
    if prefs.kinds and prefs.colors and (wearer := likely_wearer_of(catalog, prefs.kinds[0], prefs.named_colour())):
        return wearer, "wearer_from_piece"
    height, weight = heard.height_cm or conversation.body[0], heard.weight_kg or conversation.body[1]
    if height and height >= TALL_FOR_HER:  # ("키 190인데 맞는 옷이 없음": most likely menswear, said so)
        return "men", "wearer_assumed"
    if height and weight and height >= TALL_AND_HEAVY[0] and weight >= TALL_AND_HEAVY[1]:
        return "men", "wearer_assumed"
    return DEFAULT_WEARER, "wearer_assumed"


def wearer_note(lang: str, wearer: str, key: str = "wearer_from_piece") -> str:
    """"I dressed your piece in menswear ...; say "womenswear" to switch." (or, with nothing to go on,
    "you didn't say whose clothes, so ...")."""
    other = "men" if wearer == "women" else "women"
    return prompts.render(lang, key, wearer=prompts.render(lang, f"size_wear_{wearer}"),
                          other=prompts.render(lang, f"size_wear_{other}"))


def likely_wearer(catalog: CatalogSearch, piece: Item) -> str | None:
    """"men" or "women" when the catalogue's pieces of this kind and colour are mostly one wearer's."""
    return likely_wearer_of(catalog, piece.kind, piece.color_family)


def likely_wearer_of(catalog: CatalogSearch, kind: str, family: str) -> str | None:
    """The same for a garment named in words ("olive cargo pants")."""
    if kind in WOMENSWEAR_KINDS:
        return "women"
    found = {g: len(catalog.search(f"{family} {kind}", SearchFilters(
        kinds=(kind,), genders=(g,), color_families=(family,)), k=30)) for g in ("men", "women")}
    men, women = found["men"], found["women"]
    if women >= WEARER_MARGIN * max(men, 1):
        return "women"
    if men >= WEARER_MARGIN * max(women, 1):
        return "men"
    return None


def _one_more(services: AgentServices, conversation: ConversationState, new: list[Outfit],
              events: TurnEvents | None) -> tuple[Reply, ConversationState]:
    lang = conversation.language
    style = prompts.label(lang, "style", new[0].style)
    text = prompts.render(lang, "one_more" if len(new) == 1 else "some_more", count=len(new), style=style)
    own = next((i for o in new for i in o.items if i.source != "catalog"
                and not any(i.id == j.id for look in conversation.looks for j in look.items)), None)
    if own is not None:  # ("제가 아이보리 니트 있거든요 그걸로 코디 하나 해주세여": the new look is built on theirs, said)
        text = prompts.render(lang, "one_more_own", style=style, piece=own.name[:1].lower() + own.name[1:]
                              if lang == "en" else own.name)
    text += weather_notes(lang, conversation.weather, new)  # ("비 올 때 입을 것도 하나 더": what the rain asks of it)
    return show_looks(services, conversation, list(conversation.looks) + new, text, events)


def _named_stand_ins(conversation: ConversationState, prefs: Preferences) -> set[str]:
    """The pieces shown standing in for a garment the person named as theirs ("what goes with my beige
    knit?"): new looks ("more casual", "show me more") are built around them again, not around none."""
    slot = colour_slot_for(prefs)
    return {i.id for o in conversation.looks for i in o.items
            if slot and i.slot == slot and i.color_family in prefs.colors and is_of_kind(i, prefs.kinds)}


def offer_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
               heard: Understanding, events: TurnEvents | None = None,
               wardrobe: Sequence[Item] = (), formality_floor: int | None = None,
               then: tuple[Sequence[Outfit], Callable[[int], str]] | None = None) -> tuple[Reply, ConversationState]:
    """New looks for the brief, said with every note they need; `then` adds a later part of the day's looks (and
    the words for them) after these, tagging each look with its part."""
    first_looks = prefs.budget_max if not conversation.looks else None  # (a budget said before them)
    assumed = ("men", "wearer_neutral") if prefs.gender == "unisex" \
        else None if prefs.gender else assumed_wearer(services.catalog, conversation, prefs, heard)
    if assumed:  # one person's looks: never menswear and womenswear in one answer
        prefs = replace(prefs, gender=assumed[0])
    if assumed and assumed[1] == "wearer_neutral":  # gender-neutral: no tie, the most gendered piece of a suit
        conversation = conversation.evolve(avoid_kinds=conversation.ruled_out(("tie",)))
    # ("nobody wears blazers at my office": a kind wished before and ruled out now is no longer asked for)
    ruled = set(conversation.ruled_out(heard.avoid_kinds))
    prefs = replace(prefs, kinds=tuple(k for k in prefs.kinds if k not in ruled))
    # (colours said now win; the colour of the piece a trend answer offered gives way to the rising ones)
    in_trend = ("trend" in heard.intents or conversation.wants_trend) and not heard.preferences.colors
    if in_trend:  # "트렌드 반영해서 미니멀 룩": the colours rising this season (for these looks only)
        prefs = replace(prefs, colors=trend_colours(services, prefs))
    recoloured = ""
    # ("베이지 말고 다른 색으로": other than the beige, not other than every colour on screen)
    if OTHER_COLOUR.search(heard.text) and conversation.looks and not prefs.colors and not heard.preferences.avoid_colors:
        before = prefs  # "다른 색으로": not the colours on screen again
        prefs = in_other_colours(prefs, conversation.looks)
        left_out = [c for c in prefs.avoid_colors if c not in before.avoid_colors]
        recoloured = " " + prompts.render(conversation.language, "other_colours",
                                          colours=joined_labels(conversation.language, "color_family", left_out))
    outfits, brief, anchor = new_looks(services, conversation, prefs, heard, wardrobe, formality_floor)
    if not outfits and formality_floor is not None:  # nothing that dressy: as dressy as the catalogue goes
        outfits, brief, anchor = new_looks(services, conversation, prefs, heard, wardrobe)
    if not outfits and conversation.feel.palette:  # too few pieces in only those colours: looks that lean on them
        palette = conversation.feel.palette
        conversation = conversation.evolve(feel=replace(conversation.feel, palette=()))
        prefs = replace(prefs, colors=palette)
        outfits, brief, anchor = new_looks(services, conversation, prefs, heard, wardrobe)
        recoloured += " " + prompts.render(conversation.language, "palette_relaxed",
                                           colours=joined_labels(conversation.language, "color_family", palette))
    if not outfits and conversation.weather.booted:  # no boots that suit the occasion: its own shoes, changed into
        outfits, brief, anchor = new_looks(services, conversation.evolve(
            weather=replace(conversation.weather, snow=False, bitter=False)), prefs, heard, wardrobe)
        if outfits:  # (said once: the shoes the weather notes would call short are these)
            recoloured += " " + prompts.render(conversation.language, "boots_to_change_from")
            conversation = conversation.evolve(weather=replace(conversation.weather, snow=False, bitter=False))
    if not outfits and conversation.weather.rain:  # no complete look of only dark, closed pieces: the looks, and
        # the rain notes claim only what they do (an umbrella, at least)
        outfits, brief, anchor = new_looks(services, conversation.evolve(
            weather=replace(conversation.weather, rain=False)), prefs, heard, wardrobe)
    if not outfits and conversation.feel.grip:  # ("client site visits plus office days" in a Mumbai July: no
        # gripping pair suits the office in the heat) the looks in its own closed shoes, and no note claims a grip
        relaxed = conversation.evolve(feel=replace(conversation.feel, grip=False))
        outfits, brief, anchor = new_looks(services, relaxed, prefs, heard, wardrobe)
        conversation = relaxed if outfits else conversation
    if not outfits and prefs.kinds and conversation.anchor is None:
        # ("통 넓은거나 반바지" in December, where no look in shorts can be made: the looks without them, and the
        # reply says what stands in for them)
        outfits, brief, anchor = new_looks(services, conversation, replace(prefs, kinds=()), heard, wardrobe)
    if not outfits and conversation.anchor is not None and (named := [k for k in prefs.kinds if k != conversation.anchor.kind]):
        # "could I wear it to the office under a blazer?" where no blazer goes with their piece: the looks without
        # one, and the reply says what would go over it (the notes read the wish from `prefs`)
        outfits, brief, anchor = new_looks(services, conversation, replace(prefs, kinds=tuple(
            k for k in prefs.kinds if k not in named)), heard, wardrobe)
    if "sparkle" in heard.followups and outfits and not conversation.looks:  # "I want something sparkly"
        outfits, sparkle_note = _sparkled(services, conversation, prefs, heard, outfits)
        recoloured += sparkle_note
    stand_in = None
    if anchor is None and (around := around_named_piece(services, conversation, prefs, heard, outfits, wardrobe)):
        outfits, brief, stand_in, prefs = around
        anchor = stand_in
    added = heard.adds_look and bool(conversation.looks)  # ("also one for dinner": one look more, beside these)
    if heard.count or added:  # "just one outfit", "하나 더": as many as asked
        outfits = outfits[:heard.count or 1]
        brief = replace(brief, styles=brief.styles[:len(outfits)])
        if ("more" in heard.intents or added) and conversation.looks and outfits:  # "one more": beside the others
            return _one_more(services, conversation, outfits, events)
    avoid_kinds = conversation.ruled_out(heard.avoid_kinds)
    conversation = conversation.evolve(anchor=anchor, avoid_kinds=avoid_kinds, wants_trend=False)
    lang = conversation.language
    intro = _intro(lang, brief, anchor, outfits)
    if in_trend and prefs.colors:  # name them: "what are the trend colours? and a minimal look" asked
        intro += " " + _trend_worn(lang, brief.season, prefs.colors, outfits, prefs.gender)
    weather = weather_notes(lang, conversation.weather, outfits, brief.occasion) + feel_notes(lang, conversation.feel, outfits) \
        + coat_to_add(lang, brief, outfits)
    stood_in = " " + stand_in_note(lang, anchor, heard.owns_named) if anchor is not None and anchor is stand_in else ""
    if assumed and outfits:  # whose clothes was ours to choose: said, with how to switch
        stood_in += " " + wearer_note(lang, *assumed)
    later_said = ""
    if then and outfits:  # (the later part's looks numbered on from these)
        later_said = then[1](len(outfits) + 1)
        outfits = [replace(o, occasion=brief.occasion) for o in outfits] + list(then[0])
    reply, conversation = show_looks(
        services, conversation, outfits, length_note(lang, heard) + intro + stood_in + recoloured + weather
        + _shoes_named(lang, heard, outfits) + no_suit_needed(lang, heard, outfits) + no_gown_note(lang, brief, outfits)
        + named_missing(lang, prefs, outfits) + _cut_missing(lang, heard, brief, outfits)
        + _kind_missing(lang, prefs, outfits) + _budget_unknown(lang, heard, outfits, first_looks)
        + later_said, events)
    if assumed and reply.outfits:  # the other wardrobe is one tap away
        reply = replace(reply, quick_replies=(_switch_wearer(lang, assumed[0]),) + reply.quick_replies[:2])
    return reply, conversation


def _switch_wearer(lang: str, wearer: str) -> str:
    other = prompts.render(lang, "size_wear_" + ("men" if wearer == "women" else "women"))
    return prompts.render(lang, "wearer_switch", other=other[:1].upper() + other[1:])


def in_other_colours(prefs: Preferences, looks: Sequence[Outfit]) -> Preferences:
    """The brief without the three colours that carry the looks on screen (their clothes, not accessories)."""
    worn = Counter(i.color_family for o in looks for i in o.items
                   if i.source == "catalog" and i.slot in ("top", "bottom", "onepiece", "outerwear"))
    carried = tuple(family for family, _ in worn.most_common(3))
    return replace(prefs, avoid_colors=tuple(dict.fromkeys(prefs.avoid_colors + carried)))


def around_named_piece(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                       heard: Understanding, outfits: Sequence[Outfit], wardrobe: Sequence[Item] = ()
                       ) -> tuple[list[Outfit], Brief, Item, Preferences] | None:
    """"베이지 니트에 어울리는 코디" with no beige knit in the catalogue: looks built around one, as if it
    were the person's (with the brief they were made for), or None when the catalogue had it."""
    # (no look at all with it, "a grey blazer" at an interview: looks around one as if it were theirs)
    none_made = not outfits and prefs.kinds and prefs.colors and colour_slot_for(prefs) is not None
    if not none_made and not named_missing(conversation.language, prefs, outfits):
        return None
    colour = prefs.named_colour()
    piece = named_piece(conversation.language, prefs, heard.said_colour(colour), heard.cut,
                        heard.said_kind(prefs.kinds[0]) if prefs.kinds else None)
    around = replace(prefs, colors=tuple(c for c in prefs.colors if c != colour), kinds=prefs.kinds[1:],
                     piece_colours=tuple(p for p in prefs.piece_colours if p != f"{prefs.kinds[0]}:{colour}"))
    fresh, brief, _anchor = new_looks(services, conversation.evolve(anchor=piece), around, heard, wardrobe)
    return (fresh, brief, piece, around) if fresh else None


def _pattern_said(lang: str, anchor: Item) -> str:
    """" striped" where the person said their photographed piece is (its name carries the word)."""
    if anchor.source != "upload" or anchor.pattern != "printed":
        return ""
    words = (prompts.label(lang, "pattern", p) for p in PATTERN_TERMS)
    return next((f" {word}" for word in words if word in anchor.name), "")


def shade_word(lang: str, item: Item) -> str:
    """The item's colour in words: for a piece the person named, the shade they said where the catalogue
    knows it ("your mustard cardigan"), else the family's word (a photo's measured "Nude" reads odd)."""
    # (its name says the shade: "Camel coat", "Black leather jacket")
    return said_shade(item, lang) or prompts.label(lang, "color_family", item.color_family)


def stand_in_note(lang: str, piece: Item, owned: bool = False) -> str:
    """Why a piece the catalogue lacks is in the looks; where they said it is theirs ("I have a navy blazer"),
    only where it shows."""
    # (by its name, which says the shade the person said: "a mustard cardigan", not "a yellow cardigan")
    return prompts.render(lang, "named_owned" if owned else "named_stand_in", piece=piece.name[:1].lower() + piece.name[1:],
                          kind=prompts.label(lang, "kind", piece.kind))


def named_piece(lang: str, prefs: Preferences, said_colour: str | None = None, cut: str | None = None,
                said_kind: str | None = None) -> Item:
    """The garment a request names ("a beige knit"), standing in for the person's own: a swatch of its
    colour on the boards, in the shade the person said ("a mustard cardigan" is no yellow one), by the cut
    or the word said of it ("olive cargo trousers", "회색 후드티": not "olive trousers", "회색 맨투맨")."""
    kind, family = prefs.kinds[0], prefs.named_colour() or prefs.colors[0]
    said_colour = said_colour or prefs.shade_of(family)  # (said on an earlier turn: "camel coat", then "for brunch")
    of_its_kind = cut is not None and CUT_SLOTS.get(cut, "shoes") == KIND_TO_SLOT[kind]
    word = prompts.label(lang, "cut", cut) if of_its_kind else BRAND_WORDS.get(said_kind, said_kind) if said_kind in OWN_KIND_WORDS \
        else prompts.label(lang, "kind", kind)
    name = prompts.render(lang, "item_phrase", color=said_colour or prompts.label(lang, "color_family", family),
                          kind=word)
    return Item(id=f"{NAMED_PIECE}{kind}-{family}", name=name[:1].upper() + name[1:], kind=kind, slot=KIND_TO_SLOT[kind],
                color=catalogue_colour(said_colour, family), color_family=family, gender=prefs.gender or "unisex",
                source="upload")


def own_kind_word(lang: str, piece: Item) -> str:
    """What to call their piece: the word they said for it where the vocabulary's is broader ("후드티", not
    "맨투맨"), else its kind's."""
    return own_word(piece) or prompts.label(lang, "kind", piece.kind)


def named_missing(lang: str, prefs: Preferences, outfits: Sequence[Outfit]) -> str:
    """"A mustard cardigan" the catalogue has none of: said, rather than looks that quietly use another."""
    slot = colour_slot_for(prefs)
    if slot is None or not outfits or not prefs.kinds:
        return ""
    # (of its own colour: "a beige trench coat and black ankle boots" is not met by a black jacket)
    if any(i.slot == slot and i.color_family == prefs.named_colour() for o in outfits for i in o.items):
        return ""
    kind = prefs.kinds[0]
    return " " + prompts.render(lang, "named_missing", colour=prompts.label(lang, "color_family", prefs.named_colour()),
                                kind=prompts.label(lang, "kind", kind),
                                kinds=prompts.label_variant(lang, "kind", "plural", kind))


def _cut_missing(lang: str, heard: Understanding, brief: Brief, outfits: Sequence[Outfit]) -> str:
    """"Cargo pants" for a woman, where the catalogue has none: said, rather than looks that quietly wear
    plain trousers."""
    if not heard.cut or brief.cut or not outfits:
        return ""
    # (no kurta to be had: the nearest shirts, never "the nearest shoes")
    nearest = {"bottom": "trousers", "bag": "bag", "top": "shirt"}.get(CUT_SLOTS.get(heard.cut, "shoes"), "shoes")
    return " " + prompts.render(lang, "no_cut_new", cut=prompts.label(lang, "cut", heard.cut),
                                kinds=prompts.label_variant(lang, "kind", "plural", nearest))


def _kind_missing(lang: str, prefs: Preferences, outfits: Sequence[Outfit]) -> str:
    """"An outfit with a coat" where the catalogue has no men's coats: say which pieces stand in."""
    if not prefs.kinds or prefs.colors:  # ("a mustard cardigan" is named_missing's)
        return ""
    kind = prefs.kinds[0]
    slot = KIND_TO_SLOT.get(kind)
    worn = [i.kind for o in outfits for i in o.items if i.slot == slot and i.source == "catalog"]
    if not worn and slot == "outerwear" and outfits:  # "a little jacket or cardigan in case it gets chilly"
        asked = [prompts.label_variant(lang, "kind", "plural", k) for k in prefs.kinds if KIND_TO_SLOT.get(k) == slot]
        return " " + prompts.render(lang, "layer_missing", kinds=prompts.listed(lang, asked, "or_join"),
                                    occasion=prompts.label(lang, "occasion", prefs.occasion or "daily"))
    if not worn:
        return ""
    if slot == "accessory":  # ("I like to wear a hat" at church: no bag stands in for a hat; the looks go without)
        without = [n for n, o in enumerate(outfits, start=1) if not any(i.kind == kind for i in o.items)]
        key = "accessory_partly" if len(without) < len(outfits) else "accessory_missing"
        return " " + prompts.render(lang, key, kinds=prompts.label_variant(lang, "kind", "plural", kind),
                                    kind=prompts.label(lang, "kind", kind), numbers=", ".join(map(str, without))) \
            if without else ""
    if kind in worn:  # "롱코트 코디": the catalogue's few coats go round some looks, jackets stand in on the rest
        without = [n for n, o in enumerate(outfits, start=1) if not any(i.kind == kind for i in o.items)]
        others = [i.kind for n in without for i in outfits[n - 1].items if i.slot == slot and i.kind != kind]
        if not without or not others:
            return ""
        return " " + prompts.render(lang, "kind_partly", kinds=prompts.label_variant(lang, "kind", "plural", kind),
                                    numbers=", ".join(map(str, without)),
                                    others=prompts.label_variant(lang, "kind", "plural", max(set(others), key=others.count)))
    other = max(set(worn), key=worn.count)
    return " " + prompts.render(lang, "kind_missing", kinds=prompts.label_variant(lang, "kind", "plural", kind),
                                kind=prompts.label(lang, "kind", kind),
                                others=prompts.label_variant(lang, "kind", "plural", other),
                                other=prompts.label(lang, "kind", other))


def _trend_worn(lang: str, season: str, colours: Sequence[str], outfits: Sequence[Outfit],
                gender: str | None = None) -> str:
    """Name the trend colours (of whose listings: menswear's differ from womenswear's), and claim only
    those the looks really wear (on clothes or shoes)."""
    worn = [c for c in colours if any(i.color_family == c for o in outfits for i in o.items if i.slot in WORN_SLOTS)]
    listings = prompts.render(lang, f"trend_listings_{gender if gender in ('men', 'women') else 'plain'}")
    named = {"season": prompts.label(lang, "season", season), "colors": joined_labels(lang, "color_family", colours),
             "listings": listings}
    if not worn:
        return prompts.render(lang, "trend_looks_none", **named)
    return prompts.render(lang, "trend_looks", **named, worn=joined_labels(lang, "color_family", worn))


# A budget said with no figure: "cheap fits for uni", "tight budget", "가성비 코디" (not "don't want to look cheap")
_ON_A_BUDGET = re.compile(r"(?<!look )(?<!looks )(?<!looking )(?<!too )(?<!less )(?<!so )\bcheap\b(?![\s-]*looking)"
                          r"|\b(?:on a|tight|low|small|limited) budget\b|\bbudget[- ]friendly\b|\baffordable\b"
                          r"|\binexpensive\b|가성비|저렴이|(?<!비)싸게(?!\s*보)", re.IGNORECASE)


def _budget_unknown(lang: str, heard: Understanding, outfits: Sequence[Outfit], budget_left: float | None = None) -> str:
    """"Under $50" with a catalogue that has no prices: say so, rather than seem to have kept to it
    (`budget_left`: a budget said before the first looks, "10만원 안으로 가능?" then "남자요"; "cheaper options"
    answering a question is a budget too)."""
    asked = heard.preferences.budget_max or budget_left or "cheaper" in heard.followups or _ON_A_BUDGET.search(heard.text)
    if not asked or not outfits:
        return ""
    priced = any(i.price is not None for o in outfits for i in o.items if i.source == "catalog")
    return "" if priced else " " + prompts.render(lang, "budget_unknown")


def weather_notes(lang: str, weather: Weather, outfits: Sequence[Outfit], occasion: str | None = None) -> str:
    """What the looks do for the weather said: keep to dark, closed pieces in the rain, a warm layer on
    each in the cold (only when each has one), boots in the snow."""
    if not outfits:
        return ""
    warm_layers = all(any(i.slot == "outerwear" and cold_ready(i) for i in o.items) for o in outfits)
    # only what every look does is claimed; shoes the catalogue could not match to the snow are said so
    dry = all(rain_ready(i) for o in outfits for i in o.items if i.source == "catalog")
    shod = all(snow_ready(i) for o in outfits for i in o.items if i.slot == "shoes" and i.source == "catalog")
    hard_cold = weather.bitter and not weather.snow
    shells = all(any(is_rain_shell(i) for i in o.items) for o in outfits)
    skirted = any(i.kind in ("skirt", "dress") for o in outfits for i in o.items)
    layered = all(any(i.slot == "outerwear" for i in o.items) for o in outfits)
    capped = any(traits_of(i).kind in ("hat", "scarf") for o in outfits for i in o.items)  # (not claimed where none is)
    # (a run in the cold wears a track jacket over warm layers, not a coat: said as such)
    layers = [i for o in outfits for i in o.items if i.slot == "outerwear"]
    sporty = bool(layers) and all(traits_of(i).formality == "athletic" for i in layers)
    # (at a festival or on a trail no umbrella: the shell, or a poncho to pack where a look has none)
    open_air = "_open_air" if occasion in OPEN_AIR_OCCASIONS else ""
    keys = [key for key, said in ((f"rain_ready{'' if skirted else '_trousers'}", weather.rain and dry),
                                  ("rain_shells" + open_air, weather.rain and shells),
                                  # (no rain jacket: a dressy layer kept, or a coat for the cold)
                                  ("rain_umbrella" + open_air, weather.rain and not shells),
                                  ("cold_ready_sport" if sporty else "cold_ready", weather.cold and warm_layers),
                                  ("snow_ready", weather.snow and shod), ("snow_shoes_short", weather.snow and not shod),
                                  ("hard_cold_ready", hard_cold and shod), ("hard_cold_shoes_short", hard_cold and not shod),
                                  ("hard_cold_extras", weather.booted and capped),
                                  ("hard_cold_extras_bring", weather.booted and not capped), ("slopes_gear", weather.slopes),
                                  ("evening_layer", weather.evening and layered))
            if said]
    return "".join(" " + prompts.render(lang, key) for key in keys)


LAYERS_KEPT_OUT = frozenset({"jacket", "coat"})  # a layer ruled out: no coat is said to be missing


def no_coat_note(lang: str, occasion: str, outfits: Sequence[Outfit]) -> str:
    """The looks with no coat warm enough for the cold, and what goes over them outside ("" where each has one)."""
    # (their own coat, "I have a beige trench coat", is the coat they chose to wear: no other asked of it)
    bare = [n for n, o in enumerate(outfits, 1)
            if not any(i.slot == "outerwear" and (cold_ready(i) or i.source != "catalog") for i in o.items)]
    if not bare:
        return ""
    if len(bare) < len(outfits):
        key = "winter_some_no_coat" if len(bare) > 1 else "winter_some_no_coat_one"
        return " " + prompts.render(lang, key, numbers=prompts.listed(lang, [str(n) for n in bare]))
    return " " + prompts.render(lang, "winter_no_coat", occasion=prompts.label(lang, "occasion", occasion))


def coat_to_add(lang: str, brief: Brief, outfits: Sequence[Outfit]) -> str:
    """A winter answer whose looks wear no warm layer (the catalogue has no men's overcoats): say what
    goes over them outside."""
    if brief.season != "winter" or not outfits or any(
            i.slot == "outerwear" and cold_ready(i) for o in outfits for i in o.items):
        return ""
    if dress_code(brief.occasion, brief.season).layer != "needed":  # a heated gym: the coat is the locker's
        return ""
    if LAYERS_KEPT_OUT & set(brief.avoid_kinds):  # ("you can't bring a jacket in, only what you're wearing")
        return ""
    return no_coat_note(lang, brief.occasion, outfits)


def no_gown_note(lang: str, brief: Brief, outfits: Sequence[Outfit]) -> str:
    """Black tie from this catalogue: it has no floor-length gowns and no dinner suits or bow ties, and the
    reply says its dresses (its darkest tailoring and long tie) stand in."""
    if brief.occasion != "black_tie" or not outfits:
        return ""
    if any(i.slot == "onepiece" for o in outfits for i in o.items):
        return " " + prompts.render(lang, "black_tie_no_gown")
    if any(i.gender == "men" for o in outfits for i in o.items):
        return " " + prompts.render(lang, "black_tie_no_dinner_suit")
    return ""


def feel_notes(lang: str, feel: Feel, outfits: Sequence[Outfit]) -> str:
    """What the looks do for the feel asked ("nothing too tight", "no cotton"): each said once."""
    if not feel or not outfits:
        return ""
    # (a feeling is claimed only where every look keeps it: "nothing tight" is not said beside leggings a look
    # kept from before)
    kept = [f for f in FEELINGS if getattr(feel, f)
            and all(Feel(**{f: True}).fits(i, cold=True) for o in outfits for i in o.items)]
    toned = feel.tone and all(Feel(tone=feel.tone).fits(i) for o in outfits for i in o.items)
    keys = [f"feel_{f}" for f in kept] + ([f"feel_tone_{feel.tone}"] if toned else [])
    if "feel_modest" in keys and "feel_covered" in keys:  # (the knees' note says the arms' too)
        keys.remove("feel_covered")
    if "feel_sleek" in keys and any(puffed(i) or BULKY.search(i.name) for o in outfits for i in o.items
                                    if i.slot == "outerwear"):
        keys[keys.index("feel_sleek")] = "feel_sleek_cold"  # the warm layer stayed for the cold
    if "feel_flat" in keys and all(i.gender == "men" for o in outfits for i in o.items if i.slot == "shoes"):
        keys[keys.index("feel_flat")] = "feel_flat_men"  # his shoes have no heel to sink: why they hold on grass
    if "feel_bump" in keys and not any(i.slot == "onepiece" for o in outfits for i in o.items):
        keys[keys.index("feel_bump")] = "feel_bump_separates"  # no easy dress fitted: said, not claimed
    notes = [prompts.render(lang, key) for key in keys]
    if feel.palette and all(Feel(palette=feel.palette).fits(i) for o in outfits for i in o.items):
        key = "feel_palette_beside" if feel.beside else \
            "feel_palette_many" if feel.leather_allowed else "feel_palette"  # (black or brown leather too)
        notes.append(prompts.render(lang, key, colours=joined_labels(lang, "color_family", feel.palette),
                                    beside=prompts.label(lang, "color_family", feel.beside) if feel.beside else ""))
    if feel.fabrics_out:
        kinds = prompts.render(lang, "feel_fabric_kinds") if "cotton" in feel.fabrics_out else ""
        notes.append(prompts.render(lang, "feel_fabric", fabrics=joined_labels(lang, "fabric", feel.fabrics_out),
                                    kinds=kinds))
    return "".join(" " + note for note in notes)


def length_note(lang: str, heard: Understanding) -> str:
    """"Longer skirt pls": the catalogue records no length, so trousers stand in, and the reply says why."""
    return prompts.render(lang, "length_unknown") + " " if heard.longer and heard.avoid_kinds else ""


def knee_length_note(lang: str, outfits: Sequence[Outfit], asked_of: int | None = None) -> str:
    """"치마는 짧은거 말고 무릎 정도로": the looks keep their skirts and dresses, and the reply says which, and that
    the catalogue records no length (its page shows it), rather than trade them for trousers unasked. Asked of
    one look ("2번 원피스 무릎 아래 길이 맞아요?"): that look's skirt or dress, whose length no one here knows."""
    numbers = [n for n, o in enumerate(outfits, 1) if any(i.kind in ("skirt", "dress") for i in o.items)]
    if asked_of in numbers:
        kind = next(i.kind for i in outfits[asked_of - 1].items if i.kind in ("skirt", "dress"))
        return prompts.render(lang, "knee_length_asked", number=asked_of, kind=prompts.label(lang, "kind", kind))
    if not numbers:
        return prompts.render(lang, "knee_length_none")
    return prompts.render(lang, "knee_length_kept" if len(numbers) > 1 else "knee_length_kept_one", numbers=prompts.listed(lang, [str(n) for n in numbers], "and_join"))


def no_suit_needed(lang: str, heard: Understanding, outfits: Sequence[Outfit]) -> str:
    """"I don't own a suit": say how the looks stand without one (a blazer over trousers of another
    colour, or dressed up with no jacket at all)."""
    if not heard.no_suit or not outfits:
        return ""
    blazers = any(i.kind == "blazer" for o in outfits for i in o.items)
    return " " + prompts.render(lang, "no_suit_blazer" if blazers else "no_suit_none")


def _shoes_named(lang: str, heard: Understanding, outfits: Sequence[Outfit]) -> str:
    """"I need shoes for a wedding", "what trousers go with these shoes?": the answer names the asked
    piece of each look, not only the looks (never the person's own piece)."""
    asked = [k for k in heard.kinds if k not in heard.about_kinds and k in KIND_TO_SLOT]
    kind = asked[0] if heard.question == "pairing" and asked else "shoes"
    slot = KIND_TO_SLOT[kind]
    if heard.followups or (slot == "shoes" and ("shoes" not in heard.slots or any(
            KIND_TO_SLOT.get(k) == "shoes" for k in heard.kinds))):
        return ""
    pieces = [f"{number}. {prompts.label(lang, 'color_family', i.color_family)} {prompts.label(lang, 'kind', i.kind)}"
              for number, outfit in enumerate(outfits, start=1) for i in outfit.items
              if i.slot == slot and i.source == "catalog"]
    # ("코디별 신발", not "구두" over trainers: the part of the look, unless a kind was asked)
    what = prompts.label_variant(lang, "kind", "plural", kind) if asked else prompts.label(lang, "slot", slot)
    return " " + prompts.render(lang, "pieces_named", what=what, pieces=", ".join(pieces)) if pieces else ""


def joined_labels(lang: str, group: str, values: Sequence[str]) -> str:
    return prompts.render(lang, "and_join", a=prompts.label(lang, group, values[0]),
                          b=prompts.label(lang, group, values[1])) if len(values) == 2 \
        else ", ".join(prompts.label(lang, group, v) for v in values)


def more_like(services: AgentServices, conversation: ConversationState, prefs: Preferences,
               heard: Understanding, events: TurnEvents | None,
               wardrobe: Sequence[Item] = (), floor: int | None = None) -> tuple[Reply, ConversationState]:
    """"Another one like #2": looks in its style, colours and wearer's clothes, added below the
    looks on screen (which stay); none less formal than `floor` where one is given ("like #2 but dressier")."""
    looks = conversation.looks
    number = min(heard.like_look or 1, len(looks))
    model = looks[number - 1]
    brief_prefs = replace(model_preferences(prefs, model), gender=look_gender(model, prefs))
    fresh = heard.wanting_more()
    if brief_prefs.gender == "women" and not brief_prefs.kinds:  # her dress brings dresses, separates separates
        dress = next((i.kind for i in model.items if i.slot == "onepiece" and i.source == "catalog"), None)
        brief_prefs = replace(brief_prefs, kinds=(dress,)) if dress else brief_prefs
        fresh = fresh if dress else replace(fresh, avoid_kinds=fresh.avoid_kinds + KINDS_BY_SLOT["onepiece"])
    if heard.preferences.colors:  # "like #1 but in blue"
        brief_prefs = replace(brief_prefs, colors=heard.preferences.colors)
    elif OTHER_COLOUR.search(heard.text):  # "like #1 but in a different colour": not its colours again
        brief_prefs = replace(brief_prefs, colors=(), avoid_colors=tuple(dict.fromkeys(
            brief_prefs.avoid_colors + brief_prefs.colors)))
    warmth = [f for f in ("warmer", "cooler") if f in heard.followups]
    if warmth:  # "like #2 but warmer, the venue is outdoors": its style and colours, a season colder
        brief_prefs = replace(brief_prefs, season=shifted_season(season_of(services, prefs), heard))
    conversation = conversation.evolve(liked=conversation.liked + model.items)
    new, _brief, _anchor = new_looks(services, conversation, brief_prefs, fresh, wardrobe, floor)
    if not new and floor is not None:  # nothing that dressy: as dressy as the catalogue goes
        new, _brief, _anchor = new_looks(services, conversation, brief_prefs, fresh, wardrobe)
    new = new[:heard.count] if heard.count else new  # "one more like #2"
    new = [replace(o, occasion=model.occasion) for o in new]  # (like a part's look: for that part of the day)
    lang = conversation.language
    key = {0: "more_like_none", 1: "more_like_one"}.get(len(new), "more_like")
    text = prompts.render(lang, key, count=len(new), number=number)
    if warmth and new:
        text += " " + prompts.render(lang, f"more_like_{warmth[0]}", season=prompts.label(lang, "season", brief_prefs.season))
    kept = list(looks)
    if heard.dropped_look and heard.dropped_look <= len(looks) and new:  # "not look 3, more like look 1"
        del kept[heard.dropped_look - 1]
        text += " " + prompts.render(lang, "look_dropped", number=heard.dropped_look)
    return show_looks(services, conversation, kept + new, text, events)


def _sparkled(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
              outfits: list[Outfit]) -> tuple[list[Outfit], str]:
    """The first looks with their jewellery and bags traded for ones that catch the light, where the catalogue
    has them (as "sparklier" does to looks on screen), and the note that says so when any did."""
    sparkled = revise_looks(services, tuple(outfits), replace(heard, followups=frozenset({"sparkle"})), prefs,
                            conversation.ruled_out(heard.avoid_kinds), (), conversation.language,
                            weather=conversation.weather, feel=conversation.feel, seed=conversation.seed)
    note = " " + prompts.render(conversation.language, "sparkle_added") if sparkled != outfits else ""
    return sparkled, note


def season_of(services: AgentServices, prefs: Preferences) -> str:
    return prefs.season or season_for_month(services.today().month)


def trend_colours(services: AgentServices, prefs: Preferences) -> tuple[str, ...]:
    """The two colours rising most in the season (looks "in the trend")."""
    found = season_trend(season_of(services, prefs), prefs.gender)
    return tuple(r.value for r in found.colors[:2]) if found else ()


def taste_features(conversation: ConversationState, prefs: Preferences,
                    wardrobe: Sequence[Item] = ()) -> list[list[str]]:
    """What we know of the user's taste: stated style and colours, owned and liked pieces."""
    stated = [[f"style:{prefs.style}"] * 2] if prefs.style else []
    stated += [[f"color:{c}"] for c in prefs.colors]
    owned = ([conversation.anchor] if conversation.anchor else []) + list(wardrobe)
    return stated + [features(i.styles, i.color_family, i.kind) for i in (*owned, *conversation.liked)]


def taste_brand_affinity(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                    wardrobe: Sequence[Item]) -> dict[str, float]:
    """Brand -> closeness to the user's taste, for the composer's tie-break ({} without brand data)."""
    if services.brand_profiles is None:
        return {}
    return brand_affinity(vector(taste_features(conversation, prefs, wardrobe)), services.brand_profiles())

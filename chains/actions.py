"""What the agent does once it has decided: read a photo, ask, or recommend looks (with lookbooks)."""

from __future__ import annotations

import contextvars
import hashlib
import logging
import re
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from langgraph.runtime import Runtime

import prompts
from chains.dress_code import dress_code
from chains.explain import style_title, why
from chains.extract import Understanding, find_terms
from chains.look_score import colour_slot_for
from chains.lexicon import EVENT_BRIEFS, SUIT_TERMS
from chains.exclusions import is_of_kind, shows_colour
from chains.recommend import Brief, recommend_looks, resolve_brief
from chains.router import says_something
from chains.revise import look_gender, model_preferences, new_style, revise_looks, shifted_season, still_excluded
from chains.services import AgentServices
from chains.sizes import size_phrase, suggest_sizes
from chains.state import ConversationState, Outfit, Preferences, Reply
from chains.taste import best_brands, brand_affinity, features, vector
from chains.turn import TurnContext, TurnEvents, TurnState
from chains.verdicts import verdict
from domain.colors import family_hex
from domain.items import GarmentAnalysis, Item
from domain.rendering import Progress, Renderer, RenderRequest
from domain.vocabulary import KIND_TO_SLOT, WORN_SLOTS, season_for_month, slot_of
from retrieval.trends import Rising, SeasonTrend, season_trend

log = logging.getLogger(__name__)


def _anchor_item(garment: GarmentAnalysis, kind: str | None, stored: str, prefs: Preferences, lang: str) -> Item:
    colour = prompts.label(lang, "color_family", garment.color_family)
    name = (prompts.render(lang, "your_item", color=colour, kind=prompts.label(lang, "kind", kind)) if kind
            else prompts.render(lang, "your_garment", color=colour))
    digest = hashlib.sha1(stored.encode()).hexdigest()[:12]
    return Item(id=f"upload-{digest}", name=name, kind=kind or "", slot=slot_of(kind) or "", color=garment.color,
                color_family=garment.color_family, gender=prefs.gender or "unisex", image=stored, source="upload")


NOT_ONE_GARMENT = "not one garment"  # a photo_error that is not a fault: the picture shows something else


def read_photo(services: AgentServices, path: str, heard: Understanding, conversation: ConversationState,
               prefs: Preferences) -> tuple[GarmentAnalysis | None, str | None, ConversationState]:
    """Analyse and keep the upload; the garment becomes the anchor of the next looks."""
    from domain.photos import PhotoError

    try:
        garment = services.analyze_photo(path)
        if services.is_one_garment is not None and not services.is_one_garment(path):
            return None, NOT_ONE_GARMENT, conversation  # the looks on screen and the anchor stay
        stored = services.keep_upload(path)
    except PhotoError as error:  # said in the person's language
        return None, prompts.render(conversation.language, f"photo_{error.reason}", name=error.name), conversation
    confident = garment.kind if garment.confidence >= services.kind_confidence_threshold else None
    # what the person says the garment is beats the model's reading, on screen too ("what trousers go
    # with these shoes?" says nothing about the photo: it asks for trousers)
    said = heard.about_kinds[:1]
    kind = said[0] if said else confident
    garment = replace(garment, path=stored, kind=said[0] if said else garment.kind)
    anchor = _anchor_item(garment, kind, stored, prefs, conversation.language)
    options = tuple(g.kind for g in garment.alternatives[:3])
    return garment, None, conversation.evolve(anchor=anchor, anchor_kind_options=options, questions_in_row=0)


def name_anchor(conversation: ConversationState, kind: str) -> ConversationState:
    """The user told us what the photographed garment is."""
    anchor = conversation.anchor
    assert anchor is not None
    lang = conversation.language
    name = prompts.render(lang, "your_item", color=prompts.label(lang, "color_family", anchor.color_family),
                          kind=prompts.label(lang, "kind", kind))
    return conversation.evolve(anchor=replace(anchor, kind=kind, slot=slot_of(kind) or "", name=name))


def _clarify(conversation: ConversationState, asks: tuple[str, ...],
             named_garment: bool = False) -> tuple[Reply, ConversationState]:
    lang = conversation.language
    if asks == ("kind",):
        colour = prompts.label(lang, "color_family", conversation.anchor.color_family) if conversation.anchor else ""
        options = [prompts.label(lang, "kind", k) for k in conversation.anchor_kind_options]
        buttons = list(dict.fromkeys(options + prompts.choices(lang, "kind")))
        text = prompts.render(lang, "ask_kind", color=colour)
    elif asks == ("gender",):  # the request said enough but whose clothes
        buttons = prompts.choices(lang, "gender")
        text = prompts.render(lang, "ask_gender" if named_garment else "ask_gender_brief")
    else:
        buttons = prompts.choices(lang, "occasion_style") + (prompts.choices(lang, "gender") if "gender" in asks else [])
        text = prompts.render(lang, "ask_occasion_style_gender" if "gender" in asks else "ask_occasion_style")
    state = conversation.evolve(pending=asks, questions_in_row=conversation.questions_in_row + 1,
                                gender_asked=conversation.gender_asked or "gender" in asks)
    return Reply(text, "question", asks=asks, quick_replies=tuple(buttons)), state


def _intro(lang: str, brief, anchor: Item | None, outfits: Sequence[Outfit]) -> str:
    """What the answer shows, counted from the looks made (never the three of each style planned)."""
    occasion, count = prompts.label(lang, "occasion", brief.occasion), len(outfits)
    made = Counter(o.style for o in outfits)
    styles = [s for s in dict.fromkeys(brief.styles) if made[s]] or list(brief.styles[:1])
    if anchor is not None:
        colour = prompts.label(lang, "color_family", anchor.color_family)
        parts = [prompts.render(lang, "outfits_anchor", color=colour, kind=prompts.label(lang, "kind", anchor.kind))]
    elif len(styles) == 2:
        a, b = styles
        parts = [prompts.render(lang, "outfits_two_styles", style_a=prompts.label(lang, "style", a), count_a=made[a],
                                style_b=prompts.label(lang, "style", b), count_b=made[b], occasion=occasion)]
    else:
        parts = [prompts.render(lang, "outfits_one_style", count=count,
                                style=prompts.label(lang, "style", styles[0]), occasion=occasion)]
    if brief.mixed_genders:
        parts.append(prompts.render(lang, "gender_note"))
    if 0 < count < len(brief.styles):
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


def _show(services: AgentServices, conversation: ConversationState, outfits: list[Outfit],
          intro: str, events: TurnEvents | None = None) -> tuple[Reply, ConversationState]:
    """Reply with looks (and their lookbooks); they become the looks follow-ups change."""
    lang = conversation.language
    conversation = conversation.evolve(pending=(), questions_in_row=0, looks=tuple(outfits),
                                       shown_ids=conversation.shown_ids + tuple(i.id for o in outfits for i in o.items))
    if not outfits:
        return Reply(prompts.render(lang, "no_outfits"), "answer"), conversation
    events = events or TurnEvents()
    events.announce(Reply(intro, "outfits", outfits=tuple(outfits)), lang)  # the words and pieces, before the drawing
    images, note = render_lookbooks(services, outfits, lang, events.progress)
    text = intro + (" " + prompts.render(lang, note) if note else "")
    reply = Reply(text, "outfits", quick_replies=tuple(prompts.choices(lang, "after_outfits")),
                  outfits=tuple(outfits), images=tuple(images))
    return reply, conversation


def _new_looks(services: AgentServices, conversation: ConversationState, prefs: Preferences,
               heard: Understanding, wardrobe: Sequence[Item] = ()) -> tuple[list[Outfit], Brief, Item | None]:
    """New looks for the brief (not those already shown when more are asked for), with the brief
    and the anchor garment they were built around."""
    lang = conversation.language
    anchor = conversation.anchor if conversation.anchor and conversation.anchor.kind else None
    avoid_kinds = tuple(dict.fromkeys(conversation.avoid_kinds + heard.avoid_kinds))
    brief = resolve_brief(prefs, services.today().month, avoid_kinds)
    exclude = conversation.shown_ids if "more" in heard.intents else ()
    own = [i for i in wardrobe if anchor is None or i.image != anchor.image]
    affinity = _brand_affinity(services, conversation, prefs, own)
    looks = recommend_looks(services.catalog, prefs, brief, anchor, exclude, own, brand_affinity=affinity)
    if len(looks) < 2 and exclude:
        # a thin brief (a funeral, with few dark blazers) or a small catalogue: the jackets, shoes and
        # accessories already shown may come again over new clothes, then anything rather than no look
        again = {i.id for o in conversation.looks for i in o.items if i.slot not in ("top", "bottom", "onepiece")}
        for fewer in (tuple(x for x in exclude if x not in again), ()):
            wider = recommend_looks(services.catalog, prefs, brief, anchor, fewer, own, brand_affinity=affinity)
            if len(wider) > len(looks):
                looks = wider
                break
    return [Outfit(plan.style, tuple(items), why(plan.style, brief.occasion, items, lang, brief.season))
            for plan, items in looks], brief, anchor


def _recommend(services: AgentServices, conversation: ConversationState, prefs: Preferences,
               heard: Understanding, events: TurnEvents | None = None,
               wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState]:
    in_trend = ("trend" in heard.intents or conversation.wants_trend) and not prefs.colors
    if in_trend:  # "트렌드 반영해서 미니멀 룩": the colours rising this season (for these looks only)
        prefs = replace(prefs, colors=trend_colours(services, prefs))
    outfits, brief, anchor = _new_looks(services, conversation, prefs, heard, wardrobe)
    avoid_kinds = tuple(dict.fromkeys(conversation.avoid_kinds + heard.avoid_kinds))
    conversation = conversation.evolve(anchor=anchor, avoid_kinds=avoid_kinds, wants_trend=False)
    lang = conversation.language
    intro = _intro(lang, brief, anchor, outfits)
    if in_trend and prefs.colors:  # name them: "what are the trend colours? and a minimal look" asked
        intro += " " + _trend_worn(lang, brief.season, prefs.colors, outfits)
    return _show(services, conversation, outfits, intro + _shoes_named(lang, heard, outfits)
                 + _named_missing(lang, prefs, outfits) + _budget_unknown(lang, heard, outfits), events)


def _named_missing(lang: str, prefs: Preferences, outfits: Sequence[Outfit]) -> str:
    """"A mustard cardigan" the catalogue has none of: said, rather than looks that quietly use another."""
    slot = colour_slot_for(prefs)
    if slot is None or not outfits or not prefs.kinds:
        return ""
    if any(i.slot == slot and i.color_family in prefs.colors for o in outfits for i in o.items):
        return ""
    kind = prefs.kinds[0]
    return " " + prompts.render(lang, "named_missing", colour=prompts.label(lang, "color_family", prefs.colors[0]),
                                kind=prompts.label(lang, "kind", kind),
                                kinds=prompts.label_variant(lang, "kind", "plural", kind))


def _trend_worn(lang: str, season: str, colours: Sequence[str], outfits: Sequence[Outfit]) -> str:
    """Name the trend colours, and claim only those the looks really wear (on clothes or shoes)."""
    worn = [c for c in colours if any(i.color_family == c for o in outfits for i in o.items if i.slot in WORN_SLOTS)]
    named = {"season": prompts.label(lang, "season", season), "colors": _joined_labels(lang, "color_family", colours)}
    if not worn:
        return prompts.render(lang, "trend_looks_none", **named)
    return prompts.render(lang, "trend_looks", **named, worn=_joined_labels(lang, "color_family", worn))


def _budget_unknown(lang: str, heard: Understanding, outfits: Sequence[Outfit]) -> str:
    """"Under $50" with a catalogue that has no prices: say so, rather than seem to have kept to it."""
    if heard.preferences.budget_max is None or not outfits:
        return ""
    priced = any(i.price is not None for o in outfits for i in o.items if i.source == "catalog")
    return "" if priced else " " + prompts.render(lang, "budget_unknown")


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
    what = prompts.label_variant(lang, "kind", "plural", kind)
    return " " + prompts.render(lang, "pieces_named", what=what, pieces=", ".join(pieces)) if pieces else ""


def _joined_labels(lang: str, group: str, values: Sequence[str]) -> str:
    return prompts.render(lang, "and_join", a=prompts.label(lang, group, values[0]),
                          b=prompts.label(lang, group, values[1])) if len(values) == 2 \
        else ", ".join(prompts.label(lang, group, v) for v in values)


def _more_like(services: AgentServices, conversation: ConversationState, prefs: Preferences,
               heard: Understanding, events: TurnEvents | None,
               wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState]:
    """"Another one like #2": looks in its style, colours and wearer's clothes, added below the
    looks on screen (which stay)."""
    looks = conversation.looks
    number = min(heard.like_look or 1, len(looks))
    model = looks[number - 1]
    brief_prefs = replace(model_preferences(prefs, model), gender=look_gender(model, prefs))
    if heard.preferences.colors:  # "like #1 but in blue"
        brief_prefs = replace(brief_prefs, colors=heard.preferences.colors)
    conversation = conversation.evolve(liked=conversation.liked + model.items)
    fresh = replace(heard, intents=heard.intents | {"more"})
    new, _brief, _anchor = _new_looks(services, conversation, brief_prefs, fresh, wardrobe)
    text = prompts.render(conversation.language, "more_like", count=len(new), number=number)
    return _show(services, conversation, list(looks) + new, text, events)


def _revise(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
            events: TurnEvents | None = None,
            wardrobe: Sequence[Item] = ()) -> tuple[Reply, ConversationState, Preferences]:
    """Change the looks on screen as asked; restyle ("less formal", "like #2") with new looks."""
    lang = conversation.language
    looks = conversation.looks
    avoid_kinds = tuple(dict.fromkeys(conversation.avoid_kinds + heard.avoid_kinds))
    if not heard.target_look:  # a kind ruled out for one look ("#3 without the jacket") is not a rule
        conversation = conversation.evolve(avoid_kinds=avoid_kinds)
    if "cheaper" in heard.followups and not any(i.price is not None for o in looks for i in o.items):
        return Reply(prompts.render(lang, "no_prices"), "answer"), conversation, prefs
    if heard.target_look and not heard.like_look:
        if heard.target_look > len(looks):  # "swap the shoes on #5" with three looks on screen
            return Reply(prompts.render(lang, "no_such_look", number=heard.target_look, count=len(looks)), "answer",
                         quick_replies=tuple(prompts.choices(lang, "after_outfits"))), conversation, prefs
        reply, conversation = _revise_one(services, conversation, prefs, heard, events, wardrobe)
        return reply, conversation, prefs
    if nothing := _nothing_to_remove(lang, looks, heard):  # "no jeans" where no look has jeans
        reply, conversation = _show(services, conversation, list(looks), nothing, events)
        return reply, conversation, prefs
    if heard.like_look and not new_style(looks[0].style, heard):
        reply, conversation = _more_like(services, conversation, prefs, heard, events, wardrobe)
        return reply, conversation, prefs
    recolour = "swap" in heard.followups and not heard.slots  # "파란색으로 바꿔줘", "change them": new looks
    if recolour and heard.preferences.colors:
        prefs = replace(prefs, colors=heard.preferences.colors)
    if "swap" in heard.followups and heard.kinds and not heard.target_look and _to_a_kind(heard, looks):
        reply, conversation = _into_kind(services, conversation, prefs, heard, events, wardrobe)
        return reply, conversation, prefs
    if (restyle := new_style(looks[0].style, heard)) or recolour:
        prefs = replace(prefs, style=restyle) if restyle else prefs
        fresh = replace(heard, intents=heard.intents | {"more"})
        reply, conversation = _recommend(services, conversation, prefs, fresh, events, wardrobe)
        return reply, conversation, prefs
    season = shifted_season(prefs.season or season_for_month(services.today().month), heard)
    prefs = replace(prefs, season=season) if {"warmer", "cooler"} & heard.followups else prefs
    outfits = revise_looks(services, looks, heard, prefs, avoid_kinds, conversation.shown_ids, lang)
    outfits, dropped = _without_excluded(services, conversation, prefs, heard, outfits, wardrobe)
    note = prompts.render(lang, _revision_note(looks, outfits)) + _unchanged_note(lang, looks, outfits, heard)
    if dropped:
        note += " " + prompts.render(lang, "revised_dropped", count=dropped)
    reply, conversation = _show(services, conversation, outfits, note, events)
    return reply, conversation, prefs


# "원피스로 바꿔줘", "change them to dresses", "into a skirt": the kind to change to, not the one to swap
_TO_KIND = re.compile(r"(?:으로|로)\s*(?:바꿔|바꾸|변경)|\b(?:to|into)\s+(?:a|an|some)?\s*\w+|\binstead\b")


def _to_a_kind(heard: Understanding, looks: Sequence[Outfit]) -> bool:
    target = heard.kinds[-1:]  # "바지를 치마로": the skirt, named last
    worn = any(is_of_kind(i, target) for o in looks for i in o.items if i.source == "catalog")
    return not worn or bool(_TO_KIND.search(heard.text.lower()))


def _into_kind(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
               events: TurnEvents | None, wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """"Make them dresses": each look without the kind becomes a new look with it; the others stay."""
    lang, looks = conversation.language, list(conversation.looks)
    target, away = heard.kinds[-1:], heard.kinds[:-1]  # "바지를 치마로 바꿔줘": skirts, not trousers
    lacking = [n for n, o in enumerate(looks) if not any(is_of_kind(i, target) for i in o.items)]
    kept_ids = tuple(i.id for n, o in enumerate(looks) if n not in lacking for i in o.items)
    shown = conversation.evolve(shown_ids=conversation.shown_ids + kept_ids,
                                avoid_kinds=tuple(dict.fromkeys(conversation.avoid_kinds + away)))
    fresh, _brief, _anchor = _new_looks(services, shown, replace(prefs, kinds=target),
                                        replace(heard, intents=heard.intents | {"more"}), wardrobe)
    for n, new in zip(lacking, fresh):
        looks[n] = new
    changed = min(len(lacking), len(fresh))
    note = "revised" if changed else "revised_none"
    text = prompts.render(lang, note) + (" " + prompts.render(lang, "revised_unchanged_many", numbers=", ".join(
        str(n + 1) for n in lacking[changed:])) if lacking[changed:] else "")
    return _show(services, conversation, looks, text, events)


def _revise_one(services: AgentServices, conversation: ConversationState, prefs: Preferences, heard: Understanding,
                events: TurnEvents | None, wardrobe: Sequence[Item]) -> tuple[Reply, ConversationState]:
    """"Swap the shoes on #2", "the first one in navy": that look changes, the others stay as they are."""
    lang, looks = conversation.language, list(conversation.looks)
    number = heard.target_look or 1
    look = looks[number - 1]
    others = tuple(i.id for n, o in enumerate(looks) if n != number - 1 for i in o.items)
    if heard.preferences.colors and not heard.slots and not heard.followups - {"swap"}:  # "the first one in navy"
        brief_prefs = replace(model_preferences(prefs, look), gender=look_gender(look, prefs),
                              colors=heard.preferences.colors)
        shown = conversation.evolve(shown_ids=conversation.shown_ids + others)
        fresh, _brief, _anchor = _new_looks(services, shown, brief_prefs, replace(heard, intents=heard.intents | {"more"}),
                                            wardrobe)
        new = fresh[0] if fresh else look
    else:
        new = revise_looks(services, (look,), heard, prefs, conversation.avoid_kinds + heard.avoid_kinds,
                           conversation.shown_ids + others, lang)[0]
    looks[number - 1] = new
    key = "revised_one" if new.items != look.items else "revised_one_none"
    return _show(services, conversation, looks, prompts.render(lang, key, number=number), events)


def _without_excluded(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                      heard: Understanding, outfits: list[Outfit],
                      wardrobe: Sequence[Item]) -> tuple[list[Outfit], int]:
    """"No brown" is a rule, not a wish: a look that could not lose its brown pieces is replaced by a
    new look for the same brief, or left out (the count is said) when the catalogue has none."""
    avoid_kinds = tuple(dict.fromkeys(conversation.avoid_kinds + heard.avoid_kinds))
    brief = resolve_brief(prefs, services.today().month, avoid_kinds)
    keep = [o for o in outfits if not still_excluded(o, prefs, brief)]
    missing = len(outfits) - len(keep)
    if not missing:
        return outfits, 0
    shown = conversation.evolve(shown_ids=conversation.shown_ids + tuple(i.id for o in keep for i in o.items))
    fresh, _brief, _anchor = _new_looks(services, shown, prefs, replace(heard, intents=heard.intents | {"more"}),
                                        wardrobe)
    kept_ids = {i.id for o in keep for i in o.items}
    spares = iter(o for o in fresh if not still_excluded(o, prefs, brief) and not kept_ids & {i.id for i in o.items})
    # each replacement takes the place of the look it replaces, so look numbers keep their meaning
    placed = [o if o in keep else next(spares, None) for o in outfits]
    return [o for o in placed if o is not None], placed.count(None)


def _nothing_to_remove(lang: str, looks: Sequence[Outfit], heard: Understanding) -> str:
    """"No jeans" or "치마 안 입어" when no look on screen has any: say so (the rule still holds for the
    looks to come), rather than claim a change or a failure."""
    colours, kinds = heard.preferences.avoid_colors, heard.avoid_kinds
    if heard.followups or heard.like_look or not (colours or kinds) or says_something(replace(
            heard, preferences=replace(heard.preferences, avoid_colors=()), kinds=())):
        return ""
    worn = [i for o in looks for i in o.items if i.source == "catalog"]
    if any(shows_colour(i, colours) or is_of_kind(i, kinds) for i in worn):
        return ""
    names = [prompts.label(lang, "color_family", c) for c in colours] + \
        [prompts.label_variant(lang, "kind", "plural", k) for k in heard.avoid_kinds]
    return prompts.render(lang, "nothing_to_remove", what=", ".join(names))


# Follow-ups that ask every look to change ("warmer", "swap the shoes"): a look left as it was is named.
EVERY_LOOK_FOLLOWUPS = frozenset({"warmer", "cooler", "swap", "cheaper"})


def _unchanged_note(lang: str, before: Sequence[Outfit], after: Sequence[Outfit], heard: Understanding) -> str:
    """"Looks 2 and 5 stay as they were", when some looks changed and these could not."""
    if not EVERY_LOOK_FOLLOWUPS & set(heard.followups) or len(before) != len(after):
        return ""
    same = [n for n, (old, new) in enumerate(zip(before, after), start=1) if old.items == new.items]
    if not same or len(same) == len(before):
        return ""
    numbers = ", ".join(str(n) for n in same)
    return " " + prompts.render(lang, "revised_unchanged_many" if len(same) > 1 else "revised_unchanged", numbers=numbers)


def _revision_note(before: Sequence[Outfit], after: Sequence[Outfit]) -> str:
    """Say what really changed: nothing, some pieces, or every piece."""
    old = {i.id for o in before for i in o.items}
    new = {i.id for o in after for i in o.items}
    if new == old:
        return "revised_none"
    return "revised_all" if not old & new else "revised"


def _size_answer(conversation: ConversationState, prefs: Preferences,
                 body: tuple[float | None, float | None]) -> tuple[Reply, bool]:
    """A top and a bottom size from the height and weight (said now, earlier in the conversation, or
    in the profile) and the gender (chains/sizes.py); True when something was missing and was asked
    for: only what is missing."""
    lang, (height, weight) = conversation.language, body
    if not (height and weight):
        return Reply(prompts.render(lang, "size_missing"), "answer"), True
    if not prefs.gender:
        return Reply(prompts.render(lang, "size_need_gender"), "question", asks=("gender",),
                     quick_replies=tuple(prompts.choices(lang, "gender"))), True
    found = suggest_sizes(prefs.gender, height, weight)
    if not found:
        return Reply(prompts.render(lang, "size_outside"), "answer"), False
    parts = ", ".join(size_phrase(s, lang) for s in found)
    text = prompts.render(lang, "size_answer", height=f"{height:g}", weight=f"{weight:g}",
                          wear=prompts.render(lang, f"size_wear_{prefs.gender}"), sizes=parts)
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "start"))), False


def _body(heard: Understanding, conversation: ConversationState,
          profile: tuple[float | None, float | None]) -> tuple[float | None, float | None]:
    """The height and weight to size from: this message's, else this conversation's, else the profile's."""
    said = conversation.body
    return (heard.height_cm or said[0] or profile[0], heard.weight_kg or said[1] or profile[1])


def _season_of(services: AgentServices, prefs: Preferences) -> str:
    return prefs.season or season_for_month(services.today().month)


def _trend_answer(services: AgentServices, conversation: ConversationState, prefs: Preferences) -> Reply:
    """What rises in the catalogue's own listings for the season, in words and a small chart."""
    lang, season = conversation.language, _season_of(services, prefs)
    found = season_trend(season)
    if found is None or not found.colors:
        return Reply(prompts.render(lang, "trend_none", season=prompts.label(lang, "season", season)), "answer")
    colours = found.colors[:3]
    text = prompts.render(
        lang, "trend_answer", season=prompts.label(lang, "season", season), year=found.year, previous=found.previous,
        items=found.items, colors=_listed(lang, "color_family", colours), kinds=_listed(lang, "kind", _in_season(found)),
        styles=_listed(lang, "style", found.styles[:2]))
    images: tuple[str, ...] = ()
    if services.draw_chart is not None:
        rows = [(prompts.label(lang, "color_family", r.value), r.change * 100, family_hex(r.value)) for r in colours]
        title = prompts.render(lang, "trend_chart_title", season=prompts.label(lang, "season", season), year=found.year)
        images = (str(services.draw_chart(rows, title)),)
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_trend")), images=images)


def _in_season(found: SeasonTrend) -> tuple[Rising, ...]:
    """Rising kinds a stylist would wear in the season (no sandals called a winter trend)."""
    code = dress_code("daily", found.season)
    return tuple(r for r in found.kinds if r.value not in code.exclude_kinds)[:3]


def _listed(lang: str, group: str, rows: Sequence[Rising]) -> str:
    return ", ".join(f"{prompts.label(lang, group, r.value)} (+{r.change * 100:.1f})" for r in rows) or "-"


def trend_colours(services: AgentServices, prefs: Preferences) -> tuple[str, ...]:
    """The two colours rising most in the season (looks "in the trend")."""
    found = season_trend(_season_of(services, prefs))
    return tuple(r.value for r in found.colors[:2]) if found else ()


def _topics(heard: Understanding) -> list[str]:
    p = heard.preferences
    # "what shoes go with a navy suit?" asks about the shoes first, then the colour ("what trousers go
    # with navy derbies?" is about the derbies: the garment a pairing is about comes first in kinds)
    about_shoes = bool(heard.kinds) and KIND_TO_SLOT.get(heard.kinds[0]) == "shoes"
    shoes = ["pairing:shoes"] if heard.question == "pairing" and "shoes" in heard.slots and not about_shoes else []
    fit = {"fit": ["basics:fit"], "rain": ["weather:rain"], "tuck": ["howto:tuck"]}.get(heard.question or "", [])
    event = [f"event:{heard.event}"] if heard.event else []
    garment = [f"garment:{k}" for k in heard.kinds[:1]]  # "what goes with a white shirt?": the shirt first
    return event + fit + shoes + garment + ([f"style:{p.style}"] if p.style else []) \
        + ([f"occasion:{p.occasion}"] if p.occasion else []) + [f"colour:{c}" for c in p.colors]


def _notes(services: AgentServices, heard: Understanding, lang: str) -> list[dict[str, str]]:
    """Notes on what the question names; else the colour basics for a pairing question; else the
    nearest note in meaning (English: the embedder's language)."""
    knowledge = services.knowledge
    if knowledge is None:
        return []
    notes = knowledge.by_topic(_topics(heard), lang)
    if not notes and heard.question == "pairing":  # "what goes with a white shirt?": colour harmony
        notes = knowledge.by_topic(["basics:colour-harmony"], lang)
    if not notes and lang == "en" and (nearest := knowledge.nearest(heard.text, lang)):
        notes = [nearest]
    return notes[:2]


def _explain(services: AgentServices, conversation: ConversationState, prefs: Preferences,
             heard: Understanding, events: TurnEvents | None = None) -> tuple[Reply, ConversationState]:
    """Answer a style question from the knowledge base, with example looks from the catalogue."""
    lang = conversation.language
    conversation = conversation.evolve(wants_trend=False)  # a wish for trend looks lapses when asked otherwise
    notes = _notes(services, heard, lang)
    if not notes:
        return Reply(prompts.render(lang, "help"), "answer", quick_replies=tuple(prompts.choices(lang, "start"))), conversation
    text = " ".join(prompts.render(lang, "knowledge_note", title=n["title"], text=n["text"]) for n in notes)
    text = verdict(lang, heard, _season_of(services, prefs)) + text
    example = _example_preferences(prefs, heard)
    if prefs.gender is None and "gender" not in conversation.declined:  # whose looks: asked, never guessed
        topic = notes[0]["title"] if heard.event else _example_topic(heard.preferences, lang)
        return _ask_whose_examples(text, example, topic, conversation)
    brief = resolve_brief(example, services.today().month, conversation.avoid_kinds)
    looks = recommend_looks(services.catalog, example, brief, None, conversation.shown_ids)
    outfits = [Outfit(plan.style, tuple(items), why(plan.style, brief.occasion, items, lang, brief.season)) for plan, items in looks]
    if outfits:
        text += " " + prompts.render(lang, "knowledge_examples") + _named_missing(lang, example, outfits)
    events = events or TurnEvents()
    if outfits:
        events.announce(Reply(text, "answer", outfits=tuple(outfits)), lang)
    images, _note = render_lookbooks(services, outfits, lang, events.progress)
    conversation = conversation.evolve(pending=(), questions_in_row=0, looks=tuple(outfits) or conversation.looks,
                                       offered=example if outfits else None,
                                       shown_ids=conversation.shown_ids + tuple(i.id for o in outfits for i in o.items))
    return Reply(text, "answer", quick_replies=tuple(prompts.choices(lang, "after_outfits")),
                 outfits=tuple(outfits), images=tuple(images)), conversation


def _example_preferences(prefs: Preferences, heard: Understanding) -> Preferences:
    """The brief of a style answer's example looks: the person's, minimal by default; a question about a
    suit ("what shoes go with a navy suit?", "남색 정장에 어울리는 구두") is shown with suits."""
    if heard.event:  # a funeral's sober tailoring, a black-tie evening
        brief = EVENT_BRIEFS[heard.event]
        return replace(prefs, occasion=brief["occasion"], style=brief["style"], kinds=(),
                       colors=heard.preferences.colors or brief["colors"])
    if find_terms(heard.text, SUIT_TERMS)[0]:
        return replace(prefs, style="classic", occasion=prefs.occasion or "work", kinds=("blazer",),
                       colors=heard.preferences.colors or prefs.colors)
    return replace(prefs, style=prefs.style or "minimal")


def _ask_whose_examples(text: str, example: Preferences, topic: str,
                        conversation: ConversationState) -> tuple[Reply, ConversationState]:
    """The answer, and whose example looks to show: asked once, never answered by mixing menswear and
    womenswear. Each button names the topic too ("amekaji: menswear looks"); the example brief is kept,
    so a plain answer ("menswear", "남자") gets those looks as well."""
    lang = conversation.language
    if topic:
        labels = (prompts.render(lang, "example_looks_for", topic=topic, wearer=wearer.lower())
                  for wearer in prompts.choices(lang, "gender"))
        buttons = tuple(label[:1].upper() + label[1:] for label in labels)
    else:
        buttons = tuple(prompts.choices(lang, "gender"))
    state = conversation.evolve(pending=("gender",), questions_in_row=0, gender_asked=True, offered=example)
    return Reply(f"{text} {prompts.render(lang, 'ask_whose_examples')}", "answer", quick_replies=buttons), state


def _example_topic(said: Preferences, lang: str) -> str:
    """What a style question was about, in words the understanding reads back: a garment with its
    colour ("olive trousers"), a style, an occasion or a colour."""
    colour = [prompts.label(lang, "color_family", said.colors[0])] if said.colors else []
    if said.kinds:
        return " ".join(colour + [prompts.label(lang, "kind", said.kinds[0])])
    if said.style:
        return prompts.label(lang, "style", said.style)
    if said.occasion:
        return prompts.label(lang, "occasion", said.occasion)
    return " ".join(colour)


def _taste_features(conversation: ConversationState, prefs: Preferences,
                    wardrobe: Sequence[Item] = ()) -> list[list[str]]:
    """What we know of the user's taste: stated style and colours, owned and liked pieces."""
    stated = [[f"style:{prefs.style}"] * 2] if prefs.style else []
    stated += [[f"color:{c}"] for c in prefs.colors]
    owned = ([conversation.anchor] if conversation.anchor else []) + list(wardrobe)
    return stated + [features(i.styles, i.color_family, i.kind) for i in (*owned, *conversation.liked)]


def _brand_affinity(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                    wardrobe: Sequence[Item]) -> dict[str, float]:
    """Brand -> closeness to the user's taste, for the composer's tie-break ({} without brand data)."""
    if services.brand_profiles is None:
        return {}
    return brand_affinity(vector(_taste_features(conversation, prefs, wardrobe)), services.brand_profiles())


def _feature_label(name: str, lang: str) -> str:
    group, value = name.split(":")
    return prompts.label(lang, {"style": "style", "color": "color_family", "kind": "kind"}[group], value)


def _brands_for_me(services: AgentServices, conversation: ConversationState, prefs: Preferences,
                   wardrobe: Sequence[Item] = ()) -> Reply:
    """Brands whose catalogue is closest to the user's taste vector (cosine similarity)."""
    lang = conversation.language
    taste = vector(_taste_features(conversation, prefs, wardrobe))
    matches = best_brands(taste, services.brand_profiles()) if services.brand_profiles else []
    if not matches:
        return Reply(prompts.render(lang, "brands_need_taste"), "answer",
                     quick_replies=tuple(prompts.choices(lang, "occasion_style")))
    lines = [prompts.render(lang, "brand_line", brand=m.brand,
                            shared=", ".join(_feature_label(f, lang) for f in m.shared)) for m in matches]
    return Reply(prompts.render(lang, "brands_intro") + " " + " ".join(lines), "answer",
                 quick_replies=tuple(prompts.choices(lang, "after_outfits")))


def _save_garment(conversation: ConversationState) -> tuple[Reply, Item | None]:
    """The photographed garment goes to the user's wardrobe (the facade stores it)."""
    lang = conversation.language
    anchor = conversation.anchor
    if anchor is None or not anchor.kind:
        return Reply(prompts.render(lang, "nothing_to_save"), "answer"), None
    kind = prompts.label(lang, "kind", anchor.kind)
    return Reply(prompts.render(lang, "saved_to_wardrobe", kind=kind), "answer",
                 quick_replies=tuple(prompts.choices(lang, "start"))), replace(anchor, source="wardrobe")



# --- the actions: the graph's nodes after `decide` (chains/graph.py routes to them by name) -------


def clarify(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    conversation = state["conversation"]
    if "trend" in state["understanding"].intents:  # the answer to the question still wants the trend
        conversation = conversation.evolve(wants_trend=True)
    reply, conversation = _clarify(conversation, state["decision"].asks, bool(state["understanding"].kinds))
    return {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation}


def recommend(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn, conversation, prefs, heard = runtime.context, state["conversation"], state["brief"], state["understanding"]
    if conversation.looks and not conversation.pending and not says_something(heard):
        heard = replace(heard, intents=heard.intents | {"more"})  # "whatever you think" after looks: new ones
    if conversation.pending:  # what the answer left open was declined: not asked again
        open_slots = tuple(s for s in conversation.pending if not getattr(prefs, s, None))
        conversation = conversation.evolve(declined=tuple(dict.fromkeys(conversation.declined + open_slots)))
    guessed = _guessed_kind(conversation)
    if guessed:  # "what is it?" went unanswered: the photo model's best reading, said, rather than no anchor
        conversation = name_anchor(conversation, guessed)
    if prefs is state["preferences"]:  # a brief of its own: an earlier answer's example brief lapses
        conversation = conversation.evolve(offered=None)
    reply, conversation = _recommend(turn.services, conversation, prefs, heard, turn.events, turn.wardrobe)
    if guessed:
        lang = conversation.language
        said = prompts.render(lang, "kind_guessed", kind=prompts.label(lang, "kind", guessed))
        reply = replace(reply, text=f"{said} {reply.text}")
    return {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation}


def _guessed_kind(conversation: ConversationState) -> str | None:
    anchor = conversation.anchor
    if anchor is None or anchor.kind or not conversation.anchor_kind_options:
        return None
    return conversation.anchor_kind_options[0]


def with_offered(prefs: Preferences, conversation: ConversationState, heard: Understanding) -> Preferences:
    """The brief of the looks a style answer showed or offered, when this message builds on them (the
    answer to "whose clothes?", "show me more", "swap the shoes"); what it says itself (a colour to
    avoid, a cheaper wish) still wins. A message with a brief of its own starts over."""
    offered, said = conversation.offered, heard.preferences
    own_brief = said.occasion or said.style or heard.kinds
    if offered is None or (own_brief and "gender" not in conversation.pending):
        return prefs
    offered = replace(offered, colors=said.colors) if said.colors else offered  # "something in brown instead"
    return offered.merged(replace(said, gender=prefs.gender)) \
        .merged(Preferences(avoid_colors=prefs.avoid_colors, budget_max=prefs.budget_max))


def revise(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn, conversation = runtime.context, state["conversation"]
    reply, conversation, preferences = _revise(turn.services, conversation, state["brief"],
                                               state["understanding"], turn.events, turn.wardrobe)
    if state["brief"] is not state["preferences"]:  # looks of an answer's example brief: the person's
        preferences = state["preferences"]  # own preferences are saved, not that brief
    return {"reply": reply, "conversation": conversation, "preferences": preferences}


def explain(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn = runtime.context
    reply, conversation = _explain(turn.services, state["conversation"], state["preferences"],
                                   state["understanding"], turn.events)
    # A style question changes no taste ("what is amekaji?" is no wish for amekaji), but who the
    # person dresses ("what goes with a white shirt? men's please") holds for what follows.
    said = state["understanding"].preferences
    kept = state["stored_preferences"].merged(Preferences(gender=said.gender, avoid_colors=said.avoid_colors))
    return {"reply": reply, "conversation": conversation, "preferences": kept}


def brands(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    turn = runtime.context
    return {"reply": _brands_for_me(turn.services, state["conversation"], state["preferences"], turn.wardrobe)}


def size(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    conversation, heard = state["conversation"], state["understanding"]
    reply, asked = _size_answer(conversation, state["preferences"], _body(heard, conversation, runtime.context.body))
    pending = ("size",) if asked else ()  # the next message with the numbers or the gender is the answer
    said = (heard.height_cm or conversation.body[0], heard.weight_kg or conversation.body[1])
    return {"reply": reply, "conversation": conversation.evolve(pending=pending, questions_in_row=0, body=said)}


def trend(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    reply = _trend_answer(runtime.context.services, state["conversation"], state["preferences"])
    return {"reply": reply, "conversation": state["conversation"].evolve(pending=(), questions_in_row=0)}


def save(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    reply, item = _save_garment(state["conversation"])
    return {"reply": reply, "to_save": item}


def answer(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """What the rules cannot answer goes to a configured chat model (grounded by tools); without
    one, or when it fails, the stylist says what it can do."""
    services, conversation = runtime.context.services, state["conversation"]
    lang, text = conversation.language, state["turn"].text
    said = None
    if services.llm is not None and text and "greeting" not in state["understanding"].intents:
        from chains.llm_tools import stylist_tools

        said = services.llm.answer(text, lang, stylist_tools(services, lang))
    reply = Reply(said or prompts.render(lang, "help"), "answer", quick_replies=tuple(prompts.choices(lang, "start")))
    return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}


def error(state: TurnState, runtime: Runtime[TurnContext]) -> dict[str, Any]:
    """A photo that could not be read, or one that is not one garment (not a fault: ask for it alone)."""
    lang = state["conversation"].language
    if state.get("photo_error") == NOT_ONE_GARMENT:
        return {"reply": Reply(prompts.render(lang, "not_one_garment"), "question", asks=("photo",))}
    return {"reply": Reply(prompts.render(lang, "error_photo", detail=state.get("photo_error") or ""), "error")}


# The router's decision -> the node that acts on it (every action of chains.router.ACTIONS).
NODES = {"clarify": clarify, "recommend": recommend, "revise": revise, "explain": explain, "brands": brands,
         "size": size, "trend": trend, "save": save, "answer": answer, "error": error}

"""Follow-ups that change the looks on screen: swap a piece, drop a kind or colour, warmer/cooler,
more or less formal, cheaper, "another one like #2". Everything not asked about is kept."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dataclasses import replace

from chains.bag_size import resized, size_wish
from chains.compose import (HELD_SLOTS, OPTIONAL_SLOTS, LookPlan, build_look, mark_used, plan_slot, used_item_ids,
                            used_keys)
from chains.dress_code import dress_code, style_lean
from chains.exclusions import excluded_colour, is_of_kind, shows_colour, slot_of_excluded
from chains.explain import why
from chains.extract import ANY_PANTS, Understanding, find_terms
from chains.jewellery import jewellery_named
from chains.lexicon import KIND_TERMS, SLOT_TERMS
from chains.recommend import CUT_SLOTS, Brief, code_kinds, cut_of, fetch_slot, resolve_brief, warm_accessory
from chains.services import AgentServices
from chains.state import Outfit, Preferences
from chains.feel import Feel, puffed
from chains.weather import Weather
from domain.colors import reads_dark, shade_of
from domain.items import Item
from domain.vocabulary import KIND_TO_SLOT, KINDS_BY_SLOT, NEUTRAL_FAMILIES
from domain.traits import WARMTH_LEVELS, dressiness, is_printed, traits_of, warmth_rank

# Colder season first: "warmer" moves one step right, "cooler" one step left.
SEASON_SCALE = ("summer", "spring", "fall", "winter")
# (street is as relaxed as a look goes off the pitch: "more casual" at a gig is a tee and jeans, not a tracksuit)
LESS_FORMAL = {"classic": "minimal", "dandy": "minimal", "minimal": "casual", "chic": "casual",
               "feminine": "casual", "casual": "street", "amekaji": "street", "street": "street", "sporty": "sporty"}
MORE_FORMAL = {"sporty": "casual", "street": "casual", "casual": "classic", "amekaji": "classic",
               "minimal": "classic", "chic": "classic", "feminine": "chic", "dandy": "classic", "classic": "classic"}


# The pieces that carry a look's warmth, in the order a stylist changes them: the layer, then the top.
WARMTH_CARRIERS = ("outerwear", "top", "bottom", "shoes")

CASUAL_WORDS = re.compile(r"casual|캐주얼|편하게|편한", re.IGNORECASE)
# A plainer look ("1번 좀 덜 꾸민 느낌으로", "less try-hard") steps to minimal, not to street's prints and caps
PLAINER = {"casual": "minimal", "street": "minimal", "feminine": "minimal", "chic": "minimal", "classic": "minimal",
           "dandy": "minimal", "amekaji": "minimal", "sporty": "casual", "minimal": "casual"}


# Follow-ups that put a coat or jacket on ("warmer", "a jacket too": "layer" keeps the season)
LAYERING = frozenset({"warmer", "layer"})


def new_style(style: str, heard: Understanding) -> str | None:
    if "less_formal" in heard.followups:
        if "plainer" in heard.followups:
            return PLAINER[style]
        if CASUAL_WORDS.search(heard.text) and (style_lean(style) or 0) > (style_lean("casual") or 0):
            return "casual"  # "more casual" from a classic look is casual, not a step to minimal
        return LESS_FORMAL[style]
    if "more_formal" in heard.followups:
        return MORE_FORMAL[style]
    return None


def shifted_season(season: str, heard: Understanding) -> str:
    """The season a warmer (cooler) change dresses for: one step along, and summer outright where real heat
    is said ("itll be super hot" in December: the looks go to the heat, not to autumn)."""
    if "cooler" in heard.followups and heard.hot:
        return "summer"
    step = ("warmer" in heard.followups) - ("cooler" in heard.followups)
    index = min(max(SEASON_SCALE.index(season) + step, 0), len(SEASON_SCALE) - 1)
    return SEASON_SCALE[index]


def model_preferences(prefs: Preferences, model: Outfit) -> Preferences:
    """"More like #2": its style and the colours of its main pieces become the brief. The person's own
    piece is in every look anyway; where a garment was named ("슬랙스로"), its colour alone is the brief's
    (only the named garment carries a colour: two would ask for a look that cannot be made)."""
    main = [i for i in model.items if i.slot in ("top", "bottom", "onepiece") and i.source == "catalog"]
    named = {KIND_TO_SLOT[k] for k in prefs.kinds if k in KIND_TO_SLOT}
    if named:
        main = [i for i in main if i.slot in named]
    families = tuple(dict.fromkeys(i.color_family for i in main))
    # (a look for one part of a day in two is like it for that part: "more like #5" of the party's looks)
    return replace(prefs, style=model.style, colors=families, occasion=model.occasion or prefs.occasion)


def look_gender(look: Outfit, prefs: Preferences) -> str | None:
    gendered = [i.gender for i in look.items if i.source == "catalog" and i.gender != "unisex"]
    return gendered[0] if gendered else prefs.gender


def must_change(item: Item, heard: Understanding, prefs: Preferences, brief: Brief, budget: float | None) -> bool:
    """Whether the follow-up is about this piece: swapped, ruled out, out of the new season ("warmer"
    only, and only a piece that keeps one warm: a tie or a bag stays), too dear."""
    if item.source != "catalog":
        return False  # the user's own pieces stay
    named = (item.slot in heard.slots or splits_dress(item, heard)) \
        and ("swap" in heard.followups or bool(formality_step(heard))) and _of_the_accessory_named(item, heard) \
        and not already_traded(item, heard) and _of_the_piece_recoloured(item, heard) \
        and not _already_as_felt(item, heard)
    # ("아우터 가벼운걸로": a warmth change said of one slot keeps to it)
    aimed = not heard.slots or item.slot in heard.slots
    # ("warmer pls, -8 at night": trainers and a light jacket give way to boots and a padded layer)
    out_in_the_cold = bool(_warmth_step(heard) > 0 and brief.weather.booted and not brief.weather.fits(item))
    # ("sparklier!!": the jewellery and the bag that do not shine yet)
    dull = "sparkle" in heard.followups and _sparkle_slot(item) and not is_of_kind(item, ("sparkle",))
    # ("look 2 but for going out at night": what the night out does not wear gives way; the rest stays)
    off_code = bool(heard.target_look and heard.preferences.occasion and not heard.followups
                    and not dress_code(brief.occasion, brief.season).allows(item))
    return named or dull or out_in_the_cold or off_code or is_of_kind(item, brief.avoid_kinds) or not brief.feel.fits(item, brief.weather.cold) \
        or shows_colour(item, prefs.avoid_colors) \
        or bool(_warmth_step(heard) and aimed and item.slot in WARMTH_CARRIERS and _out_of_season(item, brief)) \
        or bool(budget and item.price is not None and item.price > budget)


def _already_as_felt(item: Item, heard: Understanding) -> bool:
    """"신발은 굽 없는 거" of a look already in flat trainers: the part named is as asked, no other kind named for it."""
    return bool(heard.feel) and heard.feel.fits(item) and heard.feel.flat and item.slot == "shoes" \
        and not any(KIND_TO_SLOT.get(k) == item.slot for k in heard.kinds)


_OTHER_ONES = re.compile(r"\b(?:different|other|another|new)\b|다른")  # ("different sneakers please": other ones)


def already_traded(item: Item, heard: Understanding) -> bool:
    """"힐 말고 플랫슈즈로" of a look already in flats: the piece is what the trade asks for, it stays; so does
    one the trade never named ("치마 없이 바지로요" of a look in jeans: jeans are trousers enough)."""
    if heard.wants_puffer:  # "코트 말고 패딩으로" of a look in a padded jacket already
        return item.slot == "outerwear" and is_of_kind(item, ("puffer",))
    if not heard.avoid_kinds:
        # "셔츠에 슬랙스로 해줘": of the pieces named together, the ones a look already wears stay; so does the one
        # kind asked alone of every look ("heels please" of a look in heels: no wish for other heels)
        alone = not (heard.target_look or heard.cut or heard.material or heard.feel or _OTHER_ONES.search(heard.text.lower()))
        return (len(set(heard.kinds)) > 1 or alone) and is_of_kind(item, heard.kinds) and not heard.preferences.colors
    if is_of_kind(item, heard.avoid_kinds):
        return False
    if any(slot_of_excluded(k) == item.slot for k in heard.avoid_kinds) and not heard.target_look \
            and not find_terms(heard.text.lower(), SLOT_TERMS)[0]:
        # ("swap the leggings for wide leg sweats" of a look in jeans: it wears no leggings to trade; "swap the
        # shoes for flats" names the part of every look, and "#2 with boots instead" the look)
        return True
    # ("가디건 없이 다른 아우터로" of a look in a jacket: its layer is another one already)
    return not heard.kinds or is_of_kind(item, heard.kinds) \
        or bool(ANY_PANTS.search(heard.text.lower())) and traits_of(item).kind == "jeans"


def recoloured_pieces(heard: Understanding) -> list[str]:
    """"회색 니트를 네이비로", "the grey sweater to navy", "검정 패딩 말고 다른 색으로": the pieces ("sweater:grey") a swap
    gives another colour; [] when the follow-up recolours none."""
    if "swap" not in heard.followups:
        return []
    return [k for k in heard.avoid_kinds if ":" in k]


def _of_the_piece_recoloured(item: Item, heard: Understanding) -> bool:
    """Only the grey knits change colour; a piece of another colour or kind stays."""
    pieces = recoloured_pieces(heard)
    return not pieces or is_of_kind(item, pieces)


def _sparkle_slot(item: Item) -> bool:
    """A piece that may sparkle in its place: the jewellery, the watch and the bag."""
    return item.slot == "accessory" and traits_of(item).kind in ("jewellery", "watch", "bag")


def _of_the_accessory_named(item: Item, heard: Understanding) -> bool:
    """An accessory changes only if it is of the kind named ("가방만 바꿔줘요": the pendant stays); the
    other slots hold one piece each, which a kind names in its place ("바지는 슬랙스로")."""
    named = [k for k in heard.kinds if KIND_TO_SLOT.get(k) == "accessory"]
    return item.slot != "accessory" or not named or is_of_kind(item, named)


def _out_of_season(item: Item, brief: Brief) -> bool:
    """Whether the piece is too light (or too heavy) for the season a warmth change moved to, as its photo
    and name read (its noisy season label aside: summer-labelled jeans are no warmer for being swapped)."""
    code = dress_code(brief.occasion, brief.season)
    traits = traits_of(item)
    return traits.warmth not in code.warmth or traits.kind in code.exclude_kinds


def splits_dress(item: Item, heard: Understanding) -> bool:
    """"Like #1 but with jeans" of a dress look: the dress gives way to a top and the jeans."""
    return item.slot == "onepiece" and bool(SEPARATES & set(heard.slots)) and "swap" in heard.followups


SEPARATES = frozenset({"top", "bottom"})
LONG_SLEEVED_KINDS = ("longsleeve", "sweatshirt", "sweater")


def revise_look(services: AgentServices, look: Outfit, heard: Understanding, prefs: Preferences, brief: Brief,
                budget: float | None, exclude: tuple[str, ...], used: set[str], lang: str, seed: int = 0) -> Outfit:
    keep = [i for i in look.items if not must_change(i, heard, prefs, brief, budget)]
    slots = {plan_slot(i) for i in look.items} - {plan_slot(i) for i in keep} | _added_slots(look, heard)
    # ("anything but a dress", "원피스 말고": the one-pieces ruled out, a top and a bottom in their place)
    no_onepiece = "dress" in brief.avoid_kinds
    if any(splits_dress(i, heard) or (i.slot == "onepiece" and i not in keep and no_onepiece) for i in look.items):
        slots = slots - {"onepiece"} | SEPARATES
    if "sparkle" in heard.followups and not any(is_of_kind(i, ("sparkle",)) for i in keep):
        slots.add("accessory")  # a piece that catches the light, where the look has none to trade for one
    if _sheds_layer(look, heard, brief):  # "it's 95°F, lighter pls": no layer in the heat, not a lighter one
        keep = [i for i in keep if i.slot != "outerwear"]
        slots.discard("outerwear")
        if not slots:
            return _kept(look, keep, brief, lang)
    reusable: set[str] = set()
    if LAYERING & heard.followups and "outerwear" not in {i.slot for i in keep}:
        slots.add("outerwear")
        reusable.add("outerwear")  # a coat from another look on screen may go over this one too
    if (brief.weather.booted or brief.feel.comfort or brief.feel.flat or heard.avoid_kinds and "swap" in heard.followups) \
            and "shoes" in slots:
        # one pair of boots (or of flats) may walk several looks through the snow ("힐 말고 플랫": the few
        # black flats the catalogue has go under every dress)
        reusable.add("shoes")
    # "without the jacket" (or "#2 without the jacket", said of that look even in winter): no layer, rather
    # than another in its place
    # ("패딩 말고 코트로" asks for a coat in its place: never no layer, the look kept where no coat suits it)
    traded_for_named = "swap" in heard.followups and any(KIND_TO_SLOT.get(k) == "outerwear" for k in heard.kinds)
    # ("가디건 말고 다른거요": another layer in its place, of any kind)
    # ("158이라 긴 코트 잡아먹혀요", "no long coats": the length ruled out, a shorter layer in its place)
    another_layer = "swap" in heard.followups and any(KIND_TO_SLOT.get(k) == "outerwear" for k in heard.avoid_kinds) \
        or bool(_LONG_CUTS.intersection(heard.avoid_kinds))
    if _layer_ruled_out(look, brief) and not (traded_for_named or another_layer) \
            and (heard.target_look or dress_code(brief.occasion, brief.season).layer != "needed"):
        slots.discard("outerwear")
        if not slots:
            return _kept(look, keep, brief, lang)
    if slots:
        swapped = [i for i in look.items if i not in keep]
        if _layer_still_needed(look, slots, heard, brief):
            # "검정 빼고" in December: the black coat gives way to another coat, never to none (one shown
            # in another look may go over this one too)
            refilled = _rebuilt(services, look, keep, slots, heard, prefs, brief, exclude, used, lang, swapped,
                                reusable | {"outerwear"}, needed={"outerwear"}, seed=seed)
            if refilled is not None:
                return refilled
        # ("가디건 없이 다른 아우터로": another layer in its place, never none)
        # ("what do i layer over it": a layer asked for, never none where one suits)
        needed = {"outerwear"} if (another_layer or heard.followups == {"layer"}) and "outerwear" in slots else set()
        rebuilt = _rebuilt(services, look, keep, slots, heard, prefs, brief, exclude, used, lang, swapped,
                           reusable | needed, needed=needed, seed=seed)
        if rebuilt is None and needed:  # no jacket goes over its short-sleeved blouse: the top gives way too
            tops = [i for i in keep if i.slot == "top"]
            rebuilt = _rebuilt(services, look, [i for i in keep if i not in tops], slots | {"top"}, heard, prefs, brief,
                               exclude, used, lang, swapped + tops, reusable | needed, needed=needed, seed=seed)
        if rebuilt is None and slots == {"outerwear"} and _layer_ruled_out(look, brief):
            return look if traded_for_named else _kept(look, keep, brief, lang)
        if rebuilt is None and slots >= SEPARATES:  # "anything but a dress": its layer, then its shoes, give way
            rebuilt = _separates_without(services, look, keep, slots, heard, prefs, brief, exclude, used, lang,
                                         swapped, reusable, seed)
        return rebuilt or look
    # "warmer" on a look that already suits the season: its lightest piece that has a warmer
    # alternative goes (the heaviest, for "cooler"); nothing changes when none has. A coat shown in
    # another look may be offered here too (few coats are warmer than a blazer).
    for piece in _pieces_to_retune(keep, heard):
        others = [i for i in keep if i is not piece]
        revised = _rebuilt(services, look, others, {plan_slot(piece)}, heard, prefs, brief, (), used, lang,
                           [piece], seed=seed)
        if revised is not None:
            return revised
    if _warmth_step(heard) > 0 and not heard.slots:  # as warm as its pieces go: a scarf (or a beanie) over it
        return _with_warm_accessory(services, look, prefs, brief, used) or look
    return look


def _separates_without(services: AgentServices, look: Outfit, keep: list[Item], slots: set[str], heard: Understanding,
                       prefs: Preferences, brief: Brief, exclude: tuple[str, ...], used: set[str], lang: str,
                       swapped: list[Item], reusable: set[str], seed: int) -> Outfit | None:
    """A dress traded for separates that its jacket or its shoes do not go with: those too change, one at a
    time (the jacket first), rather than the whole look."""
    wears_layer = any(i.slot == "outerwear" for i in keep)
    for gone in ((("outerwear",),) if wears_layer else ()) + (("outerwear", "shoes"),):
        kept = [i for i in keep if i.slot not in gone]
        rebuilt = _rebuilt(services, look, kept, slots | {i.slot for i in keep if i.slot in gone}, heard, prefs,
                           brief, exclude, used, lang, swapped + [i for i in keep if i.slot in gone], reusable,
                           seed=seed)
        if rebuilt is not None:
            return rebuilt
    return None


def _named_here(heard: Understanding, slots: set[str]) -> frozenset[str]:
    """The kinds a follow-up names for the slots being changed ("with white sneakers": sneakers)."""
    return frozenset(k for k in heard.kinds if KIND_TO_SLOT.get(k) in slots)


def _with_warm_accessory(services: AgentServices, look: Outfit, prefs: Preferences, brief: Brief,
                         used: set[str]) -> Outfit | None:
    """The look with a warm scarf (else a beanie) added, in a colour it already wears, if it has none."""
    extra = warm_accessory(services.catalog, look.items, look_gender(look, prefs), prefs, brief, used)
    return replace(look, items=look.items + (extra,)) if extra else None


def _added_slots(look: Outfit, heard: Understanding) -> set[str]:
    """The slots of pieces asked onto one look that it does not wear ("1번에 어떤 코트가 어울려?": a layer)."""
    if not heard.puts_piece_on_look:
        return set()
    worn = {plan_slot(i) for i in look.items}
    asked = {HELD_SLOTS.get(k) or KIND_TO_SLOT[k] for k in heard.kinds if k in KIND_TO_SLOT}
    # (a dress is never put over a top and trousers, nor a top onto a dress: "3번 원피스 저녁엔 추울까요" of a hoodie
    # and jeans asks about a piece the look does not wear)
    if worn & {"top", "bottom"}:
        asked.discard("onepiece")
    if "onepiece" in worn:
        asked -= {"top", "bottom"}
    # ("what belt goes with look 2?" of a look wearing a watch: the belt beside it, in the accessory slot)
    beside = {"accessory" for k in heard.kinds if KIND_TO_SLOT.get(k) == "accessory" and k not in HELD_SLOTS
              and not any(is_of_kind(i, (k,)) for i in look.items)}
    return asked - worn | beside


def _padded(services: AgentServices, plan: LookPlan, prefs: Preferences, brief: Brief) -> list[Item]:
    """The padded jackets and puffers that may go over the look (searched among the warm layers)."""
    cold = replace(brief, weather=replace(brief.weather, cold=True))
    return [i for i in fetch_slot(services.catalog, "outerwear", plan.gender, prefs, cold, ())
            if is_of_kind(i, ("puffer",))]


def _kept(look: Outfit, keep: list[Item], brief: Brief, lang: str) -> Outfit:
    """The look with only the pieces kept (its layer taken off), and a reason that says so."""
    return Outfit(look.style, tuple(keep), why(look.style, brief.occasion, keep, lang, brief.season), look.occasion)


def _sheds_layer(look: Outfit, heard: Understanding, brief: Brief) -> bool:
    """"Cooler" into weather whose dress code wears no layer: the look's catalogue layer comes off (not one
    asked for by name: "a lighter jacket" keeps a jacket)."""
    return _warmth_step(heard) < 0 and not heard.slots and not find_terms(heard.text.lower(), _LAYER_WORDS)[0] \
        and dress_code(brief.occasion, brief.season).layer == "avoid" \
        and any(i.slot == "outerwear" and i.source == "catalog" for i in look.items)


# (the words of every layer: "cooler" masks the kind in "a lighter jacket", which is still a jacket asked for)
_LAYER_WORDS = {"outerwear": tuple(t for kind in KINDS_BY_SLOT["outerwear"]
                                   for t in (*KIND_TERMS.get(kind, ()), *SLOT_TERMS["outerwear"]))}


def _layer_still_needed(look: Outfit, slots: set[str], heard: Understanding, brief: Brief) -> bool:
    """Whether the look's coat goes (a colour, a price or a kind ruled out) in weather that needs one."""
    had_layer = any(i.slot == "outerwear" for i in look.items)
    return had_layer and "outerwear" in slots and "cooler" not in heard.followups \
        and not _layer_ruled_out(look, brief) and dress_code(brief.occasion, brief.season).layer == "needed"


def _layer_ruled_out(look: Outfit, brief: Brief) -> bool:
    """The look's layer is of a kind ruled out whole ("no jacket", "패딩 빼줘"); one ruled out by its colour or its
    cloth ("검정 패딩 말고 다른 색으로", "not a denim jacket") gives way to another layer."""
    whole = tuple(k for k in brief.avoid_kinds if excluded_colour(k) is None and k != "denim_jacket")
    return any(i.slot == "outerwear" and i.source == "catalog" and is_of_kind(i, whole) for i in look.items)


def _rebuilt(services: AgentServices, look: Outfit, keep: list[Item], slots: set[str], heard: Understanding,
             prefs: Preferences, brief: Brief, exclude: tuple[str, ...], used: set[str], lang: str,
             swapped: list[Item], reusable: set[str] = frozenset(), needed: set[str] = frozenset(),
             seed: int = 0) -> Outfit | None:
    """The look with new pieces in these slots, or None when no piece the follow-up allows fits. A piece
    shown in another look may come into a `reusable` slot; the `needed` slots must be filled. The
    conversation's `seed` orders near-equal pieces as its first looks did."""
    # a look shown without a layer keeps going without one when another piece changes
    bare = "outerwear" not in slots and not any(i.slot == "outerwear" for i in keep)
    if brief.feel.sleeved and "top" in slots and not any(KIND_TO_SLOT.get(k) == "top" for k in prefs.kinds):
        # "long sleeves only" (in a heated gym too): the long-sleeved kinds, asked for as if by name
        prefs = replace(prefs, kinds=prefs.kinds + LONG_SLEEVED_KINDS)
    plan = LookPlan(look.style, look_gender(look, prefs), tuple(sorted(slots)), brief.occasion, brief.season,
                    bare=bare, filled=frozenset(needed))
    pool = {slot: fetch_slot(services.catalog, slot, plan.gender, replace(prefs, style=look.style), brief,
                             () if slot in reusable else exclude + used_item_ids(used)) for slot in slots}
    if "jewellery" in heard.kinds and "accessory" in pool and (names := jewellery_named(heard.text)):
        # ("가방이랑 귀걸이 둘 다": earrings, not the necklaces the catalogue files as jewellery too)
        pool["accessory"] = [i for i in pool["accessory"] if i.kind != "jewellery" or names.search(i.name)]
    if brief.cut and (cut_slot := CUT_SLOTS.get(brief.cut, "shoes")) in pool:
        # ("swap the leggings for wide leg sweats": the pieces whose names say that cut, where there are any)
        pool[cut_slot] = [i for i in pool[cut_slot] if cut_of(i) == brief.cut] or pool[cut_slot]
    # the slots the new look must fill: a summer look may drop its jacket, a retuned piece must come back
    must_fill = {s for s in slots if s not in OPTIONAL_SLOTS} | needed
    if any(i.slot == "outerwear" for i in swapped) and dress_code(brief.occasion, brief.season).layer == "needed":
        must_fill.add("outerwear")  # "less formal" in December: another coat or the same one, never none
    if heard.wants_puffer and "outerwear" in pool:  # "코트 말고 패딩으로": padded jackets only, never none
        # (the catalogue has few: one may go over several looks)
        pool["outerwear"] = _padded(services, plan, replace(prefs, style=look.style), brief)
        must_fill.add("outerwear")
    if heard.feel.sleek and "outerwear" in pool and any(i.slot == "outerwear" and puffed(i) for i in swapped):
        # "less puffy": a slimmer layer, never another padded one (the cold keeps the pool to warm coats)
        pool["outerwear"] = [i for i in pool["outerwear"] if not puffed(i)]
    alike = pool  # (another pair in the same colour, where no other colour goes with the rest)
    if "swap" in heard.followups:
        # a piece asked for by name ("what coat can go over it?") is never swapped for none
        must_fill |= {HELD_SLOTS.get(k) or KIND_TO_SLOT.get(k) for k in heard.kinds} & slots
        if not (formality_step(heard) or _warmth_step(heard)):  # (a step is a difference of its own: the brown
            pool = _visibly_different(pool, swapped)  # casual shoes may follow the brown formal ones)
    if step := formality_step(heard):  # "#2's shoes are too casual": only dressier shoes may come in
        pool = _reformed_pool(_stepped_pool(services, pool, plan, prefs, brief, step, exclude + used_item_ids(used)),
                              swapped, step)
    elif "plainer" in heard.followups and heard.slots:  # "셔츠가 너무 화려해": a plain piece in its place
        pool = {slot: [i for i in found if not is_printed(i) and i.color_family in NEUTRAL_FAMILIES] or
                [i for i in found if not is_printed(i)] for slot, found in pool.items()}
    elif "sparkle" in heard.followups:  # only pieces that catch the light come in (or the look keeps its own)
        pool, keep, slots = _sparkling(pool, keep, slots, swapped)
        plan, must_fill = replace(plan, slots=tuple(sorted(slots))), set(slots)
    elif heard.feel.tone in ("dark", "light") and heard.slots:  # "#1 but darker pants": darker than these
        pool = _toned_pool(pool, swapped, heard.feel.tone)
    elif heard.feel.tone == "colourful" and heard.slots:  # "look 3 is boring, more colour?": a piece in a colour
        pool = {slot: [i for i in found if i.color_family not in NEUTRAL_FAMILIES] or found for slot, found in pool.items()}
    elif (wish := size_wish(heard.text)) and any(i.kind == "bag" for i in swapped):
        pool = _resized_pool(pool, swapped, wish)  # "가방도 좀 작은걸로": only smaller bags may come in
    elif _warmth_step(heard) and len(swapped) == 1 and swapped[0] in look.items:
        pool = _retuned_pool(_other_kinds_added(services, pool, swapped[0], plan, prefs, brief, exclude), swapped[0], heard,
                             dressed=any(i.kind in _DRESSED_KINDS for i in look.items))
        must_fill = set(slots)
    shown_again = used_keys(i for slot in reusable for i in pool.get(slot, ()))
    # ("black dress code", then "힐 말고 플랫슈즈로": the black is the looks', held by the pieces kept; the new
    # piece is not bound to carry it alone, as a colour said with its kind would be)
    prefs = replace(prefs, colors=()) if heard.kinds and not heard.preferences.colors else prefs
    items = build_look(plan, pool, prefs, keep, used - shown_again, {}, seed=seed)
    if items is None and "swap" in heard.followups and not (formality_step(heard) or heard.feel or _warmth_step(heard)):
        # "신발 다른거": black derbies under a black belt and a charcoal suit take another black pair, where no
        # other colour goes with the rest (the swap still brings another pair, of the same colour)
        items = build_look(plan, {s: [i for i in alike[s] if i not in swapped] for s in alike}, prefs, keep,
                           used - shown_again, {}, seed=seed)
    if items is None and (step := formality_step(heard)):
        # "less formal shoes" on a dandy look: its style's band stops a step down, the one asked for goes past it
        items = build_look(replace(plan, style=STEPPED_STYLE[step]), pool, prefs, keep, used - shown_again, {}, seed=seed)
    if items is None and "swap" in heard.followups and heard.target_look and (named := _named_here(heard, slots)):
        # "look 1 with white sneakers?" under a blazer: the pair asked for, however casual beside the rest
        items = build_look(replace(plan, chosen=named), pool, prefs, keep, used - shown_again, {}, seed=seed)
    if items is None or not must_fill <= {plan_slot(i) for i in items}:
        return None  # nothing better to offer: the look stays as it was
    mark_used(used, items)
    return Outfit(look.style, tuple(items), why(look.style, brief.occasion, items, lang, brief.season), look.occasion)




def _sparkling(pool: dict[str, list[Item]], keep: list[Item], slots: set[str],
               swapped: list[Item]) -> tuple[dict[str, list[Item]], list[Item], set[str]]:
    """The pool of pieces that catch the light; a piece with none to trade for stays (no bag shines for a day out)."""
    shiny = {slot: [i for i in found if not _sparkle_slot(i) or is_of_kind(i, ("sparkle",))] for slot, found in pool.items()}
    dull = [i for i in swapped if not shiny.get(plan_slot(i))]
    return shiny, keep + dull, slots - {plan_slot(i) for i in dull}


def _warmth_step(heard: Understanding) -> int:
    return ("warmer" in heard.followups) - ("cooler" in heard.followups)


def formality_step(heard: Understanding) -> int:
    """+1 for "more formal", -1 for "more casual", 0 for neither ("셔츠가 너무 화려해 좀 심플하게" of one piece asks
    for a plain one, not a more casual one)."""
    if "plainer" in heard.followups and heard.slots:
        return 0
    return ("more_formal" in heard.followups) - ("less_formal" in heard.followups)


# The style whose pieces a formality step searches among too: the search in the look's own style finds
# few pieces a step away ("less formal shoes" for a dandy look at a party: the casual ones are another search)
STEPPED_STYLE = {-1: "casual", 1: "classic"}


def _stepped_pool(services: AgentServices, pool: dict[str, list[Item]], plan: LookPlan, prefs: Preferences,
                  brief: Brief, step: int, exclude: tuple[str, ...]) -> dict[str, list[Item]]:
    """The pool with the pieces of the style a step over added (still the occasion's dress code)."""
    style = STEPPED_STYLE[step]
    wider = replace(brief, styles=(style,))
    return {slot: _with_more(found, fetch_slot(services.catalog, slot, plan.gender, replace(prefs, style=style), wider,
                                              exclude)) for slot, found in pool.items()}


def _with_more(found: list[Item], extra: Sequence[Item]) -> list[Item]:
    """The candidates found, then those of another search not among them."""
    seen = {i.id for i in found}
    return found + [i for i in dict((i.id, i) for i in extra).values() if i.id not in seen]


def _reformed_pool(pool: dict[str, list[Item]], swapped: list[Item], step: int) -> dict[str, list[Item]]:
    """Only pieces dressier (more relaxed) than the ones traded may take their slots."""
    reformed = dict(pool)
    for item in swapped:
        slot, before = plan_slot(item), dressiness(item)
        reformed[slot] = [i for i in reformed.get(slot, ()) if (dressiness(i) > before if step > 0
                                                                else dressiness(i) < before)]
    return reformed


def _toned_pool(pool: dict[str, list[Item]], swapped: list[Item], tone: str) -> dict[str, list[Item]]:
    """Only pieces darker (lighter) than the ones traded may take their slots, and across the line of what reads
    dark where the traded one sat on the other side of it (brown for charcoal is no brighter look, a floral top
    for a cream one no darker)."""
    toned = dict(pool)
    for item in swapped:
        slot, before, was_dark = plan_slot(item), _lightness(item), reads_dark(item.color, item.color_family)
        toned[slot] = [i for i in toned.get(slot, ()) if (
            _lightness(i) < before - 5 and (was_dark or reads_dark(i.color, i.color_family)) if tone == "dark"
            else _lightness(i) > before + 5 and not (was_dark and reads_dark(i.color, i.color_family)))]
        # ("1번 넥타이 색 조금만 밝게" of a navy tie: a blue one, not copper; a shade of the same colour where one is)
        kin = _SHADE_KIN.get(item.color_family, frozenset({item.color_family}))
        toned[slot] = [i for i in toned[slot] if i.color_family in kin] or toned[slot]
    return toned


_LONG_CUTS = frozenset({"long_layer", "long_puffer"})  # (lengths of a layer, ruled out as lengths, not the layer)


# The families a lighter or darker shade of a colour is found in (navy lightens to blue, black to charcoal and grey)
_SHADE_KIN = {"navy": frozenset({"navy", "blue"}), "blue": frozenset({"blue", "navy"}), "black": frozenset({"black", "grey"}),
              "grey": frozenset({"grey", "black", "white"}), "white": frozenset({"white", "grey", "beige"}),
              "red": frozenset({"red", "pink"}), "pink": frozenset({"pink", "red"}), "brown": frozenset({"brown", "beige"}),
              "beige": frozenset({"beige", "brown", "white"}), "olive": frozenset({"olive", "green"}),
              "green": frozenset({"green", "olive"})}


def _resized_pool(pool: dict[str, list[Item]], swapped: list[Item], wish: int) -> dict[str, list[Item]]:
    """Only bags smaller (bigger) than the one traded may take its place."""
    bag = next(i for i in swapped if i.kind == "bag")
    return {**pool, plan_slot(bag): resized(pool.get(plan_slot(bag), []), bag, wish)}


def _lightness(item: Item) -> float:
    return shade_of(item.color, item.color_family)[0]


def _pieces_to_retune(keep: list[Item], heard: Understanding) -> list[Item]:
    """"Warmer" ("cooler") where every piece already suits the new season: the pieces to trade for a
    warmer (lighter) one, lightest (heaviest) first, the layer before the top; none already at the end."""
    step = _warmth_step(heard)
    end = WARMTH_LEVELS[-1] if step > 0 else WARMTH_LEVELS[0]
    carriers = [i for i in keep if step and i.source == "catalog" and i.slot in WARMTH_CARRIERS
                and traits_of(i).warmth != end and (not heard.slots or i.slot in heard.slots)]
    # ("좀 더 따뜻하게, 아침에 영하야": in real cold the layer goes up first, not the lightest piece under it)
    layer_first = step > 0 and heard.cold
    return sorted(carriers, key=lambda i: (not (layer_first and i.slot == "outerwear"),
                                           step * warmth_rank(traits_of(i).warmth), WARMTH_CARRIERS.index(i.slot)))


# Fewer pieces than this a warmth step away, and the slot's other kinds are searched for by name too
THIN_RETUNE = 6


def _other_kinds_added(services: AgentServices, pool: dict[str, list[Item]], piece: Item, plan: LookPlan,
                       prefs: Preferences, brief: Brief, exclude: tuple[str, ...]) -> dict[str, list[Item]]:
    """The pool with the slot's other kinds the dress code allows, where the search in the look's terms found
    few pieces a warmth step away ("lighter shoes" than trainers: the sandals a search for trainers leaves out)."""
    slot = plan_slot(piece)
    before = warmth_rank(traits_of(piece).warmth)
    if slot not in pool or sum(warmth_rank(traits_of(i).warmth) != before for i in pool[slot]) >= THIN_RETUNE:
        return pool
    kinds = [k for k in code_kinds(slot, dress_code(brief.occasion, brief.season))
             if k != traits_of(piece).kind and k not in brief.avoid_kinds]
    extra = [i for k in kinds for i in fetch_slot(services.catalog, slot, plan.gender, replace(prefs, kinds=(k,)), brief,
                                                  exclude) if is_of_kind(i, (k,))]
    return {**pool, slot: _with_more(list(pool[slot]), extra)}


def _retuned_pool(pool: dict[str, list[Item]], retuned: Item, heard: Understanding,
                  dressed: bool = False) -> dict[str, list[Item]]:
    """Only pieces warmer (lighter) than the one traded may take its place; a dressed look (leather shoes, heels,
    a blazer) stays in trousers when it cools down ("I sweat a lot" of a look for the cabaret night: no shorts)."""
    step, before = _warmth_step(heard), warmth_rank(traits_of(retuned).warmth)
    slot = plan_slot(retuned)
    if slot not in pool:  # (a dress traded for separates in the cold: the separates are new, not retuned)
        return pool
    better = [i for i in pool[slot] if step * (warmth_rank(traits_of(i).warmth) - before) > 0]
    if step > 0 and traits_of(retuned).kind in _COVERED_LEGS:
        # ("make look 1 a bit warmer, 45 degrees and windy": a wool skirt is no warmer than the trousers it bares
        # the legs of)
        better = [i for i in better if traits_of(i).kind in _COVERED_LEGS]
    if step < 0 and traits_of(retuned).kind not in _KNITS:
        # ("something cooler" in a humid July: a knit filed as light is never cooler than the top it would replace)
        better = [i for i in better if traits_of(i).kind not in _KNITS]
    if step < 0 and dressed:
        better = [i for i in better if traits_of(i).kind != "shorts"]
    return {**pool, slot: better}


_COVERED_LEGS = frozenset({"trousers", "jeans", "leggings"})
_KNITS = frozenset({"sweater", "sweatshirt", "cardigan"})
_DRESSED_KINDS = frozenset({"shoes", "heels", "blazer", "tie"})  # (leather shoes, heels, tailoring)


def _visibly_different(pool: dict[str, list[Item]], swapped: list[Item]) -> dict[str, list[Item]]:
    """"Swap the shoes" wants other shoes, not the same black derbies from another brand: candidates
    of the swapped piece's kind and colour go, unless nothing else is left for the slot."""
    seen = {(plan_slot(i), i.kind, i.color_family) for i in swapped}
    other = {slot: [i for i in items if (slot, i.kind, i.color_family) not in seen] for slot, items in pool.items()}
    return {slot: other[slot] or items for slot, items in pool.items()}


def still_excluded(look: Outfit, prefs: Preferences, brief: Brief) -> bool:
    """The look still shows a colour or a kind the person ruled out (no piece could replace it)."""
    return any(i.source == "catalog" and (shows_colour(i, prefs.avoid_colors) or is_of_kind(i, brief.avoid_kinds))
               for i in look.items)


def _for_its_part(look: Outfit, heard: Understanding, prefs: Preferences, brief: Brief) -> tuple[Preferences, Brief]:
    """The wishes and brief a look is changed under: its own part's occasion where it is one of a day's two parts
    (the party's looks stay a party's through "warmer"), unless the message names a new occasion."""
    if look.occasion is None or heard.preferences.occasion:
        return prefs, brief
    return replace(prefs, occasion=look.occasion), replace(brief, occasion=look.occasion)


def revise_looks(services: AgentServices, looks: tuple[Outfit, ...], heard: Understanding, prefs: Preferences,
                 avoid_kinds: tuple[str, ...], exclude: tuple[str, ...], lang: str, *,
                 weather: Weather = Weather(), feel: Feel = Feel(), seed: int = 0) -> list[Outfit]:
    """Change only what the follow-up is about, look by look (in the weather and the feel the request said)."""
    brief = resolve_brief(prefs, services.today().month, avoid_kinds, weather, feel=feel)
    brief = replace(brief, season=shifted_season(brief.season, heard), cut=heard.cut)
    prices = [i.price for look in looks for i in look.items if i.price is not None]
    budget = 0.8 * max(prices) if "cheaper" in heard.followups and prices else None
    used: set[str] = set()
    revised = [revise_look(services, look, heard, *_for_its_part(look, heard, prefs, brief), budget, exclude, used, lang,
                           seed) for look in looks]
    if brief.weather.booted and _warmth_step(heard) > 0:  # "warmer, -8 at night": a scarf or beanie on each too
        revised = [_with_warm_accessory(services, look, prefs, brief, used) or look for look in revised]
    return revised

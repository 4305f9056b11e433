"""The agent's data: what it knows of the user's wishes and where the conversation stands."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from collections.abc import Iterable
from typing import Any

from chains.feel import Feel
from chains.weather import Weather
from domain.items import GarmentAnalysis, Item, KindGuess
from domain.vocabulary import CONTRACT_OCCASION, KIND_TO_SLOT
from prompts import detect_language

LIST_FIELDS = ("colors", "avoid_colors", "kinds", "piece_colours", "shades")


@dataclass(frozen=True)
class Preferences:
    """What the user wants; None / empty means unknown. Serialises to the CLI `preferences` object."""

    gender: str | None = None
    occasion: str | None = None
    style: str | None = None
    season: str | None = None
    colors: tuple[str, ...] = ()
    avoid_colors: tuple[str, ...] = ()
    budget_max: float | None = None
    kinds: tuple[str, ...] = ()
    # Each of two or more named pieces in its own colour ("black trousers and brown shoes"): "trousers:black",
    # "shoes:brown" (a kind or a slot, and a colour family); not part of the chat contract
    piece_colours: tuple[str, ...] = ()
    # The words wanted colours were said in, where not the family's own ("brown:camel", "beige:크림"), so a
    # piece named in one keeps its shade on the next turns; not part of the chat contract
    shades: tuple[str, ...] = ()

    def merged(self, update: "Preferences") -> "Preferences":
        """Newer statements win; a colour moved to "avoid" leaves "wanted" and vice versa."""
        values = {f.name: getattr(update, f.name) or getattr(self, f.name) for f in fields(self)}
        if update.kinds and not update.piece_colours:  # other pieces named: the colours of the last ones go
            values["piece_colours"] = ()
        avoid = set(self.avoid_colors) - set(update.colors) | set(update.avoid_colors)
        wanted = set(self.colors) - set(update.avoid_colors) | set(update.colors)
        values["avoid_colors"] = tuple(sorted(avoid))
        values["colors"] = tuple(sorted(wanted))
        # (a colour said again, in a shade or plainly, takes its new word or none)
        values["shades"] = update.shades + tuple(shade for shade in self.shades
                                                 if shade.split(":", 1)[0] in wanted - set(update.colors))
        return Preferences(**values)

    def shade_of(self, family: str) -> str | None:
        """The word a wanted colour of this family was said in ("camel"), if not the family's own."""
        return next((shade.split(":", 1)[1] for shade in self.shades if shade.split(":", 1)[0] == family), None)

    def pinned_colour(self, slot: str, kinds: Iterable[str] = ()) -> str | None:
        """The colour a piece in this slot (or of these kinds) was named in, if it was."""
        return next(iter(self.pinned_colours(slot, kinds)), None)

    def pinned_colours(self, slot: str, kinds: Iterable[str] = ()) -> tuple[str, ...]:
        """The colours a piece in this slot (or of these kinds) may be in, where named: one as a rule ("black
        trousers"), a few where a rule of dress allows those ("a white or pale blue shirt" under a navy suit)."""
        kinds = tuple(kinds)
        pins = (pin.split(":", 1) for pin in self.piece_colours)
        return tuple(dict.fromkeys(colour for key, colour in pins
                                   if key == slot or key in kinds or KIND_TO_SLOT.get(key) == slot))

    def named_colour(self) -> str | None:
        """The colour of the first garment named ("흰 셔츠에 검정 슬랙스": white), else the first wanted colour."""
        if not self.colors:
            return None
        first = self.kinds[0] if self.kinds else None
        return (self.pinned_colour(KIND_TO_SLOT.get(first, ""), (first,)) if first else None) or self.colors[0]

    def wears_pinned(self, item: Item) -> bool:
        """The piece is in the colour its slot or kind was named in."""
        return item.color_family in self.pinned_colours(item.slot, (item.kind,))

    def lasting(self) -> "Preferences":
        """What holds for the person beyond one request (who they dress, their style, the colours
        they never wear, their budget): a new conversation starts from these, not from the last
        request's occasion, season, garments and wanted colours."""
        return Preferences(gender=self.gender, style=self.style, avoid_colors=self.avoid_colors,
                           budget_max=self.budget_max)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in LIST_FIELDS:
            data[name] = list(data[name])
        return data

    def to_contract(self) -> dict[str, Any]:
        """As the chat contract reports them: an occasion it has no word for ("hiking") in its nearest word."""
        data = self.to_json()
        del data["piece_colours"], data["shades"]
        if data["occasion"] in CONTRACT_OCCASION:
            data["occasion"] = CONTRACT_OCCASION[data["occasion"]]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Preferences":
        data = data or {}
        values = {f.name: data.get(f.name) for f in fields(cls)}
        for name in LIST_FIELDS:
            values[name] = tuple(values[name] or ())
        return cls(**values)


@dataclass(frozen=True)
class Outfit:
    style: str
    items: tuple[Item, ...]
    why: str
    # The part of the day it is for, where the looks on screen are for two ("a panel talk, then parties after");
    # None where all are for the brief's one occasion
    occasion: str | None = None

    def to_json(self, *, with_traits: bool = False) -> dict[str, Any]:
        items = [i.to_json(with_source=True, with_traits=with_traits) for i in self.items]
        data = {"style": self.style, "items": items, "why": self.why}
        return data | ({"occasion": self.occasion} if self.occasion else {})

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Outfit":
        return cls(data["style"], tuple(Item.from_json(i) for i in data["items"]), data.get("why", ""),
                   data.get("occasion"))


EARLIER_SETS = 3  # sets of looks remembered besides those on screen


@dataclass(frozen=True)
class ConversationState:
    """Persisted between turns (storage keeps it as JSON), so a restart resumes the conversation."""

    language: str = "en"
    pending: tuple[str, ...] = ()  # what the last reply asked about
    questions_in_row: int = 0
    anchor: Item | None = None  # the uploaded garment outfits are built around
    anchor_kind_options: tuple[str, ...] = ()
    shown_ids: tuple[str, ...] = field(default_factory=tuple)  # items already shown, for "show me more"
    looks: tuple[Outfit, ...] = ()  # the looks on screen, which follow-ups change
    avoid_kinds: tuple[str, ...] = ()  # "no sneakers"
    liked: tuple[Item, ...] = ()  # items of looks the user asked more of ("like #2"): their taste
    wants_trend: bool = False  # looks in the trend were asked for before a clarifying question
    # A later part of the day said with the request before a clarifying question ("then parties after"), and
    # whether there is no changing in between: the looks after the answer are for both parts
    later_part: str | None = None
    no_change_between: bool = False
    gender_asked: bool = False  # asked once per conversation; unanswered, the looks alternate wearers
    body: tuple[float | None, float | None] = (None, None)  # height cm, weight kg said in this conversation
    build: str | None = None  # slim | full, said without a weight ("6ft, pretty skinny"): sizes for that build
    size_worn: str | None = None  # the size they said they wear ("보통 상의는 M 입어요"): "오버핏이면요?" goes up from it
    # The brief of the example looks a style answer showed or offered ("what goes with olive cargo
    # pants?", "what to wear to a funeral?"): the answer to "whose clothes?", "show me more" and
    # follow-ups on those looks build on it rather than asking the occasion again.
    offered: Preferences | None = None
    # Questions answered with a shrug ("whatever", "아무거나"): never asked again in this conversation
    declined: tuple[str, ...] = ()
    weather: Weather = Weather()  # the weather the request's looks go out into ("rainy day at the office")
    feel: Feel = Feel()  # how the request's looks should feel ("nothing too tight", "no cotton"): chains/feel.py
    age: int | None = None  # the person's age, once said ("male, 60 yrs old"): "does look 1 suit my age?"
    seed: int = 0  # this conversation's own order among equally good pieces (chains/look_score.py VARIETY)
    # Looks shown before those on screen: the first set, then the latest (EARLIER_SETS), for "go back to the first ones"
    earlier: tuple[tuple[Outfit, ...], ...] = ()
    own_gender: str | None = None  # who the person is, once said ("im a girl"): "back to mine" dresses them again
    # The look the last answer was about ("would #1 work for a christening?"), for the next message only:
    # "make it more formal" then changes that look
    focus_look: int | None = None
    # The part of that look whose two colours the last answer weighed ("black or brown shoes for look 2?"), for the
    # next message only: "brown it is" then puts brown shoes on look 2
    weighed_part: str | None = None
    # The change the last answer offered as its first quick reply ("Look 2 with the jeans from look 3"), for the
    # next message only: "ㅇㅋ 그걸로 ㄱㄱ", "yes do that" then makes it
    offered_change: str | None = None
    # The change "which look?" offered for each look on screen ("that one without the jacket" → "#2 without the
    # jacket"), for the next message only: a bare "2" then makes the second
    which_look_offers: tuple[str, ...] = ()
    # The last reply gave sizes from the height and weight, for the next message only: "그럼 바지는요?" then
    # asks the trousers' size, not for looks with trousers
    sizes_told: bool = False
    # The last reply reported the catalogue's trend: "show me an outfit with that for a guy", "남자도 입을 수 있어?"
    # then asks for looks in it, not everyday looks
    trend_told: bool = False
    # Looks for two asked together ("커플룩", "matching outfits with my boyfriend"): hers and his, in pairs
    couple: bool = False
    # The trip goes somewhere hot from May to October ("going to Taipei"): "it's in May" said next is summer there
    subtropical: bool = False
    # The trip goes south of the equator ("speed dating in Melbourne"): "August" said next is winter there
    southern: bool = False
    # Where the looks go and when ("visiting my son in Sydney", then "I leave mid July"): chains/climate.py's place
    # key and the month said, until another place or month is said
    place: str | None = None
    month: int | None = None
    # Someone to dress beside the person, asked before a question ("outfits for me and my mum", then "menswear or
    # womenswear?"): their wardrobe and age, until the looks are shown
    dress_too: str | None = None
    dress_too_age: int | None = None
    # The knowledge notes already told in this conversation (their topics): never told again, word for word
    notes_told: tuple[str, ...] = ()
    # The pieces they said they have, as "kind:colour" ("검정 코트 있는데"): "내 코트" said later is that one
    owned: tuple[str, ...] = ()

    def evolve(self, **changes: Any) -> "ConversationState":
        return replace(self, **changes)

    def remembering(self, shown: tuple[Outfit, ...]) -> "ConversationState":
        """This state with `shown`, the looks on screen before this turn, kept among the earlier ones when
        the turn replaced them: the conversation's first set always, then the latest few."""
        if not shown or shown == self.looks:
            return self
        kept = [s for s in self.earlier if s != shown] + [shown]
        return replace(self, earlier=tuple(kept[:1] + kept[1:][-(EARLIER_SETS - 1):]))

    def ruled_out(self, said: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The kinds ruled out in this conversation, with those a message says now ("no jeans")."""
        return tuple(dict.fromkeys(self.avoid_kinds + said))

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "pending": list(self.pending),
            "questions_in_row": self.questions_in_row,
            "anchor": self.anchor.to_json(with_source=True, with_traits=True) if self.anchor else None,
            "anchor_kind_options": list(self.anchor_kind_options),
            "shown_ids": list(self.shown_ids[-200:]),
            "looks": [look.to_json(with_traits=True) for look in self.looks],
            "avoid_kinds": list(self.avoid_kinds),
            "liked": [i.to_json(with_source=True, with_traits=True) for i in self.liked[-30:]],
            "wants_trend": self.wants_trend,
            "later_part": self.later_part,
            "no_change_between": self.no_change_between,
            "couple": self.couple,
            "gender_asked": self.gender_asked,
            "body": list(self.body),
            "build": self.build,
            "size_worn": self.size_worn,
            "offered": self.offered.to_json() if self.offered else None,
            "declined": list(self.declined),
            "rain": self.weather.rain,
            "cold": self.weather.cold,
            "snow": self.weather.snow,
            "bitter": self.weather.bitter,
            "hot": self.weather.hot,
            "slopes": self.weather.slopes,
            "evening": self.weather.evening,
            "age": self.age,
            "seed": self.seed,
            "feel": list(self.feel.said),
            "earlier": [[look.to_json(with_traits=True) for look in shown] for shown in self.earlier],
            "own_gender": self.own_gender,
            "focus_look": self.focus_look,
            "weighed_part": self.weighed_part,
            "offered_change": self.offered_change,
            "which_look_offers": list(self.which_look_offers),
            "sizes_told": self.sizes_told,
            "trend_told": self.trend_told,
            "subtropical": self.subtropical,
            "southern": self.southern,
            "place": self.place,
            "month": self.month,
            "dress_too": self.dress_too,
            "dress_too_age": self.dress_too_age,
            "notes_told": list(self.notes_told),
            "owned": list(self.owned[-12:]),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "ConversationState":
        data = data or {}
        anchor = data.get("anchor")
        return cls(
            language=data.get("language", "en"),
            pending=tuple(data.get("pending") or ()),
            questions_in_row=int(data.get("questions_in_row", 0)),
            anchor=Item.from_json(anchor) if anchor else None,
            anchor_kind_options=tuple(data.get("anchor_kind_options") or ()),
            shown_ids=tuple(data.get("shown_ids") or ()),
            looks=tuple(Outfit.from_json(look) for look in data.get("looks") or ()),
            avoid_kinds=tuple(data.get("avoid_kinds") or ()),
            liked=tuple(Item.from_json(i) for i in data.get("liked") or ()),
            wants_trend=bool(data.get("wants_trend", False)),
            later_part=data.get("later_part"),
            no_change_between=data.get("no_change_between") is True,
            couple=data.get("couple") is True,
            declined=tuple(data.get("declined") or ()),
            weather=Weather(*(bool(data.get(key, False)) for key in ("rain", "cold", "snow", "bitter", "hot",
                                                                          "slopes", "evening"))),
            age=data["age"] if isinstance(data.get("age"), int) else None,
            seed=data["seed"] if isinstance(data.get("seed"), int) else 0,
            feel=Feel.of([w for w in data.get("feel") or () if isinstance(w, str)]),
            gender_asked=bool(data.get("gender_asked", False)),
            body=_body(data.get("body")),
            build=data["build"] if data.get("build") in ("slim", "full") else None,
            size_worn=data["size_worn"] if isinstance(data.get("size_worn"), str) else None,
            offered=Preferences.from_json(data["offered"]) if data.get("offered") else None,
            earlier=tuple(tuple(Outfit.from_json(look) for look in shown) for shown in data.get("earlier") or ()),
            own_gender=data["own_gender"] if data.get("own_gender") in ("men", "women") else None,
            focus_look=data["focus_look"] if isinstance(data.get("focus_look"), int) else None,
            weighed_part=data["weighed_part"] if isinstance(data.get("weighed_part"), str) else None,
            offered_change=data["offered_change"] if isinstance(data.get("offered_change"), str) else None,
            which_look_offers=tuple(str(o) for o in data.get("which_look_offers") or ()),
            sizes_told=data.get("sizes_told") is True,
            trend_told=data.get("trend_told") is True,
            subtropical=data.get("subtropical") is True,
            southern=data.get("southern") is True,
            place=data.get("place") if isinstance(data.get("place"), str) else None,
            month=data.get("month") if isinstance(data.get("month"), int) else None,
            dress_too=data.get("dress_too") if isinstance(data.get("dress_too"), str) else None,
            dress_too_age=data.get("dress_too_age") if isinstance(data.get("dress_too_age"), int) else None,
            notes_told=tuple(t for t in data.get("notes_told") or () if isinstance(t, str)),
            owned=tuple(t for t in data.get("owned") or () if isinstance(t, str) and ":" in t),
        )


def _body(stored: Any) -> tuple[float | None, float | None]:
    if not isinstance(stored, list | tuple) or len(stored) != 2:
        return None, None
    return tuple(float(v) if isinstance(v, int | float) else None for v in stored)  # type: ignore[return-value]


@dataclass(frozen=True)
class TurnInput:
    text: str
    image: str | None = None


@dataclass(frozen=True)
class Reply:
    """One answer of the stylist: the `stylist chat --json` line, minus preferences."""

    text: str
    type: str  # question | outfits | answer | error
    asks: tuple[str, ...] = ()
    quick_replies: tuple[str, ...] = ()
    outfits: tuple[Outfit, ...] = ()
    images: tuple[str, ...] = ()
    garment: GarmentAnalysis | None = None

    def to_json(self, preferences: Preferences) -> dict[str, Any]:
        return {
            "reply": self.text,
            "type": self.type,
            "asks": list(self.asks),
            "quick_replies": list(self.quick_replies),
            "preferences": preferences.to_contract(),
            "garment": self.garment.to_json() if self.garment else None,
            "outfits": [o.to_json() for o in self.outfits],
            "images": list(self.images),
        }


@dataclass(frozen=True)
class StoredReply:
    """A reply as the conversation's history holds it: the one reader and writer of stored replies
    (the page rebuilds itself from them after a reload; the chat JSON stays `Reply.to_json`)."""

    text: str
    type: str
    quick_replies: tuple[str, ...] = ()
    outfits: tuple[dict[str, Any], ...] = ()  # as the chat JSON has them (`Outfit.to_json`)
    images: tuple[str, ...] = ()
    language: str = ""  # the conversation's language when it was said

    @classmethod
    def of(cls, reply: Reply, language: str) -> "StoredReply":
        return cls(reply.text, reply.type, reply.quick_replies, tuple(o.to_json() for o in reply.outfits),
                   reply.images, language)

    @staticmethod
    def payload(reply: Reply, preferences: Preferences, language: str) -> dict[str, Any]:
        """What the history keeps of a reply: its chat JSON and the conversation's language."""
        return {**reply.to_json(preferences), "language": language}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "StoredReply":
        language = payload.get("language")
        if not language:  # saved before replies kept their language
            language = detect_language(payload.get("reply", "")) or "en"
        return cls(str(payload.get("reply", "")), str(payload.get("type", "")),
                   tuple(payload.get("quick_replies") or ()), tuple(payload.get("outfits") or ()),
                   tuple(payload.get("images") or ()), language)


__all__ = ["ConversationState", "KindGuess", "Outfit", "Preferences", "Reply", "StoredReply", "TurnInput"]

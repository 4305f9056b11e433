"""What a month is like at a place ("is it cold in Sydney in July?", "거기 겨울이에요??", "Madurai in mid January,
should we carry something?"): the place's monthly normals (data/climate/places.csv, data/climate/SOURCE.md) say
the season the looks dress for there, whether it is real heat, the rainy and snowy months, and the sentence that
answers the question (pure)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import prompts
from domain.vocabulary import season_for_month

PLACES_CSV = Path(__file__).resolve().parents[1] / "data" / "climate" / "places.csv"

# Mean daily highs that set what a month's looks dress for, whatever the calendar says: summer clothes from 27 °C
# days on (or nights that stay at 20 °C: a humid tropical night) unless the dawns are cold, a winter coat at 15 °C days
WINTER_HIGH, SUMMER_HIGH, SUMMER_LOW, COOL_HIGH, COLD_DAWN = 15, 27, 20, 20, 16
WINTER_MEAN, COLD_NIGHT = 11, 8  # a day's mean that wants a winter coat; a night that wants knits
HOT_HIGH, COLD_HIGH = 31, 5  # real heat (chains/weather.py), real cold
# What to pack, by the month's mean daily high: the warmest band a high reaches, in °C
BANDS = ((HOT_HIGH, "hot"), (26, "summer"), (20, "mild"), (14, "cool"), (COLD_HIGH + 1, "cold"))
TURNED = {"winter": "summer", "summer": "winter", "spring": "fall", "fall": "spring"}


@dataclass(frozen=True)
class Place:
    key: str
    name: str  # the first name the table gives, as a person would write it
    name_ko: str  # its Korean name (the English one where the table has none)
    high: tuple[int, ...]  # mean daily highs, January..December, in °C
    low: tuple[int, ...]
    wet: frozenset[int]  # months of the rainy season
    snow: frozenset[int]  # months snow falls or lies

    @property
    def southern(self) -> bool:
        """Whether its warm months are December to February (south of the equator), by its nights (a monsoon cools
        India's July days, not its nights)."""
        return self.low[11] + self.low[0] + self.low[1] > self.low[5] + self.low[6] + self.low[7]

    def season(self, month: int) -> str:
        """The season its clothes are for in that month, there, by its days and nights: summer's in the heat
        (January in Madurai), winter's in the cold, the season its calendar names for cool days or cold nights, and
        for mild ones spring's while the days warm, fall's while they cool (December in Bengaluru)."""
        high, low = self.high[month - 1], self.low[month - 1]
        if low >= SUMMER_LOW or high >= SUMMER_HIGH and low >= COLD_DAWN:
            return "summer"
        if high >= SUMMER_HIGH:  # (hot days, cold dawns: December in Pune, a Chhath dawn in November; light with a layer)
            return "spring"
        if high <= WINTER_HIGH or (high + low) / 2 <= WINTER_MEAN:
            return "winter"
        if high < COOL_HIGH or low <= COLD_NIGHT:  # (cool days or cold nights: the season its calendar names there,
            return self.calendar_season(month)  # winter in Sydney's July and Delhi's January, spring in Istanbul's April)
        return "spring" if self.high[month % 12] > self.high[(month - 2) % 12] else "fall"

    def calendar_season(self, month: int) -> str:
        """The season its calendar names that month (turned south of the equator)."""
        calendar = season_for_month(month)
        return TURNED[calendar] if self.southern else calendar

    def named_season(self, month: int) -> str:
        """The season people there call that month: the heat's or the cold's, else its calendar's (July in Sydney is
        winter there)."""
        season = self.season(month)
        return season if season in ("summer", "winter") else self.calendar_season(month)

    def band(self, month: int) -> str:
        """What to pack for its days: hot | summer | mild | cool | cold | freezing (cold nights make a mild month
        a cool one: knits and a jacket, not a cardigan)."""
        high = self.high[month - 1]
        band = next((band for floor, band in BANDS if high >= floor), "freezing")
        return "cool" if band == "mild" and self.low[month - 1] <= COLD_NIGHT else band

    def hot(self, month: int) -> bool:
        return self.high[month - 1] >= HOT_HIGH


_WARMTH = {"winter": 0, "fall": 1, "spring": 1, "summer": 2}


def season_to_dress_for(place: Place, month: int) -> str:
    """The season the looks dress for there: its own, except a northern place a little colder than the calendar
    says keeps the calendar's ("11월 말, 여의도" is the fall people there dress for; the south, the tropics and real
    extremes turn it)."""
    there, calendar = place.season(month), season_for_month(month)
    return calendar if not place.southern and _WARMTH[calendar] - _WARMTH[there] == 1 else there


@lru_cache(maxsize=2)
def load_places(path: Path = PLACES_CSV) -> dict[str, Place]:
    """Every place by each of its names, in lower case."""
    named: dict[str, Place] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names = [n.strip().lower() for n in row["names"].split(";") if n.strip()]
            english = next((n for n in names if not _HANGUL.search(n)), names[0])
            korean = next((n for n in names if _HANGUL.search(n)), english.title())
            place = Place(row["key"], english.title(), korean, _numbers(row["high"]), _numbers(row["low"]),
                          frozenset(_numbers(row["wet"])), frozenset(_numbers(row["snow"])))
            named.update((name, place) for name in names)
    return named


@lru_cache(maxsize=2)
def _names_pattern(path: Path = PLACES_CSV) -> re.Pattern[str]:
    """One pattern for every name, longest first (so "new york" is found before "york"): English names on word
    boundaries and not before a thing named after them; Korean ones not inside another word ("니스" is not in
    "비즈니스", "방콕할" is no Bangkok), a particle or a space after them ("제주도에", "시드니로")."""
    names = sorted(load_places(path), key=len, reverse=True)
    english = "|".join(re.escape(n) for n in names if not _HANGUL.search(n))
    korean = "|".join(re.escape(n) for n in names if _HANGUL.search(n))
    return re.compile(rf"(?<![a-z])(?:{english})(?![a-z]){_NOT_A_PLACE_AFTER}|(?<![가-힣])(?:{korean}){_KO_PLACE_ENDS}")


# A place's name before a garment or a thing named after it is the thing ("wellington boots", "mysore silk", "peking
# duck", "Florence's wedding"), not a trip
_NOT_A_PLACE_AFTER = (r"(?!['’]s\b|\s+(?:boots?|silk|sarees?|shawls?|duck|beans?|envelopes?|bags?|shirts?|cotton|chutney|"
                      r"style|cut|suits?|trousers|pants|jodhpurs|hats?|collars?|fabric|prints?|weave|work|embroidery)\b)")
# A Korean name ends where a particle, a space or a travel word begins ("제주도에", "방콕 여행"), not inside another
# word ("방콕할" is staying in, "퍼스트" first, "보스턴백" a bag)
_KO_PLACE_ENDS = (r"(?=$|[^가-힣]|에|에서|로|으로|의|은|는|이|가|도|를|을|랑|이랑|하고|와|과|까지|부터|쪽|행|여행|날씨|"
                  r"시내|공항|갈|간|가요|가는|엔|처럼|같은|출장|살이|한달)")


def _numbers(cell: str) -> tuple[int, ...]:
    return tuple(int(v) for v in cell.split(";") if v.strip())


_HANGUL = re.compile(r"[가-힣]")
# A place the person comes from, not where the looks go ("moving from chennai", "back from Bali", "서울에서 출발")
# (and someone else's home: "my sister lives in Sydney and is flying in for my birthday")
_LEFT_BEHIND = re.compile(r"\b(?:from|leaving|left|been to|visited|lives in|is based in|is living in)\s+(?:the\s+)?$")
_LEFT_BEHIND_KO = re.compile(r"에서\s*(?:출발|왔|와요|올라|내려|돌아)|(?:갔다|다녀)\s*(?:왔|와)")
# Where they live: the climate they dress in, unless the message goes somewhere else ("I live in Melbourne, going
# to Seoul in January": Seoul)
_HOME = re.compile(r"\b(?:i|we)(?:'m|'re| am| are)?\s+(?:live|living|based|staying|stay)\s+(?:in|at)\s+(?:the\s+)?$"
                   r"|\bhome (?:is )?in\s+$")
_HOME_KO = re.compile(r"(?:에서|에)?\s*(?:살아|살고|사는|거주)")




def place_named(text: str) -> Place | None:
    """The place the message dresses for: the first one named that the message goes to, else where they live;
    none it leaves behind."""
    lowered, homes = text.lower(), []
    for hit in _names_pattern().finditer(lowered):
        before, place = lowered[:hit.start()], load_places()[hit.group()]
        if _LEFT_BEHIND.search(before) or _LEFT_BEHIND_KO.match(lowered, hit.end()):
            continue
        if _HOME.search(before) or _HOME_KO.match(lowered, hit.end()):
            homes.append(place)
            continue
        return place
    return homes[0] if homes else None


def place_by_key(key: str) -> Place | None:
    """The place a conversation remembers by its key (one lookup, not a scan of every name each turn)."""
    return _places_by_key().get(key)


@lru_cache(maxsize=1)
def _places_by_key() -> dict[str, Place]:
    return {place.key: place for place in load_places().values()}


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_EN = re.compile(r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                       r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
_MONTH_KO = re.compile(r"(?<!\d)(1[0-2]|[1-9])\s*월")
# ("may" is a month only where a month can stand: "in may", "may 5th", "mid may", not "it may rain")
_MAY_AS_MONTH = re.compile(r"\b(?:in|early|mid|late|end of|this|next|last|of|until|till|from|to|by|for|during|around"
                           r"|over|after|before|since|through|throughout)\s+may\b"
                           r"|\bmay\s+(?:\d|the\b|and\b|or\b|through\b|to\b)|^may\b(?!\s+(?:i|we|you)\b)")
# ("office outfits for May in Nagpur": "May" capitalised inside a sentence is the month, "May I ask" is not)
_MAY_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<![.!?])(?<!^)\bMay\b(?!\s+(?:I|we|you)\b)")


def month_named(text: str) -> int | None:
    """The month a message names ("mid january", "7월 말", "in Oct"), else None."""
    lowered = text.lower()
    for found in _MONTH_EN.finditer(lowered):
        word = found.group(1)
        if word == "may" and not _MAY_AS_MONTH.search(lowered) and not _MAY_CAPITALISED.search(text):
            continue
        if word in ("mar", "jun", "jul", "sep", "sept", "dec", "nov", "oct", "jan", "feb", "apr", "aug") \
                and lowered[found.end():found.end() + 1] == "'":
            continue
        return _MONTHS.index(word[:3]) + 1
    korean = _MONTH_KO.search(lowered)
    return int(korean.group(1)) if korean else None


_SEASON_NAMED = re.compile(r"\b(summer|winter|spring|fall|autumn)\b|(여름|겨울|가을)|(?<![가-힣])(봄)(?!버)")
_SEASON_OF = {"autumn": "fall", "여름": "summer", "겨울": "winter", "가을": "fall", "봄": "spring"}


def season_named(text: str) -> str | None:
    """The season a message names in words ("summer clothes", "거기 겨울이에요??"), not one a month means."""
    found = _SEASON_NAMED.search(text.lower())
    word = next((g for g in found.groups() if g), None) if found else None
    return _SEASON_OF.get(word, word)


# A layer asked about ("do I need a coat?", "패딩 필요해요?"): the answer says whether, and which
COAT_ASKED = re.compile(r"\b(?:coat|jacket|padding|padded|puffer|down|sweaters?|layers?|warm clothes|something warm|"
                        r"woollens|woolens|shawl)\b|패딩|코트|외투|겉옷|니트|긴팔|점퍼|잠바|경량", re.IGNORECASE)


# "next month", "다음 달", "in a month": the month after this one
_NEXT_MONTH = re.compile(r"\bnext month\b|\bin a month\b|다음\s*달|담달")


def month_meant(text: str, this_month: int) -> int | None:
    """The month a message names, or the next one where it says "next month" ("다음달 제주도 여행 가요")."""
    named = month_named(text)
    if named is None and _NEXT_MONTH.search(text.lower()):
        return this_month % 12 + 1
    return named


def climate_note(lang: str, place: Place, month: int, asked: str = "", season_said: str | None = None) -> str:
    """"No: Sydney in July: days around 17 °C, nights around 8 °C, so it's winter there. …": the month there, and
    what to bring for it (a layer asked about is answered first); a season they supposed is answered yes or no."""
    high, low = place.high[month - 1], place.low[month - 1]
    season, band = place.named_season(month), place.band(month)
    name = place.name_ko if lang == "ko" else place.name
    text = prompts.render(lang, "climate_month", place=name, month=prompts.label(lang, "month", str(month)),
                          high=high, low=low)
    if season_said or (place.southern and season != season_for_month(month)):  # (July in Sydney: "It's winter there.")
        text += " " + prompts.render(lang, "climate_season_there", season=prompts.label(lang, "season", season))
    if season_said:  # ("여름옷 위주로 챙기면 되겠죠?", "it's winter there??")
        text = prompts.render(lang, "climate_yes" if season_said == season else "climate_no") + " " + text
    key = "climate_coat_" if COAT_ASKED.search(asked) else "climate_band_"
    text += " " + prompts.render(lang, key + band)
    if high - low >= 12 and band not in ("cold", "freezing"):  # a warm day and a cold night: a layer for after dark
        text += " " + prompts.render(lang, "climate_evenings")
    if month in place.wet:
        text += " " + prompts.render(lang, "climate_wet")
    if month in place.snow:
        text += " " + prompts.render(lang, "climate_snow")
    return text

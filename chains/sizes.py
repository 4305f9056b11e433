"""Size help: a size suggestion for tops and bottoms from height, weight and gender.

Method (documented in data/README.md): nearest neighbour over the project's own reference chart,
`data/sizes/size_chart.csv`, which gives for every size the height and weight of a typical wearer
(compiled from common retail size guides: letter sizes with their Korean numbers for tops, waist
in inches for bottoms). Distances are in "chart steps" (10 cm of height, 7 kg of weight: girth sets a
size more than height); a person far outside the chart gets no suggestion rather than a wrong one.
It is a starting point, not a fit guarantee: brands cut differently, and the reply says so.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import prompts

SIZE_CHART = Path(__file__).resolve().parents[1] / "data" / "sizes" / "size_chart.csv"
# One size to the next is about 7 kg of weight but 10 cm of height: girth, not height, sets the size of a
# top or a waist (a short, fuller woman takes the fuller size, not a small one for her height)
HEIGHT_STEP_CM, WEIGHT_STEP_KG = 10.0, 7.0
MAX_DISTANCE = 2.5  # chart steps: beyond this the chart does not describe the person


@dataclass(frozen=True)
class SizeRow:
    gender: str
    part: str  # "top" | "bottom"
    size: str
    kr_size: str
    height_cm: float
    weight_kg: float
    chest_cm: float | None = None  # tops: the chest (bust) the size is cut for


@dataclass(frozen=True)
class SizeSuggestion:
    part: str
    size: str
    kr_size: str


@lru_cache(maxsize=4)
def load_chart(path: Path = SIZE_CHART) -> tuple[SizeRow, ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(SizeRow(r["gender"], r["part"], r["size"], r["kr_size"], float(r["height_cm"]),
                             float(r["weight_kg"]), float(r["chest_cm"]) if r.get("chest_cm") else None)
                     for r in csv.DictReader(handle))


def suggest_sizes(gender: str | None, height_cm: float | None, weight_kg: float | None,
                  chart: tuple[SizeRow, ...] | None = None) -> list[SizeSuggestion]:
    """A top and a bottom size, or [] when the gender or a number is missing or outside the chart."""
    if gender not in ("men", "women") or not height_cm or not weight_kg:
        return []
    suggestions = []
    for part in ("top", "bottom"):
        rows = [r for r in chart or load_chart() if r.gender == gender and r.part == part]
        distance, best = min(((_distance(r, height_cm, weight_kg), r) for r in rows), key=lambda p: p[0])
        if distance <= MAX_DISTANCE:
            suggestions.append(SizeSuggestion(part, best.size, best.kr_size))
    return suggestions


# The weight a build said without one stands for, against the chart's average build at that height
BUILD_WEIGHT = {"slim": 0.88, "full": 1.15}
CHEST_STEP_CM = 5.0  # one size to the next, about; further off than a step the chart does not describe it


def size_for_chest(gender: str, chest_cm: float, chart: tuple[SizeRow, ...] | None = None) -> SizeSuggestion | None:
    """The top size cut for this chest (bust) measurement, or None outside the chart."""
    rows = [r for r in chart or load_chart() if r.gender == gender and r.part == "top" and r.chest_cm]
    if not rows:
        return None
    best = min(rows, key=lambda r: abs(r.chest_cm - chest_cm))
    return SizeSuggestion("top", best.size, best.kr_size) if abs(best.chest_cm - chest_cm) <= CHEST_STEP_CM else None


# The body-mass index of an average build (the chart pairs its sizes with heights that climb with girth, so a
# tall person read off it alone would come out in the largest size)
AVERAGE_BMI = {"men": 23.0, "women": 21.5}


def usual_weight(gender: str, height_cm: float) -> float:
    """The weight of an average build at this height, for a height said alone."""
    return AVERAGE_BMI.get(gender, 22.0) * (height_cm / 100) ** 2


def size_for_waist(gender: str, waist_cm: float, chart: tuple[SizeRow, ...] | None = None) -> str | None:
    """The trouser size (the waist in inches, as the chart's bottoms are sold) for this waist, or None
    outside the chart."""
    sizes = [int(r.size) for r in chart or load_chart() if r.gender == gender and r.part == "bottom" and r.size.isdigit()]
    inches = waist_cm / 2.54
    if not sizes or not min(sizes) - 2 <= inches <= max(sizes) + 2:
        return None
    return str(min(sizes, key=lambda s: (abs(s - inches), -s)))  # between two, the roomier one


def _distance(row: SizeRow, height_cm: float, weight_kg: float) -> float:
    return (((height_cm - row.height_cm) / HEIGHT_STEP_CM) ** 2 + ((weight_kg - row.weight_kg) / WEIGHT_STEP_KG) ** 2) ** 0.5


def steps_from(gender: str, said: str, suggested: SizeSuggestion,
               chart: tuple[SizeRow, ...] | None = None) -> int | None:
    """How many sizes up (+) or down (-) a said top size ("L", "100") is from the suggested one, or None
    when the chart does not know it."""
    rows = [r for r in chart or load_chart() if r.gender == gender and r.part == "top"]
    names = [(r.size.upper(), r.kr_size) for r in rows]
    index = next((n for n, pair in enumerate(names) if said.upper() in pair), None)
    mine = next((n for n, (size, _kr) in enumerate(names) if size == suggested.size.upper()), None)
    return None if index is None or mine is None else index - mine


def steps_between(gender: str | None, asked: str, usual: str,
                  chart: tuple[SizeRow, ...] | None = None) -> int | None:
    """How many top sizes the asked one is above (+) or below (-) the one usually worn ("L" against "M": 1),
    or None when the chart knows either not (letter sizes run alike in menswear and womenswear)."""
    for wear in ([gender] if gender in ("men", "women") else ["men", "women"]):
        names = [(r.size.upper(), r.kr_size) for r in chart or load_chart() if r.gender == wear and r.part == "top"]
        here = [next((n for n, pair in enumerate(names) if size.upper() in pair), None) for size in (asked, usual)]
        if None not in here:
            return here[0] - here[1]
    return None


# Korean womenswear tops come in bust numbers too (85 to 105), beside the 44 to 99 of the chart
WOMEN_BUST_SIZES = {"85": "S", "90": "M", "95": "L", "100": "XL", "105": "XXL"}


def letter_sizes(number: str, gender: str | None) -> dict[str, str]:
    """The letter size a Korean top number names in each wardrobe asked ("105" -> {"men": "XL", "women": "XXL"});
    {} for a letter size or a number the charts do not know."""
    found = {}
    for wear in [gender] if gender in ("men", "women") else ["men", "women"]:
        rows = {r.kr_size: r.size for r in load_chart() if r.gender == wear and r.part == "top" and r.kr_size != r.size}
        letter = rows.get(number) or (WOMEN_BUST_SIZES.get(number) if wear == "women" else None)
        if letter:
            found[wear] = letter
    return found


def top_label(size: str, kr_size: str) -> str:
    """"M (95)", or "M" where the Korean size is the same letter."""
    return size if kr_size == size else f"{size} ({kr_size})"


def next_size_of(said: str, gender: str | None) -> str | None:
    """The top size one above a size said ("95" -> "100 (L)", "M" -> "L (KR 100)"), in the wardrobe
    asked (menswear first when unknown: Korean 90-110 are its numbers); None past the chart's end."""
    for wear in [gender] if gender in ("men", "women") else ["men", "women"]:
        rows = [r for r in load_chart() if r.gender == wear and r.part == "top"]
        at = next((n for n, r in enumerate(rows) if said.upper() in (r.size.upper(), r.kr_size)), None)
        if at is not None:
            return top_label(rows[at + 1].size, rows[at + 1].kr_size) if at + 1 < len(rows) else None
    return None


def sizes_up(gender: str, suggested: SizeSuggestion, steps: int) -> str:
    """The top size `steps` above the suggested one (the largest, past the end of the chart)."""
    rows = [r for r in load_chart() if r.gender == gender and r.part == "top"]
    mine = next((n for n, r in enumerate(rows) if r.size == suggested.size), 0)
    row = rows[min(mine + steps, len(rows) - 1)]
    return top_label(row.size, row.kr_size)


def size_phrase(suggestion: SizeSuggestion, lang: str) -> str:
    """"tops M (KR 95)" or "bottoms 32", in `lang`."""
    same = suggestion.part == "top" and suggestion.kr_size == suggestion.size  # no "(KR M)" after M
    return prompts.render(lang, "size_top_plain" if same else f"size_{suggestion.part}", size=suggestion.size,
                          kr=suggestion.kr_size)


# A dress shirt's letter size by its collar: 14–14.5" S, 15–15.5" M, 16–16.5" L, 17–17.5" XL, 18" and up XXL
NECK_SIZES = ((37.5, "S"), (40.5, "M"), (43.0, "L"), (45.5, "XL"))


def shirt_size_for_neck(neck_cm: float) -> str:
    """The letter size of a dress shirt cut for this collar."""
    return next((size for limit, size in NECK_SIZES if neck_cm < limit), "XXL")


"""Shoe sizes from one system to another: US, UK and EU sizes and the foot length in mm that Korean shops
sell by ("I'm a US 9, what's that in mm?", "235 신는데 US로 몇이야?").

Method: the foot length in mm is the pivot. The common retail conversion (the large sports brands' charts
agree within half a size): a men's US size is (mm - 180) / 10 and a women's (mm - 170) / 10, so a men's
US 9 and a women's US 10 are both 270 mm; a UK size is (mm - 190) / 10 for either; an EU size is
mm x 0.15 + 2 (42.5 for 270 mm). Sizes are rounded to the half sizes shops sell. It is a starting point: brands
differ by half a size, and the reply says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SYSTEMS = ("us", "uk", "eu", "mm")
MM_RANGE = (200.0, 320.0)  # the foot lengths shoes are sold in; a number outside is no shoe size

# "US 9", "9 US", "US men's 9.5", "EU 42", "UK8", "유럽 42", "미국 사이즈 9"
_SYSTEM_WORDS = {"us": "us", "usa": "us", "미국": "us", "uk": "uk", "영국": "uk", "eu": "eu", "eur": "eu",
                 "euro": "eu", "유럽": "eu"}
_SYSTEM = r"(?:us|usa|uk|eu|eur|euro|미국|영국|유럽)"
_NUMBER = r"(\d{1,2}(?:\.5)?|\d{1,2}\s*1/2)"
_BEFORE = re.compile(rf"(?<![\w])({_SYSTEM})\s*(?:사이즈\s*|size\s*|(?:men'?s|women'?s|mens|womens|m|w)\s*)?{_NUMBER}(?![\d.])",
                     re.IGNORECASE)
_AFTER = re.compile(rf"(?<![\d.]){_NUMBER}\s*(?:in\s+)?({_SYSTEM})\b", re.IGNORECASE)
# "270mm", "235 신어요", "250 사이즈": a foot length in mm (the number alone, where shoes are the subject)
_MM = re.compile(r"(?<![\d.])(2[0-9]\d|3[01]\d)\s*(?:mm|미리|밀리|(?=\s*(?:신|사이즈|이에요|예요|인데|이면|면)))",
                 re.IGNORECASE)


@dataclass(frozen=True)
class ShoeSize:
    system: str  # one of SYSTEMS
    value: float


@dataclass(frozen=True)
class ShoeSizes:
    """One foot's size in every system (the US size in the wardrobe asked, or both where unknown)."""

    mm: float
    us_men: float
    us_women: float
    uk: float
    eu: float


def said_shoe_size(text: str) -> ShoeSize | None:
    """The shoe size a message names with its system, or a foot length in mm; None when it names none."""
    lowered = text.lower()
    if found := _BEFORE.search(lowered):
        return ShoeSize(_SYSTEM_WORDS[found.group(1)], _number(found.group(2)))
    if found := _AFTER.search(lowered):
        return ShoeSize(_SYSTEM_WORDS[found.group(2)], _number(found.group(1)))
    if found := _MM.search(lowered):
        return ShoeSize("mm", float(found.group(1)))
    return None


def converted(size: ShoeSize, gender: str | None) -> ShoeSizes | None:
    """The size in every system; a US size is read as the wardrobe's said (men's when unknown: the
    catalogue's unisex trainers are sold in men's sizes). None when the size is no foot's."""
    mm = _to_mm(size, gender)
    if not MM_RANGE[0] <= mm <= MM_RANGE[1]:
        return None
    return ShoeSizes(mm=_to_five(mm), us_men=_half((mm - 180) / 10), us_women=_half((mm - 170) / 10),
                     uk=_half((mm - 190) / 10), eu=_half(mm * 0.15 + 2))


def _to_mm(size: ShoeSize, gender: str | None) -> float:
    if size.system == "mm":
        return size.value
    if size.system == "us":
        return size.value * 10 + (170 if gender == "women" else 180)
    if size.system == "uk":
        return size.value * 10 + 190
    return (size.value - 2) / 0.15


def _number(said: str) -> float:
    said = said.replace(" ", "")
    return float(said.replace("1/2", "")) + 0.5 if said.endswith("1/2") else float(said)


def _half(value: float) -> float:
    return round(value * 2) / 2


def _to_five(mm: float) -> float:
    """Korean shops sell in 5 mm steps."""
    return round(mm / 5) * 5


def size_text(value: float) -> str:
    """"9", "9.5", "42.5"."""
    return f"{value:g}"

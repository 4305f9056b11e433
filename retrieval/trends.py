"""What rises in the catalogue, season by season (data/catalog/trends.json, built by
scripts/build_trends.py from the listings' years; the method is in data/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TRENDS = Path(__file__).resolve().parents[1] / "data" / "catalog" / "trends.json"


@dataclass(frozen=True)
class Rising:
    value: str
    change: float  # gain in share, 0.05 = five percentage points
    share: float


@dataclass(frozen=True)
class SeasonTrend:
    season: str
    year: int
    previous: int
    items: int
    colors: tuple[Rising, ...]
    kinds: tuple[Rising, ...]
    styles: tuple[Rising, ...]
    gender: str | None = None  # the listings of one wearer only; None: all of them


@cache
def _table(path: Path = TRENDS) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"seasons": {}}


def _rising(rows: list[dict]) -> tuple[Rising, ...]:
    return tuple(Rising(r["value"], r["change"], r["share"]) for r in rows)


def season_trend(season: str, gender: str | None = None, path: Path = TRENDS) -> SeasonTrend | None:
    """The season's latest year in the catalogue against the year before, in menswear or womenswear
    alone where asked and listed enough (`SeasonTrend.gender` says which); None where too few listings."""
    info = _table(path)["seasons"].get(season)
    if info is None:
        return None
    own = info.get("genders", {}).get(gender or "")
    found = own or info
    return SeasonTrend(season, found["year"], found["previous"], found["items"], _rising(found["colors"]["rising"]),
                       _rising(found["kinds"]["rising"]), _rising(found["styles"]["rising"]),
                       gender if own else None)

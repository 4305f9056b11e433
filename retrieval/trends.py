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


@cache
def _table(path: Path = TRENDS) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"seasons": {}}


def _rising(rows: list[dict]) -> tuple[Rising, ...]:
    return tuple(Rising(r["value"], r["change"], r["share"]) for r in rows)


def season_trend(season: str, path: Path = TRENDS) -> SeasonTrend | None:
    """The season's latest year in the catalogue against the year before; None where too few listings."""
    info = _table(path)["seasons"].get(season)
    if info is None:
        return None
    return SeasonTrend(season, info["year"], info["previous"], info["items"], _rising(info["colors"]["rising"]),
                       _rising(info["kinds"]["rising"]), _rising(info["styles"]["rising"]))

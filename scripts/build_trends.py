"""Build data/catalog/trends.json: what rises in the demo catalogue, season by season, year on year.

    .venv/bin/python scripts/build_trends.py [--styles-csv FILE] [--catalog FILE] [--out FILE]

The catalogue's products carry the season and the year they were listed (Fashion Product Images'
`season` and `year`). For each season the script compares the latest year with enough products
(MIN_LATEST) against the year before it with enough (MIN_PREVIOUS): the share of each colour family,
garment kind and style tag among that season's products, and its change in percentage points. A
value must appear MIN_COUNT times in the latest year to be called rising. Deterministic; the output
is small and committed, so nothing reads the raw data at run time (retrieval/trends.py reads it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from domain.vocabulary import WORN_SLOTS  # noqa: E402  (the checkout this script lives in)

DEFAULT_STYLES = REPO.parent / "shared" / "data" / "fashion-product-images" / "styles.csv"
DEFAULT_CATALOG = REPO / "data" / "catalog" / "demo_catalog.parquet"
DEFAULT_OUT = REPO / "data" / "catalog" / "trends.json"
MIN_LATEST, MIN_PREVIOUS, MIN_COUNT = 60, 30, 4
GENDERS = ("men", "women")

TOP = 5


def _shares(values: list[str]) -> dict[str, tuple[int, float]]:
    counts = Counter(values)
    total = sum(counts.values()) or 1
    return {value: (count, count / total) for value, count in counts.items()}


def _field(latest: list[str], previous: list[str]) -> dict[str, list[dict]]:
    now, before = _shares(latest), _shares(previous)
    rows = [{"value": v, "count": n, "share": round(s, 4), "change": round(s - before.get(v, (0, 0.0))[1], 4)}
            for v, (n, s) in now.items()]
    rising = sorted((r for r in rows if r["count"] >= MIN_COUNT and r["change"] > 0), key=lambda r: -r["change"])
    common = sorted(rows, key=lambda r: -r["share"])
    return {"rising": rising[:TOP], "common": common[:TOP]}


def season_trends(frame: pd.DataFrame, with_genders: bool = True) -> dict[str, dict]:
    """Per season: the two years compared and, per field, the values rising most and the most common;
    the same for menswear and womenswear alone where each has enough listings ("trending for men")."""
    out = {}
    for season, rows in sorted(frame.groupby("season")):
        sizes = rows.groupby("year").size().sort_index()
        latest = next((y for y in reversed(sizes.index) if sizes[y] >= MIN_LATEST), None)
        if latest is None:
            continue
        previous = next((y for y in reversed(sizes.index) if y < latest and sizes[y] >= MIN_PREVIOUS), None)
        if previous is None:
            continue
        now, before = rows[rows.year == latest], rows[rows.year == previous]
        out[season] = {
            "year": int(latest), "previous": int(previous), "items": int(len(now)), "previous_items": int(len(before)),
            "colors": _field(list(now.color_family), list(before.color_family)),
            "kinds": _field(list(now.kind), list(before.kind)),
            "styles": _field([s for tags in now.styles for s in tags], [s for tags in before.styles for s in tags]),
        }
        if with_genders:
            wearers = {g: season_trends(rows[rows.gender.isin([g, "unisex"])], False).get(season) for g in GENDERS}
            out[season]["genders"] = {g: info for g, info in wearers.items() if info}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--styles-csv", type=Path, default=DEFAULT_STYLES)
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    years = pd.read_csv(args.styles_csv, usecols=["id", "year"], on_bad_lines="skip").dropna()
    years["id"] = years["id"].astype(int).astype(str)
    catalog = pd.read_parquet(args.catalog, columns=["id", "season", "slot", "color_family", "kind", "styles", "gender"])
    frame = catalog.merge(years, on="id", how="inner")
    # What people wear: garments and shoes (the listings of socks, watches and jewellery come and go
    # in batches and would drown them), in named colours (not prints, not metals).
    frame = frame[frame.slot.isin(WORN_SLOTS) & ~frame.color_family.isin(["multi", "metallic"])]
    result = {"source": "demo catalogue (Fashion Product Images, Myntra listings): garments and shoes, "
                        "with their listing year",
              "method": f"share of each value among a season's products, latest year with >= {MIN_LATEST} products "
                        f"vs the year before with >= {MIN_PREVIOUS}; rising = largest gain in percentage points "
                        f"among values seen >= {MIN_COUNT} times",
              "seasons": season_trends(frame)}
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    for season, info in result["seasons"].items():
        colours = ", ".join(f"{r['value']} {r['change']:+.1%}" for r in info["colors"]["rising"][:3])
        print(f"{season}: {info['year']} vs {info['previous']} ({info['items']} items): {colours}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

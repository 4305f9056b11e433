"""`stylist eval understanding --json`: how well the rules read what people say.

`data/understanding/utterances.jsonl` holds utterances in English and Korean, each labelled with
what it means (preferences, garment kinds, exclusions, follow-ups, questions, and how the looks should
feel: "relaxed", "sleek", "comfort", "grip", "no:<fabric>", "tone:<dark|light|earthy>", "palette:<colour>"). Every utterance is
read by `chains.extract.extract` (the rules, no chat model) and compared field by field; a field the
label leaves out must read as empty, so a word read where none was said counts as a misread too.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

UTTERANCES = Path(__file__).resolve().parents[1] / "data" / "understanding" / "utterances.jsonl"
FIELDS = ("gender", "occasion", "style", "season", "colors", "avoid_colors", "kinds", "avoid_kinds",
          "followups", "like_look", "question", "budget_max", "feel", "then_occasion")
LIST_FIELDS = frozenset({"colors", "avoid_colors", "kinds", "avoid_kinds", "followups", "feel"})


def load_utterances(path: Path = UTTERANCES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reading(text: str) -> dict[str, Any]:
    """What the rules hear in one message, in the label's fields."""
    from chains.extract import extract

    heard = extract(text)
    p = heard.preferences
    return {
        "gender": p.gender, "occasion": p.occasion, "style": p.style, "season": p.season,
        "colors": p.colors, "avoid_colors": p.avoid_colors, "kinds": heard.kinds, "avoid_kinds": heard.avoid_kinds,
        "followups": tuple(heard.followups), "like_look": heard.like_look, "question": heard.question,
        "budget_max": p.budget_max, "feel": heard.feel.said, "then_occasion": heard.then_occasion,
    }


def _normal(field: str, value: Any) -> Any:
    if field in LIST_FIELDS:
        return frozenset(value or ())
    if field == "budget_max":
        return float(value) if value else None
    return value or None


def misread_fields(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The fields where the reading differs from the label (an absent label means empty)."""
    return [f for f in FIELDS if _normal(f, expect.get(f)) != _normal(f, got.get(f))]


def run_understanding_eval(path: Path = UTTERANCES) -> dict[str, Any]:
    rows = load_utterances(path)
    wrong: Counter[str] = Counter()
    misread = []
    for row in rows:
        got = reading(row["text"])
        fields = misread_fields(row["expect"], got)
        wrong.update(fields)
        if fields:
            misread.append({"text": row["text"], "fields": fields,
                            "expected": {f: row["expect"].get(f) for f in fields},
                            "read": {f: _jsonable(got[f]) for f in fields}})
    languages = Counter(row["lang"] for row in rows)
    return {
        "utterances": len(rows), "languages": dict(languages),
        "accuracy": {f: round(1 - wrong[f] / len(rows), 3) for f in FIELDS},
        "all_fields_right": round(1 - len(misread) / len(rows), 3),
        "misread": misread,
    }


def _jsonable(value: Any) -> Any:
    return sorted(value) if isinstance(value, (tuple, frozenset, set)) else value

"""`stylist eval outfits --json`: the stylist's rubric over a grid of briefs, and the person-judged set.

The grid asks the real agent (rules, catalogue, composer; no lookbooks) for looks in plain words,
English and Korean: every occasion x men/women x every season, half with a style named, plus
briefs that name a colour or a garment. Each look is checked against the intended brief, so a
misheard request shows as broken rules too. `data/judged/ratings.json` holds looks a person rated
blind (old and new composer mixed); its means are reported beside the rubric.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import prompts
from app.settings import Settings
from domain.vocabulary import OCCASIONS, SEASONS

RATINGS = Path(__file__).resolve().parents[1] / "data" / "judged" / "ratings.json"
GENDER_WORDS = {"en": {"men": "men", "women": "women"}, "ko": {"men": "남자", "women": "여자"}}
# How people say the occasions in English (Korean uses the interface's own words, prompts/ko.toml).
EN_OCCASIONS = {"daily": "everyday", "work": "the office", "date": "a date", "interview": "a job interview",
                "wedding": "a wedding", "party": "a party", "travel": "a trip", "workout": "a workout"}
STYLE_FOR = {"daily": "minimal", "work": "classic", "date": "casual", "interview": "classic", "wedding": "classic",
             "party": "chic", "travel": "casual", "workout": "sporty"}
COLOUR_BRIEFS = (  # (text, lang, occasion, season, gender, wanted colours, named slot)
    ("What goes with navy chinos? men, spring", "en", "daily", "spring", "men", ("navy",), "bottom"),
    ("date outfit with something red, women, summer", "en", "date", "summer", "women", ("red",), None),
    ("beige trousers for the office, women, fall", "en", "work", "fall", "women", ("beige",), "bottom"),
    ("olive jacket for a trip, men, fall", "en", "travel", "fall", "men", ("olive",), "outerwear"),
    ("남자 봄 데일리 네이비 치노 코디", "ko", "daily", "spring", "men", ("navy",), "bottom"),
    ("여자 가을 출근룩 베이지 바지로", "ko", "work", "fall", "women", ("beige",), "bottom"),
    ("여자 여름 파티룩 검정 원피스", "ko", "party", "summer", "women", ("black",), "onepiece"),
    ("남자 겨울 데이트 회색 코디", "ko", "date", "winter", "men", ("grey",), None),
)


@dataclass(frozen=True)
class GridBrief:
    text: str
    lang: str
    occasion: str
    season: str
    gender: str
    colors: tuple[str, ...] = ()
    named_slot: str | None = None


def _text(lang: str, occasion: str, season: str, gender: str, style: str | None) -> str:
    g = GENDER_WORDS[lang][gender]
    if lang == "en":
        return f"{style + ' ' if style else ''}outfit for {EN_OCCASIONS[occasion]} in {season}, {g}"
    o, s = prompts.label("ko", "occasion", occasion), prompts.label("ko", "season", season)
    return f"{g} {s} {o} {prompts.label('ko', 'style', style) if style else ''} 코디 추천해줘".replace("  ", " ")


def grid() -> list[GridBrief]:
    """Every occasion x gender x season in both languages; every other brief names a style."""
    briefs = []
    for lang in ("en", "ko"):
        for n, (occasion, season, gender) in enumerate(
                (o, s, g) for o in OCCASIONS for s in SEASONS for g in ("men", "women")):
            style = STYLE_FOR[occasion] if n % 2 else None
            briefs.append(GridBrief(_text(lang, occasion, season, gender, style), lang, occasion, season, gender))
    briefs += [GridBrief(*row) for row in COLOUR_BRIEFS]
    return briefs


def _stylist_and_catalog(settings: Settings, tmp: Path) -> tuple[Any, Any]:
    """The real agent over the configured catalogue, without lookbooks (the rubric reads items), and
    that catalogue (the rubric reads its pieces as it stores them)."""
    from app.wiring import agent_services, build_catalog
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    services = replace(agent_services(settings, build_catalog(settings), renders_dir=tmp / "renders"), renderer=None)
    return Stylist(services, Repository(make_engine(f"sqlite:///{tmp}/eval.db"))), services.catalog


def ask(stylist: Any, brief: GridBrief, user: str) -> dict[str, Any]:
    from chains.state import Preferences

    reply = stylist.turn(user, brief.text)
    return reply.reply.to_json(Preferences())


def judge_answer(reply: dict[str, Any], brief: GridBrief,
                 stored: Callable[[Sequence[str]], Sequence[Any]] | None = None) -> list[list[str]]:
    """The rules each look of one answer breaks. `stored` (the catalogue's `get`) gives the catalogue's
    own reading of its pieces, corrections by eye included, which the reply's JSON does not carry;
    without it the pieces are read from their names."""
    from chains.rubric import Brief, answer_violations, look_violations
    from domain.items import Item

    rubric_brief = Brief(brief.occasion, brief.season, brief.gender, brief.colors, (), brief.named_slot)
    looks = [[Item.from_json(i) for i in o["items"]] for o in reply["outfits"]]
    if stored is not None:
        known = {i.id: i for i in stored([i.id for look in looks for i in look if i.source == "catalog"])}
        looks = [[known.get(i.id, i) if i.source == "catalog" else i for i in look] for look in looks]
    across = answer_violations(looks, rubric_brief)
    return [look_violations(items, rubric_brief, o["why"], brief.lang) + extra
            for items, o, extra in zip(looks, reply["outfits"], across)]


def _means(rows: list[dict[str, Any]]) -> dict[str, Any]:
    means: dict[str, Any] = {"n": len(rows)}
    for composer in sorted({r["composer"] for r in rows}):
        scores = [r["rating"] for r in rows if r["composer"] == composer]
        means[f"{composer}_mean"] = round(sum(scores) / len(scores), 2)
        means[f"{composer}_n"] = len(scores)
    return means


def judged_means(path: Path = RATINGS) -> dict[str, Any]:
    """Means of the blind ratings per composer (the judge never saw which made a look): the latest
    round at the top (the current composer), every round under `rounds`. Each round rates the
    composer of its time against the same old one, on briefs of its own."""
    if not path.exists():
        return {}
    rows = json.loads(path.read_text())["looks"]
    rounds = sorted({r.get("round", 1) for r in rows})
    by_round = {str(n): _means([r for r in rows if r.get("round", 1) == n]) for n in rounds}
    return {**by_round[str(rounds[-1])], "round": rounds[-1], "rounds": by_round}


def run_outfit_eval(settings: Settings) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    looks = clean = 0
    unanswered, examples = [], []
    with tempfile.TemporaryDirectory() as tmp:
        stylist, catalog = _stylist_and_catalog(settings, Path(tmp))
        for n, brief in enumerate(grid()):
            reply = ask(stylist, brief, f"eval-{n}")
            if not reply["outfits"]:
                unanswered.append(brief.text)
                continue
            for found, outfit in zip(judge_answer(reply, brief, catalog.get), reply["outfits"]):
                looks += 1
                clean += not found
                counts.update(found)
                if found and len(examples) < 12:
                    examples.append({"brief": brief.text, "rules": found,
                                     "items": [i["name"] for i in outfit["items"]]})
    return {"briefs": len(grid()), "looks": looks, "clean_share": round(clean / max(looks, 1), 3),
            "violations": dict(sorted(counts.items())), "unanswered": unanswered, "examples": examples,
            "judged": judged_means()}

"""`stylist eval retrieval`: attribute precision@10 of catalogue search, on queries made from items.

How the queries are made (documented in data/README.md, "Retrieval evaluation"):

1. Source items are catalogue items that are adult outfit pieces for men or women, with a season, a
   plain colour family (not multi or metallic) and a kind the phrase tables below cover, whose
   attribute combination (kind, colour family, gender or unisex, season) is shared by at least
   `min_relevant` other items, so that a perfect top 10 exists. They are taken round-robin over
   kinds, in a fixed hash order of their ids (deterministic, no tuning on the results).
2. Each source item becomes one query naming its kind, colour, gender and season, alternately in
   English and Korean, through several templates and synonyms ("navy chinos for men for winter",
   "겨울에 입을 남성 네이비 슬랙스").
3. The query runs through the same path as `stylist search`: query understanding (text -> text and
   typed filters), then `Catalog.search`. The source item itself is held out (excluded), so every
   hit is another item.
4. A result is relevant when its kind, colour family and season equal the query's and its gender
   is the query's or unisex. precision@10 = relevant results in the top 10 / 10, averaged.

Query understanding lives in `chains` (which depends on retrieval, not the other way round), and the
catalogue is built by the app from its settings: both are parameters (`app/eval_retrieval.py` passes them).
"""

from __future__ import annotations

import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from domain.items import Item
from domain.filters import SearchFilters

Understand = Callable[[str], tuple[str, SearchFilters]]
ATTRIBUTES = ("kind", "color_family", "gender", "season")

# (English words, Korean words) per kind. Plural where a shopper says it so.
KIND_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tshirt": (("t-shirt", "tee"), ("티셔츠", "반팔티")), "longsleeve": (("long sleeve tee",), ("긴팔티",)),
    "shirt": (("shirt", "button-down shirt"), ("셔츠", "남방")), "polo": (("polo",), ("폴로", "카라티")),
    "blouse": (("blouse",), ("블라우스",)), "sweater": (("sweater", "knit jumper"), ("니트", "스웨터")),
    "sweatshirt": (("sweatshirt", "hoodie"), ("맨투맨", "후드티")), "tank": (("tank top",), ("민소매", "나시")),
    "jacket": (("jacket",), ("재킷", "자켓")), "coat": (("coat",), ("코트",)), "blazer": (("blazer",), ("블레이저",)),
    "cardigan": (("cardigan",), ("가디건",)), "jeans": (("jeans", "denim jeans"), ("청바지", "데님")),
    "trousers": (("trousers", "pants", "chinos"), ("슬랙스", "면바지")), "shorts": (("shorts",), ("반바지",)),
    "skirt": (("skirt",), ("스커트", "치마")), "leggings": (("leggings",), ("레깅스",)),
    "dress": (("dress",), ("원피스",)), "jumpsuit": (("jumpsuit",), ("점프수트",)),
    "sneakers": (("sneakers", "trainers"), ("운동화", "스니커즈")), "shoes": (("dress shoes", "loafers"), ("구두",)),
    "boots": (("boots",), ("부츠",)), "sandals": (("sandals", "flip flops"), ("샌들", "슬리퍼")),
    "heels": (("heels",), ("하이힐",)), "flats": (("flats", "ballet flats"), ("플랫슈즈",)),
    "hat": (("cap", "hat"), ("모자",)), "bag": (("bag", "handbag"), ("가방",)), "belt": (("belt",), ("벨트",)),
    "watch": (("watch",), ("시계",)), "sunglasses": (("sunglasses",), ("선글라스",)),
    "scarf": (("scarf",), ("스카프", "머플러")), "tie": (("tie",), ("넥타이",)), "socks": (("socks",), ("양말",)),
    "jewellery": (("jewellery", "jewelry"), ("주얼리",)),
}
COLOUR_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "black": (("black",), ("검정", "블랙")), "white": (("white", "off-white"), ("흰색", "화이트")),
    "grey": (("grey", "gray"), ("회색", "그레이")), "navy": (("navy", "navy blue"), ("네이비", "남색")),
    "blue": (("blue",), ("파란색", "블루")), "brown": (("brown",), ("갈색", "브라운")),
    "beige": (("beige", "cream"), ("베이지",)), "green": (("green",), ("초록색", "그린")),
    "olive": (("olive",), ("올리브",)), "red": (("red",), ("빨간색", "레드")), "pink": (("pink",), ("분홍색", "핑크")),
    "purple": (("purple",), ("보라색", "퍼플")), "yellow": (("yellow", "mustard"), ("노란색", "옐로우")),
    "orange": (("orange",), ("주황색", "오렌지")),
}
GENDER_WORDS = {"men": (("men", "men's", "male"), ("남성", "남자")),
                "women": (("women", "women's", "female"), ("여성", "여자"))}
SEASON_WORDS = {"spring": (("spring",), ("봄",)), "summer": (("summer",), ("여름",)),
                "fall": (("fall", "autumn"), ("가을",)), "winter": (("winter",), ("겨울",))}
TEMPLATES = {
    "en": ("{color} {kind} for {gender} for {season}", "{gender} {color} {kind} for {season}",
           "{season} {color} {kind}, {gender}", "looking for {color} {kind} ({gender}) for {season}"),
    "ko": ("{gender} {season} {color} {kind}", "{season}에 입을 {gender} {color} {kind}",
           "{color} {kind} {gender}용 {season}"),
}


@dataclass(frozen=True)
class EvalQuery:
    text: str
    language: str
    source_id: str
    kind: str
    color_family: str
    gender: str
    season: str

    def matches(self, item: Item) -> dict[str, bool]:
        return {"kind": item.kind == self.kind, "color_family": item.color_family == self.color_family,
                "gender": item.gender in (self.gender, "unisex"), "season": item.season == self.season}


def _hash(text: str) -> int:
    return zlib.crc32(text.encode())


def _pick(words: tuple[tuple[str, ...], tuple[str, ...]], language: str, item_id: str, salt: str) -> str:
    options = words[0] if language == "en" else words[1]
    return options[_hash(item_id + salt) % len(options)]


def _combo(row: dict, gender: str) -> tuple:
    return row["kind"], row["color_family"], gender, row["season"]


def eligible_sources(rows: Sequence[dict], min_relevant: int) -> list[dict]:
    """Items that can become queries with at least `min_relevant` other relevant items (see the module doc)."""
    counts: Counter[tuple] = Counter()
    for r in rows:
        if r.get("outfit_ok", True):
            for gender in (("men", "women") if r["gender"] == "unisex" else (r["gender"],)):
                counts[_combo(r, gender)] += 1  # a unisex item is relevant to both genders' queries
    return [r for r in rows if r.get("outfit_ok", True) and r["gender"] in GENDER_WORDS and r["season"]
            and r["color_family"] in COLOUR_WORDS and r["kind"] in KIND_WORDS
            and counts[_combo(r, r["gender"])] - 1 >= min_relevant]


def _round_robin(rows: list[dict], n: int) -> list[dict]:
    """n rows spread over kinds, each kind's rows in hash order of their ids."""
    by_kind: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: (_hash(r["id"]), r["id"])):
        by_kind.setdefault(r["kind"], []).append(r)
    queues = [by_kind[k] for k in sorted(by_kind)]
    spread = [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]
    return spread[:n]


def make_queries(rows: Sequence[dict], n: int = 400, min_relevant: int = 10) -> list[EvalQuery]:
    """n queries (half English, half Korean) from the attributes of catalogue rows."""
    queries = []
    for index, row in enumerate(_round_robin(eligible_sources(rows, min_relevant), n)):
        language = ("en", "ko")[index % 2]
        templates = TEMPLATES[language]
        words = {
            "kind": _pick(KIND_WORDS[row["kind"]], language, row["id"], "kind"),
            "color": _pick(COLOUR_WORDS[row["color_family"]], language, row["id"], "color"),
            "gender": _pick(GENDER_WORDS[row["gender"]], language, row["id"], "gender"),
            "season": _pick(SEASON_WORDS[row["season"]], language, row["id"], "season"),
        }
        text = templates[(index // 2) % len(templates)].format(**words)
        queries.append(EvalQuery(text, language, row["id"], row["kind"], row["color_family"], row["gender"],
                                 row["season"]))
    return queries


def _understood(query: EvalQuery, filters: SearchFilters) -> bool:
    return (filters.kinds == (query.kind,) and filters.color_families == (query.color_family,)
            and query.gender in filters.genders and filters.seasons == (query.season,))


def evaluate(catalog: Any, queries: Sequence[EvalQuery], understand: Understand, k: int = 10,
             text_only: bool = True) -> dict:
    """Run the queries through understanding + catalogue search; precision@k overall and by part."""
    scores, attributes, languages, understood, times, worst = [], Counter(), {}, 0, [], []
    plain = []
    for query in queries:
        started = time.perf_counter()
        text, filters = understand(query.text)
        results = catalog.search(text, replace(filters, exclude_ids=(query.source_id,)), k=k)
        times.append((time.perf_counter() - started) * 1000)
        checks = [query.matches(item) for item in results]
        precision = sum(all(c.values()) for c in checks) / k
        scores.append(precision)
        languages.setdefault(query.language, []).append(precision)
        attributes.update({a: sum(c[a] for c in checks) for a in ATTRIBUTES})
        understood += _understood(query, filters)
        worst.append((precision, query.text, [f"{i.color} {i.kind} {i.gender} {i.season}" for i in results[:3]]))
        if text_only:
            found = catalog.search(query.text, SearchFilters(exclude_ids=(query.source_id,)), k=k)
            plain.append(sum(all(query.matches(i).values()) for i in found) / k)
    n = max(len(queries), 1)
    return {
        "queries": len(queries), "k": k, f"precision_at_{k}": round(float(np.mean(scores or [0.0])), 4),
        "by_language": {lang: {"queries": len(v), f"precision_at_{k}": round(float(np.mean(v)), 4)}
                        for lang, v in sorted(languages.items())},
        "by_attribute": {a: round(attributes[a] / (n * k), 4) for a in ATTRIBUTES},
        "understood_share": round(understood / n, 4),
        f"text_only_precision_at_{k}": round(float(np.mean(plain)), 4) if plain else None,
        "query_p50_ms": round(float(np.percentile(times, 50)), 2) if times else None,
        "worst": [{"query": q, f"precision_at_{k}": p, "top3": top} for p, q, top in sorted(worst)[:5]],
    }


def retrieval_report(catalog: Any, understand: Understand, n_queries: int = 400, k: int = 10,
                     min_relevant: int | None = None, text_only: bool = True) -> dict:
    """The `stylist eval retrieval` report: queries made from `catalog`'s items, understood by `understand`.

    `text_only` also ranks without the extracted filters, to show what they add.
    """
    rows = catalog.scan(["id", "kind", "color_family", "gender", "season", "outfit_ok"]).to_pylist()
    queries = make_queries(rows, n_queries, min_relevant or k)
    report = evaluate(catalog, queries, understand, k=k, text_only=text_only)
    return {"eval": "retrieval", "catalog_items": catalog.count(), "uri": catalog.uri, **report}

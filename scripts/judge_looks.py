"""Blind person-judged looks: make sheets of looks from a composer, mix two composers' sheets
without saying which is which, and store the ratings with the key (data/judged/ratings.json).

    python scripts/judge_looks.py make --label new --out /tmp/judge [--round 2]   # in each checkout
    python scripts/judge_looks.py blind /tmp/judge/old.json /tmp/judge/new.json --out /tmp/judge/blind
    (a person rates /tmp/judge/blind/sheet.md into /tmp/judge/blind/ratings.json: {"look-01": 4, ...})
    python scripts/judge_looks.py collect /tmp/judge/blind --round 2

`make` asks the agent of the checkout it runs in (STYLIST_DATA_DIR's catalogue) for one round's
briefs below and keeps the first three looks of each answer with their lookbook boards. Each round
has its own briefs, worded apart from the eval grid and from earlier rounds, so no round rates
looks the composer was tuned on; `collect` adds a round to the stored ratings.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the checkout this script lives in, not an installed copy

BRIEFS_ROUND_1 = (  # held apart from the eval grid's wording: other phrasings, both languages
    "I have a job interview next week in winter, what should a man wear?",
    "wedding guest outfit for a woman, summer",
    "casual date night look for a guy in fall",
    "office outfit for women in spring",
    "gym clothes for a man",
    "weekend travel outfit for a woman, summer",
    "party look for a man in winter",
    "여자 가을 데이트룩 추천해줘",
    "남자 여름 출근룩",
    "겨울 결혼식 하객룩 여자",
    "남자 봄 데일리룩 미니멀하게",
    "여자 운동복 코디",
)
BRIEFS_ROUND_2 = (  # new occasions x seasons x genders, after round 1's notes were acted on
    "What should I wear to a friend's wedding this fall? I'm a woman",
    "남자 겨울 데이트룩 추천",
    "summer office look for a man",
    "여자 봄 결혼식 하객룩",
    "I'm going to a party this winter, women's outfit please",
    "men's travel outfit for spring",
    "여자 겨울 출근룩",
    "first date in summer, I'm a guy",
    "면접 복장 여자 봄",
    "casual weekend look for women in fall",
    "남자 가을 파티룩",
    "gym outfit for women",
)
BRIEFS_ROUND_3 = (  # the occasion x season x gender pairs neither earlier round asked
    "interview outfit for a man, summer",
    "여자 여름 데이트룩",
    "wedding guest look for a man in spring",
    "남자 겨울 출근룩",
    "what to wear to a party in spring? women",
    "여자 가을 여행 코디",
    "everyday outfit for a man in fall, street style",
    "남자 여름 결혼식 하객룩",
    "office look for a woman in fall, classic",
    "여자 겨울 데일리룩",
    "men's winter travel outfit",
    "spring date outfit for a woman",
)
BRIEFS_ROUND_4 = (  # twelve more pairs no earlier round asked
    "date night outfit for a woman in winter",
    "남자 봄 출근룩",
    "summer interview look for a woman",
    "여자 여름 파티룩",
    "gym outfit for a man in winter",
    "남자 여름 여행룩",
    "wedding guest outfit for a man in winter",
    "여자 봄 데일리룩",
    "office outfit for a man in fall",
    "남자 봄 파티룩",
    "women's travel outfit for winter",
    "여자 가을 면접룩",
)
BRIEFS_ROUND_5 = (  # the composer at the end of session 7, on phrasings no round used
    "I need something to wear to my cousin's wedding in fall, I'm a guy",
    "여자 겨울 파티룩 추천",
    "minimal spring office look for a woman",
    "남자 가을 데이트 코디",
    "what should a woman wear for a summer weekend?",
    "남자 겨울 면접 복장",
    "casual travel look for a man in summer",
    "여자 봄 여행룩",
    "women's gym outfit for winter",
    "남자 여름 데일리룩 미니멀",
    "party outfit for a man in summer",
    "여자 가을 결혼식 하객룩",
)
BRIEFS_ROUND_6 = (  # session 8: shoes and prints read from photos, tailoring by cloth; new phrasings again
    "What do I wear to a winter wedding? I'm a woman",
    "남자 가을 출근룩 추천해줘",
    "spring party look for a man",
    "여자 겨울 면접룩",
    "casual fall date look for a woman",
    "남자 봄 여행 코디 추천",
    "summer wedding guest outfit for a man",
    "여자 가을 데일리룩 캐주얼하게",
    "men's gym outfit for summer",
    "office look for a woman in winter, chic",
    "남자 겨울 데일리룩",
    "여자 여름 출근룩 미니멀",
)
BRIEFS_ROUND_7 = (  # after round 6's notes: summer jackets for grooms' guests, shoes, bags
    "I'm a guy going to a summer wedding, what should I wear?",
    "여자 가을 파티룩 추천해줘",
    "winter office outfit for a man",
    "남자 여름 데이트룩",
    "spring interview outfit for a woman",
    "여자 겨울 여행룩",
    "fall weekend look for a man, casual",
    "여자 봄 결혼식 하객 코디",
    "women's running outfit for fall",
    "남자 가을 면접 정장",
    "what should a woman wear on a winter date?",
    "남자 봄 데일리룩 스트릿",
)
BRIEFS_ROUND_8 = (  # after round 7: sleeves and open shoes read from the photos
    "wedding guest outfit for a woman in fall",
    "남자 여름 면접 복장 추천",
    "what should a man wear to a winter party?",
    "여자 봄 출근룩 클래식",
    "summer date look for a woman",
    "남자 겨울 여행 코디",
    "casual spring outfit for a woman",
    "남자 가을 결혼식 하객룩 추천해줘",
    "office look for a man in spring, minimal",
    "여자 여름 여행룩",
    "fall interview outfit for a woman",
    "남자 운동복 겨울",
)
BRIEFS_ROUND_9 = (  # session 9: after round 8's bags, sleeves and interview shoes
    "I have an interview at a bank in spring, I'm a woman",
    "남자 여름 결혼식 하객 패션",
    "fall date outfit for a man",
    "여자 겨울 출근룩 추천해줘",
    "what should a woman wear to a summer party?",
    "남자 봄 여행룩",
    "casual winter outfit for a man",
    "여자 가을 데이트룩",
    "gym outfit for a woman in summer",
    "남자 겨울 면접룩",
    "office outfit for a woman in summer, minimal",
    "여자 봄 파티룩",
)
BRIEFS_ROUND_10 = (  # session 9, after round 9: sleeveless layers, pale tailoring, men's bags, dress shirts
    "What should a guy wear to a fall wedding?",
    "여자 여름 면접룩",
    "spring date outfit for a man",
    "남자 가을 파티룩",
    "winter travel outfit for a woman",
    "여자 겨울 데일리룩",
    "classic office look for a man in fall",
    "여자 봄 결혼식 하객룩",
    "summer casual outfit for a man",
    "남자 여름 헬스장 운동복",
    "what should a woman wear to a winter interview?",
    "여자 가을 여행룩",
)
BRIEFS_ROUND_11 = (  # session 9, after round 10: women's long jackets read as coats, no skirts for travel
    "winter office look for a woman",
    "남자 봄 면접룩",
    "what should a woman wear on a fall date?",
    "남자 겨울 결혼식 하객룩",
    "여자 여름 파티룩 추천",
    "spring travel look for a woman",
    "남자 가을 데일리룩 캐주얼",
    "winter party outfit for a woman",
    "여자 봄 운동복",
    "classic summer office outfit for a man",
    "여자 겨울 여행룩",
    "fall interview look for a man",
)
BRIEFS_ROUND_12 = (  # session 10, after round 11: suit colours at interviews, office and wedding shirts, named colours
    "What should I wear to a winter job interview? I'm a woman",
    "남자 여름 결혼식 하객 패션",
    "spring date outfit for a man",
    "여자 가을 출근룩 추천",
    "fall party look, men",
    "여자 겨울 데일리룩",
    "summer travel outfit for a man",
    "남자 봄 운동복",
    "woman's wedding guest outfit for fall",
    "남자 겨울 데이트 코디",
    "classic spring office look for a man",
    "여자 여름 면접 복장",
)
BRIEFS_ROUND_13 = (  # session 10, after round 12: no blazer over a wedding dress, winter knits, interview bags
    "winter wedding guest look for a woman",
    "남자 가을 출근룩",
    "what should a man wear on a summer date?",
    "여자 봄 데이트 코디",
    "casual everyday look for a man, winter",
    "여자 가을 파티룩",
    "interview outfit for a woman in fall",
    "남자 겨울 여행 코디",
    "spring wedding guest outfit, men",
    "여자 여름 데일리룩 미니멀",
    "men's gym outfit for winter",
    "여자 봄 출근룩",
)
BRIEFS_ROUND_14 = (  # session 10, after round 13: corrections by eye, interview coats and shoes, closed office shoes
    "I need a summer wedding outfit, I'm a woman",
    "남자 봄 데이트룩 추천해줘",
    "office outfit for a woman in winter, classic",
    "남자 여름 출근 코디",
    "what should a man wear to a job interview in spring?",
    "여자 가을 여행룩",
    "winter party look for a man",
    "여자 겨울 면접룩",
    "fall date night, women",
    "남자 가을 결혼식 하객룩",
    "everyday look for a woman in spring",
    "남자 여름 데일리 캐주얼",
)
BRIEFS_ROUND_15 = (  # session 10, after round 14: office coats and shoes, date trainers, no black wedding shirts
    "what do I wear to my cousin's wedding in winter? I'm a man",
    "여자 여름 출근룩 추천",
    "spring party outfit for a woman",
    "남자 겨울 면접 복장",
    "men's fall travel outfit",
    "여자 봄 결혼식 하객 원피스",
    "casual summer date look for a woman",
    "남자 봄 데일리룩",
    "women's workout clothes for fall",
    "남자 가을 데이트룩",
    "smart office look for a man in winter",
    "여자 가을 데일리 캐주얼",
)
BRIEFS_ROUND_16 = (  # session 11, after round 15: ties with suits, matched suits, dressier accessories
    "I have a job interview next month (winter), what should I wear? man",
    "여자 가을 결혼식 하객룩 추천해줘",
    "summer office outfit for a man",
    "남자 봄 결혼식 하객 정장",
    "what should a woman wear to a spring interview?",
    "여자 겨울 파티룩",
    "fall date outfit for a man, smart",
    "여자 여름 여행 코디",
    "everyday winter look for a woman",
    "남자 여름 데이트룩",
    "women's office look for spring",
    "남자 가을 운동복",
)
BRIEFS_ROUND_17 = (  # session 11, after round 16: dressy pieces corrected by eye, no cardigan over a wedding dress
    "what should I wear to a summer wedding? I'm a guy",
    "여자 봄 면접 정장 추천",
    "winter date night look for a woman",
    "남자 가을 출근룩 추천해줘",
    "spring party outfit for a man",
    "여자 가을 데이트룩",
    "men's everyday look for summer",
    "여자 겨울 출근룩",
    "fall travel outfit for a woman",
    "남자 겨울 데일리룩",
    "women's summer wedding guest outfit",
    "남자 봄 운동복 추천",
)
BRIEFS_ROUND_18 = (  # session 11, after round 17: more pieces corrected by eye, one loud piece at most
    "남자 여름 면접룩 추천해줘",
    "what should a woman wear to a fall wedding?",
    "men's winter office outfit, classic",
    "여자 봄 파티룩",
    "summer date outfit for a woman, feminine",
    "남자 겨울 여행룩",
    "women's everyday look for fall",
    "남자 봄 데이트 코디 추천",
    "what should I wear to the gym in winter? woman",
    "여자 여름 데일리룩",
    "fall party look for a man",
    "여자 겨울 면접 복장 추천",
)
BRIEFS_ROUND_19 = (  # session 11, after round 18: black and brown shoes in every pool, one entry per product
    "what should a man wear to a spring wedding?",
    "여자 가을 면접룩 추천",
    "winter party outfit for a man",
    "여자 여름 데이트룩 추천해줘",
    "casual spring look for a woman",
    "남자 가을 여행 코디",
    "office outfit for a woman in fall",
    "남자 여름 결혼식 하객룩",
    "women's winter travel outfit",
    "남자 봄 출근룩",
    "fall date look, women",
    "여자 겨울 운동복",
)
BRIEFS_ROUND_20 = (  # session 12, after round 19: women's winter layers, watches to the look, no near-miss suits
    "women's winter date outfit",
    "남자 겨울 면접룩",
    "casual summer weekend look for a man",
    "여자 봄 결혼식 하객룩",
    "fall office look for a man",
    "여자 겨울 데일리룩",
    "spring party outfit for a woman",
    "남자 여름 여행 코디",
    "women's summer office outfit",
    "남자 가을 데이트룩",
    "winter wedding guest outfit for a woman",
    "남자 봄 운동복",
)
BRIEFS_ROUND_21 = (  # session 12, after round 20: summer boots, comfort slip-ons, ethnic jewellery, flats in winter
    "business casual outfit for a man in summer",
    "여자 가을 데일리룩",
    "what should a woman wear to a winter interview?",
    "남자 봄 데이트룩",
    "spring travel outfit for a woman",
    "남자 겨울 파티룩",
    "fall wedding guest look for a man",
    "여자 여름 출근룩",
    "men's winter casual weekend outfit",
    "여자 가을 파티룩",
    "summer date outfit for a man",
    "여자 봄 운동복",
)
BRIEFS_ROUND_22 = (  # session 12, after round 21: neutral colours first when a slot runs out, printed shoes and bags
    "smart casual look for a woman in spring",
    "남자 가을 면접룩",
    "winter date outfit for a man",
    "여자 여름 여행룩",
    "men's spring office look",
    "여자 가을 결혼식 하객룩",
    "summer party outfit for a man",
    "여자 겨울 출근룩",
    "fall travel outfit for a woman",
    "남자 여름 데일리룩",
    "what to wear to a spring interview, women",
    "남자 겨울 운동복",
)
BRIEFS_ROUND_23 = (  # session 12, after round 22: smart casual read as plain and tidy, no cardigan over a knit
    "smart casual outfit for a man in fall",
    "여자 봄 데이트룩",
    "winter office outfit for a man",
    "여자 가을 여행 코디",
    "summer wedding guest look for a woman",
    "남자 겨울 데일리룩",
    "spring interview outfit for a man",
    "여자 여름 파티룩",
    "men's fall gym outfit",
    "여자 겨울 데이트룩",
    "casual summer look for a woman",
    "남자 봄 여행 코디",
)
BRIEFS_ROUND_24 = (  # session 13, on the composer at the end of session 12
    "I need something for a friend's summer wedding, I'm a guy",
    "여자 봄 출근 코디 추천",
    "winter weekend look for a woman, nothing fancy",
    "남자 가을 파티 코디",
    "what should I wear on a first date in spring? I'm a man",
    "여자 겨울 결혼식 하객 코디",
    "I have a job interview this fall, what should I wear? (woman)",
    "남자 여름 회사 출근할 때 입을 옷",
    "women's spring gym outfit",
    "겨울에 여행 가는데 남자 옷 추천해줘",
    "summer party look for a woman",
    "남자 가을 데일리 코디",
)
BRIEFS_ROUND_25 = (  # session 13, after round 24: printed tops, holdalls, padded vests and puffers by weight
    "what do I wear to my sister's spring wedding? (woman)",
    "남자 겨울 출근 코디 추천해줘",
    "summer date night outfit for a guy",
    "여자 가을 면접 복장 추천",
    "relaxed fall weekend outfit for a woman",
    "남자 봄 파티룩 추천",
    "winter gym clothes for a woman",
    "남자 여름 여행 갈 때 입을 옷",
    "women's fall office wear",
    "남자 가을 결혼식 하객 복장",
    "what should a man wear every day in winter?",
    "여자 여름 데일리룩 추천",
)
BRIEFS = {1: BRIEFS_ROUND_1, 2: BRIEFS_ROUND_2, 3: BRIEFS_ROUND_3, 4: BRIEFS_ROUND_4, 5: BRIEFS_ROUND_5,
          6: BRIEFS_ROUND_6, 7: BRIEFS_ROUND_7, 8: BRIEFS_ROUND_8, 9: BRIEFS_ROUND_9,
          10: BRIEFS_ROUND_10, 11: BRIEFS_ROUND_11, 12: BRIEFS_ROUND_12,
          13: BRIEFS_ROUND_13, 14: BRIEFS_ROUND_14, 15: BRIEFS_ROUND_15,
          16: BRIEFS_ROUND_16, 17: BRIEFS_ROUND_17, 18: BRIEFS_ROUND_18, 19: BRIEFS_ROUND_19,
          20: BRIEFS_ROUND_20, 21: BRIEFS_ROUND_21,
          22: BRIEFS_ROUND_22, 23: BRIEFS_ROUND_23, 24: BRIEFS_ROUND_24,
          25: BRIEFS_ROUND_25}
LOOKS_PER_BRIEF = 3
RATINGS = REPO / "data" / "judged" / "ratings.json"


def make(label: str, out: Path, round_: int) -> None:
    from app.settings import Settings
    from app.wiring import agent_services, build_catalog
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    settings = Settings()
    boards = out / label
    boards.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        services = agent_services(settings, build_catalog(settings), renders_dir=boards)
        stylist = Stylist(services, Repository(make_engine(f"sqlite:///{tmp}/judge.db")))
        for n, text in enumerate(BRIEFS[round_]):
            reply = stylist.turn(f"judge-{n}", text).reply
            for outfit, image in list(zip(reply.outfits, reply.images))[:LOOKS_PER_BRIEF]:
                rows.append({"brief": text, "board": image, "why": outfit.why,
                             "items": [f"{i.name} ({i.color}, {i.kind})" for i in outfit.items]})
    (out / f"{label}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    print(f"{len(rows)} looks -> {out / f'{label}.json'}")


def _key_path(folder: Path) -> Path:
    return folder.with_name(folder.name + "-key.json")


def blind(sheets: list[Path], out: Path) -> None:
    looks = [dict(row, composer=sheet.stem) for sheet in sheets for row in json.loads(sheet.read_text())]
    random.Random(7).shuffle(looks)
    out.mkdir(parents=True, exist_ok=True)
    key, lines = {}, ["# Rate each look 1-5 as a stylist would for its brief (5: would send it to a client)\n"]
    for n, look in enumerate(looks, start=1):
        name = f"look-{n:02d}"
        shutil.copy(look["board"], out / f"{name}{Path(look['board']).suffix}")
        key[name] = look
        lines.append(f"## {name}\nBrief: {look['brief']}\nBoard: {name}{Path(look['board']).suffix}\n"
                     + "".join(f"- {item}\n" for item in look["items"]))
    (out / "sheet.md").write_text("\n".join(lines))
    _key_path(out).write_text(json.dumps(key, ensure_ascii=False, indent=1))  # beside, not inside: the judge never sees it
    print(f"{len(looks)} looks -> {out / 'sheet.md'}")


def collect(folder: Path, round_: int) -> None:
    """Store one round's ratings beside the other rounds' (a round collected again is replaced)."""
    key = json.loads(_key_path(folder).read_text())
    ratings = json.loads((folder / "ratings.json").read_text())
    rows = [{"round": round_, "look": name, "brief": look["brief"], "composer": look["composer"],
             "items": look["items"], "rating": int(ratings[name]["rating"]), "note": ratings[name].get("note", "")}
            for name, look in key.items() if name in ratings]
    kept = json.loads(RATINGS.read_text())["looks"] if RATINGS.exists() else []
    kept = [r for r in kept if r.get("round", 1) != round_]
    RATINGS.parent.mkdir(parents=True, exist_ok=True)
    RATINGS.write_text(json.dumps({"scale": "1-5, rated blind", "looks": kept + rows}, ensure_ascii=False, indent=1))
    print(f"{len(rows)} ratings (round {round_}) -> {RATINGS}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    made = steps.add_parser("make")
    made.add_argument("--label", required=True)
    made.add_argument("--out", type=Path, required=True)
    made.add_argument("--round", type=int, default=max(BRIEFS), choices=sorted(BRIEFS))
    mixed = steps.add_parser("blind")
    mixed.add_argument("sheets", type=Path, nargs="+")
    mixed.add_argument("--out", type=Path, required=True)
    kept = steps.add_parser("collect")
    kept.add_argument("folder", type=Path)
    kept.add_argument("--round", type=int, default=max(BRIEFS), choices=sorted(BRIEFS))
    args = parser.parse_args()
    if args.step == "make":
        make(args.label, args.out, args.round)
    elif args.step == "blind":
        blind(args.sheets, args.out)
    else:
        collect(args.folder, args.round)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

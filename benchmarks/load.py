"""Load test: simulated users chatting at once with the web app, over loopback, through gradio_client.

    .venv/bin/python benchmarks/load.py                 # 20 users x 10 turns (no SDXL)
    .venv/bin/python benchmarks/load.py --users 5 --turns 4 --demo-limit 1500   # a quick run

The app runs in this process on a free port with its usual settings (STYLIST_* environment: the
catalogue in the data folder, built on first use) but a fresh database in a temporary folder, so
every message can be counted afterwards. The simulated people run in a process of their own, as
browsers would on other machines: in the app's process their threads took the app's interpreter
lock away from it for the SSE polling and the picture downloads. Accounts are on: each user signs up as its own person in
its own gradio_client session (before the clock starts) and sends a scripted conversation (EN and KO, questions, looks, follow-ups). Afterwards the database
must hold exactly two messages per turn for every user: nothing lost, nothing doubled.

Prints one JSON object: errors, lost messages, turn latency p50/p95 (as each user waited for it,
queueing included), turns per second. Exits 1 when any turn failed or a message is missing.
Nothing here runs in the tests (it takes minutes); the CI suite has the smaller concurrency tests.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SCRIPT = (
    "I need an outfit", "for a date, minimal style", "swap the shoes", "no black", "less formal",
    "데이트룩 추천해줘", "미니멀, 여자", "show me more", "something warmer", "what is amekaji?",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _picture_urls(value) -> list[str]:
    """The pictures a reply shows (each a file the page's output names by its URL)."""
    if isinstance(value, dict):
        found = [value["url"]] if isinstance(value.get("url"), str) else []
        return found + [u for v in value.values() for u in _picture_urls(v)]
    if isinstance(value, (list, tuple)):
        return [u for v in value for u in _picture_urls(v)]
    return []


def _user(url: str, name: str, turns: int, start: threading.Barrier, out: dict) -> None:
    import httpx
    from gradio_client import Client

    # Pictures are fetched as a browser does, each once per person (its cache), over one connection;
    # not through the client's downloader, which wrote every file of the whole history to disk on
    # every turn and cost this process more than the app spent serving the turn.
    client = Client(url, verbose=False, download_files=False)
    browser, seen = httpx.Client(timeout=60), set()
    try:  # each simulated person has an account: the session the client holds acts for it alone
        client.predict(name, f"{name}-password", api_name="/sign_up")
    except Exception as error:  # noqa: BLE001 - counted and reported like a failed turn
        out["errors"].append(f"{name} sign-up: {type(error).__name__}: {error}")
        start.wait()
        return
    start.wait()
    for n in range(turns):  # (the barrier: everyone signed up before the clock starts)
        text = SCRIPT[n % len(SCRIPT)]
        began = time.perf_counter()
        try:
            result = client.predict({"text": text, "files": []}, api_name="/send")
            new = list(dict.fromkeys(u for u in _picture_urls(result) if u not in seen))
            for picture in new:
                browser.get(picture).raise_for_status()
            seen.update(new)
            out["latencies"].append(time.perf_counter() - began)
            out["pictures"].append(len(new))
        except Exception as error:  # noqa: BLE001 - every failure is counted and reported
            out["errors"].append(f"{name} turn {n}: {type(error).__name__}: {error}")


def _lost_messages(settings, users: list[str], turns: int) -> int:
    """Messages missing (or extra) against two per turn per user, counted in the database's tables
    (the same query for every version of the app, so two commits can be compared)."""
    from sqlalchemy import create_engine, text

    query = text("SELECT COUNT(*) FROM messages m JOIN conversations c ON m.conversation_id = c.id "
                 "JOIN users u ON c.user_id = u.id WHERE u.name = :name")
    engine = create_engine(settings.resolved_database_url)
    with engine.connect() as connection:
        counts = [connection.execute(query, {"name": name}).scalar_one() for name in users]
    engine.dispose()
    return sum(abs(2 * turns - count) for count in counts)


def _people(url: str, names: list[str], turns: int, results) -> None:
    """The simulated people, in their own process: every one signs up, then all talk at once."""
    out: dict = {"latencies": [], "errors": [], "pictures": []}
    start = threading.Barrier(len(names) + 1)
    threads = [threading.Thread(target=_user, args=(url, n, turns, start, out)) for n in names]
    for thread in threads:
        thread.start()
    start.wait()  # everyone signed up: the clock starts
    began, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.join()
    results.put({**out, "elapsed": time.perf_counter() - began, "people_cpu_s": time.process_time() - cpu})


def _talk(url: str, names: list[str], turns: int) -> dict:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_people, args=(url, names, turns, results))
    process.start()
    out = results.get()
    process.join()
    return out


def _warm(services) -> None:
    """As `stylist serve` does: the clock starts warm (the text model and examples too, where this
    version of the app can warm them)."""
    import inspect

    from app.wiring import warm_and_settle

    if len(inspect.signature(warm_and_settle).parameters) > 1:
        warm_and_settle(services.catalog, services.stylist)
    else:
        warm_and_settle(services.catalog)


def run(users: int, turns: int, demo_limit: int | None) -> dict:
    from app.settings import Settings
    from app.ui import launch
    from app.wiring import build_services

    with tempfile.TemporaryDirectory() as tmp:
        overrides = {"database_url": f"sqlite:///{tmp}/load.db", "renderer": "collage", "auth": True}
        if demo_limit:
            overrides["demo_limit"] = demo_limit
        settings = Settings(**overrides)
        port = _free_port()
        services = build_services(settings)
        _warm(services)
        demo = launch(services, host="127.0.0.1", port=port, block=False)
        names = [f"load-user-{n:02d}" for n in range(users)]
        cpu = time.process_time()
        out = _talk(f"http://127.0.0.1:{port}/", names, turns)
        app_cpu = time.process_time() - cpu  # (the sign-ups included)
        elapsed = out["elapsed"]
        demo.close()
        lost = _lost_messages(settings, names, turns)
    latencies = sorted(out["latencies"])
    pick = (lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000, 1)) if latencies else (lambda q: None)
    return {"users": users, "turns_per_user": turns, "turns": len(latencies), "errors": len(out["errors"]),
            "error_samples": out["errors"][:5], "lost_messages": lost, "turn_p50_ms": pick(0.5),
            "turn_p95_ms": pick(0.95), "wall_s": round(elapsed, 1), "turns_per_s": round(len(latencies) / elapsed, 2),
            "pictures_fetched": sum(out["pictures"]),
            "app_cpu_ms_per_turn": round(app_cpu * 1000 / max(1, len(latencies))),
            "people_cpu_ms_per_turn": round(out["people_cpu_s"] * 1000 / max(1, len(latencies)))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--demo-limit", type=int, default=None, help="catalogue sample size when it must be built")
    args = parser.parse_args()
    report = run(args.users, args.turns, args.demo_limit)
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["errors"] == 0 and report["lost_messages"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

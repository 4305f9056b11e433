"""Load test: simulated users chatting at once with the web app, over loopback, through gradio_client.

    .venv/bin/python benchmarks/load.py                 # 20 users x 10 turns (no SDXL)
    .venv/bin/python benchmarks/load.py --users 5 --turns 4 --demo-limit 1500   # a quick run

The app runs in this process on a free port with its usual settings (STYLIST_* environment: the
catalogue in the data folder, built on first use) but a fresh database in a temporary folder, so
every message can be counted afterwards. Accounts are on: each user signs up as its own person in
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


def _user(url: str, name: str, turns: int, start: threading.Barrier, out: dict) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    try:  # each simulated person has an account: the session the client holds acts for it alone
        client.predict(name, f"{name}-password", api_name="/sign_up")
    except Exception as error:  # noqa: BLE001 - counted and reported like a failed turn
        out["errors"].append(f"{name} sign-up: {type(error).__name__}: {error}")
        start.wait()
        return
    start.wait()
    for n in range(turns):
        text = SCRIPT[n % len(SCRIPT)]
        began = time.perf_counter()
        try:
            client.predict({"text": text, "files": []}, api_name="/send")
            out["latencies"].append(time.perf_counter() - began)
        except Exception as error:  # noqa: BLE001 - every failure is counted and reported
            out["errors"].append(f"{name} turn {n}: {type(error).__name__}: {error}")


def _lost_messages(settings, users: list[str], turns: int) -> int:
    """Messages missing (or extra) against two per turn per user, read from the database."""
    from storage.db import make_engine
    from storage.repo import Repository

    repo = Repository(make_engine(settings.resolved_database_url))
    missing = 0
    for name in users:
        user_id = repo.user_id(name)
        count = sum(len(repo.conversations.messages(user_id=user_id, conversation_id=c.id)) for c in repo.conversations.conversations(user_id=user_id))
        missing += abs(2 * turns - count)
    return missing


def run(users: int, turns: int, demo_limit: int | None) -> dict:
    from app.settings import Settings
    from app.ui import launch
    from app.wiring import build_services, warm_and_settle

    with tempfile.TemporaryDirectory() as tmp:
        overrides = {"database_url": f"sqlite:///{tmp}/load.db", "renderer": "collage", "auth": True}
        if demo_limit:
            overrides["demo_limit"] = demo_limit
        settings = Settings(**overrides)
        port = _free_port()
        services = build_services(settings)
        warm_and_settle(services.catalog)  # as `stylist serve` does once it listens: the clock starts warm
        demo = launch(services, host="127.0.0.1", port=port, block=False)
        out: dict = {"latencies": [], "errors": []}
        names = [f"load-user-{n:02d}" for n in range(users)]
        start = threading.Barrier(users)
        threads = [threading.Thread(target=_user, args=(f"http://127.0.0.1:{port}/", n, turns, start, out)) for n in names]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        demo.close()
        lost = _lost_messages(settings, names, turns)
    latencies = sorted(out["latencies"])
    pick = (lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000, 1)) if latencies else (lambda q: None)
    return {"users": users, "turns_per_user": turns, "turns": len(latencies), "errors": len(out["errors"]),
            "error_samples": out["errors"][:5], "lost_messages": lost, "turn_p50_ms": pick(0.5),
            "turn_p95_ms": pick(0.95), "wall_s": round(elapsed, 1), "turns_per_s": round(len(latencies) / elapsed, 2)}


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

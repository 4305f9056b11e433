"""The `stylist` command line as scripts use it: JSON lines on stdout, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

STYLIST = [sys.executable, "-m", "app.cli"]
REPO = Path(__file__).resolve().parents[2]


def run(args, env, stdin=None):
    return subprocess.run(STYLIST + args, input=stdin, capture_output=True, text=True, env=env, cwd=REPO, timeout=300)


def lines(stdout):
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_chat_reports_a_bad_line_answers_with_complete_menswear_looks_and_keeps_people_apart(cli_env):
    # (one process per person: each `stylist chat` start costs the CI half a minute)
    turns = 'not json\n{"text":"I need an outfit"}\n{"text":"for a date, minimal style, men, no black"}\n'
    done = run(["chat", "--user", "ana", "--json"], cli_env, turns)
    assert done.returncode == 0, done.stderr
    bad, first, second = lines(done.stdout)
    assert bad["type"] == "error"  # a line that is no JSON is reported, and the chat goes on
    assert first["type"] == "question" and first["asks"]
    assert second["type"] == "outfits" and len(second["outfits"]) == 3
    for outfit in second["outfits"]:
        slots = {item["slot"] for item in outfit["items"]}
        assert "shoes" in slots and ({"top", "bottom"} <= slots or "onepiece" in slots)
        assert {item["gender"] for item in outfit["items"]} <= {"men", "unisex"}
        assert all(item["source"] == "catalog" for item in outfit["items"])
    assert set(second) == {"reply", "type", "asks", "quick_replies", "preferences", "garment", "outfits", "images"}
    assert second["preferences"]["avoid_colors"] == ["black"]

    # Another person, in a process of their own, meets nothing of ana's conversation or preferences.
    bo = run(["chat", "--user", "bo", "--json"], cli_env, '{"text":"I need an outfit"}\n')
    [reply] = lines(bo.stdout)
    assert reply["type"] == "question"
    assert reply["preferences"]["gender"] is None and reply["preferences"]["avoid_colors"] == []


def test_serve_without_accounts_refuses_to_listen_beyond_this_machine(cli_env):
    # (one process: which hosts count as beyond this machine is the next test's, without a process each)
    done = run(["serve", "--host", "0.0.0.0", "--port", "7999"], {**cli_env, "STYLIST_AUTH": "false"})
    assert done.returncode == 2
    assert "STYLIST_AUTH=true" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_only_loopback_counts_as_this_machine():
    from app.settings import exposure_problem, is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "::1", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.5", "example.com"))
    assert exposure_problem("0.0.0.0", auth=True) is None and exposure_problem("127.0.0.1", auth=False) is None
    assert all("STYLIST_AUTH=true" in (exposure_problem(h, auth=False) or "")
               for h in ("0.0.0.0", "192.168.1.20", "stylist.example.com"))

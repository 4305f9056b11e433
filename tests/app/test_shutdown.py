"""`stylist serve` answers /health when ready and stops cleanly on SIGTERM (what `docker stop` sends)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[2]


def test_serve_is_healthy_then_exits_cleanly_on_sigterm(cli_env, loopback_port) -> None:
    port = loopback_port
    env = {**cli_env, "STYLIST_PORT": str(port), "STYLIST_LOG_FORMAT": "json"}
    server = subprocess.Popen([sys.executable, "-m", "app.cli", "serve"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "the server did not come up"
                time.sleep(1)
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0
    finally:
        if server.poll() is None:
            server.kill()
    log = server.stderr.read()
    assert "Traceback" not in log
    with pytest.raises(OSError):  # the port is released
        urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)

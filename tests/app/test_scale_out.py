"""Scale-out as the README describes it: two app processes (`stylist serve`, accounts on) sharing one
PostgreSQL database and one catalogue on S3-compatible object storage (moto's server on loopback),
each with its own data folder. A person sees the same conversation, profile and wardrobe on
either, and a replica that never built the catalogue still draws the catalogue's pictures."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from garment_photos import draw_garment

pytestmark = pytest.mark.e2e

BUCKET = "stylist-catalogue"
SAMPLE = 400  # items in the shared catalogue: enough for complete looks, quick to embed
STYLIST = [str(Path(sys.executable).parent / "stylist")]
REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def object_store() -> Iterator[dict[str, str]]:
    """An S3-compatible server on loopback with one bucket, and the environment LanceDB reads it with."""
    import logging

    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per request would drown a failure's report
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    keys = {"aws_access_key_id": "local", "aws_secret_access_key": "local"}
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **keys).create_bucket(Bucket=BUCKET)
    yield {"AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local", "AWS_REGION": "us-east-1",
           "AWS_ENDPOINT": endpoint, "AWS_ALLOW_HTTP": "true"}
    server.stop()


def _environment(data_dir: Path, database_url: str, object_store: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STYLIST_")}
    env.update(object_store)
    env.update({"STYLIST_DATA_DIR": str(data_dir), "STYLIST_DATABASE_URL": database_url,
                "STYLIST_CATALOG_URI": f"s3://{BUCKET}/catalog", "STYLIST_AUTH": "true",
                "STYLIST_LOG_LEVEL": "WARNING", "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"})
    return env


class Replica:
    """One `stylist serve` process on a free loopback port, with its own data folder."""

    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.data_dir, self.port = data_dir, _free_port()
        self.log = (data_dir.parent / f"{data_dir.name}.log").open("w")
        self.process = subprocess.Popen([*STYLIST, "serve", "--port", str(self.port)], cwd=REPO, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def wait_until_ready(self, timeout: float = 360) -> None:
        """Until `/health` answers 200 (the database and the shared catalogue are reachable); two replicas
        start at once beside the other test workers, which on two busy cores has taken over three minutes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, (self.data_dir.parent / f"{self.data_dir.name}.log").read_text()
            try:
                with urllib.request.urlopen(self.url + "health", timeout=5) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(1)
        log = (self.data_dir.parent / f"{self.data_dir.name}.log").read_text()[-2000:]
        raise AssertionError(f"replica on port {self.port} not ready after {timeout} s:\n{log}")

    def client(self):
        from gradio_client import Client

        return Client(self.url, verbose=False)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory, databases, object_store,
             built_data_dir: Path) -> Iterator[tuple[Replica, Replica]]:
    """The shared catalogue built once from a third machine's folder, then two replicas serving it (each with
    its own copy of the style notes' index, as a machine keeps it: built already, to spare CI two minutes)."""
    root = tmp_path_factory.mktemp("scale-out")
    for name in ("a", "b"):
        shutil.copytree(built_data_dir / "knowledge", root / name / "knowledge")
    database_url = databases.create("postgresql")
    built = subprocess.run([*STYLIST, "ingest", "--limit", str(SAMPLE), "--json"], cwd=REPO, capture_output=True,
                           text=True, env=_environment(root / "builder", database_url, object_store), timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    started = [Replica(root / name, _environment(root / name, database_url, object_store)) for name in ("a", "b")]
    try:
        for replica in started:
            replica.wait_until_ready()
        yield started[0], started[1]
    finally:
        for replica in started:
            replica.stop()
        databases.drop(database_url)


def _send(client, text: str, photo: Path | None = None) -> tuple[list[dict], str]:
    from gradio_client import handle_file

    files = [handle_file(str(photo))] if photo else []
    _box, messages, cards, _gallery, _picker, _lang = client.predict({"text": text, "files": files}, api_name="/send")
    return messages, cards


def _texts(messages: list[dict]) -> list[str]:
    return [part["text"] for m in messages for part in m["content"] if part.get("type") == "text"]


def _history(client) -> list[str]:
    messages, _cards, _gallery, _picker, _lang = client.predict(api_name="/history")
    return _texts(messages)


def test_a_person_is_the_same_person_on_either_replica(replicas: tuple[Replica, Replica], tmp_path: Path) -> None:
    a, b = replicas
    on_a = a.client()
    on_a.predict("dana", "dana's long password", api_name="/sign_up")
    on_a.predict("men", 180, 75, "", [], ["red"], [], [], None, api_name="/save_profile")
    messages, cards = _send(on_a, "what goes with this?", draw_garment(tmp_path / "shirt.jpg", (28, 38, 70)))
    if "look" not in cards:  # the stylist asked what the garment is
        messages, cards = _send(on_a, "it's a shirt")
    assert 'class="look"' in cards
    messages, _cards = _send(on_a, "save it to my wardrobe")
    said_on_a = _history(on_a)

    on_b = b.client()
    status, _password = on_b.predict("dana", "dana's long password", api_name="/sign_in")
    assert status == "Signed in as dana."
    assert _history(on_b) == said_on_a  # the same conversation

    on_b.predict(api_name="/new_conversation")
    messages, cards = _send(on_b, "a minimal look for a date")
    assert cards.count('class="look"') >= 3
    assert "Your wardrobe" in cards  # the shirt saved on A is in B's looks: the same wardrobe
    names, colours = re.findall(r'class="item" title="([^"]+)"', cards), re.findall(r"<br><i>([^<]+)</i>", cards)
    assert names and not any("Women" in name for name in names)  # the profile saved on A: menswear...
    assert colours and "Red" not in colours  # ...and never red
    messages, _cards = _send(on_b, "what size should I get?")
    assert "180 cm and 75 kg" in _texts(messages)[-1] and "tops L" in _texts(messages)[-1]  # the profile's numbers

    assert _history(on_a) == _history(on_b)  # and A sees what was said on B

    pictures = list((b.data_dir / "catalog-images").glob("*.jpg"))
    assert len(pictures) == SAMPLE or len(pictures) > SAMPLE * 0.9  # B copied the catalogue's pictures

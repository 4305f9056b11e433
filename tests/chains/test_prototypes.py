import pytest

from chains.prototypes import OccasionPrototypes


@pytest.fixture(scope="module")
def guess():
    from retrieval.embed import MiniLMEmbedder

    return OccasionPrototypes(MiniLMEmbedder().embed).guess


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("I'm having dinner with my girlfriend on friday", "date"),
        ("heading to the beach for a holiday", "travel"),
        ("hitting the gym after work", "workout"),
        ("my sister is getting married in june", "wedding"),
        ("I need an outfit", None),  # no occasion in it: the stylist should ask, not guess
        ("what colour goes with navy", None),
        ("hello there", None),
    ],
)
def test_occasions_the_lexicon_misses_are_recognised_and_nothing_else(guess, text, occasion):
    assert guess(text) == occasion


def test_the_agent_uses_the_guess(app_settings):
    from app.wiring import build_services

    reply = build_services(app_settings).stylist.turn("d", "what should I wear for dinner with my girlfriend? men").to_json()
    assert reply["type"] == "outfits" and reply["preferences"]["occasion"] == "date"


def test_twenty_first_requests_at_once_embed_the_examples_once():
    """The first turns of a busy start all ask at once: the labelled examples are embedded one time."""
    import threading
    import time

    import numpy as np

    calls = []

    def embed(texts):
        calls.append(len(texts))
        time.sleep(0.05)  # long enough for every thread to arrive while the first is embedding
        return np.ones((len(texts), 4), dtype=np.float32)

    prototypes = OccasionPrototypes(embed)
    threads = [threading.Thread(target=prototypes.guess, args=("a night out",)) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for n in calls if n > 1) == 1  # the examples, once; then one call per message

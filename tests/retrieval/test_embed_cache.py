import numpy as np

from retrieval.embed_cache import CachingEmbedder


class CountingEmbedder:
    """A real (if simple) embedder: character-count vectors, normalised; counts its calls."""

    dim = 26

    def __init__(self):
        self.calls = 0

    def embed(self, texts):
        self.calls += 1
        vectors = np.array([[t.count(chr(97 + i)) for i in range(26)] for t in texts], dtype=np.float32) + 1e-3
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_repeated_queries_are_embedded_once_and_give_the_same_vector():
    inner = CountingEmbedder()
    cached = CachingEmbedder(inner, size=2)
    first = cached.embed(["navy chinos"])
    again = cached.embed(["navy chinos"])
    assert inner.calls == 1 and np.array_equal(first, again)
    again[0, 0] = 99.0  # a caller changing its copy must not poison the memo
    assert cached.embed(["navy chinos"])[0, 0] != 99.0


def test_the_memo_is_bounded_and_bulk_calls_pass_through():
    inner = CountingEmbedder()
    cached = CachingEmbedder(inner, size=2)
    for text in ("a", "b", "c", "a"):
        cached.embed([text])
    assert inner.calls == 4  # "a" was evicted by "c"
    cached.embed(["x", "y"])
    assert inner.calls == 5 and cached.dim == 26

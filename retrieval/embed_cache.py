"""A memo in front of a text embedder for query texts: a chat turn asks for the same few query
texts several times (one per slot and relaxation level), and each MiniLM call costs milliseconds."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from retrieval.embed import TextEmbedder


MEMO_BATCH_MAX = 32  # longer lists are bulk ingest: nothing to gain, much memory to lose


class CachingEmbedder:
    """Same protocol as the wrapped embedder; query texts (lists up to MEMO_BATCH_MAX) are remembered
    (LRU), and the ones not yet known are embedded together in one call."""

    def __init__(self, inner: TextEmbedder, size: int = 4096) -> None:
        self.inner = inner
        self.size = size
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def name(self) -> str:
        return getattr(self.inner, "name", type(self.inner).__name__)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) > MEMO_BATCH_MAX or not texts:
            return self.inner.embed(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if missing:
            self._memo.update(zip(missing, self.inner.embed(missing)))
        for text in texts:
            self._memo.move_to_end(text)
        vectors = np.stack([self._memo[t] for t in texts])
        while len(self._memo) > self.size:
            self._memo.popitem(last=False)
        return vectors

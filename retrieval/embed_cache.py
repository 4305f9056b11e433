"""A memo in front of a text embedder for query texts: a chat turn asks for the same few query
texts several times (one per slot and relaxation level), and each MiniLM call costs milliseconds."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from retrieval.embed import TextEmbedder


class CachingEmbedder:
    """Same protocol as the wrapped embedder; single-text calls are remembered (LRU)."""

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
        if len(texts) != 1:  # bulk ingest: nothing to gain, much memory to lose
            return self.inner.embed(texts)
        text = texts[0]
        if text in self._memo:
            self._memo.move_to_end(text)
        else:
            self._memo[text] = self.inner.embed([text])[0]
            if len(self._memo) > self.size:
                self._memo.popitem(last=False)
        return self._memo[text][None, :].copy()

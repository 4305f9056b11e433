"""The packaged MiniLM embedder, for real (offline)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from retrieval.embed import MINILM_DIM, MiniLMEmbedder, TextEmbedder

REPO = Path(__file__).resolve().parents[2]


def test_embeddings_are_normalised_float32(embedder: MiniLMEmbedder) -> None:
    assert isinstance(embedder, TextEmbedder)
    vectors = embedder.embed(["navy chinos", "남색 바지", ""])
    assert vectors.shape == (3, MINILM_DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, MINILM_DIM)


def test_similar_texts_are_closer(embedder: MiniLMEmbedder) -> None:
    query, near, far = embedder.embed(["navy chinos", "Navy Blue trousers pants chinos", "gold earrings"])
    assert float(query @ near) > float(query @ far) + 0.2


def test_model_loads_lazily() -> None:
    assert MiniLMEmbedder()._model is None  # constructing costs nothing; the first embed loads it
    code = (
        "import sys, retrieval.embed, retrieval.catalog, retrieval.search, retrieval.csv_source;"
        "print('torch' in sys.modules or 'lancedb' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

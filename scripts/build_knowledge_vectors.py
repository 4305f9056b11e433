"""Embed the style notes (prompts/knowledge/*.toml) with the packaged MiniLM and write their vectors to
data/knowledge/style_notes_minilm.npz, with the notes' digest and the model's name: a first start then
indexes the notes without embedding them. Run it after changing a note (a test says when it is due):

    .venv/bin/python scripts/build_knowledge_vectors.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    import prompts
    from app.settings import KNOWLEDGE_VECTORS
    from prompts.knowledge import entries
    from retrieval.embed import MiniLMEmbedder
    from retrieval.knowledge import save_vectors

    notes = [note for lang in prompts.LANGUAGES for note in entries(lang)]
    vectors = save_vectors(KNOWLEDGE_VECTORS, notes, MiniLMEmbedder())
    print(f"{len(vectors)} notes -> {KNOWLEDGE_VECTORS} ({KNOWLEDGE_VECTORS.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()

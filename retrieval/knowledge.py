"""The style knowledge base in LanceDB: notes found by topic (exact) or by meaning (MiniLM).

The notes' vectors ship with the code (`data/knowledge/`, made by `scripts/build_knowledge_vectors.py`):
embedding 274 notes, half of them Korean, takes MiniLM most of a minute on a small CPU at first start.
They are used only for the very notes and model they were made from; otherwise the notes are embedded here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.embed import TextEmbedder

TABLE = "knowledge"


class KnowledgeIndex:
    def __init__(self, uri: str, embedder: TextEmbedder, shipped: Path | None = None) -> None:
        self.uri = uri
        self.embedder = embedder
        self.shipped = shipped  # the notes' vectors made ahead (see above), if any
        self._table: Any = None

    def ensure(self, notes: Sequence[dict[str, str]]) -> None:
        """(Re)build the table when the notes changed; a no-op on every later start."""
        import lancedb

        db = lancedb.connect(self.uri)
        version = notes_version(notes)
        if TABLE in db.table_names():
            table = db.open_table(TABLE)
            if table.count_rows() and table.search().limit(1).to_list()[0]["version"] == version:
                self._table = table
                return
        vectors = shipped_vectors(self.shipped, version, self.embedder)
        if vectors is None:
            vectors = self.embedder.embed(note_texts(notes))
        rows = [{**n, "version": version, "vector": v.tolist()} for n, v in zip(notes, vectors)]
        self._table = db.create_table(TABLE, rows, mode="overwrite")

    def by_topic(self, topics: Sequence[str], lang: str) -> list[dict[str, str]]:
        """Notes for these topics in this language, in the order asked."""
        from lancedb.expr import col, lit

        if not topics:
            return []
        where = (col("lang") == lit(lang)) & col("topic").isin([lit(t) for t in topics])
        rows = {r["topic"]: r for r in self._table.search().where(where).limit(len(topics)).to_list()}
        return [_note(rows[t]) for t in topics if t in rows]

    def nearest(self, text: str, lang: str, min_similarity: float = 0.35) -> dict[str, str] | None:
        """The note closest in meaning, if it is close enough to be an answer."""
        from lancedb.expr import col, lit

        vector = self.embedder.embed([text])[0]
        rows = (self._table.search(vector).distance_type("cosine").where(col("lang") == lit(lang), prefilter=True)
                .limit(1).to_list())
        if rows and 1.0 - rows[0]["_distance"] >= min_similarity:
            return _note(rows[0])
        return None


def _note(row: dict[str, Any]) -> dict[str, str]:
    return {key: row[key] for key in ("topic", "title", "text", "lang")}


def notes_version(notes: Sequence[dict[str, str]]) -> str:
    """A digest of every note's words: the table is rebuilt, and shipped vectors used, only for these."""
    return hashlib.sha1(json.dumps(list(notes), sort_keys=True).encode()).hexdigest()


def note_texts(notes: Sequence[dict[str, str]]) -> list[str]:
    """What is embedded of each note: its title, then its text."""
    return [f"{n['title']}. {n['text']}" for n in notes]


def save_vectors(path: Path, notes: Sequence[dict[str, str]], embedder: TextEmbedder) -> np.ndarray:
    """Embed the notes and write their vectors with the notes' digest and the model's name."""
    vectors = np.asarray(embedder.embed(note_texts(notes)), dtype=np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, vectors=vectors, version=notes_version(notes), model=_model_name(embedder))
    return vectors


def shipped_vectors(path: Path | None, version: str, embedder: TextEmbedder) -> np.ndarray | None:
    """The vectors at `path` when they were made from notes of this version by this embedder's model."""
    if path is None or not Path(path).is_file():
        return None
    with np.load(path) as shipped:
        if str(shipped["version"]) != version or str(shipped["model"]) != _model_name(embedder):
            return None
        return shipped["vectors"]


def _model_name(embedder: TextEmbedder) -> str:
    return str(getattr(embedder, "name", type(embedder).__name__))

"""The style knowledge base in LanceDB: notes found by topic (exact) or by meaning (MiniLM)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from retrieval.embed import TextEmbedder

TABLE = "knowledge"


class KnowledgeIndex:
    def __init__(self, uri: str, embedder: TextEmbedder) -> None:
        self.uri = uri
        self.embedder = embedder
        self._table: Any = None

    def ensure(self, notes: Sequence[dict[str, str]]) -> None:
        """(Re)build the table when the notes changed; a no-op on every later start."""
        import lancedb

        db = lancedb.connect(self.uri)
        version = hashlib.sha1(json.dumps(list(notes), sort_keys=True).encode()).hexdigest()
        if TABLE in db.table_names():
            table = db.open_table(TABLE)
            if table.count_rows() and table.search().limit(1).to_list()[0]["version"] == version:
                self._table = table
                return
        vectors = self.embedder.embed([f"{n['title']}. {n['text']}" for n in notes])
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

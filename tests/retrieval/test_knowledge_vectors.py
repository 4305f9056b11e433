"""The style notes' vectors ship with the code, so a first start indexes the notes without embedding them:
they must be the vectors of the notes as they are now, made by the model the app uses, and a note changed
since must be embedded afresh rather than found by its old words."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import prompts
from app.settings import KNOWLEDGE_VECTORS
from prompts.knowledge import entries
from retrieval.knowledge import KnowledgeIndex, note_texts, notes_version, shipped_vectors

NOTES = [note for lang in prompts.LANGUAGES for note in entries(lang)]


def test_the_shipped_vectors_belong_to_the_notes_as_they_are_now(embedder) -> None:
    vectors = shipped_vectors(KNOWLEDGE_VECTORS, notes_version(NOTES), embedder)
    assert vectors is not None, "the style notes changed: run scripts/build_knowledge_vectors.py"
    assert vectors.shape == (len(NOTES), embedder.dim)


def test_the_shipped_vectors_are_what_the_model_makes_of_each_note(embedder) -> None:
    vectors = shipped_vectors(KNOWLEDGE_VECTORS, notes_version(NOTES), embedder)
    picked = [0, 1, len(NOTES) // 2, len(NOTES) - 1]  # English and Korean notes
    fresh = embedder.embed([note_texts(NOTES)[i] for i in picked])
    assert np.allclose(np.sum(fresh * vectors[picked], axis=1), 1.0, atol=1e-4)


def test_an_index_of_the_shipped_notes_finds_a_note_by_meaning(tmp_path: Path, embedder) -> None:
    index = KnowledgeIndex(str(tmp_path / "knowledge"), embedder, shipped=KNOWLEDGE_VECTORS)
    index.ensure(NOTES)
    english = [n for n in NOTES if n["lang"] == "en"]
    note = index.nearest(english[3]["title"], "en")
    assert note is not None and note["topic"] == english[3]["topic"]


def test_a_changed_note_is_found_by_its_new_words_not_its_old_ones(tmp_path: Path, embedder) -> None:
    notes = [n for n in NOTES if n["lang"] == "en"][:6]
    changed = {**notes[0], "title": "Caring for a cashmere jumper",
               "text": "Hand wash cashmere in cool water, press the water out in a towel and dry it flat."}
    index = KnowledgeIndex(str(tmp_path / "knowledge"), embedder, shipped=KNOWLEDGE_VECTORS)
    index.ensure([changed, *notes[1:]])
    found = index.nearest("how do I wash a cashmere sweater?", "en")
    assert found is not None and found["title"] == changed["title"]

"""Opening the catalogue's LanceDB table, the same way for the reader (`catalog.py`) and the writer
(`catalog_writer.py`), so that neither module has to import the other."""

from __future__ import annotations

from typing import Any

DEFAULT_TABLE = "items"


def connect(uri: str) -> Any:
    """A LanceDB connection to any LanceDB URI (a local folder, `s3://`, `gs://`, `az://`, `db://`,
    `memory://`), passed to `lancedb.connect` untouched."""
    import lancedb  # a second to import: only when a catalogue is actually opened

    return lancedb.connect(uri)


def open_table(db: Any, name: str) -> Any | None:
    """The table, or None when it was never built."""
    try:
        return db.open_table(name)
    except (ValueError, FileNotFoundError):  # LanceDB raises ValueError for a missing table
        return None

"""The catalogue's pictures on this machine: where each item's picture file is, and copying the
ones this machine lacks out of the table (a replica reading a catalogue another machine built, on
shared object storage, has none of them until it copies them)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

COPY_BATCH = 512  # pictures fetched per query (a few KB each)


def local_picture(images_dir: Path, stored: str | None) -> str | None:
    """The item's picture in this machine's folder: the table keeps the path of the machine that
    built it, the file name is the same everywhere."""
    return str(images_dir / Path(stored).name) if stored else None


def copy_missing_pictures(table: Any, images_dir: Path) -> int:
    """Write the pictures the table holds and `images_dir` lacks; returns how many were written.

    A catalogue built before pictures were kept in the table has none to give: its missing files
    are logged once, and its lookbooks show those pieces as coloured cards.
    """
    from lancedb.expr import col, lit

    rows = table.search().where(col("has_image") == lit(True)).select(["id", "image"])
    wanted = {Path(r["image"]).name: r["id"] for r in rows.limit(max(1, table.count_rows())).to_list() if r["image"]}
    images_dir.mkdir(parents=True, exist_ok=True)
    missing = [item_id for name, item_id in wanted.items() if not (images_dir / name).exists()]
    if not missing:
        return 0
    if "picture" not in table.schema.names:
        log.warning("%d catalogue pictures are not on this machine and the catalogue does not hold them: "
                    "run `stylist ingest` once to store them in it", len(missing))
        return 0
    written = 0
    for start in range(0, len(missing), COPY_BATCH):
        ids = [lit(i) for i in missing[start:start + COPY_BATCH]]
        query = table.search().where(col("id").isin(ids)).select(["image", "picture"]).limit(len(ids))
        for row in query.to_list():
            if row["picture"]:
                (images_dir / Path(row["image"]).name).write_bytes(row["picture"])
                written += 1
    log.info("copied %d catalogue pictures to %s", written, images_dir)
    return written

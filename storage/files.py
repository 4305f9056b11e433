"""Private files of users: uploaded photos, stored re-encoded (no EXIF, so no location) under random names."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image


class UploadStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def save_image(self, image: "Image") -> Path:
        """Write the decoded pixels only: metadata (EXIF GPS, camera serials) never reaches the disk."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / f"{secrets.token_hex(16)}.jpg"
        image.convert("RGB").save(path, "JPEG", quality=90)
        return path

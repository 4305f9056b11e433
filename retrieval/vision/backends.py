"""Choosing the garment-photo backend from settings: the shipped CNN, or a CLIP-family model."""

from __future__ import annotations

import logging

from retrieval.vision.classifier import CnnKindClassifier, KindClassifier, VisionModelError, default_classifier

log = logging.getLogger(__name__)
BACKENDS = ("cnn", "clip")


def build_kind_classifier(backend: str = "cnn", clip_model: str | None = None) -> KindClassifier:
    """The classifier for `backend`, loaded now so a broken configuration shows at start-up.

    A CLIP backend that cannot load (no model path, missing files) logs one line and falls back to
    the shipped CNN, so a configuration mistake never breaks a chat turn.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown vision backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "clip":
        try:
            from retrieval.vision.clip_zero_shot import ClipKindClassifier

            if not clip_model:
                raise VisionModelError("no CLIP model path or id is configured")
            return ClipKindClassifier(clip_model).load()
        except (VisionModelError, ImportError) as exc:
            log.warning("CLIP vision backend unavailable, using the built-in CNN: %s", exc)
    return default_classifier().load()


__all__ = ["BACKENDS", "CnnKindClassifier", "build_kind_classifier"]

"""Which lookbook renderer to use (settings: collage | sdxl | auto), and the wrapper that turns any
failed picture into a collage with a one-line reason: a chat turn never fails because of a render.

Importing this module loads neither torch nor diffusers; `auto` imports torch only when the SDXL
weights are on disk, to ask whether there is a GPU.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diffusion.renderer import Renderer, RenderError
from retrieval.items import Item

log = logging.getLogger(__name__)

RENDERER_KINDS = ("collage", "sdxl", "auto")
MAX_REASON = 300


@dataclass(frozen=True)
class RenderOutcome:
    path: Path
    renderer: str  # "sdxl" | "collage": what drew the picture
    fallback: str | None  # why the configured renderer was not used, or None


class FallbackRenderer:
    """Tries `primary`; on any failure draws with `fallback` and says why (a Renderer).

    A load failure (missing weights, broken folder) disables the primary for the life of this object,
    so later turns do not pay for the same failure; a failure while drawing (e.g. out of GPU memory)
    is retried next time. `last_fallback` and `last_renderer` describe the latest render; concurrent
    callers should use `render_outcome`, which returns them instead of storing them.
    """

    def __init__(self, primary: Renderer, fallback: Renderer | None = None, *, note: str | None = None) -> None:
        self.primary = primary
        self.fallback = fallback
        self.note = note  # why `auto` chose this primary, for logs and `stylist doctor`
        self.last_fallback: str | None = None
        self.last_renderer: str | None = None
        self._disabled: str | None = None

    @property
    def name(self) -> str:
        return renderer_name(self.primary)

    @property
    def parallel_renders(self) -> int:
        """How many looks may be drawn at once: the primary's say (one GPU draws one at a time)."""
        return int(getattr(self.primary, "parallel_renders", 1))

    def render(self, items: Sequence[Item], *, title: str, subtitle: str = "", **hints: Any) -> Path:
        """Like Renderer.render; `hints` (style, occasion, seed, progress) go to renderers that take them."""
        outcome = self.render_outcome(items, title=title, subtitle=subtitle, **hints)
        self.last_fallback, self.last_renderer = outcome.fallback, outcome.renderer
        return outcome.path

    def render_outcome(self, items: Sequence[Item], *, title: str, subtitle: str = "", **hints: Any) -> RenderOutcome:
        if self._disabled is None or self.fallback is None:
            try:
                return RenderOutcome(_render(self.primary, items, title, subtitle, hints), self.name, None)
            except Exception as error:  # noqa: BLE001 - any fault of the primary becomes a collage
                if self.fallback is None or not items:
                    raise
                reason = self._note_failure(error)
        else:
            reason = self._disabled
        path = _render(self.fallback, items, title, subtitle, hints)
        return RenderOutcome(path, renderer_name(self.fallback), reason)

    def prepare(self) -> str | None:
        """Load the primary's model now (e.g. at start-up, off the UI thread); the reason it cannot, or None."""
        load = getattr(self.primary, "pipeline", None)
        if load is None or self._disabled:
            return self._disabled
        try:
            load()
        except Exception as error:  # noqa: BLE001
            return self._note_failure(error)
        return None

    def _note_failure(self, error: Exception) -> str:
        reason = fallback_reason(error)
        log.warning("lookbook: %s", reason, exc_info=log.isEnabledFor(logging.DEBUG))
        if _is_load_error(error):
            self._disabled = reason
        _release_gpu_memory()
        return reason


def make_renderer(kind: str, *, out_dir: Path, font_path: Path | None = None, sdxl_options: Any = None) -> FallbackRenderer:
    """The renderer the settings ask for; `sdxl_options` is a diffusion.sdxl.SDXLOptions (None: defaults)."""
    from diffusion.collage import CollageRenderer

    if kind not in RENDERER_KINDS:
        raise ValueError(f"unknown renderer {kind!r}: choose one of {', '.join(RENDERER_KINDS)}")
    font = Path(font_path) if font_path and Path(font_path).is_file() else None
    collage = CollageRenderer(Path(out_dir), font_path=font)
    if kind == "collage":
        return FallbackRenderer(collage)
    from diffusion.sdxl import SDXLOptions, SDXLRenderer

    options = sdxl_options or SDXLOptions()
    if kind == "auto":
        reason = sdxl_unavailable(options)
        if reason:
            log.info("lookbook: auto chose the collage: %s", reason)
            return FallbackRenderer(collage, note=reason)
    return FallbackRenderer(SDXLRenderer(Path(out_dir), options), collage, note=f"{kind}: SDXL {options.model}")


def sdxl_unavailable(options: Any) -> str | None:
    """Why `auto` should not use SDXL here (no weights, no CUDA), or None when it should."""
    from diffusion.sdxl import missing_weights

    reason = missing_weights(options)
    if reason:
        return reason
    import torch

    if not (options.device or "cuda").startswith("cuda") or not torch.cuda.is_available():
        return "no CUDA GPU: SDXL would take minutes per picture on the CPU."
    return None


def fallback_reason(error: BaseException) -> str:
    """One friendly line saying why the picture is a collage."""
    text = error.message if isinstance(error, RenderError) else _first_line(error)
    if _is_out_of_memory(error):
        reason = ("the GPU ran out of memory for SDXL; set STYLIST_SDXL_CPU_OFFLOAD=true or a smaller "
                  "STYLIST_SDXL_SIZE")
    elif _is_load_error(error):
        reason = f"SDXL could not be loaded: {text}"
    else:
        reason = f"SDXL failed ({type(error).__name__}: {text})"
    return f"{_one_line(reason).rstrip('.')}; showing a collage instead."


def renderer_name(renderer: Any) -> str:
    return getattr(renderer, "name", None) or type(renderer).__name__.removesuffix("Renderer").lower()


def _render(renderer: Any, items: Sequence[Item], title: str, subtitle: str, hints: dict[str, Any]) -> Path:
    extra = {k: v for k, v in hints.items() if v is not None} if getattr(renderer, "accepts_hints", False) else {}
    return renderer.render(items, title=title, subtitle=subtitle, **extra)


def _is_load_error(error: BaseException) -> bool:
    from diffusion.sdxl import SDXLLoadError

    return isinstance(error, SDXLLoadError)


def _is_out_of_memory(error: BaseException) -> bool:
    # By name: checking torch.cuda.OutOfMemoryError would import torch in collage-only installs.
    return type(error).__name__ == "OutOfMemoryError" or "out of memory" in str(error).lower()


def _release_gpu_memory() -> None:
    torch = sys.modules.get("torch")  # only if something already loaded it
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1].rstrip() + "…"

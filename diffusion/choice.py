"""Which lookbook renderer to use (settings: collage | sdxl | auto), and the wrapper that turns any
failed picture into a collage with a one-line reason: a chat turn never fails because of a render.

Importing this module loads neither torch nor diffusers; `auto` imports torch only when the SDXL
weights are on disk, to ask whether there is a GPU.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from domain.rendering import Renderer, RenderError, RenderOutcome, RenderRequest

if TYPE_CHECKING:
    from diffusion.sdxl_options import SDXLOptions

log = logging.getLogger(__name__)

RENDERER_KINDS = ("collage", "sdxl", "auto")
MAX_REASON = 300


class FallbackRenderer:
    """Tries `primary`; on any failure draws with `fallback` and says why in the outcome (a Renderer).

    A load failure (missing weights, broken folder) disables the primary for the life of this object,
    so later turns do not pay for the same failure; a failure while drawing (e.g. out of GPU memory)
    is retried next time.
    """

    def __init__(self, primary: Renderer, fallback: Renderer | None = None, *, note: str | None = None) -> None:
        self.primary = primary
        self.fallback = fallback
        self.note = note  # why `auto` chose this primary, for logs and `stylist doctor`
        self._disabled: str | None = None

    @property
    def name(self) -> str:
        return self.primary.name

    @property
    def parallel_renders(self) -> int:
        """How many looks may be drawn at once: the primary's say (one GPU draws one at a time)."""
        return self.primary.parallel_renders

    def render(self, request: RenderRequest) -> RenderOutcome:
        if self._disabled is None or self.fallback is None:
            try:
                return self.primary.render(request)
            except Exception as error:  # noqa: BLE001 - any fault of the primary becomes a collage
                if self.fallback is None or not request.items:
                    raise
                reason = self._note_failure(error)
        else:
            reason = self._disabled
        return replace(self.fallback.render(request), fallback=reason)

    def _note_failure(self, error: Exception) -> str:
        reason = fallback_reason(error)
        log.warning("lookbook: %s", reason, exc_info=log.isEnabledFor(logging.DEBUG))
        if _is_load_error(error):
            self._disabled = reason
        _release_gpu_memory()
        return reason


def make_renderer(kind: str, *, out_dir: Path, font_path: Path | None = None,
                  sdxl_options: SDXLOptions | None = None) -> FallbackRenderer:
    """The renderer the settings ask for (`sdxl_options` None: the renderer's defaults)."""
    from diffusion.collage import CollageRenderer

    if kind not in RENDERER_KINDS:
        raise ValueError(f"unknown renderer {kind!r}: choose one of {', '.join(RENDERER_KINDS)}")
    font = Path(font_path) if font_path and Path(font_path).is_file() else None
    collage = CollageRenderer(Path(out_dir), font_path=font)
    if kind == "collage":
        return FallbackRenderer(collage)
    from diffusion.sdxl import SDXLRenderer
    from diffusion.sdxl_options import SDXLOptions

    options = sdxl_options or SDXLOptions()
    if kind == "auto":
        reason = sdxl_unavailable(options)
        if reason:
            log.info("lookbook: auto chose the collage: %s", reason)
            return FallbackRenderer(collage, note=reason)
    return FallbackRenderer(SDXLRenderer(Path(out_dir), options), collage, note=f"{kind}: SDXL {options.model}")


def sdxl_unavailable(options: SDXLOptions) -> str | None:
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

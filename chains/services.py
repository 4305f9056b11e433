"""What the agent needs from the outside world, as small protocols (built by app/wiring.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from domain.items import GarmentAnalysis, Item
from domain.rendering import Renderer
from domain.filters import SearchFilters

if TYPE_CHECKING:
    import numpy as np

    from chains.llm import LLMAssistant


class CatalogSearch(Protocol):
    def search(self, text: str, filters: SearchFilters = ..., k: int = 10) -> list[Item]: ...

    def prepare(self, texts: Sequence[str]) -> None:
        """A hint: searches for these texts follow (a catalogue may embed them in one batch)."""


class Knowledge(Protocol):
    """Style notes (retrieval.knowledge.KnowledgeIndex): by topic, or the nearest in meaning."""

    def by_topic(self, topics: Sequence[str], lang: str) -> list[dict[str, str]]: ...

    def nearest(self, text: str, lang: str) -> dict[str, str] | None: ...


@dataclass(frozen=True)
class AgentServices:
    catalog: CatalogSearch
    analyze_photo: Callable[[str], GarmentAnalysis]  # raises domain.photos.PhotoError
    keep_upload: Callable[[str], str]  # stores an uploaded photo privately, returns its new path
    renderer: Renderer | None = None  # domain.rendering: a request in, an outcome out
    today: Callable[[], date] = field(default=date.today)
    kind_confidence_threshold: float = 0.5
    occasion_guesser: Callable[[str], str | None] | None = None  # e.g. OccasionPrototypes(...).guess
    knowledge: Knowledge | None = None
    llm: "LLMAssistant | None" = None  # a configured chat model: extraction and phrasing
    brand_profiles: Callable[[], dict[str, "np.ndarray"]] | None = None  # brand -> taste-space vector
    # whether the photo at a path shows one garment (not a screenshot, a chart, several garments)
    is_one_garment: Callable[[str], bool] | None = None
    # draws a bar chart: (label, gain in points, "#rrggbb") rows and a title -> the image path
    draw_chart: Callable[[list[tuple[str, float, str]], str], Path] | None = None

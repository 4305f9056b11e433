"""Plain value types that cross package boundaries: catalogue items and photo analyses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Item:
    """One wearable thing: a catalogue product, a wardrobe piece or an uploaded garment.

    The fields are the `stylist search --json` contract of docs/ARCHITECTURE.md (plus `source` and `brand`).
    """

    id: str
    name: str
    kind: str
    slot: str
    color: str
    color_family: str
    gender: str
    season: str | None = None
    usage: str | None = None
    styles: tuple[str, ...] = ()
    price: float | None = None
    image: str | None = None
    score: float = 0.0
    source: str = "catalog"
    brand: str | None = None
    # A stylist's reading (domain/traits.py); None where unknown (old tables, wardrobe pieces):
    # `traits.traits_of` then derives them. Not part of the CLI JSON contract.
    formality: str | None = None
    function: str | None = None
    warmth: str | None = None
    pattern: str | None = None

    @property
    def product_name(self) -> str:
        """The name as one product is known by: the catalogue lists some under several ids."""
        return " ".join(self.name.lower().split())

    def with_score(self, score: float) -> "Item":
        return replace(self, score=score)

    def to_json(self, *, with_source: bool = False, with_traits: bool = False) -> dict[str, Any]:
        """The JSON object of the CLI contract (search fields; `source` for outfit items). A conversation
        keeps the traits too (`with_traits`): a follow-up must read a look on screen as it was composed."""
        data = asdict(self)
        data["styles"] = list(self.styles)
        for extra in ("brand", "formality", "function", "warmth", "pattern"):
            if not with_traits or data[extra] is None:
                data.pop(extra)
        if not with_source:
            data.pop("source")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Item":
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["styles"] = tuple(values.get("styles") or ())
        values["id"] = str(values.get("id", ""))
        for key in ("name", "kind", "slot", "color", "color_family", "gender"):
            values.setdefault(key, "")
        return cls(**values)


@dataclass(frozen=True)
class KindGuess:
    kind: str
    confidence: float


@dataclass(frozen=True)
class GarmentAnalysis:
    """What a photo shows: the `stylist analyze --json` contract. `kind` is None when unknown."""

    path: str
    color: str
    color_family: str
    kind: str | None = None
    slot: str | None = None
    confidence: float = 0.0
    alternatives: tuple[KindGuess, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "slot": self.slot,
            "color": self.color,
            "color_family": self.color_family,
            "confidence": round(self.confidence, 3),
            "alternatives": [{"kind": g.kind, "confidence": round(g.confidence, 3)} for g in self.alternatives],
        }

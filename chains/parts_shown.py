"""Which parts of a day the looks on screen are for ("a panel talk, then parties after"), and whether a message
asks for one set of looks for both (chains/day_parts.py makes them)."""

from __future__ import annotations

from collections.abc import Sequence

from chains.extract import Understanding
from chains.state import Outfit


def parts_on_screen(looks: Sequence[Outfit]) -> tuple[str, ...]:
    """The parts of the day the looks on screen are for, in order (none where they are for one occasion)."""
    parts = tuple(dict.fromkeys(o.occasion for o in looks if o.occasion))
    return parts if len(parts) > 1 else ()


def keeps_one_set(looks: Sequence[Outfit], heard: Understanding) -> bool:
    """"집에 다시 못와요", "no time to change in between" said of looks for two parts of the day: one set for both.
    (Where they come from may be named: "회사에서 바로 감".)"""
    parts = parts_on_screen(looks)
    said = heard.preferences.occasion
    return bool(parts) and heard.no_change_between and (said is None or said in parts or said == "work")

"""The `stylist chat --json` contract, as a checker any scripted conversation can be run against."""

from __future__ import annotations

from typing import Any

REPLY_KEYS = {"reply", "type", "asks", "quick_replies", "preferences", "garment", "outfits", "images"}
PREFERENCE_KEYS = {"gender", "occasion", "style", "season", "colors", "avoid_colors", "budget_max", "kinds"}
ITEM_KEYS = {"id", "name", "kind", "slot", "color", "color_family", "gender", "season", "usage", "styles",
             "price", "image", "score", "source"}
WRONG_SEASON = {"winter": {"summer"}, "summer": {"winter"}}


def check_shape(reply: dict[str, Any]) -> None:
    assert set(reply) == REPLY_KEYS, set(reply) ^ REPLY_KEYS
    assert reply["type"] in {"question", "outfits", "answer", "error"}
    assert isinstance(reply["reply"], str) and reply["reply"].strip()
    assert set(reply["preferences"]) == PREFERENCE_KEYS
    if reply["type"] == "question":
        assert reply["asks"] and reply["quick_replies"]
    else:
        assert reply["asks"] == []


def check_looks(reply: dict[str, Any], expect: dict[str, Any] | None) -> None:
    """Complete, unrepeated looks; and, when `expect` is given, every stated constraint."""
    seen: set[str] = set()
    for outfit in reply["outfits"]:
        items = outfit["items"]
        assert all(ITEM_KEYS <= set(i) for i in items)
        slots = [i["slot"] for i in items]
        assert "shoes" in slots and ({"top", "bottom"} <= set(slots) or "onepiece" in slots), slots
        assert all(slots.count(s) <= 1 for s in ("top", "bottom", "onepiece", "shoes", "outerwear"))
        assert outfit["why"].strip()
        ids = {i["id"] for i in items if i["source"] != "upload"}
        assert not ids & seen, "an item repeats across the outfits of one answer"
        seen |= ids
        if expect is not None:
            check_constraints(items, expect)


def check_constraints(items: list[dict[str, Any]], expect: dict[str, Any]) -> None:
    catalog = [i for i in items if i["source"] == "catalog"]
    if gender := expect.get("gender"):
        assert {i["gender"] for i in catalog} <= {gender, "unisex"}
    if avoid := expect.get("avoid"):
        assert not {i["color_family"] for i in catalog} & set(avoid)
    if colors := expect.get("colors"):
        assert {i["color_family"] for i in items} & set(colors), [i["color_family"] for i in items]
    for kind in expect.get("kinds", ()):
        assert kind in {i["kind"] for i in items}, (kind, [i["kind"] for i in items])
    for kind in expect.get("no_kinds", ()):
        assert kind not in {i["kind"] for i in catalog}, kind
    if season := expect.get("season"):
        # (a tie has no season: a silk tie filed under summer goes with a winter suit)
        assert not {i["season"] for i in catalog if i["kind"] != "tie"} & WRONG_SEASON.get(season, set())
    if expect.get("upload"):
        uploads = [i for i in items if i["source"] == "upload"]
        assert len(uploads) == 1 and uploads[0]["slot"], "the uploaded garment belongs in every outfit"
    if budget := expect.get("budget"):
        assert all(i["price"] is None or i["price"] <= budget for i in items)


def check_conversation(replies: list[dict[str, Any]], expect: dict[str, Any]) -> None:
    """Questions only when needed, never about what is known, at most two in a row; looks obey the brief."""
    in_row = 0
    known: set[str] = set()
    for index, reply in enumerate(replies):
        check_shape(reply)
        if reply["type"] == "question":
            in_row += 1
            assert in_row <= 2, "more than two questions in a row"
            assert not set(reply["asks"]) & known, f"asked again for {set(reply['asks']) & known}"
        else:
            in_row = 0
        if reply["type"] == "outfits":  # the brief is complete only after the last turn
            check_looks(reply, expect if index == len(replies) - 1 else None)
        known |= {k for k in ("occasion", "style", "gender") if reply["preferences"][k]}
    assert replies[-1]["type"] == expect.get("final", "outfits"), replies[-1]["reply"]
    if "questions" in expect:
        assert sum(r["type"] == "question" for r in replies) == expect["questions"]

"""Which demo-catalogue rows a quick, smaller catalogue keeps (`STYLIST_DEMO_LIMIT`, the benchmarks)."""

from __future__ import annotations

import zlib
from collections.abc import Callable

from domain.traits import traits_from

# A sample keeps what the dress codes need: formal pieces and evening pieces (domain/traits.py).
# They are a tenth of the demo catalogue (1,400 of 13,155 items, blazers included) but some kinds are rare (10 blazers,
# 2 formal dresses), and a sample spread over slots alone loses those. Up to this share of the limit
# they are all kept; beyond it they are shared out by (kind, gender), rare kinds whole, so that the
# rest of the sample still makes complete everyday looks in every style, gender and season.
DRESS_CODE_SHARE = 0.25


def _dress_code_piece(record: dict) -> bool:
    """A formal or evening piece, or any blazer (the interview's layer, rare in every season); a
    record without stored traits (an older parquet) is read by the rules."""
    if record.get("kind") == "blazer":
        return True
    formality, function = record.get("formality"), record.get("function")
    if formality is None or function is None:
        derived = traits_from(str(record.get("kind") or ""), record.get("usage"), str(record.get("name") or ""))
        formality, function = formality or derived.formality, function if function is not None else derived.function
    return formality == "formal" or function == "evening"


def _stratum(record: dict) -> tuple[str, str]:
    return str(record.get("slot")), str(record.get("gender"))


def _kind_stratum(record: dict) -> tuple[str, str]:
    return str(record.get("kind")), str(record.get("gender"))


def _spread(records: list[dict]) -> list[dict]:
    """Order a stratum so any prefix covers many (kind, colour family) pairs, popular pairs first."""
    buckets: dict[tuple[str, str], list[dict]] = {}
    for r in sorted(records, key=lambda r: zlib.crc32(str(r["id"]).encode())):
        buckets.setdefault((str(r.get("kind")), str(r.get("color_family"))), []).append(r)
    queues = sorted(buckets.values(), key=len, reverse=True)
    return [q[i] for i in range(len(queues[0])) for q in queues if i < len(q)] if queues else []


def _even_sample(records: list[dict], limit: int, stratum: Callable[[dict], tuple[str, str]]) -> list[dict]:
    """A deterministic sample of `limit` records: equal shares per stratum, small strata whole."""
    strata: dict[tuple[str, str], list[dict]] = {}
    for r in records:
        strata.setdefault(stratum(r), []).append(r)
    quotas, left = {}, max(0, limit)
    for n_left, key in enumerate(sorted(strata, key=lambda s: (len(strata[s]), s))):
        share = left // (len(strata) - n_left)  # water-filling: smaller strata first, leftovers roll on
        quotas[key] = min(share, len(strata[key]))
        left -= quotas[key]
    return [r for key in sorted(strata) for r in _spread(strata[key])[: quotas[key]]]


def stratified_sample(records: list[dict], limit: int) -> list[dict]:
    """A deterministic sample of `limit` records: the dress-code pieces first (all of them while
    they fit in DRESS_CODE_SHARE of the limit), then equal shares per (slot, gender), small strata whole."""
    limit = max(0, min(limit, len(records)))
    flags = [_dress_code_piece(r) for r in records]
    needed = [r for r, flag in zip(records, flags, strict=True) if flag]
    rest = [r for r, flag in zip(records, flags, strict=True) if not flag]
    # The needed pieces get their share, and whatever the rest cannot fill.
    n_needed = min(len(needed), max(int(limit * DRESS_CODE_SHARE), limit - len(rest)))
    return _even_sample(needed, n_needed, _kind_stratum) + _even_sample(rest, limit - n_needed, _stratum)

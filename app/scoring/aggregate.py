"""Weighted means used for interview-level and overall scores."""

from __future__ import annotations

from collections.abc import Iterable

OVERALL = "overall"


def weighted(parts: Iterable[tuple[float, float]]) -> float | None:
    """Weighted mean of (value, weight) pairs with weight > 0; None when no weight is left."""
    items = [(v, w) for v, w in parts if w > 0]
    total = sum(w for _, w in items)
    return None if total <= 0 else sum(v * w for v, w in items) / total

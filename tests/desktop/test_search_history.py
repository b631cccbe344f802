"""The recent-queries list: newest first, no duplicates, bounded, JSON round trip."""

from __future__ import annotations

import pytest

from desktop.search_history import SearchHistory


def test_newest_first_without_duplicates_and_bounded() -> None:
    history = SearchHistory(limit=3)
    for query in ("青岛", "啤酒", "青岛", "  5G   网络 ", "", "產業"):
        history.add(query)
    assert history.entries == ["產業", "5G 网络", "青岛"]
    assert history.add("產業") is False
    assert history.add("   ") is False


def test_round_trip_through_json() -> None:
    history = SearchHistory(["青岛", "啤酒"])
    assert SearchHistory.from_json(history.to_json()).entries == ["青岛", "啤酒"]


@pytest.mark.parametrize("stored", ["", "not json", '{"a": 1}', '["ok", 3, null]'])
def test_unreadable_history_is_forgotten_quietly(stored: str) -> None:
    expected = ["ok"] if stored.startswith('["ok"') else []
    assert SearchHistory.from_json(stored).entries == expected

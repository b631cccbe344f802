"""The recent-queries list: newest first, no duplicates, bounded, stored as JSON text."""

from __future__ import annotations

import json

HISTORY_LIMIT = 30


class SearchHistory:
    """Queries the user searched for; adding one again moves it to the front."""

    def __init__(self, entries: list[str] | None = None, *, limit: int = HISTORY_LIMIT) -> None:
        self.limit = limit
        self.entries: list[str] = []
        for entry in reversed(entries or []):
            self.add(entry)

    def add(self, query: str) -> bool:
        """Remember a query (blank ones are ignored); True when the list changed."""
        query = " ".join(query.split())
        if not query or (self.entries and self.entries[0] == query):
            return False
        if query in self.entries:
            self.entries.remove(query)
        self.entries.insert(0, query)
        del self.entries[self.limit :]
        return True

    def to_json(self) -> str:
        """The entries as a JSON list, for the settings."""
        return json.dumps(self.entries, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, *, limit: int = HISTORY_LIMIT) -> SearchHistory:
        """Entries read back from `to_json`; anything unreadable gives an empty history."""
        try:
            loaded = json.loads(text)
        except ValueError:
            loaded = []
        entries = (
            [entry for entry in loaded if isinstance(entry, str)]
            if isinstance(loaded, list)
            else []
        )
        return cls(entries, limit=limit)

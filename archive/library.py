"""The set of archives a user reads at once: the bundled one and their own, searched together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archive import errors
from archive.models import Article, ArticleSummary
from archive.store import ArchiveStore
from archive.upgrade import open_for_reading


@dataclass
class Library:
    """Open archives by name; archives that failed to open are kept with their one-line reason."""

    stores: list[ArchiveStore] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, paths: Iterable[Path], *, skip_missing: bool = False) -> Library:
        """Open each archive read-only (the bundled one immutable; an older one upgraded first);
        a damaged one is reported in `failures`, not raised."""
        library = cls()
        for path in paths:
            if skip_missing and not path.exists():
                continue
            try:
                library.stores.append(open_for_reading(path))
            except errors.ArchiveError as exc:
                library.failures.append(str(exc))
        return library

    def close(self) -> None:
        """Close every archive."""
        for store in self.stores:
            store.close()

    def store(self, name: str) -> ArchiveStore:
        """The archive with this name."""
        for store in self.stores:
            if store.name == name:
                return store
        raise errors.ArticleNotFoundError(f"No archive named {name} is open.")

    def get(self, identifier: str, archive: str | None = None) -> Article:
        """An article by id, from the named archive or the first that has it."""
        candidates = [self.store(archive)] if archive else self.stores
        for store in candidates:
            try:
                return store.get(identifier)
            except errors.ArticleNotFoundError:
                continue
        raise errors.ArticleNotFoundError(f"No article with id {identifier}.")

    def summaries(self) -> list[ArticleSummary]:
        """Every article of every archive, newest first; unknown and year-less dates last."""
        everything = [summary for store in self.stores for summary in store.summaries()]
        dated = sorted(
            (s for s in everything if s.date.year is not None),
            key=lambda s: s.date.sort_key(),
            reverse=True,
        )
        undated = sorted(
            (s for s in everything if s.date.year is None), key=lambda s: s.date.sort_key()
        )
        return dated + undated

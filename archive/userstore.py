"""The user's own file of bookmarks, highlights and notes: WAL, synchronous=FULL, one
transaction per user action, a rolling backup on open; archives are never written.

A UserStore belongs to one thread (apsw connections are not shared); another thread opens its
own. Every action returns a Change; `undo(change)` / `redo(change)` apply it backwards or
forwards (a Qt QUndoCommand wraps one Change; its first redo() must do nothing, because the
action has already been done when the Change is returned).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import apsw

from archive import (
    annotation_browser,
    annotation_export,
    annotation_import,
    backup,
    db,
    paths,
    placement,
    userstore_files,
)
from archive import annotation_rows as rows
from archive.annotation_browser import BrowsePage, Facets
from archive.annotation_errors import (
    AnnotationConflictError,
    AnnotationNotFoundError,
    InvalidAnnotationError,
)
from archive.annotation_filters import AnnotationFilter
from archive.annotation_models import (
    COLORS,
    DEFAULT_COLOR,
    Anchor,
    AnchorStatus,
    Annotation,
    ArticleRef,
    Change,
    Kind,
    clean_tags,
    utc_now,
)
from archive.library import Library
from archive.models import Article


class UserStore:
    """One user store file; see the module docstring for threads and undo."""

    def __init__(self, connection: apsw.Connection, path: Path, *, creator: str = "") -> None:
        self.connection = connection
        self.path = path
        self.creator = creator
        self.clock: Callable[[], str] = utc_now
        self.new_id: Callable[[], str] = lambda: str(uuid.uuid4())

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        creator: str = "",
        backups: backup.RollingPolicy | None = backup.DEFAULT_POLICY,
    ) -> UserStore:
        """Open or create the store (default: paths.user_store_path()), checked and backed up
        by `backups` (None: no automatic backup on open).

        UserStoreDamagedError (naming the newest backup) if the file is damaged;
        SchemaTooNewError if a newer Wenyuan wrote it. Either way the file is left untouched.
        """
        path = path or paths.user_store_path()
        with userstore_files.damage_reported(path):
            connection = userstore_files.open_checked(path)
        store = cls(connection, path, creator=creator)
        if backups is not None:
            try:
                store.rolling_backup(backups)
            except BaseException:
                store.close()
                raise
        return store

    def close(self) -> None:
        """Close the file; the store cannot be used afterwards."""
        self.connection.close()

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def guarded(self) -> Iterator[None]:
        """Translate SQLite failures into one-sentence errors about this store."""
        with userstore_files.damage_reported(self.path), db.translate_errors(self.path):
            yield

    # --- backups ------------------------------------------------------------------------

    @property
    def revision(self) -> int:
        """A number that grows with every write (backups record it to skip unchanged copies)."""
        return userstore_files.revision(self.connection)

    def rolling_backup(
        self, policy: backup.RollingPolicy | None = None
    ) -> backup.BackupInfo | None:
        """An automatic backup if anything changed since the last one (see RollingPolicy)."""
        if self.revision == 0:
            return None  # nothing was ever written
        with self.guarded():
            return backup.rolling_backup(
                self.connection,
                self.path,
                tag=f"r{self.revision}",
                policy=policy or backup.DEFAULT_POLICY,
            )

    def back_up_now(self) -> backup.BackupInfo:
        """A manual backup (never rolled away)."""
        with self.guarded():
            return backup.back_up(self.connection, self.path, tag=f"r{self.revision}")

    # --- actions ------------------------------------------------------------------------

    def highlight(
        self,
        article: Article,
        anchor: Anchor,
        *,
        color: str = DEFAULT_COLOR,
        note: str = "",
        tags: tuple[str, ...] | list[str] = (),
    ) -> Change:
        """Add a highlight on `anchor` (made against this article's current text)."""
        if anchor.content_hash != article.content_hash or (
            article.text[anchor.start : anchor.end] != anchor.exact
        ):
            raise InvalidAnnotationError(
                "The selection was made on another version of the article; select it again."
            )
        annotation = self._new(Kind.HIGHLIGHT, article, note, tags, anchor=anchor, color=color)
        return self._apply("add highlight", None, annotation)

    def add_note(
        self, article: Article, note: str, *, tags: tuple[str, ...] | list[str] = ()
    ) -> Change:
        """Add a note about the whole article."""
        if not note.strip():
            raise InvalidAnnotationError("The note is empty; write something first.")
        return self._apply("add note", None, self._new(Kind.NOTE, article, note, tags))

    def bookmark(
        self,
        article: Article,
        *,
        note: str | None = None,
        tags: tuple[str, ...] | list[str] | None = None,
    ) -> Change:
        """Bookmark the article; an existing bookmark gets the note and tags given instead."""
        existing = self.bookmark_of(article.archive, article.id)
        if existing is not None:
            return self.edit(existing.id, note=note, tags=tags)
        bookmark = self._new(Kind.BOOKMARK, article, note or "", tags or ())
        return self._apply("add bookmark", None, bookmark)

    def toggle_bookmark(self, article: Article) -> Change:
        """Bookmark the article, or remove its bookmark (Ctrl+D)."""
        existing = self.bookmark_of(article.archive, article.id)
        return self.delete(existing.id) if existing else self.bookmark(article)

    def edit(
        self,
        identifier: str,
        *,
        color: str | None = None,
        note: str | None = None,
        tags: tuple[str, ...] | list[str] | None = None,
    ) -> Change:
        """Change an annotation's colour, note or tags (None keeps a field as it is)."""
        current = self.get(identifier)
        if color is not None and current.kind is not Kind.HIGHLIGHT:
            raise InvalidAnnotationError("Only highlights have a colour.")
        _check_color(color)
        cleaned = None if tags is None else clean_tags(list(tags))
        edited = current.edited(color=color, note=note, tags=cleaned, updated=current.updated)
        if edited == current:
            return Change("edit", current, current)
        return self._apply("edit", current, replace(edited, updated=self.clock()))

    def delete(self, identifier: str) -> Change:
        """Delete an annotation (undo brings it back whole, with its id)."""
        return self._apply("delete", self.get(identifier), None)

    def undo(self, change: Change) -> Change:
        """Put back the state before `change`; AnnotationConflictError if it changed since."""
        return self._apply(f"undo {change.description}", change.after, change.before)

    def redo(self, change: Change) -> Change:
        """Do `change` again after an undo; AnnotationConflictError if it changed since."""
        return self._apply(change.description, change.before, change.after)

    # --- reading ------------------------------------------------------------------------

    def get(self, identifier: str) -> Annotation:
        """The annotation with this id, or AnnotationNotFoundError."""
        with self.guarded():
            found = rows.find(self.connection, identifier)
        if found is None:
            raise AnnotationNotFoundError(f"No annotation with id {identifier}.")
        return found

    def resolve(self, prefix: str) -> Annotation:
        """The annotation whose id is `prefix` or the only one starting with it (4+ characters)."""
        prefix = prefix.strip().removeprefix("urn:uuid:")
        with self.guarded():
            found = rows.find(self.connection, prefix)
            if found is None and len(prefix) >= 4:
                matches = rows.select(
                    self.connection, "id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff")
                )
                found = matches[0] if len(matches) == 1 else None
        if found is None:
            raise AnnotationNotFoundError(f"No annotation (or more than one) has the id {prefix}.")
        return found

    def bookmark_of(self, archive: str, article_id: str) -> Annotation | None:
        """The article's bookmark, if it has one."""
        with self.guarded():
            found = rows.select(
                self.connection,
                "archive = ? AND article_id = ? AND kind = 'bookmark'",
                (archive, article_id),
            )
        return found[0] if found else None

    def stored_for(self, archive: str, article_id: str) -> list[Annotation]:
        """An article's annotations as stored (not re-anchored: see annotations_for)."""
        with self.guarded():
            return rows.select(
                self.connection, "archive = ? AND article_id = ?", (archive, article_id)
            )

    def annotations_for(self, article: Article) -> list[Annotation]:
        """The article's annotations placed on its current text (re-anchored if it changed):
        bookmark, notes, then highlights in text order, orphans last. Project highlights into a
        script view with archive.anchoring.ArticleView."""
        return placement.annotations_for(self, article)

    def refresh(self, library: Library) -> placement.Placement:
        """Re-anchor every annotated article of the open archives whose text has changed."""
        return placement.refresh(self, library)

    def browse(
        self, wanted: AnnotationFilter | None = None, *, offset: int = 0, limit: int = 100
    ) -> BrowsePage:
        """One page of the annotation browser (limit 0: everything that matches)."""
        with self.guarded():
            return annotation_browser.browse(
                self.connection, wanted or AnnotationFilter(), offset=offset, limit=limit
            )

    def facets(self) -> Facets:
        """Tags, colours, creators, sources and archives in use, with counts."""
        with self.guarded():
            return annotation_browser.facets(self.connection)

    def orphans(self) -> list[Annotation]:
        """Highlights that could not be placed on their article's changed text."""
        return self.browse(AnnotationFilter(status=AnchorStatus.ORPHANED), limit=0).annotations

    def bookmarks(self, order: str = "added") -> list[Annotation]:
        """Every bookmark: by date `added` or article `date` (newest first; undated last), or
        by article `title`."""
        sorting = {
            "added": "created DESC",
            "title": "article_title COLLATE NOCASE, created",
            "date": "article_date_sort >= '}', article_date_sort DESC, created DESC",
        }
        if order not in sorting:
            raise InvalidAnnotationError(f"Bookmarks sort by {', '.join(sorting)}, not {order!r}.")
        with self.guarded():
            return rows.select(self.connection, f"kind = 'bookmark' ORDER BY {sorting[order]}")

    def export(self, form: str, wanted: AnnotationFilter | None = None) -> str:
        """The annotations `wanted` selects (default: all) as md, csv or jsonld text."""
        if form not in annotation_export.FORMATS:
            raise InvalidAnnotationError(
                f"Export formats are {', '.join(annotation_export.FORMATS)}, not {form!r}."
            )
        return annotation_export.export(self.browse(wanted, limit=0).annotations, form)

    def import_file(self, path: Path) -> annotation_import.ImportReport:
        """Merge a JSON-LD export into this store (by id; the later `updated` wins)."""
        return annotation_import.merge(self, annotation_import.read_jsonld(path))

    # --- internals ----------------------------------------------------------------------

    def _new(
        self,
        kind: Kind,
        article: Article,
        note: str,
        tags: tuple[str, ...] | list[str],
        *,
        anchor: Anchor | None = None,
        color: str | None = None,
    ) -> Annotation:
        _check_color(color)
        now = self.clock()
        return Annotation(
            id=self.new_id(),
            kind=kind,
            article=ArticleRef.of(article),
            anchor=anchor,
            color=color if kind is Kind.HIGHLIGHT else None,
            note=note,
            tags=clean_tags(list(tags)),
            creator=self.creator,
            created=now,
            updated=now,
            checked_hash=article.content_hash if anchor else None,
        )

    def _apply(
        self, description: str, expected: Annotation | None, target: Annotation | None
    ) -> Change:
        """Write `target` (None: delete) if the stored one is still `expected`; one transaction."""
        subject = target or expected
        assert subject is not None, "an action has a before or an after"
        identifier = subject.id
        try:
            with self.guarded(), self.connection:
                current = rows.find(self.connection, identifier)
                if not _same_version(current, expected):
                    raise AnnotationConflictError(
                        "The annotation was changed elsewhere meanwhile; nothing was written."
                    )
                if target is None:
                    rows.delete(self.connection, identifier)
                else:
                    if current is not None:
                        target = _keep_placement(target, current)
                    rows.write(self.connection, target)
                self.bump_revision()
        except apsw.ConstraintError as exc:  # only the one-bookmark-per-article rule
            raise AnnotationConflictError(
                "The article has been bookmarked again meanwhile; nothing was written."
            ) from exc
        return Change(description, current, target)

    def bump_revision(self) -> None:
        """Count one more write (call inside the write's transaction)."""
        self.connection.execute(
            "INSERT INTO meta(key, value) VALUES ('revision', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )


def _check_color(color: str | None) -> None:
    if color is not None and color not in COLORS:
        raise InvalidAnnotationError(
            f"Unknown colour {color!r}; choose one of {', '.join(COLORS)}."
        )


def _same_version(current: Annotation | None, expected: Annotation | None) -> bool:
    """True when the stored annotation is the expected one, wherever it has been re-anchored."""
    if current is None or expected is None:
        return current is expected
    return _keep_placement(expected, current) == current


def _keep_placement(target: Annotation, current: Annotation) -> Annotation:
    """`target`'s user fields on `current`'s placement (it may have been re-anchored since)."""
    return replace(
        target,
        anchor=current.anchor,
        status=current.status,
        checked_hash=current.checked_hash,
        article=current.article,
    )

"""Finding what to import and the unit of work a worker process does alone.

`plan_tasks` walks files and folders and yields Tasks (a file to read, a JSON record or an
archived page to extract) and Failures; `run_task` turns one Task into prepared articles. Both
halves are pure of the store, so tasks can run in worker processes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive.convert import detect_script
from archive.ids import content_hash
from archive.importer import html, jsonl, markdown_file, text, warc
from archive.importer.normalise import Extracted, Failure, Found, normalise
from archive.models import NewArticle
from archive.prepare import PreparedArticle, index_columns, prepare
from archive.render import MAX_MARKDOWN_CHARS

FILE_READERS = {
    ".txt": text.read_text_file,
    ".md": markdown_file.read_markdown_file,
    ".markdown": markdown_file.read_markdown_file,
    ".html": html.read_html_file,
    ".htm": html.read_html_file,
    ".shtml": html.read_html_file,
    ".xhtml": html.read_html_file,
}
RECORD_SUFFIXES = (".jsonl", ".json")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUPPORTED = (*FILE_READERS, *RECORD_SUFFIXES, *WARC_SUFFIXES)


@dataclass(frozen=True)
class Task:
    """One unit of work: `kind` is 'file', 'record' or 'page'; `size` counts toward progress."""

    kind: str
    location: str
    path: str
    size: int
    payload: Any = None


@dataclass(frozen=True)
class Ready:
    """A prepared article with where it came from."""

    prepared: PreparedArticle
    location: str
    raw_encoding: str
    warning: str


@dataclass(frozen=True)
class Unchanged:
    """An article the archive already holds with the same text (found without preparing it)."""

    location: str


#: `id:content_hash` of every article in the target archive when the import started; set in
#: each worker by `remember_stored` so that a re-run skips the costly part for stored articles.
_stored: frozenset[str] = frozenset()


def remember_stored(stored: frozenset[str]) -> None:
    """Tell this process which articles the archive holds (a worker-pool initializer)."""
    global _stored
    _stored = stored


@dataclass(frozen=True)
class Skipped:
    """A file found in a folder whose type Wenyuan does not import."""

    path: str


def suffix_of(path: Path) -> str:
    """The import suffix: `.warc.gz` counts as one."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def find_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | Failure | Skipped]:
    """(file, location shown in reports) for every importable file, folders walked in name order.

    A file named on its own is shown as given; a file found in a folder relative to the folder's
    parent (`inbox/deeper/two.txt`).
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _hidden(child.relative_to(path)):
                    relative = str(child.relative_to(path.parent))
                    yield (child, relative) if suffix_of(child) in SUPPORTED else Skipped(relative)
        elif not path.exists():
            yield Failure(str(path), "it does not exist.")
        elif suffix_of(path) not in SUPPORTED:
            kind = suffix_of(path) or "(none)"
            yield Failure(path.name, f"files of type {kind} are not imported.")
        else:
            yield path, str(path)


def plan_tasks(files: Iterable[tuple[Path, str]]) -> Iterator[Task | Failure]:
    """The tasks for each file: one per file, per JSON record, or per archived page."""
    for path, location in files:
        suffix = suffix_of(path)
        if suffix in RECORD_SUFFIXES:
            yield from _record_tasks(path, location)
        elif suffix in WARC_SUFFIXES:
            yield from _page_tasks(path, location)
        else:
            yield Task("file", location, str(path), _size(path))


def _record_tasks(path: Path, location: str) -> Iterator[Task | Failure]:
    """One task per record, read as the import goes (a huge file is never held whole)."""
    for line_number, record, size in jsonl.iter_sized_records(path, location):
        if isinstance(record, Failure):
            yield record
        else:
            yield Task("record", location, str(path), size, (line_number, record))


def _page_tasks(path: Path, location: str) -> Iterator[Task | Failure]:
    for page in warc.iter_warc_pages(path, location):
        if isinstance(page, Failure):
            yield page
        else:
            yield Task("page", page.location, str(path), len(page.payload), page)


def run_sized_task(
    task: Task | Failure,
) -> tuple[int, str, list[Ready | Unchanged | Failure]]:
    """(the task's size, its location, run_task's results): what a progress report needs."""
    size = task.size if isinstance(task, Task) else 0
    return size, task.location, run_task(task)


def run_task(task: Task | Failure) -> list[Ready | Unchanged | Failure]:
    """Read, clean and prepare what one task holds (runs in a worker process)."""
    if isinstance(task, Failure):
        return [task]
    return [_ready(item) for item in _extracted(task)]


def _extracted(task: Task) -> Iterator[Extracted | Failure]:
    path = Path(task.path)
    if task.kind == "record":
        line_number, record = task.payload
        yield jsonl.to_extracted(record, path, line_number, task.location)
    elif task.kind == "page":
        yield warc.page_to_extracted(task.payload)
    else:
        yield from FILE_READERS[suffix_of(path)](path, task.location)


def _ready(item: Extracted | Failure) -> Ready | Unchanged | Failure:
    found = item if isinstance(item, Failure) else normalise(item)
    if isinstance(found, Failure):
        return found
    return _prepared(found)


def _prepared(found: Found) -> Ready | Unchanged:
    if found.text is not None and f"{found.id}:{content_hash(found.text)}" in _stored:
        return Unchanged(found.location)
    if found.text is None or len(found.article.body) >= MAX_MARKDOWN_CHARS:
        prepared = dataclasses.replace(prepare(found.article), id=found.id)
    else:
        prepared = prepare_with_text(found.article, found.id, found.text)
    return Ready(prepared, found.location, found.raw_encoding, found.warning)


def prepare_with_text(article: NewArticle, identifier: str, text: str) -> PreparedArticle:
    """What `prepare` derives, for a body whose plain text is already known to be `text`."""
    return PreparedArticle(
        article=article,
        id=identifier,
        text=text,
        script=detect_script(article.title + "\n" + text),
        content_hash=content_hash(text),
        index_columns=index_columns(article.title, text, article.source, article.authors),
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)

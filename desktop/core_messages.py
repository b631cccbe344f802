"""The core's one-sentence messages in the interface language.

`archive/` is Qt-free and writes its sentences in English. This table gives each known sentence
(with its variable parts as %1, %2) a translatable form; a sentence it does not know is shown
as the core wrote it.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ANY = "(.+?)"
CONTEXT = "CoreMessages"

#: Every known sentence, its variable parts written %1, %2.
SENTENCES = (
    QT_TRANSLATE_NOOP("CoreMessages", "OR needs a search term on both sides."),
    QT_TRANSLATE_NOOP("CoreMessages", "NOT needs a search term after it."),
    QT_TRANSLATE_NOOP("CoreMessages", "An opening parenthesis is never closed."),
    QT_TRANSLATE_NOOP("CoreMessages", "A closing parenthesis has no opening one."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The query has no letters, digits or characters to search for."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "NOT needs something to exclude from; write e.g. 青岛 NOT 啤酒."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "date: filters apply to the whole query; use them outside OR and NOT."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "This query cannot be searched; try fewer operators."),
    QT_TRANSLATE_NOOP("CoreMessages", "The query is too long (over %1 characters)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "date:%1 is not a date; write date:2021, date:2021-01 or date:2021..2022."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "date:%1 ends before it starts."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a valid date."),
    QT_TRANSLATE_NOOP("CoreMessages", "“%1” is not a date; write 2021, 2021-06 or 2021-06-30."),
    QT_TRANSLATE_NOOP("CoreMessages", "The date range %1–%2 ends before it starts."),
    QT_TRANSLATE_NOOP("CoreMessages", "No article with id %1 in %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "No article with id %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "No archive named %1 is open."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive %1 does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive %1 is damaged."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive %1 is truncated."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive %1 cannot be read."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive %1 cannot be opened."),
    QT_TRANSLATE_NOOP("CoreMessages", "The archive %1 is locked by another program."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not an archive (not an SQLite database)."),
    # annotations and the user store
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The annotation store %1 is damaged and has no backup; it was left untouched.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The annotation store %1 is damaged; restore its backup of %2 with "
        "`wenyuan-archive annotations restore` (the damaged file is kept).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The annotation store %1 was written by a newer Wenyuan (schema %2; this version "
        "reads up to %3); it was left untouched.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is an SQLite database but not a Wenyuan annotation store."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The annotation store %1 has no usable backup."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The annotation was changed elsewhere meanwhile; nothing was written."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The article has been bookmarked again meanwhile; nothing was written."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The selection was made on another version of the article; select it again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Select some text to highlight; the selection is empty."),
    QT_TRANSLATE_NOOP("CoreMessages", "The note is empty; write something first."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Annotations are off until the annotation store is repaired."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("CoreMessages", "Annotation search has no %1: field; use the filters."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Dates filter annotations through the date filters, not the search text.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is not a JSON file (%2)."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be imported: %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup %1 could not be written: %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 is damaged, so no backup was made of it."),
)


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    compiled = []
    for sentence in SENTENCES:
        english = str(sentence)
        parts = re.split(r"%\d", english)
        pattern = _ANY.join(re.escape(part) for part in parts)
        compiled.append((re.compile(pattern, re.DOTALL), english))
    return compiled


def translated(message: str) -> str:
    """The message in the interface language when it is a known sentence, else as it is."""
    for pattern, english in _patterns():
        match = pattern.fullmatch(message)
        if match:
            text = QCoreApplication.translate(CONTEXT, english)
            for number, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return message

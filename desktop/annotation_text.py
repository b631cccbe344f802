"""How annotations read in lists: colour names, one-line summaries, tags, times, orphan marks.

Quotes are shown in the reader's script form (the stored quote is the original's); the text of
each line is made when a view asks for it, so long lists cost nothing until they are seen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from archive.annotation_models import COLORS, AnchorStatus, Annotation, Kind
from archive.convert import ScriptForm, convert

NOTE_PREVIEW = 80
_BLOCK_MARK = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,9}[.)]\s+)+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE_MARK = re.compile(r"\*\*|__|~~|[*`]|<[^>]*>")
ORPHAN_MARK = "⚠"
BOOKMARK_MARK = "★"
NOTE_MARK = "✎"


def color_name(color: str) -> str:
    """A highlight colour's name in the interface language."""
    names = {
        "yellow": QCoreApplication.translate("AnnotationText", "Yellow"),
        "green": QCoreApplication.translate("AnnotationText", "Green"),
        "blue": QCoreApplication.translate("AnnotationText", "Blue"),
        "pink": QCoreApplication.translate("AnnotationText", "Pink"),
        "purple": QCoreApplication.translate("AnnotationText", "Purple"),
        "orange": QCoreApplication.translate("AnnotationText", "Orange"),
    }
    return names.get(color, color)


def palette() -> list[tuple[str, str]]:
    """(colour, its name) in the palette's order."""
    return [(color, color_name(color)) for color in COLORS]


def first_line(markdown: str, limit: int = NOTE_PREVIEW) -> str:
    """A note's first non-empty line without its Markdown marks (for lists; the panel shows
    the note rendered), shortened."""
    line = next((text.strip() for text in markdown.splitlines() if text.strip()), "")
    line = _LINK.sub(r"\1", _BLOCK_MARK.sub("", line))
    line = _INLINE_MARK.sub("", line).strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_orphan(annotation: Annotation) -> bool:
    """True for a highlight that lost its place when its article's text changed."""
    return annotation.status is AnchorStatus.ORPHANED


def summary(annotation: Annotation, form: ScriptForm = ScriptForm.ORIGINAL) -> str:
    """One line: the quote in `form` (or what the annotation is) and the note's start."""
    note = first_line(annotation.note)
    if annotation.kind is Kind.BOOKMARK:
        head = f"{BOOKMARK_MARK} " + QCoreApplication.translate("AnnotationText", "Bookmark")
    elif annotation.kind is Kind.NOTE:
        return f"{NOTE_MARK} {note}"
    else:
        head = "“" + convert(annotation.quote, form).replace("\n", " ") + "”"
        if is_orphan(annotation):
            head = f"{ORPHAN_MARK} " + orphan_label() + " " + head
    return f"{head} — {note}" if note else head


def orphan_label() -> str:
    """What marks a highlight that could not be placed."""
    return QCoreApplication.translate("AnnotationText", "Lost its place:")


def orphan_explanation() -> str:
    """Why a highlight is an orphan, in one sentence."""
    return QCoreApplication.translate(
        "AnnotationText",
        "The article's text changed and these words could not be found in it again; "
        "the quote and note are kept.",
    )


def tags_text(annotation: Annotation) -> str:
    """Tags as '#a #b'."""
    return " ".join(f"#{tag}" for tag in annotation.tags)


def when_text(moment: str) -> str:
    """A stored UTC time as 'YYYY-MM-DD HH:MM UTC'."""
    return f"{moment[:10]} {moment[11:16]} UTC" if len(moment) >= 16 else moment


def byline(annotation: Annotation) -> str:
    """Who made it and when: 'name · created' (and the last edit if later)."""
    parts = [annotation.creator] if annotation.creator else []
    parts.append(when_text(annotation.created))
    if when_text(annotation.updated) != when_text(annotation.created):
        parts.append(
            QCoreApplication.translate("AnnotationText", "edited %1").replace(
                "%1", when_text(annotation.updated)
            )
        )
    return " · ".join(parts)

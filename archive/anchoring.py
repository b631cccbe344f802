"""Anchors on an article's original text, and their place in any script view (and back).

Offsets here are Unicode code points unless a name says utf16; Qt counts UTF-16 code units, so
the desktop uses the *_utf16 methods (characters outside the BMP, like 𠮷, count twice there).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from functools import cached_property

from archive.annotation_errors import InvalidAnnotationError, QuoteNotFoundError
from archive.annotation_models import Anchor, AnchorStatus, Annotation
from archive.convert import ConvertedText, ScriptForm, Utf16Index, convert, convert_with_map
from archive.ids import content_hash
from archive.textfold import fold

#: Code points of context kept on each side of a quote (as Hypothesis does).
CONTEXT_LENGTH = 32


def make_anchor(text: str, start: int, end: int, text_hash: str | None = None) -> Anchor:
    """The anchor of original `text[start:end]`, trimmed of surrounding white space."""
    if not 0 <= start <= end <= len(text):
        raise InvalidAnnotationError(f"The selection {start}–{end} is outside the article.")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InvalidAnnotationError("Select some text to highlight; the selection is empty.")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start],
        suffix=text[end : end + CONTEXT_LENGTH],
        start=start,
        end=end,
        content_hash=text_hash or content_hash(text),
    )


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Original spans where `quote`, written in any script form, occurs; in text order.

    Both sides are converted to each form and folded (script-blind), so 软件 finds 軟體 and
    网际网路 finds 互联网; a span found in a converted view is mapped back to the original.
    """
    spans: set[tuple[int, int]] = set()
    for form in ScriptForm:
        view = convert_with_map(text, form)
        needle = fold(convert(quote, form).strip())
        if not needle:
            continue
        haystack = fold(view.text)
        found = haystack.find(needle)
        while found != -1:
            spans.add(view.span_to_original(found, found + len(needle)))
            found = haystack.find(needle, found + 1)
    return sorted(spans)


def anchor_quote(text: str, quote: str, occurrence: int = 1) -> Anchor:
    """The anchor of the `occurrence`-th (1-based) place where `quote` occurs in `text`."""
    spans = find_quote(text, quote)
    if not spans:
        raise QuoteNotFoundError(f"The text “{quote}” does not occur in the article.")
    if not 1 <= occurrence <= len(spans):
        raise QuoteNotFoundError(
            f"The text “{quote}” occurs {len(spans)} time(s) in the article, "
            f"so there is no occurrence {occurrence}."
        )
    start, end = spans[occurrence - 1]
    return make_anchor(text, start, end)


@dataclass(frozen=True)
class ArticleView:
    """An article's original text as shown in one script form: where annotations fall in it."""

    original: str
    form: ScriptForm

    @classmethod
    def of(cls, text: str, form: ScriptForm | str = ScriptForm.ORIGINAL) -> ArticleView:
        """The view of original `text` in `form` (original, hans, hant, tw, hk)."""
        return cls(text, ScriptForm(form))

    @classmethod
    def of_converted(cls, converted: ConvertedText, form: ScriptForm | str) -> ArticleView:
        """The view over a conversion the reader has already made (saves converting twice)."""
        view = cls(converted.original, ScriptForm(form))
        view.__dict__["converted"] = converted  # fills the cached_property
        return view

    @cached_property
    def converted(self) -> ConvertedText:
        """The converted text and its offset map (recent conversions are reused)."""
        return _conversion(self.original, self.form)

    @property
    def text(self) -> str:
        """What the reader sees in this form."""
        return self.converted.text

    @cached_property
    def content_hash(self) -> str:
        """The hash of the original text; anchors made against another text do not project."""
        return content_hash(self.original)

    @cached_property
    def _utf16(self) -> Utf16Index:
        return Utf16Index(self.text)

    def project(self, annotation: Annotation | Anchor) -> tuple[int, int] | None:
        """Where a highlight falls in this view (code points), or None if it has no place.

        None for orphans, notes, bookmarks and anchors made against another version of the
        text (the store re-anchors those when it reads an article's annotations).
        """
        anchor = annotation if isinstance(annotation, Anchor) else _placed_anchor(annotation)
        if anchor is None or anchor.content_hash != self.content_hash:
            return None
        return self.converted.span_to_converted(anchor.start, anchor.end)

    def project_utf16(self, annotation: Annotation | Anchor) -> tuple[int, int] | None:
        """`project` in UTF-16 code units of `text` (what Qt's QTextCursor counts)."""
        span = self.project(annotation)
        if span is None:
            return None
        return self._utf16.to_utf16(span[0]), self._utf16.to_utf16(span[1])

    def anchor_for_selection(self, start: int, end: int) -> Anchor:
        """The anchor, against the original, of a selection [start, end) made in this view."""
        original_start, original_end = self.converted.span_to_original(start, end)
        return make_anchor(self.original, original_start, original_end, self.content_hash)

    def anchor_for_selection_utf16(self, start: int, end: int) -> Anchor:
        """`anchor_for_selection` for a selection counted in UTF-16 code units."""
        return self.anchor_for_selection(self._utf16.from_utf16(start), self._utf16.from_utf16(end))


@functools.lru_cache(maxsize=8)
def _conversion(text: str, form: ScriptForm) -> ConvertedText:
    return convert_with_map(text, form)


def _placed_anchor(annotation: Annotation) -> Anchor | None:
    if annotation.status is AnchorStatus.ORPHANED:
        return None
    return annotation.anchor

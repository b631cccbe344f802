"""Fuzzing the anchoring code: anchors made on random texts (CJK in both scripts, Latin,
characters outside the BMP, line breaks) project into every script view and back, re-anchor
onto randomly edited texts, and are placed by the real user store, without ever raising and
without ever landing on other words. `make test` runs hundreds, `make stress` thousands.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.anchoring import ArticleView, make_anchor
from archive.annotation_errors import InvalidAnnotationError
from archive.annotation_models import AnchorStatus
from archive.convert import ScriptForm
from archive.ids import content_hash
from archive.importer.plaintext import text_to_markdown
from archive.models import NewArticle
from archive.reanchor import reanchor
from archive.store import ArchiveStore
from archive.userstore import UserStore
from tests.reliability.stress import STRESS, stress_count

PIECES = ["软件", "軟體", "互联网", "網際網路", "青岛", "青島", "发展", "發展", "里", "裏", "后"]
PIECES += ["干", "乾", "𠮷", "𪚥", "5G", "COVID-19", "a", " ", "\n", "。", "，", "「」", "\u3000"]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=60).map(
    "".join
)
SETTINGS = settings(
    max_examples=stress_count(fast=400, stress=5000),
    deadline=None,
    derandomize=not STRESS,  # make test: the same examples each run; make stress: new ones
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@st.composite
def anchored_texts(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(TEXTS)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@st.composite
def edits(draw: st.DrawFn, text: str) -> str:
    """`text` with a few random insertions, deletions and replacements."""
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 10)))
        text = text[:start] + draw(TEXTS | st.just("")) + text[end:]
    return text


@SETTINGS
@given(anchored_texts(), st.sampled_from(list(ScriptForm)))
@example(("𠮷野家\n软件", 0, 1), ScriptForm.TW)
@example(("  ", 0, 2), ScriptForm.ORIGINAL)
def test_anchors_project_into_every_view_and_back(
    case: tuple[str, int, int], form: ScriptForm
) -> None:
    text, start, end = case
    try:
        anchor = make_anchor(text, start, end)
    except InvalidAnnotationError:
        assert not text[start:end].strip()
        return
    assert text[anchor.start : anchor.end] == anchor.exact and anchor.exact.strip()
    view = ArticleView.of(text, form)
    span = view.project(anchor)
    assert span is not None
    shown_start, shown_end = span
    assert 0 <= shown_start <= shown_end <= len(view.text)
    if form is ScriptForm.ORIGINAL:
        assert span == (anchor.start, anchor.end)
    utf16 = view.project_utf16(anchor)
    assert utf16 is not None and utf16[0] <= utf16[1]
    if shown_start < shown_end and view.text[shown_start:shown_end].strip():
        again = view.anchor_for_selection(shown_start, shown_end)
        assert again.start <= anchor.start and again.end >= anchor.end  # covers what was made


@SETTINGS
@given(st.data())
def test_reanchoring_on_edited_texts_never_lands_on_other_words(data: st.DataObject) -> None:
    text, start, end = data.draw(anchored_texts())
    try:
        anchor = make_anchor(text, start, end)
    except InvalidAnnotationError:
        return
    edited = data.draw(edits(text))
    moved = reanchor(anchor, edited, content_hash(edited))
    if moved is None:
        return  # an orphan: kept with its quote, never misplaced
    assert 0 <= moved.start < moved.end <= len(edited)
    assert edited[moved.start : moved.end] == moved.exact
    if edited == text:
        assert (moved.start, moved.end) == (anchor.start, anchor.end)


@settings(
    max_examples=stress_count(fast=40, stress=500),
    deadline=None,
    derandomize=not STRESS,  # make test: the same examples each run; make stress: new ones
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.data())
def test_the_store_places_highlights_on_changed_texts_or_orphans_them(data: st.DataObject) -> None:
    """Through the real archive and user store: highlight, replace the text, read it back."""
    with tempfile.TemporaryDirectory() as folder:
        archive_path, store_path = Path(folder) / "a.sqlite", Path(folder) / "s.sqlite"
        body = text_to_markdown(data.draw(TEXTS.filter(lambda text: text.strip())))
        with ArchiveStore.open_writable(archive_path, name="fuzz", wal=False) as archive:
            identifier, _added = archive.add(
                NewArticle(title="题", body=body, raw="r", identity="f")
            )
            article = archive.get(identifier)
            if not article.text.strip():
                return
            anchors = []
            for _ in range(data.draw(st.integers(1, 3))):
                start = data.draw(st.integers(0, len(article.text) - 1))
                end = data.draw(st.integers(start + 1, len(article.text)))
                if article.text[start:end].strip():
                    anchors.append(make_anchor(article.text, start, end))
            with UserStore.open(store_path, backups=None) as store:
                for anchor in anchors:
                    store.highlight(article, anchor)
                edited = data.draw(edits(article.text))
                archive.replace_body(identifier, text_to_markdown(edited))
                changed = archive.get(identifier)
                for annotation in store.annotations_for(changed):
                    assert annotation.anchor is not None
                    if annotation.status is AnchorStatus.ANCHORED:
                        placed = annotation.anchor
                        assert changed.text[placed.start : placed.end] == placed.exact
                        assert placed.content_hash == changed.content_hash
                assert len(store.annotations_for(changed)) == len(anchors)

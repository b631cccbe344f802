"""The lazily filled result model over a real ranking: batches, refs on demand, script forms."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from archive.convert import ScriptForm
from archive.library import Library
from archive.search import RankedResults, SearchRequest, build_hit, rank
from archive.snippets import Snippet
from desktop.results_model import ResultRole, ResultsModel


@pytest.fixture
def many_library(many_archive: Path) -> Iterator[Library]:
    library = Library.open([many_archive])
    yield library
    library.close()


def ranked(library: Library, query: str, limit: int = 0) -> RankedResults:
    return rank(library, SearchRequest(query, limit=limit))


def fill(model: ResultsModel, results: RankedResults, first: int = 0) -> None:
    rows = [build_hit(ref, results.plan) for ref in results.refs[:first]]
    model.set_results(
        results.refs, rows, partial(build_hit, plan=results.plan), total=results.total
    )


def fetch_all(model: ResultsModel) -> None:
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        if model.rowCount() == before:
            break


def test_rows_arrive_in_batches(qtbot: QtBot, many_library: Library) -> None:
    model = ResultsModel(batch_size=100)
    fill(model, ranked(many_library, ""), first=30)
    assert model.rowCount() == 30 and model.total() == 260
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [30, 129]  # first and inclusive last
    fetch_all(model)
    assert model.rowCount() == 260
    assert not model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, many_library: Library, force_py: bool
) -> None:
    """The tester stays attached after check(), so it also checks each batch and the reset."""
    model = ResultsModel(batch_size=70)
    fill(model, ranked(many_library, "青岛"))
    qtmodeltester.check(model, force_py=force_py)
    fetch_all(model)
    assert model.rowCount() == 52
    fill(model, ranked(many_library, ""), first=10)
    fetch_all(model)
    model.clear()
    assert model.rowCount() == 0


def test_past_the_known_refs_the_model_asks_once_then_continues(
    qtbot: QtBot, many_library: Library
) -> None:
    model = ResultsModel(batch_size=50)
    first = ranked(many_library, "", limit=60)
    fill(model, first)
    assert model.total() == 260 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 60
    with qtbot.waitSignal(model.refs_wanted):
        model.fetchMore(QModelIndex())
    with qtbot.assertNotEmitted(model.refs_wanted):
        model.fetchMore(QModelIndex())
    everything = ranked(many_library, "")
    assert [ref.rowid for ref in everything.refs[:60]] == [ref.rowid for ref in first.refs]
    model.extend_refs(everything.refs)
    assert model.rowCount() == 110
    fetch_all(model)
    assert model.rowCount() == 260


def test_roles_show_title_date_source_snippet_and_hits(many_library: Library) -> None:
    model = ResultsModel()
    fill(model, ranked(many_library, "青岛"), first=5)
    index = model.index(0, 0)
    title = model.data(index, ResultRole.TITLE)
    assert "青岛" in title and model.data(index, Qt.ItemDataRole.DisplayRole) == title
    assert model.data(index, ResultRole.HITS) == 2
    snippet = model.data(index, ResultRole.SNIPPET)
    assert isinstance(snippet, Snippet)
    assert [snippet.text[a:b] for a, b in snippet.spans] == ["青岛"]
    assert model.data(index, ResultRole.DATE_TEXT).count("-") == 2
    assert model.data(index, ResultRole.SOURCE) in {"信网", "青岛日报", "自由時報"}
    assert title in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(999, 0), ResultRole.TITLE) is None
    assert model.roleNames()[int(ResultRole.SNIPPET)] == b"snippet"


def test_titles_sources_and_snippets_follow_the_script_form(
    qtbot: QtBot, many_library: Library
) -> None:
    model = ResultsModel()
    fill(model, ranked(many_library, "青岛"), first=5)
    index = model.index(0, 0)
    with qtbot.waitSignal(model.dataChanged):
        model.set_form(ScriptForm.TW)
    assert "青島" in model.data(index, ResultRole.TITLE)
    snippet = model.data(index, ResultRole.SNIPPET)
    assert [snippet.text[a:b] for a, b in snippet.spans] == ["青島"]
    assert "軟體產業" in snippet.text
    everything = ResultsModel()
    fill(everything, ranked(many_library, ""), first=6)
    everything.set_form(ScriptForm.HANS)
    sources = {everything.data(everything.index(row, 0), ResultRole.SOURCE) for row in range(6)}
    assert "自由时报" in sources and "自由時報" not in sources


def test_row_of_finds_loaded_rows_only(many_library: Library) -> None:
    model = ResultsModel()
    results = ranked(many_library, "")
    fill(model, results, first=3)
    hit = model.hit_at(2)
    assert hit is not None
    assert model.row_of(hit.summary.id) == 2
    assert model.row_of(hit.summary.id, "another") is None
    assert model.row_of(results.refs[100].article_id) is None


def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        ResultsModel(batch_size=0)

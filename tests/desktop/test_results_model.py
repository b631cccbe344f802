"""The lazily filled list model: batches, inclusive insert ranges, roles, Qt's model checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from archive.dates import PartialDate
from archive.models import ArticleSummary, Script
from desktop.results_model import ResultRole, ResultsModel


def summaries(count: int) -> list[ArticleSummary]:
    return [
        ArticleSummary(
            id=f"id{number:05d}",
            archive="test",
            title=f"標題 {number}",
            date=PartialDate(2020, 1 + number % 12),
            source="信网",
            authors=(),
            url=None,
            script=Script.TRADITIONAL,
        )
        for number in range(count)
    ]


def fetch_all(model: ResultsModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_rows_arrive_in_batches(qtbot: QtBot) -> None:
    model = ResultsModel(summaries(450), batch_size=200)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [0, 199]  # first and inclusive last
    assert model.rowCount() == 200
    fetch_all(model)
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
def test_model_passes_the_model_tester(qtmodeltester: ModelTester, force_py: bool) -> None:
    """The tester stays attached after check(), so it also checks each batch and the reset."""
    model = ResultsModel(summaries(450), batch_size=200)
    qtmodeltester.check(model, force_py=force_py)
    fetch_all(model)
    assert model.rowCount() == 450
    model.set_summaries(summaries(5))
    fetch_all(model)
    model.set_summaries([])
    assert model.rowCount() == 0


def test_roles_expose_title_date_source_and_summary() -> None:
    items = summaries(3)
    model = ResultsModel(items)
    model.fetchMore(QModelIndex())
    index = model.index(1, 0)
    assert model.data(index) == "標題 1"
    assert model.data(index, ResultRole.TITLE) == "標題 1"
    assert model.data(index, ResultRole.DATE_TEXT) == "2020-02"
    assert model.data(index, ResultRole.SOURCE) == "信网"
    assert model.data(index, ResultRole.SUMMARY) is items[1]
    assert "2020-02" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(5, 0)) is None
    assert b"date_text" in model.roleNames().values()


def test_row_of_loads_the_batches_it_needs() -> None:
    model = ResultsModel(summaries(450), batch_size=200)
    assert model.row_of("id00420") == 420
    assert model.rowCount() == 450
    assert model.row_of("missing") is None


def test_reset_starts_again_from_the_first_batch() -> None:
    model = ResultsModel(summaries(450), batch_size=200)
    fetch_all(model)
    model.set_summaries(summaries(10))
    assert model.rowCount() == 0
    assert model.total_count() == 10


def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ResultsModel(batch_size=0)

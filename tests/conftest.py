"""Shared fixtures: small real archives on disk, and the path to the shared corpora."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive.dates import PartialDate
from archive.library import Library
from archive.models import NewArticle
from archive.store import ArchiveStore

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"

SAMPLE_ARTICLES = [
    NewArticle(
        title="青島西海岸新區產業發展",
        body="青島與沿黃省區產業合作。\n\n## 小標題\n\n工業互聯網平台，5G+工業互聯網。",
        raw="raw-1",
        identity="sample:1",
        date=PartialDate(2023, 11, 21),
        source="青島日報",
        authors=("王波",),
    ),
    NewArticle(
        title="青岛啤酒节开幕",
        body="第一段：青岛啤酒。\n\n第二段 COVID-19疫苗 与 G20峰会。",
        raw="raw-2",
        identity="sample:2",
        date=PartialDate(2021, 1, 14, 15, 48),
        source="信网",
        authors=("赵宝辉", "何琳"),
    ),
    NewArticle(
        title="軟體與資訊",
        body="臺灣的軟體產業，ＶＩＰ客戶。",
        raw="raw-3",
        identity="sample:3",
        date=PartialDate(month=3, day=1),
        source="自由時報",
    ),
    NewArticle(
        title="无日期的文章",
        body="软件和信息服务。MES系统上线，2021年完成。",
        raw="raw-4",
        identity="sample:4",
        source="信网",
    ),
]


def require_corpora() -> Path:
    """The shared corpora folder, or skip the test with a clear message."""
    if not CORPORA.is_dir():
        pytest.skip(f"the shared corpora are not at {CORPORA}")
    return CORPORA


@pytest.fixture
def sample_archive(tmp_path: Path) -> Path:
    """A small archive file holding SAMPLE_ARTICLES."""
    path = tmp_path / "sample.sqlite"
    with ArchiveStore.open_writable(path, name="sample", wal=False) as store:
        store.add_many(SAMPLE_ARTICLES)
    return path


@pytest.fixture
def sample_library(sample_archive: Path) -> Iterator[Library]:
    """The sample archive opened for reading."""
    library = Library.open([sample_archive])
    yield library
    library.close()


@pytest.fixture(autouse=True)
def private_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test (and every subprocess it starts) uses a fresh user data folder and store."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("WENYUAN_DATA_DIR", str(folder))
    monkeypatch.setenv("WENYUAN_USER_STORE", str(folder / "user-store.sqlite"))
    return folder

"""The reader benchmark's 100,000-article archive: synthetic corpus + archive.bulk, built once."""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _folder in (ROOT, ROOT / "build"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import corpus_synth  # noqa: E402

from archive.bulk import add_in_batches  # noqa: E402
from archive.store import ArchiveStore  # noqa: E402
from archive.textfold import fold_version  # noqa: E402

SEED = 7


def archive_path(total: int) -> Path:
    """Where the benchmark archive of `total` articles lives (git-ignored)."""
    return corpus_synth.BENCH_DATA / f"reader-{total}.sqlite"


def is_reusable(path: Path, total: int) -> bool:
    """True when `path` holds a finished build of `total` articles under today's folding rules."""
    if not path.exists():
        return False
    try:
        with ArchiveStore.open_read_only(path) as store:
            return (
                store.meta("reader_bench_articles") == str(total)
                and store.fold_version == fold_version()
            )
    except Exception:
        return False


def ensure_archive(total: int) -> Path:
    """The benchmark archive, built with archive.bulk.add_in_batches when missing or stale."""
    path = archive_path(total)
    if is_reusable(path, total):
        return path
    pool = corpus_synth.load_pool(corpus_synth.require_corpora())
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    articles = itertools.chain.from_iterable(corpus_synth.synth_corpus(pool, total, SEED))
    with ArchiveStore.open_writable(path, name="bench", wal=False) as store:
        for progress in add_in_batches(store, articles, batch_size=2000):
            if progress.added % 10_000 == 0:
                elapsed = time.perf_counter() - started
                print(f"  built {progress.added:,} articles in {elapsed:.0f} s", file=sys.stderr)
        store.set_meta("reader_bench_articles", str(total))
    return path


if __name__ == "__main__":
    print(ensure_archive(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))

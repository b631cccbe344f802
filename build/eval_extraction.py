"""Score web-page extraction on ../shared/corpora/html_pages/ through the importer's own code path.

Each page goes through the same task an import runs (decode, trafilatura, normaliser, prepare),
so the scores describe what an import stores. Printed per set:

- cctv (100 pages, gold paragraphs): title exact match, date match (the day), paragraph-level
  precision / recall / F1. Gold paragraphs that do not occur anywhere in the page's source
  (`---` and a `更新时间：<ISO time>` stamp the gold's own scraper appended) are unattainable and
  left out; how many were left out is printed.
- trafilatura (4 pages): their `with` snippets must be present and `without` snippets absent.
- readability (4) and newspaper (4): must-contain = the opening 15 characters of the three
  longest gold paragraphs (a share label such as 转播到腾讯微博 in the gold is not required);
  paragraph P/R/F1 against the gold text shown for information.
- gne (35 pages, no human gold): how many pages give an article; title agreement with GNE's own
  2019 output where present (informative).

Targets (issue 6): CCTV title and date ≥ 95%, CCTV body F1 ≥ 0.95, every must-contain present
and must-not-contain absent. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.importer.normalise import Failure  # noqa: E402
from archive.importer.tasks import Ready, Task, run_task  # noqa: E402

PAGES = ROOT.parent / "shared" / "corpora" / "html_pages"
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")


@dataclass
class Scores:
    """Running totals of one page set."""

    pages: int = 0
    extracted: int = 0
    titles: int = 0
    dates: int = 0
    f1: list[float] = field(default_factory=list)
    snippet_misses: list[str] = field(default_factory=list)
    left_out: int = 0


def extract(path: Path) -> Ready | None:
    """What an import of this one page would store (None when it fails)."""
    items = run_task(Task("file", path.name, str(path), path.stat().st_size))
    ready = [item for item in items if not isinstance(item, Failure)]
    return ready[0] if ready else None


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def paragraphs(text: str) -> set[str]:
    return {squash(line) for line in text.split("\n") if squash(line)}


def prf(got: set[str], want: set[str]) -> tuple[float, float, float]:
    hit = len(got & want)
    precision = hit / len(got) if got else 0.0
    recall = hit / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_cctv(entry: dict[str, str], scores: Scores) -> None:
    path = PAGES / entry["file"]
    gold = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    ready = extract(path)
    if ready is None:
        scores.f1.append(0.0)
        return
    scores.extracted += 1
    article = ready.prepared.article
    scores.titles += article.title == gold["title"]
    scores.dates += (article.date.iso() or "")[:10] == gold["date"]
    page = path.read_text(encoding="utf-8", errors="replace")
    source = squash(html.unescape(_TAG.sub("", page)))
    want = {line for line in paragraphs(gold["text"]) if line in source}
    scores.left_out += len(paragraphs(gold["text"])) - len(want)
    scores.f1.append(prf(paragraphs(ready.prepared.text), want)[2])


def score_snippets(
    path: Path, with_: list[str], without: list[str], scores: Scores, gold_text: str = ""
) -> None:
    ready = extract(path)
    text = squash(ready.prepared.text) if ready else ""
    scores.extracted += ready is not None
    for snippet in with_:
        if squash(snippet) not in text:
            scores.snippet_misses.append(f"{path.relative_to(PAGES)}: missing {snippet!r}")
    for snippet in without:
        if squash(snippet) in text:
            scores.snippet_misses.append(f"{path.relative_to(PAGES)}: has {snippet!r}")
    if gold_text and ready:
        scores.f1.append(prf(paragraphs(ready.prepared.text), paragraphs(gold_text))[2])


def longest_openings(gold_text: str) -> list[str]:
    lines = sorted((line.strip() for line in gold_text.split("\n")), key=len, reverse=True)
    return [line[:15] for line in lines[:3] if len(line) >= 20]


def score_entry(entry: dict[str, str], sets: dict[str, Scores]) -> None:
    kind = "newspaper" if entry["set"].startswith("newspaper") else entry["set"]
    scores = sets.setdefault(kind, Scores())
    scores.pages += 1
    path = PAGES / entry["file"]
    if kind == "cctv":
        score_cctv(entry, scores)
    elif kind == "trafilatura":
        gold = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
        score_snippets(path, gold["with"], gold["without"], scores)
        score_metadata(path, gold["title"], gold["date"], scores)
    elif kind == "readability":
        gold_text = (path.parent / "expected.txt").read_text(encoding="utf-8")
        score_snippets(path, longest_openings(gold_text), [], scores, gold_text)
    elif kind == "newspaper":
        gold_text = path.with_name(path.stem + ".expected.txt").read_text(encoding="utf-8")
        score_snippets(path, longest_openings(gold_text), [], scores, gold_text)
    else:
        score_gne(path, scores)


def score_metadata(path: Path, title: str, date: str, scores: Scores) -> None:
    """Informative: title (spaces ignored) and day agree with the gold."""
    ready = extract(path)
    if ready:
        article = ready.prepared.article
        scores.titles += squash(article.title) == squash(title)
        scores.dates += (article.date.iso() or "")[:10] == date


def score_gne(path: Path, scores: Scores) -> None:
    ready = extract(path)
    scores.extracted += ready is not None
    gold_path = Path(f"{path}.gne_output_2019.json")
    if ready and gold_path.exists():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scores.titles += squash(ready.prepared.article.title) == squash(gold.get("title", ""))
        scores.dates += 1


def report(sets: dict[str, Scores], seconds: float, pages: int) -> bool:
    """Print the scores; True when every target is met."""
    met = True
    for name, scores in sets.items():
        line = f"{name:<12} pages {scores.pages:>3}  extracted {scores.extracted:>3}"
        if name == "cctv":
            title, date = scores.titles / scores.pages, scores.dates / scores.pages
            f1 = sum(scores.f1) / len(scores.f1)
            line += f"  title {title:.1%}  date {date:.1%}  body F1 {f1:.3f}"
            line += f"  (gold paragraphs not in the page, left out: {scores.left_out})"
            met &= title >= 0.95 and date >= 0.95 and f1 >= 0.95
        elif name == "gne":
            line += f"  title = GNE 2019 output on {scores.titles} of {scores.dates} (informative)"
        else:
            line += f"  snippet misses {len(scores.snippet_misses)}"
            if name == "trafilatura":
                line += (
                    f"  title {scores.titles}/{scores.pages}  date {scores.dates}/{scores.pages}"
                )
            if scores.f1:
                line += f"  paragraph F1 {sum(scores.f1) / len(scores.f1):.3f} (informative)"
            met &= not scores.snippet_misses
        print(line)
        for miss in scores.snippet_misses:
            print(f"    {miss}")
    print(f"{pages} pages in {seconds:.1f} s ({pages / seconds:.1f} pages/s, one process)")
    print("targets met" if met else "TARGETS MISSED")
    return met


def main() -> int:
    """Score every page of the manifest."""
    if not PAGES.is_dir():
        print(f"the shared corpora are not at {PAGES}; nothing to evaluate")
        return 0
    entries = [json.loads(line) for line in (PAGES / "MANIFEST.jsonl").open(encoding="utf-8")]
    sets: dict[str, Scores] = {}
    started = time.perf_counter()
    for entry in entries:
        score_entry(entry, sets)
    return 0 if report(sets, time.perf_counter() - started, len(entries)) else 1


if __name__ == "__main__":
    sys.exit(main())

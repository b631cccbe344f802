"""Proof of exactness: the index finds exactly what a brute-force scan of the same definition finds.

Random substrings (1–12 characters, both scripts, cut only at Latin/digit word boundaries) are drawn
from the real corpora; for each, the set of articles the search returns must equal the set whose
folded title or plain text contains the substring under archive.matching's definition.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator

import opencc
import pytest

from archive.importer.jsonl import record_to_article
from archive.library import Library
from archive.matching import term_pattern
from archive.search import SearchRequest, rank
from archive.store import ArchiveStore
from archive.textfold import fold
from tests.conftest import require_corpora

ARTICLES_PER_CORPUS = {"cctv_2022_2023.jsonl": 700, "tw_news_2017_udn_ltn.jsonl": 500}
QUERIES = 800
QUOTES = set('"“”「」『』')


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = require_corpora()
    path = tmp_path_factory.mktemp("exact") / "corpus.sqlite"
    with ArchiveStore.open_writable(path, wal=False) as store:
        for name, count in ARTICLES_PER_CORPUS.items():
            with (folder / name).open(encoding="utf-8") as handle:
                records = (json.loads(line) for line in itertools.islice(handle, count))
                store.add_many(
                    article
                    for number, record in enumerate(records)
                    if (article := record_to_article(record, identity=f"{name}:{number}"))
                )
    library = Library.open([path])
    yield library
    library.close()


def is_word_character(character: str) -> bool:
    return character.isascii() and character.isalnum()


def draw_substring(text: str, rng: random.Random) -> str | None:
    """A substring of 1–12 characters that does not cut a Latin/digit word."""
    if not text:
        return None
    start = rng.randrange(len(text))
    end = min(len(text), start + rng.randint(1, 12))

    def inside_word(position):
        return (
            0 < position < len(text)
            and is_word_character(text[position - 1])
            and is_word_character(text[position])
        )

    if inside_word(start) or inside_word(end):
        return None
    piece = text[start:end]
    if QUOTES & set(piece) or not any(character.isalnum() for character in piece):
        return None
    return piece


def queries(library: Library) -> Iterator[str]:
    rng = random.Random(20261122)
    converters = [None, opencc.OpenCC("s2t"), opencc.OpenCC("t2s"), opencc.OpenCC("s2tw")]
    articles = [article for store in library.stores for article in store.iter_articles()]
    produced = 0
    while produced < QUERIES:
        article = rng.choice(articles)
        source = article.title if rng.random() < 0.15 else article.text
        piece = draw_substring(source, rng)
        if piece is None:
            continue
        converter = rng.choice(converters)
        produced += 1
        yield piece if converter is None else converter.convert(piece)


FoldedCorpus = list[tuple[str, str, str]]


def folded_corpus(library: Library) -> FoldedCorpus:
    return [
        (article.id, fold(article.title), fold(article.text))
        for store in library.stores
        for article in store.iter_articles()
    ]


def brute_force(corpus: FoldedCorpus, piece: str) -> set[str]:
    pattern = term_pattern(piece)
    assert pattern is not None
    return {
        identifier
        for identifier, title, text in corpus
        if pattern.search(title) or pattern.search(text)
    }


@pytest.mark.corpora
def test_index_equals_brute_force_on_random_substrings(corpus_library: Library) -> None:
    corpus = folded_corpus(corpus_library)
    mismatches = []
    lengths: dict[int, int] = {}
    found_something = 0
    for piece in queries(corpus_library):
        ranked = rank(corpus_library, SearchRequest(f'"{piece}"', limit=0))
        found = {ref.article_id for ref in ranked.refs}
        assert ranked.total == len(found)
        expected = brute_force(corpus, piece)
        lengths[len(piece)] = lengths.get(len(piece), 0) + 1
        found_something += bool(expected)
        if found != expected:
            mismatches.append((piece, len(found), len(expected)))
    assert not mismatches, mismatches[:10]
    assert found_something >= 0.95 * QUERIES
    assert set(lengths) >= {1, 2, 5, 12}

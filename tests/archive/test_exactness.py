"""Proof of exactness: the index finds exactly what a brute-force scan of the same definition finds.

Random substrings (every length 1–12, from simplified and traditional articles, as drawn or
converted by OpenCC s2t/t2s/s2tw, cut only at Latin/digit word boundaries) are drawn from the real
corpora; for each, the set of articles the search returns must equal the set whose folded title
or plain text contains the substring under archive.matching's definition. Pure Han pieces are also
checked against plain substring search, pieces without query syntax are also searched unquoted,
and hit_positions must find the hits in the articles returned.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import opencc
import pytest

from archive.fts import GRAM_CLASS
from archive.library import Library
from archive.matching import term_pattern
from archive.search import SearchRequest, hit_positions, rank
from archive.textfold import fold
from tests.archive.search_support import build_corpus_archive

ARTICLES_PER_CORPUS = {"cctv_2022_2023.jsonl": 700, "tw_news_2017_udn_ltn.jsonl": 500}
QUERIES = 800
QUOTES = set('"“”「」『』')


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    path = tmp_path_factory.mktemp("exact") / "corpus.sqlite"
    build_corpus_archive(path, ARTICLES_PER_CORPUS)
    library = Library.open([path])
    yield library
    library.close()


WORD_CHARACTER = re.compile(f"[^\\W_{GRAM_CLASS}]")


def is_word_character(character: str) -> bool:
    """A character of a Latin/digit word (archive.fts's definition, before folding)."""
    return WORD_CHARACTER.fullmatch(fold(character)) is not None


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


@dataclass(frozen=True)
class Drawn:
    """One query: the substring as drawn, the script of its article, the conversion applied."""

    piece: str
    corpus_script: str
    conversion: str


CONVERSIONS = ("as is", "s2t", "t2s", "s2tw")


def queries(library: Library) -> Iterator[Drawn]:
    rng = random.Random(20261122)
    converters = {name: opencc.OpenCC(name) for name in CONVERSIONS if name != "as is"}
    articles = [article for store in library.stores for article in store.iter_articles()]
    produced = 0
    while produced < QUERIES:
        article = rng.choice(articles)
        source = article.title if rng.random() < 0.15 else article.text
        piece = draw_substring(source, rng)
        if piece is None:
            continue
        conversion = rng.choice(CONVERSIONS)
        if conversion != "as is":
            piece = converters[conversion].convert(piece)
        produced += 1
        yield Drawn(piece, article.script.value, conversion)


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


def plain_substring(corpus: FoldedCorpus, piece: str) -> set[str]:
    """For a run of Han characters alone the definition is plain substring search."""
    needle = fold(piece)
    return {identifier for identifier, title, text in corpus if needle in title or needle in text}


HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
TYPED_SAFELY = re.compile(r"[^\s\"“”「」『』()（）:：*-]+")


def found_ids(library: Library, query: str) -> set[str]:
    ranked = rank(library, SearchRequest(query, limit=0))
    found = {ref.article_id for ref in ranked.refs}
    assert ranked.total == len(found)
    return found


@pytest.mark.corpora
def test_index_equals_brute_force_on_random_substrings(corpus_library: Library) -> None:
    corpus = folded_corpus(corpus_library)
    by_id = {
        article.id: article for store in corpus_library.stores for article in store.iter_articles()
    }
    mismatches = []
    lengths: Counter[int] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    found_something = 0
    for drawn in queries(corpus_library):
        piece = drawn.piece
        found = found_ids(corpus_library, f'"{piece}"')
        expected = brute_force(corpus, piece)
        if HAN_ONLY.fullmatch(piece):
            assert expected == plain_substring(corpus, piece), piece
        if TYPED_SAFELY.fullmatch(piece):
            assert found_ids(corpus_library, piece) == found, f"typed without quotes: {piece}"
        for identifier in sorted(found)[:3]:
            assert hit_positions(by_id[identifier], f'"{piece}"').count > 0, piece
        lengths[len(piece)] += 1
        kinds[drawn.corpus_script, drawn.conversion] += 1
        found_something += bool(expected)
        if found != expected:
            mismatches.append((piece, len(found), len(expected)))
    assert not mismatches, mismatches[:10]
    assert found_something >= 0.95 * QUERIES
    assert set(lengths) == set(range(1, 13)), lengths
    for script in ("hans", "hant"):
        assert all(kinds[script, conversion] >= 20 for conversion in CONVERSIONS), kinds

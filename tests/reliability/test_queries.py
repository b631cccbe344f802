"""Any query string at all gives results or one readable QueryError sentence, never another
exception: generated strings of FTS5 operators, quotes of every kind, brackets, colons, stars,
NEAR, control characters, NUL, lone surrogates and very long runs, searched in a real archive
with random filters. `make test` runs 2,000 of them (fixed seed), `make stress` 12,000.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archive.errors import QueryError
from archive.library import Library
from archive.search import SearchRequest, SortOrder, search
from archive.store import ArchiveStore
from tests.conftest import SAMPLE_ARTICLES
from tests.reliability.stress import STRESS, stress_count

EXAMPLES = stress_count(fast=2_000, stress=12_000)

OPERATORS = ["AND", "OR", "NOT", "NEAR", "NEAR(", "and", "or", "not", "near", "+", "^", "-", "*"]
OPERATORS += ["title:", "source:", "author:", "authors:", "body:", "date:", "{title body}:"]
OPERATORS += ["date:2021", "date:2021-01..2021-06", "date:..", "date:..2020", "..", ",", ", 3)"]
QUOTES = list("\"'“”‘’「」『』＂＇«»„‚‹›`´")
BRACKETS = list("()（）[]【】{}<>〈〉《》")
PUNCTUATION = [*":：;；*＊!！?？.。,，、/\\|&%$#@~=_", "\u3000", " ", "  ", "\t"]
CONTROL = [chr(code) for code in [*range(0x00, 0x20), 0x7F, 0x85, 0x2028, 0x2029, 0xFEFF]]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
WORDS = ["青岛", "產業", "软件", "5G", "COVID-19", "G20", "MES", "ＶＩＰ", "𠮷", "é", "a", "x"]
PIECES = st.sampled_from(OPERATORS + QUOTES + BRACKETS + PUNCTUATION + CONTROL + SURROGATES + WORDS)

QUERIES = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.lists(PIECES, max_size=12).map(" ".join),
    st.text(max_size=80),  # any code points, lone surrogates included
    st.text(st.characters(codec="utf-8"), max_size=30),
    st.tuples(PIECES, st.integers(100, 6000)).map(lambda piece: piece[0] * piece[1]),
)
REQUESTS = st.builds(
    SearchRequest,
    query=QUERIES,
    sort=st.sampled_from(list(SortOrder)),
    limit=st.integers(0, 30),
    offset=st.integers(0, 10),
    sources=st.lists(st.sampled_from(["信网", "青島日報", "", "\x00", "不存在"]), max_size=2).map(
        tuple
    ),
    regional=st.booleans(),
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    path = tmp_path_factory.mktemp("queries") / "sample.sqlite"
    with ArchiveStore.open_writable(path, name="sample", wal=False) as store:
        store.add_many(SAMPLE_ARTICLES)
    opened = Library.open([path])
    yield opened  # type: ignore[misc]
    opened.close()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not STRESS,  # make test: the same examples each run; make stress: new ones
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=REQUESTS)
@example(request=SearchRequest('NEAR(青岛 "啤酒, 2)'))
@example(request=SearchRequest("\x00青岛\ud800"))
@example(request=SearchRequest("title:" * 400))
@example(request=SearchRequest("(" * 600))  # found here: RecursionError in the parser
@example(request=SearchRequest("(a " * 21 + ")" * 21))
def test_any_query_gives_results_or_one_sentence(library: Library, request: SearchRequest) -> None:
    try:
        result = search(library, request)
    except QueryError as error:
        sentence = str(error)
        assert sentence.endswith(".") and "\n" not in sentence and len(sentence) < 300
        return
    assert 0 <= len(result.hits) <= (request.limit or result.total)
    assert result.total >= len(result.hits)


def test_the_generator_reaches_every_kind_of_input() -> None:
    """The pieces themselves are searched too: each one alone, and the lot in one query."""
    with_all = "".join(OPERATORS + QUOTES + BRACKETS + PUNCTUATION + CONTROL + SURROGATES + WORDS)
    assert "\x00" in with_all and "\ud800" in with_all and "NEAR(" in with_all


@pytest.mark.parametrize(
    "query", OPERATORS + QUOTES + BRACKETS + PUNCTUATION + CONTROL + SURROGATES + WORDS
)
def test_each_piece_alone(library: Library, query: str) -> None:
    try:
        search(library, SearchRequest(query))
    except QueryError as error:
        assert "\n" not in str(error)

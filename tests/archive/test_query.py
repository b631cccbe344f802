"""The query language: parser table, compiled FTS5 expressions, and any string at all."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.errors import QueryError
from archive.query import And, DateRange, Not, Or, Term, parse
from archive.search_plan import plan_query

PARSE_CASES = [
    ("青岛", Term("青岛")),
    ("青岛 产业", And((Term("青岛"), Term("产业")))),
    ("青岛\u3000产业", And((Term("青岛"), Term("产业")))),
    ("a OR b", Or((Term("a"), Term("b")))),
    ("a AND b", And((Term("a"), Term("b")))),
    ("-啤酒 青岛", And((Not(Term("啤酒")), Term("青岛")))),
    ("青岛 NOT 啤酒", And((Term("青岛"), Not(Term("啤酒"))))),
    ("COVID-19", Term("COVID-19")),
    ("COVID-19疫苗", Term("COVID-19疫苗")),
    ('"5G 网络"', Term("5G 网络")),
    ("「青島 產業」", Term("青島 產業")),
    ("“海尔”", Term("海尔")),
    ("『海尔』", Term("海尔")),
    ("title:青岛", Term("青岛", "title")),
    ("source:信网", Term("信网", "source")),
    ("author:赵宝辉", Term("赵宝辉", "authors")),
    ("foo:bar", Term("foo:bar")),
    ("http://x.org", Term("http://x.org")),
    ("Co*", Term("Co", prefix=True)),
    ("(a OR b) c", And((Or((Term("a"), Term("b"))), Term("c")))),
    ("（a OR b）", Or((Term("a"), Term("b")))),
    ("date:2021", DateRange("202100000000", "202199999999")),
    ("date:2021-01..2021-06", DateRange("202101000000", "202106999999")),
    ("date:..2020", DateRange("000000000000", "202099999999")),
    ("date:2021..", DateRange("202100000000", "999999999999")),
    ("", None),
    ("   ", None),
    ("*", None),
]


@pytest.mark.parametrize(("query", "tree"), PARSE_CASES)
def test_parse(query: str, tree: object) -> None:
    assert parse(query) == tree


ERROR_CASES = [
    ("NOT", "NOT needs a search term"),
    ("a OR", "OR needs a search term on both sides"),
    ("(a", "never closed"),
    ("a)", "no opening one"),
    ("date:yesterday", "is not a date"),
    ("date:2021-13", "not a valid date"),
    ("date:2022..2021", "ends before it starts"),
    ("a OR -b", "NOT needs something to exclude from"),
    ("，，。", "no letters"),
    ("x" * 3000, "too long"),
]


@pytest.mark.parametrize(("query", "message"), ERROR_CASES)
def test_malformed_queries_get_one_readable_sentence(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        plan_query(query)


PLAN_CASES = [
    ("青岛", '{title body} : "青岛"', None),
    ("青", '{title body} : "青" *', None),
    ("青島 產業", '({title body} : "青岛") AND ({title body} : "产业")', None),
    ("5G网络", '{title body} : "5g 网络"', None),
    ("Co*", '{title body} : "co" *', None),
    ("title:青岛", '{title} : "青岛"', None),
    ("青岛 -啤酒", '{title body} : "青岛"', '{title body} : "啤酒"'),
    ("-啤酒", None, '{title body} : "啤酒"'),
]


@pytest.mark.parametrize(("query", "match", "exclude"), PLAN_CASES)
def test_plan(query: str, match: str | None, exclude: str | None) -> None:
    plan = plan_query(query)
    assert (plan.match, plan.exclude) == (match, exclude)


def test_regional_vocabulary_adds_counterparts() -> None:
    plan = plan_query("软件", regional=True)
    assert plan.match is not None and "软体" in plan.match
    assert "软体" not in (plan_query("软件").match or "")


QUERY_CHARACTERS = "青岛產業网络 \u3000\"“”「」()（）:：*-ORANDNOTnearNEAR^+{}[],.;'\\\x00\t\n5Gabc"
QUERY_WORDS = ["OR", "AND", "NOT", "NEAR(", "title:", "date:", "source:", "author:", "..", "\ue000"]
QUERY_ALPHABET = st.sampled_from([*QUERY_CHARACTERS, *QUERY_WORDS])


@settings(max_examples=3000, deadline=None)
@given(st.lists(QUERY_ALPHABET, max_size=30).map("".join) | st.text(max_size=60))
def test_any_string_plans_or_gives_a_readable_message(query: str) -> None:
    try:
        plan = plan_query(query)
    except QueryError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
        return
    for expression in (plan.match, plan.exclude):
        assert expression is None or "\x00" not in expression

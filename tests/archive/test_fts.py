"""The folding table and the index's token scheme, pinned input by input."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.fts import BARRIER, index_tokens, phrase_tokens, shadow_text
from archive.textfold import fold, fold_version

B = BARRIER

FOLD_CASES = [
    ("青島", "青岛"),
    ("產業", "产业"),
    ("臺灣", "台湾"),
    ("裡裏里", "里里里"),
    ("綫線", "线线"),
    ("ＶＩＰ", "vip"),
    ("COVID", "covid"),
    ("甲\u3000乙", "甲 乙"),
    ("产业", "产业"),
]


@pytest.mark.parametrize(("text", "folded"), FOLD_CASES)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_never_changes_length() -> None:
    sample = "憑藉批覆𠀀ＡＢＣ　臺灣裡綫，5G網絡"
    assert len(fold(sample)) == len(sample)


def test_fold_version_is_stable() -> None:
    assert fold_version() == fold_version()
    assert fold_version().startswith("1-")


TOKEN_CASES = [
    ("青岛", ["青岛", "岛"]),
    ("青", ["青"]),
    ("青岛西海岸", ["青岛", "岛西", "西海", "海岸", "岸"]),
    ("5G网络", ["5g", "网络", "络"]),
    ("G20峰会", ["g20", "峰会", "会"]),
    ("青岛,5G", ["青岛", "岛", B, "5g"]),
    ("a  ,, b", ["a", B, "b"]),
    ("COVID-19疫苗", ["covid", B, "19", "疫苗", "苗"]),
    ("段一\n段二", ["段一", "一", B, "段二", "二"]),
    ("𠀀𠀁", ["𠀀𠀁", "𠀁"]),
]


@pytest.mark.parametrize(("text", "tokens"), TOKEN_CASES)
def test_index_tokens(text: str, tokens: list[str]) -> None:
    assert index_tokens(fold(text)) == tokens


def test_shadow_text_folds_first() -> None:
    assert shadow_text("青島") == "青岛 岛"


PHRASE_CASES = [
    ("网", ("网",), True),
    ("网络", ("网络",), False),
    ("西海岸", ("西海", "海岸"), False),
    ("5g网络", ("5g", "网络"), False),
    ("网络5g", ("网络", "络", "5g"), False),
    ("网5g", ("网", "5g"), False),
    ("5g网", ("5g", "网"), True),
    ("covid-19疫苗", ("covid", B, "19", "疫苗"), False),
    (",青岛,", ("青岛",), False),
]


@pytest.mark.parametrize(("text", "tokens", "prefix"), PHRASE_CASES)
def test_phrase_tokens(text: str, tokens: tuple[str, ...], prefix: bool) -> None:
    phrase = phrase_tokens(text)
    assert phrase is not None
    assert (phrase.tokens, phrase.prefix) == (tokens, prefix)


def test_phrase_of_only_punctuation_is_none() -> None:
    assert phrase_tokens("，。 !") is None


def test_word_prefix() -> None:
    phrase = phrase_tokens("co", word_prefix=True)
    assert phrase is not None and phrase.prefix


SHADOW_ALPHABET = st.sampled_from(
    [
        *"青島岛产業ＶＩＰvipCOVID19５g _-.,，。、\n\t\u3000\ue000々〆ー가あア",
        "𠀀",
        "é",
        "ß",
        "Σ",
        "\u0301",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(SHADOW_ALPHABET, max_size=40).map("".join) | st.text(max_size=40))
def test_shadow_text_is_the_index_tokens(text: str) -> None:
    assert shadow_text(text) == " ".join(index_tokens(fold(text)))

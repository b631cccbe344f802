"""The search index's tokens: folded text as overlapping character pairs for FTS5's ascii tokenizer.

Han (and other CJK) runs become overlapping two-character tokens plus the run's last character
alone, so that every 1-character query is a prefix lookup, every longer one a phrase of pairs, and
a match can never leave its run. Latin/digit runs are whole lower-case words. Any run of other
characters (space, punctuation, line breaks) becomes one barrier token, so phrases never span
punctuation or paragraphs. The shadow text uses only the built-in `ascii` tokenizer: any SQLite
tool can read the index (see docs/search.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import add

from archive.textfold import fold

#: A private-use character: never produced by folding a query, so it only matches breaks.
BARRIER = "\ue000"

#: The characters indexed as overlapping pairs (Han, kana, Hangul, ...), as a regex class body.
GRAM_CLASS = (
    "\u3005-\u3007\u3021-\u3029\u3038-\u303c\u3041-\u3096\u309d-\u309f\u30a1-\u30fa"
    "\u30fc-\u30ff\u3105-\u312f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7a3\uf900-\ufaff\U00020000-\U0003134f"
)
_RUNS = re.compile(
    f"(?P<gram>[{GRAM_CLASS}]+)|(?P<word>(?:(?![{GRAM_CLASS}])[^\\W_])+)|(?P<gap>[\\s\\S])"
)
_GAP_RUN = re.compile(f"(?:(?![{GRAM_CLASS}])[\\W_])+")
#: The same three kinds of run in one pass (gram, word; a gap matches neither group).
_RUN_GROUPS = re.compile(f"([{GRAM_CLASS}]+)|([^\\W_{GRAM_CLASS}]+)|(?:[^\\w{GRAM_CLASS}]|_)+")


@dataclass(frozen=True)
class Run:
    """One piece of folded text: a CJK run, a Latin/digit word, or a break."""

    kind: str  # "gram" | "word" | "gap"
    text: str


def runs(folded: str) -> list[Run]:
    """Split folded text into runs; consecutive break characters make a single gap."""
    collapsed = _GAP_RUN.sub(BARRIER, folded)
    return [Run(match.lastgroup or "gap", match.group()) for match in _RUNS.finditer(collapsed)]


def _gram_tokens(run: str, run_continues: bool) -> list[str]:
    pairs = [run[index : index + 2] for index in range(len(run) - 1)]
    return pairs if run_continues else [*pairs, run[-1]]


def index_tokens(folded: str) -> list[str]:
    """The tokens the index stores for already-folded text."""
    tokens: list[str] = []
    for run in runs(folded):
        if run.kind == "gram":
            tokens.extend(_gram_tokens(run.text, run_continues=False))
        elif run.kind == "word":
            tokens.append(run.text.lower())
        else:
            tokens.append(BARRIER)
    return tokens


def shadow_text(text: str) -> str:
    """Fold `text` and return the space-separated token string FTS5's ascii tokenizer indexes.

    The same tokens as `index_tokens(fold(text))` (a test holds them equal), built in one regular
    expression pass because the index build runs this over every article.
    """
    tokens: list[str] = []
    for gram, word in _RUN_GROUPS.findall(fold(text)):
        if gram:
            tokens.extend(map(add, gram, gram[1:]))
            tokens.append(gram[-1])
        elif word:
            tokens.append(word.lower())
        else:
            tokens.append(BARRIER)
    return " ".join(tokens)


@dataclass(frozen=True)
class PhraseTokens:
    """The tokens of one query phrase; `prefix` when its last token must be matched as a prefix."""

    tokens: tuple[str, ...]
    prefix: bool


def phrase_tokens(folded: str, *, word_prefix: bool = False) -> PhraseTokens | None:
    """Tokens that match `folded` as an exact substring (see module doc); None if it has none.

    A CJK run at the end of the phrase may continue in the text, so it contributes only its pairs
    (or, for a lone character, a prefix); elsewhere it is matched exactly as indexed. Leading and
    trailing breaks are dropped. `word_prefix` makes a final Latin/digit word a prefix (`Co*`).
    """
    pieces = runs(folded)
    while pieces and pieces[0].kind == "gap":
        pieces.pop(0)
    while pieces and pieces[-1].kind == "gap":
        pieces.pop()
    if not pieces:
        return None
    tokens: list[str] = []
    prefix = False
    for position, run in enumerate(pieces):
        is_last = position == len(pieces) - 1
        if run.kind == "gap":
            tokens.append(BARRIER)
        elif run.kind == "word":
            tokens.append(run.text.lower())
            prefix = is_last and word_prefix
        elif is_last and len(run.text) == 1:
            tokens.append(run.text)
            prefix = True
        else:
            tokens.extend(_gram_tokens(run.text, run_continues=is_last))
    return PhraseTokens(tuple(tokens), prefix)

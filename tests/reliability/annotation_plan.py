"""A reproducible list of annotation actions, what the store must hold after each prefix of it,
and what a store holds: the yardstick of the annotation kill harness.

Actions cover every kind of write a user makes: highlights (colour, note, tags), notes on an
article, bookmarks, edits of colour, note and tags, and deletions. Each one is one transaction
in the user store, so after a kill the store must hold exactly the state after some prefix of
the plan: never a half action.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from pathlib import Path

import apsw

from archive.annotation_models import COLORS

#: Quotes present in tests/archive/annotation_support.py's articles, by article key.
QUOTES = {
    "simplified": ["软件", "互联网", "青岛", "𠮷野家", "鼠标和内存"],
    "traditional": ["軟體", "網際網路", "青島", "自由時報"],
    "undated": ["青岛啤酒", "开幕", "很好喝"],
}
_NAMESPACE = uuid.UUID("5f0b1c1e-7d1c-4a8e-9a52-1f8c2d3e4b5a")

#: One annotation as the harness compares it: kind, article key, quote, colour, note, tags.
Entry = tuple[str, str, str | None, str | None, str, tuple[str, ...]]
State = dict[str, Entry]


@dataclass(frozen=True)
class Action:
    """One user action: `verb` is highlight, note, bookmark, edit or delete."""

    verb: str
    annotation_id: str
    article: str = ""
    quote: str | None = None
    color: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()


def make_plan(seed: int, length: int) -> list[Action]:
    """`length` actions, each valid in the state the earlier ones leave."""
    chooser = random.Random(seed)
    state: State = {}
    plan: list[Action] = []
    for number in range(length):
        action = _next_action(chooser, state, f"{seed}:{number}")
        plan.append(action)
        state = apply(state, action)
    return plan


def _next_action(chooser: random.Random, state: State, name: str) -> Action:
    identifier = str(uuid.uuid5(_NAMESPACE, name))
    note = f"批注 {name} " + "".join(chooser.choice("笔记重要青岛软件") for _ in range(6))
    tags = tuple(sorted(set(chooser.sample(["甲", "乙", "丙", "todo", "引用"], 2))))
    roll = chooser.random()
    existing = sorted(state)
    if existing and roll < 0.25:
        target = chooser.choice(existing)
        color = chooser.choice(sorted(COLORS)) if state[target][0] == "highlight" else None
        return Action("edit", target, color=color, note=note, tags=tags)
    if existing and roll < 0.35:
        return Action("delete", chooser.choice(existing))
    article = chooser.choice(sorted(QUOTES))
    bookmarked = any(entry[:2] == ("bookmark", article) for entry in state.values())
    if roll < 0.45 and not bookmarked:
        return Action("bookmark", identifier, article, note=note, tags=tags)
    if roll < 0.55:
        return Action("note", identifier, article, note=note, tags=tags)
    quote = chooser.choice(QUOTES[article])
    return Action(
        "highlight", identifier, article, quote, chooser.choice(sorted(COLORS)), note, tags
    )


def apply(state: State, action: Action) -> State:
    """The state after `action`."""
    after = dict(state)
    if action.verb == "delete":
        del after[action.annotation_id]
    elif action.verb == "edit":
        kind, article, quote, color, _note, _tags = after[action.annotation_id]
        after[action.annotation_id] = (
            kind, article, quote, action.color or color, action.note, action.tags
        )  # fmt: skip
    else:
        color = action.color if action.verb == "highlight" else None
        after[action.annotation_id] = (
            action.verb, action.article, action.quote, color, action.note, action.tags
        )  # fmt: skip
    return after


def states(plan: list[Action]) -> list[State]:
    """The state after each prefix: states(plan)[n] is after the first n actions."""
    found: list[State] = [{}]
    for action in plan:
        found.append(apply(found[-1], action))
    return found


def read_state(store: Path, article_keys: dict[str, str]) -> State:
    """What a store file holds, in the plan's terms (`article_keys`: article id -> key)."""
    if not store.exists():
        return {}
    connection = apsw.Connection(str(store), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        if not connection.execute("PRAGMA user_version").get:
            return {}
        rows = connection.execute(
            "SELECT id, kind, article_id, exact, color, note, tags FROM annotations"
        ).fetchall()
    finally:
        connection.close()
    return {
        identifier: (kind, article_keys[article], exact, color, note, tuple(json.loads(tags)))
        for identifier, kind, article, exact, color, note, tags in rows
    }


def prefix_matching(state: State, expected: list[State]) -> int | None:
    """The longest prefix of the plan whose state the store holds exactly (None: none does)."""
    for length in range(len(expected) - 1, -1, -1):
        if expected[length] == state:
            return length
    return None

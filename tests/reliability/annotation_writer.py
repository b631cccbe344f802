"""A user saving annotations: the subject of the annotation kill harness.

`python -m tests.reliability.annotation_writer ARCHIVE STORE SEED LENGTH` opens the user store
as the app does (with its rolling backup), finds the prefix of the plan the store already holds,
and carries out the rest through the real UserStore API, printing `ack N` once action N's call
has returned (the app would now show it saved). Ends with `done`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from archive.anchoring import anchor_quote
from archive.models import Article
from archive.store import ArchiveStore
from archive.userstore import UserStore
from tests.reliability.annotation_plan import Action, make_plan, prefix_matching, read_state, states


def main(argv: list[str]) -> int:
    """Resume the plan where the store stands and finish it."""
    archive_path, store_path, seed, length = Path(argv[0]), Path(argv[1]), *map(int, argv[2:4])
    with ArchiveStore.open_read_only(archive_path) as archive:
        articles = {article.title: article for article in archive.iter_articles()}
    by_key = {key: articles[title] for key, title in ARTICLE_TITLES.items()}
    plan = make_plan(seed, length)
    done = prefix_matching(
        read_state(store_path, {a.id: key for key, a in by_key.items()}), states(plan)
    )
    if done is None:
        print("mismatch: the store holds no prefix of the plan", flush=True)
        return 1
    with UserStore.open(store_path, creator="writer") as store:
        for number in range(done + 1, length + 1):
            carry_out(store, plan[number - 1], by_key)
            print("ack", number, flush=True)
    print("done", flush=True)
    return 0


#: tests/archive/annotation_support.py's articles by key, found by title.
ARTICLE_TITLES = {"simplified": "软件与互联网", "traditional": "軟體產業", "undated": "青岛啤酒"}


def carry_out(store: UserStore, action: Action, articles: dict[str, Article]) -> None:
    """One action through the UserStore API, with the planned annotation id."""
    store.new_id = lambda: action.annotation_id
    if action.verb == "delete":
        store.delete(action.annotation_id)
    elif action.verb == "edit":
        store.edit(action.annotation_id, color=action.color, note=action.note, tags=action.tags)
    elif action.verb == "bookmark":
        store.bookmark(articles[action.article], note=action.note, tags=action.tags)
    elif action.verb == "note":
        store.add_note(articles[action.article], action.note, tags=action.tags)
    else:
        article = articles[action.article]
        assert action.quote is not None
        anchor = anchor_quote(article.text, action.quote)
        store.highlight(
            article, anchor, color=action.color or "yellow", note=action.note, tags=action.tags
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

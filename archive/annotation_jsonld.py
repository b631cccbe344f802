"""Annotations as W3C Web Annotation JSON-LD, and back, losing nothing Wenyuan records.

Standard terms carry what the model has (TextQuoteSelector, TextPositionSelector, TextualBody
notes and tags, styleClass for the colour, creator, created, modified); what it lacks (archive,
article id and metadata, the content hash of the text the selectors count in, the orphan state)
uses terms under the `wy:` prefix (urn:wenyuan:terms:).
"""

from __future__ import annotations

from typing import Any

from archive.annotation_models import (
    COLORS,
    Anchor,
    AnchorStatus,
    Annotation,
    ArticleRef,
    Kind,
    clean_tags,
    normalise_time,
    utc_now,
)

CONTEXT: list[Any] = ["http://www.w3.org/ns/anno.jsonld", {"wy": "urn:wenyuan:terms:"}]
_MOTIVATIONS = {
    Kind.HIGHLIGHT: "highlighting",
    Kind.NOTE: "commenting",
    Kind.BOOKMARK: "bookmarking",
}
_KINDS = {motivation: kind for kind, motivation in _MOTIVATIONS.items()}
_ID_PREFIX = "urn:uuid:"
_SOURCE_PREFIX = "urn:wenyuan:article:"


def collection(annotations: list[Annotation], generator: str = "Wenyuan") -> dict[str, Any]:
    """An AnnotationCollection holding every annotation in one embedded page."""
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Wenyuan annotations",
        "generator": {"type": "Software", "name": generator},
        "generated": utc_now(),
        "total": len(annotations),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [to_jsonld(annotation) for annotation in annotations],
        },
    }


def to_jsonld(annotation: Annotation) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (without @context: the collection has it)."""
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/markdown",
                "value": annotation.note,
            }
        )
    bodies += [
        {"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in annotation.tags
    ]
    item: dict[str, Any] = {
        "id": _ID_PREFIX + annotation.id,
        "type": "Annotation",
        "motivation": _MOTIVATIONS[annotation.kind],
        "created": annotation.created,
        "modified": annotation.updated,
        "body": bodies,
        "target": _target(annotation),
    }
    if annotation.creator:
        item["creator"] = {"type": "Person", "name": annotation.creator}
    if annotation.color:
        item["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{annotation.color} {{ background-color: {COLORS[annotation.color]} }}",
        }
    if annotation.status is AnchorStatus.ORPHANED:
        item["wy:status"] = annotation.status.value
    if annotation.checked_hash:
        item["wy:checkedHash"] = annotation.checked_hash
    return item


def _target(annotation: Annotation) -> dict[str, Any]:
    article = annotation.article
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": f"{_SOURCE_PREFIX}{article.archive}:{article.article_id}",
        "wy:archive": article.archive,
        "wy:articleId": article.article_id,
        "wy:title": article.title,
        "wy:articleSource": article.source,
        "wy:articleDate": article.date,
        "wy:articleDateSort": article.date_sort,
    }
    if annotation.color:
        target["styleClass"] = annotation.color
    anchor = annotation.anchor
    if anchor is not None:
        target["wy:contentHash"] = anchor.content_hash
        target["selector"] = [
            {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ]
    return target


def items_of(document: Any) -> list[Any]:
    """The annotations of a collection, a page, a list, or a single annotation."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise ValueError("the file holds no annotation")
    if document.get("type") == "AnnotationCollection":
        return items_of(document.get("first", {"items": []}))
    if document.get("type") == "AnnotationPage":
        items = document.get("items", [])
        if not isinstance(items, list):
            raise ValueError("the page's items are not a list")
        return items
    return [document]


def from_jsonld(item: Any) -> Annotation:
    """The annotation a W3C Web Annotation written by `to_jsonld` describes; ValueError if not."""
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ValueError("it is not a Web Annotation")
    target = item.get("target")
    if not isinstance(target, dict) or not target.get("wy:articleId"):
        raise ValueError("its target names no Wenyuan article")
    kind = _KINDS.get(str(item.get("motivation")))
    if kind is None:
        raise ValueError(f"its motivation {item.get('motivation')!r} is not one Wenyuan records")
    anchor = _anchor(target)
    if (kind is Kind.HIGHLIGHT) != (anchor is not None):
        raise ValueError("a highlight needs quote and position selectors (and only it has them)")
    notes, tags = _bodies(item.get("body", []))
    color = target.get("styleClass") if kind is Kind.HIGHLIGHT else None
    if color is not None and color not in COLORS:
        raise ValueError(f"its colour {color!r} is not one of {', '.join(COLORS)}")
    identifier = str(item.get("id", "")).removeprefix(_ID_PREFIX)
    if not identifier:
        raise ValueError("it has no id")
    creator = item.get("creator")
    return Annotation(
        id=identifier,
        kind=kind,
        article=ArticleRef(
            archive=str(target.get("wy:archive", "")),
            article_id=str(target["wy:articleId"]),
            title=str(target.get("wy:title", "")),
            source=str(target.get("wy:articleSource", "")),
            date=target.get("wy:articleDate"),
            date_sort=str(target.get("wy:articleDateSort", "")),
        ),
        anchor=anchor,
        color=color,
        note="\n\n".join(notes),
        tags=clean_tags(tags),
        creator=str(creator.get("name", "")) if isinstance(creator, dict) else str(creator or ""),
        created=normalise_time(str(item["created"])),
        updated=normalise_time(str(item.get("modified", item["created"]))),
        status=AnchorStatus(item.get("wy:status", AnchorStatus.ANCHORED.value)),
        checked_hash=item.get("wy:checkedHash"),
    )


def _anchor(target: dict[str, Any]) -> Anchor | None:
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
    quote, position = by_type.get("TextQuoteSelector"), by_type.get("TextPositionSelector")
    if quote is None or position is None:
        return None
    anchor = Anchor(
        exact=str(quote["exact"]),
        prefix=str(quote.get("prefix", "")),
        suffix=str(quote.get("suffix", "")),
        start=int(position["start"]),
        end=int(position["end"]),
        content_hash=str(target.get("wy:contentHash", "")),
    )
    if not 0 <= anchor.start < anchor.end or anchor.end - anchor.start != len(anchor.exact):
        raise ValueError("its position selector does not span its quote")
    return anchor


def _bodies(bodies: Any) -> tuple[list[str], list[str]]:
    bodies = bodies if isinstance(bodies, list) else [bodies]
    notes: list[str] = []
    tags: list[str] = []
    for body in bodies:
        if isinstance(body, dict) and body.get("type") == "TextualBody":
            value = str(body.get("value", ""))
            (tags if body.get("purpose") == "tagging" else notes).append(value)
    return notes, tags

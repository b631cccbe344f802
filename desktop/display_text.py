"""How dates and name lists read on screen, at exactly the precision the source gave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from archive.dates import DatePrecision, PartialDate


def date_text(date: PartialDate) -> str:
    """`2021-01-14 15:48`, `2021-01-14`, `2021-01`, `2021`, `11-21 (year unknown)`, or ''."""
    iso = date.iso()
    if iso is None:
        return ""
    if date.precision is DatePrecision.MONTH_DAY:
        return QCoreApplication.translate("display_text", "%1 (year unknown)").replace(
            "%1", iso.removeprefix("--")
        )
    return iso.replace("T", " ")


def names_text(names: tuple[str, ...]) -> str:
    """Names joined with the Chinese enumeration comma, as the articles themselves write them."""
    return "、".join(name for name in names if name)

"""Reading typography for Chinese text: a CJK font, generous leading, a comfortable measure."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics, QPalette

# Serif (Song/Ming) faces first for long reading, then sans (Hei) faces; first present wins.
# One list per glyph standard: mainland (SC), Taiwan (TC) and Hong Kong (HK) forms differ.
PREFERRED_FAMILIES = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Source Han Serif CN",
    "Songti SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "PingFang SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
)
TRADITIONAL_FAMILIES = (
    "Noto Serif CJK TC",
    "Source Han Serif TC",
    "Source Han Serif TW",
    "Songti TC",
    "Noto Sans CJK TC",
    "Source Han Sans TC",
    "Source Han Sans TW",
    "PingFang TC",
    "Microsoft JhengHei",
    "Microsoft JhengHei UI",
)
HONG_KONG_FAMILIES = (
    "Noto Serif CJK HK",
    "Source Han Serif HK",
    "Noto Sans CJK HK",
    "Source Han Sans HK",
    "PingFang HK",
    *TRADITIONAL_FAMILIES,
)
FAMILIES_BY_REGION = {
    "SC": PREFERRED_FAMILIES,
    "TC": TRADITIONAL_FAMILIES + PREFERRED_FAMILIES,
    "HK": HONG_KONG_FAMILIES + PREFERRED_FAMILIES,
}
LINE_HEIGHT_EM = 1.8  # body leading: line pitch as a multiple of the font size
HEADING_LINE_HEIGHT_EM = 1.35
MEASURE_CHARACTERS = 36  # full-width characters per line at most
BODY_SCALE = 1.25  # reading text is larger than the interface text
MINIMUM_POINT_SIZE = 12.0


def choose_family(available: Iterable[str], preferred: Iterable[str] = PREFERRED_FAMILIES) -> str:
    """The first preferred family that is available (case-insensitive), or '' for the default."""
    by_folded_name = {family.casefold(): family for family in available}
    for family in preferred:
        match = by_folded_name.get(family.casefold())
        if match is not None:
            return match
    return ""


def reading_font(base: QFont, *, region: str = "SC", zoom_percent: int = 100) -> QFont:
    """The interface font enlarged (and zoomed), in the best CJK family the system has for
    the glyph standard of `region` (SC, TC or HK)."""
    font = QFont(base)
    family = _family_for(region)
    if family:
        font.setFamilies([family, *base.families()])
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    size = max(round(size * BODY_SCALE, 1), MINIMUM_POINT_SIZE)
    font.setPointSizeF(round(size * zoom_percent / 100, 1))
    return font


@functools.cache
def _family_for(region: str) -> str:
    """The installed family for a region (the font list is read once per run)."""
    preferred = FAMILIES_BY_REGION.get(region, PREFERRED_FAMILIES)
    return choose_family(QFontDatabase.families(), preferred)


def warm_fonts(base: QFont) -> None:
    """Load the reading faces of every glyph region now (idle time) rather than on the first
    switch of script, where loading a font file would be felt."""
    for region in FAMILIES_BY_REGION:
        QFontMetrics(reading_font(base, region=region)).horizontalAdvance("漢字汉字體体")


def measure_pixels(font: QFont) -> int:
    """The widest comfortable text column for this font, in pixels."""
    full_width = QFontInfo(font).pixelSize() or 16
    return MEASURE_CHARACTERS * full_width


def quiet_colour(palette: QPalette, strength: float = 0.6) -> QColor:
    """Text colour blended towards the background: readable, but clearly secondary."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)

    def blend(ink: float, paper: float) -> float:
        return strength * ink + (1 - strength) * paper

    return QColor.fromRgbF(
        blend(text.redF(), base.redF()),
        blend(text.greenF(), base.greenF()),
        blend(text.blueF(), base.blueF()),
    )


def line_height_percent(font: QFont, em_multiple: float) -> int:
    """Qt's CSS line-height percentage that gives a line pitch of `em_multiple` font sizes:
    Qt takes the percentage of the font's own line spacing (≈ 1.44 em for Noto CJK), not of
    its size, so 180% would space lines 2.6 em apart."""
    em = QFontInfo(font).pixelSize() or 16
    spacing = QFontMetrics(font).lineSpacing() or em
    return round(100 * em_multiple * em / spacing)


def reader_stylesheet(font: QFont, palette: QPalette) -> str:
    """The document stylesheet: leading, paragraph spacing, heading sizes, quiet metadata."""
    em = QFontInfo(font).pixelSize() or 16
    quiet = quiet_colour(palette).name()

    def px(factor: float) -> str:
        return f"{round(em * factor)}px"

    rules = {
        "p, li, blockquote, dd, dt": f"line-height: {line_height_percent(font, LINE_HEIGHT_EM)}%",
        "p": f"margin-top: 0px; margin-bottom: {px(0.9)}",
        "li": f"margin-bottom: {px(0.3)}",
        "h1, h2, h3, h4": f"line-height: {line_height_percent(font, HEADING_LINE_HEIGHT_EM)}%",
        "h1": f"font-size: {px(1.6)}; margin-top: {px(0.5)}; margin-bottom: {px(0.4)}",
        "h2": f"font-size: {px(1.25)}; margin-top: {px(1.2)}; margin-bottom: {px(0.5)}",
        "h3": f"font-size: {px(1.1)}; margin-top: {px(1)}; margin-bottom: {px(0.4)}",
        "blockquote": f"margin-left: {px(2)}",
        "blockquote p": f"color: {quiet}",
        ".subtitle": f"font-size: {px(1.15)}; color: {quiet}; margin-bottom: {px(0.6)}",
        ".meta": f"font-size: {px(0.85)}; color: {quiet}; margin-bottom: {px(0.4)}",
        ".placeholder": f"color: {quiet}",
        "hr": f"background-color: {quiet_colour(palette, 0.25).name()}",
        "a": f"color: {palette.color(QPalette.ColorRole.Link).name()}",
    }
    return "\n".join(f"{selector} {{ {body}; }}" for selector, body in rules.items())

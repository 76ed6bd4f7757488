"""The picture view renders a picture once per size and then copies it: what it shows must be what
a view freshly made with the same picture and size shows, after any change of picture or size."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ui.widgets.svg_view import SvgView

SQUARE = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
          "<rect x='10' y='10' width='80' height='80' fill='{colour}'/></svg>")


def shown(qtbot: QtBot, svg: str, size: tuple[int, int], view: SvgView | None = None) -> QImage:
    """What the view (a fresh one if none is given) paints at that size."""
    if view is None:
        view = SvgView(svg)
        qtbot.addWidget(view)
    view.resize(*size)
    return view.grab().toImage()


def test_a_changed_picture_or_size_is_painted_anew(qtbot: QtBot) -> None:
    """Painted once at 300x200, the view then shows a new picture and a new size exactly as fresh views do;
    painted again at the same size it reuses its rendered picture (the same pixmap)."""
    red, blue = SQUARE.format(colour="#c00000"), SQUARE.format(colour="#0000c0")
    view = SvgView(red)
    qtbot.addWidget(view)
    first = shown(qtbot, red, (300, 200), view)
    assert first == shown(qtbot, red, (300, 200))
    kept = view._rendered
    assert kept is not None and shown(qtbot, red, (300, 200), view) == first
    assert view._rendered is not None and view._rendered[1].cacheKey() == kept[1].cacheKey()
    view.set_svg(blue)
    assert shown(qtbot, blue, (300, 200), view) == shown(qtbot, blue, (300, 200)) != first
    assert shown(qtbot, blue, (420, 300), view) == shown(qtbot, blue, (420, 300))


def test_a_hidden_picture_keeps_no_copy_and_shows_the_same_when_shown_again(qtbot: QtBot) -> None:
    """Hidden (its wizard page left), the view lets its rendered copy go; shown again it paints exactly
    what a fresh view paints."""
    red = SQUARE.format(colour="#c00000")
    view = SvgView(red)
    qtbot.addWidget(view)
    view.show()
    first = shown(qtbot, red, (300, 200), view)
    assert view._rendered is not None
    view.hide()
    assert view._rendered is None
    view.show()
    assert shown(qtbot, red, (300, 200), view) == first == shown(qtbot, red, (300, 200))

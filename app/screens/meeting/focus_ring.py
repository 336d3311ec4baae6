"""A focus ring you can see from across the table (issue 17 item 4).

The platform's own focus mark (Fusion: a 1 px light-blue line) is easy to lose on a bright
laptop or a projector. :class:`FocusRing` draws a 3 px ring around whichever control of
the meeting page has the keyboard focus, in a colour chosen against the palette (dark
blue on a light window, amber on a dark one), with a thin light or dark edge beside it so
it also shows on a selected row of the same hue. It is a shape that is only there with
the focus: not colour alone.

It is an overlay, not a style sheet: a style sheet rule for ``:focus`` gives a control a
border it does not have without the focus, so its text (sized without that border) would
be cut, and a styled combo box loses its arrow. The overlay changes no size and no look;
it follows :meth:`QApplication.focusChanged`, lets every mouse event through, and keeps
to the visible part of a control inside a scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

RING_WIDTH = 3
"""The ring's width in pixels (at least 2, issue 17)."""


def ring_colour(palette: QPalette) -> QColor:
    """Dark blue on a light window, amber on a dark one (contrast above 3:1 either way)."""
    light = palette.color(QPalette.ColorRole.Window).lightness() >= 128
    return QColor("#0b3d91") if light else QColor("#ffc83d")


def edge_colour(palette: QPalette) -> QColor:
    """The thin line inside the ring: the opposite brightness, so the ring shows on any
    background (a selected list row of the ring's own hue too)."""
    light = palette.color(QPalette.ColorRole.Window).lightness() >= 128
    return QColor("#ffffff") if light else QColor("#000000")


class FocusRing(QWidget):
    """Draws the ring around the focused control among ``page``'s descendants."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.target: QWidget | None = None
        """The control the ring is drawn around (None: no control of the page has focus)."""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focus-ring")
        self._watched: list[QWidget] = []
        self.setGeometry(page.rect())
        page.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # ------------------------------------------------------------------ following
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._follow(new)

    def _follow(self, widget: QWidget | None) -> None:
        page = self._page
        target = widget if widget is not None and page.isAncestorOf(widget) else None
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._watched = []
        self.target = target
        # The control and every box it sits in (a scrolled list moves its content, not
        # the control): a move or resize of any of them moves the ring.
        while widget is not None and target is not None and widget is not page:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._page and kind == QEvent.Type.Resize:
            self.setGeometry(self._page.rect())
        elif kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self.update()
        return False

    # ------------------------------------------------------------------ drawing
    def ring_rect(self) -> QRect | None:
        """Where the ring's outer edge lies, in the page's coordinates (None: no ring)."""
        target = self.target
        if target is None or not target.isVisible():
            return None
        top_left = target.mapTo(self._page, target.rect().topLeft())
        rect = QRect(top_left, target.size())
        rect = rect.adjusted(-1, -1, 1, 1)  # just outside the control's own frame
        clip = self._clip_for(target)
        if clip is not None:
            rect = rect.intersected(clip)
        return rect if rect.isValid() and not rect.isEmpty() else None

    def _clip_for(self, target: QWidget) -> QRect | None:
        """The visible part of the scroll area ``target`` scrolls in, if it does."""
        parent = target.parentWidget()
        while parent is not None and parent is not self._page:
            if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(target):
                viewport = parent.viewport()
                corner = viewport.mapTo(self._page, viewport.rect().topLeft())
                return QRect(corner, viewport.size())
            parent = parent.parentWidget()
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.ring_rect()
        if rect is None:
            return
        painter = QPainter(self)
        palette = self._page.palette()
        width = RING_WIDTH
        pen = QPen(ring_colour(palette))
        pen.setWidth(width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = width // 2
        painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))
        inner = QPen(edge_colour(palette))
        inner.setWidth(1)
        painter.setPen(inner)
        painter.drawRect(rect.adjusted(width, width, -width - 1, -width - 1))
        painter.end()

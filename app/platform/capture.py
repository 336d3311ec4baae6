"""Keep every window of the app out of screenshots and screen sharing (rule P2).

Vault content is shown in the main window and in dialogs (search, retention review,
representation, cells, the participation wizard, releases, documents, message boxes), and
each dialog is a top-level window of its own. Windows' display affinity belongs to one
native window, and Qt may replace a widget's native window (a changed window flag, a new
surface type), which silently drops it. So :class:`CaptureGuard` watches the whole
application: whenever one of our top-level widgets is shown, or gets a new native window
while shown, it asks the platform hooks to exclude that window from capture, once per
native window. The preference "allow screen capture" (default off) turns it around for
every window at once.

Only Windows can do this (``SetWindowDisplayAffinity``); elsewhere the hooks answer
"unsupported" and nothing changes.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from app.platform.hooks import set_capture_exclusion

_WATCHED = frozenset({QEvent.Type.Show, QEvent.Type.WinIdChange})


def _address(widget: QWidget) -> int:
    """The C++ object's address: stable for its life, unlike a Python wrapper's ``id``."""
    return int(shiboken6.getCppPointer(widget)[0])


class CaptureGuard(QObject):
    """Applies the capture setting to ``main`` and every top-level window it owns.

    A window is ours when ``main`` is among its ancestors, or when it has no parent at all
    (a message box or tool tip Qt made without one).
    """

    def __init__(self, main: QWidget, hooks: object, *, exclude: bool) -> None:
        super().__init__(main)
        self._main = main
        self._hooks = hooks
        self._exclude = exclude
        self._applied: dict[int, int] = {}
        """Widget address → the native window handle the setting was applied to."""
        self._watching: set[int] = set()
        """Widget addresses whose ``destroyed`` signal is connected."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        main.winId()  # the main window's native window exists from the start
        self._apply(main)

    @property
    def exclude(self) -> bool:
        return self._exclude

    def main_excluded(self) -> bool:
        """Whether the platform confirmed the main window is kept out of captures."""
        return self._exclude and _address(self._main) in self._applied

    def set_exclude(self, exclude: bool) -> None:
        """Apply a changed preference to every window of ours that has a native window."""
        self._exclude = exclude
        self._applied.clear()
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self._main and self._ours(w) and w.internalWinId()
        ]
        for widget in [*windows, self._main]:  # the main window last
            self._apply(widget, force=True)

    def _ours(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        if parent is None:
            return True
        while parent is not None:
            if parent is self._main:
                return True
            parent = parent.parentWidget()
        return False

    def _apply(self, widget: QWidget, *, force: bool = False) -> None:
        handle = int(widget.internalWinId() or 0)
        if not handle:
            return
        key = _address(widget)
        if self._applied.get(key) == handle:
            return  # this native window has it already
        if not self._exclude and not force:
            return  # capture allowed: a new window needs nothing
        if set_capture_exclusion(self._hooks, widget, self._exclude):
            if key not in self._watching:
                self._watching.add(key)
                widget.destroyed.connect(partial(self._destroyed, key))
            self._applied[key] = handle

    def _destroyed(self, key: int, _object: object = None) -> None:
        self._applied.pop(key, None)
        self._watching.discard(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _WATCHED and isinstance(watched, QWidget) and watched.isWindow():
            if kind == QEvent.Type.WinIdChange:
                self._applied.pop(_address(watched), None)  # a new native window
                if watched.isVisible() and self._ours(watched):
                    self._apply(watched)  # re-created while shown
            elif self._ours(watched):
                self._apply(watched)
        return False

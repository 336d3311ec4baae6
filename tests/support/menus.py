"""Every dialog the main window's actions open, one after the other, without sleeping."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from app.window import MainWindow

SKIP_ACTIONS = frozenset({"lock_action", "lock_on_minimise_action", "restore_action"})
"""Lock ends the walk; the minimise toggle opens nothing; restore asks for a file first."""


def menu_dialogs(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    """Trigger each enabled action of ``window`` (by attribute name, sorted) but those of
    :data:`SKIP_ACTIONS`, and yield ``(action name, dialog)`` for each dialog it opened. The
    caller closes the dialog. An action opens its dialog while it is triggered (``show`` or
    ``open``); the events that showing posts are handled before the new dialogs are looked
    for and again after the caller closed them, so no wait for a fixed time is needed."""
    for name, action in sorted(vars(window).items()):
        if not isinstance(action, QAction) or name in SKIP_ACTIONS or not action.isEnabled():
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        action.trigger()
        QApplication.processEvents()
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
        ]
        for dialog in dialogs:
            yield name, dialog
        QApplication.processEvents()

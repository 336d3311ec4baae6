"""What a widget tree shows: its texts (P12 wipe checks) and its controls (accessibility)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
)
"""The controls a keyboard or screen-reader user operates."""

ITEM_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.UserRole,
    Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1),
    Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 2),
)
"""An item view's row is read in its shown text and the data a widget keeps behind it."""


def texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows or names (what a person or screen reader gets): names,
    tool tips, descriptions, window titles, label/field/button texts, plain-text editors, combo
    entries, and each item view's first-column rows with the data kept behind them."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.accessibleName(), w.toolTip(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            found.append(w.text())
        if isinstance(w, QPlainTextEdit):
            found.append(w.toPlainText())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(model.rowCount()):
                index = model.index(r, 0)
                found += [str(index.data(role)) for role in ITEM_ROLES]
    return found


def inside_composite(w: QWidget) -> bool:
    """``w`` is a part of a combo box or spin box, which carries the name for it."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def interactive(root: QWidget) -> list[QWidget]:
    """The controls below ``root`` a user operates, without the parts of composite ones."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not inside_composite(w)
    ]


def unnamed(root: QWidget) -> list[str]:
    """The class names of the controls below ``root`` that have no accessible name."""
    return [type(w).__name__ for w in interactive(root) if not w.accessibleName().strip()]

"""Small building blocks shared by the screens: headings, labelled fields, notices."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

COLUMN_WIDTH = 460
"""Width of the centred column that holds the create and unlock forms."""

_MNEMONIC = re.compile(r"&(?!&)")


def plain_text(text: str) -> str:
    """``text`` without mnemonic markers (``&Unlock`` → ``Unlock``)."""
    return _MNEMONIC.sub("", text).replace("&&", "&")


def name_after_text(button: QAbstractButton) -> None:
    """Give ``button`` the accessible name it shows."""
    button.setAccessibleName(plain_text(button.text()))


def label_for(text: str, field: QWidget) -> QLabel:
    """A label that is the buddy of ``field`` and lends it its accessible name."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(plain_text(text))
    return label


def passphrase_edit() -> QLineEdit:
    """A line edit for a passphrase: hidden, no prediction, no copying out."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setMinimumHeight(30)
    return edit


def replace_passphrase_edit(old: QLineEdit) -> QLineEdit:
    """A new, empty passphrase edit in ``old``'s place; ``old`` is destroyed.

    ``clear()`` does not make a line edit forget: Qt keeps every typed character in the
    edit's undo history (16-byte records, even in password mode) until the widget is
    deleted, so a passphrase typed into a long-lived form stayed readable in memory for
    the life of the process, also while locked (security review M3). Forms call this
    wherever they used to clear a passphrase. The new edit takes ``old``'s place in its
    layout, its accessible name, state and label; signals and tab order are the
    caller's to connect again.
    """
    new = passphrase_edit()
    new.setObjectName(old.objectName())
    new.setAccessibleName(old.accessibleName())
    new.setAccessibleDescription(old.accessibleDescription())
    new.setToolTip(old.toolTip())
    new.setPlaceholderText(old.placeholderText())
    new.setMinimumSize(old.minimumSize())
    new.setEnabled(old.isEnabled())
    had_focus = old.hasFocus()
    was_shown = not old.isHidden()
    parent = old.parentWidget()
    if parent is not None:
        layout = parent.layout()
        if layout is not None:
            layout.replaceWidget(old, new)
        if was_shown:
            new.show()  # now, not at the layout's next pass: focus may follow at once
        for label in old.window().findChildren(QLabel):
            if label.buddy() is old:
                label.setBuddy(new)
    if had_focus:
        new.setFocus()
    _overwrite_history(old)
    old.hide()
    old.setParent(None)
    old.deleteLater()
    return new


class RenewablePassphrases:
    """For a form whose passphrase fields live in attributes: :meth:`_renew` puts new,
    empty fields in place of the named ones (:func:`replace_passphrase_edit`) and hands
    just those names to :meth:`_wire`. Mix in before the Qt base class."""

    def _wire(self, names: tuple[str, ...]) -> None:
        """Connect the named passphrase fields (new, or just renewed) and set the tab
        order. Only the named ones: a field kept from before is connected already."""

    def _renew(self, *names: str) -> None:
        """Forget what was typed in the named fields: new widgets, not cleared ones."""
        for name in names:
            setattr(self, name, replace_passphrase_edit(getattr(self, name)))
        self._wire(names)


_HISTORY_WIPE = 4096
"""Characters inserted to overwrite a line edit's undo records before it is deleted."""


def _overwrite_history(edit: QLineEdit) -> None:
    """Overwrite the undo records of ``edit`` in place before it is freed.

    Deleting the widget frees its undo history without wiping it, and freed memory keeps
    its bytes until reused. ``setText`` empties the history but keeps its storage; each
    character inserted afterwards writes one record into that same storage, so the typed
    characters are overwritten where they lie. Best effort: Qt offers no wiping API.
    """
    edit.blockSignals(True)
    try:
        edit.setMaxLength(_HISTORY_WIPE)
        edit.setText("")
        edit.insert("\u2007" * _HISTORY_WIPE)
        edit.setText("")
    finally:
        edit.blockSignals(False)


def heading(text: str, scale: float = 1.7) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def overline(text: str) -> QLabel:
    """The small product name above a screen heading."""
    label = QLabel(text.upper())
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Highlight))
    label.setPalette(palette)
    return label


def paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def scrolling_body(layout: QLayout) -> QScrollArea:
    """The upper part of a dialog (``layout``'s widgets) in a frameless scroll area.

    A dialog whose word-wrapped text needs more height than the screen has (Dutch is
    longer than the English source, notices appear later) scrolls its body; its buttons,
    kept outside the body, stay in view, and no label is ever drawn over another.
    """
    body = QWidget()
    body.setLayout(layout)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll


class _FitsTheScreen(QObject):
    """At its first showing, sizes a dialog with a :func:`scrolling_body` to show its whole
    body when the screen allows (``width`` wide), and never taller than the screen."""

    def __init__(self, dialog: QWidget, scroll: QScrollArea, width: int) -> None:
        super().__init__(dialog)
        self._dialog, self._scroll, self._width = dialog, scroll, width
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Show:
            self._dialog.removeEventFilter(self)
            self._fit()
        return False

    def _fit(self) -> None:
        dialog, scroll = self._dialog, self._scroll
        layout, body = dialog.layout(), scroll.widget()
        if layout is None or body is None or body.layout() is None:
            return
        screen = dialog.screen()
        available = screen.availableGeometry() if screen is not None else None
        frame_w = max(dialog.frameGeometry().width() - dialog.width(), 0)
        frame_h = max(dialog.frameGeometry().height() - dialog.height(), 0)
        width = max(dialog.minimumWidth(), self._width)
        if available is not None:
            width = min(width, available.width() - frame_w)
        # Height of everything but the body, plus the body's height at its width.
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        others = layout.totalHeightForWidth(width) - scroll.sizeHint().height()
        needed = others + body.heightForWidth(inner - scrollbar) + 2 * scroll.frameWidth()
        height = max(dialog.minimumHeight(), needed)
        if available is not None:
            height = min(height, available.height() - frame_h)
        dialog.resize(width, height)


def fit_to_screen(dialog: QWidget, scroll: QScrollArea, width: int) -> None:
    """Give ``dialog`` (laid out with ``scroll`` from :func:`scrolling_body`) the size that
    shows its whole body at ``width`` when it is first shown, within the screen."""
    _FitsTheScreen(dialog, scroll, width)


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class ErrorLabel(QLabel):
    """An inline error message; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        palette = self.palette()
        colour = "#ff9aa2" if _is_dark(self) else "#a4262c"
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setAccessibleDescription("")
        self.hide()


class Notice(QFrame):
    """A calm, framed statement the user should read (title in bold, then the body)."""

    def __init__(self, title: str, body: str) -> None:
        super().__init__()
        self.setObjectName("notice")
        self.setStyleSheet(
            "QFrame#notice { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        self.title = paragraph(title)
        font = QFont(self.title.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.body = paragraph(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.body)


class Banner(QFrame):
    """A calm, framed line above the content, optionally with one action button.

    Hidden until :meth:`show_message`. The button (if any) carries the banner's text as
    its accessible description, so a screen reader that lands on it hears why it is there.
    """

    def __init__(self, action_text: str | None = None) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setStyleSheet(
            "QFrame#banner { background: palette(alternate-base);"
            " border: 1px solid palette(midlight); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        self.text = paragraph()
        self.button: QPushButton | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.text, 1)
        if action_text is not None:
            self.button = QPushButton(action_text)
            self.button.setMinimumHeight(28)
            name_after_text(self.button)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        if self.button is not None:
            self.button.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.hide()
        self.text.clear()
        self.text.setAccessibleName("")
        if self.button is not None:
            self.button.setAccessibleDescription("")


class BusyIndicator(QWidget):
    """A progress bar with a status line; keeps its space while hidden (no jumping)."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def start(self, text: str) -> None:
        """Show ``text`` with an indeterminate (busy) bar."""
        self.status.setText(text)
        self.bar.setAccessibleName(text)
        self.bar.setRange(0, 0)
        self.show()

    def set_fraction(self, fraction: float, text: str) -> None:
        """Show ``text`` with a determinate bar at ``fraction`` (0.0–1.0)."""
        self.status.setText(text)
        self.bar.setAccessibleName(text)
        self.bar.setRange(0, 100)
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * 100))
        self.show()

    def stop(self) -> None:
        self.hide()
        self.status.clear()


def centred_column(content: QWidget, width: int = COLUMN_WIDTH) -> QWidget:
    """Wrap ``content`` in a page that centres it at a readable width."""
    content.setFixedWidth(width)
    content.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(24, 24, 24, 24)
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)
    return page


class DemoBanner(QFrame):
    """A loud strip over the whole window while the fictional demo vault is open."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("demoBanner")
        self.setStyleSheet(
            "QFrame#demoBanner { background: #6b2fa3; } QFrame#demoBanner QLabel { color: white; }"
        )
        self.tag = QLabel(self.tr("DEMO"))
        font = QFont(self.tag.font())
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.tag.setFont(font)
        self.text = paragraph(
            self.tr(
                "Invented people and meetings, for practice. Never type real names or "
                "real cases here."
            )
        )
        self.setAccessibleName(self.tr("Demo vault"))
        self.setAccessibleDescription(self.text.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(12)
        layout.addWidget(self.tag)
        layout.addWidget(self.text, 1)
        self.hide()

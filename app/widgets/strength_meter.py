"""The passphrase strength meter: five segments, a word and advice — never colour alone.

The judgement itself is :func:`vault.strength.assess` (zxcvbn taught Dutch and French
words, Belgian names and places, keyboards and the user's own names) under a policy — a
vault passphrase or a PDF password; this widget only shows it, in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from vault.strength import (
    MAX_VAULT_WORDS,
    VAULT_POLICY,
    Feedback,
    Policy,
    Strength,
    assess,
    local_personal_words,
)

__all__ = [
    "MAX_VAULT_WORDS",
    "StrengthMeter",
    "local_personal_words",
]


class _Segments(QWidget):
    """Five segments, filled up to the score (decoration: the words carry the meaning)."""

    def __init__(self) -> None:
        super().__init__()
        self._score = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, 6)

    def set_score(self, score: int) -> None:
        self._score = score
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        width = (self.width() - 4 * gap) / 5
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colours = ("#c4314b", "#d9622b", "#c19c00", "#3a9b3a", "#1f7a1f")
        empty = self.palette().color(QPalette.ColorRole.Mid)
        for index in range(5):
            rect = QRectF(index * (width + gap), 0, width, self.height())
            filled = index <= self._score
            colour = QColor(colours[max(self._score, 0)]) if filled else empty
            if filled and dark:
                colour = colour.lighter(130)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 2, 2)
        painter.end()


class StrengthMeter(QWidget):
    """Shows how guessable the typed passphrase is, updated on every keystroke."""

    def __init__(self, policy: Policy = VAULT_POLICY) -> None:
        super().__init__()
        self.policy = policy
        """The rule the meter judges by: a vault passphrase or a PDF password."""
        self._personal: list[str] = []
        self.strength: Strength | None = None
        self.segments = _Segments()
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.advice = QLabel()
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        self.setAccessibleName(self.tr("Passphrase strength"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.segments)
        layout.addWidget(self.verdict)
        layout.addWidget(self.advice)
        self.clear()

    def set_personal_words(self, words: Iterable[str]) -> None:
        """Names, municipality, colleagues: words the passphrase should not lean on."""
        self._personal = list(words)

    def clear(self) -> None:
        self.strength = None
        self.segments.set_score(-1)
        self.verdict.setText(self.tr("Strength: type a passphrase"))
        self.advice.clear()
        self.advice.hide()
        self.verdict.setAccessibleDescription(self.verdict.text())

    def update_for(self, passphrase: str) -> Strength | None:
        """Judge ``passphrase`` and show the verdict (nothing of the text is kept)."""
        if not passphrase:
            self.clear()
            return None
        strength = assess(passphrase, self._personal, self.policy)
        self.strength = strength
        self.segments.set_score(strength.score)
        word = self.score_word(strength.score)
        if strength.acceptable:
            self.verdict.setText(self.tr("Strength: %1 — good enough").replace("%1", word))
        else:
            self.verdict.setText(self.tr("Strength: %1 — not yet enough").replace("%1", word))
        advice = [self.feedback_text(item) for item in strength.feedback]
        self.advice.setText("\n".join(f"• {line}" for line in advice))
        self.advice.setVisible(bool(advice))
        self.setAccessibleDescription(" ".join([self.verdict.text(), *advice]))
        return strength

    def score_word(self, score: int) -> str:
        return (
            self.tr("very weak"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("strong"),
            self.tr("very strong"),
        )[max(0, min(score, 4))]

    def feedback_text(self, item: Feedback) -> str:
        texts = {
            Feedback.TOO_SHORT: self.tr("Use at least %1 characters.").replace(
                "%1", str(self.policy.min_length)
            ),
            Feedback.COMMON_PASSWORD: self.tr("This is a very common password."),
            Feedback.SIMILAR_TO_COMMON: self.tr("This looks like a common password."),
            Feedback.SINGLE_WORD: self.tr("A single word is easy to guess."),
            Feedback.NAMES: self.tr("Names on their own are easy to guess."),
            Feedback.PLACES: self.tr("Names of municipalities and places are easy to guess."),
            Feedback.PERSONAL: self.tr(
                "Avoid your own name, your municipality and the names around you."
            ),
            Feedback.DATES: self.tr("Avoid dates and years that have to do with you."),
            Feedback.YEARS: self.tr("Recent years are easy to guess."),
            Feedback.REPEATS: self.tr("Avoid repeated words and characters."),
            Feedback.SEQUENCES: self.tr("Avoid sequences like “abc” or “6543”."),
            Feedback.KEYBOARD: self.tr("Avoid rows and patterns of keys."),
            Feedback.SUBSTITUTIONS: self.tr("Swaps like “@” for “a” hardly help."),
            Feedback.ADD_WORDS: self.tr(
                "Add a few more uncommon words: a short sentence only you would make up."
            ),
        }
        return texts[item]

"""The participation wizard names every button in every wizard style (accessibility).

On Windows, QWizard also makes the Aero style's own back button: a bare
``QAbstractButton`` without text, shown in the title area in the Aero style and hidden in
the others. It exists only in Qt's Windows build, so ``tests/test_windows_native.py``
checks it with real windows; here both styles are checked with what Linux's Qt makes.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from app.dialogs.participation_wizard import ParticipationWizard
from vault import Vault
from vault.api import UnlockedVault

STYLES = [
    QWizard.WizardStyle.ModernStyle,
    QWizard.WizardStyle.AeroStyle,
    QWizard.WizardStyle.ClassicStyle,
]


def unnamed_buttons(wizard: QWizard) -> list[str]:
    """Every button of the wizard without an accessible name, shown or hidden."""
    return [
        f"{b.metaObject().className()}:{b.objectName() or '?'}"
        for b in wizard.findChildren(QAbstractButton)
        if not b.accessibleName().strip()
    ]


@pytest.mark.parametrize("style", STYLES, ids=lambda s: s.name)
def test_every_wizard_button_is_named_in_every_style(
    qtbot: QtBot, vault: Vault, style: QWizard.WizardStyle
) -> None:
    wizard = ParticipationWizard(UnlockedVault(vault))
    qtbot.addWidget(wizard)
    assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle  # the app's choice
    wizard.setWizardStyle(style)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(3):  # the start page, then pages that show the back button
        assert unnamed_buttons(wizard) == []
        back = wizard.button(QWizard.WizardButton.BackButton)  # Aero's own one on Windows
        assert back.accessibleName().strip()
        wizard.next()

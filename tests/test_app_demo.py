"""The fictional demo vault: one click away, built once, marked DEMO while open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, make_window

from app.session.context import APP_NAME
from app.session.demo_vault import DEMO_PASSPHRASE, demo_vault_path
from vault import Vault
from vault.demo import is_demo
from vault.meetings import list_meetings


def test_demo_opens_from_the_create_form_marked_demo_and_is_built_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    assert window.current_page() is window.create_page
    assert window.demo_banner.isHidden()
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(window.create_form.open_demo, Qt.MouseButton.LeftButton)
    vault = window.vault.store
    assert vault is not None and is_demo(vault)
    assert vault.path == demo_vault_path(context.vault_dir)
    assert window.demo_banner.isVisible()
    assert window.demo_banner.tag.text() == "DEMO"
    assert window.windowTitle() == APP_NAME  # the title never changes (P2); the banner says it
    assert list_meetings(vault)  # invented meetings to practise on
    # The user's own vault was not created by trying the demo.
    assert not context.default_vault_path.exists()

    window.lock()
    assert window.demo_banner.isHidden()
    assert window.windowTitle() == APP_NAME
    # Locking the demo goes back to the user's own start (here: create), not to a form
    # asking for the demo's passphrase.
    assert window.current_page() is window.create_page
    assert not window.meetings_menu.menuAction().isEnabled()

    # Second time: the same file is opened, not rebuilt.
    before = demo_vault_path(context.vault_dir).stat().st_mtime_ns
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.create_form.open_demo.click()
    assert window.meetings_menu.menuAction().isEnabled()
    assert window.demo_banner.isVisible()
    window.lock()
    with Vault.open(demo_vault_path(context.vault_dir), DEMO_PASSPHRASE) as demo:
        assert is_demo(demo)
    assert demo_vault_path(context.vault_dir).stat().st_mtime_ns >= before


def test_the_users_own_vault_is_never_marked_demo(qtbot: QtBot, tmp_path: Path) -> None:
    from conftest import PASSPHRASE

    context = make_context(tmp_path)
    window = make_window(qtbot, context)
    window.create_form.passphrase.setText(PASSPHRASE)
    window.create_form.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_opened, timeout=JOB_TIMEOUT_MS):
        window.create_form.submit()
    assert window.vault is not None and not is_demo(window.vault.store)
    assert window.demo_banner.isHidden()
    assert window.windowTitle() == APP_NAME

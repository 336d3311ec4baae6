"""A typed passphrase does not stay in memory after it was used (security review M3).

Qt's line edit keeps every typed character in its undo history — 16-byte records, one
character each, also in password mode — until the widget is deleted; ``clear()`` only
appends more records. The forms therefore replace a passphrase field after each use.
"""

from __future__ import annotations

import gc
import re
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from app.dialogs.strengthen import StrengthenDialog
from app.screens.unlock import CreateForm, UnlockForm
from app.widgets.basics import passphrase_edit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``bench`` is a top-level folder, not an installed package
    sys.path.insert(0, str(ROOT))

from bench.common import copies_in_memory  # noqa: E402


def _strided(text: str) -> re.Pattern[bytes]:
    """``text`` as UTF-16 code units, one per 16-byte undo record."""
    units = [re.escape(ch.encode("utf-16-le")) for ch in text]
    return re.compile(b".{14}".join(units), re.DOTALL)


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="scans the process through /proc/self/mem (Linux); on every platform "
    "test_p2_each_use_leaves_a_new_field checks the field is replaced, not cleared",
)


@linux_only
def test_the_scan_finds_what_clear_leaves_behind(qtbot: QtBot) -> None:
    """Control: a cleared (not replaced) line edit keeps the typed text, strided."""
    secret = "Qzx-controle-9Kv"
    edit = passphrase_edit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, secret)
    edit.clear()
    assert copies_in_memory(_strided(secret)) >= 1


@linux_only
@pytest.mark.parametrize("form_kind", ["unlock", "create", "strengthen"])
def test_p2_a_used_passphrase_is_not_left_in_memory(qtbot: QtBot, form_kind: str) -> None:
    secret = f"Wjq-{form_kind}-geheim-7Hp"
    received: list[str] = []
    form: UnlockForm | CreateForm | StrengthenDialog
    if form_kind == "unlock":
        form = UnlockForm()
        form.unlock_requested.connect(received.append)
    elif form_kind == "create":
        form = CreateForm()
        form.create_requested.connect(received.append)
        secret = "kalender wolk trapleuning fiets " + secret
    else:
        form = StrengthenDialog()
        form.strengthen_requested.connect(received.append)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.passphrase, secret)
    if isinstance(form, CreateForm):
        qtbot.keyClicks(form.repeat, secret)
    form.submit()
    assert received == [secret]
    received.clear()
    del received
    _flush_deletions()
    assert copies_in_memory(_strided(secret)) == 0


def test_p2_each_use_leaves_a_new_field(qtbot: QtBot) -> None:
    form = UnlockForm()
    qtbot.addWidget(form)
    form.show()
    first = form.passphrase
    qtbot.keyClicks(first, "een zin")
    form.submit()
    _flush_deletions()
    assert form.passphrase is not first and not shiboken6.isValid(first)
    assert form.passphrase.text() == "" and form.passphrase.isVisible()
    # Still the labelled, reachable field it replaced.
    assert form.passphrase.accessibleName() == first_name(form)
    second = form.passphrase
    form.show_wrong_passphrase("fout")
    _flush_deletions()
    assert form.passphrase is not second and form.focusWidget() is form.passphrase
    form.reset()
    _flush_deletions()
    assert form.passphrase.text() == ""


def first_name(form: UnlockForm) -> str:
    from app.widgets.basics import plain_text

    return plain_text(form.tr("&Passphrase"))


def _receivers(edit: object, signal: str) -> int:
    from PySide6.QtCore import SIGNAL

    return int(edit.receivers(SIGNAL(signal)))  # type: ignore[attr-defined]


def test_renewed_fields_are_connected_once(qtbot: QtBot) -> None:
    """Review M1: renewing one field must not connect the others again (Enter submitted
    several times; the strength meter ran 3-4 times per keystroke)."""
    from app.care.passphrase import ChangePassphraseDialog

    create = CreateForm()
    change = ChangePassphraseDialog()
    for widget in (create, change):
        qtbot.addWidget(widget)
        widget.show()
    fresh = {
        (id(w), name, sig): _receivers(getattr(w, name), sig)
        for w, names in ((create, ("passphrase", "repeat")), (change, ("current", "new", "repeat")))
        for name in names
        for sig in ("returnPressed()", "textChanged(QString)", "textEdited(QString)")
    }
    strong = "kalender wolk trapleuning fiets Wjq-7Hp"
    for _ in range(3):  # three times the repeat field differs: only it is renewed
        create.passphrase.setText(strong)
        create.repeat.setText(strong + "x")
        create.submit()
        change.current.setText("huidige zin")
        change.new.setText(strong)
        change.repeat.setText(strong + "x")
        change.submit()
    now = {
        (id(w), name, sig): _receivers(getattr(w, name), sig)
        for w, names in ((create, ("passphrase", "repeat")), (change, ("current", "new", "repeat")))
        for name in names
        for sig in ("returnPressed()", "textChanged(QString)", "textEdited(QString)")
    }
    assert now == fresh
    received: list[str] = []
    create.create_requested.connect(received.append)
    create.repeat.setText(strong)
    qtbot.keyClick(create.passphrase, Qt.Key.Key_Return)
    assert received == [strong]
    assert not create.error.isVisible() or not create.error.text()

"""One scripted session of the real client, for the no-network proof (P11).

Run as ``python tests/proof/net_session.py`` with HOME/XDG folders pointing somewhere
disposable. It builds the window exactly as ``app.main.main`` does — production context,
calibrated key derivation, real platform hooks, real settings — then, through the
window's own forms: creates the default vault, writes and saves a note, locks, unlocks,
checks the note and quits. A Python audit hook records every ``socket.__new__``; the
last stdout line is a JSON summary. The parent test also runs this under ``strace`` to
see sockets made by C++ code (Qt, D-Bus) that the audit hook cannot see.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SOCKETS: list[int] = []


def audit(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.__new__":
        family = args[1]
        SOCKETS.append(int(family) if isinstance(family, int) else -1)


sys.addaudithook(audit)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.platform.i18n import DEFAULT_LANGUAGE, install_translators  # noqa: E402
from app.platform.settings import AppSettings  # noqa: E402
from app.session.context import APP_NAME, AppContext  # noqa: E402
from app.window import MainWindow  # noqa: E402
from vault.notes import list_notes  # noqa: E402

PASSPHRASE = "zeven lange woorden voor een sterke kluis vandaag"
NOTE = "Netwerkproef: deze notitie blijft op de schijf"


def main() -> int:
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(APP_NAME)
    settings = AppSettings.for_production()
    install_translators(qapp, DEFAULT_LANGUAGE)
    window = MainWindow(AppContext.for_production(settings))
    window.show()
    steps: list[str] = []
    result: dict[str, object] = {}

    def on_opened() -> None:
        vault = window.vault.store
        assert vault is not None
        if not steps:
            steps.append("created")
            window.notebook.new_note()
            window.notebook.editor.insertPlainText(NOTE)
            window.notebook.save_button.click()
            steps.append("saved")
            window.lock()
            steps.append("locked")
            window.unlock_form.passphrase.setText(PASSPHRASE)
            window.unlock_form.submit()
        else:
            steps.append("unlocked")
            result["note_kept"] = any(n.body == NOTE for n in list_notes(vault))
            window.close()
            steps.append("closed")
            qapp.quit()

    def on_failed(code: object) -> None:
        steps.append(f"failed {code}")
        qapp.exit(3)

    window.vault_opened.connect(on_opened)
    window.job_failed.connect(on_failed)

    def create() -> None:
        window.create_form.passphrase.setText(PASSPHRASE)
        window.create_form.repeat.setText(PASSPHRASE)
        window.create_form.submit()

    QTimer.singleShot(0, create)
    QTimer.singleShot(120_000, lambda: qapp.exit(4))
    code = qapp.exec()
    inet = sum(f in (socket.AF_INET, socket.AF_INET6) for f in SOCKETS)
    network_modules = sorted(
        m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebSockets"))
    )
    summary = {
        "steps": steps,
        "sockets": len(SOCKETS),
        "inet": inet,
        "network_modules": network_modules,
        **result,
    }
    print(json.dumps(summary), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())

"""PDFs and backups stay on the laptop unless the user insists (P2; security review M5):
the suggested folder is never one a sync client uploads, and choosing such a folder
brings a warning with "choose another folder" as the default answer."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from support.waiting import JOB_TIMEOUT_MS
from support.windows import make_context, seed_vault, unlocked_window

import app.platform.save_places
from app.care.backup import BackupDialog, default_backup_folder
from app.dialogs.documents import default_folder
from app.dialogs.prompts import DialogPrompts, SaveKind, upload_warning
from app.window import MainWindow
from vault.demo import DemoSpec, build_demo
from vault.location import Uploader
from vault.policy import DocumentKind

DEMO = DemoSpec(cells=1, years=1, meetings=4, cases=3, notes=30)


class UploadPrompts:
    """Preset answers to the save dialog and to the upload warning; records the questions."""

    def __init__(self, saves: list[Path | None], keep: list[bool]) -> None:
        self.saves = saves
        self.keep = keep
        self.suggested: list[Path] = []
        self.warned: list[tuple[Uploader, SaveKind]] = []

    def choose_vault_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        return None

    def choose_backup_file(self, parent: QWidget, start_dir: Path) -> Path | None:
        return None

    def confirm_quit_losing_text(self, parent: QWidget) -> bool:
        return True

    def choose_save_file(
        self, parent: QWidget, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        self.suggested.append(suggested)
        return self.saves.pop(0) if self.saves else None

    def confirm_upload_folder(self, parent: QWidget, uploader: Uploader, kind: SaveKind) -> bool:
        self.warned.append((uploader, kind))
        return self.keep.pop(0)


@dataclasses.dataclass
class Laptop:
    """A home folder whose Documents OneDrive moved ("Known Folder Move")."""

    onedrive: Path
    documents: Path
    downloads: Path


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    onedrive = tmp_path / "home" / "OneDrive - Gemeente Testdorp"
    documents = onedrive / "Documenten"
    downloads = tmp_path / "home" / "Downloads"
    for folder in (documents, downloads):
        folder.mkdir(parents=True)
    monkeypatch.setenv("OneDriveCommercial", str(onedrive))
    monkeypatch.setattr(
        app.platform.save_places, "standard_folders", lambda: [documents, downloads]
    )
    return Laptop(onedrive, documents, downloads)


def _window(qtbot: QtBot, tmp_path: Path, prompts: UploadPrompts) -> MainWindow:
    context = make_context(tmp_path / "vaults", prompts=prompts)  # type: ignore[arg-type]
    seed_vault(context, lambda vault: build_demo(vault, DEMO))
    return unlocked_window(qtbot, context)


# ---------------------------------------------------------------------- defaults
def test_defaults_skip_a_documents_folder_inside_onedrive(laptop: Laptop, tmp_path: Path) -> None:
    assert default_folder(tmp_path) == laptop.downloads
    assert default_backup_folder(tmp_path) == laptop.downloads


def test_with_no_local_standard_folder_the_fallback_is_used(
    laptop: Laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.platform.save_places, "standard_folders", lambda: [laptop.documents])
    assert default_backup_folder(tmp_path) == tmp_path


# ---------------------------------------------------------------------- the PDF
def _save_pdf(qtbot: QtBot, window: MainWindow) -> None:
    window.document_actions[DocumentKind.MEETING_OVERVIEW].trigger()
    dialog = window.document_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_p2_a_pdf_into_onedrive_warns_and_another_folder_can_be_chosen(
    qtbot: QtBot, tmp_path: Path, laptop: Laptop
) -> None:
    synced = laptop.documents / "overzicht.pdf"
    local = laptop.downloads / "overzicht.pdf"
    prompts = UploadPrompts([synced, local], keep=[False])
    window = _window(qtbot, tmp_path, prompts)
    _save_pdf(qtbot, window)
    assert prompts.warned == [(Uploader.ONEDRIVE, SaveKind.PDF)]
    assert prompts.suggested[0].parent == laptop.downloads  # never suggested OneDrive
    assert prompts.suggested[1] == laptop.downloads / "overzicht.pdf"  # asked again, locally
    assert local.read_bytes()[:4] == b"%PDF"
    assert not synced.exists()


def test_p2_the_user_may_still_save_into_onedrive(
    qtbot: QtBot, tmp_path: Path, laptop: Laptop
) -> None:
    synced = laptop.documents / "overzicht.pdf"
    prompts = UploadPrompts([synced], keep=[True])
    window = _window(qtbot, tmp_path, prompts)
    _save_pdf(qtbot, window)
    assert prompts.warned == [(Uploader.ONEDRIVE, SaveKind.PDF)]
    assert synced.read_bytes()[:4] == b"%PDF"


def test_a_local_folder_asks_nothing(qtbot: QtBot, tmp_path: Path, laptop: Laptop) -> None:
    prompts = UploadPrompts([laptop.downloads / "overzicht.pdf"], keep=[])
    window = _window(qtbot, tmp_path, prompts)
    _save_pdf(qtbot, window)
    assert prompts.warned == []


# ---------------------------------------------------------------------- the backup
def test_p2_a_backup_into_a_synced_folder_warns(
    qtbot: QtBot, tmp_path: Path, laptop: Laptop
) -> None:
    dropbox = tmp_path / "home" / "Dropbox"
    dropbox.mkdir()
    prompts = UploadPrompts([dropbox / "kopie.tafelboek", None], keep=[False])
    window = _window(qtbot, tmp_path, prompts)
    window.backup_action.trigger()
    dialog = window.vault_care.dialog
    assert isinstance(dialog, BackupDialog)
    assert dialog.target.parent == laptop.downloads  # the default stays on the laptop
    before = dialog.target
    dialog.choose.click()
    assert prompts.warned == [(Uploader.DROPBOX, SaveKind.BACKUP)]
    assert dialog.target == before  # the second question was cancelled: nothing changed
    prompts.saves, prompts.keep = [dropbox / "kopie.tafelboek"], [True]
    dialog.choose.click()
    assert dialog.target == dropbox / "kopie.tafelboek"


# ---------------------------------------------------------------------- the real question
def _answer(qtbot: QtBot, button_text: str | None) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        names = [b.accessibleName() for b in box.findChildren(QPushButton)]
        assert "Choose another folder" in names and "Save here anyway" in names
        assert box.defaultButton().accessibleName() == "Choose another folder"
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        for button in box.findChildren(QPushButton):
            if button.accessibleName() == button_text:
                button.click()

    QTimer.singleShot(20, click)


@pytest.mark.parametrize(
    ("answer", "kept"),
    [("Save here anyway", True), ("Choose another folder", False), (None, False)],
)
def test_the_warning_defaults_to_choosing_another_folder(
    qtbot: QtBot, answer: str | None, kept: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(qtbot, answer)
    assert DialogPrompts().confirm_upload_folder(parent, Uploader.ONEDRIVE, SaveKind.PDF) is kept


def test_the_warning_names_the_service_and_what_leaves() -> None:
    pdf = upload_warning(Uploader.ONEDRIVE, SaveKind.PDF)
    assert "OneDrive" in pdf and "PDF" in pdf and "password" in pdf
    backup = upload_warning(Uploader.SHAREPOINT, SaveKind.BACKUP)
    assert "SharePoint" in backup and "encrypted" in backup
    assert "network share" in upload_warning(Uploader.NETWORK, SaveKind.PDF)

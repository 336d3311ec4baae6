"""Prompt fakes: the window's questions answered from lists instead of dialogs."""

from __future__ import annotations

from pathlib import Path


class PresetPrompts:
    """Answers questions from a list instead of opening dialogs."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.asked: list[Path] = []
        self.quit_answers: list[bool] = []
        self.quit_asked = 0

    def choose_vault_file(self, parent: object, start_dir: Path) -> Path | None:
        self.asked.append(start_dir)
        return self.answers.pop(0) if self.answers else None

    def confirm_quit_losing_text(self, parent: object) -> bool:
        """Answers from :attr:`quit_answers` (default: quit), counted in :attr:`quit_asked`."""
        self.quit_asked += 1
        return self.quit_answers.pop(0) if self.quit_answers else True


class SavePrompts(PresetPrompts):
    """Preset prompts that also answer the save-file question, from a list."""

    def __init__(self, *saves: Path | None) -> None:
        super().__init__()
        self.saves = list(saves)
        self.save_asked: list[tuple[str, Path, str]] = []

    def choose_save_file(
        self, parent: object, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        self.save_asked.append((title, suggested, name_filter))
        return self.saves.pop(0) if self.saves else None

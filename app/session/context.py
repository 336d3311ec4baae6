"""The application context: what every window needs, passed in explicitly (no globals).

Production builds one with :meth:`AppContext.for_production`; tests build their own with a
fast key-derivation profile, a temporary vault folder and preset prompts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThreadPool

from app.dialogs.prompts import DialogPrompts, Prompts
from app.platform.hooks import NullHooks, PlatformHooks, system_platform_hooks
from app.platform.settings import AppSettings
from app.session.locking import BootClock, LockSettings, system_boot_clock
from vault.api import SUFFIX, Ledger
from vault.clock import Clock, SystemClock
from vault.kdf import CalibratedKdf, KdfProfile

APP_NAME = "Tafelboek"
"""Product name; also the whole window title (never content, rule P2)."""

DEFAULT_VAULT_NAME = f"{APP_NAME}{SUFFIX}"


def default_vault_dir(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """The per-user, local (never roaming) folder that holds the default vault.

    Windows: ``%LOCALAPPDATA%\\Tafelboek``; macOS: ``~/Library/Application Support/Tafelboek``;
    elsewhere ``$XDG_DATA_HOME/Tafelboek`` (``~/.local/share/Tafelboek`` when unset).
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if platform == "win32":
        local = env.get("LOCALAPPDATA")
        base = Path(local) if local else home / "AppData" / "Local"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        # The XDG spec says relative paths are invalid and must be ignored.
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME


@dataclass(frozen=True, slots=True)
class AppContext:
    """Services shared by the windows of one running application."""

    kdf: KdfProfile
    """Chooses key-derivation cost for new vaults (calibrated in production)."""
    vault_dir: Path
    """Folder of the default vault."""
    prompts: Prompts
    """File dialogs and other questions to the user (preset answers in tests)."""
    clock: Clock = field(default_factory=SystemClock)
    thread_pool: QThreadPool = field(default_factory=QThreadPool)
    """Runs slow vault work (key derivation, opening) off the GUI thread."""
    boot_clock: BootClock = field(default_factory=system_boot_clock)
    """Measures idleness: counts through sleep, unmoved by wall-clock changes."""
    lock_settings: LockSettings = field(default_factory=LockSettings)
    """Idle timeout and lock-on-minimise (loaded from :attr:`settings` in production)."""
    platform_hooks: PlatformHooks = field(default_factory=NullHooks)
    """Session-lock and suspend signals of the desktop (real ones in production)."""
    settings: AppSettings = field(default_factory=AppSettings.in_memory)
    """The user's preferences: the INI file in production, memory only unless a test
    passes one with a temporary path. Never holds content (rule P2)."""

    @property
    def default_vault_path(self) -> Path:
        return self.vault_dir / DEFAULT_VAULT_NAME

    @property
    def ledger(self) -> Ledger | None:
        """The record of the vaults this computer closed, beside the settings file
        (vault/freshness.py); none while the settings live in memory only."""
        path = self.settings.path
        return None if path is None else Ledger(path.parent)

    @classmethod
    def for_production(cls, settings: AppSettings | None = None) -> AppContext:
        settings = AppSettings.for_production() if settings is None else settings
        return cls(
            kdf=CalibratedKdf(),
            vault_dir=default_vault_dir(),
            prompts=DialogPrompts(),
            platform_hooks=system_platform_hooks(),
            lock_settings=settings.load_lock_settings(),
            settings=settings,
        )

"""The few user preferences, in one INI file at a known place (never the registry).

Where the file lives:

* normally in the per-user, local (not roaming) config folder:
  Windows ``%LOCALAPPDATA%\\Tafelboek\\tafelboek.ini``; macOS
  ``~/Library/Preferences/Tafelboek/tafelboek.ini``; elsewhere
  ``$XDG_CONFIG_HOME/Tafelboek/tafelboek.ini`` (``~/.config`` when unset);
* beside the program when a ``.portable`` marker file lies next to the frozen executable
  (a USB-stick install): ``<folder of the executable>/tafelboek.ini``.

What it holds, and nothing else: the idle-lock minutes, lock on minimise, the interface
language, whether screen capture is allowed, the backup-reminder days, and the main
window's position, size and whether it was maximised (four numbers and a flag). Never vault
content, names, titles, vault paths or paths of exports (rule P2). The last-backup
moment is kept inside the vault itself (:mod:`vault.backup_reminder`).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSettings

from app.platform.i18n import DEFAULT_LANGUAGE, Language
from app.session.locking import DEFAULT_IDLE_TIMEOUT_S, LockSettings
from vault.api import DEFAULT_REMINDER_DAYS, Care

SETTINGS_FILE_NAME = "tafelboek.ini"
PORTABLE_MARKER = ".portable"
APP_FOLDER = "Tafelboek"

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60
DEFAULT_IDLE_MINUTES = round(DEFAULT_IDLE_TIMEOUT_S / 60)

KEY_IDLE_MINUTES = "lock/idle_minutes"
KEY_LOCK_ON_MINIMISE = "lock/on_minimise"
KEY_LANGUAGE = "interface/language"
KEY_ALLOW_SCREEN_CAPTURE = "privacy/allow_screen_capture"
KEY_BACKUP_REMINDER_DAYS = "backup/reminder_days"
KEY_WINDOW_GEOMETRY = "window/geometry"
KEY_WINDOW_MAXIMISED = "window/maximised"
ALLOWED_KEYS = frozenset(
    {
        KEY_WINDOW_GEOMETRY,
        KEY_WINDOW_MAXIMISED,
        KEY_IDLE_MINUTES,
        KEY_LOCK_ON_MINIMISE,
        KEY_LANGUAGE,
        KEY_ALLOW_SCREEN_CAPTURE,
        KEY_BACKUP_REMINDER_DAYS,
    }
)
"""Every key this file may ever hold (a test checks that nothing else appears)."""


def default_config_dir(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """The per-user, local folder for the settings file (see the module docstring)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if platform == "win32":
        local = env.get("LOCALAPPDATA")
        base = Path(local) if local else home / "AppData" / "Local"
    elif platform == "darwin":
        base = home / "Library" / "Preferences"
    else:
        xdg = env.get("XDG_CONFIG_HOME", "")
        # The XDG spec says relative paths are invalid and must be ignored.
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".config"
    return base / APP_FOLDER


def portable_dir(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The program's folder when it runs frozen with a ``.portable`` marker beside it."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not frozen:
        return None
    folder = Path(sys.executable if executable is None else executable).resolve().parent
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def settings_path(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> Path:
    """Where the settings file lives: beside a portable program, else the config folder."""
    portable = portable_dir(executable, frozen)
    if portable is not None:
        return portable / SETTINGS_FILE_NAME
    return default_config_dir(env, platform, home) / SETTINGS_FILE_NAME


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
    return default


def _as_int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


class AppSettings:
    """Typed access to the settings file; every change is written at once.

    A missing or unreadable file gives the defaults; an out-of-range value is clamped.
    """

    def __init__(self, path: Path | None) -> None:
        self._path = None if path is None else Path(path)
        self._memory: dict[str, object] = {}
        self._store: QSettings | None = None
        if self._path is not None:
            self._store = QSettings(str(self._path), QSettings.Format.IniFormat)
            self._store.setFallbacksEnabled(False)

    @property
    def path(self) -> Path | None:
        """The INI file; ``None`` for settings kept in memory only."""
        return self._path

    @classmethod
    def for_production(cls) -> AppSettings:
        return cls(settings_path())

    @classmethod
    def in_memory(cls) -> AppSettings:
        """Defaults that are never written anywhere (tests and tools)."""
        return cls(None)

    def _value(self, key: str, default: object) -> object:
        if self._store is None:
            return self._memory.get(key, default)
        return self._store.value(key, default)

    def _write(self, key: str, value: object) -> None:
        assert key in ALLOWED_KEYS
        if self._store is None or self._path is None:
            self._memory[key] = value
            return
        with contextlib.suppress(OSError):  # QSettings then reports it through status()
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._store.setValue(key, value)
        self._store.sync()

    # ------------------------------------------------------------------ values
    @property
    def idle_minutes(self) -> int:
        return _as_int(
            self._value(KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES),
            DEFAULT_IDLE_MINUTES,
            MIN_IDLE_MINUTES,
            MAX_IDLE_MINUTES,
        )

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._write(KEY_IDLE_MINUTES, max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(minutes))))

    @property
    def lock_on_minimise(self) -> bool:
        return _as_bool(self._value(KEY_LOCK_ON_MINIMISE, False), False)

    @lock_on_minimise.setter
    def lock_on_minimise(self, on: bool) -> None:
        self._write(KEY_LOCK_ON_MINIMISE, bool(on))

    @property
    def language(self) -> Language:
        value = str(self._value(KEY_LANGUAGE, DEFAULT_LANGUAGE.value))
        try:
            return Language(value)
        except ValueError:
            return DEFAULT_LANGUAGE

    @language.setter
    def language(self, language: Language) -> None:
        self._write(KEY_LANGUAGE, Language(language).value)

    @property
    def allow_screen_capture(self) -> bool:
        """Off by default: the main window is excluded from screenshots where possible."""
        return _as_bool(self._value(KEY_ALLOW_SCREEN_CAPTURE, False), False)

    @allow_screen_capture.setter
    def allow_screen_capture(self, allowed: bool) -> None:
        self._write(KEY_ALLOW_SCREEN_CAPTURE, bool(allowed))

    @property
    def backup_reminder_days(self) -> int:
        value = self._value(KEY_BACKUP_REMINDER_DAYS, DEFAULT_REMINDER_DAYS)
        return Care.clamp_reminder_days(_as_int(value, DEFAULT_REMINDER_DAYS, -(2**31), 2**31 - 1))

    @backup_reminder_days.setter
    def backup_reminder_days(self, days: int) -> None:
        self._write(KEY_BACKUP_REMINDER_DAYS, Care.clamp_reminder_days(days))

    # ------------------------------------------------------------------ the window
    @property
    def window_geometry(self) -> tuple[int, int, int, int] | None:
        """The main window's last normal geometry (x, y, width, height), if remembered
        and sane; numbers only (issue 17: the window remembers where it was)."""
        value = self._value(KEY_WINDOW_GEOMETRY, "")
        parts = str(value).split(",") if value else []
        try:
            x, y, width, height = (int(p) for p in parts)
        except ValueError:
            return None
        if not (200 <= width <= 20_000 and 200 <= height <= 20_000):
            return None
        return x, y, width, height

    @window_geometry.setter
    def window_geometry(self, geometry: tuple[int, int, int, int]) -> None:
        self._write(KEY_WINDOW_GEOMETRY, ",".join(str(int(v)) for v in geometry))

    @property
    def window_maximised(self) -> bool:
        return _as_bool(self._value(KEY_WINDOW_MAXIMISED, False), False)

    @window_maximised.setter
    def window_maximised(self, maximised: bool) -> None:
        self._write(KEY_WINDOW_MAXIMISED, bool(maximised))

    # ------------------------------------------------------------------ locking
    def load_lock_settings(self) -> LockSettings:
        """A :class:`LockSettings` filled from the file."""
        return LockSettings(
            idle_timeout_s=self.idle_minutes * 60.0, lock_on_minimise=self.lock_on_minimise
        )

    def save_lock_settings(self, settings: LockSettings) -> None:
        """Write ``settings`` (idle timeout rounded to whole minutes) to the file."""
        self.idle_minutes = max(MIN_IDLE_MINUTES, round(settings.idle_timeout_s / 60))
        self.lock_on_minimise = settings.lock_on_minimise

    def keys(self) -> list[str]:
        """Every key the file holds now (for checks)."""
        if self._store is None:
            return list(self._memory)
        self._store.sync()
        return list(self._store.allKeys())

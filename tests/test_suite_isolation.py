"""The suite never writes into the real user's folders (the fixture in ``conftest.py``).

On Linux a test that forgets to redirect writes into ``~/.config``/``~/.local/share``; on
Windows into the real ``%LOCALAPPDATA%``/``%APPDATA%``. The session fixture
``disposable_user`` points every such variable into a temporary tree (and checks the real
Tafelboek folders at the end); these tests prove it is in force, here and in children.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import USER_FOLDERS, user_traces

from app.platform.settings import default_config_dir, settings_path
from app.session.context import default_vault_dir

ROOT = Path(__file__).resolve().parents[1]
_WHERE = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from app.session.context import default_vault_dir
from app.platform.settings import settings_path
print(json.dumps([str(Path.home()), str(default_vault_dir()), str(settings_path())]))
"""


def test_every_user_folder_points_into_the_disposable_user(
    disposable_user: dict[str, Path],
) -> None:
    root = disposable_user["HOME"]
    assert set(disposable_user) == set(USER_FOLDERS)
    for name, folder in disposable_user.items():
        assert os.environ[name] == str(folder), name
        assert folder.is_relative_to(root) and folder.is_dir(), name
    # What the client itself derives from them, on this platform.
    assert Path.home() == root
    assert default_vault_dir().is_relative_to(root)
    assert settings_path().is_relative_to(root)
    if sys.platform == "win32":
        assert default_vault_dir() == disposable_user["LOCALAPPDATA"] / "Tafelboek"
    else:
        assert default_vault_dir() == disposable_user["XDG_DATA_HOME"] / "Tafelboek"


def test_a_child_process_is_the_disposable_user_too(disposable_user: dict[str, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WHERE, str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    home, vault_dir, settings = (Path(p) for p in json.loads(result.stdout.splitlines()[-1]))
    root = disposable_user["HOME"]
    assert home == root
    assert vault_dir.is_relative_to(root)
    assert settings.is_relative_to(root)


def test_the_end_check_sees_what_lands_in_the_user_folders(tmp_path: Path) -> None:
    """The session's final comparison is not vacuous: a vault, a settings file or anything
    under ``%LOCALAPPDATA%``/``%APPDATA%``\\Tafelboek changes what it sees."""
    env = {
        "HOME": str(tmp_path),
        "USERPROFILE": str(tmp_path),
        "LOCALAPPDATA": str(tmp_path / "Local"),
        "APPDATA": str(tmp_path / "Roaming"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    seen = user_traces(env)
    assert all(files == [] for files in seen.values())
    for number, folder in enumerate(
        (
            default_vault_dir(env, home=tmp_path),
            default_config_dir(env, home=tmp_path),
            tmp_path / "Local" / "Tafelboek",
            tmp_path / "Roaming" / "Tafelboek",
        )
    ):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"spoor-{number}.txt").write_text("x", encoding="utf-8")
        now = user_traces(env)
        assert now != seen, folder
        seen = now

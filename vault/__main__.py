"""``python -m vault``: the vault's command line (see :mod:`vault.cli`)."""

from __future__ import annotations

import sys

from vault.cli import run

if __name__ == "__main__":
    sys.exit(run())

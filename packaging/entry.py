"""The frozen program's entry script: what ``python -m app`` does, for PyInstaller."""

import sys

from app.main import main

sys.exit(main())

"""Tafelboek desktop client (the only package that imports PySide6)."""

"""Finding files shipped with the app (data/ and resources/), also inside a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding data/ and resources/: the checkout, or PyInstaller's unpack folder."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[1]


class MissingResource(FileNotFoundError):
    """A file the app ships with is missing: the installation is incomplete."""


def resource_path(*parts: str) -> Path:
    path = app_root().joinpath("resources", *parts)
    if not path.exists():
        raise MissingResource(f"{path}: a file Rebalance needs is missing; reinstall Rebalance")
    return path

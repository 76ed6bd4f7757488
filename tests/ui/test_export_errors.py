"""Every export that fails says which file and why, in plain words (never a bare "could not be written")."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.catalogue import Catalogue
from tests.ui.conftest import open_window
from tests.ui.test_history import THREE, seed
from tests.ui.test_profile_transfer import menu_action
from tests.ui.test_wizard import to_routine
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
# what the system says -> what the person reads
PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "the folder is not writable",
    errno.EROFS: "the disk or folder is read-only",
    errno.EISDIR: "that name is a folder, not a file",
}


def failing_disk(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """The last step of every write (the rename into place) fails as the system would, with `code`."""
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)  # as core.files calls it


def warnings_of(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: warned.append(f"INFO {text}"))
    return warned


def plain(text: str, name: str, code: int) -> bool:
    """The message names the file and gives the plain reason, without the system's jargon."""
    return name in text and PLAIN[code] in text and "could not be written" not in text and "Errno" not in text


@pytest.mark.parametrize("code", list(PLAIN), ids=[errno.errorcode[code] for code in PLAIN])
def test_export_profile_says_why_it_failed(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                           monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """File ▸ Export profile… on a full, unwritable or read-only disk, or onto a folder's name: the warning names
    alex.json and says why in plain words; nothing is left behind."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    seed(window.store, catalogue, THREE[:1])
    window.home.refresh("Alex")
    out = tmp_path / "alex.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    warned = warnings_of(monkeypatch)
    failing_disk(monkeypatch, code)
    menu_action(window, "Export profile…")
    assert len(warned) == 1 and plain(warned[0], "alex.json", code), warned
    assert list(tmp_path.glob("*alex.json*")) == []
    window.store.close()


def test_routine_pdf_on_a_full_disk_says_so(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The routine page's "Export PDF to print…" on a full disk: the message names routine.pdf and says the
    disk is full."""
    out = tmp_path / "routine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    wizard, page = to_routine(window, qtbot)
    failing_disk(monkeypatch, errno.ENOSPC)
    qtbot.mouseClick(page.pdf_bar.button, LEFT)
    qtbot.waitUntil(lambda: wizard.open_prompt is not None, timeout=60000)
    assert wizard.open_prompt is not None
    assert plain(wizard.open_prompt.text(), "routine.pdf", errno.ENOSPC), wizard.open_prompt.text()
    wizard.open_prompt.reject()


def test_history_exports_say_why_they_failed(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """History's PDF re-export in a read-only folder, its CSV export in an unwritable one, and Trends' "Save
    chart as PNG…" on a full disk: each message names its file and says why."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    seed(window.store, catalogue, THREE)
    window.home.refresh("Alex")
    qtbot.mouseClick(window.home.history_button, LEFT)
    history = window.history
    assert history is not None
    sessions = history.sessions
    chosen = tmp_path / "routine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    warned = warnings_of(monkeypatch)
    failing_disk(monkeypatch, errno.EROFS)
    qtbot.mouseClick(sessions.pdf_bar.button, LEFT)
    qtbot.waitUntil(lambda: sessions.prompt is not None, timeout=60000)
    assert sessions.prompt is not None and plain(sessions.prompt.text(), "routine.pdf", errno.EROFS)
    sessions.prompt.reject()
    chosen = tmp_path / "history.csv"
    failing_disk(monkeypatch, errno.EACCES)
    qtbot.mouseClick(sessions.csv_button, LEFT)
    assert len(warned) == 1 and plain(warned[0], "history.csv", errno.EACCES), warned
    history.tabs.setCurrentWidget(history.trends)
    chosen = tmp_path / "chart.png"
    failing_disk(monkeypatch, errno.ENOSPC)
    (save,) = [b for b in history.trends.findChildren(QPushButton) if b.text() == "Save chart as PNG…"]
    qtbot.mouseClick(save, LEFT)
    assert len(warned) == 2 and plain(warned[1], "chart.png", errno.ENOSPC), warned
    window.store.close()

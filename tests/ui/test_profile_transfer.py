"""File ▸ Export profile… and Import profile…, chosen from the menu with the file dialog answered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from core.catalogue import Catalogue
from tests.ui.conftest import open_window
from tests.ui.test_history import THREE, seed
from ui.main_window import MainWindow


def menu_action(window: MainWindow, text: str) -> None:
    """Choose an entry of the File menu as a person does (the menu's own action, triggered)."""
    (menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&File"]
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert action.isEnabled()
    action.trigger()


def test_export_then_import_into_another_data_folder(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A profile exported from one data folder imports whole into another, and home shows it."""
    first = open_window(qtbot, tmp_path / "one")
    assert first.store is not None
    seed(first.store, catalogue, THREE)
    first.home.refresh("Alex")
    out = tmp_path / "alex.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    menu_action(first, "Export profile…")
    assert json.loads(out.read_text(encoding="utf-8"))["profile"]["name"] == "Alex"
    assert told and "3 assessments of Alex" in told[-1]
    first.store.close()

    second = open_window(qtbot, tmp_path / "two", profile=None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    menu_action(second, "Import profile…")
    assert second.store is not None
    assert len(second.store.session_summaries("Alex")) == 3 and second.home.current() == "Alex"
    assert "3 new assessments were added to Alex" in told[-1]
    menu_action(second, "Import profile…")  # the same file again adds no assessment, and says so
    assert len(second.store.session_summaries("Alex")) == 3
    assert "already in Alex, so none was added" in told[-1]
    second.store.close()


@pytest.mark.parametrize(("content", "expected"), [
    ("{not json", "not valid JSON at line 1"),
    ('{"format": 1, "kind": "rebalance-profile", "profile": {"name": "X"}, "sessions": [{"id": 3}]}', "sessions"),
    # a key given twice is refused as the command line refuses it, never silently the last one kept
    ('{"format": 1, "kind": "rebalance-profile", "profile": {"name": "X", "name": "Y"}, "sessions": []}',
     "profile.name: this key is given more than once"),
    ('{"format": 1, "kind": "something-else"}', "not a Rebalance profile export"),
])
def test_a_broken_profile_file_says_why_and_changes_nothing(qtbot: QtBot, tmp_path: Path, content: str,
                                                            expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that is not a valid export is refused with its reason in a message box; no profile appears."""
    window = open_window(qtbot, tmp_path / "data", profile=None)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    menu_action(window, "Import profile…")
    assert len(warned) == 1 and "broken.json was not imported" in warned[0] and expected in warned[0]
    assert "Nothing already saved was changed" in warned[0] and "answers:" not in warned[0]
    assert window.store is not None and window.store.profiles() == []
    window.store.close()


@pytest.mark.parametrize("include", [False, True])
def test_export_asks_before_including_posture_photos(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                     monkeypatch: pytest.MonkeyPatch, include: bool) -> None:
    """A profile with a posture photo: Export asks first (default No); No leaves the photo out of the file,
    Yes puts it in with its landmarks."""
    from core.posture.landmarks import Landmarks
    from core.store.photos import keep_photo

    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    seed(window.store, catalogue, THREE)
    first = window.store.session_summaries("Alex")[0].id
    keep_photo(window.store, first, Path(__file__).resolve().parents[1] / "data" / "astronaut.png",
               Landmarks("side", 512, 512).moved("c7", 250, 200))
    window.home.refresh("Alex")
    out = tmp_path / "alex.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if include else QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    menu_action(window, "Export profile…")
    assert asked and "posture photos" in asked[0]
    sessions = json.loads(out.read_text(encoding="utf-8"))["sessions"]
    photos = [photo for session in sessions for photo in session.get("photos", [])]
    assert len(photos) == (1 if include else 0)
    window.store.close()


def test_importing_known_assessments_with_new_guided_sessions_does_not_say_nothing_was_added(
        qtbot: QtBot, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same person on two computers: every assessment is already on the second, but the file carries a
    guided session done on the first since. The import adds that day, and the message does not claim
    that nothing was added."""
    from datetime import date

    from core.store.programme_log import Played, days, save_day
    from core.store.transfer import export_profile

    first = open_window(qtbot, tmp_path / "one")
    assert first.store is not None
    seed(first.store, catalogue, THREE)
    earlier, later = tmp_path / "before.json", tmp_path / "after.json"
    earlier.write_text(json.dumps(export_profile(first.store, "Alex"), default=str), encoding="utf-8")
    save_day(first.store, "Alex", date(2026, 11, 30), 3, 2, [Played("glute_bridge", "standard", ("both",))])
    later.write_text(json.dumps(export_profile(first.store, "Alex"), default=str), encoding="utf-8")
    first.store.close()

    second = open_window(qtbot, tmp_path / "two", profile=None)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    for file in (earlier, later):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, file=file, **k: (str(file), ""))
        menu_action(second, "Import profile…")
    assert second.store is not None
    assert [day.day for day in days(second.store, "Alex")] == [date(2026, 11, 30)]
    assert "already in Alex" in told[-1] and "nothing was added" not in told[-1]
    second.store.close()


def test_export_profile_refuses_to_write_over_the_database(qtbot: QtBot, tmp_path: Path, catalogue: Catalogue,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """File ▸ Export profile… with the data folder's own database chosen in the dialog says why and
    writes nothing: every profile is still there, byte for byte."""
    window = open_window(qtbot, tmp_path / "data")
    assert window.store is not None
    seed(window.store, catalogue, THREE)
    window.home.refresh("Alex")
    database = window.store.protected.files[0]
    before = database.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(database), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: warned.append(f"INFO {text}"))
    menu_action(window, "Export profile…")
    assert len(warned) == 1 and "Rebalance's own database" in warned[0]
    assert database.read_bytes() == before and len(window.store.session_summaries("Alex")) == 3
    window.store.close()

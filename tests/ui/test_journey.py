"""Any two valid assessments, saved, read right at home, in History's Open and in Compare."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.answers import parse_answers
from core.catalogue import default_catalogue
from core.engine import assess
from core.store import open_store
from tests.helpers import answers_document
from tests.strategies import answers_documents
from tests.ui.conftest import home_painted
from ui.history.sessions import SessionDialog
from ui.history.view import HistoryView
from ui.home import HomeView

CATALOGUE = default_catalogue()
DAYS = (date(2026, 11, 3), date(2026, 12, 1))


REFERRAL = answers_document(pain=None, saddle_numbness=True)
UNFINISHED = {"format": 1, "screening": {}, "observations": {}}
WITH_TESTS = answers_document({"pelvic_tilt": "anterior", "knee_extension_90_90": {"left": 40, "right": 30}})


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=answers_documents(CATALOGUE), second=answers_documents(CATALOGUE))
@example(first=WITH_TESTS, second=REFERRAL)  # every branch below runs at least once, whatever is drawn
@example(first=UNFINISHED, second=WITH_TESTS)
@example(first=WITH_TESTS, second=WITH_TESTS)
def test_two_random_assessments_read_right_everywhere(qtbot: QtBot, tmp_path_factory: Any,
                                                      first: dict[str, Any], second: dict[str, Any]) -> None:
    """Home shows the latest as what it was (a referral with its advice, or findings); History's Open shows
    its results view; Compare compares only sessions with tests and names the others."""
    store = open_store(str(tmp_path_factory.mktemp("data")))
    try:
        results = []
        for day, document in zip(DAYS, (first, second), strict=True):
            result = assess(parse_answers(document, CATALOGUE), CATALOGUE)
            store.save_session("Alex", document, result, day)
            results.append(result)
        home = HomeView()
        qtbot.addWidget(home)
        home.attach(store, CATALOGUE, "Alex")
        latest = results[-1]
        assert home.referral.isVisibleTo(home) == (latest.status == "refer")
        if latest.referral is not None:
            assert CATALOGUE.levels[latest.referral.level].action in home.referral.text()
            assert "No pattern found" not in home.summary.text()
        home_painted(qtbot, home, expect_map=latest.ok and latest.tested)  # no map of nothing tested
        if latest.ok and not latest.tested:
            assert "No test was done" in home.summary.text() and "No pattern found" not in home.summary.text()

        view = HistoryView(store, CATALOGUE, "Alex")
        qtbot.addWidget(view)
        view.show()
        qtbot.mouseClick(view.sessions.open_button, Qt.MouseButton.LeftButton)
        dialog = view.sessions.findChild(SessionDialog)
        assert dialog is not None
        shown = dialog.shown_text()
        advice = CATALOGUE.levels[latest.referral.level].action if latest.referral else "?"
        found = "Tested short: to stretch" if latest.tested else "No test was done"  # every test skipped: said so
        expected = {"refer": advice, "ok": found,
                    "incomplete": "safety questions were not finished"}[latest.status]
        assert expected in shown

        compare = view.compare
        comparable = [day for day, r in zip(DAYS, results, strict=True) if r.ok]
        assert len(compare.dates.stringList()) == len(comparable)
        assert compare.table.isVisibleTo(compare) == (len(comparable) == 2)
        left_out = [day.strftime("%d %b %Y") for day, r in zip(DAYS, results, strict=True) if not r.ok]
        assert all(day in compare.left_out.text() for day in left_out)
        assert compare.left_out.isVisibleTo(compare) == bool(left_out)
    finally:
        store.close()

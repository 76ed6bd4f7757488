"""Shared set-up: Qt runs offscreen, away from the user's own data and settings, and a skipped
test fails loudly instead of hiding."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Generator, Iterator
from typing import Any

import pytest

from core.catalogue import Catalogue, default_catalogue
from core.posture import finder

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The catalogue cache goes to a folder of this run's own, never the user's cache.
_CACHE = tempfile.mkdtemp(prefix="rebalance-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
os.environ["REBALANCE_CACHE_DIR"] = _CACHE
# Nor the user's data or settings: a test that opens the default data folder (the app without
# --data-dir) must not meet, migrate or be refused by the database of whoever runs the suite.
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
    os.environ[_variable] = os.path.join(_CACHE, _variable.lower())
os.environ.pop("REBALANCE_DATA_DIR", None)
os.environ.pop("REBALANCE_DATABASE_URL", None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    """A skip means a check did not run; CI must see that as a failure, not a pass."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped tests are not allowed: {report.longrepr}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests of the optional pose detector run (and fail if it is missing) unless the run says, with
    REBALANCE_WITHOUT_DETECTOR=1, that it checks an install without it; they are then left out, not skipped."""
    if os.environ.get("REBALANCE_WITHOUT_DETECTOR") != "1":
        return
    kept = [item for item in items if item.get_closest_marker("detector") is None]
    config.hook.pytest_deselected(items=[item for item in items if item not in kept])
    items[:] = kept


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture
def fresh_finder() -> Iterator[None]:
    """No landmark finder's process left from another test; none left behind for the next."""
    finder.shut_down()
    yield
    finder.shut_down()

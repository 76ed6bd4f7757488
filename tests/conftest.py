"""Shared set-up: Qt runs offscreen, and a skipped test fails loudly instead of hiding."""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.catalogue import Catalogue, default_catalogue


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    """A skip means a check did not run; CI must see that as a failure, not a pass."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped tests are not allowed: {report.longrepr}"


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return default_catalogue()

"""Rebalance: the command line of contract.md, or the desktop app when called without a command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _launch_app(args: argparse.Namespace) -> int:
    from ui.app import run_app  # Qt is imported only when the app is wanted

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    from core.cli import run

    return run(sys.argv[1:] if argv is None else argv, _launch_app)


if __name__ == "__main__":
    sys.exit(main())

"""Rebalance: the command line of contract.md, or the desktop app when called without a command.

Starting the app is the common case and must be quick: when the arguments name no command,
neither argparse nor the commands (and the catalogue they import) are loaded; the app's
own few options are read here. Anything else, --help included, goes to core.cli.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# No pydantic plugin (another installed package's hook) may watch a person's answers and results
# being validated; and not looking for plugins spares every command a scan of the installed packages.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"

# The desktop app's options: name -> whether it takes a value (as core.cli declares them).
APP_OPTIONS = {"--data-dir": True, "--database-url": True, "--quit-after-show": False}


def app_options(argv: Sequence[str]) -> dict[str, str] | None:
    """The app's options when argv only starts the app, else None (a command, --help, a typo).

    A flag is recorded with the value "yes"; abbreviations and anything unusual are left to
    argparse, which then starts the app through _launch_app() or explains the mistake.
    """
    found: dict[str, str] = {}
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        takes_value = APP_OPTIONS.get(name)
        if takes_value is None or (equals and not takes_value):
            return None
        if takes_value and not equals:
            value = next(items, "")
        if takes_value and (not value or value.startswith("-")):
            return None
        found[name.lstrip("-").replace("-", "_")] = value if takes_value else "yes"
    return found


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = app_options(arguments)
    if options is not None:
        from ui.app import run_app  # Qt is imported only when the app is wanted

        return run_app(data_dir=options.get("data_dir"), database_url=options.get("database_url"),
                       quit_after_show="quit_after_show" in options)

    from core.cli import run

    return run(arguments, _launch_app, _write_screenshots)


def _launch_app(args: object) -> int:
    """core.cli's way into the app (reached only when app_options() declined the arguments)."""
    from ui.app import run_app

    return run_app(data_dir=getattr(args, "data_dir", None), database_url=getattr(args, "database_url", None),
                   quit_after_show=bool(getattr(args, "quit_after_show", False)))


def _write_screenshots(out: Path) -> list[Path]:
    """core.cli's way to render every screen (the ui is imported only for this command)."""
    from ui.screenshots import write_screenshots

    return write_screenshots(out)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle: a process started by the landmark finder
        import multiprocessing  # (core/posture/finder.py) runs its work here, not the app

        multiprocessing.freeze_support()
    status = main()
    # The process is about to end: without this, Python's last garbage collections walk every
    # object the catalogue and the libraries made (about a fifth of an `assess` run, issue 16),
    # only to free memory the system takes back anyway. Frozen objects are skipped; files,
    # atexit handlers and the modules' own clean-up still run as usual.
    gc.freeze()
    sys.exit(status)

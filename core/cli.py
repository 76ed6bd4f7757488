"""The headless command line of contract.md. Imports neither Qt nor ReportLab.

Exit codes: 0 success, 2 bad input (the message names the file, the field and what was
expected; nothing is written), 1 anything else.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core import commands
from core.catalogue import CatalogueError
from core.contract import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, PAPERS
from core.files import OutputError
from core.i18n import translate
from core.jsondoc import DocumentError
from core.report.errors import ReportError
from core.store.errors import NotFound, SessionConflict, StoreError


def _force(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--force", action="store_true", help=translate("cli", "overwrite files that already exist")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rebalance",
        description=translate(
            "cli",
            "Rebalance: a muscle-balance self-assessment for back and neck pain. "
            "Without a command, the desktop app starts.",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "cli", "where the database lives (default: REBALANCE_DATA_DIR or the platform's user data folder)"
        ),
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=translate(
            "cli",
            "a shared database instead, e.g. postgresql+psycopg://host/db (default: REBALANCE_DATABASE_URL; "
            "put a password only there, since other users can see command lines)",
        ),
    )
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)  # bundle check
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    catalogue = subparsers.add_parser("catalogue", help=translate("cli", "list the catalogue's ids"))
    catalogue.add_argument("--json", action="store_true", help=translate("cli", "print the whole catalogue as JSON"))
    catalogue.set_defaults(handler=commands.cmd_catalogue)

    assess = subparsers.add_parser("assess", help=translate("cli", "screen and score an answers file"))
    assess.add_argument("answers", metavar="ANSWERS.json", help=translate("cli", "answers file, or - for stdin"))
    assess.add_argument("--json", action="store_true", help=translate("cli", "print the result document"))
    assess.set_defaults(handler=commands.cmd_assess)

    routine = subparsers.add_parser("routine", help=translate("cli", "write the printable routine as PDF"))
    routine.add_argument("answers", metavar="ANSWERS.json", help=translate("cli", "answers file, or - for stdin"))
    routine.add_argument(
        "--pdf", required=True, metavar="OUT.pdf", help=translate("cli", "file to write, or - for stdout")
    )
    routine.add_argument("--paper", choices=PAPERS, default=PAPERS[0])
    routine.add_argument(
        "--name", default=translate("cli", "you"), help=translate("cli", "whose routine it is (printed on it)")
    )
    routine.add_argument(
        "--date", metavar="YYYY-MM-DD", help=translate("cli", "the day of the assessment (default today)")
    )
    _force(routine)
    routine.set_defaults(handler=commands.cmd_routine)

    save = subparsers.add_parser("save", help=translate("cli", "assess an answers file and store the session"))
    save.add_argument("answers", metavar="ANSWERS.json", help=translate("cli", "answers file, or - for stdin"))
    save.add_argument("--profile", required=True, metavar="NAME")
    save.add_argument(
        "--date", metavar="YYYY-MM-DD", help=translate("cli", "the day of the assessment (default today)")
    )
    save.set_defaults(handler=commands.cmd_save)

    history = subparsers.add_parser("history", help=translate("cli", "list a profile's sessions and what changed"))
    history.add_argument("--profile", required=True, metavar="NAME")
    history.add_argument("--json", action="store_true", help=translate("cli", "print the history document"))
    history.set_defaults(handler=commands.cmd_history)

    export = subparsers.add_parser("export", help=translate("cli", "write a profile with all its sessions to JSON"))
    export.add_argument("--profile", required=True, metavar="NAME")
    export.add_argument("out", metavar="OUT.json", help=translate("cli", "file to write, or - for stdout"))
    export.add_argument("--with-photos", action="store_true",
                        help=translate("cli", "include the posture photos (left out unless asked: they are personal)"))
    _force(export)
    export.set_defaults(handler=commands.cmd_export)

    importer = subparsers.add_parser("import", help=translate("cli", "add a profile's sessions from an export"))
    importer.add_argument("file", metavar="IN.json", help=translate("cli", "export file, or - for stdin"))
    importer.set_defaults(handler=commands.cmd_import)

    figures = subparsers.add_parser(
        "figures", help=translate("cli", "write every illustration as SVG, and a contact sheet")
    )
    figures.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "folder to write into"))
    _force(figures)
    figures.set_defaults(handler=commands.cmd_figures)

    posture = subparsers.add_parser("posture", help=translate("cli", "measure posture from a photo"))
    posture.add_argument("photo", metavar="PHOTO", help=translate("cli", "the photo (JPEG, PNG, ...)"))
    posture.add_argument("--view", required=True, choices=("front", "back", "side"),
                         help=translate("cli", "which way the camera saw the person"))
    posture.add_argument("--landmarks", metavar="LANDMARKS.json",
                         help=translate(
                             "cli", "landmarks placed by hand, or - for stdin (default: found automatically)"))
    posture.add_argument("--json", action="store_true", help=translate("cli", "print the measurement document"))
    posture.set_defaults(handler=_posture)

    shots = subparsers.add_parser(
        "screenshots", help=translate("cli", "render every screen of the app to PNG (offscreen)")
    )
    shots.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "folder to write into"))
    _force(shots)
    return parser


def _posture(args: argparse.Namespace) -> int:
    from core.posture.command import cmd_posture

    return cmd_posture(args)


def run(argv: Sequence[str], launch_app: Callable[[argparse.Namespace], int],
        write_screenshots: Callable[[Path], Sequence[Path]]) -> int:
    """Run one command (or the app when none is given) and return the exit code.

    The two ways into the desktop app (launching it, rendering its screens) are given by
    main.py, so that core never imports the ui.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return launch_app(args)
        if args.command == "screenshots":
            return commands.cmd_screenshots(args, write_screenshots)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except DocumentError as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (NotFound, SessionConflict) as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_FAILED
    except ReportError as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_FAILED
    except CatalogueError as error:
        print(translate("cli", "error: the catalogue is broken: {message}").format(message=error), file=sys.stderr)
        return EXIT_FAILED
    except OutputError as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # a file that cannot be written: one line, the path and the reason
        where = f"{error.filename}: " if error.filename else ""
        reason = error.strerror or str(error)
        print(translate("cli", "error: {message}").format(message=f"{where}{reason}"), file=sys.stderr)
        return EXIT_FAILED

"""The headless command line of contract.md. Imports neither Qt nor ReportLab.

Exit codes: 0 success, 2 bad input (the message names the file, the field and what was
expected; nothing is written), 1 anything else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.answers import AnswersError, read_answers
from core.catalogue import CatalogueError, default_catalogue
from core.files import write_atomically
from core.i18n import translate
from core.store.errors import NotFound, StoreError

if TYPE_CHECKING:
    from core.store.repository import Store

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _print_json(document: Any) -> None:
    json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def cmd_catalogue(args: argparse.Namespace) -> int:
    from core.summary import catalogue_document, catalogue_summary

    catalogue = default_catalogue()
    if args.json:
        _print_json(catalogue_document(catalogue))
    else:
        sys.stdout.write(catalogue_summary(catalogue))
    return EXIT_OK


def cmd_assess(args: argparse.Namespace) -> int:
    from core.engine import assess
    from core.summary import result_summary

    catalogue = default_catalogue()
    result = assess(read_answers(args.answers, catalogue), catalogue)
    if args.json:
        _print_json(result)
    else:
        sys.stdout.write(result_summary(result, catalogue))
    return EXIT_OK


def _store(args: argparse.Namespace) -> Store:
    from core.store import open_store

    return open_store(args.data_dir, args.database_url)


def _date(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise AnswersError("--date", f"expected a date YYYY-MM-DD, got '{text}'") from error


def cmd_save(args: argparse.Namespace) -> int:
    from core.engine import assess

    catalogue = default_catalogue()
    taken_on = _date(args.date)
    answers = read_answers(args.answers, catalogue)
    result = assess(answers, catalogue)
    session_id = _store(args).save_session(args.profile, answers.document, result, taken_on)
    print(
        translate("cli", "Saved session {id} for {name} on {date} (status: {status}).").format(
            id=session_id, name=args.profile, date=taken_on.isoformat(), status=result["status"]
        )
    )
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from core.history import history_document, history_summary

    catalogue = default_catalogue()
    document = history_document(_store(args), args.profile, catalogue)
    if args.json:
        _print_json(document)
    else:
        sys.stdout.write(history_summary(document, catalogue))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from core.store.transfer import export_profile

    document = export_profile(_store(args), args.profile)
    text = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        write_atomically(Path(args.out), text.encode("utf-8"))
        print(
            translate("cli", "Exported {count} sessions of {name} to {file}.").format(
                count=len(document["sessions"]), name=args.profile, file=args.out
            )
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from core.store.transfer import import_profile

    source = "<stdin>" if args.file == "-" else args.file
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AnswersError("(file)", f"cannot be read as JSON: {error}", source) from error
    try:
        name, added = import_profile(_store(args), document, default_catalogue())
    except AnswersError as error:
        raise error.with_source(source) from None
    print(translate("cli", "Imported {added} new sessions into {name}.").format(added=added, name=name))
    return EXIT_OK


def cmd_routine(args: argparse.Namespace) -> int:
    from core.engine import assess
    from core.report.model import build_report
    from core.report.render import render_pdf

    catalogue = default_catalogue()
    out = Path(args.pdf)
    if args.pdf != "-" and not out.parent.is_dir():
        raise AnswersError("--pdf", f"the folder {out.parent} does not exist")
    answers = read_answers(args.answers, catalogue)
    result = assess(answers, catalogue)
    report = build_report(result, catalogue, args.name, _date(args.date))
    data = render_pdf(report, args.paper)
    if args.pdf == "-":
        sys.stdout.buffer.write(data)
    else:
        write_atomically(out, data)
        print(
            translate("cli", "Wrote the {status} routine to {file}.").format(status=result["status"], file=out),
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    from core.figures.export import write_figures

    out = Path(args.out)
    written = write_figures(default_catalogue(), out)
    print(translate("cli", "wrote {count} pictures and a contact sheet to {folder}").format(count=written, folder=out))
    return EXIT_OK


def cmd_screenshots(args: argparse.Namespace) -> int:
    from ui.screenshots import write_screenshots

    written = write_screenshots(Path(args.out))
    print(translate("cli", "wrote {count} screenshots to {folder}").format(count=len(written), folder=args.out))
    return EXIT_OK


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
            "cli", "a shared database instead, e.g. postgresql+psycopg://host/db (default: REBALANCE_DATABASE_URL)"
        ),
    )
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)  # bundle check
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    catalogue = commands.add_parser("catalogue", help=translate("cli", "list the catalogue's ids"))
    catalogue.add_argument("--json", action="store_true", help=translate("cli", "print the whole catalogue as JSON"))
    catalogue.set_defaults(handler=cmd_catalogue)

    assess = commands.add_parser("assess", help=translate("cli", "screen and score an answers file"))
    assess.add_argument("answers", metavar="ANSWERS.json", help=translate("cli", "answers file, or - for stdin"))
    assess.add_argument("--json", action="store_true", help=translate("cli", "print the result document"))
    assess.set_defaults(handler=cmd_assess)

    routine = commands.add_parser("routine", help=translate("cli", "write the printable routine as PDF"))
    routine.add_argument("answers", metavar="ANSWERS.json", help=translate("cli", "answers file, or - for stdin"))
    routine.add_argument(
        "--pdf", required=True, metavar="OUT.pdf", help=translate("cli", "file to write, or - for stdout")
    )
    routine.add_argument("--paper", choices=("a4", "letter"), default="a4")
    routine.add_argument(
        "--name", default=translate("cli", "you"), help=translate("cli", "whose routine it is (printed on it)")
    )
    routine.add_argument(
        "--date", metavar="YYYY-MM-DD", help=translate("cli", "the day of the assessment (default today)")
    )
    routine.set_defaults(handler=cmd_routine)

    save = commands.add_parser("save", help=translate("cli", "assess an answers file and store the session"))
    save.add_argument("answers", metavar="ANSWERS.json", help=translate("cli", "answers file, or - for stdin"))
    save.add_argument("--profile", required=True, metavar="NAME")
    save.add_argument(
        "--date", metavar="YYYY-MM-DD", help=translate("cli", "the day of the assessment (default today)")
    )
    save.set_defaults(handler=cmd_save)

    history = commands.add_parser("history", help=translate("cli", "list a profile's sessions and what changed"))
    history.add_argument("--profile", required=True, metavar="NAME")
    history.add_argument("--json", action="store_true", help=translate("cli", "print the history document"))
    history.set_defaults(handler=cmd_history)

    export = commands.add_parser("export", help=translate("cli", "write a profile with all its sessions to JSON"))
    export.add_argument("--profile", required=True, metavar="NAME")
    export.add_argument("out", metavar="OUT.json", help=translate("cli", "file to write, or - for stdout"))
    export.set_defaults(handler=cmd_export)

    importer = commands.add_parser("import", help=translate("cli", "add a profile's sessions from an export"))
    importer.add_argument("file", metavar="IN.json", help=translate("cli", "export file, or - for stdin"))
    importer.set_defaults(handler=cmd_import)

    figures = commands.add_parser(
        "figures", help=translate("cli", "write every illustration as SVG, and a contact sheet")
    )
    figures.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "folder to write into"))
    figures.set_defaults(handler=cmd_figures)

    shots = commands.add_parser(
        "screenshots", help=translate("cli", "render every screen of the app to PNG (offscreen)")
    )
    shots.add_argument("--out", required=True, metavar="DIR", help=translate("cli", "folder to write into"))
    shots.set_defaults(handler=cmd_screenshots)
    return parser


def run(argv: Sequence[str], launch_app: Callable[[argparse.Namespace], int]) -> int:
    """Run one command (or the app when none is given) and return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return launch_app(args)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except AnswersError as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except NotFound as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        print(translate("cli", "error: {message}").format(message=error), file=sys.stderr)
        return EXIT_FAILED
    except CatalogueError as error:
        print(translate("cli", "error: the catalogue is broken: {message}").format(message=error), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK

"""The headless command line of contract.md. Imports neither Qt nor ReportLab.

Exit codes: 0 success, 2 bad input (the message names the file, the field and what was
expected; nothing is written), 1 anything else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.answers import AnswersError, read_answers
from core.catalogue import CatalogueError, default_catalogue
from core.i18n import translate

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _t(text: str) -> str:
    return translate("cli", text)


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


def cmd_figures(args: argparse.Namespace) -> int:
    from core.figures.export import write_figures

    out = Path(args.out)
    written = write_figures(default_catalogue(), out)
    print(_t("wrote {count} pictures and a contact sheet to {folder}").format(
        count=written, folder=out))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rebalance",
        description=_t("Rebalance: a muscle-balance self-assessment for back and neck pain. "
                       "Without a command, the desktop app starts."),
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_t("where the database lives (default: REBALANCE_DATA_DIR or the "
                                "platform's user data folder)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    catalogue = commands.add_parser("catalogue", help=_t("list the catalogue's ids"))
    catalogue.add_argument("--json", action="store_true", help=_t("print the whole catalogue as JSON"))
    catalogue.set_defaults(handler=cmd_catalogue)

    assess = commands.add_parser("assess", help=_t("screen and score an answers file"))
    assess.add_argument("answers", metavar="ANSWERS.json", help=_t("answers file, or - for stdin"))
    assess.add_argument("--json", action="store_true", help=_t("print the result document"))
    assess.set_defaults(handler=cmd_assess)

    figures = commands.add_parser("figures", help=_t("write every illustration as SVG, and a contact sheet"))
    figures.add_argument("--out", required=True, metavar="DIR", help=_t("folder to write into"))
    figures.set_defaults(handler=cmd_figures)
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
        print(_t("error: {message}").format(message=error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except CatalogueError as error:
        print(_t("error: the catalogue is broken: {message}").format(message=error), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK

"""What each command of the command line does; core.cli parses the arguments and calls these."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.answers import AnswersError, read_answers
from core.catalogue import default_catalogue
from core.contract import EXIT_OK
from core.files import Protected, check_output_file, check_output_folder, write_atomically
from core.i18n import translate
from core.jsondoc import DocumentError, read_document
from core.names import profile_name

if TYPE_CHECKING:
    from core.store.repository import Store


def _print_json(document: Any) -> None:
    json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _emit(as_json: bool, document: Any, plain: Callable[[], str]) -> int:
    """Print the document as JSON, or its plain-text view for a terminal."""
    if as_json:
        _print_json(document)
    else:
        sys.stdout.write(plain())
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from core.summary import catalogue_document, catalogue_summary

    catalogue = default_catalogue()
    return _emit(args.json, catalogue_document(catalogue), lambda: catalogue_summary(catalogue))


def cmd_assess(args: argparse.Namespace) -> int:
    from core.engine import assess
    from core.summary import result_summary

    catalogue = default_catalogue()
    result = assess(read_answers(args.answers, catalogue), catalogue)
    return _emit(args.json, result.to_document(), lambda: result_summary(result, catalogue))


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    """The store for one command, closed after it: closing merges SQLite's write-ahead log back
    into the database file, so the file alone holds everything once the command ends."""
    from core.store import open_store

    store = open_store(args.data_dir, args.database_url)
    try:
        yield store
    finally:
        store.close()


def _protected(args: argparse.Namespace) -> Protected:
    from core.store.location import locate

    return locate(args.data_dir, args.database_url).protected()


def _output_file(args: argparse.Namespace, name: str) -> Path | None:
    """The checked target of a command that writes one file; None for standard output."""
    if name == "-":
        return None
    path = Path(name)
    check_output_file(path, _protected(args), args.force)
    return path


def _output_folder(args: argparse.Namespace) -> Path:
    folder = Path(args.out)
    check_output_folder(folder, _protected(args), args.force)
    return folder


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
    profile = profile_name(args.profile, "--profile")
    answers = read_answers(args.answers, catalogue)
    result = assess(answers, catalogue)
    with _store(args) as store:
        session_id = store.save_session(profile, answers.document, result, taken_on)
    print(
        translate("cli", "Saved session {id} for {name} on {date} (status: {status}).").format(
            id=session_id, name=profile, date=taken_on.isoformat(), status=result.status
        )
    )
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from core.history import history_document, history_summary

    catalogue = default_catalogue()
    with _store(args) as store:
        document = history_document(store, args.profile, catalogue)
    return _emit(args.json, document, lambda: history_summary(document, catalogue))


def cmd_export(args: argparse.Namespace) -> int:
    from core.store.transfer import export_profile

    out = _output_file(args, args.out)
    with _store(args) as store:
        document = export_profile(store, args.profile, args.with_photos)
    text = json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomically(out, text.encode("utf-8"))
        print(
            translate("cli", "Exported {count} sessions of {name} to {file}.").format(
                count=len(document["sessions"]), name=args.profile, file=args.out
            )
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from core.store.transfer import import_checked, validate_export

    document, source = read_document(args.file)
    try:
        checked = validate_export(document, default_catalogue())  # before the database is even opened
        with _store(args) as store:
            name, added = import_checked(store, checked)
    except DocumentError as error:
        raise error.with_source(source) from None
    print(translate("cli", "Imported {added} new sessions into {name}.").format(added=added, name=name))
    return EXIT_OK


def _written(status: str) -> str:
    """What was written, in the words the person sees on the first page."""
    if status == "refer":
        return translate("cli", "Wrote the letter for the doctor to {file}.")
    if status == "incomplete":
        return translate("cli", "Wrote the page that says what is missing to {file}.")
    return translate("cli", "Wrote the routine to {file}.")


def _keep_loaded() -> None:
    """What is loaded by now (modules, the catalogue) lives until the command exits: keep it out
    of the garbage collector's full passes, which would scan all of it again (one such pass took
    40-50 ms of a `routine --pdf`, 60 ms of `figures`). The app does the same once its data has
    loaded. Once per process: a test calling commands in-process freezes only once."""
    if not gc.get_freeze_count():
        gc.freeze()


def cmd_routine(args: argparse.Namespace) -> int:
    from core.engine import assess
    from core.report.render import routine_pdf

    catalogue = default_catalogue()
    _keep_loaded()
    out = _output_file(args, args.pdf)
    answers = read_answers(args.answers, catalogue)
    result = assess(answers, catalogue)
    data = routine_pdf(result, catalogue, args.name, _date(args.date), args.paper)
    if out is None:
        sys.stdout.buffer.write(data)
    else:
        write_atomically(out, data)
        print(_written(result.status).format(file=out), file=sys.stderr)
    return EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    from core.figures.export import write_figures

    out = _output_folder(args)
    catalogue = default_catalogue()
    _keep_loaded()
    written = write_figures(catalogue, out)
    print(translate("cli", "wrote {count} pictures and a contact sheet to {folder}").format(count=written, folder=out))
    return EXIT_OK


def cmd_screenshots(args: argparse.Namespace, write_screenshots: Callable[[Path], Sequence[Path]]) -> int:
    """Every screen to PNG, by the writer main.py registers (core never imports the ui)."""
    written = write_screenshots(_output_folder(args))
    print(translate("cli", "wrote {count} screenshots to {folder}").format(count=len(written), folder=args.out))
    return EXIT_OK

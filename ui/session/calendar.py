"""Home's "Add to my calendar…": the programme's days as an .ics file, where the person chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.files import write_atomically
from core.programme.calendar import programme_calendar
from ui.output import checked_output, reason_of
from ui.session.panel import ProgrammePanel


def export_calendar(panel: ProgrammePanel, parent: QWidget) -> Path | None:
    """Ask where, write the file (never over the database), and say how to use it."""
    programme, store, catalogue = panel.programme, panel.store, panel.catalogue
    if programme is None or store is None or catalogue is None:
        return None
    tr = panel.tr
    path, _ = QFileDialog.getSaveFileName(parent, tr("Add the exercise days to a calendar"),
                                          str(Path.home() / f"Rebalance {panel.profile}.ics"),
                                          tr("Calendar files (*.ics)"))
    target = checked_output(parent, path, store.protected) if path else None
    if target is None:
        return None
    names = {exercise_id: exercise.name for exercise_id, exercise in catalogue.exercises.items()}
    try:
        data = programme_calendar(programme, panel.profile, panel.today(), catalogue.programme, names)
        write_atomically(target, data)
    except Exception as error:
        QMessageBox.warning(parent, tr("The calendar file was not written"),
                            tr("{file} was not written: {reason}").format(file=target.name, reason=reason_of(error)))
        return None
    QMessageBox.information(parent, tr("Calendar file saved"), tr(
        "Saved {file}. Open it, or import it in your phone's or computer's calendar: each exercise day is an "
        "event at 18:00 with a reminder (move them to a time that suits you), and the re-assessment is on "
        "its day.").format(file=target.name))
    return target

"""The inputs of one test, built from its catalogue entry: per side where the test has sides.

A measured value is typed (or filled by the hold timer); anything out of range is refused
with a message beside the field, and the page cannot go on until it is fixed or skipped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.catalogue.models import Test
from ui.widgets.hold_timer import HoldTimer


class _Field(QWidget):
    changed = Signal()

    def value(self) -> Any | None:
        raise NotImplementedError

    def set_value(self, value: Any | None) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None


class ChoiceField(_Field):
    def __init__(self, test: Test, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._values: list[Any] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        options = ([(c.value, c.label) for c in test.input.choices] if test.input.kind == "choice"
                   else [(True, self.tr("Yes")), (False, self.tr("No"))])
        for index, (value, label) in enumerate(options):
            button = QRadioButton(label)
            button.setAccessibleName(f"{test.title}, {where}: {label}" if where else f"{test.title}: {label}")
            self._group.addButton(button, index)
            self._values.append(value)
            layout.addWidget(button)
        self._group.idClicked.connect(lambda _id: self.changed.emit())

    def value(self) -> Any | None:
        checked = self._group.checkedId()
        return None if checked < 0 else self._values[checked]

    def set_value(self, value: Any | None) -> None:
        self._group.setExclusive(False)
        for index, button in enumerate(self._group.buttons()):
            button.setChecked(value is not None and self._values[index] == value)
        self._group.setExclusive(True)


class NumberField(_Field):
    def __init__(self, test: Test, where: str, parent: QWidget | None = None, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        spec = test.input
        assert spec.min is not None and spec.max is not None
        self._low, self._high, self._whole = spec.min, spec.max, spec.kind == "reps"
        units = {"degrees": self.tr("degrees"), "seconds": self.tr("seconds"), "reps": self.tr("times")}
        name = f"{test.title}, {where}" if where else test.title
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(self.tr("A number from {low} to {high} {unit}").format(
            low=f"{self._low:g}", high=f"{self._high:g}", unit=units[spec.kind]))
        self.edit.setPlaceholderText(f"{self._low:g}–{self._high:g}")
        self.edit.setMaximumWidth(110)
        self.edit.textChanged.connect(self._on_text)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(QLabel(units[spec.kind]))
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.timer: HoldTimer | None = None
        if spec.kind == "seconds":
            cap = int(test.cap.value) if test.cap is not None else None
            self.timer = HoldTimer(name, tick_ms=tick_ms, cap=cap)
            self.timer.finished.connect(lambda seconds: self.edit.setText(str(seconds)))
            layout.addWidget(self.timer)

    def _parse(self) -> float | None:
        text = self.edit.text().strip().replace(",", ".")
        if not text:
            return None
        return float(text)

    def problem(self) -> str | None:
        try:
            number = self._parse()
        except ValueError:
            return self.tr("Enter a number")
        if number is None:
            return None
        if self._whole and number != int(number):
            return self.tr("Enter a whole number")
        if not self._low <= number <= self._high:
            return self.tr("Enter a number from {low} to {high}").format(low=f"{self._low:g}",
                                                                         high=f"{self._high:g}")
        return None

    def value(self) -> Any | None:
        if self.problem() is not None:
            return None
        number = self._parse()
        if number is None:
            return None
        return int(number) if number == int(number) else number

    def set_value(self, value: Any | None) -> None:
        # exact: a resumed draft must show the very number that was stored, not 6 significant digits
        self.edit.setText("" if value is None else str(int(value)) if float(value).is_integer() else repr(float(value)))

    def _on_text(self) -> None:
        self.message.setText(self.problem() or "")
        self.changed.emit()


class TestInputs(QWidget):
    """All inputs of one test and its "could not do this test" box."""

    changed = Signal()

    def __init__(self, test: Test, parent: QWidget | None = None, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.test = test
        self.fields: dict[str | None, _Field] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        sides: list[tuple[str | None, str]] = (
            [("left", self.tr("Left")), ("right", self.tr("Right"))] if test.input.sided else [(None, "")])
        row = QHBoxLayout()
        for side, label in sides:
            field: _Field = (NumberField(test, label, tick_ms=tick_ms) if test.input.is_numeric
                             else ChoiceField(test, label))
            field.changed.connect(self.changed)
            self.fields[side] = field
            if side is None:
                row.addWidget(field)
            else:
                box = QGroupBox(label)
                inner = QVBoxLayout(box)
                inner.addWidget(field)
                row.addWidget(box)
        layout.addLayout(row)
        self.skip = QCheckBox(self.tr("I could not do this test"))
        self.skip.setAccessibleDescription(self.tr("Tick to leave this test out; the results will say it "
                                                   "was not done."))
        self.skip.toggled.connect(self._on_skip)
        layout.addWidget(self.skip)

    def _on_skip(self, skipped: bool) -> None:
        for field in self.fields.values():
            field.setEnabled(not skipped)
        self.changed.emit()

    def is_complete(self) -> bool:
        if self.skip.isChecked():
            return True
        return all(f.problem() is None and f.value() is not None for f in self.fields.values())

    def answer(self) -> Any | None:
        """The test's value for the answers document, or None when skipped or empty."""
        if self.skip.isChecked():
            return None
        if None in self.fields:
            return self.fields[None].value()
        sides = {side: field.value() for side, field in self.fields.items()}
        return {side: value for side, value in sides.items() if value is not None} or None

    def load(self, value: Any | None, skipped: bool) -> None:
        for side, field in self.fields.items():
            field.set_value(value.get(side) if isinstance(value, dict) else value if side is None else None)
        self.skip.setChecked(skipped)

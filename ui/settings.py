"""Every setting declared once, typed, with its default and its title (after Picard's options.py).

Two kinds: PREFERENCES, which the Preferences dialog shows (built from these declarations,
titles and choices included), and UI_STATE, which the app remembers for itself. Stored in
an INI file in the data folder when one is named (--data-dir or REBALANCE_DATA_DIR), beside
the database, so a profile folder moved to another machine keeps its preferences and tests
use a throwaway folder; else in the platform's settings store.

To add a preference: declare one Option below and add it to PREFERENCES.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QSettings

from core import contract
from core.i18n import QT_TRANSLATE_NOOP
from core.store.location import data_folder

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    title: str = ""  # what Preferences calls it (translated on display); "" for remembered UI state
    choices: tuple[tuple[T, str], ...] = ()  # (value, label to translate); empty: any value of T

    @property
    def values(self) -> tuple[T, ...]:
        return tuple(value for value, _label in self.choices)

    def label(self, value: T) -> str:
        """A choice's label in the reader's language."""
        text = next((label for choice, label in self.choices if choice == value), str(value))
        return QCoreApplication.translate("settings", text)


PAPER: Option[str] = Option(
    "print/paper", "a4", QT_TRANSLATE_NOOP("settings", "Paper size for printing:"),
    tuple(zip(contract.PAPERS, (QT_TRANSLATE_NOOP("settings", "A4"), QT_TRANSLATE_NOOP("settings", "Letter")),
              strict=True)))
THEME: Option[str] = Option(
    "display/theme", "light", QT_TRANSLATE_NOOP("settings", "Colours:"),
    (("light", QT_TRANSLATE_NOOP("settings", "Light")), ("dark", QT_TRANSLATE_NOOP("settings", "Dark")),
     ("high_contrast", QT_TRANSLATE_NOOP("settings", "High contrast"))))
TEXT_SCALE: Option[int] = Option(
    "display/text_scale", 100, QT_TRANSLATE_NOOP("settings", "Text size:"),
    tuple((percent, f"{percent} %") for percent in (100, 115, 130, 150)))
TIMER_SOUND: Option[bool] = Option(  # a tone when a hold starts and stops
    "timer/sound", True,
    QT_TRANSLATE_NOOP("settings", "Play a tone when a timed hold starts and stops (assessment and exercises)"))

PREFERENCES: tuple[Option[Any], ...] = (PAPER, THEME, TEXT_SCALE, TIMER_SOUND)

LAST_PROFILE: Option[str] = Option("home/last_profile", "")
WELCOME_SEEN: Option[bool] = Option("home/welcome_seen", False)

UI_STATE: tuple[Option[Any], ...] = (LAST_PROFILE, WELCOME_SEEN)


class Settings:
    """Typed access to the options; an unknown or out-of-choice stored value reads as default."""

    def __init__(self, folder: Path | None = None) -> None:
        if folder is None:
            self._store = QSettings("Rebalance", "Rebalance")
        else:
            folder.mkdir(parents=True, exist_ok=True)
            self._store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    @classmethod
    def for_data_dir(cls, data_dir: str | None = None) -> Settings:
        """The settings that go with the data: in the data folder --data-dir or REBALANCE_DATA_DIR names."""
        return cls(data_folder(data_dir))

    def get(self, option: Option[T]) -> T:
        raw = self._store.value(option.key, option.default)
        value: Any
        try:
            if isinstance(option.default, bool):
                value = str(raw).lower() in ("true", "1")
            elif isinstance(option.default, int):
                value = int(str(raw))
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return option.default
        if option.choices and value not in option.values:
            return option.default
        return cast(T, value)

    def set(self, option: Option[T], value: T) -> None:
        self._store.setValue(option.key, value)
        self._store.sync()

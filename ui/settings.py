"""Every preference declared once, typed, with its default (after Picard's options.py).

Stored in an INI file beside the database, so a profile folder moved to another machine
keeps its preferences, and tests can use a throwaway folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    choices: tuple[T, ...] = ()


PAPER: Option[str] = Option("print/paper", "a4", ("a4", "letter"))
THEME: Option[str] = Option("display/theme", "light", ("light", "dark", "high_contrast"))
TEXT_SCALE: Option[int] = Option("display/text_scale", 100, (100, 115, 130, 150))
TIMER_SOUND: Option[bool] = Option("timer/sound", True)  # a tone when a hold starts and stops
LAST_PROFILE: Option[str] = Option("home/last_profile", "")
WELCOME_SEEN: Option[bool] = Option("home/welcome_seen", False)

OPTIONS: tuple[Option[Any], ...] = (PAPER, THEME, TEXT_SCALE, TIMER_SOUND, LAST_PROFILE, WELCOME_SEEN)


class Settings:
    """Typed access to the options; an unknown or out-of-choice stored value reads as default."""

    def __init__(self, folder: Path | None = None) -> None:
        if folder is None:
            self._store = QSettings("Rebalance", "Rebalance")
        else:
            folder.mkdir(parents=True, exist_ok=True)
            self._store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

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
        if option.choices and value not in option.choices:
            return option.default
        return cast(T, value)

    def set(self, option: Option[T], value: T) -> None:
        self._store.setValue(option.key, value)
        self._store.sync()

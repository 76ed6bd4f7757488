"""A translation hook for text the core produces.

The core must not import Qt, yet its summaries are shown in the Qt app. The app installs
Qt's translator here at start; on the command line the text passes through unchanged.
"""

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator) -> None:
    """Route every core string through *translator* (for example QCoreApplication.translate)."""
    global _translator
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for extraction; it is translated where it is shown."""
    return text


def translate(context: str, text: str) -> str:
    """Return *text* in the user's language; *context* groups strings for translators."""
    return _translator(context, text)

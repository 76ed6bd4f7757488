"""What a profile name may be: what a person would call someone, safe to print and to put in a file name.

Names reach terminals (ANSI escapes), file names of exported routines (``/``, ``../``) and
screens (a right-to-left override turns "Alex.pdf" around), so they are checked once here
for every way a profile is created or renamed: the app, ``save --profile`` and ``import``.
"""

from __future__ import annotations

from typing import Any

from core.i18n import translate
from core.jsondoc import DocumentError

MAX_NAME = 80
PATH_SEPARATORS = frozenset("/\\")


def profile_name(text: Any, where: str = "name") -> str:
    """The trimmed name, or DocumentError(where, why): 1–80 printable characters, no slashes."""
    if not isinstance(text, str):
        raise DocumentError(where, translate("names", "expected a name in quotes"), "profile")
    name = text.strip()
    if not name:
        raise DocumentError(where, translate("names", "a name cannot be empty"), "profile")
    if len(name) > MAX_NAME:
        raise DocumentError(where, translate("names", "a name has at most {most} characters, this one has {count}")
                            .format(most=MAX_NAME, count=len(name)), "profile")
    for char in name:
        if char in PATH_SEPARATORS:
            raise DocumentError(where, translate(
                "names", "a name cannot contain “{char}”").format(char=char), "profile")
        if not char.isprintable():
            raise DocumentError(where, translate(
                "names", "a name cannot contain a hidden control character (U+{code:04X})").format(code=ord(char)),
                "profile")
    return name

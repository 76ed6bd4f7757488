"""One strict JSON reader for every document Rebalance reads (answers, exports, landmarks).

Python's json module is lenient where a health record must not be: a key given twice keeps
the last value (``"saddle_numbness": true, "saddle_numbness": false`` would read as no red
flag), NaN and Infinity are accepted, 1e400 becomes infinity, a 5,000-digit integer or a
list nested a thousand deep crash the reader. Here each of these is bad input that names
the field, and nothing downstream ever sees such a value.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

MAX_DEPTH = 32
MAX_INTEGER = 2**53 - 1  # the largest integer every JSON reader keeps exactly


class DocumentError(ValueError):
    """Bad input: names the source, the field and what was expected."""

    def __init__(self, field_path: str, message: str, source: str = "document") -> None:
        self.field_path = field_path
        self.message = message
        self.source = source
        super().__init__(f"{source}: {field_path}: {message}")

    def with_source(self, source: str) -> DocumentError:
        return _remade(type(self), self.field_path, self.message, source)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled by its fields, whatever a subclass's constructor takes: a photo's error found in the
        landmark finder's own process reaches the app's as the same error with the same message."""
        return _remade, (type(self), self.field_path, self.message, self.source), self.__dict__


def _remade(kind: type[DocumentError], field_path: str, message: str, source: str) -> DocumentError:
    """An error of this kind with these fields, without calling the subclass's own constructor."""
    error = kind.__new__(kind)
    DocumentError.__init__(error, field_path, message, source)
    return error


class _Duplicated(dict[str, Any]):
    """An object in which a key was given twice; the walk below names it."""

    def __init__(self, pairs: list[tuple[str, Any]], key: str) -> None:
        super().__init__(pairs)
        self.duplicate = key


class _Rejected:
    """A number JSON must not carry here (NaN, Infinity, an overflowing float, a huge integer)."""

    def __init__(self, text: str, why: str) -> None:
        self.text = text if len(text) <= 24 else f"{text[:20]}… ({len(text)} characters)"
        self.why = why


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            return _Duplicated(pairs, key)
        seen.add(key)
    return dict(pairs)


def _constant(text: str) -> _Rejected:
    return _Rejected(text, "is not a number JSON allows")


def _float(text: str) -> float | _Rejected:
    value = float(text)
    return value if math.isfinite(value) else _Rejected(text, "is too large a number")


def _int(text: str) -> int | _Rejected:
    if len(text.lstrip("-")) > len(str(MAX_INTEGER)):
        return _Rejected(text, "is too large a number")
    value = int(text)
    return value if abs(value) <= MAX_INTEGER else _Rejected(text, "is too large a number")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]" if path else f"[{key}]"
    return f"{path}.{key}" if path else key


def _check(document: Any) -> None:
    """Walk the tree without recursion, naming the first faulty value's path."""
    pending: list[tuple[Any, str, int]] = [(document, "", 1)]
    while pending:
        value, path, depth = pending.pop()
        if isinstance(value, _Rejected):
            raise DocumentError(path or "(document)", f"{value.text} {value.why}")
        if depth > MAX_DEPTH and isinstance(value, dict | list):
            raise DocumentError(path, f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, str) and not _encodable(value):
            raise DocumentError(path or "(document)", "contains a broken character (a lone UTF-16 surrogate)")
        if isinstance(value, _Duplicated):
            raise DocumentError(_child(path, value.duplicate), "this key is given more than once")
        if isinstance(value, dict):
            for key in value:
                if not _encodable(key):
                    raise DocumentError(path or "(document)", "a key contains a broken character (a lone surrogate)")
            pending.extend((item, _child(path, key), depth + 1) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            pending.extend((item, _child(path, index), depth + 1)
                           for index, item in reversed(list(enumerate(value))))


def _too_deep(text: str) -> str:
    """The path at which the text nests deeper than MAX_DEPTH (only run when the parser gave up)."""
    stack: list[list[Any]] = []  # [opening bracket, key or index, expecting a key]
    index = 0
    while index < len(text):
        char = text[index]
        if char == '"':
            end = index + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if stack and stack[-1][0] == "{" and stack[-1][2]:
                try:
                    stack[-1][1] = json.loads(text[index:end + 1])
                except json.JSONDecodeError:
                    stack[-1][1] = text[index + 1:end]
                stack[-1][2] = False
            index = end
        elif char in "[{":
            if len(stack) >= MAX_DEPTH:
                break
            stack.append([char, 0 if char == "[" else "", char == "{"])
        elif char in "]}" and stack:
            stack.pop()
        elif char == "," and stack:
            if stack[-1][0] == "[":
                stack[-1][1] += 1
            else:
                stack[-1][2] = True
        index += 1
    path = ""
    for _, key, _ in stack:
        path = _child(path, key)
    return path or "(document)"


def loads(text: str, source: str = "document") -> Any:
    """Decode a JSON text strictly; raises DocumentError naming the source and the field."""
    try:
        document = json.loads(text, object_pairs_hook=_object, parse_constant=_constant,
                              parse_float=_float, parse_int=_int)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise DocumentError("(file)", f"not valid JSON at {where}: {error.msg}", source) from None
    except RecursionError:
        raise DocumentError(_too_deep(text), f"nested more than {MAX_DEPTH} levels deep", source) from None
    try:
        _check(document)
    except DocumentError as error:
        raise error.with_source(source) from None
    return document


def read_document(path: str) -> tuple[Any, str]:
    """(the decoded document, its name for messages) from a file, or standard input for ``-``."""
    source = "<stdin>" if path == "-" else path
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DocumentError("(file)", f"cannot be read: {error}", source) from None
    return loads(text, source), source

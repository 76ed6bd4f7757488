"""The parsed YAML of data/, kept on disk as JSON so the next start need not parse it again.

Only the parse is saved, never the validated catalogue: every start still validates and
cross-checks the documents with the current code, so a cached catalogue is the catalogue.
The cache is keyed by a hash of every data file's name and bytes and of the parser's
version. A cache that is missing, corrupt, stale, not the user's own, writable by others or
unreadable is ignored and rewritten; failing to write it is never an error. JSON holds only
data (no code runs on reading it), and a document that JSON cannot hold exactly (a date,
NaN, a number as a key) is never cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

FORMAT = 1
FILE_NAME = "catalogue-documents.json"


def cache_folder() -> Path:
    """REBALANCE_CACHE_DIR, or the platform's per-user cache folder."""
    folder = os.environ.get("REBALANCE_CACHE_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("Rebalance", "Rebalance")
    return Path(folder)


def data_key(data_dir: Path) -> str:
    """A hash of every YAML file under data_dir (its relative name and its bytes) and of the parser."""
    digest = hashlib.sha256(f"{FORMAT} {yaml.__version__} {yaml.__with_libyaml__}".encode())
    for path in sorted(data_dir.rglob("*.yaml")):
        name = path.relative_to(data_dir).as_posix().encode()
        content = path.read_bytes()
        digest.update(b"%d:%s%d:" % (len(name), name, len(content)))
        digest.update(content)
    return digest.hexdigest()


def _trusted(file: Path) -> bool:
    """Only the user's own file, which nobody else can write, may stand in for the data."""
    status = file.stat()
    if os.name != "posix":
        return True
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def read(file: Path, key: str) -> dict[str, Any]:
    """The cached documents by relative path, or {} when the cache cannot be trusted or used."""
    try:
        if not _trusted(file):
            return {}
        content = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not JSON
        return {}
    if not isinstance(content, dict) or content.get("format") != FORMAT or content.get("key") != key:
        return {}
    documents = content.get("documents")
    return documents if isinstance(documents, dict) else {}


def exact_in_json(document: Any) -> bool:
    """Whether JSON gives back exactly this document (same values, same types)."""
    try:
        copy = json.loads(json.dumps(document, allow_nan=False))
    except (TypeError, ValueError):
        return False
    return _same(document, copy)


def _same(one: Any, other: Any) -> bool:
    if type(one) is not type(other):
        return False
    if isinstance(one, dict):
        return one.keys() == other.keys() and all(_same(value, other[key]) for key, value in one.items())
    if isinstance(one, list):
        return len(one) == len(other) and all(_same(a, b) for a, b in zip(one, other, strict=True))
    return bool(one == other)


def write(file: Path, key: str, documents: dict[str, Any]) -> None:
    """Replace the cache atomically, readable by the owner only; a failure only costs speed."""
    kept = {name: document for name, document in documents.items() if exact_in_json(document)}
    text = json.dumps({"format": FORMAT, "key": key, "documents": kept}, ensure_ascii=False, allow_nan=False)
    with contextlib.suppress(OSError):
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".catalogue-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, file)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)

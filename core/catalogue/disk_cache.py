"""The validated catalogue kept on disk, so that a start need not parse, validate and cross-check data/.

Loading data/ from scratch costs more than the `assess` command's whole answer: the YAML is
parsed, every entry is validated (which builds pydantic's validators) and the cross-checks
run. A start that finds this cache gets the very catalogue those steps gave last time, in a
few milliseconds, and never imports PyYAML or builds a validator.

The cache can never stand in for other data or other code. Its key hashes every data file's
name and bytes, the catalogue's code (core/catalogue/*.py with core/contract.py: the models,
their validators and the cross-checks), PyYAML's version, and the Python, pydantic and
Rebalance versions; in a frozen bundle, where the sources are not files, the executable's size
and time stand for the code. Code that cannot be identified is never cached. A cache that is
missing, stale, damaged (its payload has its own hash), not a regular file, not the user's
own, writable by others or unreadable is ignored and rewritten after a full load; failing to
write it only costs speed.

The payload is a pickle, so it is read defensively: the unpickler can create nothing but the
catalogue's own value classes (`_ALLOWED`), so a planted payload naming any other callable is
refused before anything is called; a payload that tries to change one of those classes (pickle
can set attributes on a class it names) is undone and refused; and the loader runs the
catalogue's cross-checks on what it read (a few milliseconds). What the cache cannot stop is
someone who can write the user's own files planting a catalogue that passes every check: such
a person could as well change the program.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import pickle
import stat
import sys
from pathlib import Path
from typing import Any

import pydantic

from core import __version__
from core.catalogue import content, models, poses, programme

FORMAT = 3
FILE_NAME = "catalogue.pickle"
OLD_FILE_NAMES = ("catalogue-documents.json",)  # earlier caches, removed when this one is written
MAGIC = b"rebalance-catalogue"
CODE_DIR = Path(__file__).resolve().parent
CONTRACT = CODE_DIR.parent / "contract.py"
# The classes a cached catalogue is made of: the catalogue itself and every model in its modules.
_ALLOWED: dict[tuple[str, str], type] = {
    (module.__name__, name): value
    for module in (content, models, poses, programme)
    for name, value in vars(module).items()
    if isinstance(value, type) and value.__module__ == module.__name__
    and (issubclass(value, pydantic.BaseModel) or value is content.Catalogue)
}


def cache_folder() -> Path:
    """REBALANCE_CACHE_DIR, or the platform's per-user cache folder."""
    folder = os.environ.get("REBALANCE_CACHE_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("Rebalance", "Rebalance")
    return Path(folder)


def _add_files(digest: Any, root: Path, files: list[Path]) -> None:
    for path in files:
        name = path.relative_to(root).as_posix().encode()
        data = path.read_bytes()
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)


def cache_key(data_dir: Path) -> str | None:
    """A hash of the data files, the code that validates them and the versions that read them;
    None when the code cannot be identified (then nothing is cached)."""
    digest = hashlib.sha256(f"{FORMAT} {__version__} {sys.version} {pydantic.VERSION}".encode())
    _add_files(digest, data_dir, sorted(data_dir.rglob("*.yaml")))
    if getattr(sys, "frozen", False):  # a bundle: its executable holds the code and changes with every build
        executable = Path(sys.executable).stat()
        digest.update(f"frozen {executable.st_size} {executable.st_mtime_ns}".encode())
        return digest.hexdigest()
    code = sorted(CODE_DIR.glob("*.py"))
    yaml = importlib.util.find_spec("yaml")  # found, not imported
    if not code or not CONTRACT.is_file() or yaml is None or yaml.origin is None:
        return None
    _add_files(digest, CODE_DIR.parent, [*code, CONTRACT])
    digest.update(Path(yaml.origin).read_bytes())  # PyYAML's version is written in it
    return digest.hexdigest()


class _CatalogueUnpickler(pickle.Unpickler):
    """An unpickler that can make the catalogue's value classes and nothing else."""

    def find_class(self, module: str, name: str) -> type:
        allowed = _ALLOWED.get((module, name))
        if allowed is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a catalogue")
        return allowed


def _read_trusted(file: Path) -> bytes | None:
    """The file's bytes if it is a regular file of the user's own that nobody else can write."""
    try:
        handle = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        status = os.fstat(stream.fileno())  # the very file read, not whatever the name points to later
        if not stat.S_ISREG(status.st_mode):
            return None
        if os.name == "posix" and (status.st_uid != os.getuid() or status.st_mode & 0o022):
            return None
        return stream.read()


def read(file: Path, key: str) -> content.Catalogue | None:
    """The cached catalogue, or None when the cache is missing, stale or cannot be trusted."""
    try:
        data = _read_trusted(file)
    except OSError:
        return None
    if data is None:
        return None
    header, _, payload = data.partition(b"\n")
    if header != _header(key, payload):
        return None
    classes = {cls: dict(vars(cls)) for cls in _ALLOWED.values()}
    try:
        catalogue = _CatalogueUnpickler(io.BytesIO(payload)).load()
    except Exception:  # whatever a damaged payload raises, the data is loaded instead
        catalogue = None
    if _undo_class_changes(classes):
        return None
    return catalogue if isinstance(catalogue, content.Catalogue) else None


def _undo_class_changes(before: dict[type, dict[str, Any]]) -> bool:
    """Put back any attribute a payload set on one of the catalogue's classes; True if there was one."""
    changed = False
    for cls, attributes in before.items():
        now = dict(vars(cls))
        for name in now.keys() - attributes.keys():
            delattr(cls, name)
            changed = True
        for name, value in attributes.items():
            if now.get(name) is not value:
                setattr(cls, name, value)
                changed = True
    return changed


def _header(key: str, payload: bytes) -> bytes:
    return b"%s %d %s %s" % (MAGIC, FORMAT, key.encode(), hashlib.sha256(payload).hexdigest().encode())


def write(file: Path, key: str, catalogue: content.Catalogue) -> None:
    """Replace the cache atomically (core.files.write_atomically: a file only its owner can read,
    renamed into place); any failure only costs speed."""
    from core.files import write_atomically

    try:
        payload = pickle.dumps(catalogue, protocol=pickle.HIGHEST_PROTOCOL)
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(file, _header(key, payload) + b"\n" + payload)
        for old in OLD_FILE_NAMES:
            (file.parent / old).unlink(missing_ok=True)
    except Exception:  # unpicklable, unwritable: the next start loads the data again
        return

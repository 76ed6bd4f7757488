"""The validated catalogue kept on disk, so that a start need not parse, validate and cross-check data/.

Loading data/ from scratch costs more than the `assess` command's whole answer: the YAML is
parsed, every entry is validated (which builds pydantic's validators) and the cross-checks
run. A start that finds this cache gets the very catalogue those steps gave last time, in a
few milliseconds, and never imports PyYAML or builds a validator.

The cache can never stand in for other data or other code. Its key hashes every data file's
name and bytes, every catalogue module's source (the models, their validators and the
cross-checks) with core/contract.py, and the Python and pydantic versions; in a frozen bundle,
where the sources are not files, the executable itself stands for the code. A cache that is
missing, stale, damaged (its payload has its own hash), not the user's own, writable by
others or unreadable is ignored and rewritten after a full load; failing to write it only
costs speed.

The payload is a pickle, which could run code if anyone could plant one, so it is read by an
unpickler that can create nothing but the catalogue's own value classes (`_ALLOWED`): a
planted payload naming any other callable is refused before anything is called.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path

import pydantic

from core.catalogue import content, models, poses, programme

FORMAT = 2
FILE_NAME = "catalogue.pickle"
MAGIC = b"rebalance-catalogue"
CODE_DIR = Path(__file__).resolve().parent
CONTRACT = CODE_DIR.parent / "contract.py"
# The classes a cached catalogue is made of: the catalogue itself and every model in its modules.
_ALLOWED = {
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


def _add_files(digest: hashlib._Hash, root: Path, files: list[Path]) -> None:
    for path in files:
        name = path.relative_to(root).as_posix().encode()
        data = path.read_bytes()
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)


def cache_key(data_dir: Path) -> str:
    """A hash of the data files, the code that validates them and the versions that read them."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {pydantic.VERSION}".encode())
    _add_files(digest, data_dir, sorted(data_dir.rglob("*.yaml")))
    code = sorted(CODE_DIR.glob("*.py")) + ([CONTRACT] if CONTRACT.is_file() else [])
    if code:
        _add_files(digest, CODE_DIR.parent, code)
    else:  # a frozen bundle: its executable holds the code, and changes with every build
        executable = Path(sys.executable).stat()
        digest.update(f"frozen {executable.st_size} {executable.st_mtime_ns}".encode())
    return digest.hexdigest()


class _CatalogueUnpickler(pickle.Unpickler):
    """An unpickler that can make the catalogue's value classes and nothing else."""

    def find_class(self, module: str, name: str) -> type:
        allowed = _ALLOWED.get((module, name))
        if allowed is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a catalogue")
        return allowed


def _trusted(file: Path) -> bool:
    """Only the user's own file, which nobody else can write, may stand in for the data."""
    status = file.stat()
    if os.name != "posix":
        return True
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def read(file: Path, key: str) -> content.Catalogue | None:
    """The cached catalogue, or None when the cache is missing, stale or cannot be trusted."""
    try:
        if not _trusted(file):
            return None
        header, _, payload = file.read_bytes().partition(b"\n")
    except OSError:
        return None
    if header != _header(key, payload):
        return None
    try:
        catalogue = _CatalogueUnpickler(io.BytesIO(payload)).load()
    except Exception:  # whatever a damaged payload raises, the data is loaded instead
        return None
    return catalogue if isinstance(catalogue, content.Catalogue) else None


def _header(key: str, payload: bytes) -> bytes:
    return b"%s %d %s %s" % (MAGIC, FORMAT, key.encode(), hashlib.sha256(payload).hexdigest().encode())


def write(file: Path, key: str, catalogue: content.Catalogue) -> None:
    """Replace the cache atomically, readable by the owner only; a failure only costs speed."""
    import tempfile

    payload = pickle.dumps(catalogue, protocol=pickle.HIGHEST_PROTOCOL)
    with contextlib.suppress(OSError):
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=".catalogue-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(_header(key, payload) + b"\n" + payload)
            os.replace(temporary, file)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)

"""The on-disk catalogue cache: it gives the very catalogue the data gives, never outranks the data or
the code, and a planted or damaged cache file can neither run code nor change what loads."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from core.catalogue import DATA_DIR, CatalogueError, load_catalogue
from core.catalogue import disk_cache as cache
from core.catalogue.yaml_files import SafeLoader

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / cache.FILE_NAME


def _edit_version(data: Path, version: str) -> None:
    settings = data / "catalogue.yaml"
    document = yaml.safe_load(settings.read_text(encoding="utf-8"))
    document["version"] = version
    settings.write_text(yaml.safe_dump(document), encoding="utf-8")


def _key(data: Path) -> str:
    key = cache.cache_key(data)
    assert key is not None
    return key


def _plant(cache_file: Path, key: str, payload: bytes) -> None:
    """A cache file whose header matches this data and code, holding the payload given."""
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_bytes(cache._header(key, payload) + b"\n" + payload)
    cache_file.chmod(0o600)


def test_yaml_is_parsed_by_libyaml_when_pyyaml_has_it() -> None:
    """The fast C parser is the one in use wherever PyYAML was built with it (as on this machine)."""
    assert yaml.__with_libyaml__
    assert SafeLoader.__name__ == "CSafeLoader"


def test_the_cached_catalogue_equals_the_freshly_loaded_one(data_copy: Path, cache_file: Path) -> None:
    """The first load writes the cache, the second reads it, and both equal a load without cache."""
    fresh = load_catalogue(data_copy)
    first = load_catalogue(data_copy, cache_file)
    assert cache_file.exists()
    second = load_catalogue(data_copy, cache_file)
    assert first == fresh
    assert second == fresh
    assert second.red_flags.keys() == fresh.red_flags.keys()


def test_a_cached_start_neither_parses_nor_validates(data_copy: Path, cache_file: Path) -> None:
    """With a good cache, a new process loads the catalogue without importing PyYAML or building a
    single pydantic validator: that is the time the cache exists to save (issue 16)."""
    load_catalogue(data_copy, cache_file)
    probe = (
        "import sys; from pathlib import Path; from core.catalogue import load_catalogue, models, poses, programme\n"
        f"catalogue = load_catalogue(Path({str(data_copy)!r}), Path({str(cache_file)!r}))\n"
        "built = [name for module in (models, poses, programme) for name, value in vars(module).items()\n"
        "         if getattr(value, '__pydantic_complete__', False)]\n"
        "print(len(catalogue.tests), 'yaml' in sys.modules, built)\n"
    )
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split(maxsplit=2)
    assert int(shown[0]) == len(load_catalogue(data_copy).tests)
    assert shown[1:] == ["False", "[]\n"]


def test_a_data_change_invalidates_the_cache(data_copy: Path, cache_file: Path) -> None:
    """Editing a data file after the cache was written: the edit is what loads, not the cached copy."""
    load_catalogue(data_copy, cache_file)
    _edit_version(data_copy, "edited-after-caching")
    assert load_catalogue(data_copy, cache_file).version == "edited-after-caching"
    assert cache_file.read_bytes().split(b" ")[2].decode() == _key(data_copy)


def test_a_code_change_invalidates_the_cache(data_copy: Path, tmp_path: Path) -> None:
    """The key covers the code that validates the data: a changed catalogue module, or a changed
    contract, gives another key, so a cache made by other code is never taken."""
    code = tmp_path / "code" / "catalogue"
    shutil.copytree(cache.CODE_DIR, code, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(cache.CONTRACT, code.parent / "contract.py")

    def key_with(code_dir: Path) -> str | None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cache, "CODE_DIR", code_dir)
            patch.setattr(cache, "CONTRACT", code_dir.parent / "contract.py")
            return cache.cache_key(data_copy)

    original = key_with(code)
    assert original == _key(data_copy)
    with (code / "models.py").open("a", encoding="utf-8") as stream:
        stream.write("\n# a stricter validator\n")
    changed_model = key_with(code)
    with (code.parent / "contract.py").open("a", encoding="utf-8") as stream:
        stream.write("\n# one more red flag\n")
    assert len({original, changed_model, key_with(code)}) == 3


def test_a_broken_data_file_fails_even_with_a_cache(data_copy: Path, cache_file: Path) -> None:
    """A cache of the good data never hides a fault later put into the data (a duplicate key here)."""
    load_catalogue(data_copy, cache_file)
    (data_copy / "catalogue.yaml").write_text(
        'version: "1"\nversion: "2"\npain_change: {mcid: 2, sources: [childs_2005]}\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="the key 'version' is given twice"):
        load_catalogue(data_copy, cache_file)


@pytest.mark.parametrize("content", [
    b"", b"{not json", b"\xff\xfe binary", b"rebalance-catalogue 2 nokey nodigest\n\x80\x05",
    b"rebalance-catalogue 1 " + b"0" * 64 + b" " + b"0" * 64 + b"\ngarbage",
])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rewritten(data_copy: Path, cache_file: Path,
                                                             content: bytes) -> None:
    """Whatever the cache file holds, the load is the data's, and a good cache replaces the bad one."""
    fresh = load_catalogue(data_copy)
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(content)
    cache_file.chmod(0o600)
    assert load_catalogue(data_copy, cache_file) == fresh
    assert cache.read(cache_file, _key(data_copy)) == fresh


def test_a_damaged_payload_is_caught_by_its_own_hash(data_copy: Path, cache_file: Path) -> None:
    """One byte changed in the payload after the header was written: the header's hash no longer
    matches, the cache is not used, and the data loads."""
    fresh = load_catalogue(data_copy, cache_file)
    content = bytearray(cache_file.read_bytes())
    content[-40] ^= 0xFF
    cache_file.write_bytes(bytes(content))
    assert cache.read(cache_file, _key(data_copy)) is None
    assert load_catalogue(data_copy, cache_file) == fresh


class _RunsCode:
    """A pickle that would call a function of the system's if it were unpickled freely."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


@pytest.mark.parametrize("planted", ["code", "other value"])
def test_a_planted_payload_can_run_no_code(data_copy: Path, cache_file: Path, tmp_path: Path,
                                           planted: str) -> None:
    """A cache with the right key and hash whose payload names anything but the catalogue's own
    classes (a system call, or a plain value) is refused: nothing runs and the data loads."""
    marker = tmp_path / "ran"
    payload = pickle.dumps(_RunsCode(marker) if planted == "code" else {"version": "planted"})
    key = _key(data_copy)
    _plant(cache_file, key, payload)
    assert cache.read(cache_file, key) is None
    assert load_catalogue(data_copy, cache_file).version != "planted"
    assert not marker.exists()


def test_a_cache_others_can_write_is_not_trusted(data_copy: Path, cache_file: Path) -> None:
    """A cache file that other users could have written is ignored, and the data loads."""
    load_catalogue(data_copy, cache_file)
    key = _key(data_copy)
    _edit_version(data_copy, "planted")
    planted = load_catalogue(data_copy)
    _edit_version(data_copy, "the data's")
    _plant(cache_file, _key(data_copy), pickle.dumps(planted))
    assert cache.read(cache_file, _key(data_copy)) is not None  # the planted file is well formed
    cache_file.chmod(0o666)
    assert load_catalogue(data_copy, cache_file).version == "the data's"
    assert cache_file.stat().st_mode & 0o777 == 0o600  # rewritten, the owner's only
    assert key != _key(data_copy)


def test_an_unwritable_cache_folder_costs_only_speed(data_copy: Path, tmp_path: Path) -> None:
    """A cache that cannot be written (its folder is a file here) is no error."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    fresh = load_catalogue(data_copy)
    assert load_catalogue(data_copy, blocker / cache.FILE_NAME) == fresh


def test_a_frozen_bundle_keys_the_cache_by_its_executable(data_copy: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """In a frozen bundle the modules are not files: the executable stands for the code, so a
    rebuilt bundle (another executable) never takes the cache of the one before. Outside a bundle,
    code whose sources cannot be found is never cached."""
    monkeypatch.setattr(cache, "CODE_DIR", tmp_path / "no sources here")
    monkeypatch.setattr(cache, "CONTRACT", tmp_path / "no sources here" / "contract.py")
    assert cache.cache_key(data_copy) is None
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    executable = tmp_path / "rebalance"
    executable.write_bytes(b"build one")
    monkeypatch.setattr(sys, "executable", str(executable))
    first = _key(data_copy)
    assert first == _key(data_copy)
    executable.write_bytes(b"build two, a little longer")
    assert _key(data_copy) != first


def test_a_payload_that_changes_a_catalogue_class_is_undone_and_refused(data_copy: Path, cache_file: Path) -> None:
    """Pickle can set an attribute on a class it names: a planted payload emptying the red flags a
    person is asked (Catalogue.asked_flags) leaves the class as it was, and the data loads."""
    from core.catalogue import Catalogue

    fresh = load_catalogue(data_copy)
    payload = (b"\x80\x04c" + b"core.catalogue.content\nCatalogue\n" + b"N}X\x0b\x00\x00\x00asked_flags}s\x86b.")
    key = _key(data_copy)
    _plant(cache_file, key, payload)
    assert cache.read(cache_file, key) is None
    assert "asked_flags" not in vars(Catalogue) or isinstance(vars(Catalogue)["asked_flags"], property)
    loaded = load_catalogue(data_copy, cache_file)
    assert loaded.asked_flags == fresh.asked_flags and loaded.asked_flags


def test_a_planted_catalogue_that_fails_the_cross_checks_is_not_used(data_copy: Path, cache_file: Path) -> None:
    """A well-formed cached catalogue without the emergency red flag the contract requires is caught
    by the cross-checks that run on every cached load: the data loads instead."""
    import dataclasses

    fresh = load_catalogue(data_copy)
    flags = {flag_id: flag for flag_id, flag in fresh.red_flags.items() if flag_id != "saddle_numbness"}
    assert len(flags) == len(fresh.red_flags) - 1
    _plant(cache_file, _key(data_copy), pickle.dumps(dataclasses.replace(fresh, red_flags=flags)))
    assert "saddle_numbness" in load_catalogue(data_copy, cache_file).red_flags


def test_a_fifo_in_place_of_the_cache_neither_hangs_nor_fails(data_copy: Path, cache_file: Path) -> None:
    """Something that is not a regular file at the cache's name (a FIFO here) is not read: the
    load neither waits for a writer nor fails."""
    cache_file.parent.mkdir(parents=True)
    os.mkfifo(cache_file, 0o600)
    assert cache.read(cache_file, _key(data_copy)) is None
    assert load_catalogue(data_copy, cache_file) == load_catalogue(data_copy)


def test_a_catalogue_that_cannot_be_pickled_costs_only_speed(data_copy: Path, cache_file: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """If the catalogue ever held something pickle cannot write, the load still succeeds uncached."""
    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise pickle.PicklingError("cannot pickle a lambda")

    monkeypatch.setattr(pickle, "dumps", refuse)
    assert load_catalogue(data_copy, cache_file) == load_catalogue(data_copy)
    assert not cache_file.exists()


def test_writing_the_cache_removes_the_earlier_parse_cache(data_copy: Path, cache_file: Path) -> None:
    """The JSON parse cache of earlier versions is deleted when this cache is written."""
    cache_file.parent.mkdir(parents=True)
    old = cache_file.parent / cache.OLD_FILE_NAMES[0]
    old.write_text("{}", encoding="utf-8")
    load_catalogue(data_copy, cache_file)
    assert cache_file.exists() and not old.exists()

"""The on-disk parse cache: it gives the very catalogue the data gives, and never outranks the data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from core.catalogue import DATA_DIR, CatalogueError, load_catalogue
from core.catalogue import document_cache as cache
from core.catalogue.loader import _SafeLoader


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / cache.FILE_NAME


def test_yaml_is_parsed_by_libyaml_when_pyyaml_has_it() -> None:
    """The fast C parser is the one in use wherever PyYAML was built with it (as on this machine)."""
    assert yaml.__with_libyaml__
    assert _SafeLoader.__name__ == "CSafeLoader"


def test_the_cached_catalogue_equals_the_freshly_loaded_one(data_copy: Path, cache_file: Path) -> None:
    """The first load writes the cache, the second reads it, and both equal a load without cache."""
    fresh = load_catalogue(data_copy)
    first = load_catalogue(data_copy, cache_file)
    assert cache_file.exists()
    saved = json.loads(cache_file.read_text(encoding="utf-8"))
    assert len(saved["documents"]) == len(list(data_copy.rglob("*.yaml")))  # every file came from the cache
    second = load_catalogue(data_copy, cache_file)
    assert first == fresh
    assert second == fresh


def test_a_data_change_invalidates_the_cache(data_copy: Path, cache_file: Path) -> None:
    """Editing a data file after the cache was written: the edit is what loads, not the cached copy."""
    load_catalogue(data_copy, cache_file)
    settings = data_copy / "catalogue.yaml"
    document = yaml.safe_load(settings.read_text(encoding="utf-8"))
    document["version"] = "edited-after-caching"
    settings.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert load_catalogue(data_copy, cache_file).version == "edited-after-caching"
    assert json.loads(cache_file.read_text(encoding="utf-8"))["key"] == cache.data_key(data_copy)


def test_a_broken_data_file_fails_even_with_a_cache(data_copy: Path, cache_file: Path) -> None:
    """A cache of the good data never hides a fault later put into the data (a duplicate key here)."""
    load_catalogue(data_copy, cache_file)
    (data_copy / "catalogue.yaml").write_text(
        'version: "1"\nversion: "2"\npain_change: {mcid: 2, sources: [childs_2005]}\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="the key 'version' is given twice"):
        load_catalogue(data_copy, cache_file)


@pytest.mark.parametrize("content", [
    b"", b"{not json", b"\xff\xfe binary", b"[]", b'{"format": 1, "key": "someone else\'s", "documents": {}}',
    b'{"format": 999, "documents": {}}',
])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rewritten(data_copy: Path, cache_file: Path,
                                                             content: bytes) -> None:
    """Whatever the cache file holds, the load is the data's, and a good cache replaces the bad one."""
    fresh = load_catalogue(data_copy)
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(content)
    cache_file.chmod(0o600)
    assert load_catalogue(data_copy, cache_file) == fresh
    assert json.loads(cache_file.read_text(encoding="utf-8"))["key"] == cache.data_key(data_copy)


def test_a_cache_with_the_right_key_but_wrong_content_is_validated(data_copy: Path, cache_file: Path) -> None:
    """Even a cache that claims this very data goes through validation: bad content is refused."""
    load_catalogue(data_copy, cache_file)
    saved = json.loads(cache_file.read_text(encoding="utf-8"))
    saved["documents"]["catalogue.yaml"] = {"version": 3, "unexpected": True}
    cache_file.write_text(json.dumps(saved), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"catalogue\.yaml"):
        load_catalogue(data_copy, cache_file)


def test_a_cache_others_can_write_is_not_trusted(data_copy: Path, cache_file: Path) -> None:
    """A cache file that other users could have written is ignored, and the data loads."""
    load_catalogue(data_copy, cache_file)
    saved = json.loads(cache_file.read_text(encoding="utf-8"))
    saved["documents"]["catalogue.yaml"]["version"] = "planted"
    cache_file.write_text(json.dumps(saved), encoding="utf-8")
    cache_file.chmod(0o666)
    assert load_catalogue(data_copy, cache_file).version != "planted"
    assert cache_file.stat().st_mode & 0o777 == 0o600  # rewritten, the owner's only


def test_an_unwritable_cache_folder_costs_only_speed(data_copy: Path, tmp_path: Path) -> None:
    """A cache that cannot be written (its folder is a file here) is no error."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    fresh = load_catalogue(data_copy)
    assert load_catalogue(data_copy, blocker / cache.FILE_NAME) == fresh


@pytest.mark.parametrize(("document", "exact"), [
    ({"a": [1, 2.5, "x", None, True]}, True),
    ({"when": __import__("datetime").date(2020, 1, 2)}, False),
    ({1: "a number as a key"}, False),
    ({"nan": float("nan")}, False),
    ({"one": 1.0, "other": 1}, True),
])
def test_only_documents_json_holds_exactly_are_cached(document: object, exact: bool) -> None:
    """A value JSON would change (a date, NaN, a number as a key) keeps its file out of the cache."""
    assert cache.exact_in_json(document) is exact

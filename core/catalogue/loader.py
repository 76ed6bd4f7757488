"""Reads data/ into typed models, naming the file, the entry and the field of any fault."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from core.catalogue import disk_cache
from core.catalogue.content import Catalogue, CatalogueError
from core.catalogue.models import (
    Caution,
    Exercise,
    Level,
    LevelInfo,
    Muscle,
    Pattern,
    RatioRule,
    RedFlag,
    Region,
    Settings,
    Source,
    Test,
)
from core.catalogue.poses import PoseDef, resolve
from core.catalogue.programme import ProgrammeRules
from core.resources import app_root

DATA_DIR = app_root() / "data"

M = TypeVar("M", bound=BaseModel)


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(entry)"
    return f"{field}: {first['msg']}"


Read = Callable[[Path], Any]


def _entries(read: Read, path: Path, key: str) -> list[Any]:
    document = read(path)
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        raise CatalogueError(f"{path}: expected a mapping with a list under '{key}'")
    entries: list[Any] = document[key]
    return entries


def _models(read: Read, paths: list[Path], key: str, model: type[M]) -> dict[str, M]:
    """Validate every entry of every file on its own, so the message names the entry."""
    found: dict[str, M] = {}
    for path in paths:
        for index, raw in enumerate(_entries(read, path, key), start=1):
            name = raw.get("id", f"#{index}") if isinstance(raw, dict) else f"#{index}"
            try:
                entry = model.model_validate(raw)
            except ValidationError as error:
                raise CatalogueError(f"{path}: {key} entry '{name}': {_describe(error)}") from error
            entry_id = str(getattr(entry, "id"))  # noqa: B009 (generic model)
            if entry_id in found:
                raise CatalogueError(f"{path}: {key} entry '{entry_id}': the id is used twice")
            found[entry_id] = entry
    return found


def _levels(read: Read, path: Path) -> dict[Level, LevelInfo]:
    document = read(path)
    raw = document.get("levels") if isinstance(document, dict) else None
    if not isinstance(raw, dict):
        raise CatalogueError(f"{path}: expected a mapping under 'levels'")
    levels: dict[Level, LevelInfo] = {}
    for name in ("emergency", "urgent", "see_doctor_first"):
        if name not in raw:
            raise CatalogueError(f"{path}: levels: '{name}' is missing")
        try:
            levels[name] = LevelInfo.model_validate(raw[name])
        except ValidationError as error:
            raise CatalogueError(f"{path}: levels '{name}': {_describe(error)}") from error
    return levels


def _poses(read: Read, path: Path) -> dict[str, PoseDef]:
    try:
        return resolve(_models(read, [path], "poses", PoseDef))
    except ValueError as error:
        raise CatalogueError(f"{path}: {error}") from error


def _settings(read: Read, path: Path) -> Settings:
    try:
        return Settings.model_validate(read(path))
    except ValidationError as error:
        raise CatalogueError(f"{path}: {_describe(error)}") from error


def _programme(read: Read, path: Path, sources: dict[str, Source]) -> ProgrammeRules:
    try:
        rules = ProgrammeRules.model_validate(read(path))
    except ValidationError as error:
        raise CatalogueError(f"{path}: {_describe(error)}") from error
    unknown = sorted(rules.source_ids() - set(sources))
    if unknown:
        raise CatalogueError(f"{path}: unknown source {', '.join(unknown)}")
    return rules


def load_catalogue(data_dir: Path = DATA_DIR, cache_file: Path | None = None) -> Catalogue:
    """Load and cross-check the catalogue; raises CatalogueError naming what is wrong.

    With cache_file, a catalogue cached there from exactly these data files and this code is
    taken, once it passes the cross-checks again (core.catalogue.disk_cache); otherwise the full
    load runs and, once it has passed every check, is saved there for the next start.
    """
    from core.catalogue.checks import check_catalogue

    key = disk_cache.cache_key(data_dir) if cache_file else None
    if cache_file and key and (cached := disk_cache.read(cache_file, key)) is not None:
        with contextlib.suppress(CatalogueError):  # a cache that fails them is replaced by the data
            check_catalogue(cached, data_dir)
            return cached
    catalogue = _load(data_dir)
    if cache_file and key and disk_cache.cache_key(data_dir) == key:  # not if the data changed meanwhile
        disk_cache.write(cache_file, key, catalogue)
    return catalogue


def _load(data_dir: Path) -> Catalogue:
    """Parse, validate and cross-check every file of data_dir."""
    from core.catalogue.checks import check_catalogue
    from core.catalogue.yaml_files import parse_yaml  # PyYAML only when the cache cannot serve

    def files(folder: str) -> list[Path]:
        found = sorted((data_dir / folder).glob("*.yaml"))
        if not found:
            raise CatalogueError(f"{data_dir / folder}: no catalogue files found")
        return found

    read = functools.cache(parse_yaml)  # red_flags.yaml is read for its levels and its flags
    settings = _settings(read, data_dir / "catalogue.yaml")
    sources = _models(read, [data_dir / "sources.yaml"], "sources", Source)
    catalogue = Catalogue(
        version=settings.version,
        pain_change=settings.pain_change,
        sources=sources,
        levels=_levels(read, data_dir / "red_flags.yaml"),
        red_flags=_models(read, [data_dir / "red_flags.yaml"], "flags", RedFlag),
        regions=_models(read, [data_dir / "regions.yaml"], "regions", Region),
        muscles=_models(read, [data_dir / "muscles.yaml"], "muscles", Muscle),
        tests=_models(read, files("tests"), "tests", Test),
        ratios=_models(read, [data_dir / "ratios.yaml"], "ratios", RatioRule),
        patterns=_models(read, [data_dir / "patterns.yaml"], "patterns", Pattern),
        exercises=_models(read, files("exercises"), "exercises", Exercise),
        poses=_poses(read, data_dir / "poses.yaml"),
        cautions=_models(read, [data_dir / "cautions.yaml"], "cautions", Caution),
        programme=_programme(read, data_dir / "programme.yaml", sources),
    )
    check_catalogue(catalogue, data_dir)
    return catalogue

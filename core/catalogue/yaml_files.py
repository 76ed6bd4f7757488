"""Reading one YAML file of data/ strictly: a key given twice is an error, not a silent overwrite.

Apart from the loader so that PyYAML is imported only when the catalogue must be loaded from
the data (core.catalogue.disk_cache serves every other start).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from core.catalogue.content import CatalogueError

# libyaml's parser when PyYAML was built with it (about five times faster), else the pure-Python
# one; both build Python objects with the same safe constructor, overridden below.
if TYPE_CHECKING:
    SafeLoader = yaml.SafeLoader
else:
    SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(SafeLoader):
    """A YAML loader that refuses a key given twice, which plain YAML silently overwrites."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key '{key}' is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def parse_yaml(path: Path) -> Any:
    """The file's document; CatalogueError names the file when it is missing or not valid YAML."""
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.load(stream, Loader=_UniqueKeyLoader)
    except FileNotFoundError as error:
        raise CatalogueError(f"{path}: the catalogue file is missing") from error
    except yaml.YAMLError as error:
        raise CatalogueError(f"{path}: not valid YAML: {error}") from error

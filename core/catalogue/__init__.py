"""The clinical catalogue: tests, muscles, patterns, exercises and red flags from data/."""

from functools import cache

from core.catalogue.content import Catalogue, CatalogueError
from core.catalogue.loader import DATA_DIR, load_catalogue

__all__ = ["DATA_DIR", "Catalogue", "CatalogueError", "default_catalogue", "load_catalogue"]


@cache
def default_catalogue() -> Catalogue:
    """The shipped catalogue, loaded once per process (from the user's cache when it holds this very one)."""
    from core.catalogue.disk_cache import FILE_NAME, cache_folder

    return load_catalogue(DATA_DIR, cache_folder() / FILE_NAME)

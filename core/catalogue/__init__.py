"""The clinical catalogue: tests, muscles, patterns, exercises and red flags from data/."""

from functools import cache

from core.catalogue.loader import DATA_DIR, Catalogue, CatalogueError, load_catalogue

__all__ = ["DATA_DIR", "Catalogue", "CatalogueError", "default_catalogue", "load_catalogue"]


@cache
def default_catalogue() -> Catalogue:
    """The shipped catalogue, loaded once per process."""
    return load_catalogue(DATA_DIR)

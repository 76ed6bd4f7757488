"""The maps drawn for the screen: the clickable body map of the pain page."""

from __future__ import annotations

from core.catalogue import Catalogue


def test_the_clickable_body_map_is_kept_per_selection(catalogue: Catalogue) -> None:
    """The pain page's map is drawn once per selection and process: the same choice gives the very
    same drawing back; another choice gives its own, equal to a fresh layout; only the newest
    BODY_MAPS_KEPT are kept."""
    from core.figures import illustrate
    from core.figures.maps import body_map_layout

    empty = illustrate.body_map_with_regions(catalogue)
    assert illustrate.body_map_with_regions(catalogue, []) is empty
    chosen = illustrate.body_map_with_regions(catalogue, ["lower_back"])
    assert chosen is not empty
    base = catalogue.poses[illustrate.BASE_POSE]
    assert chosen == body_map_layout(base, catalogue.regions, ["lower_back"])
    regions = list(catalogue.regions)
    for first in regions:
        for second in regions:
            illustrate.body_map_with_regions(catalogue, [first, second])
    assert len(illustrate._body_maps) <= illustrate.BODY_MAPS_KEPT

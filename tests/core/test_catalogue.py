"""The catalogue loads, honours the contract, and a broken entry is named precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from core import contract
from core.catalogue import DATA_DIR, Catalogue, CatalogueError, load_catalogue
from core.catalogue.checks import reachable_states


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def edit_yaml(path: Path, key: str, entry_id: str, change: dict[str, object]) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in document[key] if e["id"] == entry_id)
    entry.update(change)
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")


def test_every_contract_id_is_in_the_catalogue(catalogue: Catalogue) -> None:
    """Every red flag, test, muscle and pattern id of contract.md exists, at the right level."""
    for level, flags in contract.RED_FLAGS.items():
        assert all(catalogue.red_flags[f].level == level for f in flags)
    assert set(contract.TESTS) <= set(catalogue.tests)
    assert set(contract.MUSCLES) <= set(catalogue.muscles)
    assert set(contract.PATTERNS) <= set(catalogue.patterns)


def test_at_least_thirty_exercises_cover_every_reachable_state(catalogue: Catalogue) -> None:
    """Each muscle that can test short has a stretch, each that can test weak a strengthener,
    one-sided where the muscle has sides, so a one-sided finding never works the other side."""
    assert len(catalogue.exercises) >= 30
    for muscle, state in reachable_states(catalogue):
        purpose = "stretch" if state == "short" else "strengthen"
        one_sided = not catalogue.muscles[muscle].midline
        assert any(e.targets == (muscle,) and e.purpose == purpose and (e.sided or not one_sided)
                   for e in catalogue.exercises.values()), (muscle, state)


def test_every_measured_cutoff_names_a_known_source(catalogue: Catalogue) -> None:
    """A measured test has a cut-off with a source, or says it has no validated cut-off."""
    for test in catalogue.tests.values():
        if test.input.is_numeric:
            assert (test.bands is None) != (test.no_cutoff is None), test.id
            if test.bands:
                assert all(s in catalogue.sources for s in test.bands.cutoff.sources)
        assert all(s in catalogue.sources for s in test.evidence.sources)


def test_wrong_field_type_names_file_entry_and_field(data_copy: Path) -> None:
    """A schema break fails at load with the file, the entry id and the field path."""
    path = data_copy / "tests" / "02-lying.yaml"
    edit_yaml(path, "tests", "thomas_hip", {"evidence": {"grade": "certain", "note": "x",
                                                         "sources": ["kendall"]}})
    with pytest.raises(CatalogueError) as error:
        load_catalogue(data_copy)
    message = str(error.value)
    assert "02-lying.yaml" in message and "thomas_hip" in message and "evidence.grade" in message


def test_unknown_field_is_refused(data_copy: Path) -> None:
    """A misspelt key is an error, never silently ignored."""
    edit_yaml(data_copy / "exercises" / "stretches.yaml", "exercises", "childs_pose", {"dosage": 3})
    with pytest.raises(CatalogueError, match=r"childs_pose.*dosage"):
        load_catalogue(data_copy)


def test_missing_stretch_for_a_reachable_short_muscle_fails(data_copy: Path) -> None:
    """Removing the only stretch for a muscle a test can find short breaks the load."""
    path = data_copy / "exercises" / "stretches.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["exercises"] = [e for e in document["exercises"] if e["targets"] != ["pectorals"]]
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match="'pectorals' can test short but no one-sided stretch"):
        load_catalogue(data_copy)


def test_unknown_source_is_refused(data_copy: Path) -> None:
    """A cut-off citing a source that sources.yaml lacks fails with the source named."""
    path = data_copy / "tests" / "03-strength.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in document["tests"] if e["id"] == "deep_neck_flexor_hold")
    entry["bands"]["cutoff"]["sources"] = ["made_up_2030"]
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"deep_neck_flexor_hold.*made_up_2030"):
        load_catalogue(data_copy)


def test_contract_choices_cannot_be_changed(data_copy: Path) -> None:
    """Renaming a contract value in data/ breaks the load instead of the interchange format."""
    edit_yaml(data_copy / "tests" / "01-standing.yaml", "tests", "head_position", {"input": {
        "kind": "choice", "choices": [{"value": "neutral", "label": "a", "normal": True},
                                      {"value": "forwards", "label": "b"}]}})
    with pytest.raises(CatalogueError, match=r"head_position.*contract"):
        load_catalogue(data_copy)


def test_bands_out_of_order_fail(data_copy: Path) -> None:
    """Cut-off bands must rise, or a value could fall into the wrong band."""
    path = data_copy / "tests" / "03-strength.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in document["tests"] if e["id"] == "single_leg_bridge_reps")
    entry["bands"]["default"] = [{"label": "weak"}, {"label": "normal", "at_least": 200}]
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match="band bounds"):
        load_catalogue(data_copy)


def test_missing_file_and_broken_yaml_are_named(data_copy: Path) -> None:
    """A missing or unparsable catalogue file is named in the message."""
    (data_copy / "ratios.yaml").write_text("ratios: [unclosed", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"ratios\.yaml: not valid YAML"):
        load_catalogue(data_copy)
    (data_copy / "ratios.yaml").unlink()
    with pytest.raises(CatalogueError, match=r"ratios\.yaml: the catalogue file is missing"):
        load_catalogue(data_copy)


def test_version_is_recorded(catalogue: Catalogue) -> None:
    """The catalogue carries a version string that results record."""
    assert catalogue.version and catalogue.version == load_catalogue(DATA_DIR).version


def test_every_test_and_exercise_must_have_a_picture(data_copy: Path) -> None:
    """Removing a test's illustration fails the load, naming the entry."""
    path = data_copy / "tests" / "02-lying.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    del next(e for e in document["tests"] if e["id"] == "ober")["illustration"]
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"ober.*illustration"):
        load_catalogue(data_copy)


@pytest.mark.parametrize(("pose", "mode", "message"), [
    ("childs_pose", "strengthen", r"childs_pose.*highlight its targets as 'stretch'"),
    ("handstand", "stretch", "unknown pose handstand"),
], ids=["wrong highlight mode", "unknown pose"])
def test_a_wrong_exercise_picture_is_refused(data_copy: Path, pose: str, mode: str, message: str) -> None:
    """An exercise picture that highlights its target in the wrong mode, or names a pose that does not
    exist, fails the load, naming the entry and the fault."""
    edit_yaml(data_copy / "exercises" / "stretches.yaml", "exercises", "childs_pose", {
        "illustration": {"pose": pose, "highlight": [
            {"muscle": "lumbar_extensors", "side": "both", "mode": mode}]}})
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(data_copy)


def test_a_muscle_without_a_place_on_the_map_is_refused(data_copy: Path) -> None:
    """A muscle added to data/ without a place on the muscle map fails the load, naming it, instead of
    failing later when a map is drawn."""
    path = data_copy / "muscles.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["muscles"].append({"id": "tibialis_anterior", "name": "Tibialis anterior", "plain": "the shin muscle"})
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"muscles.yaml: no place on the muscle map .* for tibialis_anterior"):
        load_catalogue(data_copy)


def test_duplicate_yaml_key_is_refused(data_copy: Path) -> None:
    """A key given twice is an error: plain YAML would silently keep the last one."""
    path = data_copy / "catalogue.yaml"
    path.write_text('version: "1"\nversion: "2"\npain_change: {mcid: 2, sources: [childs_2005]}\n',
                    encoding="utf-8")
    with pytest.raises(CatalogueError, match="the key 'version' is given twice"):
        load_catalogue(data_copy)

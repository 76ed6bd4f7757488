"""The ids and value shapes that contract.md fixes: the catalogue may add, never remove or change.

The catalogue is checked against these at load, so an edit to data/ cannot break the
interchange contract that the GUI, the database and other programs rely on.
"""

from typing import Final, Literal

FORMAT: Final = 1

# A test done on both sides, and a muscle side, are "left" or "right" (the person's).
Side = Literal["left", "right"]
SIDES: Final[tuple[Side, Side]] = ("left", "right")
Level = Literal["emergency", "urgent", "see_doctor_first"]  # of a red flag, and so of a referral
Grade = Literal["low", "moderate", "high"]  # confidence of a finding or pattern; diagnostic value of a test
Purpose = Literal["stretch", "strengthen", "mobilise", "activate"]  # of an exercise
Version = Literal["easier", "standard", "harder"]  # of an exercise in a programme (result's phase)
VERSIONS: Final[tuple[Version, ...]] = ("easier", "standard", "harder")

RED_FLAGS: Final[dict[str, tuple[str, ...]]] = {
    "emergency": (
        "bladder_bowel_change", "saddle_numbness", "new_sexual_dysfunction", "both_legs_symptoms",
        "neck_vascular_signs",
    ),
    "urgent": (
        "progressive_weakness", "fever_or_infection", "significant_trauma",
        "neck_myelopathy_signs",
    ),
    "see_doctor_first": (
        "cancer_history", "unexplained_weight_loss", "constant_night_pain",
        "long_term_steroids", "inflammatory_back_pain", "weakened_immunity",
        "recent_spine_surgery", "thoracic_pain", "osteoporosis",
    ),
}
CLEARED_BY_CLINICIAN: Final = "cleared_by_clinician"
# Worked out by core from other answers, never asked: (level, id).
DERIVED_FLAGS: Final[dict[str, str]] = {"age_at_onset": "see_doctor_first"}
PAIN_ONSETS: Final = ("new", "recurring", "long_standing")

# screening.cautions: asked on their own; with the osteoporosis flag and pain.now >= 7 they
# make the tests held to failure unwise.
CAUTION_QUESTIONS: Final = ("pregnant", "high_blood_pressure")
HELD_TO_FAILURE: Final = (
    "trunk_flexor_hold", "trunk_extensor_hold", "side_bridge_hold", "single_leg_bridge_reps",
)

_POSITION = ("level", "left_high", "right_high")
_SHORT = ("normal", "short")

# test id -> (sided, kind, choices or (min, max))
TESTS: Final[dict[str, tuple[bool, str, tuple[str, ...] | tuple[float, float]]]] = {
    "pelvic_tilt": (False, "choice", ("anterior", "neutral", "posterior")),
    "iliac_crest_height": (False, "choice", _POSITION),
    "shoulder_height": (False, "choice", _POSITION),
    "head_position": (False, "choice", ("neutral", "forward")),
    "craniovertebral_angle": (False, "degrees", (20, 80)),
    "shoulder_position": (True, "choice", ("neutral", "rounded")),
    "lumbar_curve": (False, "choice", ("normal", "increased", "flat")),
    "thoracic_curve": (False, "choice", ("normal", "increased", "flat")),
    "knee_position": (False, "choice", ("neutral", "hyperextended", "bent")),
    "supine_leg_length": (False, "choice", ("equal", "left_short", "right_short")),
    "thomas_hip": (True, "choice", _SHORT),
    "thomas_knee": (True, "choice", _SHORT),
    "thomas_abduction": (True, "choice", _SHORT),
    "knee_extension_90_90": (True, "degrees", (0, 90)),
    "piriformis_length": (True, "choice", _SHORT),
    "ober": (True, "choice", _SHORT),
    "overhead_reach": (True, "choice", _SHORT),
    "shoulder_rest_supine": (True, "choice", _SHORT),
    "cervical_rotation": (True, "choice", ("normal", "limited")),
    "trunk_side_bend": (True, "choice", ("normal", "limited")),
    "trunk_flexor_hold": (False, "seconds", (0, 600)),
    "trunk_extensor_hold": (False, "seconds", (0, 600)),
    "side_bridge_hold": (True, "seconds", (0, 600)),
    "single_leg_stance": (True, "choice", ("steady", "hip_drops")),
    "single_leg_bridge_reps": (True, "reps", (0, 100)),
    "bridge_hamstring_cramp": (True, "boolean", ()),
    "deep_neck_flexor_hold": (False, "seconds", (0, 300)),
    "prone_y_raise": (True, "choice", ("normal", "weak")),
}

MUSCLES: Final = (
    "hip_flexors", "rectus_femoris", "tensor_fasciae_latae", "hamstrings", "piriformis",
    "adductors", "gluteus_maximus", "gluteus_medius", "abdominals", "lumbar_extensors",
    "quadratus_lumborum", "latissimus_dorsi", "pectorals", "upper_trapezius",
    "levator_scapulae", "deep_neck_flexors", "suboccipitals", "lower_trapezius",
    "serratus_anterior", "calves",
)

PATTERNS: Final = (
    "anterior_pelvic_tilt", "posterior_pelvic_tilt", "lateral_pelvic_tilt",
    "leg_length_difference", "upper_crossed", "trunk_endurance_imbalance",
)

ROUTINE_LIMIT: Final = 8
PAPERS: Final = ("a4", "letter")  # routine --pdf --paper; the first is the default

# Exit codes of the command line: success, anything else, bad input (nothing written).
EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_BAD_INPUT: Final = 2

"""Measuring posture from photos in the app: the landmark editor, its dialog, the wizard's button."""

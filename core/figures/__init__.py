"""Illustrations drawn from data; the entry points are in core.figures.illustrate."""

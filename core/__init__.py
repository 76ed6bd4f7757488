"""Rebalance's engine: pure Python, never imports Qt, so the command line and tests run headless."""

__version__ = "0.1.0"

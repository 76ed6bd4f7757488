"""The PySide6 desktop app. Shows and collects; every clinical decision is made in core/."""

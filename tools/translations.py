"""Extracts every translatable string of the app and the core into the template translators start from.

pyside6-lupdate finds ``self.tr(...)``, ``QCoreApplication.translate(context, ...)`` and
``QT_TRANSLATE_NOOP(context, ...)``, but not a module's short helper
``def _tr(text): return QCoreApplication.translate("Context", text)``: those strings were missing
from the template. So lupdate reads copies of the sources in which each ``_tr(`` call is spelled
out with its module's context; the sources themselves stay as they are.

    python tools/translations.py            (what tools/update_translations.sh runs)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "resources" / "translations" / "rebalance.ts"
HELPER = re.compile(r'def _tr\(text: str\) -> str:\s+return QCoreApplication\.translate\("([^"]+)", text\)')
CALL = re.compile(r"(?<![\w.])_tr\(")


def sources() -> list[Path]:
    return [ROOT / "main.py", *sorted(p for folder in ("core", "ui") for p in (ROOT / folder).rglob("*.py"))]


def spelled_out(text: str) -> str:
    """The module with each call of its _tr helper written as the QCoreApplication.translate it makes."""
    helper = HELPER.search(text)
    if helper is None:
        return text
    return text[:helper.end()] + CALL.sub(f'QCoreApplication.translate("{helper.group(1)}", ', text[helper.end():])


def extract(template: Path) -> None:
    """Write the template of every string the code asks to translate now."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for source in sources():
            copy = Path(folder) / source.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(spelled_out(source.read_text(encoding="utf-8")), encoding="utf-8")
            copies.append(str(copy))
        subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *copies, "-ts", str(template)],
                       check=True, capture_output=True)


if __name__ == "__main__":
    extract(TEMPLATE)

#!/usr/bin/env bash
# Extracts every translatable string of the app and the core into resources/translations/rebalance.ts,
# the file translators start from (Qt Linguist opens it):  bash tools/update_translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'core/*.py' 'ui/*.py' 'main.py'; git ls-files --others --exclude-standard 'core/*.py' 'ui/*.py')
.venv/bin/pyside6-lupdate -no-obsolete -locations none "${sources[@]}" -ts resources/translations/rebalance.ts

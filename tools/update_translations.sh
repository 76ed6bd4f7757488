#!/usr/bin/env bash
# Extracts every translatable string of the app and the core into resources/translations/rebalance.ts,
# the file translators start from (Qt Linguist opens it):  bash tools/update_translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python tools/translations.py

#!/usr/bin/env bash
# Builds the one-folder desktop bundle into dist/rebalance and checks it works:
#   bash packaging/build.sh
# The check runs the frozen program's `catalogue --json` and a start that quits once the
# window is shown (offscreen), so a bundle missing its data or a Qt plugin fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || ./dev test --version >/dev/null  # sets up .venv and the system packages
.venv/bin/python -m pip install --quiet "pyinstaller>=6.5,<7"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/rebalance.spec
frozen=dist/rebalance/rebalance
echo "==> checking the bundle"
"$frozen" catalogue --json | .venv/bin/python -c 'import json, sys; d = json.load(sys.stdin); print("catalogue", d["version"], len(d["tests"]), "tests")'
check_dir=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$frozen" --data-dir "$check_dir" --quit-after-show
echo "==> the bundle starts, shows its window and quits cleanly: dist/rebalance"

#!/usr/bin/env bash
# The run command: set up .venv if needed, then serve the app on http://127.0.0.1:7860.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/stylist serve "$@"

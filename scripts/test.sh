#!/usr/bin/env bash
# The test command: set up .venv if needed, then run the whole test suite offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
# One worker per core (--dist loadfile keeps each file's fixtures in one worker).
exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"

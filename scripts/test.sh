#!/usr/bin/env bash
# The test command: set up .venv if needed, then run the whole test suite offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
# One worker per core; a worker that runs out of tests takes some from the other (worksteal: 17:44 for the
# suite on two slow cores where whole files per worker, loadfile, took 24:49).
exec .venv/bin/python -m pytest -n auto --dist worksteal "$@"

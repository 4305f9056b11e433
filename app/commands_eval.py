"""`stylist eval TARGET --json`: measured quality of one part (vision here; retrieval elsewhere)."""

from __future__ import annotations

import argparse


def register(commands) -> None:
    from pathlib import Path

    # The evaluation photos are third-party data beside the repo, never inside a user's clone.
    default_data = Path(__file__).resolve().parents[1].parent / "shared" / "data"
    parser = commands.add_parser("eval", help="measure a part against held-out data (vision, retrieval)")
    parser.add_argument("target", choices=["vision", "retrieval"])
    parser.add_argument("--data", type=Path, default=default_data,
                        help="folder with the evaluation data sets (default: ../shared/data next to the repo)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    import sys

    from app.cli import emit_json, load_settings

    settings = load_settings()
    if args.target == "retrieval":
        try:
            from retrieval.evaluate import run_retrieval_eval
        except ImportError:
            sys.stderr.write("stylist: eval retrieval is not available yet (retrieval.evaluate.run_retrieval_eval)\n")
            return 1
        result = run_retrieval_eval(settings, args)
        if isinstance(result, dict):
            emit_json(result)
            return 0
        return int(result or 0)
    from retrieval.vision.evaluate import EvalDataMissing, run_vision_eval

    try:
        result = run_vision_eval(args.data, settings.demo_catalog)
    except EvalDataMissing as error:
        sys.stderr.write(f"stylist: {error}\n")
        return 1
    emit_json(result)
    return 0

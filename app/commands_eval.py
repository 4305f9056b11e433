"""`stylist eval TARGET --json`: measured quality of one part (vision, retrieval, outfits, understanding)."""

from __future__ import annotations

import argparse


def register(commands) -> None:
    from pathlib import Path

    # The evaluation photos are third-party data a clone does not ship: the caller says where they are.
    parser = commands.add_parser(
        "eval", help="measure a part: vision, retrieval, outfits (a stylist's rubric), understanding (of messages)")
    parser.add_argument("target", choices=["vision", "retrieval", "outfits", "understanding"])
    parser.add_argument("--data", type=Path, default=None,
                        help="vision: folder holding clothing-dataset-small/validation (the real-photo set)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    import sys

    from app.cli import emit_json, load_settings

    if args.target == "understanding":
        from app.eval_understanding import run_understanding_eval

        emit_json(run_understanding_eval())
        return 0
    settings = load_settings()
    if args.target == "outfits":
        from app.eval_outfits import run_outfit_eval

        emit_json(run_outfit_eval(settings))
        return 0
    if args.target == "retrieval":
        from app.eval_retrieval import run_retrieval_eval

        emit_json(run_retrieval_eval(settings))
        return 0
    from retrieval.vision.evaluate import EvalDataMissing, run_vision_eval

    if args.data is None:
        sys.stderr.write("stylist: eval vision needs --data DIR (the folder holding clothing-dataset-small/)\n")
        return 2
    from retrieval.vision.backends import build_kind_classifier

    try:
        # The backend the settings choose (vision_backend, clip_model), as `stylist serve` reads photos with.
        result = run_vision_eval(args.data, settings.demo_catalog,
                                 lambda: build_kind_classifier(settings.vision_backend, settings.clip_model))
    except EvalDataMissing as error:
        sys.stderr.write(f"stylist: {error}\n")
        return 1
    emit_json(result)
    return 0

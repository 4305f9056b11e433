"""`stylist doctor [--json]`: one line per check; exit 1 when something must be fixed."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    doctor = commands.add_parser("doctor", help="check environment, catalog, weights, GPU and database")
    doctor.add_argument("--json", action="store_true", help="one JSON object per check")
    doctor.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.cli import emit_json, load_settings
    from app.doctor import run_checks

    checks = run_checks(load_settings())
    for check in checks:
        if args.json:
            emit_json(asdict(check))
        else:
            print(f"{check.status:>4}  {check.name}: {check.detail}" + (f"  -> {check.fix}" if check.fix else ""))
    return 1 if any(c.status == "fail" for c in checks) else 0

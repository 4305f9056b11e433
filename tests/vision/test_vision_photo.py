"""load_photo: every kind of upload becomes an upright RGB image, or a PhotoError with a message."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from domain.photos import MAX_SIDE, PhotoError, load_photo


def test_large_jpeg_is_downscaled_to_rgb(write_photo) -> None:
    path = write_photo(Image.new("RGB", (2000, 1500), (10, 200, 10)), "big.jpg", quality=90)
    img = load_photo(path)
    assert img.mode == "RGB"
    assert max(img.size) <= MAX_SIDE
    assert img.size[0] > img.size[1]


def test_rgba_transparency_becomes_white(write_photo) -> None:
    rgba = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    rgba.paste((200, 0, 0, 255), (16, 16, 48, 48))
    img = load_photo(write_photo(rgba, "cutout.png"))
    assert img.mode == "RGB"
    assert img.getpixel((2, 2)) == (255, 255, 255)
    assert img.getpixel((32, 32)) == (200, 0, 0)


def test_palette_with_transparency_becomes_white(write_photo) -> None:
    rgba = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    rgba.paste((0, 0, 200, 255), (8, 8, 24, 24))
    img = load_photo(write_photo(rgba.convert("P", palette=Image.Palette.ADAPTIVE), "sticker.gif", transparency=0))
    assert img.mode == "RGB"
    assert img.getpixel((16, 16))[2] > 150


@pytest.mark.parametrize("mode", ["L", "CMYK", "1", "I;16"])
def test_other_modes_become_rgb(write_photo, mode: str) -> None:
    source = Image.new("RGB", (40, 40), (255, 255, 255)).convert(mode)
    suffix = {"CMYK": "jpg", "I;16": "png"}.get(mode, "png")
    img = load_photo(write_photo(source, f"mode.{suffix}"))
    assert img.mode == "RGB"
    assert min(img.getpixel((20, 20))) > 200  # white stays white (16-bit not clipped, CMYK not inverted)


def test_exif_orientation_is_applied(write_photo) -> None:
    # Stored landscape with the top of the picture on the left; Orientation 6 says "rotate 90 cw".
    stored = Image.new("RGB", (80, 40), (255, 255, 255))
    stored.paste((255, 0, 0), (0, 0, 10, 40))  # the picture's top row, stored as the left column
    exif = Image.Exif()
    exif[0x0112] = 6
    img = load_photo(write_photo(stored, "phone.jpg", exif=exif, quality=95))
    assert img.size == (40, 80)
    red, green, _ = img.getpixel((20, 2))
    assert red > 200 and green < 60


def _jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((200, 200), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _png_header_claiming(width: int, height: int) -> bytes:
    """A PNG whose header declares width x height: a decompression bomb costs nothing to build."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("truncated.jpg", _jpeg_bytes()[:1500]),
        ("empty.jpg", b""),
        ("notes.jpg", b"these are my outfit notes, not a photo\n" * 20),
        ("scan.jpg", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
        ("bomb.png", _png_header_claiming(100_000, 100_000)),
    ],
)
def test_unreadable_files_raise_photo_error_with_message(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PhotoError) as caught:
        load_photo(path)
    assert name in caught.value.message
    assert "JPEG" in caught.value.message  # says what to do


def test_pixels_over_the_limit_are_refused_even_below_pillows_hard_limit(write_photo, monkeypatch) -> None:
    path = write_photo(Image.new("RGB", (100, 100)), "big.png")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 6000)  # 10,000 px is between 1x and 2x: only a warning in Pillow
    with pytest.raises(PhotoError, match="too large"):
        load_photo(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="can't find"):
        load_photo(tmp_path / "gone.jpg")
    with pytest.raises(PhotoError, match="not a file"):
        load_photo(tmp_path)


def test_photo_error_is_a_value_error() -> None:
    assert issubclass(PhotoError, ValueError)

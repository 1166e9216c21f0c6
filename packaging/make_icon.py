"""Draw the application icon: a golden rice sheaf on a green rounded square.

    python packaging/make_icon.py        writes resources/icons/kttt-desktop.png and .ico

The drawing is made at 1024 px with Pillow and scaled down, so the same script always gives the
same files. The sheaf (stalks bound by one band, heads of grain bending outward) stands for the
farming cooperatives most offices look after; the icon carries no flag or emblem.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS_DIR = ROOT / "resources" / "icons"
SIZE = 1024
ICO_SIZES = [(s, s) for s in (16, 20, 24, 32, 40, 48, 64, 128, 256)]
PNG_SIZE = 256

GREEN_TOP = (46, 139, 87)
GREEN_BOTTOM = (22, 94, 60)
GOLD = (244, 196, 48)
GOLD_DARK = (201, 146, 20)
BAND = (164, 52, 36)


def _background() -> Image.Image:
    """A rounded square with a vertical green gradient, transparent outside."""
    gradient = Image.new("RGBA", (SIZE, SIZE))
    pixels = gradient.load()
    for y in range(SIZE):
        t = y / (SIZE - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(GREEN_TOP, GREEN_BOTTOM, strict=True))
        for x in range(SIZE):
            pixels[x, y] = (*colour, 255)
    mask = Image.new("L", (SIZE, SIZE), 0)
    margin = SIZE // 32
    ImageDraw.Draw(mask).rounded_rectangle((margin, margin, SIZE - margin, SIZE - margin),
                                           radius=SIZE // 5, fill=255)
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    image.paste(gradient, (0, 0), mask)
    return image


def _bezier(p0, p1, p2, t: float) -> tuple[float, float]:
    return (
        (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
        (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1],
    )


def _grain(draw: ImageDraw.ImageDraw, centre: tuple[float, float], direction: float) -> None:
    """One grain: an ellipse of gold along ``direction`` (radians)."""
    length, width = SIZE * 0.036, SIZE * 0.017
    cos, sin = math.cos(direction), math.sin(direction)
    outline = []
    for i in range(24):
        a = 2 * math.pi * i / 24
        x, y = length * math.cos(a), width * math.sin(a)
        outline.append((centre[0] + x * cos - y * sin, centre[1] + x * sin + y * cos))
    draw.polygon(outline, fill=GOLD, outline=GOLD_DARK, width=max(1, SIZE // 256))


def _stalk(draw: ImageDraw.ImageDraw, spread: float) -> None:
    """A stalk from the foot through the band; above it fans out by ``spread`` (-1 … 1) and its
    head of grain bends over under its weight."""
    foot = (SIZE * (0.5 + spread * 0.07), SIZE * 0.87)
    waist = (SIZE * 0.5 + spread * SIZE * 0.012, SIZE * 0.6)
    control = (SIZE * (0.5 + spread * 0.2), SIZE * 0.3)
    tip = (SIZE * (0.5 + spread * 0.36), SIZE * (0.2 + abs(spread) * 0.2))
    line = [foot, waist] + [_bezier(waist, control, tip, i / 30) for i in range(1, 31)]
    draw.line(line, fill=GOLD_DARK, width=SIZE // 48, joint="curve")
    for i in range(14, 31, 2):
        t = i / 30
        x, y = _bezier(waist, control, tip, t)
        nx, ny = _bezier(waist, control, tip, min(t + 0.02, 1))
        tangent = math.atan2(ny - y, nx - x)
        for side in (-1, 1):
            angle = tangent + side * 0.55
            offset = SIZE * 0.022
            _grain(draw, (x + offset * math.cos(angle), y + offset * math.sin(angle)), angle)
    _grain(draw, tip, math.atan2(tip[1] - control[1], tip[0] - control[0]))


def draw_icon() -> Image.Image:
    image = _background()
    draw = ImageDraw.Draw(image)
    for spread in (-1.0, 1.0, -0.55, 0.55, 0.0):
        _stalk(draw, spread)
    band_y = SIZE * 0.62
    draw.rounded_rectangle((SIZE * 0.4, band_y - SIZE * 0.032, SIZE * 0.6, band_y + SIZE * 0.032),
                           radius=SIZE // 60, fill=BAND)
    return image


def write_icons(folder: Path = ICONS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    image = draw_icon()
    png = folder / "kttt-desktop.png"
    ico = folder / "kttt-desktop.ico"
    image.resize((PNG_SIZE, PNG_SIZE), Image.Resampling.LANCZOS).save(png, optimize=True)
    image.save(ico, sizes=ICO_SIZES)
    return [png, ico]


if __name__ == "__main__":
    for path in write_icons():
        print(path.relative_to(ROOT))
    sys.exit(0)

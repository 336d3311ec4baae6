"""Draw the Tafelboek icon: ``app/assets/icons/tafelboek.png`` and ``tafelboek.ico``.

Run once by hand after changing the design (``.venv/bin/python packaging/make_icons.py``);
the two files are kept in git so a build needs nothing but the repository. Drawn with
Pillow (a reportlab dependency) and the bundled DejaVu Sans Bold.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "app" / "assets" / "icons"
FONT = ROOT / "vault" / "assets" / "fonts" / "DejaVuSans-Bold.ttf"
SIZE = 512
BACKGROUND = (31, 78, 95, 255)  # deep teal
PAGE = (246, 243, 234, 255)  # paper
INK = (31, 78, 95, 255)


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 512
    d.rounded_rectangle((16 * s, 16 * s, 496 * s, 496 * s), radius=96 * s, fill=BACKGROUND)
    # An open notebook: two pages meeting at a spine.
    d.rounded_rectangle((96 * s, 120 * s, 256 * s, 400 * s), radius=18 * s, fill=PAGE)
    d.rounded_rectangle((256 * s, 120 * s, 416 * s, 400 * s), radius=18 * s, fill=PAGE)
    d.line((256 * s, 128 * s, 256 * s, 392 * s), fill=BACKGROUND, width=max(1, round(8 * s)))
    font = ImageFont.truetype(str(FONT), round(190 * s))
    d.text((256 * s, 262 * s), "T", font=font, fill=INK, anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "tafelboek.png")
    image.save(
        OUT / "tafelboek.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print(f"wrote {OUT / 'tafelboek.png'} and {OUT / 'tafelboek.ico'}")


if __name__ == "__main__":
    main()

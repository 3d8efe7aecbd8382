"""The icons in resources/icons are what packaging/make_icons.py draws."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def load_generator():
    # Loaded by path: a folder named "packaging" must not shadow the library of that name.
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_svgs_are_the_generators_drawing():
    icons = load_generator()
    assert (ICONS / "briefing-builder.svg").read_text(encoding="utf-8") == icons.app_svg()
    assert (ICONS / "briefing-builder-memo.svg").read_text(encoding="utf-8") == icons.memo_svg()


def test_every_size_is_there_and_not_empty():
    icons = load_generator()
    for name in ("briefing-builder", "briefing-builder-memo"):
        for size in icons.PNG_SIZES:
            image = Image.open(ICONS / f"{name}-{size}.png").convert("RGBA")
            assert image.size == (size, size)
            opaque = sum(image.getchannel("A").histogram()[1:])
            assert opaque > size * size // 3, f"{name}-{size}.png is nearly empty"


def test_windows_and_macos_icons_hold_the_usual_sizes():
    ico = Image.open(ICONS / "briefing-builder.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    icns = Image.open(ICONS / "briefing-builder.icns")
    assert icns.size[0] >= 512

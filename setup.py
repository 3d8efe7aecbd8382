"""Build hook: a wheel carries resources/, briefs/ and the desktop-entry templates
inside the package, as app/_bundle.

Everything else about the package is in pyproject.toml. The checkout keeps
those folders at the top level (the design's layout); app/core/paths.py looks
for app/_bundle first, so an installed wheel finds its seed library, fonts,
icons and example memo without the checkout.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("resources", "briefs")
TEMPLATES = ("packaging/briefing-builder.desktop.in", "packaging/briefing-builder-mime.xml")


class BuildPyWithBundle(build_py):
    def run(self):
        super().run()
        if self.editable_mode:  # an editable install reads the checkout itself
            return
        target = Path(self.build_lib) / "app" / "_bundle"
        for name in BUNDLED:
            source = ROOT / name
            if not source.is_dir():
                raise SystemExit(f"cannot build the wheel: {source} is missing")
            shutil.copytree(
                source, target / name, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.py")
            )
        for name in TEMPLATES:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, target / name)


setup(cmdclass={"build_py": BuildPyWithBundle})

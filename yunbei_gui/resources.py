"""Where the project's data files (resources/) live, in a source tree, a wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder holding fonts, lexicons, samples and translations."""
    here = Path(__file__).resolve().parent
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpack folder
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [here.parent / "resources", here / "resources"]
    for candidate in candidates:
        if (candidate / "lexicon.json").is_file():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the yunbei_gui package")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def cjk_font_path() -> Path:
    """The CJK TrueType font shipped with the app (WenQuanYi Micro Hei)."""
    return resource_path("fonts", "wqy-microhei.ttc")

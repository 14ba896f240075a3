"""The README's pictures, taken from the real window on a virtual screen.

    ./scripts/pictures            (runs this under Xvfb at 1366x768; see that script)

Opens the window on a fresh case folder, adds the sample screenshots, waits for them to be
read, and for each of the six steps takes a screenshot of the whole X screen with
ImageMagick's `import -window root`. Then exports the pack and renders its first pages
with `pdftoppm`. Needs DISPLAY (Xvfb), imagemagick and poppler-utils.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STEP_FILES = ("1-evidence", "2-review", "3-self-check", "4-appeal", "5-export", "6-follow-up")


def _settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _shoot(path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(f"  {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "pictures")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("make_pictures.py: no DISPLAY; run it through ./scripts/pictures (Xvfb)")
    for tool in ("import", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"make_pictures.py: `{tool}` is missing (imagemagick, poppler-utils)")
    width, height = (int(v) for v in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="yunbei-pictures-"))
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from yunbei_gui.core.case_store import CaseStore
    from yunbei_gui.ui.context import AppContext
    from yunbei_gui.ui.i18n import install_translators
    from yunbei_gui.ui.main_window import MainWindow
    from yunbei_gui.ui.session import CaseSession
    from yunbei_gui.ui.workers import ScreenshotReader

    app = QApplication(["yunbei-gui"])
    translators = install_translators(app, args.language)  # noqa: F841 (kept alive)
    if args.dark:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QPalette

        # what a dark desktop theme hands the app (Xvfb has no desktop theme to follow)
        app.setStyle("Fusion")
        dark = QPalette()
        roles = QPalette.ColorRole
        for role, colour in [
            (roles.Window, "#2b2b2e"),
            (roles.WindowText, "#e6e6e6"),
            (roles.Base, "#1f1f22"),
            (roles.AlternateBase, "#2b2b2e"),
            (roles.Text, "#e6e6e6"),
            (roles.Button, "#3a3a3e"),
            (roles.ButtonText, "#e6e6e6"),
            (roles.Highlight, "#3d7bd9"),
            (roles.HighlightedText, "#ffffff"),
            (roles.PlaceholderText, "#9a9a9a"),
            (roles.ToolTipBase, "#3a3a3e"),
            (roles.ToolTipText, "#e6e6e6"),
            (roles.Link, "#7fb2ff"),
            (roles.Mid, "#55555a"),
        ]:
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(CaseSession(CaseStore(tmp / "cases")), ScreenshotReader(), settings)
    window = MainWindow(ctx)
    window.setGeometry(0, 0, width, height)
    window.show()
    _settle(app, 1.0)

    window.new_case()
    window.evidence.add_samples()
    deadline = time.monotonic() + 120
    while (window.evidence._pending or ctx.reader.busy) and time.monotonic() < deadline:
        _settle(app, 0.1)
    _settle(app, 1.5)  # thumbnails and previews
    print(f"pictures at {args.size}:")
    account = next(
        (s.id for s in ctx.session.case.screenshots if s.kind.value == "account"),  # type: ignore[union-attr]
        None,
    )
    for step, name in enumerate(STEP_FILES):
        window.go_to(step)
        if step == 1 and account:
            window.review.show_shot(account)
        if step == 4:
            window.export.folder_edit.setText(str(tmp / "pack"))
            done: list[object] = []
            window.export.exported.connect(done.append)
            window.export.start_export()
            while not done and time.monotonic() < deadline + 60:
                _settle(app, 0.1)
        _settle(app, 1.5)
        _shoot(args.out / f"{name}.png")
    window.show_cases()
    _settle(app, 0.5)
    _shoot(args.out / "0-cases.png")

    pdfs = sorted((tmp / "pack").glob("*.pdf"))
    if pdfs:
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "3",
                str(pdfs[0]),
                str(args.out / "pack-page"),
            ],
            check=True,
        )
        for page in sorted(args.out.glob("pack-page-*.png")):
            print(f"  {page}")
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

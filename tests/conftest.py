"""Shared fixtures: one real OCR engine per test session, with its own cache folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from yunbei_gui.core.ocr import OcrEngine


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OcrEngine]:
    """The real tesseract, never the user's cache."""
    yield OcrEngine(cache_dir=tmp_path_factory.mktemp("ocr-cache"))


@pytest.fixture(autouse=True)
def _no_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests must not read or fill the real user cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


# --- the window's tests ------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As in the app (ui/gc_guard.py): widgets are never collected by a worker thread."""
    if "qtbot" not in request.fixturenames and "ui_ctx" not in request.fixturenames:
        yield
        return
    import gc

    from yunbei_gui.ui.gc_guard import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector()
    try:
        yield
    finally:
        collector.stop()
        # Qt first deletes the widgets the test closed (their deleteLater), then Python
        # collects the wrappers left behind, here, on this thread
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


@pytest.fixture(scope="session")
def sample_paths(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Four rendered phone screenshots: failure prompt, records, account page, balance."""
    import screens

    folder = tmp_path_factory.mktemp("ui-shots")
    rendered = [
        ("failure", screens.render("failure", seed=6, width=1080)),
        ("records", screens.render("records", seed=1, width=1080)),
        ("account", screens.render("account", seed=2, width=1080)),
        ("balance", screens.render("balance", seed=1, width=1080)),
    ]
    paths = []
    for name, shot in rendered:
        paths.append(folder / f"{name}.png")
        shot.image.save(paths[-1])
    return paths


@pytest.fixture(scope="session")
def sample_reports(sample_paths: list[Path], engine: OcrEngine) -> list[Any]:
    """The real readings of `sample_paths` (OCR once per test session)."""
    from yunbei_gui.core.analysis import analyze

    return analyze(sample_paths, engine)


@pytest.fixture
def ui_ctx(qtbot: Any, tmp_path: Path, engine: OcrEngine) -> Any:
    """An `AppContext` on a private case folder and settings file, reading with `engine`."""
    from datetime import datetime

    from PySide6.QtCore import QSettings

    from yunbei_gui.core.case_store import CaseStore
    from yunbei_gui.ui.context import AppContext
    from yunbei_gui.ui.session import CaseSession
    from yunbei_gui.ui.workers import ScreenshotReader

    store = CaseStore(tmp_path / "cases")
    session = CaseSession(store)
    reader = ScreenshotReader(engine_factory=lambda: engine)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(session, reader, settings, clock=lambda: datetime(2026, 11, 24, 10, 0))


@pytest.fixture
def filled_case(ui_ctx: Any, sample_reports: list[Any]) -> Any:
    """`ui_ctx` with a case built from the four sample screenshots, opened in the session."""
    from yunbei_gui.core.case_builder import case_from_reports

    case, _ = case_from_reports(sample_reports, ui_ctx.session.store)
    ui_ctx.session.open(case)
    return case

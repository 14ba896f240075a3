"""Start the window: logging, the application object, translations, the last case."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from yunbei_gui import APP_NAME, __version__

log = logging.getLogger(__name__)

APP_DISPLAY_NAME = "云贝申诉助手"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path | None:
    """A rotating log file for support. The core logs no OCR text above DEBUG."""
    path = folder / f"{APP_NAME}.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None  # no log is no reason not to start
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, level))
    return path


def _install_excepthook(log_path: Path | None) -> None:
    """An unexpected error is logged and shown in Chinese; the window stays open."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            return
        where = (
            QApplication.translate("app", "详情已写入日志文件：{path}").format(path=log_path)
            if log_path
            else ""
        )
        QMessageBox.warning(
            None,
            QApplication.translate("app", "出了点问题"),
            QApplication.translate(
                "app", "程序遇到了一个意外错误，刚才的操作可能没有完成。你的案件已自动保存。"
            )
            + "\n"
            + where,
        )

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(
        args.exc_type, args.exc_value or Exception(), args.exc_traceback
    )


def run(paths: Sequence[str | Path] = ()) -> int:
    """Open the window (with `paths` as a new case when given) and run until it closes."""
    from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTimer
    from PySide6.QtGui import QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from yunbei_gui.core.case_store import CaseStore
    from yunbei_gui.core.ocr import default_workers
    from yunbei_gui.resources import cjk_font_path, resource_path
    from yunbei_gui.ui.context import AppContext
    from yunbei_gui.ui.gc_guard import MainThreadGarbageCollector
    from yunbei_gui.ui.i18n import choose_language, install_translators
    from yunbei_gui.ui.main_window import MainWindow, log_folder
    from yunbei_gui.ui.session import CaseSession
    from yunbei_gui.ui.workers import ScreenshotReader

    log_path = setup_logging(log_folder())
    log.info("starting %s %s", APP_NAME, __version__)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName(APP_NAME)
    # Chinese must render even where the system has no CJK font (a bare Linux, a bundle)
    font = cjk_font_path()
    if font.is_file() and QFontDatabase.addApplicationFont(str(font)) < 0:
        log.warning("the bundled CJK font could not be loaded")
    icon = resource_path("icons", "yunbei-gui.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    language = choose_language(str(settings.value("ui/language", "auto")), QLocale.system().name())
    translators = install_translators(app, language)  # noqa: F841 (kept alive until exit)
    _install_excepthook(log_path)
    collector = MainThreadGarbageCollector(app)  # noqa: F841 (lives as long as the app)

    session = CaseSession(CaseStore())
    # OCR tasks share the global pool: a few more threads than cores keep every core busy
    # while one long screenshot is still being read (see ocr.default_workers)
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), default_workers()))
    ctx = AppContext(session, ScreenshotReader(), settings)
    window = MainWindow(ctx)
    if paths:
        window.open_files([Path(p) for p in paths])
    else:
        window.restore_last_case()
    window.show()
    if os.environ.get("YUNBEI_QUIT_AFTER_START") == "1":  # packaging/smoke-test

        def started() -> None:
            print(f"yunbei-gui: window shown at {time.time():.3f}", flush=True)
            app.quit()

        QTimer.singleShot(0, started)
    code = app.exec()
    session.save_now()
    return int(code)

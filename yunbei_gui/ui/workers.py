"""Slow work off the window's thread: reading screenshots, redacting previews, exporting.

Everything here runs on `QThreadPool` threads and reports back through Qt signals, which
Qt delivers on the window's thread. Worker code only calls the core; it never touches a
widget.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PIL import Image
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from yunbei_gui.core.analysis import ScreenshotReport, read_page
from yunbei_gui.core.errors import OcrError, YunbeiError
from yunbei_gui.core.ocr import OcrEngine
from yunbei_gui.core.screenshot import load_screenshot

log = logging.getLogger(__name__)

THUMB_SIZE = 240  # px, the longer side of a thumbnail as decoded (the view scales it)


def pil_to_qimage(image: Image.Image) -> QImage:
    """An independent QImage copy of a PIL image (RGB or RGBA)."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    fmt = QImage.Format.Format_RGBA8888 if image.mode == "RGBA" else QImage.Format.Format_RGB888
    data = image.tobytes()
    bytes_per_line = image.width * (4 if image.mode == "RGBA" else 3)
    return QImage(data, image.width, image.height, bytes_per_line, fmt).copy()


class Cancelled(YunbeiError):
    """The user removed a screenshot while it was being read."""


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except YunbeiError as exc:
            log.warning("job failed: %s", exc.detail or exc.message)
            self.signals.failed.emit(exc.message)
            return
        except Exception:  # a bug must reach the user as a message, not kill the app
            log.exception("job crashed")
            self.signals.failed.emit("发生了意外错误，操作没有完成。详情已写入日志文件。")
            return
        self.signals.done.emit(result)


_alive: set[_JobSignals] = set()  # keep signal objects alive until their job reports


def _guarded(callback: Callable[[Any], None], owner: QObject | None) -> Callable[[Any], None]:
    """`callback`, skipped once its widget is gone (a page closed while the job ran)."""
    owners = [o for o in (owner, getattr(callback, "__self__", None)) if isinstance(o, QObject)]

    def call(value: Any) -> None:
        if all(shiboken6.isValid(o) for o in owners):
            callback(value)

    return call


def run_job(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run `fn` on a worker thread; `on_done(result)` or `on_failed(message)` on the GUI thread.

    Callbacks are dropped when `owner` (or the QObject a callback is a method of) has been
    deleted by then.
    """
    job = _Job(fn)
    signals = job.signals
    _alive.add(signals)

    def finish() -> None:
        # Never drop the last reference while the signal is still being delivered: that
        # deletes the sender under Qt's feet (a crash). Let go on the next loop turn.
        QTimer.singleShot(0, lambda: _alive.discard(signals))

    signals.done.connect(_guarded(on_done, owner))
    signals.failed.connect(_guarded(on_failed, owner))
    signals.done.connect(finish)
    signals.failed.connect(finish)
    (pool or QThreadPool.globalInstance()).start(job)


class _ReadSignals(QObject):
    loaded = Signal(str, QImage)  # token, thumbnail
    stage = Signal(str, str)  # token, what is happening (Chinese)
    finished = Signal(str, object)  # token, ScreenshotReport


class _ReadTask(QRunnable):
    def __init__(self, reader: ScreenshotReader, token: str, path: Path) -> None:
        super().__init__()
        self.reader = reader
        self.token = token
        self.path = path
        self.signals = reader._signals

    def run(self) -> None:
        report = ScreenshotReport(self.path)
        try:
            self._read(report)
        except YunbeiError as exc:
            report.error = exc
        except Exception as exc:
            log.exception("reading a screenshot crashed")
            report.error = YunbeiError("读取这张截图时发生了意外错误。", repr(exc))
        self.signals.finished.emit(self.token, report)

    def _read(self, report: ScreenshotReport) -> None:
        self.signals.stage.emit(self.token, "正在打开…")
        shot = load_screenshot(self.path)
        report.screenshot = shot
        thumb = shot.image.copy()
        thumb.thumbnail((THUMB_SIZE, THUMB_SIZE * 3))
        self.signals.loaded.emit(self.token, pil_to_qimage(thumb))
        if self.reader.is_cancelled(self.token):
            raise Cancelled("已取消。")
        engine = self.reader.engine()
        self.signals.stage.emit(self.token, "正在识别文字…")
        page, reading = read_page(engine, shot)
        if self.reader.is_cancelled(self.token):
            raise Cancelled("已取消。")
        self.signals.stage.emit(self.token, "正在分析…")
        report.page = page
        report.reading = reading


class ScreenshotReader(QObject):
    """Reads screenshots on the thread pool, one task per file, one tesseract per task.

    The OCR engine is made on first use; when tesseract or its Chinese data is missing the
    reports carry the `OcrError` and the screenshot itself still arrives, so the user can
    go on by hand. `reset_engine()` makes the next read look for tesseract again.
    """

    loaded = Signal(str, QImage)
    stage = Signal(str, str)
    finished = Signal(str, object)

    def __init__(
        self,
        engine_factory: Callable[[], OcrEngine] = OcrEngine,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine_factory = engine_factory
        self.pool = pool or QThreadPool.globalInstance()
        self._signals = _ReadSignals()
        self._signals.loaded.connect(self.loaded)
        self._signals.stage.connect(self.stage)
        self._signals.finished.connect(self._finished)
        self._lock = threading.Lock()
        self._engine: OcrEngine | None = None
        self._cancelled: set[str] = set()
        self._running: set[str] = set()
        self._counter = itertools.count(1)

    def read(self, path: Path) -> str:
        """Start reading `path`; returns the token its signals carry."""
        token = f"read-{next(self._counter)}"
        self._running.add(token)
        self.pool.start(_ReadTask(self, token, Path(path)))
        return token

    def cancel(self, token: str) -> None:
        with self._lock:
            self._cancelled.add(token)

    def is_cancelled(self, token: str) -> bool:
        with self._lock:
            return token in self._cancelled

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def engine(self) -> OcrEngine:
        """The shared engine; raises `OcrError` when tesseract cannot be used."""
        with self._lock:
            if self._engine is None:
                try:
                    self._engine = self.engine_factory()
                except OcrError:
                    raise
                except YunbeiError as exc:
                    raise OcrError(exc.message, exc.detail) from exc
            return self._engine

    def reset_engine(self) -> None:
        with self._lock:
            self._engine = None

    def _finished(self, token: str, report: ScreenshotReport) -> None:
        self._running.discard(token)
        with self._lock:
            self._cancelled.discard(token)
        self.finished.emit(token, report)

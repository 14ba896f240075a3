"""Does the window stay responsive? Event-loop stalls while 5 screenshots are read and a
pack is written, and the time from start to an interactive window.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_latency.py [--cached]

A 2 ms timer runs on the GUI thread; every gap between its ticks longer than the interval
is time the event loop could not answer the user. Printed: the longest stall and the 99th
percentile, for the reading phase and the export phase. Target: longest stall under 50 ms.
Without --cached the OCR cache is empty (the real first-drop case).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


class StallMeter:
    """Records the gaps between ticks of a short repeating timer on the GUI thread."""

    def __init__(self, interval_ms: int = 2) -> None:
        from PySide6.QtCore import QTimer

        self.interval = interval_ms / 1000
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[float, float, int]:
        self.timer.stop()
        stalls = sorted(max(0.0, g - self.interval) * 1000 for g in self.gaps)
        if not stalls:
            return 0.0, 0.0, 0
        p99 = stalls[min(len(stalls) - 1, int(len(stalls) * 0.99))]
        return stalls[-1], p99, len(stalls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cached", action="store_true", help="keep the OCR cache warm")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yunbei-ui-bench-"))
    if not args.cached:
        os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from yunbei_gui.core.case_store import CaseStore
    from yunbei_gui.ui.context import AppContext
    from yunbei_gui.ui.main_window import MainWindow
    from yunbei_gui.ui.session import CaseSession
    from yunbei_gui.ui.workers import ScreenshotReader

    app = QApplication([])
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(CaseSession(CaseStore(tmp / "cases")), ScreenshotReader(), settings)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    started = time.perf_counter() - T0
    print(f"start to window shown (imports included): {started:.2f} s")

    import screens

    paths = []
    for i, kind in enumerate(("failure", "records", "account", "balance", "network")):
        paths.append(tmp / f"{kind}.png")
        screens.render(kind, seed=i, width=1080).image.save(paths[-1])

    meter = StallMeter()
    window.new_case()
    meter.start()
    t = time.perf_counter()
    window.evidence.add_files(paths)
    while window.evidence._pending or ctx.reader.busy:
        app.processEvents()
        time.sleep(0.001)
    read_s = time.perf_counter() - t
    worst, p99, ticks = meter.stop()
    print(
        f"read 5 screenshots: {read_s:.2f} s; longest stall {worst:.1f} ms, p99 {p99:.1f} ms "
        f"({ticks} ticks)"
    )

    window.go_to(4)
    window.export.folder_edit.setText(str(tmp / "out"))
    done: list[object] = []
    window.export.exported.connect(done.append)
    meter.start()
    t = time.perf_counter()
    window.export.start_export()
    deadline = time.perf_counter() + 120
    while not done and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    export_s = time.perf_counter() - t
    worst, p99, ticks = meter.stop()
    print(
        f"export pack: {export_s:.2f} s; longest stall {worst:.1f} ms, p99 {p99:.1f} ms "
        f"({ticks} ticks){'' if done else ' (export did not finish)'}"
    )

    meter.start()
    for step in range(6):
        window.go_to(step)
        app.processEvents()
    worst, _, _ = meter.stop()
    print(f"walking the six steps: longest stall {worst:.1f} ms")
    window.close()


if __name__ == "__main__":
    main()

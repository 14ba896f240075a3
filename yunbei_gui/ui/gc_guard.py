"""Python's garbage collector runs only on the window's thread.

Left to itself, the cyclic collector runs in whatever thread happens to allocate, and a
worker thread (reading, exporting) can then destroy a widget caught in a reference cycle
while the window's thread paints it: a crash with no Python traceback. So automatic
collection is switched off and a timer on the GUI thread collects instead, with the same
thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as gc would."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        if counts[1] > self.threshold[1]:
            if counts[2] > self.threshold[2]:
                gc.collect(2)
            else:
                gc.collect(1)
        else:
            gc.collect(0)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()

"""What every page of the window shares: the open case, the reader, settings and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QSettings

from yunbei_gui.ui.session import CaseSession
from yunbei_gui.ui.workers import ScreenshotReader


@dataclass
class AppContext:
    session: CaseSession
    reader: ScreenshotReader
    settings: QSettings
    # the clock, so tests can fix "now" (due dates, the 24-hour window)
    clock: Callable[[], datetime] = field(default=datetime.now)

    def now(self) -> datetime:
        return self.clock()

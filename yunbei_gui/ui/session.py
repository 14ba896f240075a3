"""The open case of the window: the one place pages read the case from and change it through.

Every change goes through `CaseSession.edit`, which records an undo step (a before/after
snapshot of the case's JSON, so undo can never drift from what is saved) and schedules an
automatic save. Pages never keep references to parts of the case across edits: undo swaps
in a fresh `Case` object and emits `changed("all")`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from yunbei_gui.core.case import Case, CaseScreenshot
from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.errors import YunbeiError

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 400

# What an edit touched, so a page can skip work that does not concern it.
SCREENSHOTS = "screenshots"  # added, removed, reordered, kind changed
REGIONS = "regions"  # redaction regions, preset, redaction look
FIELDS = "fields"  # fields read from a screenshot
FACTS = "facts"
CHECKS = "checks"
REQUEST = "request"  # resolutions and the request note
CONTACTS = "contacts"
ALL = "all"  # another case, or undo/redo: everything may differ


class _Snapshot(QUndoCommand):
    """One undoable edit, as the case before and after it."""

    def __init__(
        self,
        session: CaseSession,
        text: str,
        before: dict[str, Any],
        after: dict[str, Any],
        merge_key: str | None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._first = True

    def id(self) -> int:
        # typing in one field becomes one undo step; other edits never merge
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Snapshot) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the edit was already applied by CaseSession.edit
            self._first = False
            return
        self._session._restore(self.after)

    def undo(self) -> None:
        self._session._restore(self.before)


class CaseSession(QObject):
    """The case being worked on, its store, its undo stack and its automatic saving."""

    changed = Signal(str)  # one of the constants above
    caseOpened = Signal()
    saveFailed = Signal(str)
    saved = Signal()

    def __init__(self, store: CaseStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case: Case | None = None
        self.undo_stack = QUndoStack(self)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    # --- opening -----------------------------------------------------------------------

    def open(self, case: Case) -> None:
        """Work on `case` from now on (the previous one is saved first)."""
        self.save_now()
        self.case = case
        self.undo_stack.clear()
        self.caseOpened.emit()
        self.changed.emit(ALL)

    def new_case(self) -> Case:
        case = Case.new()
        self.open(case)
        self._dirty = True
        self.save_now()
        return case

    def require(self) -> Case:
        """The open case, creating one if there is none (dropping files starts a case)."""
        return self.case if self.case is not None else self.new_case()

    # --- editing -----------------------------------------------------------------------

    def edit(
        self,
        text: str,
        change: Callable[[Case], object],
        what: str,
        merge_key: str | None = None,
    ) -> bool:
        """Apply `change` to the case as one undoable step named `text`.

        Returns False (and changes nothing) when `change` raises a YunbeiError; the error
        goes to the caller's handler by re-raising.
        """
        case = self.require()
        before = case.to_json()
        try:
            change(case)
        except YunbeiError:
            self._restore(before, emit=False)
            raise
        after = case.to_json()
        if after == before:
            return False
        self.undo_stack.push(_Snapshot(self, text, before, after, merge_key))
        self._changed(what)
        # reading or correcting a screenshot refills facts (prefill_facts): say so, so that
        # pages showing facts need not know every edit that can change them
        if what != FACTS and before.get("facts") != after.get("facts"):
            self.changed.emit(FACTS)
        return True

    def _restore(self, data: dict[str, Any], emit: bool = True) -> None:
        self.case = Case.from_json(data)
        if emit:
            self._changed(ALL)

    def _changed(self, what: str) -> None:
        self._dirty = True
        self._timer.start()
        self.changed.emit(what)

    # --- lookups -----------------------------------------------------------------------

    def shot(self, shot_id: str) -> CaseScreenshot | None:
        if self.case is None:
            return None
        return next((s for s in self.case.screenshots if s.id == shot_id), None)

    # --- saving ------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Write the case if it changed since the last save. Never raises."""
        self._timer.stop()
        if self.case is None or not self._dirty:
            return True
        try:
            self.store.save(self.case)
        except YunbeiError as exc:
            log.warning("case not saved: %s", exc.detail or exc.message)
            self.saveFailed.emit(exc.message)
            return False
        self._dirty = False
        self.saved.emit()
        return True

    @property
    def dirty(self) -> bool:
        return self._dirty

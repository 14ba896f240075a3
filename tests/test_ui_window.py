"""The whole window: steps, shortcuts, cases that come back after closing, missing tesseract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.errors import TesseractNotFoundError
from yunbei_gui.core.models import Kind
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.main_window import APPEAL, EVIDENCE, REVIEW, MainWindow
from yunbei_gui.ui.session import CaseSession
from yunbei_gui.ui.workers import ScreenshotReader


def _window(qtbot: Any, tmp_path: Path, engine: Any) -> tuple[MainWindow, AppContext]:
    ctx = AppContext(
        CaseSession(CaseStore(tmp_path / "cases")),
        ScreenshotReader(engine_factory=lambda: engine),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window, ctx


def _read(qtbot: Any, window: MainWindow, paths: list[Path]) -> None:
    window.evidence.add_files(paths)
    qtbot.waitUntil(
        lambda: not window.evidence._pending and len(window.session.case.screenshots) == len(paths),  # type: ignore[union-attr]
        timeout=60_000,
    )


def test_start_page_then_a_new_case_and_the_step_shortcuts(
    qtbot: Any, tmp_path: Path, engine: Any
) -> None:
    window, ctx = _window(qtbot, tmp_path, engine)
    assert window.top.currentWidget() is window.cases_page
    qtbot.mouseClick(window.cases_page.new_button, Qt.MouseButton.LeftButton)
    assert ctx.session.case is not None
    assert window.top.currentWidget() is window.work
    assert window.stack.currentWidget() is window.evidence
    QTest.keySequence(window, "Ctrl+PgDown")
    assert window.steps.currentRow() == REVIEW
    QTest.keySequence(window, "Ctrl+4")
    assert window.stack.currentWidget() is window.appeal
    QTest.keySequence(window, "Ctrl+PgUp")
    assert window.steps.currentRow() == APPEAL - 1
    window.steps.setCurrentRow(EVIDENCE)
    assert window.stack.currentWidget() is window.evidence


def test_closing_and_reopening_brings_the_case_back_exactly(
    qtbot: Any, tmp_path: Path, engine: Any, sample_paths: list[Path]
) -> None:
    window, ctx = _window(qtbot, tmp_path, engine)
    window.new_case()
    _read(qtbot, window, sample_paths[:2])
    case = ctx.session.case
    assert case is not None

    def change(c: Any) -> None:
        c.facts.item = "黑胶VIP年卡"
        c.facts.edited.add("item")

    ctx.session.edit("改商品", change, "facts")
    window.title_edit.setText("我的申诉")
    window.title_edit.editingFinished.emit()
    before = ctx.session.case.to_json()  # type: ignore[union-attr]
    window.close()

    again, ctx2 = _window(qtbot, tmp_path, engine)
    again.restore_last_case()
    assert ctx2.session.case is not None
    after = ctx2.session.case.to_json()
    assert {k: v for k, v in after.items() if k != "updated"} == {
        k: v for k, v in before.items() if k != "updated"
    }
    assert again.title_edit.text() == "我的申诉"
    assert "我的申诉" in again.windowTitle()


def test_cases_can_be_opened_duplicated_and_deleted(
    qtbot: Any, tmp_path: Path, engine: Any, sample_paths: list[Path], monkeypatch: Any
) -> None:
    window, ctx = _window(qtbot, tmp_path, engine)
    window.new_case()
    _read(qtbot, window, sample_paths[:1])
    first = ctx.session.case.id  # type: ignore[union-attr]
    window.show_cases()
    page = window.cases_page
    assert page.list.count() == 1
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 2
    copy_id = page.current_id()
    assert copy_id and copy_id != first
    copy = ctx.session.store.load(copy_id)
    assert len(copy.screenshots) == 1
    assert ctx.session.store.original_path(copy, copy.screenshots[0]).is_file()

    monkeypatch.setattr(page, "_confirm", lambda _q: False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 2  # said no
    monkeypatch.setattr(page, "_confirm", lambda _q: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 1
    assert [s.id for s in ctx.session.store.list()] == [first]

    page.list.setCurrentRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert ctx.session.case.id == first  # type: ignore[union-attr]
    assert window.top.currentWidget() is window.work


def test_missing_tesseract_shows_the_install_dialog_and_retry_reads(
    qtbot: Any, tmp_path: Path, engine: Any, sample_paths: list[Path], monkeypatch: Any
) -> None:
    window, ctx = _window(qtbot, tmp_path, engine)

    def missing() -> Any:
        raise TesseractNotFoundError("没有找到文字识别程序 Tesseract。")

    ctx.reader.engine_factory = missing
    shown: list[str] = []

    def dialog(message: str) -> bool:
        shown.append(message)
        ctx.reader.engine_factory = lambda: engine  # the user installed it, then "重试"
        return True

    monkeypatch.setattr(window, "_run_ocr_dialog", dialog)
    window.new_case()
    window.evidence.add_files(sample_paths[:1])
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "Tesseract" in shown[0]
    qtbot.waitUntil(
        lambda: ctx.session.case.screenshots[0].kind == Kind.FAILURE,  # type: ignore[union-attr]
        timeout=60_000,
    )


def test_the_install_dialog_itself_names_the_steps(qtbot: Any) -> None:
    from yunbei_gui.ui.dialogs import OcrMissingDialog

    dialog = OcrMissingDialog("没有找到文字识别程序 Tesseract。")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    steps = " ".join(w.toPlainText() for w in dialog.findChildren(QPlainTextEdit))
    assert "Tesseract" in labels
    assert "tesseract" in steps.lower()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0


def test_quit_shortcut_closes_the_window_and_saves(qtbot: Any, tmp_path: Path, engine: Any) -> None:
    window, ctx = _window(qtbot, tmp_path, engine)
    window.new_case()

    def change(c: Any) -> None:
        c.request_note = "请尽快处理"

    ctx.session.edit("备注", change, "request")
    QTest.keySequence(window, "Ctrl+Q")
    assert not window.isVisible()
    assert ctx.session.store.load(ctx.session.case.id).request_note == "请尽快处理"  # type: ignore[union-attr]


def test_facts_read_from_dropped_screenshots_reach_every_step(
    qtbot: Any, tmp_path: Path, engine: Any, sample_paths: list[Path]
) -> None:
    """The pages were built before the case had facts; reading must still fill them."""
    window, ctx = _window(qtbot, tmp_path, engine)
    window.new_case()
    _read(qtbot, window, sample_paths)
    facts = ctx.session.case.facts  # type: ignore[union-attr]
    assert facts.item and facts.failure_time
    assert window.appeal._rows["item"].editor.text() == facts.item
    window.go_to(5)
    assert "还没有填写" not in " ".join(
        w.text() for w in window.follow_up.findChildren(QLabel) if w.isVisible()
    )


def test_screenshots_given_on_the_command_line_open_as_a_new_case(
    qtbot: Any, tmp_path: Path, engine: Any, sample_paths: list[Path]
) -> None:
    window, ctx = _window(qtbot, tmp_path, engine)
    window.open_files(sample_paths[:2])
    assert window.stack.currentWidget() is window.evidence
    qtbot.waitUntil(
        lambda: len(ctx.session.case.screenshots) == 2,  # type: ignore[union-attr]
        timeout=60_000,
    )
    assert [s.kind for s in ctx.session.case.screenshots] == [Kind.FAILURE, Kind.RECORDS]  # type: ignore[union-attr]


def test_about_shows_the_version_and_the_licences(qtbot: Any) -> None:
    from yunbei_gui import __version__
    from yunbei_gui.ui.dialogs import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    notices = " ".join(w.toPlainText() for w in dialog.findChildren(QPlainTextEdit))
    assert __version__ in labels and "MIT" in labels
    assert "Tesseract" in notices and "LGPL" in notices

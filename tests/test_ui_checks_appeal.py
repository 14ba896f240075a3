"""Steps 3 and 4 of the window: the self-checks with the diagnosis, and the appeal form and texts.

Every test drives the real widgets (clicks, typing, Enter) on a case built from the four
rendered, OCR'd sample screenshots, and checks what the user relies on: the case changed,
it is saved, and the texts shown follow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from yunbei_gui.core.appeal import write_all
from yunbei_gui.core.case import Channel, CheckState, Resolution
from yunbei_gui.core.diagnosis import checklist_items
from yunbei_gui.core.export import pack_pdf_name
from yunbei_gui.core.models import Cause
from yunbei_gui.core.names import CAUSE_NAMES, CHANNEL_NAMES, FACT_NAMES, RESOLUTION_NAMES
from yunbei_gui.ui.appeal_page import AppealPage
from yunbei_gui.ui.checks_page import ChecksPage

# --- helpers -------------------------------------------------------------------------------


def _button(page: QWidget, text: str) -> QPushButton:
    found = [b for b in page.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"expected one visible button {text!r}, found {len(found)}"
    return found[0]


def _click(qtbot: Any, widget: QWidget) -> None:
    if isinstance(widget, QCheckBox):  # on the box itself: a check box's row is wider than it
        pos = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _labels(page: QWidget) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def _fact_editor(page: AppealPage, name: str) -> QLineEdit:
    found = [e for e in page.findChildren(QLineEdit) if e.accessibleName() == FACT_NAMES[name]]
    assert len(found) == 1
    return found[0]


def _type(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type `text` as a Chinese user does: Latin keys pressed, Chinese committed by the IME."""
    run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def _retype(qtbot: Any, editor: QLineEdit, text: str) -> None:
    """Select what is in the field, type over it and press Enter, as a user does."""
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _named(page: QWidget, cls: type, name: str) -> Any:
    found = [w for w in page.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one {cls.__name__} named {name!r}"
    return found[0]


def _body(page: AppealPage, channel: Channel) -> str:
    return _named(page, QPlainTextEdit, f"{CHANNEL_NAMES[channel]}的正文").toPlainText()


def _subject(page: AppealPage, channel: Channel) -> str:
    return _named(page, QLineEdit, f"{CHANNEL_NAMES[channel]}的标题").text()


def _make(qtbot: Any, cls: type, ctx: Any) -> Any:
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


# --- self-checks ---------------------------------------------------------------------------


def test_walking_the_checks_changes_and_saves_the_checklist(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _make(qtbot, ChecksPage, ui_ctx)
    note = page.findChild(QPlainTextEdit)
    assert note is not None

    # 1. network: done, with a note; then on to the next check
    _click(qtbot, _button(page, "已完成"))
    note.setFocus()
    _type(qtbot, note, "换成流量还是失败")
    _click(qtbot, _button(page, "下一项"))
    # 2. account: a problem found
    _click(qtbot, _button(page, "发现问题"))
    _click(qtbot, _button(page, "下一项"))
    # 3. records: not applicable, then changed back to "not checked" by clicking it again
    _click(qtbot, _button(page, "不适用"))
    _click(qtbot, _button(page, "不适用"))

    checks = {c.key: c for c in ui_ctx.session.case.checklist}
    assert checks["network"].state == CheckState.DONE
    assert checks["network"].note == "换成流量还是失败"
    assert checks["account"].state == CheckState.PROBLEM
    assert checks["records"].state == CheckState.OPEN
    assert "已查 2 / 6 项" in _labels(page)

    assert ui_ctx.session.save_now()
    saved = {c.key: c for c in ui_ctx.session.store.load(filled_case.id).checklist}
    assert saved["network"].state == CheckState.DONE
    assert saved["network"].note == "换成流量还是失败"
    assert saved["account"].state == CheckState.PROBLEM

    # going back shows the first check's note again, and undo takes the state back
    _click(qtbot, _button(page, "上一项"))
    _click(qtbot, _button(page, "上一项"))
    assert note.toPlainText() == "换成流量还是失败"
    ui_ctx.session.undo_stack.undo()  # records: back to 不适用
    ui_ctx.session.undo_stack.undo()  # records: back to open
    ui_ctx.session.undo_stack.undo()  # account: back to open
    checks = {c.key: c for c in ui_ctx.session.case.checklist}
    assert checks["account"].state == CheckState.OPEN
    assert "已查 1 / 6 项" in _labels(page)


def test_the_diagnosis_names_the_cause_and_flags_its_checks(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _make(qtbot, ChecksPage, ui_ctx)
    cause = filled_case.facts.cause
    assert cause is not None  # the sample failure prompt reads as a known cause
    title = page.findChild(QLabel, "causeTitle")
    assert title.text() == CAUSE_NAMES[cause]
    assert "24小时" in _labels(page)

    # another cause: the panel and the flagged checks follow at once
    def set_cause(case: Any) -> None:
        case.facts.cause = Cause.ACCOUNT

    ui_ctx.session.edit("原因", set_cause, "facts")
    assert title.text() == CAUSE_NAMES[Cause.ACCOUNT]
    items = page.findChild(QListWidget)
    flagged = [items.item(i).text() for i in range(items.count()) if "优先" in items.item(i).text()]
    account_title = next(e.title for e in checklist_items() if e.key == "account")
    assert flagged == [f"2. {account_title}  优先"]

    device = next(e for e in checklist_items() if e.key == "device")
    page.select_check("device")
    assert items.currentRow() == 5
    assert device.guidance in _labels(page)
    assert device.what_to_keep in _labels(page)


def test_without_a_case_the_pages_say_so(qtbot: Any, ui_ctx: Any) -> None:
    for cls in (ChecksPage, AppealPage):
        page = _make(qtbot, cls, ui_ctx)
        assert "还没有打开案件" in _labels(page)


# --- appeal: facts -------------------------------------------------------------------------


def test_typing_an_item_rewrites_the_email_and_marks_it_edited(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    editor = _fact_editor(page, "item")
    assert editor.text() == filled_case.facts.item  # pre-filled from the screenshots
    assert "item" not in ui_ctx.session.case.facts.edited

    _retype(qtbot, editor, "黑胶VIP年卡")

    assert ui_ctx.session.case.facts.item == "黑胶VIP年卡"
    assert "item" in ui_ctx.session.case.facts.edited
    qtbot.waitUntil(lambda: "黑胶VIP年卡" in _body(page, Channel.EMAIL), timeout=2000)
    assert "已修改" in _labels(page)
    # the subject too, and what is shown is what the core writes
    expected = write_all(ui_ctx.session.case, [pack_pdf_name(ui_ctx.session.case)])
    assert _body(page, Channel.EMAIL) == expected[Channel.EMAIL].body
    assert _subject(page, Channel.EMAIL) == expected[Channel.EMAIL].subject


def test_clearing_a_required_fact_marks_it_missing(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    assert filled_case.facts.account_id
    _retype(qtbot, _fact_editor(page, "account_id"), "")

    case = ui_ctx.session.case
    assert case.facts.account_id is None
    assert "account_id" in case.missing_facts()
    labels = _labels(page)
    assert "还缺：" in labels and FACT_NAMES["account_id"] in labels
    assert "必填" in labels


def test_a_bad_number_or_time_is_refused_inline(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    before = ui_ctx.session.case.to_json()
    steps = ui_ctx.session.undo_stack.count()

    number = _fact_editor(page, "yunbei_deducted")
    _retype(qtbot, number, "很多")
    assert "要填一个整数" in _labels(page)
    assert number.text() == "很多"  # the user's text stays for correcting

    time = _fact_editor(page, "failure_time")
    _retype(qtbot, time, "昨天上午")
    assert "2026-11-20 10:32" in _labels(page)
    assert time.text() == "昨天上午"

    assert ui_ctx.session.case.to_json() == before
    assert ui_ctx.session.undo_stack.count() == steps

    # corrected: the message goes away and the value is taken (full-width comma is fine)
    _retype(qtbot, number, "1，200")
    assert ui_ctx.session.case.facts.yunbei_deducted == 1200
    assert "要填一个整数" not in _labels(page)
    _retype(qtbot, time, "2026-11-20 10:32")
    assert ui_ctx.session.case.facts.failure_time == "2026-11-20T10:32"


def test_tried_takes_full_width_separators(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    _retype(qtbot, _fact_editor(page, "tried"), "重启应用；切换网络")
    assert ui_ctx.session.case.facts.tried == ["重启应用", "切换网络"]
    qtbot.waitUntil(lambda: "切换网络" in _body(page, Channel.EMAIL), timeout=2000)


def test_undo_brings_the_previous_fact_back_into_the_form(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    editor = _fact_editor(page, "item")
    old = editor.text()
    _retype(qtbot, editor, "黑胶VIP月卡")
    assert ui_ctx.session.case.facts.item == "黑胶VIP月卡"

    ui_ctx.session.undo_stack.undo()

    assert ui_ctx.session.case.facts.item == old
    assert editor.text() == old
    assert "item" not in ui_ctx.session.case.facts.edited
    qtbot.waitUntil(lambda: "黑胶VIP月卡" not in _body(page, Channel.EMAIL), timeout=2000)


# --- appeal: the request -------------------------------------------------------------------


def test_the_last_resolution_cannot_be_unchecked(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    boxes = {b.text(): b for b in page.findChildren(QCheckBox)}
    only = boxes[RESOLUTION_NAMES[Resolution.RETURN_COINS]]
    assert ui_ctx.session.case.resolutions == [Resolution.RETURN_COINS]
    assert only.isChecked()

    _click(qtbot, only)
    assert only.isChecked()
    assert ui_ctx.session.case.resolutions == [Resolution.RETURN_COINS]
    assert "至少要保留一项" in _labels(page)

    # with another one chosen, the first may go
    _click(qtbot, boxes[RESOLUTION_NAMES[Resolution.REDEEM_AGAIN]])
    _click(qtbot, only)
    assert ui_ctx.session.case.resolutions == [Resolution.REDEEM_AGAIN]
    assert "至少要保留一项" not in _labels(page)

    note = _named(page, QPlainTextEdit, "请求的补充说明")
    note.setFocus()
    _type(qtbot, note, "请三个工作日内答复")
    assert ui_ctx.session.case.request_note == "请三个工作日内答复"
    assert ui_ctx.session.save_now()
    saved = ui_ctx.session.store.load(filled_case.id)
    assert saved.resolutions == [Resolution.REDEEM_AGAIN]
    assert saved.request_note == "请三个工作日内答复"


# --- appeal: the texts ---------------------------------------------------------------------


def test_copy_puts_the_body_on_the_clipboard(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    QApplication.clipboard().clear()
    _click(qtbot, _button(page, "复制正文"))  # the email tab is shown first
    body = QApplication.clipboard().text()
    expected = write_all(ui_ctx.session.case, [pack_pdf_name(ui_ctx.session.case)])
    assert body == expected[Channel.EMAIL].body
    assert "网易云音乐客服" in body

    # the in-app tab: its text, its length against the limit
    tabs = page.findChild(QTabWidget)
    tabs.setCurrentIndex(list(Channel).index(Channel.IN_APP))
    in_app = expected[Channel.IN_APP].body
    assert f"共 {len(in_app)} 字" in _labels(page)
    _click(qtbot, _button(page, "复制正文"))
    assert QApplication.clipboard().text() == in_app


def test_focus_fact_puts_the_cursor_in_the_field(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _make(qtbot, AppealPage, ui_ctx)
    page.activateWindow()
    page.focus_fact("bound_phone")
    editor = _fact_editor(page, "bound_phone")
    qtbot.waitUntil(editor.hasFocus, timeout=2000)


def test_a_failure_time_taken_from_the_files_own_time_asks_to_be_checked(
    qtbot: Any, ui_ctx: Any, sample_reports: list[Any]
) -> None:
    from dataclasses import replace

    from yunbei_gui.core.case import TimeSource
    from yunbei_gui.core.case_builder import case_from_reports, prefill_facts

    case, _ = case_from_reports(sample_reports, ui_ctx.session.store)
    # screenshots with no time on them: the prefill can only take a file's own time
    for shot in case.screenshots:
        shot.time, shot.time_source = "2026-12-07T01:25:13", TimeSource.FILE
        shot.fields.timestamps = []
        shot.fields.deductions = [replace(row, time=None) for row in shot.fields.deductions]
    case.facts = type(case.facts)()
    prefill_facts(case, [])
    assert case.facts.failure_time is not None
    ui_ctx.session.open(case)
    page = _make(qtbot, AppealPage, ui_ctx)
    assert "请核对" in _labels(page)
    # typed in by the user, it is theirs: no more asking
    _retype(qtbot, _fact_editor(page, "failure_time"), "2026-12-06 20:10")
    assert ui_ctx.session.case.facts.failure_time == "2026-12-06T20:10"
    assert "请核对" not in _labels(page)
    assert "已修改" in _labels(page)

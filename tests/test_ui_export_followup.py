"""Steps 5 and 6 of the window: exporting the evidence pack and following up on contacts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from yunbei_gui.core.case import Channel
from yunbei_gui.ui.export_page import SETTINGS_FOLDER, ExportPage
from yunbei_gui.ui.followup_page import FollowUpPage

JOB_TIMEOUT_MS = 60_000


# --- export ------------------------------------------------------------------------------


def _export_page(qtbot: Any, ctx: Any, folder: Path) -> ExportPage:
    page = ExportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.folder_edit.setText(str(folder))
    return page


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_export_writes_the_pack_and_opens_the_pdf(
    qtbot: Any, ui_ctx: Any, filled_case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "我的申诉"
    page = _export_page(qtbot, ui_ctx, tmp_path / "elsewhere")
    monkeypatch.setattr(page, "_ask_folder", lambda start: str(out))
    opened: list[QUrl] = []
    monkeypatch.setattr(page, "_open_url", lambda url: opened.append(url) or True)

    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.folder_edit.text() == str(out)
    assert "绑定手机号" in page.missing_bar.text()  # the sample never shows the phone
    assert "没有任何遮挡区域" in page.unmasked_bar.text()

    with qtbot.waitSignal(page.exported, timeout=JOB_TIMEOUT_MS) as signal:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result.pdf.parent == out
    assert result.pdf.read_bytes().startswith(b"%PDF")
    for path in [*result.texts, result.manifest, result.checksum, result.eml]:
        assert path is not None and path.is_file()
    assert page.result_box.isVisible()
    assert str(result.pdf) in page.paths_label.text()
    assert ui_ctx.settings.value(SETTINGS_FOLDER) == str(out)

    qtbot.mouseClick(page.open_pdf_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(result.pdf))
    qtbot.mouseClick(page.eml_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(result.eml))
    qtbot.mouseClick(page.mail_button, Qt.MouseButton.LeftButton)
    assert opened[-1].scheme() == "mailto"
    assert "service@music.163.com" in opened[-1].toString()
    assert result.pdf.name in page.mail_bar.text()  # tells the user to attach the PDF

    # the next time the page is made, the folder is the one used last
    again = ExportPage(ui_ctx)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(out)


def test_recording_the_sent_email_adds_a_contact(
    qtbot: Any, ui_ctx: Any, filled_case: Any, tmp_path: Path
) -> None:
    page = _export_page(qtbot, ui_ctx, tmp_path / "pack")
    with qtbot.waitSignal(page.exported, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.followUpRequested):
        qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    contacts = ui_ctx.session.case.contacts
    assert [(c.channel, c.time) for c in contacts] == [(Channel.EMAIL, "2026-11-24T10:00")]
    assert not page.sent_button.isEnabled()  # a second click would record it twice


def test_export_into_a_file_shows_an_error_and_writes_nothing(
    qtbot: Any, ui_ctx: Any, filled_case: Any, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder.txt"
    blocker.write_text("mine", encoding="utf-8")
    before = _files_under(tmp_path)
    page = _export_page(qtbot, ui_ctx, blocker)

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.message_bar.isVisible()
    assert "不是文件夹" in page.message_bar.text()
    assert not page.busy

    # a folder inside that file: the core itself refuses, the page says so in Chinese
    page.folder_edit.setText(str(blocker / "pack"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=JOB_TIMEOUT_MS)
    assert "证据包" in page.message_bar.text()
    assert "Error" not in page.message_bar.text()
    assert not page.result_box.isVisible()

    assert blocker.read_text(encoding="utf-8") == "mine"
    assert _files_under(tmp_path) == before
    assert ui_ctx.settings.value(SETTINGS_FOLDER) is None


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_export_into_a_read_only_folder_shows_an_error(
    qtbot: Any, ui_ctx: Any, filled_case: Any, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        page = _export_page(qtbot, ui_ctx, locked)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.busy, timeout=JOB_TIMEOUT_MS)
        assert "没有权限" in page.message_bar.text()
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_cancel_during_an_export_leaves_no_files(
    qtbot: Any, ui_ctx: Any, filled_case: Any, tmp_path: Path
) -> None:
    out = tmp_path / "pack"
    page = _export_page(qtbot, ui_ctx, out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.busy and page.cancel_button.isVisible() and page.progress.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=JOB_TIMEOUT_MS)

    assert "已取消" in page.message_bar.text()
    assert _files_under(out) == []
    assert not out.exists()  # the folder was made for this export only
    assert not page.result_box.isVisible()
    assert ui_ctx.settings.value(SETTINGS_FOLDER) is None


def test_pages_without_a_case_are_calm(qtbot: Any, ui_ctx: Any, tmp_path: Path) -> None:
    export = _export_page(qtbot, ui_ctx, tmp_path / "pack")
    follow = FollowUpPage(ui_ctx)
    qtbot.addWidget(follow)
    follow.show()
    assert export.empty_label.isVisible() and follow.empty_label.isVisible()
    export.start_export()  # the Ctrl+E shortcut with nothing open
    assert not export.busy and not (tmp_path / "pack").exists()


# --- follow-up ---------------------------------------------------------------------------


def _follow_page(qtbot: Any, ctx: Any) -> FollowUpPage:
    page = FollowUpPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Chinese (as a pinyin IME)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _fill_form(
    qtbot: Any,
    page: FollowUpPage,
    channel: Channel,
    when: tuple[int, int, int, int, int],
    ticket: str = "",
    outcome: str | None = None,
) -> None:
    page.channel_combo.setCurrentIndex(page.channel_combo.findData(channel.value))
    y, m, d, hh, mm = when
    page.time_edit.setDateTime(QDateTime(QDate(y, m, d), QTime(hh, mm)))
    page.ticket_edit.clear()
    qtbot.keyClicks(page.ticket_edit, ticket)
    if outcome is not None:
        page.outcome_combo.lineEdit().clear()
        _type(qtbot, page.outcome_combo.lineEdit(), outcome)


def test_adding_a_contact_shows_it_and_saves_it(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _follow_page(qtbot, ui_ctx)
    assert page.table.rowCount() == 0
    assert page.time_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-24 10:00"

    _fill_form(qtbot, page, Channel.IN_APP, (2026, 11, 23, 15, 30), ticket="GD20261123")
    qtbot.keyClicks(page.agent_edit, "9527")
    _type(qtbot, page.promised_edit, "两天内核实")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.table.rowCount() == 1
    row = [page.table.item(0, col).text() for col in range(page.table.columnCount())]
    assert row[:5] == ["应用内客服", "2026-11-23 15:30", "GD20261123", "9527", "两天内核实"]
    assert page.ticket_edit.text() == ""  # the form is ready for the next one

    assert ui_ctx.session.save_now()
    saved = ui_ctx.session.store.load(filled_case.id).contacts
    assert len(saved) == 1
    assert (saved[0].channel, saved[0].time, saved[0].ticket) == (
        Channel.IN_APP,
        "2026-11-23T15:30",
        "GD20261123",
    )
    assert saved[0].agent_id == "9527" and saved[0].outcome == "等待回复"


def test_a_late_email_is_overdue_and_brings_up_the_escalation(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _follow_page(qtbot, ui_ctx)
    assert not page.escalation_body.isVisible()  # quiet while nothing is late

    # 2026-11-16 is six working days before "now" (Tuesday 2026-11-24 10:00)
    _fill_form(qtbot, page, Channel.EMAIL, (2026, 11, 16, 10, 0), ticket="A1")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.followup is not None and len(page.followup.overdue) == 1
    assert len(page.due_labels) == 1
    assert "已超时" in page.due_labels[0].text()
    assert page.due_labels[0].isVisible()
    assert page.action_title.text() == "在客服邮箱追问进度"
    assert page.escalation_body.isVisible()
    assert "复核" in page.escalation_subject.text()
    assert page.escalation_body.toPlainText().strip()
    assert page.escalation_bar.isVisible()


def test_a_fresh_email_is_not_overdue_and_turns_late_with_the_clock(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    from datetime import datetime

    page = _follow_page(qtbot, ui_ctx)
    _fill_form(qtbot, page, Channel.EMAIL, (2026, 11, 24, 9, 0))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "已超时" not in page.due_labels[0].text()
    assert page.action_title.text() == "等待回复"
    assert not page.escalation_body.isVisible()
    qtbot.mouseClick(page.toggle_escalation_button, Qt.MouseButton.LeftButton)
    assert page.escalation_body.isVisible()  # still there for whoever wants it

    ui_ctx.clock = lambda: datetime(2026, 12, 3, 9, 0)  # the window stayed open
    page._timer.timeout.emit()
    assert "已超时" in page.due_labels[0].text()


def test_rejected_outcome_ticks_rejected_and_edit_changes_the_row(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _follow_page(qtbot, ui_ctx)
    _fill_form(qtbot, page, Channel.EMAIL, (2026, 11, 20, 9, 0), ticket="T1")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.ticket_edit.text() == "T1" and page.save_button.text() == "保存修改"
    page.outcome_combo.lineEdit().clear()
    _type(qtbot, page.outcome_combo.lineEdit(), "已驳回")
    assert page.rejected_check.isChecked()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    contacts = ui_ctx.session.case.contacts
    assert len(contacts) == 1
    assert contacts[0].rejected and contacts[0].outcome == "已驳回"
    assert page.table.item(0, 6).text() == "是"
    assert page.escalation_body.isVisible()
    assert "驳回" in page.escalation_bar.text()


def test_deleting_a_contact_asks_and_undo_brings_it_back(
    qtbot: Any, ui_ctx: Any, filled_case: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _follow_page(qtbot, ui_ctx)
    _fill_form(qtbot, page, Channel.WEIBO, (2026, 11, 22, 20, 15), ticket="W9")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1

    questions: list[str] = []
    monkeypatch.setattr(page, "_confirm_delete", lambda q: questions.append(q) or False)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert questions and page.table.rowCount() == 1  # said no: nothing removed

    monkeypatch.setattr(page, "_confirm_delete", lambda q: True)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0
    assert ui_ctx.session.case.contacts == []

    ui_ctx.session.undo_stack.undo()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "W9"
    assert [c.ticket for c in ui_ctx.session.case.contacts] == ["W9"]

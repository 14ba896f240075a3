"""The start page: earlier cases (open, duplicate, delete) and a new one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.case_store import CaseStore, CaseSummary
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.ui.widgets import MessageBar, confirm, heading, hint

_ID_ROLE = Qt.ItemDataRole.UserRole


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class CasesPage(QWidget):
    """Lists the cases in the store. The main window opens what the user picks."""

    openRequested = Signal(str)
    newRequested = Signal()
    duplicated = Signal(str)  # new case id

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading(self.tr("云贝申诉助手")))
        layout.addWidget(
            hint(
                self.tr(
                    "云贝兑换失败、云贝被扣却没拿到东西？把手机截图交给我：识别内容、遮挡隐私、"
                    "写好申诉、导出一份可以直接发邮件的证据包，再提醒你跟进到云贝退回为止。"
                    "一切都在本机完成，不联网。"
                )
            )
        )
        self.new_button = QPushButton(self.tr("新建申诉案件"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(heading(self.tr("之前的案件")))
        self.messages = MessageBar(self)
        layout.addWidget(self.messages)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("之前的案件"))
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.empty = hint(self.tr("还没有案件。点“新建申诉案件”开始。"))
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("打开"))
        self.copy_button = QPushButton(self.tr("复制一份"))
        self.delete_button = QPushButton(self.tr("删除…"))
        self.open_button.clicked.connect(self._open_current)
        self.copy_button.clicked.connect(self.duplicate_current)
        self.delete_button.clicked.connect(self.delete_current)
        for b in (self.open_button, self.copy_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        try:
            cases = self.store.list()
        except OSError as exc:
            self.messages.show_message(
                self.tr("无法读取案件文件夹：{error}").format(error=exc), "error"
            )
            cases = []
        for summary in cases:
            item = QListWidgetItem(self._label(summary))
            item.setData(_ID_ROLE, summary.id)
            if summary.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(summary.problem)
            self.list.addItem(item)
            if summary.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not cases)
        self.list.setVisible(bool(cases))
        self._update_buttons()

    def _label(self, summary: CaseSummary) -> str:
        if summary.problem:
            return self.tr("无法打开的案件 {id}：{problem}").format(
                id=summary.id, problem=summary.problem
            )
        return self.tr("{title}　　最后修改：{when}").format(
            title=summary.title or self.tr("未命名案件"), when=_when(summary.updated)
        )

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        value = item.data(_ID_ROLE)
        return str(value) if value else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for b in (self.open_button, self.copy_button):
            b.setEnabled(has)
        item = self.list.currentItem()
        self.delete_button.setEnabled(item is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.openRequested.emit(str(item.data(_ID_ROLE)))

    def _open_current(self) -> None:
        case_id = self.current_id()
        if case_id:
            self.openRequested.emit(case_id)

    def duplicate_current(self) -> None:
        case_id = self.current_id()
        if not case_id:
            return
        try:
            copy = self.store.duplicate(case_id)
        except YunbeiError as exc:
            self.messages.show_message(exc.message, "error")
            return
        self.refresh(select=copy.id)
        self.duplicated.emit(copy.id)

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        case_id = str(item.data(_ID_ROLE))
        question = self.tr(
            "删除这个案件？案件里的信息和截图副本都会被删除，无法恢复。"
            "（你手机或电脑上原来的截图文件不受影响。）"
        )
        if not self._confirm(question):
            return
        try:
            self.store.delete(case_id)
        except (YunbeiError, OSError) as exc:
            message = exc.message if isinstance(exc, YunbeiError) else str(exc)
            self.messages.show_message(self.tr("删除失败：{error}").format(error=message), "error")
            return
        self.refresh()

    def _confirm(self, question: str) -> bool:
        return confirm(self, question, self.tr("删除案件"))

"""Step 6, 跟进: the log of contacts with support, when replies are due, and what to do next.

Contacts have no id of their own; the table keeps each row's index into `case.contacts`
and every change looks the contact up again by that index inside `session.edit`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.appeal import write_appeal
from yunbei_gui.core.case import Case, Channel, Contact
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.followup import FollowUp, next_steps
from yunbei_gui.core.names import CHANNEL_NAMES
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.names import tr_name
from yunbei_gui.ui.session import ALL, CONTACTS, FACTS
from yunbei_gui.ui.widgets import (
    CopyButton,
    MessageBar,
    confirm,
    empty_state,
    heading,
    hint,
    scrolling_body,
    section_label,
)

TIME_FORMAT = "%Y-%m-%dT%H:%M"  # how a contact's time is stored
REFRESH_MS = 60_000  # "overdue" switches on while the window stays open

# Outcomes offered in the form. They are case data, not UI text: the core recognises
# "已退还"/"已补发" as solved, so they stay in Chinese whatever the UI language.
OUTCOMES = ("等待回复", "已驳回", "已退还", "已补发")
REJECTED_WORD = "驳回"

OVERDUE_COLOUR = "#c62828"  # a small marker; readable on light and dark backgrounds

_COLUMNS = 7
_DUE_CHANGES = {CONTACTS, FACTS, ALL}
_TABLE_CHANGES = {CONTACTS, ALL}


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _show_time(value: str) -> str:
    moment = _parse(value)
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else value


def _show_moment(moment: datetime) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


class FollowUpPage(QWidget):
    """Record each contact with support and see which reply is due or late."""

    contactsChanged = Signal()  # after an add, edit or delete made on this page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._editing: int | None = None  # index into case.contacts of the row in the form
        self._rows: list[int] = []  # table row -> index into case.contacts
        self._show_escalation = False  # the user opened the quiet escalation text
        self.followup: FollowUp | None = None
        self.due_labels: list[QLabel] = []

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        empty, self.empty_label = empty_state(
            self.tr("还没有打开案件"),
            self.tr("请先在第一步添加截图；提交申诉后，再回到这里记录跟进情况。"),
        )
        self._stack.addWidget(empty)
        scroll, layout = scrolling_body()
        self._stack.addWidget(scroll)
        layout.addWidget(heading(self.tr("跟进")))
        layout.addWidget(
            hint(
                self.tr(
                    "每次联系客服（发邮件、应用内反馈、投诉等）都在这里记一笔：时间、工单号、"
                    "客服工号和答复。程序会据此算出什么时候该有回复，超时了会提醒你下一步怎么做。"
                )
            )
        )

        columns = QHBoxLayout()
        columns.setSpacing(24)
        layout.addLayout(columns)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)

        # --- the contact log -----------------------------------------------------------
        left.addWidget(section_label(self.tr("联系记录"), space_above=8))
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("渠道"),
                self.tr("时间"),
                self.tr("工单号"),
                self.tr("客服工号"),
                self.tr("答复或承诺"),
                self.tr("结果"),
                self.tr("驳回"),
            ]
        )
        self.table.setAccessibleName(self.tr("联系记录"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(56)
        for col in range(_COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(170)
        self.table.itemSelectionChanged.connect(self._update_row_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit_selected())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_selected)
        left.addWidget(self.table)
        self.table_hint = hint(self.tr("还没有联系记录。提交申诉后，用下面的表格记下来。"))
        left.addWidget(self.table_hint)

        row_buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("修改所选"))
        self.edit_button.setAccessibleName(self.tr("修改所选的联系记录"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(self.tr("删除所选"))
        self.delete_button.setAccessibleName(self.tr("删除所选的联系记录"))
        self.delete_button.clicked.connect(self._delete_selected)
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        left.addLayout(row_buttons)

        self.form_box = QGroupBox(self.tr("添加一条联系记录"))
        grid = QGridLayout(self.form_box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(tr_name(CHANNEL_NAMES[channel]), channel.value)
        self.time_edit = QDateTimeEdit()
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.ticket_edit = QLineEdit()
        self.ticket_edit.setPlaceholderText(self.tr("没有可不填"))
        self.agent_edit = QLineEdit()
        self.agent_edit.setPlaceholderText(self.tr("没有可不填"))
        self.promised_edit = QLineEdit()
        self.promised_edit.setPlaceholderText(self.tr("例如：3个工作日内核实后回复"))
        self.outcome_combo = QComboBox()
        self.outcome_combo.setEditable(True)
        self.outcome_combo.addItem("")
        self.outcome_combo.addItems(list(OUTCOMES))
        self.outcome_combo.setAccessibleName(self.tr("结果"))
        self.outcome_combo.currentTextChanged.connect(self._outcome_typed)
        self.rejected_check = QCheckBox(self.tr("申诉被驳回"))
        self.rejected_check.setAccessibleName(self.tr("申诉被驳回"))
        fields: list[tuple[str, QWidget, int, int, int]] = [
            (self.tr("渠道："), self.channel_combo, 0, 0, 1),
            (self.tr("时间："), self.time_edit, 0, 2, 1),
            (self.tr("工单号："), self.ticket_edit, 1, 0, 1),
            (self.tr("客服工号："), self.agent_edit, 1, 2, 1),
            (self.tr("答复或承诺："), self.promised_edit, 2, 0, 3),
            (self.tr("结果："), self.outcome_combo, 3, 0, 1),
        ]
        for text, widget, row, col, span in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.rstrip("："))
            grid.addWidget(label, row, col)
            grid.addWidget(widget, row, col + 1, 1, span)
        grid.addWidget(self.rejected_check, 3, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form_buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("添加记录"))
        self.save_button.clicked.connect(self._save_form)
        self.cancel_edit_button = QPushButton(self.tr("取消修改"))
        self.cancel_edit_button.clicked.connect(self._reset_form)
        self.cancel_edit_button.hide()
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.cancel_edit_button)
        form_buttons.addStretch(1)
        grid.addLayout(form_buttons, 4, 0, 1, 4)
        left.addWidget(self.form_box)
        self.form_bar = MessageBar()
        left.addWidget(self.form_bar)
        left.addStretch(1)

        # --- what is due -----------------------------------------------------------------
        right.addWidget(section_label(self.tr("接下来"), space_above=8))
        self.action_box = QFrame()
        self.action_box.setFrameShape(QFrame.Shape.StyledPanel)
        action_layout = QVBoxLayout(self.action_box)
        self.action_title = QLabel()
        font = self.action_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.action_title.setFont(font)
        self.action_title.setWordWrap(True)
        self.action_detail = QLabel()
        self.action_detail.setWordWrap(True)
        self.action_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        action_layout.addWidget(self.action_title)
        action_layout.addWidget(self.action_detail)
        right.addWidget(self.action_box)

        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        right.addWidget(self.window_label)
        self.dues_title = section_label(self.tr("每次联系的回复时间"), space_above=8)
        right.addWidget(self.dues_title)
        self.dues_box = QVBoxLayout()
        self.dues_box.setSpacing(6)
        right.addLayout(self.dues_box)
        self.notes_label = hint("")
        right.addWidget(self.notes_label)
        right.addStretch(1)

        # --- the escalation text -------------------------------------------------------------
        layout.addWidget(section_label(self.tr("申请复核"), space_above=8))
        self.escalation_bar = MessageBar()
        layout.addWidget(self.escalation_bar)
        quiet_row = QHBoxLayout()
        self.escalation_hint = hint(
            self.tr("如果申诉被驳回，或者过了预期时间仍没有回复，可以用这段文字要求上级复核。")
        )
        self.toggle_escalation_button = QPushButton(self.tr("显示复核申请"))
        self.toggle_escalation_button.clicked.connect(self._toggle_escalation)
        quiet_row.addWidget(self.escalation_hint, 1)
        quiet_row.addWidget(self.toggle_escalation_button)
        layout.addLayout(quiet_row)

        self.escalation_box = QWidget()
        esc_layout = QGridLayout(self.escalation_box)
        esc_layout.setContentsMargins(0, 0, 0, 0)
        subject_label = QLabel(self.tr("标题："))
        self.escalation_subject = QLineEdit()
        self.escalation_subject.setReadOnly(True)
        self.escalation_subject.setAccessibleName(self.tr("复核申请的标题"))
        subject_label.setBuddy(self.escalation_subject)
        self.escalation_body = QPlainTextEdit()
        self.escalation_body.setReadOnly(True)
        self.escalation_body.setAccessibleName(self.tr("复核申请的正文"))
        self.escalation_body.setMinimumHeight(220)
        copy_row = QHBoxLayout()
        self.copy_subject_button = CopyButton(
            self.escalation_subject.text, self.tr("复制标题"), self
        )
        self.copy_body_button = CopyButton(
            self.escalation_body.toPlainText, self.tr("复制正文"), self
        )
        copy_row.addWidget(self.copy_subject_button)
        copy_row.addWidget(self.copy_body_button)
        copy_row.addStretch(1)
        esc_layout.addWidget(subject_label, 0, 0)
        esc_layout.addWidget(self.escalation_subject, 0, 1)
        esc_layout.addWidget(self.escalation_body, 1, 0, 1, 2)
        esc_layout.addLayout(copy_row, 2, 0, 1, 2)
        layout.addWidget(self.escalation_box)
        layout.addStretch(1)

        for first, second in [
            (self.table, self.edit_button),
            (self.edit_button, self.delete_button),
            (self.delete_button, self.channel_combo),
            (self.channel_combo, self.time_edit),
            (self.time_edit, self.ticket_edit),
            (self.ticket_edit, self.agent_edit),
            (self.agent_edit, self.promised_edit),
            (self.promised_edit, self.outcome_combo),
            (self.outcome_combo, self.rejected_check),
            (self.rejected_check, self.save_button),
            (self.save_button, self.cancel_edit_button),
        ]:
            self.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_due)
        self._timer.start()

        ctx.session.changed.connect(self._on_changed)
        ctx.session.caseOpened.connect(self._on_case_opened)
        self._reset_form()
        self._refresh_all()

    # --- small building blocks ----------------------------------------------------------

    # --- refreshing ---------------------------------------------------------------------

    def _on_changed(self, what: str) -> None:
        if self.ctx.session.case is None or what == ALL:
            self._refresh_all()
            return
        if what in _TABLE_CHANGES:
            self._refresh_table()
        if what in _DUE_CHANGES:
            self._refresh_due()
        self._refresh_escalation()  # the text also follows facts, requests and the preset

    def _on_case_opened(self) -> None:
        self._show_escalation = False
        self._reset_form()
        self.form_bar.clear_message()

    def _refresh_all(self) -> None:
        case = self.ctx.session.case
        self._stack.setCurrentIndex(0 if case is None else 1)
        if case is None:
            return
        if self._editing is not None and self._editing >= len(case.contacts):
            self._reset_form()  # undo removed the contact being edited
        self._refresh_table()
        self._refresh_due()
        self._refresh_escalation()

    def _refresh_table(self) -> None:
        case = self.ctx.session.case
        contacts = case.contacts if case is not None else []
        selected = self._selected_index()
        # newest last, as a log reads; stable for equal times
        self._rows = sorted(range(len(contacts)), key=lambda i: contacts[i].time)
        self.table.setRowCount(len(self._rows))
        for row, index in enumerate(self._rows):
            contact = contacts[index]
            values = [
                CHANNEL_NAMES.get(contact.channel, str(contact.channel)),
                _show_time(contact.time),
                contact.ticket,
                contact.agent_id,
                contact.promised,
                contact.outcome,
                self.tr("是") if contact.rejected else "",
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.table_hint.setVisible(not contacts)
        if selected is not None and selected in self._rows:
            self.table.selectRow(self._rows.index(selected))
        else:
            self.table.clearSelection()
        self._update_row_buttons()

    def _refresh_due(self) -> None:
        case = self.ctx.session.case
        if case is None:
            return
        follow = next_steps(case, self.ctx.now())
        self.followup = follow
        self.action_title.setText(follow.next_action.title)
        self.action_detail.setText(follow.next_action.detail)

        if follow.refund_window_end is None:
            self.window_label.setText(
                self.tr("兑换时间还没有填写，无法算出24小时自动退回的截止时间。")
            )
        elif self.ctx.now() < follow.refund_window_end:
            self.window_label.setText(
                self.tr("失败的兑换一般会在24小时内自动退回云贝，这段时间到 {end} 结束。").format(
                    end=_show_moment(follow.refund_window_end)
                )
            )
        else:
            self.window_label.setText(
                self.tr("24小时自动退回的时间已在 {end} 结束。").format(
                    end=_show_moment(follow.refund_window_end)
                )
            )

        while self.dues_box.count():
            item = self.dues_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; never show it stale
                widget.deleteLater()
        self.due_labels = []
        late_ids = {id(c) for c in follow.overdue}
        for due in sorted(follow.dues, key=lambda d: d.contact.time):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = html.escape(CHANNEL_NAMES.get(due.contact.channel, str(due.contact.channel)))
            when = html.escape(_show_time(due.contact.time))
            head = f"<b>{name}</b>　{when}"
            late = id(due.contact) in late_ids
            if late:
                badge = html.escape(self.tr("已超时"))
                head += (
                    f'　<span style="background-color:{OVERDUE_COLOUR}; color:#ffffff;">'
                    f"&nbsp;{badge}&nbsp;</span>"
                )
                label.setStyleSheet(
                    f"QLabel {{ border-left: 4px solid {OVERDUE_COLOUR}; padding-left: 8px; }}"
                )
            else:
                label.setStyleSheet("QLabel { padding-left: 12px; }")
                outcome = due.contact.outcome.strip()
                if due.contact.rejected or (outcome and outcome != OUTCOMES[0]):
                    result = outcome or self.tr("已驳回")
                    head += "　" + html.escape(self.tr("（结果：{result}）").format(result=result))
            label.setText(f"{head}<br>{html.escape(due.note)}")
            label.setAccessibleName(
                (self.tr("已超时：") if late else "")
                + f"{tr_name(CHANNEL_NAMES[due.contact.channel])}"
            )
            self.dues_box.addWidget(label)
            label.show()  # a child added to a shown page is otherwise shown only later
            self.due_labels.append(label)
        self.dues_title.setVisible(bool(follow.dues))

        # the per-contact notes are shown with their contact; the rest (calendar) here
        extra = follow.notes[len(follow.dues) :]
        self.notes_label.setText("\n".join(extra))
        self.notes_label.setVisible(bool(extra))
        self._update_escalation_emphasis(case, follow)

    def _refresh_escalation(self) -> None:
        case = self.ctx.session.case
        if case is None:
            return
        text = write_appeal(case, Channel.ESCALATION)
        subject = text.subject or ""
        if self.escalation_subject.text() != subject:
            self.escalation_subject.setText(subject)
            self.escalation_subject.setCursorPosition(0)
        if self.escalation_body.toPlainText() != text.body:
            self.escalation_body.setPlainText(text.body)

    def _update_escalation_emphasis(self, case: Case, follow: FollowUp) -> None:
        rejected = any(c.rejected for c in case.contacts)
        prominent = rejected or bool(follow.overdue)
        if prominent:
            reason = (
                self.tr("申诉被驳回了。")
                if rejected
                else self.tr("有一次联系已经超过预期回复时间。")
            )
            self.escalation_bar.show_message(
                reason
                + self.tr(
                    "可以把下面这段复核申请发给客服（邮件或应用内反馈都可以），"
                    "要求说明理由并由上级重新审核。"
                ),
                "warning",
            )
        else:
            self.escalation_bar.clear_message()
        self.escalation_hint.setVisible(not prominent)
        self.toggle_escalation_button.setVisible(not prominent)
        self.toggle_escalation_button.setText(
            self.tr("收起复核申请") if self._show_escalation else self.tr("显示复核申请")
        )
        self.escalation_box.setVisible(prominent or self._show_escalation)

    def _toggle_escalation(self) -> None:
        self._show_escalation = not self._show_escalation
        case = self.ctx.session.case
        if case is not None and self.followup is not None:
            self._update_escalation_emphasis(case, self.followup)

    # --- the table ----------------------------------------------------------------------

    def _selected_index(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _update_row_buttons(self) -> None:
        has = self._selected_index() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _edit_selected(self) -> None:
        index = self._selected_index()
        case = self.ctx.session.case
        if index is None or case is None or index >= len(case.contacts):
            return
        self._load_form(case.contacts[index])
        self._editing = index
        self.form_box.setTitle(self.tr("修改联系记录"))
        self.save_button.setText(self.tr("保存修改"))
        self.cancel_edit_button.show()
        self.form_bar.clear_message()
        self.channel_combo.setFocus()

    def _confirm_delete(self, question: str) -> bool:
        """Ask before deleting; tests replace this method."""
        return confirm(self, question)

    def _delete_selected(self) -> None:
        index = self._selected_index()
        case = self.ctx.session.case
        if index is None or case is None or index >= len(case.contacts):
            return
        contact = case.contacts[index]
        question = self.tr(
            "删除 {when} 通过{channel}的这条联系记录吗？（可以用“撤销”恢复）"
        ).format(when=_show_time(contact.time), channel=tr_name(CHANNEL_NAMES[contact.channel]))
        if not self._confirm_delete(question):
            return

        def remove(c: Case) -> None:
            if index < len(c.contacts):
                del c.contacts[index]

        if self._apply(self.tr("删除联系记录"), remove):
            if self._editing == index:
                self._reset_form()
            elif self._editing is not None and self._editing > index:
                self._editing -= 1
            self.form_bar.show_message(self.tr("已删除这条联系记录。"), "info")

    # --- the form -----------------------------------------------------------------------

    def _reset_form(self) -> None:
        self._editing = None
        self.form_box.setTitle(self.tr("添加一条联系记录"))
        self.save_button.setText(self.tr("添加记录"))
        self.cancel_edit_button.hide()
        self.channel_combo.setCurrentIndex(0)
        self._set_time(self.ctx.now())
        self.ticket_edit.clear()
        self.agent_edit.clear()
        self.promised_edit.clear()
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findText(OUTCOMES[0]))
        self.rejected_check.setChecked(False)

    def _set_time(self, moment: datetime) -> None:
        self.time_edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )

    def _form_time(self) -> str:
        value = self.time_edit.dateTime()
        date, clock = value.date(), value.time()
        moment = datetime(date.year(), date.month(), date.day(), clock.hour(), clock.minute())
        return moment.strftime(TIME_FORMAT)

    def _load_form(self, contact: Contact) -> None:
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(contact.channel)))
        self._set_time(_parse(contact.time) or self.ctx.now())
        self.ticket_edit.setText(contact.ticket)
        self.agent_edit.setText(contact.agent_id)
        self.promised_edit.setText(contact.promised)
        self.outcome_combo.setCurrentText(contact.outcome)
        self.rejected_check.setChecked(contact.rejected)  # after the outcome: it may tick it

    def _form_contact(self) -> Contact:
        return Contact(
            channel=Channel(self.channel_combo.currentData()),
            time=self._form_time(),
            ticket=self.ticket_edit.text().strip(),
            agent_id=self.agent_edit.text().strip(),
            promised=self.promised_edit.text().strip(),
            outcome=self.outcome_combo.currentText().strip(),
            rejected=self.rejected_check.isChecked(),
        )

    def _outcome_typed(self, text: str) -> None:
        if REJECTED_WORD in text:
            self.rejected_check.setChecked(True)

    def _save_form(self) -> None:
        contact = self._form_contact()
        index = self._editing
        if index is None:
            if self._apply(self.tr("添加联系记录"), lambda c: c.contacts.append(contact)):
                self._reset_form()
                self.form_bar.show_message(self.tr("已添加这条联系记录。"), "info")
            return

        def replace(c: Case) -> None:
            if index < len(c.contacts):
                c.contacts[index] = contact

        self._apply(self.tr("修改联系记录"), replace)
        self._reset_form()
        self.form_bar.show_message(self.tr("已保存修改。"), "info")

    def _apply(self, text: str, change: Callable[[Case], object]) -> bool:
        """One undoable change of the contacts; errors shown inline."""
        try:
            changed = self.ctx.session.edit(text, change, CONTACTS)
        except YunbeiError as exc:
            self.form_bar.show_message(exc.message, "error")
            return False
        if changed:
            self.contactsChanged.emit()
        return changed

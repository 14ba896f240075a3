"""Step 3, 自查: the six self-checks walked one by one, beside a first reading of the case.

The list on the left shows every check with its state (the checks the diagnosis names first
are flagged "优先"); the middle shows the current check large, with what to do, what to keep
as proof, its result and a note; the right column is the diagnosis, refreshed whenever the
facts, the screenshots or the checks change.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.case import CHECK_KEYS, Case, CheckItem, CheckState
from yunbei_gui.core.diagnosis import ChecklistEntry, Diagnosis, checklist_items, diagnose
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.session import ALL, CHECKS, FACTS, FIELDS, SCREENSHOTS
from yunbei_gui.ui.widgets import MessageBar, empty_state, heading, hint, section_label

# Small state markers in the list: a coloured dot and a sign (readable on light and dark).
_MARKER_COLOURS: dict[CheckState, str] = {
    CheckState.OPEN: "#8a8f98",
    CheckState.DONE: "#2e9d57",
    CheckState.PROBLEM: "#d9822b",
    CheckState.NOT_APPLICABLE: "#8a8f98",
}
_MARKER_SIGNS: dict[CheckState, str] = {
    CheckState.OPEN: "",
    CheckState.DONE: "✓",
    CheckState.PROBLEM: "!",
    CheckState.NOT_APPLICABLE: "–",
}
_PRIORITY_COLOUR = "#d9822b"


def _marker_icon(state: CheckState, size: int = 18) -> QIcon:
    """A round marker: hollow for an open check, filled with a sign once it has a result."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_MARKER_COLOURS[state])
    if state == CheckState.OPEN:
        painter.setPen(QPen(colour, 2))
        painter.drawEllipse(2, 2, size - 4, size - 4)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.setPen(QColor("#ffffff"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(int(size * 0.7))
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, _MARKER_SIGNS[state])
    painter.end()
    return QIcon(pixmap)


def _paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ChecksPage(QWidget):
    """The six self-checks and the diagnosis of the open case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._entries: list[ChecklistEntry] = checklist_items()
        self._current = 0  # index into CHECK_KEYS
        self._priority: list[str] = []

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        empty, _ = empty_state(
            self.tr("还没有打开案件"),
            self.tr("先添加兑换失败的截图，或者打开一个已有的案件，再回到这里自查。"),
        )
        self._stack.addWidget(empty)

        content = QWidget()
        self._stack.addWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("自查")))
        layout.addWidget(
            hint(
                self.tr(
                    "申诉之前，按顺序把下面六项查一遍。标着“优先”的几项与失败原因最相关，"
                    "可以先查。每一项的结果和备注都会自动保存。"
                )
            )
        )
        self._message = MessageBar()
        layout.addWidget(self._message)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)
        columns.addWidget(self._build_list(), 0)
        columns.addWidget(self._build_detail(), 3)
        columns.addWidget(self._build_diagnosis(), 2)

        ctx.session.changed.connect(self._on_changed)
        self._on_changed(ALL)

    # --- building ----------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self._progress = section_label("")
        column.addWidget(self._progress)
        self._list = QListWidget()
        self._list.setAccessibleName(self.tr("六项自查"))
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setIconSize(QSize(18, 18))
        self._list.setSpacing(2)
        self._list.setMinimumWidth(220)
        self._list.setMaximumWidth(280)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for index, entry in enumerate(self._entries):
            item = QListWidgetItem(f"{index + 1}. {entry.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(200, 40))
            self._list.addItem(item)
        self._list.currentRowChanged.connect(self._on_row_changed)
        column.addWidget(self._list, 1)
        return box

    def _build_detail(self) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(frame)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(8)

        self._step_label = hint("")
        column.addWidget(self._step_label)
        self._title = heading("")
        column.addWidget(self._title)

        column.addWidget(section_label(self.tr("怎么查")))
        self._guidance = _paragraph()
        column.addWidget(self._guidance)
        column.addSpacing(4)
        column.addWidget(section_label(self.tr("留下什么作证据")))
        self._keep = _paragraph()
        column.addWidget(self._keep)
        column.addSpacing(4)

        column.addWidget(section_label(self.tr("这一项的结果")))
        states = QHBoxLayout()
        self._state_group = QButtonGroup(self)
        self._state_group.setExclusive(False)  # clicking the chosen result again clears it
        self._state_buttons: dict[CheckState, QPushButton] = {}
        for state, text in (
            (CheckState.DONE, self.tr("已完成")),
            (CheckState.PROBLEM, self.tr("发现问题")),
            (CheckState.NOT_APPLICABLE, self.tr("不适用")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(text)
            button.setMinimumHeight(32)
            self._state_group.addButton(button)
            self._state_buttons[state] = button
            states.addWidget(button)
            button.clicked.connect(lambda checked, s=state: self._on_state_clicked(s, checked))
        states.addStretch(1)
        column.addLayout(states)
        self._state_hint = hint("")
        column.addWidget(self._state_hint)

        note_label = section_label(self.tr("备注（可不填）"))
        column.addWidget(note_label)
        self._note = QPlainTextEdit()
        self._note.setAccessibleName(self.tr("这一项的备注"))
        self._note.setPlaceholderText(self.tr("例如：换成手机流量后还是失败；客服让我等24小时"))
        self._note.setTabChangesFocus(True)
        self._note.setMinimumHeight(70)
        note_label.setBuddy(self._note)
        self._note.textChanged.connect(self._on_note_changed)
        column.addWidget(self._note, 1)

        nav = QHBoxLayout()
        self._prev = QPushButton(self.tr("上一项"))
        self._prev.setAccessibleName(self.tr("上一项自查"))
        self._prev.clicked.connect(lambda: self.select_index(self._current - 1))
        self._next = QPushButton(self.tr("下一项"))
        self._next.setAccessibleName(self.tr("下一项自查"))
        self._next.setDefault(True)
        self._next.clicked.connect(lambda: self.select_index(self._current + 1))
        nav.addWidget(self._prev)
        nav.addStretch(1)
        nav.addWidget(self._next)
        column.addLayout(nav)
        return frame

    def _build_diagnosis(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("初步判断"))
        inner = QWidget()
        inner.setBackgroundRole(QPalette.ColorRole.Base)
        inner.setAutoFillBackground(True)
        scroll.setWidget(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(6)

        column.addWidget(heading(self.tr("初步判断")))
        column.addWidget(section_label(self.tr("可能的原因")))
        self._cause_title = _paragraph()
        font = self._cause_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._cause_title.setFont(font)
        self._cause_title.setObjectName("causeTitle")
        column.addWidget(self._cause_title)
        self._cause_advice = _paragraph()
        column.addWidget(self._cause_advice)
        column.addSpacing(6)

        column.addWidget(section_label(self.tr("云贝扣了吗")))
        self._situation = _paragraph()
        column.addWidget(self._situation)
        column.addSpacing(6)

        column.addWidget(section_label(self.tr("时间")))
        self._within = _paragraph()
        column.addWidget(self._within)
        self._peak = _paragraph()
        column.addWidget(self._peak)

        self._other_title = section_label(self.tr("另外"))
        column.addSpacing(6)
        column.addWidget(self._other_title)
        self._other = _paragraph()
        self._other.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self._other)
        column.addStretch(1)
        return scroll

    # --- public ------------------------------------------------------------------------

    def select_check(self, key: str) -> None:
        """Show the check named `key` (one of CHECK_KEYS)."""
        if key in CHECK_KEYS:
            self.select_index(CHECK_KEYS.index(key))

    def select_index(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self._list.setCurrentRow(index)

    @property
    def diagnosis(self) -> Diagnosis | None:
        """The diagnosis shown, for the main window's summary (None without a case)."""
        case = self.ctx.session.case
        return diagnose(case, self.ctx.now()) if case is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        # the 24-hour note depends on the clock, not only on the case
        super().showEvent(event)
        case = self.ctx.session.case
        if case is not None:
            self._refresh_diagnosis(case)
            self._refresh_list(case)

    # --- reading the case --------------------------------------------------------------

    def _item(self, case: Case, key: str) -> CheckItem | None:
        return next((c for c in case.checklist if c.key == key), None)

    def _state_of(self, key: str) -> CheckState:
        case = self.ctx.session.case
        item = self._item(case, key) if case is not None else None
        return item.state if item is not None else CheckState.OPEN

    def _on_changed(self, what: str) -> None:
        case = self.ctx.session.case
        if case is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        if what in (ALL, FACTS, SCREENSHOTS, FIELDS, CHECKS):
            self._refresh_diagnosis(case)
        if what in (ALL, CHECKS, FACTS, SCREENSHOTS, FIELDS):
            self._refresh_list(case)
        if what in (ALL, CHECKS):
            self._refresh_detail(case, force_note=what == ALL)
        if self._list.currentRow() < 0:
            self._list.setCurrentRow(0)

    def _refresh_diagnosis(self, case: Case) -> None:
        diagnosis = diagnose(case, self.ctx.now())
        self._priority = list(diagnosis.priority_checks)
        self._cause_title.setText(diagnosis.cause_title)
        self._cause_advice.setText(diagnosis.cause_advice)
        self._situation.setText(diagnosis.situation_note)
        self._within.setText(diagnosis.within_24h_note)
        self._peak.setText(diagnosis.peak_note)
        self._peak.setVisible(bool(diagnosis.peak_note))
        shown = {
            diagnosis.cause_advice,
            diagnosis.situation_note,
            diagnosis.within_24h_note,
            diagnosis.peak_note,
        }
        others = [n for n in diagnosis.notes if n and n not in shown]
        self._other.setText("".join(f"<p>{html.escape(n)}</p>" for n in others))
        self._other.setVisible(bool(others))
        self._other_title.setVisible(bool(others))

    def _refresh_list(self, case: Case) -> None:
        done = 0
        for index, key in enumerate(CHECK_KEYS):
            item = self._list.item(index)
            state = self._state_of(key)
            if state != CheckState.OPEN:
                done += 1
            entry = self._entries[index]
            priority = key in self._priority and len(self._priority) < len(CHECK_KEYS)
            text = f"{index + 1}. {entry.title}"
            if priority:
                text += "  " + self.tr("优先")
            item.setText(text)
            item.setIcon(_marker_icon(state))
            font = item.font()
            font.setBold(priority)
            item.setFont(font)
            state_name = self._state_name(state)
            item.setToolTip(state_name)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{title}，{state}").format(title=entry.title, state=state_name)
                + ("，" + self.tr("优先") if priority else ""),
            )
            if priority:
                item.setForeground(QColor(_PRIORITY_COLOUR))
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
        self._progress.setText(
            self.tr("已查 {done} / {total} 项").format(done=done, total=len(CHECK_KEYS))
        )

    def _state_name(self, state: CheckState) -> str:
        if state == CheckState.DONE:
            return self.tr("已完成")
        if state == CheckState.PROBLEM:
            return self.tr("发现问题")
        if state == CheckState.NOT_APPLICABLE:
            return self.tr("不适用")
        return self.tr("未检查")

    def _refresh_detail(self, case: Case, force_note: bool) -> None:
        index = self._current
        entry = self._entries[index]
        key = entry.key
        item = self._item(case, key)
        state = item.state if item is not None else CheckState.OPEN
        note = item.note if item is not None else ""

        self._step_label.setText(
            self.tr("第 {n} 项，共 {total} 项").format(n=index + 1, total=len(self._entries))
        )
        self._title.setText(entry.title)
        self._guidance.setText(entry.guidance)
        self._keep.setText(entry.what_to_keep)
        for button_state, button in self._state_buttons.items():
            button.blockSignals(True)
            button.setChecked(button_state == state)
            button.blockSignals(False)
        if state == CheckState.OPEN:
            self._state_hint.setText(self.tr("还没有检查。查完后选一个结果。"))
        elif state == CheckState.PROBLEM:
            self._state_hint.setText(self.tr("发现了问题：请在备注里简单记下看到了什么。"))
        else:
            self._state_hint.setText(
                self.tr("结果：{state}。再点一次可以取消。").format(state=self._state_name(state))
            )
        # never rewrite the note the user is typing in (the cursor would jump)
        if self._note.toPlainText() != note and (force_note or not self._note.hasFocus()):
            self._note.blockSignals(True)
            self._note.setPlainText(note)
            self._note.blockSignals(False)
        self._prev.setEnabled(index > 0)
        self._next.setEnabled(index < len(self._entries) - 1)

    # --- the user's changes ------------------------------------------------------------

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._current = row
        case = self.ctx.session.case
        if case is not None:
            self._refresh_detail(case, force_note=True)

    def _edit_check(
        self, text: str, key: str, change: Callable[[CheckItem], None], merge_key: str | None
    ) -> None:
        def apply(case: Case) -> None:
            item = self._item(case, key)
            if item is None:  # an old case without this check: add it in order
                item = CheckItem(key)
                case.checklist.append(item)
                case.checklist.sort(key=lambda c: CHECK_KEYS.index(c.key))
            change(item)

        try:
            self.ctx.session.edit(text, apply, CHECKS, merge_key=merge_key)
        except YunbeiError as exc:
            self._message.show_message(exc.message, "error")
        else:
            self._message.clear_message()

    def _on_state_clicked(self, state: CheckState, checked: bool) -> None:
        key = CHECK_KEYS[self._current]
        new_state = state if checked else CheckState.OPEN
        title = self._entries[self._current].title

        def change(item: CheckItem) -> None:
            item.state = new_state

        self._edit_check(
            self.tr("自查“{title}”：{state}").format(
                title=title, state=self._state_name(new_state)
            ),
            key,
            change,
            None,
        )

    def _on_note_changed(self) -> None:
        key = CHECK_KEYS[self._current]
        text = self._note.toPlainText()
        title = self._entries[self._current].title

        def change(item: CheckItem) -> None:
            item.note = text

        self._edit_check(
            self.tr("自查“{title}”的备注").format(title=title), key, change, f"check-note:{key}"
        )

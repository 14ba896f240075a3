"""Step 4, 申诉: the case's facts as an editable form, the request, and the finished texts.

The left column holds every fact (pre-filled from the screenshots, each one editable, the
required ones marked when empty) and what the user asks for; the right column shows the
appeal text for each channel, ready to copy, rewritten a moment after every change.
"""

from __future__ import annotations

import html
from dataclasses import fields as dataclass_fields
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.appeal import EMAIL_TO, IN_APP_LIMIT, AppealText, mailto_link, write_all
from yunbei_gui.core.case import REQUIRED_FACTS, Case, Channel, Facts, Resolution
from yunbei_gui.core.case_builder import apply_overrides, failure_time_guessed
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.export import pack_pdf_name
from yunbei_gui.core.models import Cause
from yunbei_gui.core.names import CAUSE_NAMES, CHANNEL_NAMES, FACT_NAMES, RESOLUTION_NAMES
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.names import tr_name
from yunbei_gui.ui.session import ALL, FACTS, REQUEST
from yunbei_gui.ui.widgets import CopyButton, MessageBar, empty_state, heading, hint

FACT_ORDER: tuple[str, ...] = tuple(f.name for f in dataclass_fields(Facts) if f.name != "edited")
_INT_FACTS = ("yunbei_deducted", "balance_before", "balance_after", "attempts")
TEXTS_DELAY_MS = 150  # rewrite the texts this long after the last change
TYPING_DELAY_MS = 600  # apply a fact this long after the last key press


class _Badge(QLabel):
    """A small coloured tag beside a fact: 必填, 已修改, 来自截图."""

    # background, text: a tag that reads the same on light and dark themes
    _COLOURS: ClassVar[dict[str, tuple[str, str]]] = {
        "required": ("#fff0d0", "#8a4b00"),
        "edited": ("#e3f1ff", "#0b3a66"),
        "read": ("#e7f5ea", "#1d5c2e"),
    }

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(64)  # editors line up whether or not a tag is shown
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def show_kind(self, kind: str | None, text: str = "") -> None:
        if kind is None:
            self.clear()
            self.hide()
            return
        bg, fg = self._COLOURS[kind]
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 1px 6px; }}"
        )
        self.setText(text)
        self.show()


class _FactRow:
    """The widgets of one fact: its editor, its badge and its inline error."""

    def __init__(self, name: str, editor: QLineEdit | QComboBox) -> None:
        self.name = name
        self.editor = editor
        self.badge = _Badge()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c0392b; }")
        self.error.hide()
        self.timer: QTimer | None = None
        self.container = QWidget()
        column = QVBoxLayout(self.container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        line.addWidget(self.badge)
        column.addLayout(line)
        column.addWidget(self.error)


def fact_display(facts: Facts, name: str) -> str:
    """A fact as the form shows it (the inverse of what `apply_overrides` parses)."""
    value: Any = getattr(facts, name)
    if value is None:
        return ""
    if name == "failure_time":
        return str(value).replace("T", " ")
    if name == "tried":
        return "；".join(value)
    return str(value)


class AppealPage(QWidget):
    """Facts, request and the appeal texts of the open case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: dict[str, _FactRow] = {}
        self._texts: dict[Channel, AppealText] = {}

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        empty, _ = empty_state(
            self.tr("还没有打开案件"),
            self.tr("先添加兑换失败的截图，或者打开一个已有的案件，这里就会写好申诉文字。"),
        )
        self._stack.addWidget(empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_texts())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([540, 700])
        self._stack.addWidget(splitter)

        self._texts_timer = QTimer(self)
        self._texts_timer.setSingleShot(True)
        self._texts_timer.setInterval(TEXTS_DELAY_MS)
        self._texts_timer.timeout.connect(self._refresh_texts)

        ctx.session.changed.connect(self._on_changed)
        self._on_changed(ALL)

    # --- building ----------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        self._form_scroll = QScrollArea()
        self._form_scroll.setWidgetResizable(True)
        self._form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self._form_scroll.setWidget(inner)
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 16, 12, 16)
        column.setSpacing(10)

        column.addWidget(heading(self.tr("申诉")))
        column.addWidget(
            hint(
                self.tr(
                    "下面的信息大多是从截图里读出来的，请逐项核对，不对的地方直接改。"
                    "右边的申诉文字会跟着更新。"
                )
            )
        )
        self._missing_bar = MessageBar()
        self._missing_bar.setTextFormat(Qt.TextFormat.RichText)
        self._missing_bar.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._missing_bar.linkActivated.connect(self._on_missing_link)
        column.addWidget(self._missing_bar)

        column.addWidget(self._sub_heading(self.tr("案件信息")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(8)
        for name in FACT_ORDER:
            row = self._make_row(name)
            self._rows[name] = row
            label = QLabel(tr_name(FACT_NAMES.get(name, name)))
            label.setBuddy(row.editor)
            form.addRow(label, row.container)
        column.addLayout(form)

        column.addSpacing(6)
        column.addWidget(self._sub_heading(self.tr("你的请求")))
        column.addWidget(hint(self.tr("希望客服怎么处理？至少选一项。")))
        self._resolution_boxes: dict[Resolution, QCheckBox] = {}
        for resolution in Resolution:
            box = QCheckBox(tr_name(RESOLUTION_NAMES[resolution]))
            box.toggled.connect(lambda checked, r=resolution: self._on_resolution(r, checked))
            self._resolution_boxes[resolution] = box
            column.addWidget(box)
        self._request_message = MessageBar()
        column.addWidget(self._request_message)
        note_label = QLabel(self.tr("补充说明（可不填）"))
        column.addWidget(note_label)
        self._request_note = QPlainTextEdit()
        self._request_note.setAccessibleName(self.tr("请求的补充说明"))
        self._request_note.setPlaceholderText(self.tr("例如：希望在三个工作日内答复"))
        self._request_note.setTabChangesFocus(True)
        self._request_note.setFixedHeight(80)
        note_label.setBuddy(self._request_note)
        self._request_note.textChanged.connect(self._on_request_note)
        column.addWidget(self._request_note)
        column.addStretch(1)
        return self._form_scroll

    def _sub_heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _make_row(self, name: str) -> _FactRow:
        label = tr_name(FACT_NAMES.get(name, name))
        if name == "cause":
            combo = QComboBox()
            combo.setAccessibleName(label)
            combo.addItem(self.tr("未确定"), None)
            for cause, cause_name in CAUSE_NAMES.items():
                cause_name = tr_name(cause_name)
                combo.addItem(cause_name, cause.value)
            combo.activated.connect(lambda _index: self._apply_cause())
            return _FactRow(name, combo)

        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.setClearButtonEnabled(True)
        placeholder = self._placeholder(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        row = _FactRow(name, edit)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_DELAY_MS)
        # while typing: apply quietly (a half-typed time is not an error yet)
        timer.timeout.connect(lambda n=name: self._apply_fact(n, quiet=True))
        row.timer = timer
        edit.textEdited.connect(lambda _text, t=timer: t.start())
        edit.editingFinished.connect(lambda n=name: self._apply_fact(n, quiet=False))
        return row

    def _placeholder(self, name: str) -> str:
        if name == "failure_time":
            return self.tr("例如 2026-11-20 10:32")
        if name == "tried":
            return self.tr("多项用“；”隔开，例如 重启应用；切换网络")
        if name == "bound_phone":
            return self.tr("11 位手机号")
        if name in _INT_FACTS:
            return self.tr("填数字")
        if name == "network":
            return self.tr("例如 Wi-Fi、4G")
        return ""

    def _build_texts(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 16, 16, 16)
        column.setSpacing(8)
        column.addWidget(heading(self.tr("申诉文字")))
        column.addWidget(
            hint(
                self.tr(
                    "每个渠道一份，已按各自的习惯写好。复制后粘贴到对应的地方，"
                    "发送前再读一遍。首选客服邮箱。"
                )
            )
        )
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("各渠道的申诉文字"))
        self._tabs.setUsesScrollButtons(True)
        column.addWidget(self._tabs, 1)

        self._subjects: dict[Channel, QLineEdit] = {}
        self._bodies: dict[Channel, QPlainTextEdit] = {}
        self._copy_buttons: dict[Channel, CopyButton] = {}
        self._subject_copy: dict[Channel, CopyButton] = {}
        for channel in Channel:
            self._tabs.addTab(self._build_channel(channel), tr_name(CHANNEL_NAMES[channel]))
        return box

    def _build_channel(self, channel: Channel) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(6)
        column.addWidget(hint(self._channel_hint(channel)))

        if channel == Channel.EMAIL:
            to_row = QHBoxLayout()
            to_label = QLabel(self.tr("收件人"))
            to_field = QLineEdit(EMAIL_TO)
            to_field.setReadOnly(True)
            to_field.setAccessibleName(self.tr("收件人"))
            to_label.setBuddy(to_field)
            to_row.addWidget(to_label)
            to_row.addWidget(to_field, 1)
            to_copy = CopyButton(EMAIL_TO, self.tr("复制地址"))
            to_row.addWidget(to_copy)
            column.addLayout(to_row)

        name = tr_name(CHANNEL_NAMES[channel])
        if channel not in (Channel.IN_APP, Channel.WEIBO):  # these two have no title
            subject_row = QHBoxLayout()
            subject_label = QLabel(self.tr("标题"))
            subject = QLineEdit()
            subject.setReadOnly(True)
            subject.setAccessibleName(self.tr("{channel}的标题").format(channel=name))
            subject_label.setBuddy(subject)
            subject_row.addWidget(subject_label)
            subject_row.addWidget(subject, 1)
            copy_subject = CopyButton(lambda c=channel: self._subject_text(c), self.tr("复制标题"))
            copy_subject.setAccessibleName(self.tr("复制{channel}的标题").format(channel=name))
            subject_row.addWidget(copy_subject)
            column.addLayout(subject_row)
            self._subjects[channel] = subject
            self._subject_copy[channel] = copy_subject

        body = QPlainTextEdit()
        body.setReadOnly(True)
        body.setAccessibleName(self.tr("{channel}的正文").format(channel=name))
        body.setTabChangesFocus(True)
        column.addWidget(body, 1)
        self._bodies[channel] = body

        actions = QHBoxLayout()
        if channel == Channel.IN_APP:
            self._in_app_length = QLabel()
            actions.addWidget(self._in_app_length)
        actions.addStretch(1)
        if channel == Channel.EMAIL:
            open_mail = QPushButton(self.tr("用邮件程序打开"))
            open_mail.setAccessibleName(self.tr("用邮件程序打开这封申诉邮件"))
            open_mail.clicked.connect(self._open_mail)
            actions.addWidget(open_mail)
        copy_body = CopyButton(lambda c=channel: self._body_text(c), self.tr("复制正文"))
        copy_body.setAccessibleName(self.tr("复制{channel}的正文").format(channel=name))
        copy_body.setDefault(channel == Channel.EMAIL)
        actions.addWidget(copy_body)
        self._copy_buttons[channel] = copy_body
        column.addLayout(actions)
        return page

    def _channel_hint(self, channel: Channel) -> str:
        if channel == Channel.EMAIL:
            return self.tr(
                "主要渠道：发到 {to}，截图和证据包 PDF 作为附件一起发。"
                "最好在工作日发送，一般 1–3 个工作日内答复。"
            ).format(to=EMAIL_TO)
        if channel == Channel.IN_APP:
            return self.tr(
                "在网易云音乐里：账号 → 帮助与反馈 → 会员与支付（或账户问题）。"
                "每条最多 {limit} 字，提交后记下工单号。"
            ).format(limit=IN_APP_LIMIT)
        if channel == Channel.WEIBO:
            return self.tr(
                "私信 @网易云音乐，用来催办已提交的工单。只发私信，别在公开评论里贴个人信息。"
            )
        if channel == Channel.C12315:
            return self.tr(
                "官方渠道多次联系仍没有结果时，到全国12315平台投诉。保留好之前每次申诉的记录。"
            )
        if channel == Channel.HEIMAO:
            return self.tr("申诉被驳回后，可以在黑猫投诉平台公开投诉。发布前确认没有个人隐私。")
        return self.tr(
            "申诉被驳回时用：请客服说明驳回理由，并交给上一级重新审核。"
            "先在“跟进”里记下被驳回的那次联系，文字会更完整。"
        )

    # --- public ------------------------------------------------------------------------

    def focus_fact(self, name: str) -> None:
        """Scroll to a fact's editor and put the cursor in it (for "fill in missing" links)."""
        row = self._rows.get(name)
        if row is None:
            return
        self._form_scroll.ensureWidgetVisible(row.container, 20, 40)
        row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(row.editor, QLineEdit):
            row.editor.selectAll()

    def text_for(self, channel: Channel) -> AppealText | None:
        """The text shown for `channel` (after the short delay of rewriting)."""
        return self._texts.get(channel)

    # --- refreshing --------------------------------------------------------------------

    def _on_changed(self, what: str) -> None:
        case = self.ctx.session.case
        if case is None:
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        if what == ALL:
            for row in self._rows.values():
                if row.timer is not None:
                    row.timer.stop()  # typing meant for the case before undo or another case
        if what in (ALL, FACTS):
            self._refresh_facts(case, force=what == ALL)
        if what in (ALL, REQUEST):
            self._refresh_request(case, force=what == ALL)
        # every part of a case can reach a text (checks, contacts, the preset's privacy)
        if what == ALL and not self._texts:
            self._refresh_texts()
        else:
            self._texts_timer.start()

    def _refresh_facts(self, case: Case, force: bool) -> None:
        facts = case.facts
        for name, row in self._rows.items():
            editor = row.editor
            if isinstance(editor, QComboBox):
                value = facts.cause.value if facts.cause is not None else None
                index = max(0, editor.findData(value))
                if editor.currentIndex() != index:
                    editor.blockSignals(True)
                    editor.setCurrentIndex(index)
                    editor.blockSignals(False)
            else:
                text = fact_display(facts, name)
                # the field being typed in keeps the user's text, unless undo replaced the case
                typing = editor.hasFocus() or (row.timer is not None and row.timer.isActive())
                if editor.text() != text and (force or not typing) and not row.error.isVisible():
                    editor.setText(text)
                if force and row.error.isVisible():
                    editor.setText(text)
                    self._clear_error(row)
            self._refresh_badge(row, case)
        self._refresh_missing(case)

    def _refresh_badge(self, row: _FactRow, case: Case) -> None:
        facts = case.facts
        name = row.name
        empty = getattr(facts, name) in (None, "", [])
        if name == "failure_time" and failure_time_guessed(case):
            row.badge.show_kind("required", self.tr("请核对"))
            row.badge.setToolTip(
                self.tr("截图上没读到兑换时间，这是截图文件的保存时间，可能不准，请改成实际时间。")
            )
        elif empty and name in REQUIRED_FACTS:
            row.badge.show_kind("required", self.tr("必填"))
            row.badge.setToolTip(self.tr("申诉需要这一项，请补上。"))
        elif name in facts.edited:
            row.badge.show_kind("edited", self.tr("已修改"))
            row.badge.setToolTip(self.tr("你改过这一项，重新读截图也不会覆盖它。"))
        elif not empty:
            row.badge.show_kind("read", self.tr("来自截图"))
            row.badge.setToolTip(self.tr("从截图里读出来的，请核对。"))
        else:
            row.badge.show_kind(None)
        row.editor.setAccessibleDescription(row.badge.text())

    def _refresh_missing(self, case: Case) -> None:
        missing = case.missing_facts()
        if not missing:
            self._missing_bar.clear_message()
            return
        links = "、".join(
            f'<a href="fact:{name}">{html.escape(tr_name(FACT_NAMES.get(name, name)))}</a>'
            for name in missing
        )
        self._missing_bar.show_message(
            self.tr("还缺：{items}。补上后申诉更容易被受理。").format(items=links), "warning"
        )

    def _refresh_request(self, case: Case, force: bool) -> None:
        for resolution, box in self._resolution_boxes.items():
            checked = resolution in case.resolutions
            if box.isChecked() != checked:
                box.blockSignals(True)
                box.setChecked(checked)
                box.blockSignals(False)
        note = case.request_note
        if self._request_note.toPlainText() != note and (
            force or not self._request_note.hasFocus()
        ):
            self._request_note.blockSignals(True)
            self._request_note.setPlainText(note)
            self._request_note.blockSignals(False)

    def _refresh_texts(self) -> None:
        self._texts_timer.stop()
        case = self.ctx.session.case
        if case is None:
            return
        self._texts = write_all(case, attachments=[pack_pdf_name(case)])
        for channel, text in self._texts.items():
            body = self._bodies[channel]
            if body.toPlainText() != text.body:
                # keep the reader's place in a long text
                position = body.verticalScrollBar().value()
                body.setPlainText(text.body)
                body.verticalScrollBar().setValue(position)
            subject = self._subjects.get(channel)
            if subject is not None and subject.text() != (text.subject or ""):
                subject.setText(text.subject or "")
                subject.setCursorPosition(0)
        length = len(self._texts[Channel.IN_APP].body)
        if length > IN_APP_LIMIT:
            self._in_app_length.setText(
                self.tr("共 {n} 字，超过了 {limit} 字的上限，发送前请删减。").format(
                    n=length, limit=IN_APP_LIMIT
                )
            )
            self._in_app_length.setStyleSheet("QLabel { color: #c0392b; }")
        else:
            self._in_app_length.setText(
                self.tr("共 {n} 字（上限 {limit} 字）").format(n=length, limit=IN_APP_LIMIT)
            )
            self._in_app_length.setStyleSheet("")

    def _body_text(self, channel: Channel) -> str:
        self._refresh_texts_if_due()
        text = self._texts.get(channel)
        return text.body if text else ""

    def _subject_text(self, channel: Channel) -> str:
        self._refresh_texts_if_due()
        text = self._texts.get(channel)
        return (text.subject or "") if text else ""

    def _refresh_texts_if_due(self) -> None:
        # a copy right after a change must copy the new text, not the one shown before
        if self._texts_timer.isActive():
            self._refresh_texts()

    # --- the user's changes ------------------------------------------------------------

    def _show_error(self, row: _FactRow, message: str) -> None:
        row.error.setText(message)
        row.error.show()
        row.editor.setAccessibleDescription(message)

    def _clear_error(self, row: _FactRow) -> None:
        row.error.clear()
        row.error.hide()

    def _parse_message(self, name: str, exc: YunbeiError) -> str:
        label = tr_name(FACT_NAMES.get(name, name))
        if name in _INT_FACTS:
            return self.tr("“{label}”要填一个整数，比如 120。").format(label=label)
        if name == "failure_time":
            return self.tr("时间请写成“2026-11-20 10:32”这样：年-月-日 时:分。")
        return exc.message

    def _apply_fact(self, name: str, quiet: bool) -> None:
        row = self._rows[name]
        if row.timer is not None:
            row.timer.stop()
        case = self.ctx.session.case
        editor = row.editor
        if case is None or not isinstance(editor, QLineEdit):
            return
        raw = editor.text()
        shown = fact_display(case.facts, name)
        if self._normalise(name, raw) == self._normalise(name, shown):
            self._clear_error(row)  # unchanged: leaving a field must not mark it edited
            return
        value = self._normalise(name, raw)

        def change(c: Case) -> None:
            if name in _INT_FACTS and not value:
                setattr(c.facts, name, None)  # apply_overrides cannot clear a number
                c.facts.edited.add(name)
            else:
                apply_overrides(c.facts, {name: value})

        label = tr_name(FACT_NAMES.get(name, name))
        try:
            self.ctx.session.edit(
                self.tr("修改“{label}”").format(label=label), change, FACTS, f"fact:{name}"
            )
        except YunbeiError as exc:
            if not quiet:
                self._show_error(row, self._parse_message(name, exc))
            return
        self._clear_error(row)

    def _normalise(self, name: str, raw: str) -> str:
        """What the user typed, in the form `apply_overrides` reads."""
        text = raw.strip()
        if name in _INT_FACTS:
            return text.replace("，", ",").replace(" ", "").removesuffix("云贝").strip()
        if name == "failure_time":
            return text.replace("/", "-").replace("：", ":").replace("T", " ")
        if name == "tried":
            return text.replace("；", ";")
        return text

    def _apply_cause(self) -> None:
        row = self._rows["cause"]
        combo = row.editor
        assert isinstance(combo, QComboBox)
        value: str | None = combo.currentData()
        case = self.ctx.session.case
        if case is None:
            return
        current = case.facts.cause.value if case.facts.cause is not None else None
        if value == current:
            return

        def change(c: Case) -> None:
            if value is None:
                c.facts.cause = None
                c.facts.edited.add("cause")
            else:
                apply_overrides(c.facts, {"cause": Cause(value).value})

        try:
            self.ctx.session.edit(self.tr("修改失败原因"), change, FACTS, "fact:cause")
        except YunbeiError as exc:
            self._show_error(row, exc.message)

    def _on_missing_link(self, link: str) -> None:
        if link.startswith("fact:"):
            self.focus_fact(link.removeprefix("fact:"))

    def _on_resolution(self, resolution: Resolution, checked: bool) -> None:
        case = self.ctx.session.case
        if case is None:
            return
        chosen = [r for r in Resolution if self._resolution_boxes[r].isChecked()]
        if not chosen:
            # refuse: an appeal without a request has nothing for support to do
            box = self._resolution_boxes[resolution]
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self._request_message.show_message(
                self.tr("至少要保留一项请求，客服才知道该怎么处理。"), "warning"
            )
            return
        self._request_message.clear_message()
        name = tr_name(RESOLUTION_NAMES[resolution])
        text = (
            self.tr("加上请求：{name}").format(name=name)
            if checked
            else self.tr("去掉请求：{name}").format(name=name)
        )

        def change(c: Case) -> None:
            c.resolutions = list(chosen)

        try:
            self.ctx.session.edit(text, change, REQUEST)
        except YunbeiError as exc:
            self._request_message.show_message(exc.message, "error")

    def _on_request_note(self) -> None:
        note = self._request_note.toPlainText()

        def change(c: Case) -> None:
            c.request_note = note

        try:
            self.ctx.session.edit(self.tr("修改补充说明"), change, REQUEST, "request-note")
        except YunbeiError as exc:
            self._request_message.show_message(exc.message, "error")

    def _open_mail(self) -> None:
        """Open the email in the user's mail program (a long body is cut, the PDF has it all)."""
        self._refresh_texts_if_due()
        text = self._texts.get(Channel.EMAIL)
        if text is not None:
            self._open_url(QUrl(mailto_link(text)))

    def _open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

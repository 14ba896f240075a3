"""Step 5, 导出: write the evidence pack (PDF, appeal texts, e-mail draft) into a folder.

The export itself runs on the thread pool over a deep copy of the case, so the user may go
on working while it runs. The core writes a pack atomically (all files or none); "cancel"
therefore lets the job finish and then removes what it wrote.
"""

from __future__ import annotations

import contextlib
import itertools
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.appeal import EMAIL_TO, AppealText, mailto_link, write_appeal
from yunbei_gui.core.case import Case, Channel, Contact
from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.evidence_pack import PackResult
from yunbei_gui.core.export import export_case, missing_fact_names, pack_pdf_name
from yunbei_gui.core.models import PRESET_TYPES, Preset
from yunbei_gui.core.names import KIND_NAMES, TYPE_NAMES
from yunbei_gui.core.redact import RedactionMode
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.names import tr_name
from yunbei_gui.ui.session import ALL, CONTACTS, FACTS, REGIONS, SCREENSHOTS
from yunbei_gui.ui.widgets import (
    CopyButton,
    MessageBar,
    empty_state,
    heading,
    hint,
    scrolling_body,
    section_label,
)
from yunbei_gui.ui.workers import run_job

SETTINGS_FOLDER = "export/folder"
DEFAULT_SUBFOLDER = "云贝申诉"

# What the summary at the top depends on.
_SUMMARY_CHANGES = {SCREENSHOTS, REGIONS, FACTS, ALL}


def pack_files(result: PackResult) -> list[Path]:
    """Every file one export wrote."""
    files = [result.pdf, *result.texts, result.manifest, result.checksum]
    if result.eml is not None:
        files.append(result.eml)
    return files


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class ExportPage(QWidget):
    """Choose a folder, export the pack, then open it or start the e-mail."""

    exported = Signal(object)  # the PackResult of a successful export
    followUpRequested = Signal()  # the user recorded the sent e-mail; show 跟进 next

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: PackResult | None = None
        self._jobs = itertools.count(1)
        self._running: int | None = None  # token of the export under way
        self._cancelled = False
        self._created_folder: Path | None = None  # made by this export; removed on cancel

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        empty, self.empty_label = empty_state(
            self.tr("还没有打开案件"), self.tr("请先在第一步添加截图，再回到这里导出。")
        )
        self._stack.addWidget(empty)
        scroll, layout = scrolling_body()
        self._stack.addWidget(scroll)

        layout.addWidget(heading(self.tr("导出证据包")))
        layout.addWidget(
            hint(
                self.tr(
                    "证据包是一个 PDF 文件，里面有遮挡了个人信息的截图、事情经过和申诉信，"
                    "同时还会生成各个渠道的申诉文字和一封带附件的邮件草稿。"
                    "你的原始截图不会被修改。"
                )
            )
        )

        # --- what will be exported ---------------------------------------------------
        layout.addWidget(section_label(self.tr("将要导出的内容"), space_above=8))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.unmasked_bar = MessageBar()
        layout.addWidget(self.unmasked_bar)
        self.missing_bar = MessageBar()
        layout.addWidget(self.missing_bar)

        # --- where -------------------------------------------------------------------
        layout.addWidget(section_label(self.tr("保存位置"), space_above=8))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(self._initial_folder())
        self.folder_edit.setAccessibleName(self.tr("保存证据包的文件夹"))
        self.folder_edit.setPlaceholderText(self.tr("选择一个文件夹"))
        self.choose_button = QPushButton(self.tr("选择…"))
        self.choose_button.setAccessibleName(self.tr("选择保存证据包的文件夹"))
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form.addRow(self.tr("文件夹："), folder_row)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("文件夹不存在时会自动创建；同名的旧证据包会被替换。")))

        # --- export ------------------------------------------------------------------
        run_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出证据包"))
        self.export_button.setDefault(True)
        self.export_button.setMinimumHeight(34)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAccessibleName(self.tr("取消导出"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the core reports no steps
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("导出进度"))
        self.progress.hide()
        self.stage_label = QLabel()
        self.stage_label.hide()
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress)
        run_row.addWidget(self.stage_label, 1)
        run_row.addStretch(0)
        layout.addLayout(run_row)
        self.message_bar = MessageBar()
        layout.addWidget(self.message_bar)

        # --- after success -----------------------------------------------------------
        self.result_box = QWidget()
        result_layout = QVBoxLayout(self.result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.setSpacing(8)
        result_layout.addWidget(section_label(self.tr("导出结果"), space_above=8))
        self.paths_label = QLabel()
        self.paths_label.setWordWrap(True)
        self.paths_label.setTextFormat(Qt.TextFormat.PlainText)
        self.paths_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout.addWidget(self.paths_label)

        open_row = QHBoxLayout()
        self.open_pdf_button = QPushButton(self.tr("打开 PDF"))
        self.open_pdf_button.clicked.connect(self._open_pdf)
        self.open_folder_button = QPushButton(self.tr("打开文件夹"))
        self.open_folder_button.clicked.connect(self._open_folder)
        open_row.addWidget(self.open_pdf_button)
        open_row.addWidget(self.open_folder_button)
        open_row.addStretch(1)
        result_layout.addLayout(open_row)

        self.next_label = QLabel(
            self.tr(
                "下一步：把申诉邮件发到 {to}，并把证据包 PDF 作为附件；"
                "发出后，到“跟进”步骤记下这次联系，程序会提醒你什么时候该有回复。"
            ).format(to=EMAIL_TO)
        )
        self.next_label.setWordWrap(True)
        font = self.next_label.font()
        font.setBold(True)
        self.next_label.setFont(font)
        result_layout.addWidget(self.next_label)

        mail_row = QHBoxLayout()
        self.mail_button = QPushButton(self.tr("写邮件"))
        self.mail_button.setAccessibleName(self.tr("用邮件程序写申诉邮件"))
        self.mail_button.clicked.connect(self._write_mail)
        self.eml_button = QPushButton(self.tr("打开邮件草稿（已附 PDF）"))
        self.eml_button.clicked.connect(self._open_eml)
        self.copy_subject_button = CopyButton(self._mail_subject, self.tr("复制邮件标题"))
        self.copy_body_button = CopyButton(self._mail_body, self.tr("复制邮件正文"))
        mail_row.addWidget(self.mail_button)
        mail_row.addWidget(self.eml_button)
        mail_row.addWidget(self.copy_subject_button)
        mail_row.addWidget(self.copy_body_button)
        mail_row.addStretch(1)
        result_layout.addLayout(mail_row)
        self.mail_bar = MessageBar()
        result_layout.addWidget(self.mail_bar)

        sent_row = QHBoxLayout()
        self.sent_button = QPushButton(self.tr("邮件已发出，记到“跟进”"))
        self.sent_button.setAccessibleName(self.tr("记录已发出申诉邮件"))
        self.sent_button.clicked.connect(self._record_sent)
        sent_row.addWidget(self.sent_button)
        sent_row.addStretch(1)
        result_layout.addLayout(sent_row)
        self.result_box.hide()
        layout.addWidget(self.result_box)
        layout.addStretch(1)

        self.setTabOrder(self.folder_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.export_button)
        self.setTabOrder(self.export_button, self.cancel_button)

        ctx.session.changed.connect(self._on_changed)
        ctx.session.caseOpened.connect(self._on_case_opened)
        self._refresh_summary()

    # --- small building blocks ----------------------------------------------------------

    def _initial_folder(self) -> str:
        saved = self.ctx.settings.value(SETTINGS_FOLDER, "")
        if isinstance(saved, str) and saved.strip():
            return saved
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(docs) if docs else Path.home()
        return str(base / DEFAULT_SUBFOLDER)

    # --- refreshing ---------------------------------------------------------------------

    def _on_changed(self, what: str) -> None:
        if what in _SUMMARY_CHANGES:
            self._refresh_summary()

    def _on_case_opened(self) -> None:
        # a pack of another case must not be offered for this one
        self.result = None
        self.result_box.hide()
        self.message_bar.clear_message()
        self.mail_bar.clear_message()

    def _refresh_summary(self) -> None:
        case = self.ctx.session.case
        self._stack.setCurrentIndex(0 if case is None else 1)
        if case is None:
            return
        shots = len(case.screenshots)
        covered = sum(1 for s in case.screenshots for r in s.regions if r.enabled)
        lines = [
            self.tr("截图：共 {n} 张，将遮挡 {k} 处个人信息。").format(n=shots, k=covered),
            self.tr("遮挡范围：{preset}").format(preset=self._preset_words(case.preset)),
            self.tr("遮挡样式：{look}").format(look=self._look_words(case.redaction_mode)),
        ]
        if shots == 0:
            lines.append(self.tr("还没有添加截图，证据包里将只有文字内容。"))
        self.summary_label.setText("\n".join(lines))

        bare = [
            self.tr("第 {i} 张截图（{kind}）").format(
                i=i, kind=tr_name(KIND_NAMES.get(s.kind, s.kind))
            )
            for i, s in enumerate(case.screenshots, start=1)
            if not any(r.enabled for r in s.regions)
        ]
        if bare:
            self.unmasked_bar.show_message(
                self.tr(
                    "<b>请注意：</b>{shots}没有任何遮挡区域，请到“核对”步骤确认"
                    "上面没有手机号、邮箱等个人信息。"
                ).format(shots="、".join(bare)),
                "error",
            )
        else:
            self.unmasked_bar.clear_message()

        missing = missing_fact_names(case)
        if missing:
            self.missing_bar.show_message(
                self.tr(
                    "还缺少这些必填信息：{names}。申诉信会注明缺少的内容，"
                    "最好先回到前面的步骤补上，客服处理起来会更快。"
                ).format(names="、".join(missing)),
                "warning",
            )
        else:
            self.missing_bar.clear_message()

    def _preset_words(self, preset: Preset) -> str:
        order = list(TYPE_NAMES)
        types = sorted(PRESET_TYPES[preset], key=lambda t: order.index(t.value))
        names = "、".join(tr_name(TYPE_NAMES[t.value]) for t in types)
        if preset == Preset.PUBLIC:
            return self.tr("用于公开发布，遮挡全部个人信息（{names}）").format(names=names)
        return self.tr("发给官方客服，遮挡{names}").format(names=names)

    def _look_words(self, mode: str) -> str:
        if mode == RedactionMode.BLOCKS:
            return self.tr("马赛克色块")
        if mode == RedactionMode.FILL:
            return self.tr("纯色填充")
        return self.tr("柔和模糊")

    # --- choosing the folder ------------------------------------------------------------

    def _ask_folder(self, start: str) -> str:
        """The folder dialog; tests replace this method."""
        return QFileDialog.getExistingDirectory(self, self.tr("选择保存证据包的文件夹"), start)

    def _choose_folder(self) -> None:
        chosen = self._ask_folder(self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    # --- exporting ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running is not None

    def start_export(self) -> None:
        """Export the open case into the chosen folder (also the Ctrl+E shortcut)."""
        if self.busy:
            return
        self.message_bar.clear_message()
        case = self.ctx.session.case
        if case is None:
            self.message_bar.show_message(self.tr("还没有打开案件，没有可以导出的内容。"), "error")
            return
        text = self.folder_edit.text().strip()
        if not text:
            self.message_bar.show_message(self.tr("请先选择保存证据包的文件夹。"), "error")
            return
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            self.message_bar.show_message(
                self.tr("“{path}”是一个文件，不是文件夹。请换一个文件夹。").format(path=folder),
                "error",
            )
            return
        self._created_folder = None if folder.exists() else folder

        # the job works on its own copy: the user may keep editing meanwhile
        copy = Case.from_json(case.to_json())
        store: CaseStore = self.ctx.session.store
        mode = self._mode(copy.redaction_mode)
        now: datetime = self.ctx.now()
        token = next(self._jobs)
        self._running = token
        self._cancelled = False
        self._set_busy(True, self.tr("正在遮挡截图并生成 PDF，请稍候…"))
        run_job(
            lambda: export_case(copy, store, folder, mode, now),
            lambda result: self._export_done(token, folder, result),
            lambda message: self._export_failed(token, message),
        )

    def cancel_export(self) -> None:
        if not self.busy or self._cancelled:
            return
        self._cancelled = True
        self.cancel_button.setEnabled(False)
        self.stage_label.setText(self.tr("正在取消…"))

    @staticmethod
    def _mode(value: str) -> RedactionMode:
        try:
            return RedactionMode(value)
        except ValueError:
            return RedactionMode.BLUR

    def _set_busy(self, busy: bool, stage: str = "") -> None:
        self.export_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.folder_edit.setReadOnly(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.stage_label.setVisible(busy)
        self.stage_label.setText(stage)

    def _export_done(self, token: int, folder: Path, result: PackResult) -> None:
        if token != self._running:
            return
        self._running = None
        self._set_busy(False)
        if self._cancelled:
            self._discard(result)
            self.message_bar.show_message(self.tr("已取消导出，没有留下任何文件。"), "info")
            return
        self.result = result
        self.ctx.settings.setValue(SETTINGS_FOLDER, str(folder))
        self._show_result(result)
        self.message_bar.show_message(self.tr("证据包已保存。"), "info")
        self.exported.emit(result)

    def _export_failed(self, token: int, message: str) -> None:
        if token != self._running:
            return
        self._running = None
        self._set_busy(False)
        self._remove_created_folder()
        if self._cancelled:
            self.message_bar.show_message(self.tr("已取消导出，没有留下任何文件。"), "info")
        else:
            self.message_bar.show_message(message, "error")

    def _discard(self, result: PackResult) -> None:
        for path in pack_files(result):
            with contextlib.suppress(OSError):
                path.unlink()
        self._remove_created_folder()

    def _remove_created_folder(self) -> None:
        # only a folder this export made, and only while it is still empty
        if self._created_folder is not None:
            with contextlib.suppress(OSError):
                self._created_folder.rmdir()
        self._created_folder = None

    def _show_result(self, result: PackResult) -> None:
        lines = [
            self.tr("证据包 PDF：{path}").format(path=result.pdf),
            self.tr("申诉文字：{n} 个文本文件，在同一个文件夹里").format(n=len(result.texts)),
        ]
        if result.eml is not None:
            lines.append(self.tr("邮件草稿：{path}").format(path=result.eml))
        lines.append(self.tr("文件夹：{path}").format(path=result.pdf.parent))
        self.paths_label.setText("\n".join(lines))
        self.eml_button.setVisible(result.eml is not None)
        self.sent_button.setEnabled(True)
        self.mail_bar.clear_message()
        self.result_box.show()

    # --- after the export ---------------------------------------------------------------

    def _open_url(self, url: QUrl) -> bool:
        """Hand a file or mailto link to the system; tests replace this method."""
        return QDesktopServices.openUrl(url)

    def _open_file(self, path: Path) -> None:
        if not path.exists():
            self.mail_bar.show_message(
                self.tr("找不到这个文件，可能已被移动或删除：{path}").format(path=path), "error"
            )
            return
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self.mail_bar.show_message(
                self.tr("没能自动打开，请手动打开：{path}").format(path=path), "warning"
            )

    def _open_pdf(self) -> None:
        if self.result is not None:
            self._open_file(self.result.pdf)

    def _open_folder(self) -> None:
        if self.result is not None:
            self._open_file(self.result.pdf.parent)

    def _open_eml(self) -> None:
        if self.result is not None and self.result.eml is not None:
            self._open_file(self.result.eml)

    def _mail_text(self) -> AppealText | None:
        case = self.ctx.session.case
        if case is None:
            return None
        return write_appeal(case, Channel.EMAIL, [pack_pdf_name(case)])

    def _mail_subject(self) -> str:
        text = self._mail_text()
        return (text.subject or "") if text is not None else ""

    def _mail_body(self) -> str:
        text = self._mail_text()
        return text.body if text is not None else ""

    def _write_mail(self) -> None:
        text = self._mail_text()
        if text is None:
            return
        link = mailto_link(text)
        pdf = self.result.pdf if self.result is not None else None
        if self._open_url(QUrl.fromEncoded(link.encode("ascii"))):
            self.mail_bar.show_message(
                self.tr(
                    "邮件程序打开后，请把证据包 PDF 作为附件添加进去：{pdf}。"
                    "如果正文被截短，可以用“复制邮件正文”粘贴完整内容。"
                ).format(pdf=pdf or ""),
                "info",
            )
        else:
            self.mail_bar.show_message(
                self.tr(
                    "没有找到邮件程序。请自己新建一封邮件发到 {to}，"
                    "用上面的按钮复制标题和正文，并把 PDF 作为附件：{pdf}"
                ).format(to=EMAIL_TO, pdf=pdf or ""),
                "warning",
            )

    def _record_sent(self) -> None:
        stamp = self.ctx.now().strftime("%Y-%m-%dT%H:%M")
        contact = Contact(Channel.EMAIL, stamp, outcome="等待回复")
        try:
            self.ctx.session.edit(
                self.tr("记录已发出的申诉邮件"),
                lambda case: case.contacts.append(contact),
                CONTACTS,
            )
        except YunbeiError as exc:
            self.mail_bar.show_message(exc.message, "error")
            return
        self.sent_button.setEnabled(False)  # one e-mail, one record
        self.mail_bar.show_message(
            self.tr("已在“跟进”里记下这封邮件，通常 1–3 个工作日内会有回复。"), "info"
        )
        self.followUpRequested.emit()

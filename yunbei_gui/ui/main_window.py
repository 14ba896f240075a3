"""The main window: the list of cases, and the six steps of one case."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.case import Case
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.ui.appeal_page import AppealPage
from yunbei_gui.ui.cases_page import CasesPage
from yunbei_gui.ui.checks_page import ChecksPage
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.dialogs import AboutDialog, OcrMissingDialog
from yunbei_gui.ui.evidence_page import EvidencePage
from yunbei_gui.ui.export_page import ExportPage
from yunbei_gui.ui.followup_page import FollowUpPage
from yunbei_gui.ui.i18n import LANGUAGES
from yunbei_gui.ui.review_page import ReviewPage
from yunbei_gui.ui.session import ALL
from yunbei_gui.ui.widgets import confirm

log = logging.getLogger(__name__)

EVIDENCE, REVIEW, CHECKS, APPEAL, EXPORT, FOLLOW_UP = range(6)


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("yunbei-gui", appauthor=False))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self._ocr_dialog_open = False
        self.setWindowTitle(self.tr("云贝申诉助手"))
        self.setMinimumSize(QSize(960, 620))

        self.cases_page = CasesPage(self.session.store)
        self.cases_page.openRequested.connect(self.open_case)
        self.cases_page.newRequested.connect(self.new_case)

        self.evidence = EvidencePage(ctx)
        self.review = ReviewPage(ctx)
        self.checks = ChecksPage(ctx)
        self.appeal = AppealPage(ctx)
        self.export = ExportPage(ctx)
        self.follow_up = FollowUpPage(ctx)
        self.pages: list[QWidget] = [
            self.evidence,
            self.review,
            self.checks,
            self.appeal,
            self.export,
            self.follow_up,
        ]
        self.evidence.reviewRequested.connect(self.show_shot)
        self.evidence.ocrUnavailable.connect(self.ask_for_ocr)
        self.export.exported.connect(self._exported)
        self.export.followUpRequested.connect(lambda: self.go_to(FOLLOW_UP))

        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setAccessibleName(self.tr("步骤"))
        self.steps.setFixedWidth(188)
        self.steps.setSpacing(2)
        self.steps.setIconSize(QSize(0, 0))
        step_names = [
            (self.tr("证据"), self.tr("添加截图")),
            (self.tr("核对"), self.tr("遮挡隐私、核对内容")),
            (self.tr("自查"), self.tr("六项检查与诊断")),
            (self.tr("申诉"), self.tr("信息与申诉文本")),
            (self.tr("导出"), self.tr("生成证据包、发邮件")),
            (self.tr("跟进"), self.tr("联系记录与下一步")),
        ]
        for number, (name, sub) in enumerate(step_names, 1):
            item = QListWidgetItem(f"{number}  {name}\n     {sub}")
            item.setSizeHint(QSize(180, 52))
            self.steps.addItem(item)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.steps.currentRowChanged.connect(self._step_changed)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("案件名称"))
        self.title_edit.setPlaceholderText(self.tr("案件名称"))
        self.title_edit.editingFinished.connect(self._rename)
        self.all_cases = QPushButton(self.tr("所有案件"))
        self.all_cases.clicked.connect(self.show_cases)
        self.prev_button = QPushButton(self.tr("上一步"))
        self.next_button = QPushButton(self.tr("下一步"))
        self.prev_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        header = QHBoxLayout()
        header.addWidget(self.all_cases)
        header.addWidget(QLabel(self.tr("案件：")))
        header.addWidget(self.title_edit, 1)
        header.addWidget(self.prev_button)
        header.addWidget(self.next_button)

        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.addLayout(header)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        work_layout.addLayout(body, 1)
        self.work = work

        self.top = QStackedWidget()
        self.top.addWidget(self.cases_page)
        self.top.addWidget(work)
        self.setCentralWidget(self.top)

        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.session.saved.connect(self._saved)
        self.session.saveFailed.connect(self._save_failed)
        self.session.changed.connect(self._case_changed)
        self.session.caseOpened.connect(self._case_opened)

        self._make_actions()
        self._restore_geometry()
        self.steps.setCurrentRow(EVIDENCE)
        self.show_cases()

    # --- actions and menus -------------------------------------------------------------

    def _action(self, text: str, slot: object, keys: list[QKeySequence] | None = None) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        quit_keys = QKeySequence.keyBindings(std.Quit) or [QKeySequence("Ctrl+Q")]
        self.new_action = self._action(self.tr("新建案件"), self.new_case, [QKeySequence(std.New)])
        self.open_action = self._action(
            self.tr("添加截图…"), self._open_files, [QKeySequence(std.Open)]
        )
        self.paste_action = self._action(
            self.tr("粘贴截图"), self._paste, [QKeySequence(std.Paste)]
        )
        # a text field that has the focus keeps Ctrl+V for itself (Qt's shortcut override)
        self.export_action = self._action(
            self.tr("导出证据包"), self._export, [QKeySequence("Ctrl+E")]
        )
        self.cases_action = self._action(
            self.tr("所有案件"), self.show_cases, [QKeySequence("Ctrl+L")]
        )
        self.quit_action = self._action(self.tr("退出"), self.close, quit_keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        undo = self.session.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcuts(QKeySequence.keyBindings(std.Undo))
        redo = self.session.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts(QKeySequence.keyBindings(std.Redo) or [QKeySequence("Ctrl+Shift+Z")])
        self.undo_action, self.redo_action = undo, redo
        self.addAction(undo)
        self.addAction(redo)
        self.next_action = self._action(
            self.tr("下一步"), self.next_step, [QKeySequence("Ctrl+PgDown")]
        )
        self.prev_action = self._action(
            self.tr("上一步"), self.previous_step, [QKeySequence("Ctrl+PgUp")]
        )
        self.step_actions = [
            self._action(
                self.tr("第 {n} 步").format(n=n + 1),
                lambda _=False, n=n: self.go_to(n),
                [QKeySequence(f"Ctrl+{n + 1}")],
            )
            for n in range(6)
        ]
        self.about_action = self._action(self.tr("关于云贝申诉助手"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_action = self._action(self.tr("打开日志文件夹"), self.open_log_folder)

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件"))
        for a in (self.new_action, self.cases_action, None, self.open_action, self.paste_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("编辑"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        go_menu = bar.addMenu(self.tr("前往"))
        go_menu.addAction(self.prev_action)
        go_menu.addAction(self.next_action)
        go_menu.addSeparator()
        for a in self.step_actions:
            go_menu.addAction(a)
        help_menu = bar.addMenu(self.tr("帮助"))
        language_menu = help_menu.addMenu(self.tr("界面语言"))
        current = str(self.ctx.settings.value("ui/language", "auto"))
        for code, name in [("auto", self.tr("跟随系统")), *LANGUAGES.items()]:
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)

    # --- navigation --------------------------------------------------------------------

    def go_to(self, step: int) -> None:
        if self.session.case is None:
            return
        self.top.setCurrentWidget(self.work)
        self.steps.setCurrentRow(max(0, min(len(self.pages) - 1, step)))

    def next_step(self) -> None:
        self.go_to(self.steps.currentRow() + 1)

    def previous_step(self) -> None:
        self.go_to(self.steps.currentRow() - 1)

    def _step_changed(self, row: int) -> None:
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)

    def show_shot(self, shot_id: str) -> None:
        self.go_to(REVIEW)
        self.review.show_shot(shot_id)

    def show_cases(self) -> None:
        self.session.save_now()
        self.cases_page.refresh(select=self.session.case.id if self.session.case else None)
        self.top.setCurrentWidget(self.cases_page)
        self.cases_action.setEnabled(True)

    # --- cases -------------------------------------------------------------------------

    def new_case(self) -> None:
        self.session.new_case()
        self.go_to(EVIDENCE)

    def open_case(self, case_id: str) -> bool:
        try:
            case = self.session.store.load(case_id)
        except YunbeiError as exc:
            self.cases_page.messages.show_message(exc.message, "error")
            self.show_cases()
            return False
        self.session.open(case)
        self.go_to(EVIDENCE if not case.screenshots else REVIEW)
        return True

    def open_files(self, paths: list[Path]) -> None:
        """Screenshots given on the command line: a new case with them."""
        self.new_case()
        self.evidence.add_files(paths)

    def _case_opened(self) -> None:
        case = self.session.case
        if case is not None:
            self.ctx.settings.setValue("case/last", case.id)
        self._case_changed(ALL)

    def _case_changed(self, what: str) -> None:
        case = self.session.case
        title = case.title if case else ""
        if not self.title_edit.hasFocus() and self.title_edit.text() != title:
            self.title_edit.setText(title)
        self.setWindowTitle(
            self.tr("{title} - 云贝申诉助手").format(title=title)
            if title
            else self.tr("云贝申诉助手")
        )

    def _rename(self) -> None:
        title = self.title_edit.text().strip()
        case = self.session.case
        if case is None or not title or title == case.title:
            return

        def change(c: Case) -> None:
            c.title = title

        self.session.edit(self.tr("重命名案件"), change, "title")

    def _saved(self) -> None:
        self.save_label.setText(
            self.tr("已自动保存 {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )
        self.save_label.setStyleSheet("")

    def _save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("保存失败：{error}").format(error=message))
        self.save_label.setStyleSheet("color: #c62828;")

    # --- commands ----------------------------------------------------------------------

    def _open_files(self) -> None:
        if self.session.case is None:
            self.new_case()
        self.go_to(EVIDENCE)
        self.evidence.choose_files()

    def _paste(self) -> None:
        if self.session.case is None:
            self.new_case()
        self.go_to(EVIDENCE)
        self.evidence.paste()

    def _export(self) -> None:
        if self.session.case is None:
            return
        self.go_to(EXPORT)
        self.export.start_export()

    def _exported(self, result: object) -> None:
        self.statusBar().showMessage(self.tr("证据包已导出。"), 8000)

    def ask_for_ocr(self, message: str) -> None:
        """Tesseract or its Chinese data is missing: say how to install it; retry on request."""
        if self._ocr_dialog_open:
            return
        self._ocr_dialog_open = True
        try:
            retry = self._run_ocr_dialog(message)
        finally:
            self._ocr_dialog_open = False
        if retry:
            self.evidence.retry_reading()

    def _run_ocr_dialog(self, message: str) -> bool:
        dialog = OcrMissingDialog(message, self)
        return bool(dialog.exec())

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def open_log_folder(self) -> None:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def set_language(self, code: str) -> None:
        self.ctx.settings.setValue("ui/language", code)
        self.statusBar().showMessage(self.tr("界面语言将在重新打开程序后生效。"), 8000)

    # --- window state ------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None:
                self.resize(min(1280, available.width() - 40), min(820, available.height() - 60))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.reader.busy and not self._confirm_close():
            event.ignore()
            return
        if not self.session.save_now() and not self._confirm_unsaved():
            event.ignore()
            return
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.sync()
        event.accept()

    def _confirm_unsaved(self) -> bool:
        return confirm(
            self,
            self.tr(
                "案件没能保存（磁盘满了或没有写入权限？），最近的修改会丢失。"
                "先腾出空间再关闭更稳妥。仍然关闭吗？"
            ),
            self.tr("没能保存"),
        )

    def _confirm_close(self) -> bool:
        return confirm(
            self,
            self.tr("还有截图正在识别。现在关闭的话，这些截图需要重新添加。确定关闭吗？"),
            self.tr("正在识别"),
        )

    def restore_last_case(self) -> None:
        """Open the case the user worked on last time (after a close or a crash)."""
        last = self.ctx.settings.value("case/last")
        if last:
            try:
                self.session.store.load(str(last))
            except YunbeiError:
                return
            self.open_case(str(last))


__all__ = ["MainWindow", "log_folder"]

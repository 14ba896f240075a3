"""Step 1, 证据 Evidence: drop, open or paste screenshots; each is read in the background.

Cards appear in the order the files came, at once; each shows its own progress and then
what kind of screenshot it is. Finished readings enter the case in that same order, so the
pack's order is the user's order (they can reorder afterwards).
"""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMimeData, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.analysis import ScreenshotReport
from yunbei_gui.core.case import Case
from yunbei_gui.core.case_builder import add_screenshots, apply_reading
from yunbei_gui.core.errors import OcrError, YunbeiError
from yunbei_gui.core.models import Kind
from yunbei_gui.core.names import KIND_NAMES
from yunbei_gui.core.screenshot import load_screenshot
from yunbei_gui.resources import resource_path
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.names import tr_name
from yunbei_gui.ui.session import ALL, SCREENSHOTS
from yunbei_gui.ui.widgets import MessageBar, heading, hint
from yunbei_gui.ui.workers import Cancelled, pil_to_qimage, run_job

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".heic", ".heif"}
# The evidence a complete appeal shows, in the order the user is asked for it.
WANTED_KINDS = (Kind.FAILURE, Kind.BALANCE, Kind.RECORDS, Kind.ACCOUNT, Kind.NETWORK)
FEWEST, MOST = 3, 5
CARD_SIZE = QSize(176, 318)
THUMB = QSize(150, 210)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders give their image files (not their subfolders), sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                out += sorted(
                    p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                )
            except OSError:
                out.append(path)  # reading it will report the problem
        else:
            out.append(path)
    return out


@dataclass
class _Pending:
    token: str
    path: Path
    thumb: QImage | None = None
    stage: str = ""
    report: ScreenshotReport | None = None
    card: _Card | None = None  # its card while it is shown


class _Card(QFrame):
    """One screenshot: thumbnail, kind or progress, and its buttons."""

    moveLeft = Signal()
    moveRight = Signal()
    remove = Signal()
    review = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedSize(CARD_SIZE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(THUMB)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.name = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        buttons = QHBoxLayout()
        self.left = self._button("◀", self.tr("往前移"), self.moveLeft)
        self.open = self._button(self.tr("核对"), self.tr("核对这张截图"), self.review)
        self.right = self._button("▶", self.tr("往后移"), self.moveRight)
        self.delete = self._button("✕", self.tr("移除这张截图"), self.remove)
        for b in (self.left, self.open, self.right, self.delete):
            buttons.addWidget(b)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.clicked.connect(signal)
        return button

    def set_content(
        self,
        thumb: QPixmap | None,
        title: str,
        name: str,
        busy: bool,
        error: bool = False,
    ) -> None:
        if thumb is not None and not thumb.isNull():
            self.picture.setPixmap(thumb)
        else:
            self.picture.setText("…" if busy else "")
        self.title.setText(title)
        palette = self.title.palette()
        colour = Qt.GlobalColor.red if error else self.palette().windowText().color()
        palette.setColor(self.title.foregroundRole(), colour)
        self.title.setPalette(palette)
        metrics = self.name.fontMetrics()
        self.name.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, THUMB.width()))
        self.name.setToolTip(name)
        self.progress.setVisible(busy)
        self.open.setEnabled(not busy and not error)
        self.setAccessibleName(f"{title} {name}")


class _DropZone(QFrame):
    """The big dashed area that takes files and folders."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropZone")
        self._set_active(False)

    def _set_active(self, active: bool) -> None:
        colour = "palette(highlight)" if active else "palette(mid)"
        self.setStyleSheet(f"#dropZone {{ border: 2px dashed {colour}; border-radius: 10px; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
            self._set_active(True)

    def dragLeaveEvent(self, event: object) -> None:
        self._set_active(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_active(False)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class EvidencePage(QWidget):
    """Step 1: the screenshots of the case."""

    reviewRequested = Signal(str)
    ocrUnavailable = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self._pending: list[_Pending] = []
        self._thumbs: dict[str, QImage] = {}  # screenshot sha256 -> thumbnail
        self._thumb_jobs: set[str] = set()
        self._unread: set[str] = set()  # screenshot ids that could not be OCR'd
        self._ocr_problem: str | None = None
        self._pixmaps: dict[int, QPixmap] = {}  # QImage.cacheKey() -> card-sized picture
        self._quiet = False
        self._problems: list[str] = []  # the files of the current batch that failed

        self.zone = _DropZone(self)
        zone_layout = QVBoxLayout(self.zone)
        zone_layout.setContentsMargins(16, 12, 16, 12)
        zone_layout.addWidget(heading(self.tr("把截图拖到这里"), self.zone))
        zone_layout.addWidget(
            hint(
                self.tr(
                    "需要 3 到 5 张手机截图：兑换失败的提示、云贝余额、云贝明细（扣除记录）、"
                    "账号信息页、当时的网络状态。也可以拖入整个文件夹，或按 Ctrl+V 粘贴截图。"
                ),
                self.zone,
            )
        )
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("选择截图…"))
        self.paste_button = QPushButton(self.tr("粘贴截图"))
        self.sample_button = QPushButton(self.tr("用示例截图试一试"))
        self.open_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.sample_button.clicked.connect(self.add_samples)
        for b in (self.open_button, self.paste_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        zone_layout.addLayout(buttons)
        self.zone.dropped.connect(self.add_files)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.messages = MessageBar(self)

        self.cards = QListWidget()
        self.cards.setViewMode(QListWidget.ViewMode.IconMode)
        self.cards.setMovement(QListWidget.Movement.Static)
        self.cards.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.cards.setGridSize(CARD_SIZE + QSize(12, 12))
        self.cards.setSpacing(4)
        self.cards.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.cards.setAcceptDrops(False)
        self.cards.setAccessibleName(self.tr("已添加的截图"))
        self.cards.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty = hint(
            self.tr("还没有截图。没有手头的截图也可以先点“用示例截图试一试”，看看整个流程。"),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("第 1 步：添加证据截图")))
        layout.addWidget(self.zone)
        layout.addWidget(self.status)
        layout.addWidget(self.messages)
        layout.addWidget(self.empty)
        layout.addWidget(self.cards, 1)

        self.ctx.reader.loaded.connect(self._on_loaded)
        self.ctx.reader.stage.connect(self._on_stage)
        self.ctx.reader.finished.connect(self._on_finished)
        self.session.changed.connect(self._on_changed)
        self.setAcceptDrops(True)
        self.refresh()

    # --- adding ------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        """Start reading files (folders give their images); cards appear at once."""
        files = expand_paths([Path(p) for p in paths])
        if not files:
            self.messages.show_message(self.tr("文件夹里没有找到图片。"), "warning")
            return
        if not self._pending:  # a new batch: the old messages are done with
            self._problems = []
            self.messages.clear_message()
        self.session.require()
        for path in files:
            token = self.ctx.reader.read(path)
            self._pending.append(_Pending(token, path, stage=self.tr("等待读取…")))
        self.refresh()

    def choose_files(self) -> None:
        folder = str(self.ctx.settings.value("evidence/folder", str(Path.home())))
        paths = self._ask_files(folder)
        if paths:
            self.ctx.settings.setValue("evidence/folder", str(Path(paths[0]).parent))
            self.add_files([Path(p) for p in paths])

    def _ask_files(self, folder: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择截图"),
            folder,
            self.tr("图片 (*.png *.jpg *.jpeg *.webp *.bmp *.heic *.heif);;所有文件 (*)"),
        )
        return list(files)

    def paste(self) -> None:
        """Paste an image (or copied image files) from the clipboard."""
        self.paste_mime(QGuiApplication.clipboard().mimeData())

    def paste_mime(self, mime: QMimeData | None) -> None:
        if mime is not None and mime.hasUrls():
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if paths:
                self.add_files(paths)
                return
        image = QImage(mime.imageData()) if mime is not None and mime.hasImage() else QImage()
        if image.isNull():
            self.messages.show_message(
                self.tr("剪贴板里没有图片。请先在手机或电脑上复制一张截图，再粘贴。"), "warning"
            )
            return
        folder = Path(tempfile.mkdtemp(prefix="yunbei-paste-"))
        path = folder / time.strftime("粘贴的截图-%Y%m%d-%H%M%S.png")
        if not image.save(str(path)):  # the format follows the .png suffix
            self.messages.show_message(self.tr("无法保存粘贴的图片，请改用“选择截图”。"), "error")
            return
        self.add_files([path])

    def add_samples(self) -> None:
        folder = resource_path("samples")
        samples = sorted(p for p in folder.glob("*.png")) if folder.is_dir() else []
        if not samples:
            self.messages.show_message(self.tr("没有找到示例截图。"), "error")
            return
        self.add_files(samples)

    # --- reading progress --------------------------------------------------------------

    def _find(self, token: str) -> _Pending | None:
        return next((p for p in self._pending if p.token == token), None)

    def _pixmap(self, image: QImage | None) -> QPixmap | None:
        """The card-sized picture of a thumbnail, scaled once (scaling is slow)."""
        if image is None or image.isNull():
            return None
        key = image.cacheKey()
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(image).scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._pixmaps[key] = pixmap
        return pixmap

    def _on_loaded(self, token: str, thumb: QImage) -> None:
        pending = self._find(token)
        if pending is not None:
            pending.thumb = thumb
            self._show_pending(pending)

    def _on_stage(self, token: str, stage: str) -> None:
        pending = self._find(token)
        if pending is not None:
            pending.stage = tr_name(stage)
            self._show_pending(pending)

    def _on_finished(self, token: str, report: ScreenshotReport) -> None:
        pending = self._find(token)
        if pending is None:
            return
        pending.report = report
        if not self._flush():  # a change to the case refreshes the page by itself
            self._show_pending(pending)

    def _flush(self) -> bool:
        """Move finished readings into the case, in the order the files came.

        Returns whether anything left the waiting list (the page was refreshed then).
        """
        ready: list[_Pending] = []
        if self._pending and self._pending[0].report is not None:
            # one per turn of the event loop: adding copies files and refreshes pages,
            # and five at once would hold the window up too long
            ready.append(self._pending.pop(0))
        if not ready:
            return False
        if self._pending and self._pending[0].report is not None:
            QTimer.singleShot(0, self, self._flush)
        problems: list[str] = []
        to_add: list[tuple[_Pending, ScreenshotReport]] = []
        case = self.session.require()
        known = {s.sha256 for s in case.screenshots}
        for item in ready:
            report = item.report
            assert report is not None
            if isinstance(report.error, Cancelled):
                continue
            if report.screenshot is None:
                message = report.error.message if report.error else self.tr("无法打开。")
                problems.append(f"{item.path.name}：{message}")
                continue
            if report.screenshot.sha256 in known:
                problems.append(
                    self.tr("{name}：这张截图已经添加过了。").format(name=item.path.name)
                )
                continue
            known.add(report.screenshot.sha256)
            if isinstance(report.error, OcrError):
                self._ocr_problem = report.error.message
            elif report.error is not None:
                problems.append(f"{item.path.name}：{report.error.message}")
            to_add.append((item, report))
        if to_add:
            self._quiet = True  # one refresh below, not one per signal of the edit
            try:
                self._add_to_case(to_add, problems)
            finally:
                self._quiet = False
        self.refresh()
        if problems:
            self._problems += problems  # the other files of this drop keep theirs shown
            self.messages.show_message("\n".join(self._problems), "error")
        if self._ocr_problem and any(isinstance(r.error, OcrError) for _, r in to_add):
            self.ocrUnavailable.emit(self._ocr_problem)
        return True

    def _add_to_case(
        self, items: list[tuple[_Pending, ScreenshotReport]], problems: list[str]
    ) -> None:
        reports = [r for _, r in items]
        before = len(self.session.require().screenshots)
        for item, report in items:
            if item.thumb is not None and report.screenshot is not None:
                self._thumbs[report.screenshot.sha256] = item.thumb

        def change(case: Case) -> None:
            skipped = add_screenshots(case, reports, self.session.store)
            problems.extend(f"{r.path.name}：{r.error.message if r.error else ''}" for r in skipped)

        names = "、".join(r.path.name for r in reports)
        try:
            self.session.edit(self.tr("添加截图 {names}").format(names=names), change, SCREENSHOTS)
        except YunbeiError as exc:
            problems.append(exc.message)
            return
        case = self.session.require()
        for (_item, report), shot in zip(items, case.screenshots[before:], strict=False):
            if report.reading is None:
                self._unread.add(shot.id)

    # --- retrying OCR ------------------------------------------------------------------

    @property
    def unread_ids(self) -> set[str]:
        """Screenshots in the case that still wait for OCR (tesseract was missing)."""
        case = self.session.case
        ids = {s.id for s in case.screenshots} if case else set()
        return self._unread & ids

    def retry_reading(self) -> None:
        """Read again the screenshots that could not be read (after installing tesseract)."""
        self.ctx.reader.reset_engine()
        self._ocr_problem = None
        case = self.session.case
        if case is None:
            return
        for shot in case.screenshots:
            if shot.id not in self._unread:
                continue
            path = self.session.store.original_path(case, shot)
            shot_id = shot.id

            def work(path: Path = path) -> ScreenshotReport:
                from yunbei_gui.core.analysis import read_page

                report = ScreenshotReport(path)
                report.screenshot = load_screenshot(path)
                report.page, report.reading = read_page(self.ctx.reader.engine(), report.screenshot)
                return report

            run_job(work, partial(self._apply_retry, shot_id), self._retry_failed, owner=self)

    def _apply_retry(self, shot_id: str, report: ScreenshotReport) -> None:
        self._unread.discard(shot_id)

        def change(case: Case) -> None:
            shot = next((s for s in case.screenshots if s.id == shot_id), None)
            if shot is not None:
                apply_reading(case, shot, report.reading)

        self.session.edit(self.tr("重新识别截图"), change, SCREENSHOTS)

    def _retry_failed(self, message: str) -> None:
        self._ocr_problem = message
        self.ocrUnavailable.emit(message)

    # --- the case's screenshots --------------------------------------------------------

    def _move(self, shot_id: str, step: int) -> None:
        def change(case: Case) -> None:
            ids = [s.id for s in case.screenshots]
            i = ids.index(shot_id)
            j = max(0, min(len(ids) - 1, i + step))
            case.screenshots.insert(j, case.screenshots.pop(i))

        self.session.edit(self.tr("调整截图顺序"), change, SCREENSHOTS)

    def remove_shot(self, shot_id: str) -> None:
        def change(case: Case) -> None:
            case.screenshots = [s for s in case.screenshots if s.id != shot_id]

        self.session.edit(self.tr("移除截图"), change, SCREENSHOTS)

    def _cancel(self, token: str) -> None:
        self.ctx.reader.cancel(token)
        self._pending = [p for p in self._pending if p.token != token]
        self._flush()
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in (SCREENSHOTS, ALL) and not self._quiet:
            self.refresh()

    def _need_thumb(self, shot_id: str) -> None:
        """Thumbnail of a screenshot of a reopened case, made off the GUI thread."""
        case = self.session.case
        shot = self.session.shot(shot_id)
        if case is None or shot is None or shot.sha256 in self._thumb_jobs:
            return
        sha = shot.sha256
        self._thumb_jobs.add(sha)
        path = self.session.store.original_path(case, shot)

        def work() -> QImage:
            image = load_screenshot(path).image
            image.thumbnail((THUMB.width() * 2, THUMB.height() * 2))
            return pil_to_qimage(image)

        def done(thumb: QImage) -> None:
            self._thumbs[sha] = thumb
            self.refresh()

        run_job(work, done, lambda _message: None, owner=self)

    def refresh(self) -> None:
        case = self.session.case
        shots = case.screenshots if case else []
        self.cards.clear()
        for index, shot in enumerate(shots):
            card = _Card()
            image = self._thumbs.get(shot.sha256)
            thumb = self._pixmap(image)
            if image is None:
                self._need_thumb(shot.id)
            title = f"{index + 1}. {tr_name(KIND_NAMES[shot.kind])}"
            if shot.id in self._unread:
                title += self.tr("（未识别）")
            card.set_content(thumb, title, Path(shot.original_path).name, busy=False)
            card.left.setEnabled(index > 0)
            card.right.setEnabled(index < len(shots) - 1)
            card.moveLeft.connect(lambda i=shot.id: self._move(i, -1))
            card.moveRight.connect(lambda i=shot.id: self._move(i, 1))
            card.remove.connect(lambda i=shot.id: self.remove_shot(i))
            card.review.connect(lambda i=shot.id: self.reviewRequested.emit(i))
            self._add_card(card)
        for pending in self._pending:
            card = _Card()
            pending.card = card
            self._fill_pending(pending)
            card.left.setEnabled(False)
            card.right.setEnabled(False)
            card.remove.connect(lambda t=pending.token: self._cancel(t))
            self._add_card(card)
        self.empty.setVisible(not shots and not self._pending)
        self.cards.setVisible(bool(shots or self._pending))
        self.sample_button.setVisible(not shots and not self._pending)
        self.status.setText(self._status_text(shots))

    def _fill_pending(self, pending: _Pending) -> None:
        card = pending.card
        if card is None:
            return
        report = pending.report
        if report is None:
            title, busy, error = pending.stage, True, False
        elif report.reading is not None:
            title, busy, error = tr_name(KIND_NAMES[report.reading.kind]), False, False
        else:
            title, busy, error = self.tr("无法读取"), False, True
        thumb = self._pixmap(pending.thumb)
        card.set_content(thumb, title, pending.path.name, busy=busy, error=error)

    def _show_pending(self, pending: _Pending) -> None:
        """Update one waiting card in place (a full refresh per progress step is slow)."""
        if pending.card is not None and shiboken6.isValid(pending.card):
            self._fill_pending(pending)
        else:
            self.refresh()

    def _add_card(self, card: _Card) -> None:
        item = QListWidgetItem(self.cards)
        item.setSizeHint(CARD_SIZE)
        self.cards.setItemWidget(item, card)

    def _status_text(self, shots: list) -> str:  # type: ignore[type-arg]
        if not shots and not self._pending:
            return ""
        parts = []
        if self._pending:
            parts.append(self.tr("正在读取 {n} 张…").format(n=len(self._pending)))
        kinds = {s.kind for s in shots}
        missing = [tr_name(KIND_NAMES[k]) for k in WANTED_KINDS if k not in kinds]
        if missing:
            parts.append(self.tr("还缺：{kinds}").format(kinds="、".join(missing)))
        else:
            parts.append(self.tr("需要的证据都齐了。"))
        count = len(shots) + len(self._pending)
        if count < FEWEST:
            parts.append(self.tr("截图少于 3 张，证据可能不够。"))
        elif count > MOST:
            parts.append(self.tr("超过 5 张了：只留最能说明问题的 3 到 5 张，客服更容易看。"))
        return "　".join(parts)

    # --- drops on the whole page -------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.zone.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.zone.dropEvent(event)

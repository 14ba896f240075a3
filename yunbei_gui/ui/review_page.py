"""Step 2, 核对: one screenshot at a time, its private-data regions and the fields read from it.

The user checks that everything private is covered (the worst bug of this product is a
leaked phone or ID number), switches regions on and off, draws boxes over anything the
reader missed, and corrects what was read. Images are decoded and redacted off the GUI
thread; each mouse gesture or typing burst is one undo step.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PIL import Image
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui.core.case import Case, CaseScreenshot, Region
from yunbei_gui.core.case_builder import apply_preset, set_shot_field, set_shot_kind
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.models import Box, Kind, Preset
from yunbei_gui.core.names import CAUSE_NAMES, KIND_NAMES, TIME_SOURCE_NAMES, TYPE_NAMES
from yunbei_gui.core.redact import RedactionMode, redact
from yunbei_gui.core.screenshot import load_screenshot
from yunbei_gui.ui.context import AppContext
from yunbei_gui.ui.names import tr_name
from yunbei_gui.ui.region_canvas import RegionCanvas, RegionView
from yunbei_gui.ui.session import ALL, FIELDS, REGIONS, SCREENSHOTS
from yunbei_gui.ui.widgets import MessageBar, heading, hint
from yunbei_gui.ui.workers import pil_to_qimage, run_job

THUMB_ICON = QSize(52, 112)
ORIGINALS_KEPT = 6  # decoded originals kept in memory (a long capture is ~60 MB)
REDACTED_KEPT = 12

RedactKey = tuple[str, tuple[Box, ...], str]  # sha256, enabled boxes, mode


def _find_shot(case: Case, shot_id: str) -> CaseScreenshot:
    shot = next((s for s in case.screenshots if s.id == shot_id), None)
    if shot is None:
        raise YunbeiError("这张截图已经不在案件里了。")
    return shot


def _decode(path: Path) -> tuple[Image.Image, QImage, QImage]:
    """The original as the reader saw it (oriented RGB), as a QImage and a thumbnail."""
    image = load_screenshot(path).image
    thumb = image.copy()
    thumb.thumbnail((THUMB_ICON.width() * 2, THUMB_ICON.height() * 2))
    return image, pil_to_qimage(image), pil_to_qimage(thumb)


def _same_int(text: str, value: int | None) -> bool:
    """Whether `text` already says `value` (so a refresh need not rewrite it)."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return value is None
    try:
        return int(cleaned) == value
    except ValueError:
        return False


class ReviewPage(QWidget):
    """核对: check each screenshot's redaction and the fields read from it."""

    INT_FIELDS = ("balance", "cost")
    TEXT_FIELDS = ("product", "error_message")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = ctx.session
        self._shot_id: str | None = None
        self._originals: OrderedDict[str, tuple[Image.Image, QImage]] = OrderedDict()
        self._thumbs: dict[str, QImage] = {}
        self._redacted: OrderedDict[RedactKey, QImage] = OrderedDict()
        self._loading: set[str] = set()
        self._load_errors: dict[str, str] = {}
        self._redacting: set[RedactKey] = set()
        self._typing: str | None = None  # the field whose own edit is being applied
        self._field_errors: dict[str, str] = {}
        self._canvas_key: tuple[str, str] | None = None  # the screenshot the canvas is set up for
        self._build()
        self._session.changed.connect(self._on_changed)
        self._on_changed(ALL)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("核对截图与遮盖")), 1)
        stack = self._session.undo_stack
        self._undo_button = QToolButton()
        self._undo_button.setDefaultAction(stack.createUndoAction(self, self.tr("撤销")))
        self._redo_button = QToolButton()
        self._redo_button.setDefaultAction(stack.createRedoAction(self, self.tr("重做")))
        for button in (self._undo_button, self._redo_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        top.addWidget(self._undo_button)
        top.addWidget(self._redo_button)
        root.addLayout(top)
        root.addWidget(
            hint(
                self.tr(
                    "逐张看一遍：红框里的内容会被遮住，灰色虚线框不会。"
                    "如果还有手机号、身份证号、姓名等没有框住，请在图上按住鼠标拖动画一个框。"
                )
            )
        )

        self._stack = QStackedWidget()
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._build_main())
        root.addWidget(self._stack, 1)

        # R anywhere on the page (text fields keep their letters); Space on the canvas
        toggle = QShortcut(QKeySequence(Qt.Key.Key_R), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self.toggle_view)

    def _build_main(self) -> QWidget:
        main = QWidget()
        row = QHBoxLayout(main)
        row.setContentsMargins(0, 0, 0, 0)

        self._thumbs_list = QListWidget()
        self._thumbs_list.setAccessibleName(self.tr("截图列表"))
        self._thumbs_list.setIconSize(THUMB_ICON)
        self._thumbs_list.setFixedWidth(200)
        self._thumbs_list.setSpacing(2)
        self._thumbs_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._thumbs_list.currentRowChanged.connect(self._on_thumb_row)
        row.addWidget(self._thumbs_list)

        centre = QVBoxLayout()
        self._canvas = RegionCanvas()
        self._canvas.setMinimumSize(300, 300)
        self._canvas.regionClicked.connect(self._toggle_region)
        self._canvas.regionEdited.connect(self._move_region)
        self._canvas.regionDrawn.connect(self._add_region)
        self._canvas.deleteRequested.connect(self._delete_region)
        self._canvas.selectionChanged.connect(self._on_canvas_selection)
        self._canvas.viewToggleRequested.connect(self.toggle_view)
        centre.addWidget(self._canvas, 1)

        nav = QHBoxLayout()
        self._prev = QPushButton(self.tr("上一张"))
        self._prev.clicked.connect(lambda: self._step(-1))
        self._position = QLabel()
        self._next = QPushButton(self.tr("下一张"))
        self._next.clicked.connect(lambda: self._step(1))
        self._view_button = QPushButton(self.tr("查看遮盖后的效果"))
        self._view_button.setCheckable(True)
        self._view_button.setToolTip(self.tr("在原图和遮盖后的样子之间切换（空格键或 R 键）"))
        self._view_button.toggled.connect(self._on_view_toggled)
        self._busy = QProgressBar()
        self._busy.setRange(0, 0)
        self._busy.setFixedWidth(70)
        self._busy.setMaximumHeight(12)
        self._busy.setTextVisible(False)
        self._busy.setAccessibleName(self.tr("正在处理图片"))
        self._busy.hide()
        nav.addWidget(self._prev)
        nav.addWidget(self._position)
        nav.addWidget(self._next)
        nav.addStretch(1)
        nav.addWidget(self._busy)
        nav.addWidget(self._view_button)
        centre.addLayout(nav)
        self._image_bar = MessageBar()
        centre.addWidget(self._image_bar)
        row.addLayout(centre, 1)

        scroll = self._side_scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(400)
        scroll.setMaximumWidth(460)
        panel = QWidget()
        side = QVBoxLayout(panel)
        side.setContentsMargins(4, 0, 4, 0)
        side.addWidget(self._build_redaction_box())
        side.addWidget(self._build_regions_box())
        side.addWidget(self._build_fields_box())
        side.addStretch(1)
        scroll.setWidget(panel)
        row.addWidget(scroll)

        QWidget.setTabOrder(self._thumbs_list, self._canvas)
        QWidget.setTabOrder(self._canvas, self._prev)
        QWidget.setTabOrder(self._prev, self._next)
        QWidget.setTabOrder(self._next, self._view_button)
        return main

    def _build_redaction_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("遮盖方式"))
        layout = QVBoxLayout(box)
        self._preset_group = QButtonGroup(self)
        self._preset_buttons: dict[Preset, QRadioButton] = {}
        explanations = {
            Preset.OFFICIAL: (
                self.tr("发给官方客服"),
                self.tr("遮住手机号、邮箱、身份证号、银行卡号、姓名和 IP 地址。"),
            ),
            Preset.PUBLIC: (
                self.tr("公开发布（微博、黑猫投诉等）"),
                self.tr("另外还遮住用户 ID、昵称和订单号。"),
            ),
        }
        for preset, (title, text) in explanations.items():
            button = QRadioButton(title)
            button.setAccessibleDescription(text)
            button.clicked.connect(lambda _=False, p=preset: self._set_preset(p))
            self._preset_group.addButton(button)
            self._preset_buttons[preset] = button
            layout.addWidget(button)
            explain = hint(text)
            explain.setContentsMargins(22, 0, 0, 4)
            layout.addWidget(explain)
        look = QFormLayout()
        self._mode_combo = QComboBox()
        for mode, name in (
            (RedactionMode.BLUR, self.tr("模糊")),
            (RedactionMode.BLOCKS, self.tr("马赛克块")),
            (RedactionMode.FILL, self.tr("纯色")),
        ):
            self._mode_combo.addItem(name, mode.value)
        self._mode_combo.activated.connect(self._set_mode)
        look.addRow(self.tr("遮盖的样子"), self._mode_combo)
        layout.addLayout(look)
        return box

    def _build_regions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("这张截图上的遮盖框"))
        layout = QVBoxLayout(box)
        self._regions_bar = MessageBar()
        layout.addWidget(self._regions_bar)
        self._region_list = QListWidget()
        self._region_list.setAccessibleName(self.tr("遮盖框列表，勾选的会被遮住"))
        self._region_list.itemChanged.connect(self._on_region_item)
        self._region_list.currentRowChanged.connect(self._on_region_row)
        self._region_list.installEventFilter(self)
        layout.addWidget(self._region_list)
        buttons = QHBoxLayout()
        self._delete_button = QPushButton(self.tr("删除选中的框"))
        self._delete_button.setEnabled(False)
        self._delete_button.clicked.connect(lambda: self._delete_region(self._canvas.selected()))
        buttons.addWidget(self._delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                self.tr(
                    "点一下框：在遮盖和不遮盖之间切换。拖动框或它的边角：移动、调整大小。"
                    "在空白处拖动：画一个新框。"
                )
            )
        )
        return box

    def _field_row(self, name: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        tag = QLabel(self.tr("已修改"))
        tag.setToolTip(self.tr("这一项是你改过的，不再跟随自动识别的结果"))
        tag.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c4300; border-radius: 4px; padding: 1px 5px; }"
        )
        tag.hide()
        row.addWidget(tag)
        self._tags[name] = tag
        return holder

    def _build_fields_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("从这张截图读到的信息"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._tags: dict[str, QLabel] = {}

        self._kind_combo = QComboBox()
        for kind, name in KIND_NAMES.items():
            name = tr_name(name)
            self._kind_combo.addItem(name, kind.value)
        self._kind_combo.activated.connect(self._set_kind)
        self._add_form_row(form, self.tr("截图类型"), "kind", self._kind_combo)

        self._edits: dict[str, QLineEdit] = {}
        labels = {
            "balance": self.tr("云贝余额"),
            "cost": self.tr("兑换花费的云贝"),
            "product": self.tr("兑换的商品"),
            "error_message": self.tr("失败提示原文"),
        }
        self._field_labels = dict(labels)
        for name, label in labels.items():
            edit = QLineEdit()
            edit.setClearButtonEnabled(True)
            if name in self.INT_FIELDS:
                edit.setPlaceholderText(self.tr("整数，没有就留空"))
                edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            else:
                edit.setPlaceholderText(self.tr("没有读到"))
            edit.textEdited.connect(lambda text, n=name: self._on_field_edited(n, text))
            self._edits[name] = edit
            self._add_form_row(form, label, name, edit)

        self._cause_combo = QComboBox()
        self._cause_combo.addItem(self.tr("未识别"), "")
        for cause, cause_name in CAUSE_NAMES.items():
            cause_name = tr_name(cause_name)
            self._cause_combo.addItem(cause_name, cause.value)
        self._cause_combo.activated.connect(self._set_cause)
        self._field_labels["cause"] = self.tr("失败原因")
        self._add_form_row(form, self.tr("失败原因"), "cause", self._cause_combo)

        self._field_bar = MessageBar()
        form.addRow(self._field_bar)

        self._time_label = self._info_label()
        form.addRow(self.tr("截图时间"), self._time_label)
        self._deductions_label = self._info_label()
        form.addRow(self.tr("读到的云贝记录"), self._deductions_label)
        self._file_label = self._info_label()
        form.addRow(self.tr("原文件"), self._file_label)
        return box

    def _add_form_row(self, form: QFormLayout, text: str, name: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text)
        form.addRow(label, self._field_row(name, widget))

    @staticmethod
    def _info_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- public API --------------------------------------------------------------------

    @property
    def canvas(self) -> RegionCanvas:
        return self._canvas

    def current_shot_id(self) -> str | None:
        return self._shot_id

    def show_shot(self, shot_id: str) -> bool:
        """Show the screenshot `shot_id` (e.g. from the evidence step); False if unknown."""
        if self._session.shot(shot_id) is None:
            return False
        if shot_id != self._shot_id:
            self._shot_id = shot_id
            self._field_errors.clear()
            self._refresh_all()
        return True

    def toggle_view(self) -> None:
        """Switch between the original and how it will look redacted."""
        if self._stack.currentIndex() == 1:
            self._view_button.toggle()

    # --- refreshing --------------------------------------------------------------------

    def _current(self) -> CaseScreenshot | None:
        return self._session.shot(self._shot_id) if self._shot_id else None

    def _on_changed(self, what: str) -> None:
        if what in (ALL, SCREENSHOTS):
            if what == ALL:
                self._load_errors.clear()  # another case, or undo: try failed files again
            self._refresh_all()
        elif what == REGIONS:
            self._refresh_thumbs()
            self._refresh_regions()
            self._refresh_image()
        elif what == FIELDS:
            self._refresh_fields()

    def _refresh_all(self) -> None:
        case = self._session.case
        if case is None or not case.screenshots:
            self._shot_id = None
            self._empty.setText(
                self.tr("还没有打开案件。请先在上一步添加截图，再回到这里核对。")
                if case is None
                else self.tr("这个案件里还没有截图。请先在上一步添加截图，再回到这里核对。")
            )
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        ids = [s.id for s in case.screenshots]
        if self._shot_id not in ids:
            self._shot_id = ids[0]
            self._field_errors.clear()
        shot = self._current()
        assert shot is not None
        if self._canvas_key != (shot.id, shot.sha256):
            self._canvas_key = (shot.id, shot.sha256)
            self._canvas.set_page(shot.width, shot.height)
        self._refresh_thumbs()
        self._refresh_regions()
        self._refresh_fields()
        self._refresh_image()

    def _refresh_thumbs(self) -> None:
        case = self._session.case
        if case is None:
            return
        shots = case.screenshots
        lst = self._thumbs_list
        lst.blockSignals(True)
        while lst.count() > len(shots):
            lst.takeItem(lst.count() - 1)
        for i, shot in enumerate(shots):
            item = lst.item(i)
            if item is None:
                item = QListWidgetItem()
                lst.addItem(item)
            enabled = sum(1 for r in shot.regions if r.enabled)
            if not shot.regions:
                covered = self.tr("没有找到隐私信息")
            else:
                covered = self.tr("遮盖 {n} 处").format(n=enabled)
            text = self.tr("{n}. {kind}").format(n=i + 1, kind=tr_name(KIND_NAMES[shot.kind]))
            item.setText(text + "\n" + covered)
            item.setData(Qt.ItemDataRole.UserRole, shot.id)
            item.setToolTip(Path(shot.original_path).name)
            thumb = self._thumbs.get(shot.sha256)
            if thumb is not None:
                item.setIcon(QIcon(QPixmap.fromImage(thumb)))
            else:
                item.setIcon(self._blank_icon())
                self._start_load(shot)
            if shot.id == self._shot_id:
                lst.setCurrentRow(i)
        lst.blockSignals(False)
        index = next((i for i, s in enumerate(shots) if s.id == self._shot_id), 0)
        self._position.setText(self.tr("第 {i} / {n} 张").format(i=index + 1, n=len(shots)))
        self._prev.setEnabled(index > 0)
        self._next.setEnabled(index < len(shots) - 1)

    def _blank_icon(self) -> QIcon:
        pixmap = QPixmap(THUMB_ICON)
        pixmap.fill(self.palette().mid().color())
        return QIcon(pixmap)

    def _region_label(self, region: Region) -> str:
        if region.type is None:
            return self.tr("手动")
        return tr_name(TYPE_NAMES.get(region.type.value, region.type.value))

    def _refresh_regions(self) -> None:
        case, shot = self._session.case, self._current()
        if case is None or shot is None:
            return
        preset_button = self._preset_buttons[case.preset]
        if not preset_button.isChecked():
            preset_button.setChecked(True)
        mode_index = self._mode_combo.findData(case.redaction_mode)
        if mode_index >= 0 and mode_index != self._mode_combo.currentIndex():
            self._mode_combo.setCurrentIndex(mode_index)

        views = [
            RegionView(r.box, self._region_label(r), r.enabled, r.manual) for r in shot.regions
        ]
        self._canvas.set_regions(views)

        lst = self._region_list
        lst.blockSignals(True)
        lst.clear()
        for region in shot.regions:
            text = self.tr("手动画的框") if region.type is None else self._region_label(region)
            item = QListWidgetItem(text)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if region.enabled else Qt.CheckState.Unchecked)
            colour = QColor("#7c3aed" if region.manual else "#e5484d")
            if not region.enabled:
                colour = QColor("#8a8f98")
            swatch = QPixmap(12, 12)
            swatch.fill(colour)
            item.setIcon(QIcon(swatch))
            item.setToolTip(self.tr("勾选：遮住这一处；不勾选：保留原样"))
            lst.addItem(item)
        lst.setCurrentRow(self._canvas.selected())
        lst.blockSignals(False)
        lst.setVisible(bool(shot.regions))
        if shot.regions:  # as tall as its rows, up to a limit, so the panel stays compact
            rows = min(len(shot.regions), 8) * max(lst.sizeHintForRow(0), 16)
            lst.setFixedHeight(rows + 2 * lst.frameWidth() + 6)
        self._delete_button.setEnabled(self._canvas.selected() >= 0 and self._canvas.editable)

        if not shot.regions:
            self._regions_bar.show_message(
                self.tr(
                    "这张截图上没有自动找到隐私信息。请自己仔细看一遍：如果有手机号、身份证号、"
                    "姓名、银行卡号等，请在图上按住鼠标拖动，画一个框把它遮住。"
                ),
                "warning",
            )
        elif not any(r.enabled for r in shot.regions):
            self._regions_bar.show_message(
                self.tr("目前这张截图上没有任何地方会被遮住。请确认图上确实没有隐私信息。"),
                "warning",
            )
        else:
            self._regions_bar.clear_message()

    def _refresh_fields(self) -> None:
        shot = self._current()
        if shot is None:
            return
        self._set_combo(self._kind_combo, shot.kind.value)
        self._set_combo(self._cause_combo, shot.fields.cause.value if shot.fields.cause else "")
        for name, edit in self._edits.items():
            if name == self._typing or name in self._field_errors:
                continue  # the user's own text stays, even when it is not valid yet
            value = getattr(shot.fields, name)
            if name in self.INT_FIELDS:
                if not _same_int(edit.text(), value):
                    edit.setText("" if value is None else str(value))
            elif edit.text().strip() != (value or ""):
                edit.setText(value or "")
        for name, tag in self._tags.items():
            tag.setVisible(name in shot.edited)
        self._show_field_errors()

        if shot.time:
            when = shot.time.replace("T", " ")[:16]
            source = tr_name(TIME_SOURCE_NAMES[shot.time_source])
            self._time_label.setText(
                self.tr("{time}（来自{source}）").format(time=when, source=source)
            )
        else:
            self._time_label.setText(self.tr("不知道"))
        lines = []
        for d in shot.fields.deductions:
            amount = f"+{d.amount}" if d.amount > 0 else f"−{abs(d.amount)}"
            when = (d.time or "").replace("T", " ")[:16] or self.tr("时间不明")
            lines.append(
                self.tr("{amount} 云贝　{label}　{time}").format(
                    amount=amount, label=d.label, time=when
                )
            )
        self._deductions_label.setText("\n".join(lines) if lines else self.tr("没有读到"))
        self._file_label.setText(Path(shot.original_path).name)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)  # activated is not emitted for this

    def _show_field_errors(self) -> None:
        if self._field_errors:
            text = "\n".join(
                f"{self._field_labels.get(n, n)}：{m}" for n, m in self._field_errors.items()
            )
            was_hidden = self._field_bar.isHidden()
            self._field_bar.show_message(text, "error")
            if was_hidden:  # the panel scrolls: make sure the message is seen
                self._side_scroll.ensureWidgetVisible(self._field_bar)
        else:
            self._field_bar.clear_message()

    # --- images ------------------------------------------------------------------------

    def _start_load(self, shot: CaseScreenshot) -> None:
        sha = shot.sha256
        case = self._session.case
        if case is None or sha in self._loading or sha in self._load_errors:
            return
        if sha in self._originals and sha in self._thumbs:
            return
        self._loading.add(sha)
        path = self._session.store.original_path(case, shot)

        def done(result: tuple[Image.Image, QImage, QImage]) -> None:
            if shiboken6.isValid(self):
                self._on_loaded(sha, result)

        def failed(message: str) -> None:
            if shiboken6.isValid(self):
                self._loading.discard(sha)
                self._load_errors[sha] = message
                self._refresh_image()

        run_job(lambda: _decode(path), done, failed)

    def _on_loaded(self, sha: str, result: tuple[Image.Image, QImage, QImage]) -> None:
        self._loading.discard(sha)
        image, qimage, thumb = result
        self._thumbs[sha] = thumb
        self._originals[sha] = (image, qimage)
        while len(self._originals) > ORIGINALS_KEPT:
            self._originals.popitem(last=False)
        for i in range(self._thumbs_list.count()):
            item = self._thumbs_list.item(i)
            shot = self._session.shot(item.data(Qt.ItemDataRole.UserRole))
            if shot is not None and shot.sha256 == sha:
                item.setIcon(QIcon(QPixmap.fromImage(thumb)))
        current = self._current()
        if current is not None and current.sha256 == sha:
            self._refresh_image()

    def _redact_key(self, case: Case, shot: CaseScreenshot) -> RedactKey:
        boxes = tuple(sorted(r.box for r in shot.regions if r.enabled))
        return (shot.sha256, boxes, case.redaction_mode)

    def _refresh_image(self) -> None:
        case, shot = self._session.case, self._current()
        if case is None or shot is None:
            return
        busy = False
        original = self._originals.get(shot.sha256)
        redacted_view = self._view_button.isChecked()
        self._canvas.set_editable(not redacted_view)
        if original is None:
            error = self._load_errors.get(shot.sha256)
            if error:
                self._canvas.set_placeholder(self.tr("无法打开这张截图。"))
                self._image_bar.show_message(error, "error")
            else:
                self._canvas.set_placeholder(self.tr("正在打开截图…"))
                self._image_bar.clear_message()
                busy = True
                self._start_load(shot)
            self._canvas.set_image(None)
        else:
            self._originals.move_to_end(shot.sha256)
            self._image_bar.clear_message()
            if not redacted_view:
                self._canvas.set_image(original[1])
            else:
                key = self._redact_key(case, shot)
                ready = self._redacted.get(key)
                if ready is not None:
                    self._redacted.move_to_end(key)
                    self._canvas.set_image(ready, redacted=True)
                else:
                    busy = True
                    self._start_redaction(key, original[0])
        self._busy.setVisible(busy)

    def _start_redaction(self, key: RedactKey, image: Image.Image) -> None:
        if key in self._redacting:
            return
        self._redacting.add(key)
        _, boxes, mode_value = key
        try:
            mode = RedactionMode(mode_value)
        except ValueError:
            mode = RedactionMode.BLUR

        def work() -> QImage:
            return pil_to_qimage(redact(image, list(boxes), mode))

        def done(result: QImage) -> None:
            if not shiboken6.isValid(self):
                return
            self._redacting.discard(key)
            self._redacted[key] = result
            while len(self._redacted) > REDACTED_KEPT:
                self._redacted.popitem(last=False)
            self._refresh_image()

        def failed(message: str) -> None:
            if not shiboken6.isValid(self):
                return
            self._redacting.discard(key)
            self._busy.hide()
            self._image_bar.show_message(message, "error")

        run_job(work, done, failed)

    # --- user actions ------------------------------------------------------------------

    def _edit(self, text: str, change: Callable[[Case], object], what: str, **kw: str) -> bool:
        try:
            return self._session.edit(text, change, what, **kw)
        except YunbeiError as exc:
            self._image_bar.show_message(exc.message, "error")
            return False

    def _edit_shot(self, text: str, change: Callable[[CaseScreenshot], object]) -> bool:
        shot_id = self._shot_id
        if shot_id is None:
            return False
        return self._edit(text, lambda case: change(_find_shot(case, shot_id)), REGIONS)

    def _toggle_region(self, index: int) -> None:
        def change(shot: CaseScreenshot) -> None:
            shot.regions[index].enabled = not shot.regions[index].enabled

        self._canvas.set_selected(index)
        self._edit_shot(self.tr("切换遮盖框"), change)

    def _move_region(self, index: int, box: Box) -> None:
        def change(shot: CaseScreenshot) -> None:
            shot.regions[index].box = box.clipped(shot.width, shot.height)

        self._edit_shot(self.tr("调整遮盖框"), change)

    def _add_region(self, box: Box) -> None:
        def change(shot: CaseScreenshot) -> None:
            clipped = box.clipped(shot.width, shot.height)
            if clipped.area > 0:
                shot.regions.append(Region(clipped, None, enabled=True, manual=True))

        if self._edit_shot(self.tr("画遮盖框"), change):
            shot = self._current()
            if shot is not None:
                self._canvas.set_selected(len(shot.regions) - 1)
                self._refresh_regions()

    def _delete_region(self, index: int) -> None:
        shot = self._current()
        if shot is None or not 0 <= index < len(shot.regions) or not self._canvas.editable:
            return

        def change(shot: CaseScreenshot) -> None:
            del shot.regions[index]

        self._canvas.set_selected(-1)
        self._edit_shot(self.tr("删除遮盖框"), change)

    def _on_region_item(self, item: QListWidgetItem) -> None:
        index = self._region_list.row(item)
        shot = self._current()
        if shot is None or not 0 <= index < len(shot.regions):
            return
        wanted = item.checkState() == Qt.CheckState.Checked
        if shot.regions[index].enabled != wanted:
            self._toggle_region(index)

    def _on_region_row(self, row: int) -> None:
        self._canvas.set_selected(row)
        self._delete_button.setEnabled(row >= 0 and self._canvas.editable)

    def _on_canvas_selection(self, index: int) -> None:
        self._region_list.blockSignals(True)
        self._region_list.setCurrentRow(index)
        self._region_list.blockSignals(False)
        self._delete_button.setEnabled(index >= 0 and self._canvas.editable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete in the list of boxes removes the selected box, as on the canvas
        if watched is self._region_list and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._delete_region(self._region_list.currentRow())
                return True
        return super().eventFilter(watched, event)

    def _set_preset(self, preset: Preset) -> None:
        self._edit(self.tr("切换遮盖方式"), lambda case: apply_preset(case, preset), REGIONS)

    def _set_mode(self, index: int) -> None:
        value = self._mode_combo.itemData(index)

        def change(case: Case) -> None:
            case.redaction_mode = value

        self._edit(self.tr("更改遮盖的样子"), change, REGIONS)

    def _on_view_toggled(self, redacted: bool) -> None:
        self._view_button.setText(
            self.tr("回到原图编辑") if redacted else self.tr("查看遮盖后的效果")
        )
        self._delete_button.setEnabled(not redacted and self._canvas.selected() >= 0)
        self._refresh_image()

    def _on_thumb_row(self, row: int) -> None:
        item = self._thumbs_list.item(row)
        if item is not None:
            self.show_shot(item.data(Qt.ItemDataRole.UserRole))

    def _step(self, delta: int) -> None:
        case = self._session.case
        if case is None:
            return
        ids = [s.id for s in case.screenshots]
        if self._shot_id in ids:
            index = ids.index(self._shot_id) + delta
            if 0 <= index < len(ids):
                self.show_shot(ids[index])

    def _set_kind(self, index: int) -> None:
        kind = Kind(self._kind_combo.itemData(index))
        shot_id = self._shot_id
        if shot_id is None:
            return
        self._edit(
            self.tr("更改截图类型"),
            lambda case: set_shot_kind(case, _find_shot(case, shot_id), kind),
            SCREENSHOTS,
        )

    def _set_cause(self, index: int) -> None:
        self._on_field_edited("cause", self._cause_combo.itemData(index) or "")

    def _on_field_edited(self, name: str, text: str) -> None:
        shot_id = self._shot_id
        if shot_id is None:
            return

        def change(case: Case) -> None:
            set_shot_field(case, _find_shot(case, shot_id), name, text)

        label = self._field_labels.get(name, name)
        self._typing = name
        try:
            self._session.edit(
                self.tr("修改“{name}”").format(name=label),
                change,
                FIELDS,
                merge_key=f"shot:{shot_id}:{name}",
            )
        except YunbeiError as exc:
            self._field_errors[name] = exc.message
        else:
            self._field_errors.pop(name, None)
        finally:
            self._typing = None
        self._show_field_errors()

"""One screenshot, large, with its redaction regions drawn over it and edited with the mouse.

The canvas knows nothing about cases: it shows an image and a list of `RegionView`s and
reports what the user did (clicked, moved, resized, drew, asked to delete) through signals.
The page turns each report into ONE undoable edit of the case and hands the new regions
back. During a drag only the canvas' own overlay changes, so nothing is saved mid-drag.

Scene coordinates are image pixels (the pixmap sits at 0,0 unscaled), so a region's box is
also its scene rectangle. The overlay is painted in viewport pixels, which keeps lines,
handles and labels the same size at every zoom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from yunbei_gui.core.models import Box
from yunbei_gui.ui.widgets import tr

# Small coloured markers: readable on light and dark screenshots alike.
ENABLED_COLOUR = QColor("#e5484d")
MANUAL_COLOUR = QColor("#7c3aed")
DISABLED_COLOUR = QColor("#8a8f98")

HANDLE_PX = 8  # side of a resize handle, in screen pixels
GRAB_PX = 7  # how close to an edge the pointer must be to resize
MIN_DRAW_PX = 6  # a drawn box smaller than this (on screen) was a click, not a box
MIN_BOX = 3  # image pixels: never create a box thinner than this
MAX_ZOOM = 8.0


@dataclass(frozen=True)
class RegionView:
    """What the canvas needs to draw one region."""

    box: Box
    label: str
    enabled: bool
    manual: bool


@dataclass
class _Drag:
    kind: str  # "new", "press" (on a region, may become "move"), "move", "resize"
    start: QPointF  # viewport position of the press
    start_scene: QPointF
    index: int = -1
    origin: QRectF | None = None  # the region's box when the drag began
    edges: tuple[bool, bool, bool, bool] = (False, False, False, False)  # l, t, r, b
    current: QRectF | None = None  # the box as dragged so far (scene coordinates)


class RegionCanvas(QGraphicsView):
    """The screenshot with its regions; emits what the user did, never edits the case."""

    regionClicked = Signal(int)  # index: a click (no drag) on a region
    regionEdited = Signal(int, object)  # index, new Box: moved or resized
    regionDrawn = Signal(object)  # Box: a new box dragged on the image
    deleteRequested = Signal(int)  # index: Delete/Backspace on the selected region
    selectionChanged = Signal(int)  # index, or -1
    viewToggleRequested = Signal()  # Space: original <-> redacted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap_item)
        self._image: QImage | None = None
        self._width = 0
        self._height = 0
        self._regions: list[RegionView] = []
        self._selected = -1
        self._editable = True
        self._drag: _Drag | None = None
        self._zoom = 1.0  # relative to "fit the whole image"
        self._placeholder = ""
        self.showing = ""  # "original", "redacted" or "" (nothing yet); tests read it
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the overlay is painted in viewport pixels, so partial updates would leave trails
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.viewport().setMouseTracking(True)
        self.setBackgroundBrush(self.palette().brush(QPalette.ColorRole.Mid))
        self.setAccessibleName(tr("截图与遮盖区域"))
        self.setAccessibleDescription(
            tr("拖动鼠标画新的遮盖框；点一下框切换是否遮盖；按 Delete 删除选中的框。")
        )

    # --- what to show ------------------------------------------------------------------

    def set_page(self, width: int, height: int) -> None:
        """A new screenshot of `width` x `height`: no image yet, fit, nothing selected."""
        self._cancel_drag()
        self._width, self._height = max(1, width), max(1, height)
        self._image = None
        self._pixmap_item.setPixmap(QPixmap())
        self._scene.setSceneRect(QRectF(0, 0, self._width, self._height))
        self._zoom = 1.0
        self.showing = ""
        self._set_selected(-1)
        self._fit()

    def set_image(self, image: QImage | None, redacted: bool = False) -> None:
        """Show `image` (the original or its redacted copy); None shows the placeholder."""
        self._image = image
        if image is None or image.isNull():
            self._pixmap_item.setPixmap(QPixmap())
            self.showing = ""
        else:
            self._pixmap_item.setPixmap(QPixmap.fromImage(image))
            self.showing = "redacted" if redacted else "original"
            if (image.width(), image.height()) != (self._width, self._height):
                # trust the decoded image over the stored size
                self._width, self._height = image.width(), image.height()
                self._scene.setSceneRect(QRectF(0, 0, self._width, self._height))
                self._fit()
        self.viewport().update()

    def image(self) -> QImage | None:
        """The image shown right now (original or redacted)."""
        return self._image

    def set_placeholder(self, text: str) -> None:
        """A line shown in the middle while there is no image (loading, or an error)."""
        self._placeholder = text
        self.viewport().update()

    def set_regions(self, regions: list[RegionView]) -> None:
        self._cancel_drag()
        self._regions = list(regions)
        if self._selected >= len(self._regions):
            self._set_selected(-1)
        self.viewport().update()

    def set_editable(self, editable: bool) -> None:
        """The redacted view shows outlines only and cannot be edited."""
        self._cancel_drag()
        self._editable = editable
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if editable else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().unsetCursor()
        self.viewport().update()

    @property
    def editable(self) -> bool:
        return self._editable

    def selected(self) -> int:
        return self._selected

    def set_selected(self, index: int) -> None:
        """Select region `index` (-1: none) without emitting `selectionChanged`."""
        self._selected = index if 0 <= index < len(self._regions) else -1
        self.viewport().update()

    def _set_selected(self, index: int) -> None:
        index = index if 0 <= index < len(self._regions) else -1
        if index != self._selected:
            self._selected = index
            self.selectionChanged.emit(index)
        self.viewport().update()

    # --- geometry ----------------------------------------------------------------------

    def _fit(self) -> None:
        if self._width <= 0 or self.viewport().width() <= 2:
            return
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self._zoom != 1.0:
            self.scale(self._zoom, self._zoom)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light <-> dark theme
            self.setBackgroundBrush(self.palette().brush(QPalette.ColorRole.Mid))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _view_rect(self, box: Box | QRectF) -> QRectF:
        rect = box if isinstance(box, QRectF) else QRectF(box.x, box.y, box.w, box.h)
        return self.viewportTransform().mapRect(rect)

    def _image_rect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def _to_box(self, rect: QRectF) -> Box:
        """A scene rectangle as a whole-pixel Box inside the image."""
        r = rect.normalized().intersected(self._image_rect())
        left, top = math.floor(r.left()), math.floor(r.top())
        right, bottom = math.ceil(r.right()), math.ceil(r.bottom())
        return Box.from_edges(left, top, right, bottom).clipped(self._width, self._height)

    def _edges_at(self, pos: QPointF, index: int) -> tuple[bool, bool, bool, bool]:
        """Which edges of region `index` are under `pos` (viewport pixels)."""
        r = self._view_rect(self._regions[index].box)
        if not r.adjusted(-GRAB_PX, -GRAB_PX, GRAB_PX, GRAB_PX).contains(pos):
            return (False, False, False, False)
        # a small box keeps a middle part for moving
        grab = min(GRAB_PX, max(2.0, min(r.width(), r.height()) / 4))
        return (
            abs(pos.x() - r.left()) <= grab,
            abs(pos.y() - r.top()) <= grab,
            abs(pos.x() - r.right()) <= grab,
            abs(pos.y() - r.bottom()) <= grab,
        )

    def _hit(self, pos: QPointF) -> tuple[int, tuple[bool, bool, bool, bool]]:
        """The region under `pos` and the edges grabbed (none = its inside); -1 if none.

        The selected region's edges win, then any edge, then the smallest region around
        the pointer (a box inside a bigger one stays reachable).
        """
        order = list(range(len(self._regions)))
        if 0 <= self._selected < len(order):
            order.remove(self._selected)
            order.insert(0, self._selected)
        for i in order:
            edges = self._edges_at(pos, i)
            if any(edges):
                return i, edges
        inside = [i for i in order if self._view_rect(self._regions[i].box).contains(pos)]
        if inside:
            best = min(inside, key=lambda i: self._regions[i].box.area)
            return best, (False, False, False, False)
        return -1, (False, False, False, False)

    # --- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._editable or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        scene = self.mapToScene(pos.toPoint())
        index, edges = self._hit(pos)
        if index >= 0:
            self._set_selected(index)
            box = self._regions[index].box
            origin = QRectF(box.x, box.y, box.w, box.h)
            kind = "resize" if any(edges) else "press"
            self._drag = _Drag(kind, pos, scene, index, origin, edges, QRectF(origin))
        elif self._image_rect().contains(scene):
            self._set_selected(-1)
            self._drag = _Drag("new", pos, scene, current=QRectF(scene, scene))
        else:
            self._set_selected(-1)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # a fast second click is another click (toggle again), not something else
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            self._update_cursor(event.position())
            super().mouseMoveEvent(event)
            return
        self._drag_to(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._drag_to(event.position())
        self._drag = None
        self.viewport().update()
        if drag.kind == "press":
            self.regionClicked.emit(drag.index)
        elif drag.kind in ("move", "resize") and drag.current is not None:
            box = self._to_box(drag.current)
            assert drag.origin is not None
            if box != self._to_box(drag.origin) and box.w >= MIN_BOX and box.h >= MIN_BOX:
                self.regionEdited.emit(drag.index, box)
        elif drag.kind == "new" and drag.current is not None:
            shown = self._view_rect(drag.current.normalized())
            box = self._to_box(drag.current)
            big_enough = shown.width() >= MIN_DRAW_PX and shown.height() >= MIN_DRAW_PX
            if big_enough and box.w >= MIN_BOX and box.h >= MIN_BOX:
                self.regionDrawn.emit(box)
        self._update_cursor(event.position())
        event.accept()

    def _drag_to(self, pos: QPointF) -> None:
        drag = self._drag
        assert drag is not None
        scene = self.mapToScene(pos.toPoint())
        bounds = self._image_rect()
        if drag.kind == "press":
            moved = (pos - drag.start).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            drag.kind = "move"
        if drag.kind == "new":
            clamped = QPointF(
                min(max(scene.x(), 0.0), bounds.right()), min(max(scene.y(), 0.0), bounds.bottom())
            )
            drag.current = QRectF(drag.start_scene, clamped).normalized()
        elif drag.kind == "move" and drag.origin is not None:
            delta = scene - drag.start_scene
            # whole pixels, so a moved box keeps its exact size
            r = drag.origin.translated(round(delta.x()), round(delta.y()))
            # keep the whole box on the image: slide it back rather than shrink it
            dx = max(0.0, -r.left()) - max(0.0, r.right() - bounds.right())
            dy = max(0.0, -r.top()) - max(0.0, r.bottom() - bounds.bottom())
            drag.current = r.translated(dx, dy)
        elif drag.kind == "resize" and drag.origin is not None:
            left, top, right, bottom = drag.edges
            r = QRectF(drag.origin)
            x = min(max(scene.x(), 0.0), bounds.right())
            y = min(max(scene.y(), 0.0), bounds.bottom())
            if left:
                r.setLeft(x)
            if right:
                r.setRight(x)
            if top:
                r.setTop(y)
            if bottom:
                r.setBottom(y)
            drag.current = r.normalized()
        self.viewport().update()

    def _cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = None
            self.viewport().update()

    def _update_cursor(self, pos: QPointF) -> None:
        if not self._editable:
            return
        index, edges = self._hit(pos)
        left, top, right, bottom = edges
        shape = Qt.CursorShape.CrossCursor
        if (left and top) or (right and bottom):
            shape = Qt.CursorShape.SizeFDiagCursor
        elif (right and top) or (left and bottom):
            shape = Qt.CursorShape.SizeBDiagCursor
        elif left or right:
            shape = Qt.CursorShape.SizeHorCursor
        elif top or bottom:
            shape = Qt.CursorShape.SizeVerCursor
        elif index >= 0:
            shape = Qt.CursorShape.PointingHandCursor
        self.viewport().setCursor(shape)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        factor = 1.25**steps
        zoom = min(MAX_ZOOM, max(1.0, self._zoom * factor))
        if zoom != self._zoom:
            self.scale(zoom / self._zoom, zoom / self._zoom)
            self._zoom = zoom
        event.accept()

    def reset_zoom(self) -> None:
        self._zoom = 1.0
        self._fit()

    # --- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._editable:
            if self._selected >= 0:
                self.deleteRequested.emit(self._selected)
            event.accept()
        elif key == Qt.Key.Key_Space:
            self.viewToggleRequested.emit()
            event.accept()
        elif key == Qt.Key.Key_Escape:
            self._cancel_drag()
            self._set_selected(-1)
            event.accept()
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.reset_zoom()
            event.accept()
        else:
            super().keyPressEvent(event)

    # --- painting ----------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | object) -> None:
        painter.save()
        painter.resetTransform()  # from here on: viewport pixels
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._pixmap_item.pixmap().isNull() and self._placeholder:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(self.viewport().rect()).adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
        drag = self._drag
        for i, region in enumerate(self._regions):
            scene_rect: Box | QRectF = region.box
            if drag is not None and drag.index == i and drag.kind in ("move", "resize"):
                scene_rect = drag.current or scene_rect
            shown = self._view_rect(scene_rect)
            if self._editable:
                self._paint_region(painter, shown, region, i == self._selected)
            elif region.enabled:
                pen = QPen(self._colour(region), 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(shown)
        if drag is not None and drag.kind == "new" and drag.current is not None:
            shown = self._view_rect(drag.current)
            fill = QColor(MANUAL_COLOUR)
            fill.setAlpha(60)
            painter.setPen(QPen(MANUAL_COLOUR, 2, Qt.PenStyle.DashLine))
            painter.setBrush(fill)
            painter.drawRect(shown)
        painter.restore()

    @staticmethod
    def _colour(region: RegionView) -> QColor:
        if not region.enabled:
            return QColor(DISABLED_COLOUR)
        return QColor(MANUAL_COLOUR if region.manual else ENABLED_COLOUR)

    def _paint_region(
        self, painter: QPainter, shown: QRectF, region: RegionView, selected: bool
    ) -> None:
        colour = self._colour(region)
        fill = QColor(colour)
        if region.enabled:
            fill.setAlpha(70)
            pen = QPen(colour, 3 if selected else 2)
        else:
            fill.setAlpha(18)
            faint = QColor(colour)
            faint.setAlpha(200)
            pen = QPen(faint, 2 if selected else 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRect(shown)
        self._paint_label(painter, shown, region, colour)
        if selected:
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(QBrush(QColor("#ffffff")))
            half = HANDLE_PX / 2
            xs = (shown.left(), shown.center().x(), shown.right())
            ys = (shown.top(), shown.center().y(), shown.bottom())
            for x in xs:
                for y in ys:
                    if x == xs[1] and y == ys[1]:
                        continue
                    painter.drawRect(QRectF(x - half, y - half, HANDLE_PX, HANDLE_PX))

    def _paint_label(
        self, painter: QPainter, shown: QRectF, region: RegionView, colour: QColor
    ) -> None:
        text = (
            region.label if region.enabled else tr("{label}（不遮盖）").format(label=region.label)
        )
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
        top = shown.top() - h if shown.top() - h >= 0 else shown.top()
        tag = QRectF(shown.left(), top, w, h)
        bg = QColor(colour)
        bg.setAlpha(230 if region.enabled else 170)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(tag, 3, 3)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

"""Small widgets and helpers shared by the pages (one place, so pages look alike)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def tr(text: str, context: str = "yunbei") -> str:
    """Translate a UI text outside a QObject method (module-level helpers)."""
    return QCoreApplication.translate(context, text)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A page or section title."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def section_label(text: str, space_above: int = 0) -> QLabel:
    """A bold lead line above a group of widgets or a paragraph."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, space_above, 0, 0)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped, quieter explanatory line."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.placeholderText().color())
    label.setPalette(palette)
    return label


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class CopyButton(QPushButton):
    """“复制” that copies what `source()` returns and says so for a moment."""

    def __init__(self, source: object, label: str | None = None, parent: QWidget | None = None):
        super().__init__(label or tr("复制"), parent)
        self._label = self.text()
        self._source = source
        self.setAccessibleName(self._label)
        self.clicked.connect(self._copy)

    def _copy(self) -> None:
        text = self._source() if callable(self._source) else str(self._source)
        copy_text(text)
        self.setText(tr("已复制"))
        # with `self` as context the timer dies with the button (no call into a deleted one)
        QTimer.singleShot(1500, self, lambda: self.setText(self._label))


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A modal error message in the user's language; never a traceback."""
    QMessageBox.warning(parent, title or tr("出了点问题"), message)


def confirm(parent: QWidget | None, question: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or tr("请确认"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class MessageBar(QLabel):
    """An inline message inside a page (errors of one file, a saved pack, ...).

    Used instead of a modal box for anything the user need not stop for. `kind` is
    "error", "warning" or "info".
    """

    # background, text: readable on light and dark themes alike
    _COLOURS: ClassVar[dict[str, tuple[str, str]]] = {
        "error": ("#fde2e1", "#7a1712"),
        "warning": ("#fff4d6", "#5c4300"),
        "info": ("#e3f1ff", "#0b3a66"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(tr("提示信息"))
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        bg, fg = self._COLOURS.get(kind, self._COLOURS["info"])
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border-radius: 6px; padding: 8px 10px; }}"
        )
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def empty_state(title: str, text: str) -> tuple[QWidget, QLabel]:
    """The calm page a step shows while no case is open: the page and its hint label."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    title_label = heading(title, page)
    title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(title_label)
    text_label = hint(text, page)
    text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(text_label)
    layout.addStretch(2)
    return page, text_label


def scrolling_body() -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area with the layout a step's content goes into."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(10)
    return scroll, layout

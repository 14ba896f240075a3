"""The window's few dialogs: tesseract missing, About."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yunbei_gui import __version__
from yunbei_gui.core.tesseract import install_instructions
from yunbei_gui.resources import resources_dir
from yunbei_gui.ui.widgets import heading, hint


class OcrMissingDialog(QDialog):
    """Tesseract or its Chinese data is missing: how to install it, and "retry".

    `accept()` means "retry now"; `reject()` means "go on without automatic reading".
    """

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("需要安装文字识别组件"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("截图暂时无法自动识别")))
        problem = QLabel(message)
        problem.setWordWrap(True)
        layout.addWidget(problem)
        layout.addWidget(
            hint(
                self.tr(
                    "截图已经加入案件。不装这个组件也能继续：在“核对”里手动框出隐私信息，"
                    "在“申诉”里手动填写信息，照常导出证据包。装好之后点“重试”即可自动识别。"
                )
            )
        )
        layout.addWidget(QLabel(self.tr("安装方法（{system}）：").format(system=platform.system())))
        steps = QPlainTextEdit(install_instructions())
        steps.setReadOnly(True)
        steps.setAccessibleName(self.tr("安装方法"))
        steps.setMinimumHeight(140)
        layout.addWidget(steps)
        buttons = QDialogButtonBox()
        self.retry_button = QPushButton(self.tr("重试"))
        self.later_button = QPushButton(self.tr("先手动继续"))
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retry_button.setDefault(True)


def _licences() -> str:
    notices = resources_dir().parent / "THIRD_PARTY_NOTICES.md"
    try:
        return notices.read_text("utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于云贝申诉助手"))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("云贝申诉助手 {version}").format(version=__version__)))
        about = QLabel(
            self.tr(
                "帮助云贝兑换失败的用户整理证据、遮挡隐私、写好申诉并跟进到底。"
                "所有处理都在这台电脑上完成，不联网，不收集任何数据。"
            )
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        layout.addWidget(
            QLabel(
                self.tr(
                    "本程序以 MIT 许可证发布。使用的组件：Qt / PySide6（LGPL-3.0）、"
                    "Tesseract OCR（Apache-2.0）、文泉驿微米黑字体（Apache-2.0）、"
                    "Pillow、reportlab、pikepdf 等，详见下文。"
                ),
                wordWrap=True,
            )
        )
        text = QPlainTextEdit(_licences() or self.tr("未找到第三方许可说明文件。"))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("第三方许可说明"))
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

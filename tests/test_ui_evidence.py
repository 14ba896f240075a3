"""Step 1 of the window: dropping, pasting and reading screenshots, bad files included."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from yunbei_gui.core.errors import TesseractNotFoundError
from yunbei_gui.core.models import Kind
from yunbei_gui.ui.evidence_page import EvidencePage


def _drop(widget: Any, paths: list[Path]) -> None:
    """What the window system delivers when files are dropped on `widget`."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide6 marks this constructor deprecated, Qt does not
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _page(qtbot: Any, ctx: Any) -> EvidencePage:
    page = EvidencePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _wait_read(qtbot: Any, page: EvidencePage, count: int) -> None:
    case = page.session.case
    qtbot.waitUntil(
        lambda: (
            not page._pending and case is not None and len(page.session.case.screenshots) == count
        ),  # type: ignore[union-attr]
        timeout=60_000,
    )


def test_dropped_files_are_read_in_order_and_bad_ones_get_a_message(
    qtbot: Any, ui_ctx: Any, sample_paths: list[Path], tmp_path: Path
) -> None:
    text = tmp_path / "说明.txt"
    text.write_text("这不是图片", "utf-8")
    broken = tmp_path / "broken.png"
    broken.write_bytes(sample_paths[0].read_bytes()[:300])
    page = _page(qtbot, ui_ctx)
    assert page.sample_button.isVisible()  # the empty state offers the samples

    _drop(page.zone, [sample_paths[0], text, broken, sample_paths[3]])
    # cards for all four appear at once, before any reading finished
    assert page.cards.count() == 4
    _wait_read(qtbot, page, 2)

    case = ui_ctx.session.case
    assert [s.kind for s in case.screenshots] == [Kind.FAILURE, Kind.BALANCE]
    assert [Path(s.original_path).name for s in case.screenshots] == ["failure.png", "balance.png"]
    message = page.messages.text()
    assert page.messages.isVisible()
    assert "说明.txt" in message and "broken.png" in message
    assert "failure.png" not in message
    # the cards show the kinds; what is still missing is named
    assert "兑换失败提示" in page.status.text() or "还缺" in page.status.text()
    assert "云贝明细" in page.status.text()
    assert "少于 3 张" in page.status.text()
    # the originals stay where they were, a copy is in the case
    assert sample_paths[0].is_file()
    stored = ui_ctx.session.store.original_path(case, case.screenshots[0])
    assert stored.read_bytes() == sample_paths[0].read_bytes()


def test_a_folder_drop_reads_its_images_and_the_same_image_twice_is_refused(
    qtbot: Any, ui_ctx: Any, sample_paths: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "截图"
    folder.mkdir()
    for p in sample_paths[:2]:
        shutil.copy(p, folder / p.name)
    (folder / "notes.txt").write_text("x", "utf-8")
    page = _page(qtbot, ui_ctx)
    _drop(page.zone, [folder])
    _wait_read(qtbot, page, 2)
    _drop(page.zone, [sample_paths[0]])
    qtbot.waitUntil(lambda: not page._pending, timeout=60_000)
    assert len(ui_ctx.session.case.screenshots) == 2
    assert "已经添加过" in page.messages.text()


def test_paste_an_image_from_the_clipboard(
    qtbot: Any, ui_ctx: Any, sample_paths: list[Path]
) -> None:
    page = _page(qtbot, ui_ctx)
    QGuiApplication.clipboard().setImage(QImage(str(sample_paths[3])))
    page.paste_button.click()
    _wait_read(qtbot, page, 1)
    assert ui_ctx.session.case.screenshots[0].kind == Kind.BALANCE


def test_paste_without_an_image_says_so(qtbot: Any, ui_ctx: Any) -> None:
    page = _page(qtbot, ui_ctx)
    QGuiApplication.clipboard().setText("hello")
    page.paste()
    assert "剪贴板里没有图片" in page.messages.text()


def test_reorder_remove_and_undo(qtbot: Any, ui_ctx: Any, sample_paths: list[Path]) -> None:
    page = _page(qtbot, ui_ctx)
    page.add_files(sample_paths[:3])
    _wait_read(qtbot, page, 3)
    case = ui_ctx.session.case
    first, second, third = (s.id for s in case.screenshots)
    card = page.cards.itemWidget(page.cards.item(0))
    qtbot.mouseClick(card.right, Qt.MouseButton.LeftButton)
    assert [s.id for s in ui_ctx.session.case.screenshots] == [second, first, third]
    card = page.cards.itemWidget(page.cards.item(2))
    qtbot.mouseClick(card.delete, Qt.MouseButton.LeftButton)
    assert [s.id for s in ui_ctx.session.case.screenshots] == [second, first]
    assert page.cards.count() == 2
    ui_ctx.session.undo_stack.undo()
    assert [s.id for s in ui_ctx.session.case.screenshots] == [second, first, third]
    assert page.cards.count() == 3
    # every change was saved on its own
    ui_ctx.session.save_now()
    saved = ui_ctx.session.store.load(case.id)
    assert [s.id for s in saved.screenshots] == [second, first, third]


def test_without_tesseract_screenshots_still_arrive_and_retry_reads_them(
    qtbot: Any, ui_ctx: Any, sample_paths: list[Path], engine: Any
) -> None:
    def missing() -> Any:
        raise TesseractNotFoundError("没有找到文字识别程序 Tesseract。")

    ui_ctx.reader.engine_factory = missing
    page = _page(qtbot, ui_ctx)
    complaints: list[str] = []
    page.ocrUnavailable.connect(complaints.append)
    page.add_files([sample_paths[0]])
    _wait_read(qtbot, page, 1)
    shot = ui_ctx.session.case.screenshots[0]
    assert shot.kind == Kind.OTHER and not shot.regions
    assert complaints and "Tesseract" in complaints[0]
    assert page.unread_ids == {shot.id}
    assert "未识别" in page.cards.itemWidget(page.cards.item(0)).title.text()

    ui_ctx.reader.engine_factory = lambda: engine
    page.retry_reading()
    qtbot.waitUntil(lambda: ui_ctx.session.case.screenshots[0].kind == Kind.FAILURE, timeout=60_000)
    assert not page.unread_ids
    assert ui_ctx.session.case.facts.error_message


@pytest.mark.parametrize("count", [6])
def test_more_than_five_screenshots_gets_a_gentle_warning(
    qtbot: Any, ui_ctx: Any, sample_paths: list[Path], tmp_path: Path, count: int
) -> None:
    from PIL import Image

    paths = []
    for i in range(count):
        p = tmp_path / f"s{i}.png"
        Image.new("RGB", (60 + i, 120), (255, 255, 255)).save(p)
        paths.append(p)
    page = _page(qtbot, ui_ctx)
    page.add_files(paths)
    _wait_read(qtbot, page, count)
    assert "超过 5 张" in page.status.text()


def test_a_screenshot_removed_while_it_is_read_never_joins_the_case(
    qtbot: Any, ui_ctx: Any, sample_paths: list[Path]
) -> None:
    page = _page(qtbot, ui_ctx)
    page.add_files(sample_paths[:2])
    card = page.cards.itemWidget(page.cards.item(0))
    assert card.progress.isVisible()  # still reading
    qtbot.mouseClick(card.delete, Qt.MouseButton.LeftButton)
    _wait_read(qtbot, page, 1)
    qtbot.waitUntil(lambda: not ui_ctx.reader.busy, timeout=60_000)
    names = [Path(s.original_path).name for s in ui_ctx.session.case.screenshots]
    assert names == [sample_paths[1].name]

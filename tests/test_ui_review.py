"""The review step: regions toggled, drawn and undone with the mouse, preset, fields, preview."""

from __future__ import annotations

from typing import Any

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from yunbei_gui.core.models import Box, Kind, Preset, SensitiveType
from yunbei_gui.ui.review_page import ReviewPage


def _page(qtbot: Any, ctx: Any) -> ReviewPage:
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _shot_of(ctx: Any, kind: Kind) -> Any:
    return next(s for s in ctx.session.case.screenshots if s.kind == kind)


def _open(qtbot: Any, page: ReviewPage, ctx: Any, kind: Kind) -> Any:
    """Show the screenshot of `kind` and wait until its original is on the canvas."""
    shot = _shot_of(ctx, kind)
    assert page.show_shot(shot.id)
    qtbot.waitUntil(lambda: page.canvas.showing == "original", timeout=10_000)
    return shot


def _at(page: ReviewPage, x: float, y: float) -> QPoint:
    """Image pixel (x, y) as a position on the canvas' viewport."""
    return page.canvas.mapFromScene(QPointF(x, y))


def _to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombuffer(
        "RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1
    )


def test_clicking_a_region_toggles_it(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.ACCOUNT)
    index = next(i for i, r in enumerate(shot.regions) if r.type == SensitiveType.PHONE)
    box = shot.regions[index].box
    assert shot.regions[index].enabled
    centre = _at(page, box.x + box.w / 2, box.y + box.h / 2)

    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not ui_ctx.session.shot(shot.id).regions[index].enabled
    # the list beside the image follows
    item = page._region_list.item(index)
    assert item.checkState() == Qt.CheckState.Unchecked

    qtbot.wait(600)  # not a double click
    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert ui_ctx.session.shot(shot.id).regions[index].enabled


def test_unchecking_in_the_list_turns_a_region_off(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.ACCOUNT)
    index = next(i for i, r in enumerate(shot.regions) if r.type == SensitiveType.EMAIL)
    item = page._region_list.item(index)
    item.setCheckState(Qt.CheckState.Unchecked)  # what a click on its box does
    assert not ui_ctx.session.shot(shot.id).regions[index].enabled


def test_drawing_a_box_creates_a_manual_region_and_undo_redo(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.FAILURE)
    before = len(shot.regions)
    steps = ui_ctx.session.undo_stack.count()
    start, end = (120, 1900), (700, 2060)  # below the dialog: nothing drawn there
    view = page.canvas.viewport()

    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=_at(page, *start))
    for f in (0.3, 0.7, 1.0):
        x = start[0] + (end[0] - start[0]) * f
        y = start[1] + (end[1] - start[1]) * f
        qtbot.mouseMove(view, _at(page, x, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=_at(page, *end))

    regions = ui_ctx.session.shot(shot.id).regions
    assert len(regions) == before + 1
    drawn = regions[-1]
    assert drawn.manual and drawn.enabled and drawn.type is None
    # one screen pixel is ~3.5 image pixels at this size
    for got, want in zip(drawn.box.as_list(), [120, 1900, 580, 160], strict=True):
        assert abs(got - want) <= 8
    assert ui_ctx.session.undo_stack.count() == steps + 1  # one step for the whole drag
    assert "手动" in [page._region_list.item(i).text() for i in range(before + 1)][-1]

    page._undo_button.click()
    assert len(ui_ctx.session.shot(shot.id).regions) == before
    page._redo_button.click()
    regions = ui_ctx.session.shot(shot.id).regions
    assert len(regions) == before + 1 and regions[-1].manual


def test_a_tiny_drag_draws_nothing(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.FAILURE)
    before = len(shot.regions)
    view = page.canvas.viewport()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=_at(page, 300, 2000))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=_at(page, 305, 2003))
    assert len(ui_ctx.session.shot(shot.id).regions) == before


def test_moving_and_deleting_a_region(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.ACCOUNT)
    index = next(i for i, r in enumerate(shot.regions) if r.type == SensitiveType.IP)
    box = shot.regions[index].box
    view = page.canvas.viewport()
    grab = (box.x + box.w / 2, box.y + box.h / 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=_at(page, *grab))
    qtbot.mouseMove(view, _at(page, grab[0] - 60, grab[1] + 100))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=_at(page, grab[0] - 60, grab[1] + 200))
    moved = ui_ctx.session.shot(shot.id).regions[index]
    assert moved.enabled  # a drag is not a click
    assert abs(moved.box.y - (box.y + 200)) <= 8
    assert (moved.box.w, moved.box.h) == (box.w, box.h)
    assert moved.box.x >= 0 and moved.box.right <= shot.width  # kept on the image

    count = len(ui_ctx.session.shot(shot.id).regions)
    assert page.canvas.selected() == index
    qtbot.keyClick(page.canvas, Qt.Key.Key_Delete)
    regions = ui_ctx.session.shot(shot.id).regions
    assert len(regions) == count - 1
    assert all(r.type != SensitiveType.IP for r in regions)


def test_public_preset_hides_the_user_id(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.ACCOUNT)
    ids = [i for i, r in enumerate(shot.regions) if r.type == SensitiveType.USER_ID]
    assert ids and not any(shot.regions[i].enabled for i in ids)

    public = page._preset_buttons[Preset.PUBLIC]
    qtbot.mouseClick(public, Qt.MouseButton.LeftButton)
    regions = ui_ctx.session.shot(shot.id).regions
    assert all(regions[i].enabled for i in ids)
    assert ui_ctx.session.case.preset == "public"
    assert page._region_list.item(ids[0]).checkState() == Qt.CheckState.Checked


def test_editing_the_balance_is_marked_and_saved(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.BALANCE)
    edit = page._edits["balance"]
    assert edit.text() == str(shot.fields.balance)
    assert page._tags["balance"].isHidden()

    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "4321")
    current = ui_ctx.session.shot(shot.id)
    assert current.fields.balance == 4321
    assert "balance" in current.edited
    assert not page._tags["balance"].isHidden()
    assert edit.text() == "4321"

    assert ui_ctx.session.save_now()
    stored = ui_ctx.session.store.load(ui_ctx.session.case.id)
    saved = next(s for s in stored.screenshots if s.id == shot.id)
    assert saved.fields.balance == 4321 and "balance" in saved.edited


def test_a_bad_integer_is_explained_and_changes_nothing(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.BALANCE)
    balance = shot.fields.balance
    steps = ui_ctx.session.undo_stack.count()
    edit = page._edits["balance"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "abc")

    assert page._field_bar.isVisible()
    assert "整数" in page._field_bar.text()
    assert edit.text() == "abc"  # the user's text stays
    current = ui_ctx.session.shot(shot.id)
    assert current.fields.balance == balance and "balance" not in current.edited
    assert ui_ctx.session.undo_stack.count() == steps

    edit.selectAll()
    qtbot.keyClicks(edit, "88")
    assert not page._field_bar.isVisible()
    assert ui_ctx.session.shot(shot.id).fields.balance == 88


def test_changing_the_kind_of_a_screenshot(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.BALANCE)
    combo = page._kind_combo
    combo.setFocus()
    target = combo.findData(Kind.OTHER.value)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    current = ui_ctx.session.shot(shot.id)
    assert current.kind == Kind.OTHER and "kind" in current.edited
    assert not page._tags["kind"].isHidden()


def test_no_regions_asks_the_user_to_look(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    _open(qtbot, page, ui_ctx, Kind.RECORDS)  # the records list has nothing private
    assert page._regions_bar.isVisible()
    assert "没有自动找到" in page._regions_bar.text()


def test_redacted_view_differs_inside_enabled_regions(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.ACCOUNT)
    original = _to_pil(page.canvas.image())
    qtbot.mouseClick(page._view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.canvas.showing == "redacted", timeout=15_000)
    assert not page.canvas.editable
    redacted = _to_pil(page.canvas.image())
    assert redacted.size == original.size
    for region in shot.regions:
        crop = (region.box.x, region.box.y, region.box.right, region.box.bottom)
        differs = original.crop(crop).tobytes() != redacted.crop(crop).tobytes()
        assert differs == region.enabled, region
    # and outside every region nothing changed
    top = Box(0, 0, shot.width, min(r.box.y for r in shot.regions))
    assert top.h > 100
    crop = (top.x, top.y, top.right, top.bottom)
    assert original.crop(crop).tobytes() == redacted.crop(crop).tobytes()

    # R switches back to the editable original
    page.canvas.setFocus()
    qtbot.keyClick(page.canvas, Qt.Key.Key_R)
    assert page.canvas.showing == "original" and page.canvas.editable


def test_show_shot_and_next_previous(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shots = ui_ctx.session.case.screenshots
    assert page.current_shot_id() == shots[0].id
    qtbot.mouseClick(page._next, Qt.MouseButton.LeftButton)
    assert page.current_shot_id() == shots[1].id
    assert page.show_shot(shots[3].id)
    assert not page._next.isEnabled()
    qtbot.mouseClick(page._prev, Qt.MouseButton.LeftButton)
    assert page.current_shot_id() == shots[2].id
    assert not page.show_shot("nope")
    # the choice survives an undo (a new case object)
    ui_ctx.session.edit("x", lambda case: setattr(case, "request_note", "n"), "request")
    ui_ctx.session.undo_stack.undo()
    assert page.current_shot_id() == shots[2].id


def test_empty_state_without_a_case(qtbot: Any, ui_ctx: Any) -> None:
    page = _page(qtbot, ui_ctx)
    assert page._stack.currentIndex() == 0
    assert "还没有打开案件" in page._empty.text()


def test_typing_an_r_in_a_text_field_types_it(qtbot: Any, ui_ctx: Any, filled_case: Any) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.FAILURE)
    read = shot.fields.product
    assert read
    edit = page._edits["product"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Redmi Buds")
    assert page.canvas.showing == "original"  # R is a letter here, not the view switch
    current = ui_ctx.session.shot(shot.id)
    assert current.fields.product == "Redmi Buds" and "product" in current.edited
    steps = ui_ctx.session.undo_stack.count()
    page._undo_button.click()  # the whole typing is one step
    assert ui_ctx.session.shot(shot.id).fields.product == read
    assert ui_ctx.session.undo_stack.index() == steps - 1
    assert edit.text() == read  # undo shows the old text again


def test_resizing_by_an_edge_and_deleting_from_the_list(
    qtbot: Any, ui_ctx: Any, filled_case: Any
) -> None:
    page = _page(qtbot, ui_ctx)
    shot = _open(qtbot, page, ui_ctx, Kind.ACCOUNT)
    index = next(i for i, r in enumerate(shot.regions) if r.type == SensitiveType.ID_CARD)
    box = shot.regions[index].box
    view = page.canvas.viewport()
    edge = (box.x, box.y + box.h / 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=_at(page, *edge))
    qtbot.mouseMove(view, _at(page, 60, edge[1]))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=_at(page, 40, edge[1]))
    resized = ui_ctx.session.shot(shot.id).regions[index]
    assert abs(resized.box.x - 40) <= 8
    assert abs(resized.box.right - box.right) <= 4 and resized.box.y == box.y
    assert resized.enabled

    # Delete in the list of boxes removes the selected one
    count = len(ui_ctx.session.shot(shot.id).regions)
    page._region_list.setFocus()
    page._region_list.setCurrentRow(0)
    qtbot.keyClick(page._region_list, Qt.Key.Key_Delete)
    assert len(ui_ctx.session.shot(shot.id).regions) == count - 1

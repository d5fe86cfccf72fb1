"""The GUI shell driven through real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.context import AppContext, make_context
from app.services.demo import add_demo_data
from app.services.startup import open_database
from app.ui.app import build_window
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from tests.dialogs import DialogAnswerer, type_text


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(data_dir=tmp_path)
    open_database(context)
    add_demo_data(context)
    yield context
    context.close()


@pytest.fixture
def dialogs(qapp: QApplication) -> Iterator[DialogAnswerer]:
    answerer = DialogAnswerer()
    yield answerer
    answerer.stop()


@pytest.fixture
def window(ctx: AppContext, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    w = build_window(ctx)
    w.show()
    w.refresh_all()
    from app.services.catalog import Catalog

    n = len(Catalog(ctx).candidates())  # the demo set, with whatever areas add to it
    qtbot.waitUntil(lambda: w.candidates.model.rowCount() == n)
    w.setProperty("demo_candidates", n)
    yield w
    w.stopping = True  # the test decided about unsaved edits already
    w.close()
    w.tasks.wait_all()


def test_candidates_list_filters_as_you_type(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.candidates
    type_text(page.filter_edit, "王小明")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "王小明"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "referral")  # case-insensitive, over every shown column
    assert page.model.rowCount() >= 2
    qtbot.keyClicks(page.filter_edit, "zzz")
    assert page.model.rowCount() == 0
    assert page.count_label.text() == f"0 of {window.property('demo_candidates')} shown"


def test_new_candidate_saved_through_the_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.candidates
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(page.name_edit, "周杰 🎵")
    qtbot.keyClicks(page.salary_edit, "9,500")
    assert page.dirty and window.isWindowModified()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.dirty and not window.isWindowModified()
    assert page.model.total == window.property("demo_candidates") + 1
    assert any(c.name == "周杰 🎵" and c.expected_monthly_salary == 9500 for c in page.model.items())
    assert page.start_button.isEnabled()


def test_invalid_input_is_explained_in_the_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.candidates
    page.new_item()
    page.name_edit.setText("x" * 10_000)
    page.set_dirty(True)
    assert page.save_current() is False
    assert "10,000 characters" in page.error_label.text()
    page.name_edit.setText("Ok name")
    qtbot.keyClicks(page.salary_edit, "lots")
    assert page.save_current() is False
    assert "not an amount" in page.error_label.text()
    assert page.model.total == window.property("demo_candidates"), "nothing half-saved"


def test_closing_with_unsaved_edits_asks_and_cancel_is_default(window: MainWindow, qtbot, dialogs: DialogAnswerer) -> None:  # type: ignore[no-untyped-def]
    page = window.candidates
    page.select_id(page.model.items()[0].id)
    type_text(page.notes_edit, "不要丢")
    dialogs.click(QMessageBox.StandardButton.Cancel)
    window.close()
    qtbot.waitUntil(lambda: dialogs.pending == 0)
    assert window.isVisible(), "Cancel keeps the window open"
    assert dialogs.seen[0]["default"] == "Cancel"
    dialogs.click(QMessageBox.StandardButton.Save)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    from app.services.catalog import Catalog

    saved = {c.name: c.notes for c in Catalog(window.ctx).candidates()}
    assert saved[page.model.items()[0].name].endswith("不要丢")


def test_template_editor_adds_a_question_bank_entry(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.templates
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    page.new_item()
    type_text(page.name_edit, "客服面试")
    qtbot.mouseClick(page.add_q, Qt.MouseButton.LeftButton)
    type_text(page.prompt_edit, "遇到情绪激动的客户你怎么办？")
    page.kind_combo.setCurrentIndex(1)
    page.key_points_edit.setPlainText("倾听\n安抚\n解决方案")
    page.time_spin.setValue(120)
    assert page.save_current()
    saved = next(t for t in page.model.items() if t.name == "客服面试")
    assert saved.questions[0].key_points == ["倾听", "安抚", "解决方案"]
    assert saved.questions[0].kind.value == "situational" and saved.questions[0].time_limit_s == 120


def test_ui_speaks_chinese(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert install_translators(app, "zh_CN") == "zh_CN"  # type: ignore[arg-type]
    fresh = build_window(window.ctx)
    qtbot.addWidget(fresh)
    assert fresh.nav.item(0).text() == "候选人"
    assert fresh.candidates.save_button.text() == "保存"
    assert fresh.menuBar().actions()[0].text() == "文件(&F)"
    fresh.stopping = True
    install_translators(app, "en")  # type: ignore[arg-type]

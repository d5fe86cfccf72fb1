"""The salary screens with a real database, real background jobs and real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.salary.grade_tables import ensure_default_table
from app.salary.history import add_history
from app.salary.market_import import import_market_file
from app.salary.offer_desk import offer_context
from app.services.context import AppContext, make_context
from app.services.startup import open_database
from app.ui.salary.analytics_page import AnalyticsPage
from app.ui.salary.fairness_page import FairnessPage
from app.ui.salary.grade_table_editor import GradeTablePage
from app.ui.salary.market_dialog import MarketImportDialog
from app.ui.salary.offers_page import OffersPage
from app.ui.tasks import TaskManager
from tests.salary.builders import saved_interview

HEADER = "position,level,city,P25,P50,P75,source,date\n"


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(tmp_path / "config.toml", tmp_path / "data")
    context.settings.interviewer = "hr.li"
    open_database(context)
    yield context
    context.close()


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.wait_all()


def close_message_box_later(seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close)
    QTimer.singleShot(20, close)


def test_offer_screen_shows_gap_and_market_and_requires_a_reason(
        ctx: AppContext, tasks: TaskManager, qtbot: QtBot, tmp_path: Path) -> None:
    ensure_default_table(ctx.db, "zh_CN")
    interview = saved_interview(ctx.db, skill=85, expected=9000)
    market = tmp_path / "m.csv"
    market.write_text(HEADER + "Software engineer,中级工程师,上海,7000,8500,10000,S,2026-06-30\n",
                      encoding="utf-8")
    import_market_file(ctx.db, market, "hr.li")
    page = OffersPage(ctx, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    page.open_offer()
    qtbot.waitUntil(lambda: page.offer_dialog is not None, timeout=10_000)
    dialog = page.offer_dialog
    assert dialog is not None
    assert "\u22121,000, \u221211 %" in dialog.expected_label.text()
    assert dialog.market_label.text() == "8,000 suggested, market median 8,500: below market"
    assert dialog.amount.value() == 8000

    dialog.amount.setValue(9500)
    assert "reason is required" in dialog.band_hint.text()
    seen: list[str] = []
    close_message_box_later(seen)
    dialog.save()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "outside the band" in seen[0] and dialog.isVisible()

    dialog.reason.setPlainText("Competing offer from a bank")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    offer = offer_context(ctx.db, interview.id).offer
    assert offer is not None and offer.offered_salary == Decimal(9500)
    assert offer.decided_by == "hr.li" and offer.reason == "Competing offer from a bank"
    qtbot.waitUntil(lambda: page.table.item(0, 5) is not None
                    and page.table.item(0, 5).text() == "9,500", timeout=10_000)


def test_grade_table_editor_refuses_a_gap_and_saves_a_new_version(
        ctx: AppContext, tasks: TaskManager, qtbot: QtBot) -> None:
    table = ensure_default_table(ctx.db, "en")
    page = GradeTablePage(ctx, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.bands.rowCount() == 5, timeout=10_000)
    page.bands.item(2, 1).setText("75")  # Junior now ends at 75: gap 75-80
    assert "gap between 'Junior engineer' (70\u201375) and 'Mid-level engineer' (80\u201390)" in (
        page.problems.text())
    assert not page.save_button.isEnabled() and page.dirty
    page.bands.item(2, 1).setText("80")
    page.bands.item(3, 4).setText("8200")
    assert page.problems.text() == "" and page.save_button.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.save()
    assert saved.args[0].version == table.version + 1
    qtbot.waitUntil(lambda: page.list.count() == 1 and "version 2" in page.list.item(0).text(),
                    timeout=10_000)
    from datetime import date

    with qtbot.waitSignal(page.saved, timeout=10_000) as second:
        page.save_new_version(date(2027, 1, 1))
    assert second.args[0].id != table.id
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=10_000)


def test_market_dialog_lists_every_problem_and_imports_only_a_clean_file(
        ctx: AppContext, tasks: TaskManager, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = MarketImportDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.csv"
    bad.write_bytes((HEADER + "工程师,中级,上海,7000,八千,9000,S,2026-06-30\n"
                     "工程师,高级,上海,-1,9000,9500,S,2026-06-30\n").encode("gbk"))
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_file(bad)
    assert dialog.model.rowCount() == 2 and not dialog.import_button.isEnabled()
    assert dialog.model.data(dialog.model.index(0, 2)) == "'八千' in P50 is not a number"
    assert [dialog.model.data(dialog.model.index(1, c)) for c in (0, 1)] == ["3", "D"]
    assert "GB18030/GBK" in dialog.summary.text() and "Nothing will be imported" in dialog.summary.text()

    good = tmp_path / "good.csv"
    good.write_text(HEADER + "工程师,中级,上海,7000,8000,9000,S,2026-06-30\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_file(good)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    assert done.args[0].record.row_count == 1
    dialog.check_file(good)  # importing the same file again is refused in the dialog itself
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "already imported" in dialog.summary.text(), timeout=10_000)


@pytest.fixture
def history(ctx: AppContext) -> AppContext:
    table = ensure_default_table(ctx.db, "en")
    with ctx.db.transaction() as s:
        add_history(s, table, 400, seed=9, questions_per_interview=1, with_demographics=True)
    return ctx


def test_dashboard_answers_the_referral_question_on_opening(
        history: AppContext, tasks: TaskManager, qtbot: QtBot) -> None:
    page = AnalyticsPage(history, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.figures), timeout=10_000)
    answer = page.answer.text()
    assert answer.startswith("Referral: offered salary") and "for Job board" in answer
    assert answer.endswith("% lower.")
    assert page.chart.series()[0].barSets()[0].count() == 5
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.by_buttons.buttons()[1].click()  # by position
    assert page.table.rowCount() == 5 and page.table.item(0, 0).text().endswith("(history)")
    page.metric_buttons["pass_rate"].click()
    assert page.chart.title() == "Pass rate"


def test_fairness_view_counts_unknowns(history: AppContext, tasks: TaskManager,
                                       qtbot: QtBot) -> None:
    page = FairnessPage(history, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.report is not None
    assert page.table.rowCount() == 2
    assert {page.table.item(r, 0).text() for r in range(2)} == {"female", "male"}
    assert f"{page.report.unknown} without this field recorded" in page.summary.text()
    assert page.report.unknown > 0


def test_install_adds_the_salary_pages_to_the_main_window(
        ctx: AppContext, tasks: TaskManager, qtbot: QtBot) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.salary.install import install

    window = MainWindow(ctx, tasks)
    qtbot.addWidget(window)
    before = window.nav.count()
    screens = install(window)
    assert window.nav.count() == before + 5
    window.show_page(screens.analytics)
    assert window.stack.currentWidget() is screens.analytics
    tasks.wait_all()


def test_the_gui_shell_installs_the_salary_pages(ctx: AppContext, tasks: TaskManager,
                                                 qtbot: QtBot) -> None:
    from app.extensions import optional_module
    from app.ui.app import WINDOW_EXTENSIONS

    module = optional_module("app.ui.salary.install")
    assert "app.ui.salary.install" in WINDOW_EXTENSIONS and module is not None
    assert callable(module.install)


def test_grade_table_for_one_position_keeps_its_position(ctx: AppContext, tasks: TaskManager,
                                                         qtbot: QtBot) -> None:
    from app.salary.grade_tables import load_default_table, save_table

    interview = saved_interview(ctx.db, title="Data analyst")
    table = load_default_table("en")
    table.name, table.position_id = "Analysts", interview.position_id
    save_table(ctx.db, table, "hr.li")
    page = GradeTablePage(ctx, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.bands.rowCount() == 5, timeout=10_000)
    assert page.position.currentText() == "Data analyst"
    page.bands.item(4, 5).setText("12000")
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        page.save()
    assert saved.args[0].position_id == interview.position_id

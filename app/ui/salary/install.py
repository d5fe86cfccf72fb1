"""Plugging the salary screens into the main window (`install`), and `open_offer` for other screens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.context import AppContext
from app.ui.tasks import TaskManager

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.salary.analytics_page import AnalyticsPage
    from app.ui.salary.fairness_page import FairnessPage
    from app.ui.salary.grade_table_editor import GradeTablePage
    from app.ui.salary.market_page import MarketPage
    from app.ui.salary.offers_page import OffersPage


@dataclass
class SalaryScreens:
    offers: OffersPage
    tables: GradeTablePage
    market: MarketPage
    analytics: AnalyticsPage
    fairness: FairnessPage


def install(window: MainWindow) -> SalaryScreens:
    """Add the salary pages (kept as `window.salary`) and the grade table editor's close guard."""
    from app.ui.salary.analytics_page import AnalyticsPage
    from app.ui.salary.fairness_page import FairnessPage
    from app.ui.salary.grade_table_editor import GradeTablePage
    from app.ui.salary.market_page import MarketPage
    from app.ui.salary.offers_page import OffersPage

    ctx, tasks = window.ctx, window.tasks
    screens = SalaryScreens(OffersPage(ctx, tasks), GradeTablePage(ctx, tasks),
                            MarketPage(ctx, tasks), AnalyticsPage(ctx, tasks),
                            FairnessPage(ctx, tasks))
    window.add_page(screens.offers, QCoreApplication.translate("salary", "Offers"))
    window.add_page(screens.tables, QCoreApplication.translate("salary", "Salary grade tables"))
    window.add_page(screens.market, QCoreApplication.translate("salary", "Market data"))
    window.add_page(screens.analytics, QCoreApplication.translate("salary", "Salary analytics"))
    window.add_page(screens.fairness, QCoreApplication.translate("salary", "Fairness check"))
    window.close_guards.append(screens.tables.may_close)
    screens.offers.changed.connect(screens.analytics.refresh)
    setattr(window, "salary", screens)  # noqa: B010 - the window class belongs to the shell
    return screens


def open_offer(parent: QWidget, ctx: AppContext, tasks: TaskManager, interview_id: UUID) -> None:
    """For the interview screens: open the offer screen of a saved interview (loads off the GUI
    thread, shows any problem the usual way)."""
    from app.salary.offer_desk import offer_context
    from app.ui.messages import show_error
    from app.ui.salary.offer_dialog import OfferDialog

    def show(offer_ctx: object) -> None:
        dialog = OfferDialog(ctx, tasks, offer_ctx, parent)  # type: ignore[arg-type]
        dialog.open()

    tasks.run(QCoreApplication.translate("salary", "Opening the offer"),
              lambda _job: offer_context(ctx.db, interview_id), on_done=show,
              on_error=lambda exc: show_error(parent, exc))

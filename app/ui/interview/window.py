"""The interview window: question i of N, its kind, the countdowns, the answer box, and the way out.

The window is a view with the conduct of one interview: the rules live in `InterviewRun`, saving
in `SaveFlow`, drafts in the `DraftKeeper`. Areas plug in through `capture_slot` (the capture panel)
and the hooks `on_answer_started(question)`, `on_answer_stopped()` and `score_after_end`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Interview, Question, QuestionKind
from app.services.drafts import JOURNAL_EVERY_S, DraftKeeper
from app.services.interview_run import InterviewRun, Phase
from app.ui.interview import prompts
from app.ui.interview.answer_edit import AnswerEdit
from app.ui.interview.save_flow import SaveFlow

if TYPE_CHECKING:
    from app.ui.interview.desk import InterviewDesk

TICK_MS = 250


def clock_text(seconds: float) -> str:
    s = int(seconds + 0.999)
    return f"{s // 60}:{s % 60:02d}"


class InterviewWindow(QMainWindow):
    saved = Signal(object)  # the stored Interview
    discarded = Signal(object)  # the interview id
    modified_changed = Signal()  # read window.run.modified (no bool argument: see desk)

    def __init__(self, desk: InterviewDesk, run: InterviewRun, keeper: DraftKeeper) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.desk = desk
        self.run = run
        self.keeper = keeper
        self.save_flow = SaveFlow(self, desk)
        #: Hooks for the capture area: called when an answer starts / stops.
        self.on_answer_started: Callable[[Question], None] | None = None
        self.on_answer_stopped: Callable[[], None] | None = None
        #: Called with the stored interview after a save (scoring plugs in here).
        self.score_after_end: Callable[[Interview], None] | None = desk.score_after_end
        self.kept_as_draft = False
        self._may_close_now = False
        self._loading = False
        self._build()
        self.retranslate()
        self.show_question()

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.journal_timer = QTimer(self)
        self.journal_timer.setInterval(int(JOURNAL_EVERY_S * 1000))
        self.journal_timer.timeout.connect(self.journal)
        if not run.ended:
            self.ticker.start()
        self.journal_timer.start()

    # ----- building --------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        top = QHBoxLayout()
        self.who_label = QLabel()
        self.who_label.setObjectName("who")
        self.status_label = QLabel()
        self.end_button = QPushButton()
        self.end_button.setObjectName("end-interview")
        self.end_button.clicked.connect(self.end_interview)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.who_label, 1)
        top.addWidget(self.status_label)
        top.addWidget(self.save_button)
        top.addWidget(self.end_button)  # top right, where the clerk looks for the way out
        outer.addLayout(top)

        head = QHBoxLayout()
        self.progress_label = QLabel()
        self.kind_label = QLabel()
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        head.addWidget(self.progress_label)
        head.addWidget(self.kind_label)
        head.addStretch(1)
        head.addWidget(self.countdown_label)
        outer.addLayout(head)

        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.prompt_label)

        #: Where the capture area puts its panel (camera preview, level meter); empty until then.
        self.capture_slot = QWidget()
        self.capture_slot.setObjectName("capture-slot")
        QVBoxLayout(self.capture_slot).setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.capture_slot)

        self.answer_edit = AnswerEdit()
        self.answer_edit.textChanged.connect(self._text_changed)
        outer.addWidget(self.answer_edit, 1)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: #b00020")
        outer.addWidget(self.empty_label)

        nav = QHBoxLayout()
        self.previous_button = QPushButton()
        self.start_button = QPushButton()
        self.stop_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_question)
        self.start_button.clicked.connect(self.start_answer)
        self.stop_button.clicked.connect(self.stop_answer)
        self.next_button.clicked.connect(self.next_question)
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.start_button)
        nav.addWidget(self.stop_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_shortcut)
        self.resize(900, 640)

    def retranslate(self) -> None:
        run = self.run
        self.setWindowTitle(
            self.tr("Interview: {0} – {1}, round {2}[*]").format(
                run.candidate_name, run.position_title, run.interview.round)
        )
        self.who_label.setText(
            self.tr("{0} · {1} · round {2}").format(run.candidate_name, run.position_title, run.interview.round)
        )
        self.end_button.setText(self.tr("End interview"))
        self.save_button.setText(self.tr("Save"))
        self.previous_button.setText(self.tr("◀ Previous question"))
        self.next_button.setText(self.tr("Next question ▶"))
        self.start_button.setText(self.tr("Start answering"))
        self.stop_button.setText(self.tr("Stop answer"))
        self.answer_edit.setPlaceholderText(self.tr("Type the candidate's answer here."))
        self.show_question()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- showing ---------------------------------------------------------------------------
    def kind_text(self, kind: QuestionKind) -> str:
        return self.tr("Situational question") if kind == QuestionKind.SITUATIONAL else self.tr("Structured question")

    def show_question(self) -> None:
        run = self.run
        self.progress_label.setText(self.tr("Question {0} of {1}").format(run.index + 1, run.count))
        self.kind_label.setText(self.kind_text(run.question.kind))
        self.prompt_label.setText(run.question.prompt)
        if self.answer_edit.toPlainText() != run.answer.typed_text:
            self._loading = True
            self.answer_edit.setPlainText(run.answer.typed_text)
            self._loading = False
        self._update_state()

    def _update_state(self) -> None:
        run = self.run
        self.previous_button.setEnabled(run.index > 0)
        self.next_button.setEnabled(run.index < run.count - 1)
        self.start_button.setVisible(not run.ended and run.phase != Phase.ANSWERING)
        self.start_button.setEnabled(run.phase == Phase.PREPARING or run.answer_left_s() > 0)
        self.stop_button.setVisible(not run.ended and run.phase == Phase.ANSWERING)
        self.end_button.setEnabled(not run.ended)
        self.save_button.setVisible(run.ended)
        self.empty_label.setText(self.tr("No answer recorded for this question yet.") if run.answer.is_empty else "")
        self._update_countdown()
        self._update_modified()

    def _update_countdown(self) -> None:
        run = self.run
        if run.ended:
            text = self.tr("Interview ended")
        elif run.phase == Phase.PREPARING:
            text = self.tr("Preparation {0}").format(clock_text(run.preparation_left_s()))
        elif run.phase == Phase.ANSWERING:
            text = self.tr("Answer {0}").format(clock_text(run.answer_left_s()))
        else:
            text = self.tr("Answer time is over") if run.answer_left_s() <= 0 else self.tr("Answer stopped")
        self.countdown_label.setText(text)

    def _update_modified(self) -> None:
        if self.isWindowModified() != self.run.modified:
            self.setWindowModified(self.run.modified)
            self.modified_changed.emit()

    # ----- the clerk's actions ---------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._loading:
            return
        was_empty = self.run.answer.is_empty
        self.run.set_text(self.answer_edit.toPlainText())
        if was_empty != self.run.answer.is_empty:
            self.empty_label.setText(
                self.tr("No answer recorded for this question yet.") if self.run.answer.is_empty else "")
        self._update_modified()

    def _tick(self) -> None:
        run = self.run
        if run.ended:
            return
        if run.phase == Phase.PREPARING and run.preparation_left_s() <= 0:
            self.start_answer()
        elif run.phase == Phase.ANSWERING and run.answer_left_s() <= 0:
            self.stop_answer()
        self._update_countdown()

    def start_answer(self) -> None:
        if self.run.phase == Phase.ANSWERING or self.run.ended:
            return
        self.run.start_answer()
        if self.answering() and self.on_answer_started:
            self.on_answer_started(self.run.question)
        self._update_state()
        self.answer_edit.setFocus()

    def answering(self) -> bool:
        return self.run.phase == Phase.ANSWERING and not self.run.ended

    def stop_answer(self) -> None:
        answering = self.run.phase == Phase.ANSWERING
        self.run.stop_answer()
        if answering and self.on_answer_stopped:
            self.on_answer_stopped()
        self._update_state()

    def _go(self, index: int) -> None:
        if self.run.phase == Phase.ANSWERING and self.on_answer_stopped:
            self.on_answer_stopped()
        self.run.go_to(index)
        self.journal(force=True)  # on every question change
        self.show_question()
        if self.run.phase == Phase.ANSWERING and not self.run.ended and self.on_answer_started:
            self.on_answer_started(self.run.question)

    def next_question(self) -> None:
        self._go(self.run.index + 1)

    def previous_question(self) -> None:
        self._go(self.run.index - 1)

    def journal(self, force: bool = False) -> None:
        """Into the draft: every 2 s while the interview runs or changed, always when forced."""
        if self.kept_as_draft and not self.run.modified:
            return
        running = not self.run.ended and self.run.phase != Phase.STOPPED
        self.keeper.journal(force=force or running)

    def end_interview(self) -> bool:
        """Confirm, stop everything that captures, then ask whether to save. True = window closes."""
        if self.run.ended:
            return self.ask_save()
        if not prompts.confirm_end(self):
            return False
        self.finish()
        return self.ask_save()

    def finish(self) -> None:
        """End without asking: capture stops, clocks stop, the draft gets the final state."""
        if self.run.phase == Phase.ANSWERING and self.on_answer_stopped:
            self.on_answer_stopped()
        self.run.end()
        self.ticker.stop()
        self.journal(force=True)
        self._update_state()

    def ask_save(self) -> bool:
        choice = prompts.ask_save_record(self, self.run.empty_answers())
        if choice == prompts.Choice.SAVE:
            self.save(close_after=True)
        elif choice == prompts.Choice.DISCARD:
            self.discard()
            return self._may_close_now
        return False

    def save(self, close_after: bool = False, then: Callable[[], object] | None = None) -> None:
        if not self.run.ended:
            self.finish()
        after = then
        if close_after and after is None:
            after = self.close
        self.save_flow.save(after)

    def _save_shortcut(self) -> None:
        """Ctrl+S while the interview runs secures the draft; it never ends the interview."""
        if not self.run.ended:
            self.journal(force=True)
            self.status_label.setText(self.tr("Draft secured on this computer; the record is saved when the interview ends."))
            return
        self.save()

    def discard(self) -> None:
        if not self.desk.discard(self.run):
            return
        self.kept_as_draft = False
        self._may_close_now = True
        self.discarded.emit(self.run.interview.id)
        self.close()

    def after_saved(self, stored: Interview) -> None:
        self._update_state()
        self.status_label.setText(self.tr("Saved"))
        self.saved.emit(stored)
        if self.score_after_end is not None:
            self.score_after_end(stored)

    # ----- closing ---------------------------------------------------------------------------
    def may_close(self, then: Callable[[], object] | None = None) -> bool:
        """True when the window may close now. Save starts a save and closes (then `then()`) after."""
        if self._may_close_now:
            return True
        if self.save_flow.busy:
            self.desk.show_running_jobs(self)  # the job and its progress: Wait / Cancel job
            if not self.save_flow.busy and then is None:
                QTimer.singleShot(0, self, self._close_again)  # the save ended: ask to close again
            return False
        if not self.run.modified or self.kept_as_draft:
            return True
        choice = prompts.ask_exit_unsaved(self)
        if choice == prompts.Choice.SAVE:
            self.save(then=then or self.close)
            return False
        if choice == prompts.Choice.DISCARD and self.desk.discard(self.run):
            self.discarded.emit(self.run.interview.id)
            return True
        return False

    def _close_again(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close_now and not self.may_close():
            event.ignore()
            return
        self._may_close_now = True
        if self.kept_as_draft and self.run.modified:
            self.journal(force=True)  # the last seconds of typing go into the kept draft too
        self.ticker.stop()
        self.journal_timer.stop()
        if self.run.phase == Phase.ANSWERING and self.on_answer_stopped:
            self.on_answer_stopped()
        self.desk.window_closed(self)
        event.accept()

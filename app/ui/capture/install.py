"""Plugs capture into the main window: the Speech model settings page and crash recovery at start."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from app.ui import settings_dialog
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.ui.capture.import_dialog import ImportRecordingDialog

# Camera, recorder and PyAV modules are imported when an interview window or the import dialog
# opens, not at application start (cold start budget).


def _attach_capture(interview_window: Any, ctx: Any) -> None:
    from app.ui.capture.interview_capture import attach_capture

    attach_capture(interview_window, ctx)


def install(window: MainWindow) -> None:
    def add_speech_page(dialog: settings_dialog.SettingsDialog) -> None:
        from app.ui.capture.speech_model_page import SpeechModelPage

        page = SpeechModelPage(window.ctx.paths.models_dir, dialog.speech_edit, window.tasks, dialog)
        dialog.speech_model_page = page  # type: ignore[attr-defined]
        dialog.add_tab(page, QCoreApplication.translate("capture", "Speech model"))

    if add_speech_page not in settings_dialog.PAGE_HOOKS:
        settings_dialog.PAGE_HOOKS.append(add_speech_page)
    action = QAction(QCoreApplication.translate("capture", "Import recording…"), window)
    action.triggered.connect(lambda: open_import_dialog(window))
    window.file_menu.insertAction(window.file_menu.actions()[0], action)
    window.import_recording_action = action  # type: ignore[attr-defined]
    desk = getattr(window, "interview_desk", None)  # the interview area, installed before us
    if desk is not None:
        desk.window_opened.connect(lambda interview_window: _attach_capture(interview_window, window.ctx))
    QTimer.singleShot(0, lambda: start_recovery(window))


def open_import_dialog(window: MainWindow) -> ImportRecordingDialog:
    from app.ui.capture.import_dialog import ImportRecordingDialog

    dialog = ImportRecordingDialog(window.ctx, window.tasks, window)
    window.import_dialog = dialog  # type: ignore[attr-defined]  # tests reach the open dialog

    def imported(_interview_id: Any) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "capture", "The recorded interview was imported."), 10000)
        window.refresh_all()

    dialog.imported.connect(imported)
    dialog.open()
    return dialog


def start_recovery(window: MainWindow) -> None:
    """Finalize recordings a crash left behind, off the UI thread; say so in the status bar."""
    paths = window.ctx.paths

    def work(_job: Any) -> int:
        from app.capture.recording_folder import recordings_dir
        from app.capture.recovered_media import recover_recordings

        return len(recover_recordings(recordings_dir(paths), paths.media_dir))

    def done(count: Any) -> None:
        if count:
            window.statusBar().showMessage(QCoreApplication.translate("capture", "{0} answer recording(s) interrupted by a crash were recovered; they are attached "
                "to the recovered interview.").format(count), 15000)

    window.tasks.run(QCoreApplication.translate("capture", "Recovering interrupted recordings"), work, on_done=done, writer=False)

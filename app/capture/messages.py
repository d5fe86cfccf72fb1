"""What the clerk reads about capture and speech problems, in the UI language.

The capture and speech cores raise or report plain codes (with English text for logs and the
command line); these functions word them through Qt's translator for the screens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.capture.camera import OPEN_FAILED
from app.speech.model_install import SpeechModelError


def camera_problem(reason: str, source: str) -> str:
    if reason == OPEN_FAILED:
        what = QCoreApplication.translate("capture", "The camera \"{0}\" could not be opened.").format(source)
    else:
        what = QCoreApplication.translate("capture", "The camera \"{0}\" stopped sending pictures.").format(source)
    return what + " " + QCoreApplication.translate("capture", "The interview continues without video; everything recorded so far is kept.")


def microphone_problem(detail: str) -> str:
    return QCoreApplication.translate("capture", "The microphone does not work ({0}).").format(detail) + " " + QCoreApplication.translate("capture", "The interview continues: type the answer; everything recorded so far is kept.")


def recording_problem(detail: str) -> str:
    return QCoreApplication.translate("capture", "The recording could not be written ({0}).").format(detail) + " " + QCoreApplication.translate(
        "capture", "Free some disk space or check the media folder's drive; the interview continues and "
        "what was already written is kept and recovered at the next start.")


def speech_model_problem(error: SpeechModelError) -> str:
    d = error.details
    texts = {
        "no_model": (QCoreApplication.translate("capture", "No speech model is installed, so answers will not be transcribed."),
                     QCoreApplication.translate("capture", "The interview works as usual; to turn transcription on, use Settings > "
                        "Speech model.")),
        "folder_missing": (QCoreApplication.translate("capture", "The speech model folder {0} does not exist.").format(d.get("folder", "")),
                           QCoreApplication.translate("capture", "Choose the folder you unpacked the model into, or its .zip file.")),
        "not_a_model": (QCoreApplication.translate("capture", "{0} is not a Vosk speech model (missing: {1}).").format(
                            d.get("name", ""), d.get("missing", "")),
                        QCoreApplication.translate("capture", "Download a model from the Vosk model list (see docs/SPEECH_MODELS.md) "
                           "and choose its .zip or unpacked folder.")),
        "bad_rate": (QCoreApplication.translate("capture", "The speech model {0} expects {1} Hz audio.").format(d.get("name", ""), d.get("rate", "")),
                     QCoreApplication.translate("capture", "Choose a 16 kHz (or 8 kHz) model.")),
        "unsafe_zip": (QCoreApplication.translate("capture", "The file {0} inside the archive points outside the model folder.").format(
                           d.get("member", "")),
                       QCoreApplication.translate("capture", "The archive is not a genuine model; download it again from the Vosk model list.")),
        "too_big": (QCoreApplication.translate("capture", "The archive unpacks to more than 8 GB."), QCoreApplication.translate("capture", "Choose a Vosk speech model archive.")),
        "not_zip": (QCoreApplication.translate("capture", "{0} is neither a folder nor a .zip file.").format(d.get("name", "")),
                    QCoreApplication.translate("capture", "Choose the model's .zip file or its unpacked folder.")),
    }
    what, next_step = texts.get(error.code, (error.what, error.next_step))
    return f"{what} {next_step}"

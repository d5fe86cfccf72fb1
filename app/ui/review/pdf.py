"""PDF export and printing of the interview report (QPdfWriter + QTextDocument).

Chinese renders because the document asks for a CJK font (WenQuanYi Micro Hei on Linux, installed
by `make`; Microsoft YaHei on Windows) and Qt embeds the glyphs it uses into the PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.errors import UserFacingError
from app.ui.review.report_html import RADAR_URL


class ReportExportError(UserFacingError):
    pass


def build_document(html: str, radar: QImage | None) -> QTextDocument:
    document = QTextDocument()
    if radar is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(RADAR_URL), radar)
    document.setHtml(html)
    return document


def export_pdf(html: str, path: Path, radar: QImage | None = None, title: str = "") -> Path:
    """Write the report to ``path`` (through a .partial file, so a failure leaves no broken PDF)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("HR Desk")
        writer.setResolution(150)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        document = build_document(html, radar)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(rect.width(), rect.height()))
        document.print_(writer)
        del writer   # finishes the file
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError("nothing was written")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ReportExportError(
            f"The report could not be written to {path} ({exc}).",
            "Choose another folder (one you can write to, with free space) and export again.") from exc
    return path


def print_report(html: str, printer: QPrinter, radar: QImage | None = None) -> None:
    build_document(html, radar).print_(printer)

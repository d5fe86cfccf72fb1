"""Reading a market data file (CSV in UTF-8 / GBK / GB18030 / UTF-16, or XLSX) into raw rows.

Only the reading lives here; every rule about the cells is in `market_check.py`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.salary.errors import MarketFileError

MAX_ROWS = 1_000_000
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
Cell = object
Row = Sequence[Cell]  # a list of str from CSV, of str/int/float/datetime/None from XLSX


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Chinese Excel on Windows saves CSV as GBK; we read that too."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030/GBK"
    except UnicodeDecodeError as exc:
        raise MarketFileError(
            f"The file is not text in UTF-8, GBK or GB18030 (unreadable byte at position "
            f"{exc.start}).",
            "Save it from Excel as 'CSV UTF-8' or as an .xlsx workbook and import it again.",
        ) from exc


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_rows(data: bytes) -> tuple[Iterator[Row], str]:
    text, encoding = decode_text(data)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    return iter(reader), encoding


def xlsx_rows(path: Path) -> Iterator[Row]:
    import zipfile

    from app.salary.xlsx_reader import sheet_rows

    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise MarketFileError(
            f"The workbook '{path.name}' could not be opened ({type(exc).__name__}).",
            "Open it in Excel, save it again as .xlsx, and import it again.",
        ) from exc
    try:
        try:
            yield from sheet_rows(book)
        except (KeyError, StopIteration, ValueError, SyntaxError) as exc:
            raise MarketFileError(
                f"The workbook '{path.name}' is not laid out as Excel writes it "
                f"({type(exc).__name__}).",
                "Open it in Excel, save it again as .xlsx, and import it again.",
            ) from exc
    finally:
        book.close()


def read_rows(path: Path) -> tuple[Iterator[Row], str]:
    """Raw rows of the file's first sheet (row 1 = the header) and the encoding that was used."""
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return xlsx_rows(path), "XLSX"
    if suffix == ".xls":
        raise MarketFileError(
            f"'{path.name}' is an old Excel 97-2003 workbook, which cannot be read.",
            "Open it in Excel, save it as .xlsx (Excel Workbook), and import that file.",
        )
    if suffix not in CSV_SUFFIXES:
        raise MarketFileError(
            f"'{path.name}' is neither a CSV file nor an Excel workbook.",
            "Choose a .csv or .xlsx file with the market data columns.",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MarketFileError(
            f"The file '{path}' could not be read ({exc.strerror}).",
            "Check that the file exists and is not open elsewhere, then import it again.",
        ) from exc
    return csv_rows(data)

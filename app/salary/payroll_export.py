"""Offers to payroll: CSV and XLSX with the stable columns documented in docs/PAYROLL_EXPORT.md.

Text cells that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
return) get a leading apostrophe, so a candidate named "=HYPERLINK(...)" cannot run anything on the
payroll clerk's machine. Amounts are written as plain numbers, never as text.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from uuid import UUID

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAYROLL_COLUMNS: tuple[str, ...] = (
    "offer_id", "candidate_id", "candidate_name", "position", "department", "level_title",
    "monthly_salary", "currency", "band_min", "band_mid", "band_max", "within_band",
    "outside_band_reason", "grade_table", "grade_table_version", "decided_by", "decided_at",
)


@dataclass(frozen=True)
class PayrollLine:
    """One offered candidate as payroll receives it."""

    offer_id: UUID
    candidate_id: UUID
    candidate_name: str
    position: str
    department: str
    level_title: str
    monthly_salary: Decimal
    currency: str
    band_min: Decimal | None
    band_mid: Decimal | None
    band_max: Decimal | None
    within_band: bool | None
    outside_band_reason: str
    grade_table: str
    grade_table_version: int | None
    decided_by: str
    decided_at: datetime


def neutralise(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would treat as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: object) -> str | Decimal | int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal | int):
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def line_cells(line: PayrollLine) -> list[str | Decimal | int | None]:
    return [_cell(getattr(line, name)) for name in PAYROLL_COLUMNS]


def _replace_atomically(tmp: Path, target: Path) -> None:
    os.replace(tmp, target)


def write_csv(lines: Iterable[PayrollLine], target: Path) -> int:
    """UTF-8 with BOM (Chinese Excel opens it correctly), comma separated, one header row."""
    tmp = target.with_name(target.name + ".part")
    count = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(PAYROLL_COLUMNS)
        for line in lines:
            writer.writerow(["" if c is None else c for c in line_cells(line)])
            count += 1
        fh.flush()
        os.fsync(fh.fileno())
    _replace_atomically(tmp, target)
    return count


def write_xlsx(lines: Sequence[PayrollLine], target: Path) -> int:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("offers")
    sheet.append(list(PAYROLL_COLUMNS))
    for line in lines:
        row = []
        for value in line_cells(line):
            cell = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
            if isinstance(value, str):
                cell.data_type = "s"  # never let openpyxl store a string as a formula
            row.append(cell)
        sheet.append(row)
    tmp = target.with_name(target.name + ".part")
    book.save(tmp)
    _replace_atomically(tmp, target)
    return len(lines)


def write_payroll(lines: Sequence[PayrollLine], target: Path) -> int:
    """Write by the file's suffix (.csv or .xlsx); returns the number of offers written."""
    if target.suffix.lower() == ".xlsx":
        return write_xlsx(lines, target)
    return write_csv(lines, target)

"""Payroll export: stable columns, amounts as numbers, formula injection neutralised."""

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from uuid import uuid4

import openpyxl
import pytest

from app.salary.payroll_export import PAYROLL_COLUMNS, PayrollLine, neutralise, write_payroll


def line(name: str = "张伟", reason: str = "") -> PayrollLine:
    return PayrollLine(
        offer_id=uuid4(), candidate_id=uuid4(), candidate_name=name, position="Software engineer",
        department="R&D", level_title="中级工程师", monthly_salary=Decimal("8000.00"),
        currency="CNY", band_min=Decimal(7200), band_mid=Decimal(8000), band_max=Decimal(8800),
        within_band=not reason, outside_band_reason=reason, grade_table="Engineering",
        grade_table_version=2, decided_by="hr.li", decided_at=datetime(2026, 7, 1, 9, 30, tzinfo=UTC))


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_starts_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


def test_plain_text_is_unchanged() -> None:
    assert neutralise("张伟 O'Brien") == "张伟 O'Brien"


def test_documented_columns_are_stable() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "PAYROLL_EXPORT.md").read_text("utf-8")
    for i, name in enumerate(PAYROLL_COLUMNS, start=1):
        assert f"| {i} | `{name}` |" in doc


def test_csv_has_header_numbers_and_neutralised_text(tmp_path: Path) -> None:
    target = tmp_path / "payroll.csv"
    lines = [line(), line('=HYPERLINK("http://x","click")', reason="-counter offer")]
    assert write_payroll(lines, target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Chinese Excel needs the BOM to read UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == PAYROLL_COLUMNS
    first = dict(zip(PAYROLL_COLUMNS, rows[1], strict=True))
    assert first["candidate_name"] == "张伟" and first["monthly_salary"] == "8000.00"
    assert first["within_band"] == "yes" and first["decided_at"] == "2026-07-01T09:30:00+00:00"
    second = dict(zip(PAYROLL_COLUMNS, rows[2], strict=True))
    assert second["candidate_name"] == '\'=HYPERLINK("http://x","click")'
    assert second["outside_band_reason"] == "'-counter offer"
    assert not list(tmp_path.glob("*.part"))


def test_xlsx_stores_text_as_text_and_amounts_as_numbers(tmp_path: Path) -> None:
    target = tmp_path / "payroll.xlsx"
    write_payroll([line("=1+1")], target)
    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[1]] == list(PAYROLL_COLUMNS)
    name = sheet.cell(2, PAYROLL_COLUMNS.index("candidate_name") + 1)
    assert name.value == "'=1+1" and name.data_type == "s"
    salary = sheet.cell(2, PAYROLL_COLUMNS.index("monthly_salary") + 1)
    assert salary.value == 8000 and salary.data_type == "n"

"""The fast XLSX scan reads exactly what the XML parser reads, including unusual cells."""

import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

from app.salary.xlsx_reader import parsed_rows, scanned_rows, shared_strings, sheet_rows


def rows_both_ways(path: Path) -> tuple[list[list[object]], list[list[object]]]:
    with zipfile.ZipFile(path) as book:
        strings = shared_strings(book)
        data = book.read("xl/worksheets/sheet1.xml")
        return (list(scanned_rows(data, strings)), list(parsed_rows(io.BytesIO(data), strings)))


def test_scan_equals_parser_on_awkward_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["position", "level", "city", "P25", "P50", "P75", "source", "date"])
    sheet.append(["R&D <lead> \"A\"", "中级", "上海", 7000, 8500.5, 1e4, "S", datetime(2026, 6, 30)])
    sheet.append(["=1+1", "x", None, True, -3, "=SUM(D2:E2)", " spaced ", "2026-06-30"])
    sheet["C4"] = "only C4"
    sheet["AB7"] = "far right"
    sheet["D4"].number_format = "0.00"
    sheet["D4"] = 12.25
    path = tmp_path / "awkward.xlsx"
    book.save(path)
    scanned, parsed = rows_both_ways(path)
    assert scanned == parsed
    assert scanned[1] == ['R&D <lead> "A"', "中级", "上海", 7000, 8500.5, 10000, "S", 46203]
    # formulas never calculated have no value; the rest of their row is read normally
    assert scanned[2] == [None, "x", None, True, -3, None, " spaced ", "2026-06-30"]
    assert scanned[3][:4] == [None, None, "only C4", 12.25] and scanned[4] == scanned[5] == []
    assert scanned[6][27] == "far right"
    with zipfile.ZipFile(path) as zipped:
        assert list(sheet_rows(zipped)) == parsed


def test_write_only_inline_strings(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("m")
    sheet.append(["岗位", "职级"])
    sheet.append(["a & b", 5])
    path = tmp_path / "inline.xlsx"
    book.save(path)
    scanned, parsed = rows_both_ways(path)
    assert scanned == parsed == [["岗位", "职级"], ["a & b", 5]]

"""Market data files: every error with its row and column, nothing imported until clean."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.salary.errors import MarketFileError
from app.salary.market_check import check_market_file, column_letter

HEADER = "position,level,city,P25,P50,P75,source,date"
GOOD = [
    "Software engineer,Mid-level,Shanghai,7000,8500,10000,Survey A,2026-06-30",
    "Software engineer,Mid-level,Beijing,7200,8600,10100,Survey A,2026-06-30",
    "软件工程师,中级工程师,深圳,7100,8400,9900,薪酬调查,2026/06/30",
]


def write(tmp_path: Path, lines: list[str], name: str = "market.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes("\n".join(lines).encode(encoding))
    return path


def problems(path: Path) -> list[str]:
    return [str(p) for p in check_market_file(path).problems]


def test_clean_utf8_file_gives_every_rate(tmp_path: Path) -> None:
    check = check_market_file(write(tmp_path, [HEADER, *GOOD, "", ""]))
    assert check.clean and check.encoding == "UTF-8" and check.data_rows == 3
    rate = check.rates[2]
    assert (rate.position, rate.level, rate.city, rate.p50) == (
        "软件工程师", "中级工程师", "深圳", Decimal(8400))
    assert rate.survey_date == date(2026, 6, 30)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_chinese_header_in_gbk_is_detected(tmp_path: Path, encoding: str) -> None:
    lines = ["岗位,职级,城市,25分位,中位数,75分位,数据来源,日期",
             "软件工程师,中级工程师,深圳,\"7,100\",\"8,400\",\"9,900\",薪酬调查,2026年06月30日"]
    check = check_market_file(write(tmp_path, lines, encoding=encoding))
    assert check.clean, [str(p) for p in check.problems]
    assert check.encoding == "GB18030/GBK" and check.rates[0].city == "深圳"


def test_semicolon_separated_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(
        [HEADER.replace(",", ";"), GOOD[0].replace(",", ";")]).encode())
    assert check_market_file(path).clean


def test_wrong_columns_are_named(tmp_path: Path) -> None:
    path = write(tmp_path, ["position,level,town,P25,P50,P75,source,date,P50",
                            "Engineer,Mid,Shanghai,1,2,3,S,2026-01-01,4"])
    found = problems(path)
    assert "row 1, column C: the column 'town' is not a market data column" in found
    assert "row 1, column I: the column 'p50' appears more than once" in found
    assert "row 1: the column 'city' is missing" in found


def test_every_bad_cell_is_listed_with_row_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        GOOD[0],
        "Software engineer,Senior,Shanghai,9000,eight thousand,12000,Survey A,2026-06-30",
        "Software engineer,Junior,Shanghai,-5000,6000,7000,Survey A,30.06.2026",
        "Software engineer,Lead,,9000,8000,12000,Survey A,2026-06-30",
        GOOD[0].replace("Shanghai", " shanghai "),
    ])
    check = check_market_file(path)
    assert [str(p) for p in check.problems] == [
        "row 3, column E: 'eight thousand' in p50 is not a number",
        "row 4, column D: p25 is negative (-5000)",
        "row 4, column H: '30.06.2026' is not a date (write it as YYYY-MM-DD)",
        "row 5, column C: city is empty",
        "row 5, column E: P25, P50 and P75 must not decrease (9000 / 8000 / 12000)",
        "row 6: same position, level, city, source and date as row 2",
    ]
    assert check.rates == [] and not check.clean  # nothing imported until the file is clean


def test_xlsx_with_dates_and_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Position", "Level", "City", "P25", "P50", "P75", "Source", "Date"])
    sheet.append(["Engineer", "Mid", "Shanghai", 7000, 8500.0, 10000, "Survey", datetime(2026, 6, 30)])
    sheet.append(["Engineer", "Senior", "Shanghai", 9000, "n/a", 13000, "Survey", "2026-06-30"])
    sheet.append(["Engineer", "Lead", "Shanghai", 9000, 11000, 13000, "Survey", None, "extra"])
    path = tmp_path / "m.xlsx"
    book.save(path)
    assert problems(path) == ["row 3, column E: 'n/a' in p50 is not a number",
                              "row 4, column H: date is empty",
                              "row 4, column I: the row has more cells than the header"]


def test_hundred_thousand_rows_are_checked(tmp_path: Path) -> None:
    lines = [HEADER] + [f"Engineer {i},L{i % 7},City {i % 13},7000,8000,9000,S,2026-06-30"
                        for i in range(100_000)]
    lines[50_001] = lines[50_001].replace("8000", "8 000 yuan")
    check = check_market_file(write(tmp_path, lines))
    assert check.data_rows == 100_000
    assert [str(p) for p in check.problems] == [
        "row 50002, column E: '8 000 yuan' in p50 is not a number"]


def test_unreadable_files_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(MarketFileError, match="Excel 97-2003"):
        check_market_file(write(tmp_path, ["x"], "old.xls"))
    with pytest.raises(MarketFileError, match="no market data rows"):
        check_market_file(write(tmp_path, [HEADER]))
    bad = tmp_path / "bin.csv"
    bad.write_bytes(b"\x81\x30\xff\xff\x00")
    with pytest.raises(MarketFileError, match="not text in UTF-8"):
        check_market_file(bad)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK not really a zip")
    with pytest.raises(MarketFileError, match="could not be opened"):
        check_market_file(broken)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_xlsx_row_numbers_survive_blank_rows_and_serial_dates(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["岗位", "职级", "城市", "P25", "P50", "P75", "来源", "日期"])
    sheet.append(["工程师", "中级", "上海", 7000, 8500, 10000, "调查", date(2026, 6, 30)])
    sheet["A6"] = "工程师"  # rows 3-5 left empty, row 6 incomplete
    sheet["B6"] = "高级"
    sheet["H6"] = 46203.0  # an Excel serial number: 2026-06-30
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    check = check_market_file(path)
    assert [str(p) for p in check.problems] == [
        "row 6, column C: city is empty", "row 6, column D: p25 is empty",
        "row 6, column E: p50 is empty", "row 6, column F: p75 is empty",
        "row 6, column G: source is empty"]
    assert check.data_rows == 2

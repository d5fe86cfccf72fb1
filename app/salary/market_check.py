"""Every rule a market data file must pass before anything is imported.

Each problem names the row (as numbered in Excel: the header is row 1) and the column (letter and
name), so the HR clerk can find and fix it. The file is imported only when the list is empty.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.salary.errors import MarketFileError
from app.salary.market import MarketRate
from app.salary.market_file import MAX_ROWS, Cell, Row, read_rows

COLUMNS = ("position", "level", "city", "p25", "p50", "p75", "source", "date")
TEXT_COLUMNS = ("position", "level", "city", "source")
MONEY_COLUMNS = ("p25", "p50", "p75")
MAX_TEXT = 200
ALIASES: dict[str, str] = {
    "position": "position", "job": "position", "job title": "position", "岗位": "position",
    "职位": "position", "岗位名称": "position",
    "level": "level", "grade": "level", "职级": "level", "级别": "level", "等级": "level",
    "city": "city", "城市": "city", "地区": "city",
    "p25": "p25", "25分位": "p25", "p25分位": "p25",
    "p50": "p50", "median": "p50", "中位数": "p50", "中位值": "p50", "50分位": "p50",
    "p50分位": "p50",
    "p75": "p75", "75分位": "p75", "p75分位": "p75",
    "source": "source", "来源": "source", "数据来源": "source",
    "date": "date", "survey date": "date", "日期": "date", "调查日期": "date",
}
MESSAGES = {
    "missing_column": "the column '{field}' is missing",
    "unknown_column": "the column '{value}' is not a market data column",
    "duplicate_column": "the column '{field}' appears more than once",
    "extra_cells": "the row has more cells than the header",
    "empty": "{field} is empty",
    "too_long": "{field} is longer than 200 characters",
    "not_a_number": "'{value}' in {field} is not a number",
    "negative": "{field} is negative ({value})",
    "zero": "{field} is zero",
    "percentile_order": "P25, P50 and P75 must not decrease ({value})",
    "bad_date": "'{value}' is not a date (write it as YYYY-MM-DD)",
    "duplicate_row": "same position, level, city, source and date as row {detail}",
}
EXCEL_EPOCH = date(1899, 12, 30)
_SPACES = re.compile(r"[ \t]+")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y-%m", "%Y/%m")


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True, slots=True)
class CellProblem:
    row: int
    column: str
    field: str
    code: str
    value: str = ""
    detail: str = ""

    def message(self) -> str:
        return MESSAGES[self.code].format(field=self.field, value=self.value, detail=self.detail)

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message()}"


@dataclass
class MarketFileCheck:
    """The result of checking one file: the good lines, and every problem found."""

    source_name: str
    encoding: str
    rates: list[MarketRate] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    data_rows: int = 0

    @property
    def clean(self) -> bool:
        return not self.problems and bool(self.rates)


def map_header(header: Row) -> tuple[dict[str, int], list[CellProblem]]:
    positions: dict[str, int] = {}
    problems: list[CellProblem] = []
    for i, raw in enumerate(header):
        name = "" if raw is None else str(raw).strip()
        if not name:
            continue
        key = ALIASES.get(name.casefold())
        if key is None:
            problems.append(CellProblem(1, column_letter(i), name, "unknown_column", name))
        elif key in positions:
            problems.append(CellProblem(1, column_letter(i), key, "duplicate_column", name))
        else:
            positions[key] = i
    for key in COLUMNS:
        if key not in positions:
            problems.append(CellProblem(1, "", key, "missing_column"))
    return positions, problems


def parse_money(raw: Cell) -> Decimal | None:
    """8500, '8,500', '8 500', '¥8500.00' -> Decimal; None if it is not a finite number."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        raw = repr(raw)
    text = str(raw).strip().lstrip("¥￥").replace(",", "").replace("，", "").replace(" ", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def excel_serial_date(raw: object) -> date | None:
    """An Excel date cell's serial number (days since 1899-12-30) as a date, if plausible."""
    if raw.__class__ not in (int, float) or not 1 <= raw < 2_958_466:
        return None
    return EXCEL_EPOCH + timedelta(days=int(raw))


def parse_date(raw: Cell) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if raw.__class__ in (int, float):
        return excel_serial_date(raw)
    text = str(raw).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _blank(cells: Row) -> bool:
    return not any(c is not None and str(c).strip() for c in cells)


def _fold(text: str) -> str:
    """Duplicate key: ignore case and runs of spaces or tabs (one C-level scan when none)."""
    folded = text.casefold()
    return _SPACES.sub(" ", folded) if "  " in folded or "\t" in folded else folded


def _decimal(raw: Cell) -> Decimal:
    return Decimal(repr(raw)) if raw.__class__ is float else Decimal(raw)  # type: ignore[arg-type]


class _RowChecker:
    """Checks data rows. Clean rows take a fast path (100,000 rows in well under a second); any
    row the fast path does not accept is checked cell by cell to name every problem."""

    def __init__(self, positions: dict[str, int], problems: list[CellProblem]) -> None:
        self.positions = positions
        self.letters = {k: column_letter(i) for k, i in positions.items()}
        self.width = max(positions.values(), default=-1) + 1
        self.problems = problems
        self.seen: dict[tuple[object, ...], int] = {}
        self.complete = all(k in positions for k in COLUMNS)
        self.getter = operator.itemgetter(*(positions[k] for k in COLUMNS)) if self.complete else None

    def fast(self, row: int, cells: Row) -> MarketRate | None:
        """The rate when the row is clean and new; None means: check it carefully."""
        if self.getter is None or len(cells) != self.width:
            return None
        try:
            rate = self._parse(cells)
        except (ArithmeticError, ValueError, TypeError, AttributeError):
            return None
        if rate is None:
            return None
        key = (_fold("\x00".join((rate.position, rate.level, rate.city, rate.source))),
               rate.survey_date)
        return rate if self.seen.setdefault(key, row) == row else None

    def _parse(self, cells: Row) -> MarketRate | None:
        assert self.getter is not None
        pos, lvl, city, a, b, c, src, when = self.getter(cells)
        pos, lvl, city, src = pos.strip(), lvl.strip(), city.strip(), src.strip()
        if not (pos and lvl and city and src) or max(len(pos), len(lvl), len(city),
                                                     len(src)) > MAX_TEXT:
            return None
        p25, p50, p75 = _decimal(a), _decimal(b), _decimal(c)
        if not (p25.is_finite() and p50.is_finite() and p75.is_finite() and 0 < p25 <= p50 <= p75):
            return None
        if when.__class__ is str:
            day = date.fromisoformat(when.strip())
        elif isinstance(when, datetime):
            day = when.date()
        elif isinstance(when, date):
            day = when
        else:
            serial = excel_serial_date(when)
            if serial is None:
                return None
            day = serial
        return MarketRate(pos, lvl, city, p25, p50, p75, src, day)

    def _problem(self, row: int, key: str, code: str, value: str = "", detail: str = "") -> None:
        self.problems.append(CellProblem(row, self.letters.get(key, ""), key, code, value, detail))

    def _cell(self, cells: Row, key: str) -> Cell:
        i = self.positions.get(key)
        return None if i is None or i >= len(cells) else cells[i]

    def _text(self, row: int, cells: Row, key: str) -> str | None:
        raw = self._cell(cells, key)
        text = "" if raw is None else str(raw).strip()
        if not text:
            if key in self.positions:
                self._problem(row, key, "empty")
            return None
        if len(text) > MAX_TEXT:
            self._problem(row, key, "too_long")
            return None
        return text

    def _money(self, row: int, cells: Row, key: str) -> Decimal | None:
        raw = self._cell(cells, key)
        if raw is None or str(raw).strip() == "":
            if key in self.positions:
                self._problem(row, key, "empty")
            return None
        value = parse_money(raw)
        if value is None:
            self._problem(row, key, "not_a_number", str(raw))
        elif value < 0:
            self._problem(row, key, "negative", str(raw))
        elif value == 0:
            self._problem(row, key, "zero", str(raw))
        else:
            return value
        return None

    def careful(self, row: int, cells: Row) -> MarketRate | None:
        before = len(self.problems)
        if any(c is not None and str(c).strip() for c in cells[self.width:]):
            self.problems.append(CellProblem(row, column_letter(self.width), "", "extra_cells"))
        position, level, city, source = (self._text(row, cells, k) for k in TEXT_COLUMNS)
        p25, p50, p75 = (self._money(row, cells, k) for k in MONEY_COLUMNS)
        raw_date = self._cell(cells, "date")
        when = None
        if raw_date is None or str(raw_date).strip() == "":
            if "date" in self.positions:
                self._problem(row, "date", "empty")
        else:
            when = parse_date(raw_date)
            if when is None:
                self._problem(row, "date", "bad_date", str(raw_date))
        if p25 is not None and p50 is not None and p75 is not None and not p25 <= p50 <= p75:
            self._problem(row, "p50", "percentile_order", f"{p25} / {p50} / {p75}")
        if position and level and city and source and when:
            key = (_fold("\x00".join((position, level, city, source))), when)
            first = self.seen.setdefault(key, row)
            if first != row:
                self.problems.append(CellProblem(row, "", "", "duplicate_row", detail=str(first)))
        if len(self.problems) > before:
            # left to right, as the clerk reads the row (whole-row problems last)
            self.problems[before:] = sorted(self.problems[before:],
                                            key=lambda p: (not p.column, len(p.column), p.column))
            return None
        if len(self.positions) < len(COLUMNS):
            return None
        assert position and level and city and source and when and p25 and p50 and p75
        return MarketRate(position, level, city, p25, p50, p75, source, when)


def check_rows(rows: Iterable[Row], source_name: str, encoding: str) -> MarketFileCheck:
    """Check raw rows (the first non-empty one is the header) and collect rates and problems."""
    result = MarketFileCheck(source_name=source_name, encoding=encoding)
    checker: _RowChecker | None = None
    for number, cells in enumerate(rows, start=1):
        if not any(cells) or (checker is None and _blank(cells)):
            continue  # blank lines (often trailing in Excel exports) are not data
        if checker is None:
            positions, header_problems = map_header(cells)
            result.problems.extend(header_problems)
            checker = _RowChecker(positions, result.problems)
            continue
        rate = checker.fast(number, cells)
        if rate is None and _blank(cells):
            continue
        result.data_rows += 1
        if result.data_rows > MAX_ROWS:
            raise MarketFileError(
                f"'{source_name}' has more than {MAX_ROWS:,} rows of market data.",
                "Split the file into smaller files and import them one after another.",
            )
        if rate is None:
            rate = checker.careful(number, cells)
        if rate is not None:
            result.rates.append(rate)
    if checker is None or result.data_rows == 0:
        raise MarketFileError(
            f"'{source_name}' contains no market data rows.",
            "Check that you chose the right file: it needs a header row and one row per "
            "position, level and city.",
        )
    if result.problems:
        result.rates.clear()  # nothing is imported from a file that is not clean
    return result


def check_market_file(path: Path) -> MarketFileCheck:
    rows, encoding = read_rows(path)
    return check_rows(rows, path.name, encoding)

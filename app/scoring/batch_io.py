"""Reading and writing batch files row by row (JSONL, CSV, XLSX), so memory stays flat."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from app.scoring.errors import ScoringInputError

csv.field_size_limit(16 * 1024 * 1024)   # long answers (the default stops at 128 kB)

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".xlsx": "xlsx"}


def format_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ScoringInputError(
            f"HR Desk cannot tell the format of {path.name}.",
            "Use a file ending in .jsonl, .csv or .xlsx.",
        )
    return fmt


class RowSource(Protocol):
    columns: list[str]

    def __iter__(self) -> Iterator[dict[str, Any]]: ...

    def fraction_done(self) -> float | None: ...


def read_text_file(path: Path) -> str:
    """A resume or answer saved as text: UTF-8 (with or without BOM), else GB18030 (Windows Chinese)."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


class FolderRows:
    """Every .txt/.md file of a folder as one row: the file's text is the answer, scored against one
    question or job description (the GUI's "score a folder of answers or resumes")."""

    SUFFIXES = (".txt", ".md")

    def __init__(self, folder: Path, question: str, reference: str, skills: tuple[str, ...] = ()) -> None:
        if not folder.is_dir():
            raise ScoringInputError(f"The folder {folder} does not exist.", "Choose another folder.")
        self.files = sorted(p for p in folder.iterdir() if p.suffix.lower() in self.SUFFIXES and p.is_file())
        if not self.files:
            raise ScoringInputError(f"The folder {folder} holds no .txt or .md files.",
                                    "Save the answers or resumes as text files (.txt) in that folder.")
        self.question, self.reference, self.skills = question, reference, skills
        self.columns = ["file", "question", "reference", "skills", "answer"]
        self._done = 0

    def fraction_done(self) -> float | None:
        return self._done / len(self.files)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for path in self.files:
            self._done += 1
            try:
                text = read_text_file(path)
            except OSError as exc:
                yield {"file": path.name, "_error": f"{path.name} cannot be read ({exc.strerror})"}
                continue
            yield {"file": path.name, "question": self.question, "reference": self.reference,
                   "skills": list(self.skills), "answer": text}


class RowReader:
    """Iterates input rows as dicts; ``fraction_done`` tells the progress display how far it is."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.format = format_of(path)
        if not path.is_file():
            raise ScoringInputError(f"The file {path} does not exist.", "Check the path and try again.")
        self._size = max(path.stat().st_size, 1)
        self._stream: IO[str] | None = None
        self.columns: list[str] = []
        self._rows_total: int | None = None
        self._rows_read = 0

    def fraction_done(self) -> float | None:
        if self._stream is not None:
            try:
                position = float(self._stream.buffer.tell())  # type: ignore[attr-defined]
                return min(position / self._size, 1.0)
            except (OSError, AttributeError, ValueError):
                return None
        if self._rows_total:
            return min(self._rows_read / self._rows_total, 1.0)
        return None

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if self.format == "jsonl":
            yield from self._jsonl()
        elif self.format == "csv":
            yield from self._csv()
        else:
            yield from self._xlsx()

    def _jsonl(self) -> Iterator[dict[str, Any]]:
        with self.path.open(encoding="utf-8-sig") as stream:
            self._stream = stream
            for number, line in enumerate(iter(stream.readline, ""), start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield {"_error": f"line {number} is not valid JSON ({exc.msg})", "_line": number}
                    continue
                if not isinstance(row, dict):
                    yield {"_error": f"line {number} is not a JSON object", "_line": number}
                    continue
                yield row
        self._stream = None

    def _csv(self) -> Iterator[dict[str, Any]]:
        with self.path.open(encoding="utf-8-sig", newline="") as stream:
            self._stream = stream
            reader = csv.DictReader(iter(stream.readline, ""))
            self.columns = list(reader.fieldnames or [])
            for row in reader:
                yield {k: v for k, v in row.items() if k is not None}
        self._stream = None

    def _xlsx(self) -> Iterator[dict[str, Any]]:
        from openpyxl import load_workbook

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:
            raise ScoringInputError(f"{self.path.name} cannot be read as an Excel workbook.",
                                    "Save it again as .xlsx, or export it as CSV.") from exc
        try:
            sheet = book.worksheets[0]
            self._rows_total = max((sheet.max_row or 1) - 1, 1)
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, None)
            self.columns = [str(c) if c is not None else f"column{i + 1}"
                            for i, c in enumerate(header or ())]
            for values in rows:
                self._rows_read += 1
                if values is None or all(v is None for v in values):
                    continue
                yield {c: ("" if v is None else v) for c, v in zip(self.columns, values, strict=False)}
        finally:
            book.close()


class RowWriter:
    """Writes output rows in the format of the output file's name, one row at a time."""

    def __init__(self, path: Path, input_columns: list[str], output_columns: list[str]) -> None:
        self.path = path
        self.format = format_of(path)
        self.partial = path.with_name(path.name + ".partial")
        self._columns: list[str] | None = None
        self._input_columns = input_columns
        self._output_columns = output_columns
        self._stream: IO[str] | None = None
        self._csv: Any = None
        self._book: Any = None
        self._sheet: Any = None

    def _open(self, first: dict[str, Any]) -> None:
        seen = list(self._input_columns) or [k for k in first if k not in self._output_columns]
        self._columns = [c for c in seen if c not in self._output_columns] + self._output_columns
        if self.format == "jsonl":
            self._stream = self.partial.open("w", encoding="utf-8")
        elif self.format == "csv":
            self._stream = self.partial.open("w", encoding="utf-8-sig", newline="")
            self._csv = csv.DictWriter(self._stream, fieldnames=self._columns, extrasaction="ignore")
            self._csv.writeheader()
        else:
            from openpyxl import Workbook

            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet("scores")
            self._sheet.append(self._columns)

    def write(self, row: dict[str, Any]) -> None:
        if self._columns is None:
            self._open(row)
        if self.format == "jsonl":
            assert self._stream is not None
            self._stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        flat = {k: _cell(v) for k, v in row.items()}
        if self.format == "csv":
            self._csv.writerow(flat)
        else:
            assert self._columns is not None
            self._sheet.append([flat.get(c, "") for c in self._columns])

    def close(self) -> None:
        """Finish the file and move it into place (a cancelled or failed run leaves no half file)."""
        if self._columns is None:
            self._open({})
        if self._stream is not None:
            self._stream.close()
        if self._book is not None:
            self._book.save(self.partial)
        self.partial.replace(self.path)

    def discard(self) -> None:
        if self._stream is not None:
            self._stream.close()
        self.partial.unlink(missing_ok=True)


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    if isinstance(value, str) and len(value) > 32000:   # Excel's cell limit is 32,767 characters
        return value[:32000]
    return value

"""A fast, read-only reader of an .xlsx workbook's first sheet (values only).

openpyxl's read-only mode needed ~10 s for 100,000 rows x 8 columns here; streaming the sheet's
XML with the C ElementTree parser takes a fraction of that. Dates typed as dates arrive as Excel
serial numbers (the market check turns them into dates); formulas arrive as their cached values.
"""

from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import Element, fromstring, iterparse

REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n - 1


def _text(elem: Element) -> str:
    """Text of a shared or inline string: plain <t>, or the runs <r><t> concatenated."""
    return "".join(t.text or "" for t in elem.iter() if _local(t.tag) == "t")


def first_sheet_path(book: zipfile.ZipFile) -> str:
    workbook = fromstring(book.read("xl/workbook.xml"))
    sheet = next(e for e in workbook.iter() if _local(e.tag) == "sheet")
    rel_id = sheet.get(REL_NS) or next(v for k, v in sheet.attrib.items() if k.endswith("}id"))
    rels = fromstring(book.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target", "") for r in rels if r.get("Id") == rel_id)
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join("xl", target))


def shared_strings(book: zipfile.ZipFile) -> list[str]:
    try:
        data = book.open("xl/sharedStrings.xml")
    except KeyError:
        return []
    strings: list[str] = []
    with data:
        for _event, elem in iterparse(data, events=("end",)):
            if _local(elem.tag) == "si":
                strings.append(_text(elem))
                elem.clear()
    return strings


def _value(cell: Element, kind: str | None, strings: list[str], v_tag: str) -> object:
    if kind == "inlineStr":
        return _text(cell)
    raw = cell.findtext(v_tag)
    if raw is None:
        return None
    if kind is None or kind == "n":
        if not raw:
            return None  # a formula never calculated (openpyxl writes an empty value)
        if "." in raw or "E" in raw or "e" in raw:
            return float(raw)
        return int(raw)
    if kind == "s":
        return strings[int(raw)]
    if kind == "b":
        return raw == "1"
    return raw  # "str" (a formula's text), "e" (an error like #N/A), "d" (an ISO date)


LETTERS = [chr(65 + i) for i in range(26)] + [chr(65 + i) + chr(65 + j)
                                               for i in range(26) for j in range(26)]


ROW_RE = re.compile(rb"<row\b([^>]*)>(.*?)</row>|<row\b([^>]*)/>", re.S)
# One cell as Excel and openpyxl write it: reference, optional style and type, a value or an
# inline string. Anything else (formulas, rich text, prefixed tags) leaves the row to the parser.
CELL_RE = re.compile(
    rb'<c r="([A-Z]{1,3})\d+"(?: s="\d+")?(?: t="(\w+)")?(?: s="\d+")?'
    rb'(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: [^>]*)?>([^<]*)</t></is>)?</c>)')
ROW_NUMBER_RE = re.compile(rb'\br="(\d+)"')
WORKSHEET_RE = re.compile(rb"<(?:\w+:)?worksheet\b([^>]*)>")
COLUMN = {letters.encode("ascii"): i for i, letters in enumerate(LETTERS)}


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return html.unescape(text) if "&" in text else text


def _cells(body: bytes, strings: list[str]) -> list[object] | None:
    """The row's cells, or None when the row holds anything the pattern does not describe."""
    found = CELL_RE.findall(body)
    if len(found) != body.count(b"<c "):
        return None
    cells: list[object] = []
    for letters, kind, value, inline in found:
        index = COLUMN[letters] if letters in COLUMN else _column_index(letters.decode())
        if index > len(cells):
            cells.extend([None] * (index - len(cells)))
        elif index < len(cells):
            return None
        if not kind or kind == b"n":
            if not value:
                cells.append(None)
            elif b"." in value or b"E" in value or b"e" in value:
                cells.append(float(value))
            else:
                cells.append(int(value))
        elif kind == b"s":
            cells.append(strings[int(value)])
        elif kind == b"inlineStr":
            cells.append(_xml_text(inline))
        elif kind == b"b":
            cells.append(value == b"1")
        else:
            cells.append(_xml_text(value))
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def scanned_rows(data: bytes, strings: list[str]) -> Iterator[list[object]]:
    """The sheet's rows by regular expressions over the XML as Excel writes it: several times
    faster than one parser event per element. A row the patterns do not fully describe is
    handed to the XML parser, so an unusual file is read slower, never wrongly."""
    head = WORKSHEET_RE.search(data)
    namespaces = head.group(1) if head else b""
    expected = 1
    for match in ROW_RE.finditer(data):
        attrs = match.group(1) if match.group(1) is not None else match.group(3)
        number_match = ROW_NUMBER_RE.search(attrs)
        number = int(number_match.group(1)) if number_match else expected
        while expected < number:
            yield []
            expected += 1
        cells = _cells(match.group(2) or b"", strings)
        if cells is None:
            wrapped = b"<wrap " + namespaces + b">" + match.group(0) + b"</wrap>"
            cells = next(parsed_rows(io.BytesIO(wrapped), strings, number), [])
        yield cells
        expected = number + 1


def sheet_rows(book: zipfile.ZipFile) -> Iterator[list[object]]:
    """Rows of the first sheet in order; a row missing from the file comes out as []."""
    strings = shared_strings(book)
    data = book.read(first_sheet_path(book))
    if b"<row" in data:
        yield from scanned_rows(data, strings)
    else:  # prefixed tags (<x:row>): the parser handles every namespace form
        yield from parsed_rows(io.BytesIO(data), strings)


def parsed_rows(sheet: IO[bytes], strings: list[str], first_row: int = 1) -> Iterator[list[object]]:
    """The same rows through the XML parser (one event per element): the reference."""
    expected = first_row
    row_tag = c_tag = v_tag = ""
    if True:
        for _event, elem in iterparse(sheet, events=("end",)):
            tag = elem.tag
            if tag != row_tag:
                if not row_tag and _local(tag) == "row":  # learn the namespace once
                    ns = tag[: -len("row")]
                    row_tag, c_tag, v_tag = tag, ns + "c", ns + "v"
                else:
                    continue
            number = int(elem.get("r") or expected)
            while expected < number:
                yield []
                expected += 1
            cells: list[object] = []
            for cell in elem:
                if cell.tag != c_tag:
                    continue
                ref = cell.get("r")
                # cells usually come one after another (A, B, C...): only parse the reference
                # when it is not the next column
                if ref and not (len(cells) < len(LETTERS) and ref.startswith(LETTERS[len(cells)])
                                and ref[len(LETTERS[len(cells)])].isdigit()):
                    index = _column_index(ref)
                    if index > len(cells):
                        cells.extend([None] * (index - len(cells)))
                cells.append(_value(cell, cell.get("t"), strings, v_tag))
            while cells and cells[-1] is None:
                cells.pop()
            yield cells
            expected = number + 1
            elem.clear()

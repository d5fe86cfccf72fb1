import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from openpyxl import Workbook, load_workbook

from app.scoring.batch import Progress, item_from_row, run_batch, score_rows
from app.scoring.errors import ScoringInputError
from app.scoring.scorer import Scorer

REPO = Path(__file__).resolve().parents[2]
ROWS = [
    {"id": "a1", "question": "What is a primary key?",
     "reference": "A column that uniquely identifies each row of a table; it cannot be null.",
     "answer": "It uniquely identifies each row and cannot be null.", "language": "en"},
    {"id": "a2", "question": "什么是五险一金？",
     "reference": ["养老保险", "医疗保险", "失业保险", "工伤保险", "生育保险", "住房公积金"],
     "answer": "养老保险、医疗保险和住房公积金。"},
    {"id": "a3", "question": "Tell me about a deadline under pressure.", "kind": "situational",
     "reference": "", "answer": "Once a client moved the deadline; I stayed calm, prioritised, and "
                                "as a result we delivered on time."},
    {"id": "a4", "question": "What is a primary key?", "reference": "A unique row identifier.",
     "answer": ""},
]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_jsonl_in_jsonl_out_keeps_rows_and_adds_scores(tmp_path: Path, scorer: Scorer) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ROWS)
    summary = run_batch(src, out, scorer)
    assert summary.rows == 4
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == ["a1", "a2", "a3", "a4"]
    assert got[0]["skill_match"] > 40
    assert got[0]["model_versions"]["skill_match"].startswith("skill_match-")
    assert got[1]["key_points_hit"] and "住房公积金" in got[1]["key_points_hit"]
    assert "失业保险" in got[1]["key_points_missed"]
    assert got[2]["stress_resistance"] is not None and got[0]["stress_resistance"] is None
    assert got[3]["skill_match"] == 0.0 and "empty" in got[3]["error"]
    assert got[0]["skill_match_evidence"]["contributions"]


def test_csv_in_xlsx_out_and_back(tmp_path: Path, scorer: Scorer) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "question", "reference", "answer"])
        writer.writeheader()
        for row in ROWS[:2]:
            writer.writerow({**{k: v for k, v in row.items() if k != "language"}, "reference": json.dumps(row["reference"], ensure_ascii=False)
                             if isinstance(row["reference"], list) else row["reference"]})
    xlsx = tmp_path / "out.xlsx"
    run_batch(src, xlsx, scorer)
    sheet = load_workbook(xlsx, read_only=True).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = list(values[0])
    assert header[:4] == ["id", "question", "reference", "answer"]
    assert "skill_match" in header and "skill_match_evidence" in header
    assert len(values) == 3
    back = tmp_path / "back.csv"
    run_batch(xlsx, back, scorer)
    with back.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert float(rows[0]["skill_match"]) > 0


def test_xlsx_input(tmp_path: Path, scorer: Scorer) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["question", "reference", "answer"])
    sheet.append([ROWS[0]["question"], ROWS[0]["reference"], ROWS[0]["answer"]])
    sheet.append([None, None, None])
    src = tmp_path / "in.xlsx"
    book.save(src)
    out = tmp_path / "out.jsonl"
    assert run_batch(src, out, scorer).rows == 1


def test_bad_rows_are_reported_and_the_run_goes_on(tmp_path: Path, scorer: Scorer) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps(ROWS[0]) + "\n{broken\n[1, 2]\n" + json.dumps(ROWS[1], ensure_ascii=False)
                   + "\n", encoding="utf-8")
    summary = run_batch(src, out, scorer)
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.rows == 4 and summary.errors == 2
    assert "line 2" in got[1]["error"] and "line 3" in got[2]["error"]
    assert got[3]["skill_match"] is not None


def test_unknown_format_and_missing_file_are_user_errors(tmp_path: Path, scorer: Scorer) -> None:
    with pytest.raises(ScoringInputError):
        run_batch(tmp_path / "in.txt", tmp_path / "out.jsonl", scorer)
    with pytest.raises(ScoringInputError, match="does not exist"):
        run_batch(tmp_path / "nope.jsonl", tmp_path / "out.jsonl", scorer)


def test_cancelled_run_leaves_no_output(tmp_path: Path, scorer: Scorer) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ROWS)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    run_batch(src, out, scorer, cancelled=cancelled)
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_reference_field_forms() -> None:
    assert item_from_row({"reference": ["a point", "b point"]}).key_points == ("a point", "b point")
    item = item_from_row({"reference": {"reference_answer": "full answer", "key_points": "x；y"}})
    assert item.reference == "full answer" and item.key_points == ("x", "y")
    bullets = item_from_row({"reference": "- first point\n- second point"})
    assert bullets.key_points == ("first point", "second point")
    assert item_from_row({"reference": "plain text, with a comma"}).key_points == ()
    assert item_from_row({"skills": "SQL, Python"}).skills == ("SQL", "Python")
    assert item_from_row({"time_limit_s": "abc"}).time_limit_s is None


def test_memory_stays_flat_over_many_distinct_answers(scorer: Scorer) -> None:
    process = psutil.Process()

    def rows():  # type: ignore[no-untyped-def]
        for i in range(1500):
            yield {"question": "What is a primary key?", "reference": ROWS[0]["reference"],
                   "answer": f"Answer {i}: it identifies row {i} uniquely, value {i * 7} is never null."}

    rss = []
    for n, _ in enumerate(score_rows(rows(), scorer), start=1):
        if n in (300, 1500):
            rss.append(process.memory_info().rss)
    assert rss[1] - rss[0] < 25 * 1024 * 1024


def test_progress_is_drawn_on_a_terminal_only(tmp_path: Path) -> None:
    import io

    quiet = io.StringIO()
    Progress(quiet).update(5, 0.5, final=True)
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    Progress(shown, enabled=True).update(5, 0.5, final=True)
    assert "50.0%" in shown.getvalue() and "5 answers scored" in shown.getvalue()


def test_command_line_in_a_real_process(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    write_jsonl(src, ROWS[:1])
    code = ("import argparse, sys\nfrom app.scoring.commands import register\n"
            "p = argparse.ArgumentParser(); register(p.add_subparsers())\n"
            "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", code, "score-batch", str(src), "--out", str(out)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 answers scored" in done.stderr
    assert out.exists()
    bad = subprocess.run([sys.executable, "-c", code, "score-batch", str(tmp_path / "x.txt"),
                          "--out", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and ".jsonl, .csv or .xlsx" in bad.stderr


def test_row_without_question_or_reference_says_why_skill_is_missing(tmp_path: Path, scorer: Scorer) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [{"answer": "I like working with people."}])
    run_batch(src, out, scorer)
    got = json.loads(out.read_text(encoding="utf-8"))
    assert got["skill_match"] is None and got["communication"] is not None
    assert "skill match not scored" in got["error"]

"""Recording benchmark figures: each beside a baseline measured in the same run, and a target."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil


@dataclass
class Figure:
    area: str
    name: str
    value: float
    unit: str
    baseline: float | None
    baseline_name: str
    target: str
    ok: bool | None
    note: str = ""


@dataclass
class Recorder:
    area: str = ""
    figures: list[Figure] = field(default_factory=list)

    def add(
        self,
        name: str,
        value: float,
        unit: str,
        *,
        baseline: float | None = None,
        baseline_name: str = "",
        target: str = "",
        ok: bool | None = None,
        note: str = "",
    ) -> None:
        fig = Figure(self.area, name, round(value, 3), unit,
                     None if baseline is None else round(baseline, 3), baseline_name, target, ok, note)
        self.figures.append(fig)
        status = "" if ok is None else ("ok " if ok else "MISS")
        base = f"  (baseline {fig.baseline} {unit}: {baseline_name})" if baseline is not None else ""
        print(f"  {status:4} {name}: {fig.value} {unit}{base}  target {target}", flush=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def rss_mb(pid: int | None = None) -> float:
    return psutil.Process(pid or os.getpid()).memory_info().rss / (1024 * 1024)


def machine() -> dict[str, Any]:
    return {
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def write_results(figures: list[Figure], json_path: Path, md_path: Path) -> None:
    info = machine()
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    json_path.write_text(
        json.dumps({"measured_at": stamp, "machine": info, "figures": [asdict(f) for f in figures]},
                   ensure_ascii=False, indent=2),
        encoding="utf-8",
    )
    lines = [
        "# Performance",
        "",
        f"Measured by `make bench` on {stamp}: {info['cores']} cores, {info['memory_gb']} GiB, "
        f"{info['system']}, Python {info['python']}. Every figure stands beside a baseline measured in "
        "the same run. This file is rewritten by each run; the numbers are what was measured, not goals.",
        "",
        "| area | figure | value | baseline (same run) | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        base = f"{f.baseline} {f.unit} ({f.baseline_name})" if f.baseline is not None else "—"
        met = "—" if f.ok is None else ("yes" if f.ok else "**no**")
        note = f" {f.note}" if f.note else ""
        lines.append(f"| {f.area} | {f.name}{note} | {f.value} {f.unit} | {base} | {f.target} | {met} |")
    md_path.write_text("\n".join(lines) + "\n", encoding="utf-8")

"""Register the nightly backup with the operating system, for machines where the GUI is closed.

Windows: a Task Scheduler task with StartWhenAvailable ("run as soon as possible after a
scheduled start is missed"). Linux: a systemd user timer with Persistent=true (catches up after
the machine was off), else a cron line (no catch-up: cron skips missed runs; the app's start-up
catch-up covers that case). Every generator is a pure function so it can be tested anywhere.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from backup.scheduler import parse_time

TASK_NAME = "HR Desk nightly backup"
UNIT = "hrdesk-backup"


def backup_command(extra: list[str] | None = None) -> list[str]:
    """How the OS should start a one-shot backup (the frozen exe, else this Python)."""
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "app"]
    return base + ["backup", "run"] + (extra or [])


def systemd_units(command: list[str], time: str) -> dict[str, str]:
    h, m = parse_time(time)
    exec_start = " ".join(_systemd_quote(a) for a in command)
    service = (
        "[Unit]\nDescription=HR Desk nightly backup\n\n"
        "[Service]\nType=oneshot\n"
        f"ExecStart={exec_start}\n"
        "Nice=10\nIOSchedulingClass=idle\n"
    )
    timer = (
        "[Unit]\nDescription=HR Desk nightly backup timer\n\n"
        f"[Timer]\nOnCalendar=*-*-* {h:02d}:{m:02d}:00\nPersistent=true\n"
        f"RandomizedDelaySec=60\nUnit={UNIT}.service\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def _systemd_quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "/._-=:+," for c in arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'


def cron_line(command: list[str], time: str) -> str:
    h, m = parse_time(time)
    return f"{m} {h} * * * {shlex.join(command)}  # {TASK_NAME}\n"


def schtasks_xml(command: list[str], time: str, start_date: str = "2024-01-01") -> str:
    """Task Scheduler XML. S4U: runs whether or not the clerk is logged on, no stored password."""
    h, m = parse_time(time)
    exe = command[0]
    args = subprocess.list2cmdline(command[1:])
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><Description>{escape(TASK_NAME)}</Description></RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>{start_date}T{h:02d}:{m:02d}:00</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author"><LogonType>S4U</LogonType><RunLevel>LeastPrivilege</RunLevel></Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <StartWhenAvailable>true</StartWhenAvailable>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <WakeToRun>false</WakeToRun>
    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec><Command>{escape(exe)}</Command><Arguments>{escape(args)}</Arguments></Exec>
  </Actions>
</Task>
"""


@dataclass
class InstallResult:
    method: str  # "schtasks" | "systemd" | "cron" | "files"
    written: list[Path]
    commands: list[list[str]]  # what was (or, with dry_run, would be) run
    message: str


def install(
    time: str, *, folder: Path | None = None, dry_run: bool = False,
    command: list[str] | None = None, platform: str = sys.platform,
) -> InstallResult:
    """Write the task definition (into `folder` if given) and register it unless dry_run."""
    cmd = command or backup_command()
    if platform.startswith("win"):
        target = folder or Path(os.environ.get("TEMP", "."))
        xml = target / "hrdesk-backup-task.xml"
        xml.write_text(schtasks_xml(cmd, time), encoding="utf-16")
        run = [["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml), "/F"]]
        return _finish("schtasks", [xml], run, dry_run or folder is not None, f"Task '{TASK_NAME}' registered.")
    if folder is not None or shutil.which("systemctl"):
        unit_dir = folder or Path.home() / ".config" / "systemd" / "user"
        unit_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in systemd_units(cmd, time).items():
            (unit_dir / name).write_text(text, encoding="utf-8")
            written.append(unit_dir / name)
        run = [["systemctl", "--user", "daemon-reload"],
               ["systemctl", "--user", "enable", "--now", f"{UNIT}.timer"]]
        return _finish("systemd", written, run, dry_run or folder is not None,
                       f"systemd timer {UNIT}.timer enabled (Persistent=true). To run it while "
                       "nobody is logged in: loginctl enable-linger $USER")
    line = cron_line(cmd, time)
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False).stdout
    kept = "".join(x + "\n" for x in current.splitlines() if TASK_NAME not in x)
    if not dry_run:
        subprocess.run(["crontab", "-"], input=kept + line, text=True, check=True)
    return InstallResult("cron", [], [["crontab", "-"]], f"cron entry: {line.strip()}")


def _finish(
    method: str, written: list[Path], run: list[list[str]], dry_run: bool, message: str
) -> InstallResult:
    if not dry_run:
        for argv in run:
            subprocess.run(argv, check=True, capture_output=True, text=True)
    else:
        message = "Written (not registered): " + ", ".join(str(p) for p in written)
    return InstallResult(method, written, run, message)

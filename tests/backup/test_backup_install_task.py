"""OS task definitions, written into a folder (the real system is not touched)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from backup.install_task import TASK_NAME, cron_line, install, schtasks_xml

CMD = ["/opt/HR Desk/hrdesk", "backup", "run", "--to", "/srv/HR备份"]
NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


def test_systemd_timer_is_persistent(tmp_path: Path) -> None:
    result = install("02:30", folder=tmp_path, command=CMD, platform="linux")
    assert result.method == "systemd"
    timer = (tmp_path / "hrdesk-backup.timer").read_text()
    service = (tmp_path / "hrdesk-backup.service").read_text()
    assert "Persistent=true" in timer and "OnCalendar=*-*-* 02:30:00" in timer
    assert 'ExecStart="/opt/HR Desk/hrdesk" backup run --to /srv/HR备份' in service
    assert "Type=oneshot" in service
    assert "Written (not registered)" in result.message


def test_windows_task_runs_as_soon_as_possible_after_a_missed_start(tmp_path: Path) -> None:
    result = install("02:00", folder=tmp_path, command=CMD, platform="win32")
    assert result.commands[0][:3] == ["schtasks", "/Create", "/TN"]
    xml_file = result.written[0]
    root = ET.fromstring(xml_file.read_text(encoding="utf-16"))
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=NS) == "true"
    assert root.findtext("t:Settings/t:MultipleInstancesPolicy", namespaces=NS) == "IgnoreNew"
    assert root.findtext("t:Triggers/t:CalendarTrigger/t:StartBoundary", namespaces=NS).endswith(
        "T02:00:00")
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == CMD[0]
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == (
        "backup run --to /srv/HR备份")
    assert root.findtext("t:Principals/t:Principal/t:LogonType", namespaces=NS) == "S4U"


def test_xml_escapes_odd_characters() -> None:
    xml = schtasks_xml(["C:\\a&b\\hrdesk.exe", "backup", "run"], "02:00")
    assert ET.fromstring(xml.replace('encoding="UTF-16"', "")).find(".//t:Command", NS).text == (
        "C:\\a&b\\hrdesk.exe")


def test_cron_line() -> None:
    line = cron_line(CMD, "02:05")
    assert line.startswith("5 2 * * * '/opt/HR Desk/hrdesk' backup run")
    assert TASK_NAME in line

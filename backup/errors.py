"""Errors a clerk or IT admin can meet while backing up or restoring."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserFacingError


class BackupError(UserFacingError):
    """Any backup or restore problem that a person must act on."""


class BackupFolderMissing(BackupError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"The backup folder {folder} cannot be reached (it does not exist, or the drive or "
            "network share is disconnected).",
            "Connect the drive or share, or choose another folder in Settings > Backups. "
            "Nothing was changed.",
        )
        self.folder = folder


class BackupFolderReadOnly(BackupError):
    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(
            f"HR Desk cannot write into the backup folder {folder} ({reason}).",
            "Ask IT for write permission on that folder or choose another folder in "
            "Settings > Backups. Nothing was changed.",
        )
        self.folder = folder


class BackupFolderFull(BackupError):
    def __init__(self, folder: Path, needed: int, free: int) -> None:
        super().__init__(
            f"The backup folder {folder} has {_mb(free)} free but this backup needs about "
            f"{_mb(needed)}.",
            "Free some space (older backups can be moved elsewhere) or choose a larger drive "
            "in Settings > Backups. Earlier backups were not touched.",
        )
        self.folder = folder
        self.needed = needed
        self.free = free


class BackupAlreadyRunning(BackupError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"Another backup into {folder} is running right now.",
            "Wait for it to finish; its result appears in Settings > Backups.",
        )


class PasswordNeeded(BackupError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} is encrypted and no backup password was given.",
            "Enter the backup password (Settings > Backups) or pass --password-file.",
        )


class WrongPassword(BackupError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"The backup password does not open {what}.",
            "Check the password (it is the one that was set when this backup was made) "
            "and try again. The backup itself was not changed.",
        )


class BackupDamaged(BackupError):
    """A file in a backup does not match its manifest; `file` names it."""

    def __init__(self, backup: Path, file: str, problem: str) -> None:
        super().__init__(
            f"The backup {backup.name} is damaged: {file}: {problem}.",
            "Do not restore from this backup; use an earlier one (Settings > Backups lists "
            "them) and check the backup drive.",
        )
        self.backup = backup
        self.file = file
        self.problem = problem


class UnsafeBackup(BackupError):
    def __init__(self, backup: Path, problem: str) -> None:
        super().__init__(
            f"The backup {backup.name} was refused because it is unsafe: {problem}.",
            "Restore only backups made by HR Desk; use another backup.",
        )
        self.problem = problem


class NewerBackup(BackupError):
    def __init__(self, backup: Path, revision: str, known: str) -> None:
        super().__init__(
            f"The backup {backup.name} was made by a newer HR Desk (data format {revision}; "
            f"this version knows up to {known}).",
            "Install the newer HR Desk version first, then restore. Nothing was changed.",
        )


class RestoreFailed(BackupError):
    def __init__(self, problem: str) -> None:
        super().__init__(
            f"The restore did not finish: {problem}.",
            "Your current data was not replaced. Try another backup or contact IT with "
            "the log file.",
        )


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB"


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__(
            "The backup was cancelled before it finished.",
            "Earlier backups are untouched; run \"Back up now\" again when convenient.",
        )

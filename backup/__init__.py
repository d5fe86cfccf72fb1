"""Backups: consistent snapshots per engine, verified, rotated, restorable. Never imports the UI."""

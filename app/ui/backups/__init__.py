"""Settings > Backups: history, next run, "Back up now", "Restore...", and the exit-time backup."""
